"""What a shorter text saves on this send, by the dashboard's own counter (monsms_core.compose.sms_encoding
through the send plan): parts of the longest message a recipient gets, and credits over all recipients."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from monsms_core.compose import Recipient, count_segments
from monsms_core.composer import Measure
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import format_number
from monsms_core.sending import build_plan


@dataclass(frozen=True)
class Savings:
    """Parts (longest message) and credits (whole send) before and after a change of text."""

    parts_before: int
    parts_after: int
    credits_before: int
    credits_after: int

    @property
    def parts_saved(self) -> int:
        """Parts saved on the longest message (negative when the change makes it longer)."""
        return self.parts_before - self.parts_after

    @property
    def credits_saved(self) -> int:
        """Credits saved on the whole send (negative when the change costs more)."""
        return self.credits_before - self.credits_after

    @property
    def saves(self) -> bool:
        """True when the change saves credits, or parts when there are no recipients yet."""
        return self.credits_saved > 0 or (self.credits_before == 0 and self.parts_saved > 0)


def compare(before: str, after: str, measure: Measure) -> Savings:
    """Price both texts with `measure` (the composer's: exact over every recipient) and compare."""
    parts_before, credits_before = measure(before)
    parts_after, credits_after = measure(after)
    return Savings(parts_before, parts_after, credits_before, credits_after)


def plan_measure(recipients: Sequence[Recipient], fallbacks: Mapping[str, str] | None = None) -> Measure:
    """A Measure that renders `text` for every recipient (with `fallbacks` for empty fields) and counts
    each message: (parts of the longest, credits of all). Without recipients: (parts of the text, 0)."""

    def measure(text: str) -> tuple[int, int]:
        if not recipients:
            return count_segments(text).segments, 0
        plan = build_plan(list(recipients), text, fallbacks=dict(fallbacks or {}))
        return plan.max_parts, plan.total_credits

    return measure


def describe(savings: Savings, lang: str | None = "fr") -> str:
    """What the change does to this send, in a sentence (saves, costs more, or the same)."""
    if savings.credits_saved < 0 or savings.parts_saved < 0:
        return translate(
            "suggest.costs_more",
            lang,
            before=savings.parts_before,
            after=savings.parts_after,
            credits=format_number(max(0, -savings.credits_saved), lang),
        )
    if savings.credits_saved > 0:
        return translate(
            "suggest.saves",
            lang,
            before=savings.parts_before,
            after=savings.parts_after,
            credits=format_number(savings.credits_saved, lang),
        )
    if savings.credits_before == 0 and savings.parts_saved > 0:
        return translate("suggest.saves_parts", lang, before=savings.parts_before, after=savings.parts_after)
    return translate("suggest.same", lang, parts=savings.parts_after)

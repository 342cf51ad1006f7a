""" "Tenir en un SMS": when the longest message a recipient gets needs 2+ parts, a shorter version from the
API's `ai/msg` (abbreviations; without accents only if the user asks), shown beside the original with
what it saves. A version that loses or alters a `{field}` is refused; the user accepts, edits or ignores.
"""

from __future__ import annotations

from dataclasses import dataclass

from monsms_core.client.ai import Ai, Language
from monsms_core.composer import Measure
from monsms_core.suggestions.fields import FieldCheck, check_fields
from monsms_core.suggestions.savings import Savings, compare


@dataclass(frozen=True)
class FitOffer:
    """A shorter version of the message, what it saves, and whether it kept the fields."""

    original: str
    proposal: str
    savings: Savings
    fields: FieldCheck
    latinize: bool

    @property
    def fits_in_one(self) -> bool:
        """True when the longest message of the send would be one SMS."""
        return self.savings.parts_after <= 1

    @property
    def acceptable(self) -> bool:
        """True when the proposal may replace the message: fields kept, different and not longer."""
        return (
            self.fields.ok
            and self.proposal.strip() != ""
            and self.proposal != self.original
            and self.savings.credits_saved >= 0
            and self.savings.parts_saved >= 0
        )


def needs_fitting(measure: Measure, text: str) -> bool:
    """True when the longest message `text` makes for this send needs two parts or more."""
    return bool(text.strip()) and measure(text)[0] >= 2


def judge(original: str, proposal: str, measure: Measure, *, latinize: bool) -> FitOffer:
    """The offer for `proposal` (the API's, or the user's edit of it) against `original`."""
    return FitOffer(
        original, proposal, compare(original, proposal, measure), check_fields(original, proposal), latinize
    )


def offer_fit_in_one(ai: Ai, text: str, language: Language, measure: Measure, *, latinize: bool) -> FitOffer:
    """Ask `ai/msg` for a shorter `text` in the user's `language` (abbreviations on, accents removed only
    when `latinize`) and judge it. Raises the client's MonSmsError when the API cannot answer."""
    proposal = ai.shorten_message(text, language, abbreviation=True, latinize=latinize)
    return judge(text, proposal, measure, latinize=latinize)

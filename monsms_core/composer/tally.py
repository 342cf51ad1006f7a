"""The composer's figures per distinct combination of the fields a text uses, not per recipient.

With 100,000 recipients from a sheet, a text that uses `{prénom}` and `{Montant}` has a few thousand
distinct (prénom, Montant) pairs: rendering and counting each pair once, weighted by how many recipients
carry it, gives exactly the figures of rendering everyone (`sending.build_plan`) — recipients, SMS parts
of each message, credits, distinct texts, the longest message, previews — at a fraction of the cost. The
grouping (`combinations`) depends only on the recipients and the fields used, so a text edit that keeps
the same fields reuses it; the page builds the full plan (with each chunk's phones) only for the
confirmation.

    combos = combinations(people, used_columns(text, fields))
    figures = tally(combos, text, fields, fallbacks)        # figures.total_credits, figures.max_parts…
    moves = part_moves(figures, tally(combos, other_text, fields, fallbacks))   # ((2, 1, 38),)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import pandas as pd

from monsms_core.compose import Recipient, count_segments, match_fields, render_many, template_fields
from monsms_core.i18n import translate
from monsms_core.sending import Shortfall
from monsms_core.sending.checks import blockers
from monsms_core.sending.schedule import Schedule, check_schedule

Move = tuple[int, int, int]
"""(SMS parts before, SMS parts after, messages): how many messages change size, and how."""


@dataclass(frozen=True)
class Combinations:
    """Recipients (one per phone, first record kept, as a plan keeps them) grouped by the values of
    `columns`: `frame` has one row per distinct combination, in order of first appearance, and
    `counts[i]` recipients carry row i."""

    columns: tuple[str, ...]
    frame: pd.DataFrame
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        """Recipients in all."""
        return sum(self.counts)


def used_columns(template: str, columns: Iterable[str]) -> tuple[str, ...]:
    """The recipients' columns `template` uses (unknown fields left out), in order of first use."""
    if not template_fields(template):
        return ()
    matches = match_fields(template, list(columns))
    return tuple(dict.fromkeys(str(c) for c in matches.values() if c is not None))


def combinations(
    recipients: Sequence[Recipient], columns: Sequence[str], *, deduplicated: bool = False
) -> Combinations:
    """Group `recipients` by their values of `columns` (see `Combinations`). `deduplicated`: the caller
    knows each phone appears once (a merged `RecipientSet`), which spares a pass over everyone."""
    unique: Sequence[Recipient]
    if deduplicated:
        unique = recipients
    else:
        first: dict[str, Recipient] = {}
        for recipient in recipients:
            first.setdefault(recipient.phone, recipient)
        unique = list(first.values())
    names = tuple(columns)
    if not names:
        return Combinations(names, pd.DataFrame(index=pd.RangeIndex(1 if unique else 0)), _one(len(unique)))
    # Each column factorised (vectorised), the codes combined into one number per recipient, then the
    # distinct numbers in order of first appearance: no Python-level tuple per recipient. Re-factorised
    # after each column, the number stays below the recipient count (no overflow with many columns).
    combined = np.zeros(len(unique), dtype=np.int64)
    columns_values: list[np.ndarray] = []
    for name in names:
        values = np.empty(len(unique), dtype=object)
        values[:] = [r.fields.get(name) for r in unique]
        codes, uniques = pd.factorize(values, use_na_sentinel=False)
        combined, _ = pd.factorize(combined * (len(uniques) + 1) + codes)
        columns_values.append(values)
    # factorize numbers combinations in order of first appearance: code k first appears before k + 1.
    counts = np.bincount(combined)
    rows = np.unique(combined, return_index=True)[1]
    frame = pd.DataFrame(
        {name: values[rows].tolist() for name, values in zip(names, columns_values, strict=True)}
    )
    return Combinations(names, frame, tuple(counts.tolist()))


def _one(count: int) -> tuple[int, ...]:
    return (count,) if count else ()


@dataclass(frozen=True)
class Tally:
    """A template rendered once per combination: `combo_parts[i]` SMS parts for the `counts[i]`
    recipients of combination i, and the same figures per distinct text (`texts`, `text_parts`,
    `text_counts`, in order of first use, as the plan's chunks)."""

    template: str
    counts: tuple[int, ...]
    combo_parts: tuple[int, ...]
    texts: tuple[str, ...]
    text_parts: tuple[int, ...]
    text_counts: tuple[int, ...]
    unknown_fields: tuple[str, ...] = ()

    @property
    def recipient_count(self) -> int:
        """Recipients the send reaches."""
        return sum(self.counts)

    @property
    def distinct_texts(self) -> int:
        """Distinct messages, i.e. campaigns the API will receive."""
        return len(self.texts)

    @property
    def max_parts(self) -> int:
        """SMS parts of the longest message."""
        return max(self.text_parts, default=0)

    @property
    def total_credits(self) -> int:
        """Credits for everyone: parts × recipients, summed."""
        return sum(p * n for p, n in zip(self.combo_parts, self.counts, strict=True))

    @property
    def longest_text(self) -> str:
        """The message with the most parts, then the most characters (first such one)."""
        if not self.texts:
            return ""
        best = max(range(len(self.texts)), key=lambda i: (self.text_parts[i], len(self.texts[i])))
        return self.texts[best]

    def breakdown(self) -> list[tuple[int, int]]:
        """(SMS parts, recipients) pairs, fewest parts first."""
        totals: Counter[int] = Counter()
        for parts, count in zip(self.combo_parts, self.counts, strict=True):
            totals[parts] += count
        return sorted(totals.items())


def tally(
    combos: Combinations, template: str, columns: Iterable[str], fallbacks: Mapping[str, str] | None = None
) -> Tally:
    """`template` rendered and counted once per combination of `combos` (which must hold every column
    the template uses among `columns`, the recipients' fields)."""
    known = list(columns)
    fallbacks = {str(k): str(v) for k, v in (fallbacks or {}).items()}
    unknown: tuple[str, ...] = ()
    if template_fields(template):
        matches = match_fields(template, known)
        unknown = tuple(f for f, c in matches.items() if c is None)
        missing = set(used_columns(template, known)) - set(combos.columns)
        if missing:
            raise ValueError(f"the combinations lack the columns {sorted(missing)}")
        rendered = [str(t) for t in render_many(template, combos.frame, fallbacks).tolist()]
    else:
        rendered = [template] * len(combos.counts)
    parts_of: dict[str, int] = {}
    text_counts: dict[str, int] = {}
    for text, count in zip(rendered, combos.counts, strict=True):
        if text not in parts_of:
            parts_of[text] = count_segments(text).segments
            text_counts[text] = 0
        text_counts[text] += count
    return Tally(
        template=template,
        counts=combos.counts,
        combo_parts=tuple(parts_of[text] for text in rendered),
        texts=tuple(parts_of),
        text_parts=tuple(parts_of.values()),
        text_counts=tuple(text_counts.values()),
        unknown_fields=unknown,
    )


def part_moves(before: Tally, after: Tally) -> tuple[Move, ...]:
    """How many messages change size between two tallies over the same combinations: (parts before,
    parts after, messages) for each change, biggest saving first (unchanged messages left out)."""
    if before.counts != after.counts:
        raise ValueError("the tallies are over different recipients")
    moves: Counter[tuple[int, int]] = Counter()
    for old, new, count in zip(before.combo_parts, after.combo_parts, before.counts, strict=True):
        if old != new:
            moves[(old, new)] += count
    return tuple(sorted(((b, a, n) for (b, a), n in moves.items()), key=lambda m: (m[1] - m[0], m[0])))


def blocked(
    figures: Tally, send_type: str, schedule: Schedule, now: datetime | None = None
) -> tuple[str, ...]:
    """What forbids sending, as the plan would list it (`sending.checks.blockers` on the same texts)."""
    moment = now or datetime.now(UTC)
    return blockers(
        figures.template, figures.texts, send_type, check_schedule(schedule), figures.unknown_fields, moment
    )


def blocker_messages(codes: Sequence[str], figures: Tally, lang: str | None = "fr") -> list[str]:
    """Each blocker code as the sentence saying what to fix (the plan's own wording)."""
    fields = ", ".join("{" + name + "}" for name in figures.unknown_fields)
    return [translate(f"sending.blocker.{code}", lang, fields=fields) for code in codes]


def shortfall(figures: Tally, balance: int) -> Shortfall | None:
    """A Shortfall when `balance` credits cannot pay for the send, else None (`check_affordable`'s rule)."""
    needed = figures.total_credits
    return Shortfall(needed, balance) if needed > balance else None

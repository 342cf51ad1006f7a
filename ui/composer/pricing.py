"""The composer's figures for this run, per distinct combination of the fields the text uses
(`monsms_core.composer.tally`), memoised in the session.

The grouping of recipients depends on the recipients and the fields used, not on the words around them:
a text edit keeping the same fields reuses it and only renders each combination once; the replacement
offers are priced on the same grouping. The full plan (each message's phones) is built only when the
confirmation opens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from monsms_core.compose import Recipient
from monsms_core.composer import Combinations, Tally, combinations, tally, used_columns
from ui.composer.state import memo


@dataclass(frozen=True)
class Pricing:
    """The recipients (`version` names them), their fields and the fallbacks the figures depend on."""

    version: int
    people: Sequence[Recipient]
    fields: tuple[str, ...]
    fallbacks: tuple[tuple[str, str], ...]

    @property
    def signature(self) -> tuple[int, tuple[tuple[str, str], ...]]:
        """What, besides a template, the figures depend on (the fields follow from the recipients)."""
        return self.version, self.fallbacks

    def combos(self, columns: tuple[str, ...]) -> Combinations:
        """The recipients grouped by `columns` (one grouping kept: the one the text on screen uses)."""
        return memo(
            "combos",
            (self.version, columns),
            lambda: combinations(self.people, columns, deduplicated=True),
        )

    def tally(self, template: str) -> Tally:
        """The figures of the text on screen."""
        return memo(
            "tally",
            (self.signature, template),
            lambda: tally(self.combos(self.columns(template)), template, self.fields, dict(self.fallbacks)),
        )

    def columns(self, template: str) -> tuple[str, ...]:
        """The recipients' columns `template` uses."""
        return used_columns(template, self.fields)

    def compare(self, template: str, other: str) -> tuple[Tally, Tally]:
        """`template` (the text on screen) and `other` tallied over the same grouping."""
        mine = self.columns(template)
        theirs = self.columns(other)
        if set(theirs) <= set(mine):
            combos = self.combos(mine)
            return self.tally(template), tally(combos, other, self.fields, dict(self.fallbacks))
        # `other` uses a column the text does not (rare: a replacement touching a field's name).
        union = combinations(self.people, tuple(dict.fromkeys(mine + theirs)), deduplicated=True)
        fallbacks = dict(self.fallbacks)
        return tally(union, template, self.fields, fallbacks), tally(union, other, self.fields, fallbacks)

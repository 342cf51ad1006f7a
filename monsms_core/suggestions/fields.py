"""The rule every rewrite of a message must pass: its `{field}` placeholders are kept exactly.

A field written `{prénom}` must come back `{prénom}` — same spelling, same number of times. A rewrite
that loses one would send "Bonjour ," to everyone; one that alters it (`{prenom}`, `{msg}`) may no
longer match the column, or match another one. The comparison is on the placeholders as written
(braces included), counted, so "moved" is fine but "lost", "changed" or "added" is not.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from monsms_core.compose import Field, split_template
from monsms_core.i18n import translate


def _placeholders(text: str) -> Counter[str]:
    return Counter(token.raw for token in split_template(text) if isinstance(token, Field))


@dataclass(frozen=True)
class FieldCheck:
    """What a rewrite did to the original's placeholders: `lost` (in the original, missing from the
    rewrite) and `added` (in the rewrite, not in the original; an altered field shows as one of each)."""

    lost: tuple[str, ...] = ()
    added: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every placeholder is kept exactly and none appears."""
        return not self.lost and not self.added

    def message(self, lang: str | None = "fr") -> str:
        """Why the rewrite is refused, in a sentence that says what to do ("" when it is fine)."""
        if self.ok:
            return ""
        if self.lost and self.added:
            return translate(
                "suggest.fields.altered",
                lang,
                before=", ".join(self.lost),
                after=", ".join(self.added),
            )
        if self.lost:
            return translate("suggest.fields.lost", lang, fields=", ".join(self.lost))
        return translate("suggest.fields.added", lang, fields=", ".join(self.added))


def check_fields(original: str, rewrite: str) -> FieldCheck:
    """Compare the placeholders of `rewrite` with those of `original` (see the module's rule)."""
    before = _placeholders(original)
    after = _placeholders(rewrite)
    lost = before - after
    added = after - before
    return FieldCheck(tuple(sorted(lost.elements())), tuple(sorted(added.elements())))

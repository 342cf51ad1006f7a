"""Who a message goes to: numbers pasted in the composer, and the merge of every source into one list.

Pasted text (`parse_pasted_numbers`) is cut into entries at newlines, semicolons, tabs, "|" and commas
(except the decimal comma of Excel's "2,25071E+12", which is then rejected as scientific notation);
each entry is then read like a spreadsheet cell (see `monsms_core.phones.cells`): words such as "ou"
separate numbers, while spaces, dots and dashes are formatting, so "07 07 12 34 56" is ONE number.
Spaces split an entry only when every piece is itself a whole number ("0707123456 0505123456" gives
two); digits glued together without any separator are never cut. Blank entries are ignored; an entry
that holds no number at all ("abc") is reported as rejected with its text.

Merging (`merge_recipients`): the same phone coming from several sources (typed numbers, contacts,
groups, an uploaded sheet) is sent to once. The first record wins; fields it lacks (or has empty) are
completed from later records of the same phone, never overwritten, so personalisation has the most data.
Opted-out phones are removed and counted.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from monsms_core.i18n import translate
from monsms_core.phones import DEFAULT_REGION, PhoneReason, PhoneResult, PhoneStatus, normalize_many

_NOT_DIGIT = re.compile(r"\D+")
# A comma separates entries, except the decimal comma of Excel's scientific notation ("2,25071E+12").
_ENTRY_SEPARATORS = re.compile(r"(?:[\r\n\t;|]|,(?!\d+\s*[eE]\s*[+-]?\d))+")


@dataclass(frozen=True, slots=True)
class Recipient:
    """One person to send to: the phone in API form ("2250707123456"), fields for personalisation
    (e.g. {"prenom": "Awa"}), and where the record came from ("typed", "contacts", "group:Parents"…)."""

    phone: str
    fields: dict[str, str] = field(default_factory=dict)
    source: str = "typed"


@dataclass(frozen=True)
class RecipientParse:
    """What a pasted text gave: accepted numbers (first occurrence of each, in order), duplicates
    dropped, and rejected entries (each with its original text and reason)."""

    accepted: list[PhoneResult]
    duplicates: int
    rejected: list[PhoneResult]

    @property
    def phones(self) -> list[str]:
        """The accepted numbers in API form, deduplicated, in the order they were pasted."""
        return [result.phone for result in self.accepted if result.phone is not None]

    @property
    def to_review(self) -> list[PhoneResult]:
        """Accepted numbers the dashboard changed (lost zero put back, 8 → 10 digits): show them."""
        return [result for result in self.accepted if result.status is not PhoneStatus.VALID]

    def summary(self, lang: str = "fr") -> str:
        """One sentence with the three counts."""
        return translate(
            "phones.paste_summary",
            lang,
            valid=len(self.accepted),
            duplicates=self.duplicates,
            rejected=len(self.rejected),
        )


@dataclass(frozen=True)
class RecipientSet:
    """The merged recipients, one per phone, with what the merge removed."""

    recipients: list[Recipient]
    duplicates: int  # records dropped because the same phone came earlier
    opted_out: int  # distinct phones removed because they asked not to receive messages
    invalid: int = 0  # records without any digit in their phone, dropped
    by_source: dict[str, int] = field(default_factory=dict)  # recipients kept, per source

    @property
    def phones(self) -> list[str]:
        """Every phone, in order."""
        return [recipient.phone for recipient in self.recipients]

    def __len__(self) -> int:
        return len(self.recipients)

    def summary(self, lang: str = "fr") -> str:
        """One sentence: how many recipients, duplicates and opt-outs."""
        return translate(
            "phones.merge_summary",
            lang,
            count=len(self.recipients),
            duplicates=self.duplicates,
            opted_out=self.opted_out,
        )


def parse_pasted_numbers(text: str, default_region: str = DEFAULT_REGION) -> RecipientParse:
    """The numbers in text pasted into the composer (rules in the module docstring)."""
    entries = [entry for entry in _ENTRY_SEPARATORS.split(text) if entry.strip()]
    accepted: list[PhoneResult] = []
    rejected: list[PhoneResult] = []
    seen: set[str] = set()
    duplicates = 0
    for results in normalize_many(entries, default_region):
        for result in results:
            if result.phone is None:
                if result.reason != PhoneReason.EMPTY:
                    rejected.append(result)
            elif result.phone in seen:
                duplicates += 1
            else:
                seen.add(result.phone)
                accepted.append(result)
    return RecipientParse(accepted, duplicates, rejected)


def phone_key(phone: str) -> str:
    """The digits of a phone, so "+2250707123456" and "2250707123456" are the same recipient."""
    return phone if phone.isdigit() else _NOT_DIGIT.sub("", phone)


def merge_recipients(*sources: Iterable[Recipient], optouts: set[str]) -> RecipientSet:
    """One recipient per phone across `sources`, in order, without the opted-out phones.

    Phones must be in API form (country code + number, as `normalize_phone` returns them); "+" and
    formatting are ignored when comparing. The first record of a phone is kept, completed with fields
    it lacks from later records of that phone.
    """
    blocked = {phone_key(phone) for phone in optouts}
    position: dict[str, int] = {}
    kept: list[Recipient] = []
    removed: set[str] = set()
    duplicates = invalid = 0
    for source in sources:
        for recipient in source:
            key = phone_key(recipient.phone)
            if not key:
                invalid += 1
                continue
            if key in blocked:
                removed.add(key)
                continue
            index = position.get(key)
            if index is None:
                position[key] = len(kept)
                kept.append(recipient if recipient.phone == key else replace(recipient, phone=key))
                continue
            duplicates += 1
            first = kept[index]
            missing = {
                name: value
                for name, value in recipient.fields.items()
                if value not in (None, "") and first.fields.get(name) in (None, "")
            }
            if missing:
                kept[index] = replace(first, fields={**first.fields, **missing})
    by_source = dict(Counter(recipient.source for recipient in kept))
    return RecipientSet(kept, duplicates, len(removed), invalid, by_source)

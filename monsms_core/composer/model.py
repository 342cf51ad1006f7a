"""The composer's pure logic: recipients from each source, the live counter's display model, the GSM
replacement offer with its cost, field insertion, schedules and the cost breakdown. No Streamlit here:
the page (app_pages/send/send.py and ui/composer_*.py) only lays these out.

Field names recipients carry for personalisation: contacts (typed in the account, or members of a
group) give ``prénom``, ``nom`` and ``nom complet``; a spreadsheet row gives the same three from its
name columns plus every other column under its own header (``{Montant}``, ``{Classe}``…).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

import pandas as pd
import phonenumbers

from monsms_core.client.models import Contact, Sender
from monsms_core.compose import (
    GSM_PART_LIMIT,
    GSM_SINGLE_LIMIT,
    UCS2_PART_LIMIT,
    UCS2_SINGLE_LIMIT,
    Recipient,
    ReplacementPlan,
    count_segments,
    match_fields,
    preview_rows,
    render,
    suggest_replacements,
    template_fields,
)
from monsms_core.composer.tally import Combinations
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import ABIDJAN, format_datetime
from monsms_core.sending import WEEKDAYS, SendPlan, Weekly
from monsms_core.sending.schedule import Schedule

FIRST_NAME = "prénom"
LAST_NAME = "nom"
FULL_NAME = "nom complet"
STANDARD_FIELDS = (FIRST_NAME, LAST_NAME, FULL_NAME)
# Importer columns (monsms_core.importer VALID_COLUMNS) that are bookkeeping, not message material.
_IMPORT_BOOKKEEPING = ("row", "phone", "status", "original", "reason", "sex")
PREVIEW_EXAMPLE = "composer.preview.example"
_IMPORT_NAMES = {"first_name": FIRST_NAME, "last_name": LAST_NAME, "name": FULL_NAME}


# --- Recipients from each source -------------------------------------------------------------------


def contact_fields(contact: Contact) -> dict[str, str]:
    """A contact's personalisation fields (empty ones left out, so fallbacks apply)."""
    first = (contact.first_name or "").strip()
    last = (contact.last_name or "").strip()
    full = (contact.name or "").strip() or " ".join(part for part in (first, last) if part)
    values = {FIRST_NAME: first, LAST_NAME: last, FULL_NAME: full}
    return {name: value for name, value in values.items() if value}


def contacts_to_recipients(contacts: Iterable[Contact], source: str) -> list[Recipient]:
    """Recipients for API contacts (a group's members, picked contacts); contacts without a phone skipped."""
    return [
        Recipient(contact.phone, contact_fields(contact), source) for contact in contacts if contact.phone
    ]


def import_recipients(valid: pd.DataFrame, custom_fields: Sequence[str], source: str) -> list[Recipient]:
    """Recipients for the valid rows of an importer check (`CheckResult.valid`): the name columns as the
    standard fields, every custom column under its own header; empty cells are left out."""
    columns: dict[str, list[object]] = {}
    for column, field in _IMPORT_NAMES.items():
        if column in valid.columns:
            columns[field] = valid[column].tolist()
    for column in custom_fields:
        if column in valid.columns and column not in _IMPORT_BOOKKEEPING:
            columns[str(column)] = valid[column].tolist()
    names = list(columns)
    rows = zip(*(columns[name] for name in names), strict=True) if names else ([] for _ in range(len(valid)))
    recipients: list[Recipient] = []
    for phone, values in zip(valid["phone"].tolist(), rows, strict=True):
        fields = {name: value for name, value in zip(names, values, strict=True) if _filled(value)}
        recipients.append(Recipient(str(phone), fields, source))
    return recipients


def _filled(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return not (pd.api.types.is_scalar(value) and pd.isna(value))


def available_fields(recipients: Iterable[Recipient]) -> list[str]:
    """Every field name the recipients carry, the standard ones first, then the others as first seen."""
    seen: dict[str, None] = {}
    for recipient in recipients:
        for name in recipient.fields:
            seen.setdefault(name, None)
    standard = [name for name in STANDARD_FIELDS if name in seen]
    return standard + [name for name in seen if name not in STANDARD_FIELDS]


def usable_senders(senders: Iterable[Sender]) -> list[str]:
    """Names of the senders a campaign may use: accepted by the operator and not archived, sorted."""
    return sorted(
        {s.name for s in senders if s.name and (s.status or "").upper() == "ACCEPTED" and not s.archived}
    )


# --- Editing the text -----------------------------------------------------------------------------


def insert_field(text: str, field: str) -> str:
    """`text` with ``{field}`` appended (after a space unless the text is empty or ends with one)."""
    placeholder = "{" + field + "}"
    if not text or text[-1].isspace() or text[-1] in "('\"«":
        return text + placeholder
    return f"{text} {placeholder}"


@dataclass(frozen=True)
class CounterView:
    """What the counter under the editor shows for the message a recipient will get."""

    characters: int
    encoding: str  # "GSM-7" | "UCS-2"
    parts: int
    remaining: int  # room left in the current (last) part
    part_size: int  # what the current part holds: 160/70 alone, 153/67 in a long message
    unicode_chars: tuple[str, ...]  # characters of the template that force Unicode
    field_unicode_chars: tuple[str, ...]  # ones that only come from personalised values (e.g. a name)
    personalised: bool

    @property
    def used_in_part(self) -> int:
        """Units used in the current part (for a gauge)."""
        return self.part_size - self.remaining

    def line(self, lang: str | None = "fr") -> str:
        """One sentence: characters, encoding, parts, room left."""
        key = "composer.counter.line_personalised" if self.personalised else "composer.counter.line"
        encoding = translate(
            f"composer.counter.encoding_{'gsm' if self.encoding == 'GSM-7' else 'ucs2'}", lang
        )
        return translate(
            key,
            lang,
            characters=self.characters,
            encoding=encoding,
            parts=self.parts,
            remaining=self.remaining,
        )


def counter_view(template: str, measured: str | None = None) -> CounterView:
    """The counter for `template`, measured on `measured` (the longest rendered message) when given."""
    text = template if measured is None else measured
    count = count_segments(text)
    single, multi = (
        (GSM_SINGLE_LIMIT, GSM_PART_LIMIT)
        if count.encoding == "GSM-7"
        else (UCS2_SINGLE_LIMIT, UCS2_PART_LIMIT)
    )
    own = count_segments(template).non_gsm
    from_fields = tuple(char for char in count.non_gsm if char not in own)
    return CounterView(
        characters=count.characters,
        encoding=count.encoding,
        parts=count.segments,
        remaining=count.remaining,
        part_size=single if count.segments <= 1 else multi,
        unicode_chars=own,
        field_unicode_chars=from_fields,
        personalised=bool(template_fields(template)) and measured is not None,
    )


Measure = Callable[[str], tuple[int, int]]
"""A template → (SMS parts of its longest message, credits for every recipient)."""


@dataclass(frozen=True)
class Suggestion:
    """The one-click GSM replacement, with what it does to the parts and the credits."""

    replacement: ReplacementPlan  # on the template: the before/after texts and each substitution
    parts_before: int
    parts_after: int
    credits_before: int
    credits_after: int

    @property
    def credits_saved(self) -> int:
        """Credits saved for the whole send (negative when the replacement costs more)."""
        return self.credits_before - self.credits_after

    @property
    def parts_saved(self) -> int:
        """SMS parts saved on the longest message (negative when it costs more)."""
        return self.parts_before - self.parts_after

    @property
    def costs_more(self) -> bool:
        """True when replacing would make the send more expensive (e.g. … becoming ... at a boundary)."""
        return self.credits_saved < 0 or self.parts_saved < 0


def suggest(template: str, measure: Measure, *, include_accents: bool = False) -> Suggestion | None:
    """The replacement offer for `template`, or None when nothing can be replaced.

    `measure` prices a template for the current recipients (the page memoises it: a personalised send
    is re-rendered for everyone, so the credits shown are exact, not an estimate).
    """
    plan = suggest_replacements(template, include_accents=include_accents)
    if not plan.changed:
        return None
    parts_before, credits_before = measure(template)
    parts_after, credits_after = measure(plan.text)
    return Suggestion(plan, parts_before, parts_after, credits_before, credits_after)


# --- Personalised previews and cost -------------------------------------------------------------


def preview_messages(
    recipients: Sequence[Recipient],
    template: str,
    fallbacks: Mapping[str, str] | None = None,
    *,
    at_least: int = 3,
    combos: Combinations | None = None,
) -> list[tuple[str, str]]:
    """(label key, message) for the first recipient, the longest message and one with an empty field,
    then other real recipients' messages ("composer.preview.example") until `at_least` are shown — the
    first three labels often fall on one message (a typed number: first, longest with its fallback, and
    missing its field at once).

    `combos` (the recipients grouped by the fields the text uses, `tally.combinations`) spares rendering
    everyone: combinations keep the recipients' order of first appearance, so the first, the longest and
    the first with an empty field are the same messages."""
    if not recipients or not template_fields(template):
        return []
    columns = available_fields(recipients) if combos is None else list(combos.columns)
    used = [str(c) for c in dict.fromkeys(match_fields(template, columns).values()) if c is not None]
    if not used:
        return []
    if combos is not None and set(used) <= set(combos.frame.columns):
        frame = combos.frame[used]
    else:
        frame = pd.DataFrame({column: [r.fields.get(column) for r in recipients] for column in used})
    shown = preview_rows(template, frame, fallbacks)
    seen = {message for _, message in shown}
    for recipient in recipients[:200]:
        if len(shown) >= at_least:
            break
        message = render(template, {column: recipient.fields.get(column) for column in used}, fallbacks)
        if message not in seen:
            seen.add(message)
            shown.append((PREVIEW_EXAMPLE, message))
    return shown


def example_recipient(recipients: Sequence[Recipient], fields: Sequence[str], test_phone: str) -> Recipient:
    """The recipient a test send imitates, at `test_phone`: the first one with the most fields filled
    (among the first 200), with every known field present so empty ones take their fallback."""
    best = max(recipients[:200], key=lambda r: sum(1 for f in fields if r.fields.get(f)), default=None)
    values = {field: "" for field in fields} | (dict(best.fields) if best is not None else {})
    return Recipient(test_phone, values, "test")


def display_phone(phone: str) -> str:
    """A phone in API form as people read it: "2250707123456" → "+225 07 07 12 34 56"."""
    digits = phone.lstrip("+")
    if digits.startswith("225") and len(digits) == 13 and digits.isdigit():
        # Ivorians write their 10 digits in pairs; phonenumbers' own grouping ("07 07 12 3456") is not it.
        return "+225 " + " ".join(digits[i : i + 2] for i in range(3, 13, 2))
    try:
        parsed = phonenumbers.parse("+" + digits)
    except phonenumbers.NumberParseException:
        return phone
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def parts_breakdown(plan: SendPlan) -> list[tuple[int, int]]:
    """(SMS parts, recipients) pairs, fewest parts first: "140 messages of 1 SMS, 10 of 2 SMS"."""
    counts: Counter[int] = Counter()
    for chunk in plan.chunks:
        counts[chunk.parts] += len(chunk.phones)
    return sorted(counts.items())


# --- Schedules ------------------------------------------------------------------------------------


def schedule_once(day: date, at: time) -> datetime:
    """The moment `day` at `at`, Abidjan time (aware)."""
    return datetime.combine(day, at.replace(second=0, microsecond=0, tzinfo=None), tzinfo=ABIDJAN)


def schedule_weekly(days: Iterable[str], at: time) -> Weekly:
    """Every week on `days` (English weekday names) at `at`, Abidjan time."""
    return Weekly(tuple(days), at)


def schedule_summary(schedule: Schedule, lang: str | None = "fr") -> str:
    """When the send goes out, in words: "now", "on 14/06/2025 09:00", "every Monday and Friday at 08:00"."""
    if schedule is None:
        return translate("composer.schedule.summary_now", lang)
    if isinstance(schedule, datetime):
        return translate("composer.schedule.summary_once", lang, moment=format_datetime(schedule, lang))
    names = [translate(f"composer.weekday.{day}", lang) for day in WEEKDAYS if day in schedule.days]
    joined = (
        names[0]
        if len(names) == 1
        else translate("composer.schedule.and", lang, first=", ".join(names[:-1]), last=names[-1])
    )
    return translate("composer.schedule.summary_weekly", lang, days=joined, time=schedule.time_text)

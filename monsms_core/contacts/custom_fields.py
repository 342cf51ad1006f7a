"""Custom fields of contacts: the columns of an imported sheet beyond phone and names ("Ville",
"Classe"…), kept by the dashboard (`store.contact_fields`, per account and phone) because the API cannot
be relied on to keep them. What this module does with them:

- import: `import_fields` reads them from a checked sheet into each upload item; `record_imported` keeps
  them once the upload knows the contacts are in the account (created, or already there);
- the contact's edit form: `fields_from_form` checks what was typed, `save_fields` keeps it (audited);
- sending: `with_custom_fields` gives contacts and group members their fields, so the composer's field
  menu offers them, `{Ville}` renders each person's value and the cost counts it;
- downloads and tables: `add_field_columns` adds one column per field to a frame of contacts.

`account` is always `config.Connection.account_id` (a one-way digest), never the API key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

import pandas as pd

from monsms_core.compose import Recipient, RecipientSet, format_value, normalize_field_name, phone_key
from monsms_core.i18n.problems import ProblemError
from monsms_core.importer import ColumnMapping, row_numbers
from monsms_core.store import ImportItem, Store

FIELDS_KEY = "fields"  # where an upload item's payload holds its custom fields
MAX_NAME_LENGTH = 60
MAX_VALUE_LENGTH = 500
# Names the composer already gives every contact (`composer.model.STANDARD_FIELDS`) or the contact
# table already has: a custom field of that name would only hide or repeat them.
_RESERVED = frozenset(
    normalize_field_name(name)
    for name in ("prénom", "nom", "nom complet", "téléphone", "phone", "name", "firstName", "lastName")
)


class FieldInputError(ProblemError):
    """A custom field the edit form will not keep: "no_name" (a value without a name), "twice" (two
    fields with one name), "reserved" (a name the contact already has), "too_long" (`name` param)."""

    catalog = "custom_fields.error"


def clean_value(value: object) -> str:
    """A cell or a typed value as kept: text without surrounding spaces, whole numbers without ".0",
    dates as 31/12/2025, blank or NaN as ""."""
    return format_value(value).strip()[:MAX_VALUE_LENGTH]


def usable_name(name: object) -> bool:
    """Whether a column may become a custom field: named, not a standard field of every contact."""
    key = normalize_field_name(name)
    return bool(key) and key not in _RESERVED


def kept_columns(mapping: ColumnMapping, columns: Sequence[str]) -> list[str]:
    """The columns of a sheet an import will keep as custom fields with this mapping, in sheet order."""
    return [name for name in mapping.custom_columns(pd.DataFrame(columns=list(columns))) if usable_name(name)]


def import_fields(valid: pd.DataFrame, custom_fields: Sequence[str]) -> list[dict[str, str]]:
    """The custom fields of each row of a checked sheet (`CheckResult.valid`), blank cells left out."""
    names = [name for name in custom_fields if name in valid.columns and usable_name(name)]
    columns = [[clean_value(value) for value in valid[name].tolist()] for name in names]
    rows: list[dict[str, str]] = []
    for values in zip(*columns, strict=True) if columns else ([] for _ in range(len(valid))):
        rows.append({name: value for name, value in zip(names, values, strict=True) if value})
    return rows


def record_imported(store: Store, account: str, items: Iterable[ImportItem], *, actor: str) -> int:
    """Keep the custom fields the upload items carry (items whose contact is in the account); returns
    how many contacts changed. A name already kept takes the sheet's value; other names stay."""
    values: dict[str, dict[str, str]] = {}
    for item in items:
        fields = item.payload.get(FIELDS_KEY)
        phone = phone_key(str(item.payload.get("phone") or ""))
        if phone and isinstance(fields, Mapping) and fields:
            values.setdefault(phone, {}).update({str(k): str(v) for k, v in fields.items()})
    return store.contact_fields.merge(account, values, actor=actor) if values else 0


def fields_from_form(rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The fields typed in the edit form as (name, value) pairs; an empty value removes the field.
    Raises FieldInputError for a value without a name, a name given twice, a reserved or long name."""
    kept: dict[str, str] = {}
    seen: set[str] = set()
    for raw_name, raw_value in rows:
        name, value = " ".join(str(raw_name or "").split()), clean_value(raw_value)
        if not name:
            if value:
                raise FieldInputError("no_name", value=value)
            continue
        if len(name) > MAX_NAME_LENGTH:
            raise FieldInputError("too_long", name=name[:MAX_NAME_LENGTH] + "…")
        if not usable_name(name):
            raise FieldInputError("reserved", name=name)
        key = normalize_field_name(name)
        if key in seen:
            raise FieldInputError("twice", name=name)
        seen.add(key)
        if value:
            kept[name] = value
    return kept


def save_fields(
    store: Store,
    account: str,
    phone: str,
    fields: Mapping[str, str],
    *,
    actor: str,
    new_phone: str | None = None,
) -> bool:
    """Keep `fields` as the contact's whole set (audited "contact.fields_updated"); when the edit also
    changed the phone, under the new number. Returns True when something changed."""
    old = phone_key(phone)
    target = phone_key(new_phone) if new_phone else old
    moved = False
    if target != old:
        moved = store.contact_fields.move(account, old, target, actor=actor)
    return store.contact_fields.replace(account, target, fields, actor=actor) or moved


def with_custom_fields(
    recipients: Iterable[Recipient], by_phone: Mapping[str, Mapping[str, str]]
) -> list[Recipient]:
    """The recipients with their kept custom fields added; a field the recipient already has (same name
    once normalised, e.g. from the sheet being sent to) keeps its value."""
    enriched: list[Recipient] = []
    # A few distinct names among 100,000 recipients: normalise each name and each set of names once.
    keys: dict[str, str] = {}
    have_by_names: dict[tuple[str, ...], frozenset[str]] = {}

    def key(name: str) -> str:
        found = keys.get(name)
        if found is None:
            found = keys[name] = normalize_field_name(name)
        return found

    for recipient in recipients:
        extra = by_phone.get(phone_key(recipient.phone))
        if not extra:
            enriched.append(recipient)
            continue
        names = tuple(recipient.fields)
        have = have_by_names.get(names)
        if have is None:
            have = have_by_names[names] = frozenset(key(name) for name in names)
        added = {name: value for name, value in extra.items() if value and key(name) not in have}
        enriched.append(
            Recipient(recipient.phone, {**recipient.fields, **added}, recipient.source)
            if added
            else recipient
        )
    return enriched


def with_kept_fields(merged: RecipientSet, by_phone: Mapping[str, Mapping[str, str]]) -> RecipientSet:
    """A merged recipient list (`compose.merge_recipients`) with each known contact's kept fields added
    (`with_custom_fields`): the composer's field menu then offers them and the send renders them."""
    if not by_phone:
        return merged
    return replace(merged, recipients=with_custom_fields(merged.recipients, by_phone))


def field_names(by_phone: Mapping[str, Mapping[str, str]], phones: Iterable[str] | None = None) -> list[str]:
    """Every field name kept for `phones` (all when None), in the order first met."""
    seen: dict[str, None] = {}
    chosen = by_phone.values() if phones is None else (by_phone.get(phone_key(p), {}) for p in phones)
    for fields in chosen:
        seen.update(dict.fromkeys(fields))
    return list(seen)


def add_field_columns(frame: pd.DataFrame, by_phone: Mapping[str, Mapping[str, str]]) -> pd.DataFrame:
    """`frame` (contacts with a "phone" column) with one column per custom field its contacts have,
    after its own columns ("" where a contact has no value)."""
    phones = [phone_key(str(phone or "")) for phone in frame["phone"].tolist()]
    names = [name for name in field_names(by_phone, phones) if name not in frame.columns]
    if not names:
        return frame
    values = {name: [by_phone.get(phone, {}).get(name, "") for phone in phones] for name in names}
    return pd.concat([frame, pd.DataFrame(values, index=frame.index)], axis=1)


def sheet_row_fields(
    source: pd.DataFrame, custom_columns: Sequence[str], rows: Iterable[int]
) -> dict[int, dict[str, str]]:
    """The custom fields of some spreadsheet `rows` of a checked sheet (`CheckResult.source`), e.g. the
    rows of contacts already in the account, which the check does not keep among its valid rows."""
    wanted = set(rows)
    if not wanted:
        return {}
    names = [name for name in custom_columns if name in source.columns and usable_name(name)]
    found: dict[int, dict[str, str]] = {}
    for position, row in enumerate(row_numbers(source).tolist()):
        if row in wanted:
            values = {name: clean_value(source[name].iat[position]) for name in names}
            found[int(row)] = {name: value for name, value in values.items() if value}
    return found

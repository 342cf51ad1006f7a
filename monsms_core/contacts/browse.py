"""Contacts for the contacts page: a page read from the API, edits checked before they are sent, and the
table people download (headers in their language, formulas neutralised by `monsms_core.exports.files`)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from monsms_core import exports
from monsms_core.client import MonSmsClient
from monsms_core.client.models import Contact, Page
from monsms_core.contacts.index import COLUMNS
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import ABIDJAN, format_number
from monsms_core.i18n.problems import ProblemError
from monsms_core.phones import DEFAULT_REGION, normalize_phone, pretty_phone

SORTS = {  # choice on the page → (orderBy, sort)
    "newest": ("createdAt", "desc"),
    "oldest": ("createdAt", "asc"),
    "name": ("name", "asc"),
    "phone": ("phone", "asc"),
}


def read_page(client: MonSmsClient, page: int, page_size: int = 50, sort: str = "newest") -> Page[Contact]:
    """One page of contacts in the chosen order (one API call)."""
    order_by, direction = SORTS[sort]
    return client.contacts.list(page=page, count=page_size, sort=direction, order_by=order_by)  # type: ignore[arg-type]  # SORTS holds literals


def count_contacts(client: MonSmsClient, page_size: int = 50) -> int:
    """How many contacts the account has, when the API does not say: the last non-empty page is found
    by doubling then halving the page number (about 2·log2(pages) small requests: 6 for 200 contacts,
    about 22 for 100,000), then counted. The server's page size is read from the first pages, so a
    lower server cap than `page_size` still counts right."""
    sizes: dict[int, int] = {}

    def size(page: int) -> int:
        if page not in sizes:
            sizes[page] = len(read_page(client, page, page_size, "oldest"))
        return sizes[page]

    if size(1) == 0 or size(2) == 0:
        return size(1)
    step = size(1)  # what the server really puts on a page
    low, high = 2, 4  # low: a page known to hold contacts
    while size(high) > 0:
        low, high = high, high * 2
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if size(middle) > 0 else (low, middle)
    return (low - 1) * step + size(low)


class ContactInputError(ProblemError, ValueError):
    """A contact form the dashboard will not send; `user_message(lang)` says what to fix."""

    catalog = "contacts.edit"

    def message_key(self) -> str:
        return "contacts.edit.bad_phone" if self.code == "phone" else super().message_key()

    def message_params(self, lang: str | None) -> dict[str, object]:
        return {"reason": self.params.get("reason", "")} if self.code == "phone" else {}


@dataclass(frozen=True)
class ContactChanges:
    """The fields to send to `/contact/{id}/update` (None: unchanged)."""

    phone: str | None = None
    name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    sex: str | None = None

    @property
    def empty(self) -> bool:
        """True when nothing changes."""
        return all(
            getattr(self, name) is None for name in ("phone", "name", "first_name", "last_name", "sex")
        )


def contact_changes(
    contact: Contact,
    *,
    phone: str,
    name: str,
    first_name: str,
    last_name: str,
    sex: str | None,
    lang: str = "fr",
    region: str = DEFAULT_REGION,
) -> ContactChanges:
    """The changes a contact form asks for; the phone is normalised like an import (lost zero, 8 digits).

    Raises ContactInputError for an unusable number. An emptied text field is not sent (the API's update
    keeps absent fields; clearing a name is not offered)."""
    result = normalize_phone(phone, region)
    if result.phone is None:
        raise ContactInputError("phone", reason=result.user_message(lang))

    def changed(new: str | None, old: str | None) -> str | None:
        value = (new or "").strip()
        return value if value and value != (old or "") else None

    return ContactChanges(
        phone=result.phone if result.phone != contact.phone else None,
        name=changed(name, contact.name),
        first_name=changed(first_name, contact.first_name),
        last_name=changed(last_name, contact.last_name),
        sex=sex if sex in ("M", "F") and sex != contact.sex else None,
    )


def apply_changes(client: MonSmsClient, contact_id: str, changes: ContactChanges) -> Contact:
    """Send the changes (one API call)."""
    return client.contacts.update(
        contact_id,
        phone=changes.phone,
        name=changes.name,
        first_name=changes.first_name,
        last_name=changes.last_name,
        sex=changes.sex,
    )


def display_frame(frame: pd.DataFrame, lang: str = "fr") -> pd.DataFrame:
    """Contacts (COLUMNS of the index) as the page and the exports show them: headers in `lang`, dates
    in Abidjan time, sex spelled out. Other columns (custom fields, `custom_fields.add_field_columns`)
    follow under their own names."""
    sexes = {"M": translate("contacts.sex.M", lang), "F": translate("contacts.sex.F", lang)}
    # Vectorised (not Babel per row): an export of 100,000 contacts must not take seconds for the dates.
    pattern = "%d %b %Y, %H:%M" if lang == "en" else "%d/%m/%Y %H:%M"
    created = pd.to_datetime(frame["created_at"], utc=True).dt.tz_convert(ABIDJAN).dt.strftime(pattern)
    table = pd.DataFrame(
        {
            translate("contacts.col.phone", lang): [pretty_phone(phone) for phone in frame["phone"]],
            translate("contacts.col.name", lang): frame["name"].to_numpy(),
            translate("contacts.col.first_name", lang): frame["first_name"].to_numpy(),
            translate("contacts.col.last_name", lang): frame["last_name"].to_numpy(),
            translate("contacts.col.sex", lang): frame["sex"].map(lambda s: sexes.get(s, "")).to_numpy(),
            translate("contacts.col.created_at", lang): created.fillna("").to_numpy(),
        }
    )
    for column in (c for c in frame.columns if c not in COLUMNS):
        header, counter = str(column), 2
        while header in table.columns:  # a field named like a header ("Sexe") must not replace it
            header, counter = f"{column} ({counter})", counter + 1
        table[header] = frame[column].to_numpy()
    return table


def export_bytes(frame: pd.DataFrame, fmt: str, lang: str = "fr") -> bytes:
    """The contacts of `frame` (index COLUMNS) as an .xlsx or .csv file to download."""
    table = display_frame(frame, lang)
    if fmt == "xlsx":
        return exports.to_xlsx_bytes(table, sheet_name=translate("contacts.export.sheet", lang))
    if fmt == "csv":
        return exports.to_csv_bytes(table)
    raise ValueError(f"unknown export format {fmt!r}")


def page_count(total: int, page_size: int) -> int:
    """How many pages `total` contacts fill (at least one)."""
    return max(1, -(-total // page_size))


def pager_text(page: int, total: int | None, page_size: int, lang: str = "fr") -> str:
    """ "Page 1 sur 5 · 249 contacts" (just "Page 2" when the total is unknown)."""
    if total is None:
        return translate("contacts.page.number", lang, page=format_number(page, lang))
    pages = format_number(page_count(total, page_size), lang)
    if total == 1:
        return translate("contacts.pager.one", lang, page=format_number(page, lang), pages=pages)
    return translate(
        "contacts.pager.many",
        lang,
        page=format_number(page, lang),
        pages=pages,
        count=format_number(total, lang),
    )

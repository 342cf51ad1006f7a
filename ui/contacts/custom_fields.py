"""The contact's custom fields ("Ville", "Classe"…) in the contacts pages: their inputs in the edit
dialog, saving them, and the extra columns of tables and downloads. The rules are in
`monsms_core.contacts.custom_fields`; the values in the store (`ui.runtime.contact_fields`)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from monsms_core.client.models import Contact
from monsms_core.compose import phone_key
from monsms_core.contacts.custom_fields import add_field_columns, kept_columns, save_fields
from monsms_core.importer import ColumnMapping
from ui.runtime import contact_fields, resources
from ui.shell.i18n import tr


def kept_columns_note(mapping: ColumnMapping, columns: Sequence[str]) -> None:
    """Under the import's column choices: which other columns are kept with each contact."""
    kept = kept_columns(mapping, columns)
    fields = ", ".join("{" + name + "}" for name in kept)
    st.caption(tr("custom_fields.import.kept", fields=fields) if kept else tr("custom_fields.import.none"))


def field_inputs(contact: Contact) -> list[tuple[str, str]]:
    """Draw one input per kept field of `contact` and a pair for a new one (inside the edit form);
    returns the typed (name, value) pairs for `fields_from_form`."""
    kept = kept_for(contact)
    st.markdown(f"**{tr('custom_fields.edit.title')}**")
    st.caption(tr("custom_fields.edit.help") if kept else tr("custom_fields.edit.none"))
    prefix = f"ct_edit_field_{contact.id}"
    rows = [
        (name, st.text_input(name, value=value, key=f"{prefix}_{number}"))
        for number, (name, value) in enumerate(kept.items())
    ]
    left, right = st.columns(2)
    new_name = left.text_input(tr("custom_fields.edit.new_name"), key=f"{prefix}_new_name")
    new_value = right.text_input(tr("custom_fields.edit.new_value"), key=f"{prefix}_new_value")
    return [*rows, (new_name, new_value)]


def kept_for(contact: Contact) -> dict[str, str]:
    """The fields the store keeps for `contact` (by its phone, in this run's account)."""
    return dict(contact_fields.kept().by_phone.get(phone_key(contact.phone or ""), {}))


def save(contact: Contact, fields: dict[str, str], new_phone: str | None, username: str) -> bool:
    """Keep `fields` as the contact's set (under `new_phone` when the edit changed the number)."""
    store, account = resources.store(), contact_fields.account()
    return save_fields(store, account, contact.phone or "", fields, actor=username, new_phone=new_phone)


def with_field_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` (contacts) with one column per custom field its contacts have."""
    return add_field_columns(frame, contact_fields.kept().by_phone)

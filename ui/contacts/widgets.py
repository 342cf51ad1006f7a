"""Pieces the contacts and groups pages share: the table with row selection, the edit and delete dialogs,
adding to a group, downloads and the search index status line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pandas as pd
import streamlit as st

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError
from monsms_core.client.models import Contact
from monsms_core.contacts import edits
from monsms_core.contacts.browse import (
    ContactInputError,
    contact_changes,
    export_bytes,
)
from monsms_core.contacts.custom_fields import FieldInputError, add_field_columns, fields_from_form
from monsms_core.contacts.index import ContactIndex
from monsms_core.contacts.names import names_sentence, short_name
from monsms_core.i18n.formatting import format_datetime, format_number
from monsms_core.phones import pretty_phone
from ui.contacts import custom_fields, picking
from ui.contacts import data as contacts_data
from ui.runtime import contact_fields, resources
from ui.shell.downloads import export_buttons
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain

NOTICE_KEY = "_contacts_notice"
DIALOG_KEY = "_contacts_dialog"  # (kind, payload) of the open dialog: it stays open across reruns
SEX_OPTIONS = ("", "F", "M")


def notice(kind: str, text: str) -> None:
    """A message to show at the top of the page on the next run (after a dialog closes)."""
    st.session_state[NOTICE_KEY] = (kind, text)


def show_notice() -> None:
    """The message left by the last action, once."""
    pending = st.session_state.pop(NOTICE_KEY, None)
    if pending:
        kind, text = pending
        {"success": st.success, "error": st.error, "warning": st.warning}.get(kind, st.info)(text)


def open_dialog(kind: str, payload: object) -> None:
    """Button callback: open a dialog (drawn by `dialog()` on this and later runs until closed)."""
    st.session_state[DIALOG_KEY] = (kind, payload)


def close_dialog() -> None:
    """Close the open dialog (also its ✕ and a click outside it)."""
    st.session_state.pop(DIALOG_KEY, None)


def open_dialog_kind() -> str | None:
    """The kind of the open dialog, if any."""
    opened = st.session_state.get(DIALOG_KEY)
    return opened[0] if opened else None


def show_dialog(title: str, body: Callable[..., None], *args: object) -> None:
    """Draw `body(*args)` in a modal titled in the reader's language (decorated at call time for that)."""
    st.dialog(title, width="medium", on_dismiss=close_dialog)(body)(*args)


def contact_dialogs(username: str, table_key: str) -> None:
    """Draw the contacts page's open dialog (edit or delete), if any; `table_key` is the table whose
    chosen people the dialog acts on (kept up to date after it)."""
    opened = st.session_state.get(DIALOG_KEY)
    if not opened:
        return
    kind, payload = opened
    if kind == "edit":
        show_dialog(tr("contacts.edit.title"), _edit_form, payload, username, table_key)
    elif kind == "delete":
        count = len(payload)
        title = tr("contacts.delete.title", count=count)
        show_dialog(title, _delete_form, payload, username, table_key)


def _edit_form(contact: Contact, username: str, table_key: str) -> None:
    lang = current_language()
    with st.form("ct_edit_form", border=False):
        # Shown as people write it (07 19 33 77 99); read back through the same normalisation.
        phone = st.text_input(
            tr("contacts.col.phone"), value=pretty_phone(contact.phone or ""), key="ct_edit_phone"
        )
        name = st.text_input(tr("contacts.col.name"), value=contact.name or "", key="ct_edit_name")
        left, right = st.columns(2)
        first = left.text_input(
            tr("contacts.col.first_name"), value=contact.first_name or "", key="ct_edit_first"
        )
        last = right.text_input(
            tr("contacts.col.last_name"), value=contact.last_name or "", key="ct_edit_last"
        )
        sex = st.radio(
            tr("contacts.col.sex"),
            SEX_OPTIONS,
            index=SEX_OPTIONS.index(contact.sex) if contact.sex in SEX_OPTIONS else 0,
            format_func=lambda s: tr(f"contacts.sex.{s}") if s else tr("contacts.sex.none"),
            horizontal=True,
            key="ct_edit_sex",
        )
        st.caption(tr("contacts.edit.help"))
        field_rows = custom_fields.field_inputs(contact)
        submitted = st.form_submit_button(tr("contacts.edit.save"), type="primary", icon=":material/save:")
    if not submitted or contact.id is None:
        return
    try:
        changes = contact_changes(
            contact,
            phone=phone,
            name=name,
            first_name=first,
            last_name=last,
            sex=sex or None,
            lang=lang,
            region=resources.default_country(),
        )
        fields = fields_from_form(field_rows)
    except (ContactInputError, FieldInputError) as problem:
        st.error(problem.user_message(lang))
        return
    fields_changed = fields != custom_fields.kept_for(contact)
    if changes.empty and not fields_changed:
        st.info(tr("contacts.edit.nothing"))
        return
    updated = contact  # only the custom fields changed: the contact stays as it is
    if not changes.empty:
        try:
            store, client = resources.store(), resources.client()
            updated = edits.save_contact(store, client, contact.id, changes, actor=username)
        except MonSmsError as exc:
            st.error(exc.user_message(lang), icon=":material/cloud_off:")
            return
        contacts_data.index_holder().patch(updated=[updated])
    if fields_changed or changes.phone:  # a new number takes the fields along
        custom_fields.save(contact, fields, changes.phone, username)
    contacts_data.changed()
    picking.refresh(table_key, updated)
    close_dialog()
    notice("success", tr("contacts.edit.done"))
    st.rerun()


def _delete_form(contacts: list[Contact], username: str, table_key: str) -> None:
    lang = current_language()
    ids = [c.id for c in contacts if c.id]
    names = plain(names_sentence([short_name(c) for c in contacts], lang))
    who = (
        tr("contacts.delete.who_one", names=names)
        if len(ids) == 1
        else tr("contacts.delete.who_many", count=format_number(len(ids), lang), names=names)
    )
    st.markdown(who)
    st.warning(tr("contacts.delete.warning"), icon=":material/warning:")
    confirm, cancel = st.columns(2)
    if cancel.button(tr("common.cancel"), width="stretch", key="ct_delete_cancel"):
        close_dialog()
        st.rerun()
    if not confirm.button(
        tr("contacts.delete.confirm"),
        type="primary",
        icon=":material/delete:",
        width="stretch",
        key="ct_delete_ok",
    ):
        return
    try:
        edits.delete_contacts(
            resources.store(), resources.client(), contacts, account=contact_fields.account(), actor=username
        )
    except MonSmsError as exc:
        st.error(exc.user_message(lang), icon=":material/cloud_off:")
        return
    contacts_data.index_holder().patch(removed_ids=ids)
    contacts_data.changed()
    picking.forget(table_key, ids)
    close_dialog()
    done = tr("contacts.delete.done", count=len(ids))
    notice("success", done)
    st.rerun()


def add_to_group(ids: list[str], username: str, key: str) -> None:
    """A group picker and a button adding the selected contacts to that group (members kept)."""
    lang = current_language()
    groups = contacts_data.groups()
    if not groups.ok or not len(groups.value):
        return
    frame = groups.value
    names = dict(zip(frame["id"], frame["name"], strict=True))
    pick, go = st.columns([3, 2], vertical_alignment="bottom")
    group_id = pick.selectbox(
        tr("contacts.group.pick"),
        list(names),
        format_func=lambda group: names.get(group, ""),
        key=f"{key}_group",
    )
    label = tr("contacts.group.add", count=format_number(len(ids), lang))
    if go.button(label, icon=":material/group_add:", key=f"{key}_add", width="stretch") and group_id:
        add_ids_to_group(group_id, names[group_id], ids, username)


def add_ids_to_group(
    group_id: str, group_name: str, ids: list[str], username: str, *, untick: str | None = None
) -> None:
    """Add contacts to a group (those already in it are left alone), then rerun with a notice; `untick`
    names a table whose ticks are done with once the contacts are added."""
    lang = current_language()
    try:
        change = edits.add_to_group(resources.store(), resources.client(), group_id, ids, actor=username)
    except MonSmsError as exc:
        st.error(exc.user_message(lang), icon=":material/cloud_off:")
        return
    contacts_data.changed(contacts=False)
    if untick is not None:
        picking.forget(untick, ids)
    notice("success", tr("contacts.group.added", count=change.changed, group=group_name))
    st.rerun()


def downloads(make_frame: Callable[[], pd.DataFrame], stem: str, key: str) -> None:
    """Excel and CSV buttons side by side; the file is built only when clicked (in another thread)."""
    lang = current_language()
    kept = contact_fields.kept().by_phone  # read here: the files are built outside the script thread
    export_buttons(
        f"{stem}-{datetime.now():%Y-%m-%d}",
        xlsx=lambda: export_bytes(add_field_columns(make_frame(), kept), "xlsx", lang),
        csv=lambda: export_bytes(add_field_columns(make_frame(), kept), "csv", lang),
        key=key,
    )


def all_contacts_loader(client: MonSmsClient) -> Callable[[], pd.DataFrame]:
    """A loader of every contact (the search index, built if needed) usable outside the script thread."""
    holder = contacts_data.index_holder()
    return lambda: holder.get(client).frame


def index_status(index: ContactIndex) -> None:
    """When the search list was read, and a button to read it again."""
    lang = current_language()
    text, button = st.columns([5, 1], vertical_alignment="center")
    text.caption(
        tr(
            "contacts.index.status",
            count=len(index),
            at=format_datetime(index.built_at, lang),
        )
    )
    if button.button(
        tr("contacts.index.refresh"), icon=":material/refresh:", key="ct_index_refresh", width="stretch"
    ):
        contacts_data.ensure_index(refresh=True)
        st.rerun()

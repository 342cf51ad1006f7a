"""Pieces the contacts and groups pages share: the table with row selection, the edit and delete dialogs,
adding to a group, downloads and the search index status line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pandas as pd
import streamlit as st

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError
from monsms_core.client.models import Contact
from monsms_core.contacts import edits
from monsms_core.contacts.browse import (
    ContactInputError,
    contact_changes,
    display_frame,
    export_bytes,
)
from monsms_core.contacts.index import ContactIndex
from monsms_core.i18n.formatting import format_datetime, format_number
from ui.contacts import data as contacts_data
from ui.runtime import resources
from ui.shell.downloads import export_buttons
from ui.shell.i18n import current_language, tr

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


def contact_dialogs(username: str) -> None:
    """Draw the contacts page's open dialog (edit or delete), if any."""
    opened = st.session_state.get(DIALOG_KEY)
    if not opened:
        return
    kind, payload = opened
    if kind == "edit":
        show_dialog(tr("contacts.edit.title"), _edit_form, payload, username)
    elif kind == "delete":
        title = tr("contacts.delete.title", count=len(payload))
        show_dialog(title, _delete_form, payload, username)


def selectable_table(
    frame: pd.DataFrame, key: str, *, selectable: bool, height: int | None = None
) -> list[int]:
    """The contacts of `frame` (index columns) as a table; the positions of the selected rows."""
    table = display_frame(frame, current_language())
    options: dict[str, Any] = {"hide_index": True, "width": "stretch", "key": key}
    if height or len(table) > 10:  # a page of 50 shows about 15 rows before scrolling
        options["height"] = height or 560
    if not selectable:
        st.dataframe(table, **options)
        return []
    state = st.dataframe(table, on_select="rerun", selection_mode="multi-row", **options)
    rows = list(state.selection.rows) if state is not None else []
    return [row for row in rows if 0 <= row < len(frame)]


def contact_of(row: pd.Series) -> Contact:
    """A Contact from a row of index columns."""
    created = row.get("created_at")
    return Contact(
        id=row["id"] or None,
        phone=row["phone"] or None,
        name=row["name"] or None,
        first_name=row["first_name"] or None,
        last_name=row["last_name"] or None,
        sex=row["sex"] or None,
        created_at=None if pd.isna(created) else created.to_pydatetime(),
    )


def _edit_form(contact: Contact, username: str) -> None:
    lang = current_language()
    with st.form("ct_edit_form", border=False):
        phone = st.text_input(tr("contacts.col.phone"), value=contact.phone or "", key="ct_edit_phone")
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
    except ContactInputError as problem:
        st.error(problem.user_message(lang))
        return
    if changes.empty:
        st.info(tr("contacts.edit.nothing"))
        return
    try:
        store, client = resources.store(), resources.client()
        updated = edits.save_contact(store, client, contact.id, changes, actor=username)
    except MonSmsError as exc:
        st.error(exc.user_message(lang), icon=":material/cloud_off:")
        return
    contacts_data.index_holder().patch(updated=[updated])
    contacts_data.changed()
    close_dialog()
    notice("success", tr("contacts.edit.done"))
    st.rerun()


def _delete_form(ids: list[str], username: str) -> None:
    lang = current_language()
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
        edits.delete_contacts(resources.store(), resources.client(), ids, actor=username)
    except MonSmsError as exc:
        st.error(exc.user_message(lang), icon=":material/cloud_off:")
        return
    contacts_data.index_holder().patch(removed_ids=ids)
    contacts_data.changed()
    close_dialog()
    notice("success", tr("contacts.delete.done", count=len(ids)))
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


def add_ids_to_group(group_id: str, group_name: str, ids: list[str], username: str) -> None:
    """Add contacts to a group (those already in it are left alone), then rerun with a notice."""
    lang = current_language()
    try:
        change = edits.add_to_group(resources.store(), resources.client(), group_id, ids, actor=username)
    except MonSmsError as exc:
        st.error(exc.user_message(lang), icon=":material/cloud_off:")
        return
    contacts_data.changed(contacts=False)
    notice("success", tr("contacts.group.added", count=change.changed, group=group_name))
    st.rerun()


def downloads(make_frame: Callable[[], pd.DataFrame], stem: str, key: str) -> None:
    """Excel and CSV buttons side by side; the file is built only when clicked (in another thread)."""
    lang = current_language()
    export_buttons(
        f"{stem}-{datetime.now():%Y-%m-%d}",
        xlsx=lambda: export_bytes(make_frame(), "xlsx", lang),
        csv=lambda: export_bytes(make_frame(), "csv", lang),
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

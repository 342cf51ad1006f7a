"""Contacts: browse page by page (straight from the API), search by name or number (in the account's
search list, see monsms_core.contacts.index), edit, delete, add to a group, download."""

from __future__ import annotations

import streamlit as st

from monsms_core.accounts import can
from monsms_core.contacts.browse import SORTS, page_count, pager_text
from ui.contacts import adding, picking
from ui.contacts import data as contacts_data
from ui.contacts import widgets as contacts_widgets
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain
from ui.shell.registry import page_spec

user = require_role("browse")
lang = current_language()
can_edit = can(user.role, "contacts")
can_group = can(user.role, "groups")
PAGE_SIZE = 50
PAGE_KEY = "ct_page"
TABLE_KEY = "ct_table"


def _reset_page() -> None:
    st.session_state[PAGE_KEY] = 1


def _move(step: int) -> None:
    st.session_state[PAGE_KEY] = max(1, st.session_state.get(PAGE_KEY, 1) + step)


st.title(tr("page.contacts.title"), anchor=False)
contacts_widgets.show_notice()
import_spec = page_spec("app_pages/contacts/import_contacts.py")
if can_edit:
    add_column, import_column = st.columns([1, 3], vertical_alignment="center")
    adding.open_button(add_column)
    adding.dialog(user.username)  # before any st.stop below: an empty account can add its first contact
    if import_spec is not None:
        import_column.page_link(
            "app_pages/contacts/import_contacts.py", label=tr("contacts.import_link"), icon=import_spec.icon
        )

search, order = st.columns([3, 1], vertical_alignment="bottom")
query = search.text_input(
    tr("contacts.search.label"),
    placeholder=tr("contacts.search.placeholder"),
    key="ct_query",
    on_change=_reset_page,
    help=tr("contacts.search.help"),
).strip()
sort = order.selectbox(
    tr("contacts.sort.label"),
    list(SORTS),
    format_func=lambda key: tr(f"contacts.sort.{key}"),
    key="ct_sort",
    on_change=_reset_page,
    disabled=bool(query),
)
page = st.session_state.setdefault(PAGE_KEY, 1)

if query:
    # The API cannot search: look in the account's search list (read once, then kept a few minutes).
    index = contacts_data.ensure_index()
    if index is None:
        st.stop()
    found = index.search(query)
    total: int | None = len(found)
    page = min(page, page_count(len(found), PAGE_SIZE))
    frame = found.iloc[(page - 1) * PAGE_SIZE : page * PAGE_SIZE].reset_index(drop=True)
    is_last = page >= page_count(len(found), PAGE_SIZE)
    st.markdown(tr("contacts.search.found", count=len(found), query=plain(query)))
    contacts_widgets.index_status(index)
else:
    fetched = contacts_data.contacts_page(page, PAGE_SIZE, sort)
    if not fetched.ok:
        st.error(fetched.message(lang), icon=":material/cloud_off:")
        st.stop()
    frame, is_last, total = fetched.value
    total = total if total is not None else contacts_data.contacts_total(PAGE_SIZE)
    if total is not None:
        st.markdown(tr("contacts.total", count=total))
    if frame.empty and page == 1:
        st.info(tr("contacts.empty"), icon=":material/contacts:")
        st.stop()

picked = picking.picked_table(frame, TABLE_KEY, selectable=can_edit or can_group)
if page > 1 or not is_last:  # one page only: no pager
    before, where, after = st.columns([1, 2, 1], vertical_alignment="center")
    before.button(
        tr("contacts.page.previous"), icon=":material/chevron_left:", on_click=_move, args=(-1,),
        disabled=page <= 1, width="stretch", key="ct_prev",
    )  # fmt: skip
    where.markdown(
        f"<div style='text-align:center'>{pager_text(page, total, PAGE_SIZE, lang)}</div>",
        unsafe_allow_html=True,
    )
    after.button(
        tr("contacts.page.next"), icon=":material/chevron_right:", on_click=_move, args=(1,),
        disabled=is_last, width="stretch", key="ct_next",
    )  # fmt: skip

if len(picked):
    picking.summary(picked, TABLE_KEY)
    edit, delete, _ = st.columns([1, 1, 2])
    if can_edit and len(picked) == 1:
        edit.button(
            tr("contacts.edit.open"), icon=":material/edit:", key="ct_edit",
            on_click=contacts_widgets.open_dialog, args=("edit", picked.contacts[0]),
        )  # fmt: skip
    if can_edit:
        delete.button(
            tr("contacts.delete.open"), icon=":material/delete:", key="ct_delete",
            on_click=contacts_widgets.open_dialog, args=("delete", picked.contacts),
        )  # fmt: skip
    if can_group:
        contacts_widgets.add_to_group(picked.ids, user.username, "ct")
elif can_edit or can_group:
    st.caption(tr("contacts.select_hint"))

if can_edit:
    contacts_widgets.contact_dialogs(user.username, TABLE_KEY)

with st.expander(tr("contacts.export.title"), icon=":material/download:"):
    client = resources.client()
    if query:
        st.caption(tr("contacts.export.results", count=len(found)))
        contacts_widgets.downloads(lambda: found, "contacts-recherche", "ct_export_found")
    else:
        st.caption(tr("contacts.export.all"))
        contacts_widgets.downloads(contacts_widgets.all_contacts_loader(client), "contacts", "ct_export_all")

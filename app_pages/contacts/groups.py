"""Groups: the list with member counts; create, rename, delete; see, add and remove members."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core.accounts import can
from monsms_core.client.errors import MonSmsError
from monsms_core.contacts import edits
from monsms_core.i18n.formatting import format_datetime, format_number
from ui.contacts import data as contacts_data
from ui.contacts import picking
from ui.contacts import widgets as contacts_widgets
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain
from ui.shell.registry import page_spec

user = require_role("browse")
lang = current_language()
can_edit = can(user.role, "groups")
MEMBERS_SHOWN = 1000
PICK_KEY = "gr_pick"
ADD_TABLE = "gr_add_table"


def _create() -> None:
    name = st.session_state.get("gr_new_name", "")
    existing = contacts_data.groups()
    try:
        change = edits.new_group(
            resources.store(),
            resources.client(),
            name,
            actor=user.username,
            description=st.session_state.get("gr_new_description", ""),
            existing_names=existing.value["name"] if existing.ok else None,
        )
    except (MonSmsError, edits.GroupNameError) as problem:
        contacts_widgets.notice("error", problem.user_message(lang))
        return
    name = name.strip()
    contacts_data.changed(contacts=False)
    st.session_state[PICK_KEY] = change.group.id
    st.session_state["gr_new_name"] = st.session_state["gr_new_description"] = ""
    contacts_widgets.notice("success", tr("groups.create.done", name=name))


def _delete_form(group_id: str, name: str) -> None:
    st.warning(tr("groups.delete.warning", name=plain(name)), icon=":material/warning:")
    confirm, cancel = st.columns(2)
    if cancel.button(tr("common.cancel"), width="stretch", key="gr_delete_cancel"):
        contacts_widgets.close_dialog()
        st.rerun()
    if confirm.button(tr("groups.delete.confirm"), type="primary", icon=":material/delete:", width="stretch"):
        try:
            store, client = resources.store(), resources.client()
            edits.delete_group(store, client, group_id, name=name, actor=user.username)
        except MonSmsError as exc:
            st.error(exc.user_message(lang), icon=":material/cloud_off:")
            return
        contacts_data.changed(contacts=False)
        st.session_state.pop(PICK_KEY, None)
        contacts_widgets.close_dialog()
        contacts_widgets.notice("success", tr("groups.delete.done", name=name))
        st.rerun()


st.title(tr("page.groups.title"), anchor=False)
contacts_widgets.show_notice()

if can_edit:
    with (
        st.expander(tr("groups.create.title"), icon=":material/group_add:"),
        st.form("gr_create", border=False),
    ):
        st.text_input(tr("groups.col.name"), key="gr_new_name", max_chars=100)
        st.text_input(tr("groups.col.description"), key="gr_new_description", max_chars=200)
        st.form_submit_button(
            tr("groups.create.submit"), type="primary", icon=":material/add:", on_click=_create
        )

fetched = contacts_data.groups()
if not fetched.ok:
    st.error(fetched.message(lang), icon=":material/cloud_off:")
    st.stop()
groups = fetched.value
if groups.empty:
    st.info(tr("groups.empty"), icon=":material/groups:")
    st.stop()

st.dataframe(
    {
        tr("groups.col.name"): groups["name"],
        tr("groups.col.members"): [format_number(int(n), lang) for n in groups["members"]],
        tr("groups.col.description"): groups["description"],
        tr("groups.col.created_at"): [
            "" if pd.isna(value) else format_datetime(value.to_pydatetime(), lang, with_time=False)
            for value in groups["created_at"]
        ],
    },
    hide_index=True,
    width="stretch",
)

names = dict(zip(groups["id"], groups["name"], strict=True))
counts = dict(zip(groups["id"], groups["members"], strict=True))
if st.session_state.get(PICK_KEY) not in names:
    st.session_state[PICK_KEY] = next(iter(names))
group_id = st.selectbox(
    tr("groups.pick"),
    list(names),
    format_func=lambda gid: tr(
        "import.group.option", name=names[gid], count=int(counts[gid])
    ),
    key=PICK_KEY,
)
name = names[group_id]

with st.container(border=True):
    st.subheader(plain(name), anchor=False)
    tabs = [tr("groups.tab.members")] + ([tr("groups.tab.add"), tr("groups.tab.edit")] if can_edit else [])
    tab_members, *edit_tabs = st.tabs(tabs)

    with tab_members:
        members = contacts_data.group_members(group_id)
        if not members.ok:
            st.error(members.message(lang), icon=":material/cloud_off:")
        elif members.value.empty:
            st.info(tr("groups.members.empty"), icon=":material/person_off:")
        else:
            shown = members.value.head(MEMBERS_SHOWN)
            if len(members.value) > MEMBERS_SHOWN:
                st.caption(tr("groups.members.first", shown=format_number(MEMBERS_SHOWN, lang),
                              total=format_number(len(members.value), lang)))  # fmt: skip
            members_key = f"gr_members_{group_id}"
            chosen = picking.picked_table(shown, members_key, selectable=can_edit)
            if len(chosen):
                picking.summary(chosen, members_key)
                ids = chosen.ids
                if st.button(
                    tr("groups.members.remove", count=format_number(len(ids), lang)),
                    icon=":material/person_remove:",
                    key="gr_remove",
                ):
                    try:
                        change = edits.remove_from_group(
                            resources.store(), resources.client(), group_id, ids, actor=user.username
                        )
                    except MonSmsError as exc:
                        st.error(exc.user_message(lang), icon=":material/cloud_off:")
                    else:
                        contacts_data.changed(contacts=False)
                        picking.forget(members_key, ids)
                        removed = tr("groups.members.removed", count=change.changed)
                        who = tr("groups.members.who", names=chosen.names(lang))
                        contacts_widgets.notice("success", f"{removed} {who}")
                        st.rerun()
            elif can_edit:
                st.caption(tr("groups.members.select_hint"))
            all_members = members.value
            contacts_widgets.downloads(lambda: all_members, f"groupe-{name}", "gr_export")

    if edit_tabs:
        tab_add, tab_edit = edit_tabs
        with tab_add:
            import_spec = page_spec("app_pages/contacts/import_contacts.py")
            if import_spec is not None:
                st.page_link(
                    "app_pages/contacts/import_contacts.py",
                    label=tr("groups.add.import"),
                    icon=import_spec.icon,
                )
            query = st.text_input(
                tr("groups.add.search"), placeholder=tr("contacts.search.placeholder"), key="gr_add_query"
            ).strip()
            if query:
                index = contacts_data.ensure_index()
                if index is not None:
                    found = index.search(query, limit=500)
                    st.caption(tr("groups.add.found", count=len(found)))
                    picked = picking.picked_table(found, ADD_TABLE, selectable=True, max_rows=8)
                    if len(picked):
                        picking.summary(picked, ADD_TABLE)
                    ids = picked.ids
                    all_ids = [i for i in found["id"].tolist() if i]
                    target = ids or all_ids
                    label = "groups.add.selected" if ids else "groups.add.all"
                    if target and st.button(
                        tr(label, count=len(target)),
                        icon=":material/group_add:",
                        type="primary",
                        key="gr_add_go",
                    ):
                        contacts_widgets.add_ids_to_group(
                            group_id, name, target, user.username, untick=ADD_TABLE
                        )
        with tab_edit:
            with st.form("gr_rename", border=False):
                new_name = st.text_input(
                    tr("groups.rename.label"), value=name, max_chars=100, key="gr_rename_name"
                )
                if st.form_submit_button(tr("groups.rename.submit"), icon=":material/edit:"):
                    try:
                        renamed = edits.rename(
                            resources.store(),
                            resources.client(),
                            group_id,
                            old_name=name,
                            new_name=new_name,
                            actor=user.username,
                        )
                    except (MonSmsError, edits.GroupNameError) as problem:
                        st.error(problem.user_message(lang), icon=":material/error:")
                    else:
                        if renamed:
                            contacts_data.changed(contacts=False)
                            contacts_widgets.notice(
                                "success", tr("groups.rename.done", name=new_name.strip())
                            )
                            st.rerun()
            st.divider()
            st.button(
                tr("groups.delete.open"), icon=":material/delete:", key="gr_delete",
                on_click=contacts_widgets.open_dialog, args=("delete_group", (group_id, name)),
            )  # fmt: skip
            if contacts_widgets.open_dialog_kind() == "delete_group":
                contacts_widgets.show_dialog(
                    tr("groups.delete.title", name=name), _delete_form, group_id, name
                )

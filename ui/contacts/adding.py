"""The "Ajouter un contact" dialog of the contacts page (checks, creation and audit:
`monsms_core.contacts.manual`)."""

from __future__ import annotations

import streamlit as st

from monsms_core.client.errors import MonSmsError
from monsms_core.contacts.manual import ContactForm, NewContactError, add_contact
from monsms_core.contacts.names import display_name
from ui.contacts import data as contacts_data
from ui.contacts import widgets as contacts_widgets
from ui.runtime import resources
from ui.shell.i18n import current_language, tr

KIND = "add"


def open_button(column: st.delta_generator.DeltaGenerator) -> None:
    """The button opening the dialog."""
    column.button(
        tr("contacts.add.open"), icon=":material/person_add:", key="ct_add_open", width="stretch",
        on_click=contacts_widgets.open_dialog, args=(KIND, None),
    )  # fmt: skip


def dialog(username: str) -> None:
    """Draw the dialog when it is open."""
    if contacts_widgets.open_dialog_kind() == KIND:
        contacts_widgets.show_dialog(tr("contacts.add.title"), _form, username)


def _form(username: str) -> None:
    lang = current_language()
    groups = contacts_data.groups()
    names = dict(zip(groups.value["id"], groups.value["name"], strict=True)) if groups.ok else {}
    with st.form("ct_add_form", border=False):
        phone = st.text_input(
            tr("contacts.col.phone"), key="ct_add_phone", placeholder=tr("contacts.add.phone_placeholder")
        )
        left, right = st.columns(2)
        first = left.text_input(tr("contacts.col.first_name"), key="ct_add_first")
        last = right.text_input(tr("contacts.col.last_name"), key="ct_add_last")
        name = st.text_input(tr("contacts.col.name"), key="ct_add_name")
        sex = st.radio(
            tr("contacts.col.sex"), contacts_widgets.SEX_OPTIONS, horizontal=True, key="ct_add_sex",
            format_func=lambda s: tr(f"contacts.sex.{s}") if s else tr("contacts.sex.none"),
        )  # fmt: skip
        group_id = st.selectbox(
            tr("contacts.add.group"), ["", *names], key="ct_add_group",
            format_func=lambda g: names.get(g, "") if g else tr("contacts.add.no_group"),
        )  # fmt: skip
        st.caption(tr("contacts.add.help"))
        submitted = st.form_submit_button(
            tr("contacts.add.submit"), type="primary", icon=":material/person_add:"
        )
    if not submitted:
        return
    index = contacts_data.ensure_index()  # the account's numbers, to refuse a duplicate
    if index is None:
        return
    form = ContactForm(phone=phone, name=name, first_name=first, last_name=last, sex=sex or None)
    group = (group_id, names[group_id]) if group_id else None
    try:
        store, client = resources.store(), resources.client()
        added = add_contact(store, client, form, index=index, actor=username, group=group,
                            region=resources.default_country(), lang=lang)  # fmt: skip
    except (NewContactError, MonSmsError) as problem:
        st.error(problem.user_message(lang), icon=":material/error:")
        return
    contacts_data.index_holder().patch(added=[added.contact])
    contacts_data.changed(groups=group is not None)
    who = display_name(added.contact)
    done = (
        tr("contacts.add.done_group", who=who, group=added.group_name)
        if added.group_name
        else tr("contacts.add.done", who=who)
    )
    contacts_widgets.close_dialog()
    contacts_widgets.notice("success", done)
    st.rerun()

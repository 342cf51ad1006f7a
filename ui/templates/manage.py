"""The Templates page's widgets: create, search, rename, edit and delete named templates (logic in
monsms_core.templates). Each change is a button whose callback makes it and leaves a notice for the next
run; a refusal or an API failure is a sentence, and nothing has changed then."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd
import streamlit as st

from monsms_core import templates
from monsms_core.client.errors import MonSmsError
from monsms_core.i18n.formatting import format_datetime
from monsms_core.templates import NamedTemplate, TemplateActionError
from ui.composer import data as composer_data
from ui.runtime import resources
from ui.shell.i18n import current_language, tr

NEW_NAME_KEY = "tpl_new_name"
NEW_CATEGORY_KEY = "tpl_new_category"
NEW_TEXT_KEY = "tpl_new_text"
SEARCH_KEY = "tpl_search"
CATEGORY_KEY = "tpl_category"
PICK_KEY = "tpl_pick"
RENAME_NAME_KEY = "tpl_rename_name"
RENAME_CATEGORY_KEY = "tpl_rename_category"
EDIT_TEXT_KEY = "tpl_edit_text"
DELETE_CONFIRM_KEY = "tpl_delete_confirm"
_NOTICE_KEY = "_tpl_notice"
_ALL = "__all__"


def notice() -> None:
    """The outcome of the last change (a success or a sentence saying what to do)."""
    shown = st.session_state.pop(_NOTICE_KEY, None)
    if shown is not None:
        {"success": st.success, "warning": st.warning}.get(shown[0], st.error)(shown[1])


def _attempt(change: Callable[[], str | tuple[str, str]]) -> bool:
    """Run `change` (returns the success sentence, or (level, sentence)); any refusal becomes the notice."""
    lang = current_language()
    try:
        outcome = change()
    except (TemplateActionError, MonSmsError) as refused:
        st.session_state[_NOTICE_KEY] = ("error", refused.user_message(lang))
        return False
    st.session_state[_NOTICE_KEY] = outcome if isinstance(outcome, tuple) else ("success", outcome)
    composer_data.refresh("templates")  # the composer's picker shows the change at once
    return True


def _create(actor: str) -> None:
    name = str(st.session_state.get(NEW_NAME_KEY) or "")

    def change() -> str:
        made = templates.create(
            resources.client(),
            resources.store(),
            name=name,
            category=str(st.session_state.get(NEW_CATEGORY_KEY) or ""),
            text=str(st.session_state.get(NEW_TEXT_KEY) or ""),
            actor=actor,
        )
        return tr("templates.created", name=made.name)

    if _attempt(change):
        for key in (NEW_NAME_KEY, NEW_CATEGORY_KEY, NEW_TEXT_KEY):
            st.session_state[key] = ""


def creation_form(known_categories: Sequence[str], actor: str) -> None:
    """ "Nouveau modèle": name, category and text, then "Créer le modèle"."""
    with st.expander(tr("templates.new.title"), icon=":material/bookmark_add:"):
        name_col, category_col = st.columns(2)
        name_col.text_input(
            tr("templates.field.name"), key=NEW_NAME_KEY, help=tr("templates.field.name_help")
        )
        category_col.text_input(
            tr("templates.field.category"),
            key=NEW_CATEGORY_KEY,
            placeholder=tr("templates.field.category_placeholder"),
            help=tr("templates.field.category_help", categories=", ".join(known_categories))
            if known_categories
            else None,
        )
        st.text_area(tr("templates.field.text"), key=NEW_TEXT_KEY, height=120, max_chars=1600)
        st.button(
            tr("templates.create"), icon=":material/add:", on_click=_create, args=(actor,), key="tpl_create"
        )


def _label(template: NamedTemplate) -> str:
    return template.name if template.name is not None else f"{tr('templates.unnamed')} {template.excerpt(40)}"


def browse(listed: Sequence[NamedTemplate]) -> None:
    """Search by name, category or text; the matching templates in a table."""
    if not listed:
        st.info(tr("templates.none"), icon=":material/bookmarks:")
        return
    lang = current_language()
    search_col, category_col = st.columns([3, 2])
    search_col.text_input(
        tr("templates.search"),
        key=SEARCH_KEY,
        placeholder=tr("templates.search_placeholder"),
        icon=":material/search:",
    )
    options = [_ALL, *templates.categories(listed)]
    category_col.selectbox(
        tr("templates.category_filter"),
        options,
        key=CATEGORY_KEY,
        format_func=lambda c: tr("templates.all_categories") if c == _ALL else c,
    )
    chosen = st.session_state.get(CATEGORY_KEY)
    shown = templates.search(
        listed, str(st.session_state.get(SEARCH_KEY) or ""), None if chosen in (None, _ALL) else str(chosen)
    )
    st.caption(tr("templates.count", count=len(shown), total=len(listed)))
    if not shown:
        st.info(tr("templates.no_match"), icon=":material/search_off:")
        return
    table = pd.DataFrame(
        {
            tr("templates.col.name"): [_label(t) if t.named else tr("templates.unnamed") for t in shown],
            tr("templates.col.category"): [t.category for t in shown],
            tr("templates.col.uses"): [t.uses for t in shown],
            tr("templates.col.last_used"): [
                format_datetime(t.last_used_at, lang) if t.last_used_at else "" for t in shown
            ],
            tr("templates.col.text"): [t.excerpt(90) for t in shown],
        }
    )
    st.dataframe(table, hide_index=True, width="stretch")
    if any(not t.named for t in shown):
        st.caption(tr("templates.unnamed_hint"))


def _picked(listed: Sequence[NamedTemplate]) -> None:
    # A new choice fills the forms with that template's values (typing then changes only the form).
    chosen = templates.find(listed, st.session_state.get(PICK_KEY))
    st.session_state[RENAME_NAME_KEY] = (chosen.name or "") if chosen else ""
    st.session_state[RENAME_CATEGORY_KEY] = chosen.category if chosen else ""
    st.session_state[EDIT_TEXT_KEY] = chosen.text if chosen else ""
    st.session_state[DELETE_CONFIRM_KEY] = False


def _rename(template: NamedTemplate, actor: str) -> None:
    def change() -> str:
        done = templates.rename(
            resources.store(),
            template,
            name=str(st.session_state.get(RENAME_NAME_KEY) or ""),
            category=str(st.session_state.get(RENAME_CATEGORY_KEY) or ""),
            actor=actor,
        )
        return tr("templates.renamed", name=done.name)

    _attempt(change)


def _edit(template: NamedTemplate, actor: str) -> None:
    text = str(st.session_state.get(EDIT_TEXT_KEY) or "")
    if text == template.text:
        st.session_state[_NOTICE_KEY] = ("warning", tr("templates.unchanged"))
        return
    new_id: list[str] = []

    def change() -> str | tuple[str, str]:
        done = templates.edit(resources.client(), resources.store(), template, text=text, actor=actor)
        new_id.append(done.template.id)
        if done.old_left:
            return ("warning", tr("templates.edited_old_left"))
        return tr("templates.edited", name=done.template.name or tr("templates.unnamed"))

    if _attempt(change):
        st.session_state[PICK_KEY] = new_id[0]  # the same template, under the id the API gave the new text


def _delete(template: NamedTemplate, actor: str) -> None:
    if not st.session_state.get(DELETE_CONFIRM_KEY):
        st.session_state[_NOTICE_KEY] = ("error", tr("templates.delete.unconfirmed"))
        return

    def change() -> str:
        templates.delete(resources.client(), resources.store(), template, actor=actor)
        return tr("templates.deleted", name=template.name or template.excerpt(40))

    if _attempt(change):
        st.session_state.pop(PICK_KEY, None)


def change_panel(listed: Sequence[NamedTemplate], actor: str) -> None:
    """Pick a template (by name), then rename it, edit its text or delete it."""
    if not listed:
        return
    st.subheader(tr("templates.manage.title"), anchor=False)
    ids = [t.id for t in listed]
    labels = {t.id: _label(t) for t in listed}
    if st.session_state.get(PICK_KEY) not in ids:
        st.session_state.pop(PICK_KEY, None)
    st.selectbox(
        tr("templates.pick"),
        ids,
        index=None,
        key=PICK_KEY,
        format_func=lambda tid: labels.get(tid, str(tid)),
        placeholder=tr("templates.pick_placeholder"),
        on_change=_picked,
        args=(listed,),
    )
    chosen = templates.find(listed, st.session_state.get(PICK_KEY))
    if chosen is None:
        return
    rename_tab, edit_tab, delete_tab = st.tabs(
        [tr("templates.tab.rename"), tr("templates.tab.edit"), tr("templates.tab.delete")]
    )
    with rename_tab:
        name_col, category_col = st.columns(2)
        name_col.text_input(tr("templates.field.name"), key=RENAME_NAME_KEY)
        category_col.text_input(
            tr("templates.field.category"),
            key=RENAME_CATEGORY_KEY,
            placeholder=tr("templates.field.category_placeholder"),
        )
        st.button(tr("templates.rename.submit"), on_click=_rename, args=(chosen, actor), key="tpl_rename")
    with edit_tab:
        st.caption(tr("templates.edit.help"))
        st.text_area(tr("templates.field.text"), key=EDIT_TEXT_KEY, height=120, max_chars=1600)
        st.button(tr("templates.edit.submit"), on_click=_edit, args=(chosen, actor), key="tpl_edit")
    with delete_tab:
        st.code(chosen.text, language=None, wrap_lines=True)
        st.checkbox(tr("templates.delete.confirm"), key=DELETE_CONFIRM_KEY)
        st.button(
            tr("templates.delete.submit"),
            icon=":material/delete:",
            on_click=_delete,
            args=(chosen, actor),
            key="tpl_delete",
        )

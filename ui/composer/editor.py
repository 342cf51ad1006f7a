"""Step 2 of the composer: the message text, saved templates, and inserting personalisation fields.

Counting: Streamlit's text area sends its value when the field loses focus or on Ctrl+Entrée, not at each
key press. The exact counter (ui.composer.counter) is computed by Python on each commit; between two
commits, a provisional line computed in the browser (ui.composer.live) follows the typing, and a hint
says when the details update. Nothing changes the text silently: loading a template, inserting a field
or replacing characters are buttons, each undoable while the text is still what the button made it.
"""

from __future__ import annotations

import streamlit as st

from monsms_core.client.errors import MonSmsError
from monsms_core.client.models import Template
from monsms_core.composer import insert_field
from ui.composer import data as composer_data
from ui.composer.live import live_counter
from ui.runtime import resources
from ui.shell.i18n import current_language, tr
from ui.templates.names import manage_link, picker_labels

TEXT_KEY = "composer_text"
FIELD_KEY = "composer_field"
TEMPLATE_KEY = "composer_template"
MAX_TEXT = 1600  # 10 GSM parts and then some: the API takes one text per campaign, not a book
_UNDO_KEY = "_composer_undo"
_NOTICE_KEY = "_composer_editor_notice"


def current_text() -> str:
    """The message as last committed by the text area."""
    return str(st.session_state.get(TEXT_KEY) or "")


def set_text(new_text: str, reason: str) -> None:
    """Replace the text from a button callback, remembering the previous one for "Annuler"."""
    st.session_state[_UNDO_KEY] = (reason, current_text(), new_text)
    st.session_state[TEXT_KEY] = new_text


def forget_undo() -> None:
    """Drop the undo slot (a new draft)."""
    st.session_state.pop(_UNDO_KEY, None)


def _undo_available() -> tuple[str, str, str] | None:
    # Only while the text is still what the button made it: after an edit by hand, going back would
    # throw that edit away.
    undo = st.session_state.get(_UNDO_KEY)
    return undo if undo is not None and undo[2] == current_text() else None


def _undo() -> None:
    undo = _undo_available()
    st.session_state.pop(_UNDO_KEY, None)
    if undo is not None:
        st.session_state[TEXT_KEY] = undo[1]


def _insert() -> None:
    field = st.session_state.get(FIELD_KEY)
    if field:
        set_text(insert_field(current_text(), field), "field")


def _load_template(templates: dict[str, Template]) -> None:
    chosen = templates.get(str(st.session_state.get(TEMPLATE_KEY)))
    if chosen is not None and chosen.text:
        set_text(chosen.text, "template")


def _save_template() -> None:
    text = current_text().strip()
    if not text:
        return
    try:
        resources.client().templates.create(text)
    except MonSmsError as error:
        st.session_state[_NOTICE_KEY] = ("error", error.user_message(current_language()))
        return
    composer_data.refresh("templates")
    st.session_state[_NOTICE_KEY] = ("success", tr("composer.tpl.saved"))


def _delete_template(templates: dict[str, Template]) -> None:
    chosen = templates.get(str(st.session_state.get(TEMPLATE_KEY)))
    if chosen is None or not chosen.id:
        return
    try:
        resources.client().templates.delete(chosen.id)
    except MonSmsError as error:
        st.session_state[_NOTICE_KEY] = ("error", error.user_message(current_language()))
        return
    composer_data.refresh("templates")
    st.session_state.pop(TEMPLATE_KEY, None)
    st.session_state[_NOTICE_KEY] = ("success", tr("composer.tpl.deleted"))


def templates_row() -> None:
    """Saved message texts, in an expander: load one into the editor, delete one, save the current text."""
    fetched = composer_data.templates()
    notice = st.session_state.pop(_NOTICE_KEY, None)
    if notice is not None:
        (st.success if notice[0] == "success" else st.error)(notice[1])
    templates = {str(t.id): t for t in fetched.value if t.id and t.text} if fetched.ok else {}
    labels = picker_labels(templates.values())  # by name when the team named them (Modèles page)
    with st.expander(tr("composer.tpl.title", count=len(templates)), icon=":material/bookmarks:"):
        if not fetched.ok:
            st.caption(fetched.message(current_language()))
        st.selectbox(
            tr("composer.tpl.label"),
            list(templates),
            index=None,
            key=TEMPLATE_KEY,
            format_func=lambda tid: labels.get(tid, str(tid)),
            placeholder=tr("composer.tpl.placeholder") if templates else tr("composer.tpl.none"),
            disabled=not templates,
        )
        chosen = st.session_state.get(TEMPLATE_KEY) in templates
        load, delete, save = st.columns(3)
        load.button(
            tr("composer.tpl.load"),
            icon=":material/download:",
            on_click=_load_template,
            args=(templates,),
            disabled=not chosen,
            width="stretch",
            help=tr("composer.tpl.load_help"),
        )
        delete.button(
            tr("composer.tpl.delete"),
            icon=":material/delete:",
            on_click=_delete_template,
            args=(templates,),
            disabled=not chosen,
            width="stretch",
        )
        save.button(
            tr("composer.tpl.save"),
            icon=":material/bookmark_add:",
            on_click=_save_template,
            disabled=not current_text().strip(),
            width="stretch",
        )
        manage_link()


def text_editor() -> str:
    """The message text area (with its hint and undo); returns the committed text."""
    st.text_area(
        tr("composer.text_label"),
        key=TEXT_KEY,
        height=170,
        max_chars=MAX_TEXT,
        placeholder=tr("composer.text_placeholder"),
    )
    live_counter(tr("composer.text_label"), current_text())
    st.caption(tr("composer.text_hint"))
    undo = _undo_available()
    if undo is not None:
        st.button(tr(f"composer.undo.{undo[0]}"), icon=":material/undo:", on_click=_undo)
    return current_text()


def field_menu(fields: list[str]) -> None:
    """A menu of the recipients' fields and an "Insérer" button appending the chosen one to the text."""
    if not fields:
        st.caption(tr("composer.fields.none"))
        return
    pick, insert = st.columns([3, 2], vertical_alignment="bottom")
    pick.selectbox(tr("composer.fields.label"), fields, key=FIELD_KEY, format_func=lambda f: "{" + f + "}")
    insert.button(tr("composer.fields.insert"), icon=":material/add:", on_click=_insert, width="stretch")

"""The opt-out list ("liste d'opposition"): numbers that asked to stop, added by hand or from a file,
left out of every send."""

from __future__ import annotations

import streamlit as st

from monsms_core import exports
from monsms_core.contacts.optouts import add_from_check, add_typed, optouts_frame
from monsms_core.i18n.formatting import format_number
from monsms_core.importer import DEFAULT_LIMITS, ColumnMapping, ImportProblem
from monsms_core.importer.isolated import checked_upload, remove_workdir
from monsms_core.importer.limits import MEGABYTE
from monsms_core.phones import normalize_phone, pretty_phone
from ui.contacts import widgets as contacts_widgets
from ui.contacts.import_steps import ACCEPTED_TYPES, check_stage, new_upload, read_stage
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.downloads import export_buttons
from ui.shell.i18n import current_language, tr

user = require_role("contacts")
lang = current_language()
store = resources.store()
NONCE_KEY = "oo_nonce"
FILE_KEY = "oo_upload"  # (uploader file id, import folder, content digest)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _report(added: int, already: int, rejected: list) -> None:
    parts = [tr("optouts.added", added=added, already=already)]
    if rejected:
        shown = ", ".join(
            f"« {r.original} » ({_lower_first(r.user_message(lang).rstrip('.'))})" for r in rejected[:5]
        )
        parts.append(tr("optouts.rejected", count=len(rejected), examples=shown))
    contacts_widgets.notice("success" if added else "warning", "  \n".join(parts))


def _add_typed() -> None:
    text = st.session_state.get("oo_numbers", "")
    if not text.strip():
        contacts_widgets.notice("error", tr("optouts.nothing_typed"))
        return
    outcome = add_typed(
        store,
        text,
        actor=user.username,
        reason=st.session_state.get("oo_reason", ""),
        region=resources.default_country(),
    )
    _report(outcome.added, outcome.already, list(outcome.rejected))
    st.session_state["oo_numbers"] = st.session_state["oo_reason"] = ""


st.title(tr("page.optouts.title"), anchor=False)
st.caption(tr("optouts.intro"))
contacts_widgets.show_notice()

records = store.optouts.list()
st.columns(4)[0].metric(tr("optouts.count"), format_number(len(records), lang), border=True)

typed_tab, file_tab = st.tabs([tr("optouts.tab.typed"), tr("optouts.tab.file")])
with typed_tab, st.form("oo_typed", border=False):
    st.text_area(
        tr("optouts.numbers"), key="oo_numbers", placeholder=tr("optouts.numbers_placeholder"), height=110
    )
    st.text_input(tr("optouts.reason"), key="oo_reason", placeholder=tr("optouts.reason_placeholder"))
    st.form_submit_button(tr("optouts.add"), type="primary", icon=":material/block:", on_click=_add_typed)

with file_tab:
    uploaded = st.file_uploader(
        tr("optouts.file"), type=ACCEPTED_TYPES, key=f"oo_file_{st.session_state.get(NONCE_KEY, 0)}"
    )
    if uploaded is not None:
        # Read and checked in bounded child processes, like the Import page (importer.isolated).
        if st.session_state.get(FILE_KEY, (None,))[0] != uploaded.file_id:
            remove_workdir(st.session_state.get(FILE_KEY, (None, ""))[1])
            folder, file_digest = new_upload(uploaded)
            st.session_state[FILE_KEY] = (uploaded.file_id, str(folder), file_digest)
        _, folder_name, file_digest = st.session_state[FILE_KEY]
        try:
            if uploaded.size > DEFAULT_LIMITS.max_file_bytes:
                raise ImportProblem("too_large", limit_mb=DEFAULT_LIMITS.max_file_bytes // MEGABYTE)
            read = read_stage(folder_name, uploaded.name, None)
            columns = list(read.columns)
            phone_column = st.selectbox(
                tr("import.mapping.phone"),
                columns,
                index=columns.index(read.detected.phone) if read.detected.phone in columns else 0,
                key=f"oo_column_{file_digest}",
            )
            region = resources.default_country()
            mapping = ColumnMapping(phone=phone_column)
            checked = check_stage(folder_name, read.sheet, mapping, "optouts", region, lang, {})
        except ImportProblem as problem:
            st.error(problem.user_message(lang), icon=":material/error:")
        else:
            counts = checked.counts
            st.markdown(
                tr(
                    "optouts.file_summary",
                    valid=counts.valid,
                    rejected=counts.rejected,
                )
            )
            if st.button(
                tr("optouts.file_add"), type="primary", icon=":material/block:", disabled=not counts.valid
            ):
                result = checked_upload(folder_name, checked.key).result  # numbers only, for this click
                outcome = add_from_check(
                    store, result, actor=user.username, reason=tr("optouts.file_reason", file=uploaded.name)
                )
                _report(outcome.added, outcome.already, list(outcome.rejected))
                remove_workdir(folder_name)
                st.session_state.pop(FILE_KEY, None)
                st.session_state[NONCE_KEY] = st.session_state.get(NONCE_KEY, 0) + 1
                st.rerun()

st.subheader(tr("optouts.list"), anchor=False)
if not records:
    st.info(tr("optouts.empty"), icon=":material/check_circle:")
    st.stop()
find = st.text_input(tr("optouts.find"), key="oo_find", placeholder=tr("optouts.find_placeholder")).strip()
shown = records
if find:
    wanted = normalize_phone(find, resources.default_country()).phone
    digits = "".join(c for c in find if c.isdigit())
    shown = [r for r in records if (wanted and r.phone == wanted) or (digits and digits in r.phone)]
people = {account.username: account.display_name for account in store.users.list()}
table = optouts_frame(shown, lang, people)
state = st.dataframe(
    table, hide_index=True, width="stretch", on_select="rerun", selection_mode="multi-row", key="oo_table"
)
rows = [row for row in (state.selection.rows if state is not None else []) if row < len(shown)]
if rows:
    phones = [shown[row].phone for row in rows]
    label = tr("optouts.remove", count=format_number(len(phones), lang))
    if st.button(label, icon=":material/undo:", key="oo_remove"):
        removed = sum(store.optouts.remove(phone, actor=user.username) for phone in phones)
        contacts_widgets.notice(
            "success",
            tr("optouts.removed", count=removed, example=pretty_phone(phones[0])),
        )
        st.rerun()
else:
    st.caption(tr("optouts.select_hint"))
full = optouts_frame(records, lang, people)
sheet = tr("page.optouts.title")
export_buttons(
    "liste-opposition",
    xlsx=lambda: exports.to_xlsx_bytes(full, sheet_name=sheet),
    csv=lambda: exports.to_csv_bytes(full),
)

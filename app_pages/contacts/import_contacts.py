"""Import contacts from a spreadsheet: file → columns → report → upload in the background (resumable)."""

from __future__ import annotations

import streamlit as st

from monsms_core.contacts.groups import same_name
from monsms_core.contacts.import_jobs import GroupTarget, create_upload_job, unfinished_jobs
from monsms_core.i18n.formatting import format_number
from monsms_core.importer import DEFAULT_LIMITS, ImportProblem, detect_mapping
from monsms_core.importer.limits import MEGABYTE
from ui.contacts import data as contacts_data
from ui.contacts import upload_panel
from ui.contacts.import_steps import (
    ACCEPTED_TYPES,
    counts_row,
    digest,
    mapping_form,
    read_sheet,
    rejected_downloads,
    review_tables,
    run_check,
    sheet_names,
    sheet_preview,
)
from ui.runtime import resources
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain

user = require_role("contacts")
lang = current_language()
store = resources.store()
NONCE_KEY = "imp_uploader_nonce"


def _new_file() -> None:
    st.session_state.pop(upload_panel.FOLLOW_KEY, None)
    st.session_state[NONCE_KEY] = st.session_state.get(NONCE_KEY, 0) + 1


st.title(tr("page.import.title"), anchor=False)
st.caption(tr("import.intro"))

following = st.session_state.get(upload_panel.FOLLOW_KEY)
if following is not None:
    worker = contacts_data.upload_registry().get(following)
    if worker is not None and worker.running:
        st.subheader(tr("import.progress.title"), anchor=False)
        upload_panel.progress(following)
    else:
        st.subheader(tr("import.summary.title"), anchor=False)
        upload_panel.summary(store, following)
    st.button(tr("import.again"), icon=":material/upload_file:", on_click=_new_file)
upload_panel.unfinished(store, unfinished_jobs(store, user.username), user.username, following)
if following is not None:
    st.stop()

# 1. The file
st.subheader(tr("import.step.file"), anchor=False)
uploaded = st.file_uploader(
    tr("import.file.label"),
    type=ACCEPTED_TYPES,
    key=f"imp_file_{st.session_state.get(NONCE_KEY, 0)}",
    help=tr("import.file.help", limit=DEFAULT_LIMITS.max_file_bytes // MEGABYTE),
)
if uploaded is None:
    st.info(tr("import.file.empty"), icon=":material/table_view:")
    st.stop()
data = uploaded.getvalue()
file_key = digest(data)
try:
    names, default_sheet = sheet_names(data, uploaded.name)
    chosen_sheet = default_sheet
    if len(names) > 1:
        chosen_sheet = st.selectbox(
            tr("import.file.sheet"), names, index=names.index(default_sheet), key=f"imp_sheet_{file_key}"
        )
    sheet = read_sheet(data, uploaded.name, chosen_sheet)
except ImportProblem as problem:
    st.error(problem.user_message(lang), icon=":material/error:")
    st.stop()
header_note = (
    tr("import.file.header_row", row=sheet.header_row) if sheet.header_row else tr("import.file.no_header")
)
st.caption(tr("import.file.read", rows=format_number(len(sheet.frame), lang), header=header_note))
sheet_preview(sheet)

# 2. The columns
st.subheader(tr("import.step.columns"), anchor=False)
st.caption(tr("import.mapping.intro"))
mapping = mapping_form(sheet, detect_mapping(sheet.frame), f"{file_key}_{chosen_sheet}")
try:
    mapping.validate(sheet.frame)
except ImportProblem as problem:
    st.error(problem.user_message(lang), icon=":material/error:")
    st.stop()

# 3. The report, before anything is sent
st.subheader(tr("import.step.report"), anchor=False)
index = contacts_data.ensure_index()
if index is None:
    st.stop()
stamp = f"{index.built_at.isoformat()}-{len(index)}"
with st.spinner(tr("import.checking")):
    region = resources.default_country()
    result = run_check(file_key, chosen_sheet, mapping, stamp, sheet.frame, index.phones(), region=region)
counts_row(result)
review_tables(result, file_key)
rejected_downloads(result, uploaded.name)

# 4. Where the contacts go, and go
st.subheader(tr("import.step.upload"), anchor=False)
groups = contacts_data.groups()
group_frame = groups.value if groups.ok else None
if not groups.ok:
    st.warning(groups.message(lang), icon=":material/cloud_off:")
destination = st.radio(
    tr("import.group.label"),
    ["none", "new", "existing"] if group_frame is not None and len(group_frame) else ["none", "new"],
    format_func=lambda choice: tr(f"import.group.{choice}"),
    horizontal=True,
    key="imp_destination",
)
target: GroupTarget | None = None
if destination == "new":
    name = st.text_input(tr("import.group.new_name"), key="imp_group_name", max_chars=100).strip()
    if name:
        twin = None
        if group_frame is not None:
            twin = next((row for row in group_frame.itertuples() if same_name(row.name, name)), None)
        if twin is not None:
            st.info(tr("import.group.exists", group=plain(twin.name)), icon=":material/info:")
            target = GroupTarget(twin.name, twin.id)
        else:
            target = GroupTarget(name)
elif destination == "existing" and group_frame is not None:
    chosen = st.selectbox(
        tr("import.group.existing_pick"),
        group_frame["id"].tolist(),
        format_func=lambda gid: tr(
            "import.group.option",
            name=group_frame.loc[group_frame["id"] == gid, "name"].iloc[0],
            count=format_number(int(group_frame.loc[group_frame["id"] == gid, "members"].iloc[0]), lang),
        ),
        key="imp_group_existing",
    )
    if chosen:
        target = GroupTarget(str(group_frame.loc[group_frame["id"] == chosen, "name"].iloc[0]), chosen)

valid = result.counts.valid
blocked = valid == 0 or (destination != "none" and target is None)
if valid == 0:
    st.warning(tr("import.nothing_to_import"), icon=":material/warning:")
if st.button(
    tr("import.go", count=format_number(valid, lang)),
    type="primary",
    icon=":material/cloud_upload:",
    disabled=blocked,
    key="imp_go",
):
    job_id = create_upload_job(
        store,
        result,
        created_by=user.username,
        filename=uploaded.name,
        group=target,
        existing_ids=index.id_by_phone() if result.counts.already_in_account else None,
    )
    upload_panel.start(store, job_id, user.username)
    st.rerun()
st.caption(tr("import.go_help"))

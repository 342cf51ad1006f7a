"""Import contacts from a spreadsheet: file → columns → report → upload in the background (resumable)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from monsms_core.contacts.groups import same_name
from monsms_core.contacts.import_jobs import GroupTarget, unfinished_jobs
from monsms_core.importer import DEFAULT_LIMITS, ImportProblem, model_filename, model_sheet
from monsms_core.importer.isolated import remove_workdir
from monsms_core.importer.limits import MEGABYTE
from ui.contacts import data as contacts_data
from ui.contacts import upload_panel
from ui.contacts.custom_fields import kept_columns_note
from ui.contacts.import_steps import (
    ACCEPTED_TYPES,
    check_stage,
    counts_row,
    mapping_form,
    new_upload,
    read_stage,
    review_tables,
    sheet_preview,
)
from ui.runtime import resources
from ui.runtime.duties import worker_notice
from ui.shell.auth import require_role
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain

user = require_role("contacts")
lang = current_language()
store = resources.store()
NONCE_KEY = "imp_uploader_nonce"
FOLDER_KEY, NAME_KEY, DIGEST_KEY = "imp_folder", "imp_filename", "imp_digest"


def _forget_file(*, remove: bool = True) -> None:
    folder = st.session_state.pop(FOLDER_KEY, None)
    if folder and remove:
        remove_workdir(folder)  # abandoned: its copy and results go now, not in six hours
    st.session_state.pop(NAME_KEY, None)
    st.session_state.pop(DIGEST_KEY, None)


def _new_file() -> None:
    st.session_state.pop(upload_panel.FOLLOW_KEY, None)
    st.session_state.pop(upload_panel.PREP_KEY, None)
    _forget_file()
    st.session_state[NONCE_KEY] = st.session_state.get(NONCE_KEY, 0) + 1


st.title(tr("page.import.title"), anchor=False)
st.caption(tr("import.intro"))

preparing = st.session_state.get(upload_panel.PREP_KEY)
if preparing is not None:
    st.subheader(tr("import.progress.title"), anchor=False)
    upload_panel.preparing(store, preparing)
    st.button(tr("import.again"), icon=":material/upload_file:", on_click=_new_file)
    st.stop()
following = st.session_state.get(upload_panel.FOLLOW_KEY)
if following is not None:
    if upload_panel.running(store, following):
        st.subheader(tr("import.progress.title"), anchor=False)
        upload_panel.progress(following)
    else:
        st.subheader(tr("import.summary.title"), anchor=False)
        upload_panel.summary(store, following)
    st.button(tr("import.again"), icon=":material/upload_file:", on_click=_new_file)
upload_panel.unfinished(store, unfinished_jobs(store, user.username), user.username, following)
if following is not None:
    st.stop()

# 1. The file: straight to its import folder on disk; the uploader is then emptied, so this process
# keeps no copy of it (reading and checking happen in bounded child processes).
st.subheader(tr("import.step.file"), anchor=False)
worker_notice()
if FOLDER_KEY not in st.session_state:
    hint, model = st.columns([3, 1], vertical_alignment="center")
    hint.caption(tr("import.model.hint"))
    model.download_button(
        tr("import.model.download"), model_sheet(lang), file_name=model_filename(lang), key="imp_model",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:", on_click="ignore", width="stretch",
    )  # fmt: skip
    uploaded = st.file_uploader(
        tr("import.file.label"),
        type=ACCEPTED_TYPES,
        key=f"imp_file_{st.session_state.get(NONCE_KEY, 0)}",
        help=tr("import.file.help", limit=DEFAULT_LIMITS.max_file_bytes // MEGABYTE),
    )
    if uploaded is None:
        st.info(tr("import.file.empty"), icon=":material/table_view:")
        st.stop()
    if uploaded.size > DEFAULT_LIMITS.max_file_bytes:  # answered before a byte is read
        limit_mb = DEFAULT_LIMITS.max_file_bytes // MEGABYTE
        st.error(ImportProblem("too_large", limit_mb=limit_mb).user_message(lang), icon=":material/error:")
        st.stop()
    folder, file_digest = new_upload(uploaded)
    st.session_state.update({FOLDER_KEY: str(folder), NAME_KEY: uploaded.name, DIGEST_KEY: file_digest})
    st.session_state[NONCE_KEY] = st.session_state.get(NONCE_KEY, 0) + 1
    st.rerun()
folder, filename, file_key = (
    st.session_state[FOLDER_KEY], st.session_state[NAME_KEY], st.session_state[DIGEST_KEY]
)  # fmt: skip
file_row = st.container(horizontal=True, vertical_alignment="center")
file_row.markdown(tr("import.file.chosen", name=filename))
file_row.button(tr("import.file.change"), icon=":material/upload_file:", on_click=_new_file, key="imp_change")
try:
    with st.spinner(tr("import.reading")):
        read = read_stage(folder, filename, None)
        if len(read.sheets) > 1:
            chosen_sheet = st.selectbox(
                tr("import.file.sheet"), read.sheets, index=read.sheets.index(read.sheet),
                key=f"imp_sheet_{file_key}",
            )  # fmt: skip
            if chosen_sheet != read.sheet:
                read = read_stage(folder, filename, chosen_sheet)
except ImportProblem as problem:
    st.error(problem.user_message(lang), icon=":material/error:")
    st.stop()
header_note = (
    tr("import.file.header_row", row=read.header_row) if read.header_row else tr("import.file.no_header")
)
st.caption(tr("import.file.read", rows=read.rows, header=header_note))
sheet_preview(read)

# 2. The columns
st.subheader(tr("import.step.columns"), anchor=False)
st.caption(tr("import.mapping.intro"))
mapping = mapping_form(read, f"{file_key}_{read.sheet}")
kept_columns_note(mapping, read.columns)
try:
    mapping.validate(pd.DataFrame(columns=read.columns))
except ImportProblem as problem:
    st.error(problem.user_message(lang), icon=":material/error:")
    st.stop()

# 3. The report, before anything is sent
st.subheader(tr("import.step.report"), anchor=False)
index = contacts_data.ensure_index()
if index is None:
    st.stop()
stamp = f"{index.built_at.isoformat()}-{len(index)}"
try:
    with st.spinner(tr("import.checking")):
        region = resources.default_country()
        checked = check_stage(folder, read.sheet, mapping, stamp, region, lang, index.id_by_phone())
except ImportProblem as problem:
    st.error(problem.user_message(lang), icon=":material/error:")
    st.stop()
counts_row(checked.counts)
review_tables(checked, file_key, folder, filename)

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
            count=int(group_frame.loc[group_frame["id"] == gid, "members"].iloc[0]),
        ),
        key="imp_group_existing",
    )
    if chosen:
        target = GroupTarget(str(group_frame.loc[group_frame["id"] == chosen, "name"].iloc[0]), chosen)

valid = checked.counts.valid
blocked = valid == 0 or (destination != "none" and target is None)
if valid == 0:
    st.warning(tr("import.nothing_to_import"), icon=":material/warning:")
if st.button(
    tr("import.go", count=valid),
    type="primary",
    icon=":material/cloud_upload:",
    disabled=blocked,
    key="imp_go",
):
    # The worker stores the checked rows as an import job, then uploads them; the folder is its now.
    upload_panel.start_import(store, Path(folder), checked.key, user.username, filename, target)
    _forget_file(remove=False)
    st.rerun()
st.caption(tr("import.go_help"))

"""The import page's upload part: queueing the import for the worker, its progress bar (read from the
store), the final summary, and the list of unfinished imports with a "Reprendre" button (after a pause,
a job given up, or an import from before the worker)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from monsms_core.contacts.import_jobs import (
    GroupTarget,
    created_contacts,
    read_journal,
    reason_counts,
    reason_message,
)
from monsms_core.i18n.formatting import format_datetime, format_number
from monsms_core.store import ImportJob, Store
from monsms_core.worker import enqueue_import, enqueue_upload, import_job_of, job_problem, pause, upload_of
from ui.contacts import data as contacts_data
from ui.contacts.import_next import group_next_steps
from ui.runtime import resources
from ui.shell.i18n import current_language, tr

FOLLOW_KEY = "imp_follow_job"  # the import job this page follows
PREP_KEY = "imp_prep_job"  # the worker job turning a checked file into an import job
PATCHED_KEY = "imp_patched_jobs"


def start(store: Store, job_id: int, username: str) -> None:
    """Queue (or resume) the upload of import job `job_id` and follow it on this page."""
    enqueue_upload(store, job_id, username)
    st.session_state[FOLLOW_KEY] = job_id


def start_import(
    store: Store, folder: Path, check_key: str, username: str, filename: str, group: GroupTarget | None
) -> None:
    """Queue the import of a checked file and follow its preparation, then its upload."""
    job = enqueue_import(store, folder, check_key, actor=username, filename=filename, group=group)
    st.session_state.pop(FOLLOW_KEY, None)
    st.session_state[PREP_KEY] = job.id


def running(store: Store, job_id: int) -> bool:
    """True while the upload of import job `job_id` is queued or running in a worker."""
    job = upload_of(store, job_id)
    return job is not None and job.status in ("queued", "running")


@st.fragment(run_every=1.0)
def preparing(store: Store, worker_job_id: int) -> None:
    """While the worker stores the checked rows as an import job; then the page follows its upload."""
    found = import_job_of(store, worker_job_id)
    if found is not None:
        st.session_state.pop(PREP_KEY, None)
        st.session_state[FOLLOW_KEY] = found
        st.rerun(scope="app")
    job = store.worker_jobs.get(worker_job_id)
    problem = job_problem(job, current_language())
    if problem is not None:
        st.error(problem, icon=":material/error:")
        st.session_state.pop(PREP_KEY, None)
        return
    waiting = job is None or job.status == "queued"
    st.progress(0.0, text=tr("worker.import.waiting") if waiting else tr("import.checking"))


def _fraction(counts: dict[str, int]) -> float:
    total = counts.get("total", 0)
    return 1.0 if not total else (total - counts.get("pending", 0)) / total


@st.fragment(run_every=1.0)
def progress(job_id: int) -> None:
    """The progress bar of a running job, refreshed every second; the whole page reruns at the end."""
    store = resources.store()
    job = upload_of(store, job_id)
    if job is None or job.status not in ("queued", "running"):
        st.rerun()
    counts = store.import_jobs.progress(job_id)
    if counts.get("pending", 0) == 0 and counts.get("total", 0):
        text = tr("import.progress.group")
    else:
        text = tr(
            "import.progress.contacts",
            done=counts.get("created", 0),
            total=counts.get("total", 0) - counts.get("skipped", 0),
        )
    st.progress(_fraction(counts), text=text)
    st.button(
        tr("import.progress.pause"), icon=":material/pause:", on_click=_pause, args=(store, job.id),
        key=f"imp_pause_{job_id}",
    )  # fmt: skip


def summary(store: Store, job_id: int) -> None:
    """What the job did: created, skipped and failed with their reasons, the group, what to do next."""
    lang = current_language()
    job = store.import_jobs.get(job_id)
    if job is None:
        return
    counts = job.counts
    journal = read_journal(store, job_id)
    n = {key: int(counts.get(key, 0)) for key in ("created", "skipped", "failed", "pending")}
    if journal.finished:
        st.success(tr("import.summary.done", **n), icon=":material/task_alt:")
        details = journal.finished_details or {}
        if details.get("group_name"):
            st.markdown(
                tr(
                    "import.summary.group",
                    group=details["group_name"],
                    added=int(details.get("group_added") or 0),
                )
            )
            if details.get("group_id"):
                group_next_steps(str(details["group_id"]), key=f"import_{job_id}")
        _patch_index_once(store, job_id)
    else:
        st.warning(tr("import.summary.unfinished", **n), icon=":material/pause_circle:")
        problem = job_problem(upload_of(store, job_id), lang)
        if problem is not None:
            st.error(problem, icon=":material/cloud_off:")
    for status in ("skipped", "failed"):
        reasons = reason_counts(store, job_id, status) if counts.get(status) else {}
        if reasons:
            st.markdown(f"**{tr(f'import.summary.{status}_title')}**")
            table = pd.DataFrame(
                {
                    tr("importer.report.reason"): [reason_message(code, lang) for code in reasons],
                    tr("import.summary.col_count"): [format_number(v, lang) for v in reasons.values()],
                }
            )
            st.dataframe(table, hide_index=True, width="stretch")


def _patch_index_once(store: Store, job_id: int) -> None:
    # The search index learns the new contacts without reading 100,000 contacts again.
    done: set[int] = st.session_state.setdefault(PATCHED_KEY, set())
    if job_id not in done:
        done.add(job_id)
        contacts_data.index_holder().patch(added=created_contacts(store, job_id))
        contacts_data.changed()


def unfinished(store: Store, jobs: list[ImportJob], username: str, following: int | None) -> None:
    """The user's unfinished imports, each with "Reprendre"."""
    lang = current_language()
    # The job followed above is left out while its progress bar shows; paused or stopped, it is listed
    # here with its "Reprendre" button.
    active = {job.id for job in jobs if running(store, job.id)}
    waiting = [job for job in jobs if not (job.id == following and job.id in active)]
    if not waiting:
        return
    st.subheader(tr("import.unfinished.title"), anchor=False)
    for job in waiting:
        is_running = job.id in active
        counts = job.counts
        with st.container(border=True):
            text, action = st.columns([4, 1], vertical_alignment="center")
            text.markdown(
                tr(
                    "import.unfinished.line",
                    file=job.filename,
                    date=format_datetime(job.created_at, lang),
                    created=counts.get("created", 0),
                    pending=counts.get("pending", 0),
                )
                + (f"  \n{tr('import.unfinished.group', group=job.group_name)}" if job.group_name else "")
            )
            action.button(
                tr("import.unfinished.following") if is_running else tr("import.unfinished.resume"),
                icon=":material/play_arrow:",
                key=f"imp_resume_{job.id}",
                on_click=start,
                args=(store, job.id, username),
                type="primary",
                width="stretch",
            )


def _pause(store: Store, job_id: int) -> None:
    """Button callback: ask the worker to pause the upload after its current batch."""
    pause(store, job_id)

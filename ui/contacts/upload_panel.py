"""The import page's upload part: starting a job's worker, its progress bar, the final summary, and the
list of unfinished imports with a "Reprendre" button (after a closed tab, a cut connection or a restart)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core.contacts.import_jobs import created_contacts, read_journal, reason_counts, reason_message
from monsms_core.contacts.upload_worker import UploadWorker
from monsms_core.i18n.formatting import format_datetime, format_number
from monsms_core.store import ImportJob, Store
from ui.contacts import data as contacts_data
from ui.runtime import resources
from ui.shell.i18n import current_language, tr

FOLLOW_KEY = "imp_follow_job"
PATCHED_KEY = "imp_patched_jobs"


def start(store: Store, job_id: int, username: str) -> UploadWorker:
    """Start (or join) the worker of `job_id` and follow it on this page."""
    worker = contacts_data.upload_registry().start(store, resources.client(), job_id, actor=username)
    st.session_state[FOLLOW_KEY] = job_id
    return worker


def _fraction(counts: dict[str, int]) -> float:
    total = counts.get("total", 0)
    return 1.0 if not total else (total - counts.get("pending", 0)) / total


@st.fragment(run_every=1.0)
def progress(job_id: int) -> None:
    """The progress bar of a running job, refreshed every second; the whole page reruns at the end."""
    worker = contacts_data.upload_registry().get(job_id)
    if worker is None or not worker.running:
        st.rerun()
    lang = current_language()
    counts = worker.counts
    if worker.phase == "group":
        text = tr("import.progress.group")
    else:
        text = tr(
            "import.progress.contacts",
            done=format_number(counts.get("created", 0), lang),
            total=format_number(counts.get("total", 0) - counts.get("skipped", 0), lang),
        )
    st.progress(_fraction(counts), text=text)
    st.button(
        tr("import.progress.pause"), icon=":material/pause:", on_click=worker.stop, key=f"imp_pause_{job_id}"
    )


def summary(store: Store, job_id: int) -> None:
    """What the job did: created, skipped and failed with their reasons, the group, what to do next."""
    lang = current_language()
    job = store.import_jobs.get(job_id)
    if job is None:
        return
    counts = job.counts
    journal = read_journal(store, job_id)
    worker = contacts_data.upload_registry().get(job_id)
    result = worker.result if worker is not None else None
    n = {key: format_number(counts.get(key, 0), lang) for key in ("created", "skipped", "failed", "pending")}
    if journal.finished:
        st.success(tr("import.summary.done", **n), icon=":material/task_alt:")
        details = journal.finished_details or {}
        if details.get("group_name"):
            st.markdown(
                tr(
                    "import.summary.group",
                    group=details["group_name"],
                    added=format_number(int(details.get("group_added") or 0), lang),
                )
            )
        _patch_index_once(store, job_id)
    else:
        st.warning(tr("import.summary.unfinished", **n), icon=":material/pause_circle:")
        if result is not None and result.error is not None:
            st.error(result.error.user_message(lang), icon=":material/cloud_off:")
        elif worker is not None and worker.error is not None:
            st.error(tr("import.summary.crashed"), icon=":material/error:")
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
    registry = contacts_data.upload_registry()
    lang = current_language()
    # The job followed above is left out while its progress bar shows; paused or stopped, it is listed
    # here with its "Reprendre" button.
    waiting = [
        job for job in jobs
        if not (job.id == following and (worker := registry.get(job.id)) is not None and worker.running)
    ]  # fmt: skip
    if not waiting:
        return
    st.subheader(tr("import.unfinished.title"), anchor=False)
    for job in waiting:
        worker = registry.get(job.id)
        running = worker is not None and worker.running
        counts = job.counts
        with st.container(border=True):
            text, action = st.columns([4, 1], vertical_alignment="center")
            text.markdown(
                tr(
                    "import.unfinished.line",
                    file=job.filename,
                    date=format_datetime(job.created_at, lang),
                    created=format_number(counts.get("created", 0), lang),
                    pending=format_number(counts.get("pending", 0), lang),
                )
                + (f"  \n{tr('import.unfinished.group', group=job.group_name)}" if job.group_name else "")
            )
            action.button(
                tr("import.unfinished.following") if running else tr("import.unfinished.resume"),
                icon=":material/play_arrow:",
                key=f"imp_resume_{job.id}",
                on_click=start,
                args=(store, job.id, username),
                type="primary",
                width="stretch",
            )

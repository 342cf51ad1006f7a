"""A dashboard restarted after a crash, with nobody signing in: opening its login page is enough for
its embedded worker to take over the send the crash interrupted and finish it, exactly once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from monsms_core.client import MonSmsClient
from monsms_core.sending import SendPlan
from monsms_core.sending.tags import campaign_name, chunk_tag
from monsms_sandbox.control import SandboxControl
from tests.core.worker.worker_support import FAST, submit_send, tag_counts, wait_for
from tests.e2e.browser_support import StartApp, add_user, app_store

pytestmark = pytest.mark.e2e


def test_a_restarted_dashboard_resumes_an_interrupted_send_before_anyone_signs_in(
    tmp_path: Path, page: Page, start_app: StartApp, sandbox: SandboxControl, base_url: str
) -> None:
    key = sandbox.create_account(credit=1000)
    data_dir = tmp_path / "data"
    add_user(data_dir, "awa", "sender")
    with app_store(data_dir) as store, MonSmsClient(key, base_url) as client:
        # What the crash left: a job held by a worker that died, its send half done (chunk 0 created and
        # recorded, chunk 1 created but not recorded).
        entry = submit_send(store, "crash", 4)
        plan = SendPlan.from_payload(entry.payload)
        store.worker_jobs.enqueue("send", str(entry.id), actor="awa")
        assert store.worker_jobs.claim("dead-worker", timedelta(seconds=-1)) is not None
        store.outbox.transition(entry.id, ["pending"], "sending")
        made = [client.campaigns.create(plan.chunks[i].text, contacts=plan.chunks[i].phones,
                                        name=campaign_name(plan.name, chunk_tag(entry.send_key, i), i, 4))
                for i in (0, 1)]  # fmt: skip
        recorded = [made[0].id, None, None, None]
        store.outbox.transition(entry.id, ["sending"], "sending", campaign_ids=recorded)

        url = start_app(data_dir, api_key=key, base_url=base_url, extra=FAST)
        page.goto(url)  # the login page, nobody signs in
        expect(page.get_by_role("button", name="Se connecter")).to_be_visible()
        finished = lambda: getattr(store.outbox.get(entry.id), "status", None) == "sent"  # noqa: E731
        wait_for(finished, 60, "the interrupted send finished")
        assert sorted(tag_counts(client, sandbox).values()) == [1, 1, 1, 1]
        assert any(w.embedded for w in store.worker_jobs.live_workers(timedelta(seconds=30)))

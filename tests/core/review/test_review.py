"""The review state machine on SQLite and PostgreSQL, sending for real to the sandbox over HTTP: submit,
approve (exactly once, even with two reviewers at the same moment), reject, return, resubmit, the
approval voided by a change, self-approval refused unless an administrator overrides, schedules."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from monsms_core import review
from monsms_core.client import MonSmsClient
from monsms_core.compose import Recipient
from monsms_core.review import ReviewError
from monsms_core.sending import SendKeyConflictError, build_plan
from monsms_core.store import Store, schema
from monsms_sandbox.control import SandboxControl

PHONES = ("2250707000001", "2250505000002", "2250101000003")


def _plan(text: str = "Bonjour {prenom}, réunion des parents samedi à 9 h.", **options: object):
    people = [
        Recipient(phone, {"prenom": name})
        for phone, name in zip(PHONES, ("Awa", "Koffi", "Awa"), strict=True)
    ]
    return build_plan(people, text, name="Réunion parents", **options)  # type: ignore[arg-type]


def _creates(sandbox: SandboxControl) -> int:
    return int(sandbox.stats()["requests"].get("/campaign/create", 0))


def _actions(store: Store) -> list[str]:
    return [entry.action for entry in reversed(store.audit.list(action="review."))]


def test_submit_freezes_the_plan_and_is_idempotent(store: Store) -> None:
    plan = _plan()
    item = review.submit(store, plan, created_by="awa", send_key="draft-1")
    assert (item.status, item.created_by, item.revision) == ("submitted", "awa", 1)
    assert (item.recipients, item.credits, item.campaigns) == (3, 3, 2)
    assert item.fingerprint == plan.fingerprint and item.plan() == plan
    assert (item.name, item.template, item.send_type) == ("Réunion parents", plan.template, "SMS")
    assert review.submit(store, plan, created_by="awa", send_key="draft-1") == item
    with pytest.raises(SendKeyConflictError):
        review.submit(store, _plan("Autre texte"), created_by="awa", send_key="draft-1")
    assert review.count_waiting(store) == 1 and review.pending(store) == [item]
    assert store.outbox.list() == []  # nothing is authorised to send before approval
    assert _actions(store) == ["review.submitted"]


def test_approve_sends_exactly_once(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    item = review.submit(store, _plan(), created_by="awa", send_key="draft-1")
    result = review.approve(
        store, client, item.id, reviewer="kofi", role="reviewer", fingerprint=item.fingerprint
    )
    assert result.item.status == "approved" and result.item.decided_by == "kofi"
    assert result.execution is not None and result.execution.status == "sent"
    assert result.entry.status == "sent" and result.item.outbox_id == result.entry.id
    assert result.entry.created_by == "awa"  # the author's send, authorised by the reviewer
    assert _creates(sandbox) == 2  # two distinct texts → two campaigns, once each
    assert sorted(m["phone"] for m in sandbox.outbox(api_key)) == sorted(PHONES)
    assert "Approuvée" in result.user_message("fr")
    with pytest.raises(ReviewError) as again:
        review.approve(store, client, item.id, reviewer="ama", role="admin")
    assert again.value.code == "already_approved" and "kofi" in again.value.user_message("fr")
    # Dispatching again (e.g. a page finishing an interrupted approval) sends nothing more.
    assert review.dispatch(store, client, item.id, actor="kofi").execution.claimed is False
    assert _creates(sandbox) == 2
    assert review.count_waiting(store) == 0
    assert "review.approved" in _actions(store)


def test_two_reviewers_at_the_same_moment_one_send(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, base_url: str, api_key: str
) -> None:
    item = review.submit(store, _plan("Rappel : la cantine ferme à 14 h."), created_by="awa", send_key="d")
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def approve(name: str) -> None:
        with MonSmsClient(api_key, base_url, max_retries=0) as own_client:
            barrier.wait()
            try:
                outcomes.append(review.approve(store, own_client, item.id, reviewer=name, role="reviewer"))
            except ReviewError as error:
                outcomes.append(error)

    threads = [threading.Thread(target=approve, args=(name,)) for name in ("kofi", "ama")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    winners = [o for o in outcomes if isinstance(o, review.ApprovalResult)]
    losers = [o for o in outcomes if isinstance(o, ReviewError)]
    assert len(winners) == 1 and len(losers) == 1 and losers[0].code == "already_approved"
    assert winners[0].execution is not None and winners[0].execution.status == "sent"
    assert _creates(sandbox) == 1 and len(sandbox.outbox(api_key)) == 3
    assert len(store.audit.list(action="review.approved")) == 1
    assert len(store.outbox.list()) == 1


def test_nobody_approves_their_own_send_but_an_admin_may_override(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    item = review.submit(store, _plan(), created_by="awa", send_key="draft-1")
    with pytest.raises(ReviewError) as own:
        review.approve(store, client, item.id, reviewer="awa", role="reviewer")
    assert own.value.code == "own_submission"
    with pytest.raises(ReviewError) as viewer:
        review.approve(store, client, item.id, reviewer="yao", role="viewer")
    with pytest.raises(ReviewError) as sender:
        review.approve(store, client, item.id, reviewer="yao", role="sender")
    assert viewer.value.code == sender.value.code == "not_allowed"
    admin_item = review.submit(store, _plan("Message de l'administrateur"), created_by="ama", send_key="a")
    with pytest.raises(ReviewError) as no_reason:
        review.approve(store, client, admin_item.id, reviewer="ama", role="admin", override_reason="  ")
    assert no_reason.value.code == "override_reason_required"
    assert _creates(sandbox) == 0
    result = review.approve(
        store,
        client,
        admin_item.id,
        reviewer="ama",
        role="admin",
        override_reason="Relecteur absent, urgence",
    )
    assert result.item.override_reason == "Relecteur absent, urgence" and _creates(sandbox) == 1
    [entry] = store.audit.list(action="review.override")
    assert entry.actor == "ama" and entry.details["override_reason"] == "Relecteur absent, urgence"


def test_reject_and_return_need_a_reason_and_end_the_wait(store: Store, sandbox: SandboxControl) -> None:
    first = review.submit(store, _plan(), created_by="awa", send_key="one")
    second = review.submit(store, _plan("Deuxième message"), created_by="awa", send_key="two")
    with pytest.raises(ReviewError) as empty:
        review.reject(store, first.id, reviewer="kofi", role="reviewer", reason=" ")
    assert empty.value.code == "reason_required"
    rejected = review.reject(store, first.id, reviewer="kofi", role="reviewer", reason="Trop d'abréviations")
    assert (rejected.status, rejected.note, rejected.decided_by) == (
        "rejected",
        "Trop d'abréviations",
        "kofi",
    )
    with pytest.raises(ReviewError) as no_comment:
        review.return_for_edits(store, second.id, reviewer="kofi", role="reviewer", comment="")
    assert no_comment.value.code == "comment_required"
    returned = review.return_for_edits(
        store, second.id, reviewer="kofi", role="reviewer", comment="Ajoutez l'heure de la réunion"
    )
    assert returned.status == "returned" and review.count_waiting(store) == 0
    with pytest.raises(ReviewError) as final:
        review.resubmit(store, first.id, _plan("Corrigé"), actor="awa")
    assert final.value.code == "not_editable"
    assert _actions(store)[-2:] == ["review.rejected", "review.returned"]
    assert _creates(sandbox) == 0


def test_returned_then_resubmitted_then_approved(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    item = review.submit(store, _plan(), created_by="awa", send_key="draft-1")
    review.return_for_edits(store, item.id, reviewer="kofi", role="reviewer", comment="Précisez l'heure")
    with pytest.raises(ReviewError) as not_author:
        review.resubmit(store, item.id, _plan("Réunion samedi à 9 h 30"), actor="kofi")
    assert not_author.value.code == "not_author"
    new_plan = _plan("Bonjour {prenom}, réunion des parents samedi à 9 h 30 précises.")
    again = review.resubmit(store, item.id, new_plan, actor="awa")
    assert (again.status, again.revision, again.fingerprint) == ("submitted", 2, new_plan.fingerprint)
    assert again.note == "Précisez l'heure"  # the reviewer sees what they asked for last time
    with pytest.raises(ReviewError) as stale:  # the reviewer still looks at the first version
        review.approve(store, client, item.id, reviewer="kofi", role="reviewer", fingerprint=item.fingerprint)
    assert stale.value.code == "changed"
    review.approve(store, client, item.id, reviewer="kofi", role="reviewer", fingerprint=again.fingerprint)
    texts = {m["text"] for m in sandbox.outbox(api_key)}
    assert texts == {
        "Bonjour Awa, réunion des parents samedi à 9 h 30 précises.",
        "Bonjour Koffi, réunion des parents samedi à 9 h 30 précises.",
    }
    assert _actions(store) == ["review.submitted", "review.returned", "review.resubmitted", "review.approved"]


def test_a_change_after_approval_voids_it_and_nothing_old_is_sent(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    item = review.submit(store, _plan(), created_by="awa", send_key="draft-1")
    approved = review.approve(store, client, item.id, reviewer="kofi", role="reviewer", execute_now=False)
    assert approved.entry.status == "pending" and _creates(sandbox) == 0
    changed = review.resubmit(store, item.id, _plan("Réunion reportée à dimanche."), actor="awa")
    assert (changed.status, changed.decided_by, changed.outbox_id) == ("submitted", None, None)
    old_entry = store.outbox.get(approved.entry.id)
    assert old_entry is not None and (old_entry.status, old_entry.error) == ("failed", "approval_void")
    assert "review.voided" in _actions(store)
    review.approve(store, client, item.id, reviewer="kofi", role="reviewer")
    assert {m["text"] for m in sandbox.outbox(api_key)} == {"Réunion reportée à dimanche."}
    assert _creates(sandbox) == 1


def test_content_tampered_after_approval_is_caught_before_sending(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    item = review.submit(
        store, _plan("Paiement de la scolarité avant vendredi."), created_by="awa", send_key="d"
    )
    review.approve(store, client, item.id, reviewer="kofi", role="reviewer", execute_now=False)
    # The approval stands as long as the frozen content does: change one phone behind everyone's back.
    payload = dict(store.reviews.get(item.id).payload)
    payload["chunks"] = [{**payload["chunks"][0], "phones": ["2250707999999"]}]
    with store.db.write() as conn:
        conn.execute(update(schema.reviews).where(schema.reviews.c.id == item.id).values(payload=payload))
    with pytest.raises(ReviewError) as void:
        review.dispatch(store, client, item.id, actor="kofi")
    assert void.value.code == "approval_void"
    assert review.get(store, item.id).status == "submitted" and _creates(sandbox) == 0
    [entry] = store.audit.list(action="review.voided")
    assert entry.details["reason"] == "content_changed"


def test_too_late_to_change_once_sent(store: Store, client: MonSmsClient) -> None:
    item = review.submit(store, _plan(), created_by="awa", send_key="draft-1")
    review.approve(store, client, item.id, reviewer="kofi", role="reviewer")
    with pytest.raises(ReviewError) as late:
        review.resubmit(store, item.id, _plan("Trop tard"), actor="awa")
    assert late.value.code == "too_late" and review.get(store, item.id).status == "approved"


def test_a_scheduled_send_keeps_its_time_or_asks_for_a_new_one(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    later = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=3)
    on_time = review.submit(
        store, _plan("Rappel : réunion demain.", schedule=later), created_by="awa", send_key="a"
    )
    review.approve(store, client, on_time.id, reviewer="kofi", role="reviewer")
    [campaign] = client.campaigns.list().items
    assert campaign.type == "SCHEDULED" and campaign.scheduled_date == later

    late = review.submit(store, _plan("Fête de fin d'année", schedule=later), created_by="awa", send_key="b")
    after_time = later + timedelta(minutes=5)
    with pytest.raises(ReviewError) as passed:
        review.approve(store, client, late.id, reviewer="kofi", role="reviewer", now=after_time)
    assert passed.value.code == "schedule_passed" and "nouvelle" in passed.value.user_message("fr")
    with pytest.raises(ReviewError) as still_past:
        review.approve(
            store, client, late.id, reviewer="kofi", role="reviewer", now=after_time, new_schedule=later
        )
    assert still_past.value.code == "new_schedule_in_past"
    new_time = later + timedelta(days=1)
    result = review.approve(
        store, client, late.id, reviewer="kofi", role="reviewer", now=after_time, new_schedule=new_time
    )
    assert result.item.plan().schedule == new_time and result.execution.status == "sent"
    assert max(c.scheduled_date for c in client.campaigns.list().items) == new_time
    [entry] = store.audit.list(action="review.approved", text="rescheduled")[:1]
    assert entry.details["rescheduled_to"] == new_time.isoformat()
    assert _creates(sandbox) == 2

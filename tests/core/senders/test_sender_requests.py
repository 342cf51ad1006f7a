"""Sender names asked for from the dashboard, over real HTTP to the sandbox and real SQL: recorded with
who asked, followed to ACCEPTED / REFUSED, a taken name refused in words, every outcome audited."""

from __future__ import annotations

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.senders import SenderRequestError, record_status_changes, request_sender, track_requests
from monsms_core.store import Store
from monsms_sandbox.control import SandboxControl


def _creates(sandbox: SandboxControl) -> int:
    return int(sandbox.stats()["processed"].get("/sender/create", 0))


def _actions(store: Store) -> list[str]:
    return [entry.action for entry in store.audit.list(action="sender.")]


def test_a_request_is_recorded_then_followed_to_accepted_and_refused(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    record = request_sender(store, client, actor="awa", name=" ECOLE ", description="École Les Lauriers")
    assert (record.name, record.requested_by, record.last_status) == ("ECOLE", "awa", "PENDING")
    other = request_sender(store, client, actor="kofi", name="LAURIERS", description="")
    tracked = track_requests(store.sender_requests.list(), client.senders.iterate())
    assert [(t.record.name, t.status) for t in tracked] == [("LAURIERS", "pending"), ("ECOLE", "pending")]
    assert record_status_changes(store, tracked) == 0

    sandbox.set_sender_status(api_key, "ECOLE", "ACCEPTED")
    sandbox.set_sender_status(api_key, "LAURIERS", "REFUSED")
    tracked = track_requests(store.sender_requests.list(), client.senders.iterate())
    assert {t.record.name: t.status for t in tracked} == {"ECOLE": "accepted", "LAURIERS": "refused"}
    assert record_status_changes(store, tracked) == 2
    assert record_status_changes(store, tracked) == 0  # a change is audited once
    changes = store.audit.list(action="sender.status_changed")
    assert {(e.target, e.details["from"], e.details["to"]) for e in changes} == {
        ("ECOLE", "PENDING", "ACCEPTED"),
        ("LAURIERS", "PENDING", "REFUSED"),
    }
    requested = store.audit.list(action="sender.requested")
    assert [(e.actor, e.target) for e in requested] == [("kofi", "LAURIERS"), ("awa", "ECOLE")]
    assert other.sender_id == tracked[0].sender.id if tracked[0].sender else False


def test_a_taken_name_is_refused_in_words_without_asking_the_api(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    client.senders.create("ECOLE", "déjà là")
    sandbox.set_sender_status(api_key, "ECOLE", "ACCEPTED")
    before = _creates(sandbox)
    with pytest.raises(SenderRequestError) as caught:
        request_sender(store, client, actor="awa", name="ecole", description="encore")
    assert caught.value.code == "name_taken"
    assert caught.value.user_message("fr") == (
        "Le nom d'expéditeur « ECOLE » existe déjà sur votre compte (statut : accepté). "
        "Choisissez-le dans la liste s'il est accepté, ou demandez un autre nom."
    )
    assert "already exists on your account (status: accepted)" in caught.value.user_message("en")
    assert "(name)" not in caught.value.user_message("fr")
    assert _creates(sandbox) == before and store.sender_requests.list() == []
    (entry,) = store.audit.list(action="sender.request_refused")
    assert (entry.actor, entry.target, entry.details) == (
        "awa",
        "ecole",
        {"reason": "name_taken", "status": "accepted"},
    )


def test_the_apis_own_duplicate_refusal_is_also_told_in_words(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    # The check could not read the list (or the name was taken meanwhile): the API refuses the duplicate
    # in its own words ("already exists", no field) and the list read again gives the reason.
    client.senders.create("ECOLE", "déjà là")
    sandbox.add_fault("success_false", count=1, path="/sender/list")
    before = _creates(sandbox)
    with pytest.raises(SenderRequestError) as caught:
        request_sender(store, client, actor="awa", name="ECOLE", description="encore")
    assert int(sandbox.stats()["requests"]["/sender/create"]) == before + 1  # the API was asked, refused
    assert caught.value.code == "name_taken" and "statut : en attente" in caught.value.user_message("fr")
    assert _actions(store) == ["sender.request_refused"]


def test_a_lost_answer_is_settled_by_the_list_and_never_asked_twice(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    sandbox.add_fault("drop", count=1, path="/sender/create", phase="after")
    record = request_sender(store, client, actor="awa", name="ECOLE", description="École")
    assert _creates(sandbox) == 1
    assert record.sender_id == next(s.id for s in client.senders.iterate() if s.name == "ECOLE")
    assert _actions(store) == ["sender.requested"]


def test_a_failed_request_says_what_to_do_and_records_nothing(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    sandbox.add_fault("success_false", count=1, path="/sender/create")
    with pytest.raises(SenderRequestError) as caught:
        request_sender(store, client, actor="awa", name="ECOLE", description="École")
    assert caught.value.code == "api" and caught.value.cause is not None
    assert caught.value.user_message("fr") == caught.value.cause.user_message("fr")
    assert store.sender_requests.list() == [] and _actions(store) == ["sender.request_failed"]


def test_an_invalid_name_is_refused_before_any_call(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    with pytest.raises(SenderRequestError) as caught:
        request_sender(store, client, actor="awa", name="ÉCOLE-Ç", description="")
    assert caught.value.code == "invalid_name" and "de 3 à 11 caractères" in caught.value.user_message("fr")
    assert int(sandbox.stats()["requests"].get("/sender/list", 0)) == 0

"""Reconciliation after a lost answer: find the campaign by its tag, or prove it absent, before resending."""

from __future__ import annotations

from datetime import timedelta

from monsms_core.client import MonSmsClient
from monsms_core.compose import Recipient
from monsms_core.sending import build_plan, execute, reconcile, sent_campaign_ids, submit
from monsms_core.store import OutboxEntry, Store
from monsms_sandbox.control import SandboxControl

NOW = timedelta(0)


def _unknown_entry(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, phase: str, kind: str = "timeout"
) -> OutboxEntry:
    """A 3-campaign send whose first creation got no answer (processed or not, per `phase`)."""
    people = [Recipient(f"22505{i:08d}", {"nom": ("Kone", "Traore", "Yao")[i % 3]}) for i in range(9)]
    entry = submit(
        store, build_plan(people, "Famille {nom} : réunion samedi", name="AG"), created_by="awa", send_key="k"
    )
    sandbox.add_fault(kind, count=1, path="/campaign/create", phase=phase, seconds=1.0)
    assert execute(store, client, entry.id).status == "unknown"
    sandbox.clear_faults()
    return entry


def _creates(sandbox: SandboxControl) -> int:
    return int(sandbox.stats()["requests"].get("/campaign/create", 0))


def test_processed_but_unanswered_is_found_and_never_sent_twice(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    entry = _unknown_entry(store, client, sandbox, "after")
    result = reconcile(store, client, entry.id, settle=NOW)
    assert (result.outcome, result.status, result.found, result.missing) == ("retry", "pending", (0,), (1, 2))
    done = execute(store, client, entry.id)
    assert (done.status, done.created) == ("sent", 2)
    assert _creates(sandbox) == 3 and len(client.campaigns.list().items) == 3
    stored = store.outbox.get(entry.id)
    assert stored is not None and len(set(sent_campaign_ids(stored))) == 3
    assert store.audit.list(action="send.reconciled")[0].details["found"] == [0]


def test_a_single_lost_chunk_found_makes_the_entry_sent(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    entry = submit(store, build_plan([Recipient("2250707123456")], "Salut"), created_by="awa", send_key="one")
    sandbox.add_fault("drop", count=1, path="/campaign/create", phase="after")
    assert execute(store, client, entry.id).status == "unknown"
    result = reconcile(store, client, entry.id)  # found: no need to wait for anything to settle
    assert (result.outcome, result.status) == ("sent", "sent")
    assert reconcile(store, client, entry.id).outcome == "not_unknown"
    assert _creates(sandbox) == 1


def test_never_processed_is_proven_absent_then_sent_once(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    entry = _unknown_entry(store, client, sandbox, "before")
    early = reconcile(store, client, entry.id)  # default settle: a slow server might still create it
    assert (early.outcome, early.status) == ("too_early", "unknown")
    assert early.retry_after is not None and early.retry_after > 0
    assert not execute(store, client, entry.id).claimed  # still unknown: nobody may send
    result = reconcile(store, client, entry.id, settle=NOW)
    assert (result.outcome, result.status, result.found, result.missing) == (
        "retry",
        "pending",
        (),
        (0, 1, 2),
    )
    assert execute(store, client, entry.id).status == "sent"
    assert len(client.campaigns.list().items) == 3 and _creates(sandbox) == 4  # 1 lost + 3


def test_a_search_cut_short_by_the_window_is_inconclusive(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    entry = _unknown_entry(store, client, sandbox, "before", "drop")
    for text in ("Autre envoi 1", "Autre envoi 2"):
        client.campaigns.create(text, contacts=["2250707000001"], name="Hors tableau de bord #00000000")
    result = reconcile(store, client, entry.id, settle=NOW, window=1)
    assert (result.outcome, result.status, result.checked) == ("inconclusive", "unknown", 1)
    assert reconcile(store, client, entry.id, settle=NOW).outcome == "retry"


KONE_TEXT = "Famille Kone : réunion samedi"
KONE_PHONES = [f"22505{i:08d}" for i in (0, 3, 6)]  # chunk 0 of `_unknown_entry`


def test_a_lookalike_with_other_recipients_is_not_taken_for_the_lost_chunk(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    entry = _unknown_entry(store, client, sandbox, "before", "drop")
    client.campaigns.create(KONE_TEXT, contacts=["2250707000001"])  # made elsewhere: same text only
    result = reconcile(store, client, entry.id, settle=NOW)
    assert (result.outcome, result.found, result.missing) == ("retry", (), (0, 1, 2))


def test_two_lookalikes_without_names_are_left_to_a_person(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    entry = _unknown_entry(store, client, sandbox, "after", "drop")  # chunk 0 exists, unnamed in lists
    client.campaigns.create(KONE_TEXT, contacts=KONE_PHONES)  # and an identical one made elsewhere
    result = reconcile(store, client, entry.id, settle=NOW)
    assert (result.outcome, result.status, result.to_check) == ("ambiguous", "unknown", (0,))
    sentence = result.user_message("fr")
    assert sentence.startswith("À vérifier") and "Rien n'a été renvoyé" in sentence
    assert not execute(store, client, entry.id).claimed  # still unknown: nothing is resent on a doubt
    assert _creates(sandbox) == 2


def test_a_lookalike_from_another_sender_is_not_the_lost_chunk(
    store: Store, client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    for name in ("AWASHOP", "AUTRE"):
        client.senders.create(name, "Boutique")
        sandbox.set_sender_status(api_key, name, "ACCEPTED")
    people = [Recipient(phone, {}) for phone in KONE_PHONES]
    plan = build_plan(people, KONE_TEXT, sender_id="AWASHOP")
    entry = submit(store, plan, created_by="awa", send_key="s")
    sandbox.add_fault("drop", count=1, path="/campaign/create", phase="before")
    assert execute(store, client, entry.id).status == "unknown"
    client.campaigns.create(KONE_TEXT, contacts=KONE_PHONES, sender_id="AUTRE")  # same text and people
    result = reconcile(store, client, entry.id, settle=NOW)
    assert (result.outcome, result.missing) == ("retry", (0,))
    client.campaigns.create(KONE_TEXT, contacts=KONE_PHONES, sender_id="AWASHOP")  # now it is there
    store.outbox.transition(entry.id, ["pending"], "unknown")
    assert reconcile(store, client, entry.id, settle=NOW).outcome == "sent"


def test_the_search_stops_at_the_newest_recorded_campaign(
    store: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    for index in range(3):  # older campaigns the search must not need to read
        client.campaigns.create(f"Ancien envoi {index}", contacts=["2250707000001"])
    people = [Recipient(f"22505{i:08d}", {"nom": ("Kone", "Traore", "Yao")[i % 3]}) for i in range(9)]
    entry = submit(store, build_plan(people, "Famille {nom}", name="AG"), created_by="awa", send_key="k")

    def lose_the_second(done: int, total: int) -> None:
        if done == 1:
            sandbox.add_fault("drop", count=1, path="/campaign/create", phase="before")

    assert execute(store, client, entry.id, progress=lose_the_second).status == "unknown"
    result = reconcile(store, client, entry.id, settle=NOW, window=2)
    assert (result.outcome, result.checked, result.missing) == ("retry", 0, (1, 2))
    assert execute(store, client, entry.id).status == "sent"
    assert len(client.campaigns.list().items) == 3 + 3

"""Issue 13 point 5 in AppTest, against the test sandbox: sender names asked for from the dashboard are
listed with their status from `sender/list`, a taken name is refused in words (on the senders page and in
the composer), and every request is audited with who made it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, button, page_text
from tests.app.composer_support import Live, live_account, open_composer
from tests.app.review_support import open_page

PAGE = "app_pages/send/senders.py"


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    env.add_user("awa", "sender")
    env.add_user("yao", "viewer")
    yield from live_account(env, monkeypatch, sandbox, base_url)


def _rows(at: object) -> list[dict[str, object]]:
    return at.dataframe[0].value.to_dict("records")  # type: ignore[attr-defined]


def test_a_request_is_listed_pending_then_accepted_and_audited(env: AppEnv, live: Live) -> None:
    at = open_page("awa", PAGE)
    assert "Aucune demande pour l'instant" in page_text(at)
    at.text_input(key="senders_new_name").input("ECOLE")
    at.text_input(key="senders_new_reason").input("École Les Lauriers, Cocody")
    button(at, "Demander ce nom").click().run()
    assert "« ECOLE » est en attente de validation" in page_text(at)
    (row,) = _rows(at)
    assert (row["Nom"], row["Statut"], row["Demandé par"], row["Pour"]) == (
        "ECOLE", "En attente", "Awa", "École Les Lauriers, Cocody",
    )  # fmt: skip
    assert any(s.name == "ECOLE" and s.status == "PENDING" for s in live.client.senders.iterate())

    live.sandbox.set_sender_status(live.api_key, "ECOLE", "ACCEPTED")
    at = open_page("awa", PAGE)
    assert _rows(at)[0]["Statut"] == "Accepté"
    actions = [(e.actor, e.action, e.target) for e in env.store.audit.list(action="sender.")]
    assert actions == [("system", "sender.status_changed", "ECOLE"), ("awa", "sender.requested", "ECOLE")]


def test_a_taken_name_is_refused_in_words_on_the_page(env: AppEnv, live: Live) -> None:
    at = open_page("awa", PAGE)
    at.text_input(key="senders_new_name").input("awashop")  # the demo account's accepted name
    button(at, "Demander ce nom").click().run()
    text = page_text(at)
    assert "Le nom d'expéditeur « AWASHOP » existe déjà sur votre compte (statut : accepté)" in text
    assert "(name)" not in text and "Certaines informations" not in text
    assert env.store.sender_requests.list() == []
    assert [e.action for e in env.store.audit.list(action="sender.")] == ["sender.request_refused"]


def test_the_composers_request_is_recorded_and_a_taken_name_told_in_words(env: AppEnv, live: Live) -> None:
    at = open_composer()
    at.text_input(key="composer_new_sender").input("PROMO")
    button(at, "Envoyer la demande").click().run()
    assert "« PROMO » existe déjà sur votre compte (statut : accepté)" in page_text(at)
    at.text_input(key="composer_new_sender").input("ECOLE2")
    button(at, "Envoyer la demande").click().run()
    assert "« ECOLE2 » est en attente de validation" in page_text(at)
    assert [(r.name, r.requested_by) for r in env.store.sender_requests.list()] == [("ECOLE2", "awa")]


def test_a_viewer_cannot_open_the_page(live: Live) -> None:
    at = open_page("yao", PAGE)
    assert "Accès refusé" in page_text(at) and not at.text_input and not at.dataframe

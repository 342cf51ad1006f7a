"""The audit log page in AppTest: sign-ins, settings, submissions and decisions appear with who and when,
filtered by kind, person and text; the page has no control that could change the log."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_core import review
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception
from tests.app.review_support import Account, account, open_page, plan, users

AUDIT = "app_pages/admin/audit.py"


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Account]:
    users(env, ama="admin", awa="sender", kofi="reviewer")
    yield from account(monkeypatch, sandbox, base_url, seed=False)


def test_the_log_shows_who_did_what_and_filters(env: AppEnv, live: Account) -> None:
    env.store.app_settings.set("review_required", True, actor="ama")
    item = review.submit(env.store, plan(), created_by="awa", send_key="d1")
    review.reject(env.store, item.id, reviewer="kofi", role="reviewer", reason="Texte à revoir")
    open_page("awa", "app_pages/campaigns/campaigns.py")  # a sign-in of Awa
    at = open_page("ama", AUDIT)
    table = at.dataframe[0].value
    labels = list(table["label"])
    assert {"Connexion", "Paramètre modifié", "Soumis pour validation", "Envoi refusé"} <= set(labels)
    assert "Ama (ama)" in set(table["actor"]) and "Kofi (kofi)" in set(table["actor"])
    refused = table[table["label"] == "Envoi refusé"].iloc[0]
    assert "Texte à revoir" in refused["details"] and refused["target"] == f"validation n° {item.id}"

    at.multiselect(key="audit_categories").set_value(["reviews"]).run()
    assert set(at.dataframe[0].value["label"]) == {"Soumis pour validation", "Envoi refusé"}
    at.multiselect(key="audit_categories").set_value(["reviews", "login"]).run()
    assert "Connexion" in set(at.dataframe[0].value["label"])
    at.multiselect(key="audit_categories").set_value([]).run()

    at.selectbox(key="audit_actor").set_value("kofi").run()
    assert list(at.dataframe[0].value["label"]) == ["Envoi refusé"]
    at.selectbox(key="audit_actor").set_value(None).run()
    at.text_input(key="audit_text").input("revoir").run()
    assert list(at.dataframe[0].value["label"]) == ["Envoi refusé"]
    at.text_input(key="audit_text").input("personne-inconnue").run()
    assert not at.dataframe and "Aucune action enregistrée" in at.info[0].value
    assert_no_exception(at)
    # Read-only: besides the filters (and downloads), only the sidebar's sign-out button.
    assert [b.label for b in at.button] == ["Se déconnecter"] and not at.text_area and not at.checkbox


def test_senders_cannot_open_the_log(env: AppEnv, live: Account) -> None:
    at = open_page("awa", AUDIT)
    assert not at.dataframe and at.error

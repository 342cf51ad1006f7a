"""Issue 12, point 3 in AppTest, against the test sandbox over HTTP: a send blocked for lack of credit,
credit bought right there by mobile money, and the same draft sent once; a refused Orange Money code;
a double click on "Payer"; a reload while the payment is pending."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import requests
from streamlit.testing.v1 import AppTest

from monsms_core.accounts import SENDERS_MAY_BUY_KEY
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, login, new_app, page_text
from tests.app.composer_support import (
    Live,
    confirm,
    draft_key,
    live_account,
    open_composer,
    wait_for_entry,
    write,
)

NUMBERS = "\n".join(f"07 07 00 00 {i:02d}" for i in range(10, 22))  # 12 recipients, 12 credits
TEXT = "Réunion des parents samedi 9h."
PAY = "Payer 12\u202f500 FCFA"  # the STARTER pack (500 SMS), the smallest covering 12 missing credits


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    env.add_user("ada", "admin")
    env.add_user("awa", "sender")
    sandbox.config(payment_seconds=0)
    yield from live_account(env, monkeypatch, sandbox, base_url, seed=False, credit=0)


def blocked_send(username: str = "ada") -> AppTest:
    at = open_composer(username)
    at.text_area(key="composer_numbers").input(NUMBERS).run()
    write(at, TEXT)
    assert_no_exception(at)
    assert "Crédit insuffisant" in page_text(at) or "crédit" in page_text(at).lower()
    return at


def purchases(live: Live) -> int:
    return int(live.sandbox.stats()["processed"].get("/transaction/create", 0))


def run_until(at: AppTest, words: str, runs: int = 40) -> AppTest:
    """Rerun (as the waiting fragment does every 2 s) until `words` show; fail if they never do."""
    for _ in range(runs):
        if words in page_text(at):
            return at
        time.sleep(0.1)
        at.run()
        assert_no_exception(at)
    raise AssertionError(f"{words!r} never shown:\n{page_text(at)}")


def fill(at: AppTest, method: str, payer: str = "07 07 12 34 56", code: str | None = None) -> AppTest:
    at.radio(key="composer_pay_method").set_value(method).run()
    at.text_input(key="composer_pay_payer").input(payer).run()
    if code is not None:
        at.text_input(key="composer_pay_code").input(code).run()
    return at


def test_blocked_send_recharged_with_wave_then_sent_once_with_the_same_draft(
    env: AppEnv, live: Live, sandbox: SandboxControl
) -> None:
    sandbox.config(payment_seconds=3600)  # paid when the payer opens the Wave link, not before
    at = blocked_send()
    key = draft_key(at)
    assert button(at, "Envoyer…").disabled
    assert at.selectbox(key="composer_pay_pack").value == "offer_starter"  # smallest pack covering 12
    fill(at, "WAVE_CI")
    button(at, PAY).click().run()
    assert_no_exception(at)
    (link,) = [
        b.proto.url for b in at.get("link_button") if b.proto.label == "Ouvrir le lien de paiement Wave"
    ]
    assert requests.get(link, timeout=10).status_code == 200  # the payer opens it and approves
    run_until(at, "Paiement confirmé : 500 SMS ajoutés à votre crédit.")
    assert live.client.user.credit() == 500 and purchases(live) == 1
    assert draft_key(at) == key and at.text_area(key="composer_text").value == TEXT
    assert not button(at, "Envoyer…").disabled  # ready to confirm
    confirm(at)
    entry = wait_for_entry(env.store, key)
    assert entry.status == "sent" and entry.recipients == 12
    assert len(live.campaigns()) == 1 and live.creates() == 1
    assert live.client.user.credit() == 500 - 12
    actions = [e.action for e in env.store.audit.list() if e.action.startswith("payment.")]
    assert sorted(actions) == ["payment.attempted", "payment.charged", "payment.created"]


def test_a_refused_orange_money_code_says_why_adds_nothing_and_keeps_the_draft(live: Live) -> None:
    at = blocked_send()
    key = draft_key(at)
    fill(at, "OM_CI", code="1111")
    button(at, PAY).click().run()
    run_until(at, "Le paiement a été refusé")
    assert live.client.user.credit() == 0
    assert draft_key(at) == key and at.text_area(key="composer_text").value == TEXT
    assert button(at, "Envoyer…").disabled and "Faire un autre achat" in [b.label for b in at.button]


def test_a_wrong_payer_number_is_a_sentence_and_nothing_is_paid(live: Live) -> None:
    at = blocked_send()
    fill(at, "MTN_CI", payer="12")
    button(at, PAY).click().run()
    assert "pas un numéro mobile valide" in page_text(at) and purchases(live) == 0


def test_a_double_click_on_payer_makes_one_transaction(live: Live, sandbox: SandboxControl) -> None:
    sandbox.config(payment_seconds=3600)
    at = blocked_send()
    fill(at, "MTN_CI")
    pay = button(at, PAY)
    pay.click()
    pay.click()  # the second click of a double click, on the same form
    at.run()
    assert_no_exception(at)
    other_tab = blocked_send()  # another tab of the same buyer: it follows the same purchase
    assert "en attente de confirmation" in page_text(other_tab) and PAY not in [
        b.label for b in other_tab.button
    ]
    assert purchases(live) == 1
    assert sum(1 for t in live.client.transactions.iterate(count=5) if t.type == "RECHARGED") == 1


def test_a_reload_while_pending_shows_the_waiting_state_which_then_completes(
    env: AppEnv, live: Live, sandbox: SandboxControl
) -> None:
    sandbox.config(payment_seconds=3600)
    at = blocked_send()
    key = draft_key(at)
    fill(at, "MOOV_CI")
    button(at, PAY).click().run()
    assert "en attente de confirmation" in page_text(at)
    reloaded = open_composer("ada", draft=key)  # a new session on the same address
    assert "en attente de confirmation" in page_text(reloaded)
    assert reloaded.text_area(key="composer_text").value == TEXT  # the draft came back too
    record = env.store.credit_purchases.open_purchase()
    assert record is not None and record.return_to == key
    sandbox.settle_payment(live.api_key, str(record.transaction_id), "CHARGED")  # approved on the phone
    run_until(reloaded, "Paiement confirmé")
    assert not button(reloaded, "Envoyer…").disabled and live.client.user.credit() == 500


def test_the_recharge_page_and_who_may_buy(env: AppEnv, live: Live) -> None:
    at = login(new_app(), "awa")
    at.switch_page("app_pages/send/recharge.py").run()
    assert_no_exception(at)
    assert "ne permet pas d'acheter du crédit" in page_text(at) and not at.selectbox
    env.store.app_settings.set(SENDERS_MAY_BUY_KEY, True, actor="ada")
    at.run()
    assert at.selectbox(key="payments_pack").value == "offer_starter"
    at.radio(key="payments_method").set_value("WAVE_CI").run()
    at.text_input(key="payments_payer").input("0707123456").run()
    button(at, PAY).click().run()
    run_until(at, "Paiement confirmé")
    assert "Derniers achats" in page_text(at) and live.client.user.credit() == 500


def test_an_administrator_lets_senders_buy_from_the_settings_page(env: AppEnv, live: Live) -> None:
    at = login(new_app(), "ada")
    at.switch_page("app_pages/admin/settings.py").run()
    assert_no_exception(at)
    at.toggle(key="payments_senders_may_buy").set_value(True).run()
    assert_no_exception(at)
    assert env.store.app_settings.get(SENDERS_MAY_BUY_KEY) is True
    changes = [e for e in env.store.audit.list() if e.action == "settings.changed"]
    assert changes and changes[0].details["key"] == SENDERS_MAY_BUY_KEY and changes[0].actor == "ada"


def test_the_recharge_page_follows_a_purchase_made_for_a_send_and_goes_back_to_its_draft(
    live: Live, sandbox: SandboxControl
) -> None:
    sandbox.config(payment_seconds=3600)
    at = blocked_send()
    key = draft_key(at)
    fill(at, "MTN_CI")
    button(at, PAY).click().run()
    page = login(new_app(), "ada")  # the buyer opens the Recharger page in another tab
    page.switch_page("app_pages/send/recharge.py").run()
    assert "en attente de confirmation" in page_text(page)
    (purchase,) = [t for t in live.client.transactions.iterate(count=5) if t.type == "RECHARGED"]
    sandbox.settle_payment(live.api_key, str(purchase.id), "CHARGED")
    run_until(page, "Paiement confirmé")
    button(page, "Revenir à l'envoi").click().run()
    assert_no_exception(page)
    assert page.query_params.get("draft") in (key, [key])
    assert page.text_area(key="composer_text").value == TEXT  # the draft, from the store
    assert not button(page, "Envoyer…").disabled

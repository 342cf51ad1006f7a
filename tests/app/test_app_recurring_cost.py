"""Issue 12 point 5 in AppTest, against the test sandbox: a weekly send shows what it costs per run, per
week and per month in the composer, in its confirmation and on the campaign's detail page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_core.i18n.formatting import format_number
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, page_text
from tests.app.composer_support import Live, draft_key, live_account, open_composer, wait_for_entry, write
from tests.app.review_support import open_page

DETAIL = "app_pages/campaigns/campaign.py"


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    env.add_user("awa", "sender")
    yield from live_account(env, monkeypatch, sandbox, base_url)


def _infos(at: object) -> str:
    return "\n".join(str(element.value) for element in at.info)  # type: ignore[attr-defined]


def test_twice_weekly_send_shows_its_cost_in_composer_confirmation_and_detail(
    env: AppEnv, live: Live
) -> None:
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456, 0505123456").run()
    write(at, "Rappel : réunion des parents ce soir à 18 h.")
    assert "par semaine" not in _infos(at)  # a send now has no weekly cost
    at.radio(key="composer_when").set_value("weekly").run()
    at.pills(key="composer_days").set_value(["tuesday", "friday"]).run()
    assert_no_exception(at)
    runs = format_number(live.client.user.credit() // 2)
    expected = (
        "Envoi répété 2 fois par semaine, débité à chaque envoi : 2 crédits par envoi, 4 crédits par "
        f"semaine, environ 18 crédits par mois. Votre crédit actuel paie {runs} envois."
    )
    assert expected in _infos(at)

    key = draft_key(at)
    button(at, "Envoyer…").click().run()
    summary = page_text(at)
    assert "**Crédits par envoi** : 2 crédits" in summary
    assert "**Crédits par semaine** : 4 crédits" in summary
    assert "**Crédits par mois (environ)** : 18 crédits" in summary
    button(at, "Confirmer l'envoi").click().run()
    entry = wait_for_entry(env.store, key)
    assert entry.status == "sent" and len(entry.campaign_ids) == 1

    detail = open_page("awa", DETAIL, id=entry.campaign_ids[0])
    assert (
        "Envoi répété 2 fois par semaine, débité à chaque envoi : 2 crédits par envoi, 4 crédits par "
        "semaine, environ 18 crédits par mois." in _infos(detail)
    )


def test_the_demo_monday_send_shows_its_weekly_and_monthly_cost(live: Live) -> None:
    campaign = next(c for c in live.campaigns() if c.type == "RECURRING")
    per_run = int(campaign.credit_used or 0)
    assert per_run > 0
    at = open_page("awa", DETAIL, id=str(campaign.id))
    info = _infos(at)
    assert "Envoi répété 1 fois par semaine" in info
    assert f"{per_run} crédits par envoi, {per_run} crédits par semaine" in info
    assert f"environ {-(-per_run * 365.25 // (12 * 7)):.0f} crédits par mois" in info

"""The campaigns pages in AppTest, against the test sandbox over HTTP: the list of the seeded demo account
with its filters, a personalised send shown as one row, the detail page following delivery to the end,
pausing and moving a scheduled campaign, and handing a send to the composer."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from monsms_core.compose import Recipient
from monsms_core.i18n.formatting import ABIDJAN
from monsms_core.sending import build_plan, execute, submit
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, page_text
from tests.app.review_support import Account, account, open_page, users

LIST = "app_pages/campaigns/campaigns.py"
DETAIL = "app_pages/campaigns/campaign.py"


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Account]:
    users(env, awa="sender", yao="viewer")
    sandbox.config(campaign_extras=True)  # delivery counts: shown when the API gives status/stats
    yield from account(monkeypatch, sandbox, base_url, seed=True)


def _metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def _personalised_send(env: AppEnv, live: Account) -> list[str]:
    people = [Recipient(f"22507070000{i:02d}", {"prenom": ("Awa", "Koffi", "Aya")[i % 3]}) for i in range(9)]
    plan = build_plan(people, "Bonjour {prenom}, -20 % sur le karité ce samedi !", name="Promo karité samedi")
    entry = submit(env.store, plan, created_by="awa", send_key="promo-samedi")
    result = execute(env.store, live.client, entry.id)
    assert result.status == "sent" and len(result.campaign_ids) == 3
    return list(result.campaign_ids)


def test_the_list_shows_every_send_and_filters_in_memory(env: AppEnv, live: Account) -> None:
    campaigns = list(live.client.campaigns.iterate(count=100))
    at = open_page("yao", LIST)
    table = at.dataframe[0].value
    assert len(table) == len(campaigns) == 30
    assert _metrics(at)["Envois"] == "30"
    assert _metrics(at)["Crédits utilisés"] == f"{sum(c.credit_used for c in campaigns):,}".replace(
        ",", "\u202f"
    )

    flash = sum(1 for c in campaigns if c.type == "FLASH")
    at.multiselect(key="campaigns_filter_types").set_value(["FLASH"]).run()
    assert len(at.dataframe[0].value) == flash > 0
    at.multiselect(key="campaigns_filter_types").set_value([]).run()

    at.text_input(key="campaigns_filter_text").input("KARITE").run()  # case and accents ignored
    names = list(at.dataframe[0].value["name"])
    assert names and all("karité" in name.lower() for name in names)
    at.text_input(key="campaigns_filter_text").input("").run()

    at.segmented_control(key="campaigns_filter_period").set_value("7d").run()
    week_ago = datetime.now(UTC) - timedelta(days=7)
    assert len(at.dataframe[0].value) == sum(
        1 for c in campaigns if c.created_at > week_ago + timedelta(days=1)
    )
    assert_no_exception(at)


def test_a_personalised_send_is_one_row_with_its_author(env: AppEnv, live: Account) -> None:
    _personalised_send(env, live)
    at = open_page("yao", LIST)
    table = at.dataframe[0].value
    assert len(table) == 31  # 30 seeded + 1 send made of 3 campaigns
    row = table.iloc[0]
    assert row["name"] == "Promo karité samedi · 3 textes personnalisés"
    assert (row["recipients"], row["credits"], row["created_by"]) == (9, 9, "Awa")
    at.multiselect(key="campaigns_filter_authors").set_value(["awa"]).run()
    assert len(at.dataframe[0].value) == 1


def test_the_detail_page_follows_delivery_to_the_end(env: AppEnv, live: Account) -> None:
    live.sandbox.config(delivery_seconds=4)
    ids = _personalised_send(env, live)
    at = open_page("awa", DETAIL, id=ids[1])
    assert [t.value for t in at.title] == ["Promo karité samedi"]
    assert "Bonjour {prenom}, -20 % sur le karité ce samedi !" in page_text(at)
    assert "3 textes personnalisés, un seul envoi" in page_text(at)
    assert "Mise à jour automatique" in page_text(at)
    seen: list[int] = []
    deadline = time.monotonic() + 30
    while True:
        metrics = _metrics(at)
        done = int(metrics["Distribués"]) + int(metrics["Échecs"])
        assert metrics["Destinataires"] == "9" and done + int(metrics["En attente"]) == 9
        seen.append(done)
        if metrics["En attente"] == "0" or time.monotonic() > deadline:
            break
        time.sleep(0.5)
        at.run()
    assert seen == sorted(seen) and seen[-1] == 9, seen
    outbox = [m for m in live.sandbox.outbox(live.api_key) if m["campaignId"] in ids]
    assert int(_metrics(at)["Distribués"]) == sum(1 for m in outbox if m["status"] == "SENT")
    assert int(_metrics(at)["Échecs"]) == sum(1 for m in outbox if m["status"] == "FAILED")
    assert "Mise à jour automatique" not in page_text(at)
    recipients = at.dataframe[0].value
    assert len(recipients) == 9 and set(recipients["Texte n°"]) == {1, 2, 3}


def _scheduled(live: Account):
    return next(c for c in live.client.campaigns.iterate(count=100) if c.type == "SCHEDULED")


def test_a_sender_pauses_resumes_and_moves_a_scheduled_campaign(env: AppEnv, live: Account) -> None:
    campaign = _scheduled(live)
    at = open_page("awa", DETAIL, id=campaign.id)
    assert "Programmée" in page_text(at)
    button(at, "Mettre en pause").click().run()
    assert "Campagne mise en pause." in page_text(at)
    assert live.client.campaigns.get(campaign.id).is_enabled is False
    button(at, "Reprendre").click().run()
    assert live.client.campaigns.get(campaign.id).is_enabled is True

    later = (campaign.scheduled_date + timedelta(days=2)).astimezone(ABIDJAN)
    at.date_input(key=f"campaign_schedule_{campaign.id}_day").set_value(later.date())
    at.time_input(key=f"campaign_schedule_{campaign.id}_time").set_value(later.time().replace(second=0))
    button(at, "Enregistrer").click().run()
    assert_no_exception(at)
    assert live.client.campaigns.get(campaign.id).scheduled_date == later.replace(second=0, microsecond=0)
    actions = [e.action for e in env.store.audit.list(action="campaign.")]
    assert actions == ["campaign.rescheduled", "campaign.resumed", "campaign.paused"]

    at.date_input(key=f"campaign_schedule_{campaign.id}_day").set_value(
        (datetime.now(ABIDJAN) - timedelta(days=1)).date()
    )
    button(at, "Enregistrer").click().run()
    assert "doit être dans le futur" in page_text(at)


def test_a_viewer_sees_the_detail_without_actions(env: AppEnv, live: Account) -> None:
    campaign = _scheduled(live)
    at = open_page("yao", DETAIL, id=campaign.id)
    labels = [b.label for b in at.button]
    assert "Mettre en pause" not in labels and "Renvoyer" not in labels
    assert "Soldes fin de mois" in [t.value for t in at.title]
    assert len(at.dataframe[0].value) > 0  # the group's members are listed as recipients


def test_send_again_hands_text_and_recipients_to_the_composer(env: AppEnv, live: Account) -> None:
    ids = _personalised_send(env, live)
    at = open_page("awa", DETAIL, id=ids[0])
    button(at, "Renvoyer").click().run()
    assert_no_exception(at)
    assert "compose_prefill" not in at.session_state  # the composer took it: a later visit starts empty
    assert at.text_area(key="composer_text").value == "Bonjour {prenom}, -20 % sur le karité ce samedi !"
    text = page_text(at)
    assert "9 destinataires repris de la campagne « Promo karité samedi »" in text
    assert "Nouvel envoi de la campagne « Promo karité samedi »" in text
    # Each person's {prenom} is read back from the text they received: the same three texts again.
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Destinataires"] == "9" and metrics["Crédits nécessaires"] == "9"
    assert not at.error  # every {prenom} is known: nothing blocks the send
    assert "3 textes personnalisés, un seul envoi" in text and "il partira en" not in text
    assert "Bonjour Awa, -20 % sur le karité ce samedi !" in [t.value for t in at.text]
    assert "composer_send_top" in [b.key for b in at.button]  # ready to send: the button is at the top
    assert at.session_state["_composer_send_key"] != "promo-samedi"  # a new send, not the old one
    assert live.creates() == 3  # nothing sent without the confirmation


def test_an_unknown_campaign_is_a_sentence_not_a_traceback(env: AppEnv, live: Account) -> None:
    at = open_page("yao", DETAIL, id="nexistepas")
    assert "Campagne introuvable" in [t.value for t in at.title]
    assert at.error


def test_the_recipients_show_names_from_the_contacts_and_search_them(env: AppEnv, live: Account) -> None:
    # Issue 11, point 3: the API's campaign lists phones only; names come from the account's contacts.
    people = {"2250707123456": ("Adjoua", "Kouassi"), "2250505123457": ("Hélène", "Koné")}
    live.client.contacts.create(
        [{"phone": phone, "firstName": first, "lastName": last} for phone, (first, last) in people.items()]
    )
    plan = build_plan([Recipient(p, {}) for p in people], "Arrivage de pagnes demain.", name="Arrivage")
    entry = submit(env.store, plan, created_by="awa", send_key="arrivage")
    result = execute(env.store, live.client, entry.id)
    at = open_page("yao", DETAIL, id=result.campaign_ids[0])
    table = at.dataframe[0].value
    assert list(table.columns) == ["Numéro", "Nom", "État"]  # no internal "Source de l'état" column
    assert sorted(table["Nom"]) == ["Adjoua Kouassi", "Hélène Koné"]
    assert "07 07 12 34 56" in list(table["Numéro"])
    at.text_input(key=f"campaign_recipients_{result.campaign_ids[0]}_search").input("helene kone").run()
    assert list(at.dataframe[0].value["Nom"]) == ["Hélène Koné"]
    at.text_input(key=f"campaign_recipients_{result.campaign_ids[0]}_search").input("07 07 12").run()
    assert list(at.dataframe[0].value["Nom"]) == ["Adjoua Kouassi"]
    assert "Source de l'état" not in page_text(at)
    assert_no_exception(at)


def test_an_unknown_fate_is_said_plainly_with_the_counts(env: AppEnv, live: Account) -> None:
    live.sandbox.config(failure_rate=0.5, delivery_seconds=0)
    phones = [f"22507070001{i:02d}" for i in range(12)]
    plan = build_plan([Recipient(p, {}) for p in phones], "Réunion demain à 9 h.", name="Réunion")
    result = execute(env.store, live.client, submit(env.store, plan, created_by="awa", send_key="r").id)
    details = live.client.campaigns.get(result.campaign_ids[0])
    stats = details.stats
    assert stats is not None and 0 < stats.failed < 12, stats  # a mixed result
    at = open_page("yao", DETAIL, id=result.campaign_ids[0])
    states = set(at.dataframe[0].value["État"])
    assert states == {"Non précisé par l'API"}
    assert f"{stats.sent} distribués, {stats.failed} en échec, 0 en attente, sur 12 messages" in page_text(at)

"""One send is one line everywhere (issue 11, point 4): home, Campaigns and "Mes envois" show a
personalised send (several API campaigns) once, under the same name, without the dashboard's internal
tags, campaign ids or send keys (administrators excepted); and "Mes envois" never says "Aucun envoi"
above the sends it lists (point 10)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_core import review
from monsms_core.accounts import REVIEW_REQUIRED_KEY
from monsms_core.compose import Recipient
from monsms_core.sending import build_plan, execute, submit
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, page_text
from tests.app.review_support import Account, account, open_page, plan, users

HOME = "app_pages/home/home.py"
LIST = "app_pages/campaigns/campaigns.py"
OUTBOX = "app_pages/send/outbox.py"
TITLE = "Arrivage pagnes · 3 textes personnalisés"


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Account]:
    users(env, awa="sender", yao="viewer", ama="admin", kofi="reviewer")
    sandbox.config(campaign_extras=True)  # names (with the tag), status and counts in the answers
    yield from account(monkeypatch, sandbox, base_url, seed=False)


def _personalised_send(env: AppEnv, live: Account) -> tuple[list[str], str]:
    people = [Recipient(f"22507070000{i:02d}", {"prenom": ("Awa", "Koffi", "Aya")[i % 3]}) for i in range(9)]
    sent = build_plan(people, "Bonjour {prenom}, les pagnes sont arrivés !", name="Arrivage pagnes")
    entry = submit(env.store, sent, created_by="awa", send_key="arrivage-1")
    result = execute(env.store, live.client, entry.id)
    assert result.status == "sent" and len(result.campaign_ids) == 3
    return list(result.campaign_ids), entry.send_key


def _everything(at) -> str:
    """The page's text and every table cell."""
    cells = [str(v) for frame in at.dataframe for v in frame.value.astype(str).to_numpy().ravel()]
    return page_text(at) + "\n" + "\n".join(cells)


def test_home_campaigns_and_my_sends_show_a_personalised_send_as_one_line(env: AppEnv, live: Account) -> None:
    ids, key = _personalised_send(env, live)
    raw_names = [c.name for c in live.client.campaigns.iterate(count=100)]
    assert len(raw_names) == 3 and all("#" in name for name in raw_names)  # the API's names carry the tag

    home = open_page("awa", HOME)
    assert list(home.dataframe[0].value["name"]) == [TITLE]
    listed = open_page("awa", LIST)
    assert list(listed.dataframe[0].value["name"]) == [TITLE]
    mine = open_page("awa", OUTBOX)
    assert list(mine.dataframe[0].value["name"]) == [TITLE]

    for at in (home, listed, mine):
        shown = _everything(at)
        assert "#" not in shown and key not in shown and not any(i in shown for i in ids), shown


def test_my_sends_show_ids_and_keys_to_administrators_only(env: AppEnv, live: Account) -> None:
    ids, key = _personalised_send(env, live)
    assert not any(i in _everything(open_page("awa", OUTBOX)) for i in [key, *ids])
    admin = open_page("ama", OUTBOX)
    admin.toggle(key="outbox_all").set_value(True).run()
    shown = _everything(admin)
    assert key in shown and all(i in shown for i in ids)


def test_my_sends_do_not_say_no_send_above_the_one_waiting_for_review(env: AppEnv, live: Account) -> None:
    env.store.app_settings.set(REVIEW_REQUIRED_KEY, True, actor="ama")
    review.submit(env.store, plan(), created_by="awa", send_key="d1")
    at = open_page("awa", OUTBOX)
    text = page_text(at)
    assert "Aucun envoi" not in text
    assert "attendent la validation" in text
    assert len(at.dataframe[0].value) == 1

"""Tables behave like tables (issue 11, point 9): one click anywhere on a send's line opens its tracking
page (home and Campaigns); the import report wraps its reasons and offers each kind its own download; an
import into a group ends with "Voir le groupe" and "Envoyer à ce groupe"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.compose import Recipient
from monsms_core.sending import build_plan, execute, submit
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, titles
from tests.app.composer_support import Live, live_account
from tests.app.contacts_support import FIXTURES, XLSX, by_label, wait_for_text
from tests.app.contacts_support import open_page as open_named
from tests.app.review_support import open_page

SHEET = FIXTURES / "membres.xlsx"


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    env.add_user("awa", "sender")
    for account in live_account(env, monkeypatch, sandbox, base_url, seed=False):
        with MonSmsClient(account.api_key, base_url, backoff_base=0.05) as client:
            yield Live(account.api_key, client, sandbox)


def _send(env: AppEnv, live: Live, name: str, key: str) -> str:
    plan = build_plan([Recipient("2250707000001", {})], f"{name} : rendez-vous samedi.", name=name)
    result = execute(env.store, live.client, submit(env.store, plan, created_by="awa", send_key=key).id)
    return str(result.campaign_ids[0])


def _click_cell(at, key: str, row: int, column: str):
    """What one click on a cell does in the browser: a cell selection, then a rerun."""
    at.session_state[key] = {"selection": {"rows": [], "columns": [], "cells": [[row, column]]}}
    return at.run()


@pytest.mark.parametrize(("page", "table_key"), [("app_pages/campaigns/campaigns.py", "campaigns_table_0"),
                                                 ("app_pages/home/home.py", "home_recent_0")])  # fmt: skip
def test_one_click_on_any_cell_opens_the_send(env: AppEnv, live: Live, page: str, table_key: str) -> None:
    _send(env, live, "Vente de pagnes", "k1")
    _send(env, live, "Réunion des parents", "k2")
    at = open_page("awa", page)
    names = list(at.dataframe[0].value["name"])
    assert names == ["Réunion des parents", "Vente de pagnes"]
    _click_cell(at, table_key, 1, "state")
    assert_no_exception(at)
    assert titles(at) == ["Vente de pagnes"]


def test_the_import_report_wraps_reasons_and_gives_each_kind_its_download(env: AppEnv, live: Live) -> None:
    at = open_named("import")
    at.file_uploader[0].set_value((SHEET.name, SHEET.read_bytes(), XLSX)).run()
    by_label(at.selectbox, "Téléphone").set_value("N° de Téléphone").run()
    assert_no_exception(at)
    seen: dict[str, list[str]] = {}
    for kind in ("rejected", "changed", "duplicates"):
        at.segmented_control[0].set_value(kind).run()
        assert at.dataframe[-1].proto.row_height > 64  # taller than 4 rem: the grid wraps the reason
        seen[kind] = [d.proto.label for d in at.get("download_button")]
    assert seen == {
        "rejected": ["Lignes refusées (Excel)", "Lignes refusées (CSV)"],
        "changed": ["Numéros modifiés (Excel)", "Numéros modifiés (CSV)"],
        "duplicates": ["Doublons (Excel)", "Doublons (CSV)"],
    }


def test_an_import_into_a_group_offers_to_see_it_and_write_to_it(env: AppEnv, live: Live) -> None:
    at = open_named("import")
    at.file_uploader[0].set_value((SHEET.name, SHEET.read_bytes(), XLSX)).run()
    by_label(at.selectbox, "Téléphone").set_value("N° de Téléphone").run()
    at.radio(key="imp_destination").set_value("new").run()
    at.text_input(key="imp_group_name").input("Membres Riviera").run()
    button(at, "Importer 12 contacts").click().run()
    wait_for_text(at, "Import terminé")
    assert {"Voir le groupe", "Envoyer à ce groupe"} <= {b.label for b in at.button}
    button(at, "Envoyer à ce groupe").click().run()
    assert_no_exception(at)
    (group,) = [g for g in live.client.groups.iterate() if g.name == "Membres Riviera"]
    assert at.session_state["composer_groups"] == [group.id]
    assert {m.label: m.value for m in at.metric}["Destinataires"] == "12"
    assert at.multiselect(key="composer_groups").value == [group.id]

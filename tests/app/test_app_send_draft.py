"""Issue 11, point 2: a reload keeps the draft. The composer's recipients (typed numbers, contacts, groups,
an uploaded sheet's checked rows), text and options come back in a new session opened on the same
`?draft=…` for the same user — never for another user — and are gone once the draft is sent. A fresh
form shows no red error before anything is typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from streamlit.testing.v1 import AppTest

from monsms_core.composer import drafts
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, page_text
from tests.app.composer_support import (
    Live,
    confirm,
    draft_key,
    live_account,
    open_composer,
    wait_for_entry,
    write,
)

SHEET = "Téléphone;Prénom;Classe\n0707000001;Awa;CM2\n0707000002;Koffi;CE1\n0707000003;Zoé;CM2\n12;Bad;CP\n"


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    env.add_user("awa", "sender", phone="2250707000001")
    env.add_user("kofi", "sender")
    yield from live_account(env, monkeypatch, sandbox, base_url)


def _compose(at: AppTest, live: Live) -> AppTest:
    at.text_area(key="composer_numbers").input("07 07 55 44 33").run()
    contact = at.multiselect(key="composer_contacts").options[0]
    at.multiselect(key="composer_contacts").select(contact).run()
    at.multiselect(key="composer_groups").select(live.group_id("Personnel")).run()
    write(at, "Bonjour {prénom}, la réunion de {Classe} est lundi.")
    at.text_input(key="composer_fallback_prenom").input("parent").run()
    at.text_input(key="composer_name").input("Réunion lundi").run()
    at.segmented_control(key="composer_type").set_value("FLASH").run()
    at.radio(key="composer_when").set_value("weekly").run()
    at.pills(key="composer_days").set_value(["monday", "thursday"]).run()
    at.time_input(key="composer_weekly_time").set_value(time(7, 30)).run()
    assert_no_exception(at)
    return at


def _upload(at: AppTest) -> AppTest:
    at.file_uploader(key="composer_file").upload("parents.csv", SHEET.encode("utf-8"), "text/csv").run()
    assert_no_exception(at)
    return at


def _recipient_count(at: AppTest) -> str:
    return next(line for line in page_text(at).splitlines() if "destinataire" in line)


def test_a_reload_gives_the_draft_back(env: AppEnv, live: Live) -> None:
    at = _upload(open_composer())
    _compose(at, live)
    key = draft_key(at)
    count_before = _recipient_count(at)
    contacts = at.multiselect(key="composer_contacts").value
    credits = {m.label: m.value for m in at.metric}["Crédits nécessaires"]

    again = open_composer(draft=key)  # a reload: a new session, the address bar keeps ?draft=KEY
    assert draft_key(again) == key
    assert again.text_area(key="composer_numbers").value == "07 07 55 44 33"
    assert again.multiselect(key="composer_contacts").value == contacts
    assert again.multiselect(key="composer_groups").value == [live.group_id("Personnel")]
    assert again.text_area(key="composer_text").value == "Bonjour {prénom}, la réunion de {Classe} est lundi."
    assert again.text_input(key="composer_fallback_prenom").value == "parent"
    assert again.text_input(key="composer_name").value == "Réunion lundi"
    assert again.segmented_control(key="composer_type").value == "FLASH"
    assert again.radio(key="composer_when").value == "weekly"
    assert again.pills(key="composer_days").value == ["monday", "thursday"]
    assert again.time_input(key="composer_weekly_time").value == time(7, 30)
    text = page_text(again)
    assert "parents.csv" in text  # the sheet's checked rows came back without the file
    assert _recipient_count(again) == count_before
    assert {m.label: m.value for m in again.metric}["Crédits nécessaires"] == credits


def test_another_user_on_the_same_link_gets_an_empty_draft_of_their_own(env: AppEnv, live: Live) -> None:
    at = open_composer()
    write(at, "Message privé d'Awa")
    key = draft_key(at)
    other = open_composer("kofi", draft=key)
    assert other.text_area(key="composer_text").value == ""
    assert draft_key(other) != key  # a key of their own: the two drafts never mix
    write(other, "Celui de Kofi")
    mine = drafts.load(env.store, "awa", key)
    assert mine is not None and mine.text == "Message privé d'Awa"


def test_the_draft_is_cleared_once_sent(env: AppEnv, live: Live) -> None:
    at = open_composer()
    at.text_area(key="composer_numbers").input("07 07 55 44 33").run()
    write(at, "Livraison demain matin.")
    key = draft_key(at)
    assert drafts.load(env.store, "awa", key) is not None
    confirm(at)
    assert_no_exception(at)
    wait_for_entry(env.store, key)
    at.run()
    assert drafts.load(env.store, "awa", key) is None
    again = open_composer(draft=key)  # the reload after a send shows the send, not a draft to resend
    assert "Envoyé :" in page_text(again)
    assert button(again, "Envoyer…").disabled


def test_a_fresh_form_shows_no_red_error(env: AppEnv, live: Live) -> None:
    at = open_composer()
    assert [e.value for e in at.error] == []


def test_back_from_another_page_the_draft_is_there(env: AppEnv, live: Live) -> None:
    # E.g. "buy credit" and back: the other page links to the composer with ?draft=KEY.
    at = open_composer()
    at.text_area(key="composer_numbers").input("07 07 55 44 33").run()
    write(at, "Promo de fin d'année")
    key = draft_key(at)
    at.switch_page("app_pages/home/account.py").run()
    at.query_params["draft"] = key
    at.switch_page("app_pages/send/send.py").run()
    assert_no_exception(at)
    assert draft_key(at) == key
    assert at.text_area(key="composer_text").value == "Promo de fin d'année"
    assert at.text_area(key="composer_numbers").value == "07 07 55 44 33"


def test_a_draft_naming_contacts_or_a_group_gone_since_opens_without_them(env: AppEnv, live: Live) -> None:
    key = "c" * 32
    drafts.save(
        env.store,
        "awa",
        key,
        drafts.Draft(contacts=("supprime",), groups=("disparu",), text="Toujours là", sender="PARTI"),
    )
    at = open_composer(draft=key)
    assert_no_exception(at)
    assert at.text_area(key="composer_text").value == "Toujours là"
    assert at.multiselect(key="composer_contacts").value == []
    assert at.multiselect(key="composer_groups").value == []


def test_the_phone_column_chosen_is_what_the_draft_keeps(env: AppEnv, live: Live) -> None:
    sheet = "Téléphone;Autre numéro;Prénom\n0707000001;0505000001;Awa\n0707000002;0505000002;Koffi\n"
    at = open_composer()
    at.file_uploader(key="composer_file").upload("deux.csv", sheet.encode("utf-8"), "text/csv").run()
    checked = at.session_state["_composer_memo"]["file"]
    at.run()  # the run after an upload, the select box now holding the column found: no second check
    assert at.session_state["_composer_memo"]["file"] is checked
    key = draft_key(at)
    kept = drafts.load(env.store, "awa", key)
    assert kept is not None and kept.sheet is not None
    assert [r.phone for r in kept.sheet.recipients] == ["2250707000001", "2250707000002"]
    at.selectbox(key="composer_file_phone_column").set_value("Autre numéro").run()
    assert_no_exception(at)
    kept = drafts.load(env.store, "awa", key)
    assert kept is not None and kept.sheet is not None
    assert [r.phone for r in kept.sheet.recipients] == ["2250505000001", "2250505000002"]
    again = open_composer(draft=key)
    assert "deux.csv" in page_text(again) and "2 destinataires" in page_text(again)

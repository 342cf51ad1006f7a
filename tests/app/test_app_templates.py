"""Named templates in AppTest, against the test sandbox over HTTP: create, find by name, rename, edit,
use one in a send (picked by its name in the composer, counted), delete; refusals in sentences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest

from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, login, new_app, page_text
from tests.app.composer_support import Live, confirm, draft_key, live_account, open_composer, wait_for_entry

REUNION = "Chers parents, réunion lundi à 17 h à l'école. Merci de venir nombreux."
COTISATION = "Rappel : la cotisation de décembre est attendue avant le 10."


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    env.add_user("awa", "sender", phone="2250707000001")
    yield from live_account(env, monkeypatch, sandbox, base_url, seed=False)


def open_templates() -> AppTest:
    at = login(new_app(), "awa")
    at.switch_page("app_pages/send/templates.py").run()
    assert_no_exception(at)
    return at


def create(at: AppTest, name: str, category: str, text: str) -> AppTest:
    at.text_input(key="tpl_new_name").input(name)
    at.text_input(key="tpl_new_category").input(category)
    at.text_area(key="tpl_new_text").input(text)
    return at.button(key="tpl_create").click().run()


def table(at: AppTest) -> list[dict[str, object]]:
    return list(at.dataframe[0].value.to_dict("records"))


def template_id(env: AppEnv, name: str) -> str:
    """The API id of the template the dashboard calls `name` (select boxes hold ids, show names)."""
    return next(r.template_id for r in env.store.template_names.list() if r.name == name)


def pick(at: AppTest, env: AppEnv, name: str) -> AppTest:
    box = at.selectbox(key="tpl_pick")
    assert name in box.options  # shown by name
    return box.select(template_id(env, name)).run()


def test_templates_by_name_create_find_rename_edit_use_delete(env: AppEnv, live: Live) -> None:
    at = open_templates()
    assert "Aucun modèle pour l'instant" in page_text(at)
    create(at, "Réunion parents", "Rappels", REUNION)
    assert "Modèle « Réunion parents » créé." in page_text(at)
    assert at.text_input(key="tpl_new_name").value == ""  # the form is ready for the next one
    create(at, "Rappel cotisation", "Rappels", COTISATION)
    create(at, "réunion PARENTS", "", "Un autre texte")
    assert "Un modèle s'appelle déjà « réunion PARENTS »" in " ".join(e.value for e in at.error)
    assert sorted(t.text or "" for t in live.client.templates.iterate()) == sorted([REUNION, COTISATION])

    at.text_input(key="tpl_search").input("reunion").run()  # accents and case do not matter

    assert [row["Nom"] for row in table(at)] == ["Réunion parents"]
    assert "1 modèle affiché sur 2" in page_text(at)
    at.text_input(key="tpl_search").input("").run()

    pick(at, env, "Réunion parents")
    assert at.text_input(key="tpl_rename_name").value == "Réunion parents"
    at.text_input(key="tpl_rename_name").input("Réunion des parents")
    at.text_input(key="tpl_rename_category").input("École")
    at.button(key="tpl_rename").click().run()
    assert "Modèle renommé : « Réunion des parents »." in page_text(at)
    edited_text = REUNION.replace("17 h", "18 h")
    at.text_area(key="tpl_edit_text").input(edited_text)
    at.button(key="tpl_edit").click().run()
    assert_no_exception(at)
    assert "Texte du modèle « Réunion des parents » modifié." in page_text(at)
    assert sorted(t.text or "" for t in live.client.templates.iterate()) == sorted([edited_text, COTISATION])

    composer = open_composer()
    options = composer.selectbox(key="composer_template").options
    assert "Réunion des parents · École" in options and "Rappel cotisation · Rappels" in options
    composer.selectbox(key="composer_template").select_index(
        options.index("Réunion des parents · École")
    ).run()
    button(composer, "Charger dans le message").click().run()
    assert composer.text_area(key="composer_text").value == edited_text
    composer.text_area(key="composer_numbers").input("0707123456, 0505123456").run()
    key = draft_key(composer)
    confirm(composer)
    assert wait_for_entry(env.store, key).status == "sent"

    at = open_templates()
    rows = {row["Nom"]: row for row in table(at)}
    assert rows["Réunion des parents"]["Utilisations"] == 1 and rows["Rappel cotisation"]["Utilisations"] == 0
    assert rows["Réunion des parents"]["Catégorie"] == "École"

    pick(at, env, "Rappel cotisation")
    at.button(key="tpl_delete").click().run()
    assert "Cochez la case pour confirmer la suppression." in " ".join(e.value for e in at.error)
    at.checkbox(key="tpl_delete_confirm").check()
    at.button(key="tpl_delete").click().run()
    assert "Modèle « Rappel cotisation » supprimé." in page_text(at)
    assert [t.text for t in live.client.templates.iterate()] == [edited_text]
    actions = [e.action for e in reversed(env.store.audit.list(action="template."))]
    assert actions == [
        "template.created",
        "template.created",
        "template.renamed",
        "template.edited",
        "template.deleted",
    ]

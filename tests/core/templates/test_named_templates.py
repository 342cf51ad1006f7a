"""Named templates against the sandbox (real HTTP) and a real store: create, find by name, rename, edit
(delete + create on the API, the record follows), delete; refusals before any API call."""

from __future__ import annotations

import pytest

from monsms_core import templates
from monsms_core.client import MonSmsClient
from monsms_core.store import Store
from monsms_sandbox.control import SandboxControl

REUNION = "Bonjour {prénom}, réunion des parents lundi à 17 h à l'école."
COTISATION = "Rappel : la cotisation de décembre est attendue avant le 10."


@pytest.fixture
def store_kind() -> str:
    return "sqlite"  # the store itself is tested on both backends in tests/core/store


def api_texts(client: MonSmsClient) -> dict[str, str]:
    return {str(t.id): t.text or "" for t in client.templates.iterate()}


def test_create_find_rename_edit_delete(client: MonSmsClient, store: Store, sandbox: SandboxControl) -> None:
    reunion = templates.create(
        client, store, name="Réunion parents", category="Rappels", text=REUNION, actor="awa"
    )
    templates.create(
        client, store, name="Rappel cotisation", category="Rappels", text=COTISATION, actor="awa"
    )
    client.templates.create("Texte enregistré ailleurs, sans nom")
    listed = templates.load(client, store, actor="awa")
    assert [t.name for t in listed] == ["Rappel cotisation", "Réunion parents", None]  # unnamed last
    assert templates.categories(listed) == ["Rappels"]
    assert [t.name for t in templates.search(listed, "reunion")] == ["Réunion parents"]
    assert [t.name for t in templates.search(listed, "cotisation décembre")] == ["Rappel cotisation"]
    assert templates.search(listed, "", "Promotions") == []

    with pytest.raises(templates.TemplateActionError) as taken:
        templates.create(client, store, name="réunion  PARENTS", category="", text="Autre", actor="koffi")
    assert "s'appelle déjà « réunion PARENTS »" in taken.value.user_message("fr")
    creates = sandbox.stats()["requests"]["/template/create"]
    assert creates == 3  # the refusal came before any API call

    renamed = templates.rename(store, reunion, name="Réunion des parents", category="École", actor="koffi")
    assert (renamed.name, renamed.category) == ("Réunion des parents", "École")

    edited = templates.edit(client, store, renamed, text=REUNION.replace("17 h", "18 h"), actor="awa")
    assert not edited.old_left and edited.template.id != reunion.id
    assert edited.template.name == "Réunion des parents" and edited.template.text.endswith("18 h à l'école.")
    texts = api_texts(client)
    assert reunion.id not in texts and texts[edited.template.id] == REUNION.replace("17 h", "18 h")

    templates.delete(client, store, edited.template, actor="awa")
    assert (
        edited.template.id not in api_texts(client) and store.template_names.get(edited.template.id) is None
    )
    actions = [e.action for e in reversed(store.audit.list(action="template."))]
    assert actions == [
        "template.created",
        "template.created",
        "template.renamed",
        "template.edited",
        "template.deleted",
    ]


def test_a_template_deleted_elsewhere_is_forgotten_on_load(client: MonSmsClient, store: Store) -> None:
    made = templates.create(
        client, store, name="Promo Noël", category="Promotions", text="Soldes !", actor="awa"
    )
    client.templates.delete(made.id)
    assert templates.load(client, store, actor="awa") == []
    assert store.template_names.get(made.id) is None
    gone = store.audit.list(action="template.deleted")[0]
    assert gone.details["reason"] == "gone_from_api" and gone.details["name"] == "Promo Noël"


def test_refusals_say_what_to_do(client: MonSmsClient, store: Store) -> None:
    with pytest.raises(templates.TemplateActionError) as missing:
        templates.create(client, store, name="  ", category="", text="Bonjour", actor="awa")
    assert missing.value.user_message("fr") == "Donnez un nom au modèle, par exemple « Réunion parents »."
    with pytest.raises(templates.TemplateActionError) as empty:
        templates.create(client, store, name="Vide", category="", text="   ", actor="awa")
    assert empty.value.code == "text_missing"
    assert list(client.templates.iterate()) == []


def test_an_edit_whose_old_delete_fails_keeps_the_new_text_named(
    client: MonSmsClient, store: Store, sandbox: SandboxControl
) -> None:
    made = templates.create(
        client, store, name="Rappel cotisation", category="", text=COTISATION, actor="awa"
    )
    sandbox.add_fault("http_500", path="/template/delete", count=1)
    edited = templates.edit(client, store, made, text=COTISATION.replace("10", "15"), actor="awa")
    assert edited.old_left and edited.template.name == "Rappel cotisation"
    listed = templates.load(client, store, actor="awa")
    assert [(t.name, t.text) for t in listed] == [
        ("Rappel cotisation", COTISATION.replace("10", "15")),
        (None, COTISATION),  # the old version, unnamed: the page says to delete it later
    ]

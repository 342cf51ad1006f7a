"""The import page on a fresh account of the test sandbox: upload a real sheet, fix the mapping, read the
report, import into a new group, find everything on the sandbox; resume an interrupted import."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from monsms_core.contacts.import_jobs import GroupTarget, create_upload_job
from monsms_core.importer import check, detect_mapping, open_workbook
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, page_text
from tests.app.composer_support import Live
from tests.app.contacts_support import (
    FIXTURES,
    XLSX,
    by_label,
    live_on_sandbox,
    metrics,
    open_page,
    wait_for_text,
)

SHEET = FIXTURES / "membres.xlsx"


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    """The app on an empty account of the test sandbox."""
    yield from live_on_sandbox(env, monkeypatch, sandbox, base_url, seed=False)


def test_sheet_is_checked_then_imported_into_a_new_group(env: AppEnv, live: Live) -> None:
    env.add_user("awa", "sender")
    at = open_page("import")
    at.file_uploader[0].set_value((SHEET.name, SHEET.read_bytes(), XLSX)).run()
    assert_no_exception(at)
    assert "19 lignes lues (en-têtes à la ligne 4)." in page_text(at).replace("\u202f", " ")

    # Fix the mapping: without a phone column nothing can be checked; with it, the report appears.
    phone = by_label(at.selectbox, "Téléphone")
    assert phone.value == "N° de Téléphone"
    phone.select_index(0).run()  # "— aucune —"
    assert any("téléphone" in e.value.lower() for e in at.error), [e.value for e in at.error]
    assert not at.metric
    by_label(at.selectbox, "Téléphone").set_value("N° de Téléphone").run()
    assert_no_exception(at)
    assert metrics(at) == {
        "Corrects": "9", "Corrigés": "1", "Passés à 10 chiffres": "2", "Doublons": "3", "Refusés": "4",
    }  # fmt: skip
    rejected = at.dataframe[-1].value
    assert list(rejected["Ligne"]) == [17, 18, 19, 23]  # the rows as Excel numbers them
    assert "Numéro fixe" in " ".join(rejected["Motif"]) or "fixe" in " ".join(rejected["Motif"]).lower()

    at.radio(key="imp_destination").set_value("new").run()
    at.text_input(key="imp_group_name").input("Membres Riviera").run()
    button(at, "Importer 12 contacts").click().run()
    assert_no_exception(at)
    wait_for_text(at, "Import terminé")
    text = page_text(at).replace("\u202f", " ")
    assert "12 contacts créés, 7 ignorés, 0 en échec" in text
    assert "Groupe « Membres Riviera » : 12 membres ajoutés." in text

    contacts = list(live.client.contacts.iterate())
    phones = Counter(c.phone for c in contacts)
    assert len(contacts) == 12 and max(phones.values()) == 1
    assert "2250707123456" in phones and "2250748123456" in phones  # repaired and kept as typed
    assert {c.name for c in contacts if c.phone == "2250707123456"} == {"KOUASSI Jean"}
    (group,) = [g for g in live.client.groups.iterate() if g.name == "Membres Riviera"]
    assert len(live.client.groups.get(group.id).contacts) == 12


def test_an_interrupted_import_is_listed_and_resumed(env: AppEnv, live: Live) -> None:
    env.add_user("awa", "sender")
    book = open_workbook(SHEET.read_bytes(), SHEET.name).read_sheet()
    result = check(book.frame, detect_mapping(book.frame))
    job_id = create_upload_job(env.store, result, created_by="awa", filename="membres.xlsx",
                               group=GroupTarget("Cotisants"))  # fmt: skip
    # Half of it went through before the tab was closed.
    first = env.store.import_jobs.pending_items(job_id, limit=5)
    created = live.client.contacts.create([{"phone": item.payload["phone"]} for item in first])
    env.store.import_jobs.mark_items(job_id, [i.row_number for i in first], "created",
                                     contact_ids=[c.id for c in created])  # fmt: skip

    at = open_page("import")
    assert "Imports à terminer" in page_text(at)
    assert "membres.xlsx" in page_text(at) and "Groupe : Cotisants" in page_text(at)
    button(at, "Reprendre").click().run()
    wait_for_text(at, "Import terminé")
    assert "Imports à terminer" not in page_text(at)
    assert len(list(live.client.contacts.iterate())) == 12
    (group,) = [g for g in live.client.groups.iterate() if g.name == "Cotisants"]
    assert len(live.client.groups.get(group.id).contacts) == 12


def test_viewers_cannot_import(env: AppEnv, live: Live) -> None:
    env.add_user("koffi", "viewer")
    at = open_page("import", "koffi")
    assert at.error and not at.file_uploader


def test_the_model_sheet_offered_for_download_imports_its_two_examples(
    env: AppEnv, live: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: dict[str, bytes] = {}
    keep = MemoryMediaFileStorage.load_and_get_id

    def spy(self: MemoryMediaFileStorage, data: str | bytes, mimetype: str, kind: object,
            filename: str | None = None) -> str:  # fmt: skip
        if isinstance(data, bytes) and filename:
            offered[filename] = data  # what the browser would save
        return keep(self, data, mimetype, kind, filename)  # type: ignore[arg-type]  # kind passed through

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", spy)
    env.add_user("awa", "sender")
    at = open_page("import")
    assert [b.label for b in at.download_button] == ["Télécharger le modèle"]
    data = offered["modele-contacts.xlsx"]

    at.file_uploader[0].set_value(("modele-contacts.xlsx", data, XLSX)).run()
    assert_no_exception(at)
    assert metrics(at)["Corrects"] == "2" and metrics(at)["Refusés"] == "0"
    at.radio(key="imp_destination").set_value("new").run()
    at.text_input(key="imp_group_name").input("Essai modèle").run()
    button(at, "Importer 2 contacts").click().run()
    wait_for_text(at, "Import terminé")
    people = {c.phone: (c.name, c.first_name, c.last_name, c.sex) for c in live.client.contacts.iterate()}
    assert people == {
        "2250707123456": ("Awa Kouamé", "Awa", "Kouamé", "F"),
        "2250505987654": ("Koffi Yao", "Koffi", "Yao", "M"),
    }

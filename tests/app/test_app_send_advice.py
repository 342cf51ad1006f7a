"""Issue 11, point 7: the Unicode advice agrees with itself, as a shop owner reads it in the composer —
a personalised closing "À bientôt" to recipients from a sheet, some of whose first names hold ï or ë."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, assert_no_exception, button, page_text
from tests.app.composer_support import Live, live_account, open_composer, write

SHEET = (
    "Téléphone;Prénom\n0707000001;Awa\n0707000002;Yao\n0707000003;Naïs\n0707000004;Marie-Bernadette\n"
    "0707000005;Noël\n"
)
CLOSING = "Bonjour {prénom}, la réunion des parents a lieu samedi à 9 h dans la cour. À bientôt !"


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Live]:
    env.add_user("awa", "sender")
    yield from live_account(env, monkeypatch, sandbox, base_url)


def test_the_advice_says_what_really_changes(live: Live) -> None:
    at = open_composer()
    at.file_uploader(key="composer_file").upload("parents.csv", SHEET.encode("utf-8"), "text/csv").run()
    write(at, CLOSING)
    assert_no_exception(at)
    text = page_text(at)
    # Every non-GSM letter of the first names the text uses, ï too.
    assert "hors de l'alphabet GSM : « ï », « ë ». 2 messages partent donc en Unicode" in text
    # The closing's accents: replaced only on request, and what ticking would save is said first.
    assert "Lettres accentuées hors de l'alphabet GSM : « À », « ô »." in text
    assert "3 messages passeraient de 2 SMS à 1, soit 3 crédits économisés sur cet envoi." in text
    assert "Aucun équivalent GSM" not in text and "à la main" not in text
    assert "au lieu de 2" not in text  # never "2 SMS par message au lieu de 2"
    assert at.text_area(key="composer_text").value == CLOSING
    at.checkbox(key="composer_replace_accents").check().run()
    text = page_text(at)
    assert "Après remplacement : 3 messages passent de 2 SMS à 1, soit 3 crédits économisés" in text
    credits = {m.label: m.value for m in at.metric}["Crédits nécessaires"]
    assert credits == "10"
    button(at, "Remplacer ces caractères (2)").click().run()
    assert at.text_area(key="composer_text").value.endswith("à 9 h dans la cour. A bientot !")
    # What the advice said: 3 credits saved.
    assert {m.label: m.value for m in at.metric}["Crédits nécessaires"] == "7"


def test_characters_without_any_equivalent_are_the_only_ones_to_remove_by_hand(live: Live) -> None:
    at = open_composer()
    at.text_area(key="composer_numbers").input("0707123456").run()
    write(at, "Fête de fin d'année 🎉")
    text = page_text(at)
    assert "Aucun équivalent GSM pour : « 🎉 ». Retirez-les à la main" in text  # 🎉 alone, not ê
    assert "Les remplacer par la même lettre sans accent (case ci-dessus) ne changerait" in text

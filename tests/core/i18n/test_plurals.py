"""Real plurals: each language's own rule through Babel, never a hand-written "(s)"."""

from __future__ import annotations

import importlib
import re

import pytest

from monsms_core.i18n import catalog_modules, plural_category, translate, translate_plural

NBSP = ("\u202f", "\xa0")

# A hand-made plural: "contact(s)", "créé(e)s", "entr(y/ies)", "(es)", "(x)"…
HAND_PLURAL = re.compile(r"\((?:s|e|es|e\)s|x|y/ies)\)|\(e\)s", re.IGNORECASE)


def _plain(text: str) -> str:
    for space in NBSP:
        text = text.replace(space, " ")
    return text


@pytest.mark.parametrize(("count", "category"), [(0, "one"), (1, "one"), (2, "other"), (1_000, "other")])
def test_french_takes_the_singular_for_zero_and_one(count: int, category: str) -> None:
    assert plural_category(count, "fr") == category


@pytest.mark.parametrize(("count", "category"), [(0, "other"), (1, "one"), (2, "other"), (1_000, "other")])
def test_english_takes_the_singular_for_one_only(count: int, category: str) -> None:
    assert plural_category(count, "en") == category


def test_a_counted_message_agrees_with_its_number() -> None:
    assert translate_plural("contacts.delete.done", 0, "fr") == "0 contact supprimé."
    assert translate_plural("contacts.delete.done", 1, "fr") == "1 contact supprimé."
    assert translate_plural("contacts.delete.done", 2, "fr") == "2 contacts supprimés."
    assert translate_plural("contacts.delete.done", 0, "en") == "0 contacts deleted."
    assert translate_plural("contacts.delete.done", 1, "en") == "1 contact deleted."
    # translate() with a whole-number `count` chooses the same way.
    assert translate("review.badge", "fr", count=1) == "1 envoi à valider"
    assert translate("review.badge", "en", count=3) == "3 sends to review"


def test_numbers_are_written_the_readers_way() -> None:
    assert _plain(translate_plural("contacts.delete.done", 12345, "fr")) == "12 345 contacts supprimés."
    assert translate_plural("contacts.delete.done", 12345, "en") == "12,345 contacts deleted."
    # French "many" (exact millions) falls back to the general form.
    assert _plain(translate_plural("review.badge", 1_000_000, "fr")) == "1 000 000 envois à valider"


def test_each_count_of_a_sentence_agrees_with_its_own_number() -> None:
    one = translate("phones.paste_summary", "fr", valid=1, duplicates=0, rejected=1)
    assert one == "1 numéro retenu, 0 doublon ignoré, 1 refusé."
    many = _plain(translate("phones.paste_summary", "fr", valid=1200, duplicates=2, rejected=3))
    assert many == "1 200 numéros retenus, 2 doublons ignorés, 3 refusés."
    assert translate("phones.paste_summary", "en", valid=1, duplicates=0, rejected=2) == (
        "1 number kept, 0 duplicates ignored, 2 rejected."
    )
    sent = _plain(translate("sending.result.sent", "fr", done=1, total=1500))
    assert sent == "Envoi effectué : 1 campagne créée sur 1 500."
    assert translate("sending.result.sent", "en", done=2, total=3) == "Sent: 2 campaigns created out of 3."


def test_no_catalog_module_writes_a_plural_by_hand() -> None:
    """Every catalog module, including ones added later, is scanned: "(s)" is the bug."""
    found: list[str] = []
    for name in catalog_modules():
        module = importlib.import_module(f"monsms_core.i18n.{name}")
        for key, texts in module.MESSAGES.items():
            for lang, message in texts.items():
                for form in [message] if isinstance(message, str) else message.values():
                    if HAND_PLURAL.search(form):
                        found.append(f"{name}: {key} ({lang}): {form}")
    assert found == []


def test_the_scan_catches_hand_made_plurals() -> None:
    for text in ("{count} contact(s)", "créé(e)s", "{count} entr(y/ies)", "CONTACT(S)"):
        assert HAND_PLURAL.search(text), text
    assert not HAND_PLURAL.search("Nom et prénoms (STOP)")


def test_the_composers_counter_and_reconciliation_agree_with_their_numbers() -> None:
    from monsms_core.composer import counter_view

    line = counter_view("a").line("fr")
    assert line.startswith("1 caractère · GSM-7") and "· encore 159 caractères avant" in line
    assert counter_view("").line("fr").startswith("0 caractère")
    assert counter_view("ab").line("en").startswith("2 characters")
    assert translate("sending.reconcile.inconclusive", "fr", missing=1).startswith(
        "Impossible de confirmer si 1 campagne est partie."
    )
    assert translate("sending.reconcile.inconclusive", "fr", missing=2).startswith(
        "Impossible de confirmer si 2 campagnes sont parties."
    )

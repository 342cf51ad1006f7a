"""The audit log's details read as sentences in the reader's language: recorded by the real account and
settings functions in a real store, then rendered as the audit page shows them."""

from __future__ import annotations

import dataclasses

from monsms_core.accounts import (
    create_first_admin,
    create_user,
    read_preferences,
    save_preferences,
    set_own_phone,
    set_role,
)
from monsms_core.audit import audit_frame, details_text
from monsms_core.store import Store

CODES = ("reviewer", "sender", "test_send", "review_required", "True", "False")


def _details(store: Store, lang: str) -> dict[str, list[str]]:
    """Each action's details, oldest first."""
    frame = audit_frame(reversed(store.audit.list(limit=100)), lang, {})
    found: dict[str, list[str]] = {}
    for action, details in zip(frame["action"], frame["details"], strict=True):
        found.setdefault(action, []).append(details)
    return found


def test_account_and_settings_details_are_sentences_without_codes(store: Store) -> None:
    create_first_admin(store, username="ama", display_name="Ama Diallo", password="un mot de passe sûr")
    create_user(store, actor="ama", username="kofi", display_name="Kofi", role="sender")
    set_role(store, actor="ama", username="kofi", role="reviewer")
    set_own_phone(store, username="kofi", phone="2250707123456", source="test_send")
    save_preferences(store, dataclasses.replace(read_preferences(store), review_required=True), actor="ama")
    save_preferences(store, dataclasses.replace(read_preferences(store), review_required=False), actor="ama")

    french = _details(store, "fr")
    assert french["user.created"] == ["Compte créé avec le rôle « Expéditeur »."]
    assert french["user.role_changed"] == ["Le rôle « Expéditeur » devient « Relecteur »."]
    assert french["user.phone_changed"] == ["Numéro de test enregistré lors d'un envoi de test."]
    assert french["settings.changed"] == [
        "« Faire relire les campagnes avant envoi » vaut désormais « oui ».",
        "« Faire relire les campagnes avant envoi » passe de « oui » à « non ».",
    ]
    frame = audit_frame(store.audit.list(action="settings."), "fr", {})
    assert set(frame["target"]) == {"Faire relire les campagnes avant envoi"}
    english = _details(store, "en")
    assert english["user.role_changed"] == ['The role "Sender" becomes "Reviewer".']
    assert english["user.phone_changed"] == ["Test number saved during a test send."]
    for text in [text for texts in [*french.values(), *english.values()] for text in texts]:
        assert not any(code in text for code in CODES), text


def test_counts_agree_with_their_number_and_flags_are_words() -> None:
    sent = {"recipients": 1, "credits": 2, "campaigns": 1, "test": True}
    assert details_text(sent, "fr", "send.submitted") == (
        "1 destinataire. 2 crédits. 1 texte différent. Envoi de test."
    )
    assert details_text({**sent, "test": False}, "en", "send.submitted") == (
        "1 recipient. 2 credits. 1 distinct text. Real send."
    )


def test_a_sentence_missing_a_fact_falls_back_to_one_sentence_per_detail() -> None:
    # An API key removed has no last four characters: the sentence that would name them is not used.
    text = details_text({"key": "api_key", "secret": True, "changed": True}, "fr", "settings.changed")
    assert text == "Paramètre : Clé d'accès Mon SMS PRO. Valeur secrète, jamais affichée. Modifiée."
    # An unknown code stays as it is rather than disappearing.
    assert details_text({"source": "somewhere_new"}, "fr", "user.phone_changed") == (
        "Numéro de test enregistré somewhere_new."
    )


def test_targets_recorded_as_english_counts_are_said_in_the_readers_language() -> None:
    from monsms_core.audit.view import target_text

    assert target_text("optout.added", "3 numbers", "fr") == "3 numéros"
    assert target_text("optout.added", "1 numbers", "fr") == "1 numéro"
    assert target_text("contacts.deleted", "2 contacts", "en") == "2 contacts"
    assert details_text({"count": 2, "source": "manual"}, "fr", "optout.added") == (
        "2 numéros ajoutés. Origine : saisi à la main."
    )

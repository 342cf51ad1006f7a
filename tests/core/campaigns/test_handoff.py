"""Recipients handed to the composer from a past send: the fields of a personalised text read back from
what each person received, so that sending again reproduces the very same messages."""

from __future__ import annotations

from monsms_core.campaigns import as_recipients, handed_recipients, recover_fields
from monsms_core.compose import Recipient, merge_recipients
from monsms_core.sending import build_plan


def test_fields_are_read_back_from_the_rendered_text() -> None:
    template = "Bonjour {prénom}, votre solde est de {Montant} F. Merci {prenom} !"
    assert recover_fields(template, "Bonjour Awa, votre solde est de 15000 F. Merci Awa !") == {
        "prénom": "Awa",
        "Montant": "15000",
    }
    assert recover_fields("Réunion samedi", "Réunion samedi") == {}


def test_a_text_the_template_did_not_make_gives_no_fields() -> None:
    template = "Bonjour {prénom}, merci {prénom} !"
    assert recover_fields(template, "Bonjour Awa, merci Yao !") is None  # one field, two values
    assert recover_fields(template, "Salut Awa") is None
    # Two fields side by side cannot be told apart once a fallback is involved.
    assert recover_fields("{prénom}{nom}", "AwaKoné", {"prénom": "ami"}) is None


def test_a_fallback_value_stays_a_fallback() -> None:
    fallbacks = {"prénom": "cher client"}
    assert recover_fields("Bonjour {prénom}", "Bonjour cher client", fallbacks) == {"prénom": ""}
    assert recover_fields("Bonjour {prénom}", "Bonjour Awa", fallbacks) == {"prénom": "Awa"}


def test_a_personalised_send_handed_over_is_the_same_send_again() -> None:
    people = [
        Recipient("2250707000001", {"prénom": "Awa", "Classe": "CM2"}),
        Recipient("2250505000002", {"prénom": "", "Classe": "CE1"}),
        Recipient("2250101000003", {"prénom": "Yao", "Classe": "CM2"}),
    ]
    template = "Bonjour {prénom}, la réunion des {Classe} est samedi."
    fallbacks = {"prénom": "cher parent"}
    original = build_plan(people, template, fallbacks=fallbacks, name="Réunion")
    assert original.distinct_texts == 3
    handed = handed_recipients(
        template, ((c.text, ((p, {}) for p in c.phones)) for c in original.chunks), fallbacks
    )
    assert [h["phone"] for h in handed] == [p.phone for p in people]
    assert handed[1]["fields"] == {"prénom": "", "Classe": "CE1"}
    merged = merge_recipients(as_recipients(handed), optouts=set())
    again = build_plan(merged, template, fallbacks=fallbacks, name="Réunion")
    assert again.fingerprint == original.fingerprint and not again.blockers


def test_recovered_fields_replace_known_ones_and_phones_come_once() -> None:
    handed = handed_recipients(
        "Bonjour {Prenom} !",
        [
            ("Bonjour Awa !", [("+225 07 07 00 00 01", {"prénom": "Awa Marie", "nom": "Koné"})]),
            ("Bonjour Yao !", [("2250707000001", {}), ("", {"prénom": "X"}), ("2250505000002", {})]),
        ],
    )
    assert handed == [
        {"phone": "2250707000001", "fields": {"nom": "Koné", "Prenom": "Awa"}},
        {"phone": "2250505000002", "fields": {"Prenom": "Yao"}},
    ]
    # A text that no longer fits the template keeps the known fields only.
    assert handed_recipients("Bonjour {prénom} !", [("Salut", [("2250707000001", {"nom": "Koné"})])]) == [
        {"phone": "2250707000001", "fields": {"nom": "Koné"}}
    ]


def test_opt_outs_apply_to_handed_recipients() -> None:
    people = as_recipients(
        [{"phone": "2250707000001", "fields": {"prénom": "Awa"}}, {"phone": "2250505000002"}, {"phone": ""}]
    )
    assert [p.source for p in people] == ["handed", "handed"]
    merged = merge_recipients(people, optouts={"2250505000002"})
    assert merged.phones == ["2250707000001"] and merged.opted_out == 1

"""The Unicode advice's arithmetic and wording (issue 11, point 7): what really changes message by
message, the accent opt-in only on request and priced, every non-GSM letter of the recipients' values,
and "no GSM equivalent" only for characters without one."""

from __future__ import annotations

from monsms_core.compose import Recipient, count_segments, render
from monsms_core.composer import (
    available_fields,
    combinations,
    field_letters,
    moves_sentence,
    price_replacement,
    saving_sentence,
    tally,
    unicode_chars,
    used_columns,
)
from monsms_core.composer.tally import Tally

CLOSING = "Bonjour {prénom}, la réunion des parents a lieu samedi à 9 h dans la cour. À bientôt !"
NAMES = ("Awa", "Yao", "Naïs", "Marie-Bernadette", "Noël")


def _people() -> list[Recipient]:
    return [Recipient(f"2250707{i:06d}", {"prénom": name}) for i, name in enumerate(NAMES)]


def _compare(people: list[Recipient]):  # type: ignore[no-untyped-def]
    fields = available_fields(people)

    def compare(template: str, other: str) -> tuple[Tally, Tally]:
        columns = tuple(dict.fromkeys(used_columns(template, fields) + used_columns(other, fields)))
        combos = combinations(people, columns)
        return tally(combos, template, fields), tally(combos, other, fields)

    return compare


def test_characters_are_sorted_by_what_can_be_done() -> None:
    chars = unicode_chars("À bientôt… l’équipe 🎉")
    assert chars.replaced == ("…", "’")
    assert chars.accents == ("À", "ô")
    assert chars.no_equivalent == ("🎉",)
    assert unicode_chars("Fête à la côte").no_equivalent == ()  # ê and ô have one: with the opt-in


def test_every_non_gsm_letter_of_the_recipients_values_is_named() -> None:
    people = [*_people(), Recipient("2250101010101", {"prénom": "Zoé", "nom": "Ÿvon"})]
    fields = available_fields(people)
    columns = used_columns(CLOSING, fields)
    letters = field_letters(combinations(people, columns), columns)
    assert letters.chars == ("ï", "ë") and letters.messages == 2  # é is GSM; {nom} is not in the text
    everything = field_letters(combinations(people, ("prénom", "nom")), ("prénom", "nom"))
    assert everything.chars == ("ï", "ë", "Ÿ") and everything.messages == 3


def test_a_closing_is_replaced_only_with_the_opt_in_and_the_saving_is_per_message() -> None:
    people = _people()
    compare = _compare(people)
    assert price_replacement(CLOSING, compare, include_accents=False) is None  # À, ô kept unless asked
    offer = price_replacement(CLOSING, compare, include_accents=True)
    assert offer is not None
    assert offer.suggestion.replacement.text.endswith("A bientot !")
    # The longest message stays at 2 SMS (Naïs, Noël keep a non-GSM letter) but three messages drop to 1.
    assert (offer.suggestion.parts_before, offer.suggestion.parts_after) == (2, 2)
    assert offer.moves == ((2, 1, 3),)
    per_recipient = sum(
        count_segments(render(CLOSING, p.fields)).segments
        - count_segments(render(offer.suggestion.replacement.text, p.fields)).segments
        for p in people
    )
    assert offer.suggestion.credits_saved == per_recipient == 3
    assert offer.sentence("fr") == (
        "Après remplacement : 3 messages passent de 2 SMS à 1, soit 3 crédits économisés sur cet envoi."
    )
    assert offer.sentence("fr", offer=False) == (
        "Cochez la case ci-dessus pour les remplacer par la même lettre sans accent : 3 messages "
        "passeraient de 2 SMS à 1, soit 3 crédits économisés sur cet envoi."
    )
    assert offer.sentence("en") == (
        "After replacement: 3 messages go from 2 SMS to 1, saving 3 credits on this send."
    )


def test_wording_of_moves() -> None:
    assert moves_sentence(((2, 1, 38),), 40) == "38 messages passent de 2 SMS à 1"
    assert moves_sentence(((2, 1, 40),), 40) == "tous les messages (40) passent de 2 SMS à 1"
    assert moves_sentence(((2, 1, 1),), 1) == "1 message passe de 2 SMS à 1"
    assert moves_sentence(((3, 1, 2), (2, 1, 5)), 9, conditional=True) == (
        "2 messages passeraient de 3 SMS à 1 ; 5 messages passeraient de 2 SMS à 1"
    )
    assert moves_sentence(((2, 1, 1_500),), 2_000, "en") == "1,500 messages go from 2 SMS to 1"


def test_saving_sentences() -> None:
    assert saving_sentence(((1, 2, 2),), 2, (1, 2), offer=True).startswith(
        "Attention : après remplacement, tous les messages (2) passent de 1 SMS à 2, soit 2 crédits de plus"
    )
    assert saving_sentence((), 5, (2, 2), offer=True) == (
        "Ce remplacement ne change le nombre de SMS d'aucun message : le coût de l'envoi reste le même."
    )
    assert saving_sentence((), 0, (3, 1), offer=True) == (
        "Après remplacement : le message tient en 1 SMS au lieu de 3."
    )
    assert saving_sentence((), 0, (2, 2), offer=False) == (
        "Les remplacer par la même lettre sans accent (case ci-dessus) ne changerait pas la taille du "
        "message (2 SMS)."
    )
    # Some grow, as many shrink: the total is the same, and the sentence says both.
    even = saving_sentence(((2, 1, 3), (1, 2, 3)), 6, (2, 2), offer=True)
    assert even == (
        "Après remplacement : 3 messages passent de 2 SMS à 1 ; 3 messages passent de 1 SMS à 2 ; le coût "
        "total de l'envoi ne change pas."
    )


def test_without_recipients_the_offer_counts_the_text_itself() -> None:
    offer = price_replacement("’" + "a" * 158 + "……", _compare([]), include_accents=False)
    assert offer is not None and offer.recipients == 0
    assert (offer.suggestion.parts_before, offer.suggestion.parts_after) == (3, 2)
    assert offer.sentence("fr") == "Après remplacement : le message tient en 2 SMS au lieu de 3."

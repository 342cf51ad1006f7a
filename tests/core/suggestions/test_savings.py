"""What a shorter text saves, by our own counter over every recipient (the longest rendered message's
parts, and a credit per part and recipient)."""

from __future__ import annotations

from monsms_core.compose import Recipient
from monsms_core.suggestions import Savings, compare, describe, judge, plan_measure

# 149 characters besides the field; "{" and "}" count 2 units each in GSM-7 but are replaced on sending.
TEXT = (
    "Bonjour {prénom}, la réunion des parents d'élèves a lieu demain à 17 heures dans la grande salle. "
    "Merci de venir avec le carnet de notes de votre enfant svp."
)
SHORT = (
    "Bjr {prénom}, la réu des parents d'élèves a lieu dmn à 17 h ds la grande salle. Mrc de venir avc le "
    "carnet de notes de votre enfant svp."
)
PEOPLE = [
    Recipient("2250707000001", {"prénom": "Awa"}),  # 152 characters: 1 SMS
    Recipient("2250707000002", {"prénom": "Marie-Christine"}),  # 164 characters: 2 SMS
    Recipient("2250707000003", {}),  # the fallback "ami": 152 characters, 1 SMS
]


def test_the_longest_message_and_every_recipient_are_counted() -> None:
    assert len(TEXT) - len("{prénom}") == 149
    measure = plan_measure(PEOPLE, {"prénom": "ami"})
    assert measure(TEXT) == (2, 4)  # 1 + 2 + 1 credits
    saved = compare(TEXT, SHORT, measure)
    assert saved == Savings(parts_before=2, parts_after=1, credits_before=4, credits_after=3)
    assert saved.parts_saved == 1 and saved.credits_saved == 1 and saved.saves
    assert describe(saved, "fr") == (
        "Le message le plus long passe de 2 à 1 SMS : 1 crédits économisés sur cet envoi."
    )


def test_credits_scale_with_recipients_and_unicode() -> None:
    many = [Recipient(f"22507070{i:05d}", {"prénom": "Awa"}) for i in range(1000)]
    measure = plan_measure(many)
    # "î" forces UCS-2: 70 characters per single SMS, 67 per part beyond.
    long_unicode = "Réunion s'il vous plaît " + "x" * 60  # 84 characters, UCS-2: 2 parts
    short_gsm = "Reunion svp " + "x" * 60  # 72 characters, GSM-7: 1 part
    saved = compare(long_unicode, short_gsm, measure)
    assert (saved.parts_before, saved.parts_after) == (2, 1)
    assert (saved.credits_before, saved.credits_after) == (2000, 1000)
    assert describe(saved, "fr") == (
        "Le message le plus long passe de 2 à 1 SMS : 1\u202f000 crédits économisés sur cet envoi."
    )


def test_no_recipients_yet_counts_parts_only_and_costs_are_said() -> None:
    measure = plan_measure([])
    saved = compare("x" * 161, "x" * 100, measure)
    assert saved == Savings(2, 1, 0, 0) and saved.saves
    assert "dépendent des destinataires" in describe(saved, "fr")
    worse = compare("x" * 100, "x" * 161, plan_measure(PEOPLE))
    assert worse.credits_saved == -3 and not worse.saves
    assert describe(worse, "fr") == "Attention : 2 SMS au lieu de 1, soit 3 crédits de plus sur cet envoi."
    same = compare("x" * 100, "x" * 90, plan_measure(PEOPLE))
    assert describe(same, "en").startswith("Same number of SMS (1)")


def test_a_proposal_is_acceptable_only_if_it_keeps_fields_and_costs_no_more() -> None:
    measure = plan_measure(PEOPLE, {"prénom": "ami"})
    assert judge(TEXT, SHORT, measure, latinize=False).acceptable
    assert judge(TEXT, SHORT, measure, latinize=False).fits_in_one
    longer = TEXT + " " + "Nous comptons sur votre présence." * 2
    assert not judge(TEXT, longer, measure, latinize=False).acceptable  # more credits
    assert not judge(TEXT, "   ", measure, latinize=False).acceptable  # empty
    assert not judge(TEXT, SHORT.replace("{prénom}", "Awa"), measure, latinize=False).acceptable  # field lost
    same_price = judge(TEXT, TEXT.replace("svp.", "svp"), measure, latinize=False)  # 163 characters: 2 SMS
    assert same_price.acceptable and not same_price.savings.saves  # shorter, same price: allowed, said so

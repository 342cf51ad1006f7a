"""Figures per distinct combination of the fields a text uses equal, exactly, the figures of rendering
every recipient (`sending.build_plan`): recipients, parts of each message, credits, distinct texts, the
longest message and the previews."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time

import pandas as pd
import pytest

from monsms_core.compose import Recipient, count_segments, render
from monsms_core.composer import available_fields, import_recipients, parts_breakdown, preview_messages
from monsms_core.composer.tally import (
    blocked,
    blocker_messages,
    combinations,
    part_moves,
    shortfall,
    tally,
    used_columns,
)
from monsms_core.sending import Weekly, build_plan, check_affordable
from monsms_core.sending.schedule import Schedule

NAMES = ("Awa", "Koffi", "Aya", "Zoé", "Naïs", "Hervé", "Anne-Laure Kouassi-Bédié", "", None)
TEXTS = (
    "Promo ce week-end : -20 % sur tout le magasin !",
    "Bonjour {prénom}, votre solde est de {Montant} F. Merci de votre confiance et à bientôt !",
    "Cher {prénom} {nom}, {Montant} F avant le {Échéance} — réunion à {Ville}. {Inconnu}",
    "{prénom}",
    "Bonjour {prenoms} : " + "x" * 140,
    "Fête à l'école côtière pour {prénom} 🎉",
)


def _people(count: int, seed: int) -> list[Recipient]:
    rng = random.Random(seed)
    people = []
    for _ in range(count):
        fields: dict[str, object] = {}
        if (name := rng.choice(NAMES)) is not None:
            fields["prénom"] = name
        if rng.random() < 0.7:
            fields["nom"] = rng.choice(("Koné", "Traoré", "Yao"))
        if rng.random() < 0.9:
            fields["Montant"] = rng.choice((15000.0, 2500, "1 000", 12.5, 3))
        if rng.random() < 0.5:
            fields["Échéance"] = rng.choice((pd.Timestamp("2026-01-31"), pd.Timestamp("2026-02-01 08:30")))
        if rng.random() < 0.3:
            fields["Ville"] = rng.choice(("Abidjan", "Bouaké", "Yamoussoukro" * 3))
        people.append(Recipient(f"22507{rng.randrange(0, count * 2):08d}", fields, "file"))  # some repeats
    return people


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("text", TEXTS)
def test_per_combination_figures_equal_the_per_recipient_plan(text: str, seed: int) -> None:
    people = _people(600, seed)
    fields = available_fields(people)
    fallbacks = {"prénom": "ami"} if seed == 2 else {}
    plan = build_plan(people, text, fallbacks=fallbacks)
    figures = tally(combinations(people, used_columns(text, fields)), text, fields, fallbacks)
    assert figures.recipient_count == plan.recipient_count
    assert figures.total_credits == plan.total_credits
    assert figures.max_parts == plan.max_parts
    assert figures.distinct_texts == plan.distinct_texts
    assert figures.texts == tuple(chunk.text for chunk in plan.chunks)
    assert figures.text_counts == tuple(len(chunk.phones) for chunk in plan.chunks)
    assert figures.longest_text == plan.longest_text
    assert figures.breakdown() == parts_breakdown(plan)
    assert figures.unknown_fields == plan.unknown_fields


def test_previews_from_the_combinations_equal_those_from_everyone() -> None:
    people = _people(400, 7)
    fields = available_fields(people)
    for text in TEXTS:
        combos = combinations(people, used_columns(text, fields))
        assert preview_messages(people, text, {"prénom": "ami"}, combos=combos) == preview_messages(
            people, text, {"prénom": "ami"}
        )


def test_a_sheet_with_numbers_dates_and_blanks() -> None:
    frame = pd.DataFrame(
        {
            "phone": [f"22507000000{i:02d}" for i in range(6)],
            "first_name": ["Awa", None, "Koffi", "  ", "Awa", "Awa"],
            "Montant": [15000.0, 15000.0, None, 2500.5, 15000.0, 15000.0],
            "Échéance": [pd.Timestamp("2026-01-31"), None, None, pd.NaT, pd.Timestamp("2026-01-31"), None],
        }
    )
    people = import_recipients(frame, ["Montant", "Échéance"], "file:x.xlsx")
    text = "Bonjour {prénom}, {Montant} F avant le {Échéance}."
    fields = available_fields(people)
    combos = combinations(people, used_columns(text, fields), deduplicated=True)
    assert combos.total == 6 and len(combos.counts) < 6  # some recipients share a combination
    figures = tally(combos, text, fields, {"Échéance": "vendredi"})
    plan = build_plan(people, text, fallbacks={"Échéance": "vendredi"})
    assert figures.texts == tuple(c.text for c in plan.chunks)
    assert figures.total_credits == plan.total_credits


def test_no_recipients_and_no_fields() -> None:
    empty = tally(combinations([], ()), "Bonjour", [])
    assert (empty.recipient_count, empty.total_credits, empty.max_parts, empty.longest_text) == (0, 0, 0, "")
    people = [Recipient("1"), Recipient("2"), Recipient("1")]
    plain = tally(combinations(people, ()), "x" * 161, [])
    assert (plain.recipient_count, plain.total_credits, plain.distinct_texts) == (2, 4, 1)


def test_a_combination_lacking_a_used_column_is_refused() -> None:
    people = [Recipient("1", {"prénom": "Awa"})]
    with pytest.raises(ValueError):
        tally(combinations(people, ()), "Bonjour {prénom}", ["prénom"])


def test_moves_count_each_message_that_changes_size() -> None:
    # 3 recipients whose message is long enough for 2 Unicode parts; 2 short ones stay at 1 part.
    people = [Recipient(str(i), {"prénom": "Bernadette-Marie" if i < 3 else "Yao"}) for i in range(5)]
    before_text = "Fête : " + "a" * 50 + " {prénom} ê"
    after_text = before_text.replace("ê", "e")
    fields = available_fields(people)
    combos = combinations(people, used_columns(before_text, fields))
    before, after = tally(combos, before_text, fields), tally(combos, after_text, fields)
    assert part_moves(before, after) == ((2, 1, 3),)
    expected = sum(
        count_segments(render(before_text, p.fields)).segments
        - count_segments(render(after_text, p.fields)).segments
        for p in people
    )
    assert before.total_credits - after.total_credits == expected == 3
    assert part_moves(before, before) == ()


@pytest.mark.parametrize(
    ("text", "send_type", "schedule"),
    [
        ("", "SMS", None),
        ("Bonjour {prénom} {Inconnu}", "SMS", None),
        ("{prénom}", "SMS", None),  # an empty message for whoever has no first name
        ("Promo", "FLASH", Weekly((), time(8, 0))),
        ("Promo", "SMS", datetime(2020, 1, 1, tzinfo=UTC)),
    ],
)
def test_blockers_and_shortfall_are_the_plans(text: str, send_type: str, schedule: Schedule) -> None:
    people = [Recipient("1", {"prénom": "Awa"}), Recipient("2", {"nom": "Yao"})]
    fields = available_fields(people)
    figures = tally(combinations(people, used_columns(text, fields)), text, fields)
    plan = build_plan(people, text, send_type=send_type, schedule=schedule)  # type: ignore[arg-type]
    codes = blocked(figures, send_type, schedule)
    assert codes == plan.blockers
    assert blocker_messages(codes, figures, "fr") == plan.blocker_messages("fr")
    assert blocked(tally(combinations([], ()), text, []), send_type, schedule) == build_plan(
        [], text, send_type=send_type, schedule=schedule  # type: ignore[arg-type]
    ).blockers
    for balance in (0, 1, 2, 100):
        assert shortfall(figures, balance) == check_affordable(plan, balance)

"""What a text edit costs in the composer at 100,000 recipients, against a rerun where nothing changed
(issue 13, point 6), in one run. Run: `.venv/bin/python bench/composer_speed.py`.

1. The core functions the page calls on a text edit, per recipient (before: `build_plan` for the figures,
   previews rendering everyone, the replacement offer re-planned for everyone) and per distinct
   combination of the fields the text uses (now: `tally` on the grouping kept from the last edit,
   previews and both replacement offers — the one shown and the accent opt-in — on the same grouping).
2. The page in AppTest (script time of `AppTest.run`, whole app: gate, sidebar, composer): a sender
   uploads a 100,000-row sheet (Téléphone;Prénom;Montant) and writes a personalised text with
   characters that force Unicode (so both replacement offers are priced); then medians of reruns with
   nothing changed and of reruns after a text edit, and their ratio (target: at most about 3).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from composer_rerun import composer_session, generated_people, median_seconds

from monsms_core.compose import merge_recipients
from monsms_core.composer import (
    available_fields,
    combinations,
    preview_messages,
    price_replacement,
    suggest,
    tally,
    used_columns,
)
from monsms_core.composer.tally import Tally
from monsms_core.sending import build_plan

TEXT = "Bonjour {prénom}, votre solde est de {Montant} F. Merci de votre confiance… À bientôt !"


def core(count: int, runs: int) -> list[tuple[str, float]]:
    """Seconds for the work one text edit causes, per recipient and per combination."""
    merged = merge_recipients(generated_people(count), optouts=set())
    people = merged.recipients
    fields = available_fields(people)
    edited = iter(range(10**6))

    def measure(candidate: str) -> tuple[int, int]:
        plan = build_plan(merged, candidate)
        return plan.max_parts, plan.total_credits

    def per_recipient() -> None:
        text = TEXT + f" Réf {next(edited)}."
        build_plan(merged, text)
        preview_messages(people, text)
        suggest(text, measure)
        suggest(text, measure, include_accents=True)

    columns = used_columns(TEXT, fields)
    grouping = combinations(people, columns, deduplicated=True)

    def compare(template: str, other: str) -> tuple[Tally, Tally]:
        return tally(grouping, template, fields), tally(grouping, other, fields)

    def per_combination() -> None:
        text = TEXT + f" Réf {next(edited)}."
        tally(grouping, text, fields)
        preview_messages(people, text, combos=grouping)
        price_replacement(text, compare, include_accents=False)
        price_replacement(text, compare, include_accents=True)

    def grouped() -> None:
        combinations(people, columns, deduplicated=True)

    def confirmation_plan() -> None:
        build_plan(merged, TEXT)

    return [
        (f"distinct (prénom, Montant) combinations: {len(grouping.counts):,}", 0.0),
        ("text edit, per recipient (plan, previews, 2 offers)", median_seconds(per_recipient, runs)),
        ("grouping by the fields used (once per set of fields)", median_seconds(grouped, runs)),
        ("text edit, per combination (tally, previews, 2 offers)", median_seconds(per_combination, runs)),
        ("full plan for the confirmation (build_plan)", median_seconds(confirmation_plan, runs)),
    ]


def page(count: int, runs: int) -> list[tuple[str, float]]:
    """Script time of composer reruns in AppTest: unchanged vs after a text edit."""
    with composer_session(count) as (at, upload):
        start = time.perf_counter()
        at.text_area(key="composer_text").input(TEXT).run()
        first = time.perf_counter() - start
        assert not at.exception, [e.value for e in at.exception]
        unchanged: list[float] = []
        edits: list[float] = []
        for index in range(runs):  # interleaved, so that the machine's load weighs on both alike
            start = time.perf_counter()
            at.run()
            unchanged.append(time.perf_counter() - start)
            at.text_area(key="composer_text").input(TEXT + f" Réf {index}.")
            start = time.perf_counter()
            at.run()
            edits.append(time.perf_counter() - start)
        assert not at.exception, [e.value for e in at.exception]
        still, edit = statistics.median(unchanged), statistics.median(edits)
        return [
            ("upload + check of the sheet, draft rows saved (once)", upload),
            ("first personalised text (grouping, figures, offers)", first),
            ("rerun, nothing changed", still),
            ("rerun after a text edit", edit),
            (f"ratio edit / unchanged: {edit / still:.2f}", 0.0),
        ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"recipients: {args.recipients:,}, median of {args.runs} runs")
    for title, rows in (
        ("core functions a text edit calls", core(args.recipients, args.runs)),
        ("composer page (AppTest script time, whole app)", page(args.recipients, args.runs)),
    ):
        print(f"\n{title}")
        for label, seconds in rows:
            print(f"  {label:<60} {seconds * 1000:9.1f} ms" if seconds else f"  {label}")


if __name__ == "__main__":
    main()

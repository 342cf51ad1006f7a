"""How the composer copes with 100,000 recipients. Run: `.venv/bin/python bench/composer_rerun.py`.

Two parts, medians of several runs:

1. Pure rendering (no Streamlit): merging 100,000 recipients, building the send plan for a plain and
   for personalised texts (one campaign per distinct text), the previews, and pricing the GSM
   replacement offer (which re-renders the replaced text for everyone).
2. Reruns of the composer page in AppTest (script time, no browser), on an in-process sandbox: a signed-in
   sender uploads a 100,000-row sheet (Téléphone, Prénom, Montant) and writes a personalised message;
   then the figure that matters while composing — a rerun whose inputs did not change (a click
   elsewhere, a widget that does not touch the plan) — and, for comparison, a rerun after a text edit
   (everything recomputed once), and the frame alone (the same session on "Mon compte").
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from streamlit.testing.v1 import AppTest

from monsms_core import accounts
from monsms_core.compose import Recipient, merge_recipients
from monsms_core.composer import preview_messages, suggest
from monsms_core.sending import build_plan
from monsms_core.store import Store
from monsms_sandbox.server import SandboxServer

PASSWORD = "Plateau-2026-ok"
NAMES = ("Awa", "Koffi", "Aya", "Yao", "Fatou", "Mariam", "Adjoua", "Konan", "Grâce", "Seydou")
PERSONALISED = "Bonjour {prénom}, votre solde est de {Montant} F. Merci de votre confiance !"


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def generated_people(count: int) -> list[Recipient]:
    rng = random.Random(2250131)
    return [
        Recipient(
            f"22507{i:08d}",
            {"prénom": rng.choice(NAMES), "Montant": str(rng.randrange(1, 400) * 500)},
            "file",
        )
        for i in range(count)
    ]


def rendering(count: int, runs: int) -> list[tuple[str, float]]:
    """Seconds for the pure steps on `count` recipients."""
    people = generated_people(count)
    merged = merge_recipients(people, optouts={people[5].phone})
    merge = median_seconds(lambda: merge_recipients(people, optouts={people[5].phone}), runs)
    rows = [("merge + opt-outs", merge)]
    for label, text in (
        ("plan, plain text", "Promo ce week-end : -20 % sur tout le magasin !"),
        ("plan, {prénom} (10 distinct texts)", "Bonjour {prénom}, promo ce week-end !"),
        ("plan, {prénom} + {Montant} (~4,000 distinct texts)", PERSONALISED),
    ):
        rows.append((label, median_seconds(lambda text=text: build_plan(merged, text), runs)))
    rows.append(
        (
            "previews (first, longest, missing)",
            median_seconds(lambda: preview_messages(merged.recipients, PERSONALISED), runs),
        )
    )

    def measure(candidate: str) -> tuple[int, int]:
        plan = build_plan(merged, candidate)
        return plan.max_parts, plan.total_credits

    rows.append(
        (
            "replacement offer, priced for everyone",
            median_seconds(lambda: suggest(PERSONALISED + " …", measure), runs),
        )
    )
    return rows


def sheet_csv(count: int) -> bytes:
    rng = random.Random(7)
    lines = ["Téléphone;Prénom;Montant"]
    lines += [f"07{i:08d};{rng.choice(NAMES)};{rng.randrange(1, 400) * 500}" for i in range(count)]
    return ("\n".join(lines) + "\n").encode("utf-8")


@contextmanager
def composer_session(count: int) -> Iterator[tuple[AppTest, float]]:
    """A signed-in sender on the composer (AppTest, in-process sandbox, temporary folder) who uploaded a
    `count`-row sheet; yields the session and the seconds the upload run took."""
    folder = Path(tempfile.mkdtemp(prefix="monsms-bench-composer-"))
    server = SandboxServer(str(folder / "sandbox.db"), port=0).start()
    try:
        key = server.create_account(seed=True, credit=10_000_000)
        os.environ.update(
            MONSMS_API_KEY=key,
            MONSMS_BASE_URL=server.base_url,
            MONSMS_COOKIE_KEY=secrets.token_urlsafe(40),
            MONSMS_DATA_DIR=str(folder / "data"),
            MONSMS_DATABASE_URL=f"sqlite:///{folder / 'monsms.db'}",
        )
        store = Store.open(os.environ["MONSMS_DATABASE_URL"])
        accounts.BCRYPT_ROUNDS = 4
        accounts.create_user(
            store, actor="bench", username="awa", display_name="Awa", role="sender", password=PASSWORD
        )
        store.dispose()
        at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=600).run()
        at.text_input(key="login_username").input("awa")
        at.text_input(key="login_password").input(PASSWORD)
        next(b for b in at.button if b.label == "Se connecter").click().run()
        at.switch_page("app_pages/send/send.py").run()
        start = time.perf_counter()
        at.file_uploader(key="composer_file").upload("clients.csv", sheet_csv(count), "text/csv").run()
        yield at, time.perf_counter() - start
    finally:
        server.stop()


def reruns(count: int, runs: int) -> list[tuple[str, float]]:
    """Seconds per AppTest run of the composer with `count` recipients from an uploaded sheet."""
    with composer_session(count) as (at, upload):
        start = time.perf_counter()
        at.text_area(key="composer_text").input(PERSONALISED).run()
        first_text = time.perf_counter() - start
        assert not at.exception, [e.value for e in at.exception]
        shown = {m.label: m.value for m in at.metric}
        assert shown["Destinataires"].replace("\u202f", "").replace("\xa0", "") == str(count), shown
        unchanged = median_seconds(at.run, runs)
        edits = []
        for index in range(runs):
            at.text_area(key="composer_text").input(PERSONALISED + f" Réf {index}.")
            start = time.perf_counter()
            at.run()
            edits.append(time.perf_counter() - start)
        at.switch_page("app_pages/home/account.py").run()
        frame = median_seconds(at.run, runs)
        return [
            ("upload + check of the sheet (once)", upload),
            ("first personalised text (merge, plan, previews, offer)", first_text),
            ("rerun, nothing changed (the target: < 150 ms)", unchanged),
            ("rerun after a text edit (plan recomputed)", statistics.median(edits)),
            ("frame alone (same session on Mon compte)", frame),
        ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"recipients: {args.recipients:,}, median of {args.runs} runs")
    for title, rows in (
        ("pure rendering", rendering(args.recipients, args.runs)),
        ("composer page (AppTest, whole app: gate + sidebar + page)", reruns(args.recipients, args.runs)),
    ):
        print(f"\n{title}")
        for label, seconds in rows:
            print(f"  {label:<58} {seconds * 1000:9.1f} ms")


if __name__ == "__main__":
    main()

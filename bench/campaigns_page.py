"""How long the campaigns page takes with 10,000 campaigns, measured with AppTest (script time, no browser).
Run: `.venv/bin/python bench/campaigns_page.py [--campaigns 10000]`. Uses a temporary data folder and its
own in-process sandbox (rate limit off), so nothing of the project's data/ is touched.

Set-up: the seeded demo account, plus campaigns created through the real API path until the account
has `--campaigns`: 1 in 10 of them are personalised sends of 3 texts made through the dashboard's
outbox (`sending.execute`), so the page also joins the outbox and groups multi-campaign sends.

Figures, median and max of 5 runs each:
- "first render": the list cache empty: 10 list calls of 1,000 campaigns over HTTP, frame building,
  outbox join, grouping, filters, table, totals and charts;
- "rerun, cached": the same page again (no widget changed);
- "filter change": a type filter (FLASH), a text search ("tabaski") and a period change ("Tout"), each
  one rerun on cached data, each leaving hundreds to thousands of rows in the table.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from streamlit.testing.v1 import AppTest

from monsms_core import accounts
from monsms_core.accounts import passwords
from monsms_core.client import MonSmsClient
from monsms_core.compose import Recipient
from monsms_core.sending import build_plan, execute, submit
from monsms_core.store import Store
from monsms_sandbox.control import SandboxControl
from monsms_sandbox.server import SandboxServer

PASSWORD = "Plateau-2026-ok"
NAMES = ("Promo karité", "Tabaski", "Réunion parents", "Rappel cotisation", "Nouvel arrivage", "Soldes")
SENDERS = ("AWASHOP", "PROMO")


def fill(client: MonSmsClient, store: Store, total: int) -> int:
    """Create campaigns until the account has `total`; returns how many exist."""
    existing = sum(1 for _ in client.campaigns.iterate(count=1000))
    index = 0
    while existing < total:
        phones = [f"22507{index % 100_000:08d}", f"22505{(index * 7) % 100_000:08d}"]
        name = f"{NAMES[index % len(NAMES)]} {index}"
        if index % 10 == 0 and total - existing >= 3:
            people = [
                Recipient(f"22501{(index * 3 + k) % 100_000:08d}", {"prenom": p})
                for k, p in enumerate(("Awa", "Koffi", "Aya"))
            ]
            plan = build_plan(people, "Bonjour {prenom}, -20 % ce samedi !", sender_id="PROMO", name=name)
            entry = submit(store, plan, created_by="awa", send_key=f"bench-{index}")
            execute(store, client, entry.id, rate_per_second=10_000, check_credit=False)
            existing += 3
        else:
            kind = "FLASH" if index % 7 == 0 else "SMS"
            client.campaigns.create(
                f"{name} : profitez de nos offres cette semaine à Adjamé.",
                contacts=phones,
                type=kind,
                sender_id=SENDERS[index % 2],
                name=name,
            )
            existing += 1
        index += 1
        if index % 1000 == 0:
            print(f"  … {existing} campaigns", flush=True)
    return existing


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def report(label: str, values: list[float]) -> None:
    median, worst = statistics.median(values) * 1000, max(values) * 1000
    print(f"{label:34s} median {median:8.1f} ms   max {worst:8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--campaigns", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="monsms-bench-campaigns-"))
    server = SandboxServer(str(data_dir / "sandbox.db"), port=0, rate_limit_per_second=0).start()
    control = SandboxControl(server.root_url)
    api_key = control.create_account(seed=True)
    control.recharge(api_key, 10_000_000)
    database_url = f"sqlite:///{data_dir / 'monsms.db'}"
    store = Store.open(database_url)
    passwords.BCRYPT_ROUNDS = 4  # signing in is not what is measured here
    accounts.create_user(
        store, actor="bench", username="awa", display_name="Awa", role="admin", password=PASSWORD
    )
    started = time.perf_counter()
    with MonSmsClient(api_key, base_url=server.base_url) as client:
        count = fill(client, store, options.campaigns)
    print(f"set-up: {count} campaigns in {time.perf_counter() - started:.0f} s")
    store.dispose()

    os.environ.update(
        MONSMS_DATA_DIR=str(data_dir),
        MONSMS_DATABASE_URL=database_url,
        MONSMS_API_KEY=api_key,
        MONSMS_BASE_URL=server.base_url,
        MONSMS_COOKIE_KEY=secrets.token_urlsafe(40),
    )
    import streamlit as st

    first, warm, by_type, by_text, by_period = [], [], [], [], []
    for _ in range(options.runs):
        at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=300).run()
        at.text_input(key="login_username").input("awa")
        at.text_input(key="login_password").input(PASSWORD)
        next(b for b in at.button if b.label == "Se connecter").click().run()
        st.cache_data.clear()
        first.append(timed(lambda at=at: at.switch_page("app_pages/campaigns/campaigns.py").run()))
        assert not at.exception, [e.value for e in at.exception]
        assert at.metric[0].value.replace("\u202f", "") != "0"
        warm.append(timed(at.run))
        by_type.append(timed(at.multiselect(key="campaigns_filter_types").set_value(["FLASH"]).run))
        at.multiselect(key="campaigns_filter_types").set_value([]).run()
        by_text.append(timed(at.text_input(key="campaigns_filter_text").input("tabaski").run))
        by_period.append(timed(at.segmented_control(key="campaigns_filter_period").set_value("all").run))
        shown = len(at.dataframe[0].value) if at.dataframe else 0
    print(f"account: {count} campaigns; last filtered view: {shown} rows")
    report("first render (cold list cache)", first)
    report("rerun, cached", warm)
    report("filter change: type", by_type)
    report("filter change: text search", by_text)
    report("filter change: period", by_period)
    st.cache_resource.clear()
    server.stop()


if __name__ == "__main__":
    main()

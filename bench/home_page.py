"""How long the home page takes to build on the sandbox demo account, measured with AppTest (script time,
no browser). Run: `.venv/bin/python bench/home_page.py`. Uses a temporary data folder.

Three figures, median of 5 each: "cold API" (the short API caches empty, so credit, counts and the last
campaigns are fetched from the in-process sandbox over HTTP), "warm" (a rerun within the cache TTL), and
the sign-in run itself (bcrypt check at the production cost, then the home page).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from streamlit.testing.v1 import AppTest

from monsms_core import accounts
from monsms_core.store import Store

PASSWORD = "Plateau-2026-ok"


def main() -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="monsms-bench-"))
    os.environ["MONSMS_DATA_DIR"] = str(data_dir)
    for name in ("MONSMS_API_KEY", "MONSMS_DATABASE_URL", "MONSMS_COOKIE_KEY", "MONSMS_BASE_URL"):
        os.environ.pop(name, None)
    store = Store.open(f"sqlite:///{data_dir / 'monsms.db'}")
    accounts.create_user(
        store, actor="bench", username="awa", display_name="Awa", role="admin", password=PASSWORD
    )
    store.dispose()

    import streamlit as st

    at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=60).run()  # starts the sandbox once
    sign_in, cold, warm = [], [], []
    for _ in range(5):
        at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=60).run()
        at.text_input(key="login_username").input("awa")
        at.text_input(key="login_password").input(PASSWORD)
        button = next(b for b in at.button if b.label == "Se connecter")
        start = time.perf_counter()
        button.click().run()
        sign_in.append(time.perf_counter() - start)
        assert [t.value for t in at.title] == ["Bonjour, Awa"], [t.value for t in at.title]
        st.cache_data.clear()
        start = time.perf_counter()
        at.run()
        cold.append(time.perf_counter() - start)
        start = time.perf_counter()
        at.run()
        warm.append(time.perf_counter() - start)
    for label, values in (("sign-in + home", sign_in), ("home, cold API cache", cold), ("home, warm", warm)):
        median, worst = statistics.median(values) * 1000, max(values) * 1000
        print(f"{label:24s} median {median:7.1f} ms   max {worst:7.1f} ms")


if __name__ == "__main__":
    main()

"""Twenty people signing in at once (issue 14, point 6), in a real browser against `streamlit run`.
Run: `.venv/bin/python bench/concurrent_sessions.py [sessions]` (default 20). Uses a temporary data
folder; Chromium runs on the same machine as the server, so the figures are an upper bound.

Each of the N browser contexts (one Chromium) signs in as its own user at the same moment, then opens
the send page and the home page three times. Reported: sign-in (submit → own greeting), navigations
(p50/p95), and isolation — every context must only ever see its own name, never another user's; the
script exits non-zero otherwise, or when a session stalls (no page within 90 s).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from playwright.async_api import Browser, async_playwright, expect
from playwright.async_api import TimeoutError as PlaywrightTimeout

from tests.e2e.browser_support import CHROMIUM, CHROMIUM_ARGS, PASSWORD, add_user, streamlit_app

STALL_MS = 90_000
NAMES = ("Awa", "Koffi", "Aya", "Yao", "Adjoua", "Konan", "Mariam", "Seydou", "Affoue", "Ibrahim")


def display_name(index: int) -> str:
    return f"{NAMES[index % len(NAMES)]} Numero{index:02d}"


async def one_person(browser: Browser, url: str, index: int, start: asyncio.Event) -> dict[str, object]:
    context = await browser.new_context(viewport={"width": 1300, "height": 900}, locale="fr-FR")
    context.set_default_timeout(STALL_MS)
    page = await context.new_page()
    try:
        await page.goto(url)
        await expect(page.get_by_role("textbox", name="Identifiant")).to_be_visible(timeout=STALL_MS)
        await start.wait()
        await page.get_by_role("textbox", name="Identifiant").fill(f"user{index:02d}")
        await page.get_by_role("textbox", name="Mot de passe").fill(PASSWORD)
        began = time.perf_counter()
        await page.get_by_role("button", name="Se connecter").click()
        await expect(page.get_by_role("heading", name=f"Bonjour, {display_name(index)}")).to_be_visible(
            timeout=STALL_MS
        )
        # Signed in once the login cookie is written (by the cookie component), as a reload needs it.
        await page.wait_for_function("() => document.cookie.includes('monsms_auth=')", timeout=STALL_MS)
        sign_in = time.perf_counter() - began
        navigations, leaks = [], []
        for _ in range(3):
            for path, heading in (("send", "Envoyer un SMS"), ("", f"Bonjour, {display_name(index)}")):
                began = time.perf_counter()
                await page.goto(f"{url}/{path}")
                await expect(page.get_by_role("heading", name=heading)).to_be_visible(timeout=STALL_MS)
                navigations.append(time.perf_counter() - began)
                text = await page.locator("body").inner_text()
                leaks += [n for i, n in enumerate(map(display_name, range(40))) if i != index and n in text]
        return {"sign_in": sign_in, "navigations": navigations, "leaks": leaks, "stalled": False}
    except (AssertionError, PlaywrightTimeout) as problem:
        shown = (await page.locator("body").inner_text())[:300].replace("\n", " | ")
        why = str(problem).splitlines()[0]
        print(f"session {index} stalled: {why} — page shows: {shown}", file=sys.stderr)
        return {"sign_in": None, "navigations": [], "leaks": [], "stalled": True}
    finally:
        await context.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def run(count: int, url: str) -> int:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        start = asyncio.Event()
        tasks = [asyncio.create_task(one_person(browser, url, i, start)) for i in range(count)]
        await asyncio.sleep(30)  # every login form loaded: then all submit together
        began = time.perf_counter()
        start.set()
        results = await asyncio.gather(*tasks)
        total = time.perf_counter() - began
        await browser.close()
    sign_ins = [r["sign_in"] for r in results if r["sign_in"] is not None]
    navigations = [n for r in results for n in r["navigations"]]
    stalled = sum(1 for r in results if r["stalled"])
    leaks = [leak for r in results for leak in r["leaks"]]
    print(f"{count} sessions, burst + navigations done in {total:.1f} s; stalled: {stalled}; leaks: {leaks}")
    if sign_ins:
        print(f"sign-in: p50 {percentile(sign_ins, 0.5):.2f} s, p95 {percentile(sign_ins, 0.95):.2f} s, "
              f"max {max(sign_ins):.2f} s")  # fmt: skip
    if navigations:
        print(f"navigation ({len(navigations)}): p50 {percentile(navigations, 0.5):.2f} s, "
              f"p95 {percentile(navigations, 0.95):.2f} s")  # fmt: skip
    return 1 if stalled or leaks else 0


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    data_dir = Path(tempfile.mkdtemp(prefix="monsms-bench-")) / "data"
    for index in range(count):
        add_user(data_dir, f"user{index:02d}", "sender", display_name=display_name(index))
    with streamlit_app(data_dir) as url:
        return asyncio.run(run(count, url))


if __name__ == "__main__":
    sys.exit(main())

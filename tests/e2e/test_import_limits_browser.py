"""Files that used to endanger the shared server, uploaded on the Import page in a real browser: each
gets a French sentence saying what to do, while the dashboard's whole process tree (Streamlit, its
embedded worker, the import children) stays far from 1.5 GB more and another user's page still loads.
The files are generated at test time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from monsms_sandbox.control import SandboxControl
from tests.e2e.browser_support import NewPage, StartApp, add_user, settle, sign_in
from tests.e2e.process_tree import PeakSampler, tree_rss

pytestmark = pytest.mark.e2e
GB = 1024**3


def _rows_csv(path: Path, rows: int, line: bytes) -> Path:
    block = line * 100_000
    with path.open("wb") as out:
        out.write(b"Nom;Telephone\n")
        for _ in range(rows // 100_000):
            out.write(block)
    return path


def _wide_line(path: Path, columns: int) -> Path:
    path.write_bytes(b";".join([b"x"] * columns) + b"\n")
    return path


def _upload(page: Page, file: Path, sentence: str) -> None:
    choose_again = page.get_by_role("button", name="Choisir un autre fichier")
    if choose_again.count():
        choose_again.click()
        settle(page)
    page.locator("input[type='file']").set_input_files(str(file))
    expect(page.get_by_text(sentence, exact=False)).to_be_visible(timeout=60_000)


def test_hostile_files_get_a_french_sentence_and_leave_the_server_alone(
    tmp_path: Path, page: Page, new_page: NewPage, start_app: StartApp, sandbox: SandboxControl,
    base_url: str,
) -> None:  # fmt: skip
    key = sandbox.create_account(credit=1000)
    data_dir = tmp_path / "data"
    add_user(data_dir, "awa", "sender")
    add_user(data_dir, "kofi", "sender", display_name="Kofi Yao")
    big = _rows_csv(tmp_path / "trois-millions.csv", 3_000_000, b"KOUASSI Jean;0707123456\n")  # 24 B/line
    wide = _wide_line(tmp_path / "deux-millions-colonnes.csv", 2_000_000)
    long = _rows_csv(tmp_path / "deux-millions-lignes.csv", 2_100_000, b"A;0707123456\n")
    assert 60 * 1024**2 < big.stat().st_size < 75 * 1024**2

    url = start_app(data_dir, api_key=key, base_url=base_url)
    pid = int((data_dir.parent / "streamlit.pid").read_text())
    sign_in(page, url, "import", "Importer des contacts")
    baseline = tree_rss(pid)
    other = new_page()
    other.goto(url)  # a first visit loads the browser's assets; the timings below are page loads
    expect(other.get_by_role("button", name="Se connecter")).to_be_visible()
    loads: list[float] = []
    with PeakSampler(pid) as sampler:
        for file, sentence in (
            (big, "Le fichier est trop volumineux (plus de 50 Mo)"),
            (wide, "Une ligne du fichier a trop de colonnes"),
            (long, "Le fichier a trop de lignes"),
        ):
            _upload(page, file, sentence)
            started = time.monotonic()
            other.goto(url)
            expect(other.get_by_role("button", name="Se connecter")).to_be_visible()
            loads.append(time.monotonic() - started)
    growth = sampler.peak - baseline
    mb = {"baseline": baseline, "peak": sampler.peak, "growth": growth}
    print({name: f"{value / 2**20:.0f} MB" for name, value in mb.items()}, "other user's page:", loads)
    assert growth < 1.5 * GB

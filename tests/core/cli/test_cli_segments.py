"""The `segments` subcommand: JSON for scripts, a French (or English) verdict for people."""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from monsms_core.cli import SUBCOMMAND_MODULES, segments

PROJECT_ROOT = Path(__file__).resolve().parents[3]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    parser = argparse.ArgumentParser()
    segments.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["segments", *argv])
    assert args.handler(args) == 0
    return capsys.readouterr().out


def test_json_for_a_gsm_text(capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(["--json", "Réunion à l'école demain"], capsys)
    assert out.count("\n") == 1
    assert json.loads(out) == {
        "encoding": "GSM-7",
        "segments": 1,
        "units": 24,
        "non_gsm": [],
        "characters": 24,
        "remaining": 136,
    }


def test_json_for_a_ucs2_text(capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_run(["--json", "Ça coûte… " + "x" * 80], capsys))
    assert data["encoding"] == "UCS-2"
    assert data["non_gsm"] == ["û", "…"]
    assert (data["segments"], data["units"], data["remaining"]) == (2, 90, 44)


def test_french_verdict_names_the_culprits_and_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(["Ça coûte… très cher\u00a0!"], capsys)
    assert "Encodage Unicode (UCS-2) : 1 SMS par destinataire" in out
    assert "« û »" in out and "espace insécable (U+00A0)" in out
    assert "Résultat : 1 SMS (GSM-7)" in out


def test_english_verdict_and_empty_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["--lang", "en", "Hello"], capsys).startswith("GSM-7 encoding: 1 SMS per recipient")
    assert "Message vide" in _run([""], capsys)


def test_text_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _StdIn("Ligne 1\r\nLigne 2\n"))
    data = json.loads(_run(["--json", "-"], capsys))
    assert data["characters"] == len("Ligne 1\r\nLigne 2")


class _StdIn:
    def __init__(self, text: str) -> None:
        self._text = text

    def read(self) -> str:
        return self._text


def test_through_python_dash_m() -> None:
    missing = [
        name for name in SUBCOMMAND_MODULES if importlib.util.find_spec(f"monsms_core.cli.{name}") is None
    ]
    if missing:
        pytest.skip(f"the router also needs monsms_core.cli.{', '.join(missing)}, not written yet")
    result = subprocess.run(
        [sys.executable, "-m", "monsms_core", "segments", "--json", "Bonjour"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(result.stdout)["segments"] == 1
    plain = subprocess.run(
        [sys.executable, "-m", "monsms_core", "segments", "Bonjour"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert plain.stdout.startswith("Encodage GSM-7 : 1 SMS")

"""`python -m monsms_core import-check`: one JSON object or a readable summary; an unreadable file is
one sentence on stderr and exit code 2, never a traceback."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from importer_support import FIXTURES, xlsx_bytes

from monsms_core.cli import import_check

ROOT = Path(__file__).resolve().parents[3]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    import_check.register(parser.add_subparsers())
    args = parser.parse_args(["import-check", *argv])
    code = args.handler(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_answer(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(FIXTURES / "membres.xlsx"), "--json"], capsys)
    assert code == 0 and err == ""
    answer = json.loads(out)
    assert set(answer) >= {"valid", "rejected", "duplicates", "counts"}
    assert answer["counts"]["valid"] == len(answer["valid"])
    first = answer["valid"][0]
    assert first == {
        "row": 5,
        "phone": "2250707123456",
        "status": "repaired",
        "original": "707123456",
        "reason": "leading_zero_restored",
        "name": "KOUASSI Jean",
        "first_name": "",
        "last_name": "",
        "sex": "M",
        "fields": {"Quartier": "Riviera", "Cotisation": "5000"},
    }
    rejected = {item["row"]: item for item in answer["rejected"]}
    assert rejected[17]["code"] == "fixed_line"
    assert rejected[17]["reason"] == "Numéro de téléphone fixe : il ne peut pas recevoir de SMS."
    duplicates = {item["row"]: item for item in answer["duplicates"]}
    assert duplicates[16]["phone"] == "2250707123456" and duplicates[16]["first_row"] == 5
    assert answer["file"]["header_row"] == 4
    assert answer["mapping"]["phone"] == "N° de Téléphone"


def test_english_reasons_sheet_choice_and_phone_column_by_letter(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = [str(FIXTURES / "deux_feuilles.xlsx"), "--sheet", "Bouaké", "--json", "--lang", "en"]
    code, out, _ = run(argv, capsys)
    assert code == 0
    answer = json.loads(out)
    found = [(item["row"], item["phone"]) for item in answer["valid"]]
    assert found == [(2, "2250141234567"), (5, "2250748123456")]
    assert answer["counts"]["blank_rows"] == 2
    path = tmp_path / "deux.xlsx"
    path.write_bytes(xlsx_bytes([["Code", "Autre"], ["A1", "0707123456"], ["A2", "27 22 44 55 66"]]))
    code, out, _ = run([str(path), "--phone-column", "B", "--json", "--lang", "en"], capsys)
    answer = json.loads(out)
    assert answer["mapping"]["phone"] == "Autre"
    assert answer["rejected"][0]["reason"] == "Landline number: it cannot receive SMS."


def test_readable_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(FIXTURES / "membres_unicode.txt")], capsys)
    assert code == 0
    assert "Feuille « membres_unicode » — lignes lues : 18." in out
    assert "Contacts prêts à importer : 11" in out
    assert "Ligne 17 : « 27 22 44 55 66 » — Numéro de téléphone fixe" in out


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (b"%PDF-1.4 rien", "liste.xlsx", "Ce fichier porte l'extension .xlsx mais ce n'est pas un tableau"),
        (None, "absent.xlsx", "Impossible d'ouvrir le fichier"),
        (b"Nom;Tel\nAwa;0707123456\n", "ok.csv", "Le pays « XX » est inconnu"),
    ],
)
def test_unreadable_is_one_sentence_and_exit_2(
    content: bytes | None, name: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    extra = ["--country", "XX"] if name == "ok.csv" else []
    code, out, err = run([str(path), *extra], capsys)
    assert code == 2 and out == ""
    assert err.startswith(expected)
    assert err.count("\n") == 1 and "Traceback" not in err


def test_the_real_command_line(tmp_path: Path) -> None:
    bomb = tmp_path / "contacts.xlsx"
    bomb.write_bytes(b"PK\x03\x04 truncated zip")
    done = subprocess.run(
        [sys.executable, "-m", "monsms_core", "import-check", str(bomb), "--lang", "en"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("This file is damaged or incomplete")
    assert "Traceback" not in done.stderr

"""Reading and checking in a bounded child: the cheap limits answer before parsing, a child over its
memory limit becomes a sentence, and the full results stay on disk for the worker."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest

from monsms_core.importer import DEFAULT_LIMITS, ImportProblem
from monsms_core.importer.isolated import (
    check_in_child,
    checked_upload,
    new_workdir,
    read_in_child,
    remove_workdir,
    save_upload,
)
from monsms_core.importer.shape import text_shape


def _folder(tmp_path: Path, data: bytes) -> Path:
    folder = new_workdir(tmp_path)
    save_upload(folder, io.BytesIO(data))
    return folder


def test_the_shape_pass_counts_lines_and_the_widest_line() -> None:
    assert text_shape(b"a;b;c\n1;2\n", "utf-8", ";") == (2, 3)
    assert text_shape(b"a;b\n1;2;3;4", "utf-8", ";") == (2, 4)
    assert text_shape("a,b\n1,2,3\n".encode("utf-16"), "utf-16", ",") == (2, 3)


def test_a_sheet_is_read_and_checked_in_children_and_kept_on_disk(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "Nom;Téléphone\nKONE Awa;0707123456\nYAO;bonjour\n".encode())
    read = read_in_child(folder, "parents.csv", None)
    assert read.rows == 2 and read.columns == ["Nom", "Téléphone"] and read.detected.phone == "Téléphone"
    checked = check_in_child(folder, read.sheet, read.detected, "CI", {}, "fr")
    assert checked.counts.valid == 1 and checked.counts.rejected == 1
    assert list(checked.review["rejected"].iloc[:, 0]) == [3]
    assert set(checked.downloads) == {"rejected.xlsx", "rejected.csv"}  # no changed or duplicate rows
    full = checked_upload(folder, checked.key)
    assert list(full.result.valid["phone"]) == ["2250707123456"] and full.existing_ids == {}
    remove_workdir(folder)
    assert not folder.exists()


def test_a_two_million_column_line_is_refused_before_parsing(tmp_path: Path) -> None:
    folder = _folder(tmp_path, b";".join([b"x"] * 2_000_000) + b"\n")
    with pytest.raises(ImportProblem) as refused:
        read_in_child(folder, "large.csv", None)
    assert refused.value.code == "too_many_columns"
    assert refused.value.user_message("fr").startswith("Une ligne du fichier a trop de colonnes")


def test_too_many_rows_are_refused_by_the_streaming_count(tmp_path: Path) -> None:
    folder = _folder(tmp_path, b"Tel\n" + b"0707123456\n" * 2_000)
    with pytest.raises(ImportProblem) as refused:
        read_in_child(folder, "long.csv", None, replace(DEFAULT_LIMITS, max_rows=1_000))
    assert refused.value.code == "too_many_rows"


def test_a_child_over_its_memory_limit_becomes_a_sentence(tmp_path: Path) -> None:
    folder = _folder(tmp_path, b"Nom;Tel\n" + b"KONE Awa;0707123456\n" * 600_000)
    read = read_in_child(folder, "big.csv", None)
    tight = replace(DEFAULT_LIMITS, child_memory_bytes=450 * 1024 * 1024)
    with pytest.raises(ImportProblem) as refused:
        check_in_child(folder, read.sheet, read.detected, "CI", {}, "fr", tight)
    assert refused.value.code == "memory_limit"
    assert "mémoire" in refused.value.user_message("fr")

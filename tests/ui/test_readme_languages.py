"""The README exists in French too: each version links to the other at its top, and both give the very
same commands (a reader copies them whichever language they read)."""

from __future__ import annotations

import re
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"```[a-z]*\n.*?```", re.DOTALL)


def test_each_readme_links_to_the_other_at_its_top() -> None:
    english = (PROJECT / "README.md").read_text(encoding="utf-8").splitlines()[:5]
    french = (PROJECT / "README.fr.md").read_text(encoding="utf-8").splitlines()[:5]
    assert any("(README.fr.md)" in line for line in english)
    assert any("(README.md)" in line for line in french)


def test_both_readmes_give_the_same_commands() -> None:
    english = FENCE.findall((PROJECT / "README.md").read_text(encoding="utf-8"))
    french = FENCE.findall((PROJECT / "README.fr.md").read_text(encoding="utf-8"))
    assert english and french == english

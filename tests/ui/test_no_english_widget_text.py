"""Streamlit's widgets fall back to English text ("Choose an option", "Choose options") when a page gives
no placeholder. Our users read French: every selectbox that may be empty and every multiselect must name
its own placeholder through the translation layer."""

from __future__ import annotations

import ast
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
SOURCES = sorted(
    [*PROJECT.joinpath("app_pages").rglob("*.py"), *PROJECT.joinpath("ui").rglob("*.py"), PROJECT / "app.py"]
)


def _calls(name: str) -> list[tuple[Path, ast.Call]]:
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == name:
                found.append((path, node))
    return found


def _keywords(call: ast.Call) -> dict[str, ast.expr]:
    return {kw.arg: kw.value for kw in call.keywords if kw.arg}


def test_empty_selectboxes_have_a_placeholder() -> None:
    missing = [
        f"{path.relative_to(PROJECT)}:{call.lineno}"
        for path, call in _calls("selectbox")
        if isinstance(_keywords(call).get("index"), ast.Constant)
        and _keywords(call)["index"].value is None
        and "placeholder" not in _keywords(call)
    ]
    assert not missing, f"selectbox(index=None) without a placeholder shows English text: {missing}"


def test_multiselects_have_a_placeholder() -> None:
    missing = [
        f"{path.relative_to(PROJECT)}:{call.lineno}"
        for path, call in _calls("multiselect")
        if "placeholder" not in _keywords(call)
    ]
    assert not missing, f"multiselect without a placeholder shows 'Choose options': {missing}"


def test_multiselects_hide_streamlits_english_select_all() -> None:
    """Streamlit writes "Select all" / "Select N matches" in English in its browser code: every multiselect
    turns it off (ui.shell.choices offers a French "Tout sélectionner" where it is useful)."""
    missing = [
        f"{path.relative_to(PROJECT)}:{call.lineno}"
        for path, call in _calls("multiselect")
        if not (
            isinstance(_keywords(call).get("select_all"), ast.Constant)
            and _keywords(call)["select_all"].value is False
        )
    ]
    assert not missing, f"multiselect showing Streamlit's English 'Select all': {missing}"


def test_streamlits_builtin_words_have_the_readers_language() -> None:
    """Each English text Streamlit writes that the script swaps has a French text, and the texts holding a
    value become patterns that keep it ("Remove Awa" → "Retirer Awa")."""
    from ui.shell.builtin_words import builtin_words

    exact, patterns = builtin_words("fr")
    assert exact["Clear all"] == "Tout effacer" and exact["No results"] == "Aucun résultat"
    assert exact["Select all"] == "Tout sélectionner" and exact["Show password"] == "Afficher le mot de passe"
    assert all(english != french for english, french in exact.items())
    assert ("^Remove\\ (?<item>.+)$", "Retirer $<item>") in patterns
    english, _ = builtin_words("en")
    assert all(english_text == shown for english_text, shown in english.items())


def test_the_words_script_survives_streamlits_html_sanitiser() -> None:
    """Streamlit's sanitiser drops a script whose text has "<" before a letter or "/": the script avoids
    "<" altogether and its data escapes it, so "(?<item>" cannot silently switch the translation off."""
    from ui.shell import builtin_words

    assert "<" not in builtin_words._SCRIPT
    script_data = [*builtin_words.builtin_words("fr")[1], *builtin_words.builtin_words("en")[1]]
    assert any("<" in pattern for pattern, _ in script_data)  # named groups: escaped when sent

"""No jargon where the screen shows the mode: the sandbox says what it means (nothing is sent, nothing is
paid) in the reader's language, in the page and in the sidebar, with a tooltip saying how to go live."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from monsms_core.i18n import translate
from tests.app.app_support import AppEnv, assert_no_exception, login, new_app, page_text


def _badge_helps(at: AppTest) -> list[str]:
    """The tooltips of the badges (markdown elements) in the page and the sidebar."""
    return [str(m.help) for m in [*at.markdown, *at.sidebar.markdown] if getattr(m, "help", None)]


def test_the_sandbox_is_explained_where_it_shows(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    at = login(new_app(), "awa")
    assert_no_exception(at)
    text = page_text(at)
    assert "BAC À SABLE — rien n'est envoyé, rien n'est payé (compte de démonstration)" in text
    assert "Rien n'est envoyé, rien n'est payé." in [str(c.value) for c in at.sidebar.caption]
    assert "SANDBOX" not in text and "sandbox" not in text.lower().replace("bac à sable", "")
    assert translate("ui.mode.sandbox_help", "fr") in _badge_helps(at)

    at.segmented_control(key="_sidebar_language").set_value("en").run()
    text = page_text(at)
    assert "SANDBOX — nothing is sent, nothing is paid (demo account)" in text
    assert "Nothing is sent, nothing is paid." in [str(c.value) for c in at.sidebar.caption]
    assert translate("ui.mode.sandbox_help", "en") in _badge_helps(at)

"""Issue 14, point 5: names and texts typed by users reach Markdown escaped, on every page that shows
them (home, sidebar, my account, the one-time password screen, the review queue and "waiting for
review" on the campaigns page), so `**x** [a](javascript:alert(1)) <img src=x>` shows as typed: no
bold, no link, no image."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest

from monsms_core import accounts, review
from monsms_core.accounts import REVIEW_REQUIRED_KEY
from monsms_core.compose import Recipient
from monsms_core.sending import build_plan
from monsms_sandbox.control import SandboxControl
from tests.app.app_support import AppEnv, login, new_app
from tests.app.review_support import Account, account, open_page
from ui.shell.markdown import plain

PAYLOAD = "**x** [a](javascript:alert(1)) <img src=x>"
MARKDOWN_KINDS = (
    "title",
    "header",
    "subheader",
    "markdown",
    "caption",
    "info",
    "warning",
    "success",
    "error",
)


@pytest.fixture
def live(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxControl, base_url: str
) -> Iterator[Account]:
    env.add_user("awa", "sender")
    env.store.users.update("awa", display_name=PAYLOAD)
    env.add_user("kofi", "reviewer")
    env.store.app_settings.set(REVIEW_REQUIRED_KEY, True, actor="test")
    yield from account(monkeypatch, sandbox, base_url, seed=False)


def _assert_escaped(at: AppTest, at_least: int) -> None:
    """Every Markdown element showing the payload shows it escaped, and there are `at_least` of them."""
    shown = [
        str(element.value)
        for kind in MARKDOWN_KINDS
        for element in getattr(at, kind)
        if "alert" in str(element.value)
    ]
    assert len(shown) >= at_least, shown
    for value in shown:
        assert plain(PAYLOAD) in value, value
        rest = value.replace(plain(PAYLOAD), "")
        assert "**x**" not in rest and "](javascript" not in rest and "<img" not in rest, value


def test_the_helper_escapes_every_markup_character() -> None:
    assert plain(PAYLOAD) == r"\*\*x\*\* \[a\](javascript\:alert(1)) \<img src=x\>"
    assert plain(":red[rouge] $x$ l'heure 9 h.\n# titre\n- point\n2. suite") == "  \n".join(
        [r"\:red\[rouge\] \$x\$ l'heure 9 h.", r"\# titre", r"\- point", r"2\. suite"]
    )
    assert plain(None) == ""


def test_user_text_is_plain_on_every_page_that_shows_it(env: AppEnv, live: Account) -> None:
    people = [Recipient(p, {}) for p in ("2250707000001", "2250505000002")]
    review.submit(env.store, build_plan(people, PAYLOAD, name=PAYLOAD), created_by="awa", send_key="md1")
    home = login(new_app(), "awa")
    _assert_escaped(home, at_least=2)  # greeting, sidebar
    home.switch_page("app_pages/campaigns/campaigns.py").run()
    _assert_escaped(home, at_least=2)  # "waiting for review", sidebar
    home.switch_page("app_pages/home/account.py").run()
    _assert_escaped(home, at_least=2)  # summary, sidebar
    _assert_escaped(open_page("kofi", "app_pages/campaigns/review_queue.py"), at_least=2)  # title, author
    one_time = accounts.reset_password(env.store, actor="kofi", username="awa")
    _assert_escaped(login(new_app(), "awa", one_time), at_least=1)  # the one-time password screen

"""Every page refuses anonymous visitors and roles it is not meant for (the role × page matrix), whether
reached through the menu, a deep link, or run on its own without the entry script."""

from __future__ import annotations

from dataclasses import replace

import pytest

from monsms_core.accounts import ROLES
from monsms_core.i18n import translate
from tests.app.app_support import PROJECT, AppEnv, assert_no_exception, login, new_app, page_text, titles
from ui.shell import registry
from ui.shell.registry import PAGES, PageSpec

REFUSED = "Accès refusé"


def test_there_is_no_pages_folder() -> None:
    # A pages/ folder next to app.py makes Streamlit run deep-linked page files without the login gate
    # on the first run of a server process (see ui/registry.py). Pages live in app_pages/.
    assert not (PROJECT / "pages").exists()
    assert all(spec.path.startswith("app_pages/") and (PROJECT / spec.path).is_file() for spec in PAGES)


@pytest.mark.parametrize("role", ROLES)
def test_role_page_matrix(env: AppEnv, role: str) -> None:
    env.add_user("patron", "admin")
    env.add_user("membre", role)
    at = login(new_app(), "membre")
    for spec in PAGES:
        at.switch_page(spec.path).run()
        assert_no_exception(at)
        if role in spec.roles:
            assert REFUSED not in titles(at), spec.path
            assert len(titles(at)) == 1, spec.path
        else:
            assert titles(at) == [REFUSED], spec.path
            assert "n'est pas accessible avec votre rôle" in page_text(at)
            # Nothing of the page itself: no table, no form field in the main area.
            assert not at.dataframe and not at.text_input and not at.main.button, spec.path


def test_anonymous_visitors_get_the_login_form_on_every_page(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    at = new_app().run()
    for spec in PAGES:
        at.switch_page(spec.path).run()
        assert_no_exception(at)
        assert at.text_input(key="login_username") is not None, spec.path
        assert titles(at) == ["Mon SMS PRO"], spec.path
        assert not at.dataframe


@pytest.mark.parametrize("spec", PAGES, ids=lambda spec: spec.url_path)
def test_a_page_run_without_the_gate_refuses_anonymous(env: AppEnv, spec: PageSpec) -> None:
    at = new_app(spec.path).run()
    assert_no_exception(at)
    assert titles(at) == [REFUSED]
    assert "Connectez-vous pour ouvrir cette page." in page_text(at)


def test_a_deep_link_lands_on_its_page_after_sign_in(env: AppEnv) -> None:
    env.add_user("awa", "admin")
    at = new_app().run()
    at.switch_page("app_pages/admin/team.py").run()
    login(at, "awa")
    assert titles(at) == ["Comptes de l'équipe"]


def test_home_quick_actions_follow_the_registry_and_the_role(
    env: AppEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Make the Team page a quick action too: administrators get a real link to it, viewers do not.
    pages = tuple(replace(s, home_action="page.team.title") if s.url_path == "team" else s for s in PAGES)
    monkeypatch.setattr(registry, "PAGES", pages)
    env.add_user("awa", "admin")
    env.add_user("aya", "viewer")

    def links(role: str) -> list[str]:
        return [translate(s.home_action or "", "fr") for s in pages if s.home_action and role in s.roles]

    admin = login(new_app(), "awa")
    assert [link.label for link in admin.main.get("page_link")] == links("admin")  # the sidebar has its own
    assert "Comptes de l'équipe" in links("admin")
    viewer = login(new_app(), "aya")
    assert [link.label for link in viewer.main.get("page_link")] == links("viewer")
    assert "Comptes de l'équipe" not in links("viewer")

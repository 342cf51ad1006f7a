"""The dashboard's pages, in one list. Adding a page is one line here plus the page file, which starts
with `require_role("<capability>")` (the same capability as its line here).

The page files live in `app_pages/`, NOT `pages/`: Streamlit treats a `pages/` folder beside the entry
script as an old-style multipage app, and the first run of a fresh server process (or every AppTest run)
then executes a deep-linked page file directly, skipping app.py's login gate and listing raw file names
in the sidebar. (tests/app/test_app_access.py fails if a `pages/` folder appears.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from monsms_core.accounts import can, roles_with
from ui.shell.i18n import tr

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# Section order in the menu; the values are message keys.
SECTIONS: dict[str, str] = {
    "home": "nav.section.home",
    "send": "nav.section.send",
    "contacts": "nav.section.contacts",
    "campaigns": "nav.section.campaigns",
    "admin": "nav.section.admin",
}


@dataclass(frozen=True)
class PageSpec:
    """One page: its file, menu title (message key), icon, menu section and the capability it needs;
    `home_action` (a message key, e.g. "page.home.action_send") puts a quick link to it on the home page."""

    path: str
    title_key: str
    icon: str
    section: str
    capability: str
    default: bool = False
    home_action: str | None = None
    url: str | None = None

    @property
    def roles(self) -> frozenset[str]:
        """The roles that may open this page."""
        return roles_with(self.capability)

    @property
    def url_path(self) -> str:
        """The page's address under the app's root: `url` when given, else the file's name ("team" for
        app_pages/admin/team.py)."""
        return self.url or Path(self.path).stem


PAGES: tuple[PageSpec, ...] = (
    PageSpec("app_pages/home/home.py", "page.home.title", ":material/home:", "home", "home", default=True),
    PageSpec(
        "app_pages/home/account.py", "page.my_account.title", ":material/account_circle:", "home", "account"
    ),
    PageSpec(
        "app_pages/send/send.py",
        "composer.title",
        ":material/sms:",
        "send",
        "send",
        home_action="page.home.action_send",
    ),
    PageSpec("app_pages/send/outbox.py", "outbox.title", ":material/outbox:", "send", "send"),
    PageSpec("app_pages/send/templates.py", "templates.title", ":material/bookmarks:", "send", "send"),
    PageSpec("app_pages/send/senders.py", "senders.nav", ":material/badge:", "send", "send"),
    PageSpec("app_pages/send/recharge.py", "payments.nav", ":material/add_card:", "send", "send"),
    PageSpec(
        "app_pages/contacts/contacts.py", "page.contacts.title", ":material/contacts:", "contacts", "browse"
    ),
    PageSpec("app_pages/contacts/groups.py", "page.groups.title", ":material/groups:", "contacts", "browse"),
    PageSpec(
        "app_pages/contacts/import_contacts.py",
        "page.import.title",
        ":material/upload_file:",
        "contacts",
        "contacts",
        home_action="page.home.action_import",
        url="import",
    ),
    PageSpec(
        "app_pages/contacts/optouts.py", "page.optouts.title", ":material/block:", "contacts", "contacts"
    ),
    PageSpec(
        "app_pages/campaigns/campaigns.py", "campaigns.nav", ":material/campaign:", "campaigns", "browse"
    ),
    PageSpec(
        "app_pages/campaigns/campaign.py", "campaign.nav", ":material/monitoring:", "campaigns", "browse"
    ),
    PageSpec(
        "app_pages/campaigns/review_queue.py", "review.nav", ":material/fact_check:", "campaigns", "review"
    ),
    PageSpec("app_pages/admin/team.py", "page.team.title", ":material/group:", "admin", "users"),
    PageSpec("app_pages/admin/audit.py", "audit.nav", ":material/policy:", "admin", "audit"),
    PageSpec(
        "app_pages/admin/spending.py",
        "spending.nav",
        ":material/account_balance_wallet:",
        "admin",
        "spending",
    ),
    PageSpec(
        "app_pages/admin/settings.py", "page.settings.title", ":material/settings:", "admin", "settings"
    ),
)


def home_actions(role: str | None) -> list[PageSpec]:
    """The pages offered as quick actions on the home page to `role`, in registry order."""
    return [spec for spec in PAGES if spec.home_action and can(role, spec.capability)]


def page_spec(path: str) -> PageSpec | None:
    """The registry line for `path` (e.g. "app_pages/send/send.py"), or None while that page does not
    exist."""
    return next((spec for spec in PAGES if spec.path == path), None)


def _st_page(spec: PageSpec, *, visible: bool) -> st.Page:
    return st.Page(
        str(PROJECT_ROOT / spec.path),
        title=tr(spec.title_key),
        icon=spec.icon,
        url_path=spec.url_path,
        default=spec.default,
        visibility="visible" if visible else "hidden",
    )


def navigation_pages(role: str | None) -> dict[str, list[st.Page]]:
    """Every page, by section, as `st.navigation` wants them: those `role` may not open are hidden from
    the menu but still registered, so a deep link reaches the page, which then says "not allowed"."""
    sections: dict[str, list[st.Page]] = {}
    for section, title_key in SECTIONS.items():
        specs = [spec for spec in PAGES if spec.section == section]
        if not specs:
            continue
        pages = [_st_page(spec, visible=can(role, spec.capability)) for spec in specs]
        title = "" if section == "home" else tr(title_key)
        sections.setdefault(title, []).extend(pages)
    return sections

"""What the contacts pages read from the API, cached per account.

- One page of contacts (`contacts_page`) and the group list (`groups`), members of a group (`group`):
  `st.cache_data` for a short while, keyed by the account's fingerprint; cleared by `changed()` after any
  change the dashboard makes, so a user sees their own edit at once.
- The search index (`index_holder`): one `IndexHolder` per account in `st.cache_resource`, shared by the
  account's sessions; `ensure_index` builds it with a progress bar when it is missing or expired.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError
from monsms_core.contacts.browse import count_contacts, read_page
from monsms_core.contacts.groups import all_groups, groups_frame
from monsms_core.contacts.index import ContactIndex, IndexHolder, contacts_frame
from monsms_core.i18n import translate
from ui.runtime import resources
from ui.runtime.fetched import Fetched, fetch
from ui.shell.i18n import current_language, tr

PAGE_TTL_SECONDS = 60
GROUPS_TTL_SECONDS = 60


@st.cache_resource(show_spinner=False, max_entries=32)
def _holder(fingerprint: str) -> IndexHolder:
    return IndexHolder()


def index_holder() -> IndexHolder:
    """The search index slot of this run's account."""
    return _holder(resources.connection().fingerprint)


@st.cache_data(ttl=PAGE_TTL_SECONDS, show_spinner=False, max_entries=200)
def _contacts_page(fingerprint: str, page: int, page_size: int, sort: str, _client: MonSmsClient) -> Fetched:
    found = fetch(lambda: read_page(_client, page, page_size, sort))
    if not found.ok:
        return found
    return Fetched((contacts_frame(found.value.items), found.value.looks_last, found.value.total))


def contacts_page(page: int, page_size: int, sort: str) -> Fetched:
    """(frame of index columns, is_last, total or None) for one page of contacts, or the failure."""
    conn = resources.connection()
    return _contacts_page(conn.fingerprint, page, page_size, sort, resources.client(conn))


@st.cache_data(ttl=PAGE_TTL_SECONDS, show_spinner=False, max_entries=32)
def _contacts_total(fingerprint: str, page_size: int, _client: MonSmsClient) -> Fetched:
    return fetch(lambda: count_contacts(_client, page_size))


def contacts_total(page_size: int) -> int | None:
    """How many contacts the account has: the search list's count when it is loaded, else counted from
    the API's pages (cached like a page); None when the API could not be read."""
    if (index := index_holder().current()) is not None:
        return len(index)
    conn = resources.connection()
    counted = _contacts_total(conn.fingerprint, page_size, resources.client(conn))
    return counted.value if counted.ok else None


@st.cache_data(ttl=GROUPS_TTL_SECONDS, show_spinner=False, max_entries=32)
def _groups(fingerprint: str, _client: MonSmsClient) -> Fetched:
    return fetch(lambda: groups_frame(all_groups(_client)))


def groups() -> Fetched:
    """Every group of the account (frame: id, name, description, members, created_at), or the failure."""
    conn = resources.connection()
    return _groups(conn.fingerprint, resources.client(conn))


@st.cache_data(ttl=GROUPS_TTL_SECONDS, show_spinner=False, max_entries=64)
def _group(fingerprint: str, group_id: str, _client: MonSmsClient) -> Fetched:
    return fetch(lambda: contacts_frame(_client.groups.get(group_id).contacts))


def group_members(group_id: str) -> Fetched:
    """The members of a group as a frame of index columns, or the failure."""
    conn = resources.connection()
    return _group(conn.fingerprint, group_id, resources.client(conn))


def changed(*, contacts: bool = True, groups: bool = True) -> None:
    """Forget cached API reads after the dashboard changed contacts and/or groups."""
    if contacts:
        _contacts_page.clear()
        _contacts_total.clear()
    if groups:
        _groups.clear()
        _group.clear()


def ensure_index(*, refresh: bool = False) -> ContactIndex | None:
    """The account's search index, built now (with a progress bar) when missing, expired or asked for;
    None after showing the error when the API could not be read."""
    holder = index_holder()
    if not refresh and (index := holder.current()) is not None:
        return index
    stale = holder.current(allow_stale=True)
    expected = len(stale) if stale is not None else None
    bar = st.progress(0.0, text=tr("contacts.index.building"))
    try:
        index = holder.get(resources.client(), progress=_progress(bar, expected), refresh=refresh)
    except MonSmsError as exc:
        bar.empty()
        st.error(exc.user_message(current_language()), icon=":material/cloud_off:")
        return None
    bar.empty()
    return index


def _progress(bar: Any, expected: int | None) -> Callable[[int], None]:
    lang = current_language()

    def report(done: int) -> None:
        text = translate("contacts.index.progress", lang, count=done)  # may run outside the page's thread
        fraction = min(0.99, done / expected) if expected else min(0.95, done / (done + 5000))
        bar.progress(fraction, text=text)

    return report

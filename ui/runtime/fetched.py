"""One way to read the API for a page: call it, and on failure keep the reason as a sentence per language.

Cached reads (`st.cache_data` / `st.cache_resource`) keep failures too, as these sentences: when the API is
down, a page reloaded during the outage answers at once instead of waiting for the client's timeouts and
retries again, and a user who switches language still reads the reason in theirs.

    @st.cache_data(ttl=60, show_spinner=False)
    def _groups(fingerprint: str, _client: MonSmsClient) -> Fetched:
        return fetch(lambda: groups_frame(all_groups(_client)))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from monsms_core.client.errors import MonSmsError
from monsms_core.i18n import LANGUAGES


@dataclass(frozen=True)
class Fetched:
    """A value read from the API, or the reason it could not be (a sentence per language)."""

    value: Any = None
    error: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the read succeeded."""
        return not self.error

    def message(self, lang: str) -> str:
        """The failure in `lang`."""
        return self.error.get(lang) or next(iter(self.error.values()), "")


def sentences(error: MonSmsError) -> dict[str, str]:
    """The error's user message in every language of the dashboard."""
    return {lang: error.user_message(lang) for lang in LANGUAGES}


def fetch(read: Callable[[], Any]) -> Fetched:
    """`read()`'s value, or its API failure as sentences (any other exception is a bug and propagates)."""
    try:
        return Fetched(read())
    except MonSmsError as error:
        return Fetched(error=sentences(error))

"""The Mon SMS PRO API client: one `MonSmsClient` per configured account.

    client = MonSmsClient(api_key)                       # or base_url=sandbox.base_url
    client.user.credit()
    for batch in client.contacts.create_many(rows, batch_size=500): ...
    client.campaigns.create("Bonjour !", contacts=["2250707123456"], sender_id="MYSHOP")
    client.ai.shorten_message("Bonjour, rendez-vous demain", "fr")   # no API key sent

Every call goes through one request path (`_transport.Transport.call`): the key is injected into the
JSON body, failures become `monsms_core.client.errors` exceptions, reads are retried, writes are not retried
once they may have reached the API (see `_transport` for the exact cases). The key never appears in
the client's repr, its logs or its exceptions.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Literal

from monsms_core.client._transport import Transport
from monsms_core.client.ai import Ai
from monsms_core.client.campaigns import Campaigns
from monsms_core.client.contacts import Contacts
from monsms_core.client.groups import Groups
from monsms_core.client.offers import Offers
from monsms_core.client.senders import Senders
from monsms_core.client.templates import Templates
from monsms_core.client.transactions import Transactions
from monsms_core.client.user import User

DEFAULT_BASE_URL = "https://rest.monsms.pro/v1"

__all__ = ["DEFAULT_BASE_URL", "MonSmsClient"]


class MonSmsClient:
    """A pooled, retrying client for one Mon SMS PRO account (thread-safe enough to share between
    Streamlit sessions of that account: requests' Session + urllib3's pool, up to `pool_size` sockets)."""

    def __init__(
        self,
        api_key: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        timeout: tuple[float, float] = (3.05, 30.0),
        max_retries: int = 3,
        company_id: str | None = None,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
        pool_size: int = 16,
    ) -> None:
        """`timeout` is (connect, read) seconds; `max_retries` bounds retries of reads and of writes the
        API surely did not process; `backoff_base`/`backoff_max` shape the jittered exponential waits."""
        self._transport = Transport(
            api_key,
            base_url,
            timeout=timeout,
            max_retries=max_retries,
            company_id=company_id,
            backoff_base=backoff_base,
            backoff_max=backoff_max,
            pool_size=pool_size,
        )
        self.user = User(self._transport)
        self.senders = Senders(self._transport)
        self.contacts = Contacts(self._transport)
        self.groups = Groups(self._transport)
        self.campaigns = Campaigns(self._transport)
        self.templates = Templates(self._transport)
        self.transactions = Transactions(self._transport)
        self.offers = Offers(self._transport)
        self.ai = Ai(self._transport)

    @property
    def base_url(self) -> str:
        """The API root this client talks to."""
        return self._transport.base_url

    def read_raw(self, path: str, body: dict[str, Any] | None = None, *, method: str = "POST") -> Any:
        """The `data` of a read-only call exactly as the API sent it (no model), for diagnostics such as
        `monsms_core.doctor`. Same request path, retries and errors as every call; callers must drop
        secrets (`models.without_secrets`) before keeping or showing it."""
        verb: Literal["POST", "GET"] = "GET" if method == "GET" else "POST"
        return self._transport.call(path, body, kind="read", operation="diagnostics.read", method=verb)

    @property
    def path_choices(self) -> dict[str, str]:
        """Which form of each unconfirmed endpoint this client settled on (e.g. campaigns.list)."""
        return self._transport.path_choices.snapshot()

    def __repr__(self) -> str:
        return f"MonSmsClient(base_url={self.base_url!r}, company_id={self._transport.company_id!r})"

    def close(self) -> None:
        """Release pooled connections."""
        self._transport.close()

    def __enter__(self) -> MonSmsClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

"""Retries and "outcome unknown" against the sandbox's injected faults (real HTTP, real sockets).

Reads are retried through every transient failure; writes are never sent twice once they may have
reached the server, and the sandbox's own counters prove how many requests arrived.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import (
    ConnectionFailedError,
    InvalidResponseError,
    OutcomeUnknownError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
)
from monsms_sandbox.control import SandboxControl

MAX_RETRIES = 3
READ_TIMEOUT = 0.4
FAULT_SECONDS = 1.5  # a "timeout" fault holds the answer longer than the client waits

EXPECTED_CAUSE = {
    "timeout": RequestTimeoutError,
    "drop": ConnectionFailedError,
    "http_500": InvalidResponseError,
    "html": InvalidResponseError,
    "success_false": ServerError,
}


@pytest.fixture
def client(sandbox: SandboxControl, api_key: str, base_url: str) -> Iterator[MonSmsClient]:
    sandbox.config(rate_limit_per_second=10_000)
    with MonSmsClient(
        api_key, base_url, timeout=(2.0, READ_TIMEOUT), max_retries=MAX_RETRIES, backoff_base=0.01
    ) as c:
        yield c


def requests_to(sandbox: SandboxControl, path: str) -> int:
    return int(sandbox.stats()["requests"].get(path, 0))


@pytest.mark.parametrize("kind", [*EXPECTED_CAUSE, "rate_limit"])
def test_a_read_is_retried_through_a_transient_fault(
    client: MonSmsClient, sandbox: SandboxControl, kind: str
) -> None:
    sandbox.add_fault(kind, count=2, path="/user/credit", seconds=FAULT_SECONDS)
    assert client.user.credit() == 10_000
    assert requests_to(sandbox, "/user/credit") == 3


@pytest.mark.parametrize(
    ("kind", "error"), [("http_500", InvalidResponseError), ("rate_limit", RateLimitedError)]
)
def test_a_read_gives_up_after_max_retries(
    client: MonSmsClient, sandbox: SandboxControl, kind: str, error: type[Exception]
) -> None:
    sandbox.add_fault(kind, path="/contact/list")  # fires on every call
    with pytest.raises(error):
        client.contacts.list()
    assert requests_to(sandbox, "/contact/list") == MAX_RETRIES + 1


def test_the_real_rate_limiter_is_retried_then_reported(
    sandbox: SandboxControl, api_key: str, base_url: str
) -> None:
    sandbox.config(rate_limit_per_second=0.001)  # one request, then nothing for a very long time
    with MonSmsClient(api_key, base_url, max_retries=2, backoff_base=0.01) as client:
        assert client.user.credit() == 10_000
        with pytest.raises(RateLimitedError) as caught:
            client.templates.create("Bonjour")  # refused = not processed: a create may retry this
    assert caught.value.code == "rate_limited"
    assert requests_to(sandbox, "/template/create") == 3
    assert sandbox.stats()["processed"].get("/template/create", 0) == 0


def test_a_create_refused_by_the_rate_limit_is_sent_again(
    client: MonSmsClient, sandbox: SandboxControl
) -> None:
    sandbox.add_fault("rate_limit", count=2, path="/template/create")
    template = client.templates.create("Bonjour")
    assert [t.id for t in client.templates.list(count=5)] == [template.id]
    assert requests_to(sandbox, "/template/create") == 3


@pytest.mark.parametrize("phase", ["after", "before"])
@pytest.mark.parametrize("kind", list(EXPECTED_CAUSE))
def test_a_campaign_create_is_never_sent_twice(
    client: MonSmsClient, sandbox: SandboxControl, kind: str, phase: str
) -> None:
    sandbox.add_fault(kind, count=1, path="/campaign/create", phase=phase, seconds=FAULT_SECONDS)
    with pytest.raises(OutcomeUnknownError) as caught:
        client.campaigns.create("Promo du jour", contacts=["2250707123456"], name="Promo")
    assert caught.value.operation == "campaigns.create"
    assert isinstance(caught.value.cause, EXPECTED_CAUSE[kind])
    assert caught.value.code == "outcome_unknown" and "double" in caught.value.user_message("fr")
    assert requests_to(sandbox, "/campaign/create") == 1
    campaigns = client.campaigns.list(count=5).items
    # "after": processed then the answer was lost — it exists exactly once; "before": never stored.
    assert [c.text for c in campaigns] == (["Promo du jour"] if phase == "after" else [])


@pytest.mark.parametrize("kind", ["timeout", "drop", "html"])
def test_updates_and_deletes_are_not_retried_either(
    client: MonSmsClient, sandbox: SandboxControl, kind: str
) -> None:
    contact = client.contacts.create(["2250707123456"])[0]
    sandbox.add_fault(kind, count=1, path="/contact/", phase="after", seconds=FAULT_SECONDS)
    with pytest.raises(OutcomeUnknownError) as caught:
        client.contacts.update(contact.id, first_name="Aya")
    assert caught.value.operation == "contacts.update"
    assert requests_to(sandbox, f"/contact/{contact.id}/update") == 1
    assert client.contacts.get(contact.id).first_name == "Aya"  # it was applied: reconcile, not resend
    sandbox.add_fault(kind, count=1, path="/contact/delete", phase="after", seconds=FAULT_SECONDS)
    with pytest.raises(OutcomeUnknownError):
        client.contacts.delete_many([contact.id])
    assert requests_to(sandbox, "/contact/delete") == 1
    assert client.contacts.list(count=5).items == []


def test_a_batch_upload_stops_at_the_failing_batch(client: MonSmsClient, sandbox: SandboxControl) -> None:
    rows = [f"22507{i:08d}" for i in range(25)]
    batches = client.contacts.create_many(rows, batch_size=10)
    first = next(batches)
    sandbox.add_fault("drop", count=1, path="/contact/create", phase="before")
    with pytest.raises(OutcomeUnknownError) as caught:
        next(batches)
    assert caught.value.operation == "contacts.create"
    assert first.created_count == 10 and requests_to(sandbox, "/contact/create") == 2
    assert len(list(client.contacts.iterate(count=100))) == 10

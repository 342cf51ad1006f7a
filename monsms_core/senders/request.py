"""Asking the operator for a new sender name, from the dashboard: checked, recorded, audited.

    record = request_sender(store, client, actor="awa", name="ECOLE", description="École Les Lauriers")

A name the account already has is refused in words ("« ECOLE » existe déjà…, accepté"), whatever form the
API gives that refusal: the list is read before asking, and again after any refusal or lost answer, so
the sentence never depends on the server's wording (the sandbox answers a plain "already exists"; older
versions answered a zod issue on `name`, shown as "Certaines informations ne sont pas valides (name)").
Every outcome is in the audit log: "sender.requested", "sender.request_refused", "sender.request_failed".
"""

from __future__ import annotations

from typing import NoReturn

from monsms_core.accounts import sender_problem
from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError, OutcomeUnknownError
from monsms_core.client.models import Sender
from monsms_core.i18n import translate
from monsms_core.i18n.problems import ProblemError
from monsms_core.senders.status import status_key
from monsms_core.store import SenderRequestRecord, Store


class SenderRequestError(ProblemError):
    """Why a sender name was not requested: `invalid_name`, `name_taken` (`name`, `status`) or `api` (the
    client's error, told in its own words)."""

    catalog = "senders.error"

    def __init__(self, code: str, *, cause: MonSmsError | None = None, **params: object) -> None:
        super().__init__(code, **params)
        self.cause = cause

    def message_params(self, lang: str | None) -> dict[str, object]:
        params = dict(self.params)
        if "status" in params:
            params["status"] = translate(f"senders.status.{params['status']}", lang).lower()
        return params

    def user_message(self, lang: str | None = "fr") -> str:
        """The reason; for an API failure, the client's own sentence (it says what to do next)."""
        if self.code == "api" and self.cause is not None:
            return self.cause.user_message(lang)
        return super().user_message(lang)


def find_sender(client: MonSmsClient, name: str) -> Sender | None:
    """The account's sender called `name` (case and surrounding spaces ignored), archived ones included."""
    wanted = name.strip().upper()
    return next((s for s in client.senders.iterate() if (s.name or "").strip().upper() == wanted), None)


def request_sender(
    store: Store, client: MonSmsClient, *, actor: str, name: str, description: str = ""
) -> SenderRequestRecord:
    """Ask for sender name `name`; returns the dashboard's record of the request.

    Raises SenderRequestError: `invalid_name` (3–11 letters, digits or spaces), `name_taken` (the account
    already has it: its status is given), `api` (the API could not be asked; nothing was created).
    """
    name = name.strip()
    description = description.strip()
    if sender_problem(name):
        raise SenderRequestError("invalid_name", name=name)
    existing = _find_quietly(client, name)  # unreadable list: ask anyway, the API keeps names unique
    if existing is not None:
        _taken(store, actor, name, existing)
    try:
        sender = client.senders.create(name, description)
    except MonSmsError as error:
        sender = _after_failure(store, client, actor, name, error)
    return store.sender_requests.add(
        name=sender.name or name,
        description=description,
        sender_id=sender.id,
        requested_by=actor,
        status=sender.status,
    )


def _find_quietly(client: MonSmsClient, name: str) -> Sender | None:
    try:
        return find_sender(client, name)
    except MonSmsError:
        return None


def _taken(store: Store, actor: str, name: str, existing: Sender) -> NoReturn:
    status = "archived" if existing.archived else status_key(existing.status)
    store.audit.record(actor, "sender.request_refused", name, {"reason": "name_taken", "status": status})
    raise SenderRequestError("name_taken", name=existing.name or name, status=status)


def _after_failure(store: Store, client: MonSmsClient, actor: str, name: str, error: MonSmsError) -> Sender:
    """After a refusal or a lost answer the list tells what happened (the name was free before): it exists
    now because our lost request created it, or because the API refused a name taken meanwhile; or it
    does not, and nothing was created."""
    found = _find_quietly(client, name)
    if found is not None and isinstance(error, OutcomeUnknownError):
        return found
    if found is not None:
        _taken(store, actor, name, found)
    store.audit.record(actor, "sender.request_failed", name, {"error": error.code})
    raise SenderRequestError("api", cause=error) from error

"""Writing a send down before anything is sent: `submit` creates (or finds) its outbox entry.

The send key comes from the page: one per composed draft, kept across reruns, so a double click, a
rerun or a second tab with the same draft reach the same entry (`store.outbox.create` is idempotent on
it). The entry holds who asked, the frozen plan (`SendPlan.to_payload`), the recipients and the credits.
"""

from __future__ import annotations

from monsms_core.sending.plan import SendPlan
from monsms_core.store import OutboxEntry, Store


class PlanBlockedError(ValueError):
    """The plan cannot be sent as it is (see `SendPlan.blockers`)."""

    def __init__(self, blockers: tuple[str, ...]) -> None:
        self.blockers = blockers
        super().__init__(f"plan blocked: {', '.join(blockers)}")


class SendKeyConflictError(ValueError):
    """The send key already names a different plan: the draft changed, so it needs a new key."""


def submit(store: Store, plan: SendPlan, *, created_by: str, send_key: str) -> OutboxEntry:
    """Write the send down (who, frozen plan, recipients, credits) before any API call; idempotent.

    The same `send_key` with the same plan returns the existing entry; with a different plan it raises
    SendKeyConflictError (sending the old draft in place of the new one would be worse than refusing).
    """
    if plan.blockers:
        raise PlanBlockedError(plan.blockers)
    existing = store.outbox.get_by_key(send_key)
    if existing is None:
        existing = store.outbox.create(
            send_key,
            created_by=created_by,
            payload=plan.to_payload(),
            recipients=plan.recipient_count,
            credits=plan.total_credits,
        )
        if existing.payload.get("fingerprint") == plan.fingerprint:
            details = {
                "recipients": plan.recipient_count,
                "credits": plan.total_credits,
                "campaigns": plan.distinct_texts,
                "test": plan.test,
            }
            store.audit.record(created_by, "send.submitted", target=existing.id, details=details)
    if existing.payload.get("fingerprint") != plan.fingerprint:
        raise SendKeyConflictError(f"send key {send_key!r} already holds another plan")
    return existing


def retry_failed(store: Store, entry_id: int, *, actor: str) -> bool:
    """Put a failed entry back to "pending" (its refused chunk was not processed); True if it was failed."""
    moved = store.outbox.transition(entry_id, ["failed"], "pending")
    if moved:
        store.audit.record(actor, "send.retried", target=entry_id)
    return moved

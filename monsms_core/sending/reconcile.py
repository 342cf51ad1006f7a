"""After a lost answer: find out whether the campaign exists before anyone sends it again.

    result = reconcile(store, client, entry_id)
    result.outcome   # "sent" | "retry" | "too_early" | "inconclusive" | "not_unknown"

An entry in "unknown" has chunks without a campaign id, one of which may nonetheless exist on the API.
`reconcile` lists the account's campaigns newest first and looks for each missing chunk's tag in their
names (`tags`). Found → the id is recorded. When every chunk is accounted for the entry is "sent";
when some are surely absent it goes back to "pending" and a later `execute` sends just those.

"Surely absent" needs care, because a wrong "absent" means a double send paid by the customer:
- the search must have covered every campaign newer than the entry's newest recorded campaign (chunks
  are created in sequence, so a lost one is newer), or, with none recorded, every campaign since the
  entry was created (minus `margin` for clock differences); reaching the `window` cap first is
  *inconclusive* and changes nothing;
- a request that timed out may still be processed by a slow server: until `settle` has passed since
  the outcome became unknown, an absence is *too early* to trust;
- a campaign with a missing chunk's exact text but no tag at all (made outside the dashboard, or by an
  API that dropped the name) might be it: *inconclusive*, for a person to decide.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from monsms_core.client import MonSmsClient
from monsms_core.client.models import Campaign
from monsms_core.i18n.problems import Problem
from monsms_core.sending.state import normalize_slots
from monsms_core.sending.tags import chunk_tag, tags_in
from monsms_core.store import OutboxEntry, Store

logger = logging.getLogger("monsms_core.sending")

Outcome = Literal["sent", "retry", "too_early", "inconclusive", "not_unknown"]
DEFAULT_WINDOW = 500
DEFAULT_MARGIN = timedelta(minutes=10)
DEFAULT_SETTLE = timedelta(seconds=60)
_PAGE_SIZE = 100


@dataclass(frozen=True)
class ReconcileResult(Problem):
    """What reconciliation concluded and where the entry stands now."""

    entry_id: int
    outcome: Outcome
    status: str
    found: tuple[int, ...]  # chunks whose campaign was found by this call
    missing: tuple[int, ...]  # chunks still without a campaign
    checked: int  # campaigns examined
    retry_after: float | None = None  # seconds before an absence can be trusted ("too_early")

    catalog = "sending.reconcile"

    @property
    def code(self) -> str:
        """What reconciliation concluded."""
        return self.outcome

    @property
    def params(self) -> dict[str, object]:
        """Chunks found and still missing, and seconds to wait before an absence can be trusted."""
        seconds = round(self.retry_after or 0)
        return {"found": len(self.found), "missing": len(self.missing), "seconds": seconds}


def reconcile(
    store: Store,
    client: MonSmsClient,
    entry_id: int,
    *,
    actor: str | None = None,
    window: int = DEFAULT_WINDOW,
    margin: timedelta = DEFAULT_MARGIN,
    settle: timedelta = DEFAULT_SETTLE,
    now: datetime | None = None,
) -> ReconcileResult:
    """Settle an "unknown" entry from the API's campaign list (rules in the module docstring).

    Other statuses are left alone ("not_unknown"). API failures while listing raise MonSmsError and
    change nothing. `actor` (default: the entry's author) is who the audit log names.
    """
    entry = store.outbox.get(entry_id)
    if entry is None:
        raise LookupError(f"no outbox entry {entry_id}")
    if entry.status != "unknown":
        return _unchanged(entry, "not_unknown", (), 0)
    texts = [str(chunk.get("text", "")) for chunk in entry.payload.get("chunks", [])]
    slots = normalize_slots(entry.campaign_ids, len(texts))
    wanted = {chunk_tag(entry.send_key, i): i for i, campaign_id in enumerate(slots) if campaign_id is None}
    recorded = {campaign_id for campaign_id in slots if campaign_id is not None}
    search = _Search(wanted, {texts[i] for i in wanted.values()}, recorded, entry.created_at - margin, window)
    if wanted:  # listing is lazy: nothing is asked from the API when no chunk is missing
        search.run(client.campaigns.iterate(count=_PAGE_SIZE, sort="desc", order_by="createdAt"))
    else:
        search.complete = True
    for index, campaign_id in search.found.items():
        slots[index] = campaign_id
    found = tuple(sorted(search.found))
    missing = tuple(i for i, campaign_id in enumerate(slots) if campaign_id is None)
    if missing and (not search.complete or search.lookalikes):
        return _unchanged(entry, "inconclusive", found, search.checked)
    age = (now or datetime.now(UTC)) - entry.updated_at
    if missing and age < settle:
        return _unchanged(entry, "too_early", found, search.checked, (settle - age).total_seconds())
    outcome: Outcome = "retry" if missing else "sent"
    target = "pending" if missing else "sent"
    if not store.outbox.transition(entry_id, ["unknown"], target, campaign_ids=slots, error=""):
        current = store.outbox.get(entry_id)
        assert current is not None
        return _unchanged(current, "not_unknown", (), search.checked)
    details = {"found": list(found), "missing": list(missing), "checked": search.checked, "to": target}
    store.audit.record(actor or entry.created_by, "send.reconciled", target=entry_id, details=details)
    return ReconcileResult(entry_id, outcome, target, found, missing, search.checked)


class _Search:
    """Scans campaigns newest first for the wanted tags, knowing when the scan covered enough."""

    def __init__(
        self, wanted: dict[str, int], texts: set[str], recorded: set[str], oldest: datetime, window: int
    ) -> None:
        self.wanted = wanted  # tag → chunk index, for chunks without an id
        self.texts = texts  # their texts, to notice untagged lookalikes
        self.recorded = recorded  # ids already written: the search stops at the newest of them
        self.oldest = oldest
        self.window = window
        self.found: dict[int, str] = {}
        self.checked = 0
        self.complete = False  # True once every campaign since `oldest` was seen
        self.lookalikes = 0

    def run(self, campaigns: Iterable[Campaign]) -> None:
        for campaign in campaigns:
            if campaign.id in self.recorded:
                # Chunks are created one after the other and a chunk starts only once the earlier ids
                # are written (or batched, see execute): every unrecorded campaign of the entry is newer.
                self.complete = True
                return
            if campaign.created_at is not None and campaign.created_at < self.oldest:
                self.complete = True  # sorted newest first: everything after is older still
                return
            if self.checked >= self.window:
                return
            self.checked += 1
            self.look_at(campaign)
            if len(self.found) == len(self.wanted):
                self.complete = True
                return
        self.complete = True  # the list ended

    def look_at(self, campaign: Campaign) -> None:
        tags = tags_in(campaign.name)
        for tag in tags & self.wanted.keys():
            if campaign.id is not None:
                self.found[self.wanted[tag]] = campaign.id
        if not tags and campaign.text in self.texts:
            logger.warning("campaign %s has a pending chunk's text but no tag", campaign.id)
            self.lookalikes += 1


def _unchanged(
    entry: OutboxEntry,
    outcome: Outcome,
    found: tuple[int, ...],
    checked: int,
    retry_after: float | None = None,
) -> ReconcileResult:
    texts = entry.payload.get("chunks", []) if isinstance(entry.payload, dict) else []
    slots = normalize_slots(entry.campaign_ids, len(texts))
    missing = tuple(i for i, campaign_id in enumerate(slots) if campaign_id is None)
    return ReconcileResult(entry.id, outcome, entry.status, found, missing, checked, retry_after)

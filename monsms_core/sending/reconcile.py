"""After a lost answer: find out whether the campaign exists before anyone sends it again.

    result = reconcile(store, client, entry_id)
    result.outcome   # "sent" | "retry" | "too_early" | "inconclusive" | "ambiguous" | "not_unknown"

An entry in "unknown" has chunks without a campaign id, one of which may nonetheless exist on the API.
`reconcile` lists the account's campaigns newest first and matches each missing chunk:
- by its idempotency tag, when the campaign's `name` carries one (`tags`): certain;
- otherwise — live list items may have NO `name` (the vendor's SDK models have none) — by what the
  campaign is: the same text, created in the entry's time window, with the same recipients (count in the
  list, the phones in the details) and the same sender (the details' `sender` object, when the send named
  one). One such campaign → it is the chunk's. Two or more → "ambiguous": the entry stays "unknown" and
  the page says "à vérifier"; nothing is ever resent on a doubt.
Found → the id is recorded. When every chunk is accounted for the entry is "sent"; when some are surely
absent it goes back to "pending" and a later `execute` sends just those.

"Surely absent" needs care, because a wrong "absent" means a double send paid by the customer:
- the search must have covered every campaign newer than the entry's newest recorded campaign (chunks
  are created in sequence, so a lost one is newer), or, with none recorded, every campaign since the
  entry was created (minus `margin` for clock differences); reaching the `window` cap first is
  *inconclusive* and changes nothing;
- a request that timed out may still be processed by a slow server: until `settle` has passed since
  the outcome became unknown, an absence is *too early* to trust.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from monsms_core.client import MonSmsClient
from monsms_core.client.models import Campaign, CampaignDetails
from monsms_core.i18n.problems import Problem
from monsms_core.sending.state import normalize_slots
from monsms_core.sending.tags import chunk_tag, tags_in
from monsms_core.store import OutboxEntry, Store

logger = logging.getLogger("monsms_core.sending")

Outcome = Literal["sent", "retry", "too_early", "inconclusive", "ambiguous", "not_unknown"]
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
    to_check: tuple[int, ...] = ()  # chunks with several look-alike campaigns ("ambiguous": à vérifier)

    catalog = "sending.reconcile"

    @property
    def code(self) -> str:
        """What reconciliation concluded."""
        return self.outcome

    @property
    def params(self) -> dict[str, object]:
        """Chunks found and still missing, and seconds to wait before an absence can be trusted."""
        seconds = round(self.retry_after or 0)
        return {
            "found": len(self.found),
            "missing": len(self.missing),
            "seconds": seconds,
            "to_check": len(self.to_check),
        }


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
    chunks = entry.payload.get("chunks", [])
    slots = normalize_slots(entry.campaign_ids, len(chunks))
    wanted = {
        i: _Wanted(chunk_tag(entry.send_key, i), str(chunk.get("text", "")), _phones(chunk.get("phones", [])))
        for i, chunk in enumerate(chunks)
        if slots[i] is None
    }
    recorded = {campaign_id for campaign_id in slots if campaign_id is not None}
    search = _Search(wanted, recorded, entry.created_at - margin, window)
    if wanted:  # listing is lazy: nothing is asked from the API when no chunk is missing
        search.run(client.campaigns.iterate(count=_PAGE_SIZE, sort="desc", order_by="createdAt"))
        search.settle_lookalikes(client, str(entry.payload.get("sender_id") or "") or None)
    else:
        search.complete = True
    for index, campaign_id in search.found.items():
        slots[index] = campaign_id
    found = tuple(sorted(search.found))
    missing = tuple(i for i, campaign_id in enumerate(slots) if campaign_id is None)
    if search.ambiguous:
        return _unchanged(entry, "ambiguous", found, search.checked, to_check=tuple(sorted(search.ambiguous)))
    if missing and not search.complete:
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


@dataclass(frozen=True)
class _Wanted:
    """A chunk without a campaign id: its tag, its text and its recipients (digits only)."""

    tag: str
    text: str
    phones: frozenset[str]


def _phones(values: Iterable[object]) -> frozenset[str]:
    return frozenset(
        digits for value in values if (digits := "".join(ch for ch in str(value) if ch.isdigit()))
    )


class _Search:
    """Scans campaigns newest first for the wanted chunks, knowing when the scan covered enough."""

    def __init__(self, wanted: dict[int, _Wanted], recorded: set[str], oldest: datetime, window: int) -> None:
        self.wanted = wanted  # chunk index → what to look for
        self.by_tag = {chunk.tag: index for index, chunk in wanted.items()}
        self.recorded = recorded  # ids already written: the search stops at the newest of them
        self.oldest = oldest
        self.window = window
        self.found: dict[int, str] = {}
        self.candidates: dict[int, list[Campaign]] = {}  # untagged look-alikes, checked by their details
        self.ambiguous: set[int] = set()
        self.checked = 0
        self.complete = False  # True once every campaign since `oldest` was seen

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
        if campaign.id is None:
            return
        tags = tags_in(campaign.name)
        for tag in tags & self.by_tag.keys():
            self.found[self.by_tag[tag]] = campaign.id
        if tags:
            return  # tagged: certainly this chunk, or certainly another send's
        for index, chunk in self.wanted.items():
            same_count = campaign.contact_count is None or campaign.contact_count == len(chunk.phones)
            if campaign.text == chunk.text and same_count:
                self.candidates.setdefault(index, []).append(campaign)

    def settle_lookalikes(self, client: MonSmsClient, sender_name: str | None) -> None:
        """Keep the look-alikes whose details show the chunk's recipients and sender: one → found,
        several → ambiguous. Chunks already found by their tag are not looked at again."""
        taken = set(self.found.values())
        for index, campaigns in self.candidates.items():
            if index in self.found:
                continue
            chunk = self.wanted[index]
            matching = [
                campaign.id
                for campaign in campaigns
                if campaign.id not in taken
                and _same_send(client.campaigns.get(str(campaign.id)), chunk, sender_name)
            ]
            if len(matching) == 1 and matching[0] is not None:
                self.found[index] = matching[0]
                taken.add(matching[0])
            elif len(matching) > 1:
                logger.warning(
                    "chunk %d has %d look-alike campaigns: left for a person", index, len(matching)
                )
                self.ambiguous.add(index)


def _same_send(details: CampaignDetails, chunk: _Wanted, sender_name: str | None) -> bool:
    """True when the campaign's details show the chunk's recipients and the send's sender."""
    if details.contacts and _phones(c.phone for c in details.contacts) != chunk.phones:
        return False
    if not details.contacts and details.contact_count not in (None, len(chunk.phones)):
        return False
    named = details.sender_name
    return sender_name is None or named is None or named.casefold() == sender_name.casefold()


def _unchanged(
    entry: OutboxEntry,
    outcome: Outcome,
    found: tuple[int, ...],
    checked: int,
    retry_after: float | None = None,
    to_check: tuple[int, ...] = (),
) -> ReconcileResult:
    texts = entry.payload.get("chunks", []) if isinstance(entry.payload, dict) else []
    slots = normalize_slots(entry.campaign_ids, len(texts))
    missing = tuple(i for i, campaign_id in enumerate(slots) if campaign_id is None)
    return ReconcileResult(entry.id, outcome, entry.status, found, missing, checked, retry_after, to_check)

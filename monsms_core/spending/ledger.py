"""Where the credit went: `transaction/list` as one table, each debit joined with the send it paid for.

    ledger = build_ledger(client.transactions.iterate(), offers=client.offers.list(),
                          outbox=store.outbox.list(limit=50_000), campaigns=client.campaigns.iterate())

One row per transaction (LEDGER_COLUMNS): when, kind (RECHARGED / DEBITED), status, pack, payment
method, FCFA, credits, and for a debit the send: its id ("o<outbox id>" for a send made here, one send
being several campaigns when personalised; "c<campaign id>" otherwise), its title, who sent it ("" =
outside the dashboard: the API, another tool, the vendor's site) and how many recipients it had.
`person` is who acted: the sender of a debit, the buyer of a recharge bought from the dashboard (its
`credit_purchases` record names the transaction), "" when the dashboard did not do it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from monsms_core.campaigns import send_title
from monsms_core.client.models import Campaign, Offer, Transaction
from monsms_core.store import OutboxEntry, PurchaseRecord

RECHARGED, DEBITED, CHARGED = "RECHARGED", "DEBITED", "CHARGED"
OUTSIDE = ""  # sent_by of a debit whose send was not made from this dashboard
LEDGER_COLUMNS: tuple[str, ...] = (
    "id", "at", "kind", "status", "pack", "method", "price_xof", "credits",
    "campaign_id", "send_id", "send_title", "sent_by", "recipients", "person",
)  # fmt: skip


@dataclass(frozen=True)
class _SendInfo:
    send_id: str
    title: str
    sent_by: str
    recipients: int | None


def _outbox_sends(entries: Iterable[OutboxEntry]) -> dict[str, _SendInfo]:
    sends: dict[str, _SendInfo] = {}
    for entry in entries:
        payload = entry.payload if isinstance(entry.payload, dict) else {}
        title = send_title(str(payload.get("name") or ""), str(payload.get("template") or ""))
        info = _SendInfo(f"o{entry.id}", title, entry.created_by, entry.recipients)
        for campaign_id in entry.campaign_ids or []:
            if campaign_id:
                sends[str(campaign_id)] = info
    return sends


def _campaign_sends(campaigns: Iterable[Campaign]) -> dict[str, _SendInfo]:
    return {
        str(c.id): _SendInfo(f"c{c.id}", send_title(c.name, c.text), OUTSIDE, c.contact_count)
        for c in campaigns
        if c.id
    }


def _pack(transaction: Transaction, offers: dict[str, str]) -> str:
    named = transaction.extra.get("offer") or transaction.extra.get("offerName")
    if isinstance(named, dict):
        named = named.get("name")
    return str(named or offers.get(transaction.offer_id or "", "") or "")


def build_ledger(
    transactions: Iterable[Transaction],
    *,
    offers: Iterable[Offer] = (),
    outbox: Iterable[OutboxEntry] = (),
    campaigns: Iterable[Campaign] = (),
    purchases: Iterable[PurchaseRecord] = (),
) -> pd.DataFrame:
    """The transactions as a table (LEDGER_COLUMNS), newest first; `at` is UTC (= Abidjan time).

    A debit is matched to the dashboard's outbox first (who sent it, the whole send's recipients), then
    to the API's campaign list (title and recipients of a send made elsewhere); a recharge to the
    dashboard's purchase records (who bought it, and its pack when the API does not name it)."""
    pack_names = {o.id: o.name or "" for o in offers if o.id}
    sends = {**_campaign_sends(campaigns), **_outbox_sends(outbox)}
    bought = {p.transaction_id: p for p in purchases if p.transaction_id}
    rows = []
    for t in transactions:
        send = sends.get(t.campaign_id or "") if (t.type or "").upper() == DEBITED else None
        purchase = bought.get(t.id or "") if (t.type or "").upper() == RECHARGED else None
        pack = _pack(t, pack_names) or (purchase.pack_name if purchase else "")
        rows.append(
            {
                "id": t.id or "",
                "at": t.created_at,
                "kind": (t.type or "").upper(),
                "status": (t.status or "").upper(),
                "pack": pack if (t.type or "").upper() == RECHARGED else "",
                "method": t.payment_method or "",
                "price_xof": t.price,
                "credits": t.credit,
                "campaign_id": t.campaign_id or "",
                "send_id": send.send_id if send else (f"c{t.campaign_id}" if t.campaign_id else ""),
                "send_title": send.title if send else "",
                "sent_by": send.sent_by if send else OUTSIDE,
                "recipients": send.recipients if send else None,
                "person": send.sent_by if send else (purchase.actor if purchase else OUTSIDE),
            }
        )
    frame = pd.DataFrame(rows, columns=list(LEDGER_COLUMNS))
    frame["at"] = pd.to_datetime(frame["at"], utc=True)
    frame["price_xof"] = pd.to_numeric(frame["price_xof"]).astype("Float64")
    frame["credits"] = pd.to_numeric(frame["credits"]).astype("Int64")
    frame["recipients"] = pd.to_numeric(frame["recipients"]).astype("Int64")
    return frame.sort_values("at", ascending=False, kind="stable").reset_index(drop=True)


def charged(ledger: pd.DataFrame, kind: str) -> pd.DataFrame:
    """The rows of `kind` (RECHARGED or DEBITED) that really moved credit (status CHARGED)."""
    return ledger[(ledger["kind"] == kind) & (ledger["status"] == CHARGED)]


def sends_spending(ledger: pd.DataFrame) -> pd.DataFrame:
    """Credits used per send, newest first: send_id, at (first debit), send_title, sent_by, recipients,
    campaigns, credits, price_xof (NA when the API gave no price for its debits)."""
    debits = charged(ledger, DEBITED)
    columns = ["send_id", "at", "send_title", "sent_by", "recipients", "campaigns", "credits", "price_xof"]
    if debits.empty:
        return pd.DataFrame(columns=columns)
    grouped = debits.groupby("send_id", sort=False).agg(
        at=("at", "min"),
        send_title=("send_title", "first"),
        sent_by=("sent_by", "first"),
        recipients=("recipients", "first"),
        campaigns=("campaign_id", "nunique"),
        credits=("credits", "sum"),
        price_xof=("price_xof", lambda prices: prices.sum() if prices.notna().all() else pd.NA),
    )
    result = grouped.reset_index().sort_values("at", ascending=False, kind="stable").reset_index(drop=True)
    result["price_xof"] = result["price_xof"].astype("Float64")
    return result[columns]

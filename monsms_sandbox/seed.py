"""A realistic Ivorian demo account, identical on every run (seeded RNG; dates relative to now).

Seeding REPLACES the account's data: 3 senders (2 accepted), 200 contacts with 10-digit mobile
numbers, 4 groups, 30 campaigns over the last 60 days (28 delivered, one SCHEDULED in three
days, one RECURRING every Monday), 2 templates, and a ledger whose balance (about 25,000
credits) becomes the account's credit.
"""

from __future__ import annotations

import random
import sqlite3

from monsms_core.compose import count_segments
from monsms_sandbox import seed_data
from monsms_sandbox.backend import insert_transaction, wipe_account_data
from monsms_sandbox.common import new_id, to_json
from monsms_sandbox.delivery import next_occurrence, plan_message
from monsms_sandbox.pricing import price_for

SEED = 2250131  # 31 January 2021: the day Ivorian numbers went to 10 digits
DAY = 86_400.0
CONTACTS = 200
PAST_CAMPAIGNS = 28
SEED_DELIVERY_SECONDS = 40.0


def _contacts(rng: random.Random, moment: float) -> list[tuple[str, str, str, str, str, float]]:
    """(phone, name, first, last, sex, created_at) rows, oldest first, unique phones."""
    phones: set[str] = set()
    rows: list[tuple[str, str, str, str, str, float]] = []
    while len(rows) < CONTACTS:
        phone = "225" + rng.choice(("01", "05", "07", "07")) + f"{rng.randrange(10**8):08d}"
        if phone in phones:
            continue
        phones.add(phone)
        sex = "F" if rng.random() < 0.65 else "M"
        first = rng.choice(seed_data.FEMALE_FIRST_NAMES if sex == "F" else seed_data.MALE_FIRST_NAMES)
        last = rng.choice(seed_data.LAST_NAMES)
        created = moment - rng.uniform(5, 90) * DAY
        rows.append((phone, f"{first} {last}", first, last, sex, created))
    return sorted(rows, key=lambda row: row[5])


def _insert_campaign(
    conn: sqlite3.Connection,
    account_id: str,
    model: tuple,
    group_ids: list[str],
    members: dict[str, list[str]],
    created: float,
    start_at: float | None,
    index: int,
    failure_rate: float,
    *,
    scheduled: float | None = None,
    recurring: dict[str, object] | None = None,
) -> int:
    """Store one campaign with its messages and debit; returns the credits it used."""
    text, name, groups, type_, sender = model
    chosen = [group_ids[i] for i in groups]
    phones = list(dict.fromkeys(phone for group_id in chosen for phone in members[group_id]))
    parts = count_segments(text).segments
    credit = parts * len(phones)
    campaign_id = new_id()
    conn.execute(
        "INSERT INTO campaigns (id, account_id, name, text, type, sender_name, is_enabled, scheduled_date,"
        " recurring, start_at, contact_count, credit_used, parts, contacts, group_ids, created_at,"
        " updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?)",
        (
            campaign_id,
            account_id,
            name,
            text,
            type_,
            sender,
            scheduled,
            None if recurring is None else to_json(recurring),
            start_at,
            len(phones),
            credit,
            parts,
            to_json(chosen),
            created,
            created,
        ),
    )
    # The hash key is the campaign's rank, not its random id, so the FAILED messages are the same every run.
    conn.executemany(
        "INSERT INTO messages (campaign_id, phone, delay, final_status, failure_reason)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            (campaign_id, phone, *plan_message(f"seed-{index}", phone, SEED_DELIVERY_SECONDS, failure_rate))
            for phone in phones
        ],
    )
    insert_transaction(
        conn,
        account_id,
        type_="DEBITED",
        status="CHARGED",
        credit=credit,
        price=price_for(credit),
        campaign_id=campaign_id,
        at=created,
    )
    return credit


def seed_account(
    conn: sqlite3.Connection, account_id: str, moment: float, failure_rate: float
) -> dict[str, int]:
    """Replace the account's data with the demo set; returns what was created."""
    rng = random.Random(SEED)
    wipe_account_data(conn, account_id)
    conn.execute(
        "UPDATE accounts SET full_name = ?, email = ?, phone = ?, country = 'CI', is_verified = 1,"
        " blocked = 0, created_at = ?, updated_at = ? WHERE id = ?",
        (
            seed_data.ACCOUNT["full_name"],
            seed_data.ACCOUNT["email"],
            seed_data.ACCOUNT["phone"],
            moment - 92 * DAY,
            moment,
            account_id,
        ),
    )
    for name, description, status, days in seed_data.SENDERS:
        at = moment - days * DAY
        conn.execute(
            "INSERT INTO senders (id, account_id, name, description, status, archived, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
            (new_id(), account_id, name, description, status, at, at),
        )
    contact_rows = _contacts(rng, moment)
    contact_ids = [new_id() for _ in contact_rows]
    phone_of = {cid: row[0] for cid, row in zip(contact_ids, contact_rows, strict=True)}
    conn.executemany(
        "INSERT INTO contacts (id, account_id, phone, name, first_name, last_name, sex, extra, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
        [(cid, account_id, *row, row[5]) for cid, row in zip(contact_ids, contact_rows, strict=True)],
    )
    group_ids: list[str] = []
    members: dict[str, list[str]] = {}
    for index, (name, description, size) in enumerate(seed_data.GROUPS):
        group_id = new_id()
        at = moment - (85 - index * 10) * DAY
        chosen = sorted(rng.sample(range(CONTACTS), size))
        conn.execute(
            "INSERT INTO groups (id, account_id, name, description, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (group_id, account_id, name, description, at, at),
        )
        conn.executemany(
            "INSERT INTO group_members (group_id, contact_id) VALUES (?, ?)",
            [(group_id, contact_ids[i]) for i in chosen],
        )
        group_ids.append(group_id)
        members[group_id] = [phone_of[contact_ids[i]] for i in chosen]
    for index, text in enumerate(seed_data.TEMPLATES):
        at = moment - (50 - 30 * index) * DAY
        conn.execute(
            "INSERT INTO templates (id, account_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (new_id(), account_id, text, at, at),
        )
    balance = 0
    for offer, credit, method, status, days in seed_data.RECHARGES:
        insert_transaction(
            conn,
            account_id,
            type_="RECHARGED",
            status=status,
            credit=credit,
            price=price_for(credit),
            offer_name=offer,
            payment_method=method,
            at=moment - days * DAY,
        )
        balance += credit if status == "CHARGED" else 0
    days_ago = sorted((rng.uniform(1, 60) for _ in range(PAST_CAMPAIGNS)), reverse=True)
    for index, days_before in enumerate(days_ago):
        created = moment - days_before * DAY
        model = rng.choice(seed_data.CAMPAIGN_MODELS)
        balance -= _insert_campaign(
            conn, account_id, model, group_ids, members, created, created, index, failure_rate
        )
    recurring_created = moment - 20 * DAY
    balance -= _insert_campaign(
        conn,
        account_id,
        seed_data.RECURRING_MODEL,
        group_ids,
        members,
        recurring_created,
        next_occurrence(seed_data.RECURRING_SPEC, recurring_created),
        PAST_CAMPAIGNS,
        failure_rate,
        recurring=dict(seed_data.RECURRING_SPEC),
    )
    scheduled = float(int((moment + 3 * DAY) // 3600) * 3600)
    balance -= _insert_campaign(
        conn,
        account_id,
        seed_data.SCHEDULED_MODEL,
        group_ids,
        members,
        moment - 3600,
        scheduled,
        PAST_CAMPAIGNS + 1,
        failure_rate,
        scheduled=scheduled,
    )
    conn.execute("UPDATE accounts SET credit = ? WHERE id = ?", (balance, account_id))
    return {
        "senders": len(seed_data.SENDERS),
        "contacts": CONTACTS,
        "groups": len(seed_data.GROUPS),
        "campaigns": PAST_CAMPAIGNS + 2,
        "templates": len(seed_data.TEMPLATES),
        "availableCredit": balance,
    }

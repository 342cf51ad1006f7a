"""What a handler receives, and the query helpers the list handlers share."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace

from monsms_sandbox.errors import NOT_FOUND, ApiError
from monsms_sandbox.shapes import ShapeOptions
from monsms_sandbox.validation import Fields, ListParams, list_params


@dataclass(frozen=True)
class DeliverySettings:
    """The delivery (and payment) behaviour in force when a campaign (or purchase) is created."""

    delivery_seconds: float
    failure_rate: float
    payment_seconds: float = 5.0  # how long a mobile-money purchase stays PENDING (monsms_sandbox.wallets)


@dataclass
class Call:
    """One authenticated API call, running inside a database transaction."""

    conn: sqlite3.Connection
    account: sqlite3.Row | None
    body: dict[str, object]
    params: dict[str, str]
    now: float
    delivery: DeliverySettings
    shapes: ShapeOptions = field(default_factory=ShapeOptions)
    root_url: str = ""  # the sandbox's own http://HOST:PORT (for Wave checkout links)

    @property
    def account_id(self) -> str:
        """The calling account's id (every handler but the public offer list has one)."""
        if self.account is None:
            raise ApiError(NOT_FOUND)
        return str(self.account["id"])

    def fields(self) -> Fields:
        """A validator over the request body."""
        return Fields(self.body)

    @property
    def target_id(self) -> str:
        """The `{id}` of the path (the body's `id` is accepted but the path wins, as in the URL)."""
        return self.params.get("id") or str(self.body.get("id") or "")

    def owned_row(self, table: str, row_id: str) -> sqlite3.Row:
        """A row of `table` owned by the caller, or a "Not found" refusal."""
        row = self.conn.execute(
            f"SELECT * FROM {table} WHERE id = ? AND account_id = ?", (row_id, self.account_id)
        ).fetchone()
        if row is None:
            raise ApiError(NOT_FOUND)
        return row


def paged(
    call: Call, select: str, args: tuple[object, ...], params: ListParams, columns: dict[str, str]
) -> list[sqlite3.Row]:
    """Run `select` (a single-table query) ordered and paged by the list parameters.

    Rows created together share a timestamp, so rowid breaks ties and keeps pages stable. A `count` above
    the sandbox's page-size cap is lowered to it, pages included (page 2 starts after the capped page 1),
    as a server with a row limit would."""
    if params.count > call.shapes.page_size_cap:
        params = replace(params, count=call.shapes.page_size_cap)
    direction = "DESC" if params.descending else "ASC"
    sql = f"{select} ORDER BY {columns[params.order_by]} {direction}, rowid {direction} LIMIT ? OFFSET ?"
    return call.conn.execute(sql, (*args, params.count, params.offset)).fetchall()


def owned_page(call: Call, table: str, columns: dict[str, str]) -> list[sqlite3.Row]:
    """One page of the caller's rows of `table`, as the body's list parameters ask (sort on `columns`)."""
    fields = call.fields()
    params = list_params(fields, tuple(columns))
    fields.check()
    return paged(call, f"SELECT * FROM {table} WHERE account_id = ?", (call.account_id,), params, columns)

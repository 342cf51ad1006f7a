"""What a send will do and cost, computed before anything is sent: the `SendPlan`.

    plan = build_plan(recipient_set, "Bonjour {prénom}, -20 % ce week-end !", sender_id="BOUTIK",
                      name="Promo Tabaski")
    plan.total_credits, plan.distinct_texts, plan.blockers
    check_affordable(plan, client.user.credit())      # Shortfall or None

The API takes one text per campaign, so a personalised message becomes one *chunk* (one campaign) per
distinct rendered text. Credits are what operators bill: parts of each text × its recipients.
A plan is immutable; `to_payload()` freezes it (JSON) in the outbox and `from_payload()` reads it back,
checking its `fingerprint` — a hash of everything that decides what recipients receive.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import numpy as np
import pandas as pd

from monsms_core.compose import (
    Recipient,
    RecipientSet,
    count_segments,
    match_fields,
    render_many,
    template_fields,
)
from monsms_core.i18n import translate
from monsms_core.sending.checks import Shortfall, blockers, fingerprint
from monsms_core.sending.schedule import (
    Schedule,
    api_type,
    check_schedule,
    schedule_from_payload,
    schedule_to_payload,
)
from monsms_core.sending.throttle import DEFAULT_RATE_PER_SECOND

SendType = Literal["SMS", "FLASH"]
PAYLOAD_VERSION = 1


class PlanIntegrityError(ValueError):
    """A frozen plan does not match its fingerprint (edited or corrupted after it was frozen)."""


@dataclass(frozen=True)
class Chunk:
    """One future campaign: a text and everyone who receives exactly that text."""

    text: str
    phones: tuple[str, ...]
    parts: int
    encoding: str

    @property
    def credits(self) -> int:
        """Credits this campaign costs: parts × recipients."""
        return self.parts * len(self.phones)


@dataclass(frozen=True)
class SendPlan:
    """Everything a send will do; built by `build_plan`, frozen with `to_payload`."""

    template: str
    chunks: tuple[Chunk, ...]
    send_type: SendType = "SMS"
    sender_id: str | None = None
    schedule: Schedule = None
    name: str = ""
    fallbacks: dict[str, str] = field(default_factory=dict)
    unknown_fields: tuple[str, ...] = ()
    test: bool = False
    fingerprint: str = ""
    blockers: tuple[str, ...] = ()

    @property
    def recipient_count(self) -> int:
        """Distinct phones the send reaches."""
        return sum(len(chunk.phones) for chunk in self.chunks)

    @property
    def distinct_texts(self) -> int:
        """Distinct rendered texts, i.e. campaigns the API will receive."""
        return len(self.chunks)

    @property
    def max_parts(self) -> int:
        """SMS parts of the longest message."""
        return max((chunk.parts for chunk in self.chunks), default=0)

    @property
    def total_credits(self) -> int:
        """Credits the whole send costs."""
        return sum(chunk.credits for chunk in self.chunks)

    @property
    def longest_text(self) -> str:
        """The rendered text with the most parts (then the most characters): the one worth proofreading."""
        if not self.chunks:
            return ""
        return max(self.chunks, key=lambda chunk: (chunk.parts, len(chunk.text))).text

    @property
    def api_type(self) -> str:
        """The campaign type sent to the API (SMS, FLASH, SCHEDULED or RECURRING)."""
        return api_type(self.send_type, self.schedule)

    def estimated_seconds(self, rate_per_second: float = DEFAULT_RATE_PER_SECOND) -> float:
        """Roughly how long sending takes: one campaign creation per distinct text, at the given rate."""
        return self.distinct_texts / rate_per_second

    @property
    def can_send(self) -> bool:
        """False while anything in `blockers` stands in the way."""
        return not self.blockers

    def blocker_messages(self, lang: str | None = "fr") -> list[str]:
        """Each blocker as a sentence saying what to fix."""
        fields = ", ".join("{" + name + "}" for name in self.unknown_fields)
        return [translate(f"sending.blocker.{code}", lang, fields=fields) for code in self.blockers]

    def to_payload(self) -> dict[str, Any]:
        """The plan as JSON-able data, for the outbox and for review."""
        return {
            "version": PAYLOAD_VERSION,
            "template": self.template,
            "fallbacks": dict(self.fallbacks),
            "name": self.name,
            "sender_id": self.sender_id,
            "send_type": self.send_type,
            "schedule": schedule_to_payload(self.schedule),
            "unknown_fields": list(self.unknown_fields),
            "test": self.test,
            "chunks": [{"text": c.text, "phones": list(c.phones), "parts": c.parts} for c in self.chunks],
            "recipients": self.recipient_count,
            "credits": self.total_credits,
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any], *, now: datetime | None = None) -> SendPlan:
        """The plan frozen by `to_payload`; raises PlanIntegrityError if its content no longer matches
        its fingerprint. Parts are recounted from the texts (the texts are what the API bills)."""
        if payload.get("version") != PAYLOAD_VERSION:
            raise PlanIntegrityError(f"unsupported plan payload version {payload.get('version')!r}")
        chunks = tuple(_chunk(str(c["text"]), tuple(str(p) for p in c["phones"])) for c in payload["chunks"])
        plan = _assemble(
            template=str(payload["template"]),
            chunks=chunks,
            send_type=payload["send_type"],
            sender_id=payload.get("sender_id"),
            schedule=schedule_from_payload(payload["schedule"]),
            name=str(payload.get("name") or ""),
            fallbacks={str(k): str(v) for k, v in (payload.get("fallbacks") or {}).items()},
            unknown_fields=tuple(payload.get("unknown_fields") or ()),
            test=bool(payload.get("test")),
            now=now,
        )
        if plan.fingerprint != payload.get("fingerprint"):
            raise PlanIntegrityError("the frozen plan does not match its fingerprint")
        return plan


def build_plan(
    recipients: RecipientSet | Iterable[Recipient],
    text: str,
    *,
    fallbacks: Mapping[str, str] | None = None,
    sender_id: str | None = None,
    send_type: SendType = "SMS",
    schedule: Schedule = None,
    name: str = "",
    test: bool = False,
    now: datetime | None = None,
) -> SendPlan:
    """The plan of sending `text` (personalised per recipient) to `recipients`.

    Recipients should already be merged and opt-out-filtered (`monsms_core.compose.recipients`); a phone seen
    twice is still sent to once (first record kept). `schedule` is None (now), an aware datetime, or
    `Weekly`. Problems that forbid sending (unknown fields, nobody to send to, a past date…) are listed
    in `blockers` rather than raised, so the page can show them all at once.
    """
    if send_type not in ("SMS", "FLASH"):
        raise ValueError(f"send_type must be SMS or FLASH, not {send_type!r}")
    people = recipients.recipients if isinstance(recipients, RecipientSet) else recipients
    first: dict[str, Recipient] = {}
    for recipient in people:
        first.setdefault(recipient.phone, recipient)
    unique = list(first.values())
    fallbacks = {str(k): str(v) for k, v in (fallbacks or {}).items()}
    if template_fields(text):
        columns = list(dict.fromkeys(name for r in unique for name in r.fields))
        matches = match_fields(text, columns)
        unknown = tuple(f for f, c in matches.items() if c is None)
        used: dict[str, None] = dict.fromkeys(str(c) for c in matches.values() if c is not None)
        # Only the columns the text uses: copying every field of 100,000 recipients would dominate.
        frame = pd.DataFrame(
            {c: [r.fields.get(c) for r in unique] for c in used}, index=pd.RangeIndex(len(unique))
        )
        rendered = render_many(text, frame, fallbacks).to_numpy(dtype=object)
        chunks = _group([r.phone for r in unique], rendered)
    else:
        unknown = ()
        chunks = (_chunk(text, tuple(r.phone for r in unique)),) if unique else ()
    return _assemble(
        template=text,
        chunks=chunks,
        send_type=send_type,
        sender_id=(sender_id or "").strip() or None,
        schedule=check_schedule(schedule),
        name=" ".join(name.split()),
        fallbacks=fallbacks,
        unknown_fields=unknown,
        test=test,
        now=now,
    )


def build_test_plan(
    text: str,
    phone: str,
    *,
    fields: Mapping[str, str] | None = None,
    fallbacks: Mapping[str, str] | None = None,
    sender_id: str | None = None,
    send_type: SendType = "SMS",
    name: str = "Test",
) -> SendPlan:
    """A test send of `text` to one phone (the signed-in user's own), now, through the same path.

    `fields` fill the personalisation (e.g. the first real recipient's), so the test shows a real message.
    """
    recipient = Recipient(phone, dict(fields or {}), "test")
    return build_plan(
        [recipient], text, fallbacks=fallbacks, sender_id=sender_id, send_type=send_type, name=name, test=True
    )


def check_affordable(plan: SendPlan, balance: int) -> Shortfall | None:
    """A Shortfall when `balance` credits cannot pay for `plan`, else None."""
    needed = plan.total_credits
    return Shortfall(needed, balance) if needed > balance else None


def _group(phones: list[str], rendered: np.ndarray) -> tuple[Chunk, ...]:
    """One chunk per distinct text, in order of first use, each with its phones in recipient order.

    (A plain loop over factorised codes: with one distinct text per recipient, splitting index arrays
    the numpy way costs more than the rest of the plan together.)
    """
    codes, uniques = pd.factorize(rendered, sort=False)
    members: list[list[str]] = [[] for _ in range(len(uniques))]
    for code, phone in zip(codes.tolist(), phones, strict=True):
        members[code].append(phone)
    return tuple(_chunk(str(text), tuple(group)) for text, group in zip(uniques, members, strict=True))


def _chunk(text: str, phones: tuple[str, ...]) -> Chunk:
    count = count_segments(text)
    return Chunk(text, phones, count.segments, count.encoding)


def _assemble(
    *,
    template: str,
    chunks: tuple[Chunk, ...],
    send_type: SendType,
    sender_id: str | None,
    schedule: Schedule,
    name: str,
    fallbacks: dict[str, str],
    unknown_fields: tuple[str, ...],
    test: bool,
    now: datetime | None,
) -> SendPlan:
    texts = [chunk.text for chunk in chunks]
    found = blockers(template, texts, send_type, schedule, unknown_fields, now or datetime.now(UTC))
    content = [(chunk.text, chunk.phones) for chunk in chunks]
    return SendPlan(
        template=template,
        chunks=chunks,
        send_type=send_type,
        sender_id=sender_id,
        schedule=schedule,
        name=name,
        fallbacks=fallbacks,
        unknown_fields=unknown_fields,
        test=test,
        fingerprint=fingerprint(content, sender_id, send_type, schedule, name),
        blockers=found,
    )

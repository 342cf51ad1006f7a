"""Typed views of what the Mon SMS PRO API returns, tolerant of whatever it actually sends.

Each model is a dataclass built by `Model.from_api(dict)`: known keys (camelCase on the wire) are parsed
into snake_case fields, missing ones get a default, values of the wrong type become None rather than an
exception, and unknown keys are kept untouched in `extra` so nothing the API adds is lost — except
secrets (`SECRET_KEYS`: the API key, password hash and session token `/user/details` answers with),
which are dropped at parse time so no repr, log, page or export can ever show them.

The shapes follow the vendor's current Dart SDK (`freddydrodev/flutter_mon_sms_pro`, lib/models/) and
read the older forms too: recurring days as ISO date-times or "HH:MM", a transaction's campaign as
`campaignId` or `campainId` (sic).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from typing import Any, Generic, Self, TypeVar

_T = TypeVar("_T")


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def parse_str(value: Any) -> str | None:
    """Text as text; numbers (ids sent as integers) become their decimal text; the rest is None."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def parse_int(value: Any) -> int | None:
    """An integer from an int, an integral float or a numeric string; anything else is None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(float(value.strip()))
        except ValueError:
            return None
    return None


def parse_float(value: Any) -> float | None:
    """A number from an int, a float or a numeric string; anything else is None."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def parse_bool(value: Any) -> bool | None:
    """True/False from booleans, 0/1 and the usual strings."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in {"true", "1", "yes", "oui"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"false", "0", "no", "non"}:
        return False
    return None


def parse_datetime(value: Any) -> datetime | None:
    """An aware datetime from an ISO 8601 string ("…Z" included) or epoch milliseconds; naive → UTC."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_time_of_day(value: Any) -> time | None:
    """A time of day in Abidjan (= UTC, no daylight saving) from "HH:MM[:SS]" or a full ISO date-time
    ("2024-01-01T09:00:00.000", the Dart SDK's form; with "Z" or an offset it is converted to UTC)."""
    if isinstance(value, time):
        return value.replace(tzinfo=None)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if "T" in text or " " in text:
        moment = parse_datetime(text)
        return moment.astimezone(UTC).time().replace(microsecond=0) if moment is not None else None
    try:
        parsed = time.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        offset = parsed.utcoffset() or timedelta(0)
        moment = datetime.combine(date(2024, 1, 1), parsed.replace(tzinfo=None)) - offset
        return moment.time()
    return parsed.replace(microsecond=0)


SECRET_KEYS = frozenset({"apikey", "api_key", "password", "passwordhash", "token", "accesstoken",
                         "refreshtoken", "secret", "otp"})  # fmt: skip
"""Keys never kept from an answer (compared lower-cased): `/user/details` carries `apiKey`, `password`
and `token` (Dart SDK's UserModel)."""


def is_secret_key(key: object) -> bool:
    """True for a field name in SECRET_KEYS (case ignored)."""
    return isinstance(key, str) and key.lower() in SECRET_KEYS


def without_secrets(value: Any) -> Any:
    """A copy of a JSON value with every secret key removed, at any depth (for captures and exports)."""
    if isinstance(value, Mapping):
        return {k: without_secrets(v) for k, v in value.items() if not is_secret_key(k)}
    if isinstance(value, list):
        return [without_secrets(item) for item in value]
    return value


def _meta(
    parse: Callable[[Any], Any] = parse_str,
    key: str | tuple[str, ...] | None = None,
    *,
    also: tuple[str, ...] = (),
) -> Mapping[str, Any]:
    """Field metadata: read from API key `key` (camelCase of the field name by default) through `parse`;
    when that key is absent, from the first of the keys in `also` (other spellings seen in the SDKs)."""
    return MappingProxyType({"api": key, "parse": parse, "also": also})


_STR = _meta(parse_str)
_INT = _meta(parse_int)
_FLOAT = _meta(parse_float)
_BOOL = _meta(parse_bool)
_DT = _meta(parse_datetime)


def _list_of(model: type[ApiModel]) -> Callable[[Any], list[Any]]:
    def parse(value: Any) -> list[Any]:
        if not isinstance(value, list):
            return []
        # Some payloads list relations as ids only; keep them as models holding just the id.
        return [model.from_api(v if isinstance(v, Mapping) else {"id": v}) for v in value]

    return parse


def _one_of(model: type[ApiModel]) -> Callable[[Any], Any]:
    return lambda value: model.from_api(value) if isinstance(value, Mapping) else None


@dataclass
class ApiModel:
    """Base of the API models: `from_api` and the `extra` dict of keys this code does not know."""

    @classmethod
    def from_api(cls, data: Mapping[str, Any] | None) -> Self:
        """Build the model from one API object; never raises on odd or missing values."""
        data = data if isinstance(data, Mapping) else {}
        data = {k: v for k, v in data.items() if not is_secret_key(k)}
        values: dict[str, Any] = {}
        used: set[str] = set()
        for f in fields(cls):
            if f.name == "extra":
                continue
            path = f.metadata.get("api") or _camel(f.name)
            path = (path,) if isinstance(path, str) else path
            if path[0] not in data:
                path = next(((key,) for key in f.metadata.get("also", ()) if key in data), path)
            raw: Any = data
            for part in path:
                raw = raw.get(part) if isinstance(raw, Mapping) else None
            if path[0] in data:
                used.add(path[0])
                parsed = f.metadata["parse"](raw) if raw is not None else None
                if parsed is not None:
                    values[f.name] = parsed
        extra = {k: v for k, v in data.items() if k not in used}
        return cls(**values, extra=extra)  # type: ignore[call-arg]  # fields are known only at runtime


@dataclass
class UserDetails(ApiModel):
    """The account behind the API key."""

    id: str | None = field(default=None, metadata=_STR)
    full_name: str | None = field(default=None, metadata=_STR)
    email_address: str | None = field(default=None, metadata=_STR)
    phone_number: str | None = field(default=None, metadata=_STR)
    available_credit: int = field(default=0, metadata=_INT)
    is_verified: bool | None = field(default=None, metadata=_BOOL)
    blocked: bool | None = field(default=None, metadata=_BOOL)
    country: str | None = field(default=None, metadata=_STR)
    created_at: datetime | None = field(default=None, metadata=_DT)
    updated_at: datetime | None = field(default=None, metadata=_DT)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Sender(ApiModel):
    """A sender name (what recipients see as the SMS origin); status PENDING/SUBMITED/ACCEPTED/REFUSED."""

    id: str | None = field(default=None, metadata=_STR)
    name: str | None = field(default=None, metadata=_STR)
    description: str | None = field(default=None, metadata=_STR)
    status: str | None = field(default=None, metadata=_STR)
    archived: bool = field(default=False, metadata=_BOOL)
    created_at: datetime | None = field(default=None, metadata=_DT)
    updated_at: datetime | None = field(default=None, metadata=_DT)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Contact(ApiModel):
    """A stored contact; `phone` is international digits without "+" (e.g. 2250707123456)."""

    id: str | None = field(default=None, metadata=_STR)
    phone: str | None = field(default=None, metadata=_STR)
    name: str | None = field(default=None, metadata=_STR)
    first_name: str | None = field(default=None, metadata=_STR)
    last_name: str | None = field(default=None, metadata=_STR)
    sex: str | None = field(default=None, metadata=_STR)
    created_at: datetime | None = field(default=None, metadata=_DT)
    updated_at: datetime | None = field(default=None, metadata=_DT)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Group(ApiModel):
    """A group of contacts; `contacts` is filled by the group details call only."""

    id: str | None = field(default=None, metadata=_STR)
    name: str | None = field(default=None, metadata=_STR)
    description: str | None = field(default=None, metadata=_STR)
    contact_count: int | None = field(default=None, metadata=_meta(parse_int, ("_count", "contacts")))
    contacts: list[Contact] = field(default_factory=list, metadata=_meta(_list_of(Contact)))
    created_at: datetime | None = field(default=None, metadata=_DT)
    updated_at: datetime | None = field(default=None, metadata=_DT)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class CampaignStats(ApiModel):
    """Delivery counters some API versions add to campaign details."""

    total: int | None = field(default=None, metadata=_INT)
    sent: int | None = field(default=None, metadata=_INT)
    failed: int | None = field(default=None, metadata=_INT)
    pending: int | None = field(default=None, metadata=_INT)
    extra: dict[str, Any] = field(default_factory=dict)


_TIME = _meta(parse_time_of_day)
# Dart sends each day as DateTime.toIso8601String(); only the time of day matters. The dates used are
# the week of Monday 2024-01-01, so each value falls on its own weekday.
_REFERENCE_MONDAY = date(2024, 1, 1)


@dataclass
class Recurrence(ApiModel):
    """When a RECURRING campaign goes out: a time of day in Abidjan (= UTC) per weekday, or None.

    Read from full ISO date-times (current SDK) or "HH:MM" (older form); sent as ISO date-times in UTC.
    """

    enabled: bool = field(default=True, metadata=_BOOL)
    monday: time | None = field(default=None, metadata=_TIME)
    tuesday: time | None = field(default=None, metadata=_TIME)
    wednesday: time | None = field(default=None, metadata=_TIME)
    thursday: time | None = field(default=None, metadata=_TIME)
    friday: time | None = field(default=None, metadata=_TIME)
    saturday: time | None = field(default=None, metadata=_TIME)
    sunday: time | None = field(default=None, metadata=_TIME)
    id: str | None = field(default=None, metadata=_STR)
    campaign_id: str | None = field(default=None, metadata=_STR)
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def weekly(cls, at: time | str, days: tuple[str, ...], *, enabled: bool = True) -> Recurrence:
        """The same time on the given weekdays, e.g. `Recurrence.weekly(time(8), ("monday", "friday"))`."""
        moment = parse_time_of_day(at)
        if moment is None:
            raise ValueError(f"not a time of day: {at!r}")
        unknown = set(days) - _WEEKDAYS
        if unknown:
            raise ValueError(f"unknown weekday(s): {sorted(unknown)}")
        times: dict[str, Any] = {day: moment.replace(second=0, microsecond=0) for day in days}
        return cls(enabled=enabled, **times)

    def days(self) -> dict[str, time]:
        """{weekday: time} of the days it runs, in week order."""
        return {day: at for day in _WEEKDAYS_ORDERED if (at := getattr(self, day)) is not None}

    def to_api(self) -> dict[str, Any]:
        """The `recurring` object of campaign create/update, as the Dart SDK sends it."""
        body: dict[str, Any] = {"enabled": self.enabled}
        for offset, day in enumerate(_WEEKDAYS_ORDERED):
            at = getattr(self, day)
            moment = datetime.combine(_REFERENCE_MONDAY + timedelta(days=offset), at) if at else None
            body[day] = moment.isoformat(timespec="milliseconds") + "Z" if moment else None
        return body


_WEEKDAYS_ORDERED = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS = frozenset(_WEEKDAYS_ORDERED)


@dataclass
class Campaign(ApiModel):
    """A campaign as listed (type SMS/FLASH/SCHEDULED/RECURRING); `status`/`stats` when the API gives them."""

    id: str | None = field(default=None, metadata=_STR)
    name: str | None = field(default=None, metadata=_STR)
    text: str | None = field(default=None, metadata=_STR)
    type: str | None = field(default=None, metadata=_STR)
    is_enabled: bool | None = field(default=None, metadata=_BOOL)
    scheduled_date: datetime | None = field(default=None, metadata=_DT)
    contact_count: int | None = field(default=None, metadata=_INT)
    credit_used: int | None = field(default=None, metadata=_INT)
    contacts_total: int | None = field(default=None, metadata=_meta(parse_int, ("_count", "contacts")))
    groups_total: int | None = field(default=None, metadata=_meta(parse_int, ("_count", "groups")))
    # The sender's row id, NOT its name (the Dart SDK's models); create takes the name. See `sender_name`.
    sender_id: str | None = field(default=None, metadata=_STR)
    sms_count: int | None = field(default=None, metadata=_INT)  # SMS parts per message, when given
    status: str | None = field(default=None, metadata=_STR)  # PENDING | SENT | FAILED, when given
    stats: CampaignStats | None = field(default=None, metadata=_meta(_one_of(CampaignStats)))
    created_at: datetime | None = field(default=None, metadata=_DT)
    updated_at: datetime | None = field(default=None, metadata=_DT)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class CampaignDetails(Campaign):
    """A campaign with its recipients, sender and recurrence."""

    contacts: list[Contact] = field(default_factory=list, metadata=_meta(_list_of(Contact)))
    groups: list[Group] = field(default_factory=list, metadata=_meta(_list_of(Group)))
    sender: Sender | None = field(default=None, metadata=_meta(_one_of(Sender)))
    recurring: Recurrence | None = field(default=None, metadata=_meta(_one_of(Recurrence)))

    @property
    def sender_name(self) -> str | None:
        """The sender name recipients saw (from the `sender` object), or None (account default/unknown)."""
        return self.sender.name if self.sender is not None else None


@dataclass
class Template(ApiModel):
    """A saved message text."""

    id: str | None = field(default=None, metadata=_STR)
    text: str | None = field(default=None, metadata=_STR)
    created_at: datetime | None = field(default=None, metadata=_DT)
    updated_at: datetime | None = field(default=None, metadata=_DT)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Transaction(ApiModel):
    """A credit movement: type DEBITED/RECHARGED, status PENDING/FAILED/CHARGED, price in XOF."""

    id: str | None = field(default=None, metadata=_STR)
    type: str | None = field(default=None, metadata=_STR)
    status: str | None = field(default=None, metadata=_STR)
    credit: int | None = field(default=None, metadata=_INT)
    price: float | None = field(default=None, metadata=_FLOAT)
    campaign_id: str | None = field(default=None, metadata=_meta(parse_str, also=("campainId",)))
    payment_method: str | None = field(default=None, metadata=_STR)
    offer_id: str | None = field(default=None, metadata=_STR)
    # The payment's token (Wave: its checkout link may come as the token or as a url key). `token` is among
    # SECRET_KEYS (on /user/details it is a session token), so it is read here explicitly, never repr'd.
    payment_token: str | None = field(default=None, repr=False, metadata=_meta(parse_str, "paymentToken"))
    payment_url: str | None = field(
        default=None, metadata=_meta(parse_str, "paymentUrl", also=("checkoutUrl", "waveLaunchUrl", "url"))
    )
    # Why a payment FAILED, when the API says (no SDK model has it: absent is normal).
    failure_reason: str | None = field(
        default=None, metadata=_meta(parse_str, also=("reason", "errorCode", "failureMessage"))
    )
    created_at: datetime | None = field(default=None, metadata=_DT)
    updated_at: datetime | None = field(default=None, metadata=_DT)
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_api(cls, data: Mapping[str, Any] | None) -> Self:
        """As every model, plus the payment `token` (see the field's comment)."""
        model = super().from_api(data)
        token = data.get("token") if isinstance(data, Mapping) else None
        if isinstance(token, str) and token.strip():
            model.payment_token = token.strip()
            if model.payment_url is None and token.startswith(("https://", "http://")):
                model.payment_url = token.strip()
        return model

    @property
    def settled(self) -> bool:
        """True once the status is final (CHARGED or FAILED)."""
        return (self.status or "").upper() in ("CHARGED", "FAILED")


@dataclass
class Offer(ApiModel):
    """A credit pack on sale: STARTER, BRONZE, FER, OR, DIAMANT, VIP; price in XOF."""

    id: str | None = field(default=None, metadata=_STR)
    name: str | None = field(default=None, metadata=_STR)
    price: float | None = field(default=None, metadata=_FLOAT)
    credit: int | None = field(default=None, metadata=_INT)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class NewContact:
    """A contact to create; `extra` keys are sent as they are (the API passes them through)."""

    phone: str
    name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    sex: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_api(self) -> dict[str, Any]:
        """The contact object of the wire format, without empty optional fields."""
        body: dict[str, Any] = dict(self.extra)
        body["phone"] = self.phone
        for name in ("name", "first_name", "last_name", "sex"):
            value = getattr(self, name)
            if value is not None:
                body[_camel(name)] = value
        return body


@dataclass
class Page(Generic[_T]):
    """One page of a list call; `total` when the API tells it."""

    items: list[_T]
    page: int
    count: int
    total: int | None = None

    def __iter__(self) -> Iterator[_T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @property
    def is_last(self) -> bool:
        """True when no further page can hold anything: an empty page, or the API's total reached.

        A short page is NOT the end: a server capping page sizes below `count` sends short pages too
        (iterators read until an empty page; see `_paging.iterate_pages`)."""
        if not self.items:
            return True
        return self.total is not None and (self.page - 1) * self.count + len(self.items) >= self.total

    @property
    def looks_last(self) -> bool:
        """For display only (a pager's "next" button): a short page or the total reached."""
        return len(self.items) < self.count or self.is_last


@dataclass
class ContactBatchResult:
    """What one `/contact/create` request of a batched upload did."""

    start: int  # index of the batch's first contact in the whole upload
    requested: int  # contacts sent in this request
    created: list[Contact]  # the contacts the API returned (may be empty if it only gives a count)
    created_count: int  # how many the API says it created

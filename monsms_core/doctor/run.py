"""The live self-check: read-only calls on every endpoint the dashboard uses, each answer checked
against what the client expects (`shapes`), paging tried with `count=5`.

    report = run_doctor(client)          # never writes anything on the account
    report.all_ok, report.as_dict()      # the JSON a user sends to support (no secret, no contact data)
    report.save(Path("tests/fixtures/contract"))   # captured answers, secrets removed, as fixtures

An endpoint is "ok", "different" (the differences say what), "missing" (the API answers "not found" for
the path), "error" (another failure: its error code) or "skipped" (nothing to read, e.g. no campaign
yet). Answers are stripped of secret fields the moment they arrive (`without_secrets`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import AuthenticationError, MonSmsError, NotFoundError
from monsms_core.client.models import parse_int, without_secrets
from monsms_core.doctor import shapes
from monsms_core.doctor.shapes import Difference, Shape, check_list, check_shape

Status = Literal["ok", "different", "missing", "error", "skipped"]
PAGE = 5  # the smallest page the API accepts: enough to see paging work on a small account


@dataclass
class EndpointResult:
    """The verdict on one endpoint."""

    endpoint: str
    status: Status
    differences: list[Difference] = field(default_factory=list)
    error: str | None = None  # the client's error code, for "error"
    model: str = ""  # the client model that reads it (fixture files name it)
    captured: Any = field(default=None, repr=False)  # the answer, secrets removed (for `save` only)

    def as_dict(self) -> dict[str, Any]:
        """The JSON form (without the captured answer)."""
        return {
            "endpoint": self.endpoint,
            "status": self.status,
            "differences": [d.as_dict() for d in self.differences],
            "error": self.error,
        }


@dataclass
class DoctorReport:
    """Everything the check found, for the CLI, the Settings page and support."""

    base_url: str
    checked_at: datetime
    account_name: str | None = None
    credit: int | None = None
    endpoints: list[EndpointResult] = field(default_factory=list)
    path_choices: dict[str, str] = field(default_factory=dict)

    @property
    def all_ok(self) -> bool:
        """True when every endpoint answered as the client expects (skipped ones aside)."""
        return all(result.status in ("ok", "skipped") for result in self.endpoints)

    def as_dict(self) -> dict[str, Any]:
        """The `--json` output: no secret and no contact data, only shapes and the account's name/credit."""
        return {
            "baseUrl": self.base_url,
            "checkedAt": self.checked_at.isoformat(timespec="seconds"),
            "account": {"name": self.account_name, "credit": self.credit},
            "allOk": self.all_ok,
            "endpoints": [result.as_dict() for result in self.endpoints],
            "pathChoices": dict(self.path_choices),
        }

    def save(self, directory: Path) -> list[Path]:
        """Write each captured answer (secrets removed) as a contract fixture; returns the files."""
        directory.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for result in self.endpoints:
            if result.captured is None or not result.model:
                continue
            slug = re.sub(r"[^a-z0-9]+", "_", result.endpoint.lower()).strip("_")
            path = directory / f"live_{slug}.json"
            fixture = {
                "_source": f"monsms_core doctor --save, {self.base_url}, {self.checked_at:%Y-%m-%d}",
                "endpoint": result.endpoint,
                "model": result.model,
                "data": without_secrets(result.captured),
            }
            path.write_text(json.dumps(fixture, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            written.append(path)
        return written


_SETTLED = ("CHARGED", "FAILED")


class _Doctor:
    def __init__(self, client: MonSmsClient) -> None:
        self.client = client
        self.report = DoctorReport(client.base_url, datetime.now(UTC))
        self.stopped: str | None = None  # set when the key itself is refused: nothing else can work

    def run(self) -> DoctorReport:
        user = self.one("/user/details", shapes.USER, "UserDetails")
        if isinstance(user, dict):
            self.report.account_name = user.get("fullName") if isinstance(user.get("fullName"), str) else None
            self.report.credit = parse_int(user.get("availableCredit"))
        self.credit()
        sender = self.first(self.listing("/sender/list", shapes.SENDER, "Sender"))
        self.details("/sender/{id}", sender, shapes.SENDER, "Sender")
        if sender is not None:
            self.listing("/sender/{id}/campaign", shapes.CAMPAIGN, "Campaign", ident=sender, key="senderId")
        else:
            self.skip("/sender/{id}/campaign")
        self.details(
            "/contact/{id}",
            self.first(self.listing("/contact/list", shapes.CONTACT, "Contact")),
            shapes.CONTACT,
            "Contact",
        )
        self.details(
            "/group/{id}",
            self.first(self.listing("/group/list", shapes.GROUP, "Group")),
            shapes.GROUP_DETAILS,
            "Group",
        )
        campaign = self.first(self.listing("/campaign/list", shapes.CAMPAIGN, "Campaign"))
        if campaign is None:  # the list is missing or empty: the client's per-sender fallback may find one
            campaign = self.campaign_via_client()
        self.details("/campaign/{id}", campaign, shapes.CAMPAIGN_DETAILS, "CampaignDetails")
        self.listing("/template/list", shapes.TEMPLATE, "Template")
        ledger = self.listing("/transaction/list", shapes.TRANSACTION, "Transaction")
        # Checking a settled transaction changes nothing (a pending one might settle: left alone).
        settled = [t for t in ledger or [] if isinstance(t, dict) and t.get("status") in _SETTLED]
        self.details("/transaction/{id}/check", self.first(settled), shapes.TRANSACTION, "Transaction")
        self.one("/offer", shapes.OFFER, "Offer", method="GET", many=True)
        self.report.path_choices = self.client.path_choices
        return self.report

    # -- one check each --

    def call(self, endpoint: str, path: str, body: dict[str, Any] | None, method: str = "POST") -> Any:
        """The answer, or an EndpointResult already recorded for a failure."""
        if self.stopped is not None:
            return self.add(EndpointResult(endpoint, "error", error=self.stopped))
        try:
            return without_secrets(self.client.read_raw(path, body, method=method))
        except NotFoundError:
            return self.add(EndpointResult(endpoint, "missing"))
        except AuthenticationError as error:
            self.stopped = error.code
            return self.add(EndpointResult(endpoint, "error", error=error.code))
        except MonSmsError as error:
            return self.add(EndpointResult(endpoint, "error", error=error.code))

    def one(
        self, endpoint: str, shape: Shape, model: str, *, method: str = "POST", many: bool = False
    ) -> Any:
        data = self.call(endpoint, endpoint, None, method)
        if isinstance(data, EndpointResult):
            return None
        differences = check_list(data, shape) if many else check_shape(data, shape)
        self.add(
            EndpointResult(
                endpoint, "different" if differences else "ok", differences, model=model, captured=data
            )
        )
        return data

    def credit(self) -> None:
        data = self.call("/user/credit", "/user/credit", None)
        if isinstance(data, EndpointResult):
            return
        ok = isinstance(data, int) and not isinstance(data, bool)
        differences = [] if ok else [Difference("data", "type", "int", shapes.kind_of(data))]
        self.add(EndpointResult("/user/credit", "different" if differences else "ok", differences))

    def listing(
        self, endpoint: str, shape: Shape, model: str, *, ident: str | None = None, key: str = "id"
    ) -> list[Any] | None:
        """Page 1 and 2 with count=5: the items' shape, the page size honoured, page 2 not page 1 again."""
        path = endpoint.replace("{id}", ident or "")
        extra = {key: ident} if ident else {}
        body = {**extra, "page": 1, "count": PAGE, "sort": "desc", "orderBy": "createdAt"}
        first = self.call(endpoint, path, body)
        if isinstance(first, EndpointResult):
            return None
        differences = check_list(first, shape)
        if isinstance(first, list) and len(first) > PAGE:
            differences.append(Difference("count", "page_size", f"<= {PAGE}", str(len(first))))
        elif isinstance(first, list) and len(first) == PAGE:
            second = self.call(endpoint, path, {**body, "page": 2})
            if isinstance(second, EndpointResult):
                return first
            if isinstance(second, list) and second and _ids(second) == _ids(first):
                differences.append(Difference("page", "paging", "page 2 ≠ page 1", "page 1 again"))
        self.add(
            EndpointResult(
                endpoint, "different" if differences else "ok", differences, model=model, captured=first
            )
        )
        return first if isinstance(first, list) else None

    def details(self, endpoint: str, ident: str | None, shape: Shape, model: str) -> None:
        if ident is None:
            self.skip(endpoint)
            return
        data = self.call(endpoint, endpoint.replace("{id}", ident), {"id": ident})
        if isinstance(data, EndpointResult):
            return
        differences = check_shape(data, shape)
        self.add(
            EndpointResult(
                endpoint, "different" if differences else "ok", differences, model=model, captured=data
            )
        )

    def campaign_via_client(self) -> str | None:
        """A campaign id as the dashboard finds one (its per-sender fallback included), or None."""
        if self.stopped is not None:
            return None
        try:
            page = self.client.campaigns.list(count=PAGE)
        except MonSmsError:
            return None
        return next((campaign.id for campaign in page.items if campaign.id), None)

    def skip(self, endpoint: str) -> None:
        self.add(EndpointResult(endpoint, "skipped"))

    def add(self, result: EndpointResult) -> EndpointResult:
        self.report.endpoints.append(result)
        return result

    @staticmethod
    def first(items: list[Any] | None) -> str | None:
        """The id of the first item of a list answer, if any."""
        for item in items or []:
            if isinstance(item, dict) and isinstance(item.get("id"), str | int):
                return str(item["id"])
        return None


def _ids(items: list[Any]) -> list[Any]:
    return [item.get("id") if isinstance(item, dict) else item for item in items]


def run_doctor(client: MonSmsClient) -> DoctorReport:
    """Check every endpoint the dashboard uses, read-only (see the module docstring)."""
    return _Doctor(client).run()


def doctor_for(api_key: str, base_url: str) -> DoctorReport:
    """`run_doctor` on a client opened (and closed) for this key and base URL."""
    with MonSmsClient(api_key, base_url) as client:
        return run_doctor(client)

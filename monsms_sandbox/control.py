"""`SandboxControl`: the Python client of the control API, for tests and scripts.

    control = SandboxControl(server.root_url)
    control.reset()
    key = control.create_account(credit=500)
    control.add_fault("drop", count=1, path="/campaign/create", phase="after")

The server side of these calls is `monsms_sandbox.control_api`.
"""

from __future__ import annotations

from typing import Any

import requests


class SandboxControlError(RuntimeError):
    """A control call answered `success: false` (the error text or zod issues are in the message)."""


class SandboxControl:
    """One method per control call; each returns the answer's `data`."""

    def __init__(self, root_url: str, *, timeout: float = 10.0) -> None:
        self.root_url = root_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()

    def __repr__(self) -> str:
        return f"SandboxControl({self.root_url!r})"

    def call(self, endpoint: str, /, **body: object) -> Any:
        """POST `body` (None values dropped) to /_sandbox/<endpoint> and return `data`."""
        payload: dict[str, Any] = {key: value for key, value in body.items() if value is not None}
        url = f"{self.root_url}/_sandbox/{endpoint}"
        response = self._session.post(url, json=payload, timeout=self.timeout)
        response.raise_for_status()
        answer = response.json()
        if not answer.get("success"):
            raise SandboxControlError(f"/_sandbox/{endpoint}: {answer.get('error')}")
        return answer.get("data")

    def reset(self) -> None:
        """Wipe accounts, faults and counters; restore the start-up settings."""
        self.call("reset")

    def create_account(self, api_key: str | None = None, *, seed: bool = False, credit: int = 10_000) -> str:
        """Create an account and return its API key."""
        return str(self.call("accounts/create", apiKey=api_key, seed=seed, credit=credit)["apiKey"])

    def block_account(self, api_key: str, blocked: bool = True) -> None:
        """Block (or unblock) an account: its calls are answered "Forbidden"."""
        self.call("accounts/block", apiKey=api_key, blocked=blocked)

    def seed(self, api_key: str) -> dict[str, int]:
        """Replace the account's data with the Ivorian demo set; returns the counts created."""
        return dict(self.call("seed", apiKey=api_key))

    def recharge(self, api_key: str, credit: int, payment_method: str | None = None) -> int:
        """Add credit (a CHARGED RECHARGED transaction); returns the new balance."""
        return int(
            self.call("recharge", apiKey=api_key, credit=credit, paymentMethod=payment_method)[
                "availableCredit"
            ]
        )

    def outbox(self, api_key: str, campaign_id: str | None = None) -> list[dict[str, Any]]:
        """Every message of the account (or of one campaign) with its current status."""
        return list(self.call("outbox", apiKey=api_key, campaignId=campaign_id))

    def set_sender_status(self, api_key: str, name: str, status: str) -> dict[str, Any]:
        """The operator's decision on a sender: ACCEPTED | REFUSED | SUBMITED | PENDING."""
        return dict(self.call("senders/set-status", apiKey=api_key, name=name, status=status))

    def add_fault(
        self,
        kind: str,
        *,
        probability: float | None = None,
        count: int | None = None,
        path: str | None = None,
        seconds: float | None = None,
        phase: str | None = None,
    ) -> None:
        """Inject a fault (see monsms_sandbox.faults); without probability or count it always fires."""
        self.call(
            "faults", kind=kind, probability=probability, count=count, path=path, seconds=seconds, phase=phase
        )

    def clear_faults(self) -> None:
        """Remove every fault."""
        self.call("faults/clear")

    def faults(self) -> list[dict[str, Any]]:
        """The active faults."""
        return list(self.call("faults/list")["faults"])

    def config(
        self,
        *,
        rate_limit_per_second: float | None = None,
        delivery_seconds: float | None = None,
        failure_rate: float | None = None,
        page_size_cap: int | None = None,
        campaign_extras: bool | None = None,
        old_shapes: list[str] | None = None,
        missing_routes: list[str] | None = None,
        payment_seconds: float | None = None,
    ) -> dict[str, Any]:
        """Change settings (None keeps a value); returns the whole configuration. The answer-shape
        options are described in the README ("Answer shapes")."""
        return dict(
            self.call(
                "config",
                rateLimitPerSecond=rate_limit_per_second,
                deliverySeconds=delivery_seconds,
                failureRate=failure_rate,
                pageSizeCap=page_size_cap,
                campaignExtras=campaign_extras,
                oldShapes=old_shapes,
                missingRoutes=missing_routes,
                paymentSeconds=payment_seconds,
            )
        )

    def settle_payment(
        self, api_key: str, transaction_id: str, status: str = "CHARGED", reason: str | None = None
    ) -> dict[str, Any]:
        """Decide a PENDING purchase now: CHARGED (credit added once) or FAILED with `reason`; returns
        the transaction as `/transaction/{id}/check` would."""
        return dict(
            self.call("payments/settle", apiKey=api_key, id=transaction_id, status=status, reason=reason)
        )

    def stats(self) -> dict[str, Any]:
        """Request counters: requests by path, routes by pattern, processed, faults, rateLimited."""
        return dict(self.call("stats"))

    def close(self) -> None:
        """Close the HTTP session."""
        self._session.close()

"""The mobile-money methods the dashboard offers, what each asks of the payer, and checking the inputs."""

from __future__ import annotations

from dataclasses import dataclass

from monsms_core.client.transactions import PaymentMethod
from monsms_core.phones import normalize_phone


@dataclass(frozen=True)
class Method:
    """One way to pay: its API code, whether it needs the Orange Money code, its catalog keys."""

    code: PaymentMethod
    needs_code: bool

    @property
    def label_key(self) -> str:
        """The catalog key of its name ("Orange Money"…)."""
        return f"payments.method.{self.code}"

    @property
    def instructions_key(self) -> str:
        """The catalog key of what the payer does on the phone."""
        return f"payments.instructions.{self.code}"


METHODS: tuple[Method, ...] = (
    Method("WAVE_CI", needs_code=False),
    Method("OM_CI", needs_code=True),
    Method("MTN_CI", needs_code=False),
    Method("MOOV_CI", needs_code=False),
)
OM_CODE_LENGTH = 4


def method_for(code: str) -> Method:
    """The Method with that API code (ValueError for any other)."""
    for method in METHODS:
        if method.code == code:
            return method
    raise ValueError(f"unknown payment method {code!r}")


def payer_number(raw: str) -> str | None:
    """The payer's number in the API form ("2250707123456"), normalised like every number here; None
    when it is not a mobile number."""
    result = normalize_phone(raw or "")
    return result.phone if result.accepted else None


def valid_code(raw: str | None) -> str | None:
    """The Orange Money code (4 digits, spaces ignored), or None when it is not one."""
    digits = "".join((raw or "").split())
    return digits if len(digits) == OM_CODE_LENGTH and digits.isdigit() else None

"""The account behind the API key: `client.user`."""

from __future__ import annotations

from monsms_core.client._resource import Resource, as_mapping
from monsms_core.client.errors import InvalidResponseError
from monsms_core.client.models import UserDetails, parse_int


class User(Resource):
    """`/user/details` and `/user/credit`."""

    name = "user"

    def details(self) -> UserDetails:
        """The account: name, e-mail, phone, available credit, verification, country…"""
        return UserDetails.from_api(as_mapping(self._read("/user/details", None, "details")))

    def credit(self) -> int:
        """The available SMS credit."""
        data = self._read("/user/credit", None, "credit")
        if isinstance(data, dict):  # tolerate {"credit": n} / {"availableCredit": n}
            data = next((data[k] for k in ("availableCredit", "credit", "balance") if k in data), None)
        credit = parse_int(data)
        if credit is None:
            raise InvalidResponseError("credit is not a number", operation="user.credit")
        return credit

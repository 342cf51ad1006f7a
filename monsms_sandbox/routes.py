"""Path → handler table of the public API (paths relative to `/v1`), checked in order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from monsms_sandbox.handlers import (
    campaigns,
    contacts,
    groups,
    offers,
    senders,
    templates,
    transactions,
    user,
)
from monsms_sandbox.handlers.context import Call

Handler = Callable[[Call], object]


@dataclass(frozen=True)
class Route:
    """One endpoint: HTTP method, contract path pattern, handler, and whether an API key is required."""

    method: str
    pattern: str
    handler: Handler
    authenticated: bool = True

    @property
    def regex(self) -> re.Pattern[str]:
        """The pattern with `{id}` turned into a named group."""
        return re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", self.pattern) + "/?$")


# Fixed paths come before `{id}` patterns so "/contact/list" is never read as a contact id.
ROUTES: tuple[Route, ...] = (
    Route("POST", "/user/details", user.details),
    Route("POST", "/user/credit", user.credit),
    Route("POST", "/sender/create", senders.create),
    Route("POST", "/sender/list", senders.list_senders),
    Route("POST", "/sender/{id}/update", senders.update),
    Route("POST", "/sender/{id}/campaign", campaigns.list_by_sender),
    Route("POST", "/sender/{id}", senders.get),
    Route("POST", "/contact/create", contacts.create),
    Route("POST", "/contact/list", contacts.list_contacts),
    Route("POST", "/contact/delete", contacts.delete),
    Route("POST", "/contact/{id}/update", contacts.update),
    Route("POST", "/contact/{id}", contacts.get),
    Route("POST", "/group/create", groups.create),
    Route("POST", "/group/list", groups.list_groups),
    Route("POST", "/group/{id}/update", groups.update),
    Route("POST", "/group/{id}/delete", groups.delete),
    Route("POST", "/group/{id}", groups.get),
    Route("POST", "/campaign/create", campaigns.create),
    Route("POST", "/campaign/list", campaigns.list_campaigns),
    Route("POST", "/campaign/{id}/update", campaigns.update),
    Route("POST", "/campaign/{id}/toggle-enable", campaigns.toggle_enable),
    Route("POST", "/campaign/{id}", campaigns.get),
    Route("POST", "/template/list", templates.list_templates),
    Route("POST", "/template/create", templates.create),
    Route("POST", "/template/delete", templates.delete),
    Route("POST", "/template/{id}/delete", templates.delete),
    Route("POST", "/transaction/list", transactions.list_transactions),
    Route("POST", "/transaction/create", transactions.create),
    Route("POST", "/transaction/{id}/check", transactions.check),
    Route("GET", "/offer", offers.list_offers, authenticated=False),
    Route("POST", "/offer", offers.list_offers, authenticated=False),
)

_COMPILED = tuple((route, route.regex) for route in ROUTES)


def match(method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    """The route for `method` and `path` (relative to /v1) with its path parameters, or None."""
    for route, regex in _COMPILED:
        if route.method != method:
            continue
        found = regex.match(path)
        if found:
            return route, found.groupdict()
    return None

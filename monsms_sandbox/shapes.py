"""Which answer shapes the sandbox speaks: the vendor's current SDK models by default, plus switches.

By default the sandbox answers like the Dart SDK's models (`freddydrodev/flutter_mon_sms_pro`), which
are stricter than what the dashboard once assumed: campaign objects carry no `name`, `status`, `stats`
or `smsCount`; pages hold at most 100 items whatever `count` asks. The switches below (start-up options
and `/_sandbox/config`) add the optional fields back, change the cap, make routes unknown, or answer an
older shape for one endpoint — so a test (or `monsms_core doctor`) can see how the client copes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

DEFAULT_PAGE_SIZE_CAP = 100

# Endpoints that can answer an older shape, and what changes (README: "Answer shapes").
OLD_SHAPES: dict[str, str] = {
    "/campaign/{id}": "no `sender` object; `senderId` is the sender's name; recurring days as \"HH:MM\"",
}
# Routes that can be made unknown ("Not found"), to exercise the client's path fallbacks.
REMOVABLE_ROUTES = ("/campaign/list", "/template/delete", "/template/{id}/delete", "/template/list")


@dataclass(frozen=True)
class ShapeOptions:
    """Answer-shape switches; the defaults are the vendor SDK's shapes."""

    page_size_cap: int = DEFAULT_PAGE_SIZE_CAP
    campaign_extras: bool = False  # add name, status, stats and smsCount to campaign objects
    old_shapes: frozenset[str] = field(default_factory=frozenset)
    missing_routes: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.page_size_cap < 5:
            raise ValueError("the page size cap is at least 5 (the API's smallest page)")
        unknown = set(self.old_shapes) - OLD_SHAPES.keys()
        if unknown:
            raise ValueError(f"no old shape for {sorted(unknown)}; known: {sorted(OLD_SHAPES)}")
        unknown = set(self.missing_routes) - set(REMOVABLE_ROUTES)
        if unknown:
            raise ValueError(f"cannot remove {sorted(unknown)}; removable: {list(REMOVABLE_ROUTES)}")

    def describe(self) -> dict[str, Any]:
        """The options as the control API shows them."""
        return {
            "pageSizeCap": self.page_size_cap,
            "campaignExtras": self.campaign_extras,
            "oldShapes": sorted(self.old_shapes),
            "missingRoutes": sorted(self.missing_routes),
        }

    def changed(
        self,
        *,
        page_size_cap: int | None = None,
        campaign_extras: bool | None = None,
        old_shapes: list[str] | None = None,
        missing_routes: list[str] | None = None,
    ) -> ShapeOptions:
        """A copy with the given options changed (None keeps the current value)."""
        return replace(
            self,
            page_size_cap=self.page_size_cap if page_size_cap is None else page_size_cap,
            campaign_extras=self.campaign_extras if campaign_extras is None else campaign_extras,
            old_shapes=self.old_shapes if old_shapes is None else frozenset(old_shapes),
            missing_routes=self.missing_routes if missing_routes is None else frozenset(missing_routes),
        )

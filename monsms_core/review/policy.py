"""Who is reviewed, and by whom — the one answer the Settings and Team pages, the composer's notice and
the routing of a confirmed send all read.

Review is off until an administrator turns it on (Settings, or when creating a reviewer). Its scope says
whose sends wait for a second pair of eyes: the Expéditeurs' only ("senders"), or everyone's, the
administrators' included ("everyone"). Reviewers and viewers cannot send, so the scope never concerns
them. Whoever is reviewed, the people who may approve are the enabled reviewers and administrators
other than the author (an administrator may override that with a reason, on the queue page).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from monsms_core.accounts import REVIEW_REQUIRED_KEY, can, read_preferences

REVIEW_SCOPE_KEY = "review_scope"
Scope = Literal["senders", "everyone"]
SCOPES: tuple[Scope, ...] = ("senders", "everyone")
DEFAULT_SCOPE: Scope = "senders"


@dataclass(frozen=True)
class ReviewPolicy:
    """Whether review is on, and whose sends it covers."""

    required: bool = False
    scope: Scope = DEFAULT_SCOPE

    def covers(self, role: str | None) -> bool:
        """Whether a send confirmed by someone of `role` waits for review."""
        if not self.required or not can(role, "send"):
            return False
        return role == "sender" or self.scope == "everyone"


def read_policy(store: Any) -> ReviewPolicy:
    """The current review policy (off, senders only, when never set)."""
    scope = store.app_settings.get(REVIEW_SCOPE_KEY)
    return ReviewPolicy(
        required=read_preferences(store).review_required,
        scope=scope if scope in SCOPES else DEFAULT_SCOPE,
    )


def save_policy(store: Any, policy: ReviewPolicy, *, actor: str) -> list[str]:
    """Write what changed (each write is audited by the store); returns the keys written."""
    if policy.scope not in SCOPES:
        raise ValueError(f"unknown review scope {policy.scope!r}")
    current = read_policy(store)
    changed: list[str] = []
    if current.required != policy.required:
        store.app_settings.set(REVIEW_REQUIRED_KEY, policy.required, actor=actor)
        changed.append(REVIEW_REQUIRED_KEY)
    if current.scope != policy.scope:
        store.app_settings.set(REVIEW_SCOPE_KEY, policy.scope, actor=actor)
        changed.append(REVIEW_SCOPE_KEY)
    return changed


def reviewers(store: Any, *, author: str | None = None) -> list[str]:
    """The display names of the enabled users who may approve a send of `author` (not the author
    themself), reviewers first, then administrators, each alphabetically."""
    people = [
        u for u in store.users.list() if not u.disabled and can(u.role, "review") and u.username != author
    ]
    people.sort(key=lambda u: (u.role != "reviewer", u.display_name.casefold()))
    return [u.display_name for u in people]


@dataclass(frozen=True)
class ReviewNotice:
    """What the composer says before sending: whether this send will wait for review, and who may
    approve it (empty when nobody can yet: the send would wait until a reviewer exists)."""

    reviewed: bool
    reviewers: tuple[str, ...] = ()

"""Idempotency tags: how a campaign created by the dashboard is recognised later in the API's list.

The API has no idempotency key, so each chunk of a send (one campaign per distinct text) carries a tag
in its campaign `name`: "#" + 8 hex characters derived from the send key and the chunk index, e.g.
"Promo Tabaski (2/3) · #a1b2c3d4". The same draft always gives the same tags, so after a lost answer
`reconcile` can look for the tag among recent campaigns instead of guessing.
"""

from __future__ import annotations

import hashlib
import re

TAG_LENGTH = 8
MAX_NAME_LENGTH = 80  # the user's part of the name; the tag always survives truncation
_TAG_RE = re.compile(rf"#([0-9a-f]{{{TAG_LENGTH}}})(?![0-9a-zA-Z])")


def chunk_tag(send_key: str, index: int) -> str:
    """The 8-character tag of chunk `index` of the send `send_key` (without the "#")."""
    digest = hashlib.sha256(f"{send_key}\x1f{index}".encode()).hexdigest()
    return digest[:TAG_LENGTH]


def campaign_name(name: str, tag: str, index: int, total: int) -> str:
    """The campaign name sent to the API: the user's name, the chunk number when several, and the tag."""
    base = " ".join(name.split())[:MAX_NAME_LENGTH]
    if total > 1:
        base = f"{base} ({index + 1}/{total})" if base else f"({index + 1}/{total})"
    return f"{base} · #{tag}" if base else f"#{tag}"


def tags_in(name: str | None) -> set[str]:
    """The tags written in a campaign name (usually none or one)."""
    return set(_TAG_RE.findall(name or ""))

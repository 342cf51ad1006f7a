""" "Raccourcir le lien": the message's links replaced by short links (the API's `ai/url`), offered with
the before/after texts and what it saves on this send; nothing changes until the user applies it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from monsms_core.client.ai import Ai
from monsms_core.composer import Measure
from monsms_core.suggestions.fields import FieldCheck, check_fields
from monsms_core.suggestions.savings import Savings, compare

# What a reader takes for a link in an SMS: with its scheme, or starting with "www.".
_LINK_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"{}]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]»'\"’"


def find_links(text: str) -> list[str]:
    """The links of `text`, in order, without the punctuation that ends a sentence after them."""
    return [found.rstrip(_TRAILING) for found in _LINK_RE.findall(text) if found.rstrip(_TRAILING)]


@dataclass(frozen=True)
class LinkOffer:
    """The short-link version of a message and what applying it changes."""

    original: str
    shortened: str
    savings: Savings
    fields: FieldCheck

    @property
    def changed(self) -> bool:
        """True when the API replaced at least one link."""
        return self.shortened != self.original

    @property
    def applicable(self) -> bool:
        """True when the new text may replace the original (a change that keeps every field)."""
        return self.changed and self.fields.ok

    @property
    def links(self) -> list[tuple[str, str]]:
        """(long link, short link) pairs when both texts hold as many links, else []."""
        before, after = find_links(self.original), find_links(self.shortened)
        if len(before) != len(after):
            return []
        return [(old, new) for old, new in zip(before, after, strict=True) if old != new]


def offer_short_links(ai: Ai, text: str, measure: Measure) -> LinkOffer | None:
    """Ask `ai/url` for the short-link version of `text` and price it; None when `text` has no link.
    Raises the client's MonSmsError when the API cannot answer."""
    if not find_links(text):
        return None
    answer = ai.shorten_urls(text)
    shortened = answer.processed if answer.processed is not None else text
    return LinkOffer(text, shortened, compare(text, shortened, measure), check_fields(text, shortened))

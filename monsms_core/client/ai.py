"""The vendor's AI helpers: `client.ai`. Neither endpoint needs the API key (the Dart SDK's AIApi sends
only the message), so the key is never put in these requests: a text service has no use for it, and a
body without it cannot leak it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from monsms_core.client._resource import Resource, as_mapping
from monsms_core.client.errors import InvalidResponseError
from monsms_core.client.models import ShortenedLinks

Language = Literal["fr", "en"]
_TEXT_KEYS = ("processed", "message", "text", "result")


class Ai(Resource):
    """`/ai/url` (links → short links) and `/ai/msg` (a shorter rewrite of a message)."""

    name = "ai"

    def _call(self, path: str, body: Mapping[str, Any], operation: str) -> Any:
        # A rewrite changes nothing on the account, so it is retried like a read.
        return self._transport.call(
            path, body, kind="read", operation=f"{self.name}.{operation}", authenticated=False
        )

    def shorten_urls(self, text: str) -> ShortenedLinks:
        """`text` with its links replaced by short links (`processed`); `original` is what was sent."""
        if not text.strip():
            raise ValueError("a message is needed")
        data = self._call("/ai/url", {"message": text}, "shorten_urls")
        links = ShortenedLinks.from_api(as_mapping(data)) if not isinstance(data, str) else None
        if links is None:
            links = ShortenedLinks(original=text, processed=data)
        if links.processed is None:
            raise InvalidResponseError("no processed message", operation="ai.shorten_urls")
        if links.original is None:
            links.original = text
        return links

    def shorten_message(
        self, text: str, language: Language, *, abbreviation: bool = True, latinize: bool = False
    ) -> str:
        """A shorter version of `text` in `language`: with SMS abbreviations when `abbreviation`, without
        accents when `latinize`. The answer is a string (Dart SDK); an object holding it is read too."""
        if not text.strip():
            raise ValueError("a message is needed")
        body = {"message": text, "language": language, "abbreviation": abbreviation, "latinize": latinize}
        data = self._call("/ai/msg", body, "shorten_message")
        if isinstance(data, str):
            return data
        found = as_mapping(data)
        for key in _TEXT_KEYS:
            if isinstance(found.get(key), str):
                return str(found[key])
        raise InvalidResponseError("no message", operation="ai.shorten_message")

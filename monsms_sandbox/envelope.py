"""Reading request bodies and writing the API's `{success, data, error}` answers."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
JSON_TYPE = "application/json; charset=utf-8"


@dataclass(frozen=True)
class Answer:
    """What to send back: a status, a content type and bytes — or nothing, closing the connection."""

    status: int = 200
    content_type: str = JSON_TYPE
    body: bytes = b""
    close: bool = False


def envelope(success: bool, data: object = None, error: object = None, *, zod: bool = False) -> Answer:
    """The API's `{success, data, error}` body (plus `isZodError` for validation failures), HTTP 200."""
    payload: dict[str, object] = {"success": success, "data": data, "error": error}
    if zod:
        payload["isZodError"] = True
    return Answer(body=json.dumps(payload, ensure_ascii=False).encode("utf-8"))


def zod_envelope(issues: list[dict[str, object]]) -> Answer:
    """A validation failure as the vendor's server sends it: `isZodError: true` and `error` a STRING,
    zod's `error.message`, i.e. the issues as indented JSON text (the Dart SDK types `error` as String)."""
    return envelope(False, None, json.dumps(issues, indent=2, ensure_ascii=False), zod=True)


def parse_body(raw: bytes) -> object:
    """JSON body, tolerating a trailing comma before `}`/`]` (the getting-started page has one).
    An empty body reads as `{}`. Raises ValueError when the bytes are not JSON even leniently."""
    text = raw.decode("utf-8-sig")
    if not text.strip():
        return {}
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return json.loads(_TRAILING_COMMA.sub(r"\1", text))

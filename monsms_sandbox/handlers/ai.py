"""`/ai/url` and `/ai/msg`: the vendor's AI helpers, which need no API key (Dart SDK's AIApi), emulated by
the deterministic rules of `monsms_sandbox.ai_text`."""

from __future__ import annotations

from monsms_sandbox import ai_text
from monsms_sandbox.handlers.context import Call

LANGUAGES = ("fr", "en")


def shorten_urls(call: Call) -> dict[str, object]:
    """{message} → {original, processed}: the message with its links replaced by short links."""
    fields = call.fields()
    message = fields.string("message", required=True, min_len=1)
    fields.check()
    assert message is not None
    return {"original": message, "processed": ai_text.shorten_links(message)}


def shorten_message(call: Call) -> str:
    """{message, language, abbreviation?, latinize?} → the rewritten message (a string, as the SDK reads)."""
    fields = call.fields()
    message = fields.string("message", required=True, min_len=1)
    language = fields.enum("language", LANGUAGES, required=True)
    abbreviation = fields.boolean("abbreviation")
    latinize = fields.boolean("latinize")
    fields.check()
    assert message is not None and language is not None
    return ai_text.shorten_message(
        message, language, abbreviation=bool(abbreviation), latinize_text=bool(latinize)
    )

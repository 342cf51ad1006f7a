"""The one way user-typed text (names, group and campaign names, messages, comments) enters anything
Streamlit renders as Markdown: st.markdown, st.caption, titles, subheaders, st.info/warning/success/error.

Escaped, such text shows as typed: `**x**` stays two stars and an x, `[a](javascript:…)` is not a link,
`<img src=x>` is not an image, `:red[…]` is not colour and `$…$` is not maths.
"""

from __future__ import annotations

import re

# The characters Markdown (CommonMark, GitHub extensions) or Streamlit's own syntax (directives, emoji
# shortcodes, maths) reads as markup anywhere in a line; CommonMark lets any ASCII punctuation be
# backslash-escaped. Quotes, dots and dashes inside a line stay as they are, so the text reads the same.
_INLINE = re.compile(r"([\\`*_{}\[\]<>|~$:&])")
# What starts a block only at the beginning of a line: heading, quote, list, setext underline.
_LINE_START = re.compile(r"^(\s*)(?:([#+\-=])|(\d+)([.)]))", re.MULTILINE)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker, number, delimiter = match.groups()
    return f"{indent}\\{marker}" if marker else f"{indent}{number}\\{delimiter}"


def plain(text: object) -> str:
    """`text` escaped so that Markdown renders it literally; line breaks are kept as line breaks."""
    escaped = _INLINE.sub(r"\\\1", "" if text is None else str(text))
    escaped = _LINE_START.sub(_escape_line_start, escaped)
    return "  \n".join(escaped.splitlines()) if "\n" in escaped else escaped

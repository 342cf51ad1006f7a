"""The one way user-typed text (names, group and campaign names, messages, comments) enters anything
Streamlit renders as Markdown: st.markdown, st.caption, titles, subheaders, st.info/warning/success/error.

Escaped, such text shows as typed: `**x**` stays two stars and an x, `[a](javascript:…)` is not a link,
`<img src=x>` is not an image, `:red[…]` is not colour and `$…$` is not maths.
"""

from __future__ import annotations

import re

# Every ASCII character Markdown (CommonMark, GitHub extensions) or Streamlit's own syntax (directives,
# emoji shortcodes, maths) may read as markup; CommonMark lets any ASCII punctuation be backslash-escaped.
_MARKUP = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=&\"'])")


def plain(text: object) -> str:
    """`text` escaped so that Markdown renders it literally; line breaks are kept as line breaks."""
    escaped = _MARKUP.sub(r"\\\1", "" if text is None else str(text))
    return "  \n".join(escaped.splitlines()) if "\n" in escaped else escaped

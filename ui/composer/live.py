"""The counter while typing. Streamlit's text area hands its value to Python only when the field loses
focus (or on Ctrl+Entrée), so between two commits Python cannot count. This small component (trusted,
static JavaScript, no user content as HTML) listens to the text area in the page and shows, only while
the field holds text Python has not seen yet, the same figures: characters, GSM-7 or Unicode, SMS parts,
room left — and greys the exact counter, which still shows the last committed text. Once the text is
committed, the line disappears and the exact counter (Python: the personalised longest message, the
characters to replace, the cost) takes over.

The GSM alphabet is passed from `monsms_core.compose.sms_encoding` (one source of truth), and the browser test
checks that both counters agree on the same texts.
"""

from __future__ import annotations

import streamlit as st

from monsms_core.compose import (
    GSM_BASIC_CHARS,
    GSM_EXTENSION_CHARS,
    GSM_PART_LIMIT,
    GSM_SINGLE_LIMIT,
    UCS2_PART_LIMIT,
    UCS2_SINGLE_LIMIT,
)
from ui.shell.i18n import tr

_JS = """
export default function (component) {
  const { data, parentElement } = component;
  const out = parentElement.querySelector(".monsms-live");
  if (!out) return;
  const basic = new Set(Array.from(data.basic));
  const extension = new Set(Array.from(data.extension));
  const measure = (text) => {
    const chars = Array.from(text);  // code points, as Python counts them
    const gsm = chars.every((c) => basic.has(c) || extension.has(c));
    const cost = gsm ? (c) => (extension.has(c) ? 2 : 1) : (c) => (c.codePointAt(0) > 0xffff ? 2 : 1);
    const [single, part] = gsm ? data.gsmLimits : data.ucs2Limits;
    let units = 0;
    for (const c of chars) units += cost(c);
    if (units <= single) {
      return { chars: chars.length, gsm, parts: chars.length ? 1 : 0, left: single - units };
    }
    let parts = 1, used = 0;
    for (const c of chars) {  // a 2-unit character is never cut across two parts
      const k = cost(c);
      if (used + k > part) { parts += 1; used = 0; }
      used += k;
    }
    return { chars: chars.length, gsm, parts, left: part - used };
  };
  const render = (area) => {
    const dirty = area.value !== data.committed;
    document.body.dataset.composerDirty = dirty ? "1" : "0";  // greys the exact counter while stale
    if (!dirty) { out.hidden = true; out.textContent = ""; return; }
    const m = measure(area.value);
    out.hidden = false;
    out.textContent = data.line
      .replace("{characters}", m.chars).replace("{encoding}", m.gsm ? data.gsm : data.ucs2)
      .replace("{parts}", m.parts).replace("{remaining}", m.left);
  };
  const area = document.querySelector(`textarea[aria-label="${CSS.escape(data.label)}"]`);
  if (!area) return;
  if (area.__monsmsLive) area.removeEventListener("input", area.__monsmsLive);
  area.__monsmsLive = () => render(area);
  area.addEventListener("input", area.__monsmsLive);
  // A text set by a button (template, field, replacement) reaches the field without an "input" event,
  // possibly after this runs: look again now and then, while the field is on the page.
  if (area.__monsmsTimer) clearInterval(area.__monsmsTimer);
  area.__monsmsTimer = setInterval(() => {
    if (!document.contains(area)) { clearInterval(area.__monsmsTimer); return; }
    render(area);
  }, 300);
  render(area);
}
"""
# Global on purpose (isolate_styles=False): Streamlit's own English "Press Ctrl+Enter to apply" under the
# message is replaced by our French hint, and the exact counter is greyed while it shows a stale text.
_CSS = """
.monsms-live { font-size: 0.875rem; color: var(--st-primary-color, #0b6b45); font-weight: 600; }
.st-key-composer_text [data-testid="InputInstructions"] { display: none; }
body[data-composer-dirty="1"] .st-key-composer_counter { opacity: 0.35; transition: opacity 0.2s; }
"""


@st.cache_resource(show_spinner=False)
def _component():  # type: ignore[no-untyped-def]  # the renderer's type is not public
    # Registered once per process: registering on every run would log a warning each time.
    return st.components.v2.component(
        "monsms.composer_live_counter",
        html='<div class="monsms-live" data-testid="composerLiveCounter" hidden></div>',
        css=_CSS,
        js=_JS,
        isolate_styles=False,
    )


def live_counter(label: str, committed: str) -> None:
    """The live line under the text area labelled `label` (`committed`: the text Python has)."""
    _component()(
        key="composer_live_counter",
        data={
            "label": label,
            "committed": committed,
            "basic": "".join(sorted(GSM_BASIC_CHARS)),
            "extension": "".join(sorted(GSM_EXTENSION_CHARS)),
            "gsmLimits": [GSM_SINGLE_LIMIT, GSM_PART_LIMIT],
            "ucs2Limits": [UCS2_SINGLE_LIMIT, UCS2_PART_LIMIT],
            "line": tr("composer.live.line"),
            "gsm": tr("composer.live.gsm"),
            "ucs2": tr("composer.live.ucs2"),
        },
    )

"""Streamlit's own words in the reader's language. Streamlit 1.67 writes a few labels in English in its
browser code, with no setting to change them: screen-reader labels ("Clear all", "Remove Awa", "Show
password"…) and the lists' built-in lines ("No results", "Select all"). A small script swaps each for
its catalog text (`builtin.*` in messages_wording.py, whose English is Streamlit's exact text), and puts
Streamlit's text back when the reader switches to English.

Only exact matches are swapped, in accessibility attributes everywhere and in the text of Streamlit's own
parts only (open lists, the line under a text box), so a contact or a message that happens to read
"Open" is never touched.
"""

from __future__ import annotations

import json
import re

import streamlit as st

from monsms_core.i18n import catalog, translate
from ui.shell.i18n import current_language

PREFIX = "builtin."
# Where Streamlit writes visible English text of its own: BaseWeb's dropdown menus, the "Press Enter to
# apply" line under a text box, the skip link.
TEXT_SELECTOR = ", ".join(
    (
        '[role="listbox"]',
        '[data-baseweb="menu"]',
        '[data-baseweb="popover"]',
        '[data-testid="InputInstructions"]',
        '[data-testid="stSkipToContent"]',
        '[data-baseweb="tooltip"]',
        '[role="tooltip"]',
    )
)


def builtin_words(lang: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Streamlit's English texts → the reader's: exact words, and (regex, replacement) pairs for the
    texts that hold a value ("Remove {item}" → "Retirer {item}")."""
    exact: dict[str, str] = {}
    patterns: list[tuple[str, str]] = []
    for key, texts in catalog().items():
        if not key.startswith(PREFIX):
            continue
        english, wanted = str(texts["en"]), translate(key, lang)
        fields = re.findall(r"\{(\w+)\}", english)
        if not fields:
            exact[english] = wanted
            continue
        pattern = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?<\1>.+)", re.escape(english)) + "$"
        replacement = re.sub(r"\{(\w+)\}", r"$<\1>", str(texts.get(lang) or texts["fr"]))
        patterns.append((pattern, replacement))
    return exact, patterns


def translate_builtin_words() -> None:
    """Put the script that speaks the reader's language for Streamlit into this page (rerun-safe: one
    observer per browser tab, its words replaced when the language changes)."""
    lang = current_language()
    exact, patterns = builtin_words(lang)
    words = json.dumps(
        {"lang": lang, "exact": exact, "patterns": patterns, "lists": TEXT_SELECTOR}, ensure_ascii=False
    )
    # Streamlit's HTML sanitiser drops a script whose text holds "<" before a letter ("(?<item>"):
    # inside the JSON strings, \u003c is the same character.
    words = words.replace("<", "\\u003c")
    st.html(f"<script>{_SCRIPT.replace('__WORDS__', words)}</script>", unsafe_allow_javascript=True)


_SCRIPT = """
(() => {
  const words = __WORDS__;
  const state = window.__monsmsBuiltinWords || (window.__monsmsBuiltinWords = {});
  const ATTRS = ["aria-label", "title"];
  // Another language than last time: put Streamlit's own texts back first, then swap them anew.
  const restoreAll = () => {
    for (const attr of ATTRS) {
      const keep = "data-monsms-" + attr;
      document.querySelectorAll("[" + keep + "]").forEach((el) => {
        const ours = el.getAttribute(attr) === el.getAttribute(keep + "-shown");
        if (ours) el.setAttribute(attr, el.getAttribute(keep));
        el.removeAttribute(keep);
        el.removeAttribute(keep + "-shown");
      });
    }
    (state.texts || new Set()).forEach((node) => {
      if (node.__monsmsShown === node.nodeValue) node.nodeValue = node.__monsmsOriginal;
    });
    state.texts = new Set();
  };
  const changed = state.words !== undefined && state.words.lang !== words.lang;
  state.words = words;
  if (changed) restoreAll();
  if (state.texts === undefined) state.texts = new Set();
  const swapOnce = (text) => {
    if (Object.prototype.hasOwnProperty.call(state.words.exact, text)) return state.words.exact[text];
    for (const [pattern, replacement] of state.words.patterns) {
      const found = new RegExp(pattern);
      if (found.test(text)) return text.replace(found, replacement);
    }
    return null;
  };
  // A label can hold another ("day, Période end date"): swap until nothing more changes.
  const swap = (original) => {
    let text = original;
    for (let round = 0; round !== 3; round += 1) {
      const next = swapOnce(text);
      if (next === null || next === text) break;
      text = next;
    }
    return text === original ? null : text;
  };
  const fixAttributes = (el) => {
    for (const attr of ATTRS) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      const keep = "data-monsms-" + attr;
      const known = el.getAttribute(keep);
      // Streamlit may have set a new English value since our last swap: that one is the original now.
      const swapped = known !== null && el.getAttribute(keep + "-shown") === value;
      const original = swapped ? known : value;
      const shown = swap(original);
      if (shown === null || shown === value) continue;
      el.setAttribute(keep, original);
      el.setAttribute(keep + "-shown", shown);
      el.setAttribute(attr, shown);
    }
  };
  const fixText = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const original = node.__monsmsOriginal !== undefined && node.__monsmsShown === node.nodeValue
        ? node.__monsmsOriginal : node.nodeValue;
      const shown = swap(original.trim());
      if (shown === null || shown === node.nodeValue) continue;
      node.__monsmsOriginal = original;
      node.__monsmsShown = shown;
      node.nodeValue = shown;
      state.texts.add(node);
    }
  };
  const fixAll = (root) => {
    if (!(root instanceof Element)) return;
    fixAttributes(root);
    root.querySelectorAll("[aria-label], [title]").forEach(fixAttributes);
    if (root.matches(state.words.lists)) fixText(root);
    root.querySelectorAll(state.words.lists).forEach(fixText);
    const list = root.closest && root.closest(state.words.lists);
    if (list) fixText(list);
  };
  if (!state.observer) {
    state.observer = new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.type === "attributes") fixAttributes(change.target);
        else if (change.type === "characterData") {
          const list = change.target.parentElement && change.target.parentElement.closest(state.words.lists);
          if (list) fixText(list);
        } else change.addedNodes.forEach((node) => fixAll(node.nodeType === 3 ? node.parentElement : node));
      }
    });
    state.observer.observe(document.body, {
      subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRS,
    });
  }
  fixAll(document.body);
})();
"""

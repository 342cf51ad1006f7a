"""Streamlit's own words in the reader's language. Streamlit 1.67 writes a few labels in English in its
browser code, with no setting to change them: screen-reader labels ("Clear all", "Remove Awa", "Show
password"…) and the lists' built-in lines ("No results", "Select all"). A small script swaps each for
its catalog text (`builtin.*` in messages_wording.py, whose English is Streamlit's exact text), and puts
Streamlit's text back when the reader switches to English.

Only exact matches are swapped, in accessibility attributes everywhere and in the text of open lists
only, so a contact or a message that happens to read "Open" is never touched.
"""

from __future__ import annotations

import json
import re

import streamlit as st

from monsms_core.i18n import catalog, translate
from ui.shell.i18n import current_language

PREFIX = "builtin."
# Where Streamlit's list lines live: BaseWeb's dropdown menus.
LIST_SELECTOR = '[role="listbox"], [data-baseweb="menu"], [data-baseweb="popover"]'


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
    exact, patterns = builtin_words(current_language())
    words = json.dumps({"exact": exact, "patterns": patterns, "lists": LIST_SELECTOR}, ensure_ascii=False)
    st.html(f"<script>{_SCRIPT.replace('__WORDS__', words)}</script>", unsafe_allow_javascript=True)


_SCRIPT = """
(() => {
  const words = __WORDS__;
  const state = window.__monsmsBuiltinWords || (window.__monsmsBuiltinWords = {});
  state.words = words;
  const ATTRS = ["aria-label", "title"];
  const swap = (original) => {
    if (Object.prototype.hasOwnProperty.call(state.words.exact, original)) return state.words.exact[original];
    for (const [pattern, replacement] of state.words.patterns) {
      const found = new RegExp(pattern).exec(original);
      if (found) return original.replace(new RegExp(pattern), replacement);
    }
    return null;
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

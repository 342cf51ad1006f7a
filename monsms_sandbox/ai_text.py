"""The sandbox's stand-in for the vendor's AI helpers (`/ai/url`, `/ai/msg`): deterministic text rules, so
tests can assert exact outputs. The real service uses a language model; these rules only have to be
plausible and documented (monsms_sandbox/README.md, "AI helpers").

Like a language model, the rules know nothing of the dashboard's `{field}` placeholders: a field whose
name has accents (with `latinize`) or is a listed word (with `abbreviation`) comes back altered — which
is exactly what the dashboard's field check must catch.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

SHORT_HOST = "https://sbx.test/"
"""Every short link the sandbox makes starts with this (a reserved `.test` domain: never a real site)."""

_CODE_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_CODE_LENGTH = 6
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"{}]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]»'\"’"

# Word or phrase (lower case; an apostrophe matches ' and ’) → its SMS abbreviation.
FRENCH_ABBREVIATIONS: dict[str, str] = {
    "s'il vous plaît": "svp",
    "s'il te plaît": "stp",
    "rendez-vous": "rdv",
    "aujourd'hui": "auj",
    "parce que": "pcq",
    "bonjour": "bjr",
    "bonsoir": "bsr",
    "salut": "slt",
    "merci": "mrc",
    "beaucoup": "bcp",
    "demain": "dmn",
    "toujours": "tjrs",
    "quelques": "qqs",
    "quelque": "qq",
    "maintenant": "mtn",
    "message": "msg",
    "messages": "msgs",
    "information": "info",
    "informations": "infos",
    "téléphone": "tél",
    "numéro": "num",
    "minutes": "min",
    "heures": "h",
    "heure": "h",
    "pour": "pr",
    "avec": "avc",
    "dans": "ds",
    "vous": "vs",
    "nous": "ns",
    "tout": "tt",
    "tous": "ts",
    "cordialement": "cdlt",
    "prochain": "proch",
    "prochaine": "proch",
    "réunion": "réu",
    "boutique": "btq",
}

ENGLISH_ABBREVIATIONS: dict[str, str] = {
    "please": "pls",
    "thanks": "thx",
    "thank you": "ty",
    "message": "msg",
    "tomorrow": "tmrw",
    "today": "2day",
    "because": "bc",
    "information": "info",
    "appointment": "appt",
    "minutes": "min",
    "you": "u",
    "your": "ur",
    "are": "r",
    "with": "w/",
}

ABBREVIATIONS: dict[str, dict[str, str]] = {"fr": FRENCH_ABBREVIATIONS, "en": ENGLISH_ABBREVIATIONS}

# Characters NFD does not decompose into a base letter plus accents.
_LATIN_EXTRA = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'", "‘": "'", "“": '"',
                "”": '"', "«": '"', "»": '"', "…": "...", "–": "-", "—": "-", "\u00a0": " "}  # fmt: skip


def short_code(url: str) -> str:
    """The 6-character code of `url`'s short link: the same URL always gets the same code."""
    number = int.from_bytes(hashlib.sha256(url.encode("utf-8")).digest()[:8], "big")
    chars = []
    for _ in range(_CODE_LENGTH):
        number, digit = divmod(number, len(_CODE_ALPHABET))
        chars.append(_CODE_ALPHABET[digit])
    return "".join(chars)


def shorten_links(message: str) -> str:
    """`message` with each link replaced by `https://sbx.test/<code>`; trailing punctuation stays text,
    links already on the sandbox's host are left alone."""

    def replace(found: re.Match[str]) -> str:
        link = found.group(0)
        kept = link.rstrip(_TRAILING)
        tail = link[len(kept) :]
        if not kept or kept.lower().startswith(SHORT_HOST):
            return link
        return SHORT_HOST + short_code(kept) + tail

    return _URL_RE.sub(replace, message)


def latinize(text: str) -> str:
    """`text` without accents: each accented letter becomes its base letter (é → e, Ç → C), œ → oe,
    typographic quotes and dashes become their ASCII forms."""
    mapped = "".join(_LATIN_EXTRA.get(char, char) for char in text)
    decomposed = unicodedata.normalize("NFD", mapped)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _phrase_pattern(phrase: str) -> str:
    return "['’]".join(re.escape(part) for part in phrase.split("'"))


def _same_case(found: str, replacement: str) -> str:
    if len(found) > 1 and found.isupper():
        return replacement.upper()
    if found[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def abbreviate(text: str, language: str) -> str:
    """`text` with the listed words and phrases of `language` abbreviated (whole words, any case; the
    first letter's case is kept, a word in capitals stays in capitals)."""
    table = ABBREVIATIONS.get(language, FRENCH_ABBREVIATIONS)
    phrases = sorted(table, key=len, reverse=True)  # "quelques" before "quelque"
    pattern = re.compile(
        r"(?<![\w'’])(" + "|".join(_phrase_pattern(p) for p in phrases) + r")(?![\w])", re.IGNORECASE
    )

    def replace(found: re.Match[str]) -> str:
        key = found.group(0).lower().replace("’", "'")
        return _same_case(found.group(0), table[key])

    return pattern.sub(replace, text)


def tidy_spaces(text: str) -> str:
    """Runs of spaces become one and spaces before , and . go: what any rewrite does first."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r" +([,.])", r"\1", text).strip()


def shorten_message(message: str, language: str, *, abbreviation: bool, latinize_text: bool) -> str:
    """The `/ai/msg` rewrite: spaces tidied, then abbreviations and accents removed (each if asked)."""
    text = tidy_spaces(message)
    if abbreviation:
        text = abbreviate(text, language)
    if latinize_text:
        text = latinize(text)
    return text

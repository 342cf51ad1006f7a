"""How many SMS parts a text costs (GSM 03.38 / UCS-2), and which characters to replace to make it cheaper.

Rules, as operators bill them:
- GSM-7 when every character is in the GSM 03.38 basic table (1 septet) or its extension table
  (``^ { } \\ [ ~ ] | €`` and form feed: 2 septets, an escape then the character). 160 septets fit in
  one SMS; a longer text is sent in parts of 153 (7 septets go to the concatenation header).
- UCS-2 as soon as one character is outside both tables: 70 UTF-16 code units in one SMS, 67 per part.
  Characters outside the BMP (emoji) take 2 units (a surrogate pair).
- An escape pair or a surrogate pair is never split across two parts, so a multipart text is cut
  greedily character by character; ``ceil(units / 153)`` is wrong when such a pair meets a boundary.
- ``"\\r\\n"`` is two characters, both in the basic table: it counts as 2 septets, as phones send it.
  Combining accents (``e`` + U+0301) are outside the table; `suggest_replacements` composes them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal, NamedTuple

from monsms_core.i18n import normalize_language, translate

Encoding = Literal["GSM-7", "UCS-2"]

GSM_SINGLE_LIMIT = 160
GSM_PART_LIMIT = 153
UCS2_SINGLE_LIMIT = 70
UCS2_PART_LIMIT = 67

# The 128 characters of the GSM 03.38 basic table (the escape 0x1B excluded), row by row.
GSM_BASIC_CHARS = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Reached through the escape character, so each costs 2 septets.
GSM_EXTENSION_CHARS = frozenset("\f^{}\\[~]|€")

_GSM_ALL_CHARS = "".join(sorted(GSM_BASIC_CHARS | GSM_EXTENSION_CHARS))
# One C-speed scan decides the common cases without a Python loop per character.
_NOT_BASIC_RE = re.compile("[^" + re.escape("".join(sorted(GSM_BASIC_CHARS))) + "]")
_NOT_GSM_RE = re.compile("[^" + re.escape(_GSM_ALL_CHARS) + "]")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class SegmentCount:
    """The cost of one text: its encoding, parts and the room left in the last part."""

    encoding: Encoding
    segments: int  # 0 for empty text
    units: int  # septets (GSM-7, extension chars count 2) or UTF-16 code units (UCS-2)
    characters: int  # characters as a person counts them (code points)
    remaining: int  # units still free in the current (last) part
    non_gsm: tuple[str, ...]  # characters that forced UCS-2, in order of first appearance


def is_gsm_char(char: str) -> bool:
    """Whether `char` (one code point) can be sent in GSM-7, in the basic or the extension table."""
    return char in GSM_BASIC_CHARS or char in GSM_EXTENSION_CHARS


def non_gsm_characters(text: str) -> tuple[str, ...]:
    """The characters of `text` outside GSM 03.38, each once, in order of first appearance."""
    return tuple(dict.fromkeys(_NOT_GSM_RE.findall(text)))


def _char_units(char: str, encoding: Encoding) -> int:
    if encoding == "GSM-7":
        return 2 if char in GSM_EXTENSION_CHARS else 1
    return 2 if ord(char) > 0xFFFF else 1


def _limits(encoding: Encoding) -> tuple[int, int]:
    return (GSM_SINGLE_LIMIT, GSM_PART_LIMIT) if encoding == "GSM-7" else (UCS2_SINGLE_LIMIT, UCS2_PART_LIMIT)


def _greedy_parts(text: str, encoding: Encoding, part_limit: int) -> list[tuple[int, int, int]]:
    """(start, end, units) of each part, never cutting a 2-unit character in half."""
    parts: list[tuple[int, int, int]] = []
    start, used = 0, 0
    for index, char in enumerate(text):
        cost = _char_units(char, encoding)
        if used + cost > part_limit:
            parts.append((start, index, used))
            start, used = index, 0
        used += cost
    parts.append((start, len(text), used))
    return parts


def count_segments(text: str) -> SegmentCount:
    """The encoding, number of SMS parts, units and room left for `text` (see the module docstring)."""
    characters = len(text)
    if not text:
        return SegmentCount("GSM-7", 0, 0, 0, GSM_SINGLE_LIMIT, ())
    non_gsm = non_gsm_characters(text)
    encoding: Encoding = "UCS-2" if non_gsm else "GSM-7"
    if encoding == "GSM-7":
        # Two-unit characters exist only if something outside the basic table is present.
        has_pairs = _NOT_BASIC_RE.search(text) is not None
        escapes = sum(1 for char in text if char in GSM_EXTENSION_CHARS) if has_pairs else 0
        units = characters + escapes
    else:
        astral = len(_ASTRAL_RE.findall(text))
        has_pairs = astral > 0
        units = characters + astral
    single_limit, part_limit = _limits(encoding)
    if units <= single_limit:
        return SegmentCount(encoding, 1, units, characters, single_limit - units, non_gsm)
    if not has_pairs:
        segments = -(-units // part_limit)
        last = units - (segments - 1) * part_limit
        return SegmentCount(encoding, segments, units, characters, part_limit - last, non_gsm)
    parts = _greedy_parts(text, encoding, part_limit)
    return SegmentCount(encoding, len(parts), units, characters, part_limit - parts[-1][2], non_gsm)


def split_parts(text: str) -> list[str]:
    """`text` cut into the parts a phone receives (one element per SMS; empty list for empty text)."""
    if not text:
        return []
    count = count_segments(text)
    if count.segments == 1:
        return [text]
    _, part_limit = _limits(count.encoding)
    return [text[start:end] for start, end, _ in _greedy_parts(text, count.encoding, part_limit)]


# --- Replacement suggestions -------------------------------------------------------------------

ReplacementKind = Literal["normalization", "typography", "space", "invisible", "accent"]


class Replacement(NamedTuple):
    """One suggested substitution: `char` (a character or a base + combining marks) → `replacement`."""

    char: str
    replacement: str  # "" means the character is removed (invisible characters)
    occurrences: int
    kind: ReplacementKind


# Typographic characters a word processor or a phone keyboard inserts; always safe to replace.
_TYPOGRAPHY = MappingProxyType({
    "’": "'", "‘": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "–": "-", "—": "-", "‒": "-", "―": "-", "‐": "-", "‑": "-", "−": "-", "•": "-",
    "…": "...",
})  # fmt: skip
_SPACES = frozenset({
    "\u00a0", "\u202f", "\u2007", "\u2009", "\u200a", "\u2002", "\u2003", "\u2004",
    "\u2005", "\u2006", "\u2008", "\u205f", "\u3000", "\t",
})  # fmt: skip
_INVISIBLE = frozenset({"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"})
# Ligatures have no base letter to fall back to; other accented letters lose their accent (ê → e).
# ç becomes c, not the GSM table's Ç: a capital would look wrong inside a lower-case word.
_ACCENT_SPECIAL = MappingProxyType({"ç": "c", "œ": "oe", "Œ": "OE", "ẞ": "SS", "ſ": "s"})


@dataclass(frozen=True)
class ReplacementPlan:
    """What `suggest_replacements` proposes; nothing is applied until the user accepts `text`."""

    original: str
    text: str
    replacements: tuple[Replacement, ...]
    before: SegmentCount
    after: SegmentCount

    @property
    def changed(self) -> bool:
        """Whether the plan proposes any change at all."""
        return self.text != self.original

    @property
    def saves_parts(self) -> bool:
        """Whether the proposed text needs fewer SMS parts (expansions like … → ... can cost more)."""
        return self.after.segments < self.before.segments


def _clusters(text: str) -> list[str]:
    """A base character with its following combining marks; every other character alone."""
    clusters: list[str] = []
    for char in text:
        if clusters and unicodedata.category(char).startswith("M") and clusters[-1] not in "\r\n":
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _is_pictograph(char: str) -> bool:
    return ord(char) > 0xFFFF or unicodedata.category(char) == "So"


def _suggest(
    cluster: str, previous: str, following: str, include_accents: bool
) -> tuple[str, ReplacementKind]:
    composed = unicodedata.normalize("NFC", cluster)
    kind: ReplacementKind = "normalization"
    if all(is_gsm_char(c) for c in composed):
        return composed, kind
    if composed in _TYPOGRAPHY:
        return _TYPOGRAPHY[composed], "typography"
    if composed in _SPACES:
        return " ", "space"
    if composed in _INVISIBLE:
        # A zero-width joiner glues emoji together (👨‍👩‍👧): removing it there changes the picture.
        beside_pictograph = _is_pictograph(previous[-1:] or " ") or _is_pictograph(following[:1] or " ")
        if composed == "\u200d" and beside_pictograph:
            return cluster, kind
        return "", "invisible"
    if include_accents:
        if composed in _ACCENT_SPECIAL and all(is_gsm_char(c) for c in _ACCENT_SPECIAL[composed]):
            return _ACCENT_SPECIAL[composed], "accent"
        stripped = "".join(c for c in unicodedata.normalize("NFD", composed) if not unicodedata.combining(c))
        stripped = unicodedata.normalize("NFC", stripped)
        if stripped and all(is_gsm_char(c) for c in stripped):
            return stripped, "accent"
    return composed, kind


def suggest_replacements(text: str, *, include_accents: bool = False) -> ReplacementPlan:
    """A plan making `text` GSM-7 where possible; it returns a proposal and never changes `text` itself.

    Always proposed: composing combining accents (invisible to the reader), typographic quotes,
    dashes and ellipsis, unusual spaces, and removing zero-width characters. Accented letters
    outside the GSM table (ç ê â î ô û ë ï œ…) are replaced by plain letters only with
    `include_accents`, because that changes how the text reads.
    """
    clusters = _clusters(text)
    pieces: list[str] = []
    found: dict[str, tuple[str, ReplacementKind, int]] = {}
    for index, cluster in enumerate(clusters):
        previous = clusters[index - 1] if index else ""
        following = clusters[index + 1] if index + 1 < len(clusters) else ""
        replacement, kind = _suggest(cluster, previous, following, include_accents)
        pieces.append(replacement)
        if replacement != cluster:
            _, _, seen = found.get(cluster, (replacement, kind, 0))
            found[cluster] = (replacement, kind, seen + 1)
    new_text = "".join(pieces)
    return ReplacementPlan(
        original=text,
        text=new_text,
        replacements=tuple(Replacement(char, rep, count, kind) for char, (rep, kind, count) in found.items()),
        before=count_segments(text),
        after=count_segments(new_text),
    )


def describe_char(char: str, lang: str | None = "fr") -> str:
    """How to show `char` to a person: quoted when visible, else named with its code point.

    ``describe_char("\\u00a0")`` → ``espace insécable (U+00A0)``; ``describe_char("…")`` → ``« … »``.
    """
    code = " ".join(f"U+{ord(c):04X}" for c in char)
    if char == " ":
        return translate("encoding.char.plain_space", lang)
    if char in ("\u00a0", "\u202f"):
        key = "encoding.char.nbsp"
    elif char == "\t":
        key = "encoding.char.tab"
    elif char in _SPACES or char.isspace():
        key = "encoding.char.space"
    elif char in _INVISIBLE or any(unicodedata.category(c) in ("Cf", "Cc") for c in char[:1]):
        key = "encoding.char.invisible"
    elif all(unicodedata.category(c).startswith("M") for c in char):
        key = "encoding.char.combining"
    else:
        # Quote with marks that cannot be mistaken for the character itself.
        opening, closing = ("« ", " »") if normalize_language(lang) == "fr" else ("“", "”")
        if opening.strip() in char or closing.strip() in char:
            opening, closing = ("“", "”") if opening == "« " else ("« ", " »")
        return f"{opening}{char}{closing}"
    return f"{translate(key, lang)} ({code})"


def credits_saved(plan: ReplacementPlan, recipients: int) -> int:
    """Credits saved for `recipients` (a credit per part and recipient); negative if the plan costs more."""
    return (plan.before.segments - plan.after.segments) * max(recipients, 0)

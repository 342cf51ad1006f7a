"""The Unicode advice under the editor, in words that agree with each other and with the counter.

- The template's characters that force Unicode, sorted by what can be done: replaced anyway
  (typographic quotes, dashes, ellipsis, odd spaces), replaced only if the user ticks the accent opt-in
  (ê → e, À → A), or without any GSM equivalent (an emoji): only those last ones are "to remove by hand".
- What a replacement really changes for this send: how many messages drop (or grow) from N SMS parts
  to M, and the credits that makes, counted per recipient (`tally.part_moves`), not "2 SMS instead of 2".
- Every non-GSM letter found in the recipients' values of the fields the text uses (ï, ë, ô…), and how
  many messages go out in Unicode because of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from monsms_core.compose import describe_char, format_value, non_gsm_characters, suggest_replacements
from monsms_core.composer.model import Suggestion
from monsms_core.composer.tally import Combinations, Move, Tally, part_moves
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import format_number


@dataclass(frozen=True)
class UnicodeChars:
    """The template's non-GSM characters by what a replacement can do about them."""

    replaced: tuple[str, ...]  # always offered (typography, spaces, invisible characters)
    accents: tuple[str, ...]  # offered only with the accent opt-in
    no_equivalent: tuple[str, ...]  # nothing to offer: remove or keep (the message stays Unicode)


def unicode_chars(template: str) -> UnicodeChars:
    """Sort the characters of `template` that force Unicode (see `UnicodeChars`)."""
    plain = suggest_replacements(template)
    with_accents = suggest_replacements(template, include_accents=True)
    replaced = tuple(r.char for r in plain.replacements)
    accents = tuple(r.char for r in with_accents.replacements if r.char not in replaced)
    return UnicodeChars(replaced, accents, with_accents.after.non_gsm)


@dataclass(frozen=True)
class FieldLetters:
    """Characters outside GSM found in the recipients' values of the fields a text uses."""

    chars: tuple[str, ...]  # in order of first appearance
    messages: int  # recipients whose values hold at least one of them


def field_letters(combos: Combinations, columns: Sequence[str]) -> FieldLetters:
    """Every non-GSM character of the values of `columns` (each distinct combination looked at once),
    and how many recipients carry one."""
    found: dict[str, None] = {}
    messages = 0
    wanted = [c for c in columns if c in combos.frame.columns]
    if not wanted:
        return FieldLetters((), 0)
    for row, count in zip(combos.frame[wanted].itertuples(index=False), combos.counts, strict=True):
        odd = non_gsm_characters(" ".join(format_value(value) for value in row))
        if odd:
            messages += count
            found.update(dict.fromkeys(odd))
    return FieldLetters(tuple(found), messages)


def moves_sentence(
    moves: Sequence[Move], recipients: int, lang: str | None = "fr", *, conditional: bool = False
) -> str:
    """ "38 messages passent de 2 SMS à 1 ; 2 messages passent de 3 SMS à 2" — "tous les messages (40)
    passent …" when one change concerns everyone; `conditional`: "passeraient" (nothing replaced yet).
    Empty when nothing changes."""
    mood = "_if" if conditional else ""
    pieces: list[str] = []
    for before, after, count in moves:
        if count == recipients and len(moves) == 1 and count > 1:
            key = "composer.advice.move_all"
        else:
            key = "composer.advice.move_one" if count == 1 else "composer.advice.move"
        shown = format_number(count, lang)
        pieces.append(translate(key + mood, lang, count=shown, before=before, after=after))
    return " ; ".join(pieces)


def saving_sentence(
    moves: Sequence[Move], recipients: int, parts: tuple[int, int], lang: str | None = "fr", *, offer: bool
) -> str:
    """What replacing does to this send, in one sentence: the messages that change size and the credits
    saved (or spent). `parts`: (before, after) SMS parts of the longest message, used when there are no
    recipients yet. `offer`: the replacement is offered now ("Après remplacement : …"); else it is what
    ticking the accent opt-in would do ("… passeraient …")."""
    mode = "offer" if offer else "optin"
    if recipients == 0:
        before, after = parts
        if before == after:
            return translate(f"composer.advice.{mode}.same_parts", lang, parts=after)
        return translate(f"composer.advice.{mode}.parts_only", lang, before=before, after=after)
    if not moves:
        return translate(f"composer.advice.{mode}.same_cost", lang)
    credits = sum((b - a) * n for b, a, n in moves)
    changes = moves_sentence(moves, recipients, lang, conditional=not offer)
    key = "saves" if credits > 0 else ("costs_more" if credits < 0 else "even")
    return translate(
        f"composer.advice.{mode}.{key}", lang, changes=changes, credits=format_number(abs(credits), lang)
    )


Compare = Callable[[str, str], tuple[Tally, Tally]]
"""Two templates → their tallies over the same recipients (the page memoises the grouping)."""


@dataclass(frozen=True)
class Offer:
    """A replacement priced for this send: the suggestion, the messages that change size, the
    recipients (0: only the longest message's parts are known)."""

    suggestion: Suggestion
    moves: tuple[Move, ...]
    recipients: int

    def sentence(self, lang: str | None = "fr", *, offer: bool = True) -> str:
        """What it changes, in words (`saving_sentence`)."""
        parts = (self.suggestion.parts_before, self.suggestion.parts_after)
        return saving_sentence(self.moves, self.recipients, parts, lang, offer=offer)


def price_replacement(template: str, compare: Compare, *, include_accents: bool) -> Offer | None:
    """The GSM replacement of `template` (accents only with `include_accents`) priced for everyone:
    credits before and after, and each message that changes size. None when nothing would change."""
    plan = suggest_replacements(template, include_accents=include_accents)
    if not plan.changed:
        return None
    before, after = compare(template, plan.text)
    if before.recipient_count:
        parts = (before.max_parts, after.max_parts)
    else:
        parts = (plan.before.segments, plan.after.segments)
    suggestion = Suggestion(plan, parts[0], parts[1], before.total_credits, after.total_credits)
    return Offer(suggestion, part_moves(before, after), before.recipient_count)


def describe_chars(chars: Sequence[str], lang: str | None = "fr") -> str:
    """Characters as people read them: « ï », « ô », espace insécable (U+00A0)."""
    return ", ".join(describe_char(char, lang) for char in chars)

"""From a spreadsheet cell or a typed text to one result per phone number it holds.

How a cell is read:
1. Numbers (int, float, Decimal) are taken digit for digit; a float that needs an exponent, or one of
   1e15 and more, has lost digits and is rejected ("scientific_notation"), never guessed back; so is a
   number such as 2250710000000, what Excel keeps of text typed as "2,25071E+12" (see `lost_digits`).
2. Text loses its invisible characters (zero-width spaces, BOM, direction marks); Unicode compatibility
   folding turns non-breaking and thin spaces into spaces and full-width digits into ASCII. Text such as
   "2,25071E+12" is rejected as scientific notation; "707123456.0" (a float written as text) is a number.
3. The text is cut into digit runs. Newlines, tabs, ";", ",", "|" and "&" always separate two numbers;
   so do words between digits ("ou", "or", "Cel:") and a "+" that starts a new number. Words before the
   first digit or after the last one are labels ("Tel:", "(WhatsApp)") and are dropped.
4. Spaces, dots, dashes, slashes and brackets are formatting: the runs between two hard separators are
   first read as ONE number ("07 07 12 34 56"). Only when that is not a whole number are they split at
   formatting characters, and only into pieces that are each a whole number ("0707123456 / 0505123456").
   Digits glued together with no separator at all ("07071234560505123456") are never cut: one rejection,
   "two_numbers_glued".
5. Letters between two bits that are not whole numbers ("07O7123456", the letter O for a zero) make the
   whole cell "not_a_number".
When a cell holds several numbers, each result's `original` is its own part of the (cleaned) text.
"""

from __future__ import annotations

import math
import numbers
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from types import MappingProxyType

from monsms_core.phones.numbers import Verdict, judge
from monsms_core.phones.result import PhoneReason, PhoneResult, PhoneStatus, rejected

# Characters that are invisible yet survive copy-paste from WhatsApp, Word or the web.
_INVISIBLE = MappingProxyType(
    dict.fromkeys(
        map(
            ord,
            "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
            "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\ufffe",
        ),
        None,
    )
)
# How empty cells come out of pandas, spreadsheets and forms once turned into text.
_EMPTY_WORDS = frozenset(
    {"nan", "none", "null", "<na>", "nat", "n/a", "na", "#n/a", "-", "--", "néant", "neant", "aucun"}
)
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d*)?\s*[eE]\s*[+-]?\d{1,3}")
_FLOAT_TEXT = re.compile(r"(\d+)[.,]0+")
_HARD = "\n\r\t;,|&"
_SOFT = r"\-./()\[\]_\u2010-\u2015\u2212"
_TOKENS = re.compile(
    rf"(?P<digits>\d+)|(?P<plus>\+)|(?P<hard>[{_HARD}])|(?P<soft>[^\S{_HARD}]+|[{_SOFT}])"
    rf"|(?P<word>[^\d+\s{_HARD}{_SOFT}]+)"
)
_MAX_RUNS_TO_SPLIT = 5000  # beyond that a cell is not a list of numbers but noise
_MAX_DIGITS_PER_NUMBER = 17
_SPLIT_HARD, _SPLIT_WORD, _SPLIT_PLUS = "hard", "word", "plus"


@dataclass(slots=True)
class _Piece:
    """Digit runs that may form one number; `split` says what separated it from the previous piece."""

    split: str | None
    plus: bool
    start: int
    runs: list[tuple[str, int, int]] = field(default_factory=list)  # (ASCII digits, start, end)


def normalize_cell_slow(value: object, region: str) -> list[PhoneResult]:
    """Every number in one cell, without the fast path (`region` already checked)."""
    prepared = _prepare(value)
    if isinstance(prepared, PhoneResult):
        return [prepared]
    original, text, numeric = prepared
    if numeric:
        return [_result(original, judge(text, plus=False, region=region, numeric=True))]
    pieces = _pieces(text)
    if not pieces:
        return [rejected(original, PhoneReason.NOT_A_NUMBER)]
    found: list[tuple[Verdict, int, int]] = []
    previous_whole = True
    for piece in pieces:
        verdicts = _resolve(piece, region)
        whole = len(verdicts) > 1 or verdicts[0][0].is_full_number
        if piece.split == _SPLIT_WORD and not whole and not previous_whole:
            # letters between two bits of one number, such as the letter O typed for a zero
            return [rejected(original, PhoneReason.NOT_A_NUMBER)]
        previous_whole = whole
        found.extend(verdicts)
    if len(found) == 1:
        return [_result(original, found[0][0])]
    return [_result(text[start:end], verdict) for verdict, start, end in found]


def _result(original: str, verdict: Verdict) -> PhoneResult:
    return PhoneResult(original, verdict.status, verdict.phone, verdict.reason)


def _prepare(value: object) -> PhoneResult | tuple[str, str, bool]:
    """(original, text or digits, came-from-a-number) for a cell, or an immediate rejection."""
    if value is None:
        return rejected("", PhoneReason.EMPTY)
    if isinstance(value, bool | date | time):
        return rejected(str(value), PhoneReason.NOT_A_NUMBER)
    if isinstance(value, numbers.Integral):
        if value <= 0:
            return rejected(str(value), PhoneReason.NOT_A_NUMBER)
        return _numeric(str(value), str(int(value)))
    if isinstance(value, numbers.Real | Decimal):
        return _prepare_real(value)
    if isinstance(value, bytes | bytearray):
        value = bytes(value).decode("utf-8", errors="replace")
    original = value if isinstance(value, str) else str(value)
    text = original.translate(_INVISIBLE)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.strip()
    if not text or text.lower() in _EMPTY_WORDS:
        return rejected(original, PhoneReason.EMPTY)
    if _SCIENTIFIC.fullmatch(text):
        return rejected(original, PhoneReason.SCIENTIFIC_NOTATION)
    remnant = _FLOAT_TEXT.fullmatch(text)
    if remnant:
        return _numeric(original, remnant[1])
    return original, text, False


def _numeric(original: str, digits: str) -> PhoneResult | tuple[str, str, bool]:
    """A number cell, unless its digits visibly went through scientific notation."""
    if lost_digits(digits):
        return rejected(original, PhoneReason.SCIENTIFIC_NOTATION)
    return original, digits, True


def lost_digits(digits: str) -> bool:
    """True for a number cell such as 2250710000000: what is left of text like "2,25071E+12" that a
    spreadsheet turned into a number (6 significant digits at most, the rest zeros). No real phone
    number of 11 digits or more ends with that many zeros, so the cell is rejected, not sent to."""
    return len(digits) >= 11 and len(digits.rstrip("0")) <= 6


def _prepare_real(value: numbers.Real | Decimal) -> PhoneResult | tuple[str, str, bool]:
    """A float or Decimal cell: whole positive values below 1e15 are numbers, others are not phones."""
    original = str(value)
    if value != value:  # NaN: how pandas and spreadsheet readers spell an empty cell
        return rejected("", PhoneReason.EMPTY)
    if isinstance(value, Decimal):
        if not value.is_finite() or value != value.to_integral_value() or value <= 0:
            return rejected(original, PhoneReason.NOT_A_NUMBER)
        if "E" in original.upper() or value >= Decimal(10) ** 15:
            return rejected(original, PhoneReason.SCIENTIFIC_NOTATION)
        return _numeric(original, str(int(value)))
    number = float(value)
    if math.isinf(number) or not number.is_integer() or number <= 0:
        return rejected(original, PhoneReason.NOT_A_NUMBER)
    if number >= 1e15 or "e" in repr(number):
        # a double keeps 15-17 significant digits and Excel 15: the last digits of the number are gone
        return rejected(original, PhoneReason.SCIENTIFIC_NOTATION)
    return _numeric(original, str(int(number)))


def _pieces(text: str) -> list[_Piece]:
    """Cut cleaned text into pieces at hard separators, words between digits and a new "+"."""
    pieces: list[_Piece] = []
    current: _Piece | None = None
    split: str | None = None
    plus_at: int | None = None
    for match in _TOKENS.finditer(text):
        kind = match.lastgroup
        if kind == "digits":
            digits = match[0]
            if not digits.isascii():  # Arabic-Indic and other decimal digits
                digits = "".join(str(unicodedata.decimal(c)) for c in digits)
            run = (digits, match.start(), match.end())
            if current is None or split is not None:
                start = match.start() if plus_at is None else plus_at
                current = _Piece(split if current is not None else None, plus_at is not None, start)
                pieces.append(current)
            current.runs.append(run)
            split, plus_at = None, None
        elif kind == "plus":
            plus_at = match.start()
            if current is not None and split is None:
                split = _SPLIT_PLUS
        elif kind == "hard":
            plus_at = None
            if current is not None:
                split = _SPLIT_HARD
        elif kind == "word" and current is not None and split != _SPLIT_HARD:
            split = _SPLIT_WORD
    return pieces


def _resolve(piece: _Piece, region: str) -> list[tuple[Verdict, int, int]]:
    """One piece read as one number, or split at formatting characters into whole numbers."""
    runs = piece.runs
    whole = judge("".join(run[0] for run in runs), plus=piece.plus, region=region)
    if whole.is_full_number or len(runs) < 2 or len(runs) > _MAX_RUNS_TO_SPLIT:
        return [(whole, piece.start, runs[-1][2])]
    split = _best_split(piece, region)
    return split if split is not None else [(whole, piece.start, runs[-1][2])]


def _best_split(piece: _Piece, region: str) -> list[tuple[Verdict, int, int]] | None:
    """The split of the runs into at least two whole numbers with the fewest repairs, then fewest numbers.

    Dynamic programming from the end; a number has at most 17 digits, so each run is tried with a
    bounded number of following runs and the work grows linearly with the length of the piece.
    """
    runs = piece.runs
    count = len(runs)
    # best[i]: (repairs, numbers, end of the first number, its verdict) for runs[i:], None if impossible
    best: list[tuple[int, int, int, Verdict | None] | None] = [None] * (count + 1)
    best[count] = (0, 0, count, None)
    for i in range(count - 1, -1, -1):
        digits = ""
        for j in range(i + 1, count + 1):
            digits += runs[j - 1][0]
            if len(digits) > _MAX_DIGITS_PER_NUMBER:
                break
            rest = best[j]
            if rest is None or (i == 0 and j == count):
                continue
            verdict = judge(digits, plus=piece.plus and i == 0, region=region)
            if not verdict.is_full_number:
                continue
            cost = (rest[0] + (verdict.status is not PhoneStatus.VALID), rest[1] + 1)
            current = best[i]
            if current is None or cost < current[:2]:
                best[i] = (*cost, j, verdict)
    if best[0] is None:
        return None
    found: list[tuple[Verdict, int, int]] = []
    i = 0
    while i < count:
        step = best[i]
        assert step is not None and step[3] is not None  # every step of a complete split was recorded
        start = piece.start if i == 0 else runs[i][1]
        found.append((step[3], start, runs[step[2] - 1][2]))
        i = step[2]
    return found

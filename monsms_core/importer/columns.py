"""Which column holds the phone, the names and the sex, guessed from French and English headers (and,
for the phone, from the values) for the user to confirm or change. Other columns are custom fields."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

import pandas as pd

from monsms_core.importer.problems import ImportProblem
from monsms_core.importer.values import normalize_words, text_series

FIELDS = ("phone", "full_name", "first_name", "last_name", "sex")
EXACT, LOOSE = 2, 1  # how strongly a header names a field



def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PHONE_WORDS = _words(
    "tel tels telephone telephones phone phones cellulaire cellulaires portable portables mobile mobiles "
    "gsm contact contacts numero numeros whatsapp cel cell cellphone telephonique"
)
_PHONE_FILLERS = _words("n no num nr de du d des number numbers principal perso personnel 1 2 3")
_NAME_FILLERS = _words("et de du des d l la le and of the")
_FULL_NAME_SETS = (
    {"nom", "prenom"}, {"nom", "prenoms"}, {"noms", "prenoms"}, {"noms", "prenom"}, {"prenoms", "nom"},
    {"nom", "complet"}, {"noms", "complets"}, {"full", "name"}, {"fullname"}, {"name"}, {"names"},
    {"nom", "contact"}, {"nom", "client"}, {"identite"},
)
_FIRST_NAME_SETS = (
    {"prenom"}, {"prenoms"}, {"first", "name"}, {"firstname"}, {"given", "name"}, {"forename"},
)
_LAST_NAME_SETS = (
    {"nom"}, {"noms"}, {"nom", "famille"}, {"last", "name"}, {"lastname"}, {"surname"}, {"family", "name"},
    {"patronyme"},
)
_SEX_EXACT = frozenset({"sexe", "sex", "genre", "gender", "civilite", "h f", "m f", "sexe m f", "sexe h f"})
_SEX_LOOSE = frozenset({"civ", "titre", "title"})
_MALE_WORDS = _words("m mr monsieur mons h homme hommes masculin masc male man men garcon boy mister sir")
_FEMALE_WORDS = _words(
    "f mme mlle mmes madame mademoiselle femme femmes feminin fem female woman women fille girl mrs ms "
    "miss dame"
)
_SEX_VALUES = {**dict.fromkeys(_MALE_WORDS, "M"), **dict.fromkeys(_FEMALE_WORDS, "F")}
_PHONE_SEPARATORS = re.compile(r"[\s.\-/()+\u00a0]")
_PHONE_LIST_SPLIT = re.compile(r"\s*(?:[;,|&]|\bou\b|\bor\b)\s*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_VALUE_SAMPLE = 500


@dataclass(frozen=True)
class ColumnMapping:
    """Header of the column holding each field, None when the sheet has none.

    `ignored` columns are neither a field nor a custom field (the user removed them).
    """

    phone: str | None = None
    full_name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    sex: str | None = None
    ignored: tuple[str, ...] = ()

    @classmethod
    def of_fields(cls, columns: Mapping[str, str | None]) -> ColumnMapping:
        """The mapping giving each field of FIELDS the column `columns` names (a missing field: None)."""
        return cls(
            phone=columns.get("phone"),
            full_name=columns.get("full_name"),
            first_name=columns.get("first_name"),
            last_name=columns.get("last_name"),
            sex=columns.get("sex"),
        )

    def with_phone(self, column: str) -> ColumnMapping:
        """This mapping with `column` as the phone column, taken away from any other field that had it:
        one column, one meaning."""
        changes: dict[str, Any] = {name: None for name in FIELDS if getattr(self, name) == column}
        changes["phone"] = column
        return replace(self, **changes)

    def field_columns(self) -> dict[str, str]:
        """{field: column} for the fields that have a column."""
        return {name: getattr(self, name) for name in FIELDS if getattr(self, name) is not None}

    def custom_columns(self, frame: pd.DataFrame) -> list[str]:
        """The columns of `frame` kept as custom fields (usable in messages), in sheet order."""
        taken = set(self.field_columns().values()) | set(self.ignored)
        return [str(column) for column in frame.columns if column not in taken]

    def validate(self, frame: pd.DataFrame) -> None:
        """Raise an ImportProblem unless a phone column is chosen and every named column exists."""
        if self.phone is None:
            raise ImportProblem("no_phone_column")
        used: dict[str, str] = {}
        for name in (f.name for f in fields(self) if f.name in FIELDS):
            column = getattr(self, name)
            if column is None:
                continue
            if column not in frame.columns:
                raise ImportProblem("column_not_found", column=column)
            if column in used:
                raise ImportProblem("column_used_twice", column=column)
            used[column] = name


def match_header(text: str) -> tuple[str, int] | None:
    """(field, EXACT or LOOSE) when a header names a known field, None otherwise.

    Accents, case and punctuation do not matter: "N° de téléphone", "TEL.", "Nom & Prénom(s)".
    """
    words = normalize_words(text)
    if not words:
        return None
    tokens = words.split()
    if words in _SEX_EXACT:
        return "sex", EXACT
    if words in _SEX_LOOSE:
        return "sex", LOOSE
    name_tokens = {token for token in tokens if token not in _NAME_FILLERS}
    for field, sets in (("full_name", _FULL_NAME_SETS), ("first_name", _FIRST_NAME_SETS),
                        ("last_name", _LAST_NAME_SETS)):
        if name_tokens in sets:
            return field, EXACT
    strong = [token for token in tokens if token in _PHONE_WORDS]
    if strong and all(token in _PHONE_WORDS or token in _PHONE_FILLERS for token in tokens):
        return "phone", EXACT
    if len(tokens) <= 5:
        if strong:
            return "phone", LOOSE  # "Téléphone du parent", "Contact responsable"
        has_first = any(token.startswith("prenom") for token in tokens)
        has_last = any(token in ("nom", "noms", "name") for token in tokens)
        if has_first and has_last:
            return "full_name", LOOSE
        if has_first:
            return "first_name", LOOSE
        if has_last:
            return "last_name", LOOSE  # "Nom de l'élève"
    return None


def parse_sex(text: str) -> str | None:
    """"M" or "F" for the usual ways of writing a sex or a civility ("Mme", "Masculin", "H"), else None."""
    return _SEX_VALUES.get(normalize_words(text))


def looks_like_phone(text: str) -> bool:
    """True when a cell's text reads as one or two phone numbers (8 to 15 digits each, formatting aside)."""
    if not text or _ISO_DATE.match(text):
        return False
    found = False
    for part in _PHONE_LIST_SPLIT.split(text):
        digits = _PHONE_SEPARATORS.sub("", part)
        if not digits:
            continue
        if not (digits.isdigit() and 8 <= len(digits) <= 15):
            return False
        found = True
    return found


def phone_share(series: pd.Series) -> float:
    """Share of the first non-empty values of a column that look like phone numbers (0.0 to 1.0)."""
    texts = _sample_texts(series)
    if not texts:
        return 0.0
    return sum(looks_like_phone(text) for text in texts) / len(texts)


def sex_share(series: pd.Series) -> float:
    """Share of the first non-empty values of a column that read as a sex or civility."""
    texts = _sample_texts(series)
    if not texts:
        return 0.0
    return sum(parse_sex(text) is not None for text in texts) / len(texts)


def _sample_texts(series: pd.Series) -> list[str]:
    texts = text_series(series.head(_VALUE_SAMPLE * 4))
    return [text for text in texts.tolist() if text][:_VALUE_SAMPLE]


def detect_mapping(frame: pd.DataFrame) -> ColumnMapping:
    """The likely mapping of `frame`'s columns (headers as `read_sheet` gives them), to be confirmed.

    Each field takes the column whose header names it most clearly (leftmost on a tie). The phone
    column also weighs the values: a "Numéro" column holding 1, 2, 3 loses to a column of numbers, and
    with no phone header at all the column whose values look most like phone numbers is taken. A lone
    "Nom" column with no first-name column usually holds whole names, so it becomes the full name.
    """
    matches: dict[str, list[tuple[int, int, str]]] = {name: [] for name in FIELDS}
    for position, column in enumerate(frame.columns):
        found = match_header(str(column))
        if found is not None:
            field, strength = found
            matches[field].append((strength, -position, str(column)))
    chosen: dict[str, str | None] = {}
    for field in ("full_name", "first_name", "last_name"):
        chosen[field] = max(matches[field])[2] if matches[field] else None
    chosen["sex"] = _choose_sex(frame, matches["sex"])
    taken = {column for column in chosen.values() if column is not None}
    chosen["phone"] = _choose_phone(frame, matches["phone"], taken)
    if chosen["last_name"] and not chosen["first_name"] and not chosen["full_name"]:
        chosen["full_name"], chosen["last_name"] = chosen["last_name"], None
    return ColumnMapping.of_fields(chosen)


def _choose_sex(frame: pd.DataFrame, candidates: list[tuple[int, int, str]]) -> str | None:
    best: tuple[int, float, int, str] | None = None
    for strength, position, column in candidates:
        share = sex_share(frame[column])
        if strength == LOOSE and share < 0.5:
            continue  # "Titre" holding job titles, not civilities
        ranked = (strength, share, position, column)
        best = ranked if best is None or ranked > best else best
    return None if best is None else best[3]


def _choose_phone(frame: pd.DataFrame, candidates: list[tuple[int, int, str]], taken: set[str]) -> str | None:
    best: tuple[bool, int, float, int, str] | None = None
    for strength, position, column in candidates:
        share = phone_share(frame[column])
        ranked = (share >= 0.3, strength, share, position, column)
        best = ranked if best is None or ranked > best else best
    if best is not None and best[0]:
        return best[4]
    by_values: tuple[float, int, str] | None = None
    for position, column in enumerate(frame.columns):
        if column in taken:
            continue
        share = phone_share(frame[column])
        if share >= 0.5 and (by_values is None or share > by_values[0]):
            by_values = (share, -position, str(column))
    if by_values is not None:
        return by_values[2]
    return None if best is None else best[4]


def find_column(frame: pd.DataFrame, wanted: str, letters: dict[str, str] | None = None) -> str:
    """The column of `frame` a person means by `wanted`: its header (exactly, then ignoring accents,
    case and punctuation) or its spreadsheet letter ("C"). Raises ImportProblem when none matches."""
    columns = [str(column) for column in frame.columns]
    if wanted in columns:
        return wanted
    folded = normalize_words(wanted)
    for column in columns:
        if normalize_words(column) == folded:
            return column
    if letters:
        for column, letter in letters.items():
            if letter == wanted.strip().upper():
                return column
    raise ImportProblem("column_not_found", column=wanted)

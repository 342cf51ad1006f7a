"""What the importer tells the user: a file it cannot use (`ImportProblem`) or a row it will not import
(`Issue`, a record with the spreadsheet row number, in the spirit of frictionless-py's row errors)."""

from __future__ import annotations

from dataclasses import dataclass

from monsms_core.i18n import translate
from monsms_core.i18n.formatting import format_number
from monsms_core.i18n.problems import Problem, ProblemError
from monsms_core.phones import PhoneResult


class ImportProblem(ProblemError):
    """A file, a sheet or a column mapping the importer cannot use, told in one sentence.

    `code` is stable (for tests, logs and the CLI's JSON); `user_message(lang)` is the sentence to show.
    `params` fill the sentence; integers are formatted in the reader's locale ("50 Mo", "1 000 000").
    Nothing of the file's content goes into `str()` beyond what the params name (a sheet or column name).
    """

    catalog = "importer.problem"

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, **params)

    def message_params(self, lang: str | None) -> dict[str, object]:
        params: dict[str, object] = {}
        for key, value in self.params.items():
            if key == "kind":
                params[key] = translate(f"importer.kind.{value}", lang)
            else:
                params[key] = format_number(value, lang) if type(value) is int else value
        return params

    def __str__(self) -> str:
        return f"{self.code}: {self.user_message('en')}"


# Codes of the issues the importer itself raises (phone rejections use the phones module's reason codes).
DUPLICATE_IN_FILE = "duplicate_in_file"
ALREADY_IN_ACCOUNT = "already_in_account"
DUPLICATE_CODES = frozenset({DUPLICATE_IN_FILE, ALREADY_IN_ACCOUNT})


@dataclass(frozen=True, slots=True)
class Issue(Problem):
    """One phone entry that will not be imported, and why.

    `row` is the row number the user sees in Excel/LibreOffice (1-based, header and title lines counted).
    `value` is the cell as read, as text. `phone` is the number in API form when one was recognised
    (duplicates). `first_row` is the row of the first occurrence for a duplicate within the file.
    """

    row: int
    column: str | None
    value: str
    code: str
    phone: str | None = None
    first_row: int | None = None
    phone_result: PhoneResult | None = None

    @property
    def is_duplicate(self) -> bool:
        """True for a number already seen above in the file or already in the account."""
        return self.code in DUPLICATE_CODES

    @property
    def params(self) -> dict[str, object]:
        """The row of the first occurrence, for a duplicate within the file."""
        return {"first_row": self.first_row} if self.first_row is not None else {}

    def message_key(self) -> str:
        # A number the phones module rejected is told in its words; a duplicate in the importer's.
        if self.phone_result is not None and not self.is_duplicate:
            return self.phone_result.message_key()
        return f"importer.issue.{self.code}"

    def as_dict(self, lang: str | None = "fr") -> dict[str, object]:
        """The record as plain JSON-ready values, the message in `lang`."""
        record: dict[str, object] = {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "code": self.code,
            "reason": self.user_message(lang),
        }
        if self.phone is not None:
            record["phone"] = self.phone
        if self.first_row is not None:
            record["first_row"] = self.first_row
        return record

"""One shape for everything the dashboard tells a user in a sentence: a problem record.

In the spirit of frictionless' error records, a problem is data first and text last: a stable `code` (for
tests, logs, audits and the CLI's JSON), `params` (the facts the sentence needs) and `user_message(lang)`,
the sentence itself, built from the catalog key `"<catalog>.<code>"` at the moment it is shown, in the
reader's language. Nothing else is stored, so the same record reads in French and in English.

    class ReviewError(ProblemError):
        catalog = "review.error"

    ReviewError("own_submission").user_message("fr")     # translate("review.error.own_submission", "fr")

Why here, in `monsms_core.i18n`: a problem is a way of using the catalog, and every package of the core
already depends on i18n (and i18n on nothing), so any package can define its problems with this base and
no import cycle can appear. Two flavours share the one base:

- `Problem`, a mixin for records that are not raised: a row the importer refuses, a credit shortfall, a
  number's verdict, the outcome of a send. Frozen dataclasses give `code`/`params` as fields or properties.
- `ProblemError`, the same as an exception: `ProblemError(code, **params)`. Classes whose code is fixed
  per class (the client's and the store's errors) set `code` on the class instead.

A subclass changes the sentence only through two hooks: `message_key()` (which catalog entry) and
`message_params(lang)` (the values, formatted for the reader: numbers, nested sentences).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, ClassVar

from monsms_core.i18n import translate

_NO_PARAMS: Mapping[str, object] = MappingProxyType({})


class Problem:
    """Something to tell the user: `code` + `params`, read as a sentence by `user_message(lang)`."""

    __slots__ = ()
    catalog: ClassVar[str] = ""  # the catalog key prefix; the sentence is "<catalog>.<code>"
    # Declared, not given values here: a dataclass would take an inherited value for a field's default.
    # Subclasses provide them as fields, properties or class attributes.
    code: Any  # a str
    params: Any  # a Mapping[str, object]

    def message_key(self) -> str:
        """The catalog key of the sentence."""
        return f"{self.catalog}.{self.code}" if self.catalog else str(self.code)

    def message_params(self, lang: str | None) -> dict[str, object]:
        """The values the sentence is filled with, ready for `lang` (by default `params` as they are)."""
        return dict(self.params)

    def user_message(self, lang: str | None = "fr") -> str:
        """The sentence in `lang` (French by default): what happened and, for a problem, what to do next."""
        return translate(self.message_key(), lang, **self.message_params(lang))

    def as_record(self, lang: str | None = "fr") -> dict[str, object]:
        """The problem as plain JSON-ready data: code, params and the message in `lang`."""
        return {"code": self.code, "params": dict(self.params), "message": self.user_message(lang)}


class ProblemError(Problem, Exception):
    """A problem raised as an exception: `ProblemError(code, **params)`. `str()` is the code (no user data
    beyond what the params name), so logs stay free of anything the sentence would add."""

    code: Any = "problem"
    params: Any = _NO_PARAMS

    def __init__(self, code: str | None = None, /, **params: object) -> None:
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(self.code)

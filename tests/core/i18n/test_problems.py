"""Every sentence the core tells a user is a problem record: a code, params, `user_message(lang)`."""

from __future__ import annotations

import pytest

from monsms_core.accounts import AccountError
from monsms_core.client.errors import (
    AuthenticationError,
    InsufficientCreditError,
    MonSmsError,
    ValidationError,
)
from monsms_core.config.settings import ConfigurationError
from monsms_core.contacts.browse import ContactInputError
from monsms_core.i18n import translate
from monsms_core.i18n.problems import Problem, ProblemError
from monsms_core.importer import ImportProblem
from monsms_core.phones import normalize_phone
from monsms_core.review import ReviewError
from monsms_core.sending.checks import Shortfall
from monsms_core.store.errors import StoreError, UserExistsError


@pytest.mark.parametrize(
    "cls",
    [MonSmsError, StoreError, ConfigurationError, AccountError, ContactInputError, ImportProblem],
)
def test_every_user_facing_error_is_a_problem(cls: type) -> None:
    assert issubclass(cls, Problem) and issubclass(ReviewError, Problem)
    assert "user_message" not in vars(cls) or cls in (AccountError,)  # one sentence builder, not fifteen


def test_a_problem_reads_its_catalog_sentence_in_each_language() -> None:
    class Demo(ProblemError):
        catalog = "review.error"

    problem = Demo("own_submission")
    assert problem.code == "own_submission" and str(problem) == "own_submission"
    assert problem.user_message("fr") == translate("review.error.own_submission", "fr")
    assert problem.user_message("en") == translate("review.error.own_submission", "en")
    assert problem.user_message("fr") != problem.user_message("en")
    assert problem.as_record("en") == {
        "code": "own_submission",
        "params": {},
        "message": translate("review.error.own_submission", "en"),
    }


def test_params_are_formatted_for_the_reader() -> None:
    error = InsufficientCreditError(needed=12_000, available=500)
    assert error.params == {"needed": 12_000, "available": 500}
    assert "12 000" in error.user_message("fr").replace("\u202f", " ").replace("\xa0", " ")
    assert "12,000" in error.user_message("en")
    shortfall = Shortfall(needed=1_500, available=200)
    assert shortfall.as_record("en")["params"] == {"needed": 1_500, "available": 200, "missing": 1_300}
    assert "1,300" in shortfall.user_message("en")


def test_client_errors_keep_their_class_codes_and_sentences() -> None:
    assert AuthenticationError("bad key").user_message("fr") == translate("errors.auth_failed", "fr")
    fields = ValidationError(field_errors={"phone": ["bad"]})
    assert fields.user_message("en") == translate("errors.invalid_request_fields", "en", fields="phone")
    assert ValidationError().user_message("en") == translate("errors.invalid_request", "en")


def test_store_and_account_problems_keep_their_text() -> None:
    exists = UserExistsError(username="awa")
    assert exists.code == "user_exists"
    assert exists.user_message("fr") == translate("store.error.user_exists", "fr", username="awa")
    assert str(exists) == translate("store.error.user_exists", "en", username="awa")
    weak = AccountError("weak_password", problems=("too_short",))
    assert weak.user_message("fr").startswith(translate("accounts.error.weak_password", "fr"))


def test_a_phone_verdict_is_a_record_too() -> None:
    verdict = normalize_phone("2722445566")
    assert verdict.code == "fixed_line"
    assert verdict.as_record("en")["message"] == "Landline number: it cannot receive SMS."

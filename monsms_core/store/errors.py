"""Errors the store raises on purpose, each with a sentence for the person who caused it."""

from __future__ import annotations

from monsms_core.i18n.problems import ProblemError


class StoreError(ProblemError):
    """Base class; `code` names the message `store.error.<code>` in the translation catalog."""

    catalog = "store.error"
    code = "store_error"

    def __init__(self, **params: object) -> None:
        super().__init__(**params)
        self.args = (self.user_message("en"),)


class UserExistsError(StoreError):
    """Another user already has this (normalised) user name."""

    code = "user_exists"


class FirstAdminExistsError(StoreError):
    """The first-run screen was used when at least one user already existed."""

    code = "first_admin_exists"


class UnknownUserError(StoreError, LookupError):
    """No user has this user name."""

    code = "unknown_user"


class InvalidUsernameError(StoreError, ValueError):
    """The user name is empty once surrounding spaces are removed."""

    code = "invalid_username"

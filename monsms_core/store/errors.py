"""Errors the store raises on purpose, each with a sentence for the person who caused it."""

from __future__ import annotations

from monsms_core.i18n import translate


class StoreError(Exception):
    """Base class; `code` names the message `store.error.<code>` in the translation catalog."""

    code = "store_error"

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.user_message("en"))

    def user_message(self, lang: str = "fr") -> str:
        """The problem as a sentence in the reader's language."""
        return translate(f"store.error.{self.code}", lang, **self.params)


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

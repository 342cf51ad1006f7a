"""Team accounts: the roles and what each may do, and the user operations shared by the dashboard and
the command line. Every change is written to the audit log.

Password rules and hashing live in `monsms_core.accounts.passwords`; signing in (throttling, checking a
password, recording attempts) in `monsms_core.accounts.login`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from monsms_core.accounts.passwords import (
    MIN_PASSWORD_LENGTH,
    generate_password,
    hash_password,
    password_problems,
    verify_password,
)
from monsms_core.accounts.setup_code import discard_setup_code, setup_code_matches
from monsms_core.i18n import LANGUAGES, translate
from monsms_core.i18n.problems import ProblemError
from monsms_core.store import session_digest
from monsms_core.store.errors import FirstAdminExistsError, UserExistsError

ROLES: tuple[str, ...] = ("admin", "sender", "reviewer", "viewer")

# What each role may do. Pages and actions ask for a capability, never for a role name, so a new role
# or a change of mind is one line here.
CAPABILITIES: tuple[str, ...] = (
    "home",
    "account",
    "browse",
    "send",
    "contacts",
    "groups",
    "review",
    "settings",
    "users",
    "audit",
    "spending",  # the "Crédit et dépenses" page: what the account bought and spent, by whom
    "buy",
)
PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset(CAPABILITIES),
    "sender": frozenset({"home", "account", "browse", "send", "contacts", "groups"}),
    "reviewer": frozenset({"home", "account", "browse", "review"}),
    "viewer": frozenset({"home", "account", "browse"}),
}

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")


class AccountError(ProblemError):
    """A user operation that cannot be done; `code` names the reason, `user_message` says it."""

    catalog = "accounts.error"

    def __init__(self, code: str, *, problems: tuple[str, ...] = (), **params: object) -> None:
        super().__init__(code, **params)
        self.problems = problems

    def user_message(self, lang: str | None = "fr") -> str:
        """The reason in the user's language, with every password problem spelled out."""
        details = [translate(f"accounts.password.{p}", lang, min=MIN_PASSWORD_LENGTH) for p in self.problems]
        return " ".join([super().user_message(lang), *details])


def roles_with(capability: str) -> frozenset[str]:
    """The roles allowed to do `capability`."""
    if capability not in CAPABILITIES:
        raise ValueError(f"Unknown capability {capability!r}")
    return frozenset(role for role, caps in PERMISSIONS.items() if capability in caps)


def can(role: str | None, capability: str) -> bool:
    """Whether `role` may do `capability` (an unknown role may do nothing)."""
    return capability in PERMISSIONS.get(role or "", frozenset())


SENDERS_MAY_BUY_KEY = "senders_may_buy"


def may_buy(store: Any, role: str | None) -> bool:
    """Whether `role` may buy credit (spend the organisation's money): the "buy" capability
    (administrators), or senders when an administrator turned on the `senders_may_buy` setting."""
    if can(role, "buy"):
        return True
    return role == "sender" and bool(store.app_settings.get(SENDERS_MAY_BUY_KEY, False))


def normalize_username(raw: str | None) -> str:
    """The form usernames are stored in: stripped and lower-cased."""
    return (raw or "").strip().lower()


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError("invalid_role", role=role)


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise AccountError("invalid_language", language=language)


def _check_new_password(password: str, username: str) -> None:
    problems = password_problems(password, username=username)
    if problems:
        raise AccountError("weak_password", problems=problems)


def _check_identity(username: str, display_name: str) -> None:
    if not USERNAME_PATTERN.match(username):
        raise AccountError("invalid_username")
    if not display_name.strip():
        raise AccountError("display_name_required")


def _get_existing(store: Any, username: str) -> Any:
    user = store.users.get(normalize_username(username))
    if user is None:
        raise AccountError("unknown_user", username=normalize_username(username))
    return user


def active_admin_count(store: Any) -> int:
    """How many enabled administrators there are."""
    return sum(1 for u in store.users.list() if u.role == "admin" and not u.disabled)


def _guard_last_admin(store: Any, user: Any, *, losing_admin: bool) -> None:
    # Refuse any change that would leave the dashboard with no enabled administrator: nobody could then
    # manage accounts or settings short of the command line.
    if losing_admin and user.role == "admin" and not user.disabled and active_admin_count(store) <= 1:
        raise AccountError("last_admin")


def create_first_admin(
    store: Any,
    *,
    username: str,
    display_name: str,
    password: str,
    email: str | None = None,
    language: str = "fr",
    setup_dir: Path | None = None,
    setup_code: str | None = None,
) -> Any:
    """Create the very first account, an administrator; refused once any account exists.

    With `setup_dir`, the one-time setup code kept in that folder (see `setup_code`) must be given as
    `setup_code`; it is deleted once the administrator exists. Without it (sandbox on loopback, command
    line) no code is asked for."""
    name = normalize_username(username)
    if setup_dir is not None and not setup_code_matches(setup_dir, setup_code):
        raise AccountError("setup_code_wrong")
    _check_identity(name, display_name)
    _check_language(language)
    _check_new_password(password, name)
    try:
        user = store.users.create_first_admin(
            name,
            display_name.strip(),
            (email or "").strip() or None,
            "admin",
            hash_password(password),
            language=language,
        )
    except FirstAdminExistsError as exc:
        raise AccountError("first_admin_exists") from exc
    store.audit.record(name, "user.first_admin_created", target=name)
    if setup_dir is not None:
        discard_setup_code(setup_dir)
    return user


def create_user(
    store: Any,
    *,
    actor: str,
    username: str,
    display_name: str,
    role: str,
    password: str | None = None,
    email: str | None = None,
    language: str = "fr",
    phone: str | None = None,
    must_change_password: bool | None = None,
) -> tuple[Any, str | None]:
    """Create an account; returns it with the generated one-time password when none was given.

    A generated password must be changed at first login (whoever saw it is not the user); a given one
    must be changed only when `must_change_password` says so.
    """
    name = normalize_username(username)
    _check_identity(name, display_name)
    _check_role(role)
    _check_language(language)
    generated = password is None
    if password is None:
        password = generate_password()
    else:
        _check_new_password(password, name)
    must_change = generated if must_change_password is None else must_change_password
    try:
        user = store.users.create(
            name,
            display_name.strip(),
            (email or "").strip() or None,
            role,
            hash_password(password),
            must_change_password=must_change,
            language=language,
            phone=phone,
        )
    except UserExistsError as exc:
        raise AccountError("user_exists", username=name) from exc
    store.audit.record(actor, "user.created", target=name, details={"role": role})
    return user, (password if generated else None)


def set_role(store: Any, *, actor: str, username: str, role: str) -> Any:
    """Give `username` another role (never leaving the dashboard without an enabled administrator)."""
    _check_role(role)
    user = _get_existing(store, username)
    if user.role == role:
        return user
    _guard_last_admin(store, user, losing_admin=role != "admin")
    updated = store.users.update(user.username, role=role)
    store.audit.record(
        actor, "user.role_changed", target=user.username, details={"from": user.role, "to": role}
    )
    return updated


def set_disabled(store: Any, *, actor: str, username: str, disabled: bool) -> Any:
    """Disable (or enable again) an account; a disabled account is signed out on its next page load."""
    user = _get_existing(store, username)
    if bool(user.disabled) == disabled:
        return user
    if disabled:
        _guard_last_admin(store, user, losing_admin=True)
    updated = store.users.update(user.username, disabled=disabled)
    if disabled:
        store.sessions.revoke_all(user.username, "disabled")
    store.audit.record(actor, "user.disabled" if disabled else "user.enabled", target=user.username)
    return updated


def reset_password(store: Any, *, actor: str, username: str) -> str:
    """Give `username` a new one-time password (returned, to show once) to change at next login."""
    user = _get_existing(store, username)
    password = generate_password()
    store.users.update(user.username, password_hash=hash_password(password), must_change_password=True)
    store.sessions.revoke_all(user.username, "password_reset")
    store.audit.record(actor, "user.password_reset", target=user.username)
    return password


def change_own_password(
    store: Any, *, username: str, current: str, new: str, keep_session: str | None = None
) -> Any:
    """Let a signed-in user replace their password, proving they know the current one. Every session of
    the account ends, except the one opened with the secret `keep_session` (the browser making the
    change)."""
    user = _get_existing(store, username)
    if not verify_password(current, user.password_hash):
        raise AccountError("wrong_password")
    if new == current:
        raise AccountError("same_password")
    _check_new_password(new, user.username)
    updated = store.users.update(user.username, password_hash=hash_password(new), must_change_password=False)
    keep = session_digest(keep_session) if keep_session else None
    store.sessions.revoke_all(user.username, "password_changed", keep=keep)
    store.audit.record(user.username, "user.password_changed", target=user.username)
    return updated


def set_own_phone(store: Any, *, username: str, phone: str, source: str) -> Any:
    """Save the number a user's test sends go to (already normalised), audited with where it was typed."""
    user = _get_existing(store, username)
    updated = store.users.update(user.username, phone=phone)
    store.audit.record(user.username, "user.phone_changed", target=user.username, details={"source": source})
    return updated


def set_language(store: Any, *, username: str, language: str) -> Any:
    """Remember the interface language a user chose (a preference, so not audited)."""
    _check_language(language)
    user = _get_existing(store, username)
    if user.language == language:
        return user
    return store.users.update(user.username, language=language)

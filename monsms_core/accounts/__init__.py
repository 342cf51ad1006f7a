"""Team accounts: roles and what each may do, signing in with throttling, passwords, and the
dashboard-wide preferences an administrator sets."""

from __future__ import annotations

from monsms_core.accounts.api_key import KeyCheck, check_api_key, remove_api_key, submit_api_key
from monsms_core.accounts.login import (
    ATTEMPTS_KEPT,
    LOCKOUT,
    attempt_login,
    locked_until,
    record_logout,
    sign_ins_revoked,
    utc_now,
)
from monsms_core.accounts.passwords import MIN_PASSWORD_LENGTH
from monsms_core.accounts.preferences import (
    REVIEW_REQUIRED_KEY,
    Preferences,
    country_codes,
    read_preferences,
    save_preferences,
    sender_problem,
)
from monsms_core.accounts.roles import (
    PERMISSIONS,
    ROLES,
    AccountError,
    can,
    change_own_password,
    create_first_admin,
    create_user,
    generate_password,
    hash_password,
    normalize_username,
    password_problems,
    reset_password,
    roles_with,
    set_disabled,
    set_language,
    set_own_phone,
    set_role,
    verify_password,
)

__all__ = [
    "ATTEMPTS_KEPT",
    "LOCKOUT",
    "MIN_PASSWORD_LENGTH",
    "PERMISSIONS",
    "REVIEW_REQUIRED_KEY",
    "ROLES",
    "AccountError",
    "KeyCheck",
    "Preferences",
    "attempt_login",
    "can",
    "change_own_password",
    "check_api_key",
    "country_codes",
    "create_first_admin",
    "create_user",
    "generate_password",
    "hash_password",
    "locked_until",
    "normalize_username",
    "password_problems",
    "read_preferences",
    "record_logout",
    "remove_api_key",
    "reset_password",
    "roles_with",
    "save_preferences",
    "sender_problem",
    "set_disabled",
    "set_language",
    "set_own_phone",
    "set_role",
    "sign_ins_revoked",
    "submit_api_key",
    "utc_now",
    "verify_password",
]

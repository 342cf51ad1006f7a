"""Passwords: the rules a new password must meet, bcrypt hashing (the format streamlit-authenticator's
Hasher reads and writes) and readable generated one-time passwords."""

from __future__ import annotations

import secrets
import string

import bcrypt

MIN_PASSWORD_LENGTH = 10
# bcrypt only reads the first 72 bytes, and bcrypt 5 refuses longer input outright.
MAX_PASSWORD_BYTES = 72
# OWASP's minimum work factor for bcrypt. Cost 12 took 0.4 s a check here, so 20 people signing in at
# once queued for 8+ CPU-seconds on a 2-core server; cost 10 keeps such a burst near 2 s (bench/README.md).
BCRYPT_ROUNDS = 10
_COMMON_PASSWORDS = frozenset(
    {
        "motdepasse",
        "motdepasse1",
        "motdepasse123",
        "password",
        "password1",
        "password123",
        "azertyuiop",
        "azerty1234",
        "azerty12345",
        "qwertyuiop",
        "1234567890",
        "0123456789",
        "abidjan2024",
        "abidjan2025",
        "bonjour123",
        "soleil1234",
        "administrateur",
        "admin12345",
        "monsmspro",
        "monsmspro1",
    }
)
# The generated one-time passwords avoid look-alike characters (0/O, 1/l/I) so they can be read aloud.
_READABLE_LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
_READABLE_DIGITS = "23456789"


def password_problems(password: str, *, username: str | None = None) -> tuple[str, ...]:
    """What is wrong with a new password, as message codes (empty when it is acceptable)."""
    problems: list[str] = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append("too_short")
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        problems.append("too_long")
    if password != password.strip():
        problems.append("spaces_around")
    lowered = password.lower()
    if username and username.strip().lower() in lowered:
        problems.append("contains_username")
    if lowered in _COMMON_PASSWORDS or len(set(password)) < 4:
        problems.append("too_common")
    has_letter = any(c.isalpha() for c in password)
    has_other = any(not c.isalpha() for c in password)
    if not (has_letter and has_other):
        problems.append("too_simple")
    return tuple(problems)


def hash_password(password: str) -> str:
    """A bcrypt hash of `password` (the format streamlit-authenticator's Hasher writes and reads)."""
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS)).decode("ascii")


def verify_password(password: str, password_hash: str | None) -> bool:
    """Whether `password` matches `password_hash`; a malformed hash or oversized input never matches."""
    if not password_hash:
        return False
    try:
        return bcrypt.checkpw(password.encode("utf-8"), password_hash.encode("ascii"))
    except ValueError:
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether a (valid) stored hash was made at another cost than BCRYPT_ROUNDS: it is replaced at the
    next successful sign-in, when the password is at hand."""
    try:
        return int(password_hash.split("$")[2]) != BCRYPT_ROUNDS
    except (IndexError, ValueError):
        return False


def generate_password(length: int = 14) -> str:
    """A random password that passes `password_problems`, easy to read aloud or copy."""
    while True:
        chars = [secrets.choice(_READABLE_LETTERS + _READABLE_DIGITS) for _ in range(length)]
        candidate = "".join(chars)
        if not password_problems(candidate) and any(c in string.digits for c in candidate):
            return candidate

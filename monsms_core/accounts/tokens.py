"""The two signed tokens a browser keeps in cookies: the login token (which session it is signed in to)
and the "known device" token (which accounts signed in successfully from this browser before).

Both are JWTs signed with HS256 under a key derived from the cookie key for their purpose, so one kind
can never be passed off as the other. Reading never raises: a token that is forged, truncated, signed
with another algorithm (`none`, HS512…), expired or of the wrong kind is simply "no token".
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt

LOGIN_TOKEN_LIFETIME = timedelta(days=7)
DEVICE_TOKEN_LIFETIME = timedelta(days=180)
# A shared computer may be used by a handful of people; beyond that the oldest names are forgotten.
MAX_DEVICE_USERS = 20
_ALGORITHM = "HS256"


@dataclass(frozen=True)
class LoginToken:
    """What a valid login cookie says: who, and the secret of their server-side session."""

    username: str
    session_secret: str


@dataclass(frozen=True)
class DeviceToken:
    """What a valid "known device" cookie says: the browser's id and the accounts that signed in on it."""

    device_id: str
    usernames: tuple[str, ...]

    def knows(self, username: str) -> bool:
        """Whether `username` signed in successfully from this browser before."""
        return username in self.usernames


def _key(cookie_key: str, purpose: str) -> bytes:
    return hmac.new(cookie_key.encode("utf-8"), f"monsms:{purpose}".encode(), hashlib.sha256).digest()


def _encode(cookie_key: str, purpose: str, claims: dict[str, Any], now: datetime, life: timedelta) -> str:
    payload = {**claims, "typ": purpose, "iat": int(now.timestamp()), "exp": int((now + life).timestamp())}
    return jwt.encode(payload, _key(cookie_key, purpose), algorithm=_ALGORITHM)


def _decode(token: str | None, cookie_key: str, purpose: str, now: datetime) -> dict[str, Any] | None:
    if not token or not isinstance(token, str):
        return None
    try:
        claims = jwt.decode(
            token,
            _key(cookie_key, purpose),
            algorithms=[_ALGORITHM],
            options={"require": ["exp", "typ"], "verify_exp": False},
        )
    except (jwt.PyJWTError, ValueError, TypeError, KeyError):
        return None
    try:
        expired = float(claims["exp"]) <= now.timestamp()
    except (TypeError, ValueError):
        return None
    if expired or claims.get("typ") != purpose:
        return None
    return claims


def issue_login_token(cookie_key: str, username: str, session_secret: str, now: datetime) -> str:
    """The login cookie's value for a session just opened."""
    return _encode(
        cookie_key, "login", {"username": username, "sid": session_secret}, now, LOGIN_TOKEN_LIFETIME
    )


def read_login_token(token: str | None, cookie_key: str, now: datetime) -> LoginToken | None:
    """The login token's content, or None when it cannot be trusted (never raises)."""
    claims = _decode(token, cookie_key, "login", now)
    if claims is None:
        return None
    username, secret = claims.get("username"), claims.get("sid")
    if not isinstance(username, str) or not isinstance(secret, str) or not username or not secret:
        return None
    return LoginToken(username, secret)


def new_device_id() -> str:
    """A random id for a browser that has none yet."""
    return secrets.token_urlsafe(16)


def issue_device_token(cookie_key: str, device: DeviceToken, now: datetime) -> str:
    """The "known device" cookie's value."""
    users = list(device.usernames)[-MAX_DEVICE_USERS:]
    return _encode(
        cookie_key, "device", {"did": device.device_id, "users": users}, now, DEVICE_TOKEN_LIFETIME
    )


def read_device_token(token: str | None, cookie_key: str, now: datetime) -> DeviceToken | None:
    """The device token's content, or None when it cannot be trusted (never raises)."""
    claims = _decode(token, cookie_key, "device", now)
    if claims is None:
        return None
    device_id, users = claims.get("did"), claims.get("users")
    if not isinstance(device_id, str) or not device_id or not isinstance(users, list):
        return None
    return DeviceToken(device_id, tuple(u for u in users if isinstance(u, str)))


def remember_user(device: DeviceToken | None, username: str) -> DeviceToken:
    """The device token after `username` signed in successfully on this browser (a new one if none)."""
    if device is None:
        return DeviceToken(new_device_id(), (username,))
    others = tuple(u for u in device.usernames if u != username)
    return DeviceToken(device.device_id, (*others, username))

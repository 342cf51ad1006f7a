"""Roles and permissions, password rules and hashing, and the user operations with their audit trail."""

from __future__ import annotations

import pytest

from monsms_core import accounts
from monsms_core.accounts import AccountError, passwords
from monsms_core.store import Store

GOOD = "Plateau-2026-ok"


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    # Cost 4 instead of 12: same code path, a fraction of the time.
    monkeypatch.setattr(passwords, "BCRYPT_ROUNDS", 4)


def _actions(store: Store) -> list[tuple[str, str, str | None]]:
    return [(e.actor, e.action, e.target) for e in reversed(store.audit.list())]


def test_permission_matrix_matches_the_issue() -> None:
    assert accounts.roles_with("settings") == {"admin"}
    assert accounts.roles_with("users") == {"admin"}
    assert accounts.roles_with("send") == {"admin", "sender"}
    assert accounts.roles_with("contacts") == {"admin", "sender"}
    assert accounts.roles_with("groups") == {"admin", "sender"}
    assert accounts.roles_with("review") == {"admin", "reviewer"}
    assert accounts.roles_with("browse") == set(accounts.ROLES)
    assert accounts.roles_with("account") == set(accounts.ROLES)
    assert accounts.PERMISSIONS["viewer"] == {"home", "account", "browse"}
    assert not accounts.can(None, "home")
    assert not accounts.can("superuser", "home")
    with pytest.raises(ValueError):
        accounts.roles_with("sendd")


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("Court-1", "too_short"),
        ("abcdefghijkl", "too_simple"),
        ("1234567890123", "too_simple"),
        (" Plateau-2026-ok", "spaces_around"),
        ("motdepasse123", "too_common"),
        ("aaaaaaaaaa1", "too_common"),
        ("awa.kone-2026", "contains_username"),
        ("é" * 37, "too_long"),
    ],
)
def test_password_rules_name_each_problem(password: str, problem: str) -> None:
    assert problem in accounts.password_problems(password, username="awa.kone")


def test_good_and_generated_passwords_pass_the_rules() -> None:
    assert accounts.password_problems(GOOD, username="awa") == ()
    generated = {accounts.generate_password() for _ in range(20)}
    assert len(generated) == 20
    for password in generated:
        assert accounts.password_problems(password) == ()
        assert not set(password) & set("0O1lI")


def test_hashes_verify_only_the_right_password() -> None:
    hashed = accounts.hash_password(GOOD)
    assert hashed.startswith("$2b$04$") and GOOD not in hashed
    assert accounts.verify_password(GOOD, hashed)
    assert not accounts.verify_password(GOOD + "x", hashed)
    assert not accounts.verify_password(GOOD, "not-a-hash")
    assert not accounts.verify_password(GOOD, None)
    assert not accounts.verify_password("x" * 200, hashed)  # bcrypt 5 raises on > 72 bytes: no crash


def test_first_admin_is_created_once(store: Store) -> None:
    with pytest.raises(AccountError) as weak:
        accounts.create_first_admin(store, username="awa", display_name="Awa", password="court")
    assert weak.value.code == "weak_password" and "too_short" in weak.value.problems
    assert "au moins 10 caractères" in weak.value.user_message("fr")
    assert store.users.count() == 0

    user = accounts.create_first_admin(store, username=" Awa ", display_name="Awa Koné", password=GOOD)
    assert (user.username, user.role, user.must_change_password) == ("awa", "admin", False)
    assert accounts.verify_password(GOOD, store.users.get("awa").password_hash)
    with pytest.raises(AccountError) as again:
        accounts.create_first_admin(store, username="koffi", display_name="Koffi", password=GOOD)
    assert again.value.code == "first_admin_exists"
    assert _actions(store) == [("awa", "user.first_admin_created", "awa")]


def test_create_user_generates_a_one_time_password(store: Store) -> None:
    user, one_time = accounts.create_user(
        store, actor="awa", username="Koffi.Yao", display_name="Koffi Yao", role="sender"
    )
    assert one_time is not None and user.username == "koffi.yao"
    assert user.must_change_password
    assert accounts.verify_password(one_time, store.users.get("koffi.yao").password_hash)

    chosen, none = accounts.create_user(
        store, actor="awa", username="aya", display_name="Aya", role="viewer", password=GOOD, language="en"
    )
    assert none is None and not chosen.must_change_password and chosen.language == "en"
    assert _actions(store) == [("awa", "user.created", "koffi.yao"), ("awa", "user.created", "aya")]


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"username": "a b", "display_name": "A", "role": "viewer"}, "invalid_username"),
        ({"username": "ab", "display_name": "A", "role": "viewer"}, "invalid_username"),
        ({"username": "aya", "display_name": "  ", "role": "viewer"}, "display_name_required"),
        ({"username": "aya", "display_name": "Aya", "role": "boss"}, "invalid_role"),
        ({"username": "aya", "display_name": "Aya", "role": "viewer", "password": "faible"}, "weak_password"),
    ],
)
def test_create_user_refuses_bad_input(store: Store, fields: dict[str, str], code: str) -> None:
    with pytest.raises(AccountError) as refused:
        accounts.create_user(store, actor="awa", **fields)
    assert refused.value.code == code
    assert store.users.count() == 0


def test_duplicate_username_is_refused(store: Store) -> None:
    accounts.create_user(store, actor="awa", username="aya", display_name="Aya", role="viewer")
    with pytest.raises(AccountError) as refused:
        accounts.create_user(store, actor="awa", username="AYA", display_name="Other", role="sender")
    assert refused.value.code == "user_exists"
    assert "aya" in refused.value.user_message("en")


def test_the_last_active_admin_cannot_be_demoted_or_disabled(store: Store) -> None:
    accounts.create_first_admin(store, username="awa", display_name="Awa", password=GOOD)
    for operation in (
        lambda: accounts.set_role(store, actor="awa", username="awa", role="viewer"),
        lambda: accounts.set_disabled(store, actor="awa", username="awa", disabled=True),
    ):
        with pytest.raises(AccountError) as refused:
            operation()
        assert refused.value.code == "last_admin"
    # A disabled second admin does not count as a remaining administrator.
    accounts.create_user(store, actor="awa", username="koffi", display_name="Koffi", role="admin")
    accounts.set_disabled(store, actor="awa", username="koffi", disabled=True)
    with pytest.raises(AccountError):
        accounts.set_role(store, actor="awa", username="awa", role="sender")
    # Once another admin is active, the first may step down.
    accounts.set_disabled(store, actor="awa", username="koffi", disabled=False)
    assert accounts.set_role(store, actor="awa", username="awa", role="sender").role == "sender"
    assert store.users.get("awa").role == "sender"
    assert ("awa", "user.role_changed", "awa") in _actions(store)


def test_disable_enable_and_role_changes_are_audited(store: Store) -> None:
    accounts.create_first_admin(store, username="awa", display_name="Awa", password=GOOD)
    accounts.create_user(store, actor="awa", username="aya", display_name="Aya", role="viewer")
    assert accounts.set_disabled(store, actor="awa", username="aya", disabled=True).disabled
    assert not accounts.set_disabled(store, actor="awa", username="aya", disabled=False).disabled
    assert accounts.set_role(store, actor="awa", username="aya", role="reviewer").role == "reviewer"
    with pytest.raises(AccountError) as unknown:
        accounts.set_role(store, actor="awa", username="nobody", role="viewer")
    assert unknown.value.code == "unknown_user"
    assert _actions(store)[-3:] == [
        ("awa", "user.disabled", "aya"),
        ("awa", "user.enabled", "aya"),
        ("awa", "user.role_changed", "aya"),
    ]


def test_reset_password_replaces_the_old_one_until_changed(store: Store) -> None:
    accounts.create_first_admin(store, username="awa", display_name="Awa", password=GOOD)
    accounts.create_user(store, actor="awa", username="aya", display_name="Aya", role="viewer", password=GOOD)
    one_time = accounts.reset_password(store, actor="awa", username="aya")
    record = store.users.get("aya")
    assert record.must_change_password
    assert accounts.verify_password(one_time, record.password_hash)
    assert not accounts.verify_password(GOOD, record.password_hash)

    with pytest.raises(AccountError) as wrong:
        accounts.change_own_password(store, username="aya", current="nope", new="Autre-mot-2026")
    assert wrong.value.code == "wrong_password"
    with pytest.raises(AccountError) as same:
        accounts.change_own_password(store, username="aya", current=one_time, new=one_time)
    assert same.value.code == "same_password"
    with pytest.raises(AccountError) as weak:
        accounts.change_own_password(store, username="aya", current=one_time, new="aya-1234567")
    assert weak.value.problems == ("contains_username",)

    changed = accounts.change_own_password(store, username="aya", current=one_time, new="Autre-mot-2026")
    assert not changed.must_change_password
    assert accounts.verify_password("Autre-mot-2026", store.users.get("aya").password_hash)
    assert _actions(store)[-2:] == [
        ("awa", "user.password_reset", "aya"),
        ("aya", "user.password_changed", "aya"),
    ]


def test_language_preference_is_checked_and_kept(store: Store) -> None:
    accounts.create_user(store, actor="awa", username="aya", display_name="Aya", role="viewer")
    assert accounts.set_language(store, username="aya", language="en").language == "en"
    assert store.users.get("aya").language == "en"
    with pytest.raises(AccountError):
        accounts.set_language(store, username="aya", language="de")


def test_a_users_own_phone_is_saved_and_audited(store: Store) -> None:
    accounts.create_user(store, actor="awa", username="aya", display_name="Aya", role="sender")
    accounts.set_own_phone(store, username="aya", phone="2250707123456", source="test_send")
    assert store.users.get("aya").phone == "2250707123456"
    entry = store.audit.list(action="user.phone_changed")[0]
    assert (entry.actor, entry.target, entry.details) == ("aya", "aya", {"source": "test_send"})
    with pytest.raises(AccountError):
        accounts.set_own_phone(store, username="ghost", phone="2250707123456", source="test_send")

"""Users: normalised unique names, updates, and a first administrator that cannot be created twice."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from monsms_core.store import (
    FirstAdminExistsError,
    InvalidUsernameError,
    Store,
    UnknownUserError,
    UserExistsError,
)


def test_usernames_are_stripped_lowercased_and_unique(store: Store) -> None:
    user = store.users.create("  Awa.Kone ", "Awa Koné", "awa@example.ci", "sender", "$2b$12$x")
    assert user.username == "awa.kone"
    assert user.role == "sender" and user.language == "fr" and not user.disabled
    assert not user.must_change_password and user.phone is None
    assert store.users.get("AWA.KONE ") == user
    with pytest.raises(UserExistsError) as caught:
        store.users.create("awa.KONE", "Other", None, "viewer", "h")
    assert "awa.kone" in caught.value.user_message("fr")
    assert store.users.count() == 1


def test_empty_username_is_refused(store: Store) -> None:
    with pytest.raises(InvalidUsernameError):
        store.users.create("   ", "Nobody", None, "viewer", "h")


def test_times_are_utc_aware_and_the_hash_stays_out_of_repr(store: Store) -> None:
    user = store.users.create(
        "kofi", "Kofi", None, "viewer", "$2b$12$secret-hash", language="en", phone="2250707"
    )
    assert user.created_at.tzinfo is not None and user.created_at.utcoffset().total_seconds() == 0
    assert "secret-hash" not in repr(user)
    assert user.language == "en" and user.phone == "2250707"


def test_update_changes_only_known_fields(store: Store) -> None:
    created = store.users.create("ama", "Ama", None, "viewer", "old", must_change_password=True)
    updated = store.users.update(
        "AMA", role="reviewer", must_change_password=False, password_hash="new", disabled=True
    )
    assert (updated.role, updated.must_change_password, updated.password_hash) == ("reviewer", False, "new")
    assert updated.disabled and updated.updated_at >= created.updated_at
    assert store.users.get("ama") == updated
    with pytest.raises(TypeError):
        store.users.update("ama", username="hacker")
    with pytest.raises(UnknownUserError):
        store.users.update("nobody", role="admin")


def test_list_is_ordered_by_username_and_get_misses_cleanly(store: Store) -> None:
    for name in ("zoe", "adama", "marc"):
        store.users.create(name, name.title(), None, "viewer", "h")
    assert [u.username for u in store.users.list()] == ["adama", "marc", "zoe"]
    assert store.users.get("nobody") is None


def test_record_login(store: Store) -> None:
    store.users.create("ama", "Ama", None, "viewer", "h")
    at = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)
    assert store.users.record_login("Ama", at).last_login_at == at


def test_first_admin_only_when_there_is_no_user(store: Store) -> None:
    admin = store.users.create_first_admin("Admin", "Administrateur", "admin@example.ci", "admin", "h")
    assert admin.username == "admin" and store.users.count() == 1
    with pytest.raises(FirstAdminExistsError) as caught:
        store.users.create_first_admin("other", "Other", None, "admin", "h")
    assert "administrateur" in caught.value.user_message("fr").lower()


def test_first_admin_refused_once_a_normal_user_exists(store: Store) -> None:
    store.users.create("kofi", "Kofi", None, "viewer", "h")
    with pytest.raises(FirstAdminExistsError):
        store.users.create_first_admin("boss", "Boss", None, "admin", "h")


def test_two_first_run_screens_at_once_make_one_admin(store: Store) -> None:
    contenders = 6
    barrier = threading.Barrier(contenders)
    outcomes: list[str] = []

    def submit(index: int) -> None:
        barrier.wait()
        try:
            store.users.create_first_admin(f"admin{index}", "Admin", None, "admin", "h")
            outcomes.append("created")
        except FirstAdminExistsError:
            outcomes.append("refused")

    threads = [threading.Thread(target=submit, args=(i,)) for i in range(contenders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["created"] + ["refused"] * (contenders - 1)
    assert store.users.count() == 1

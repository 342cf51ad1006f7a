"""Review that says whom it covers (issue 11, point 6): the scope (Expéditeurs only, or everyone with
the administrators), the composer's notice of who will approve, and a double click on "Approuver et
envoyer" that returns the same approval instead of an error."""

from __future__ import annotations

import pytest

from monsms_core import accounts, review
from monsms_core.accounts import passwords
from monsms_core.client import MonSmsClient
from monsms_core.compose import Recipient
from monsms_core.review import ReviewError, ReviewPolicy
from monsms_core.sending import build_plan
from monsms_core.store import Store
from monsms_sandbox.control import SandboxControl

GOOD = "Plateau-2026-ok"


@pytest.fixture
def team(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setattr(passwords, "BCRYPT_ROUNDS", 4)
    people = [("awa", "Awa Koné", "sender"), ("kofi", "Kofi Yao", "reviewer"),
              ("ama", "Ama Bamba", "admin"), ("yao", "Yao N'Guessan", "viewer")]  # fmt: skip
    for username, name, role in people:
        accounts.create_user(
            store, actor="test", username=username, display_name=name, role=role, password=GOOD
        )
    return store


def test_the_scope_says_whose_sends_are_reviewed(team: Store) -> None:
    assert review.read_policy(team) == ReviewPolicy(required=False, scope="senders")
    assert not ReviewPolicy(False, "everyone").covers("admin")
    senders = ReviewPolicy(True, "senders")
    assert senders.covers("sender") and not senders.covers("admin")
    everyone = ReviewPolicy(True, "everyone")
    assert everyone.covers("sender") and everyone.covers("admin")
    assert not any(everyone.covers(role) for role in ("reviewer", "viewer", None))

    assert review.save_policy(team, everyone, actor="ama") == ["review_required", "review_scope"]
    assert (
        review.save_policy(team, everyone, actor="ama") == []
    )  # unchanged: nothing written, nothing audited
    assert review.read_policy(team) == everyone
    assert review.goes_to_review(team, send_key="k", actor="ama", role="admin")
    review.save_policy(team, senders, actor="ama")
    assert not review.goes_to_review(team, send_key="k", actor="ama", role="admin")
    with pytest.raises(ValueError):
        review.save_policy(team, ReviewPolicy(True, "nobody"), actor="ama")  # type: ignore[arg-type]


def test_the_notice_names_who_will_approve(team: Store) -> None:
    assert review.review_notice(team, send_key="k", actor="awa", role="sender") == review.ReviewNotice(False)
    review.save_policy(team, ReviewPolicy(True, "everyone"), actor="ama")
    notice = review.review_notice(team, send_key="k", actor="awa", role="sender")
    assert notice.reviewed and notice.reviewers == ("Kofi Yao", "Ama Bamba")  # reviewers first
    own = review.review_notice(team, send_key="k", actor="ama", role="admin")
    assert own.reviewed and own.reviewers == ("Kofi Yao",)  # nobody approves their own send
    accounts.set_disabled(team, actor="ama", username="kofi", disabled=True)
    assert review.reviewers(team, author="ama") == []


def test_a_double_click_on_approve_returns_the_same_approval(
    team: Store, client: MonSmsClient, sandbox: SandboxControl
) -> None:
    plan = build_plan([Recipient("2250707000001"), Recipient("2250505000002")], "Réunion samedi.", name="R")
    item = review.submit(team, plan, created_by="awa", send_key="d1")
    first = review.approve(
        team, client, item.id, reviewer="kofi", role="reviewer", fingerprint=item.fingerprint
    )
    again = review.approve(
        team, client, item.id, reviewer="kofi", role="reviewer", fingerprint=item.fingerprint
    )
    assert again.entry.id == first.entry.id and again.item.decided_by == "kofi"
    assert int(sandbox.stats()["requests"].get("/campaign/create", 0)) == 1
    assert len(team.audit.list(action="review.approved")) == 1
    with pytest.raises(ReviewError) as other:  # someone else's late click still learns who decided
        review.approve(team, client, item.id, reviewer="ama", role="admin", fingerprint=item.fingerprint)
    assert other.value.code == "already_approved"


def test_the_first_administrator_is_signed_in_at_creation(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(passwords, "BCRYPT_ROUNDS", 4)
    admin = accounts.create_first_admin(store, username="awa", display_name="Awa", password=GOOD)
    assert admin.last_login_at is None
    accounts.record_first_sign_in(store, "AWA")
    assert store.users.get("awa").last_login_at is not None

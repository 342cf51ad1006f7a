"""Where a confirmed send goes (the composer's rules, without Streamlit): straight out, to review, or back
to the returned review it corrects; and a review's key never becomes a direct send."""

from __future__ import annotations

import pytest

from monsms_core import review
from monsms_core.accounts import Preferences, save_preferences
from monsms_core.compose import Recipient
from monsms_core.sending import SendKeyConflictError, build_plan
from monsms_core.sending.plan import SendPlan
from monsms_core.store import Store


def _plan(text: str = "Réunion des parents samedi à 9 h.") -> SendPlan:
    return build_plan([Recipient("2250707000001"), Recipient("2250505000002")], text, name="Réunion")


def _require_review(store: Store) -> None:
    save_preferences(store, Preferences(review_required=True), actor="admin")


def _returned(store: Store, send_key: str = "draft-r") -> review.ReviewItem:
    item = review.submit(store, _plan(), created_by="awa", send_key=send_key)
    return review.return_for_edits(store, item.id, reviewer="kofi", role="reviewer", comment="L'heure ?")


def test_only_senders_go_to_review_and_only_when_asked(store: Store) -> None:
    assert not review.goes_to_review(store, send_key="k", actor="awa", role="sender")
    _require_review(store)
    assert review.goes_to_review(store, send_key="k", actor="awa", role="sender")
    for role in ("admin", "reviewer", "viewer"):
        assert not review.goes_to_review(store, send_key="k", actor="awa", role=role)


def test_a_returned_review_goes_back_to_review_whatever_the_settings(store: Store) -> None:
    returned = _returned(store)
    assert review.goes_to_review(store, send_key="draft-r", actor="awa", role="admin")
    found = review.resubmittable(store, "draft-r", "awa")
    assert found is not None and found.id == returned.id
    assert review.resubmittable(store, "draft-r", "kofi") is None  # not the author's draft

    confirmed = review.confirm_send(
        store, _plan("Réunion à 10 h."), send_key="draft-r", actor="awa", role="admin", for_review=False
    )
    assert confirmed == review.Confirmed("resubmitted")
    again = review.get(store, returned.id)
    assert again is not None and (again.status, again.revision) == ("submitted", 2)
    assert store.outbox.get_by_key("draft-r") is None


def test_a_direct_send_goes_to_the_outbox_once(store: Store) -> None:
    first = review.confirm_send(store, _plan(), send_key="d-1", actor="awa", role="sender", for_review=False)
    second = review.confirm_send(store, _plan(), send_key="d-1", actor="awa", role="sender", for_review=False)
    assert first.route == "outbox" and first.entry is not None
    assert second.entry is not None and second.entry.id == first.entry.id
    assert store.reviews.get_by_key("d-1") is None


def test_what_the_screen_promised_for_review_is_never_sent_directly(store: Store) -> None:
    # The dialog said "submit for review"; the setting was switched off meanwhile: still a review.
    confirmed = review.confirm_send(store, _plan(), send_key="d-2", actor="a", role="sender", for_review=True)
    assert confirmed.route == "review" and confirmed.entry is None
    # And the other way round: the setting was switched on meanwhile, a sender's send waits for review.
    _require_review(store)
    late = review.confirm_send(store, _plan(), send_key="d-3", actor="awa", role="sender", for_review=False)
    assert late.route == "review"
    assert store.outbox.get_by_key("d-2") is None and store.outbox.get_by_key("d-3") is None


@pytest.mark.parametrize("status", ["submitted", "returned-to-another"])
def test_a_reviews_key_never_becomes_a_direct_send(store: Store, status: str) -> None:
    if status == "submitted":
        review.submit(store, _plan(), created_by="awa", send_key="shared")
    else:
        _returned(store, "shared")
    with pytest.raises(SendKeyConflictError):
        review.confirm_send(store, _plan(), send_key="shared", actor="kofi", role="admin", for_review=False)
    assert store.outbox.get_by_key("shared") is None

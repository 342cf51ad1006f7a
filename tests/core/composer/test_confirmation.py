"""The last checks of the confirmation dialog and whose draft a send key is: rules, tested without a page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monsms_core.client import MonSmsClient
from monsms_core.compose import Recipient
from monsms_core.composer import check_before_confirming, draft_records, foreign_draft
from monsms_core.sending import build_plan, submit
from monsms_core.store import Store
from monsms_sandbox.control import SandboxControl

PEOPLE = [Recipient("2250707123456"), Recipient("2250505123456")]


def test_a_plan_that_can_be_paid_is_ready_with_the_balance_after(
    client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    plan = build_plan(PEOPLE, "Réunion des parents samedi à 9h")
    readiness = check_before_confirming(plan, client)
    balance = client.user.credit()
    assert readiness.ready and readiness.balance == balance
    assert readiness.balance_after == balance - plan.total_credits == balance - 2


def test_a_schedule_that_passed_while_the_dialog_was_open_blocks(client: MonSmsClient) -> None:
    soon = datetime.now(UTC) + timedelta(minutes=10)
    plan = build_plan(PEOPLE, "Rappel", schedule=soon)
    later = soon + timedelta(minutes=1)
    readiness = check_before_confirming(plan, client, now=later)
    assert not readiness.ready and readiness.problem is not None
    assert readiness.problem.code == "schedule_in_past" and readiness.balance is None
    assert "passé" in readiness.problem.user_message("fr") or "pass" in readiness.problem.user_message("en")


def test_not_enough_credit_says_how_much_is_missing(
    client: MonSmsClient, sandbox: SandboxControl, api_key: str
) -> None:
    people = [Recipient(f"22507071234{i:02d}") for i in range(20)]
    plan = build_plan(people, "Promo")
    balance = client.user.credit()
    plan_cost = plan.total_credits
    spend = balance - plan_cost + 1  # leave one credit too few
    assert spend > 0
    client.campaigns.create("x" * 1, contacts=[f"2250101{i:06d}" for i in range(spend)])
    readiness = check_before_confirming(plan, client)
    assert readiness.problem is not None and readiness.problem.code == "shortfall"
    assert readiness.balance == plan_cost - 1


def test_someone_elses_send_key_is_not_this_users_draft(store: Store) -> None:
    plan = build_plan(PEOPLE, "Bonjour")
    submit(store, plan, created_by="awa", send_key="k-awa")
    sent = draft_records(store, "k-awa")
    assert not foreign_draft(*sent, "awa")
    assert foreign_draft(*sent, "kofi")
    assert not foreign_draft(*sent, "kofi", admin=True)
    assert not foreign_draft(*draft_records(store, "k-unused"), "kofi")  # a fresh key: anyone's new draft

"""The send plan: parts, credits, one chunk per distinct text, blockers, fingerprint and frozen payload."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from monsms_core.compose import Recipient, merge_recipients
from monsms_core.i18n import translate
from monsms_core.sending import (
    PlanIntegrityError,
    SendPlan,
    Weekly,
    build_plan,
    build_test_plan,
    check_affordable,
)
from monsms_core.sending.tags import campaign_name, chunk_tag, tags_in

ABIDJAN = ZoneInfo("Africa/Abidjan")
PHONES = [f"22507070000{i:02d}" for i in range(10)]


def _people(*first_names: str) -> list[Recipient]:
    return [Recipient(PHONES[i], {"Prénom": name}, "sheet") for i, name in enumerate(first_names)]


def test_plain_gsm_text_is_one_chunk_and_one_part_per_recipient() -> None:
    plan = build_plan(_people("Awa", "Koffi", "Aya"), "Bonjour ! Soldes ce samedi.", name="Soldes")
    assert plan.distinct_texts == 1 and plan.recipient_count == 3
    assert (plan.max_parts, plan.total_credits, plan.api_type) == (1, 3, "SMS")
    assert plan.chunks[0].encoding == "GSM-7" and plan.chunks[0].phones == tuple(PHONES[:3])
    assert plan.can_send and plan.unknown_fields == ()


def test_long_and_unicode_texts_cost_more_parts() -> None:
    long_gsm = "a" * 161  # just over one SMS: two parts of 153
    plan = build_plan(_people("Awa", "Koffi"), long_gsm)
    assert (plan.max_parts, plan.total_credits) == (2, 4)
    ucs2 = "Joyeuse fête ✨ " + "x" * 60  # the sparkle forces UCS-2: 70 per SMS, 67 per part
    plan = build_plan(_people("Awa", "Koffi", "Aya"), ucs2)
    assert plan.chunks[0].encoding == "UCS-2"
    assert (plan.max_parts, plan.total_credits) == (2, 6)


def test_personalised_texts_are_grouped_and_each_text_counts_its_own_parts() -> None:
    people = _people("Awa", "Koffi", "Awa", "Kouamé", "Koffi")
    plan = build_plan(people, "Bonjour {prénom} ! " + "x" * 140)
    assert [chunk.text[:14] for chunk in plan.chunks] == [
        "Bonjour Awa ! ",
        "Bonjour Koffi ",
        "Bonjour Kouamé",
    ]
    assert [chunk.phones for chunk in plan.chunks] == [
        (PHONES[0], PHONES[2]),
        (PHONES[1], PHONES[4]),
        (PHONES[3],),
    ]
    # 154, 156 and 157 characters ("é" is in the GSM alphabet): one SMS each.
    assert [chunk.parts for chunk in plan.chunks] == [1, 1, 1]
    longer = build_plan(people, "Bonjour {prénom} ! " + "x" * 145)  # 159, 161 and 162 characters
    assert [chunk.parts for chunk in longer.chunks] == [1, 2, 2]
    assert longer.total_credits == 2 * 1 + 2 * 2 + 1 * 2
    assert longer.longest_text.startswith("Bonjour Kouamé")


def test_missing_values_take_the_fallback() -> None:
    people = [*_people("Awa"), Recipient(PHONES[5], {}, "typed")]
    plan = build_plan(people, "Bonjour {Prénom}", fallbacks={"prénom": "cher client"})
    assert sorted(chunk.text for chunk in plan.chunks) == ["Bonjour Awa", "Bonjour cher client"]


def test_unknown_fields_block_sending() -> None:
    plan = build_plan(_people("Awa"), "Bonjour {prénom}, rendez-vous à {ville}")
    assert plan.unknown_fields == ("ville",)
    assert plan.blockers == ("unknown_fields",) and not plan.can_send
    assert "{ville}" in plan.blocker_messages("fr")[0]
    assert plan.chunks[0].text == "Bonjour Awa, rendez-vous à {ville}"


def test_duplicate_phones_are_sent_to_once_and_opt_outs_stay_out() -> None:
    people = _people("Awa", "Koffi")
    merged = merge_recipients(
        people, [Recipient(PHONES[0], {"Prénom": "Awa"}, "contacts")], optouts={PHONES[1]}
    )
    assert build_plan(merged, "Salut").recipient_count == 1
    assert build_plan([*people, people[0]], "Salut").recipient_count == 2


@pytest.mark.parametrize(
    ("text", "recipients", "kwargs", "blocker"),
    [
        ("   ", 1, {}, "empty_text"),
        ("{prénom}", 0, {}, "no_recipients"),
        ("Salut", 0, {}, "no_recipients"),
        ("Salut", 1, {"send_type": "FLASH", "schedule": datetime(2099, 1, 1, tzinfo=UTC)}, "flash_scheduled"),
        ("Salut", 1, {"schedule": datetime(2020, 1, 1, tzinfo=UTC)}, "schedule_in_past"),
        ("Salut", 1, {"schedule": Weekly((), time(8))}, "no_weekdays"),
    ],
)
def test_blockers(text: str, recipients: int, kwargs: dict[str, object], blocker: str) -> None:
    plan = build_plan(_people("Awa")[:recipients], text, **kwargs)  # type: ignore[arg-type]
    assert blocker in plan.blockers
    assert all(
        translate(f"sending.blocker.{code}", "fr") != f"sending.blocker.{code}" for code in plan.blockers
    )


def test_empty_personalised_message_blocks() -> None:
    plan = build_plan([Recipient(PHONES[0], {"prénom": ""})], "{prénom}")
    assert plan.blockers == ("empty_message",)


def test_schedules_map_to_api_types() -> None:
    later = datetime.now(ABIDJAN) + timedelta(days=2)
    scheduled = build_plan(_people("Awa"), "Salut", schedule=later)
    assert scheduled.api_type == "SCHEDULED" and scheduled.schedule == later.replace(microsecond=0)
    weekly = build_plan(_people("Awa"), "Salut", schedule=Weekly(("friday", "monday", "friday"), time(8, 30)))
    assert weekly.api_type == "RECURRING"
    assert weekly.schedule == Weekly(("monday", "friday"), time(8, 30))
    assert build_plan(_people("Awa"), "Salut", send_type="FLASH").api_type == "FLASH"
    with pytest.raises(ValueError, match="timezone-aware"):
        build_plan(_people("Awa"), "Salut", schedule=datetime(2099, 1, 1))
    with pytest.raises(ValueError, match="weekday"):
        Weekly(("lundi",), time(8))


def test_fingerprint_is_stable_and_sees_every_edit() -> None:
    people = _people("Awa", "Koffi", "Aya")
    base = build_plan(people, "Bonjour {prénom}", sender_id="BOUTIK", name="Promo")
    assert build_plan(
        list(reversed(people)), "Bonjour {prénom}", sender_id="BOUTIK", name="Promo"
    ).fingerprint == (base.fingerprint)
    edits = [
        build_plan(people, "Bonjour {prénom} !", sender_id="BOUTIK", name="Promo"),
        build_plan(people[:2], "Bonjour {prénom}", sender_id="BOUTIK", name="Promo"),
        build_plan(people, "Bonjour {prénom}", sender_id="ECOLE", name="Promo"),
        build_plan(people, "Bonjour {prénom}", sender_id="BOUTIK", name="Promo", send_type="FLASH"),
        build_plan(
            people,
            "Bonjour {prénom}",
            sender_id="BOUTIK",
            name="Promo",
            schedule=datetime(2099, 1, 1, tzinfo=UTC),
        ),
        build_plan(_people("Awa", "Koffi", "Ayo"), "Bonjour {prénom}", sender_id="BOUTIK", name="Promo"),
    ]
    assert len({plan.fingerprint for plan in [base, *edits]}) == 1 + len(edits)


def test_payload_round_trip_and_tamper_detection() -> None:
    later = datetime(2099, 6, 14, 9, 0, tzinfo=ABIDJAN)
    for schedule in (None, later, Weekly(("saturday",), time(7))):
        plan = build_plan(_people("Awa", "Koffi"), "Bonjour {prénom}", schedule=schedule, sender_id="BOUTIK")
        payload = plan.to_payload()
        assert payload["credits"] == 2 and payload["recipients"] == 2
        assert SendPlan.from_payload(payload) == plan
    tampered = plan.to_payload()
    tampered["chunks"][0]["phones"].append(PHONES[9])
    with pytest.raises(PlanIntegrityError):
        SendPlan.from_payload(tampered)


def test_check_affordable() -> None:
    plan = build_plan(_people("Awa", "Koffi", "Aya"), "a" * 200)  # 2 parts × 3
    assert check_affordable(plan, 6) is None
    shortfall = check_affordable(plan, 4)
    assert shortfall is not None and (shortfall.needed, shortfall.available, shortfall.missing) == (6, 4, 2)
    assert "6" in shortfall.user_message("fr") and "2" in shortfall.user_message("en")


def test_test_plan_is_one_personalised_recipient() -> None:
    plan = build_test_plan("Bonjour {prénom}", PHONES[0], fields={"prenom": "Awa"}, sender_id="BOUTIK")
    assert plan.test and plan.recipient_count == 1 and plan.schedule is None
    assert plan.chunks[0].text == "Bonjour Awa"


def test_tags_are_stable_distinct_and_found_in_names() -> None:
    tags = {chunk_tag("draft-1", i) for i in range(50)} | {chunk_tag("draft-2", 0)}
    assert len(tags) == 51 and chunk_tag("draft-1", 3) == chunk_tag("draft-1", 3)
    tag = chunk_tag("draft-1", 1)
    name = campaign_name("  Promo   Tabaski ", tag, 1, 3)
    assert name == f"Promo Tabaski (2/3) · #{tag}"
    assert tags_in(name) == {tag} and tags_in(f"#{tag}0") == set() and tags_in(None) == set()
    assert campaign_name("", tag, 0, 1) == f"#{tag}"
    assert tags_in(campaign_name("x" * 500, tag, 0, 1)) == {tag}


def test_a_text_per_recipient_beyond_the_campaign_limit_blocks() -> None:
    people = [Recipient(f"22507{i:08d}", {"montant": str(1000 + i)}) for i in range(10_001)]
    plan = build_plan(people, "Solde restant : {montant} FCFA")
    assert plan.distinct_texts == 10_001 and plan.blockers == ("too_many_campaigns",)
    assert build_plan(people[:10], "Solde : {montant} F").estimated_seconds(5) == 2.0

"""The composer's draft kept in the store: per send key and user, restored whole, never for another user,
cleared once sent; the sheet's rows written only when the list changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pandas as pd

from monsms_core.compose import Recipient, render
from monsms_core.composer import drafts, import_recipients
from monsms_core.composer.drafts import Draft, SavedList
from monsms_core.store import Store

KEY = "0" * 31 + "1"


def _sheet(key: str = "upload-1", count: int = 3) -> SavedList:
    frame = pd.DataFrame(
        {
            "phone": [f"22507000000{i:02d}" for i in range(count)],
            "first_name": ["Awa", "Koffi", None][:count] + ["Zoé"] * max(0, count - 3),
            "Montant": [15000.0, 2500.5, None][:count] + [1.0] * max(0, count - 3),
            "Échéance": [pd.Timestamp("2026-01-31"), None, pd.Timestamp("2026-02-01 08:30")][:count]
            + [None] * max(0, count - 3),
        }
    )
    people = tuple(import_recipients(frame, ["Montant", "Échéance"], "file:parents.xlsx"))
    return SavedList(key, "sheet", "parents.xlsx", people, (count, 2, 1))


def _full_draft() -> Draft:
    return Draft(
        typed="07 07 12 34 56\n0505123456",
        contacts=("c1", "c2"),
        groups=("g9",),
        sheet=_sheet(),
        handed=SavedList("h1", "campaign", "« Arrivage »", (Recipient("2250101010101", {"nom": "Kra"}),)),
        text="Bonjour {prénom}, votre solde est de {Montant} F avant le {Échéance}.",
        fallbacks=(("prénom", "cher parent"),),
        accents=True,
        sender="ECOLE",
        send_type="FLASH",
        when="weekly",
        days=("monday", "friday"),
        weekly_at=time(8, 30),
        name="Relance",
    )


def test_a_saved_draft_comes_back_whole(store: Store) -> None:
    draft = _full_draft()
    assert drafts.save(store, "awa", KEY, draft)
    loaded = drafts.load(store, "awa", KEY)
    assert loaded == draft
    assert loaded is not None and loaded.sheet is not None and draft.sheet is not None
    assert [r.phone for r in loaded.sheet.recipients] == [r.phone for r in draft.sheet.recipients]
    assert {r.source for r in loaded.sheet.recipients} == {"file:parents.xlsx"}
    assert loaded.sheet.counts == (3, 2, 1)
    assert loaded.handed is not None and loaded.handed.recipients == draft.handed.recipients  # type: ignore[union-attr]
    # The restored rows render every message exactly as the checked rows did.
    for before, after in zip(draft.sheet.recipients, loaded.sheet.recipients, strict=True):
        assert render(draft.text, after.fields, dict(draft.fallbacks)) == render(
            draft.text, before.fields, dict(draft.fallbacks)
        )


def test_a_once_schedule_round_trips_and_says_when_it_passed(store: Store) -> None:
    draft = Draft(text="Réunion", when="once", day=date(2030, 6, 14), at=time(9, 0))
    drafts.save(store, "awa", KEY, draft)
    assert drafts.load(store, "awa", KEY) == draft
    now = datetime(2030, 6, 14, 9, 0, tzinfo=UTC)
    assert drafts.is_past(draft, now)
    assert not drafts.is_past(draft, now - timedelta(minutes=1))
    assert not drafts.is_past(Draft(when="now"), now)


def test_another_user_never_gets_the_draft_nor_overwrites_it(store: Store) -> None:
    drafts.save(store, "awa", KEY, Draft(text="Mon brouillon"))
    assert drafts.load(store, "kofi", KEY) is None
    assert drafts.foreign(store, "kofi", KEY)
    assert not drafts.foreign(store, "awa", KEY)
    assert not drafts.foreign(store, "kofi", "f" * 32)  # no draft there: free
    assert drafts.save(store, "kofi", KEY, Draft(text="Le sien")) is False
    assert drafts.load(store, "awa", KEY) == Draft(text="Mon brouillon")
    assert drafts.clear(store, "kofi", KEY) is False
    assert drafts.load(store, "awa", KEY) is not None


def test_saving_again_updates_and_clear_removes(store: Store) -> None:
    drafts.save(store, "awa", KEY, Draft(text="un"))
    drafts.save(store, "awa", KEY, Draft(text="deux", groups=("g1",)))
    assert drafts.load(store, "awa", KEY) == Draft(text="deux", groups=("g1",))
    assert drafts.clear(store, "awa", KEY) is True
    assert drafts.load(store, "awa", KEY) is None
    assert drafts.clear(store, "awa", KEY) is False


def test_the_rows_are_rewritten_only_when_the_list_changes(store: Store) -> None:
    first = _sheet("upload-1", 3)
    drafts.save(store, "awa", KEY, Draft(text="a", sheet=first))
    # Same list key: the stored rows are kept as they are (the page does not resend 100,000 rows).
    stale = SavedList("upload-1", "sheet", "parents.xlsx", (), (0, 0, 0))
    drafts.save(store, "awa", KEY, Draft(text="b", sheet=stale))
    loaded = drafts.load(store, "awa", KEY)
    assert loaded is not None and loaded.text == "b" and loaded.sheet is not None
    assert len(loaded.sheet.recipients) == 3
    drafts.save(store, "awa", KEY, Draft(text="c", sheet=_sheet("upload-2", 5)))
    loaded = drafts.load(store, "awa", KEY)
    assert loaded is not None and loaded.sheet is not None and len(loaded.sheet.recipients) == 5
    drafts.save(store, "awa", KEY, Draft(text="d"))
    loaded = drafts.load(store, "awa", KEY)
    assert loaded is not None and loaded.sheet is None


def test_emptiness(store: Store) -> None:
    assert Draft().empty
    assert Draft(sender="ECOLE", send_type="FLASH", accents=True).empty  # choices kept from draft to draft
    assert not Draft(text=" ").empty
    assert not Draft(groups=("g",)).empty


def test_old_untouched_drafts_go_when_one_is_sent(store: Store) -> None:
    drafts.save(store, "awa", KEY, Draft(text="ancien"))
    drafts.save(store, "awa", "a" * 32, Draft(text="envoyé"))
    store.composer_drafts.purge(datetime.now(UTC) - timedelta(days=1))  # nothing that old yet
    assert drafts.load(store, "awa", KEY) is not None
    assert store.composer_drafts.purge(datetime.now(UTC) + timedelta(seconds=1)) == 2
    assert drafts.load(store, "awa", KEY) is None

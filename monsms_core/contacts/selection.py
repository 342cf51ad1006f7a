"""Contacts ticked in a table, held by contact id rather than by row position.

A table widget reports ticks as row positions. Rows move (an edit re-sorts the list, another page or a
search shows other people), so positions alone would leave the tick on whoever lands on that row. A
`Picked` remembers which ids were on which rows when the table was last drawn (`shown`): a click is read
against that list, and before the next draw the ticks are placed where the chosen people are now.
People ticked on another page or before a search stay chosen (the page lists them by name).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from monsms_core.client.models import Contact
from monsms_core.contacts.names import names_sentence, short_name


def contact_of(row: Mapping[str, object]) -> Contact:
    """A Contact from a row of the index columns (`index.COLUMNS`)."""
    created = row.get("created_at")

    def text(key: str) -> str | None:
        value = row.get(key)
        return str(value) if isinstance(value, str) and value else None

    return Contact(
        id=text("id"),
        phone=text("phone"),
        name=text("name"),
        first_name=text("first_name"),
        last_name=text("last_name"),
        sex=text("sex"),
        created_at=None if created is None or pd.isna(created) else pd.Timestamp(created).to_pydatetime(),
    )


def frame_contacts(frame: pd.DataFrame) -> list[Contact]:
    """The rows of a frame of index columns as contacts, in order."""
    return [contact_of(row) for row in frame.to_dict("records")]


@dataclass(frozen=True)
class Picked:
    """The chosen contacts (by id, in the order they were ticked) and the rows last drawn."""

    chosen: Mapping[str, Contact] = field(default_factory=dict)  # never mutated: each change is a copy
    shown: tuple[Contact, ...] = ()

    @property
    def ids(self) -> list[str]:
        """The chosen contacts' ids, in the order they were ticked."""
        return list(self.chosen)

    @property
    def contacts(self) -> list[Contact]:
        """The chosen contacts, in the order they were ticked."""
        return list(self.chosen.values())

    def __len__(self) -> int:
        return len(self.chosen)

    def _with(self, chosen: dict[str, Contact], shown: tuple[Contact, ...] | None = None) -> Picked:
        return Picked(chosen, self.shown if shown is None else shown)

    def after_click(self, rows: Iterable[int]) -> Picked:
        """Read the table's ticked positions against the rows last drawn: the people on those rows are
        chosen exactly as ticked (newly ticked ones after the others, in row order); people chosen
        elsewhere stay chosen."""
        ticked = {self.shown[row].id or "" for row in rows if 0 <= row < len(self.shown)} - {""}
        on_screen = {c.id for c in self.shown}
        kept = {cid: c for cid, c in self.chosen.items() if cid not in on_screen or cid in ticked}
        for contact in self.shown:
            if contact.id and contact.id in ticked and contact.id not in kept:
                kept[contact.id] = contact
        return self._with(kept)

    def draw(self, contacts: Sequence[Contact]) -> tuple[Picked, list[int]]:
        """The state for drawing `contacts` as the table's rows, and the positions to tick there (where
        the chosen people are now). Chosen records are refreshed from the rows (an edited name)."""
        shown = tuple(contacts)
        chosen = dict(self.chosen)
        rows: list[int] = []
        for position, contact in enumerate(contacts):
            if contact.id and contact.id in chosen:
                chosen[contact.id] = contact
                rows.append(position)
        return self._with(chosen, shown), rows

    def updated(self, contact: Contact) -> Picked:
        """The same choice with a chosen contact's record replaced (after an edit)."""
        if not contact.id or contact.id not in self.chosen:
            return self
        return self._with({**self.chosen, contact.id: contact})

    def without(self, ids: Iterable[str]) -> Picked:
        """The choice minus these contacts (deleted, or taken out of the group). The table's ticks as
        last drawn are then ignored once: still pointing at those people, they would choose them again
        (the next draw places the ticks afresh)."""
        gone = set(ids)
        return Picked({cid: c for cid, c in self.chosen.items() if cid not in gone}, ())

    def cleared(self) -> Picked:
        """Nobody chosen (the table's ticks as last drawn are ignored once, as in `without`)."""
        return Picked({}, ())

    def hidden_count(self) -> int:
        """How many chosen people are not among the rows last drawn (other pages, other searches)."""
        on_screen = {c.id for c in self.shown}
        return sum(1 for cid in self.chosen if cid not in on_screen)

    def names(self, lang: str = "fr") -> str:
        """Who is chosen, as a sentence part ("Awa, Koffi et Marie")."""
        return names_sentence([short_name(c) for c in self.chosen.values()], lang)

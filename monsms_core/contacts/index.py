"""A searchable snapshot of every contact of an account: (id, phone, names, sex, creation date).

Why an index: the API's `/contact/list` has no search parameter (contract: list params only), so
finding "Konan" or "0707…" among 100,000 contacts means reading them all. The index is built once
through the client's page iterator (up to 1,000 contacts per request, as many as the server serves,
read until an empty page so a lower cap never truncates it; oldest first so contacts created
meanwhile land on later pages instead of shifting earlier ones), kept in memory per account with a short
time-to-live, patched after the dashboard's own changes (import, edit, delete) and rebuilt on demand.
Searching it is a handful of vectorised pandas passes: milliseconds at 100,000 contacts. It also gives
the importer the account's phones (duplicates) and the id of each phone (group membership).

`IndexHolder` is the thread-safe slot one account's sessions share (the page keeps one per account in
`st.cache_resource`); the snapshot itself is immutable.
"""

from __future__ import annotations

import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np
import pandas as pd

from monsms_core.client import MonSmsClient
from monsms_core.client.models import Contact

COLUMNS = ("id", "phone", "name", "first_name", "last_name", "sex", "created_at")
PAGE_SIZE = 1000  # asked per call (fewest requests); a lower server cap is detected by the iterator
DEFAULT_TTL_SECONDS = 300.0
_NOT_DIGIT = re.compile(r"\D+")
_PHONE_QUERY = re.compile(r"^[\d\s.\-+/()]+$")

Progress = Callable[[int], None]  # contacts read so far


def fold(text: str) -> str:
    """Lower case without accents: "Kouamé" and "KOUAME" both become "kouame"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _fold_series(series: pd.Series) -> pd.Series:
    # Each distinct text once: names repeat a lot (first names especially).
    codes, uniques = pd.factorize(series.fillna(""))
    folded = np.array([fold(str(value)) for value in uniques] + [""], dtype=object)
    return pd.Series(folded[np.where(codes < 0, len(uniques), codes)], index=series.index, dtype=object)


def contacts_frame(contacts: Iterable[Contact]) -> pd.DataFrame:
    """Contacts as a frame of COLUMNS ("" for missing text, NaT for a missing date)."""
    records = [
        (c.id or "", c.phone or "", c.name or "", c.first_name or "", c.last_name or "", c.sex or "",
         c.created_at)
        for c in contacts
    ]  # fmt: skip
    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
    return frame


@dataclass(frozen=True, eq=False)
class ContactIndex:
    """Every contact of an account at `built_at`, ready to search. Do not mutate `frame`."""

    frame: pd.DataFrame  # COLUMNS, one row per contact, newest first
    built_at: datetime
    build_seconds: float = 0.0
    _haystack: pd.Series = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._haystack is None:
            names = self.frame["name"] + " " + self.frame["first_name"] + " " + self.frame["last_name"]
            object.__setattr__(self, "_haystack", _fold_series(names))

    def __len__(self) -> int:
        return len(self.frame)

    def age_seconds(self, now: datetime | None = None) -> float:
        """How old the snapshot is."""
        return ((now or datetime.now(UTC)) - self.built_at).total_seconds()

    def phones(self) -> frozenset[str]:
        """Every phone of the account (API form), for duplicate detection."""
        return frozenset(self.frame["phone"].tolist())

    def id_by_phone(self) -> dict[str, str]:
        """The id of one contact per phone (the oldest when a phone was stored twice)."""
        oldest_first = self.frame.iloc[::-1]
        return dict(zip(oldest_first["phone"].tolist(), oldest_first["id"].tolist(), strict=True))

    def search(self, query: str, limit: int | None = None) -> pd.DataFrame:
        """Contacts matching `query`, newest first.

        A query made of digits and phone punctuation ("07 07 12 34 56", "+225 0707") matches phones
        containing those digits (so the national form finds the international one). Any other query is
        cut into words, each of which must appear in the names (accents and case ignored), or in the phone
        for a word of digits. An empty query matches everything.
        """
        text = query.strip()
        if not text:
            found = self.frame
        elif _PHONE_QUERY.match(text) and len(digits := _NOT_DIGIT.sub("", text)) >= 2:
            if digits.startswith("00"):
                digits = digits[2:]
            found = self.frame[self.frame["phone"].str.contains(digits, regex=False)]
        else:
            mask = np.ones(len(self.frame), dtype=bool)
            for word in fold(text).split():
                in_names = self._haystack.str.contains(word, regex=False).to_numpy(dtype=bool)
                if word.isdigit():
                    in_names |= self.frame["phone"].str.contains(word, regex=False).to_numpy(dtype=bool)
                mask &= in_names
            found = self.frame[mask]
        return found if limit is None else found.head(limit)

    def with_changes(
        self,
        *,
        added: Sequence[Contact] | pd.DataFrame = (),
        updated: Sequence[Contact] = (),
        removed_ids: Iterable[str] = (),
    ) -> ContactIndex:
        """A new snapshot with the dashboard's own changes applied (the age is kept: it still only knows
        about other changes up to `built_at`)."""
        removed = set(removed_ids) | {c.id for c in updated if c.id}
        frame = self.frame[~self.frame["id"].isin(removed)] if removed else self.frame
        added_frame = added if isinstance(added, pd.DataFrame) else contacts_frame(added)
        new_rows = [part for part in (added_frame, contacts_frame(updated)) if len(part)]
        if new_rows:
            frame = pd.concat([*new_rows, frame], ignore_index=True)
            frame = frame.drop_duplicates("id", keep="first")
        return ContactIndex(frame.reset_index(drop=True), self.built_at, self.build_seconds)


def build_index(
    client: MonSmsClient,
    *,
    progress: Progress | None = None,
    page_size: int = PAGE_SIZE,
    stop: threading.Event | None = None,
) -> ContactIndex:
    """Read every contact of the account (one request per `page_size` contacts) into an index.

    Raises the client's MonSmsError when a page cannot be read after its retries; InterruptedError when
    `stop` is set.
    """
    started = time.monotonic()
    built_at = datetime.now(UTC)
    contacts: list[Contact] = []
    for contact in client.contacts.iterate(count=page_size, sort="asc", order_by="createdAt"):
        contacts.append(contact)
        if len(contacts) % page_size == 0:
            if progress is not None:
                progress(len(contacts))
            if stop is not None and stop.is_set():
                raise InterruptedError("index build stopped")
    frame = contacts_frame(reversed(contacts))
    frame = frame[frame["id"] != ""].drop_duplicates("id", keep="first").reset_index(drop=True)
    if progress is not None:
        progress(len(frame))
    return ContactIndex(frame, built_at, time.monotonic() - started)


class IndexHolder:
    """One account's current index, shared by its sessions: built once, reused until `ttl_seconds`."""

    def __init__(self, ttl_seconds: float = DEFAULT_TTL_SECONDS) -> None:
        self.ttl_seconds = ttl_seconds
        self._index: ContactIndex | None = None
        self._lock = threading.Lock()  # guards _index
        self._build_lock = threading.Lock()  # one build at a time: a second session waits, then reuses it

    def __repr__(self) -> str:
        index = self._index
        return f"IndexHolder(contacts={len(index) if index else None}, ttl_seconds={self.ttl_seconds})"

    def current(self, *, allow_stale: bool = False) -> ContactIndex | None:
        """The index if there is one younger than the TTL (or any, with `allow_stale`)."""
        with self._lock:
            index = self._index
        if index is None or (not allow_stale and index.age_seconds() > self.ttl_seconds):
            return None
        return index

    def get(
        self, client: MonSmsClient, *, progress: Progress | None = None, refresh: bool = False
    ) -> ContactIndex:
        """The current index, building it first when missing, expired or when `refresh` is asked."""
        if not refresh and (index := self.current()) is not None:
            return index
        asked_at = datetime.now(UTC)
        with self._build_lock:
            with self._lock:
                index = self._index
            if index is not None and index.built_at >= asked_at:
                return index  # another session built it while we waited
            if not refresh and index is not None and index.age_seconds() <= self.ttl_seconds:
                return index
            index = build_index(client, progress=progress)
            with self._lock:
                self._index = index
            return index

    def patch(
        self,
        *,
        added: Sequence[Contact] | pd.DataFrame = (),
        updated: Sequence[Contact] = (),
        removed_ids: Iterable[str] = (),
    ) -> None:
        """Apply the dashboard's own changes to the current index (nothing to do when there is none)."""
        with self._lock:
            if self._index is not None:
                self._index = self._index.with_changes(added=added, updated=updated, removed_ids=removed_ids)

    def invalidate(self) -> None:
        """Forget the index: the next `get` rebuilds it."""
        with self._lock:
            self._index = None

"""Pausing Python's cyclic garbage collector around allocation-heavy steps of an import."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a step allocates millions of small objects (calamine's
    rows, the phones module's results).

    Otherwise the collector re-scans every live object again and again: a third of the time of a
    million-row check. Reference counting still frees everything as usual; whatever forms cycles is
    collected once the collector is back. It is switched back on at the end only if it was on at the
    start, so it never stays off (another session's import in between only shortens the pause).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

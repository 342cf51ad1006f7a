"""Work that runs beside the page that started it (a daemon thread watched by that page)."""

from __future__ import annotations

from monsms_core.background.job import BackgroundJob

__all__ = ["BackgroundJob"]

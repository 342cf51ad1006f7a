"""How big a file the importer accepts. Pass another `ImportLimits` to change them for one call."""

from __future__ import annotations

from dataclasses import dataclass

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class ImportLimits:
    """Ceilings checked before any heavy work, so an absurd file costs milliseconds, not the server."""

    max_file_bytes: int = 50 * MEGABYTE
    max_rows: int = 1_048_576  # a sheet's own ceiling in Excel/LibreOffice: a million contacts + titles fit
    # Zipped workbooks (xlsx, ods): checked from the zip directory BEFORE anything is decompressed.
    max_uncompressed_bytes: int = 1024 * MEGABYTE
    max_compression_ratio: float = 200.0  # real sheets compress 5-30×; zip bombs 1000× and more
    ratio_checked_above_bytes: int = MEGABYTE  # tiny members may compress absurdly well, harmlessly
    max_zip_members: int = 10_000


DEFAULT_LIMITS = ImportLimits()

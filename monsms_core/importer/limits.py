"""How big a file the importer accepts, and what the process that reads it may use: ONE table, checked
in this order. Pass another `ImportLimits` to change them for one call (tests, the CLI).

| limit                   | default     | checked                                   | answer says           |
|-------------------------|-------------|-------------------------------------------|-----------------------|
| max_file_bytes          | 50 MB       | size of the upload, before anything       | split the file        |
| max_rows                | 1,048,576   | streaming count of lines (text), then read | split the file        |
| max_columns             | 16,384      | widest line (separators counted), read    | remove columns        |
| max_cells               | 20,000,000  | rows × widest line                        | remove columns/split  |
| max_uncompressed_bytes  | 1 GB        | zip directory of xlsx/ods                 | re-save the file      |
| child_memory_bytes      | 1.5 GB      | address space of the reading process      | split the file        |
| child_cpu_seconds       | 120 s       | CPU time of the reading process           | split the file        |

The reading and checking happen in a child process (`importer.isolated`) held to the last two.
"""

from __future__ import annotations

from dataclasses import dataclass

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class ImportLimits:
    """Ceilings checked before any heavy work, so an absurd file costs milliseconds, not the server."""

    max_file_bytes: int = 50 * MEGABYTE
    max_rows: int = 1_048_576  # a sheet's own ceiling in Excel/LibreOffice: a million contacts + titles fit
    max_columns: int = 16_384  # Excel's widest sheet (column XFD)
    max_cells: int = 20_000_000  # a million contacts with 20 columns; memory grows with cells, not rows
    # Zipped workbooks (xlsx, ods): checked from the zip directory BEFORE anything is decompressed.
    max_uncompressed_bytes: int = 1024 * MEGABYTE
    max_compression_ratio: float = 200.0  # real sheets compress 5-30×; zip bombs 1000× and more
    ratio_checked_above_bytes: int = MEGABYTE  # tiny members may compress absurdly well, harmlessly
    max_zip_members: int = 10_000
    # The child process that reads and checks: a million rows peak near 0.9 GB (bench/README.md).
    child_memory_bytes: int = 1536 * MEGABYTE
    child_cpu_seconds: int = 120
    child_wall_seconds: int = 240  # waiting on a disk or a busy machine: CPU time alone is not enough


DEFAULT_LIMITS = ImportLimits()

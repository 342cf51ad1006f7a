"""Helpers for the importer suites: the committed fixtures, small workbooks built in memory, and
hostile files (zip bombs, OLE2 containers) built byte by byte."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path

import xlsxwriter

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "spreadsheets"
SOURCES = FIXTURES / "src"

_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def fixture_bytes(name: str) -> bytes:
    """A committed fixture (made by scripts/make_spreadsheet_fixtures.sh, or a source)."""
    path = FIXTURES / name
    return path.read_bytes() if path.exists() else (SOURCES / name).read_bytes()


def xlsx_bytes(rows: Sequence[Sequence[object]], sheet: str = "Feuil1", *, start_row: int = 0) -> bytes:
    """An xlsx with `rows` from spreadsheet row `start_row + 1`; None leaves a cell empty. Strings are
    written as text (never as formulas), numbers as numbers."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"strings_to_formulas": False, "strings_to_numbers": False})
    worksheet = workbook.add_worksheet(sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, int | float):
                worksheet.write_number(start_row + r, c, value)
            else:
                worksheet.write_string(start_row + r, c, str(value))
    workbook.close()
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip archive holding `members`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


SPREADSHEET_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.spreadsheetml.sheet.main+xml"/></Types>'
)


def zip_bomb_xlsx(uncompressed_mb: int = 40) -> bytes:
    """An "xlsx" whose sheet inflates from a few tens of KB to `uncompressed_mb` MB (ratio ~1000)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", SPREADSHEET_TYPES)
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(uncompressed_mb):
                member.write(chunk)
    return buffer.getvalue()


def lying_zip_xlsx() -> bytes:
    """An "xlsx" whose sheet member declares 1,000 bytes in the zip directory but inflates to 2 MB: only
    streaming the member shows the lie (as a CRC/size error)."""
    members = {"[Content_Types].xml": SPREADSHEET_TYPES, "xl/worksheets/sheet1.xml": b"A" * 2_000_000}
    data = bytearray(zip_bytes(members))
    name = b"xl/worksheets/sheet1.xml"
    local = data.find(b"PK\x03\x04" + b"\x14\x00", 0)
    while local != -1:  # patch the uncompressed size in the local header of the sheet member
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if bytes(data[local + 30 : local + 30 + name_length]) == name:
            struct.pack_into("<I", data, local + 22, 1000)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:  # and in its central directory entry
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + name_length]) == name:
            struct.pack_into("<I", data, central + 24, 1000)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal but well-formed OLE2 compound file (MS-CFB version 3, 512-byte sectors) holding
    `streams` at the root — the container of xls files and of password-protected xlsx files (streams
    "EncryptionInfo" and "EncryptedPackage"). Streams are padded to 4096 bytes so that they live in
    regular sectors (no mini stream); at most three streams."""
    names = list(streams)
    assert len(names) <= 3, "one directory sector holds the root and three streams"
    payloads = [streams[name].ljust(4096, b"\0") for name in names]
    fat = [_FAT, _END]  # sector 0: the FAT itself; sector 1: the directory
    starts = []
    for payload in payloads:
        count = len(payload) // 512 + (len(payload) % 512 > 0)
        first = len(fat)
        starts.append(first)
        fat.extend(range(first + 1, first + count))
        fat.append(_END)
    fat.extend([_FREE] * (128 - len(fat)))
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 0x28, 0, 1, 1, 0, 4096, _END, 0, _END, 0)
    difat = [0] + [_FREE] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0"
        raw[: len(encoded)] = encoded
        struct.pack_into("<HBBIII", raw, 64, len(encoded), kind, 1, _FREE, right, child)
        struct.pack_into("<IQ", raw, 116, start, size)
        return bytes(raw)

    # siblings ordered by (length, upper-case name) as the format wants: a right-leaning chain
    order = sorted(range(len(names)), key=lambda i: (len(names[i]), names[i].upper()))
    ids = {index: position + 1 for position, index in enumerate(order)}
    directory = entry("Root Entry", 5, ids[order[0]] if order else _FREE, _FREE, _END, 0)
    for position, index in enumerate(order):
        right = ids[order[position + 1]] if position + 1 < len(order) else _FREE
        directory += entry(names[index], 2, _FREE, right, starts[index], len(payloads[index]))
    directory = directory.ljust(512, b"\0")
    return bytes(header) + struct.pack("<128I", *fat) + directory + b"".join(payloads)

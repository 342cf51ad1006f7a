"""What a file really is, from its bytes (never from its name), and whether it is safe to open.

- A zip (PK…) is an xlsx/xlsm/xlsb when its [Content_Types].xml says spreadsheetml, an ods when its
  `mimetype` member says so; a docx, an odt, an Apple Numbers file or a plain archive is named as such.
  Member sizes and compression ratios are checked from the zip directory BEFORE decompressing anything
  (zip bombs), then every member is streamed once to prove the directory told the truth (CRC and sizes:
  Python's zipfile stops at the declared size and checks the CRC, so a lying member fails cheaply).
- An OLE2 compound file (D0CF11E0…) is an xls when it holds a "Workbook"/"Book" stream, a
  password-protected OOXML when it holds "EncryptedPackage" (that is how Excel stores an encrypted
  xlsx), a Word/PowerPoint file otherwise: its directory is read with the standard library.
- Anything else is text (CSV, Excel's "Unicode text") when it decodes as such: UTF-8 (with or without
  BOM), UTF-16 (BOM), else Windows-1252; PDFs, images, programs, web pages and noise get one sentence.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePath

from monsms_core.importer.limits import DEFAULT_LIMITS, MEGABYTE, ImportLimits
from monsms_core.importer.problems import ImportProblem

SPREADSHEET_KINDS = ("xlsx", "xlsb", "xls", "ods")
_SPREADSHEET_EXTENSIONS = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv", ".txt", ".tsv"})
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_OLE_END = 0xFFFFFFFA  # sector numbers from here on are markers (end of chain, free, FAT, DIFAT)
# Leading bytes of formats people upload by mistake, with the kind named in the message.
_MAGIC_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF87a", "image"),
    (b"GIF89a", "image"),
    (b"RIFF", "media"),
    (b"Rar!\x1a\x07", "archive"),
    (b"7z\xbc\xaf\x27\x1c", "archive"),
    (b"\x1f\x8b", "archive"),
    (b"\x7fELF", "program"),
    (b"{\\rtf", "rtf"),
)
_SAMPLE = 64 * 1024
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 13))


@dataclass(frozen=True)
class Sniffed:
    """The real format of a file: a workbook kind, or "text" with its decoded content."""

    kind: str  # "xlsx" | "xlsb" | "xls" | "ods" | "text"
    encoding: str | None = None  # for text: "utf-8", "utf-8-sig", "utf-16", "cp1252"
    text: str | None = None  # for text: the whole decoded file


def sniff(data: bytes, filename: str = "", limits: ImportLimits = DEFAULT_LIMITS) -> Sniffed:
    """The format of `data`, or an `ImportProblem` saying in one sentence why it cannot be read.

    `filename` only words the message ("this .xlsx file is a PDF"); it never decides the format.
    """
    if not data:
        raise ImportProblem("empty_file")
    if len(data) > limits.max_file_bytes:
        raise ImportProblem("too_large", limit_mb=max(1, round(limits.max_file_bytes / MEGABYTE)))
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return Sniffed(_inspect_zip(data, filename, limits))
    if data.startswith(_OLE_MAGIC):
        return Sniffed(_inspect_ole(data, filename))
    for magic, kind in _MAGIC_KINDS:
        if data.startswith(magic):
            raise _not_a_spreadsheet(kind, filename)
    if data.startswith(b"MZ") and b"\x00" in data[:64]:
        raise _not_a_spreadsheet("program", filename)
    return _inspect_text(data, filename)


def _not_a_spreadsheet(kind: str, filename: str) -> ImportProblem:
    """The sentence for a known non-spreadsheet format, naming the extension when it lied."""
    extension = PurePath(filename).suffix.lower()
    if extension in _SPREADSHEET_EXTENSIONS:
        return ImportProblem("disguised", kind=kind, extension=extension)
    return ImportProblem("not_a_spreadsheet", kind=kind)


def _inspect_zip(data: bytes, filename: str, limits: ImportLimits) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, OSError) as error:
        raise ImportProblem("damaged") from error
    if len(members) > limits.max_zip_members:
        raise ImportProblem("zip_bomb")
    if sum(member.file_size for member in members) > limits.max_uncompressed_bytes:
        raise ImportProblem("zip_bomb")
    for member in members:
        if member.file_size <= limits.ratio_checked_above_bytes:
            continue
        ratio = member.file_size / member.compress_size if member.compress_size > 0 else float("inf")
        if ratio > limits.max_compression_ratio:
            raise ImportProblem("zip_bomb")
    with archive:
        kind = _zip_kind(archive)
        if kind not in SPREADSHEET_KINDS:
            raise _not_a_spreadsheet(kind, filename)
        _verify_members(archive, members)
    return kind


def _zip_kind(archive: zipfile.ZipFile) -> str:
    """xlsx / xlsb / ods, or the kind of non-spreadsheet document the zip holds."""
    names = set(archive.namelist())
    if "mimetype" in names:
        mimetype = _read_small(archive, "mimetype", 256).decode("ascii", errors="replace").strip()
        if mimetype.startswith("application/vnd.oasis.opendocument.spreadsheet"):
            return "ods"
        if mimetype.startswith("application/vnd.oasis.opendocument.text"):
            return "word"
        if mimetype.startswith("application/vnd.oasis.opendocument.presentation"):
            return "powerpoint"
    if "[Content_Types].xml" in names:
        types = _read_small(archive, "[Content_Types].xml", MEGABYTE)
        if b"ms-excel.sheet.binary" in types:
            return "xlsb"
        if b"spreadsheetml" in types or b"ms-excel.sheet" in types:
            return "xlsx"
        if b"wordprocessingml" in types:
            return "word"
        if b"presentationml" in types:
            return "powerpoint"
    if any(name.startswith("Index/") and name.endswith(".iwa") for name in names):
        return "apple_numbers"
    return "archive"


def _read_small(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with archive.open(name) as member:
            return member.read(limit)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError) as error:
        raise ImportProblem("damaged") from error


def _verify_members(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """Decompress every member once, discarding the output: CRC, sizes and truncation are proven."""
    try:
        for member in members:
            if member.is_dir():
                continue
            if member.flag_bits & 0x1:
                raise ImportProblem("password_protected")
            with archive.open(member) as stream:
                while stream.read(MEGABYTE):
                    pass
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError) as error:
        raise ImportProblem("damaged") from error


def _inspect_ole(data: bytes, filename: str) -> str:
    try:
        names = {name.lower() for name in ole_stream_names(data)}
    except ValueError as error:
        raise ImportProblem("damaged") from error
    if "encryptedpackage" in names or "encryptioninfo" in names:
        raise ImportProblem("password_protected")
    if "workbook" in names or "book" in names:
        return "xls"
    if "worddocument" in names:
        raise _not_a_spreadsheet("word", filename)
    if "powerpoint document" in names:
        raise _not_a_spreadsheet("powerpoint", filename)
    raise _not_a_spreadsheet("office_other", filename)


def ole_stream_names(data: bytes) -> set[str]:
    """Names of the storages and streams of an OLE2 compound file (MS-CFB), read with the stdlib.

    Raises ValueError when the structure is cut short or inconsistent (a truncated download).
    """
    if len(data) < 512 or not data.startswith(_OLE_MAGIC):
        raise ValueError("not a compound file")
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise ValueError("bad sector size")
    size = 1 << shift
    fat_count, directory_start = struct.unpack_from("<II", data, 0x2C)
    difat_start, difat_count = struct.unpack_from("<II", data, 0x44)
    sector_total = max(0, (len(data) - size) // size) + 1

    def sector(number: int) -> bytes:
        offset = (number + 1) * size
        if number >= _OLE_END or offset + size > len(data):
            raise ValueError("sector outside the file")
        return data[offset : offset + size]

    difat = list(struct.unpack_from("<109I", data, 0x4C))
    number = difat_start
    for _ in range(min(difat_count, sector_total)):
        if number >= _OLE_END:
            break
        entries = struct.unpack(f"<{size // 4}I", sector(number))
        difat.extend(entries[:-1])
        number = entries[-1]
    fat_sectors = [n for n in difat[:fat_count] if n < _OLE_END]
    fat: list[int] = []
    for n in fat_sectors:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(n)))
    names: set[str] = set()
    number = directory_start
    for _ in range(sector_total + 1):
        if number >= _OLE_END:
            return names
        block = sector(number)
        for offset in range(0, size, 128):
            name_length, kind = struct.unpack_from("<HB", block, offset + 64)
            if kind in (1, 2, 5) and 2 <= name_length <= 64:
                names.add(block[offset : offset + name_length - 2].decode("utf-16-le", errors="replace"))
        if number >= len(fat):
            raise ValueError("directory chain leaves the allocation table")
        number = fat[number]
    raise ValueError("directory chain loops")


def _inspect_text(data: bytes, filename: str) -> Sniffed:
    encoding, text = _decode(data)
    if text is None:
        raise ImportProblem("unreadable")
    head = text[:_SAMPLE].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html", "<table", "<head", "<body", "<meta")):
        raise _not_a_spreadsheet("web_page", filename)
    if head.startswith("<?xml"):
        spreadsheet_xml = "urn:schemas-microsoft-com:office:spreadsheet" in head
        raise ImportProblem("excel_xml") if spreadsheet_xml else _not_a_spreadsheet("xml", filename)
    sample = text[:_SAMPLE]
    controls = sum(sample.count(chr(c)) for c in _CONTROL) + sample.count("\ufffd")
    if controls > max(2, len(sample) // 200):
        raise ImportProblem("unreadable")
    return Sniffed("text", encoding, text)


def _decode(data: bytes) -> tuple[str | None, str | None]:
    """(encoding, text) of a text file, (None, None) when the bytes are not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return "utf-16", data.decode("utf-16")
        except UnicodeDecodeError:
            return None, None
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return "utf-8-sig", data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None, None
    head = data[:4096]
    if b"\x00" in head:
        # UTF-16 without a byte order mark: every other byte of Latin text is zero
        odd_zeros, even_zeros = head[1::2].count(0), head[0::2].count(0)
        half = len(head) // 2
        candidates = (("utf-16-le", odd_zeros, even_zeros), ("utf-16-be", even_zeros, odd_zeros))
        for encoding, zeros, other in candidates:
            if zeros > half * 0.4 and other < half * 0.05:
                try:
                    return encoding, data.decode(encoding)
                except UnicodeDecodeError:
                    return None, None
        return None, None
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return "cp1252", data.decode("cp1252")
    except UnicodeDecodeError:
        return None, None

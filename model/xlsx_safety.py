"""Opening workbooks that other people sent: refuse hostile or unreadable ones quickly and clearly.

Every ``.xlsx`` that Craffu reads (the interchange workbook, the filled data-collection
template) first passes ``check_workbook_file``. Craffu's importers then read it with
``model.xlsx_reader`` (a streaming expat reader that refuses DTDs itself and applies
``Limits.max_rows`` through ``too_many_rows``); ``open_workbook`` and ``sheet_rows`` are the same
checks around openpyxl's read-only mode, for a caller that needs openpyxl's objects. Rules:

- The XML parser must be defusedxml's: openpyxl uses it when defusedxml is installed
  (``openpyxl.DEFUSEDXML``); if it is not, no workbook is read at all.
- The file is checked as a zip before openpyxl sees it, from the zip's directory only (cheap):
  a file that is not a zip, an old ``.xls`` or an encrypted workbook (both OLE2 containers), or a
  zip without ``xl/workbook.xml`` is refused with a message saying what it is. Limits
  (``Limits``): the file size, the number of members, the total and per-member uncompressed
  size, the shared-strings size (openpyxl holds it in memory), and the compression ratio of any
  member above 1 MiB (a zip bomb). Python's zipfile never inflates a member past the size its
  directory declares, so these declared sizes bound the work and the memory even when they lie.
- No XML part may carry a document type declaration (``<!DOCTYPE`` / ``<!ENTITY``): spreadsheet
  XML never needs one, and it is how XML bombs (billion laughs) and external entities arrive.
  The start of every XML part is scanned; defusedxml refuses any that the scan misses.
- Workbooks are opened read-only (streamed), with ``data_only=False`` so that a formula shows as
  a formula (``cell.data_type == 'f'``) and is refused by the caller rather than trusted: the
  value cached by whichever program saved it is never used, and nothing is ever evaluated.
  External links and macros are not loaded.
- ``sheet_rows`` streams a sheet's rows with their spreadsheet row numbers and refuses a sheet
  with more than ``Limits.max_rows`` rows: at once when the sheet's declared dimension says so,
  otherwise as soon as the count is passed. The declared dimension is not trusted for reading
  (openpyxl would silently stop at it), only for refusing early.

Every refusal is a ``WorkbookRefused`` whose message names the file and says what to do.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from model.errors import CraffuError

__all__ = [
    "Limits",
    "WorkbookRefused",
    "DEFAULT_LIMITS",
    "require_defusedxml",
    "check_workbook_file",
    "open_workbook",
    "sheet_rows",
    "too_many_rows",
]

MiB = 1024 * 1024

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_SCAN_BYTES = 64 * 1024
_RATIO_FLOOR = 1 * MiB


@dataclass(frozen=True)
class Limits:
    """How much a workbook (or CSV file) may hold before it is refused."""

    max_file_bytes: int = 100 * MiB
    max_members: int = 10_000
    max_uncompressed_bytes: int = 1024 * MiB
    max_member_bytes: int = 512 * MiB
    max_shared_strings_bytes: int = 128 * MiB
    max_ratio: int = 100
    max_rows: int = 200_000
    max_text_chars: int = 32_767  # characters in one cell, as in Excel


DEFAULT_LIMITS = Limits()


class WorkbookRefused(CraffuError, ValueError):
    """A workbook that will not be read, with a message for the person who chose it."""


def _mb(size: int) -> str:
    return f"{size / MiB:,.0f} MB" if size >= MiB else f"{size:,} bytes"


def require_defusedxml() -> None:
    """Refuse to read any workbook unless openpyxl parses XML with defusedxml."""
    import openpyxl

    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise WorkbookRefused(
            "workbooks cannot be read safely: the defusedxml package is missing or disabled "
            "(OPENPYXL_DEFUSEDXML); reinstall Craffu's dependencies"
        )


def check_workbook_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Check ``path`` is a plain ``.xlsx`` within ``limits``; raise WorkbookRefused if not."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise WorkbookRefused(f"{name}: no such file" if not path.exists() else
                              f"{name} is a folder, not a workbook")
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise WorkbookRefused(
            f"{name} is {_mb(size)}; workbooks larger than {_mb(limits.max_file_bytes)} "
            f"are not read"
        )
    with path.open("rb") as handle:
        magic = handle.read(8)
    if magic == _OLE2_MAGIC:
        raise WorkbookRefused(
            f"{name} is not an .xlsx workbook: it is an Excel 97-2003 (.xls) file or a "
            f"password-protected workbook; open it in Excel and save it as an unprotected "
            f"Excel Workbook (.xlsx)"
        )
    if not magic.startswith(b"PK") or not zipfile.is_zipfile(path):
        raise WorkbookRefused(
            f"{name} is not an .xlsx workbook (it is not a zip file; perhaps it was renamed); "
            f"save it from the spreadsheet program as Excel Workbook (.xlsx)"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_members(name, members, limits)
            for info in members:
                if info.filename.lower().endswith(_XML_SUFFIXES):
                    _scan_for_dtd(name, archive, info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError,
            EOFError, ValueError) as exc:
        if isinstance(exc, WorkbookRefused):
            raise
        raise WorkbookRefused(f"{name} is a damaged .xlsx workbook ({exc})") from None


def _check_members(name: str, members: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(members) > limits.max_members:
        raise WorkbookRefused(
            f"{name} has {len(members):,} parts; more than {limits.max_members:,} is not a "
            f"workbook Craffu reads"
        )
    names = {info.filename for info in members}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise WorkbookRefused(
            f"{name} is a zip file but not an .xlsx workbook (it has no xl/workbook.xml)"
        )
    total = 0
    for info in members:
        total += info.file_size
        if info.flag_bits & 0x1:
            raise WorkbookRefused(f"{name} is encrypted; save it without a password")
        if info.file_size > limits.max_member_bytes:
            raise WorkbookRefused(
                f"{name}: the part {info.filename} unpacks to {_mb(info.file_size)}, more than "
                f"the {_mb(limits.max_member_bytes)} allowed; the workbook is refused"
            )
        if (info.filename == "xl/sharedStrings.xml"
                and info.file_size > limits.max_shared_strings_bytes):
            raise WorkbookRefused(
                f"{name}: its text table unpacks to {_mb(info.file_size)}, more than the "
                f"{_mb(limits.max_shared_strings_bytes)} allowed; the workbook is refused"
            )
        if info.file_size > _RATIO_FLOOR:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise WorkbookRefused(
                    f"{name}: the part {info.filename} is compressed {ratio:,.0f} to 1 "
                    f"(more than {limits.max_ratio} to 1 is refused as a zip bomb)"
                )
    if total > limits.max_uncompressed_bytes:
        raise WorkbookRefused(
            f"{name} unpacks to {_mb(total)}, more than the {_mb(limits.max_uncompressed_bytes)} "
            f"allowed; the workbook is refused (split it into smaller workbooks)"
        )


def _scan_for_dtd(name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    with archive.open(info) as member:
        head = member.read(_SCAN_BYTES)
    # UTF-16 parts are legal XML; drop the zero bytes so the markers are still found.
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.replace(b"\x00", b"")
    upper = head.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise WorkbookRefused(
            f"{name}: the part {info.filename} declares a document type or entities, which "
            f"spreadsheets never need (a possible XML bomb); the workbook is refused"
        )


def open_workbook(path: Path, limits: Limits = DEFAULT_LIMITS):
    """Check ``path`` and open it with openpyxl, read-only, formulas as formulas.

    The caller must ``close()`` the returned workbook.
    """
    require_defusedxml()
    check_workbook_file(path, limits)
    import openpyxl
    from defusedxml import DefusedXmlException

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(
                path, read_only=True, data_only=False, keep_links=False, keep_vba=False
            )
    except Exception as exc:  # openpyxl raises many kinds on malformed parts
        cause: BaseException | None = exc
        while cause is not None and not isinstance(cause, DefusedXmlException):
            cause = cause.__cause__ or cause.__context__
        if cause is not None:
            raise WorkbookRefused(
                f"{Path(path).name} contains forbidden XML ({type(cause).__name__}); the "
                f"workbook is refused"
            ) from None
        raise WorkbookRefused(
            f"{Path(path).name} could not be read as an .xlsx workbook ({type(exc).__name__}: "
            f"{exc})"
        ) from None


def sheet_rows(worksheet, file_name: str, limits: Limits = DEFAULT_LIMITS
               ) -> Iterator[tuple[int, tuple]]:
    """Yield ``(row number, cells)`` for every row of a read-only sheet, header = row 1.

    Raises WorkbookRefused when the sheet has more than ``limits.max_rows`` rows (not counting
    the header), or when its XML turns out to be hostile or damaged while streaming.
    """
    from defusedxml import DefusedXmlException

    title = worksheet.title
    declared = worksheet.max_row
    if declared is not None and declared - 1 > limits.max_rows:
        raise too_many_rows(file_name, title, declared - 1, limits)
    worksheet.reset_dimensions()
    number = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for number, cells in enumerate(worksheet.iter_rows(), start=1):
                if number - 1 > limits.max_rows:
                    raise too_many_rows(file_name, title, None, limits)
                yield number, cells
    except WorkbookRefused:
        raise
    except DefusedXmlException as exc:
        raise WorkbookRefused(
            f"{file_name}, sheet {title} contains forbidden XML ({type(exc).__name__}); the "
            f"workbook is refused"
        ) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError, SyntaxError) as exc:
        raise WorkbookRefused(
            f"{file_name}, sheet {title} is damaged near row {number + 1} "
            f"({type(exc).__name__}: {exc})"
        ) from None


def too_many_rows(file_name: str, title: str, count: int | None, limits: Limits
                  ) -> WorkbookRefused:
    """The refusal of a sheet with more than ``limits.max_rows`` rows (``count`` if known)."""
    has = f"{count:,} rows" if count is not None else "more rows than that"
    return WorkbookRefused(
        f"{file_name}, sheet {title} has {has}; at most {limits.max_rows:,} rows per sheet are "
        f"read (split the data into several imports)"
    )

"""Writing output files so that a file appears under its name only once it is complete.

Rules:
- Every exporter writes to a temporary file in the same folder and moves it into place with
  ``os.replace`` (atomic on one file system), after flushing it to the disk. A failed or
  cancelled export therefore never leaves a half-written file under the chosen name, and an
  existing file is only ever replaced by a complete one. The temporary file is removed whatever
  happens.
- The file gets the permissions any saved document gets (``0666`` less the user's umask), not
  the private ``0600`` of a temporary file, so colleagues on a shared drive can open it.
- Workbooks are saved by ``save_workbook``, which ticks ``model.progress`` before each sheet
  is written, so a Cancel during a long save is heard (and nothing replaced).
- A fault of the file system (full disk, read-only folder, no permission) ends in an
  ``OutputError`` naming the file and what to do; the chosen file is then untouched.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from model.errors import CraffuError
from model.progress import tick
from model.store import fault_message

__all__ = ["replacing", "OutputError", "document_mode", "save_workbook"]


class OutputError(CraffuError):
    """An output file that could not be written; the message names it and says what to do."""


def _umask() -> int:
    # os.umask can only be read by setting it; done once, at import, before any worker thread.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()


def document_mode() -> int:
    """The permissions of a newly saved document: 0666 less the user's umask."""
    return 0o666 & ~_UMASK


@contextmanager
def replacing(path: Path | str) -> Iterator[Path]:
    """``with replacing(path) as temp: write(temp)`` — then ``temp`` becomes ``path``.

    The folder is created if needed. Close anything writing ``temp`` inside the block.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix,
                                        dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise OutputError(fault_message(path, exc, "written")) from None
    try:
        yield Path(temp)
        if os.name != "nt":
            os.chmod(temp, document_mode())
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(fault_message(path, exc, "written")) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def save_workbook(workbook, path: Path | str) -> None:
    """Save an openpyxl ``workbook`` to ``path`` (a temporary file of ``replacing``), ticking
    ``model.progress`` before each sheet."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    class _Ticking(ExcelWriter):
        def write_worksheet(self, ws):
            tick(f"Writing the {ws.title} sheet")
            super().write_worksheet(ws)

    import datetime as dt

    with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        # as openpyxl's own save does
        workbook.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
        _Ticking(workbook, archive).save()

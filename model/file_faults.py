"""Faults of the file system and of pack files, in the user's words.

Rules:
- ``PackFileError`` is a file that cannot be opened as a pack, or a save the file system
  refused; ``PackNotWritable`` a pack the user may read but not change.
- ``fault_message`` turns any SQLite or operating-system error into one line naming the file,
  what went wrong (full disk, read-only drive, permission, busy, I/O) and what to do.
- ``require_regular_file`` refuses anything that is not a regular file (a folder, a FIFO, a
  device) from its status alone, so nothing ever blocks reading one.
- A save in progress (or interrupted by a crash) has SQLite's journal beside the pack
  (``journal_path``, ``has_journal``).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from model.errors import CraffuError

__all__ = ["PackFileError", "PackNotWritable", "journal_path", "has_journal",
           "require_regular_file", "writable", "fault_message", "interrupted_message"]


class PackFileError(CraffuError):
    """A file that cannot be opened as a pack, or a save the file system refused; the message
    says why and what to do in the user's words."""


class PackNotWritable(PackFileError):
    """A pack the user may read but not change (read-only file, folder or file system)."""


def journal_path(path: Path) -> Path:
    """The rollback journal SQLite keeps beside ``path`` while a save is under way."""
    return path.with_name(path.name + "-journal")


def has_journal(path: Path) -> bool:
    """True when a save was under way (or was interrupted) on ``path``."""
    try:
        return journal_path(path).stat().st_size > 0
    except OSError:
        return False


def require_regular_file(path: Path) -> os.stat_result:
    """The file's status, or PackFileError when ``path`` is missing or is not a regular file
    (checked without opening it, so a FIFO or device never blocks)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise PackFileError(f"{path} does not exist") from None
    except OSError as exc:
        raise PackFileError(f"{path} cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise PackFileError(f"{path} is a folder, not a pack file")
    if not stat.S_ISREG(info.st_mode):
        raise PackFileError(f"{path} is not a regular file (it is a pipe, device or socket), "
                            "so it cannot be a pack")
    return info


def writable(path: Path) -> bool:
    """Whether the user can change ``path``: the file and its folder (SQLite writes its journal
    beside the file) are writable."""
    return os.access(path, os.W_OK) and os.access(path.parent if str(path.parent) else ".",
                                                   os.W_OK)


def fault_message(path: Path, exc: BaseException, doing: str = "saved") -> str:
    """One line naming ``path``, what went wrong in the file system or SQLite, and what to do."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    name = path.name
    if code == errno.ENOSPC or "disk is full" in text or "database or disk is full" in text:
        return (f"{name} could not be {doing}: the disk is full. Free some space (or save a "
                "copy elsewhere) and try again; nothing was changed")
    output = doing == "written"
    if code == errno.EROFS or "read-only file system" in text or "readonly" in text:
        return (f"{name} could not be {doing}: the file or its drive is read-only. "
                + ("Choose a folder you can write to" if output else
                   "Open it read-only, or copy it to a folder you can write to"))
    if code in (errno.EACCES, errno.EPERM) or "permission" in text:
        return (f"{name} could not be {doing}: permission denied. "
                + ("Choose a folder you can write to" if output else
                   "Ask for write access to the file and its folder, or open it read-only"))
    if "locked" in text or "busy" in text:
        return f"{name} could not be {doing}: another program is using it; try again"
    if "i/o" in text or code == errno.EIO:
        return (f"{name} could not be {doing}: the disk reported an error ({exc}). Check the "
                "drive or network connection and try again; nothing was changed")
    return f"{name} could not be {doing} ({exc}); nothing was changed"


def interrupted_message(path: Path) -> str:
    """Why a pack with an interrupted save cannot be read yet, and who can repair it."""
    if writable(path):
        return (f"{path.name} was interrupted while saving (a crash or power cut) and is being "
                "repaired by whoever has it open, or must be repaired: open it for editing once "
                "to repair it; nothing committed is lost")
    return (f"{path.name} was interrupted while saving (a crash or power cut) and cannot be "
            "repaired here because the file or its folder is read-only. Ask someone who can "
            "write to it to open it for editing once; nothing committed is lost")

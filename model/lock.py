"""Who has a pack open for writing.

Rules:
- Opening a pack for writing takes a lock file beside it (``NAME.craffu.lock``) and holds an
  operating-system lock on it for as long as the pack is open. The file says who holds it
  (user, computer, process, since when).
- The operating system releases the lock when the holder exits or crashes, so a lock file left
  behind by a crash never blocks anyone; only a live holder does.
- A second instance that cannot take the lock gets ``PackLocked`` naming the holder, and may open
  the pack read-only instead.
- The lock file is never deleted, not even on release: a process that opened the file just before
  a deletion would lock the orphaned file while another created and locked a new one, and both
  would hold "the" lock. It stays beside the pack (a few bytes) and is reused.
- A lock file that cannot be made or written (read-only folder, full disk) ends in a
  ``PackFileError`` naming the file and what to do; the lock is then not held.
"""

from __future__ import annotations

import datetime as dt
import errno
import getpass
import json
import os
import socket
from pathlib import Path

from model.errors import CraffuError
from model.store import PackFileError, PackNotWritable, fault_message

__all__ = ["PackLock", "PackLocked", "current_user"]

_LOCK_OFFSET = 4096  # the byte locked; the holder's details are written before it
# Operating-system record locks are per process, so this process also remembers what it holds.
_HELD_HERE: set[str] = set()


def current_user() -> str:
    """The operating-system user, as recorded in the audit log and the lock file."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name available on this system
        return "unknown"


class PackLocked(CraffuError):
    """Another running instance holds the pack open for writing."""

    def __init__(self, path: Path, holder: dict):
        self.path = path
        self.holder = holder
        who = holder.get("user") or "another user"
        where = holder.get("host")
        since = holder.get("since", "")
        text = f"{path.name} is open for editing by {who}"
        if where:
            text += f" on {where}"
        if since:
            text += f" since {since}"
        super().__init__(text)


def _try_lock(handle) -> bool:
    handle.seek(_LOCK_OFFSET)
    if os.name == "nt":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.lockf(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _LOCK_OFFSET)
    except OSError:
        return False
    return True


def _unlock(handle) -> None:
    handle.seek(_LOCK_OFFSET)
    if os.name == "nt":
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.lockf(handle.fileno(), fcntl.LOCK_UN, 1, _LOCK_OFFSET)


class PackLock:
    """The write lock on one pack file; ``release()`` (or closing the pack) gives it up."""

    def __init__(self, pack_path: Path):
        self.pack_path = Path(pack_path)
        self.path = self.pack_path.with_name(self.pack_path.name + ".lock")
        self._handle = None

    @staticmethod
    def holder_of(pack_path: Path) -> dict:
        """The details written by whoever holds (or last held) the lock, or ``{}``."""
        path = Path(pack_path).with_name(Path(pack_path).name + ".lock")
        try:
            text = path.read_bytes()[:_LOCK_OFFSET].rstrip(b"\0 \n").decode("utf-8")
            return json.loads(text) if text else {}
        except (OSError, ValueError):
            return {}

    def acquire(self) -> None:
        """Take the lock or raise PackLocked naming the holder."""
        key = str(self.path.resolve())
        if key in _HELD_HERE:
            raise PackLocked(self.pack_path, self.holder_of(self.pack_path))
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise PackNotWritable(
                    f"{self.pack_path.name} cannot be opened for editing: its folder is "
                    "read-only (the lock file beside it cannot be made); open it read-only"
                ) from None
            raise PackFileError(fault_message(self.path, exc, "locked for editing")) from None
        handle = os.fdopen(fd, "r+b", buffering=0)  # unbuffered: a failed write fails here
        if not _try_lock(handle):
            handle.close()
            raise PackLocked(self.pack_path, self.holder_of(self.pack_path))
        details = {
            "user": current_user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        }
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(details).encode("utf-8"))
            handle.flush()
        except OSError as exc:
            try:
                _unlock(handle)
            except OSError:
                pass  # closing releases it all the same
            handle.close()
            raise PackFileError(fault_message(self.pack_path, exc, "opened for editing")) from None
        self._handle = handle
        _HELD_HERE.add(key)

    def release(self) -> None:
        if self._handle is None:
            return
        _HELD_HERE.discard(str(self.path.resolve()))
        try:
            _unlock(self._handle)
        except OSError:
            pass  # closing the handle releases it all the same
        finally:
            self._handle.close()
            self._handle = None

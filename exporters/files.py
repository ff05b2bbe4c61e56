"""Writing output files so that a file appears under its name only once it is complete.

Rule: every exporter writes to a temporary file in the same folder and moves it into place with
``os.replace`` (atomic on one file system). A failed or cancelled export therefore never leaves a
half-written file under the chosen name, and an existing file is only ever replaced by a
complete one. The temporary file is removed whatever happens.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["replacing"]


@contextmanager
def replacing(path: Path | str) -> Iterator[Path]:
    """``with replacing(path) as temp: write(temp)`` — then ``temp`` becomes ``path``.

    The folder is created if needed. Close anything writing ``temp`` inside the block.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    try:
        yield Path(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise

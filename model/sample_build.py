"""The bundled sample pack, built from interchange data by the real importer.

The sample (Cardiff Council Children's Services, 2019-20 Q1 to 2024-25 Q4) is kept as CSV files
of the interchange format under ``resources/sample/`` (``SOURCE``), so that a change to it is
reviewable in a diff, and built into ``resources/sample.craffu`` (``SHIPPED``) by
``python -m model.sample_build OUT`` through ``model.interchange.read_interchange``: the same
import, checks and messages an officer's import gets. Rules:

- The published Cardiff figures of domain.md ("Facts for realistic sample data") come out
  exactly, and such an indicator's ``source`` says ``Published: ...`` with who reported it.
  Everything else is illustrative and labelled so: every indicator's ``source`` contains
  ``Illustrative figures`` (``ILLUSTRATIVE``), and so do the breakdown's and snapshot's notes;
  the cover report's background and an "About this sample" narrative say so too.
- ``build_sample`` refuses to overwrite a file, and leaves nothing behind when it fails. The
  records it adds are audited as made by ``BUILDER``.
- ``tests/test_sample.py`` proves the shipped file holds exactly what a fresh build holds, and
  that exporting it gives back the CSV files byte for byte, so the two cannot drift apart.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from model.errors import CraffuError
from model.interchange import read_interchange
from model.pack import Pack

__all__ = ["build_sample", "SHIPPED", "SOURCE", "ILLUSTRATIVE", "BUILDER", "main"]

_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
#: The bundled sample pack, which the application opens a copy of and never changes.
SHIPPED = _RESOURCES / "sample.craffu"
#: The sample's interchange data, one CSV file per sheet.
SOURCE = _RESOURCES / "sample"
ILLUSTRATIVE = "Illustrative figures"
BUILDER = "craffu-sample"  # the audit log's "who" for the records the builder adds


def build_sample(path: Path | str, source: Path | str = SOURCE) -> None:
    """Create the sample pack at ``path`` (which must not exist yet) from ``source``."""
    path = Path(path)
    pack = Pack.create(path)
    try:
        pack.user = BUILDER
        read_interchange(source, pack).apply()
    except BaseException:
        pack.close()
        path.unlink(missing_ok=True)
        raise
    pack.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m model.sample_build",
        description="Build the Craffu sample pack (Cardiff Children's Services, illustrative "
                    "figures except the published ones) from resources/sample/ into a new "
                    "pack file.",
    )
    parser.add_argument("out", type=Path, help="the pack file to create (must not exist)")
    parser.add_argument("--source", type=Path, default=SOURCE,
                        help="the folder of interchange CSV files (default: resources/sample)")
    args = parser.parse_args(argv)
    if args.out.exists():
        print(f"error: {args.out} already exists; choose another name", file=sys.stderr)
        return 1
    try:
        build_sample(args.out, args.source)
    except (OSError, CraffuError) as exc:
        print(f"error: cannot build {args.out}: {exc}", file=sys.stderr)
        return 1
    print(f"Sample pack written to {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Publish: write a period's published edition and record it in the pack.

Rules (``model.publication`` holds the domain's):
- Refused (``PublishRefused``, every problem named) unless the period is final and its checks
  report no errors; the pack must be open for writing (the publication is recorded in it).
- The folder gets, from one pack revision and one period report per language: the committee
  pack PDF, the scorecard PDF, the HTML edition, the Excel return and the scorecard CSV, all
  with small numbers and what would give them away
  hidden by the report's one decision, none marked "not the published edition", and
  ``manifest.json`` (each file's name, SHA-256 and size, the pack revision, period, language,
  time and user). A folder that already holds a ``manifest.json`` is refused: one folder, one
  edition.
- The pack revision is taken before the files are written and checked again after: a pack that
  changed meanwhile (a server pack someone edited) is refused, and nothing is recorded.
- Files follow ``exporters.files.replacing``: each appears complete or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from exporters.files import replacing
from model.periods import Period
from model.publication import (
    PublishRefused,
    file_digest,
    manifest,
    pack_revision,
    publication_problems,
    publication_record,
)

__all__ = ["publish", "Published", "edition_file_names"]


@dataclass(frozen=True)
class Published:
    folder: Path
    files: tuple[Path, ...]
    manifest: dict
    number: int


def edition_file_names(pack, period: Period, language: str) -> dict[str, str]:
    """The files of an edition, by what they are."""
    stem = "-".join(period.label.split())
    suffix = "" if language == "en" else f"-{language}"
    return {
        "committee pack": f"{stem}-committee-pack{suffix}.pdf",
        "scorecard": f"{stem}-scorecard{suffix}.pdf",
        "return": f"{stem}-return.xlsx",
        "csv": f"{stem}-scorecard.csv",
        "html": f"{stem}-edition{suffix}.html",
    }


def _html(pack, period: Period, report, path: Path) -> None:
    """The HTML edition (``exporters.html_edition``): the accessible edition of the papers."""
    from exporters.html_edition import write_html_edition

    write_html_edition(pack, period, path, report.language, True, report=report)


def publish(pack, period: Period, folder: Path | str, language: str = "en", *,
            at: dt.datetime | None = None) -> Published:
    """Write ``period``'s published edition into ``folder`` and record it in ``pack``."""
    from exporters.excel_return import write_return
    from exporters.pdf_base import PaperOptions
    from exporters.pdf_pack import write_pack_pdf
    from exporters.pdf_scorecard import write_scorecard_pdf
    from exporters.scorecard_csv import write_scorecard_csv
    from model.report import PeriodReport

    folder = Path(folder)
    problems = publication_problems(pack, period, language)
    if pack.read_only:
        problems.append(f"{pack.path.name} is open read-only, so the publication cannot be "
                        "recorded in it")
    if (folder / "manifest.json").exists():
        problems.append(f"{folder} already holds a published edition (manifest.json); "
                        "choose an empty folder")
    if problems:
        raise PublishRefused(problems)
    at = (at or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    revision = pack_revision(pack)
    names = edition_file_names(pack, period, language)
    options = PaperOptions(language, published=True, publishing=True,
                           prepared=at.date())
    papers = PeriodReport(pack, period, language, published=True, publishing=True)
    english = papers if language == "en" else PeriodReport(pack, period, "en", published=True,
                                                           publishing=True)
    written: list[Path] = []
    write_pack_pdf(pack, period, folder / names["committee pack"], options, report=papers)
    written.append(folder / names["committee pack"])
    write_scorecard_pdf(pack, period, folder / names["scorecard"], options, report=papers)
    written.append(folder / names["scorecard"])
    write_return(pack, period, folder / names["return"], report=english, generated=at.date())
    written.append(folder / names["return"])
    write_scorecard_csv(english, folder / names["csv"])
    written.append(folder / names["csv"])
    _html(pack, period, papers, folder / names["html"])
    written.append(folder / names["html"])
    if pack_revision(pack) != revision:
        raise PublishRefused([f"{pack.name} changed while the edition was being written; "
                              "publish again"])
    files = [(path.name, file_digest(path.read_bytes()), path.stat().st_size)
             for path in written]
    command = publication_record(pack, period, language=language, revision=revision,
                                 files=[(name, digest) for name, digest, _size in files],
                                 at=at, user=pack.user)
    number = command.puts[0][2].number
    content = manifest(pack, period, language=language, revision=revision, files=files, at=at,
                       user=pack.user, number=number)
    with replacing(folder / "manifest.json") as temp:
        temp.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    pack.apply(command)
    return Published(folder, (*written, folder / "manifest.json"), content, number)

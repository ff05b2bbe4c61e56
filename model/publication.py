"""Publishing a period: when it is allowed, what is recorded, and what changed since.

Rules (domain.md, "Publishing"):
- A period may be published only when it is final and its checks report no errors
  (``publication_problems`` names every reason it may not).
- The published edition is made from one pack revision: ``pack_revision`` is the SHA-256 of
  every record of the pack (in a fixed order), so two editions with the same revision were made
  from exactly the same records, whatever the store.
- Publishing is recorded in the pack (``records.Publication``, numbered 1, 2, … per period):
  when (UTC) and by whom, the revision and language, each file's name and SHA-256, and the
  period's figures as they then stood (``period_figures``: every scorecard figure and status,
  breakdown and snapshot cell, a fingerprint of each commentary, the meeting).
- ``differences`` compares the period now with its latest publication: each figure, status or
  text that changed (old → new), and the history entries since (who changed what, when).
- The manifest (``manifest``) lists the files with their SHA-256, the pack revision, the
  period, the language, the time and the user, as JSON.

Plain Python; the files themselves are written by ``exporters.published_edition``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal

from model import records as r
from model.commands import Command, put
from model.errors import CraffuError
from model.numbers import format_fixed
from model.periods import Period

__all__ = ["PublishRefused", "publication_problems", "pack_revision", "period_figures",
           "publication_record", "latest_publication", "Differences", "differences",
           "manifest", "file_digest"]


class PublishRefused(CraffuError):
    """A period that cannot be published; ``problems`` names every reason."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def publication_problems(pack, period: Period, language: str = "en") -> list[str]:
    """Why ``period`` may not be published in ``language`` (empty when it may): not final, each
    error of its checks, and, for a Welsh or bilingual edition, every text of its papers that
    has no Welsh (the Welsh Language Standards: Welsh no less favourably than English; the
    draft papers mark such passages, the published edition has none)."""
    from model.checks import ERROR, check_period

    problems = []
    if not pack.is_final(period):
        problems.append(f"{period.label} is not final: mark it final first (python main.py "
                        f"final PACK --period \"{period.label}\", or Period ▸ Mark period final)")
    errors = [f for f in check_period(pack, period) if f.severity == ERROR]
    if errors:
        problems.append(f"{period.label}: the checks report {len(errors)} "
                        f"error{'s' * (len(errors) != 1)}, which must be corrected first:")
        problems += [str(f) for f in errors]
    if language in ("cy", "both"):
        from model.translation import missing_welsh

        gaps = missing_welsh(pack, period)
        if gaps:
            problems.append(f"{period.label}: {len(gaps)} text{'s' * (len(gaps) != 1)} of the "
                            "papers have no Welsh, so a Welsh or bilingual edition cannot be "
                            "published yet (export them for a translator with --translation):")
            problems += [gap.message_in("en") for gap in gaps[:50]]
            if len(gaps) > 50:
                problems.append(f"… and {len(gaps) - 50} more")
    return problems


def _plain(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Period):
        return value.label
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def pack_revision(pack) -> str:
    """The SHA-256 of every record of ``pack`` in a fixed order (publications left out, so
    recording a publication does not change the revision it was made from)."""
    digest = hashlib.sha256()
    for cls in r.ALL_KINDS:
        if cls is r.Publication:
            continue
        rows = sorted(json.dumps({k: _plain(v) for k, v in rec.as_dict().items()},
                                  sort_keys=True, ensure_ascii=False)
                       for rec in pack.all(cls.kind))
        digest.update(cls.kind.encode())
        for row in rows:
            digest.update(row.encode("utf-8"))
            digest.update(b"\n")
    return digest.hexdigest()


def _fingerprint(text: str) -> str:
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()[:12] if text else ""


def period_figures(pack, period: Period) -> list[list[str]]:
    """The period's figures, statuses and texts as ``[what, text]`` pairs (see the rules)."""
    from model.scorecard import build_scorecard

    out: list[list[str]] = []
    scorecard = build_scorecard(pack, period)
    for row in scorecard.rows:
        s, code, d = row.status, row.code, row.status.decimals
        for q, figure in enumerate(row.quarters, 1):
            if q <= period.quarter:
                out.append([f"{code} Q{q}", format_fixed(figure, d)])
        out += [[f"{code} year to date", format_fixed(s.ytd, d)],
                [f"{code} target", format_fixed(s.target, d)],
                [f"{code} RAG", s.rag], [f"{code} direction", s.direction],
                [f"{code} forecast", s.forecast]]
        if row.commentary is not None:
            out.append([f"{code} commentary", _fingerprint(row.commentary.text)])
            out.append([f"{code} Welsh commentary", _fingerprint(row.commentary.text_cy)])
    for b in sorted(pack.all("breakdown"), key=lambda b: b.name):
        if b.period != period:
            continue
        for i, row_name in enumerate(b.rows):
            for j, column in enumerate(b.columns):
                cells = b.cells[i] if i < len(b.cells) else []
                value = cells[j] if j < len(cells) else None
                out.append([f"{b.title}: {row_name} / {column}",
                            "" if value is None else str(value)])
    for s in sorted(pack.all("snapshot"), key=lambda s: s.name):
        for i, category in enumerate(s.categories):
            for j, date in enumerate(s.dates):
                counts = s.counts[i] if i < len(s.counts) else []
                value = counts[j] if j < len(counts) else None
                out.append([f"{s.title}: {category} at {date}",
                            "" if value is None else str(value)])
    meeting = pack.get("meeting", (period,))
    if meeting is not None:
        for name in ("meeting_date", "report_date", "title", "committee", "signatory"):
            out.append([f"meeting {name.replace('_', ' ')}",
                        str(_plain(getattr(meeting, name)) or "")])
    return out


def latest_publication(pack, period: Period) -> r.Publication | None:
    found = [p for p in pack.all("publication") if p.period == period]
    return max(found, key=lambda p: p.number) if found else None


def publication_record(pack, period: Period, *, language: str, revision: str,
                       files: list[tuple[str, str]], at: dt.datetime,
                       user: str) -> Command:
    """The command that records a publication of ``period`` (the next number)."""
    previous = latest_publication(pack, period)
    number = previous.number + 1 if previous else 1
    record = r.Publication(
        period=period, number=number, published_at=at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        user=user, pack_revision=revision, language=language,
        files=[[name, digest] for name, digest in files],
        figures=period_figures(pack, period))
    return put(f"Publish {period.label} (publication {number})", record)


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest(pack, period: Period, *, language: str, revision: str,
             files: list[tuple[str, str, int]], at: dt.datetime, user: str,
             number: int) -> dict:
    """The manifest of a published edition (written as ``manifest.json``)."""
    return {
        "pack": pack.name,
        "period": period.label,
        "publication": number,
        "language": language,
        "pack_revision": revision,
        "published_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "user": user,
        "files": [{"name": name, "sha256": digest, "bytes": size}
                  for name, digest, size in files],
    }


@dataclass(frozen=True)
class Differences:
    """What changed in a period since its latest publication."""

    publication: r.Publication
    changed: tuple[tuple[str, str, str], ...]  # (what, then, now)
    history: tuple  # audit entries since the publication, oldest first
    revision_now: str

    @property
    def any(self) -> bool:
        return bool(self.changed)

    def lines(self) -> list[str]:
        p = self.publication
        out = [f"{p.period.label} was published on {p.published_at} by {p.user} "
               f"(publication {p.number}, pack revision {p.pack_revision[:12]})"]
        if not self.changed:
            out.append("Nothing in the period has changed since.")
        else:
            out.append(f"Changed since ({len(self.changed)}):")
            for what, then, now in self.changed:
                if what.endswith("commentary"):
                    out.append(f"  {what} was rewritten" if then and now else
                               f"  {what} {'added' if now else 'removed'}")
                else:
                    out.append(f"  {what}: {then or 'blank'} → {now or 'blank'}")
        if self.history:
            out.append(f"History since publication ({len(self.history)} entries):")
            for entry in self.history:
                detail = f" {entry.field}" if entry.field else ""
                change = (f": {entry.old} → {entry.new}"
                          if entry.field and (entry.old or entry.new) else "")
                out.append(f"  {entry.at} {entry.user}: {entry.action} — {entry.key}{detail}"
                           f"{change}"[:300])
        return out


def differences(pack, period: Period) -> Differences:
    """The period now against its latest publication (``PublishRefused`` when it has none)."""
    publication = latest_publication(pack, period)
    if publication is None:
        raise NotPublished(f"{period.label} has not been published")
    then = {what: text for what, text in publication.figures}
    now = {what: text for what, text in period_figures(pack, period)}
    changed = tuple((what, then.get(what, ""), now.get(what, ""))
                    for what in list(dict.fromkeys([*then, *now]))
                    if then.get(what, "") != now.get(what, ""))
    history = tuple(reversed([e for e in pack.history() if e.at > publication.published_at
                              and e.kind != "publication"]))
    return Differences(publication, changed, history, pack_revision(pack))


class NotPublished(CraffuError):
    """A period with no publication to compare with."""

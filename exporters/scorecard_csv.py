"""The scorecard for a period as CSV, for other systems and for checking figures.

Columns, exactly: ``code,title,group,period,value,ytd,target,comparison,rag,direction,forecast,
explanation,edition``. ``value`` is v(P), ``ytd`` Y(P), ``target`` T(P), ``comparison`` C, each
rounded to the indicator's decimals with no thousands separator or unit, blank when missing.
``rag``, ``direction`` and ``forecast`` use the words of domain.md; ``explanation`` joins the
RAG, direction and forecast explanations with `` | ``. ``edition`` says on every row which
edition the file is (``model.report.PeriodReport.edition``): ``published`` (made by Publish),
``preview`` (small numbers hidden, not the published edition) or ``draft`` (every figure shown,
not the published edition), so a draft can never pass for the published figures. In a
published edition or preview a hidden figure is ``*`` (the report's one disclosure decision,
the same as in the papers), in the explanation too. Plain UTF-8 (no byte-order mark, so the
first column is exactly ``code`` for every reader); text that a spreadsheet would run as a
formula (starting ``=``, ``+``, ``-`` or ``@``) gets a leading apostrophe so it is shown, not
run.
"""

from __future__ import annotations

import csv
from pathlib import Path

from exporters.files import replacing
from model.numbers import format_fixed
from model.report import PeriodReport
from model.scorecard import Scorecard

__all__ = ["COLUMNS", "write_scorecard_csv", "scorecard_rows"]

COLUMNS = (
    "code", "title", "group", "period", "value", "ytd", "target", "comparison",
    "rag", "direction", "forecast", "explanation", "edition",
)


def _text(value: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _figure(shown, decimals: int) -> str:
    return shown.text if shown.hidden else format_fixed(shown.number, decimals)


def scorecard_rows(source: Scorecard | PeriodReport) -> list[dict[str, str]]:
    """The CSV's rows from a period report (its edition's figures) or a scorecard (a draft:
    every figure)."""
    report = source if isinstance(source, PeriodReport) else None
    scorecard = report.scorecard if report is not None else source
    edition = report.edition if report is not None else "draft"
    rows = []
    for row in scorecard.rows:
        s = row.status
        d = s.decimals
        printed = report.printed(row) if report is not None else None
        rows.append({
            "code": _text(row.indicator.code),
            "title": _text(row.indicator.title),
            "group": _text(row.indicator.group),
            "period": scorecard.period.label,
            "value": _figure(printed.value, d) if printed else format_fixed(s.value, d),
            "ytd": _figure(printed.ytd, d) if printed else format_fixed(s.ytd, d),
            "target": format_fixed(s.target, d),
            "comparison": _figure(printed.comparison, d) if printed
            else format_fixed(s.comparison, d),
            "rag": s.rag,
            "direction": s.direction,
            "forecast": s.forecast,
            "explanation": _text(printed.explanation if printed else s.explanation),
            "edition": edition,
        })
    return rows


def write_scorecard_csv(source: Scorecard | PeriodReport, path: Path | str) -> None:
    """Write the CSV of a period report (or a scorecard: a draft); the file is replaced only
    once it is complete."""
    with replacing(path) as temp, open(temp, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(scorecard_rows(source))

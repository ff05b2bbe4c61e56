"""The scorecard for a period as CSV, for other systems and for checking figures.

Columns, exactly: ``code,title,group,period,value,ytd,target,comparison,rag,direction,forecast,
explanation``. ``value`` is v(P), ``ytd`` Y(P), ``target`` T(P), ``comparison`` C, each rounded to
the indicator's decimals with no thousands separator or unit, blank when missing. ``rag``,
``direction`` and ``forecast`` use the words of domain.md; ``explanation`` joins the RAG,
direction and forecast explanations with `` | ``. Plain UTF-8 (no byte-order mark, so the first
column is exactly ``code`` for every reader); text that a spreadsheet would run as a formula
(starting ``=``, ``+``, ``-`` or ``@``) gets a leading apostrophe so it is shown, not run.
"""

from __future__ import annotations

import csv
from pathlib import Path

from exporters.files import replacing
from model.numbers import format_fixed
from model.scorecard import Scorecard

__all__ = ["COLUMNS", "write_scorecard_csv", "scorecard_rows"]

COLUMNS = (
    "code", "title", "group", "period", "value", "ytd", "target", "comparison",
    "rag", "direction", "forecast", "explanation",
)


def _text(value: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def scorecard_rows(scorecard: Scorecard) -> list[dict[str, str]]:
    rows = []
    for row in scorecard.rows:
        s = row.status
        d = s.decimals
        rows.append({
            "code": _text(row.indicator.code),
            "title": _text(row.indicator.title),
            "group": _text(row.indicator.group),
            "period": scorecard.period.label,
            "value": format_fixed(s.value, d),
            "ytd": format_fixed(s.ytd, d),
            "target": format_fixed(s.target, d),
            "comparison": format_fixed(s.comparison, d),
            "rag": s.rag,
            "direction": s.direction,
            "forecast": s.forecast,
            "explanation": s.explanation,
        })
    return rows


def write_scorecard_csv(scorecard: Scorecard, path: Path | str) -> None:
    """Write the CSV; the file is replaced only once it is complete."""
    with replacing(path) as temp, open(temp, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(scorecard_rows(scorecard))

"""What a reader of a published edition sees: every figure each output prints, read back from
the files themselves (the PDF's words and where they stand, the Excel return with openpyxl, the
CSV), keyed as ``model.report.disclosure`` keys them.

Each reader returns ``{key: text}`` with the text as printed (``*`` when hidden); the tests
then play the attacker with ``model.disclosure`` on what is printed. Helpers for tests only.
"""

from __future__ import annotations

import csv
import html
import re
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

from model.periods import Period
from model.report.disclosure import CHANGE, TOTAL, quarter_key, table_key, ytd_key

__all__ = ["csv_figures", "excel_figures", "pdf_figures", "number", "words"]

_NUMBER = re.compile(r"^[-+]?£?[\d,]+(\.\d+)?%?$")


def number(text: str) -> Decimal | None:
    """The figure a printed text holds (None for ``*`` or a blank)."""
    text = (text or "").strip()
    if not text or text == "*" or not _NUMBER.match(text):
        return None
    return Decimal(text.replace("£", "").replace(",", "").replace("%", "").replace("+", ""))


# -- CSV ----------------------------------------------------------------------------------------


def csv_figures(path: Path, report) -> dict:
    period = report.period
    out = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["code"]
            indicator = report.pack.indicator(code)
            out[quarter_key(code, period)] = row["value"]
            out[ytd_key(code, period)] = row["ytd"]
            if (indicator.compare_with or "year") == "quarter":
                out[quarter_key(code, period.previous())] = row["comparison"]
            else:
                out[ytd_key(code, Period(period.year - 1, period.quarter))] = row["comparison"]
    return out


# -- Excel --------------------------------------------------------------------------------------


def _text(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return str(Decimal(str(value)).normalize() if isinstance(value, float) else value)


def excel_figures(path: Path, report) -> dict:
    import openpyxl

    book = openpyxl.load_workbook(path)
    period = report.period
    out: dict = {}
    sheet = book["Scorecard"]
    for row in sheet.iter_rows(min_row=2):
        code = _text(row[1])
        indicator = report.pack.indicator(code)
        if indicator is None:
            continue
        for q in range(4):
            out[quarter_key(code, Period(period.year, q + 1))] = _text(row[4 + q])
        out[ytd_key(code, Period(period.year - 1, 4))] = _text(row[8])
        out[quarter_key(code, period)] = _text(row[9])
        out[ytd_key(code, period)] = _text(row[10])
        if (indicator.compare_with or "year") == "quarter":
            out[quarter_key(code, period.previous())] = _text(row[12])
        else:
            out[ytd_key(code, Period(period.year - 1, period.quarter))] = _text(row[12])
    for name, tables in (("Breakdowns", report.breakdowns), ("Snapshots", report.snapshots)):
        sheet = book[name]
        column_a = [_text(c) for c in sheet["A"]]
        for table in tables:
            at = column_a.index(table.title) + 2  # the row after the title (1-based)
            if table.record.note:
                at += 1
            snapshot = name == "Snapshots"
            last = [CHANGE] if snapshot and len(table.columns) >= 2 else \
                [] if snapshot else [TOTAL]
            places = [*range(len(table.columns)), *last]
            for k, i in enumerate([*range(len(table.rows)), TOTAL]):
                line = sheet[at + 1 + k]
                for col, j in enumerate(places, start=1):
                    out[table_key(table.record, i, j)] = _text(line[col])
    section = report.section("demand")
    sheet = book["Demand"]
    if section is not None and section.charts:
        slots = [p for p in section.charts[0].periods if p is not None and p <= period]
        for row in sheet.iter_rows(min_row=5):
            code = _text(row[0])
            if report.pack.indicator(code) is None:
                continue
            for k, p in enumerate(slots):
                out[quarter_key(code, p)] = _text(row[3 + k])
    sheet = book["Trend"]
    for row in sheet.iter_rows(min_row=5):
        code, label = _text(row[1]), _text(row[2])
        if report.pack.indicator(code) is None:
            continue
        start = int(label[:4])
        at = period if "to date" in label or start == period.year else Period(start, 4)
        out[ytd_key(code, at)] = _text(row[3])
    return out


# -- PDF ----------------------------------------------------------------------------------------


def words(pdf: bytes) -> list[list[tuple[float, float, float, float, str]]]:
    """Every word of every page: (xMin, yMin, xMax, yMax, text), from ``pdftotext -bbox``."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "paper.pdf"
        source.write_bytes(pdf)
        target = Path(folder) / "words.html"
        subprocess.run(["pdftotext", "-bbox", str(source), str(target)], check=True)
        text = target.read_text(encoding="utf-8")
    pages = []
    for page in re.findall(r"<page .*?</page>", text, re.S):
        found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                           r'yMax="([\d.]+)">(.*?)</word>', page)
        # the large rotated DRAFT mark behind the pages is not part of any table
        pages.append([(float(a), float(b), float(c), float(d), html.unescape(w))
                      for a, b, c, d, w in found if float(d) - float(b) < 30])
    return pages


def _lines(page):
    """Words grouped into lines (by their top), top to bottom, each left to right."""
    lines: list[list] = []
    for word in sorted(page, key=lambda w: (round(w[1]), w[0])):
        if lines and abs(lines[-1][0][1] - word[1]) < 2.5:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line) for line in lines]


def _column(x: float, edges: list[float]) -> int | None:
    for k in range(len(edges) - 1):
        if edges[k] <= x < edges[k + 1]:
            return k
    return None


def _cells(line, edges) -> dict[int, str]:
    cells: dict[int, list[str]] = {}
    for x0, _y0, x1, _y1, text in line:
        k = _column((x0 + x1) / 2, edges)
        if k is not None:
            cells.setdefault(k, []).append(text)
    return {k: " ".join(v) for k, v in cells.items()}


def _row_of(cells: dict[int, str], label: str | None) -> bool:
    """Whether a line of a table is the row ``label`` (None: the total row): its label cell
    is the label (or, wrapped, the start of a long one) and it has figures."""
    first = cells.get(0, "").split(" / ")[0]
    if label is None:
        return first.startswith(("Total", "Cyfanswm"))
    if not any(k >= 1 for k in cells):
        return False
    return first == label or (len(first) >= 12 and label.startswith(first))


def pdf_figures(pdf: bytes, report, scorecard_edges: list[float],
                table_edges=None) -> dict:
    """The scorecard rows (columns at ``scorecard_edges``: code, indicator, outturn, Q1..Q4,
    YTD …) and the breakdown and snapshot tables (``table_edges(table)``) of a paper."""
    period = report.period
    codes = {row.code for row in report.scorecard.rows}
    out: dict = {}
    pages = [_lines(page) for page in words(pdf)]
    for lines in pages:
        for line in lines:
            cells = _cells(line, scorecard_edges)
            code = cells.get(0, "")
            if code not in codes or len(cells) < 3:
                continue
            out[ytd_key(code, Period(period.year - 1, 4))] = cells.get(2, "")
            for q in range(4):
                out[quarter_key(code, Period(period.year, q + 1))] = cells.get(3 + q, "")
            out[ytd_key(code, period)] = cells.get(7, "")
    if table_edges is None:
        return out
    for tables, snapshot in ((report.breakdowns, False), (report.snapshots, True)):
        for table in tables:
            edges = table_edges(table)
            last = [CHANGE] if snapshot and len(table.columns) >= 2 else \
                [] if snapshot else [TOTAL]
            places = [*range(len(table.columns)), *last]
            labels = [*table.rows, None]
            for lines in pages:
                found: list = []
                for line in lines:
                    cells = _cells(line, edges)
                    if not cells:
                        continue
                    if not _row_of(cells, labels[len(found)]):
                        found = []
                        if not _row_of(cells, labels[0]):
                            continue
                    found.append(cells)
                    if len(found) == len(labels):
                        break
                if len(found) == len(labels):
                    for k, i in enumerate([*range(len(table.rows)), TOTAL]):
                        for col, j in enumerate(places, start=1):
                            out[table_key(table.record, i, j)] = found[k].get(col, "")
                    break
    return out

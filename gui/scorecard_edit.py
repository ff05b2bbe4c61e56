"""Entering quarter figures in the scorecard grid: one cell, or a block pasted from a spreadsheet.

Rules:
- A quarter cell is editable only when the pack is open for writing, the quarter is not after
  the period shown, and that quarter's period is not marked final.
- What is typed is read by ``gui.cell_input``; the resulting Value is checked by the pack
  (``Pack.prepare``, i.e. ``model.validation``) before anything is stored.
- A pasted block is tab-separated text, rows by newlines (what Excel and LibreOffice put on
  the clipboard; quoted cells are understood). It fills indicator rows downwards from the
  current cell, skipping group headings and rows hidden by the filter, and quarter columns to
  the right. It is one command (one undo step) and all or nothing: the first bad cell, in
  reading order, is named as ``K1.22 Q3`` with its place in the block and the reason.
- A block of one cell pasted over a larger selection fills every selected quarter cell with it
  (``fill_block``), like a spreadsheet.
- An officer's forecast (``forecast_command``) replaces the calculated face for one indicator
  in one period and needs a reason, which is stored and shown in the explanation; choosing the
  calculated forecast again deletes the override. Either is one undoable command, refused whole
  (``ForecastError``, naming the indicator and period) when the pack would refuse it: no
  reason, a final period, a read-only pack.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from gui.cell_input import CellInputError, parse_figure
from model import records as r
from model.commands import Command, delete, merge, put, set_fields
from model.periods import Period

__all__ = ["PasteError", "ForecastError", "CellTarget", "figure_command", "paste_command",
           "parse_block", "fill_block", "forecast_command", "quarter_editable_reason"]


class PasteError(ValueError):
    """A block that cannot be pasted; the message names the first bad cell."""


class ForecastError(ValueError):
    """An officer's forecast that cannot be stored; the message says why."""


@dataclass(frozen=True)
class CellTarget:
    indicator: r.Indicator
    quarter: int  # 1-4 within the financial year of the period shown
    block_row: int  # 1-based place in the pasted block
    block_column: int

    def name(self, period: Period) -> str:
        return f"{self.indicator.code} Q{self.quarter} {period.fy.label}"


def quarter_editable_reason(pack, period: Period, quarter: int) -> str | None:
    """Why quarter ``quarter`` of ``period``'s year cannot be edited, or None if it can."""
    if pack.read_only:
        return f"{pack.path.name} is open read-only"
    if quarter > period.quarter:
        return (f"Q{quarter} is after {period.label}; choose {period.fy.label} Q{quarter} in the "
                "period selector to enter it")
    if pack.is_final(Period(period.year, quarter)):
        return f"{Period(period.year, quarter).label} is final; reopen the period to change it"
    return None


def figure_command(pack, indicator: r.Indicator, period: Period, text: str) -> Command:
    """The command that sets ``indicator``'s figure for ``period`` from typed ``text``.
    Raises CellInputError for text that is not a figure."""
    fields = parse_figure(text, indicator)
    label = f"Enter {indicator.code} {period.label}"
    return set_fields(pack, "value", (indicator.code, period), label=label, **fields)


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from clipboard text (tab-separated; a final newline is not a row)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [row for row in csv.reader(io.StringIO(text), delimiter="\t")] or [[""]]


def fill_block(block: list[list[str]], rows: int, columns: int) -> list[list[str]]:
    """``block`` as pasted, or, when it is a single cell and the selection is larger, that cell
    repeated over ``rows`` x ``columns`` (filling a selected range from one value)."""
    if len(block) == 1 and len(block[0]) == 1 and rows * columns > 1:
        return [[block[0][0]] * columns for _ in range(rows)]
    return block


def forecast_command(pack, code: str, period: Period, forecast: str | None,
                     reason: str = "") -> Command:
    """The command that sets (``forecast`` likely / may / unlikely, with ``reason``) or clears
    (``forecast`` None) the officer's forecast of ``code`` for ``period``. Raises ForecastError
    with the reason shown to the officer when the pack would refuse it."""
    where = f"{code} {period.label}"
    if pack.read_only:
        raise ForecastError(f"{where}: {pack.path.name} is open read-only")
    if pack.is_final(period):
        raise ForecastError(f"{where}: {period.label} is final; reopen the period to change "
                            "its forecast")
    if forecast is None:
        if pack.forecast_override(code, period) is None:
            return Command(f"Clear forecast override {where}", ())
        command = delete(f"Clear forecast override {where}", "forecast_override",
                         (code, period))
    else:
        if not (reason or "").strip():
            raise ForecastError(f"{where}: give the reason for the officer's forecast "
                                "(it is shown with the face)")
        command = put(f"Override forecast {where}: {forecast}",
                      r.ForecastOverride(code=code, period=period, forecast=forecast,
                                         reason=reason.strip()))
    _changes, problems = pack.prepare(command)
    if problems:
        raise ForecastError(f"{where}: " + "; ".join(p.message for p in problems))
    return command


def paste_command(pack, period: Period, cells: list[tuple[CellTarget, str]]) -> Command:
    """One command entering every pasted cell; raises PasteError naming the first bad cell."""
    commands = []
    where: dict[tuple, CellTarget] = {}
    for target, text in cells:
        quarter_period = Period(period.year, target.quarter)
        spot = (f"{target.name(period)} (row {target.block_row}, column {target.block_column} "
                "of the pasted cells)")
        reason = quarter_editable_reason(pack, period, target.quarter)
        if reason:
            raise PasteError(f"{spot}: {reason}")
        try:
            commands.append(figure_command(pack, target.indicator, quarter_period, text))
        except CellInputError as exc:
            raise PasteError(f"{spot}: {exc}") from None
        where[(target.indicator.code, quarter_period)] = target
    command = merge(f"Paste {len(cells)} figure{'s' if len(cells) != 1 else ''}", *commands)
    _changes, problems = pack.prepare(command)
    if problems:
        order = {key: (t.block_row, t.block_column) for key, t in where.items()}
        first = min(problems, key=lambda p: order.get(tuple(p.key), (1 << 30, 0)))
        target = where.get(tuple(first.key))
        spot = (f"{target.name(period)} (row {target.block_row}, column {target.block_column} "
                "of the pasted cells)") if target else first.where
        field = f" {first.field}" if first.field else ""
        raise PasteError(f"{spot}{field}: {first.message}")
    return command

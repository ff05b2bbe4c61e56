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
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from gui.cell_input import CellInputError, parse_figure
from model import records as r
from model.commands import Command, merge, set_fields
from model.periods import Period

__all__ = ["PasteError", "CellTarget", "figure_command", "paste_command", "parse_block",
           "quarter_editable_reason"]


class PasteError(ValueError):
    """A block that cannot be pasted; the message names the first bad cell."""


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

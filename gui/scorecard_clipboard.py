"""Copy and paste of the scorecard grid's cells, as in a spreadsheet.

Rules:
- ``block_text`` copies cells as tab-separated text (quarters as their edit text,
  ``numerator / denominator`` where both are stored, so that a copied block pastes back
  exactly).
- ``paste_block`` pastes a block at a cell (``model.edits.figures.paste_figures``): one undo
  step, all or nothing, the first bad cell named; only the quarter columns take figures.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from gui.language import translate
from gui.scorecard_columns import COLUMNS, Column
from model.edits.errors import PasteError
from model.edits.figures import CellTarget, paste_figures
from model.edits.typed import parse_block

__all__ = ["ScorecardClipboard"]


class ScorecardClipboard:
    """The clipboard part of ``gui.scorecard_model.ScorecardModel``."""

    def block_text(self, rows: list[int], columns: list[int]) -> str:
        """The cells at ``rows`` x ``columns`` as tab-separated text, one line per row."""
        lines = []
        for row in rows:
            cells = []
            for column in columns:
                index = self.index(row, column)
                if self.quarter_of(index) and self.row_entry(row) is not None:
                    cells.append(str(self.data(index, Qt.ItemDataRole.EditRole) or ""))
                else:
                    cells.append(str(self.data(index) or ""))
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def paste_block(self, start: QModelIndex, text: str, rows: list[int] | None = None) -> int:
        """Paste tab-separated ``text`` with its top-left cell at ``start``; ``rows``: the
        table rows that may be filled, in order (default: every indicator row). Returns the
        number of cells entered; raises PasteError (naming the first bad cell) and changes
        nothing if any cell is refused."""
        if self._pack is None or self._period is None:
            raise PasteError(translate("scorecard_clipboard", "there is no pack to paste into"))
        block = parse_block(text)
        if rows is None:
            rows = [i for i in range(len(self._entries)) if self.row_entry(i) is not None]
        rows = [row for row in rows if row >= start.row() and self.row_entry(row) is not None]
        cells: list[tuple[CellTarget, str]] = []
        for i, line in enumerate(block, 1):
            if i > len(rows):
                raise PasteError(translate(
                    "scorecard_clipboard", "the pasted cells have {block} rows but only {rows} "
                    "indicator rows are below the current cell").format(
                        block=len(block), rows=len(rows)))
            entry = self.row_entry(rows[i - 1])
            for j, typed in enumerate(line, 1):
                column = start.column() + j - 1
                if not Column.Q1 <= column <= Column.Q4:
                    name = COLUMNS[Column(column)].header(self._period).replace("\n", " ") \
                        if column < len(Column) else translate("scorecard_clipboard",
                                                                "beyond the last column")
                    raise PasteError(translate(
                        "scorecard_clipboard",
                        "{code} {name} (row {row}, column {column} of the pasted cells): only "
                        "the quarter columns Q1 to Q4 take figures").format(
                            code=entry.code, name=name, row=i, column=j))
                cells.append((CellTarget(entry.indicator, column - Column.Q1 + 1, i, j), typed))
        command = paste_figures(self._pack, self._period, cells)
        self._apply(command)
        return len(cells)

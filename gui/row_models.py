"""A read-only table model over a list of rows with fixed column headings.

The checks dock, the history dock and the import preview each show a list of plain rows; they
share the counting and headings here and say only how a row is shown (``data``). ``rows`` is the
list shown; subclasses keep it current (``beginResetModel``/``endResetModel`` around a change).
``HEADERS`` are English, marked for translation in the subclass's ``CONTEXT``
(``QT_TRANSLATE_NOOP``) and shown in the window's language; ``retranslate`` shows them (and the
rows' words) again after the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from gui.language import translate

__all__ = ["RowsModel"]


class RowsModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()
    CONTEXT = "row_models"

    def rows(self) -> list:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return translate(self.CONTEXT, self.HEADERS[section])
        return None

    def retranslate(self) -> None:
        """Show the headings and rows again (after a change of the window's language)."""
        self.beginResetModel()
        self.endResetModel()

"""The period selector: financial year and quarter, driving every view of the window.

Rules:
- The years offered run from the pack's earliest period with a figure (or target) to the year
  after its latest, and always include the year shown.
- Until a pack's years are set it shows no period and is disabled (the window is opening).
- ``periodChanged(Period)`` is emitted once per change, whether made by the officer or by
  ``set_period``; setting the period already shown emits nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from gui.language import translate
from model.periods import FinancialYear, Period

__all__ = ["PeriodSelector"]

#: The months of each quarter of the financial year.
MONTHS = (QT_TRANSLATE_NOOP("period_selector", "Apr–Jun"),
          QT_TRANSLATE_NOOP("period_selector", "Jul–Sep"),
          QT_TRANSLATE_NOOP("period_selector", "Oct–Dec"),
          QT_TRANSLATE_NOOP("period_selector", "Jan–Mar"))


class PeriodSelector(QWidget):
    periodChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.year = QComboBox()
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem("", q)
        self.label = label = QLabel()
        label.setBuddy(self.year)
        self.retranslate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(label)
        layout.addWidget(self.year)
        layout.addWidget(self.quarter)
        self._period: Period | None = None
        self.quarter.setCurrentIndex(-1)  # nothing shown (and disabled) until a pack's years
        self.setEnabled(False)
        self.year.currentIndexChanged.connect(self._changed)
        self.quarter.currentIndexChanged.connect(self._changed)

    def retranslate(self) -> None:
        """The selector's words in the window's language."""
        self.year.setAccessibleName(translate("period_selector", "Financial year"))
        self.quarter.setAccessibleName(translate("period_selector", "Quarter"))
        for q, months in enumerate(MONTHS, 1):
            self.quarter.setItemText(q - 1, translate("period_selector", "Q{quarter} ({months})")
                                     .format(quarter=q, months=translate("period_selector",
                                                                         months)))
        self.label.setText(translate("period_selector", "&Period:"))

    @property
    def period(self) -> Period | None:
        return self._period

    def set_years(self, pack, showing: Period) -> None:
        starts = {p.year for p in pack.periods()} | {key[1] for key in pack.keys("target")}
        starts.add(showing.year)
        first, last = min(starts), max(starts) + 1
        self.year.blockSignals(True)
        self.year.clear()
        for start in range(first, last + 1):
            self.year.addItem(FinancialYear(start).label, start)
        self.year.blockSignals(False)
        self._period = None
        self.setEnabled(True)
        self.set_period(showing)

    def set_period(self, period: Period) -> None:
        if period == self._period:
            return
        self.year.blockSignals(True)
        self.quarter.blockSignals(True)
        index = self.year.findData(period.year)
        if index < 0:
            self.year.addItem(period.fy.label, period.year)
            index = self.year.count() - 1
        self.year.setCurrentIndex(index)
        self.quarter.setCurrentIndex(period.quarter - 1)
        self.year.blockSignals(False)
        self.quarter.blockSignals(False)
        self._period = period
        self.periodChanged.emit(period)

    def _changed(self) -> None:
        year, quarter = self.year.currentData(), self.quarter.currentData()
        if year is None or quarter is None:
            return
        period = Period(int(year), int(quarter))
        if period != self._period:
            self._period = period
            self.periodChanged.emit(period)

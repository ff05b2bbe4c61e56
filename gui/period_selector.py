"""The period selector: financial year and quarter, driving every view of the window.

Rules:
- The years offered run from the pack's earliest period with a figure (or target) to the year
  after its latest, and always include the year shown.
- Until a pack's years are set it shows no period and is disabled (the window is opening).
- ``periodChanged(Period)`` is emitted once per change, whether made by the officer or by
  ``set_period``; setting the period already shown emits nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from model.periods import FinancialYear, Period

__all__ = ["PeriodSelector"]


class PeriodSelector(QWidget):
    periodChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.year = QComboBox()
        self.year.setAccessibleName("Financial year")
        self.quarter = QComboBox()
        self.quarter.setAccessibleName("Quarter")
        for q, months in enumerate(("Apr–Jun", "Jul–Sep", "Oct–Dec", "Jan–Mar"), 1):
            self.quarter.addItem(f"Q{q} ({months})", q)
        label = QLabel("&Period:")
        label.setBuddy(self.year)
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

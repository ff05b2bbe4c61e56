"""The officer's forecast: set, change or clear the face of one indicator for one period.

Rules (domain.md rule 7): the face is worked out from the RAG (Green likely, Amber may, Red
unlikely); an officer may override it for a period, with a reason that is stored and shown in
the explanation ("likely: officer's forecast, because …"). The dialog offers the calculated
forecast (which clears any override) or likely / may / unlikely with a reason; a missing reason
is refused in the dialog with the reason shown, and the dialog stays open with what was typed.
Saving is one undoable command (``model.edits.figures.forecast_command``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.language import translate
from gui.scorecard_columns import FORECAST_WORDS
from model import records as r
from model import symbols
from model.edits.errors import ForecastError
from model.edits.figures import forecast_command
from model.periods import Period
from model.status import evaluate
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["ForecastDialog", "CALCULATED"]

#: The choice that means "no override: use the calculated forecast".
CALCULATED = ""


class ForecastDialog(QDialog):
    """Choose the face of ``code`` for ``period``; ``apply(command)`` stores it as one undo
    step (e.g. ``PackUndoStack.apply``)."""

    def __init__(self, pack, code: str, period: Period, apply: Callable,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.pack, self.code, self.period, self._apply = pack, code, period, apply
        indicator = pack.indicator(code)
        self.setWindowTitle(
            translate("editors.forecast", "Forecast for {code} {label} — Craffu").format(
                code=code, label=period.label
            )
        )
        status = evaluate(pack, code, period)
        override = pack.forecast_override(code, period)
        calculated = status.forecast if override is None else \
            _calculated_from(status.forecast_explanation)
        heading = QLabel(
            translate(
                "editors.forecast",
                "<b>{code}</b> {value}<br>Forecast for {label}: will the year's target be met?",
            ).format(code=code, value=indicator.title if indicator else "", label=period.label)
        )
        heading.setWordWrap(True)
        self.explanation = QLabel(
            translate("editors.forecast", "Now: {forecast_explanation}").format(
                forecast_explanation=status.forecast_explanation
            )
        )
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(translate("editors.forecast", "Current forecast"))
        self.choice = QComboBox()
        self.choice.setAccessibleName(translate("editors.forecast", "Forecast"))
        self.choice.addItem(
            translate("editors.forecast", "Calculated from the RAG status ({calculated})").format(
                calculated=calculated
            ),
            CALCULATED,
        )
        for word in r.FORECASTS:
            face = symbols.face_symbol(word)
            self.choice.addItem(
                translate(
                    "editors.forecast", "{face}  {forecast} (officer's forecast)"
                ).format(face=face, forecast=translate("scorecard_columns",
                                                       FORECAST_WORDS[word])),
                word,
            )
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(translate("editors.forecast", "Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            translate(
                "editors.forecast",
                "Why the year's target is (or is not) likely to be met, "
                "e.g. \u201cQ4 recruitment will close the gap\u201d",
            )
        )
        self.reason.setMinimumHeight(80)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("editors.forecast", "Message"))
        if override is not None:
            self.choice.setCurrentIndex(max(self.choice.findData(override.forecast), 0))
            self.reason.setPlainText(override.reason)
        form = QFormLayout()
        form.addRow(translate("editors.forecast", "&Forecast:"), self.choice)
        form.addRow(translate("editors.forecast", "&Reason:"), self.reason)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field:
                label.widget().setBuddy(field.widget())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()
        self.resize(520, 300)

    def _choice_changed(self, *_args) -> None:
        self.reason.setEnabled(self.choice.currentData() != CALCULATED)

    def set_choice(self, forecast: str | None, reason: str = "") -> None:
        """Choose ``forecast`` (None: calculated) and type ``reason`` (as an officer would)."""
        self.choice.setCurrentIndex(max(self.choice.findData(forecast or CALCULATED), 0))
        self.reason.setPlainText(reason)

    def save(self) -> bool:
        """Store the choice as one undo step and close; False (the dialog stays open, with
        the reason for the refusal shown) if it is refused."""
        forecast = self.choice.currentData() or None
        try:
            command = forecast_command(self.pack, self.code, self.period, forecast,
                                       self.reason.toPlainText())
            if command:
                self._apply(command)
        except (ForecastError, ValidationError, PackFileError) as exc:
            self.message.setText(
                translate(
                    "editors.forecast", '<span style="color:#b00020"><b>Refused:</b></span> {exc}'
                ).format(exc=exc)
            )
            self.reason.setFocus()
            return False
        self.accept()
        return True


def _calculated_from(explanation: str) -> str:
    """The calculated forecast named at the end of an override's explanation
    ("… (calculated: may)")."""
    marker = "(calculated: "
    at = explanation.rfind(marker)
    return explanation[at + len(marker):].rstrip(")") if at >= 0 else "n/a"

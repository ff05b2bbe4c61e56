"""The commentary editor: one indicator's commentary for the period, English and Welsh side by
side, each with its character count, and last period's text beneath for reference.

Rules:
- The indicator is chosen in the list on the left (or from the scorecard: ``show_indicator``).
- Text is saved as the officer types (about a second after they stop), and when they leave the
  box, move to another indicator or period, or press Ctrl+Return; each burst of typing is one
  undoable step (``gui.editors.record_form``). A final period's commentary is read-only.
- "Needs Welsh only" (``gui.welsh_filter``) narrows the list to the indicators whose
  commentary for the period has English but no Welsh.
- A count over the pack's commentary length limit (Preferences) is shown as "over the limit"
  in words, not colour alone; the checks dock lists it too.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from gui.editors.record_form import FormField, RecordForm
from gui.language import translate
from gui.welsh_filter import WelshFilter
from model import records as r
from model.periods import Period

__all__ = ["CommentaryEditor"]


class CommentaryEditor(QWidget):
    #: The officer chose another indicator in the list (``gui.pages.Editor``).
    indicatorChanged = Signal()

    def __init__(self, pack, stack, period: Period, limit: int = 1500,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.pack, self.period, self.limit = pack, period, limit
        self.code: str | None = None
        self.indicators = QListWidget()
        self.indicators.setAccessibleName(translate("editors.commentary", "Indicators"))
        self.indicators.setMinimumWidth(160)
        self.indicators.setMaximumWidth(300)
        self.form = RecordForm(
            pack,
            stack,
            "commentary",
            self._key,
            [FormField("text", QT_TRANSLATE_NOOP("editors.record_form", "Commentary"), "long")],
            create=lambda key: r.Commentary(code=key[0], period=key[1]),
        )
        self.messageShown = self.form.messageShown
        self.previous = QPlainTextEdit()
        self.previous.setReadOnly(True)
        self.previous.setAccessibleName(translate("editors.commentary", "Last period's commentary"))
        self.previous_label = QLabel()
        right = QVBoxLayout()
        right.addWidget(self.form, 3)
        right.addWidget(self.previous_label)
        right.addWidget(self.previous, 1)
        self.welsh = WelshFilter(
            pack, lambda: self.period,
            lambda gap: gap.key[0] if gap.kind == "commentary" else None, self)
        self.welsh.changed.connect(self._filter)
        left = QVBoxLayout()
        left.addWidget(self.welsh)
        left.addWidget(self.indicators, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.form.count_text = self._count_text
        self.indicators.currentRowChanged.connect(self._chosen)
        self.indicators.currentRowChanged.connect(lambda _row: self.indicatorChanged.emit())
        pack.subscribe(self._pack_changed)
        self._fill()

    def _key(self):
        return None if self.code is None else (self.code, self.period)

    def _fill(self) -> None:
        current = self.code
        self.indicators.blockSignals(True)
        self.indicators.clear()
        for ind in self.pack.indicators():
            self.indicators.addItem(f"{ind.code}  {ind.title}")
            self.indicators.item(self.indicators.count() - 1).setData(
                Qt.ItemDataRole.UserRole, ind.code)
        self.indicators.blockSignals(False)
        codes = [ind.code for ind in self.pack.indicators()]
        self.show_indicator(current if current in codes else (codes[0] if codes else None))
        self._filter()

    def _filter(self) -> None:
        """Hide the indicators the "needs Welsh" filter leaves out; if the one shown is among
        them, show the first left in."""
        shown = []
        for row in range(self.indicators.count()):
            item = self.indicators.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setHidden(not self.welsh.accepts(code))
            if not item.isHidden():
                shown.append(code)
        if self.welsh.active and shown and self.code not in shown:
            self.show_indicator(shown[0])

    def show_indicator(self, code: str | None) -> None:
        self._commit_pending()
        self.code = code
        codes = [self.indicators.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.indicators.count())]
        if code in codes and self.indicators.currentRow() != codes.index(code):
            self.indicators.blockSignals(True)
            self.indicators.setCurrentRow(codes.index(code))
            self.indicators.blockSignals(False)
        self._show()

    def selected_indicator(self) -> str | None:
        return self.code

    def focus_first(self) -> None:
        """The keyboard goes to the English commentary (the list when it cannot be typed)."""
        box = self.form.boxes["text"]
        (box if box.isEnabled() else self.indicators).setFocus()

    def select_indicator(self, code: str) -> None:
        self.show_indicator(code)

    def set_period(self, period: Period) -> None:
        self._commit_pending()
        self.period = period
        self.welsh.refresh(afresh=True)
        self._show()

    def _show(self) -> None:
        indicator = self.pack.indicator(self.code) if self.code else None
        title = escape(f"{indicator.code} {indicator.title}") if indicator \
            else translate("editors.commentary", "No indicator")
        final = translate("editors.commentary", " (final: read-only)") \
            if self.pack.is_final(self.period) else ""
        self.form.heading.setText(
            translate("editors.commentary", "<h3>Commentary — {label}{final}</h3>{title}").format(
                label=self.period.label, final=final, title=title
            )
        )
        self.form.refresh()
        if final:
            for box in self.form.boxes.values():
                box.setEnabled(False)
        before = self.period.previous()
        last = self.pack.commentary(self.code, before) if self.code else None
        self.previous_label.setText(
            translate("editors.commentary", "<b>Last period ({label}), for reference:</b>").format(
                label=before.label
            )
        )
        text = last.text if last else ""
        if last and last.text_cy:
            text += "\n\n[Cymraeg]\n" + last.text_cy
        self.previous.setPlainText(text or translate("editors.commentary", "(no commentary)"))
        self._limits()

    def _count_text(self, length: int) -> str:
        if length > self.limit:
            text = translate("editors.commentary",
                             "{length} of {limit} characters — over the limit")
        else:
            text = translate("editors.commentary", "{length} of {limit} characters")
        return text.format(length=length, limit=f"{self.limit:,}")

    def _limits(self) -> None:
        for name in self.form.counts:
            self.form._count(name)

    def _chosen(self, row: int) -> None:
        item = self.indicators.item(row)
        if item is not None:
            self.show_indicator(item.data(Qt.ItemDataRole.UserRole))

    def _commit_pending(self) -> None:
        """Save what is typed, to the indicator and period it was typed for."""
        self.form.flush()

    def flush(self) -> str | None:
        return self.form.flush()

    def _pack_changed(self, changes) -> None:
        if any(kind in ("commentary", "indicator") for kind, *_ in changes):
            try:
                self.welsh.pack_changed()
            except RuntimeError:  # the Qt side is gone
                self.pack.unsubscribe(self._pack_changed)
                return
        if any(kind in ("indicator", "group") for kind, *_ in changes):
            try:
                self._fill()
            except RuntimeError:
                self.pack.unsubscribe(self._pack_changed)
        elif any(kind == "period_state" for kind, *_ in changes):
            self._show()

    def detach(self) -> None:
        self.form.detach()
        self.pack.unsubscribe(self._pack_changed)

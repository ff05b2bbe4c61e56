"""Narratives and key areas: a list of items on the left, a form for the chosen one.

Rules:
- Narratives belong to a period: the list shows the period's narratives; "New narrative…"
  starts one for this period, and "Carry forward" copies last period's narrative titles (not
  their text) so that the same sections are written every quarter.
- Both lists have Delete… (asks first; one undoable step; a narrative is deleted for this
  period only); key areas have New key area… (a title, for the indicator chosen in the form
  afterwards). Titles are renamed in the form, English and Welsh side by side.
- Key areas (seed 000 para 10) show their five items: the current position and the current
  management actions are written here (English and Welsh); the five-year trend, the management
  target with how it was calculated, and the expected quarterly improvements are read from the
  indicator's figures and targets and shown beneath for reference.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.editors.asking import confirm_delete
from gui.editors.record_form import FormField, RecordForm
from gui.language import translate
from gui.scorecard_columns import figure_text
from gui.welsh_filter import WelshFilter
from model import records as r
from model.edits.errors import EditError
from model.edits.fields import delete_command
from model.edits.sections import add_key_area, add_narrative, carry_forward_narratives
from model.periods import Period
from model.status import evaluate
from model.store import PackFileError
from model.validation import ValidationError

__all__ = ["NarrativesEditor", "KeyAreasEditor", "key_area_facts"]


class _ListAndForm(QWidget):
    kind = ""
    indicatorChanged = Signal()  # never: items are chosen here, not indicators

    def __init__(self, pack, stack, fields, parent=None):
        super().__init__(parent)
        self.pack, self.stack = pack, stack
        self.name: str | None = None
        self.items = QListWidget()
        self.items.setMinimumWidth(180)
        self.items.setMaximumWidth(300)
        self.items.setAccessibleName(translate("editors.sections", "Key areas")
                                     if self.kind == "key_area"
                                     else translate("editors.sections", "Narratives"))
        self.form = RecordForm(pack, stack, self.kind, self.key, fields)
        self.messageShown = self.form.messageShown
        self.buttons = QHBoxLayout()
        self.welsh = WelshFilter(
            pack, lambda: self.period,
            lambda gap: gap.key[0] if gap.kind == self.kind else None, self)
        self.welsh.changed.connect(self.fill)
        left = QVBoxLayout()
        left.addWidget(self.welsh)
        left.addWidget(self.items, 1)
        left.addLayout(self.buttons)
        self.right = QVBoxLayout()
        self.right.addWidget(self.form, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(self.right, 1)
        self.items.currentRowChanged.connect(self._chosen)
        pack.subscribe(self._pack_changed)

    def key(self):
        raise NotImplementedError

    def selected_indicator(self) -> str | None:
        return None

    def select_indicator(self, code: str) -> None:
        """Items are chosen in the list, not by indicator."""

    def names(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def fill(self) -> None:
        current = self.name
        names = [(name, text) for name, text in self.names() if self.welsh.accepts(name)]
        self.items.blockSignals(True)
        self.items.clear()
        for name, text in names:
            self.items.addItem(text)
            self.items.item(self.items.count() - 1).setData(Qt.ItemDataRole.UserRole, name)
        keys = [n for n, _ in names]
        self.name = current if current in keys else (keys[0] if keys else None)
        if self.name is not None:
            self.items.setCurrentRow(keys.index(self.name))
        self.items.blockSignals(False)
        self.show_item()

    def show_item(self) -> None:
        self.form.refresh()

    def _chosen(self, row: int) -> None:
        item = self.items.item(row)
        if item is not None:
            self.name = item.data(Qt.ItemDataRole.UserRole)
            self.show_item()

    def button(self, text: str, slot) -> None:
        b = QPushButton(text)
        b.setAccessibleName(text.replace("&", "").rstrip("…"))
        b.clicked.connect(slot)
        b.setEnabled(not self.pack.read_only)
        self.buttons.addWidget(b)

    def _pack_changed(self, changes) -> None:
        if any(kind == self.kind or kind == "indicator" for kind, *_ in changes):
            try:
                self.welsh.pack_changed()
                self.fill()
            except RuntimeError:
                self.pack.unsubscribe(self._pack_changed)

    def refuse(self, reason: str) -> bool:
        self.form.message.setText(
            translate("editors.sections", "<b>Refused:</b> {reason}").format(reason=reason)
        )
        return False

    def apply(self, command) -> bool:
        try:
            self.stack.apply(command)
        except (ValidationError, PackFileError) as exc:
            return self.refuse(str(exc))
        return True

    def delete(self, confirm: bool | None = None) -> bool:
        """Delete the chosen item after asking (``confirm`` answers for tests); undoable."""
        key = self.key()
        record = self.pack.get(self.kind, key) if key else None
        if record is None:
            self.form.message.setText(
                translate("editors.sections",
                          "<b>Refused:</b> choose the key area to delete first")
                if self.kind == "key_area" else translate(
                    "editors.sections", "<b>Refused:</b> choose the narrative to delete first")
            )
            return False
        title = record.title or record.name
        if self.kind == "key_area":
            word = translate("editors.sections", "key area")
            question = translate("editors.sections", "Delete the key area “{title}”?")
            label = translate("editors.sections", "Delete key area {title}")
        else:
            word = translate("editors.sections", "narrative")
            question = translate("editors.sections", "Delete the narrative “{title}”?")
            label = translate("editors.sections", "Delete narrative {title}")
        if not confirm_delete(self, word, question.format(title=title), confirm):
            return False
        if self.apply(delete_command(self.kind, key, label.format(title=title))):
            self.form.message.setText(
                translate("editors.sections", "Deleted “{title}” (Undo brings it back)").format(
                    title=title
                )
            )
            return True
        return False

    def detach(self) -> None:
        self.form.detach()
        self.pack.unsubscribe(self._pack_changed)


class NarrativesEditor(_ListAndForm):
    kind = "narrative"

    def __init__(self, pack, stack, period: Period, parent=None):
        self.period = period
        super().__init__(
            pack,
            stack,
            [
                FormField("title", QT_TRANSLATE_NOOP("editors.record_form", "Heading")),
                FormField("text", QT_TRANSLATE_NOOP("editors.record_form", "Text"), "long"),
            ],
            parent,
        )
        self.button(translate("editors.sections", "&New narrative…"), self.new)
        self.button(translate("editors.sections", "&Carry forward"), self.carry_forward)
        self.button(translate("editors.sections", "&Delete…"), self.delete)
        self.set_period(period)

    def key(self):
        return None if self.name is None else (self.name, self.period)

    def names(self):
        found = [n for n in self.pack.all("narrative") if n.period == self.period]
        found.sort(key=lambda n: (n.position, n.name))
        return [(n.name, n.title or n.name) for n in found]

    def set_period(self, period: Period) -> None:
        self.period = period
        self.form.heading.setText(
            translate("editors.sections", "<h2>Narratives — {label}</h2>").format(
                label=period.label
            )
        )
        self.welsh.refresh(afresh=True)
        self.fill()

    def add(self, name: str, title: str = "") -> bool:
        try:
            command = add_narrative(self.pack, name, self.period, title)
        except EditError as exc:
            return self.refuse(str(exc))
        if self.apply(command):
            self.name = name
            self.fill()
            return True
        return False

    def new(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            translate("editors.sections", "New narrative — Craffu"),
            translate("editors.sections", "Heading:"),
        )
        if ok and name.strip():
            self.add(name.strip())

    def carry_forward(self) -> int:
        command = carry_forward_narratives(self.pack, self.period)
        if command and self.apply(command):
            return len(command)
        self.form.message.setText(
            translate("editors.sections", "Nothing to carry forward from {label}").format(
                label=self.period.previous().label
            )
        )
        return 0


def key_area_facts(pack, area: r.KeyArea, period: Period) -> str:
    """The three items read from the figures: five-year trend, management target with its
    rationale, expected quarterly improvements (plain text lines)."""
    indicator = pack.indicator(area.indicator)
    if indicator is None:
        return translate("editors.sections", "There is no indicator {code}.").format(
            code=area.indicator)
    years = [Period(period.year - k, 4) for k in range(4, 0, -1)] + [period]
    def figure(p: Period) -> str:
        return figure_text(indicator, evaluate(pack, indicator.code, p).ytd) or \
            translate("editors.sections", "no figure")

    trend = ", ".join(f"{p.fy.label if p.quarter == 4 else p.label}: {figure(p)}"
                      for p in years)
    target = pack.target(indicator.code, period.year)
    lines = [translate("editors.sections", "Indicator: {code} {title}").format(
                 code=indicator.code, title=indicator.title),
             translate("editors.sections", "Five-year trend: {trend}").format(trend=trend)]
    if target is None or target.annual is None:
        lines.append(translate("editors.sections", "Target {year}: none set").format(
            year=period.fy.label))
    else:
        line = (translate("editors.sections", "Management target {year}: {figure}")
                if target.management
                else translate("editors.sections", "Target {year}: {figure}")).format(
            year=period.fy.label, figure=figure_text(indicator, target.annual))
        line += (translate("editors.sections", " — how it was calculated: {rationale}").format(
                     rationale=target.rationale) if target.rationale
                 else translate("editors.sections", " — no rationale written (Targets editor)"))
        lines.append(line)
    if target is not None and target.trajectory:
        steps = ", ".join(translate("editors.sections", "Q{quarter} {figure}").format(
            quarter=q, figure=figure_text(indicator, t))
            for q, t in enumerate(target.trajectory, 1))
        lines.append(translate("editors.sections",
                               "Expected quarterly improvements: {steps}").format(steps=steps))
    else:
        lines.append(translate("editors.sections",
                               "Expected quarterly improvements: no trajectory set "
                               "(Targets editor)"))
    return "\n".join(lines)


class KeyAreasEditor(_ListAndForm):
    kind = "key_area"

    def __init__(self, pack, stack, period: Period, parent=None):
        self.period = period
        codes = tuple(ind.code for ind in pack.indicators())
        super().__init__(
            pack,
            stack,
            [
                FormField("title", QT_TRANSLATE_NOOP("editors.record_form", "Title")),
                FormField(
                    "indicator",
                    QT_TRANSLATE_NOOP("editors.record_form", "Indicator"),
                    "choice",
                    codes,
                    optional=False,
                ),
                FormField(
                    "position_text",
                    QT_TRANSLATE_NOOP("editors.record_form", "Current position"),
                    "long",
                ),
                FormField(
                    "actions",
                    QT_TRANSLATE_NOOP("editors.record_form", "Current management actions"),
                    "long",
                ),
            ],
            parent,
        )
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAccessibleName(translate("editors.sections", "Trend, target and trajectory"))
        self.right.addWidget(self.facts)
        self.button(translate("editors.sections", "&New key area…"), self.new)
        self.button(translate("editors.sections", "&Delete…"), self.delete)
        self.set_period(period)

    def key(self):
        return None if self.name is None else (self.name,)

    def names(self):
        found = sorted(self.pack.all("key_area"), key=lambda a: (a.position, a.name))
        return [(a.name, a.title or a.name) for a in found]

    def set_period(self, period: Period) -> None:
        self.period = period
        self.form.heading.setText(
            translate("editors.sections", "<h2>Key areas — {label}</h2>").format(label=period.label)
        )
        self.welsh.refresh(afresh=True)
        self.fill()

    def add(self, title: str, indicator: str | None = None) -> bool:
        """A new key area titled ``title`` for ``indicator`` (default: the first indicator)."""
        try:
            command = add_key_area(self.pack, title, indicator)
        except EditError as exc:
            return self.refuse(str(exc))
        if self.apply(command):
            self.name = command.puts[0][2].name
            self.fill()
            return True
        return False

    def new(self) -> None:
        title, ok = QInputDialog.getText(
            self,
            translate("editors.sections", "New key area — Craffu"),
            translate("editors.sections", "Title:"),
        )
        if ok and title.strip():
            self.add(title)

    def show_item(self) -> None:
        super().show_item()
        area = self.pack.get("key_area", self.key()) if self.name else None
        self.facts.setText(key_area_facts(self.pack, area, self.period) if area else "")

    def _pack_changed(self, changes) -> None:
        if any(kind in ("target", "value") for kind, *_ in changes):
            self.show_item()
        super()._pack_changed(changes)

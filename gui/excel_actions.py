"""Excel from the window: the quarter's return, and the data-collection template for services.

Rules:
- "Export Excel return…" writes ``exporters.excel_return.write_return`` for the period shown;
  "Export data-collection template…" first asks which indicators (all groups, or one group,
  with how many indicators each covers), then writes ``exporters.excel_template.write_template``
  for the period shown. Both ask for the file (``.xlsx`` added when missing).
- Both run off the user-interface thread with progress and Cancel (``gui.file_actions``): a
  cancelled or failed export leaves no file under the chosen name; a failure is one message
  naming the reason. The status bar says where the file went. The job is kept as
  ``window.last_job``.
- A filled template comes back through File ▸ Import (``gui.import_dialog`` tells it from the
  interchange format), with the same preview and one undoable apply.
- openpyxl is imported only when a workbook is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from gui.file_actions import ask_path, export_job
from gui.language import current, pack_text, translate
from model.words import period_label

__all__ = ["TemplateGroupDialog", "template_groups", "export_return", "export_template"]


def _xlsx_filter() -> str:
    return translate("excel_actions", "Excel workbooks (*.xlsx)")


def template_groups(pack) -> list[tuple[str | None, str]]:
    """The choices for a template: (group or None for all, words with the indicator count),
    in the window's language (a group by its Welsh name in the Welsh window)."""
    indicators = pack.indicators()
    counts: dict[str, int] = {}
    for ind in indicators:
        if ind.group:
            counts[ind.group] = counts.get(ind.group, 0) + 1
    names = {g.name: pack_text(g.name, g.name_cy) for g in pack.groups()}
    total = len(indicators)
    every = (translate("excel_actions", "All groups ({count} indicator)") if total == 1
             else translate("excel_actions", "All groups ({count} indicators)"))
    choices: list[tuple[str | None, str]] = [(None, every.format(count=total))]
    for group, count in counts.items():
        one = (translate("excel_actions", "{group} ({count} indicator)") if count == 1
               else translate("excel_actions", "{group} ({count} indicators)"))
        choices.append((group, one.format(group=names.get(group) or group, count=count)))
    return choices


class TemplateGroupDialog(QDialog):
    """Which indicators the template asks for: all groups, or one."""

    def __init__(self, pack, period, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("excel_actions", "Data-collection template — Craffu"))
        self.group = QComboBox()
        self.group.setAccessibleName(translate("excel_actions", "Indicators in the template"))
        for group, words in template_groups(pack):
            self.group.addItem(words, group)
        note = QLabel(
            translate(
                "excel_actions",
                "A workbook for a service to fill with its {label} figures and commentary. Import "
                "it back with File ▸ Import: you see every change before it is applied.",
            ).format(label=period_label(period, current()))
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("excel_actions", "Choose file…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(translate("excel_actions", "&Indicators:"), self.group)
        form.addRow(buttons)

    def chosen_group(self) -> str | None:
        return self.group.currentData()


def _ask_xlsx(window, title: str, stem: str):
    path = ask_path(window, title, _xlsx_filter(), save=True, start=f"{stem}.xlsx")
    if path is None:
        return None
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def export_return(window):
    """Ask for a file and write the period's Excel return there in the background."""
    pack, period = window.pack, window.period
    stem = translate("excel_actions", "{pack} {period} return").format(
        pack=pack.name, period=period_label(period, current()))
    path = _ask_xlsx(window, translate("excel_actions", "Export Excel return"),
                     stem.replace("/", "-"))
    if path is None:
        return None

    def write(target, progress):
        # Lazy: openpyxl (a heavy library) is loaded when a workbook is first written.
        from exporters.excel_return import write_return

        write_return(pack, period, target, progress=progress)

    window.last_job = export_job(window, translate("excel_actions", "Exporting the Excel return"),
                                 path, write, window.say)
    return window.last_job


def export_template(window):
    """Ask for the indicators and the file; write the data-collection template there."""
    pack, period = window.pack, window.period
    dialog = TemplateGroupDialog(pack, period, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    group = dialog.chosen_group()
    label = period_label(period, current())
    stem = (translate("excel_actions", "{pack} {period} template {group}").format(
        pack=pack.name, period=label, group=group) if group else
        translate("excel_actions", "{pack} {period} template").format(pack=pack.name,
                                                                       period=label))
    path = _ask_xlsx(window, translate("excel_actions", "Export data-collection template"),
                     stem.replace("/", "-"))
    if path is None:
        return None

    def write(target, progress):
        # Lazy: openpyxl (a heavy library) is loaded when a workbook is first written.
        from exporters.excel_template import write_template

        write_template(pack, period, target, group=group, progress=progress)

    window.last_job = export_job(
        window, translate("excel_actions", "Exporting the data-collection template"), path,
        write, window.say)
    return window.last_job

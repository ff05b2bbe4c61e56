"""File ▸ Publish…: the period's published edition, made deliberately, and what changed since.

Rules (the domain's are in ``model.publication``; the files are written by
``exporters.published_edition``, the same as ``python main.py publish``):
- The dialog names every reason the period may not be published yet (not final, each error of
  its checks); Publish is enabled only when there is none.
- The officer chooses the language and an empty folder; Publish writes the committee pack and
  scorecard PDFs, the Excel return, the CSV and ``manifest.json`` from one pack revision and
  records the publication in the pack.
- "Changed since publication" lists, for a period published before, every figure, status or
  text that changed since, and the history entries since (``python main.py diff``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.language import current, translate
from model.errors import CraffuError
from model.publication import (
    NotPublished,
    PublishRefused,
    differences,
    latest_publication,
    publication_problems,
)
from model.words import period_label

__all__ = ["PublishDialog", "publish_from_window"]

_LANGUAGES = (("en", QT_TRANSLATE_NOOP("publish_dialog", "English")),
              ("cy", QT_TRANSLATE_NOOP("publish_dialog", "Cymraeg (Welsh)")),
              ("both", QT_TRANSLATE_NOOP("publish_dialog", "English and Welsh")))


class PublishDialog(QDialog):
    def __init__(self, pack, period, parent: QWidget | None = None):
        super().__init__(parent)
        self.pack, self.period = pack, period
        self.period_text = period_label(period, current())
        self.setWindowTitle(
            translate("publish_dialog", "Publish {label} — Craffu").format(label=self.period_text)
        )
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.problems = QPlainTextEdit(readOnly=True)
        self.problems.setAccessibleName(
            translate("publish_dialog", "Why the period cannot be published yet")
        )
        layout.addWidget(self.problems)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in _LANGUAGES:
            self.language.addItem(translate("publish_dialog", name), code)
        index = self.language.findData(pack.settings.language or "en")
        self.language.setCurrentIndex(max(index, 0))
        form.addRow(translate("publish_dialog", "&Language of the papers"), self.language)
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(
            translate("publish_dialog", "Folder for the published edition")
        )
        browse = QPushButton(translate("publish_dialog", "&Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder)
        row.addWidget(browse)
        form.addRow(translate("publish_dialog", "&Folder"), row)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("publish_dialog", "<b>Changed since publication</b>")))
        self.changes = QPlainTextEdit(readOnly=True)
        self.changes.setAccessibleName(
            translate("publish_dialog", "What changed in the period since it was published")
        )
        layout.addWidget(self.changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish_button = buttons.addButton(
            translate("publish_dialog", "&Publish"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.publish_button.clicked.connect(self.publish)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        problems = publication_problems(self.pack, self.period, self.language.currentData())
        if self.pack.read_only:
            problems.append(translate("publish_dialog", "{name} is open read-only, so the "
                                      "publication cannot be recorded in it").format(
                                          name=self.pack.path.name))
        self.problems.setPlainText("\n".join(problems) if problems else translate(
            "publish_dialog",
            "{label} is final and its checks report no errors: it can be published.").format(
                label=self.period_text))
        self.publish_button.setEnabled(not problems)
        published = latest_publication(self.pack, self.period)
        self.state.setText(
            f"<b>{self.period_text}</b>: "
            + (
                translate("publish_dialog", "not published yet")
                if published is None
                else translate(
                    "publish_dialog", "published on {published_at} by {user} (publication {number})"
                ).format(
                    published_at=published.published_at,
                    user=published.user,
                    number=published.number,
                )
            )
        )
        try:
            self.changes.setPlainText("\n".join(differences(self.pack, self.period).lines()))
        except NotPublished:
            self.changes.setPlainText(
                translate("publish_dialog", "The period has not been published yet."))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("publish_dialog", "Folder for the published edition")
        )
        if chosen:
            self.folder.setText(chosen)

    def publish(self) -> bool:
        from exporters.published_edition import publish

        text = self.folder.text().strip()
        if not text:
            QMessageBox.information(
                self,
                translate("publish_dialog", "Publish — Craffu"),
                translate("publish_dialog", "Choose a folder first."),
            )
            return False
        try:
            done = publish(self.pack, self.period, Path(text), self.language.currentData())
        except PublishRefused as exc:
            QMessageBox.warning(
                self, translate("publish_dialog", "Publish — Craffu"), "\n".join(exc.problems)
            )
            return False
        except (CraffuError, OSError) as exc:
            QMessageBox.warning(self, translate("publish_dialog", "Publish — Craffu"), str(exc))
            return False
        self.refresh()
        names = "\n".join(f"  {f['name']}" for f in done.manifest["files"])
        QMessageBox.information(
            self,
            translate("publish_dialog", "Publish — Craffu"),
            translate(
                "publish_dialog",
                "Published {label} (publication {number}) to {text}:\n{names}\n  manifest.json",
            ).format(label=self.period_text, number=done.number, text=text, names=names),
        )
        return True


def publish_from_window(window) -> None:
    """The File ▸ Publish… action."""
    PublishDialog(window.pack, window.period, window).exec()
    window.run_checks()

"""The report settings and the cover report, as forms over the pack's one ReportSettings record.

Rules:
- "Settings": the pack's title, organisation, language of the papers (in words: "English",
  not "en"), small-number suppression threshold and the default tolerance, tolerance type and
  sustain band, each labelled with what it means.
- The form's fields sit at the top of the page, not spread down it.
- "Cover report": first the meeting of the period shown (``MeetingForm``: meeting date, report
  date, committee, title, signatory; blank ones fall back to the settings below and the title
  is then made from the period), then the pack-wide texts: committee, report title (the
  subject: "Children's Services Performance"), the numbered paragraphs' texts (Reason for the
  Report, Background, Scope / Way Forward, Legal Implications, Financial Implications,
  Recommendation) in English and Welsh and the signatory.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QWidget

from gui.editors.record_form import FormField, RecordForm
from gui.language import translate
from model import records as r
from model.edits.sections import SETTINGS_KEY

__all__ = ["SettingsForm", "CoverReportForm", "MeetingForm"]

#: The papers' languages in words (the setting stores the code; the form translates the words
#: in the context ``editors.record_form``).
LANGUAGE_WORDS = {"en": QT_TRANSLATE_NOOP("editors.record_form", "English"),
                  "cy": QT_TRANSLATE_NOOP("editors.record_form", "Cymraeg (Welsh)"),
                  "both": QT_TRANSLATE_NOOP("editors.record_form", "English and Welsh")}
#: The tolerance types in words.
TOLERANCE_WORDS = {
    "percent": QT_TRANSLATE_NOOP("editors.record_form", "a percentage of the target"),
    "absolute": QT_TRANSLATE_NOOP("editors.record_form", "an amount in the indicator's unit"),
}

SETTINGS_FIELDS = [
    FormField("pack_title", QT_TRANSLATE_NOOP("editors.record_form", "Pack title")),
    FormField("organisation", QT_TRANSLATE_NOOP("editors.record_form", "Organisation")),
    FormField(
        "language",
        QT_TRANSLATE_NOOP("editors.record_form", "Language of the papers"),
        "choice",
        r.LANGUAGES,
        optional=False,
        words=LANGUAGE_WORDS,
    ),
    FormField(
        "suppression_threshold",
        QT_TRANSLATE_NOOP("editors.record_form", "In published papers, hide counts below"),
        "int",
        optional=False,
    ),
    FormField(
        "default_tolerance",
        QT_TRANSLATE_NOOP(
            "editors.record_form", "Amber tolerance (unless an indicator sets its own)"
        ),
        "decimal",
        optional=False,
    ),
    FormField(
        "default_tolerance_type",
        QT_TRANSLATE_NOOP("editors.record_form", "The tolerance is"),
        "choice",
        r.TOLERANCE_TYPES,
        optional=False,
        words=TOLERANCE_WORDS,
    ),
    FormField(
        "default_sustain_band",
        QT_TRANSLATE_NOOP(
            "editors.record_form",
            "\u201cSustained\u201d when within this percentage of the comparison figure",
        ),
        "decimal",
        optional=False,
    ),
]

COVER_FIELDS = [
    FormField("committee", QT_TRANSLATE_NOOP("editors.record_form", "Committee")),
    FormField(
        "report_title",
        QT_TRANSLATE_NOOP("editors.record_form", "Report subject (the title adds the period)"),
    ),
    FormField(
        "reason_text", QT_TRANSLATE_NOOP("editors.record_form", "Reason for the Report"), "long"
    ),
    FormField("background_text", QT_TRANSLATE_NOOP("editors.record_form", "Background"), "long"),
    FormField(
        "way_forward_text", QT_TRANSLATE_NOOP("editors.record_form", "Scope / Way Forward"), "long"
    ),
    FormField("legal_text", QT_TRANSLATE_NOOP("editors.record_form", "Legal Implications"), "long"),
    FormField(
        "financial_text", QT_TRANSLATE_NOOP("editors.record_form", "Financial Implications"), "long"
    ),
    FormField(
        "recommendation_text", QT_TRANSLATE_NOOP("editors.record_form", "Recommendation"), "long"
    ),
    FormField("signatory", QT_TRANSLATE_NOOP("editors.record_form", "Signatory")),
    FormField("signatory_role", QT_TRANSLATE_NOOP("editors.record_form", "Signatory's role")),
]

MEETING_FIELDS = [
    FormField("meeting_date", QT_TRANSLATE_NOOP("editors.record_form", "Meeting date"), "date"),
    FormField(
        "report_date",
        QT_TRANSLATE_NOOP("editors.record_form", "Report date (on or before the meeting)"),
        "date",
    ),
    FormField("committee", QT_TRANSLATE_NOOP("editors.record_form", "Committee (blank: as below)")),
    FormField(
        "title", QT_TRANSLATE_NOOP("editors.record_form", "Title (blank: made from the period)")
    ),
    FormField("signatory", QT_TRANSLATE_NOOP("editors.record_form", "Signatory (blank: as below)")),
    FormField(
        "signatory_role",
        QT_TRANSLATE_NOOP("editors.record_form", "Signatory's role (blank: as below)"),
    ),
]


def _settings_key() -> tuple:
    return SETTINGS_KEY


def _defaults(_key: tuple) -> r.ReportSettings:
    return r.ReportSettings()


class _PackForm(RecordForm):
    """A form over the pack's one settings record, as a page of the window
    (``gui.pages.Editor``): it belongs to no period and no indicator."""

    indicatorChanged = Signal()  # never

    def set_period(self, period) -> None:
        """The settings are the same in every period."""

    def selected_indicator(self) -> str | None:
        return None

    def select_indicator(self, code: str) -> None:
        """No indicator is chosen here."""


class SettingsForm(_PackForm):
    """The pack's report settings (the first change makes the record from the defaults)."""

    def __init__(self, pack, stack, parent: QWidget | None = None):
        super().__init__(pack, stack, "settings", _settings_key, SETTINGS_FIELDS,
                         title=translate("editors.settings", "Report settings"),
                         create=_defaults, parent=parent)


class MeetingForm(RecordForm):
    """The meeting of the period shown (``records.Meeting``), made by its first change."""

    def __init__(self, pack, stack, parent: QWidget | None = None):
        self.period = None
        super().__init__(pack, stack, "meeting", self._meeting_key, MEETING_FIELDS,
                         title=translate("editors.settings", "Meeting"),
                         create=lambda key: r.Meeting(period=key[0]),
                         parent=parent)

    def _meeting_key(self) -> tuple | None:
        return (self.period,) if self.period is not None else None

    def set_period(self, period) -> None:
        self.period = period
        self.heading.setText(
            translate("editors.settings", "<h3>Meeting for {label}</h3>").format(label=period.label)
        )
        self.refresh()


class CoverReportForm(_PackForm):
    """The cover report's fields, English and Welsh side by side, under the period's
    meeting."""

    def __init__(self, pack, stack, period=None, parent: QWidget | None = None):
        super().__init__(pack, stack, "settings", _settings_key, COVER_FIELDS,
                         title=translate("editors.settings", "Cover report"),
                         create=_defaults, parent=parent)
        self.meeting = MeetingForm(pack, stack, self)
        self.meeting.messageShown.connect(self.messageShown)
        self.layout().insertWidget(1, self.meeting)
        if period is not None:
            self.meeting.set_period(period)

    def set_period(self, period) -> None:
        self.meeting.set_period(period)

    def detach(self) -> None:
        self.meeting.detach()
        super().detach()

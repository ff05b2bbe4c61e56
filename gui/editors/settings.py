"""The report settings and the cover report, as forms over the pack's one ReportSettings record.

Rules:
- "Settings": the pack's title, organisation, language of the papers, small-number
  suppression threshold and the default tolerance, tolerance type and sustain band.
- "Cover report": committee, meeting date, report title, the numbered paragraphs' texts
  (Reason for the Report, Background, Scope / Way Forward, Legal Implications, Financial
  Implications, Recommendation) in English and Welsh, the signatory and the report date.
"""

from __future__ import annotations

from gui.editors.record_form import FormField, RecordForm
from model import records as r

__all__ = ["settings_form", "cover_report_form"]

SETTINGS_FIELDS = [
    FormField("pack_title", "Pack title"),
    FormField("organisation", "Organisation"),
    FormField("language", "Language of the papers", "choice", r.LANGUAGES, optional=False),
    FormField("suppression_threshold", "Suppress counts below", "int", optional=False),
    FormField("default_tolerance", "Default tolerance", "decimal", optional=False),
    FormField("default_tolerance_type", "Default tolerance type", "choice",
              r.TOLERANCE_TYPES, optional=False),
    FormField("default_sustain_band", "Default sustain band %", "decimal", optional=False),
]

COVER_FIELDS = [
    FormField("committee", "Committee"),
    FormField("meeting_date", "Meeting date", "date"),
    FormField("report_title", "Report title"),
    FormField("reason_text", "Reason for the Report", "long"),
    FormField("background_text", "Background", "long"),
    FormField("way_forward_text", "Scope / Way Forward", "long"),
    FormField("legal_text", "Legal Implications", "long"),
    FormField("financial_text", "Financial Implications", "long"),
    FormField("recommendation_text", "Recommendation", "long"),
    FormField("signatory", "Signatory"),
    FormField("signatory_role", "Signatory's role"),
    FormField("report_date", "Report date", "date"),
]


def _settings_key() -> tuple:
    return ("report",)


def settings_form(pack, stack) -> RecordForm:
    return RecordForm(pack, stack, "settings", _settings_key, SETTINGS_FIELDS,
                      title="Report settings", create=lambda key: r.ReportSettings())


def cover_report_form(pack, stack) -> RecordForm:
    return RecordForm(pack, stack, "settings", _settings_key, COVER_FIELDS,
                      title="Cover report", create=lambda key: r.ReportSettings())

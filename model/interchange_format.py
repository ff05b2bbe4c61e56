"""The interchange format of domain.md: its sheets (or CSV files) and their columns, exactly.

Column names are exact and in this order; the starred columns of domain.md (``REQUIRED``) must
be present and filled on every row. The reader (``model.interchange``), the writer
(``exporters.interchange``) and the order in which import problems are listed
(``model.import_plan``) all read this one definition.
"""

from __future__ import annotations

__all__ = ["SHEETS", "REQUIRED", "SHEET_ORDER"]

#: The sheets of the interchange format, in reading order, with their columns in order.
SHEETS: dict[str, tuple[str, ...]] = {
    "Indicators": (
        "code", "title", "title_cy", "definition", "definition_cy", "unit", "polarity",
        "aggregation", "decimals", "group", "tolerance", "tolerance_type", "sustain_band",
        "compare_with", "owner", "source",
    ),
    "Values": ("code", "period", "actual", "numerator", "denominator", "note"),
    "Targets": ("code", "year", "target", "quarter", "rationale"),
    "Commentary": ("code", "period", "text", "text_cy"),
    "Commitments": (
        "ref", "title", "title_cy", "owner", "due", "period", "status", "progress",
        "progress_cy",
    ),
}

#: The starred columns: present on the sheet and filled on every row.
REQUIRED: dict[str, frozenset[str]] = {
    "Indicators": frozenset({"code", "title", "unit", "polarity", "aggregation"}),
    "Values": frozenset({"code", "period"}),
    "Targets": frozenset({"code", "year", "target"}),
    "Commentary": frozenset({"code", "period"}),
    "Commitments": frozenset({"ref", "title", "period", "status"}),
}

SHEET_ORDER = {name: index for index, name in enumerate(SHEETS)}

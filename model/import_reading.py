"""Which reader an import source needs: the one choice the command line and the window share.

Rules, in this order (each test is cheap: a workbook's zip directory and ``xl/workbook.xml``):
- a translation workbook (``model.translation_import.is_translation``: its marker and Texts
  sheets) is read by ``read_translation``;
- a filled data-collection template (``model.template_import.is_template``) by
  ``read_template``;
- anything else (the interchange workbook, a CSV file or a folder of CSV files) by
  ``model.interchange.read_interchange``, which says what is wrong with a source that is none
  of them.
Reading never changes the pack; the plan is applied as one step (``ImportPlan.apply``).
"""

from __future__ import annotations

from pathlib import Path

from model.import_plan import ImportPlan

__all__ = ["read_import", "source_kind"]


def source_kind(source: Path) -> str:
    """``translation``, ``template`` or ``interchange``: the reader ``source`` needs."""
    from model.template_import import is_template
    from model.translation_import import is_translation

    source = Path(source)
    if source.is_file() and is_translation(source):
        return "translation"
    if source.is_file() and is_template(source):
        return "template"
    return "interchange"


def read_import(source: Path, pack) -> ImportPlan:
    """The import plan of ``source`` for ``pack`` (module rules); raises ``InterchangeError``
    naming every problem when the source cannot be imported."""
    kind = source_kind(source)
    if kind == "translation":
        from model.translation_import import read_translation

        return read_translation(source, pack)
    if kind == "template":
        from model.template_import import read_template

        return read_template(source, pack)
    from model.interchange import read_interchange

    return read_interchange(source, pack)

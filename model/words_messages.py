"""The command line's and the checks' messages in English and Welsh: part of the one
catalogue ``model.words.TEXT``.

The command line prints them in the interface language (``python main.py --lang cy`` or a
Welsh locale such as ``LANG=cy_GB.UTF-8``: ``model.words.interface_language``); the window's
Welsh interface can show the checks' findings from the same entries (``Finding.text``).
Messages quoted from elsewhere (a workbook's problem, the status rules' explanations) stay as
those modules write them.
"""

from __future__ import annotations

__all__ = ["MESSAGE_TEXT", "interface_language"]

MESSAGE_TEXT: dict[str, tuple[str, str]] = {
    # the severity of a finding and the command line's prefixes
    "error": ("error", "gwall"),
    "warning": ("warning", "rhybudd"),
    "cli_error": ("craffu: error: {message}", "craffu: gwall: {message}"),
    "cli_warning": ("craffu: warning: {message} (stored; 'check' reports it until it is "
                    "corrected)",
                    "craffu: rhybudd: {message} (wedi'i gadw; bydd 'check' yn ei nodi nes ei "
                    "gywiro)"),
    # the command line's reports
    "cli_created": ("created {pack}", "crëwyd {pack}"),
    "cli_created_sample": ("created {pack} from the sample pack",
                           "crëwyd {pack} o'r pecyn enghreifftiol"),
    "cli_imported": ("imported {source} into {pack}: {changes} changes",
                     "mewnforiwyd {source} i {pack}: {changes} newid"),
    "cli_wrote_scorecard_csv": ("wrote the {period} scorecard to {path}",
                                "ysgrifennwyd cerdyn sgorio {period} i {path}"),
    "cli_wrote_scorecard": ("wrote the {period} scorecard ({kind}, {edition}) to {path}",
                            "ysgrifennwyd cerdyn sgorio {period} ({kind}, {edition}) i {path}"),
    "cli_wrote_pack": ("wrote the {period} committee pack ({kind}, {edition}) to {path}",
                       "ysgrifennwyd papurau pwyllgor {period} ({kind}, {edition}) i {path}"),
    "cli_wrote_html": ("wrote the {period} HTML edition of the committee pack ({kind}, "
                       "{edition}) to {path}",
                       "ysgrifennwyd fersiwn HTML papurau pwyllgor {period} ({kind}, {edition}) "
                       "i {path}"),
    "cli_wrote_interchange": ("wrote {pack} in the interchange format to {path}",
                              "ysgrifennwyd {pack} yn y fformat cyfnewid i {path}"),
    "cli_wrote_return": ("wrote the {period} Excel return to {path}",
                         "ysgrifennwyd ffurflen Excel {period} i {path}"),
    "cli_wrote_template": ("wrote the {period} data-collection template to {path}",
                           "ysgrifennwyd templed casglu data {period} i {path}"),
    "cli_wrote_translation": ("wrote {count} texts to translate for {period} to {path}",
                              "ysgrifennwyd {count} testun i'w cyfieithu ar gyfer {period} i "
                              "{path}"),
    "cli_draft": ("draft", "drafft"),
    "cli_final": ("final", "terfynol"),
    "cli_published": ("a preview of the published edition, not the published edition",
                      "rhagolwg o'r argraffiad cyhoeddedig, nid yr argraffiad cyhoeddedig"),
    "cli_check_summary": ("{period}: {errors} {error_word}, {warnings} {warning_word}",
                          "{period}: {errors} {error_word}, {warnings} {warning_word}"),
    "cli_errors": ("errors", "gwall"),
    "cli_one_error": ("error", "gwall"),
    "cli_warnings": ("warnings", "rhybudd"),
    "cli_one_warning": ("warning", "rhybudd"),
    # the command line's refusals
    "cli_no_figures": ("{pack} has no figures yet; give --period",
                       "nid oes ffigurau yn {pack} eto; rhowch --period"),
    "cli_exists": ("{path} already exists; choose another name",
                   "mae {path} yn bodoli eisoes; dewiswch enw arall"),
    "cli_no_sample": ("the sample pack is missing from {folder}",
                      "mae'r pecyn enghreifftiol ar goll o {folder}"),
    "cli_create_first": ("{path} does not exist; create it first with: main.py new {path}",
                         "nid yw {path} yn bodoli; crëwch ef yn gyntaf gyda: main.py new {path}"),
    "cli_missing": ("{path} does not exist", "nid yw {path} yn bodoli"),
    "cli_not_file": ("{path} is not a regular file or a folder, so it cannot be imported",
                     "nid yw {path} yn ffeil reolaidd nac yn ffolder, felly ni ellir ei "
                     "fewnforio"),
    "cli_not_pack": ("{path} is not a pack file", "nid yw {path} yn ffeil pecyn"),
    "cli_nothing": ("nothing to export: give --csv FILE, --interchange FILE, --xlsx FILE, "
                    "--template FILE, --translation FILE, --pdf FILE, --pack-pdf FILE and/or "
                    "--html FILE",
                    "dim i'w allforio: rhowch --csv FFEIL, --interchange FFEIL, --xlsx FFEIL, "
                    "--template FFEIL, --translation FFEIL, --pdf FFEIL, --pack-pdf FFEIL a/neu "
                    "--html FFEIL"),
    "cli_group_template": ("--group goes with --template FILE",
                           "mae --group yn mynd gyda --template FFEIL"),
    "cli_suffix": ("--{option} {path}: the file name must end in {suffix}",
                   "--{option} {path}: rhaid i enw'r ffeil orffen gyda {suffix}"),
    "cli_paper_options": ("--language goes with --pdf, --pack-pdf or --html FILE",
                          "mae --language yn mynd gyda --pdf, --pack-pdf neu --html FFEIL"),
    "cli_published_options": ("--published goes with --pdf, --pack-pdf, --html, --csv or "
                              "--xlsx FILE",
                              "mae --published yn mynd gyda --pdf, --pack-pdf, --html, --csv "
                              "neu --xlsx FFEIL"),
    # the checks' findings
    "check_no_figure": ("no figure entered for {period}",
                        "dim ffigur wedi'i roi ar gyfer {period}"),
    "check_ratio_quarter": ("{period} has an actual but no numerator and denominator, so it is "
                            "left out of the year to date",
                            "mae gan {period} ffigur ond dim rhifiadur ac enwadur, felly mae'n "
                            "cael ei adael allan o'r flwyddyn hyd yma"),
    "check_trajectory": ("the {year} trajectory has {have} only; it needs all four quarters",
                         "dim ond {have} sydd gan drywydd {year}; mae angen y pedwar chwarter"),
    "check_no_target": ("no target for {year}, so no RAG status",
                        "dim targed ar gyfer {year}, felly dim statws RAG"),
    "check_red": ("Red without commentary ({explanation})", "Coch heb sylwebaeth ({explanation})"),
    "check_red_detail": ("{ytd} against the {target} target",
                         "{ytd} o'i gymharu â'r targed o {target}"),
    "check_jump": ("{now} is {percent}% {side} last quarter's {before}: please check it",
                   "mae {now} {percent}% {side} ffigur y chwarter diwethaf, {before}: gwiriwch "
                   "ef"),
    "check_above": ("above", "yn uwch na"),
    "check_below": ("below", "yn is na"),
    "check_long": ("{which} commentary is {length} characters, over the {limit} limit",
                   "mae'r sylwebaeth {which} yn {length} nod, dros y terfyn o {limit}"),
    "check_english": ("English", "Saesneg"),
    "check_welsh": ("Welsh", "Gymraeg"),
    # missing Welsh (model.translation)
    "gap_message": ("no Welsh for the {what} of {record} (English: “{text}”)",
                    "dim Cymraeg ar gyfer {what} {record} (Saesneg: “{text}”)"),
    "gap_mismatch": ("; the Welsh and the English have {welsh} and {english} paragraphs: give "
                     "each English paragraph its own Welsh paragraph, separated by a blank line",
                     "; mae gan y Gymraeg {welsh} paragraff a'r Saesneg {english}: rhowch "
                     "baragraff Cymraeg ei hun i bob paragraff Saesneg, gyda llinell wag "
                     "rhyngddynt"),
    "gap_paragraph": ("{what}, paragraph {number}", "{what}, paragraff {number}"),
    "gap_record_settings": ("the report settings", "gosodiadau'r adroddiad"),
    "gap_record_cover": ("the cover report", "yr adroddiad clawr"),
    "gap_record_group": ("group “{name}”", "grŵp “{name}”"),
    "gap_record_indicator": ("indicator {name}", "dangosydd {name}"),
    "gap_record_key_area": ("key area “{name}”", "maes allweddol “{name}”"),
    "gap_record_narrative": ("narrative “{name}”", "naratif “{name}”"),
    "gap_record_commitment": ("commitment {name}", "ymrwymiad {name}"),
    "gap_record_breakdown": ("breakdown “{name}”", "dadansoddiad “{name}”"),
    "gap_record_snapshot": ("snapshot “{name}”", "ciplun “{name}”"),
    "gap_what_name": ("name", "enw"),
    "gap_what_title": ("title", "teitl"),
    "gap_what_definition": ("definition", "diffiniad"),
    "gap_what_commentary": ("commentary", "sylwebaeth"),
    "gap_what_rationale": ("target's rationale", "sail resymegol y targed"),
    "gap_what_position": ("current position", "sefyllfa bresennol"),
    "gap_what_actions": ("current management actions", "camau gweithredu rheoli presennol"),
    "gap_what_text": ("text", "testun"),
    "gap_what_progress": ("progress", "cynnydd"),
    "gap_what_row": ("row", "rhes"),
    "gap_what_column": ("column", "colofn"),
    "gap_what_category": ("category", "categori"),
    "gap_what_organisation": ("organisation", "sefydliad"),
    "gap_what_committee": ("committee", "pwyllgor"),
    "gap_what_report_title": ("report title", "teitl yr adroddiad"),
    "gap_what_signatory_role": ("signatory's role", "rôl y llofnodwr"),
    "gap_what_reason_text": ("reason for the report", "rheswm dros yr adroddiad"),
    "gap_what_background_text": ("background", "cefndir"),
    "gap_what_way_forward_text": ("scope / way forward", "cwmpas / y ffordd ymlaen"),
    "gap_what_legal_text": ("legal implications", "goblygiadau cyfreithiol"),
    "gap_what_financial_text": ("financial implications", "goblygiadau ariannol"),
    "gap_what_recommendation_text": ("recommendation", "argymhelliad"),
}


def interface_language(choice: str | None = None, environ=None) -> str:
    """The language of the command line's (and the window's) messages: ``choice`` (``en`` or
    ``cy``, e.g. ``--lang cy``) when given, else the locale's (``LC_ALL``, ``LC_MESSAGES``,
    ``LANG``, ``LANGUAGE``, the first that is set: ``cy_GB.UTF-8`` is Welsh), else English."""
    import os

    if choice:
        return "cy" if choice.lower().startswith("cy") else "en"
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = environ.get(name, "")
        if value:
            return "cy" if value.split(":")[0].lower().startswith("cy") else "en"
    return "en"

"""The charts' words in English and Welsh: part of the one catalogue ``model.words.TEXT``.

Titles, axis titles, legends, annotations and the generated text alternatives of
``model.charts``. Welsh counts are written in figures with the singular noun ("y 4 chwarter
diwethaf", "y 4 blynedd diwethaf"); a sentence that needs a mutation has its own entry
("y flwyddyn ddiweddaraf").
"""

from __future__ import annotations

__all__ = ["CHART_TEXT", "UNIT_TITLES"]

#: The y-axis title of each unit.
UNIT_TITLES = {
    "count": ("number", "nifer"),
    "percent": ("per cent", "y cant"),
    "rate": ("rate", "cyfradd"),
    "days": ("days", "diwrnodau"),
    "currency": ("£", "£"),
    "ratio": ("ratio", "cymhareb"),
}

CHART_TEXT: dict[str, tuple[str, str]] = {
    # trend charts
    "chart_target": ("target", "targed"),
    "chart_target_share": ("target (quarter's share)", "targed (cyfran y chwarter)"),
    "chart_target_of": ("target {year}", "targed {year}"),
    "chart_trajectory": ("trajectory", "trywydd"),
    "chart_management": ("management target", "targed rheoli"),
    "chart_ytd_to": ("year to date, Q1–Q{quarter}", "blwyddyn hyd yma, Ch1–Ch{quarter}"),
    "chart_year_to": ("{year} (to Q{quarter})", "{year} (hyd at Ch{quarter})"),
    "chart_quarterly": ("quarterly", "fesul chwarter"),
    "chart_year_end": ("year-end", "diwedd blwyddyn"),
    "chart_alt_head": ("{title}, {view}, {first} to {last}: {phrase}",
                       "{title}, {view}, {first} i {last}: {phrase}"),
    "chart_no_figures": ("no figures reported", "dim ffigurau wedi'u hadrodd"),
    "chart_one_figure": ("one figure, {text} in {label}", "un ffigur, {text} yn {label}"),
    "chart_unchanged_latest_quarter": ("unchanged in the latest quarter at {text}",
                                       "heb newid yn y chwarter diweddaraf ar {text}"),
    "chart_unchanged_latest_year": ("unchanged in the latest year at {text}",
                                    "heb newid yn y flwyddyn ddiweddaraf ar {text}"),
    "chart_unchanged_run_quarter": ("unchanged in the last {count} quarters at {text}",
                                    "heb newid yn y {count} chwarter diwethaf ar {text}"),
    "chart_unchanged_run_year": ("unchanged in the last {count} years at {text}",
                                 "heb newid yn y {count} blynedd diwethaf ar {text}"),
    "chart_run_quarter": ("{verb} in each of the last {count} quarters, from {start} to {end}",
                          "{verb} ym mhob un o'r {count} chwarter diwethaf, o {start} i {end}"),
    "chart_run_year": ("{verb} in each of the last {count} years, from {start} to {end}",
                       "{verb} ym mhob un o'r {count} blynedd diwethaf, o {start} i {end}"),
    "chart_latest_quarter": ("{verb} in the latest quarter, from {start} to {end}",
                             "{verb} yn y chwarter diweddaraf, o {start} i {end}"),
    "chart_latest_year": ("{verb} in the latest year, from {start} to {end}",
                          "{verb} yn y flwyddyn ddiweddaraf, o {start} i {end}"),
    "chart_rose": ("rose", "cododd"),
    "chart_fell": ("fell", "gostyngodd"),
    "chart_range": (" (from {first} in {first_label}; highest {high} in {high_label}, lowest "
                    "{low} in {low_label})",
                    " (o {first} yn {first_label}; uchaf {high} yn {high_label}, isaf {low} yn "
                    "{low_label})"),
    "chart_alt_target": ("; target {text}", "; targed {text}"),
    "chart_alt_status": ("; {rag} in {label}", "; {rag} yn {label}"),
    "chart_alt_missing": ("; no figure for {labels}", "; dim ffigur ar gyfer {labels}"),
    "chart_point": ("{label}: {text}", "{label}: {text}"),
    # bar charts
    "chart_blank": ("blank", "gwag"),
    "chart_and": (" and ", " a "),
    "chart_stacked": ("{title}: stacked bars by {rows}", "{title}: barrau wedi'u pentyrru fesul "
                      "{rows}"),
    "chart_segments": (", segments by {columns}", ", segmentau fesul {columns}"),
    "chart_row": ("row", "rhes"),
    "chart_column": ("column", "colofn"),
    "chart_total": ("; total {total}", "; cyfanswm {total}"),
    "chart_largest": ("; largest {heading} {name} ({count}, {share})",
                      "; y {heading} fwyaf: {name} ({count}, {share})"),
    "chart_most_common": ("; most common {heading} {name} ({count}, {share})",
                          "; y {heading} fwyaf cyffredin: {name} ({count}, {share})"),
    "chart_blanks": ("; blank: {cells}", "; gwag: {cells}"),
    "chart_total_dates": (": total {totals}", ": cyfanswm {totals}"),
    "chart_largest_rise": ("; largest rise {name} ({first} to {last})",
                           "; y cynnydd mwyaf: {name} ({first} i {last})"),
    "chart_largest_fall": ("; largest fall {name} ({first} to {last})",
                           "; y gostyngiad mwyaf: {name} ({first} i {last})"),
    "chart_rag_title": ("RAG status by group, {period}", "Statws RAG fesul grŵp, {period}"),
    "chart_rag_alt": ("RAG status of {count} indicators, {period}: {counts}",
                      "Statws RAG {count} dangosydd, {period}: {counts}"),
    "chart_indicators": ("indicators", "dangosyddion"),
    "chart_no_group": ("(no group)", "(dim grŵp)"),
    "chart_commitments_title": ("Commitments by status, {period}",
                                "Ymrwymiadau fesul statws, {period}"),
    "chart_commitments_alt": ("Status of {count} commitments, {period}",
                              "Statws {count} ymrwymiad, {period}"),
    "chart_no_statuses": (": no statuses reported", ": dim statws wedi'i adrodd"),
    "chart_without_status": ("; {count} without a status for the period",
                             "; {count} heb statws ar gyfer y cyfnod"),
    "chart_commitments": ("commitments", "ymrwymiadau"),
    # published charts
    "chart_suppressed": ("suppressed", "wedi'i atal"),
    "chart_published_alt": ("{title}. Figures as published ({mark}: fewer than {threshold}, "
                            "suppressed): {figures}.",
                            "{title}. Ffigurau fel y'u cyhoeddwyd ({mark}: llai na {threshold}, "
                            "wedi'u hatal): {figures}."),
}

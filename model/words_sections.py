"""The words of the budget update, the commitments by plan, the complete key areas and the
compact dashboard, in English and Welsh: part of the one catalogue ``model.words.TEXT``.

The Welsh was written without a Welsh speaker's review (as the rest of the sample's Welsh) and
uses TermCymru's terms where there is one: cyllideb (budget), alldro rhagamcanol (projected
outturn), amrywiant (variance), gorwariant / tanwariant (overspend / underspend).
"""

from __future__ import annotations

__all__ = ["SECTION_TEXT"]

SECTION_TEXT: dict[str, tuple[str, str]] = {
    # the budget update
    "budget": ("Budget update", "Diweddariad ar y gyllideb"),
    "budget_line": ("Budget line", "Llinell gyllideb"),
    "budget_budget": ("Budget", "Cyllideb"),
    "budget_outturn": ("Projected outturn", "Alldro rhagamcanol"),
    "budget_variance": ("Variance", "Amrywiant"),
    "budget_note": ("Note", "Nodyn"),
    "budget_over": ("overspend", "gorwariant"),
    "budget_under": ("underspend", "tanwariant"),
    "budget_on": ("on budget", "o fewn y gyllideb"),
    "budget_summary": ("Against a budget of {budget}, the projected outturn for {period} is "
                       "{outturn}: a variance of {variance} ({word}).",
                       "Yn erbyn cyllideb o {budget}, yr alldro rhagamcanol ar gyfer {period} "
                       "yw {outturn}: amrywiant o {variance} ({word})."),
    "budget_key": ("Variance = projected outturn − budget: a positive variance is an overspend, "
                   "a negative one an underspend.",
                   "Amrywiant = alldro rhagamcanol − cyllideb: gorwariant yw amrywiant "
                   "cadarnhaol, tanwariant yw un negyddol."),
    "chart_budget_title": ("Budget and projected outturn, {period}",
                           "Cyllideb ac alldro rhagamcanol, {period}"),
    "chart_budget_alt": ("Budget and projected outturn by line, {period}: {lines}",
                         "Cyllideb ac alldro rhagamcanol fesul llinell, {period}: {lines}"),
    "chart_budget_line": ("{line} budget {budget}, projected outturn {outturn} (variance "
                          "{variance})",
                          "{line} cyllideb {budget}, alldro rhagamcanol {outturn} (amrywiant "
                          "{variance})"),
    # commitments by plan
    "plan_none": ("Other commitments", "Ymrwymiadau eraill"),
    "app_plan": ("{plan}: commitments", "{plan}: ymrwymiadau"),
    "app_narrative": ("{title}", "{title}"),
    "app_narratives": ("Updates", "Diweddariadau"),
    "app_narratives_holds": ("the quarter's narrative updates: {titles}",
                             "diweddariadau naratif y chwarter: {titles}"),
    "app_plan_holds": ("the {plan}'s commitments and their RAG status at {period}",
                       "ymrwymiadau'r {plan} a'u statws RAG yn {period}"),
    "dashboard_plan": ("{plan}: progress", "{plan}: cynnydd"),
    "plan_counts": ("{plan}: {count} commitments ({counts}).",
                    "{plan}: {count} ymrwymiad ({counts})."),
    "chart_plan_title": ("{plan}: commitments by status, {period}",
                         "{plan}: ymrwymiadau fesul statws, {period}"),
    "chart_plans_title": ("Commitments by plan and status, {period}",
                          "Ymrwymiadau fesul cynllun a statws, {period}"),
    "chart_plans_alt": ("Commitments by plan and status, {period}: {plans}",
                        "Ymrwymiadau fesul cynllun a statws, {period}: {plans}"),
    # narrative appendices and the dashboard's sections
    "app_narrative_holds": ("{title}", "{title}"),
    "dashboard_measures": ("Selected measures", "Mesurau dethol"),
    "dashboard_budget": ("Budget update", "Diweddariad ar y gyllideb"),
    "dashboard_plans": ("Commitments by plan", "Ymrwymiadau fesul cynllun"),
    "dashboard_compact_note": ("Each chart shows the measure quarter by quarter over five "
                               "years, with its target (black steps) where one is set.",
                               "Mae pob siart yn dangos y mesur fesul chwarter dros bum "
                               "mlynedd, gyda'i darged (camau du) lle mae un wedi'i osod."),
    # key areas
    "related_measures": ("Related measures", "Mesurau cysylltiedig"),
    "five_year_table": ("Year by year", "Fesul blwyddyn"),
    "year_figure_note": ("Year-end figures (the year to date for {year}); the target is the "
                         "year's.",
                         "Ffigurau diwedd blwyddyn (y flwyddyn hyd yma ar gyfer {year}); targed "
                         "y flwyddyn yw'r targed."),
    "expected_next": ("Expected quarterly improvements in {year}",
                      "Gwelliannau chwarterol disgwyliedig yn {year}"),
    "trajectory_so_far": ("{year}: the trajectory against the figures",
                          "{year}: y trywydd yn erbyn y ffigurau"),
    "no_trajectory_next": ("No quarterly trajectory has been set for {year}, the year ahead.",
                           "Nid oes trywydd chwarterol wedi'i osod ar gyfer {year}, y flwyddyn "
                           "i ddod."),
    # the cover report
    "scope": ("Scope of Scrutiny", "Cwmpas y Craffu"),
    "way_forward_only": ("Way Forward", "Y Ffordd Ymlaen"),
    # the charts
    "chart_alt_span": ("{first} to {last}", "{first} i {last}"),
    # the checks
    "check_calculated_none": ("no figure for {period}: {reason}",
                              "dim ffigur ar gyfer {period}: {reason}"),
    "check_entered_ignored": ("{period}: {code} is calculated from its formula, so the figure "
                              "entered for it is not used; delete it",
                              "{period}: caiff {code} ei gyfrifo o'i fformiwla, felly ni "
                              "ddefnyddir y ffigur a roddwyd ar ei gyfer; dilëwch ef"),
    "check_key_area_trajectory": ("key area “{title}”: no quarterly trajectory for {year}, so "
                                  "its expected future quarterly improvements are missing",
                                  "maes allweddol “{title}”: dim trywydd chwarterol ar gyfer "
                                  "{year}, felly mae ei welliannau chwarterol disgwyliedig yn "
                                  "eisiau"),
    "check_dashboard_measure": ("the dashboard measure {code} is not an indicator of this pack",
                                "nid yw mesur y dangosfwrdd {code} yn ddangosydd yn y pecyn "
                                "hwn"),
    # what has no Welsh (model.translation)
    "gap_record_budget_line": ("budget line “{name}”", "llinell gyllideb “{name}”"),
    "gap_what_plan": ("plan", "cynllun"),
    "gap_what_line": ("name", "enw"),
    "gap_what_scope_text": ("scope of scrutiny", "cwmpas y craffu"),
    "gap_what_row_heading": ("heading of the rows", "pennawd y rhesi"),
    "gap_what_column_heading": ("heading of the columns", "pennawd y colofnau"),
    "gap_what_note": ("note", "nodyn"),
    "gap_what_reason": ("officer's reason for the forecast", "rheswm y swyddog dros y rhagolwg"),
    "gap_what_owner": ("owner", "perchennog"),
    # the scorecard
    "calculated": ("calculated: {formula}", "wedi'i gyfrifo: {formula}"),
}

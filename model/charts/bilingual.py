"""Charts in both languages: a bilingual edition's chart is its English and Welsh descriptions
merged, so the two can never say different things.

Rules:
- A chart builder decorated with ``in_languages`` takes ``language`` (``en``, ``cy`` or
  ``both``); for ``both`` it builds the English and the Welsh chart and ``merge`` joins them.
- Merged labels (title, categories, axis labels, legend, series names, annotations, target
  labels, hover texts) read "English / Cymraeg", or one text where both are the same (a figure,
  a financial year). The text alternative is kept per language: ``alt_text`` is the English,
  ``alt_texts`` the English then the Welsh, printed as two descriptions, each in its language.
- Figures, points, steps and the scale are the English chart's: they are the same numbers.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect

__all__ = ["in_languages", "merge"]


def _join(en: str, cy: str, sep: str = " / ") -> str:
    return en if en == cy or not cy else f"{en}{sep}{cy}"


def merge(en, cy):
    """One ``Chart`` from its English and Welsh descriptions (see the module rules)."""
    replace = dataclasses.replace
    series = []
    for one, other in zip(en.series, cy.series, strict=True):
        points = tuple(replace(p, label=_join(p.label, q.label), status=_join(p.status, q.status))
                       for p, q in zip(one.points, other.points, strict=True))
        series.append(replace(one, name=_join(one.name, other.name), points=points))
    return replace(
        en,
        title=_join(en.title, cy.title),
        categories=tuple(_join(a, b) for a, b in zip(en.categories, cy.categories, strict=True)),
        series=tuple(series),
        y_title=_join(en.y_title, cy.y_title),
        steps=tuple(replace(a, label=_join(a.label, b.label))
                    for a, b in zip(en.steps, cy.steps, strict=True)),
        annotations=tuple(replace(a, text=_join(a.text, b.text))
                          for a, b in zip(en.annotations, cy.annotations, strict=True)),
        legend=tuple(replace(a, label=_join(a.label, b.label))
                     for a, b in zip(en.legend, cy.legend, strict=True)),
        axis_labels=tuple(_join(a, b, "/") for a, b in zip(en.axis_labels, cy.axis_labels,
                                                           strict=True)),
        x_groups=tuple((a[0], a[1], _join(a[2], b[2]))
                       for a, b in zip(en.x_groups, cy.x_groups, strict=True)),
        alt_text=en.alt_text,
        alt_texts=(en.alt_text, cy.alt_text),
        language="both",
    )


def in_languages(build):
    """Let chart builder ``build`` (with a ``language`` parameter) make ``both`` charts."""
    signature = inspect.signature(build)

    @functools.wraps(build)
    def wrapper(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        language = bound.arguments["language"]
        if language not in ("en", "cy", "both"):
            from model.charts.description import ChartError

            raise ChartError(f"language must be en, cy or both, not '{language}'")
        if language != "both":
            return build(*bound.args, **bound.kwargs)
        charts = []
        for one in ("en", "cy"):
            bound.arguments["language"] = one
            charts.append(build(*bound.args, **bound.kwargs))
        return merge(*charts)

    return wrapper

"""Every edit an officer can make, as a plain function that builds a ``model.commands.Command``.

The window (``gui/``) only turns clicks and keys into calls of these functions and applies the
command they return through its undo stack; the command line and scripts can call them too.
Nothing here imports Qt.

Modules, in the officer's words:

- ``typed``: reading what is typed or pasted into a cell: figures (``120 / 200``), numbers,
  dates, choices, yes/no, trajectories, counts, and blocks of cells from a spreadsheet.
- ``figures``: a quarter's figure, a pasted block of figures, an officer's forecast.
- ``fields``: one field of any record (titles, owners, rationale, commentary text, report
  settings), a record made or deleted, and a pasted block of fields.
- ``indicators``: indicators added, duplicated, deleted and reordered within their group.
- ``targets``: annual targets and quarterly trajectories.
- ``groups``: groups renamed (their indicators follow), given Welsh names, and ordered.
- ``tables``: breakdowns and snapshot comparisons: made, deleted, their cells, and their rows,
  columns, categories and dates added, removed, renamed and reordered with their figures.
- ``sections``: narratives, key areas, commitments and their updates, periods marked final or
  reopened.

Rules common to all:
- A function returns a ``Command`` (possibly empty when nothing would change) or raises an
  ``EditError`` (a ``model.errors.CraffuError``) whose message says, in the officer's words,
  what cannot be done and why. Values the officer gave are quoted with ``model.errors.quote``.
- Whether the pack accepts the result is decided by ``Pack.apply`` (``model.validation``); a
  function checks the command with ``Pack.prepare`` itself only where it must name the first bad
  cell of a pasted block.
"""

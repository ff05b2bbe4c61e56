"""The central editors of the main window, one module per kind of thing an officer edits.

Every editor takes the pack and the undo stack (``gui.undo.PackUndoStack``) and is a page of the
window (``gui.pages.Editor``: it follows the period, says which indicator is chosen, lets go of
the pack). Editors only turn what the officer does into calls of ``model.edits``, whose commands
are applied through the stack, so each is one undo step and written to the pack file at once.
"""

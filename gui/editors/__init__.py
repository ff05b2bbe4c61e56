"""The central editors of the main window, one module per kind of thing an officer edits.

Every editor takes the pack, the undo stack (``gui.undo.PackUndoStack``) and follows the
period the window shows (``set_period``). Edits are model commands applied through the stack,
so each is one undo step and written to the pack file at once.
"""

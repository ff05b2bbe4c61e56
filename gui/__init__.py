"""Craffu's Qt user interface. Only this package (and ``main.py``) imports Qt.

Craffu needs CPython 3.12 or newer: PySide6 6.12 loses references to ``None``, ``True`` and
``False`` on some calls, which CPython 3.12 made harmless by making those objects immortal.
"""

"""The language of the window: English or Welsh (Cymraeg), through Qt's translation.

Rules:
- Every word the window shows goes through ``translate(context, text)`` (Qt's
  ``QCoreApplication.translate``) with a fixed context per module (the module's name, e.g.
  ``"preferences"``, ``"editors.matrix"``); words declared in module-level tables are marked
  with ``QT_TRANSLATE_NOOP(context, text)`` and translated where they are shown. Fields are
  Python's ``{name}`` placeholders, filled with ``.format`` after translating, never f-strings
  (``tests/test_gui_language.py`` scans ``gui/`` for words shown untranslated).
- The Welsh is ``resources/i18n/craffu_cy.ts`` (kept current with ``pyside6-lupdate`` by
  ``scripts/update_welsh.py``, which also fills a translator's Welsh and compiles it) compiled
  to ``craffu_cy.qm``, both committed; a test proves the ``.qm``
  is the compiled ``.ts`` and that no entry is unfinished or missing. Qt ships no Welsh for its
  own dialogs, so ``resources/i18n/qt_cy.ts`` gives Welsh to the standard words Craffu shows
  (OK, Cancel, Yes, No, Save, Open, Close, Apply, the file dialog's labels, the text boxes'
  menus: Qt's contexts ``QPlatformTheme``, ``QDialogButtonBox``, ``QFileDialog`` …).
- The language is chosen in Preferences (Cymraeg / English; QSettings ``interface/language``);
  until it is chosen, the system's: Welsh when the locale is Welsh (``LANG=cy_GB.UTF-8``, or
  Qt's system locale), else English. ``python main.py --lang cy`` chooses it for one run.
- ``install`` loads the catalogues into the application (about a millisecond: the ``.qm``
  files are memory-mapped); English loads nothing. Changing the language sends Qt's
  LanguageChange to every widget; the main window then puts its words in the new language in
  place (``MainWindow.retranslate``), keeping the pack, the page, the period, the undo history
  and anything typed.
- Words of the papers that the window shows too (RAG words, periods, the checks' findings)
  come from the papers' catalogue (``model.words``) in the same language: ``paper_language``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "translate", "current", "install", "chosen",
           "choose", "system_language", "paper_language", "I18N", "CATALOGUES"]

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("cy", "en")
#: The languages as Preferences lists them, each in its own language.
LANGUAGE_NAMES = {"cy": "Cymraeg", "en": "English"}
#: The compiled catalogues of each language, Craffu's own and the standard dialogs'.
CATALOGUES = {"cy": ("craffu_cy.qm", "qt_cy.qm"), "en": ()}
_SETTING = "interface/language"

_current = "en"
_translators: list[QTranslator] = []
_system_locale: list[QLocale] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (``context``: the module's fixed context)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def current() -> str:
    """The window's language now: ``en`` or ``cy``."""
    return _current


def paper_language() -> str:
    """The language for words of the papers' catalogue shown in the window."""
    return _current


def system_language(environ=None) -> str:
    """Welsh when the locale is Welsh (the environment's, else Qt's system locale), else
    English."""
    from model.words_messages import interface_language

    language = interface_language(None, environ)
    if language == "cy":
        return "cy"
    if QLocale.system().language() == QLocale.Language.Welsh:
        return "cy"
    return "en"


def _settings() -> QSettings:
    return QSettings("Craffu", "Craffu")  # as gui.preferences.settings (which imports this)


def chosen() -> str:
    """The language chosen in Preferences, else the system's."""
    value = str(_settings().value(_SETTING, "") or "")
    return value if value in LANGUAGES else system_language()


def choose(language: str) -> None:
    """Remember ``language`` (Preferences) for this and later runs."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    _settings().setValue(_SETTING, language)


def install(language: str, app: QCoreApplication | None = None) -> str:
    """Put the window's words in ``language`` (``en`` or ``cy``); returns it. The previous
    catalogues are removed first, so installing again switches."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install the language after the application is made")
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    for name in CATALOGUES[language]:
        translator = QTranslator(app)
        if not translator.load(str(I18N / name)):
            raise FileNotFoundError(f"the Welsh catalogue is missing: {I18N / name}")
        app.installTranslator(translator)
        _translators.append(translator)
    _current = language
    if not _system_locale:
        _system_locale.append(QLocale())
    # Welsh month and day names in the date boxes; back to the system's for English
    QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
                       if language == "cy" else _system_locale[0])
    return language


def pack_text(english: str, welsh: str) -> str:
    """A text of the pack as the window shows it: in the Welsh window its Welsh where there
    is one, else the English as entered (the checks and 'Needs Welsh only' list the gaps)."""
    if _current == "cy" and (welsh or "").strip():
        return welsh
    return english

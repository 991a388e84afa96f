"""The interface language: English or German, following the system unless the user chose one.

``install_translators(app, language)`` installs CoopCalc's own translation
(``resources/translations/coopcalc_de.qm``, compiled from the Qt Linguist file beside it) and Qt's
own German strings (``qtbase_de.qm`` from Qt's translations folder: standard buttons, dialogs), and
makes the matching locale the default so that QLocale formats numbers in the chosen language.
``language`` is the setting ``"ui/language"``: ``"system"`` (default), ``"en"`` or ``"de"``.

Calling it again switches the language at run time: Qt sends every widget a LanguageChange event,
and the result pages redraw in the new language.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .paths import resources_dir

if TYPE_CHECKING:
    # PySide6's stubs type the marker as returning ``object``; it returns its source text.
    def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str | None = None) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401  (re-exported, typed above)

log = logging.getLogger(__name__)

#: The settings key the language choice is stored under, and its values.
SETTINGS_KEY = "ui/language"
CHOICES = ("system", "en", "de")
SUPPORTED = ("en", "de")

_installed: list[QTranslator] = []
_current = "en"


def resolve(language: str | None) -> str:
    """The language actually used for a setting value: 'de' or 'en' ('system' follows the system
    locale; anything unknown falls back to English)."""
    choice = (language or "system").lower()
    if choice == "system":
        return "de" if QLocale.system().language() == QLocale.Language.German else "en"
    return "de" if choice.startswith("de") else "en"


def _locale_for(lang: str) -> QLocale:
    system = QLocale.system()
    if lang == "de":
        # keep the system's German variant (Austria, Switzerland) when there is one
        return system if system.language() == QLocale.Language.German else QLocale(QLocale.Language.German,
                                                                                    QLocale.Country.Germany)
    return system if system.language() == QLocale.Language.English else QLocale(QLocale.Language.English,
                                                                                  QLocale.Country.UnitedKingdom)


def install_translators(app: QCoreApplication, language: str | None = "system") -> str:
    """Install the translators for ``language`` ('system', 'en' or 'de') and set the default locale;
    returns the language in effect ('en' or 'de'). Safe to call again to switch languages."""
    global _current
    lang = resolve(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(_locale_for(lang))
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        else:
            log.info("Qt's own %s translation was not found; standard dialogs stay English", lang)
        own = QTranslator(app)
        if own.load(f"coopcalc_{lang}", str(resources_dir() / "translations")):
            app.installTranslator(own)
            _installed.append(own)
        else:
            log.warning("coopcalc_%s.qm is missing; run resources/translations/build.py", lang)
    _current = lang
    return lang


def language() -> str:
    """The interface language in effect: 'en' or 'de'."""
    return _current


class Said(str):
    """A text in the interface language that can be put into words again: :func:`error_text` gives one,
    so a refusal kept at a cell, a field or a page reads in the new language after a live switch
    (:func:`again`). Any operation on it (an f-string, ``replace``) gives a plain str of today's words."""

    _say: Callable[[], str]

    def __new__(cls, say: Callable[[], str]) -> Said:
        self = super().__new__(cls, say())
        self._say = say
        return self


def again(text: str | None) -> str | None:
    """``text`` in the interface language in effect now (a :class:`Said` is put into words again)."""
    return text._say() if isinstance(text, Said) else text


def error_text(e: BaseException, limit: int = 6) -> str:
    """What an engine error says, in the interface language: a ``ValidationError``'s problems (at most
    ``limit``, then a count of the rest), the catalogue message another error carries (``Msg``), or
    else its own text. The text is a :class:`Said`: :func:`again` words it anew after a language switch."""
    return Said(lambda: _error_words(e, limit))


def labelled_error(label: Callable[[], str], e: BaseException) -> str:
    """"label: reason" for a refused entry (a column's or field's name, then :func:`error_text`), a
    :class:`Said` that follows the interface language."""
    return Said(lambda: f"{label()}: {_error_words(e, 6)}")


def _error_words(e: BaseException, limit: int) -> str:
    from coop_calc.errors import ValidationError, os_reason
    from coop_calc.messages import to_text

    if isinstance(e, ValidationError):
        return e.summary(limit=limit, lang=_current)
    if isinstance(e, OSError) and e.errno is not None:  # the system's own words are English on most machines
        why = to_text(os_reason(e), _current)
        return f"{why}: {e.filename}" if e.filename else why
    if len(e.args) == 1 and isinstance(e.args[0], str):
        return to_text(e.args[0], _current)
    return str(e)


def plural(text: str, n: int) -> str:
    """Finish a counted string from ``tr(source, "", n)``: German comes from the translation's
    numerus forms; English has no translation file, so its source ``"%n partner(s)"`` is made
    "1 partner" / "2 partners" here."""
    return text.replace("(s)", "" if n == 1 else "s") if "(s)" in text else text

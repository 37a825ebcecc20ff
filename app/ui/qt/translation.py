"""The interface language: Spotter's Qt catalogue and Qt's own, installed at start-up.

The catalogues are Qt Linguist files, ``resources/i18n/spotter_LANG.ts``, edited
with Linguist and compiled to ``.qm`` beside them (``make translations``; a test
checks the shipped ``.qm`` files match their ``.ts``). English is the source
language; its small catalogue holds only the plural forms (``%n``).

Which language: ``--lang`` for one run, else the language saved in Settings,
else the system's (``LANGUAGE``, ``LC_MESSAGES``, ``LANG``), else English. That
order lives in ``app.i18n`` (no Qt), shared with the voice and the command line.

Code outside a QObject translates with a fixed context too, so lupdate finds it:
``class ContentPage: tr = context_tr("ContentPage")`` then ``ContentPage.tr("...")``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.i18n.language import NAMES, resolve_language
from app.paths import resources_dir

Translate = Callable[..., str]

INTERFACE_LANGUAGES = NAMES  # each language with a catalogue, as it calls itself (Settings)
_installed: list[QTranslator] = []  # what ``install_translators`` put in, to take out again
_language = ["en"]  # the language installed last


def catalogue_dir() -> Path:
    """Where the ``spotter_LANG.ts`` catalogues and their compiled ``.qm`` live."""
    return resources_dir() / "i18n"


def context_tr(context: str) -> Translate:
    """A ``tr(text, disambiguation="", n=-1)`` in a fixed context, for code outside a QObject."""

    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, text, disambiguation, n)

    return staticmethod(tr)  # type: ignore[return-value]


def interface_language(cli_lang: str | None, saved: str | None) -> str:
    """The interface language code with a catalogue (``en`` when the wish has none)."""
    lang = resolve_language(cli_lang, saved or None)
    return lang if lang in INTERFACE_LANGUAGES else "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install Spotter's and Qt's catalogues for ``lang`` and make its locale the default.

    Any translators an earlier call installed are removed first, so the app (or a
    test) can switch language. Loading a ``.qm`` maps the file: it costs
    about a millisecond at start-up.
    """
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()  # a child of the app: removed only, it would live as long as the app
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"spotter_{lang}", str(catalogue_dir())), (f"qtbase_{lang}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    _installed.extend(installed)
    _language[0] = lang
    return installed


def current_language() -> str:
    """The interface language ``install_translators`` installed last (English before any)."""
    return _language[0]

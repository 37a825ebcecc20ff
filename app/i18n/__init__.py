"""Languages without Qt: which one a run uses, and the catalogues of its words.

``language.py`` answers "which language" (``--lang``, the saved setting, the
system, English); ``catalog.py`` holds the gettext catalogues of the spoken
phrases and the command-line messages (``po/LANG.po``); ``message.py`` marks
the sentences the cores build, to be said in the reader's language when
printed. The Qt interface reads the same language and has its own Linguist
catalogues.

The names below are loaded on first use, so a core that only marks its
messages (``app.i18n.message``) does not load the catalogues' machinery.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.i18n.catalog import languages, said_in, translations
    from app.i18n.language import (
        DEFAULT,
        NAMES,
        SUPPORTED,
        language_of,
        resolve_language,
        saved_language,
        supported,
        system_language,
    )

_WHERE = {"languages": "catalog", "said_in": "catalog", "translations": "catalog", **{name: "language" for name in (
    "DEFAULT", "NAMES", "SUPPORTED", "language_of", "resolve_language", "saved_language",
    "supported", "system_language")}}

__all__ = ["DEFAULT", "NAMES", "SUPPORTED", "language_of", "languages", "resolve_language",
           "said_in", "saved_language", "supported", "system_language", "translations"]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'app.i18n' has no attribute {name!r}")
    value = getattr(import_module(f"app.i18n.{_WHERE[name]}"), name)
    globals()[name] = value
    return value

"""Languages without Qt: which one a run uses, and the catalogues of its words.

``language.py`` answers "which language" (``--lang``, the saved setting, the
system, English); ``catalog.py`` holds the gettext catalogues of the spoken
phrases and the command-line messages (``po/LANG.po``). The Qt interface
reads the same language and has its own Linguist catalogues.
"""

from __future__ import annotations

from app.i18n.catalog import languages, translations
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

__all__ = ["DEFAULT", "NAMES", "SUPPORTED", "language_of", "languages", "resolve_language",
           "saved_language", "supported", "system_language", "translations"]

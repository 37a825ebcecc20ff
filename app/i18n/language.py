"""Which language a run speaks and prints: one answer for the app, the voice and the CLI.

The order (issue 12): ``--lang`` for one run, else the saved ``language``
setting, else the system's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``: the first one set decides, as gettext does), else English. Only the
languages Spotter ships words for are answered (``SUPPORTED``); a language it
does not have falls back to English.

Qt-free on purpose: the command line and the session core use it, and the
desktop app hands the same answer to Qt's translators.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

DEFAULT = "en"
SUPPORTED = ("en", "es", "de")
NAMES = {"en": "English", "es": "Español", "de": "Deutsch"}  # each in its own language
ENV_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
FOLLOW_SYSTEM = ("", "system", "auto")  # saved values that mean "follow the system"


def base_language(tag: str | None) -> str | None:
    """The language part of a locale or BCP 47 tag, lower case: ``es_ES.UTF-8`` -> ``es``.

    None for an empty tag and for the C/POSIX locale (no language chosen).
    """
    text = (tag or "").strip()
    if not text or text.upper() in ("C", "POSIX") or text.upper().startswith("C."):
        return None
    head = re.split(r"[-_.@]", text, maxsplit=1)[0].lower()
    return head if head.isalpha() else None


def supported(tag: str | None) -> str | None:
    """``tag``'s language if Spotter has it (``de-AT`` -> ``de``), else None."""
    lang = base_language(tag)
    return lang if lang in SUPPORTED else None


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The system's language as gettext finds it, if Spotter has it.

    The first variable of ``ENV_VARS`` that is set decides; ``LANGUAGE`` may list
    several (``fr:es``), the first one Spotter has wins. A C/POSIX locale means
    no translation (None), as it does for Python's gettext.
    """
    env = os.environ if environ is None else environ
    for name in ENV_VARS:
        value = env.get(name, "")
        if not value:
            continue
        for entry in value.split(":"):
            if base_language(entry) is None:
                return None
            found = supported(entry)
            if found:
                return found
        return None
    return None


def saved_language(settings_file: Path) -> str | None:
    """The ``language`` preference saved in the settings INI (``app.preferences``, no Qt).

    None when the file, the key or its value is missing or means "follow the
    system", or when the file cannot be read: settings never stop a command.
    """
    from app.preferences import PreferenceStore

    raw = PreferenceStore(settings_file).load().language.strip()
    if raw.lower() in FOLLOW_SYSTEM:
        return None
    return supported(raw)


def resolve_language(cli: str | None = None, saved: str | None = None,
                     environ: Mapping[str, str] | None = None) -> str:
    """The language of this run: ``cli``, else ``saved``, else the system's, else English.

    A value Spotter has no words for is passed over (``--lang fr`` speaks English).
    """
    for choice in (cli, saved):
        found = supported(choice)
        if found:
            return found
    return system_language(environ) or DEFAULT


def language_of(lang: str | None, settings_file: Path | None,
                environ: Mapping[str, str] | None = None) -> str:
    """``resolve_language`` for a run: ``--lang`` (``Context.lang``), then the settings file."""
    if supported(lang):
        return supported(lang) or DEFAULT
    saved = saved_language(settings_file) if settings_file is not None else None
    return resolve_language(None, saved, environ)

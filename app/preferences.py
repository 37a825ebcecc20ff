"""The user's preferences: one small store, read and written without Qt.

Both players honour what is saved here (the desktop player, the terminal
player), the Settings screen edits it and ``spotter settings`` shows and sets
it. The file is the INI at ``Paths.settings_file`` in the data dir, section
``[preferences]`` (the keys are the field names of ``Preferences``); the
window's geometry sits beside it in ``[window]``. Rules:

1. A missing file, key or garbled value loads as its default; an out-of-range
   number is clamped: a hand-edited file never stops the app.
2. Setting a value by name (``set_value``) is strict instead: an unknown key or
   a bad value is a ``PreferenceError`` with one line saying what is allowed.
3. Every write replaces the whole file atomically and keeps sections it does
   not own (a file written by QSettings, as earlier versions did, loads too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from enum import Enum
from pathlib import Path
from typing import Any

from app.i18n.message import N_

SECTION = "preferences"


class Theme(str, Enum):
    """Follow the system's light or dark scheme, or force one."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"  # black and white, yellow focus: for low vision


@dataclass(frozen=True)
class Preferences:
    """Everything the user chooses once and every session honours."""

    voice_enabled: bool = True
    voice: str = ""  # empty: the speech engine's default voice
    rate: int = 170  # words per minute
    volume: float = 1.0  # 0.0 - 1.0
    get_ready: int = 5  # seconds before the first step
    default_rest: int = 20  # seconds between sets and exercises
    beeps: bool = True  # beep on the last three seconds
    reduce_motion: bool = False  # the player's figure stays still (no movement drawn)
    voice_commands: bool = False  # listen for "next", "pause"... through the microphone (offline)
    text_size: int = 100  # percent of the normal size
    theme: Theme = Theme.SYSTEM
    language: str = ""  # interface, voice and messages: "" follows the system (``app.i18n``)


LIMITS: dict[str, tuple[float, float]] = {
    "rate": (80, 300), "get_ready": (0, 60), "default_rest": (0, 300), "text_size": (75, 200),
    "volume": (0.0, 1.0)}

# the names ``spotter settings`` uses -> the fields of ``Preferences``
KEYS = {"get-ready": "get_ready", "rest": "default_rest", "voice": "voice", "voice-enabled": "voice_enabled",
        "rate": "rate", "volume": "volume", "beeps": "beeps", "reduce-motion": "reduce_motion",
        "voice-commands": "voice_commands", "text-size": "text_size",
        "theme": "theme", "language": "language"}
_TRUE, _FALSE = ("true", "1", "yes", "on"), ("false", "0", "no", "off")


class PreferenceError(ValueError):
    """A key or value ``set_value`` cannot take; the message is one line for the user."""


class PreferenceStore:
    """Loads and saves ``Preferences`` in the settings INI."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Preferences:
        """The saved preferences; a missing or garbled value falls back to its default."""
        section = self._read().sections.get(SECTION, {})
        base = Preferences()
        values: dict[str, Any] = {}
        for f in fields(Preferences):
            raw = section.get(f.name)
            if raw is not None:
                values[f.name] = _lenient(f.name, _unquote(raw), getattr(base, f.name))
        return replace(base, **values)

    def save(self, prefs: Preferences) -> None:
        """Write every preference (the other sections of the file are kept)."""
        ini = self._read()
        for f in fields(Preferences):
            ini.set(SECTION, f.name, _text(getattr(prefs, f.name)))
        self._write(ini)

    def set_value(self, key: str, text: str) -> Preferences:
        """Set one preference by its command-line name (``get-ready``...) and save; the result."""
        name = KEYS.get(key) or (key if key in KEYS.values() else None)
        if name is None:
            raise PreferenceError(N_("no setting {key} (settings: {names})", key=repr(key),
                                     names=", ".join(KEYS)))
        prefs = replace(self.load(), **{name: parse(name, text)})
        self.save(prefs)
        return prefs

    def raw(self, section: str, key: str) -> str | None:
        """A value of another section as stored (the window's geometry)."""
        return self._read().sections.get(section, {}).get(key)

    def set_raw(self, section: str, key: str, value: str) -> None:
        """Store a value of another section."""
        ini = self._read()
        ini.set(section, key, value)
        self._write(ini)

    def _read(self) -> Ini:
        try:
            return Ini.parse(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeError):
            return Ini()  # rule 1: an unreadable file is an empty one

    def _write(self, ini: Ini) -> None:
        from app.files import write_atomic  # a start-up only reads

        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, ini.text())


class Ini:
    """An INI file as sections of key -> text, in file order: what the store needs of one.

    Read as configparser reads it (``RawConfigParser`` without interpolation, keys
    keeping their case), but never refused (rule 1): a full-line comment (``#``,
    ``;``) or a line with neither ``=`` nor ``:`` is skipped, an indented line
    continues the value above it, a later key replaces an earlier one, and a key
    before any section is dropped. Written back as ``key=value`` lines, one blank
    line after each section.
    """

    def __init__(self) -> None:
        self.sections: dict[str, dict[str, str]] = {}

    @classmethod
    def parse(cls, text: str) -> Ini:
        """The sections of ``text``."""
        ini = cls()
        section: dict[str, str] | None = None
        key: str | None = None
        for line in text.splitlines():
            stripped = line.strip()
            if not stripped or stripped[0] in "#;":
                continue
            if line[0] in " \t" and section is not None and key is not None:
                section[key] = f"{section[key]}\n{stripped}"  # a continuation line
                continue
            header = _SECTION_LINE.match(stripped)
            if header:
                section, key = ini.sections.setdefault(header.group(1), {}), None
                continue
            cut = _DELIMITER.search(stripped)
            if cut is None or section is None or cut.start() == 0:
                key = None
                continue
            key = stripped[:cut.start()].strip()
            section[key] = stripped[cut.end():].strip()
        return ini

    def set(self, section: str, key: str, value: str) -> None:
        """Set a key (its section is added at the end if new)."""
        self.sections.setdefault(section, {})[key] = value

    def text(self) -> str:
        """The file's text."""
        out = []
        for name, values in self.sections.items():
            out.append(f"[{name}]\n")
            out += [f"{k}={v}".replace("\n", "\n\t") + "\n" for k, v in values.items()]
            out.append("\n")
        return "".join(out)


_SECTION_LINE = re.compile(r"^\[(.+)\]$")
_DELIMITER = re.compile(r"[=:]")


def as_json(prefs: Preferences) -> dict[str, Any]:
    """The preferences by their command-line names, as JSON values."""
    by_field = {v: k for k, v in KEYS.items()}
    return {by_field[f.name]: _plain(getattr(prefs, f.name)) for f in fields(Preferences)}


def parse(name: str, text: str) -> Any:
    """``text`` as the value of field ``name``, strictly (rule 2)."""
    default = getattr(Preferences(), name)
    key = {v: k for k, v in KEYS.items()}.get(name, name)
    text = text.strip()
    if isinstance(default, bool):
        if text.lower() not in _TRUE + _FALSE:
            raise PreferenceError(N_("{key} must be on or off (true/false), not {text}", key=key,
                                     text=repr(text)))
        return text.lower() in _TRUE
    if isinstance(default, Theme):
        try:
            return Theme(text.lower().replace("-", "_"))
        except ValueError:
            raise PreferenceError(N_("{key} must be one of {names}, not {text}", key=key,
                                     names=", ".join(t.value for t in Theme), text=repr(text))) from None
    if name == "language":
        from app.i18n.language import FOLLOW_SYSTEM, SUPPORTED

        if text.lower() in FOLLOW_SYSTEM:
            return ""
        if text.lower() not in SUPPORTED:
            raise PreferenceError(N_("language must be one of {names} or system, not {text}",
                                     names=", ".join(SUPPORTED), text=repr(text)))
        return text.lower()
    if isinstance(default, (int, float)):
        try:
            value: float = float(text) if isinstance(default, float) else int(text)
        except ValueError:
            wanted = (N_("{key} must be a number, not {text}", key=key, text=repr(text))
                      if isinstance(default, float) else
                      N_("{key} must be a whole number, not {text}", key=key, text=repr(text)))
            raise PreferenceError(wanted) from None
        low, high = LIMITS.get(name, (float("-inf"), float("inf")))
        if not low <= value <= high:
            raise PreferenceError(N_("{key} must be from {low} to {high}, not {text}", key=key,
                                     low=_num(low), high=_num(high), text=text))
        return value
    return text


def _lenient(name: str, raw: str, default: Any) -> Any:
    """Rule 1: the stored text as a value, else the default; numbers clamped to their range."""
    try:
        if isinstance(default, bool):
            return raw.lower() in _TRUE
        if isinstance(default, Theme):
            return Theme(raw)
        if isinstance(default, (int, float)):
            value: float = float(raw) if isinstance(default, float) else int(float(raw))
            low, high = LIMITS.get(name, (value, value))
            return type(default)(min(high, max(low, value)))
    except ValueError:
        return default
    return raw


def _unquote(raw: str) -> str:
    """A value as QSettings may have written it (``"a, b"``, ``\\\\``): plain text."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        raw = raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return raw


def _text(value: Any) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


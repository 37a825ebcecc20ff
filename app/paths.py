"""Every file location Spotter uses, in one place.

Nothing else in the package builds a path to user data or to bundled files:
it asks this module. The data directory can be overridden with ``--data-dir``
or the ``SPOTTER_DATA_DIR`` environment variable, so tests never touch a real
home folder. When ``SPOTTER_TESTING`` is set, a data directory inside the real
home folder is refused outright.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class PathsError(RuntimeError):
    """A location cannot be used (for example a test aiming at the real home)."""


def _bundled(name: str) -> Path:
    """Find a bundled folder in an installed wheel or in a source checkout."""
    installed = _PACKAGE_DIR / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def bundled_content_root() -> Path:
    """The content root shipped with Spotter (``content/`` in the repository)."""
    return _bundled("content")


def resources_dir() -> Path:
    """Icons, the .desktop file and AppStream metadata (``resources/``)."""
    return _bundled("resources")


def default_data_dir() -> Path:
    """Where user data lives unless overridden: ``$XDG_DATA_HOME/spotter``."""
    env = os.environ.get("SPOTTER_DATA_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "spotter"


@dataclass(frozen=True)
class Paths:
    """The locations of one running Spotter, all below ``data_dir``."""

    data_dir: Path

    @classmethod
    def create(cls, data_dir: str | Path | None = None) -> Paths:
        """Resolve the data directory (argument, then environment, then default)."""
        chosen = Path(data_dir).expanduser() if data_dir else default_data_dir()
        chosen = chosen.resolve()
        if os.environ.get("SPOTTER_TESTING"):
            home = Path.home().resolve()
            if chosen == home or home in chosen.parents:
                raise PathsError(f"refusing to use {chosen} under the real home folder in tests")
        return cls(chosen)

    @property
    def history_db(self) -> Path:
        """The SQLite file holding every session."""
        return self.data_dir / "history.sqlite3"

    @property
    def history_locks(self) -> Path:
        """One lock file per session being recorded; a free lock means its process died."""
        return self.data_dir / "history-locks"

    @property
    def backups_dir(self) -> Path:
        """Automatic copies of the history database."""
        return self.data_dir / "backups"

    @property
    def user_content(self) -> Path:
        """The user's own content root (always read, holds saved workouts)."""
        return self.data_dir / "content"

    @property
    def settings_file(self) -> Path:
        """The settings INI (``app/preferences.py``; in the data dir, so tests stay there)."""
        return self.data_dir / "settings.ini"

    @property
    def log_file(self) -> Path:
        """The log, including each cue's measured lateness."""
        return self.data_dir / "spotter.log"

    @property
    def speech_cache(self) -> Path:
        """Rendered cue audio, safe to delete at any time."""
        return self.data_dir / "cache" / "speech"

    def ensure(self) -> None:
        """Create the data directory and its user content root if missing."""
        (self.user_content / "exercises").mkdir(parents=True, exist_ok=True)
        (self.user_content / "workouts").mkdir(parents=True, exist_ok=True)

    def content_roots(self, extra: Sequence[str | Path] | None = None) -> list[Path]:
        """Every content root in load order: bundled, ``--content`` ones, the user's."""
        roots = [bundled_content_root()]
        roots += [Path(r).expanduser().resolve() for r in (extra or [])]
        roots.append(self.user_content)
        return roots

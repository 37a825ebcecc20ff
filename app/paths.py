"""Every file location Spotter uses, in one place.

Nothing else in the package builds a path to user data or to bundled files:
it asks this module. The data directory can be overridden with ``--data-dir``
or the ``SPOTTER_DATA_DIR`` environment variable, so tests never touch a real
home folder. When ``SPOTTER_TESTING`` is set, a data directory inside the real
home folder is refused outright. A data directory that cannot be one (a file,
an empty name, a kernel pseudo-filesystem such as ``/proc``) is refused with
one line, never replaced by the default.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.i18n.message import N_

_PACKAGE_DIR = Path(__file__).resolve().parent
_PSEUDO = tuple(Path(p) for p in ("/proc", "/sys", "/dev"))  # kernel views, not folders for data


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
        if data_dir is not None and not str(data_dir).strip():
            raise PathsError(N_("--data-dir is empty: give a folder"))
        chosen = Path(data_dir).expanduser() if data_dir is not None else default_data_dir()
        chosen = chosen.resolve()
        shm = Path("/dev/shm")
        if any(chosen == p or p in chosen.parents for p in _PSEUDO) and not (
                chosen == shm or shm in chosen.parents):  # a tmpfs: a folder like any other
            raise PathsError(N_("cannot keep data in {path}: it is a view of the system, not a "
                                "folder; give another --data-dir", path=chosen))
        if chosen.exists() and not chosen.is_dir():
            raise PathsError(N_("cannot keep data in {path}: it is a file, not a folder",
                                path=chosen))
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
    def unsaved_dirs(self) -> tuple[Path, Path]:
        """Where finished sessions wait that the history could not take (a full disk...).

        The first is in the data folder; the second is on another file system
        when there is one (the session's runtime folder, else the temporary
        folder), private to this user and this data folder, for when the data
        folder's disk is full or read-only. Both are read at every start.
        """
        import hashlib  # here, not at the top: the desktop app's start-up does not need it

        key = hashlib.sha256(str(self.data_dir).encode()).hexdigest()[:12]
        return self.data_dir / "unsaved", self.runtime_dir / f"unsaved-{key}"

    @property
    def runtime_dir(self) -> Path:
        """This user's folder for Spotter outside the data folder's disk (usually a tmpfs)."""
        import tempfile  # here, not at the top: it pulls in shutil, random and hashlib

        runtime = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
        return Path(runtime) / f"spotter-{os.getuid()}"

    @property
    def sound_client_dir(self) -> Path:
        """The sound client's runtime folder when the desktop session gives none.

        Without ``XDG_RUNTIME_DIR`` the PulseAudio client library (loaded by
        espeak-ng) would make one in ``~/.config/pulse``; it goes here instead
        (or, in a read-only data folder, to ``runtime_dir``).
        """
        return self.data_dir / "cache" / "pulse"

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

    def ensure(self) -> bool:
        """Create the data directory and its user content root if missing; False if it cannot.

        A read-only data folder is no reason to stop: the library still loads
        (without the user's folder) and the history says it cannot be saved.
        """
        try:
            (self.user_content / "exercises").mkdir(parents=True, exist_ok=True)
            (self.user_content / "workouts").mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        return True

    def content_roots(self, extra: Sequence[str | Path] | None = None) -> list[Path]:
        """Every content root in load order: bundled, ``--content`` ones, the user's."""
        roots = [bundled_content_root()]
        roots += [Path(r).expanduser().resolve() for r in (extra or [])]
        roots.append(self.user_content)
        return roots

"""What every command and the desktop app are handed: file locations, roots, speed.

It sits below both ``app.commands`` and ``app.ui``, so neither imports the other
for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.paths import Paths


class UserError(Exception):
    """A mistake of the user's (unknown id, bad file...): one line, exit status 2."""


@dataclass
class Context:
    """What every handler needs: file locations, content roots and the speed factor."""

    paths: Paths
    extra_roots: list[str] = field(default_factory=list)
    speed: float = 1.0
    lang: str | None = None  # ``--lang``: None means the saved setting, then the system's

    def language(self) -> str:
        """The language of this run: ``--lang``, the saved setting, the system's, else English."""
        from app.i18n.language import language_of

        return language_of(self.lang, self.paths.settings_file)

    def content_roots(self) -> list[Path]:
        """Bundled content, then ``--content`` roots, then the user's folder."""
        return self.paths.content_roots(self.extra_roots)

"""Which files a content root holds, without reading them (the cache's fingerprint too).

Three shapes of root:

- Spotter's own: ``exercises/`` and ``workouts/`` folders; the folder says the kind.
- A Hugo site (a config file at its root, see :mod:`app.content.site`): every
  page of every language's content folder, recognised later by what it holds,
  and the data files that hold workouts.
- Any other folder (``content/en`` of a site, a folder of exported pages):
  every page below it, recognised by what it holds.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from app.content.model import ContentError


class Source(NamedTuple):
    """The files of one content root (or of the paths given to ``validate``)."""

    root: Path
    exercise_files: tuple[Path, ...] = ()
    workout_files: tuple[Path, ...] = ()
    # (page, its language folder, that folder's language): the kind is read from the page
    pages: tuple[tuple[Path, Path, str | None], ...] = ()
    default_lang: str | None = None  # the site's original language; None: the file names say
    data_files: tuple[Path, ...] = ()
    config_files: tuple[Path, ...] = ()
    problems: tuple[ContentError, ...] = ()

    def files(self, kind: str) -> tuple[Path, ...]:
        """The files of one kind, in load order."""
        return self.exercise_files if kind == "exercise" else self.workout_files

    def all_files(self) -> tuple[Path, ...]:
        """Every file the library of this root depends on."""
        return (self.config_files + self.exercise_files + self.workout_files
                + tuple(p for p, _, _ in self.pages) + self.data_files)


def md_files(folder: Path) -> tuple[Path, ...]:
    """Every ``*.md`` below a folder, sorted; names starting with ``.`` or ``_`` are skipped."""
    found: list[str] = []
    for top, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith((".", "_"))]
        found += [os.path.join(top, n) for n in names
                  if n.endswith((".md", ".markdown")) and not n.startswith((".", "_"))]
    return tuple(Path(p) for p in sorted(found))


def scan_root(root: Path) -> Source:
    """The files of a content root, whichever of the three shapes it has."""
    from app.content.site import data_files, page_files, read_site

    site = read_site(root)
    if site is not None:
        pages: list[tuple[Path, Path, str | None]] = []
        problems = list(site.problems)
        for lang, folder in site.content_dirs:
            found, trouble = page_files(folder)
            pages += [(p, folder, lang) for p in found]
            problems += trouble
        return Source(root, pages=tuple(pages), default_lang=site.default_lang,
                      data_files=data_files(site.data_dir), config_files=site.config_files,
                      problems=tuple(problems))
    if (root / "exercises").is_dir() or (root / "workouts").is_dir():
        return Source(root, md_files(root / "exercises"), md_files(root / "workouts"))
    found, trouble = page_files(root)
    return Source(root, pages=tuple((p, root, None) for p in found), problems=tuple(trouble))


def watched(root: Path) -> tuple[tuple[Path, ...], tuple[tuple[Path, tuple[str, ...]], ...]]:
    """(single files, (folder, file endings) pairs) a root's library depends on (the cache's key)."""
    from app.content.site_files import DATA_EXTENSIONS, config_files

    pages = (".md", ".markdown")
    if config_files(root):
        from app.content.site import read_site

        site = read_site(root)
        assert site is not None
        return site.config_files, (*((folder, pages) for _, folder in site.content_dirs),
                                   (site.data_dir, DATA_EXTENSIONS))
    if (root / "exercises").is_dir() or (root / "workouts").is_dir():
        return (), ((root / "exercises", pages), (root / "workouts", pages))
    return (), ((root, pages),)

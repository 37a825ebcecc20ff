"""A Hugo site's root as a content root: its config, languages and folders.

A folder is a Hugo site when it has a config file: ``hugo.toml``,
``config.toml`` (or ``.yaml``, ``.yml``, ``.json``), or files in
``config/_default/``. From the config come the default content language, each
language's ``contentDir`` (``languages.es.contentDir = "content/es"``, Hugo's
multilingual layout by folder) and the data folder. Every page below the
content folders is read and recognised by what it holds, not by where it is
(section names are translated: ``exercises``, ``ejercicios``). Nothing outside
the site's root is read: a ``contentDir`` leading out of it is refused.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.content.model import ContentError, Severity
from app.content.names import EXTENSIONS
from app.content.site_files import DATA_EXTENSIONS, config_files
from app.i18n.message import N_

MAX_CONFIG_BYTES = 256 * 1024
MAX_PAGES = 50_000  # a site larger than this is read up to here, with a warning


@dataclass(frozen=True)
class Site:
    """What the loader needs from a site's config."""

    root: Path
    default_lang: str
    content_dirs: tuple[tuple[str | None, Path], ...]  # (language or None, folder); default first
    data_dir: Path
    config_files: tuple[Path, ...]
    problems: tuple[ContentError, ...] = ()


def read_data_file(path: Path) -> Any:
    """A JSON, YAML or TOML file as data; ValueError with plain words if it cannot be read."""
    from app.content.loader import _FileProblem, read_text

    if os.path.getsize(path) > 4 * MAX_CONFIG_BYTES:
        raise ValueError(f"larger than {4 * MAX_CONFIG_BYTES // 1024} KiB")
    try:
        text = read_text(path)
    except _FileProblem as exc:
        raise ValueError(exc.message) from None
    try:
        if path.suffix == ".json":
            import json

            return json.loads(text)
        if path.suffix == ".toml":
            import tomllib

            return tomllib.loads(text)
        from app.content.yamlsafe import YamlProblem, safe_load

        try:
            return safe_load(text)
        except YamlProblem as exc:
            raise ValueError(exc.message) from None
    except (ValueError, RecursionError) as exc:
        raise ValueError(" ".join(str(exc).split())[:200]) from None


def read_site(root: Path) -> Site | None:
    """The site at ``root``, or None when ``root`` has no Hugo config."""
    files = config_files(root)
    if not files:
        return None
    config: dict[str, Any] = {}
    problems: list[ContentError] = []
    real_root = os.path.realpath(root)
    for path in files:
        if not _inside(path, real_root):
            problems.append(ContentError(path, "", N_(
                "this is a link to {target}, outside the site {root}; it is not read",
                target=os.path.realpath(path), root=root)))
            continue
        try:
            data = read_data_file(path)
        except (OSError, ValueError) as exc:
            problems.append(ContentError(path, "", N_("the site's config cannot be read: {error}",
                                                      error=str(exc))))
            continue
        if not isinstance(data, dict):
            continue
        stem = path.stem
        if path.parent.name == "_default" and stem not in ("hugo", "config"):
            data = {stem: data}  # config/_default/languages.toml holds `languages`
        for key, value in data.items():
            if isinstance(value, dict) and isinstance(config.get(key), dict):
                config[key] = {**config[key], **value}
            else:
                config[key] = value
    return _site(root, config, files, problems)


def _site(root: Path, config: dict[str, Any], files: tuple[Path, ...],
          problems: list[ContentError]) -> Site:
    default = str(config.get("defaultContentLanguage") or "en").casefold()
    base = v if isinstance(v := config.get("contentDir"), str) else "content"
    languages = v if isinstance(v := config.get("languages"), dict) else {}
    order = []
    for code, settings in languages.items():
        settings = settings if isinstance(settings, dict) else {}
        weight = v if isinstance(v := settings.get("weight"), int) else 0
        folder = settings.get("contentDir")
        order.append((str(code).casefold() != default, weight, str(code).casefold(),
                      folder if isinstance(folder, str) else None))
    dirs: list[tuple[str | None, Path]] = []
    for _, _, code, folder in sorted(order):
        if folder:
            dirs.append((code, root / folder))
    if not dirs or all(folder is None for *_, folder in order):
        dirs = [(None, root / base)]  # one folder; languages by file name (swan.es.md)
    elif not any(code == default for code, _ in dirs):
        dirs.insert(0, (default, root / base))
    real_root = os.path.realpath(root)
    kept = []
    for code, folder in dirs:
        if not _inside(folder, real_root):
            problems.append(ContentError(files[0], f"languages.{code}.contentDir",
                                         N_("{folder} is outside the site {root}; it is not read",
                                            folder=folder, root=root)))
        elif folder.is_dir():
            kept.append((code, folder))
    data = root / (v if isinstance(v := config.get("dataDir"), str) else "data")
    if not _inside(data, real_root):
        problems.append(ContentError(files[0], "dataDir", N_(
            "{folder} is outside the site {root}; it is not read", folder=data, root=root)))
        data = root / "data"
    return Site(root, default, tuple(kept), data, files, tuple(problems))


def _inside(path: Path, real_root: str) -> bool:
    real = os.path.realpath(path)
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def page_files(folder: Path, limit: int = MAX_PAGES) -> tuple[tuple[Path, ...], list[ContentError]]:
    """Every Markdown page below ``folder`` (hidden folders skipped), sorted; links not followed."""
    found: list[str] = []
    problems: list[ContentError] = []
    for top, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.join(top, n) for n in names
                  if n.casefold().endswith(EXTENSIONS) and not n.startswith(".")]
        if len(found) > limit:
            problems.append(ContentError(folder, "", N_("more than {n} pages; only the first {n} "
                                                        "are read", n=limit), Severity.WARNING))
            found = found[:limit]
            break
    return tuple(Path(p) for p in sorted(found)), problems


def data_files(folder: Path) -> tuple[Path, ...]:
    """The site's data files (JSON, YAML, TOML) below ``data/``, sorted."""
    if not folder.is_dir():
        return ()
    found = []
    for top, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(top) / n for n in names
                  if Path(n).suffix in DATA_EXTENSIONS and not n.startswith(".")]
    return tuple(sorted(found))

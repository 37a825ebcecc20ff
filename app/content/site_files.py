"""Which files make a folder a Hugo site: its config files, and the data files' endings.

Small and free of imports on purpose: the library cache asks this of every
content root at each start (``scan.watched``), and only a root that is a site
needs the site reader itself (``app.content.site``).
"""

from __future__ import annotations

from pathlib import Path

CONFIG_NAMES = tuple(f"{stem}.{ext}" for stem in ("hugo", "config")
                     for ext in ("toml", "yaml", "yml", "json"))
DATA_EXTENSIONS = (".json", ".yaml", ".yml", ".toml")


def config_files(root: Path) -> tuple[Path, ...]:
    """The site's config files, in the order Hugo merges them (later ones add to earlier ones)."""
    found = [root / n for n in CONFIG_NAMES if (root / n).is_file()]
    default = root / "config" / "_default"
    if default.is_dir():
        found += sorted(p for p in default.iterdir()
                        if p.suffix in DATA_EXTENSIONS and p.is_file())
    return tuple(found)

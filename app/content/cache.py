"""A cache of the loaded library, so the app starts without parsing every YAML file.

Parsing the content (PyYAML, front matter, checks) is the largest part of
start-up. The result is stored in ``<data-dir>/cache/library.pickle`` with a
fingerprint: the path, size and modification time of every Markdown file in
every content root, and of the loader's own code. Any change to any of them,
and the library is loaded afresh (and the cache rewritten). The cache lives in
the user's own data folder, written only by Spotter; a cache that cannot be
read is simply ignored. Delete it at any time.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.content.model import Library

log = logging.getLogger(__name__)
_CODE = Path(__file__).resolve().parent.parent / "content"
_FORMAT = 2


class CachedLibrary(Library):
    """A ``Library`` read back from the cache (the loader was not needed)."""


def _stamp(path: str) -> tuple[str, int, int]:
    st = os.stat(path)
    return path, st.st_mtime_ns, st.st_size


def fingerprint(roots: Sequence[Path]) -> tuple[Any, ...]:
    """What the library depends on: every file of every root, and the loader's code."""
    from app.content.scan import scan_root

    files = [_stamp(str(p)) for root in roots if Path(root).is_dir()
             for p in scan_root(Path(root)).all_files()]
    code = [_stamp(str(p)) for p in sorted(_CODE.glob("*.py"))]
    return (_FORMAT, __version__, tuple(str(r) for r in roots), tuple(files), tuple(code))


def load(roots: Sequence[Path], cache_file: Path) -> Any:
    """The library of ``roots``: from the cache when nothing changed, else loaded and cached."""
    key = fingerprint(roots)
    try:
        with open(cache_file, "rb") as handle:
            stored = pickle.load(handle)
        if stored.get("key") == key:
            return CachedLibrary(**stored["library"])
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - any damaged or old cache is only a slower start
        log.info("library cache ignored: %s", exc)
    from app.content.library import load_library

    library = load_library(roots)
    _write(cache_file, key, library)
    return library


def _write(cache_file: Path, key: tuple[Any, ...], library: Any) -> None:
    from dataclasses import fields

    from app.files import write_atomic

    data = {"key": key, "library": {f.name: getattr(library, f.name) for f in fields(Library)}}

    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cache_file, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL), durable=False)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        log.info("library cache not written: %s", exc)

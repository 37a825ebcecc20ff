"""The start-up library cache: same library, refreshed on any change, harmless when damaged."""

from __future__ import annotations

import os

from ui_support import add_test_exercise

from app.content import cache as library_cache
from app.content.cache import CachedLibrary
from app.paths import Paths


def test_second_start_reads_the_cache_and_gives_the_same_library(data_dir):
    """The cached library equals the loaded one, exercise for exercise."""
    roots = Paths.create(data_dir).content_roots()
    cache = data_dir / "cache" / "library.pickle"
    first = library_cache.load(roots, cache)
    assert cache.is_file() and not isinstance(first, CachedLibrary)
    second = library_cache.load(roots, cache)
    assert isinstance(second, CachedLibrary)
    assert second.exercises == first.exercises and second.workouts == first.workouts
    assert second.exercise("leg-pull-back") == first.exercise("leg-pull-back")


def test_an_added_or_edited_file_refreshes_the_cache(data_dir):
    """A new file, or an edit keeping the same size, is seen at the next start."""
    roots = Paths.create(data_dir).content_roots()
    cache = data_dir / "cache" / "library.pickle"
    library_cache.load(roots, cache)
    add_test_exercise(data_dir)
    fresh = library_cache.load(roots, cache)
    assert fresh.exercise("test-bridge").title == "Test Bridge"
    path = data_dir / "content" / "exercises" / "test-bridge.md"
    path.write_text(path.read_text().replace("Test Bridge", "Best Bridge"))
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert library_cache.load(roots, cache).exercise("test-bridge").title == "Best Bridge"


def test_a_damaged_cache_is_ignored_and_rewritten(data_dir):
    """Garbage in the cache file means a normal load, never an error."""
    roots = Paths.create(data_dir).content_roots()
    cache = data_dir / "cache" / "library.pickle"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"not a pickle at all")
    library = library_cache.load(roots, cache)
    assert library.exercise("leg-pull-back") is not None
    assert isinstance(library_cache.load(roots, cache), CachedLibrary)

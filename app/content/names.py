"""File names to ids: ``leg-pull-back.de.md`` is the German ``leg-pull-back``.

Files from other databases and sites are named their own way (``3_4_Sit-Up.md``,
``16-ball-dead-bug.md``, ``Swan Dive.markdown``, ``swan/index.md``). They are
read, not refused: :func:`page_name` gives a clean id (lower case, digits and
dashes, without a numbering prefix) and says whether it had to clean it, so
the loader can warn. Two files cleaned to the same id are a collision the
library names.
"""

from __future__ import annotations

import re
import unicodedata

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")  # what an id may be (fields.py checks ids with it)
EXTENSIONS = (".md", ".markdown")
_NAME = re.compile(r"^(?P<stem>.+?)(?:\.(?P<lang>[A-Za-z]{2}(?:[-_][A-Za-z]{2,4})?))?"
                   r"\.(?:md|markdown)$", re.IGNORECASE)
_PREFIX = re.compile(r"^\d{1,4}[_. -]+(?=[a-z])")  # an ordering number: 07-bridge, 16_swan
_BUNDLE = ("index", "_index")


def clean_id(stem: str) -> str:
    """``3_4_Sit-Up`` -> ``3-4-sit-up``; ``07-Swan Dive`` -> ``swan-dive``; ``Ñandú`` -> ``nandu``."""
    decomposed = unicodedata.normalize("NFKD", stem.casefold())
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_only = _PREFIX.sub("", ascii_only)
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")[:80]


def page_name(name: str, folder: str = "") -> tuple[str, str | None, bool] | None:
    """(id, language, cleaned) of a file name; None if it is not a Markdown file.

    ``folder`` is the name of the file's folder, the id of a Hugo leaf bundle
    (``swan/index.md``). ``cleaned`` is True when the name was not an id as written.
    """
    found = _NAME.match(name)
    if not found:
        return None
    stem, lang = found.group("stem"), found.group("lang")
    if stem.casefold() in _BUNDLE and folder:
        stem = folder
    lang = lang.casefold().replace("_", "-") if lang else None
    if ID_PATTERN.match(stem) and not _PREFIX.match(stem):
        return stem, lang, False
    ident = clean_id(stem)
    return (ident, lang, ident != stem) if ident else None


def parse_name(name: str) -> tuple[str, str | None] | None:
    """``leg-pull-back.de.md`` -> ("leg-pull-back", "de"); None if not a Markdown file."""
    found = page_name(name)
    return None if found is None else found[:2]

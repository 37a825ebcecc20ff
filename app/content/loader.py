"""Read one content file: bytes to text, front matter to data, data to a model.

The steps, each of which can fail with a plain-words :class:`ContentError`:
read at most ``MAX_BYTES`` (a larger file is refused without reading it all),
decode UTF-8 (a BOM and CRLF line ends are fine), split the front matter with
python-frontmatter, parse it with the guarded safe loader
(:mod:`app.content.yamlsafe`), then check every field. Nothing here raises for
bad input: the caller gets a model or ``None``, and the problems.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from app.content.model import ContentError, Exercise, Workout
from app.content.fields import ID_PATTERN, Fields

MAX_BYTES = 256 * 1024
_NAME = re.compile(r"^(?P<id>[^.]+)(?:\.(?P<lang>[A-Za-z]{2}(?:[-_][A-Za-z]{2,4})?))?\.md$")
_handler = None


class _FileProblem(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message, self.line = message, line


def parse_name(name: str) -> tuple[str, str | None] | None:
    """``leg-pull-back.de.md`` -> ("leg-pull-back", "de"); None if not ``id[.LANG].md``."""
    found = _NAME.match(name)
    if not found:
        return None
    lang = found.group("lang")
    return found.group("id"), lang.casefold().replace("_", "-") if lang else None


def read_text(path: Path) -> str:
    """The file's text with BOM removed and line ends made ``\\n``."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise _FileProblem("this is not a regular file (a device or a pipe?)")
        with open(path, "rb") as stream:
            # read(n) allocates n bytes first: ask for the size the file says it has
            size = os.fstat(stream.fileno()).st_size
            data = stream.read(min(size, MAX_BYTES) + 1)
    except OSError as exc:
        raise _FileProblem(f"the file cannot be read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise _FileProblem(f"the file is larger than {MAX_BYTES // 1024} KiB; an exercise file is a "
                           "few KiB — split it or shorten it")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _FileProblem(f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x}); "
                           "save it as UTF-8", line) from None
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def split_front_matter(text: str) -> tuple[str, str, int]:
    """(front matter, body, line offset of the front matter) using python-frontmatter."""
    global _handler
    if _handler is None:
        from frontmatter.default_handlers import YAMLHandler

        _handler = YAMLHandler()
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    if not _handler.detect(stripped):
        if stripped.startswith("+++"):
            raise _FileProblem("the file has TOML front matter (+++); write YAML between --- lines")
        raise _FileProblem("the file has no front matter: start the file with a line `---`, then the "
                           "fields (title: ...), then another `---` line")
    try:
        front, body = _handler.split(stripped)
    except ValueError:
        raise _FileProblem("the front matter is not closed: add a line `---` after the last "
                           "field") from None
    start = lead + max(stripped.find(front, 3), 3)
    return front, body, text.count("\n", 0, start)


def load_file(path: Path, kind: str, *, root: Path | None = None, strict: bool = False,
              ) -> tuple[Exercise | Workout | None, list[ContentError]]:
    """Load an exercise (``kind="exercise"``) or workout file: the model and the problems."""
    try:
        text = read_text(path)
    except _FileProblem as exc:
        return None, [_file_error(path, exc)]
    return load_text(text, path, kind, root=root, strict=strict)


def load_text(text: str, path: Path, kind: str, *, root: Path | None = None,
              strict: bool = False) -> tuple[Exercise | Workout | None, list[ContentError]]:
    """Like :func:`load_file` for text already read (the property tests use this)."""
    from app.content.yamlsafe import YamlProblem, safe_load

    named = parse_name(path.name)
    if named is None or not ID_PATTERN.match(named[0]):
        return None, [ContentError(path, "", "the file name must be an id like "
                                   "leg-pull-back.md (lower case, digits, dashes), "
                                   "or leg-pull-back.de.md for a translation")]
    try:
        front, body, offset = split_front_matter(text)
        data = safe_load(front)
    except _FileProblem as exc:
        return None, [_file_error(path, exc)]
    except YamlProblem as exc:
        line = None if exc.line is None else exc.line + offset + 1
        if exc.field():
            at = f" (line {line})" if line else ""
            return None, [ContentError(path, exc.field(), exc.message + at)]
        return None, [_file_error(path, _FileProblem(exc.message, line))]
    if not isinstance(data, dict):
        shape = "empty" if data is None else "a list" if isinstance(data, list) else "one value"
        return None, [ContentError(path, "", f"the front matter is {shape}: it must be fields, "
                                   "one per line, like `title: Swan`")]
    fields = Fields(path, front, strict)
    if fields.mapping(data, "") is None:
        return None, fields.problems
    ident, lang = named
    if kind == "workout":
        from app.content.workouts import build_workout

        return build_workout(fields, data, body, id=ident, root=root, lang=lang), fields.problems
    from app.content.exercises import build_exercise

    return build_exercise(fields, data, body, id=ident, lang=lang, root=root), fields.problems


def _file_error(path: Path, exc: _FileProblem) -> ContentError:
    where = f"line {exc.line}" if exc.line else ""
    return ContentError(path, where, exc.message)

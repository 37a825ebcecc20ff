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
from typing import Any

from app.content.fields import Fields
from app.content.model import ContentError, Exercise, Workout
from app.content.names import page_name, parse_name
from app.i18n.message import N_

__all__ = ["MAX_BYTES", "build", "load_file", "load_page", "load_text", "parse_name", "read_text"]

MAX_BYTES = 256 * 1024
_TOML = re.compile(r"\+\+\+[ \t]*\n(.*?)(?:^|\n)\+\+\+[ \t]*(?:\n|$)", re.DOTALL)
_handler = None


class _FileProblem(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message, self.line = message, line


def read_text(path: Path) -> str:
    """The file's text with BOM removed and line ends made ``\\n``."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise _FileProblem(N_("this is not a regular file (a device or a pipe?)"))
        with open(path, "rb") as stream:
            # read(n) allocates n bytes first: ask for the size the file says it has
            size = os.fstat(stream.fileno()).st_size
            data = stream.read(min(size, MAX_BYTES) + 1)
    except OSError as exc:
        raise _FileProblem(N_("the file cannot be read: {reason}",
                              reason=exc.strerror or str(exc))) from None
    if len(data) > MAX_BYTES:
        raise _FileProblem(N_("the file is larger than {kib} KiB; an exercise file is a few KiB — "
                              "split it or shorten it", kib=MAX_BYTES // 1024))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _FileProblem(N_("the file is not UTF-8 text (byte 0x{byte}); save it as UTF-8",
                              byte=f"{data[exc.start]:02x}"), line) from None
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def split_front_matter(text: str) -> tuple[str, str, int]:
    """(front matter, body, line offset of the front matter) of YAML front matter."""
    kind, front, body, offset = split_page(text)
    if kind != "yaml":
        raise _FileProblem(N_("the front matter is {format}, not YAML", format=kind.upper()))
    return front, body, offset


def split_page(text: str) -> tuple[str, str, str, int]:
    """(format, front matter, body, line offset): YAML ``---``, TOML ``+++`` or JSON ``{``."""
    global _handler
    if _handler is None:
        from frontmatter.default_handlers import YAMLHandler

        _handler = YAMLHandler()
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    if stripped.startswith("+++"):
        found = _TOML.match(stripped)
        if not found:
            raise _FileProblem(N_("the TOML front matter is not closed: add a line `+++` after "
                                  "the last field"))
        return "toml", found.group(1), stripped[found.end():], text.count("\n", 0, lead) + 1
    if stripped.startswith("{"):
        return "json", stripped, "", text.count("\n", 0, lead)
    if not _handler.detect(stripped):
        raise _FileProblem(N_("the file has no front matter: start the file with a line `---`, "
                              "then the fields (title: ...), then another `---` line"))
    try:
        front, body = _handler.split(stripped)
    except ValueError:
        raise _FileProblem(N_("the front matter is not closed: add a line `---` after the last "
                              "field")) from None
    start = lead + max(stripped.find(front, 3), 3)
    return "yaml", front, body, text.count("\n", 0, start)


def parse_front(kind: str, front: str) -> tuple[Any, str, str]:
    """Front matter text to data: (data, the front matter text, the body after JSON)."""
    if kind == "yaml":
        from app.content.yamlsafe import safe_load

        return safe_load(front), front, ""
    if kind == "toml":
        import tomllib

        try:
            return tomllib.loads(front), front, ""
        except (tomllib.TOMLDecodeError, ValueError, RecursionError) as exc:
            raise _FileProblem(N_("the TOML front matter is not valid: {reason}",
                                  reason=str(exc))) from None
    import json

    try:
        data, end = json.JSONDecoder().raw_decode(front)
    except (ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        message = getattr(exc, "msg", None) or str(exc)[:200]
        raise _FileProblem(N_("the JSON front matter is not valid: {reason}", reason=message),
                           line) from None
    return data, front[:end], front[end:]


def load_page(text: str, path: Path) -> tuple[dict[str, Any] | None, str, str,
                                               list[ContentError]]:
    """(fields, body, front matter text, problems) of a page: only its parsing, no checks."""
    from app.content.yamlsafe import YamlProblem

    try:
        kind, front, body, offset = split_page(text)
        data, front, rest = parse_front(kind, front)
        body = rest or body
    except _FileProblem as exc:
        return None, "", "", [_file_error(path, exc)]
    except YamlProblem as exc:
        line = None if exc.line is None else exc.line + offset + 1
        if exc.field():
            message = (N_("{message} (line {line})", message=exc.message, line=line) if line
                       else exc.message)
            return None, "", "", [ContentError(path, exc.field(), message)]
        return None, "", "", [_file_error(path, _FileProblem(exc.message, line))]
    if not isinstance(data, dict):
        if data is None:
            message = N_("the front matter is empty: it must be fields, one per line, like "
                         "`title: Swan`")
        elif isinstance(data, list):
            message = N_("the front matter is a list: it must be fields, one per line, like "
                         "`title: Swan`")
        else:
            message = N_("the front matter is one value: it must be fields, one per line, like "
                         "`title: Swan`")
        return None, "", "", [ContentError(path, "", message)]
    return data, body, front, []


def load_file(path: Path, kind: str, *, root: Path | None = None, strict: bool = False,
              ident: str | None = None, lang: str | None = None,
              ) -> tuple[Exercise | Workout | None, list[ContentError]]:
    """Load an exercise (``kind="exercise"``) or workout file: the model and the problems."""
    try:
        text = read_text(path)
    except _FileProblem as exc:
        return None, [_file_error(path, exc)]
    return load_text(text, path, kind, root=root, strict=strict, ident=ident, lang=lang)


def load_text(text: str, path: Path, kind: str, *, root: Path | None = None,
              strict: bool = False, ident: str | None = None, lang: str | None = None,
              ) -> tuple[Exercise | Workout | None, list[ContentError]]:
    """Like :func:`load_file` for text already read (the property tests use this).

    ``ident`` and ``lang`` override what the file name says (a Hugo site's
    language folders and translationKeys decide them).
    """
    data, body, front, problems = load_page(text, path)
    if data is None:
        return None, problems
    return build(data, body, front, path, kind, root=root, strict=strict, ident=ident, lang=lang)


def build(data: dict[str, Any], body: str, front: str, path: Path, kind: str, *,
          root: Path | None = None, strict: bool = False, ident: str | None = None,
          lang: str | None = None) -> tuple[Exercise | Workout | None, list[ContentError]]:
    """The model of parsed front matter and body, with every problem found."""
    named = page_name(path.name, path.parent.name)
    fields = Fields(path, front, strict)
    if named is None and ident is None:
        return None, [ContentError(path, "", N_(
            "the file name must end in .md or .markdown, like leg-pull-back.md "
            "(leg-pull-back.de.md for a translation)"))]
    if named is not None:
        if named[2] and ident in (None, named[0]):
            fields.warn("", N_("the file name \"{name}\" is not a plain id (lower case letters, "
                               "digits and dashes, no number in front); it is read as \"{id}\"",
                               name=path.name, id=named[0]))
        ident = ident or named[0]
        lang = lang if lang is not None else named[1]
    if fields.mapping(data, "") is None:
        return None, fields.problems
    assert ident is not None
    if kind == "workout":
        from app.content.workouts import build_workout

        return build_workout(fields, data, body, id=ident, root=root, lang=lang), fields.problems
    from app.content.exercises import build_exercise

    return build_exercise(fields, data, body, id=ident, lang=lang, root=root), fields.problems


def _file_error(path: Path, exc: _FileProblem) -> ContentError:
    where = N_("line {n}", n=exc.line) if exc.line else ""
    return ContentError(path, where, exc.message)

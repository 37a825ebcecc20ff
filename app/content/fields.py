"""Typed reading of front-matter values, collecting every problem in plain words.

A trainer's file is checked field by field: each reader returns the value in
the model's type, or ``None`` after recording a :class:`ContentError` that names
the field (``steps[0].seconds``) and says how to fix it. Readers never raise,
so one bad field never hides the next one and one bad file never stops others.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from app.content.model import ContentError, Severity
from app.content.names import ID_PATTERN
from app.content.words import canonical
from app.i18n.message import N_, Message

E = TypeVar("E", bound=Enum)

_MISSING = object()


def describe(value: Any) -> str:
    """How YAML read a value, in a trainer's words (a message, said in the reader's language)."""
    if value is None:
        return N_("nothing")
    if isinstance(value, bool):
        return "true" if value else "false"  # YAML's own words
    if isinstance(value, (int, float)):
        return N_("the number {number}", number=shown_number(value))
    if isinstance(value, _dt.date):
        return N_("the date {date}", date=value.isoformat())
    if isinstance(value, (list, tuple, set)):
        return N_("a list")
    if isinstance(value, dict):
        return N_("a group of fields")
    if isinstance(value, str):
        return f'"{value[:40]}..."' if len(value) > 40 else f'"{value}"'
    return N_("a value of type {type}", type=type(value).__name__)


def shown_number(value: float) -> str:
    """A number as a message shows it: a 400-digit one is not written out."""
    if isinstance(value, int) and abs(value) >= 10**15:
        digits = int(abs(value).bit_length() * 0.30103) + 1
        return N_("a {digits}-digit number", digits=digits)
    return f"{value:g}" if isinstance(value, float) else str(value)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


class Fields:
    """Reads one file's front matter into model types, collecting problems.

    Args:
        path: The file, named in every problem.
        raw: The front-matter text, to quote what was written when YAML changed it.
        strict: Also report the warnings ``validate --strict`` asks for.
    """

    def __init__(self, path: Path, raw: str = "", strict: bool = False) -> None:
        self.path = path
        self.raw = raw
        self.strict = strict
        self.problems: list[ContentError] = []
        self.failed = False

    def error(self, field: str, message: str | Message) -> None:
        """Record a problem that keeps the file out of the library."""
        self.failed = True
        self.problems.append(ContentError(self.path, field, message))

    def warn(self, field: str, message: str | Message, *, strict_only: bool = False) -> None:
        """Record a warning (only under ``--strict`` when ``strict_only``)."""
        if self.strict or not strict_only:
            self.problems.append(ContentError(self.path, field, message, Severity.WARNING))

    def _wrong(self, field: str, want: str, value: Any, *, quote: bool = False) -> None:
        """Report a value of the wrong type; ``quote`` when quoting it would fix it."""
        if quote and isinstance(value, (bool, int, float, _dt.date)):
            written = self._written(field)
            if written and len(written) > 40:
                written = written[:40] + "..."
            if written:
                self.error(field, N_("must be {want}; YAML read `{written}` as {value} — put it "
                                     "in quotes", want=want, written=written, value=describe(value)))
            else:
                self.error(field, N_("must be {want}; YAML read it as {value} — put it in quotes",
                                     want=want, value=describe(value)))
        else:
            self.error(field, N_("must be {want}, not {value}", want=want, value=describe(value)))

    def _written(self, field: str) -> str | None:
        """What was written for a top-level field, as in the file (for messages)."""
        if not re.fullmatch(r"[\w-]+", field):
            return None
        found = re.search(rf"^{re.escape(field)}[ \t]*:[ \t]*([^#\n]*?)[ \t]*(?:#.*)?$",
                          self.raw, re.MULTILINE)
        return str(found.group(1)) if found and found.group(1) else None

    def text(self, value: Any, field: str, *, required: bool = False) -> str | None:
        """A piece of text; numbers, dates and yes/no are refused with a quoting hint."""
        if isinstance(value, str):
            stripped: str = value.strip()
            if stripped:
                return stripped
            value = None
        if value is None:
            if required:
                self.error(field, N_("is missing or empty"))
            return None
        self._wrong(field, N_("text"), value, quote=True)
        return None

    def number(self, value: Any, field: str, *, low: float = 0, high: float,
               allow_low: bool = False, required: bool = False) -> float | None:
        """A number of seconds within (low, high] (or [low, high] with ``allow_low``)."""
        if value is None:
            if required:
                self.error(field, N_("is missing: give a number of seconds, like 60"))
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            if isinstance(value, str) and _is_number(value):
                self.error(field, N_("must be a number of seconds without quotes, like 60"))
            else:
                self._wrong(field, N_("a number of seconds, like 60"), value)
            return None
        if isinstance(value, int) and abs(value) > 10**15:
            self.error(field, N_("must be at most {high} seconds; got {value}", high=f"{high:g}",
                                 value=shown_number(value)))
            return None
        if math.isnan(value) or (value < low if allow_low else value <= low):
            if allow_low:
                self.error(field, N_("must be at least {low}; got {value}", low=f"{low:g}",
                                     value=f"{value:g}"))
            else:
                self.error(field, N_("must be above {low}; got {value}", low=f"{low:g}",
                                     value=f"{value:g}"))
            return None
        if value > high:
            self.error(field, N_("must be at most {high} seconds; got {value}", high=f"{high:g}",
                                 value=f"{value:g}"))
            return None
        return float(value)

    def integer(self, value: Any, field: str, *, low: int = 1, high: int) -> int | None:
        """A whole number within [low, high]."""
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            self._wrong(field, N_("a whole number"), value)
            return None
        if not low <= value <= high:
            self.error(field, N_("must be from {low} to {high}; got {value}", low=low, high=high,
                                 value=shown_number(value)))
            return None
        return value

    def texts(self, value: Any, field: str) -> tuple[str, ...]:
        """A list of texts; a single text counts as a list of one."""
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self._wrong(field, N_("a list of texts, like [mat, towel]"), value)
            return ()
        found = (self.text(v, f"{field}[{i}]", required=True) for i, v in enumerate(value))
        # muscles, equipment, keywords repeat across a library: one string object each
        return tuple(sys.intern(t) if len(t) < 40 else t for t in found if t is not None)

    def choice(self, value: Any, field: str, kind: type[E], *, allowed: tuple[E, ...] = (),
               required: bool = False) -> E | None:
        """One of an enum's values (case-insensitive)."""
        options = allowed or tuple(kind)
        if isinstance(value, str):
            wanted = value.strip().casefold()
            meant = canonical(wanted, kind.__name__.casefold())  # principiante, más fácil...
            for option in options:
                if option.value in (wanted, meant):
                    return option
        names = " | ".join(str(o.value) for o in options)
        if value is None:
            if required:
                self.error(field, N_("is missing: use one of {names}", names=names))
            return None
        if isinstance(value, str):
            import difflib

            near = difflib.get_close_matches(value.strip().casefold(),
                                             [str(o.value) for o in options], n=1, cutoff=0.6)
            if near:
                self.error(field, N_("must be one of {names}; got {value} (did you mean {near}?)",
                                     names=names, value=describe(value), near=near[0]))
            else:
                self.error(field, N_("must be one of {names}; got {value}", names=names,
                                     value=describe(value)))
            return None
        self._wrong(field, N_("one of {names}", names=names), value)
        return None

    def date(self, value: Any, field: str) -> _dt.date | None:
        """A date (YAML reads 2024-01-15 as one; a quoted one is accepted too)."""
        if value is None or isinstance(value, _dt.date):
            return value.date() if isinstance(value, _dt.datetime) else value
        if isinstance(value, str):
            try:
                return _dt.date.fromisoformat(value.strip()[:10])
            except ValueError:
                pass
        self.error(field, N_("must be a date like 2024-01-15, not {value}", value=describe(value)))
        return None

    def ident(self, value: Any, field: str) -> str | None:
        """An exercise id: a file name without .md, in lower case with dashes."""
        found = self.text(value, field, required=True)
        if found is not None and not ID_PATTERN.match(found):
            self.error(field, N_("\"{id}\" is not an id: use the file name without .md, like "
                                 "leg-pull-back", id=found))
            return None
        return found

    def idents(self, value: Any, field: str) -> tuple[str, ...]:
        """A list of ids; a single id counts as a list of one."""
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self._wrong(field, N_("a list of exercise ids"), value)
            return ()
        found = (self.ident(v, f"{field}[{i}]") for i, v in enumerate(value))
        return tuple(i for i in found if i is not None)

    def mapping(self, value: Any, field: str) -> dict[str, Any] | None:
        """A group of fields with text names."""
        if not isinstance(value, dict):
            self._wrong(field, N_("a group of fields (name: value)"), value)
            return None
        for key in value:
            if not isinstance(key, str):
                self._wrong(f"{field}.{key}" if field else str(key), N_("a field name in text"),
                            key, quote=True)
                return None
        return value

    def extras(self, data: dict[str, Any], known: frozenset[str], prefix: str = "",
               quiet: frozenset[str] = frozenset()) -> tuple[tuple[str, Any], ...]:
        """Fields the format does not know: kept, and reported under ``--strict``.

        ``quiet`` fields are kept without a warning (where a file came from, its licence).
        """
        unknown = tuple((k, v) for k, v in data.items() if k not in known)
        if unknown and self.strict:
            import difflib

            for key, _ in unknown:
                if key in quiet:
                    continue
                near = difflib.get_close_matches(key, sorted(known), n=1)
                if near:
                    self.warn(f"{prefix}{key}", N_("unknown field, kept but not used (did you "
                                                   "mean {near}?)", near=near[0]))
                else:
                    self.warn(f"{prefix}{key}", N_("unknown field, kept but not used"))
        return unknown

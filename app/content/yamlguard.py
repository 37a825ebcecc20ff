"""Guards that run before libyaml composes a front matter: depth and aliases.

libyaml's C composer recurses on the C stack, so nesting thousands of levels
deep segfaults the process; alias bombs ("billion laughs") expand to more data
than memory holds once someone walks them; a self-referencing alias makes data
that never ends. :func:`check` first bounds the nesting depth with a cheap scan
of the text, and only when that bound is too high, or anchors may be present,
walks libyaml's events (an iterative parser, safe at any depth) to measure
exactly, stopping at the first excess.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import yaml

from app.i18n.message import N_

try:
    from yaml import CSafeLoader as _Parser
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

MAX_DEPTH = 64
MAX_ALIASES = 100
MAX_EXPANDED_NODES = 50_000

_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")


class YamlProblem(Exception):
    """The front matter cannot be read; ``line`` is 0-based within the YAML text."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.where: list[str | int] = []  # the field it is in, outermost first (when known)

    def field(self) -> str:
        """The field the value is in, like ``steps[2].seconds``; ``""`` when not known."""
        text = ""
        for part in self.where:
            text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
        return text


def check(text: str) -> None:
    """Raise YamlProblem if the text nests too deeply or its aliases are hostile."""
    if _needs_exact_scan(text):
        _exact_scan(text)


def _needs_exact_scan(text: str) -> bool:
    """True unless a cheap upper bound proves the text is shallow and alias-free.

    A line's prefix is its indentation plus the block indicators that open a
    nested collection on the same line ("- - x", "? - x"). Every nested block
    level needs at least one more column of prefix, or is a sequence sitting at
    its parent mapping's column, so block depth <= 2 * (widest prefix + 1); flow
    depth is at most the number of brackets.
    """
    if "&" in text or "*" in text or _OTHER_BREAKS.search(text):
        return True
    # every prefix is made of the characters in _wide, so a line starting with
    # more than `room` of them is the only way past MAX_DEPTH
    room = (MAX_DEPTH - 1 - text.count("[") - text.count("{")) // 2 - 1
    return room < 0 or _wide(room).search(text) is not None


@functools.cache
def _wide(room: int) -> re.Pattern[str]:
    return re.compile(rf"^[ \t?:-]{{{room + 1}}}", re.MULTILINE)


def _exact_scan(text: str) -> None:
    """Walk the parser's events: depth, alias count, expansion and self-reference."""
    loader = _Parser(text)
    depth = 0
    aliases = 0
    total = 0  # nodes, counting each alias as the size of what it names
    open_anchors: list[tuple[str | None, int]] = []  # (anchor, total at start)
    sizes: dict[str, int] = {}
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                total += 1
                if depth > MAX_DEPTH:
                    raise YamlProblem(
                        N_("the fields nest more than {n} levels deep; exercise files never "
                           "need this", n=MAX_DEPTH),
                        _line(event),
                    )
                open_anchors.append((event.anchor, total))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
                anchor, start = open_anchors.pop()
                if anchor is not None:
                    sizes[anchor] = total - start + 1
            elif isinstance(event, yaml.ScalarEvent):
                total += 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
                if any(a == event.anchor for a, _ in open_anchors):
                    raise YamlProblem(
                        N_("the alias *{anchor} refers to the value that contains it, which "
                           "never ends", anchor=event.anchor),
                        _line(event),
                    )
                if aliases > MAX_ALIASES:
                    raise YamlProblem(N_("more than {n} aliases (*name)", n=MAX_ALIASES),
                                      _line(event))
                total += sizes.get(event.anchor or "", 1)
            if total > MAX_EXPANDED_NODES:
                raise YamlProblem(
                    N_("the aliases expand to more than {n} values (an alias bomb?)",
                       n=MAX_EXPANDED_NODES),
                    _line(event),
                )
    except yaml.MarkedYAMLError as exc:
        raise describe_error(exc) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(N_("the YAML cannot be read: {reason}",
                             reason=one_line(str(exc)))) from None
    finally:
        loader.dispose()


def _line(event: Any) -> int | None:
    mark = getattr(event, "start_mark", None)
    return getattr(mark, "line", None)


def describe_error(exc: yaml.MarkedYAMLError) -> YamlProblem:
    """Turn PyYAML's multi-line report into one plain sentence with its line."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line if mark is not None else None
    problem = exc.problem or exc.context or "the YAML is not valid"
    tag = re.search(r"tag '?(tag:yaml\.org,2002:|!)?([^'\s]+)'?", problem)
    if isinstance(exc, yaml.constructor.ConstructorError) and "constructor for the tag" in problem:
        name = ("!" if tag and tag.group(1) == "!" else "!!") + (tag.group(2) if tag else "?")
        return YamlProblem(
            N_("the tag {tag} is not allowed: Spotter reads plain YAML values only", tag=name),
            line,
        )
    words = problem
    if exc.context and exc.problem and exc.context not in problem:
        words = f"{exc.context}, {exc.problem}"
    hint = next((h for key, h in _HINTS if key in words), None)
    if hint is None:
        return YamlProblem(N_("the YAML is not valid: {problem}", problem=one_line(words)), line)
    return YamlProblem(N_("the YAML is not valid: {problem} ({hint})", problem=one_line(words),
                          hint=hint), line)


# libyaml's words for the usual slips, and what a trainer should do about them
_HINTS = (
    ("mapping values are not allowed", N_("a text containing `: ` must be in quotes")),
    ("cannot start any token", N_("indent with spaces, not tabs; quote texts starting with @ or `")),
    ("could not find expected ':'", N_("each field is `name: value`; is a quote left open?")),
    ("found unexpected end of stream", N_("is a quote left open?")),
    ("expected ',' or ']'", N_("is a [ list ] left open?")),
    ("expected ',' or '}'", N_("is a { group } left open?")),
    ("found duplicate anchor", N_("each &name must be used once")),
    ("found undefined alias", N_("an *alias needs its &anchor above it")),
)


def one_line(text: str) -> str:
    return " ".join(text.split())[:300]

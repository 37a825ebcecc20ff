"""Parse front matter with PyYAML's safe loader, behind the guards libyaml lacks.

PyYAML's safe loader builds only plain data (no ``!!python/...`` objects), but
three hostile inputs still hurt it: nesting thousands of levels deep crashes
the C composer (it recurses on the C stack and the process segfaults), alias
bombs ("billion laughs") expand to more data than memory holds once someone
walks them, and a self-referencing alias makes data that never ends. So before
composing we bound the nesting depth with a cheap scan of the text, and only
when that bound is too high, or anchors may be present, we walk libyaml's
events (an iterative parser, safe at any depth) to measure exactly.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml: the pure-Python safe loader
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_DEPTH = 64
MAX_ALIASES = 100
MAX_EXPANDED_NODES = 50_000

# A line's prefix is its indentation plus the block indicators that open a
# nested collection on the same line ("- - x", "? - x"); every nested block
# level needs at least one more column of prefix, or is a sequence sitting at
# its parent mapping's column, so depth <= 2 * (widest prefix + 1).
_TAG = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP, _MERGE = (_TAG + t for t in ("str", "seq", "map", "merge"))
_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")


class _Loader(_SafeLoader):
    """The safe loader with a quicker tag resolver (same answers, fewer steps).

    The safe loader has no path resolvers and no wildcard implicit resolvers, so
    resolving a scalar is: the implicit resolvers for its first character, else
    a string. PyYAML's general version spends a tenth of the parse getting there.
    """

    _implicit = _SafeLoader.yaml_implicit_resolvers

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        """No path resolvers: nothing to track."""

    def ascend_resolver(self) -> None:
        """No path resolvers: nothing to track."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        """The tag of a node, as SafeLoader would give it."""
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in self._implicit.get(value[:1], ()):
                    if regexp.match(value):
                        return str(tag)
            return _STR
        return str(_SafeLoader.resolve(self, kind, value, implicit))  # type: ignore[no-untyped-call]


if _SafeLoader.yaml_path_resolvers or None in _SafeLoader.yaml_implicit_resolvers:
    _Loader = _SafeLoader  # type: ignore[misc, assignment]  # a PyYAML unlike 6.0: as it is


class YamlProblem(Exception):
    """The front matter cannot be read; ``line`` is 0-based within the YAML text."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def safe_load(text: str) -> Any:
    """Parse YAML text into plain data, refusing hostile input with a YamlProblem."""
    if _needs_exact_scan(text):
        _exact_scan(text)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _build(node, loader, {})
    except yaml.MarkedYAMLError as exc:
        raise _problem(exc) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"the YAML cannot be read: {_one_line(str(exc))}") from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # e.g. a date like 2024-02-30 that YAML recognises but Python cannot build
        raise YamlProblem(f"a value cannot be read: {_one_line(str(exc))}") from None
    finally:
        loader.dispose()


def _needs_exact_scan(text: str) -> bool:
    """True unless a cheap upper bound proves the text is shallow and alias-free."""
    if "&" in text or "*" in text or _OTHER_BREAKS.search(text):
        return True
    # depth <= 2 * (widest line prefix + 1) + 1 + flow brackets; the prefix of
    # every line is made of the characters in _WIDE, so a line starting with
    # more than `room` of them is the only way past MAX_DEPTH.
    room = (MAX_DEPTH - 1 - text.count("[") - text.count("{")) // 2 - 1
    return room < 0 or _wide(room).search(text) is not None


@functools.cache
def _wide(room: int) -> re.Pattern[str]:
    return re.compile(rf"^[ \t?:-]{{{room + 1}}}", re.MULTILINE)


def _build(node: yaml.Node, loader: Any, memo: dict[int, Any]) -> Any:
    """Construct plain data from composed nodes, as SafeConstructor would.

    Strings, lists and mappings (the bulk of a front matter) are built here,
    which is about a third faster than PyYAML's generic constructor; every other
    tag (numbers, dates, merges, sets...) goes to the safe loader's own
    constructor, which refuses any tag it does not know.
    """
    tag = node.tag
    if tag == _STR and type(node) is yaml.ScalarNode:
        return node.value
    key = id(node)
    if key in memo:
        return memo[key]
    found: Any
    if tag == _SEQ and type(node) is yaml.SequenceNode:
        found = [_build(child, loader, memo) for child in node.value]
    elif (tag == _MAP and type(node) is yaml.MappingNode
          and not any(k.tag == _MERGE for k, _ in node.value)):
        found = {}
        for key_node, value_node in node.value:
            name = _build(key_node, loader, memo)
            try:
                hash(name)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark,
                    "found a list or mapping used as a field name", key_node.start_mark) from None
            found[name] = _build(value_node, loader, memo)
    else:
        try:
            found = loader.construct_object(node, deep=True)
        except (ValueError, TypeError, OverflowError) as exc:
            # e.g. a date like 2024-02-30 that YAML recognises but Python cannot build
            shown = f"`{node.value}`" if isinstance(node.value, str) else "a value"
            raise YamlProblem(f"{shown[:80]} cannot be read: {_one_line(str(exc))}",
                              node.start_mark.line) from None
    memo[key] = found
    return found


def _exact_scan(text: str) -> None:
    """Walk the parser's events: depth, alias count, expansion and self-reference."""
    loader = _Loader(text)
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
                        f"the fields nest more than {MAX_DEPTH} levels deep; "
                        "exercise files never need this",
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
                        f"the alias *{event.anchor} refers to the value that contains it, "
                        "which never ends",
                        _line(event),
                    )
                if aliases > MAX_ALIASES:
                    raise YamlProblem(f"more than {MAX_ALIASES} aliases (*name)", _line(event))
                total += sizes.get(event.anchor or "", 1)
            if total > MAX_EXPANDED_NODES:
                raise YamlProblem(
                    f"the aliases expand to more than {MAX_EXPANDED_NODES} values "
                    "(an alias bomb?)",
                    _line(event),
                )
    except yaml.MarkedYAMLError as exc:
        raise _problem(exc) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"the YAML cannot be read: {_one_line(str(exc))}") from None
    finally:
        loader.dispose()


def _line(event: Any) -> int | None:
    mark = getattr(event, "start_mark", None)
    return getattr(mark, "line", None)


def _problem(exc: yaml.MarkedYAMLError) -> YamlProblem:
    """Turn PyYAML's multi-line report into one plain sentence with its line."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line if mark is not None else None
    problem = exc.problem or exc.context or "the YAML is not valid"
    tag = re.search(r"tag '?(tag:yaml\.org,2002:|!)?([^'\s]+)'?", problem)
    if isinstance(exc, yaml.constructor.ConstructorError) and "constructor for the tag" in problem:
        name = ("!" if tag and tag.group(1) == "!" else "!!") + (tag.group(2) if tag else "?")
        return YamlProblem(
            f"the tag {name} is not allowed: Spotter reads plain YAML values only", line
        )
    words = problem
    if exc.context and exc.problem and exc.context not in problem:
        words = f"{exc.context}, {exc.problem}"
    return YamlProblem(f"the YAML is not valid: {_one_line(words)}", line)


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]

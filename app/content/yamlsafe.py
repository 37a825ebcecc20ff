"""Parse front matter with PyYAML's safe loader, after the guards libyaml lacks.

Only the safe loader is used: it builds plain data, never ``!!python/...``
objects. :mod:`app.content.yamlguard` first refuses nesting that would crash
the C composer and hostile aliases; then the C safe loader composes the nodes
and :func:`_build` turns strings, lists and mappings into data directly,
handing every other tag to the safe loader's own constructors.
"""

from __future__ import annotations

from typing import Any

import yaml

from app.content.yamlguard import YamlProblem, check, describe_error, one_line
from app.i18n.message import N_

__all__ = ["YamlProblem", "safe_load"]

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml: the pure-Python safe loader
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

_TAG = "tag:yaml.org,2002:"
MAX_INT_DIGITS = 18
MAX_INT = 10**MAX_INT_DIGITS - 1
_STR, _SEQ, _MAP, _MERGE = (_TAG + t for t in ("str", "seq", "map", "merge"))


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


class _RedefiningLoader(yaml.SafeLoader):
    """The pure-Python safe loader, where an anchor defined again means the later one.

    YAML 1.2 says an alias refers to the most recent anchor of that name; PyYAML
    (YAML 1.1) refuses the second one. Only used when the fast loader refuses.
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        self.check_event()  # reads the next event into current_event (peek_event is untyped)
        event = self.current_event
        if not isinstance(event, yaml.AliasEvent) and event.anchor in self.anchors:
            del self.anchors[event.anchor]
        return super().compose_node(parent, index)


def safe_load(text: str) -> Any:
    """Parse YAML text into plain data, refusing hostile input with a YamlProblem."""
    check(text)
    try:
        return _load(text, _Loader)
    except YamlProblem as exc:
        if "duplicate anchor" not in exc.message:
            raise
    return _load(text, _RedefiningLoader)


def _load(text: str, kind: Any) -> Any:
    loader = kind(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _build(node, loader, {})
    except yaml.MarkedYAMLError as exc:
        raise describe_error(exc) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(N_("the YAML cannot be read: {reason}",
                             reason=one_line(str(exc)))) from None
    except (ValueError, TypeError, OverflowError, RecursionError, LookupError,
            AttributeError) as exc:
        # e.g. a date like 2024-02-30 that YAML recognises but Python cannot build
        raise YamlProblem(N_("a value cannot be read: {reason}",
                             reason=one_line(str(exc)))) from None
    finally:
        loader.dispose()


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
        found = []
        for index, child in enumerate(node.value):
            try:
                found.append(_build(child, loader, memo))
            except YamlProblem as exc:
                exc.where.insert(0, index)
                raise
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
            try:
                found[name] = _build(value_node, loader, memo)
            except YamlProblem as exc:
                exc.where.insert(0, str(name))
                raise
    else:
        try:
            found = loader.construct_object(node, deep=True)
        except yaml.YAMLError:
            raise
        except Exception as exc:  # noqa: BLE001 - see below
            # PyYAML's constructors assume the value matches its tag: `!!timestamp nope`
            # (AttributeError), `!!bool maybe` (KeyError), `!!int ''` (IndexError), a
            # date like 2024-02-30 (ValueError). Whatever they raise, it is this value.
            raise YamlProblem(N_("{value} cannot be read as {tag}{why}", value=_shown(node),
                                 tag=_tag_name(node.tag), why=_why(exc)),
                              node.start_mark.line) from None
        _check_size(found, node)
    memo[key] = found
    return found


def _check_size(value: Any, node: yaml.Node) -> None:
    """Refuse whole numbers no field could use (they cannot even become a float).

    Values built by the safe loader itself (merges, sets, ordered maps) are
    walked too; the guard has already bounded their depth.
    """
    if type(value) is int:
        if not -MAX_INT <= value <= MAX_INT:
            raise YamlProblem(N_("{value} is far too large a number (at most {digits} digits)",
                                 value=_shown(node), digits=MAX_INT_DIGITS),
                              node.start_mark.line)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_size(key, node)
            _check_size(item, node)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _check_size(item, node)


def _shown(node: yaml.Node) -> str:
    value = node.value if isinstance(node.value, str) else ""
    if not value:
        return N_("an empty value") if isinstance(node.value, str) else N_("a value")
    return f"`{value[:40]}...`" if len(value) > 40 else f"`{value}`"


def _tag_name(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag


def _why(exc: Exception) -> str:
    if isinstance(exc, ValueError) and str(exc):
        return f": {one_line(str(exc))[:120]}"
    return ""



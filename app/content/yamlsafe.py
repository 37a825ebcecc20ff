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

__all__ = ["YamlProblem", "safe_load"]

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml: the pure-Python safe loader
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

_TAG = "tag:yaml.org,2002:"
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


def safe_load(text: str) -> Any:
    """Parse YAML text into plain data, refusing hostile input with a YamlProblem."""
    check(text)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _build(node, loader, {})
    except yaml.MarkedYAMLError as exc:
        raise describe_error(exc) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"the YAML cannot be read: {one_line(str(exc))}") from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # e.g. a date like 2024-02-30 that YAML recognises but Python cannot build
        raise YamlProblem(f"a value cannot be read: {one_line(str(exc))}") from None
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
            raise YamlProblem(f"{shown[:80]} cannot be read: {one_line(str(exc))}",
                              node.start_mark.line) from None
    memo[key] = found
    return found



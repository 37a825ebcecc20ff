"""Which message ids the source uses, and which of them a catalogue lacks.

Every literal passed to a gettext call (``_``, ``gettext``, ``ngettext``,
``pgettext``, on a catalogue or not) or to the markers of
``app.i18n.message`` (``N_``, ``NN_``) is a message id of ``po/LANG.po``.
argparse's own words are looked up in the same catalogues while the command
line is parsed (``app.commands.language``); the ones a user can meet are
extracted from the running Python's ``argparse``.

``python -m app.i18n.extract`` prints, for each language, the entries its
catalogue lacks (as ``.po`` stubs to fill in) and exits 1 if there are any;
``make translations`` runs it, and ``tests/test_i18n_cli_words.py`` checks
that nothing is missing.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterable
from pathlib import Path

from app.i18n.catalog import parse_po, po_path

APP = Path(__file__).resolve().parent.parent
SINGULAR = ("_", "gettext", "N_")
PLURAL = ("ngettext", "NN_")
# argparse's messages that only a programming mistake (in the parsers) can show
ARGPARSE_INTERNAL = frozenset({
    ".__call__() not defined", "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional", "%r is not callable",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r", "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments", "conflicting subparser: %s",
    "conflicting subparser alias: %s", "conflicting option string: %s\0conflicting option strings: %s",
    "argument \"-\" with mode %r", "%(prog)s: error: %(message)s\n",
})

Key = tuple[str | None, str]


def messages_in(paths: Iterable[Path], *, markers_only: bool = False) -> set[Key]:
    """Every literal message id marked or looked up in ``paths``: ``(context, msgid)``.

    A plural entry's msgid is ``singular + "\\0" + plural``, as in the catalogues.
    ``markers_only`` counts ``N_`` and ``NN_`` only (the Qt interface's own words
    are ``tr()``'s, in its Linguist catalogues).
    """
    singular, plural = (("N_",), ("NN_",)) if markers_only else (SINGULAR, PLURAL)
    found: set[Key] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                    for a in node.args]
            if name in singular and args and args[0]:
                found.add((None, args[0]))
            elif name in plural and len(args) >= 2 and args[0] and args[1]:
                found.add((None, f"{args[0]}\0{args[1]}"))
            elif name == "pgettext" and not markers_only and len(args) >= 2 and args[0] and args[1]:
                found.add((args[0], args[1]))
    return found


def source_files(*, ui: bool = False) -> list[Path]:
    """The Python files outside the Qt interface (``ui``: those of the interface)."""
    return sorted(p for p in APP.rglob("*.py")
                  if "__pycache__" not in p.parts and ("ui" in p.relative_to(APP).parts[:1]) == ui)


def argparse_messages() -> set[Key]:
    """argparse's words a user can meet (errors and headings), as this Python spells them."""
    return {key for key in messages_in([Path(argparse.__file__)])
            if key[1] not in ARGPARSE_INTERNAL}


def wanted() -> set[Key]:
    """Every message id the catalogues must hold."""
    return (messages_in(source_files()) | messages_in(source_files(ui=True), markers_only=True)
            | argparse_messages())


def missing(lang: str) -> list[Key]:
    """The message ids ``lang``'s catalogue lacks (or has untranslated, or fuzzy)."""
    entries = parse_po(po_path(lang).read_text(encoding="utf-8"), str(po_path(lang)))
    return sorted(wanted() - set(entries), key=lambda k: (k[0] or "", k[1]))


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def stub(key: Key) -> str:
    """A ``.po`` entry to fill in for ``key``."""
    ctx, msgid = key
    lines = [f"msgctxt {_quoted(ctx)}"] if ctx is not None else []
    if "\0" in msgid:
        one, many = msgid.split("\0")
        lines += [f"msgid {_quoted(one)}", f"msgid_plural {_quoted(many)}",
                  'msgstr[0] ""', 'msgstr[1] ""']
    else:
        lines += [f"msgid {_quoted(msgid)}", 'msgstr ""']
    return "\n".join(lines)


def main(langs: list[str]) -> int:
    """Print the missing entries of each language; 1 if any."""
    from app.i18n.catalog import languages

    status = 0
    for lang in langs or [code for code in languages() if code != "en"]:
        lacking = missing(lang)
        print(f"# {po_path(lang).name}: {len(lacking)} missing")
        for key in lacking:
            print(stub(key) + "\n")
        status |= bool(lacking)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

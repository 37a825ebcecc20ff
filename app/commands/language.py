"""The command line in the run's language: its help, argparse's own words, its notices.

The language is the one every command uses (``--lang``, the saved setting,
the system, English: ``app.i18n.language``). The help texts are marked with
``N_`` where the parsers are built and translated here once the parser
stands; argparse's own words ("usage:", "the following arguments are
required") come from the gettext domain it calls with ``_``, which
:func:`speaking` points at Spotter's catalogue while the command line is
parsed. A notice a core built (``app.i18n.message``) is said with
:func:`said`. Nothing here is loaded when the desktop app starts: only a
subcommand, ``--help`` or an error brings it in.
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from app.i18n.message import N_, localize

if TYPE_CHECKING:
    from app.i18n.message import Words

_active: Words = gettext.NullTranslations()  # the words of the command line being run


def run_language(lang: str | None, data_dir: str | None) -> str:
    """The language of a run given its ``--lang`` and ``--data-dir`` (``Context.language``)."""
    from app.i18n.language import language_of, resolve_language
    from app.paths import Paths, PathsError

    try:
        return language_of(lang, Paths.create(data_dir).settings_file)
    except (PathsError, OSError, ValueError):
        return resolve_language(lang)


def scanned_options(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """``--lang`` and ``--data-dir`` as written, for a command line argparse refused."""
    found: dict[str, str | None] = {"--lang": None, "--data-dir": None}
    words = list(argv)
    for i, word in enumerate(words):
        if word == "--":
            break
        name, eq, value = word.partition("=")
        if name in found:
            found[name] = value if eq else (words[i + 1] if i + 1 < len(words) else None)
    return found["--lang"], found["--data-dir"]


def words_of(lang: str) -> Words:
    """The catalogue of ``lang``."""
    from app.i18n import translations

    return translations(lang)


@contextmanager
def speaking(words: Words) -> Iterator[None]:
    """Run with argparse and :func:`said` in the language of ``words``, then restore them."""
    global _active
    before = argparse._, argparse.ngettext, _active  # type: ignore[attr-defined]
    argparse._ = words.gettext  # type: ignore[attr-defined]
    argparse.ngettext = words.ngettext
    _active = words
    try:
        yield
    finally:
        argparse._, argparse.ngettext, _active = before  # type: ignore[attr-defined]


def said(text: Any) -> str:
    """A marked message (or a plain text) in the language of the command line being run."""
    return str(localize(text, _active))


def yes(answer: str) -> bool:
    """Whether a typed answer to a ``[y/N]`` question is yes (in English or the run's language)."""
    word = answer.strip().casefold()
    return bool(word) and word in {"y", "yes", said(N_("y")).casefold(),
                                   said(N_("yes")).casefold()}


def translate_parser(parser: argparse.ArgumentParser, words: Words) -> None:
    """Put the marked help texts of ``parser`` and all its subcommands in the language of ``words``."""
    seen: set[int] = set()

    def walk(p: argparse.ArgumentParser) -> None:
        if id(p) in seen:
            return
        seen.add(id(p))
        p.description = localize(p.description, words)
        p.epilog = localize(p.epilog, words)
        for action in p._actions:
            action.help = localize(action.help, words)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = localize(choice.help, words)
                for child in action.choices.values():
                    walk(child)

    walk(parser)

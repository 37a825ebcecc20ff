"""Message catalogues without Qt: gettext ``.po`` files, compiled in memory on first use.

The spoken phrases and the command-line messages are looked up here; the Qt
interface has its own Linguist catalogues. Each language's ``po/LANG.po`` is
an ordinary gettext catalogue (plural forms in its ``Plural-Forms`` header,
``msgctxt`` for words whose grammar depends on what they name), so any PO
editor can work on it. Nothing is built at set-up: the small compiler below
turns a ``.po`` into the ``.mo`` bytes the standard library's
``gettext.GNUTranslations`` reads, once per process and language (a few
milliseconds). English is the source language: its catalogue is the msgids.
"""

from __future__ import annotations

import ast
import gettext
import io
import struct
from functools import cache
from pathlib import Path

from app.i18n.language import DEFAULT, SUPPORTED, supported

PO_DIR = Path(__file__).resolve().parent / "po"


class CatalogError(ValueError):
    """A ``.po`` file that cannot be read: ``PATH:LINE: message``."""


def po_path(lang: str) -> Path:
    """The catalogue of ``lang`` (it exists for every language but English)."""
    return PO_DIR / f"{lang}.po"


def parse_po(text: str, name: str = "<po>") -> dict[tuple[str | None, str], list[str]]:
    """The translated entries of a ``.po`` text: ``(context, msgid) -> [msgstr, ...]``.

    A plural entry's msgid is ``singular + "\\0" + plural`` (as in ``.mo`` files).
    Entries marked ``fuzzy`` and untranslated ones are left out (gettext then
    says the English); the header (msgid "") is kept.
    """
    entries: dict[tuple[str | None, str], list[str]] = {}
    current: dict[str, str] = {}
    field: str | None = None
    fuzzy = False

    def finish() -> None:
        nonlocal current, fuzzy
        if "msgid" in current:
            msgid = current["msgid"]
            if "msgid_plural" in current:
                msgid += "\0" + current["msgid_plural"]
            forms = [current[k] for k in sorted((k for k in current if k.startswith("msgstr")),
                                                key=lambda k: int(k[7:-1] or 0) if "[" in k else 0)]
            if forms and all(forms) and not (fuzzy and msgid):
                entries[(current.get("msgctxt"), msgid)] = forms
        current, fuzzy = {}, False

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        has_str = any(k.startswith("msgstr") for k in current)
        if line.startswith("#"):
            if has_str:
                finish()
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            continue
        if line.startswith('"'):
            if field is None:
                raise CatalogError(f"{name}:{number}: a string outside an entry")
            current[field] += _unquote(line, name, number)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword not in ("msgctxt", "msgid", "msgid_plural") and not keyword.startswith("msgstr"):
            raise CatalogError(f"{name}:{number}: unknown keyword {keyword!r}")
        if keyword in ("msgctxt", "msgid") and has_str:
            finish()
        field = keyword
        current[field] = _unquote(rest.strip(), name, number)
    finish()
    return entries


def _unquote(token: str, name: str, number: int) -> str:
    if not (len(token) >= 2 and token[0] == token[-1] == '"'):
        raise CatalogError(f"{name}:{number}: expected a quoted string")
    try:
        value = ast.literal_eval(token)
    except (ValueError, SyntaxError):
        raise CatalogError(f"{name}:{number}: a badly quoted string") from None
    if not isinstance(value, str):
        raise CatalogError(f"{name}:{number}: expected a quoted string")
    return value


def compile_mo(entries: dict[tuple[str | None, str], list[str]]) -> bytes:
    """The GNU ``.mo`` bytes of parsed entries (what ``msgfmt`` would write).

    The ``.po`` was read as UTF-8, so a header without a charset is given one.
    """
    entries = dict(entries)
    header = entries.get((None, ""), [""])[0]
    if "charset=" not in header:
        entries[(None, "")] = [header + "Content-Type: text/plain; charset=UTF-8\n"]
    pairs = sorted(((f"{ctx}\x04{msgid}" if ctx is not None else msgid).encode("utf-8"),
                    "\0".join(forms).encode("utf-8")) for (ctx, msgid), forms in entries.items())
    count = len(pairs)
    ids_at = 7 * 4
    strs_at = ids_at + count * 8
    data_at = strs_at + count * 8
    ids, strs, blob = [], [], b""
    for key, value in pairs:
        ids.append((len(key), data_at + len(blob)))
        blob += key + b"\0"
    for key, value in pairs:
        strs.append((len(value), data_at + len(blob)))
        blob += value + b"\0"
    mo_header = struct.pack("<7I", 0x950412DE, 0, count, ids_at, strs_at, 0, 0)
    table = b"".join(struct.pack("<2I", *p) for p in ids + strs)
    return mo_header + table + blob


@cache
def translations(lang: str | None) -> gettext.NullTranslations:
    """The catalogue of ``lang`` (English, or an unknown language: the msgids themselves).

    Raises:
        CatalogError: the language's ``.po`` file is broken (a bug of the repository).
    """
    code = supported(lang) or DEFAULT
    if code == DEFAULT:
        return gettext.NullTranslations()
    path = po_path(code)
    entries = parse_po(path.read_text(encoding="utf-8"), str(path))
    return gettext.GNUTranslations(io.BytesIO(compile_mo(entries)))


def languages() -> tuple[str, ...]:
    """The languages with words: English and every shipped catalogue."""
    return tuple(lang for lang in SUPPORTED if lang == DEFAULT or po_path(lang).is_file())


def said_in(lang: str | None, text: object) -> str:
    """``text`` in ``lang``: a marked message (``app.i18n.message``) said with that catalogue.

    A plain text is looked up as its own message id (a message that crossed a
    Qt signal arrives as its English text), else returned as it is.
    """
    from app.i18n.message import Message, localize

    words = translations(lang)
    if isinstance(text, BaseException):
        first = text.args[0] if len(text.args) == 1 else None
        text = first if isinstance(first, Message) else str(text)
    if isinstance(text, Message):
        return str(localize(text, words))
    return words.gettext(str(text))

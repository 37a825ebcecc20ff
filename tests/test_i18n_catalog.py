"""The gettext catalogues of the voice and the command line, compiled without msgfmt or Qt."""

from __future__ import annotations

import gettext
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from app.i18n.catalog import CatalogError, compile_mo, languages, parse_po, po_path, translations

PO = r'''
# a comment
msgid ""
msgstr ""
"Language: xx\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

msgid "Halfway."
msgstr "Mitad."

#, fuzzy
msgid "Not sure."
msgstr "Quizá."

msgid "Empty."
msgstr ""

msgctxt "hardest"
msgid "This is the {word} form."
msgstr "Es la forma "
"más difícil."

msgid "Rest {n} second."
msgid_plural "Rest {n} seconds."
msgstr[0] "Descansa {n} segundo."
msgstr[1] "Descansa {n} segundos."
'''


def test_parse_and_compile_give_gettext_its_entries() -> None:
    entries = parse_po(PO)
    assert (None, "Not sure.") not in entries and (None, "Empty.") not in entries
    t = gettext.GNUTranslations(io.BytesIO(compile_mo(entries)))
    assert t.gettext("Halfway.") == "Mitad."
    assert t.gettext("Not sure.") == "Not sure."  # fuzzy: the English
    assert t.gettext("Empty.") == "Empty."
    assert t.pgettext("hardest", "This is the {word} form.") == "Es la forma más difícil."
    assert t.ngettext("Rest {n} second.", "Rest {n} seconds.", 1) == "Descansa {n} segundo."
    assert t.ngettext("Rest {n} second.", "Rest {n} seconds.", 30) == "Descansa {n} segundos."
    assert t.info()["language"] == "xx"


@pytest.mark.parametrize(("text", "where"), [
    ('msgid "a"\nmsgstr "b\n', "<po>:2"),
    ('"stray"\n', "<po>:1"),
    ('msgid "a"\nmsgsomething "b"\n', "<po>:2"),
])
def test_a_broken_po_says_where(text: str, where: str) -> None:
    with pytest.raises(CatalogError, match=where):
        parse_po(text)


def test_english_is_the_msgids_and_unknown_languages_fall_back() -> None:
    assert translations("en").gettext("Switch sides.") == "Switch sides."
    assert translations("fr").gettext("Switch sides.") == "Switch sides."


def test_shipped_catalogues_load_with_their_plural_rule() -> None:
    assert languages() == ("en", "es", "de")
    for lang in ("es", "de"):
        t = translations(lang)
        assert t.info()["language"] == lang
        assert t.gettext("Switch sides.") != "Switch sides."


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="msgfmt (gettext) is not installed")
def test_our_compiler_agrees_with_msgfmt(tmp_path: Path) -> None:
    for lang in ("es", "de"):
        mo = tmp_path / f"{lang}.mo"
        subprocess.run(["msgfmt", "-o", str(mo), str(po_path(lang))], check=True)
        theirs = gettext.GNUTranslations(io.BytesIO(mo.read_bytes()))
        ours = translations(lang)
        for (ctx, msgid) in parse_po(po_path(lang).read_text(encoding="utf-8")):
            if not msgid or "\0" in msgid:
                continue
            if ctx:
                assert ours.pgettext(ctx, msgid) == theirs.pgettext(ctx, msgid)
            else:
                assert ours.gettext(msgid) == theirs.gettext(msgid)

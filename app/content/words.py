"""Words trainers write in their own language, and the canonical values they mean.

A Spanish page says ``difficulty: principiante`` and ``level: más fácil``; a
German one ``Anfänger`` and ``leichter``. :func:`canonical` maps such a word
(case, accents and spacing ignored) to the value the format uses
(``beginner``, ``easier``...). Unknown words are left alone, so the field
reader still gives its did-you-mean error. The body readers use the same
tables for the labels of modification bullets (``**Más fácil:**``).
"""

from __future__ import annotations

import functools
import re
import unicodedata

# canonical value -> words in en, es, de, fr, pt, it (folded: lower case, no accents)
_WORDS: dict[str, tuple[str, ...]] = {
    "beginner": ("beginner", "beginners", "easy", "basic", "principiante", "principiantes",
                 "basico", "facil", "inicial", "anfanger", "einsteiger", "leicht", "debutant",
                 "debutante", "iniciante", "principiante", "facile"),
    "intermediate": ("intermediate", "medium", "moderate", "intermedio", "intermedia", "medio",
                     "mittel", "mittelstufe", "fortgeschrittene anfanger", "intermediaire",
                     "intermediario", "intermedio"),
    "advanced": ("advanced", "hard", "expert", "avanzado", "avanzada", "dificil", "experto",
                 "fortgeschritten", "schwer", "experte", "avance", "avancee", "avancado",
                 "avanzato", "difficile"),
    "easier": ("easier", "easy", "simpler", "regression", "mas facil", "mas sencillo",
               "facil", "leichter", "einfacher", "plus facile", "mais facil", "piu facile"),
    "harder": ("harder", "more difficult", "progression", "challenge", "mas dificil",
               "mas exigente", "dificil", "schwerer", "schwieriger", "plus difficile",
               "mais dificil", "piu difficile"),
}
_ROLE = {"beginner": "difficulty", "intermediate": "difficulty", "advanced": "difficulty",
         "easier": "level", "harder": "level"}
_TABLES: dict[str, dict[str, str]] = {"difficulty": {}, "level": {}}
for _value, _words in _WORDS.items():
    for _word in _words:
        _TABLES[_ROLE[_value]].setdefault(_word, _value)


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case, without accents, one space between words: ``Más  Fácil`` -> ``mas facil``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def canonical(word: str, role: str) -> str | None:
    """The canonical value a word means for ``role`` ("difficulty" or "level"), if known."""
    return _TABLES.get(role, {}).get(fold(word))

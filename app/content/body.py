"""Steps, breathing and modifications written in a page's Markdown body.

Many sites keep them out of the front matter::

    ## Starting Position
    Lie on your back, knees bent...
    ## Execution
    1. Press the ball gently...
    ## Breathing
    Breathe out as the hips rise...
    ## Modifications
    - **Easier:** Lift the hips only a little...

The section headings are recognised in English, Spanish, German, French,
Portuguese and Italian (:data:`HEADINGS`; case and accents do not matter, and a
heading only has to start with one of the words). The steps are the numbered
list of the steps section, after the starting-position paragraph as the first
step; without a steps section, the first numbered list before any ``##``
heading. Modification bullets are labelled Easier or Harder in the page's
language (:mod:`app.content.words`).
"""

from __future__ import annotations

import functools
import re

from app.content.model import Level, Modification, Section, Step
from app.content.words import canonical, fold

HEADINGS: dict[str, tuple[str, ...]] = {
    "start": ("starting position", "start position", "setup", "set up", "getting into position",
              "posicion inicial", "posicion de inicio", "posicion de partida", "ausgangsposition",
              "ausgangsstellung", "startposition", "position de depart", "position initiale",
              "posicao inicial", "posicao de partida", "posizione iniziale",
              "posizione di partenza"),
    "steps": ("execution", "instructions", "steps", "how to", "movement", "technique", "method",
              "ejecucion", "instrucciones", "pasos", "como hacerlo", "como se hace",
              "movimiento", "tecnica", "ausfuhrung", "anleitung", "schritte", "so geht",
              "bewegung", "execution", "etapes", "deroulement", "mouvement", "execucao",
              "instrucoes", "passos", "como fazer", "movimento", "esecuzione", "istruzioni",
              "passaggi", "come si fa"),
    "breathing": ("breathing", "breath", "respiracion", "atmung", "atem", "respiration",
                  "respiracao", "respirazione"),
    "modifications": ("modifications", "modification", "variations", "options", "regressions",
                      "progressions", "modificaciones", "variaciones", "variantes",
                      "modifikationen", "variationen", "anpassungen", "abwandlungen",
                      "modifications", "adaptations", "modificacoes", "variacoes", "modifiche",
                      "varianti", "variazioni"),
}
_NUMBERED = re.compile(r"^ {0,3}\d{1,3}[.)]\s+(.*\S)\s*$")
_BULLET = re.compile(r"^ {0,3}[-*+]\s+(.*\S)\s*$")
_LABEL = re.compile(r"^(?:\*\*|__)?\s*([^:*_]{2,40}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*(.*)$")
_INLINE = re.compile(r"(\*\*|__|\*|_|`)")


_BY_PHRASE = {w: name for name, words in reversed(HEADINGS.items()) for w in words}


@functools.lru_cache(maxsize=4096)  # headings repeat across a site
def role(heading: str) -> str | None:
    """What a ``##`` heading holds: "start", "steps", "breathing", "modifications" or None.

    The heading's first words (up to five) must be one of the phrases above.
    """
    parts = fold(heading).split()
    for n in range(min(5, len(parts)), 0, -1):
        found = _BY_PHRASE.get(" ".join(parts[:n]))
        if found:
            return found
    return None


def plain(text: str) -> str:
    """Markdown emphasis and code marks removed from one line of text."""
    return " ".join(_INLINE.sub("", text).split())


def numbered(text: str) -> list[str]:
    """The items of the first numbered list in ``text`` (continuation lines joined)."""
    items: list[str] = []
    for line in text.split("\n"):
        found = _NUMBERED.match(line)
        if found:
            items.append(found.group(1))
        elif items and line.strip() and line.startswith((" ", "\t")):
            items[-1] += " " + line.strip()
        elif items and line.strip():
            break
    return [plain(i) for i in items if plain(i)]


def _paragraph(text: str) -> str:
    lines = []
    for line in text.strip().split("\n"):
        if not line.strip():
            break
        lines.append(line.strip())
    return plain(" ".join(lines))


def body_steps(intro: str, sections: tuple[Section, ...]) -> tuple[Step, ...] | None:
    """The steps written in the body, or None when it has none."""
    by_role: dict[str, Section] = {}
    for section in sections:
        by_role.setdefault(role(section.heading) or "", section)
    items = numbered(by_role["steps"].body) if "steps" in by_role else numbered(intro)
    if not items:
        return None
    start = _paragraph(by_role["start"].body) if "start" in by_role else ""
    return tuple(Step(text) for text in ([start] if start else []) + items)


def body_breathing(sections: tuple[Section, ...]) -> str | None:
    """The Breathing section's text as one paragraph, if there is one."""
    for section in sections:
        if role(section.heading) == "breathing":
            text = plain(" ".join(section.body.split()))
            return text or None
    return None


def body_modifications(sections: tuple[Section, ...]) -> tuple[Modification, ...]:
    """The bullets labelled Easier or Harder (in any supported language) of the section."""
    found: list[Modification] = []
    for section in sections:
        if role(section.heading) != "modifications":
            continue
        for line in section.body.split("\n"):
            bullet = _BULLET.match(line)
            label = _LABEL.match(bullet.group(1)) if bullet else None
            if not label:
                continue
            meant = canonical(label.group(1), "level")
            text = plain(label.group(2))
            if meant is None or not text:
                continue
            name = plain(label.group(1))
            count = sum(m.level.value == meant for m in found)
            found.append(Modification(f"{name} {count + 1}" if count else name, Level(meant), text))
    return tuple(found)

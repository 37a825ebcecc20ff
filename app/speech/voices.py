"""Which voice speaks a language: the voice follows the session's language.

espeak-ng offers about 130 voices; Spotter speaks English, Spanish and German.
A voice "speaks" a language when one of its language tags has that base
language (``es-419`` speaks ``es``). Among those the best is the one whose tag
is exactly the language (``es`` before ``es-419``: Castilian first, as espeak
ranks it), then espeak's own voices before MBROLA ones (``mb/...``, which need
the separate mbrola program), then the engine's order.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.speech.settings import Voice


def _base(tag: str) -> str:
    return tag.replace("_", "-").split("-", 1)[0].casefold()


def speaks(voice: Voice, lang: str) -> bool:
    """True when one of ``voice``'s languages is ``lang`` or a variety of it."""
    want = _base(lang)
    return any(_base(tag) == want for tag in voice.languages)


def _rank(voice: Voice, lang: str) -> tuple[int, int]:
    exact = any(tag.casefold() == lang.casefold() for tag in voice.languages)
    return (0 if exact else 1, 1 if voice.id.startswith("mb/") else 0)


def ordered(voices: Sequence[Voice], lang: str | None, first: str | None = None) -> list[Voice]:
    """``voices`` with the ones speaking ``lang`` first (best first), then the rest as given.

    ``first`` (a voice id: the one in use) leads its language's voices.
    """
    if not lang:
        return list(voices)
    own = sorted((v for v in voices if speaks(v, lang)),
                 key=lambda v: (v.id != first, *_rank(v, lang)))
    return own + [v for v in voices if not speaks(v, lang)]


def best_voice(voices: Sequence[Voice], lang: str) -> Voice | None:
    """The voice that should speak ``lang``, or None if no voice speaks it."""
    found = ordered(voices, lang)
    return found[0] if found and speaks(found[0], lang) else None


def voice_for(voices: Sequence[Voice], lang: str | None, chosen: str | None = None,
              default: str | None = None) -> str | None:
    """The voice id for words in ``lang``.

    The ``chosen`` voice (a setting or ``--voice``: id, name or language) is
    kept when it speaks ``lang`` (or cannot be checked); otherwise the
    engine's ``default`` if it speaks ``lang``; otherwise ``lang``'s best voice.
    With no voice for ``lang`` at all, ``chosen`` (or the default) stays.
    """
    by_key = {key.casefold(): v for v in voices for key in (v.id, v.name)}
    picked = by_key.get((chosen or "").casefold())
    if not lang or (chosen and picked is None):
        return chosen or default
    if picked is not None and speaks(picked, lang):
        return picked.id
    fallback = by_key.get((default or "").casefold())
    if fallback is not None and speaks(fallback, lang) and not chosen:
        return fallback.id
    best = best_voice(voices, lang)
    return best.id if best is not None else (chosen or default)

"""Choose the speaker for a session: the real voice, or captions with a reason.

The session and the UI never decide this themselves; they ask ``make_speaker``
and read ``speaker.problem`` once to tell the user why nothing is heard.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from app.session.speaker import Speaker
from app.speech.audio import DEFAULT_PLAYER
from app.speech.pyttsx3_speaker import Pyttsx3Speaker
from app.speech.settings import DEFAULT_RATE
from app.speech.silent import SilentSpeaker

log = logging.getLogger("spotter.speech")
MUTED = "Speech is muted: cues are shown as captions only."


def make_speaker(
    *,
    muted: bool,
    cache_dir: Path,
    voice: str | None = None,
    rate: int = DEFAULT_RATE,
    volume: float = 1.0,
    player: Sequence[str] = DEFAULT_PLAYER,
    driver: str | None = None,
    on_start: Callable[[str, float], None] | None = None,
    language: str | None = None,
) -> Speaker:
    """The speaker to use: ``Pyttsx3Speaker`` if its engine starts, else ``SilentSpeaker``.

    A Pyttsx3Speaker whose engine runs but whose player fails (no sound card)
    is returned as is: ``available`` is False and ``problem`` says why, but
    ``measure`` still gives the real length of the rendered speech.
    ``language`` makes the voice follow the words (see ``Pyttsx3Speaker``).

    Raises:
        ValueError: a bad rate or volume, or an unknown voice.
        EngineInUse: another Pyttsx3Speaker is still open in this process.
    """
    if muted:
        return SilentSpeaker(MUTED, voice=voice, rate=rate, volume=volume)
    speaker = Pyttsx3Speaker(
        cache_dir,
        voice=voice,
        rate=rate,
        volume=volume,
        player=player,
        driver=driver,
        on_start=on_start,
        language=language,
    )
    if speaker.can_render:
        return speaker
    problem = speaker.problem or "Speech is off."
    speaker.close()
    return SilentSpeaker(problem, rate=rate, volume=volume)

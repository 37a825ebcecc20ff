"""The one vocabulary of session controls, shared by every way of steering a session.

The terminal (keys and typed words), the Qt player (buttons and shortcuts) and
the remotes (media keys over MPRIS, voice) all turn what the user did into a
``Control`` and hand it to ``Engine.control``; none keeps its own list. A word
means the same everywhere: ``PAUSE`` only pauses, ``RESUME`` only resumes,
``TOGGLE_PAUSE`` (Space, a headset's play/pause) does either.

What each control does (see ``Engine`` for the details):

- ``PAUSE``/``RESUME``/``TOGGLE_PAUSE``: freeze the session or carry on.
- ``NEXT``: skip to the next segment (on the finish: end the session, completed).
- ``BACK``: the previous step (or the get-ready segment), passing over rests and
  side switches; at the first segment it restarts it.
- ``RESTART_STEP``: the current segment again from its start.
- ``ADD_TIME``: ten more seconds for the current segment (``ADD_TIME_SECONDS``).
- ``EASIER``/``HARDER``/``STANDARD``: the current exercise (during a rest
  between exercises, the next one) one rung along its ladder, or back to its
  standard form. Where the session carries on is ``switching.py``'s rules.
- ``DONE``: ends a reps step now (completed).
- ``PAIN``: "this hurts": the easiest modification, or if there is none (or it
  is in use already) the end of the exercise.
- ``STOP``: ends the session, stopped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import Enum
from typing import Concatenate, ParamSpec, Protocol, TypeVar

ADD_TIME_SECONDS = 10.0


class Control(str, Enum):
    """One thing the user can tell a running session."""

    PAUSE = "pause"
    RESUME = "resume"
    TOGGLE_PAUSE = "toggle_pause"
    NEXT = "next"
    BACK = "back"
    RESTART_STEP = "restart_step"
    ADD_TIME = "add_time"
    EASIER = "easier"
    HARDER = "harder"
    STANDARD = "standard"
    DONE = "done"
    PAIN = "pain"
    STOP = "stop"


# other words people use for a control (typed in the terminal, or said)
ALIASES: dict[str, Control] = {
    "skip": Control.NEXT, "quit": Control.STOP, "toggle": Control.TOGGLE_PAUSE,
    "restart": Control.RESTART_STEP, "more": Control.ADD_TIME, "+10": Control.ADD_TIME,
    "hurts": Control.PAIN,
}


def parse(word: str) -> Control | None:
    """The control a word names (its value, e.g. ``restart_step``, or an alias), or None."""
    word = word.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return Control(word)
    except ValueError:
        return ALIASES.get(word)


def words() -> list[str]:
    """Every word ``parse`` knows, sorted (for help and error messages)."""
    return sorted({c.value for c in Control} | set(ALIASES))


class _Live(Protocol):
    _lock: threading.RLock

    def _live(self) -> bool: ...


P = ParamSpec("P")
S = TypeVar("S", bound=_Live)


def live_only(method: Callable[Concatenate[S, P], bool]) -> Callable[Concatenate[S, P], bool]:
    """Mark an engine method as a control: it runs under the engine's lock while the
    session is running or paused, and is False (nothing happens) otherwise."""
    def control(self: S, /, *args: P.args, **kwargs: P.kwargs) -> bool:
        with self._lock:
            return self._live() and method(self, *args, **kwargs)
    control.__name__, control.__doc__ = method.__name__, method.__doc__
    return control

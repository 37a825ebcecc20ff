"""The headless player: a session in the terminal, with live controls.

It creates the real clock and scheduler, runs the engine, and:

- with ``events``, writes every event as one JSON line to stdout, flushed at once
  (stdout then belongs to the events; the screen goes to stderr if that is a
  terminal, else nowhere);
- on a terminal, redraws a screen ten times a second: the exercise, the step's
  text, a big countdown, next up, the last caption;
- when the output is not a terminal, prints one plain line per segment and cue;
- reads controls: single keys on a terminal (raw mode, always restored), or
  words, one per line, when stdin is not a terminal (end of input changes
  nothing: the session plays on).

No Qt: this is the stdlib's termios and threads.
"""

from __future__ import annotations

import contextlib
import gettext
import json
import os
import select
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TextIO

from app.durations import Rounding, format_duration
from app.session.clock import MonotonicClock
from app.session.controls import Control, parse, words
from app.session.cues import CueKind
from app.session.engine import Engine
from app.session.events import (
    CueSaid,
    EventType,
    ModificationChange,
    Pain,
    Paused,
    Resumed,
    SegmentStart,
    SessionEnd,
    SessionEvent,
)
from app.session.plan import SegmentKind, SessionPlan
from app.session.snapshot import EngineState, Snapshot
from app.session.speaker import Speaker
from app.speech.muting import let_finish
from app.terminal.scheduler import ThreadScheduler

_ENGLISH = gettext.NullTranslations()

KEYS = {" ": Control.TOGGLE_PAUSE, "n": Control.NEXT, "b": Control.BACK, "e": Control.EASIER,
        "h": Control.HARDER, "s": Control.STANDARD, "d": Control.DONE, "p": Control.PAIN,
        "q": Control.STOP, "r": Control.RESTART_STEP, "+": Control.ADD_TIME}
HELP = "space pause/resume · n next · b back · e easier · h harder · d done · p pain · q stop"


_DIGITS = {
    "0": ("███", "█ █", "█ █", "█ █", "███"), "1": (" ██", "  █", "  █", "  █", "  █"),
    "2": ("███", "  █", "███", "█  ", "███"), "3": ("███", "  █", "███", "  █", "███"),
    "4": ("█ █", "█ █", "███", "  █", "  █"), "5": ("███", "█  ", "███", "  █", "███"),
    "6": ("███", "█  ", "███", "█ █", "███"), "7": ("███", "  █", "  █", "  █", "  █"),
    "8": ("███", "█ █", "███", "█ █", "███"), "9": ("███", "█ █", "███", "  █", "███"),
    ":": ("   ", " ▪ ", "   ", " ▪ ", "   "),
}


def big(text: str) -> list[str]:
    """``text`` (digits and colons) in five rows of block characters."""
    return ["  ".join(_DIGITS[ch][row] for ch in text if ch in _DIGITS) for row in range(5)]


def clock_text(seconds: float) -> str:
    """A countdown's ``m:ss``: rounded up, so the display reaches 0:00 only at the end."""
    return format_duration(seconds, Rounding.UP)


def stamp(t: float) -> str:
    """``m:ss`` of session time gone by (rounded down), for the plain log lines."""
    return format_duration(t, Rounding.DOWN)


def render(snap: Snapshot, caption: str, catalogue: Any = None, notice: str = "") -> str:
    """The whole screen for one snapshot, as text; ``catalogue``: the run's words (gettext);
    ``notice``: the safety word after "this hurts", or why the session paused itself."""
    t = catalogue or _ENGLISH
    _ = t.gettext
    seg = snap.segment
    if seg is None:
        return _("Starting…")
    head = seg.title or ""
    if snap.exercise_number:
        head += "   " + _("(exercise {n} of {total})").format(n=snap.exercise_number,
                                                             total=snap.exercise_count)
    kind = {SegmentKind.PREPARE: _("GET READY"), SegmentKind.REST: _("REST"),
            SegmentKind.SWITCH_SIDES: _("SWITCH SIDES"), SegmentKind.FINISH: _("FINISH")
            }.get(seg.kind)
    if kind is None:
        kind = _("STEP {n} of {total}").format(n=snap.step_number, total=snap.step_count)
        if seg.sets and seg.sets > 1:
            kind += " · " + _("set {n} of {total}").format(n=seg.set, total=seg.sets)
        if seg.side:
            kind += " · " + {"right": _("right side"), "left": _("left side")}.get(
                seg.side, f"{seg.side} side")
    mod = snap.modification.name if snap.modification else _("Standard")
    state = " · " + _("PAUSED") if snap.paused else ""
    count = big(clock_text(snap.remaining))
    if snap.waiting_for_done:
        count.append(_("press d when done"))
    elif seg.reps:
        count.append(t.ngettext("{n} rep — press d when done", "{n} reps — press d when done",
                                seg.reps).format(n=seg.reps))
    lines = [head, f"{kind}   [{mod}]{state}", *([f"!! {notice}"] if notice else []), "",
             seg.text, "", *count, "",
             _("Next up: {next}").format(next=snap.next_up or "—"),
             _("Left in session: {time}").format(time=clock_text(snap.total_remaining)),
             f"» {caption}" if caption else "", "", _(HELP)]
    return "\n".join(lines)


class Screen:
    """Draws the player on a terminal stream, or prints plain lines on any other."""

    def __init__(self, out: TextIO | None, tty: bool, catalogue: Any = None,
                 plan: SessionPlan | None = None) -> None:
        self.out, self.tty, self.plan = out, tty, plan
        self.catalogue = catalogue  # the run's words, for the labels
        self.caption = ""
        self.notice = ""  # the safety word after "this hurts", or why the session paused itself
        self.closed = False  # True once the stream broke
        self.error: OSError | None = None  # why, when it was not a reader going away
        self._lock = threading.Lock()

    def on_event(self, event: SessionEvent) -> None:
        """Keep the last caption; without a terminal, print segments and cues as lines."""
        p = event.payload
        if isinstance(p, CueSaid):
            self.caption = p.text
        notice = self._notice(p)
        if self.out is None or self.tty:
            return
        line = None
        if notice:
            self._write(f"[{stamp(event.t)}] !! {notice}\n")
        if isinstance(p, SegmentStart):
            line = f"[{stamp(event.t)}] {p.kind.value}: {p.text}"
        elif isinstance(p, CueSaid) and p.kind is not CueKind.COUNT:
            line = f"[{stamp(event.t)}]   » {p.text}"
        elif isinstance(p, (ModificationChange, Pain, Paused, Resumed, SessionEnd)):
            extra = " ".join(f"{k}={v}" for k, v in p.to_json().items() if k != "description")
            line = f"[{stamp(event.t)}] {event.type.value} {extra}".rstrip()
        if line:
            self._write(line + "\n")

    def _notice(self, p: object) -> str:
        """Keep the notice up to date; returns one that is new (to print), else ""."""
        phrases = self.plan.phrases if self.plan is not None else None
        if phrases is None:
            return ""
        if isinstance(p, Pain) and p.action == "ended" and p.exercise_index is not None:
            self.notice = phrases.pain_stop(self.plan.exercises[p.exercise_index].exercise.title)  # type: ignore[union-attr]
            return self.notice
        if isinstance(p, Paused) and p.reason == "pain":
            offer = (self.catalogue or _ENGLISH).gettext(
                "space or 'resume': go on with the workout · q or 'stop': end it")
            self.notice += f"  ({offer})"
            return offer
        if isinstance(p, Paused) and p.reason == "stall":
            self.notice = phrases.stalled
            return self.notice
        if isinstance(p, Resumed) or (isinstance(p, SegmentStart) and p.kind is SegmentKind.STEP):
            self.notice = ""
        return ""

    def draw(self, snap: Snapshot) -> None:
        """Redraw the whole screen (terminals only)."""
        if self.out is None or not self.tty:
            return
        self._write("\x1b[H\x1b[2J" + render(snap, self.caption, self.catalogue, self.notice)
                    .replace("\n", "\x1b[K\n"))

    def _write(self, text: str) -> None:
        """Write and flush; a reader that went away (broken pipe) ends the drawing."""
        with self._lock:
            if self.out is None:
                return
            try:
                self.out.write(text)
                self.out.flush()
            except (OSError, ValueError) as exc:
                self.out = None
                self.closed = True
                if not isinstance(exc, (BrokenPipeError, ValueError)):
                    self.error = exc  # a full disk: the caller says so once the session is kept


@contextlib.contextmanager
def raw_keys(stream: TextIO) -> Iterator[None]:
    """Single keys without Enter and without echo; the old mode comes back even on error."""
    import termios
    import tty

    fd = stream.fileno()
    old = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, old)


def _read_keys(engine: Engine, stream: TextIO, finished: threading.Event,
               scheduler: ThreadScheduler, gone: Callable[[], bool]) -> None:
    fd = stream.fileno()
    while not finished.is_set():
        _check(scheduler)
        if gone():
            engine.stop()
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            continue
        key = os.read(fd, 1).decode(errors="ignore").lower()
        if key in KEYS:
            engine.control(KEYS[key])


def _read_words(engine: Engine, stream: TextIO, err: TextIO, words_of: Any = None) -> None:
    for line in stream:
        word = line.strip().lower()
        if not word:
            continue
        control = parse(word)
        if control is not None:
            engine.control(control)
        else:
            said = (words_of or _ENGLISH).gettext("unknown control {word} (try: {words})")
            err.write(f"spotter: {said.format(word=repr(word), words=', '.join(words()))}\n")
            err.flush()


def run_headless(plan: SessionPlan, speaker: Speaker, *, speed: float = 1.0, events: bool = False,
                 listeners: Sequence[Callable[[SessionEvent], None]] = (), start_at: int = 0,
                 stdin: TextIO | None = None, stdout: TextIO | None = None,
                 stderr: TextIO | None = None) -> Engine:
    """Play ``plan`` to its end (or until stopped) and return the finished engine."""
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    out_tty, err_tty = _isatty(stdout), _isatty(stderr)
    if events:
        screen = Screen(stderr if err_tty else None, tty=err_tty, catalogue=plan.phrases.translator,
                        plan=plan)
    else:
        screen = Screen(stdout, tty=out_tty, catalogue=plan.phrases.translator, plan=plan)
    finished = threading.Event()
    gone = threading.Event()
    failed: list[OSError] = []
    out_lock = threading.Lock()

    def emit(event: SessionEvent) -> None:
        for listener in listeners:
            listener(event)
        if events and not gone.is_set():
            with out_lock:
                try:
                    stdout.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
                    stdout.flush()
                except (OSError, ValueError) as exc:
                    gone.set()  # the reader of the events went away: the session stops
                    if not isinstance(exc, (BrokenPipeError, ValueError)):
                        failed.append(exc)  # stdout is full: said once the session is kept
        screen.on_event(event)
        if event.type is EventType.SESSION_END:
            finished.set()

    clock = MonotonicClock()
    scheduler = ThreadScheduler(clock)
    engine = Engine(plan, clock, scheduler, speaker, emit, speed=speed)

    def redraw() -> None:
        if engine.state is not EngineState.FINISHED:
            screen.draw(engine.snapshot())
            scheduler.call_later(0.1, redraw)

    def output_gone() -> bool:
        return gone.is_set() or (screen.closed and not events)

    keys = _isatty(stdin)
    try:
        with raw_keys(stdin) if keys else contextlib.nullcontext():
            scheduler.call_later(0, lambda: engine.start(start_at))
            if screen.tty:
                scheduler.call_later(0.05, redraw)
            if keys:
                _read_keys(engine, stdin, finished, scheduler, output_gone)
            else:
                threading.Thread(target=_read_words,
                                 args=(engine, stdin, stderr, plan.phrases.translator),
                                 name="spotter-controls", daemon=True).start()
                while not finished.wait(0.2):
                    _check(scheduler)
                    if output_gone():
                        engine.stop()
    except KeyboardInterrupt:
        engine.stop()
    finally:
        if engine.state is not EngineState.FINISHED and engine.state is not EngineState.READY:
            engine.stop()
        scheduler.close()
        if engine.stopped_for_pain:
            let_finish(speaker)  # the safety word is heard to its end before the speaker closes
    if screen.tty and screen.out is not None:
        screen.draw(engine.snapshot())
        screen.out.write("\n")
    if failed or screen.error:
        raise failed[0] if failed else screen.error  # type: ignore[misc]
    return engine


def _check(scheduler: ThreadScheduler) -> None:
    """Raise if a call on the clock's thread failed (a bug): better than a session frozen."""
    if scheduler.errors:
        raise RuntimeError("the session stopped on an error") from scheduler.errors[0]


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False

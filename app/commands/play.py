"""``spotter play ID``: follow an exercise or a workout, in the app or in the terminal.

Without ``--headless`` the desktop player opens on ID. With it, the session
plays in the terminal (``app/terminal/player.py``): controls by key or by
word, ``--events`` for one JSON line per event. Every event is recorded in the
history as it happens (a writer thread does the disk work, so a slow disk
never delays a cue); interrupted sessions from the last 12 hours are offered
for resuming on a terminal and kept as they are otherwise.
"""

from __future__ import annotations

import argparse
import difflib
import queue
import sys
import threading
from typing import Any

from app.commands import inputs
from app.commands.language import said
from app.context import Context, UserError
from app.i18n.message import N_
from app.preferences import Preferences, PreferenceStore
from app.prepare import prepare, with_overrides


def add_parsers(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``play``."""
    play = sub.add_parser(
        "play", parents=parents, help=N_("follow an exercise or a workout"),
        description=N_("Play an exercise or workout by its id: in the app, or with --headless in "
                       "this terminal (keys: space pause/resume, n next, b back, e easier, h harder, d done, "
                       "p pain, q stop; without a terminal, the same as words on stdin, one per line)."))
    play.add_argument("id", metavar="ID", help=N_("exercise or workout id (see `spotter list`)"))
    play.add_argument("--headless", action="store_true", help=N_("play in this terminal, no window"))
    play.add_argument("--mute", action="store_true", help=N_("no voice: captions only"))
    play.add_argument("--fullscreen", action="store_true",
                      help=N_("open the desktop player full screen (F11 leaves it)"))
    play.add_argument("--events", action="store_true",
                      help=N_("write every session event to stdout as one JSON object per line"))
    play.add_argument("--modification", metavar="NAME",
                      help=N_("start on this modification (for a workout: wherever it exists)"))
    play.add_argument("--get-ready", type=inputs.get_ready, default=None, metavar="S",
                      help=N_("seconds of get-ready countdown for this run, 0 to 60 (default: the "
                              "saved setting, see `spotter settings`)"))
    play.add_argument("--wait-for-done", action="store_true",
                      help=N_("reps steps wait for 'done' instead of ending on time"))
    play.set_defaults(handler=run_play)


def run_play(ctx: Context, args: argparse.Namespace) -> int:
    """Play ``args.id``; exit 0 when the session ran (completed or stopped)."""
    from app.content.library import load_library
    from app.content.translations import localized
    from app.i18n import translations

    t = translations(ctx.language())
    library = localized(load_library(ctx.content_roots()), ctx.language())
    source = library.exercise(args.id) or library.workout(args.id)
    if source is None:
        known = [*library.exercises, *library.workouts]
        close = difflib.get_close_matches(args.id, known, n=3, cutoff=0.5)
        hint = (t.gettext("; did you mean {ids}?").format(ids=", ".join(close)) if close
                else t.gettext("; `spotter list` shows them all"))
        raise UserError(t.gettext("no exercise or workout called {id}").format(id=repr(args.id))
                        + hint)
    if args.get_ready is not None and args.get_ready < 0:
        raise UserError(t.gettext("--get-ready must be 0 or more seconds"))
    prefs = with_overrides(PreferenceStore(ctx.paths.settings_file).load(), mute=args.mute,
                           get_ready=args.get_ready)
    if not args.headless:
        try:
            from app.ui.launch import run_gui
        except ImportError as exc:
            raise UserError(N_("the desktop player is not available ({reason}); use `spotter "
                               "play {id} --headless`", reason=str(exc), id=args.id)) from None
        if args.wait_for_done:
            print("spotter: " + said(N_("--wait-for-done applies to --headless; the desktop "
                                        "player has a Done key (D)")), file=sys.stderr)
        return int(run_gui(ctx, play_id=args.id, modification=args.modification,
                           fullscreen=bool(getattr(args, "fullscreen", False)),
                           session_prefs=_overrides(args)) or 0)
    return _headless(ctx, args, prefs, library, source)


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    """What the command line changes in the saved settings, for this run only."""
    base = Preferences()
    changed = with_overrides(base, mute=args.mute, get_ready=args.get_ready)
    return {k: v for k, v in vars(changed).items() if getattr(base, k) != v}


def _headless(ctx: Context, args: argparse.Namespace, prefs: Preferences, library: Any,
              source: Any) -> int:
    from app.terminal.player import run_headless

    history = _History.open(ctx)
    try:
        resume = history.choose_resume() if history else None
        found = resume and (library.exercise(resume.source_id) or library.workout(resume.source_id))
        if resume is not None and not found:
            print("spotter: " + said(N_("{id} is no longer in the library, so session {session} "
                                        "cannot be resumed; it is kept as it is.",
                                        id=repr(resume.source_id), session=resume.id)),
                  file=sys.stderr)
            history.store.keep(resume.id)
            resume = None
        elif resume is not None:
            source = found
            print("spotter: " + _words(ctx).gettext("resuming {title} where it stopped").format(
                title=source.title), file=sys.stderr)
        prepared = prepare(ctx, prefs, source, library, modification=args.modification,
                           resume=resume, wait_for_done=args.wait_for_done,
                           speech_off="Speech could not start (%s): captions only.")
        speaker = prepared.speaker
        try:
            if speaker.problem and prefs.voice_enabled:
                # the speech layer's fixed sentences have catalogue entries; others stay as they are
                print(f"spotter: {_words(ctx).gettext(speaker.problem)}", file=sys.stderr)
            if history:
                history.start(resume.id if resume is not None else None)
            engine = run_headless(prepared.plan, speaker, speed=ctx.speed, events=args.events,
                                  listeners=[history.put] if history else [],
                                  start_at=prepared.start_at)
        finally:
            speaker.close()
    finally:
        if history:
            history.close()
    _summary(engine, args.events, _words(ctx))
    return 0


def _words(ctx: Context) -> Any:
    """The command line's words in the run's language."""
    from app.i18n import translations

    return translations(ctx.language())


class _History:
    """The history store and a writer thread that records every event off the clock's thread.

    Only the writer thread touches the recorder until it has finished: ``close``
    waits for it however long the disk or another Spotter's lock holds it up,
    so the end of the session is always recorded before the recorder closes.
    Events that queued up behind a slow write are applied together and
    committed once, so a held lock costs one busy timeout, not one per event.
    """

    def __init__(self, store: Any) -> None:
        self.store = store
        self.recorder: Any = None
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="spotter-history", daemon=True)

    @classmethod
    def open(cls, ctx: Context) -> _History | None:
        try:
            from app.history.store import HistoryStore
        except ImportError:
            return None
        history = cls(HistoryStore.open(ctx.paths))
        history._tell()
        return history

    def _tell(self) -> None:
        for notice in self.store.take_notices():
            print(f"spotter: {said(notice)}", file=sys.stderr)

    def choose_resume(self) -> Any:
        """Offer interrupted sessions on a terminal; keep them (and say so) otherwise.

        Returns the session to resume, or None to play what was asked.
        """
        chosen = None
        for old in self.store.interrupted():
            when = old.started_at.strftime("%H:%M")
            if not sys.stdin.isatty():
                self.store.keep(old.id)
                print("spotter: " + said(N_("session {id} ({title}, started {when}) was "
                                            "interrupted; it is kept as it is.", id=old.id,
                                            title=old.title, when=when)), file=sys.stderr)
                continue
            if chosen is not None:
                continue
            answer = input(said(N_("Session {id} ({title}, started {when}) was interrupted. "
                                   "[r]esume it, [k]eep it as it is, or [d]iscard it? ",
                                   id=old.id, title=old.title, when=when))).strip().lower()
            if answer.startswith("r"):
                chosen = old
            elif answer.startswith("d"):
                self.store.discard(old.id)
            else:
                self.store.keep(old.id)
        return chosen

    def start(self, resume_id: int | None) -> None:
        """Make the recorder (continuing ``resume_id`` if given) and start writing."""
        self.recorder = self.store.recorder(resume_id=resume_id)
        self._thread.start()

    def put(self, event: Any) -> None:
        """Queue one event for recording (called on the engine's thread)."""
        self._queue.put(event)

    def _run(self) -> None:
        running = True
        while running:
            batch = [self._queue.get()]
            while not self._queue.empty():
                batch.append(self._queue.get())
            running = batch[-1] is not None
            try:
                for event in (e for e in batch if e is not None):
                    self.recorder.handle(event, flush=False)
                self.recorder.flush()
            except Exception as exc:  # noqa: BLE001 - recording must not stop the session
                print("spotter: " + said(N_("history: {error}", error=str(exc))), file=sys.stderr)

    def close(self) -> None:
        """Write what is left, close the recorder and the store, and pass on notices."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if self.recorder is not None:
            self.recorder.close()
        self._tell()
        self.store.close()


def _summary(engine: Any, events: bool, t: Any) -> None:
    """One closing line: what was done, how long, which modifications (stderr under --events)."""
    snap = engine.snapshot()
    out = sys.stderr if events else sys.stdout
    mods = [f"{p.exercise.title}: {p.modification.name}" for p in engine.plan.exercises
            if p.modification is not None]
    status = t.pgettext("status", engine.status or "not started")
    line = t.gettext("{title}: {status} after {done} s of {planned} s planned").format(
        title=engine.plan.title, status=status, done=round(snap.elapsed),
        planned=round(engine.plan.total_seconds))
    if mods:
        line += "; " + t.gettext("modifications: {list}").format(list=", ".join(mods))
    print(line, file=out, flush=True)

"""``spotter say`` and ``spotter voices``: try the voice without starting a session.

Both follow the run's language (``--lang``, the setting, the system): ``say``
speaks with that language's voice unless ``--voice`` is given, and ``voices``
lists that language's voices first, its default marked.

``say --wav FILE`` renders without a sound card, which makes it the check
that speech works on a machine (and the end-to-end test of rendering).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from app.commands import inputs
from app.commands.language import said
from app.context import Context, UserError
from app.i18n.message import N_


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> None:
    """Add ``say`` and ``voices``."""
    say = sub.add_parser(
        "say",
        parents=parents,
        help=N_("speak a text, or render it to a WAV file"),
        description=N_("Speak TEXT with the current voice, or write it to a WAV file."),
    )
    say.add_argument("text", nargs="+", metavar="TEXT", help=N_("what to say"))
    say.add_argument(
        "--wav", metavar="FILE", help=N_("write the speech to this WAV file instead of playing it")
    )
    say.add_argument(
        "--voice", metavar="V", help=N_("voice id, name or language (see `spotter voices`)")
    )
    say.add_argument("--rate", type=int, metavar="R", help=N_("words per minute (80-450)"))
    say.add_argument("--volume", type=float, metavar="X", help=N_("loudness from 0.0 to 1.0"))
    say.set_defaults(handler=run_say)
    voices = sub.add_parser("voices", parents=parents, help=N_("list the voices of the speech engine"))
    voices.add_argument("--json", action="store_true", help=N_("print a JSON list instead of a table"))
    voices.set_defaults(handler=run_voices)


def _open_speaker(args: argparse.Namespace, ctx: Context):  # type: ignore[no-untyped-def]
    """Start the real speaker with the options given, or raise UserError."""
    from app.speech.pyttsx3_speaker import Pyttsx3Speaker
    from app.speech.settings import DEFAULT_RATE

    rate = getattr(args, "rate", None)
    volume = getattr(args, "volume", None)
    voice = getattr(args, "voice", None)
    try:
        return Pyttsx3Speaker(
            ctx.paths.speech_cache,
            voice=voice,
            rate=DEFAULT_RATE if rate is None else rate,
            volume=1.0 if volume is None else volume,
            language=None if voice else ctx.language(),  # --voice wins; else the language's
        )
    except ValueError as exc:
        raise UserError(exc.args[0] if exc.args else str(exc)) from None


def _words(ctx: Context):  # type: ignore[no-untyped-def]
    """The command line's words in the run's language."""
    from app.i18n import translations

    return translations(ctx.language())


def _problem(ctx: Context, problem: object) -> str:
    """Why speech is off, in the run's language when it is one of speech's fixed sentences."""
    return str(_words(ctx).gettext(str(problem)))


def run_say(ctx: Context, args: argparse.Namespace) -> int:
    """Render TEXT to ``--wav`` or speak it; exit 1 with one line if that cannot be done."""
    text = " ".join(args.text).strip()
    problem = inputs.readable(text, "TEXT")
    if problem:
        raise UserError(problem)
    if not text:
        raise UserError(_words(ctx).gettext("nothing to say: TEXT is empty"))
    dest = Path(args.wav).expanduser() if args.wav else None
    if dest is not None and not dest.parent.is_dir():
        raise UserError(N_("cannot write {path}: folder {folder} does not exist", path=dest,
                           folder=dest.parent))
    speaker = _open_speaker(args, ctx)
    try:
        if not speaker.can_render:
            print(f"spotter: {_problem(ctx, speaker.problem)}", file=sys.stderr)
            return 1
        settings = speaker.settings
        if dest is not None:
            try:
                seconds = speaker.render_to(text, dest)
            except OSError as exc:
                raise UserError(N_("cannot write {path}: {reason}", path=dest,
                                   reason=exc.strerror or str(exc))) from None
            except RuntimeError as exc:  # the engine rendered nothing
                print("spotter: " + said(N_("cannot render: {error}", error=str(exc))),
                      file=sys.stderr)
                return 1
            print(_words(ctx).gettext("{path}: {seconds} s of speech ({voice}, {rate} wpm)").format(
                path=dest, seconds=f"{seconds:.2f}", voice=settings.voice, rate=settings.rate))
            return 0
        if not speaker.available:
            print("spotter: " + said(N_("cannot speak: {problem}",
                                        problem=_problem(ctx, speaker.problem))), file=sys.stderr)
            return 1
        speaker.speak(text)
        while speaker.busy():
            time.sleep(0.05)
        if not speaker.available:  # the player failed on this cue
            print("spotter: " + said(N_("cannot speak: {problem}",
                                        problem=_problem(ctx, speaker.problem))), file=sys.stderr)
            return 1
        return 0
    finally:
        speaker.close()


def run_voices(ctx: Context, args: argparse.Namespace) -> int:
    """List the engine's voices as a table or as JSON."""
    speaker = _open_speaker(args, ctx)
    try:
        if not speaker.can_render:
            print(f"spotter: {_problem(ctx, speaker.problem)}", file=sys.stderr)
            return 1
        from app.speech.voices import ordered

        default = speaker.settings.voice
        voices = ordered(speaker.voices(), ctx.language(), first=default)
    finally:
        speaker.close()
    if args.json:
        rows = [
            {"id": v.id, "name": v.name, "languages": list(v.languages), "default": v.id == default}
            for v in voices
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    width = max((len(v.id) for v in voices), default=2)
    for v in voices:
        mark = "*" if v.id == default else " "
        print(f"{mark} {v.id:<{width}}  {v.name}  [{', '.join(v.languages)}]")
    print(_words(ctx).ngettext(
        "{n} voice; * marks the default. Use one with --voice ID, name or language.",
        "{n} voices; * marks the default. Use one with --voice ID, name or language.",
        len(voices)).format(n=len(voices)))
    return 0

"""``spotter settings``: show the saved preferences, or set one.

The same store as the desktop's Settings screen (``app/preferences.py``, the
INI in the data folder), so what is set here is what both players do:
``spotter settings set get-ready 20`` gives a 20 s get-ready in the terminal
and in the window. A bad key or value is one line and exit status 2.
"""

from __future__ import annotations

import argparse
import json

from app.commands.language import said
from app.context import Context, UserError
from app.i18n.message import N_


def add_parsers(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``settings`` and ``settings set``."""
    from app.preferences import KEYS

    keys = ", ".join(KEYS)
    settings = sub.add_parser(
        "settings", parents=parents, help=N_("show or change the saved settings"),
        description=N_("Show the saved settings, or change one with `settings set KEY VALUE`. "
                       "Keys: {keys}. Both players follow them.", keys=keys))
    settings.add_argument("--json", action="store_true", help=N_("print them as one JSON object"))
    settings.set_defaults(handler=run_show)
    actions = settings.add_subparsers(dest="settings_action", metavar="ACTION")
    change = actions.add_parser("set", parents=parents, help=N_("change one setting"),
                                description=N_(
                                    "Set KEY to VALUE and save it. Keys: {keys}. VALUE for voice: "
                                    "an id from `spotter voices` (or default); for on/off keys: "
                                    "on or off; language: en, es, de or system.", keys=keys))
    change.add_argument("key", metavar="KEY")
    change.add_argument("value", metavar="VALUE")
    change.set_defaults(handler=run_set)


def run_show(ctx: Context, args: argparse.Namespace) -> int:
    """Print every setting by its key (a table, or JSON)."""
    from app.preferences import PreferenceStore, as_json

    values = as_json(PreferenceStore(ctx.paths.settings_file).load())
    if args.json:
        print(json.dumps(values, ensure_ascii=False, indent=1))
        return 0
    width = max(len(k) for k in values)
    for key, value in values.items():
        print(f"{key:<{width}}  {_shown(key, value)}")
    print(said(N_("(in {path}; change one with `spotter settings set KEY VALUE`)",
                  path=ctx.paths.settings_file)))
    return 0


def run_set(ctx: Context, args: argparse.Namespace) -> int:
    """Set one setting; UserError (exit 2, one line) for a bad key or value."""
    from app.preferences import KEYS, PreferenceError, PreferenceStore, as_json

    value = args.value
    if KEYS.get(args.key) == "voice":
        value = _voice_id(ctx, value)
    try:
        prefs = PreferenceStore(ctx.paths.settings_file).set_value(args.key, value)
    except PreferenceError as exc:
        raise UserError(exc.args[0] if exc.args else str(exc)) from None  # a marked one stays so
    except OSError as exc:
        raise UserError(N_("cannot write {path}: {reason}", path=ctx.paths.settings_file,
                           reason=exc.strerror or str(exc))) from None
    key = next(k for k, v in KEYS.items() if v == KEYS.get(args.key, args.key))
    print(f"{key} = {_shown(key, as_json(prefs)[key])}")
    return 0


def _voice_id(ctx: Context, wanted: str) -> str:
    """The id of the voice ``wanted`` names ("" for the default); UserError if there is none."""
    if wanted.strip().lower() in ("", "default"):
        return ""
    from app.speech.pyttsx3_speaker import Pyttsx3Speaker

    try:
        speaker = Pyttsx3Speaker(ctx.paths.speech_cache, voice=wanted)
    except ValueError as exc:
        raise UserError(N_("voice: {error}", error=str(exc))) from None
    try:
        if not speaker.can_render:
            return wanted  # no speech engine here to check against: kept as given
        return speaker.settings.voice or wanted
    finally:
        speaker.close()


def _shown(key: str, value: object) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if value == "" and key in ("voice", "language"):
        return said(N_("(default)")) if key == "voice" else said(N_("(system)"))
    return str(value)

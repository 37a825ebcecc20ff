"""A step's pose as a trainer writes it: a base position, joint angles, a view, a movement.

``pose: on the back`` names a base position from :data:`BASES`; a group adds
joint angles in degrees (``knees: 90``, ``right_hip: 40``), a ``view``
(``side`` or ``front``), a ``prop`` (chair, wall, ball) and a ``to`` pose: where
the movement within the step goes (the same keys; the base and view carry
over). An exercise-level ``pose`` is the default for its steps. Reading is
done with :class:`~app.content.fields.Fields`, so every problem is one
``path: field: message`` with a did-you-mean. No Qt here (see ``figure.py``
for the geometry).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from app.i18n.message import N_

if TYPE_CHECKING:  # the reader of the front matter: imported by the loader, not by a cache read
    from app.content.fields import Fields
    from app.content.model import Step


def describe(value: Any) -> str:
    """The value as a problem line shows it (fields.describe, imported only when a pose is wrong)."""
    from app.content.fields import describe as describe_value

    return describe_value(value)


#: The base positions and the words that also name them.
BASES: dict[str, tuple[str, ...]] = {
    "standing": ("stand",),
    "on-the-back": ("supine", "lying on the back", "back"),
    "face-down": ("prone", "lying face down", "on the belly", "on the stomach"),
    "on-the-forearms": ("sphinx", "prone on the forearms"),
    "seated": ("sitting", "seated with legs long", "long sitting"),
    "seated-on-chair": ("chair", "on a chair", "sitting on a chair"),
    "kneeling": ("tall kneeling", "upright kneeling"),
    "heel-sitting": ("sitting on the heels", "on the heels", "kneel sitting"),
    "childs-pose": ("child's pose", "child pose", "folded forward on the heels"),
    "all-fours": ("hands and knees", "tabletop", "quadruped", "on all fours"),
    "plank": ("high plank", "front support"),
    "forearm-plank": ("low plank", "elbow plank"),
    "reverse-plank": ("back support",),
    "reverse-tabletop": ("table", "crab"),
    "side-lying": ("on the side", "lying on the side"),
    "bridge": ("hip lift", "shoulder bridge"),
}
VIEWS = ("side", "front")
PROPS = ("chair", "wall", "ball")
#: Joint -> (lowest, highest) angle in degrees; see docs/content-format.md for directions.
RANGES: dict[str, tuple[float, float]] = {
    "spine": (-70, 120), "twist": (-90, 90), "neck": (-70, 80), "tilt": (-90, 90),
    "shoulder": (-100, 200), "shoulder_out": (-30, 180), "elbow": (0, 160),
    "hip": (-50, 150), "hip_out": (-20, 90), "hip_turn": (-45, 90), "knee": (0, 165), "ankle": (-40, 90),
}
CENTRAL = ("spine", "twist", "neck", "tilt")
SIDED = ("shoulder", "shoulder_out", "elbow", "hip", "hip_out", "hip_turn", "knee", "ankle")
_PLURAL = {"shoulders": "shoulder", "shoulders_out": "shoulder_out", "elbows": "elbow",
           "hips": "hip", "hips_out": "hip_out", "hips_turn": "hip_turn", "knees": "knee", "ankles": "ankle"}
_OTHER_KEYS = ("base", "view", "prop", "to")


def _norm(word: str) -> str:
    return " ".join(word.strip().casefold().replace("-", " ").replace("_", " ").replace("’", "'")
                    .split())


_NAMES: dict[str, str] = {}
for _base, _words in BASES.items():
    for _word in (_base, *_words):
        _NAMES[_norm(_word)] = _base


def base_name(word: str) -> str | None:
    """The base position a word names (``"on the back"`` -> ``on-the-back``), if any."""
    return _NAMES.get(_norm(word))


@dataclass(frozen=True)
class Pose:
    """A position: a base, joint angles by name (``left_knee``), a view, an optional prop.

    ``to`` is the position the step moves to (its own ``to`` is always None);
    ``inferred`` is set when Spotter guessed the pose from the step text.
    """

    base: str
    joints: tuple[tuple[str, float], ...] = ()
    view: str = "side"
    prop: str | None = None
    to: Pose | None = None
    inferred: bool = False

    def angle(self, name: str) -> float | None:
        """One joint's angle as written (``left_knee``, ``spine``), if written."""
        return dict(self.joints).get(name)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: base, view, the joints written, prop, to, inferred."""
        found: dict[str, Any] = {"base": self.base, "view": self.view}
        for name, value in self.joints:
            found[name] = int(value) if float(value).is_integer() else value
        if self.prop:
            found["prop"] = self.prop
        if self.to is not None:
            found["to"] = {k: v for k, v in self.to.as_dict().items() if k not in ("inferred",)}
        if self.inferred:
            found["inferred"] = True
        return found


def read_pose(f: Fields, value: Any, field: str, *, default: Pose | None = None) -> Pose | None:
    """A pose written as a base name or a group; ``default`` gives the base when it is left out."""
    if value is None:
        return None
    if isinstance(value, str):
        base = _read_base(f, value, f"{field}")
        return Pose(base) if base else None
    if not isinstance(value, dict) or f.mapping(value, field) is None:
        if not isinstance(value, dict):
            f.error(field, N_("must be a base position (like \"on the back\") or a group with "
                              "base, joint angles, view and to; not {value}",
                              value=describe(value)))
        return None
    pose = _read_group(f, value, field, default)
    if pose is None:
        return None
    to = value.get("to")
    if to is not None:
        if isinstance(to, str):
            to = {"base": to}
        target = _read_group(f, to, f"{field}.to", pose) if isinstance(to, dict) else None
        if not isinstance(to, dict):
            f.error(f"{field}.to", N_("must be a base position or a group of joint angles, not "
                                      "{value}", value=describe(to)))
        elif target is not None and "to" in to:
            f.error(f"{field}.to.to", N_("a movement has one end: write a single `to`"))
        elif target is not None:
            return replace(pose, to=target)
        return None
    return pose


def _read_group(f: Fields, value: dict[str, Any], field: str, default: Pose | None) -> Pose | None:
    if f.mapping(value, field) is None:
        return None
    failed = False
    base = None
    if value.get("base") is not None:
        base = _read_base(f, value.get("base"), f"{field}.base")
        failed = base is None
    elif default is not None:
        base = default.base
    else:
        f.error(f"{field}.base", N_("is missing: name a base position, like \"on the back\" "
                                    "({bases})", bases=", ".join(BASES)))
        return None
    view = default.view if default else "side"
    if value.get("view") is not None:
        written = f.text(value.get("view"), f"{field}.view")
        if written is not None and written.casefold() not in VIEWS:
            f.error(f"{field}.view", N_("must be side or front; got \"{view}\"", view=written))
            failed = True
        elif written:
            view = written.casefold()
    prop = default.prop if default else None
    if value.get("prop") is not None:
        written = f.text(value.get("prop"), f"{field}.prop")
        if written is not None and written.casefold() not in PROPS:
            close = _near(written, PROPS)
            names = " | ".join(PROPS)
            f.error(f"{field}.prop", N_("must be one of {names}; got \"{value}\" (did you mean "
                                        "{near}?)", names=names, value=written, near=close)
                    if close else N_("must be one of {names}; got \"{value}\"", names=names,
                                     value=written))
            failed = True
        elif written:
            prop = written.casefold()
    # without a base the group adds to the default; with one it starts afresh
    joints = dict(default.joints) if default is not None and value.get("base") is None else {}
    for key, angle in value.items():
        if key in _OTHER_KEYS:
            continue
        for name, number in _joint(f, key, angle, f"{field}.{key}"):
            if number is None:
                failed = True
            else:
                joints[name] = number
    if failed or base is None:
        return None
    return Pose(base, tuple(sorted(joints.items())), view, prop)


def _read_base(f: Fields, value: Any, field: str) -> str | None:
    text = f.text(value, field, required=True)
    if text is None:
        return None
    found = base_name(text)
    if found is None:
        words = sorted(_NAMES)
        import difflib  # only for a misspelt name

        near = difflib.get_close_matches(_norm(text), words, n=1, cutoff=0.6)
        if near:
            f.error(field, N_("\"{text}\" is not a base position (did you mean {near}?); use one "
                              "of {bases}", text=text, near=_NAMES[near[0]],
                              bases=", ".join(BASES)))
        else:
            f.error(field, N_("\"{text}\" is not a base position; use one of {bases}", text=text,
                              bases=", ".join(BASES)))
    return found


def _joint(f: Fields, key: str, value: Any, field: str) -> list[tuple[str, float | None]]:
    """(name, angle) pairs for one written key: ``knees: 90``, ``knees: {left: 90}``, ``left_knee``."""
    name = _PLURAL.get(key, key)
    side = None
    for prefix in ("left_", "right_"):
        if name.startswith(prefix):
            side, name = prefix[:-1], name[len(prefix):]
    if name not in RANGES or (side and name in CENTRAL):
        known = [*CENTRAL, *_PLURAL, *(f"{s}_{j}" for s in ("left", "right") for j in SIDED),
                 *_OTHER_KEYS]
        joints = {"central": ", ".join(CENTRAL), "sided": ", ".join(_PLURAL)}
        close = _near(key, known)
        if close:
            f.error(field, N_("unknown joint or pose field (did you mean {near}?); joints are "
                              "{central}, and {sided} (or left_/right_ one)", near=close,
                              **joints))
        else:
            f.error(field, N_("unknown joint or pose field; joints are {central}, and {sided} "
                              "(or left_/right_ one)", **joints))
        return [(key, None)]
    if isinstance(value, dict) and name in SIDED and side is None:
        found: list[tuple[str, float | None]] = []
        for which, angle in value.items():
            if which not in ("left", "right"):
                close = _near(str(which), ("left", "right"))
                f.error(f"{field}.{which}", N_("must be left or right (did you mean {near}?)",
                                               near=close) if close
                        else N_("must be left or right"))
                found.append((key, None))
                continue
            found.append((f"{which}_{name}", _angle(f, angle, f"{field}.{which}", name)))
        return found
    number = _angle(f, value, field, name)
    if name in CENTRAL:
        return [(name, number)]
    sides = (side,) if side else ("left", "right")
    return [(f"{s}_{name}", number) for s in sides]


def _angle(f: Fields, value: Any, field: str, name: str) -> float | None:
    low, high = RANGES[name]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        f.error(field, N_("must be an angle in degrees, like 90, not {value}",
                          value=describe(value)))
        return None
    if not low <= value <= high:
        f.error(field, N_("{name} angle must be from {low} to {high} degrees; got {value}",
                          name=name, low=f"{low:g}", high=f"{high:g}", value=f"{value:g}"))
        return None
    return float(value)


def _near(word: str, known: Any) -> str | None:
    """The known name closest to a misspelt one, if any is close."""
    import difflib  # only for a misspelt name

    near = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return near[0] if near else None


def posed(steps: tuple[Step, ...], about: str, default: Pose | None) -> tuple[Step, ...]:
    """Every step with a pose: as written, the exercise's, else inferred from its words."""
    if default is not None:
        steps = tuple(s if s.pose is not None else replace(s, pose=default) for s in steps)
    if all(s.pose is not None for s in steps):
        return steps
    from app.content.pose_infer import infer  # only for steps without a pose

    guesses = [_shared(g) for g in infer([s.text for s in steps], about)]
    return tuple(s if s.pose is not None else replace(s, pose=g) for s, g in zip(steps, guesses))


_POSES: dict[Pose, Pose] = {}


def _shared(pose: Pose | None) -> Pose | None:
    """One object for each inferred pose: a library has thousands of equal ones (the cache's size)."""
    if pose is None:
        return None
    try:
        return _POSES.setdefault(pose, pose) if len(_POSES) < 10_000 else pose
    except TypeError:  # an unhashable pose: kept as it is
        return pose

"""The drawn figure: a :class:`~app.content.pose.Pose` turned into 2-D shapes on a mat.

The body is a small 3-D skeleton (trunk in two parts, neck and head, arms,
legs, feet) with human proportions, one unit tall when standing. A base
position sets every angle; the joint angles written in the pose replace them.
Forward kinematics places every joint, the view projects it (``side``: seen
from the person's right, facing right; ``front``: facing the viewer), and the
lowest point is put on the mat (y = 0, y up). Bases resting on two supports
(hands and knees, forearms and toes...) tilt the trunk until both touch.
``side="left"`` mirrors the picture so the left limbs are the near ones.
The result is plain data: renderers (SVG, QPainter) only draw it. No Qt here.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from app.content.pose import SIDED, Pose

Vec = tuple[float, float, float]

# lengths, in body heights (a standing figure is about 1.0 tall)
HEAD_R, NECK, UPPER, LOWER = 0.066, 0.05, 0.16, 0.14
SHOULDER_W, HIP_W = 0.10, 0.05
ARM, FOREARM, HAND, THIGH, SHIN, HEEL, TOE = 0.17, 0.145, 0.06, 0.245, 0.245, 0.035, 0.125
WIDTH = {"trunk": 0.105, "shoulders": 0.09, "pelvis": 0.1, "neck": 0.042, "upper_arm": 0.048,
         "forearm": 0.04, "hand": 0.036,
         "thigh": 0.07, "shin": 0.052, "foot": 0.032}

_B = dict[str, Any]


def _both(**joints: float) -> dict[str, float]:
    return {f"{s}_{k}": v for k, v in joints.items() for s in ("left", "right")}


BASE_ANGLES: dict[str, _B] = {
    "standing": {"pitch": 90, **_both(shoulder=8, elbow=10)},
    "on-the-back": {"pitch": 180, **_both(shoulder=5, elbow=5, ankle=50)},
    "face-down": {"pitch": 0, "flat_legs": True, **_both(shoulder=5, elbow=5, ankle=85)},
    "on-the-forearms": {"pitch": 0, "spine": -28, "neck": -10, "support": ("elbows", "hips"),
                        "flat_legs": True,
                        **_both(shoulder=80, elbow=95, ankle=85)},
    "seated": {"pitch": 90, **_both(shoulder=15, elbow=10, hip=90, ankle=5)},
    "seated-on-chair": {"pitch": 90, "prop": "chair", **_both(shoulder=15, elbow=60, hip=90, knee=90)},
    "kneeling": {"pitch": 90, **_both(shoulder=8, elbow=10, knee=90, ankle=85)},
    "heel-sitting": {"pitch": 90, **_both(shoulder=10, elbow=30, hip=80, knee=168, ankle=85)},
    "childs-pose": {"pitch": -20, "spine": 25, "neck": 10, "support": ("head", "knees"),
                    **_both(shoulder=165, elbow=0, hip=150, knee=168, ankle=85)},
    "all-fours": {"pitch": 0, "support": ("hands", "knees"), "flat_shins": True,
                  **_both(shoulder=90, elbow=0, hip=90, knee=90, ankle=88)},
    "plank": {"pitch": 20, "support": ("hands", "toes"), **_both(shoulder=75, elbow=0, ankle=0)},
    "forearm-plank": {"pitch": 10, "support": ("elbows", "toes"),
                      **_both(shoulder=85, elbow=90, ankle=0)},
    "reverse-plank": {"pitch": 160, "support": ("hands", "heels"),
                      **_both(shoulder=-65, elbow=0, ankle=45)},
    "reverse-tabletop": {"pitch": 180, "support": ("hands", "feet"),
                         **_both(shoulder=-90, elbow=0, hip=5, knee=90)},
    "side-lying": {"pitch": 0, "roll": 90, "neck": 10, "left_shoulder": 170, "left_elbow": 110,
                   "right_shoulder": 10, "right_elbow": 10, **_both(hip=10, knee=10, ankle=20)},
    "bridge": {"pitch": 200, "neck": 30, "support": ("shoulders", "feet"),
               **_both(shoulder=-20, elbow=0, hip=0, knee=95, ankle=0)},
}


class Part(NamedTuple):
    """One limb or the trunk: a polyline with a width; ``far`` when behind the trunk."""

    name: str
    points: tuple[tuple[float, float], ...]
    width: float
    depth: float
    far: bool


class Prop(NamedTuple):
    """A simple shape: ``kind`` line | rect | circle; ``coords`` x, y (w, h | r)."""

    name: str
    kind: str
    coords: tuple[float, ...]


class Figure(NamedTuple):
    """Parts in drawing order (far first), the head, props, and the bounds (y up)."""

    parts: tuple[Part, ...]
    head: tuple[float, float, float]  # centre x, y, radius
    face: tuple[float, float]  # the point of the nose, to show which way the head faces
    props: tuple[Prop, ...]
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1


def angles(pose: Pose, side: str | None = None, written_side: str | None = None) -> dict[str, Any]:
    """Every angle of a pose: the base's, then those written; sides swapped if ``side`` differs."""
    found: dict[str, Any] = {"pitch": 0.0, "roll": 0.0, "spine": 0.0, "twist": 0.0, "neck": 0.0,
                             "tilt": 0.0, **_both(**{j: 0.0 for j in SIDED})}
    found.update(BASE_ANGLES.get(pose.base, BASE_ANGLES["standing"]))
    found.update(pose.joints)
    found["view"] = pose.view
    found["prop"] = pose.prop or found.get("prop")
    if side and side != (written_side or "right"):
        for j in SIDED:
            found[f"left_{j}"], found[f"right_{j}"] = found[f"right_{j}"], found[f"left_{j}"]
        found["twist"] = -found["twist"]
        found["roll"] = -found["roll"]  # lying on the other side: the working side is on top
    found["mirror"] = side == "left"
    return found


def blend(a: dict[str, Any], b: dict[str, Any], t: float) -> dict[str, Any]:
    """The angles ``t`` of the way from ``a`` to ``b`` (0..1); the rest from the nearer end."""
    found = dict(a if t < 0.5 else b)
    for key, value in a.items():
        other = b.get(key)
        if isinstance(value, (int, float)) and isinstance(other, (int, float)) \
                and not isinstance(value, bool):
            found[key] = value + (other - value) * t
    return found


def figure(pose: Pose, side: str | None = None, t: float = 0.0,
           written_side: str | None = None) -> Figure:
    """The figure of ``pose`` (``t`` of the way to ``pose.to``), seen for ``side``."""
    a = angles(pose, side, written_side)
    if pose.to is not None and t > 0:
        a = blend(a, angles(pose.to, side, written_side), t)
    return build(a)


def _add(*vs: Vec) -> Vec:
    return (sum(v[0] for v in vs), sum(v[1] for v in vs), sum(v[2] for v in vs))


def _mul(v: Vec, k: float) -> Vec:
    return (v[0] * k, v[1] * k, v[2] * k)


def _turn(a: Vec, b: Vec, deg: float) -> Vec:
    r = math.radians(deg)
    c, s = math.cos(r), math.sin(r)
    return (a[0] * c + b[0] * s, a[1] * c + b[1] * s, a[2] * c + b[2] * s)


def _dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _unit(v: Vec) -> Vec:
    n = math.sqrt(_dot(v, v)) or 1.0
    return (v[0] / n, v[1] / n, v[2] / n)


def _skeleton(a: dict[str, Any], pitch: float) -> dict[str, tuple[Vec, ...]]:
    """Joint positions in 3-D for one trunk pitch: name -> points of that part."""
    p = math.radians(pitch)
    u: Vec = (math.cos(p), math.sin(p), 0.0)
    f: Vec = (math.sin(p), -math.cos(p), 0.0)
    s: Vec = (0.0, 0.0, 1.0)  # the person's right
    f, s = _turn(f, s, a["roll"]), _turn(s, _mul(f, -1), a["roll"])
    spine = a["spine"]
    lower, fl = _turn(u, f, 0.3 * spine), _turn(f, _mul(u, -1), 0.3 * spine)
    upper, fu = _turn(lower, fl, 0.7 * spine), _turn(fl, _mul(lower, -1), 0.7 * spine)
    fu, st = _turn(fu, s, a["twist"]), _turn(s, _mul(fu, -1), a["twist"])
    pelvis: Vec = (0.0, 0.0, 0.0)
    mid = _mul(lower, LOWER)
    neck_base = _add(mid, _mul(upper, UPPER))
    neck_dir = _turn(upper, fu, a["neck"])
    neck_front = _turn(fu, _mul(upper, -1), a["neck"])
    head = _add(neck_base, _mul(neck_dir, NECK + HEAD_R))
    parts: dict[str, tuple[Vec, ...]] = {
        "trunk": (pelvis, mid, neck_base),
        "neck": (neck_base, _add(neck_base, _mul(neck_dir, NECK))),
        "head": (head, _add(head, _mul(neck_front, HEAD_R * 1.25))),
    }
    parts["shoulders"] = tuple(_add(neck_base, _mul(upper, -0.03), _mul(st, k * SHOULDER_W * 0.8))
                               for k in (-1.0, 1.0))
    parts["pelvis"] = tuple(_add(pelvis, _mul(s, k * HIP_W)) for k in (-1.0, 1.0))
    for side, sign in (("left", -1.0), ("right", 1.0)):
        def j(name: str, side: str = side) -> float:
            return float(a[f"{side}_{name}"])

        shoulder = _add(neck_base, _mul(upper, -0.025), _mul(st, sign * SHOULDER_W))
        flex = j("shoulder")
        d = _turn(_mul(upper, -1), fu, flex)
        perp = _turn(fu, upper, flex)
        d = _turn(d, _mul(st, sign), j("shoulder_out"))
        elbow = _add(shoulder, _mul(d, ARM))
        fore = _turn(d, perp, j("elbow"))
        parts[f"{side}_upper_arm"] = (shoulder, elbow)
        wrist = _add(elbow, _mul(fore, FOREARM))
        parts[f"{side}_forearm"] = (elbow, wrist)
        hand = fore
        if "hands" in (a.get("support") or ()):  # weight on the hands: palms flat, fingers ahead
            toward_head = f[1] <= 0  # face down: toward the head; face up: toward the feet
            hand = (math.copysign(1.0, u[0] if toward_head else -u[0]), 0.0, 0.0)
        parts[f"{side}_hand"] = (wrist, _add(wrist, _mul(hand, HAND)))
        hip = _add(pelvis, _mul(s, sign * HIP_W))
        h = j("hip")
        if a.get("flat_legs"):  # lying face down: the legs rest on the mat however the back arches
            h -= math.degrees(math.atan2(lower[1], abs(lower[0])))
        thigh = _turn(_mul(lower, -1), fl, h)
        tperp = _turn(fl, lower, h)
        thigh = _turn(thigh, _mul(s, sign), j("hip_out"))
        tperp = _unit(_add(tperp, _mul(thigh, -_dot(tperp, thigh))))
        if j("hip_turn"):  # turned out: the front of the thigh faces the side, the knee bends inward
            side_dir = _mul(s, sign)
            lateral = _unit(_add(side_dir, _mul(thigh, -_dot(side_dir, thigh)),
                                 _mul(tperp, -_dot(side_dir, tperp))))
            tperp = _turn(tperp, lateral, j("hip_turn"))
        knee = _add(hip, _mul(thigh, THIGH))
        k = j("knee")
        if a.get("flat_shins") and k >= 60:  # kneeling: the shin lies on the mat however the trunk tilts
            k = pitch + h
        shin, shin_front = _turn(thigh, _mul(tperp, -1), k), _turn(tperp, thigh, k)
        ankle = _add(knee, _mul(shin, SHIN))
        foot = _turn(shin, shin_front, 90 - j("ankle"))
        sole = _add(ankle, _mul(shin, HEEL))
        parts[f"{side}_thigh"] = (hip, knee)
        parts[f"{side}_shin"] = (knee, ankle)
        parts[f"{side}_foot"] = (_add(sole, _mul(foot, -0.03)), _add(sole, _mul(foot, TOE)))
    return parts


_CONTACTS = {
    "hands": ("left_hand", "right_hand"), "elbows": ("left_upper_arm", "right_upper_arm"),
    "knees": ("left_shin", "right_shin"), "toes": ("left_foot", "right_foot"),
    "heels": ("left_shin", "right_shin"), "feet": ("left_foot", "right_foot"),
    "hips": ("trunk",), "shoulders": ("trunk",), "head": ("head",),
}
_RADIUS = {"trunk": WIDTH["trunk"] / 2, "head": HEAD_R}


def _low(parts: dict[str, tuple[Vec, ...]], contact: str) -> float:
    """How high the named contact's lowest surface is."""
    found: list[float] = []
    for name in _CONTACTS[contact]:
        pts = parts[name]
        r = _RADIUS.get(name, WIDTH.get(name.split("_", 1)[-1], 0.04) / 2)
        if contact in ("hands", "heels", "toes"):
            pts = pts[-1:]
        elif contact in ("knees", "elbows"):
            pts = pts[:1] if contact == "knees" else pts[-1:]
        elif contact == "hips":
            pts = pts[:1]
        elif contact == "shoulders":
            pts = pts[-1:]
        elif contact == "head":
            pts = pts[:1]
        found.extend(p[1] - r for p in pts)
    return min(found)


def _solve(a: dict[str, Any]) -> float:
    """The trunk pitch that puts both supports on the mat (the base's pitch without them)."""
    base = float(a["pitch"]) + float(a["tilt"])
    support = a.get("support")
    if not support:
        return base

    def gap(pitch: float) -> float:
        parts = _skeleton(a, pitch)
        return _low(parts, support[0]) - _low(parts, support[1])

    best, best_gap = base, abs(gap(base))
    lo, hi = base - 70.0, base + 70.0
    samples = [lo + (hi - lo) * i / 14 for i in range(15)]
    gaps = [gap(x) for x in samples]
    for x0, x1, g0, g1 in zip(samples, samples[1:], gaps, gaps[1:]):
        if g0 == 0 or g0 * g1 < 0:
            for _ in range(14):
                xm = (x0 + x1) / 2
                gm = gap(xm)
                if g0 * gm <= 0:
                    x1 = xm
                else:
                    x0, g0 = xm, gm
            cand = (x0 + x1) / 2
            if abs(cand - base) < abs(best - base) or best_gap > 1e-3:
                best, best_gap = cand, 0.0
    if best_gap > 1e-3:
        best = min(zip(gaps, samples), key=lambda g: abs(g[0]))[1]
    return best


def build(a: dict[str, Any]) -> Figure:
    """Lay the skeleton for a full set of angles, project it, and put it on the mat."""
    parts3 = _skeleton(a, _solve(a))
    front = a.get("view") == "front"
    flip = -1.0 if a.get("mirror") else 1.0

    def project(v: Vec) -> tuple[float, float, float]:
        if front:
            return (-v[2] * flip, v[1], v[0])
        return (v[0] * flip, v[1], v[2] * flip)

    flat = {name: [project(v) for v in pts] for name, pts in parts3.items()}
    if not front and abs(float(a["roll"])) > 45:
        # lying on the side, facing the viewer: seen a little from above, so what comes toward
        # the viewer (bent hips and knees, a clamshell) is drawn lower, and the bend shows
        flat = {n: [(x, y - 0.55 * d, d) for x, y, d in pts] for n, pts in flat.items()}
    floor = min(p[1] - (_RADIUS.get(n, WIDTH.get(n.split("_", 1)[-1], 0.04) / 2))
                for n, pts in flat.items() if n != "head" for p in pts)
    head3 = flat["head"][0]
    floor = min(floor, head3[1] - HEAD_R)
    trunk_depth = sum(p[2] for p in flat["trunk"]) / 3
    parts = []
    for name, pts in flat.items():
        if name == "head":
            continue
        kind = name.split("_", 1)[-1] if name.startswith(("left_", "right_")) else name
        depth = sum(p[2] for p in pts) / len(pts)
        width = WIDTH[kind] * (1.6 if front and kind == "trunk" else 1.0)
        parts.append(Part(name, tuple((x, y - floor) for x, y, _ in pts), width, depth,
                          depth < trunk_depth - 0.01))
    parts.sort(key=lambda p: p.depth)
    head = (head3[0], head3[1] - floor, HEAD_R)
    nose = flat["head"][1]
    face = (nose[0], nose[1] - floor)
    props = _props(a.get("prop"), parts, head)
    xs = [x for p in parts for x, _ in p.points] + [head[0] - HEAD_R, head[0] + HEAD_R]
    ys = [y for p in parts for _, y in p.points] + [head[1] + HEAD_R, 0.0]
    for prop in props:
        c = prop.coords
        if prop.kind == "circle":
            xs += [c[0] - c[2], c[0] + c[2]]
            ys += [c[1] + c[2]]
        elif prop.kind == "rect":
            xs += [c[0], c[0] + c[2]]
            ys += [c[1] + c[3]]
        else:
            xs += [c[0], c[2]]
            ys += [c[1], c[3]]
    return Figure(tuple(parts), head, face, tuple(props), (min(xs), 0.0, max(xs), max(ys)))


def _props(kind: str | None, parts: list[Part], head: tuple[float, float, float]) -> list[Prop]:
    if not kind:
        return []
    by = {p.name: p for p in parts}
    pelvis = by["trunk"].points[0]
    facing = 1.0 if by["right_foot"].points[-1][0] >= by["right_foot"].points[0][0] else -1.0
    if kind == "chair":
        knee = by["right_thigh"].points[1]
        if abs(knee[1] - pelvis[1]) < 0.12 and pelvis[1] < 0.6:  # sitting on it
            seat_y = pelvis[1] - 0.045
            x0 = pelvis[0] - facing * 0.07
            x1 = knee[0] - facing * 0.03
            return _chair(min(x0, x1), seat_y, abs(x1 - x0), back_x=x0)
        hand = by["right_forearm"].points[1]
        x = hand[0] + facing * 0.01
        width = 0.2
        x0 = x if facing > 0 else x - width
        return [Prop("chair_back", "line", (x, 0.0, x, hand[1])),
                Prop("chair_seat", "rect", (x0, 0.43, width, 0.03)),
                Prop("chair_leg", "line", (x0 + width - (width if facing < 0 else 0), 0.0,
                                           x0 + width - (width if facing < 0 else 0), 0.43))]
    if kind == "wall":
        xs = [x for p in parts for x, _ in p.points]
        x = min(xs) - 0.04 if facing > 0 else max(xs) + 0.04
        return [Prop("wall", "line", (x, 0.0, x, max(head[1] + HEAD_R, 0.6) + 0.1))]
    r = max(0.08, (pelvis[1] - WIDTH["trunk"] / 2) / 2)  # under the hips, resting on the mat
    return [Prop("ball", "circle", (pelvis[0], r, r))]


def _chair(x: float, y: float, w: float, back_x: float) -> list[Prop]:
    return [Prop("chair_seat", "rect", (x, y - 0.03, w, 0.03)),
            Prop("chair_leg", "line", (x + 0.01, 0.0, x + 0.01, y - 0.03)),
            Prop("chair_leg", "line", (x + w - 0.01, 0.0, x + w - 0.01, y - 0.03)),
            Prop("chair_back", "line", (back_x, y, back_x, y + 0.4))]


def bounds(pose: Pose, side: str | None = None, written_side: str | None = None
           ) -> tuple[float, float, float, float]:
    """Bounds that hold the whole movement, so an animated figure keeps one scale."""
    boxes = [figure(pose, side, t, written_side).bounds for t in ((0.0, 0.5, 1.0) if pose.to else (0.0,))]
    return (min(b[0] for b in boxes), 0.0, max(b[2] for b in boxes), max(b[3] for b in boxes))

"""A pose guessed from a step's words, for content that has none (seed and imported pages).

The starting-position words of a step ("lie on your back", "boca abajo",
"on all fours", "siéntate"...) name a base position; a few movement words
("lift your right leg", "levanta la pierna izquierda") add a ``to`` pose. A
step without such words keeps the position of the step before it, and the
first step falls back on the exercise's title and description, then on
standing. Every guessed pose is marked ``inferred``: never a blank figure.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import replace

from app.content.pose import Pose

# (base, extra joints, words) in priority order: the more specific position first
_RULES: tuple[tuple[str, dict[str, float], tuple[str, ...]], ...] = (
    ("reverse-plank", {}, ("reverse plank", "plancha invertida", "plancha inversa", "back support")),
    ("reverse-tabletop", {}, ("reverse tabletop", "reverse table", "mesa invertida", "crab")),
    ("forearm-plank", {}, ("forearm plank", "low plank", "elbow plank", "plancha de antebrazo",
                           "plancha sobre los antebrazos", "plancha baja")),
    ("plank", {}, ("plank", "plancha", "push-up position", "push up position")),
    ("childs-pose", {}, ("child's pose", "childs pose", "child pose", "postura del nino", "balasana")),
    ("all-fours", {}, ("all fours", "hands and knees", "tabletop", "quadruped", "cuatro patas",
                       "cuadrupedia", "a gatas", "manos y rodillas", "mesa")),
    ("bridge", {}, ("bridge", "lift your hips", "lift the hips", "raise your hips", "puente",
                    "eleva la cadera", "eleva las caderas", "levanta la cadera", "levanta las caderas")),
    ("heel-sitting", {}, ("sit on your heels", "sit back on your heels", "on your heels",
                          "sobre los talones", "sientate sobre los talones")),
    ("seated-on-chair", {}, ("on a chair", "on the chair", "in a chair", "en una silla",
                             "en la silla")),
    ("on-the-forearms", {}, ("on your forearms", "on the forearms", "onto your forearms",
                             "prop your upper body", "sobre los antebrazos", "apoyado en los antebrazos")),
    ("face-down", {}, ("face down", "face-down", "prone", "on your stomach", "on your belly",
                       "on your front", "boca abajo", "decubito prono", "tumbate boca abajo")),
    ("side-lying", {}, ("on your side", "side-lying", "side lying", "de lado", "de costado",
                        "decubito lateral")),
    ("on-the-back", {}, ("on your back", "supine", "boca arriba", "decubito supino",
                         "sobre la espalda", "tumbate", "acuestate")),
    ("kneeling", {}, ("kneel", "de rodillas", "arrodillate", "arrodillado", "arrodillada")),
    ("seated", {}, ("sit ", "sit,", "sitting", "seated", "sientate", "sentado", "sentada",
                    "sentarse")),
    ("standing", {}, (" stand", "de pie", "ponte de pie", "erguido", "erguida")),
)
_KNEES_BENT = ("knees bent", "bend your knees", "bent knees", "rodillas dobladas",
               "rodillas flexionadas", "feet flat", "pies apoyados")
_BENT: dict[str, float] = {"left_hip": 45, "right_hip": 45, "left_knee": 95, "right_knee": 95,
                           "left_ankle": 40, "right_ankle": 40}
_SIT = ("sit ", "sit,", "sitting", "seated", "sientate", "sentado", "sentada")
_LEG = re.compile(r"\b(?:lift|raise|kick|extend|levanta|eleva|sube)\b[^.]{0,20}?\b(?:(?P<en>right|left)\s+leg"
                  r"|pierna\s+(?P<es>derecha|izquierda))")
_ARM = re.compile(r"\b(?:lift|raise|reach|levanta|eleva)\b[^.]{0,20}?\b(?:(?P<en>right|left)\s+arm"
                  r"|brazo\s+(?P<es>derecho|izquierdo))")
# how a leg or an arm lifts, by base: joint -> angle at the top of the movement
_LEG_LIFT = {"on-the-back": ("hip", 80), "reverse-plank": ("hip", 60), "seated": ("hip", 120),
             "bridge": ("hip", 60), "face-down": ("hip", -20), "all-fours": ("hip", -5),
             "on-the-forearms": ("hip", -20), "standing": ("hip", -25), "plank": ("hip", -20),
             "forearm-plank": ("hip", -20), "side-lying": ("hip_out", 40),
             "kneeling": ("hip", -20), "reverse-tabletop": ("knee", 0)}
_ARM_LIFT = {"all-fours": ("shoulder", 175), "face-down": ("shoulder", 170),
             "standing": ("shoulder", 170), "kneeling": ("shoulder", 170),
             "on-the-back": ("shoulder", 170), "seated": ("shoulder", 170)}


@functools.lru_cache(maxsize=8192)  # the rules' keywords are folded again on every step otherwise
def plain(text: str) -> str:
    """Lower case, accents and curly quotes gone: the form the rules are written in."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def position(text: str) -> Pose | None:
    """The base position the words name, if any (not yet marked inferred)."""
    words = f" {plain(text)} "
    if ("chair" in words or "silla" in words) and any(k in words for k in _SIT):
        return Pose("seated-on-chair")
    for base, joints, keys in _RULES:
        if any(plain(k) in words for k in keys):
            if base == "on-the-back" and any(k in words for k in _KNEES_BENT):
                joints = _BENT
            return Pose(base, tuple(sorted(joints.items())))
    return None


def movement(text: str, pose: Pose) -> Pose:
    """``pose`` with a ``to`` when the words lift one leg or one arm."""
    words = plain(text)
    for pattern, table in ((_LEG, _LEG_LIFT), (_ARM, _ARM_LIFT)):
        found = pattern.search(words)
        if not found or pose.base not in table:
            continue
        side = found.group("en") or {"derecha": "right", "izquierda": "left", "derecho": "right",
                                     "izquierdo": "left"}[found.group("es")]
        joint, angle = table[pose.base]
        joints = dict(pose.joints)
        joints[f"{side}_{joint}"] = angle
        if joint == "hip":
            joints[f"{side}_knee"] = 0
        return replace(pose, to=Pose(pose.base, tuple(sorted(joints.items())), pose.view, pose.prop))
    return pose


def infer(texts: list[str], fallback: str = "") -> list[Pose]:
    """One inferred pose per step text; the position carries over from step to step."""
    found: list[Pose] = []
    current = position(fallback) or Pose("standing")
    for text in texts:
        named = position(text)
        if named is not None:
            current = named
        found.append(replace(movement(text, replace(current, to=None)), inferred=True))
    return found


"""The words of the voice commands and of the few phrases they compete with.

``COMMANDS`` maps a player control to the phrases that say it. ``FILLERS`` are
short words Spotter itself says (the countdown, "halfway", "switch sides"):
in the grammar they stand beside the commands, so a short utterance that is one
of them is decoded as that word and rejected, not forced onto the nearest
command. Longer speech is rejected by its length before it is decoded.

``PRONUNCIATIONS`` adds accent variants to the dictionary the wheel ships.
"""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, ...]] = {
    "next": ("next",),
    "back": ("back",),
    "pause": ("pause",),
    "resume": ("resume",),
    "easier": ("easier",),
    "harder": ("harder",),
    "done": ("done",),
    "stop": ("stop",),
    "pain": ("this hurts",),
}

# "rest" is said alone ("Rest."); "alternate" is not, and as a filler it swallowed
# "harder" and "pause"
FILLERS: tuple[str, ...] = ("one", "two", "three", "halfway", "switch", "sides", "rest")

# word(n) -> phones (CMU ARPAbet), accent variants of the wheel's dictionary: the non-rhotic
# (British) "harder", "easier" and "hurts"; the northern/British short a of "back" (/bak/) and
# its open /bʌk/; the unsplit FOOT-STRUT vowel of northern England in "done" (/dʊn/); the rounded
# British "stop" (/stɒp/); the unrounded American "pause" (/pɑz/); the yod of British "resume";
# "dis" for "this" (th-stopping); the raised /nɪkst/ of New Zealand "next". Chosen on the
# tuning set (tests/benchmarks/recognition_tuning.py), never on the benchmark's voices.
PRONUNCIATIONS: dict[str, str] = {
    "harder(2)": "HH AA D AH", "hurts(3)": "HH AH T S", "back(2)": "B AA K", "back(3)": "B AH K",
    "done(2)": "D UH N", "stop(2)": "S T AO P", "pause(2)": "P AA Z", "resume(4)": "R IH Z Y UW M",
    "easier(2)": "IY Z IY AH", "this(2)": "D IH S", "next(3)": "N IH K S T",
}

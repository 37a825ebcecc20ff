"""Every word the session itself adds to the content, in the session's language.

The planner and the engine never write a sentence of their own: they ask a
``Phrases`` for it. A ``Phrases`` wraps a gettext-style catalogue (``gettext``,
``ngettext``, ``pgettext``), handed in by whoever prepares the session
(``app.i18n.translations(lang)``), so the core holds no global language state
and imports no catalogue itself. ``ENGLISH`` (the msgids) is the default.

Grammar lives in the catalogues, not here: a count goes through ``ngettext``
(each language's own plural rule), and a sentence whose words agree with what
it names is one whole message per case ("Right side." and "Left side." rather
than a side word pasted into a frame), so a translator can make them agree.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from typing import Protocol


class Translator(Protocol):
    """What a ``gettext.NullTranslations`` / ``GNUTranslations`` offers."""

    def gettext(self, message: str) -> str: ...

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str: ...

    def pgettext(self, context: str, message: str) -> str: ...


def sentence(text: str | None) -> str:
    """``text`` stripped and ending in a full stop (or its own punctuation)."""
    text = (text or "").strip()
    if text and text[-1] not in ".!?…":
        text += "."
    return text


@dataclass(frozen=True)
class Phrases:
    """The session's words in one language; ``language`` is its code (``en``, ``es``...)."""

    translator: Translator = field(default_factory=gettext.NullTranslations, compare=False)
    language: str = "en"

    def _(self, message: str) -> str:
        return self.translator.gettext(message)

    # -- what is said -------------------------------------------------------------
    def get_ready(self, title: str, modification: str | None, first_step: str | None) -> str:
        """ "Get ready: Leg Pull Back. <first step>" — said during the get-ready countdown."""
        if modification:
            head = self._("Get ready: {title}, {modification}.").format(
                title=title, modification=modification)
        else:
            head = self._("Get ready: {title}.").format(title=title)
        return f"{head} {sentence(first_step)}" if first_step else head

    def rest(self, seconds: float, next_up: str) -> str:
        """ "Rest 30 seconds. Next up: The Hundred." (before another exercise)."""
        n = round(seconds)
        return self.translator.ngettext("Rest {n} second. Next up: {next}",
                                        "Rest {n} seconds. Next up: {next}", n
                                        ).format(n=n, next=sentence(next_up))

    def rest_before_set(self, seconds: float, set_no: int, sets: int) -> str:
        """ "Rest 30 seconds. Next up: set 2 of 3." (between the sets of one exercise)."""
        n = round(seconds)
        return self.translator.ngettext("Rest {n} second. Next up: set {set} of {sets}.",
                                        "Rest {n} seconds. Next up: set {set} of {sets}.", n
                                        ).format(n=n, set=set_no, sets=sets)

    def side(self, side: str, instruction: str) -> str:
        """The first instruction of a side's pass, with the side named first."""
        named = {"right": self._("Right side."), "left": self._("Left side.")}.get(side.lower())
        return f"{named or sentence(side.capitalize())} {sentence(instruction)}"

    def alternate(self, instruction: str) -> str:
        """An instruction followed by "Alternate sides."."""
        return f"{sentence(instruction)} {self._('Alternate sides.')}"

    @property
    def switch_sides(self) -> str:
        """Said on the short segment between the right and the left side."""
        return self._("Switch sides.")

    @property
    def halfway(self) -> str:
        """Said halfway through a long step or rest."""
        return self._("Halfway.")

    def count(self, n: int) -> str:
        """A number of the countdown; the voice of the language reads it in its words."""
        return str(n)

    @property
    def closing(self) -> str:
        """The last words of a finished session."""
        return self._("Well done. That is the end of your session.")

    def modification(self, name: str, description: str) -> str:
        """What is said when a modification is switched: its name, then its description."""
        return f"{sentence(name)} {sentence(description)}".strip()

    @property
    def standard_form(self) -> str:
        """Said when the standard form is chosen again."""
        return self._("Standard form.")

    def ladder_end(self, easier: bool) -> str:
        """Said when easier/harder is asked for at the end of the ladder."""
        return self._("This is the easiest form.") if easier else self._("This is the hardest form.")

    def pain_stop(self, title: str) -> str:
        """The safety word when "this hurts" ends an exercise (issue 8)."""
        return self._("Stop {title} here. If the pain is sharp or stays, get advice.").format(
            title=title)

    @property
    def pain_go_on(self) -> str:
        """After the safety word in a workout: the session waits to go on or end."""
        return self._("Press Space to go on with the workout, or Stop to end it.")

    @property
    def stalled(self) -> str:
        """Said when the session was paused because the computer stopped for a while."""
        return self._("Paused: the computer stopped for a while. Press Space to go on.")

    # -- what is shown (segment texts) -----------------------------------------------
    def get_ready_label(self, title: str) -> str:
        """The get-ready segment's text: "Get ready: Swan"."""
        return self._("Get ready: {title}").format(title=title)

    def rest_label(self, next_up: str) -> str:
        """A rest segment's text: "Rest. Next up: Swan"."""
        return self._("Rest. Next up: {next}").format(next=next_up)

    def set_label(self, set_no: int, sets: int) -> str:
        """What comes after a rest between sets: "set 2 of 3"."""
        return self._("set {set} of {sets}").format(set=set_no, sets=sets)

    @property
    def switch_label(self) -> str:
        """The side switch's segment text."""
        return self._("Switch sides")

    @property
    def finish_label(self) -> str:
        """The finish segment's text."""
        return self._("Well done!")

    def next_rest_label(self, seconds: float) -> str:
        """ "Rest 30 s" as the next-up line of a player."""
        return self._("Rest {n} s").format(n=round(seconds))

    @property
    def next_finish_label(self) -> str:
        """ "Finish" as the next-up line of a player."""
        return self._("Finish")


ENGLISH = Phrases()

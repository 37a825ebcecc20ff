"""Translations of exercises and workouts: pairing, the library in one language, checks.

A translation is a Hugo translation file beside its original (``swan.es.md``
beside ``swan.md``): the same id, the same ``translationKey``, and the same
steps and modifications in the same order, in other words. So:

- ``localized(library, lang)`` is the library as a session in ``lang`` sees
  it: every exercise and workout that has a translation in ``lang`` is
  replaced by it. A translated step without a written ``pose`` (absent, or
  only inferred from its words; or any other language-free field listed in
  ``INHERITED_STEP_FIELDS``) takes the original's by position, and a translated modification keeps the original's
  name as its ``key``, so history, events and workouts stay language-neutral
  (a workout or a resumed session may name the English modification).
- ``check_translations`` adds the problems ``validate`` reports: a translation
  without an original is not used; with ``strict``, a translation whose steps
  or modifications differ in number from the original's, and a language
  that an exercise or workout lacks while its content folder has it, are warnings.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any, TypeVar

from app.content.model import ContentError, Exercise, Modification, Severity, Step, Workout
from app.i18n.message import N_

if TYPE_CHECKING:
    from app.content.model import Library

_M = TypeVar("_M", Exercise, Workout)

INHERITED_STEP_FIELDS = ("pose",)  # language-free step fields a translation may leave out


def localized(lib: Library, lang: str | None) -> Library:
    """``lib`` with the exercises and workouts that have a ``lang`` translation replaced by it.

    English, None, or a language nothing is written in gives ``lib`` itself.
    """
    code = (lang or "").casefold()
    if not code or code == "en" or not (any(code in t for t in lib.translations.values())
                                        or any(code in t for t in lib.workout_translations.values())):
        return lib
    exercises = {ident: translated_exercise(ex, lib.translations.get(ident, {}).get(code))
                 for ident, ex in lib.exercises.items()}
    workouts = {ident: lib.workout_translations.get(ident, {}).get(code) or w
                for ident, w in lib.workouts.items()}
    return replace(lib, exercises=exercises, workouts=workouts)


def translated_exercise(original: Exercise, translation: Exercise | None) -> Exercise:
    """``translation`` completed from ``original`` (poses, modification keys), or ``original``."""
    if translation is None:
        return original
    mods = tuple(
        replace(m, key=o.name, steps=_steps(m.steps, o.steps) if m.steps is not None else None)
        for m, o in zip(translation.modifications, original.modifications))
    mods += translation.modifications[len(mods):]
    return replace(translation, steps=_steps(translation.steps, original.steps) or (),
                   modifications=mods)


def _steps(steps: tuple[Step, ...] | None, originals: tuple[Step, ...] | None
           ) -> tuple[Step, ...] | None:
    if not steps or not originals:
        return steps
    names = {f.name for f in fields(Step)} & set(INHERITED_STEP_FIELDS)
    out = []
    for step, orig in zip(steps, originals):
        missing = {n: getattr(orig, n) for n in names
                   if _unwritten(getattr(step, n)) and getattr(orig, n) is not None}
        out.append(replace(step, **missing) if missing else step)
    return (*out, *steps[len(out):])


def _unwritten(value: Any) -> bool:
    """True for a field the translation left out: absent, or only guessed (``inferred``)."""
    return value is None or bool(getattr(value, "inferred", False))


def check_translations(lib: Library, *, strict: bool = False) -> None:
    """Add translation problems to ``lib.errors``; drop translations without an original."""
    _check_table(lib, lib.translations, lib.exercises, strict)
    _check_table(lib, lib.workout_translations, lib.workouts, strict)
    if strict:
        lib.errors.extend(_missing(lib))



def _check_table(lib: Library, table: dict[str, dict[str, _M]], originals: dict[str, _M],
                 strict: bool) -> None:
    """``check_translations`` for the exercises' or the workouts' translations."""
    for ident, langs in list(table.items()):
        base = originals.get(ident)
        for lang, tr in list(langs.items()):
            if base is None:
                lib.errors.append(_warn(tr, "", N_("there is no {id}.md for this translation "
                                                   "({lang}); it is not used", id=ident,
                                                   lang=lang)))
                del langs[lang]
                continue
            if tr.translation_key != base.translation_key:
                lib.errors.append(_warn(tr, "translationKey", N_(
                    "\"{key}\" differs from \"{original}\" in {path}",
                    key=tr.translation_key, original=base.translation_key, path=base.path)))
            if strict:
                lib.errors.extend(_shape_problems(base, tr))
            if isinstance(tr, Workout):
                lib.errors.extend(_workout_modifications(lib, tr, lang))
        if not langs:
            del table[ident]

def _shape_problems(base: Any, tr: Any) -> list[ContentError]:
    """A translation whose steps, modifications or items differ in number from the original's."""
    out = []
    if isinstance(base, Exercise):
        pairs: list[tuple[str, tuple[Any, ...], tuple[Any, ...]]] = [
            ("steps", base.steps, tr.steps), ("modifications", base.modifications, tr.modifications)]
        for i, (m, o) in enumerate(zip(tr.modifications, base.modifications)):
            m_steps: Modification = m
            pairs.append((f"modifications[{i}].steps", o.steps or (), m_steps.steps or ()))
            if m.level is not o.level:
                out.append(_warn(tr, f"modifications[{i}].level", N_(
                    "is {level}, but {name} in {path} is {original}: keep the modifications in "
                    "the same order", level=m.level.value, name=repr(o.name), path=base.path,
                    original=o.level.value)))
    else:
        assert isinstance(base, Workout)
        pairs = [(part, getattr(base, part), getattr(tr, part))
                 for part in ("warmup", "items", "cooldown")]
        for i, (a, b) in enumerate(zip(base.all_items(), tr.all_items())):
            if a.exercise != b.exercise:
                out.append(_warn(tr, "items", N_(
                    "item {n} is {id}, but {original} in {path}: keep the same exercises in the "
                    "same order", n=i + 1, id=b.exercise, original=a.exercise, path=base.path)))
    for where, theirs, ours in pairs:
        if len(theirs) != len(ours):
            out.append(_warn(tr, where, N_("has {n}, but {path} has {original}: a translation "
                                           "keeps the same ones in the same order", n=len(ours),
                                           path=base.path, original=len(theirs))))
    return out


def _workout_modifications(lib: Library, tr: Workout, lang: str) -> list[ContentError]:
    """A translated workout's modification names must exist in that language (or the original)."""
    out = []
    for i, item in enumerate(tr.all_items()):
        base = lib.exercises.get(item.exercise)
        if not item.modification or base is None:
            continue
        ex = translated_exercise(base, lib.translations.get(item.exercise, {}).get(lang))
        if ex.modification(item.modification) is None:
            names = ", ".join(m.name for m in ex.modifications)
            shown = {"id": item.exercise, "name": item.modification, "lang": lang}
            out.append(_warn(tr, f"item {i + 1}.modification", N_(
                "{id} has no modification \"{name}\" in {lang} (it has: {names})", **shown,
                names=names) if names else N_(
                "{id} has no modification \"{name}\" in {lang} (it has none)", **shown)))
    return out


def _missing(lib: Library) -> list[ContentError]:
    """Languages an exercise or workout lacks that its content folder is written in (strict).

    A folder "is written in" every language one of its files is translated to,
    so an English-only folder never gets these warnings.
    """
    tables = ((lib.translations, lib.exercises), (lib.workout_translations, lib.workouts))
    written: dict[Any, set[str]] = {}
    for table, _ in tables:
        for langs in table.values():
            for lang, tr in langs.items():
                written.setdefault(tr.root, set()).add(lang)
    out = []
    for table, originals in tables:
        for ident, base in originals.items():
            have = table.get(ident, {})
            lacking = sorted(lang for lang in written.get(base.root, ()) if lang not in have)
            if lacking:
                names = ", ".join(f"{ident}.{lang}.md" for lang in lacking)
                out.append(_warn(base, "", N_("no translation in {langs} (write {names} beside "
                                              "it)", langs=", ".join(lacking), names=names)))
    return out


def _warn(model: Exercise | Workout, where: str, message: str) -> ContentError:
    return ContentError(model.path, where, message, Severity.WARNING)


class Names:
    """Titles and modification names in one language, for showing what history recorded.

    History keeps ids and the original modification names (language-neutral);
    a view asks here for the words of the current language, falling back to
    what was recorded when the library no longer has the item.
    """

    def __init__(self, lib: Library, lang: str | None) -> None:
        self._lib = localized(lib, lang)

    def title(self, ident: str, recorded: str) -> str:
        """The title of exercise or workout ``ident``, else ``recorded``."""
        found = self._lib.exercises.get(ident) or self._lib.workouts.get(ident)
        return found.title if found is not None else recorded

    def modification(self, exercise: str, name: str) -> str:
        """The name, in this language, of ``exercise``'s modification recorded as ``name``."""
        ex = self._lib.exercises.get(exercise)
        found = ex.modification(name) if ex is not None and name else None
        return found.name if found is not None else name

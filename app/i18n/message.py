"""Messages that are English now and said in the reader's language when printed.

A core (the validator, the history store) builds sentences without knowing
who reads them, and holds no language of its own. It marks each sentence
with :func:`N_` (or :func:`NN_` when a number decides the grammar): the
result *is* the English text (a ``str``, so JSON output, logs and the tests
see what they always saw) and remembers its message id and arguments. The
edge that prints it calls :func:`localize` with the run's catalogue
(``app.i18n.translations(lang)``), which looks the id up and fills in the
arguments, themselves translated when they are messages too.

``N_`` also marks the command line's help texts; ``make translations`` and
``tests/test_i18n_cli_words.py`` extract every marked id from the source.
This module imports nothing, so marking costs the start-up nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # no class is built at import: marking costs the start-up nothing
    from typing import Protocol, Self

    class Words(Protocol):
        """What ``localize`` needs of a catalogue (``gettext.NullTranslations`` and kin)."""

        def gettext(self, message: str) -> str: ...

        def ngettext(self, singular: str, plural: str, n: int) -> str: ...


class Message(str):
    """An English sentence with the id and arguments it was made from.

    ``msgid`` is the template (``"must be one of {names}; got {value}"``),
    ``plural`` its plural template when ``n`` chooses between them, and
    ``params`` the values put in (plain values or other messages).
    """

    msgid: str
    plural: str | None
    n: int | None
    params: dict[str, Any]

    def __new__(cls, msgid: str, plural: str | None = None, n: int | None = None,
                params: dict[str, Any] | None = None) -> Self:
        params = dict(params or {})
        template = msgid if plural is None or n == 1 else plural
        self = super().__new__(cls, template.format(**params) if params else template)
        self.msgid, self.plural, self.n, self.params = msgid, plural, n, params
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickled in the library cache
        return Message, (self.msgid, self.plural, self.n, self.params)

    def said(self, words: Words) -> str:
        """This message in the language of ``words``."""
        if self.plural is None:
            template = words.gettext(self.msgid)
        else:
            template = words.ngettext(self.msgid, self.plural, self.n or 0)
        if not self.params:
            return template
        values = {k: localize(v, words) for k, v in self.params.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: the English stands
            return (self.msgid if self.plural is None or self.n == 1 else self.plural).format(
                **values)


def N_(msgid: str, /, **params: Any) -> Message:
    """Mark ``msgid`` for translation at print time; filled with ``params`` (``str.format``)."""
    return Message(msgid, params=params)


def NN_(singular: str, plural: str, n: int, /, **params: Any) -> Message:
    """Like :func:`N_`, with the form chosen by ``n`` (which is also ``{n}`` in the text)."""
    return Message(singular, plural, n, {"n": n, **params})


def localize(text: Any, words: Words) -> Any:
    """``text`` in the language of ``words`` when it is a :class:`Message`; else as it is."""
    return text.said(words) if isinstance(text, Message) else text

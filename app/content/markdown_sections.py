"""Split a Markdown body into its introduction and its ``##`` sections.

Trainers write Benefits, Common Mistakes, Tips... as ``## `` headings; the app
shows them as named sections. ``###`` headings stay inside their section, and a
``## `` line inside a fenced code block is not a heading.
"""

from __future__ import annotations

import re
import sys

from app.content.model import Section

_HEADING = re.compile(r"^## +(.*?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def split_sections(body: str) -> tuple[str, tuple[Section, ...]]:
    """Return (intro, sections): the text before the first ``##`` heading, then each section."""
    if "## " not in body:
        return body.strip(), ()
    intro: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    current = intro
    fence: str | None = None
    for line in body.split("\n"):
        fenced = _FENCE.match(line)
        if fenced:
            marker = fenced.group(1)
            fence = None if fence == marker else (fence or marker)
        elif fence is None:
            heading = _HEADING.match(line)
            if heading and heading.group(1):
                sections.append((heading.group(1), []))
                current = sections[-1][1]
                continue
        current.append(line)
    return (
        "\n".join(intro).strip(),
        # headings repeat across a library (Benefits, Tips...): one string object each
        tuple(Section(sys.intern(title), "\n".join(lines).strip()) for title, lines in sections),
    )

"""A QTextBrowser for content pages that never leaves the content root.

Links are not followed (``linkActivated`` is re-emitted for the view to decide),
raw HTML is off, and ``loadResource`` serves only local image files inside the
page's content root: a remote URL, an absolute path elsewhere or ``../`` that
climbs out gets nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)
_MAX_IMAGE_BYTES = 8 * 1024 * 1024


def file_inside(root: Path | None, url: QUrl) -> Path | None:
    """The existing local file ``url`` names, if it lies inside ``root``; else None."""
    if root is None or url.scheme() not in ("", "file") or url.host():
        return None
    raw = url.toLocalFile() if url.scheme() == "file" else url.path()
    if not raw:
        return None
    candidate = Path(raw)
    if not candidate.is_absolute():
        candidate = root / candidate
    try:
        resolved = candidate.resolve()
    except OSError:
        return None
    if root.resolve() not in resolved.parents or not resolved.is_file():
        return None
    return resolved


class ContentBrowser(QTextBrowser):
    """Shows one Markdown page; resources come only from ``root``."""

    linkActivated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._root: Path | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.linkActivated)
        self.refused: list[str] = []  # what was asked for and not served (for tests and logs)

    def show_markdown(self, text: str, root: Path | None) -> None:
        """Render ``text`` (already made inert) with resources from ``root``."""
        self._root = root.resolve() if root else None
        self.refused.clear()
        self.document().clear()
        if self._root is not None:
            self.document().setBaseUrl(QUrl.fromLocalFile(str(self._root) + "/"))
        self.document().setMarkdown(text, _FEATURES)
        # a new page is read from its top: the cursor goes there too, or showing the
        # page later would scroll to where setMarkdown left it (the end)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def show_text(self, text: str) -> None:
        """Show plain ``text`` (a hint, no resources): cheaper than parsing Markdown."""
        self._root = None
        self.refused.clear()
        self.setPlainText(text)

    def local_file(self, url: QUrl) -> Path | None:
        """The file ``url`` names if it is a local file inside the root, else None."""
        return file_inside(self._root, url)

    def loadResource(self, type_: int, url: QUrl) -> object:
        """Serve an image from inside the content root; refuse everything else."""
        path = self.local_file(url)
        if path is None or int(type_) != int(QTextDocument.ResourceType.ImageResource.value):
            self.refused.append(url.toString())
            return None
        if path.stat().st_size > _MAX_IMAGE_BYTES:
            self.refused.append(url.toString())
            return None
        image = QImage(str(path))
        return None if image.isNull() else image

"""Draw a :class:`~app.content.figure.Figure` as SVG text (pure Python), and fit it to a box.

:func:`fit` is shared with the app's QPainter renderer, so both draw the same
picture: the figure centred above a mat line, scaled to the box, far limbs in
a paler shade behind the trunk, props as plain outlines.
"""

from __future__ import annotations

from typing import NamedTuple

from app.content.figure import Figure


class Palette(NamedTuple):
    """The colours of a figure (any CSS/Qt colour names or #rrggbb)."""

    body: str = "#2f5d8a"
    far: str = "#9db4cc"
    mat: str = "#8a8f98"
    prop: str = "#b08a5a"
    background: str | None = None


LIGHT = Palette()
DARK = Palette(body="#8cc4ff", far="#3f5f80", mat="#7d8590", prop="#c9a274")


class Fit(NamedTuple):
    """World (y up, body heights) to pixels (y down): ``px = ox + x * scale``."""

    scale: float
    ox: float
    oy: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A world point in pixels."""
        return self.ox + x * self.scale, self.oy - y * self.scale


def fit(bounds: tuple[float, float, float, float], width: float, height: float,
        margin: float = 0.08) -> Fit:
    """Scale and place ``bounds`` in a ``width`` x ``height`` box, the mat near the bottom."""
    x0, _, x1, y1 = bounds
    bw, bh = max(x1 - x0, 0.3), max(y1, 0.3)
    room_w, room_h = width * (1 - 2 * margin), height * (1 - 2 * margin) * 0.97
    scale = min(room_w / bw, room_h / bh)
    mat_y = height * (1 - margin)
    ox = width / 2 - (x0 + x1) / 2 * scale
    return Fit(scale, ox, mat_y)


def svg(fig: Figure, width: int, height: int, palette: Palette = LIGHT,
        bounds: tuple[float, float, float, float] | None = None, title: str = "") -> str:
    """The figure as a complete SVG document of ``width`` x ``height`` pixels."""
    place = fit(bounds or fig.bounds, width, height)
    out = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}">')]
    if title:
        from xml.sax.saxutils import escape  # here: its urllib/email imports would slow start-up

        out.append(f"<title>{escape(title)}</title>")
    if palette.background:
        out.append(f'<rect width="100%" height="100%" fill="{palette.background}"/>')
    mat_w = max(2.0, place.scale * 0.012)
    out.append(f'<line x1="{width * 0.03:.1f}" y1="{place.oy + mat_w / 2:.1f}" '
               f'x2="{width * 0.97:.1f}" y2="{place.oy + mat_w / 2:.1f}" stroke="{palette.mat}" '
               f'stroke-width="{mat_w:.1f}" stroke-linecap="round"/>')
    line_w = max(1.5, place.scale * 0.014)
    for prop in fig.props:
        if prop.kind == "line":
            (ax, ay), (bx, by) = place.point(*prop.coords[:2]), place.point(*prop.coords[2:4])
            out.append(f'<line x1="{ax:.1f}" y1="{ay:.1f}" x2="{bx:.1f}" y2="{by:.1f}" '
                       f'stroke="{palette.prop}" stroke-width="{line_w * 1.5:.1f}" '
                       'stroke-linecap="round"/>')
        elif prop.kind == "rect":
            x, y, w, h = prop.coords
            px, py = place.point(x, y + h)
            out.append(f'<rect x="{px:.1f}" y="{py:.1f}" width="{w * place.scale:.1f}" '
                       f'height="{h * place.scale:.1f}" fill="{palette.prop}"/>')
        else:
            cx, cy = place.point(*prop.coords[:2])
            out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{prop.coords[2] * place.scale:.1f}" '
                       f'fill="none" stroke="{palette.prop}" stroke-width="{line_w:.1f}"/>')
    head_done = False
    for part in fig.parts:
        if not part.far and not head_done:
            out.append(_head(fig, place, palette))
            head_done = True
        colour = palette.far if part.far else palette.body
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in (place.point(*p) for p in part.points))
        out.append(f'<polyline points="{points}" fill="none" stroke="{colour}" '
                   f'stroke-width="{part.width * place.scale:.1f}" stroke-linecap="round" '
                   'stroke-linejoin="round"/>')
    if not head_done:
        out.append(_head(fig, place, palette))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _head(fig: Figure, place: Fit, palette: Palette) -> str:
    hx, hy, r = fig.head
    cx, cy = place.point(hx, hy)
    nx, ny = nose(fig)
    px, py = place.point(nx, ny)
    return (f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r * place.scale:.1f}" fill="{palette.body}"/>'
            f'<circle cx="{px:.1f}" cy="{py:.1f}" r="{r * 0.32 * place.scale:.1f}" '
            f'fill="{palette.body}"/>')


def nose(fig: Figure) -> tuple[float, float]:
    """Where the nose sits: on the head's edge, toward the face (the head's facing)."""
    hx, hy, r = fig.head
    fx, fy = fig.face
    dx, dy = fx - hx, fy - hy
    length = (dx * dx + dy * dy) ** 0.5
    if length < r * 0.4:  # facing the viewer: no profile
        return hx, hy
    return hx + dx / length * r * 0.92, hy + dy / length * r * 0.92

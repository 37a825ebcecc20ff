"""``spotter pose``: figures drawn to SVG and PNG files, as a user runs it."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import run_spotter

# (exercise, step) whose first pose is each of the four positions the issue names
POSITIONS = {"seated": ("leg-pull-back", 1), "face-down": ("swan", 1),
             "on-the-back": ("glute-bridge", 1), "all-fours": ("cat-cow", 1)}


def _pixels(path: Path) -> tuple[int, int, list[tuple[int, int]]]:
    """Width, height and the (x, y) of every pixel that is not transparent."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    w, h = image.width(), image.height()
    inked = [(x, y) for y in range(0, h, 2) for x in range(0, w, 2) if image.pixelColor(x, y).alpha() > 40]
    return w, h, inked


def test_four_positions_give_distinct_non_blank_pngs(tmp_path: Path, data_dir: Path) -> None:
    """Seated, face down, on the back and on all fours: four different, non-blank figures."""
    shapes = {}
    for name, (ident, step) in POSITIONS.items():
        out = tmp_path / f"{name}.png"
        result = run_spotter("pose", ident, "--step", str(step), "--png", str(out), data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        w, h, inked = _pixels(out)
        assert (w, h) == (480, 360)  # the default, at least 400x300
        assert len(inked) > 800, name  # a figure, not a blank
        xs, ys = [x for x, _ in inked], [y for _, y in inked]
        shapes[name] = (max(xs) - min(xs), max(ys) - min(ys), frozenset(inked))
    # lying figures are long and low; seated and all fours are taller
    assert shapes["face-down"][1] < shapes["all-fours"][1]
    assert shapes["on-the-back"][1] < shapes["seated"][1]
    names = list(shapes)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            overlap = len(shapes[a][2] & shapes[b][2]) / len(shapes[a][2] | shapes[b][2])
            assert overlap < 0.7, (a, b, overlap)


def test_svg_is_well_formed_and_sized(tmp_path: Path, data_dir: Path) -> None:
    """--svg writes an SVG document of the asked size, with a mat line and the body's parts."""
    out = tmp_path / "x.svg"
    result = run_spotter("pose", "bird-dog", "--step", "3", "--side", "left", "--svg", str(out),
                         "--size", "640x400", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    assert root.get("width") == "640" and root.get("height") == "400"
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f"{ns}polyline")) >= 15 and root.findall(f"{ns}circle")
    assert root.findall(f"{ns}line")


def test_modification_steps_and_the_movement(tmp_path: Path, data_dir: Path) -> None:
    """--modification draws that modification's own steps; --at 1 draws the end of the move."""
    start, end = tmp_path / "a.png", tmp_path / "b.png"
    for out, at in ((start, "0"), (end, "1")):
        result = run_spotter("pose", "cat-cow", "--modification", "seated", "--step", "3",
                             "--at", at, "--png", str(out), data_dir=data_dir)
        assert result.returncode == 0, result.stderr
    assert _pixels(start)[2] != _pixels(end)[2]


def test_unchanged_seed_pages_get_a_figure(seeds_dir: Path, tmp_path: Path, data_dir: Path) -> None:
    """The seed pages have no pose: an inferred one is drawn, never a blank."""
    root = tmp_path / "seeds" / "exercises"
    root.mkdir(parents=True)
    for prefix, ident in {"000": "leg-pull-back", "001": "leg-pull-back-prep"}.items():
        shutil.copyfile(next(seeds_dir.glob(f"{prefix}_*.txt")), root / f"{ident}.md")
    for step in range(1, 6):
        out = tmp_path / f"seed{step}.png"
        result = run_spotter("--content", str(tmp_path / "seeds"), "pose", "leg-pull-back",
                             "--step", str(step), "--png", str(out), data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        assert len(_pixels(out)[2]) > 500
    shown = run_spotter("--content", str(tmp_path / "seeds"), "show", "leg-pull-back-prep", "--json",
                        data_dir=data_dir)
    import json

    poses = [s["pose"] for s in json.loads(shown.stdout)["steps"]]
    assert [p["base"] for p in poses][:2] == ["seated", "reverse-plank"]
    assert all(p["inferred"] for p in poses)


@pytest.mark.parametrize("args, words", [
    (["nope", "--png", "x.png"], "no exercise called 'nope'"),
    (["swan", "--step", "99", "--png", "x.png"], "swan has steps 1 to"),
    (["swan", "--modification", "nope", "--png", "x.png"], "swan has no modification 'nope'"),
    (["swan", "--size", "big", "--png", "x.png"], "write it as WIDTHxHEIGHT"),
    (["swan", "--png", "/no/such/folder/x.png"], "cannot write"),
])
def test_mistakes_are_one_line(args: list[str], words: str, data_dir: Path) -> None:
    """A bad id, step, modification, size or folder: one line, exit 2, no traceback."""
    result = run_spotter("pose", *args, data_dir=data_dir)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr


def test_show_json_has_a_pose_on_every_step(data_dir: Path) -> None:
    """`show --json` carries a pose on every step, modifications' own steps included."""
    import json

    listed = json.loads(run_spotter("list", "--json", data_dir=data_dir).stdout)
    for entry in listed["exercises"]:
        data = json.loads(run_spotter("show", entry["id"], "--json", data_dir=data_dir).stdout)
        steps = data["steps"] + [s for m in data["modifications"] for s in m.get("steps", [])]
        assert steps and all(s["pose"]["base"] for s in steps), entry["id"]

"""The pose format: reading and checking poses, inference from words, and the figure model."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from app.content.fields import Fields
from app.content.figure import HEAD_R, WIDTH, angles, figure
from app.content.library import load_library
from app.content.pose import BASES, Pose, read_pose
from app.content.pose_infer import infer, position


def _read(value: object) -> tuple[Pose | None, list[str]]:
    f = Fields(Path("x.md"))
    pose = read_pose(f, value, "steps[0].pose")
    return pose, [str(p) for p in f.problems]


def test_a_base_name_in_words_or_dashes() -> None:
    """`on the back`, `On-The-Back` and `supine` all name the same base."""
    for written in ("on the back", "On-The-Back", "supine"):
        pose, problems = _read(written)
        assert pose == Pose("on-the-back") and not problems


def test_a_group_with_joints_both_sides_one_side_and_a_movement() -> None:
    """`knees: 90` sets both knees, `right_hip` one; `to` adds to the start pose."""
    pose, problems = _read({"base": "all fours", "knees": 95, "right_hip": 80, "view": "side",
                            "to": {"right_shoulder": 180}})
    assert not problems and pose is not None
    assert pose.angle("left_knee") == pose.angle("right_knee") == 95
    assert pose.angle("right_hip") == 80 and pose.angle("left_hip") is None
    assert pose.to is not None and pose.to.base == "all-fours"
    assert pose.to.angle("right_shoulder") == 180 and pose.to.angle("left_knee") == 95


def test_a_movement_to_another_base_starts_afresh() -> None:
    """`to: {base: bridge}` is the bridge, not the start's joints on a bridge."""
    pose, _ = _read({"base": "on the back", "knees": 95, "to": {"base": "bridge"}})
    assert pose is not None and pose.to == Pose("bridge")


@pytest.mark.parametrize("value, field, words", [
    ("on the bak", "steps[0].pose", "did you mean on-the-back?"),
    ({"base": "plnak"}, "steps[0].pose.base", "did you mean plank?"),
    ({"base": "plank", "kness": 90}, "steps[0].pose.kness", "did you mean knees?"),
    ({"base": "plank", "knees": 200}, "steps[0].pose.knees", "from 0 to 165 degrees; got 200"),
    ({"base": "plank", "knees": "bent"}, "steps[0].pose.knees", "an angle in degrees"),
    ({"base": "plank", "view": "top"}, "steps[0].pose.view", "side or front"),
    ({"base": "plank", "prop": "chiar"}, "steps[0].pose.prop", "did you mean chair?"),
    ({"knees": 90}, "steps[0].pose.base", "is missing"),
    ({"base": "plank", "to": {"left_elbw": 10}}, "steps[0].pose.to.left_elbw",
     "did you mean left_elbow?"),
    (42, "steps[0].pose", "a base position"),
])
def test_each_mistake_is_one_path_field_message(value: object, field: str, words: str) -> None:
    """A wrong name or angle is one `PATH: field: message`, with a did-you-mean."""
    pose, problems = _read(value)
    assert pose is None
    assert any(p.startswith(f"x.md: {field}: ") and words in p for p in problems), problems


def test_validate_reports_a_bad_pose_and_keeps_the_rest(tmp_path: Path, data_dir: Path) -> None:
    """`spotter validate` names the file and the field; the good file still loads."""
    from conftest import run_spotter

    root = tmp_path / "c" / "exercises"
    root.mkdir(parents=True)
    good = "---\ntitle: A\ndifficulty: beginner\nduration: 10\npose: face down\nsteps:\n  - Lie down\n---\n"
    bad = good.replace("pose: face down", "pose: {base: face down, elbows: 300}")
    (root / "good.md").write_text(good)
    (root / "bad.md").write_text(bad)
    result = run_spotter("validate", str(tmp_path / "c"), data_dir=data_dir)
    assert result.returncode == 1
    assert f"{root / 'bad.md'}: pose.elbows: elbow angle must be from 0 to 160 degrees; got 300" \
        in result.stdout
    assert "good.md" not in result.stdout


def test_an_exercise_pose_is_the_default_of_its_steps(tmp_path: Path) -> None:
    """Steps without a pose take the exercise's; a step's own pose wins."""
    (tmp_path / "exercises").mkdir()
    (tmp_path / "exercises" / "x.md").write_text(
        "---\ntitle: X\ndifficulty: beginner\nduration: 10\npose: {base: face down, shoulders: 180}\n"
        "steps:\n  - Lie down\n  - text: Sit up\n    pose: seated\n  - text: Lift\n"
        "    pose: {spine: -20}\n---\n")
    ex = load_library([tmp_path]).exercise("x")
    assert ex is not None
    first, second, third = (s.pose for s in ex.steps)
    assert first == Pose("face-down", (("left_shoulder", 180.0), ("right_shoulder", 180.0)))
    assert second == Pose("seated")
    assert third is not None and third.base == "face-down" and third.angle("spine") == -20
    assert third.angle("left_shoulder") == 180


@pytest.mark.parametrize("text, base", [
    ("Lie on your back with your knees bent", "on-the-back"),
    ("Túmbate boca arriba", "on-the-back"),
    ("Lie face down on the mat", "face-down"),
    ("Túmbate boca abajo", "face-down"),
    ("Come onto your hands and knees", "all-fours"),
    ("Ponte a cuatro patas", "all-fours"),
    ("Sit with legs extended", "seated"),
    ("Siéntate con las piernas estiradas", "seated"),
    ("Siéntate en una silla", "seated-on-chair"),
    ("Kneel on the mat", "kneeling"),
    ("Ponte de rodillas", "kneeling"),
    ("Stand tall", "standing"),
    ("Ponte de pie", "standing"),
    ("Lie on your side", "side-lying"),
    ("Túmbate de lado", "side-lying"),
    ("Press into hands and lift hips to create reverse plank", "reverse-plank"),
])
def test_starting_positions_in_english_and_spanish(text: str, base: str) -> None:
    """The starting-position words name the base position."""
    pose = position(text)
    assert pose is not None and pose.base == base


def test_inferred_poses_carry_over_and_add_a_movement() -> None:
    """A step with no position words keeps the last one; 'lift right leg' moves that leg."""
    poses = infer(["Sit with legs extended", "lift hips to create reverse plank",
                   "Lift right leg toward ceiling", "Lower leg"])
    assert [p.base for p in poses] == ["seated", "reverse-plank", "reverse-plank", "reverse-plank"]
    assert all(p.inferred for p in poses)
    assert poses[2].to is not None and poses[2].to.angle("right_hip") == 60
    assert infer(["Breathe"], "")[0].base == "standing"  # never a blank


def test_every_bundled_step_is_posed_by_hand() -> None:
    """Every step of every bundled exercise, modifications' own steps too, has a written pose."""
    lib = load_library([ROOT / "content"])
    assert len(lib.exercises) >= 23
    for ex in lib.exercises.values():
        steps = [*ex.steps, *(s for m in ex.modifications for s in (m.steps or ()))]
        for step in steps:
            assert step.pose is not None and not step.pose.inferred, (ex.id, step.text)


def _lowest(pose: Pose, side: str | None = None) -> float:
    fig = figure(pose, side)
    low = min(y - p.width / 2 for p in fig.parts for _, y in p.points)
    return min(low, fig.head[1] - HEAD_R)


@pytest.mark.parametrize("base", list(BASES))
def test_every_base_stands_on_the_mat(base: str) -> None:
    """The lowest point of every base position touches the mat (y = 0)."""
    assert _lowest(Pose(base)) == pytest.approx(0.0, abs=1e-6)


def test_supported_bases_rest_on_both_supports() -> None:
    """On all fours, hands and knees are both on the mat; in a plank, hands and toes."""
    by = {p.name: p for p in figure(Pose("all-fours")).parts}
    hand = by["right_hand"].points[-1][1] - WIDTH["hand"] / 2
    knee = by["right_shin"].points[0][1] - WIDTH["shin"] / 2
    assert hand == pytest.approx(0, abs=0.01) and knee == pytest.approx(0, abs=0.01)
    head_y = figure(Pose("all-fours")).head[1]
    assert 0.3 < head_y < 0.6  # head about hip height, not on the floor


def test_proportions_of_a_standing_figure() -> None:
    """Standing: about one unit tall, head on top, hips about half way, feet on the mat."""
    fig = figure(Pose("standing"))
    by = {p.name: p for p in fig.parts}
    assert 0.95 < fig.head[1] + HEAD_R < 1.1
    assert 0.45 < by["trunk"].points[0][1] < 0.6
    assert by["right_foot"].points[-1][0] > by["right_foot"].points[0][0]  # toes point ahead


def test_knees_bend_backward_and_elbows_forward() -> None:
    """Standing with a bent knee puts the foot behind; a bent elbow brings the hand ahead."""
    by = {p.name: p for p in figure(Pose("standing", (("right_knee", 90.0), ("right_elbow", 90.0)))).parts}
    knee, ankle = by["right_shin"].points
    elbow, wrist = by["right_forearm"].points
    assert ankle[0] < knee[0] - 0.2 and wrist[0] > elbow[0] + 0.1


def test_the_other_side_is_a_mirror_with_the_sides_swapped() -> None:
    """--side left mirrors the picture and lifts the left leg where the right was written."""
    pose = Pose("plank", (("right_hip", -20.0),))
    right = {p.name: p for p in figure(pose, "right").parts}
    left = {p.name: p for p in figure(pose, "left").parts}
    rx = [x for x, _ in right["right_foot"].points]
    lx = [x for x, _ in left["left_foot"].points]
    assert lx == pytest.approx([-x for x in rx], abs=1e-6)
    assert not left["left_thigh"].far and left["right_thigh"].far


def test_far_limbs_are_drawn_first() -> None:
    """Parts come far first: the far (left) arm before the trunk before the near arm."""
    names = [p.name for p in figure(Pose("standing")).parts]
    assert names.index("left_upper_arm") < names.index("trunk") < names.index("right_upper_arm")


def test_a_movement_is_interpolated() -> None:
    """Half way through the movement the leg is half way up."""
    pose = Pose("on-the-back", to=Pose("on-the-back", (("right_hip", 80.0),)))
    assert angles(pose)["right_hip"] == 0
    mid = {p.name: p for p in figure(pose, t=0.5).parts}["right_thigh"].points
    top = {p.name: p for p in figure(pose, t=1.0).parts}["right_thigh"].points
    assert 0 < mid[1][1] < top[1][1]


def test_a_chair_is_drawn_under_a_seated_figure() -> None:
    """Seated on a chair: the seat is under the hips and its legs reach the floor."""
    fig = figure(Pose("seated-on-chair"))
    seat = next(p for p in fig.props if p.name == "chair_seat")
    pelvis = next(p for p in fig.parts if p.name == "trunk").points[0]
    assert seat.coords[0] <= pelvis[0] <= seat.coords[0] + seat.coords[2] + 0.08
    assert seat.coords[1] + seat.coords[3] <= pelvis[1]

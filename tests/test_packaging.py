"""A plain, non-editable ``pip install .`` ships the bundled content and resources."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest
from conftest import ROOT

_IGNORE = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__",
                                 ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache")


@pytest.mark.slow
def test_pip_install_into_clean_venv_ships_content_and_resources(tmp_path: Path) -> None:
    """Installed from a copy of the source into a fresh venv, `spotter list` finds the bundled library."""
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=_IGNORE)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    install = subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(source)],
                             capture_output=True, text=True, timeout=900, check=False)
    assert install.returncode == 0, install.stderr[-3000:]
    shutil.rmtree(source)  # the installed copy must not lean on the source tree

    run_dir = tmp_path / "elsewhere"
    run_dir.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["SPOTTER_DATA_DIR"] = str(tmp_path / "data")
    listed = subprocess.run([str(env_dir / "bin" / "spotter"), "list", "--json"], cwd=run_dir,
                            capture_output=True, text=True, timeout=120, env=env, check=False)
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    bundled = {p.stem for p in (ROOT / "content" / "exercises").glob("*.md") if p.stem.count(".") == 0}
    assert {e["id"] for e in data["exercises"]} >= bundled
    originals = [p for p in (ROOT / "content" / "workouts").glob("*.md") if p.stem.count(".") == 0]
    assert len(data["workouts"]) == len(originals)  # translations (name.es.md) are not listed apart

    probe = subprocess.run(
        [str(py), "-c", ("from app.paths import resources_dir, bundled_content_root;"
                         "print(resources_dir()); print(bundled_content_root())")],
        cwd=run_dir, capture_output=True, text=True, env=env, check=True)
    resources, content = (Path(line) for line in probe.stdout.split())
    assert str(env_dir) in str(resources) and str(env_dir) in str(content)
    shipped = {p.name for p in resources.iterdir()}
    expected = {p.name for p in (ROOT / "resources").iterdir() if not p.name.startswith(".")}
    assert expected and expected <= shipped


def test_source_checkout_finds_bundled_folders() -> None:
    """Run from the repository, the bundled content root is the top-level content/ folder."""
    from app.paths import bundled_content_root, resources_dir

    assert bundled_content_root() == ROOT / "content"
    assert resources_dir() == ROOT / "resources"

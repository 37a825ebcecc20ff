"""The house keeps its rules (docs/architecture.md): cores free of Qt and the terminal, ui free of commands, small modules."""

from __future__ import annotations

import ast
import io
import statistics
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.mark.parametrize("package", ["app.content", "app.session", "app.history", "app.cli"])
def test_core_imports_no_qt(package: str) -> None:
    """Importing a core package (and every module in it) pulls in no PySide6."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for m in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr


APP = ROOT / "app"
CORES = ("content", "session", "history")
TERMINAL_MODULES = {"termios", "tty", "curses", "pty"}


def _modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside functions (TYPE_CHECKING ones too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_ui_never_imports_commands() -> None:
    """No module of app/ui imports app.commands (Context and UserError live in app/context.py)."""
    bad = {str(p.relative_to(ROOT)): sorted(m for m in _imports(p) if m.startswith("app.commands"))
           for p in _modules(APP / "ui")}
    assert not {k: v for k, v in bad.items() if v}


@pytest.mark.parametrize("core", CORES)
def test_cores_never_touch_the_terminal_or_speech(core: str) -> None:
    """The cores import no terminal module (the session no speech), use no console, create no thread."""
    for path in _modules(APP / core):
        imported = _imports(path)
        assert not imported & TERMINAL_MODULES, path
        assert not any(m.startswith(("app.terminal", "app.ui", "app.commands")) for m in imported), path
        if core == "session":
            assert not any(m.startswith("app.speech") for m in imported), path
        tree = ast.parse(path.read_text(encoding="utf-8"))
        consoles = [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)
                    and isinstance(n.value, ast.Name) and n.value.id == "sys"
                    and n.attr in ("stdin", "stdout", "stderr")]
        prints = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
                  and isinstance(n.func, ast.Name) and n.func.id in ("print", "input")]
        assert not consoles and not prints, (path, consoles, len(prints))
        threads = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                   and n.func.attr == "Thread"]
        assert not threads, f"{path}: the cores create no thread (time and threads are passed in)"


def test_no_module_over_400_lines_and_a_small_median() -> None:
    """Every module of app/ is at most 400 lines; the median is at most 150."""
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
             for p in _modules(APP)}
    assert not {p: n for p, n in sizes.items() if n > 400}
    assert statistics.median(sizes.values()) <= 150
    assert sizes["app/session/engine.py"] <= 350  # a state machine, its clock and speech apart


def test_ui_has_at_most_ten_any() -> None:
    """The ui names its types: at most 10 ``Any`` in app/ui (code, not strings or comments)."""
    count = 0
    for path in _modules(APP / "ui"):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        count += sum(1 for t in tokens if t.type == tokenize.NAME and t.string == "Any")
    assert count <= 10, count


def test_ui_has_rooms_by_screen() -> None:
    """app/ui has a sub-package per screen over the Qt plumbing and the shared widgets."""
    rooms = {p.parent.name for p in (APP / "ui").glob("*/__init__.py")}
    assert rooms >= {"library", "workouts", "player", "history", "settings", "qt", "widgets"}

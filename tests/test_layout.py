"""The package's layout is its architecture: imports run down, never back
up a level, and the command line is a leaf.  Read from the source (no
import runs), so a new module that breaks a rule fails here by name."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import ROOT

PACKAGE = ROOT / "briefing"

FORBIDDEN = {
    "briefing.language": ("briefing.clean", "briefing.distill", "briefing.synthesize", "briefing.render",
                          "briefing.regenerate", "briefing.cli", "briefing.pipeline", "briefing.api"),
    "briefing.clean": ("briefing.distill", "briefing.synthesize", "briefing.render", "briefing.regenerate",
                       "briefing.cli", "briefing.pipeline", "briefing.api"),
    "briefing.distill": ("briefing.synthesize", "briefing.render", "briefing.regenerate", "briefing.cli",
                         "briefing.pipeline", "briefing.api"),
    "briefing.synthesize": ("briefing.render", "briefing.regenerate", "briefing.cli", "briefing.pipeline",
                            "briefing.api"),
    "briefing.render": ("briefing.regenerate", "briefing.cli", "briefing.pipeline", "briefing.api"),
    "briefing.regenerate": ("briefing.cli", "briefing.pipeline", "briefing.api"),
    "briefing.pipeline": ("briefing.cli", "briefing.api"),
}
"""What each package (or module) must not import: the steps after it and the
layers above it."""


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The absolute names of the modules `path` imports (relative ones resolved)."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def test_no_import_runs_back_up_a_level():
    broken = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        rules = [bad for owner, bad in FORBIDDEN.items() if name == owner or name.startswith(owner + ".")]
        for bad in (b for rule in rules for b in rule):
            hits = sorted(i for i in imports(path) if i == bad or i.startswith(bad + "."))
            broken += [f"{name} imports {hit}" for hit in hits]
    assert not broken, "\n".join(broken)


def test_the_command_line_is_a_leaf_without_a_circle():
    outside = [module_name(p) for p in PACKAGE.rglob("*.py")
               if "cli" not in p.relative_to(PACKAGE).parts and p.name != "__main__.py"
               and any(i == "briefing.cli" or i.startswith("briefing.cli.") for i in imports(p))]
    assert outside == []
    # The commands' modules import their siblings, never the package that gathers them.
    for path in (PACKAGE / "cli").glob("*.py"):
        if path.name != "__init__.py":
            names = {i for i in imports(path) if i.startswith("briefing.cli.")}
            assert names <= {f"briefing.cli.{p.stem}" for p in (PACKAGE / "cli").glob("*.py")}, path.name


def test_imports_are_resolved_as_python_does():
    assert "briefing.language.labels" in imports(PACKAGE / "render" / "view.py")
    assert "briefing.regenerate.cache" in imports(PACKAGE / "regenerate" / "editions.py")

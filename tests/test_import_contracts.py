"""Each import-linter contract of pyproject.toml bites: one forbidden import breaks it.

The package, pyproject.toml and tools/ are copied to a temporary folder; the copy passes
``lint-imports`` as it is, then, with one violating import added for every contract, fails with
each contract broken and naming that import.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

# contract id -> (file of the package, lines appended to it, what the report must name).
VIOLATIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "layers": (
        "store/types.py",
        "from consultant_desk.services import clients\n",
        ("consultant_desk.store.types -> consultant_desk.services.clients",),
    ),
    "domain-stdlib": (
        "domain/language.py",
        "import babel\n",
        ("consultant_desk.domain.language -> babel",),
    ),
    "documents": (
        "documents/text.py",
        "from sqlalchemy import select\n",
        ("consultant_desk.documents.text -> sqlalchemy",),
    ),
    "screens-no-orm": (
        "ui/__init__.py",
        "import typing\n\nfrom sqlalchemy import select\n\n"
        "if typing.TYPE_CHECKING:\n    from consultant_desk.store.models import Client\n",
        (
            "consultant_desk.ui -> sqlalchemy",
            "consultant_desk.ui -> consultant_desk.store.models",
        ),
    ),
    "demo-from-cli": (
        "documents/text.py",
        "from consultant_desk.demo import texts\n",
        ("consultant_desk.documents.text -> consultant_desk.demo.texts",),
    ),
    "qt-in-ui": (
        "cli/check.py",
        "import PySide6.QtCore\n",
        ("consultant_desk.cli.check -> PySide6",),
    ),
    "core-no-qt": (
        "services/health.py",
        "from PySide6.QtCore import QObject\n",
        ("consultant_desk.services.health -> PySide6",),
    ),
}


def _contracts() -> dict[str, str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["id"]: c["name"] for c in config["tool"]["importlinter"]["contracts"]}


def _copy(destination: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "consultant_desk", destination / "consultant_desk", ignore=ignore)
    shutil.copytree(ROOT / "tools", destination / "tools", ignore=ignore)
    shutil.copy2(ROOT / "pyproject.toml", destination / "pyproject.toml")
    return destination


def _lint(folder: Path) -> subprocess.CompletedProcess[str]:
    # The working folder comes first on lint-imports' path, so the copy is what it reads.
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _broken_sections(report: str, names: dict[str, str]) -> dict[str, str]:
    """The text reported under each broken contract, by contract id."""
    _, _, broken = report.partition("Broken contracts")
    starts = sorted((broken.find(f"\n{name}\n"), cid) for cid, name in names.items())
    found = [(start, cid) for start, cid in starts if start >= 0]
    return {
        cid: broken[start : (found[i + 1][0] if i + 1 < len(found) else len(broken))]
        for i, (start, cid) in enumerate(found)
    }


def test_every_contract_is_exercised() -> None:
    assert set(_contracts()) == set(VIOLATIONS)


def test_the_clean_copy_keeps_every_contract(tmp_path: Path) -> None:
    result = _lint(_copy(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(VIOLATIONS)} kept, 0 broken." in result.stdout


def test_one_forbidden_import_breaks_each_contract(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    for relative, addition, _expected in VIOLATIONS.values():
        path = copy / "consultant_desk" / relative
        path.write_text(path.read_text(encoding="utf-8") + "\n" + addition, encoding="utf-8")
    result = _lint(copy)
    assert result.returncode == 1, result.stdout + result.stderr
    sections = _broken_sections(result.stdout, _contracts())
    for cid, (_relative, _addition, expected) in VIOLATIONS.items():
        assert cid in sections, f"contract {cid!r} was not broken:\n{result.stdout}"
        flat = " ".join(sections[cid].split())
        for chain in expected:
            assert chain in flat, f"contract {cid!r} does not name {chain}:\n{sections[cid]}"

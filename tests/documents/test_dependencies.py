"""The documents layer stays pure: standard library, ReportLab, Babel and the domain only."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import consultant_desk.documents

PACKAGE_DIR = Path(consultant_desk.documents.__file__).parent
ALLOWED_THIRD_PARTY = {"reportlab", "babel"}
ALLOWED_OWN = ("consultant_desk.domain", "consultant_desk.atomicfile", "consultant_desk.documents")


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return modules


def test_documents_import_only_what_the_layer_may() -> None:
    offenders = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        for module in imported_modules(path):
            top = module.split(".")[0]
            if top in sys.stdlib_module_names or top in ALLOWED_THIRD_PARTY or top == "__future__":
                continue
            if module.startswith(ALLOWED_OWN):
                continue
            offenders.append(f"{path.name}: {module}")
    assert offenders == []

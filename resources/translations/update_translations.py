"""Refresh the Qt translation catalogs from the sources, then compile them.

    python resources/translations/update_translations.py            # update .ts, build .qm
    python resources/translations/update_translations.py --no-update  # only build .qm

English is the source language of every ``tr()`` string. Each catalog below lists the source
files whose strings it holds; for each catalog and each language there is a
``<catalog>_<lang>.ts`` here (edit it with Qt Linguist, ``pyside6-linguist``), compiled to
``<catalog>_<lang>.qm``, which the application loads at start (every ``*_<lang>.qm`` found
here). The English catalog holds plural forms only ("%n client(s)" -> "1 client",
"2 clients"): lupdate is run with ``-pluralonly`` for it.

To give a new module its own catalog, add a line to CATALOGS, run this script, translate
the new ``.ts`` files, run it again, and commit the ``.ts`` and ``.qm`` files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("fr", "en")
SOURCE_LANGUAGE = "en"

# catalog name -> source files (glob patterns relative to the repository top, "!" excludes).
CATALOGS: dict[str, list[str]] = {
    "consultant_desk": [
        "consultant_desk/ui/*.py",
        "consultant_desk/ui/framework/*.py",
        "consultant_desk/ui/engagements/*.py",
        "consultant_desk/ui/clients/*.py",
        "consultant_desk/ui/widgets/*.py",
        "!consultant_desk/ui/widgets/signature_pad.py",
        "!consultant_desk/ui/widgets/signature_view.py",
        "!consultant_desk/ui/widgets/pdf_preview.py",
        "!consultant_desk/ui/widgets/sincerity_remarks.py",
    ],
    "episodes": [
        "consultant_desk/ui/episodes/*.py",
        "consultant_desk/ui/widgets/sincerity_remarks.py",
    ],
    "scoping_wizard": ["consultant_desk/ui/scoping_wizard/*.py"],
    "meetings": [
        "consultant_desk/ui/meetings/*.py",
        "consultant_desk/ui/documents/*.py",
        "consultant_desk/ui/widgets/signature_view.py",
    ],
    "widgets": [
        "consultant_desk/ui/widgets/signature_pad.py",
        "consultant_desk/ui/widgets/pdf_preview.py",
    ],
}


def sources(patterns: list[str]) -> list[Path]:
    included: set[Path] = set()
    excluded: set[Path] = set()
    for pattern in patterns:
        target = excluded if pattern.startswith("!") else included
        target.update(ROOT.glob(pattern.removeprefix("!")))
    return sorted(included - excluded)


def tool(name: str) -> str:
    """A Qt tool from the PySide6 install beside this Python, else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install pyside6)")
    return found


def update(catalog: str, files: list[Path]) -> None:
    for language in LANGUAGES:
        ts = HERE / f"{catalog}_{language}.ts"
        command = [
            tool("pyside6-lupdate"),
            *[str(path.relative_to(ROOT)) for path in files],
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            "-ts",
            str(ts.relative_to(ROOT)),
        ]
        if language == SOURCE_LANGUAGE:
            command.insert(1, "-pluralonly")
        subprocess.run(command, check=True, cwd=ROOT)


def release(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), "-removeidentical", str(ts), "-qm", str(qm)], check=True
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-update", action="store_true", help="only compile the .ts files")
    args = parser.parse_args()
    if not args.no_update:
        for catalog, patterns in CATALOGS.items():
            update(catalog, sources(patterns))
    for ts in sorted(HERE.glob("*.ts")):
        release(ts)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Where the files shipped beside the code (fonts, clause texts...) are found."""

from __future__ import annotations

import sys
from pathlib import Path

RESOURCES_DIRNAME = "resources"


def resources_root() -> Path:
    """The top ``resources`` folder, from a source checkout or from a frozen bundle.

    PyInstaller unpacks data files under ``sys._MEIPASS``; the bundle recipe copies the
    ``resources`` folder there under the same name, so both layouts share the relative paths.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / RESOURCES_DIRNAME
    # consultant_desk/documents/resources.py -> the repository top, beside consultant_desk/.
    return Path(__file__).resolve().parents[2] / RESOURCES_DIRNAME


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)

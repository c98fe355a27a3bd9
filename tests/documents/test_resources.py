from __future__ import annotations

import sys
from pathlib import Path

import pytest

from consultant_desk.documents.resources import resource_path, resources_root


def test_resources_sit_beside_the_package() -> None:
    import consultant_desk

    package_dir = Path(consultant_desk.__file__).resolve().parent
    assert resources_root() == package_dir.parent / "resources"
    assert resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert resource_path("fonts", "LICENSE").is_file()


def test_a_frozen_bundle_reads_from_its_unpack_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"


def test_the_font_licence_is_the_dejavu_one() -> None:
    licence = resource_path("fonts", "LICENSE").read_text(encoding="utf-8")
    assert "DejaVu changes are in public domain" in licence
    assert "Bitstream Vera Fonts Copyright" in licence
    assert "Arev Fonts Copyright" in licence

"""Fixtures of the episode list tests."""

from __future__ import annotations

import pytest

from consultant_desk.store.database import Database
from tests.ui.episodes.test_fixtures import add_many_episodes, practice


@pytest.fixture
def two_thousand(db: Database) -> Database:
    """2,000 episodes over three engagements: four pages of the lazy list."""
    places = practice(db)
    add_many_episodes(db, [places.billing, places.export, places.warehouse], 2000)
    return db

"""The lazy episode model: a page at first, more on demand, sorted and filtered by SQL."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from consultant_desk.domain.language import Language
from consultant_desk.services.episode_list import EpisodeFilter
from consultant_desk.store.database import Database
from consultant_desk.store.models import Episode
from consultant_desk.ui.episodes.model import (
    COL_CLIENT,
    COL_DAYS_OPEN,
    COL_SEVERITY,
    COL_STAGE,
    COL_SURFACED,
    COL_WORDS,
    EpisodeTableModel,
)
from consultant_desk.ui.framework.record_model import ID_ROLE
from tests.ui.episodes.test_fixtures import TODAY
from tests.ui.ui_support import column_texts, ui_language

PAGE = 500


def loaded(db: Database, **options: int) -> EpisodeTableModel:
    model = EpisodeTableModel(db, today=TODAY, **options)
    model.reload()
    return model


def test_the_model_passes_the_qt_model_tester(
    qtmodeltester: ModelTester, two_thousand: Database
) -> None:
    model = loaded(two_thousand, page_size=50)
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    model.sort(COL_SEVERITY, Qt.SortOrder.DescendingOrder)
    model.set_filter(EpisodeFilter(search="retard", open_only=True))
    assert model.rowCount() > 0


def test_nothing_is_read_before_the_first_reload(two_thousand: Database) -> None:
    model = EpisodeTableModel(two_thousand)
    model.sort(COL_CLIENT, Qt.SortOrder.AscendingOrder)
    model.set_filter(EpisodeFilter(search="retard"))
    assert model.queries == 0
    assert model.rowCount() == 0
    assert not model.canFetchMore()


def test_only_a_page_is_loaded_at_first_and_more_on_demand(two_thousand: Database) -> None:
    model = loaded(two_thousand)
    assert model.rowCount() == PAGE
    assert model.total_count() == model.matching_count() == 2000
    assert model.canFetchMore()
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    model.fetch_all()
    assert model.rowCount() == 2000
    assert not model.canFetchMore()
    ids = [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]
    assert len(set(ids)) == 2000
    # Newest first by default.
    first, last = model.row(0), model.row(1999)
    assert first is not None and last is not None
    assert first.surfaced_at > last.surfaced_at


def test_a_view_scrolled_to_the_end_fetches_the_next_page(
    qtbot: QtBot, two_thousand: Database
) -> None:
    model = loaded(two_thousand)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    with qtbot.waitExposed(view):
        view.show()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)


def test_search_filters_in_sql(two_thousand: Database) -> None:
    model = loaded(two_thousand)
    before = model.queries
    model.set_filter(EpisodeFilter(search="numéro 1999"))
    # One page and two counts: nothing filtered in Python over every row.
    assert model.queries - before == 3
    assert model.rowCount() == model.matching_count() == 1
    assert model.total_count() == 2000
    assert "1999" in str(model.index(0, COL_WORDS).data())
    model.set_filter(EpisodeFilter(search="NUMERO 19"))  # folds case and accents
    model.fetch_all()
    # Every word, anywhere: "19" in 19, 119, 190-199, 1190-1199, 1900-1999…
    assert model.rowCount() == model.matching_count() == 139
    model.set_filter(EpisodeFilter())
    assert model.rowCount() == PAGE and model.matching_count() == 2000


def test_sort_by_severity(two_thousand: Database) -> None:
    model = loaded(two_thousand)
    queries = model.queries
    model.sort(COL_SEVERITY, Qt.SortOrder.DescendingOrder)
    assert model.queries == queries + 1  # the first page; a new order keeps the counts
    assert model.rowCount() == PAGE
    assert column_texts(model, COL_SEVERITY)[0] == "Critical"
    model.fetch_all()
    severities = column_texts(model, COL_SEVERITY)
    order = ["Critical", "High", "Medium", "Low"]
    assert [order.index(text) for text in severities] == sorted(
        order.index(text) for text in severities
    )
    model.sort(COL_SEVERITY, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, COL_SEVERITY)[0] == "Low"


def test_sort_by_stage_follows_the_playbook(two_thousand: Database) -> None:
    model = loaded(two_thousand)
    model.sort(COL_STAGE, Qt.SortOrder.AscendingOrder)
    texts = column_texts(model, COL_STAGE)
    assert texts[0] == "1 · Prepare"
    model.sort(COL_STAGE, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, COL_STAGE)[0] == "Closed"


def test_the_row_cache_stays_bounded_and_reloads_what_left_it(two_thousand: Database) -> None:
    model = loaded(two_thousand, page_size=100, cache_size=300)
    first = model.index(0, COL_WORDS).data()
    model.fetch_all()
    assert model.rowCount() == 2000
    assert model.cached_rows() <= 300
    before = model.queries
    assert model.index(0, COL_WORDS).data() == first  # read again by id
    assert model.queries == before + 1
    model.index(1, COL_WORDS).data()  # its neighbours came with it
    assert model.queries == before + 1


def test_an_episode_deleted_after_it_was_listed_shows_as_an_empty_row(
    two_thousand: Database,
) -> None:
    model = loaded(two_thousand, page_size=100, cache_size=100)
    model.fetch_all()
    gone = model.episode_id(0)
    with two_thousand.transaction() as session:
        session.execute(delete(Episode).where(Episode.id == gone))
    assert model.index(0, COL_WORDS).data() is None
    queries = model.queries
    assert model.index(0, COL_CLIENT).data() is None
    assert model.queries == queries  # not asked again at every paint
    assert model.index(1, COL_WORDS).data()


def test_closed_episodes_are_muted_and_say_when_they_closed(two_thousand: Database) -> None:
    model = loaded(two_thousand)
    model.set_filter(EpisodeFilter(stage="closed"))
    index = model.index(0, COL_DAYS_OPEN)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert str(index.data(Qt.ItemDataRole.ToolTipRole)).startswith("Closed on ")
    assert index.data(Qt.ItemDataRole.DisplayRole) == "10"
    assert model.index(0, COL_SEVERITY).data(Qt.ItemDataRole.DecorationRole) is not None


def test_headers_follow_the_language(two_thousand: Database) -> None:
    model = loaded(two_thousand)
    assert model.headerData(COL_CLIENT, Qt.Orientation.Horizontal) == "Client"
    assert model.headerData(COL_WORDS, Qt.Orientation.Horizontal) == "Client’s words"
    with ui_language(Language.FR):
        model.retranslate()
        assert model.headerData(COL_SURFACED, Qt.Orientation.Horizontal) == "Date"
        assert model.headerData(COL_WORDS, Qt.Orientation.Horizontal) == "Paroles du client"
        assert column_texts(model, COL_STAGE)[0].split(" · ")[-1] in {
            "Préparer",
            "Écouter",
            "Reconnaître",
            "Expliquer",
            "Co-construire la solution",
            "Formaliser",
            "Suivre",
            "Tirer les leçons",
            "Clos",
        }

"""How fast the interface is on large data, each figure a ratio to a bare Qt baseline.

Run it with the project's Python (a few minutes; nothing is asserted)::

    python tests/benchmarks/bench_ui.py                   # everything, 5 runs per case
    python tests/benchmarks/bench_ui.py -n 7 --only startup,typing
    python tests/benchmarks/bench_ui.py --cache DIR       # keep the databases for next time

It builds the large demo database once (2,000 engagements, 20,000 episodes; ``fill_demo``
with a fixed date) and a copy grown to 200,000 episodes with Core ``executemany``, in a
temporary folder (or ``--cache``). Every case runs in a fresh child process on Qt's
offscreen platform, with its own empty user folders; the baseline of each case runs the same
way in the same session, so the ratios hold from one machine to another where absolute
times do not.

* **startup**: from spawning ``consultant-desk --database URL`` (the installed command, as a
  user starts it) to the main window's first paint, the Engagements list in it with its rows,
  on the large database, vs a ``python -c`` process showing a bare ``QWidget`` of the same size.
  Both say "first paint" on stdout in the same way: the application when
  ``CONSULTANT_DESK_FIRST_PAINT=quit`` is set, from a zero timer started by the window's first
  paint event, then quit.
* **actions**: on the main window over a copy of the large database, each until the list
  has repainted: Refresh (Ctrl+R) of the Engagements page, saving the engagement dialog (the
  list reloads and reselects), moving an episode to the next stage of the playbook (the
  service, then the Episodes page reloading as the window tells it to); vs a bare
  ``QTableView`` of 2,000 rows whose model is reset.
* **typing**: typing a six-letter query into the Engagements page's search, one key at a
  time, each key timed until the list has repainted, vs a ``QStringListModel`` of the same
  2,000 texts behind a ``QSortFilterProxyModel`` and a ``QListView``.
* **episodes**: the Episodes page on 20,000 and on 200,000 episodes: first paint, then
  scrolling to the end a page at a time (``fetchMore`` and ``scrollToBottom``, each step
  until repainted), a sort by client, a search; vs a bare ``QTableView`` over a
  ``QStandardItemModel`` of 500 rows (first paint, and a scroll to its end).
* **memory**: peak resident memory (``ru_maxrss`` of each child, read by ``os.wait4``) of the
  start-up process and of the 200,000-episode process after its scroll to the end, vs the
  bare-window process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

TODAY = date(2026, 11, 23)
STRESS_EPISODES = 200_000
QUERY = "refont"
WINDOW_SIZE = (1360, 840)
PAGE_SIZE = (1210, 800)  # the main window less its navigation column
CASES = ("startup", "actions", "typing", "episodes")
FIRST_PAINT_LINE = "first paint"
# The baseline of the start-up: the least a Qt process does to show a window, signalling its
# first paint as the application does (tests/benchmarks must not import the application here).
BARE_WINDOW = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False

def done():
    print({FIRST_PAINT_LINE!r}, flush=True)
    app.quit()

app = QApplication(sys.argv)
window = QWidget()
window.resize({WINDOW_SIZE[0]}, {WINDOW_SIZE[1]})
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()
"""
PAGE_ROWS = 500  # the episode model's page


# --- the databases -------------------------------------------------------------------------


def large_database(folder: Path) -> Path:
    """The large demo, built once into ``folder``."""
    from consultant_desk.demo import DemoSize, fill_demo
    from consultant_desk.store import migrate
    from consultant_desk.store.database import Database
    from consultant_desk.store.location import sqlite_url

    path = folder / "demo-large.sqlite3"
    if path.exists():
        return path
    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    db = Database(sqlite_url(building))
    try:
        migrate.upgrade(db)
        started = time.perf_counter()
        fill_demo(db, DemoSize.LARGE, today=TODAY)
        print(f"built the large demo in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        checkpoint(db)
    finally:
        db.dispose()
    os.replace(building, path)
    return path


def stress_database(folder: Path, large: Path) -> Path:
    """A copy of the large demo grown to 200,000 episodes: the demo's episodes again, each
    copy a few days earlier, written with one Core executemany per copy."""
    from sqlalchemy import func, insert, select

    from consultant_desk.store.database import Database
    from consultant_desk.store.location import sqlite_url
    from consultant_desk.store.models import Episode

    path = folder / "stress-200k.sqlite3"
    if path.exists():
        return path
    building = path.with_suffix(".building")
    shutil.copyfile(large, building)
    db = Database(sqlite_url(building))
    try:
        table = Episode.__table__
        columns = [column for column in table.columns if column.name != "id"]
        started = time.perf_counter()
        with db.transaction() as session:
            demo = [dict(row._mapping) for row in session.execute(select(*columns))]
            copy = 1
            while int(session.scalar(select(func.count()).select_from(table)) or 0) < (
                STRESS_EPISODES
            ):
                shift = timedelta(days=3 * copy, minutes=7 * copy)
                session.execute(
                    insert(table),
                    [
                        {
                            **row,
                            "surfaced_at": row["surfaced_at"] - shift,
                            "created_at": row["created_at"] - shift,
                            "updated_at": row["updated_at"] - shift,
                        }
                        for row in demo
                    ],
                )
                copy += 1
        print(
            f"grew a copy to {STRESS_EPISODES:,} episodes in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
        checkpoint(db)
    finally:
        db.dispose()
    os.replace(building, path)
    return path


def child_build(folder: str, with_stress: str) -> None:
    large = large_database(Path(folder))
    stress = stress_database(Path(folder), large) if with_stress == "1" else large
    print(json.dumps({"large": str(large), "stress": str(stress)}), flush=True)


def checkpoint(db: Any) -> None:
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# --- running children ----------------------------------------------------------------------


class Child:
    """A child process (of this script, or any ``command``); ``lines`` are its stdout lines,
    ``maxrss_mb`` its peak resident memory, known once it has ended."""

    def __init__(
        self, kind: str, *arguments: str, command: list[str] | None = None, **env: str
    ) -> None:
        self.home = tempfile.mkdtemp(prefix="bench-home-")
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "CONSULTANT_DESK_HOME": self.home,
            "LANG": "fr_FR.UTF-8",
            **env,
        }
        environment.pop("CONSULTANT_DESK_DATABASE_URL", None)
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            command or [sys.executable, str(Path(__file__).resolve()), "--child", kind, *arguments],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        )
        self.maxrss_mb = 0.0

    def read_line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def finish(self) -> list[str]:
        """Wait for the end; the rest of its output, line by line."""
        assert self.process.stdout is not None and self.process.stderr is not None
        rest = self.process.stdout.read().splitlines()
        errors = self.process.stderr.read()
        _pid, status, usage = os.wait4(self.process.pid, 0)
        self.process.returncode = os.waitstatus_to_exitcode(status)
        self.maxrss_mb = usage.ru_maxrss / 1024
        shutil.rmtree(self.home, ignore_errors=True)
        if self.process.returncode != 0:
            raise RuntimeError(f"benchmark child failed:\n{errors}")
        return rest


def time_to_first_paint(kind: str, command: list[str], **env: str) -> tuple[float, float]:
    """Seconds from spawning ``command`` to its "first paint" line, and its peak memory in MB."""
    child = Child(kind, command=command, **env)
    line = child.read_line()
    elapsed = time.perf_counter() - child.started
    child.finish()
    if line != FIRST_PAINT_LINE:
        raise RuntimeError(f"unexpected output from the {kind} child: {line!r}")
    return elapsed, child.maxrss_mb


def application_command() -> list[str]:
    """``consultant-desk`` as installed beside this Python, as a user starts it."""
    script = Path(sys.executable).parent / "consultant-desk"
    if not script.exists():
        raise SystemExit(f"no consultant-desk command beside {sys.executable}: pip install -e .")
    return [str(script)]


def child_results(kind: str, *arguments: str) -> tuple[dict[str, Any], float]:
    """The JSON a child prints on its last line, and its peak memory in MB."""
    child = Child(kind, *arguments)
    lines = child.finish()
    return json.loads(lines[-1]), child.maxrss_mb


# --- the cases, in the parent ---------------------------------------------------------------


Table = list[tuple[str, float, float | None, str]]


def startup_case(large: Path, repeat: int) -> tuple[Table, dict[str, float]]:
    from consultant_desk.store.location import sqlite_url

    bare_window = [sys.executable, "-c", BARE_WINDOW]
    application = [*application_command(), "--database", sqlite_url(large)]
    # Alternated, so that a busy moment of the machine weighs on both sides alike.
    bare, app = [], []
    for _ in range(repeat):
        bare.append(time_to_first_paint("bare window", bare_window))
        app.append(
            time_to_first_paint("consultant-desk", application, CONSULTANT_DESK_FIRST_PAINT="quit")
        )
    bare_s = statistics.median(run[0] for run in bare)
    app_s = statistics.median(run[0] for run in app)
    memory = {
        "bare": statistics.median(run[1] for run in bare),
        "app": statistics.median(run[1] for run in app),
    }
    rows: Table = [
        ("bare QWidget window (baseline)", bare_s * 1000, 1.0, ""),
        (
            "consultant-desk, large demo",
            app_s * 1000,
            app_s / bare_s,
            "main window with the Engagements list's rows",
        ),
    ]
    return rows, memory


def actions_case(large: Path, repeat: int) -> Table:
    with tempfile.TemporaryDirectory(prefix="bench-actions-") as folder:
        # The actions write: on a copy, so that every run starts from the same data.
        copy = Path(folder) / "actions.sqlite3"
        shutil.copyfile(large, copy)
        results, _memory = child_results("actions", str(copy), str(repeat))
    baseline = statistics.median(results["baseline"])
    rows: Table = [("QTableView, 2,000 rows: model reset (baseline)", baseline * 1000, 1.0, "")]
    for key, name, note in (
        ("refresh", "Engagements page: Refresh", f"{results['engagements']:,} engagements"),
        ("save", "Engagement dialog: save", "list reloaded, row reselected"),
        ("stage", "Episode: move to the next stage", "service, then the Episodes page"),
    ):
        median = statistics.median(results[key])
        rows.append((name, median * 1000, median / baseline, note))
    return rows


def typing_case(large: Path, repeat: int) -> Table:
    results, _memory = child_results("typing", str(large), str(repeat))
    baseline = statistics.median(results["baseline"])
    app = statistics.median(results["app"])
    return [
        (
            "QStringListModel + proxy (baseline)",
            baseline * 1000,
            1.0,
            f"{results['strings']} strings",
        ),
        (
            "Engagements page search",
            app * 1000,
            app / baseline,
            f"{results['rows_after']} of {results['strings']} left",
        ),
    ]


def episodes_case(
    large: Path, stress: Path, repeat: int
) -> tuple[Table, dict[str, float], dict[str, Any]]:
    baselines = [child_results("table-baseline") for _ in range(repeat)]
    base_paint = statistics.median(run[0]["first_paint"] for run in baselines)
    base_step = statistics.median(run[0]["scroll_step"] for run in baselines)
    rows: Table = [
        ("QTableView, 500-row item model: first paint", base_paint * 1000, 1.0, "baseline"),
        ("QTableView, 500-row item model: scroll to end", base_step * 1000, 1.0, "baseline"),
    ]
    memory: dict[str, float] = {}
    details: dict[str, Any] = {}
    # The stress case scrolls through 400 pages: three runs give its median.
    for label, path, runs_wanted in (
        ("20,000", large, repeat),
        ("200,000", stress, min(repeat, 3)),
    ):
        runs = [child_results("episodes", str(path)) for _ in range(runs_wanted)]
        median = {
            key: statistics.median(run[0][key] for run in runs)
            for key in (
                "first_paint",
                "step",
                "scroll_total",
                "sort",
                "search",
                "search_again",
                "cached_rows",
            )
        }
        memory[label] = statistics.median(run[1] for run in runs)
        details[label] = runs[0][0]
        rows += [
            (
                f"Episodes page, {label}: first paint",
                median["first_paint"] * 1000,
                median["first_paint"] / base_paint,
                f"{runs[0][0]['first_rows']} rows of {runs[0][0]['total']:,}",
            ),
            (
                f"Episodes page, {label}: each page scrolled",
                median["step"] * 1000,
                median["step"] / base_step,
                "fetchMore, scrollToBottom, repaint",
            ),
            (
                f"Episodes page, {label}: scroll to the end",
                median["scroll_total"] * 1000,
                None,
                f"{runs[0][0]['pages']} pages, {median['cached_rows']:,.0f} rows kept in cache",
            ),
            (
                f"Episodes page, {label}: sort by client",
                median["sort"] * 1000,
                median["sort"] / base_paint,
                "until repainted",
            ),
            (
                f"Episodes page, {label}: first search",
                median["search"] * 1000,
                median["search"] / base_paint,
                f"'facture': {runs[0][0]['search_matches']:,} matches",
            ),
            (
                f"Episodes page, {label}: next search",
                median["search_again"] * 1000,
                median["search_again"] / base_paint,
                f"'rapport': {runs[0][0]['search_again_matches']:,} matches",
            ),
        ]
    return rows, memory, details


def print_table(title: str, rows: Table) -> None:
    print()
    print(title)
    print(f"{'case':<50} {'median ms':>10} {'ratio':>7}  note")
    for name, milliseconds, ratio, note in rows:
        shown = f"{ratio:>7.1f}" if ratio is not None else f"{'':>7}"
        print(f"{name:<50} {milliseconds:>10.1f} {shown}  {note}")


@contextmanager
def workspace(cache: str | None) -> Iterator[Path]:
    if cache:
        folder = Path(cache)
        folder.mkdir(parents=True, exist_ok=True)
        yield folder
        return
    with tempfile.TemporaryDirectory(prefix="bench-ui-") as temporary:
        yield Path(temporary)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--repeat", type=int, default=5, help="runs per case")
    parser.add_argument(
        "--only", default=",".join(CASES), help=f"comma-separated cases ({', '.join(CASES)})"
    )
    parser.add_argument("--cache", metavar="DIR", help="build the databases here, reuse them")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.child:
        CHILDREN[args.child](*rest)
        return
    cases = {case.strip() for case in args.only.split(",") if case.strip()}
    unknown = cases - set(CASES)
    if unknown:
        parser.error(f"unknown case(s): {', '.join(sorted(unknown))}")

    with workspace(args.cache) as folder:
        # Built by a child: this process stays small, since a child's peak memory
        # (ru_maxrss) starts from the size of the process that spawned it.
        started = time.perf_counter()
        built, _memory = child_results("build", str(folder), str(int("episodes" in cases)))
        large, stress = Path(built["large"]), Path(built["stress"])
        print(f"databases ready in {time.perf_counter() - started:.1f} s (in {folder})")
        print(f"median of {args.repeat} runs each, offscreen platform")
        memory: dict[str, float] = {}
        if "startup" in cases:
            rows, startup_memory = startup_case(large, args.repeat)
            memory.update(startup_memory)
            print_table("Start-up to the main window's first paint", rows)
        if "actions" in cases:
            print_table(
                "Actions, each until the list has repainted", actions_case(large, args.repeat)
            )
        if "typing" in cases:
            print_table(
                f"Filter as you type: {QUERY!r}, per key until repainted",
                typing_case(large, args.repeat),
            )
        if "episodes" in cases:
            rows, episode_memory, _details = episodes_case(large, stress, args.repeat)
            memory.update({f"episodes {label}": mb for label, mb in episode_memory.items()})
            print_table("Episode list (lazy loading)", rows)
        if "bare" in memory:
            print()
            print("Peak memory (ru_maxrss of each child process)")
            print(f"{'process':<50} {'median MB':>10} {'ratio':>7}")
            names = {
                "bare": "bare QWidget window (baseline)",
                "app": "consultant-desk, large demo",
                "episodes 20,000": "Episodes page, 20,000, scrolled to the end",
                "episodes 200,000": "Episodes page, 200,000, scrolled to the end",
            }
            for key, name in names.items():
                if key in memory:
                    print(f"{name:<50} {memory[key]:>10.1f} {memory[key] / memory['bare']:>7.1f}")


# --- the children ---------------------------------------------------------------------------


def _application() -> Any:
    from consultant_desk.domain.language import Language
    from consultant_desk.ui import i18n
    from consultant_desk.ui.app import create_application

    app = create_application([sys.argv[0]])
    i18n.apply_language(Language.FR)
    return app


class _PaintWatch:
    """Counts the paint events a widget receives."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            painted = 0

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.painted += 1
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)

    def wait(self, app: Any, since: int, limit: float = 30.0) -> None:
        """Process events until a paint newer than ``since`` happened."""
        from PySide6.QtCore import QEventLoop

        deadline = time.perf_counter() + limit
        while self.filter.painted <= since:
            if time.perf_counter() > deadline:
                # A time that includes a wait for nothing would be a wrong figure.
                raise RuntimeError("no repaint: the case measured nothing")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    @property
    def count(self) -> int:
        return self.filter.painted


def _timed(app: Any, watch: _PaintWatch, action: Callable[[], object]) -> float:
    since = watch.count
    started = time.perf_counter()
    action()
    watch.wait(app, since)
    return time.perf_counter() - started


def child_typing(path: str, repeat: str) -> None:
    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

    from consultant_desk.services.engagements import list_engagements
    from consultant_desk.store.database import Database
    from consultant_desk.store.location import sqlite_url
    from consultant_desk.ui.engagements.model import status_label
    from consultant_desk.ui.engagements.page import EngagementPage

    app = _application()
    db = Database(sqlite_url(Path(path)))
    rows = list_engagements(db)
    texts = [
        f"{row.reference} {row.title} {row.client_name} {status_label(row.status)}" for row in rows
    ]

    # The baseline: the same texts, Qt's own string model and proxy, a list view.
    baseline = QWidget()
    baseline.resize(*PAGE_SIZE)
    search = QLineEdit(baseline)
    proxy = QSortFilterProxyModel(baseline)
    proxy.setSourceModel(QStringListModel(texts, baseline))
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    search.textChanged.connect(proxy.setFilterFixedString)
    view = QListView(baseline)
    view.setModel(proxy)
    layout = QVBoxLayout(baseline)
    layout.addWidget(search)
    layout.addWidget(view)

    page = EngagementPage(db)
    page.resize(*PAGE_SIZE)
    page.mark_stale()

    def keys(widget: QWidget, line: QLineEdit) -> list[float]:
        # Each key repaints the search box; the list, when the filter changed it, is
        # repainted in the same pass over the window.
        watch = _PaintWatch(line)
        widget.show()
        watch.wait(app, 0)
        timings = []
        for _ in range(int(repeat)):
            if line.text():
                since = watch.count
                line.clear()
                watch.wait(app, since)
            for character in QUERY:
                timings.append(_timed(app, watch, partial(QTest.keyClick, line, character)))
        widget.hide()
        return timings

    baseline_times = keys(baseline, search)
    app_times = keys(page, page.search)
    result = {
        "baseline": baseline_times,
        "app": app_times,
        "strings": len(texts),
        "rows_after": page.proxy.rowCount(),
        "baseline_rows_after": proxy.rowCount(),
    }
    print(json.dumps(result), flush=True)
    db.dispose()


def child_actions(path: str, repeat: str) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView
    from sqlalchemy import select

    from consultant_desk.domain.playbook import WORKING_STAGES
    from consultant_desk.services.engagements import list_engagements
    from consultant_desk.services.episode_workflow import advance
    from consultant_desk.store.database import Database
    from consultant_desk.store.location import sqlite_url
    from consultant_desk.store.models import Episode
    from consultant_desk.ui.main_window import MainWindow
    from consultant_desk.ui.settings import open_settings

    app = _application()
    runs = int(repeat)

    # The baseline: Qt's own table over 2,000 rows, its model reset, until repainted.
    model = QStandardItemModel(2000, 9)
    for row in range(2000):
        for column in range(9):
            model.setItem(row, column, QStandardItem(f"Cellule {row}, {column}"))
    view = QTableView()
    view.setModel(model)
    view.resize(*PAGE_SIZE)
    watch = _PaintWatch(view.viewport())
    view.show()
    watch.wait(app, 0)

    def reset() -> None:
        model.beginResetModel()
        model.endResetModel()

    baseline = [_timed(app, watch, reset) for _ in range(runs)]
    view.hide()

    db = Database(sqlite_url(Path(path)))
    window = MainWindow(db, open_settings())
    window.resize(*WINDOW_SIZE)
    page = window.engagement_page
    watch = _PaintWatch(page.table.viewport())
    window.show()
    watch.wait(app, 0)
    refresh = [_timed(app, watch, window.refresh) for _ in range(runs)]

    engagement = list_engagements(db)[0]
    saves = []
    for run in range(runs):
        dialog = page.open_dialog(page.make_editor(engagement.id))
        dialog.title_edit.setText(f"{engagement.title} ({run + 1})")
        saves.append(_timed(app, watch, dialog.accept))

    window.show_page("episodes")
    episodes_view = window.page("episodes").table
    watch = _PaintWatch(episodes_view.viewport())
    watch.wait(app, 0)
    with db.transaction() as session:
        open_episodes = session.execute(
            select(Episode.id, Episode.stage)
            .where(Episode.stage.in_([stage.value for stage in WORKING_STAGES[:-1]]))
            .order_by(Episode.id)
            .limit(runs)
        ).all()
    stages = [stage.value for stage in WORKING_STAGES]

    def move(episode_id: int, target: str) -> Callable[[], None]:
        def action() -> None:
            advance(db, episode_id, target)
            window.notify_records_changed("episode")

        return action

    stage_moves = [
        _timed(app, watch, move(episode_id, stages[stages.index(stage) + 1]))
        for episode_id, stage in open_episodes
    ]
    result = {
        "baseline": baseline,
        "refresh": refresh,
        "save": saves,
        "stage": stage_moves,
        "engagements": page.model.rowCount(),
    }
    print(json.dumps(result), flush=True)
    window.close()
    db.dispose()


def child_table_baseline() -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    app = _application()
    started = time.perf_counter()
    model = QStandardItemModel(500, 9)
    for row in range(500):
        for column in range(9):
            model.setItem(row, column, QStandardItem(f"Cellule {row}, {column}"))
    view = QTableView()
    view.setModel(model)
    view.resize(*PAGE_SIZE)
    watch = _PaintWatch(view.viewport())
    view.show()
    watch.wait(app, 0)
    first_paint = time.perf_counter() - started
    step = _timed(app, watch, view.scrollToBottom)
    print(json.dumps({"first_paint": first_paint, "scroll_step": step}), flush=True)


def child_episodes(path: str) -> None:
    from consultant_desk.store.database import Database
    from consultant_desk.store.location import sqlite_url
    from consultant_desk.ui.episodes import EpisodesPage
    from consultant_desk.ui.episodes.model import COL_CLIENT

    app = _application()
    db = Database(sqlite_url(Path(path)))
    started = time.perf_counter()
    page = EpisodesPage(db)
    page.resize(*PAGE_SIZE)
    page.mark_stale()  # as in the window: loaded when first shown
    watch = _PaintWatch(page.table.viewport())
    page.show()
    watch.wait(app, 0)
    first_paint = time.perf_counter() - started
    model, view = page.model, page.table
    first_rows = model.rowCount()

    def step() -> None:
        model.fetchMore()
        view.scrollToBottom()  # the view may fetch one more page on its own

    scrolling = time.perf_counter()
    while model.canFetchMore():
        _timed(app, watch, step)
    scroll_total = time.perf_counter() - scrolling
    rows = model.rowCount()
    pages = -(-(rows - first_rows) // PAGE_ROWS)
    cached = model.cached_rows()

    from PySide6.QtCore import Qt

    view.scrollToTop()
    sort = _timed(app, watch, lambda: view.sortByColumn(COL_CLIENT, Qt.SortOrder.AscendingOrder))

    def search(word: str) -> Callable[[], None]:
        def typed() -> None:
            page.search.setText(word)
            page.apply_filter()

        return typed

    # The first search of a session also compiles its SQL; the next ones reuse it.
    searching = _timed(app, watch, search("facture"))
    matches = model.matching_count()
    searching_again = _timed(app, watch, search("rapport"))
    result = {
        "first_paint": first_paint,
        "first_rows": first_rows,
        "total": model.total_count(),
        "rows": rows,
        "pages": pages,
        "step": scroll_total / pages if pages else 0.0,
        "scroll_total": scroll_total,
        "cached_rows": cached,
        "sort": sort,
        "search": searching,
        "search_matches": matches,
        "search_again": searching_again,
        "search_again_matches": model.matching_count(),
    }
    print(json.dumps(result), flush=True)
    db.dispose()


CHILDREN: dict[str, Callable[..., None]] = {
    "build": child_build,
    "actions": child_actions,
    "typing": child_typing,
    "table-baseline": child_table_baseline,
    "episodes": child_episodes,
}


if __name__ == "__main__":
    main()

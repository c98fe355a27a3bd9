"""A throwaway PostgreSQL server for the test session.

Usage, from ``tests/conftest.py``::

    from tests.pgserver import PostgresServer, throwaway_postgres

    @pytest.fixture(scope="session")
    def postgres_server() -> Iterator[PostgresServer]:
        with throwaway_postgres() as server:
            yield server

    @pytest.fixture
    def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
        if postgres_server.url is None:
            pytest.skip(postgres_server.reason)
        url = postgres_server.create_database()
        yield url
        postgres_server.drop_database(url)

Where the server comes from:

* ``CONSULTANT_DESK_TEST_POSTGRES_URL`` set: that server is used as it is (a SQLAlchemy URL,
  e.g. ``postgresql+psycopg://user:secret@db.example:5432/consultant_desk_test``); its role
  needs ``CREATEDB`` for :meth:`PostgresServer.create_database`.
* otherwise a private cluster is created in a new directory under the system temporary
  directory with the ``initdb`` and ``pg_ctl`` found on ``PATH`` or in the highest
  ``/usr/lib/postgresql/<version>/bin`` (Debian keeps them there). It trusts local
  connections, listens on 127.0.0.1 only, on a free port, keeps its socket inside its data
  directory and runs with ``fsync=off``; it is stopped and deleted when the ``with`` block ends.
  As root (initdb refuses to run as root), the programs run as the ``postgres`` system user.

When no server can be had, :attr:`PostgresServer.url` is ``None`` and
:attr:`PostgresServer.reason` says why, for ``pytest.skip``. With
``CONSULTANT_DESK_TEST_REQUIRE_POSTGRES=1`` (``scripts/test.sh`` sets it in CI) a server that
cannot start raises :class:`PostgresUnavailableError` instead.

Fresh databases: :meth:`PostgresServer.create_database` runs ``CREATE DATABASE ... TEMPLATE``
(some 30-150 ms on a busy two-core machine for a small database, a new connection included;
migrating each time costs far more).
Migrate one database once per session and pass its name as ``template`` to hand every test a
migrated, empty copy; dispose of every engine connected to the template first, as PostgreSQL
refuses to copy a database that has open connections.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psycopg

URL_VARIABLE = "CONSULTANT_DESK_TEST_POSTGRES_URL"
REQUIRE_VARIABLE = "CONSULTANT_DESK_TEST_REQUIRE_POSTGRES"
DATABASE = "consultant_desk_test"
SUPERUSER = "postgres"
START_TIMEOUT_SECONDS = 60

_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class PostgresUnavailableError(RuntimeError):
    """No PostgreSQL server could be had, although one is required."""


@dataclass
class PostgresServer:
    """A PostgreSQL server for the tests, or the reason there is none.

    ``url`` is the SQLAlchemy URL (``postgresql+psycopg://...``) of the session database
    ``consultant_desk_test``, or ``None``, in which case ``reason`` says why.
    """

    url: str | None
    reason: str = ""
    _created: list[str] = field(default_factory=list, repr=False)

    @property
    def available(self) -> bool:
        return self.url is not None

    def create_database(self, name: str | None = None, *, template: str | None = None) -> str:
        """Create an empty database and return its SQLAlchemy URL.

        ``name`` defaults to a fresh ``consultant_desk_t_<hex>``; ``template`` names a database
        on the same server to copy, which must have no open connection (PostgreSQL's default,
        ``template1``, is an empty database).
        """
        from psycopg import sql

        name = _checked_name(name or f"consultant_desk_t_{secrets.token_hex(6)}")
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(_checked_name(template)))
        with self._connect() as connection:
            connection.execute(statement)
        self._created.append(name)
        return self.database_url(name)

    def drop_database(self, name_or_url: str) -> None:
        """Drop a database made by :meth:`create_database`, closing its connections first."""
        name = _database_name(name_or_url)
        from psycopg import sql

        with self._connect() as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        if name in self._created:
            self._created.remove(name)

    def database_url(self, name: str) -> str:
        """The SQLAlchemy URL of database ``name`` on this server."""
        from sqlalchemy.engine import make_url

        return make_url(self._url()).set(database=name).render_as_string(hide_password=False)

    def drop_created_databases(self) -> None:
        """Drop what :meth:`create_database` made and is still there (an external server)."""
        for name in list(self._created):
            self.drop_database(name)

    def _url(self) -> str:
        if self.url is None:
            raise PostgresUnavailableError(self.reason)
        return self.url

    def _connect(self) -> psycopg.Connection[tuple[object, ...]]:
        """An autocommit connection to the session database, for CREATE/DROP DATABASE."""
        import psycopg
        from sqlalchemy.engine import make_url

        conninfo = make_url(self._url()).set(drivername="postgresql")
        return psycopg.connect(conninfo.render_as_string(hide_password=False), autocommit=True)


@contextlib.contextmanager
def throwaway_postgres(
    base_dir: Path | None = None, *, required: bool | None = None
) -> Iterator[PostgresServer]:
    """Provide a PostgreSQL server for the duration of the ``with`` block.

    ``base_dir`` is where the cluster's directory is made (default: the system temporary
    directory; as root it must be reachable by the ``postgres`` user, which pytest's own
    0700 base temporary directory is not). ``required`` defaults to the
    ``CONSULTANT_DESK_TEST_REQUIRE_POSTGRES`` environment variable; when true, a server that
    cannot start raises :class:`PostgresUnavailableError` instead of yielding a reason.
    """
    if required is None:
        required = os.environ.get(REQUIRE_VARIABLE, "") not in ("", "0", "false")

    external = os.environ.get(URL_VARIABLE)
    if external:
        server = PostgresServer(external)
        try:
            yield server
        finally:
            server.drop_created_databases()
        return

    cluster: _Cluster | None = None
    try:
        try:
            cluster = _Cluster.create(base_dir)
            cluster.start()
            server = PostgresServer(cluster.url(DATABASE))
            PostgresServer(cluster.url(SUPERUSER)).create_database(DATABASE)
        except _NoServerError as error:
            reason = str(error)
        except Exception as error:  # psycopg's: the server started but cannot be used
            reason = f"the test server does not answer: {error}"
        else:
            reason = ""
        if reason and required:
            raise PostgresUnavailableError(reason)
        yield PostgresServer(None, reason) if reason else server
    finally:
        if cluster is not None:
            cluster.destroy()


class _NoServerError(Exception):
    """Why no throwaway server could be started (a sentence for a skip message)."""


def find_server_programs() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``: PATH first, then Debian's layout."""
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl and (Path(pg_ctl).parent / "initdb").exists():
        return Path(pg_ctl).parent
    if pg_ctl and shutil.which("initdb"):
        return Path(pg_ctl).resolve().parent
    candidates = [
        path
        for path in Path("/usr/lib/postgresql").glob("*/bin")
        if (path / "initdb").exists() and (path / "pg_ctl").exists()
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda path: _version_key(path.parent.name))


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)) or (0,)


@dataclass
class _Cluster:
    """One private cluster: its directory, programs, port and the user running them."""

    base: Path
    bindir: Path
    run_as: str | None
    port: int = 0

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def log(self) -> Path:
        return self.base / "server.log"

    @classmethod
    def create(cls, base_dir: Path | None) -> _Cluster:
        bindir = find_server_programs()
        if bindir is None:
            raise _NoServerError(
                "no PostgreSQL server programs (initdb, pg_ctl) on PATH or in "
                "/usr/lib/postgresql/*/bin; install PostgreSQL (Debian: apt-get install "
                f"postgresql) or set {URL_VARIABLE}"
            )
        try:
            import psycopg  # noqa: F401
        except ImportError as error:
            raise _NoServerError(f"psycopg is not installed ({error})") from error

        run_as = None
        owner: tuple[int, int] | None = None
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            import pwd

            try:
                entry = pwd.getpwnam(SUPERUSER)
            except KeyError as error:
                raise _NoServerError(
                    "running as root, and there is no 'postgres' system user to run the "
                    f"server as; run the tests as another user or set {URL_VARIABLE}"
                ) from error
            run_as = SUPERUSER
            owner = (entry.pw_uid, entry.pw_gid)

        base = Path(tempfile.mkdtemp(prefix="consultant-desk-pg-", dir=base_dir))
        if owner is not None:
            os.chown(base, *owner)
        cluster = cls(base, bindir, run_as)
        try:
            cluster._initdb()
        except BaseException:
            cluster.destroy()
            raise
        return cluster

    def _run(self, program: str, arguments: Sequence[str], timeout: float) -> None:
        command = [str(self.bindir / program), *arguments]
        if self.run_as is not None:
            if shutil.which("runuser"):
                command = ["runuser", "-u", self.run_as, "--", *command]
            else:
                import shlex

                command = ["su", self.run_as, "-s", "/bin/sh", "-c", shlex.join(command)]
        try:
            result = subprocess.run(
                command,
                cwd=self.base,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise _NoServerError(f"{program} failed: {error}") from error
        if result.returncode != 0:
            output = (result.stderr or result.stdout).strip().splitlines()
            raise _NoServerError(
                f"{program} failed: {' / '.join(output[-5:]) or result.returncode}"
            )

    def _initdb(self) -> None:
        self._run(
            "initdb",
            [
                "--pgdata",
                str(self.data),
                "--username",
                SUPERUSER,
                "--auth",
                "trust",
                "--encoding",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
            timeout=120,
        )

    def start(self) -> None:
        # A port found free may be taken before the server binds it: try a few.
        last_error: _NoServerError | None = None
        for _attempt in range(3):
            self.port = _free_port()
            self._write_settings()
            try:
                self._run(
                    "pg_ctl",
                    [
                        "start",
                        "--pgdata",
                        str(self.data),
                        "--log",
                        str(self.log),
                        "--wait",
                        "--timeout",
                        str(START_TIMEOUT_SECONDS),
                        "--silent",
                    ],
                    timeout=START_TIMEOUT_SECONDS + 10,
                )
                return
            except _NoServerError as error:
                last_error = _NoServerError(f"{error}; server log: {self._log_tail()}")
        assert last_error is not None
        raise last_error

    def _write_settings(self) -> None:
        socket_dir = str(self.data).replace("'", "''")
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{socket_dir}'",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "200",
            "logging_collector": "off",
        }
        # Written as postgresql.auto.conf is: read last, later lines win.
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# consultant-desk test server\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())

    def _log_tail(self) -> str:
        try:
            lines = self.log.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return "(none)"
        return " / ".join(lines[-5:]) or "(empty)"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def destroy(self) -> None:
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(_NoServerError):
                self._run(
                    "pg_ctl",
                    [
                        "stop",
                        "--pgdata",
                        str(self.data),
                        "--mode",
                        "immediate",
                        "--wait",
                        "--silent",
                    ],
                    timeout=60,
                )
        shutil.rmtree(self.base, ignore_errors=True)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _checked_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise ValueError(f"not a plain lowercase database name: {name!r}")
    return name


def _database_name(name_or_url: str) -> str:
    if "://" not in name_or_url:
        return name_or_url
    from sqlalchemy.engine import make_url

    database = make_url(name_or_url).database
    if not database:
        raise ValueError(f"no database in URL {name_or_url!r}")
    return database

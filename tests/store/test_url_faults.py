"""Database URLs that carry a password, that cannot be parsed, or that lead to a server which
accepts the connection and never answers."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from consultant_desk.cli import main
from consultant_desk.domain.language import Language
from consultant_desk.logging_setup import configure_logging, log_file_path
from consultant_desk.store.database import CONNECT_TIMEOUT_ENV, Database, safe_url
from consultant_desk.store.errors import DatabaseTimeoutError, PasswordNotEncodedError


def test_a_password_given_as_a_query_option_is_masked() -> None:
    url = "postgresql+psycopg://alice@db.example/cd?password=s3cr3t-q&sslmode=require"
    shown = safe_url(url)
    assert "s3cr3t-q" not in shown
    assert "password=***" in shown and "sslmode=require" in shown


@pytest.mark.parametrize(
    "password",
    ["Xq@Zw9-Kv", "Xq@Zw:9K@vy", "@Zw9Kvq", "Zw9Kvq@"],
    ids=["at", "both", "lead", "end"],
)
def test_a_password_that_splits_the_url_is_refused_quoting_none_of_it(
    password: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql+psycopg://alice:{password}@127.0.0.1:1/cd"
    with pytest.raises(PasswordNotEncodedError) as refused:
        Database(url)
    assert "URL-encoded" in refused.value.text(Language.EN)
    status = main(["check", "--database", url])
    err = capsys.readouterr().err
    assert status != 0
    assert len(err.strip().splitlines()) == 1
    pieces = [piece for piece in password.replace(":", "@").split("@") if piece]
    assert pieces and not any(piece in err for piece in pieces)
    assert "%40" in err


def test_passwords_never_reach_the_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging()
    url = "postgresql+psycopg://alice:Authority-Secret@127.0.0.1:1/cd?password=Query-Secret"
    Database(url).dispose()
    # Whatever writes the URL to the log, SQLAlchemy's own loggers included.
    logging.getLogger("sqlalchemy.engine").warning("connecting to %s", url)
    assert main(["check", "--database", url]) != 0
    captured = capsys.readouterr()
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = Path(log_file_path()).read_text(encoding="utf-8")
    assert "connecting to" in logged
    for secret in ("Authority-Secret", "Query-Secret"):
        assert secret not in logged
        assert secret not in captured.out + captured.err


@pytest.fixture
def silent_server() -> Iterator[tuple[str, int]]:
    """A real socket that accepts connections (the kernel completes the handshake) and never
    says a word."""
    pytest.importorskip("psycopg")
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    try:
        yield "127.0.0.1", server.getsockname()[1]
    finally:
        server.close()


def test_a_server_that_never_answers_is_given_up_naming_host_and_port(
    silent_server: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    host, port = silent_server
    url = f"postgresql+psycopg://alice@{host}:{port}/cd?connect_timeout=1"
    started = time.monotonic()
    status = main(["check", "--database", url])
    waited = time.monotonic() - started
    err = capsys.readouterr().err
    assert status != 0
    assert f"{host}" in err and f"{port}" in err
    assert len(err.strip().splitlines()) == 1
    # Far below the 131 s a silent server used to cost (a sanity bound, not a benchmark).
    assert waited < 60


def test_the_connect_timeout_comes_from_the_environment_too(
    silent_server: tuple[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    host, port = silent_server
    monkeypatch.setenv(CONNECT_TIMEOUT_ENV, "1")
    db = Database(f"postgresql+psycopg://alice@{host}:{port}/cd")
    try:
        assert db.connect_timeout == 1
        with pytest.raises(DatabaseTimeoutError) as refused:
            db.engine.connect()
    finally:
        db.dispose()
    assert (refused.value.host, refused.value.port) == (host, port)
    assert refused.value.text(Language.FR).startswith(f"Le serveur {host}, port {port}")


def test_the_default_connect_timeout_is_ten_seconds() -> None:
    db = Database("postgresql+psycopg://alice@127.0.0.1:1/cd")
    try:
        assert db.connect_timeout == 10
    finally:
        db.dispose()

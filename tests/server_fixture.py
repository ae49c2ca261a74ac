"""pytest plugin: a session-scoped, real local Label Studio (see scripts/ls_server.py).

Register it from tests/conftest.py with ``pytest_plugins = ["tests.server_fixture"]`` (or import it as
``server_fixture`` with tests/ on sys.path). The ``label_studio`` fixture:

* reuses a server that is already running (its env file exists, ``/health/`` answers 200, the legacy token is
  accepted and the env file names the wanted release) and leaves it running;
* otherwise starts one with ``ls_server.ensure_running()`` (first time: ~3 min install + ~45 s template build;
  later ~5 s) and stops it at the end of the session, unless ``LSCLIENT_KEEP_SERVER=1``.

The release comes from ``LSCLIENT_LS_VERSION`` (default 1.23.2, env file ``.server/env``; another release ``<v>``
uses ``.server/<v>/env``), the port from ``LSCLIENT_SERVER_PORT`` (default 8080: give a second release its own
port, e.g. ``LSCLIENT_LS_VERSION=1.22.0 LSCLIENT_SERVER_PORT=8095``), the shape from ``LSCLIENT_SERVER_DB``
(``sqlite``, the default, or ``postgresql``: gunicorn with ``LSCLIENT_SERVER_WORKERS`` workers, default 4; a running
server of another shape is not reused: the session fails and says to stop it). On a release without personal access
tokens ``api_key`` is the legacy token (``api_key_kind == "legacy"``).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

_LS_SERVER_PATH = Path(__file__).resolve().parent.parent / "scripts" / "ls_server.py"
_LS_SERVER_MODULE = "lsclient_ls_server"
KEEP_SERVER_ENV_VAR = "LSCLIENT_KEEP_SERVER"


def _load_ls_server() -> ModuleType:
    """Import scripts/ls_server.py by path, once per interpreter (also when this file is imported twice)."""
    module = sys.modules.get(_LS_SERVER_MODULE)
    if module is not None:
        return module
    spec = importlib.util.spec_from_file_location(_LS_SERVER_MODULE, _LS_SERVER_PATH)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {_LS_SERVER_PATH}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[_LS_SERVER_MODULE] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[_LS_SERVER_MODULE]
        raise
    return module


ls_server = _load_ls_server()


@dataclass(frozen=True)
class ServerInfo:
    """Where the test server runs and how to log in to it."""

    url: str
    # personal access token (JWT refresh token, exchanged at /api/token/refresh/ for a Bearer token), or the legacy
    # token on a release without personal access tokens (see api_key_kind)
    api_key: str
    legacy_token: str  # `Authorization: Token <legacy_token>`
    username: str
    password: str
    local_files_root: str  # LOCAL_FILES_DOCUMENT_ROOT of the server (absolute)
    version: str = ls_server.DEFAULT_VERSION  # the Label Studio release the harness installed
    api_key_kind: str = "pat"  # "pat" or "legacy"
    db: str = "sqlite"  # "sqlite" (Django's development server) or "postgresql" (gunicorn)
    workers: int = 1  # gunicorn worker processes on PostgreSQL

    @classmethod
    def from_env(cls, env: dict[str, str]) -> ServerInfo:
        return cls(
            url=env["LABEL_STUDIO_URL"],
            api_key=env["LABEL_STUDIO_API_KEY"],
            legacy_token=env["LABEL_STUDIO_LEGACY_TOKEN"],
            username=env["LABEL_STUDIO_USERNAME"],
            password=env["LABEL_STUDIO_PASSWORD"],
            local_files_root=env["LABEL_STUDIO_LOCAL_FILES_ROOT"],
            version=env.get("LABEL_STUDIO_VERSION", ls_server.DEFAULT_VERSION),
            api_key_kind=env.get("LABEL_STUDIO_API_KEY_KIND", "pat"),
            db=ls_server.env_shape(env).db,
            workers=ls_server.env_shape(env).workers,
        )


def _reusable_env(version: str, shape: Any) -> dict[str, str] | None:
    """The env of a running server of ``version`` and ``shape`` whose credentials still work, else None."""
    env = ls_server.read_env(version)
    if env is None or env.get("LABEL_STUDIO_VERSION", ls_server.DEFAULT_VERSION) != version:
        return None
    if ls_server.env_shape(env) != shape:
        return None  # ensure_running() then says which shape runs and how to stop it
    # credentials_work() also checks the legacy token: a stale env file could point at another server on that port
    return env if ls_server.credentials_work(env) else None


@contextlib.contextmanager
def _uncaptured(config: pytest.Config) -> Iterator[None]:
    """Let progress lines of a (slow, first-time) start reach the terminal despite pytest's capturing."""
    capman: Any = config.pluginmanager.getplugin("capturemanager")
    if capman is None:
        yield
        return
    with capman.global_and_fixture_disabled():
        yield


@pytest.fixture(scope="session")
def label_studio(request: pytest.FixtureRequest) -> Iterator[ServerInfo]:
    """A running Label Studio of ``LSCLIENT_LS_VERSION``; started (and later stopped) here only if none is running."""
    try:
        version = ls_server.resolve_version()
        shape = ls_server.resolve_shape()
    except ls_server.ServerError as exc:
        pytest.fail(str(exc), pytrace=False)
    env = _reusable_env(version, shape)
    if env is not None:
        yield ServerInfo.from_env(env)
        return

    def log(msg: str) -> None:
        print(f"[label-studio] {msg}", file=sys.stderr, flush=True)

    with _uncaptured(request.config):
        try:
            env, started = ls_server.ensure_running(log=log, version=version)
        except ls_server.ServerError as exc:
            pytest.fail(f"could not start Label Studio: {exc}", pytrace=False)
    if not started:  # another process started it meanwhile: not ours to stop
        yield ServerInfo.from_env(env)
        return
    try:
        yield ServerInfo.from_env(env)
    finally:
        if os.environ.get(KEEP_SERVER_ENV_VAR) == "1":
            log(f"{KEEP_SERVER_ENV_VAR}=1: leaving the server running at {env['LABEL_STUDIO_URL']}")
        else:
            with _uncaptured(request.config):
                ls_server.stop(log=log, version=version)


def skip_below(info: ServerInfo, version: str, why: str) -> None:
    """Skip the calling test on a Label Studio older than ``version`` (a server behaviour it added)."""
    import pytest

    def parts(text: str) -> tuple[int, ...]:
        return tuple(int(p) for p in text.split(".")[:3] if p.isdigit())

    if parts(info.version) < parts(version):
        pytest.skip(f"Label Studio {info.version} predates {version}: {why}")

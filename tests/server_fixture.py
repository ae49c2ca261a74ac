"""pytest plugin: a session-scoped, real local Label Studio (see scripts/ls_server.py).

Register it from tests/conftest.py with ``pytest_plugins = ["tests.server_fixture"]`` (or import it as
``server_fixture`` with tests/ on sys.path). The ``label_studio`` fixture:

* reuses a server that is already running (``.server/env`` exists, ``/health/`` answers 200 and the legacy token
  is accepted) and leaves it running;
* otherwise starts one with ``ls_server.start()`` (first time: ~3 min install + ~45 s template build; later ~5 s)
  and stops it at the end of the session, unless ``LSCLIENT_KEEP_SERVER=1``.

The port comes from ``LSCLIENT_SERVER_PORT`` (default 8080).
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
    api_key: str  # personal access token (JWT refresh token): exchange at /api/token/refresh/ for a Bearer token
    legacy_token: str  # `Authorization: Token <legacy_token>`
    username: str
    password: str
    local_files_root: str  # LOCAL_FILES_DOCUMENT_ROOT of the server (absolute)

    @classmethod
    def from_env(cls, env: dict[str, str]) -> ServerInfo:
        return cls(
            url=env["LABEL_STUDIO_URL"],
            api_key=env["LABEL_STUDIO_API_KEY"],
            legacy_token=env["LABEL_STUDIO_LEGACY_TOKEN"],
            username=env["LABEL_STUDIO_USERNAME"],
            password=env["LABEL_STUDIO_PASSWORD"],
            local_files_root=env["LABEL_STUDIO_LOCAL_FILES_ROOT"],
        )


def _reusable_env() -> dict[str, str] | None:
    """The env of a running server whose credentials still work, else None."""
    env = ls_server.read_env()
    # credentials_work() also checks the legacy token: a stale env file could point at another server on that port
    return env if env and ls_server.credentials_work(env) else None


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
    """A running Label Studio; started (and later stopped) by this fixture only if none is running."""
    env = _reusable_env()
    if env is not None:
        yield ServerInfo.from_env(env)
        return

    def log(msg: str) -> None:
        print(f"[label-studio] {msg}", file=sys.stderr, flush=True)

    with _uncaptured(request.config):
        try:
            env, started = ls_server.ensure_running(log=log)
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
                ls_server.stop(log=log)

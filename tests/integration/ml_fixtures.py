"""Session fixtures for tests that need a real ML backend and a Label Studio allowed to reach it.

A pytest plugin, registered in tests/conftest.py: every test may ask for

* ``ml_backend_url``: the URL of the official ML backend framework (``label-studio-ml`` from PyPI) serving
  ``tests/ml_model/keyword_model.py``, installed (once, ~25 s) and started (~3 s) by scripts/ml_backend.py.
* ``ml_label_studio``: the values of the second Label Studio of scripts/storage_servers.py (URL, legacy token), the
  one started with ``ML_BLOCK_LOCAL_IP=false``: the harness's server refuses ML backends on 127.0.0.1 ("URL
  resolves to a reserved network address").
* ``ml_client``: a generated-layer ``AuthenticatedClient`` of that Label Studio, raising on undocumented statuses.

What these fixtures start they stop at the end of the session (``LSCLIENT_KEEP_SERVER=1`` keeps them). A machine
that cannot install the backend skips the tests that use it, with the reason; any other failure fails them.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from lsclient.api_client import AuthenticatedClient

KEEP_SERVERS_ENV_VAR = "LSCLIENT_KEEP_SERVER"
SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _load(name: str, filename: str) -> ModuleType:
    """A script of scripts/ imported by path, once (the module names match the other fixtures': shared state)."""
    module = sys.modules.get(name)
    if module is not None:
        return module
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / filename)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


servers = _load("lsclient_storage_servers", "storage_servers.py")
ml_backend = _load("lsclient_ml_backend", "ml_backend.py")


def _log(msg: str) -> None:
    print(f"[ml-backend] {msg}", file=sys.stderr, flush=True)


def _uncaptured(request: pytest.FixtureRequest, start: Any) -> Any:
    """Run ``start()`` with output capture off, so one-time installs show their progress."""
    capman: Any = request.config.pluginmanager.getplugin("capturemanager")
    if capman is None:
        return start()
    with capman.global_and_fixture_disabled():
        return start()


def _stop_at_end(request: pytest.FixtureRequest, stop: Any) -> None:
    if os.environ.get(KEEP_SERVERS_ENV_VAR) != "1":
        request.addfinalizer(stop)


@pytest.fixture(scope="session")
def ml_backend_url(request: pytest.FixtureRequest) -> str:
    """The ML backend's base URL (``http://127.0.0.1:<port>``), started now if it does not run."""
    try:
        values, started = _uncaptured(request, lambda: ml_backend.ensure_running(log=_log))
    except ml_backend.Unavailable as exc:
        pytest.skip(f"the ML backend cannot be installed on this machine: {exc}")
    except ml_backend.MlBackendError as exc:
        pytest.fail(f"could not start the ML backend: {exc}", pytrace=False)
    if started:
        _stop_at_end(request, lambda: ml_backend.stop(log=_log))
    return str(values["ML_BACKEND_URL"])


@pytest.fixture(scope="session")
def ml_label_studio(request: pytest.FixtureRequest) -> dict[str, str]:
    """``STORAGES_LABEL_STUDIO_URL`` / ``_TOKEN`` / ``_VERSION`` of the Label Studio that may reach the ML backend."""
    version = str(servers._harness_release(servers._load_ls_server())[0])

    def start() -> tuple[dict[str, str], bool]:
        try:
            values, started = servers.ensure_running("label-studio", log=_log)
            if values.get("STORAGES_LABEL_STUDIO_ML_BACKENDS") != "allowed" or (
                values.get("STORAGES_LABEL_STUDIO_VERSION") != version
            ):
                # started by an older copy of scripts/storage_servers.py, or for another release
                servers.stop("label-studio", log=_log)
                values, started = servers.ensure_running("label-studio", log=_log)
        except servers.StorageServerError as exc:
            pytest.fail(f"could not start the Label Studio for ML backends: {exc}", pytrace=False)
        return values, started

    values, started = _uncaptured(request, start)
    if started:
        _stop_at_end(request, lambda: servers.stop("label-studio", log=_log))
    return dict(values)


@pytest.fixture(scope="session")
def ml_client(ml_label_studio: dict[str, str]) -> Iterator[AuthenticatedClient]:
    """A generated-layer client of ``ml_label_studio`` (legacy token), raising on undocumented statuses."""
    with AuthenticatedClient(
        base_url=ml_label_studio["STORAGES_LABEL_STUDIO_URL"],
        token=ml_label_studio["STORAGES_LABEL_STUDIO_TOKEN"],
        prefix="Token",
        raise_on_unexpected_status=True,
    ) as client:
        yield client

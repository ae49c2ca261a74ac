#!/usr/bin/env python3
"""Install, start, stop and inspect a real ML backend for the ML tests (stdlib only).

Usage::

    python3 scripts/ml_backend.py start     # install (once), then serve the test model; prints its URL
    python3 scripts/ml_backend.py status    # exit 0 if it runs and answers /health
    python3 scripts/ml_backend.py env       # ML_BACKEND_URL=... of the running backend
    python3 scripts/ml_backend.py stop      # stop it and delete its model dir

The backend is Label Studio's official ML backend framework, ``label-studio-ml`` from PyPI (pinned below, in a venv
of its own so that its old Flask stack never meets the SDK's dependencies), serving ``KeywordModel`` of
``tests/ml_model/keyword_model.py``: ``label-studio-ml init`` builds the backend dir from that script and
``label-studio-ml start`` serves it (the framework's own Flask server) on 127.0.0.1, on a free port or on
``LSCLIENT_ML_BACKEND_PORT``. Model versions the framework trains go to a throw-away model dir, emptied at each start.

PyPI's newest ``label-studio-ml`` is 1.0.9 (January 2023; the 2.x framework is published on GitHub only). Against
Label Studio 1.23.2 it predicts, sets up and trains (the ``START_TRAINING`` webhook; the model adds that event to
its ``TRAIN_EVENTS``), but it serves ``/versions`` for POST only while Label Studio asks with GET, so
``GET /api/ml/{id}/versions`` relays a 405 from it.

Label Studio refuses ML backends on loopback unless it runs with ``ML_BLOCK_LOCAL_IP=false`` ("URL resolves to a
reserved network address"): the second Label Studio of scripts/storage_servers.py (``label-studio``) is started so,
and tests/integration/ml_fixtures.py connects this backend to that one.

Everything lives under ``<repo>/.server/ml-backend/`` (git-ignored): ``venv/`` (the install, ``install.log``),
``app/`` (what ``label-studio-ml init`` made), ``models/`` (the model dir), ``state.json`` (pid, port, URL) and
``server.log``. A machine whose Python cannot make a venv raises :class:`Unavailable` (``start`` says
``skipped: <reason>`` and exits 0); any other failure is an error (exit 1).
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import importlib.util
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
STATE_DIR = ROOT / ".server" / "ml-backend"
VENV_DIR = STATE_DIR / "venv"
APP_DIR = STATE_DIR / "app"
MODEL_DIR = STATE_DIR / "models"
STATE_FILE = STATE_DIR / "state.json"
SERVER_LOG = STATE_DIR / "server.log"
INSTALL_LOG = STATE_DIR / "install.log"
LOCK_FILE = STATE_DIR / ".lock"
MODEL_SCRIPT = ROOT / "tests" / "ml_model" / "keyword_model.py"
MODEL_CLASS = "KeywordModel"
HOST = "127.0.0.1"
PORT_ENV_VAR = "LSCLIENT_ML_BACKEND_PORT"
START_TIMEOUT_S = 60.0
CMDLINE_TOKEN = "label-studio-ml"  # what the server's command line contains (guards against a recycled pid)

# The whole install, pinned so that every machine tests against the same backend. label-studio-ml 1.0.9 pins its
# Flask stack itself; it imports rq (and through it redis) without declaring them: its own template's
# requirements.txt names rq==1.10.1. The rest is what pip resolved for these on Python 3.11 (November 2026).
REQUIREMENTS = (
    "label-studio-ml==1.0.9",
    "rq==1.10.1",
    "redis==8.1.0",
    "label-studio-tools==0.0.4",
    "Flask==1.1.2",
    "Werkzeug==2.0.2",
    "Jinja2==3.0.3",
    "itsdangerous==2.0.1",
    "MarkupSafe==3.0.4",
    "click==8.5.1",
    "attr==0.3.1",
    "attrs==26.1.0",
    "appdirs==1.4.4",
    "colorama==0.4.6",
    "lxml==6.1.3",
    "pillow==13.0.0",
    "requests==2.34.2",
    "urllib3==2.8.0",
    "idna==3.20",
    "charset-normalizer==3.5.3",
    "certifi==2026.10.19.post1",
)

Log = Callable[[str], None]


def _print(msg: str) -> None:
    print(msg, flush=True)


class MlBackendError(RuntimeError):
    """Installing or starting the ML backend failed; the message says why."""


class Unavailable(MlBackendError):
    """The ML backend cannot be installed on this machine; the message says why."""


def _load_storage_servers() -> ModuleType:
    """scripts/storage_servers.py, for its process helpers (same module name as the tests use: one copy)."""
    name = "lsclient_storage_servers"
    module = sys.modules.get(name)
    if module is not None:
        return module
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent / "storage_servers.py")
    if spec is None or spec.loader is None:
        raise MlBackendError("cannot load scripts/storage_servers.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


servers = _load_storage_servers()


@contextlib.contextmanager
def _locked() -> Iterator[None]:
    """Serialize installs and starts between processes (two pytest sessions starting at once)."""
    STATE_DIR.mkdir(parents=True, exist_ok=True)
    with open(LOCK_FILE, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _bin(name: str) -> Path:
    return VENV_DIR / "bin" / name


def ensure_installed(log: Log = _print) -> None:
    """The venv with :data:`REQUIREMENTS` (once; a marker records what was installed)."""
    marker = VENV_DIR / ".lsclient-installed"
    wanted = "\n".join(REQUIREMENTS) + "\n"
    if marker.exists() and marker.read_text() == wanted:
        return
    if importlib.util.find_spec("ensurepip") is None:
        raise Unavailable(f"{sys.executable} cannot make a venv (no ensurepip: Debian's python3-venv is missing)")
    log(f"installing {REQUIREMENTS[0]} into {servers._rel(VENV_DIR)} (one-time)")
    t0 = time.monotonic()
    if VENV_DIR.exists():
        shutil.rmtree(VENV_DIR)  # half-finished or other pins: start clean
    for cmd in (
        [sys.executable, "-m", "venv", str(VENV_DIR)],
        [str(_bin("python")), "-m", "pip", "install", "--disable-pip-version-check", *REQUIREMENTS],
    ):
        rc = servers._run_logged(cmd, INSTALL_LOG)
        if rc != 0:
            raise MlBackendError(
                f"`{shlex.join(cmd)}` failed (rc={rc}); last lines of {servers._rel(INSTALL_LOG)}:\n"
                f"{servers._tail(INSTALL_LOG)}"
            )
    marker.write_text(wanted)
    log(f"installed {REQUIREMENTS[0]} in {time.monotonic() - t0:.0f} s")


def _env() -> dict[str, str]:
    """The server's environment: ours without what would steer the framework elsewhere, its venv first on PATH."""
    dropped = {"PYTHONPATH", "MODEL_DIR", "USE_REDIS", "REDIS_HOST", "REDIS_PORT", "RQ_QUEUE_NAME", "AUTO_UPDATE"}
    env = {k: v for k, v in os.environ.items() if k not in dropped and not k.startswith("LABEL_STUDIO_ML_")}
    # `label-studio-ml start` runs `python _wsgi.py` through the shell: that python must be the venv's
    env["PATH"] = str(VENV_DIR / "bin") + os.pathsep + os.environ.get("PATH", "")
    env["VIRTUAL_ENV"] = str(VENV_DIR)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _healthy(port: int) -> bool:
    return servers._http_status(f"http://{HOST}:{port}/health") == 200


def _read_state() -> dict[str, object] | None:
    try:
        state = json.loads(STATE_FILE.read_text())
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def _pid_port(state: dict[str, object] | None) -> tuple[int, int] | None:
    if state is None:
        return None
    pid, port = state.get("pid"), state.get("port")
    return (pid, port) if isinstance(pid, int) and isinstance(port, int) else None


def _ours_alive(pid: int) -> bool:
    return bool(servers._pid_alive(pid) and servers._is_ours(pid, CMDLINE_TOKEN))


def running_values() -> dict[str, str] | None:
    """``{"ML_BACKEND_URL": ...}`` if the backend runs and answers, else None."""
    state = _read_state()
    pid_port = _pid_port(state)
    if state is None or pid_port is None or not isinstance(state.get("values"), dict):
        return None
    if not (_ours_alive(pid_port[0]) and _healthy(pid_port[1])):
        return None
    values = state["values"]
    assert isinstance(values, dict)
    return {str(k): str(v) for k, v in values.items()}


def _port() -> int:
    wanted = os.environ.get(PORT_ENV_VAR, "")
    if not wanted:
        return int(servers._free_port())
    try:
        return int(wanted)
    except ValueError:
        raise MlBackendError(f"{PORT_ENV_VAR}={wanted!r} is not a port number") from None


def ensure_running(log: Log = _print) -> tuple[dict[str, str], bool]:
    """Install (once) and start the backend unless it runs; return its values and whether this call started it.

    :raises Unavailable: this machine cannot install it (the message says why).
    :raises MlBackendError: installing or starting it failed.
    """
    with _locked():
        values = running_values()
        if values is not None:
            return values, False
        _stop_leftover(log)
        ensure_installed(log)
        port = _port()
        if servers._http_status(f"http://{HOST}:{port}/") is not None:
            raise MlBackendError(f"port {port} is taken by another server (set {PORT_ENV_VAR} to a free one)")
        t0 = time.monotonic()
        shutil.rmtree(MODEL_DIR, ignore_errors=True)
        MODEL_DIR.mkdir(parents=True)
        env = _env()
        init = [str(_bin("label-studio-ml")), "init", str(APP_DIR), "--script", f"{MODEL_SCRIPT}:{MODEL_CLASS}"]
        if servers._run_logged([*init, "--force"], SERVER_LOG, env=env, cwd=STATE_DIR) != 0:
            raise MlBackendError(
                f"label-studio-ml init failed; last lines of {servers._rel(SERVER_LOG)}:\n{servers._tail(SERVER_LOG)}"
            )
        cmd = [str(_bin("label-studio-ml")), "start", str(APP_DIR), "--host", HOST, "--port", str(port)]
        cmd += ["--model-dir", str(MODEL_DIR)]
        with open(SERVER_LOG, "ab") as out:
            out.write(("$ " + shlex.join(cmd) + "\n").encode())
            out.flush()
            proc = subprocess.Popen(
                cmd,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=env,
                cwd=STATE_DIR,
                start_new_session=True,
            )
        servers._CHILDREN[proc.pid] = proc
        while not _healthy(port):
            if proc.poll() is not None:
                servers._CHILDREN.pop(proc.pid, None)
                raise MlBackendError(
                    f"label-studio-ml exited with rc={proc.returncode} before answering; "
                    f"last lines of {servers._rel(SERVER_LOG)}:\n{servers._tail(SERVER_LOG)}"
                )
            if time.monotonic() - t0 > START_TIMEOUT_S:
                servers._stop_pid(proc.pid, log)
                raise MlBackendError(
                    f"label-studio-ml did not answer on port {port} within {START_TIMEOUT_S:.0f} s; "
                    f"last lines of {servers._rel(SERVER_LOG)}:\n{servers._tail(SERVER_LOG)}"
                )
            time.sleep(0.1)
        values = {"ML_BACKEND_URL": f"http://{HOST}:{port}"}
        STATE_FILE.write_text(json.dumps({"pid": proc.pid, "port": port, "values": values}, indent=2) + "\n")
        log(f"ml backend started in {time.monotonic() - t0:.1f} s on {HOST}:{port} (pid {proc.pid})")
        return dict(values), True


def _stop_leftover(log: Log) -> None:
    pid_port = _pid_port(_read_state())
    if pid_port is not None and _ours_alive(pid_port[0]):
        log(f"stopping ml backend pid {pid_port[0]} (not answering)")
        servers._stop_pid(pid_port[0], log)
    with contextlib.suppress(FileNotFoundError):
        STATE_FILE.unlink()


def stop(log: Log = _print) -> bool:
    """Stop the backend and delete its model dir. Returns False if it was not running."""
    with _locked():
        pid_port = _pid_port(_read_state())
        stopped = False
        if pid_port is not None and _ours_alive(pid_port[0]):
            servers._stop_pid(pid_port[0], log)
            proc = servers._CHILDREN.pop(pid_port[0], None)
            if proc is not None:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=1)
            stopped = True
        with contextlib.suppress(FileNotFoundError):
            STATE_FILE.unlink()
        shutil.rmtree(MODEL_DIR, ignore_errors=True)
        log(f"stopped ml backend (pid {pid_port[0]})" if stopped and pid_port else "ml backend: not running")
        return stopped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("command", choices=["start", "stop", "status", "env"])
    args = parser.parse_args(argv)
    try:
        if args.command == "start":
            try:
                values, _ = ensure_running()
            except Unavailable as exc:
                print(f"skipped: {exc}", flush=True)
                return 0
            print(values["ML_BACKEND_URL"], flush=True)
            return 0
        if args.command == "stop":
            stop()
            return 0
        values = running_values()
        if args.command == "status":
            print("ml backend: running" if values is not None else "ml backend: not running")
            return 0 if values is not None else 1
        for key, value in (values or {}).items():
            print(f"{key}={shlex.quote(value)}")
        return 0
    except MlBackendError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

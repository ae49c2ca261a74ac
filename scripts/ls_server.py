#!/usr/bin/env python3
"""Start, stop and inspect a real local Label Studio for tests and demos (stdlib only).

Usage::

    python3 scripts/ls_server.py start    # install (once), build the template (once), start, write .server/env
    python3 scripts/ls_server.py status   # exit 0 if running, 1 if not
    python3 scripts/ls_server.py env      # .server/env as NAME=value lines (credentials hidden on a terminal)
    python3 scripts/ls_server.py stop
    python3 scripts/ls_server.py restart  # kill it and start it again KEEPING its data (for tests of crashes)
    python3 scripts/ls_server.py --version 1.22.0 start   # another release, side by side (own venv, data, env)
    python3 scripts/ls_server.py start --db postgresql --workers 4   # PostgreSQL + gunicorn (see below)

The Label Studio release comes from ``--version`` or ``LSCLIENT_LS_VERSION`` (default 1.23.2), the port from
``--port`` or ``LSCLIENT_SERVER_PORT`` (default 8080; give a second server its own port).

Everything lives under ``<repo>/.server/`` (git-ignored), or under ``LSCLIENT_SERVER_HOME`` when it is set (the
benchmark runs its servers in a directory of its own, beside ``make server``'s). For the default release:

* ``venv/``: Label Studio's own virtualenv (never the SDK's venv), marked complete by ``venv/.lsclient-installed``.
* ``template-<version>/``: a migrated data dir with the admin user and its credentials (``credentials.json``).
* ``data/``: the throw-away data dir of the running server, a fresh copy of the template on every start (but
  not on ``restart``, nor :func:`resume` after :func:`kill`, which keep it).
* ``files/``: ``LOCAL_FILES_DOCUMENT_ROOT`` of the server.
* ``server.log``, ``server.pid``, ``env``, ``install.log``, ``template.log``.

Any other release ``<v>`` gets ``venv-<v>/`` and ``template-<v>/`` beside them, and ``<v>/`` holding its own
``data/``, ``files/``, ``server.log``, ``server.pid``, ``env``, ``install.log`` and ``template.log``, so two
releases can be installed and run at the same time.

Older releases lack some of what the harness uses; it detects and degrades:

* no ``--enable-legacy-api-token`` option of ``label-studio init`` (legacy tokens are then always on): not passed;
* no personal access tokens (``POST /api/token/`` is not routed): ``LABEL_STUDIO_API_KEY`` is the legacy token;
* no ``/health/``: ``GET /api/version`` answering 200 counts as healthy.

``LABEL_STUDIO_API_KEY_KIND`` in the env file says which kind of key ``LABEL_STUDIO_API_KEY`` is (``pat`` or
``legacy``). The module is importable: ``start()``, ``stop()``, ``kill()``, ``resume()``, ``restart()``,
``ensure_running()``, ``status()``, ``read_env()``, ``is_healthy()``, ``running_env()``, ``credentials_work()``,
``layout()``; each takes an optional ``version`` (default: ``LSCLIENT_LS_VERSION`` or 1.23.2).

The scale-out shape (the production shape a team moves to when one SQLite process is outgrown)::

    python3 scripts/ls_server.py start --db postgresql --workers 4

runs the same release on PostgreSQL behind gunicorn with N worker processes instead of SQLite behind Django's
development server. ``--db`` / ``LSCLIENT_SERVER_DB`` is ``sqlite`` (default) or ``postgresql``; ``--workers`` /
``LSCLIENT_SERVER_WORKERS`` (default 4) needs ``postgresql``. It adds, under the release's directory:

* ``postgresql/``: a PostgreSQL cluster of its own (Debian's ``postgresql`` package, installed with apt-get if
  missing; initdb as the ``postgres`` user when run as root), listening on 127.0.0.1 only (no Unix socket), on
  ``LSCLIENT_PG_PORT`` or the first free port from 5433, password-protected; its log is
  ``postgresql/postgresql.log``. It holds the database ``lsclient_template`` (migrated once, with the admin user)
  and ``labelstudio``, a fresh ``CREATE DATABASE ... TEMPLATE lsclient_template`` on every start.
* ``template-<version>-postgresql/``: the data dir (SECRET_KEY, media) and credentials paired with that database.
* gunicorn (pinned, installed into the Label Studio venv once) with ``scripts/gunicorn_conf.py``; its log goes to
  ``server.log`` like the development server's.

``stop`` stops gunicorn and then PostgreSQL. One server runs per release directory: starting another shape while
one runs is refused. The env file names the shape: ``LABEL_STUDIO_SERVER_DB`` (``sqlite``/``postgresql``),
``LABEL_STUDIO_SERVER_WSGI`` (``runserver``/``gunicorn``), ``LABEL_STUDIO_SERVER_WORKERS`` and, on PostgreSQL,
``LABEL_STUDIO_SERVER_DB_PORT``.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

DEFAULT_VERSION = "1.23.2"
LABEL_STUDIO_VERSION = DEFAULT_VERSION  # the default release (name kept for callers of the single-version harness)
VERSION_ENV_VAR = "LSCLIENT_LS_VERSION"
ADMIN_USERNAME = "admin@example.com"
DEFAULT_PORT = 8080
PORT_ENV_VAR = "LSCLIENT_SERVER_PORT"
HEALTH_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 15.0

# the scale-out shape: PostgreSQL + gunicorn
DB_ENV_VAR = "LSCLIENT_SERVER_DB"
WORKERS_ENV_VAR = "LSCLIENT_SERVER_WORKERS"
PG_PORT_ENV_VAR = "LSCLIENT_PG_PORT"
DATABASES = ("sqlite", "postgresql")
DEFAULT_WORKERS = 4
FIRST_PG_PORT = 5433
PG_PORT_SCAN = 100  # ports tried from FIRST_PG_PORT when LSCLIENT_PG_PORT is not set
PG_SUPERUSER = "postgres"  # the cluster's superuser, also the role Label Studio connects as
PG_TEMPLATE_DB = "lsclient_template"
PG_BUILD_DB = "lsclient_template_building"
PG_RUN_DB = "labelstudio"
PG_START_TIMEOUT_S = 60
GUNICORN_VERSION = "27.0.1"
GUNICORN_CONF = Path(__file__).resolve().parent / "gunicorn_conf.py"
WORKER_READY_MARK = "lsclient-harness: worker ready"  # logged by gunicorn_conf.post_worker_init

ROOT = Path(__file__).resolve().parent.parent
HOME_ENV_VAR = "LSCLIENT_SERVER_HOME"
SERVER_DIR = Path(os.environ[HOME_ENV_VAR]).resolve() if os.environ.get(HOME_ENV_VAR) else ROOT / ".server"
TEMPLATE_MARKER_NAME = ".lsclient-template-complete"
CREDENTIALS_NAME = "credentials.json"
# a release number as PyPI spells it (also keeps the version from escaping .server/ when it names a directory)
_VERSION_RE = re.compile(r"^[0-9]+(\.[0-9]+)*((a|b|rc|\.post|\.dev)[0-9]+)*$")


class ServerError(RuntimeError):
    """Starting or talking to the local Label Studio failed; the message says why."""


@dataclass(frozen=True)
class Layout:
    """Where one Label Studio release keeps its venv, template, data, files, log, pid and env files."""

    version: str
    venv_dir: Path
    template_dir: Path
    instance_dir: Path  # the working directory of the server; holds the files below except for the default release

    @property
    def venv_python(self) -> Path:
        return self.venv_dir / "bin" / "python"

    @property
    def ls_bin(self) -> Path:
        return self.venv_dir / "bin" / "label-studio"

    @property
    def install_marker(self) -> Path:
        return self.venv_dir / ".lsclient-installed"

    @property
    def install_log(self) -> Path:
        return self.instance_dir / "install.log"

    @property
    def template_log(self) -> Path:
        return self.instance_dir / "template.log"

    @property
    def data_dir(self) -> Path:
        return self.instance_dir / "data"

    @property
    def files_dir(self) -> Path:
        return self.instance_dir / "files"

    @property
    def log_file(self) -> Path:
        return self.instance_dir / "server.log"

    @property
    def pid_file(self) -> Path:
        return self.instance_dir / "server.pid"

    @property
    def env_file(self) -> Path:
        return self.instance_dir / "env"

    @property
    def lock_file(self) -> Path:
        return self.instance_dir / ".lock"


def resolve_version(version: str | None = None) -> str:
    """``version``, else ``LSCLIENT_LS_VERSION``, else the default release; refuses what is not a release number."""
    chosen = (version or os.environ.get(VERSION_ENV_VAR, "")).strip() or DEFAULT_VERSION
    if not _VERSION_RE.match(chosen):
        raise ServerError(f"{chosen!r} is not a Label Studio release number (e.g. {DEFAULT_VERSION})")
    return chosen


def layout(version: str | None = None) -> Layout:
    """The paths of ``version`` (see the module docstring); the default release keeps the historical paths."""
    ver = resolve_version(version)
    if ver == DEFAULT_VERSION:
        return Layout(ver, SERVER_DIR / "venv", SERVER_DIR / f"template-{ver}", SERVER_DIR)
    return Layout(ver, SERVER_DIR / f"venv-{ver}", SERVER_DIR / f"template-{ver}", SERVER_DIR / ver)


@dataclass(frozen=True)
class Shape:
    """How the server runs: its database and the web server in front of Label Studio."""

    db: str  # "sqlite" (Django's development server, one process) or "postgresql" (gunicorn)
    workers: int  # gunicorn worker processes; 1 on SQLite

    @property
    def wsgi(self) -> str:
        return "runserver" if self.db == "sqlite" else "gunicorn"

    def describe(self) -> str:
        if self.db == "sqlite":
            return "SQLite + Django's development server"
        return f"PostgreSQL + gunicorn with {self.workers} worker{'s' if self.workers != 1 else ''}"


def resolve_shape(db: str | None = None, workers: int | str | None = None) -> Shape:
    """The shape asked for: ``db``/``workers``, else ``LSCLIENT_SERVER_DB``/``LSCLIENT_SERVER_WORKERS``, else SQLite.

    ``workers`` (default 4) needs PostgreSQL: several processes writing one SQLite file spend seconds in its lock
    retries, which is not a shape anyone deploys. ``workers=1`` is accepted on SQLite (it is what runs).
    """
    chosen_db = (db or os.environ.get(DB_ENV_VAR, "")).strip().lower() or "sqlite"
    if chosen_db not in DATABASES:
        raise ServerError(f"{DB_ENV_VAR} / --db is {chosen_db!r}; expected one of {', '.join(DATABASES)}")
    raw = str(workers).strip() if workers is not None else os.environ.get(WORKERS_ENV_VAR, "").strip()
    if raw:
        try:
            count = int(raw)
        except ValueError:
            raise ServerError(f"{WORKERS_ENV_VAR} / --workers is {raw!r}, not a number of processes") from None
        if count < 1:
            raise ServerError(f"{WORKERS_ENV_VAR} / --workers is {count}; it must be at least 1")
    else:
        count = DEFAULT_WORKERS if chosen_db == "postgresql" else 1
    if chosen_db == "sqlite" and count != 1:
        raise ServerError(
            f"{count} workers need PostgreSQL (--db postgresql or {DB_ENV_VAR}=postgresql): "
            "the SQLite server is one process"
        )
    return Shape(chosen_db, count)


def env_shape(env: dict[str, str]) -> Shape:
    """The shape an env file describes (an env file written before shapes existed is SQLite's)."""
    db = env.get("LABEL_STUDIO_SERVER_DB", "sqlite")
    try:
        workers = int(env.get("LABEL_STUDIO_SERVER_WORKERS", "1"))
    except ValueError:
        workers = 1
    return Shape(db, workers)


# the default release's paths, as module constants (they predate Layout)
_DEFAULT = Layout(DEFAULT_VERSION, SERVER_DIR / "venv", SERVER_DIR / f"template-{DEFAULT_VERSION}", SERVER_DIR)
VENV_DIR = _DEFAULT.venv_dir
VENV_PYTHON = _DEFAULT.venv_python
LS_BIN = _DEFAULT.ls_bin
INSTALL_MARKER = _DEFAULT.install_marker
INSTALL_LOG = _DEFAULT.install_log
TEMPLATE_DIR = _DEFAULT.template_dir
TEMPLATE_LOG = _DEFAULT.template_log
DATA_DIR = _DEFAULT.data_dir
FILES_DIR = _DEFAULT.files_dir
LOG_FILE = _DEFAULT.log_file
PID_FILE = _DEFAULT.pid_file
ENV_FILE = _DEFAULT.env_file
LOCK_FILE = _DEFAULT.lock_file

Log = Callable[[str], None]


def _print(msg: str) -> None:
    print(msg, flush=True)


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


@contextlib.contextmanager
def _locked(lay: Layout) -> Iterator[None]:
    """Serialize start/stop of one release between processes (e.g. two pytest sessions starting at once)."""
    lay.instance_dir.mkdir(parents=True, exist_ok=True)
    with open(lay.lock_file, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"(no log at {_rel(path)})"
    return "\n".join(text.splitlines()[-lines:])


# --------------------------------------------------------------------------------------------- HTTP

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never send 127.0.0.1 through a proxy


def _http(
    method: str,
    url: str,
    *,
    headers: dict[str, str] | None = None,
    body: Any = None,
    timeout: float = 30.0,
) -> tuple[int, Any]:
    """Return (status, parsed JSON or text). Never raises for HTTP error statuses."""
    data = None
    hdrs = {"Accept": "application/json", "Connection": "close", **(headers or {})}
    if body is not None:
        data = json.dumps(body).encode()
        hdrs["Content-Type"] = "application/json"
    req = urllib.request.Request(url, data=data, headers=hdrs, method=method)
    try:
        with _OPENER.open(req, timeout=timeout) as resp:
            status, raw = resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        status, raw = exc.code, exc.read()
    text = raw.decode(errors="replace")
    try:
        return status, json.loads(text)
    except ValueError:
        return status, text


def is_healthy(url: str, timeout: float = 2.0) -> bool:
    """True if ``GET <url>/health/`` answers 200 (or, on a release without it, ``GET <url>/api/version``)."""
    base = url.rstrip("/")
    try:
        status, _ = _http("GET", base + "/health/", timeout=timeout)
        if status == 404:
            status, _ = _http("GET", base + "/api/version", timeout=timeout)
    except (OSError, urllib.error.URLError):
        return False
    return status == 200


# ------------------------------------------------------------------------------------------ process


def _pid_alive(pid: int) -> bool:
    """True if ``pid`` is a live (non-zombie) process; reaps it if it is our own dead child."""
    with contextlib.suppress(ChildProcessError, OSError):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no procfs: trust kill(0)
    return stat.rpartition(")")[2].split()[0] != "Z"


def _is_our_server(pid: int) -> bool:
    """Guard against a recycled pid: the process must be a label-studio (or gunicorn run in its package dir)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return _pid_alive(pid)  # no procfs: best effort
    return "label-studio" in cmdline or ("gunicorn" in cmdline and "label_studio" in cmdline)


def _read_pid(lay: Layout) -> int | None:
    try:
        return int(lay.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def _running_pid(lay: Layout) -> int | None:
    pid = _read_pid(lay)
    if pid is not None and _pid_alive(pid) and _is_our_server(pid):
        return pid
    return None


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # same option as Django's runserver, so a TIME_WAIT leftover does not count as busy
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _resolve_port(port: int | None) -> int:
    if port is not None:
        return int(port)
    raw = os.environ.get(PORT_ENV_VAR, "").strip()
    if not raw:
        return DEFAULT_PORT
    try:
        return int(raw)
    except ValueError:
        raise ServerError(f"{PORT_ENV_VAR}={raw!r} is not a port number") from None


# ------------------------------------------------------------------------------------------ env file


def read_env(version: str | None = None) -> dict[str, str] | None:
    """Parse the env file of ``version`` (``.server/env`` for the default release), or None if there is none."""
    try:
        text = layout(version).env_file.read_text()
    except FileNotFoundError:
        return None
    env: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        name, _, raw = line.partition("=")
        parts = shlex.split(raw)
        env[name.strip()] = parts[0] if parts else ""
    return env


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` atomically with mode 600."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_env(lay: Layout, values: dict[str, str]) -> None:
    lines = ["# written by scripts/ls_server.py start; removed by stop"]
    lines += [f"{name}={shlex.quote(value)}" for name, value in values.items()]
    _write_private(lay.env_file, "\n".join(lines) + "\n")


def credentials_work(env: dict[str, str]) -> bool:
    """True if the server at env's URL is healthy and accepts env's legacy token (not some other server)."""
    url = env.get("LABEL_STUDIO_URL", "").rstrip("/")
    if not url or not is_healthy(url):
        return False
    headers = {"Authorization": f"Token {env.get('LABEL_STUDIO_LEGACY_TOKEN', '')}"}
    try:
        status, _ = _http("GET", f"{url}/api/current-user/whoami", headers=headers, timeout=10.0)
    except (OSError, urllib.error.URLError):
        return False
    return status == 200


def running_env(version: str | None = None) -> dict[str, str] | None:
    """The env values if the server of ``version`` (pid file) is alive, healthy and has its env file; else None."""
    lay = layout(version)
    env = read_env(lay.version)
    if env is None or _running_pid(lay) is None:
        return None
    url = env.get("LABEL_STUDIO_URL", "")
    return env if url and is_healthy(url) else None


# ----------------------------------------------------------------------------------- install/template


_DB_SETTINGS = (
    "DJANGO_DB",
    "DATABASE_NAME",
    "POSTGRE_NAME",
    "POSTGRE_USER",
    "POSTGRE_PASSWORD",
    "POSTGRE_HOST",
    "POSTGRE_PORT",
    "DJANGO_SETTINGS_MODULE",
)


def _server_env(lay: Layout, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("LABEL_STUDIO_USERNAME", "LABEL_STUDIO_PASSWORD", "LABEL_STUDIO_USER_TOKEN", "PYTHONPATH"):
        env.pop(name, None)  # never leak the caller's settings into the server
    # nor the caller's database choice: LS reads each of these as NAME, LABEL_STUDIO_NAME or HEARTEX_NAME
    for base in _DB_SETTINGS:
        for prefix in ("", "LABEL_STUDIO_", "HEARTEX_"):
            env.pop(prefix + base, None)
    env.update(
        {
            "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
            "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
            "SENTRY_DSN": "",
            "FRONTEND_SENTRY_DSN": "",
            "COLLECT_ANALYTICS": "false",
            "LATEST_VERSION_CHECK": "false",
            "LOCAL_FILES_SERVING_ENABLED": "true",
            "LOCAL_FILES_DOCUMENT_ROOT": str(lay.files_dir),
            "VIRTUAL_ENV": str(lay.venv_dir),
            "PATH": str(lay.venv_dir / "bin") + os.pathsep + env.get("PATH", ""),
        }
    )
    return env


def _installed_version(lay: Layout) -> str | None:
    """Version of label-studio in the venv (imports nothing of LS; `label-studio --version` would START a server)."""
    code = "import importlib.metadata as m; print(m.version('label-studio'))"
    try:
        out = subprocess.run([str(lay.venv_python), "-c", code], capture_output=True, text=True, check=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip()


def ensure_installed(log: Log = _print, version: str | None = None) -> None:
    """Install label-studio==``version`` into its venv unless the marker says it is there."""
    lay = layout(version)
    ver = lay.version
    if lay.ls_bin.exists() and lay.install_marker.exists() and lay.install_marker.read_text().strip() == ver:
        return
    log(f"installing label-studio {ver} into {_rel(lay.venv_dir)} (one-time, ~3 min)")
    t0 = time.monotonic()
    if lay.venv_dir.exists():
        shutil.rmtree(lay.venv_dir)  # half-finished or other version: start clean
    lay.instance_dir.mkdir(parents=True, exist_ok=True)
    with open(lay.install_log, "wb") as out:
        steps = [
            [sys.executable, "-m", "venv", str(lay.venv_dir)],
            [str(lay.venv_python), "-m", "pip", "install", "--disable-pip-version-check", f"label-studio=={ver}"],
        ]
        for cmd in steps:
            out.write(("$ " + shlex.join(cmd) + "\n").encode())
            out.flush()
            rc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL).returncode
            if rc != 0:
                raise ServerError(
                    f"`{shlex.join(cmd)}` failed (rc={rc}); last lines of {_rel(lay.install_log)}:\n"
                    + _tail(lay.install_log)
                )
    installed = _installed_version(lay)
    if installed != ver or not lay.ls_bin.exists():
        raise ServerError(f"installed label-studio reports version {installed!r}, expected {ver}")
    lay.install_marker.write_text(ver + "\n")
    log(f"installed label-studio {ver} in {time.monotonic() - t0:.0f} s")


def _ls_source(lay: Layout, relative: str) -> str | None:
    """Text of ``label_studio/<relative>`` in the venv, or None (used to detect options without running LS)."""
    for path in sorted(lay.venv_dir.glob(f"lib/python*/site-packages/label_studio/{relative}")):
        with contextlib.suppress(OSError):
            return path.read_text(errors="replace")
    return None


def _init_supports(lay: Layout, option: str) -> bool:
    """Whether ``label-studio init`` of this release knows ``option`` (assumed yes if the parser is not found)."""
    source = _ls_source(lay, "core/argparser.py")
    return source is None or option in source


def _read_credentials(data_dir: Path) -> dict[str, str]:
    try:
        creds = json.loads((data_dir / CREDENTIALS_NAME).read_text())
    except (OSError, ValueError) as exc:
        raise ServerError(f"cannot read {_rel(data_dir / CREDENTIALS_NAME)}: {exc}") from exc
    return {k: str(creds[k]) for k in ("username", "password", "legacy_token")}


def ensure_template(log: Log = _print, version: str | None = None) -> None:
    """Build the migrated template data dir (admin user, legacy token, legacy tokens enabled) once."""
    lay = layout(version)
    if (lay.template_dir / TEMPLATE_MARKER_NAME).exists():
        return
    log(f"building template data dir {_rel(lay.template_dir)} (one-time, ~30-50 s)")
    t0 = time.monotonic()
    tmp = lay.template_dir.parent / f"{lay.template_dir.name}.building"
    for leftover in (tmp, lay.template_dir):
        if leftover.exists():
            shutil.rmtree(leftover)
    tmp.mkdir(parents=True)
    lay.instance_dir.mkdir(parents=True, exist_ok=True)
    creds = {
        "username": ADMIN_USERNAME,
        "password": secrets.token_urlsafe(18),
        "legacy_token": secrets.token_hex(20),  # 40 hex chars, like the tokens Label Studio generates
    }
    env = _server_env(lay, tmp)
    # password and token via env (read by LS's get_env), so they never show up in `ps`
    env["LABEL_STUDIO_PASSWORD"] = creds["password"]
    env["LABEL_STUDIO_USER_TOKEN"] = creds["legacy_token"]
    cmd = [str(lay.ls_bin), "init", "-q", "--username", ADMIN_USERNAME]
    if _init_supports(lay, "--enable-legacy-api-token"):
        cmd.append("--enable-legacy-api-token")
    else:
        log("this release has no `init --enable-legacy-api-token` (legacy tokens are always on): not passing it")
    with open(lay.template_log, "wb") as out:
        rc = subprocess.run(
            cmd, env=env, cwd=lay.instance_dir, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        ).returncode
    text = lay.template_log.read_text(errors="replace")
    if rc != 0 or "successfully initialized" not in text or not any(tmp.glob("*.sqlite3")):
        raise ServerError(
            f"`label-studio init` failed (rc={rc}); last lines of {_rel(lay.template_log)}:\n" + _tail(lay.template_log)
        )
    _write_private(tmp / CREDENTIALS_NAME, json.dumps(creds, indent=2) + "\n")
    (tmp / TEMPLATE_MARKER_NAME).write_text(lay.version + "\n")
    os.replace(tmp, lay.template_dir)
    log(f"built template data dir in {time.monotonic() - t0:.0f} s")


# ------------------------------------------------------------------------------- PostgreSQL + gunicorn


@dataclass(frozen=True)
class Cluster:
    """The PostgreSQL cluster of one release directory: ``<instance>/postgresql/``."""

    root: Path

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "postgresql.log"

    @property
    def info_file(self) -> Path:  # bindir and superuser password; written last, so it marks a complete initdb
        return self.root / "cluster.json"


def _cluster(lay: Layout) -> Cluster:
    return Cluster(lay.instance_dir / "postgresql")


def _pg_template_dir(lay: Layout) -> Path:
    return lay.template_dir.with_name(lay.template_dir.name + "-postgresql")


def _pg_bindir() -> Path | None:
    """Directory of initdb/pg_ctl/psql: Debian's newest /usr/lib/postgresql/<major>/bin, else initdb on PATH."""
    found = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb") if p.parent.parent.name.isdigit()]
    if found:
        return max(found, key=lambda bindir: int(bindir.parent.name))
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def ensure_postgresql_installed(log: Log = _print) -> Path:
    """The bindir of PostgreSQL, installing Debian's ``postgresql`` package with apt-get first if it is missing."""
    bindir = _pg_bindir()
    if bindir is not None:
        return bindir
    if shutil.which("apt-get") is None:
        raise ServerError("PostgreSQL is not installed (no initdb) and there is no apt-get: install it and retry")
    if os.geteuid() == 0:
        prefix = ["env", "DEBIAN_FRONTEND=noninteractive"]
    elif shutil.which("sudo") is not None:
        prefix = ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive"]
    else:
        raise ServerError("PostgreSQL is not installed: run `apt-get install postgresql` as root and retry")
    install_log = SERVER_DIR / "install-postgresql.log"
    log(f"installing PostgreSQL with apt-get (one-time; log in {_rel(install_log)})")
    t0 = time.monotonic()
    SERVER_DIR.mkdir(parents=True, exist_ok=True)
    with open(install_log, "wb") as out:
        for cmd in (
            [*prefix, "apt-get", "update"],
            [*prefix, "apt-get", "install", "-y", "--no-install-recommends", "postgresql"],
        ):
            out.write(("$ " + shlex.join(cmd) + "\n").encode())
            out.flush()
            rc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL).returncode
            if rc != 0:
                raise ServerError(
                    f"`{shlex.join(cmd)}` failed (rc={rc}); last lines of {_rel(install_log)}:\n" + _tail(install_log)
                )
    bindir = _pg_bindir()
    if bindir is None:
        raise ServerError(f"apt-get installed postgresql but no initdb was found; see {_rel(install_log)}")
    log(f"installed PostgreSQL ({bindir}) in {time.monotonic() - t0:.0f} s")
    return bindir


def _as_postgres(cwd: Path) -> dict[str, Any]:
    """subprocess arguments running a command as the ``postgres`` user when we are root (initdb, pg_ctl and the
    server refuse to run as root); as ourselves otherwise."""
    if os.geteuid() != 0:
        return {"cwd": cwd}
    import pwd

    try:
        entry = pwd.getpwnam("postgres")
    except KeyError:
        raise ServerError("running as root, but there is no `postgres` user to run PostgreSQL as") from None
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": entry.pw_dir, "LANG": "C.UTF-8"}
    return {"cwd": cwd, "user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": [], "env": env}


def _pg_ctl(cluster: Cluster, bindir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [str(bindir / "pg_ctl"), "-D", str(cluster.data_dir), *args]
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # the postmaster must not get the terminal's Ctrl-C
        **_as_postgres(cluster.root),
    )


def _read_cluster(cluster: Cluster) -> dict[str, str] | None:
    try:
        info = json.loads(cluster.info_file.read_text())
    except (OSError, ValueError):
        return None
    if not (cluster.data_dir / "PG_VERSION").exists() or not Path(info.get("bindir", "")).is_dir():
        return None
    return {k: str(v) for k, v in info.items()}


def ensure_cluster(lay: Layout, log: Log = _print) -> dict[str, str]:
    """Create the release's PostgreSQL cluster once (initdb); return its info (``bindir``, ``password``)."""
    cluster = _cluster(lay)
    info = _read_cluster(cluster)
    if info is not None:
        return info
    bindir = ensure_postgresql_installed(log)
    log(f"creating a PostgreSQL cluster in {_rel(cluster.root)} (one-time)")
    t0 = time.monotonic()
    if cluster.root.exists():
        shutil.rmtree(cluster.root)
    cluster.root.mkdir(parents=True)
    password = secrets.token_urlsafe(24)
    pwfile = cluster.root / "initdb.pw"
    pwfile.write_text(password + "\n")
    pwfile.chmod(0o600)
    owner = _as_postgres(cluster.root)
    if "user" in owner:
        for path in (cluster.root, pwfile):
            os.chown(path, owner["user"], owner["group"])
        if subprocess.run(["test", "-w", str(cluster.root)], **owner).returncode != 0:
            raise ServerError(
                f"the postgres user cannot write {_rel(cluster.root)}: every directory above it must be "
                "searchable by others (chmod o+x), or run the harness as a user other than root"
            )
    cmd = [
        str(bindir / "initdb"),
        "-D",
        str(cluster.data_dir),
        "-U",
        PG_SUPERUSER,
        f"--pwfile={pwfile}",
        "--auth=scram-sha-256",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
    ]
    initdb_log = cluster.root / "initdb.log"
    with open(initdb_log, "wb") as out:
        out.write(("$ " + shlex.join(cmd) + "\n").encode())
        out.flush()
        rc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, **owner).returncode
    pwfile.unlink()
    if rc != 0:
        raise ServerError(f"initdb failed (rc={rc}); last lines of {_rel(initdb_log)}:\n{_tail(initdb_log)}")
    cluster.log_file.touch()  # pg_ctl -l appends to it as the server's user
    if "user" in owner:
        os.chown(cluster.log_file, owner["user"], owner["group"])
    with open(cluster.data_dir / "postgresql.conf", "a") as conf:
        conf.write(
            "\n# scripts/ls_server.py: loopback only, no Unix socket (its path could exceed 107 bytes);"
            " the port is given at each start\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n"
        )
    info = {"bindir": str(bindir), "superuser": PG_SUPERUSER, "password": password}
    _write_private(cluster.info_file, json.dumps(info, indent=2) + "\n")
    log(f"created the cluster in {time.monotonic() - t0:.1f} s")
    return info


def _cluster_port(lay: Layout, info: dict[str, str]) -> int | None:
    """The port of the release's cluster if it runs (line 4 of postmaster.pid), else None."""
    cluster = _cluster(lay)
    if _pg_ctl(cluster, Path(info["bindir"]), "status").returncode != 0:
        return None
    try:
        return int((cluster.data_dir / "postmaster.pid").read_text().splitlines()[3])
    except (OSError, IndexError, ValueError):
        return None


def _choose_pg_port() -> int:
    raw = os.environ.get(PG_PORT_ENV_VAR, "").strip()
    if raw:
        try:
            port = int(raw)
        except ValueError:
            raise ServerError(f"{PG_PORT_ENV_VAR}={raw!r} is not a port number") from None
        if not _port_free(port):
            raise ServerError(f"{PG_PORT_ENV_VAR}={port}: that port on 127.0.0.1 is already in use")
        return port
    for port in range(FIRST_PG_PORT, FIRST_PG_PORT + PG_PORT_SCAN):
        if _port_free(port):
            return port
    raise ServerError(f"no free port in {FIRST_PG_PORT}-{FIRST_PG_PORT + PG_PORT_SCAN - 1}: set {PG_PORT_ENV_VAR}")


def ensure_cluster_running(lay: Layout, log: Log = _print) -> tuple[dict[str, str], int]:
    """Create (once) and start the release's cluster unless it runs; return its info and port."""
    info = ensure_cluster(lay, log)
    port = _cluster_port(lay, info)
    if port is not None:
        return info, port
    cluster = _cluster(lay)
    port = _choose_pg_port()
    t0 = time.monotonic()
    done = _pg_ctl(
        cluster,
        Path(info["bindir"]),
        "-l",
        str(cluster.log_file),
        "-w",
        "-t",
        str(PG_START_TIMEOUT_S),
        "-o",
        f"-p {port}",
        "start",
    )
    if done.returncode != 0:
        raise ServerError(
            f"pg_ctl start failed (rc={done.returncode}): {done.stdout}{done.stderr}"
            f"last lines of {_rel(cluster.log_file)}:\n{_tail(cluster.log_file)}"
        )
    log(f"PostgreSQL started in {time.monotonic() - t0:.1f} s on 127.0.0.1:{port} (log in {_rel(cluster.log_file)})")
    return info, port


def _stop_cluster(lay: Layout, log: Log) -> bool:
    """Stop the release's cluster if it runs (fast shutdown: clients are disconnected); True if it ran."""
    cluster = _cluster(lay)
    info = _read_cluster(cluster)
    if info is None or _cluster_port(lay, info) is None:
        return False
    done = _pg_ctl(cluster, Path(info["bindir"]), "-m", "fast", "-w", "-t", str(PG_START_TIMEOUT_S), "stop")
    if done.returncode != 0:
        raise ServerError(f"pg_ctl stop failed (rc={done.returncode}): {done.stdout}{done.stderr}")
    log(f"stopped PostgreSQL ({_rel(cluster.root)})")
    return True


def _psql(info: dict[str, str], port: int, *statements: str) -> str:
    """Run each statement in its own transaction (CREATE/DROP DATABASE refuse to run inside one) as the superuser."""
    cmd = [str(Path(info["bindir"]) / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"]
    cmd += ["-h", "127.0.0.1", "-p", str(port), "-U", info["superuser"], "-d", "postgres"]
    for statement in statements:
        cmd += ["-c", statement]
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PGPASSWORD": info["password"], "PGCONNECT_TIMEOUT": "10"}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)
    if done.returncode != 0:
        raise ServerError(f"psql failed (rc={done.returncode}) on {statements!r}: {done.stderr.strip()}")
    return done.stdout.strip()


def _pg_settings(info: dict[str, str], port: int, database: str) -> dict[str, str]:
    """The environment that points Label Studio at ``database`` of the cluster (core/settings/base.py)."""
    return {
        "DJANGO_DB": "default",  # Label Studio's name for its PostgreSQL settings
        "POSTGRE_NAME": database,
        "POSTGRE_USER": info["superuser"],
        "POSTGRE_PASSWORD": info["password"],
        "POSTGRE_HOST": "127.0.0.1",
        "POSTGRE_PORT": str(port),
    }


def _template_stamp(lay: Layout) -> str | None:
    """The id written beside the template data dir; the template database's comment must name the same one."""
    try:
        parts = (_pg_template_dir(lay) / TEMPLATE_MARKER_NAME).read_text().split()
    except OSError:
        return None
    return parts[1] if len(parts) == 2 and parts[0] == lay.version else None


def ensure_pg_template(lay: Layout, info: dict[str, str], port: int, log: Log = _print) -> None:
    """Migrate the template database and build its data dir (admin user, legacy token) once.

    The data dir (SECRET_KEY, which signs the personal access tokens) and the database go together: a random
    stamp in both (the marker file, the database's comment) tells that they were built by the same run.
    """
    tdir = _pg_template_dir(lay)
    stamp = _template_stamp(lay)
    comment = _psql(
        info,
        port,
        "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database "
        f"WHERE datname = '{PG_TEMPLATE_DB}'",
    )
    if stamp is not None and comment == f"lsclient {lay.version} {stamp}":
        return
    log(f"migrating the PostgreSQL template database (one-time, ~40-60 s; log in {_rel(_pg_template_log(lay))})")
    t0 = time.monotonic()
    tmp = tdir.parent / f"{tdir.name}.building"
    for leftover in (tmp, tdir):
        if leftover.exists():
            shutil.rmtree(leftover)
    tmp.mkdir(parents=True)
    if comment or _psql(info, port, f"SELECT 1 FROM pg_database WHERE datname = '{PG_TEMPLATE_DB}'"):
        _psql(info, port, f"ALTER DATABASE {PG_TEMPLATE_DB} WITH IS_TEMPLATE false", f"DROP DATABASE {PG_TEMPLATE_DB}")
    _psql(info, port, f"DROP DATABASE IF EXISTS {PG_BUILD_DB} WITH (FORCE)", f"CREATE DATABASE {PG_BUILD_DB}")
    creds = {
        "username": ADMIN_USERNAME,
        "password": secrets.token_urlsafe(18),
        "legacy_token": secrets.token_hex(20),
    }
    env = _server_env(lay, tmp)
    env.update(_pg_settings(info, port, PG_BUILD_DB))
    env["LABEL_STUDIO_PASSWORD"] = creds["password"]
    env["LABEL_STUDIO_USER_TOKEN"] = creds["legacy_token"]
    cmd = [str(lay.ls_bin), "init", "-q", "--username", ADMIN_USERNAME]
    if _init_supports(lay, "--enable-legacy-api-token"):
        cmd.append("--enable-legacy-api-token")
    template_log = _pg_template_log(lay)
    with open(template_log, "wb") as out:
        rc = subprocess.run(
            cmd, env=env, cwd=lay.instance_dir, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        ).returncode
    if rc != 0 or "successfully initialized" not in template_log.read_text(errors="replace"):
        raise ServerError(
            f"`label-studio init` on PostgreSQL failed (rc={rc}); last lines of {_rel(template_log)}:\n"
            + _tail(template_log)
        )
    stamp = secrets.token_hex(8)
    _psql(
        info,
        port,
        f"ALTER DATABASE {PG_BUILD_DB} RENAME TO {PG_TEMPLATE_DB}",
        # a template nobody connects to: CREATE DATABASE ... TEMPLATE fails while it has sessions
        f"ALTER DATABASE {PG_TEMPLATE_DB} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false",
        f"COMMENT ON DATABASE {PG_TEMPLATE_DB} IS 'lsclient {lay.version} {stamp}'",
    )
    _write_private(tmp / CREDENTIALS_NAME, json.dumps(creds, indent=2) + "\n")
    (tmp / TEMPLATE_MARKER_NAME).write_text(f"{lay.version} {stamp}\n")
    os.replace(tmp, tdir)
    log(f"built the PostgreSQL template in {time.monotonic() - t0:.0f} s")


def _pg_template_log(lay: Layout) -> Path:
    return lay.instance_dir / "template-postgresql.log"


def ensure_gunicorn(lay: Layout, log: Log = _print) -> None:
    """Install the pinned gunicorn into the release's Label Studio venv (never the SDK's) unless it is there."""
    if any(lay.venv_dir.glob(f"lib/python*/site-packages/gunicorn-{GUNICORN_VERSION}.dist-info")):
        return
    log(f"installing gunicorn {GUNICORN_VERSION} into {_rel(lay.venv_dir)} (one-time)")
    t0 = time.monotonic()
    cmd = [str(lay.venv_python), "-m", "pip", "install", "--disable-pip-version-check", f"gunicorn=={GUNICORN_VERSION}"]
    with open(lay.install_log, "ab") as out:
        out.write(("$ " + shlex.join(cmd) + "\n").encode())
        out.flush()
        rc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL).returncode
    if rc != 0:
        raise ServerError(
            f"`{shlex.join(cmd)}` failed (rc={rc}); last lines of {_rel(lay.install_log)}:\n{_tail(lay.install_log)}"
        )
    log(f"installed gunicorn in {time.monotonic() - t0:.0f} s")


def _ls_package_dir(lay: Layout) -> Path:
    for path in sorted(lay.venv_dir.glob("lib/python*/site-packages/label_studio")):
        if (path / "core" / "wsgi.py").exists():
            # resolved: through a symlinked venv, the unresolved path and the one on sys.path would make two
            # locations of LS's namespace packages (jwt_auth, ...), which Django refuses
            return path.resolve()
    raise ServerError(f"no label_studio package with core/wsgi.py in {_rel(lay.venv_dir)}")


# ------------------------------------------------------------------------------------- start / stop


def _create_pat(lay: Layout, url: str, legacy_token: str, username: str) -> str | None:
    """Create a personal access token (JWT refresh token) with the legacy token and verify it end to end.

    Returns None if the release has no personal access tokens (``POST /api/token/`` is not routed).
    """
    legacy = {"Authorization": f"Token {legacy_token}"}
    status, body = _http("GET", f"{url}/api/current-user/whoami", headers=legacy)
    if status != 200:
        raise ServerError(f"legacy token rejected by GET /api/current-user/whoami: {status} {body}")
    status, body = _http("POST", f"{url}/api/token/", headers=legacy)
    if status in (404, 405):
        return None
    if status == 409:
        raise ServerError(
            "POST /api/token/ -> 409: the admin already has a personal access token, which should be impossible on "
            f"a fresh copy of the template. Delete {_rel(lay.template_dir)} to rebuild it. ({body})"
        )
    if status != 201 or not isinstance(body, dict) or not body.get("token"):
        raise ServerError(f"POST /api/token/ -> {status} {body}")
    pat = str(body["token"])
    status, body = _http("POST", f"{url}/api/token/refresh/", body={"refresh": pat})
    if status != 200 or not isinstance(body, dict) or not body.get("access"):
        raise ServerError(f"POST /api/token/refresh/ with the new PAT -> {status} {body}")
    status, body = _http("GET", f"{url}/api/current-user/whoami", headers={"Authorization": f"Bearer {body['access']}"})
    if status != 200 or not isinstance(body, dict) or body.get("email") != username:
        raise ServerError(f"GET /api/current-user/whoami with a Bearer access token -> {status} {body}")
    return pat


def _stop_pid(pid: int, log: Log) -> None:
    """SIGTERM the process group of ``pid``, SIGKILL after STOP_TIMEOUT_S."""
    for sig, wait in ((signal.SIGTERM, STOP_TIMEOUT_S), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pid, sig)  # started with start_new_session=True, so pgid == pid
        except ProcessLookupError:
            return
        except PermissionError:
            os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not _pid_alive(pid):
                return
            time.sleep(0.1)
        if sig == signal.SIGTERM:
            log(f"pid {pid} ignored SIGTERM for {STOP_TIMEOUT_S:.0f} s, sending SIGKILL")
    if _pid_alive(pid):
        raise ServerError(f"could not stop pid {pid}")


# Popen objects of servers started by this process: kept so stop() can reap them (no zombie, no ResourceWarning)
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


def _cleanup_files(lay: Layout) -> None:
    for path in (lay.pid_file, lay.env_file):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def start(
    port: int | None = None,
    log: Log = _print,
    version: str | None = None,
    db: str | None = None,
    workers: int | str | None = None,
) -> dict[str, str]:
    """Start the server of ``version`` (or reuse a running one) and return the values written to its env file.

    ``db``/``workers`` choose the shape (see ``resolve_shape``; default: the environment, else SQLite).
    """
    return ensure_running(port, log, version, db=db, workers=workers)[0]


@dataclass
class _Launch:
    """A server process just started, and what start() needs to finish the job."""

    proc: subprocess.Popen[bytes]
    creds: dict[str, str]
    extra: dict[str, str]  # env-file values of the shape
    ready: Callable[[], bool]  # beyond /health/: e.g. all gunicorn workers booted
    t0: float  # when the one-time steps were done and the start proper began


def _launch_runserver(lay: Layout, port: int, log: Log) -> _Launch:
    ensure_installed(log, lay.version)
    ensure_template(log, lay.version)
    creds = _read_credentials(lay.template_dir)
    t0 = time.monotonic()
    if lay.data_dir.exists():
        shutil.rmtree(lay.data_dir)
    shutil.copytree(lay.template_dir, lay.data_dir, symlinks=True)
    lay.files_dir.mkdir(parents=True, exist_ok=True)
    # --debug is required: without it LS silently moves to the next free port when PORT is busy
    cmd = [str(lay.ls_bin), "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(port), "--debug"]
    proc = _spawn(lay, cmd, _server_env(lay, lay.data_dir), lay.instance_dir)
    return _Launch(proc, creds, {}, lambda: True, t0)


def _launch(lay: Layout, port: int, log: Log, *, append_log: bool = False) -> subprocess.Popen[bytes]:
    """Start the development server on ``port`` with the data dir as it is (no fresh template: :func:`resume`),
    write the pid file, wait until it is healthy. On failure the process is stopped and the pid and env files
    are removed."""
    lay.files_dir.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{port}"
    cmd = [str(lay.ls_bin), "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(port), "--debug"]
    proc = _spawn(lay, cmd, _server_env(lay, lay.data_dir), lay.instance_dir, append_log=append_log)
    deadline = time.monotonic() + HEALTH_TIMEOUT_S
    while not is_healthy(url, timeout=1.0):
        if proc.poll() is not None:
            _CHILDREN.pop(proc.pid, None)
            _cleanup_files(lay)
            raise ServerError(
                f"label-studio exited with rc={proc.returncode} before becoming healthy; "
                f"last lines of {_rel(lay.log_file)}:\n{_tail(lay.log_file)}"
            )
        if time.monotonic() > deadline:
            _stop_pid(proc.pid, log)
            _cleanup_files(lay)
            raise ServerError(
                f"{url}/health/ did not answer 200 within {HEALTH_TIMEOUT_S:.0f} s; "
                f"last lines of {_rel(lay.log_file)}:\n{_tail(lay.log_file)}"
            )
        time.sleep(0.25)
    return proc


def _launch_gunicorn(lay: Layout, port: int, shape: Shape, log: Log) -> _Launch:
    ensure_installed(log, lay.version)
    ensure_gunicorn(lay, log)
    info, pg_port = ensure_cluster_running(lay, log)
    ensure_pg_template(lay, info, pg_port, log)
    tdir = _pg_template_dir(lay)
    creds = _read_credentials(tdir)
    t0 = time.monotonic()
    # a fresh database and data dir on every start, like the SQLite server's copy of its template
    _psql(
        info,
        pg_port,
        f"DROP DATABASE IF EXISTS {PG_RUN_DB} WITH (FORCE)",
        f"CREATE DATABASE {PG_RUN_DB} TEMPLATE {PG_TEMPLATE_DB}",
    )
    if lay.data_dir.exists():
        shutil.rmtree(lay.data_dir)
    shutil.copytree(tdir, lay.data_dir, symlinks=True)
    lay.files_dir.mkdir(parents=True, exist_ok=True)
    env = _server_env(lay, lay.data_dir)
    env.update(_pg_settings(info, pg_port, PG_RUN_DB))
    env["DJANGO_SETTINGS_MODULE"] = "core.settings.label_studio"
    package = _ls_package_dir(lay)
    cmd = [str(lay.venv_python), "-m", "gunicorn", "--config", str(GUNICORN_CONF)]
    cmd += ["--bind", f"127.0.0.1:{port}", "--workers", str(shape.workers), "--chdir", str(package)]
    cmd += ["core.wsgi:application"]
    proc = _spawn(lay, cmd, env, package)

    def all_workers_ready() -> bool:
        try:
            return lay.log_file.read_text(errors="replace").count(WORKER_READY_MARK) >= shape.workers
        except OSError:
            return False

    extra = {"LABEL_STUDIO_SERVER_DB_PORT": str(pg_port)}
    return _Launch(proc, creds, extra, all_workers_ready, t0)


def _spawn(
    lay: Layout, cmd: list[str], env: dict[str, str], cwd: Path, *, append_log: bool = False
) -> subprocess.Popen[bytes]:
    with open(lay.log_file, "ab" if append_log else "wb") as out:
        proc = subprocess.Popen(
            cmd,
            env=env,
            cwd=cwd,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    _CHILDREN[proc.pid] = proc
    lay.pid_file.write_text(f"{proc.pid}\n")
    return proc


def ensure_running(
    port: int | None = None,
    log: Log = _print,
    version: str | None = None,
    db: str | None = None,
    workers: int | str | None = None,
) -> tuple[dict[str, str], bool]:
    """Like ``start()``, but also say whether this call started the server (True) or found it running (False).

    Raises ServerError if the release's server already runs in another shape (stop it first).
    """
    lay = layout(version)
    shape = resolve_shape(db, workers)
    with _locked(lay):
        env = running_env(lay.version)
        if env is not None:
            running = env_shape(env)
            if running != shape:
                raise ServerError(
                    f"label-studio {lay.version} is already running at {env['LABEL_STUDIO_URL']} on "
                    f"{running.describe()}, not {shape.describe()}: stop it first (make server-stop)"
                )
            log(f"label-studio {lay.version} already running at {env['LABEL_STUDIO_URL']} ({running.describe()})")
            return env, False
        stale = _running_pid(lay)
        if stale is not None:
            log(f"stopping stale server pid {stale} (not healthy or no env file)")
            _stop_pid(stale, log)
        _cleanup_files(lay)

        port = _resolve_port(port)
        if not _port_free(port):
            raise ServerError(
                f"port {port} on 127.0.0.1 is already in use by another process; "
                f"free it or choose another port with {PORT_ENV_VAR}=<port>"
            )
        if shape.db == "sqlite":
            launch = _launch_runserver(lay, port, log)
        else:
            launch = _launch_gunicorn(lay, port, shape, log)
        proc, creds = launch.proc, launch.creds
        url = f"http://127.0.0.1:{port}"

        deadline = time.monotonic() + HEALTH_TIMEOUT_S
        while not (is_healthy(url, timeout=1.0) and launch.ready()):
            if proc.poll() is not None:
                _CHILDREN.pop(proc.pid, None)
                _cleanup_files(lay)
                raise ServerError(
                    f"label-studio exited with rc={proc.returncode} before becoming healthy; "
                    f"last lines of {_rel(lay.log_file)}:\n{_tail(lay.log_file)}"
                )
            if time.monotonic() > deadline:
                _stop_pid(proc.pid, log)
                _cleanup_files(lay)
                raise ServerError(
                    f"{url}/health/ did not answer 200 (or not every worker booted) within {HEALTH_TIMEOUT_S:.0f} s; "
                    f"last lines of {_rel(lay.log_file)}:\n{_tail(lay.log_file)}"
                )
            time.sleep(0.25)
        elapsed = time.monotonic() - launch.t0

        try:
            pat = _create_pat(lay, url, creds["legacy_token"], creds["username"])
        except BaseException:
            _stop_pid(proc.pid, log)
            _cleanup_files(lay)
            raise
        if pat is None:
            log(f"label-studio {lay.version} has no personal access tokens: LABEL_STUDIO_API_KEY is the legacy token")
        values = {
            "LABEL_STUDIO_URL": url,
            "LABEL_STUDIO_API_KEY": pat if pat is not None else creds["legacy_token"],
            "LABEL_STUDIO_API_KEY_KIND": "pat" if pat is not None else "legacy",
            "LABEL_STUDIO_LEGACY_TOKEN": creds["legacy_token"],
            "LABEL_STUDIO_USERNAME": creds["username"],
            "LABEL_STUDIO_PASSWORD": creds["password"],
            "LABEL_STUDIO_LOCAL_FILES_ROOT": str(lay.files_dir),
            "LABEL_STUDIO_VERSION": lay.version,
            "LABEL_STUDIO_SERVER_DB": shape.db,
            "LABEL_STUDIO_SERVER_WSGI": shape.wsgi,
            "LABEL_STUDIO_SERVER_WORKERS": str(shape.workers),
            **launch.extra,
        }
        _write_env(lay, values)
        where = f"{url} (pid {proc.pid}; env in {_rel(lay.env_file)})"
        log(f"label-studio {lay.version} ({shape.describe()}) started in {elapsed:.1f} s at {where}")
        return values, True


def stop(log: Log = _print, version: str | None = None) -> bool:
    """Stop the server of ``version`` named by its pid file, then its PostgreSQL if that runs.

    Returns False if nothing was running.
    """
    lay = layout(version)
    with _locked(lay):
        pid = _running_pid(lay)
        if pid is not None:
            _stop_pid(pid, log)
            proc = _CHILDREN.pop(pid, None)
            if proc is not None:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=1)
            log(f"stopped label-studio {lay.version} (pid {pid})")
        _cleanup_files(lay)
        cluster_ran = _stop_cluster(lay, log)
        if pid is None and not cluster_ran:
            log("not running")
            return False
        return True


def kill(log: Log = _print, version: str | None = None) -> bool:
    """SIGKILL the running server of ``version``, as a crash would, and keep its data dir and env file for
    :func:`resume` (tests use it to kill the server mid-operation). Returns False if nothing was running."""
    lay = layout(version)
    with _locked(lay):
        pid = _running_pid(lay)
        if pid is None:
            log("not running")
            return False
        try:
            os.killpg(pid, signal.SIGKILL)  # started with start_new_session=True, so pgid == pid
        except ProcessLookupError:
            pass
        except PermissionError:
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while _pid_alive(pid):
            if time.monotonic() > deadline:
                raise ServerError(f"pid {pid} survived SIGKILL for {STOP_TIMEOUT_S:.0f} s")
            time.sleep(0.05)
        proc = _CHILDREN.pop(pid, None)
        if proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=1)
        with contextlib.suppress(FileNotFoundError):
            lay.pid_file.unlink()
        log(f"killed label-studio {lay.version} (pid {pid}); its data is kept")
        return True


def resume(log: Log = _print, version: str | None = None) -> dict[str, str]:
    """Start the server of ``version`` again on its data dir as it is (unlike :func:`start`, which copies a fresh
    template) and on the port of its env file, whose credentials stay valid; return the env values.

    :raises ServerError: no env file or data dir to resume from, or the server does not come up.
    """
    lay = layout(version)
    with _locked(lay):
        env = read_env(lay.version)
        if env is None or not lay.data_dir.is_dir():
            raise ServerError(f"nothing to resume: no {_rel(lay.env_file)} or {_rel(lay.data_dir)} (use start)")
        if _running_pid(lay) is not None and is_healthy(env["LABEL_STUDIO_URL"]):
            log(f"label-studio {lay.version} already running at {env['LABEL_STUDIO_URL']}")
            return env
        if env_shape(env).db != "sqlite":
            raise ServerError(
                "resume (and restart) keep the data of the SQLite shape only; this server runs on PostgreSQL"
            )
        port = urllib.parse.urlsplit(env["LABEL_STUDIO_URL"]).port or DEFAULT_PORT
        t0 = time.monotonic()
        proc = _launch(lay, port, log, append_log=True)
        if not credentials_work(env):
            _stop_pid(proc.pid, log)
            _cleanup_files(lay)
            raise ServerError(f"label-studio came back at {env['LABEL_STUDIO_URL']} but refuses the kept credentials")
        log(f"label-studio {lay.version} resumed in {time.monotonic() - t0:.1f} s (pid {proc.pid}), data kept")
        return env


def restart(log: Log = _print, version: str | None = None) -> dict[str, str]:
    """Kill the running server of ``version`` and start it again keeping its data (:func:`kill`, :func:`resume`)."""
    kill(log, version)
    return resume(log, version)


def status(log: Log = _print, version: str | None = None) -> bool:
    """Print running/not running; True if running and healthy."""
    lay = layout(version)
    env = running_env(lay.version)
    if env is None:
        pid = _running_pid(lay)
        log(
            f"label-studio {lay.version}: "
            + (f"not running (pid {pid} is alive but not healthy)" if pid else "not running")
        )
        return False
    shape = env_shape(env)
    log(f"label-studio {lay.version} running at {env['LABEL_STUDIO_URL']} (pid {_read_pid(lay)}; {shape.describe()})")
    return True


# Names of values that are credentials: never written to a terminal.
_SECRET_NAME = re.compile(r"(?:KEY|TOKEN|PASSWORD|SECRET)(?:_ID)?$")


def print_env(values: dict[str, str], command: str, out: TextIO | None = None) -> None:
    """Print ``values`` as shell-sourceable ``NAME=value`` lines, for ``eval "$(command)"``.

    On a terminal the credentials (names with KEY, TOKEN, PASSWORD or SECRET) are not shown: their lines become
    comments saying how to set them, so a key never lands in a scrollback, a screen share or a terminal log. Piped
    (``eval "$(...)"``, ``> file``), every value is written.
    """
    out = out if out is not None else sys.stdout
    hide = out.isatty()
    for name, value in values.items():
        if hide and _SECRET_NAME.search(name):
            out.write(f'# {name}: not shown on a terminal; eval "$({command})" sets it\n')
        else:
            out.write(f"{name}={shlex.quote(value)}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument(
        "--version",
        dest="ls_version",
        metavar="VERSION",
        help=f"Label Studio release (default: ${VERSION_ENV_VAR} or {DEFAULT_VERSION})",
    )
    parser.add_argument("--port", type=int, help=f"port for start (default: ${PORT_ENV_VAR} or {DEFAULT_PORT})")
    parser.add_argument(
        "--db",
        choices=DATABASES,
        help=f"database of the server started (default: ${DB_ENV_VAR} or sqlite); postgresql runs gunicorn",
    )
    parser.add_argument(
        "--workers",
        type=int,
        help=f"gunicorn worker processes, with --db postgresql (default: ${WORKERS_ENV_VAR} or {DEFAULT_WORKERS})",
    )
    parser.add_argument("command", choices=["start", "stop", "status", "env"])
    args = parser.parse_args(argv)
    try:
        version = resolve_version(args.ls_version)
        if args.command == "start":
            start(args.port, version=version, db=args.db, workers=args.workers)
            return 0
        if args.command == "stop":
            stop(version=version)
            return 0
        if args.command == "restart":
            restart(version=version)
            return 0
        if args.command == "status":
            return 0 if status(version=version) else 1
        env_file = layout(version).env_file
        hint = "" if version == DEFAULT_VERSION else f"--version {version} "
        if not env_file.exists():
            print(
                f"no {_rel(env_file)}: the server is not running (python3 scripts/ls_server.py {hint}start)",
                file=sys.stderr,
            )
            return 1
        print_env(read_env(version) or {}, f"python3 scripts/ls_server.py {hint}env")
        return 0
    except ServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

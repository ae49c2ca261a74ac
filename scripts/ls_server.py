#!/usr/bin/env python3
"""Start, stop and inspect a real local Label Studio for tests and demos (stdlib only).

Usage::

    python3 scripts/ls_server.py start    # install (once), build the template (once), start, write .server/env
    python3 scripts/ls_server.py status   # exit 0 if running, 1 if not
    python3 scripts/ls_server.py env      # print .server/env (shell-sourceable NAME=value lines)
    python3 scripts/ls_server.py stop
    python3 scripts/ls_server.py --version 1.22.0 start   # another release, side by side (own venv, data, env)

The Label Studio release comes from ``--version`` or ``LSCLIENT_LS_VERSION`` (default 1.23.2), the port from
``--port`` or ``LSCLIENT_SERVER_PORT`` (default 8080; give a second server its own port).

Everything lives under ``<repo>/.server/`` (git-ignored), or under ``LSCLIENT_SERVER_HOME`` when it is set (the
benchmark runs its servers in a directory of its own, beside ``make server``'s). For the default release:

* ``venv/``: Label Studio's own virtualenv (never the SDK's venv), marked complete by ``venv/.lsclient-installed``.
* ``template-<version>/``: a migrated data dir with the admin user and its credentials (``credentials.json``).
* ``data/``: the throw-away data dir of the running server, a fresh copy of the template on every start.
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
``legacy``). The module is importable: ``start()``, ``stop()``, ``ensure_running()``, ``status()``,
``read_env()``, ``is_healthy()``, ``running_env()``, ``credentials_work()``, ``layout()``; each takes an
optional ``version`` (default: ``LSCLIENT_LS_VERSION`` or 1.23.2).
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
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_VERSION = "1.23.2"
LABEL_STUDIO_VERSION = DEFAULT_VERSION  # the default release (name kept for callers of the single-version harness)
VERSION_ENV_VAR = "LSCLIENT_LS_VERSION"
ADMIN_USERNAME = "admin@example.com"
DEFAULT_PORT = 8080
PORT_ENV_VAR = "LSCLIENT_SERVER_PORT"
HEALTH_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 15.0

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
    """Guard against a recycled pid: the process must be a label-studio."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return _pid_alive(pid)  # no procfs: best effort
    return "label-studio" in cmdline


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


def _server_env(lay: Layout, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("LABEL_STUDIO_USERNAME", "LABEL_STUDIO_PASSWORD", "LABEL_STUDIO_USER_TOKEN", "PYTHONPATH"):
        env.pop(name, None)  # never leak the caller's settings into the server
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


def start(port: int | None = None, log: Log = _print, version: str | None = None) -> dict[str, str]:
    """Start the server of ``version`` (or reuse a running one) and return the values written to its env file."""
    return ensure_running(port, log, version)[0]


def ensure_running(
    port: int | None = None, log: Log = _print, version: str | None = None
) -> tuple[dict[str, str], bool]:
    """Like ``start()``, but also say whether this call started the server (True) or found it running (False)."""
    lay = layout(version)
    with _locked(lay):
        env = running_env(lay.version)
        if env is not None:
            log(f"label-studio {lay.version} already running at {env['LABEL_STUDIO_URL']}")
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
        ensure_installed(log, lay.version)
        ensure_template(log, lay.version)
        creds = _read_credentials(lay.template_dir)

        t0 = time.monotonic()
        if lay.data_dir.exists():
            shutil.rmtree(lay.data_dir)
        shutil.copytree(lay.template_dir, lay.data_dir, symlinks=True)
        lay.files_dir.mkdir(parents=True, exist_ok=True)
        url = f"http://127.0.0.1:{port}"
        # --debug is required: without it LS silently moves to the next free port when PORT is busy
        cmd = [str(lay.ls_bin), "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(port), "--debug"]
        with open(lay.log_file, "wb") as out:
            proc = subprocess.Popen(
                cmd,
                env=_server_env(lay, lay.data_dir),
                cwd=lay.instance_dir,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        _CHILDREN[proc.pid] = proc
        lay.pid_file.write_text(f"{proc.pid}\n")

        deadline = t0 + HEALTH_TIMEOUT_S
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
        elapsed = time.monotonic() - t0

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
        }
        _write_env(lay, values)
        where = f"{url} (pid {proc.pid}; env in {_rel(lay.env_file)})"
        log(f"label-studio {lay.version} started in {elapsed:.1f} s at {where}")
        return values, True


def stop(log: Log = _print, version: str | None = None) -> bool:
    """Stop the server of ``version`` named by its pid file. Returns False if nothing was running."""
    lay = layout(version)
    with _locked(lay):
        pid = _running_pid(lay)
        if pid is None:
            _cleanup_files(lay)
            log("not running")
            return False
        _stop_pid(pid, log)
        proc = _CHILDREN.pop(pid, None)
        if proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=1)
        _cleanup_files(lay)
        log(f"stopped label-studio {lay.version} (pid {pid})")
        return True


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
    log(f"label-studio {lay.version} running at {env['LABEL_STUDIO_URL']} (pid {_read_pid(lay)})")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument(
        "--version",
        dest="ls_version",
        metavar="VERSION",
        help=f"Label Studio release (default: ${VERSION_ENV_VAR} or {DEFAULT_VERSION})",
    )
    parser.add_argument("--port", type=int, help=f"port for start (default: ${PORT_ENV_VAR} or {DEFAULT_PORT})")
    parser.add_argument("command", choices=["start", "stop", "status", "env"])
    args = parser.parse_args(argv)
    try:
        version = resolve_version(args.ls_version)
        if args.command == "start":
            start(args.port, version=version)
            return 0
        if args.command == "stop":
            stop(version=version)
            return 0
        if args.command == "status":
            return 0 if status(version=version) else 1
        env_file = layout(version).env_file
        if not env_file.exists():
            hint = "" if version == DEFAULT_VERSION else f"--version {version} "
            print(
                f"no {_rel(env_file)}: the server is not running (python3 scripts/ls_server.py {hint}start)",
                file=sys.stderr,
            )
            return 1
        sys.stdout.write(env_file.read_text())
        return 0
    except ServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

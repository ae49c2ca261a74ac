#!/usr/bin/env python3
"""Start, stop and inspect a real local Label Studio for tests and demos (stdlib only).

Usage::

    python3 scripts/ls_server.py start    # install (once), build the template (once), start, write .server/env
    python3 scripts/ls_server.py status   # exit 0 if running, 1 if not
    python3 scripts/ls_server.py env      # print .server/env (shell-sourceable NAME=value lines)
    python3 scripts/ls_server.py stop

Everything lives under ``<repo>/.server/`` (git-ignored):

* ``venv/``: Label Studio's own virtualenv (never the SDK's venv), marked complete by ``venv/.lsclient-installed``.
* ``template-<version>/``: a migrated data dir with the admin user and its credentials (``credentials.json``).
* ``data/``: the throw-away data dir of the running server, a fresh copy of the template on every start.
* ``files/``: ``LOCAL_FILES_DOCUMENT_ROOT`` of the server.
* ``server.log``, ``server.pid``, ``env``.

The port comes from ``LSCLIENT_SERVER_PORT`` (default 8080). The module is importable: ``start()``, ``stop()``,
``ensure_running()``, ``status()``, ``read_env()``, ``is_healthy()``, ``running_env()``, ``credentials_work()``.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
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
from pathlib import Path
from typing import Any

LABEL_STUDIO_VERSION = "1.23.2"
ADMIN_USERNAME = "admin@example.com"
DEFAULT_PORT = 8080
PORT_ENV_VAR = "LSCLIENT_SERVER_PORT"
HEALTH_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 15.0

ROOT = Path(__file__).resolve().parent.parent
SERVER_DIR = ROOT / ".server"
VENV_DIR = SERVER_DIR / "venv"
VENV_PYTHON = VENV_DIR / "bin" / "python"
LS_BIN = VENV_DIR / "bin" / "label-studio"
INSTALL_MARKER = VENV_DIR / ".lsclient-installed"
INSTALL_LOG = SERVER_DIR / "install.log"
TEMPLATE_DIR = SERVER_DIR / f"template-{LABEL_STUDIO_VERSION}"
TEMPLATE_MARKER_NAME = ".lsclient-template-complete"
CREDENTIALS_NAME = "credentials.json"
TEMPLATE_LOG = SERVER_DIR / "template.log"
DATA_DIR = SERVER_DIR / "data"
FILES_DIR = SERVER_DIR / "files"
LOG_FILE = SERVER_DIR / "server.log"
PID_FILE = SERVER_DIR / "server.pid"
ENV_FILE = SERVER_DIR / "env"
LOCK_FILE = SERVER_DIR / ".lock"

Log = Callable[[str], None]


class ServerError(RuntimeError):
    """Starting or talking to the local Label Studio failed; the message says why."""


def _print(msg: str) -> None:
    print(msg, flush=True)


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


@contextlib.contextmanager
def _locked() -> Iterator[None]:
    """Serialize start/stop between processes (e.g. two pytest sessions starting at once)."""
    SERVER_DIR.mkdir(parents=True, exist_ok=True)
    with open(LOCK_FILE, "a+") as fh:
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
    """True if ``GET <url>/health/`` answers 200."""
    try:
        status, _ = _http("GET", url.rstrip("/") + "/health/", timeout=timeout)
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
    """Guard against a recycled pid: the process must be a label-studio started from our venv."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return _pid_alive(pid)  # no procfs: best effort
    return "label-studio" in cmdline


def _read_pid() -> int | None:
    try:
        return int(PID_FILE.read_text().strip())
    except (OSError, ValueError):
        return None


def _running_pid() -> int | None:
    pid = _read_pid()
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


def read_env() -> dict[str, str] | None:
    """Parse ``.server/env`` into a dict, or None if it does not exist."""
    try:
        text = ENV_FILE.read_text()
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


def _write_env(values: dict[str, str]) -> None:
    lines = ["# written by scripts/ls_server.py start; removed by stop"]
    lines += [f"{name}={shlex.quote(value)}" for name, value in values.items()]
    _write_private(ENV_FILE, "\n".join(lines) + "\n")


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


def running_env() -> dict[str, str] | None:
    """The env values if our server (pid file) is alive, healthy and ``.server/env`` exists; else None."""
    env = read_env()
    if env is None or _running_pid() is None:
        return None
    url = env.get("LABEL_STUDIO_URL", "")
    return env if url and is_healthy(url) else None


# ----------------------------------------------------------------------------------- install/template


def _server_env(data_dir: Path) -> dict[str, str]:
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
            "LOCAL_FILES_DOCUMENT_ROOT": str(FILES_DIR),
            "VIRTUAL_ENV": str(VENV_DIR),
            "PATH": str(VENV_DIR / "bin") + os.pathsep + env.get("PATH", ""),
        }
    )
    return env


def _installed_version() -> str | None:
    """Version of label-studio in our venv (imports nothing of LS; `label-studio --version` would START a server)."""
    code = "import importlib.metadata as m; print(m.version('label-studio'))"
    try:
        out = subprocess.run([str(VENV_PYTHON), "-c", code], capture_output=True, text=True, check=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip()


def ensure_installed(log: Log = _print) -> None:
    """Install label-studio==LABEL_STUDIO_VERSION into .server/venv unless the marker says it is there."""
    if LS_BIN.exists() and INSTALL_MARKER.exists() and INSTALL_MARKER.read_text().strip() == LABEL_STUDIO_VERSION:
        return
    log(f"installing label-studio {LABEL_STUDIO_VERSION} into {_rel(VENV_DIR)} (one-time, ~3 min)")
    t0 = time.monotonic()
    if VENV_DIR.exists():
        shutil.rmtree(VENV_DIR)  # half-finished or other version: start clean
    SERVER_DIR.mkdir(parents=True, exist_ok=True)
    with open(INSTALL_LOG, "wb") as out:
        steps = [
            [sys.executable, "-m", "venv", str(VENV_DIR)],
            [
                str(VENV_PYTHON),
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                f"label-studio=={LABEL_STUDIO_VERSION}",
            ],
        ]
        for cmd in steps:
            out.write(("$ " + shlex.join(cmd) + "\n").encode())
            out.flush()
            rc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL).returncode
            if rc != 0:
                raise ServerError(
                    f"`{shlex.join(cmd)}` failed (rc={rc}); last lines of {_rel(INSTALL_LOG)}:\n" + _tail(INSTALL_LOG)
                )
    version = _installed_version()
    if version != LABEL_STUDIO_VERSION or not LS_BIN.exists():
        raise ServerError(f"installed label-studio reports version {version!r}, expected {LABEL_STUDIO_VERSION}")
    INSTALL_MARKER.write_text(LABEL_STUDIO_VERSION + "\n")
    log(f"installed label-studio {LABEL_STUDIO_VERSION} in {time.monotonic() - t0:.0f} s")


def _read_credentials(data_dir: Path) -> dict[str, str]:
    try:
        creds = json.loads((data_dir / CREDENTIALS_NAME).read_text())
    except (OSError, ValueError) as exc:
        raise ServerError(f"cannot read {_rel(data_dir / CREDENTIALS_NAME)}: {exc}") from exc
    return {k: str(creds[k]) for k in ("username", "password", "legacy_token")}


def ensure_template(log: Log = _print) -> None:
    """Build the migrated template data dir (admin user, legacy token, legacy tokens enabled) once."""
    if (TEMPLATE_DIR / TEMPLATE_MARKER_NAME).exists():
        return
    log(f"building template data dir {_rel(TEMPLATE_DIR)} (one-time, ~30-50 s)")
    t0 = time.monotonic()
    tmp = SERVER_DIR / f"{TEMPLATE_DIR.name}.building"
    for leftover in (tmp, TEMPLATE_DIR):
        if leftover.exists():
            shutil.rmtree(leftover)
    tmp.mkdir(parents=True)
    creds = {
        "username": ADMIN_USERNAME,
        "password": secrets.token_urlsafe(18),
        "legacy_token": secrets.token_hex(20),  # 40 hex chars, like the tokens Label Studio generates
    }
    env = _server_env(tmp)
    # password and token via env (read by LS's get_env), so they never show up in `ps`
    env["LABEL_STUDIO_PASSWORD"] = creds["password"]
    env["LABEL_STUDIO_USER_TOKEN"] = creds["legacy_token"]
    cmd = [str(LS_BIN), "init", "-q", "--username", ADMIN_USERNAME, "--enable-legacy-api-token"]
    with open(TEMPLATE_LOG, "wb") as out:
        rc = subprocess.run(
            cmd, env=env, cwd=SERVER_DIR, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        ).returncode
    text = TEMPLATE_LOG.read_text(errors="replace")
    if rc != 0 or "successfully initialized" not in text or not any(tmp.glob("*.sqlite3")):
        raise ServerError(
            f"`label-studio init` failed (rc={rc}); last lines of {_rel(TEMPLATE_LOG)}:\n" + _tail(TEMPLATE_LOG)
        )
    _write_private(tmp / CREDENTIALS_NAME, json.dumps(creds, indent=2) + "\n")
    (tmp / TEMPLATE_MARKER_NAME).write_text(LABEL_STUDIO_VERSION + "\n")
    os.replace(tmp, TEMPLATE_DIR)
    log(f"built template data dir in {time.monotonic() - t0:.0f} s")


# ------------------------------------------------------------------------------------- start / stop


def _create_pat(url: str, legacy_token: str, username: str) -> str:
    """Create a personal access token (JWT refresh token) with the legacy token and verify it end to end."""
    legacy = {"Authorization": f"Token {legacy_token}"}
    status, body = _http("GET", f"{url}/api/current-user/whoami", headers=legacy)
    if status != 200:
        raise ServerError(f"legacy token rejected by GET /api/current-user/whoami: {status} {body}")
    status, body = _http("POST", f"{url}/api/token/", headers=legacy)
    if status == 409:
        raise ServerError(
            "POST /api/token/ -> 409: the admin already has a personal access token, which should be impossible on "
            f"a fresh copy of the template. Delete {_rel(TEMPLATE_DIR)} to rebuild it. ({body})"
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


def _cleanup_files() -> None:
    for path in (PID_FILE, ENV_FILE):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def start(port: int | None = None, log: Log = _print) -> dict[str, str]:
    """Start the server (or reuse a running one) and return the values written to ``.server/env``."""
    return ensure_running(port, log)[0]


def ensure_running(port: int | None = None, log: Log = _print) -> tuple[dict[str, str], bool]:
    """Like ``start()``, but also say whether this call started the server (True) or found it running (False)."""
    with _locked():
        env = running_env()
        if env is not None:
            log(f"already running at {env['LABEL_STUDIO_URL']}")
            return env, False
        stale = _running_pid()
        if stale is not None:
            log(f"stopping stale server pid {stale} (not healthy or no env file)")
            _stop_pid(stale, log)
        _cleanup_files()

        port = _resolve_port(port)
        if not _port_free(port):
            raise ServerError(
                f"port {port} on 127.0.0.1 is already in use by another process; "
                f"free it or choose another port with {PORT_ENV_VAR}=<port>"
            )
        ensure_installed(log)
        ensure_template(log)
        creds = _read_credentials(TEMPLATE_DIR)

        t0 = time.monotonic()
        if DATA_DIR.exists():
            shutil.rmtree(DATA_DIR)
        shutil.copytree(TEMPLATE_DIR, DATA_DIR, symlinks=True)
        FILES_DIR.mkdir(parents=True, exist_ok=True)
        url = f"http://127.0.0.1:{port}"
        # --debug is required: without it LS silently moves to the next free port when PORT is busy
        cmd = [str(LS_BIN), "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(port), "--debug"]
        with open(LOG_FILE, "wb") as out:
            proc = subprocess.Popen(
                cmd,
                env=_server_env(DATA_DIR),
                cwd=SERVER_DIR,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        _CHILDREN[proc.pid] = proc
        PID_FILE.write_text(f"{proc.pid}\n")

        deadline = t0 + HEALTH_TIMEOUT_S
        while not is_healthy(url, timeout=1.0):
            if proc.poll() is not None:
                _CHILDREN.pop(proc.pid, None)
                _cleanup_files()
                raise ServerError(
                    f"label-studio exited with rc={proc.returncode} before becoming healthy; "
                    f"last lines of {_rel(LOG_FILE)}:\n{_tail(LOG_FILE)}"
                )
            if time.monotonic() > deadline:
                _stop_pid(proc.pid, log)
                _cleanup_files()
                raise ServerError(
                    f"{url}/health/ did not answer 200 within {HEALTH_TIMEOUT_S:.0f} s; "
                    f"last lines of {_rel(LOG_FILE)}:\n{_tail(LOG_FILE)}"
                )
            time.sleep(0.25)
        elapsed = time.monotonic() - t0

        try:
            pat = _create_pat(url, creds["legacy_token"], creds["username"])
        except BaseException:
            _stop_pid(proc.pid, log)
            _cleanup_files()
            raise
        values = {
            "LABEL_STUDIO_URL": url,
            "LABEL_STUDIO_API_KEY": pat,
            "LABEL_STUDIO_LEGACY_TOKEN": creds["legacy_token"],
            "LABEL_STUDIO_USERNAME": creds["username"],
            "LABEL_STUDIO_PASSWORD": creds["password"],
            "LABEL_STUDIO_LOCAL_FILES_ROOT": str(FILES_DIR),
            "LABEL_STUDIO_VERSION": LABEL_STUDIO_VERSION,
        }
        _write_env(values)
        log(f"started in {elapsed:.1f} s at {url} (pid {proc.pid}; env in {_rel(ENV_FILE)})")
        return values, True


def stop(log: Log = _print) -> bool:
    """Stop the server named by ``.server/server.pid``. Returns False if nothing was running."""
    with _locked():
        pid = _running_pid()
        if pid is None:
            _cleanup_files()
            log("not running")
            return False
        _stop_pid(pid, log)
        proc = _CHILDREN.pop(pid, None)
        if proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=1)
        _cleanup_files()
        log(f"stopped (pid {pid})")
        return True


def status(log: Log = _print) -> bool:
    """Print running/not running; True if running and healthy."""
    env = running_env()
    if env is None:
        pid = _running_pid()
        log(f"not running (pid {pid} is alive but not healthy)" if pid else "not running")
        return False
    log(f"running at {env['LABEL_STUDIO_URL']} (pid {_read_pid()})")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("command", choices=["start", "stop", "status", "env"])
    args = parser.parse_args(argv)
    try:
        if args.command == "start":
            start()
            return 0
        if args.command == "stop":
            stop()
            return 0
        if args.command == "status":
            return 0 if status() else 1
        if not ENV_FILE.exists():
            print(
                f"no {_rel(ENV_FILE)}: the server is not running (python3 scripts/ls_server.py start)", file=sys.stderr
            )
            return 1
        sys.stdout.write(ENV_FILE.read_text())
        return 0
    except ServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Install, start, stop and inspect real storage servers for the storage tests (stdlib only).

Usage::

    python3 scripts/storage_servers.py start            # every server below, in this order
    python3 scripts/storage_servers.py start redis s3   # only these
    python3 scripts/storage_servers.py status           # exit 0 if all (or the named) servers run
    python3 scripts/storage_servers.py env              # NAME=value lines (credentials hidden on a terminal)
    python3 scripts/storage_servers.py stop             # all (or the named) servers

Servers (each on 127.0.0.1, on a free port, with a throw-away data dir, installed on first use):

* ``redis``: Debian's ``redis-server`` (``apt-get install`` when missing; needs root and apt-get).
* ``s3``: moto in server mode (``moto[server]`` from PyPI) in its own venv, an S3-compatible endpoint.
* ``azure``: Azurite's blob service (npm package ``azurite``, installed with npm into this state dir).
* ``gcs``: ``gcp-storage-emulator`` from PyPI in its own venv, the GCS JSON API.
* ``label-studio``: a second Label Studio, from the venv and template of ``scripts/ls_server.py`` (the release it
  uses now: ``LSCLIENT_LS_VERSION`` or its default), whose
  environment lets it reach the servers above. The harness's server cannot: Label Studio 1.23 refuses storage
  hosts on loopback (``SSRF_PROTECTION_ENABLED``, on by default: "URL resolves to a reserved network address"),
  and its GCS client only talks to an emulator named by ``STORAGE_EMULATOR_HOST`` when it starts. This one is
  started with ``SSRF_PROTECTION_ENABLED=false`` and ``STORAGE_EMULATOR_HOST`` (when ``gcs`` runs), so start
  it after ``gcs``. Its admin logs in with the template's legacy token (``STORAGES_LABEL_STUDIO_TOKEN``). It also
  runs with ``ML_BLOCK_LOCAL_IP=false`` (Label Studio's own switch for ML backends on loopback, independent of
  ``SSRF_PROTECTION_ENABLED``), so the ML tests connect it to scripts/ml_backend.py's backend.

Everything lives under ``<repo>/.server/storages/`` (git-ignored): per server a directory with ``state.json``
(pid, port, the values ``env`` prints), ``server.log``, ``install.log`` and its data dir; ``moto-venv/``,
``gcs-venv/`` and ``azurite/`` (the npm prefix) hold the installs.

A server that cannot be installed on this machine (no apt-get, not root, no npm) raises :class:`Unavailable`
with the reason; ``start`` prints it as ``skipped <name>: <reason>`` and goes on with the others (exit 0).
Any other failure (an install command or a server that fails) is an error (exit 1).
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
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
STATE_DIR = ROOT / ".server" / "storages"
LOCK_FILE = STATE_DIR / ".lock"
HOST = "127.0.0.1"
START_TIMEOUT_S = 60.0
LABEL_STUDIO_START_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 15.0

# pinned so that every machine tests against the same servers
MOTO_REQUIREMENT = "moto[server]==5.2.5"
GCS_EMULATOR_REQUIREMENT = "gcp-storage-emulator==2026.7.19"
AZURITE_PACKAGE = "azurite@3.35.0"

# Azurite's well-known development account (public, documented by Microsoft; not a secret)
AZURITE_ACCOUNT_NAME = "devstoreaccount1"
AZURITE_ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
# moto accepts any key; these are placeholders that Label Studio passes on to boto3
S3_ACCESS_KEY_ID = "lsclient-test"
S3_SECRET_ACCESS_KEY = "lsclient-test-secret"
S3_REGION = "us-east-1"

SERVER_NAMES = ("redis", "s3", "azure", "gcs", "label-studio")

Log = Callable[[str], None]


def _print(msg: str) -> None:
    print(msg, flush=True)


class StorageServerError(RuntimeError):
    """Installing or starting a storage server failed; the message says why."""


class Unavailable(StorageServerError):
    """The server cannot be installed on this machine (a tool or permission is missing); the message says which."""


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return f"(no log at {_rel(path)})"


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


def _run_logged(cmd: list[str], log_file: Path, *, env: dict[str, str] | None = None, cwd: Path | None = None) -> int:
    """Run ``cmd`` appending its output to ``log_file``; return its exit status."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with open(log_file, "ab") as out:
        out.write(("$ " + shlex.join(cmd) + "\n").encode())
        out.flush()
        try:
            return subprocess.run(
                cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, cwd=cwd
            ).returncode
        except OSError as exc:
            out.write(f"cannot run: {exc}\n".encode())
            return 127


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never send 127.0.0.1 through a proxy


def _http_status(url: str, timeout: float = 2.0) -> int | None:
    """The HTTP status of ``GET url``, or None if nothing answers."""
    try:
        with _OPENER.open(urllib.request.Request(url, headers={"Connection": "close"}), timeout=timeout) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except (OSError, urllib.error.URLError):
        return None


def _redis_pong(port: int, timeout: float = 2.0) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=timeout) as sock:
            sock.sendall(b"*1\r\n$4\r\nPING\r\n")
            return sock.recv(64).startswith(b"+PONG")
    except OSError:
        return False


# ------------------------------------------------------------------------------------------ installs


def _venv_install(venv: Path, requirement: str, log_file: Path, log: Log) -> None:
    """A venv of its own at ``venv`` with ``requirement`` installed; a marker records the requirement."""
    marker = venv / ".lsclient-installed"
    if marker.exists() and marker.read_text().strip() == requirement:
        return
    log(f"installing {requirement} into {_rel(venv)} (one-time)")
    t0 = time.monotonic()
    if venv.exists():
        shutil.rmtree(venv)  # half-finished or another version: start clean
    python = venv / "bin" / "python"
    for cmd in (
        [sys.executable, "-m", "venv", str(venv)],
        [str(python), "-m", "pip", "install", "--disable-pip-version-check", requirement],
    ):
        rc = _run_logged(cmd, log_file)
        if rc != 0:
            raise StorageServerError(
                f"`{shlex.join(cmd)}` failed (rc={rc}); last lines of {_rel(log_file)}:\n{_tail(log_file)}"
            )
    marker.write_text(requirement + "\n")
    log(f"installed {requirement} in {time.monotonic() - t0:.0f} s")


def _find_redis_server() -> str | None:
    # Debian installs it in /usr/bin; look in sbin too for a PATH without it
    return shutil.which("redis-server") or shutil.which("redis-server", path="/usr/local/sbin:/usr/sbin:/sbin")


def _install_redis(log_file: Path, log: Log) -> str:
    found = _find_redis_server()
    if found:
        return found
    apt_get = shutil.which("apt-get")
    if apt_get is None:
        raise Unavailable("redis-server is not installed and this machine has no apt-get to install it")
    if os.geteuid() != 0:
        raise Unavailable("redis-server is not installed and installing it with apt-get needs root")
    log("installing Debian's redis-server with apt-get (one-time)")
    t0 = time.monotonic()
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [apt_get, "install", "-y", "--no-install-recommends", "redis-server"]
    if _run_logged(install, log_file, env=env) != 0:
        # a fresh machine has no package lists yet
        update = [apt_get, "update"]
        if _run_logged(update, log_file, env=env) != 0 or _run_logged(install, log_file, env=env) != 0:
            raise StorageServerError(
                f"apt-get could not install redis-server; last lines of {_rel(log_file)}:\n{_tail(log_file)}"
            )
    found = _find_redis_server()
    if not found:
        raise StorageServerError("apt-get installed redis-server but no redis-server executable was found")
    log(f"installed redis-server in {time.monotonic() - t0:.0f} s")
    return found


def _install_azurite(prefix: Path, log_file: Path, log: Log) -> Path:
    entry = prefix / "node_modules" / ".bin" / "azurite-blob"
    marker = prefix / ".lsclient-installed"
    if entry.exists() and marker.exists() and marker.read_text().strip() == AZURITE_PACKAGE:
        return entry
    npm, node = shutil.which("npm"), shutil.which("node")
    if npm is None or node is None:
        raise Unavailable("Azurite comes from npm, and this machine has no node/npm to install and run it")
    log(f"installing {AZURITE_PACKAGE} with npm into {_rel(prefix)} (one-time)")
    t0 = time.monotonic()
    if prefix.exists():
        shutil.rmtree(prefix)
    prefix.mkdir(parents=True)
    cmd = [npm, "install", "--no-audit", "--no-fund", "--no-save", "--prefix", str(prefix), AZURITE_PACKAGE]
    rc = _run_logged(cmd, log_file)
    if rc != 0 or not entry.exists():
        raise StorageServerError(
            f"`{shlex.join(cmd)}` failed (rc={rc}); last lines of {_rel(log_file)}:\n{_tail(log_file)}"
        )
    marker.write_text(AZURITE_PACKAGE + "\n")
    log(f"installed {AZURITE_PACKAGE} in {time.monotonic() - t0:.0f} s")
    return entry


def _load_ls_server() -> ModuleType:
    """scripts/ls_server.py (the Label Studio harness), imported by path once."""
    name = "lsclient_ls_server"
    module = sys.modules.get(name)
    if module is not None:
        return module
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent / "ls_server.py")
    if spec is None or spec.loader is None:
        raise StorageServerError("cannot load scripts/ls_server.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


# ------------------------------------------------------------------------------------------ servers


@dataclass(frozen=True)
class Launch:
    """How to run one server: its command line, extra environment and the values ``env`` prints for it."""

    cmd: list[str]
    values: dict[str, str]
    env: dict[str, str] | None = None
    timeout: float = START_TIMEOUT_S


class Server:
    """One kind of storage server; subclasses say how to install, launch and probe it."""

    name: str = ""
    #: a word that the process's command line contains (guards against a recycled pid)
    cmdline_token: str = ""

    @property
    def dir(self) -> Path:
        return STATE_DIR / self.name

    @property
    def data_dir(self) -> Path:
        return self.dir / "data"

    @property
    def state_file(self) -> Path:
        return self.dir / "state.json"

    @property
    def log_file(self) -> Path:
        return self.dir / "server.log"

    @property
    def install_log(self) -> Path:
        return self.dir / "install.log"

    def install(self, log: Log) -> None:
        """Install what the server needs (once); raise :class:`Unavailable` if this machine cannot."""
        raise NotImplementedError

    def launch(self, port: int, log: Log) -> Launch:
        raise NotImplementedError

    def healthy(self, port: int) -> bool:
        raise NotImplementedError


class Redis(Server):
    name = "redis"
    cmdline_token = "redis-server"

    def __init__(self) -> None:
        self._binary = ""

    def install(self, log: Log) -> None:
        self._binary = _install_redis(self.install_log, log)

    def launch(self, port: int, log: Log) -> Launch:
        # no persistence at all: the data dir only holds what redis insists on writing
        cmd = [self._binary, "--bind", HOST, "--port", str(port), "--dir", str(self.data_dir)]
        cmd += ["--save", "", "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes"]
        return Launch(cmd, {"REDIS_HOST": HOST, "REDIS_PORT": str(port)})

    def healthy(self, port: int) -> bool:
        return _redis_pong(port)


class MotoS3(Server):
    name = "s3"
    cmdline_token = "moto_server"

    @property
    def venv(self) -> Path:
        return STATE_DIR / "moto-venv"

    def install(self, log: Log) -> None:
        _venv_install(self.venv, MOTO_REQUIREMENT, self.install_log, log)

    def launch(self, port: int, log: Log) -> Launch:
        values = {
            "S3_ENDPOINT": f"http://{HOST}:{port}",
            "S3_ACCESS_KEY_ID": S3_ACCESS_KEY_ID,
            "S3_SECRET_ACCESS_KEY": S3_SECRET_ACCESS_KEY,
            "S3_REGION": S3_REGION,
        }
        return Launch([str(self.venv / "bin" / "moto_server"), "-H", HOST, "-p", str(port)], values)

    def healthy(self, port: int) -> bool:
        return _http_status(f"http://{HOST}:{port}/") == 200


class Azurite(Server):
    name = "azure"
    cmdline_token = "azurite"

    @property
    def prefix(self) -> Path:
        return STATE_DIR / "azurite"

    def __init__(self) -> None:
        self._entry = Path()

    def install(self, log: Log) -> None:
        self._entry = _install_azurite(self.prefix, self.install_log, log)

    def launch(self, port: int, log: Log) -> Launch:
        cmd = [str(self._entry), "--blobHost", HOST, "--blobPort", str(port), "--location", str(self.data_dir)]
        # the SDK in Label Studio may speak a newer API version than this Azurite; no telemetry (no network here)
        cmd += ["--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent"]
        values = {
            "AZURITE_BLOB_ENDPOINT": f"http://{HOST}:{port}/{AZURITE_ACCOUNT_NAME}",
            "AZURITE_ACCOUNT_NAME": AZURITE_ACCOUNT_NAME,
            "AZURITE_ACCOUNT_KEY": AZURITE_ACCOUNT_KEY,
        }
        return Launch(cmd, values)

    def healthy(self, port: int) -> bool:
        # any HTTP answer will do (unauthenticated requests get 403)
        return _http_status(f"http://{HOST}:{port}/{AZURITE_ACCOUNT_NAME}?comp=list") is not None


class GcsEmulator(Server):
    name = "gcs"
    cmdline_token = "gcp-storage-emulator"

    @property
    def venv(self) -> Path:
        return STATE_DIR / "gcs-venv"

    def install(self, log: Log) -> None:
        _venv_install(self.venv, GCS_EMULATOR_REQUIREMENT, self.install_log, log)

    def launch(self, port: int, log: Log) -> Launch:
        cmd = [str(self.venv / "bin" / "gcp-storage-emulator"), "start", "--host", HOST, "--port", str(port)]
        cmd += ["--in-memory"]
        return Launch(cmd, {"GCS_EMULATOR_HOST": f"http://{HOST}:{port}"})

    def healthy(self, port: int) -> bool:
        return _http_status(f"http://{HOST}:{port}/storage/v1/b") == 200


class StorageLabelStudio(Server):
    """A Label Studio that may connect to storages on loopback (see the module docstring)."""

    name = "label-studio"
    cmdline_token = "label-studio"

    def install(self, log: Log) -> None:
        ls_server = _load_ls_server()
        try:
            ls_server.ensure_installed(log)
            ls_server.ensure_template(log)
        except ls_server.ServerError as exc:
            raise StorageServerError(f"Label Studio (scripts/ls_server.py): {exc}") from exc

    def launch(self, port: int, log: Log) -> Launch:
        ls_server = _load_ls_server()
        version, venv, template = _harness_release(ls_server)
        try:
            token = str(json.loads((template / str(ls_server.CREDENTIALS_NAME)).read_text())["legacy_token"])
        except (OSError, ValueError, KeyError) as exc:
            raise StorageServerError(f"cannot read the Label Studio template's credentials: {exc}") from exc
        shutil.copytree(template, self.data_dir, symlinks=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("LABEL_STUDIO_") and k != "PYTHONPATH"}
        env.update(
            {
                "LABEL_STUDIO_BASE_DATA_DIR": str(self.data_dir),
                "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
                "SENTRY_DSN": "",
                "FRONTEND_SENTRY_DSN": "",
                "COLLECT_ANALYTICS": "false",
                "LATEST_VERSION_CHECK": "false",
                # the point of this server: storages on 127.0.0.1 are allowed
                "SSRF_PROTECTION_ENABLED": "false",
                # and ML backends on 127.0.0.1 (scripts/ml_backend.py): a setting of their own
                "ML_BLOCK_LOCAL_IP": "false",
                # google-auth would otherwise probe the GCE metadata server (no network here)
                "NO_GCE_CHECK": "true",
                "VIRTUAL_ENV": str(venv),
                "PATH": str(venv / "bin") + os.pathsep + os.environ.get("PATH", ""),
            }
        )
        env.pop("STORAGE_EMULATOR_HOST", None)
        gcs = running_values("gcs")
        if gcs is not None:
            env["STORAGE_EMULATOR_HOST"] = gcs["GCS_EMULATOR_HOST"]
        else:
            log("gcs emulator not running: this Label Studio's GCS storages will talk to Google (and fail)")
        # --debug: without it Label Studio silently moves to another port when this one is taken
        cmd = [str(venv / "bin" / "label-studio"), "start", "--no-browser", "--internal-host", HOST]
        cmd += ["--port", str(port), "--debug"]
        values = {
            "STORAGES_LABEL_STUDIO_URL": f"http://{HOST}:{port}",
            "STORAGES_LABEL_STUDIO_VERSION": version,
            "STORAGES_LABEL_STUDIO_TOKEN": token,
            "STORAGES_LABEL_STUDIO_GCS_EMULATOR": env.get("STORAGE_EMULATOR_HOST", ""),
            # tells a server started before ML backends were allowed (an older copy of this script) from this one
            "STORAGES_LABEL_STUDIO_ML_BACKENDS": "allowed",
        }
        return Launch(cmd, values, env=env, timeout=LABEL_STUDIO_START_TIMEOUT_S)

    def healthy(self, port: int) -> bool:
        status = _http_status(f"http://{HOST}:{port}/health/")
        if status == 404:  # releases without /health/ (the harness accepts /api/version there too)
            status = _http_status(f"http://{HOST}:{port}/api/version")
        return status == 200


def _harness_release(ls_server: ModuleType) -> tuple[str, Path, Path]:
    """(version, venv, template dir) of the release the harness uses now (``LSCLIENT_LS_VERSION`` or its default)."""
    layout = getattr(ls_server, "layout", None)
    if callable(layout):
        lay = layout()
        return str(lay.version), Path(lay.venv_dir), Path(lay.template_dir)
    # a harness that knows one release only
    return str(ls_server.LABEL_STUDIO_VERSION), Path(ls_server.VENV_DIR), Path(ls_server.TEMPLATE_DIR)


SERVERS: dict[str, Server] = {
    server.name: server for server in (Redis(), MotoS3(), Azurite(), GcsEmulator(), StorageLabelStudio())
}


def _server(name: str) -> Server:
    try:
        return SERVERS[name]
    except KeyError:
        raise StorageServerError(f"unknown storage server {name!r}; known: {', '.join(SERVER_NAMES)}") from None


# ------------------------------------------------------------------------------------------ processes


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
        return True
    return stat.rpartition(")")[2].split()[0] != "Z"


def _is_ours(pid: int, token: str) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return _pid_alive(pid)
    return token in cmdline


def _read_state(server: Server) -> dict[str, object] | None:
    try:
        state = json.loads(server.state_file.read_text())
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def _state_pid_port(state: dict[str, object]) -> tuple[int, int] | None:
    pid, port = state.get("pid"), state.get("port")
    return (pid, port) if isinstance(pid, int) and isinstance(port, int) else None


def _stop_pid(pid: int, log: Log) -> None:
    """SIGTERM the process group of ``pid`` (started with its own session), SIGKILL if it lingers."""
    for sig, wait in ((signal.SIGTERM, STOP_TIMEOUT_S), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pid, sig)
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
        raise StorageServerError(f"could not stop pid {pid}")


# Popen objects of servers started by this process, so stop() can reap them (no zombie, no ResourceWarning)
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


def running_values(name: str) -> dict[str, str] | None:
    """The values of server ``name`` (what ``env`` prints) if it runs and answers, else None."""
    server = _server(name)
    state = _read_state(server)
    if state is None:
        return None
    pid_port = _state_pid_port(state)
    values = state.get("values")
    if pid_port is None or not isinstance(values, dict):
        return None
    pid, port = pid_port
    if not (_pid_alive(pid) and _is_ours(pid, server.cmdline_token) and server.healthy(port)):
        return None
    return {str(k): str(v) for k, v in values.items()}


def ensure_running(name: str, log: Log = _print) -> tuple[dict[str, str], bool]:
    """Install (once) and start server ``name`` unless it runs; return its values and whether this call started it.

    :raises Unavailable: this machine cannot install it (the message says why).
    :raises StorageServerError: installing or starting it failed.
    """
    server = _server(name)
    with _locked():
        values = running_values(name)
        if values is not None:
            return values, False
        _stop_leftover(server, log)
        server.dir.mkdir(parents=True, exist_ok=True)
        server.install(log)
        if server.data_dir.exists():
            shutil.rmtree(server.data_dir)
        port = _free_port()
        launch = server.launch(port, log)
        server.data_dir.mkdir(parents=True, exist_ok=True)
        t0 = time.monotonic()
        with open(server.log_file, "wb") as out:
            out.write(("$ " + shlex.join(launch.cmd) + "\n").encode())
            out.flush()
            proc = subprocess.Popen(
                launch.cmd,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=launch.env,
                cwd=server.dir,
                start_new_session=True,
            )
        _CHILDREN[proc.pid] = proc
        while not server.healthy(port):
            if proc.poll() is not None:
                _CHILDREN.pop(proc.pid, None)
                raise StorageServerError(
                    f"{name} exited with rc={proc.returncode} before answering; "
                    f"last lines of {_rel(server.log_file)}:\n{_tail(server.log_file)}"
                )
            if time.monotonic() - t0 > launch.timeout:
                _stop_pid(proc.pid, log)
                raise StorageServerError(
                    f"{name} did not answer on port {port} within {launch.timeout:.0f} s; "
                    f"last lines of {_rel(server.log_file)}:\n{_tail(server.log_file)}"
                )
            time.sleep(0.2)
        state = {"pid": proc.pid, "port": port, "values": launch.values}
        server.state_file.write_text(json.dumps(state, indent=2) + "\n")
        os.chmod(server.state_file, 0o600)  # the Label Studio entry holds a token
        log(f"{name} started in {time.monotonic() - t0:.1f} s on {HOST}:{port} (pid {proc.pid})")
        return dict(launch.values), True


def _stop_leftover(server: Server, log: Log) -> None:
    state = _read_state(server)
    pid_port = _state_pid_port(state) if state else None
    if pid_port is not None and _pid_alive(pid_port[0]) and _is_ours(pid_port[0], server.cmdline_token):
        log(f"stopping {server.name} pid {pid_port[0]} (not answering)")
        _stop_pid(pid_port[0], log)
    with contextlib.suppress(FileNotFoundError):
        server.state_file.unlink()


def stop(name: str, log: Log = _print) -> bool:
    """Stop server ``name`` and delete its data dir. Returns False if it was not running."""
    server = _server(name)
    with _locked():
        state = _read_state(server)
        pid_port = _state_pid_port(state) if state else None
        stopped = False
        if pid_port is not None and _pid_alive(pid_port[0]) and _is_ours(pid_port[0], server.cmdline_token):
            _stop_pid(pid_port[0], log)
            proc = _CHILDREN.pop(pid_port[0], None)
            if proc is not None:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=1)
            stopped = True
        with contextlib.suppress(FileNotFoundError):
            server.state_file.unlink()
        shutil.rmtree(server.data_dir, ignore_errors=True)
        log(f"stopped {name} (pid {pid_port[0]})" if stopped and pid_port else f"{name}: not running")
        return stopped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("command", choices=["start", "stop", "status", "env"])
    parser.add_argument("servers", nargs="*", metavar="SERVER", help=f"any of {', '.join(SERVER_NAMES)} (default: all)")
    args = parser.parse_args(argv)
    names: list[str] = list(args.servers) or list(SERVER_NAMES)
    try:
        for name in names:
            _server(name)
        if args.command == "start":
            for name in names:
                try:
                    ensure_running(name)
                except Unavailable as exc:
                    print(f"skipped {name}: {exc}", flush=True)
            return 0
        if args.command == "stop":
            for name in reversed(names):
                stop(name)
            return 0
        running = {name: running_values(name) for name in names}
        if args.command == "status":
            for name, values in running.items():
                print(f"{name}: {'running' if values is not None else 'not running'}")
            return 0 if all(values is not None for values in running.values()) else 1
        merged = {key: value for values in running.values() for key, value in (values or {}).items()}
        _load_ls_server().print_env(merged, "python3 scripts/storage_servers.py env")
        return 0
    except StorageServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

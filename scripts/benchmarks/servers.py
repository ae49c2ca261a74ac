"""The benchmark's own Label Studio servers, started and stopped through ``scripts/ls_server.py``.

Each kind of server lives in a directory of its own (``LSCLIENT_SERVER_HOME``), so the benchmark never shares
``make server``'s instance, its data or its port. That directory links the harness's Label Studio virtualenv
and migrated template (both made once by the harness), so a start takes seconds.
"""

from __future__ import annotations

import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HARNESS = ROOT / "scripts" / "ls_server.py"
KINDS = ("dev", "postgresql")
DEFAULT_WORKERS = 4


def load_harness() -> Any:
    """``scripts/ls_server.py`` as a module (the default home: ``.server/``)."""
    spec = importlib.util.spec_from_file_location("lsclient_ls_server", HARNESS)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {HARNESS}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def supports(kind: str) -> bool:
    """Whether this checkout's harness can start ``kind`` (PostgreSQL + gunicorn came after the dev server)."""
    if kind == "dev":
        return True
    return "LSCLIENT_SERVER_DB" in HARNESS.read_text(encoding="utf-8")


class BenchServer:
    """One Label Studio of the benchmark: ``kind`` (``dev``: SQLite + Django's development server; ``postgresql``:
    PostgreSQL + gunicorn with ``workers`` processes) on ``port``, in ``home``."""

    def __init__(self, kind: str, port: int, home: Path, *, workers: int = DEFAULT_WORKERS, log: Any = print) -> None:
        if kind not in KINDS:
            raise ValueError(f"server kind {kind!r}; expected one of {', '.join(KINDS)}")
        self.kind = kind
        self.port = port
        self.home = home
        self.workers = workers if kind == "postgresql" else 1
        self.log = log
        self.env: dict[str, str] = {}

    def describe(self) -> str:
        if self.kind == "dev":
            return "`label-studio start` (Django's development server, one process, threaded) on SQLite"
        return f"gunicorn with {self.workers} worker processes on PostgreSQL"

    def _harness_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LSCLIENT_SERVER_", "PYTHONPATH"))}
        env["LSCLIENT_SERVER_HOME"] = str(self.home)
        env["LSCLIENT_SERVER_PORT"] = str(self.port)
        if self.kind == "postgresql":
            env["LSCLIENT_SERVER_DB"] = "postgresql"
            env["LSCLIENT_SERVER_WORKERS"] = str(self.workers)
        return env

    def _link_shared(self) -> None:
        """Link the harness's venv and template into our home (made once by the harness in ``.server/``)."""
        harness = load_harness()
        harness.ensure_installed(self.log)
        harness.ensure_template(self.log)
        default = harness.layout()
        self.home.mkdir(parents=True, exist_ok=True)
        for target in (default.venv_dir, default.template_dir):
            link = self.home / target.name
            if link.is_symlink() and link.resolve() == target.resolve():
                continue
            if link.is_symlink() or link.is_file():
                link.unlink()
            elif link.exists():
                shutil.rmtree(link)
            link.symlink_to(target.resolve(), target_is_directory=True)

    def start(self) -> dict[str, str]:
        """Start it (fresh data) and return its env values (``LABEL_STUDIO_URL``, ``LABEL_STUDIO_LEGACY_TOKEN``...)."""
        if not supports(self.kind):
            raise SystemExit(
                f"scripts/ls_server.py of this checkout cannot start a {self.kind} server yet; use --server dev"
            )
        self._link_shared()
        self.run("stop", check=False)  # a server left by an interrupted run
        self.run("start")
        env = self.run("env").stdout
        pairs = (line.split("=", 1) for line in env.splitlines() if "=" in line and not line.startswith("#"))
        self.env = {name: (shlex.split(value) or [""])[0] for name, value in pairs}
        wanted_db = "postgresql" if self.kind == "postgresql" else "sqlite"
        if self.env.get("LABEL_STUDIO_SERVER_DB", "sqlite") != wanted_db:
            self.stop()
            raise SystemExit(f"asked for a {self.kind} server, got {self.env.get('LABEL_STUDIO_SERVER_DB')}")
        return self.env

    def run(self, command: str, *, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, str(HARNESS), command],
            env=self._harness_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        if check and done.returncode != 0:
            raise SystemExit(f"ls_server.py {command} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
        return done

    def stop(self) -> None:
        """Stop it and remove its data (the next start copies the template again)."""
        self.run("stop", check=False)
        for name in ("data", "files"):
            shutil.rmtree(self.home / name, ignore_errors=True)

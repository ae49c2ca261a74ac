"""The benchmark's own virtualenvs, made on first use from PyPI: the peer SDK alone, and matplotlib for the plot.

label-studio-sdk gets a virtualenv holding nothing else, so its import time, memory and dependencies are its own
(and lsclient's environment never sees it). matplotlib is needed only to draw the figure, so it lives apart too.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

MARKER = ".lsclient-bench-installed"


def ensure(venv: Path, requirements: list[str], log: Callable[[str], None]) -> Path:
    """The interpreter of ``venv`` holding ``requirements`` (pip specs), created on first use."""
    python = venv / "bin" / "python"
    marker = venv / MARKER
    wanted = "\n".join(requirements) + "\n"
    if python.exists() and marker.exists() and marker.read_text() == wanted:
        return python
    log(f"installing {' '.join(requirements)} into {venv.name} (one-time, a minute or two)")
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    with open(venv / "install.log", "w") as out:
        done = subprocess.run(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", *requirements],
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if done.returncode != 0:
        tail = (venv / "install.log").read_text(errors="replace").splitlines()[-20:]
        raise SystemExit(f"pip install {' '.join(requirements)} failed:\n" + "\n".join(tail))
    marker.write_text(wanted)
    return python


def version_of(python: Path | str, distribution: str) -> str:
    """The installed version of ``distribution`` in the environment of ``python`` ("?" if absent)."""
    code = f"import importlib.metadata as m; print(m.version({distribution!r}))"
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
    return done.stdout.strip() if done.returncode == 0 else "?"

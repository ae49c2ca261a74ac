"""What one run measures about itself: wall time, CPU time, HTTP requests sent, and memory (stdlib only).

A worker process builds its client first, then wraps the work in a :class:`Meter`::

    with Meter() as meter:
        count = sum(1 for _ in pager)
    return meter.result(count=count)

Memory comes from the kernel (Linux): ``VmRSS`` when the meter starts, and ``VmHWM`` (the peak RSS) after it was
reset through ``/proc/self/clear_refs`` at that moment, so the peak is the work's own, not the imports'. Where
the reset is not possible the peak is the whole process's (``getrusage``) and ``peak_reset`` says so.

Requests are counted at the bottom of httpx (``HTTPTransport.handle_request`` and its async twin), where every
client measured here (lsclient, label-studio-sdk, plain httpx) ends up, retries included.

The server's CPU time during the block (``server_cpu_s``) is read from ``/proc`` when the harness names the
server's directory in :data:`SERVER_HOME_ENV`: user + system time of every process whose command line names that
directory (Label Studio or gunicorn and its workers, the PostgreSQL server), of their descendants (PostgreSQL's
backends), and of their children that ended meanwhile (counted in their parents). It is what the server spent on
the block's requests, whichever client sent them: with N cores, no client can do that work in less than
``server_cpu_s / N``.
"""

from __future__ import annotations

import os
import resource
import threading
import time
from types import TracebackType
from typing import Any

MIB = 1024 * 1024

#: set by the harness in a worker's environment: the directory of the benchmark's server (see the module docstring)
SERVER_HOME_ENV = "LSCLIENT_BENCH_SERVER_HOME"

_counted = 0
_lock = threading.Lock()
_installed = False


def _count_one() -> None:
    global _counted
    with _lock:
        _counted += 1


def install_request_counter() -> None:
    """Count every request httpx sends from now on (imports httpx: call it after the libraries are imported)."""
    global _installed
    if _installed:
        return
    import httpx

    sync_send = httpx.HTTPTransport.handle_request
    async_send = httpx.AsyncHTTPTransport.handle_async_request

    def handle_request(self: Any, request: Any) -> Any:
        _count_one()
        return sync_send(self, request)

    async def handle_async_request(self: Any, request: Any) -> Any:
        _count_one()
        return await async_send(self, request)

    httpx.HTTPTransport.handle_request = handle_request  # type: ignore[method-assign]
    httpx.AsyncHTTPTransport.handle_async_request = handle_async_request  # type: ignore[method-assign]
    _installed = True


def requests_sent() -> int:
    """Requests counted since :func:`install_request_counter`."""
    return _counted


def proc_status(field: str) -> int:
    """A memory field of ``/proc/self/status`` (``VmRSS``, ``VmHWM``) in bytes; 0 where there is no /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def reset_peak() -> bool:
    """Reset the kernel's peak RSS of this process to its current RSS (``echo 5 > /proc/self/clear_refs``)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def server_cpu_seconds(home: str) -> float | None:
    """CPU time (user + system, in seconds) used so far by the processes of the server in ``home`` and by their
    descendants, ended children included (see the module docstring); None without ``/proc``."""
    marker = home.encode()
    processes: dict[int, tuple[int, int]] = {}  # pid: (parent pid, clock ticks)
    roots: set[int] = set()
    try:
        entries = [entry.name for entry in os.scandir("/proc") if entry.name.isdigit()]
    except OSError:
        return None
    for name in entries:
        try:
            with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as file:
                stat = file.read()
            with open(f"/proc/{name}/cmdline", "rb") as file:
                command = file.read()
        except OSError:  # ended meanwhile
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        # fields[1]: parent pid; fields[11:15]: utime, stime, cutime, cstime
        processes[int(name)] = (int(fields[1]), sum(int(value) for value in fields[11:15]))
        if marker in command:
            roots.add(int(name))
    ticks = 0
    for pid, (parent, used) in processes.items():
        seen = 0
        while pid not in roots and parent in processes and seen < 64:  # walk up to a root, if any
            pid, parent, seen = parent, processes[parent][0], seen + 1
        if pid in roots:
            ticks += used
    return ticks / os.sysconf("SC_CLK_TCK")


class Meter:
    """Measures the work inside its ``with`` block (see the module docstring).

    :param count_requests: install the httpx request counter (imports httpx) and count the block's requests.
    """

    def __init__(self, *, count_requests: bool = True) -> None:
        self.count_requests = count_requests
        self.wall_s = 0.0
        self.cpu_s = 0.0
        self.requests: int | None = None
        self.rss_before = 0
        self.peak = 0
        self.process_peak = 0
        self.peak_reset = False
        self._requests_before = 0
        self._wall0 = 0.0
        self._cpu0 = 0.0
        self._server_home = os.environ.get(SERVER_HOME_ENV) or None
        self._server0: float | None = None
        self.server_cpu_s: float | None = None

    def __enter__(self) -> Meter:
        if self.count_requests:
            install_request_counter()
            self._requests_before = requests_sent()
        self.process_peak = proc_status("VmHWM")
        self.peak_reset = reset_peak()
        self.rss_before = proc_status("VmRSS")
        if self._server_home:
            self._server0 = server_cpu_seconds(self._server_home)
        self._cpu0 = time.process_time()
        self._wall0 = time.perf_counter()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.wall_s = time.perf_counter() - self._wall0
        self.cpu_s = time.process_time() - self._cpu0
        if self.count_requests:
            self.requests = requests_sent() - self._requests_before
        if self.peak_reset:
            self.peak = proc_status("VmHWM")
        else:
            self.peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
        self.process_peak = max(self.process_peak, self.peak)
        if self._server_home and self._server0 is not None:
            after = server_cpu_seconds(self._server_home)
            self.server_cpu_s = None if after is None else after - self._server0

    def result(self, **facts: Any) -> dict[str, Any]:
        """The measurements as a JSON-able dict (sizes in MiB), with ``facts`` about the work (``count``...)."""
        measured: dict[str, Any] = {
            "wall_s": round(self.wall_s, 4),
            "cpu_s": round(self.cpu_s, 4),
            "rss_before_mib": round(self.rss_before / MIB, 2),
            "peak_mib": round(self.peak / MIB, 2),
            "delta_peak_mib": round(max(0, self.peak - self.rss_before) / MIB, 2),
            "process_peak_mib": round(self.process_peak / MIB, 2),
            "peak_reset": self.peak_reset,
        }
        if self.requests is not None:
            measured["requests"] = self.requests
        if self.server_cpu_s is not None:
            measured["server_cpu_s"] = round(self.server_cpu_s, 3)
        measured.update(facts)
        return measured

#!/usr/bin/env python3
"""Run one contender of one benchmark scenario in this fresh process and print its measurements as JSON.

Started by ``scripts/bench.py`` for every run (never by hand)::

    python scripts/bench_worker.py <scenario> <contender>  < spec.json

The spec (server URL, key, project ids...) comes on stdin, so the key never shows in ``ps``. lsclient's own
environment runs lsclient, plain httpx and the baselines, with this checkout's ``src/`` first on the path; the
label-studio-sdk contenders run in that SDK's own virtualenv.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    name, key = argv
    from benchmarks import scenarios
    from benchmarks.scenario import PROJECT_PYTHON

    module = scenarios.module(name)
    contender = module.SCENARIO.contender(key)
    if contender.python == PROJECT_PYTHON:
        sys.path.insert(0, str(ROOT / "src"))  # this checkout's lsclient, whatever is installed
    spec = json.loads(sys.stdin.read())
    result = getattr(module, contender.function)(spec)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The scenarios, in the order a run measures them; each module holds one scenario and its contenders.

Importing this package imports none of them: a worker loads only the module it runs (:func:`load`).
"""

from __future__ import annotations

import importlib
from typing import Any

#: scenario name -> module, in running order
MODULES = {
    "import-time": "import_time",
    "parse": "parse",
    "iterate": "iterate",
    "retrieve": "retrieve",
    "import": "import_tasks",
    "export": "export",
    "import-large": "import_large",
    "export-large": "export_large",
    "import-concurrent": "import_concurrent",
    "predictions-sequential": "predictions_sequential",
    "predictions-concurrent": "predictions_concurrent",
    "predictions-bulk": "predictions_bulk",
    "retrieve-concurrent": "retrieve_concurrent",
    "retrieve-scale-out": "retrieve_scale_out",
}


def module(name: str) -> Any:
    """The module of scenario ``name``."""
    if name not in MODULES:
        raise KeyError(f"no scenario {name!r}; scenarios: {', '.join(MODULES)}")
    return importlib.import_module(f"{__name__}.{MODULES[name]}")


def load(name: str) -> Any:
    """The :class:`~benchmarks.scenario.Scenario` named ``name``."""
    return module(name).SCENARIO

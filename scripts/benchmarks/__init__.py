"""The benchmark behind ``make bench`` (``scripts/bench.py``): lsclient against label-studio-sdk and plain httpx.

* :mod:`.scenario` -- what a scenario and a contender are;
* :mod:`.scenarios` -- one module per scenario: its contenders (the code each client runs, executed in a fresh
  worker process by ``scripts/bench_worker.py``) and how the orchestrator seeds and checks each run;
* :mod:`.measure` -- what a worker measures about itself (wall, CPU, requests, peak RSS);
* :mod:`.stats` and :mod:`.report` -- medians, ranges, ratios, and the Markdown page (pure functions);
* :mod:`.servers`, :mod:`.seed`, :mod:`.venvs` -- the Label Studio servers, their data, the peer's virtualenv;
* ``plot.py`` -- the figure, run in a virtualenv of its own that holds matplotlib.
"""

#!/usr/bin/env python3
"""Draw the benchmark's figure: each client's median relative to raw best, per headline row (matplotlib).

Run by ``scripts/bench.py`` in the virtualenv that holds matplotlib (never lsclient's)::

    python scripts/benchmarks/plot.py plot-data.json docs/performance.png

The input is :func:`benchmarks.report.plot_data`'s: ``{"title": str, "rows": [{"label": str, "bars": {client:
[median, low, high]}}]}``, every value a ratio to raw best's median.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter  # noqa: E402

COLOURS = {"lsclient": "#1f77b4", "lsclient async": "#6baed6", "label-studio-sdk": "#ff7f0e"}


def draw(data: dict, target: Path) -> None:
    rows = data["rows"]
    clients = [name for name in COLOURS if any(name in row["bars"] for row in rows)]
    height = 0.8 / max(len(clients), 1)
    figure, axes = plt.subplots(figsize=(10, 0.55 * len(rows) + 1.6))
    for index, client in enumerate(clients):
        ys, medians, lows, highs = [], [], [], []
        for position, row in enumerate(rows):
            if client not in row["bars"]:
                continue
            median, low, high = row["bars"][client]
            ys.append(position + (index - (len(clients) - 1) / 2) * height)
            medians.append(median)
            lows.append(max(median - low, 0))
            highs.append(max(high - median, 0))
        axes.barh(
            ys, medians, height=height, color=COLOURS[client], label=client, xerr=[lows, highs], error_kw={"lw": 0.8}
        )
    axes.axvline(1.0, color="black", lw=1)
    axes.axvline(1.1, color="grey", lw=0.8, ls="--")
    axes.set_xscale("log")
    low, high = axes.get_xlim()
    ticks = [t for t in (0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100) if low <= t <= high]
    axes.xaxis.set_major_locator(FixedLocator(ticks))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
    axes.xaxis.set_minor_formatter(NullFormatter())
    axes.set_yticks(range(len(rows)))
    axes.set_yticklabels([row["label"] for row in rows], fontsize=8)
    axes.invert_yaxis()
    axes.set_xlabel("median / raw best's median (log scale; 1 = raw best, dashed: 1.1)")
    axes.set_title(data["title"], fontsize=10, pad=22)
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=len(clients), fontsize=8, frameon=False)
    axes.grid(axis="x", which="both", lw=0.3, alpha=0.5)
    figure.tight_layout()
    figure.savefig(target, dpi=110)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    draw(json.loads(Path(argv[0]).read_text()), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""End-to-end demo of lsclient against the local Label Studio started by `make server` (.server/env).

Builds a labeling config, creates a project, imports a few thousand generated tasks with a progress
bar, adds predictions, annotates a subset, connects a local-files dataset and syncs it, finds tasks
with a server-side filter and by an external key, exports and downloads JSON and CSV, and prints a
summary. Usage: ``python scripts/demo.py [--tasks N] [--keep]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ls_server  # scripts/, beside this file: reads .server/env

from lsclient import F, LabelConfig, iter_export_tasks, make_client

ROOT = Path(__file__).resolve().parent.parent


def _load_server_env() -> None:
    """Use .server/env (written by `make server`) for whatever the environment does not set."""
    for name, value in (ls_server.read_env() or {}).items():
        os.environ.setdefault(name, value)
    if not os.environ.get("LABEL_STUDIO_URL"):
        sys.exit("LABEL_STUDIO_URL is not set: run `make server` first (it writes .server/env)")


def _choice(label: str) -> dict[str, object]:
    return {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [label]}}


def _generated_tasks(count: int) -> Iterator[dict[str, Any]]:
    for i in range(count):
        yield {"data": {"text": f"review {i}: {'great' if i % 4 else 'awful'} product", "review_id": f"r-{i:06d}"}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=3000, help="number of generated tasks to import")
    parser.add_argument("--keep", action="store_true", help="keep the demo project on the server")
    parser.add_argument("--out", type=Path, default=ROOT / "demo-output")
    args = parser.parse_args(argv)
    _load_server_env()
    started = time.perf_counter()
    summary: list[tuple[str, object]] = []

    with make_client() as client:  # LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY (a personal access token)
        print(f"connected to Label Studio {client.server_version()} at {client.url} as {client.users.me().email}")

        config = LabelConfig.text_classification("sentiment", ["positive", "negative"])
        project = client.projects.create(title="lsclient demo", label_config=str(config))
        print(f"created {project!r} with controls {project.parsed_config.control_names}")

        task_ids = project.import_tasks(_generated_tasks(args.tasks), batch_size=500, key="demo")
        summary.append(("tasks imported", len(task_ids)))

        predicted = project.import_predictions(
            {"task": task_id, "result": [_choice("positive")], "score": 0.9, "model_version": "demo-v1"}
            for task_id in task_ids[:200]
        )
        summary.append(("predictions imported", predicted))

        for task_id in task_ids[:25]:
            client.tasks.retrieve(task_id).annotations.create(result=[_choice("negative")])
        summary.append(("tasks annotated", 25))

        awful = sum(1 for _ in project.tasks.list(filter=F.data("text").contains("awful")))
        summary.append(("tasks mentioning 'awful' (server-side filter)", awful))
        found = project.tasks.find_one("review_id", "r-000042")
        summary.append(("task with review_id r-000042 (external key)", found.id if found else None))

        files_root = os.environ.get("LABEL_STUDIO_LOCAL_FILES_ROOT")
        if files_root:
            folder = Path(files_root) / f"demo-{project.id}"
            folder.mkdir(parents=True, exist_ok=True)
            for i in range(20):
                (folder / f"note_{i:02d}.txt").write_text(f"a note on the product, number {i}", encoding="utf-8")
            dataset = project.datasets.create_local(path=str(folder), regex_filter=r".*\.txt", title="notes")
            dataset.sync(progress=False)
            summary.append(("tasks synced from the local-files dataset", dataset.last_sync_count))
        else:
            print("LABEL_STUDIO_LOCAL_FILES_ROOT is not set: skipping the local-files dataset")

        project.update(title="lsclient demo (done)")
        summary.append(("tasks in the project", project.fetch().task_number))

        args.out.mkdir(parents=True, exist_ok=True)
        export = project.exports.create(title="demo")
        json_path = export.download(args.out / f"project-{project.id}.json", format="JSON", overwrite=True)
        csv_path = export.download(args.out / f"project-{project.id}.csv", format="CSV", overwrite=True)
        exported = annotated = 0
        for task in iter_export_tasks(json_path):  # read lazily, one task at a time
            exported += 1
            annotated += bool(task.get("annotations"))
        summary.append(("tasks in the JSON export (annotated)", f"{exported} ({annotated})"))
        for path in (json_path, csv_path):
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            summary.append((f"wrote {shown}", f"{path.stat().st_size} bytes"))

        if not args.keep:
            project.remove()
            if files_root:
                shutil.rmtree(Path(files_root) / f"demo-{project.id}", ignore_errors=True)
            summary.append(("project removed", f"{project.id} (use --keep to keep it)"))

    summary.append(("time taken", f"{time.perf_counter() - started:.1f} s"))
    width = max(len(name) for name, _ in summary)
    print("\nsummary")
    for name, value in summary:
        print(f"  {name.ljust(width)}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""End-to-end demo of lsclient against the local Label Studio started by `make server` (.server/env).

Creates a project, imports tasks with a progress bar, adds predictions and annotations, finds tasks
with a server-side filter, takes an export snapshot, downloads it as JSON and CSV, and prints what it
did. Usage: ``python scripts/demo.py [--tasks N] [--keep]``
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from lsclient import F, make_client

ROOT = Path(__file__).resolve().parent.parent
LABEL_CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text">
    <Choice value="positive"/>
    <Choice value="negative"/>
  </Choices>
</View>"""


def _load_server_env() -> None:
    """Use .server/env (written by `make server`) for whatever the environment does not set."""
    env_file = ROOT / ".server" / "env"
    if env_file.exists():
        for line in env_file.read_text(encoding="utf-8").splitlines():
            name, sep, value = line.partition("=")
            if sep and not name.startswith("#"):
                os.environ.setdefault(name, value)
    if not os.environ.get("LABEL_STUDIO_URL"):
        sys.exit("LABEL_STUDIO_URL is not set: run `make server` first (it writes .server/env)")


def _choice(label: str) -> dict[str, object]:
    return {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [label]}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=2000, help="number of tasks to import")
    parser.add_argument("--keep", action="store_true", help="keep the demo project on the server")
    parser.add_argument("--out", type=Path, default=ROOT / "demo-output")
    args = parser.parse_args(argv)
    _load_server_env()
    started = time.perf_counter()

    with make_client() as client:  # LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY (a personal access token)
        me = client.users.me()
        print(f"connected to Label Studio {client.server_version()} at {client.url} as {me.email}")

        project = client.projects.create(title="lsclient demo", label_config=LABEL_CONFIG)
        print(f"created {project!r}")

        texts = [f"review {i}: {'great' if i % 4 else 'awful'} product" for i in range(args.tasks)]
        task_ids = project.import_tasks(({"text": text} for text in texts), batch_size=500)
        print(f"imported {len(task_ids)} tasks")

        for task_id in task_ids[:20]:
            task = client.tasks.retrieve(task_id)
            label = "positive" if "great" in task.data["text"] else "negative"
            task.predictions.create(result=[_choice(label)], score=0.9, model_version="demo-v1")
        for task_id in task_ids[:10]:
            client.tasks.retrieve(task_id).annotations.create(result=[_choice("negative")])
        print("added 20 predictions and 10 annotations")

        awful = project.tasks.list(filter=F.data("text").contains("awful"))
        print(f"server-side filter: {sum(1 for _ in awful)} tasks mention 'awful'")

        project.update(title="lsclient demo v2")
        print(f"renamed it: {project!r} (task_number={project.fetch().task_number})")

        export = project.exports.create(title="demo")
        export.wait()
        args.out.mkdir(parents=True, exist_ok=True)
        json_path = export.download(args.out / f"project-{project.id}.json", format="JSON", overwrite=True)
        csv_path = export.download(args.out / f"project-{project.id}.csv", format="CSV", overwrite=True)
        exported = json.loads(json_path.read_bytes())
        annotated = sum(1 for task in exported if task.get("annotations"))
        print(f"exported snapshot {export.id}: {len(exported)} tasks ({annotated} annotated)")
        for path in (json_path, csv_path):
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            print(f"  wrote {shown} ({path.stat().st_size} bytes)")

        if not args.keep:
            project.remove()
            print(f"deleted project {project.id} (use --keep to keep it)")

    print(f"done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

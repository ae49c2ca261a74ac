"""End-to-end demo against the local Label Studio started by `make server` (credentials in .server/env).

Creates a project, imports tasks, adds a prediction and an annotation, takes an export snapshot,
streams it to a file and prints what it did. Usage: ``python scripts/demo.py [--tasks N] [--keep]``
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from lsclient.api_client import AuthenticatedClient, LabelStudioApi
from lsclient.api_client.models.export_create_request import ExportCreateRequest
from lsclient.api_client.models.import_api_request import ImportApiRequest
from lsclient.api_client.models.patched_project_request import PatchedProjectRequest
from lsclient.api_client.models.predictions_create_body import PredictionsCreateBody
from lsclient.api_client.models.project_request import ProjectRequest
from lsclient.api_client.models.tasks_annotations_create_body import TasksAnnotationsCreateBody
from lsclient.api_client.models.token_refresh_request import TokenRefreshRequest

ROOT = Path(__file__).resolve().parent.parent
LABEL_CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text">
    <Choice value="positive"/>
    <Choice value="negative"/>
  </Choices>
</View>"""


def _server_env() -> dict[str, str]:
    env_file = ROOT / ".server" / "env"
    values = dict(os.environ)
    if env_file.exists():
        for line in env_file.read_text(encoding="utf-8").splitlines():
            name, sep, value = line.partition("=")
            if sep and name not in os.environ:
                values[name] = value
    missing = [n for n in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY") if not values.get(n)]
    if missing:
        sys.exit(f"{', '.join(missing)} not set: run `make server` first (it writes .server/env)")
    return values


def _choice(label: str) -> dict[str, object]:
    return {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [label]}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=200, help="number of tasks to import")
    parser.add_argument("--keep", action="store_true", help="keep the demo project on the server")
    parser.add_argument("--out", type=Path, default=ROOT / "demo-output")
    args = parser.parse_args(argv)
    env = _server_env()
    url = env["LABEL_STUDIO_URL"]
    started = time.perf_counter()

    with AuthenticatedClient(base_url=url, token="", raise_on_unexpected_status=True) as anonymous:
        refreshed = LabelStudioApi(anonymous).jwt.token_refresh_create(
            body=TokenRefreshRequest(refresh=env["LABEL_STUDIO_API_KEY"])
        )
    if refreshed is None:
        sys.exit("the personal access token was refused")
    print(f"authenticated at {url} with a personal access token (access token obtained)")

    with AuthenticatedClient(base_url=url, token=refreshed.access, raise_on_unexpected_status=True) as client:
        api = LabelStudioApi(client)
        me = api.users.current_user_whoami_retrieve()
        print(f"  logged in as {me.email if me else '?'}")

        project = api.projects.create(body=ProjectRequest(title="lsclient demo", label_config=LABEL_CONFIG))
        assert project is not None
        print(f"created project {project.id} ({project.title!r})")

        texts = [f"review number {i}: {'great' if i % 3 else 'awful'} product" for i in range(args.tasks)]
        answer = api.import_.projects_import_create(
            project.id, body=[ImportApiRequest(data={"text": t}) for t in texts], return_task_ids=True
        )
        task_ids = list(answer.task_ids) if answer is not None and isinstance(answer.task_ids, list) else []
        print(f"imported {len(task_ids)} tasks")

        for task_id in task_ids[:10]:
            api.predictions.create(
                body=PredictionsCreateBody.from_dict(
                    {"task": task_id, "result": [_choice("positive")], "score": 0.9, "model_version": "demo-v1"}
                )
            )
        for task_id in task_ids[:5]:
            api.annotations.tasks_annotations_create(
                task_id, body=TasksAnnotationsCreateBody.from_dict({"result": [_choice("negative")]})
            )
        print(f"added {min(10, len(task_ids))} predictions and {min(5, len(task_ids))} annotations")

        updated = api.projects.partial_update(project.id, body=PatchedProjectRequest(title="lsclient demo v2"))
        print(f"renamed the project to {updated.title if updated else '?'!r}")

        export = api.export.projects_exports_create(project.id, body=ExportCreateRequest(title="demo"))
        assert export is not None
        args.out.mkdir(parents=True, exist_ok=True)
        target = args.out / f"project-{project.id}.json"
        written = 0
        with api.export.projects_exports_download_retrieve_stream(project.id, export.id, export_type="JSON") as r:
            if r.status_code != 200:
                sys.exit(f"download failed with HTTP {r.status_code}")
            with target.open("wb") as out:
                for chunk in r.iter_bytes():
                    written += out.write(chunk)
        exported = json.loads(target.read_bytes())
        annotated = sum(1 for task in exported if task.get("annotations"))
        print(f"exported snapshot {export.id}: {len(exported)} tasks, {annotated} annotated, {written} bytes")
        print(f"  written to {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")

        if not args.keep:
            api.projects.destroy(project.id)
            print(f"deleted project {project.id} (use --keep to keep it)")

    print(f"done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

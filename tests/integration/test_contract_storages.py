"""Contract test, storages: the 14 operations of each storage kind (import storage and export storage: validate,
create, list with ``?project=``, retrieve, partial update, sync, remove) and the four cross-kind listings, called
through the generated layer against the real server and real emulators (moto, Azurite, gcp-storage-emulator,
Redis; see test_storages_real.py, whose fixtures fill the sources). Checks as in test_contract.py."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from contract import Contract, covers

from lsclient.api_client import AuthenticatedClient

from .conftest import TEXT_CLASSIFICATION
from .test_storages_real import (  # noqa: F401 (fixtures)
    AZURITE,
    REDIS_SOURCE_DB,
    TASKS,
    Resp,
    _redis_fields,
    _s3_fields,
    azure,
    azurite_server,
    bucket,
    container,
    gcs,
    gcs_bucket,
    gcs_emulator,
    gcs_server,
    redis,
    redis_server,
    s3,
    s3_server,
    storage_label_studio,
)

pytestmark = pytest.mark.integration

CHOICE = {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}


def _ops(kind: str) -> list[str]:
    return [
        f"storages_{kind}_validate_create",
        f"storages_{kind}_create",
        f"storages_{kind}_retrieve",
        f"storages_{kind}_partial_update",
        f"storages_{kind}_sync_create",
        f"storages_{kind}_destroy",
        f"storages_export_{kind}_validate_create",
        f"storages_export_{kind}_create",
        f"storages_export_{kind}_retrieve",
        f"storages_export_{kind}_partial_update",
        f"storages_export_{kind}_sync_create",
        f"storages_export_{kind}_destroy",
    ]


def _params(kind: str) -> dict[str, list[str]]:
    return {f"storages_{kind}_list": ["project"], f"storages_export_{kind}_list": ["project"]}


class Server:
    """One Label Studio as seen by the storage contract: a generated client and plain httpx."""

    def __init__(self, url: str, token: str) -> None:
        self.http = AuthenticatedClient(base_url=url, token=token, prefix="Token", raise_on_unexpected_status=True)
        self.raw = httpx.Client(base_url=url, headers={"Authorization": f"Token {token}"}, timeout=60)

    def project(self) -> int:
        answer = self.raw.post(
            "/api/projects/", json={"title": f"ct-storage-{uuid.uuid4().hex[:8]}", "label_config": TEXT_CLASSIFICATION}
        )
        answer.raise_for_status()
        return int(answer.json()["id"])

    def close(self) -> None:
        self.http.get_httpx_client().close()
        self.raw.close()


@pytest.fixture(scope="module")
def harness(label_studio: Any) -> Iterator[Server]:
    server = Server(label_studio.url, label_studio.legacy_token)
    yield server
    server.close()


@pytest.fixture(scope="module")
def loopback(storage_label_studio: dict[str, str]) -> Iterator[Server]:
    """The Label Studio that may reach emulators on loopback (test_storages_real.py's second server)."""
    server = Server(storage_label_studio["STORAGES_LABEL_STUDIO_URL"], storage_label_studio["STORAGES_LABEL_STUDIO_TOKEN"])
    yield server
    server.close()


def _body(op_id: str, fields: dict[str, Any]) -> Any:
    """The request model of ``op_id``'s ``body`` parameter, built from ``fields``."""
    import importlib
    import inspect
    import typing

    from contract import OPERATIONS

    module = importlib.import_module(OPERATIONS[op_id].module)
    hint = typing.get_type_hints(module.sync_detailed)["body"]
    model = next(arg for arg in typing.get_args(hint) or (hint,) if inspect.isclass(arg) and hasattr(arg, "from_dict"))
    return model.from_dict(fields)


def _wait(server: Server, path: str) -> dict[str, Any]:
    for _ in range(120):
        state = server.raw.get(path).json()
        if state.get("status") in ("completed", "failed"):
            return state
        time.sleep(0.25)
    raise AssertionError(f"{path} did not finish: {state}")


def run_kind(contract: Contract, server: Server, kind: str, source: dict[str, Any], target: dict[str, Any]) -> None:
    """Every operation of one storage kind; ``source`` fills the import storage with TASKS, ``target`` is writable."""
    project, other = server.project(), server.project()
    try:
        contract(f"storages_{kind}_validate_create", body=_body(f"storages_{kind}_validate_create", {**source, "project": project}))
        made = contract(f"storages_{kind}_create", body=_body(f"storages_{kind}_create", {**source, "project": project})).parsed
        assert [s.id for s in contract(f"storages_{kind}_list", project=project).parsed] == [made.id]
        assert contract(f"storages_{kind}_list", project=other).parsed == []
        assert contract(f"storages_{kind}_retrieve", made.id).parsed.project == project
        # a PATCH re-sends the connection fields: Label Studio validates the whole storage on every update
        # ("Path must be set for Local Files storage" for a PATCH of the title alone)
        contract(f"storages_{kind}_partial_update", made.id, body=_body(f"storages_{kind}_partial_update", {**source, "title": "renamed"}))
        assert server.raw.get(f"/api/storages/{kind}/{made.id}").json()["title"] == "renamed"
        contract(f"storages_{kind}_sync_create", made.id)
        state = _wait(server, f"/api/storages/{kind}/{made.id}")
        assert state["status"] == "completed", state
        texts = sorted(t["data"]["text"] for t in server.raw.get("/api/tasks/", params={"project": project}).json()["tasks"])
        assert texts == sorted(t["text"] for t in TASKS)

        task = server.raw.get("/api/tasks/", params={"project": project}).json()["tasks"][0]["id"]
        server.raw.post(f"/api/tasks/{task}/annotations/", json={"result": [CHOICE]}).raise_for_status()
        export_kind = f"storages_export_{kind}"
        contract(f"{export_kind}_validate_create", body=_body(f"{export_kind}_validate_create", {**target, "project": project}))
        out = contract(f"{export_kind}_create", body=_body(f"{export_kind}_create", {**target, "project": project})).parsed
        assert [s.id for s in contract(f"{export_kind}_list", project=project).parsed] == [out.id]
        assert contract(f"{export_kind}_list", project=other).parsed == []
        assert contract(f"{export_kind}_retrieve", out.id).parsed.project == project
        contract(f"{export_kind}_partial_update", out.id, body=_body(f"{export_kind}_partial_update", {**target, "title": "out"}))
        assert server.raw.get(f"/api/storages/export/{kind}/{out.id}").json()["title"] == "out"
        contract(f"{export_kind}_sync_create", out.id)
        state = _wait(server, f"/api/storages/export/{kind}/{out.id}")
        assert state["status"] == "completed", state

        contract(f"{export_kind}_destroy", out.id)
        assert server.raw.get(f"/api/storages/export/{kind}/{out.id}").status_code == 404
        contract(f"storages_{kind}_destroy", made.id)
        assert server.raw.get(f"/api/storages/{kind}/{made.id}").status_code == 404
    finally:
        server.raw.delete(f"/api/projects/{project}/")
        server.raw.delete(f"/api/projects/{other}/")


@pytest.fixture
def contract_on(request: pytest.FixtureRequest) -> Iterator[Callable[[Server], Contract]]:
    made: list[Contract] = []

    def make(server: Server) -> Contract:
        made.append(Contract(server.http))
        return made[-1]

    yield make
    declared = getattr(request.function, "_contract", None)
    call = getattr(request.node, "rep_call", None)
    if declared is not None and made and call is not None and call.passed:
        merged = Contract(None)
        for one in made:
            merged.called |= one.called
            for op_id, names in one.params.items():
                merged.params.setdefault(op_id, set()).update(names)
        merged.check_declared(*declared)


@covers(*_ops("localfiles"), params=_params("localfiles"))
def test_local_files(contract_on: Callable[[Server], Contract], harness: Server, label_studio: Any) -> None:
    root = Path(label_studio.local_files_root)
    folder = root / f"ct-{uuid.uuid4().hex[:8]}"
    (folder / "in").mkdir(parents=True)
    (folder / "out").mkdir()
    import json

    for number, task in enumerate(TASKS):
        (folder / "in" / f"task_{number}.json").write_text(json.dumps(task))
    source = {"path": str(folder / "in"), "regex_filter": r".*\.json", "use_blob_urls": False, "title": "local"}
    run_kind(contract_on(harness), harness, "localfiles", source, {"path": str(folder / "out"), "title": "local out"})
    assert list((folder / "out").iterdir()) != []


@covers(*_ops("s3"), params=_params("s3"))
def test_s3(contract_on: Callable[[Server], Contract], loopback: Server, bucket: str, s3_server: dict[str, str]) -> None:
    fields = _s3_fields(s3_server)
    source = {"bucket": bucket, "prefix": "tasks/", "regex_filter": r".*\.json", "use_blob_urls": False, "presign": False, **fields}
    run_kind(contract_on(loopback), loopback, "s3", source, {"bucket": bucket, "prefix": "out", **fields})


@covers(*_ops("azure"), params=_params("azure"))
def test_azure(
    contract_on: Callable[[Server], Contract], harness: Server, container: str, azurite_server: dict[str, str]
) -> None:
    fields = AZURITE(azurite_server)
    source = {"container": container, "prefix": "tasks/", "regex_filter": r".*\.json", "use_blob_urls": False, "presign": False, **fields}
    run_kind(contract_on(harness), harness, "azure", source, {"container": container, "prefix": "out", **fields})


@covers(*_ops("gcs"), params=_params("gcs"))
def test_gcs(contract_on: Callable[[Server], Contract], loopback: Server, gcs_bucket: str) -> None:
    source = {"bucket": gcs_bucket, "prefix": "tasks/", "regex_filter": r".*\.json", "use_blob_urls": False, "presign": False}
    run_kind(contract_on(loopback), loopback, "gcs", source, {"bucket": gcs_bucket, "prefix": "out"})


@covers(*_ops("redis"), params=_params("redis"))
def test_redis(
    contract_on: Callable[[Server], Contract], loopback: Server, redis: Resp, redis_server: dict[str, str]
) -> None:
    import json

    prefix = f"ct-{uuid.uuid4().hex[:8]}:"
    redis("SELECT", REDIS_SOURCE_DB)
    for number, task in enumerate(TASKS):
        redis("SET", f"{prefix}{number}", json.dumps(task))
    fields = _redis_fields(redis_server)
    run_kind(contract_on(loopback), loopback, "redis", {"path": prefix, "use_blob_urls": False, **fields},
             {"path": f"out-{prefix}", **fields})


@covers(params={"storages_list": ["project"], "storages_export_list": ["project"]},
        *["storages_types_retrieve", "storages_export_types_retrieve"])
def test_storage_listings(contract_on: Callable[[Server], Contract], harness: Server, label_studio: Any) -> None:
    contract = contract_on(harness)
    kinds = {t.name for t in contract("storages_types_retrieve").parsed}
    assert kinds == {"s3", "gcs", "azure", "redis", "localfiles"}
    assert {t.name for t in contract("storages_export_types_retrieve").parsed} == kinds
    project, other = harness.project(), harness.project()
    try:
        folder = Path(label_studio.local_files_root) / f"ct-{uuid.uuid4().hex[:8]}"
        folder.mkdir(parents=True)
        made = harness.raw.post("/api/storages/localfiles/", json={"project": project, "path": str(folder)}).json()
        out = harness.raw.post("/api/storages/export/localfiles", json={"project": project, "path": str(folder)}).json()
        assert [s.id for s in contract("storages_list", project=project).parsed] == [made["id"]]
        assert contract("storages_list", project=other).parsed == []
        assert [s.id for s in contract("storages_export_list", project=project).parsed] == [out["id"]]
        assert contract("storages_export_list", project=other).parsed == []
    finally:
        harness.raw.delete(f"/api/projects/{project}/")
        harness.raw.delete(f"/api/projects/{other}/")

"""Datasets and targets of every cloud kind against real storage servers that the project starts itself.

scripts/storage_servers.py installs (once) and starts, per session: Debian's redis-server, moto in server mode (S3),
Azurite (Azure Blob) and gcp-storage-emulator (GCS), each on 127.0.0.1 with a throw-away data dir, plus a second
Label Studio for Redis, S3 and GCS. That one is needed because Label Studio 1.23 refuses storage hosts on loopback
unless started with ``SSRF_PROTECTION_ENABLED=false`` ("URL resolves to a reserved network address", a 403), and
its GCS client reaches an emulator only through ``STORAGE_EMULATOR_HOST`` read at start; the harness's server
(tests/server_fixture.py) has neither. Azure needs no such setting: its tests use the harness's server.

Label Studio's Azure storage has no endpoint setting: it builds the connection string
``DefaultEndpointsProtocol=https;AccountName=<account_name>;AccountKey=<account_key>;EndpointSuffix=core.windows.net``
by concatenation. An ``account_name`` of ``devstoreaccount1;BlobEndpoint=http://127.0.0.1:<port>/devstoreaccount1``
therefore adds a ``BlobEndpoint`` key, which azure-storage-blob prefers to the suffix: that is how these tests reach
Azurite without changing Label Studio. It is a test device, not a supported setting (see AZURITE below).

A server that cannot be installed on this machine (no apt-get or not root for Redis, no npm for Azurite) skips its
tests with the reason; any other failure to start fails them. Servers this session started are stopped at its end
(``LSCLIENT_KEEP_SERVER=1`` keeps them, as for Label Studio).
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import importlib.util
import json
import os
import socket
import sys
import time
import uuid
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from contract import Contract, covers
from flavours import connect
from server_fixture import skip_below

from lsclient import BadRequestError, Client, Dataset, InvalidInputError, NotFoundError, Project, Target
from lsclient.api_client import AuthenticatedClient
from lsclient.core.errors import PermissionDeniedError, ServerError

pytestmark = pytest.mark.integration

KEEP_SERVERS_ENV_VAR = "LSCLIENT_KEEP_SERVER"
CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
    '<Choice value="positive"/><Choice value="negative"/></Choices></View>'
)
POSITIVE = {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}
TASKS = [{"text": "great product"}, {"text": "awful service"}, {"text": "just fine"}]
# Label Studio's Redis storages use fixed databases: sources read db 1, targets write db 2 (model defaults)
REDIS_SOURCE_DB = 1
REDIS_TARGET_DB = 2


# ----------------------------------------------------------------------------------------- servers


def _load_storage_servers() -> ModuleType:
    name = "lsclient_storage_servers"
    module = sys.modules.get(name)
    if module is not None:
        return module
    path = Path(__file__).resolve().parents[2] / "scripts" / "storage_servers.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


servers = _load_storage_servers()


def _log(msg: str) -> None:
    print(f"[storage-servers] {msg}", file=sys.stderr, flush=True)


#: why a server could not be installed on this machine, by server name (reported by the skips)
_UNAVAILABLE: dict[str, str] = {}


def _start(request: pytest.FixtureRequest, name: str) -> dict[str, str] | None:
    """Values of a running server ``name`` (started now if needed, stopped at session end); None if unavailable."""
    if name in _UNAVAILABLE:
        return None
    capman: Any = request.config.pluginmanager.getplugin("capturemanager")
    try:
        if capman is not None:
            with capman.global_and_fixture_disabled():
                values, started = servers.ensure_running(name, log=_log)
        else:
            values, started = servers.ensure_running(name, log=_log)
    except servers.Unavailable as exc:
        _UNAVAILABLE[name] = str(exc)
        _log(f"{name} unavailable: {exc}")
        return None
    except servers.StorageServerError as exc:
        pytest.fail(f"could not start {name}: {exc}", pytrace=False)
    if started and os.environ.get(KEEP_SERVERS_ENV_VAR) != "1":
        request.addfinalizer(lambda: servers.stop(name, log=_log))
    return dict(values)


def _need(values: dict[str, str] | None, name: str) -> dict[str, str]:
    if values is None:
        pytest.skip(f"{name} cannot be installed on this machine: {_UNAVAILABLE.get(name, 'unknown reason')}")
    return values


@pytest.fixture(scope="session")
def redis_server(request: pytest.FixtureRequest) -> dict[str, str]:
    return _need(_start(request, "redis"), "redis")


@pytest.fixture(scope="session")
def s3_server(request: pytest.FixtureRequest) -> dict[str, str]:
    return _need(_start(request, "s3"), "s3")


@pytest.fixture(scope="session")
def azurite_server(request: pytest.FixtureRequest) -> dict[str, str]:
    return _need(_start(request, "azure"), "azure")


@pytest.fixture(scope="session")
def gcs_emulator(request: pytest.FixtureRequest) -> dict[str, str] | None:
    return _start(request, "gcs")


@pytest.fixture(scope="session")
def gcs_server(gcs_emulator: dict[str, str] | None) -> dict[str, str]:
    return _need(gcs_emulator, "gcs")


@pytest.fixture(scope="session")
def storage_label_studio(
    request: pytest.FixtureRequest, label_studio: Any, gcs_emulator: dict[str, str] | None
) -> dict[str, str]:
    """The second Label Studio (loopback storages allowed, GCS emulator); after the harness's, which installs it."""
    values = _start(request, "label-studio")
    assert values is not None  # it installs from the harness's venv: never "unavailable"
    emulator = gcs_emulator["GCS_EMULATOR_HOST"] if gcs_emulator else ""
    version = getattr(label_studio, "version", values.get("STORAGES_LABEL_STUDIO_VERSION"))
    if (values.get("STORAGES_LABEL_STUDIO_GCS_EMULATOR"), values.get("STORAGES_LABEL_STUDIO_VERSION")) != (
        emulator,
        version,
    ):
        # started by an earlier run, before this emulator (it reads STORAGE_EMULATOR_HOST only when it starts) or
        # for another release than the harness's
        servers.stop("label-studio", log=_log)
        values = _start(request, "label-studio")
        assert values is not None
    return values


@pytest.fixture(scope="session")
def storage_client(storage_label_studio: dict[str, str], session_flavour: str) -> Iterator[Client]:
    url, token = storage_label_studio["STORAGES_LABEL_STUDIO_URL"], storage_label_studio["STORAGES_LABEL_STUDIO_TOKEN"]
    with connect(session_flavour, url, token) as client:
        yield client


@pytest.fixture
def project(storage_client: Client) -> Iterator[Project]:
    """A fresh project on the storage Label Studio, deleted afterwards."""
    yield from _project(storage_client)


@pytest.fixture(scope="session")
def harness_client(label_studio: Any, session_flavour: str) -> Iterator[Client]:
    with connect(session_flavour, label_studio.url, label_studio.api_key) as client:
        yield client


@pytest.fixture
def harness_project(harness_client: Client) -> Iterator[Project]:
    """A fresh project on the harness's Label Studio (default settings), deleted afterwards."""
    yield from _project(harness_client)


def _project(client: Client) -> Iterator[Project]:
    project = client.projects.create(title=f"real-storages-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    yield project
    try:
        project.remove()
    except NotFoundError:
        pass


def _unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def _texts(project: Project) -> list[str]:
    return sorted(task.data["text"] for task in project.tasks.list())


def _annotate_first_task(client: Client, project: Project) -> tuple[int, int]:
    """Annotate one task of ``project``; return (task id, annotation id)."""
    task = next(iter(project.tasks.list()))
    annotation = client.tasks.retrieve(task.id).annotations.create(result=[POSITIVE])
    return task.id, annotation.id


def _assert_is_the_annotation(content: Any, task_id: int, annotation_id: int) -> None:
    document = json.loads(content)
    assert document["id"] == annotation_id
    assert document["task"]["id"] == task_id
    assert document["result"][0]["value"] == {"choices": ["positive"]}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ----------------------------------------------------------------------------------------- Redis


class Resp:
    """The smallest Redis client: one connection, commands as lists of strings, RESP2 replies."""

    def __init__(self, host: str, port: int) -> None:
        self._sock = socket.create_connection((host, port), timeout=10)
        self._buffer = b""

    def close(self) -> None:
        self._sock.close()

    def __call__(self, *args: str | int) -> Any:
        parts = [str(arg).encode() for arg in args]
        self._sock.sendall(b"*%d\r\n" % len(parts) + b"".join(b"$%d\r\n%s\r\n" % (len(p), p) for p in parts))
        return self._reply()

    def _line(self) -> bytes:
        while b"\r\n" not in self._buffer:
            chunk = self._sock.recv(65536)
            if not chunk:
                raise ConnectionError("redis closed the connection")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\r\n")
        return line

    def _exactly(self, size: int) -> bytes:
        while len(self._buffer) < size + 2:
            chunk = self._sock.recv(65536)
            if not chunk:
                raise ConnectionError("redis closed the connection")
            self._buffer += chunk
        data, self._buffer = self._buffer[:size], self._buffer[size + 2 :]
        return data

    def _reply(self) -> Any:
        line = self._line()
        kind, rest = line[:1], line[1:]
        if kind == b"+":
            return rest.decode()
        if kind == b"-":
            raise RuntimeError(f"redis error: {rest.decode()}")
        if kind == b":":
            return int(rest)
        if kind == b"$":
            size = int(rest)
            return None if size < 0 else self._exactly(size).decode()
        if kind == b"*":
            count = int(rest)
            return None if count < 0 else [self._reply() for _ in range(count)]
        raise RuntimeError(f"unexpected redis reply {line!r}")


@pytest.fixture
def redis(redis_server: dict[str, str]) -> Iterator[Resp]:
    client = Resp(redis_server["REDIS_HOST"], int(redis_server["REDIS_PORT"]))
    yield client
    client.close()


def _redis_fields(redis_server: dict[str, str]) -> dict[str, Any]:
    return {"host": redis_server["REDIS_HOST"], "port": int(redis_server["REDIS_PORT"])}


def test_redis_dataset_imports_the_tasks_under_its_prefix(
    project: Project, redis: Resp, redis_server: dict[str, str]
) -> None:
    prefix = _unique("it-tasks") + ":"
    redis("SELECT", REDIS_SOURCE_DB)
    for number, task in enumerate(TASKS):
        assert redis("SET", f"{prefix}{number}", json.dumps(task)) == "OK"
    redis("SET", _unique("elsewhere"), json.dumps({"text": "not under the prefix"}))

    dataset = project.datasets.create_redis(
        path=prefix, use_blob_urls=False, title="redis", **_redis_fields(redis_server)
    )
    assert isinstance(dataset, Dataset) and dataset.kind == "redis"
    assert (dataset.path, dataset.host, dataset.port, dataset.db) == (
        prefix,
        redis_server["REDIS_HOST"],
        redis_server["REDIS_PORT"],
        REDIS_SOURCE_DB,
    )
    dataset.validate()
    assert dataset.sync(progress=False) is dataset

    assert (dataset.status, dataset.last_sync_count) == ("completed", len(TASKS))
    assert _texts(project) == sorted(task["text"] for task in TASKS)

    redis("SET", f"{prefix}new", json.dumps({"text": "added later"}))
    again = dataset.sync(progress=False)
    assert (again.status, again.last_sync_count) == ("completed", 1)
    assert _texts(project) == sorted([*(task["text"] for task in TASKS), "added later"])

    dataset.update(title="renamed")
    assert project.datasets.retrieve(dataset.id, kind="redis").title == "renamed"
    assert [(d.kind, d.id) for d in project.datasets.list()] == [("redis", dataset.id)]


def test_redis_target_receives_each_annotation(
    storage_client: Client, project: Project, redis: Resp, redis_server: dict[str, str]
) -> None:
    prefix = _unique("it-target-src") + ":"
    redis("SELECT", REDIS_SOURCE_DB)
    redis("SET", f"{prefix}0", json.dumps(TASKS[0]))
    project.datasets.create_redis(path=prefix, use_blob_urls=False, **_redis_fields(redis_server)).sync(progress=False)

    target = project.targets.create_redis(path=_unique("it-out"), title="out", **_redis_fields(redis_server))
    assert isinstance(target, Target) and target.kind == "redis" and target.db == REDIS_TARGET_DB
    assert target.wait(progress=False).status == "completed"
    target.validate()
    task_id, annotation_id = _annotate_first_task(storage_client, project)

    # Label Studio writes a new annotation at once (post_save signal), under the annotation id: ``path`` is not used
    redis("SELECT", REDIS_TARGET_DB)
    _assert_is_the_annotation(redis("GET", str(annotation_id)), task_id, annotation_id)
    redis("DEL", str(annotation_id))

    assert target.sync(progress=False) is target
    assert (target.status, target.last_sync_count) == ("completed", 1)
    _assert_is_the_annotation(redis("GET", str(annotation_id)), task_id, annotation_id)
    redis("DEL", str(annotation_id))


@pytest.fixture
def redis_password(redis: Resp) -> Iterator[str]:
    """The session's Redis requires this password during the test (tests run one at a time)."""
    password = uuid.uuid4().hex
    redis("CONFIG", "SET", "requirepass", password)
    try:
        yield password
    finally:
        redis("CONFIG", "SET", "requirepass", "")  # this connection is already authenticated


def test_redis_with_a_password_syncs(
    project: Project, redis: Resp, redis_server: dict[str, str], redis_password: str
) -> None:
    prefix = _unique("it-pw") + ":"
    redis("SELECT", REDIS_SOURCE_DB)
    redis("SET", f"{prefix}0", json.dumps(TASKS[0]))

    dataset = project.datasets.create_redis(
        path=prefix, password=redis_password, use_blob_urls=False, **_redis_fields(redis_server)
    )
    assert redis_password not in repr(dataset) and "password" not in dataset.record.to_dict()
    dataset.sync(progress=False)

    assert (dataset.status, dataset.last_sync_count) == ("completed", 1)
    assert _texts(project) == [TASKS[0]["text"]]
    # Label Studio re-checks the connection on every PATCH from the PATCH alone: the password must come along
    with pytest.raises(BadRequestError, match="Can't connect to Redis server"):
        dataset.update(title="renamed")
    dataset.update(title="renamed", password=redis_password)
    assert project.datasets.retrieve(dataset.id, kind="redis").title == "renamed"


def test_redis_with_a_password_validates(
    project: Project, redis: Resp, redis_server: dict[str, str], redis_password: str
) -> None:
    redis("SELECT", REDIS_SOURCE_DB)
    redis("SET", "it-pw-validate:0", json.dumps(TASKS[0]))
    dataset = project.datasets.create_redis(
        path="it-pw-validate:", password=redis_password, use_blob_urls=False, **_redis_fields(redis_server)
    )

    dataset.validate(password=redis_password)


def test_redis_dataset_reads_the_database_it_is_given(
    project: Project, redis: Resp, redis_server: dict[str, str]
) -> None:
    prefix = _unique("it-db3") + ":"
    redis("SELECT", 3)
    redis("SET", f"{prefix}0", json.dumps(TASKS[0]))

    dataset = project.datasets.create_redis(path=prefix, db=3, use_blob_urls=False, **_redis_fields(redis_server))

    assert dataset.sync(progress=False).last_sync_count == 1


def test_redis_that_does_not_answer_is_rejected_when_connecting(project: Project) -> None:
    with pytest.raises(BadRequestError, match="Can't connect to Redis server"):
        project.datasets.create_redis(host="127.0.0.1", port=_closed_port(), path="anything")
    assert project.datasets.list().to_list() == []


def test_redis_on_loopback_is_refused_by_a_default_label_studio(
    harness_project: Project, redis_server: dict[str, str], label_studio
) -> None:
    skip_below(label_studio, "1.23", "SSRF protection of storage connections")
    """Why the second Label Studio exists: SSRF protection (on by default) refuses 127.0.0.1."""
    with pytest.raises(PermissionDeniedError, match="reserved network address"):
        harness_project.datasets.create_redis(path="x", **_redis_fields(redis_server))


# ----------------------------------------------------------------------------------------- S3 (moto)


class S3:
    """Plain HTTP against moto, with path-style URLs (the bucket in the path).

    moto does not check signatures (no IAM auth is configured), but treats a request without an Authorization
    header as anonymous and then refuses private objects (403): each request carries a SigV4-shaped header whose
    signature is not computed.
    """

    AUTHORIZATION = (
        "AWS4-HMAC-SHA256 Credential=lsclient-test/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0"
    )

    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint
        self.http = httpx.Client(
            base_url=endpoint, timeout=30, trust_env=False, headers={"Authorization": self.AUTHORIZATION}
        )

    def create_bucket(self, bucket: str) -> None:
        self.http.put(f"/{bucket}").raise_for_status()

    def put(self, bucket: str, key: str, body: str | bytes, content_type: str = "application/json") -> None:
        self.http.put(f"/{bucket}/{key}", content=body, headers={"Content-Type": content_type}).raise_for_status()

    def get(self, bucket: str, key: str) -> str:
        answer = self.http.get(f"/{bucket}/{key}")
        answer.raise_for_status()
        return answer.text

    def keys(self, bucket: str, prefix: str = "") -> list[str]:
        answer = self.http.get(f"/{bucket}", params={"list-type": "2", "prefix": prefix})
        answer.raise_for_status()
        namespace = {"s3": "http://s3.amazonaws.com/doc/2006-03-01/"}
        root = ElementTree.fromstring(answer.content)
        return sorted(node.text or "" for node in root.findall("s3:Contents/s3:Key", namespace))

    def delete_bucket(self, bucket: str) -> None:
        for key in self.keys(bucket):
            self.http.delete(f"/{bucket}/{key}").raise_for_status()
        self.http.delete(f"/{bucket}").raise_for_status()


@pytest.fixture
def s3(s3_server: dict[str, str]) -> Iterator[S3]:
    client = S3(s3_server["S3_ENDPOINT"])
    yield client
    client.http.close()


@pytest.fixture
def bucket(s3: S3) -> str:
    """A bucket with tasks/ (3 JSON task files), texts/ (2 text files) and other/ (1 JSON file)."""
    name = _unique("it-bucket")
    s3.create_bucket(name)
    for number, task in enumerate(TASKS):
        s3.put(name, f"tasks/task_{number}.json", json.dumps(task))
    s3.put(name, "texts/one.txt", "first text", content_type="text/plain")
    s3.put(name, "texts/two.txt", "second text", content_type="text/plain")
    s3.put(name, "other/task.json", json.dumps({"text": "not under the prefix"}))
    return name


def _s3_fields(s3_server: dict[str, str]) -> dict[str, Any]:
    return {
        "s3_endpoint": s3_server["S3_ENDPOINT"],
        "aws_access_key_id": s3_server["S3_ACCESS_KEY_ID"],
        "aws_secret_access_key": s3_server["S3_SECRET_ACCESS_KEY"],
        "region_name": s3_server["S3_REGION"],
    }


def test_s3_dataset_imports_the_json_tasks_under_its_prefix(
    project: Project, bucket: str, s3_server: dict[str, str]
) -> None:
    dataset = project.datasets.create_s3(
        bucket, prefix="tasks/", use_blob_urls=False, presign=False, title="s3 tasks", **_s3_fields(s3_server)
    )
    assert isinstance(dataset, Dataset) and dataset.kind == "s3"
    assert (dataset.bucket, dataset.prefix, dataset.s3_endpoint) == (bucket, "tasks/", s3_server["S3_ENDPOINT"])
    assert "aws_secret_access_key" not in dataset.record.to_dict()  # the server never returns credentials

    dataset.validate()
    dataset.sync(progress=False)

    assert (dataset.status, dataset.last_sync_count) == ("completed", len(TASKS))
    assert _texts(project) == sorted(task["text"] for task in TASKS)
    assert dataset.sync(progress=False).last_sync_count == 0
    assert project.fetch().task_number == len(TASKS)


def test_s3_blob_urls_are_served_through_label_studio(
    storage_client: Client, project: Project, bucket: str, s3_server: dict[str, str]
) -> None:
    dataset = project.datasets.create_s3(
        bucket, prefix="texts/", regex_filter=r".*\.txt", use_blob_urls=True, presign=False, **_s3_fields(s3_server)
    )
    dataset.sync(progress=False)

    assert dataset.last_sync_count == 2
    # presign=False: each task points at Label Studio's resolver, which reads the object from the bucket itself
    urls = sorted(task.data["text"] for task in project.tasks.list())
    assert all(url.startswith("/tasks/") and "/resolve/?fileuri=" in url for url in urls)
    http = storage_client.http.get_httpx_client()
    assert sorted(http.get(url).text for url in urls) == ["first text", "second text"]


def test_s3_missing_bucket_or_prefix_is_rejected_when_connecting(
    project: Project, bucket: str, s3_server: dict[str, str]
) -> None:
    """The create call fails. Label Studio checks the bucket (and prefix) when connecting; for an endpoint outside
    ``S3_TRUSTED_STORAGE_DOMAINS`` (AWS and a few clouds) it replaces the reason by a generic message and answers
    500, where AWS itself gets a 400 "Cannot find bucket ... in S3"."""
    hidden = "Debugging info is not available for s3 endpoints"
    with pytest.raises(ServerError, match=hidden):
        project.datasets.create_s3(_unique("it-no-such-bucket"), **_s3_fields(s3_server))
    with pytest.raises(ServerError, match=hidden):
        project.datasets.create_s3(bucket, prefix="missing/", **_s3_fields(s3_server))
    with pytest.raises(ServerError, match=hidden):
        project.targets.create_s3(_unique("it-no-such-bucket"), **_s3_fields(s3_server))
    assert project.datasets.list().to_list() == [] and project.targets.list().to_list() == []


def test_s3_bucket_that_vanished_fails_validate_and_sync(
    project: Project, s3: S3, bucket: str, s3_server: dict[str, str]
) -> None:
    dataset = project.datasets.create_s3(bucket, prefix="tasks/", use_blob_urls=False, **_s3_fields(s3_server))
    dataset.validate()
    s3.delete_bucket(bucket)

    with pytest.raises(ServerError, match="Debugging info is not available for s3 endpoints"):
        dataset.validate()
    with pytest.raises(ServerError, match="Debugging info is not available for s3 endpoints"):
        dataset.sync(progress=False)
    assert _texts(project) == []


def test_s3_target_writes_each_annotation_to_the_bucket(
    storage_client: Client, project: Project, s3: S3, bucket: str, s3_server: dict[str, str]
) -> None:
    project.datasets.create_s3(bucket, prefix="tasks/", use_blob_urls=False, **_s3_fields(s3_server)).sync(
        progress=False
    )
    target = project.targets.create_s3(bucket, prefix="annotations", title="out", **_s3_fields(s3_server))
    assert isinstance(target, Target) and target.kind == "s3"
    assert target.wait(progress=False).status == "completed"
    target.validate()

    task_id, annotation_id = _annotate_first_task(storage_client, project)

    key = f"annotations/{annotation_id}"
    assert s3.keys(bucket, "annotations/") == [key]  # written when the annotation was saved
    _assert_is_the_annotation(s3.get(bucket, key), task_id, annotation_id)
    target.sync(progress=False)
    assert (target.status, target.last_sync_count) == ("completed", 1)
    assert s3.keys(bucket, "annotations/") == [key]


# ----------------------------------------------------------------------------------------- Azure (Azurite)

#: API version of the test's own requests to Azurite (Label Studio's SDK picks its own)
AZURE_API_VERSION = "2021-08-06"


@dataclass
class Azure:
    """Azure Blob REST calls to Azurite, signed with the development account's Shared Key."""

    endpoint: str  # http://127.0.0.1:<port>/devstoreaccount1
    account: str
    key: str

    def __post_init__(self) -> None:
        self.http = httpx.Client(timeout=30, trust_env=False)

    def _request(self, method: str, path: str, *, params: dict[str, str] | None = None, **kw: Any) -> httpx.Response:
        url = httpx.URL(f"{self.endpoint}/{quote(path)}", params=params or {})
        headers: dict[str, str] = {
            "x-ms-date": datetime.datetime.now(datetime.UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"),
            "x-ms-version": AZURE_API_VERSION,
            **kw.pop("headers", {}),
        }
        content: bytes = kw.pop("content", b"")
        length = str(len(content)) if content else ""
        canonical_headers = "".join(
            f"{name}:{value}\n"
            for name, value in sorted((k.lower(), v) for k, v in headers.items() if k.startswith("x-ms-"))
        )
        # path-style (emulator) URLs: the account appears again in the path
        resource = f"/{self.account}{url.raw_path.decode().split('?')[0]}"
        for name, value in sorted(url.params.multi_items()):
            resource += f"\n{name.lower()}:{value}"
        to_sign = (
            "\n".join([method, "", "", length, "", headers.get("Content-Type", ""), "", "", "", "", "", ""])
            + "\n"
            + canonical_headers
            + resource
        )
        signature = base64.b64encode(
            hmac.new(base64.b64decode(self.key), to_sign.encode(), hashlib.sha256).digest()
        ).decode()
        headers["Authorization"] = f"SharedKey {self.account}:{signature}"
        answer = self.http.request(method, url, headers=headers, content=content or None)
        answer.raise_for_status()
        return answer

    def create_container(self, container: str) -> None:
        self._request("PUT", container, params={"restype": "container"})

    def put(self, container: str, blob: str, body: str, content_type: str = "application/json") -> None:
        headers = {"x-ms-blob-type": "BlockBlob", "Content-Type": content_type}
        self._request("PUT", f"{container}/{blob}", headers=headers, content=body.encode())

    def get(self, container: str, blob: str) -> str:
        return self._request("GET", f"{container}/{blob}").text

    def blobs(self, container: str, prefix: str = "") -> list[str]:
        params = {"restype": "container", "comp": "list", "prefix": prefix}
        root = ElementTree.fromstring(self._request("GET", container, params=params).content)
        return sorted(node.text or "" for node in root.iter("Name"))


@pytest.fixture
def azure(azurite_server: dict[str, str]) -> Iterator[Azure]:
    client = Azure(
        azurite_server["AZURITE_BLOB_ENDPOINT"],
        azurite_server["AZURITE_ACCOUNT_NAME"],
        azurite_server["AZURITE_ACCOUNT_KEY"],
    )
    yield client
    client.http.close()


def AZURITE(azurite_server: dict[str, str]) -> dict[str, str]:  # noqa: N802 (reads as the constant it stands for)
    """``account_name``/``account_key`` that make Label Studio's Azure client talk to Azurite (module docstring)."""
    account = azurite_server["AZURITE_ACCOUNT_NAME"]
    return {
        "account_name": f"{account};BlobEndpoint={azurite_server['AZURITE_BLOB_ENDPOINT']}",
        "account_key": azurite_server["AZURITE_ACCOUNT_KEY"],
    }


@pytest.fixture
def container(azure: Azure) -> str:
    """A container with tasks/ (3 JSON task files) and texts/ (1 text file)."""
    name = _unique("it-container")
    azure.create_container(name)
    for number, task in enumerate(TASKS):
        azure.put(name, f"tasks/task_{number}.json", json.dumps(task))
    azure.put(name, "texts/one.txt", "azure text", content_type="text/plain")
    return name


def test_azure_dataset_imports_the_json_tasks_under_its_prefix(
    harness_project: Project, container: str, azurite_server: dict[str, str]
) -> None:
    dataset = harness_project.datasets.create_azure(
        container, prefix="tasks/", use_blob_urls=False, presign=False, title="azure", **AZURITE(azurite_server)
    )
    assert isinstance(dataset, Dataset) and dataset.kind == "azure"
    assert (dataset.container, dataset.prefix) == (container, "tasks/")
    dataset.validate()
    dataset.sync(progress=False)

    assert (dataset.status, dataset.last_sync_count) == ("completed", len(TASKS))
    assert _texts(harness_project) == sorted(task["text"] for task in TASKS)


def test_azure_blob_urls_are_served_through_label_studio(
    harness_client: Client, harness_project: Project, container: str, azurite_server: dict[str, str]
) -> None:
    dataset = harness_project.datasets.create_azure(
        container, prefix="texts/", use_blob_urls=True, presign=False, **AZURITE(azurite_server)
    )
    dataset.sync(progress=False)

    [task] = harness_project.tasks.list()
    assert harness_client.http.get_httpx_client().get(task.data["text"]).text == "azure text"


def test_azure_missing_container_or_prefix_is_rejected_when_connecting(
    harness_project: Project, container: str, azurite_server: dict[str, str]
) -> None:
    missing = _unique("it-no-such-container")
    with pytest.raises(BadRequestError, match=f"Container not found: {missing}"):
        harness_project.datasets.create_azure(missing, **AZURITE(azurite_server))
    with pytest.raises(BadRequestError, match=f"azure-blob://{container}/missing/ not found"):
        harness_project.datasets.create_azure(container, prefix="missing/", **AZURITE(azurite_server))
    assert harness_project.datasets.list().to_list() == []


def test_azure_target_writes_each_annotation_to_the_container(
    harness_client: Client, harness_project: Project, azure: Azure, container: str, azurite_server: dict[str, str]
) -> None:
    harness_project.datasets.create_azure(
        container, prefix="tasks/", use_blob_urls=False, **AZURITE(azurite_server)
    ).sync(progress=False)
    target = harness_project.targets.create_azure(container, prefix="annotations", **AZURITE(azurite_server))
    assert isinstance(target, Target) and target.kind == "azure"
    assert target.wait(progress=False).status == "completed"
    target.validate()

    task_id, annotation_id = _annotate_first_task(harness_client, harness_project)
    # Label Studio 1.23.2 does not write to an Azure target when an annotation is saved (S3, GCS and Redis
    # targets do); a sync writes it
    target.sync(progress=False)

    assert (target.status, target.last_sync_count) == ("completed", 1)
    key = f"annotations/{annotation_id}"
    assert azure.blobs(container, "annotations/") == [key]
    _assert_is_the_annotation(azure.get(container, key), task_id, annotation_id)


# ----------------------------------------------------------------------------------------- GCS (emulator)


class Gcs:
    """The GCS JSON API of gcp-storage-emulator (no authentication)."""

    def __init__(self, endpoint: str) -> None:
        self.http = httpx.Client(base_url=endpoint, timeout=30, trust_env=False)

    def create_bucket(self, bucket: str) -> None:
        self.http.post("/storage/v1/b", params={"project": "lsclient"}, json={"name": bucket}).raise_for_status()

    def put(self, bucket: str, name: str, body: str) -> None:
        # octet-stream: the emulator parses a JSON media upload into a dict and then fails to checksum it
        answer = self.http.post(
            f"/upload/storage/v1/b/{bucket}/o",
            params={"uploadType": "media", "name": name},
            content=body.encode(),
            headers={"Content-Type": "application/octet-stream"},
        )
        answer.raise_for_status()

    def get(self, bucket: str, name: str) -> str:
        answer = self.http.get(f"/storage/v1/b/{bucket}/o/{quote(name, safe='')}", params={"alt": "media"})
        answer.raise_for_status()
        return answer.text

    def names(self, bucket: str, prefix: str = "") -> list[str]:
        answer = self.http.get(f"/storage/v1/b/{bucket}/o", params={"prefix": prefix})
        answer.raise_for_status()
        return sorted(item["name"] for item in answer.json().get("items", []))


@pytest.fixture
def gcs(gcs_server: dict[str, str]) -> Iterator[Gcs]:
    client = Gcs(gcs_server["GCS_EMULATOR_HOST"])
    yield client
    client.http.close()


@pytest.fixture
def gcs_bucket(gcs: Gcs, storage_label_studio: dict[str, str]) -> str:
    """A bucket with tasks/ (3 JSON task files)."""
    name = _unique("it-gcs")
    gcs.create_bucket(name)
    for number, task in enumerate(TASKS):
        gcs.put(name, f"tasks/task_{number}.json", json.dumps(task))
    return name


def test_gcs_dataset_imports_the_json_tasks_under_its_prefix(project: Project, gcs_bucket: str) -> None:
    # no credentials: with STORAGE_EMULATOR_HOST set, google-cloud-storage uses anonymous credentials
    dataset = project.datasets.create_gcs(gcs_bucket, prefix="tasks/", use_blob_urls=False, presign=False, title="gcs")
    assert isinstance(dataset, Dataset) and dataset.kind == "gcs"
    dataset.validate()
    dataset.sync(progress=False)

    assert (dataset.status, dataset.last_sync_count) == ("completed", len(TASKS))
    assert _texts(project) == sorted(task["text"] for task in TASKS)


def test_gcs_missing_bucket_or_prefix_is_rejected_when_connecting(project: Project, gcs_bucket: str) -> None:
    missing = _unique("it-no-such-bucket")
    # the reason comes from the emulator's 404 answer, which google-cloud-storage cannot parse ("unknown error")
    with pytest.raises(BadRequestError, match=f"storage/v1/b/{missing}"):
        project.datasets.create_gcs(missing)
    with pytest.raises(BadRequestError, match=f"No blobs found in {gcs_bucket}/missing/"):
        project.datasets.create_gcs(gcs_bucket, prefix="missing/")
    assert project.datasets.list().to_list() == []


def test_gcs_target_writes_each_annotation_to_the_bucket(
    storage_client: Client, project: Project, gcs: Gcs, gcs_bucket: str
) -> None:
    project.datasets.create_gcs(gcs_bucket, prefix="tasks/", use_blob_urls=False).sync(progress=False)
    target = project.targets.create_gcs(gcs_bucket, prefix="annotations")
    assert isinstance(target, Target) and target.kind == "gcs"
    assert target.wait(progress=False).status == "completed"
    target.validate()

    task_id, annotation_id = _annotate_first_task(storage_client, project)

    key = f"annotations/{annotation_id}"
    assert gcs.names(gcs_bucket, "annotations/") == [key]
    _assert_is_the_annotation(gcs.get(gcs_bucket, key), task_id, annotation_id)
    target.sync(progress=False)
    assert (target.status, target.last_sync_count) == ("completed", 1)


# ----------------------------------------------------------------------------- copying between servers


def test_copy_to_another_server_keeps_authors_by_email(
    harness_client: Client, harness_project: Project, storage_client: Client
) -> None:
    """``project.copy_to(other_client)``: the harness's Label Studio to the second one, authors matched by email."""
    email = f"annotator-{uuid.uuid4().hex[:8]}@example.com"
    author = harness_client.users.create(username=email.split("@")[0], email=email)
    tasks = [
        {
            "data": {"text": "great"},
            "meta": {"n": 1},
            "annotations": [{"result": [POSITIVE], "completed_by": author.id}],
        },
        {"data": {"text": "awful"}, "predictions": [{"result": [POSITIVE], "score": 0.25, "model_version": "m1"}]},
    ]
    harness_project.import_tasks(tasks, progress=False)

    with pytest.raises(InvalidInputError, match=f"no account on .*{email}"):
        harness_project.copy_to(storage_client, progress=False)
    assert not [p for p in storage_client.projects.list(title=harness_project.title)]  # nothing was created

    storage_client.users.create(username=email.split("@")[0], email=email)
    copy = harness_project.copy_to(storage_client, progress=False)
    try:
        assert copy.client.url != harness_project.client.url and copy.label_config == harness_project.label_config
        copied = {t.data["text"]: t for t in copy.tasks.list(include_annotations=True)}
        annotation = copied["great"].annotations.list().first()
        assert storage_client.users.retrieve(annotation.completed_by).email == email
        assert copied["great"].meta == {"n": 1}
        prediction = copied["awful"].predictions.list().first()
        assert (prediction.score, prediction.model_version) == (0.25, "m1")
    finally:
        copy.remove()


# ----------------------------------------------------------------------------------------- contract
# The 14 operations of each storage kind (import storage and export storage: validate, create, list with
# ``?project=``, retrieve, partial update, sync, remove) and the four cross-kind listings, called through the generated
# layer, every answer checked against the corrected schema (tests/contract.py; the coverage of all operations is
# checked in test_contract.py).

CONTRACT_CHOICE = {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}


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
            "/api/projects/", json={"title": f"ct-storage-{uuid.uuid4().hex[:8]}", "label_config": CONFIG}
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
    server = Server(
        storage_label_studio["STORAGES_LABEL_STUDIO_URL"], storage_label_studio["STORAGES_LABEL_STUDIO_TOKEN"]
    )
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
        contract(
            f"storages_{kind}_validate_create",
            body=_body(f"storages_{kind}_validate_create", {**source, "project": project}),
        )
        made = contract(
            f"storages_{kind}_create", body=_body(f"storages_{kind}_create", {**source, "project": project})
        ).parsed
        assert [s.id for s in contract(f"storages_{kind}_list", project=project).parsed] == [made.id]
        assert contract(f"storages_{kind}_list", project=other).parsed == []
        assert contract(f"storages_{kind}_retrieve", made.id).parsed.project == project
        # a PATCH re-sends the connection fields: Label Studio validates the whole storage on every update
        # ("Path must be set for Local Files storage" for a PATCH of the title alone)
        contract(
            f"storages_{kind}_partial_update",
            made.id,
            body=_body(f"storages_{kind}_partial_update", {**source, "title": "renamed"}),
        )
        assert server.raw.get(f"/api/storages/{kind}/{made.id}").json()["title"] == "renamed"
        contract(f"storages_{kind}_sync_create", made.id)
        state = _wait(server, f"/api/storages/{kind}/{made.id}")
        assert state["status"] == "completed", state
        texts = sorted(
            t["data"]["text"] for t in server.raw.get("/api/tasks/", params={"project": project}).json()["tasks"]
        )
        assert texts == sorted(t["text"] for t in TASKS)

        task = server.raw.get("/api/tasks/", params={"project": project}).json()["tasks"][0]["id"]
        server.raw.post(f"/api/tasks/{task}/annotations/", json={"result": [CONTRACT_CHOICE]}).raise_for_status()
        export_kind = f"storages_export_{kind}"
        contract(
            f"{export_kind}_validate_create",
            body=_body(f"{export_kind}_validate_create", {**target, "project": project}),
        )
        out = contract(
            f"{export_kind}_create", body=_body(f"{export_kind}_create", {**target, "project": project})
        ).parsed
        assert [s.id for s in contract(f"{export_kind}_list", project=project).parsed] == [out.id]
        assert contract(f"{export_kind}_list", project=other).parsed == []
        assert contract(f"{export_kind}_retrieve", out.id).parsed.project == project
        contract(
            f"{export_kind}_partial_update",
            out.id,
            body=_body(f"{export_kind}_partial_update", {**target, "title": "out"}),
        )
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
def test_s3(
    contract_on: Callable[[Server], Contract], loopback: Server, bucket: str, s3_server: dict[str, str]
) -> None:
    fields = _s3_fields(s3_server)
    source = {
        "bucket": bucket,
        "prefix": "tasks/",
        "regex_filter": r".*\.json",
        "use_blob_urls": False,
        "presign": False,
        **fields,
    }
    run_kind(contract_on(loopback), loopback, "s3", source, {"bucket": bucket, "prefix": "out", **fields})


@covers(*_ops("azure"), params=_params("azure"))
def test_azure(
    contract_on: Callable[[Server], Contract], harness: Server, container: str, azurite_server: dict[str, str]
) -> None:
    fields = AZURITE(azurite_server)
    source = {
        "container": container,
        "prefix": "tasks/",
        "regex_filter": r".*\.json",
        "use_blob_urls": False,
        "presign": False,
        **fields,
    }
    run_kind(contract_on(harness), harness, "azure", source, {"container": container, "prefix": "out", **fields})


@covers(*_ops("gcs"), params=_params("gcs"))
def test_gcs(contract_on: Callable[[Server], Contract], loopback: Server, gcs_bucket: str) -> None:
    source = {
        "bucket": gcs_bucket,
        "prefix": "tasks/",
        "regex_filter": r".*\.json",
        "use_blob_urls": False,
        "presign": False,
    }
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
    run_kind(
        contract_on(loopback),
        loopback,
        "redis",
        {"path": prefix, "use_blob_urls": False, **fields},
        {"path": f"out-{prefix}", **fields},
    )


@covers(
    "storages_types_retrieve",
    "storages_export_types_retrieve",
    params={"storages_list": ["project"], "storages_export_list": ["project"]},
)
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

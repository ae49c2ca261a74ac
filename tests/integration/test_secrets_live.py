"""No secret in log records, reprs or exception texts, through whole workflows against the real Label Studio.

Each flavour runs, with every logger at DEBUG (httpx and httpcore included, whose traces print every response
header): a project created, tasks imported, annotated, exported and downloaded with a personal access token; the
access token refreshed when it expires and again when the server refuses it; a password login (``SessionAuth``)
that lists, creates and removes; a legacy token; and failing requests — 401 (a wrong token, a revoked access
token, a wrong password), 400, 404 and a 500. Every value that is a credential is collected as it passes (the
key, the legacy token, the password, each access token the refresh returns, each ``sessionid`` and ``csrftoken``
cookie the server sets), then searched for in every captured log record (message, arguments, exception text),
in the ``repr`` and ``str`` of every object the workflow touched, and in the text of every exception raised (with
its causes). The same properties without a server, and the redirect tests, are tests/unit/test_secrets.py.
"""

from __future__ import annotations

import logging
import tempfile
import traceback
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from flavours import connect

import lsclient
from lsclient import LsClientError
from lsclient.api_client.api.tasks import tasks_create
from lsclient.api_client.models.tasks_create_body import TasksCreateBody
from lsclient.core._sync.calls import call

pytestmark = pytest.mark.integration

CONFIG = (
    '<View><Text name="text" value="$text"/>'
    '<Choices name="sentiment" toName="text"><Choice value="pos"/><Choice value="neg"/></Choices></View>'
)
RESULT = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["pos"]}}]


class Secrets:
    """Every credential value seen during a test: given ones, and those the server hands out (via httpx hooks)."""

    def __init__(self, label_studio: Any) -> None:
        self.values: dict[str, str] = {
            "personal access token": label_studio.api_key,
            "legacy token": label_studio.legacy_token,
            "password": label_studio.password,
        }
        self.touched: list[Any] = []  # objects whose repr and str are checked
        self.errors: list[BaseException] = []

    def add(self, name: str, value: str | None) -> None:
        if value and len(value) >= 8:  # short values (none are) would match by chance
            self.values[f"{name} #{len(self.values)}"] = value

    def watch(self, client: Any) -> None:
        """Collect the cookies and access tokens of every answer ``client`` receives."""

        def collect(response: httpx.Response) -> None:
            for header in response.headers.get_list("set-cookie"):
                name, _, rest = header.partition("=")
                self.add(f"cookie {name}", rest.split(";", 1)[0])
            if response.request.url.path.endswith("/api/token/refresh/") and response.status_code == 200:
                response.read()
                self.add("access token", response.json().get("access"))

        async def collect_async(response: httpx.Response) -> None:
            for header in response.headers.get_list("set-cookie"):
                name, _, rest = header.partition("=")
                self.add(f"cookie {name}", rest.split(";", 1)[0])
            if response.request.url.path.endswith("/api/token/refresh/") and response.status_code == 200:
                await response.aread()
                self.add("access token", response.json().get("access"))

        http = client.http
        if isinstance(client, lsclient.AsyncClient):  # the bridge reports the sync class: ask the target
            http.get_async_httpx_client().event_hooks["response"].append(collect_async)
        else:
            http.get_httpx_client().event_hooks["response"].append(collect)

    def expect_error(self, call_: Any, *args: Any, **kwargs: Any) -> LsClientError:
        try:
            result = call_(*args, **kwargs)
            if hasattr(result, "to_list"):
                result.to_list()
        except LsClientError as exc:
            self.errors.append(exc)
            return exc
        raise AssertionError(f"{call_} did not fail")

    def leaks(self, text: str) -> list[str]:
        return [name for name, value in self.values.items() if value in text]


def _bridged(value: Any) -> bool:
    try:
        object.__getattribute__(value, "_target")
    except AttributeError:
        return False
    return True


def _target(value: Any) -> Any:
    return object.__getattribute__(value, "_target") if _bridged(value) else value


@pytest.fixture
def secrets(label_studio: Any) -> Secrets:
    return Secrets(label_studio)


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every logger at DEBUG, captured: lsclient's, httpx's and httpcore's (which print response headers)."""
    caplog.set_level(logging.DEBUG)
    for name in ("lsclient", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog


def _connect(flavour: str, secrets: Secrets, *args: Any, **kwargs: Any) -> Any:
    client = connect(flavour, *args, **kwargs)
    secrets.watch(_target(client))
    secrets.touched += [client, _target(client), _target(client).http, _target(client)._auth]  # noqa: SLF001
    return client


def _workflow(flavour: str, label_studio: Any, secrets: Secrets, folder: Path) -> None:
    # A personal access token: create, import, annotate, export, download; refreshes on expiry and on a 401.
    with _connect(flavour, secrets, label_studio.url, label_studio.api_key) as client:
        auth = _target(client)._auth  # noqa: SLF001
        title = f"secrets-{uuid.uuid4().hex[:8]}"
        project = client.projects.create(title=title, label_config=CONFIG)
        ids = project.import_tasks([{"text": f"task {i}"} for i in range(5)], progress=False)
        task = client.tasks.retrieve(ids[0])
        annotation = task.annotations.create(result=RESULT)
        prediction = task.predictions.create(result=RESULT, score=0.9, model_version="v1")
        refreshes = auth.refresh_count
        auth._access = (auth._access[0], 0.0)  # noqa: SLF001 - the access token "expires": refreshed before the next
        export = project.exports.create()
        path = export.download(folder / "export.json", progress=False)
        downloaded = project.export(folder, format="CSV", progress=False)
        auth._access = ("revoked." + auth._access[0].split(".", 1)[1], None)  # noqa: SLF001 - the server refuses it
        tasks = list(project.tasks.list())
        assert auth.refresh_count == refreshes + 2, "the access token was not refreshed twice"
        secrets.touched += [project, task, annotation, prediction, export, path, downloaded, *tasks, client.projects]
        secrets.touched += [project.record, task.record, annotation.record, export.record, project.tasks.list()]

        # failing requests: 404, 400, 500
        secrets.expect_error(client.projects.retrieve, 2**31)
        secrets.expect_error(client.projects.create, title="x" * 60)
        secrets.expect_error(project.set_label_config, CONFIG.replace('<Choice value="pos"/>', ""))
        nested: Any = 1
        for _ in range(900):  # Label Studio's encoder gives up (500); the client itself refuses more than 500
            nested = {"a": nested}
        body = TasksCreateBody.from_dict({"data": {"text": "deep", "x": nested}, "project": project.id})
        if _bridged(client):
            runner = object.__getattribute__(client, "_runner")
            from lsclient.core._async.calls import call as async_call

            error = secrets.expect_error(
                lambda: runner.run(async_call(tasks_create.asyncio_detailed, client=_target(client).http, body=body))
            )
        else:
            error = secrets.expect_error(call, tasks_create.sync_detailed, client=client.http, body=body)
        assert isinstance(error, lsclient.ServerError), error
        project.remove()

    # a password login: list, create, remove; the session cookie is rotated by the server as it goes
    credentials = (label_studio.username, label_studio.password)
    with _connect(flavour, secrets, label_studio.url, credentials=credentials) as client:
        listed = client.projects.list().to_list()
        created = client.projects.create(title=f"secrets-{uuid.uuid4().hex[:8]}")
        created.remove()
        secrets.add("session", _target(client)._auth._session)  # noqa: SLF001
        secrets.touched += [listed, created]

    # a legacy token
    with _connect(flavour, secrets, label_studio.url, label_studio.legacy_token) as client:
        secrets.touched.append(client.users.me())

    # 401s: a wrong legacy token, a personal access token the server refuses to refresh, a wrong password
    wrong_token = "f" * 40
    secrets.add("wrong token", wrong_token)
    with _connect(flavour, secrets, label_studio.url, wrong_token, check_version=False) as client:
        assert isinstance(secrets.expect_error(client.projects.list), lsclient.AuthenticationError)
    head, payload, _ = label_studio.api_key.split(".")
    forged = f"{head}.{payload}.forged-signature-0123456789"
    secrets.add("forged token", forged)
    with _connect(flavour, secrets, label_studio.url, forged, check_version=False) as client:
        assert isinstance(secrets.expect_error(client.projects.list), lsclient.AuthenticationError)
    wrong_password = "wrong-password-0123456789"
    secrets.add("wrong password", wrong_password)
    wrong = (label_studio.username, wrong_password)
    with _connect(flavour, secrets, label_studio.url, credentials=wrong, check_version=False) as client:
        assert isinstance(secrets.expect_error(client.projects.list), lsclient.AuthenticationError)


def _texts(record: logging.LogRecord) -> str:
    parts = [record.getMessage(), repr(record.args), record.name]
    if record.exc_info and record.exc_info[1] is not None:
        parts.append("".join(traceback.format_exception(record.exc_info[1])))
    return "\n".join(parts)


def _error_texts(error: BaseException) -> str:
    parts = []
    seen: BaseException | None = error
    while seen is not None:
        parts += [str(seen), repr(seen), repr(getattr(seen, "body", None)), repr(vars(seen))]
        seen = seen.__cause__ or seen.__context__
    return "\n".join(parts + ["".join(traceback.format_exception(error))])


def test_no_secret_in_logs_reprs_or_errors_of_whole_workflows(
    label_studio: Any, flavour: str, debug_logs: pytest.LogCaptureFixture, secrets: Secrets
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _workflow(flavour, label_studio, secrets, Path(folder))

    records = debug_logs.records
    # the scan is not vacuous: credentials went by, and the traces that print headers were captured
    names = " ".join(secrets.values)
    assert "access token" in names and "cookie sessionid" in names and "session" in names, names
    assert any(r.name.startswith("httpcore") and "receive_response_headers" in r.getMessage() for r in records)
    assert len(secrets.errors) >= 7

    leaks = {}
    for record in records:
        found = secrets.leaks(_texts(record))
        if found:
            leaks[f"log {record.name}: {record.getMessage()[:120]}"] = found
    for obj in secrets.touched:
        found = secrets.leaks(f"{obj!r}\n{obj}")
        if found:
            leaks[f"repr of {type(obj).__name__}"] = found
    for error in secrets.errors:
        found = secrets.leaks(_error_texts(error))
        if found:
            leaks[f"error {type(error).__name__}: {str(error)[:120]}"] = found
    assert leaks == {}
    assert any("<hidden>" in r.getMessage() for r in records), "no Set-Cookie header was seen in the traces"

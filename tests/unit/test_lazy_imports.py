"""Nothing heavy at import (issue 9): ``import lsclient`` and building a client load the client's own modules only,
and everything else (repositories, entities, label configs, filters, the generated operations and models) comes
with its first use. Each check runs in a fresh interpreter, whose ``sys.modules`` is what a program would load."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import lsclient

SRC = Path(lsclient.__file__).resolve().parents[1]
URL = "http://127.0.0.1:9"  # never contacted: building a client sends nothing
LEGACY_KEY = "0123456789abcdef0123456789abcdef01234567"

#: modules a client may load beyond what httpx loads to build its own client: dataclasses (the retry policy) and
#: contextvars (the transport's repeatable blocks). Not attrs (about 15 ms): the generated client is a plain class,
#: and the generated models and response types, which are attrs classes, load with the first request.
ALLOWED_BEYOND_HTTPX = ("dataclasses", "contextvars", "_contextvars")

#: an upper bound on lsclient's own modules loaded by ``from lsclient import make_client`` and building a client
#: (17 at the time of writing, among them 2 of the generated package: its client and errors).
MAX_LSCLIENT_MODULES = 22


def fresh(code: str) -> dict[str, Any]:
    """Run ``code`` in a new interpreter on this checkout; return the JSON it prints last, plus ``modules`` (the
    names in ``sys.modules`` when the code ends)."""
    script = textwrap.dedent(code) + "\nimport json as _j, sys as _s\nprint(_j.dumps(sorted(_s.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    result: dict[str, Any] = json.loads(lines[-2]) if len(lines) > 1 else {}
    result["modules"] = json.loads(lines[-1])
    return result


def lsclient_modules(modules: list[str]) -> list[str]:
    return [name for name in modules if name == "lsclient" or name.startswith("lsclient.")]


def generated(modules: list[str], part: str) -> list[str]:
    return [name for name in modules if name.startswith(f"lsclient.api_client.{part}.")]


def test_import_lsclient_loads_two_modules() -> None:
    loaded = fresh("import lsclient")["modules"]
    assert lsclient_modules(loaded) == ["lsclient", "lsclient.core"]
    assert "httpx" not in loaded


@pytest.mark.parametrize(
    ("flavour", "maker", "other"),
    [("sync", "make_client", "lsclient.core._async."), ("async", "make_async_client", "lsclient.core._sync.")],
)
def test_building_a_client_loads_no_operation_model_or_repository(flavour: str, maker: str, other: str) -> None:
    loaded = fresh(f"""
        from lsclient import {maker}
        client = {maker}({URL!r}, {LEGACY_KEY!r})
        print('{{"type": "' + type(client).__name__ + '"}}')
    """)
    assert loaded["type"] == ("Client" if flavour == "sync" else "AsyncClient")
    modules = loaded["modules"]
    assert generated(modules, "api") == []
    assert generated(modules, "models") == []
    ours = lsclient_modules(modules)
    assert [name for name in ours if name.startswith(other)] == []  # one flavour only
    for repository in ("projects", "tasks", "users", "webhooks", "storages", "exports", "importing", "views"):
        assert f"lsclient.core._sync.{repository}" not in ours and f"lsclient.core._async.{repository}" not in ours
    for heavy in ("label_config", "ls_tags", "filters", "storage_kinds", "batching", "export_files"):
        assert f"lsclient.core.{heavy}" not in ours
    assert len(ours) <= MAX_LSCLIENT_MODULES, ours


def test_a_client_loads_nothing_beyond_httpx_but_attrs() -> None:
    baseline = set(fresh(f"import httpx\nhttpx.Client(base_url={URL!r})")["modules"])
    loaded = fresh(f"from lsclient import make_client\nmake_client({URL!r}, {LEGACY_KEY!r})")["modules"]
    extra = {name for name in loaded if name not in baseline and not lsclient_modules([name])}
    assert {name for name in extra if name.split(".")[0] not in ALLOWED_BEYOND_HTTPX} == set()
    assert "asyncio" not in loaded  # a sync program does not load asyncio on lsclient's account


def test_errors_filters_and_label_configs_load_no_generated_code() -> None:
    loaded = fresh("from lsclient import F, Query, LabelConfig, LsClientError, NotFoundError, RetryPolicy")["modules"]
    assert generated(loaded, "api") == [] and generated(loaded, "models") == []
    assert "lsclient.core._sync.client" not in loaded and "lsclient.core._async.client" not in loaded


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in lsclient.__all__:
        value = getattr(lsclient, name)
        assert getattr(lsclient.core, name) is value
        assert getattr(value, "__module__", "").startswith("lsclient.core"), name
    assert set(lsclient.__all__) <= set(dir(lsclient))
    assert set(lsclient.__all__) <= set(dir(lsclient.core))
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = lsclient.Nope  # type: ignore[attr-defined]


def test_star_import_binds_every_public_name() -> None:
    loaded = fresh("""
        import json
        import lsclient
        namespace = {}
        exec("from lsclient import *", namespace)
        print(json.dumps({"missing": sorted(set(lsclient.__all__) - set(namespace))}))
    """)
    assert loaded["missing"] == []


def test_first_use_imports_what_it_needs() -> None:
    loaded = fresh(f"""
        import json, sys
        from lsclient import make_client
        from lsclient.core._sync.projects import ProjectsRepo
        client = make_client({URL!r}, {LEGACY_KEY!r})
        before = set(sys.modules)
        repo = client.projects
        facade = client.api.projects
        after_facade = set(sys.modules)
        print(json.dumps({{
            "repo": type(repo).__name__,
            "cached": client.projects is repo,
            "same_class": type(repo) is ProjectsRepo,
            "facade": type(facade).__name__,
            "tasks": type(client.tasks).__name__,
            "facade_loaded": sorted(after_facade - before),
        }}))
    """)
    assert (loaded["repo"], loaded["cached"], loaded["same_class"]) == ("ProjectsRepo", True, True)
    assert (loaded["facade"], loaded["tasks"]) == ("ProjectsApi", "TasksRepo")
    assert loaded["facade_loaded"] == []  # the facade's package came with the repository; its methods import more


def test_a_generated_operation_imports_its_own_models_only() -> None:
    loaded = fresh("""
        import json, sys
        import lsclient.api_client.api.tasks
        package_only = sorted(sys.modules)
        from lsclient.api_client.api.tasks import tasks_create
        print(json.dumps({"package_only": package_only}))
    """)
    assert generated(loaded["package_only"], "models") == ["lsclient.api_client.models.tasks_list_fields"]
    assert [m for m in generated(loaded["package_only"], "api") if m.count(".") == 4] == []  # no operation yet
    operations = [m for m in generated(loaded["modules"], "api") if m.count(".") == 4]
    assert operations == ["lsclient.api_client.api.tasks.tasks_create"]
    assert "lsclient.api_client.models.data_manager_task" not in loaded["modules"]  # tasks_list's, not create's


def test_a_facade_method_imports_its_operation_on_call() -> None:
    loaded = fresh(f"""
        import json, sys
        import httpx
        from lsclient.api_client import AuthenticatedClient, LabelStudioApi

        http = AuthenticatedClient(base_url={URL!r}, token="t")
        http.set_httpx_client(httpx.Client(
            base_url={URL!r}, transport=httpx.MockTransport(lambda r: httpx.Response(200, json={{"release": "1.2.3"}}))
        ))
        api = LabelStudioApi(http)
        facade = api.server
        before = "lsclient.api_client.api.server.version_retrieve" in sys.modules
        print(json.dumps({{"before": before, "release": api.server.version_retrieve().release}}))
    """)
    assert (loaded["before"], loaded["release"]) == (False, "1.2.3")
    assert "lsclient.api_client.api.server.version_retrieve" in loaded["modules"]


def test_storage_kinds_import_the_operations_of_the_kind_used() -> None:
    loaded = fresh("""
        import json, sys
        from lsclient.core.storage_kinds import storage_kind
        package_only = sorted(sys.modules)
        kind = storage_kind("s3", "import")
        print(json.dumps({"package_only": package_only, "module": kind.create.__name__, "model": kind.model.__name__}))
    """)
    assert generated(loaded["package_only"], "api") == []
    assert (loaded["module"], loaded["model"]) == (
        "lsclient.api_client.api.storage_s3.storages_s3_create",
        "S3ImportStorage",
    )
    operations = [m for m in generated(loaded["modules"], "api") if m.count(".") == 4]
    assert operations == ["lsclient.api_client.api.storage_s3.storages_s3_create"]

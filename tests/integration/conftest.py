"""Fixtures for integration tests: clients of the generated layer bound to the real local server."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator

import pytest
from flavours import FLAVOURS

from lsclient.api_client import AuthenticatedClient, LabelStudioApi
from lsclient.api_client.models.project_request import ProjectRequest

TEXT_CLASSIFICATION = """
<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text">
    <Choice value="positive"/>
    <Choice value="negative"/>
  </Choices>
</View>
""".strip()


@pytest.fixture(scope="module", params=FLAVOURS)
def flavour(request: pytest.FixtureRequest) -> str:
    """Each test that asks for it runs twice: with ``make_client`` and with ``make_async_client`` (bridged, see
    tests/flavours.py), so the integration suite proves both flavours of the core."""
    return str(request.param)


@pytest.fixture(scope="session", params=FLAVOURS)
def session_flavour(request: pytest.FixtureRequest) -> str:
    """The flavour for session-scoped clients (the storage suite's): same idea as ``flavour``."""
    return str(request.param)


@pytest.fixture
def legacy_client(label_studio) -> Iterator[AuthenticatedClient]:
    """A generated-layer client using the legacy token (no expiry), raising on undocumented statuses."""
    with AuthenticatedClient(
        base_url=label_studio.url, token=label_studio.legacy_token, prefix="Token", raise_on_unexpected_status=True
    ) as client:
        yield client


@pytest.fixture
def api(legacy_client: AuthenticatedClient) -> LabelStudioApi:
    """The per-tag facade over every generated operation."""
    return LabelStudioApi(legacy_client)


@pytest.fixture
def project_id(api: LabelStudioApi) -> Iterator[int]:
    """A fresh text-classification project, deleted afterwards."""
    project = api.projects.create(
        body=ProjectRequest(title=f"it-{uuid.uuid4().hex[:8]}", label_config=TEXT_CLASSIFICATION)
    )
    assert project is not None
    yield project.id
    api.projects.destroy(project.id)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> pytest.TestReport:
    """Keep each phase's report on the test item (``item.rep_call``), for fixtures that check after a passing test."""
    report: pytest.TestReport = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the contract test's coverage figures (tests/contract.py), when it ran."""
    contract = sys.modules.get("contract")
    for line in getattr(contract, "SUMMARY", []):
        terminalreporter.write_line(line)

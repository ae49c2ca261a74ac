"""Projects, tasks, annotations and predictions through lsclient.core, against the real server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from flavours import connect

from lsclient import BadRequestError, Client, F, InvalidInputError, NotFoundError, Project, Query
from lsclient.api_client.models.patched_project_request import PatchedProjectRequest
from lsclient.core.errors import TaskImportError
from lsclient.core.label_config import LabelConfigError, LabelConfigSyntaxError

pytestmark = pytest.mark.integration

CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text">
    <Choice value="positive"/>
    <Choice value="negative"/>
  </Choices>
</View>"""
POSITIVE = {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}


class RequestLog:
    """Records (method, path) of every request the client sends."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append((request.method, request.url.path))


@pytest.fixture
def log() -> RequestLog:
    return RequestLog()


@pytest.fixture
def client(label_studio, log: RequestLog, flavour: str) -> Iterator[Client]:
    own = httpx.Client(event_hooks={"request": [log]})
    with connect(flavour, label_studio.url, label_studio.api_key, httpx_client=own) as client:
        yield client


@pytest.fixture
def project(client: Client) -> Iterator[Project]:
    project = client.projects.create(title=f"core-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    yield project
    try:
        project.remove()
    except NotFoundError:
        pass


def test_project_lifecycle(client: Client, log: RequestLog) -> None:
    title = f"life-{uuid.uuid4().hex[:8]}"
    project = client.projects.create(title=title, label_config=CONFIG, description="first")
    assert project.title == title and project.description == "first"
    assert repr(project) == f"<Project id={project.id} title={title!r}>"

    log.requests.clear()
    same = project.update(title=title + "-v2")
    assert same is project and project.title == title + "-v2"
    assert log.requests == [("PATCH", f"/api/projects/{project.id}/")]  # one PATCH, no second GET

    project.update(PatchedProjectRequest(description="second"))
    assert client.projects.retrieve(project.id).description == "second"

    with pytest.raises(AttributeError, match="update"):
        project.title = "assigned"  # type: ignore[misc]
    assert project.fetch().title == title + "-v2"

    project.remove()
    with pytest.raises(NotFoundError):
        project.fetch()


def test_invalid_label_config_names_the_problem(client: Client, log: RequestLog) -> None:
    log.requests.clear()
    # Malformed XML, or a tag Label Studio does not know, is refused before any request.
    with pytest.raises(LabelConfigSyntaxError, match="mismatched tag at line 1, column 41"):
        client.projects.create(title="broken config", label_config="<View><Text name='text' value='$text'></View>")
    with pytest.raises(LabelConfigError, match="did you mean <Choices>"):
        client.projects.create(
            title="broken config",
            label_config="<View><Text name='text' value='$text'/><Choises name='c' toName='text'/></View>",
        )
    assert log.requests == []
    # What only the server knows (a toName naming no tag) is its BadRequestError.
    with pytest.raises(BadRequestError) as info:
        client.projects.create(
            title="broken config",
            label_config=(
                "<View><Text name='text' value='$text'/>"
                "<Choices name='c' toName='txt'><Choice value='a'/></Choices></View>"
            ),
        )
    assert "label_config" in info.value.validation_errors
    assert "label_config" in str(info.value)


def test_unknown_field_is_refused_before_any_request(client: Client, project: Project, log: RequestLog) -> None:
    log.requests.clear()
    with pytest.raises(InvalidInputError, match=r"'titel' \(did you mean 'title'\?\)"):
        project.update(titel="typo")
    with pytest.raises(InvalidInputError, match="titel"):
        client.projects.create(titel="typo")
    assert log.requests == []


def test_projects_list_is_lazy_and_pages_through(client: Client, log: RequestLog) -> None:
    created = [client.projects.create(title=f"page-{i}-{uuid.uuid4().hex[:6]}") for i in range(5)]
    try:
        ids = [p.id for p in created]
        log.requests.clear()
        pager = client.projects.list(ids=ids, page_size=2)
        assert log.requests == []  # nothing fetched before iteration
        assert sorted(p.id for p in pager) == sorted(ids)
        assert len(log.requests) == 3  # pages of 2, 2, 1 -- never a request past the end
        assert [p.id for p in client.projects.list(title=created[0].title)] == [ids[0]]
        assert len(client.projects.list(ids=ids, limit=3).to_list()) == 3
    finally:
        for p in created:
            client.projects.remove(p.id)


def test_import_tasks_returns_ids_in_order_and_tasks_list_filters(client: Client, project: Project) -> None:
    texts = [f"{'great' if i % 3 == 0 else 'fine'} item {i}" for i in range(25)]
    ids = project.import_tasks([{"text": t} for t in texts], batch_size=10, progress=False)
    assert len(ids) == 25 and ids == sorted(ids)

    listed = list(project.tasks.list(page_size=10))
    assert [t.id for t in listed] == ids and [t.data["text"] for t in listed] == texts

    great = project.tasks.list(filter=F.data("text").contains("great"))
    assert sorted(t.id for t in great) == [ids[i] for i in range(0, 25, 3)]

    newest_first = project.tasks.list(query=Query(F.id > ids[20], ordering=F.id.desc()))
    assert [t.id for t in newest_first] == list(reversed(ids[21:]))

    full = project.import_tasks([{"data": {"text": "with meta"}, "meta": {"batch": "b1"}}], progress=False)
    assert client.tasks.retrieve(full[0]).meta == {"batch": "b1"}


def test_bad_task_in_import_reports_what_is_in(project: Project) -> None:
    tasks = [{"text": f"ok {i}"} for i in range(4)] + [{"wrong_key": "x"}]
    with pytest.raises(TaskImportError) as info:
        project.import_tasks(tasks, batch_size=2, progress=False)
    error = info.value
    assert isinstance(error.__cause__, BadRequestError) and "text" in str(error)
    assert error.failed_at == 4 and len(error.imported_task_ids) == 4
    assert sorted(t.id for t in project.tasks.list()) == error.imported_task_ids


def test_task_fetch_update_remove(client: Client, project: Project, log: RequestLog) -> None:
    task = project.tasks.create({"text": "original"}, meta={"source": "test"})
    assert task.data == {"text": "original"} and task.project == project.id

    log.requests.clear()
    task.update(data={"text": "edited"})
    assert task.data == {"text": "edited"}
    assert log.requests == [("PATCH", f"/api/tasks/{task.id}/")]
    assert client.tasks.retrieve(task.id).data == {"text": "edited"}

    assert project.tasks.retrieve(task.id).id == task.id
    task.remove()
    with pytest.raises(NotFoundError):
        client.tasks.retrieve(task.id)


def test_annotations_and_predictions(client: Client, project: Project) -> None:
    (task_id,) = project.import_tasks([{"text": "great"}], progress=False)
    task = client.tasks.retrieve(task_id)

    prediction = task.predictions.create(result=[POSITIVE], score=0.8, model_version="v1")
    assert prediction.task == task_id and prediction.score == pytest.approx(0.8)
    assert repr(prediction) == f"<Prediction id={prediction.id} model_version='v1'>"
    assert [p.id for p in task.predictions.list()] == [prediction.id]
    prediction.update(score=0.3)
    assert task.predictions.retrieve(prediction.id).score == pytest.approx(0.3)

    annotation = task.annotations.create(result=[POSITIVE])
    assert annotation.task == task_id and annotation.result[0]["value"]["choices"] == ["positive"]
    negative = {**POSITIVE, "value": {"choices": ["negative"]}}
    annotation.update(result=[negative])
    assert task.annotations.retrieve(annotation.id).result[0]["value"]["choices"] == ["negative"]
    assert [a.id for a in task.annotations.list()] == [annotation.id]

    with pytest.raises(InvalidInputError, match="result"):
        task.annotations.create(result="positive")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="result"):
        annotation.update(result="positive")

    # a retrieve through a task checks the object is that task's
    (other_id,) = project.import_tasks([{"text": "other"}], progress=False)
    other = client.tasks.retrieve(other_id)
    with pytest.raises(NotFoundError, match="not in task"):
        other.annotations.retrieve(annotation.id)
    with pytest.raises(NotFoundError, match="not in task"):
        other.predictions.retrieve(prediction.id)
    assert task.annotations.list().first().id == annotation.id
    assert [p.id for p in task.predictions.list(limit=1).to_list()] == [prediction.id]

    annotation.remove()
    prediction.remove()
    assert task.annotations.list().to_list() == [] and task.predictions.list().to_list() == []


def test_projects_list_by_title_is_exact(client: Client) -> None:
    """The server's ``title`` filter is a case-insensitive substring: "Reviews v2" also found "Reviews v2 (copy)"."""
    title = f"Reviews v2 {uuid.uuid4().hex[:8]}"
    made = [client.projects.create(title=name) for name in (title, f"{title} (copy)", title.upper())]
    try:
        assert [p.id for p in client.projects.list(title=title)] == [made[0].id]
        assert [p.id for p in client.projects.list(title=title, page_size=1)] == [made[0].id]  # across pages
        assert sorted(p.id for p in client.projects.list(title_contains=title)) == sorted(p.id for p in made)
        with pytest.raises(InvalidInputError, match="not both"):
            client.projects.list(title=title, title_contains=title)
    finally:
        for project in made:
            project.remove()


def test_an_annotated_task_can_be_updated(client: Client, project: Project) -> None:
    """The PATCH answer's ``updated_by`` (an id) differs in shape from the task's (a list of users)."""
    (task_id,) = project.import_tasks([{"text": "before"}], progress=False)
    task = client.tasks.retrieve(task_id)
    task.annotations.create(result=[POSITIVE])
    task.fetch()
    assert task.update(data={"text": "after"}) is task
    assert task.data == {"text": "after"} and task.total_annotations == 1
    assert client.tasks.retrieve(task_id).data == {"text": "after"}


def test_children_of_another_parent_are_never_removed_through_this_one(client: Client, project: Project) -> None:
    first, second = project.import_tasks([{"text": "one"}, {"text": "two"}], progress=False)
    annotation = client.tasks.retrieve(first).annotations.create(result=[POSITIVE])
    prediction = client.tasks.retrieve(first).predictions.create(result=[POSITIVE], score=0.5)
    other = client.tasks.retrieve(second)
    with pytest.raises(NotFoundError, match=f"/api/annotations/{annotation.id}/: annotation"):
        other.annotations.remove(annotation.id)
    with pytest.raises(NotFoundError, match="not in task"):
        other.predictions.remove(prediction.id)
    assert annotation.fetch().id == annotation.id and prediction.fetch().id == prediction.id  # both still there


def test_a_built_label_config_is_accepted_everywhere(client: Client, project: Project) -> None:
    from lsclient import LabelConfig

    config = LabelConfig.text_classification("sentiment", ["positive", "negative", "neutral"])
    project.update(label_config=config)
    assert "neutral" in project.parsed_config.control("sentiment").labels
    assert client.validate_label_config(config) is None
    with pytest.raises(InvalidInputError, match="ids"):
        client.projects.list(ids="297")  # type: ignore[arg-type]


def test_project_tasks_remove_stays_in_its_project(client: Client, project: Project, log: RequestLog) -> None:
    other = client.projects.create(title=f"other-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    try:
        (mine,) = project.import_tasks([{"text": "mine"}], progress=False)
        (theirs,) = other.import_tasks([{"text": "theirs"}], progress=False)
        log.requests.clear()
        with pytest.raises(NotFoundError, match=f"task {theirs} is not in project {project.id}"):
            project.tasks.remove(theirs)
        assert client.tasks.retrieve(theirs).project == other.id  # untouched
        log.requests.clear()
        project.tasks.remove(mine)
        assert log.requests == [
            ("GET", f"/api/tasks/{mine}/"),  # the ownership check
            ("DELETE", f"/api/tasks/{mine}/"),
        ]
        with pytest.raises(NotFoundError):
            client.tasks.retrieve(mine)
        with pytest.raises(NotFoundError, match="not in project"):
            project.tasks.retrieve(theirs)
    finally:
        other.remove()


def test_project_conveniences_export_and_labels(project: Project, tmp_path) -> None:
    (task_id,) = project.import_tasks([{"text": "great"}], progress=False)
    project.client.tasks.retrieve(task_id).annotations.create(result=[POSITIVE])

    assert project.parsed_config.control("sentiment").labels == ("positive", "negative")
    assert project.add_label("sentiment", "neutral") is True
    assert project.add_label("sentiment", "neutral") is False
    assert "neutral" in project.fetch().parsed_config.control("sentiment").labels

    path = project.export(tmp_path / "out.csv", format="CSV", progress=False)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "great" in lines[1]
    assert project.exports.list().to_list() == []  # the snapshot was removed afterwards

"""Every export format the server lists, downloaded through lsclient and checked against what it promises
(issue 10, kind 1), in both flavours, against the real Label Studio.

Six small projects ("kinds") cover what Label Studio's converters need: text (Choices and NER Labels), shapes on
images (RectangleLabels and PolygonLabels), a pose (RectangleLabels with KeyPointLabels), brush masks, and audio
transcripts (TextArea). Each gets a few tasks whose media files are uploaded, annotations by two known users and a
prediction. For each kind, the formats the server lists must be exactly those this module knows how to check
(:data:`CHECKS`), every one is downloaded from one snapshot into a directory (so the server's file name and
extension are kept), and its content is compared with values computed here from the inputs: boxes in pixels and
normalized, masks pixel by pixel, tokens with their tags, media files byte for byte. Disabled formats must be
refused before any conversion.

Converter defects of Label Studio 1.23.2 are strict xfails, so a fixed server turns them into failures to update:
YOLO and VOC write the unrotated box of a rotated rectangle, and YOLO_OBB of a pose config writes pose lines.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import math
import struct
import uuid
import wave
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from flavours import connect

from lsclient import Client, Export, Project
from lsclient.core.errors import InvalidInputError

pytestmark = pytest.mark.integration

# ------------------------------------------------------------------------------------------------ media files


def png_rgb(width: int, height: int, shade: int) -> bytes:
    """A plain RGB PNG of one colour (each image differs, so a file in a zip can be matched to its upload)."""
    rows = b"".join(b"\x00" + bytes([shade, 255 - shade, shade // 2]) * width for _ in range(height))
    return _png(width, height, 2, rows)


def _png(width: int, height: int, colour_type: int, filtered_rows: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(filtered_rows))
        + chunk(b"IEND", b"")
    )


def read_gray_png(data: bytes) -> tuple[int, int, list[list[int]]]:
    """Width, height and pixel rows of an 8-bit grayscale PNG (what Label Studio writes for a brush mask)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    offset, idat, width, height = 8, b"", 0, 0
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind, body = data[offset + 4 : offset + 8], data[offset + 8 : offset + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
            assert (depth, colour_type) == (8, 0), f"expected 8-bit grayscale, got depth {depth} type {colour_type}"
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    raw, rows, previous = zlib.decompress(idat), [], [0] * width
    for y in range(height):
        line = raw[y * (width + 1) : (y + 1) * (width + 1)]
        kind, row = line[0], list(line[1:])
        for x in range(width):
            left = row[x - 1] if x else 0
            up, up_left = previous[x], previous[x - 1] if x else 0
            if kind == 1:
                row[x] = (row[x] + left) & 255
            elif kind == 2:
                row[x] = (row[x] + up) & 255
            elif kind == 3:
                row[x] = (row[x] + (left + up) // 2) & 255
            elif kind == 4:
                estimate = left + up - up_left
                nearest = min(
                    (abs(estimate - left), 0, left), (abs(estimate - up), 1, up), (abs(estimate - up_left), 2, up_left)
                )
                row[x] = (row[x] + nearest[2]) & 255
        rows.append(row)
        previous = row
    return width, height, rows


def read_npy(data: bytes) -> tuple[str, tuple[int, ...], bytes]:
    """The dtype, shape and raw bytes of a ``.npy`` file (NumPy's own format, read without NumPy)."""
    assert data[:6] == b"\x93NUMPY", "not a .npy file"
    size_format = "<H" if data[6] == 1 else "<I"  # version 1: a 2-byte header length, later versions 4 bytes
    start = 8 + struct.calcsize(size_format)
    (header_length,) = struct.unpack(size_format, data[8:start])
    header = ast.literal_eval(data[start : start + header_length].decode("latin-1"))
    assert header["fortran_order"] is False
    return str(header["descr"]), tuple(header["shape"]), data[start + header_length :]


def wav(seconds: float, rate: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\x00\x01" * round(seconds * rate))
    return buffer.getvalue()


def brush_rle(mask: list[list[int]]) -> list[int]:
    """Label Studio's brush RLE (thi.ng rle-pack) of an RGBA image whose pixels are opaque where ``mask`` is 1."""
    values = [255 if on else 0 for row in mask for on in row for _ in range(4)]
    runs: list[list[int]] = []
    for value in values:
        if runs and runs[-1][0] == value and runs[-1][1] < 1 << 16:
            runs[-1][1] += 1
        else:
            runs.append([value, 1])
    # 32 bits: number of values; 5 bits: word size - 1 (8 bits); 4 x 4 bits: run-length sizes - 1 (16 bits each)
    bits = f"{len(values):032b}{7:05b}" + f"{15:04b}" * 4
    bits += "".join(f"1{0:02b}{count - 1:016b}{value:08b}" for value, count in runs)  # repeated runs, size #0
    bits += "0" * (-len(bits) % 8)
    return [int(bits[i : i + 8], 2) for i in range(0, len(bits), 8)]


# ------------------------------------------------------------------------------------------------ the kinds


@dataclass(frozen=True)
class Ann:
    by: str  # "me" or "author"
    result: list[dict[str, Any]]


@dataclass(frozen=True)
class TaskSpec:
    name: str
    data: dict[str, Any] | None = None  # a task given by its data...
    media: str | None = None  # ...or a file of MEDIA uploaded as a task (its URL under the config's data key)
    annotations: tuple[Ann, ...] = ()
    prediction: dict[str, Any] | None = None


@dataclass(frozen=True)
class Kind:
    config: str
    tasks: tuple[TaskSpec, ...]


SIZES = {"wide.png": (200, 100), "tall.png": (60, 120), "square.png": (100, 100), "mask.png": (8, 4)}
MEDIA: dict[str, bytes] = {
    **{name: png_rgb(w, h, 40 * n) for n, (name, (w, h)) in enumerate(SIZES.items())},
    "one.wav": wav(0.5),
    "two.wav": wav(0.25),
}


def choice(value: str) -> dict[str, Any]:
    return {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [value]}}


def span(start: int, end: int, text: str, label: str) -> dict[str, Any]:
    value = {"start": start, "end": end, "text": text, "labels": [label]}
    return {"from_name": "ner", "to_name": "text", "type": "labels", "value": value}


def on_image(image: str, name: str, kind: str, value: dict[str, Any], **extra: Any) -> dict[str, Any]:
    width, height = SIZES[image]
    return {
        "from_name": name,
        "to_name": "image",
        "type": kind,
        "original_width": width,
        "original_height": height,
        "image_rotation": 0,
        "value": value,
        **extra,
    }


def box(
    image: str, x: float, y: float, w: float, h: float, label: str, rotation: float = 0, **extra: Any
) -> dict[str, Any]:
    value = {"x": x, "y": y, "width": w, "height": h, "rotation": rotation, "rectanglelabels": [label]}
    return on_image(image, "bbox", "rectanglelabels", value, **extra)


def polygon(image: str, points: list[list[float]], label: str) -> dict[str, Any]:
    return on_image(image, "poly", "polygonlabels", {"points": points, "polygonlabels": [label]})


#: the keypoint labels in model_index order (see the pose config)
POSE_ORDER = ["nose", "hand"]


def keypoint(image: str, x: float, y: float, label: str, parent: str) -> dict[str, Any]:
    value = {"x": x, "y": y, "width": 1, "keypointlabels": [label]}
    return on_image(image, "kp", "keypointlabels", value, id=f"kp-{label}", parentID=parent)


MASK_CAT = [[1 if 2 <= x <= 4 and 1 <= y <= 2 else 0 for x in range(8)] for y in range(4)]
MASK_DOG = [[1 if 6 <= x <= 7 else 0 for x in range(8)] for y in range(4)]


def brush(mask: list[list[int]], label: str) -> dict[str, Any]:
    return on_image(
        "mask.png", "brush", "brushlabels", {"format": "rle", "rle": brush_rle(mask), "brushlabels": [label]}
    )


def transcript(text: str) -> dict[str, Any]:
    return {"from_name": "transcription", "to_name": "audio", "type": "textarea", "value": {"text": [text]}}


DOCUMENT = "<doclang><text>hello from a document</text></doclang>"

KINDS: dict[str, Kind] = {
    "text": Kind(
        '<View><Text name="text" value="$text"/>'
        '<Choices name="sentiment" toName="text"><Choice value="positive"/><Choice value="negative"/></Choices>'
        '<Labels name="ner" toName="text"><Label value="PER"/><Label value="ORG"/></Labels></View>',
        (
            TaskSpec(
                "anna",
                data={"text": "Anna works at Acme Corp", "source": "web"},
                annotations=(
                    Ann("me", [choice("positive"), span(0, 4, "Anna", "PER"), span(14, 23, "Acme Corp", "ORG")]),
                ),
                prediction={"result": [choice("negative")], "score": 0.25, "model_version": "m1"},
            ),
            TaskSpec(
                "bob",
                data={"text": "Bob met Zoe", "source": "mail"},
                annotations=(Ann("author", [choice("negative"), span(0, 3, "Bob", "PER"), span(8, 11, "Zoe", "PER")]),),
            ),
            TaskSpec("empty", data={"text": "no labels yet", "source": "web"}),
        ),
    ),
    "shapes": Kind(
        '<View><Image name="image" value="$image"/>'
        '<RectangleLabels name="bbox" toName="image"><Label value="cat"/><Label value="dog"/></RectangleLabels>'
        '<PolygonLabels name="poly" toName="image"><Label value="cat"/><Label value="dog"/></PolygonLabels></View>',
        (
            TaskSpec(
                "wide",
                media="wide.png",
                annotations=(
                    Ann(
                        "me",
                        [
                            box("wide.png", 10, 20, 30, 40, "cat"),
                            polygon("wide.png", [[10, 10], [50, 10], [50, 60]], "dog"),
                        ],
                    ),
                ),
                prediction={"result": [box("wide.png", 50, 50, 20, 20, "dog")], "score": 0.5, "model_version": "m1"},
            ),
            TaskSpec("tall", media="tall.png", annotations=(Ann("author", [box("tall.png", 25, 50, 50, 25, "dog")]),)),
            # rotated 30 degrees clockwise about its top-left corner; a square image keeps percent geometry exact
            TaskSpec(
                "square", media="square.png", annotations=(Ann("me", [box("square.png", 20, 20, 40, 20, "cat", 30)]),)
            ),
        ),
    ),
    "pose": Kind(
        '<View><Image name="image" value="$image"/>'
        '<RectangleLabels name="bbox" toName="image"><Label value="person"/></RectangleLabels>'
        '<KeyPointLabels name="kp" toName="image">'
        '<Label value="nose" model_index="0"/><Label value="hand" model_index="1"/></KeyPointLabels></View>',
        (
            TaskSpec(
                "wide",
                media="wide.png",
                annotations=(
                    Ann(
                        "me",
                        [
                            box("wide.png", 10, 20, 30, 40, "person", id="person-1"),
                            keypoint("wide.png", 25, 30, "nose", "person-1"),
                            keypoint("wide.png", 35, 50, "hand", "person-1"),
                        ],
                    ),
                ),
            ),
            TaskSpec(
                "tall",
                media="tall.png",
                annotations=(Ann("author", [box("tall.png", 25, 50, 50, 25, "person", id="p2")]),),
            ),
        ),
    ),
    "brush": Kind(
        '<View><Image name="image" value="$image"/>'
        '<BrushLabels name="brush" toName="image"><Label value="cat"/><Label value="dog"/></BrushLabels></View>',
        (
            TaskSpec(
                "mask",
                media="mask.png",
                annotations=(Ann("me", [brush(MASK_CAT, "cat")]), Ann("author", [brush(MASK_DOG, "dog")])),
            ),
        ),
    ),
    "audio": Kind(
        '<View><Audio name="audio" value="$audio"/><TextArea name="transcription" toName="audio"/></View>',
        (
            TaskSpec(
                "one",
                media="one.wav",
                annotations=(Ann("me", [transcript("hello world")]),),
                prediction={"result": [transcript("hollow world")], "score": 0.5, "model_version": "asr-1"},
            ),
            TaskSpec("two", media="two.wav", annotations=(Ann("author", [transcript(DOCUMENT)]),)),
        ),
    ),
}


# ------------------------------------------------------------------------------------------------ fixtures


@dataclass
class Built:
    """One kind on the server: its project, one snapshot of it, and what the server named things."""

    kind: Kind
    project: Project
    export: Export
    ids: dict[str, int]  # task name -> id
    urls: dict[str, str]  # task name -> URL of its uploaded media file
    users: dict[str, int]  # "me" / "author" -> user id
    annotation_ids: dict[tuple[str, str], int]  # (task name, "me" / "author") -> annotation id

    def spec(self, task_id: int) -> TaskSpec:
        name = next(name for name, id_ in self.ids.items() if id_ == task_id)
        return next(task for task in self.kind.tasks if task.name == name)

    def annotations(self) -> Iterator[tuple[TaskSpec, Ann]]:
        for task in self.kind.tasks:
            for annotation in task.annotations:
                yield task, annotation

    def media_task(self, member: str) -> TaskSpec:
        """The task whose uploaded file a member of an archive is named after (``images/1a2b3c4d-wide.png``...)."""
        stem = Path(member).stem
        found = [task for task in self.kind.tasks if task.media and Path(self.urls[task.name]).stem in stem]
        assert len(found) == 1, f"{member} names {len(found)} of the uploaded files {sorted(self.urls.values())}"
        return found[0]


@pytest.fixture(scope="module")
def client(label_studio: Any, flavour: str) -> Iterator[Client]:
    with connect(flavour, label_studio.url, label_studio.api_key, check_version=False) as client:
        yield client


@pytest.fixture(scope="module")
def users(client: Client) -> Iterator[dict[str, int]]:
    tag = uuid.uuid4().hex[:8]
    author = client.users.create(username=f"fmt-{tag}", email=f"fmt-{tag}@example.com")
    yield {"me": client.users.me().id, "author": author.id}
    client.users.remove(author.id)


@pytest.fixture(scope="module")
def built(
    client: Client, users: dict[str, int], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[[str], Built]]:
    """``built(kind)``: that kind's project with its tasks and a snapshot, made on first use, removed at the end."""
    made: dict[str, Built] = {}
    media_dir = tmp_path_factory.mktemp("media")
    for name, content in MEDIA.items():
        (media_dir / name).write_bytes(content)

    def build(name: str) -> Built:
        if name in made:
            return made[name]
        kind = KINDS[name]
        project = client.projects.create(title=f"formats-{name}-{uuid.uuid4().hex[:6]}", label_config=kind.config)
        uploads = [task for task in kind.tasks if task.media]
        given = [task for task in kind.tasks if task.data is not None]
        ids = project.import_tasks([media_dir / (t.media or "") for t in uploads], progress=False) if uploads else []
        ids += project.import_tasks([t.data for t in given], progress=False) if given else []
        task_ids = {task.name: task_id for task, task_id in zip(uploads + given, ids, strict=True)}
        urls, annotation_ids = {}, {}
        records = {record.id: record for record in project.tasks.list()}
        for task in kind.tasks:
            record = records[task_ids[task.name]]
            if task.media:
                (urls[task.name],) = record.data.values()
            for annotation in task.annotations:
                created = record.annotations.create(result=annotation.result, completed_by=users[annotation.by])
                annotation_ids[(task.name, annotation.by)] = created.id
        predictions = [{"task": task_ids[t.name], **t.prediction} for t in kind.tasks if t.prediction]
        if predictions:
            assert project.import_predictions(predictions, progress=False) == len(predictions)
        made[name] = Built(kind, project, project.exports.create(), task_ids, urls, users, annotation_ids)
        return made[name]

    yield build
    for one in made.values():
        one.project.remove()


# ------------------------------------------------------------------------------------------------ reading files


def members(path: Path) -> dict[str, bytes]:
    """The files of a zip archive (directories left out)."""
    assert zipfile.is_zipfile(path), f"{path.name} is not a zip archive"
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist() if not info.is_dir()}


def close(actual: float, expected: float, tolerance: float = 1e-6) -> bool:
    return math.isclose(actual, expected, abs_tol=tolerance)


def assert_numbers(actual: list[float], expected: list[float], what: str, tolerance: float = 1e-6) -> None:
    assert len(actual) == len(expected) and all(
        close(a, e, tolerance) for a, e in zip(actual, expected, strict=True)
    ), f"{what}: {actual} != {expected}"


def contains(actual: Any, expected: Any) -> bool:
    """``actual`` holds everything of ``expected`` (the server adds ids and such to what it was sent)."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(k in actual and contains(actual[k], v) for k, v in expected.items())
    if isinstance(expected, list):
        return isinstance(actual, list) and len(actual) == len(expected) and all(map(contains, actual, expected))
    if isinstance(expected, float) or isinstance(actual, float):
        return isinstance(actual, int | float) and close(float(actual), float(expected))
    return bool(actual == expected)


def same_results(actual: list[dict[str, Any]], expected: list[dict[str, Any]]) -> bool:
    return len(actual) == len(expected) and all(any(contains(a, e) for a in actual) for e in expected)


# ------------------------------------------------------------------------------------------------ geometry


def pixels(result: dict[str, Any]) -> tuple[float, float, float, float]:
    """A rectangle's x, y, width, height in pixels (Label Studio stores percents of the image size)."""
    width, height, value = result["original_width"], result["original_height"], result["value"]
    return (
        value["x"] * width / 100,
        value["y"] * height / 100,
        value["width"] * width / 100,
        value["height"] * height / 100,
    )


def corners(result: dict[str, Any]) -> list[tuple[float, float]]:
    """The four corners in pixels, clockwise from the top-left one; Label Studio rotates a rectangle clockwise
    about its top-left corner."""
    x, y, w, h = pixels(result)
    angle = math.radians(result["value"].get("rotation", 0))
    cos, sin = math.cos(angle), math.sin(angle)
    return [
        (x, y),
        (x + w * cos, y + w * sin),
        (x + w * cos - h * sin, y + w * sin + h * cos),
        (x - h * sin, y + h * cos),
    ]


def bounds(points: list[tuple[float, float]]) -> list[float]:
    """COCO's bbox of points: [x, y, width, height]."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return [min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)]


def polygon_pixels(result: dict[str, Any]) -> list[tuple[float, float]]:
    width, height = result["original_width"], result["original_height"]
    return [(x * width / 100, y * height / 100) for x, y in result["value"]["points"]]


def shoelace(points: list[tuple[float, float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True))) / 2


def results_of(built: Built, kind: str) -> Iterator[tuple[TaskSpec, Ann, dict[str, Any]]]:
    for task, annotation in built.annotations():
        for result in annotation.result:
            if result["type"] == kind:
                yield task, annotation, result


def label_of(result: dict[str, Any]) -> str:
    return str(result["value"][result["type"]][0])


# ------------------------------------------------------------------------------------------------ checks: tables


def check_json(path: Path, built: Built) -> None:
    """Full tasks: data, annotations (results, authors) and predictions with their bodies."""
    tasks = {task["id"]: task for task in json.loads(path.read_text())}
    assert sorted(tasks) == sorted(built.ids.values())
    for task_id, task in tasks.items():
        spec = built.spec(task_id)
        if spec.data is not None:
            assert task["data"] == spec.data
        else:
            assert list(task["data"].values()) == [built.urls[spec.name]]
        exported = sorted((a["completed_by"], a["id"]) for a in task["annotations"])
        assert exported == sorted(
            (built.users[a.by], built.annotation_ids[(spec.name, a.by)]) for a in spec.annotations
        )
        for annotation in spec.annotations:
            body = next(a for a in task["annotations"] if a["completed_by"] == built.users[annotation.by])
            assert same_results(body["result"], annotation.result), f"task {spec.name}: {body['result']}"
        predictions = task["predictions"]
        assert len(predictions) == (1 if spec.prediction else 0)
        if spec.prediction:
            assert isinstance(predictions[0], dict), f"a prediction id instead of the prediction: {predictions}"
            assert same_results(predictions[0]["result"], spec.prediction["result"])
            assert close(predictions[0]["score"], spec.prediction["score"])
            assert predictions[0]["model_version"] == spec.prediction["model_version"]


def min_value(results: list[dict[str, Any]]) -> Any:
    """What JSON_MIN writes for the results of one control: the label or text itself for one choice or one text,
    otherwise the list of region values (with the image size for image regions)."""
    values = [{**r["value"], **{k: r[k] for k in ("original_width", "original_height") if k in r}} for r in results]
    if len(results) == 1 and results[0]["type"] == "choices" and len(values[0]["choices"]) == 1:
        return values[0]["choices"][0]
    if len(results) == 1 and results[0]["type"] == "textarea" and len(values[0]["text"]) == 1:
        return values[0]["text"][0]
    return values


def by_control(results: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for result in results:
        grouped.setdefault(result["from_name"], []).append(result)
    return grouped


def expected_records(built: Built) -> list[tuple[int, int | None, dict[str, Any]]]:
    """One flat record per annotation, and one per task without annotations: (task id, author, control values)."""
    records: list[tuple[int, int | None, dict[str, Any]]] = []
    for task in built.kind.tasks:
        if not task.annotations:
            records.append((built.ids[task.name], None, {}))
        for annotation in task.annotations:
            controls = {name: min_value(results) for name, results in by_control(annotation.result).items()}
            records.append((built.ids[task.name], built.users[annotation.by], controls))
    return records


def check_json_min(path: Path, built: Built) -> None:
    """Flat records: the task's data and id, one key per control with its values, the annotator's id."""
    records = json.loads(path.read_text())
    expected = expected_records(built)
    assert len(records) == len(expected)
    for task_id, author, controls in expected:
        spec = built.spec(task_id)
        found = [
            r
            for r in records
            if r["id"] == task_id
            and (author is None or r["annotator"] == author)
            and all(contains(r.get(k), v) for k, v in controls.items())
        ]
        assert len(found) == 1, f"no JSON_MIN record of task {spec.name} by {author} with {controls}: {records}"
        record = found[0]
        if spec.data is not None:
            assert {k: record[k] for k in spec.data} == spec.data
        else:
            assert built.urls[spec.name] in record.values()
        if author is not None:
            assert record["annotation_id"] == built.annotation_ids[(spec.name, who(built, author))]


def who(built: Built, user_id: int) -> str:
    """``"me"`` or ``"author"``, from a user id."""
    return next(name for name, id_ in built.users.items() if id_ == user_id)


def check_table(delimiter: str) -> Callable[[Path, Built], None]:
    def check(path: Path, built: Built) -> None:
        """A header naming the data keys and controls, and one row per annotation (and per unannotated task)."""
        rows = list(csv.DictReader(io.StringIO(path.read_text()), delimiter=delimiter))
        header = set(rows[0]) if rows else set()
        controls = {r["from_name"] for _, a in built.annotations() for r in a.result}
        assert controls | {"id", "annotator", "annotation_id"} <= header, header
        expected = expected_records(built)
        assert len(rows) == len(expected)
        for task_id, author, values in expected:
            found = [
                row for row in rows if row["id"] == str(task_id) and (author is None or row["annotator"] == str(author))
            ]
            assert len(found) == 1, f"{len(found)} rows of task {task_id} by {author}"
            for control in controls:
                cell = found[0][control]
                if control not in values:
                    assert cell == ""
                elif isinstance(values[control], str):
                    assert cell == values[control]
                else:
                    assert contains(json.loads(cell), values[control]), f"{control}: {cell}"
            spec = built.spec(task_id)
            for key, value in (spec.data or {}).items():
                assert found[0][key] == str(value)
            if spec.media:
                assert built.urls[spec.name] in found[0].values()

    return check


def check_conll(path: Path, built: Built) -> None:
    """CoNLL 2003: a -DOCSTART- line, then each annotated text's tokens with their BIO tags, one sentence each."""
    text = path.read_text()
    assert text.startswith("-DOCSTART- -X- O\n")
    sentences = [block.splitlines() for block in text.removeprefix("-DOCSTART- -X- O\n").split("\n\n")]
    found = sorted(tuple(tuple(line.split(" ")) for line in sentence) for sentence in sentences if sentence)
    expected = []
    unannotated = [(t, Ann("me", [])) for t in built.kind.tasks if not t.annotations]  # every token O
    for task, annotation in [*built.annotations(), *unannotated]:
        text_of_task = (task.data or {})["text"]
        spans = [r["value"] for r in annotation.result if r["type"] == "labels"]
        tokens, position = [], 0
        for token in text_of_task.split():
            start = text_of_task.index(token, position)
            position = start + len(token)
            tag = "O"
            for s in spans:
                if s["start"] <= start < s["end"]:
                    tag = ("B-" if start == s["start"] else "I-") + s["labels"][0]
            tokens.append((token, "-X-", "_", tag))
        expected.append(tuple(tokens))
    assert found == sorted(expected)


# ------------------------------------------------------------------------------------------------ checks: images


def check_coco(with_images: bool) -> Callable[[Path, Built], None]:
    def check(path: Path, built: Built) -> None:
        """result.json: every image with its size, the config's labels as categories, one annotation per box
        (bbox in pixels, the bounding box of a rotated one) and per polygon (segmentation, bbox, area), keypoints
        in pixels; with images: the uploaded files themselves."""
        files = members(path)
        document = json.loads(files.pop("result.json"))
        if with_images:
            assert sorted(built.media_task(n).name for n in files) == sorted(
                t.name for t in built.kind.tasks if t.media
            )
            for name, content in files.items():
                assert content == MEDIA[built.media_task(name).media or ""], f"{name} differs from its upload"
        else:
            assert files == {}
        categories = {c["id"]: c for c in document["categories"]}
        images = {}
        for image in document["images"]:
            task = built.media_task(image["file_name"])
            assert (image["width"], image["height"]) == SIZES[task.media or ""]
            images[image["id"]] = task.name
        assert sorted(images.values()) == sorted(t.name for t in built.kind.tasks if t.media)
        found = [(images[a["image_id"]], categories[a["category_id"]]["name"], a) for a in document["annotations"]]
        expected = []
        for task, _, result in results_of(built, "rectanglelabels"):
            box_ = bounds(corners(result))
            expected.append((task.name, label_of(result), {"bbox": box_, "area": box_[2] * box_[3]}))
        for task, _, result in results_of(built, "polygonlabels"):
            points = polygon_pixels(result)
            flat = [c for p in points for c in p]
            expected.append(
                (
                    task.name,
                    label_of(result),
                    {"segmentation": [flat], "bbox": bounds(points), "area": shoelace(points)},
                )
            )
        keypoint_groups: dict[str, list[dict[str, Any]]] = {}
        for task, _, result in results_of(built, "keypointlabels"):
            keypoint_groups.setdefault(task.name, []).append(result)
        for task_name, points in keypoint_groups.items():
            # one annotation per image: x, y, visibility (2: visible) of each keypoint, in model_index order
            order = [label_of(r) for r in sorted(points, key=lambda r: POSE_ORDER.index(label_of(r)))]
            (skeleton,) = [c["name"] for c in document["categories"] if c.get("keypoints") == order]
            flat = []
            for r in sorted(points, key=lambda r: POSE_ORDER.index(label_of(r))):
                flat += [r["value"]["x"] * r["original_width"] / 100, r["value"]["y"] * r["original_height"] / 100, 2]
            expected.append((task_name, skeleton, {"keypoints": flat, "num_keypoints": len(points)}))
        assert len(found) == len(expected), (
            f"{len(found)} annotations, expected {len(expected)}: {document['annotations']}"
        )
        for task_name, label, fields in expected:
            matches = [a for t, c, a in found if t == task_name and c == label and contains(a, fields)]
            assert len(matches) == 1, (
                f"no COCO annotation of {task_name} {label} with {fields}: {document['annotations']}"
            )
        names = {c["name"] for c in document["categories"]}
        labels = {label_of(r) for _, a in built.annotations() for r in a.result if r["type"] != "keypointlabels"}
        assert labels <= names

    return check


def voc_objects(path: Path, built: Built) -> dict[str, list[tuple[Any, ...]]]:
    """The objects of each Annotations/<image>.xml, by task name: (label, xmin, ymin, xmax, ymax); checks that the
    file names its image and its size."""
    files = members(path)
    assert all(name.startswith("Annotations/") and name.endswith(".xml") for name in files), sorted(files)
    objects = {}
    for name, content in files.items():
        task = built.media_task(name)
        root = ElementTree.fromstring(content)
        assert Path(root.findtext("filename") or "").stem.endswith(Path(task.media or "").stem)
        width, height = SIZES[task.media or ""]
        assert (root.findtext("size/width"), root.findtext("size/height")) == (str(width), str(height))
        boxes = root.findall("object")
        corners_ = [
            [float(o.findtext(f"bndbox/{k}") or "nan") for k in ("xmin", "ymin", "xmax", "ymax")] for o in boxes
        ]
        objects[task.name] = sorted((o.findtext("name"), *c) for o, c in zip(boxes, corners_, strict=True))
    assert sorted(objects) == sorted(t.name for t in built.kind.tasks if t.annotations and t.media)
    return objects


def voc_box(result: dict[str, Any]) -> list[float]:
    """The pixel corners VOC promises: xmin, ymin, xmax, ymax of the box (the bounding box of a rotated one)."""
    x, y, w, h = bounds(corners(result))
    return [x, y, x + w, y + h]


def check_voc(path: Path, built: Built) -> None:
    """One Annotations/<image>.xml per image: its file name and size, one object per box (pixel corners)."""
    objects = voc_objects(path, built)
    for task_name, found in objects.items():
        expected = sorted(
            (label_of(r), *voc_box(r)) for spec, _, r in results_of(built, "rectanglelabels") if spec.name == task_name
        )
        assert [o[0] for o in found] == [e[0] for e in expected], f"{task_name}: {found} != {expected}"
        if _rotated_in(built, task_name):
            continue  # the subject of test_a_rotated_rectangle_is_bounded (a converter defect)
        for actual, wanted in zip(found, expected, strict=True):
            assert_numbers(list(actual[1:]), list(wanted[1:]), f"{task_name} {actual[0]}", tolerance=1)  # whole pixels


def yolo_files(path: Path, built: Built, with_images: bool) -> tuple[list[str], dict[str, list[list[float]]]]:
    """classes.txt and the label lines of each task (by task name); checks the images when they come along."""
    files = members(path)
    classes = files.pop("classes.txt").decode().split()
    assert "notes.json" in files
    files.pop("notes.json")
    images = {name: content for name, content in files.items() if name.startswith("images/")}
    if with_images:
        assert sorted(built.media_task(n).name for n in images) == sorted(t.name for t in built.kind.tasks if t.media)
        for name, content in images.items():
            assert content == MEDIA[built.media_task(name).media or ""], f"{name} differs from its upload"
    else:
        assert images == {}
    labels = {name: content for name, content in files.items() if name not in images}
    assert all(name.startswith("labels/") and name.endswith(".txt") for name in labels), sorted(labels)
    lines = {
        built.media_task(name).name: [
            [float(v) for v in line.split()] for line in content.decode().splitlines() if line.strip()
        ]
        for name, content in labels.items()
    }
    assert sorted(lines) == sorted(t.name for t in built.kind.tasks if t.media)
    return classes, lines


def yolo_box(result: dict[str, Any]) -> list[float]:
    """YOLO's box: centre and size, normalized by the image size (the bounding box of a rotated rectangle)."""
    x, y, w, h = bounds(corners(result))
    width, height = result["original_width"], result["original_height"]
    return [(x + w / 2) / width, (y + h / 2) / height, w / width, h / height]


def yolo_polygon(result: dict[str, Any]) -> list[float]:
    return [c / 100 for point in result["value"]["points"] for c in point]


def obb(result: dict[str, Any]) -> list[float]:
    width, height = result["original_width"], result["original_height"]
    return [c for x, y in corners(result) for c in (x / width, y / height)]


def check_yolo_lines(
    built: Built,
    classes: list[str],
    lines: dict[str, list[list[float]]],
    box_numbers: Callable[[dict[str, Any]], list[float]],
    *,
    skip_rotated: bool,
) -> None:
    for task in built.kind.tasks:
        if not task.media:
            continue
        expected = []
        for spec, _, result in results_of(built, "rectanglelabels"):
            if spec.name == task.name and not (skip_rotated and result["value"]["rotation"]):
                expected.append([classes.index(label_of(result)), *box_numbers(result)])
        for spec, _, result in results_of(built, "polygonlabels"):
            if spec.name == task.name:
                expected.append([classes.index(label_of(result)), *yolo_polygon(result)])
        actual = lines[task.name]
        if skip_rotated and _rotated_in(built, task.name):
            actual = [line for line in actual if len(line) != 5]  # leave its box lines out, as from expected
        assert len(actual) == len(expected), f"{task.name}: {lines[task.name]} != {expected}"
        for line in expected:
            assert any(
                len(a) == len(line) and all(close(x, y) for x, y in zip(a, line, strict=True)) for a in actual
            ), f"{task.name}: no line {line} in {actual}"


def _rotated_in(built: Built, task_name: str) -> bool:
    return any(spec.name == task_name and r["value"]["rotation"] for spec, _, r in results_of(built, "rectanglelabels"))


def check_yolo(with_images: bool) -> Callable[[Path, Built], None]:
    def check(path: Path, built: Built) -> None:
        """classes.txt lists the labels; labels/<image>.txt has one line per box ("class cx cy w h", normalized)
        and per polygon ("class x1 y1 x2 y2 ...")."""
        classes, lines = yolo_files(path, built, with_images)
        assert classes == ["cat", "dog"]
        # the rotated box is the subject of test_a_rotated_rectangle_is_bounded (a converter defect)
        check_yolo_lines(built, classes, lines, yolo_box, skip_rotated=True)

    return check


def check_yolo_obb(with_images: bool, labels: list[str]) -> Callable[[Path, Built], None]:
    def check(path: Path, built: Built) -> None:
        """As YOLO, but each box is its four corners, normalized, rotation included."""
        classes, lines = yolo_files(path, built, with_images)
        assert classes == labels
        check_yolo_lines(built, classes, lines, obb, skip_rotated=False)

    return check


def check_yolo_pose(with_images: bool) -> Callable[[Path, Built], None]:
    def check(path: Path, built: Built) -> None:
        """YOLO pose: per box "class cx cy w h" then x y visibility of each keypoint in model_index order
        (0 0 0 when the box has none of that keypoint)."""
        classes, lines = yolo_files(path, built, with_images)
        assert classes == ["person"]
        for task in built.kind.tasks:
            expected = []
            for spec, _, result in results_of(built, "rectanglelabels"):
                if spec.name != task.name:
                    continue
                points = {
                    label_of(k): [k["value"]["x"] / 100, k["value"]["y"] / 100, 2]
                    for s, _, k in results_of(built, "keypointlabels")
                    if s.name == task.name and k["parentID"] == result["id"]
                }
                keypoints = [number for label in POSE_ORDER for number in points.get(label, [0, 0, 0])]
                expected.append([classes.index(label_of(result)), *yolo_box(result), *keypoints])
            assert len(lines[task.name]) == len(expected)
            for actual, wanted in zip(lines[task.name], expected, strict=True):
                assert_numbers(actual, wanted, task.name)

    return check


# ------------------------------------------------------------------------------------------------ checks: masks


def brush_layers(built: Built) -> dict[tuple[int, int, str], list[list[int]]]:
    """(task id, author id, label) -> the mask the author drew, 255 where painted."""
    layers = {}
    for task, annotation, result in results_of(built, "brushlabels"):
        mask = MASK_CAT if label_of(result) == "cat" else MASK_DOG
        layers[(built.ids[task.name], built.users[annotation.by], label_of(result))] = [
            [255 * v for v in row] for row in mask
        ]
    return layers


def mask_files(path: Path, built: Built, suffix: str) -> dict[tuple[int, int, str], bytes]:
    """Files named task-<id>-annotation-<id>-by-<author>-<control>-<label>-<n><suffix>, by (task, author, label)."""
    files = members(path)
    found = {}
    for name, content in files.items():
        assert name.endswith(suffix), name
        parts = Path(name).name[: -len(suffix)].split("-")
        task_id, annotation_id, author = int(parts[1]), int(parts[3]), int(parts[5])
        assert parts[6] == "brush" and parts[8] == "0", name
        assert annotation_id == built.annotation_ids[(built.spec(task_id).name, who(built, author))]
        found[(task_id, author, parts[7])] = content
    assert sorted(found) == sorted(brush_layers(built)), sorted(found)
    return found


def check_brush_numpy(path: Path, built: Built) -> None:
    """One NumPy array per annotation and label: height x width, uint8, 255 where painted."""
    for key, content in mask_files(path, built, ".npy").items():
        dtype, shape, data = read_npy(content)
        assert (dtype, shape) == ("|u1", (4, 8))
        assert [list(data[row * 8 : row * 8 + 8]) for row in range(4)] == brush_layers(built)[key]


def check_brush_png(path: Path, built: Built) -> None:
    """One grayscale PNG per annotation and label, the size of the image, 255 where painted."""
    for key, content in mask_files(path, built, ".png").items():
        width, height, rows = read_gray_png(content)
        assert (width, height) == SIZES["mask.png"]
        assert rows == brush_layers(built)[key]


def check_brush_coco(path: Path, built: Built) -> None:
    """result_coco.json: each mask as a polygon along its outline, with its pixel bbox and area, and annotator."""
    files = members(path)
    document = json.loads(files.pop("result_coco.json"))
    assert files == {}
    categories = {c["id"]: c["name"] for c in document["categories"]}
    # one entry per annotation, each naming the same image file (Label Studio 1.23.2 does not merge them)
    for image in document["images"]:
        assert (image["width"], image["height"]) == SIZES["mask.png"]
        assert built.media_task(image["file_name"]).name == "mask" and image["path"] == built.urls["mask"]
    assert {a["image_id"] for a in document["annotations"]} <= {image["id"] for image in document["images"]}
    found = sorted(
        (categories[a["category_id"]], a["annotator"], a["bbox"], a["segmentation"], a["area"])
        for a in document["annotations"]
    )
    expected = []
    for (_, author, label), mask in brush_layers(built).items():
        painted = [(x, y) for y, row in enumerate(mask) for x, v in enumerate(row) if v]
        x0, y0 = min(p[0] for p in painted), min(p[1] for p in painted)
        x1, y1 = max(p[0] for p in painted), max(p[1] for p in painted)
        # the outline through the corner pixels' centres (what OpenCV traces), its area that of the outline polygon
        outline = [[x0, y0, x0, y1, x1, y1, x1, y0]]
        expected.append((label, str(author), [x0, y0, x1 - x0 + 1, y1 - y0 + 1], outline, (x1 - x0) * (y1 - y0)))
    assert found == sorted(expected)


# ------------------------------------------------------------------------------------------------ checks: audio


def check_asr_manifest(path: Path, built: Built) -> None:
    """manifest.json, one JSON line per transcript (audio path in the archive, duration in seconds, text,
    annotator), and the audio files themselves."""
    files = members(path)
    lines = [json.loads(line) for line in files.pop("manifest.json").decode().splitlines() if line.strip()]
    audio = files
    assert all(name.startswith("audio/") for name in audio), sorted(audio)
    assert sorted(built.media_task(n).name for n in audio) == sorted(t.name for t in built.kind.tasks)
    for name, content in audio.items():
        assert content == MEDIA[built.media_task(name).media or ""]
    expected = []
    for task, annotation, result in results_of(built, "textarea"):
        with wave.open(io.BytesIO(MEDIA[task.media or ""])) as sound:
            duration = sound.getnframes() / sound.getframerate()
        expected.append((task.name, duration, result["value"]["text"][0], str(built.users[annotation.by])))
    found = sorted(
        (built.media_task(line["audio_filepath"]).name, line["duration"], line["text"], line["annotator"])
        for line in lines
    )
    assert all(line["audio_filepath"] in audio for line in lines), lines
    assert found == sorted(expected)


def check_doclang(path: Path, built: Built) -> None:
    """One DocLang archive (an OPC zip) per annotation holding a DocLang document: document.xml is that document."""
    files = members(path)
    assert path.suffix == ".dclx"
    assert files["document.xml"].decode() == DOCUMENT
    assert "[Content_Types].xml" in files


# ------------------------------------------------------------------------------------------------ the table


Check = Callable[[Path, Built], None]
COMMON: dict[str, Check] = {
    "JSON": check_json,
    "JSON_MIN": check_json_min,
    "CSV": check_table(","),
    "TSV": check_table("\t"),
}
IMAGES: dict[str, Check] = {
    "COCO": check_coco(with_images=False),
    "COCO_WITH_IMAGES": check_coco(with_images=True),
    "VOC": check_voc,
}
CHECKS: dict[str, dict[str, Check]] = {
    "text": {**COMMON, "CONLL2003": check_conll},
    "shapes": {
        **COMMON,
        **IMAGES,
        "YOLO": check_yolo(with_images=False),
        "YOLO_WITH_IMAGES": check_yolo(with_images=True),
        "YOLO_OBB": check_yolo_obb(with_images=False, labels=["cat", "dog"]),
        "YOLO_OBB_WITH_IMAGES": check_yolo_obb(with_images=True, labels=["cat", "dog"]),
    },
    "pose": {
        **COMMON,
        **IMAGES,
        "YOLO": check_yolo_pose(with_images=False),
        "YOLO_WITH_IMAGES": check_yolo_pose(with_images=True),
        "YOLO_OBB": check_yolo_obb(with_images=False, labels=["person"]),
        "YOLO_OBB_WITH_IMAGES": check_yolo_obb(with_images=True, labels=["person"]),
    },
    "brush": {
        **COMMON,
        "BRUSH_TO_NUMPY": check_brush_numpy,
        "BRUSH_TO_PNG": check_brush_png,
        "BRUSH_TO_COCO": check_brush_coco,
    },
    "audio": {**COMMON, "ASR_MANIFEST": check_asr_manifest, "DOCLANG": check_doclang},
}
#: the file each format arrives as (the server's name, kept by downloading into a directory)
SUFFIXES = {
    "JSON": ".json",
    "JSON_MIN": ".json",
    "CSV": ".csv",
    "TSV": ".tsv",
    "CONLL2003": ".conll",
    "DOCLANG": ".dclx",
}
#: converter defects of Label Studio 1.23.2: the check is what the format promises, the server writes otherwise
SERVER_DEFECTS = {
    ("pose", "YOLO_OBB"): "YOLO_OBB of a config with KeyPointLabels writes YOLO pose lines, not the boxes' corners",
    ("pose", "YOLO_OBB_WITH_IMAGES"): "YOLO_OBB of a config with KeyPointLabels writes YOLO pose lines, not corners",
}


def _cases() -> list[Any]:
    cases = []
    for kind, checks in CHECKS.items():
        for name in checks:
            marks = (
                [pytest.mark.xfail(strict=True, reason=SERVER_DEFECTS[(kind, name)])]
                if (kind, name) in SERVER_DEFECTS
                else []
            )
            cases.append(pytest.param(kind, name, marks=marks, id=f"{kind}-{name}"))
    return cases


# ------------------------------------------------------------------------------------------------ tests


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_server_lists_exactly_the_formats_checked_here_and_refuses_the_others(
    built: Callable[[str], Built], kind: str, tmp_path: Path
) -> None:
    one = built(kind)
    listed = one.project.exports.formats(include_disabled=True)
    enabled = {f.name for f in listed if not f.disabled}
    new, gone = enabled - set(CHECKS[kind]), set(CHECKS[kind]) - enabled
    assert not new, f"the server offers {sorted(new)} for {kind!r} projects: add a check of its content to CHECKS"
    assert not gone, f"the server no longer offers {sorted(gone)} for {kind!r} projects: remove it from CHECKS"
    # Label Studio converts a disabled format all the same, into a file without the labels (or a 500): refused.
    # The refusal reads the same flag for every name, so one name per way in is enough (and keeps this fast).
    disabled = [f.name for f in listed if f.disabled]
    assert len(disabled) >= 2, "every format fits this config? then the refusals below test nothing"
    with pytest.raises(InvalidInputError, match=f"'{disabled[0]}' does not fit the labeling config"):
        one.export.download(tmp_path, format=disabled[0], progress=False)
    with pytest.raises(InvalidInputError, match=f"'{disabled[-1]}' does not fit the labeling config"):
        one.export.convert(disabled[-1], progress=False)
    assert list(tmp_path.iterdir()) == []
    assert not [c for c in one.export.fetch().converted_formats or [] if c.export_type in disabled]


@pytest.mark.parametrize(("kind", "format"), _cases())
def test_every_format_holds_what_it_promises(
    built: Callable[[str], Built], kind: str, format: str, tmp_path: Path
) -> None:
    one = built(kind)
    path = one.export.download(tmp_path, format=format, progress=False)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert path.name.startswith(f"project-{one.project.id}-at-"), path.name
    assert path.suffix == SUFFIXES.get(format, ".zip"), f"{format} arrived as {path.name}"
    assert path.stat().st_size > 0
    CHECKS[kind][format](path, one)


ONE_CALL = [("text", "CONLL2003"), ("shapes", "YOLO_WITH_IMAGES"), ("audio", "ASR_MANIFEST")]


@pytest.mark.parametrize(("kind", "format"), ONE_CALL, ids=[f"{k}-{f}" for k, f in ONE_CALL])
def test_the_one_call_export_gives_the_same_content(
    built: Callable[[str], Built], kind: str, format: str, tmp_path: Path
) -> None:
    one = built(kind)
    path = one.project.export(tmp_path / f"out{SUFFIXES.get(format, '.zip')}", format=format, progress=False)
    CHECKS[kind][format](path, one)
    assert [e.id for e in one.project.exports.list()] == [one.export.id]  # its own snapshot is gone
    with pytest.raises(InvalidInputError, match="does not fit the labeling config"):
        one.project.export(tmp_path / "no.zip", format="CONLL2003" if kind != "text" else "YOLO", progress=False)
    assert [e.id for e in one.project.exports.list()] == [one.export.id]  # refused before any snapshot


@pytest.mark.xfail(strict=True, reason="Label Studio 1.23.2's YOLO and VOC write the unrotated box of a rotated one")
@pytest.mark.parametrize("format", ["YOLO", "YOLO_WITH_IMAGES", "VOC"])
def test_a_rotated_rectangle_is_bounded(built: Callable[[str], Built], format: str, tmp_path: Path) -> None:
    # COCO gives the bounding box of a rotated rectangle (checked above); YOLO and VOC promise boxes just the same.
    one = built("shapes")
    path = one.export.download(tmp_path, format=format, progress=False)
    ((_, _, rotated),) = [r for r in results_of(one, "rectanglelabels") if r[2]["value"]["rotation"]]
    if format == "VOC":
        ((_, *found),) = voc_objects(path, one)["square"]
        assert_numbers(found, voc_box(rotated), "the rotated box", tolerance=1)
        return
    classes, lines = yolo_files(path, one, format.endswith("IMAGES"))
    assert len(lines["square"]) == 1
    assert_numbers(lines["square"][0], [classes.index("cat"), *yolo_box(rotated)], "the rotated box")

"""What every entity and repository is made of, in both flavours: the read-only entity base, the declaration of
a resource's generated operations, and request building.

An entity wraps a generated attrs model (the server's last answer) and reads its fields through it; assigning a
field raises, because it would never reach the server — call ``update(...)`` instead. The I/O abilities (fetch,
update, remove on entities; create, retrieve, list, remove on repositories) are small mixins in
:mod:`lsclient.core._async.resources` driven by an :class:`Operations` declaration, so a resource is a
declaration plus what is truly special about it.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, Generic, TypeVar

import attrs

from lsclient.api_client.types import Unset

from .arguments import check_id, json_fields
from .errors import FieldNotLoadedError, InvalidInputError, InvalidTypeError
from .label_config import LabelConfig, check_label_config

__all__ = [
    "EntityBase",
    "Operations",
    "build_request",
    "convert",
    "id_of",
    "merge_same_shape",
    "json_names",
    "public_name",
    "required_fields",
    "result_regions",
]

ModelT = TypeVar("ModelT")
RequestT = TypeVar("RequestT")


#: what ``getattr`` returns for a field the model does not have (None is a field's value)
_MISSING = object()


@attrs.frozen
class Operations:
    """The generated operations behind one resource, declared once per entity class.

    :ivar retrieve: the generated ``*_detailed`` function that reads one object (``GET``).
    :ivar update: the one that changes it (``PATCH``).
    :ivar remove: the one that deletes it (``DELETE``).
    :ivar update_body: the generated request model of the ``PATCH`` body.
    :ivar parent: the model field naming the parent object (``"project"``, ``"task"``); a repository reached
        through a parent checks it on retrieve.
    :ivar list_all: the operation that answers all objects of a parent in one list.
    :ivar list_parent_query: the query parameter naming the parent for ``list_all`` (``"task"``); ``None`` when
        the parent's id is in the path.
    """

    retrieve: Callable[..., Any] | None = None
    update: Callable[..., Any] | None = None
    remove: Callable[..., Any] | None = None
    update_body: type | None = None
    parent: str | None = None
    list_all: Callable[..., Any] | None = None
    list_parent_query: str | None = None


def id_of(value: object, what: str) -> int:
    """The id an argument names: an int, or an entity (its ``id``), so ``project=project`` works as
    ``project=project.id``.

    :raises InvalidTypeError: anything else (a string, None, a float, a bool...), naming the argument.
    :raises InvalidInputError: an int below 1 or above 2**63 - 1, which no object has.
    """
    if isinstance(value, EntityBase):
        value = getattr(value.record, "id", None)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"{what} must be an id (an int) or the object itself, not {type(value).__name__}")
    return check_id(value, what)


def public_name(cls: type) -> str:
    """The class name a user knows in either flavour: ``AsyncProject`` and ``Project`` both give ``Project``."""
    name = cls.__name__
    return name[5:] if name.startswith("Async") and name[5:6].isupper() else name


class EntityBase(Generic[ModelT]):
    """A proxy for one object on the server: typed read access to its fields, a short repr.

    :ivar record: the generated attrs model holding the server's last answer.
    """

    _client: Any
    _model: ModelT
    #: the field shown in the repr next to the id (never a secret)
    _repr_field: ClassVar[str | None] = None
    #: the field that identifies the object
    _id_field: ClassVar[str] = "id"

    def __init__(self, client: Any, model: ModelT) -> None:
        # written to the instance dict directly (``__setattr__`` refuses): a page of tasks makes thousands of these
        fields = self.__dict__
        fields["_client"] = client
        fields["_model"] = model

    @property
    def record(self) -> ModelT:
        """The generated attrs model holding the server's last answer (``record.to_dict()`` gives its JSON)."""
        return self._model

    #: why a field the model holds as UNSET was not sent, for the error raised when it is read (per entity class)
    _not_loaded_hint: ClassVar[str] = "the server did not send it; fetch() reads the object whole"

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        model = self.__dict__["_model"]
        value = getattr(model, name, _MISSING)
        if isinstance(value, Unset):
            raise FieldNotLoadedError(f"{public_name(type(self))}.{name} is not loaded: {self._not_loaded_hint}")
        if value is not _MISSING:
            return value
        extra = getattr(model, "additional_properties", {})
        if name in extra:
            return extra[name]
        raise AttributeError(f"{public_name(type(self))} has no field {name!r}")

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(
            f"{public_name(type(self))}.{name} is read-only here: call .update({name}=...) to change it on the server"
        )

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{public_name(type(self))}.{name} cannot be deleted")

    def __repr__(self) -> str:
        text = f"<{public_name(type(self))} {self._id_field}={getattr(self._model, self._id_field, None)}"
        if self._repr_field is not None:
            value = getattr(self._model, self._repr_field, None)
            if value is not None and not isinstance(value, Unset):
                text += f" {self._repr_field}={value!r}"
        return text + ">"

    def to_dict(self) -> dict[str, Any]:
        """The entity as JSON-compatible data, as the server sent it."""
        return self._model.to_dict()  # type: ignore[attr-defined,no-any-return]

    def _adopt(self, model: ModelT) -> None:
        object.__setattr__(self, "_model", model)


def json_names(model_type: type) -> dict[str, str]:
    """Map every accepted input name (Python and JSON spelling) of a generated model to its JSON key.

    The JSON keys come from the model itself (its ``json_keys``, written by the generator for every attribute
    whose Python name differs: ``type_`` is ``type``, ``selected_items`` is ``selectedItems``,
    ``annotations_completed_by`` is ``annotations__completed_by``).

    >>> from lsclient.api_client.models.serialization_options_request import SerializationOptionsRequest
    >>> json_names(SerializationOptionsRequest)["annotations_completed_by"]
    'annotations__completed_by'
    """
    renamed: dict[str, str] = getattr(model_type, "json_keys", {})
    names: dict[str, str] = {}
    for field in attrs.fields(model_type):
        if field.name == "additional_properties":
            continue
        json_name = renamed.get(field.name, field.name)
        names[field.name] = json_name
        names[json_name] = json_name
    return names


def required_fields(model_type: type) -> list[str]:
    """The attribute names a generated model cannot be built without."""
    return [f.name for f in attrs.fields(model_type) if f.default is attrs.NOTHING and f.init]


def build_request(model_type: type[RequestT], spec: object, fields: Mapping[str, Any], *, what: str) -> RequestT:
    """Build a generated request model from a model instance, a mapping and/or keyword fields.

    Unknown names and missing required fields raise :class:`InvalidInputError` naming them, so nothing
    is silently dropped or sent for the server to ignore. A ``label_config`` is checked with
    :func:`~lsclient.core.label_config.check_label_config` (:class:`~lsclient.core.label_config.LabelConfigError`).
    """
    if isinstance(spec, model_type) and not fields:
        return _sendable(spec, what)
    data: dict[str, Any]
    if spec is None:
        data = {}
    elif isinstance(spec, model_type):
        data = spec.to_dict()  # type: ignore[attr-defined]
    elif isinstance(spec, Mapping):
        data = dict(spec)
    else:
        raise InvalidInputError(
            f"{what} takes a {model_type.__name__}, a mapping or keyword fields, not {type(spec).__name__}"
        )
    data.update(fields)
    # A built config goes as its XML wherever a field takes one (create, update, a request model), and no config
    # goes that Label Studio's editor would refuse: the server itself stores unknown tags without a word.
    data = {name: value.to_xml() if isinstance(value, LabelConfig) else value for name, value in data.items()}
    if isinstance(data.get("label_config"), str):
        check_label_config(data["label_config"])
    names = json_names(model_type)
    unknown = [name for name in data if name not in names]
    if unknown:
        hints = []
        for name in unknown:
            close = difflib.get_close_matches(name, names, n=1)
            hints.append(f"{name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
        raise InvalidInputError(
            f"{what} got unknown field(s) {', '.join(hints)}; known fields: {', '.join(sorted(set(names.values())))}"
        )
    body = {names[name]: value for name, value in data.items()}
    missing = [name for name in required_fields(model_type) if names[name] not in body]
    if missing:
        raise InvalidInputError(f"{what} is missing required field(s): {', '.join(missing)}")
    try:
        model: RequestT = model_type.from_dict(body)  # type: ignore[attr-defined]
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise InvalidInputError(f"{what}: a field has the wrong shape ({exc})") from exc
    return _sendable(model, what)


def _sendable(model: RequestT, what: str) -> RequestT:
    """``model`` once its JSON is known to be sendable (no NaN, bytes, set, lone surrogate... in any field)."""
    try:
        fields = model.to_dict()  # type: ignore[attr-defined]
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise InvalidInputError(f"{what}: a field has the wrong shape ({exc})") from exc
    json_fields(fields, what)
    return model


def merge_same_shape(known: Mapping[str, Any], answer: Mapping[str, Any]) -> dict[str, Any]:
    """``known`` updated with ``answer``, except where both have a value of a different JSON shape (a list against
    a number...): there ``known`` stays. For a write answered with a smaller model than the one the proxy holds.

    >>> merge_same_shape({"data": {"a": 1}, "updated_by": [{"user_id": 1}]}, {"data": {"a": 2}, "updated_by": 1})
    {'data': {'a': 2}, 'updated_by': [{'user_id': 1}]}
    """
    merged = dict(known)
    for key, value in answer.items():
        old = known.get(key)
        if old is None or value is None or _shape(old) == _shape(value):
            merged[key] = value
    return merged


def _shape(value: object) -> str:
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


def convert(model_type: type[RequestT], model: Any) -> RequestT:
    """Re-read one generated model as another (the server answers some writes with a smaller model)."""
    return model_type.from_dict(model.to_dict())  # type: ignore[attr-defined,no-any-return]


def result_regions(result: object) -> list[dict[str, Any]]:
    """Check an annotation or prediction ``result``: a list of result regions (mappings), copied."""
    if isinstance(result, (str, bytes, Mapping)) or not isinstance(result, Iterable):
        raise InvalidInputError(f"result must be a list of result regions (mappings), not {type(result).__name__}")
    regions = list(result)
    for index, region in enumerate(regions):
        if not isinstance(region, Mapping):
            raise InvalidInputError(f"result[{index}] must be a mapping (a result region), not {type(region).__name__}")
    return [dict(region) for region in regions]

"""What every entity proxy is made of: :class:`Entity` plus one small mixin per ability.

An entity wraps a generated attrs model (the server's last answer) and reads its fields through it;
assigning a field raises, because it would never reach the server — call ``update(...)`` instead. The
abilities an entity has are visible in its bases::

    class Project(Fetchable[models.Project], Updatable[models.Project, PatchedProjectRequest], Removable): ...
"""

from __future__ import annotations

import builtins
import difflib
import keyword
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, Self, TypeVar

import attrs

from lsclient.api_client.types import Unset

from ..errors import InvalidInputError

if TYPE_CHECKING:
    from ..client import Client


class _Model(Protocol):
    @property
    def id(self) -> int: ...

    def to_dict(self) -> dict[str, Any]: ...


ModelT = TypeVar("ModelT", bound=_Model)
RequestT = TypeVar("RequestT")


class Entity(Generic[ModelT]):
    """A proxy for one object on the server: typed read access to its fields, a short repr.

    :ivar record: the generated attrs model holding the server's last answer.
    """

    _client: Client
    _model: ModelT
    #: the field shown in the repr next to the id (never a secret)
    _repr_field: ClassVar[str | None] = None

    def __init__(self, client: Client, model: ModelT) -> None:
        object.__setattr__(self, "_client", client)
        object.__setattr__(self, "_model", model)

    @property
    def record(self) -> ModelT:
        """The generated attrs model holding the server's last answer (``record.to_dict()`` gives its JSON)."""
        return self._model

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        model = self.__dict__["_model"]
        try:
            return getattr(model, name)
        except AttributeError:
            extra = getattr(model, "additional_properties", {})
            if name in extra:
                return extra[name]
        raise AttributeError(f"{type(self).__name__} has no field {name!r}")

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(
            f"{type(self).__name__}.{name} is read-only here: call .update({name}=...) to change it on the server"
        )

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__}.{name} cannot be deleted")

    def __repr__(self) -> str:
        text = f"<{type(self).__name__} id={self._model.id}"
        if self._repr_field is not None:
            value = getattr(self._model, self._repr_field, None)
            if value is not None and not isinstance(value, Unset):
                text += f" {self._repr_field}={value!r}"
        return text + ">"

    def to_dict(self) -> dict[str, Any]:
        """The entity as JSON-compatible data, as the server sent it."""
        return self._model.to_dict()

    def _adopt(self, model: ModelT) -> None:
        object.__setattr__(self, "_model", model)


class Fetchable(Entity[ModelT]):
    """Can be re-read from the server."""

    def _retrieve_model(self) -> ModelT:
        raise NotImplementedError

    def fetch(self) -> Self:
        """Re-read this object from the server and return it (updated in place)."""
        self._adopt(self._retrieve_model())
        return self


class Updatable(Entity[ModelT], Generic[ModelT, RequestT]):
    """Can be changed with one PATCH; the proxy then holds the server's answer (no second request)."""

    #: the generated request model of the PATCH body
    _update_model: ClassVar[type]

    def _patch_model(self, body: RequestT) -> ModelT:
        raise NotImplementedError

    def update(self, changes: RequestT | Mapping[str, Any] | None = None, /, **fields: Any) -> Self:
        """Change fields on the server with one PATCH and adopt its answer; return self.

        Give the fields as keywords (``project.update(title="v2")``), as a mapping, or as the generated
        request model. An unknown field name raises :class:`InvalidInputError` before any request.
        """
        if "result" in fields and "result" in _json_names(self._update_model):
            fields["result"] = result_regions(fields["result"])  # the same check as on create
        body: RequestT = build_request(self._update_model, changes, fields, what=f"{type(self).__name__}.update()")
        self._adopt(self._patch_model(body))
        return self


class Removable(Entity[ModelT]):
    """Can be deleted from the server."""

    def _destroy(self) -> None:
        raise NotImplementedError

    def remove(self) -> None:
        """Delete this object on the server. The proxy keeps its last known fields."""
        self._destroy()


def _json_names(model_type: type) -> dict[str, str]:
    """Map every accepted input name (python and JSON spelling) to the JSON key of the model's fields."""
    names: dict[str, str] = {}
    for field in attrs.fields(model_type):
        if field.name == "additional_properties":
            continue
        json_name = field.name
        if field.name.endswith("_") and (keyword.iskeyword(field.name[:-1]) or hasattr(builtins, field.name[:-1])):
            json_name = field.name[:-1]
        names[field.name] = json_name
        names[json_name] = json_name
    return names


def _required(model_type: type) -> list[str]:
    return [f.name for f in attrs.fields(model_type) if f.default is attrs.NOTHING and f.init]


def build_request(model_type: type[RequestT], spec: object, fields: Mapping[str, Any], *, what: str) -> RequestT:
    """Build a generated request model from a model instance, a mapping and/or keyword fields.

    Unknown names and missing required fields raise :class:`InvalidInputError` naming them, so nothing
    is silently dropped or sent for the server to ignore.
    """
    if isinstance(spec, model_type) and not fields:
        return spec
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
    names = _json_names(model_type)
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
    missing = [name for name in _required(model_type) if names[name] not in body]
    if missing:
        raise InvalidInputError(f"{what} is missing required field(s): {', '.join(missing)}")
    try:
        return model_type.from_dict(body)  # type: ignore[attr-defined,no-any-return]
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise InvalidInputError(f"{what}: a field has the wrong shape ({exc})") from exc


def convert(model_type: type[RequestT], model: _Model) -> RequestT:
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

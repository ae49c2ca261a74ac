"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

import attrs
import httpx
from attrs import define, field


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


def secret_repr(model: object, secret_fields: frozenset[str]) -> str:
    """The repr of a generated model whose attributes named in ``secret_fields`` (tokens, passwords, keys) hold
    credentials: their values are shown as ``<hidden>``."""
    shown = []
    for attribute in attrs.fields(type(model)):  # type: ignore[arg-type]  # every caller is an attrs class
        value = getattr(model, attribute.name)
        hidden = attribute.name in secret_fields and isinstance(value, str) and value
        shown.append(f"{attribute.name}={'<hidden>' if hidden else repr(value)}")
    return f"{type(model).__name__}({', '.join(shown)})"


def path_segment(value: object) -> str:
    """``value`` as one percent-encoded path segment: ``/ ? # %`` and every other reserved character are encoded, and
    a value of ``.`` or ``..`` (which URL normalisation would resolve, leaving the segment) becomes ``%2E`` /
    ``%2E%2E``, so a path parameter can never point the request at another route."""
    segment = quote(str(value), safe="")
    return segment.replace(".", "%2E") if segment in (".", "..") else segment


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    # Not in the repr: headers carry session cookies (Set-Cookie), bodies may carry tokens.
    content: bytes = field(repr=False)
    headers: MutableMapping[str, str] = field(repr=False)
    parsed: T | None
    request: httpx.Request | None = None
    """The request that produced this response (method and URL, for error messages)."""


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "path_segment", "secret_repr"]

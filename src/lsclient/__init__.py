"""lsclient: a typed Python SDK for Label Studio.

Two layers:

* ``lsclient.api_client`` -- generated from Label Studio's OpenAPI schema; one function per REST
  operation, plus ``LabelStudioApi`` grouping them by tag (``api.projects.create(...)``).
* ``lsclient.core`` -- hand-written client, repositories and entity proxies on top of it; its main
  names are re-exported here.

Two flavours with the same API: ``make_client()`` / ``Client`` for plain code and ``make_async_client()`` /
``AsyncClient`` for asyncio programs (``await`` on every call that talks to the server, ``async for`` over
every list).

>>> from lsclient import make_client
>>> with make_client() as client:  # reads LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY now  # doctest: +SKIP
...     project = client.projects.create(title="Reviews", label_config=CONFIG)

>>> from lsclient import make_async_client
>>> async with make_async_client() as client:  # doctest: +SKIP
...     project = await client.projects.create(title="Reviews", label_config=CONFIG)
"""

from typing import TYPE_CHECKING, Any

from . import core
from .core import __all__ as __all__

if TYPE_CHECKING:
    from .core import *  # noqa: F403 - the public surface is lsclient.core's, listed once there

__version__ = "0.1.0"

if not TYPE_CHECKING:  # hidden from type checkers, so that they still report a misspelt name

    def __getattr__(name: str) -> Any:
        """Every public name is imported on first use (see :mod:`lsclient.core`): ``import lsclient`` stays cheap."""
        if name in core._LAZY:
            value = getattr(core, name)
            globals()[name] = value
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """The module's own names and every public name, imported or not yet."""
    return sorted(set(globals()) | set(__all__))

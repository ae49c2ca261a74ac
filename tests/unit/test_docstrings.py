"""Every public module, class, function and method of lsclient.core has a docstring."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import lsclient.core


def _public_objects() -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for info in pkgutil.walk_packages(lsclient.core.__path__, lsclient.core.__name__ + "."):
        module = importlib.import_module(info.name)
        found.append((info.name, module))
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isclass(value) or inspect.isfunction(value):
                found.append((f"{info.name}.{name}", value))
            if inspect.isclass(value):
                for attr, member in vars(value).items():
                    if attr.startswith("_"):
                        continue
                    target = member.fget if isinstance(member, property) else getattr(member, "func", member)
                    if inspect.isfunction(target) or isinstance(member, property):
                        found.append((f"{info.name}.{name}.{attr}", target))
    return found


def test_every_public_name_has_a_docstring() -> None:
    missing = [name for name, value in _public_objects() if not (inspect.getdoc(value) or "").strip()]
    assert missing == []

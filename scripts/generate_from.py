"""Generate the API layer from any schema into any directory, without touching ``src/`` or ``openapi/``.

For trying a client for another server (another Label Studio release, an Enterprise server) before adopting its
schema. Same pipeline as ``scripts/generate.py``: ``openapi/corrections.json`` (corrections that no longer apply are
reported), openapi-python-client (pinned) with ``openapi/generator-config.yaml`` and ``generator-templates/``,
``py.typed``, ruff. The package is written to ``OUT/api_client`` (importable as ``api_client`` with ``OUT`` on
``sys.path``).

Optional checks, each reported as ok/FAILED (exit status 1 if one fails):

* ``--verify``: every module of the package imports; ``mypy`` is clean on it (as ``make lint`` checks ``src/``);
* ``--core``: ``lsclient.core`` type-checks (``mypy --strict``) against this package in place of the committed
  one, i.e. core still compiles against a client generated from the other schema.

Usage::

    python scripts/generate_from.py --schema /tmp/openapi-1.22.0 --out /tmp/gen-1.22.0 [--strict] [--verify] [--core]

``--schema`` is a schema file or a directory holding ``label-studio.schema.json`` (what ``fetch_schema.py
--out-dir`` writes). Run it with the project's interpreter (``.venv/bin/python``): the generator, ruff and mypy
are taken from beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402
import normalize_schema  # noqa: E402

ROOT = generate.ROOT
SCHEMA_NAME = "label-studio.schema.json"
PACKAGE = "api_client"

_IMPORT_ALL = """
import importlib, pkgutil, sys
import api_client
failed = []
count = 0
for info in pkgutil.walk_packages(api_client.__path__, "api_client."):
    count += 1
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        failed.append(f"{info.name}: {exc!r}")
print(f"{count} modules, {len(failed)} failed to import")
print("\\n".join(failed[:20]))
sys.exit(1 if failed else 0)
"""


def _schema_file(path: Path) -> Path:
    return path / SCHEMA_NAME if path.is_dir() else path


def build(
    schema_path: Path, out_dir: Path, *, corrections_path: Path, strict: bool, fail_on_warning: bool
) -> list[str]:
    """Generate the package into ``out_dir`` (which must not exist); return notes on stale corrections."""
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    corrections = json.loads(corrections_path.read_text(encoding="utf-8"))
    doc, stale = normalize_schema.normalize(schema, corrections)
    if stale and strict:
        sys.exit("stale corrections:\n  " + "\n  ".join(stale))
    with tempfile.TemporaryDirectory() as tmp:
        normalized = Path(tmp) / "schema.json"
        normalized.write_text(normalize_schema.dump(doc), encoding="utf-8")
        cmd = [
            generate._tool("openapi-python-client"), "generate",
            "--path", str(normalized),
            "--config", str(generate.OPENAPI / "generator-config.yaml"),
            "--custom-template-path", str(generate.TEMPLATES),
            "--meta", "none",
            "--output-path", str(out_dir),
        ]  # fmt: skip
        if fail_on_warning:
            cmd.append("--fail-on-warning")
        generate._run(*cmd)
    (out_dir / "py.typed").write_text("", encoding="utf-8")
    ruff, config = generate._tool("ruff"), str(generate.OPENAPI / "ruff-generated.toml")
    generate._run(ruff, "check", "--config", config, "--no-cache", "--fix-only", "--quiet", str(out_dir))
    generate._run(ruff, "format", "--config", config, "--no-cache", "--quiet", str(out_dir))
    return stale


def _check(name: str, cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> bool:
    """Run one check, print ok/FAILED with its timing and (on failure) the end of its output."""
    t0 = time.monotonic()
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip().splitlines()
    verdict = "ok" if result.returncode == 0 else "FAILED"
    summary = output[-1] if output else ""
    print(f"{name}: {verdict} in {time.monotonic() - t0:.1f} s ({summary})")
    if result.returncode != 0:
        print("  " + "\n  ".join(output[-30:]))
    return result.returncode == 0


def _mypy(cwd: Path, *args: str) -> list[str]:
    return [generate._tool("mypy"), "--python-version", "3.11", "--cache-dir", str(cwd / ".mypy_cache"), *args]


def verify(out: Path) -> bool:
    """Import every module of ``out/api_client`` and run mypy on it."""
    env = {**os.environ, "PYTHONPATH": str(out)}
    imported = _check("import every module", [sys.executable, "-c", _IMPORT_ALL], cwd=out, env=env)
    typed = _check("mypy api_client", _mypy(out, "-p", PACKAGE), cwd=out, env=env)
    return imported and typed


def check_core(out: Path) -> bool:
    """Type-check lsclient.core (strict, as ``make lint`` does) against ``out/api_client``."""
    tree = out / "with-core"
    if tree.exists():
        shutil.rmtree(tree)
    package = tree / "lsclient"
    src = ROOT / "src" / "lsclient"
    shutil.copytree(src / "core", package / "core", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(src / "__init__.py", package / "__init__.py")
    shutil.copy2(src / "py.typed", package / "py.typed")
    shutil.copytree(out / PACKAGE, package / PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    config = tree / "mypy.ini"
    config.write_text("[mypy]\npython_version = 3.11\n\n[mypy-lsclient.core.*]\nstrict = True\n", encoding="utf-8")
    return _check("mypy --strict lsclient.core", _mypy(tree, "--config-file", str(config), "-p", "lsclient"), cwd=tree)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--schema", type=Path, required=True, help="schema file, or a directory holding one")
    parser.add_argument("--out", type=Path, required=True, help="directory to write api_client/ into")
    parser.add_argument("--corrections", type=Path, default=generate.OPENAPI / "corrections.json")
    parser.add_argument("--strict", action="store_true", help="fail when a correction no longer applies")
    parser.add_argument(
        "--allow-warnings", action="store_true", help="do not fail on generator warnings (generate.py does)"
    )
    parser.add_argument("--verify", action="store_true", help="import every module and run mypy on the package")
    parser.add_argument("--core", action="store_true", help="mypy --strict lsclient.core against the package")
    args = parser.parse_args(argv)

    schema_path = _schema_file(args.schema)
    if not schema_path.is_file():
        parser.error(f"no schema at {schema_path}")
    out: Path = args.out.resolve()
    if out == ROOT or ROOT / "src" in (out, *out.parents) or generate.OPENAPI in (out, *out.parents):
        parser.error("--out must not be the repository, src/ or openapi/ (use scripts/generate.py for those)")
    source = schema_path.parent / "schema-source.json"
    if source.is_file():
        info = json.loads(source.read_text(encoding="utf-8"))
        print(f"schema of Label Studio {info.get('server_version')} ({info.get('edition')})")

    out.mkdir(parents=True, exist_ok=True)
    target = out / PACKAGE
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(dir=out) as tmp:
        built = Path(tmp) / PACKAGE
        stale = build(
            schema_path,
            built,
            corrections_path=args.corrections,
            strict=args.strict,
            fail_on_warning=not args.allow_warnings,
        )
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(built), target)
    modules = sum(1 for _ in target.rglob("*.py"))
    print(f"generated {target} ({modules} files) in {time.monotonic() - t0:.1f} s")
    for note in stale:
        print(f"warning: stale correction: {note}", file=sys.stderr)
    if not stale:
        print("every correction applied")

    ok = True
    if args.verify:
        ok = verify(out) and ok
    if args.core:
        ok = check_core(out) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

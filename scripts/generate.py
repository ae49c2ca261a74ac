"""Regenerate ``src/lsclient/api_client`` from the vendored schema, or check that it is up to date.

Pipeline (deterministic, see docs/regenerating.md):
  1. ``normalize_schema``: apply ``openapi/corrections.json`` to ``openapi/label-studio.schema.json``;
  2. openapi-python-client (pinned) with ``openapi/generator-config.yaml`` and ``generator-templates/``;
  3. add ``py.typed``; format with the pinned ruff and ``openapi/ruff-generated.toml``.

Usage: ``python scripts/generate.py`` (write) or ``python scripts/generate.py --check`` (compare only).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import normalize_schema  # noqa: E402

ROOT = normalize_schema.ROOT
OPENAPI = ROOT / "openapi"
TEMPLATES = ROOT / "generator-templates"
TARGET = ROOT / "src" / "lsclient" / "api_client"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    """The pinned tool installed beside this interpreter (the project's .venv), never one from PATH."""
    path = BIN / name
    if not path.exists():
        sys.exit(f"{name} is not installed beside {sys.executable}: run `make setup` first")
    return str(path)


def _run(*cmd: str, cwd: Path | None = None) -> None:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write("\n".join((result.stdout + result.stderr).splitlines()[-40:]) + "\n")
        sys.exit(f"failed: {' '.join(cmd[:3])} ... (exit {result.returncode})")


def build(out_dir: Path, *, strict: bool) -> list[str]:
    """Generate the package into ``out_dir`` (which must not exist); return notes on stale corrections."""
    import json

    schema = json.loads((OPENAPI / "label-studio.schema.json").read_text(encoding="utf-8"))
    corrections = json.loads((OPENAPI / "corrections.json").read_text(encoding="utf-8"))
    doc, stale = normalize_schema.normalize(schema, corrections)
    if stale and strict:
        sys.exit("stale corrections:\n  " + "\n  ".join(stale))
    with tempfile.TemporaryDirectory() as tmp:
        normalized = Path(tmp) / "schema.json"
        normalized.write_text(normalize_schema.dump(doc), encoding="utf-8")
        _run(
            _tool("openapi-python-client"), "generate",
            "--path", str(normalized),
            "--config", str(OPENAPI / "generator-config.yaml"),
            "--custom-template-path", str(TEMPLATES),
            "--meta", "none",
            "--fail-on-warning",
            "--output-path", str(out_dir),
        )  # fmt: skip
    (out_dir / "py.typed").write_text("", encoding="utf-8")
    ruff, config = _tool("ruff"), str(OPENAPI / "ruff-generated.toml")
    _run(ruff, "check", "--config", config, "--no-cache", "--fix-only", "--quiet", str(out_dir))
    _run(ruff, "format", "--config", config, "--no-cache", "--quiet", str(out_dir))
    return stale


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on either side or different bytes)."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(prefix + n for n in cmp.left_only + cmp.right_only + cmp.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        out.extend(prefix + n for n in mismatch + errors)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if the committed package differs")
    parser.add_argument("--strict", action="store_true", help="fail when a correction no longer applies")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        out_dir = Path(tmp) / "api_client"
        stale = build(out_dir, strict=args.strict)
        for note in stale:
            print(f"warning: stale correction: {note}", file=sys.stderr)
        if args.check:
            if not TARGET.exists():
                print(f"{TARGET.relative_to(ROOT)} does not exist: run `make generate`", file=sys.stderr)
                return 1
            diff = differences(out_dir, TARGET)
            if diff:
                print("src/lsclient/api_client is not what the generator makes from openapi/:", file=sys.stderr)
                for path in diff[:50]:
                    print(f"  {path}", file=sys.stderr)
                print("run `make generate` and commit the result", file=sys.stderr)
                return 1
            print(f"src/lsclient/api_client is up to date ({sum(1 for _ in out_dir.rglob('*.py'))} files)")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(out_dir, TARGET)
    print(f"generated {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

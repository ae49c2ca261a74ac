"""Fetch the OpenAPI schema from a running Label Studio into ``openapi/``, exactly as served.

Writes ``openapi/label-studio.schema.json`` (the bytes the server sent) and
``openapi/schema-source.json`` (the server version and edition it came from).

Usage: ``python scripts/fetch_schema.py --url http://127.0.0.1:8080 [--api-key-file F] [--out-dir openapi]`` (the key
is read from ``LABEL_STUDIO_API_KEY`` by default). Stdlib only, so it runs before any virtual environment exists.

A key is required: served to an anonymous client, Label Studio's schema differs (label and label-link ids typed as
strings, filters left out), so a comparison with the vendored schema would report changes the release does not have.
``--anonymous`` fetches it anyway.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = "/docs/api/schema/?format=json"


def _get(url: str, api_key: str | None) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    if api_key:
        # A legacy token works as is; a personal access token is a JWT and needs the refresh exchange.
        if api_key.count(".") == 2:
            base = url.split("/", 3)[:3]
            refresh = urllib.request.Request(
                "/".join(base) + "/api/token/refresh/",
                data=json.dumps({"refresh": api_key}).encode(),
                headers={"Content-Type": "application/json"},
            )
            with urllib.request.urlopen(refresh, timeout=30) as response:
                access = json.load(response)["access"]
            request.add_header("Authorization", f"Bearer {access}")
        else:
            request.add_header("Authorization", f"Token {api_key}")
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read()


def fetch(url: str, api_key: str | None, out_dir: Path) -> dict[str, str]:
    """Download the schema and the server's version; return the recorded source description."""
    url = url.rstrip("/")
    schema = _get(url + SCHEMA_PATH, api_key)
    json.loads(schema)  # refuse to vendor an HTML error page
    version = json.loads(_get(url + "/api/version", api_key))
    edition = "Enterprise" if "label-studio-enterprise-backend" in json.dumps(version) else "Community"
    source = {
        "server_version": str(version.get("release", "unknown")),
        "edition": edition,
        "fetched_from": SCHEMA_PATH,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "label-studio.schema.json").write_bytes(schema)
    (out_dir / "schema-source.json").write_text(json.dumps(source, indent=2) + "\n", encoding="utf-8")
    return source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=os.environ.get("LABEL_STUDIO_URL"), help="server URL (or LABEL_STUDIO_URL)")
    parser.add_argument(
        "--api-key",
        default=os.environ.get("LABEL_STUDIO_API_KEY") or None,
        help="default: LABEL_STUDIO_API_KEY (prefer it, or --api-key-file: a key given here shows in ps)",
    )
    parser.add_argument("--api-key-file", type=Path, help="read the API key from this file (first line)")
    parser.add_argument(
        "--anonymous",
        action="store_true",
        help="fetch without a key (the schema then differs from what an authenticated client is served)",
    )
    parser.add_argument("--out-dir", type=Path, default=ROOT / "openapi")
    args = parser.parse_args(argv)
    if not args.url:
        parser.error("--url is required (or set LABEL_STUDIO_URL)")
    if args.api_key_file is not None:
        try:
            args.api_key = args.api_key_file.read_text(encoding="utf-8").strip().splitlines()[0].strip()
        except (OSError, IndexError) as exc:
            parser.error(f"--api-key-file {args.api_key_file}: cannot read a key ({exc.__class__.__name__})")
    if not args.api_key and not args.anonymous:
        parser.error(
            "no API key: set LABEL_STUDIO_API_KEY or pass --api-key-file (Label Studio serves an anonymous client a "
            "different schema: ids typed as strings, filters left out); --anonymous fetches it anyway"
        )
    try:
        source = fetch(args.url, args.api_key, args.out_dir)
    except (urllib.error.URLError, ValueError) as exc:
        print(f"could not fetch the schema from {args.url}: {exc}", file=sys.stderr)
        return 1
    print(f"fetched the schema of Label Studio {source['server_version']} ({source['edition']}) into {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Shared pytest configuration: the real Label Studio fixture lives in tests/server_fixture.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

pytest_plugins = ["server_fixture"]

"""Shared pytest configuration: the real Label Studio fixture lives in tests/server_fixture.py, the ML backend's
(``ml_backend_url``, ``ml_label_studio``, ``ml_client``) in tests/integration/ml_fixtures.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

pytest_plugins = ["server_fixture", "integration.ml_fixtures"]

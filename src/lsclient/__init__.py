"""lsclient: a typed Python SDK for Label Studio.

Two layers:

* ``lsclient.api_client`` -- generated from Label Studio's OpenAPI schema; one function per REST
  operation, plus ``LabelStudioApi`` grouping them by tag (``api.projects.create(...)``).
* ``lsclient.core`` -- hand-written repositories and entity proxies on top of it.
"""

__version__ = "0.1.0"

"""The asyncio flavour of the core, and the only source of its I/O code.

The sync flavour, :mod:`lsclient.core._sync`, is generated from these modules by ``scripts/unasync.py``. Import
public names from :mod:`lsclient` (``make_async_client``, ``AsyncClient``, ``AsyncProject``...).
"""

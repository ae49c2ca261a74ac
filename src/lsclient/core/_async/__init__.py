"""One flavour of the core: :mod:`lsclient.core._async` is the asyncio flavour and the only source of the I/O code;
:mod:`lsclient.core._sync` is generated from it by ``scripts/unasync.py`` (this very docstring included).

Import public names from :mod:`lsclient` (``make_client``, ``Client``, ``Project``... and ``make_async_client``,
``AsyncClient``, ``AsyncProject``...).
"""

"""Logging an httpx client in with email and password: :func:`login_with_password`.

The request sequence is :func:`lsclient.core.auth.login_flow`'s (shared with :class:`~lsclient.core.auth.SessionAuth`);
this module only sends it.
"""

from __future__ import annotations

import httpx

from ..auth import LOGIN_PATH, SESSION_COOKIE, endpoint_url, login_flow, normalize_base_url

__all__ = ["login_with_password"]


async def login_with_password(http: httpx.AsyncClient, base_url: str | httpx.URL, email: str, password: str) -> None:
    """Log ``http`` in to Label Studio (``GET`` then ``POST /user/login/``); the session cookie is left in
    ``http.cookies``, so later requests of ``http`` are authenticated by it.

    :raises AuthenticationError: a wrong email or password (no session cookie is left behind).
    :raises ConfigurationError: ``base_url`` is not an http(s) URL.
    """
    login_url = endpoint_url(normalize_base_url(base_url), None, LOGIN_PATH)
    flow = login_flow(http.build_request, login_url, email, password)
    try:
        request = next(flow)
        while True:
            request = flow.send(await http.send(request, auth=None, follow_redirects=False))
    except StopIteration:
        return
    except BaseException:
        http.cookies.delete(SESSION_COOKIE)  # a wrong password still gets an (anonymous) session cookie
        raise

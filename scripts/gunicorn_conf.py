"""gunicorn settings of the harness's scale-out Label Studio (``scripts/ls_server.py start --db postgresql``).

The harness passes the rest on the command line: ``--bind 127.0.0.1:<port> --workers <N> --chdir <label_studio
package> core.wsgi:application``, with ``DJANGO_SETTINGS_MODULE=core.settings.label_studio`` (the upstream Docker
image's module and settings; its own app server is uwsgi with ``deploy/uwsgi.ini``, whose choices these follow).
"""

from __future__ import annotations

from typing import Any

# sync workers: one request at a time per process and a new connection per request ("Connection: close"), so
# every request goes to whichever worker is free, like uwsgi's HTTP router upstream or nginx in front.
# gthread would keep connections alive but pin each one to the worker that accepted it, so 8 concurrent
# clients could queue on 2 of 4 workers.
worker_class = "sync"
# upstream kills a request after 120 s (uwsgi harakiri) and gives up on the client after 300 s (http-timeout);
# an OSS export or import is synchronous and large ones run for minutes, so the longer of the two
timeout = 300
graceful_timeout = 10  # on stop: below the harness's 15 s before SIGKILL
# no preload: each worker imports Label Studio itself (upstream: lazy-apps), so no connection or thread made at
# import time is shared between processes
preload_app = False
# request line up to 8 KiB like nginx's default buffers (gunicorn's default 4094 would reject long filter URLs
# that the development server accepts)
limit_request_line = 8190
# gunicorn >= 25.1 opens a control socket at ~/.gunicorn/gunicorn.ctl by default: one path for every instance of
# the user, so a second server (another release, another checkout) would take it over; the harness never uses it
control_socket_disable = True
accesslog = "-"  # both logs go to the harness's server.log
errorlog = "-"
loglevel = "info"


def post_worker_init(worker: Any) -> None:
    """Say when a worker has loaded the app: the harness waits for all N before it reports the server started."""
    worker.log.info("lsclient-harness: worker ready (pid %s)", worker.pid)

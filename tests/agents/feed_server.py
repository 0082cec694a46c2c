"""A tiny real HTTP server on 127.0.0.1 (port 0) for fetch and poller tests."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REAL_FEEDS = Path(__file__).parents[2] / ".." / "shared" / "feeds" / "real"

Route = Callable[[BaseHTTPRequestHandler], None]


class FeedServer:
    """Routes by path; every request's path and headers are recorded in ``requests``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                server.requests.append((self.path, {k.lower(): v for k, v in
                                                    self.headers.items()}))
                route = server.routes.get(path)
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                route(self)

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p.split("?", 1)[0] == path)

    # ------------------------------------------------------------------ routes
    def static(self, path: str, body: bytes, *, status: int = 200,
               headers: dict[str, str] | None = None, etag: str | None = None,
               content_length: bool = True) -> None:
        """Serve ``body``; with ``etag``, answer a matching If-None-Match with 304."""

        def route(h: BaseHTTPRequestHandler) -> None:
            if etag and h.headers.get("If-None-Match") == etag:
                h.send_response(304)
                h.send_header("ETag", etag)
                h.end_headers()
                return
            h.send_response(status)
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            if etag:
                h.send_header("ETag", etag)
            if content_length:
                h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)

        self.routes[path] = route

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.static(path, b"", status=status, headers={"Location": location})

    def feed_file(self, path: str, name: str, **kw: object) -> bytes:
        body = (REAL_FEEDS / name).read_bytes()
        self.static(path, body, **kw)  # type: ignore[arg-type]
        return body


@contextmanager
def running() -> Iterator[FeedServer]:
    server = FeedServer()
    thread = threading.Thread(target=server.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()

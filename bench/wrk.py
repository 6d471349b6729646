"""Load from wrk (Debian's `wrk` package): a Lua script that rotates through a list of
addresses, and the one line of figures the script prints when the run ends."""

import json
import shutil
import subprocess
from dataclasses import dataclass

INSTALL_HINT = (
    "wrk is not installed: `sudo apt-get install wrk` (Debian and Ubuntu), then run again."
)
RESULT_PREFIX = "WRK-RESULT "

# Each wrk thread has its own Lua state: both walk the same list, each from its own start, so a
# run of a few seconds still asks for many different addresses. Behind a TLS proxy (as in
# production) the hub sees X-Forwarded-Proto: https, so production settings do not redirect.
SCRIPT = """
local paths = %(paths)s
local index = 0
local offset = 0

setup = function(thread)
  thread:set("offset", offset)
  offset = offset + math.floor(#paths / 2) + 1
end

request = function()
  index = index + 1
  local path = paths[((index + offset) %% #paths) + 1]
  return wrk.format("GET", path, {["X-Forwarded-Proto"] = "https"})
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "%(prefix)s{\\"requests\\": %%d, \\"duration_us\\": %%d, \\"bytes\\": %%d, "
    .. "\\"p50_us\\": %%d, \\"p99_us\\": %%d, \\"mean_us\\": %%.1f, \\"non_2xx\\": %%d, "
    .. "\\"socket_errors\\": %%d}\\n",
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(99), latency.mean, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
"""


@dataclass(frozen=True)
class WrkResult:
    requests: int
    seconds: float
    bytes: int
    p50_ms: float
    p99_ms: float
    non_2xx: int
    socket_errors: int

    @property
    def per_second(self):
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def bytes_per_request(self):
        return self.bytes / self.requests if self.requests else 0


def installed():
    return shutil.which("wrk") is not None


def lua_script(paths):
    """The script for these paths (each a path with its query string, as sent)."""
    if not paths:
        raise ValueError("wrk needs at least one address")
    if not all(path.isascii() for path in paths):
        raise ValueError("addresses go to wrk URL-encoded (its Lua reads no \\u escapes)")
    quoted = ", ".join(json.dumps(path) for path in paths)  # JSON strings are Lua strings too
    return SCRIPT % {"paths": "{" + quoted + "}", "prefix": RESULT_PREFIX}


def parse(output):
    """The figures from wrk's output: the line the script's `done` printed."""
    for line in output.splitlines():
        if line.startswith(RESULT_PREFIX):
            figures = json.loads(line[len(RESULT_PREFIX) :])
            return WrkResult(
                requests=figures["requests"],
                seconds=figures["duration_us"] / 1e6,
                bytes=figures["bytes"],
                p50_ms=figures["p50_us"] / 1000,
                p99_ms=figures["p99_us"] / 1000,
                non_2xx=figures["non_2xx"],
                socket_errors=figures["socket_errors"],
            )
    raise ValueError(f"no {RESULT_PREFIX.strip()} line in wrk's output:\n{output}")


def run(base_url, script_path, seconds, threads=2, connections=8):
    """Load `base_url` for `seconds` with the script's addresses; its WrkResult."""
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "30s",
        "-s",
        str(script_path),
        base_url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return parse(done.stdout)

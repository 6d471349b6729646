"""Run a function in a child process with a wall-clock timeout and an address-space limit.

Parsers of untrusted files can loop for ever or allocate without bound. Running them in a
spawned child keeps the web process or task worker safe: the child is killed when it runs out of
time, and a memory limit (RLIMIT_AS) turns runaway allocation into a MemoryError inside the child.
Children come from a forkserver (see _context), so they inherit no threads, locks or connections;
the function and its arguments must therefore be importable and picklable.
"""

import multiprocessing
import resource
import signal


class BoundedRunError(Exception):
    """The child did not return a result; the message is the reason."""


def _limit_resources(memory_mb, cpu_seconds):
    if memory_mb:
        limit = int(memory_mb) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    if cpu_seconds:
        seconds = int(cpu_seconds) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))


def _child(conn, func, args, memory_mb, cpu_seconds):
    try:
        _limit_resources(memory_mb, cpu_seconds)
        outcome = ("ok", func(*args))
    except MemoryError:
        outcome = ("memory", None)
    except Exception as exc:  # handed back to the parent, which decides what to do
        outcome = ("error", exc)
    try:
        conn.send(outcome)
    except MemoryError:
        conn.send(("memory", None))
    except Exception as exc:  # an unpicklable exception or result
        conn.send(("error", BoundedRunError(f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()


_CONTEXT = None


def _context():
    """A 'forkserver' context whose server has the parsers imported, so each child starts fast.

    The server is a clean process started on first use (not a fork of this one); children forked
    from it inherit no threads, locks or database connections of the web or worker process.
    """
    global _CONTEXT
    if _CONTEXT is None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["documents.extraction", "pypdf", "docx"])
        _CONTEXT = context
    return _CONTEXT


def run_bounded(func, args=(), *, timeout, memory_mb=None):
    """Return func(*args) computed in a child process, or raise.

    Raises BoundedRunError("timed out after N s") or BoundedRunError("out of memory ...") when a
    bound is hit; an exception raised by func is raised again here.
    """
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child,
        args=(sender, func, args, memory_mb, timeout),
        daemon=True,
    )
    process.start()
    sender.close()
    finished = False
    try:
        if not receiver.poll(timeout):
            raise BoundedRunError(f"timed out after {timeout:g} s")
        try:
            status, value = receiver.recv()
        except EOFError:
            process.join(5)
            raise BoundedRunError(_describe_exit(process.exitcode, memory_mb)) from None
        finished = True
    finally:
        receiver.close()
        _stop(process, grace=5 if finished else 0)
    if status == "memory":
        raise BoundedRunError(_out_of_memory(memory_mb))
    if status == "error":
        raise value
    return value


def _stop(process, grace):
    process.join(grace)
    if process.is_alive():
        process.terminate()
        process.join(2)
    if process.is_alive():
        process.kill()
        process.join()
    process.close()


def _out_of_memory(memory_mb):
    return f"out of memory (the limit is {memory_mb} MB)" if memory_mb else "out of memory"


def _describe_exit(exitcode, memory_mb):
    if exitcode is not None and exitcode < 0:
        signum = -exitcode
        if signum == signal.SIGXCPU:
            return "ran out of CPU time"
        if signum in (signal.SIGKILL, signal.SIGSEGV):
            return f"the extraction process was killed ({_out_of_memory(memory_mb)}?)"
        return f"the extraction process was stopped by signal {signal.Signals(signum).name}"
    return f"the extraction process stopped unexpectedly (exit code {exitcode})"

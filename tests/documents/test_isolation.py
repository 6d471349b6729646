"""The bounded child process that runs every extraction."""

import time

import pytest

from documents.extraction import ExtractionError, extract
from documents.isolation import BoundedRunError, run_bounded
from tests.helpers import sample_files


def test_result_comes_back_from_the_child():
    assert run_bounded(extract, (b"one\ftwo", "a.txt"), timeout=30, memory_mb=512) == [
        "one",
        "two",
    ]


def test_extraction_errors_are_raised_in_the_parent():
    with pytest.raises(ExtractionError, match="corrupt PDF"):
        run_bounded(extract, (b"junk", "a.pdf"), timeout=30, memory_mb=512)


def test_a_stuck_parser_is_stopped_at_the_timeout():
    started = time.monotonic()
    with pytest.raises(BoundedRunError, match=r"^timed out after 1 s$"):
        run_bounded(sample_files.slow_extract, (b"", "a.pdf"), timeout=1, memory_mb=512)
    assert time.monotonic() - started < 10


def test_a_greedy_parser_runs_out_of_memory():
    with pytest.raises(BoundedRunError, match=r"out of memory \(the limit is 256 MB\)"):
        run_bounded(sample_files.greedy_extract, (b"", "a.pdf"), timeout=30, memory_mb=256)

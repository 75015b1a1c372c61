"""How many BLAS threads each process uses."""
from __future__ import annotations

import os

import pytest

from extractor.api import Options


@pytest.fixture
def cores(monkeypatch):
    def set_cores(n: int) -> None:
        monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(n)), raising=False)
    return set_cores


def test_the_cores_are_shared_among_the_workers(cores):
    cores(2)
    assert Options(jobs=1).threads() == 2
    assert Options(jobs=2).threads() == 1
    assert Options(jobs=8).threads() == 1


def test_never_more_than_two_threads_unless_asked(cores):
    cores(64)
    assert Options(jobs=1).threads() == 2
    assert Options(jobs=1, blas_threads=8).threads() == 8
    assert Options(blas_threads=0).threads() == 1

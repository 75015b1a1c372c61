"""How many BLAS threads each process uses."""
from __future__ import annotations

from extractor.api import Options
from extractor.cli import build_parser


def test_one_blas_thread_per_process_unless_asked():
    assert Options().blas_threads == 1
    assert build_parser().parse_args(["x.txt"]).blas_threads == 1
    assert build_parser().parse_args(["x.txt", "--blas-threads", "2"]).blas_threads == 2

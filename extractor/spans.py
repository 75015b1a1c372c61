"""Character spans as ``(start, end)`` pairs: what one set of them leaves of another."""
from __future__ import annotations

from collections.abc import Iterable, Sequence


def subtract(spans: Iterable[tuple[int, int]], holes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of sorted, disjoint ``spans`` that no hole covers, in order (``holes`` sorted by start; they
    may overlap)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for h_start, h_end in holes:
            if h_end <= s or h_start >= e:
                continue
            if h_start > s:
                out.append((s, h_start))
            s = max(s, h_end)
        if s < e:
            out.append((s, e))
    return out

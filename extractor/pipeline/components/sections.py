"""A component's config section as its dataclass, with a clear error for a setting it does not have."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T")


def config_section(component: str, kind: type[T], name: str, settings: Mapping[str, Any]) -> T:
    """The ``name`` section of ``component``'s config as ``kind``; ``ValueError`` naming both for a setting
    ``kind`` has not (a typo must not pass silently as a default)."""
    try:
        return kind(**settings)
    except TypeError as error:
        raise ValueError(f"{component}: a setting of the {name} section is not {kind.__name__}'s: {error}") from None

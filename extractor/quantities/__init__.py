"""Quantity extraction: numbers with their unit, kind, direction, concept, entity and period."""
from .extract import extract_quantities, may_hold_figure
from .types import QuantityFacts

__all__ = ["extract_quantities", "may_hold_figure", "QuantityFacts"]

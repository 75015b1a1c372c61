"""Quantity extraction: numbers with their unit, kind, direction, concept, entity and period."""
from .extract import extract_quantities
from .types import QuantityFacts

__all__ = ["extract_quantities", "QuantityFacts"]

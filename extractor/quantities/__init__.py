"""Quantity extraction: numbers with their unit, kind, direction, concept, entity and period."""
from .extract import PARAGRAPH_BREAK, extract_quantities, may_hold_figure

__all__ = ["PARAGRAPH_BREAK", "extract_quantities", "may_hold_figure"]

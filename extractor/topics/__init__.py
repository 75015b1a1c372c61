"""Topic segmentation: contiguous segments of a transcript's body, labelled by their key phrases."""
from .segment import segment_topics
from .types import TopicSegment

__all__ = ["TopicSegment", "segment_topics"]

"""Topic segmentation: contiguous segments of a transcript's body, labelled by their key phrases."""
from .passages import body_start, passages_from_structure
from .segment import SegmenterConfig, segment_topics
from .types import Passage, TopicSegment

__all__ = ["Passage", "SegmenterConfig", "TopicSegment", "body_start", "passages_from_structure", "segment_topics"]

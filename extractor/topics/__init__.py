"""Topic segmentation: contiguous segments of a transcript's body, labelled by their key phrases."""
from .labels import LabelConfig
from .passages import body_start, ignored_ranges, passages_from_structure, speaker_names
from .segment import SegmenterConfig, segment_topics
from .types import Passage

__all__ = ["LabelConfig", "Passage", "SegmenterConfig", "body_start", "ignored_ranges", "passages_from_structure",
           "segment_topics", "speaker_names"]

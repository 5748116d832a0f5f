"""The flattened-text front end: normalise text and split it into lines."""

from .normalize import normalize_text
from .segment import Line, segment_text

__all__ = ["Line", "normalize_text", "segment_text"]

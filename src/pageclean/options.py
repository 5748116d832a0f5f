"""One frozen Options object with named defaults."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_OPTIONS", "Options"]


@dataclass(frozen=True, slots=True)
class Options:
    #: ``"auto"`` sniffs the input; ``"html"`` or ``"text"`` force an engine
    input_kind: str = "auto"
    #: inputs larger than this many bytes (UTF-8 for str) raise InputTooLargeError; None = no limit
    max_bytes: int | None = None
    #: keep the title segment out of the body (the default); False keeps everything as found
    detect_title: bool = True
    #: let the shipped line model take out body lines it doubts (see pageclean.linemodel); False =
    #: the rules alone
    line_model: bool = True

    def __post_init__(self) -> None:
        if self.input_kind not in ("auto", "html", "text"):
            raise ValueError(f"input_kind must be 'auto', 'html' or 'text', not {self.input_kind!r}")
        if self.max_bytes is not None and self.max_bytes <= 0:
            raise ValueError("max_bytes must be positive")


DEFAULT_OPTIONS = Options()

"""The exception tree.

::

    PagecleanError                      base of everything pageclean raises on purpose
     ├── InputTypeError(TypeError)      extract() was given something it cannot read (None, 42, …)
     ├── DecodeError(ValueError)        bytes that no encoding turns into text
     ├── NotHTMLError(ValueError)       bytes that are clearly not a page (PNG, PDF, gzip, …)
     ├── InputTooLargeError(ValueError) input over Options.max_bytes
     ├── ExtractTimeoutError(TimeoutError) a batch document ran past its timeout (extract_many)
     └── WorkerCrashedError(RuntimeError)  the worker process handling a document died (extract_many)

Each subclass also derives from the builtin a caller would expect (``except TypeError`` keeps
working), so code that does not know pageclean still handles its errors sensibly.
"""

from __future__ import annotations

__all__ = ["DecodeError", "ExtractTimeoutError", "InputTooLargeError", "InputTypeError", "NotHTMLError",
           "PagecleanError", "WorkerCrashedError"]


class PagecleanError(Exception):
    """Base class of every error pageclean raises on purpose."""


class InputTypeError(PagecleanError, TypeError):
    """The source is of a type extract() does not accept."""


class DecodeError(PagecleanError, ValueError):
    """Bytes that could not be decoded to text."""


class NotHTMLError(PagecleanError, ValueError):
    """Bytes that are clearly not a web page (an image, a PDF, an archive…)."""


class InputTooLargeError(PagecleanError, ValueError):
    """The input is larger than ``Options.max_bytes``."""


class ExtractTimeoutError(PagecleanError, TimeoutError):
    """A document in :func:`~pageclean.extract_many` took longer than its ``timeout``."""


class WorkerCrashedError(PagecleanError, RuntimeError):
    """The worker process extracting a document died (killed, out of memory, a crash in C code)."""

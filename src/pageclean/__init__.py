"""pageclean: split scraped pages losslessly into title, body, source credits and typed boilerplate.

    >>> import pageclean
    >>> page = pageclean.extract(html_or_text)
    >>> page.title, page.body, page.credits, page.boilerplate
"""

from .api import extract
from .batch import BatchError, BatchItem, BatchResult, extract_many
from .errors import (
    DecodeError,
    ExtractTimeoutError,
    InputTooLargeError,
    InputTypeError,
    NotHTMLError,
    PagecleanError,
    WorkerCrashedError,
)
from .model import (
    Block,
    BlockKind,
    Boilerplate,
    BoilerplateKind,
    Credit,
    CreditKind,
    InputKind,
    Metadata,
    Page,
    Role,
    Segment,
)
from .options import Options

__version__ = "0.1.0"

__all__ = [
    "BatchError",
    "BatchItem",
    "BatchResult",
    "Block",
    "BlockKind",
    "Boilerplate",
    "BoilerplateKind",
    "Credit",
    "CreditKind",
    "DecodeError",
    "ExtractTimeoutError",
    "InputKind",
    "InputTooLargeError",
    "InputTypeError",
    "Metadata",
    "NotHTMLError",
    "Options",
    "Page",
    "PagecleanError",
    "Role",
    "Segment",
    "WorkerCrashedError",
    "__version__",
    "extract",
    "extract_many",
]

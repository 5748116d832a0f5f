"""pageclean: split scraped pages losslessly into title, body, source credits and typed boilerplate.

    >>> import pageclean
    >>> page = pageclean.extract(html_or_text)
    >>> page.title, page.body, page.credits, page.boilerplate
"""

from .api import extract
from .errors import DecodeError, InputTooLargeError, InputTypeError, NotHTMLError, PagecleanError
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
    "Block",
    "BlockKind",
    "Boilerplate",
    "BoilerplateKind",
    "Credit",
    "CreditKind",
    "DecodeError",
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
    "__version__",
    "extract",
]

"""``python -m pageclean`` is the ``pageclean`` command."""

from .cli import main

raise SystemExit(main())

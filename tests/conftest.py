"""Shared test set-up: hypothesis profiles and the repository root on sys.path (for bench/).

Profiles: ``ci`` (the default when CI is set: fewer examples, derandomized so a red build is
reproducible), ``dev`` (the default locally), ``long`` (``HYPOTHESIS_PROFILE=long``, for soak runs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

settings.register_profile("ci", max_examples=60, derandomize=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

SHARED_DATA = ROOT.parent / "shared" / "data"

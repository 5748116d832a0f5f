"""The built wheel carries every data file the package reads (an editable install would not notice)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_all_data_files(tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                         capture_output=True, text=True, check=False, timeout=300)
    assert res.returncode == 0, res.stderr
    wheel = next(tmp_path.glob("pageclean-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    data = ROOT / "src" / "pageclean"
    wanted = {str(p.relative_to(data.parent)).replace("\\", "/") for p in data.rglob("*")
              if p.is_file() and p.suffix in {".json", ".txt", ".typed"}}
    assert wanted, "no data files found"
    assert wanted <= names, sorted(wanted - names)

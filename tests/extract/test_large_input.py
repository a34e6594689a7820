"""A 10 MB page is extracted article by article in bounded memory."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PEAK_LIMIT_MB = 1024  # the whole page as one spaCy Doc alone would need several GB

# Runs `unionkg extract FILE` in a fresh interpreter, then reports its own peak RSS (KiB) on stderr.
_CHILD = """
import resource, sys
from unionkg.cli import app
try:
    app(["extract", sys.argv[1]])
except SystemExit as exit_:
    if exit_.code not in (0, None):
        raise
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def test_ten_megabytes_in_bounded_memory(tmp_path: Path) -> None:
    page = (REPO / "seeds" / "002_b633644a5aba3e41.txt").read_text(encoding="utf-8")
    copies = 10 * 1024 * 1024 // len(page.encode("utf-8")) + 1
    big = tmp_path / "big.txt"
    big.write_text(("\n\n" + page) * copies, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(big)], capture_output=True, text=True, cwd=REPO, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    peak_mb = int(proc.stderr.strip().splitlines()[-1]) / 1024
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert len(result["articles"]) >= copies  # every copy's articles were read
    assert peak_mb < PEAK_LIMIT_MB, f"peak RSS {peak_mb:.0f} MB"

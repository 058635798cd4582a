"""Writing results: stdout or a file, written whole (temporary file + rename), never into the corpus."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from factcheck.errors import UsageError


def guard_output(output: Path, inputs: list[Path]) -> None:
    """Refuse to write a report over an input or inside a corpus directory."""
    out = output.resolve()
    for p in inputs:
        src = p.resolve()
        if out == src or (src.is_dir() and src in out.parents):
            raise UsageError(f"refusing to write into the corpus ({p}); choose another --output", str(output))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(output: Path | None, text: str) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a report follows the user's umask
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

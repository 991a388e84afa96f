"""Atomic file writes: a save either completes or leaves the old file untouched.

A save goes through a temporary file ``.<name>.<random>.tmp`` beside the target, renamed over it.
A symbolic link is followed: the file it points to is replaced and the link stays a link. A process
killed mid-save can leave its temporary file behind; the next save or open of the same file removes
such leftovers (:func:`remove_stale_temporaries`).
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

#: A temporary file younger than this may belong to a save in progress (another window) and is kept.
STALE_SECONDS = 60.0


def real_target(path: str | os.PathLike) -> Path:
    """The file a save of ``path`` must replace: ``path`` itself, or what its symbolic link(s) point to
    (a dangling link gives the path it points to, so the save creates that file)."""
    p = Path(path)
    return Path(os.path.realpath(p)) if p.is_symlink() else p


def _temporaries(target: Path) -> list[Path]:
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.[A-Za-z0-9_]{{8}}\.tmp$")
    try:
        return [p for p in target.parent.iterdir() if pattern.match(p.name)]
    except OSError:
        return []


def remove_stale_temporaries(path: str | os.PathLike, older_than: float = STALE_SECONDS) -> list[Path]:
    """Remove the temporary files our saves of ``path`` left behind (a process killed mid-save) that
    are older than ``older_than`` seconds; returns those removed. Errors are ignored: this is tidying."""
    removed = []
    now = time.time()
    for tmp in _temporaries(real_target(path)):
        try:
            if now - tmp.stat().st_mtime >= older_than and tmp.is_file() and not tmp.is_symlink():
                tmp.unlink()
                removed.append(tmp)
        except OSError:
            continue
    return removed


def atomic_write_bytes(path: str | os.PathLike, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` via a temporary file beside it, flushed to disk and renamed over
    the target, so that a crash never leaves a half-written file. A symbolic link is followed (its
    target is replaced, the link kept). An existing file keeps its permissions; a new one gets the
    ordinary 0644 (mkstemp alone would make it owner-only); ``mode`` (e.g. 0o600 for a secret) sets the
    permissions instead, before the file appears under its name. Stale temporaries of earlier, killed
    saves of the same file are removed first."""
    p = real_target(path)
    remove_stale_temporaries(p)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is None:
            mode = p.stat().st_mode & 0o777 if p.exists() else 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    """:func:`atomic_write_bytes` of UTF-8 text with Unix line ends."""
    atomic_write_bytes(path, text.encode("utf-8"))

"""All outputs or none: files and folders are written under temporary names beside their targets and
moved into place only after every one of them is complete.

Use::

    with Staging() as st:
        save_workbook(wb, st.file("out.xlsx"))
        write_statements(res, st.folder("statements"))
    # leaving the block without an exception renames everything into place; an exception removes
    # every temporary file and leaves the targets as they were

The renames themselves happen in quick succession on the same file systems as the targets, so a
failure that remains possible is one of the renames (a full disk cannot cause it: the data is written).
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from pathlib import Path
from types import TracebackType


class Staging:
    """Temporary twins of output files and folders (see the module docstring)."""

    def __init__(self) -> None:
        self._files: list[tuple[Path, Path]] = []
        self._folders: list[tuple[Path, Path]] = []

    def file(self, target: str | os.PathLike) -> Path:
        """A temporary path beside ``target`` to write instead of it."""
        t = Path(target)
        parent = t.parent if str(t.parent) else Path(".")
        if not parent.is_dir():
            raise FileNotFoundError(2, "the folder does not exist", str(parent))
        # a fresh name, not a created file: the writers create it with ordinary permissions
        tmp = parent / f".{t.name}.{secrets.token_hex(6)}.part"
        self._files.append((tmp, t))
        return tmp

    def folder(self, target: str | os.PathLike) -> Path:
        """A temporary folder beside ``target`` (which may exist or not) to fill instead of it."""
        t = Path(target)
        parent = t.parent if str(t.parent) else Path(".")
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{t.name}.", suffix=".part", dir=parent))
        self._folders.append((tmp, t))
        return tmp

    def commit(self) -> None:
        """Move every temporary into place. Should one move fail (a target opened by another program on
        Windows, a folder where a file should go), the moves already made are undone — replaced files
        get their old contents back — and the exception is raised: the set is in place whole or not at all."""
        moves = list(self._files)
        made: list[Path] = []
        for tmp, target in self._folders:
            if not target.is_dir():
                target.mkdir(parents=True)
                made.append(target)
            moves += [(child, target / child.name) for child in sorted(tmp.iterdir())]
        done: list[tuple[Path, Path, Path | None, bool]] = []  # (tmp, target, old content set aside, placed)
        try:
            for tmp, target in moves:
                old = None
                if target.is_symlink() or target.is_file():
                    old = target.with_name(f".{target.name}.{secrets.token_hex(6)}.old")
                    os.replace(target, old)
                done.append((tmp, target, old, False))
                os.replace(tmp, target)
                done[-1] = (tmp, target, old, True)
        except BaseException:
            for tmp, target, old, placed in reversed(done):
                try:
                    if placed:
                        os.replace(target, tmp)
                    if old is not None:
                        os.replace(old, target)
                except OSError:
                    pass  # best effort: the other moves are still undone
            for folder in made:
                shutil.rmtree(folder, ignore_errors=True)
            raise
        for _, _, old, _ in done:
            if old is not None:
                old.unlink(missing_ok=True)
        for tmp, _ in self._folders:
            tmp.rmdir()
        self._files, self._folders = [], []

    def abort(self) -> None:
        for tmp, _ in self._files:
            tmp.unlink(missing_ok=True)
        for tmp, _ in self._folders:
            shutil.rmtree(tmp, ignore_errors=True)
        self._files, self._folders = [], []

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            try:
                self.commit()
            except BaseException:
                self.abort()
                raise
        else:
            self.abort()

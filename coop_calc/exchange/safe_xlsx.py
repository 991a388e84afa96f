"""Opening a workbook from an untrusted source without trusting it.

Before openpyxl sees a byte: the file must be a modest size, a zip archive with the parts of an
Excel workbook, few entries, no encryption, no absurd total uncompressed size (zip bombs) and no
absurd compression ratio. Reading a zip entry stops at its declared size (Python's zipfile checks
that), so the declared sizes bound memory. XML is parsed by openpyxl through defusedxml (no entity
expansion, no external entities); the import refuses to run without it. Workbooks are opened in
read-only mode and only a bounded block of rows and columns is read.
"""

from __future__ import annotations

import io
import os
import warnings
import zipfile
from pathlib import Path
from typing import Any

from ..errors import ValidationError

MAX_FILE_BYTES = 20 * 2**20
MAX_UNCOMPRESSED_BYTES = 100 * 2**20
MAX_ENTRIES = 1000
MAX_RATIO = 200  # uncompressed / compressed, for entries above 1 MB
REQUIRED_PARTS = ("[Content_Types].xml", "xl/workbook.xml")


def _refuse(name: str, why: str) -> ValidationError:
    return ValidationError(f"{name}: {why}")


def read_checked(path: str | os.PathLike) -> bytes:
    """The bytes of ``path`` after checking that they are a plausible, bounded .xlsx archive."""
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(name, f"the file is {size / 2**20:.0f} MB; an import workbook may be at most"
                                f" {MAX_FILE_BYTES // 2**20} MB")
        data = p.read_bytes()
    except FileNotFoundError:
        raise _refuse(name, "the file does not exist") from None
    except IsADirectoryError:
        raise _refuse(name, "this is a folder, not a workbook") from None
    except PermissionError:
        raise _refuse(name, "the file cannot be read (permission denied)") from None
    check_archive(data, name)
    return data


def check_archive(data: bytes, name: str = "workbook") -> None:
    """Raise ValidationError unless ``data`` is a zip archive safe to hand to openpyxl."""
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(name, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise _refuse(name, "this is not an Excel workbook (.xlsx): the file is not a zip archive")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as e:
        raise _refuse(name, f"the workbook archive is damaged ({e})") from None
    if len(infos) > MAX_ENTRIES:
        raise _refuse(name, f"the archive has {len(infos):,} parts; a workbook has at most {MAX_ENTRIES:,}"
                            " (refused as a possible zip bomb)")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise _refuse(name, "the workbook is encrypted or password-protected; save it without a password")
        total += info.file_size
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(name, f"the part {info.filename!r} expands {info.file_size // max(info.compress_size, 1):,}"
                                " times; refused as a possible zip bomb")
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _refuse(name, f"the workbook would expand to {total / 2**20:,.0f} MB; at most"
                            f" {MAX_UNCOMPRESSED_BYTES // 2**20} MB are accepted (refused as a possible zip bomb)")
    names = {i.filename for i in infos}
    missing = [part for part in REQUIRED_PARTS if part not in names]
    if missing:
        raise _refuse(name, "this zip archive is not an Excel workbook (.xlsx) – it lacks " + ", ".join(missing))


def defused() -> bool:
    """Whether openpyxl parses XML through defusedxml (it does whenever defusedxml is installed and
    OPENPYXL_DEFUSEDXML is not set to False)."""
    from openpyxl import xml

    return bool(getattr(xml, "DEFUSEDXML", False))


def open_workbook(data: bytes, name: str = "workbook", data_only: bool = True) -> Any:
    """A read-only openpyxl workbook of checked ``data`` (see :func:`check_archive`)."""
    if not defused():
        raise RuntimeError("refusing to read an untrusted workbook: openpyxl is not using defusedxml"
                           " (install defusedxml and do not set OPENPYXL_DEFUSEDXML=False)")
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return load_workbook(io.BytesIO(data), read_only=True, data_only=data_only, keep_links=False)
    except ValidationError:
        raise
    except Exception as e:  # any parser error of a hostile or damaged file becomes a user message
        cause: BaseException | None = e
        while cause is not None:
            if type(cause).__module__.startswith("defusedxml"):
                raise _refuse(name, "the workbook could not be read: it declares XML entities or a DTD, which"
                                    " Excel never writes (refused as a possible XML bomb)") from None
            cause = cause.__cause__ or cause.__context__
        reason = type(e).__name__ if not str(e) else f"{type(e).__name__}: {str(e).splitlines()[0][:200]}"
        raise _refuse(name, f"the workbook could not be read ({reason})") from None

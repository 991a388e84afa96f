"""Compile the Qt Linguist translations (``*.ts`` → ``*.qm``) with the ``lrelease`` that ships in the
PySide6 wheel; ``--update`` first refreshes the ``.ts`` files from the sources with ``lupdate``
(existing translations are kept, new strings arrive untranslated, vanished ones are marked obsolete).

    python resources/translations/build.py            # compile
    python resources/translations/build.py --update   # extract new strings, then compile
    python resources/translations/build.py --check    # exit 1 if a .qm is missing or out of date

The compiled ``.qm`` files are committed, so the application runs without this step; run it after
editing a ``.ts`` file (or Qt Linguist does it on save).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
#: The sources whose self.tr()/QCoreApplication.translate() strings live in these files.
SOURCES = ["ui/results/*.py", "ui/presentation.py", "ui/i18n.py", "ui/main_window.py", "ui/editors.py",
           "ui/panels/*.py", "ui/models/*.py", "ui/delegates.py", "ui/files.py", "ui/dialogs.py",
           "ui/autosave.py", "ui/fields.py", "ui/sheet.py", "ui/exchange_menu.py", "ui/deck/*.py",
           "ui/password_dialog.py", "ui/collection_dialog.py", "ui/confidential_menu.py", "ui/app.py",
           "ui/confidential_dialogs.py", "ui/distribution_text.py", "ui/undo.py",
           "ui/anonymous_export_dialog.py"]


def tool(name: str) -> str:
    """Path of a Qt tool from the PySide6 wheel (``pyside6-<name>`` on PATH, or inside PySide6)."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    try:
        import PySide6
    except ImportError as e:  # pragma: no cover - the app needs PySide6 anyway
        raise SystemExit(f"PySide6 is not installed, so {name} is not available") from e
    base = Path(PySide6.__file__).parent
    for cand in (base / name, base / f"{name}.exe", base / "Qt" / "libexec" / name, base / "Qt" / "bin" / name):
        if cand.exists():
            return str(cand)
    raise SystemExit(f"{name} was not found in the PySide6 installation")


def sources() -> list[str]:
    out: list[str] = []
    for pattern in SOURCES:
        out += sorted(str(p.relative_to(ROOT)) for p in ROOT.glob(pattern))
    return out


def update() -> None:
    for ts in sorted(HERE.glob("*.ts")):
        subprocess.run([tool("lupdate"), *sources(), "-ts", str(ts)], cwd=ROOT, check=True)


def compile_all(out_dir: Path = HERE) -> list[Path]:
    made = []
    for ts in sorted(HERE.glob("*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def check() -> bool:
    """True when every committed .qm equals a fresh compilation of its .ts."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = compile_all(Path(tmp))
        return all((HERE / q.name).exists() and filecmp.cmp(q, HERE / q.name, shallow=False) for q in fresh)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="refresh the .ts files from the sources first")
    ap.add_argument("--check", action="store_true", help="only check that the .qm files are up to date")
    args = ap.parse_args(argv)
    if args.check:
        ok = check()
        print("translations are up to date" if ok else "a .qm file is out of date: run build.py")
        return 0 if ok else 1
    if args.update:
        update()
    for qm in compile_all():
        print(f"wrote {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Reading and writing scenario and project files: versioned JSON, migrations, atomic saves.

A file holds either one scenario (an object with ``schema_version`` and the scenario fields) or a
project (``{"schema_version": 1, "scenarios": [...]}``). Files from older schema versions are
migrated on load; files from a newer version are refused with a message that says so. Damaged or
hostile input (invalid JSON, NaN, deep nesting, huge files) raises :class:`ValidationError`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable

from . import sealed
from .errors import Problem, ValidationError
from .files import atomic_write_text, remove_stale_temporaries
from .model import SCHEMA_VERSION, Project, Scenario
from .parse import scenario_from_dict, scenario_to_dict

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_SCENARIOS = 50


def _migrate_0_to_1(doc: dict) -> dict:
    """Version 0 (draft files) listed demand as rows {"partner", "item", "quantity"}."""
    doc = dict(doc)
    rows = doc.get("demand")
    if isinstance(rows, list):
        demand: dict[str, dict[str, Any]] = {}
        first: dict[tuple[str, str], int] = {}
        problems: list[Problem] = []
        for n, r in enumerate(rows, start=1):
            if not (isinstance(r, dict) and isinstance(r.get("partner"), str) and isinstance(r.get("item"), str)):
                problems.append(Problem(f"Demand row {n}", "a row of the old demand list lacks partner, item or"
                                                           " quantity"))
                continue
            key = (r["partner"], r["item"])
            if key in first:
                problems.append(Problem(f"Demand row {n}", f"a second row for partner {r['partner']!r} and item"
                                                           f" {r['item']!r} (row {first[key]} has one already);"
                                                           " merge them into one row"))
                continue
            first[key] = n
            demand.setdefault(r["partner"], {})[r["item"]] = r.get("quantity")
        if problems:
            raise ValidationError(problems)
        doc["demand"] = demand
    return doc


#: from-version → function that upgrades one scenario object to from-version + 1
MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _migrate_0_to_1}


def _reject_constant(name: str) -> Any:
    raise ValidationError(f"the file contains {name}, which is not a number; use a finite value")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key given twice (a plain dict would silently keep the last value)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            where = next((f" in the object with {k} {out[k]!r}" for k in ("id", "name")
                          if isinstance(out.get(k), str) and len(out[k]) <= 60), "")
            raise ValidationError(f"the field {key[:60]!r} is given twice{where}; the second would silently"
                                  " replace the first, so remove one")
        out[key] = value
    return out


def parse_json(text: str) -> Any:
    """Parse JSON text safely: NaN/Infinity refused, nesting and size bounded."""
    if len(text) > MAX_FILE_BYTES:
        raise ValidationError(f"the file is larger than {MAX_FILE_BYTES // 2**20} MB; this is not a scenario file")
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
    except ValidationError:
        raise
    except json.JSONDecodeError as e:
        raise ValidationError(f"the file is not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    except RecursionError:
        raise ValidationError("the file is nested far too deeply to be a scenario file") from None
    except ValueError as e:  # e.g. integers with more digits than Python allows
        raise ValidationError(f"the file holds a value that cannot be read: {e}") from None


def _version(doc: Any) -> int:
    if not isinstance(doc, dict):
        raise ValidationError("the file does not hold a scenario (expected a JSON object at the top)")
    v = doc.get("schema_version", 0)
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise ValidationError(f"schema_version must be a whole number, not {v!r}")
    if v > SCHEMA_VERSION:
        raise ValidationError(
            f"this file was written by a newer version of CoopCalc (format version {v}; this version reads"
            f" up to {SCHEMA_VERSION}). Please update CoopCalc to open it.")
    return v


def _upgrade(obj: dict, version: int) -> dict:
    for v in range(version, SCHEMA_VERSION):
        obj = MIGRATIONS[v](obj)
    obj = dict(obj)
    obj.pop("schema_version", None)
    return obj


def project_from_json(text: str) -> Project:
    """A project from file text; a single-scenario file becomes a project of one scenario."""
    doc = parse_json(text)
    version = _version(doc)
    if "scenarios" in doc:
        extra = set(doc) - {"schema_version", "scenarios"}
        if extra:
            raise ValidationError(f"unknown top-level field {sorted(extra)[0]!r} in the project file")
        raw = doc["scenarios"]
        if not isinstance(raw, list) or not raw:
            raise ValidationError("a project file needs a non-empty list of scenarios")
        if len(raw) > MAX_SCENARIOS:
            raise ValidationError(f"a project holds at most {MAX_SCENARIOS} scenarios, this one {len(raw)}")
        scenarios = []
        for i, s in enumerate(raw):
            if not isinstance(s, dict):
                raise ValidationError(f"Scenario {i + 1}: expected an object")
            try:
                scenarios.append(scenario_from_dict(_upgrade(s, version)))
            except ValidationError as e:
                name = s.get("meta", {}).get("name") if isinstance(s.get("meta"), dict) else None
                label = f"Scenario {i + 1}" + (f" ({name!r})" if isinstance(name, str) else "")
                raise ValidationError([type(p)(f"{label} › {p.place}" if p.place else label, p.reason)
                                       for p in e.problems]) from None
        return Project(tuple(scenarios))
    return Project((scenario_from_dict(_upgrade(doc, version)),))


def project_to_json(project: Project) -> str:
    """File text of a project; one scenario is written as a plain scenario file."""
    if len(project.scenarios) == 1:
        doc: dict[str, Any] = scenario_to_dict(project.scenarios[0])
    else:
        doc = {"schema_version": SCHEMA_VERSION,
               "scenarios": [{k: v for k, v in scenario_to_dict(s).items() if k != "schema_version"}
                             for s in project.scenarios]}
    return json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def read_text(path: str | os.PathLike) -> str:
    """File text, refusing files that are too large or not UTF-8, with a user-facing message.
    Temporary files that a killed save of this file left behind are removed."""
    p = Path(path)
    remove_stale_temporaries(p)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(f"{p.name} is {size / 2**20:.0f} MB; a scenario file is at most"
                                  f" {MAX_FILE_BYTES // 2**20} MB")
        return p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(f"{p.name} is not a text (UTF-8) file") from None
    except FileNotFoundError:
        raise ValidationError(f"{p} does not exist") from None
    except IsADirectoryError:
        raise ValidationError(f"{p} is a folder, not a scenario file") from None
    except PermissionError:
        raise ValidationError(f"{p} cannot be read (permission denied)") from None


def load_project(path: str | os.PathLike, password: "sealed.Password" = None) -> Project:
    """The project in ``path``; a password-protected file (:mod:`coop_calc.sealed`) needs ``password``
    (a string or a callable asked only then)."""
    text = read_text(path)
    if sealed.is_sealed(text):
        text = sealed.unseal(text, password)[0]
    return project_from_json(text)


def load_scenario(path: str | os.PathLike) -> Scenario:
    """The first scenario of a file (the only one, for a plain scenario file)."""
    return load_project(path).scenarios[0]


def save_project(path: str | os.PathLike, project: Project | Scenario, key: "sealed.SealKey | None" = None) -> None:
    """Write ``project`` atomically; encrypted under ``key`` when one is given (no plaintext touches disk)."""
    if isinstance(project, Scenario):
        project = Project((project,))
    text = project_to_json(project)
    atomic_write_text(path, key.seal(text) if key is not None else text)

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
from .messages import Msg
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
                problems.append(Problem(Msg("p_demand_row", n=n), Msg("old_demand_row_incomplete")))
                continue
            key = (r["partner"], r["item"])
            if key in first:
                problems.append(Problem(Msg("p_demand_row", n=n), Msg(
                    "old_demand_row_twice", partner=repr(r["partner"]), item=repr(r["item"]), row=first[key])))
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
    raise ValidationError(Msg("json_constant", name=name))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key given twice (a plain dict would silently keep the last value)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            owner = next((k for k in ("id", "name") if isinstance(out.get(k), str) and len(out[k]) <= 60), None)
            raise ValidationError(
                Msg("json_key_twice", name=repr(key[:60])) if owner is None else
                Msg("json_key_twice_in", name=repr(key[:60]), owner=owner, value=repr(out[owner])))
        out[key] = value
    return out


def parse_json(text: str) -> Any:
    """Parse JSON text safely: NaN/Infinity refused, nesting and size bounded."""
    if len(text) > MAX_FILE_BYTES:
        raise ValidationError(Msg("file_too_large", mb=MAX_FILE_BYTES // 2**20))
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
    except ValidationError:
        raise
    except json.JSONDecodeError as e:
        raise ValidationError(Msg("json_invalid", line=e.lineno, column=e.colno, detail=_json_detail(e.msg))) from None
    except RecursionError:
        raise ValidationError(Msg("json_too_deep")) from None
    except ValueError as e:  # e.g. integers with more digits than Python allows
        detail = Msg("json_too_many_digits") if "digits" in str(e) else str(e)
        raise ValidationError(Msg("json_unreadable_value", detail=detail)) from None


def _json_detail(msg: str) -> Msg | str:
    """The JSON decoder's reason (English, from the standard library) in the reader's language."""
    if msg.startswith("Expecting value"):
        return Msg("json_expecting_value")
    if msg.startswith("Expecting property name"):
        return Msg("json_expecting_name")
    if msg.startswith("Expecting ':'"):
        return Msg("json_expecting_colon")
    if msg.startswith("Expecting ','"):
        return Msg("json_expecting_comma")
    if msg.startswith("Unterminated string"):
        return Msg("json_unterminated_string")
    if msg.startswith("Invalid control character"):
        return Msg("json_control_character")
    if msg.startswith("Invalid \\"):
        return Msg("json_invalid_escape")
    if msg.startswith("Extra data"):
        return Msg("json_extra_data")
    return msg


def _version(doc: Any) -> int:
    if not isinstance(doc, dict):
        raise ValidationError(Msg("file_not_scenario"))
    v = doc.get("schema_version", 0)
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise ValidationError(Msg("bad_schema_version", value=repr(v)))
    if v > SCHEMA_VERSION:
        raise ValidationError(Msg("newer_schema_version", version=str(v), supported=str(SCHEMA_VERSION)))
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
            raise ValidationError(Msg("project_unknown_field", name=repr(sorted(extra)[0])))
        raw = doc["scenarios"]
        if not isinstance(raw, list) or not raw:
            raise ValidationError(Msg("project_no_scenarios"))
        if len(raw) > MAX_SCENARIOS:
            raise ValidationError(Msg("project_too_many", limit=MAX_SCENARIOS, n=len(raw)))
        scenarios = []
        for i, s in enumerate(raw):
            if not isinstance(s, dict):
                raise ValidationError(Problem(Msg("p_scenario", n=i + 1), Msg("scenario_not_object")))
            try:
                scenarios.append(scenario_from_dict(_upgrade(s, version)))
            except ValidationError as e:
                name = s.get("meta", {}).get("name") if isinstance(s.get("meta"), dict) else None
                label = (Msg("p_scenario_named", n=i + 1, name=repr(name)) if isinstance(name, str)
                         else Msg("p_scenario", n=i + 1))
                raise ValidationError([type(p)(Msg("place_in", outer=label, inner=p.place) if p.place else label,
                                               p.reason) for p in e.problems]) from None
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
            raise ValidationError(Msg("file_size", file=p.name, size=round(size / 2**20),
                                      limit=MAX_FILE_BYTES // 2**20))
        return p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(Msg("file_not_utf8", file=p.name)) from None
    except FileNotFoundError:
        raise ValidationError(Msg("file_missing", path=str(p))) from None
    except IsADirectoryError:
        raise ValidationError(Msg("file_is_folder", path=str(p))) from None
    except PermissionError:
        raise ValidationError(Msg("file_no_permission", path=str(p))) from None


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

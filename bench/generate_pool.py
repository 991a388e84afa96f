"""Generate realistic synthetic purchasing pools of any size (seeded, reproducible).

Used for the bundled 12-partner example (``python bench/generate_pool.py 12 20 --example``) and by the
benchmarks (20 partners × 50 items). Prices follow typical list-price levels with all-units and
incremental discounts; needs scale with each firm's size.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

FIRMS = [
    ("Hartmann Maschinenbau GmbH", "Machine and plant engineering"),
    ("Kessler Anlagentechnik GmbH", "Machine and plant engineering"),
    ("Brandt Elektrotechnik GmbH", "Electrical engineering"),
    ("Vogel Automotive Components GmbH", "Automotive supply"),
    ("Lindner Präzisionsteile KG", "Automotive supply"),
    ("Schäfer Fördertechnik GmbH", "Machine and plant engineering"),
    ("Roth Kunststofftechnik GmbH", "Plastics processing"),
    ("Weber Antriebssysteme GmbH", "Electrical engineering"),
    ("Neumann Gießerei GmbH & Co. KG", "Metalworking"),
    ("Fischer Sensorik GmbH", "Electrical engineering"),
    ("Krüger Blechbearbeitung GmbH", "Metalworking"),
    ("Zimmermann Automotive Systems AG", "Automotive supply"),
    ("Becker Werkzeugbau GmbH", "Tool making"),
    ("Hoffmann Verpackungsmaschinen GmbH", "Machine and plant engineering"),
    ("Schulz Elektronikfertigung GmbH", "Electrical engineering"),
    ("Wagner Oberflächentechnik GmbH", "Metalworking"),
    ("Meyer Hydraulik GmbH", "Machine and plant engineering"),
    ("Koch Fahrzeugteile GmbH", "Automotive supply"),
    ("Richter Steuerungstechnik GmbH", "Electrical engineering"),
    ("Klein Drehteile GmbH", "Metalworking"),
]
SUPPLIER_HOUSES = ["Nordwerk", "Rheintal", "Alpen", "Hanse", "Elbe"]
# name, category, unit, capacity per unit, list price, typical need per 100 employees, life (years)
ITEMS = [
    ("Collaborative robot (6-axis)", "Robotics", "robots", 1, 32000, 1.2, 8),
    ("Cobot gripper kit", "Robotics", "kits", 1, 4200, 1.5, 6),
    ("IoT retrofit sensor kit", "IoT", "kits", 1, 1450, 20, 6),
    ("Energy monitoring gateway", "IoT", "gateways", 1, 2300, 3, 8),
    ("Edge computing box", "IoT", "boxes", 1, 5600, 1, 5),
    ("MES licence (named seat)", "Software", "seats", 1, 3200, 8, 5),
    ("Predictive maintenance licence", "Software", "machines", 1, 900, 12, 5),
    ("CAQ quality software seat", "Software", "seats", 1, 2700, 2, 5),
    ("Vision inspection system", "Quality", "systems", 1, 48000, 0.3, 7),
    ("Coordinate measuring machine (shared)", "Quality", "measuring hours per year", 2000, 185000, 180, 10),
    ("Metal 3D printer (shared)", "Additive manufacturing", "machine-hours per year", 3000, 485000, 250, 7),
    ("Polymer 3D printer", "Additive manufacturing", "printers", 1, 38000, 0.4, 5),
    ("Automated guided vehicle", "Intralogistics", "vehicles", 1, 41000, 0.5, 8),
    ("Smart shelf / Kanban sensor set", "Intralogistics", "sets", 1, 850, 6, 6),
    ("AR maintenance headset", "Digital service", "headsets", 1, 3900, 1, 4),
    ("Digital twin engineering seat", "Software", "seats", 1, 7800, 1, 5),
    ("Industrial 5G campus node", "Connectivity", "nodes", 1, 16500, 0.3, 8),
    ("Cybersecurity appliance", "IT security", "appliances", 1, 12400, 0.4, 5),
    ("Laser marking station", "Production", "stations", 1, 26000, 0.3, 8),
    ("Training (Industry 4.0, per participant)", "Qualification", "participants", 1, 1350, 3, 3),
]


def generate(n_partners: int, n_items: int, seed: int = 1) -> dict:
    rng = np.random.default_rng(seed)
    partners = []
    for i in range(n_partners):
        name, sector = FIRMS[i % len(FIRMS)]
        if i >= len(FIRMS):
            name = f"{name.split()[0]} {i // len(FIRMS) + 1} GmbH"
        partners.append({"id": f"p{i + 1:02d}", "name": name, "employees": int(rng.integers(50, 500)),
                         "sector": sector, "dropout_probability": round(float(rng.uniform(0.02, 0.15)), 3)})
    items, quotes, demand = [], [], {p["id"]: {} for p in partners}
    for k in range(n_items):
        name, cat, unit, cap, price, per100, life = ITEMS[k % len(ITEMS)]
        iid = f"i{k + 1:02d}"
        if k >= len(ITEMS):
            name = f"{name} (variant {k // len(ITEMS) + 1})"
        items.append({"id": iid, "name": name, "category": cat, "unit": unit, "capacity_per_unit": cap,
                      "useful_life_years": life, "risk": _risk(rng, price, cap)})
        for j in range(int(rng.integers(1, 4))):
            quotes.append(_quote(rng, iid, k, j, price, cat))
        for p in partners:
            if rng.random() < 0.75:
                need = per100 * p["employees"] / 100 * rng.uniform(0.4, 1.6)
                demand[p["id"]][iid] = int(max(1, round(need))) if cap == 1 else int(round(need, -1)) or 10
    return {
        "schema_version": 1,
        "meta": {"name": f"Regional Industry 4.0 pool ({n_partners} partners, {n_items} items)",
                 "description": "Synthetic pool generated by bench/generate_pool.py for stress and speed tests;"
                                " prices at typical list-price levels, needs scaled by firm size.",
                 "currency": "EUR", "author": "CoopCalc example", "created": "2026-11-24",
                 "modified": "2026-11-24"},
        "partners": partners, "items": items, "quotes": quotes,
        "demand": {pid: row for pid, row in demand.items() if row},
        "coordination": {"fixed": 15000, "per_member": 2500, "per_pair": 400},
        "sharing": {"rule": "shapley", "coordination": "rule"},
        "buy_up": True,
        "risk": {"discount_rate": {"type": "triangular", "low": 0.05, "mode": 0.07, "high": 0.09},
                 "trials": 20000, "seed": 7, "sampling": "lhs", "correlations": []},
    }


def _quote(rng, iid: str, k: int, j: int, price: float, category: str) -> dict:
    p = price * rng.uniform(0.93, 1.07)
    incremental = rng.random() < 0.35
    starts = [1] + sorted(set(int(x) for x in rng.choice([3, 5, 10, 20, 25, 50, 100, 200], 3, replace=False)))
    tiers, unit = [], p
    for s in starts:
        tiers.append({"min_quantity": s, "unit_price": round(unit, 0)})
        unit *= rng.uniform(0.88, 0.97)
    return {"id": f"{iid}-q{j + 1}", "item": iid, "supplier": f"{SUPPLIER_HOUSES[(k + j) % len(SUPPLIER_HOUSES)]} {category} GmbH",
            "schedule": "incremental" if incremental else "all_units", "tiers": tiers,
            "fixed_fee": float(round(p * rng.uniform(0.05, 0.3), -1))}


def _risk(rng, price: float, cap: float) -> dict:
    annual = price / cap * rng.uniform(0.25, 0.4)  # benefit per unit of need and year
    return {
        "annual_benefit": {"type": "pert", "low": round(annual * 0.4, 2), "mode": round(annual, 2),
                           "high": round(annual * 1.35, 2)},
        "annual_operating_cost": {"type": "triangular", "low": round(price * 0.03, 0),
                                  "mode": round(price * 0.05, 0), "high": round(price * 0.09, 0)},
        "residual_value": {"type": "uniform", "low": 0.0, "high": 0.15},
        "utilisation": {"type": "pert", "low": 0.55, "mode": 0.85, "high": 1.0},
        "price_escalation": {"type": "normal", "mean": 0.02, "sd": 0.03, "low": -0.1, "high": 0.2},
        "failure_probability": round(float(rng.uniform(0.04, 0.15)), 3), "failure_loss": 0.6,
        "failure_scope": "common" if rng.random() < 0.6 else "independent",
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("partners", type=int)
    ap.add_argument("items", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", help="file to write (default: standard output)")
    args = ap.parse_args(argv)
    text = json.dumps(generate(args.partners, args.items, args.seed), indent=1, ensure_ascii=False) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()

"""Qt table models over the scenario (one file per editor)."""

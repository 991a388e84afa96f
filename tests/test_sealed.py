"""Password-protected scenario files: the envelope, wrong passwords, tampering, and the command line."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES

from coop_calc import sealed
from coop_calc.cli import main
from coop_calc.errors import ValidationError
from coop_calc.scenario_io import load_project, save_project

FIVE = EXAMPLES / "five-partner-pool.coop.json"
PW = "Geheim-2026!"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    """A cheaper scrypt for speed; the envelope records n, so files stay readable."""
    monkeypatch.setattr(sealed, "DEFAULT_N", 2**12)


def test_round_trip_and_envelope(tmp_path):
    project = load_project(FIVE)
    path = tmp_path / "p.coop.json"
    key = sealed.SealKey.derive(PW)
    save_project(path, project, key=key)
    raw = path.read_text(encoding="utf-8")
    env = json.loads(raw)
    assert env["format"] == "coop-calc/sealed" and env["cipher"] == "AES-256-GCM"
    assert env["kdf"]["name"] == "scrypt" and env["kdf"]["n"] == 2**12
    for secret in ("Hartmann", "Kessler", "hartmann", "Südwest", "cobot"):
        assert secret not in raw
    assert load_project(path, password=PW) == project
    assert load_project(path, password=lambda: PW) == project
    # a new nonce for every save, the same salt under the same key
    save_project(path, project, key=key)
    env2 = json.loads(path.read_text(encoding="utf-8"))
    assert env2["nonce"] != env["nonce"] and env2["kdf"]["salt"] == env["kdf"]["salt"]


def test_wrong_or_missing_password(tmp_path):
    path = tmp_path / "p.coop.json"
    save_project(path, load_project(FIVE), key=sealed.SealKey.derive(PW))
    with pytest.raises(sealed.WrongPassword, match="wrong password"):
        load_project(path, password="geheim-2026!")
    with pytest.raises(sealed.PasswordRequired, match="password-protected"):
        load_project(path)


@pytest.mark.parametrize("field", ["ciphertext", "nonce", "salt", "n"])
def test_tampering_is_detected(tmp_path, field):
    path = tmp_path / "p.coop.json"
    save_project(path, load_project(FIVE), key=sealed.SealKey.derive(PW))
    env = json.loads(path.read_text(encoding="utf-8"))
    if field == "n":
        env["kdf"]["n"] = 2**13
    elif field == "salt":
        env["kdf"]["salt"] = "AAAAAAAAAAAAAAAAAAAAAA=="
    else:
        b = bytearray(sealed.base64.b64decode(env[field]))
        b[0] ^= 1
        env[field] = sealed.base64.b64encode(bytes(b)).decode()
    path.write_text(json.dumps(env), encoding="utf-8")
    with pytest.raises(sealed.WrongPassword):
        load_project(path, password=PW)


def test_hostile_envelopes_are_refused_before_key_derivation(tmp_path):
    path = tmp_path / "p.coop.json"
    save_project(path, load_project(FIVE), key=sealed.SealKey.derive(PW))
    env = json.loads(path.read_text(encoding="utf-8"))
    for change, msg in (({"kdf": {**env["kdf"], "n": 2**30}}, "outside the accepted range"),
                        ({"kdf": {**env["kdf"], "n": 1000}}, "outside the accepted range"),
                        ({"cipher": "ROT13"}, "does not know"),
                        ({"version": 9}, "update CoopCalc"),
                        ({"nonce": "%%%"}, "not base64")):
        path.write_text(json.dumps({**env, **change}), encoding="utf-8")
        with pytest.raises(ValidationError, match=msg):
            load_project(path, password=PW)


def test_short_password_refused():
    with pytest.raises(ValidationError, match="at least 8"):
        sealed.check_password("kurz")


def test_cli_protect_open_and_outputs_stay_encrypted(tmp_path, monkeypatch, capsys):
    pwfile = tmp_path / "pw.txt"
    pwfile.write_text(PW + "\n", encoding="utf-8")
    out = tmp_path / "s.coop.json"
    assert main(["protect", str(FIVE), "--out", str(out), "--new-password-file", str(pwfile)]) == 0
    assert sealed.is_sealed(out.read_text(encoding="utf-8"))
    monkeypatch.delenv("COOPCALC_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", None)
    capsys.readouterr()
    # no password anywhere: a clear refusal, not a prompt that hangs
    assert main(["validate", str(out)]) == 1
    assert "password-protected" in capsys.readouterr().err
    assert main(["validate", str(out), "--password-file", str(pwfile)]) == 0
    monkeypatch.setenv("COOPCALC_PASSWORD", "not-the-password")
    assert main(["compute", str(out)]) == 1
    assert "wrong password" in capsys.readouterr().err
    monkeypatch.setenv("COOPCALC_PASSWORD", PW)
    assert main(["compute", str(out)]) == 0
    # a scenario written from a protected one stays protected
    js = tmp_path / "copy.coop.json"
    assert main(["export", str(out), "--json", str(js)]) == 0
    assert sealed.is_sealed(js.read_text(encoding="utf-8"))
    plain = tmp_path / "plain.coop.json"
    assert main(["unprotect", str(out), "--out", str(plain)]) == 0
    assert load_project(plain) == load_project(FIVE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.coop.json", "plain.coop.json", "pw.txt",
                                                           "s.coop.json"]  # no temporary files left

"""Password-protected scenario files: authenticated encryption of the file text.

A sealed file is a small JSON envelope (docs/scenario-format.md, "Password-protected files")::

    {"format": "coop-calc/sealed", "version": 1,
     "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": "<base64, 16 bytes>"},
     "cipher": "AES-256-GCM", "nonce": "<base64, 12 bytes>", "ciphertext": "<base64>"}

The key (32 bytes) comes from the password by scrypt with the listed parameters; the plaintext is the
ordinary UTF-8 scenario or project file text; the envelope's other fields (everything but nonce and
ciphertext, serialised canonically) are the associated data, so a changed parameter fails
authentication just as a changed byte of the ciphertext does. A fresh random nonce is drawn for every
save; the salt is kept while the password stays the same, so that autosave does not re-run scrypt.

What it protects: the content (names, quotes, demand, everything) of a file at rest against anyone
without the password. Not: the file's size, its name and time stamps, or a machine on which the
document is open (the key is in memory while the window shows it).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass
from typing import Any, Callable

from .errors import ValidationError
from .messages import Msg

FORMAT = "coop-calc/sealed"
VERSION = 1
CIPHER = "AES-256-GCM"
#: scrypt cost: 2**17 × 8 × 128 bytes = 128 MiB of memory and ~0.4 s per derivation on a laptop
#: (OWASP's recommendation for scrypt, 2023)
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**17, 8, 1
#: a file asking for more is refused unread (a hostile envelope must not make us allocate gigabytes)
MAX_N, MAX_R, MAX_P = 2**20, 16, 4
MIN_PASSWORD_LENGTH = 8
SALT_BYTES, NONCE_BYTES, KEY_BYTES = 16, 12, 32

Password = str | Callable[[], str] | None


class PasswordRequired(ValidationError):
    """The file is password-protected and no password was given."""


class WrongPassword(ValidationError):
    """The password does not open the file (or the file was changed after it was sealed)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, what: Msg) -> bytes:
    if not isinstance(text, str):
        raise ValidationError(Msg("sealed_part_missing", part=what))
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValidationError(Msg("sealed_part_not_base64", part=what)) from None


def check_password(password: str) -> None:
    """Raise ValidationError unless ``password`` is acceptable for a new protection."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(Msg("password_too_short", limit=MIN_PASSWORD_LENGTH, n=len(password)))


@dataclass(frozen=True, repr=False)
class SealKey:
    """A key derived from a password, with the scrypt parameters and salt it was derived with.

    ``repr`` never shows the key."""

    key: bytes
    salt: bytes
    n: int = DEFAULT_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P

    def __repr__(self) -> str:
        return f"SealKey(scrypt n={self.n}, r={self.r}, p={self.p})"

    @classmethod
    def derive(cls, password: str, salt: bytes | None = None, n: int | None = None, r: int = DEFAULT_R,
               p: int = DEFAULT_P) -> "SealKey":
        """Derive the key for ``password`` (a new random salt unless one is given; the cost ``n``
        defaults to DEFAULT_N). Takes ~0.4 s with the default cost."""
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        n = DEFAULT_N if n is None else n
        salt = os.urandom(SALT_BYTES) if salt is None else salt
        key = Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(password.encode("utf-8"))
        return cls(key, salt, n, r, p)

    def header(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION,
                "kdf": {"name": "scrypt", "n": self.n, "r": self.r, "p": self.p, "salt": _b64(self.salt)},
                "cipher": CIPHER}

    def seal(self, text: str) -> str:
        """The envelope (JSON text) holding ``text`` encrypted under this key with a fresh nonce."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        head = self.header()
        nonce = os.urandom(NONCE_BYTES)
        # a lone surrogate (which UTF-8 cannot encode) becomes its JSON escape, as in a plain save
        ct = AESGCM(self.key).encrypt(nonce, text.encode("utf-8", "backslashreplace"), _aad(head))
        return json.dumps({**head, "nonce": _b64(nonce), "ciphertext": _b64(ct)}, indent=1) + "\n"


def _aad(head: dict[str, Any]) -> bytes:
    return json.dumps(head, sort_keys=True, separators=(",", ":")).encode("utf-8")


def is_sealed(text: str) -> bool:
    """Whether file text is a sealed envelope (cheap: looks at the format marker only)."""
    head = text.lstrip("\ufeff \t\r\n")[:200]
    return head.startswith("{") and f'"{FORMAT}"' in head


def _envelope(text: str) -> dict[str, Any]:
    try:
        env = json.loads(text)
    except ValueError:
        raise ValidationError(Msg("sealed_not_json")) from None
    if not isinstance(env, dict) or env.get("format") != FORMAT:
        raise ValidationError(Msg("sealed_not_coopcalc"))
    if env.get("version") != VERSION:
        raise ValidationError(Msg("sealed_newer", version=repr(env.get("version")), supported=str(VERSION)))
    kdf = env.get("kdf")
    if env.get("cipher") != CIPHER or not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise ValidationError(Msg("sealed_unknown_cipher", cipher=repr(env.get("cipher")),
                                  kdf=repr(kdf.get("name")) if isinstance(kdf, dict) else repr(kdf)))
    for k, hi in (("n", MAX_N), ("r", MAX_R), ("p", MAX_P)):
        v = kdf.get(k)
        if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= hi or (k == "n" and v & (v - 1)):
            raise ValidationError(Msg("sealed_bad_parameter", name=k, value=repr(v), limit=hi))
    return env


def unseal(text: str, password: Password) -> tuple[str, SealKey]:
    """The plaintext file text of the envelope ``text`` and the key that opened it (reuse it to save
    the document again under the same password).

    ``password`` may be a callable, asked only when needed. Raises :class:`PasswordRequired` when it
    is None or empty, :class:`WrongPassword` when authentication fails, ValidationError for a damaged
    or unknown envelope."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    env = _envelope(text)
    kdf = env["kdf"]
    salt = _unb64(kdf.get("salt"), Msg("sealed_salt"))
    nonce = _unb64(env.get("nonce"), Msg("sealed_nonce"))
    ct = _unb64(env.get("ciphertext"), Msg("sealed_ciphertext"))
    if len(nonce) != NONCE_BYTES or len(salt) < 8:
        raise ValidationError(Msg("sealed_bad_length"))
    pw = password() if callable(password) else password
    if not pw:
        raise PasswordRequired(Msg("password_required"))
    key = SealKey.derive(pw, salt, kdf["n"], kdf["r"], kdf["p"])
    try:
        plain = AESGCM(key.key).decrypt(nonce, ct, _aad(key.header()))
    except InvalidTag:
        raise WrongPassword(Msg("wrong_password")) from None
    try:
        return plain.decode("utf-8"), key
    except UnicodeDecodeError:
        raise ValidationError(Msg("sealed_not_utf8")) from None

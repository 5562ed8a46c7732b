"""Interoperability with the stock age CLI (X25519), both ways, binary and armored.

These tests fail, never skip, when age is missing: `make test` installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import crypto.age as age

pytestmark = pytest.mark.interop

# Up to several of the 2 MiB blocks the cipher threads work on, and their edges.
_BLOCK = 32 * 65536
SIZES = [0, 1, 65535, 65536, 65537, 3 * 65536, 3 * 65536 + 1, 1024 * 1024 + 123,
         _BLOCK, _BLOCK + 1, 3 * _BLOCK - 65536, 5 * _BLOCK + 77]  # fmt: skip


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"The `{name}` command is missing; run `make test` to install it.")
    return path


def _keygen(folder: Path, name: str) -> tuple[Path, str, str]:
    """A key made by age-keygen: (key file, identity line, recipient)."""
    key_file = folder / f"{name}.txt"
    subprocess.run([_tool("age-keygen"), "-o", str(key_file)], check=True, capture_output=True)
    lines = key_file.read_text().splitlines()
    identity = next(line for line in lines if line.startswith("AGE-SECRET-KEY-1"))
    recipient = next(line.split(": ")[1] for line in lines if line.startswith("# public key"))
    return key_file, identity, recipient


@pytest.fixture
def cli_key(tmp_path: Path) -> tuple[Path, str, str]:
    return _keygen(tmp_path, "cli")


@pytest.mark.parametrize("armor", [False, True])
@pytest.mark.parametrize("size", SIZES)
def test_age_cli_encrypts_we_decrypt(
    tmp_path: Path, cli_key: tuple[Path, str, str], size: int, armor: bool
) -> None:
    _, identity, recipient = cli_key
    plain, sealed = tmp_path / "plain", tmp_path / "sealed.age"
    plain.write_bytes(os.urandom(size))
    args = [
        _tool("age"),
        "-r",
        recipient,
        "-o",
        str(sealed),
        *(["-a"] if armor else []),
        str(plain),
    ]
    subprocess.run(args, check=True, capture_output=True)
    opened = tmp_path / "opened"
    with sealed.open("rb") as src, opened.open("wb") as dst:
        age.decrypt(src, dst, [identity])
    assert opened.read_bytes() == plain.read_bytes()


@pytest.mark.parametrize("armor", [False, True])
@pytest.mark.parametrize("size", SIZES)
def test_we_encrypt_age_cli_decrypts(
    tmp_path: Path, cli_key: tuple[Path, str, str], size: int, armor: bool
) -> None:
    key_file, _, recipient = cli_key
    plain, sealed = tmp_path / "plain", tmp_path / "sealed.age"
    plain.write_bytes(os.urandom(size))
    with plain.open("rb") as src, sealed.open("wb") as dst:
        age.encrypt(src, dst, [recipient], armor=armor)
    result = subprocess.run(
        [_tool("age"), "-d", "-i", str(key_file), str(sealed)], check=True, capture_output=True
    )
    assert result.stdout == plain.read_bytes()


def test_multiple_recipients_both_ways(tmp_path: Path) -> None:
    keys = [_keygen(tmp_path, f"k{i}") for i in range(3)]
    ours_identity, ours_recipient = age.generate_x25519()
    plain = tmp_path / "plain"
    plain.write_bytes(os.urandom(200_000))
    ours = tmp_path / "ours.age"
    with plain.open("rb") as src, ours.open("wb") as dst:
        age.encrypt(src, dst, [k[2] for k in keys] + [ours_recipient])
    for key_file, _, _ in keys:
        result = subprocess.run(
            [_tool("age"), "-d", "-i", str(key_file), str(ours)], check=True, capture_output=True
        )
        assert result.stdout == plain.read_bytes()
    theirs = tmp_path / "theirs.age"
    recipient_args = [arg for k in keys for arg in ("-r", k[2])] + ["-r", ours_recipient]
    subprocess.run(
        [_tool("age"), *recipient_args, "-o", str(theirs), str(plain)],
        check=True,
        capture_output=True,
    )
    for identity in [k[1] for k in keys] + [ours_identity]:
        opened = tmp_path / "opened"
        with theirs.open("rb") as src, opened.open("wb") as dst:
            age.decrypt(src, dst, [identity])
        assert opened.read_bytes() == plain.read_bytes()


def test_wrong_identity_fails_both_ways(tmp_path: Path, cli_key: tuple[Path, str, str]) -> None:
    key_file, identity, _ = cli_key
    _, _, other_recipient = _keygen(tmp_path, "other")
    plain = tmp_path / "plain"
    plain.write_bytes(b"referral to the Paris association")
    ours = tmp_path / "ours.age"
    with plain.open("rb") as src, ours.open("wb") as dst:
        age.encrypt(src, dst, [other_recipient])
    result = subprocess.run(
        [_tool("age"), "-d", "-i", str(key_file), str(ours)], capture_output=True
    )
    assert result.returncode != 0 and result.stdout == b""
    theirs = tmp_path / "theirs.age"
    subprocess.run(
        [_tool("age"), "-r", other_recipient, "-o", str(theirs), str(plain)],
        check=True,
        capture_output=True,
    )
    opened = tmp_path / "opened"
    with (
        theirs.open("rb") as src,
        opened.open("wb") as dst,
        pytest.raises(age.NoIdentityMatchError),
    ):
        age.decrypt(src, dst, [identity])
    assert opened.read_bytes() == b""


def test_keys_agree_with_age_keygen(cli_key: tuple[Path, str, str]) -> None:
    _, identity, recipient = cli_key
    assert age.recipient_from_identity(identity) == recipient
    ours_identity, ours_recipient = age.generate_x25519()
    result = subprocess.run(
        [_tool("age-keygen"), "-y"], input=ours_identity.encode(), check=True, capture_output=True
    )
    assert result.stdout.decode().strip() == ours_recipient

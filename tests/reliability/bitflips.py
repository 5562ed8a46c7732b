"""Single flipped bits in key slots, bundles and database pages: each must be told.

- key slots: the unlock says "damaged" (never "wrong passphrase"), and the failed-unlock
  counter does not move, so a damaged file can never wipe a vault through the limit;
- bundles (a partner's case bundle, a border bundle): refused with a sentence, nothing
  written;
- database pages: the database does not open, or ``verify`` names the damaged page.

Anything accepted silently counts as corrupt; an exception that is not the project's own
counts as a traceback.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from app.errors import SatchelError, VaultDamagedError
from app.exchange.bundle import preview_bundle
from app.exchange.bundle.border_open import read_border_bundle
from app.vault import Vault, open_database, unlock_limit
from app.vault.files import DATABASE_NAME, KEYSLOTS_NAME
from app.vault.keystore import Keystore
from tests.reliability.world import PASSPHRASE, Tally, Template


def flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def flip_runs(template: Template, work: Path, keys: Keystore, count: int, seed: int) -> Tally:
    rng = random.Random(seed)
    tally = Tally()
    work.mkdir(parents=True, exist_ok=True)
    share = max(1, count // 4)
    _key_slots(template, work / "slots", keys, share, rng, tally)
    _bundles(template, work / "bundles", keys, 2 * share, rng, tally)
    _pages(template, work / "pages", keys, count - 3 * share, rng, tally)
    return tally


def _key_slots(template: Template, folder: Path, keys: Keystore, count: int,
               rng: random.Random, tally: Tally) -> None:  # fmt: skip
    shutil.copytree(template.vault, folder)
    unlock_limit.set_limit(folder, 3)
    original = (folder / KEYSLOTS_NAME).read_bytes()
    for _ in range(count):
        (folder / KEYSLOTS_NAME).write_bytes(flip(original, rng))
        tally.operations += 1
        try:
            Vault.unlock(folder, PASSPHRASE, keystore=keys).lock()
        except VaultDamagedError:
            pass
        except SatchelError as exc:
            tally.problem("corrupt", f"key slots: {type(exc).__name__}: {exc}")
        except Exception as exc:
            tally.problem("tracebacks", f"key slots: {type(exc).__name__}: {exc}")
        else:
            tally.problem("corrupt", "key slots: a flipped bit went unnoticed")
        state = unlock_limit.read_limit(folder)
        if state is None or state.failures:
            tally.problem("corrupt", "key slots: damage was counted as a wrong guess")
            unlock_limit.set_limit(folder, 3)
    (folder / KEYSLOTS_NAME).write_bytes(original)


def _bundles(template: Template, folder: Path, keys: Keystore, count: int,
             rng: random.Random, tally: Tally) -> None:  # fmt: skip
    vault_folder = folder / "vault"
    shutil.copytree(template.vault, vault_folder)
    partner = template.partner_bundle.read_bytes()
    border = template.border_bundle.read_bytes()
    path = folder / "flipped.age"
    with Vault.unlock(vault_folder, PASSPHRASE, keystore=keys) as vault:
        before = vault.store.count_cases()
        for number in range(count):
            is_border = number % 2 == 1
            path.write_bytes(flip(border if is_border else partner, rng))
            tally.operations += 1
            try:
                if is_border:
                    read_border_bundle(path, template.border_code)
                else:
                    preview_bundle(vault.store, path)
            except SatchelError:
                continue
            except Exception as exc:
                tally.problem("tracebacks", f"bundle: {type(exc).__name__}: {exc}"[:300])
                continue
            tally.problem("corrupt", f"{'border' if is_border else 'case'} bundle accepted")
        if vault.store.count_cases() != before:
            tally.problem("partial", "a refused bundle changed the vault")


def _pages(template: Template, folder: Path, keys: Keystore, count: int,
           rng: random.Random, tally: Tally) -> None:  # fmt: skip
    shutil.copytree(template.vault, folder)
    with Vault.unlock(folder, PASSPHRASE, keystore=keys) as vault:
        key = bytes(vault._key)
        vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    database = folder / DATABASE_NAME
    original = database.read_bytes()
    for _ in range(count):
        for suffix in ("-wal", "-shm"):
            (folder / (DATABASE_NAME + suffix)).unlink(missing_ok=True)
        database.write_bytes(flip(original, rng))
        tally.operations += 1
        try:
            conn = open_database(database, key, create=False)
        except VaultDamagedError:
            continue
        except Exception as exc:
            tally.problem("tracebacks", f"page: {type(exc).__name__}: {exc}"[:300])
            continue
        try:
            problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        except Exception as exc:
            problems = [str(exc)]
        finally:
            conn.close()
        if not problems:
            tally.problem("corrupt", "a flipped database bit went unnoticed")
    database.write_bytes(original)

"""Every earlier border format keeps restoring.

A border bundle may be the only copy of a vault: sealed before an update of Satchel and
restored after it. The fixtures are real border bundles written by earlier versions (each
with its one-time code beside it, which is what makes them test data and not secrets):

- ``border-format1-schema3``: bundle format 1, vault schema 3 (before the risk rank);
- ``border-format1-schema4``: bundle format 1, vault schema 4.

Each holds a vetted, referred case with every kind of record and an attachment, and a
second case at intake.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.exchange.border import restore_from_border
from app.exchange.bundle.border_open import read_border_bundle
from app.store.migrations import LATEST_VERSION, schema_version
from app.vault.keystore import Keystore
from crypto.kdf import KdfParams

FIXTURES = Path(__file__).parent / "fixtures"
EARLIER = ["border-format1-schema3", "border-format1-schema4"]


def _fixture(name: str) -> tuple[Path, str]:
    return FIXTURES / f"{name}.age", (FIXTURES / f"{name}.code").read_text().strip()


@pytest.mark.parametrize("name", EARLIER)
def test_an_earlier_border_bundle_restores_completely(
    name: str, tmp_path: Path, keystore: Keystore, test_kdf: KdfParams
) -> None:
    bundle, code = _fixture(name)
    checked = read_border_bundle(bundle, code)
    assert (checked.cases, checked.attachments) == (2, 1)

    vault, _ = restore_from_border(
        tmp_path / "restored", bundle, code, "amber ferry compass 73", keystore=keystore,
        kdf=test_kdf,
    )  # fmt: skip
    try:
        store = vault.store
        assert schema_version(store.connection) == LATEST_VERSION
        names = {row.name: row for row in store.list_cases()}
        assert set(names) == {"Канарейкин Юрий Петрович", "Ольхович Денис"}
        case = store.get_case(names["Канарейкин Юрий Петрович"].id)
        assert case["stage"] == "referred"
        assert case["required_checks_missing"] == []
        assert case["person"]["kz_address"] == "Астана, ул. Абая 1, кв. 5"
        assert case["attachments"][0]["size"] == len(b"signed statement text\n" * 50)
        assert store.list_cases(order_by="risk")[0].risk == "high"
        assert vault.verify().ok
    finally:
        vault.lock()


@pytest.mark.parametrize("name", EARLIER)
def test_an_earlier_border_bundle_with_a_wrong_code_restores_nothing(
    name: str, tmp_path: Path, keystore: Keystore, test_kdf: KdfParams
) -> None:
    bundle, _ = _fixture(name)
    other, _ = _fixture(next(n for n in EARLIER if n != name))
    with pytest.raises(Exception, match="does not open this bundle"):
        restore_from_border(
            tmp_path / "restored", bundle, other.with_suffix(".code").read_text(),
            "amber ferry compass 73", keystore=keystore, kdf=test_kdf,
        )  # fmt: skip
    assert not (tmp_path / "restored" / "vault.db").exists()

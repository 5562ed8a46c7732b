"""A record travels only in the entry of its own case.

A seized partner's laptop (Paris, verified) holds two kinds of cases: Astana's, referred to
it under the referral profile, and its own, which it sent to Astana. Everything that limits
what Paris may do to Astana's case is decided per case entry: the fields Paris was never
shown, and a change of the person or a check sending a cleared case back to vetting. So a
record of Astana's case put into the entry of Paris's own case (without its ``case_id``,
which a change need not carry, or as the entry's person) must be refused, not taken.
"""

from __future__ import annotations

from itertools import count
from pathlib import Path
from typing import Any

import pytest

from app.exchange.bundle import MalformedBundleError, export_bundle, import_bundle
from app.store.records import case_part_id
from tests.bundle.conftest import Side, full_case
from tests.bundle.hostile import Forge

_names = count(1)


def send(sender: Side, to: str, tmp_path: Path, case_id: str, profile: str = "referral") -> Path:
    path = tmp_path / f"bundle-{next(_names)}.age"
    export_bundle(sender.store, path, to=[to], cases=[case_id], profile=profile)
    return path


def _smuggle(
    records: dict[str, Any],
    bases: dict[str, Any],
    table: str,
    row: dict[str, Any],
    base: dict[str, int],
) -> None:
    if table == "persons":
        records["cases"][0].pop("person_id", None)  # the entry's person is another case's
        bases.pop(records["persons"][0]["id"], None)
        records["persons"] = [row]
    else:
        row.pop("case_id", None)  # a change need not say which case it is of,
        row.pop("check_name", None)  # nor which check
        records.setdefault(table, []).append(row)
    bases[row["id"]] = base


SMUGGLED = {
    "address of Astana's person": (
        "persons", lambda a: None, lambda row: row.update(kz_address="Paris, rue du Piège 1"),
        lambda case: case["person"]["kz_address"], "Астана, ул. Абая 1, кв. 5",
    ),
    "name of Astana's person": (
        "persons", lambda a: None, lambda row: row.update(name="Подставной Пётр Петрович",
                                                          name_latin="Podstavnoy Pyotr"),
        lambda case: case["person"]["name"], "Канарейкин Юрий Петрович",
    ),
    "evidence of Astana's check": (
        "checks", lambda a: case_part_id("checks", a, "plant_screening"),
        lambda row: row.update(evidence="nothing was checked"),
        lambda case: next(c["evidence"] for c in case["checks"]
                          if c["check"] == "plant_screening"),
        "internal evidence plant_screening",
    ),
    "result of Astana's check": (
        "checks", lambda a: case_part_id("checks", a, "war_crimes_screening"),
        lambda row: row.update(result="fail", reviewer="Paris", checked_on="2024-07-01"),
        lambda case: next(c["result"] for c in case["checks"]
                          if c["check"] == "war_crimes_screening"),
        "pass",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", list(SMUGGLED))
def test_a_record_of_another_case_in_an_entry_is_refused(
    friends: tuple[Side, Side], tmp_path: Path, name: str
) -> None:
    astana, paris = friends
    table, record_id, change, read, kept = SMUGGLED[name]
    ours = full_case(astana.store)
    import_bundle(paris.store, send(astana, "Paris", tmp_path, ours))
    theirs = paris.store.add_case("Парижский Иван", {"city": "Paris"})
    import_bundle(astana.store, send(paris, "Astana", tmp_path, theirs, "full"))

    # Paris's honest bundle about Astana's case gives the rows as Paris holds them.
    about_ours = Forge.open(send(paris, "Astana", tmp_path, ours, "full"), astana.identity)
    entry = about_ours.case()
    wanted = record_id(ours) or entry["records"]["persons"][0]["id"]
    row = next(r for r in entry["records"][table] if r["id"] == wanted)
    change(row)
    row["revision"] += 1
    forge = Forge.open(send(paris, "Astana", tmp_path, theirs, "full"), astana.identity)
    own = forge.case()
    _smuggle(own["records"], own["bases"], table, row, entry["bases"][wanted])
    path = forge.seal(paris.identity, astana.identity, tmp_path / f"forged-{next(_names)}.age")
    before = astana.snapshot()

    with pytest.raises(MalformedBundleError):
        import_bundle(astana.store, path, resolve="theirs")

    assert astana.snapshot() == before
    case = astana.store.get_case(ours)
    assert read(case) == kept
    assert case["stage"] == "referred"

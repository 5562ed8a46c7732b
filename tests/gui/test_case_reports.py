"""The case screen shows what other vaults report, and accepts a report in one step."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from app.store.reports import StageReport, keep_report
from app.store.workflow import REQUIRED_CHECKS
from ui.case_detail.reports import ReportsPanel
from ui.formats import date_text
from ui.main_window import MainWindow
from ui.settings import GuiSettings
from ui.tasks import VaultTask


@pytest.fixture
def window(qtbot, db_thread, open_vault) -> MainWindow:
    window = MainWindow(db_thread, open_vault, GuiSettings())
    qtbot.addWidget(window)
    return window


def ask(qtbot: Any, db: Any, owner: Any, fn: Any) -> Any:
    task = VaultTask(db, fn, parent=owner)
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as blocker:
        task.run_in_background()
    return blocker.args[0]


def _referred_case_with_a_report(vault: Any) -> str:
    store = vault.store
    case_id = store.add_case("Канарейкин Юрий")
    for check in REQUIRED_CHECKS:
        store.set_check(case_id, check, "pass", evidence="seen", reviewer="Aigerim")
    store.set_case_fields(case_id, {"stage": "referred"})
    with store.transaction():
        keep_report(store.connection, StageReport(
            case_id, "Paris", "ed25519:paris-key", "entry_approved", "2025-03-01T10:00:00Z",
            "2025-03-02T10:00:00Z", "bundle-1",
        ))  # fmt: skip
    return case_id


def test_a_reported_stage_is_shown_and_accepted_in_one_step(qtbot, window, db_thread, owner):
    case_id = ask(qtbot, db_thread, owner, _referred_case_with_a_report)
    page = window.case_detail
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.open_case(case_id)
    assert page.reports.isVisibleTo(page)
    ((label, button),) = page.reports.rows
    assert (
        f"Reported by Paris on {date_text('2025-03-01')}" in label.text()
    )  # as the locale writes it
    assert page.stage.currentData() == "referred"  # shown beside the case, not applied
    with qtbot.waitSignal(page.saved, timeout=10_000):
        button.click()
    assert page.stage.currentData() == "entry_approved"
    assert page.reports.rows == []
    stored = ask(qtbot, db_thread, owner, lambda v: v.store.get_case(case_id)["stage"])
    assert stored == "entry_approved"


def test_the_origins_vetting_record_is_shown_green_or_as_a_loud_warning(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    panel = ReportsPanel(parent=parent)
    sound = {"signer": "Astana", "passed": 6, "required": 6, "signature_valid": True,
             "key_verified": True, "identity_matches": True}  # fmt: skip
    panel.show_case({"stage_reports": [], "vetting_record": sound})
    assert panel.vetting.text() == (
        "Vetted by Astana: 6 of 6 required checks passed, signature valid, key verified in person."
    )
    panel.show_case({"stage_reports": [], "vetting_record": {**sound, "key_verified": False,
                                                             "passed": 5}})  # fmt: skip
    text = panel.vetting.text()
    assert text.startswith("Warning: the vetting record from Astana cannot be relied on")
    assert "5 of 6 required checks passed" in text and "NOT verified in person" in text
    assert "background" in panel.vetting.styleSheet()
    panel.show_case({"stage_reports": [], "vetting_record": {**sound, "identity_matches": False}})
    text = panel.vetting.text()
    assert text.startswith("Warning: the vetting record from Astana cannot be relied on")
    assert "does NOT vouch for the person as this case now names them" in text


def test_the_import_preview_says_loudly_what_a_partner_may_not_change(qtbot, compiled_translations):
    """Changes to fields the sender was never shown are left out, and the preview says so
    (a seized partner's laptop, or a careless one) in the reader's language and plurals."""
    from app.exchange.bundle.preview import BundlePreview, VettingSeen
    from ui.import_preview import PreviewPanel

    parent = QWidget()
    qtbot.addWidget(parent)
    panel = PreviewPanel(parent=parent)
    assert compiled_translations.switch("en")  # English plurals come from satchel_en
    preview = BundlePreview("id", "Paris", True, "referral", "2026-12-01T10:00:00Z", 3)
    preview.withheld = 2
    preview.vetting.append(
        VettingSeen("c", "Paris", 6, 6, True, True, {}, "", identity_matches=False)
    )
    panel.show_preview(preview)
    assert panel.reports.text().splitlines() == [
        "WARNING: vetting record from Paris: 6 of 6 required checks passed; it is about another "
        "person than the one this bundle describes, so it cannot clear this case.",
        "2 changes to details you did not share with Paris (such as the address in Kazakhstan, "
        "contact handles or the lawyer's planning) will not be taken: they stay as you have them.",
    ]
    assert "background" in panel.reports.styleSheet()
    assert compiled_translations.switch("ru")
    panel.retranslate()
    assert (
        panel.reports.text()
        .splitlines()[1]
        .startswith("2 изменения данных, которыми вы не делились с Paris")
    )
    assert "касается не того человека" in panel.reports.text()


def test_the_import_preview_says_a_rejected_persons_identity_stays(qtbot, compiled_translations):
    from app.exchange.bundle.preview import BundlePreview
    from ui.import_preview import PreviewPanel

    parent = QWidget()
    qtbot.addWidget(parent)
    panel = PreviewPanel(parent=parent)
    assert compiled_translations.switch("en")
    preview = BundlePreview("id", "Paris", True, "referral", "2026-12-01T10:00:00Z", 3)
    preview.kept_rejected = 7
    panel.show_preview(preview)
    assert panel.reports.text() == (
        "7 changes to who a person rejected here is (name, birth date, passport, unit) will "
        "not be taken: he stays findable if he comes back."
    )
    assert "background" in panel.reports.styleSheet()
    assert compiled_translations.switch("fr")
    panel.retranslate()
    assert panel.reports.text().startswith("7 modifications de l’identité d’une personne refusée")

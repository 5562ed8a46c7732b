"""The vetting tab shows who signed and what the two-person rule still needs; the settings
page turns the rule on; signing waits for unsaved checks."""

from __future__ import annotations

from typing import Any

from app.store.workflow import REQUIRED_CHECKS
from tests.gui.test_case_detail import ask, new_case, pass_check, save, window  # noqa: F401


def test_signing_the_vetting_and_the_two_person_rule(qtbot: Any, window, db_thread, owner) -> None:  # noqa: F811
    settings = window.settings_page.vetting
    window.settings_page.attach_vault(db_thread)
    qtbot.waitUntil(settings.isEnabled, timeout=10_000)
    with qtbot.waitSignal(settings.changed, timeout=10_000):
        settings.two_person.click()
    assert settings.two_person.isChecked()
    assert ask(qtbot, db_thread, owner, lambda v: v.store.two_person_rule)

    case_id = new_case(qtbot, window, "Канарейкин Иван Петрович")
    page = window.case_detail
    box = page.vetting.sign_off
    assert "Nobody has signed" not in box.status.text()  # under the rule it says what is missing
    assert "2 more signature" in box.status.text()

    assert not box.sign_button.isEnabled()  # no required check has passed yet
    assert "must pass" in box.sign_button.toolTip()
    for check in REQUIRED_CHECKS:
        pass_check(page, check)
    assert not box.sign_button.isEnabled()  # one signs what is saved, not what is typed
    save(qtbot, page)
    assert box.sign_button.isEnabled()

    task = page.sign_vetting()
    qtbot.waitUntil(lambda: "This vault signed" in box.lines.text(), timeout=10_000)
    assert task is not None
    assert "1 more signature" in box.status.text()
    assert "✓" in box.lines.text()

    # Clearing alone is refused, in a sentence, and the case stays where it was.
    page.stage.setCurrentIndex(page.stage.findData("cleared"))
    page.save()
    qtbot.waitUntil(lambda: "two-person rule" in page.message.text(), timeout=10_000)
    stored = ask(qtbot, db_thread, owner, lambda v: v.store.get_case(case_id))
    assert stored["stage"] != "cleared"

    # A check changed after signing: the signature is shown as no longer counting.
    page.stage.setCurrentIndex(page.stage.findData(stored["stage"]))
    page.vetting.rows[REQUIRED_CHECKS[0]].set("pass", "Seen again", "Aigerim", "2025-03-02")
    save(qtbot, page)
    qtbot.waitUntil(lambda: "earlier checks" in box.lines.text(), timeout=10_000)
    assert "✗" in box.lines.text() and "2 more signature" in box.status.text()

"""The ``satchel`` program: the desktop app without a command, the command line with one.

This module lives in ``ui`` because starting the desktop app is the one thing the command
line cannot do by itself; the dependency still points ``ui -> app``. Qt is imported only when
the desktop app is actually started, so the command line runs on machines without a display.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli import main as cli_main

if TYPE_CHECKING:
    from cli.selftest import Step


def start_gui(folder: Path) -> int:
    """Run the desktop app on the vault in ``folder`` until the user quits; the exit status."""
    from PySide6.QtWidgets import QApplication

    from app.vault.keystore import system_keystore
    from ui.settings import default_settings_file
    from ui.shell import SatchelShell

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Satchel")
    app.setDesktopFileName("satchel")
    shell = SatchelShell(
        app, folder, keystore=system_keystore(), settings_file=default_settings_file()
    )
    shell.start()
    try:
        return int(app.exec())
    finally:
        shell.shutdown()


def selftest_steps() -> list[Step]:
    """The desktop app's self-test steps (imported only for ``satchel selftest``)."""
    from ui.selftest_steps import selftest_steps as steps

    return steps()


def main() -> int:
    return cli_main(sys.argv[1:], start_gui=start_gui, selftest_steps=selftest_steps)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""At 200% scaling and in the dark palette, the first dialogs keep every word whole.

QT_SCALE_FACTOR must be set before Qt starts, so the check runs in a child process: the
first-run and unlock dialogs in en, ru and fr, at twice the size, with the dark palette,
walked with the same clipped/English helpers as every other window.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
app.setStyle("Fusion")
from ui.theme import palette
app.setPalette(palette(True))
from tests.gui.test_every_window_fits import Walk, texts_of
from ui.first_run import FirstRunDialog
from ui.i18n import Translations
from ui.tasks import DatabaseThread
from ui.unlock import UnlockDialog
assert app.devicePixelRatio() == 2, app.devicePixelRatio()
translations = Translations(app, Path(sys.argv[1]))
db = DatabaseThread(app)
problems = []
for language in ("en", "ru", "fr"):
    assert translations.switch(language), language
    walk = Walk(language)
    for make in (FirstRunDialog, UnlockDialog):
        dialog = make(db, Path("/nonexistent-vault"), None, parent=None)
        dialog.show()
        walk.look(make.__name__, dialog)
        assert sum(1 for _ in texts_of(dialog)) >= 4, make  # the walk saw its words
        dialog.close()
    problems += walk.problems
db.stop()
print("\n".join(problems))
sys.exit(1 if problems else 0)
"""


def test_first_run_and_unlock_at_200_percent_in_the_dark(compiled_translations, tmp_path):
    folder = Path(compiled_translations.qm_file("ru")).parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2", PYTHONPATH=str(ROOT))
    found = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert found.returncode == 0, found.stdout + found.stderr[-2000:]

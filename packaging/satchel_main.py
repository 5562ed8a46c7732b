"""The script PyInstaller freezes: the installed ``satchel`` program, exactly as pip's one.

PyInstaller needs a script rather than an entry-point name; this one only hands over to
``ui.launcher.main`` so the packaged app and ``pip install`` run the same code.
"""

from __future__ import annotations

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())

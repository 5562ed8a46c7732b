"""Runs the real ``satchel`` command line in its own process, for the reliability tests.

The one difference from the installed program: a new vault's key derivation uses the
tests' tiny cost instead of a calibration of a few seconds, so hundreds of processes can be
started, cut short and checked in minutes. It refuses to run unless the reliability
harness started it (``SATCHEL_RELIABILITY_DRIVER=1``), so it can never weaken a real vault.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    if os.environ.get("SATCHEL_RELIABILITY_DRIVER") != "1":
        print("This test driver only runs inside Satchel's reliability tests.", file=sys.stderr)
        return 2
    import app.vault.vault
    from cli import main as satchel
    from crypto.kdf import KdfParams

    tiny = KdfParams(memory_kib=1024, iterations=1, lanes=1)
    app.vault.vault.calibrate = lambda: tiny  # type: ignore[attr-defined]
    return satchel(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

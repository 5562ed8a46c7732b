"""What goes into the packaged Satchel and what stays out, in one place.

``satchel.spec`` reads these lists; ``tests/packaging`` checks them without running a build.
Kept as plain data (no PyInstaller import) so the test suite can load it cheaply. Everything
here is about one rule: only what the app uses goes in, and everything it loads at run time
by name (keystore backends, the SQLCipher extension, Qt modules the GUI imports lazily) is
named explicitly, because PyInstaller only sees imports it can read in the code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

# Qt modules the app uses. The command line never imports Qt; the desktop app imports these
# lazily (inside ui.launcher), so they are named here to be sure they are bundled.
QT_MODULES_USED = (
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtSvg",  # QIcon reads SVG icons through Qt's SVG icon engine
    "PySide6.QtDBus",  # told when the system sleeps or the screen locks (ui/system_lock.py)
)

# Loaded by name at run time, so PyInstaller cannot find them by reading the code.
HIDDEN_IMPORTS = (
    # SQLCipher: the compiled extension that carries SQLCipher itself, and its DB-API module.
    "sqlcipher3",
    "sqlcipher3.dbapi2",
    "sqlcipher3._sqlite3",
    # The OS keystores keyring discovers through entry points (metadata copied as well).
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    # The Secret Service client on Linux (D-Bus in pure Python).
    "secretstorage",
    "jeepney",
    # platformdirs picks its per-platform module at run time.
    "platformdirs.unix",
    "platformdirs.macos",
    "platformdirs.windows",
    *QT_MODULES_USED,
)

# Distributions whose metadata must travel with the app: keyring finds its backends through
# entry points, and importlib.metadata lookups need the dist-info folders.
COPY_METADATA = ("keyring", "SecretStorage", "jeepney", "cryptography", "platformdirs")

# Our own packages, collected whole so modules imported lazily (inside functions) are in.
OWN_PACKAGES = ("app", "cli", "crypto", "ui")

# Qt modules Satchel does not use: each would add megabytes and attack surface (QtNetwork
# would give a network stack to an app that must never talk to one).
QT_MODULES_EXCLUDED = (
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtPrintSupport",
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtXml",
)

# Development and test tools, and standard-library parts the app never uses.
TOOLS_EXCLUDED = (
    "tests",
    "bench",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "mypyc",
    "ruff",
    "pip",
    "setuptools",
    "pkg_resources",
    "PyInstaller",
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "pydoc_data",
    # (unittest stays: fpdf2, the dossier's PDF writer, imports unittest.mock when it loads.)
    "lib2to3",
    "doctest",
    # TLS: Satchel never opens a network connection, so it carries no TLS (and no libssl).
    "ssl",
    "_ssl",
)

EXCLUDES = QT_MODULES_EXCLUDED + TOOLS_EXCLUDED

# Qt's own translations: only the languages Satchel is translated into (the codes of
# ui.i18n.LANGUAGES; a test keeps the two lists equal). PySide6 ships qtbase_de and
# qtbase_kk, so German and Kazakh standard buttons and file dialogs are Qt's own wording.
QT_TRANSLATION_LANGUAGES = ("en", "ru", "fr", "de", "kk")

# Files under resources/ that are sources, not things the app reads at run time.
RESOURCE_SOURCE_SUFFIXES = (".ts", ".md", ".py", ".pro")


def own_modules(root: Path, package: str) -> list[str]:
    """Every module of one of our packages, by its dotted name, read from the files.

    The spec compares this with what PyInstaller collected: modules loaded by name when a
    command runs (``cli``'s command groups, ``app.vault``'s exports) are invisible to its
    import analysis, and a packaged app without one fails only when that command is used.
    """
    names = []
    for path in sorted((root / package).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def resource_files(root: Path) -> list[tuple[str, str]]:
    """(file, folder inside the bundle) for every run-time file under ``root/resources``.

    The compiled ``.qm`` translations are included once the GUI work builds them; the
    ``.ts`` sources are not. Files are listed in sorted order so builds are reproducible.
    """
    resources = root / "resources"
    if not resources.is_dir():
        return []
    found = []
    for path in sorted(resources.rglob("*")):
        if path.is_file() and path.suffix not in RESOURCE_SOURCE_SUFFIXES:
            found.append((str(path), str(path.parent.relative_to(root))))
    return found


def keep_qt_translation(bundle_path: str) -> bool:
    """False for Qt's own translation files in languages Satchel does not offer."""
    name = Path(bundle_path).name
    if "translations" not in Path(bundle_path).parts or not name.endswith(".qm"):
        return True
    language = name.removesuffix(".qm").rsplit("_", 1)[-1]
    return language in QT_TRANSLATION_LANGUAGES


def icon_path(root: Path, icon: str, platform: str) -> str | None:
    """The icon file for ``platform``: a name in packaging/icons (``satchel``, ``neutral``)
    or a path to a file of the platform's kind (.ico on Windows, .icns on macOS)."""
    suffix = {"win32": ".ico", "darwin": ".icns"}.get(platform, ".png")
    candidate = Path(icon)
    if candidate.suffix:
        path = candidate if candidate.is_absolute() else root / candidate
    else:
        path = root / "packaging" / "icons" / f"{icon}{suffix}"
    if not path.is_file():
        raise FileNotFoundError(f"no icon file {path}")
    return str(path)


# Qt plugin folders Satchel never needs: embedded-device back ends (EGLFS, evdev input) and
# the desktop theme plugins. The GTK theme would make file dialogs GTK's, which record every
# chosen file in ~/.local/share/recently-used.xbel: a recent-files list is exactly the kind
# of trace the vault must not leave. (The portal theme hands dialogs to the same GTK code.)
QT_PLUGIN_FOLDERS_EXCLUDED = ("egldeviceintegrations", "generic", "platformthemes")
# Platform plugins for screens a lawyer's laptop does not have (framebuffer, VNC: a network
# server). Kept: xcb and wayland (Linux desktops), windows, cocoa, offscreen (self-test).
QT_PLATFORMS_EXCLUDED = ("qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc")


def keep_qt_plugin(bundle_path: str) -> bool:
    """False for a Qt plugin that Satchel leaves out (see the lists above)."""
    parts = Path(bundle_path).parts
    if "plugins" not in parts:
        return True
    folder_index = parts.index("plugins") + 1
    if folder_index >= len(parts) - 1:
        return True
    folder, stem = parts[folder_index], Path(parts[-1]).stem.removeprefix("lib")
    if folder in QT_PLUGIN_FOLDERS_EXCLUDED:
        return False
    return not (folder == "platforms" and stem in QT_PLATFORMS_EXCLUDED)


Entry = tuple[str, str, str]  # PyInstaller's (name in bundle, source path, kind)
ImportsOf = Callable[[str], Iterable[str]]  # names of the libraries a binary links to


LOADED_AT_RUN_TIME = frozenset({"libpdfium.so", "pdfium.dll", "libpdfium.dylib"})
"""Libraries nothing links to, opened with ctypes when the app runs (PDFium, for the
attachment viewer): kept, with what they link to."""


def prune_libraries(binaries: list[Entry], imports_of: ImportsOf) -> list[Entry]:
    """Drop the plugins left out, and the shared libraries only those plugins needed.

    PyInstaller collects every library any collected plugin links to (the GTK theme alone
    brings GTK, Cairo and Pango; the VNC platform brings QtNetwork). Starting from the Python
    library, the Python extension modules and the Qt plugins kept, keep the libraries
    reachable through link-time imports; drop the rest.
    """
    kept = [entry for entry in binaries if keep_qt_plugin(entry[0])]
    libraries = {Path(entry[0]).name: entry for entry in kept if _is_library(entry)}
    pending = [entry[1] for entry in kept if not _is_library(entry)]
    roots = {
        name for name in libraries if name.startswith("libpython") or name in LOADED_AT_RUN_TIME
    }
    pending += [libraries[name][1] for name in roots]
    reached = set(roots)
    seen: set[str] = set()
    while pending:
        source = pending.pop()
        if source in seen:
            continue
        seen.add(source)
        for name in imports_of(source):
            base = Path(name).name
            if base in libraries and base not in reached:
                reached.add(base)
                pending.append(libraries[base][1])
    return [e for e in kept if not _is_library(e) or Path(e[0]).name in reached]


def _is_library(entry: Entry) -> bool:
    """A shared library (not a Python extension module, not a Qt plugin)."""
    return entry[2] == "BINARY" and "plugins" not in Path(entry[0]).parts


def drop_dangling_links(datas: list[Entry], binaries: list[Entry]) -> list[Entry]:
    """Remove symbolic links whose target is no longer in the bundle."""
    present = {entry[0] for entry in binaries} | {entry[0] for entry in datas}
    return [
        entry
        for entry in datas
        if entry[2] != "SYMLINK"
        or str(Path(entry[0]).parent / entry[1]) in present
        or entry[1] in present
    ]

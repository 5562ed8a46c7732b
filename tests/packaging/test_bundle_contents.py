"""What the packaged app carries, checked without running PyInstaller (`make package-test`
builds and runs the real thing)."""

from __future__ import annotations

import ast
import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "satchel.spec"


def _qt_modules_imported_by(package: str) -> set[str]:
    found = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found.update(n for n in names if n.startswith("PySide6."))
    return found


@pytest.mark.parametrize(
    "module",
    [
        "sqlcipher3",
        "sqlcipher3._sqlite3",
        "keyring.backends.SecretService",
        "keyring.backends.macOS",
        "keyring.backends.Windows",
        "keyring.backends.kwallet",
        "PySide6.QtWidgets",
    ],
)
def test_modules_loaded_by_name_are_hidden_imports(contents: ModuleType, module: str) -> None:
    assert module in contents.HIDDEN_IMPORTS


def test_every_hidden_import_exists(contents: ModuleType) -> None:
    missing = [name for name in contents.HIDDEN_IMPORTS if importlib.util.find_spec(name) is None]
    assert missing == []


@pytest.mark.parametrize(
    "module",
    [
        "PySide6.QtNetwork",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.Qt3DCore",
        "PySide6.QtWebEngineCore",
        "PySide6.QtMultimedia",
        "PySide6.QtTest",
        "pytest",
        "mypy",
        "ruff",
        "hypothesis",
        "tkinter",
        "tests",
    ],
)
def test_unused_modules_and_dev_tools_are_excluded(contents: ModuleType, module: str) -> None:
    assert module in contents.EXCLUDES


def test_nothing_is_both_excluded_and_needed(contents: ModuleType) -> None:
    assert set(contents.EXCLUDES).isdisjoint(contents.HIDDEN_IMPORTS)


def test_the_gui_imports_only_qt_modules_the_bundle_carries(contents: ModuleType) -> None:
    """A new Qt import in ui/ must be added to QT_MODULES_USED, or the package lacks it."""
    imported = _qt_modules_imported_by("ui")
    assert imported, "ui/ imports no Qt module: this check would prove nothing"
    assert imported <= set(contents.QT_MODULES_USED), imported - set(contents.QT_MODULES_USED)
    assert not imported & set(contents.EXCLUDES)


def test_the_core_is_collected_whole(contents: ModuleType) -> None:
    assert set(contents.OWN_PACKAGES) == {"app", "cli", "crypto", "ui"}
    assert "keyring" in contents.COPY_METADATA  # backends are found through entry points


def test_every_module_the_spec_must_find_is_listed(contents: ModuleType) -> None:
    """The spec refuses to build when PyInstaller collects less than these lists."""
    cli = contents.own_modules(ROOT, "cli")
    assert {"cli", "cli.border_commands", "cli.case_commands", "cli.selftest"} <= set(cli)
    app = contents.own_modules(ROOT, "app")
    assert {"app", "app.vault", "app.vault.wipe", "app.exchange.bundle.importer"} <= set(app)
    assert all(not name.endswith("__init__") for name in cli + app)
    text = SPEC.read_text(encoding="utf-8")
    assert "own_modules(ROOT, package)" in text and "PyInstaller would leave out" in text


def test_the_spec_is_python_and_uses_the_lists() -> None:
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text)
    for needed in (
        "contents.HIDDEN_IMPORTS",
        "contents.EXCLUDES",
        "contents.prune_libraries",
        "console=not IS_WINDOWS",
        "upx=False",
        "SATCHEL_APP_NAME",
        "SATCHEL_APP_ICON",
        "SATCHEL_ONEFILE",
        "BUNDLE(",
    ):
        assert needed in text, needed


def test_the_entry_script_is_the_installed_programs_entry_point() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"]["satchel"] == "ui.launcher:main"
    script = (ROOT / "packaging" / "satchel_main.py").read_text(encoding="utf-8")
    assert "from ui.launcher import main" in script


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("libssl.so.3", True),
        ("plugins", True),
    ],
)
def test_qt_plugins_left_out(contents: ModuleType, path: str, kept: bool) -> None:
    assert contents.keep_qt_plugin(path) is kept


def test_pruning_keeps_what_is_linked_and_drops_what_only_dropped_plugins_need(
    contents: ModuleType,
) -> None:
    binaries = [
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("sqlcipher3/_sqlite3.so", "/sp/_sqlite3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/qt/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/qt/libQt6Network.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/qt/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/qt/libqvnc.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/qt/libqgtk3.so", "BINARY"),
        ("libgtk-3.so.0", "/lib/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/lib/libcairo.so.2", "BINARY"),
        ("libxcb.so.1", "/lib/libxcb.so.1", "BINARY"),
        ("libz.so.1", "/lib/libz.so.1", "BINARY"),
    ]
    links = {
        "/py/libpython3.11.so.1.0": ["libz.so.1"],
        "/qt/libqxcb.so": ["libQt6Core.so.6", "/lib/libxcb.so.1"],
        "/qt/libqvnc.so": ["libQt6Network.so.6"],
        "/qt/libqgtk3.so": ["libgtk-3.so.0"],
        "/lib/libgtk-3.so.0": ["libcairo.so.2"],
    }
    kept = contents.prune_libraries(binaries, lambda path: links.get(path, []))
    assert sorted(entry[0] for entry in kept) == sorted(
        [
            "libpython3.11.so.1.0",
            "sqlcipher3/_sqlite3.so",
            "PySide6/Qt/lib/libQt6Core.so.6",
            "PySide6/Qt/plugins/platforms/libqxcb.so",
            "libxcb.so.1",
            "libz.so.1",
        ]
    )


def test_a_library_opened_at_run_time_is_kept_with_what_it_links_to(
    contents: ModuleType,
) -> None:
    """PDFium is opened with ctypes (nothing links to it): pruning must not drop it."""
    binaries = [
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("pypdfium2_raw/libpdfium.so", "/sp/pypdfium2_raw/libpdfium.so", "BINARY"),
        ("libstdc++.so.6", "/lib/libstdc++.so.6", "BINARY"),
        ("libunused.so.1", "/lib/libunused.so.1", "BINARY"),
    ]
    links = {"/sp/pypdfium2_raw/libpdfium.so": ["libstdc++.so.6"]}
    kept = contents.prune_libraries(binaries, lambda path: links.get(path, []))
    assert sorted(entry[0] for entry in kept) == [
        "libpython3.11.so.1.0", "libstdc++.so.6", "pypdfium2_raw/libpdfium.so",
    ]  # fmt: skip


def test_links_to_dropped_libraries_are_dropped(contents: ModuleType) -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/qt/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("keyring-25.7.0.dist-info/METADATA", "/sp/METADATA", "DATA"),
    ]
    kept = contents.drop_dangling_links(datas, binaries)
    assert [entry[0] for entry in kept] == ["libQt6Core.so.6", "keyring-25.7.0.dist-info/METADATA"]


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_ru.qm", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_kk.qm", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", False),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
        ("resources/i18n/satchel_ru.qm", True),
        ("resources/i18n/satchel_kk.qm", True),
        ("keyring-25.7.0.dist-info/METADATA", True),
    ],
)
def test_qt_translations_only_in_satchels_languages(
    contents: ModuleType, path: str, kept: bool
) -> None:
    assert contents.keep_qt_translation(path) is kept


def test_qt_translations_ship_for_every_language_the_app_offers(contents: ModuleType) -> None:
    from ui.i18n import LANGUAGES

    assert tuple(LANGUAGES) == contents.QT_TRANSLATION_LANGUAGES
    for language in LANGUAGES:
        assert (ROOT / "resources" / "i18n" / f"satchel_{language}.ts").is_file(), language


def test_resources_go_in_without_their_sources(contents: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    for name in ("i18n/satchel_ru.ts", "i18n/satchel_ru.qm", "README.md", "icon.svg"):
        (tmp_path / "resources" / name).write_text("x", encoding="utf-8")
    found = contents.resource_files(tmp_path)
    assert found == [
        (str(tmp_path / "resources" / "i18n" / "satchel_ru.qm"), "resources/i18n"),
        (str(tmp_path / "resources" / "icon.svg"), "resources"),
    ]
    assert contents.resource_files(tmp_path / "nowhere") == []


@pytest.mark.parametrize(
    ("platform", "suffix", "magic"),
    [
        ("win32", ".ico", b"\x00\x00\x01\x00"),
        ("darwin", ".icns", b"icns"),
        ("linux", ".png", b"\x89PNG"),
    ],
)
@pytest.mark.parametrize("icon", ["satchel", "neutral"])
def test_icons_exist_for_every_platform(
    contents: ModuleType, icon: str, platform: str, suffix: str, magic: bytes
) -> None:
    path = Path(contents.icon_path(ROOT, icon, platform))
    assert path.name == f"{icon}{suffix}"
    assert path.read_bytes().startswith(magic)


def test_an_icon_that_is_not_there_stops_the_build(contents: ModuleType) -> None:
    with pytest.raises(FileNotFoundError):
        contents.icon_path(ROOT, "missing", sys.platform)
    with pytest.raises(FileNotFoundError):
        contents.icon_path(ROOT, "packaging/icons/missing.ico", "win32")

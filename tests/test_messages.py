"""Every sentence the core shows a user is marked for translation and translated.

The core (``app/``) raises SatchelError with a template marked by
``QT_TRANSLATE_NOOP("Core", ...)`` and named params (see app/errors.py), and returns the
sentences it does not raise (a report's findings) as ``sentence(...)`` built the same way.
These tests read the source with ``ast``, so a new ``raise InvalidInputError(f"...")`` or a
finding written as an English f-string fails here before a lawyer reading Russian, French,
German or Kazakh meets it in English; then they re-extract the templates with the real
``pyside6-lupdate`` and check that each one is in every language's .ts file, finished, with
the same ``{placeholders}``.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import app
from app.errors import CORE_CONTEXT, InvalidInputError, SatchelError, Term, sentence, term, terms
from ui.i18n import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parent.parent
# The core and the command line: both raise and print the core's sentences.
CORE_FILES = sorted([*(ROOT / "app").rglob("*.py"), *(ROOT / "cli").rglob("*.py")])
TS_DIR = ROOT / "resources" / "i18n"
MARKER = "QT_TRANSLATE_NOOP"


# ------------------------------------------------------------------------ reading the source


def error_class_names() -> set[str]:
    """Names of SatchelError and every subclass defined in the core."""
    for module in pkgutil.walk_packages(app.__path__, "app."):
        importlib.import_module(module.name)
    found: set[str] = set()
    todo: list[type] = [SatchelError]
    while todo:
        kind = todo.pop()
        if kind.__module__.startswith("app.") and kind.__name__ not in found:
            found.add(kind.__name__)
            todo.extend(kind.__subclasses__())
    return found


def own_init_names() -> set[str]:
    """Subclasses with their own ``__init__``: their ``super().__init__`` is checked."""
    return {
        name
        for name in error_class_names() - {"SatchelError"}
        if "__init__" in _class_by_name(name).__dict__
    }


def _class_by_name(name: str) -> type:
    todo: list[type] = [SatchelError]
    while todo:
        kind = todo.pop()
        if kind.__name__ == name:
            return kind
        todo.extend(kind.__subclasses__())
    raise LookupError(name)


@dataclass(frozen=True)
class Site:
    """One place in the core that builds an error (or calls the marker)."""

    where: str
    call: ast.Call
    constants: dict[str, ast.expr]


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _module_constants(tree: ast.Module) -> dict[str, ast.expr]:
    constants: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                constants[target.id] = node.value
    return constants


def core_calls(names: set[str]) -> Iterator[Site]:
    """Every call in app/ and cli/ to one of ``names``, with its module's constants."""
    for path in CORE_FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _module_constants(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called_name(node) in names:
                yield Site(f"{path.relative_to(ROOT)}:{node.lineno}", node, constants)


def super_init_calls() -> Iterator[Site]:
    """``super().__init__(...)`` inside the core's error classes with their own __init__."""
    own = own_init_names()
    for path in CORE_FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in ast.walk(tree):
            if not (isinstance(cls, ast.ClassDef) and cls.name in own):
                continue
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "__init__"
                ):
                    yield Site(f"{path.relative_to(ROOT)}:{node.lineno}", node, {})


def marked_template(node: ast.expr, constants: dict[str, ast.expr]) -> str | None:
    """The template if ``node`` is ``QT_TRANSLATE_NOOP("Core", "...")`` (or a module
    constant holding one); None for anything else (an f-string, a bare string, a variable).
    """
    if isinstance(node, ast.Name) and node.id in constants:
        node = constants[node.id]
    if not (isinstance(node, ast.Call) and _called_name(node) == MARKER):
        return None
    if len(node.args) != 2 or node.keywords:
        return None
    context, text = node.args
    if not (isinstance(context, ast.Constant) and context.value == CORE_CONTEXT):
        return None
    if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
        return None
    return text.value


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


SENTENCE_MAKERS = {"sentence"}
"""What builds a sentence the core returns instead of raising (app/errors.py; the class
itself is only called to pass on a sentence already made)."""


def error_sites() -> Iterator[Site]:
    names = error_class_names() - own_init_names()
    yield from core_calls(names | SENTENCE_MAKERS)
    yield from super_init_calls()


def site_problem(site: Site) -> str | None:
    """Why this error is not translatable, or None when it is."""
    if not site.call.args:
        return f"{site.where}: an error without a sentence"
    template = marked_template(site.call.args[0], site.constants)
    if template is None:
        return f"{site.where}: the sentence is not QT_TRANSLATE_NOOP({CORE_CONTEXT!r}, '...')"
    if len(site.call.args) > 1:
        return f"{site.where}: params must be named"
    if any(k.arg is None for k in site.call.keywords):
        return None  # **params: checked when the error is built
    given = {k.arg for k in site.call.keywords if k.arg}
    if placeholders(template) != given:
        return f"{site.where}: placeholders {sorted(placeholders(template))} != {sorted(given)}"
    return None


def core_templates() -> set[str]:
    """Every text the core marks for translation."""
    found = set()
    for site in core_calls({MARKER}):
        template = marked_template(site.call, {})
        assert template is not None, f"{site.where}: QT_TRANSLATE_NOOP needs 'Core' and a literal"
        found.add(template)
    return found


# ------------------------------------------------------------------------ the source checks


def test_the_walk_finds_the_core_errors() -> None:
    names = error_class_names()
    assert {"SatchelError", "InvalidInputError", "ContactCardError", "BundleError"} <= names
    assert "WrongBorderCodeError" in names
    assert len(list(error_sites())) > 100


def test_every_core_error_is_raised_with_a_marked_template() -> None:
    problems = [p for p in map(site_problem, error_sites()) if p]
    assert problems == []


BAD_SITES = {
    "f-string": 'raise InvalidInputError(f"No case matches {x}.")',
    "plain string": 'raise InvalidInputError("No case matches.")',
    "other context": 'raise InvalidInputError(QT_TRANSLATE_NOOP("Labels", "No case."))',
    "variable": "raise InvalidInputError(sentence)",
    "marked f-string": 'raise InvalidInputError(QT_TRANSLATE_NOOP("Core", f"No {x}."), x=1)',
    "missing param": 'raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "No {x}."))',
    "extra param": 'raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "No case."), x=1)',
    "positional param": 'raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "No {}."), 1)',
    "no sentence": "raise InvalidInputError()",
}


@pytest.mark.parametrize("source", BAD_SITES.values(), ids=BAD_SITES.keys())
def test_the_check_refuses_untranslatable_errors(source: str) -> None:
    call = ast.parse(source).body[0].exc  # type: ignore[attr-defined]
    assert site_problem(Site("example", call, {})) is not None


def test_the_check_accepts_a_marked_template_and_marked_constants() -> None:
    tree = ast.parse(
        'WRONG = QT_TRANSLATE_NOOP("Core", "Wrong.")\n'
        'raise InvalidInputError(QT_TRANSLATE_NOOP("Core", "No case {x}."), x=1)\n'
        "raise InvalidInputError(WRONG)\n"
    )
    constants = _module_constants(tree)
    for statement in tree.body[1:]:
        call = statement.exc  # type: ignore[attr-defined]
        assert site_problem(Site("example", call, constants)) is None


# Files whose English sentences never reach a screen, and why.
NOT_FOR_SCREENS = {
    "app/dossier/words.py": "the dossier's own French, German and English words",
    "app/store/demo.py": "invented case data (statements in French and German)",
    "app/exchange/bundle/merge.py": "a note kept in the vault, the same in every vault; "
    "ui/case_detail/conflicts.py words it on the case and on the Notes tab",
    "app/exchange/bundle/profiles.py": "help for the command line; the screens have "
    "ui.labels.PROFILE_DESCRIPTIONS",
    "app/vault/wipe.py": "a panic wipe's report, printed by the command line only",
}
SENTENCE_LIKE = re.compile(r"^[A-Z][a-z']* .*\w.* .*[.:;]$", re.DOTALL)


def _text_of(node: ast.expr) -> str | None:
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def unmarked_sentences(path: Path, tree: ast.Module) -> list[str]:
    """English sentences (a capital, words, a full stop) in ``tree`` that are neither marked
    with QT_TRANSLATE_NOOP nor docstrings: what a screen would show in English."""
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        text = _text_of(node) if isinstance(node, ast.expr) else None
        parent = parents.get(node)
        if text is None or isinstance(parent, ast.Expr | ast.JoinedStr):
            continue  # a docstring, or a piece of an f-string (looked at as a whole)
        if not SENTENCE_LIKE.match(text.strip()):
            continue
        while parent is not None and not (
            isinstance(parent, ast.Call) and _called_name(parent) == MARKER
        ):
            parent = parents.get(parent)
        if parent is None:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text[:60]!r}")
    return found


def test_the_core_writes_no_sentence_for_the_user_outside_the_marker() -> None:
    """Returned sentences (a finding of the audit check, why there is no keystore) are
    screens' text as much as raised ones: ``sentence(QT_TRANSLATE_NOOP("Core", ...))``."""
    problems = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if str(path.relative_to(ROOT)) not in NOT_FOR_SCREENS:
            problems += unmarked_sentences(path, ast.parse(path.read_text(encoding="utf-8")))
    assert problems == []
    assert all((ROOT / name).is_file() for name in NOT_FOR_SCREENS)


def test_the_sentence_check_notices_an_english_finding() -> None:
    tree = ast.parse(
        'problems.append(f"Audit entry {seq} was altered.")\n'
        'problems.append("The last entry does not match.")\n'
        'problems.append(sentence(QT_TRANSLATE_NOOP("Core", "Entry {seq} is gone."), seq=1))\n'
        '"""A docstring is no sentence for a screen."""\n'
    )
    found = unmarked_sentences(ROOT / "app" / "example.py", tree)
    assert len(found) == 2


def test_a_returned_sentence_keeps_its_template_params_and_english() -> None:
    found = sentence("Audit entry {seq} is missing.", seq=4)
    assert found.template == "Audit entry {seq} is missing."
    assert found.params == {"seq": 4}
    assert found.message == str(found) == "Audit entry 4 is missing."


def test_every_marker_in_the_core_uses_the_core_context() -> None:
    templates = core_templates()
    assert len(templates) > 100
    assert "The passphrase or recovery code is wrong; nothing was changed." in templates


# ------------------------------------------------------------------------ the error itself


def test_an_error_keeps_its_template_params_and_english_sentence() -> None:
    error = InvalidInputError("No case matches '{case_id}'.", case_id="abcd")
    assert error.template == "No case matches '{case_id}'."
    assert error.params == {"case_id": "abcd"}
    assert error.message == str(error) == "No case matches 'abcd'."


def test_a_params_value_is_never_read_as_a_template() -> None:
    error = InvalidInputError("No case matches '{case_id}'.", case_id="{0.__class__} {x}")
    assert error.message == "No case matches '{0.__class__} {x}'."


def test_terms_read_as_codes_in_english_unless_told_otherwise() -> None:
    assert str(term("stage", "entry_approved")) == "entry_approved"
    assert str(terms("check", ["references", "plant_screening"])) == "references, plant_screening"
    assert str(term("field", "birth_date", "birth date")) == "birth date"
    assert terms("result", iter(["pass"])) == Term("result", ("pass",))


# ------------------------------------------------------------------------ the .ts files


def refreshed_core_messages(tmp_path: Path, language: str) -> dict[str, ET.Element]:
    """The "Core" context of a copy of the .ts file, re-extracted from app/, cli/ and ui/."""
    copy = tmp_path / f"satchel_{language}.ts"
    shutil.copy(TS_DIR / copy.name, copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate) if lupdate.exists() else "pyside6-lupdate", "-silent", "-no-obsolete",
         "-extensions", "py", "-locations", "none",
         str(ROOT / "app"), str(ROOT / "cli"), str(ROOT / "ui"),
         "-ts", str(copy)],
        check=True, capture_output=True,
    )  # fmt: skip
    messages = {}
    for context in ET.parse(copy).getroot().iter("context"):
        if context.findtext("name") == CORE_CONTEXT:
            for message in context.iter("message"):
                messages[message.findtext("source") or ""] = message
    return messages


def translation_problem(source: str, message: ET.Element | None) -> str | None:
    if message is None:
        return f"{source!r} was not extracted by pyside6-lupdate"
    translation = message.find("translation")
    assert translation is not None
    text = translation.text or ""
    if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not text.strip():
        return f"{source!r} is not translated"
    if placeholders(text) != placeholders(source):
        return f"{source!r} loses or adds a {{placeholder}}"
    return None


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != SOURCE_LANGUAGE])
def test_every_core_template_is_translated(tmp_path: Path, language: str) -> None:
    messages = refreshed_core_messages(tmp_path, language)
    problems = [translation_problem(t, messages.get(t)) for t in sorted(core_templates())]
    assert [p for p in problems if p] == []
    assert set(messages) == core_templates()


def test_the_translation_check_notices_problems() -> None:
    missing = translation_problem("No case {x}.", None)
    unfinished = ET.fromstring(
        '<message><source>No case {x}.</source><translation type="unfinished"/></message>'
    )
    lost = ET.fromstring(
        "<message><source>No case {x}.</source><translation>Нет дела.</translation></message>"
    )
    renamed = ET.fromstring(
        "<message><source>No {x}.</source><translation>Нет {y}.</translation></message>"
    )
    good = ET.fromstring(
        "<message><source>No {x}.</source><translation>Нет {x}.</translation></message>"
    )
    assert missing and "not extracted" in missing
    assert translation_problem("No case {x}.", unfinished) is not None
    assert translation_problem("No case {x}.", lost) is not None
    assert translation_problem("No {x}.", renamed) is not None
    assert translation_problem("No {x}.", good) is None

"""The core's own sentences reach a Russian or French lawyer in their language.

Real errors from the real core (the store on SQLCipher, the contact-card reader, a real
border bundle) are shown through ``user_sentence``, the function every screen uses, with
the translations compiled from the .ts sources: translated, with their params filled in
and the words from the core's lists (fields, stages, checks) in the screen's own words.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import InvalidInputError, SatchelError, WorkflowError
from app.exchange.border import seal_for_border
from app.exchange.bundle.border_open import read_border_bundle
from app.exchange.identity import ContactCard, ContactCardError, VaultIdentity
from app.vault import Vault
from app.vault.keystore import Keystore
from crypto import age
from crypto.kdf import KdfParams
from ui.messages import user_sentence

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault(tmp_path: Path, keystore: Keystore, test_kdf: KdfParams) -> Iterator[Vault]:
    opened, _code = Vault.create(tmp_path / "vault", PASSPHRASE, keystore=keystore, kdf=test_kdf)
    yield opened
    opened.lock()


def caught(action: object, kind: type[SatchelError] = SatchelError) -> SatchelError:
    with pytest.raises(kind) as info:
        action()  # type: ignore[operator]
    return info.value


def test_a_bad_date_through_the_store_is_shown_in_russian(vault, compiled_translations):
    case_id = vault.store.add_case("Иван Канарейкин")
    error = caught(
        lambda: vault.store.set_case_fields(case_id, {"birth_date": "1990-13-45"}),
        InvalidInputError,
    )
    assert error.message == "The birth date '1990-13-45' is not a real date in the form YYYY-MM-DD."
    assert compiled_translations.switch("ru")
    assert user_sentence(error) == (
        "«1990-13-45» в поле «Дата рождения» — не существующая дата в формате ГГГГ-ММ-ДД."
    )
    assert compiled_translations.switch("fr")
    assert user_sentence(error) == (
        "« 1990-13-45 » dans le champ « Date de naissance » n’est pas une date réelle au "
        "format AAAA-MM-JJ."
    )


def test_a_stage_change_before_vetting_names_the_checks_in_russian(vault, compiled_translations):
    case_id = vault.store.add_case("Иван Канарейкин")
    error = caught(
        lambda: vault.store.set_case_fields(case_id, {"stage": "cleared"}), WorkflowError
    )
    assert "identity documents (not done)" in error.message
    assert compiled_translations.switch("ru")
    shown = user_sentence(error)
    assert shown.startswith("Дело нельзя одобрить: не пройдены обязательные проверки: ")
    assert "Документы, удостоверяющие личность (Не проводилась), " in shown
    assert "identity" not in shown and "not done" not in shown


def test_an_unknown_stage_lists_the_stages_in_french(vault, compiled_translations):
    case_id = vault.store.add_case("Иван Канарейкин")
    error = caught(lambda: vault.store.set_case_fields(case_id, {"stage": "limbo"}))
    assert "choose one of: intake, vetting" in error.message
    assert compiled_translations.switch("fr")
    shown = user_sentence(error)
    assert shown.startswith("« limbo » n’est pas une valeur valide pour « Étape » ; choisissez")
    assert "Accueil, Vérification" in shown
    assert "intake" not in shown


@pytest.mark.parametrize(
    ("card", "russian"),
    [
        ("name: Мемориал\u202e", "Имя в карточке контакта содержит управляющие или "
         "невидимые символы."),
        ("satchel-contact-card v1\nname: Мемориал\n", "В карточке контакта нет строки «age»."),
        ("satchel-contact-card v1\nname: A\nname: B\n", "В карточке контакта строка «name» "
         "указана дважды."),
        ("satchel-contact-card v1\nname: A\nphone: 123\n", "Строка 3 карточки контакта не "
         "является известным полем."),
    ],
)  # fmt: skip
def test_a_malformed_contact_card_is_explained_in_russian(
    vault, compiled_translations, card, russian
):
    if card.startswith("name: "):  # a whole card from a real vault, with a doctored name
        own = VaultIdentity.load_or_create(vault.store).card
        card = own.to_text().replace(f"name: {own.name}", card)
    error = caught(lambda: ContactCard.from_text(card), ContactCardError)
    assert compiled_translations.switch("ru")
    assert user_sentence(error) == russian


def test_a_wrong_border_code_is_refused_in_russian(vault, tmp_path, compiled_translations):
    vault.store.add_case("Иван Канарейкин")
    sealed = seal_for_border(vault.store, tmp_path / "border.age")
    other, _ = age.generate_hybrid()
    wrong = caught(lambda: read_border_bundle(sealed.path, other))
    not_a_code = caught(lambda: read_border_bundle(sealed.path, "hello"))
    assert compiled_translations.switch("ru")
    assert user_sentence(wrong) == (
        "Этот пограничный код не открывает этот пакет; ничего не изменено."
    )
    assert user_sentence(not_a_code).startswith("Это не пограничный код; сверьте его")


def test_a_name_typed_by_the_user_is_kept_as_typed(vault, compiled_translations):
    error = caught(lambda: vault.store.resolve_case_id("abcdef12"))
    assert compiled_translations.switch("ru")
    assert user_sentence(error) == "Дело «abcdef12» не найдено."


def test_a_sentence_without_a_translation_is_shown_in_english_filled_in(compiled_translations):
    assert compiled_translations.switch("ru")
    error = InvalidInputError("Nothing matches '{what}'.", what="x")
    assert user_sentence(error) == "Nothing matches 'x'."


def test_a_tampered_audit_log_is_reported_in_russian(
    vault, qtbot, db_thread, compiled_translations
):
    """The core's findings about the audit log (returned, not raised) reach the screen
    translated, with their numbers filled in."""
    from ui.audit_page import AuditLogPage

    for name in ("Иван Канарейкин", "Пётр Соколов", "Мария Иванова"):
        vault.store.add_case(name)
    with vault.store.transaction():
        vault.connection.execute("UPDATE audit SET detail = 'x' WHERE seq = 1")
        vault.connection.execute("DELETE FROM audit WHERE seq = 2")
    report = vault.store.verify_audit()
    assert not report.ok
    assert len(report.problems) >= 2
    assert "Audit entry 1 was altered or does not follow the one before." in report.problems
    page = AuditLogPage(db_thread, parent=None)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    assert compiled_translations.switch("ru")
    page._verified(report)
    shown = page.result.text()
    assert shown.startswith("Журнал аудита")
    assert "Audit" not in shown and "entries" not in shown and "missing" not in shown
    assert "1" in shown and "2" in shown


def test_why_no_keystore_protects_the_vault_is_said_in_french(
    tmp_path, qtbot, db_thread, test_kdf, compiled_translations
):
    """The core's reason for "no device secret" (returned, not raised) is translated."""
    from keyring.backends import fail

    from app.vault.keystore import system_keystore
    from ui.security_status import SecurityStatusPanel

    keystore = system_keystore(fail.Keyring())
    assert not keystore.available and "not a secure system keystore" in str(keystore.reason)
    opened, _code = Vault.create(tmp_path / "v", PASSPHRASE, keystore=keystore, kdf=test_kdf)
    status = opened.security_status()
    opened.lock()
    panel = SecurityStatusPanel(db_thread, parent=None)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    assert compiled_translations.switch("fr")
    panel.show_status(status)
    shown = panel.values["device_secret"].text()
    assert shown.startswith("Non utilisé")
    assert "keystore" not in shown and "secure" not in shown
    assert "fail.Keyring" in shown  # the name of the thing found, as it is


INTERNAL = "Внутренняя ошибка Satchel; незавершённое действие не сохранено."


def test_a_folder_chosen_as_a_bundle_is_explained_in_russian(
    vault, tmp_path, compiled_translations
):
    from app.exchange.bundle.importer import preview_bundle
    from ui.exchange_messages import exchange_sentence

    with pytest.raises(OSError) as info:
        preview_bundle(vault.store, tmp_path)
    assert compiled_translations.switch("ru")
    assert exchange_sentence(info.value) == "Это папка, а не файл; выберите файл."


def test_a_bundle_moved_away_is_explained_in_russian(vault, tmp_path, compiled_translations):
    from app.exchange.bundle.importer import preview_bundle
    from ui.exchange_messages import exchange_sentence

    with pytest.raises(OSError) as info:
        preview_bundle(vault.store, tmp_path / "пакет.age")
    assert compiled_translations.switch("ru")
    assert exchange_sentence(info.value) == (
        "Такого файла или папки нет; возможно, их переместили, переименовали или удалили."
    )


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS])
def test_a_folder_satchel_may_not_write_is_explained_in_russian(
    vault, tmp_path, compiled_translations, monkeypatch, code
):
    from app.backup import save_vault_copy

    def refuse(self, *args, **kwargs):
        raise OSError(code, os.strerror(code), str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(OSError) as info:
        save_vault_copy(vault, tmp_path)
    monkeypatch.undo()
    assert compiled_translations.switch("ru")
    assert user_sentence(info.value) == (
        "Satchel не может читать или записывать здесь (возможно, папка только для чтения); "
        "выберите другое место."
    )


def test_any_other_file_failure_is_not_called_internal(compiled_translations):
    assert compiled_translations.switch("ru")
    shown = user_sentence(OSError(errno.EIO, "Input/output error"))
    assert shown == "Не удалось прочитать или записать файл; незавершённое действие не сохранено."
    assert user_sentence(RuntimeError("bug")) == INTERNAL


def test_a_dossier_that_cannot_be_written_is_explained_wholly_in_russian(
    vault, tmp_path, compiled_translations
):
    from app.dossier import save_dossier

    case_id = vault.store.add_case("Иван Канарейкин")
    target = tmp_path / "удалённая папка" / "досье.pdf"
    with pytest.raises(OSError) as info:
        save_dossier(vault.store, case_id, target, language="fr", organisation="O")
    assert info.value.filename == str(target)  # the name the user chose, not a temporary one
    assert compiled_translations.switch("ru")
    assert user_sentence(info.value) == (
        "Такого файла или папки нет; возможно, их переместили, переименовали или удалили."
    )

"""The security status panel: what protects this vault right now, in plain words.

It says whether the operating system's keystore holds a device secret for this vault (so a
copied vault folder alone cannot be attacked), how costly each passphrase guess is, which
secret opened the vault, and when the vault was last verified (database pages and audit
log hash chain). Verifying runs on the database thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.vault import SecurityStatus
from ui.formats import datetime_text, number_text
from ui.i18n import is_language_change
from ui.messages import core_sentence, user_sentence
from ui.tasks import DatabaseThread, VaultTask


class SecurityStatusPanel(QWidget):
    """Shows a SecurityStatus and offers "Verify now"."""

    def __init__(self, db: DatabaseThread, *, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._status: SecurityStatus | None = None
        self._verified_at: QDateTime | None = None
        self._verify_ok: bool | None = None
        self._verify_error: BaseException | None = None
        self._labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        # On a narrow window (1024x600, long Russian labels) a value goes under its label
        # instead of pushing the dashboard wider than the screen.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in ("device_secret", "kdf", "cipher", "unlocked_with", "last_verify"):
            label, value = QLabel(self), QLabel(self)
            value.setWordWrap(True)
            self._labels[key], self.values[key] = label, value
            form.addRow(label, value)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(self.verify)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verify_button)
        layout.addStretch(1)
        self.retranslate()

    def show_status(self, status: SecurityStatus) -> None:
        self._status = status
        self._fill_values()

    def refresh(self) -> None:
        """Ask the database thread for the current status."""
        task = VaultTask(self._db, lambda vault: vault.security_status(), parent=self)
        task.success(self.show_status).failure(lambda _error: None).run_in_background()

    def verify(self) -> VaultTask[Any]:
        """Check the database pages and the audit chain; the answer updates the panel."""
        self.verify_button.setEnabled(False)
        task = VaultTask(self._db, lambda vault: vault.verify(), parent=self)
        task.success(self._verified).failure(self._verify_failed).run_in_background()
        return task

    def _verified(self, report: Any) -> None:
        self._verified_at = QDateTime.currentDateTime()
        self._verify_ok = bool(report.ok)
        self._verify_error = None
        self.verify_button.setEnabled(True)
        self._fill_values()

    def _verify_failed(self, error: BaseException) -> None:
        self._verified_at = QDateTime.currentDateTime()
        self._verify_ok = False
        self._verify_error = error
        self.verify_button.setEnabled(True)
        self._fill_values()

    def _fill_values(self) -> None:
        status = self._status
        if status is not None:
            self.values["device_secret"].setText(self._device_secret_text(status))
            self.values["kdf"].setText(
                self.tr("Argon2id, %1 MiB of memory, passes: %2, lanes: %3")
                .replace("%1", number_text(status.kdf.memory_kib // 1024))
                .replace("%2", str(status.kdf.iterations))
                .replace("%3", str(status.kdf.lanes))
            )
            self.values["cipher"].setText(
                self.tr("SQLCipher %1 (AES-256)").replace("%1", status.cipher_version)
            )
            self.values["unlocked_with"].setText(
                self.tr("the recovery code")
                if status.unlocked_with == "recovery_code"
                else self.tr("the passphrase")
            )
        self.values["last_verify"].setText(self._last_verify_text())

    def _device_secret_text(self, status: SecurityStatus) -> str:
        if status.device_secret_in_use:
            return self.tr(
                "In use: the system keystore (%1) holds a secret without which the passphrase "
                "alone does not open this vault."
            ).replace("%1", status.keystore_backend)
        sentence = self.tr(
            "Not in use: the vault is protected by the passphrase alone. A copy of the vault "
            "folder can be attacked by guessing the passphrase."
        )
        reason = core_sentence(status.keystore_reason) if status.keystore_reason.template else ""
        return f"{sentence} {reason}".strip()

    def _last_verify_text(self) -> str:
        if self._verified_at is None:
            return self.tr("Not yet checked in this session.")
        when = datetime_text(self._verified_at)
        if self._verify_ok:
            return self.tr("%1: the database and the audit log are intact.").replace("%1", when)
        error = self._verify_error
        detail = f" {user_sentence(error)}" if error is not None else ""
        return self.tr("%1: problems were found.").replace("%1", when) + detail

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._labels["device_secret"].setText(self.tr("Device secret:"))
        self._labels["kdf"].setText(self.tr("Cost of each passphrase guess:"))
        self._labels["cipher"].setText(self.tr("Database encryption:"))
        self._labels["unlocked_with"].setText(self.tr("Opened with:"))
        self._labels["last_verify"].setText(self.tr("Last verification:"))
        self.verify_button.setText(self.tr("Verify now"))
        self._fill_values()

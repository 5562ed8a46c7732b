"""Lock the vault when the computer goes to sleep or the screen locks.

A laptop closed at a checkpoint, or a screen locked in a hurry, must not leave the vault
open behind it. What tells us, and where:

- Linux, sleep: ``PrepareForSleep(true)`` from ``org.freedesktop.login1.Manager`` on the
  system bus (systemd-logind, elogind).
- Linux, screen lock: ``ActiveChanged(true)`` from ``org.freedesktop.ScreenSaver`` (KDE,
  Xfce, most desktops) or ``org.gnome.ScreenSaver`` (GNOME) on the session bus.
- Everywhere: Qt's application state. ``ApplicationSuspended`` (the platform suspends the
  app) and ``ApplicationHidden`` (macOS: the app was hidden) lock too. This is the weaker
  signal: it does not fire when a Windows or macOS session locks or sleeps. There the idle
  auto-lock is what protects the vault; the user guide says to lock (Ctrl+L) or quit first.

The D-Bus signals are accepted from any sender on the bus: the only thing a forged signal
can do is lock the vault, which is always safe. No bus, no listener: nothing fails.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication

LOGIN_MANAGER = "org.freedesktop.login1.Manager"
SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
_LOCKING_STATES = {Qt.ApplicationState.ApplicationSuspended, Qt.ApplicationState.ApplicationHidden}


class SystemLockWatcher(QObject):
    """Emits ``lock_now(reason)`` when the system sleeps, locks its screen or hides us.

    ``reason`` is "sleep", "screen_locked" or "app_state". ``listening`` names the D-Bus
    interfaces actually subscribed to (none on a computer without those buses).
    """

    lock_now = Signal(str)

    def __init__(self, app: QGuiApplication, *, parent: QObject) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        app.applicationStateChanged.connect(self._state_changed)
        self._listen_for_sleep()
        self._listen_for_screen_lock()

    def _listen_for_sleep(self) -> None:
        bus = QDBusConnection.systemBus()
        # PySide6's stubs ask for the slot as bytes, but only a str works at run time.
        if bus.isConnected() and bus.connect(  # type: ignore[call-overload]
            "", "", LOGIN_MANAGER, "PrepareForSleep", self, "1_prepare_for_sleep(bool)"
        ):
            self.listening.append(LOGIN_MANAGER)

    def _listen_for_screen_lock(self) -> None:
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for interface in SCREEN_SAVERS:
            slot = "1_screen_saver(bool)"  # a str, whatever the stubs say (see above)
            if bus.connect("", "", interface, "ActiveChanged", self, slot):  # type: ignore[call-overload]
                self.listening.append(interface)

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_now.emit("sleep")

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.lock_now.emit("screen_locked")

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state in _LOCKING_STATES:
            self.lock_now.emit("app_state")

    def stop(self) -> None:
        """Stop listening (the shell is going away)."""
        for bus, interfaces, name, slot in (
            (QDBusConnection.systemBus(), (LOGIN_MANAGER,), "PrepareForSleep",
             "1_prepare_for_sleep(bool)"),
            (QDBusConnection.sessionBus(), SCREEN_SAVERS, "ActiveChanged",
             "1_screen_saver(bool)"),
        ):  # fmt: skip
            for interface in interfaces:
                if interface in self.listening:
                    bus.disconnect("", "", interface, name, self, slot)  # type: ignore[call-overload]
        self.listening.clear()

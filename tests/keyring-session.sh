#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so the
# keystore tests talk to a real Secret Service. The keyring lives in a throw-away folder,
# never in the user's own.
set -eu
if [ -z "${SATCHEL_IN_KEYRING_SESSION:-}" ]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT INT TERM
    export SATCHEL_IN_KEYRING_SESSION=1
    export SATCHEL_KEYRING_SCRATCH="$scratch"
    dbus-run-session -- sh "$0" "$@"
    exit $?
fi
export XDG_DATA_HOME="$SATCHEL_KEYRING_SCRATCH/data"
export XDG_RUNTIME_DIR="$SATCHEL_KEYRING_SCRATCH/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A fixed password for a throw-away keyring: it protects nothing but test data.
printf 'satchel-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"

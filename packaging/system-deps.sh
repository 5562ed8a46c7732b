#!/bin/sh
# Checks for the system tools named as COMMAND:DEBIAN_PACKAGE pairs. On Debian as root the
# missing ones are installed with apt-get; elsewhere the script names them and fails.
set -eu
missing_pkgs=""
missing_cmds=""
for pair in "$@"; do
    cmd=${pair%%:*}
    pkg=${pair#*:}
    if ! command -v "$cmd" >/dev/null 2>&1; then
        missing_cmds="$missing_cmds $cmd"
        missing_pkgs="$missing_pkgs $pkg"
    fi
done
[ -z "$missing_pkgs" ] && exit 0
if [ -f /etc/debian_version ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages:$missing_pkgs"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing_pkgs >/dev/null
    exit 0
fi
echo "Missing system tools:$missing_cmds" >&2
echo "Install these packages (Debian/Ubuntu names):$missing_pkgs" >&2
exit 1

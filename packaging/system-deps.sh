#!/bin/sh
# Checks the system packages given as COMMAND:DEBIAN_PACKAGE pairs. COMMAND "-" marks a
# library (no command to look for): it is checked with dpkg on Debian and left to the
# user elsewhere. On Debian as root the missing packages are installed with apt-get;
# elsewhere the script names what is missing and fails.
set -eu
is_debian_root() {
    [ -f /etc/debian_version ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1
}
missing_pkgs=""
missing_cmds=""
for pair in "$@"; do
    cmd=${pair%%:*}
    pkg=${pair#*:}
    if [ "$cmd" = "-" ]; then
        if command -v dpkg-query >/dev/null 2>&1 &&
            ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
            missing_pkgs="$missing_pkgs $pkg"
        fi
    elif ! command -v "$cmd" >/dev/null 2>&1; then
        missing_cmds="$missing_cmds $cmd"
        missing_pkgs="$missing_pkgs $pkg"
    fi
done
[ -z "$missing_pkgs" ] && exit 0
if is_debian_root; then
    echo "Installing system packages:$missing_pkgs"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing_pkgs >/dev/null
    exit 0
fi
[ -n "$missing_cmds" ] && echo "Missing system tools:$missing_cmds" >&2
echo "Install these packages (Debian/Ubuntu names):$missing_pkgs" >&2
exit 1

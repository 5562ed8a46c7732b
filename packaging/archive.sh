#!/bin/sh
# Pack a build for download and publish its SHA-256: `sh packaging/archive.sh DIST NAME`.
# A one-folder build (DIST/NAME/) becomes DIST/NAME-<os>-<arch>.tar.gz, packed reproducibly
# (sorted names, fixed owner and time stamp, gzip without a name or time); a one-file build
# (DIST/NAME) is published as it is. DIST/SHA256SUMS lists what a user should check.
set -eu
dist=$1
name=$2
stamp=${SOURCE_DATE_EPOCH:-0}
os=$(uname -s | tr 'A-Z' 'a-z')
arch=$(uname -m)
cd "$dist"
if [ -d "$name" ]; then
    published="$name-$os-$arch.tar.gz"
    tar --sort=name --mtime="@$stamp" --owner=0 --group=0 --numeric-owner \
        --mode='u+rwX,go=rX' -cf - "$name" | gzip -9 -n > "$published"
else
    published=$name
fi
touch SHA256SUMS
grep -v "  $published\$" SHA256SUMS > SHA256SUMS.new || true
sha256sum "$published" >> SHA256SUMS.new
sort -k2 SHA256SUMS.new > SHA256SUMS
rm -f SHA256SUMS.new
echo "$(du -sh "$published" | cut -f1)  $dist/$published"
grep "  $published\$" SHA256SUMS

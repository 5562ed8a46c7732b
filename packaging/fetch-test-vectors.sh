#!/bin/sh
# Fetches the C2SP CCTV age test vectors (npm package cctv-age) into DEST, checked against
# a pinned SHA-256, and writes each vector as its own file under DEST/testdata/.
# Usage: sh packaging/fetch-test-vectors.sh DEST      (the Makefile uses .cache/cctv-age)
# Does nothing when DEST already holds this exact version.
set -eu
VERSION=0.2.0
SHA256=94a2a220a95b158a69997e84405bb5d4ef84adf05d15bf341b83ec3ba9dd846e
dest=${1:?usage: fetch-test-vectors.sh DEST}
stamp="$dest/.cctv-age-$VERSION-$SHA256"
[ -f "$stamp" ] && [ -d "$dest/testdata" ] && exit 0

for tool in npm node tar sha256sum; do
    command -v "$tool" >/dev/null 2>&1 || { echo "fetch-test-vectors: $tool is required" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
(cd "$work" && npm pack --silent "cctv-age@$VERSION" >/dev/null)
tarball="$work/cctv-age-$VERSION.tgz"
actual=$(sha256sum "$tarball" | cut -d' ' -f1)
if [ "$actual" != "$SHA256" ]; then
    echo "fetch-test-vectors: cctv-age-$VERSION.tgz has SHA-256 $actual, expected $SHA256" >&2
    exit 1
fi
mkdir -p "$work/unpacked/testdata"
tar -xzf "$tarball" -C "$work/unpacked"
# The package embeds every vector in index.js; write each one out as a plain file.
node --input-type=module -e '
const [modulePath, outDir] = process.argv.slice(1);
const fs = await import("node:fs");
const vectors = await import(modulePath);
let count = 0;
for (const [name, bytes] of Object.entries(vectors)) {
    if (name === "default" || !/^[a-z0-9_]+$/.test(name)) continue;
    fs.writeFileSync(`${outDir}/${name}`, bytes);
    count++;
}
if (count === 0) { console.error("no vectors found"); process.exit(1); }
' "$work/unpacked/package/index.js" "$work/unpacked/testdata"
rm -rf "$dest"
mkdir -p "$(dirname "$dest")"
mv "$work/unpacked" "$dest"
touch "$stamp"
echo "fetch-test-vectors: $(ls "$dest/testdata" | wc -l) age vectors in $dest/testdata"

#!/usr/bin/env bash
# `npm run docgen [-- --check]`: API.md, the API reference jsii-docgen generates from the assembly (.jsii:
# run `npm run build` first), the format Construct Hub and projen-built libraries use. With --check
# (part of `npm run test:all`), fails when the committed API.md is not the one the current API gives.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .jsii ] || { echo "no .jsii: run 'npm run build' first" >&2; exit 1; }

if [ "${1:-}" != --check ]; then
  exec node scripts/node22.js jsii-docgen --output API.md
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node scripts/node22.js jsii-docgen --output "$out/API.md"
if ! cmp -s API.md "$out/API.md"; then
  echo "API.md does not describe the current API: run 'npm run docgen' and commit API.md" >&2
  diff -u API.md "$out/API.md" | head -40 >&2 || true
  exit 1
fi
echo 'API.md describes the current API'

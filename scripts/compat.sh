#!/usr/bin/env bash
# `npm run compat`: jsii-diff of the API in .jsii (run `npm run build` first) against a baseline, so that
# a change that would break a user's code in any language fails (see "Versioning" in CONTRIBUTING.md).
#
# The baseline, printed first: COMPAT_BASE (a git revision) if set; else the newest release tag v*
# reachable from the code before this checkout's change (HEAD when lib/ has uncommitted changes, else
# HEAD~1: on a pull request's merge commit, the branch it goes into; on a release tag, the release
# before); else, until there is a release, that code itself.
# Its assembly is compiled from `git archive` of that revision against this checkout's node_modules and
# kept in .cache/compat/<commit>/, so a second run against the same commit takes seconds.
#
# A breaking change is accepted only when package.json's major version is above the baseline release's, or
# when its key (`npm run compat` prints them) is listed in .compatignore with the reason in the commit.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .jsii ] || { echo "no .jsii: run 'npm run build' first" >&2; exit 1; }

if [ -n "${COMPAT_BASE:-}" ]; then
  base=$COMPAT_BASE
else
  before=HEAD~1
  [ -z "$(git status --porcelain -- lib)" ] || before=HEAD
  base=$(git describe --tags --abbrev=0 --match 'v[0-9]*' "$before" 2>/dev/null) || base=$before
fi
if ! commit=$(git rev-parse --verify --quiet "$base^{commit}"); then
  echo "compat: no baseline: '$base' is not a commit of this clone (the first commit, or a shallow clone)" >&2
  exit 1
fi
echo "compat: the API of this checkout against $base ($(git log -1 --format='%h %s' "$commit"))"

baseline=.cache/compat/$commit
if [ ! -f "$baseline/.jsii" ]; then
  src=$(mktemp -d)
  trap 'rm -rf "$src"' EXIT
  git archive "$commit" | tar -x -C "$src"
  ln -s "$PWD/node_modules" "$src/node_modules"
  (cd "$src" && node "$OLDPWD/scripts/node22.js" jsii --silence-warnings=reserved-word >/dev/null)
  mkdir -p "$baseline"
  cp "$src/package.json" "$src/.jsii" "$baseline/"
  ln -sfn "$PWD/node_modules" "$baseline/node_modules"
fi

major() { local v=${1#v}; echo "${v%%.*}"; }
if [[ $base == v[0-9]* ]] && [ "$(major "$(node -p "require('./package.json').version")")" -gt "$(major "$base")" ]; then
  echo "compat: package.json's major version is above $base: breaking changes are expected, listed here"
  node scripts/node22.js jsii-diff --keys "$baseline" . || true
else
  node scripts/node22.js jsii-diff --keys --ignore-file .compatignore "$baseline" .
  echo "compat: no change that breaks the API of $base"
fi

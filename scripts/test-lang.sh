#!/usr/bin/env bash
# `npm run test:lang [-- python java go]`: builds every language package (`npm run package`) and tests
# the Python, Java and Go ones as a user of each language gets them, each against TypeScript twins.
# Packages only the languages named, when any are (`npm run package` builds and runs rosetta if needed).
#
# Each language installs what it needs from its own registry (PyPI, Maven Central, the Go module proxy):
# aws-cdk-lib, constructs and the jsii runtime at pinned versions, plus the package just built. Then the
# TypeScript twins of its apps (test/lang/twins) are synthesized on the very JavaScript that language
# runs, the jsii tarballs of the packages it installed, and its own apps must synthesize to the same
# templates. aws-cdk-lib is pinned to the newest version each registry serves here (PyPI 2.275.0, Maven
# Central 2.272.0, the Go module proxy 2.277.0), all inside the packages' range (package.json's peer
# dependency, ^2.234.0): see README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each language's jsii runtime runs its JavaScript on the `node` on PATH: make that one jsii supports, as
# a Python, Java or Go user needs (see scripts/node22.js); the twins then run on it too.
node_bin=$(node scripts/node22.js --bin-dir)
[ -z "$node_bin" ] || export PATH="$node_bin:$PATH"

mvn=(mvn -B --no-transfer-progress -Dstyle.color=never)
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(python java go)

source scripts/timed-steps.sh

# The TypeScript twins of `twin_modules`, for language $1, on the jsii tarballs given after it.
twins() {
  local lang=$1 tarballs=$work/$1/tarballs
  shift
  mkdir -p "$tarballs"
  cp "$@" "$tarballs/"
  node test/lang/twins/run.js --tarballs "$tarballs" --out "$work/$lang/twins" "${twin_modules[@]}"
}

python_install() {
  local venv=test/lang/python/.venv
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r test/lang/python/requirements.txt
  # The wheel of this run, never one installed by an earlier run under the same version; its dependencies
  # are resolved as a user's `pip install` resolves them, and must leave a consistent environment.
  "$venv/bin/pip" uninstall -q -y cdk-stepfunctions-tasks 2>/dev/null || true
  "$venv/bin/pip" install -q dist/python/*.whl
  "$venv/bin/pip" check
}
python_twins() {
  twin_modules=(examples api-shapes readme readme-examples)
  mapfile -t tgz < <(find test/lang/python/.venv -path '*/_jsii/*.tgz')
  twins python "${tgz[@]}"
}
python_test() {
  (cd test/lang/python && TWINS_DIR="$work/python/twins" .venv/bin/python -m pytest)
}

java_install() {
  # The jar of this run, never one Maven cached from an earlier run under the same version.
  local repo
  repo=$("${mvn[@]}" -q -f test/lang/java/pom.xml help:evaluate -Dexpression=settings.localRepository -DforceStdout |
    sed 's/\x1b\[[0-9;]*m//g')
  [ -d "$repo" ] || { echo "no Maven local repository at '$repo'" >&2; return 1; }
  rm -rf "$repo/io/github/cdkstepfunctionstasks"
  "${mvn[@]}" -q -f test/lang/java/pom.xml test-compile dependency:build-classpath \
    -Dmdep.outputFile="$work/java/classpath.txt"
}
java_twins() {
  twin_modules=(workflow readme)
  mkdir -p "$work/java/jars"
  local jar
  tr ':' '\n' < "$work/java/classpath.txt" | while read -r jar; do
    unzip -qq -o -j "$jar" '*.jsii.tgz' -d "$work/java/jars" 2>/dev/null || true
  done
  twins java "$work"/java/jars/*.tgz
}
java_test() {
  "${mvn[@]}" -f test/lang/java/pom.xml surefire:test -Dtwins.dir="$work/java/twins"
}

go_install() {
  # downloads and compiles everything the tests need (aws-cdk-go is large: most of the Go time is here)
  (cd test/lang/go && go build ./... && go test -c -o "$work/go/langtest.test" .)
}
go_twins() {
  twin_modules=(workflow readme)
  # the modules of the packages the tests compile, each with its jsii tarball under jsii/
  mapfile -t tgz < <(cd test/lang/go && go list -deps -test -f '{{with .Module}}{{.Dir}}{{end}}' ./... |
    sort -u | while read -r dir; do find "$dir" -maxdepth 2 -path '*/jsii/*.tgz'; done)
  twins go "${tgz[@]}"
}
go_test() {
  (cd test/lang/go && TWINS_DIR="$work/go/twins" go test -count=1 -v .)
}

# TEST_LANG_NO_PACKAGE=1 tests the packages already in dist/ (when iterating on the tests themselves).
[ "${TEST_LANG_NO_PACKAGE:-}" = 1 ] || timed "package: npm run package -- $*" bash scripts/package.sh "$@"
for lang in "${languages[@]}"; do
  timed "$lang: install from the registry" "${lang}_install"
  timed "$lang: TypeScript twins" "${lang}_twins"
  timed "$lang: tests" "${lang}_test"
done

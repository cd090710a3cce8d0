#!/usr/bin/env bash
# `npm run test:cdk-range [-- VERSION...]`: the library on the other aws-cdk-lib versions it supports.
# By default the two ends of the range, read from package.json's `awsCdkLibRange`: `minimum` (the lowest
# version the library runs on; peerDependencies must say `^minimum`) and `newest` (a version or an npm
# dist-tag, `latest` by default: the newest aws-cdk-lib the registry serves today). Needs `npm run build`
# first (it checks the built .d.ts and .warnings.jsii.js).
#
# For each version: installs that aws-cdk-lib from npm into .cache/aws-cdk-lib/<version>/ (once), then
#   1. compiles a TypeScript user of the built package's .d.ts against it (strict, skipLibCheck off),
#   2. runs, against it, the unit tests that compare with aws-cdk-lib (jest.cdk-range.config.js maps
#      every `aws-cdk-lib` import there): the reference checks (`matches aws-cdk-lib`), the differential
#      fuzzing campaign with FUZZ_CASES cases per class (default 10 here, 100 in `npm run test:shipped`), and the
#      tests of the aws-cdk-lib internals the library leans on (`installed aws-cdk-lib`), and
#   3. installs the packed tarball (`npm pack` of the build) with a plain `npm install` in a fresh ES module
#      app and a fresh CommonJS app naming that aws-cdk-lib, and compiles and synthesizes every README
#      example in each (scripts/fresh-apps.js).
# On the installed devDependency, which `npm run test:shipped` covers, only step 3 runs.
# Where that version's own tasks module renders something else than 2.276.0's, test/cdk-range.ts lists
# the difference, and the tests expect exactly it.
set -euo pipefail
cd "$(dirname "$0")/.."
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="${JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION:-20}"

range() { node -p "require('./package.json').awsCdkLibRange.$1"; }
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=("$(range minimum)" "$(range newest)")
[ -f .warnings.jsii.js ] && [ -f lib/index.d.ts ] || { echo "no build output: run 'npm run build' first" >&2; exit 1; }

source scripts/timed-steps.sh

# aws-cdk-lib $1 (an exact version) under .cache/aws-cdk-lib/$1, with its own dependencies but not its peer
# `constructs`: the tests resolve that to the one package.json installs.
install() {
  local dir=.cache/aws-cdk-lib/$1
  [ -f "$dir/node_modules/aws-cdk-lib/package.json" ] && return
  rm -rf "$dir" && mkdir -p "$dir"
  echo '{ "private": true }' > "$dir/package.json"
  (cd "$dir" && npm install --no-save --no-package-lock --legacy-peer-deps --ignore-scripts --no-audit --no-fund "aws-cdk-lib@$1")
}

# A TypeScript user of the built package: its .d.ts files, aws-cdk-lib $1 and constructs in node_modules,
# and a file that uses every export.
typecheck() {
  local user=$work/user-$1
  mkdir -p "$user/node_modules/cdk-stepfunctions-tasks" "$user/node_modules/@types"
  (find lib -name '*.d.ts' -print0 | xargs -0 cp --parents -t "$user/node_modules/cdk-stepfunctions-tasks")
  cp package.json "$user/node_modules/cdk-stepfunctions-tasks/"
  ln -s "$PWD/.cache/aws-cdk-lib/$1/node_modules/aws-cdk-lib" "$user/node_modules/aws-cdk-lib"
  ln -s "$PWD/node_modules/constructs" "$user/node_modules/constructs"
  ln -s "$PWD/node_modules/@types/node" "$user/node_modules/@types/node"
  cat > "$user/user.ts" <<'EOF'
import * as tasks from 'cdk-stepfunctions-tasks';
export const everyExport: typeof tasks = tasks;
EOF
  cat > "$user/tsconfig.json" <<'EOF'
{
  "compilerOptions": { "strict": true, "noEmit": true, "skipLibCheck": false, "module": "commonjs", "moduleResolution": "node", "target": "es2022", "types": ["node"] },
  "files": ["user.ts"]
}
EOF
  node_modules/.bin/tsc -p "$user"
}

# The tests that compare with aws-cdk-lib or exercise its internals, by the names of their blocks, and only
# the files that hold such blocks (loading the others would cost time for nothing).
RANGE_TESTS='match(es)? aws-cdk-lib|aws-cdk-lib differs|differential fuzzing|installed aws-cdk-lib'
unit() {
  local files
  mapfile -t files < <(grep -rlE "$RANGE_TESTS|describeFuzzShard" test --include='*.test.ts' | sort)
  AWS_CDK_LIB_DIR=".cache/aws-cdk-lib/$1" FUZZ_CASES="${FUZZ_CASES:-10}" npx jest --ci --config jest.cdk-range.config.js \
    --testNamePattern "$RANGE_TESTS" "${files[@]}"
}

# The package as npm packs it (the build is done; packing must not run it again).
tarball=
pack() {
  tarball=$work/$(npm pack --ignore-scripts --silent --pack-destination "$work" | tail -n 1)
}

for spec in "${specs[@]}"; do
  version=$(npm view "aws-cdk-lib@$spec" version)
  [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "'$spec' names no single aws-cdk-lib version ($version)" >&2; exit 1; }
  if [ "$version" = "$(node -p "require('aws-cdk-lib/package.json').version")" ]; then
    printf '\n== aws-cdk-lib %s (%s) is the installed devDependency: npm run test:shipped covers steps 1 and 2\n' "$version" "$spec"
  else
    timed "aws-cdk-lib $version ($spec): install" install "$version"
    timed "aws-cdk-lib $version: the built .d.ts compile against it" typecheck "$version"
    timed "aws-cdk-lib $version: reference checks, fuzzing and internals" unit "$version"
  fi
  [ -n "$tarball" ] || timed "npm pack" pack
  timed "aws-cdk-lib $version: the packed tarball in fresh ES module and CommonJS apps, every README example" \
    node scripts/fresh-apps.js "$version" "$tarball"
done

#!/usr/bin/env bash
# `npm run package [-- LANGUAGE...]`: the language packages of the library, under dist/, from the
# compiled assembly (.jsii) and the README examples translated by `npm run rosetta` (.jsii.tabl.json),
# which become the examples of each language's API docs. LANGUAGE is js, python, java, go or dotnet
# (default: all five); each needs only its own toolchain (python: Python 3 with pip; java: a JDK and
# Maven; go, dotnet: nothing, or the .NET SDK to build the NuGet package). Runs `npm run build` when there
# is no .jsii and `npm run rosetta` when the tablet is missing or older than .jsii.
#
#   dist/js      the npm tarball                     (jsii-pacmak, built)
#   dist/python  the wheel and the sdist             (jsii-pacmak, built)
#   dist/java    a Maven repository holding the jar  (sources by jsii-pacmak, jar built here: see below)
#   dist/go      the Go module, as source            (jsii-pacmak --code-only: Go modules ship as source)
#   dist/dotnet  the NuGet package where the .NET SDK is installed (jsii-pacmak), else the C# project as
#                source (jsii-pacmak --code-only)
#
# Why Java and Go are not left to jsii-pacmak's own build: the Go module needs no build to be published,
# and the Go test (test/lang/go) compiles it against the newest aws-cdk-go the module proxy serves. The
# jar is compiled here against the aws-cdk-lib jar the Java test uses (the newest Maven Central serves),
# so the jar is built and tested on one version, and published to dist/java with the pom jsii-pacmak
# generated, so the jar's declared dependencies stay those of package.json ([2.234.0,3.0.0)).
set -euo pipefail
cd "$(dirname "$0")/.."

all=(js python java go dotnet)
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=("${all[@]}")
for lang in "${languages[@]}"; do
  [[ " ${all[*]} " == *" $lang "* ]] || { echo "unknown language '$lang' (one of: ${all[*]})" >&2; exit 1; }
done

step() { printf '\n== %s\n' "$*"; }
timed() { local start=$SECONDS; "$@"; printf -- '-- %ss: %s\n' "$((SECONDS - start))" "$*"; }

[ -f .jsii ] || timed npm run build
[ .jsii.tabl.json -nt .jsii ] || timed npm run rosetta

# jsii-pacmak on a Node.js that jsii supports (see scripts/node22.js); it packs the npm tarball with
# `npm pack`, whose prepack would build again: the build is done.
node_bin=$(node scripts/node22.js --bin-dir)
[ -z "$node_bin" ] || export PATH="$node_bin:$PATH"
export npm_config_ignore_scripts=true

# Every example of the docs must come from the tablet: an example rosetta did not translate fails here
# rather than reach a Python or Java user as TypeScript.
pacmak=(npx jsii-pacmak --no-npmignore --force --rosetta-tablet .jsii.tabl.json --rosetta-unknown-snippets fail)

package_java() {
  local java_src cdk_java version artifact
  java_src=$(mktemp -d)
  timed "${pacmak[@]}" --targets java --code-only --outdir "$java_src"

  # The aws-cdk-lib version the jar is compiled against: the one the Java test uses.
  cdk_java=$(sed -n 's:.*<aws-cdk-lib.version>\(.*\)</aws-cdk-lib.version>.*:\1:p' test/lang/java/pom.xml)
  echo "compiling the jar against aws-cdk-lib $cdk_java"
  (
    cd "$java_src/java"
    # A copy of the generated pom that pins aws-cdk-lib for compiling; the published pom is the original.
    perl -0pe "s#(<artifactId>aws-cdk-lib</artifactId>\\s*<version>)[^<]*#\${1}$cdk_java#" pom.xml > pom.build.xml
    grep -q "<version>$cdk_java</version>" pom.build.xml
    timed mvn -B -q -Dstyle.color=never -f pom.build.xml package
  )
  version=$(node -p "require('./package.json').version")
  artifact=$(node -p "require('./package.json').jsii.targets.java.maven.artifactId")
  timed mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-deploy-plugin:3.1.4:deploy-file \
    -Durl="file://$PWD/dist/java" -DrepositoryId=local \
    -DpomFile="$java_src/java/pom.xml" \
    -Dfile="$java_src/java/target/$artifact-$version.jar" \
    -Dsources="$java_src/java/target/$artifact-$version-sources.jar" \
    -Djavadoc="$java_src/java/target/$artifact-$version-javadoc.jar"
  rm -rf "$java_src"
}

# One jsii-pacmak run for the packages it builds, one for those it only generates (each run loads the
# assembly and packs the npm tarball again), and the Java steps.
built=() generated=() java=
for lang in "${languages[@]}"; do
  rm -rf "dist/$lang"
  case $lang in
    js | python) built+=("$lang") ;;
    go) generated+=(go) ;;
    dotnet) if command -v dotnet >/dev/null; then built+=(dotnet); else generated+=(dotnet); fi ;;
    java) java=1 ;;
  esac
done
if [ ${#built[@]} -gt 0 ]; then
  step "${built[*]}"
  timed "${pacmak[@]}" --targets "${built[@]}"
fi
if [ ${#generated[@]} -gt 0 ]; then
  step "${generated[*]} (source only)"
  timed "${pacmak[@]}" --targets "${generated[@]}" --code-only
fi
if [ -n "$java" ]; then
  step java
  package_java
fi

step 'dist/'
find dist -maxdepth 1 -mindepth 1 | sort | while read -r d; do printf '%-12s %s\n' "$d" "$(du -sh "$d" | cut -f1)"; done

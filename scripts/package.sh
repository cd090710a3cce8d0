#!/usr/bin/env bash
# `npm run package`: every language package of the library, under dist/, from the compiled assembly
# (.jsii, so run `npm run build` first) and the README examples translated by `npm run rosetta`
# (.jsii.tabl.json), which become the examples of each language's API docs.
#
#   dist/js      the npm tarball                     (jsii-pacmak, built)
#   dist/python  the wheel and the sdist             (jsii-pacmak, built)
#   dist/java    a Maven repository holding the jar  (sources by jsii-pacmak, jar built here: see below)
#   dist/go      the Go module, as source            (jsii-pacmak --code-only: Go modules ship as source)
#   dist/dotnet  the C# project, as source           (jsii-pacmak --code-only: no .NET SDK here)
#
# Why Java and Go are not left to jsii-pacmak's own build: it compiles each against aws-cdk-lib at the
# version package.json declares (^2.276.0), which Maven Central and the Go module proxy reachable here
# do not serve yet (npm does). The Go module needs no build to be published; the Go test
# (test/lang/go) compiles it against the newest aws-cdk-go there is. The jar is compiled here against
# the newest aws-cdk-lib jar there is (the version the Java test pins), and published to dist/java
# with the pom jsii-pacmak generated, so the jar's declared dependencies stay those of package.json.
set -euo pipefail
cd "$(dirname "$0")/.."
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="${JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION:-20}"

step() { printf '\n== %s\n' "$*"; }
timed() { local start=$SECONDS; "$@"; printf -- '-- %ss: %s\n' "$((SECONDS - start))" "$*"; }

[ -f .jsii ] || { echo "no .jsii: run 'npm run build' first" >&2; exit 1; }
[ .jsii.tabl.json -nt .jsii ] || { echo ".jsii.tabl.json is missing or older than .jsii: run 'npm run rosetta' first" >&2; exit 1; }

# Every example of the docs must come from the tablet: an example rosetta did not translate fails here
# rather than reach a Python or Java user as TypeScript.
pacmak=(npx jsii-pacmak --no-npmignore --force --rosetta-tablet .jsii.tabl.json --rosetta-unknown-snippets fail)
rm -rf dist

step 'npm tarball and Python wheel'
timed "${pacmak[@]}" --targets js python

step 'Go module and .NET project (source only)'
timed "${pacmak[@]}" --targets go dotnet --code-only

step 'Java sources'
java_src=$(mktemp -d)
trap 'rm -rf "$java_src"' EXIT
timed "${pacmak[@]}" --targets java --code-only --outdir "$java_src"

# The aws-cdk-lib version the jar is compiled against: the one the Java test uses.
cdk_java=$(sed -n 's:.*<aws-cdk-lib.version>\(.*\)</aws-cdk-lib.version>.*:\1:p' test/lang/java/pom.xml)
step "Java jar, compiled against aws-cdk-lib $cdk_java"
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

step 'dist/'
find dist -maxdepth 1 -mindepth 1 | sort | while read -r d; do printf '%-12s %s\n' "$d" "$(du -sh "$d" | cut -f1)"; done

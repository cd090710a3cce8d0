# Sourced by the test scripts that run several timed steps (test-lang.sh, test-cdk-range.sh): a scratch
# folder `$work`, removed on exit, and `timed LABEL COMMAND...`, whose durations are printed at the end
# even when a step fails.
work=$(mktemp -d)
timings=()
finish() {
  printf '\n== timings\n'
  [ ${#timings[@]} -eq 0 ] || printf '%s\n' "${timings[@]}"
  rm -rf "$work"
}
trap finish EXIT
timed() {
  local label=$1 start=$SECONDS
  shift
  printf '\n== %s\n' "$label"
  "$@"
  timings+=("$(printf '%5ss  %s' "$((SECONDS - start))" "$label")")
}

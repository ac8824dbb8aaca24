# shellcheck shell=bash disable=SC2154 # out, out_prefix, show_output: set by the sourcing script
# The check helpers guest-suite.sh and shared-guest.sh source: every check prints one line,
# "PASS name (seconds)", "FAIL name (seconds): why" or "SKIP name (seconds): why", which the
# host compares with the names it expects. The sourcing script sets:
#   out             the results directory; a check's command output goes to
#   out_prefix      "$out/${out_prefix}NAME.out" (empty, or "owner-" ...)
#   show_output     "always" to print every command's output under its line, else only a
#                   failed one's
# and reads $failures at the end.
failures=0
# Each line says how long its check took (under TCG, for finding where the time goes).
started=$(date +%s.%N)
took() {
  local now
  now=$(date +%s.%N)
  took=$(awk -v now="$now" -v then="$started" 'BEGIN { printf "%.1f s", now - then }')
  started=$now
}
pass() {
  took
  echo "PASS $1 ($took)"
}
fail() {
  took
  echo "FAIL $1 ($took): $2"
  failures=$((failures + 1))
}
# skip NAME WHY: a check whose subject this guest lacks; the host accepts it only for names
# expected-checks.txt marks "may-skip".
skip() {
  took
  echo "SKIP $1 ($took): $2"
}
# expect NAME STATUS CMD...: runs CMD, its output in OUTDIR/PREFIX-NAME.out, and wants exit
# STATUS.
expect() {
  local name="$1" want="$2" got file="$out/${out_prefix:-}$1.out"
  shift 2
  "$@" >"$file" 2>&1
  got=$?
  if [ "$got" -eq "$want" ]; then
    pass "$name"
    [ "${show_output:-}" != always ] || sed 's/^/    /' "$file" | head -12
  else
    fail "$name" "exit $got, expected $want; output:"
    sed 's/^/    /' "$file" | head -20
  fi
}
# json_check NAME FILE PYTHON: PYTHON is an expression over d (the JSON in FILE) that must hold.
json_check() {
  local name="$1" file="$2" expr="$3" why
  if why="$(python3 - "$file" "$expr" 2>&1 <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
expr = " ".join(sys.argv[2].split())  # one line: the checks are written over several
ok = eval("(" + expr + ")")
print("holds" if ok else "does not hold: " + expr)
sys.exit(0 if ok else 1)
PY
  )"; then
    pass "$name"
  else
    fail "$name" "$why"
  fi
}

#!/usr/bin/env bash
# The two-guest test: two guests whose NVDIMM is the same host file (share=on), so their
# /dev/dax0.0 is one memory. They take turns through flag files in the shared results dir.
#   shared-guest.sh owner|client FAMSCOPE OUTDIR [WATCH_PROBE]
# owner:  makes the devdax namespace and the file system, creates files, then (once the
#         client's window watches) makes a directory.
# client: re-reads the namespace the owner made, lists and verifies the files, is refused a
#         write (famfs's role rule: not the owner host), and its window's live watch must show
#         the owner's new directory.
# Lines "PASS name (seconds)" / "FAIL name (seconds): why" as in guest-suite.sh (checks.sh).
set -u
role="$1" famscope="$2" out="$3" probe="${4:-}"
cd "$out" || exit 1
out_prefix="$role-" show_output=always
# shellcheck source=tests/devdax/checks.sh
. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
# wait_for FLAG SECONDS: the other guest's flag file.
wait_for() {
  local i
  for ((i = 0; i < $2; i++)); do
    [ -e "$out/$1" ] && return 0
    sleep 1
  done
  fail "wait-$1" "the other guest did not get there within $2 s"
  echo "$failures checks failed"
  exit 1
}
dev=/dev/dax0.0
echo "$role: guest kernel $(uname -r)"
# Each host has its own famfs system UUID; the owner's is recorded by mkfs.
uuid=(--system-uuid-file "/tmp/system_uuid-$role")

case "$role" in
  owner)
    expect namespace 0 ndctl create-namespace -f -e namespace0.0 --mode=devdax --align=2M
    expect mkfs 0 "$famscope" mkfs --devdax "${uuid[@]}" --no-backup "$dev"
    w=("${uuid[@]}" --no-backup)
    expect mkdir 0 "$famscope" mkdir "${w[@]}" "$dev" /shared
    expect creat-simple 0 "$famscope" creat "${w[@]}" -s 24M -S 31 "$dev" /shared/simple
    expect creat-interleaved 0 "$famscope" creat "${w[@]}" -s 40M -S 32 -N 2 -B 3 -C 4M \
      "$dev" /shared/striped
    touch "$out/owner-made-files"
    wait_for client-watching 600
    expect mkdir-while-watched 0 "$famscope" mkdir "${w[@]}" "$dev" /from-owner
    wait_for client-done 600
    ;;
  client)
    wait_for owner-made-files 900
    # The namespace was raw when this guest booted; probing it again finds the owner's
    # devdax info block.
    ndctl disable-namespace all >/dev/null 2>&1
    ndctl enable-namespace all >/dev/null 2>&1
    expect sees-devdax 0 test -c "$dev"
    expect ls 0 "$famscope" ls -l "$dev" /shared
    expect verify-simple 0 "$famscope" verify "$dev" /shared/simple -S 31
    expect verify-interleaved 0 "$famscope" verify "$dev" /shared/striped -S 32
    expect fsck-clean 0 "$famscope" fsck "$dev"
    cat /proc/sys/kernel/random/uuid >"/tmp/system_uuid-$role" # a host of its own
    expect write-refused 7 "$famscope" mkdir "${uuid[@]}" --no-backup "$dev" /from-client
    mkdir -m 0700 /tmp/runtime # Qt wants a private XDG_RUNTIME_DIR
    XDG_RUNTIME_DIR=/tmp/runtime expect live-watch 0 "$probe" "$dev" /from-owner "$out/client-watching" 300
    touch "$out/client-done"
    ;;
esac
echo "$failures checks failed"
[ "$failures" -eq 0 ]

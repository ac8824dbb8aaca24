#!/usr/bin/env bash
# The single-guest devdax suite; runs inside the guest that run-vm.sh starts with four
# NVDIMMs (see .ci/devdax), made into: 4 GiB -> devdax align 2M, the famfs file system;
# 2 GiB -> devdax align 1G (its info block takes the first 1 GiB, so the device is 1 GiB); 64 MiB -> devdax align 2M, too small for a 64 MiB log; 64 MiB -> fsdax.
# Every check prints "PASS name" or "FAIL name: why"; the host compares the names with the
# ones it expects, so a check that did not run is a failure too.
#   guest-suite.sh FAMSCOPE OUTDIR
set -u
famscope="$1" out="$2"
cd "$out" || exit 1
# shellcheck source=tests/devdax/checks.sh
. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

echo "guest kernel $(uname -r), $(nproc) CPUs"
# The kernel numbers the regions in its own order: tell them apart by size.
ndctl list -R >"$out/regions.json"
read -r big gig small1 small2 < <(python3 -c '
import json, sys
regions = sorted(json.load(open(sys.argv[1])), key=lambda r: -r["size"])
print(" ".join(r["dev"].replace("region", "namespace") + ".0" for r in regions))' "$out/regions.json")
# make_namespace CHECK NAMESPACE MODE ALIGN SIZE VAR: VAR is set to the device made.
make_namespace() {
  expect "$1" 0 ndctl create-namespace -f -e "$2" --mode="$3" --align="$4" ${5:+--size=$5}
  local made
  made="$(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(d["daxregion"]["devices"][0]["chardev"] if "daxregion" in d else d["blockdev"])' \
    "$out/$1.out" 2>/dev/null)"
  printf -v "$6" '/dev/%s' "${made:-none}"
}
make_namespace namespace-4g-devdax-2m "$big" devdax 2M "" dev
make_namespace namespace-2g-devdax-1g "$gig" devdax 1G "" dev1g
make_namespace namespace-64m-devdax-2m "$small1" devdax 2M "" small
make_namespace namespace-64m-fsdax "$small2" fsdax 2M "" pmem
# shellcheck disable=SC2154 # dev, dev1g, small, pmem: set by make_namespace (printf -v)
echo "devices: famfs $dev, 1 GiB-aligned $dev1g, small $small, fsdax $pmem"
uuid_file=/tmp/system_uuid # the host root is read-only in the guest
sys_uuid=(--system-uuid-file "$uuid_file")

# Discovery: famscope devices against daxctl list, device by device.
expect devices-json 0 "$famscope" devices --json
daxctl list -D >"$out/daxctl-list.json" 2>&1
json_check devices-match-daxctl devices-json.out "
sorted((x['path'], x['size'], x['alignment'], x['numa_node'], x['mode'])
       for r in d['regions'] for x in r['devices'])
== sorted(('/dev/' + x['chardev'], x['size'], x['align'], max(x.get('numa_node', x['target_node']), 0), x['mode'])
          for x in json.load(open('daxctl-list.json')))"
json_check devices-no-famfs-yet devices-json.out \
  "not any(x['famfs_superblock'] for r in d['regions'] for x in r['devices'])"

# A device with no famfs on it.
expect info-no-famfs 3 "$famscope" info "$dev"

# mkfs with its guard, then the namespace.
expect mkfs-without-devdax-flag 7 "$famscope" mkfs "${sys_uuid[@]}" --no-backup "$dev"
expect mkfs 0 "$famscope" mkfs --devdax "${sys_uuid[@]}" --backup "$out/mkfs.bak" "$dev"
expect mkfs-again-refused 7 "$famscope" mkfs --devdax "${sys_uuid[@]}" --no-backup "$dev"
expect devices-after-mkfs 0 "$famscope" devices --json
json_check devices-famfs-on-device devices-after-mkfs.out \
  "[x['path'] for r in d['regions'] for x in r['devices'] if x['famfs_superblock']] == ['$dev']"
w=("${sys_uuid[@]}" --no-backup)
expect mkdir 0 "$famscope" mkdir "${w[@]}" -p "$dev" /dir/sub
expect creat-simple 0 "$famscope" creat "${w[@]}" -s 64M -S 11 "$dev" /dir/simple
expect creat-interleaved 0 "$famscope" creat "${w[@]}" -s 40M -S 12 -N 2 -B 3 -C 4M \
  --placement-seed 1 "$dev" /dir/striped
head -c 3000000 /usr/bin/python3 >/tmp/host-file
expect cp 0 "$famscope" cp "${w[@]}" "$dev" /tmp/host-file /dir/sub/host-file
expect info 0 "$famscope" info --json "$dev"
json_check info-namespace info.out \
  "sorted(f['path'] for f in d['files']) == ['dir/simple', 'dir/striped', 'dir/sub/host-file']
   and d['target']['kind'] == 'devdax' and d['superblock']['crc_valid']"
expect log 0 "$famscope" log "$dev"
expect ls 0 "$famscope" ls -l "$dev" /dir
expect getmap-simple 0 "$famscope" getmap --json "$dev" /dir/simple
json_check getmap-simple-extent getmap-simple.out "d['ext_type'] == 'simple' and d['size'] == 64 << 20"
expect getmap-interleaved 0 "$famscope" getmap --json "$dev" /dir/striped
json_check getmap-interleaved-strips getmap-interleaved.out \
  "d['ext_type'] == 'interleave' and d['interleave']['nstrips'] == 2"
expect resolve 0 "$famscope" resolve "$dev" /dir/striped 5M 4M
expect resolve-unmapped 6 "$famscope" resolve "$dev" /dir/simple 64M
expect fsck-clean 0 "$famscope" fsck "$dev"
expect verify-simple 0 "$famscope" verify "$dev" /dir/simple -S 11
expect verify-interleaved 0 "$famscope" verify "$dev" /dir/striped -S 12
expect verify-wrong-seed 9 "$famscope" verify "$dev" /dir/simple -S 12
if cmp -s <("$famscope" getmap --json "$dev" /dir/sub/host-file | python3 -c '
import json, mmap, os, sys
m = json.load(sys.stdin)
fd = os.open(sys.argv[1], os.O_RDONLY)
e = m["extents"][0]  # devdax: mmap only, offset and length 2 MiB-aligned like the extent
mm = mmap.mmap(fd, e["len"], mmap.MAP_SHARED, mmap.PROT_READ, offset=e["offset"])
sys.stdout.buffer.write(mm[:m["size"]])' "$dev") /tmp/host-file; then
  pass cp-data-on-device
else
  fail cp-data-on-device "the copied file's bytes on the device differ from the source"
fi

# Backup and restore: a mkdir after the backup is gone once the backup is put back.
expect backup-before-mkdir 0 "$famscope" mkdir "${sys_uuid[@]}" --backup "$out/before-later.bak" \
  "$dev" /later
expect restore 0 "$famscope" restore "$out/before-later.bak" "$dev"
expect ls-after-restore 6 "$famscope" ls "$dev" /later
expect verify-after-restore 0 "$famscope" verify "$dev" /dir/simple -S 11

# Page sizes of faults on the device, on the 1 GiB-aligned device and through the resolver.
bench=(bench --reps 9 --warmups 1 --json)
expect bench-device-2m 0 "$famscope" "${bench[@]}" --size 64M --offset 1G "$dev"
json_check bench-device-2m-pages bench-device-2m.out "
d['results'][0]['obtained_page_size'] == 2 << 20 and not d['results'][0]['flagged']
and d['results'][0]['series'][0]['faults']['median'] == 32"
expect bench-device-1g 0 "$famscope" "${bench[@]}" --size 1G "$dev1g"
json_check bench-device-1g-pages bench-device-1g.out "
d['results'][0]['obtained_page_size'] == 1 << 30 and not d['results'][0]['flagged']
and d['results'][0]['series'][0]['faults']['median'] == 1"
expect bench-famfs-file 0 "$famscope" "${bench[@]}" "famfs:$dev:/dir/simple"
json_check bench-famfs-file-pages bench-famfs-file.out "
d['results'][0]['obtained_page_size'] == 2 << 20 and not d['results'][0]['flagged']
and d['results'][0]['series'][0]['faults']['median'] == 32"
# The proof that each fault mapped a whole page: touch every 4 KiB and count the faults.
# famscope marks these runs "4k->2m" / "4k->1g", the page size the device gave instead.
expect bench-device-2m-4k-stride 0 "$famscope" "${bench[@]}" --page-size 4k --size 64M \
  --offset 1G "$dev"
json_check bench-device-2m-4k-stride-faults bench-device-2m-4k-stride.out "
d['results'][0]['label'] == '4k->2m' and d['results'][0]['series'][0]['pages'] == 16384
and d['results'][0]['series'][0]['faults']['max'] == 32"
expect bench-device-1g-4k-stride 0 "$famscope" "${bench[@]}" --page-size 4k --size 1G "$dev1g"
json_check bench-device-1g-4k-stride-faults bench-device-1g-4k-stride.out "
d['results'][0]['label'] == '4k->1g' and d['results'][0]['series'][0]['pages'] == 262144
and d['results'][0]['series'][0]['faults']['max'] == 1"
for b in bench-device-2m bench-device-1g bench-famfs-file bench-device-2m-4k-stride \
  bench-device-1g-4k-stride; do
  python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    s = r["series"][0]
    print("  %s: asked %s, got %s, %d pages, faults median %d, smaps KernelPageSize %d, Rss %d" % (
        sys.argv[1][:-4], r["requested_page_size_name"], r["label"], s["pages"],
        s["faults"]["median"], s["page_check"]["kernel_page_size"], s["page_check"]["rss"]))
' "$b.out"
done

# The GUI, offscreen, on the device.
for view in namespace heatmap; do
  expect "screenshot-$view" 0 "$famscope" --screenshot "$out/devdax-$view.png" --size 1200x800 \
    --view "$view" "$dev"
  if [ -s "$out/devdax-$view.png" ]; then pass "screenshot-$view-file"; else fail "screenshot-$view-file" "no PNG"; fi
done

# Bad input: fsdax (a block device, not devdax: 2, as for any target that is not a regular
# file or devdax device), too small for the log asked for (7); no famfs is info-no-famfs above.
expect info-fsdax-device 2 "$famscope" info "$pmem"
expect mkfs-fsdax-device 2 "$famscope" mkfs --devdax "${w[@]}" "$pmem"
expect mkfs-too-small-for-log 7 "$famscope" mkfs --devdax "${w[@]}" -l 64M "$small"

# A device in system-ram mode: the 1 GiB device, its benchmarks done, handed to the kmem driver
# (memory blocks added, not onlined). Its /dev node no longer opens (ENXIO); famscope says which
# mode it is in (2, as for any target that cannot be opened) and devices lists it as system-ram.
ram="${dev1g#/dev/}"
ram_checks=(system-ram-reconfigure devices-system-ram devices-system-ram-mode
  info-system-ram-device info-system-ram-says-mode mkfs-system-ram-device)
if [ ! -d /sys/bus/dax/drivers/kmem ]; then
  for c in "${ram_checks[@]}"; do
    skip "$c" "the guest kernel has no kmem driver (no /sys/bus/dax/drivers/kmem)"
  done
else
  expect system-ram-reconfigure 0 daxctl reconfigure-device --mode=system-ram --no-online "$ram"
  expect devices-system-ram 0 "$famscope" devices --json
  json_check devices-system-ram-mode devices-system-ram.out "
  [(x['mode'], x['driver']) for r in d['regions'] for x in r['devices'] if x['name'] == '$ram']
  == [('system-ram', 'kmem')]"
  expect info-system-ram-device 2 "$famscope" info "$dev1g"
  if grep -q "$ram is in system-ram mode (driver kmem)" info-system-ram-device.out; then
    pass info-system-ram-says-mode
  else
    fail info-system-ram-says-mode "the error does not name the mode: $(head -1 info-system-ram-device.out)"
  fi
  expect mkfs-system-ram-device 2 "$famscope" mkfs --devdax "${w[@]}" "$dev1g"
fi

# The media test suite's devdax rows (mapping, flush, bounds, read-only, write-then-read) on
# a real device: the 64 MiB one, which holds nothing after the check above refused it. Only
# those rows: the image rows need a writable mapping of a file, which the 9p share here
# cannot give (EINVAL); they run on the host.
tests="$(dirname "$famscope")/../tests"
mapfile -t rows < <("$tests/core_tst_media" -datatags | awk '$3 == "devdax" { print $2 ":devdax" }')
expect media-suite-on-devdax 0 env FAMSCOPE_TEST_DAX="$small" QT_QPA_PLATFORM=offscreen \
  "$tests/core_tst_media" "${rows[@]}"
if [ "${#rows[@]}" -lt 8 ] || grep -q '^SKIP' "$out/media-suite-on-devdax.out" ||
  [ "$(grep -c '^PASS .*(devdax)' "$out/media-suite-on-devdax.out")" -ne "${#rows[@]}" ]; then
  fail media-suite-devdax-rows-ran "expected ${#rows[@]} (at least 8) devdax rows to pass on $small:"
  grep '^SKIP\|^FAIL' "$out/media-suite-on-devdax.out" | sed 's/^/    /'
else
  pass media-suite-devdax-rows-ran
fi

echo "$failures checks failed"
[ "$failures" -eq 0 ]

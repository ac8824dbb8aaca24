#!/usr/bin/env bash
# Boots Debian's own kernel in QEMU with emulated NVDIMM memory, runs one script inside the
# guest and returns its output and exit status. The host's root is shared read-only over 9p
# and the script runs chrooted into it, so the famscope build and its Qt libraries run
# unchanged; the script's directory tree (OUT) is shared writable at the same path.
#
#   run-vm.sh [--work DIR] [--out DIR] [--nvdimm FILE:SIZE]... [--mem SIZE] [--timeout S]
#             [--name NAME] SCRIPT [ARGS...]
#
# --work   cache for the kernel package, its unpacked tree and the initramfs (build tree)
# --out    writable directory shared into the guest at the same path (default: SCRIPT's dir)
# --nvdimm one emulated NVDIMM backed by FILE (created sparse if missing, share=on so that
#          two guests given the same FILE share that memory); repeatable
# Emulates the guest (TCG); DEVDAX_ACCEL=kvm tries KVM first, falling back to TCG.
# Exit status: the script's, or 125 when the guest did not start, crashed or timed out.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="" out="" mem="1G" timeout=900 name="guest"
nvdimms=()
while [ $# -gt 0 ]; do
  case "$1" in
    --work) work="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --nvdimm) nvdimms+=("$2"); shift 2 ;;
    --mem) mem="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    --name) name="$2"; shift 2 ;;
    --) shift; break ;;
    -*) echo "run-vm: unknown option $1" >&2; exit 125 ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || { echo "run-vm: no guest script given" >&2; exit 125; }
script="$(realpath "$1")"; shift
[ -f "$script" ] || { echo "run-vm: $script: no such script" >&2; exit 125; }
[ -n "$work" ] || { echo "run-vm: --work DIR is required" >&2; exit 125; }
[ -n "$out" ] || out="$(dirname "$script")"
mkdir -p "$work" "$out"
work="$(realpath "$work")" out="$(realpath "$out")"

fail() { echo "run-vm: $*" >&2; exit 125; }
command -v qemu-system-x86_64 >/dev/null ||
  fail "qemu-system-x86_64 not found (apt-get install qemu-system-x86; .ci/install-deps does it)"
busybox=/bin/busybox
file "$busybox" 2>/dev/null | grep -q static ||
  fail "$busybox is not the static busybox (apt-get install busybox-static)"

# The kernel: Debian's linux-image-amd64 of the host's release, downloaded into the work dir
# and unpacked there, never installed on the host. One lock so that two guests started at
# once do not both unpack it.
kdir="$work/kernel"
exec 9>"$work/.lock"
flock -w 600 9 || fail "timed out waiting for $work/.lock"
if ! ls "$kdir"/boot/vmlinuz-* >/dev/null 2>&1; then
  (
    cd "$work"
    meta_dep="$(apt-cache depends linux-image-amd64 | sed -n 's/.*Depends: \(linux-image-[0-9].*\)/\1/p' | head -1)"
    [ -n "$meta_dep" ] || { echo "run-vm: apt-cache knows no linux-image-amd64" >&2; exit 1; }
    ls "$meta_dep"_*.deb >/dev/null 2>&1 || apt-get download "$meta_dep" 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2 || true
    deb="$(ls "$meta_dep"_*.deb | head -1)"
    rm -rf kernel.tmp && dpkg-deb -x "$deb" kernel.tmp && mv kernel.tmp kernel
  ) || fail "could not download or unpack the Debian kernel package"
fi
vmlinuz="$(ls "$kdir"/boot/vmlinuz-* | head -1)"
kver="${vmlinuz##*/vmlinuz-}"
moddir="$kdir/lib/modules/$kver"

# The initramfs: static busybox, the init script and the modules the guest needs, in
# dependency order. The package ships no modules.dep (installing it would run depmod), so
# the dependencies are read from each module's .modinfo "depends=" string.
initrd="$work/initramfs-$kver.cpio.gz"
if [ ! -s "$initrd" ] || [ "$here/guest-init.sh" -nt "$initrd" ]; then
  root="$work/initramfs.tmp"
  rm -rf "$root" && mkdir -p "$root"/{bin,proc,sys,dev,host,modules}
  cp "$busybox" "$root/bin/busybox"
  cp "$here/guest-init.sh" "$root/init" && chmod 755 "$root/init"
  declare -A module_path=() seen=()
  while IFS= read -r ko; do
    base="${ko##*/}" && base="${base%.xz}" && base="${base%.ko}"
    module_path[${base//-/_}]="$ko"
  done < <(find "$moddir/kernel" -name '*.ko' -o -name '*.ko.xz')
  add_module() { # $1: module name; its dependencies are added first
    local name="${1//-/_}" ko deps d
    [ -n "${seen[$name]:-}" ] && return 0
    seen[$name]=1
    ko="${module_path[$name]:-}"
    [ -n "$ko" ] || fail "module $name not in $moddir"
    if [[ "$ko" == *.xz ]]; then
      xz -dc "$ko" >"$root/modules/$name.ko"
    else
      cp "$ko" "$root/modules/$name.ko"
    fi
    deps="$(tr '\0' '\n' <"$root/modules/$name.ko" | sed -n 's/^depends=//p' | head -1)"
    for d in ${deps//,/ }; do add_module "$d"; done
    echo "$name.ko" >>"$root/modules/order"
  }
  for m in virtio_pci 9pnet_virtio 9p libnvdimm nd_pmem nd_e820 nfit dax_pmem device_dax kmem; do
    add_module "$m"
  done
  (cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) >"$initrd.tmp"
  mv "$initrd.tmp" "$initrd"
  rm -rf "$root"
fi
flock -u 9

# NVDIMMs: each a file-backed memory backend shared with whoever else maps the file.
nv_args=() total=0 i=0
for spec in "${nvdimms[@]}"; do
  file="${spec%:*}" size="${spec##*:}"
  [ -e "$file" ] || truncate -s "$size" "$file"
  bytes=$(numfmt --from=iec "$size")
  align=$((bytes % (1 << 30) == 0 ? 1 << 30 : 2 << 20)) # 1 GiB pages need a 1 GiB-aligned backend
  nv_args+=(-object "memory-backend-file,id=nvmem$i,share=on,mem-path=$file,size=$size,align=$align"
    -device "nvdimm,id=nvdimm$i,memdev=nvmem$i")
  total=$((total + bytes))
  i=$((i + 1))
done
machine="pc"
mem_args=(-m "$mem")
if [ $i -gt 0 ]; then
  machine="$machine,nvdimm=on"
  mem_args=(-m "$mem,slots=$((i + 1)),maxmem=$(($(numfmt --from=iec "$mem") + total + (1 << 30)))")
fi

# What the guest runs: the script with its arguments, quoted here once.
run="$out/$name.run"
{
  printf 'cd %q\n' "$PWD"
  printf 'exec bash %q' "$script"
  [ $# -eq 0 ] || printf ' %q' "$@"
  echo
} >"$run"
log="$out/$name.console"
: >"$log"
qemu_pid=""
cleanup() {
  if [ -n "$qemu_pid" ] && kill -0 "$qemu_pid" 2>/dev/null; then
    kill "$qemu_pid" 2>/dev/null || true
    sleep 1
    kill -9 "$qemu_pid" 2>/dev/null || true
  fi
  qemu_pid=""
}
trap cleanup EXIT
trap 'exit 125' INT TERM

# boot ACCEL CPU BEGIN_WITHIN: runs the guest until it powers off or the timeout; returns 1
# when the script has not started within BEGIN_WITHIN seconds (a KVM that does not work).
boot() {
  local started=no
  : >"$log"
  qemu-system-x86_64 -machine "$machine" -accel "$1" -cpu "$2" -smp 2 "${mem_args[@]}" \
    "${nv_args[@]}" -kernel "$vmlinuz" -initrd "$initrd" \
    -append "console=ttyS0 quiet loglevel=3 panic=-1 devdax_run=$run devdax_out=$out" \
    -virtfs local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap \
    -virtfs local,path="$out",mount_tag=out,security_model=none \
    -display none -monitor none -serial file:"$log" -no-reboot -nodefaults \
    -device virtio-rng-pci 2>"$log.qemu" &
  qemu_pid=$!
  while kill -0 "$qemu_pid" 2>/dev/null; do
    [ $started = yes ] || ! grep -q '^DEVDAX-BEGIN' "$log" || started=yes
    if [ $started = no ] && [ $(($(date +%s) - start)) -ge "$3" ]; then
      cleanup
      return 1
    fi
    if [ $(($(date +%s) - start)) -ge "$timeout" ]; then
      echo "run-vm: $name: timed out after ${timeout}s" >&2
      break
    fi
    sleep 1
  done
  cleanup
  grep -q '^DEVDAX-BEGIN' "$log"
}

# TCG unless DEVDAX_ACCEL=kvm asks for KVM (and /dev/kvm is usable); a KVM guest that does not
# get to the script within 120 s is then replaced by a TCG one. Not by default: nested KVM can
# abort or hang, and on one host the killed KVM guest spun on a CPU for 25 minutes after
# SIGKILL, starving the TCG guests that replaced it until they timed out.
start=$(date +%s)
accel=tcg
if [ "${DEVDAX_ACCEL:-}" = kvm ] && [ -r /dev/kvm ] && [ -w /dev/kvm ]; then
  accel=kvm
  if ! boot kvm max 120; then
    echo "run-vm: $name: the KVM guest did not start ($(tail -1 "$log.qemu")); using TCG" >&2
    accel=tcg
  fi
fi
if [ $accel = tcg ]; then
  start=$(date +%s)
  boot tcg,thread=multi max "$timeout" || true
fi
elapsed=$(($(date +%s) - start))

# The guest prints its script's output between two markers, the status on the last one.
tr -d '\r' <"$log" | sed -n '/^DEVDAX-BEGIN$/,/^DEVDAX-END /p' | sed '1d;$d'
status="$(tr -d '\r' <"$log" | sed -n 's/^DEVDAX-END \([0-9]*\)$/\1/p' | tail -1)"
if [ -z "$status" ]; then
  echo "run-vm: $name: the guest did not finish its script (accel $accel, ${elapsed}s); console:" >&2
  tail -n 40 "$log" "$log.qemu" >&2
  exit 125
fi
echo "run-vm: $name: exit $status after ${elapsed}s (accel $accel)" >&2
exit "$status"

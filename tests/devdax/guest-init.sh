#!/bin/busybox sh
# shellcheck shell=dash
# /init of the devdax test guest (run by busybox inside the initramfs that run-vm.sh builds):
# loads the nvdimm, device-dax and 9p modules, mounts the host's root read-only at /host and
# the writable results directory at its own path inside it, runs the script named on the
# kernel command line chrooted into /host and prints its output between two markers, with
# its exit status on the last one, then powers off.
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev

for m in $(cat /modules/order); do
  insmod "/modules/$m" || echo "guest-init: insmod $m failed"
done

run="" out=""
for arg in $(cat /proc/cmdline); do
  case "$arg" in
    devdax_run=*) run="${arg#devdax_run=}" ;;
    devdax_out=*) out="${arg#devdax_out=}" ;;
  esac
done

finish() {
  echo "DEVDAX-END $1"
  sync
  poweroff -f
}

opts=trans=virtio,version=9p2000.L,msize=262144
mount -t 9p -o "$opts,ro,cache=loose" hostroot /host || finish 125
mount -t proc proc /host/proc
mount -t sysfs sysfs /host/sys
mount -t devtmpfs devtmpfs /host/dev
ln -s /proc/self/fd /host/dev/fd # bash's <(...) needs /dev/fd
mkdir -p /host/dev/shm && mount -t tmpfs tmpfs /host/dev/shm
# The guest's /tmp is a tmpfs of its own; a checkout under the host's /tmp (a mktemp -d
# clone) stays visible there: its top directory is moved onto the new tmpfs.
keep=""
case "$out" in /tmp/?*) keep="${out#/tmp/}" && keep="/tmp/${keep%%/*}" ;; esac
[ -z "$keep" ] || { mkdir -p /keep && mount -o bind "/host$keep" /keep; } || finish 125
mount -t tmpfs tmpfs /host/tmp
[ -z "$keep" ] || { mkdir -p "/host$keep" && mount -o move /keep "/host$keep"; } || finish 125
mount -t tmpfs tmpfs /host/run
mount -t 9p -o "$opts" out "/host$out" || finish 125

echo "DEVDAX-BEGIN"
HOME=/tmp PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  chroot /host /bin/bash "$run" </dev/null 2>&1
finish $?

#!/usr/bin/env bash
# Renders every screenshot in this directory from a built famscope, headless, on the built-in
# demo, so the user guide and the README show the program as it is.
#   docs/screenshots/update.sh [FAMSCOPE]     (default: build/dev/app/famscope)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
famscope="$(realpath "${1:-$here/../../build/dev/app/famscope}")"
shot() {
  local name="$1"
  shift
  "$famscope" --screenshot "$here/$name.png" --size 1366x768 --lang en --demo "$@"
  echo "$name.png"
}
shot namespace --view namespace --select projects/climate/model.bin
shot superblock --view superblock
shot log --view log --select projects/climate/checkpoints/ckpt-0002
shot details --view details --select projects/climate/checkpoints/ckpt-0001
shot hex --view hex
shot devices --view devices
shot benchmark --view benchmark
shot heatmap --view heatmap --select scratch/stripe-demo-2x
shot fsck --view fsck
# The resolver panel on its own, grabbed by its GUI test on the demo (tests/ui).
FAMSCOPE_RESOLVER_SCREENSHOT="$here/resolver.png" QT_QPA_PLATFORM=offscreen \
  "$(dirname "$famscope")/../tests/ui_tst_resolver_panel" screenshot >/dev/null
echo resolver.png
# The guided tour, one picture per step (tour-01.png ...), walked by its GUI test on the demo.
FAMSCOPE_TOUR_SCREENSHOTS="$here" QT_QPA_PLATFORM=offscreen \
  "$(dirname "$famscope")/../tests/ui_tst_tour" everyStepFramesAVisibleWidget >/dev/null
(cd "$here" && ls tour-*.png)
# The Repair dialog on a damaged image, grabbed by its GUI test (tests/ui).
FAMSCOPE_REPAIR_SCREENSHOT="$here/repair.png" QT_QPA_PLATFORM=offscreen \
  "$(dirname "$famscope")/../tests/ui_tst_repair_dialog" screenshot >/dev/null
echo repair.png

#!/usr/bin/env bash
# The GPU check on a GPU machine that has no Node.js and no network: unpacks what prepare.sh packed
# into load-tests/gpu/bundle/, installs the Vulkan loader and GLVND where the host lacks them, finds
# the NVIDIA Vulkan driver, and runs dist/load-tests/gpu/check.js (the gateway's workers and batcher on
# webgpu and wasm). Writes to $OUT: run.log, gpu-check.json, gpu-check.txt, env.txt, and
# vk-loader-debug.log when webgpu does not start. Exit code: the check's (0 ok, 2 webgpu did not
# start, 1 failed), 124 past GPU_CHECK_TOTAL_S (default 360 s; the check's own budget ends before).
#   bash load-tests/gpu/run.sh [--quick] [check.js flags…]     (--quick: small sizes, for a local try)
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUNDLE="${GPU_CHECK_BUNDLE:-$HERE/bundle}"
export OUT="${OUT:-/tmp/gpu-check-out}"
W="${GPU_CHECK_WORK:-/tmp/gpu-check-rt}"
TOTAL_S="${GPU_CHECK_TOTAL_S:-360}"

if [ "${1:-}" != --inner ]; then
  mkdir -p "$OUT"
  : > "$OUT/run.log"
  timeout -k 5 "$TOTAL_S" bash "${BASH_SOURCE[0]}" --inner "$@" 2>&1 | tee -a "$OUT/run.log"
  rc=${PIPESTATUS[0]}
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then echo "[run.sh] stopped after ${TOTAL_S}s; $OUT/gpu-check.json holds what was measured" | tee -a "$OUT/run.log"; fi
  echo "[run.sh] exit $rc; results in $OUT" | tee -a "$OUT/run.log"
  exit "$rc"
fi
shift

START=$SECONDS
log() { echo "[run.sh +$((SECONDS - START))s] $*"; }
envl() { echo "$1=$2" >> "$OUT/env.txt"; }
: > "$OUT/env.txt"
# xz and dpkg-deb where present, else python3 (a bare image may lack them).
unxz_to() { if command -v xz >/dev/null; then xz -dc "$1" > "$2"; else python3 -c 'import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.argv[1]), open(sys.argv[2],"wb"), 1<<20)' "$1" "$2"; fi; }
untar_xz() { if command -v xz >/dev/null; then tar -xJf "$1" -C "$2"; else python3 -c 'import tarfile,sys; tarfile.open(sys.argv[1],"r:xz").extractall(sys.argv[2])' "$1" "$2"; fi; }
deb_x() {
  if command -v dpkg-deb >/dev/null; then dpkg-deb -x "$1" "$2"
  else python3 - "$1" "$2" <<'PY'
import io, sys, tarfile
d = open(sys.argv[1], 'rb').read(); assert d[:8] == b'!<arch>\n'; i = 8
while i < len(d):
    name = d[i:i+16].decode().strip().rstrip('/'); size = int(d[i+48:i+58]); data = d[i+60:i+60+size]; i += 60 + size + (size & 1)
    if name.startswith('data.tar'): tarfile.open(fileobj=io.BytesIO(data), mode='r:*').extractall(sys.argv[2])
PY
  fi
}
LDCONFIG=$(command -v ldconfig || echo /sbin/ldconfig)
have_lib() { "$LDCONFIG" -p 2>/dev/null | grep -q "[[:space:]]$1 "; }

for part in node.xz app.tar.xz; do [ -f "$BUNDLE/$part" ] || { log "FATAL: $BUNDLE/$part missing: run load-tests/gpu/prepare.sh first, and carry load-tests/gpu/bundle"; exit 3; }; done
log "host: $(uname -srm); $(grep -h PRETTY_NAME /etc/os-release 2>/dev/null | cut -d= -f2); $(ldd --version 2>&1 | head -1)"
envl os "$(grep -h PRETTY_NAME /etc/os-release 2>/dev/null | cut -d= -f2 | tr -d '"')"
if command -v nvidia-smi >/dev/null; then
  gpu=$(timeout -k 2 20 nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>&1)
  log "GPU: $gpu"; envl gpu "$gpu"
else log "nvidia-smi not found"; envl gpu "nvidia-smi not found"; fi

# ---- node and the app ----
rm -rf "$W" && mkdir -p "$W/app"
unxz_to "$BUNDLE/node.xz" "$W/node" && chmod +x "$W/node" || { log "FATAL: could not unpack node"; exit 3; }
untar_xz "$BUNDLE/app.tar.xz" "$W/app" || { log "FATAL: could not unpack app.tar.xz"; exit 3; }
nv=$("$W/node" --version 2>&1) || { log "FATAL: the bundled node does not run here: $nv"; exit 3; }
log "node $nv; unpacked to $W ($(du -sh "$W" | cut -f1))"; envl node "$nv"

# ---- Vulkan loader and GLVND (Dawn needs both to reach the NVIDIA driver) ----
if have_lib libvulkan.so.1 && have_lib libGLdispatch.so.0 && [ "${GPU_CHECK_FORCE_DEBS:-0}" != 1 ]; then
  log "Vulkan loader and GLVND: the host's"; envl gl host
elif [ "$(id -u)" = 0 ] && command -v nvidia-smi >/dev/null && [ "${GPU_CHECK_PRIVATE_LIBS:-0}" != 1 ]; then
  # Root on a GPU machine (a lent one, thrown away after): the way known to work there, into / and the linker cache.
  for f in "$BUNDLE"/debs/*.deb; do deb_x "$f" /; done
  "$LDCONFIG"
  log "Vulkan loader and GLVND: unpacked the bundled .debs into /"; envl gl "bundled, into /"
else
  for f in "$BUNDLE"/debs/*.deb; do deb_x "$f" "$W/gl"; done
  export LD_LIBRARY_PATH="$W/gl/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  log "Vulkan loader and GLVND: bundled, through LD_LIBRARY_PATH"; envl gl "bundled, LD_LIBRARY_PATH"
fi
for d in /usr/local/nvidia/lib64 /usr/local/nvidia/lib; do [ -d "$d" ] && export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$d"; done

# ---- the NVIDIA Vulkan driver (ICD) ----
if [ -z "${VK_DRIVER_FILES:-}" ]; then
  for f in /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json /usr/share/vulkan/icd.d/nvidia_icd.json /etc/vulkan/icd.d/nvidia_icd.json \
           /usr/share/vulkan/icd.d/nvidia_icd.x86_64.json /usr/local/share/vulkan/icd.d/nvidia_icd.json; do
    [ -f "$f" ] && { VK_DRIVER_FILES="$f"; break; }
  done
  if [ -z "${VK_DRIVER_FILES:-}" ] && have_lib libGLX_nvidia.so.0; then
    VK_DRIVER_FILES="$W/nvidia_icd.json"
    printf '{"file_format_version":"1.0.1","ICD":{"library_path":"libGLX_nvidia.so.0","api_version":"1.3.0"}}\n' > "$VK_DRIVER_FILES"
    log "no nvidia_icd.json on the host: wrote $VK_DRIVER_FILES for libGLX_nvidia.so.0"
  fi
fi
if [ -n "${VK_DRIVER_FILES:-}" ]; then export VK_DRIVER_FILES VK_ICD_FILENAMES="$VK_DRIVER_FILES"; log "VK_DRIVER_FILES=$VK_DRIVER_FILES"
else log "no NVIDIA Vulkan driver found (no nvidia_icd.json, no libGLX_nvidia.so.0): webgpu will find no adapter"; fi
envl vk_driver_files "${VK_DRIVER_FILES:-none}"
egl=/usr/local/nvidia/share/glvnd/egl_vendor.d/10_nvidia.json
[ -z "${__EGL_VENDOR_LIBRARY_FILENAMES:-}" ] && [ -f "$egl" ] && export __EGL_VENDOR_LIBRARY_FILENAMES="$egl"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp}"

# ---- the check ----
quick=()
if [ "${1:-}" = --quick ]; then
  shift
  quick=(--batches 1,32 --heavy-batches 1,8 --seconds 1 --concurrent-seconds 3 --ig-steps 4 --ig-images 2 --ig-images-wasm 1 --reference-heavy 1 --wasm-workers 2 --clients 16)
fi
left=$((TOTAL_S - (SECONDS - START) - 15))
log "check: budget ${left}s"
(cd "$W/app" && "$W/node" dist/load-tests/gpu/check.js --out "$OUT" --budget-s "$((left - 20))" "${quick[@]}" "$@") 2>&1 | grep -v -e '^=====' -e 'looks like you are running TensorFlow.js in Node' -e '^$'
rc=${PIPESTATUS[0]}

if [ "$rc" = 2 ]; then
  log "webgpu did not start; Vulkan loader diagnostic in $OUT/vk-loader-debug.log:"
  (cd "$W/app" && VK_LOADER_DEBUG=error,warn,info,driver timeout -k 2 30 "$W/node" -e '
    import("webgpu").then(async ({ create }) => {
      const adapter = await create([]).requestAdapter({ powerPreference: "high-performance" });
      console.log("adapter:", adapter ? JSON.stringify(adapter.info) : null);
    }, (error) => console.log("webgpu does not load:", error.message));') > "$OUT/vk-loader-debug.log" 2>&1
  grep -E 'ERROR|WARNING|Warning|nvidia|NVIDIA|GLX|Found ICD|Failed|failed|adapter|does not load' "$OUT/vk-loader-debug.log" | awk '!seen[$0]++' | tail -25
fi
exit "$rc"

#!/usr/bin/env bash
# Packs, here, what a bare GPU machine lacks for the GPU check (it has no Node.js and no network)
# into load-tests/gpu/bundle/ (git-ignored), then proves the pack works by running the check from it
# with small sizes: the wasm side measures, webgpu says why it cannot start where there is no GPU.
#   node.xz          this machine's node binary, xz -9
#   app.tar.xz       package.json, the compiled gateway and load tests (dist/src, dist/load-tests, no
#                    maps), and the node_modules they load at run time, trimmed to the files loaded
#                    (the TF.js node bundles, the wasm binaries, webgpu's linux-x64 dawn.node only)
#   debs/*.deb       the Vulkan loader and GLVND libraries: libvulkan1 libglvnd0 libegl1 libgl1
#                    libglx0 libopengl0 libgles2 (amd64, from this machine's apt sources)
# Usage, from anywhere in the checkout, after `npm ci`: bash load-tests/gpu/prepare.sh [--no-self-test]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUNDLE="$HERE/bundle"
cd "$ROOT"

[ "$(uname -m)" = x86_64 ] || { echo "prepare.sh: the GPU machine is x86-64; pack on x86-64 (this is $(uname -m))" >&2; exit 1; }
for tool in xz tar apt-get; do command -v "$tool" >/dev/null || { echo "prepare.sh: needs $tool" >&2; exit 1; }; done
[ -f node_modules/webgpu/dist/linux-x64/dawn.node ] && [ -d node_modules/@tensorflow/tfjs-backend-webgpu ] \
  || { echo "prepare.sh: the optional packages webgpu and @tensorflow/tfjs-backend-webgpu are not installed; run npm ci" >&2; exit 1; }

npm run --silent build
rm -rf "$BUNDLE"
mkdir -p "$BUNDLE/debs"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

echo "prepare.sh: node $(node --version)"
xz -9 -T0 < "$(command -v node)" > "$BUNDLE/node.xz"

# The app: compiled JavaScript only.
mkdir -p "$STAGE/app"
cp package.json "$STAGE/app/"
(cd "$ROOT" && find dist/src dist/load-tests -name '*.js' -print0 | xargs -0 cp --parents -t "$STAGE/app")

# node_modules: the packages the serving workers and the check load, as few files as they need.
copy() { # package-relative paths under node_modules/
  local file; for file in "$@"; do mkdir -p "$STAGE/app/node_modules/$(dirname "$file")"; cp "node_modules/$file" "$STAGE/app/node_modules/$file"; done
}
main_of() { node -e 'console.log(require.resolve(process.argv[1]).slice(require("path").resolve("node_modules").length + 1))' "$1"; }
# Single-file node bundles.
for package in @tensorflow/tfjs @tensorflow/tfjs-core @tensorflow/tfjs-layers @tensorflow/tfjs-converter @tensorflow/tfjs-data \
               @tensorflow/tfjs-backend-cpu @tensorflow/tfjs-backend-webgl @tensorflow/tfjs-backend-wasm @tensorflow/tfjs-backend-webgpu; do
  copy "$package/package.json" "$(main_of "$package")"
done
copy $(cd node_modules && ls @tensorflow/tfjs-backend-wasm/dist/*.wasm)
copy webgpu/package.json webgpu/index.js webgpu/dist/linux-x64/dawn.node
# Small packages of many files: their JavaScript whole.
for package in graphql pngjs @opentelemetry/api long seedrandom; do
  copy $(cd node_modules && find "$package" -path "$package/node_modules" -prune -o \( -name '*.js' -o -name package.json \) -print)
done
XZ_OPT=-9 tar -C "$STAGE/app" -cJf "$BUNDLE/app.tar.xz" .

# The Vulkan loader and GLVND: Debian's amd64 packages, fetched with this machine's apt sources.
APT_STATE="$STAGE/apt"
mkdir -p "$APT_STATE/partial"
apt_opts=(-o APT::Architecture=amd64 -o APT::Architectures=amd64 -o Dir::State::Lists="$APT_STATE" -qq)
apt-get "${apt_opts[@]}" update 2>&1 | grep -v unsandboxed || true
(cd "$BUNDLE/debs" && apt-get "${apt_opts[@]}" download libvulkan1 libglvnd0 libegl1 libgl1 libglx0 libopengl0 libgles2 2>&1 | grep -v 'unsandboxed' || true)
[ "$(ls "$BUNDLE/debs"/*.deb | wc -l)" = 7 ] || { echo "prepare.sh: expected 7 .debs in $BUNDLE/debs, got: $(ls "$BUNDLE/debs")" >&2; exit 1; }

du -sh "$BUNDLE"/* | sed 's/^/prepare.sh: /'
total_kib=$(du -sk "$BUNDLE" | cut -f1)
echo "prepare.sh: bundle $((total_kib / 1024)) MiB in $BUNDLE"
[ "$total_kib" -lt $((60 * 1024)) ] || { echo "prepare.sh: the bundle is over 60 MiB" >&2; exit 1; }

if [ "${1:-}" != --no-self-test ]; then
  # The pack, unpacked and run as the GPU machine will: small sizes, so it ends within a minute or two here.
  echo "prepare.sh: self-test: run.sh --quick from the bundle"
  # GPU_CHECK_PRIVATE_LIBS: never unpack the .debs into this machine's /, even as root.
  OUT="$STAGE/out" GPU_CHECK_WORK="$STAGE/work" GPU_CHECK_PRIVATE_LIBS=1 bash "$HERE/run.sh" --quick || true
  grep -q '"wasm"' "$STAGE/out/gpu-check.json" && grep -q 'rowsPerSecond' "$STAGE/out/gpu-check.json" \
    || { echo "prepare.sh: self-test FAILED: no wasm measurements (see the log above)" >&2; exit 1; }
  echo "prepare.sh: self-test passed"
fi

# Sourced by scripts/run, scripts/test and bench/*: the environment for wasm builds and browsers.
# Native builds (the server, native tests) use the caller's cargo; wasm builds go through
# `wasm_cargo`/`trunk`, which see the variables below.
VOIPBIN_DESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export VOIPBIN_DESK_CACHE="${VOIPBIN_DESK_CACHE:-$HOME/.cache/voipbin-desk}"
# Build outputs live outside the clone so a fresh clone on the same machine (CI) reuses them.
export NATIVE_TARGET_DIR="${NATIVE_TARGET_DIR:-$VOIPBIN_DESK_CACHE/target-native}"
export WASM_TARGET_DIR="${WASM_TARGET_DIR:-$VOIPBIN_DESK_CACHE/target-wasm}"
export VOIPBIN_DESK_VENV="$VOIPBIN_DESK_CACHE/venv"
# The stand-in tests run the seed docs' Python examples with this interpreter (scripts/setup fills it).
export STANDIN_PYTHON="$VOIPBIN_DESK_VENV/bin/python"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export TRUNK_OFFLINE=true
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export PATH="$HOME/.cargo/bin:$PATH"

# Runs cargo for the wasm32 target: plain rustup where it has the target, otherwise Debian's
# rustc-web with std built from source (shared/TOOLCHAIN.md).
wasm_env() {
  if command -v rustup >/dev/null 2>&1 &&
    rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    export PATH="$VOIPBIN_DESK_ROOT/node_modules/.bin:$PATH"
    export WASM_RELEASE_RUSTFLAGS="--cfg erase_components"
  else
    export PATH="$VOIPBIN_DESK_ROOT/node_modules/.bin:/usr/bin:$PATH"
    export RUSTC_BOOTSTRAP=1
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    # std's size-first algorithms (sorts, mostly): 4% of the wasm (bench/size), still n log n.
    export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
    # rustup's LLD where there is one: Debian's wasm-ld 14 garbles the relocations that the route
    # splitter reads (scripts/split-build). rustc gives `-flavor wasm` to a linker named rust-lld.
    local rust_lld
    rust_lld=$(ls "$HOME"/.rustup/toolchains/*/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld 2>/dev/null | head -1)
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="${rust_lld:-wasm-ld}"
    # With std built here anyway, drop panic formatting and source locations from the download
    # (a panic aborts the wasm either way): 7% of the wasm (bench/size).
    export WASM_RELEASE_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none --cfg erase_components"
  fi
  export CARGO_TARGET_DIR="$WASM_TARGET_DIR"
}

# The release build the browser downloads (scripts/run, scripts/test, bench/): trunk with the
# size flags above. Debug builds and the wasm-bindgen tests keep panic messages.
release_build() {
  (wasm_env && RUSTFLAGS="$WASM_RELEASE_RUSTFLAGS" trunk build --release "$@")
}

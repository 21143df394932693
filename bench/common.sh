# Sourced by bench scripts: sets up, builds the release app and the optimized stand-in, and
# exports STANDIN_BIN and DESK_DIST for the Node parts.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup >/dev/null
source scripts/env.sh
CARGO_TARGET_DIR="$NATIVE_TARGET_DIR" cargo build -q --profile server -p voipbin-standin
export STANDIN_BIN="$NATIVE_TARGET_DIR/server/voipbin-standin"
export DESK_DIST="$VOIPBIN_DESK_CACHE/dist-bench"
release_build --dist "$DESK_DIST" >/dev/null 2>&1 || { echo "release build failed" >&2; exit 1; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(date -u +%Y-%m-%d)"

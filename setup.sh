#!/usr/bin/env bash
# Cunzhan set-up for a fresh Debian 12 machine (as root, or as a user with sudo).
#   ./setup.sh run    install what is missing, build Release, create the demo station if there is
#                     none, start the app (or, without a display, the headless tour)
#   ./setup.sh test   install what is missing, build with -Werror, run every test
# Set CZ_LONG=1 for the long soak / crash / fuzz variants.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
  libqt6sql6-sqlite libsqlite3-dev libsqlitecpp-dev sqlite3 libcurl4-openssl-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libbenchmark-dev libsodium-dev libsimdjson-dev libqrencode-dev libcpp-httplib-dev libssl-dev openssl
  unicode-data bzip2 fonts-noto-cjk xvfb xauth imagemagick clang libclang-rt-14-dev hledger curl
)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # npx runs the OpenAPI linter; a Node.js that already brings npm (e.g. NodeSource's) is kept.
  command -v npx >/dev/null 2>&1 || missing+=(nodejs npm)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

build() {  # build <dir> <build type> [cmake options…]
  local dir=$1 type=$2; shift 2
  cmake -S . -B "build/$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
  cmake --build "build/$dir"
}

cmd=${1:-}
case "$cmd" in
  run)
    install_missing
    build release Release -DCZ_BUILD_TESTS=OFF -DCZ_BUILD_BENCH=OFF
    bin=build/release/src/app
    data="${XDG_DATA_HOME:-$HOME/.local/share}/cunzhan"
    db="$data/station.db"
    mkdir -p "$data"
    [ -f "$db" ] || "$bin/cunzhan-ctl" demo --db "$db"
    echo "Demo station: $db — supervisor 王芳 PIN 2580, agent 李强 PIN 1234"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      # The reference marketplace on this machine, so sync, orders and consignment have a far side.
      port=${CZ_MARKET_PORT:-8787}
      url="http://127.0.0.1:$port"
      if ! curl -fsS "$url/v1/health" >/dev/null 2>&1; then
        "$bin/cunzhan-market" --demo --port "$port" --db "$data/market.db" >>"$data/market.log" 2>&1 &
        market=$!
        trap 'kill "$market" 2>/dev/null || true' EXIT
        for _ in $(seq 50); do curl -fsS "$url/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done
        echo "Reference marketplace: $url (log: $data/market.log)"
      fi
      if ! "$bin/cunzhan-ctl" sync-config --db "$db" --show >/dev/null; then
        printf '2580\ndemo-station-token\n' | "$bin/cunzhan-ctl" sync-config --db "$db" --url "$url" --by 王芳 >/dev/null
      fi
      "$bin/cunzhan" --db "$db"
      exit
    fi
    out="$PWD/tour-out"
    echo "No display: running the headless tour instead."
    "$bin/cunzhan" --tour "$out"
    echo "Screenshots of every screen: $out (log: $out/tour.log)"
    ;;
  test)
    install_missing
    long=OFF
    [ "${CZ_LONG:-0}" = "1" ] && long=ON
    build test RelWithDebInfo -DCZ_WERROR=ON -DCZ_LONG_TESTS="$long"
    # The protocol spec must pass a standard OpenAPI validator.
    npx --yes @redocly/cli@1.34.20 lint --config docs/redocly.yaml docs/openapi.yaml
    ctest --test-dir build/test --output-on-failure -j2 --timeout 900
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac

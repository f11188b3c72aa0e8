#!/usr/bin/env bash
# Installs the Debian 12 packages that Attention Explorer needs, builds it in
# build/, then starts the app on the notebook's scene (`start`) or runs the
# whole test suite through ctest (`test`). Run it as root or with sudo at hand.
set -euo pipefail

usage() {
    echo "usage: $0 start|test" >&2
    exit 2
}
[[ $# -eq 1 ]] || usage
mode=$1
[[ $mode == start || $mode == test ]] || usage

cd "$(dirname "$0")/.."

packages=(
    cmake g++ make
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libeigen3-dev libbenchmark-dev
    xvfb xauth fonts-dejavu-core
    desktop-file-utils appstream
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    echo "Installing missing Debian packages: ${missing[*]}"
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo >/dev/null; then
            echo "error: packages are missing and this is not root; run as root or install: ${missing[*]}" >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The test command (and so CI) treats warnings as errors. A start keeps
# whatever the build directory has, so it never rebuilds everything just
# because the option changed.
configure=(cmake -S . -B build -DCMAKE_BUILD_TYPE=Release)
[[ $mode == test ]] && configure+=(-DATTENTION_WARNINGS_AS_ERRORS=ON)
"${configure[@]}"
cmake --build build --parallel "$(nproc)"

if [[ $mode == test ]]; then
    cd build
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
    exit
fi

# Without a file the app opens the notebook's scene as a new, unsaved scene,
# so Save opens the file dialog instead of overwriting the shipped example.
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): starting on a virtual X server with xvfb-run."
    echo "Stop it with Ctrl+C; use a desktop session to see the window."
    exec xvfb-run --auto-servernum build/app/attention-explorer
fi
exec build/app/attention-explorer

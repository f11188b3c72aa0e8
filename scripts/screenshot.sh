#!/usr/bin/env bash
# Takes a screenshot of the real main window on a virtual X server.
#
#   scripts/screenshot.sh OUTPUT.png [SCENE.json|-] [WIDTHxHEIGHT] [extra app arguments...]
#
# SCENE "-" (the default) starts on the notebook's scene as a new scene.
#
# Environment: QT_SCALE_FACTOR (e.g. 2) passes through to the app;
# LANGUAGE=de with LANG=de_DE.UTF-8 picks the German translation;
# SCREENSHOT_THEME=light|dark|high-contrast picks the colour scheme. Needs
# xvfb and imagemagick (import). The settings store is a temporary one, so
# remembered window geometry never leaks into the picture.
set -euo pipefail

output=${1:?usage: $0 OUTPUT.png [SCENE.json] [WIDTHxHEIGHT] [app arguments...]}
scene=${2:--}
scene_args=()
[[ $scene != - ]] && scene_args=("$scene")
size=${3:-1366x768}
shift $(($# < 3 ? $# : 3))

cd "$(dirname "$0")/.."
app=build/app/attention-explorer
[[ -x $app ]] || { echo "error: $app not found; build first (cmake --build build)" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "error: Xvfb not found; apt-get install xvfb" >&2; exit 1; }
command -v import >/dev/null || { echo "error: import not found; apt-get install imagemagick" >&2; exit 1; }

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp &
xvfb_pid=$!
config_home=$(mktemp -d)
if [[ -n ${SCREENSHOT_THEME:-} ]]; then
    mkdir -p "$config_home/AttentionExplorer"
    printf '[view]\ntheme=%s\n' "$SCREENSHOT_THEME" > "$config_home/AttentionExplorer/attention-explorer.conf"
fi
app_pid=
cleanup() {
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
    kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$config_home"
}
trap cleanup EXIT

# Wait for the X server to accept clients (at most 5 s).
for _ in $(seq 50); do
    [[ -e /tmp/.X11-unix/X${display#:} ]] && break
    sleep 0.1
done

# The window geometry is in device-independent pixels, so divide the screen
# size by the scale factor to fill the screen at any QT_SCALE_FACTOR.
scale=${QT_SCALE_FACTOR:-1}
logical=$(awk -v size="$size" -v scale="$scale" 'BEGIN { split(size, s, "x"); printf "%dx%d", s[1] / scale, s[2] / scale }')

DISPLAY=$display XDG_CONFIG_HOME=$config_home QT_QPA_PLATFORM=xcb \
    "$app" -qwindowgeometry "${logical}+0+0" "${scene_args[@]}" "$@" &
app_pid=$!

# Give the window time to map and paint.
sleep "${SCREENSHOT_DELAY:-2}"
DISPLAY=$display import -window root "$output"
echo "wrote $output"

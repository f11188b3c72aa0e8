#!/usr/bin/env bash
# Makes the README's screenshot set under docs/images/screens/: the window in
# English and German, light and dark, normal and presentation mode, at 1× and
# 2× display scaling. Uses scripts/screenshot.sh (Xvfb, ImageMagick).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/images/screens
mkdir -p "$out"

for language in en de; do
    for theme in light dark; do
        for mode in normal present; do
            for scale in 1 2; do
                name="$out/${language}-${theme}-${mode}-${scale}x.png"
                size=$((1366 * scale))x$((768 * scale))
                extra=()
                [[ $mode == present ]] && extra=(--present)
                locale=C.UTF-8
                [[ $language == de ]] && locale=de_DE.UTF-8
                LANGUAGE=$language LANG=$locale QT_SCALE_FACTOR=$scale SCREENSHOT_THEME=$theme \
                    bash scripts/screenshot.sh "$name" - "$size" "${extra[@]}" >/dev/null 2>&1
                # Full resolution, so the 2× shots show how sharp the
                # window is; only metadata is removed.
                convert "$name" -strip "$name"
                echo "wrote $name"
            done
        done
    done
done

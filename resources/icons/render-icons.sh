#!/usr/bin/env sh
# Renders the app icon PNGs from icon.svg (electron-builder makes .ico/.icns from icon.png).
# Needs rsvg-convert (Debian: apt-get install -y librsvg2-bin). The PNGs are committed, so
# building installers does not need this tool.
set -eu
cd "$(dirname "$0")"
rsvg-convert -w 512 -h 512 icon.svg -o icon.png
rsvg-convert -w 1024 -h 1024 icon.svg -o icon-1024.png

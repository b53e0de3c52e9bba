#!/bin/sh
# Shared by every template: writes build-info.txt beside the image (runs locally through shell-local).
set -eu
mkdir -p "$OUTPUT_DIRECTORY"
printf 'os=%s\nversion=%s\narch=%s\n' "$OS_NAME" "$OS_VERSION" "$OS_ARCH" >"$OUTPUT_DIRECTORY/build-info.txt"
echo "build-info written for $OS_NAME $OS_VERSION $OS_ARCH"

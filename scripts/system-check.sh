#!/bin/sh
# Check the system libraries WeasyPrint needs (Pango, HarfBuzz, fontconfig) and
# say which Debian/Ubuntu packages to install when one is missing.
missing=""
for lib in libpango-1.0.so.0 libpangoft2-1.0.so.0 libharfbuzz.so.0 libfontconfig.so.1; do
    if ! ldconfig -p 2>/dev/null | grep -q "$lib"; then missing="$missing $lib"; fi
done
if [ -n "$missing" ]; then
    echo "briefing: WeasyPrint needs system libraries that are missing:$missing" >&2
    echo "  Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libfontconfig1" >&2
    echo "  Fedora:        dnf install pango harfbuzz fontconfig" >&2
    echo "  macOS:         brew install pango" >&2
    exit 1
fi

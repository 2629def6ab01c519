#!/bin/sh
# System tools the rendering tests open their outputs with, installed from
# Debian's packages when missing: pdffonts/pdftoppm (poppler-utils),
# LibreOffice (DOCX and XLSX -> PDF, headless) and Chromium (HTML screenshot).
# Never fails the run: without root or apt-get, the tests that need a
# missing tool skip and say which package to install.
set -u
missing=""
command -v pdffonts >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"
[ -e /usr/lib/libreoffice/program/libsclo.so ] || missing="$missing libreoffice-calc-nogui"
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
    || missing="$missing chromium"
fc-list 2>/dev/null | grep -qi "Noto Sans Arabic" || missing="$missing fonts-noto-core"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "test-deps: not root or no apt-get; tests needing$missing will skip" >&2
    exit 0
fi
echo "test-deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 \
    && apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1 \
    || echo "test-deps: could not install$missing; those tests will skip" >&2
exit 0

#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium and ChromeDriver, once.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
printf '\033[1m==> %s\033[0m\n' "Installing Chromium and ChromeDriver from Debian (once)"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
$sudo_cmd apt-get update
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends chromium chromium-driver

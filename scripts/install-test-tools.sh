#!/usr/bin/env bash
# Installs what the browser tests need, once, from Debian: Chromium and ChromeDriver (end-to-end and
# in-browser tests), Firefox ESR and WebKitGTK's WebDriver with Xvfb (the smoke suite in other engines).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || need+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || need+=(xvfb)
command -v xauth >/dev/null || need+=(xauth)
[ ${#need[@]} -eq 0 ] && exit 0
printf '\033[1m==> %s\033[0m\n' "Installing ${need[*]} from Debian (once)"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
$sudo_cmd apt-get update
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends "${need[@]}"

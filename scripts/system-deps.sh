#!/usr/bin/env bash
# Install the Debian packages Spotter needs, only those that are missing.
# As root it uses apt-get; otherwise sudo; otherwise it prints the exact command.
set -euo pipefail

PKGS=(
  # Qt (PySide6 wheels bring Qt itself, these are the system libraries it loads)
  libglib2.0-0 libgl1 libegl1 libfontconfig1 libfreetype6 libx11-6 libxkbcommon0
  libdbus-1-3 fonts-dejavu-core libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4
  libxcb-keysyms1 libxcb-shape0
  # end-to-end tests on a virtual screen
  xvfb xauth
  # speech: the espeak-ng engine pyttsx3 drives, and aplay to play rendered cues
  libespeak-ng1 espeak-ng alsa-utils
  # virtual environments
  python3-venv
  # languages (issue 12): espeak-ng's Spanish and German voices, and msgfmt, which the
  # tests compare Spotter's own .po compiler with
  espeak-ng-data gettext
  # accessibility tests (issue 12): the AT-SPI buses and registry, a private D-Bus
  # session (dbus-run-session), and the AT-SPI client library for the system python3
  # (tests/atspi_client.py runs under /usr/bin/python3, not in the venv)
  at-spi2-core dbus-daemon python3-pyatspi
  # the stand-in screensaver and portal of the keep-awake tests (GDBus, system python3)
  python3-gi
  # hands-free (issue 11): a session bus and playerctl for the MPRIS and keep-awake tests,
  # xdg-screensaver and libXss for keep-awake on bare X11 (with xset and xprop, which
  # xdg-screensaver runs), sox to make the recogniser's test recordings, libportaudio2 for
  # pocketsphinx's sounddevice dependency
  dbus dbus-x11 playerctl xdg-utils libxss1 x11-xserver-utils x11-utils sox libportaudio2
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; install the equivalents of: ${PKGS[*]}" >&2
  exit 0
fi

missing=()
for p in "${PKGS[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  echo "system-deps: installing ${missing[*]}"
  bash -c "$cmd"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  echo "system-deps: installing with sudo: ${missing[*]}"
  sudo bash -c "$cmd"
else
  echo "system-deps: these Debian packages are missing: ${missing[*]}" >&2
  echo "system-deps: install them with:  sudo bash -c '$cmd'" >&2
  exit 1
fi

#!/usr/bin/env bash
# Runs inside a fresh Debian 13 minbase root (packaging/dev package --check):
# installs the package DEB with apt, as a user would, and tries what it brings.
# Every step says what it checks; the first failure stops the check (exit 1).
set -euo pipefail
deb=$1
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8
step() { printf 'check: %s\n' "$*"; }
fail() { printf 'check: FAILED: %s\n' "$*" >&2; exit 1; }

step "installing $(basename "$deb") with apt, with its dependencies and nothing recommended"
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$deb" >/tmp/apt-install.log 2>&1 ||
    { tail -20 /tmp/apt-install.log >&2; fail "apt could not install $(basename "$deb")"; }
dev=$(dpkg-query -W -f='${Package}\n' | grep -E -- '-dev$|^(gcc|g\+\+|cmake|clang)(-[0-9]+)?$' || true)
[ -z "$dev" ] || fail "installing it brought in development packages: $(echo $dev)"

step "groundwork-cli makes a project, imports a transcript and reports on it, in English and in German"
work=$(mktemp -d)
cd "$work"
groundwork-cli --version
printf 'Interviewer: How did the site visit go?\nP1: We saw the system in use on a real ward.\n' >interview.txt
groundwork-cli init study.groundwork >/dev/null
groundwork-cli import -p study.groundwork interview.txt >/dev/null
groundwork-cli info -p study.groundwork | tee info.txt
grep -Eq "sources +1 " info.txt || fail "groundwork-cli info does not count the imported source"
LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 groundwork-cli info -p study.groundwork 2>/dev/null >info-de.txt
grep -Eq "Quellen +1 " info-de.txt || fail "groundwork-cli does not speak German under a German locale: $(head -3 info-de.txt)"

step "groundwork opens the demo study and draws its window (offscreen)"
QT_QPA_PLATFORM=offscreen groundwork --demo --screenshot "$work/window.png" 2>"$work/gui.log" ||
    { cat "$work/gui.log" >&2; fail "groundwork could not open the demo study"; }
[ "$(stat -c %s "$work/window.png")" -gt 20000 ] || fail "the window's picture is empty"

step "manual pages, the user guide, the icon, the desktop file, the metainfo and the MIME types are installed"
for f in /usr/share/man/man1/groundwork.1.gz /usr/share/man/man1/groundwork-cli.1.gz \
    /usr/share/groundwork/manual/index.html /usr/share/groundwork/manual/images/document.png \
    /usr/share/icons/hicolor/scalable/apps/org.groundworkqda.Groundwork.svg \
    /usr/share/icons/hicolor/48x48/apps/org.groundworkqda.Groundwork.png \
    /usr/share/applications/org.groundworkqda.Groundwork.desktop \
    /usr/share/metainfo/org.groundworkqda.Groundwork.metainfo.xml \
    /usr/share/mime/packages/org.groundworkqda.Groundwork.xml; do
    [ -s "$f" ] || fail "$f is missing"
done
for program in /usr/bin/groundwork /usr/bin/groundwork-cli; do # a stripped binary names no debug section
    if LC_ALL=C grep -q -a -F .debug_info "$program"; then fail "$program is not stripped"; fi
done

step "a desktop's tools recognise a renamed project and open it with Groundwork"
apt-get install -y -qq --no-install-recommends xdg-utils libfile-mimeinfo-perl shared-mime-info \
    desktop-file-utils >/tmp/apt-desktop.log 2>&1 || { tail -20 /tmp/apt-desktop.log >&2; fail "apt: desktop tools"; }
cp study.groundwork "$work/renamed-study"
type=$(xdg-mime query filetype "$work/renamed-study")
[ "$type" = application/x-groundwork ] || fail "a renamed project is taken for $type, not application/x-groundwork"
cp study.groundwork "$work/study.sqlite"
type=$(xdg-mime query filetype "$work/study.sqlite")
[ "$type" = application/x-groundwork ] || fail "a project named .sqlite is taken for $type"
printf 'PK\003\004' >"$work/teammate.qdpx"
type=$(xdg-mime query filetype "$work/teammate.qdpx")
[ "$type" = application/x-refi-qda-project ] || fail "a .qdpx is taken for $type"
for t in application/x-groundwork application/x-refi-qda-project application/x-refi-qda-codebook; do
    app=$(xdg-mime query default "$t")
    [ "$app" = org.groundworkqda.Groundwork.desktop ] || fail "$t opens with '$app', not Groundwork"
done
step "passed"

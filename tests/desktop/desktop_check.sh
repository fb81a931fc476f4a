#!/usr/bin/env bash
# desktop_check.sh WHAT REPO BUILD: checks the files Groundwork installs for a
# desktop with the freedesktop tools a distribution checks them with.
#   desktop   the .desktop file passes desktop-file-validate
#   metainfo  the AppStream metainfo passes appstreamcli validate --no-net
#   mime      the MIME types, installed in a private data folder, make xdg-mime
#             recognise a project by its header (renamed, or named .sqlite),
#             and tell it from another SQLite file and from REFI-QDA files
#   icons     the icon exists as SVG and at every PNG size, each the size it says
set -euo pipefail
what=$1 repo=$2 build=$3
id=org.groundworkqda.Groundwork
desktop_dir=$repo/packaging/desktop
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

case "$what" in
desktop)
    out=$(desktop-file-validate "$desktop_dir/$id.desktop" 2>&1) || fail "desktop-file-validate: $out"
    [ -z "$out" ] || fail "desktop-file-validate warns: $out"
    ;;
metainfo)
    appstreamcli validate --no-net --pedantic "$desktop_dir/$id.metainfo.xml" ||
        fail "appstreamcli does not pass $id.metainfo.xml"
    # The releases list starts at this build's version.
    version=$(sed -n 's/^project(Groundwork VERSION \([0-9.]*\).*/\1/p' "$repo/CMakeLists.txt")
    grep -q "<release version=\"$version\"" "$desktop_dir/$id.metainfo.xml" ||
        fail "the metainfo has no release $version"
    ;;
mime)
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/data/mime/packages"
    cp "$desktop_dir/$id.mime.xml" "$tmp/data/mime/packages/$id.xml"
    update-mime-database "$tmp/data/mime" || fail "update-mime-database refuses the MIME types"
    query() { env -u XDG_CURRENT_DESKTOP -u KDE_FULL_SESSION XDG_DATA_HOME="$tmp/data" XDG_DATA_DIRS=/usr/share \
        xdg-mime query filetype "$1"; }
    expect() {
        local got
        got=$(query "$1")
        [ "$got" = "$2" ] || fail "$(basename "$1") is taken for $got, not $2"
        echo "$(basename "$1"): $got"
    }
    "$build/app/groundwork-cli" init "$tmp/study.groundwork" >/dev/null
    cp "$tmp/study.groundwork" "$tmp/renamed-study"
    cp "$tmp/study.groundwork" "$tmp/study.sqlite"
    cp "$tmp/study.groundwork" "$tmp/study-backup.db"
    sqlite3 "$tmp/other.sqlite" 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
    printf 'PK\003\004' >"$tmp/teammate.qdpx"
    printf '<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>\n' >"$tmp/codes.qdc"
    expect "$tmp/study.groundwork" application/x-groundwork
    expect "$tmp/renamed-study" application/x-groundwork
    expect "$tmp/study.sqlite" application/x-groundwork
    expect "$tmp/study-backup.db" application/x-groundwork
    expect "$tmp/other.sqlite" application/vnd.sqlite3
    expect "$tmp/teammate.qdpx" application/x-refi-qda-project
    expect "$tmp/codes.qdc" application/x-refi-qda-codebook
    ;;
icons)
    [ -s "$repo/resources/icons/$id.svg" ] || fail "no SVG icon"
    for size in 16 22 24 32 48 64 128 256; do
        png=$build/icons/hicolor/${size}x${size}/apps/$id.png
        [ -s "$png" ] || fail "no ${size}x${size} icon"
        got=$(file -b "$png")
        case "$got" in *"$size x $size"*) ;; *) fail "$png is $got" ;; esac
    done
    ;;
*) fail "desktop_check.sh: unknown check $what" ;;
esac

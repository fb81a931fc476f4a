#!/bin/sh
# Fails when the layers leak: core/ including Qt Widgets, ui/ or app/ calling
# SQLite directly, or groundwork-cli linking Qt Widgets.
root=$1 cli=$2
status=0
if grep -rnE '#include *<(QtWidgets|QWidget|QApplication|QMainWindow|QDialog)' "$root/core"; then
    echo "core/ must not include Qt Widgets" >&2; status=1
fi
if grep -rnE 'sqlite3_|#include *<sqlite3.h>' "$root/ui" "$root/app"; then
    echo "ui/ and app/ must not call SQLite; go through core" >&2; status=1
fi
if readelf -d "$cli" | grep -q 'libQt6Widgets'; then
    echo "groundwork-cli must not link Qt Widgets" >&2; status=1
fi
[ $status = 0 ] && echo "layers: core has no widgets, ui/app no SQL, the CLI no Qt Widgets"
exit $status

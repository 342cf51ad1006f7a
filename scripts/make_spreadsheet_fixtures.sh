#!/usr/bin/env bash
# Regenerates the importer's spreadsheet fixtures (tests/fixtures/spreadsheets/) from the sources in
# tests/fixtures/spreadsheets/src/ with LibreOffice Calc, so they hold what a real spreadsheet program
# writes: phone numbers Calc turned into numbers (leading 0 lost), "2,25071E+12" read as a number,
# CSV exports in Windows-1252, tab-separated UTF-8 and UTF-16 ("Unicode text"), several sheets, and
# password-protected xls/ods. The outputs are committed; run this only when a source changes.
#
# Needs: soffice (Debian: libreoffice-calc) and python3-uno for the password-protected files.
# Usage: bash scripts/make_spreadsheet_fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=tests/fixtures/spreadsheets/src
OUT=tests/fixtures/spreadsheets
command -v soffice >/dev/null || { echo "soffice (LibreOffice) is needed: apt-get install libreoffice-calc" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A private profile: another soffice running on the machine (or a user's) does not get in the way.
PROFILE="file://$WORK/profile"
calc() { soffice -env:UserInstallation="$PROFILE" --headless --norestore "$@" >/dev/null 2>&1; }

# convert SOURCE FILTER TARGET: one LibreOffice conversion into $OUT/TARGET (its own folder, since the
# converted file keeps the source's base name).
convert() {
    local source=$1 filter=$2 target=$3 infilter=${4:-}
    local dir="$WORK/out_$target"
    mkdir -p "$dir"
    if [ -n "$infilter" ]; then
        calc --infilter="$infilter" --convert-to "$filter" --outdir "$dir" "$source"
    else
        calc --convert-to "$filter" --outdir "$dir" "$source"
    fi
    local produced
    produced=$(find "$dir" -maxdepth 1 -type f | head -n 1)
    [ -n "$produced" ] || { echo "LibreOffice produced nothing for $target" >&2; exit 1; }
    mv "$produced" "$OUT/$target"
    echo "wrote $OUT/$target ($(stat -c %s "$OUT/$target") bytes)"
}

# CSV import options (Calc's "Text Import" dialog): separator ";" (59), quote '"' (34), UTF-8 (76),
# from line 1, standard cell format so Calc detects numbers (0707123456 becomes 707123456, as when
# Excel opens a CSV), French locale (1036: "2,25071E+12" is read as a number), quoted fields not forced
# to text, special numbers detected.
IN_CSV='CSV:59,34,76,1,,1036,false,true'
cp "$SRC/membres.csv" "$WORK/membres.csv"
convert "$WORK/membres.csv" 'xlsx:Calc MS Excel 2007 XML' membres.xlsx "$IN_CSV"
convert "$WORK/membres.csv" 'xls:MS Excel 97' membres.xls "$IN_CSV"
convert "$WORK/membres.csv" 'ods:calc8' membres.ods "$IN_CSV"

# What users get when they "save as CSV" from their workbook: Calc exports of the xlsx above.
# Export options: separator, quote, charset (1 = Windows-1252, 76 = UTF-8, 65535 = UTF-16), line 1.
convert "$OUT/membres.xlsx" 'csv:Text - txt - csv (StarCalc):44,34,1,1' membres_export_cp1252.csv
convert "$OUT/membres.xlsx" 'txt:Text - txt - csv (StarCalc):9,34,76,1' membres_export_tab.txt
convert "$OUT/membres.xlsx" 'txt:Text - txt - csv (StarCalc):9,34,65535,1' membres_unicode.txt
# Excel's "CSV UTF-8" adds a byte order mark; the source itself is such a file without it.
{ printf '\xef\xbb\xbf'; cat "$SRC/membres.csv"; } > "$OUT/membres_utf8_bom.csv"
echo "wrote $OUT/membres_utf8_bom.csv"

# Several sheets (an empty one first), from a flat ODF file written by hand.
convert "$SRC/deux_feuilles.fods" 'xlsx:Calc MS Excel 2007 XML' deux_feuilles.xlsx
convert "$SRC/deux_feuilles.fods" 'ods:calc8' deux_feuilles.ods

# Password-protected copies (password "secret"), saved by Calc through its UNO API. LibreOffice 7.4
# does not encrypt OOXML this way (the xlsx comes out unencrypted), so only xls (RC4) and ods (AES)
# are made; the tests build an encrypted-OOXML container themselves.
UNO_PYTHON=""
for candidate in /usr/bin/python3 python3; do  # LibreOffice's UNO bridge is built for the system Python
    if "$candidate" -c 'import uno' 2>/dev/null; then UNO_PYTHON=$candidate; break; fi
done
[ -n "$UNO_PYTHON" ] || { echo "python3-uno is needed for the password-protected files" >&2; exit 1; }
PORT=$("$UNO_PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
soffice -env:UserInstallation="$PROFILE" --headless --norestore --invisible \
    "--accept=socket,host=127.0.0.1,port=$PORT;urp;" >/dev/null 2>&1 &
OFFICE_PID=$!
trap 'kill "$OFFICE_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
"$UNO_PYTHON" - "$PORT" "$(realpath "$OUT/membres.xlsx")" "$(realpath "$OUT")" <<'PYTHON'
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


port, source, out = sys.argv[1], sys.argv[2], sys.argv[3]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for _ in range(150):
    try:
        context = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.2)
else:
    sys.exit("LibreOffice did not start")
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
for name, filter_name in (("membres_mot_de_passe.xls", "MS Excel 97"), ("membres_mot_de_passe.ods", "calc8")):
    target = uno.systemPathToFileUrl(f"{out}/{name}")
    document.storeToURL(target, (prop("FilterName", filter_name), prop("Password", "secret")))
    print(f"wrote {out}/{name}")
document.close(True)
try:
    desktop.terminate()
except Exception:
    pass  # the connection drops as LibreOffice quits
PYTHON
wait "$OFFICE_PID" 2>/dev/null || true

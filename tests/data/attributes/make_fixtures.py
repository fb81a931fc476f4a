#!/usr/bin/env python3
"""Writes the case-attribute fixtures in this folder, deterministically.

Run from anywhere: python3 tests/data/attributes/make_fixtures.py
Every participant, site and value is made up; the role counts follow the
in-depth group of Table 2 (Mozaffar, Williams, Cresswell, JMIR 2026, CC BY 4.0).
"""
import datetime
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

ROLES = [("CCIO", 34), ("Program manager", 29), ("CIO", 27), ("Nursing roles", 15),
         ("Digital director/lead", 12), ("CNIO", 11), ("Project manager", 11), ("Pharmacist", 7),
         ("Other IT-related roles", 20), ("Clinical transformation lead", 6), ("Benefit realization lead", 6)]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def participants():
    roles = [role for role, n in ROLES for _ in range(n)]
    random.Random(2026).shuffle(roles)
    sites = ["Site_" + chr(ord("A") + i) for i in range(12)]
    lines = ["participant,site,role,programme_status,interview_date,years_in_role,recorded,transcript"]
    start = datetime.date(2018, 3, 5)
    for i, role in enumerate(roles):
        pid = "P%03d" % (i + 1)
        site = sites[i % 12]
        status = "exemplar" if i % 12 < 7 else "fast follower"
        date = (start + datetime.timedelta(days=9 * i)).isoformat()
        years = str(i % 20 + 1) if i % 5 else "%d.5" % (i % 20)
        recorded = "no" if i % 9 == 4 else "yes"
        quoted_role = '"%s"' % role if "/" in role else role
        lines.append(",".join([pid, site, quoted_role, status, date, years, recorded, "interview-%s.txt" % pid]))
    write("participants.csv", "\n".join(lines) + "\n")


def semicolon():
    rows = [
        'id;name;note;score',
        '"S1";"\U00020BB7野 Ana \U0001F642";"said ""yes""; then, left";3.5',
        'S2;Bea;"two\r\nlines";4',
        'S3;"Chen";;',
    ]
    write("semicolon.csv", b"\xef\xbb\xbf" + "\r\n".join(rows).encode("utf-8") + b"\r\n")


XLSX_PARTS = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>',
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
    "xl/workbook.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Participants" sheetId="1" r:id="rId7"/><sheet name="Notes" sheetId="2" r:id="rId8"/></sheets>'
        '</workbook>',
    "xl/_rels/workbook.xml.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>',
    "xl/sharedStrings.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="8" uniqueCount="8">'
        '<si><t>id</t></si><si><t>site</t></si><si><t>age</t></si><si><t>consented</t></si>'
        '<si><t>interview_date</t></si><si><t>note</t></si><si><t>P01</t></si>'
        '<si><r><t>Site_</t></r><r><rPr><b/></rPr><t>E</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>'
        '</sst>',
    "xl/styles.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
        '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
        '<cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0"/><xf numFmtId="164" xfId="0"/></cellXfs>'
        '</styleSheet>',
    # Row 1 header; row 2 full; row 3 has no B3 (a gap); row 4 is missing; row 5 partial.
    "xl/worksheets/sheet1.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2" t="s"><v>7</v></c><c r="C2"><v>42</v></c>'
        '<c r="D2" t="b"><v>1</v></c><c r="E2" s="1"><v>43466</v></c>'
        '<c r="F2" t="inlineStr"><is><t>said \U0001F642</t></is></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>P02</t></is></c><c r="C3"><v>37.5</v></c>'
        '<c r="D3" t="b"><v>0</v></c><c r="E3" s="2"><v>43831</v></c></row>'
        '<row r="5"><c r="A5" t="str"><f>"P"&amp;"03"</f><v>P03</v></c><c r="C5" t="n"><v>0.30000000000000004</v></c>'
        '<c r="D5" t="b"><v>1</v></c></row>'
        '</sheetData></worksheet>',
    "xl/worksheets/sheet2.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>not the first sheet</t></is></c></row>'
        '</sheetData></worksheet>',
}


def xlsx():
    path = os.path.join(HERE, "participants.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in XLSX_PARTS.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    with open(path, "rb") as f:
        data = f.read()
    # Damaged: the second half, with the central directory, is gone.
    write("corrupt.xlsx", data[: len(data) // 2])
    lying_xlsx()


def lying_xlsx():
    """The first sheet is 200 MB of spaces (a few hundred KB deflated) whose
    headers claim 1,000 bytes: a reader that trusts the claim inflates it all."""
    import struct
    path = os.path.join(HERE, "lying-size.xlsx")
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path, "w") as z:
        for name, text in XLSX_PARTS.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if name != sheet:
                z.writestr(info, text.encode("utf-8"))
                continue
            with z.open(info, "w", force_zip64=False) as f:
                f.write(text.encode("utf-8")[:-len("</sheetData></worksheet>")])
                chunk = b" " * (1024 * 1024)
                for _ in range(200):
                    f.write(chunk)
                f.write(b"</sheetData></worksheet>")
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(sheet)
        local, real = info.header_offset, info.file_size
    with open(path, "rb") as f:
        data = bytearray(f.read())
    central = data.find(b"PK\x01\x02")
    while central >= 0 and data[central + 46:central + 46 + len(sheet)] != sheet.encode():
        central = data.find(b"PK\x01\x02", central + 4)
    assert struct.unpack_from("<I", data, local + 22)[0] == real and central > 0
    struct.pack_into("<I", data, local + 22, 1000)
    struct.pack_into("<I", data, central + 24, 1000)
    write("lying-size.xlsx", bytes(data))


def small_sheets():
    write("duplicate-ids.csv", "participant,site,role\nP01,Site_A,CCIO\nP02,Site_B,CIO\nP01,Site_C,Pharmacist\n"
                               "P03,Site_D,CNIO\nP02,Site_E,CIO\n")
    write("unknown-sources.csv", "participant,site,transcript\nP01,Site_A,P01.txt\nP02,Site_B,interview-p02\n"
                                 "P03,Site_C,missing.txt\nP04,Site_D,\n")


if __name__ == "__main__":
    participants()
    semicolon()
    xlsx()
    small_sheets()

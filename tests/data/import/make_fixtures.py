#!/usr/bin/env python3
"""Writes the .docx/.odt/.pdf test fixtures in this folder (see ../README.md).

Run from anywhere: python3 tests/data/import/make_fixtures.py
Zip entries get a fixed date, so the output is the same on every run.
With --pdf (needs qpdf), it completes two-pages.pdf, written by
make_pdf_fixtures.cpp, and makes locked.pdf from it.
"""
import os
import re
import struct
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = (1980, 1, 1, 0, 0, 0)
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs, style=None, numbered=False):
    props = ''
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if numbered:
        props += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    return f'<w:p><w:pPr>{props}<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>{"".join(runs)}</w:p>'


def cell(*paras):
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{"".join(paras)}</w:tc>'


DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:document xmlns:w="{W}" xmlns:mc="{MC}"><w:body>'
    + para(run('Interview with P01'), style='Heading1')
    + para(run('We pair '), '<w:r><w:rPr><w:b/></w:rPr><w:t>with site B</w:t></w:r>',
           '<w:del w:id="1" w:author="A"><w:r><w:delText> (deleted words)</w:delText></w:r></w:del>',
           '<w:moveFrom w:id="2" w:author="A"><w:r><w:t> moved away</w:t></w:r></w:moveFrom>',
           '<w:r><w:t>.</w:t><w:tab/><w:t>Then</w:t><w:br/><w:t>a new line.</w:t></w:r>')
    + '<w:p/>'
    + para(run('first point'), numbered=True)
    + para(run('second point 🙂'), numbered=True)
    + '<w:tbl><w:tblPr/><w:tr>' + cell(para(run('Case'))) + cell(para(run('Site'))) + '</w:tr>'
    + '<w:tr>' + cell(para(run('P01'))) + cell(para(run('B 𠮷')), para(run('second paragraph'))) + '</w:tr></w:tbl>'
    + para(run('See the box.'),
           '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
           + para(run('Box text')) + '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>'
           + para(run('Box text')) + '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    + para(run('Non-BMP: 🙂 and 𠮷.'))
    + '<w:sectPr/></w:body></w:document>')

MALFORMED = f'<?xml version="1.0"?>\n<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>unclosed</w:r></w:p></w:body></w:document>'
ENTITIES = ('<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n'
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>')

ODF = {
    'office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
    'text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
    'table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
}
NS = ' '.join(f'xmlns:{k}="{v}"' for k, v in ODF.items())
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<office:document-content {NS} office:version="1.3"><office:body><office:text>'
    '<text:sequence-decls/>'
    '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
    '<text:p>deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>'
    '<text:h text:outline-level="1">Interview with P02</text:h>\n'
    '<text:p>We   pair\n  with <text:span>site</text:span> B.<text:s text:c="2"/>Two spaces.<text:tab/>Then'
    '<text:line-break/>a new line.<office:annotation><text:p>a comment</text:p></office:annotation></text:p>\n'
    '<text:p/>'
    '<text:list><text:list-item><text:p>first point</text:p></text:list-item>'
    '<text:list-item><text:p>second point 🙂</text:p></text:list-item></text:list>\n'
    '<table:table table:name="T"><table:table-column table:number-columns-repeated="2"/>'
    '<table:table-row><table:table-cell><text:p>Case</text:p></table:table-cell>'
    '<table:table-cell><text:p>Site</text:p></table:table-cell></table:table-row>'
    '<table:table-row><table:table-cell><text:p>P02</text:p></table:table-cell>'
    '<table:table-cell><text:p>C 𠮷</text:p></table:table-cell></table:table-row></table:table>\n'
    '<text:p>Footnote here<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
    '<text:note-body><text:p>The note.</text:p></text:note-body></text:note>.</text:p>\n'
    '<text:p>Non-BMP: 🙂 and 𠮷. </text:p>'
    '</office:text></office:body></office:document-content>')


def write_zip(name, entries):
    """ENTRIES: (name, bytes-or-str, compress_type) in order."""
    with zipfile.ZipFile(os.path.join(HERE, name), 'w') as z:
        for entry, data, method in entries:
            info = zipfile.ZipInfo(entry, DATE)
            info.compress_type = method
            z.writestr(info, data.encode() if isinstance(data, str) else data, compresslevel=9)


def docx(name, document=DOCUMENT):
    entries = [('[Content_Types].xml', CONTENT_TYPES, zipfile.ZIP_DEFLATED),
               ('_rels/.rels', RELS, zipfile.ZIP_DEFLATED)]
    if document is not None:
        entries.append(('word/document.xml', document, zipfile.ZIP_DEFLATED))
    write_zip(name, entries)


def odt(name, content=CONTENT):
    # ODF: "mimetype" first and stored, so file(1) and others can sniff it.
    entries = [('mimetype', 'application/vnd.oasis.opendocument.text', zipfile.ZIP_STORED),
               ('META-INF/manifest.xml', MANIFEST, zipfile.ZIP_DEFLATED)]
    if content is not None:
        entries.append(('content.xml', content, zipfile.ZIP_DEFLATED))
    write_zip(name, entries)


def read(name):
    with open(os.path.join(HERE, name), 'rb') as f:
        return f.read()


def write(name, data):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)


def bomb(name, megabytes, declared=None):
    """A document.xml of zeros; DECLARED, if given, is the (false) size in its headers."""
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, 'w') as z:
        z.writestr(zipfile.ZipInfo('[Content_Types].xml', DATE), CONTENT_TYPES)
        info = zipfile.ZipInfo('word/document.xml', DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, 'w', force_zip64=False) as f:
            chunk = bytes(1024 * 1024)
            for _ in range(megabytes):
                f.write(chunk)
    if declared is not None:
        with zipfile.ZipFile(path) as z:
            local = z.getinfo('word/document.xml').header_offset
        data = bytearray(read(name))
        central = data.rfind(b'PK\x01\x02')
        real = megabytes * 1024 * 1024
        # Python seeks back and writes the real sizes into the local header, so
        # there is no data descriptor; patch both headers.
        assert data[local:local + 4] == b'PK\x03\x04'
        assert struct.unpack_from('<I', data, local + 22)[0] == real
        assert struct.unpack_from('<I', data, central + 24)[0] == real
        struct.pack_into('<I', data, local + 22, declared)
        struct.pack_into('<I', data, central + 24, declared)
        write(name, bytes(data))


def complete_pdf():
    """two-pages.pdf comes from make_pdf_fixtures.cpp. Qt's PDF writer leaves
    non-BMP characters out of the font's ToUnicode map (so no reader can
    extract them); add the two it drew, as any PDF producer with proper
    Unicode support writes them, then make locked.pdf from it with qpdf."""
    pdf = os.path.join(HERE, 'two-pages.pdf')
    qdf = pdf + '.qdf'
    subprocess.run(['qpdf', '--qdf', '--object-streams=disable', pdf, qdf], check=True)
    data = read(qdf)
    # Glyphs 0x13 and 0x15 are U+1D538 and U+1F600 (in drawing order).
    missing = b'<0013> <0013> <D835DD38>\n<0015> <0015> <D83DDE00>\n'
    ranges = re.search(rb'(\d+) beginbfrange\n', data)
    assert ranges and b'<0013> <0013>' not in data
    data = (data[:ranges.start()] + b'%d beginbfrange\n' % (int(ranges.group(1)) + 2) + missing
            + data[ranges.end():])
    write(os.path.basename(qdf), data)
    subprocess.run(['fix-qdf', qdf, pdf], check=True)
    os.remove(qdf)
    subprocess.run(['qpdf', '--replace-input', pdf], check=True)
    subprocess.run(['qpdf', '--encrypt', 'secret', 'secret', '256', '--', pdf,
                    os.path.join(HERE, 'locked.pdf')], check=True)


def main():
    if sys.argv[1:] == ['--pdf']:
        complete_pdf()
        return
    docx('interview.docx')
    odt('interview.odt')
    good = read('interview.docx')
    write('truncated.docx', good[: len(good) * 2 // 3])
    # Damage the deflated document.xml in the middle: the archive's directory
    # is intact, the part cannot be inflated.
    with zipfile.ZipFile(os.path.join(HERE, 'interview.docx')) as z:
        info = z.getinfo('word/document.xml')
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    damaged = bytearray(good)
    for i in range(start + 20, start + 60):
        damaged[i] = 0xFF
    write('corrupt.docx', bytes(damaged))
    docx('no-document.docx', None)
    docx('malformed.docx', MALFORMED)
    docx('entities.docx', ENTITIES)
    bomb('bomb.docx', 200)
    bomb('lying-bomb.docx', 80, declared=1000)
    good_odt = read('interview.odt')
    write('truncated.odt', good_odt[: len(good_odt) // 2])
    odt('no-content.odt', None)
    write('not-a-zip.odt', b'This was saved as plain text and renamed.\n')
    # A file that starts like a PDF and goes on as nothing poppler can read.
    write('damaged.pdf', b'%PDF-1.7\n' + bytes((i * 37 + 11) % 256 for i in range(2048)))


if __name__ == '__main__':
    main()

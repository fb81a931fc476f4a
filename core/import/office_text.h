#pragma once
// What the office formats (.docx, .odt) share once their XML is read: one
// layout of the text, and the refusals of unsafe or malformed XML.

#include "core/error.h"

#include <QString>
#include <QStringList>

class QXmlStreamReader;

namespace gw {

// Lays out a document's blocks as plain text the same way for every office
// format: paragraphs and headings separated by blank lines; list items ("- ")
// and table rows (cells joined by " | ") one per line, each list or table a
// block of its own. Blocks with no visible text are left out.
class OfficeTextLayout
{
public:
    void addParagraph(const QString &text);
    void addListItem(const QString &text);
    void addTableRow(const QStringList &cells);
    // Ends the current table, so a table right after it starts a new block.
    void endTable();
    [[nodiscard]] QString text() const { return m_text; }

private:
    enum class Block { None, Paragraph, ListItem, TableRow };
    void add(Block block, const QString &line);

    QString m_text;
    Block m_last = Block::None;
};

// A paragraph inside a table cell becomes part of the cell's one line.
void appendToCell(QString &cell, const QString &paragraph);

// Office XML never needs a DTD; one that declares entities can only be an
// attack (entity expansion, external files), so it is refused before any
// content is read. QXmlStreamReader never fetches external entities itself.
[[nodiscard]] bool declaresEntities(const QXmlStreamReader &xml);
[[nodiscard]] Error unsafeXmlError(const QString &fileName, const QString &part);
[[nodiscard]] Error malformedXmlError(const QXmlStreamReader &xml, const QString &fileName,
                                      const QString &part);
[[nodiscard]] Error noTextError(const QString &fileName);

} // namespace gw

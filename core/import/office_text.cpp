#include "core/import/office_text.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace gw {

void OfficeTextLayout::addParagraph(const QString &text)
{
    add(Block::Paragraph, text);
}

void OfficeTextLayout::addListItem(const QString &text)
{
    if (!text.trimmed().isEmpty())
        add(Block::ListItem, QStringLiteral("- ") + text.trimmed());
}

void OfficeTextLayout::addTableRow(const QStringList &cells)
{
    // Trailing empty cells say nothing; a row of empty cells is dropped by add().
    QStringList row = cells;
    while (!row.isEmpty() && row.last().trimmed().isEmpty())
        row.removeLast();
    add(Block::TableRow, row.join(QStringLiteral(" | ")));
}

void OfficeTextLayout::endTable()
{
    if (m_last == Block::TableRow)
        m_last = Block::None;
}

void OfficeTextLayout::add(Block block, const QString &line)
{
    if (line.trimmed().isEmpty())
        return;
    if (!m_text.isEmpty()) {
        // Items of one list and rows of one table stay together, a line each.
        const bool sameBlock = block == m_last && block != Block::Paragraph;
        m_text += sameBlock ? QStringLiteral("\n") : QStringLiteral("\n\n");
    }
    m_text += line;
    m_last = block;
}

static void appendToCell(QString &cell, const QString &paragraph)
{
    // A cell is one line of its row: line breaks inside it become spaces.
    QString flat = paragraph;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    flat = flat.trimmed();
    if (flat.isEmpty())
        return;
    if (!cell.isEmpty())
        cell += QLatin1Char(' ');
    cell += flat;
}

void OfficeBlocks::endTable()
{
    if (--m_tableDepth == 0)
        m_layout.endTable();
}

void OfficeBlocks::finishParagraph(const QString &text, bool listItem, bool insideAnother)
{
    if (m_tableDepth > 0) {
        appendToCell(m_cell, text);
    } else if (insideAnother) {
        m_nested.push_back({text, listItem}); // a note or text box: after its paragraph
    } else {
        add({text, listItem});
        for (const Block &nested : m_nested)
            add(nested);
        m_nested.clear();
    }
}

void OfficeBlocks::add(const Block &block)
{
    if (block.listItem)
        m_layout.addListItem(block.text);
    else
        m_layout.addParagraph(block.text);
}

bool declaresEntities(const QXmlStreamReader &xml)
{
    return xml.tokenType() == QXmlStreamReader::DTD && !xml.entityDeclarations().isEmpty();
}

Error unsafeXmlError(const QString &fileName, const QString &part)
{
    return Error::make(
        ErrorKind::InvalidInput,
        QCoreApplication::translate("gw::office_text", "%1 was refused: its %2 declares XML entities, which office documents never "
                       "need and which can be used to attack the reader.")
            .arg(fileName, part));
}

Error malformedXmlError(const QXmlStreamReader &xml, const QString &fileName, const QString &part)
{
    return Error::make(ErrorKind::InvalidInput,
                       QCoreApplication::translate("gw::office_text", "%1 is damaged: its %2 is not well-formed XML (%3, line %4).")
                           .arg(fileName, part, xml.errorString())
                           .arg(xml.lineNumber()));
}

Error noTextError(const QString &fileName)
{
    return Error::make(ErrorKind::InvalidInput, QCoreApplication::translate("gw::office_text", "%1 has no text.").arg(fileName));
}

Error tooDeepError(const QString &fileName, const QString &part)
{
    return Error::make(ErrorKind::InvalidInput,
                       QCoreApplication::translate("gw::office_text", "%1 is not a document Groundwork can read: its %2 nests more than %3 "
                                      "levels deep, which no word processor writes.")
                           .arg(fileName, part)
                           .arg(kMaxOfficeXmlDepth));
}

} // namespace gw

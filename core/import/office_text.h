#pragma once
// What the office formats (.docx, .odt) share once their XML is read: one
// layout of the text, and the refusals of unsafe or malformed XML.

#include "core/error.h"

#include <QString>
#include <QStringList>
#include <vector>

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

// The block structure both office readers meet as their XML goes by: tables
// (a nested table's text joins its outer cell), rows and cells, and paragraphs,
// some inside others (notes, text boxes), which follow the paragraph they sit
// in. The readers keep their own open-paragraph stacks and report here.
class OfficeBlocks
{
public:
    void beginTable() { ++m_tableDepth; }
    void endTable();
    // Rows and cells count only in a top-level table.
    [[nodiscard]] bool inTopLevelTable() const { return m_tableDepth == 1; }
    void beginRow() { m_row.clear(); }
    void endRow() { m_layout.addTableRow(m_row); }
    void beginCell() { m_cell.clear(); }
    void endCell() { m_row << m_cell; }
    // A paragraph ended; INSIDEANOTHER says another paragraph is still open.
    void finishParagraph(const QString &text, bool listItem, bool insideAnother);
    [[nodiscard]] QString text() const { return m_layout.text(); }

private:
    struct Block
    {
        QString text;
        bool listItem = false;
    };
    void add(const Block &block);

    OfficeTextLayout m_layout;
    std::vector<Block> m_nested;
    int m_tableDepth = 0;
    QStringList m_row;
    QString m_cell;
};

// Office XML never needs a DTD; one that declares entities can only be an
// attack (entity expansion, external files), so it is refused before any
// content is read. QXmlStreamReader never fetches external entities itself.
[[nodiscard]] bool declaresEntities(const QXmlStreamReader &xml);
[[nodiscard]] Error unsafeXmlError(const QString &fileName, const QString &part);
[[nodiscard]] Error malformedXmlError(const QXmlStreamReader &xml, const QString &fileName,
                                      const QString &part);
[[nodiscard]] Error noTextError(const QString &fileName);

// Real office documents nest their XML a few dozen levels deep (Word allows
// tables 63 deep). Every open level costs the reader memory, so a document
// nested deeper than this is refused instead of read.
inline constexpr int kMaxOfficeXmlDepth = 512;
[[nodiscard]] Error tooDeepError(const QString &fileName, const QString &part);

} // namespace gw

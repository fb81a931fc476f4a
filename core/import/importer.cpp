#include "core/import/importer.h"

#include "core/import/docx_importer.h"
#include "core/import/html_importer.h"
#include "core/import/odt_importer.h"
#include "core/import/pdf_importer.h"
#include "core/import/plain_text_importer.h"
#include "core/import/srt_importer.h"
#include "core/import/vtt_importer.h"

#include <QFileInfo>

namespace gw {

const std::vector<std::unique_ptr<Importer>> &importers()
{
    static const std::vector<std::unique_ptr<Importer>> all = [] {
        std::vector<std::unique_ptr<Importer>> list;
        list.push_back(std::make_unique<PlainTextImporter>());
        list.push_back(std::make_unique<DocxImporter>());
        list.push_back(std::make_unique<OdtImporter>());
        list.push_back(std::make_unique<HtmlImporter>());
        list.push_back(std::make_unique<PdfImporter>());
        list.push_back(std::make_unique<VttImporter>());
        list.push_back(std::make_unique<SrtImporter>());
        return list;
    }();
    return all;
}

const Importer *importerFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto &importer : importers())
        if (importer->suffixes().contains(suffix))
            return importer.get();
    return nullptr;
}

} // namespace gw

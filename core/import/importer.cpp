#include "core/import/importer.h"

#include "core/import/plain_text_importer.h"

#include <QFileInfo>

namespace gw {

const std::vector<std::unique_ptr<Importer>> &importers()
{
    static const std::vector<std::unique_ptr<Importer>> all = [] {
        std::vector<std::unique_ptr<Importer>> list;
        list.push_back(std::make_unique<PlainTextImporter>());
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

#include "core/export/structure_table.h"

#include "core/export/table_layout.h"

#include <QCoreApplication>

namespace gw {

Status writeStructureTable(const DataStructure &structure, TableFormat format,
                           const TableOptions &options, const QString &path)
{
    if (structure.dimensions.empty())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::structure_table", "Nothing was written to %1: the data structure has no aggregate "
                                   "dimensions yet. Place themes under dimensions first.")
                        .arg(path));
    return writeTable(layoutStructureTable(structure, options), format, path);
}

} // namespace gw

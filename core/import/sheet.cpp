#include "core/import/sheet.h"

#include "core/import/importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace gw {

Result<Sheet> readSheetFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString suffix = info.suffix().toLower();
    const bool csv = suffix == u"csv" || suffix == u"tsv" || suffix == u"txt";
    if (!csv && suffix != u"xlsx")
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::sheet", "%1: not a sheet Groundwork reads; save it as .csv or .xlsx.")
                        .arg(name));
    if (!info.isFile())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::sheet", "%1 does not exist.").arg(path));
    if (info.size() > kMaxImportBytes)
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::sheet", "%1 is larger than %2 MiB.").arg(name).arg(kMaxImportBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io,
                    QCoreApplication::translate("gw::sheet", "Cannot read %1: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.readAll();
    return csv ? readCsvSheet(bytes, name) : readXlsxSheet(bytes, name);
}

} // namespace gw

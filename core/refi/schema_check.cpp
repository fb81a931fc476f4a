#include "core/refi/schema_check.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <mutex>

namespace gw::refi {

namespace {

struct Collected
{
    QStringList messages;
    int limit = 50;
    int more = 0;
};

void collect(void *context, const xmlError *error)
{
    auto *c = static_cast<Collected *>(context);
    if (!error)
        return;
    if (c->messages.size() >= c->limit) {
        ++c->more;
        return;
    }
    QString message = QString::fromUtf8(error->message ? error->message : "unknown error").trimmed();
    message.replace(QStringLiteral("{urn:QDA-XML:project:1.0}"), QString());
    message.replace(QStringLiteral("{urn:QDA-XML:codebook:1.0}"), QString());
    c->messages.append(QCoreApplication::translate("gw::schema_check", "line %1: %2").arg(error->line).arg(message));
}

// The compiled schemas, made once and only read afterwards.
xmlSchemaPtr schema(SchemaKind kind)
{
    static std::once_flag once;
    static xmlSchemaPtr schemas[2] = {nullptr, nullptr};
    std::call_once(once, [] {
        xmlInitParser();
        const char *files[2] = {":/refi/Project.xsd", ":/refi/Codebook.xsd"};
        for (int i = 0; i < 2; ++i) {
            QFile f(QString::fromLatin1(files[i]));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray xsd = f.readAll();
            xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(xsd.constData(), int(xsd.size()));
            schemas[i] = xmlSchemaParse(parser);
            xmlSchemaFreeParserCtxt(parser);
        }
    });
    return schemas[kind == SchemaKind::Project ? 0 : 1];
}

} // namespace

QStringList schemaDeviations(const QByteArray &xml, SchemaKind kind, int limit)
{
    xmlSchemaPtr s = schema(kind);
    if (!s)
        return {QCoreApplication::translate("gw::schema_check", "the REFI-QDA schema could not be loaded, so the file was not checked against it")};
    Collected collected;
    collected.limit = limit;
    xmlDocPtr doc = xmlReadMemory(xml.constData(), int(xml.size()), nullptr, nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
    if (!doc)
        return {QCoreApplication::translate("gw::schema_check", "the file is not well-formed XML")};
    xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(s);
    xmlSchemaSetValidStructuredErrors(valid, reinterpret_cast<xmlStructuredErrorFunc>(&collect), &collected);
    const int result = xmlSchemaValidateDoc(valid, doc);
    xmlSchemaFreeValidCtxt(valid);
    xmlFreeDoc(doc);
    if (result > 0 && collected.messages.isEmpty())
        collected.messages.append(QCoreApplication::translate("gw::schema_check", "the file does not match the REFI-QDA schema"));
    if (result < 0)
        collected.messages.append(QCoreApplication::translate("gw::schema_check", "the schema check failed inside libxml2"));
    if (collected.more > 0)
        collected.messages.append(QCoreApplication::translate("gw::schema_check", "... and %1 more").arg(collected.more));
    return collected.messages;
}

} // namespace gw::refi

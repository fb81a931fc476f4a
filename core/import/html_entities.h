#pragma once
// HTML character references (&amp;, &eacute;, &#8217;, &#x1F642;) for the HTML
// importer: the named ones met in practice (Latin-1, typography, arrows) and
// every numeric one.

#include <QString>
#include <QStringView>

namespace gw {

// Decodes the character reference starting at the '&' at TEXT[AMP], appending
// it to OUT. Returns how many UTF-16 units it took, or 0 when TEXT[AMP] does
// not start a reference we know (then the '&' is just text).
[[nodiscard]] qsizetype decodeHtmlEntity(QStringView text, qsizetype amp, QString &out);

} // namespace gw

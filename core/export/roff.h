#pragma once
// Text for the manual pages the build writes (groundwork-cli --man, groundwork
// --man): roff, the format man(1) reads.

#include <QString>

namespace gw {

// TEXT safe as roff: backslashes escaped, no line read as a request.
[[nodiscard]] QString roffText(const QString &text);

} // namespace gw

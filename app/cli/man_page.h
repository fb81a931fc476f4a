#pragma once
// The manual page of groundwork-cli (groundwork-cli --man FILE, run by the
// build): the verb list and each verb's own --help, so the page cannot drift
// from what the verbs take.

#include "app/cli/verb.h"

#include <memory>
#include <vector>

namespace gw::cli {

// VERB's --help text, its first line "Usage: groundwork-cli VERB [options]...".
[[nodiscard]] QString verbHelp(const Verb &verb);

// The man page (roff, section 1) of every verb in VERBS.
[[nodiscard]] QString manPage(const std::vector<std::unique_ptr<Verb>> &verbs, const QString &version);

} // namespace gw::cli

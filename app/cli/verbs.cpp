#include "app/cli/verbs.h"

namespace gw::cli {

std::vector<std::unique_ptr<Verb>> allVerbs()
{
    std::vector<std::unique_ptr<Verb>> verbs;
    verbs.push_back(makeInitVerb());
    verbs.push_back(makeImportVerb());
    verbs.push_back(makeInfoVerb());
    verbs.push_back(makeSourcesVerb());
    verbs.push_back(makeCodeAddVerb());
    verbs.push_back(makeCodeListVerb());
    verbs.push_back(makeCodeRenameVerb());
    verbs.push_back(makeSegmentAddVerb());
    verbs.push_back(makeSegmentsVerb());
    verbs.push_back(makeSearchVerb());
    verbs.push_back(makeAttributesImportVerb());
    verbs.push_back(makeCasesVerb());
    return verbs;
}

} // namespace gw::cli

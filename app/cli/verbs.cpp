#include "app/cli/verbs.h"

namespace gw::cli {

std::vector<std::unique_ptr<Verb>> allVerbs()
{
    std::vector<std::unique_ptr<Verb>> verbs;
    verbs.push_back(makeInitVerb());
    verbs.push_back(makeImportVerb());
    verbs.push_back(makeInfoVerb());
    verbs.push_back(makeSourcesVerb());
    verbs.push_back(makeSourceRenameVerb());
    verbs.push_back(makeSourceKindVerb());
    verbs.push_back(makeSourceRemoveVerb());
    verbs.push_back(makeSourceEditVerb());
    verbs.push_back(makeAnonymiseVerb());
    verbs.push_back(makeCodeAddVerb());
    verbs.push_back(makeCodeListVerb());
    verbs.push_back(makeCodeRenameVerb());
    verbs.push_back(makeCodeMergeVerb());
    verbs.push_back(makeCodeSplitVerb());
    verbs.push_back(makeThemeAddVerb());
    verbs.push_back(makeThemeListVerb());
    verbs.push_back(makeDimensionAddVerb());
    verbs.push_back(makePlaceVerb());
    verbs.push_back(makeStructureImportVerb());
    verbs.push_back(makeStructureExportVerb());
    verbs.push_back(makeAuditVerb());
    verbs.push_back(makeSegmentAddVerb());
    verbs.push_back(makeSegmentsVerb());
    for (auto &edit : makeTierEditVerbs()) // code stage|define|colour|archive, theme|dimension rename, segment remove, memo
        verbs.push_back(std::move(edit));
    verbs.push_back(makeSearchVerb());
    verbs.push_back(makeQueryVerb());
    verbs.push_back(makeQuerySaveVerb());
    verbs.push_back(makeQueryListVerb());
    verbs.push_back(makeQueryRunVerb());
    verbs.push_back(makeQueryRemoveVerb());
    verbs.push_back(makeMatrixVerb());
    verbs.push_back(makeCooccurrenceVerb());
    verbs.push_back(makeReportParticipantsVerb());
    verbs.push_back(makeReportQuotesVerb());
    verbs.push_back(makeReportCodebookVerb());
    verbs.push_back(makeReportAttributionVerb());
    verbs.push_back(makeSaturationVerb());
    verbs.push_back(makeWordsVerb());
    verbs.push_back(makeKwicVerb());
    verbs.push_back(makeCopyOutVerb());
    verbs.push_back(makeExportAnonymisedVerb());
    verbs.push_back(makeMergeVerb());
    verbs.push_back(makeAgreementVerb());
    verbs.push_back(makeCommentAddVerb());
    verbs.push_back(makeCommentReplyVerb());
    verbs.push_back(makeCommentResolveVerb());
    verbs.push_back(makeCommentReopenVerb());
    verbs.push_back(makeCommentListVerb());
    verbs.push_back(makeSnapshotTakeVerb());
    verbs.push_back(makeSnapshotListVerb());
    verbs.push_back(makeSnapshotDiffVerb());
    verbs.push_back(makeSnapshotFigureVerb());
    verbs.push_back(makeAttributesImportVerb());
    verbs.push_back(makeCasesVerb());
    for (auto &verb : makeCaseEditVerbs())
        verbs.push_back(std::move(verb));
    for (auto &verb : makeServerVerbs())
        verbs.push_back(std::move(verb));
    for (auto &verb : makeMoreEditVerbs())
        verbs.push_back(std::move(verb));
    verbs.push_back(makeExportDataStructureVerb());
    verbs.push_back(makeImportQdpxVerb());
    verbs.push_back(makeExportQdpxVerb());
    verbs.push_back(makeExportQdcVerb());
    verbs.push_back(makeModelLevelAddVerb());
    verbs.push_back(makeModelLevelRenameVerb());
    verbs.push_back(makeModelLevelRemoveVerb());
    verbs.push_back(makeModelLevelListVerb());
    verbs.push_back(makeModelTypeAddVerb());
    verbs.push_back(makeModelTypeListVerb());
    verbs.push_back(makeModelPlaceVerb());
    verbs.push_back(makeModelRemoveVerb());
    verbs.push_back(makeModelLinkVerb());
    verbs.push_back(makeModelUnlinkVerb());
    verbs.push_back(makeModelEvidenceVerb());
    verbs.push_back(makeModelShowVerb());
    verbs.push_back(makeModelSuggestVerb());
    verbs.push_back(makeModelAxesVerb());
    verbs.push_back(makeExportModelVerb());
    verbs.push_back(makeExportCmoTableVerb());
    return verbs;
}

} // namespace gw::cli

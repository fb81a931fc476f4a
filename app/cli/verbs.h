#pragma once
// Every verb of groundwork-cli, one file each (init.cpp, import.cpp, ...).

#include "app/cli/verb.h"

#include <memory>
#include <vector>

namespace gw::cli {

std::unique_ptr<Verb> makeInitVerb();
std::unique_ptr<Verb> makeImportVerb();
std::unique_ptr<Verb> makeInfoVerb();
std::unique_ptr<Verb> makeSourcesVerb();
// code stage, code define, code colour, code archive, theme rename, dimension
// rename, segment remove, memo add|list|edit|remove (tier_edits.cpp).
std::vector<std::unique_ptr<Verb>> makeTierEditVerbs();
std::unique_ptr<Verb> makeCodeAddVerb();
std::unique_ptr<Verb> makeCodeListVerb();
std::unique_ptr<Verb> makeCodeRenameVerb();
std::unique_ptr<Verb> makeCodeMergeVerb();
std::unique_ptr<Verb> makeCodeSplitVerb();
std::unique_ptr<Verb> makeThemeAddVerb();
std::unique_ptr<Verb> makeThemeListVerb();
std::unique_ptr<Verb> makeDimensionAddVerb();
std::unique_ptr<Verb> makePlaceVerb();
std::unique_ptr<Verb> makeStructureImportVerb();
std::unique_ptr<Verb> makeStructureExportVerb();
std::unique_ptr<Verb> makeAuditVerb();
std::unique_ptr<Verb> makeAgreementVerb();
std::unique_ptr<Verb> makeSegmentAddVerb();
std::unique_ptr<Verb> makeSegmentsVerb();
std::unique_ptr<Verb> makeSearchVerb();
std::unique_ptr<Verb> makeQueryVerb();
std::unique_ptr<Verb> makeQuerySaveVerb();
std::unique_ptr<Verb> makeQueryListVerb();
std::unique_ptr<Verb> makeQueryRunVerb();
std::unique_ptr<Verb> makeQueryRemoveVerb();
std::unique_ptr<Verb> makeMatrixVerb();
std::unique_ptr<Verb> makeReportParticipantsVerb();
std::unique_ptr<Verb> makeSourceRenameVerb();
std::unique_ptr<Verb> makeSourceKindVerb();
std::unique_ptr<Verb> makeSourceRemoveVerb();
std::unique_ptr<Verb> makeSourceEditVerb();
std::unique_ptr<Verb> makeAnonymiseVerb();
std::unique_ptr<Verb> makeExportAnonymisedVerb();
std::unique_ptr<Verb> makeReportQuotesVerb();
std::unique_ptr<Verb> makeReportCodebookVerb();
std::unique_ptr<Verb> makeReportAttributionVerb();
std::unique_ptr<Verb> makeSaturationVerb();
std::unique_ptr<Verb> makeWordsVerb();
std::unique_ptr<Verb> makeKwicVerb();
std::unique_ptr<Verb> makeCooccurrenceVerb();
std::unique_ptr<Verb> makeAttributesImportVerb();
std::unique_ptr<Verb> makeCasesVerb();
std::vector<std::unique_ptr<Verb>> makeCaseEditVerbs();
std::vector<std::unique_ptr<Verb>> makeMoreEditVerbs();
// server init|push|pull, server member add|remove|list (server.cpp).
std::vector<std::unique_ptr<Verb>> makeServerVerbs();
std::unique_ptr<Verb> makeExportDataStructureVerb();
std::unique_ptr<Verb> makeImportQdpxVerb();
std::unique_ptr<Verb> makeExportQdpxVerb();
std::unique_ptr<Verb> makeExportQdcVerb();
std::unique_ptr<Verb> makeModelLevelAddVerb();
std::unique_ptr<Verb> makeModelLevelRenameVerb();
std::unique_ptr<Verb> makeModelLevelRemoveVerb();
std::unique_ptr<Verb> makeModelLevelListVerb();
std::unique_ptr<Verb> makeModelTypeAddVerb();
std::unique_ptr<Verb> makeModelTypeListVerb();
std::unique_ptr<Verb> makeModelPlaceVerb();
std::unique_ptr<Verb> makeModelRemoveVerb();
std::unique_ptr<Verb> makeModelLinkVerb();
std::unique_ptr<Verb> makeModelUnlinkVerb();
std::unique_ptr<Verb> makeModelEvidenceVerb();
std::unique_ptr<Verb> makeModelShowVerb();
std::unique_ptr<Verb> makeModelSuggestVerb();
std::unique_ptr<Verb> makeModelAxesVerb();
std::unique_ptr<Verb> makeExportModelVerb();
std::unique_ptr<Verb> makeExportCmoTableVerb();
std::unique_ptr<Verb> makeCopyOutVerb();
std::unique_ptr<Verb> makeMergeVerb();
std::unique_ptr<Verb> makeCommentAddVerb();
std::unique_ptr<Verb> makeCommentReplyVerb();
std::unique_ptr<Verb> makeCommentResolveVerb();
std::unique_ptr<Verb> makeCommentReopenVerb();
std::unique_ptr<Verb> makeCommentListVerb();
std::unique_ptr<Verb> makeSnapshotTakeVerb();
std::unique_ptr<Verb> makeSnapshotListVerb();
std::unique_ptr<Verb> makeSnapshotDiffVerb();
std::unique_ptr<Verb> makeSnapshotFigureVerb();

[[nodiscard]] std::vector<std::unique_ptr<Verb>> allVerbs();

} // namespace gw::cli

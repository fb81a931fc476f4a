#pragma once
// Table 1 as published (Mozaffar, Williams, Cresswell, J Med Internet Res
// 2026;28:e83345, CC BY 4.0): 5 aggregate dimensions, 14 second-order themes and
// 33 first-order codes, one row per code in the published order. Typed out
// here, apart from resources/demo/data-structure.json, so the exports are
// compared with the table itself and not with what the JSON reader made of it.

#include <QStringView>
#include <array>

namespace gw::test {

struct PublishedRow
{
    QStringView dimension;
    QStringView theme;
    QStringView code;
};

inline constexpr std::array<PublishedRow, 33> kPublishedTable1{{
    {u"Macroenvironmental factors", u"Policy developments",
     u"Formation of GDE/FF pairings as a prerequisite of GDE funding"},
    {u"Macroenvironmental factors", u"Policy developments",
     u"Blueprinting activities mandated by the GDE Program"},
    {u"Macroenvironmental factors", u"Policy developments",
     u"Digital Academy supporting skill development/cohort/cadre of digital transformation leaders"},
    {u"Macroenvironmental factors", u"Policy developments",
     u"Wachter Review leading to the development and advancement of new roles such as CCIO/CNIO"},
    {u"Macroenvironmental factors", u"Policy developments",
     u"Formation of the Digital Health Network as an NHS-organized community"},
    {u"Macroenvironmental factors", u"Technology supplier strategies",
     u"Co-ordinating technology-specific user groups"},
    {u"Macroenvironmental factors", u"Technology supplier strategies",
     u"Planning pilot site visits"},
    {u"Macroenvironmental factors", u"Technology supplier strategies",
     u"Suppliers diversifying the technology market"},
    {u"Macroenvironmental factors", u"Intermediary actions",
     u"Independent technology consultants moving across settings"},
    {u"Macroenvironmental factors", u"Intermediary actions",
     u"Formation of communities of interest by adopter organizations"},
    {u"Interorganizational factors", u"Relational recognition",
     u"Development of collective identity (eg, GDE status or Digital Aspirant status)"},
    {u"Interorganizational factors", u"Relational recognition",
     u"Naming organizations as GDEs (indicating their digital maturity) as opposed to FFs (indicating them as followers)"},
    {u"Interorganizational factors", u"Structural governance mechanisms",
     u"Time- and resource-bound contracts versus ad hoc interactions"},
    {u"Interorganizational factors", u"Structural governance mechanisms",
     u"Need to exchange knowledge in a structured repository (eg, blueprints) versus unstructured sharing (eg, email or site visit)"},
    {u"Interorganizational factors", u"Interorganizational proximity",
     u"Organizations with closer geographical proximity forming formal GDE/FF partnerships"},
    {u"Interorganizational factors", u"Interorganizational proximity",
     u"Personnel from geographically closer organizations communicating and moving between sites"},
    {u"Interorganizational factors", u"Interorganizational proximity",
     u"Cost sharing or synergy seeking"},
    {u"Organizational factors", u"External search strategies",
     u"Identifying a solution to a certain problem"},
    {u"Organizational factors", u"External search strategies",
     u"Identifying who has implemented particular technologies"},
    {u"Organizational factors", u"External search strategies",
     u"Setting future digital transformation strategies"},
    {u"Organizational factors", u"Absorptive capacity",
     u"Internal knowledge acquisition strategies"},
    {u"Organizational factors", u"Absorptive capacity",
     u"Time allocation to participate in community or networking events"},
    {u"Organizational factors", u"Past experience",
     u"Managing knowledge requests from external organizations based on past experience"},
    {u"Individual factors", u"Intrinsic motivations",
     u"Reputational and professional status"},
    {u"Individual factors", u"Extrinsic motivations",
     u"Creation of communities of shared interests"},
    {u"Individual factors", u"Inhibitors",
     u"Personal inhibitors"},
    {u"Spectrum of interorganizational relationships and partnerships", u"Origins of partnerships/relationships",
     u"Policy (eg, formal agreements with GDE/FF sites)"},
    {u"Spectrum of interorganizational relationships and partnerships", u"Origins of partnerships/relationships",
     u"Independent groups of enthusiasts (eg, Digital Health Network)"},
    {u"Spectrum of interorganizational relationships and partnerships", u"Origins of partnerships/relationships",
     u"Provider organizations (eg, periodic or ad-hoc meetings, trainings, and events)"},
    {u"Spectrum of interorganizational relationships and partnerships", u"Origins of partnerships/relationships",
     u"Suppliers (eg, technology user groups and pilot site visits)"},
    {u"Spectrum of interorganizational relationships and partnerships", u"Governing structures and durations",
     u"Formal contractual agreements"},
    {u"Spectrum of interorganizational relationships and partnerships", u"Governing structures and durations",
     u"Flexible periodic engagement"},
    {u"Spectrum of interorganizational relationships and partnerships", u"Governing structures and durations",
     u"Informal need/opportunity basis"},
}};

// The footnotes under the published table.
inline constexpr QStringView kPublishedFootnote =
    u"GDE = Global Digital Exemplar; FF = fast follower; CCIO = Chief Clinical Information "
    u"Officer; CNIO = Chief Nursing Information Officer; NHS = National Health Service.";

} // namespace gw::test

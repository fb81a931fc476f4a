<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>gw::cli::agreement</name>
    <message>
        <source>Code</source>
        <extracomment>A column heading of the agreement table on the screen.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Coders</source>
        <extracomment>A column heading of the agreement table on the screen.</extracomment>
        <translation>Codierende</translation>
    </message>
    <message>
        <source>Units</source>
        <extracomment>A column heading of the agreement table on the screen: how many units were compared.</extracomment>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>A column heading of the agreement table on the screen: percentage agreement.</extracomment>
        <translation>Übereinst.</translation>
    </message>
    <message>
        <source>Kappa</source>
        <extracomment>A column heading of the agreement table on the screen: Cohen&apos;s kappa.</extracomment>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Alpha</source>
        <extracomment>A column heading of the agreement table on the screen: Krippendorff&apos;s alpha.</extracomment>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Overall (pooled)</source>
        <extracomment>The last row of the agreement table on the screen: all codes together.</extracomment>
        <translation>Gesamt (gepoolt)</translation>
    </message>
    <message>
        <source>
Method: %1 n/a marks an undefined figure.
</source>
        <extracomment>%1 is the method in words; n/a is how the table shows an undefined figure.</extracomment>
        <translation>
Methode: %1 n/a kennzeichnet einen nicht definierten Wert.
</translation>
    </message>
    <message>
        <source>Compare coders: agreement, Cohen&apos;s kappa, alpha.</source>
        <translation>Codierende vergleichen: Übereinstimmung, Cohen&apos;s Kappa, Alpha.</translation>
    </message>
    <message>
        <source>How far coders who coded the same sources agree, per code and overall.
The first coder of --coders is compared with each of the others: percentage
agreement and Cohen&apos;s kappa. Krippendorff&apos;s alpha (nominal) takes all of them
together. A unit is a character (--unit char, the default), a sentence or a
paragraph; a coder codes a unit with a code when one of their segments with the
code covers the character or overlaps the sentence or paragraph. Overall figures
pool the units of all codes. Without --codes, every code one of the coders used
in the chosen sources is compared. The method is printed with the table, to
quote in a paper. Kappa and alpha are undefined (n/a, null in JSON) when all
judgements are the same. With --pool the first coder is compared with the
others taken as one group. With --output the table is written as Markdown,
LaTeX, CSV or XLSX (or HTML, ODT) for a paper, the method as its footnote.

Example: groundwork-cli agreement -p study.groundwork --coders ana,ben --unit sentence</source>
        <translation>Wie weit Codierende, die dieselben Quellen codiert haben, übereinstimmen, je
Code und insgesamt. Die erste Codierer:in aus --coders wird mit allen anderen
einzeln verglichen: prozentuale Übereinstimmung und Cohen&apos;s Kappa.
Krippendorff&apos;s Alpha (nominal) bezieht alle gemeinsam ein. Eine Einheit ist ein
Zeichen (--unit char, der Standard), ein Satz oder ein Absatz; eine Codierer:in
codiert eine Einheit mit einem Code, wenn eines ihrer Segmente mit diesem Code
das Zeichen abdeckt oder den Satz bzw. Absatz überlappt. Die Gesamtwerte
fassen die Einheiten aller Codes zusammen. Ohne --codes wird jeder Code
verglichen, den eine der Codierenden in den gewählten Quellen verwendet hat.
Die Methode wird mit der Tabelle ausgegeben, zum Zitieren in einer
Veröffentlichung. Kappa und Alpha sind nicht definiert (n/a, null in JSON),
wenn alle Urteile gleich sind. Mit --pool wird die erste Codierer:in mit den
anderen als einer Gruppe verglichen. Mit --output wird die Tabelle als
Markdown, LaTeX, CSV oder XLSX (oder HTML, ODT) für eine Veröffentlichung
gespeichert, die Methode als ihre Fußnote.

Beispiel: groundwork-cli agreement -p study.groundwork --coders ana,ben --unit sentence</translation>
    </message>
    <message>
        <source>The coders to compare, comma-separated; the first is compared with the others.</source>
        <translation>Die zu vergleichenden Codierenden, durch Kommas getrennt; die erste Person wird mit den anderen verglichen.</translation>
    </message>
    <message>
        <source>Write the table to this file (the format from --format or its suffix).</source>
        <translation>Die Tabelle in diese Datei schreiben (Format aus --format oder aus der Dateiendung).</translation>
    </message>
    <message>
        <source>md, tex, csv, xlsx (or html, odt) for --output.</source>
        <translation>md, tex, csv, xlsx (oder html, odt) für --output.</translation>
    </message>
    <message>
        <source>Compare the first coder with the others pooled into one group (a unit is the group&apos;s when any of them coded it).</source>
        <translation>Die erste Codierer:in mit den anderen, zu einer Gruppe zusammengefasst, vergleichen (eine Einheit gehört der Gruppe, wenn eine beliebige Person daraus sie codiert hat).</translation>
    </message>
    <message>
        <source>char (default), sentence or paragraph.</source>
        <translation>char (Standard), sentence oder paragraph.</translation>
    </message>
    <message>
        <source>Only these sources, by name, comma-separated (or repeat the option).</source>
        <translation>Nur diese Quellen, nach Namen, durch Kommas getrennt (oder die Option wiederholen).</translation>
    </message>
    <message>
        <source>Only the sources in these sets, comma-separated (or repeat the option).</source>
        <translation>Nur die Quellen in diesen Quellengruppen, durch Kommas getrennt (oder die Option wiederholen).</translation>
    </message>
    <message>
        <source>Only these codes, by name, comma-separated (or repeat the option).</source>
        <translation>Nur diese Codes, nach Namen, durch Kommas getrennt (oder die Option wiederholen).</translation>
    </message>
    <message>
        <source>groundwork-cli agreement: give at least two coders, as --coders A,B.
</source>
        <translation>groundwork-cli agreement: Geben Sie mindestens zwei Codierende an, als --coders A,B.
</translation>
    </message>
    <message>
        <source>groundwork-cli agreement: --unit is char, sentence or paragraph.
</source>
        <translation>groundwork-cli agreement: --unit erwartet char, sentence oder paragraph.
</translation>
    </message>
    <message>
        <source>groundwork-cli agreement: the table is written as md, tex, csv, xlsx, html or odt; name it with --format or the file&apos;s suffix.
</source>
        <translation>groundwork-cli agreement: Die Tabelle wird als md, tex, csv, xlsx, html oder odt geschrieben; geben Sie das Format mit --format oder über die Dateiendung an.
</translation>
    </message>
    <message>
        <source>The set &quot;%1&quot; holds no sources.</source>
        <translation>Die Quellengruppe &quot;%1&quot; enthält keine Quellen.</translation>
    </message>
    <message>
        <source>Wrote the agreement table to %1.
</source>
        <translation>Übereinstimmungstabelle in %1 gespeichert.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::analysis_support</name>
    <message>
        <source>What AND and NOT compare: overlap (default; also &quot;char&quot;), sentence or paragraph.</source>
        <translation>Was AND und NOT vergleichen: overlap (Standard; auch &quot;char&quot;), sentence oder paragraph.</translation>
    </message>
    <message>
        <source>Only sources whose case meets &apos;ATTRIBUTE OP VALUE&apos; (=, !=, &lt;, &lt;=, &gt;, &gt;=, in (a, b), between a and b); repeat for more.</source>
        <translation>Nur Quellen, deren Fall &apos;ATTRIBUTE OP VALUE&apos; erfüllt (=, !=, &lt;, &lt;=, &gt;, &gt;=, in (a, b), between a and b); für weitere Bedingungen wiederholen.</translation>
    </message>
    <message>
        <source>Only sources of these kinds (interview, observation, document).</source>
        <translation>Nur Quellen dieser Arten (interview, observation, document).</translation>
    </message>
    <message>
        <source>Only these sources (names, comma-separated).</source>
        <translation>Nur diese Quellen (Namen, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only the sources of these cases (comma-separated).</source>
        <translation>Nur die Quellen dieser Fälle (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only the sources in these sets (comma-separated).</source>
        <translation>Nur die Quellen in diesen Quellengruppen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only segments coded on or after this day (yyyy-mm-dd).</source>
        <translation>Nur Segmente, die an oder nach diesem Tag codiert wurden (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>Only segments coded on or before this day (yyyy-mm-dd).</source>
        <translation>Nur Segmente, die an oder vor diesem Tag codiert wurden (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>groundwork-cli %1: --unit is overlap, sentence or paragraph, not &quot;%2&quot;.
</source>
        <translation>groundwork-cli %1: --unit ist overlap, sentence oder paragraph, nicht &quot;%2&quot;.
</translation>
    </message>
    <message>
        <source>groundwork-cli %1: --kind is interview, observation or document, not &quot;%2&quot;.
</source>
        <translation>groundwork-cli %1: --kind ist interview, observation oder document, nicht &quot;%2&quot;.
</translation>
    </message>
    <message>
        <source>groundwork-cli %1: --%2 is a day written yyyy-mm-dd, not &quot;%3&quot;.
</source>
        <extracomment>%2 is the option&apos;s name, from or to.</extracomment>
        <translation>groundwork-cli %1: --%2 erwartet einen Tag in der Form yyyy-mm-dd, nicht &quot;%3&quot;.
</translation>
    </message>
    <message>
        <source>Write to FILE; its suffix chooses the format (%1).</source>
        <extracomment>%1 lists the formats, as in &quot;md, tex, html, csv, odt, xlsx&quot;.</extracomment>
        <translation>In FILE schreiben; die Dateiendung bestimmt das Format (%1).</translation>
    </message>
    <message>
        <source>groundwork-cli %1: cannot tell the format of &quot;%2&quot; from its suffix; use .md, .tex, .html, .csv, .odt or .xlsx.
</source>
        <translation>groundwork-cli %1: Das Format von &quot;%2&quot; lässt sich nicht an der Endung erkennen; verwenden Sie .md, .tex, .html, .csv, .odt oder .xlsx.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::anonymise</name>
    <message>
        <source>Correct a source&apos;s text; segments follow their words.</source>
        <translation>Den Text einer Quelle korrigieren; Segmente folgen ihrem Wortlaut.</translation>
    </message>
    <message>
        <source>Change the text of the source NAME: --replace OLD --with NEW (OLD must occur once,
or give --all), or --start S --end E --with NEW (code point positions, as segments
list them). Segments away from the change keep their words; those it falls inside
or across are stretched or cut to follow it; the edit is refused when it would
delete all of a segment&apos;s text. The workbench can undo it.

Example: groundwork-cli source edit -p study.groundwork &quot;Interview 4&quot; --replace &quot;sight visit&quot; --with &quot;site visit&quot;</source>
        <translation>Den Text der Quelle NAME ändern: --replace OLD --with NEW (OLD muss genau einmal
vorkommen, sonst geben Sie --all an) oder --start S --end E --with NEW (Positionen
in Codepunkten, wie Segmentlisten sie angeben). Segmente abseits der Änderung
behalten ihren Wortlaut; Segmente, in denen die Änderung liegt oder die sie
überlappen, werden gedehnt oder gekürzt, um ihr zu folgen; die Änderung wird
abgelehnt, wenn sie den gesamten Text eines Segments löschen würde. Die
Arbeitsumgebung kann sie rückgängig machen.

Beispiel: groundwork-cli source edit -p study.groundwork &quot;Interview 4&quot; --replace &quot;sight visit&quot; --with &quot;site visit&quot;</translation>
    </message>
    <message>
        <source>The words to change.</source>
        <translation>Die zu ändernden Wörter.</translation>
    </message>
    <message>
        <source>What to put in their place (may be empty).</source>
        <translation>Was an ihre Stelle tritt (darf leer sein).</translation>
    </message>
    <message>
        <source>Change every occurrence of OLD.</source>
        <translation>Jedes Vorkommen von OLD ändern.</translation>
    </message>
    <message>
        <source>Start of the text to change.</source>
        <translation>Anfang des zu ändernden Textes.</translation>
    </message>
    <message>
        <source>End of the text to change.</source>
        <translation>Ende des zu ändernden Textes.</translation>
    </message>
    <message>
        <source>Say what would change; change nothing.</source>
        <translation>Anzeigen, was sich ändern würde; nichts ändern.</translation>
    </message>
    <message>
        <source>The source.</source>
        <translation>Die Quelle.</translation>
    </message>
    <message>
        <source>groundwork-cli source edit: give the source&apos;s NAME, then --replace OLD --with NEW, or --start S --end E --with NEW.
</source>
        <translation>groundwork-cli source edit: Geben Sie den NAME der Quelle an, dann --replace OLD --with NEW oder --start S --end E --with NEW.
</translation>
    </message>
    <message>
        <source>groundwork-cli source edit: %1 (groundwork-cli sources lists them).
</source>
        <extracomment>%1 says which source was not found.</extracomment>
        <translation>groundwork-cli source edit: %1 (groundwork-cli sources listet sie auf).
</translation>
    </message>
    <message>
        <source>groundwork-cli source edit: --replace needs the words to change.
</source>
        <translation>groundwork-cli source edit: --replace braucht die zu ändernden Wörter.
</translation>
    </message>
    <message>
        <source>groundwork-cli source edit: &quot;%1&quot; is not in the text of &quot;%2&quot;.
</source>
        <translation>groundwork-cli source edit: &quot;%1&quot; kommt im Text von &quot;%2&quot; nicht vor.
</translation>
    </message>
    <message>
        <source>groundwork-cli source edit: &quot;%1&quot; occurs %2 times in &quot;%3&quot;; give more of the words, or --all.
</source>
        <translation>groundwork-cli source edit: &quot;%1&quot; kommt %2-mal in &quot;%3&quot; vor; geben Sie mehr vom Wortlaut an oder --all.
</translation>
    </message>
    <message>
        <source>Would change %1 place in &quot;%2&quot;; %3 segment(s) would follow the new words.
</source>
        <translation>Würde %1 Stelle in &quot;%2&quot; ändern; %3 Segment(e) würden dem neuen Wortlaut folgen.
</translation>
    </message>
    <message>
        <source>Would change %1 places in &quot;%2&quot;; %3 segment(s) would follow the new words.
</source>
        <translation>Würde %1 Stellen in &quot;%2&quot; ändern; %3 Segment(e) würden dem neuen Wortlaut folgen.
</translation>
    </message>
    <message>
        <source>Changed %1 place in &quot;%2&quot;; %3 segment(s) followed the new words.
</source>
        <translation>%1 Stelle in &quot;%2&quot; geändert; %3 Segment(e) folgten dem neuen Wortlaut.
</translation>
    </message>
    <message>
        <source>Changed %1 places in &quot;%2&quot;; %3 segment(s) followed the new words.
</source>
        <translation>%1 Stellen in &quot;%2&quot; geändert; %3 Segment(e) folgten dem neuen Wortlaut.
</translation>
    </message>
    <message>
        <source>Replace names by placeholders in every source.</source>
        <translation>Namen in allen Quellen durch Platzhalter ersetzen.</translation>
    </message>
    <message>
        <source>Replace every whole-word occurrence of the names in NAMES (one &quot;name,placeholder&quot; per
line, .csv or .xlsx; the placeholder may be left out: &quot;[name_1]&quot;, &quot;[name_2]&quot;... are
made up, numbered on past those the texts already hold) in every source&apos;s text,
speaker labels and name, longest name first, and in the project&apos;s other texts: memos,
cases and attribute values, code, theme and dimension labels and definitions,
comments (not the audit log, which an anonymised copy leaves out). Each name gets one
placeholder everywhere; every segment follows its words. The mapping (name,
placeholder, occurrences) is written to MAPPING, which must lie outside the project:
keep it apart, and share the copy that `export anonymised` writes. --dry-run lists
every replacement and changes nothing.

Example: groundwork-cli anonymise -p study.groundwork --names names.csv --mapping ~/private/mapping.csv</source>
        <translation>Jedes Vorkommen der Namen aus NAMES als ganzes Wort ersetzen (ein &quot;Name,Platzhalter&quot;
je Zeile, .csv oder .xlsx; der Platzhalter darf fehlen: dann werden &quot;[name_1]&quot;,
&quot;[name_2]&quot;... gebildet, fortlaufend nach den schon in den Texten vorhandenen
nummeriert), und zwar im Text, in den Sprecherbezeichnungen und im Namen jeder
Quelle, den längsten Namen zuerst, sowie in den übrigen Texten des Projekts: Memos,
Fälle und Merkmalswerte, Bezeichnungen und Definitionen von Codes, Themen und
Dimensionen, Kommentare (nicht das Änderungsprotokoll, das eine anonymisierte Kopie
weglässt). Jeder Name erhält überall denselben Platzhalter; jedes Segment folgt
seinem Wortlaut. Die Zuordnungsliste (Name, Platzhalter, Vorkommen) wird in MAPPING
gespeichert, das außerhalb des Projekts liegen muss: Bewahren Sie sie getrennt auf
und geben Sie die Kopie weiter, die `export anonymised` speichert. --dry-run listet
jede Ersetzung auf und ändert nichts.

Beispiel: groundwork-cli anonymise -p study.groundwork --names names.csv --mapping ~/private/mapping.csv</translation>
    </message>
    <message>
        <source>The names and their placeholders.</source>
        <translation>Die Namen und ihre Platzhalter.</translation>
    </message>
    <message>
        <source>Where to write the mapping (not in the project).</source>
        <translation>Wo die Zuordnungsliste gespeichert wird (nicht im Projekt).</translation>
    </message>
    <message>
        <source>Also replace the names written in another case.</source>
        <extracomment>&quot;Case&quot; as in upper and lower case letters.</extracomment>
        <translation>Die Namen auch in anderer Groß-/Kleinschreibung ersetzen.</translation>
    </message>
    <message>
        <source>List every replacement; change nothing.</source>
        <translation>Jede Ersetzung auflisten; nichts ändern.</translation>
    </message>
    <message>
        <source>groundwork-cli anonymise: give --names NAMES.csv and --mapping MAPPING.csv.
</source>
        <translation>groundwork-cli anonymise: Geben Sie --names NAMES.csv und --mapping MAPPING.csv an.
</translation>
    </message>
    <message>
        <source>Would replace %1 occurrences of %2 names in %3 sources</source>
        <translation>Zu ersetzen wären %1 Vorkommen von %2 Namen in %3 Quellen</translation>
    </message>
    <message>
        <source>Replaced %1 occurrences of %2 names in %3 sources</source>
        <translation>Ersetzt wurden %1 Vorkommen von %2 Namen in %3 Quellen</translation>
    </message>
    <message>
        <source> and %1 speaker labels</source>
        <extracomment>Continues &quot;Replaced N occurrences of N names in N sources&quot;; mind the space it starts with.</extracomment>
        <translation> und %1 Sprecherbezeichnungen</translation>
    </message>
    <message>
        <source>, renaming %1 sources</source>
        <extracomment>Continues &quot;Replaced N occurrences of N names in N sources&quot;.</extracomment>
        <translation>, mit Umbenennung von %1 Quellen</translation>
    </message>
    <message>
        <source>; and in the project&apos;s other texts: %1</source>
        <extracomment>Continues &quot;Replaced N occurrences of N names in N sources&quot;; %1 lists the kinds of text with counts.</extracomment>
        <translation>; außerdem in den übrigen Texten des Projekts: %1</translation>
    </message>
    <message>
        <source> The mapping is in %1; keep it apart from the project.</source>
        <extracomment>After the sentence saying what was replaced; mind the space it starts with.</extracomment>
        <translation> Die Zuordnungsliste liegt in %1; bewahren Sie sie getrennt vom Projekt auf.</translation>
    </message>
    <message>
        <source>Write an anonymised copy to share (.groundwork or .qdpx).</source>
        <translation>Eine anonymisierte Kopie zum Weitergeben speichern (.groundwork oder .qdpx).</translation>
    </message>
    <message>
        <source>Write a copy of the project to share, after `anonymise`: a fresh file without the
audit log&apos;s history or the sources&apos; original file names, its search index rebuilt.
With --mapping (the file anonymise wrote) the copy is read back whole and refused,
naming where, if any of the names is still written in it (a memo, a source&apos;s name).
OUT ending in .qdpx writes the copy as REFI-QDA. An existing OUT is never overwritten.</source>
        <translation>Nach `anonymise` eine Kopie des Projekts zum Weitergeben speichern: eine neue Datei
ohne den Verlauf des Änderungsprotokolls und ohne die ursprünglichen Dateinamen der
Quellen, mit neu aufgebautem Suchindex. Mit --mapping (der Datei, die anonymise
gespeichert hat) wird die Kopie vollständig zurückgelesen und abgelehnt, wenn einer
der Namen noch darin vorkommt; die Fundstelle wird genannt (ein Memo, der Name einer
Quelle). Endet OUT auf .qdpx, wird die Kopie als REFI-QDA gespeichert. Ein
vorhandenes OUT wird nie überschrieben.</translation>
    </message>
    <message>
        <source>The names that must not be left.</source>
        <translation>Die Namen, die nicht mehr vorkommen dürfen.</translation>
    </message>
    <message>
        <source>The copy (.groundwork or .qdpx).</source>
        <translation>Die Kopie (.groundwork oder .qdpx).</translation>
    </message>
    <message>
        <source>groundwork-cli export anonymised: give the copy to write, OUT.groundwork or OUT.qdpx.
</source>
        <translation>groundwork-cli export anonymised: Geben Sie die zu speichernde Kopie an, OUT.groundwork oder OUT.qdpx.
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 sources).
</source>
        <translation>%1 gespeichert (%2 Quellen).
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 sources); none of the %3 names is left in it.
</source>
        <translation>%1 gespeichert (%2 Quellen); keiner der %3 Namen kommt darin noch vor.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::attributes</name>
    <message>
        <source>Sheet %1: %2 cases (%3 new, %4 to update), named by the column &quot;%5&quot;
</source>
        <translation>Tabelle %1: %2 Fälle (%3 neu, %4 zu aktualisieren), benannt nach der Spalte &quot;%5&quot;
</translation>
    </message>
    <message>
        <source>Attributes:
</source>
        <translation>Merkmale:
</translation>
    </message>
    <message>
        <source>exists</source>
        <extracomment>An attribute of the sheet is already in the project.</extracomment>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>An attribute or case of the sheet is new to the project.</extracomment>
        <translation>neu</translation>
    </message>
    <message>
        <source>update</source>
        <extracomment>A case of the sheet is already in the project and gets the sheet&apos;s values.</extracomment>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>Cases:
</source>
        <translation>Fälle:
</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <source>linked to %1</source>
        <translation>verknüpft mit %1</translation>
    </message>
    <message>
        <source>Links: %1 case-source links; %2 cases without a source.
</source>
        <translation>Verknüpfungen: %1 Fall-Quelle-Verknüpfungen; %2 Fälle ohne Quelle.
</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>Warnungen (%1):</translation>
    </message>
    <message>
        <source>Refused (%1):</source>
        <translation>Abgelehnt (%1):</translation>
    </message>
    <message>
        <source>Import cases and attributes from a CSV or XLSX sheet.</source>
        <translation>Fälle und Merkmale aus einer CSV- oder XLSX-Tabelle importieren.</translation>
    </message>
    <message>
        <source>Import cases (participants, sites) and their attributes from a sheet with one row per case:
a .csv (comma, semicolon or tab) or the first sheet of an .xlsx. The id column names each
case; every other column becomes an attribute whose type (number, date yyyy-mm-dd,
boolean yes/no, else text) is read from its values. Each case is linked to the source named
in --source-column (by source name or file name), or else to the source named like its id.
Prints a preview first. A sheet with empty or duplicate ids is refused whole (exit 1) and
nothing is written; with --dry-run nothing is written either. An empty cell keeps the value
already in the project.</source>
        <translation>Fälle (Teilnehmende, Standorte) und ihre Merkmale aus einer Tabelle mit einer Zeile je Fall
importieren: eine .csv (Komma, Semikolon oder Tabulator) oder das erste Blatt einer .xlsx.
Die ID-Spalte benennt jeden Fall; jede andere Spalte wird zu einem Merkmal, dessen Typ
(Zahl, Datum yyyy-mm-dd, Wahrheitswert yes/no, sonst Text) aus ihren Werten abgelesen wird.
Jeder Fall wird mit der Quelle verknüpft, die in --source-column genannt ist (über Quellen-
oder Dateinamen), sonst mit der Quelle, die wie seine ID heißt. Zeigt zuerst eine Vorschau.
Eine Tabelle mit leeren oder doppelten IDs wird als Ganzes abgelehnt (Exit-Status 1), und es
wird nichts gespeichert; mit --dry-run wird ebenfalls nichts gespeichert. Eine leere Zelle
behält den Wert, der bereits im Projekt steht.</translation>
    </message>
    <message>
        <source>The column naming each case (default: the first).</source>
        <translation>Die Spalte, die jeden Fall benennt (Standard: die erste).</translation>
    </message>
    <message>
        <source>A column of source names or file names to link each case to.</source>
        <translation>Eine Spalte mit Quellen- oder Dateinamen, mit denen jeder Fall verknüpft wird.</translation>
    </message>
    <message>
        <source>Show the preview only; write nothing.</source>
        <translation>Nur die Vorschau zeigen; nichts speichern.</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file.</source>
        <translation>Eine .csv- oder .xlsx-Datei.</translation>
    </message>
    <message>
        <source>groundwork-cli attributes import: give one SHEET (.csv or .xlsx).
</source>
        <translation>groundwork-cli attributes import: Geben Sie genau eine Tabelle an (SHEET: .csv oder .xlsx).
</translation>
    </message>
    <message>
        <source>groundwork-cli: %1 is refused; nothing was written.
</source>
        <translation>groundwork-cli: %1 wird abgelehnt; es wurde nichts gespeichert.
</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.
</source>
        <translation>Probelauf: Es wurde nichts gespeichert.
</translation>
    </message>
    <message>
        <source>Wrote %1 cases, %2 attributes and %3 links.
</source>
        <translation>%1 Fälle, %2 Merkmale und %3 Verknüpfungen gespeichert.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::audit</name>
    <message>
        <source>Show the audit log of restructuring.</source>
        <translation>Das Änderungsprotokoll der Umstrukturierungen anzeigen.</translation>
    </message>
    <message>
        <source>Only actions starting with this (code.merge, theme.).</source>
        <translation>Nur Aktionen, die hiermit beginnen (code.merge, theme.).</translation>
    </message>
    <message>
        <source>Only this coder&apos;s entries.</source>
        <translation>Nur Einträge dieser Codierer:in.</translation>
    </message>
    <message>
        <source>Only entries mentioning this text.</source>
        <translation>Nur Einträge, die diesen Text erwähnen.</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>Höchstens N Einträge.</translation>
    </message>
    <message>
        <source>why: %1</source>
        <extracomment>Before the reason a coder gave for a restructuring.</extracomment>
        <translation>Begründung: %1</translation>
    </message>
</context>
<context>
    <name>gw::cli::case_edits</name>
    <message>
        <source>Add a case (a participant, a site).</source>
        <translation>Einen Fall hinzufügen (eine teilnehmende Person, einen Standort).</translation>
    </message>
    <message>
        <source>What the case is.</source>
        <translation>Worum es sich bei dem Fall handelt.</translation>
    </message>
    <message>
        <source>The case&apos;s name.</source>
        <translation>Der Name des Falls.</translation>
    </message>
    <message>
        <source>give the case&apos;s NAME.</source>
        <translation>Geben Sie den NAME des Falls an.</translation>
    </message>
    <message>
        <source>Added the case &quot;%1&quot;.</source>
        <translation>Fall &quot;%1&quot; hinzugefügt.</translation>
    </message>
    <message>
        <source>Rename a case.</source>
        <translation>Einen Fall umbenennen.</translation>
    </message>
    <message>
        <source>The case&apos;s name now.</source>
        <translation>Der bisherige Name des Falls.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Sein neuer Name.</translation>
    </message>
    <message>
        <source>give the case&apos;s NAME and its NEW name.</source>
        <translation>Geben Sie den NAME des Falls und den neuen Namen NEW an.</translation>
    </message>
    <message>
        <source>Renamed the case &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Fall &quot;%1&quot; in &quot;%2&quot; umbenannt.</translation>
    </message>
    <message>
        <source>Remove cases with their values, links and memos.</source>
        <translation>Fälle samt Werten, Verknüpfungen und Memos entfernen.</translation>
    </message>
    <message>
        <source>The cases to remove.</source>
        <translation>Die zu entfernenden Fälle.</translation>
    </message>
    <message>
        <source>give the NAME of each case to remove.</source>
        <translation>Geben Sie den NAME jedes zu entfernenden Falls an.</translation>
    </message>
    <message>
        <source>Removed %1 case(s).</source>
        <translation>%1 Fall/Fälle entfernt.</translation>
    </message>
    <message>
        <source>Set a case&apos;s attribute values (ATTRIBUTE=VALUE).</source>
        <translation>Merkmalswerte eines Falls festlegen (ATTRIBUTE=VALUE).</translation>
    </message>
    <message>
        <source>Set each ATTRIBUTE=VALUE of the case NAME; an empty VALUE clears it. An attribute
the project does not have yet is added, of --type (text by default). A value that
does not fit its attribute&apos;s type (a number, a date as yyyy-mm-dd, yes/no) is refused.

Example: groundwork-cli case set -p study.groundwork P04 role=CCIO year=2019</source>
        <translation>Legt jedes ATTRIBUTE=VALUE des Falls NAME fest; ein leerer VALUE löscht den Wert.
Ein Merkmal, das es im Projekt noch nicht gibt, wird mit dem Typ aus --type
angelegt (standardmäßig text). Ein Wert, der nicht zum Typ seines Merkmals passt
(eine Zahl, ein Datum als yyyy-mm-dd, yes/no), wird abgelehnt.

Beispiel: groundwork-cli case set -p study.groundwork P04 role=CCIO year=2019</translation>
    </message>
    <message>
        <source>The type of attributes added: text, number, date or boolean.</source>
        <translation>Der Typ neu angelegter Merkmale: text, number, date oder boolean.</translation>
    </message>
    <message>
        <source>The case.</source>
        <translation>Der Fall.</translation>
    </message>
    <message>
        <source>The values.</source>
        <translation>Die Werte.</translation>
    </message>
    <message>
        <source>give the case&apos;s NAME and ATTRIBUTE=VALUE pairs.</source>
        <translation>Geben Sie den NAME des Falls und Paare ATTRIBUTE=VALUE an.</translation>
    </message>
    <message>
        <source>--type is text, number, date or boolean.</source>
        <extracomment>The values --type takes, which stay in English.</extracomment>
        <translation>--type ist text, number, date oder boolean.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ATTRIBUTE=VALUE.</source>
        <translation>&quot;%1&quot; hat nicht die Form ATTRIBUTE=VALUE.</translation>
    </message>
    <message>
        <source>Set %1 value(s) of the case &quot;%2&quot;.</source>
        <translation>%1 Wert(e) des Falls &quot;%2&quot; festgelegt.</translation>
    </message>
    <message>
        <source>Link a case to the sources that came from it.</source>
        <translation>Einen Fall mit den Quellen verknüpfen, die von ihm stammen.</translation>
    </message>
    <message>
        <source>Unlink a case from sources.</source>
        <translation>Die Verknüpfung eines Falls mit Quellen lösen.</translation>
    </message>
    <message>
        <source>The sources.</source>
        <translation>Die Quellen.</translation>
    </message>
    <message>
        <source>give the case&apos;s NAME and the SOURCE names.</source>
        <translation>Geben Sie den NAME des Falls und die Namen der Quellen (SOURCE) an.</translation>
    </message>
    <message>
        <source>Linked %1 source(s) to the case &quot;%2&quot;.</source>
        <translation>%1 Quelle(n) mit dem Fall &quot;%2&quot; verknüpft.</translation>
    </message>
    <message>
        <source>Unlinked %1 source(s) from the case &quot;%2&quot;.</source>
        <translation>Verknüpfung von %1 Quelle(n) mit dem Fall &quot;%2&quot; gelöst.</translation>
    </message>
    <message>
        <source>Write a memo on a case.</source>
        <translation>Ein Memo zu einem Fall schreiben.</translation>
    </message>
    <message>
        <source>The memo&apos;s text (Markdown).</source>
        <translation>Der Text des Memos (Markdown).</translation>
    </message>
    <message>
        <source>The memo&apos;s title.</source>
        <translation>Der Titel des Memos.</translation>
    </message>
    <message>
        <source>give the case&apos;s NAME and the memo&apos;s TITLE.</source>
        <translation>Geben Sie den NAME des Falls und den TITLE des Memos an.</translation>
    </message>
    <message>
        <source>Wrote the memo &quot;%1&quot; on the case &quot;%2&quot;.</source>
        <translation>Memo &quot;%1&quot; zum Fall &quot;%2&quot; geschrieben.</translation>
    </message>
    <message>
        <source>Make a case for each speaker of a source (a focus group).</source>
        <translation>Je Sprecher:in einer Quelle einen Fall anlegen (etwa bei einer Fokusgruppe).</translation>
    </message>
    <message>
        <source>Make a case for each speaker label of SOURCE&apos;s transcript turns (or use the case of
that name when there is one) and link it to SOURCE: a focus group&apos;s participants
become cases their attributes can be given to. --except leaves labels out (the
interviewer, say).

Example: groundwork-cli case from-speakers -p study.groundwork &quot;Focus group 2&quot; --except Moderator</source>
        <translation>Legt für jede Sprecherbezeichnung in den Redebeiträgen des Transkripts SOURCE
einen Fall an (oder verwendet den gleichnamigen Fall, falls es ihn gibt) und
verknüpft ihn mit SOURCE: So werden die Teilnehmenden einer Fokusgruppe zu
Fällen, denen Merkmale zugewiesen werden können. --except lässt Bezeichnungen
aus (etwa die der interviewenden Person).

Beispiel: groundwork-cli case from-speakers -p study.groundwork &quot;Focus group 2&quot; --except Moderator</translation>
    </message>
    <message>
        <source>A speaker label to leave out (repeatable).</source>
        <translation>Eine auszulassende Sprecherbezeichnung (wiederholbar).</translation>
    </message>
    <message>
        <source>The transcript.</source>
        <translation>Das Transkript.</translation>
    </message>
    <message>
        <source>give the SOURCE whose speakers become cases.</source>
        <translation>Geben Sie die Quelle SOURCE an, deren Sprecher:innen zu Fällen werden.</translation>
    </message>
    <message>
        <source>Linked %1 case(s) to &quot;%2&quot;: %3.</source>
        <translation>%1 Fall/Fälle mit &quot;%2&quot; verknüpft: %3.</translation>
    </message>
    <message>
        <source>Add a case attribute of a type.</source>
        <translation>Ein Fallmerkmal eines bestimmten Typs hinzufügen.</translation>
    </message>
    <message>
        <source>Rename a case attribute.</source>
        <translation>Ein Fallmerkmal umbenennen.</translation>
    </message>
    <message>
        <source>Remove a case attribute with its values.</source>
        <translation>Ein Fallmerkmal samt seinen Werten entfernen.</translation>
    </message>
    <message>
        <source>The attribute.</source>
        <translation>Das Merkmal.</translation>
    </message>
    <message>
        <source>text, number, date or boolean.</source>
        <extracomment>The values --type takes, which stay in English.</extracomment>
        <translation>text, number, date oder boolean.</translation>
    </message>
    <message>
        <source>give the attribute&apos;s NAME and its NEW name.</source>
        <translation>Geben Sie den NAME des Merkmals und den neuen Namen NEW an.</translation>
    </message>
    <message>
        <source>give the attribute&apos;s NAME.</source>
        <translation>Geben Sie den NAME des Merkmals an.</translation>
    </message>
    <message>
        <source>Added the %1 attribute &quot;%2&quot;.</source>
        <extracomment>%1 is the attribute&apos;s type as the command line takes it: text, number, date or boolean.</extracomment>
        <translation>Merkmal &quot;%2&quot; vom Typ %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Renamed the attribute &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Merkmal &quot;%1&quot; in &quot;%2&quot; umbenannt.</translation>
    </message>
    <message>
        <source>Removed the attribute &quot;%1&quot; and its values.</source>
        <translation>Merkmal &quot;%1&quot; samt seinen Werten entfernt.</translation>
    </message>
    <message>
        <source>Put sources in a named set (made if new).</source>
        <translation>Quellen in eine benannte Quellengruppe aufnehmen (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Take sources out of a set, or remove the set.</source>
        <translation>Quellen aus einer Quellengruppe herausnehmen oder die Quellengruppe entfernen.</translation>
    </message>
    <message>
        <source>Put each SOURCE in the set NAME, making the set when it is new. A source may
be in any number of sets; query, matrix, words and the other analyses take
--sets NAMES to keep the sources in them.

Example: groundwork-cli set add -p study.groundwork &quot;pilot sites&quot; P01 P04</source>
        <translation>Nimmt jede Quelle SOURCE in die Quellengruppe NAME auf und legt die Gruppe an,
wenn sie neu ist. Eine Quelle kann in beliebig vielen Quellengruppen sein;
query, matrix, words und die anderen Analysen beschränken sich mit --sets NAMES
auf die Quellen darin.

Beispiel: groundwork-cli set add -p study.groundwork &quot;pilot sites&quot; P01 P04</translation>
    </message>
    <message>
        <source>Take each SOURCE out of the set NAME; with no SOURCE, remove the set itself
(its sources stay in the project).</source>
        <translation>Nimmt jede Quelle SOURCE aus der Quellengruppe NAME heraus; ohne SOURCE wird
die Quellengruppe selbst entfernt (ihre Quellen bleiben im Projekt).</translation>
    </message>
    <message>
        <source>The set.</source>
        <translation>Die Quellengruppe.</translation>
    </message>
    <message>
        <source>give the set&apos;s NAME and the SOURCE names.</source>
        <translation>Geben Sie den NAME der Quellengruppe und die Namen der Quellen (SOURCE) an.</translation>
    </message>
    <message>
        <source>give the set&apos;s NAME (and the SOURCE names to take out).</source>
        <translation>Geben Sie den NAME der Quellengruppe an (und die Namen der herauszunehmenden Quellen, SOURCE).</translation>
    </message>
    <message>
        <source>Removed the set &quot;%1&quot;; its %2 source(s) stay.</source>
        <translation>Quellengruppe &quot;%1&quot; entfernt; ihre %2 Quelle(n) bleiben erhalten.</translation>
    </message>
    <message>
        <source>The set &quot;%1&quot; holds %2 source(s).</source>
        <translation>Die Quellengruppe &quot;%1&quot; enthält %2 Quelle(n).</translation>
    </message>
    <message>
        <source>List the sets of sources.</source>
        <translation>Die Quellengruppen auflisten.</translation>
    </message>
    <message>
        <source>%1 sets.
</source>
        <translation>%1 Quellengruppen.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::cases</name>
    <message>
        <source>List the cases with attributes and sources.</source>
        <translation>Die Fälle mit Merkmalen und Quellen auflisten.</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <source>sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>%1 cases, %2 attributes.
</source>
        <translation>%1 Fälle, %2 Merkmale.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::code</name>
    <message>
        <source>Create a code.</source>
        <translation>Einen Code anlegen.</translation>
    </message>
    <message>
        <source>open (default), focused or first-order.</source>
        <translation>open (Standard), focused oder first-order.</translation>
    </message>
    <message>
        <source>The code&apos;s colour, as #RRGGBB.</source>
        <translation>Die Farbe des Codes, als #RRGGBB.</translation>
    </message>
    <message>
        <source>The code&apos;s name.</source>
        <translation>Der Name des Codes.</translation>
    </message>
    <message>
        <source>groundwork-cli code add: give the code&apos;s NAME (quote it if it has spaces).
</source>
        <translation>groundwork-cli code add: geben Sie den NAME des Codes an (in Anführungszeichen, wenn er Leerzeichen enthält).
</translation>
    </message>
    <message>
        <source>groundwork-cli code add: --stage must be open, focused or first-order.
</source>
        <translation>groundwork-cli code add: --stage muss open, focused oder first-order sein.
</translation>
    </message>
    <message>
        <source>Created code &quot;%1&quot; (%2)
</source>
        <extracomment>%2 is the stage as the command line takes it: open, focused or first-order.</extracomment>
        <translation>Code „%1“ angelegt (%2)
</translation>
    </message>
    <message>
        <source>List the codes with stage and counts.</source>
        <translation>Die Codes mit Stufe und Häufigkeiten auflisten.</translation>
    </message>
    <message>
        <source>archived</source>
        <extracomment>Marks an archived code in the list.</extracomment>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>%1 segments in %2 sources</source>
        <translation>%1 Segmente in %2 Quellen</translation>
    </message>
    <message>
        <source>Rename a code (recorded in the audit log).</source>
        <translation>Einen Code umbenennen (wird im Änderungsprotokoll festgehalten).</translation>
    </message>
    <message>
        <source>The code&apos;s current name.</source>
        <translation>Der aktuelle Name des Codes.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>groundwork-cli code rename: give the OLD and the NEW name.
</source>
        <translation>groundwork-cli code rename: geben Sie den alten Namen OLD und den neuen Namen NEW an.
</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;
</source>
        <translation>„%1“ in „%2“ umbenannt
</translation>
    </message>
</context>
<context>
    <name>gw::cli::code_merge</name>
    <message>
        <source>Merge codes into one (audited).</source>
        <translation>Codes zu einem zusammenführen (im Änderungsprotokoll erfasst).</translation>
    </message>
    <message>
        <source>Merge the codes A, B, ... into the code INTO: their segments move to INTO (a
segment INTO already has, same source, range and coder, collapses into it), their
memos move to INTO, their definitions are appended to INTO&apos;s, and they are
archived (never deleted) and taken out of the data structure.</source>
        <translation>Die Codes A, B, ... im Code INTO zusammenführen: Ihre Segmente werden nach INTO
verschoben (ein Segment, das INTO schon mit gleicher Quelle, gleichem Bereich und
gleicher Codierer:in hat, wird damit zusammengefasst), ihre Memos ebenso, ihre
Definitionen werden an die von INTO angefügt, und sie selbst werden archiviert
(nie gelöscht) und aus der Datenstruktur herausgenommen.</translation>
    </message>
    <message>
        <source>The code that remains.</source>
        <translation>Der Code, der erhalten bleibt.</translation>
    </message>
    <message>
        <source>Why, for the audit log.</source>
        <translation>Begründung für das Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>The codes to merge into it.</source>
        <translation>Die Codes, die darin zusammengeführt werden.</translation>
    </message>
    <message>
        <source>groundwork-cli code merge: give --into NAME and the CODEs to merge into it.
</source>
        <translation>groundwork-cli code merge: Geben Sie --into NAME und die darin zusammenzuführenden CODEs an.
</translation>
    </message>
    <message>
        <source>Merged %1 code into &quot;%2&quot;: %3 segments moved, %4 identical ones collapsed
</source>
        <translation>%1 Code in &quot;%2&quot; zusammengeführt: %3 Segmente verschoben, %4 identische zusammengefasst
</translation>
    </message>
    <message>
        <source>Merged %1 codes into &quot;%2&quot;: %3 segments moved, %4 identical ones collapsed
</source>
        <translation>%1 Codes in &quot;%2&quot; zusammengeführt: %3 Segmente verschoben, %4 identische zusammengefasst
</translation>
    </message>
</context>
<context>
    <name>gw::cli::code_split</name>
    <message>
        <source>Move chosen segments of a code to a new code.</source>
        <translation>Ausgewählte Segmente eines Codes in einen neuen Code verschieben.</translation>
    </message>
    <message>
        <source>Split CODE: the segments given by id (see &apos;segments CODE --json&apos;) move to a new
code named by --into, of the same stage, placed right after CODE under its theme.
Audited.</source>
        <translation>Teilt CODE auf: Die per ID angegebenen Segmente (siehe &apos;segments CODE --json&apos;)
kommen in einen neuen Code mit dem Namen aus --into, derselben Stufe, direkt
hinter CODE unter dessen Thema eingeordnet. Wird im Änderungsprotokoll
festgehalten.</translation>
    </message>
    <message>
        <source>Segment ids, comma-separated.</source>
        <translation>Segment-IDs, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>The new code&apos;s name.</source>
        <translation>Der Name des neuen Codes.</translation>
    </message>
    <message>
        <source>Why, for the audit log.</source>
        <translation>Begründung für das Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>The code to split.</source>
        <translation>Der aufzuteilende Code.</translation>
    </message>
    <message>
        <source>groundwork-cli code split: give CODE, --segments 1,2,3 (segment ids) and --into NAME.
</source>
        <translation>groundwork-cli code split: Geben Sie CODE, --segments 1,2,3 (Segment-IDs) und --into NAME an.
</translation>
    </message>
    <message>
        <source>Moved %1 segments of &quot;%2&quot; to the new code &quot;%3&quot;
</source>
        <translation>%1 Segmente von &quot;%2&quot; in den neuen Code &quot;%3&quot; verschoben
</translation>
    </message>
</context>
<context>
    <name>gw::cli::comment</name>
    <message>
        <source>On the code NAME.</source>
        <translation>Zum Code NAME.</translation>
    </message>
    <message>
        <source>On the theme NAME.</source>
        <translation>Zum Thema NAME.</translation>
    </message>
    <message>
        <source>On the dimension NAME.</source>
        <translation>Zur Dimension NAME.</translation>
    </message>
    <message>
        <source>On the model link with id ID.</source>
        <translation>Zur Modellverknüpfung mit der ID ID.</translation>
    </message>
    <message>
        <source>Give one of --code, --theme, --dimension or --influence.</source>
        <translation>Geben Sie eine der Optionen --code, --theme, --dimension oder --influence an.</translation>
    </message>
    <message>
        <source>--influence takes the link&apos;s number, not &quot;%1&quot;.</source>
        <translation>--influence erwartet die Nummer der Verknüpfung, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>What a comment thread is on, as in &quot;Opened thread 3 on code &quot;Trust&quot;&quot;.</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>theme</source>
        <extracomment>What a comment thread is on, as in &quot;Opened thread 3 on theme &quot;Trust&quot;&quot;.</extracomment>
        <translation>Thema</translation>
    </message>
    <message>
        <source>dimension</source>
        <extracomment>What a comment thread is on, as in &quot;Opened thread 3 on dimension &quot;Trust&quot;&quot;.</extracomment>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>influence</source>
        <extracomment>What a comment thread is on: a link of the model, as in &quot;Opened thread 3 on influence 12&quot;.</extracomment>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Give the thread&apos;s number (see comment list).</source>
        <translation>Geben Sie die Nummer des Threads an (siehe comment list).</translation>
    </message>
    <message>
        <source>Open a comment thread on a code, theme, dimension or link.</source>
        <translation>Einen Kommentar-Thread zu einem Code, Thema, einer Dimension oder Verknüpfung eröffnen.</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>Der Kommentar.</translation>
    </message>
    <message>
        <source>groundwork-cli comment add: give the comment TEXT (quoted) and --code/--theme/--dimension NAME.
</source>
        <translation>groundwork-cli comment add: Geben Sie den Kommentar TEXT (in Anführungszeichen) und --code/--theme/--dimension NAME an.
</translation>
    </message>
    <message>
        <source>groundwork-cli comment add: say what it is on: --code, --theme, --dimension or --influence.
</source>
        <translation>groundwork-cli comment add: Geben Sie an, worauf er sich bezieht: --code, --theme, --dimension oder --influence.
</translation>
    </message>
    <message>
        <source>Opened thread %1 on %2
</source>
        <translation>Thread %1 zu %2 eröffnet
</translation>
    </message>
    <message>
        <source>Reply to a comment thread.</source>
        <translation>Auf einen Kommentar-Thread antworten.</translation>
    </message>
    <message>
        <source>Mark a comment thread resolved.</source>
        <translation>Einen Kommentar-Thread als gelöst markieren.</translation>
    </message>
    <message>
        <source>Open a resolved comment thread again.</source>
        <translation>Einen gelösten Kommentar-Thread wieder öffnen.</translation>
    </message>
    <message>
        <source>The thread&apos;s number (comment list).</source>
        <translation>Die Nummer des Threads (comment list).</translation>
    </message>
    <message>
        <source>The reply.</source>
        <translation>Die Antwort.</translation>
    </message>
    <message>
        <source>groundwork-cli %1: give THREAD and TEXT.
</source>
        <translation>groundwork-cli %1: Geben Sie THREAD und TEXT an.
</translation>
    </message>
    <message>
        <source>groundwork-cli %1: give THREAD.
</source>
        <translation>groundwork-cli %1: Geben Sie THREAD an.
</translation>
    </message>
    <message>
        <source>Replied to thread %1 on %2
</source>
        <translation>Auf Thread %1 zu %2 geantwortet
</translation>
    </message>
    <message>
        <source>Resolved thread %1 on %2
</source>
        <translation>Thread %1 zu %2 als gelöst markiert
</translation>
    </message>
    <message>
        <source>Reopened thread %1 on %2
</source>
        <translation>Thread %1 zu %2 wieder geöffnet
</translation>
    </message>
    <message>
        <source>List comment threads (the review panel).</source>
        <translation>Kommentar-Threads auflisten (der Review-Bereich).</translation>
    </message>
    <message>
        <source>Only threads still open.</source>
        <translation>Nur noch offene Threads.</translation>
    </message>
    <message>
        <source>No comment threads.
</source>
        <translation>Keine Kommentar-Threads.
</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <extracomment>The state of a thread in the list, as in &quot;#3 on code &quot;Trust&quot; [resolved by ana]&quot;.</extracomment>
        <translation>gelöst von %1</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>The state of a thread in the list, as in &quot;#3 on code &quot;Trust&quot; [open]&quot;.</extracomment>
        <translation>offen</translation>
    </message>
    <message>
        <source>#%1 on %2 [%3]
</source>
        <extracomment>A thread in the list: its number, what it is on, and its state.</extracomment>
        <translation>#%1 zu %2 [%3]
</translation>
    </message>
</context>
<context>
    <name>gw::cli::common</name>
    <message>
        <source>The project file (default: $GROUNDWORK_PROJECT).</source>
        <translation>Die Projektdatei (Standard: $GROUNDWORK_PROJECT).</translation>
    </message>
    <message>
        <source>Who is doing this work (default: $GROUNDWORK_CODER, then your user name).</source>
        <translation>Wer diese Arbeit ausführt (Standard: $GROUNDWORK_CODER, sonst Ihr Benutzername).</translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation>Ein einzelnes JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>groundwork-cli: no project given; use -p FILE or set GROUNDWORK_PROJECT.
</source>
        <translation>groundwork-cli: Kein Projekt angegeben; verwenden Sie -p FILE oder setzen Sie GROUNDWORK_PROJECT.
</translation>
    </message>
    <message>
        <source>groundwork-cli: %1 is a project on a server. This Groundwork copies a server project up and down and manages its members (groundwork-cli server ...); the other verbs work on a project file: copy it down with groundwork-cli server pull URL FILE.
</source>
        <translation>groundwork-cli: %1 ist ein Projekt auf einem Server. Dieses Groundwork kopiert ein Serverprojekt hoch und herunter und verwaltet seine Mitglieder (groundwork-cli server ...); die anderen Befehle arbeiten mit einer Projektdatei: Kopieren Sie das Projekt mit groundwork-cli server pull URL FILE herunter.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::copy_out</name>
    <message>
        <source>Export a coder&apos;s copy of the project.</source>
        <translation>Eine Kopie des Projekts zum Codieren exportieren.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the whole project to OUT for a teammate (--coder NAME:
who it is for) to code on their own; bring it back with merge. The copy remembers
the hierarchy as it is now, so that merge can tell their changes from conflicts.
An existing OUT is never overwritten.

Example: groundwork-cli copy-out -p study.groundwork ben.groundwork --coder ben</source>
        <translation>Speichert eine konsistente Kopie des ganzen Projekts nach OUT, die ein
Teammitglied (--coder NAME: für wen sie ist) selbstständig codiert; mit merge
wird sie wieder zusammengeführt. Die Kopie merkt sich die Hierarchie im
jetzigen Zustand, damit merge die Änderungen des Teammitglieds von Konflikten
unterscheiden kann. Eine vorhandene Datei OUT wird nie überschrieben.

Beispiel: groundwork-cli copy-out -p study.groundwork ben.groundwork --coder ben</translation>
    </message>
    <message>
        <source>The project file (default: $GROUNDWORK_PROJECT).</source>
        <translation>Die Projektdatei (Standard: $GROUNDWORK_PROJECT).</translation>
    </message>
    <message>
        <source>Who the copy is for.</source>
        <translation>Für wen die Kopie ist.</translation>
    </message>
    <message>
        <source>The copy to write (.groundwork).</source>
        <translation>Die zu speichernde Kopie (.groundwork).</translation>
    </message>
    <message>
        <source>groundwork-cli copy-out: give exactly one OUT file for the copy.
</source>
        <translation>groundwork-cli copy-out: geben Sie genau eine Datei OUT für die Kopie an.
</translation>
    </message>
    <message>
        <source>groundwork-cli: no project given; use -p FILE or set GROUNDWORK_PROJECT.
</source>
        <translation>groundwork-cli: kein Projekt angegeben; verwenden Sie -p FILE oder setzen Sie GROUNDWORK_PROJECT.
</translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation>%1 gespeichert
</translation>
    </message>
    <message>
        <source>Wrote %1, the coder&apos;s copy for %2
</source>
        <translation>%1 gespeichert, die Kopie zum Codieren für %2
</translation>
    </message>
</context>
<context>
    <name>gw::cli::dimension</name>
    <message>
        <source>Create an aggregate dimension (audited).</source>
        <translation>Eine aggregierte Dimension anlegen (wird im Änderungsprotokoll festgehalten).</translation>
    </message>
    <message>
        <source>What the dimension means.</source>
        <translation>Was die Dimension bedeutet.</translation>
    </message>
    <message>
        <source>Why, for the audit log.</source>
        <translation>Begründung für das Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>The dimension&apos;s name.</source>
        <translation>Der Name der Dimension.</translation>
    </message>
    <message>
        <source>groundwork-cli dimension add: give the dimension&apos;s NAME (quote it if it has spaces).
</source>
        <translation>groundwork-cli dimension add: Geben Sie den NAME der Dimension an (in Anführungszeichen, wenn er Leerzeichen enthält).
</translation>
    </message>
    <message>
        <source>Created dimension &quot;%1&quot;
</source>
        <translation>Dimension &quot;%1&quot; angelegt
</translation>
    </message>
</context>
<context>
    <name>gw::cli::export</name>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>%1 theme(s) not placed under a dimension are left out: %2.</source>
        <translation>Noch keiner Dimension zugeordnete Themen werden ausgelassen (%1): %2.</translation>
    </message>
    <message>
        <source>%1 first-order code(s) not placed under a theme are left out: %2.</source>
        <translation>Noch keinem Thema zugeordnete Codes erster Ordnung werden ausgelassen (%1): %2.</translation>
    </message>
    <message>
        <source>Write Table 1 or the Gioia figure of the data structure.</source>
        <translation>Tabelle 1 oder die Gioia-Abbildung der Datenstruktur speichern.</translation>
    </message>
    <message>
        <source>Write the data structure (aggregate dimensions &gt; second-order themes &gt; first-order
codes) as Table 1 (md, tex, html, csv, odt, xlsx) or as the Gioia figure (svg, pdf,
png). The format comes from --format or from OUT&apos;s suffix. Themes and codes not yet
placed are left out, with a warning naming them.</source>
        <translation>Die Datenstruktur (aggregierte Dimensionen &gt; Themen zweiter Ordnung &gt; Codes erster
Ordnung) als Tabelle 1 (md, tex, html, csv, odt, xlsx) oder als Gioia-Abbildung
(svg, pdf, png) speichern. Das Format ergibt sich aus --format oder aus der Endung
von OUT. Noch nicht zugeordnete Themen und Codes werden ausgelassen und in einer
Warnung genannt.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu speichernde Datei.</translation>
    </message>
    <message>
        <source>md, tex, html, csv, odt, xlsx (Table 1) or svg, pdf, png (figure); default: OUT&apos;s suffix.</source>
        <translation>md, tex, html, csv, odt, xlsx (Tabelle 1) oder svg, pdf, png (Abbildung); Standard: die Endung von OUT.</translation>
    </message>
    <message>
        <source>Table: add an exemplar quote column.</source>
        <translation>Tabelle: eine Spalte mit Beispielzitaten hinzufügen.</translation>
    </message>
    <message>
        <source>Table: leave out the abbreviations.</source>
        <translation>Tabelle: die Abkürzungen weglassen.</translation>
    </message>
    <message>
        <source>Table: mark each abbreviation in the cells (GDE with a raised a) and its note.</source>
        <translation>Tabelle: jede Abkürzung in den Zellen (GDE mit hochgestelltem a) und in ihrer Fußnote kennzeichnen.</translation>
    </message>
    <message>
        <source>Table: leave out codes under themes that are not yet first-order.</source>
        <translation>Tabelle: Codes unter Themen weglassen, die noch keine Codes erster Ordnung sind.</translation>
    </message>
    <message>
        <source>Table: its caption (default: Data structure).</source>
        <extracomment>&quot;Data structure&quot; is the caption the table gets when none is given (the table itself stays English).</extracomment>
        <translation>Tabelle: der Tabellentitel (Standard: Data structure).</translation>
    </message>
    <message>
        <source>Figure: the font family.</source>
        <translation>Abbildung: die Schriftfamilie.</translation>
    </message>
    <message>
        <source>Figure: the font size in points.</source>
        <translation>Abbildung: die Schriftgröße in Punkt.</translation>
    </message>
    <message>
        <source>Figure: segments and sources on each box.</source>
        <translation>Abbildung: Anzahl der Segmente und Quellen in jedem Kasten.</translation>
    </message>
    <message>
        <source>Figure: grey-scale only.</source>
        <translation>Abbildung: nur Graustufen.</translation>
    </message>
    <message>
        <source>Figure: PNG resolution (default 300).</source>
        <translation>Abbildung: PNG-Auflösung (Standard 300).</translation>
    </message>
    <message>
        <source>Figure: fit (default), a4, letter, column (a journal column, 3.5 in) or page (a journal&apos;s text width, 7 in); the figure is laid out to fit it.</source>
        <extracomment>fit, a4, letter, column and page are the values --paper takes, which stay in English.</extracomment>
        <translation>Abbildung: fit (Standard), a4, letter, column (eine Zeitschriftenspalte, 3,5 Zoll) oder page (die Textbreite einer Zeitschriftenseite, 7 Zoll); die Abbildung wird passend dafür gesetzt.</translation>
    </message>
    <message>
        <source>Figure: the paper turned.</source>
        <translation>Abbildung: das Papier im Querformat.</translation>
    </message>
    <message>
        <source>Figure: tighter spacing, narrower columns.</source>
        <translation>Abbildung: engere Abstände, schmalere Spalten.</translation>
    </message>
    <message>
        <source>Figure: over several pages of the paper, between dimensions (PDF).</source>
        <translation>Abbildung: auf mehrere Seiten des Papiers verteilen, getrennt zwischen Dimensionen (PDF).</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;; give the file to write with -o OUT.
</source>
        <extracomment>%1 is the command, groundwork-cli export data-structure.</extracomment>
        <translation>%1: unerwartetes Argument &quot;%2&quot;; geben Sie die zu speichernde Datei mit -o OUT an.
</translation>
    </message>
    <message>
        <source>%1: give the file to write with -o OUT.
</source>
        <translation>%1: Geben Sie die zu speichernde Datei mit -o OUT an.
</translation>
    </message>
    <message>
        <source>%1: OUT has no suffix; use --format md, tex, html, csv, odt, xlsx, svg, pdf or png.
</source>
        <translation>%1: OUT hat keine Dateiendung; verwenden Sie --format md, tex, html, csv, odt, xlsx, svg, pdf oder png.
</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a format; use --format md, tex, html, csv, odt, xlsx, svg, pdf or png.
</source>
        <translation>%1: &quot;%2&quot; ist kein Format; verwenden Sie --format md, tex, html, csv, odt, xlsx, svg, pdf oder png.
</translation>
    </message>
    <message>
        <source>%1: --split makes several pages, which only a PDF holds; write a .pdf.
</source>
        <translation>%1: --split erzeugt mehrere Seiten, die nur ein PDF aufnehmen kann; speichern Sie eine .pdf-Datei.
</translation>
    </message>
    <message>
        <source>groundwork-cli: warning: %1
</source>
        <translation>groundwork-cli: Warnung: %1
</translation>
    </message>
    <message>
        <source>groundwork-cli: warning: %1 code under a theme is not yet first-order: %2; left out (--first-order-only).
</source>
        <translation>groundwork-cli: Warnung: %1 Code unter einem Thema ist noch kein Code erster Ordnung: %2; ausgelassen (--first-order-only).
</translation>
    </message>
    <message>
        <source>groundwork-cli: warning: %1 code under a theme is not yet first-order: %2; printed as they are (--first-order-only leaves them out).
</source>
        <translation>groundwork-cli: Warnung: %1 Code unter einem Thema ist noch kein Code erster Ordnung: %2; unverändert ausgegeben (--first-order-only lässt ihn weg).
</translation>
    </message>
    <message>
        <source>groundwork-cli: warning: %1 codes under themes are not yet first-order: %2; left out (--first-order-only).
</source>
        <translation>groundwork-cli: Warnung: %1 Codes unter Themen sind noch keine Codes erster Ordnung: %2; ausgelassen (--first-order-only).
</translation>
    </message>
    <message>
        <source>groundwork-cli: warning: %1 codes under themes are not yet first-order: %2; printed as they are (--first-order-only leaves them out).
</source>
        <translation>groundwork-cli: Warnung: %1 Codes unter Themen sind noch keine Codes erster Ordnung: %2; unverändert ausgegeben (--first-order-only lässt sie weg).
</translation>
    </message>
    <message>
        <source>groundwork-cli: note: the figure is wider than the paper even with its narrowest columns; its labels print at %1 pt, not %2 (try --compact, --landscape or a smaller --font-size).
</source>
        <extracomment>%1 is the point size the labels print at, %2 the one asked for (so in the next message too).</extracomment>
        <translation>groundwork-cli: Hinweis: Die Abbildung ist selbst mit den schmalsten Spalten breiter als das Papier; ihre Beschriftungen werden in %1 pt statt %2 gedruckt (versuchen Sie --compact, --landscape oder eine kleinere --font-size).
</translation>
    </message>
    <message>
        <source>groundwork-cli: note: the figure is taller than the page; its labels print at %1 pt, not %2 (--split puts it on several pages of a PDF).
</source>
        <translation>groundwork-cli: Hinweis: Die Abbildung ist höher als die Seite; ihre Beschriftungen werden in %1 pt statt %2 gedruckt (--split verteilt sie auf mehrere Seiten eines PDF).
</translation>
    </message>
    <message>
        <source>The figure takes %1 pages.
</source>
        <translation>Die Abbildung umfasst %1 Seiten.
</translation>
    </message>
    <message>
        <source>Wrote Table 1 (%1 dimensions, %2 themes, %3 first-order codes) to %4 as %5.
</source>
        <extracomment>%4 is the file written, %5 its format (Markdown, OpenDocument text, PDF...); so in the next message too.</extracomment>
        <translation>Tabelle 1 (%1 Dimensionen, %2 Themen, %3 Codes erster Ordnung) als %5 in %4 gespeichert.
</translation>
    </message>
    <message>
        <source>Wrote the data structure figure (%1 dimensions, %2 themes, %3 first-order codes) to %4 as %5.
</source>
        <translation>Abbildung der Datenstruktur (%1 Dimensionen, %2 Themen, %3 Codes erster Ordnung) als %5 in %4 gespeichert.
</translation>
    </message>
    <message>
        <source>%1: --font-size must be a number of points from 4 to 72.
</source>
        <translation>%1: --font-size muss eine Punktzahl von 4 bis 72 sein.
</translation>
    </message>
    <message>
        <source>%1: --dpi must be a whole number, such as 300.
</source>
        <translation>%1: --dpi muss eine ganze Zahl sein, etwa 300.
</translation>
    </message>
    <message>
        <source>%1: --paper is fit, a4, letter, column or page.
</source>
        <extracomment>fit, a4, letter, column and page are the values --paper takes, which stay in English.</extracomment>
        <translation>%1: --paper muss fit, a4, letter, column oder page sein.
</translation>
    </message>
    <message>
        <source>%1: --landscape and --split need a --paper (a4, letter, column or page).
</source>
        <translation>%1: --landscape und --split erfordern ein --paper (a4, letter, column oder page).
</translation>
    </message>
    <message>
        <source>groundwork-cli: warning: --%1 applies to the figure (svg, pdf, png) only; ignored.
</source>
        <translation>groundwork-cli: Warnung: --%1 gilt nur für die Abbildung (svg, pdf, png); ignoriert.
</translation>
    </message>
    <message>
        <source>groundwork-cli: warning: --%1 applies to the table (md, tex, html, csv, odt, xlsx) only; ignored.
</source>
        <translation>groundwork-cli: Warnung: --%1 gilt nur für die Tabelle (md, tex, html, csv, odt, xlsx); ignoriert.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::export_model</name>
    <message>
        <source>groundwork-cli %1: unexpected argument &quot;%2&quot;; give the file to write with -o OUT.
</source>
        <translation>groundwork-cli %1: unerwartetes Argument „%2“; geben Sie die zu speichernde Datei mit -o OUT an.
</translation>
    </message>
    <message>
        <source>groundwork-cli %1: give the file to write with -o OUT.
</source>
        <translation>groundwork-cli %1: geben Sie die zu speichernde Datei mit -o OUT an.
</translation>
    </message>
    <message>
        <source>groundwork-cli %1: OUT has no suffix; give --format.
</source>
        <translation>groundwork-cli %1: OUT hat keine Dateiendung; geben Sie --format an.
</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu speichernde Datei.</translation>
    </message>
    <message>
        <source>%1; default: OUT&apos;s suffix.</source>
        <extracomment>%1 lists the formats: &quot;svg, pdf or png&quot;.</extracomment>
        <translation>%1; Standard: die Endung von OUT.</translation>
    </message>
    <message>
        <source>Write the CMO model figure (svg, pdf, png).</source>
        <translation>Die Abbildung des CMO-Modells speichern (svg, pdf, png).</translation>
    </message>
    <message>
        <source>Write the CMO model as a figure: contexts and mechanisms by level on the left, the
relationship spectrum with the outcomes on the right, typed arrows with their evidence
counts, and a legend. --spectrum-only draws the spectrum with its outcomes alone;
--no-counts leaves the evidence counts out; --greyscale draws the arrows in greys
(their dash patterns tell the types apart).
SVG and PDF keep text as text; PNG is 300 dpi unless --dpi says otherwise.</source>
        <translation>Speichert das CMO-Modell als Abbildung: links Kontexte und Mechanismen nach
Ebene, rechts das Spektrum der Beziehungen mit den Ergebnissen, dazu Pfeile
nach Typ mit der Anzahl ihrer Belege und eine Legende. --spectrum-only zeichnet
nur das Spektrum mit seinen Ergebnissen; --no-counts lässt die Anzahl der
Belege weg; --greyscale zeichnet die Pfeile in Grautönen (ihre Strichmuster
unterscheiden die Typen).
SVG und PDF behalten Text als Text; PNG hat 300 dpi, sofern --dpi nichts
anderes angibt.</translation>
    </message>
    <message>
        <source>svg, pdf or png</source>
        <extracomment>The formats export model writes, as the --format help lists them.</extracomment>
        <translation>svg, pdf oder png</translation>
    </message>
    <message>
        <source>Only the spectrum and its outcomes.</source>
        <translation>Nur das Spektrum und seine Ergebnisse.</translation>
    </message>
    <message>
        <source>The font family.</source>
        <translation>Die Schriftfamilie.</translation>
    </message>
    <message>
        <source>The font size in points.</source>
        <translation>Die Schriftgröße in Punkt.</translation>
    </message>
    <message>
        <source>PNG resolution (default 300).</source>
        <translation>PNG-Auflösung (Standard: 300).</translation>
    </message>
    <message>
        <source>Leave the evidence counts off the arrows.</source>
        <translation>Die Anzahl der Belege an den Pfeilen weglassen.</translation>
    </message>
    <message>
        <source>Grey-scale only.</source>
        <translation>Nur Graustufen.</translation>
    </message>
    <message>
        <source>groundwork-cli export model: &quot;%1&quot; is not a figure format; use svg, pdf or png.
</source>
        <translation>groundwork-cli export model: „%1“ ist kein Abbildungsformat; verwenden Sie svg, pdf oder png.
</translation>
    </message>
    <message>
        <source>groundwork-cli export model: --font-size must be a number of points from 4 to 72.
</source>
        <translation>groundwork-cli export model: --font-size muss eine Schriftgröße von 4 bis 72 Punkt sein.
</translation>
    </message>
    <message>
        <source>groundwork-cli export model: --dpi must be a whole number, such as 300.
</source>
        <translation>groundwork-cli export model: --dpi muss eine ganze Zahl sein, etwa 300.
</translation>
    </message>
    <message>
        <source>Wrote the relationship spectrum (%1 elements, %2 links) to %3.
</source>
        <translation>Spektrum der Beziehungen (%1 Elemente, %2 Verknüpfungen) in %3 gespeichert.
</translation>
    </message>
    <message>
        <source>Wrote the CMO model (%1 elements, %2 links) to %3.
</source>
        <translation>CMO-Modell (%1 Elemente, %2 Verknüpfungen) in %3 gespeichert.
</translation>
    </message>
    <message>
        <source>Write the CMO configuration table (md, tex, html, csv, odt, xlsx).</source>
        <translation>Die CMO-Konfigurationstabelle speichern (md, tex, html, csv, odt, xlsx).</translation>
    </message>
    <message>
        <source>Write every context -&gt; mechanism -&gt; outcome chain of the CMO model (a context&apos;s link
to a mechanism followed by that mechanism&apos;s link to an outcome) with the link types,
the segments of evidence behind them and an exemplar quote, as a table.</source>
        <translation>Speichert jede Kette Kontext -&gt; Mechanismus -&gt; Ergebnis des CMO-Modells (die
Verknüpfung eines Kontexts mit einem Mechanismus, gefolgt von der Verknüpfung
dieses Mechanismus mit einem Ergebnis) mit den Verknüpfungstypen, den Segmenten,
die sie belegen, und einem Beispielzitat als Tabelle.</translation>
    </message>
    <message>
        <source>md, tex, html, csv, odt or xlsx</source>
        <extracomment>The formats export cmo-table writes, as the --format help lists them.</extracomment>
        <translation>md, tex, html, csv, odt oder xlsx</translation>
    </message>
    <message>
        <source>groundwork-cli export cmo-table: &quot;%1&quot; is not a table format; use md, tex, html, csv, odt or xlsx.
</source>
        <translation>groundwork-cli export cmo-table: „%1“ ist kein Tabellenformat; verwenden Sie md, tex, html, csv, odt oder xlsx.
</translation>
    </message>
    <message>
        <source>Wrote the CMO configuration table (%1 chains) to %2.
</source>
        <translation>CMO-Konfigurationstabelle (%1 Ketten) in %2 gespeichert.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::export_refi</name>
    <message>
        <source>Write the codebook as REFI-QDA (.qdc).</source>
        <translation>Das Codebuch als REFI-QDA (.qdc) exportieren.</translation>
    </message>
    <message>
        <source>Write the project as REFI-QDA (.qdpx) for other tools.</source>
        <translation>Das Projekt als REFI-QDA (.qdpx) für andere Programme exportieren.</translation>
    </message>
    <message>
        <source>Write the codebook (dimensions &gt; themes &gt; codes, as nested codes with their
definitions and colours) as a REFI-QDA .qdc file.</source>
        <translation>Das Codebuch (Dimensionen &gt; Themen &gt; Codes, als verschachtelte Codes mit ihren
Definitionen und Farben) als REFI-QDA-Datei .qdc schreiben.</translation>
    </message>
    <message>
        <source>Write the whole project as a REFI-QDA .qdpx file: coders, the codebook (the
tiers as nested codes), sources&apos; text, segments, cases and attributes, memos.
What REFI-QDA cannot hold (stages, tiers, memo targets, speaker turns, the
audit log) travels in groundwork/extension.json inside the file, so that
importing it back into Groundwork loses nothing.</source>
        <translation>Das ganze Projekt als REFI-QDA-Datei .qdpx schreiben: Codierende, das Codebuch
(die Ebenen als verschachtelte Codes), die Texte der Quellen, Segmente, Fälle
und Merkmale, Memos. Was REFI-QDA nicht aufnehmen kann (Stufen, Ebenen, Bezüge
der Memos, Redebeiträge, das Änderungsprotokoll), reist in
groundwork/extension.json innerhalb der Datei mit, sodass beim erneuten Import
in Groundwork nichts verloren geht.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>groundwork-cli %1: give the file to write with -o OUT.
</source>
        <translation>groundwork-cli %1: Geben Sie die Zieldatei mit -o OUT an.
</translation>
    </message>
    <message>
        <source>Wrote %1: %2 codes, %3 themes, %4 dimensions.
</source>
        <translation>%1 gespeichert: %2 Codes, %3 Themen, %4 Dimensionen.
</translation>
    </message>
    <message>
        <source>Wrote %1: %2 codes, %3 themes, %4 dimensions, %5 sources, %6 segments, %7 cases, %8 memos.
</source>
        <translation>%1 gespeichert: %2 Codes, %3 Themen, %4 Dimensionen, %5 Quellen, %6 Segmente, %7 Fälle, %8 Memos.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::import</name>
    <message>
        <source>Import files and folders as sources.</source>
        <translation>Dateien und Ordner als Quellen importieren.</translation>
    </message>
    <message>
        <source>Import interview transcripts, observation notes and documents into the project.
Folders are read with everything inside them. Formats: %1.
Transcripts (.vtt, .srt, and text with &apos;Name:&apos; or &apos;[00:12:34] P17:&apos; turns) keep their
speaker turns. A file whose text is already in the project is skipped, not doubled.
The kind of each source comes from --kind, else from a folder named interviews/,
observations/ or documents/ on its path, else it is a document.
Prints a report per file; exits 1 when any file failed.</source>
        <extracomment>%1 lists the file suffixes that can be imported.</extracomment>
        <translation>Interviewtranskripte, Beobachtungsnotizen und Dokumente in das Projekt importieren.
Ordner werden mit ihrem gesamten Inhalt eingelesen. Formate: %1.
Transkripte (.vtt, .srt und Text mit Redebeiträgen wie &apos;Name:&apos; oder &apos;[00:12:34] P17:&apos;)
behalten ihre Redebeiträge. Eine Datei, deren Text schon im Projekt ist, wird
übersprungen, nicht verdoppelt. Die Art jeder Quelle ergibt sich aus --kind, sonst
aus einem Ordner namens interviews/, observations/ oder documents/ in ihrem Pfad,
sonst ist sie ein Dokument.
Gibt einen Bericht je Datei aus; endet mit Status 1, wenn eine Datei fehlschlägt.</translation>
    </message>
    <message>
        <source>interview, observation or document.</source>
        <translation>interview, observation oder document.</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>groundwork-cli import: give at least one file or folder to import.
</source>
        <translation>groundwork-cli import: Geben Sie mindestens eine Datei oder einen Ordner zum Importieren an.
</translation>
    </message>
    <message>
        <source>groundwork-cli import: --kind must be interview, observation or document.
</source>
        <translation>groundwork-cli import: --kind muss interview, observation oder document sein.
</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>%1 as &quot;%2&quot;</source>
        <extracomment>A file that came in: %1 is its path, %2 the name of the source made from it.</extracomment>
        <translation>%1 als &quot;%2&quot;</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2, failed %3.
</source>
        <translation>Importiert: %1, übersprungen: %2, fehlgeschlagen: %3.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::import_qdpx</name>
    <message>
        <source>%1 (from %2)</source>
        <extracomment>%1 is the file, %2 the tool that made it.</extracomment>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>comes in: %1 sources, %2 codes, %3 themes, %4 dimensions, %5 segments, %6 cases, %7 attributes, %8 memos, %9 coders
</source>
        <translation>wird übernommen: %1 Quellen, %2 Codes, %3 Themen, %4 Dimensionen, %5 Segmente, %6 Fälle, %7 Merkmale, %8 Memos, %9 Codierende
</translation>
    </message>
    <message>
        <source>comes in: %1 sources, %2 codes, %3 segments, %4 cases, %5 attributes, %6 memos, %7 coders
</source>
        <translation>wird übernommen: %1 Quellen, %2 Codes, %3 Segmente, %4 Fälle, %5 Merkmale, %6 Memos, %7 Codierende
</translation>
    </message>
    <message>
        <source>positions: %1; %2 of %3 segments start and end on word boundaries</source>
        <extracomment>%1 is the unit of the positions as the option --positions takes it: chars, chars-lf or utf16.</extracomment>
        <translation>Positionen: %1; %2 von %3 Segmenten beginnen und enden an Wortgrenzen</translation>
    </message>
    <message>
        <source>; %1 of %2 quoted passages match the text</source>
        <translation>; %1 von %2 zitierten Textstellen stimmen mit dem Text überein</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>not imported (%1 sources, %2 segments):
</source>
        <translation>nicht importiert (%1 Quellen, %2 Segmente):
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Import a REFI-QDA project (.qdpx) or codebook (.qdc).</source>
        <translation>Ein REFI-QDA-Projekt (.qdpx) oder -Codebuch (.qdc) importieren.</translation>
    </message>
    <message>
        <source>Import a REFI-QDA project (.qdpx, or a bare .qde) or codebook (.qdc) made by NVivo,
ATLAS.ti, MAXQDA, QualCoder or another tool. Text sources, codes (with their colours),
segments with their coders, cases and variables (as attributes) and notes (as memos)
come in; the preview lists what does not and why. The project is created when it
does not exist; into an existing one the file is merged (sources matched by their
text, codes by GUID then name). All or nothing: on an error nothing is written.</source>
        <translation>Importiert ein REFI-QDA-Projekt (.qdpx oder eine einzelne .qde) oder -Codebuch
(.qdc) aus NVivo, ATLAS.ti, MAXQDA, QualCoder oder einem anderen Programm.
Übernommen werden Textquellen, Codes (mit ihren Farben), Segmente mit ihren
Codierenden, Fälle und Variablen (als Merkmale) sowie Notizen (als Memos); die
Vorschau listet auf, was nicht übernommen wird und warum. Gibt es das Projekt
noch nicht, wird es angelegt; in ein bestehendes Projekt wird die Datei
zusammengeführt (Quellen werden über ihren Text zugeordnet, Codes über die
GUID, dann über den Namen). Alles oder nichts: Bei einem Fehler wird nichts
gespeichert.</translation>
    </message>
    <message>
        <source>Show the preview; write nothing.</source>
        <translation>Die Vorschau anzeigen; nichts speichern.</translation>
    </message>
    <message>
        <source>Read the file&apos;s positions in chars (characters over the text as stored), chars-lf (characters, a line end counted as one) or utf16 (UTF-16 units), instead of what the file&apos;s evidence suggests.</source>
        <translation>Die Positionen der Datei in chars (Zeichen im Text, wie er gespeichert ist), chars-lf (Zeichen, ein Zeilenende als eines gezählt) oder utf16 (UTF-16-Einheiten) lesen, statt wie es die Anhaltspunkte in der Datei nahelegen.</translation>
    </message>
    <message>
        <source>The .qdpx, .qde or .qdc file.</source>
        <translation>Die .qdpx-, .qde- oder .qdc-Datei.</translation>
    </message>
    <message>
        <source>groundwork-cli import-qdpx: give one .qdpx, .qde or .qdc file.
</source>
        <translation>groundwork-cli import-qdpx: geben Sie eine .qdpx-, .qde- oder .qdc-Datei an.
</translation>
    </message>
    <message>
        <source>groundwork-cli import-qdpx: no project given; use -p FILE or set GROUNDWORK_PROJECT.
</source>
        <translation>groundwork-cli import-qdpx: kein Projekt angegeben; verwenden Sie -p FILE oder setzen Sie GROUNDWORK_PROJECT.
</translation>
    </message>
    <message>
        <source>groundwork-cli import-qdpx: --positions takes chars, chars-lf or utf16.
</source>
        <translation>groundwork-cli import-qdpx: --positions akzeptiert chars, chars-lf oder utf16.
</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.
</source>
        <translation>Probelauf: Es wurde nichts gespeichert.
</translation>
    </message>
    <message>
        <source>, %1 of them differing only in white space at the end</source>
        <translation>, davon %1 nur durch Leerraum am Ende verschieden</translation>
    </message>
    <message>
        <source>Created %1: %2 sources (%3 already there%4), %5 codes (%6 matched), %7 segments, %8 cases, %9 memos.
</source>
        <extracomment>%1 is the project; %4 is empty or &quot;, N of them differing only in white space at the end&quot;.</extracomment>
        <translation>%1 angelegt: %2 Quellen (%3 bereits vorhanden%4), %5 Codes (%6 zugeordnet), %7 Segmente, %8 Fälle, %9 Memos.
</translation>
    </message>
    <message>
        <source>Imported into %1: %2 sources (%3 already there%4), %5 codes (%6 matched), %7 segments, %8 cases, %9 memos.
</source>
        <extracomment>%1 is the project; %4 is empty or &quot;, N of them differing only in white space at the end&quot;.</extracomment>
        <translation>In %1 importiert: %2 Quellen (%3 bereits vorhanden%4), %5 Codes (%6 zugeordnet), %7 Segmente, %8 Fälle, %9 Memos.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::info</name>
    <message>
        <source>Show what the project holds, with counts.</source>
        <translation>Anzeigen, was das Projekt enthält, mit Anzahlen.</translation>
    </message>
    <message>
        <source>sources</source>
        <extracomment>A row label of the listing (as are codes, segments, themes...); its count follows.</extracomment>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>(%1 interviews, %2 observations, %3 documents; %4 characters)</source>
        <extracomment>After the number of sources: how many of each kind, and their length.</extracomment>
        <translation>(%1 Interviews, %2 Beobachtungen, %3 Dokumente; %4 Zeichen)</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>(%1 archived)</source>
        <extracomment>After the number of codes.</extracomment>
        <translation>(%1 archiviert)</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>coders</source>
        <translation>Codierende</translation>
    </message>
</context>
<context>
    <name>gw::cli::init</name>
    <message>
        <source>Create a new, empty project file.</source>
        <translation>Eine neue, leere Projektdatei anlegen.</translation>
    </message>
    <message>
        <source>The new project, e.g. study.groundwork.</source>
        <translation>Das neue Projekt, z. B. study.groundwork.</translation>
    </message>
    <message>
        <source>The project&apos;s display name.</source>
        <translation>Der Anzeigename des Projekts.</translation>
    </message>
    <message>
        <source>Fill the new project with the bundled demo study (synthetic transcripts, field notes and a document, already coded).</source>
        <translation>Das neue Projekt mit der mitgelieferten Demo-Studie füllen (synthetische Transkripte, Feldnotizen und ein Dokument, bereits codiert).</translation>
    </message>
    <message>
        <source>groundwork-cli init: give exactly one FILE for the new project.
</source>
        <translation>groundwork-cli init: geben Sie genau eine Datei FILE für das neue Projekt an.
</translation>
    </message>
    <message>
        <source>Created %1
</source>
        <extracomment>%1 is the new project&apos;s file.</extracomment>
        <translation>%1 angelegt
</translation>
    </message>
</context>
<context>
    <name>gw::cli::kwic</name>
    <message>
        <source>Keyword in context: every hit of a word as a line.</source>
        <translation>Schlüsselwort im Kontext: jeder Treffer eines Worts als eine Zeile.</translation>
    </message>
    <message>
        <source>Every hit of WORD (or any search, as for search) as one line: the words before
it, the hit, the words after it. --sort source (default: by source, then
position), left (by the words before, nearest first) or right. --where, --kind,
--sources and --cases choose the sources. -o writes md, tex, html, csv, odt or xlsx.</source>
        <translation>Jeder Treffer von WORD (oder einer beliebigen Suche, wie bei search) als eine
Zeile: die Wörter davor, der Treffer, die Wörter danach. --sort source
(Standard: nach Quelle, dann Position), left (nach den Wörtern davor, die
nächsten zuerst) oder right. --where, --kind, --sources und --cases wählen die
Quellen aus. -o schreibt md, tex, html, csv, odt oder xlsx.</translation>
    </message>
    <message>
        <source>source, left or right.</source>
        <translation>source, left oder right.</translation>
    </message>
    <message>
        <source>At most N lines (default 5000).</source>
        <translation>Höchstens N Zeilen (Standard: 5000).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Wonach gesucht wird.</translation>
    </message>
    <message>
        <source>groundwork-cli kwic: give a WORD, --sort source, left or right, and --limit as a positive number.
</source>
        <translation>groundwork-cli kwic: Geben Sie ein Wort (WORD) an, --sort als source, left oder right und --limit als positive Zahl.
</translation>
    </message>
    <message>
        <source>Wrote %1 lines to %2.
</source>
        <translation>%1 Zeilen in %2 gespeichert.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::main</name>
    <message>
        <source>Usage: groundwork-cli VERB [OPTIONS] [ARGS]

Work on a Groundwork project (a .groundwork file) without the window.
Every verb but init takes the project as -p FILE (or $GROUNDWORK_PROJECT);
--json prints one JSON document; VERB --help explains a verb.

Verbs:
</source>
        <translation>Aufruf: groundwork-cli VERB [OPTIONS] [ARGS]

Mit einem Groundwork-Projekt (einer .groundwork-Datei) ohne Fenster arbeiten.
Jeder Befehl außer init erwartet das Projekt als -p FILE (oder
$GROUNDWORK_PROJECT); --json gibt ein einziges JSON-Dokument aus;
VERB --help erklärt einen Befehl.

Befehle:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 the job ran but something in it failed, 2 bad usage or a
project that cannot be opened.
</source>
        <translation>
Exit-Status: 0 erledigt, 1 der Auftrag lief, aber etwas darin schlug fehl,
2 falscher Aufruf oder ein Projekt, das sich nicht öffnen lässt.
</translation>
    </message>
    <message>
        <source>groundwork-cli --man FILE: cannot write &quot;%1&quot;.
</source>
        <translation>groundwork-cli --man FILE: &quot;%1&quot; kann nicht geschrieben werden.
</translation>
    </message>
    <message>
        <source>groundwork-cli: unknown verb &quot;%1&quot;.

</source>
        <translation>groundwork-cli: Unbekannter Befehl &quot;%1&quot;.

</translation>
    </message>
</context>
<context>
    <name>gw::cli::man_page</name>
    <message>
        <source>Usage: groundwork-cli %1</source>
        <extracomment>The first line of a verb&apos;s --help; %1 is the verb, as &quot;code add&quot;.</extracomment>
        <translation>Aufruf: groundwork-cli %1</translation>
    </message>
</context>
<context>
    <name>gw::cli::matrix</name>
    <message>
        <source>Count the coding by case, attribute, source, kind or coder.</source>
        <translation>Die Codierung nach Fall, Merkmal, Quelle, Art oder Codierer:in auszählen.</translation>
    </message>
    <message>
        <source>A matrix of the coding. Rows: codes, themes, dimensions, queries (every saved
query) or query:NAME[,NAME]. Columns: cases, attribute:NAME (each value, or bins
of a number or date attribute with --bins 2010,2015,2020), sources, kinds or
coders. A cell counts segments, sources, cases or coded words, or gives row%
or col% of the segments. -o writes md, tex, html, csv, odt or xlsx (a header
row of the column values, then one row per row item, its name first), or the
heat map as svg, pdf or png.</source>
        <translation>Eine Matrix der Codierung. Zeilen: codes, themes, dimensions, queries (alle
gespeicherten Abfragen) oder query:NAME[,NAME]. Spalten: cases, attribute:NAME
(jeder Wert oder, mit --bins 2010,2015,2020, Klassen eines Zahlen- oder
Datumsmerkmals), sources, kinds oder coders. Eine Zelle zählt Segmente,
Quellen, Fälle oder codierte Wörter oder gibt row% oder col% der Segmente an.
-o schreibt md, tex, html, csv, odt oder xlsx (eine Kopfzeile mit den
Spaltenwerten, dann eine Zeile je Zeilenelement, dessen Name zuerst) oder die
Heatmap als svg, pdf oder png.</translation>
    </message>
    <message>
        <source>codes, themes, dimensions, queries or query:NAME.</source>
        <translation>codes, themes, dimensions, queries oder query:NAME.</translation>
    </message>
    <message>
        <source>cases, attribute:NAME, sources, kinds or coders.</source>
        <translation>cases, attribute:NAME, sources, kinds oder coders.</translation>
    </message>
    <message>
        <source>segments, sources, cases, words, row% or col%.</source>
        <translation>segments, sources, cases, words, row% oder col%.</translation>
    </message>
    <message>
        <source>Bin edges for a number or date attribute (comma-separated).</source>
        <translation>Klassengrenzen für ein Zahlen- oder Datumsmerkmal (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Leave out rows with no passages.</source>
        <translation>Zeilen ohne Textstellen weglassen.</translation>
    </message>
    <message>
        <source>Figure: PNG resolution (default 300).</source>
        <translation>Abbildung: PNG-Auflösung (Standard: 300).</translation>
    </message>
    <message>
        <source>md, tex, html, csv, odt, xlsx; svg, pdf, png for the heat map</source>
        <extracomment>The formats -o writes, shown in the option&apos;s help; keep the format names.</extracomment>
        <translation>md, tex, html, csv, odt, xlsx; svg, pdf, png für die Heatmap</translation>
    </message>
    <message>
        <source>groundwork-cli matrix: --cell is segments, sources, cases, words, row% or col%, not &quot;%1&quot;.
</source>
        <translation>groundwork-cli matrix: --cell erwartet segments, sources, cases, words, row% oder col%, nicht &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>Wrote the matrix (%1 rows by %2 columns) to %3.
</source>
        <translation>Matrix (%1 Zeilen, %2 Spalten) in %3 gespeichert.
</translation>
    </message>
    <message>
        <source>Which codes or themes occur together.</source>
        <translation>Welche Codes oder Themen gemeinsam auftreten.</translation>
    </message>
    <message>
        <source>Every pair of codes (or themes) that occur together, with the count, each
one&apos;s own count, Jaccard and ATLAS.ti&apos;s c coefficient. --unit: overlap
(segments overlap), sentence, paragraph, source or case; --within N: at most
N sentences apart. Sorted by --sort count (default), jaccard, c or name.
-o FILE.svg|pdf|png draws the pairs as an item-by-item heat map of the 40
items in the most co-occurrences.</source>
        <translation>Jedes Paar von Codes (oder Themen), die gemeinsam auftreten, mit der Anzahl,
der eigenen Anzahl jedes der beiden, Jaccard und dem c-Koeffizienten von
ATLAS.ti. --unit: overlap (Segmente überlappen), sentence, paragraph, source
oder case; --within N: höchstens N Sätze voneinander entfernt. Sortiert nach
--sort count (Standard), jaccard, c oder name. -o FILE.svg|pdf|png zeichnet
die Paare als Heatmap (Element × Element) der 40 Elemente mit den meisten
Kookkurrenzen.</translation>
    </message>
    <message>
        <source>overlap, sentence, paragraph, source or case.</source>
        <translation>overlap, sentence, paragraph, source oder case.</translation>
    </message>
    <message>
        <source>At most N sentences apart (instead of --unit).</source>
        <translation>Höchstens N Sätze voneinander entfernt (statt --unit).</translation>
    </message>
    <message>
        <source>codes (default) or themes.</source>
        <translation>codes (Standard) oder themes.</translation>
    </message>
    <message>
        <source>count, jaccard, c or name.</source>
        <translation>count, jaccard, c oder name.</translation>
    </message>
    <message>
        <source>Only the first N pairs.</source>
        <translation>Nur die ersten N Paare.</translation>
    </message>
    <message>
        <source>groundwork-cli cooccurrence: --unit is overlap, sentence, paragraph, source or case.
</source>
        <translation>groundwork-cli cooccurrence: --unit erwartet overlap, sentence, paragraph, source oder case.
</translation>
    </message>
    <message>
        <source>groundwork-cli cooccurrence: --within is a number of sentences (0 or more).
</source>
        <translation>groundwork-cli cooccurrence: --within erwartet eine Anzahl von Sätzen (0 oder mehr).
</translation>
    </message>
    <message>
        <source>groundwork-cli cooccurrence: --tier is codes or themes.
</source>
        <translation>groundwork-cli cooccurrence: --tier erwartet codes oder themes.
</translation>
    </message>
    <message>
        <source>groundwork-cli cooccurrence: --sort is count, jaccard, c or name.
</source>
        <translation>groundwork-cli cooccurrence: --sort erwartet count, jaccard, c oder name.
</translation>
    </message>
    <message>
        <source>groundwork-cli cooccurrence: --top is a positive number.
</source>
        <translation>groundwork-cli cooccurrence: --top erwartet eine positive Zahl.
</translation>
    </message>
    <message>
        <source>Wrote %1 pairs to %2.
</source>
        <translation>%1 Paare in %2 gespeichert.
</translation>
    </message>
    <message>
        <source>%1 pairs that co-occur
</source>
        <translation>%1 Paare, die gemeinsam auftreten
</translation>
    </message>
</context>
<context>
    <name>gw::cli::merge</name>
    <message>
        <source>(none)</source>
        <extracomment>An empty value in the preview&apos;s list of differences.</extracomment>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Merge preview for %1 (the coder&apos;s copy for %2)</source>
        <extracomment>%1 is the teammate&apos;s file, %2 the coder the copy was made for.</extracomment>
        <translation>Vorschau auf das Zusammenführen von %1 (die Kopie zum Codieren für %2)</translation>
    </message>
    <message>
        <source>Merge preview for %1</source>
        <translation>Vorschau auf das Zusammenführen von %1</translation>
    </message>
    <message>
        <source>Merged %1 (the coder&apos;s copy for %2)</source>
        <extracomment>%1 is the teammate&apos;s file, %2 the coder the copy was made for.</extracomment>
        <translation>%1 zusammengeführt (die Kopie zum Codieren für %2)</translation>
    </message>
    <message>
        <source>Merged %1</source>
        <translation>%1 zusammengeführt</translation>
    </message>
    <message>
        <source>Sources:    %1 new, %2 already here (same text; %3 of them differ only in white space at the end)
</source>
        <extracomment>The labels of this list are padded to 12 characters so that the numbers line up.</extracomment>
        <translation>Quellen:        %1 neu, %2 bereits vorhanden (gleicher Text; %3 davon weichen nur durch Leerraum am Ende ab)
</translation>
    </message>
    <message>
        <source>Sources:    %1 new, %2 already here (same text)
</source>
        <translation>Quellen:        %1 neu, %2 bereits vorhanden (gleicher Text)
</translation>
    </message>
    <message>
        <source>Dimensions: %1 new
</source>
        <translation>Dimensionen:    %1 neu
</translation>
    </message>
    <message>
        <source>Themes:     %1 new
</source>
        <translation>Themen:         %1 neu
</translation>
    </message>
    <message>
        <source>Codes:      %1 new
</source>
        <translation>Codes:          %1 neu
</translation>
    </message>
    <message>
        <source>Segments:   %1 new, %2 already here, %3 edited as in their copy, %4 removed as in their copy, %5 removed here and left out, %6 put on the code theirs was merged into here
</source>
        <translation>Segmente:       %1 neu, %2 bereits vorhanden, %3 wie in deren Kopie bearbeitet, %4 wie in deren Kopie entfernt, %5 hier entfernt und ausgelassen, %6 zu dem Code verschoben, in dem deren Code hier aufgegangen ist
</translation>
    </message>
    <message>
        <source>Removed here since the copy, left out: %1 codes, themes or dimensions
</source>
        <translation>Seit der Kopie hier entfernt, ausgelassen: %1 Codes, Themen oder Dimensionen
</translation>
    </message>
    <message>
        <source>Memos:      %1 new, %2 left out (their target did not come)
</source>
        <translation>Memos:          %1 neu, %2 ausgelassen (ihr Bezugsobjekt wurde nicht übernommen)
</translation>
    </message>
    <message>
        <source>Memos:      %1 new
</source>
        <translation>Memos:          %1 neu
</translation>
    </message>
    <message>
        <source>Cases:      %1 new, %2 attributes, %3 values, %4 case-source links
</source>
        <translation>Fälle:          %1 neu, %2 Merkmale, %3 Werte, %4 Fall-Quelle-Verknüpfungen
</translation>
    </message>
    <message>
        <source>Sets:       %1 new, %2 sources put in a set
</source>
        <translation>Quellengruppen: %1 neu, %2 Quellen einer Gruppe zugeordnet
</translation>
    </message>
    <message>
        <source>Exemplars:  %1 new
</source>
        <translation>Beispielzitate: %1 neu
</translation>
    </message>
    <message>
        <source>Coders:     %1 new
</source>
        <translation>Codierende:     %1 neu
</translation>
    </message>
    <message>
        <source>Model:      %1 new elements, %2 new influences, %3 new evidence
</source>
        <translation>Modell:         %1 neue Elemente, %2 neue Einflüsse, %3 neue Belege
</translation>
    </message>
    <message>
        <source>Review:     %1 new threads (%2 left out: their target did not come), %3 new comments, %4 resolved or reopened as in their copy, %5 new snapshots
</source>
        <translation>Review:         %1 neue Threads (%2 ausgelassen: ihr Bezugsobjekt wurde nicht übernommen), %3 neue Kommentare, %4 wie in deren Kopie erledigt oder wieder geöffnet, %5 neue Schnappschüsse
</translation>
    </message>
    <message>
        <source>Review:     %1 new threads, %2 new comments, %3 resolved or reopened as in their copy, %4 new snapshots
</source>
        <translation>Review:         %1 neue Threads, %2 neue Kommentare, %3 wie in deren Kopie erledigt oder wieder geöffnet, %4 neue Schnappschüsse
</translation>
    </message>
    <message>
        <source>Queries:    %1 new saved queries
</source>
        <translation>Abfragen:       %1 neue gespeicherte Abfragen
</translation>
    </message>
    <message>
        <source>Matched by name (--accept-name-matches merges them; otherwise theirs is added as new):
</source>
        <translation>Über den Namen zugeordnet (--accept-name-matches führt sie zusammen; sonst wird deren Fassung als neues Element hinzugefügt):
</translation>
    </message>
    <message>
        <source>  %1 &quot;%2&quot;: merged with ours
</source>
        <extracomment>%1 is the kind of item as the program names it (code, theme, ...), %2 its name.</extracomment>
        <translation>  %1 &quot;%2&quot;: mit unserer Fassung zusammengeführt
</translation>
    </message>
    <message>
        <source>  %1 &quot;%2&quot;: added as a new item
</source>
        <translation>  %1 &quot;%2&quot;: als neues Element hinzugefügt
</translation>
    </message>
    <message>
        <source>  %1 &quot;%2&quot;, %3: ours %4, theirs %5, was %6 -&gt; theirs</source>
        <extracomment>%1 is the kind of item (code, theme, ...), %2 its name here, %3 the field that differs, %4 our value, %5 theirs, %6 its value when the copy was made; after the arrow the value taken.</extracomment>
        <translation>  %1 &quot;%2&quot;, %3: unsere: %4, deren: %5, vorher: %6 -&gt; deren Fassung</translation>
    </message>
    <message>
        <source>  %1 &quot;%2&quot;, %3: ours %4, theirs %5, was %6 -&gt; ours</source>
        <translation>  %1 &quot;%2&quot;, %3: unsere: %4, deren: %5, vorher: %6 -&gt; unsere Fassung</translation>
    </message>
    <message>
        <source>  %1 &quot;%2&quot;, %3: ours %4, theirs %5 -&gt; theirs</source>
        <translation>  %1 &quot;%2&quot;, %3: unsere: %4, deren: %5 -&gt; deren Fassung</translation>
    </message>
    <message>
        <source>  %1 &quot;%2&quot;, %3: ours %4, theirs %5 -&gt; ours</source>
        <translation>  %1 &quot;%2&quot;, %3: unsere: %4, deren: %5 -&gt; unsere Fassung</translation>
    </message>
    <message>
        <source>Changed on their side only (a removal is taken only with --take-theirs ITEM or --all-theirs):</source>
        <translation>Nur auf deren Seite geändert (eine Entfernung wird nur mit --take-theirs ITEM oder --all-theirs übernommen):</translation>
    </message>
    <message>
        <source>Conflicts (ours kept unless --take-theirs ITEM or --all-theirs):</source>
        <translation>Konflikte (unsere Fassung bleibt, außer mit --take-theirs ITEM oder --all-theirs):</translation>
    </message>
    <message>
        <source>Merge a teammate&apos;s copy into this project.</source>
        <translation>Die Kopie eines Teammitglieds mit diesem Projekt zusammenführen.</translation>
    </message>
    <message>
        <source>Bring OTHER (a copy made with copy-out and coded by a teammate) back into the
project. Sources are matched by their text, codes, themes, dimensions and memos by
their identity, then by exact name (with --accept-name-matches; otherwise theirs
comes in as a new item, renamed &quot;Name (2)&quot;). Segments arrive with their coder;
nothing already here is lost or doubled. A change made on their side only is
taken; where both sides changed a name, definition, place or a segment&apos;s code
or range differently, ours is kept unless --take-theirs names the item (as it is
named here or there, optionally kind:name; a segment by its passage as the
preview shows it) or --all-theirs is given. A segment their copy removed is
removed only when so named; one removed here stays removed unless their copy
changed it. The CMO model&apos;s new elements, influences and evidence, comment
threads, replies, their resolved state and snapshots come across too. The
preview lists it all; --dry-run stops there. The merge is one step in the audit
log.

Example: groundwork-cli merge -p study.groundwork ben.groundwork --take-theirs Trust</source>
        <extracomment>&quot;Name (2)&quot; shows how an item that comes in as new is renamed; the example&apos;s command stays as it is.</extracomment>
        <translation>OTHER (eine mit copy-out erstellte und von einem Teammitglied codierte Kopie)
wieder in das Projekt übernehmen. Quellen werden über ihren Text zugeordnet,
Codes, Themen, Dimensionen und Memos über ihre Identität, dann über den
genauen Namen (mit --accept-name-matches; sonst kommt deren Element als neues
Element hinzu, umbenannt in &quot;Name (2)&quot;). Segmente werden mit ihrer Codierer:in
übernommen; nichts, was hier schon vorhanden ist, geht verloren oder wird
verdoppelt. Eine nur auf deren Seite vorgenommene Änderung wird übernommen; wo
beide Seiten einen Namen, eine Definition, eine Position oder den Code oder
Bereich eines Segments unterschiedlich geändert haben, bleibt unsere Fassung,
es sei denn, --take-theirs nennt das Element (so, wie es hier oder dort heißt,
wahlweise als kind:name; ein Segment über seine Textstelle, wie die Vorschau
sie zeigt) oder --all-theirs ist angegeben. Ein Segment, das deren Kopie
entfernt hat, wird nur entfernt, wenn es so genannt wird; eines, das hier
entfernt wurde, bleibt entfernt, sofern deren Kopie es nicht geändert hat. Die
neuen Elemente, Einflüsse und Belege des CMO-Modells, Kommentar-Threads,
Antworten, deren Status (erledigt oder offen) und Schnappschüsse werden
ebenfalls übernommen. Die Vorschau listet all das auf; --dry-run hört dort auf.
Das Zusammenführen ist ein einziger Schritt im Änderungsprotokoll.

Beispiel: groundwork-cli merge -p study.groundwork ben.groundwork --take-theirs Trust</translation>
    </message>
    <message>
        <source>Show what would happen; change nothing.</source>
        <translation>Zeigen, was geschehen würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Resolve this item&apos;s conflicts with their value (repeat or comma-separate).</source>
        <translation>Die Konflikte dieses Elements mit deren Wert auflösen (wiederholbar oder durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Resolve every conflict with their value.</source>
        <translation>Jeden Konflikt mit deren Wert auflösen.</translation>
    </message>
    <message>
        <source>Merge items matched by name into ours instead of adding them.</source>
        <translation>Über den Namen zugeordnete Elemente mit unseren zusammenführen, statt sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>The teammate&apos;s copy (.groundwork).</source>
        <translation>Die Kopie des Teammitglieds (.groundwork).</translation>
    </message>
    <message>
        <source>groundwork-cli merge: give exactly one OTHER project to merge.
</source>
        <translation>groundwork-cli merge: Geben Sie genau ein anderes Projekt (OTHER) zum Zusammenführen an.
</translation>
    </message>
    <message>
        <source>groundwork-cli merge: no difference about %1 in %2; see the preview (--dry-run) for the items that differ.
</source>
        <extracomment>%1 lists the items given to --take-theirs that differ in nothing, %2 is the teammate&apos;s file.</extracomment>
        <translation>groundwork-cli merge: Kein Unterschied bei %1 in %2; die abweichenden Elemente zeigt die Vorschau (--dry-run).
</translation>
    </message>
</context>
<context>
    <name>gw::cli::model</name>
    <message>
        <source>Place a dimension, theme or code in the CMO model (or change its place).</source>
        <translation>Eine Dimension, ein Thema oder einen Code im CMO-Modell platzieren (oder die Platzierung ändern).</translation>
    </message>
    <message>
        <source>Place an aggregate dimension, second-order theme or first-order code in the CMO model
with a role (context, mechanism or outcome) and a level (see &quot;model level list&quot;).
An outcome can sit on the relationship spectrum at --x X --y Y, each from 0 to 1
(x: formal 0 to informal 1; y: internal 0 to external 1, or the axes the project
names). Placing one that is already in the model changes its role, level or point.
Audited.</source>
        <translation>Platziert eine aggregierte Dimension, ein Thema zweiter Ordnung oder einen Code
erster Ordnung im CMO-Modell, mit einer Rolle (context, mechanism oder outcome)
und einer Ebene (siehe „model level list“). Ein Ergebnis kann mit --x X --y Y
im Spektrum der Beziehungen liegen, jeweils von 0 bis 1 (x: formal 0 bis
informell 1; y: intern 0 bis extern 1, oder die Achsen, die das Projekt
benennt). Ist das Element schon im Modell, ändert erneutes Platzieren seine
Rolle, Ebene oder seinen Punkt. Wird im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>The aggregate dimension&apos;s name.</source>
        <translation>Der Name der aggregierten Dimension.</translation>
    </message>
    <message>
        <source>The theme&apos;s name.</source>
        <translation>Der Name des Themas.</translation>
    </message>
    <message>
        <source>The code&apos;s name.</source>
        <translation>Der Name des Codes.</translation>
    </message>
    <message>
        <source>context, mechanism or outcome.</source>
        <extracomment>context, mechanism and outcome are the values --role takes.</extracomment>
        <translation>context, mechanism oder outcome.</translation>
    </message>
    <message>
        <source>The level&apos;s name.</source>
        <translation>Der Name der Ebene.</translation>
    </message>
    <message>
        <source>Take it off its level.</source>
        <translation>Die Zuordnung zur Ebene aufheben.</translation>
    </message>
    <message>
        <source>Outcomes: x on the spectrum, 0 to 1.</source>
        <translation>Ergebnisse: x im Spektrum, 0 bis 1.</translation>
    </message>
    <message>
        <source>Outcomes: y on the spectrum, 0 to 1.</source>
        <translation>Ergebnisse: y im Spektrum, 0 bis 1.</translation>
    </message>
    <message>
        <source>groundwork-cli model place: give one of --dimension NAME, --theme NAME or --code NAME.
</source>
        <translation>groundwork-cli model place: geben Sie entweder --dimension NAME, --theme NAME oder --code NAME an.
</translation>
    </message>
    <message>
        <source>groundwork-cli model place: &quot;%1&quot; is not a role; use context, mechanism or outcome.
</source>
        <translation>groundwork-cli model place: „%1“ ist keine Rolle; verwenden Sie context, mechanism oder outcome.
</translation>
    </message>
    <message>
        <source>groundwork-cli model place: give both --x and --y, or neither.
</source>
        <translation>groundwork-cli model place: geben Sie sowohl --x als auch --y an oder keines von beiden.
</translation>
    </message>
    <message>
        <source>groundwork-cli model place: give --role context, mechanism or outcome for &quot;%1&quot;.
</source>
        <translation>groundwork-cli model place: geben Sie für „%1“ --role context, mechanism oder outcome an.
</translation>
    </message>
    <message>
        <source>Updated %1 &quot;%2&quot; as an %3</source>
        <extracomment>%1 is the kind (dimension, theme, code), %3 the role (outcome), as the user types them.</extracomment>
        <translation>Aktualisiert: %1 „%2“ als %3</translation>
    </message>
    <message>
        <source>Updated %1 &quot;%2&quot; as a %3</source>
        <extracomment>%1 is the kind (dimension, theme, code), %3 the role (context, mechanism), as the user types them.</extracomment>
        <translation>Aktualisiert: %1 „%2“ als %3</translation>
    </message>
    <message>
        <source>Placed %1 &quot;%2&quot; as an %3</source>
        <extracomment>%1 is the kind (dimension, theme, code), %3 the role (outcome), as the user types them.</extracomment>
        <translation>Platziert: %1 „%2“ als %3</translation>
    </message>
    <message>
        <source>Placed %1 &quot;%2&quot; as a %3</source>
        <extracomment>%1 is the kind (dimension, theme, code), %3 the role (context, mechanism), as the user types them.</extracomment>
        <translation>Platziert: %1 „%2“ als %3</translation>
    </message>
    <message>
        <source> at level &quot;%1&quot;</source>
        <extracomment>Follows &quot;Placed code &quot;X&quot; as a context&quot;.</extracomment>
        <translation> auf Ebene „%1“</translation>
    </message>
    <message>
        <source> at (%1, %2) on the spectrum</source>
        <extracomment>Follows &quot;Placed code &quot;X&quot; as an outcome&quot; (and &quot; at level ...&quot;); %1 and %2 are x and y.</extracomment>
        <translation> bei (%1, %2) im Spektrum</translation>
    </message>
    <message>
        <source>Take an element out of the CMO model, with its links.</source>
        <translation>Ein Element samt seinen Verknüpfungen aus dem CMO-Modell nehmen.</translation>
    </message>
    <message>
        <source>Take a dimension, theme or code out of the CMO model. Every link from or to it
goes with it, evidence included. The dimension, theme or code itself stays.
Write code:NAME, theme:NAME or dimension:NAME when names repeat. Audited.</source>
        <translation>Nimmt eine Dimension, ein Thema oder einen Code aus dem CMO-Modell. Jede
Verknüpfung von oder zu dem Element wird mit entfernt, samt Belegen. Die
Dimension, das Thema oder der Code selbst bleibt erhalten. Schreiben Sie
code:NAME, theme:NAME oder dimension:NAME, wenn Namen mehrfach vorkommen.
Wird im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>The element&apos;s name.</source>
        <translation>Der Name des Elements.</translation>
    </message>
    <message>
        <source>groundwork-cli model remove: give the element&apos;s NAME (quote it if it has spaces).
</source>
        <translation>groundwork-cli model remove: geben Sie den NAME des Elements an (in Anführungszeichen, wenn er Leerzeichen enthält).
</translation>
    </message>
    <message>
        <source>Took &quot;%1&quot; out of the model.
</source>
        <translation>„%1“ aus dem Modell genommen.
</translation>
    </message>
    <message>
        <source>Took &quot;%1&quot; out of the model with its %2 link(s).
</source>
        <translation>„%1“ samt %2 Verknüpfung(en) aus dem Modell genommen.
</translation>
    </message>
    <message>
        <source>Name the relationship spectrum&apos;s axes.</source>
        <translation>Die Achsen des Spektrums der Beziehungen benennen.</translation>
    </message>
    <message>
        <source>Name the spectrum&apos;s axes and the labels at their ends. The defaults are
Formality (Formal .. Informal) across and Origin (Internal .. External) up.
Options not given keep their value. Without options, prints the axes. Audited.</source>
        <translation>Benennt die Achsen des Spektrums und die Beschriftungen an ihren Enden.
Voreingestellt sind Formality (Formal .. Informal) waagerecht und Origin
(Internal .. External) senkrecht. Nicht angegebene Optionen behalten ihren
Wert. Ohne Optionen werden die Achsen ausgegeben. Wird im Änderungsprotokoll
festgehalten.</translation>
    </message>
    <message>
        <source>The x axis&apos;s name.</source>
        <translation>Der Name der x-Achse.</translation>
    </message>
    <message>
        <source>The label at x = 0.</source>
        <translation>Die Beschriftung bei x = 0.</translation>
    </message>
    <message>
        <source>The label at x = 1.</source>
        <translation>Die Beschriftung bei x = 1.</translation>
    </message>
    <message>
        <source>The y axis&apos;s name.</source>
        <translation>Der Name der y-Achse.</translation>
    </message>
    <message>
        <source>The label at y = 0.</source>
        <translation>Die Beschriftung bei y = 0.</translation>
    </message>
    <message>
        <source>The label at y = 1.</source>
        <translation>Die Beschriftung bei y = 1.</translation>
    </message>
</context>
<context>
    <name>gw::cli::model_links</name>
    <message>
        <source>Draw a typed influence from one element to another.</source>
        <translation>Einen Einfluss eines bestimmten Typs von einem Element zu einem anderen zeichnen.</translation>
    </message>
    <message>
        <source>Draw an influence FROM -&gt; TO between two elements of the CMO model, of a type
(&quot;model type list&quot;: triggers, mandates, controls, enables, ...), with an
optional memo. Prints the link&apos;s id, which &quot;model evidence&quot; and &quot;model unlink&quot;
take. Write code:NAME, theme:NAME or dimension:NAME when names repeat. Audited.</source>
        <translation>Einen Einfluss FROM -&gt; TO zwischen zwei Elementen des CMO-Modells zeichnen, mit
einem Typ (&quot;model type list&quot;: triggers, mandates, controls, enables, ...) und
optional einem Memo. Gibt die ID der Verknüpfung aus, die &quot;model evidence&quot; und
&quot;model unlink&quot; erwarten. Schreiben Sie code:NAME, theme:NAME oder dimension:NAME,
wenn Namen mehrfach vorkommen. Wird im Änderungsprotokoll erfasst.</translation>
    </message>
    <message>
        <source>The influence type.</source>
        <translation>Der Einflusstyp.</translation>
    </message>
    <message>
        <source>Why the link holds.</source>
        <translation>Warum die Verknüpfung besteht.</translation>
    </message>
    <message>
        <source>The influencing element.</source>
        <translation>Das beeinflussende Element.</translation>
    </message>
    <message>
        <source>The influenced element.</source>
        <translation>Das beeinflusste Element.</translation>
    </message>
    <message>
        <source>groundwork-cli model link: give FROM TO --type TYPE (quote names with spaces).
</source>
        <translation>groundwork-cli model link: Geben Sie FROM TO --type TYPE an (Namen mit Leerzeichen in Anführungszeichen).
</translation>
    </message>
    <message>
        <source>Link %1: &quot;%2&quot; %3 &quot;%4&quot;
</source>
        <extracomment>%1 is the link&apos;s id, %3 the influence type (triggers, mandates, ...).</extracomment>
        <translation>Verknüpfung %1: &quot;%2&quot; %3 &quot;%4&quot;
</translation>
    </message>
    <message>
        <source>Remove an influence with its evidence.</source>
        <translation>Einen Einfluss samt seinen Belegen entfernen.</translation>
    </message>
    <message>
        <source>Remove a link, given as its id (&quot;model show&quot; lists them), as FROM/TO, or as
FROM TO; --type picks one of several links between the same two elements.
Its evidence goes with it (the segments stay). Audited.</source>
        <translation>Eine Verknüpfung entfernen, angegeben als ihre ID (&quot;model show&quot; listet sie auf),
als FROM/TO oder als FROM TO; --type wählt eine von mehreren Verknüpfungen
zwischen denselben beiden Elementen. Ihre Belege werden mit entfernt (die
Segmente bleiben). Wird im Änderungsprotokoll erfasst.</translation>
    </message>
    <message>
        <source>The link&apos;s id, FROM/TO, or FROM TO.</source>
        <translation>Die ID der Verknüpfung, FROM/TO oder FROM TO.</translation>
    </message>
    <message>
        <source>groundwork-cli model unlink: give the link as its id, FROM/TO, or FROM TO.
</source>
        <translation>groundwork-cli model unlink: Geben Sie die Verknüpfung als ID, FROM/TO oder FROM TO an.
</translation>
    </message>
    <message>
        <source>Removed link %1: %2
</source>
        <extracomment>%1 is the link&apos;s id, %2 the link: &quot;A&quot; triggers &quot;B&quot;.</extracomment>
        <translation>Verknüpfung %1 entfernt: %2
</translation>
    </message>
    <message>
        <source>Add (or remove) a segment as evidence of a link.</source>
        <translation>Ein Segment als Beleg einer Verknüpfung hinzufügen (oder entfernen).</translation>
    </message>
    <message>
        <source>Add a coded segment (its id, from &quot;segments&quot;) as evidence of a link, given as
its id, FROM/TO, or FROM TO. --counter adds it as counter-evidence: a passage
that speaks against the link. --remove takes it off again. Audited.</source>
        <translation>Ein codiertes Segment (seine ID, aus &quot;segments&quot;) als Beleg einer Verknüpfung
hinzufügen, angegeben als deren ID, FROM/TO oder FROM TO. --counter fügt es als
Gegenbeleg hinzu: eine Textstelle, die gegen die Verknüpfung spricht. --remove
nimmt es wieder heraus. Wird im Änderungsprotokoll erfasst.</translation>
    </message>
    <message>
        <source>The segment&apos;s id.</source>
        <translation>Die ID des Segments.</translation>
    </message>
    <message>
        <source>Counter-evidence: it speaks against the link.</source>
        <translation>Gegenbeleg: Es spricht gegen die Verknüpfung.</translation>
    </message>
    <message>
        <source>Take the segment off the link&apos;s evidence.</source>
        <translation>Das Segment aus den Belegen der Verknüpfung entfernen.</translation>
    </message>
    <message>
        <source>The influence type, when several links join FROM and TO.</source>
        <translation>Der Einflusstyp, wenn mehrere Verknüpfungen FROM und TO verbinden.</translation>
    </message>
    <message>
        <source>groundwork-cli model evidence: give the link (its id, FROM/TO, or FROM TO) and --segment ID.
</source>
        <translation>groundwork-cli model evidence: Geben Sie die Verknüpfung (ihre ID, FROM/TO oder FROM TO) und --segment ID an.
</translation>
    </message>
    <message>
        <source>Segment %1 is no longer evidence of %2
</source>
        <extracomment>%1 is the segment&apos;s id, %2 the link: &quot;A&quot; triggers &quot;B&quot;.</extracomment>
        <translation>Segment %1 ist kein Beleg mehr für %2
</translation>
    </message>
    <message>
        <source>Segment %1 speaks against %2
</source>
        <extracomment>%1 is the segment&apos;s id, %2 the link: &quot;A&quot; triggers &quot;B&quot;.</extracomment>
        <translation>Segment %1 spricht gegen %2
</translation>
    </message>
    <message>
        <source>Segment %1 supports %2
</source>
        <extracomment>%1 is the segment&apos;s id, %2 the link: &quot;A&quot; triggers &quot;B&quot;.</extracomment>
        <translation>Segment %1 stützt %2
</translation>
    </message>
</context>
<context>
    <name>gw::cli::model_show</name>
    <message>
        <source>Show the CMO model: elements, links, evidence, chains.</source>
        <translation>Das CMO-Modell anzeigen: Elemente, Verknüpfungen, Belege, Ketten.</translation>
    </message>
    <message>
        <source>Show the CMO model: its levels and influence types, the spectrum&apos;s axes, every
element (role, level, point on the spectrum), every link (id, type, memo,
evidence) and the context -&gt; mechanism -&gt; outcome chains. --json gives all of
it as one document.</source>
        <translation>Das CMO-Modell anzeigen: seine Ebenen und Einflussarten, die Achsen des
Spektrums, jedes Element (Rolle, Ebene, Punkt im Spektrum), jede Verknüpfung
(ID, Art, Memo, Belege) und die Ketten context -&gt; mechanism -&gt; outcome. --json
gibt alles als ein einziges Dokument aus.</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <extracomment>%1 lists the levels, separated by commas.</extracomment>
        <translation>Ebenen: %1</translation>
    </message>
    <message>
        <source>Influence types: %1</source>
        <extracomment>%1 lists the types with colour and line style: triggers (#333333 solid), ...</extracomment>
        <translation>Einflussarten: %1</translation>
    </message>
    <message>
        <source>Spectrum: x %1 (%2 .. %3), y %4 (%5 .. %6)</source>
        <extracomment>The axes&apos; names with the labels at their ends.</extracomment>
        <translation>Spektrum: x %1 (%2 .. %3), y %4 (%5 .. %6)</translation>
    </message>
    <message>
        <source>Elements:</source>
        <translation>Elemente:</translation>
    </message>
    <message>
        <source>level %1</source>
        <extracomment>An element&apos;s level, after its role, kind and name.</extracomment>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>at (%1, %2)</source>
        <extracomment>An outcome&apos;s point on the spectrum.</extracomment>
        <translation>bei (%1, %2)</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Verknüpfungen:</translation>
    </message>
    <message>
        <source>%1 supporting, %2 against</source>
        <translation>%1 stützend, %2 dagegen</translation>
    </message>
    <message>
        <source>memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message>
        <source>CMO chains:</source>
        <translation>CMO-Ketten:</translation>
    </message>
    <message>
        <source>%1 segment(s)</source>
        <translation>%1 Segment(e)</translation>
    </message>
</context>
<context>
    <name>gw::cli::model_suggest</name>
    <message>
        <source>Suggest links from co-occurring segments.</source>
        <translation>Verknüpfungen aus gemeinsam auftretenden Segmenten vorschlagen.</translation>
    </message>
    <message>
        <source>For each pair of model elements, count how often their segments co-occur: overlapping,
within N sentences (--within, default 1), in the same source, in the same case. The
strongest pairs that no link joins yet are offered as candidate links (contexts before
mechanisms before outcomes) with the segment pairs behind them. Nothing is added:
accept one with &quot;model link&quot; and &quot;model evidence&quot;. --all lists every pair.</source>
        <translation>Für jedes Paar von Modellelementen zählen, wie oft ihre Segmente gemeinsam auftreten:
überlappend, höchstens N Sätze voneinander entfernt (--within, Standard 1), in
derselben Quelle, im selben Fall. Die stärksten Paare, die noch keine Verknüpfung
verbindet, werden als mögliche Verknüpfungen angeboten (Kontexte vor Mechanismen vor
Ergebnissen), mit den zugrunde liegenden Segmentpaaren. Es wird nichts hinzugefügt:
Übernehmen Sie einen Vorschlag mit &quot;model link&quot; und &quot;model evidence&quot;. --all listet
jedes Paar auf.</translation>
    </message>
    <message>
        <source>Sentences apart that still count as together.</source>
        <translation>Abstand in Sätzen, der noch als gemeinsam zählt.</translation>
    </message>
    <message>
        <source>At most N candidates (default 10).</source>
        <translation>Höchstens N Vorschläge (Standard 10).</translation>
    </message>
    <message>
        <source>List the counts of every pair, too.</source>
        <translation>Auch die Zählungen für jedes Paar auflisten.</translation>
    </message>
    <message>
        <source>groundwork-cli model suggest: --%1 is a whole number from 0.
</source>
        <translation>groundwork-cli model suggest: --%1 ist eine ganze Zahl ab 0.
</translation>
    </message>
    <message>
        <source>No unlinked pair of model elements has segments within %1 sentence(s) of each other.
</source>
        <translation>Kein unverknüpftes Paar von Modellelementen hat Segmente, die höchstens %1 Satz/Sätze auseinanderliegen.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; -&gt; &quot;%2&quot;: %3 nearby, %4 overlapping, %5 source(s), %6 case(s); segments</source>
        <extracomment>A candidate link; the segment pairs follow: &quot; 12+15 20+21&quot;.</extracomment>
        <translation>&quot;%1&quot; -&gt; &quot;%2&quot;: %3 nahe beieinander, %4 überlappend, %5 Quelle(n), %6 Fall/Fälle; Segmente</translation>
    </message>
    <message>
        <source>Every pair (nearby, overlapping, sources, cases):
</source>
        <translation>Alle Paare (nahe beieinander, überlappend, Quellen, Fälle):
</translation>
    </message>
    <message>
        <source>linked</source>
        <extracomment>Marks a pair that a link already joins, after its counts.</extracomment>
        <translation>verknüpft</translation>
    </message>
</context>
<context>
    <name>gw::cli::model_support</name>
    <message>
        <source>&quot;%1&quot; is not in the model; place it first with &quot;model place&quot; (&quot;model show&quot; lists what is).</source>
        <translation>&quot;%1&quot; ist nicht im Modell; platzieren Sie es zuerst mit &quot;model place&quot; (&quot;model show&quot; listet auf, was darin ist).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names both a %2 and a %3 in the model; write %2:%1 or %3:%1.</source>
        <extracomment>%2 and %3 are kinds of element (dimension, theme, code), written as the user types them.</extracomment>
        <translation>&quot;%1&quot; bezeichnet im Modell sowohl ein Element vom Typ %2 als auch eines vom Typ %3; schreiben Sie %2:%1 oder %3:%1.</translation>
    </message>
    <message>
        <source>No link from &quot;%1&quot; to &quot;%2&quot; in the model.</source>
        <translation>Keine Verknüpfung von &quot;%1&quot; zu &quot;%2&quot; im Modell.</translation>
    </message>
    <message>
        <source>No %1 link from &quot;%2&quot; to &quot;%3&quot; in the model.</source>
        <extracomment>%1 is the influence type (triggers, mandates, ...).</extracomment>
        <translation>Keine Verknüpfung vom Typ %1 von &quot;%2&quot; zu &quot;%3&quot; im Modell.</translation>
    </message>
    <message>
        <source>There are %1 links from &quot;%2&quot; to &quot;%3&quot;; pick one with --type.</source>
        <translation>Es gibt %1 Verknüpfungen von &quot;%2&quot; zu &quot;%3&quot;; wählen Sie eine mit --type aus.</translation>
    </message>
    <message>
        <source>Give the link as LINK (its id), FROM/TO, or FROM TO.</source>
        <translation>Geben Sie die Verknüpfung als LINK (ihre ID), FROM/TO oder FROM TO an.</translation>
    </message>
    <message>
        <source>No link with id %1 in the model (&quot;model show&quot; lists them).</source>
        <translation>Keine Verknüpfung mit der ID %1 im Modell (&quot;model show&quot; listet sie auf).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a link id nor FROM/TO naming two elements of the model.</source>
        <translation>&quot;%1&quot; ist weder eine Verknüpfungs-ID noch FROM/TO mit zwei Elementen des Modells.</translation>
    </message>
    <message>
        <source>groundwork-cli %1: --%2 must be a number from 0 to 1, not &quot;%3&quot;.
</source>
        <translation>groundwork-cli %1: --%2 muss eine Zahl von 0 bis 1 sein, nicht &quot;%3&quot;.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::model_vocabulary</name>
    <message>
        <source>Add a level of the CMO model.</source>
        <translation>Eine Ebene des CMO-Modells hinzufügen.</translation>
    </message>
    <message>
        <source>Add a level factors can sit at (a new project has Macro-environmental,
Inter-organisational, Organisational and Individual). --position N puts it at
N from the top (0 is first; default: last). Audited.</source>
        <translation>Eine Ebene hinzufügen, auf der Faktoren liegen können (ein neues Projekt hat
Macro-environmental, Inter-organisational, Organisational und Individual).
--position N setzt sie an Position N von oben (0 ist die erste; Standard: die
letzte). Wird im Änderungsprotokoll erfasst.</translation>
    </message>
    <message>
        <source>Position from the top, from 0.</source>
        <translation>Position von oben, ab 0.</translation>
    </message>
    <message>
        <source>The level&apos;s name.</source>
        <translation>Der Name der Ebene.</translation>
    </message>
    <message>
        <source>groundwork-cli model level add: give the level&apos;s NAME.
</source>
        <translation>groundwork-cli model level add: Geben Sie den NAME der Ebene an.
</translation>
    </message>
    <message>
        <source>groundwork-cli model level add: --position is a whole number from 0.
</source>
        <translation>groundwork-cli model level add: --position ist eine ganze Zahl ab 0.
</translation>
    </message>
    <message>
        <source>Added level &quot;%1&quot;
</source>
        <translation>Ebene &quot;%1&quot; hinzugefügt
</translation>
    </message>
    <message>
        <source>Rename a level of the CMO model.</source>
        <translation>Eine Ebene des CMO-Modells umbenennen.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>groundwork-cli model level rename: give the level&apos;s OLD and NEW names.
</source>
        <translation>groundwork-cli model level rename: Geben Sie den alten und den neuen Namen der Ebene an, OLD und NEW.
</translation>
    </message>
    <message>
        <source>Renamed level &quot;%1&quot; to &quot;%2&quot;
</source>
        <translation>Ebene &quot;%1&quot; in &quot;%2&quot; umbenannt
</translation>
    </message>
    <message>
        <source>Remove a level; its elements keep no level.</source>
        <translation>Eine Ebene entfernen; ihre Elemente haben danach keine Ebene.</translation>
    </message>
    <message>
        <source>groundwork-cli model level remove: give the level&apos;s NAME.
</source>
        <translation>groundwork-cli model level remove: Geben Sie den NAME der Ebene an.
</translation>
    </message>
    <message>
        <source>Removed level &quot;%1&quot;
</source>
        <translation>Ebene &quot;%1&quot; entfernt
</translation>
    </message>
    <message>
        <source>Removed level &quot;%1&quot;; %2 element(s) now have no level
</source>
        <translation>Ebene &quot;%1&quot; entfernt; %2 Element(e) haben jetzt keine Ebene
</translation>
    </message>
    <message>
        <source>List the CMO model&apos;s levels, top to bottom.</source>
        <translation>Die Ebenen des CMO-Modells von oben nach unten auflisten.</translation>
    </message>
    <message>
        <source>Add an influence type (or restyle one).</source>
        <translation>Einen Einflusstyp hinzufügen (oder seine Darstellung ändern).</translation>
    </message>
    <message>
        <source>Add a type of influence with its colour (#rrggbb) and line style (solid, dash,
dot, dashdot), as the figure draws it. A new project has triggers, mandates,
controls and enables. Adding a type that exists changes its colour and style.
Audited.</source>
        <translation>Einen Einflusstyp mit seiner Farbe (#rrggbb) und Linienart (solid, dash, dot,
dashdot) hinzufügen, so wie die Abbildung ihn zeichnet. Ein neues Projekt hat
triggers, mandates, controls und enables. Wird ein vorhandener Typ hinzugefügt,
ändern sich seine Farbe und Linienart.
Wird im Änderungsprotokoll erfasst.</translation>
    </message>
    <message>
        <source>#rrggbb (default #333333).</source>
        <translation>#rrggbb (Standard #333333).</translation>
    </message>
    <message>
        <source>solid, dash, dot or dashdot (default solid).</source>
        <extracomment>solid, dash, dot and dashdot are the values --style takes.</extracomment>
        <translation>solid, dash, dot oder dashdot (Standard solid).</translation>
    </message>
    <message>
        <source>The type&apos;s name (a verb: &quot;funds&quot;).</source>
        <translation>Der Name des Typs (ein Verb: &quot;funds&quot;).</translation>
    </message>
    <message>
        <source>groundwork-cli model type add: give the type&apos;s NAME.
</source>
        <translation>groundwork-cli model type add: Geben Sie den NAME des Typs an.
</translation>
    </message>
    <message>
        <source>groundwork-cli model type add: &quot;%1&quot; is not a line style; use solid, dash, dot or dashdot.
</source>
        <translation>groundwork-cli model type add: &quot;%1&quot; ist keine Linienart; verwenden Sie solid, dash, dot oder dashdot.
</translation>
    </message>
    <message>
        <source>Restyled influence type &quot;%1&quot;: %2 %3
</source>
        <extracomment>%2 is the colour (#rrggbb), %3 the line style (solid, dash, dot, dashdot).</extracomment>
        <translation>Darstellung des Einflusstyps &quot;%1&quot; geändert: %2 %3
</translation>
    </message>
    <message>
        <source>Added influence type &quot;%1&quot;: %2 %3
</source>
        <extracomment>%2 is the colour (#rrggbb), %3 the line style (solid, dash, dot, dashdot).</extracomment>
        <translation>Einflusstyp &quot;%1&quot; hinzugefügt: %2 %3
</translation>
    </message>
    <message>
        <source>List the influence types with colour and style.</source>
        <translation>Die Einflusstypen mit Farbe und Linienart auflisten.</translation>
    </message>
</context>
<context>
    <name>gw::cli::more_edits</name>
    <message>
        <source>Removed the theme &quot;%1&quot;; its codes are unplaced.</source>
        <translation>Thema „%1“ entfernt; seine Codes sind nicht mehr zugeordnet.</translation>
    </message>
    <message>
        <source>Removed the dimension &quot;%1&quot;; its themes are unplaced.</source>
        <translation>Dimension „%1“ entfernt; ihre Themen sind nicht mehr zugeordnet.</translation>
    </message>
    <message>
        <source>The SEGMENT is its id, a number (segments lists them).</source>
        <translation>SEGMENT ist die ID des Segments, eine Zahl (segments listet sie auf).</translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; has %2 exemplar quote(s).</source>
        <translation>Das Thema „%1“ hat %2 Beispielzitat(e).</translation>
    </message>
    <message>
        <source>Give the two coders as --coders A,B.</source>
        <translation>Geben Sie die beiden Codierenden als --coders A,B an.</translation>
    </message>
    <message>
        <source>%1 disagreements.</source>
        <extracomment>The last line of the list: how many disagreements it numbers.</extracomment>
        <translation>%1 Abweichungen.</translation>
    </message>
    <message>
        <source>The two coders compared, as A,B.</source>
        <translation>Die beiden verglichenen Codierenden, als A,B.</translation>
    </message>
    <message>
        <source>Only the disagreements on this code.</source>
        <translation>Nur die Abweichungen bei diesem Code.</translation>
    </message>
    <message>
        <source>Remove a theme; its codes become unplaced.</source>
        <translation>Ein Thema entfernen; seine Codes verlieren ihre Zuordnung.</translation>
    </message>
    <message>
        <source>give the theme&apos;s NAME.</source>
        <translation>geben Sie den NAME des Themas an.</translation>
    </message>
    <message>
        <source>The theme&apos;s name.</source>
        <translation>Der Name des Themas.</translation>
    </message>
    <message>
        <source>Remove a dimension; its themes become unplaced.</source>
        <translation>Eine Dimension entfernen; ihre Themen verlieren ihre Zuordnung.</translation>
    </message>
    <message>
        <source>give the dimension&apos;s NAME.</source>
        <translation>geben Sie den NAME der Dimension an.</translation>
    </message>
    <message>
        <source>The dimension&apos;s name.</source>
        <translation>Der Name der Dimension.</translation>
    </message>
    <message>
        <source>Choose a segment as an exemplar quote of a theme.</source>
        <translation>Ein Segment als Beispielzitat für ein Thema auswählen.</translation>
    </message>
    <message>
        <source>Take a segment off a theme&apos;s exemplar quotes.</source>
        <translation>Ein Segment aus den Beispielzitaten eines Themas entfernen.</translation>
    </message>
    <message>
        <source>give the THEME and the SEGMENT&apos;s id.</source>
        <translation>geben Sie THEME und die ID von SEGMENT an.</translation>
    </message>
    <message>
        <source>The theme.</source>
        <translation>Das Thema.</translation>
    </message>
    <message>
        <source>The segment&apos;s id (segments lists them).</source>
        <translation>Die ID des Segments (segments listet sie auf).</translation>
    </message>
    <message>
        <source>Its place among the theme&apos;s exemplars (1: first).</source>
        <translation>Seine Position unter den Beispielzitaten des Themas (1: erste).</translation>
    </message>
    <message>
        <source>Flag a memo as disconfirming evidence (or not, --off).</source>
        <translation>Ein Memo als Gegenbeleg markieren (oder mit --off nicht mehr).</translation>
    </message>
    <message>
        <source>give the memo&apos;s ID (memo list shows them).</source>
        <translation>geben Sie die ID des Memos an (memo list zeigt sie an).</translation>
    </message>
    <message>
        <source>The memo&apos;s id.</source>
        <translation>Die ID des Memos.</translation>
    </message>
    <message>
        <source>Take the flag off.</source>
        <translation>Die Markierung aufheben.</translation>
    </message>
    <message>
        <source>The memo&apos;s ID is a number (memo list shows them).</source>
        <translation>Die ID des Memos ist eine Zahl (memo list zeigt sie an).</translation>
    </message>
    <message>
        <source>Memo %1 is flagged as disconfirming evidence.</source>
        <translation>Memo %1 ist als Gegenbeleg markiert.</translation>
    </message>
    <message>
        <source>Memo %1 is no longer flagged as disconfirming.</source>
        <translation>Memo %1 ist nicht mehr als Gegenbeleg markiert.</translation>
    </message>
    <message>
        <source>Move a segment&apos;s bounds (or give it another code).</source>
        <translation>Die Grenzen eines Segments verschieben (oder ihm einen anderen Code geben).</translation>
    </message>
    <message>
        <source>give the segment&apos;s ID and --start S --end E (or --code NAME).</source>
        <translation>geben Sie die ID des Segments und --start S --end E (oder --code NAME) an.</translation>
    </message>
    <message>
        <source>Its new start (code points).</source>
        <translation>Der neue Anfang (in Codepunkten).</translation>
    </message>
    <message>
        <source>Its new end (code points).</source>
        <translation>Das neue Ende (in Codepunkten).</translation>
    </message>
    <message>
        <source>Its new code.</source>
        <translation>Der neue Code.</translation>
    </message>
    <message>
        <source>The segment&apos;s ID is a number (segments lists them).</source>
        <translation>Die ID des Segments ist eine Zahl (segments listet sie auf).</translation>
    </message>
    <message>
        <source>Segment %1 is now %2 at %3–%4.</source>
        <extracomment>%1 is the segment&apos;s id, %2 its code, %3 and %4 its start and end.</extracomment>
        <translation>Segment %1 hat jetzt den Code %2 und liegt bei %3–%4.</translation>
    </message>
    <message>
        <source>Code every turn of a speaker with a code.</source>
        <translation>Alle Redebeiträge einer sprechenden Person mit einem Code codieren.</translation>
    </message>
    <message>
        <source>give the SPEAKER and --code NAME.</source>
        <translation>geben Sie SPEAKER und --code NAME an.</translation>
    </message>
    <message>
        <source>The speaker label, as the transcripts write it.</source>
        <translation>Die Sprecherbezeichnung, wie sie in den Transkripten steht.</translation>
    </message>
    <message>
        <source>The code to give every turn.</source>
        <translation>Der Code für jeden Redebeitrag.</translation>
    </message>
    <message>
        <source>Coded %1 turns of %2 with &quot;%3&quot; (%4 were coded already).</source>
        <translation>%1 Redebeiträge von %2 mit „%3“ codiert (%4 waren bereits codiert).</translation>
    </message>
    <message>
        <source>Number the passages two coders coded differently.</source>
        <translation>Die Textstellen nummeriert auflisten, die zwei Codierende unterschiedlich codiert haben.</translation>
    </message>
    <message>
        <source>give the coders as --coders A,B.</source>
        <translation>geben Sie die Codierenden als --coders A,B an.</translation>
    </message>
    <message>
        <source>Resolve a disagreement (its number in disagreements list).</source>
        <translation>Eine Abweichung auflösen (über ihre Nummer in disagreements list).</translation>
    </message>
    <message>
        <source>give the disagreement&apos;s NUMBER, --coders A,B and --accept first|second|both|neither.</source>
        <extracomment>first, second, both and neither are what --accept takes: they stay as they are.</extracomment>
        <translation>geben Sie die NUMBER der Abweichung, --coders A,B und --accept first|second|both|neither an.</translation>
    </message>
    <message>
        <source>The disagreement&apos;s number.</source>
        <translation>Die Nummer der Abweichung.</translation>
    </message>
    <message>
        <source>first, second, both or neither.</source>
        <extracomment>first, second, both and neither are what --accept takes: they stay as they are.</extracomment>
        <translation>first, second, both oder neither.</translation>
    </message>
    <message>
        <source>There are %1 disagreements; give a NUMBER from disagreements list.</source>
        <translation>Es gibt %1 Abweichungen; geben Sie eine NUMBER aus disagreements list an.</translation>
    </message>
    <message>
        <source>--accept is first, second, both or neither.</source>
        <translation>--accept muss first, second, both oder neither sein.</translation>
    </message>
    <message>
        <source>The resolution could not be written; see the log.</source>
        <translation>Die Auflösung konnte nicht gespeichert werden; siehe Log.</translation>
    </message>
    <message>
        <source>Resolved %1 (%2 in %3): %4.</source>
        <extracomment>%1 is the disagreement&apos;s number, %2 its code, %3 its source, %4 how it was resolved (as the program names it, e.g. &quot;accept first&quot;, which stays English).</extracomment>
        <translation>Abweichung %1 aufgelöst (%2 in %3): %4.</translation>
    </message>
</context>
<context>
    <name>gw::cli::place</name>
    <message>
        <source>Place a code under a theme or a theme under a dimension.</source>
        <translation>Einen Code einem Thema oder ein Thema einer Dimension zuordnen.</translation>
    </message>
    <message>
        <source>Place a first-order code under a second-order theme (--code C --theme T), or a
theme under an aggregate dimension (--theme T --dimension D). A code sits under
one theme and a theme under one dimension: placing moves it. --position N puts it
at N among its siblings (0 is first; default: last). Audited.</source>
        <translation>Ordnet einen Code erster Ordnung einem Thema zweiter Ordnung zu
(--code C --theme T) oder ein Thema einer aggregierten Dimension
(--theme T --dimension D). Ein Code gehört zu genau einem Thema und ein Thema
zu genau einer Dimension: Erneutes Zuordnen verschiebt es. --position N setzt
es an Position N unter seinen Geschwisterelementen (0 ist die erste; Standard:
die letzte). Wird im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>The code&apos;s name.</source>
        <translation>Der Name des Codes.</translation>
    </message>
    <message>
        <source>The theme&apos;s name.</source>
        <translation>Der Name des Themas.</translation>
    </message>
    <message>
        <source>The dimension&apos;s name.</source>
        <translation>Der Name der Dimension.</translation>
    </message>
    <message>
        <source>Position among the siblings, from 0.</source>
        <translation>Position unter den Geschwisterelementen, ab 0.</translation>
    </message>
    <message>
        <source>Why, for the audit log.</source>
        <translation>Begründung für das Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>groundwork-cli place: give --code C --theme T, or --theme T --dimension D.
</source>
        <translation>groundwork-cli place: geben Sie --code C --theme T oder --theme T --dimension D an.
</translation>
    </message>
    <message>
        <source>groundwork-cli place: --position is a whole number from 0.
</source>
        <translation>groundwork-cli place: --position muss eine ganze Zahl ab 0 sein.
</translation>
    </message>
    <message>
        <source>Placed code &quot;%1&quot; under theme &quot;%2&quot;
</source>
        <translation>Code „%1“ dem Thema „%2“ zugeordnet
</translation>
    </message>
    <message>
        <source>Placed theme &quot;%1&quot; under dimension &quot;%2&quot;
</source>
        <translation>Thema „%1“ der Dimension „%2“ zugeordnet
</translation>
    </message>
</context>
<context>
    <name>gw::cli::query</name>
    <message>
        <source>Wrote %1 passages of %2 to %3.
</source>
        <translation>%1 Textstellen zu %2 in %3 gespeichert.
</translation>
    </message>
    <message>
        <source>%1 passages for %2
</source>
        <translation>%1 Textstellen für %2
</translation>
    </message>
    <message>
        <source>Find passages by codes, themes and dimensions.</source>
        <translation>Textstellen nach Codes, Themen und Dimensionen finden.</translation>
    </message>
    <message>
        <source>A coding query: the passages EXPRESSION finds, each with its source, case
attribution and codes.

</source>
        <translation>Eine Codierabfrage: die Textstellen, die EXPRESSION findet, jeweils mit Quelle,
Fallzuordnung und Codes.

</translation>
    </message>
    <message>
        <source>

Example: query -p study.groundwork &apos;Trust AND Site visits&apos; --unit sentence --where &apos;role = CCIO&apos;</source>
        <translation>

Beispiel: query -p study.groundwork &apos;Trust AND Site visits&apos; --unit sentence --where &apos;role = CCIO&apos;</translation>
    </message>
    <message>
        <source>What to find (quote it for the shell).</source>
        <translation>Was gefunden werden soll (für die Shell in Anführungszeichen setzen).</translation>
    </message>
    <message>
        <source>groundwork-cli query: give an EXPRESSION, as in &apos;Trust AND Site visits&apos;.
</source>
        <translation>groundwork-cli query: Geben Sie einen Ausdruck EXPRESSION an, etwa &apos;Trust AND Site visits&apos;.
</translation>
    </message>
    <message>
        <source>Save a coding query by name.</source>
        <translation>Eine Codierabfrage unter einem Namen speichern.</translation>
    </message>
    <message>
        <source>Saves EXPRESSION with its unit and filters as NAME, to run again with
&quot;query run NAME&quot; or use as a matrix row (--rows query:NAME). The expression
is checked first. --replace overwrites a query of the same name.</source>
        <translation>Speichert EXPRESSION mit Einheit und Filtern unter NAME, um die Abfrage mit
&quot;query run NAME&quot; erneut auszuführen oder als Matrixzeile zu verwenden
(--rows query:NAME). Der Ausdruck wird vorher geprüft. --replace überschreibt
eine gleichnamige Abfrage.</translation>
    </message>
    <message>
        <source>Replace a saved query of the same name.</source>
        <translation>Eine gleichnamige gespeicherte Abfrage ersetzen.</translation>
    </message>
    <message>
        <source>The query&apos;s name.</source>
        <translation>Der Name der Abfrage.</translation>
    </message>
    <message>
        <source>What it finds.</source>
        <translation>Was sie findet.</translation>
    </message>
    <message>
        <source>groundwork-cli query save: give a NAME and an EXPRESSION.
</source>
        <translation>groundwork-cli query save: Geben Sie einen Namen NAME und einen Ausdruck EXPRESSION an.
</translation>
    </message>
    <message>
        <source>Saved the query &quot;%1&quot;: %2
</source>
        <translation>Abfrage &quot;%1&quot; gespeichert: %2
</translation>
    </message>
    <message>
        <source>List the saved coding queries.</source>
        <translation>Die gespeicherten Codierabfragen auflisten.</translation>
    </message>
    <message>
        <source>No saved queries. Save one with: groundwork-cli query save NAME &apos;EXPRESSION&apos;
</source>
        <translation>Keine gespeicherten Abfragen. Speichern Sie eine mit: groundwork-cli query save NAME &apos;EXPRESSION&apos;
</translation>
    </message>
    <message>
        <source>	(unit: %1)</source>
        <extracomment>After a saved query in the list: the unit it compares, as in &quot;sentence&quot;.</extracomment>
        <translation>	(Einheit: %1)</translation>
    </message>
    <message>
        <source>	(where %1)</source>
        <extracomment>After a saved query in the list: one of its conditions, as in &quot;role = CCIO&quot;.</extracomment>
        <translation>	(Bedingung: %1)</translation>
    </message>
    <message>
        <source>Run a saved coding query on today&apos;s data.</source>
        <translation>Eine gespeicherte Codierabfrage auf den aktuellen Daten ausführen.</translation>
    </message>
    <message>
        <source>The saved query.</source>
        <translation>Die gespeicherte Abfrage.</translation>
    </message>
    <message>
        <source>groundwork-cli query run: give the NAME of a saved query (query list shows them).
</source>
        <translation>groundwork-cli query run: Geben Sie den NAME einer gespeicherten Abfrage an (query list zeigt sie an).
</translation>
    </message>
    <message>
        <source>Remove a saved coding query.</source>
        <translation>Eine gespeicherte Codierabfrage entfernen.</translation>
    </message>
    <message>
        <source>groundwork-cli query remove: give the NAME of a saved query.
</source>
        <translation>groundwork-cli query remove: Geben Sie den NAME einer gespeicherten Abfrage an.
</translation>
    </message>
    <message>
        <source>Removed the saved query &quot;%1&quot;.
</source>
        <translation>Gespeicherte Abfrage &quot;%1&quot; entfernt.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::report</name>
    <message>
        <source>The participants table (n and %) from case attributes.</source>
        <translation>Die Tabelle der Teilnehmenden (n und %) aus Fallmerkmalen.</translation>
    </message>
    <message>
        <source>How many cases have each value of the --rows attributes
(comma-separated), as n and the % of all cases (rounded half up), optionally
grouped by --group-by with a total row per group. Values come largest first;
--order puts the values it lists first, in its order. A case without a value
counts as &quot;Not recorded&quot;. -o FILE writes md, tex, html, csv, odt or xlsx (as CSV:
one row per value, its label first, then n and %).</source>
        <extracomment>&quot;Not recorded&quot; is what the table writes for a case without a value (the table stays English).</extracomment>
        <translation>Wie viele Fälle jeden Wert der Merkmale in --rows (durch Kommas getrennt)
haben, als n und als % aller Fälle (kaufmännisch gerundet), wahlweise nach
--group-by gruppiert, mit einer Summenzeile je Gruppe. Die häufigsten Werte
kommen zuerst; --order stellt die aufgeführten Werte in dieser Reihenfolge an
den Anfang. Ein Fall ohne Wert zählt als „Not recorded“. -o FILE speichert als
md, tex, html, csv, odt oder xlsx (als CSV: eine Zeile je Wert, zuerst die
Bezeichnung, dann n und %).</translation>
    </message>
    <message>
        <source>Attributes whose values are the rows.</source>
        <translation>Merkmale, deren Werte die Zeilen bilden.</translation>
    </message>
    <message>
        <source>An attribute that groups the rows.</source>
        <translation>Ein Merkmal, das die Zeilen gruppiert.</translation>
    </message>
    <message>
        <source>Values to put first, in this order (comma-separated).</source>
        <translation>Werte, die zuerst kommen, in dieser Reihenfolge (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>groundwork-cli report participants: give --rows, the attribute(s) whose values are the rows.
</source>
        <translation>groundwork-cli report participants: geben Sie mit --rows das Merkmal bzw. die Merkmale an, deren Werte die Zeilen bilden.
</translation>
    </message>
    <message>
        <source>Wrote the participants table (%1 rows) to %2.
</source>
        <translation>Tabelle der Teilnehmenden (%1 Zeilen) in %2 gespeichert.
</translation>
    </message>
    <message>
        <source>standard output</source>
        <extracomment>Where the document goes, named in an error message.</extracomment>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>groundwork-cli %1: name the output .md, .html, .tex or .odt (not %2).
</source>
        <extracomment>%1 is the verb, e.g. &quot;report quotes&quot;; %2 the file given.</extracomment>
        <translation>groundwork-cli %1: geben Sie als Ausgabe eine .md-, .html-, .tex- oder .odt-Datei an (nicht %2).
</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.
</source>
        <extracomment>%1 is the document&apos;s title, %2 the file.</extracomment>
        <translation>%1 in %2 gespeichert.
</translation>
    </message>
    <message>
        <source>The exemplar quotes by dimension and theme, cited.</source>
        <translation>Die Beispielzitate nach Dimension und Thema, mit Nachweis.</translation>
    </message>
    <message>
        <source>Per dimension and theme, the theme&apos;s exemplar quotes, each cited by its
speaker&apos;s case attributes and its source: a findings section&apos;s raw material.
--segments N adds up to N segments of each code under the theme (one per source,
in import order). --attribution sets the citation for this report only (as
report attribution sets it for the project), e.g. &quot;Participant from {site}&quot;.
-o FILE writes md, html, tex (each quote a quote environment) or odt; without it
Markdown goes to the standard output.</source>
        <extracomment>&quot;Participant from {site}&quot; is an example of a template; {site} names an attribute and stays as it is.</extracomment>
        <translation>Je Dimension und Thema die Beispielzitate des Themas, jedes mit den
Fallmerkmalen der Sprecher:in und der Quelle nachgewiesen: Rohmaterial für den
Ergebnisteil. --segments N fügt bis zu N Segmente jedes Codes unter dem Thema
hinzu (eines je Quelle, in Importreihenfolge). --attribution legt den Nachweis
nur für diesen Bericht fest (wie report attribution ihn für das Projekt
festlegt), z. B. „Teilnehmer:in aus {site}“. -o FILE speichert als md, html,
tex (jedes Zitat in einer quote-Umgebung) oder odt; ohne -o geht Markdown auf
die Standardausgabe.</translation>
    </message>
    <message>
        <source>Segments of each code to add (default 0).</source>
        <translation>Wie viele Segmente je Code hinzukommen (Standard: 0).</translation>
    </message>
    <message>
        <source>How quotes cite their speakers.</source>
        <translation>Wie Zitate ihre Sprecher:innen angeben.</translation>
    </message>
    <message>
        <source>groundwork-cli report quotes: --segments is a number, 0 or more.
</source>
        <translation>groundwork-cli report quotes: --segments muss eine Zahl ab 0 sein.
</translation>
    </message>
    <message>
        <source>The codebook as a document.</source>
        <translation>Das Codebuch als Dokument.</translation>
    </message>
    <message>
        <source>Dimensions, themes and codes with their definitions; each code&apos;s stage, segment
and source counts, first and last use, an example quote (the theme&apos;s chosen
exemplar when one is coded with it, else its first segment) and its merges and
splits from the audit log. -o FILE writes md, html, tex or odt; without it
Markdown goes to the standard output.</source>
        <translation>Dimensionen, Themen und Codes mit ihren Definitionen; für jeden Code Stufe,
Anzahl der Segmente und Quellen, erste und letzte Verwendung, ein Beispielzitat
(das ausgewählte Beispielzitat des Themas, wenn eines mit dem Code codiert ist,
sonst sein erstes Segment) sowie seine Zusammenführungen und Aufteilungen laut
Änderungsprotokoll. -o FILE speichert als md, html, tex oder odt; ohne -o geht
Markdown auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Show or set how quotes cite their speakers.</source>
        <translation>Anzeigen oder festlegen, wie Zitate ihre Sprecher:innen angeben.</translation>
    </message>
    <message>
        <source>How every quote (Table 1&apos;s exemplars, the quote report, the codebook, passage
lists) cites its speaker: a TEMPLATE over case attributes, each {NAME} the
case&apos;s value of that attribute, e.g. &quot;Participant from {site}&quot;. A case without
a value for a placeholder is cited by its name. --clear goes back to the automatic
&quot;Role from Site&quot;. Without TEMPLATE, shows the one set.</source>
        <extracomment>&quot;Participant from {site}&quot; is an example of a template ({site} names an attribute and stays as it is); &quot;Role from Site&quot; describes the automatic citation: a case&apos;s role, then its site.</extracomment>
        <translation>Wie jedes Zitat (die Beispielzitate in Tabelle 1, der Zitatbericht, das
Codebuch, Listen von Textstellen) seine Sprecher:in angibt: eine Vorlage
TEMPLATE aus Fallmerkmalen, in der jedes {NAME} für den Wert dieses Merkmals
beim Fall steht, z. B. „Teilnehmer:in aus {site}“. Ein Fall ohne Wert für einen
Platzhalter wird mit seinem Namen angegeben. --clear kehrt zum automatischen
„Role from Site“ zurück. Ohne TEMPLATE wird die festgelegte Vorlage angezeigt.</translation>
    </message>
    <message>
        <source>Go back to the automatic attribution.</source>
        <translation>Zum automatischen Nachweis zurückkehren.</translation>
    </message>
    <message>
        <source>e.g. &quot;Participant from {site}&quot;.</source>
        <extracomment>An example of a template; {site} names an attribute and stays as it is.</extracomment>
        <translation>z. B. „Teilnehmer:in aus {site}“.</translation>
    </message>
    <message>
        <source>groundwork-cli report attribution: give a TEMPLATE or --clear, not both.
</source>
        <translation>groundwork-cli report attribution: geben Sie TEMPLATE oder --clear an, nicht beides.
</translation>
    </message>
    <message>
        <source>Quotes are cited automatically, as &quot;Role from Site&quot;.</source>
        <extracomment>&quot;Role from Site&quot; describes the automatic citation: a case&apos;s role, then its site.</extracomment>
        <translation>Zitate werden automatisch nachgewiesen, als „Role from Site“.</translation>
    </message>
    <message>
        <source>Quotes are cited as &quot;%1&quot;.</source>
        <translation>Zitate werden als „%1“ nachgewiesen.</translation>
    </message>
</context>
<context>
    <name>gw::cli::saturation</name>
    <message>
        <source>New codes per source, in order, and the readout.</source>
        <translation>Neue Codes je Quelle, der Reihe nach, mit zusammenfassendem Befund.</translation>
    </message>
    <message>
        <source>The sources in an order (--order import, or attribute:NAME such as the interview
date; ties in import order), and for each the codes first seen in it and the
cumulative count, with a readout for the methods section. --stage counts codes of
one stage (open, focused, first-order); --tier themes counts themes (a theme
appears with its first code); --kind, --sources, --cases and --where choose the
sources as for query. -o writes md,
tex, html, csv (one row per source: its name, the codes new in it, the cumulative
count), odt or xlsx, or the curve (cumulative codes as a step line,
new codes per source as bars) as svg, pdf or png.</source>
        <translation>Die Quellen in einer Reihenfolge (--order import oder attribute:NAME, etwa das
Datum des Interviews; bei Gleichstand in Importreihenfolge), zu jeder Quelle die
Codes, die in ihr zum ersten Mal vorkommen, und die kumulierte Anzahl, dazu ein
zusammenfassender Befund für den Methodenteil. --stage zählt Codes einer Stufe
(open, focused, first-order); --tier themes zählt Themen (ein Thema erscheint
mit seinem ersten Code); --kind, --sources, --cases und --where wählen die
Quellen aus wie bei query. -o speichert als md,
tex, html, csv (eine Zeile je Quelle: ihr Name, die in ihr neuen Codes, die
kumulierte Anzahl), odt oder xlsx oder die Kurve (kumulierte Codes als
Treppenlinie, neue Codes je Quelle als Balken) als svg, pdf oder png.</translation>
    </message>
    <message>
        <source>import (default) or attribute:NAME.</source>
        <translation>import (Standard) oder attribute:NAME.</translation>
    </message>
    <message>
        <source>Codes of this stage only.</source>
        <translation>Nur Codes dieser Stufe.</translation>
    </message>
    <message>
        <source>codes (default) or themes.</source>
        <translation>codes (Standard) oder themes.</translation>
    </message>
    <message>
        <source>md, tex, html, csv, odt, xlsx; svg, pdf, png for the curve</source>
        <extracomment>The formats -o writes, by the file&apos;s suffix; shown inside &quot;its suffix chooses the format (...)&quot;.</extracomment>
        <translation>md, tex, html, csv, odt, xlsx; svg, pdf, png für die Kurve</translation>
    </message>
    <message>
        <source>groundwork-cli saturation: --stage is open, focused or first-order.
</source>
        <translation>groundwork-cli saturation: --stage muss open, focused oder first-order sein.
</translation>
    </message>
    <message>
        <source>groundwork-cli saturation: --tier is codes or themes.
</source>
        <translation>groundwork-cli saturation: --tier muss codes oder themes sein.
</translation>
    </message>
    <message>
        <source>Wrote saturation over %1 sources to %2.
</source>
        <translation>Sättigung über %1 Quellen in %2 gespeichert.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::search</name>
    <message>
        <source>Search the text of every source.</source>
        <translation>Den Text aller Quellen durchsuchen.</translation>
    </message>
    <message>
        <source>Full-text search over every source. QUERY may hold words (all must occur),
&quot;a phrase&quot;, prefix* (also at the end of a phrase: &quot;site visit*&quot;) and
NEAR(word other, 10). A placeholder such as [site_A] is one word: &quot;site&quot; does not
find it, &quot;site_A&quot; and &quot;site*&quot; do. Hits are ranked, best source first, each with its
character range [start, end). With --unit sentence or paragraph, the hits of one
passage are one hit that spans it. --where, --kind, --sources and --cases choose
the sources as they do for query.</source>
        <translation>Volltextsuche über alle Quellen. QUERY kann Wörter (alle müssen vorkommen),
&quot;eine Wortfolge&quot;, Wortanfang* (auch am Ende einer Wortfolge: &quot;site visit*&quot;) und
NEAR(Wort1 Wort2, 10) enthalten. Ein Platzhalter wie [site_A] ist ein Wort: &quot;site&quot;
findet ihn nicht, &quot;site_A&quot; und &quot;site*&quot; schon. Die Treffer werden nach Relevanz
geordnet, die beste Quelle zuerst, jeweils mit ihrem Zeichenbereich [start, end).
Mit --unit sentence oder paragraph werden die Treffer in einer Textstelle zu einem
Treffer zusammengefasst, der sie umspannt. --where, --kind, --sources und --cases
wählen die Quellen aus wie bei query.</translation>
    </message>
    <message>
        <source>At most N hits (default 200).</source>
        <translation>Höchstens N Treffer (Standard 200).</translation>
    </message>
    <message>
        <source>A hit per word (default), or per sentence or paragraph.</source>
        <translation>Ein Treffer pro Wort (word, Standard), Satz (sentence) oder Absatz (paragraph).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Wonach gesucht wird.</translation>
    </message>
    <message>
        <source>groundwork-cli search: give a QUERY (and --limit as a positive number).
</source>
        <translation>groundwork-cli search: Geben Sie eine QUERY an (und --limit als positive Zahl).
</translation>
    </message>
    <message>
        <source>groundwork-cli search: --unit is word, sentence or paragraph, not &quot;%1&quot;.
</source>
        <translation>groundwork-cli search: --unit ist word, sentence oder paragraph, nicht &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>%1 hits for %2
</source>
        <translation>%1 Treffer für %2
</translation>
    </message>
</context>
<context>
    <name>gw::cli::segment</name>
    <message>
        <source>Code a passage of a source with a code.</source>
        <translation>Eine Textstelle einer Quelle mit einem Code codieren.</translation>
    </message>
    <message>
        <source>Code the characters [START, END) of a source with a code. Offsets count
characters (Unicode code points) from 0; END is not included. The code must
exist (see &apos;code add&apos;).</source>
        <translation>Die Zeichen [START, END) einer Quelle mit einem Code codieren. Positionen
zählen Zeichen (Unicode-Codepunkte) ab 0; END ist nicht enthalten. Der Code muss
bereits existieren (siehe &apos;code add&apos;).</translation>
    </message>
    <message>
        <source>The source&apos;s name.</source>
        <translation>Der Name der Quelle.</translation>
    </message>
    <message>
        <source>First character, from 0.</source>
        <translation>Erstes Zeichen, ab 0.</translation>
    </message>
    <message>
        <source>One past the last character.</source>
        <translation>Position direkt nach dem letzten Zeichen.</translation>
    </message>
    <message>
        <source>The code&apos;s name.</source>
        <translation>Der Name des Codes.</translation>
    </message>
    <message>
        <source>groundwork-cli segment add: give --source NAME --start N --end N --code NAME (N a whole number from 0).
</source>
        <translation>groundwork-cli segment add: Geben Sie --source NAME --start N --end N --code NAME an (N eine ganze Zahl ab 0).
</translation>
    </message>
    <message>
        <source>Coded %1 [%2, %3) with &quot;%4&quot;
</source>
        <translation>%1 [%2, %3) mit &quot;%4&quot; codiert
</translation>
    </message>
    <message>
        <source>Show every segment of a code with its text.</source>
        <translation>Alle Segmente eines Codes mit ihrem Text anzeigen.</translation>
    </message>
    <message>
        <source>groundwork-cli segments: give the CODE&apos;s name.
</source>
        <translation>groundwork-cli segments: Geben Sie den Namen des Codes an, CODE.
</translation>
    </message>
    <message>
        <source>%1: %2 segments
</source>
        <translation>%1: %2 Segmente
</translation>
    </message>
    <message>
        <source>#%1 %2 [%3, %4) by %5</source>
        <extracomment>A segment&apos;s heading: #id, its source, its range [start, end) and its coder.</extracomment>
        <translation>#%1 %2 [%3, %4) von %5</translation>
    </message>
</context>
<context>
    <name>gw::cli::server</name>
    <message>
        <source>The server project, as postgresql://USER@HOST/DATABASE (default: GROUNDWORK_PROJECT).</source>
        <translation>Das Serverprojekt, als postgresql://USER@HOST/DATABASE (Standard: GROUNDWORK_PROJECT).</translation>
    </message>
    <message>
        <source>groundwork-cli: %1 is not a server URL; write postgresql://USER@HOST/DATABASE.
</source>
        <translation>groundwork-cli: %1 ist keine Server-URL; schreiben Sie postgresql://USER@HOST/DATABASE.
</translation>
    </message>
    <message>
        <source>Make an empty project in a PostgreSQL database.</source>
        <translation>Ein leeres Projekt in einer PostgreSQL-Datenbank anlegen.</translation>
    </message>
    <message>
        <source>Make an empty project in a PostgreSQL database (15 or newer), for a team that codes together. The database is made when the server has none of that name and you may make databases. You become the project&apos;s first owner; add the team with server member add.</source>
        <translation>Ein leeres Projekt in einer PostgreSQL-Datenbank (15 oder neuer) anlegen, für ein Team, das gemeinsam codiert. Die Datenbank wird angelegt, wenn der Server keine dieses Namens hat und Sie Datenbanken anlegen dürfen. Sie werden die erste Eigentümer:in des Projekts; fügen Sie das Team mit server member add hinzu.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST/DATABASE</source>
        <translation>postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>groundwork-cli server init: give the server project&apos;s URL.
</source>
        <translation>groundwork-cli server init: Geben Sie die URL des Serverprojekts an.
</translation>
    </message>
    <message>
        <source>Made an empty project on %1; %2 is its owner.
</source>
        <translation>Leeres Projekt auf %1 angelegt; %2 ist Eigentümer:in.
</translation>
    </message>
    <message>
        <source>Copy a project file up to a server project, whole.</source>
        <translation>Eine Projektdatei vollständig in ein Serverprojekt hochkopieren.</translation>
    </message>
    <message>
        <source>Copy a server project down into a new project file, whole.</source>
        <translation>Ein Serverprojekt vollständig in eine neue Projektdatei herunterkopieren.</translation>
    </message>
    <message>
        <source>Copy the project file FILE up into the server project URL, whole and in one transaction: sources, codes, segments, the data structure, the CMO model, memos, review and snapshots. A server project that holds sources, codes or segments is left alone unless --replace.</source>
        <translation>Die Projektdatei FILE vollständig und in einer Transaktion in das Serverprojekt URL hochkopieren: Quellen, Codes, Segmente, die Datenstruktur, das CMO-Modell, Memos, Review und Schnappschüsse. Ein Serverprojekt, das bereits Quellen, Codes oder Segmente enthält, bleibt unverändert, außer mit --replace.</translation>
    </message>
    <message>
        <source>Copy the server project URL down into a new project file FILE, whole, as it was at one moment. An existing FILE is left alone unless --force.</source>
        <translation>Das Serverprojekt URL vollständig in eine neue Projektdatei FILE herunterkopieren, so wie es zu einem Zeitpunkt war. Eine vorhandene FILE bleibt unverändert, außer mit --force.</translation>
    </message>
    <message>
        <source>Replace what the server project holds (everyone&apos;s work there).</source>
        <translation>Den Inhalt des Serverprojekts ersetzen (die Arbeit aller dort).</translation>
    </message>
    <message>
        <source>The project file to copy up.</source>
        <translation>Die hochzukopierende Projektdatei.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>Die zu schreibende Projektdatei.</translation>
    </message>
    <message>
        <source>groundwork-cli server push: give FILE and URL.
</source>
        <translation>groundwork-cli server push: Geben Sie FILE und URL an.
</translation>
    </message>
    <message>
        <source>groundwork-cli server pull: give URL and FILE.
</source>
        <translation>groundwork-cli server pull: Geben Sie URL und FILE an.
</translation>
    </message>
    <message>
        <source>  %1 of %2 tables: %3
</source>
        <translation>  Tabelle %1 von %2: %3
</translation>
    </message>
    <message>
        <source>Copied %1 up to %2: %3 sources, %4 segments, %5 rows in %6 tables.
</source>
        <translation>%1 nach %2 hochkopiert: %3 Quellen, %4 Segmente, %5 Zeilen in %6 Tabellen.
</translation>
    </message>
    <message>
        <source>Copied %1 down to %2: %3 sources, %4 segments, %5 rows in %6 tables.
</source>
        <translation>%1 nach %2 herunterkopiert: %3 Quellen, %4 Segmente, %5 Zeilen in %6 Tabellen.
</translation>
    </message>
    <message>
        <source>Let someone work on a server project, as owner, coder or reviewer.</source>
        <translation>Jemanden an einem Serverprojekt mitarbeiten lassen, als Eigentümer:in (owner), Codierer:in (coder) oder Reviewer:in (reviewer).</translation>
    </message>
    <message>
        <source>Take someone off a server project.</source>
        <translation>Jemanden aus einem Serverprojekt entfernen.</translation>
    </message>
    <message>
        <source>List a server project&apos;s members and their roles.</source>
        <translation>Die Mitglieder eines Serverprojekts und ihre Rollen auflisten.</translation>
    </message>
    <message>
        <source>Let NAME work on the server project: an owner may do everything (sources, the hierarchy, the CMO model, membership); a coder codes, writes memos and comments and changes only their own segments, memos and comments; a reviewer reads, comments and takes snapshots. The server enforces it. NAME connects as themself (postgresql://NAME@HOST/DATABASE) and is the coder of what they do; how they authenticate (password, certificate) is the server&apos;s.</source>
        <translation>NAME am Serverprojekt mitarbeiten lassen: Eine Eigentümer:in (owner) darf alles (Quellen, die Hierarchie, das CMO-Modell, die Mitgliedschaft); eine Codierer:in (coder) codiert, schreibt Memos und Kommentare und ändert nur eigene Segmente, Memos und Kommentare; eine Reviewer:in (reviewer) liest, kommentiert und nimmt Schnappschüsse auf. Der Server setzt das durch. NAME meldet sich unter dem eigenen Namen an (postgresql://NAME@HOST/DATABASE) und ist Codierer:in dessen, was sie tut; wie sie sich ausweist (Passwort, Zertifikat), regelt der Server.</translation>
    </message>
    <message>
        <source>owner, coder or reviewer (default: coder).</source>
        <translation>owner, coder oder reviewer (Standard: coder).</translation>
    </message>
    <message>
        <source>The member&apos;s user name on the server.</source>
        <translation>Der Benutzername des Mitglieds auf dem Server.</translation>
    </message>
    <message>
        <source>groundwork-cli %1: give the member&apos;s NAME.
</source>
        <translation>groundwork-cli %1: Geben Sie den Namen des Mitglieds an, NAME.
</translation>
    </message>
    <message>
        <source>groundwork-cli server member add: --role is owner, coder or reviewer, not &quot;%1&quot;.
</source>
        <translation>groundwork-cli server member add: --role ist owner, coder oder reviewer, nicht „%1“.
</translation>
    </message>
    <message>
        <source>%1 now has the role %2 in the project.
</source>
        <translation>%1 hat jetzt die Rolle %2 im Projekt.
</translation>
    </message>
    <message>
        <source>%1 is no longer a member of the project.
</source>
        <translation>%1 ist kein Mitglied des Projekts mehr.
</translation>
    </message>
    <message>
        <source>Show what the team changes on a server project, live.</source>
        <translation>Live anzeigen, was das Team an einem Serverprojekt ändert.</translation>
    </message>
    <message>
        <source>Show each change to the server project as its author commits it: when, who, what was done and to which table, one line each (with --json, one JSON object per line). Runs until interrupted, until --count changes have come, or until --seconds have passed.</source>
        <translation>Jede Änderung am Serverprojekt anzeigen, sobald ihre Urheber:in sie festschreibt: wann, wer, was getan wurde und an welcher Tabelle, je eine Zeile (mit --json ein JSON-Objekt pro Zeile). Läuft, bis es unterbrochen wird, bis --count Änderungen gekommen sind oder bis --seconds vergangen sind.</translation>
    </message>
    <message>
        <source>Stop after N changes.</source>
        <translation>Nach N Änderungen aufhören.</translation>
    </message>
    <message>
        <source>Stop after S seconds.</source>
        <translation>Nach S Sekunden aufhören.</translation>
    </message>
    <message>
        <source>groundwork-cli server watch: --count and --seconds are positive numbers.
</source>
        <translation>groundwork-cli server watch: --count und --seconds sind positive Zahlen.
</translation>
    </message>
    <message>
        <source>Watching %1 for changes.
</source>
        <translation>Änderungen an %1 werden beobachtet.
</translation>
    </message>
    <message>
        <source>%1  %2: %3 on %4, %5 row(s)
</source>
        <translation>%1  %2: %3 in %4, %5 Zeile(n)
</translation>
    </message>
</context>
<context>
    <name>gw::cli::snapshot</name>
    <message>
        <source>Keep the data structure as it is now, by name.</source>
        <translation>Den aktuellen Stand der Datenstruktur unter einem Namen festhalten.</translation>
    </message>
    <message>
        <source>e.g. &quot;after the May team meeting&quot;.</source>
        <translation>z. B. &quot;nach der Teamsitzung im Mai&quot;.</translation>
    </message>
    <message>
        <source>groundwork-cli snapshot take: give the snapshot&apos;s NAME (quoted).
</source>
        <translation>groundwork-cli snapshot take: Geben Sie den NAME des Schnappschusses an (in Anführungszeichen).
</translation>
    </message>
    <message>
        <source>Took snapshot &quot;%1&quot;
</source>
        <translation>Schnappschuss &quot;%1&quot; angelegt
</translation>
    </message>
    <message>
        <source>List the data structure&apos;s named snapshots.</source>
        <translation>Die benannten Schnappschüsse der Datenstruktur auflisten.</translation>
    </message>
    <message>
        <source>No snapshots yet (snapshot take NAME).
</source>
        <translation>Noch keine Schnappschüsse (snapshot take NAME).
</translation>
    </message>
    <message>
        <source>The Gioia figure with changes since a snapshot marked.</source>
        <translation>Die Gioia-Abbildung mit markierten Änderungen seit einem Schnappschuss.</translation>
    </message>
    <message>
        <source>What changed in the data structure between snapshots.</source>
        <translation>Was sich in der Datenstruktur zwischen Schnappschüssen geändert hat.</translation>
    </message>
    <message>
        <source>Draw the data structure as snapshot B (default: now) with what changed since
snapshot A marked: new boxes outlined green, moved ones amber, renamed ones blue
with their old name; removed and merged items listed under the figure.

Example: groundwork-cli snapshot figure -p study.groundwork &quot;May meeting&quot; --format png -o changes.png</source>
        <translation>Zeichnet die Datenstruktur im Stand von Schnappschuss B (Standard: jetzt) und
markiert, was sich seit Schnappschuss A geändert hat: neue Kästen grün umrandet,
verschobene orange, umbenannte blau mit ihrem alten Namen; entfernte und
zusammengeführte Elemente werden unter der Abbildung aufgeführt.

Beispiel: groundwork-cli snapshot figure -p study.groundwork &quot;May meeting&quot; --format png -o changes.png</translation>
    </message>
    <message>
        <source>What changed between snapshot A and snapshot B (default: now): codes added,
removed, merged, moved or renamed; themes and dimensions added, removed, renamed
or moved. As text (Markdown, for the team&apos;s minutes) or JSON.

Example: groundwork-cli snapshot diff -p study.groundwork &quot;May meeting&quot; -o minutes.md</source>
        <translation>Was sich zwischen Schnappschuss A und Schnappschuss B (Standard: jetzt) geändert
hat: hinzugefügte, entfernte, zusammengeführte, verschobene oder umbenannte
Codes; hinzugefügte, entfernte, umbenannte oder verschobene Themen und
Dimensionen. Als Text (Markdown, für das Sitzungsprotokoll des Teams) oder als
JSON.

Beispiel: groundwork-cli snapshot diff -p study.groundwork &quot;May meeting&quot; -o minutes.md</translation>
    </message>
    <message>
        <source>svg, pdf or png (default: from -o&apos;s suffix).</source>
        <translation>svg, pdf oder png (Standard: nach der Endung von -o).</translation>
    </message>
    <message>
        <source>md (default) or json.</source>
        <translation>md (Standard) oder json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of the screen.</source>
        <translation>In FILE schreiben statt auf den Bildschirm.</translation>
    </message>
    <message>
        <source>The earlier snapshot.</source>
        <translation>Der frühere Schnappschuss.</translation>
    </message>
    <message>
        <source>The later snapshot (default: now).</source>
        <translation>Der spätere Schnappschuss (Standard: jetzt).</translation>
    </message>
    <message>
        <source>groundwork-cli %1: give snapshot A and optionally B (default: now).
</source>
        <translation>groundwork-cli %1: Geben Sie Schnappschuss A und optional B an (Standard: jetzt).
</translation>
    </message>
    <message>
        <source>groundwork-cli snapshot figure: give -o FILE for the figure.
</source>
        <translation>groundwork-cli snapshot figure: Geben Sie mit -o FILE die Datei für die Abbildung an.
</translation>
    </message>
    <message>
        <source>groundwork-cli %1: --format is svg, pdf or png, not &quot;%2&quot;.
</source>
        <translation>groundwork-cli %1: --format ist svg, pdf oder png, nicht &quot;%2&quot;.
</translation>
    </message>
    <message>
        <source>groundwork-cli %1: --format is md or json, not &quot;%2&quot;.
</source>
        <translation>groundwork-cli %1: --format ist md oder json, nicht &quot;%2&quot;.
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 changes marked)
</source>
        <translation>%1 gespeichert (%2 Änderungen markiert)
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 changes)
</source>
        <translation>%1 gespeichert (%2 Änderungen)
</translation>
    </message>
</context>
<context>
    <name>gw::cli::source</name>
    <message>
        <source>groundwork-cli %1: %2 (groundwork-cli sources lists them).
</source>
        <translation>groundwork-cli %1: %2 (groundwork-cli sources listet sie auf).
</translation>
    </message>
    <message>
        <source>Rename a source.</source>
        <translation>Eine Quelle umbenennen.</translation>
    </message>
    <message>
        <source>The source&apos;s name now.</source>
        <translation>Der bisherige Name der Quelle.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>groundwork-cli source rename: give the source&apos;s NAME and its NEW name.
</source>
        <translation>groundwork-cli source rename: Geben Sie den NAME der Quelle und ihren neuen Namen NEW an.
</translation>
    </message>
    <message>
        <source>Renamed the source &quot;%1&quot; to &quot;%2&quot;.
</source>
        <translation>Quelle &quot;%1&quot; in &quot;%2&quot; umbenannt.
</translation>
    </message>
    <message>
        <source>Make a source an interview, observation or document.</source>
        <translation>Eine Quelle als Interview, Beobachtung oder Dokument einordnen.</translation>
    </message>
    <message>
        <source>The source.</source>
        <translation>Die Quelle.</translation>
    </message>
    <message>
        <source>interview, observation or document.</source>
        <translation>interview, observation oder document.</translation>
    </message>
    <message>
        <source>groundwork-cli source kind: give the source&apos;s NAME and its KIND (interview, observation or document).
</source>
        <translation>groundwork-cli source kind: Geben Sie den NAME der Quelle und ihre Art KIND an (interview, observation oder document).
</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is now an %2.
</source>
        <extracomment>%2 is the kind as the command line takes it: interview.</extracomment>
        <translation>Die Quelle &quot;%1&quot; ist jetzt als %2 eingeordnet.
</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is now a %2.
</source>
        <extracomment>%2 is the kind as the command line takes it: observation or document.</extracomment>
        <translation>Die Quelle &quot;%1&quot; ist jetzt als %2 eingeordnet.
</translation>
    </message>
    <message>
        <source>Remove sources with their segments, turns and memos.</source>
        <translation>Quellen samt ihren Segmenten, Redebeiträgen und Memos entfernen.</translation>
    </message>
    <message>
        <source>Remove each NAME with everything that hangs on it: its segments (and the exemplar
and evidence choices citing them), speaker turns, case links, and the memos on it
and its segments. The workbench can undo a removal; this cannot, so --dry-run
first says what would be taken.</source>
        <translation>Jede Quelle NAME mit allem entfernen, was an ihr hängt: ihre Segmente (samt ihrer
Auswahl als Beispielzitat oder Beleg), Redebeiträge, Verknüpfungen mit Fällen
sowie die Memos zur Quelle und zu ihren Segmenten. Die Arbeitsumgebung kann ein
Entfernen rückgängig machen, dieser Befehl nicht; daher zeigt --dry-run zuerst,
was entfernt würde.</translation>
    </message>
    <message>
        <source>Say what would be removed; remove nothing.</source>
        <translation>Anzeigen, was entfernt würde; nichts entfernen.</translation>
    </message>
    <message>
        <source>The sources to remove.</source>
        <translation>Die zu entfernenden Quellen.</translation>
    </message>
    <message>
        <source>groundwork-cli source remove: give the NAME of each source to remove.
</source>
        <translation>groundwork-cli source remove: Geben Sie den NAME jeder zu entfernenden Quelle an.
</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>%1 Quelle</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 Quellen</translation>
    </message>
    <message>
        <source>Would remove %1 with %2 segments, %3 turns, %4 memos, %5 case links, %6 exemplar choices and %7 pieces of model evidence.
</source>
        <extracomment>%1 is &quot;N source&quot; or &quot;N sources&quot;.</extracomment>
        <translation>Würde %1 mit %2 Segmenten, %3 Redebeiträgen, %4 Memos, %5 Verknüpfungen mit Fällen, %6 Beispielzitaten und %7 Belegen im Modell entfernen.
</translation>
    </message>
    <message>
        <source>Removed %1 with %2 segments, %3 turns, %4 memos, %5 case links, %6 exemplar choices and %7 pieces of model evidence.
</source>
        <extracomment>%1 is &quot;N source&quot; or &quot;N sources&quot;.</extracomment>
        <translation>%1 mit %2 Segmenten, %3 Redebeiträgen, %4 Memos, %5 Verknüpfungen mit Fällen, %6 Beispielzitaten und %7 Belegen im Modell entfernt.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::sources</name>
    <message>
        <source>List the sources with kind, length and segments.</source>
        <translation>Die Quellen mit Art, Länge und Segmenten auflisten.</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
</context>
<context>
    <name>gw::cli::structure</name>
    <message>
        <source>Build the data structure from a JSON file.</source>
        <translation>Die Datenstruktur aus einer JSON-Datei aufbauen.</translation>
    </message>
    <message>
        <source>Read FILE.json ({&quot;dimensions&quot;: [{&quot;name&quot;, &quot;themes&quot;: [{&quot;name&quot;, &quot;codes&quot;: [...]}]}]},
as table1-data-structure.json) and build it: dimensions, themes and first-order
codes are matched by exact name or created, then placed in the file&apos;s order;
the abbreviations are kept for the table&apos;s footnotes. All or nothing; one
audit entry.</source>
        <translation>FILE.json lesen ({&quot;dimensions&quot;: [{&quot;name&quot;, &quot;themes&quot;: [{&quot;name&quot;, &quot;codes&quot;: [...]}]}]},
wie table1-data-structure.json) und daraus die Datenstruktur aufbauen: Dimensionen,
Themen und Codes erster Ordnung werden über den exakten Namen zugeordnet oder neu
angelegt und dann in der Reihenfolge der Datei eingeordnet; die Abkürzungen werden
für die Fußnoten der Tabelle übernommen. Alles oder nichts; ein Eintrag im
Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>Why, for the audit log.</source>
        <translation>Begründung für das Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>The structure, as JSON.</source>
        <translation>Die Struktur als JSON.</translation>
    </message>
    <message>
        <source>groundwork-cli structure import: give the FILE.json to read.
</source>
        <translation>groundwork-cli structure import: Geben Sie die zu lesende FILE.json an.
</translation>
    </message>
    <message>
        <source>groundwork-cli: cannot read %1: %2
</source>
        <translation>groundwork-cli: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>Imported %1 dimensions, %2 themes and %3 first-order codes from %4 (%5 codes created, %6 already there)
</source>
        <translation>%1 Dimensionen, %2 Themen und %3 Codes erster Ordnung aus %4 importiert (%5 Codes neu angelegt, %6 bereits vorhanden)
</translation>
    </message>
    <message>
        <source>Write the data structure as JSON.</source>
        <translation>Die Datenstruktur als JSON speichern.</translation>
    </message>
    <message>
        <source>Write the data structure (dimensions &gt; themes &gt; first-order codes, in order, with
definitions and abbreviations) in the shape &apos;structure import&apos; reads, to OUT or
to standard output. Themes and codes not yet placed are left out; &apos;theme list&apos;
and &apos;code list&apos; show them.</source>
        <translation>Die Datenstruktur (Dimensionen &gt; Themen &gt; Codes erster Ordnung, in ihrer
Reihenfolge, mit Definitionen und Abkürzungen) in der Form, die &apos;structure import&apos;
liest, in OUT oder auf die Standardausgabe schreiben. Noch nicht zugeordnete
Themen und Codes werden ausgelassen; &apos;theme list&apos; und &apos;code list&apos; zeigen sie.</translation>
    </message>
    <message>
        <source>Write to this file.</source>
        <translation>In diese Datei schreiben.</translation>
    </message>
    <message>
        <source>groundwork-cli: cannot write %1: %2
</source>
        <translation>groundwork-cli: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Wrote %1 dimensions, %2 themes and %3 codes to %4
</source>
        <translation>%1 Dimensionen, %2 Themen und %3 Codes in %4 gespeichert
</translation>
    </message>
    <message>
        <source>Note: %1 themes and %2 first-order codes are not placed yet and were left out.
</source>
        <translation>Hinweis: %1 Themen und %2 Codes erster Ordnung sind noch nicht zugeordnet und wurden ausgelassen.
</translation>
    </message>
</context>
<context>
    <name>gw::cli::theme</name>
    <message>
        <source>Create a second-order theme (audited).</source>
        <translation>Ein Thema zweiter Ordnung anlegen (protokolliert).</translation>
    </message>
    <message>
        <source>What the theme means.</source>
        <translation>Was das Thema bedeutet.</translation>
    </message>
    <message>
        <source>Place it under this aggregate dimension.</source>
        <translation>Es dieser aggregierten Dimension zuordnen.</translation>
    </message>
    <message>
        <source>Why, for the audit log.</source>
        <translation>Begründung für das Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>The theme&apos;s name.</source>
        <translation>Der Name des Themas.</translation>
    </message>
    <message>
        <source>groundwork-cli theme add: give the theme&apos;s NAME (quote it if it has spaces).
</source>
        <translation>groundwork-cli theme add: Geben Sie den Namen des Themas (NAME) an (in Anführungszeichen, wenn er Leerzeichen enthält).
</translation>
    </message>
    <message>
        <source>Created theme &quot;%1&quot; under &quot;%2&quot;
</source>
        <translation>Thema &quot;%1&quot; unter &quot;%2&quot; angelegt
</translation>
    </message>
    <message>
        <source>Created theme &quot;%1&quot;
</source>
        <translation>Thema &quot;%1&quot; angelegt
</translation>
    </message>
    <message>
        <source>List the themes with their dimension and codes.</source>
        <translation>Die Themen mit ihrer Dimension und ihren Codes auflisten.</translation>
    </message>
    <message>
        <source>(no dimension)</source>
        <translation>(keine Dimension)</translation>
    </message>
    <message>
        <source>%1 codes
</source>
        <extracomment>The last column of the theme list: how many codes the theme holds.</extracomment>
        <translation>%1 Codes
</translation>
    </message>
</context>
<context>
    <name>gw::cli::tier_edits</name>
    <message>
        <source>Take it out of the archive again.</source>
        <translation>Wieder aus dem Archiv holen.</translation>
    </message>
    <message>
        <source>The code.</source>
        <translation>Der Code.</translation>
    </message>
    <message>
        <source>groundwork-cli %1: give the code&apos;s NAME (quote names with spaces).
</source>
        <translation>groundwork-cli %1: Geben Sie den Namen des Codes (NAME) an (Namen mit Leerzeichen in Anführungszeichen setzen).
</translation>
    </message>
    <message>
        <source>groundwork-cli %1: give the code&apos;s NAME and %2 (quote names with spaces).
</source>
        <extracomment>%1 is the verb, %2 what it takes after the NAME, e.g. STAGE.</extracomment>
        <translation>groundwork-cli %1: Geben Sie den Namen des Codes (NAME) und %2 an (Namen mit Leerzeichen in Anführungszeichen setzen).
</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;: %2, %3, archived</source>
        <extracomment>%1 is the code, %2 its stage as typed (open, focused or first-order), %3 its colour (#RRGGBB).</extracomment>
        <translation>Code &quot;%1&quot;: %2, %3, archiviert</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;: %2, %3</source>
        <translation>Code &quot;%1&quot;: %2, %3</translation>
    </message>
    <message>
        <source>Rename a theme (audited).</source>
        <translation>Ein Thema umbenennen (protokolliert).</translation>
    </message>
    <message>
        <source>Rename a dimension (audited).</source>
        <translation>Eine Dimension umbenennen (protokolliert).</translation>
    </message>
    <message>
        <source>Why, for the audit log.</source>
        <translation>Begründung für das Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>Its name now.</source>
        <translation>Der bisherige Name.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>groundwork-cli %1: give its NAME and its NEW name.
</source>
        <translation>groundwork-cli %1: Geben Sie den bisherigen Namen (NAME) und den neuen Namen (NEW) an.
</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.
</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; umbenannt.
</translation>
    </message>
    <message>
        <source>Remove a coded segment by its id.</source>
        <translation>Ein codiertes Segment über seine ID entfernen.</translation>
    </message>
    <message>
        <source>The segment&apos;s id (segments lists them).</source>
        <translation>Die ID des Segments (segments listet sie auf).</translation>
    </message>
    <message>
        <source>groundwork-cli segment remove: give the segment&apos;s ID (a number; segments lists them).
</source>
        <translation>groundwork-cli segment remove: Geben Sie die ID des Segments an (eine Zahl; segments listet sie auf).
</translation>
    </message>
    <message>
        <source>Removed segment %1 (%2 in %3).
</source>
        <extracomment>%1 is the segment&apos;s id, %2 its code, %3 its source.</extracomment>
        <translation>Segment %1 entfernt (%2 in %3).
</translation>
    </message>
    <message>
        <source>Write a memo on the project, a source, code, theme or dimension.</source>
        <translation>Ein Memo zum Projekt, zu einer Quelle, einem Code, Thema oder einer Dimension verfassen.</translation>
    </message>
    <message>
        <source>project (default), source:NAME, code:NAME, theme:NAME or dimension:NAME.</source>
        <extracomment>project, source, code, theme and dimension are what --on takes: they stay as they are.</extracomment>
        <translation>project (Standard), source:NAME, code:NAME, theme:NAME oder dimension:NAME.</translation>
    </message>
    <message>
        <source>The memo&apos;s text (Markdown).</source>
        <translation>Der Text des Memos (Markdown).</translation>
    </message>
    <message>
        <source>The memo&apos;s title.</source>
        <translation>Der Titel des Memos.</translation>
    </message>
    <message>
        <source>groundwork-cli memo add: give the memo&apos;s TITLE.
</source>
        <translation>groundwork-cli memo add: Geben Sie den Titel des Memos (TITLE) an.
</translation>
    </message>
    <message>
        <source>--on is project, source:NAME, code:NAME, theme:NAME or dimension:NAME.</source>
        <extracomment>project, source, code, theme and dimension are what --on takes: they stay as they are.</extracomment>
        <translation>--on erwartet project, source:NAME, code:NAME, theme:NAME oder dimension:NAME.</translation>
    </message>
    <message>
        <source>Wrote the memo &quot;%1&quot; on the project.
</source>
        <translation>Memo &quot;%1&quot; zum Projekt verfasst.
</translation>
    </message>
    <message>
        <source>Wrote the memo &quot;%1&quot; on %2.
</source>
        <extracomment>%2 is the --on value as given, e.g. code:Trust.</extracomment>
        <translation>Memo &quot;%1&quot; zu %2 verfasst.
</translation>
    </message>
    <message>
        <source>List the memos (or those holding a text).</source>
        <translation>Die Memos auflisten (oder nur die, die einen Text enthalten).</translation>
    </message>
    <message>
        <source>Only memos holding this text.</source>
        <translation>Nur Memos, die diesen Text enthalten.</translation>
    </message>
    <message>
        <source>Remove a memo by its id.</source>
        <translation>Ein Memo über seine ID entfernen.</translation>
    </message>
    <message>
        <source>Change a memo&apos;s title or text.</source>
        <translation>Titel oder Text eines Memos ändern.</translation>
    </message>
    <message>
        <source>Its new title.</source>
        <translation>Der neue Titel.</translation>
    </message>
    <message>
        <source>Its new text (Markdown).</source>
        <translation>Der neue Text (Markdown).</translation>
    </message>
    <message>
        <source>The memo&apos;s id (memo list shows them).</source>
        <translation>Die ID des Memos (memo list zeigt sie an).</translation>
    </message>
    <message>
        <source>groundwork-cli %1: give the memo&apos;s ID (a number; memo list shows them).
</source>
        <translation>groundwork-cli %1: Geben Sie die ID des Memos an (eine Zahl; memo list zeigt sie an).
</translation>
    </message>
    <message>
        <source>groundwork-cli %1: there is no memo %2 (memo list shows them).
</source>
        <translation>groundwork-cli %1: Es gibt kein Memo %2 (memo list zeigt die vorhandenen an).
</translation>
    </message>
    <message>
        <source>Removed the memo &quot;%1&quot;.
</source>
        <translation>Memo &quot;%1&quot; entfernt.
</translation>
    </message>
    <message>
        <source>Changed the memo &quot;%1&quot;.
</source>
        <translation>Memo &quot;%1&quot; geändert.
</translation>
    </message>
    <message>
        <source>Move a code to another stage.</source>
        <translation>Einen Code in eine andere Stufe verschieben.</translation>
    </message>
    <message>
        <source>The stage is open, focused or first-order.</source>
        <extracomment>open, focused and first-order are the stages as typed: they stay as they are.</extracomment>
        <translation>Mögliche Stufen: open, focused oder first-order.</translation>
    </message>
    <message>
        <source>Set a code&apos;s definition (audited).</source>
        <translation>Die Definition eines Codes festlegen (protokolliert).</translation>
    </message>
    <message>
        <source>Give a code another colour.</source>
        <translation>Einem Code eine andere Farbe geben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write it as #RRGGBB.</source>
        <translation>&quot;%1&quot; ist keine gültige Farbe; schreiben Sie sie als #RRGGBB.</translation>
    </message>
    <message>
        <source>Archive a code (or --restore it).</source>
        <translation>Einen Code archivieren (oder mit --restore wiederherstellen).</translation>
    </message>
</context>
<context>
    <name>gw::cli::words</name>
    <message>
        <source>The most frequent words of the project or of some sources.</source>
        <translation>Die häufigsten Wörter des Projekts oder einzelner Quellen.</translation>
    </message>
    <message>
        <source>The most frequent words, read from the full-text index: lower case, without
diacritics, a placeholder such as [site_A] one word. English and German stop words
are left out unless --all-words; --stop-words adds more; numbers are always left
out, and so are the words of the transcripts&apos; speaker labels unless --speaker-labels. --where, --kind, --sources and --cases choose the sources as for query.
--code counts the words of one code&apos;s segments (or a theme&apos;s, a dimension&apos;s, or
the passages of any query expression) within those sources; --query those of a
saved query&apos;s passages, with its own filters. --stem counts words with the same
English stem together (shown as the most frequent). Each word with its count, its
share of all words counted, and how many sources hold it.</source>
        <translation>Die häufigsten Wörter, gelesen aus dem Volltextindex: in Kleinbuchstaben, ohne
diakritische Zeichen, ein Platzhalter wie [site_A] als ein Wort. Englische und
deutsche Stoppwörter werden ausgelassen, außer mit --all-words; --stop-words
fügt weitere hinzu; Zahlen werden immer ausgelassen, ebenso die Wörter der
Sprecherbezeichnungen in den Transkripten, außer mit --speaker-labels. --where,
--kind, --sources und --cases wählen die Quellen wie bei query aus.
--code zählt die Wörter in den Segmenten eines Codes (oder eines Themas, einer
Dimension oder in den Textstellen eines beliebigen Abfrageausdrucks) innerhalb
dieser Quellen; --query die in den Textstellen einer gespeicherten Abfrage, mit
deren eigenen Filtern. --stem zählt Wörter mit demselben englischen Wortstamm
zusammen (angezeigt wird die häufigste Form). Zu jedem Wort: seine Anzahl, sein
Anteil an allen gezählten Wörtern und in wie vielen Quellen es vorkommt.</translation>
    </message>
    <message>
        <source>How many words (default 100).</source>
        <translation>Wie viele Wörter (Standard: 100).</translation>
    </message>
    <message>
        <source>Shortest word counted (default 3).</source>
        <translation>Kürzeste gezählte Wortlänge (Standard: 3).</translation>
    </message>
    <message>
        <source>Keep the stop words.</source>
        <translation>Die Stoppwörter beibehalten.</translation>
    </message>
    <message>
        <source>Count words with the same English stem together (supplier, suppliers).</source>
        <translation>Wörter mit demselben englischen Wortstamm zusammen zählen (supplier, suppliers).</translation>
    </message>
    <message>
        <source>Count the transcripts&apos; speaker labels (left out by default).</source>
        <translation>Die Sprecherbezeichnungen der Transkripte mitzählen (standardmäßig ausgelassen).</translation>
    </message>
    <message>
        <source>More words to leave out (comma-separated).</source>
        <translation>Weitere auszulassende Wörter (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only the segments of this code, theme or dimension (or query expression).</source>
        <translation>Nur die Segmente dieses Codes, Themas oder dieser Dimension (oder dieses Abfrageausdrucks).</translation>
    </message>
    <message>
        <source>Only the passages of this saved query.</source>
        <translation>Nur die Textstellen dieser gespeicherten Abfrage.</translation>
    </message>
    <message>
        <source>groundwork-cli words: --top and --min-length are positive numbers.
</source>
        <translation>groundwork-cli words: --top und --min-length müssen positive Zahlen sein.
</translation>
    </message>
    <message>
        <source>groundwork-cli words: give --code or --query, not both.
</source>
        <translation>groundwork-cli words: Geben Sie --code oder --query an, nicht beides.
</translation>
    </message>
    <message>
        <source>Wrote %1 words to %2.
</source>
        <translation>%1 Wörter in %2 gespeichert.
</translation>
    </message>
    <message>
        <source>%1 most frequent of %2 words
</source>
        <translation>Die %1 häufigsten von %2 Wörtern
</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>%1 Quelle</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 Quellen</translation>
    </message>
</context>
</TS>

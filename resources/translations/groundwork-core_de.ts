<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>gw::add_evidence</name>
    <message>
        <source>Segment %1 is already evidence of this %2 link.</source>
        <translation>Segment %1 ist bereits ein Beleg für diese Verbindung der Art %2.</translation>
    </message>
    <message>
        <source>Add counter-evidence to a %1 link</source>
        <translation>Gegenbeleg zu einer Verbindung der Art %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add evidence to a %1 link</source>
        <translation>Beleg zu einer Verbindung der Art %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>gw::add_influence</name>
    <message>
        <source>An influence joins two elements; &quot;%1&quot; cannot influence itself.</source>
        <translation>Ein Einfluss verbindet zwei Elemente; „%1“ kann sich nicht selbst beeinflussen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already %2 &quot;%3&quot; in the model.</source>
        <translation>Im Modell gilt bereits: „%1“ %2 „%3“.</translation>
    </message>
    <message>
        <source>Link %1 %2 %3</source>
        <translation>Verbindung %1 %2 %3 anlegen</translation>
    </message>
</context>
<context>
    <name>gw::add_memo</name>
    <message>
        <source>A memo cannot be attached to a &quot;%1&quot;.</source>
        <translation>Ein Memo kann nicht an ein Element vom Typ „%1“ angehängt werden.</translation>
    </message>
    <message>
        <source>A memo on the project has no target; any other memo needs one.</source>
        <translation>Ein Memo zum Projekt hat kein Ziel; jedes andere Memo braucht eines.</translation>
    </message>
    <message>
        <source>No source with id %1.</source>
        <translation>Keine Quelle mit der ID %1.</translation>
    </message>
    <message>
        <source>No code with id %1.</source>
        <translation>Kein Code mit der ID %1.</translation>
    </message>
    <message>
        <source>No segment with id %1.</source>
        <translation>Kein Segment mit der ID %1.</translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation>Memo hinzufügen</translation>
    </message>
    <message>
        <source>Add memo %1</source>
        <translation>Memo %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>gw::adjust_segment</name>
    <message>
        <source>The segment already has these bounds.</source>
        <translation>Das Segment hat bereits diese Grenzen.</translation>
    </message>
    <message>
        <source>Adjust segment of %1</source>
        <translation>Segment von %1 anpassen</translation>
    </message>
</context>
<context>
    <name>gw::agreement</name>
    <message>
        <source>Agreement needs at least two different coders; got %1.</source>
        <translation>Für die Übereinstimmung sind mindestens zwei verschiedene Codierende nötig; angegeben: %1.</translation>
    </message>
    <message>
        <source>No coder named &quot;%1&quot; has worked on this project.</source>
        <translation>Niemand namens „%1“ hat als Codierer:in an diesem Projekt gearbeitet.</translation>
    </message>
    <message>
        <source>There are no sources to compare coders on; import sources first.</source>
        <translation>Es gibt keine Quellen, anhand derer sich Codierende vergleichen lassen; importieren Sie zuerst Quellen.</translation>
    </message>
    <message>
        <source>None of the coders has coded the chosen sources, so there is nothing to compare; name the codes to compare them all the same.</source>
        <translation>Keine:r der Codierenden hat die gewählten Quellen codiert, daher gibt es nichts zu vergleichen; nennen Sie die Codes, um sie trotzdem alle zu vergleichen.</translation>
    </message>
    <message>
        <source>character positions (Unicode code points)</source>
        <translation>Zeichenpositionen (Unicode-Codepunkte)</translation>
    </message>
    <message>
        <source>paragraphs (runs of text between line breaks)</source>
        <translation>Absätze (Textabschnitte zwischen Zeilenumbrüchen)</translation>
    </message>
    <message>
        <source>Percentage agreement and Cohen&apos;s kappa compare %1 with %2, per code; kappa is undefined when both coders made the same judgement on every unit. </source>
        <translation>Prozentuale Übereinstimmung und Cohens Kappa vergleichen %1 mit %2, je Code; Kappa ist nicht definiert, wenn beide Codierenden bei jeder Einheit gleich geurteilt haben. </translation>
    </message>
    <message>
        <source>%1 is the group of %2 coders (%3) pooled: the group codes a unit when any of them coded it. </source>
        <translation>%1 ist die zusammengefasste Gruppe von %2 Codierenden (%3): Die Gruppe codiert eine Einheit, wenn mindestens eine Person aus der Gruppe sie codiert hat. </translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal, coded or not coded) takes all %1 coders (%2) together. </source>
        <translation>Krippendorffs Alpha (nominal, codiert oder nicht codiert) bezieht alle %1 Codierenden (%2) gemeinsam ein. </translation>
    </message>
    <message>
        <source>Overall figures pool the units of all %1 code(s): the 2x2 tables, and the coincidences for alpha, are summed over codes.</source>
        <translation>Die Gesamtwerte fassen die Einheiten aller %1 Code(s) zusammen: Die 2x2-Tabellen und die Koinzidenzen für Alpha werden über die Codes summiert.</translation>
    </message>
    <message>
        <source>Pooling compares one coder with a group of others; name at least three coders, the first to compare and the group after it.</source>
        <translation>Beim Zusammenfassen wird ein:e Codierer:in mit einer Gruppe anderer verglichen; nennen Sie mindestens drei Codierende: zuerst die zu vergleichende Person, danach die Gruppe.</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Units: the %1 of %2 source(s), %3 units per code. A coder codes a unit with a code when one of their segments with that code covers it. </source>
        <translation>Einheiten: die %1 von %2 Quelle(n), %3 Einheiten je Code. Ein:e Codierer:in codiert eine Einheit mit einem Code, wenn ein eigenes Segment mit diesem Code sie abdeckt. </translation>
    </message>
    <message>
        <source>Units: the %1 of %2 source(s), %3 units per code. A coder codes a unit with a code when one of their segments with that code overlaps it. </source>
        <translation>Einheiten: die %1 von %2 Quelle(n), %3 Einheiten je Code. Ein:e Codierer:in codiert eine Einheit mit einem Code, wenn sich ein eigenes Segment mit diesem Code mit ihr überschneidet. </translation>
    </message>
</context>
<context>
    <name>gw::anonymisation</name>
    <message>
        <source>The names cannot be searched for all at once (%1). Split the names list into parts of about 1,000 names and anonymise with each part in turn.</source>
        <translation>Die Namen können nicht alle auf einmal gesucht werden (%1). Teilen Sie die Namensliste in Teile von etwa 1.000 Namen auf und anonymisieren Sie nacheinander mit jedem Teil.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is given the placeholder %4 on line %5 and %6 here; give each name one placeholder.</source>
        <translation>%1, Zeile %2: „%3“ erhält in Zeile %5 den Platzhalter %4 und hier %6; geben Sie jedem Namen genau einen Platzhalter.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 lists no names (one &quot;name,placeholder&quot; per line).</source>
        <translation>%1 enthält keine Namen (ein „Name,Platzhalter“ pro Zeile).</translation>
    </message>
    <message>
        <source>Cannot write %1.%2: %3</source>
        <translation>%1.%2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Give the names to replace.</source>
        <translation>Geben Sie die zu ersetzenden Namen an.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the mapping must be kept apart from the project, not in its file.</source>
        <translation>%1: Die Zuordnung muss getrennt vom Projekt aufbewahrt werden, nicht in dessen Datei.</translation>
    </message>
</context>
<context>
    <name>gw::anonymise_fields</name>
    <message>
        <source>Anonymise %1 other field(s)</source>
        <translation>Weitere Felder anonymisieren (%1)</translation>
    </message>
</context>
<context>
    <name>gw::anonymised_copy</name>
    <message>
        <source>Names are still written in %1; anonymise or edit them, then export again.</source>
        <translation>In %1 stehen noch Namen; anonymisieren oder bearbeiten Sie sie und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>%1 kann nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>The copy still holds %1 somewhere in its file; it was not written.</source>
        <translation>Die Kopie enthält in ihrer Datei noch %1; sie wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1: an anonymised copy is a .groundwork project or a .qdpx file.</source>
        <translation>%1: Eine anonymisierte Kopie ist ein .groundwork-Projekt oder eine .qdpx-Datei.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the copy.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen für die Kopie.</translation>
    </message>
    <message>
        <source>The copy cannot be the project itself.</source>
        <translation>Die Kopie kann nicht das Projekt selbst sein.</translation>
    </message>
    <message>
        <source>Cannot write beside %1: %2</source>
        <translation>Im Ordner von %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the copy %1: %2</source>
        <translation>Die Kopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the copy to %1.</source>
        <translation>Die Kopie kann nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>gw::apply_coding</name>
    <message>
        <source>Select some text of &quot;%1&quot; to code.</source>
        <translation>Markieren Sie Text in „%1“, um ihn zu codieren.</translation>
    </message>
    <message>
        <source>That passage is already coded with &quot;%1&quot;.</source>
        <translation>Diese Textstelle ist bereits mit „%1“ codiert.</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Mit %1 codieren</translation>
    </message>
</context>
<context>
    <name>gw::apply_codings</name>
    <message>
        <source>There is nothing to code.</source>
        <translation>Es gibt nichts zu codieren.</translation>
    </message>
    <message>
        <source>A passage to code lies outside its source (%1 to %2).</source>
        <translation>Eine zu codierende Textstelle liegt außerhalb ihrer Quelle (%1 bis %2).</translation>
    </message>
    <message>
        <source>Code %1 %2 with %3</source>
        <translation>%1 %2 mit %3 codieren</translation>
    </message>
</context>
<context>
    <name>gw::archive_code</name>
    <message>
        <source>&quot;%1&quot; is already archived.</source>
        <translation>„%1“ ist bereits archiviert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not archived.</source>
        <translation>„%1“ ist nicht archiviert.</translation>
    </message>
    <message>
        <source>Another code is named &quot;%1&quot;; rename one of them first.</source>
        <translation>Ein anderer Code heißt bereits „%1“; benennen Sie zuerst einen der beiden um.</translation>
    </message>
    <message>
        <source>%1 code %2</source>
        <translation>Code %2 %1</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>archivieren</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>wiederherstellen</translation>
    </message>
</context>
<context>
    <name>gw::atomic_file</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>gw::attribute_import</name>
    <message>
        <source>The sheet has no column named &quot;%1&quot;; its columns are: %2.</source>
        <translation>Die Tabelle hat keine Spalte namens „%1“; ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <source>The sheet has no header row naming its columns.</source>
        <translation>Die Tabelle hat keine Kopfzeile mit den Namen ihrer Spalten.</translation>
    </message>
    <message>
        <source>The id column has no name in the header row.</source>
        <translation>Die ID-Spalte hat in der Kopfzeile keinen Namen.</translation>
    </message>
    <message>
        <source>no id in the column &quot;%1&quot;.</source>
        <translation>keine ID in der Spalte „%1“.</translation>
    </message>
    <message>
        <source>%1 cell(s) beyond the last named column are ignored.</source>
        <translation>%1 Zelle(n) nach der letzten benannten Spalte werden ignoriert.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is used more than once (rows %2); each case needs one row.</source>
        <translation>Die ID „%1“ wird mehrfach verwendet (Zeilen %2); jeder Fall braucht genau eine Zeile.</translation>
    </message>
    <message>
        <source>Column %1 has values but no name in the header row.</source>
        <translation>Spalte %1 enthält Werte, hat aber keinen Namen in der Kopfzeile.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears more than once in the header row.</source>
        <translation>Die Spalte „%1“ kommt in der Kopfzeile mehrfach vor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;%2&quot; is not a %3, as the attribute already in the project needs; it is not imported.</source>
        <translation>„%1“ in der Spalte „%2“ ist kein Wert vom Typ %3, wie ihn das bereits im Projekt vorhandene Merkmal verlangt; der Wert wird nicht importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several sources (%2); the case &quot;%3&quot; is imported without a link.</source>
        <translation>„%1“ passt zu mehreren Quellen (%2); der Fall „%3“ wird ohne Verknüpfung mit einer Quelle importiert.</translation>
    </message>
    <message>
        <source>no source named &quot;%1&quot; in the project; the case &quot;%2&quot; is imported without a link.</source>
        <translation>keine Quelle namens „%1“ im Projekt; der Fall „%2“ wird ohne Verknüpfung mit einer Quelle importiert.</translation>
    </message>
    <message>
        <source>The sheet is refused and nothing was written:
  %1</source>
        <translation>Die Tabelle wurde abgelehnt; es wurde nichts gespeichert:
  %1</translation>
    </message>
</context>
<context>
    <name>gw::attribution</name>
    <message>
        <source>The attribution &quot;%1&quot; names {%2}, but no case attribute is called that (there are: %3).</source>
        <translation>Der Zitatnachweis „%1“ nennt {%2}, aber kein Fallmerkmal heißt so (vorhanden: %3).</translation>
    </message>
</context>
<context>
    <name>gw::choose_exemplar</name>
    <message>
        <source>The segment is coded with &quot;%1&quot;, which is not under the theme &quot;%2&quot;; an exemplar quote comes from the theme&apos;s own codes.</source>
        <translation>Das Segment ist mit „%1“ codiert, das nicht unter dem Thema „%2“ steht; ein Beispielzitat stammt aus den eigenen Codes des Themas.</translation>
    </message>
    <message>
        <source>That segment is already an exemplar of &quot;%1&quot;.</source>
        <translation>Dieses Segment ist bereits ein Beispielzitat für „%1“.</translation>
    </message>
    <message>
        <source>Choose an exemplar quote of %1 from %2</source>
        <translation>Beispielzitat für %1 aus %2 auswählen</translation>
    </message>
</context>
<context>
    <name>gw::cmo_table</name>
    <message>
        <source>Nothing was written to %1: the model has no context -&gt; mechanism -&gt; outcome chain yet. Link a context to a mechanism and that mechanism to an outcome first.</source>
        <translation>In %1 wurde nichts geschrieben: Das Modell hat noch keine Kette Kontext -&gt; Mechanismus -&gt; Ergebnis. Verbinden Sie zuerst einen Kontext mit einem Mechanismus und diesen Mechanismus mit einem Ergebnis.</translation>
    </message>
</context>
<context>
    <name>gw::code_cooccurrence</name>
    <message>
        <source>&quot;Within %1 sentences&quot; cannot be negative.</source>
        <translation>„Innerhalb von %1 Sätzen“ darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The co-occurrence table was cancelled.</source>
        <translation>Die Kookkurrenztabelle wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>gw::code_in_vivo</name>
    <message>
        <source>Select some words of &quot;%1&quot; to code in vivo.</source>
        <translation>Markieren Sie Wörter in „%1“, um sie in vivo zu codieren.</translation>
    </message>
    <message>
        <source>The selection has no words to name a code with.</source>
        <translation>Die Markierung enthält keine Wörter, nach denen ein Code benannt werden könnte.</translation>
    </message>
    <message>
        <source>That passage is already coded with &quot;%1&quot;.</source>
        <translation>Diese Textstelle ist bereits mit „%1“ codiert.</translation>
    </message>
    <message>
        <source>In vivo code %1</source>
        <translation>In vivo als %1 codieren</translation>
    </message>
</context>
<context>
    <name>gw::coder_copy</name>
    <message>
        <source>%1 already exists; choose a new file name for the coder&apos;s copy.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen für die Kopie zum Codieren.</translation>
    </message>
    <message>
        <source>Cannot write the coder&apos;s copy %1: %2</source>
        <translation>Die Kopie zum Codieren %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gw::coding_query</name>
    <message>
        <source>The query was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>gw::cooccurrence</name>
    <message>
        <source>&quot;Within %1 sentences&quot; cannot be negative.</source>
        <translation>„Innerhalb von %1 Sätzen“ darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>gw::create_code</name>
    <message>
        <source>A code needs a name.</source>
        <translation>Ein Code braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; use the form #RRGGBB.</source>
        <translation>„%1“ ist keine Farbe; verwenden Sie die Form #RRGGBB.</translation>
    </message>
    <message>
        <source>A code named &quot;%1&quot; already exists.</source>
        <translation>Ein Code namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>New code %1</source>
        <translation>Code %1 anlegen</translation>
    </message>
</context>
<context>
    <name>gw::create_dimension</name>
    <message>
        <source>A dimension needs a name.</source>
        <translation>Eine Dimension braucht einen Namen.</translation>
    </message>
    <message>
        <source>A dimension named &quot;%1&quot; already exists.</source>
        <translation>Eine Dimension namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Create dimension %1</source>
        <translation>Dimension %1 anlegen</translation>
    </message>
</context>
<context>
    <name>gw::create_theme</name>
    <message>
        <source>A theme needs a name.</source>
        <translation>Ein Thema braucht einen Namen.</translation>
    </message>
    <message>
        <source>A theme named &quot;%1&quot; already exists.</source>
        <translation>Ein Thema namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Create theme %1</source>
        <translation>Thema %1 anlegen</translation>
    </message>
    <message>
        <source>Create theme %1 under %2</source>
        <translation>Thema %1 unter %2 anlegen</translation>
    </message>
</context>
<context>
    <name>gw::csv_sheet</name>
    <message>
        <source>%1 is too large for a sheet of cases: %2 (line %3).</source>
        <translation>%1 ist zu groß für eine Falltabelle: %2 (Zeile %3).</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>mehr als %1 Spalten</translation>
    </message>
    <message>
        <source>a cell longer than %1 characters</source>
        <translation>eine Zelle mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>more than %1 cells</source>
        <translation>mehr als %1 Zellen</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>mehr als %1 Zeilen</translation>
    </message>
    <message>
        <source>%1: the quoted field that starts on line %2 is never closed.</source>
        <translation>%1: Das in Anführungszeichen gesetzte Feld, das in Zeile %2 beginnt, wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 ist leer: Die Datei hat keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>gw::data_structure</name>
    <message>
        <source>%1: a %2 has no name.</source>
        <translation>%1: Ein Element vom Typ %2 hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>%1 has no &quot;dimensions&quot; list, so it is not a data structure.</source>
        <translation>%1 hat keine Liste „dimensions“ und ist daher keine Datenstruktur.</translation>
    </message>
    <message>
        <source>%1: a code under the theme &quot;%2&quot; has no name.</source>
        <translation>%1: Ein Code unter dem Thema „%2“ hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>gw::database</name>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>SQL failed</source>
        <translation>SQL-Anweisung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot prepare query</source>
        <translation>Abfrage kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot create backup %1</source>
        <translation>Sicherung %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write backup %1</source>
        <translation>Sicherung %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot bind query parameter</source>
        <translation>Abfrageparameter kann nicht gebunden werden</translation>
    </message>
    <message>
        <source>Query failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Transaction already ended</source>
        <translation>Transaktion bereits beendet</translation>
    </message>
</context>
<context>
    <name>gw::disagreements</name>
    <message>
        <source>Choose two different coders to compare.</source>
        <translation>Wählen Sie zwei verschiedene Codierende zum Vergleich.</translation>
    </message>
    <message>
        <source>No coder named &quot;%1&quot; has worked on this project.</source>
        <translation>In diesem Projekt gibt es keine Codierer:in namens „%1“.</translation>
    </message>
    <message>
        <source>only %1 coded it</source>
        <translation>nur von %1 codiert</translation>
    </message>
    <message>
        <source>boundaries differ</source>
        <translation>Grenzen weichen ab</translation>
    </message>
</context>
<context>
    <name>gw::display_names</name>
    <message>
        <source>interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>focused</source>
        <translation>fokussiert</translation>
    </message>
    <message>
        <source>first-order</source>
        <translation>erster Ordnung</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>a context</source>
        <translation>ein Kontext</translation>
    </message>
    <message>
        <source>a mechanism</source>
        <translation>ein Mechanismus</translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation>ein Ergebnis</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>model element</source>
        <translation>Modellelement</translation>
    </message>
    <message>
        <source>model link</source>
        <translation>Modellverbindung</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>Codierung</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>type and memo</source>
        <translation>Art und Memo</translation>
    </message>
</context>
<context>
    <name>gw::document</name>
    <message>
        <source>%1: not a document format.</source>
        <translation>%1: kein Dokumentformat.</translation>
    </message>
</context>
<context>
    <name>gw::docx_importer</name>
    <message>
        <source>a Word document</source>
        <translation>ein Word-Dokument</translation>
    </message>
</context>
<context>
    <name>gw::edit_memo</name>
    <message>
        <source>The memo already says that.</source>
        <translation>Das Memo hat bereits diesen Inhalt.</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Memo bearbeiten</translation>
    </message>
</context>
<context>
    <name>gw::figure_output</name>
    <message>
        <source>Cannot draw %1 for %2: drawing needs fonts, which need a QGuiApplication (run with QT_QPA_PLATFORM=offscreen without a display).</source>
        <translation>%1 für %2 kann nicht gezeichnet werden: Zum Zeichnen sind Schriften nötig, und diese brauchen eine QGuiApplication (ohne Bildschirm mit QT_QPA_PLATFORM=offscreen starten).</translation>
    </message>
    <message>
        <source>Cannot write %1 at %2 dpi: choose between 36 and 2400 dpi.</source>
        <translation>%1 kann nicht mit %2 dpi geschrieben werden: Wählen Sie einen Wert zwischen 36 und 2400 dpi.</translation>
    </message>
    <message>
        <source>Cannot write %1 on %2 pages: only a PDF holds more than one page (or export without splitting).</source>
        <translation>%1 kann nicht auf %2 Seiten geschrieben werden: Nur ein PDF fasst mehr als eine Seite (oder exportieren Sie ohne Aufteilen).</translation>
    </message>
    <message>
        <source>Cannot write the figure to %1: the figure could not be drawn.</source>
        <translation>Die Abbildung kann nicht nach %1 geschrieben werden: Sie konnte nicht gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>gw::file_lock</name>
    <message>
        <source>%1 is already open in another Groundwork%2. Close it there first; reading it (info, search, exports) works meanwhile.</source>
        <translation>%1 ist bereits in einer anderen Groundwork-Instanz geöffnet%2. Schließen Sie die Datei zuerst dort; Lesen (Info, Suche, Exporte) funktioniert währenddessen.</translation>
    </message>
    <message>
        <source>in this program</source>
        <translation>in diesem Programm</translation>
    </message>
    <message>
        <source>%1 is read-only. Groundwork saves every edit at once, so it needs to write the project: make the file writable, or work on a copy.</source>
        <translation>%1 ist schreibgeschützt. Groundwork speichert jede Änderung sofort und muss daher in das Projekt schreiben: Machen Sie die Datei beschreibbar oder arbeiten Sie mit einer Kopie.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation>%1, Prozess %2</translation>
    </message>
</context>
<context>
    <name>gw::gioia_figure</name>
    <message>
        <source>Nothing to draw in %1: the data structure has no aggregate dimensions yet. Place first-order codes under themes and themes under dimensions first.</source>
        <translation>Nichts zu zeichnen in %1: Die Datenstruktur hat noch keine aggregierten Dimensionen. Ordnen Sie zuerst Codes erster Ordnung Themen zu und Themen Dimensionen.</translation>
    </message>
    <message>
        <source>Cannot split %1 over pages: only a PDF holds more than one page.</source>
        <translation>%1 kann nicht auf mehrere Seiten aufgeteilt werden: Nur ein PDF fasst mehr als eine Seite.</translation>
    </message>
</context>
<context>
    <name>gw::html_importer</name>
    <message>
        <source>%1 declares a character set Groundwork cannot read; save it as UTF-8 and import it again.</source>
        <translation>%1 gibt einen Zeichensatz an, den Groundwork nicht lesen kann; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text; save it as UTF-8 and import it again.</source>
        <translation>%1 ist kein gültiger %2-Text; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 enthält keinen Text.</translation>
    </message>
</context>
<context>
    <name>gw::import_cases</name>
    <message>
        <source>it has no name, or the same name as another</source>
        <translation>kein Name oder derselbe Name wie bei einer anderen Variable</translation>
    </message>
    <message>
        <source>%1 variable values set on sources are kept in each source&apos;s details (Groundwork holds attributes on cases).</source>
        <translation>%1 Variablenwerte an Quellen werden in den Details der jeweiligen Quelle aufbewahrt (Groundwork speichert Merkmale an Fällen).</translation>
    </message>
    <message>
        <source>it refers to a variable that is not in the file (%1)</source>
        <translation>verweist auf eine Variable, die nicht in der Datei steht (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit its variable&apos;s type</source>
        <translation>„%1“ passt nicht zum Typ der Variable</translation>
    </message>
    <message>
        <source>case link</source>
        <translation>Fallverknüpfung</translation>
    </message>
    <message>
        <source>it refers to a source that was not imported or is not in the file (%1)</source>
        <translation>verweist auf eine Quelle, die nicht importiert wurde oder nicht in der Datei steht (%1)</translation>
    </message>
    <message>
        <source>A case that points at passages (selections) is linked to their whole sources.</source>
        <translation>Ein Fall, der auf Textstellen (Auswahlen) verweist, wird mit deren ganzen Quellen verknüpft.</translation>
    </message>
    <message>
        <source>%1 selections</source>
        <translation>%1 Auswahlen</translation>
    </message>
    <message>
        <source>cases point at selections that were not imported</source>
        <translation>Fälle verweisen auf Auswahlen, die nicht importiert wurden</translation>
    </message>
    <message>
        <source>case code</source>
        <translation>Fallcode</translation>
    </message>
    <message>
        <source>%1 codes on cases</source>
        <translation>%1 Codes an Fällen</translation>
    </message>
    <message>
        <source>Groundwork codes passages, not cases</source>
        <translation>Groundwork codiert Textstellen, keine Fälle</translation>
    </message>
    <message>
        <source>note reference</source>
        <translation>Notizverweis</translation>
    </message>
    <message>
        <source>%1 references</source>
        <translation>%1 Verweise</translation>
    </message>
    <message>
        <source>they point at notes that are not in the file</source>
        <translation>sie verweisen auf Notizen, die nicht in der Datei stehen</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Groundwork&apos;s sets hold sources, not codes or notes (%1 codes, %2 notes in it)</source>
        <translation>Quellengruppen in Groundwork enthalten Quellen, keine Codes oder Notizen (darin: %1 Codes, %2 Notizen)</translation>
    </message>
    <message>
        <source>none of its %1 sources is imported</source>
        <translation>keine ihrer %1 Quellen wird importiert</translation>
    </message>
    <message>
        <source>set member</source>
        <translation>Mitglied der Quellengruppe</translation>
    </message>
    <message>
        <source>Groundwork&apos;s sets hold sources: its %1 codes and %2 notes were left out</source>
        <translation>Quellengruppen in Groundwork enthalten Quellen: ihre %1 Codes und %2 Notizen wurden ausgelassen</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 Verknüpfungen</translation>
    </message>
    <message>
        <source>Groundwork has no links between notes and passages yet</source>
        <translation>Groundwork kennt noch keine Verknüpfungen zwischen Notizen und Textstellen</translation>
    </message>
    <message>
        <source>%1 graphs</source>
        <translation>%1 Graphen</translation>
    </message>
    <message>
        <source>Groundwork draws its own figures from the data structure</source>
        <translation>Groundwork zeichnet seine Abbildungen selbst aus der Datenstruktur</translation>
    </message>
</context>
<context>
    <name>gw::import_data_structure</name>
    <message>
        <source>The code &quot;%1&quot; is archived; restore it before importing a structure that places it.</source>
        <translation>Der Code „%1“ ist archiviert; stellen Sie ihn wieder her, bevor Sie eine Struktur importieren, die ihn einordnet.</translation>
    </message>
</context>
<context>
    <name>gw::import_job</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1: the format .%2 is not one Groundwork imports</source>
        <translation>%1: Das Format .%2 gehört nicht zu den Formaten, die Groundwork importiert</translation>
    </message>
    <message>
        <source>%1 is larger than the import limit of %2 MB</source>
        <translation>%1 ist größer als die Importgrenze von %2 MB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: could not be saved: %2</source>
        <translation>%1: konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>gw::import_plan</name>
    <message>
        <source>The code &quot;%1&quot; has the colour &quot;%2&quot;, which is not a colour; it got one of ours.</source>
        <translation>Der Code „%1“ hat die Farbe „%2“, die keine gültige Farbe ist; er hat stattdessen eine Farbe von Groundwork erhalten.</translation>
    </message>
    <message>
        <source>The file nests its codes %1 levels deep. Groundwork&apos;s tiers (code, theme, dimension) are the researcher&apos;s own analysis, so all %2 codes come in as open codes, side by side; each nested code&apos;s definition says where it sat (&quot;Nested under: …&quot;), and names used twice get their parent&apos;s name (&quot;Parent::Child&quot;).</source>
        <translation>Die Datei verschachtelt ihre Codes %1 Ebenen tief. Die Ebenen von Groundwork (Code, Thema, Dimension) sind die eigene Analyse der Forschenden, daher werden alle %2 Codes als offene Codes nebeneinander importiert; die Definition jedes verschachtelten Codes gibt an, wo er stand („Nested under: …“), und doppelt vorkommende Namen erhalten den Namen ihres übergeordneten Codes („Obercode::Untercode“).</translation>
    </message>
    <message>
        <source>1 code is marked as not for coding (a category) in the file; it comes in as a code too, ready to become a theme or dimension.</source>
        <translation>1 Code ist in der Datei als nicht zum Codieren bestimmt (eine Kategorie) markiert; er wird ebenfalls als Code importiert und kann zu einem Thema oder einer Dimension werden.</translation>
    </message>
    <message>
        <source>%1 codes are marked as not for coding (categories) in the file; they come in as codes too, ready to become themes or dimensions.</source>
        <translation>%1 Codes sind in der Datei als nicht zum Codieren bestimmt (Kategorien) markiert; sie werden ebenfalls als Codes importiert und können zu Themen oder Dimensionen werden.</translation>
    </message>
    <message>
        <source>Not valid against the REFI-QDA schema: %1</source>
        <translation>Nicht gültig nach dem REFI-QDA-Schema: %1</translation>
    </message>
    <message>
        <source>Not checked against the REFI-QDA 1.0 schema (other namespace).</source>
        <translation>Nicht gegen das REFI-QDA-1.0-Schema geprüft (anderer Namensraum).</translation>
    </message>
    <message>
        <source>%1 inside %2 could not be read (%3); the project was imported from its REFI-QDA part only.</source>
        <translation>%1 in %2 konnte nicht gelesen werden (%3); das Projekt wurde nur aus seinem REFI-QDA-Teil importiert.</translation>
    </message>
    <message>
        <source>unknown format or newer version</source>
        <translation>unbekanntes Format oder neuere Version</translation>
    </message>
</context>
<context>
    <name>gw::import_sources</name>
    <message>
        <source>Positions were read in %1, as chosen.</source>
        <translation>Die Positionen wurden wie gewählt in %1 gelesen.</translation>
    </message>
    <message>
        <source>The producer</source>
        <translation>Das erzeugende Programm</translation>
    </message>
    <message>
        <source>Positions were counted by %1 in UTF-16 units over the stored text (a line end as two, an emoji as two); they were converted to Groundwork&apos;s characters.</source>
        <translation>Die Positionen wurden von %1 in UTF-16-Einheiten über den gespeicherten Text gezählt (ein Zeilenende als zwei, ein Emoji als zwei); sie wurden in Zeichen von Groundwork umgerechnet.</translation>
    </message>
    <message>
        <source>%1 does not count positions in characters over the text as stored. Read in %2, %3; read as stored, %4. The file was read in %2: check a few segments, or choose another reading.</source>
        <translation>%1 zählt Positionen nicht in Zeichen über den gespeicherten Text. In %2 gelesen: %3; wie gespeichert gelesen: %4. Die Datei wurde in %2 gelesen: Prüfen Sie einige Segmente oder wählen Sie eine andere Lesart.</translation>
    </message>
    <message>
        <source>%1 of %2 quoted passages match</source>
        <translation>%1 von %2 zitierten Textstellen stimmen überein</translation>
    </message>
    <message>
        <source>%1 of %2 selections keep to word boundaries</source>
        <translation>%1 von %2 Auswahlen halten Wortgrenzen ein</translation>
    </message>
    <message>
        <source>%1 do</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 sources are not supported yet%2</source>
        <translation>Quellen vom Typ %1 werden noch nicht unterstützt%2</translation>
    </message>
    <message>
        <source>; its %1 selections are not imported either</source>
        <translation>; ihre %1 Auswahlen werden ebenfalls nicht importiert</translation>
    </message>
    <message>
        <source>it has neither a text file nor inline text</source>
        <translation>hat weder eine Textdatei noch eingebetteten Text</translation>
    </message>
    <message>
        <source>The text of &quot;%1&quot; changed more than usual when normalised; segment positions in it may be off by a character.</source>
        <translation>Der Text von „%1“ hat sich beim Normalisieren stärker als üblich verändert; Segmentpositionen darin können um ein Zeichen verschoben sein.</translation>
    </message>
    <message>
        <source>same text as another source in the file; its segments go to that source</source>
        <translation>derselbe Text wie eine andere Quelle in der Datei; ihre Segmente gehen an diese Quelle</translation>
    </message>
    <message>
        <source>%1 codings of the whole source are not imported (Groundwork codes passages; use a case or an attribute for the whole source)</source>
        <translation>%1 Codierungen der ganzen Quelle werden nicht importiert (Groundwork codiert Textstellen; verwenden Sie für die ganze Quelle einen Fall oder ein Merkmal)</translation>
    </message>
    <message>
        <source>%1 at %2–%3</source>
        <translation>%1 an Position %2–%3</translation>
    </message>
    <message>
        <source>it has no valid start and end positions</source>
        <translation>hat keine gültigen Start- und Endpositionen</translation>
    </message>
    <message>
        <source>its positions %1–%2 lie outside the text (%3 %4 long)</source>
        <translation>ihre Positionen %1–%2 liegen außerhalb des Textes (%3 %4 lang)</translation>
    </message>
    <message>
        <source>its positions %1–%2 give an empty passage</source>
        <translation>ihre Positionen %1–%2 ergeben eine leere Textstelle</translation>
    </message>
    <message>
        <source>it refers to a code that is not in the codebook (%1)</source>
        <translation>verweist auf einen Code, der nicht im Codebuch steht (%1)</translation>
    </message>
    <message>
        <source>%1 codings repeat another one exactly (same passage, code and coder) and come in once.</source>
        <translation>%1 Codierungen wiederholen eine andere exakt (gleiche Textstelle, gleicher Code, gleiche Codierer:in) und werden nur einmal übernommen.</translation>
    </message>
    <message>
        <source>%1 selections</source>
        <translation>%1 Auswahlen</translation>
    </message>
    <message>
        <source>they carry no code (Groundwork keeps coded passages only; memos on them go to their source)</source>
        <translation>sie tragen keinen Code (Groundwork behält nur codierte Textstellen; Memos daran gehen an ihre Quelle)</translation>
    </message>
    <message>
        <source>%1 of %2 segments do not start and end at word boundaries: the producer may count positions differently. Check a few segments against the original tool.</source>
        <translation>%1 von %2 Segmenten beginnen und enden nicht an Wortgrenzen: Das erzeugende Programm zählt Positionen möglicherweise anders. Prüfen Sie einige Segmente im ursprünglichen Programm.</translation>
    </message>
    <message>
        <source>%1 of %2 selections name a passage that differs from the text at their positions.</source>
        <translation>Bei %1 von %2 Auswahlen weicht die genannte Textstelle vom Text an ihren Positionen ab.</translation>
    </message>
</context>
<context>
    <name>gw::import_writer</name>
    <message>
        <source>a segment refers to a source or code that was not written</source>
        <translation>ein Segment verweist auf eine Quelle oder einen Code, die nicht geschrieben wurden</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
</context>
<context>
    <name>gw::kept_rows</name>
    <message>
        <source>No table %1.</source>
        <translation>Keine Tabelle %1.</translation>
    </message>
</context>
<context>
    <name>gw::mark_disconfirming</name>
    <message>
        <source>Only a memo on a theme or a code can record disconfirming evidence.</source>
        <translation>Nur ein Memo zu einem Thema oder einem Code kann widersprechende Belege festhalten.</translation>
    </message>
    <message>
        <source>The memo is already marked as disconfirming evidence.</source>
        <translation>Das Memo ist bereits als widersprechender Beleg markiert.</translation>
    </message>
    <message>
        <source>The memo is not marked as disconfirming evidence.</source>
        <translation>Das Memo ist nicht als widersprechender Beleg markiert.</translation>
    </message>
    <message>
        <source>Mark %1 as disconfirming evidence</source>
        <translation>%1 als widersprechenden Beleg markieren</translation>
    </message>
    <message>
        <source>Unmark %1 as disconfirming evidence</source>
        <translation>Markierung von %1 als widersprechender Beleg aufheben</translation>
    </message>
</context>
<context>
    <name>gw::matrix</name>
    <message>
        <source>Name the saved query after &quot;query:&quot;.</source>
        <translation>Geben Sie den Namen der gespeicherten Abfrage nach „query:“ an.</translation>
    </message>
    <message>
        <source>Unknown matrix rows &quot;%1&quot;: choose codes, themes, dimensions, queries or query:NAME.</source>
        <translation>Unbekannte Matrixzeilen „%1“: Wählen Sie codes, themes, dimensions, queries oder query:NAME.</translation>
    </message>
    <message>
        <source>Name the attribute after &quot;attribute:&quot;.</source>
        <translation>Geben Sie den Namen des Merkmals nach „attribute:“ an.</translation>
    </message>
    <message>
        <source>Unknown matrix columns &quot;%1&quot;: choose cases, attribute:NAME, sources, kinds or coders.</source>
        <translation>Unbekannte Matrixspalten „%1“: Wählen Sie cases, attribute:NAME, sources, kinds oder coders.</translation>
    </message>
    <message>
        <source>No attribute is called &quot;%1&quot;.%2</source>
        <translation>Es gibt kein Merkmal namens „%1“.%2</translation>
    </message>
    <message>
        <source>Bins need a number or date attribute; %1 holds %2.</source>
        <translation>Intervalle erfordern ein Zahlen- oder Datumsmerkmal; %1 ist vom Typ %2.</translation>
    </message>
    <message>
        <source>The bin edge &quot;%1&quot; is not a %2%3.</source>
        <translation>Die Intervallgrenze „%1“ ist kein gültiger Wert vom Typ %2%3.</translation>
    </message>
    <message>
        <source> (yyyy-mm-dd or yyyy)</source>
        <translation> (yyyy-mm-dd oder yyyy)</translation>
    </message>
    <message>
        <source>Bin edges must rise: &quot;%1&quot; does not.</source>
        <translation>Intervallgrenzen müssen aufsteigen: „%1“ tut das nicht.</translation>
    </message>
    <message>
        <source>The project has no saved queries to make rows of; save one first (query save NAME &apos;EXPRESSION&apos;).</source>
        <translation>Das Projekt hat keine gespeicherten Abfragen, aus denen Zeilen gebildet werden könnten; speichern Sie zuerst eine (query save NAME &apos;EXPRESSION&apos;).</translation>
    </message>
    <message>
        <source>The matrix was cancelled.</source>
        <translation>Die Matrix wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The saved query &quot;%1&quot;: %2</source>
        <translation>Die gespeicherte Abfrage „%1“: %2</translation>
    </message>
</context>
<context>
    <name>gw::matrix_figure</name>
    <message>
        <source>Nothing to draw in %1: the matrix has no %2.</source>
        <translation>Nichts zu zeichnen in %1: Die Matrix hat keine %2.</translation>
    </message>
</context>
<context>
    <name>gw::memo_target</name>
    <message>
        <source>A memo is on the project, a source, a code, a theme or a dimension, not &quot;%1&quot;.</source>
        <translation>Ein Memo gehört zum Projekt, zu einer Quelle, einem Code, einem Thema oder einer Dimension, nicht zu „%1“.</translation>
    </message>
</context>
<context>
    <name>gw::merge_apply</name>
    <message>
        <source>The merge plan holds no other project.</source>
        <translation>Der Zusammenführungsplan enthält kein anderes Projekt.</translation>
    </message>
    <message>
        <source>Merging %1 failed, nothing was changed: %2</source>
        <translation>Das Zusammenführen von %1 ist fehlgeschlagen, nichts wurde geändert: %2</translation>
    </message>
    <message>
        <source>Undoing the merge of %1 failed, nothing was changed: %2</source>
        <translation>Das Rückgängigmachen der Zusammenführung von %1 ist fehlgeschlagen, nichts wurde geändert: %2</translation>
    </message>
</context>
<context>
    <name>gw::merge_codes</name>
    <message>
        <source>A code cannot be merged into itself (&quot;%1&quot;).</source>
        <translation>Ein Code kann nicht mit sich selbst zusammengeführt werden („%1“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived already.</source>
        <translation>„%1“ ist bereits archiviert.</translation>
    </message>
    <message>
        <source>Name at least one code to merge into &quot;%1&quot;.</source>
        <translation>Geben Sie mindestens einen Code an, der mit „%1“ zusammengeführt werden soll.</translation>
    </message>
    <message>
        <source>Merge code %1 into %2</source>
        <translation>Code %1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 codes into %2</source>
        <translation>%1 Codes mit %2 zusammenführen</translation>
    </message>
</context>
<context>
    <name>gw::merge_plan</name>
    <message>
        <source> at (%1, %2)</source>
        <translation> bei (%1, %2)</translation>
    </message>
    <message>
        <source>Cannot compare %1 with this project: %2</source>
        <translation>%1 kann nicht mit diesem Projekt verglichen werden: %2</translation>
    </message>
</context>
<context>
    <name>gw::merge_project</name>
    <message>
        <source>The merge plan holds no other project.</source>
        <translation>Der Zusammenführungsplan enthält kein anderes Projekt.</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
</context>
<context>
    <name>gw::merge_writer</name>
    <message>
        <source>cannot rename %1 &quot;%2&quot; to their name &quot;%3&quot;: another %1 here is named so. Keep ours for it, or rename the other first.</source>
        <translation>%1 „%2“ kann nicht in deren Namen „%3“ umbenannt werden: Hier heißt bereits ein anderes Element vom Typ %1 so. Behalten Sie dafür unsere Fassung bei oder benennen Sie zuerst das andere Element um.</translation>
    </message>
</context>
<context>
    <name>gw::migrations</name>
    <message>
        <source>Schema migration %1 (%2) failed: %3</source>
        <translation>Schemamigration %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>gw::model_figure</name>
    <message>
        <source>Nothing to draw in %1: the model has no %2 yet. Place dimensions, themes or codes in the model first (groundwork-cli model place).</source>
        <translation>Nichts zu zeichnen in %1: Das Modell hat noch keine %2. Platzieren Sie zuerst Dimensionen, Themen oder Codes im Modell (groundwork-cli model place).</translation>
    </message>
</context>
<context>
    <name>gw::move_dimension</name>
    <message>
        <source>There are %1 dimensions; a position counts from 0.</source>
        <translation>Es gibt %1 Dimensionen; Positionen werden ab 0 gezählt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already there.</source>
        <translation>„%1“ ist bereits dort.</translation>
    </message>
    <message>
        <source>Move dimension %1 %2</source>
        <translation>Dimension %1 %2 verschieben</translation>
    </message>
</context>
<context>
    <name>gw::move_outcome</name>
    <message>
        <source>&quot;%1&quot; is %2; only outcomes sit on the spectrum.</source>
        <translation>„%1“ ist %2; nur Ergebnisse liegen auf dem Spektrum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot sit at (%2, %3) on the spectrum: x and y go from 0 to 1.</source>
        <translation>„%1“ kann nicht bei (%2, %3) auf dem Spektrum liegen: x und y reichen von 0 bis 1.</translation>
    </message>
    <message>
        <source>Move %1 on the spectrum</source>
        <translation>%1 auf dem Spektrum verschieben</translation>
    </message>
</context>
<context>
    <name>gw::odt_importer</name>
    <message>
        <source>an OpenDocument text</source>
        <translation>ein OpenDocument-Text</translation>
    </message>
</context>
<context>
    <name>gw::odt_package</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: the OpenDocument package failed (%2).</source>
        <translation>%1 konnte nicht geschrieben werden: Das OpenDocument-Paket ist fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>gw::office_text</name>
    <message>
        <source>%1 was refused: its %2 declares XML entities, which office documents never need and which can be used to attack the reader.</source>
        <translation>%1 wurde abgewiesen: %2 deklariert XML-Entitäten, die Office-Dokumente nie benötigen und mit denen das lesende Programm angegriffen werden kann.</translation>
    </message>
    <message>
        <source>%1 is damaged: its %2 is not well-formed XML (%3, line %4).</source>
        <translation>%1 ist beschädigt: %2 ist kein wohlgeformtes XML (%3, Zeile %4).</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 enthält keinen Text.</translation>
    </message>
    <message>
        <source>%1 is not a document Groundwork can read: its %2 nests more than %3 levels deep, which no word processor writes.</source>
        <translation>%1 ist kein Dokument, das Groundwork lesen kann: %2 ist mehr als %3 Ebenen tief verschachtelt, was kein Textverarbeitungsprogramm schreibt.</translation>
    </message>
</context>
<context>
    <name>gw::open_thread</name>
    <message>
        <source>A comment goes on a code, theme, dimension or influence, not on &quot;%1&quot;.</source>
        <translation>Ein Kommentar gehört zu einem Code, einem Thema, einer Dimension oder einem Einfluss, nicht zu „%1“.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Ein Kommentar braucht Text.</translation>
    </message>
    <message>
        <source>Comment on a model link</source>
        <translation>Modellverbindung kommentieren</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>%1 kommentieren</translation>
    </message>
</context>
<context>
    <name>gw::other_project</name>
    <message>
        <source>Cannot merge %1: it does not exist.</source>
        <translation>%1 kann nicht zusammengeführt werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot merge %1: it is a folder, not a project.</source>
        <translation>%1 kann nicht zusammengeführt werden: Es ist ein Ordner, kein Projekt.</translation>
    </message>
    <message>
        <source>Cannot merge %1 into itself: choose a teammate&apos;s copy of the project.</source>
        <translation>%1 kann nicht mit sich selbst zusammengeführt werden: Wählen Sie die Kopie des Projekts einer anderen Person aus dem Team.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot merge %1: it is not a Groundwork project.</source>
        <translation>%1 kann nicht zusammengeführt werden: Es ist kein Groundwork-Projekt.</translation>
    </message>
    <message>
        <source>Cannot merge %1: %2</source>
        <translation>%1 kann nicht zusammengeführt werden: %2</translation>
    </message>
    <message>
        <source>Cannot merge %1: it is damaged and cannot be read.</source>
        <translation>%1 kann nicht zusammengeführt werden: Die Datei ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot merge %1: it is an SQLite database, but not a Groundwork project.</source>
        <translation>%1 kann nicht zusammengeführt werden: Es ist eine SQLite-Datenbank, aber kein Groundwork-Projekt.</translation>
    </message>
    <message>
        <source>Cannot merge %1: it was saved by a newer Groundwork (project format %2; this version reads up to %3). Update Groundwork first.</source>
        <translation>%1 kann nicht zusammengeführt werden: Es wurde mit einer neueren Groundwork-Version gespeichert (Projektformat %2; diese Version liest bis %3). Aktualisieren Sie zuerst Groundwork.</translation>
    </message>
    <message>
        <source>Cannot merge %1: upgrading a copy of it failed (%2).</source>
        <translation>%1 kann nicht zusammengeführt werden: Das Aktualisieren einer Kopie ist fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>gw::participants_table</name>
    <message>
        <source>No case attribute is called &quot;%1&quot;.%2</source>
        <translation>Es gibt kein Fallmerkmal namens „%1“.%2</translation>
    </message>
    <message>
        <source>Name the attribute whose values are the rows (e.g. role).</source>
        <translation>Geben Sie das Merkmal an, dessen Werte die Zeilen bilden (z. B. role).</translation>
    </message>
</context>
<context>
    <name>gw::pdf_importer</name>
    <message>
        <source>%1 is damaged or not a PDF (poppler cannot open it).</source>
        <translation>%1 ist beschädigt oder kein PDF (poppler kann die Datei nicht öffnen).</translation>
    </message>
    <message>
        <source>%1 is password-protected; save a copy without the password and import that.</source>
        <translation>%1 ist passwortgeschützt; speichern Sie eine Kopie ohne Passwort und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no pages.</source>
        <translation>%1 ist beschädigt: Die Datei hat keine Seiten.</translation>
    </message>
    <message>
        <source>%1 is damaged: page %2 cannot be read.</source>
        <translation>%1 ist beschädigt: Seite %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 has no text layer (a scanned document?); run OCR on it first.</source>
        <translation>%1 hat keine Textebene (ein gescanntes Dokument?); führen Sie zuerst eine Texterkennung (OCR) durch.</translation>
    </message>
</context>
<context>
    <name>gw::pg_connection</name>
    <message>
        <source>Cannot connect to %1: out of memory.</source>
        <translation>Keine Verbindung zu %1: kein Speicher mehr frei.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 runs PostgreSQL %2; Groundwork needs PostgreSQL 15 or newer.</source>
        <translation>Auf %1 läuft PostgreSQL %2; Groundwork braucht PostgreSQL 15 oder neuer.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>The query failed</source>
        <translation>Die Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Copying failed</source>
        <translation>Das Kopieren ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Listening failed</source>
        <translation>Das Warten auf Änderungen ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>gw::place_code</name>
    <message>
        <source>Move code %1 within %2</source>
        <translation>Code %1 innerhalb von %2 verschieben</translation>
    </message>
    <message>
        <source>Place code %1 under %2</source>
        <translation>Code %1 unter %2 einordnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not under a theme.</source>
        <translation>„%1“ ist keinem Thema zugeordnet.</translation>
    </message>
    <message>
        <source>Take code %1 out of its theme</source>
        <translation>Code %1 aus seinem Thema herausnehmen</translation>
    </message>
    <message>
        <source>A position counts from 0.</source>
        <translation>Positionen werden ab 0 gezählt.</translation>
    </message>
</context>
<context>
    <name>gw::place_model_element</name>
    <message>
        <source>Unknown kind of model element.</source>
        <translation>Unbekannte Art von Modellelement.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is already in the model, as %3.</source>
        <translation>%1 „%2“ ist bereits als %3 im Modell.</translation>
    </message>
    <message>
        <source>Place %1 %2 in the model as %3</source>
        <translation>%1 %2 ins Modell setzen (%3)</translation>
    </message>
</context>
<context>
    <name>gw::place_theme</name>
    <message>
        <source>Move theme %1 within %2</source>
        <translation>Thema %1 innerhalb von %2 verschieben</translation>
    </message>
    <message>
        <source>Place theme %1 under %2</source>
        <translation>Thema %1 unter %2 einordnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not under a dimension.</source>
        <translation>„%1“ ist keiner Dimension zugeordnet.</translation>
    </message>
    <message>
        <source>Take theme %1 out of its dimension</source>
        <translation>Thema %1 aus seiner Dimension herausnehmen</translation>
    </message>
    <message>
        <source>A position counts from 0.</source>
        <translation>Positionen werden ab 0 gezählt.</translation>
    </message>
</context>
<context>
    <name>gw::plain_text_importer</name>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 enthält keinen Text.</translation>
    </message>
</context>
<context>
    <name>gw::position_map</name>
    <message>
        <source>UTF-16 units</source>
        <translation>UTF-16-Einheiten</translation>
    </message>
    <message>
        <source>characters with a line end as one</source>
        <translation>Zeichen (ein Zeilenende als ein Zeichen)</translation>
    </message>
    <message>
        <source>code points</source>
        <translation>Codepoints</translation>
    </message>
</context>
<context>
    <name>gw::project</name>
    <message>
        <source>%1 already exists; choose a new file name for the project.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen für das Projekt.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2). Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Groundwork project. The file was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Groundwork-Projekt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Groundwork (project format %2; this version reads up to %3). Update Groundwork to open it; the file was not changed.</source>
        <translation>%1 wurde mit einer neueren Groundwork-Version gespeichert (Projektformat %2; diese Version liest bis %3). Aktualisieren Sie Groundwork, um die Datei zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check failed). Restore it from a backup.</source>
        <translation>%1 ist beschädigt (die Integritätsprüfung von SQLite ist fehlgeschlagen). Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of the project is missing (%2). Restore it from a backup; the file was not changed.</source>
        <translation>%1 ist beschädigt: Ein Teil des Projekts fehlt (%2). Stellen Sie die Datei aus einer Sicherung wieder her; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Groundwork project.</source>
        <translation>%1 ist ein Ordner, kein Groundwork-Projekt.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket), not a Groundwork project.</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket) und kein Groundwork-Projekt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Groundwork project (it is not a project database).</source>
        <translation>%1 ist kein Groundwork-Projekt (es ist keine Projektdatenbank).</translation>
    </message>
    <message>
        <source>%1 is read-only. Groundwork saves every edit at once, so it needs to write the project: make the file writable, or work on a copy.</source>
        <translation>%1 ist schreibgeschützt. Groundwork speichert jede Änderung sofort und muss das Projekt daher schreiben können: Machen Sie die Datei beschreibbar oder arbeiten Sie mit einer Kopie.</translation>
    </message>
    <message>
        <source>%1 is not a Groundwork project (another program&apos;s database with an unfinished transaction). The file was not changed.</source>
        <translation>%1 ist kein Groundwork-Projekt (Datenbank eines anderen Programms mit einer nicht abgeschlossenen Transaktion). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation>%1 kann vor der Aktualisierung nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2. The file was not changed.</source>
        <translation>%1 kann nicht aktualisiert werden: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 (It is in an older project format, which is upgraded the first time Groundwork opens it for writing; it cannot be read before that.)</source>
        <translation>%1 (Die Datei liegt in einem älteren Projektformat vor, das aktualisiert wird, sobald Groundwork sie zum ersten Mal zum Schreiben öffnet; vorher kann sie nicht gelesen werden.)</translation>
    </message>
    <message>
        <source>A coder needs a name.</source>
        <translation>Codierende brauchen einen Namen.</translation>
    </message>
    <message>
        <source>The coder &quot;%1&quot; could not be recorded.</source>
        <translation>Codierer:in „%1“ konnte nicht erfasst werden.</translation>
    </message>
</context>
<context>
    <name>gw::project_audit</name>
    <message>
        <source>No audit entry with id %1.</source>
        <translation>Kein Protokolleintrag mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>gw::project_case_edits</name>
    <message>
        <source>A %1 needs a name.</source>
        <translation>Ein Name ist erforderlich (%1).</translation>
    </message>
    <message>
        <source>A %1 named &quot;%2&quot; already exists.</source>
        <translation>Der Name „%2“ ist bereits vergeben (%1).</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>%1 mit der ID %2 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>No case with id %1.</source>
        <translation>Kein Fall mit der ID %1.</translation>
    </message>
    <message>
        <source>Choose the cases to remove.</source>
        <translation>Wählen Sie die Fälle aus, die entfernt werden sollen.</translation>
    </message>
    <message>
        <source>Some of the cases to remove are not in the project.</source>
        <translation>Einige der zu entfernenden Fälle sind nicht im Projekt.</translation>
    </message>
    <message>
        <source>No attribute with id %1.</source>
        <translation>Kein Merkmal mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot read the kept copy %1.</source>
        <translation>Die aufbewahrte Kopie %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot put the project back as it was: %1</source>
        <translation>Das Projekt kann nicht in den vorherigen Zustand zurückversetzt werden: %1</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>Merkmal</translation>
    </message>
</context>
<context>
    <name>gw::project_cases</name>
    <message>
        <source>&quot;%1&quot; is not a %2, as the attribute &quot;%3&quot; needs.</source>
        <translation>„%1“ ist kein gültiger Wert vom Typ %2, wie ihn das Merkmal „%3“ erfordert.</translation>
    </message>
    <message>
        <source>No case %1 or no source %2 to link.</source>
        <translation>Es gibt keinen Fall %1 oder keine Quelle %2 zum Verknüpfen.</translation>
    </message>
    <message>
        <source>A case needs a name.</source>
        <translation>Ein Fall braucht einen Namen.</translation>
    </message>
    <message>
        <source>A case named &quot;%1&quot; already exists.</source>
        <translation>Ein Fall namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>No case with id %1.</source>
        <translation>Kein Fall mit der ID %1.</translation>
    </message>
    <message>
        <source>No case named &quot;%1&quot; in the project.</source>
        <translation>Im Projekt gibt es keinen Fall namens „%1“.</translation>
    </message>
    <message>
        <source>An attribute needs a name.</source>
        <translation>Ein Merkmal braucht einen Namen.</translation>
    </message>
    <message>
        <source>An attribute named &quot;%1&quot; already exists.</source>
        <translation>Ein Merkmal namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>No attribute named &quot;%1&quot; in the project.</source>
        <translation>Im Projekt gibt es kein Merkmal namens „%1“.</translation>
    </message>
    <message>
        <source>No attribute with id %1.</source>
        <translation>Kein Merkmal mit der ID %1.</translation>
    </message>
    <message>
        <source>Case %1 is not linked to source %2.</source>
        <translation>Fall %1 ist nicht mit Quelle %2 verknüpft.</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot;: %2</source>
        <translation>Fall „%1“: %2</translation>
    </message>
</context>
<context>
    <name>gw::project_codes</name>
    <message>
        <source>A code needs a name.</source>
        <translation>Ein Code braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; use the form #RRGGBB.</source>
        <translation>„%1“ ist keine Farbe; verwenden Sie die Form #RRGGBB.</translation>
    </message>
    <message>
        <source>A code named &quot;%1&quot; already exists.</source>
        <translation>Ein Code namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>No code with id %1.</source>
        <translation>Kein Code mit der ID %1.</translation>
    </message>
    <message>
        <source>No code named &quot;%1&quot; in the project.</source>
        <translation>Im Projekt gibt es keinen Code namens „%1“.</translation>
    </message>
    <message>
        <source>That passage of &quot;%1&quot; is already coded with &quot;%2&quot;.</source>
        <translation>Diese Textstelle in „%1“ ist bereits mit „%2“ codiert.</translation>
    </message>
    <message>
        <source>No segment with id %1.</source>
        <translation>Kein Segment mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>gw::project_edits</name>
    <message>
        <source>&quot;%1&quot; is not a colour; use the form #RRGGBB.</source>
        <translation>„%1“ ist keine Farbe; verwenden Sie die Form #RRGGBB.</translation>
    </message>
    <message>
        <source>Another code is named &quot;%1&quot;; rename one of them first.</source>
        <translation>Ein anderer Code heißt bereits „%1“; benennen Sie zuerst einen der beiden um.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still codes %2 segments; uncode them or archive the code instead.</source>
        <translation>„%1“ codiert noch %2 Segmente; heben Sie deren Codierung auf oder archivieren Sie stattdessen den Code.</translation>
    </message>
    <message>
        <source>A restored code needs its guid and name.</source>
        <translation>Ein wiederhergestellter Code braucht seine GUID und seinen Namen.</translation>
    </message>
    <message>
        <source>A code named &quot;%1&quot; already exists.</source>
        <translation>Ein Code namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>No segment with id %1.</source>
        <translation>Kein Segment mit der ID %1.</translation>
    </message>
    <message>
        <source>That passage of &quot;%1&quot; is already coded with &quot;%2&quot;.</source>
        <translation>Diese Textstelle in „%1“ ist bereits mit „%2“ codiert.</translation>
    </message>
    <message>
        <source>A restored segment needs its guid.</source>
        <translation>Ein wiederhergestelltes Segment braucht seine GUID.</translation>
    </message>
    <message>
        <source>The segment lies outside &quot;%1&quot;.</source>
        <translation>Das Segment liegt außerhalb von „%1“.</translation>
    </message>
</context>
<context>
    <name>gw::project_influences</name>
    <message>
        <source>No influence with id %1.</source>
        <translation>Kein Einfluss mit der ID %1.</translation>
    </message>
    <message>
        <source>An influence joins two elements; &quot;%1&quot; cannot influence itself.</source>
        <translation>Ein Einfluss verbindet zwei Elemente; „%1“ kann sich nicht selbst beeinflussen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already %2 &quot;%3&quot; in the model.</source>
        <translation>Im Modell gibt es bereits: „%1“ %2 „%3“.</translation>
    </message>
    <message>
        <source>There is already a &quot;%1&quot; influence between these elements (%2).</source>
        <translation>Zwischen diesen Elementen gibt es bereits einen Einfluss vom Typ „%1“ (%2).</translation>
    </message>
    <message>
        <source>Segment %1 is already %2 of %3.</source>
        <translation>Segment %1 ist bereits als %2 für %3 erfasst.</translation>
    </message>
    <message>
        <source>Segment %1 is not evidence of %2.</source>
        <translation>Segment %1 ist kein Beleg für %2.</translation>
    </message>
    <message>
        <source>counter-evidence</source>
        <translation>Gegenbeleg</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Beleg</translation>
    </message>
</context>
<context>
    <name>gw::project_memos</name>
    <message>
        <source>A memo cannot be attached to a &quot;%1&quot;.</source>
        <translation>Ein Memo kann nicht an „%1“ angehängt werden.</translation>
    </message>
    <message>
        <source>A memo on the project has no target; any other memo needs one.</source>
        <translation>Ein Memo zum Projekt hat kein Ziel; jedes andere Memo braucht eines.</translation>
    </message>
    <message>
        <source>A restored memo needs its guid.</source>
        <translation>Ein wiederhergestelltes Memo braucht seine GUID.</translation>
    </message>
    <message>
        <source>No memo with id %1.</source>
        <translation>Kein Memo mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>gw::project_merge</name>
    <message>
        <source>&quot;%1&quot; is archived; restore it before merging into it.</source>
        <translation>„%1“ ist archiviert; stellen Sie den Code wieder her, bevor Sie andere Codes mit ihm zusammenführen.</translation>
    </message>
    <message>
        <source>Name at least one code to merge into &quot;%1&quot;.</source>
        <translation>Geben Sie mindestens einen Code an, der mit „%1“ zusammengeführt werden soll.</translation>
    </message>
    <message>
        <source>A code cannot be merged into itself (&quot;%1&quot;).</source>
        <translation>Ein Code kann nicht mit sich selbst zusammengeführt werden („%1“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived already.</source>
        <translation>„%1“ ist bereits archiviert.</translation>
    </message>
    <message>
        <source>A code has taken the name of a merged code since; rename it before undoing the merge.</source>
        <translation>Inzwischen trägt ein Code den Namen eines zusammengeführten Codes; benennen Sie ihn um, bevor Sie das Zusammenführen rückgängig machen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived; restore it before splitting it.</source>
        <translation>„%1“ ist archiviert; stellen Sie den Code wieder her, bevor Sie ihn aufteilen.</translation>
    </message>
    <message>
        <source>The new code needs a name.</source>
        <translation>Der neue Code braucht einen Namen.</translation>
    </message>
    <message>
        <source>A code named &quot;%1&quot; already exists.</source>
        <translation>Ein Code namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Choose the segments of &quot;%1&quot; to move to &quot;%2&quot;.</source>
        <translation>Wählen Sie die Segmente von „%1“ aus, die nach „%2“ verschoben werden sollen.</translation>
    </message>
    <message>
        <source>Segment %1 is not coded with &quot;%2&quot;.</source>
        <translation>Segment %1 ist nicht mit „%2“ codiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has coded more segments since the split; uncode or move them before undoing it.</source>
        <translation>Mit „%1“ wurden seit dem Aufteilen weitere Segmente codiert; heben Sie deren Codierung auf oder verschieben Sie sie, bevor Sie das Aufteilen rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>gw::project_model</name>
    <message>
        <source>&quot;%1&quot; cannot sit at (%2, %3) on the spectrum: x and y go from 0 to 1.</source>
        <translation>„%1“ kann nicht bei (%2, %3) im Spektrum liegen: x und y reichen von 0 bis 1.</translation>
    </message>
    <message>
        <source>No model element with id %1.</source>
        <translation>Kein Modellelement mit der ID %1.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; is archived; restore it before placing it in the model.</source>
        <translation>Code „%1“ ist archiviert; stellen Sie ihn wieder her, bevor Sie ihn im Modell platzieren.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is already in the model, as %3.</source>
        <translation>%1 „%2“ ist bereits als %3 im Modell.</translation>
    </message>
</context>
<context>
    <name>gw::project_model_levels</name>
    <message>
        <source>A %1 needs a name.</source>
        <translation>Ein Name ist erforderlich (%1).</translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; of influence type &quot;%2&quot; is not a #rrggbb colour.</source>
        <translation>Die Farbe „%1“ des Einflusstyps „%2“ ist keine Farbe im Format #rrggbb.</translation>
    </message>
    <message>
        <source>No model level with id %1.</source>
        <translation>Keine Modellebene mit der ID %1.</translation>
    </message>
    <message>
        <source>No model level named &quot;%1&quot; in the project.</source>
        <translation>Im Projekt gibt es keine Modellebene namens „%1“.</translation>
    </message>
    <message>
        <source>model level</source>
        <translation>Modellebene</translation>
    </message>
    <message>
        <source>A model level named &quot;%1&quot; already exists.</source>
        <translation>Eine Modellebene namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>No influence type with id %1.</source>
        <translation>Kein Einflusstyp mit der ID %1.</translation>
    </message>
    <message>
        <source>No influence type named &quot;%1&quot; in the project.</source>
        <translation>Im Projekt gibt es keinen Einflusstyp namens „%1“.</translation>
    </message>
    <message>
        <source>influence type</source>
        <translation>Einflusstyp</translation>
    </message>
    <message>
        <source>An influence type named &quot;%1&quot; already exists.</source>
        <translation>Ein Einflusstyp namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Influence type &quot;%1&quot; is used by %2 influence(s); retype or remove them first.</source>
        <translation>Der Einflusstyp „%1“ wird von %2 Einfluss/Einflüssen verwendet; ändern Sie zuerst deren Typ oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The spectrum&apos;s axis labels cannot be empty (%1).</source>
        <translation>Die Achsenbeschriftungen des Spektrums dürfen nicht leer sein (%1).</translation>
    </message>
</context>
<context>
    <name>gw::project_review</name>
    <message>
        <source>A comment goes on a code, theme, dimension or influence, not on &quot;%1&quot;.</source>
        <translation>Ein Kommentar gehört zu einem Code, einem Thema, einer Dimension oder einem Einfluss, nicht zu „%1“.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Ein Kommentar braucht Text.</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>Eine Antwort braucht Text.</translation>
    </message>
    <message>
        <source>There is no comment thread %1.</source>
        <translation>Es gibt keinen Kommentar-Thread %1.</translation>
    </message>
    <message>
        <source>Comment thread %1 is resolved already.</source>
        <translation>Kommentar-Thread %1 ist bereits erledigt.</translation>
    </message>
    <message>
        <source>Comment thread %1 is open already.</source>
        <translation>Kommentar-Thread %1 ist bereits offen.</translation>
    </message>
</context>
<context>
    <name>gw::project_search</name>
    <message>
        <source>Type something to search for.</source>
        <translation>Geben Sie einen Suchbegriff ein.</translation>
    </message>
    <message>
        <source>Cannot search for &quot;%1&quot;: %2</source>
        <translation>Suche nach „%1“ nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>gw::project_segment_batch</name>
    <message>
        <source>No coder named &quot;%1&quot; has worked on this project.</source>
        <translation>Niemand namens „%1“ hat als Codierer:in an diesem Projekt gearbeitet.</translation>
    </message>
    <message>
        <source>No segment with id %1.</source>
        <translation>Kein Segment mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>gw::project_sets</name>
    <message>
        <source>No set named &quot;%1&quot;.</source>
        <translation>Keine Quellengruppe namens „%1“.</translation>
    </message>
    <message>
        <source>A set needs a name.</source>
        <translation>Eine Quellengruppe braucht einen Namen.</translation>
    </message>
    <message>
        <source>The set &quot;%1&quot; was not made.</source>
        <translation>Die Quellengruppe „%1“ wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>No set with id %1.</source>
        <translation>Keine Quellengruppe mit der ID %1.</translation>
    </message>
    <message>
        <source>A set named &quot;%1&quot; already exists.</source>
        <translation>Eine Quellengruppe namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>gw::project_snapshots</name>
    <message>
        <source>A snapshot needs a name, e.g. &quot;after the May team meeting&quot;.</source>
        <translation>Ein Schnappschuss braucht einen Namen, z. B. „nach dem Teamtreffen im Mai“.</translation>
    </message>
    <message>
        <source>A snapshot named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Schnappschuss namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no snapshot %1.</source>
        <translation>Es gibt keinen Schnappschuss %1.</translation>
    </message>
    <message>
        <source>There is no snapshot named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Schnappschuss namens „%1“.</translation>
    </message>
</context>
<context>
    <name>gw::project_source_edits</name>
    <message>
        <source>Some of the sources to remove are not in the project.</source>
        <translation>Einige der zu entfernenden Quellen sind nicht im Projekt.</translation>
    </message>
    <message>
        <source>Choose the sources to remove.</source>
        <translation>Wählen Sie die Quellen aus, die entfernt werden sollen.</translation>
    </message>
    <message>
        <source>The removed sources are no longer kept to be put back.</source>
        <translation>Die entfernten Quellen werden nicht mehr zum Wiederherstellen aufbewahrt.</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>A source named &quot;%1&quot; already exists.</source>
        <translation>Eine Quelle namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>gw::project_source_text</name>
    <message>
        <source>The edit would make %1 segments the same passage as another segment of the same code and coder; remove one of each pair first.</source>
        <translation>Durch die Änderung würden %1 Segmente dieselbe Textstelle abdecken wie ein anderes Segment mit demselben Code und derselben Codierer:in; entfernen Sie zuerst jeweils eines aus jedem Paar.</translation>
    </message>
    <message>
        <source>The edit would give the source the same text as &quot;%1&quot;.</source>
        <translation>Durch die Änderung hätte die Quelle denselben Text wie „%1“.</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled; no source was changed.</source>
        <translation>Abgebrochen; keine Quelle wurde geändert.</translation>
    </message>
    <message>
        <source>%1: a source named &quot;%2&quot; already exists.</source>
        <translation>%1: eine Quelle namens „%2“ existiert bereits.</translation>
    </message>
    <message>
        <source>%1: the edit deletes all the text of %2 coded segment(s); remove or adjust them first.</source>
        <translation>%1: die Änderung löscht den gesamten Text von %2 codierten Segment(en); entfernen Sie diese oder passen Sie sie zuerst an.</translation>
    </message>
</context>
<context>
    <name>gw::project_sources</name>
    <message>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>a speaker turn lies outside the text</source>
        <translation>ein Redebeitrag liegt außerhalb des Texts</translation>
    </message>
    <message>
        <source>same text as the source &quot;%1&quot; already in the project</source>
        <translation>gleicher Text wie die Quelle „%1“, die bereits im Projekt ist</translation>
    </message>
    <message>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>eine Quelle namens „%1“ gibt es bereits</translation>
    </message>
    <message>
        <source>No source with id %1.</source>
        <translation>Keine Quelle mit der ID %1.</translation>
    </message>
    <message>
        <source>No source named &quot;%1&quot; in the project.</source>
        <translation>Keine Quelle namens „%1“ im Projekt.</translation>
    </message>
</context>
<context>
    <name>gw::project_structure</name>
    <message>
        <source>A %1 needs a name.</source>
        <translation>%1: Bitte geben Sie einen Namen an.</translation>
    </message>
    <message>
        <source>No theme with id %1.</source>
        <translation>Kein Thema mit der ID %1.</translation>
    </message>
    <message>
        <source>No theme named &quot;%1&quot; in the project.</source>
        <translation>Kein Thema namens „%1“ im Projekt.</translation>
    </message>
    <message>
        <source>No dimension with id %1.</source>
        <translation>Keine Dimension mit der ID %1.</translation>
    </message>
    <message>
        <source>No dimension named &quot;%1&quot; in the project.</source>
        <translation>Keine Dimension namens „%1“ im Projekt.</translation>
    </message>
    <message>
        <source>A theme named &quot;%1&quot; already exists.</source>
        <translation>Ein Thema namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>A dimension named &quot;%1&quot; already exists.</source>
        <translation>Eine Dimension namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; has %2 memo(s); move or remove them before removing the theme.</source>
        <translation>Das Thema „%1“ hat %2 Memo(s); verschieben oder entfernen Sie diese, bevor Sie das Thema entfernen.</translation>
    </message>
    <message>
        <source>The theme &quot;%1&quot; is in the CMO model; take it out of the model before removing the theme.</source>
        <translation>Das Thema „%1“ ist im CMO-Modell; nehmen Sie es aus dem Modell, bevor Sie das Thema entfernen.</translation>
    </message>
    <message>
        <source>The dimension &quot;%1&quot; has %2 memo(s); move or remove them before removing the dimension.</source>
        <translation>Die Dimension „%1“ hat %2 Memo(s); verschieben oder entfernen Sie diese, bevor Sie die Dimension entfernen.</translation>
    </message>
    <message>
        <source>The dimension &quot;%1&quot; is in the CMO model; take it out of the model before removing the dimension.</source>
        <translation>Die Dimension „%1“ ist im CMO-Modell; nehmen Sie sie aus dem Modell, bevor Sie die Dimension entfernen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived; restore it before placing it under a theme.</source>
        <translation>„%1“ ist archiviert; stellen Sie es wieder her, bevor Sie es einem Thema zuordnen.</translation>
    </message>
</context>
<context>
    <name>gw::project_structure_rows</name>
    <message>
        <source>The segment is coded with &quot;%1&quot;, which is not under the theme &quot;%2&quot;; an exemplar quote comes from the theme&apos;s own codes.</source>
        <translation>Das Segment ist mit „%1“ codiert, das nicht unter dem Thema „%2“ steht; ein Beispielzitat stammt aus den eigenen Codes des Themas.</translation>
    </message>
    <message>
        <source>That segment is already an exemplar of &quot;%1&quot;.</source>
        <translation>Dieses Segment ist bereits ein Beispielzitat für „%1“.</translation>
    </message>
    <message>
        <source>That segment is not an exemplar of &quot;%1&quot;.</source>
        <translation>Dieses Segment ist kein Beispielzitat für „%1“.</translation>
    </message>
</context>
<context>
    <name>gw::qde_reader</name>
    <message>
        <source>line %1: &lt;%2&gt; has no guid; one was made up.</source>
        <translation>Zeile %1: &lt;%2&gt; hat kein guid-Attribut; eines wurde erzeugt.</translation>
    </message>
    <message>
        <source>line %1: &lt;%2&gt; inside &lt;%3&gt; is not part of REFI-QDA 1.0 and was ignored.</source>
        <translation>Zeile %1: &lt;%2&gt; innerhalb von &lt;%3&gt; gehört nicht zu REFI-QDA 1.0 und wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1 was refused: it declares a document type (DTD) with entities, which REFI-QDA never uses and which can make a file expand without limit.</source>
        <translation>%1 wurde abgelehnt: Die Datei deklariert einen Dokumenttyp (DTD) mit Entitäten, die REFI-QDA nie verwendet und durch die eine Datei unbegrenzt anwachsen kann.</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3).</source>
        <translation>%1 ist kein wohlgeformtes XML (Zeile %2: %3).</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA project or codebook: its root element is &lt;%2&gt;%3, not a &lt;Project&gt; or &lt;CodeBook&gt; in the QDA-XML namespace.</source>
        <translation>%1 ist weder ein REFI-QDA-Projekt noch ein Codebuch: Das Wurzelelement ist &lt;%2&gt;%3, nicht &lt;Project&gt; oder &lt;CodeBook&gt; im QDA-XML-Namensraum.</translation>
    </message>
    <message>
        <source> without a namespace</source>
        <translation> ohne Namensraum</translation>
    </message>
    <message>
        <source> in &quot;%1&quot;</source>
        <translation> im Namensraum „%1“</translation>
    </message>
    <message>
        <source>The file uses the namespace &quot;%1&quot;, not &quot;%2&quot;; it was read as REFI-QDA 1.0.</source>
        <translation>Die Datei verwendet den Namensraum „%1“, nicht „%2“; sie wurde als REFI-QDA 1.0 gelesen.</translation>
    </message>
    <message>
        <source>%1 was refused: it holds more than %2 codes (a study&apos;s codebook has hundreds or a few thousand), so it is damaged or not a codebook.</source>
        <translation>%1 wurde abgelehnt: Die Datei enthält mehr als %2 Codes (das Codebuch einer Studie hat Hunderte oder einige Tausend), ist also beschädigt oder kein Codebuch.</translation>
    </message>
    <message>
        <source>%1 has white space before its XML declaration.</source>
        <translation>%1 hat Leerraum vor der XML-Deklaration.</translation>
    </message>
    <message>
        <source>%1 starts with %2 byte-order marks.</source>
        <translation>%1 beginnt mit %2 Byte-Order-Marks.</translation>
    </message>
</context>
<context>
    <name>gw::qdpx_archive</name>
    <message>
        <source>not a zip archive</source>
        <translation>kein Zip-Archiv</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not a REFI-QDA file: it may be the page a browser saved instead of the file it links to. Download the file itself again.</source>
        <translation>%1 ist eine Webseite (HTML), keine REFI-QDA-Datei: Möglicherweise hat ein Browser die Seite gespeichert statt der Datei, auf die sie verweist. Laden Sie die Datei selbst erneut herunter.</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA project: a .qdpx file is a zip archive, and this file is not one (it may be damaged or truncated).</source>
        <translation>%1 ist kein REFI-QDA-Projekt: Eine .qdpx-Datei ist ein Zip-Archiv, und diese Datei ist keines (sie ist eventuell beschädigt oder unvollständig).</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA file: it is neither a .qdpx archive nor .qde/.qdc XML.</source>
        <translation>%1 ist keine REFI-QDA-Datei: Sie ist weder ein .qdpx-Archiv noch .qde/.qdc-XML.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than Groundwork reads.</source>
        <translation>%1 ist größer als %2 MB, mehr als Groundwork einliest.</translation>
    </message>
    <message>
        <source>%1 is damaged: its zip directory cannot be read.</source>
        <translation>%1 ist beschädigt: Das Zip-Verzeichnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 was refused: it holds an entry with an unsafe path (&quot;%2&quot;) that points outside the archive. A REFI-QDA project never needs one.</source>
        <translation>%1 wurde abgelehnt: Die Datei enthält einen Eintrag mit einem unsicheren Pfad („%2“), der aus dem Archiv hinauszeigt. Ein REFI-QDA-Projekt braucht so etwas nie.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a readable zip archive.</source>
        <translation>%1 ist beschädigt: Die Datei ist kein lesbares Zip-Archiv.</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA project: the archive holds no project.qde.</source>
        <translation>%1 ist kein REFI-QDA-Projekt: Das Archiv enthält keine project.qde.</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 enthält %2 nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points outside the archive; Groundwork reads only files inside it.</source>
        <translation>„%1“ zeigt aus dem Archiv hinaus; Groundwork liest nur Dateien innerhalb des Archivs.</translation>
    </message>
    <message>
        <source>Source paths without &quot;internal://&quot; (e.g. &quot;%1&quot;) were read from the archive&apos;s sources folder.</source>
        <translation>Quellpfade ohne „internal://“ (z. B. „%1“) wurden aus dem Ordner sources des Archivs gelesen.</translation>
    </message>
    <message>
        <source>%1 is a bare XML file without its source files (&quot;%2&quot; is not there).</source>
        <translation>%1 ist eine einzelne XML-Datei ohne ihre Quelldateien („%2“ ist nicht vorhanden).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points outside the archive.</source>
        <translation>„%1“ zeigt aus dem Archiv hinaus.</translation>
    </message>
    <message>
        <source>Source files are in &quot;%1/&quot; rather than &quot;sources/&quot;.</source>
        <translation>Die Quelldateien liegen in „%1/“ statt in „sources/“.</translation>
    </message>
    <message>
        <source>%1 has no file &quot;%2&quot;.</source>
        <translation>%1 enthält keine Datei „%2“.</translation>
    </message>
</context>
<context>
    <name>gw::qdpx_export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 has no codes, so there is no codebook to export.</source>
        <translation>%1 hat keine Codes, daher gibt es kein Codebuch zu exportieren.</translation>
    </message>
</context>
<context>
    <name>gw::query_expression</name>
    <message>
        <source>The query is empty: type a code, theme or dimension name.</source>
        <translation>Die Abfrage ist leer: Geben Sie den Namen eines Codes, Themas oder einer Dimension ein.</translation>
    </message>
    <message>
        <source>a ) without its (</source>
        <translation>eine ) ohne zugehörige (</translation>
    </message>
    <message>
        <source>an operator (AND, OR, NOT, NEAR/n) or the end</source>
        <translation>ein Operator (AND, OR, NOT, NEAR/n) oder das Ende</translation>
    </message>
    <message>
        <source>the end of the query</source>
        <translation>das Ende der Abfrage</translation>
    </message>
    <message>
        <source>Query, position %1: expected %2, found %3.</source>
        <translation>Abfrage, Position %1: erwartet wurde %2, gefunden wurde %3.</translation>
    </message>
    <message>
        <source>Query, position %1: NEAR needs a distance in sentences, as in NEAR/2 (found &quot;%2&quot;).</source>
        <translation>Abfrage, Position %1: NEAR braucht einen Abstand in Sätzen, wie in NEAR/2 (gefunden: „%2“).</translation>
    </message>
    <message>
        <source>Query, position %1: this quoted name has no closing &quot;.</source>
        <translation>Abfrage, Position %1: Diesem Namen in Anführungszeichen fehlt das schließende &quot;.</translation>
    </message>
    <message>
        <source>Query, position %1: expected a name after the prefix.</source>
        <translation>Abfrage, Position %1: Nach dem Präfix wurde ein Name erwartet.</translation>
    </message>
    <message>
        <source>a code, theme or dimension name or ( after %1</source>
        <translation>der Name eines Codes, Themas oder einer Dimension oder ( nach %1</translation>
    </message>
    <message>
        <source>Query, position %1: parentheses nested more than %2 deep.</source>
        <translation>Abfrage, Position %1: Klammern sind mehr als %2 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>a ) to close the ( at position %1</source>
        <translation>eine ), die die ( an Position %1 schließt</translation>
    </message>
    <message>
        <source>a code, theme or dimension name or (</source>
        <translation>der Name eines Codes, Themas oder einer Dimension oder (</translation>
    </message>
    <message>
        <source>Query, position %1: more than %2 names in one query; save parts of it as queries, or use a theme or dimension for many codes.</source>
        <translation>Abfrage, Position %1: mehr als %2 Namen in einer Abfrage; speichern Sie Teile davon als Abfragen, oder verwenden Sie für viele Codes ein Thema oder eine Dimension.</translation>
    </message>
    <message>
        <source>code, theme or dimension</source>
        <translation>Code, Thema oder Dimension</translation>
    </message>
    <message>
        <source>Query, position %1: no %2 is called &quot;%3&quot;.%4</source>
        <translation>Abfrage, Position %1: %2 „%3“ gibt es nicht.%4</translation>
    </message>
    <message>
        <source>Names: a code, theme or dimension (a theme or dimension stands for every code under it); quote a name with &quot;...&quot;, or prefix it with code:, theme: or dimension:.
A OR B: passages of either.  A AND B: passages coded with both (overlapping, or in one sentence or paragraph: the unit).  A NOT B: passages of A without B.  A NEAR/n B: A and B within n sentences.  ( ) group; OR binds loosest.</source>
        <translation>Namen: ein Code, ein Thema oder eine Dimension (ein Thema oder eine Dimension steht für jeden Code darunter); setzen Sie einen Namen in &quot;...&quot; oder stellen Sie code:, theme: oder dimension: voran.
A OR B: Textstellen mit einem der beiden.  A AND B: Textstellen, die mit beiden codiert sind (überlappend oder im selben Satz oder Absatz: die Einheit).  A NOT B: Textstellen von A ohne B.  A NEAR/n B: A und B innerhalb von n Sätzen.  ( ) gruppieren; OR bindet am schwächsten.</translation>
    </message>
</context>
<context>
    <name>gw::query_filters</name>
    <message>
        <source>Cannot read the condition &quot;%1&quot;: %2. Write ATTRIBUTE OP VALUE, where OP is =, !=, &lt;, &lt;=, &gt;, &gt;=, in (a, b) or between a and b (role = CCIO, year &gt;= 2020).</source>
        <translation>Die Bedingung „%1“ kann nicht gelesen werden: %2. Schreiben Sie MERKMAL OP WERT, wobei OP =, !=, &lt;, &lt;=, &gt;, &gt;=, in (a, b) oder between a and b ist (role = CCIO, year &gt;= 2020).</translation>
    </message>
    <message>
        <source>it has no comparison</source>
        <translation>sie enthält keinen Vergleich</translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a list in parentheses, as in (GDE, FF)</source>
        <translation>„in“ braucht eine Liste in Klammern, wie in (GDE, FF)</translation>
    </message>
    <message>
        <source>the list after &quot;in&quot; is empty</source>
        <translation>die Liste nach „in“ ist leer</translation>
    </message>
    <message>
        <source>&quot;between&quot; needs two values joined by &quot;and&quot;</source>
        <translation>„between“ braucht zwei Werte, verbunden durch „and“</translation>
    </message>
    <message>
        <source>the attribute&apos;s name is missing</source>
        <translation>der Name des Merkmals fehlt</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>ein Wert fehlt</translation>
    </message>
    <message>
        <source>Unknown source kind &quot;%1&quot;.</source>
        <translation>Unbekannte Quellenart „%1“.</translation>
    </message>
    <message>
        <source>No %1 is called &quot;%2&quot;.%3</source>
        <translation>%1 „%2“ gibt es nicht.%3</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;: &quot;%2&quot; is not a %3 (the attribute %4 holds %3s%5).</source>
        <translation>In „%1“: „%2“ ist kein gültiger Wert vom Typ %3 (das Merkmal %4 enthält Werte vom Typ %3%5).</translation>
    </message>
    <message>
        <source>, written yyyy-mm-dd</source>
        <translation>, geschrieben als yyyy-mm-dd</translation>
    </message>
</context>
<context>
    <name>gw::recode_segment</name>
    <message>
        <source>The segment is already coded with &quot;%1&quot;.</source>
        <translation>Das Segment ist bereits mit „%1“ codiert.</translation>
    </message>
    <message>
        <source>Recode to %1</source>
        <translation>Auf %1 umcodieren</translation>
    </message>
</context>
<context>
    <name>gw::recolour_code</name>
    <message>
        <source>&quot;%1&quot; is not a colour; use the form #RRGGBB.</source>
        <translation>„%1“ ist keine Farbe; verwenden Sie die Form #RRGGBB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has that colour.</source>
        <translation>„%1“ hat diese Farbe bereits.</translation>
    </message>
    <message>
        <source>Recolour code %1</source>
        <translation>Farbe von Code %1 ändern</translation>
    </message>
</context>
<context>
    <name>gw::remove_dimension</name>
    <message>
        <source>The dimension &quot;%1&quot; has %2 memo(s); move or remove them before removing the dimension.</source>
        <translation>Die Dimension „%1“ hat %2 Memo(s); verschieben oder entfernen Sie diese, bevor Sie die Dimension entfernen.</translation>
    </message>
    <message>
        <source>Remove dimension %1</source>
        <translation>Dimension %1 entfernen</translation>
    </message>
</context>
<context>
    <name>gw::remove_evidence</name>
    <message>
        <source>Segment %1 is not evidence of this %2 link.</source>
        <translation>Segment %1 ist kein Beleg für diese Verbindung vom Typ %2.</translation>
    </message>
    <message>
        <source>Remove evidence from a %1 link</source>
        <translation>Beleg von einer Verbindung vom Typ %1 entfernen</translation>
    </message>
</context>
<context>
    <name>gw::remove_exemplar</name>
    <message>
        <source>That segment is not an exemplar of &quot;%1&quot;.</source>
        <translation>Dieses Segment ist kein Beispielzitat für „%1“.</translation>
    </message>
    <message>
        <source>Remove an exemplar quote of %1 from %2</source>
        <translation>Beispielzitat für %1 aus %2 entfernen</translation>
    </message>
</context>
<context>
    <name>gw::remove_influence</name>
    <message>
        <source>Remove the link %1 %2 %3</source>
        <translation>Verbindung %1 %2 %3 entfernen</translation>
    </message>
</context>
<context>
    <name>gw::remove_memo</name>
    <message>
        <source>Remove memo</source>
        <translation>Memo entfernen</translation>
    </message>
    <message>
        <source>Remove memo %1</source>
        <translation>Memo %1 entfernen</translation>
    </message>
</context>
<context>
    <name>gw::remove_model_element</name>
    <message>
        <source>Take %1 out of the model</source>
        <translation>%1 aus dem Modell nehmen</translation>
    </message>
</context>
<context>
    <name>gw::remove_segment</name>
    <message>
        <source>Uncode %1</source>
        <translation>Codierung mit %1 entfernen</translation>
    </message>
</context>
<context>
    <name>gw::remove_theme</name>
    <message>
        <source>The theme &quot;%1&quot; has %2 memo(s); move or remove them before removing the theme.</source>
        <translation>Das Thema „%1“ hat %2 Memo(s); verschieben oder entfernen Sie diese, bevor Sie das Thema entfernen.</translation>
    </message>
    <message>
        <source>Remove theme %1</source>
        <translation>Thema %1 entfernen</translation>
    </message>
    <message>
        <source>Remove theme %1 (its %2 codes become unplaced)</source>
        <translation>Thema %1 entfernen (seine %2 Codes werden nicht zugeordnet)</translation>
    </message>
</context>
<context>
    <name>gw::rename_code</name>
    <message>
        <source>A code needs a name.</source>
        <translation>Ein Code braucht einen Namen.</translation>
    </message>
    <message>
        <source>The code is already named &quot;%1&quot;.</source>
        <translation>Der Code heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>A code named &quot;%1&quot; already exists.</source>
        <translation>Ein Code namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Rename code %1 to %2</source>
        <translation>Code %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>gw::rename_tier</name>
    <message>
        <source>A %1 needs a name.</source>
        <translation>%1: Bitte geben Sie einen Namen an.</translation>
    </message>
    <message>
        <source>The %1 is already named &quot;%2&quot;.</source>
        <translation>Dieses Element (%1) heißt bereits „%2“.</translation>
    </message>
    <message>
        <source>A %1 named &quot;%2&quot; already exists.</source>
        <translation>%1 „%2“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <translation>%1 %2 in %3 umbenennen</translation>
    </message>
</context>
<context>
    <name>gw::reopen_thread</name>
    <message>
        <source>Comment thread %1 is open already.</source>
        <translation>Kommentar-Thread %1 ist bereits offen.</translation>
    </message>
    <message>
        <source>Reopen a comment</source>
        <translation>Kommentar wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen the comment on %1</source>
        <translation>Kommentar zu %1 wieder öffnen</translation>
    </message>
</context>
<context>
    <name>gw::reply_to_thread</name>
    <message>
        <source>A reply needs some text.</source>
        <translation>Eine Antwort braucht Text.</translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation>Auf einen Kommentar antworten</translation>
    </message>
    <message>
        <source>Reply to a comment on %1</source>
        <translation>Auf einen Kommentar zu %1 antworten</translation>
    </message>
</context>
<context>
    <name>gw::resolve_disagreement</name>
    <message>
        <source>The coding of &quot;%1&quot; in &quot;%2&quot; changed since the list was made; refresh it and try again.</source>
        <translation>Die Codierung von „%1“ in „%2“ hat sich geändert, seit die Liste erstellt wurde; aktualisieren Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>accept %1&apos;s coding</source>
        <translation>Codierung von %1 übernehmen</translation>
    </message>
    <message>
        <source>keep both codings</source>
        <translation>beide Codierungen behalten</translation>
    </message>
    <message>
        <source>drop both codings</source>
        <translation>beide Codierungen verwerfen</translation>
    </message>
    <message>
        <source>Resolve %1 in %2: %3</source>
        <translation>Abweichung bei %1 in %2 auflösen: %3</translation>
    </message>
</context>
<context>
    <name>gw::resolve_thread</name>
    <message>
        <source>Comment thread %1 is resolved already.</source>
        <translation>Kommentar-Thread %1 ist bereits erledigt.</translation>
    </message>
    <message>
        <source>Resolve a comment</source>
        <translation>Kommentar als erledigt markieren</translation>
    </message>
    <message>
        <source>Resolve the comment on %1</source>
        <translation>Kommentar zu %1 als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>gw::row_journal</name>
    <message>
        <source>Row %1 of %2 is gone.</source>
        <translation>Zeile %1 der Tabelle %2 ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>gw::saturation</name>
    <message>
        <source>Saturation counts codes or themes.</source>
        <translation>Die Sättigung zählt Codes oder Themen.</translation>
    </message>
    <message>
        <source>No case attribute is called &quot;%1&quot;.%2</source>
        <translation>Es gibt kein Fallmerkmal namens „%1“.%2</translation>
    </message>
    <message>
        <source>Order the sources by import or by attribute:NAME, not &quot;%1&quot;.</source>
        <translation>Ordnen Sie die Quellen nach import oder nach attribute:NAME, nicht nach „%1“.</translation>
    </message>
</context>
<context>
    <name>gw::saturation_figure</name>
    <message>
        <source>Nothing to draw in %1: no %2 is in the order.</source>
        <translation>Nichts in %1 zu zeichnen: Die Reihenfolge enthält nichts vom Typ %2.</translation>
    </message>
</context>
<context>
    <name>gw::save_query</name>
    <message>
        <source>A saved query needs a name and an expression.</source>
        <translation>Eine gespeicherte Abfrage braucht einen Namen und einen Ausdruck.</translation>
    </message>
    <message>
        <source>The project is open read-only (another Groundwork has it): the query was not saved.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet (eine andere Groundwork-Instanz hat es geöffnet): Die Abfrage wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save Query %1</source>
        <translation>Abfrage %1 speichern</translation>
    </message>
    <message>
        <source>The project is open read-only (another Groundwork has it): &quot;%1&quot; was not removed.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet (eine andere Groundwork-Instanz hat es geöffnet): „%1“ wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>Remove Saved Query %1</source>
        <translation>Gespeicherte Abfrage %1 entfernen</translation>
    </message>
</context>
<context>
    <name>gw::saved_queries</name>
    <message>
        <source>Unknown query unit &quot;%1&quot;.</source>
        <translation>Unbekannte Abfrageeinheit „%1“.</translation>
    </message>
    <message>
        <source>The saved query &quot;%1&quot; cannot be read: %2</source>
        <translation>Die gespeicherte Abfrage „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No saved query is called &quot;%1&quot;.%2</source>
        <translation>Es gibt keine gespeicherte Abfrage namens „%1“.%2</translation>
    </message>
    <message>
        <source>A saved query needs a name and an expression.</source>
        <translation>Eine gespeicherte Abfrage braucht einen Namen und einen Ausdruck.</translation>
    </message>
    <message>
        <source>The project is open read-only (another Groundwork has it): the query was not saved.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet (eine andere Groundwork-Instanz hat es geöffnet): Die Abfrage wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>A saved query is already called &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine gespeicherte Abfrage namens „%1“.</translation>
    </message>
    <message>
        <source>The project is open read-only (another Groundwork has it): &quot;%1&quot; was not removed.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet (eine andere Groundwork-Instanz hat es geöffnet): „%1“ wurde nicht entfernt.</translation>
    </message>
</context>
<context>
    <name>gw::schema_check</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the REFI-QDA schema could not be loaded, so the file was not checked against it</source>
        <translation>das REFI-QDA-Schema konnte nicht geladen werden, daher wurde die Datei nicht dagegen geprüft</translation>
    </message>
    <message>
        <source>the file is not well-formed XML</source>
        <translation>die Datei ist kein wohlgeformtes XML</translation>
    </message>
    <message>
        <source>the file does not match the REFI-QDA schema</source>
        <translation>die Datei entspricht nicht dem REFI-QDA-Schema</translation>
    </message>
    <message>
        <source>the schema check failed inside libxml2</source>
        <translation>die Schemaprüfung ist in libxml2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>gw::server_project</name>
    <message>
        <source>%1 is not a Groundwork project.</source>
        <translation>%1 ist kein Groundwork-Projekt.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, this Groundwork %3: open it with this Groundwork once to bring it up to date, then copy it.</source>
        <translation>%1 hat die Schemaversion %2, dieses Groundwork %3: Öffnen Sie das Projekt einmal mit diesem Groundwork, um es auf den aktuellen Stand zu bringen, und kopieren Sie es dann.</translation>
    </message>
    <message>
        <source>%1 holds no Groundwork project; make one with groundwork-cli server init.</source>
        <translation>%1 enthält kein Groundwork-Projekt; legen Sie eines mit groundwork-cli server init an.</translation>
    </message>
    <message>
        <source>The project on %1 has server schema version %2; this Groundwork knows %3.</source>
        <translation>Das Projekt auf %1 hat die Server-Schemaversion %2; dieses Groundwork kennt %3.</translation>
    </message>
    <message>
        <source>%1 holds tables already; a project goes into an empty database.</source>
        <translation>%1 enthält bereits Tabellen; ein Projekt kommt in eine leere Datenbank.</translation>
    </message>
    <message>
        <source>Server migration %1 (%2): %3</source>
        <translation>Server-Migration %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>The project on %1 holds sources, codes or segments already; copying %2 up would replace them (--replace does).</source>
        <translation>Das Projekt auf %1 enthält bereits Quellen, Codes oder Segmente; %2 hochzukopieren würde sie ersetzen (das tut --replace).</translation>
    </message>
    <message>
        <source>%1 exists; copying the project down would replace it (--force does).</source>
        <translation>%1 existiert bereits; das Projekt herunterzukopieren würde die Datei ersetzen (das tut --force).</translation>
    </message>
    <message>
        <source>The server sent %1 columns of %2, not %3.</source>
        <translation>Der Server hat %1 Spalten von %2 geschickt, nicht %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Ein Mitglied braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 is not a member of this project.</source>
        <translation>%1 ist kein Mitglied dieses Projekts.</translation>
    </message>
    <message>
        <source>%1 is the project&apos;s only owner; make another member owner first.</source>
        <translation>%1 ist die einzige Eigentümer:in des Projekts; machen Sie zuerst ein anderes Mitglied zur Eigentümer:in.</translation>
    </message>
    <message>
        <source>The project on %1 has server schema version %2, older than the %3 this Groundwork works with; this version cannot upgrade a server project. Copy it down with the Groundwork that made it (server pull), then push the file up to a new database.</source>
        <translation>Das Projekt auf %1 hat die Server-Schemaversion %2, älter als die Version %3, mit der dieses Groundwork arbeitet; diese Version kann ein Serverprojekt nicht aktualisieren. Kopieren Sie es mit dem Groundwork herunter, das es angelegt hat (server pull), und laden Sie die Datei dann in eine neue Datenbank hoch.</translation>
    </message>
    <message>
        <source>The server kept %1 in %2: only whoever granted it (or a superuser) may take it back.</source>
        <translation>Der Server hat %1 in %2 belassen: Nur wer die Rolle vergeben hat (oder ein Superuser), kann sie wieder entziehen.</translation>
    </message>
    <message>
        <source>The database name %1 is too long for a project&apos;s roles on the server; use one of at most 51 bytes.</source>
        <translation>Der Datenbankname %1 ist zu lang für die Rollen eines Projekts auf dem Server; verwenden Sie einen Namen mit höchstens 51 Bytes.</translation>
    </message>
</context>
<context>
    <name>gw::set_code_stage</name>
    <message>
        <source>&quot;%1&quot; is already a %2 code.</source>
        <translation>„%1“ hat bereits die Stufe %2.</translation>
    </message>
    <message>
        <source>Make %1 a %2 code</source>
        <translation>Stufe von %1 auf %2 setzen</translation>
    </message>
</context>
<context>
    <name>gw::set_definition</name>
    <message>
        <source>The definition of &quot;%1&quot; is unchanged.</source>
        <translation>Die Definition von „%1“ ist unverändert.</translation>
    </message>
    <message>
        <source>Define %1 %2</source>
        <translation>%1 %2 definieren</translation>
    </message>
</context>
<context>
    <name>gw::set_element_level</name>
    <message>
        <source>&quot;%1&quot; is already at level &quot;%2&quot;.</source>
        <translation>„%1“ ist bereits auf der Ebene „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no level.</source>
        <translation>„%1“ hat keine Ebene.</translation>
    </message>
    <message>
        <source>Move %1 to level %2</source>
        <translation>%1 auf die Ebene %2 verschieben</translation>
    </message>
    <message>
        <source>Take %1 off its level</source>
        <translation>%1 von der Ebene nehmen</translation>
    </message>
</context>
<context>
    <name>gw::set_element_role</name>
    <message>
        <source>&quot;%1&quot; is already %2.</source>
        <translation>„%1“ ist bereits %2.</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>%1 wird %2</translation>
    </message>
</context>
<context>
    <name>gw::set_influence_memo</name>
    <message>
        <source>Edit the memo of a %1 link</source>
        <translation>Memo einer Verbindung vom Typ %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>gw::set_influence_type</name>
    <message>
        <source>The influence is already of type &quot;%1&quot;.</source>
        <translation>Der Einfluss ist bereits vom Typ „%1“.</translation>
    </message>
    <message>
        <source>Change a link from %1 to %2</source>
        <translation>Verbindungsart von %1 auf %2 ändern</translation>
    </message>
</context>
<context>
    <name>gw::sheet</name>
    <message>
        <source>%1: not a sheet Groundwork reads; save it as .csv or .xlsx.</source>
        <translation>%1: keine Tabelle, die Groundwork lesen kann; speichern Sie sie als .csv oder .xlsx.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>gw::source_edits</name>
    <message>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>The source is already named &quot;%1&quot;.</source>
        <translation>Die Quelle heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>A source named &quot;%1&quot; already exists.</source>
        <translation>Eine Quelle namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Rename source %1 to %2</source>
        <translation>Quelle %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is already of kind %2.</source>
        <translation>Die Quelle „%1“ ist bereits vom Typ %2.</translation>
    </message>
    <message>
        <source>Make source %1 %2</source>
        <translation>Quelle %1 als %2 einstufen</translation>
    </message>
    <message>
        <source>Choose the sources to remove.</source>
        <translation>Wählen Sie die zu entfernenden Quellen aus.</translation>
    </message>
    <message>
        <source>Remove source %1</source>
        <translation>Quelle %1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 sources</source>
        <translation>%1 Quellen entfernen</translation>
    </message>
    <message>
        <source>Import 1 source</source>
        <translation>1 Quelle importieren</translation>
    </message>
    <message>
        <source>Import %1 sources</source>
        <translation>%1 Quellen importieren</translation>
    </message>
</context>
<context>
    <name>gw::speakers</name>
    <message>
        <source>No turns of “%1” in the project.</source>
        <translation>Keine Redebeiträge von „%1“ im Projekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no speaker turns to make cases from.</source>
        <translation>„%1“ hat keine Redebeiträge von Sprecher:innen, aus denen Fälle gebildet werden könnten.</translation>
    </message>
</context>
<context>
    <name>gw::split_code</name>
    <message>
        <source>The new code needs a name.</source>
        <translation>Der neue Code braucht einen Namen.</translation>
    </message>
    <message>
        <source>A code named &quot;%1&quot; already exists.</source>
        <translation>Ein Code namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Choose the segments of &quot;%1&quot; to move to &quot;%2&quot;.</source>
        <translation>Wählen Sie die Segmente von „%1“ aus, die nach „%2“ verschoben werden sollen.</translation>
    </message>
    <message>
        <source>Segment %1 is coded with &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>Segment %1 ist mit „%2“ codiert, nicht mit „%3“.</translation>
    </message>
    <message>
        <source>Split %1 segments of %2 into %3</source>
        <translation>%1 Segmente von %2 in %3 aufteilen</translation>
    </message>
</context>
<context>
    <name>gw::sql_session</name>
    <message>
        <source>An insert returned no id: %1</source>
        <translation>Ein Einfügen hat keine ID zurückgegeben: %1</translation>
    </message>
</context>
<context>
    <name>gw::srt_importer</name>
    <message>
        <source>%1 is not a valid SubRip file: %2.</source>
        <translation>%1 ist keine gültige SubRip-Datei: %2.</translation>
    </message>
    <message>
        <source>line %1: bad cue timing (expected hh:mm:ss,ttt --&gt; hh:mm:ss,ttt)</source>
        <translation>Zeile %1: ungültige Zeitangabe (erwartet: hh:mm:ss,ttt --&gt; hh:mm:ss,ttt)</translation>
    </message>
    <message>
        <source>line %1: expected a subtitle number or timing</source>
        <translation>Zeile %1: Untertitelnummer oder Zeitangabe erwartet</translation>
    </message>
    <message>
        <source>it has no subtitle with text</source>
        <translation>sie enthält keinen Untertitel mit Text</translation>
    </message>
</context>
<context>
    <name>gw::structure_table</name>
    <message>
        <source>Nothing was written to %1: the data structure has no aggregate dimensions yet. Place themes under dimensions first.</source>
        <translation>In %1 wurde nichts geschrieben: Die Datenstruktur hat noch keine aggregierten Dimensionen. Ordnen Sie zuerst Themen Dimensionen zu.</translation>
    </message>
</context>
<context>
    <name>gw::table</name>
    <message>
        <source>Could not write %1: unknown table format.</source>
        <translation>%1 konnte nicht geschrieben werden: unbekanntes Tabellenformat.</translation>
    </message>
</context>
<context>
    <name>gw::table_xlsx</name>
    <message>
        <source>Could not write %1: the spreadsheet library could not start.</source>
        <translation>%1 konnte nicht geschrieben werden: Die Tabellenkalkulationsbibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>gw::take_snapshot</name>
    <message>
        <source>A snapshot needs a name, e.g. &quot;after the May team meeting&quot;.</source>
        <translation>Ein Schnappschuss braucht einen Namen, z. B. „nach der Teamsitzung im Mai“.</translation>
    </message>
    <message>
        <source>A snapshot named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Schnappschuss namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Take Snapshot %1</source>
        <translation>Schnappschuss %1 anlegen</translation>
    </message>
</context>
<context>
    <name>gw::text_decoding</name>
    <message>
        <source>%1 is not valid %2 text; save it as UTF-8 and import it again.</source>
        <translation>%1 ist kein gültiger %2-Text; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is not text in any encoding Groundwork can tell (read as %2 it is full of control characters); it may be damaged or not a text file.</source>
        <translation>%1 ist in keiner Kodierung, die Groundwork erkennen kann, lesbarer Text (als %2 gelesen, besteht er aus lauter Steuerzeichen); die Datei ist möglicherweise beschädigt oder keine Textdatei.</translation>
    </message>
    <message>
        <source>%1 is not text in any encoding Groundwork can tell (read as %2, the closest guess, it is mostly symbols, not words); it may be damaged or not a text file.</source>
        <translation>%1 ist in keiner Kodierung, die Groundwork erkennen kann, lesbarer Text (als %2 gelesen, der nächstliegenden Vermutung, besteht er überwiegend aus Symbolen statt Wörtern); die Datei ist möglicherweise beschädigt oder keine Textdatei.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains binary data).</source>
        <translation>%1 ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text and its encoding cannot be told; save it as UTF-8 and import it again.</source>
        <translation>%1 ist kein gültiger UTF-8-Text, und die Kodierung lässt sich nicht erkennen; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 mixes text encodings (UTF-8 and %2); save it in one encoding and import it again.</source>
        <translation>%1 mischt Textkodierungen (UTF-8 und %2); speichern Sie die Datei in einer einzigen Kodierung und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 looks like %2 text, which Groundwork cannot read; save it as UTF-8 and import it again.</source>
        <translation>%1 sieht nach %2-Text aus, den Groundwork nicht lesen kann; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>gw::text_edit</name>
    <message>
        <source>The change at %1–%2 lies outside the text (%3 characters).</source>
        <translation>Die Änderung bei %1–%2 liegt außerhalb des Textes (%3 Zeichen).</translation>
    </message>
    <message>
        <source>The change at %1 changes nothing.</source>
        <translation>Die Änderung bei %1 ändert nichts.</translation>
    </message>
    <message>
        <source>The changes at %1 and %2 overlap.</source>
        <translation>Die Änderungen bei %1 und %2 überschneiden sich.</translation>
    </message>
    <message>
        <source>Two insertions at %1.</source>
        <translation>Zwei Einfügungen bei %1.</translation>
    </message>
</context>
<context>
    <name>gw::types</name>
    <message>
        <source>The range [%1, %2) is not inside &quot;%3&quot;, which has %4 characters.</source>
        <translation>Der Bereich [%1, %2) liegt nicht innerhalb von „%3“, das %4 Zeichen hat.</translation>
    </message>
</context>
<context>
    <name>gw::vtt_importer</name>
    <message>
        <source>%1 is not a valid WebVTT file: %2.</source>
        <translation>%1 ist keine gültige WebVTT-Datei: %2.</translation>
    </message>
    <message>
        <source>it does not start with WEBVTT</source>
        <translation>sie beginnt nicht mit WEBVTT</translation>
    </message>
    <message>
        <source>line %1: a cue without a timing line</source>
        <translation>Zeile %1: ein Cue ohne Zeitangabenzeile</translation>
    </message>
    <message>
        <source>line %1: bad cue timing (expected hh:mm:ss.ttt --&gt; hh:mm:ss.ttt)</source>
        <translation>Zeile %1: ungültige Cue-Zeitangabe (erwartet: hh:mm:ss.ttt --&gt; hh:mm:ss.ttt)</translation>
    </message>
    <message>
        <source>it has no cue with text</source>
        <translation>sie enthält keinen Cue mit Text</translation>
    </message>
</context>
<context>
    <name>gw::whole_project_step</name>
    <message>
        <source>Cannot keep a copy for undo: %1</source>
        <translation>Für das Rückgängigmachen kann keine Kopie angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>gw::xlsx_sheet</name>
    <message>
        <source>%1 is not a readable .xlsx workbook: it has no %2.</source>
        <translation>%1 ist keine lesbare .xlsx-Arbeitsmappe: %2 fehlt.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read (%3).</source>
        <translation>%1 ist beschädigt: %2 kann nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>it lists no sheet</source>
        <translation>sie führt kein Tabellenblatt auf</translation>
    </message>
    <message>
        <source>the first sheet has no part</source>
        <translation>das erste Tabellenblatt verweist auf keinen Teil</translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml</source>
        <translation>xl/sharedStrings.xml</translation>
    </message>
    <message>
        <source>%1 is not a readable .xlsx workbook (it is damaged or not a zip archive).</source>
        <translation>%1 ist keine lesbare .xlsx-Arbeitsmappe (sie ist beschädigt oder kein Zip-Archiv).</translation>
    </message>
    <message>
        <source>a cell lies outside the sheet</source>
        <translation>eine Zelle liegt außerhalb des Tabellenblatts</translation>
    </message>
    <message>
        <source>a cell names a shared string that does not exist</source>
        <translation>eine Zelle verweist auf eine gemeinsame Zeichenkette, die nicht existiert</translation>
    </message>
    <message>
        <source>%1 is too large for a sheet of cases (more than %2 cells).</source>
        <translation>%1 ist zu groß für eine Falltabelle (mehr als %2 Zellen).</translation>
    </message>
    <message>
        <source>%1 is empty: its first sheet has no header row.</source>
        <translation>%1 ist leer: Das erste Tabellenblatt hat keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>gw::zip_part</name>
    <message>
        <source>%1 expands to more than %2 MB when unpacked (%3); it may be a zip bomb and was not imported.</source>
        <translation>%1 wird beim Entpacken größer als %2 MB (%3); es könnte sich um eine Zip-Bombe handeln, die Datei wurde nicht importiert.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked (the file is truncated or corrupt).</source>
        <translation>%1 ist beschädigt: %2 kann nicht entpackt werden (die Datei ist abgeschnitten oder fehlerhaft).</translation>
    </message>
    <message>
        <source>%1 is damaged or not %2 (it is not a readable zip archive).</source>
        <translation>%1 ist beschädigt oder nicht %2 (kein lesbares Zip-Archiv).</translation>
    </message>
    <message>
        <source>%1 is damaged or not %2 (it has no %3).</source>
        <translation>%1 ist beschädigt oder nicht %2 (%3 fehlt).</translation>
    </message>
    <message>
        <source>%1 uses a zip compression method Groundwork cannot read (%2); save it again from the program that made it and import it again.</source>
        <translation>%1 verwendet ein Zip-Komprimierungsverfahren, das Groundwork nicht lesen kann (%2); speichern Sie die Datei erneut in dem Programm, mit dem sie erstellt wurde, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged or a zip bomb: %2 unpacks to more than the %3 bytes its header declares, and was not read further.</source>
        <translation>%1 ist beschädigt oder eine Zip-Bombe: %2 wird beim Entpacken größer als die im Header angegebenen %3 Bytes und wurde nicht weiter gelesen.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>groundwork</name>
    <message>
        <source>--show takes one of %1, not &quot;%2&quot;.</source>
        <translation>--show erwartet einen der Werte %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Der Screenshot %1 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Groundwork, a workbench for qualitative research.</source>
        <translation>Groundwork, eine Arbeitsumgebung für qualitative Forschung.</translation>
    </message>
    <message>
        <source>The project to open, or a REFI-QDA file (.qdpx, .qdc) to import.</source>
        <translation>Das zu öffnende Projekt oder eine zu importierende REFI-QDA-Datei (.qdpx, .qdc).</translation>
    </message>
    <message>
        <source>Open the bundled demo project.</source>
        <translation>Das mitgelieferte Demo-Projekt öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Import the files or folder at PATH into the project at start (with --screenshot, also save FILE-progress.png and FILE-report.png).</source>
        <translation>Beim Start die Dateien oder den Ordner unter PATH in das Projekt importieren (mit --screenshot zusätzlich FILE-progress.png und FILE-report.png speichern).</translation>
    </message>
    <message>
        <source>With --screenshot: show VIEW first (%1).</source>
        <translation>Mit --screenshot: zuerst VIEW anzeigen (%1).</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
</context>
<context>
    <name>gw::AgreementView</name>
    <message>
        <source>the others, pooled</source>
        <translation>die anderen, zusammengefasst</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <source>Compare the coders on some sources only</source>
        <translation>Die Codierenden nur anhand einiger Quellen vergleichen</translation>
    </message>
    <message>
        <source>Compare the coders on some codes only</source>
        <translation>Die Codierenden nur anhand einiger Codes vergleichen</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>Tabelle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the agreement table as Markdown, LaTeX, CSV, XLSX, HTML or ODT</source>
        <translation>Die Übereinstimmungstabelle als Markdown, LaTeX, CSV, XLSX, HTML oder ODT speichern</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Agreement needs two coders; in this project %1 coded. Merge a teammate&apos;s copy, or switch coder (Code &gt; Switch Coder…) and code the same sources again.</source>
        <translation>Für die Übereinstimmung braucht es zwei Codierende; in diesem Projekt %1 codiert. Führen Sie die Kopie eines Teammitglieds zusammen oder wechseln Sie die Codierer:in (Codes &gt; Codierer:in wechseln…) und codieren Sie dieselben Quellen erneut.</translation>
    </message>
    <message>
        <source>no one has</source>
        <translation>hat niemand</translation>
    </message>
    <message>
        <source>one coder has</source>
        <translation>hat nur eine Person</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Wählen Sie zwei verschiedene Codierende aus.</translation>
    </message>
    <message>
        <source>Compare on These Sources</source>
        <translation>Anhand dieser Quellen vergleichen</translation>
    </message>
    <message>
        <source>Tick the sources of a set…</source>
        <translation>Quellen einer Quellengruppe ankreuzen…</translation>
    </message>
    <message>
        <source>Compare on These Codes</source>
        <translation>Anhand dieser Codes vergleichen</translation>
    </message>
    <message>
        <source>All sources…</source>
        <translation>Alle Quellen…</translation>
    </message>
    <message>
        <source>%1 source…</source>
        <translation>%1 Quelle…</translation>
    </message>
    <message>
        <source>%1 sources…</source>
        <translation>%1 Quellen…</translation>
    </message>
    <message>
        <source>All codes…</source>
        <translation>Alle Codes…</translation>
    </message>
    <message>
        <source>%1 code…</source>
        <translation>%1 Code…</translation>
    </message>
    <message>
        <source>%1 codes…</source>
        <translation>%1 Codes…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Cohen’s κ</source>
        <translation>Cohen’s κ</translation>
    </message>
    <message>
        <source>Krippendorff’s α</source>
        <translation>Krippendorff’s α</translation>
    </message>
    <message>
        <source>Undefined: both coders judged every unit the same way, so chance explains all of their agreement.</source>
        <translation>Nicht definiert: Beide Codierenden haben jede Einheit gleich beurteilt, sodass der Zufall ihre gesamte Übereinstimmung erklärt.</translation>
    </message>
    <message>
        <source>Nominal alpha over %1</source>
        <translation>Nominales Alpha über %1</translation>
    </message>
    <message>
        <source>All codes (pooled)</source>
        <translation>Alle Codes (zusammengefasst)</translation>
    </message>
</context>
<context>
    <name>gw::AnalysisFilters</name>
    <message>
        <source>any day</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any coder</source>
        <translation>allen Codierenden</translation>
    </message>
    <message>
        <source>Only segments by this coder</source>
        <translation>Nur Segmente dieser codierenden Person</translation>
    </message>
    <message>
        <source>Only segments coded on or after this day</source>
        <translation>Nur Segmente, die an oder nach diesem Tag codiert wurden</translation>
    </message>
    <message>
        <source>Only segments coded on or before this day</source>
        <translation>Nur Segmente, die an oder vor diesem Tag codiert wurden</translation>
    </message>
    <message>
        <source>role = CCIO; year &gt;= 2020</source>
        <extracomment>An example of conditions on case attributes: &quot;role&quot; and &quot;year&quot; are attribute names, CCIO a value</extracomment>
        <translation>Rolle = CCIO; Jahr &gt;= 2020</translation>
    </message>
    <message>
        <source>Conditions on the sources&apos; cases, separated by &apos;;&apos;: ATTRIBUTE OP VALUE with =, !=, &lt;, &lt;=, &gt;, &gt;=, in (a, b), between a and b</source>
        <extracomment>&quot;in&quot; and &quot;between … and&quot; are the syntax of a condition and stay as they are</extracomment>
        <translation>Bedingungen für die Fälle der Quellen, getrennt durch &apos;;&apos;: MERKMAL OP WERT mit =, !=, &lt;, &lt;=, &gt;, &gt;=, in (a, b), between a and b</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Eingrenzen auf:</translation>
    </message>
    <message>
        <source>where</source>
        <extracomment>Within: [kind] [sources] [sets] [cases] where [conditions]</extracomment>
        <translation>wobei</translation>
    </message>
    <message>
        <source>Segments by</source>
        <extracomment>Segments by [coder] coded from [day] to [day]</extracomment>
        <translation>Segmente von</translation>
    </message>
    <message>
        <source>coded from</source>
        <extracomment>Segments by [coder] coded from [day] to [day]</extracomment>
        <translation>codiert von</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Segments by [coder] coded from [day] to [day]</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Only These Sources</source>
        <translation>Nur diese Quellen</translation>
    </message>
    <message>
        <source>Only the Sources of These Cases</source>
        <translation>Nur die Quellen dieser Fälle</translation>
    </message>
    <message>
        <source>Only the Sources in These Sets</source>
        <translation>Nur die Quellen in diesen Quellengruppen</translation>
    </message>
    <message>
        <source>All sources…</source>
        <translation>Alle Quellen…</translation>
    </message>
    <message>
        <source>Source: %1…</source>
        <translation>Quelle: %1…</translation>
    </message>
    <message>
        <source>%1 sources…</source>
        <translation>%1 Quellen…</translation>
    </message>
    <message>
        <source>Only these sources</source>
        <translation>Nur diese Quellen</translation>
    </message>
    <message>
        <source>All sets…</source>
        <translation>Alle Quellengruppen…</translation>
    </message>
    <message>
        <source>Set: %1…</source>
        <translation>Quellengruppe: %1…</translation>
    </message>
    <message>
        <source>%1 sets…</source>
        <translation>%1 Quellengruppen…</translation>
    </message>
    <message>
        <source>Only the sources in these sets</source>
        <translation>Nur die Quellen in diesen Quellengruppen</translation>
    </message>
    <message>
        <source>All cases…</source>
        <translation>Alle Fälle…</translation>
    </message>
    <message>
        <source>Case: %1…</source>
        <translation>Fall: %1…</translation>
    </message>
    <message>
        <source>%1 cases…</source>
        <translation>%1 Fälle…</translation>
    </message>
    <message>
        <source>Only the sources of these cases</source>
        <translation>Nur die Quellen dieser Fälle</translation>
    </message>
    <message>
        <source>The days coded run from %1 to %2: the second is before the first.</source>
        <translation>Der Codierzeitraum reicht von %1 bis %2: Das Enddatum liegt vor dem Anfangsdatum.</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 Quellen</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>Quellengruppe %1</translation>
    </message>
    <message>
        <source>%1 sets</source>
        <translation>%1 Quellengruppen</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 Fälle</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>Segments by the coder %1</extracomment>
        <translation>von %1</translation>
    </message>
    <message>
        <source>coded %1–%2</source>
        <translation>codiert %1–%2</translation>
    </message>
</context>
<context>
    <name>gw::AnalysisRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>gw::AnalysisView</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>LaTeX (*.tex)</source>
        <translation>LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Abfrage</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>Co-&amp;occurrence</source>
        <translation>&amp;Kookkurrenz</translation>
    </message>
    <message>
        <source>&amp;Saturation</source>
        <translation>&amp;Sättigung</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Wörter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source> within %1</source>
        <extracomment>Ends a status line: &quot;12 passages in 3 sources for Trust within interviews · 3 sources&quot;</extracomment>
        <translation> (eingeschränkt auf %1)</translation>
    </message>
    <message>
        <source>The coding has changed since this ran: run it again (F5).</source>
        <translation>Die Codierung hat sich seit diesem Durchlauf geändert: Führen Sie ihn erneut aus (F5).</translation>
    </message>
    <message>
        <source>Trust building AND (Site visits OR theme:Proximity)</source>
        <extracomment>An example query: AND, OR and theme: are its syntax and stay; the names are of codes and a theme</extracomment>
        <translation>Vertrauensaufbau AND (Standortbesuche OR theme:Nähe)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation>überlappend</translation>
    </message>
    <message>
        <source>in one sentence</source>
        <translation>im selben Satz</translation>
    </message>
    <message>
        <source>in one paragraph</source>
        <translation>im selben Absatz</translation>
    </message>
    <message>
        <source>What AND and NOT compare</source>
        <extracomment>AND and NOT are operators of the query syntax and stay</extracomment>
        <translation>Was AND und NOT vergleichen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the saved query chosen (Undo brings it back)</source>
        <translation>Die ausgewählte gespeicherte Abfrage entfernen („Rückgängig“ stellt sie wieder her)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>AND/NOT:</source>
        <translation>AND/NOT:</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>Save the Query</source>
        <translation>Abfrage speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Remove the Saved Query</source>
        <translation>Gespeicherte Abfrage entfernen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>the saved query “%1”</source>
        <extracomment>Words of [the saved query “…”]</extracomment>
        <translation>der gespeicherten Abfrage „%1“</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>Merkmal: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source kinds</source>
        <translation>Quellenarten</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codierende</translation>
    </message>
    <message>
        <source>import order</source>
        <translation>Importreihenfolge</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>Sources in order by the case attribute %1</extracomment>
        <translation>Reihenfolge nach %1</translation>
    </message>
    <message>
        <source>Running the query…</source>
        <translation>Abfrage wird ausgeführt…</translation>
    </message>
    <message>
        <source>%1 passages in %2 sources for %3%4 (%5 ms).</source>
        <extracomment>%3 is the query, %4 the filters (&quot; within …&quot;) or nothing, %5 the milliseconds it took</extracomment>
        <translation>%1 Textstellen in %2 Quellen für %3%4 (%5 ms).</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>The project&apos;s coding could not be read.</source>
        <translation>Die Codierung des Projekts konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Export the Passages</source>
        <translation>Textstellen exportieren</translation>
    </message>
    <message>
        <source>Passages of %1 (%2)</source>
        <translation>Textstellen zu %1 (%2)</translation>
    </message>
    <message>
        <source>%1: name the file .md, .tex, .csv, .xlsx, .html or .odt.</source>
        <translation>%1: Geben Sie der Datei die Endung .md, .tex, .csv, .xlsx, .html oder .odt.</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Gespeicherte Abfragen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Coded words</source>
        <translation>Codierte Wörter</translation>
    </message>
    <message>
        <source>% of row</source>
        <translation>% der Zeile</translation>
    </message>
    <message>
        <source>% of column</source>
        <translation>% der Spalte</translation>
    </message>
    <message>
        <source>bins: 2010, 2015</source>
        <extracomment>&quot;bins&quot; is a word of the hint; 2010 and 2015 are example edges</extracomment>
        <translation>Klassen: 2010, 2015</translation>
    </message>
    <message>
        <source>For a number or date attribute: the edges of the bins, comma-separated</source>
        <translation>Bei einem Zahlen- oder Datumsmerkmal: die Klassengrenzen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Cells:</source>
        <translation>Zellen:</translation>
    </message>
    <message>
        <source>Building the matrix…</source>
        <translation>Matrix wird berechnet…</translation>
    </message>
    <message>
        <source>%1 by %2%3: %4 rows, %5 columns (%6 ms). Select a cell to see its passages.</source>
        <extracomment>%1 and %2 name the rows and columns (&quot;Codes by cases&quot;), %3 is the filters (&quot; within …&quot;) or nothing, %6 the milliseconds it took</extracomment>
        <translation>%1 nach %2%3: %4 Zeilen, %5 Spalten (%6 ms). Wählen Sie eine Zelle aus, um ihre Textstellen zu sehen.</translation>
    </message>
    <message>
        <source>%1 × %2: %3 passages</source>
        <translation>%1 × %2: %3 Textstellen</translation>
    </message>
    <message>
        <source>Export the Matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>%1 as %2 (*.%3)</source>
        <extracomment>A file dialog filter: &quot;Heat map as PDF (*.pdf)&quot;</extracomment>
        <translation>%1 als %2 (*.%3)</translation>
    </message>
    <message>
        <source>%1: name the file .xlsx, .csv, .md, .tex, .html, .odt, .svg, .pdf or .png.</source>
        <translation>%1: Geben Sie der Datei die Endung .xlsx, .csv, .md, .tex, .html, .odt, .svg, .pdf oder .png.</translation>
    </message>
    <message>
        <source>within n sentences</source>
        <translation>innerhalb von n Sätzen</translation>
    </message>
    <message>
        <source>in one source</source>
        <translation>in derselben Quelle</translation>
    </message>
    <message>
        <source>in one case</source>
        <translation>im selben Fall</translation>
    </message>
    <message>
        <source>For &quot;within n sentences&quot;: at most n sentences apart</source>
        <translation>Für „innerhalb von n Sätzen“: höchstens n Sätze voneinander entfernt</translation>
    </message>
    <message>
        <source>that occur</source>
        <extracomment>[Codes] that occur [in one sentence]</extracomment>
        <translation>die gemeinsam auftreten:</translation>
    </message>
    <message>
        <source>Counting co-occurrences…</source>
        <translation>Kookkurrenzen werden gezählt…</translation>
    </message>
    <message>
        <source>%1 pairs occur together%2 (%3 ms). Click a column to sort; select a pair to see its passages.</source>
        <extracomment>%2 is the filters (&quot; within …&quot;) or nothing, %3 the milliseconds it took</extracomment>
        <translation>%1 Paare treten gemeinsam auf%2 (%3 ms). Klicken Sie auf eine Spalte, um zu sortieren; wählen Sie ein Paar aus, um seine Textstellen zu sehen.</translation>
    </message>
    <message>
        <source>Export the Co-occurrence Table</source>
        <translation>Kookkurrenztabelle exportieren</translation>
    </message>
    <message>
        <source>of every stage</source>
        <extracomment>New [codes] of every stage per source</extracomment>
        <translation>aller Stufen</translation>
    </message>
    <message>
        <source>%1 only</source>
        <extracomment>%1 is a coding stage (&quot;open&quot;, &quot;focused&quot;, &quot;first-order&quot;)</extracomment>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>New</source>
        <comment>New [codes] per source</comment>
        <extracomment>New [codes] [of every stage] per source, in [import order]</extracomment>
        <translation>Neue</translation>
    </message>
    <message>
        <source>per source, in</source>
        <extracomment>New [codes] [of every stage] per source, in [import order]</extracomment>
        <translation>pro Quelle, in</translation>
    </message>
    <message>
        <source>Counting first appearances…</source>
        <translation>Erstes Auftreten wird gezählt…</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <extracomment>%1 is the saturation readout, %2 the milliseconds it took</extracomment>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>The last header: %1 is the item word (&quot;code&quot;, &quot;first-order code&quot;, &quot;theme&quot;), &quot;New codes&quot;</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>All so far</source>
        <translation>Bisher gesamt</translation>
    </message>
    <message>
        <source>New %1s</source>
        <translation>Neue Elemente (%1)</translation>
    </message>
    <message>
        <source>Export Saturation</source>
        <translation>Sättigung exportieren</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>%1: name the file .xlsx, .csv, .md, .tex, .html or .odt.</source>
        <translation>%1: Geben Sie der Datei die Endung .xlsx, .csv, .md, .tex, .html oder .odt.</translation>
    </message>
    <message>
        <source>the sources chosen above</source>
        <extracomment>Words of [the sources chosen above]</extracomment>
        <translation>den oben gewählten Quellen</translation>
    </message>
    <message>
        <source>the segments of</source>
        <extracomment>Words of [the segments of] [a code]</extracomment>
        <translation>den Segmenten von</translation>
    </message>
    <message>
        <source>a code, theme or dimension (or a query)</source>
        <translation>einem Code, Thema oder einer Dimension (oder einer Abfrage)</translation>
    </message>
    <message>
        <source>Words of</source>
        <translation>Wörter aus</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Zählen</translation>
    </message>
    <message>
        <source>Leave out English and German stop words,</source>
        <extracomment>Leave out English and German stop words, [x] speaker labels [and these words]</extracomment>
        <translation>Weglassen: englische und deutsche Stoppwörter,</translation>
    </message>
    <message>
        <source>Stem (English)</source>
        <translation>Wortstämme (Englisch)</translation>
    </message>
    <message>
        <source>Count words with the same English stem together (supplier, suppliers)</source>
        <translation>Wörter mit demselben englischen Wortstamm zusammen zählen (supplier, suppliers)</translation>
    </message>
    <message>
        <source>speaker labels</source>
        <translation>Sprecherbezeichnungen</translation>
    </message>
    <message>
        <source>Leave out the words of the transcripts&apos; speaker labels (Interviewer, P02)</source>
        <translation>Die Wörter der Sprecherbezeichnungen in den Transkripten weglassen (Interviewer, P02)</translation>
    </message>
    <message>
        <source>and these words (comma-separated)</source>
        <translation>und diese Wörter (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Top</source>
        <extracomment>Top [100], at least [3] letters</extracomment>
        <translation>Top</translation>
    </message>
    <message>
        <source>at least</source>
        <extracomment>Top [100], at least [3] letters</extracomment>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>letters</source>
        <extracomment>Top [100], at least [3] letters</extracomment>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>by source</source>
        <translation>nach Quelle</translation>
    </message>
    <message>
        <source>by the words before</source>
        <translation>nach den Wörtern davor</translation>
    </message>
    <message>
        <source>by the words after</source>
        <translation>nach den Wörtern danach</translation>
    </message>
    <message>
        <source>Code All These &amp;Hits…</source>
        <translation>Alle diese &amp;Treffer codieren…</translation>
    </message>
    <message>
        <source>Export &amp;Lines…</source>
        <translation>Zei&amp;len exportieren…</translation>
    </message>
    <message>
        <source>In context, sorted</source>
        <extracomment>In context, sorted [by source]</extracomment>
        <translation>Im Kontext, sortiert</translation>
    </message>
    <message>
        <source>Export Lines</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message>
        <source>Name the code, theme or dimension whose segments to count.</source>
        <translation>Geben Sie den Code, das Thema oder die Dimension an, deren Segmente gezählt werden sollen.</translation>
    </message>
    <message>
        <source>Counting words…</source>
        <translation>Wörter werden gezählt…</translation>
    </message>
    <message>
        <source>the %1 passages of %2</source>
        <extracomment>Words in [the 12 passages of Trust building]: %1 the number, %2 the query</extracomment>
        <translation>den %1 Textstellen von %2</translation>
    </message>
    <message>
        <source>the project%1</source>
        <extracomment>Words in [the project within …]: %1 the filters (&quot; within …&quot;) or nothing</extracomment>
        <translation>dem Projekt%1</translation>
    </message>
    <message>
        <source>%1 most frequent of %2 words in %3 (%4 ms). Choose a word to read it in context.</source>
        <extracomment>%3 is &quot;the project …&quot; or &quot;the N passages of …&quot;, %4 the milliseconds it took</extracomment>
        <translation>Die %1 häufigsten von %2 Wörtern in %3 (%4 ms). Wählen Sie ein Wort, um es im Kontext zu lesen.</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>% of words</source>
        <translation>% der Wörter</translation>
    </message>
    <message>
        <source>Finding “%1” in context…</source>
        <translation>„%1“ wird im Kontext gesucht…</translation>
    </message>
    <message>
        <source>“%1”: %2 lines%3 (%4 ms). Double-click a line to open it.</source>
        <extracomment>%1 is the word, %3 &quot; (the first 5,000)&quot; or nothing, %4 the milliseconds it took</extracomment>
        <translation>„%1“: %2 Zeilen%3 (%4 ms). Doppelklicken Sie auf eine Zeile, um sie zu öffnen.</translation>
    </message>
    <message>
        <source> (the first 5,000)</source>
        <translation> (die ersten 5.000)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>No project is open for coding.</source>
        <translation>Es ist kein Projekt zum Codieren geöffnet.</translation>
    </message>
    <message>
        <source>Code All These Hits</source>
        <translation>Alle diese Treffer codieren</translation>
    </message>
    <message>
        <source>Code all %1 hits of “%2” with:</source>
        <translation>Alle %1 Treffer für „%2“ codieren mit:</translation>
    </message>
    <message>
        <source>Cannot code the hits</source>
        <translation>Die Treffer können nicht codiert werden</translation>
    </message>
    <message>
        <source>Coded %1 hits of “%2” with “%3”%4. Undo takes them all back.</source>
        <extracomment>%4 is &quot; (N already were)&quot; or nothing</extracomment>
        <translation>%1 Treffer für „%2“ mit „%3“ codiert%4. „Rückgängig“ nimmt alle wieder zurück.</translation>
    </message>
    <message>
        <source> (%1 already were)</source>
        <translation> (%1 waren es bereits)</translation>
    </message>
    <message>
        <source>Export Words</source>
        <translation>Wörter exportieren</translation>
    </message>
</context>
<context>
    <name>gw::AnonymiseDialog</name>
    <message>
        <source>Anonymise Sources</source>
        <translation>Quellen anonymisieren</translation>
    </message>
    <message>
        <source>Each name is replaced by its placeholder in every source&apos;s text, speaker labels and name, and in the project&apos;s memos, cases, codes, themes and comments, whole words only, longest name first. Coded segments follow their words. Leave a placeholder empty to have one made up ([name_1], [name_2], …). The mapping from names to placeholders is written to its own file: keep it apart from the project.</source>
        <translation>Jeder Name wird durch seinen Platzhalter ersetzt: in Text, Sprecherbezeichnungen und Namen jeder Quelle sowie in den Memos, Fällen, Codes, Themen und Kommentaren des Projekts, nur als ganzes Wort und längere Namen zuerst. Codierte Segmente passen sich dem geänderten Text an. Lassen Sie einen Platzhalter leer, um automatisch einen erzeugen zu lassen ([name_1], [name_2], …). Die Zuordnung der Namen zu den Platzhaltern wird in eine eigene Datei geschrieben: Bewahren Sie sie getrennt vom Projekt auf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>&amp;Load List…</source>
        <translation>Liste &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Save List…</source>
        <translation>Liste &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Remove Name</source>
        <translation>Name &amp;entfernen</translation>
    </message>
    <message>
        <source>Ignore &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Finden</translation>
    </message>
    <message>
        <source>Load Names</source>
        <translation>Namen laden</translation>
    </message>
    <message>
        <source>Name lists (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Namenslisten (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Cannot load the names</source>
        <translation>Die Namen können nicht geladen werden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>A file outside the project, e.g. a folder only you can read</source>
        <translation>Eine Datei außerhalb des Projekts, z. B. in einem Ordner, den nur Sie lesen können</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Write the Mapping To</source>
        <translation>Zuordnungsliste speichern unter</translation>
    </message>
    <message>
        <source>&amp;Mapping file:</source>
        <translation>&amp;Zuordnungsliste:</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot anonymise</source>
        <translation>Anonymisierung nicht möglich</translation>
    </message>
    <message>
        <source>Save Names</source>
        <translation>Namen speichern</translation>
    </message>
    <message>
        <source>Cannot save the names</source>
        <translation>Die Namen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Type the names to replace, or load a list.</source>
        <translation>Geben Sie die zu ersetzenden Namen ein oder laden Sie eine Liste.</translation>
    </message>
    <message>
        <source>Finding names in %v of %m sources</source>
        <translation>Namen werden gesucht: %v von %m Quellen</translation>
    </message>
    <message>
        <source>Press Find to see every replacement before it is made.</source>
        <translation>Klicken Sie auf „Finden“, um jede Ersetzung zu sehen, bevor sie vorgenommen wird.</translation>
    </message>
    <message>
        <source>%1 in %2: %3.</source>
        <translation>%1 in %2: %3.</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <source>replacements</source>
        <translation>Ersetzungen</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source> Speaker labels renamed: %1.</source>
        <translation> Umbenannte Sprecherbezeichnungen: %1.</translation>
    </message>
    <message>
        <source> Sources renamed: %1.</source>
        <translation> Umbenannte Quellen: %1.</translation>
    </message>
    <message>
        <source> Also in the project&apos;s other texts: %1.</source>
        <translation> Auch in weiteren Texten des Projekts: %1.</translation>
    </message>
    <message>
        <source> Placeholders already in the texts: %1.</source>
        <translation> Bereits in den Texten vorhandene Platzhalter: %1.</translation>
    </message>
    <message>
        <source>Find the names first, to see what will be replaced.</source>
        <translation>Suchen Sie zuerst mit „Finden“ nach den Namen, um zu sehen, was ersetzt wird.</translation>
    </message>
    <message>
        <source>Choose where to write the mapping, apart from the project.</source>
        <translation>Wählen Sie einen Speicherort für die Zuordnungsliste, getrennt vom Projekt.</translation>
    </message>
    <message>
        <source>Replacing names in %v of %m sources</source>
        <translation>Namen werden ersetzt: %v von %m Quellen</translation>
    </message>
    <message>
        <source>Anonymise %1</source>
        <translation>%1 anonymisieren</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Names left in other fields</source>
        <translation>Namen in anderen Feldern verblieben</translation>
    </message>
    <message>
        <source>The sources&apos; texts were anonymised, but the names in memos, cases and codes could not be replaced: %1</source>
        <translation>Die Texte der Quellen wurden anonymisiert, aber die Namen in Memos, Fällen und Codes konnten nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>Replaced %1. The mapping is in %2; keep it apart from the project. Edit &gt; Undo puts the names back.</source>
        <translation>%1 ersetzt. Die Zuordnungsliste liegt in %2; bewahren Sie sie getrennt vom Projekt auf. Bearbeiten &gt; Rückgängig stellt die Namen wieder her.</translation>
    </message>
</context>
<context>
    <name>gw::AttributeImportDialog</name>
    <message>
        <source>Import Case Attributes</source>
        <translation>Fallmerkmale importieren</translation>
    </message>
    <message>
        <source>No sheet chosen</source>
        <translation>Keine Tabelle ausgewählt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Each case is named by:</source>
        <translation>Fallname aus Spalte:</translation>
    </message>
    <message>
        <source>Its source is named by:</source>
        <translation>Quellenname aus Spalte:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot import the sheet</source>
        <translation>Die Tabelle kann nicht importiert werden</translation>
    </message>
    <message>
        <source>None: sources named like the case</source>
        <translation>Keine: Quellen heißen wie der Fall</translation>
    </message>
    <message>
        <source>Choose a sheet to import first.</source>
        <translation>Wählen Sie zuerst eine Tabelle zum Importieren aus.</translation>
    </message>
    <message>
        <source>Import case attributes from %1</source>
        <translation>Fallmerkmale aus %1 importieren</translation>
    </message>
    <message>
        <source>Choose a Sheet of Cases</source>
        <translation>Falltabelle auswählen</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>gw::AttributePlanView</name>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Nothing can be imported · %1 to fix in the sheet</source>
        <translation>Es kann nichts importiert werden · %1 in der Tabelle zu beheben</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>%1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>%1 case</source>
        <translation>%1 Fall</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 Fälle</translation>
    </message>
    <message>
        <source>%1 attribute</source>
        <translation>%1 Merkmal</translation>
    </message>
    <message>
        <source>%1 attributes</source>
        <translation>%1 Merkmale</translation>
    </message>
    <message>
        <source>%1 linked to sources</source>
        <translation>%1 mit Quellen verknüpft</translation>
    </message>
    <message>
        <source>%1 already in the project</source>
        <translation>%1 bereits im Projekt</translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>keine Warnungen</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Already in the project; keeps its type.</source>
        <translation>Bereits im Projekt; behält seinen Typ.</translation>
    </message>
    <message>
        <source>Created by this import.</source>
        <translation>Wird durch diesen Import angelegt.</translation>
    </message>
    <message>
        <source>Row %1 · %2</source>
        <translation>Zeile %1 · %2</translation>
    </message>
    <message>
        <source>already in the project: its values are updated</source>
        <translation>bereits im Projekt: seine Werte werden aktualisiert</translation>
    </message>
    <message>
        <source>a new case</source>
        <translation>ein neuer Fall</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <source>This sheet cannot be imported, and nothing will be written:
• %1</source>
        <translation>Diese Tabelle kann nicht importiert werden; es wird nichts gespeichert:
• %1</translation>
    </message>
    <message>
        <source>Warnings (%1) — the rest of each row is imported</source>
        <translation>Warnungen (%1) — der Rest jeder Zeile wird importiert</translation>
    </message>
</context>
<context>
    <name>gw::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codierer:in</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>gw::AuditView</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segments</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>Took code %1 out of theme %2</source>
        <translation>Code %1 aus Thema %2 herausgenommen</translation>
    </message>
    <message>
        <source>Took theme %1 out of dimension %2</source>
        <translation>Thema %1 aus Dimension %2 herausgenommen</translation>
    </message>
    <message>
        <source>Placed code %1 under theme %2</source>
        <translation>Code %1 dem Thema %2 zugeordnet</translation>
    </message>
    <message>
        <source>Placed theme %1 under dimension %2</source>
        <translation>Thema %1 der Dimension %2 zugeordnet</translation>
    </message>
    <message>
        <source>Moved code %1 to place %2 in theme %3</source>
        <translation>Code %1 in Thema %3 an Position %2 verschoben</translation>
    </message>
    <message>
        <source>Moved theme %1 to place %2 in dimension %3</source>
        <translation>Thema %1 in Dimension %3 an Position %2 verschoben</translation>
    </message>
    <message>
        <source>Moved code %1 from theme %2 to %3</source>
        <translation>Code %1 von Thema %2 nach %3 verschoben</translation>
    </message>
    <message>
        <source>Moved theme %1 from dimension %2 to %3</source>
        <translation>Thema %1 von Dimension %2 nach %3 verschoben</translation>
    </message>
    <message>
        <source>creating a theme</source>
        <translation>Anlegen eines Themas</translation>
    </message>
    <message>
        <source>creating a dimension</source>
        <translation>Anlegen einer Dimension</translation>
    </message>
    <message>
        <source>placing a code</source>
        <translation>Zuordnen eines Codes</translation>
    </message>
    <message>
        <source>placing a theme</source>
        <translation>Zuordnen eines Themas</translation>
    </message>
    <message>
        <source>moving a dimension</source>
        <translation>Verschieben einer Dimension</translation>
    </message>
    <message>
        <source>removing a theme</source>
        <translation>Entfernen eines Themas</translation>
    </message>
    <message>
        <source>removing a dimension</source>
        <translation>Entfernen einer Dimension</translation>
    </message>
    <message>
        <source>choosing an exemplar quote</source>
        <translation>Auswählen eines Beispielzitats</translation>
    </message>
    <message>
        <source>dropping an exemplar quote</source>
        <translation>Entfernen eines Beispielzitats</translation>
    </message>
    <message>
        <source>Wrote the definition of code %1</source>
        <translation>Definition von Code %1 verfasst</translation>
    </message>
    <message>
        <source>Cleared the definition of code %1</source>
        <translation>Definition von Code %1 gelöscht</translation>
    </message>
    <message>
        <source>Changed the definition of code %1</source>
        <translation>Definition von Code %1 geändert</translation>
    </message>
    <message>
        <source>Wrote the definition of theme %1</source>
        <translation>Definition von Thema %1 verfasst</translation>
    </message>
    <message>
        <source>Cleared the definition of theme %1</source>
        <translation>Definition von Thema %1 gelöscht</translation>
    </message>
    <message>
        <source>Changed the definition of theme %1</source>
        <translation>Definition von Thema %1 geändert</translation>
    </message>
    <message>
        <source>Wrote the definition of dimension %1</source>
        <translation>Definition von Dimension %1 verfasst</translation>
    </message>
    <message>
        <source>Cleared the definition of dimension %1</source>
        <translation>Definition von Dimension %1 gelöscht</translation>
    </message>
    <message>
        <source>Changed the definition of dimension %1</source>
        <translation>Definition von Dimension %1 geändert</translation>
    </message>
    <message>
        <source>Wrote the definition of %1 %2</source>
        <translation>Definition von %1 %2 verfasst</translation>
    </message>
    <message>
        <source>Cleared the definition of %1 %2</source>
        <translation>Definition von %1 %2 gelöscht</translation>
    </message>
    <message>
        <source>Changed the definition of %1 %2</source>
        <translation>Definition von %1 %2 geändert</translation>
    </message>
    <message>
        <source>Undid %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redid %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Created theme %1</source>
        <translation>Thema %1 angelegt</translation>
    </message>
    <message>
        <source>Brought back theme %1</source>
        <translation>Thema %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Created dimension %1</source>
        <translation>Dimension %1 angelegt</translation>
    </message>
    <message>
        <source>Brought back dimension %1</source>
        <translation>Dimension %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Renamed theme %1 to %2</source>
        <translation>Thema %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Renamed dimension %1 to %2</source>
        <translation>Dimension %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Renamed code %1 to %2</source>
        <translation>Code %1 in %2 umbenannt</translation>
    </message>
    <message numerus="yes">
        <source>Removed theme %1 (its %n codes are no longer placed)</source>
        <translation>
            <numerusform>Thema %1 entfernt (%n Code nicht mehr zugeordnet)</numerusform>
            <numerusform>Thema %1 entfernt (%n Codes nicht mehr zugeordnet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed theme %1</source>
        <translation>Thema %1 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Removed dimension %1 (its %n themes are no longer placed)</source>
        <translation>
            <numerusform>Dimension %1 entfernt (%n Thema nicht mehr zugeordnet)</numerusform>
            <numerusform>Dimension %1 entfernt (%n Themen nicht mehr zugeordnet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed dimension %1</source>
        <translation>Dimension %1 entfernt</translation>
    </message>
    <message>
        <source>Moved dimension %1 to place %2</source>
        <translation>Dimension %1 an Position %2 verschoben</translation>
    </message>
    <message numerus="yes">
        <source>%n codes</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 moved back, %Ln restored</source>
        <translation>
            <numerusform>%1 zurückverschoben, %Ln wiederhergestellt</numerusform>
            <numerusform>%1 zurückverschoben, %Ln wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 moved, %Ln collapsed</source>
        <translation>
            <numerusform>%1 verschoben, %Ln zusammengefasst</numerusform>
            <numerusform>%1 verschoben, %Ln zusammengefasst</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moved back</source>
        <translation>%1 zurückverschoben</translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 verschoben</translation>
    </message>
    <message>
        <source>Took %1 back out of %2 (%3)</source>
        <translation>%1 wieder aus %2 herausgelöst (%3)</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3)</source>
        <translation>%1 zu %2 zusammengeführt (%3)</translation>
    </message>
    <message>
        <source>accepted %1&apos;s coding</source>
        <translation>Codierung von %1 übernommen</translation>
    </message>
    <message>
        <source>kept both codings</source>
        <translation>beide Codierungen beibehalten</translation>
    </message>
    <message>
        <source>dropped both codings</source>
        <translation>beide Codierungen verworfen</translation>
    </message>
    <message>
        <source>Resolved the disagreement between %1 and %2 on %3 in %4 (%5)</source>
        <translation>Abweichung zwischen %1 und %2 bei %3 in %4 aufgelöst (%5)</translation>
    </message>
    <message>
        <source>Reopened the disagreement between %1 and %2 on %3 in %4 (%5)</source>
        <translation>Abweichung zwischen %1 und %2 bei %3 in %4 wieder geöffnet (%5)</translation>
    </message>
    <message>
        <source>Split %1 of %2 off into the new code %3</source>
        <translation>%1 von %2 in den neuen Code %3 ausgegliedert</translation>
    </message>
    <message>
        <source>Put %1 of %2 back into %3</source>
        <translation>%1 von %2 wieder in %3 eingegliedert</translation>
    </message>
    <message>
        <source>Changed the stage of a code from %1 to %2</source>
        <translation>Stufe eines Codes von %1 auf %2 geändert</translation>
    </message>
    <message>
        <source>Changed the stage of %1 from %2 to %3</source>
        <translation>Stufe von %1 von %2 auf %3 geändert</translation>
    </message>
    <message>
        <source>Archived code</source>
        <translation>Code archiviert</translation>
    </message>
    <message>
        <source>Archived code %1</source>
        <translation>Code %1 archiviert</translation>
    </message>
    <message>
        <source>Restored code</source>
        <translation>Code wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored code %1</source>
        <translation>Code %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Chose an exemplar quote from %1 for theme %2</source>
        <translation>Beispielzitat aus %1 für Thema %2 ausgewählt</translation>
    </message>
    <message>
        <source>Dropped an exemplar quote from %1 from theme %2</source>
        <translation>Beispielzitat aus %1 bei Thema %2 entfernt</translation>
    </message>
    <message>
        <source>Imported the data structure from %1</source>
        <translation>Datenstruktur aus %1 importiert</translation>
    </message>
    <message>
        <source>Changed the data structure from %1</source>
        <translation>Datenstruktur anhand von %1 geändert</translation>
    </message>
    <message>
        <source>Imported the data structure</source>
        <translation>Datenstruktur importiert</translation>
    </message>
    <message>
        <source>Changed the data structure</source>
        <translation>Datenstruktur geändert</translation>
    </message>
    <message>
        <source>Merges and splits</source>
        <translation>Zusammenführen und Aufteilen</translation>
    </message>
    <message>
        <source>Placing codes</source>
        <translation>Zuordnen von Codes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Renames</source>
        <translation>Umbenennungen</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Stages and archiving</source>
        <translation>Stufen und Archivierung</translation>
    </message>
    <message>
        <source>Structure imports</source>
        <translation>Strukturimporte</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Search names and reasons</source>
        <translation>Namen und Begründungen durchsuchen</translation>
    </message>
    <message>
        <source>Show the Hierarchy as It Was</source>
        <translation>Damaligen Stand der Hierarchie anzeigen</translation>
    </message>
    <message>
        <source>The data structure right after the selected change</source>
        <translation>Die Datenstruktur unmittelbar nach der ausgewählten Änderung</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Alle Codierenden</translation>
    </message>
    <message>
        <source>As it was after: %1 (%2, %3)</source>
        <translation>Stand nach: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Noch nicht zugeordnet</translation>
    </message>
    <message>
        <source>No themes or dimensions yet</source>
        <translation>Noch keine Themen oder Dimensionen</translation>
    </message>
</context>
<context>
    <name>gw::CaseSheetModel</name>
    <message>
        <source>%1 sources</source>
        <translation>%1 Quellen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: a %2 attribute</source>
        <translation>%1: Merkmal vom Typ %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Rename case “%1”</source>
        <translation>Fall „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Describe case “%1”</source>
        <translation>Fall „%1“ beschreiben</translation>
    </message>
    <message>
        <source>Set %1 of “%2”</source>
        <translation>%1 von „%2“ festlegen</translation>
    </message>
</context>
<context>
    <name>gw::CaseSheetView</name>
    <message>
        <source>Add Case…</source>
        <translation>Fall hinzufügen…</translation>
    </message>
    <message>
        <source>A new case (a participant, a site)</source>
        <translation>Ein neuer Fall (eine teilnehmende Person, ein Standort)</translation>
    </message>
    <message>
        <source>Remove Cases</source>
        <translation>Fälle entfernen</translation>
    </message>
    <message>
        <source>Remove the selected cases with their values, links and memos</source>
        <translation>Die ausgewählten Fälle samt Werten, Verknüpfungen und Memos entfernen</translation>
    </message>
    <message>
        <source>Add Attribute…</source>
        <translation>Merkmal hinzufügen…</translation>
    </message>
    <message>
        <source>A new column: text, number, date or yes/no</source>
        <translation>Eine neue Spalte: Text, Zahl, Datum oder Ja/Nein</translation>
    </message>
    <message>
        <source>Link Sources…</source>
        <translation>Quellen verknüpfen…</translation>
    </message>
    <message>
        <source>The sources that came from the current case</source>
        <translation>Die Quellen, die vom aktuellen Fall stammen</translation>
    </message>
    <message>
        <source>Cases from Speakers…</source>
        <translation>Fälle aus Sprecher:innen…</translation>
    </message>
    <message>
        <source>A case for each speaker of a focus group&apos;s transcript</source>
        <translation>Ein Fall je Sprecher:in im Transkript einer Fokusgruppe</translation>
    </message>
    <message>
        <source>Memo on Case…</source>
        <translation>Memo zum Fall…</translation>
    </message>
    <message>
        <source>Write a memo on the current case</source>
        <translation>Ein Memo zum aktuellen Fall schreiben</translation>
    </message>
    <message>
        <source>Filter cases by any cell</source>
        <translation>Fälle nach beliebiger Zelle filtern</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Add case “%1”</source>
        <translation>Fall „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Select the cases to remove.</source>
        <translation>Wählen Sie die zu entfernenden Fälle aus.</translation>
    </message>
    <message>
        <source>Remove case “%1”</source>
        <translation>Fall „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove %1 cases</source>
        <translation>%1 Fälle entfernen</translation>
    </message>
    <message>
        <source>An attribute is text, number, date or boolean.</source>
        <translation>Ein Merkmal ist Text, Zahl, Datum oder Ja/Nein.</translation>
    </message>
    <message>
        <source>Add attribute “%1”</source>
        <translation>Merkmal „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove an attribute</source>
        <translation>Merkmal entfernen</translation>
    </message>
    <message>
        <source>Rename attribute to “%1”</source>
        <translation>Merkmal in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Link sources to “%1”</source>
        <translation>Quellen mit „%1“ verknüpfen</translation>
    </message>
    <message>
        <source>A case for each of %1 speakers</source>
        <translation>Je ein Fall für %1 Sprecher:innen</translation>
    </message>
    <message>
        <source>Add Case</source>
        <translation>Fall hinzufügen</translation>
    </message>
    <message>
        <source>Name of the case:</source>
        <translation>Name des Falls:</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Merkmal hinzufügen</translation>
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
        <source>boolean</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Choose a case in the sheet first.</source>
        <translation>Wählen Sie zuerst einen Fall in der Tabelle aus.</translation>
    </message>
    <message>
        <source>Sources of %1</source>
        <translation>Quellen von %1</translation>
    </message>
    <message>
        <source>Tick the sources of a set…</source>
        <translation>Quellen einer Quellengruppe ankreuzen…</translation>
    </message>
    <message>
        <source>No source has speaker turns.</source>
        <translation>Keine Quelle enthält Redebeiträge.</translation>
    </message>
    <message>
        <source>Cases from Speakers</source>
        <translation>Fälle aus Sprecher:innen</translation>
    </message>
    <message>
        <source>A case for each speaker of:</source>
        <translation>Ein Fall je Sprecher:in in:</translation>
    </message>
    <message>
        <source>Leave out these speakers (comma between them):</source>
        <translation>Diese Sprecher:innen auslassen (durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Memo on %1</source>
        <translation>Memo zu %1</translation>
    </message>
    <message>
        <source>Memo (Markdown):</source>
        <translation>Memo (Markdown):</translation>
    </message>
    <message>
        <source>Memo on case “%1”</source>
        <translation>Memo zum Fall „%1“</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>„%1“ umbenennen…</translation>
    </message>
    <message>
        <source>Rename Attribute</source>
        <translation>Merkmal umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Remove “%1” and Its Values</source>
        <translation>„%1“ samt Werten entfernen</translation>
    </message>
</context>
<context>
    <name>gw::ChecklistDialog</name>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Tick every item shown</source>
        <translation>Alle angezeigten Einträge ankreuzen</translation>
    </message>
    <message>
        <source>Untick every item shown</source>
        <translation>Bei allen angezeigten Einträgen das Kreuz entfernen</translation>
    </message>
    <message>
        <source>Tick at least one</source>
        <translation>Kreuzen Sie mindestens einen Eintrag an</translation>
    </message>
</context>
<context>
    <name>gw::CodeChooser</name>
    <message>
        <source>Create a code first, then code the hits with it.</source>
        <translation>Legen Sie zuerst einen Code an und codieren Sie dann die Treffer damit.</translation>
    </message>
</context>
<context>
    <name>gw::CodePicker</name>
    <message>
        <source>Code with… (type to filter or to name a new code)</source>
        <translation>Codieren mit… (tippen zum Filtern oder um einen neuen Code zu benennen)</translation>
    </message>
    <message>
        <source>%1 code · %2 segments</source>
        <translation>Code (%1) · %2 Segmente</translation>
    </message>
    <message>
        <source>Create code “%1”</source>
        <translation>Code „%1“ anlegen</translation>
    </message>
</context>
<context>
    <name>gw::CodeTreeModel</name>
    <message>
        <source>First-order code</source>
        <translation>Code erster Ordnung</translation>
    </message>
    <message>
        <source>Focused code</source>
        <translation>Fokussierter Code</translation>
    </message>
    <message>
        <source>Open code</source>
        <translation>Offener Code</translation>
    </message>
    <message>
        <source>First-order codes (not yet placed)</source>
        <translation>Codes erster Ordnung (noch nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Focused codes</source>
        <translation>Fokussierte Codes</translation>
    </message>
    <message>
        <source>Open codes</source>
        <translation>Offene Codes</translation>
    </message>
    <message>
        <source>%1
%2 codes · %3 segments%4</source>
        <translation>%1
%2 Codes · %3 Segmente%4</translation>
    </message>
    <message>
        <source>%1
%2 · %3 segments in %4 sources%5</source>
        <translation>%1
%2 · %3 Segmente in %4 Quellen%5</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>gw::CodebookModel</name>
    <message>
        <source>No definition yet. Double-click to write one.</source>
        <translation>Noch keine Definition. Zum Verfassen doppelklicken.</translation>
    </message>
    <message>
        <source>
Chosen as an exemplar of “%1”.</source>
        <translation>
Als Beispielzitat für „%1“ ausgewählt.</translation>
    </message>
    <message>
        <source>
The code’s first segment (no exemplar chosen).</source>
        <translation>
Das erste Segment des Codes (kein Beispielzitat ausgewählt).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>First used</source>
        <translation>Zuerst verwendet</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation>Beispielzitat</translation>
    </message>
</context>
<context>
    <name>gw::CodebookView</name>
    <message>
        <source>Cannot write %1: a codebook is written as .csv or .md.</source>
        <translation>%1 kann nicht gespeichert werden: Ein Codebuch wird als .csv oder .md gespeichert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>Filter codes, definitions, themes…</source>
        <translation>Codes, Definitionen, Themen filtern…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the codes shown as CSV, Markdown, ODT, HTML or LaTeX</source>
        <translation>Die angezeigten Codes als CSV, Markdown, ODT, HTML oder LaTeX speichern</translation>
    </message>
    <message>
        <source>Cannot change the definition</source>
        <translation>Die Definition kann nicht geändert werden</translation>
    </message>
    <message>
        <source>%1 codes</source>
        <translation>%1 Codes</translation>
    </message>
    <message>
        <source>%1 of %2 codes</source>
        <translation>%1 von %2 Codes</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Codebuch exportieren</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;Markdown table (*.md);;Document: OpenDocument text (*.odt);;Document: HTML (*.html);;Document: LaTeX (*.tex)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv);;Markdown-Tabelle (*.md);;Dokument: OpenDocument-Text (*.odt);;Dokument: HTML (*.html);;Dokument: LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Cannot export the codebook</source>
        <translation>Das Codebuch kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote the codebook (%1 codes) to %2.</source>
        <translation>Codebuch (%1 Codes) in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>gw::CodingActions</name>
    <message>
        <source>&amp;Code Selection With…</source>
        <translation>Auswahl &amp;codieren mit…</translation>
    </message>
    <message>
        <source>Code &amp;In Vivo</source>
        <translation>&amp;In vivo codieren</translation>
    </message>
    <message>
        <source>&amp;Uncode</source>
        <translation>Codierung &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Recode…</source>
        <translation>&amp;Umcodieren…</translation>
    </message>
    <message>
        <source>&amp;Adjust Segment to Selection</source>
        <translation>Segment an Auswahl an&amp;passen</translation>
    </message>
    <message>
        <source>Autocode &amp;Speaker…</source>
        <translation>Sp&amp;recher:in automatisch codieren…</translation>
    </message>
    <message>
        <source>S&amp;witch Coder…</source>
        <translation>Codierer:in &amp;wechseln…</translation>
    </message>
    <message>
        <source>Segment in %1 (%2)</source>
        <translation>Segment in %1 (%2)</translation>
    </message>
    <message>
        <source>New &amp;Memo on Segment</source>
        <translation>Neues &amp;Memo zum Segment</translation>
    </message>
    <message>
        <source>New Memo on Segment “%1”</source>
        <translation>Neues Memo zum Segment „%1“</translation>
    </message>
    <message>
        <source>Recent &amp;Codes</source>
        <translation>&amp;Kürzlich verwendete Codes</translation>
    </message>
    <message>
        <source>S&amp;witch Coder… (now %1)</source>
        <translation>Codierer:in &amp;wechseln… (aktuell %1)</translation>
    </message>
    <message>
        <source>Who is coding?</source>
        <translation>Wer codiert?</translation>
    </message>
    <message>
        <source>Your name, recorded on every segment you code:</source>
        <translation>Ihr Name, der bei jedem von Ihnen codierten Segment vermerkt wird:</translation>
    </message>
    <message>
        <source>Select some text to code first.</source>
        <translation>Markieren Sie zuerst den zu codierenden Text.</translation>
    </message>
    <message>
        <source>Code with new code “%1”</source>
        <translation>Mit neuem Code „%1“ codieren</translation>
    </message>
    <message>
        <source>Select the words to code in vivo first.</source>
        <translation>Markieren Sie zuerst die Wörter, die in vivo codiert werden sollen.</translation>
    </message>
    <message>
        <source>No coded segment here to uncode.</source>
        <translation>Hier ist kein codiertes Segment, dessen Codierung aufgehoben werden kann.</translation>
    </message>
    <message>
        <source>No coded segment here to recode.</source>
        <translation>Hier ist kein codiertes Segment, das umcodiert werden kann.</translation>
    </message>
    <message>
        <source>Select the text the segment should cover first.</source>
        <translation>Markieren Sie zuerst den Text, den das Segment umfassen soll.</translation>
    </message>
    <message>
        <source>No coded segment overlaps the selection.</source>
        <translation>Kein codiertes Segment überschneidet sich mit der Auswahl.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Code %1 turns of %2 with “%3”</source>
        <translation>%1 Redebeiträge von %2 mit „%3“ codieren</translation>
    </message>
    <message>
        <source>Autocode Speaker</source>
        <translation>Sprecher:in automatisch codieren</translation>
    </message>
    <message>
        <source>No source has speaker turns; import a transcript first.</source>
        <translation>Keine Quelle enthält Redebeiträge; importieren Sie zuerst ein Transkript.</translation>
    </message>
    <message>
        <source>Code every turn of a speaker, in every source, as one undo step.</source>
        <translation>Alle Redebeiträge einer sprechenden Person in allen Quellen codieren, in einem einzigen Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>%1 — %2 turns in %3 sources</source>
        <translation>%1 — %2 Redebeiträge in %3 Quellen</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Sprecher:in:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Code All Turns</source>
        <translation>Alle Redebeiträge codieren</translation>
    </message>
    <message>
        <source>Coded %1 turns of %2 with “%3”%4. Undo takes them all back.</source>
        <translation>%1 Redebeiträge von %2 mit „%3“ codiert%4. „Rückgängig“ nimmt alle wieder zurück.</translation>
    </message>
    <message>
        <source> (%1 already were)</source>
        <translation> (%1 waren es bereits)</translation>
    </message>
</context>
<context>
    <name>gw::CommandPalette</name>
    <message>
        <source>Type a command, a code or a source…</source>
        <translation>Befehl, Code oder Quelle eingeben…</translation>
    </message>
</context>
<context>
    <name>gw::CompareCodesView</name>
    <message>
        <source>Compare Codes</source>
        <translation>Codes vergleichen</translation>
    </message>
    <message>
        <source>Each column is every segment of one code. Read them side by side to decide whether they are one idea or several.</source>
        <translation>Jede Spalte enthält alle Segmente eines Codes. Lesen Sie sie nebeneinander, um zu entscheiden, ob sie einen Gedanken ausdrücken oder mehrere.</translation>
    </message>
    <message>
        <source>&amp;Add Code</source>
        <translation>Code &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the codes shown into one</source>
        <translation>Die angezeigten Codes zu einem zusammenführen</translation>
    </message>
    <message>
        <source>Stop comparing this code</source>
        <translation>Diesen Code nicht mehr vergleichen</translation>
    </message>
    <message>
        <source>%1 segments in %2 sources</source>
        <translation>%1 Segmente in %2 Quellen</translation>
    </message>
    <message>
        <source> · archived</source>
        <translation> · archiviert</translation>
    </message>
</context>
<context>
    <name>gw::DataStructureView</name>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole figure (Ctrl+0)</source>
        <translation>Die ganze Abbildung anzeigen (Strg+0)</translation>
    </message>
    <message>
        <source>The figure at its printed size</source>
        <translation>Die Abbildung in Druckgröße</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Häufigkeiten</translation>
    </message>
    <message>
        <source>Segments and sources on each box</source>
        <translation>Anzahl der Segmente und Quellen in jedem Kasten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the figure (SVG, PDF, PNG) or Table 1</source>
        <translation>Die Abbildung (SVG, PDF, PNG) oder Tabelle 1 exportieren</translation>
    </message>
    <message>
        <source>Nothing to draw yet. Place first-order codes under second-order themes, and themes under aggregate dimensions, and the figure appears here.</source>
        <translation>Noch nichts zu zeichnen. Ordnen Sie Codes erster Ordnung Themen zweiter Ordnung zu und Themen aggregierten Dimensionen; dann erscheint hier die Abbildung.</translation>
    </message>
    <message numerus="yes">
        <source>%n first-order code not under a theme</source>
        <translation>
            <numerusform>%n Code erster Ordnung ohne Thema</numerusform>
            <numerusform>%n Codes erster Ordnung ohne Thema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n first-order codes not under a theme</source>
        <translation>
            <numerusform>%n Code erster Ordnung ohne Thema</numerusform>
            <numerusform>%n Codes erster Ordnung ohne Thema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme not under a dimension</source>
        <translation>
            <numerusform>%n Thema ohne Dimension</numerusform>
            <numerusform>%n Themen ohne Dimension</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n themes not under a dimension</source>
        <translation>
            <numerusform>%n Thema ohne Dimension</numerusform>
            <numerusform>%n Themen ohne Dimension</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed yet, so not in the figure: %1 and %2.</source>
        <translation>Noch nicht zugeordnet und daher nicht in der Abbildung: %1 und %2.</translation>
    </message>
    <message>
        <source>Not placed yet, so not in the figure: %1.</source>
        <translation>Noch nicht zugeordnet und daher nicht in der Abbildung: %1.</translation>
    </message>
</context>
<context>
    <name>gw::DefinitionDialog</name>
    <message>
        <source>Definition of “%1”</source>
        <translation>Definition von „%1“</translation>
    </message>
    <message>
        <source>What the %1 “%2” means: what belongs under it, and what does not.</source>
        <extracomment>%1 is &quot;code&quot;, &quot;theme&quot; or &quot;dimension&quot;; %2 its name.</extracomment>
        <translation>Bedeutung von %1 „%2“: was darunter fällt und was nicht.</translation>
    </message>
</context>
<context>
    <name>gw::DisagreementBrowser</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Accept &amp;First</source>
        <translation>&amp;Erste übernehmen</translation>
    </message>
    <message>
        <source>Both coders get the first coder&apos;s segments of this passage</source>
        <translation>Beide Codierenden erhalten die Segmente der ersten Codierer:in in dieser Textstelle</translation>
    </message>
    <message>
        <source>Accept &amp;Second</source>
        <translation>&amp;Zweite übernehmen</translation>
    </message>
    <message>
        <source>Both coders get the second coder&apos;s segments of this passage</source>
        <translation>Beide Codierenden erhalten die Segmente der zweiten Codierer:in in dieser Textstelle</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Both coders get every character either of them coded</source>
        <translation>Beide Codierenden erhalten jedes Zeichen, das eine:r von ihnen codiert hat</translation>
    </message>
    <message>
        <source>&amp;Neither</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Remove both coders&apos; segments of this code in this passage</source>
        <translation>Die Segmente beider Codierenden mit diesem Code in dieser Textstelle entfernen</translation>
    </message>
    <message>
        <source>Show in &amp;Document</source>
        <translation>Im &amp;Dokument zeigen</translation>
    </message>
    <message>
        <source>Open the source at this passage (Enter on the list)</source>
        <translation>Die Quelle an dieser Textstelle öffnen (Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <source>Resolve:</source>
        <translation>Auflösen:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Accept %1’s</source>
        <translation>Fassung von %1 übernehmen</translation>
    </message>
    <message>
        <source>Passages side by side need two coders: choose one coder after “with”.</source>
        <translation>Für den Vergleich der Textstellen braucht es zwei Codierende: Wählen Sie nach „mit“ eine Codierer:in aus.</translation>
    </message>
    <message>
        <source>%1 and %2 coded every passage alike.</source>
        <translation>%1 und %2 haben jede Textstelle gleich codiert.</translation>
    </message>
    <message>
        <source>%1 passage where %2 and %3 coded differently.</source>
        <translation>%1 Textstelle, die %2 und %3 unterschiedlich codiert haben.</translation>
    </message>
    <message>
        <source>%1 passages where %2 and %3 coded differently.</source>
        <translation>%1 Textstellen, die %2 und %3 unterschiedlich codiert haben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; did not code this passage with “%2”.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat diese Textstelle nicht mit „%2“ codiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; coded “%2” at %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat „%2“ bei Zeichen %3 codiert.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Also coded here: %1.</source>
        <translation>&lt;br&gt;Hier außerdem codiert: %1.</translation>
    </message>
    <message>
        <source>Cannot resolve the disagreement</source>
        <translation>Die Abweichung kann nicht aufgelöst werden</translation>
    </message>
</context>
<context>
    <name>gw::DocumentPane</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Free selection</source>
        <translation>Freie Auswahl</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Selections grow to whole sentences or paragraphs (turns)</source>
        <translation>Markierungen werden auf ganze Sätze oder Absätze (Redebeiträge) erweitert</translation>
    </message>
    <message>
        <source>Coding unit:</source>
        <translation>Codiereinheit:</translation>
    </message>
    <message>
        <source>No source selected</source>
        <translation>Keine Quelle ausgewählt</translation>
    </message>
    <message>
        <source>Choose a source on the left to read it.</source>
        <translation>Wählen Sie links eine Quelle aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>%1 word</source>
        <translation>%1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>%1 coded segment</source>
        <translation>%1 codiertes Segment</translation>
    </message>
    <message>
        <source>%1 coded segments</source>
        <translation>%1 codierte Segmente</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
</context>
<context>
    <name>gw::DocumentView</name>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
</context>
<context>
    <name>gw::ExportStructureDialog</name>
    <message>
        <source>Figure: SVG (vector, for editing and the web)</source>
        <translation>Abbildung: SVG (Vektorgrafik, zum Bearbeiten und fürs Web)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Figure: PDF (vector, for print)</source>
        <translation>Abbildung: PDF (Vektorgrafik, für den Druck)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Figure: PNG (image)</source>
        <translation>Abbildung: PNG (Rastergrafik)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Table 1: Markdown</source>
        <translation>Tabelle 1: Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Table 1: LaTeX (booktabs)</source>
        <translation>Tabelle 1: LaTeX (booktabs)</translation>
    </message>
    <message>
        <source>LaTeX (*.tex)</source>
        <translation>LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Table 1: HTML</source>
        <translation>Tabelle 1: HTML</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Table 1: CSV</source>
        <translation>Tabelle 1: CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Table 1: ODT (LibreOffice, Word)</source>
        <translation>Tabelle 1: ODT (LibreOffice, Word)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <source>Table 1: XLSX (Excel)</source>
        <translation>Tabelle 1: XLSX (Excel)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 aggregate dimensions, %2 second-order themes, %3 first-order codes.</source>
        <translation>%1 aggregierte Dimensionen, %2 Themen zweiter Ordnung, %3 Codes erster Ordnung.</translation>
    </message>
    <message>
        <source>%1 aggregate dimensions, %2 second-order themes, %3 first-order codes. Not placed yet, so left out: %4 codes, %5 themes.</source>
        <translation>%1 aggregierte Dimensionen, %2 Themen zweiter Ordnung, %3 Codes erster Ordnung. Noch nicht zugeordnet und daher ausgelassen: %4 Codes, %5 Themen.</translation>
    </message>
    <message>
        <source>Export Data Structure</source>
        <translation>Datenstruktur exportieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Segments and sources on each box</source>
        <translation>Segmente und Quellen in jedem Kasten</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>As large as the figure</source>
        <translation>So groß wie die Abbildung</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Journal column (3.5 in)</source>
        <translation>Zeitschriftenspalte (3,5 Zoll)</translation>
    </message>
    <message>
        <source>Journal page (7 in)</source>
        <translation>Zeitschriftenseite (7 Zoll)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Compact (tighter spacing)</source>
        <translation>Kompakt (engere Abstände)</translation>
    </message>
    <message>
        <source>Split over pages (PDF)</source>
        <translation>Auf mehrere Seiten verteilen (PDF)</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Schrift:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>PNG resolution:</source>
        <translation>PNG-Auflösung:</translation>
    </message>
    <message>
        <source>Table 1</source>
        <translation>Tabelle 1</translation>
    </message>
    <message>
        <source>Exemplar quote column</source>
        <translation>Spalte mit Beispielzitaten</translation>
    </message>
    <message>
        <source>Abbreviations as footnotes</source>
        <translation>Abkürzungen als Fußnoten</translation>
    </message>
    <message>
        <source>Only first-order codes</source>
        <translation>Nur Codes erster Ordnung</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Tabellentitel:</translation>
    </message>
    <message>
        <source>Mark abbreviations in the cells (GDEᵃ)</source>
        <translation>Abkürzungen in den Zellen kennzeichnen (GDEᵃ)</translation>
    </message>
    <message>
        <source>One code under themes is not yet first-order: %1.</source>
        <translation>Ein Code unter einem Thema ist noch kein Code erster Ordnung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n codes under themes are not yet first-order: %1.</source>
        <translation>
            <numerusform>%n Code unter einem Thema ist noch kein Code erster Ordnung: %1.</numerusform>
            <numerusform>%n Codes unter Themen sind noch keine Codes erster Ordnung: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>Exportieren als:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>One page as large as the figure; a journal scales it to its column.</source>
        <translation>Eine Seite so groß wie die Abbildung; die Zeitschrift skaliert sie auf ihre Spaltenbreite.</translation>
    </message>
    <message>
        <source>%1 pages; </source>
        <translation>%1 Seiten; </translation>
    </message>
    <message>
        <source>labels print at %1 pt: the figure is too wide for this paper even with its narrowest columns (try Compact, Landscape or a smaller size).</source>
        <translation>Beschriftungen werden in %1 pt gedruckt: Die Abbildung ist selbst mit den schmalsten Spalten zu breit für dieses Papier (versuchen Sie „Kompakt“, „Querformat“ oder eine kleinere Schriftgröße).</translation>
    </message>
    <message>
        <source>labels print at %1 pt: the figure is taller than the page (Split over pages, as PDF, keeps the size).</source>
        <translation>Beschriftungen werden in %1 pt gedruckt: Die Abbildung ist höher als die Seite („Auf mehrere Seiten verteilen“ behält als PDF die Größe bei).</translation>
    </message>
    <message>
        <source>labels print at %1 pt, as chosen.</source>
        <translation>Beschriftungen werden wie gewählt in %1 pt gedruckt.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie die Datei, in die exportiert werden soll.</translation>
    </message>
    <message>
        <source>Choose a format to export.</source>
        <translation>Wählen Sie ein Exportformat.</translation>
    </message>
    <message>
        <source>Cannot export the data structure</source>
        <translation>Die Datenstruktur kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>gw::HierarchyEdits</name>
    <message>
        <source>Place %1 codes under %2</source>
        <translation>%1 Codes dem Thema %2 zuordnen</translation>
    </message>
    <message>
        <source>Move %1 codes to the %2 codes</source>
        <translation>%1 Codes in die Stufe %2 verschieben</translation>
    </message>
    <message>
        <source>Take %1 codes out of their themes</source>
        <translation>%1 Codes aus ihren Themen herausnehmen</translation>
    </message>
    <message>
        <source>Place %1 themes under %2</source>
        <translation>%1 Themen der Dimension %2 zuordnen</translation>
    </message>
    <message>
        <source>Take %1 themes out of their dimensions</source>
        <translation>%1 Themen aus ihren Dimensionen herausnehmen</translation>
    </message>
</context>
<context>
    <name>gw::ImportDialog</name>
    <message>
        <source>Import Sources</source>
        <translation>Quellen importieren</translation>
    </message>
    <message>
        <source>Add the files and folders to import. Folders are read with everything inside them.</source>
        <translation>Fügen Sie die zu importierenden Dateien und Ordner hinzu. Ordner werden mit ihrem gesamten Inhalt eingelesen.</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>From folder names (interviews/, observations/, documents/), else document</source>
        <translation>Nach Ordnernamen (interviews/, observations/, documents/), sonst Dokument</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importieren &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Sources (%1);;All files (*)</source>
        <translation>Quellen (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Files to Import</source>
        <translation>Dateien zum Importieren hinzufügen</translation>
    </message>
    <message>
        <source>Add a Folder to Import</source>
        <translation>Ordner zum Importieren hinzufügen</translation>
    </message>
    <message>
        <source>1 file to import</source>
        <translation>1 Datei zu importieren</translation>
    </message>
    <message>
        <source>%1 files to import</source>
        <translation>%1 Dateien zu importieren</translation>
    </message>
    <message>
        <source> (%1 in formats Groundwork cannot read will be skipped)</source>
        <translation> (übersprungen, da in Formaten, die Groundwork nicht lesen kann: %1)</translation>
    </message>
</context>
<context>
    <name>gw::ImportProgressDialog</name>
    <message>
        <source>Importing Sources</source>
        <translation>Quellen werden importiert</translation>
    </message>
    <message>
        <source>Finding files…</source>
        <translation>Dateien werden gesucht…</translation>
    </message>
    <message>
        <source>Stop after the current file. The sources already imported stay.</source>
        <translation>Nach der aktuellen Datei anhalten. Bereits importierte Quellen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>%1 von %2 wird importiert: %3</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>1 source saved in the project so far</source>
        <translation>Bisher 1 Quelle im Projekt gespeichert</translation>
    </message>
    <message>
        <source>%1 sources saved in the project so far</source>
        <translation>Bisher %1 Quellen im Projekt gespeichert</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Finishing the current file. The sources already imported stay in the project.</source>
        <translation>Die aktuelle Datei wird noch abgeschlossen. Bereits importierte Quellen bleiben im Projekt.</translation>
    </message>
</context>
<context>
    <name>gw::ImportReportDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2. The other files were not read; what was imported before stays in the project.</source>
        <translation>Abgebrochen nach %1 von %2. Die übrigen Dateien wurden nicht gelesen; was bis dahin importiert wurde, bleibt im Projekt.</translation>
    </message>
    <message>
        <source>%1 looked at; %2 now in the project as sources.</source>
        <translation>%1 geprüft; %2 jetzt als Quellen im Projekt.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source> Skipped and failed files were left out; the table says why.</source>
        <translation> Übersprungene und fehlgeschlagene Dateien wurden ausgelassen; die Gründe stehen in der Tabelle.</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Show only problems (%1)</source>
        <translation>Nur Probleme anzeigen (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>%1 %2 · skipped %3 · failed %4</source>
        <translation>%1 %2 · übersprungen %3 · fehlgeschlagen %4</translation>
    </message>
    <message>
        <source>Cancelled: imported</source>
        <translation>Abgebrochen: importiert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>Der Bericht kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>gw::ImportRunner</name>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
</context>
<context>
    <name>gw::InfluenceDialog</name>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Why this influence: the argument, and what would speak against it</source>
        <translation>Warum dieser Einfluss: die Argumentation und was dagegen sprechen würde</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add as &amp;Supporting</source>
        <translation>Als &amp;stützenden Beleg hinzufügen</translation>
    </message>
    <message>
        <source>Add as &amp;Counter-Evidence</source>
        <translation>Als &amp;Gegenbeleg hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;</source>
        <translation>&lt;b&gt;Belege&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where the two occur together&lt;/b&gt; (within a sentence of each other), to add as evidence</source>
        <translation>&lt;b&gt;Wo beide gemeinsam vorkommen&lt;/b&gt; (höchstens einen Satz voneinander entfernt), zum Hinzufügen als Beleg</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memo&lt;/b&gt;</source>
        <translation>&lt;b&gt;Memo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This influence is no longer in the model.</source>
        <translation>Dieser Einfluss ist nicht mehr im Modell enthalten.</translation>
    </message>
    <message>
        <source>“%1” &lt;b&gt;%2&lt;/b&gt; “%3”: %4 supporting, %5 against.</source>
        <translation>„%1“ &lt;b&gt;%2&lt;/b&gt; „%3“: %4 stützend, %5 dagegen.</translation>
    </message>
    <message>
        <source>against</source>
        <translation>dagegen</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
</context>
<context>
    <name>gw::Language</name>
    <message>
        <source>As the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
</context>
<context>
    <name>gw::MainWindow</name>
    <message>
        <source>Edit Source &amp;Text…</source>
        <translation>&amp;Text der Quelle bearbeiten…</translation>
    </message>
    <message>
        <source>Select the words to correct in the document first.</source>
        <translation>Markieren Sie zuerst die zu korrigierenden Wörter im Dokument.</translation>
    </message>
    <message>
        <source>Edit Source Text</source>
        <translation>Text der Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Correct the selected text. Segments elsewhere keep their words; segments this falls inside or across follow it. Edit &gt; Undo puts the text back.</source>
        <translation>Korrigieren Sie den markierten Text. Segmente an anderer Stelle behalten ihren Wortlaut; Segmente, in denen die Stelle liegt oder die sie überlappen, passen sich an. Bearbeiten &gt; Rückgängig stellt den Text wieder her.</translation>
    </message>
    <message>
        <source>In &lt;b&gt;%1&lt;/b&gt;, now: “%2”</source>
        <translation>In &lt;b&gt;%1&lt;/b&gt;, jetzt: „%2“</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Cannot edit the text</source>
        <translation>Der Text kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Correct the selected words of the source (a transcription error)</source>
        <translation>Die markierten Wörter der Quelle korrigieren (etwa einen Transkriptionsfehler)</translation>
    </message>
    <message>
        <source>&amp;Anonymise Sources…</source>
        <translation>Quellen &amp;anonymisieren…</translation>
    </message>
    <message>
        <source>Replace names of people, sites and organisations by placeholders in every source</source>
        <translation>Namen von Personen, Standorten und Organisationen in allen Quellen durch Platzhalter ersetzen</translation>
    </message>
    <message>
        <source>&amp;Mark for Anonymisation</source>
        <translation>Zur Anonymisierung &amp;markieren</translation>
    </message>
    <message>
        <source>Add the selected words to the names the anonymisation replaces</source>
        <translation>Die markierten Wörter zu den Namen hinzufügen, die die Anonymisierung ersetzt</translation>
    </message>
    <message>
        <source>Anonymised &amp;Copy…</source>
        <translation>&amp;Anonymisierte Kopie…</translation>
    </message>
    <message>
        <source>Groundwork project (*.groundwork);;REFI-QDA project (*.qdpx)</source>
        <translation>Groundwork-Projekt (*.groundwork);;REFI-QDA-Projekt (*.qdpx)</translation>
    </message>
    <message>
        <source>Export an Anonymised Copy</source>
        <translation>Anonymisierte Kopie exportieren</translation>
    </message>
    <message>
        <source>The Mapping to Check Against (Cancel: no check)</source>
        <translation>Zuordnungsliste zum Abgleich (Abbrechen: kein Abgleich)</translation>
    </message>
    <message>
        <source>Mapping (*.csv *.xlsx)</source>
        <translation>Zuordnungsliste (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export the anonymised copy</source>
        <translation>Die anonymisierte Kopie kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>A copy to share, without the history or the original file names</source>
        <translation>Eine Kopie zum Weitergeben, ohne Verlauf und ohne die ursprünglichen Dateinamen</translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation>Text von %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Text corrected; %n segment(s) follow the new words.</source>
        <translation>
            <numerusform>Text korrigiert; %n Segment folgt dem neuen Wortlaut.</numerusform>
            <numerusform>Text korrigiert; %n Segmente folgen dem neuen Wortlaut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymised: %1 replacements.</source>
        <translation>Anonymisiert: %1 Ersetzungen.</translation>
    </message>
    <message>
        <source>Select a name in the document first.</source>
        <translation>Markieren Sie zuerst einen Namen im Dokument.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be replaced (Edit &gt; Anonymise Sources…).</source>
        <translation>„%1“ wird ersetzt (Bearbeiten &gt; Quellen anonymisieren…).</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Wrote the anonymised copy %1 (%2 sources)%3.</source>
        <translation>Anonymisierte Kopie %1 gespeichert (%2 Quellen)%3.</translation>
    </message>
    <message>
        <source>; none of the names is in it</source>
        <translation>; keiner der Namen kommt darin vor</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Fä&amp;lle</translation>
    </message>
    <message>
        <source>The case sheet: cases, their attributes and sources, edited in place</source>
        <translation>Die Falltabelle: Fälle, ihre Merkmale und Quellen, direkt bearbeitbar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Import &amp;REFI-QDA…</source>
        <translation>&amp;REFI-QDA importieren…</translation>
    </message>
    <message>
        <source>Bring in a project or codebook from NVivo, ATLAS.ti, MAXQDA, QualCoder (.qdpx, .qdc)</source>
        <translation>Ein Projekt oder Codebuch aus NVivo, ATLAS.ti, MAXQDA, QualCoder übernehmen (.qdpx, .qdc)</translation>
    </message>
    <message>
        <source>&amp;Export REFI-QDA…</source>
        <translation>REFI-QDA e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write this project (.qdpx) or its codebook (.qdc) for other tools</source>
        <translation>Dieses Projekt (.qdpx) oder sein Codebuch (.qdc) für andere Programme speichern</translation>
    </message>
    <message>
        <source>Import REFI-QDA</source>
        <translation>REFI-QDA importieren</translation>
    </message>
    <message>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qde *.qdc);;All files (*)</source>
        <translation>REFI-QDA-Projekte und -Codebücher (*.qdpx *.qde *.qdc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Merged %1: %2 new sources, %3 new codes, %4 segments.</source>
        <translation>%1 zusammengeführt: %2 neue Quellen, %3 neue Codes, %4 Segmente.</translation>
    </message>
    <message>
        <source>New Project from %1</source>
        <translation>Neues Projekt aus %1</translation>
    </message>
    <message>
        <source>Groundwork projects (*.groundwork)</source>
        <translation>Groundwork-Projekte (*.groundwork)</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <source>Export REFI-QDA</source>
        <translation>REFI-QDA exportieren</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA-Projekt (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>REFI-QDA-Codebuch (*.qdc)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 codes%3).</source>
        <translation>%1 gespeichert (%2 Codes%3).</translation>
    </message>
    <message>
        <source>, %1 sources, %2 segments</source>
        <translation>, %1 Quellen, %2 Segmente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next Segment</source>
        <translation>&amp;Nächstes Segment</translation>
    </message>
    <message>
        <source>P&amp;revious Segment</source>
        <translation>&amp;Vorheriges Segment</translation>
    </message>
    <message>
        <source>Next &amp;Source</source>
        <translation>Nächste &amp;Quelle</translation>
    </message>
    <message>
        <source>Previous S&amp;ource</source>
        <translation>V&amp;orherige Quelle</translation>
    </message>
    <message>
        <source>Focus Sources</source>
        <translation>Fokus auf Quellen</translation>
    </message>
    <message>
        <source>Focus Document</source>
        <translation>Fokus auf Dokument</translation>
    </message>
    <message>
        <source>Focus Codes</source>
        <translation>Fokus auf Codes</translation>
    </message>
    <message>
        <source>Focus Segments</source>
        <translation>Fokus auf Segmente</translation>
    </message>
    <message>
        <source>Open the Demo Study</source>
        <translation>Demo-Studie öffnen</translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation>Quellen filtern</translation>
    </message>
    <message>
        <source>Group the sources by kind, set or a case attribute</source>
        <translation>Quellen nach Art, Quellengruppe oder Fallmerkmal gruppieren</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Sources are being imported into this project. Wait for the import to finish, or cancel it, before opening %1.</source>
        <translation>In dieses Projekt werden gerade Quellen importiert. Warten Sie, bis der Import abgeschlossen ist, oder brechen Sie ihn ab, bevor Sie %1 öffnen.</translation>
    </message>
    <message>
        <source>Groundwork</source>
        <translation>Groundwork</translation>
    </message>
    <message>
        <source>%1 — Groundwork</source>
        <translation>%1 — Groundwork</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code</source>
        <translation>
            <numerusform>%Ln Code</numerusform>
            <numerusform>%Ln Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codes</source>
        <translation>
            <numerusform>%Ln Code</numerusform>
            <numerusform>%Ln Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segments</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case</source>
        <translation>
            <numerusform>%Ln Fall</numerusform>
            <numerusform>%Ln Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln Fall</numerusform>
            <numerusform>%Ln Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Sources…</source>
        <translation>Quellen &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Case &amp;Attributes…</source>
        <translation>Fall&amp;merkmale importieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>The user guide, chapter by chapter through the method (offline)</source>
        <translation>Das Handbuch, Kapitel für Kapitel entlang der Methode (offline)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Study</source>
        <translation>&amp;Demo-Studie öffnen</translation>
    </message>
    <message>
        <source>&amp;About Groundwork</source>
        <translation>Ü&amp;ber Groundwork</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Import Case Attributes</source>
        <translation>Fallmerkmale importieren</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1 cases from %2.</source>
        <translation>%1 Fälle aus %2 importiert.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>About Groundwork</source>
        <translation>Über Groundwork</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Groundwork %1&lt;/h3&gt;&lt;p&gt;A workbench for qualitative research: read and code interviews, field notes and documents, and build your codes up into themes and dimensions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Groundwork %1&lt;/h3&gt;&lt;p&gt;Eine Arbeitsumgebung für qualitative Forschung: Interviews, Feldnotizen und Dokumente lesen und codieren und die Codes zu Themen und Dimensionen verdichten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Project as opened</source>
        <translation>Zustand beim Öffnen</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Bearbeitungs&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Codes</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Open or create a project to import sources into.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt, in das die Quellen importiert werden sollen.</translation>
    </message>
    <message>
        <source>There are no files to import.</source>
        <translation>Es gibt keine Dateien zum Importieren.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>&amp;Search Sources</source>
        <translation>Quellen d&amp;urchsuchen</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <source>hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Code all %1%2 %3 with:</source>
        <extracomment>%1 is a number, %2 &quot; or more&quot; or nothing, %3 &quot;sentences&quot;, &quot;paragraphs&quot; or &quot;hits&quot;.</extracomment>
        <translation>Alle %1%2 %3 codieren mit:</translation>
    </message>
    <message>
        <source> or more</source>
        <translation> oder mehr</translation>
    </message>
    <message>
        <source>Code All Hits</source>
        <translation>Alle Treffer codieren</translation>
    </message>
    <message>
        <source>Cannot code the hits</source>
        <translation>Die Treffer können nicht codiert werden</translation>
    </message>
    <message>
        <source>Coded %1 passages with “%2”%3. Undo takes them all back.</source>
        <translation>%1 Stellen mit „%2“ codiert%3. „Rückgängig“ nimmt alle wieder zurück.</translation>
    </message>
    <message>
        <source> (%1 already were)</source>
        <translation> (%1 waren es bereits)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <comment>colour scheme</comment>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <comment>colour scheme</comment>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <comment>colour scheme</comment>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <comment>colour scheme</comment>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>code stage</comment>
        <translation>&amp;Offen</translation>
    </message>
    <message>
        <source>&amp;Focused</source>
        <comment>code stage</comment>
        <translation>&amp;Fokussiert</translation>
    </message>
    <message>
        <source>F&amp;irst-order</source>
        <comment>code stage</comment>
        <translation>&amp;Erster Ordnung</translation>
    </message>
    <message>
        <source>Select a code in the code tree first.</source>
        <translation>Wählen Sie zuerst einen Code im Codebaum aus.</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Codes filtern</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation>&amp;Neuer Code…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Um&amp;benennen…</translation>
    </message>
    <message>
        <source>Change Co&amp;lour…</source>
        <translation>&amp;Farbe ändern…</translation>
    </message>
    <message>
        <source>&amp;Archive Code</source>
        <translation>Code archi&amp;vieren</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <source>Restore &amp;Archived Code</source>
        <translation>Archi&amp;vierten Code wiederherstellen</translation>
    </message>
    <message>
        <source>That is not a colour.</source>
        <translation>Das ist keine gültige Farbe.</translation>
    </message>
    <message>
        <source>Cannot change the code</source>
        <translation>Der Code kann nicht geändert werden</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Code Colour</source>
        <translation>Codefarbe</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>New &amp;Theme…</source>
        <translation>Neues &amp;Thema…</translation>
    </message>
    <message>
        <source>A second-order theme: drag first-order codes onto it</source>
        <translation>Ein Thema zweiter Ordnung: Codes erster Ordnung darauf ziehen</translation>
    </message>
    <message>
        <source>New &amp;Dimension…</source>
        <translation>Neue Dimensi&amp;on…</translation>
    </message>
    <message>
        <source>An aggregate dimension: drag themes onto it</source>
        <translation>Eine aggregierte Dimension: Themen darauf ziehen</translation>
    </message>
    <message>
        <source>Edit De&amp;finition…</source>
        <translation>&amp;Definition bearbeiten…</translation>
    </message>
    <message>
        <source>Take Out of &amp;Theme</source>
        <translation>Aus Thema &amp;herausnehmen</translation>
    </message>
    <message>
        <source>&amp;Merge Codes…</source>
        <translation>Codes &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the selected codes into one of them</source>
        <translation>Die ausgewählten Codes zu einem von ihnen zusammenführen</translation>
    </message>
    <message>
        <source>S&amp;plit Code…</source>
        <translation>Code auftei&amp;len…</translation>
    </message>
    <message>
        <source>Move some of the code&apos;s segments to a new code</source>
        <translation>Einen Teil der Segmente des Codes in einen neuen Code verschieben</translation>
    </message>
    <message>
        <source>Com&amp;pare Codes…</source>
        <translation>Codes ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>The selected codes&apos; segments side by side</source>
        <translation>Die Segmente der ausgewählten Codes nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Remove Theme</source>
        <translation>Thema &amp;entfernen</translation>
    </message>
    <message>
        <source>New &amp;Memo on %1</source>
        <translation>Neues &amp;Memo zu %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <source>Take Out of &amp;Dimension</source>
        <translation>Aus Dimension &amp;herausnehmen</translation>
    </message>
    <message>
        <source>&amp;Remove Dimension</source>
        <translation>Dimension &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Place Under Theme</source>
        <translation>Einem Thema zu&amp;ordnen</translation>
    </message>
    <message>
        <source>&amp;Place Under Dimension</source>
        <translation>Einer Dimension zu&amp;ordnen</translation>
    </message>
    <message>
        <source>E&amp;xemplar Quotes</source>
        <translation>Beispiel&amp;zitate</translation>
    </message>
    <message>
        <source>Remove “%1” (%2)</source>
        <translation>„%1“ entfernen (%2)</translation>
    </message>
    <message>
        <source>None yet: right-click a segment of this theme’s codes</source>
        <translation>Noch keine: Rechtsklick auf ein Segment eines Codes dieses Themas</translation>
    </message>
    <message>
        <source>New Theme &amp;Here…</source>
        <translation>Neues Thema &amp;hier…</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>&amp;Kommentieren…</translation>
    </message>
    <message>
        <source>Open a review thread on this item for the team</source>
        <translation>Einen Kommentar-Thread zu diesem Element für das Team eröffnen</translation>
    </message>
    <message>
        <source>Cannot change the data structure</source>
        <translation>Die Datenstruktur kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>Code&amp;buch</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>Änderungspro&amp;tokoll</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Codebuch…</translation>
    </message>
    <message>
        <source>Every code with its definition, counts and an exemplar, as CSV, Markdown, ODT, HTML or LaTeX</source>
        <translation>Jeder Code mit Definition, Häufigkeiten und einem Beispiel, als CSV, Markdown, ODT, HTML oder LaTeX</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n code into “%1”. Undo takes the merge back.</source>
        <translation>
            <numerusform>%n Code in „%1“ zusammengeführt. „Rückgängig“ hebt das Zusammenführen wieder auf.</numerusform>
            <numerusform>%n Codes in „%1“ zusammengeführt. „Rückgängig“ hebt das Zusammenführen wieder auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n codes into “%1”. Undo takes the merge back.</source>
        <translation>
            <numerusform>%n Code in „%1“ zusammengeführt. „Rückgängig“ hebt das Zusammenführen wieder auf.</numerusform>
            <numerusform>%n Codes in „%1“ zusammengeführt. „Rückgängig“ hebt das Zusammenführen wieder auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Data Structure</source>
        <translation>&amp;Datenstruktur</translation>
    </message>
    <message>
        <source>The Gioia figure of the codes, themes and dimensions, drawn as you work</source>
        <translation>Die Gioia-Abbildung der Codes, Themen und Dimensionen, laufend während der Arbeit gezeichnet</translation>
    </message>
    <message>
        <source>&amp;Data Structure…</source>
        <translation>&amp;Datenstruktur…</translation>
    </message>
    <message>
        <source>Write the Gioia figure (SVG, PDF, PNG) or Table 1 (Markdown, LaTeX, HTML, CSV, ODT, XLSX)</source>
        <translation>Die Gioia-Abbildung (SVG, PDF, PNG) oder Tabelle 1 (Markdown, LaTeX, HTML, CSV, ODT, XLSX) speichern</translation>
    </message>
    <message>
        <source>Data Structure</source>
        <translation>Datenstruktur</translation>
    </message>
    <message>
        <source>Cannot export the data structure</source>
        <translation>Die Datenstruktur kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported the data structure to %1.</source>
        <translation>Datenstruktur nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Coder &amp;Agreement</source>
        <translation>&amp;Intercoder-Übereinstimmung</translation>
    </message>
    <message>
        <source>Agreement between two coders, code by code, and the passages where they differ</source>
        <translation>Übereinstimmung zwischen zwei Codierenden, Code für Code, und die Stellen, an denen sie voneinander abweichen</translation>
    </message>
    <message>
        <source>Export the Agreement Table</source>
        <translation>Übereinstimmungstabelle exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;LaTeX (*.tex);;CSV (*.csv);;Excel workbook (*.xlsx);;HTML (*.html);;OpenDocument text (*.odt)</source>
        <translation>Markdown (*.md);;LaTeX (*.tex);;CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx);;HTML (*.html);;OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <source>%1: name the file .md, .tex, .csv, .xlsx, .html or .odt.</source>
        <translation>%1: Geben Sie der Datei die Endung .md, .tex, .csv, .xlsx, .html oder .odt.</translation>
    </message>
    <message>
        <source>Exported the agreement table to %1.</source>
        <translation>Übereinstimmungstabelle nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Coder Agreement</source>
        <translation>Intercoder-Übereinstimmung</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>Coding queries, matrices by case or attribute, and code co-occurrence</source>
        <translation>Codierabfragen, Matrizen nach Fall oder Merkmal und Kookkurrenz von Codes</translation>
    </message>
    <message>
        <source>&amp;Quotes by Theme…</source>
        <translation>&amp;Zitate nach Thema…</translation>
    </message>
    <message>
        <source>Each theme&apos;s exemplar quotes, cited by the speakers&apos; case attributes (ODT, HTML, Markdown, LaTeX)</source>
        <translation>Die Beispielzitate jedes Themas, belegt mit den Fallmerkmalen der Sprecher:innen (ODT, HTML, Markdown, LaTeX)</translation>
    </message>
    <message>
        <source>Quote &amp;Attribution…</source>
        <translation>Zitat&amp;nachweis…</translation>
    </message>
    <message>
        <source>How Table 1, the quote report and the codebook cite speakers</source>
        <translation>Wie Tabelle 1, der Zitatbericht und das Codebuch die Sprecher:innen angeben</translation>
    </message>
    <message>
        <source>%1: name the file .odt, .html, .md or .tex.</source>
        <translation>%1: Geben Sie der Datei die Endung .odt, .html, .md oder .tex.</translation>
    </message>
    <message>
        <source>Quotes by Theme</source>
        <translation>Zitate nach Thema</translation>
    </message>
    <message>
        <source>Besides each theme&apos;s exemplar quotes, how many segments of each of its codes
(one per source)? 0: the exemplars only.</source>
        <translation>Wie viele Segmente je Code sollen zusätzlich zu den Beispielzitaten jedes Themas aufgenommen werden
(eines pro Quelle)? 0: nur die Beispielzitate.</translation>
    </message>
    <message>
        <source>Export Quotes by Theme</source>
        <translation>Zitate nach Thema exportieren</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md);;LaTeX (*.tex)</source>
        <translation>OpenDocument-Text (*.odt);;HTML (*.html);;Markdown (*.md);;LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Cannot export the quotes</source>
        <translation>Die Zitate können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote the quotes by theme to %1.</source>
        <translation>Zitate nach Thema in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Quote Attribution</source>
        <translation>Zitatnachweis</translation>
    </message>
    <message>
        <source>Cite each quote&apos;s speaker as (case attributes in braces%1;
empty: &quot;Role from Site&quot;):</source>
        <translation>Sprecher:in jedes Zitats angeben als (Fallmerkmale in geschweiften Klammern%1;
leer: „Role from Site“):</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>&amp;Rename Source…</source>
        <translation>Quelle &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Cannot rename the source</source>
        <translation>Die Quelle kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Re&amp;move Sources…</source>
        <translation>Quellen entfe&amp;rnen…</translation>
    </message>
    <message>
        <source>Cannot remove the sources</source>
        <translation>Die Quellen können nicht entfernt werden</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Add to &amp;Set…</source>
        <translation>Zu &amp;Quellengruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Add to Set</source>
        <translation>Zu Quellengruppe hinzufügen</translation>
    </message>
    <message>
        <source>The set (a new name makes a new set):</source>
        <translation>Quellengruppe (ein neuer Name legt eine neue Gruppe an):</translation>
    </message>
    <message>
        <source>Remove &amp;from Set</source>
        <translation>Aus Quellengruppe &amp;entfernen</translation>
    </message>
    <message>
        <source>Select a source in the source list first.</source>
        <translation>Wählen Sie zuerst eine Quelle in der Quellenliste aus.</translation>
    </message>
    <message>
        <source>Rename Source</source>
        <translation>Quelle umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Select the sources to remove in the source list first.</source>
        <translation>Wählen Sie zuerst die zu entfernenden Quellen in der Quellenliste aus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segment</source>
        <translation>
            <numerusform>%Ln codiertes Segment</numerusform>
            <numerusform>%Ln codierte Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segments</source>
        <translation>
            <numerusform>%Ln codiertes Segment</numerusform>
            <numerusform>%Ln codierte Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln memo</source>
        <translation>
            <numerusform>%Ln Memo</numerusform>
            <numerusform>%Ln Memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln memos</source>
        <translation>
            <numerusform>%Ln Memo</numerusform>
            <numerusform>%Ln Memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turn</source>
        <translation>
            <numerusform>%Ln Redebeitrag</numerusform>
            <numerusform>%Ln Redebeiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turns</source>
        <translation>
            <numerusform>%Ln Redebeitrag</numerusform>
            <numerusform>%Ln Redebeiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link to a case</source>
        <translation>
            <numerusform>%Ln Verknüpfung mit einem Fall</numerusform>
            <numerusform>%Ln Verknüpfungen mit Fällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links to cases</source>
        <translation>
            <numerusform>%Ln Verknüpfung mit einem Fall</numerusform>
            <numerusform>%Ln Verknüpfungen mit Fällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exemplar quote</source>
        <translation>
            <numerusform>%Ln Beispielzitat</numerusform>
            <numerusform>%Ln Beispielzitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exemplar quotes</source>
        <translation>
            <numerusform>%Ln Beispielzitat</numerusform>
            <numerusform>%Ln Beispielzitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece of model evidence</source>
        <translation>
            <numerusform>%Ln Beleg im Modell</numerusform>
            <numerusform>%Ln Belege im Modell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of model evidence</source>
        <translation>
            <numerusform>%Ln Beleg im Modell</numerusform>
            <numerusform>%Ln Belege im Modell</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two of a list: &quot;2 memos, 1 speaker turn and 3 exemplar quotes&quot;</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Remove Sources</source>
        <translation>Quellen entfernen</translation>
    </message>
    <message>
        <source>Remove %1 with its %2?</source>
        <translation>%1 samt zugehörigen Daten entfernen (%2)?</translation>
    </message>
    <message>
        <source>Edit &gt; Undo puts everything back.</source>
        <translation>Bearbeiten &gt; Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed %1. Undo puts them back.</source>
        <translation>%1 entfernt. „Rückgängig“ stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Select the sources to put in the set.</source>
        <translation>Wählen Sie die Quellen aus, die in die Quellengruppe aufgenommen werden sollen.</translation>
    </message>
    <message>
        <source>Add %1 to set “%2”</source>
        <translation>%1 zur Quellengruppe „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Select the sources to take out of the set.</source>
        <translation>Wählen Sie die Quellen aus, die aus der Quellengruppe herausgenommen werden sollen.</translation>
    </message>
    <message>
        <source>Take %1 out of a set</source>
        <translation>%1 aus einer Quellengruppe herausnehmen</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Nach Art</translation>
    </message>
    <message>
        <source>By set</source>
        <translation>Nach Quellengruppe</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>Comment threads on the hierarchy, and snapshots of the data structure</source>
        <translation>Kommentar-Threads zur Hierarchie und Schnappschüsse der Datenstruktur</translation>
    </message>
    <message>
        <source>Compare Snapshots</source>
        <translation>Schnappschüsse vergleichen</translation>
    </message>
    <message>
        <source>&amp;CMO Model</source>
        <translation>&amp;CMO-Modell</translation>
    </message>
    <message>
        <source>Contexts, mechanisms and outcomes: the integrative model, with the relationship spectrum</source>
        <translation>Kontexte, Mechanismen und Ergebnisse: das integrative Modell mit dem Spektrum der Beziehungen</translation>
    </message>
    <message>
        <source>CMO &amp;Model Figure…</source>
        <translation>CMO-&amp;Modellabbildung…</translation>
    </message>
    <message>
        <source>The model or the spectrum alone as SVG, PDF or PNG</source>
        <translation>Das Modell oder nur das Spektrum als SVG, PDF oder PNG</translation>
    </message>
    <message>
        <source>CMO &amp;Configuration Table…</source>
        <translation>CMO-&amp;Konfigurationstabelle…</translation>
    </message>
    <message>
        <source>Context, mechanism, outcome chains with evidence, as Markdown, LaTeX, HTML, CSV, ODT or XLSX</source>
        <translation>Ketten aus Kontext, Mechanismus und Ergebnis mit Belegen, als Markdown, LaTeX, HTML, CSV, ODT oder XLSX</translation>
    </message>
    <message>
        <source>CMO Model</source>
        <translation>CMO-Modell</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PDF (*.pdf);;PNG, 300 dpi (*.png);;Spectrum only, SVG (*.svg);;Spectrum only, PDF (*.pdf);;Spectrum only, PNG (*.png)</source>
        <translation>SVG (*.svg);;PDF (*.pdf);;PNG, 300 dpi (*.png);;Nur Spektrum, SVG (*.svg);;Nur Spektrum, PDF (*.pdf);;Nur Spektrum, PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the CMO Model</source>
        <translation>CMO-Modell exportieren</translation>
    </message>
    <message>
        <source>%1: name the file .svg, .pdf or .png.</source>
        <translation>%1: Geben Sie der Datei die Endung .svg, .pdf oder .png.</translation>
    </message>
    <message>
        <source>Exported the CMO model to %1.</source>
        <translation>CMO-Modell nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export the CMO Configuration Table</source>
        <translation>CMO-Konfigurationstabelle exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;LaTeX (*.tex);;HTML (*.html);;CSV (*.csv);;OpenDocument text (*.odt);;Excel workbook (*.xlsx)</source>
        <translation>Markdown (*.md);;LaTeX (*.tex);;HTML (*.html);;CSV (*.csv);;OpenDocument-Text (*.odt);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>%1: name the file .md, .tex, .html, .csv, .odt or .xlsx.</source>
        <translation>%1: Geben Sie der Datei die Endung .md, .tex, .html, .csv, .odt oder .xlsx.</translation>
    </message>
    <message>
        <source>Exported the CMO configuration table to %1.</source>
        <translation>CMO-Konfigurationstabelle nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export a &amp;Coder&apos;s Copy…</source>
        <translation>Kopie zum &amp;Codieren exportieren…</translation>
    </message>
    <message>
        <source>A copy of this project for a teammate to code and merge back</source>
        <translation>Eine Kopie dieses Projekts, die ein Teammitglied codiert und die danach wieder zusammengeführt wird</translation>
    </message>
    <message>
        <source>&amp;Merge a Coder&apos;s Copy…</source>
        <translation>Codierte Kopie &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Bring a teammate&apos;s coding back in: preview, choose, merge (one undo step)</source>
        <translation>Die Codierung eines Teammitglieds übernehmen: Vorschau, Auswahl, Zusammenführen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Export a Coder&apos;s Copy</source>
        <translation>Kopie zum Codieren exportieren</translation>
    </message>
    <message>
        <source>Who is the copy for? (their coder name)</source>
        <translation>Für wen ist die Kopie? (Name als Codierer:in)</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Wrote a copy for %1 to %2. Merge it back with File &gt; Merge a Coder&apos;s Copy.</source>
        <translation>Kopie für %1 unter %2 gespeichert. Später über Datei &gt; Codierte Kopie zusammenführen wieder einspielen.</translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation>ein Teammitglied</translation>
    </message>
    <message>
        <source>Merge a Coder&apos;s Copy</source>
        <translation>Codierte Kopie zusammenführen</translation>
    </message>
    <message>
        <source>The merge of %1 could not be written; nothing was changed. The log says why.</source>
        <translation>Das Zusammenführen von %1 konnte nicht gespeichert werden; es wurde nichts geändert. Der Grund steht im Protokoll.</translation>
    </message>
    <message>
        <source>Merged %1: %2 segments, %3 codes and %4 sources added (Ctrl+Z takes it back).</source>
        <translation>%1 zusammengeführt: %2 Segmente, %3 Codes und %4 Quellen hinzugefügt (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Groundwork will speak the system&apos;s language from its next start.</source>
        <translation>Groundwork verwendet ab dem nächsten Start die Sprache des Systems.</translation>
    </message>
    <message>
        <source>Groundwork will speak %1 from its next start.</source>
        <translation>Groundwork verwendet ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>gw::ManualWindow</name>
    <message>
        <source>Groundwork User Guide</source>
        <translation>Groundwork-Handbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 — Groundwork User Guide</source>
        <translation>%1 — Groundwork-Handbuch</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;This copy of Groundwork has no manual. It looked in:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Installed from the package, the guide is in /usr/share/groundwork/manual.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Das Handbuch ist nicht installiert&lt;/h2&gt;&lt;p&gt;Diese Groundwork-Installation enthält kein Handbuch. Gesucht wurde in:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Bei Installation aus dem Paket liegt das Handbuch in /usr/share/groundwork/manual.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gw::MemoEditor</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, *emphasis*, - lists, &gt; quotes</source>
        <translation>In Markdown schreiben: # Überschrift, *Hervorhebung*, - Listen, &gt; Zitate</translation>
    </message>
    <message>
        <source>Disconfirming evidence</source>
        <translation>Gegenbeleg</translation>
    </message>
    <message>
        <source>This memo records evidence that runs against the theme or code</source>
        <translation>Dieses Memo hält Belege fest, die dem Thema oder Code widersprechen</translation>
    </message>
    <message>
        <source>No memo selected</source>
        <translation>Kein Memo ausgewählt</translation>
    </message>
</context>
<context>
    <name>gw::MemosDock</name>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Search memos…</source>
        <translation>Memos durchsuchen…</translation>
    </message>
    <message>
        <source>New Memo</source>
        <translation>Neues Memo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Segment in %1 (%2)</source>
        <translation>Segment in %1 (%2)</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Dimension: %1</source>
        <translation>Dimension: %1</translation>
    </message>
    <message>
        <source>Untitled memo</source>
        <translation>Unbenanntes Memo</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>Cannot add the memo</source>
        <translation>Das Memo kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot delete the memo</source>
        <translation>Das Memo kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>gw::MergeDialog</name>
    <message>
        <source>Merge Codes</source>
        <translation>Codes zusammenführen</translation>
    </message>
    <message>
        <source>Merging keeps one code and moves the others’ segments to it. The others are archived, never deleted, and Undo takes the merge back.</source>
        <translation>Beim Zusammenführen bleibt ein Code erhalten, und die Segmente der anderen werden zu ihm verschoben. Die anderen werden archiviert, nie gelöscht, und „Rückgängig“ hebt das Zusammenführen wieder auf.</translation>
    </message>
    <message>
        <source>%1 segment</source>
        <translation>%1 Segment</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>What happens:</source>
        <translation>Was geschieht:</translation>
    </message>
    <message>
        <source>Optional; kept in the audit log with your name</source>
        <translation>Optional; wird mit Ihrem Namen im Änderungsprotokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>%1 segment move to %2</source>
        <translation>%1 Segment wechselt zu %2</translation>
    </message>
    <message>
        <source>%1 segments move to %2</source>
        <translation>%1 Segmente wechseln zu %2</translation>
    </message>
    <message>
        <source>%1 segment is already coded the same way (same source, passage and coder) and collapse into one</source>
        <translation>%1 Segment ist bereits genauso codiert (gleiche Quelle, Textstelle und Codierer:in) und wird zu einem zusammengefasst</translation>
    </message>
    <message>
        <source>%1 segments are already coded the same way (same source, passage and coder) and collapse into one</source>
        <translation>%1 Segmente sind bereits genauso codiert (gleiche Quelle, Textstelle und Codierer:in) und werden zu einem zusammengefasst</translation>
    </message>
    <message>
        <source>%1 definition is added to the definition of %2, each under its code’s name</source>
        <translation>%1 Definition wird an die Definition von %2 angefügt, jeweils unter dem Namen ihres Codes</translation>
    </message>
    <message>
        <source>%1 definitions are added to the definition of %2, each under its code’s name</source>
        <translation>%1 Definitionen werden an die Definition von %2 angefügt, jeweils unter dem Namen ihres Codes</translation>
    </message>
    <message>
        <source>The definition of %1 stays as it is</source>
        <translation>Die Definition von %1 bleibt unverändert</translation>
    </message>
    <message>
        <source>%1 memo moves to %2</source>
        <translation>%1 Memo wechselt zu %2</translation>
    </message>
    <message>
        <source>%1 memos move to %2</source>
        <translation>%1 Memos wechseln zu %2</translation>
    </message>
    <message>
        <source>%1 is archived and taken out of their themes</source>
        <translation>%1 wird archiviert und aus seinem Thema herausgenommen</translation>
    </message>
    <message>
        <source>%1 are archived and taken out of their themes</source>
        <translation>%1 werden archiviert und aus ihren Themen herausgenommen</translation>
    </message>
    <message>
        <source>%1 is archived</source>
        <translation>%1 wird archiviert</translation>
    </message>
    <message>
        <source>%1 are archived</source>
        <translation>%1 werden archiviert</translation>
    </message>
</context>
<context>
    <name>gw::MergePreviewDialog</name>
    <message>
        <source>(none)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source> (was “%1”)</source>
        <translation> (vorher „%1“)</translation>
    </message>
    <message>
        <source>conflict: removed here, changed in their copy%1</source>
        <translation>Konflikt: hier entfernt, in deren Kopie geändert%1</translation>
    </message>
    <message>
        <source>conflict: removed in their copy, changed here%1</source>
        <translation>Konflikt: in deren Kopie entfernt, hier geändert%1</translation>
    </message>
    <message>
        <source>removed in their copy: kept unless you choose theirs</source>
        <translation>in deren Kopie entfernt: bleibt erhalten, sofern Sie nicht deren Fassung wählen</translation>
    </message>
    <message>
        <source>changed only in their copy</source>
        <translation>nur in deren Kopie geändert</translation>
    </message>
    <message>
        <source>conflict: changed on both sides%1</source>
        <translation>Konflikt: auf beiden Seiten geändert%1</translation>
    </message>
    <message>
        <source>conflict: differs, no common copy to tell</source>
        <translation>Konflikt: abweichend, keine gemeinsame Ausgangsfassung zum Vergleich</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>In their copy</source>
        <translation>In deren Kopie</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Same item?</source>
        <translation>Dasselbe Element?</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why it differs</source>
        <translation>Grund der Abweichung</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Deren Fassung übernehmen</translation>
    </message>
    <message>
        <source>Keep All &amp;Ours</source>
        <translation>Überall &amp;unsere Fassung behalten</translation>
    </message>
    <message>
        <source>Take All &amp;Theirs</source>
        <translation>Überall &amp;deren Fassung übernehmen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Matched by name</source>
        <translation>Über den Namen zugeordnet</translation>
    </message>
    <message>
        <source>These have the same name here and in their copy but were made apart. Tick those that are the same item; the others come across as new items.</source>
        <translation>Diese Elemente tragen hier und in deren Kopie denselben Namen, wurden aber unabhängig voneinander angelegt. Haken Sie diejenigen an, die dasselbe Element sind; die übrigen werden als neue Elemente übernommen.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Fields of the same item, and segments, that differ. A conflict (changed on both sides) keeps ours unless you choose theirs; a change made only in their copy is taken. A segment their copy removed stays unless you choose theirs.</source>
        <translation>Abweichende Felder desselben Elements sowie abweichende Segmente. Bei einem Konflikt (auf beiden Seiten geändert) bleibt unsere Fassung erhalten, sofern Sie nicht deren Fassung wählen; eine nur in deren Kopie vorgenommene Änderung wird übernommen. Ein Segment, das in deren Kopie entfernt wurde, bleibt erhalten, sofern Sie nicht deren Fassung wählen.</translation>
    </message>
    <message>
        <source>merge into ours</source>
        <translation>mit unserer Fassung zusammenführen</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>deren Fassung</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>unsere Fassung</translation>
    </message>
    <message>
        <source>&lt;b&gt;This copy cannot be merged:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Diese Kopie kann nicht zusammengeführt werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>source set</source>
        <translation>Quellengruppe</translation>
    </message>
    <message>
        <source>source sets</source>
        <translation>Quellengruppen</translation>
    </message>
    <message>
        <source>model element</source>
        <translation>Modellelement</translation>
    </message>
    <message>
        <source>model elements</source>
        <translation>Modellelemente</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>Einflüsse</translation>
    </message>
    <message>
        <source>piece of evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>pieces of evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>Codierer:in</translation>
    </message>
    <message>
        <source>coders</source>
        <translation>Codierende</translation>
    </message>
    <message>
        <source>Merging &lt;b&gt;%1&lt;/b&gt; into this project adds %2.</source>
        <translation>Das Zusammenführen von &lt;b&gt;%1&lt;/b&gt; mit diesem Projekt fügt hinzu: %2.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <source>&lt;br&gt;Already here: %1 (same text%4), %2 matched, %3 not written twice.</source>
        <translation>&lt;br&gt;Bereits vorhanden: %1 (gleicher Text%4), %2 zugeordnet, %3 nicht doppelt übernommen.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>; %1 of them only differ in white space at the end</source>
        <translation>; %1 davon unterscheiden sich nur durch Leerraum am Ende</translation>
    </message>
    <message>
        <source>segment edited as in their copy</source>
        <translation>Segment wie in deren Kopie bearbeitet</translation>
    </message>
    <message>
        <source>segments edited as in their copy</source>
        <translation>Segmente wie in deren Kopie bearbeitet</translation>
    </message>
    <message>
        <source>segment removed as in their copy</source>
        <translation>Segment wie in deren Kopie entfernt</translation>
    </message>
    <message>
        <source>segments removed as in their copy</source>
        <translation>Segmente wie in deren Kopie entfernt</translation>
    </message>
    <message>
        <source>segment removed here stay removed</source>
        <translation>hier entferntes Segment bleibt entfernt</translation>
    </message>
    <message>
        <source>segments removed here stay removed</source>
        <translation>hier entfernte Segmente bleiben entfernt</translation>
    </message>
    <message>
        <source>segment on codes merged here go to the code each went into</source>
        <translation>Segment eines hier zusammengeführten Codes kommt zu dem Code, in dem dieser aufgegangen ist</translation>
    </message>
    <message>
        <source>segments on codes merged here go to the code each went into</source>
        <translation>Segmente hier zusammengeführter Codes kommen jeweils zu dem Code, in dem ihr Code aufgegangen ist</translation>
    </message>
    <message>
        <source>item removed here since the copy stays removed</source>
        <translation>seit der Kopie hier entferntes Element bleibt entfernt</translation>
    </message>
    <message>
        <source>items removed here since the copy stay removed</source>
        <translation>seit der Kopie hier entfernte Elemente bleiben entfernt</translation>
    </message>
    <message>
        <source>comment thread</source>
        <translation>Kommentar-Thread</translation>
    </message>
    <message>
        <source>comment threads</source>
        <translation>Kommentar-Threads</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>thread resolved or reopened</source>
        <translation>Thread erledigt oder wieder geöffnet</translation>
    </message>
    <message>
        <source>threads resolved or reopened</source>
        <translation>Threads erledigt oder wieder geöffnet</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Schnappschuss</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>Schnappschüsse</translation>
    </message>
    <message>
        <source>saved query</source>
        <translation>gespeicherte Abfrage</translation>
    </message>
    <message>
        <source>saved queries</source>
        <translation>gespeicherte Abfragen</translation>
    </message>
    <message>
        <source>&lt;br&gt;Review: %1 from their copy.</source>
        <translation>&lt;br&gt;Review: %1 aus deren Kopie.</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 on a model link that is not here will be left out.</source>
        <translation>&lt;br&gt;Ausgelassen: %1 zu einer Modellverknüpfung, die es hier nicht gibt.</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 whose target does not come across will be left out.</source>
        <translation>&lt;br&gt;Ausgelassen: %1 mit einem Bezug, der nicht mit übernommen wird.</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 to decide; %2 taken from their copy. One undo step takes it all back.</source>
        <translation>&lt;br&gt;Zu entscheiden: %1; aus deren Kopie übernommen: %2. Ein einziger Rückgängig-Schritt nimmt alles zurück.</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>values</source>
        <translation>Werte</translation>
    </message>
</context>
<context>
    <name>gw::ModelCanvas</name>
    <message>
        <source>%1 — evidence %2 (double-click to show it)</source>
        <translation>%1 — Belege: %2 (Doppelklick zeigt sie an)</translation>
    </message>
</context>
<context>
    <name>gw::ModelView</name>
    <message>
        <source>Drag codes, themes or dimensions here from the code tree: onto a level as a context, onto the spectrum as an outcome. Shift+drag from one element to another to draw an influence; right-click for more.</source>
        <translation>Ziehen Sie Codes, Themen oder Dimensionen aus dem Codebaum hierher: auf eine Ebene als Kontext, auf das Spektrum als Ergebnis. Mit Umschalt+Ziehen von einem Element zu einem anderen zeichnen Sie einen Einfluss; weitere Möglichkeiten per Rechtsklick.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Draw influences by dragging from one element to another (L; or Shift+drag)</source>
        <translation>Einflüsse zeichnen, indem Sie von einem Element zu einem anderen ziehen (L; oder Umschalt+Ziehen)</translation>
    </message>
    <message>
        <source>The type a drawn influence gets</source>
        <translation>Der Typ, den ein gezeichneter Einfluss erhält</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+-, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>Vergrößern (Strg++, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>The whole model in view (Ctrl+0)</source>
        <translation>Das ganze Modell anzeigen (Strg+0)</translation>
    </message>
    <message>
        <source>&amp;Suggest Links…</source>
        <translation>Verknüpfungen vor&amp;schlagen…</translation>
    </message>
    <message>
        <source>Pairs of elements whose segments occur together, as candidate influences</source>
        <translation>Paare von Elementen, deren Segmente gemeinsam vorkommen, als mögliche Einflüsse</translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>&amp;Abbildung exportieren…</translation>
    </message>
    <message>
        <source>The model or the spectrum as SVG, PDF or PNG</source>
        <translation>Das Modell oder das Spektrum als SVG, PDF oder PNG</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>The CMO configuration table as Markdown, LaTeX, HTML, CSV, ODT or XLSX</source>
        <translation>Die CMO-Konfigurationstabelle als Markdown, LaTeX, HTML, CSV, ODT oder XLSX</translation>
    </message>
    <message>
        <source>CMO Model</source>
        <translation>CMO-Modell</translation>
    </message>
    <message>
        <source>Place %1 elements in the model</source>
        <translation>%1 Elemente im Modell platzieren</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Ebene</translation>
    </message>
    <message>
        <source>No Level</source>
        <translation>Keine Ebene</translation>
    </message>
    <message>
        <source>&amp;Influences…</source>
        <translation>Ein&amp;flüsse…</translation>
    </message>
    <message>
        <source>&amp;Remove from Model</source>
        <translation>Aus dem Modell en&amp;tfernen</translation>
    </message>
    <message>
        <source>&amp;Evidence and Memo…</source>
        <translation>&amp;Belege und Memo…</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>&amp;Kommentieren…</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>Verknüpfung „%1“</translation>
    </message>
    <message>
        <source>&amp;Remove Influence</source>
        <translation>Einfluss &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>gw::PassageList</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
</context>
<context>
    <name>gw::RefiImportDialog</name>
    <message>
        <source>Import REFI-QDA</source>
        <translation>REFI-QDA importieren</translation>
    </message>
    <message>
        <source>How the file counts positions in its texts</source>
        <translation>Wie die Datei Positionen in ihren Texten zählt</translation>
    </message>
    <message>
        <source>Read positions as the file suggests</source>
        <translation>Positionen so lesen, wie die Datei es vorgibt</translation>
    </message>
    <message>
        <source>Read positions in %1</source>
        <translation>Positionen in %1 lesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Will not come in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wird nicht übernommen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes and warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hinweise und Warnungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importieren in</translation>
    </message>
    <message>
        <source>A new project…</source>
        <translation>Ein neues Projekt…</translation>
    </message>
    <message>
        <source>This project (merge: same texts and codes are matched, not doubled)</source>
        <translation>Dieses Projekt (zusammenführen: gleiche Texte und Codes werden einander zugeordnet, nicht verdoppelt)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>%1 cannot be imported</source>
        <translation>%1 kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, aus %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>Codierer:in</translation>
    </message>
    <message>
        <source>coders</source>
        <translation>Codierende</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comes in:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Wird übernommen:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Left out:&lt;/b&gt; %1, %2 (see below).</source>
        <translation>&lt;br&gt;&lt;b&gt;Ausgelassen:&lt;/b&gt; %1, %2 (siehe unten).</translation>
    </message>
    <message>
        <source>&lt;br&gt;Made by Groundwork: stages, themes, dimensions and memo targets come back as they were.</source>
        <translation>&lt;br&gt;Mit Groundwork erstellt: Stufen, Themen, Dimensionen und die Bezüge der Memos werden so übernommen, wie sie waren.</translation>
    </message>
    <message>
        <source>Positions read in %1: %2 of %3 segments start and end on word boundaries.</source>
        <translation>Positionen in %1 gelesen: %2 von %3 Segmenten beginnen und enden an Wortgrenzen.</translation>
    </message>
    <message>
        <source> %1 of %2 passages quoted in the file match the text.</source>
        <translation> %1 von %2 in der Datei zitierten Textstellen stimmen mit dem Text überein.</translation>
    </message>
    <message>
        <source>Everything in the file comes in.</source>
        <translation>Alles aus der Datei wird übernommen.</translation>
    </message>
    <message>
        <source>The file follows the REFI-QDA standard.</source>
        <translation>Die Datei entspricht dem REFI-QDA-Standard.</translation>
    </message>
</context>
<context>
    <name>gw::ReviewDock</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>model link %1</source>
        <translation>Modellverknüpfung %1</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Open threads only</source>
        <translation>Nur offene Threads</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>Column headers: what a thread is on (a code, theme, dimension or model link), open or resolved, the last reply</extracomment>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last word</source>
        <translation>Letzter Beitrag</translation>
    </message>
    <message>
        <source>Reply… (Ctrl+Return sends)</source>
        <translation>Antworten… (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Als &amp;gelöst markieren</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>&amp;Schnappschuss anlegen…</translation>
    </message>
    <message>
        <source>Take a Snapshot</source>
        <translation>Schnappschuss anlegen</translation>
    </message>
    <message>
        <source>Name it for the team (“after the May team meeting”):</source>
        <translation>Name für das Team („nach dem Teamtreffen im Mai“):</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>One snapshot chosen: with now. Two: the older with the newer.</source>
        <translation>Ein Schnappschuss ausgewählt: mit dem aktuellen Stand. Zwei: den älteren mit dem neueren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapshots of the data structure&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schnappschüsse der Datenstruktur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>resolved</source>
        <extracomment>The state of a review thread</extracomment>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Review (%1)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;No thread chosen. Open one with “Comment…” on a code, theme or dimension in the code tree.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Kein Thread ausgewählt. Eröffnen Sie einen mit „Kommentieren…“ an einem Code, Thema oder einer Dimension im Codebaum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder &amp;öffnen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#2e8b57&apos;&gt;Resolved by %1, %2.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#2e8b57&apos;&gt;Gelöst von %1, %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Your comment on %1 “%2”:</source>
        <translation>Ihr Kommentar zu %1 „%2“:</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>What a comment thread is on: the kind (code, theme, dimension) and its name in quotation marks.</extracomment>
        <translation>%1 „%2“</translation>
    </message>
</context>
<context>
    <name>gw::SearchDock</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search all sources…</source>
        <translation>Alle Quellen durchsuchen…</translation>
    </message>
    <message>
        <source>words · &quot;a phrase&quot; · prefix* · NEAR(site visit, 10) · OR · NOT</source>
        <extracomment>The search syntax: NEAR, OR and NOT are its keywords and stay as they are.</extracomment>
        <translation>Wörter · &quot;eine Wortfolge&quot; · Wortanfang* · NEAR(Schule Eltern, 10) · OR · NOT</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Where: role = CCIO; year &gt;= 2020</source>
        <extracomment>&quot;role&quot; and &quot;year&quot; are examples of a project&apos;s attributes.</extracomment>
        <translation>Bedingung: Rolle = CCIO; Jahr &gt;= 2020</translation>
    </message>
    <message>
        <source>Only sources whose cases meet these conditions, separated by &apos;;&apos;: ATTRIBUTE OP VALUE with =, !=, &lt;, &lt;=, &gt;, &gt;=, in (a, b), between a and b</source>
        <extracomment>&quot;in&quot; and &quot;between … and&quot; are the condition syntax&apos;s keywords and stay as they are.</extracomment>
        <translation>Nur Quellen, deren Fälle diese Bedingungen erfüllen, getrennt durch &apos;;&apos;: MERKMAL OP WERT mit =, !=, &lt;, &lt;=, &gt;, &gt;=, in (a, b), between a and b</translation>
    </message>
    <message>
        <source>Code All Hits…</source>
        <translation>Alle Treffer codieren…</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation>Quellengruppe: %1</translation>
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
        <source>%1 in %2</source>
        <extracomment>%1 is &quot;3 hits&quot;, %2 &quot;2 sources&quot;.</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 hit</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>%1 (%2) in %3</source>
        <extracomment>%1 is &quot;3 sentences&quot; or &quot;3 paragraphs&quot;, %2 &quot;5 matches&quot;, %3 &quot;2 sources&quot;.</extracomment>
        <translation>%1 (%2) in %3</translation>
    </message>
    <message>
        <source>%1 sentence</source>
        <translation>%1 Satz</translation>
    </message>
    <message>
        <source>%1 sentences</source>
        <translation>%1 Sätze</translation>
    </message>
    <message>
        <source>%1 paragraph</source>
        <translation>%1 Absatz</translation>
    </message>
    <message>
        <source>%1 paragraphs</source>
        <translation>%1 Absätze</translation>
    </message>
    <message>
        <source>%1 match</source>
        <translation>%1 Fundstelle</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Fundstellen</translation>
    </message>
    <message>
        <source> — showing the first %1; Code All Hits reaches the rest</source>
        <translation> — die ersten %1 werden angezeigt; „Alle Treffer codieren“ erfasst auch den Rest</translation>
    </message>
</context>
<context>
    <name>gw::SearchResultsModel</name>
    <message>
        <source>%1 · %2 matches</source>
        <translation>%1 · %2 Treffer</translation>
    </message>
</context>
<context>
    <name>gw::SegmentsDock</name>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Only segments from this kind of source</source>
        <translation>Nur Segmente aus dieser Art von Quelle</translation>
    </message>
    <message>
        <source>Only segments this coder made</source>
        <translation>Nur Segmente, die diese Person codiert hat</translation>
    </message>
    <message>
        <source>Only segments from sources whose case has this attribute value</source>
        <translation>Nur Segmente aus Quellen, deren Fall diesen Merkmalswert hat</translation>
    </message>
    <message>
        <source>Copy as Quotes</source>
        <translation>Als Zitate kopieren</translation>
    </message>
    <message>
        <source>Choose a code to see its segments.</source>
        <translation>Wählen Sie einen Code aus, um seine Segmente zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segments</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment of %1</source>
        <translation>
            <numerusform>%Ln Segment von %1</numerusform>
            <numerusform>%Ln Segmente von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segments of %1</source>
        <translation>
            <numerusform>%Ln Segment von %1</numerusform>
            <numerusform>%Ln Segmente von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Alle Codierenden</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>New &amp;Memo on Segment</source>
        <translation>Neues &amp;Memo zum Segment</translation>
    </message>
    <message>
        <source>Segment in %1 (%2)</source>
        <translation>Segment in %1 (%2)</translation>
    </message>
    <message>
        <source>Drop as Exemplar of Theme “%1”</source>
        <translation>Nicht mehr als Beispielzitat für Thema „%1“ verwenden</translation>
    </message>
    <message>
        <source>Use as &amp;Exemplar for Theme “%1”</source>
        <translation>Als &amp;Beispielzitat für Thema „%1“ verwenden</translation>
    </message>
    <message>
        <source>&amp;Split Segment Off “%1”…</source>
        <translation>Segment von „%1“ &amp;abspalten…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Split %n Segments Off “%1”…</source>
        <translation>
            <numerusform>%n Segment von „%1“ &amp;abspalten…</numerusform>
            <numerusform>%n Segmente von „%1“ &amp;abspalten…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Außerhalb der Menüs</translation>
    </message>
    <message>
        <source>(empty slot)</source>
        <translation>(leerer Eintrag)</translation>
    </message>
</context>
<context>
    <name>gw::SnapshotDiffDialog</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>added under “%1”</source>
        <translation>unter „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>merged into “%1”</source>
        <translation>in „%1“ zusammengeführt</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>von %1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation>umbenannt von „%1“</translation>
    </message>
    <message>
        <source>Changes from “%1” to %2</source>
        <extracomment>%2 is &quot;now&quot; or a snapshot&apos;s name in quotes</extracomment>
        <translation>Änderungen von „%1“ bis %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 change.</source>
        <translation>%1 Änderung.</translation>
    </message>
    <message>
        <source>%1 changes.</source>
        <translation>%1 Änderungen.</translation>
    </message>
    <message>
        <source>Nothing changed in the data structure.</source>
        <translation>In der Datenstruktur hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export the Changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A theme&apos;s or dimension&apos;s name in quotation marks.</extracomment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>gw::SourceListModel</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>%1
%2 · %3 characters · %4 coded segments%5</source>
        <translation>%1
%2 · %3 Zeichen · %4 codierte Segmente%5</translation>
    </message>
    <message>
        <source>
Imported from %1</source>
        <translation>
Importiert aus %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Quellengruppe</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
</context>
<context>
    <name>gw::SplitDialog</name>
    <message>
        <source>Split “%1”</source>
        <translation>„%1“ aufteilen</translation>
    </message>
    <message>
        <source>Check the segments that belong to a new code. They move to it; the rest stay with “%1”.</source>
        <translation>Haken Sie die Segmente an, die zu einem neuen Code gehören. Sie werden dorthin verschoben; die übrigen bleiben bei „%1“.</translation>
    </message>
    <message>
        <source>The new code’s name</source>
        <translation>Name des neuen Codes</translation>
    </message>
    <message>
        <source>&amp;New code:</source>
        <translation>&amp;Neuer Code:</translation>
    </message>
    <message>
        <source>Optional; kept in the audit log with your name</source>
        <translation>Optional; wird mit Ihrem Namen im Änderungsprotokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Aufteilen</translation>
    </message>
    <message>
        <source>%1 of %2 segments move to the new code%3</source>
        <translation>%1 von %2 Segmenten werden in den neuen Code verschoben%3</translation>
    </message>
    <message>
        <source>; “%1” is left without segments</source>
        <translation>; „%1“ bleibt ohne Segmente</translation>
    </message>
</context>
<context>
    <name>gw::StartPage</name>
    <message>
        <source>Groundwork</source>
        <translation>Groundwork</translation>
    </message>
    <message>
        <source>Code your interviews, build the data structure, write the study up.</source>
        <translation>Interviews codieren, die Datenstruktur aufbauen, die Studie schreiben.</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>An empty project file (Ctrl+N)</source>
        <translation>Eine leere Projektdatei (Strg+N)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>A .groundwork project on this computer (Ctrl+O)</source>
        <translation>Ein .groundwork-Projekt auf diesem Computer (Strg+O)</translation>
    </message>
    <message>
        <source>Open the Demo Study</source>
        <translation>Demo-Studie öffnen</translation>
    </message>
    <message>
        <source>A coded study to explore: data structure, CMO model, team coding</source>
        <translation>Eine codierte Studie zum Erkunden: Datenstruktur, CMO-Modell, Codieren im Team</translation>
    </message>
    <message>
        <source>Import from Another Tool…</source>
        <translation>Aus einem anderen Programm importieren…</translation>
    </message>
    <message>
        <source>A REFI-QDA project (.qdpx, .qdc) from NVivo, ATLAS.ti, MAXQDA or QualCoder</source>
        <translation>Ein REFI-QDA-Projekt (.qdpx, .qdc) aus NVivo, ATLAS.ti, MAXQDA oder QualCoder</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Projekte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Aus Liste entfernen</translation>
    </message>
    <message>
        <source>Take the project off this list (the file itself is not touched)</source>
        <translation>Das Projekt aus dieser Liste entfernen (die Datei selbst bleibt unberührt)</translation>
    </message>
    <message>
        <source>moved or deleted</source>
        <translation>verschoben oder gelöscht</translation>
    </message>
    <message>
        <source>%1 is not there any more. Remove it from the list, or open it where it is now with Open….</source>
        <translation>%1 ist nicht mehr vorhanden. Entfernen Sie es aus der Liste oder öffnen Sie es über „Öffnen…“ an seinem neuen Ort.</translation>
    </message>
    <message>
        <source>No recent projects yet</source>
        <translation>Noch keine zuletzt geöffneten Projekte</translation>
    </message>
</context>
<context>
    <name>gw::SuggestLinksDialog</name>
    <message>
        <source>Suggested Links</source>
        <translation>Vorgeschlagene Verknüpfungen</translation>
    </message>
    <message>
        <source> sentences</source>
        <translation> Sätze</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Nearby pairs</source>
        <translation>Nahe Paare</translation>
    </message>
    <message>
        <source>Overlapping</source>
        <translation>Überlappend</translation>
    </message>
    <message>
        <source>Same source</source>
        <translation>Gleiche Quelle</translation>
    </message>
    <message>
        <source>Same case</source>
        <translation>Gleicher Fall</translation>
    </message>
    <message>
        <source>Nearby means within</source>
        <translation>Nah bedeutet: bis zu</translation>
    </message>
    <message>
        <source>Add as</source>
        <translation>Hinzufügen als</translation>
    </message>
    <message>
        <source>&amp;Add Influence</source>
        <translation>Einfluss &amp;hinzufügen</translation>
    </message>
    <message>
        <source>No two unlinked elements have segments this close together.</source>
        <translation>Keine zwei unverknüpften Elemente haben Segmente, die so nah beieinander liegen.</translation>
    </message>
    <message>
        <source>Strongest first; pairs already joined by an influence are left out. Adding one takes its %1 closest segment pairs as evidence.</source>
        <translation>Die stärksten zuerst; Paare, die bereits durch einen Einfluss verbunden sind, werden ausgelassen. Beim Hinzufügen werden die %1 nächstgelegenen Segmentpaare als Belege übernommen.</translation>
    </message>
</context>
<context>
    <name>gw::TierDialog</name>
    <message>
        <source>New Theme</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>New Dimension</source>
        <translation>Neue Dimension</translation>
    </message>
    <message>
        <source>A second-order theme links first-order codes that speak to the same idea. Drag codes onto it in the code tree.</source>
        <translation>Ein Thema zweiter Ordnung verbindet Codes erster Ordnung, die dieselbe Idee ansprechen. Ziehen Sie Codes im Codebaum darauf.</translation>
    </message>
    <message>
        <source>An aggregate dimension gathers themes into one of the few ideas the study is about. Drag themes onto it.</source>
        <translation>Eine aggregierte Dimension bündelt Themen zu einer der wenigen Leitideen, um die es in der Studie geht. Ziehen Sie Themen darauf.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What belongs here, and what does not (optional)</source>
        <translation>Was hierher gehört und was nicht (optional)</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <source>None yet (not placed)</source>
        <translation>Noch keine (nicht zugeordnet)</translation>
    </message>
    <message>
        <source>&amp;Under dimension:</source>
        <translation>&amp;Übergeordnete Dimension:</translation>
    </message>
    <message>
        <source>Create Theme</source>
        <translation>Thema anlegen</translation>
    </message>
    <message>
        <source>Create Dimension</source>
        <translation>Dimension anlegen</translation>
    </message>
</context>
<context>
    <name>gw::UnplacedStrip</name>
    <message>
        <source>%1 first-order code</source>
        <translation>%1 Code erster Ordnung</translation>
    </message>
    <message>
        <source>%1 first-order codes</source>
        <translation>%1 Codes erster Ordnung</translation>
    </message>
    <message>
        <source>%1 theme</source>
        <translation>%1 Thema</translation>
    </message>
    <message>
        <source>%1 themes</source>
        <translation>%1 Themen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 and %2: &quot;3 first-order codes&quot; and &quot;1 theme&quot;.</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 is not placed yet</source>
        <translation>%1 ist noch nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 are not placed yet</source>
        <translation>%1 sind noch nicht zugeordnet</translation>
    </message>
    <message>
        <source>⚠ %1 · &lt;a href=&quot;#first&quot;&gt;Show&lt;/a&gt;</source>
        <translation>⚠ %1 · &lt;a href=&quot;#first&quot;&gt;Anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Drag first-order codes onto a theme, and themes onto a dimension, to place them in the data structure.</source>
        <translation>Ziehen Sie Codes erster Ordnung auf ein Thema und Themen auf eine Dimension, um sie in der Datenstruktur zuzuordnen.</translation>
    </message>
</context>
</TS>

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
        <source>Every code with its definition, counts and an exemplar, as CSV or Markdown</source>
        <translation>Jeder Code mit Definition, Häufigkeiten und einem Beispiel, als CSV oder Markdown</translation>
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
</TS>

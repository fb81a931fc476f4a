<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>groundwork</name>
    <message>
        <source>--show takes one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groundwork, a workbench for qualitative research.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to open, or a REFI-QDA file (.qdpx, .qdc) to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the files or folder at PATH into the project at start (with --screenshot, also save FILE-progress.png and FILE-report.png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show VIEW first (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::Language</name>
    <message>
        <source>As the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::MainWindow</name>
    <message>
        <source>Edit Source &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words to correct in the document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Source Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected text. Segments elsewhere keep their words; segments this falls inside or across follow it. Edit &gt; Undo puts the text back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &lt;b&gt;%1&lt;/b&gt;, now: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected words of the source (a transcription error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace names of people, sites and organisations by placeholders in every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark for Anonymisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected words to the names the anonymisation replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groundwork project (*.groundwork);;REFI-QDA project (*.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an Anonymised Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mapping to Check Against (Cancel: no check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the anonymised copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy to share, without the history or the original file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text corrected; %n segment(s) follow the new words.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymised: %1 replacements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a name in the document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be replaced (Edit &gt; Anonymise Sources…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the anonymised copy %1 (%2 sources)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; none of the names is in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case sheet: cases, their attributes and sources, edited in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;REFI-QDA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a project or codebook from NVivo, ATLAS.ti, MAXQDA, QualCoder (.qdpx, .qdc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export REFI-QDA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this project (.qdpx) or its codebook (.qdc) for other tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import REFI-QDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qde *.qdc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1: %2 new sources, %3 new codes, %4 segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groundwork projects (*.groundwork)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export REFI-QDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 codes%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 sources, %2 segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Demo Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the sources by kind, set or a case attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources are being imported into this project. Wait for the import to finish, or cancel it, before opening %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groundwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Groundwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sources</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln codes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Case &amp;Attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide, chapter by chapter through the method (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Groundwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Case Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 cases from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Groundwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Groundwork %1&lt;/h3&gt;&lt;p&gt;A workbench for qualitative research: read and code interviews, field notes and documents, and build your codes up into themes and dimensions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project as opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project to import sources into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code all %1%2 %3 with:</source>
        <extracomment>%1 is a number, %2 &quot; or more&quot; or nothing, %3 &quot;sentences&quot;, &quot;paragraphs&quot; or &quot;hits&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code All Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot code the hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded %1 passages with “%2”%3. Undo takes them all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 already were)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <comment>colour scheme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <comment>colour scheme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <comment>colour scheme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <comment>colour scheme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>code stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focused</source>
        <comment>code stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irst-order</source>
        <comment>code stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a code in the code tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Co&amp;lour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Archived Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second-order theme: drag first-order codes onto it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Dimension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An aggregate dimension: drag themes onto it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit De&amp;finition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Out of &amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected codes into one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move some of the code&apos;s segments to a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pare Codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected codes&apos; segments side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Memo on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Out of &amp;Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place Under Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place Under Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xemplar Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: right-click a segment of this theme’s codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Theme &amp;Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a review thread on this item for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the data structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every code with its definition, counts and an exemplar, as CSV or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %n code into “%1”. Undo takes the merge back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n codes into “%1”. Undo takes the merge back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Data Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gioia figure of the codes, themes and dimensions, drawn as you work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data Structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Gioia figure (SVG, PDF, PNG) or Table 1 (Markdown, LaTeX, HTML, CSV, ODT, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the data structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the data structure to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder &amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between two coders, code by code, and the passages where they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Agreement Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;LaTeX (*.tex);;CSV (*.csv);;Excel workbook (*.xlsx);;HTML (*.html);;OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name the file .md, .tex, .csv, .xlsx, .html or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the agreement table to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coder Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding queries, matrices by case or attribute, and code co-occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotes by Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each theme&apos;s exemplar quotes, cited by the speakers&apos; case attributes (ODT, HTML, Markdown, LaTeX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote &amp;Attribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Table 1, the quote report and the codebook cite speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name the file .odt, .html, .md or .tex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes by Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides each theme&apos;s exemplar quotes, how many segments of each of its codes
(one per source)? 0: the exemplars only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Quotes by Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md);;LaTeX (*.tex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the quotes by theme to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite each quote&apos;s speaker as (case attributes in braces%1;
empty: &quot;Role from Site&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set (a new name makes a new set):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;from Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a source in the source list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sources to remove in the source list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segment</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded segments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln memo</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln memos</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker turns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link to a case</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln links to cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exemplar quote</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exemplar quotes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece of model evidence</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pieces of model evidence</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two of a list: &quot;2 memos, 1 speaker turn and 3 exemplar quotes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 with its %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &gt; Undo puts everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1. Undo puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sources to put in the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to set “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sources to take out of the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of a set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment threads on the hierarchy, and snapshots of the data structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CMO Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts, mechanisms and outcomes: the integrative model, with the relationship spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMO &amp;Model Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model or the spectrum alone as SVG, PDF or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMO &amp;Configuration Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context, mechanism, outcome chains with evidence, as Markdown, LaTeX, HTML, CSV, ODT or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMO Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (*.svg);;PDF (*.pdf);;PNG, 300 dpi (*.png);;Spectrum only, SVG (*.svg);;Spectrum only, PDF (*.pdf);;Spectrum only, PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the CMO Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name the file .svg, .pdf or .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the CMO model to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the CMO Configuration Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;LaTeX (*.tex);;HTML (*.html);;CSV (*.csv);;OpenDocument text (*.odt);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name the file .md, .tex, .html, .csv, .odt or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the CMO configuration table to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a &amp;Coder&apos;s Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of this project for a teammate to code and merge back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge a Coder&apos;s Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a teammate&apos;s coding back in: preview, choose, merge (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a Coder&apos;s Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the copy for? (their coder name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a copy for %1 to %2. Merge it back with File &gt; Merge a Coder&apos;s Copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a teammate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a Coder&apos;s Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge of %1 could not be written; nothing was changed. The log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1: %2 segments, %3 codes and %4 sources added (Ctrl+Z takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groundwork will speak the system&apos;s language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groundwork will speak %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ManualWindow</name>
    <message>
        <source>Groundwork User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Groundwork User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;This copy of Groundwork has no manual. It looked in:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Installed from the package, the guide is in /usr/share/groundwork/manual.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty slot)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::StartPage</name>
    <message>
        <source>Groundwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code your interviews, build the data structure, write the study up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty project file (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .groundwork project on this computer (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Demo Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coded study to explore: data structure, CMO model, team coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Another Tool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A REFI-QDA project (.qdpx, .qdc) from NVivo, ATLAS.ti, MAXQDA or QualCoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the project off this list (the file itself is not touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there any more. Remove it from the list, or open it where it is now with Open….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

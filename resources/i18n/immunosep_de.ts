<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>corrects #{id}: {reason}</source>
        <translation>korrigiert #{id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by #{id}</source>
        <translation>ersetzt durch #{id}</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>FEHLEINGABE: {reason}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>present: excludes</source>
        <translation>vorhanden: schließt aus</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Training mode: synthetic data only.</source>
        <translation>Schulungsmodus: nur synthetische Daten.</translation>
    </message>
    <message>
        <source>Rule set: {version}</source>
        <translation>Regelwerk: {version}</translation>
    </message>
    <message>
        <source>Evidence: {version}</source>
        <translation>Evidenz: {version}</translation>
    </message>
    <message>
        <source>Source: {citation} doi:{doi}, {registry}</source>
        <translation>Quelle: {citation} doi:{doi}, {registry}</translation>
    </message>
    <message>
        <source>Decision support only. The phenotype says which ImmunoSep stratum a patient&apos;s laboratory values match; the regimens shown are the ones used in the trial, not orders. The trial showed less organ dysfunction by day 9 and no mortality benefit, in a phase 2 population (adults with sepsis from pneumonia or primary bacteraemia, treated within 72 h). The treating clinician decides.</source>
        <translation>Nur zur Entscheidungsunterstützung. Der Phänotyp gibt an, welchem ImmunoSep-Stratum die Laborwerte eines Patienten entsprechen; die angezeigten Therapieschemata sind die in der Studie verwendeten, keine Verordnungen. Die Studie zeigte weniger Organdysfunktion bis Tag 9 und keinen Vorteil bei der Mortalität, in einer Phase-2-Population (Erwachsene mit Sepsis bei Pneumonie oder primärer Bakteriämie, behandelt innerhalb von 72 h). Die Entscheidung trifft das behandelnde ärztliche Team.</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Sprache: {language}</translation>
    </message>
    <message>
        <source>Works offline: no data leave this computer.</source>
        <translation>Arbeitet offline: Keine Daten verlassen diesen Computer.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An internal error occurred ({kind}). The result on screen may be incomplete: start a new patient and enter the values again, and please report this.</source>
        <translation>Ein interner Fehler ist aufgetreten ({kind}). Das angezeigte Ergebnis ist möglicherweise unvollständig: Beginnen Sie mit einem neuen Patienten, geben Sie die Werte erneut ein und melden Sie bitte diesen Fehler.</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message numerus="yes">
        <source>Writing %n PDF report(s)…</source>
        <translation>
            <numerusform>Schreibe %n PDF-Bericht…</numerusform>
            <numerusform>Schreibe %n PDF-Berichte…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: {reason}.</source>
        <translation>Der Export wurde abgebrochen: {reason}.</translation>
    </message>
    <message>
        <source>Export cancelled. The reports written so far are listed in index.csv in {folder}; no combined file was made.</source>
        <translation>Export abgebrochen. Die bis dahin geschriebenen Berichte sind in index.csv in {folder} aufgeführt; es wurde keine Gesamtdatei erstellt.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export PDF reports</source>
        <translation>PDF-Berichte exportieren</translation>
    </message>
    <message>
        <source>Export PDF reports — TRAINING</source>
        <translation>PDF-Berichte exportieren — SCHULUNG</translation>
    </message>
    <message numerus="yes">
        <source>%n one-page report(s), a summary listing every row (rows needing action first), and all of them in one file to print (all-reports.pdf).</source>
        <translation>
            <numerusform>%n einseitiger Bericht, eine Übersicht mit jeder Zeile (Zeilen mit Handlungsbedarf zuerst) und alles in einer Datei zum Drucken (all-reports.pdf).</numerusform>
            <numerusform>%n einseitige Berichte, eine Übersicht mit jeder Zeile (Zeilen mit Handlungsbedarf zuerst) und alle in einer Datei zum Drucken (all-reports.pdf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected at import: they are listed with the reason.</source>
        <translation>
            <numerusform>%n Zeile wurde beim Import abgelehnt: Sie ist mit dem Grund aufgeführt.</numerusform>
            <numerusform>%n Zeilen wurden beim Import abgelehnt: Sie sind mit dem Grund aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Ordner für die Berichte</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Patient identifiers in file &amp;names</source>
        <translation>Patienten-IDs in Datei&amp;namen</translation>
    </message>
    <message>
        <source>Untick on a shared drive: files are then named by row number only</source>
        <translation>Auf einem gemeinsamen Laufwerk abwählen: Die Dateien werden dann nur nach Zeilennummer benannt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
</context>
<context>
    <name>BatchResultWindow</name>
    <message>
        <source>Export PDF reports</source>
        <translation>PDF-Berichte exportieren</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
</context>
<context>
    <name>CardEligibility</name>
    <message>
        <source>Eligibility: not assessed.</source>
        <translation>Studieneignung: nicht bewertet.</translation>
    </message>
    <message>
        <source>Eligibility: the stored checklist cannot be read: {reason}</source>
        <translation>Studieneignung: Die gespeicherte Checkliste kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Eligibility: not assessed. Patient ▸ Eligibility checklist (Ctrl+Shift+E) or the button below enters it.</source>
        <translation>Studieneignung: nicht bewertet. Eingabe unter Patient ▸ Checkliste der Studieneignung (Strg+Umschalt+E) oder mit der Schaltfläche unten.</translation>
    </message>
    <message>
        <source>Eligibility: checklist #{id} cannot be read: {reason}</source>
        <translation>Studieneignung: Checkliste #{id} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>outside the tested population</source>
        <translation>außerhalb der untersuchten Population</translation>
    </message>
    <message>
        <source>fit to the tested population unknown</source>
        <translation>Zugehörigkeit zur untersuchten Population unbekannt</translation>
    </message>
    <message>
        <source>all listed criteria met</source>
        <translation>alle aufgeführten Kriterien erfüllt</translation>
    </message>
    <message>
        <source>Eligibility (checklist #{id}, assessment #{assessment}): {met} met · {failed} not met · {unknown} unknown — {verdict}</source>
        <translation>Studieneignung (Checkliste #{id}, Beurteilung #{assessment}): {met} erfüllt · {failed} nicht erfüllt · {unknown} unbekannt — {verdict}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Phenotype map</source>
        <translation>Phänotyp-Karte</translation>
    </message>
    <message>
        <source>Evidence chart</source>
        <translation>Evidenz-Diagramm</translation>
    </message>
</context>
<context>
    <name>CohortStoreBar</name>
    <message>
        <source>Storing this import</source>
        <translation>Diesen Import speichern</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Store %n assessment(s) in the training records</source>
        <translation>
            <numerusform>%n Beurteilung in den Schulungsdaten &amp;speichern</numerusform>
            <numerusform>%n Beurteilungen in den Schulungsdaten &amp;speichern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Store %n assessment(s) in the clinical records</source>
        <translation>
            <numerusform>%n Beurteilung in den klinischen Daten &amp;speichern</numerusform>
            <numerusform>%n Beurteilungen in den klinischen Daten &amp;speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>Store the assessments</source>
        <translation>Beurteilungen speichern</translation>
    </message>
    <message>
        <source>&amp;View only</source>
        <translation>Nur &amp;ansehen</translation>
    </message>
    <message>
        <source>View only, store nothing</source>
        <translation>Nur ansehen, nichts speichern</translation>
    </message>
    <message>
        <source>Storing progress</source>
        <translation>Fortschritt des Speicherns</translation>
    </message>
    <message>
        <source>Cancel storing</source>
        <translation>Speichern abbrechen</translation>
    </message>
    <message>
        <source>Nothing from this file has been stored. Store it in the patients&apos; records, or only view it?</source>
        <translation>Aus dieser Datei wurde nichts gespeichert. In den Daten der Patienten speichern oder nur ansehen?</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n assessment(s)…</source>
        <translation>
            <numerusform>%n Beurteilung wird gespeichert…</numerusform>
            <numerusform>%n Beurteilungen werden gespeichert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewing only: nothing from this file is stored.</source>
        <translation>Nur Ansicht: Aus dieser Datei wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Viewing only: nothing from this file is stored. The choice could not be written to the audit trail: {reason}</source>
        <translation>Nur Ansicht: Aus dieser Datei wird nichts gespeichert. Die Auswahl konnte nicht in das Audit-Protokoll geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Storing is still running: wait for it to finish, or cancel it, before closing this window.</source>
        <translation>Das Speichern läuft noch: Warten Sie, bis es abgeschlossen ist, oder brechen Sie es ab, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Stored in the training records as import #{id}.</source>
        <translation>In den Schulungsdaten als Import #{id} gespeichert.</translation>
    </message>
    <message>
        <source>Stored in the clinical records as import #{id}.</source>
        <translation>In den klinischen Daten als Import #{id} gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Stored in the training records as import #{id}: %n assessment(s).</source>
        <translation>
            <numerusform>In den Schulungsdaten als Import #{id} gespeichert: %n Beurteilung.</numerusform>
            <numerusform>In den Schulungsdaten als Import #{id} gespeichert: %n Beurteilungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored in the clinical records as import #{id}: %n assessment(s).</source>
        <translation>
            <numerusform>In den klinischen Daten als Import #{id} gespeichert: %n Beurteilung.</numerusform>
            <numerusform>In den klinischen Daten als Import #{id} gespeichert: %n Beurteilungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored: {reason} Nothing from this file was stored.</source>
        <translation>Nicht gespeichert: {reason} Aus dieser Datei wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Storing cancelled: nothing from this file was stored.</source>
        <translation>Speichern abgebrochen: Aus dieser Datei wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>CohortView</name>
    <message>
        <source>Cohort — {file}</source>
        <translation>Kohorte — {file}</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Filter: patient id, phenotype, reason…</source>
        <translation>Filter: Patienten-ID, Phänotyp, Grund…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Table status</source>
        <translation>Tabellenstatus</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Select a row to see its full assessment.</source>
        <translation>Wählen Sie eine Zeile, um ihre vollständige Beurteilung zu sehen.</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Ausgewählte Zeile</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Hinweise zum Import</translation>
    </message>
    <message>
        <source>&amp;Open in the main window</source>
        <translation>Im Hauptfenster ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show this assessment in the main window (Enter); asks first if typed values are not saved</source>
        <translation>Diese Beurteilung im Hauptfenster anzeigen (Eingabetaste); fragt zuvor nach, wenn eingegebene Werte nicht gespeichert sind</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Ergebnisse exportieren…</translation>
    </message>
    <message>
        <source>Export rejected rows…</source>
        <translation>Abgelehnte Zeilen exportieren…</translation>
    </message>
    <message>
        <source>Export PDF reports…</source>
        <translation>PDF-Berichte exportieren…</translation>
    </message>
    <message>
        <source>One PDF per patient row, a cohort summary and an index, rendered on every CPU core</source>
        <translation>Ein PDF pro Patientenzeile, eine Kohortenübersicht und ein Verzeichnis, auf allen CPU-Kernen erstellt</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Phänotyp-Karte der Kohorte</translation>
    </message>
    <message>
        <source>classified</source>
        <translation>klassifiziert</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <translation>Klassifikation nicht möglich</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>MALS</source>
        <translation>MALS</translation>
    </message>
    <message>
        <source>Immunoparalysis</source>
        <translation>Immunparalyse</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Unklassifiziert</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>Klassifikation nicht möglich</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Klassifiziert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Phänotyp</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Entnahmezeit</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Data rows: {n}</source>
        <translation>Datenzeilen: {n}</translation>
    </message>
    <message>
        <source>classified: {n}</source>
        <translation>klassifiziert: {n}</translation>
    </message>
    <message>
        <source>cannot classify: {n}</source>
        <translation>Klassifikation nicht möglich: {n}</translation>
    </message>
    <message>
        <source>rejected: {n}</source>
        <translation>abgelehnt: {n}</translation>
    </message>
    <message>
        <source>assessments: {n}</source>
        <translation>Beurteilungen: {n}</translation>
    </message>
    <message>
        <source>{phenotype} {n}</source>
        <translation>{phenotype} {n}</translation>
    </message>
    <message>
        <source>Cohort rows</source>
        <translation>Kohortenzeilen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Full assessment of the selected row</source>
        <translation>Vollständige Beurteilung der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>Row {row} was rejected: {reasons}</source>
        <translation>Zeile {row} wurde abgelehnt: {reasons}</translation>
    </message>
    <message>
        <source>Row {row}, patient {patient}</source>
        <translation>Zeile {row}, Patient {patient}</translation>
    </message>
    <message>
        <source>Imported row {row} — {patient}</source>
        <translation>Importierte Zeile {row} — {patient}</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Sortieren…</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Suche wird vorbereitet…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>CohortWindow</name>
    <message>
        <source>Recent &amp;imports</source>
        <translation>&amp;Letzte Importe</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Letzte Importe</translation>
    </message>
    <message>
        <source>Recent import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <source>The file has changed since it was imported (its content is different), so it is not shown in place of the imported cohort. Import it again to see its new content.</source>
        <translation>Die Datei hat sich seit dem Import geändert (ihr Inhalt ist anders) und wird daher nicht anstelle der importierten Kohorte angezeigt. Importieren Sie sie erneut, um den neuen Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Phänotyp-Karte der Kohorte</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Die Datei wird erneut gelesen…</translation>
    </message>
    <message>
        <source>{name} — training, stored as import #{id}</source>
        <translation>{name} — Schulung, gespeichert als Import #{id}</translation>
    </message>
    <message>
        <source>{name} — clinical, stored as import #{id}</source>
        <translation>{name} — klinisch, gespeichert als Import #{id}</translation>
    </message>
    <message>
        <source>{name} — training, viewed only</source>
        <translation>{name} — Schulung, nur angesehen</translation>
    </message>
    <message>
        <source>{name} — clinical, viewed only</source>
        <translation>{name} — klinisch, nur angesehen</translation>
    </message>
    <message>
        <source>This import was made in training mode; switch to it to reopen the import.</source>
        <translation>Dieser Import wurde im Schulungsmodus erstellt; wechseln Sie in den Schulungsmodus, um ihn erneut zu öffnen.</translation>
    </message>
    <message>
        <source>This import was made in clinical mode; leave training mode to reopen it.</source>
        <translation>Dieser Import wurde im klinischen Modus erstellt; verlassen Sie den Schulungsmodus, um ihn erneut zu öffnen.</translation>
    </message>
    <message>
        <source>(no recent imports)</source>
        <translation>(keine letzten Importe)</translation>
    </message>
    <message>
        <source>The file is no longer where it was imported from: {path}</source>
        <translation>Die Datei liegt nicht mehr dort, von wo sie importiert wurde: {path}</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read ({kind}).</source>
        <translation>Die Datei kann nicht gelesen werden ({kind}).</translation>
    </message>
</context>
<context>
    <name>DailySofaPanel</name>
    <message>
        <source>Enter the date as YYYY-MM-DD (for example 2026-11-24).</source>
        <translation>Geben Sie das Datum als JJJJ-MM-TT ein (zum Beispiel 2026-11-24).</translation>
    </message>
    <message>
        <source>{date} is after today; a SOFA is entered for a day that has begun.</source>
        <translation>{date} liegt nach dem heutigen Tag; ein SOFA wird nur für einen bereits begonnenen Tag eingegeben.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day1}).</source>
        <translation>{date} liegt vor Tag 1 ({day1}).</translation>
    </message>
    <message>
        <source>The SOFA calculator has no total: correct its fields, or type the total.</source>
        <translation>Der SOFA-Rechner hat keine Summe: Korrigieren Sie seine Felder oder geben Sie die Summe ein.</translation>
    </message>
    <message>
        <source>Nothing is entered in the SOFA calculator yet.</source>
        <translation>Im SOFA-Rechner ist noch nichts eingegeben.</translation>
    </message>
    <message>
        <source>Type the total as a whole number from 0 to 24.</source>
        <translation>Geben Sie die Summe als ganze Zahl von 0 bis 24 ein.</translation>
    </message>
    <message>
        <source>Enter the patient identifier in the main window first.</source>
        <translation>Geben Sie zuerst die Patienten-ID im Hauptfenster ein.</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s records…</source>
        <translation>Die Daten des Patienten werden gelesen…</translation>
    </message>
    <message>
        <source>Day {day} already has a SOFA: select it below and correct it.</source>
        <translation>Tag {day} hat bereits einen SOFA: Wählen Sie ihn unten aus und korrigieren Sie ihn.</translation>
    </message>
    <message>
        <source>day {day}</source>
        <translation>Tag {day}</translation>
    </message>
    <message>
        <source>No SOFA is stored for this patient yet: the first one saved fixes day 1 (day 1 is the day of phenotyping; choose its study day if the first SOFA stored is a later one).</source>
        <translation>Für diesen Patienten ist noch kein SOFA gespeichert: Der erste gespeicherte legt Tag 1 fest (Tag 1 ist der Tag der Phänotypisierung; wählen Sie den Studientag, wenn der erste gespeicherte SOFA ein späterer ist).</translation>
    </message>
    <message>
        <source>Day 1 (the day of phenotyping) of this course: {date}. The study day follows from the date.</source>
        <translation>Tag 1 (der Tag der Phänotypisierung) dieses Verlaufs: {date}. Der Studientag ergibt sich aus dem Datum.</translation>
    </message>
    <message>
        <source>Nothing is entered in the calculator yet.</source>
        <translation>Im Rechner ist noch nichts eingegeben.</translation>
    </message>
    <message>
        <source>The calculator has no total: a field there is marked in red.</source>
        <translation>Der Rechner hat keine Summe: Ein Feld dort ist rot markiert.</translation>
    </message>
    <message>
        <source>Correct the date of &amp;death…</source>
        <translation>&amp;Todesdatum korrigieren…</translation>
    </message>
    <message>
        <source>Record &amp;death…</source>
        <translation>&amp;Tod erfassen…</translation>
    </message>
    <message>
        <source>&amp;Save SOFA for day {day} ({date})…</source>
        <translation>SOFA für Tag {day} ({date}) &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Save SOFA…</source>
        <translation>SOFA &amp;speichern…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>death on {date}</source>
        <translation>Tod am {date}</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>total typed</source>
        <translation>Summe eingegeben</translation>
    </message>
    <message>
        <source>day {day} ({date}): SOFA {total}, {n} of 6 systems, {how}</source>
        <translation>Tag {day} ({date}): SOFA {total}, {n} von 6 Systemen, {how}</translation>
    </message>
    <message>
        <source>{when} by {user}</source>
        <translation>{when} von {user}</translation>
    </message>
    <message>
        <source>Day {day} ({date}): SOFA {total}</source>
        <translation>Tag {day} ({date}): SOFA {total}</translation>
    </message>
    <message>
        <source>This SOFA fixes day 1 of the course: {date}.</source>
        <translation>Dieser SOFA legt Tag 1 des Verlaufs fest: {date}.</translation>
    </message>
    <message>
        <source>Save daily SOFA</source>
        <translation>Täglichen SOFA speichern</translation>
    </message>
    <message>
        <source>Save this daily SOFA in the TRAINING records of patient:</source>
        <translation>Diesen täglichen SOFA in den SCHULUNGSDATEN des folgenden Patienten speichern:</translation>
    </message>
    <message>
        <source>Save this daily SOFA in the clinical records of patient:</source>
        <translation>Diesen täglichen SOFA in den klinischen Daten des folgenden Patienten speichern:</translation>
    </message>
    <message>
        <source>Daily SOFA saved for {patient}, day {day}.</source>
        <translation>Täglicher SOFA für {patient} gespeichert, Tag {day}.</translation>
    </message>
    <message>
        <source>{total} from {n} of 6 organ systems ({how})</source>
        <translation>{total} aus {n} von 6 Organsystemen ({how})</translation>
    </message>
    <message>
        <source>Correct a daily SOFA</source>
        <translation>Täglichen SOFA korrigieren</translation>
    </message>
    <message>
        <source>Day {day} of {patient} will be stored again as SOFA {total}; the old version (record #{id}) stays stored, marked as superseded.</source>
        <translation>Tag {day} von {patient} wird erneut als SOFA {total} gespeichert; die alte Version (Eintrag #{id}) bleibt gespeichert und wird als ersetzt markiert.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>Korrektur &amp;speichern</translation>
    </message>
    <message>
        <source>Correction saved for {patient}.</source>
        <translation>Korrektur für {patient} gespeichert.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Als Fehleingabe markieren</translation>
    </message>
    <message>
        <source>Record #{id} of {patient} will be marked as entered in error. It stays stored and listed, and no longer counts.</source>
        <translation>Eintrag #{id} von {patient} wird als Fehleingabe markiert. Er bleibt gespeichert und aufgelistet und zählt nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>Als Fehleingabe &amp;markieren</translation>
    </message>
    <message>
        <source>Record #{id} marked as entered in error.</source>
        <translation>Eintrag #{id} als Fehleingabe markiert.</translation>
    </message>
    <message>
        <source>Death recorded for {patient}.</source>
        <translation>Tod für {patient} erfasst.</translation>
    </message>
    <message>
        <source>Enter a day&apos;s SOFA</source>
        <translation>SOFA eines Tages eingeben</translation>
    </message>
    <message>
        <source>The trial&apos;s day-9 measure</source>
        <translation>Die Tag-9-Messgröße der Studie</translation>
    </message>
    <message>
        <source>Stored daily SOFA and death records</source>
        <translation>Gespeicherte tägliche SOFA- und Todeseinträge</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date of this SOFA</source>
        <translation>Datum dieses SOFA</translation>
    </message>
    <message>
        <source>study day:</source>
        <translation>Studientag:</translation>
    </message>
    <message>
        <source>Study day of this SOFA</source>
        <translation>Studientag dieses SOFA</translation>
    </message>
    <message>
        <source>From the SOFA &amp;calculator:</source>
        <translation>Aus dem SOFA-&amp;Rechner:</translation>
    </message>
    <message>
        <source>Open the calculator</source>
        <translation>Rechner öffnen</translation>
    </message>
    <message>
        <source>Total t&amp;yped from the chart:</source>
        <translation>Summe aus der Kurve &amp;eingegeben:</translation>
    </message>
    <message>
        <source>SOFA total typed</source>
        <translation>Eingegebene SOFA-Summe</translation>
    </message>
    <message>
        <source>resting on</source>
        <translation>beruhend auf</translation>
    </message>
    <message>
        <source>Organ systems the typed total rests on</source>
        <translation>Organsysteme, auf denen die eingegebene Summe beruht</translation>
    </message>
    <message>
        <source>{n} of 6 organ systems</source>
        <translation>{n} von 6 Organsystemen</translation>
    </message>
    <message>
        <source>C&amp;orrect with the values above…</source>
        <translation>Mit den obigen Werten k&amp;orrigieren…</translation>
    </message>
    <message>
        <source>Mark e&amp;ntered in error…</source>
        <translation>Als Fehlein&amp;gabe markieren…</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <source>Correct the date of death</source>
        <translation>Todesdatum korrigieren</translation>
    </message>
    <message>
        <source>Record death</source>
        <translation>Tod erfassen</translation>
    </message>
    <message>
        <source>Patient {patient}. From the day of death every day of the day-9 measure counts SOFA 24 (the trial&apos;s statistical analysis plan).</source>
        <translation>Patient {patient}. Ab dem Todestag zählt jeder Tag der Tag-9-Messgröße mit SOFA 24 (statistischer Analyseplan der Studie).</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Todesdatum</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Grund der Korrektur</translation>
    </message>
    <message>
        <source>&amp;Date of death:</source>
        <translation>&amp;Todesdatum:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Begründung (erforderlich):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Geben Sie das Datum als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>Das Datum liegt nach dem heutigen Tag.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Eine Korrektur erfordert eine Begründung.</translation>
    </message>
</context>
<context>
    <name>DemoCasePanel</name>
    <message>
        <source>Training case</source>
        <translation>Schulungsfall</translation>
    </message>
    <message>
        <source>choose a synthetic case…</source>
        <translation>Synthetischen Fall wählen…</translation>
    </message>
    <message>
        <source>Training &amp;case:</source>
        <translation>&amp;Schulungsfall:</translation>
    </message>
    <message>
        <source>&amp;Quiz: hide the answers</source>
        <translation>&amp;Quiz: Antworten ausblenden</translation>
    </message>
    <message>
        <source>Quiz mode</source>
        <translation>Quizmodus</translation>
    </message>
    <message>
        <source>R&amp;eveal</source>
        <translation>Aufd&amp;ecken</translation>
    </message>
    <message>
        <source>Reveal the expected result</source>
        <translation>Erwartetes Ergebnis aufdecken</translation>
    </message>
    <message>
        <source>{id} · {title} — topic: {topic}</source>
        <translation>{id} · {title} — Thema: {topic}</translation>
    </message>
    <message>
        <source>Choose a case to fill in the form; ↑/↓ step through them.</source>
        <translation>Wählen Sie einen Fall, um das Formular auszufüllen; mit ↑/↓ blättern Sie durch die Fälle.</translation>
    </message>
    <message>
        <source>Teaching note</source>
        <translation>Lernhinweis</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Erwartetes Ergebnis</translation>
    </message>
    <message>
        <source>Result compared with the case</source>
        <translation>Ergebnis im Vergleich zum Fall</translation>
    </message>
    <message>
        <source>✔ matches the result shown</source>
        <translation>✔ stimmt mit dem angezeigten Ergebnis überein</translation>
    </message>
    <message>
        <source>Values changed: the result may differ</source>
        <translation>Werte geändert: Das Ergebnis kann abweichen</translation>
    </message>
    <message>
        <source>Case {n} of {total} ({id})</source>
        <translation>Fall {n} von {total} ({id})</translation>
    </message>
    <message>
        <source>Expected result hidden: read the result, then Reveal (Alt+E).</source>
        <translation>Erwartetes Ergebnis ausgeblendet: Lesen Sie das Ergebnis und wählen Sie dann „Aufdecken“ (Alt+E).</translation>
    </message>
    <message>
        <source>Quiz: {id}. What phenotype do these values give, and why?</source>
        <translation>Quiz: {id}. Welchen Phänotyp ergeben diese Werte, und warum?</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>Klassifikation nicht möglich</translation>
    </message>
    <message>
        <source>Expected: {result}</source>
        <translation>Erwartet: {result}</translation>
    </message>
    <message>
        <source>{title}: {note}</source>
        <translation>{title}: {note}</translation>
    </message>
</context>
<context>
    <name>EligibilityHistoryView</name>
    <message>
        <source>No eligibility checklist is stored for this patient. Patient ▸ Eligibility checklist (Ctrl+Shift+E) enters one.</source>
        <translation>Für diesen Patienten ist keine Checkliste der Studieneignung gespeichert. Unter Patient ▸ Checkliste der Studieneignung (Strg+Umschalt+E) wird eine eingegeben.</translation>
    </message>
    <message>
        <source>Eligibility checklists stored for this patient, oldest first. The ImmunoSep evidence comes from the population these criteria describe and may not apply outside it; the checklist never blocks a phenotype.</source>
        <translation>Für diesen Patienten gespeicherte Checklisten der Studieneignung, älteste zuerst. Die ImmunoSep-Evidenz stammt aus der Population, die diese Kriterien beschreiben, und gilt außerhalb dieser möglicherweise nicht; die Checkliste blockiert nie einen Phänotyp.</translation>
    </message>
    <message>
        <source>Checklist #{id}, stored with assessment #{assessment}</source>
        <translation>Checkliste #{id}, gespeichert mit Beurteilung #{assessment}</translation>
    </message>
    <message>
        <source>checklist {version}</source>
        <translation>Checkliste {version}</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Inclusion {number}</source>
        <translation>Einschluss {number}</translation>
    </message>
    <message>
        <source>Exclusion {number}</source>
        <translation>Ausschluss {number}</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>NICHT VERIFIZIERT</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>About taking part in the trial, not about the patient&apos;s condition.</source>
        <translation>Betrifft die Teilnahme an der Studie, nicht den Zustand des Patienten.</translation>
    </message>
    <message>
        <source>No summary: {reason}</source>
        <translation>Keine Zusammenfassung: {reason}</translation>
    </message>
    <message>
        <source>A checklist (record #{id}) is stored with assessment #{assessment}; saving stores a corrected version.</source>
        <translation>Eine Checkliste (Eintrag #{id}) ist mit Beurteilung #{assessment} gespeichert; Speichern legt eine korrigierte Version an.</translation>
    </message>
    <message>
        <source>Saved with assessment #{assessment}.</source>
        <translation>Mit Beurteilung #{assessment} gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Save corrected checklist…</source>
        <translation>Korrigierte Checkliste &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Save checklist…</source>
        <translation>Checkliste &amp;speichern…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Eligibility checklist saved for {patient}.</source>
        <translation>Checkliste der Studieneignung für {patient} gespeichert.</translation>
    </message>
    <message>
        <source>Correct the eligibility checklist</source>
        <translation>Checkliste der Studieneignung korrigieren</translation>
    </message>
    <message>
        <source>The checklist of assessment #{assessment} of {patient} will be stored again with these answers; the old version (record #{id}) stays stored, marked as superseded.</source>
        <translation>Die Checkliste der Beurteilung #{assessment} von {patient} wird mit diesen Antworten erneut gespeichert; die alte Version (Eintrag #{id}) bleibt gespeichert und wird als ersetzt markiert.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>Korrektur &amp;speichern</translation>
    </message>
    <message>
        <source>Save eligibility checklist</source>
        <translation>Checkliste der Studieneignung speichern</translation>
    </message>
    <message>
        <source>Save this checklist in the TRAINING records of patient:</source>
        <translation>Diese Checkliste in den SCHULUNGSDATEN des folgenden Patienten speichern:</translation>
    </message>
    <message>
        <source>Save this checklist in the clinical records of patient:</source>
        <translation>Diese Checkliste in den klinischen Daten des folgenden Patienten speichern:</translation>
    </message>
    <message>
        <source>With assessment #{assessment}</source>
        <translation>Mit Beurteilung #{assessment}</translation>
    </message>
    <message>
        <source>Use only if… — the ImmunoSep trial&apos;s eligibility criteria (NCT04990232), as registered</source>
        <translation>Nur anwenden, wenn… — die Eignungskriterien der ImmunoSep-Studie (NCT04990232), wie registriert</translation>
    </message>
    <message>
        <source>Inclusion criteria: each must be met</source>
        <translation>Einschlusskriterien: Jedes muss erfüllt sein</translation>
    </message>
    <message>
        <source>Exclusion criteria: each must be absent</source>
        <translation>Ausschlusskriterien: Jedes muss fehlen</translation>
    </message>
    <message>
        <source>Neutrophils (&amp;ANC):</source>
        <translation>Neutrophile (&amp;ANC):</translation>
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
        <source>{kind} criterion {number}: answer</source>
        <translation>{kind}, Kriterium {number}: Antwort</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Einschluss</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Ausschluss</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>NICHT VERIFIZIERT</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-TT HH:MM</translation>
    </message>
    <message>
        <source>as used on the ward, e.g. bed 7</source>
        <translation>wie auf Station verwendet, z. B. Bett 7</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Alter in Jahren</translation>
    </message>
    <message>
        <source>years, e.g. 64</source>
        <translation>Jahre, z. B. 64</translation>
    </message>
    <message>
        <source>ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <source>e.g. 5120</source>
        <translation>z. B. 5120</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>e.g. 3200</source>
        <translation>z. B. 3200</translation>
    </message>
    <message>
        <source>Ferritin sample time</source>
        <translation>Entnahmezeit Ferritin</translation>
    </message>
    <message>
        <source>HLA-DR sample time</source>
        <translation>Entnahmezeit HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR processing time</source>
        <translation>Verarbeitungszeit HLA-DR</translation>
    </message>
    <message>
        <source>Decimal separator in force</source>
        <translation>Geltendes Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Ward &amp;identifier</source>
        <translation>Patienten-&amp;ID</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>&amp;Alter (Jahre)</translation>
    </message>
    <message>
        <source>Laboratory values</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>Fe&amp;rritin</source>
        <translation>Fe&amp;rritin</translation>
    </message>
    <message>
        <source>HLA-&amp;DR</source>
        <translation>HLA-&amp;DR</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR in antibodies bound per cell (AB/C, QuantiBRITE). % positive and MFI can be chosen, but cannot be used.</source>
        <translation>Monozytäres HLA-DR in gebundenen Antikörpern pro Zelle (AB/C, QuantiBRITE). % positive Zellen und MFI sind wählbar, aber nicht verwertbar.</translation>
    </message>
    <message>
        <source>Sample times (optional)</source>
        <translation>Entnahmezeiten (optional)</translation>
    </message>
    <message>
        <source>Ferritin &amp;sampled</source>
        <translation>Ferritin ent&amp;nommen</translation>
    </message>
    <message>
        <source>HLA-DR sa&amp;mpled</source>
        <translation>HLA-DR entno&amp;mmen</translation>
    </message>
    <message>
        <source>HLA-DR pr&amp;ocessed</source>
        <translation>HLA-DR verar&amp;beitet</translation>
    </message>
    <message>
        <source>read as {reading}</source>
        <translation>gelesen als {reading}</translation>
    </message>
    <message>
        <source>read as {when}</source>
        <translation>gelesen als {when}</translation>
    </message>
    <message>
        <source>Decimal separator in force: &apos;{sep}&apos; (e.g. {example}); thousands separators are never accepted. Change it in File ▸ Settings.</source>
        <translation>Geltendes Dezimaltrennzeichen: &apos;{sep}&apos; (z. B. {example}); Tausendertrennzeichen werden nie akzeptiert. Änderbar unter Datei ▸ Einstellungen.</translation>
    </message>
    <message>
        <source>Unusually high: above {limit} {unit}. Check the value and its unit.</source>
        <translation>Ungewöhnlich hoch: über {limit} {unit}. Prüfen Sie den Wert und seine Einheit.</translation>
    </message>
    <message>
        <source>Unusually low: below {limit} {unit}. Check the value and its unit.</source>
        <translation>Ungewöhnlich niedrig: unter {limit} {unit}. Prüfen Sie den Wert und seine Einheit.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Randomized, double-blind, double-dummy, placebo-controlled phase 2 trial; 33 sites in 6 countries; 2021-08-05 to 2024-04-29.</source>
        <comment>trial/design</comment>
        <extracomment>immunosep.json trial/design</extracomment>
        <translation>Randomisierte, doppelblinde, placebokontrollierte Phase-2-Studie im Double-Dummy-Design; 33 Zentren in 6 Ländern; 2021-08-05 bis 2024-04-29.</translation>
    </message>
    <message>
        <source>Adults (≥ 18 years) with sepsis by Sepsis-3 (SOFA ≥ 2, or a rise of ≥ 2 points if already in hospital).</source>
        <comment>trial/population/0</comment>
        <extracomment>immunosep.json trial/population/0</extracomment>
        <translation>Erwachsene (≥ 18 Jahre) mit Sepsis nach Sepsis-3 (SOFA ≥ 2 oder ein Anstieg um ≥ 2 Punkte bei bereits stationären Patienten).</translation>
    </message>
    <message>
        <source>Infection: community-acquired, hospital-acquired or ventilator-associated pneumonia, or primary bacteraemia.</source>
        <comment>trial/population/1</comment>
        <extracomment>immunosep.json trial/population/1</extracomment>
        <translation>Infektion: ambulant erworbene, nosokomiale oder beatmungsassoziierte Pneumonie oder primäre Bakteriämie.</translation>
    </message>
    <message>
        <source>MALS (ferritin &gt; 4420 ng/mL) or immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR &lt; 5000 AB/C, QuantiBRITE, CD45/CD14 monocytes).</source>
        <comment>trial/population/2</comment>
        <extracomment>immunosep.json trial/population/2</extracomment>
        <translation>MALS (Ferritin &gt; 4420 ng/mL) oder Immunparalyse (Ferritin ≤ 4420 ng/mL und HLA-DR &lt; 5000 AB/C, QuantiBRITE, CD45/CD14-Monozyten).</translation>
    </message>
    <message>
        <source>Blinded treatment started within 72 hours of sepsis classification.</source>
        <comment>trial/population/3</comment>
        <extracomment>immunosep.json trial/population/3</extracomment>
        <translation>Verblindete Behandlung begonnen innerhalb von 72 Stunden nach Einstufung als Sepsis.</translation>
    </message>
    <message>
        <source>Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.</source>
        <comment>trial/key_exclusions/0</comment>
        <extracomment>immunosep.json trial/key_exclusions/0</extracomment>
        <translation>Akute Pyelonephritis, intraabdominelle Infektion, Meningitis oder Hautinfektion.</translation>
    </message>
    <message>
        <source>Stage IV malignancy; neutropenia (registry: ANC &lt; 1500/mm³; protocol transcription: &lt; 1000/mm³); do-not-resuscitate decision.</source>
        <comment>trial/key_exclusions/1</comment>
        <extracomment>immunosep.json trial/key_exclusions/1</extracomment>
        <translation>Malignom im Stadium IV; Neutropenie (Register: absolute Neutrophilenzahl &lt; 1500/mm³; Protokoll-Transkription: &lt; 1000/mm³); Entscheidung gegen Reanimation (DNR).</translation>
    </message>
    <message>
        <source>Bacteraemia with coagulase-negative staphylococci or skin commensals, or catheter-related infection.</source>
        <comment>trial/key_exclusions/2</comment>
        <extracomment>immunosep.json trial/key_exclusions/2</extracomment>
        <translation>Bakteriämie mit koagulasenegativen Staphylokokken oder Hautkommensalen oder katheterassoziierte Infektion.</translation>
    </message>
    <message>
        <source>Other infection sources (urinary, abdominal, skin, meningitis) were excluded: the evidence does not extend to them.</source>
        <comment>trial/how_patients_may_differ/0</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/0</extracomment>
        <translation>Andere Infektionsherde (Harnwege, Abdomen, Haut, Meningitis) waren ausgeschlossen: Die Evidenz gilt für sie nicht.</translation>
    </message>
    <message>
        <source>Beyond 72 hours from sepsis classification the trial&apos;s time window no longer applies.</source>
        <comment>trial/how_patients_may_differ/1</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/1</extracomment>
        <translation>Später als 72 Stunden nach Einstufung als Sepsis gilt das Zeitfenster der Studie nicht mehr.</translation>
    </message>
    <message>
        <source>Mean age in the trial was about 70 years and median SOFA 9; most patients were mechanically ventilated.</source>
        <comment>trial/how_patients_may_differ/2</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/2</extracomment>
        <translation>Das mittlere Alter in der Studie lag bei etwa 70 Jahren, der mediane SOFA-Score bei 9; die meisten Patienten wurden maschinell beatmet.</translation>
    </message>
    <message>
        <source>Patients with COVID-19 could enter only the MALS arm.</source>
        <comment>trial/how_patients_may_differ/3</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/3</extracomment>
        <translation>Patienten mit COVID-19 konnten nur in den MALS-Arm aufgenommen werden.</translation>
    </message>
    <message>
        <source>No mortality benefit was shown at 28 or 90 days.</source>
        <comment>trial/limits/0</comment>
        <extracomment>immunosep.json trial/limits/0</extracomment>
        <translation>Ein Vorteil bei der Mortalität nach 28 oder 90 Tagen wurde nicht gezeigt.</translation>
    </message>
    <message>
        <source>Phase 2 trial; 276 patients analysed (281 randomised).</source>
        <comment>trial/limits/1</comment>
        <extracomment>immunosep.json trial/limits/1</extracomment>
        <translation>Phase-2-Studie; 276 Patienten ausgewertet (281 randomisiert).</translation>
    </message>
    <message>
        <source>The primary endpoint is organ dysfunction (SOFA), a surrogate outcome.</source>
        <comment>trial/limits/3</comment>
        <extracomment>immunosep.json trial/limits/3</extracomment>
        <translation>Der primäre Endpunkt ist die Organdysfunktion (SOFA), ein Surrogatendpunkt.</translation>
    </message>
    <message>
        <source>Sepsis use of anakinra and interferon-γ is off-label.</source>
        <comment>trial/limits/4</comment>
        <extracomment>immunosep.json trial/limits/4</extracomment>
        <translation>Die Anwendung von Anakinra und Interferon-γ bei Sepsis erfolgt off-label (außerhalb der Zulassung).</translation>
    </message>
    <message>
        <source>Primary endpoint: proportion of patients with a decrease of ≥ 1.4 points in mean SOFA score by day 9 (day-1 SOFA minus the mean of days 2–9; patients who died scored 24 for the remaining days).</source>
        <comment>endpoint_definition</comment>
        <extracomment>immunosep.json endpoint_definition</extracomment>
        <translation>Primärer Endpunkt: Anteil der Patienten mit einer Abnahme des mittleren SOFA-Scores um ≥ 1,4 Punkte bis Tag 9 (SOFA an Tag 1 minus Mittelwert der Tage 2–9; verstorbene Patienten erhielten für die verbleibenden Tage 24 Punkte).</translation>
    </message>
    <message>
        <source>No mortality benefit: 28-day mortality 43.5 % vs 49.7 % with placebo (P = .34); 90-day mortality 68.7 % vs 67.6 % (P = .90).</source>
        <comment>key_points/0/text</comment>
        <extracomment>immunosep.json key_points/0/text</extracomment>
        <translation>Kein Vorteil bei der Mortalität: 28-Tage-Mortalität 43,5 % vs. 49,7 % unter Placebo (p = 0,34); 90-Tage-Mortalität 68,7 % vs. 67,6 % (p = 0,90).</translation>
    </message>
    <message>
        <source>Phase 2 trial, 276 patients analysed. The primary endpoint was organ dysfunction (a decrease of ≥ 1.4 points in mean SOFA score by day 9), not survival.</source>
        <comment>key_points/1/text</comment>
        <extracomment>immunosep.json key_points/1/text</extracomment>
        <translation>Phase-2-Studie, 276 Patienten ausgewertet. Der primäre Endpunkt war die Organdysfunktion (Abnahme des mittleren SOFA-Scores um ≥ 1,4 Punkte bis Tag 9), nicht das Überleben.</translation>
    </message>
    <message>
        <source>Off-label use: anakinra and recombinant interferon-γ are not licensed for sepsis.</source>
        <comment>key_points/2/text</comment>
        <extracomment>immunosep.json key_points/2/text</extracomment>
        <translation>Off-Label-Anwendung: Anakinra und rekombinantes Interferon-γ sind für Sepsis nicht zugelassen.</translation>
    </message>
    <message>
        <source>Tested in adults (≥ 18 years) with sepsis (Sepsis-3) from pneumonia (community-acquired, hospital-acquired or ventilator-associated) or primary bacteraemia, treated within 72 hours of sepsis classification.</source>
        <comment>key_points/3/text</comment>
        <extracomment>immunosep.json key_points/3/text</extracomment>
        <translation>Geprüft bei Erwachsenen (≥ 18 Jahre) mit Sepsis (Sepsis-3) bei Pneumonie (ambulant erworben, nosokomial oder beatmungsassoziiert) oder primärer Bakteriämie, behandelt innerhalb von 72 Stunden nach Einstufung als Sepsis.</translation>
    </message>
    <message>
        <source>Not tested in: urinary, intra-abdominal, meningeal or skin infections; stage IV cancer; neutropenia; do-not-resuscitate decisions.</source>
        <comment>key_points/4/text</comment>
        <extracomment>immunosep.json key_points/4/text</extracomment>
        <translation>Nicht geprüft bei: Harnwegs-, intraabdominellen, meningealen oder Hautinfektionen; Krebs im Stadium IV; Neutropenie; Entscheidungen gegen Reanimation.</translation>
    </message>
    <message>
        <source>Check the product information for renal dosing, contraindications and interactions.</source>
        <comment>regimen_caution</comment>
        <extracomment>immunosep.json regimen_caution</extracomment>
        <translation>Dosierung bei Niereninsuffizienz, Gegenanzeigen und Wechselwirkungen in der Fachinformation prüfen.</translation>
    </message>
    <message>
        <source>Primary endpoint, all patients</source>
        <comment>comparisons/primary_overall/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/label</extracomment>
        <translation>Primärer Endpunkt, alle Patienten</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_overall/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_overall/endpoint</extracomment>
        <translation>Abnahme des mittleren SOFA-Scores um ≥ 1,4 Punkte bis Tag 9</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/primary_overall/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/treated/label</extracomment>
        <translation>Präzisionsimmuntherapie</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/primary_overall/control/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/control/label</extracomment>
        <translation>Placebo</translation>
    </message>
    <message>
        <source>Adjusted logistic OR 2.49 (95 % CI 1.42–4.36).</source>
        <comment>comparisons/primary_overall/published/extra</comment>
        <extracomment>immunosep.json comparisons/primary_overall/published/extra</extracomment>
        <translation>Adjustierte logistische OR 2,49 (95-%-KI 1,42–4,36).</translation>
    </message>
    <message>
        <source>Primary endpoint, MALS subgroup (anakinra vs placebo)</source>
        <comment>comparisons/primary_mals/label</comment>
        <extracomment>immunosep.json comparisons/primary_mals/label</extracomment>
        <translation>Primärer Endpunkt, MALS-Subgruppe (Anakinra vs. Placebo)</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_mals/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_mals/endpoint</extracomment>
        <translation>Abnahme des mittleren SOFA-Scores um ≥ 1,4 Punkte bis Tag 9</translation>
    </message>
    <message>
        <source>anakinra</source>
        <comment>comparisons/primary_mals/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_mals/treated/label</extracomment>
        <translation>Anakinra</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/primary_mals/control/label</comment>
        <extracomment>immunosep.json comparisons/primary_mals/control/label</extracomment>
        <translation>Placebo</translation>
    </message>
    <message>
        <source>The article text prints P = .04 for this subgroup.</source>
        <comment>comparisons/primary_mals/published/extra</comment>
        <extracomment>immunosep.json comparisons/primary_mals/published/extra</extracomment>
        <translation>Der Artikeltext nennt für diese Subgruppe p = 0,04.</translation>
    </message>
    <message>
        <source>Primary endpoint, immunoparalysis subgroup (interferon-γ vs placebo)</source>
        <comment>comparisons/primary_immunoparalysis/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/label</extracomment>
        <translation>Primärer Endpunkt, Subgruppe Immunparalyse (Interferon-γ vs. Placebo)</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_immunoparalysis/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/endpoint</extracomment>
        <translation>Abnahme des mittleren SOFA-Scores um ≥ 1,4 Punkte bis Tag 9</translation>
    </message>
    <message>
        <source>interferon-γ</source>
        <comment>comparisons/primary_immunoparalysis/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/treated/label</extracomment>
        <translation>Interferon-γ</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/primary_immunoparalysis/control/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/control/label</extracomment>
        <translation>Placebo</translation>
    </message>
    <message>
        <source>The article text prints P = .02 for this subgroup.</source>
        <comment>comparisons/primary_immunoparalysis/published/extra</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/published/extra</extracomment>
        <translation>Der Artikeltext nennt für diese Subgruppe p = 0,02.</translation>
    </message>
    <message>
        <source>deaths</source>
        <comment>comparisons/mortality_28d/events</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/events</extracomment>
        <translation>Todesfälle</translation>
    </message>
    <message>
        <source>28-day mortality, all patients</source>
        <comment>comparisons/mortality_28d/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/label</extracomment>
        <translation>28-Tage-Mortalität, alle Patienten</translation>
    </message>
    <message>
        <source>death by day 28</source>
        <comment>comparisons/mortality_28d/endpoint</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/endpoint</extracomment>
        <translation>Tod bis Tag 28</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/mortality_28d/treated/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/treated/label</extracomment>
        <translation>Präzisionsimmuntherapie</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/mortality_28d/control/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/control/label</extracomment>
        <translation>Placebo</translation>
    </message>
    <message>
        <source>Cox HR 0.83 (0.59–1.18), P = .298. The printed difference is placebo minus precision immunotherapy (precision minus placebo is −6.1).</source>
        <comment>comparisons/mortality_28d/published/extra</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/published/extra</extracomment>
        <translation>Cox-HR 0,83 (0,59–1,18), p = 0,298. Die gedruckte Differenz ist Placebo minus Präzisionsimmuntherapie (Präzisionsimmuntherapie minus Placebo ergibt −6,1).</translation>
    </message>
    <message>
        <source>deaths</source>
        <comment>comparisons/mortality_90d/events</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/events</extracomment>
        <translation>Todesfälle</translation>
    </message>
    <message>
        <source>90-day mortality, all patients</source>
        <comment>comparisons/mortality_90d/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/label</extracomment>
        <translation>90-Tage-Mortalität, alle Patienten</translation>
    </message>
    <message>
        <source>death by day 90</source>
        <comment>comparisons/mortality_90d/endpoint</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/endpoint</extracomment>
        <translation>Tod bis Tag 90</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/mortality_90d/treated/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/treated/label</extracomment>
        <translation>Präzisionsimmuntherapie</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/mortality_90d/control/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/control/label</extracomment>
        <translation>Placebo</translation>
    </message>
    <message>
        <source>Cox HR 0.84 (0.63–1.12), P = .231.</source>
        <comment>comparisons/mortality_90d/published/extra</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/published/extra</extracomment>
        <translation>Cox-HR 0,84 (0,63–1,12), p = 0,231.</translation>
    </message>
    <message>
        <source>anakinra</source>
        <comment>arms/anakinra/drug</comment>
        <extracomment>immunosep.json arms/anakinra/drug</extracomment>
        <translation>Anakinra</translation>
    </message>
    <message>
        <source>Anakinra 200 mg intravenously every 8 hours for 15 days (with subcutaneous placebo: double-dummy).</source>
        <comment>arms/anakinra/regimen</comment>
        <extracomment>immunosep.json arms/anakinra/regimen</extracomment>
        <translation>Anakinra 200 mg intravenös alle 8 Stunden über 15 Tage (mit subkutanem Placebo: Double-Dummy).</translation>
    </message>
    <message>
        <source>Regimen used in the trial — information, not an order</source>
        <comment>arms/anakinra/regimen_label</comment>
        <extracomment>immunosep.json arms/anakinra/regimen_label</extracomment>
        <translation>In der Studie verwendetes Therapieschema — Information, keine Verordnung</translation>
    </message>
    <message>
        <source>Fewer signs of ileus with anakinra (non-serious events).</source>
        <comment>arms/anakinra/safety/2</comment>
        <extracomment>immunosep.json arms/anakinra/safety/2</extracomment>
        <translation>Weniger Zeichen eines Ileus unter Anakinra (nicht schwerwiegende Ereignisse).</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL places a patient in MALS; it does not establish HLH (HScore, HLH-2004 remain the diagnostic tools).</source>
        <comment>arms/anakinra/notes/0</comment>
        <extracomment>immunosep.json arms/anakinra/notes/0</extracomment>
        <translation>Ferritin &gt; 4420 ng/mL ordnet einen Patienten MALS zu; eine HLH ist damit nicht nachgewiesen (HScore und HLH-2004 bleiben die diagnostischen Instrumente).</translation>
    </message>
    <message>
        <source>Anakinra is licensed for RA, CAPS/NOMID and DIRA; sepsis use is off-label. No renal dose adjustment for the trial regimen was found.</source>
        <comment>arms/anakinra/notes/1</comment>
        <extracomment>immunosep.json arms/anakinra/notes/1</extracomment>
        <translation>Anakinra ist zugelassen für RA, CAPS/NOMID und DIRA; die Anwendung bei Sepsis erfolgt off-label. Eine Dosisanpassung bei Niereninsuffizienz für das Studienschema wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>recombinant human interferon-γ</source>
        <comment>arms/interferon_gamma/drug</comment>
        <extracomment>immunosep.json arms/interferon_gamma/drug</extracomment>
        <translation>rekombinantes humanes Interferon-γ</translation>
    </message>
    <message>
        <source>Recombinant human interferon-γ 100 µg subcutaneously every 48 hours (every other day) for 15 days (with intravenous placebo: double-dummy).</source>
        <comment>arms/interferon_gamma/regimen</comment>
        <extracomment>immunosep.json arms/interferon_gamma/regimen</extracomment>
        <translation>Rekombinantes humanes Interferon-γ 100 µg subkutan alle 48 Stunden (jeden zweiten Tag) über 15 Tage (mit intravenösem Placebo: Double-Dummy).</translation>
    </message>
    <message>
        <source>Regimen used in the trial — information, not an order</source>
        <comment>arms/interferon_gamma/regimen_label</comment>
        <extracomment>immunosep.json arms/interferon_gamma/regimen_label</extracomment>
        <translation>In der Studie verwendetes Therapieschema — Information, keine Verordnung</translation>
    </message>
    <message>
        <source>More haemorrhage with interferon-γ; four haemorrhagic events occurred in treated patients with thrombocytopenia.</source>
        <comment>arms/interferon_gamma/safety/0</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/0</extracomment>
        <translation>Mehr Blutungen unter Interferon-γ; vier hämorrhagische Ereignisse traten bei behandelten Patienten mit Thrombozytopenie auf.</translation>
    </message>
    <message>
        <source>More creatinine increase, fibrinogen decrease and γ-GT increase with interferon-γ; less bradycardia (non-serious events).</source>
        <comment>arms/interferon_gamma/safety/1</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/1</extracomment>
        <translation>Häufiger Kreatininanstieg, Fibrinogenabfall und γ-GT-Anstieg unter Interferon-γ; seltener Bradykardie (nicht schwerwiegende Ereignisse).</translation>
    </message>
    <message>
        <source>HLA-DR must be antibodies bound per cell (QuantiBRITE, CD45/CD14 monocytes), not % positive monocytes or MFI.</source>
        <comment>arms/interferon_gamma/notes/0</comment>
        <extracomment>immunosep.json arms/interferon_gamma/notes/0</extracomment>
        <translation>HLA-DR muss als gebundene Antikörper pro Zelle angegeben sein (QuantiBRITE, CD45/CD14-Monozyten), nicht in % positiver Monozyten oder als MFI.</translation>
    </message>
    <message>
        <source>Interferon-γ-1b is licensed for chronic granulomatous disease; sepsis use is off-label.</source>
        <comment>arms/interferon_gamma/notes/1</comment>
        <extracomment>immunosep.json arms/interferon_gamma/notes/1</extracomment>
        <translation>Interferon-γ-1b ist zugelassen für die chronische (septische) Granulomatose; die Anwendung bei Sepsis erfolgt off-label.</translation>
    </message>
    <message>
        <source>Serious treatment-emergent adverse events in 245 of 276 patients (88.8 %); 1069 events in all.</source>
        <comment>overall_safety/0</comment>
        <extracomment>immunosep.json overall_safety/0</extracomment>
        <translation>Schwerwiegende, während der Behandlung aufgetretene unerwünschte Ereignisse bei 245 von 276 Patienten (88,8 %); insgesamt 1069 Ereignisse.</translation>
    </message>
    <message>
        <source>Serious adverse events judged probably or possibly related: 8 (6.1 %) with precision immunotherapy vs 3 (2.1 %) with placebo.</source>
        <comment>overall_safety/1</comment>
        <extracomment>immunosep.json overall_safety/1</extracomment>
        <translation>Als wahrscheinlich oder möglicherweise behandlungsbedingt bewertete schwerwiegende unerwünschte Ereignisse: 8 (6,1 %) unter Präzisionsimmuntherapie vs. 3 (2,1 %) unter Placebo.</translation>
    </message>
    <message>
        <source>This patient meets neither ImmunoSep phenotype (ferritin ≤ 4420 ng/mL and HLA-DR ≥ 5000 AB/C). Such patients were not eligible for the trial (355 of 672 screened fitted neither phenotype), so the ImmunoSep evidence does not apply and the trial offers no treatment for this state.</source>
        <comment>not_applicable/unclassified</comment>
        <extracomment>immunosep.json not_applicable/unclassified</extracomment>
        <translation>Dieser Patient erfüllt keinen der beiden ImmunoSep-Phänotypen (Ferritin ≤ 4420 ng/mL und HLA-DR ≥ 5000 AB/C). Solche Patienten konnten nicht an der Studie teilnehmen (355 von 672 gescreenten passten zu keinem Phänotyp), daher gilt die ImmunoSep-Evidenz nicht, und die Studie bietet für diesen Zustand keine Behandlung.</translation>
    </message>
    <message>
        <source>The phenotype cannot be determined from these data, so no ImmunoSep evidence applies yet. Obtain what the reasons above ask for and assess again.</source>
        <comment>not_applicable/cannot_classify</comment>
        <extracomment>immunosep.json not_applicable/cannot_classify</extracomment>
        <translation>Der Phänotyp lässt sich aus diesen Daten nicht bestimmen, daher gilt noch keine ImmunoSep-Evidenz. Beschaffen Sie, was die obigen Gründe verlangen, und bewerten Sie erneut.</translation>
    </message>
    <message>
        <source>28-day mortality: the difference is printed as 6.1 (−5.6 to 17.6), which is placebo minus precision immunotherapy; precision minus placebo is −6.1 (−17.6 to 5.6).</source>
        <comment>published_discrepancies/0</comment>
        <extracomment>immunosep.json published_discrepancies/0</extracomment>
        <translation>28-Tage-Mortalität: Die Differenz ist als 6,1 (−5,6 bis 17,6) gedruckt, also Placebo minus Präzisionsimmuntherapie; Präzisionsimmuntherapie minus Placebo ist −6,1 (−17,6 bis 5,6).</translation>
    </message>
    <message>
        <source>MALS subgroup: the article text prints P = .04; the eTable prints P = .034, which the counts reproduce (Fisher 0.0339).</source>
        <comment>published_discrepancies/1</comment>
        <extracomment>immunosep.json published_discrepancies/1</extracomment>
        <translation>MALS-Subgruppe: Der Artikeltext nennt p = 0,04; die eTable nennt p = 0,034, was die Fallzahlen reproduzieren (Fisher 0,0339).</translation>
    </message>
    <message>
        <source>MALS subgroup OR lower limit printed 1.15; Woolf gives 1.156 (printed value truncated).</source>
        <comment>published_discrepancies/2</comment>
        <extracomment>immunosep.json published_discrepancies/2</extracomment>
        <translation>MALS-Subgruppe: untere Grenze der OR gedruckt als 1,15; Woolf ergibt 1,156 (gedruckter Wert abgeschnitten).</translation>
    </message>
    <message>
        <source>355 of 672 screened patients fitted neither phenotype.</source>
        <comment>trial/limits/2</comment>
        <extracomment>immunosep.json trial/limits/2</extracomment>
        <translation>355 von 672 gescreenten Patienten passten zu keinem der beiden Phänotypen.</translation>
    </message>
    <message>
        <source>More anaemia with anakinra than with placebo.</source>
        <comment>arms/anakinra/safety/0</comment>
        <extracomment>immunosep.json arms/anakinra/safety/0</extracomment>
        <translation>Mehr Anämie unter Anakinra als unter Placebo.</translation>
    </message>
    <message>
        <source>Serious adverse events in 20 of 25 anakinra-treated and 21 of 23 placebo MALS patients.</source>
        <comment>arms/anakinra/safety/1</comment>
        <extracomment>immunosep.json arms/anakinra/safety/1</extracomment>
        <translation>Schwerwiegende unerwünschte Ereignisse bei 20 von 25 mit Anakinra und 21 von 23 mit Placebo behandelten MALS-Patienten.</translation>
    </message>
    <message>
        <source>Serious adverse events in 96 of 106 interferon-γ-treated and 108 of 122 placebo immunoparalysis patients.</source>
        <comment>arms/interferon_gamma/safety/2</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/2</extracomment>
        <translation>Schwerwiegende unerwünschte Ereignisse bei 96 von 106 mit Interferon-γ und 108 von 122 mit Placebo behandelten Patienten mit Immunparalyse.</translation>
    </message>
    <message>
        <source>Figures transcribed from ../shared/domain/immunosep-reference.md §1 (JAMA 2025 article, Table 2, eTables); re-check against the JAMA PDF before release.</source>
        <comment>provenance/0</comment>
        <extracomment>immunosep.json provenance/0</extracomment>
        <translation>Zahlen übernommen aus ../shared/domain/immunosep-reference.md §1 (JAMA-Artikel 2025, Tabelle 2, eTables); vor der Freigabe anhand des JAMA-PDF erneut prüfen.</translation>
    </message>
    <message>
        <source>The full exclusion list could not be verified: every stored registry copy is truncated (a corticosteroid-dose limit is mentioned, its value is not).</source>
        <comment>provenance/1</comment>
        <extracomment>immunosep.json provenance/1</extracomment>
        <translation>Die vollständige Liste der Ausschlusskriterien konnte nicht verifiziert werden: Jede gespeicherte Kopie des Registereintrags ist unvollständig (eine Grenze für die Kortikosteroiddosis wird erwähnt, ihr Wert nicht).</translation>
    </message>
    <message>
        <source>The label of the 355-patient box of the flow chart (&quot;fitted neither phenotype&quot;) was not visible in the transcription.</source>
        <comment>provenance/2</comment>
        <extracomment>immunosep.json provenance/2</extracomment>
        <translation>Die Beschriftung des Feldes mit 355 Patienten im Flussdiagramm („passten zu keinem Phänotyp“) war in der Transkription nicht sichtbar.</translation>
    </message>
    <message>
        <source>Exact counts of anaemia with anakinra and of haemorrhage with interferon-γ were not retrievable.</source>
        <comment>provenance/3</comment>
        <extracomment>immunosep.json provenance/3</extracomment>
        <translation>Genaue Zahlen zu Anämie unter Anakinra und zu Blutungen unter Interferon-γ waren nicht verfügbar.</translation>
    </message>
    <message>
        <source>Serious adverse events by stratum (20 and 21 of the MALS arms, 96 and 108 of the immunoparalysis arms) are inferred from the arm totals of Table 3.</source>
        <comment>provenance/4</comment>
        <extracomment>immunosep.json provenance/4</extracomment>
        <translation>Schwerwiegende unerwünschte Ereignisse nach Stratum (20 und 21 in den MALS-Armen, 96 und 108 in den Armen mit Immunparalyse) sind aus den Armsummen von Tabelle 3 erschlossen.</translation>
    </message>
    <message>
        <source>Circulating summaries that say &apos;267 patients&apos;, or placebo denominators of 131, are wrong: 276 were analysed (131 precision immunotherapy, 145 placebo).</source>
        <comment>provenance/5</comment>
        <extracomment>immunosep.json provenance/5</extracomment>
        <translation>Kursierende Zusammenfassungen mit „267 Patienten“ oder Placebo-Nennern von 131 sind falsch: 276 wurden ausgewertet (131 Präzisionsimmuntherapie, 145 Placebo).</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Trial evidence</source>
        <translation>Studienevidenz</translation>
    </message>
    <message>
        <source>Key points and regimen</source>
        <translation>Kernaussagen und Therapieschema</translation>
    </message>
    <message>
        <source>Statistics audit: published vs recomputed figures</source>
        <translation>Statistikprüfung: veröffentlichte vs. nachgerechnete Zahlen</translation>
    </message>
    <message>
        <source>Show the statistics audit</source>
        <translation>Statistikprüfung anzeigen</translation>
    </message>
    <message>
        <source>Statistics audit</source>
        <translation>Statistikprüfung</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft der Angaben</translation>
    </message>
    <message>
        <source>The evidence for the patient&apos;s phenotype appears here once the values can be classified.</source>
        <translation>Die Evidenz zum Phänotyp des Patienten erscheint hier, sobald die Werte klassifiziert werden können.</translation>
    </message>
    <message>
        <source>Hide the statistics audit</source>
        <translation>Statistikprüfung ausblenden</translation>
    </message>
</context>
<context>
    <name>EvidencePlot</name>
    <message>
        <source>Evidence chart</source>
        <translation>Evidenz-Diagramm</translation>
    </message>
    <message>
        <source>{group} (this patient)</source>
        <translation>{group} (dieser Patient)</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>treated percentage</source>
        <translation>Prozentsatz behandelt</translation>
    </message>
    <message>
        <source>placebo percentage</source>
        <translation>Prozentsatz Placebo</translation>
    </message>
    <message>
        <source>p value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>odds ratio</source>
        <translation>Odds Ratio</translation>
    </message>
    <message>
        <source>lower limit of the odds ratio</source>
        <translation>untere Grenze der Odds Ratio</translation>
    </message>
    <message>
        <source>upper limit of the odds ratio</source>
        <translation>obere Grenze der Odds Ratio</translation>
    </message>
    <message>
        <source>risk difference</source>
        <translation>Risikodifferenz</translation>
    </message>
    <message>
        <source>lower limit of the risk difference</source>
        <translation>untere Grenze der Risikodifferenz</translation>
    </message>
    <message>
        <source>upper limit of the risk difference</source>
        <translation>obere Grenze der Risikodifferenz</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Todesfälle</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Every printed figure agrees with its recomputation (within one unit of its last printed digit).</source>
        <translation>Jede gedruckte Zahl stimmt mit ihrer Nachrechnung überein (auf eine Einheit der letzten gedruckten Stelle genau).</translation>
    </message>
    <message>
        <source>ImmunoSep trial evidence</source>
        <translation>Evidenz aus der ImmunoSep-Studie</translation>
    </message>
    <message>
        <source>The evidence for the patient&apos;s phenotype appears here once the values can be classified.</source>
        <translation>Die Evidenz zum Phänotyp des Patienten erscheint hier, sobald die Werte klassifiziert werden können.</translation>
    </message>
    <message>
        <source>{point} ({low} to {high})</source>
        <translation>{point} ({low} bis {high})</translation>
    </message>
    <message>
        <source>Odds ratio (95 % CI)</source>
        <translation>Odds Ratio (95-%-KI)</translation>
    </message>
    <message>
        <source>Risk difference, percentage points (95 % CI), placebo − treated, as printed</source>
        <translation>Risikodifferenz, Prozentpunkte (95-%-KI), Placebo − behandelt, wie gedruckt</translation>
    </message>
    <message>
        <source>Risk difference, percentage points (95 % CI), treated − placebo</source>
        <translation>Risikodifferenz, Prozentpunkte (95-%-KI), behandelt − Placebo</translation>
    </message>
    <message>
        <source>No trial arm matches this result.</source>
        <translation>Kein Studienarm passt zu diesem Ergebnis.</translation>
    </message>
    <message>
        <source>Printed and recomputed figures differ for: {figures}.</source>
        <translation>Gedruckte und nachgerechnete Zahlen weichen ab bei: {figures}.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Published (as printed)</source>
        <translation>Veröffentlicht (wie gedruckt)</translation>
    </message>
    <message>
        <source>Recomputed from the counts</source>
        <translation>Aus den Anzahlen nachgerechnet</translation>
    </message>
    <message>
        <source>{treated} {te}/{tt} ({tp} %) vs {control} {ce}/{ct} ({cp} %)</source>
        <translation>{treated} {te}/{tt} ({tp} %) vs. {control} {ce}/{ct} ({cp} %)</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Limits of the evidence</source>
        <translation>Grenzen der Evidenz</translation>
    </message>
    <message>
        <source>Known discrepancies in the publication</source>
        <translation>Bekannte Unstimmigkeiten in der Veröffentlichung</translation>
    </message>
    <message>
        <source>{events}, {group}</source>
        <translation>{events}, {group}</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translation>Quelle: {source}.</translation>
    </message>
    <message>
        <source>Methods of the recomputation:</source>
        <translation>Methoden der Nachrechnung:</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft der Angaben</translation>
    </message>
    <message>
        <source>Evidence version {version}, cut-off {cutoff}.</source>
        <translation>Evidenzversion {version}, Stichtag {cutoff}.</translation>
    </message>
    <message>
        <source>Why there is no phenotype:</source>
        <translation>Warum es keinen Phänotyp gibt:</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence does not apply</source>
        <translation>Die ImmunoSep-Evidenz gilt nicht</translation>
    </message>
    <message>
        <source>Key exclusions</source>
        <translation>Wichtige Ausschlüsse</translation>
    </message>
    <message>
        <source>How this patient may differ from the trial population</source>
        <translation>Wie sich dieser Patient von der Studienpopulation unterscheiden kann</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>Safety signals</source>
        <translation>Sicherheitssignale</translation>
    </message>
    <message>
        <source>ImmunoSep evidence for {phenotype}: {drug} arm</source>
        <translation>ImmunoSep-Evidenz zum Phänotyp {phenotype}: Arm {drug}</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF report — TRAINING</source>
        <translation>PDF-Bericht exportieren — SCHULUNG</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>Rendering the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Preview of page 1</source>
        <translation>Vorschau von Seite 1</translation>
    </message>
    <message>
        <source>Patient name (optional)</source>
        <translation>Name des Patienten (optional)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD (optional)</source>
        <translation>Geburtsdatum, JJJJ-MM-TT (optional)</translation>
    </message>
    <message>
        <source>Record number (optional)</source>
        <translation>Patientennummer (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>Pa&amp;tientennummer:</translation>
    </message>
    <message>
        <source>Leave these empty to print a box for a patient label.</source>
        <translation>Leer lassen, um ein Feld für ein Patientenetikett zu drucken.</translation>
    </message>
    <message>
        <source>Patient: {id}
Result: {result}</source>
        <translation>Patient: {id}
Ergebnis: {result}</translation>
    </message>
    <message>
        <source>TRAINING — every page is marked as training material.</source>
        <translation>SCHULUNG — jede Seite ist als Schulungsmaterial gekennzeichnet.</translation>
    </message>
    <message>
        <source>Page header (site)</source>
        <translation>Seitenkopf (Einrichtung)</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikation</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Page 1 includes the stored eligibility checklist, day-9 SOFA measure and HScore, where present.</source>
        <translation>Seite 1 enthält die gespeicherte Checkliste der Studieneignung, die Tag-9-SOFA-Messgröße und den HScore, sofern vorhanden.</translation>
    </message>
    <message>
        <source>Stored scores not included: {reason}</source>
        <translation>Gespeicherte Scores nicht enthalten: {reason}</translation>
    </message>
    <message>
        <source>Date of birth: type it as YYYY-MM-DD (e.g. 1958-03-14); 03/04/1958 could be March or April.</source>
        <translation>Geburtsdatum: als JJJJ-MM-TT eingeben (z. B. 1958-03-14); 03/04/1958 könnte März oder April bedeuten.</translation>
    </message>
    <message>
        <source>No preview on this computer (no PDF renderer found).
The saved file is the same report.</source>
        <translation>Keine Vorschau auf diesem Computer (kein PDF-Renderer gefunden).
Die gespeicherte Datei ist derselbe Bericht.</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Bereit zum Speichern.</translation>
    </message>
    <message>
        <source>Page 1 of {n} shown. Ready to save.</source>
        <translation>Seite 1 von {n} angezeigt. Bereit zum Speichern.</translation>
    </message>
    <message>
        <source>Page 1 shown. Ready to save.</source>
        <translation>Seite 1 angezeigt. Bereit zum Speichern.</translation>
    </message>
    <message>
        <source>The report could not be produced.</source>
        <translation>Der Bericht konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Error: {kind}. Nothing can be saved.</source>
        <translation>Fehler: {kind}. Es kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it with this report?</source>
        <translation>{name} existiert bereits in {folder}.

Durch diesen Bericht ersetzen?</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} wird gespeichert…</translation>
    </message>
    <message>
        <source>{name} appeared meanwhile; it was not replaced.</source>
        <translation>{name} ist inzwischen vorhanden; die Datei wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}. Nothing was written.</source>
        <translation>{name} konnte nicht gespeichert werden: {reason}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}:
{reason}

Nothing was written there. Choose another folder.</source>
        <translation>Der Bericht konnte nicht unter {path} gespeichert werden:
{reason}

Dort wurde nichts geschrieben. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Age {age} years is under {min_age}: ImmunoSep enrolled adults only, and HLA-DR differs in children.</source>
        <comment>age_under_18</comment>
        <extracomment>Finding age_under_18. Fields: age, min_age.</extracomment>
        <translation>Alter {age} Jahre liegt unter {min_age}: ImmunoSep hat nur Erwachsene eingeschlossen, und HLA-DR ist bei Kindern anders.</translation>
    </message>
    <message>
        <source>Age {age} years could be under {min_age}; the exact age is needed.</source>
        <comment>age_indeterminate</comment>
        <extracomment>Finding age_indeterminate. Fields: age, min_age.</extracomment>
        <translation>Alter {age} Jahre könnte unter {min_age} liegen; das genaue Alter wird benötigt.</translation>
    </message>
    <message>
        <source>The rule could not be applied to these inputs.</source>
        <comment>internal_error</comment>
        <extracomment>Finding internal_error.</extracomment>
        <translation>Die Regel konnte auf diese Eingaben nicht angewendet werden.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is unusually low for antibodies bound per cell; check that it is not % positive monocytes or MFI.</source>
        <comment>hla_dr_implausibly_low</comment>
        <extracomment>Finding hla_dr_implausibly_low. Fields: hla_dr.</extracomment>
        <translation>HLA-DR {hla_dr} ist für gebundene Antikörper pro Zelle ungewöhnlich niedrig; prüfen, dass es sich nicht um % positive Monozyten oder MFI handelt.</translation>
    </message>
    <message>
        <source>HLA-DR given as {hla_dr_unit} was not used: it cannot be converted to AB/C (not needed for MALS).</source>
        <comment>hla_dr_unit_not_used</comment>
        <extracomment>Finding hla_dr_unit_not_used. Fields: hla_dr_unit.</extracomment>
        <translation>Als {hla_dr_unit} angegebenes HLA-DR wurde nicht verwendet: Es lässt sich nicht in AB/C umrechnen (für MALS nicht benötigt).</translation>
    </message>
    <message>
        <source>The HLA-DR processing time is before its sample time; check both times.</source>
        <comment>hla_dr_processed_before_sampled</comment>
        <extracomment>Finding hla_dr_processed_before_sampled.</extracomment>
        <translation>Der Verarbeitungszeitpunkt von HLA-DR liegt vor dem Entnahmezeitpunkt; beide Zeiten prüfen.</translation>
    </message>
    <message>
        <source>Age not given: ImmunoSep enrolled adults (≥ {min_age} years) only.</source>
        <comment>age_not_given</comment>
        <extracomment>Finding age_not_given. Fields: min_age.</extracomment>
        <translation>Alter nicht angegeben: ImmunoSep hat nur Erwachsene (≥ {min_age} Jahre) eingeschlossen.</translation>
    </message>
    <message>
        <source>no HLA-DR result of this patient within {max_interval} of this ferritin result</source>
        <comment>not_paired.ferritin</comment>
        <extracomment>Finding not_paired.ferritin. Fields: max_interval.</extracomment>
        <translation>kein HLA-DR-Ergebnis dieses Patienten innerhalb von {max_interval} um dieses Ferritin-Ergebnis</translation>
    </message>
    <message>
        <source>no ferritin result of this patient within {max_interval} of this HLA-DR result</source>
        <comment>not_paired.hla_dr</comment>
        <extracomment>Finding not_paired.hla_dr. Fields: max_interval.</extracomment>
        <translation>kein Ferritin-Ergebnis dieses Patienten innerhalb von {max_interval} um dieses HLA-DR-Ergebnis</translation>
    </message>
    <message>
        <source>not paired: two results are equally close in time (rows {first_row} and {second_row} among them); pair them by hand</source>
        <comment>pairing_ambiguous</comment>
        <extracomment>Finding pairing_ambiguous. Fields: first_row, second_row.</extracomment>
        <translation>nicht gepaart: Zwei Ergebnisse liegen zeitlich gleich nah (darunter die Zeilen {first_row} und {second_row}); ordnen Sie sie manuell zu</translation>
    </message>
    <message>
        <source>encoding cp1252 (identical to latin-1 for this file)</source>
        <comment>encoding_cp1252</comment>
        <extracomment>Finding encoding_cp1252.</extracomment>
        <translation>Zeichenkodierung cp1252 (für diese Datei identisch mit latin-1)</translation>
    </message>
    <message>
        <source>delimiter comma (detected)</source>
        <comment>delimiter_detected.comma</comment>
        <extracomment>Finding delimiter_detected.comma.</extracomment>
        <translation>Trennzeichen Komma (erkannt)</translation>
    </message>
    <message>
        <source>delimiter semicolon (detected)</source>
        <comment>delimiter_detected.semicolon</comment>
        <extracomment>Finding delimiter_detected.semicolon.</extracomment>
        <translation>Trennzeichen Semikolon (erkannt)</translation>
    </message>
    <message>
        <source>delimiter tab (detected)</source>
        <comment>delimiter_detected.tab</comment>
        <extracomment>Finding delimiter_detected.tab.</extracomment>
        <translation>Trennzeichen Tabulator (erkannt)</translation>
    </message>
    <message>
        <source>delimiter pipe (detected)</source>
        <comment>delimiter_detected.pipe</comment>
        <extracomment>Finding delimiter_detected.pipe.</extracomment>
        <translation>Trennzeichen senkrechter Strich (erkannt)</translation>
    </message>
    <message>
        <source>header on row {row}</source>
        <comment>header_row</comment>
        <extracomment>Finding header_row. Fields: row.</extracomment>
        <translation>Kopfzeile in Zeile {row}</translation>
    </message>
    <message>
        <source>sheet {sheet} (the first of {count}: {sheets})</source>
        <comment>first_sheet</comment>
        <extracomment>Finding first_sheet. Fields: count, sheet, sheets.</extracomment>
        <translation>Tabellenblatt {sheet} (das erste von {count}: {sheets})</translation>
    </message>
    <message>
        <source>decimal comma (detected: values such as 5120,5 and none with a decimal point)</source>
        <comment>decimal_comma_detected</comment>
        <extracomment>Finding decimal_comma_detected.</extracomment>
        <translation>Dezimalkomma (erkannt: Werte wie 5120,5 und keiner mit Dezimalpunkt)</translation>
    </message>
    <message>
        <source>decimal point (detected)</source>
        <comment>decimal_point_detected</comment>
        <extracomment>Finding decimal_point_detected.</extracomment>
        <translation>Dezimalpunkt (erkannt)</translation>
    </message>
    <message>
        <source>values use both decimal comma and decimal point; declare the decimal separator (rows that do not fit it are rejected)</source>
        <comment>decimal_separators_mixed</comment>
        <extracomment>Finding decimal_separators_mixed.</extracomment>
        <translation>Die Werte enthalten sowohl Dezimalkomma als auch Dezimalpunkt; legen Sie das Dezimaltrennzeichen fest (Zeilen, die nicht dazu passen, werden abgelehnt)</translation>
    </message>
    <message>
        <source>values such as 4.420 or 4,420 could be grouped thousands or decimals; they are rejected (declare the decimal separator if needed)</source>
        <comment>decimal_grouping_ambiguous</comment>
        <extracomment>Finding decimal_grouping_ambiguous.</extracomment>
        <translation>Werte wie 4.420 oder 4,420 könnten Tausendergruppierungen oder Dezimalzahlen sein; sie werden abgelehnt (legen Sie bei Bedarf das Dezimaltrennzeichen fest)</translation>
    </message>
    <message>
        <source>no decimal separator in the values</source>
        <comment>no_decimal_separator</comment>
        <extracomment>Finding no_decimal_separator.</extracomment>
        <translation>kein Dezimaltrennzeichen in den Werten</translation>
    </message>
    <message>
        <source>sample times mix date separators ({separators}); give the time format</source>
        <comment>time_separators_mixed</comment>
        <extracomment>Finding time_separators_mixed. Fields: separators.</extracomment>
        <translation>Die Entnahmezeiten mischen Datumstrennzeichen ({separators}); geben Sie das Zeitformat an</translation>
    </message>
    <message>
        <source>time format {time_format} (detected: day first, a first field reaches {value})</source>
        <comment>time_format_detected.day_first</comment>
        <extracomment>Finding time_format_detected.day_first. Fields: time_format, value.</extracomment>
        <translation>Zeitformat {time_format} (erkannt: Tag zuerst, ein erstes Feld erreicht {value})</translation>
    </message>
    <message>
        <source>time format {time_format} (detected: month first, a second field reaches {value})</source>
        <comment>time_format_detected.month_first</comment>
        <extracomment>Finding time_format_detected.month_first. Fields: time_format, value.</extracomment>
        <translation>Zeitformat {time_format} (erkannt: Monat zuerst, ein zweites Feld erreicht {value})</translation>
    </message>
    <message>
        <source>sample times like {example} could be day-first or month-first; give the time format (e.g. {time_format})</source>
        <comment>time_order_ambiguous</comment>
        <extracomment>Finding time_order_ambiguous. Fields: example, time_format.</extracomment>
        <translation>Bei Entnahmezeiten wie {example} kann der Tag oder der Monat zuerst stehen; geben Sie das Zeitformat an (z. B. {time_format})</translation>
    </message>
    <message>
        <source>sample times do not follow one day/month order; give the time format</source>
        <comment>time_order_inconsistent</comment>
        <extracomment>Finding time_order_inconsistent.</extracomment>
        <translation>Die Entnahmezeiten folgen keiner einheitlichen Reihenfolge von Tag und Monat; geben Sie das Zeitformat an</translation>
    </message>
    <message>
        <source>date cells in the sample-time column are taken as 00:00 (the other cells of the column are date-times)</source>
        <comment>midnight_dates</comment>
        <extracomment>Finding midnight_dates.</extracomment>
        <translation>Datumszellen in der Spalte der Entnahmezeit werden als 00:00 gelesen (die übrigen Zellen der Spalte sind Datum mit Uhrzeit)</translation>
    </message>
    <message>
        <source>no sample time column: results carry no sample time, and two rows of one patient cannot be told apart (they are reported as conflicting)</source>
        <comment>no_sample_time_column</comment>
        <extracomment>Finding no_sample_time_column.</extracomment>
        <translation>keine Spalte für die Entnahmezeit: Die Ergebnisse haben keine Entnahmezeit, und zwei Zeilen eines Patienten lassen sich nicht unterscheiden (sie werden als widersprüchlich gemeldet)</translation>
    </message>
    <message>
        <source>header {header}: {text} is not a {analyte} unit; ignored</source>
        <comment>header_unit_ignored</comment>
        <extracomment>Finding header_unit_ignored. Fields: analyte, header, text.</extracomment>
        <translation>Kopfzeile {header}: {text} ist keine Einheit für {analyte}; ignoriert</translation>
    </message>
    <message>
        <source>{file_format}: {messages} message(s), {results} result(s): {used} used, {ignored} ignored, {rejected} rejected</source>
        <comment>message_counts</comment>
        <extracomment>Finding message_counts. Fields: file_format, ignored, messages, rejected, results, used.</extracomment>
        <translation>{file_format}: {messages} Nachricht(en), {results} Ergebnis(se): {used} verwendet, {ignored} ignoriert, {rejected} abgelehnt</translation>
    </message>
    <message>
        <source>line {line} of the file comes before the first MSH segment and belongs to no message; it was not read</source>
        <comment>outside_message</comment>
        <extracomment>Finding outside_message. Fields: line.</extracomment>
        <translation>Zeile {line} der Datei steht vor dem ersten MSH-Segment und gehört zu keiner Nachricht; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>No value was given; a number is required.</source>
        <comment>empty</comment>
        <extracomment>Finding empty.</extracomment>
        <translation>Es wurde kein Wert angegeben; eine Zahl ist erforderlich.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a comparator but no number; a number is required.</source>
        <comment>empty.comparator_only</comment>
        <extracomment>Finding empty.comparator_only. Fields: text.</extracomment>
        <translation>„{text}“ hat einen Vergleichsoperator, aber keine Zahl; eine Zahl ist erforderlich.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a censored value; an exact number is required.</source>
        <comment>censored_not_allowed</comment>
        <extracomment>Finding censored_not_allowed. Fields: text.</extracomment>
        <translation>„{text}“ ist ein zensierter Wert; eine exakte Zahl ist erforderlich.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains {character} ({character_name}); only the ASCII digits 0-9 and one decimal separator are accepted.</source>
        <comment>non_ascii</comment>
        <extracomment>Finding non_ascii. Fields: character, character_name, text.</extracomment>
        <translation>„{text}“ enthält {character} ({character_name}); nur die ASCII-Ziffern 0-9 und ein Dezimaltrennzeichen werden akzeptiert.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: NaN is not a number; a number is required.</source>
        <comment>not_a_number.nan</comment>
        <extracomment>Finding not_a_number.nan. Fields: text.</extracomment>
        <translation>„{text}“: NaN ist keine Zahl; eine Zahl ist erforderlich.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: infinity is not a measurement; a number is required.</source>
        <comment>not_a_number.infinity</comment>
        <extracomment>Finding not_a_number.infinity. Fields: text.</extracomment>
        <translation>„{text}“: Unendlich ist kein Messwert; eine Zahl ist erforderlich.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains letters; enter only the number (the unit has its own field).</source>
        <comment>not_a_number.letters</comment>
        <extracomment>Finding not_a_number.letters. Fields: text.</extracomment>
        <translation>„{text}“ enthält Buchstaben; geben Sie nur die Zahl ein (die Einheit hat ein eigenes Feld).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains letters; enter the age as a number of years.</source>
        <comment>not_a_number.letters_age</comment>
        <extracomment>Finding not_a_number.letters_age. Fields: text.</extracomment>
        <translation>„{text}“ enthält Buchstaben; geben Sie das Alter als Zahl in Jahren ein.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number; expected digits with an optional &apos;{separator}&apos; decimal separator, e.g. {example}.</source>
        <comment>not_a_number</comment>
        <extracomment>Finding not_a_number. Fields: example, separator, text.</extracomment>
        <translation>„{text}“ ist keine Zahl; erwartet werden Ziffern mit optionalem Dezimaltrennzeichen „{separator}“, z. B. {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; a laboratory value cannot be negative.</source>
        <comment>negative</comment>
        <extracomment>Finding negative. Fields: text.</extracomment>
        <translation>„{text}“ ist negativ; ein Laborwert kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; an age cannot be negative.</source>
        <comment>negative.age</comment>
        <extracomment>Finding negative.age. Fields: text.</extracomment>
        <translation>„{text}“ ist negativ; ein Alter kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; % positive monocytes is impossible: a percentage cannot exceed 100; check the value and its unit.</source>
        <comment>percent_over_100</comment>
        <extracomment>Finding percent_over_100. Fields: text.</extracomment>
        <translation>„{text}“ % positive Monozyten ist unmöglich: Ein Prozentwert kann 100 nicht überschreiten; prüfen Sie den Wert und seine Einheit.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a &apos;+&apos; sign; write the number without it.</source>
        <comment>sign</comment>
        <extracomment>Finding sign. Fields: text.</extracomment>
        <translation>„{text}“ hat ein „+“-Zeichen; schreiben Sie die Zahl ohne dieses.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; uses exponent notation; write the number in full.</source>
        <comment>exponent</comment>
        <extracomment>Finding exponent. Fields: text.</extracomment>
        <translation>„{text}“ verwendet Exponentialschreibweise; schreiben Sie die Zahl vollständig aus.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;_&apos;; write digits only.</source>
        <comment>underscore</comment>
        <extracomment>Finding underscore. Fields: text.</extracomment>
        <translation>„{text}“ enthält „_“; schreiben Sie nur Ziffern.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains a space or apostrophe used as a thousands separator; write the number without grouping.</source>
        <comment>grouping.space</comment>
        <extracomment>Finding grouping.space. Fields: text.</extracomment>
        <translation>„{text}“ enthält ein Leerzeichen oder Apostroph als Tausendertrennzeichen; schreiben Sie die Zahl ohne Gruppierung.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;{separator}&apos;; thousands separators are not accepted (if &apos;,&apos; is your decimal separator, declare decimal comma).</source>
        <comment>grouping</comment>
        <extracomment>Finding grouping. Fields: separator, text.</extracomment>
        <translation>„{text}“ enthält „{separator}“; Tausendertrennzeichen werden nicht akzeptiert (wenn &apos;,&apos; Ihr Dezimaltrennzeichen ist, stellen Sie Dezimalkomma ein).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;{separator}&apos;; thousands separators are not accepted (decimal comma is on, so &apos;.&apos; is not accepted).</source>
        <comment>grouping.decimal_comma</comment>
        <extracomment>Finding grouping.decimal_comma. Fields: separator, text.</extracomment>
        <translation>„{text}“ enthält „{separator}“; Tausendertrennzeichen werden nicht akzeptiert (Dezimalkomma ist eingestellt, daher wird &apos;.&apos; nicht akzeptiert).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be a thousands-grouped integer or a decimal number; write it without grouping and with at most one decimal separator, e.g. 4420 or 4.42.</source>
        <comment>ambiguous_separator</comment>
        <extracomment>Finding ambiguous_separator. Fields: text.</extracomment>
        <translation>„{text}“ könnte eine Ganzzahl mit Tausendergruppierung oder eine Dezimalzahl sein; schreiben Sie sie ohne Gruppierung und mit höchstens einem Dezimaltrennzeichen, z. B. 4420 oder 4.42.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has too many digits to be a lab result.</source>
        <comment>too_long</comment>
        <extracomment>Finding too_long. Fields: text.</extracomment>
        <translation>„{text}“ hat zu viele Ziffern für einen Laborwert.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; years is not a plausible age: the oldest person on record lived {oldest_age} years; check the age.</source>
        <comment>age_implausible</comment>
        <extracomment>Finding age_implausible. Fields: oldest_age, text.</extracomment>
        <translation>„{text}“ Jahre ist kein plausibles Alter: Der älteste dokumentierte Mensch wurde {oldest_age} Jahre alt; prüfen Sie das Alter.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; means an age below 0 years, which is impossible.</source>
        <comment>age_below_zero</comment>
        <extracomment>Finding age_below_zero. Fields: text.</extracomment>
        <translation>„{text}“ bedeutet ein Alter unter 0 Jahren, was unmöglich ist.</translation>
    </message>
    <message>
        <source>No unit was given; one of {accepted} is required.</source>
        <comment>unit_missing.ferritin</comment>
        <extracomment>Finding unit_missing.ferritin. Fields: accepted.</extracomment>
        <translation>Es wurde keine Einheit angegeben; eine von {accepted} ist erforderlich.</translation>
    </message>
    <message>
        <source>No unit was given; {accepted} is required.</source>
        <comment>unit_missing.hla_dr</comment>
        <extracomment>Finding unit_missing.hla_dr. Fields: accepted.</extracomment>
        <translation>Es wurde keine Einheit angegeben; {accepted} ist erforderlich.</translation>
    </message>
    <message>
        <source>AB/C (antibodies bound per cell; also molecules/cell, mAb/cell)</source>
        <comment>units_accepted.hla_dr</comment>
        <extracomment>Finding units_accepted.hla_dr.</extracomment>
        <translation>AB/C (gebundene Antikörper pro Zelle; auch molecules/cell, mAb/cell)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ferritin unit this app converts; accepted: {accepted}.</source>
        <comment>unit_unknown.ferritin</comment>
        <extracomment>Finding unit_unknown.ferritin. Fields: accepted, text.</extracomment>
        <translation>„{text}“ ist keine Ferritin-Einheit, die diese App umrechnet; akzeptiert: {accepted}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an HLA-DR unit; accepted: {accepted} (&apos;%&apos; and &apos;MFI&apos; are recognised but cannot establish immunoparalysis).</source>
        <comment>unit_unknown.hla_dr</comment>
        <extracomment>Finding unit_unknown.hla_dr. Fields: accepted, text.</extracomment>
        <translation>„{text}“ ist keine HLA-DR-Einheit; akzeptiert: {accepted} (&apos;%&apos; und &apos;MFI&apos; werden erkannt, können aber keine Immunparalyse begründen).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; an ISO 8601 date-time such as 2026-11-24T08:30 is required.</source>
        <comment>date_without_time</comment>
        <extracomment>Finding date_without_time. Fields: text.</extracomment>
        <translation>„{text}“ hat keine Uhrzeit; erforderlich ist ein ISO-8601-Datum mit Uhrzeit wie 2026-11-24T08:30.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 date-time such as 2026-11-24T08:30 or 2026-11-24T08:30+01:00.</source>
        <comment>bad_time</comment>
        <extracomment>Finding bad_time. Fields: text.</extracomment>
        <translation>„{text}“ ist kein ISO-8601-Datum mit Uhrzeit wie 2026-11-24T08:30 oder 2026-11-24T08:30+01:00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; lies outside the years {earliest} to {latest}; check the date.</source>
        <comment>implausible_time</comment>
        <extracomment>Finding implausible_time. Fields: earliest, latest, text.</extracomment>
        <translation>„{text}“ liegt außerhalb der Jahre {earliest} bis {latest}; prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has the UTC offset {offset}, which no place on Earth uses (offsets run from -12:00 to +14:00); check the time.</source>
        <comment>bad_offset</comment>
        <extracomment>Finding bad_offset. Fields: offset, text.</extracomment>
        <translation>„{text}“ hat den UTC-Versatz {offset}, den kein Ort der Erde verwendet (Versätze reichen von -12:00 bis +14:00); prüfen Sie die Uhrzeit.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; leaves no possible value; enter the number.</source>
        <comment>impossible_bound</comment>
        <extracomment>Finding impossible_bound. Fields: text.</extracomment>
        <translation>„{text}“ lässt keinen möglichen Wert zu; geben Sie die Zahl ein.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; looks like a percentage; FiO2 is a fraction from {minimum} to {maximum}, e.g. 0.4 for 40 %.</source>
        <comment>fio2_percent</comment>
        <extracomment>Finding fio2_percent. Fields: maximum, minimum, text.</extracomment>
        <translation>„{text}“ sieht wie ein Prozentwert aus; FiO2 ist ein Anteil von {minimum} bis {maximum}, z. B. 0.4 für 40 %.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a fraction of inspired oxygen; FiO2 runs from {minimum} (room air) to {maximum}.</source>
        <comment>fio2_range</comment>
        <extracomment>Finding fio2_range. Fields: maximum, minimum, text.</extracomment>
        <translation>„{text}“ ist kein Anteil des inspiratorischen Sauerstoffs; FiO2 reicht von {minimum} (Raumluft) bis {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Glasgow Coma Scale score; a whole number from {minimum} to {maximum} is required.</source>
        <comment>gcs_range</comment>
        <extracomment>Finding gcs_range. Fields: maximum, minimum, text.</extracomment>
        <translation>„{text}“ ist kein Wert der Glasgow Coma Scale; erforderlich ist eine ganze Zahl von {minimum} bis {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a body temperature in °C (if it is °F, convert it); {minimum} to {maximum} accepted.</source>
        <comment>temperature_range</comment>
        <extracomment>Finding temperature_range. Fields: maximum, minimum, text.</extracomment>
        <translation>„{text}“ ist keine Körpertemperatur in °C (bei °F bitte umrechnen); akzeptiert werden {minimum} bis {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be 0.</source>
        <comment>zero</comment>
        <extracomment>Finding zero. Fields: text.</extracomment>
        <translation>„{text}“ darf nicht 0 sein.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no.</source>
        <comment>not_yes_no</comment>
        <extracomment>Finding not_yes_no. Fields: text.</extracomment>
        <translation>„{text}“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>No catecholamine is said to be running, but {running} is given; leave out one or the other.</source>
        <comment>contradiction</comment>
        <extracomment>Finding contradiction. Fields: running.</extracomment>
        <translation>Laut Angabe läuft kein Katecholamin, aber {running} ist angegeben; lassen Sie eines von beiden weg.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of {choices}.</source>
        <comment>not_a_choice.organomegaly</comment>
        <extracomment>Finding not_a_choice.organomegaly. Fields: choices, text.</extracomment>
        <translation>„{text}“ ist keine der Möglichkeiten {choices}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of cytopenic lineages; 0, 1, 2 or 3 (haemoglobin, leukocytes, platelets).</source>
        <comment>not_a_choice.cytopenias</comment>
        <extracomment>Finding not_a_choice.cytopenias. Fields: text.</extracomment>
        <translation>„{text}“ ist keine Anzahl zytopenischer Zellreihen; 0, 1, 2 oder 3 (Hämoglobin, Leukozyten, Thrombozyten).</translation>
    </message>
    <message>
        <source>No unit was given; {accepted} is required.</source>
        <comment>unit_missing.score</comment>
        <extracomment>Finding unit_missing.score. Fields: accepted.</extracomment>
        <translation>Es wurde keine Einheit angegeben; {accepted} ist erforderlich.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a unit of {analyte}; accepted: {accepted}.</source>
        <comment>unit_unknown.score</comment>
        <extracomment>Finding unit_unknown.score. Fields: accepted, analyte, text.</extracomment>
        <translation>„{text}“ ist keine Einheit für {analyte}; akzeptiert: {accepted}.</translation>
    </message>
    <message>
        <source>No patient identifier was given.</source>
        <comment>identifier_empty</comment>
        <extracomment>Finding identifier_empty.</extracomment>
        <translation>Es wurde keine Patienten-ID angegeben.</translation>
    </message>
    <message>
        <source>The patient identifier is longer than {limit} characters; use the identifier used on the ward.</source>
        <comment>identifier_too_long</comment>
        <extracomment>Finding identifier_too_long. Fields: limit.</extracomment>
        <translation>Die Patienten-ID ist länger als {limit} Zeichen; verwenden Sie die auf der Station verwendete ID.</translation>
    </message>
    <message>
        <source>The patient identifier is not valid UTF-8 text (a byte of it could not be read); type the identifier again.</source>
        <comment>identifier_not_utf8</comment>
        <extracomment>Finding identifier_not_utf8.</extracomment>
        <translation>Die Patienten-ID ist kein gültiger UTF-8-Text (ein Byte konnte nicht gelesen werden); geben Sie die ID erneut ein.</translation>
    </message>
    <message>
        <source>The patient identifier contains {character} ({character_name}), an invisible or control character; type the identifier again.</source>
        <comment>identifier_control</comment>
        <extracomment>Finding identifier_control. Fields: character, character_name.</extracomment>
        <translation>Die Patienten-ID enthält {character} ({character_name}), ein unsichtbares oder Steuerzeichen; geben Sie die ID erneut ein.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <comment>in_column</comment>
        <extracomment>Finding in_column. Fields: reason, where.</extracomment>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <comment>cell_not_a_number</comment>
        <extracomment>Finding cell_not_a_number. Fields: text.</extracomment>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number</source>
        <comment>cell_not_a_number.in_column</comment>
        <extracomment>Finding cell_not_a_number.in_column. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is a date or time, not a lab value</source>
        <comment>cell_date_not_value</comment>
        <extracomment>Finding cell_date_not_value. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ ist ein Datum oder eine Uhrzeit, kein Laborwert</translation>
    </message>
    <message>
        <source>{where}: unreadable cell</source>
        <comment>cell_unreadable</comment>
        <extracomment>Finding cell_unreadable. Fields: where.</extracomment>
        <translation>{where}: nicht lesbare Zelle</translation>
    </message>
    <message>
        <source>no {analyte} unit: neither the header, a unit column nor the {analyte} unit option gives one (a unit is never assumed)</source>
        <comment>unit_missing.row</comment>
        <extracomment>Finding unit_missing.row. Fields: analyte.</extracomment>
        <translation>keine Einheit für {analyte}: Weder die Kopfzeile noch eine Einheitenspalte noch die Option für die Einheit von {analyte} gibt eine an (eine Einheit wird nie angenommen)</translation>
    </message>
    <message>
        <source>{where} says {unit} but the {analyte} unit was given as {fixed}</source>
        <comment>unit_conflict.given</comment>
        <extracomment>Finding unit_conflict.given. Fields: analyte, fixed, unit, where.</extracomment>
        <translation>{where} gibt {unit} an, aber als Einheit für {analyte} wurde {fixed} angegeben</translation>
    </message>
    <message>
        <source>{where} says {unit} but the {analyte} unit header says {fixed}</source>
        <comment>unit_conflict.header</comment>
        <extracomment>Finding unit_conflict.header. Fields: analyte, fixed, unit, where.</extracomment>
        <translation>{where} gibt {unit} an, aber die Kopfzeile gibt als Einheit für {analyte} {fixed} an</translation>
    </message>
    <message>
        <source>&apos;{test}&apos; is a percentage of monocytes but the unit is AB/C; the result is not used</source>
        <comment>percent_test_ab_per_cell</comment>
        <extracomment>Finding percent_test_ab_per_cell. Fields: test.</extracomment>
        <translation>„{test}“ ist ein Prozentanteil der Monozyten, aber die Einheit ist AB/C; das Ergebnis wird nicht verwendet</translation>
    </message>
    <message>
        <source>{where}: age is in {unit}; years are needed</source>
        <comment>age_unit</comment>
        <extracomment>Finding age_unit. Fields: unit, where.</extracomment>
        <translation>{where}: Alter in {unit} angegeben; benötigt werden Jahre</translation>
    </message>
    <message>
        <source>{where}: no patient id in this row</source>
        <comment>patient_id_missing.row</comment>
        <extracomment>Finding patient_id_missing.row. Fields: where.</extracomment>
        <translation>{where}: keine Patienten-ID in dieser Zeile</translation>
    </message>
    <message>
        <source>the row has {cells} cells but the header has {columns} columns; a cell may contain an unquoted delimiter</source>
        <comment>extra_cells</comment>
        <extracomment>Finding extra_cells. Fields: cells, columns.</extracomment>
        <translation>Die Zeile hat {cells} Zellen, die Kopfzeile aber {columns} Spalten; eine Zelle enthält möglicherweise ein Trennzeichen ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>no ferritin or HLA-DR value in this row</source>
        <comment>no_values</comment>
        <extracomment>Finding no_values.</extracomment>
        <translation>kein Ferritin- oder HLA-DR-Wert in dieser Zeile</translation>
    </message>
    <message>
        <source>duplicate of row {row}: same patient, sample time and values (counted once, in row {row})</source>
        <comment>duplicate_result.sample_time</comment>
        <extracomment>Finding duplicate_result.sample_time. Fields: row.</extracomment>
        <translation>Duplikat von Zeile {row}: gleicher Patient, gleiche Entnahmezeit und gleiche Werte (einmal gezählt, in Zeile {row})</translation>
    </message>
    <message>
        <source>duplicate of row {row}: same patient, test and time and values (counted once, in row {row})</source>
        <comment>duplicate_result.test_time</comment>
        <extracomment>Finding duplicate_result.test_time. Fields: row.</extracomment>
        <translation>Duplikat von Zeile {row}: gleicher Patient, gleicher Test, gleiche Zeit und gleiche Werte (einmal gezählt, in Zeile {row})</translation>
    </message>
    <message>
        <source>rows {rows} give different results for the same patient and sample time; which one is right cannot be decided</source>
        <comment>conflicting_results.sample_time</comment>
        <extracomment>Finding conflicting_results.sample_time. Fields: rows.</extracomment>
        <translation>Die Zeilen {rows} ergeben unterschiedliche Ergebnisse für denselben Patienten und dieselbe Entnahmezeit; welches richtig ist, lässt sich nicht entscheiden</translation>
    </message>
    <message>
        <source>rows {rows} give different results for the same patient and test and time; which one is right cannot be decided</source>
        <comment>conflicting_results.test_time</comment>
        <extracomment>Finding conflicting_results.test_time. Fields: rows.</extracomment>
        <translation>Die Zeilen {rows} ergeben unterschiedliche Ergebnisse für denselben Patienten, denselben Test und dieselbe Zeit; welches richtig ist, lässt sich nicht entscheiden</translation>
    </message>
    <message>
        <source>the same {test} result, for the same patient and time, was stored from {source} (counted once, there)</source>
        <comment>duplicate_result.stored</comment>
        <extracomment>Finding duplicate_result.stored. Fields: source, test.</extracomment>
        <translation>Dasselbe Ergebnis für {test}, für denselben Patienten und dieselbe Zeit, wurde aus {source} gespeichert (dort einmal gezählt)</translation>
    </message>
    <message>
        <source>the {test} result stored from {source} is different for the same patient and time; which one is right cannot be decided</source>
        <comment>conflicting_results.stored</comment>
        <extracomment>Finding conflicting_results.stored. Fields: source, test.</extracomment>
        <translation>Das aus {source} gespeicherte Ergebnis für {test} ist für denselben Patienten und dieselbe Zeit ein anderes; welches richtig ist, lässt sich nicht entscheiden</translation>
    </message>
    <message>
        <source>{where}: test name and LOINC code disagree ({test})</source>
        <comment>test_name_loinc_disagree</comment>
        <extracomment>Finding test_name_loinc_disagree. Fields: test, where.</extracomment>
        <translation>{where}: Testname und LOINC-Code stimmen nicht überein ({test})</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is neither ferritin nor HLA-DR; row not used</source>
        <comment>other_test.row</comment>
        <extracomment>Finding other_test.row. Fields: test, where.</extracomment>
        <translation>{where}: „{test}“ ist weder Ferritin noch HLA-DR; Zeile nicht verwendet</translation>
    </message>
    <message>
        <source>{where}: an empty test name is neither ferritin nor HLA-DR; row not used</source>
        <comment>other_test.empty</comment>
        <extracomment>Finding other_test.empty. Fields: where.</extracomment>
        <translation>{where}: Ein leerer Testname ist weder Ferritin noch HLA-DR; Zeile nicht verwendet</translation>
    </message>
    <message>
        <source>{where}: no sample time; it is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.row</comment>
        <extracomment>Finding time_missing.row. Fields: where.</extracomment>
        <translation>{where}: keine Entnahmezeit; sie wird benötigt, um Ferritin mit HLA-DR zu paaren</translation>
    </message>
    <message>
        <source>{where}: no value</source>
        <comment>value_missing.row</comment>
        <extracomment>Finding value_missing.row. Fields: where.</extracomment>
        <translation>{where}: kein Wert</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is a percentage of monocytes but the unit is {unit}; the result is not used</source>
        <comment>percent_test_quantitative_unit</comment>
        <extracomment>Finding percent_test_quantitative_unit. Fields: test, unit, where.</extracomment>
        <translation>{where}: „{test}“ ist ein Prozentanteil der Monozyten, aber die Einheit ist {unit}; das Ergebnis wird nicht verwendet</translation>
    </message>
    <message>
        <source>this patient has too many results within the pairing interval to pair them safely; import a shorter period</source>
        <comment>too_many_results</comment>
        <extracomment>Finding too_many_results.</extracomment>
        <translation>Dieser Patient hat zu viele Ergebnisse innerhalb des Paarungsintervalls, um sie sicher zu paaren; importieren Sie einen kürzeren Zeitraum</translation>
    </message>
    <message>
        <source>rows {first_row} and {second_row} of this patient id give different ages; check that they belong to the same patient</source>
        <comment>identity_conflict.age</comment>
        <extracomment>Finding identity_conflict.age. Fields: first_row, second_row.</extracomment>
        <translation>Die Zeilen {first_row} und {second_row} dieser Patienten-ID geben unterschiedliche Alter an; prüfen Sie, ob sie zum selben Patienten gehören</translation>
    </message>
    <message>
        <source>this patient id has different names (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.patient_name</comment>
        <extracomment>Finding identity_conflict.patient_name. Fields: rows.</extracomment>
        <translation>Diese Patienten-ID hat unterschiedliche Namen (Zeilen {rows}): möglicherweise zwei Patienten unter einer ID; prüfen Sie die ID</translation>
    </message>
    <message>
        <source>this patient id has different record numbers (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.record_number</comment>
        <extracomment>Finding identity_conflict.record_number. Fields: rows.</extracomment>
        <translation>Diese Patienten-ID hat unterschiedliche Patientennummern (Zeilen {rows}): möglicherweise zwei Patienten unter einer ID; prüfen Sie die ID</translation>
    </message>
    <message>
        <source>this patient id has different dates of birth (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.date_of_birth</comment>
        <extracomment>Finding identity_conflict.date_of_birth. Fields: rows.</extracomment>
        <translation>Diese Patienten-ID hat unterschiedliche Geburtsdaten (Zeilen {rows}): möglicherweise zwei Patienten unter einer ID; prüfen Sie die ID</translation>
    </message>
    <message>
        <source>{where}: longer than {limit} characters</source>
        <comment>identity_text.too_long</comment>
        <extracomment>Finding identity_text.too_long. Fields: limit, where.</extracomment>
        <translation>{where}: länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{where}: contains {character} ({character_name}), an invisible or control character; correct the cell in the source system</source>
        <comment>identity_text.control</comment>
        <extracomment>Finding identity_text.control. Fields: character, character_name, where.</extracomment>
        <translation>{where}: enthält {character} ({character_name}), ein unsichtbares oder Steuerzeichen; korrigieren Sie die Zelle im Quellsystem</translation>
    </message>
    <message>
        <source>{where}: not valid text (a byte could not be decoded); check the file&apos;s encoding</source>
        <comment>identity_text.not_utf8</comment>
        <extracomment>Finding identity_text.not_utf8. Fields: where.</extracomment>
        <translation>{where}: kein gültiger Text (ein Byte konnte nicht dekodiert werden); prüfen Sie die Zeichenkodierung der Datei</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date (an Excel date serial?); store the date of birth as a date or as YYYY-MM-DD</source>
        <comment>birth_date.serial</comment>
        <extracomment>Finding birth_date.serial. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ ist kein Datum (eine Excel-Datumsseriennummer?); speichern Sie das Geburtsdatum als Datum oder als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 1958-03-14)</source>
        <comment>birth_date.not_a_date</comment>
        <extracomment>Finding birth_date.not_a_date. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT (z. B. 1958-03-14)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; could be day-first or month-first and the column mixes day-first and month-first dates or separators; write it as YYYY-MM-DD</source>
        <comment>birth_date.order_mixed</comment>
        <extracomment>Finding birth_date.order_mixed. Fields: text, where.</extracomment>
        <translation>{where}: Bei „{text}“ kann der Tag oder der Monat zuerst stehen, und die Spalte mischt Daten mit Tag zuerst und mit Monat zuerst oder verschiedene Trennzeichen; schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; could be day-first or month-first and the column does not show whether the day or the month comes first; write it as YYYY-MM-DD</source>
        <comment>birth_date.order_unknown</comment>
        <extracomment>Finding birth_date.order_unknown. Fields: text, where.</extracomment>
        <translation>{where}: Bei „{text}“ kann der Tag oder der Monat zuerst stehen, und die Spalte lässt nicht erkennen, ob der Tag oder der Monat zuerst kommt; schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date (day first)</source>
        <comment>birth_date.day_first</comment>
        <extracomment>Finding birth_date.day_first. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ ist kein gültiges Datum (Tag zuerst)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date (month first)</source>
        <comment>birth_date.month_first</comment>
        <extracomment>Finding birth_date.month_first. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ ist kein gültiges Datum (Monat zuerst)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date</source>
        <comment>birth_date.invalid</comment>
        <extracomment>Finding birth_date.invalid. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; lies before 1900-03-01 (in a spreadsheet, Excel&apos;s 1900 date system is wrong there); check the date of birth</source>
        <comment>birth_date.before_1900</comment>
        <extracomment>Finding birth_date.before_1900. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ liegt vor dem 1900-03-01 (in einer Tabellenkalkulation ist das 1900-Datumssystem von Excel dort fehlerhaft); prüfen Sie das Geburtsdatum</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not an HL7 date-time (YYYYMMDDHHMM[SS][+/-ZZZZ])</source>
        <comment>bad_time.hl7</comment>
        <extracomment>Finding bad_time.hl7. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ ist keine HL7-Datums-/Zeitangabe (YYYYMMDDHHMM[SS][+/-ZZZZ])</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has no time of day; the sample time is needed to the minute</source>
        <comment>date_without_time.minute</comment>
        <extracomment>Finding date_without_time.minute. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ hat keine Uhrzeit; die Entnahmezeit wird minutengenau benötigt</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the year only; the sample time is needed to the minute</source>
        <comment>time_imprecise.year</comment>
        <extracomment>Finding time_imprecise.year. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ ist nur auf das Jahr genau; die Entnahmezeit wird minutengenau benötigt</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the month only; the sample time is needed to the minute</source>
        <comment>time_imprecise.month</comment>
        <extracomment>Finding time_imprecise.month. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ ist nur auf den Monat genau; die Entnahmezeit wird minutengenau benötigt</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the day only; the sample time is needed to the minute</source>
        <comment>time_imprecise.day</comment>
        <extracomment>Finding time_imprecise.day. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ ist nur auf den Tag genau; die Entnahmezeit wird minutengenau benötigt</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the hour only; the sample time is needed to the minute</source>
        <comment>time_imprecise.hour</comment>
        <extracomment>Finding time_imprecise.hour. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ ist nur auf die Stunde genau; die Entnahmezeit wird minutengenau benötigt</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; gives the hour but no minute; the sample time is needed to the minute</source>
        <comment>time_imprecise.no_minute</comment>
        <extracomment>Finding time_imprecise.no_minute. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ enthält die Stunde, aber keine Minute; die Entnahmezeit wird minutengenau benötigt</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has an impossible UTC offset</source>
        <comment>bad_offset.hl7</comment>
        <extracomment>Finding bad_offset.hl7. Fields: text, where.</extracomment>
        <translation>{where}: „{text}“ hat einen unmöglichen UTC-Offset</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos;: {reason}</source>
        <comment>time_refused.field</comment>
        <extracomment>Finding time_refused.field. Fields: reason, text, where.</extracomment>
        <translation>{where}: „{text}“: {reason}</translation>
    </message>
    <message>
        <source>{where}: the codes and names of this test name different analytes ({test}); the result is not used</source>
        <comment>test_codes_disagree</comment>
        <extracomment>Finding test_codes_disagree. Fields: test, where.</extracomment>
        <translation>{where}: Die Codes und Namen dieses Tests bezeichnen unterschiedliche Analyte ({test}); das Ergebnis wird nicht verwendet</translation>
    </message>
    <message>
        <source>{where}: LOINC {code} is neither ferritin (2276-4, 20567-4) nor a configured HLA-DR code; not used</source>
        <comment>other_test.loinc</comment>
        <extracomment>Finding other_test.loinc. Fields: code, where.</extracomment>
        <translation>{where}: LOINC {code} ist weder Ferritin (2276-4, 20567-4) noch ein konfigurierter HLA-DR-Code; nicht verwendet</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is neither ferritin nor HLA-DR; not used</source>
        <comment>other_test.message</comment>
        <extracomment>Finding other_test.message. Fields: test, where.</extracomment>
        <translation>{where}: „{test}“ ist weder Ferritin noch HLA-DR; nicht verwendet</translation>
    </message>
    <message>
        <source>{where}: a test without code or name is neither ferritin nor HLA-DR; not used</source>
        <comment>other_test.unnamed</comment>
        <extracomment>Finding other_test.unnamed. Fields: where.</extracomment>
        <translation>{where}: Ein Test ohne Code oder Namen ist weder Ferritin noch HLA-DR; nicht verwendet</translation>
    </message>
    <message>
        <source>{where}: no {analyte} unit (a unit is never assumed)</source>
        <comment>unit_missing.message</comment>
        <extracomment>Finding unit_missing.message. Fields: analyte, where.</extracomment>
        <translation>{where}: keine Einheit für {analyte} (eine Einheit wird nie angenommen)</translation>
    </message>
    <message>
        <source>{where} says {unit} but {other_field} says {other_unit}; the result is not used</source>
        <comment>unit_conflict.fields</comment>
        <extracomment>Finding unit_conflict.fields. Fields: other_field, other_unit, unit, where.</extracomment>
        <translation>{where} gibt {unit} an, aber {other_field} gibt {other_unit} an; das Ergebnis wird nicht verwendet</translation>
    </message>
    <message>
        <source>{where}: {unit} is a molar concentration but LOINC {code} is ferritin mass concentration; one of them is wrong, so the result is not used</source>
        <comment>unit_conflict.molar_loinc</comment>
        <extracomment>Finding unit_conflict.molar_loinc. Fields: code, unit, where.</extracomment>
        <translation>{where}: {unit} ist eine Stoffmengenkonzentration, aber LOINC {code} ist die Massenkonzentration von Ferritin; eines von beiden ist falsch, daher wird das Ergebnis nicht verwendet</translation>
    </message>
    <message>
        <source>{where}: {unit} is a mass concentration but LOINC {code} is ferritin molar concentration; one of them is wrong, so the result is not used</source>
        <comment>unit_conflict.mass_loinc</comment>
        <extracomment>Finding unit_conflict.mass_loinc. Fields: code, unit, where.</extracomment>
        <translation>{where}: {unit} ist eine Massenkonzentration, aber LOINC {code} ist die Stoffmengenkonzentration von Ferritin; eines von beiden ist falsch, daher wird das Ergebnis nicht verwendet</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is a percentage of monocytes but the unit is AB/C; the result is not used</source>
        <comment>percent_test_ab_per_cell.message</comment>
        <extracomment>Finding percent_test_ab_per_cell.message. Fields: test, where.</extracomment>
        <translation>{where}: „{test}“ ist ein Prozentanteil der Monozyten, aber die Einheit ist AB/C; das Ergebnis wird nicht verwendet</translation>
    </message>
    <message>
        <source>{where}: no patient identifier</source>
        <comment>patient_id_missing.message</comment>
        <extracomment>Finding patient_id_missing.message. Fields: where.</extracomment>
        <translation>{where}: keine Patienten-ID</translation>
    </message>
    <message>
        <source>{where}: no identifier issued by {authority} (the site&apos;s patient_id_authority)</source>
        <comment>patient_id_missing.authority</comment>
        <extracomment>Finding patient_id_missing.authority. Fields: authority, where.</extracomment>
        <translation>{where}: keine von {authority} vergebene ID (patient_id_authority der Einrichtung)</translation>
    </message>
    <message>
        <source>{where}: {count} patient identifiers and nothing says which is the ward&apos;s; set [inbox] patient_id_authority in the site configuration</source>
        <comment>patient_id_ambiguous</comment>
        <extracomment>Finding patient_id_ambiguous. Fields: count, where.</extracomment>
        <translation>{where}: {count} Patienten-IDs, und nichts gibt an, welche die der Station ist; setzen Sie [inbox] patient_id_authority in der Konfiguration der Einrichtung</translation>
    </message>
    <message>
        <source>this file&apos;s content was already read from an earlier file; it is imported once</source>
        <comment>duplicate_message.file</comment>
        <extracomment>Finding duplicate_message.file.</extracomment>
        <translation>Der Inhalt dieser Datei wurde bereits aus einer früheren Datei gelesen; er wird einmal importiert</translation>
    </message>
    <message>
        <source>the Bundle entry holds no resource</source>
        <comment>no_resource</comment>
        <extracomment>Finding no_resource.</extracomment>
        <translation>Der Bundle-Eintrag enthält keine Ressource</translation>
    </message>
    <message>
        <source>a Patient: read when an Observation refers to it</source>
        <comment>patient_context</comment>
        <extracomment>Finding patient_context.</extracomment>
        <translation>eine Patient-Ressource: wird gelesen, wenn eine Observation auf sie verweist</translation>
    </message>
    <message>
        <source>a {kind} resource, not an Observation; not read</source>
        <comment>not_an_observation</comment>
        <extracomment>Finding not_an_observation. Fields: kind.</extracomment>
        <translation>eine {kind}-Ressource, keine Observation; nicht gelesen</translation>
    </message>
    <message>
        <source>not a valid FHIR R4 Observation: {problems}</source>
        <comment>invalid_fhir.observation</comment>
        <extracomment>Finding invalid_fhir.observation. Fields: problems.</extracomment>
        <translation>keine gültige FHIR-R4-Observation: {problems}</translation>
    </message>
    <message>
        <source>the subject Patient is not valid FHIR R4: {problems}</source>
        <comment>invalid_fhir.patient</comment>
        <extracomment>Finding invalid_fhir.patient. Fields: problems.</extracomment>
        <translation>Die Patient-Ressource des subject ist nicht gültig nach FHIR R4: {problems}</translation>
    </message>
    <message>
        <source>status &apos;{text}&apos;: it cannot be told whether the result is final (final, amended, corrected, preliminary expected)</source>
        <comment>status_unknown.fhir</comment>
        <extracomment>Finding status_unknown.fhir. Fields: text.</extracomment>
        <translation>Status „{text}“: Es lässt sich nicht feststellen, ob das Ergebnis endgültig ist (erwartet: final, amended, corrected, preliminary)</translation>
    </message>
    <message>
        <source>status registered: no result yet</source>
        <comment>no_result.fhir</comment>
        <extracomment>Finding no_result.fhir.</extracomment>
        <translation>Status registered: noch kein Ergebnis</translation>
    </message>
    <message>
        <source>valueString carries no unit and a unit is never assumed; the value must be a valueQuantity</source>
        <comment>unit_missing.value_string</comment>
        <extracomment>Finding unit_missing.value_string.</extracomment>
        <translation>valueString enthält keine Einheit, und eine Einheit wird nie angenommen; der Wert muss eine valueQuantity sein</translation>
    </message>
    <message>
        <source>no effectiveDateTime, effectivePeriod.start or effectiveInstant; the sample time is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.fhir</comment>
        <extracomment>Finding time_missing.fhir.</extracomment>
        <translation>kein effectiveDateTime, effectivePeriod.start oder effectiveInstant; die Entnahmezeit wird benötigt, um Ferritin mit HLA-DR zu paaren</translation>
    </message>
    <message>
        <source>the Observation has no subject</source>
        <comment>patient_id_missing.fhir</comment>
        <extracomment>Finding patient_id_missing.fhir.</extracomment>
        <translation>Die Observation hat kein subject</translation>
    </message>
    <message>
        <source>subject &apos;{reference}&apos; is not in this file and the reference carries no identifier</source>
        <comment>subject_unresolved</comment>
        <extracomment>Finding subject_unresolved. Fields: reference.</extracomment>
        <translation>subject „{reference}“ ist nicht in dieser Datei, und die Referenz enthält keine Kennung (identifier)</translation>
    </message>
    <message>
        <source>the subject is a {kind}, not a Patient</source>
        <comment>subject_not_patient</comment>
        <extracomment>Finding subject_not_patient. Fields: kind.</extracomment>
        <translation>Das subject ist vom Typ {kind}, kein Patient</translation>
    </message>
    <message>
        <source>valueQuantity has no value</source>
        <comment>value_missing.quantity</comment>
        <extracomment>Finding value_missing.quantity.</extracomment>
        <translation>valueQuantity hat keinen Wert</translation>
    </message>
    <message>
        <source>valueQuantity.value &apos;{text}&apos; is not a JSON number</source>
        <comment>not_a_number.json</comment>
        <extracomment>Finding not_a_number.json. Fields: text.</extracomment>
        <translation>valueQuantity.value „{text}“ ist keine JSON-Zahl</translation>
    </message>
    <message>
        <source>valueQuantity.comparator &apos;{text}&apos; is not &lt;, &lt;=, &gt;= or &gt;</source>
        <comment>comparator_unknown.fhir</comment>
        <extracomment>Finding comparator_unknown.fhir. Fields: text.</extracomment>
        <translation>valueQuantity.comparator „{text}“ ist nicht &lt;, &lt;=, &gt;= oder &gt;</translation>
    </message>
    <message>
        <source>{where}: a ferritin or HLA-DR value must be a valueQuantity</source>
        <comment>value_type_unsupported.fhir</comment>
        <extracomment>Finding value_type_unsupported.fhir. Fields: where.</extracomment>
        <translation>{where}: Ein Ferritin- oder HLA-DR-Wert muss eine valueQuantity sein</translation>
    </message>
    <message>
        <source>the Observation has no value</source>
        <comment>value_missing.fhir</comment>
        <extracomment>Finding value_missing.fhir.</extracomment>
        <translation>Die Observation hat keinen Wert</translation>
    </message>
    <message>
        <source>the MLLP block of this message has no end (0x1C); the message may be truncated</source>
        <comment>mllp_unterminated.message</comment>
        <extracomment>Finding mllp_unterminated.message.</extracomment>
        <translation>Der MLLP-Block dieser Nachricht hat kein Ende (0x1C); die Nachricht ist möglicherweise abgeschnitten</translation>
    </message>
    <message>
        <source>the MLLP block of the last message has no end (0x1C); the file may still be being written, or was cut short</source>
        <comment>mllp_unterminated.last</comment>
        <extracomment>Finding mllp_unterminated.last.</extracomment>
        <translation>Der MLLP-Block der letzten Nachricht hat kein Ende (0x1C); die Datei wird möglicherweise noch geschrieben oder wurde abgeschnitten</translation>
    </message>
    <message>
        <source>MLLP framing bytes inside a segment</source>
        <comment>mllp_framing</comment>
        <extracomment>Finding mllp_framing.</extracomment>
        <translation>MLLP-Rahmenbytes innerhalb eines Segments</translation>
    </message>
    <message>
        <source>line {line} of the file is not an HL7 segment (it must start with a three-letter segment id and the field separator)</source>
        <comment>not_a_segment</comment>
        <extracomment>Finding not_a_segment. Fields: line.</extracomment>
        <translation>Zeile {line} der Datei ist kein HL7-Segment (sie muss mit einer aus drei Buchstaben bestehenden Segment-ID und dem Feldtrennzeichen beginnen)</translation>
    </message>
    <message>
        <source>MSH-18 declares the character set &apos;{text}&apos;, which this app does not read; supported: {supported}</source>
        <comment>charset_unknown</comment>
        <extracomment>Finding charset_unknown. Fields: supported, text.</extracomment>
        <translation>MSH-18 deklariert den Zeichensatz „{text}“, den diese App nicht liest; unterstützt: {supported}</translation>
    </message>
    <message>
        <source>the message&apos;s bytes are not valid in the declared {charset}; set MSH-18 to the character set the laboratory system sends</source>
        <comment>charset_mismatch.declared</comment>
        <extracomment>Finding charset_mismatch.declared. Fields: charset.</extracomment>
        <translation>Die Bytes der Nachricht sind nicht gültig im deklarierten Zeichensatz {charset}; setzen Sie MSH-18 auf den Zeichensatz, den das Laborsystem sendet</translation>
    </message>
    <message>
        <source>the message&apos;s bytes are not valid UTF-8 (MSH-18 declares nothing); set MSH-18 to the character set the laboratory system sends</source>
        <comment>charset_mismatch.utf8</comment>
        <extracomment>Finding charset_mismatch.utf8.</extracomment>
        <translation>Die Bytes der Nachricht sind kein gültiges UTF-8 (MSH-18 deklariert nichts); setzen Sie MSH-18 auf den Zeichensatz, den das Laborsystem sendet</translation>
    </message>
    <message>
        <source>the MSH segment cannot be parsed (it must start &apos;MSH|^~\&amp;|&apos;)</source>
        <comment>msh_unreadable</comment>
        <extracomment>Finding msh_unreadable.</extracomment>
        <translation>Das MSH-Segment kann nicht gelesen werden (es muss mit „MSH|^~\&amp;|“ beginnen)</translation>
    </message>
    <message>
        <source>MSH-12 (version) is &apos;{text}&apos;; this app reads HL7 v2 versions {supported}</source>
        <comment>version_unsupported</comment>
        <extracomment>Finding version_unsupported. Fields: supported, text.</extracomment>
        <translation>MSH-12 (Version) ist „{text}“; diese App liest die HL7-v2-Versionen {supported}</translation>
    </message>
    <message>
        <source>MSH-12 (version) is empty; this app reads HL7 v2 versions {supported}</source>
        <comment>version_unsupported.empty</comment>
        <extracomment>Finding version_unsupported.empty. Fields: supported.</extracomment>
        <translation>MSH-12 (Version) ist leer; diese App liest die HL7-v2-Versionen {supported}</translation>
    </message>
    <message>
        <source>MSH-9 is {kind}, not a laboratory result message (ORU^R01)</source>
        <comment>not_results_message</comment>
        <extracomment>Finding not_results_message. Fields: kind.</extracomment>
        <translation>MSH-9 ist {kind}, keine Laborergebnis-Nachricht (ORU^R01)</translation>
    </message>
    <message>
        <source>MSH-10 (message control id) is empty; it is needed to import each message exactly once</source>
        <comment>message_id_missing</comment>
        <extracomment>Finding message_id_missing.</extracomment>
        <translation>MSH-10 (Nachrichtenkontroll-ID) ist leer; sie wird benötigt, um jede Nachricht genau einmal zu importieren</translation>
    </message>
    <message>
        <source>MSH-11 marks a training message ({processing}), not a production result</source>
        <comment>test_message.training</comment>
        <extracomment>Finding test_message.training. Fields: processing.</extracomment>
        <translation>MSH-11 kennzeichnet eine Trainingsnachricht ({processing}), kein Ergebnis aus dem Produktivbetrieb</translation>
    </message>
    <message>
        <source>MSH-11 marks a debugging message ({processing}), not a production result</source>
        <comment>test_message.debugging</comment>
        <extracomment>Finding test_message.debugging. Fields: processing.</extracomment>
        <translation>MSH-11 kennzeichnet eine Debugging-Nachricht ({processing}), kein Ergebnis aus dem Produktivbetrieb</translation>
    </message>
    <message>
        <source>MSH-11 (processing id) is &apos;{text}&apos;; P (production) is expected</source>
        <comment>processing_id_unknown</comment>
        <extracomment>Finding processing_id_unknown. Fields: text.</extracomment>
        <translation>MSH-11 (Verarbeitungs-ID) ist „{text}“; erwartet wird P (Produktion)</translation>
    </message>
    <message>
        <source>this message was already read (message {message} of this file); it is imported once</source>
        <comment>duplicate_message.this_file</comment>
        <extracomment>Finding duplicate_message.this_file. Fields: message.</extracomment>
        <translation>Diese Nachricht wurde bereits gelesen (Nachricht {message} dieser Datei); sie wird einmal importiert</translation>
    </message>
    <message>
        <source>this message was already read (an earlier file); it is imported once</source>
        <comment>duplicate_message.earlier_file</comment>
        <extracomment>Finding duplicate_message.earlier_file.</extracomment>
        <translation>Diese Nachricht wurde bereits gelesen (in einer früheren Datei); sie wird einmal importiert</translation>
    </message>
    <message>
        <source>message {message} of this file had the same message id with different content; check with the laboratory which one is right</source>
        <comment>conflicting_message_id.this_file</comment>
        <extracomment>Finding conflicting_message_id.this_file. Fields: message.</extracomment>
        <translation>Nachricht {message} dieser Datei hatte dieselbe Nachrichten-ID mit anderem Inhalt; klären Sie mit dem Labor, welche richtig ist</translation>
    </message>
    <message>
        <source>an earlier file had the same message id with different content; check with the laboratory which one is right</source>
        <comment>conflicting_message_id.earlier_file</comment>
        <extracomment>Finding conflicting_message_id.earlier_file.</extracomment>
        <translation>Eine frühere Datei hatte dieselbe Nachrichten-ID mit anderem Inhalt; klären Sie mit dem Labor, welche richtig ist</translation>
    </message>
    <message>
        <source>OBX-11 (result status) is &apos;{text}&apos;; F, C, P, D, W or X is expected, so it cannot be told whether the result is final</source>
        <comment>status_unknown.hl7</comment>
        <extracomment>Finding status_unknown.hl7. Fields: text.</extracomment>
        <translation>OBX-11 (Ergebnisstatus) ist „{text}“; erwartet wird F, C, P, D, W oder X, daher lässt sich nicht feststellen, ob das Ergebnis endgültig ist</translation>
    </message>
    <message>
        <source>OBX-11 (result status) is empty; F, C, P, D, W or X is expected, so it cannot be told whether the result is final</source>
        <comment>status_unknown.hl7_empty</comment>
        <extracomment>Finding status_unknown.hl7_empty.</extracomment>
        <translation>OBX-11 (Ergebnisstatus) ist leer; erwartet wird F, C, P, D, W oder X, daher lässt sich nicht feststellen, ob das Ergebnis endgültig ist</translation>
    </message>
    <message>
        <source>no PID segment before this OBX names the patient</source>
        <comment>patient_id_missing.no_pid</comment>
        <extracomment>Finding patient_id_missing.no_pid.</extracomment>
        <translation>kein PID-Segment vor diesem OBX nennt den Patienten</translation>
    </message>
    <message>
        <source>OBX-11 is I: specimen in the laboratory, no result yet</source>
        <comment>result_status.I</comment>
        <extracomment>Finding result_status.I.</extracomment>
        <translation>OBX-11 ist I: Probe im Labor, noch kein Ergebnis</translation>
    </message>
    <message>
        <source>OBX-11 is O: order detail only, no result</source>
        <comment>result_status.O</comment>
        <extracomment>Finding result_status.O.</extracomment>
        <translation>OBX-11 ist O: nur Auftragsdetail, kein Ergebnis</translation>
    </message>
    <message>
        <source>OBX-11 is N: not asked; no result</source>
        <comment>result_status.N</comment>
        <extracomment>Finding result_status.N.</extracomment>
        <translation>OBX-11 ist N: nicht angefordert; kein Ergebnis</translation>
    </message>
    <message>
        <source>OBX-11 is U: changed to final without the result being sent again; the app needs the result itself</source>
        <comment>result_status.U</comment>
        <extracomment>Finding result_status.U.</extracomment>
        <translation>OBX-11 ist U: auf endgültig geändert, ohne dass das Ergebnis erneut gesendet wurde; die App benötigt das Ergebnis selbst</translation>
    </message>
    <message>
        <source>OBX-11 D: the result is deleted</source>
        <comment>status_meaning.D</comment>
        <extracomment>Finding status_meaning.D.</extracomment>
        <translation>OBX-11 D: Das Ergebnis ist gelöscht</translation>
    </message>
    <message>
        <source>OBX-11 W: the result was posted wrongly (e.g. for the wrong patient)</source>
        <comment>status_meaning.W</comment>
        <extracomment>Finding status_meaning.W.</extracomment>
        <translation>OBX-11 W: Das Ergebnis wurde fälschlich übermittelt (z. B. für den falschen Patienten)</translation>
    </message>
    <message>
        <source>OBX-11 X: the result cannot be obtained</source>
        <comment>status_meaning.X</comment>
        <extracomment>Finding status_meaning.X.</extracomment>
        <translation>OBX-11 X: Das Ergebnis kann nicht ermittelt werden</translation>
    </message>
    <message>
        <source>status {text}</source>
        <comment>status_meaning.fhir</comment>
        <extracomment>Finding status_meaning.fhir. Fields: text.</extracomment>
        <translation>Status {text}</translation>
    </message>
    <message>
        <source>no observation time in OBX-14 or OBR-7; it is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.hl7</comment>
        <extracomment>Finding time_missing.hl7.</extracomment>
        <translation>keine Beobachtungszeit in OBX-14 oder OBR-7; sie wird benötigt, um Ferritin mit HLA-DR zu paaren</translation>
    </message>
    <message>
        <source>OBX-5 holds several values; one is needed</source>
        <comment>several_values</comment>
        <extracomment>Finding several_values.</extracomment>
        <translation>OBX-5 enthält mehrere Werte; benötigt wird ein einziger</translation>
    </message>
    <message>
        <source>OBX-5 is a range or ratio (SN with a second number); one value is needed</source>
        <comment>range_or_ratio</comment>
        <extracomment>Finding range_or_ratio.</extracomment>
        <translation>OBX-5 ist ein Bereich oder Verhältnis (SN mit einer zweiten Zahl); benötigt wird ein einziger Wert</translation>
    </message>
    <message>
        <source>OBX-5 comparator &apos;{text}&apos; is not &lt;, &gt;, &lt;= or &gt;=</source>
        <comment>comparator_unknown.hl7</comment>
        <extracomment>Finding comparator_unknown.hl7. Fields: text.</extracomment>
        <translation>Vergleichsoperator „{text}“ in OBX-5 ist nicht &lt;, &gt;, &lt;= oder &gt;=</translation>
    </message>
    <message>
        <source>OBX-5 has components, which a {value_type} value cannot have</source>
        <comment>value_components</comment>
        <extracomment>Finding value_components. Fields: value_type.</extracomment>
        <translation>OBX-5 hat Komponenten, die ein Wert vom Typ {value_type} nicht haben kann</translation>
    </message>
    <message>
        <source>OBX-2 (value type) is &apos;{text}&apos;; NM, SN or ST is needed for a ferritin or HLA-DR value</source>
        <comment>value_type_unsupported.hl7</comment>
        <extracomment>Finding value_type_unsupported.hl7. Fields: text.</extracomment>
        <translation>OBX-2 (Werttyp) ist „{text}“; für einen Ferritin- oder HLA-DR-Wert wird NM, SN oder ST benötigt</translation>
    </message>
    <message>
        <source>OBX-2 (value type) is missing; NM, SN or ST is needed for a ferritin or HLA-DR value</source>
        <comment>value_type_unsupported.hl7_missing</comment>
        <extracomment>Finding value_type_unsupported.hl7_missing.</extracomment>
        <translation>OBX-2 (Werttyp) fehlt; für einen Ferritin- oder HLA-DR-Wert wird NM, SN oder ST benötigt</translation>
    </message>
    <message>
        <source>{file}, message {number}</source>
        <comment>source.message</comment>
        <extracomment>Finding source.message. Fields: file, number.</extracomment>
        <translation>{file}, Nachricht {number}</translation>
    </message>
    <message>
        <source>{file}, message {number} ({id})</source>
        <comment>source.message_id</comment>
        <extracomment>Finding source.message_id. Fields: file, id, number.</extracomment>
        <translation>{file}, Nachricht {number} ({id})</translation>
    </message>
    <message>
        <source>{message}, segment {number}</source>
        <comment>source.segment</comment>
        <extracomment>Finding source.segment. Fields: message, number.</extracomment>
        <translation>{message}, Segment {number}</translation>
    </message>
    <message>
        <source>{message}, segment {number} ({element})</source>
        <comment>source.segment_element</comment>
        <extracomment>Finding source.segment_element. Fields: element, message, number.</extracomment>
        <translation>{message}, Segment {number} ({element})</translation>
    </message>
    <message>
        <source>{message}, entry {number}</source>
        <comment>source.entry</comment>
        <extracomment>Finding source.entry. Fields: message, number.</extracomment>
        <translation>{message}, Eintrag {number}</translation>
    </message>
    <message>
        <source>{message}, entry {number} ({element})</source>
        <comment>source.entry_element</comment>
        <extracomment>Finding source.entry_element. Fields: element, message, number.</extracomment>
        <translation>{message}, Eintrag {number} ({element})</translation>
    </message>
    <message>
        <source>a preliminary result that arrived after the final result of the same test; not shown</source>
        <comment>preliminary_after_final</comment>
        <extracomment>Finding preliminary_after_final.</extracomment>
        <translation>ein vorläufiges Ergebnis, das nach dem endgültigen Ergebnis desselben Tests eingegangen ist; nicht angezeigt</translation>
    </message>
    <message>
        <source>replaced by the corrected result in {source}</source>
        <comment>superseded.corrected</comment>
        <extracomment>Finding superseded.corrected. Fields: source.</extracomment>
        <translation>ersetzt durch das korrigierte Ergebnis in {source}</translation>
    </message>
    <message>
        <source>replaced by the final result in {source}</source>
        <comment>superseded.final</comment>
        <extracomment>Finding superseded.final. Fields: source.</extracomment>
        <translation>ersetzt durch das endgültige Ergebnis in {source}</translation>
    </message>
    <message>
        <source>replaced by the preliminary result in {source}</source>
        <comment>superseded.preliminary</comment>
        <extracomment>Finding superseded.preliminary. Fields: source.</extracomment>
        <translation>ersetzt durch das vorläufige Ergebnis in {source}</translation>
    </message>
    <message>
        <source>a corrected result: it replaces any earlier result of this test</source>
        <comment>corrected</comment>
        <extracomment>Finding corrected.</extracomment>
        <translation>ein korrigiertes Ergebnis: Es ersetzt jedes frühere Ergebnis dieses Tests</translation>
    </message>
    <message>
        <source>a preliminary result: shown, not classified until the final result arrives</source>
        <comment>preliminary</comment>
        <extracomment>Finding preliminary.</extracomment>
        <translation>ein vorläufiges Ergebnis: angezeigt, aber nicht klassifiziert, bis das endgültige Ergebnis eingeht</translation>
    </message>
    <message>
        <source>withdrawn by {source} (status {status})</source>
        <comment>withdrawn</comment>
        <extracomment>Finding withdrawn. Fields: source, status.</extracomment>
        <translation>zurückgezogen durch {source} (Status {status})</translation>
    </message>
    <message>
        <source>withdraws the earlier result in {sources}</source>
        <comment>withdrawal.removed</comment>
        <extracomment>Finding withdrawal.removed. Fields: sources.</extracomment>
        <translation>zieht das frühere Ergebnis in {sources} zurück</translation>
    </message>
    <message>
        <source>{meaning}; withdraws the earlier result in {sources}</source>
        <comment>withdrawal.removed_meaning</comment>
        <extracomment>Finding withdrawal.removed_meaning. Fields: meaning, sources.</extracomment>
        <translation>{meaning}; zieht das frühere Ergebnis in {sources} zurück</translation>
    </message>
    <message>
        <source>withdraws an earlier result of this test; a result stored from an earlier file with the same key is withdrawn when this file is stored</source>
        <comment>withdrawal.stored</comment>
        <extracomment>Finding withdrawal.stored.</extracomment>
        <translation>zieht ein früheres Ergebnis dieses Tests zurück; ein aus einer früheren Datei gespeichertes Ergebnis mit demselben Schlüssel wird zurückgezogen, wenn diese Datei gespeichert wird</translation>
    </message>
    <message>
        <source>{meaning}; withdraws an earlier result of this test; a result stored from an earlier file with the same key is withdrawn when this file is stored</source>
        <comment>withdrawal.stored_meaning</comment>
        <extracomment>Finding withdrawal.stored_meaning. Fields: meaning.</extracomment>
        <translation>{meaning}; zieht ein früheres Ergebnis dieses Tests zurück; ein aus einer früheren Datei gespeichertes Ergebnis mit demselben Schlüssel wird zurückgezogen, wenn diese Datei gespeichert wird</translation>
    </message>
    <message>
        <source>{used} of {results} result(s) used</source>
        <comment>message_used</comment>
        <extracomment>Finding message_used. Fields: results, used.</extracomment>
        <translation>{used} von {results} Ergebnis(sen) verwendet</translation>
    </message>
    <message>
        <source>the message holds no results</source>
        <comment>no_results</comment>
        <extracomment>Finding no_results.</extracomment>
        <translation>Die Nachricht enthält keine Ergebnisse</translation>
    </message>
    <message>
        <source>no result used ({detail})</source>
        <comment>no_results_used</comment>
        <extracomment>Finding no_results_used. Fields: detail.</extracomment>
        <translation>kein Ergebnis verwendet ({detail})</translation>
    </message>
    <message>
        <source>the same content was already read from an earlier file; it is imported once</source>
        <comment>duplicate_message.content</comment>
        <extracomment>Finding duplicate_message.content.</extracomment>
        <translation>Derselbe Inhalt wurde bereits aus einer früheren Datei gelesen; er wird einmal importiert</translation>
    </message>
    <message>
        <source>{date} has no time of day; a date-time is required</source>
        <comment>date_cell_without_time</comment>
        <extracomment>Finding date_cell_without_time. Fields: date.</extracomment>
        <translation>{date} hat keine Uhrzeit; erforderlich ist ein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a time without a date</source>
        <comment>time_without_date</comment>
        <extracomment>Finding time_without_date. Fields: text.</extracomment>
        <translation>„{text}“ ist eine Uhrzeit ohne Datum</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a bare number (an Excel date serial?); store the sample time as a date-time</source>
        <comment>serial_number.cell</comment>
        <extracomment>Finding serial_number.cell. Fields: text.</extracomment>
        <translation>„{text}“ ist eine bloße Zahl (eine Excel-Datumsseriennummer?); speichern Sie die Entnahmezeit als Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a bare number (an Excel date serial?); an ISO 8601 date-time such as {example} is required</source>
        <comment>serial_number.text</comment>
        <extracomment>Finding serial_number.text. Fields: example, text.</extracomment>
        <translation>„{text}“ ist eine bloße Zahl (eine Excel-Datumsseriennummer?); erforderlich ist ein Datum mit Uhrzeit nach ISO 8601 wie {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time</source>
        <comment>bad_time.cell</comment>
        <extracomment>Finding bad_time.cell. Fields: text.</extracomment>
        <translation>„{text}“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; a date-time such as {example} is required</source>
        <comment>date_without_time.example</comment>
        <extracomment>Finding date_without_time.example. Fields: example, text.</extracomment>
        <translation>„{text}“ hat keine Uhrzeit; erforderlich ist ein Datum mit Uhrzeit wie {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; a date-time is required</source>
        <comment>date_without_time.text</comment>
        <extracomment>Finding date_without_time.text. Fields: text.</extracomment>
        <translation>„{text}“ hat keine Uhrzeit; erforderlich ist ein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid ISO 8601 date-time (e.g. {example})</source>
        <comment>bad_time.iso</comment>
        <extracomment>Finding bad_time.iso. Fields: example, text.</extracomment>
        <translation>„{text}“ ist kein gültiges Datum mit Uhrzeit nach ISO 8601 (z. B. {example})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not match the time format {time_format}</source>
        <comment>bad_time.format</comment>
        <extracomment>Finding bad_time.format. Fields: text, time_format.</extracomment>
        <translation>„{text}“ entspricht nicht dem Zeitformat {time_format}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time; use ISO 8601 (e.g. {example}) or give the time format</source>
        <comment>bad_time.numeric</comment>
        <extracomment>Finding bad_time.numeric. Fields: example, text.</extracomment>
        <translation>„{text}“ ist kein Datum mit Uhrzeit; verwenden Sie ISO 8601 (z. B. {example}) oder geben Sie das Zeitformat an</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: day and month order cannot be told from the file; give the time format (e.g. {time_format})</source>
        <comment>date_order_unknown</comment>
        <extracomment>Finding date_order_unknown. Fields: text, time_format.</extracomment>
        <translation>„{text}“: Die Reihenfolge von Tag und Monat lässt sich aus der Datei nicht erkennen; geben Sie das Zeitformat an (z. B. {time_format})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid date-time</source>
        <comment>bad_time.invalid</comment>
        <extracomment>Finding bad_time.invalid. Fields: text.</extracomment>
        <translation>„{text}“ ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>{date} lies before 1900-03-01, where Excel&apos;s 1900 date system is wrong (serial ≤ 60); check the sample time</source>
        <comment>excel_1900_artefact</comment>
        <extracomment>Finding excel_1900_artefact. Fields: date.</extracomment>
        <translation>{date} liegt vor dem 1900-03-01, wo das 1900-Datumssystem von Excel fehlerhaft ist (Seriennummer ≤ 60); prüfen Sie die Entnahmezeit</translation>
    </message>
    <message>
        <source>{time} local time is skipped or repeated by a daylight-saving change; give the time with its UTC offset</source>
        <comment>dst_ambiguous</comment>
        <extracomment>Finding dst_ambiguous. Fields: time.</extracomment>
        <translation>Die Ortszeit {time} wird durch eine Sommerzeitumstellung übersprungen oder wiederholt; geben Sie die Zeit mit ihrem UTC-Offset an</translation>
    </message>
    <message>
        <source>The laboratory corrected the {test} result (status {status}) in {source}.</source>
        <comment>lab_version.corrected</comment>
        <extracomment>Finding lab_version.corrected. Fields: source, status, test.</extracomment>
        <translation>Das Labor hat das Ergebnis für {test} in {source} korrigiert (Status {status}).</translation>
    </message>
    <message>
        <source>The laboratory sent the {test} result again (status {status}) in {source}.</source>
        <comment>lab_version.sent_again</comment>
        <extracomment>Finding lab_version.sent_again. Fields: source, status, test.</extracomment>
        <translation>Das Labor hat das Ergebnis für {test} in {source} erneut gesendet (Status {status}).</translation>
    </message>
    <message>
        <source>Paired with the {test} result received in {source}.</source>
        <comment>lab_version.paired</comment>
        <extracomment>Finding lab_version.paired. Fields: source, test.</extracomment>
        <translation>Gepaart mit dem in {source} empfangenen Ergebnis für {test}.</translation>
    </message>
    <message>
        <source>The laboratory withdrew the {test} result ({meaning}) in {source}.</source>
        <comment>lab_withdrawal</comment>
        <extracomment>Finding lab_withdrawal. Fields: meaning, source, test.</extracomment>
        <translation>Das Labor hat das Ergebnis für {test} in {source} zurückgezogen ({meaning}).</translation>
    </message>
    <message>
        <source>SOFA {total} of 24; all 6 organ systems assessed.</source>
        <comment>sofa_total</comment>
        <extracomment>Finding sofa_total. Fields: total.</extracomment>
        <translation>SOFA {total} von 24; alle 6 Organsysteme bewertet.</translation>
    </message>
    <message>
        <source>SOFA {total} from {assessed} of 6 organ systems; not assessed: {missing}. With them the total could be {low} to {high}.</source>
        <comment>sofa_total_partial</comment>
        <extracomment>Finding sofa_total_partial. Fields: assessed, high, low, missing, total.</extracomment>
        <translation>SOFA {total} aus {assessed} von 6 Organsystemen; nicht bewertet: {missing}. Mit diesen könnte die Summe {low} bis {high} betragen.</translation>
    </message>
    <message>
        <source>{criterion} {value}: {comparison} → {points} of 4 points.</source>
        <comment>sofa_criterion</comment>
        <extracomment>Finding sofa_criterion. Fields: comparison, criterion, points, value.</extracomment>
        <translation>{criterion} {value}: {comparison} → {points} von 4 Punkten.</translation>
    </message>
    <message>
        <source>{criterion} {value} could score {low} to {high} points; an exact value is needed.</source>
        <comment>sofa_criterion_open</comment>
        <extracomment>Finding sofa_criterion_open. Fields: criterion, high, low, value.</extracomment>
        <translation>{criterion} {value} könnte {low} bis {high} Punkte ergeben; ein exakter Wert wird benötigt.</translation>
    </message>
    <message>
        <source>{criterion} not running → 0 of 4 points.</source>
        <comment>sofa_not_running</comment>
        <extracomment>Finding sofa_not_running. Fields: criterion.</extracomment>
        <translation>{criterion} läuft nicht → 0 von 4 Punkten.</translation>
    </message>
    <message>
        <source>Dobutamine running (any dose) → {points} of 4 points.</source>
        <comment>sofa_dobutamine</comment>
        <extracomment>Finding sofa_dobutamine. Fields: points.</extracomment>
        <translation>Dobutamin läuft (jede Dosis) → {points} von 4 Punkten.</translation>
    </message>
    <message>
        <source>Dobutamine not running → {points} of 4 points.</source>
        <comment>sofa_dobutamine_none</comment>
        <extracomment>Finding sofa_dobutamine_none. Fields: points.</extracomment>
        <translation>Dobutamin läuft nicht → {points} von 4 Punkten.</translation>
    </message>
    <message>
        <source>PaO2/FiO2 {value}: {comparison} with respiratory support → {points} of 4 points.</source>
        <comment>sofa_respiration_support</comment>
        <extracomment>Finding sofa_respiration_support. Fields: comparison, points, value.</extracomment>
        <translation>PaO2/FiO2 {value}: {comparison} mit Atemunterstützung → {points} von 4 Punkten.</translation>
    </message>
    <message>
        <source>PaO2/FiO2 {value}: {comparison}, but without respiratory support → {points} of 4 points (3 and 4 need respiratory support).</source>
        <comment>sofa_respiration_no_support</comment>
        <extracomment>Finding sofa_respiration_no_support. Fields: comparison, points, value.</extracomment>
        <translation>PaO2/FiO2 {value}: {comparison}, aber ohne Atemunterstützung → {points} von 4 Punkten (3 und 4 erfordern Atemunterstützung).</translation>
    </message>
    <message>
        <source>Not assessed: {needed} not given.</source>
        <comment>sofa_missing</comment>
        <extracomment>Finding sofa_missing. Fields: needed.</extracomment>
        <translation>Nicht bewertet: {needed} nicht angegeben.</translation>
    </message>
    <message>
        <source>Not assessed: {low} to {high} points possible; still needed: {needed}.</source>
        <comment>sofa_undetermined</comment>
        <extracomment>Finding sofa_undetermined. Fields: high, low, needed.</extracomment>
        <translation>Nicht bewertet: {low} bis {high} Punkte möglich; noch benötigt: {needed}.</translation>
    </message>
    <message>
        <source>The table&apos;s {unit} column puts {value} in its {other_points}-point row, its {reference} column in the {points}-point row; the app scores every unit by the {reference} column (the original definition).</source>
        <comment>sofa_column_differs</comment>
        <extracomment>Finding sofa_column_differs. Fields: other_points, points, reference, unit, value.</extracomment>
        <translation>Die {unit}-Spalte der Tabelle ordnet {value} der {other_points}-Punkte-Zeile zu, die {reference}-Spalte der {points}-Punkte-Zeile; die App bewertet jede Einheit nach der {reference}-Spalte (der ursprünglichen Definition).</translation>
    </message>
    <message>
        <source>HScore {score} (of {maximum} possible).</source>
        <comment>hscore_total</comment>
        <extracomment>Finding hscore_total. Fields: maximum, score.</extracomment>
        <translation>HScore {score} (von maximal {maximum}).</translation>
    </message>
    <message>
        <source>HScore not computed: {missing} not given. With them it would be {low} to {high}; the table&apos;s probability would lie between {low_percent} % and {high_percent} %.</source>
        <comment>hscore_incomplete</comment>
        <extracomment>Finding hscore_incomplete. Fields: high, high_percent, low, low_percent, missing.</extracomment>
        <translation>HScore nicht berechnet: {missing} nicht angegeben. Mit diesen Angaben läge er bei {low} bis {high}; die Wahrscheinlichkeit laut Tabelle läge zwischen {low_percent} % und {high_percent} %.</translation>
    </message>
    <message>
        <source>{variable} {value}: {comparison} → {points} points.</source>
        <comment>hscore_scored</comment>
        <extracomment>Finding hscore_scored. Fields: comparison, points, value, variable.</extracomment>
        <translation>{variable} {value}: {comparison} → {points} Punkte.</translation>
    </message>
    <message>
        <source>{variable}: {category} → {points} points.</source>
        <comment>hscore_category</comment>
        <extracomment>Finding hscore_category. Fields: category, points, variable.</extracomment>
        <translation>{variable}: {category} → {points} Punkte.</translation>
    </message>
    <message>
        <source>Cytopenias in {count} of 3 lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110000/µL) → {points} points.</source>
        <comment>hscore_cytopenias</comment>
        <extracomment>Finding hscore_cytopenias. Fields: count, points.</extracomment>
        <translation>Zytopenien in {count} von 3 Zellreihen (Hb ≤ 9,2 g/dL, Leukozyten ≤ 5000/µL, Thrombozyten ≤ 110000/µL) → {points} Punkte.</translation>
    </message>
    <message>
        <source>{variable} {value} could score {low} to {high} points; an exact value is needed.</source>
        <comment>hscore_open</comment>
        <extracomment>Finding hscore_open. Fields: high, low, value, variable.</extracomment>
        <translation>{variable} {value} könnte {low} bis {high} Punkte ergeben; ein exakter Wert wird benötigt.</translation>
    </message>
    <message>
        <source>{variable} not given: 0 to {high} points possible.</source>
        <comment>hscore_missing</comment>
        <extracomment>Finding hscore_missing. Fields: high, variable.</extracomment>
        <translation>{variable} nicht angegeben: 0 bis {high} Punkte möglich.</translation>
    </message>
    <message>
        <source>HScore {score}: probability of haemophagocytic syndrome {percent} % in the published table.</source>
        <comment>hscore_probability_row</comment>
        <extracomment>Finding hscore_probability_row. Fields: percent, score.</extracomment>
        <translation>HScore {score}: Wahrscheinlichkeit eines hämophagozytischen Syndroms {percent} % laut veröffentlichter Tabelle.</translation>
    </message>
    <message>
        <source>HScore {score} lies between the table&apos;s rows {row} ({percent} %) and {next_row} ({next_percent} %); the app reports the row at or below it: {percent} %.</source>
        <comment>hscore_probability_between</comment>
        <extracomment>Finding hscore_probability_between. Fields: next_percent, next_row, percent, row, score.</extracomment>
        <translation>HScore {score} liegt zwischen den Tabellenzeilen {row} ({percent} %) und {next_row} ({next_percent} %); die App gibt die Zeile auf oder unter dem Wert an: {percent} %.</translation>
    </message>
    <message>
        <source>HScore {score} is below the table&apos;s first row ({row}: {percent} %): {percent} %.</source>
        <comment>hscore_probability_below</comment>
        <extracomment>Finding hscore_probability_below. Fields: percent, row, score.</extracomment>
        <translation>HScore {score} liegt unter der ersten Tabellenzeile ({row}: {percent} %): {percent} %.</translation>
    </message>
    <message>
        <source>HScore {score} is at or above the table&apos;s last row ({row}): {percent} %.</source>
        <comment>hscore_probability_top</comment>
        <extracomment>Finding hscore_probability_top. Fields: percent, row, score.</extracomment>
        <translation>HScore {score} liegt auf oder über der letzten Tabellenzeile ({row}): {percent} %.</translation>
    </message>
    <message>
        <source>The HScore estimates the probability of reactive haemophagocytic syndrome (secondary HLH). It is an aid to the HLH question, not a diagnosis.</source>
        <comment>hscore_aid_not_diagnosis</comment>
        <extracomment>Finding hscore_aid_not_diagnosis.</extracomment>
        <translation>Der HScore schätzt die Wahrscheinlichkeit eines reaktiven hämophagozytischen Syndroms (sekundäre HLH). Er ist eine Hilfe bei der Frage nach einer HLH, keine Diagnose.</translation>
    </message>
    <message>
        <source>Derived in 312 patients (162 with reactive HLH, 104 without, 46 undetermined); best cut-off 169 (sensitivity 93 %, specificity 86 %).</source>
        <comment>hscore_derivation</comment>
        <extracomment>Finding hscore_derivation.</extracomment>
        <translation>Entwickelt an 312 Patienten (162 mit reaktiver HLH, 104 ohne, 46 nicht eindeutig); bester Cut-off-Wert 169 (Sensitivität 93 %, Spezifität 86 %).</translation>
    </message>
    <message>
        <source>The probability table has not been validated in ICU patients.</source>
        <comment>hscore_icu_not_validated</comment>
        <extracomment>Finding hscore_icu_not_validated.</extracomment>
        <translation>Die Wahrscheinlichkeitstabelle ist bei Intensivpatienten nicht validiert.</translation>
    </message>
    <message>
        <source>High ferritin is common in the ICU without HLH: ICU studies found HLH cut-offs of 9083 µg/L (2623 patients) and 3951 ng/mL (344 patients), and a modified HLH-2004 criterion uses ferritin ≥ 10000 ng/mL.</source>
        <comment>hscore_icu_ferritin</comment>
        <extracomment>Finding hscore_icu_ferritin.</extracomment>
        <translation>Hohes Ferritin ist auf der Intensivstation auch ohne HLH häufig: Studien auf Intensivstationen fanden HLH-Cut-off-Werte von 9083 µg/L (2623 Patienten) und 3951 ng/mL (344 Patienten), und ein modifiziertes HLH-2004-Kriterium verwendet Ferritin ≥ 10000 ng/mL.</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL places a patient in the ImmunoSep MALS stratum; it does not establish HLH.</source>
        <comment>hscore_mals_not_hlh</comment>
        <extracomment>Finding hscore_mals_not_hlh.</extracomment>
        <translation>Ferritin &gt; 4420 ng/mL ordnet einen Patienten dem ImmunoSep-Stratum MALS zu; eine HLH ist damit nicht nachgewiesen.</translation>
    </message>
    <message>
        <source>Age 18 years or older.</source>
        <comment>criterion_age_18_or_over</comment>
        <extracomment>Finding criterion_age_18_or_over.</extracomment>
        <translation>Alter 18 Jahre oder älter.</translation>
    </message>
    <message>
        <source>Women: unwilling to become pregnant during the study (men meet this criterion).</source>
        <comment>criterion_not_planning_pregnancy</comment>
        <extracomment>Finding criterion_not_planning_pregnancy.</extracomment>
        <translation>Frauen: nicht bereit, während der Studie schwanger zu werden (Männer erfüllen dieses Kriterium).</translation>
    </message>
    <message>
        <source>Written informed consent by the patient, or by a first-degree relative or spouse if the patient cannot consent.</source>
        <comment>criterion_informed_consent</comment>
        <extracomment>Finding criterion_informed_consent.</extracomment>
        <translation>Schriftliche Einwilligung nach Aufklärung durch den Patienten oder, wenn der Patient nicht einwilligen kann, durch einen Verwandten ersten Grades oder den Ehepartner.</translation>
    </message>
    <message>
        <source>Infection is community-acquired pneumonia, hospital-acquired pneumonia, ventilator-associated pneumonia or primary bacteraemia.</source>
        <comment>criterion_infection_type</comment>
        <extracomment>Finding criterion_infection_type.</extracomment>
        <translation>Die Infektion ist eine ambulant erworbene Pneumonie, eine nosokomiale Pneumonie, eine beatmungsassoziierte Pneumonie oder eine primäre Bakteriämie.</translation>
    </message>
    <message>
        <source>Sepsis by Sepsis-3: total SOFA ≥ 2 on admission with infection through the emergency department, or a rise of the admission SOFA by ≥ 2 points in a patient already in hospital.</source>
        <comment>criterion_sepsis_3</comment>
        <extracomment>Finding criterion_sepsis_3.</extracomment>
        <translation>Sepsis nach Sepsis-3: SOFA-Gesamtwert ≥ 2 bei Aufnahme mit Infektion über die Notaufnahme oder ein Anstieg des SOFA-Werts bei Aufnahme um ≥ 2 Punkte bei einem bereits stationären Patienten.</translation>
    </message>
    <message>
        <source>Laboratory signs of MALS (ferritin &gt; 4420 ng/mL) or of immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR &lt; 5000 antibodies per monocyte, QuantiBRITE). Patients with COVID-19 could enter the MALS arm only.</source>
        <comment>criterion_immune_phenotype</comment>
        <extracomment>Finding criterion_immune_phenotype.</extracomment>
        <translation>Laborzeichen von MALS (Ferritin &gt; 4420 ng/mL) oder von Immunparalyse (Ferritin ≤ 4420 ng/mL und HLA-DR &lt; 5000 Antikörper pro Monozyt, QuantiBRITE). Patienten mit COVID-19 konnten nur in den MALS-Arm aufgenommen werden.</translation>
    </message>
    <message>
        <source>Less than 72 hours since sepsis was recognised by Sepsis-3 (in the trial: to the start of the blinded study drug).</source>
        <comment>criterion_within_72_hours</comment>
        <extracomment>Finding criterion_within_72_hours.</extracomment>
        <translation>Weniger als 72 Stunden, seit die Sepsis nach Sepsis-3 erkannt wurde (in der Studie: bis zum Beginn der verblindeten Studienmedikation).</translation>
    </message>
    <message>
        <source>Age under 18 years.</source>
        <comment>criterion_age_under_18</comment>
        <extracomment>Finding criterion_age_under_18.</extracomment>
        <translation>Alter unter 18 Jahren.</translation>
    </message>
    <message>
        <source>Written informed consent refused.</source>
        <comment>criterion_consent_refused</comment>
        <extracomment>Finding criterion_consent_refused.</extracomment>
        <translation>Schriftliche Einwilligung nach Aufklärung verweigert.</translation>
    </message>
    <message>
        <source>Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.</source>
        <comment>criterion_other_infection_site</comment>
        <extracomment>Finding criterion_other_infection_site.</extracomment>
        <translation>Akute Pyelonephritis, intraabdominelle Infektion, Meningitis oder Hautinfektion.</translation>
    </message>
    <message>
        <source>Any stage IV malignancy.</source>
        <comment>criterion_stage_iv_malignancy</comment>
        <extracomment>Finding criterion_stage_iv_malignancy.</extracomment>
        <translation>Jedes Malignom im Stadium IV.</translation>
    </message>
    <message>
        <source>Neutropenia: absolute neutrophil count &lt; 1500/mm³.</source>
        <comment>criterion_neutropenia</comment>
        <extracomment>Finding criterion_neutropenia.</extracomment>
        <translation>Neutropenie: absolute Neutrophilenzahl &lt; 1500/mm³.</translation>
    </message>
    <message>
        <source>Unverified: the registry gives &lt; 1500/mm³, a transcription of the protocol &lt; 1000/mm³; the discrepancy is unresolved.</source>
        <comment>criterion_neutropenia_unverified</comment>
        <extracomment>Finding criterion_neutropenia_unverified.</extracomment>
        <translation>Nicht verifiziert: Das Register nennt &lt; 1500/mm³, eine Transkription des Protokolls &lt; 1000/mm³; die Abweichung ist ungeklärt.</translation>
    </message>
    <message>
        <source>Any do-not-resuscitate decision.</source>
        <comment>criterion_do_not_resuscitate</comment>
        <extracomment>Finding criterion_do_not_resuscitate.</extracomment>
        <translation>Jede Entscheidung gegen Reanimation (DNR).</translation>
    </message>
    <message>
        <source>Bacteraemia with coagulase-negative staphylococci or other skin commensals, or a catheter-related infection.</source>
        <comment>criterion_bacteraemia_contaminant</comment>
        <extracomment>Finding criterion_bacteraemia_contaminant.</extracomment>
        <translation>Bakteriämie mit koagulasenegativen Staphylokokken oder anderen Hautkommensalen oder eine katheterassoziierte Infektion.</translation>
    </message>
    <message>
        <source>All {total} listed criteria are met ({met} met, {failed} not met, {unknown} unknown); the list is incomplete, so this does not prove the patient would have been eligible.</source>
        <comment>eligibility_all_listed_met</comment>
        <extracomment>Finding eligibility_all_listed_met. Fields: failed, met, total, unknown.</extracomment>
        <translation>Alle {total} aufgeführten Kriterien sind erfüllt ({met} erfüllt, {failed} nicht erfüllt, {unknown} unbekannt); die Liste ist unvollständig, daher belegt dies nicht, dass der Patient für die Studie geeignet gewesen wäre.</translation>
    </message>
    <message>
        <source>{met} of {total} criteria met, {unknown} unknown, {failed} not met.</source>
        <comment>eligibility_incomplete</comment>
        <extracomment>Finding eligibility_incomplete. Fields: failed, met, total, unknown.</extracomment>
        <translation>{met} von {total} Kriterien erfüllt, {unknown} unbekannt, {failed} nicht erfüllt.</translation>
    </message>
    <message>
        <source>{failed} of {total} criteria not met ({met} met, {unknown} unknown): this patient differs from the population in which ImmunoSep was tested.</source>
        <comment>eligibility_outside</comment>
        <extracomment>Finding eligibility_outside. Fields: failed, met, total, unknown.</extracomment>
        <translation>{failed} von {total} Kriterien nicht erfüllt ({met} erfüllt, {unknown} unbekannt): Dieser Patient unterscheidet sich von der Population, in der ImmunoSep geprüft wurde.</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence comes from the population these criteria describe; it may not apply outside it.</source>
        <comment>eligibility_population</comment>
        <extracomment>Finding eligibility_population.</extracomment>
        <translation>Die ImmunoSep-Evidenz stammt aus der Population, die diese Kriterien beschreiben; außerhalb dieser Population gilt sie möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Unverified: every copy of the registry&apos;s exclusion list read for this app ends after its seventh item; further exclusions (the protocol also has a corticosteroid-dose limit) are not listed here.</source>
        <comment>eligibility_exclusions_truncated</comment>
        <extracomment>Finding eligibility_exclusions_truncated.</extracomment>
        <translation>Nicht verifiziert: Jede für diese App gelesene Kopie der Ausschlussliste des Registers endet nach dem siebten Punkt; weitere Ausschlusskriterien (das Protokoll enthält auch eine Grenze für die Kortikosteroiddosis) sind hier nicht aufgeführt.</translation>
    </message>
    <message>
        <source>The checklist informs; it does not block a phenotype or a decision.</source>
        <comment>eligibility_not_blocking</comment>
        <extracomment>Finding eligibility_not_blocking.</extracomment>
        <translation>Die Checkliste dient der Information; sie blockiert weder einen Phänotyp noch eine Entscheidung.</translation>
    </message>
    <message>
        <source>From the age entered: {age} years.</source>
        <comment>eligibility_from_age</comment>
        <extracomment>Finding eligibility_from_age. Fields: age.</extracomment>
        <translation>Aus dem eingegebenen Alter: {age} Jahre.</translation>
    </message>
    <message>
        <source>From the phenotype: {phenotype}.</source>
        <comment>eligibility_from_phenotype</comment>
        <extracomment>Finding eligibility_from_phenotype. Fields: phenotype.</extracomment>
        <translation>Aus dem Phänotyp: {phenotype}.</translation>
    </message>
    <message>
        <source>The values could not be classified, so this is unknown.</source>
        <comment>eligibility_from_no_phenotype</comment>
        <extracomment>Finding eligibility_from_no_phenotype.</extracomment>
        <translation>Die Werte konnten nicht klassifiziert werden, daher ist dies unbekannt.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: below 1000/mm³, neutropenia by the registry and by the protocol transcription.</source>
        <comment>eligibility_anc_below_both</comment>
        <extracomment>Finding eligibility_anc_below_both. Fields: anc.</extracomment>
        <translation>Neutrophile {anc}: unter 1000/mm³, Neutropenie nach Register und nach Protokoll-Transkription.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: at or above 1500/mm³, no neutropenia by either source.</source>
        <comment>eligibility_anc_above_both</comment>
        <extracomment>Finding eligibility_anc_above_both. Fields: anc.</extracomment>
        <translation>Neutrophile {anc}: 1500/mm³ oder mehr, nach keiner der beiden Quellen eine Neutropenie.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: neutropenia by the registry (&lt; 1500/mm³) but not by the protocol transcription (&lt; 1000/mm³), or not exact enough to tell; the answer is unknown.</source>
        <comment>eligibility_anc_between</comment>
        <extracomment>Finding eligibility_anc_between. Fields: anc.</extracomment>
        <translation>Neutrophile {anc}: Neutropenie nach Register (&lt; 1500/mm³), aber nicht nach Protokoll-Transkription (&lt; 1000/mm³), oder nicht genau genug für eine Entscheidung; die Antwort ist unbekannt.</translation>
    </message>
    <message>
        <source>Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (&gt; 1.4): the trial&apos;s response definition is met.</source>
        <comment>response_met</comment>
        <extracomment>Finding response_met. Fields: decrease.</extracomment>
        <translation>SOFA an Tag 1 minus mittlerer SOFA der Tage 2–9 beträgt {decrease} (&gt; 1,4): Die Definition des Ansprechens in der Studie ist erfüllt.</translation>
    </message>
    <message>
        <source>Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (≤ 1.4): the trial&apos;s response definition is not met.</source>
        <comment>response_not_met</comment>
        <extracomment>Finding response_not_met. Fields: decrease.</extracomment>
        <translation>SOFA an Tag 1 minus mittlerer SOFA der Tage 2–9 beträgt {decrease} (≤ 1,4): Die Definition des Ansprechens in der Studie ist nicht erfüllt.</translation>
    </message>
    <message>
        <source>Provisional: so far day-1 SOFA minus the mean SOFA of days 2–9 is {decrease}; days {pending} are not over and count as carried forward until they are.</source>
        <comment>response_provisional</comment>
        <extracomment>Finding response_provisional. Fields: decrease, pending.</extracomment>
        <translation>Vorläufig: Bisher beträgt SOFA an Tag 1 minus mittlerer SOFA der Tage 2–9 {decrease}; die Tage {pending} sind noch nicht abgeschlossen und zählen bis dahin mit dem fortgeschriebenen letzten Wert.</translation>
    </message>
    <message>
        <source>This is the ImmunoSep trial&apos;s research endpoint (day-1 SOFA minus the mean SOFA of days 2–9 &gt; 1.4 points; deaths count 24, a missing day carries the last value forward), not a treatment target.</source>
        <comment>response_research_endpoint</comment>
        <extracomment>Finding response_research_endpoint.</extracomment>
        <translation>Dies ist der Forschungsendpunkt der ImmunoSep-Studie (SOFA an Tag 1 minus mittlerer SOFA der Tage 2–9 &gt; 1,4 Punkte; Todesfälle zählen 24, bei einem fehlenden Tag wird der letzte Wert fortgeschrieben), kein Therapieziel.</translation>
    </message>
    <message>
        <source>From the day of death (day {day}) every day counts 24.</source>
        <comment>response_death</comment>
        <extracomment>Finding response_death. Fields: day.</extracomment>
        <translation>Ab dem Todestag (Tag {day}) zählt jeder Tag 24.</translation>
    </message>
    <message>
        <source>The SOFA entered for day {day} is not used: the patient died on day {death_day}, and from then on every day counts 24.</source>
        <comment>response_entry_replaced_by_death</comment>
        <extracomment>Finding response_entry_replaced_by_death. Fields: day, death_day.</extracomment>
        <translation>Der für Tag {day} eingegebene SOFA wird nicht verwendet: Der Patient ist an Tag {death_day} verstorben, und ab dann zählt jeder Tag 24.</translation>
    </message>
    <message>
        <source>The SOFA of day {day} rests on {assessed} of 6 organ systems, so it may be too low.</source>
        <comment>response_incomplete_day</comment>
        <extracomment>Finding response_incomplete_day. Fields: assessed, day.</extracomment>
        <translation>Der SOFA von Tag {day} beruht auf {assessed} von 6 Organsystemen und ist daher möglicherweise zu niedrig.</translation>
    </message>
    <message>
        <source>{criterion} {value} is outside the range usually seen in {unit}; check that it was not measured in {other_unit}.</source>
        <comment>unit_suspect</comment>
        <extracomment>Finding unit_suspect. Fields: criterion, other_unit, unit, value.</extracomment>
        <translation>{criterion} {value} liegt außerhalb des in {unit} üblichen Bereichs; prüfen Sie, ob der Wert nicht in {other_unit} gemessen wurde.</translation>
    </message>
    <message>
        <source>Ferritin is needed: every ImmunoSep phenotype starts from ferritin (&gt; {ferritin_threshold} is MALS).</source>
        <oldsource>Ferritin is needed: every ImmunoSep phenotype starts from ferritin (&gt; {f_thr} is MALS).</oldsource>
        <comment>ferritin_missing</comment>
        <extracomment>Finding ferritin_missing. Fields: ferritin_threshold.</extracomment>
        <translation>Ferritin wird benötigt: Jeder ImmunoSep-Phänotyp geht vom Ferritin aus (&gt; {ferritin_threshold} ist MALS).</translation>
    </message>
    <message>
        <source>Ferritin &gt; {threshold} (MALS)</source>
        <comment>criterion.ferritin_above_mals_threshold</comment>
        <extracomment>Finding criterion.ferritin_above_mals_threshold. Fields: threshold.</extracomment>
        <translation>Ferritin &gt; {threshold} (MALS)</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {threshold} (immunoparalysis)</source>
        <comment>criterion.hla_dr_below_threshold</comment>
        <extracomment>Finding criterion.hla_dr_below_threshold. Fields: threshold.</extracomment>
        <translation>HLA-DR &lt; {threshold} (Immunparalyse)</translation>
    </message>
    <message>
        <source>Age ≥ {threshold} years (trial population)</source>
        <comment>criterion.age_adult</comment>
        <extracomment>Finding criterion.age_adult. Fields: threshold.</extracomment>
        <translation>Alter ≥ {threshold} Jahre (Studienpopulation)</translation>
    </message>
    <message>
        <source>&gt; {threshold}</source>
        <comment>criterion_threshold.ferritin_above_mals_threshold</comment>
        <extracomment>Finding criterion_threshold.ferritin_above_mals_threshold. Fields: threshold.</extracomment>
        <translation>&gt; {threshold}</translation>
    </message>
    <message>
        <source>&lt; {threshold}</source>
        <comment>criterion_threshold.hla_dr_below_threshold</comment>
        <extracomment>Finding criterion_threshold.hla_dr_below_threshold. Fields: threshold.</extracomment>
        <translation>&lt; {threshold}</translation>
    </message>
    <message>
        <source>≥ {threshold} years</source>
        <comment>criterion_threshold.age_adult</comment>
        <extracomment>Finding criterion_threshold.age_adult. Fields: threshold.</extracomment>
        <translation>≥ {threshold} Jahre</translation>
    </message>
    <message>
        <source>{age} years</source>
        <comment>criterion_value.age</comment>
        <extracomment>Finding criterion_value.age. Fields: age.</extracomment>
        <translation>{age} Jahre</translation>
    </message>
    <message>
        <source>met</source>
        <comment>criterion_note.met</comment>
        <extracomment>Finding criterion_note.met.</extracomment>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>criterion_note.not_met</comment>
        <extracomment>Finding criterion_note.not_met.</extracomment>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>undecided</source>
        <comment>criterion_note.undecided</comment>
        <extracomment>Finding criterion_note.undecided.</extracomment>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>undecided: {entered} spans {threshold}</source>
        <comment>criterion_note.undecided_range</comment>
        <extracomment>Finding criterion_note.undecided_range. Fields: entered, threshold.</extracomment>
        <translation>nicht entschieden: {entered} schließt {threshold} ein</translation>
    </message>
    <message>
        <source>not available</source>
        <comment>criterion_note.not_available</comment>
        <extracomment>Finding criterion_note.not_available.</extracomment>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>not given</source>
        <comment>criterion_note.not_given</comment>
        <extracomment>Finding criterion_note.not_given.</extracomment>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>not determined by the laboratory</source>
        <comment>criterion_note.not_determined</comment>
        <extracomment>Finding criterion_note.not_determined.</extracomment>
        <translation>vom Labor nicht bestimmt</translation>
    </message>
    <message>
        <source>not evaluable: {unit} cannot be converted to antibodies bound per cell</source>
        <comment>criterion_note.unit_not_usable</comment>
        <extracomment>Finding criterion_note.unit_not_usable. Fields: unit.</extracomment>
        <translation>nicht auswertbar: {unit} lässt sich nicht in gebundene Antikörper pro Zelle umrechnen</translation>
    </message>
    <message>
        <source>{note}; converted: {conversion}</source>
        <comment>criterion_note.converted</comment>
        <extracomment>Finding criterion_note.converted. Fields: conversion, note.</extracomment>
        <translation>{note}; umgerechnet: {conversion}</translation>
    </message>
    <message>
        <source>{note} (not needed: MALS is decided by ferritin)</source>
        <comment>criterion_note.not_needed</comment>
        <extracomment>Finding criterion_note.not_needed. Fields: note.</extracomment>
        <translation>{note} (nicht benötigt: MALS wird durch Ferritin entschieden)</translation>
    </message>
    <message>
        <source>{entered} ng/mL (no conversion)</source>
        <comment>conversion.none</comment>
        <extracomment>Finding conversion.none. Fields: entered.</extracomment>
        <translation>{entered} ng/mL (keine Umrechnung)</translation>
    </message>
    <message>
        <source>Ferritin not determined (&quot;{ferritin_not_determined}&quot;): the laboratory reported no value; every ImmunoSep phenotype starts from ferritin (&gt; {ferritin_threshold} is MALS).</source>
        <comment>ferritin_not_determined</comment>
        <extracomment>Finding ferritin_not_determined. Fields: ferritin_not_determined, ferritin_threshold.</extracomment>
        <translation>Ferritin nicht bestimmt (&quot;{ferritin_not_determined}&quot;): Das Labor hat keinen Wert gemeldet; jeder ImmunoSep-Phänotyp geht vom Ferritin aus (&gt; {ferritin_threshold} ist MALS).</translation>
    </message>
    <message>
        <source>Ferritin {ferritin_entered} could be above or below {ferritin_threshold}; an exact value, or a bound that lies wholly on one side of {ferritin_threshold}, is needed.</source>
        <oldsource>Ferritin {ferritin_entered} could be above or below {f_thr}; an exact value, or a bound that lies wholly on one side of {f_thr}, is needed.</oldsource>
        <comment>ferritin_indeterminate</comment>
        <extracomment>Finding ferritin_indeterminate. Fields: ferritin_entered, ferritin_threshold.</extracomment>
        <translation>Ferritin {ferritin_entered} könnte über oder unter {ferritin_threshold} liegen; benötigt wird ein exakter Wert oder eine Grenze, die vollständig auf einer Seite von {ferritin_threshold} liegt.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is &gt; {ferritin_threshold}: MALS criterion met.</source>
        <oldsource>Ferritin {ferritin} is &gt; {f_thr}: MALS criterion met.</oldsource>
        <comment>ferritin_above_threshold</comment>
        <extracomment>Finding ferritin_above_threshold. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Ferritin {ferritin} ist &gt; {ferritin_threshold}: MALS-Kriterium erfüllt.</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {hla_dr_threshold} too: both criteria are met and MALS takes precedence, as in the trial.</source>
        <oldsource>HLA-DR &lt; {h_thr} too: both criteria are met and MALS takes precedence, as in the trial.</oldsource>
        <comment>both_criteria_met</comment>
        <extracomment>Finding both_criteria_met. Fields: hla_dr_threshold.</extracomment>
        <translation>Auch HLA-DR &lt; {hla_dr_threshold}: Beide Kriterien sind erfüllt, und MALS hat Vorrang, wie in der Studie.</translation>
    </message>
    <message>
        <source>HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <oldsource>HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because ferritin {ferritin} is ≤ {f_thr}.</oldsource>
        <comment>hla_dr_missing</comment>
        <extracomment>Finding hla_dr_missing. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>HLA-DR in Antikörpern pro Zelle (AB/C, QuantiBRITE) wird benötigt, weil Ferritin {ferritin} ≤ {ferritin_threshold} ist.</translation>
    </message>
    <message>
        <source>HLA-DR not determined (&quot;{hla_dr_not_determined}&quot;): the laboratory reported no value; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <comment>hla_dr_not_determined</comment>
        <extracomment>Finding hla_dr_not_determined. Fields: ferritin, ferritin_threshold, hla_dr_not_determined.</extracomment>
        <translation>HLA-DR nicht bestimmt (&quot;{hla_dr_not_determined}&quot;): Das Labor hat keinen Wert gemeldet; HLA-DR in AB/C wird benötigt, weil Ferritin {ferritin} ≤ {ferritin_threshold} ist.</translation>
    </message>
    <message>
        <source>HLA-DR was given as {hla_dr_unit}, which cannot be converted to antibodies bound per cell; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <oldsource>HLA-DR was given as {hla_dr_unit}, which cannot be converted to antibodies bound per cell; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {f_thr}.</oldsource>
        <comment>hla_dr_not_ab_per_cell</comment>
        <extracomment>Finding hla_dr_not_ab_per_cell. Fields: ferritin, ferritin_threshold, hla_dr_unit.</extracomment>
        <translation>HLA-DR wurde als {hla_dr_unit} angegeben, das sich nicht in gebundene Antikörper pro Zelle umrechnen lässt; HLA-DR in AB/C wird benötigt, weil Ferritin {ferritin} ≤ {ferritin_threshold} ist.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} could be above or below {hla_dr_threshold}; an exact value is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <oldsource>HLA-DR {hla_dr} could be above or below {h_thr}; an exact value is needed because ferritin {ferritin} is ≤ {f_thr}.</oldsource>
        <comment>hla_dr_indeterminate</comment>
        <extracomment>Finding hla_dr_indeterminate. Fields: ferritin, ferritin_threshold, hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} könnte über oder unter {hla_dr_threshold} liegen; ein exakter Wert wird benötigt, weil Ferritin {ferritin} ≤ {ferritin_threshold} ist.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is ≤ {ferritin_threshold}: MALS criterion not met.</source>
        <oldsource>Ferritin {ferritin} is ≤ {f_thr}: MALS criterion not met.</oldsource>
        <comment>ferritin_at_or_below_threshold</comment>
        <extracomment>Finding ferritin_at_or_below_threshold. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Ferritin {ferritin} ist ≤ {ferritin_threshold}: MALS-Kriterium nicht erfüllt.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is &lt; {hla_dr_threshold}: immunoparalysis criteria met.</source>
        <oldsource>HLA-DR {hla_dr} is &lt; {h_thr}: immunoparalysis criteria met.</oldsource>
        <comment>hla_dr_below_threshold</comment>
        <extracomment>Finding hla_dr_below_threshold. Fields: hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} ist &lt; {hla_dr_threshold}: Kriterien der Immunparalyse erfüllt.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is ≥ {hla_dr_threshold}: neither phenotype; the ImmunoSep evidence does not apply.</source>
        <oldsource>HLA-DR {hla_dr} is ≥ {h_thr}: neither phenotype; the ImmunoSep evidence does not apply.</oldsource>
        <comment>hla_dr_at_or_above_threshold</comment>
        <extracomment>Finding hla_dr_at_or_above_threshold. Fields: hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} ist ≥ {hla_dr_threshold}: keiner der beiden Phänotypen; die ImmunoSep-Evidenz gilt nicht.</translation>
    </message>
    <message>
        <source>The ferritin sample time {ferritin_sampled} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.ferritin_sample</comment>
        <extracomment>Finding sample_time_in_future.ferritin_sample. Fields: ferritin_sampled.</extracomment>
        <translation>Die Ferritin-Entnahmezeit {ferritin_sampled} liegt in der Zukunft; prüfen Sie Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>The HLA-DR sample time {hla_dr_sampled} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.hla_dr_sample</comment>
        <extracomment>Finding sample_time_in_future.hla_dr_sample. Fields: hla_dr_sampled.</extracomment>
        <translation>Die HLA-DR-Entnahmezeit {hla_dr_sampled} liegt in der Zukunft; prüfen Sie Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>The HLA-DR processing time {hla_dr_processed} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.hla_dr_processing</comment>
        <extracomment>Finding sample_time_in_future.hla_dr_processing. Fields: hla_dr_processed.</extracomment>
        <translation>Die HLA-DR-Verarbeitungszeit {hla_dr_processed} liegt in der Zukunft; prüfen Sie Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is within {ferritin_band} of {ferritin_threshold}; ferritin assays differ between methods, so a repeat test may be wise.</source>
        <oldsource>Ferritin {ferritin} is within {f_band} % of {f_threshold} ng/mL; ferritin assays differ between methods, so a repeat test may be wise.</oldsource>
        <comment>ferritin_near_threshold</comment>
        <extracomment>Finding ferritin_near_threshold. Fields: ferritin, ferritin_band, ferritin_threshold.</extracomment>
        <translation>Ferritin {ferritin} liegt innerhalb von {ferritin_band} um {ferritin_threshold}; Ferritin-Tests unterscheiden sich je nach Methode, daher kann eine Wiederholung der Messung sinnvoll sein.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is within {hla_dr_band} of {hla_dr_threshold}; the inter-laboratory CV is 15-25 %, so a repeat test may be wise.</source>
        <oldsource>HLA-DR {hla_dr} is within {h_band} % of {h_thr}; the inter-laboratory CV is 15-25 %, so a repeat test may be wise.</oldsource>
        <comment>hla_dr_near_threshold</comment>
        <extracomment>Finding hla_dr_near_threshold. Fields: hla_dr, hla_dr_band, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} liegt innerhalb von {hla_dr_band} um {hla_dr_threshold}; der Variationskoeffizient zwischen Laboren beträgt 15-25 %, daher kann eine Wiederholung der Messung sinnvoll sein.</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR were sampled {sample_gap} apart (more than {max_interval}); they may reflect different immune states.</source>
        <oldsource>Ferritin and HLA-DR were sampled {gap} apart (more than {max_interval}); they may reflect different immune states.</oldsource>
        <comment>samples_far_apart</comment>
        <extracomment>Finding samples_far_apart. Fields: max_interval, sample_gap.</extracomment>
        <translation>Ferritin und HLA-DR wurden im Abstand von {sample_gap} entnommen (mehr als {max_interval}); sie können unterschiedliche Immunzustände widerspiegeln.</translation>
    </message>
    <message>
        <source>HLA-DR was processed {processing_delay} after sampling (more than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h).</source>
        <oldsource>HLA-DR was processed {delay} after sampling (more than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h).</oldsource>
        <comment>hla_dr_processing_delay</comment>
        <extracomment>Finding hla_dr_processing_delay. Fields: max_delay, processing_delay.</extracomment>
        <translation>HLA-DR wurde {processing_delay} nach der Entnahme verarbeitet (mehr als {max_delay}); die Werte können unzuverlässig sein (QuantiBRITE: EDTA, auf Eis, Färbung innerhalb von 4 h).</translation>
    </message>
</context>
<context>
    <name>HScoreHistoryView</name>
    <message>
        <source>No HScore is stored for this patient. Patient ▸ HScore (Ctrl+Shift+H) enters one.</source>
        <translation>Für diesen Patienten ist kein HScore gespeichert. Unter Patient ▸ HScore (Strg+Umschalt+H) wird einer eingegeben.</translation>
    </message>
    <message>
        <source>HScores stored for this patient, oldest first: an aid to the question whether a very high ferritin is HLH, not a diagnosis.</source>
        <translation>Für diesen Patienten gespeicherte HScores, älteste zuerst: eine Hilfe bei der Frage, ob ein sehr hohes Ferritin auf eine HLH hinweist, keine Diagnose.</translation>
    </message>
    <message>
        <source>HScore #{id}, stored with assessment #{assessment}</source>
        <translation>HScore #{id}, gespeichert mit Beurteilung #{assessment}</translation>
    </message>
    <message>
        <source>table {version}</source>
        <translation>Tabelle {version}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Variable and why</source>
        <translation>Variable und Begründung</translation>
    </message>
</context>
<context>
    <name>HScorePanel</name>
    <message>
        <source>{n} points</source>
        <translation>{n} Punkte</translation>
    </message>
    <message>
        <source>No HScore: correct the field marked in red ({reason}).</source>
        <translation>Kein HScore: Korrigieren Sie das rot markierte Feld ({reason}).</translation>
    </message>
    <message>
        <source>Offered because ferritin is above 4420 ng/mL (the MALS criterion of the rule): such a ferritin places a patient in MALS but does not establish HLH. The HScore is an aid to that question, not a diagnosis.</source>
        <translation>Angeboten, weil Ferritin über 4420 ng/mL liegt (das MALS-Kriterium der Regel): Ein solches Ferritin ordnet einen Patienten MALS zu, begründet aber keine HLH. Der HScore ist eine Hilfe bei dieser Frage, keine Diagnose.</translation>
    </message>
    <message>
        <source>The window offers the HScore when ferritin is above 4420 ng/mL (the MALS criterion); it can be computed for any patient. It is an aid to the HLH question, not a diagnosis.</source>
        <translation>Das Fenster bietet den HScore an, wenn Ferritin über 4420 ng/mL liegt (das MALS-Kriterium); er kann für jeden Patienten berechnet werden. Er ist eine Hilfe bei der Frage nach HLH, keine Diagnose.</translation>
    </message>
    <message>
        <source>Ferritin copied from the assessment on screen ({value} {unit}); change it if the HScore uses another value.</source>
        <translation>Ferritin aus der angezeigten Beurteilung übernommen ({value} {unit}); ändern Sie es, wenn der HScore einen anderen Wert verwendet.</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>An HScore is saved once all nine variables are given.</source>
        <translation>Ein HScore wird gespeichert, sobald alle neun Variablen angegeben sind.</translation>
    </message>
    <message>
        <source>Saved with assessment #{assessment}.</source>
        <translation>Mit Beurteilung #{assessment} gespeichert.</translation>
    </message>
    <message>
        <source>#{id}: HScore {score}, probability {p} %, with assessment #{assessment}, saved {when} by {user}</source>
        <translation>#{id}: HScore {score}, Wahrscheinlichkeit {p} %, mit Beurteilung #{assessment}, gespeichert {when} von {user}</translation>
    </message>
    <message>
        <source>Stored HScores:</source>
        <translation>Gespeicherte HScores:</translation>
    </message>
    <message>
        <source>No HScore stored for this patient.</source>
        <translation>Für diesen Patienten ist kein HScore gespeichert.</translation>
    </message>
    <message>
        <source>Mark #{id} entered in &amp;error…</source>
        <translation>#{id} als F&amp;ehleingabe markieren…</translation>
    </message>
    <message>
        <source>Save HScore</source>
        <translation>HScore speichern</translation>
    </message>
    <message>
        <source>Save this HScore in the TRAINING records of patient:</source>
        <translation>Diesen HScore in den SCHULUNGSDATEN des folgenden Patienten speichern:</translation>
    </message>
    <message>
        <source>Save this HScore in the clinical records of patient:</source>
        <translation>Diesen HScore in den klinischen Daten des folgenden Patienten speichern:</translation>
    </message>
    <message>
        <source>With assessment #{assessment}</source>
        <translation>Mit Beurteilung #{assessment}</translation>
    </message>
    <message>
        <source>HScore saved for {patient}.</source>
        <translation>HScore für {patient} gespeichert.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Als Fehleingabe markieren</translation>
    </message>
    <message>
        <source>HScore #{id} of {patient} will be marked as entered in error. It stays stored and listed.</source>
        <translation>HScore #{id} von {patient} wird als Fehleingabe markiert. Er bleibt gespeichert und aufgelistet.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>Als Fehleingabe &amp;markieren</translation>
    </message>
    <message>
        <source>HScore #{id} marked as entered in error.</source>
        <translation>HScore #{id} als Fehleingabe markiert.</translation>
    </message>
    <message>
        <source>The nine variables (Fardet 2014)</source>
        <translation>Die neun Variablen (Fardet 2014)</translation>
    </message>
    <message>
        <source>Known underlying &amp;immunosuppression (HIV, long-term immunosuppressive therapy)</source>
        <translation>Bekannte zugrunde liegende &amp;Immunsuppression (HIV, immunsuppressive Langzeittherapie)</translation>
    </message>
    <message>
        <source>Highest &amp;temperature</source>
        <translation>Höchste &amp;Temperatur</translation>
    </message>
    <message>
        <source>&amp;Organomegaly</source>
        <translation>&amp;Organomegalie</translation>
    </message>
    <message>
        <source>&amp;Cytopenic lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110 000/µL)</source>
        <translation>Zytopenische &amp;Zellreihen (Hb ≤ 9,2 g/dL, Leukozyten ≤ 5000/µL, Thrombozyten ≤ 110 000/µL)</translation>
    </message>
    <message>
        <source>&amp;Ferritin</source>
        <translation>&amp;Ferritin</translation>
    </message>
    <message>
        <source>Tri&amp;glycerides</source>
        <translation>Tri&amp;glyceride</translation>
    </message>
    <message>
        <source>Fi&amp;brinogen</source>
        <translation>Fi&amp;brinogen</translation>
    </message>
    <message>
        <source>&amp;AST (aspartate aminotransferase)</source>
        <translation>&amp;AST (Aspartat-Aminotransferase)</translation>
    </message>
    <message>
        <source>&amp;Haemophagocytosis on bone-marrow aspirate</source>
        <translation>&amp;Hämophagozytose im Knochenmarkaspirat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>hepatomegaly</source>
        <translation>Hepatomegalie</translation>
    </message>
    <message>
        <source>splenomegaly</source>
        <translation>Splenomegalie</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>&amp;Save HScore…</source>
        <translation>HScore &amp;speichern…</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Sampled (or assessed)</source>
        <translation>Entnommen (oder beurteilt)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Stored assessments, oldest first</source>
        <translation>Gespeicherte Beurteilungen, älteste zuerst</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>entnommen</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>beurteilt</translation>
    </message>
    <message>
        <source>{when} ({basis})</source>
        <translation>{when} ({basis})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(detect)</source>
        <translation>(erkennen)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>Lab exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xlsb *.xls *.ods);;All files (*)</source>
        <translation>Laborexporte (*.csv *.tsv *.txt *.xlsx *.xlsm *.xlsb *.xls *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe |</source>
        <translation>senkrechter Strich |</translation>
    </message>
    <message>
        <source>decimal point (4420.5)</source>
        <translation>Dezimalpunkt (4420.5)</translation>
    </message>
    <message>
        <source>decimal comma (4420,5)</source>
        <translation>Dezimalkomma (4420,5)</translation>
    </message>
    <message>
        <source>wide: one row per sample</source>
        <translation>breit: eine Zeile pro Probe</translation>
    </message>
    <message>
        <source>long: one row per test</source>
        <translation>lang: eine Zeile pro Test</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>breit</translation>
    </message>
    <message>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>given</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>unit column</source>
        <translation>Einheitenspalte</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <source>Ferritin unit</source>
        <translation>Ferritin-Einheit</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR unit</source>
        <translation>HLA-DR-Einheit</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Entnahmezeit</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Test name</source>
        <translation>Testname</translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation>LOINC-Code</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Name des Patienten</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>ISO 8601 or detected; e.g. %d.%m.%Y %H:%M</source>
        <translation>ISO 8601 oder erkannt; z. B. %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Zeitformat</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Pairing interval</source>
        <translation>Paarungsintervall</translation>
    </message>
    <message>
        <source>How the file is read (detected unless you choose)</source>
        <translation>Wie die Datei gelesen wird (erkannt, sofern Sie nichts auswählen)</translation>
    </message>
    <message>
        <source>Sample time format</source>
        <translation>Format der Entnahmezeit</translation>
    </message>
    <message>
        <source>Pair ferritin and HLA-DR within</source>
        <translation>Ferritin und HLA-DR paaren innerhalb von</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Detected settings</source>
        <translation>Erkannte Einstellungen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Import and classify</source>
        <translation>Importieren und klassifizieren</translation>
    </message>
    <message>
        <source>Preview (row numbers as in the spreadsheet):</source>
        <translation>Vorschau (Zeilennummern wie in der Tabelle):</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {layout} layout, %n data row(s)</source>
        <translation>
            <numerusform>{kind}, Layout {layout}, %n Datenzeile</numerusform>
            <numerusform>{kind}, Layout {layout}, %n Datenzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {layout} layout, %n data row(s) ({blank} blank skipped)</source>
        <translation>
            <numerusform>{kind}, Layout {layout}, %n Datenzeile ({blank} leere übersprungen)</numerusform>
            <numerusform>{kind}, Layout {layout}, %n Datenzeilen ({blank} leere übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{analyte} unit: {unit} ({source})</source>
        <translation>Einheit {analyte}: {unit} ({source})</translation>
    </message>
    <message>
        <source>{analyte} unit: per row ({source})</source>
        <translation>Einheit {analyte}: je Zeile ({source})</translation>
    </message>
    <message>
        <source>columns not used: {headers}</source>
        <translation>nicht verwendete Spalten: {headers}</translation>
    </message>
    <message>
        <source>No unit for ferritin and HLA-DR: values will be rejected until you choose the units (a unit is never assumed).</source>
        <translation>Keine Einheit für Ferritin und HLA-DR: Die Werte werden abgelehnt, bis Sie die Einheiten auswählen (eine Einheit wird nie angenommen).</translation>
    </message>
    <message>
        <source>No unit for ferritin: values will be rejected until you choose the unit (a unit is never assumed).</source>
        <translation>Keine Einheit für Ferritin: Die Werte werden abgelehnt, bis Sie die Einheit auswählen (eine Einheit wird nie angenommen).</translation>
    </message>
    <message>
        <source>No unit for HLA-DR: values will be rejected until you choose the unit (a unit is never assumed).</source>
        <translation>Keine Einheit für HLA-DR: Die Werte werden abgelehnt, bis Sie die Einheit auswählen (eine Einheit wird nie angenommen).</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) are more than the window shows ({limit}); use the command line: immunosep batch FILE --out results.xlsx</source>
        <translation>
            <numerusform>%n Datenzeile ist mehr, als das Fenster anzeigt ({limit}); verwenden Sie die Befehlszeile: immunosep batch FILE --out results.xlsx</numerusform>
            <numerusform>%n Datenzeilen sind mehr, als das Fenster anzeigt ({limit}); verwenden Sie die Befehlszeile: immunosep batch FILE --out results.xlsx</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read this file: {reason}</source>
        <translation>Diese Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot read this file ({error}).</source>
        <translation>Diese Datei kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>(from the header: {unit})</source>
        <translation>(aus der Kopfzeile: {unit})</translation>
    </message>
    <message>
        <source>(from the unit column)</source>
        <translation>(aus der Einheitenspalte)</translation>
    </message>
    <message>
        <source>(none in the file: choose)</source>
        <translation>(keine in der Datei: bitte auswählen)</translation>
    </message>
    <message>
        <source>detected: {format}</source>
        <translation>erkannt: {format}</translation>
    </message>
    <message>
        <source>(detect: {detected})</source>
        <translation>(erkennen: {detected})</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Spalte für {field}</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Phänotyp-Karte der Kohorte</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>Laborergebnisse importieren</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Laboratory results that arrived in the inbox folder, per patient</source>
        <translation>Im Eingangsordner eingegangene Laborergebnisse, nach Patient</translation>
    </message>
    <message>
        <source>Laboratory &amp;inbox…</source>
        <translation>Labor-&amp;Posteingang…</translation>
    </message>
    <message>
        <source>{file}: not stored yet ({reason})</source>
        <translation>{file}: noch nicht gespeichert ({reason})</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Laboratory inbox — TRAINING database</source>
        <translation>Labor-Posteingang — SCHULUNGSDATENBANK</translation>
    </message>
    <message>
        <source>Laboratory inbox</source>
        <translation>Labor-Posteingang</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Status des Posteingangs</translation>
    </message>
    <message>
        <source>Patient / test</source>
        <translation>Patient / Test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Entnommen</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Laboratory results per patient, newest first</source>
        <translation>Laborergebnisse nach Patient, neueste zuerst</translation>
    </message>
    <message>
        <source>Open &amp;history</source>
        <translation>&amp;Verlauf öffnen</translation>
    </message>
    <message>
        <source>Mark all as &amp;seen</source>
        <translation>Alle als &amp;gesehen markieren</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Daten werden gelesen…</translation>
    </message>
    <message>
        <source>The inbox cannot be shown: {reason}</source>
        <translation>Der Posteingang kann nicht angezeigt werden: {reason}</translation>
    </message>
    <message>
        <source>(no stored patient)</source>
        <translation>(kein gespeicherter Patient)</translation>
    </message>
    <message>
        <source>No laboratory results have arrived in the inbox yet.</source>
        <translation>Im Posteingang sind noch keine Laborergebnisse eingegangen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new result(s) since you last looked (in bold).</source>
        <translation>
            <numerusform>%n neues Ergebnis, seit Sie zuletzt nachgesehen haben (fett).</numerusform>
            <numerusform>%n neue Ergebnisse, seit Sie zuletzt nachgesehen haben (fett).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n Patient.</numerusform>
            <numerusform>%n Patienten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the patient&apos;s history.</source>
        <translation>Die Eingabetaste öffnet den Verlauf des Patienten.</translation>
    </message>
    <message>
        <source>No inbox folder is configured (site.toml, [inbox] folder).</source>
        <translation>Es ist kein Eingangsordner konfiguriert (site.toml, [inbox] folder).</translation>
    </message>
    <message>
        <source>Training mode does not read the ward&apos;s inbox folder.</source>
        <translation>Der Schulungsmodus liest den Eingangsordner der Station nicht.</translation>
    </message>
    <message>
        <source>Watching {folder}.</source>
        <translation>{folder} wird überwacht.</translation>
    </message>
    <message>
        <source>Withdrawn by the laboratory ({status})</source>
        <translation>Vom Labor zurückgezogen ({status})</translation>
    </message>
    <message>
        <source>{label} — earlier version</source>
        <translation>{label} — frühere Version</translation>
    </message>
    <message>
        <source>{label} — corrected result</source>
        <translation>{label} — korrigiertes Ergebnis</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>{test} ({status})</source>
        <translation>{test} ({status})</translation>
    </message>
</context>
<context>
    <name>InboxWatcher</name>
    <message numerus="yes">
        <source>Inbox: %n file(s) could not be read and were moved to failed/ with the reason.</source>
        <translation>
            <numerusform>Posteingang: %n Datei konnte nicht gelesen werden und wurde mit dem Grund nach failed/ verschoben.</numerusform>
            <numerusform>Posteingang: %n Dateien konnten nicht gelesen werden und wurden mit dem Grund nach failed/ verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n new laboratory result(s). Ctrl+I shows them.</source>
        <translation>
            <numerusform>Posteingang: %n neues Laborergebnis. Strg+I zeigt es an.</numerusform>
            <numerusform>Posteingang: %n neue Laborergebnisse. Strg+I zeigt sie an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laboratory &amp;inbox (%n new)…</source>
        <translation>
            <numerusform>Labor-&amp;Posteingang (%n neu)…</numerusform>
            <numerusform>Labor-&amp;Posteingang (%n neu)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New patient: every field cleared.</source>
        <translation>Neuer Patient: Alle Felder geleert.</translation>
    </message>
    <message>
        <source>Patient {patient} opened: enter the new values, or Ctrl+H for the history.</source>
        <translation>Patient {patient} geöffnet: Geben Sie die neuen Werte ein, oder öffnen Sie mit Strg+H den Verlauf.</translation>
    </message>
    <message>
        <source>No result: correct the field(s) marked in red on the left; each message says why.</source>
        <translation>Kein Ergebnis: Korrigieren Sie die links rot markierten Felder; jede Meldung nennt den Grund.</translation>
    </message>
    <message>
        <source>Enter ferritin and HLA-DR, each with its unit, to see the phenotype.</source>
        <translation>Geben Sie Ferritin und HLA-DR jeweils mit Einheit ein, um den Phänotyp zu sehen.</translation>
    </message>
    <message>
        <source>No result: an internal error stopped the assessment (reference: {ref}). Nothing was classified; please report this.</source>
        <translation>Kein Ergebnis: Ein interner Fehler hat die Beurteilung abgebrochen (Referenz: {ref}). Es wurde nichts klassifiziert; bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>(no identifier entered)</source>
        <translation>(keine ID eingegeben)</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} Jahre</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Patient: {who} · age {age}</source>
        <translation>Patient: {who} · Alter {age}</translation>
    </message>
    <message>
        <source>PAST ASSESSMENT #{id} (read-only) — {text}</source>
        <translation>FRÜHERE BEURTEILUNG #{id} (schreibgeschützt) — {text}</translation>
    </message>
    <message>
        <source>CORRECTING #{id} — {text}</source>
        <translation>KORREKTUR #{id} — {text}</translation>
    </message>
    <message>
        <source>TRAINING CASE (synthetic) — {text}</source>
        <translation>SCHULUNGSFALL (synthetisch) — {text}</translation>
    </message>
    <message>
        <source>TRAINING — {app}</source>
        <translation>SCHULUNG — {app}</translation>
    </message>
    <message>
        <source>{title} — past assessment #{id} (read-only)</source>
        <translation>{title} — frühere Beurteilung #{id} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>TRAINING — synthetic data</source>
        <translation>SCHULUNG — synthetische Daten</translation>
    </message>
    <message>
        <source>Clinical mode</source>
        <translation>Klinischer Modus</translation>
    </message>
    <message>
        <source>{mode} · decimal separator &apos;{sep}&apos;</source>
        <translation>{mode} · Dezimaltrennzeichen &apos;{sep}&apos;</translation>
    </message>
    <message>
        <source>The trial evidence of this installation cannot be read ({kind}), so no result can be shown. {app} closes; please ask IT to repair the installation.</source>
        <translation>Die Studienevidenz dieser Installation kann nicht gelesen werden ({kind}); daher kann kein Ergebnis angezeigt werden. {app} wird geschlossen; bitte lassen Sie die Installation von der IT reparieren.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Patient &amp;history…</source>
        <translation>Patienten&amp;verlauf…</translation>
    </message>
    <message>
        <source>Stored assessments and the ferritin / HLA-DR trend of the patient in the form</source>
        <translation>Gespeicherte Beurteilungen und Ferritin-/HLA-DR-Verlauf des Patienten im Formular</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open / import lab results…</source>
        <translation>&amp;Öffnen / Laborergebnisse importieren…</translation>
    </message>
    <message>
        <source>Import a laboratory export (CSV, Excel) and classify every row</source>
        <translation>Einen Laborexport (CSV, Excel) importieren und jede Zeile klassifizieren</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>PDF-Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the current assessment as a PDF report</source>
        <translation>Die aktuelle Beurteilung als PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Decimal separator for typed values</source>
        <translation>Dezimaltrennzeichen für eingegebene Werte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the app (asks first if an assessment is not saved)</source>
        <translation>Die App schließen (fragt zuvor nach, wenn eine Beurteilung nicht gespeichert ist)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Neuer Patient</translation>
    </message>
    <message>
        <source>Clear every field for the next patient</source>
        <translation>Alle Felder für den nächsten Patienten leeren</translation>
    </message>
    <message>
        <source>&amp;Save assessment…</source>
        <translation>Beurteilung &amp;speichern…</translation>
    </message>
    <message>
        <source>Store the assessment on screen in the patient&apos;s records</source>
        <translation>Die angezeigte Beurteilung in den Daten des Patienten speichern</translation>
    </message>
    <message>
        <source>Patient &amp;list…</source>
        <translation>Patienten&amp;liste…</translation>
    </message>
    <message>
        <source>Find a stored patient by identifier and open them</source>
        <translation>Einen gespeicherten Patienten anhand der ID finden und öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy result for the note</source>
        <translation>Ergebnis für die Dokumentation &amp;kopieren</translation>
    </message>
    <message>
        <source>Put a plain-text summary of the result on the clipboard</source>
        <translation>Eine Zusammenfassung des Ergebnisses als reinen Text in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Larger text for presenting</source>
        <translation>Größerer Text für Präsentationen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Text at 100 %</source>
        <translation>Text bei 100 %</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Schulung</translation>
    </message>
    <message>
        <source>&amp;Training mode (synthetic data)</source>
        <translation>&amp;Schulungsmodus (synthetische Daten)</translation>
    </message>
    <message>
        <source>Switch to synthetic training cases; clears the form</source>
        <translation>Zu synthetischen Schulungsfällen wechseln; leert das Formular</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ImmunoSep Phenotyper</source>
        <translation>Ü&amp;ber ImmunoSep Phenotyper</translation>
    </message>
    <message>
        <source>Versions of the app, the rule set and the evidence; disclaimer</source>
        <translation>Versionen der App, des Regelwerks und der Evidenz; Haftungsausschluss</translation>
    </message>
    <message>
        <source>&amp;Eligibility checklist (use only if…)…</source>
        <translation>&amp;Checkliste der Studieneignung (nur anwenden, wenn…)…</translation>
    </message>
    <message>
        <source>The ImmunoSep trial&apos;s inclusion and exclusion criteria for the patient in the form</source>
        <translation>Die Ein- und Ausschlusskriterien der ImmunoSep-Studie für den Patienten im Formular</translation>
    </message>
    <message>
        <source>&amp;SOFA and the day-9 response…</source>
        <translation>SOFA und Tag-9-&amp;Ansprechen…</translation>
    </message>
    <message>
        <source>SOFA calculator, daily SOFA, the trial&apos;s day-9 measure and the date of death</source>
        <translation>SOFA-Rechner, täglicher SOFA, die Tag-9-Messgröße der Studie und das Todesdatum</translation>
    </message>
    <message>
        <source>HScore (HLH &amp;question)…</source>
        <translation>HScore (&amp;Frage nach HLH)…</translation>
    </message>
    <message>
        <source>HScore (Fardet 2014): an aid to the question whether a very high ferritin is HLH</source>
        <translation>HScore (Fardet 2014): eine Hilfe bei der Frage, ob ein sehr hohes Ferritin auf eine HLH hinweist</translation>
    </message>
</context>
<context>
    <name>OrganBox</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{n} of 4 points</source>
        <translation>{n} von 4 Punkten</translation>
    </message>
    <message>
        <source>not assessed (could be {low} to {high})</source>
        <translation>nicht bewertet (könnte {low} bis {high} sein)</translation>
    </message>
    <message>
        <source>{organ}: {points}</source>
        <translation>{organ}: {points}</translation>
    </message>
</context>
<context>
    <name>PatientHistory</name>
    <message>
        <source>Export the patient history as PDF</source>
        <translation>Patientenverlauf als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Patient history: enter the patient identifier first, or open a patient from the list (Ctrl+L).</source>
        <translation>Patientenverlauf: Geben Sie zuerst die Patienten-ID ein oder öffnen Sie einen Patienten aus der Liste (Strg+L).</translation>
    </message>
    <message>
        <source>Writing the history PDF…</source>
        <translation>Verlaufs-PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>Patient history</source>
        <translation>Patientenverlauf</translation>
    </message>
    <message>
        <source>This history belongs to the other mode (training or clinical); switch mode first.</source>
        <translation>Dieser Verlauf gehört zum anderen Modus (Schulung oder klinisch); wechseln Sie zuerst den Modus.</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF nicht gespeichert</translation>
    </message>
    <message>
        <source>History PDF saved: {path}</source>
        <translation>Verlaufs-PDF gespeichert: {path}</translation>
    </message>
    <message>
        <source>the PDF could not be written ({reason}).</source>
        <translation>Das PDF konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Not shown: {reason}</source>
        <translation>Nicht angezeigt: {reason}</translation>
    </message>
</context>
<context>
    <name>PatientHistoryDialog</name>
    <message>
        <source>Patient history — {patient} — TRAINING</source>
        <translation>Patientenverlauf — {patient} — SCHULUNG</translation>
    </message>
    <message>
        <source>Patient history — {patient}</source>
        <translation>Patientenverlauf — {patient}</translation>
    </message>
</context>
<context>
    <name>PatientHistoryView</name>
    <message>
        <source>TRAINING DATABASE — synthetic records, not for clinical use</source>
        <translation>SCHULUNGSDATENBANK — synthetische Daten, nicht für den klinischen Einsatz</translation>
    </message>
    <message numerus="yes">
        <source>Patient {patient}: %n stored assessment(s), oldest first</source>
        <translation>
            <numerusform>Patient {patient}: %n gespeicherte Beurteilung, älteste zuerst</numerusform>
            <numerusform>Patient {patient}: %n gespeicherte Beurteilungen, älteste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient {patient}: no stored assessments yet. Save one from the main window (Ctrl+S).</source>
        <translation>Patient {patient}: noch keine gespeicherten Beurteilungen. Speichern Sie eine im Hauptfenster (Strg+S).</translation>
    </message>
    <message>
        <source>&amp;Open in main window</source>
        <translation>&amp;Im Hauptfenster öffnen</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Ko&amp;rrigieren…</translation>
    </message>
    <message>
        <source>Mark entered in &amp;error…</source>
        <translation>Als Fehl&amp;eingabe markieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{change} ({when})</source>
        <translation>{change} ({when})</translation>
    </message>
    <message>
        <source>Phenotype changes: {changes}</source>
        <translation>Phänotypwechsel: {changes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Markers: ▼ MALS, ■ immunoparalysis, ● unclassified, ✕ cannot classify; open markers are censored values drawn at their bound. Dashed lines: entry thresholds (MALS: ferritin &gt; 4420 ng/mL; immunoparalysis: HLA-DR &lt; 5000 AB/C). Dotted lines: phenotype changes. Only current versions are drawn.</source>
        <translation>Symbole: ▼ MALS, ■ Immunparalyse, ● unklassifiziert, ✕ Klassifikation nicht möglich; offene Symbole sind zensierte Werte, an ihrer Grenze gezeichnet. Gestrichelte Linien: Einschlussgrenzwerte (MALS: Ferritin &gt; 4420 ng/mL; Immunparalyse: HLA-DR &lt; 5000 AB/C). Gepunktete Linien: Phänotypwechsel. Nur aktuelle Versionen werden gezeichnet.</translation>
    </message>
    <message>
        <source>Day-15 reversal definitions</source>
        <translation>Definitionen der Umkehr an Tag 15</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR trend</source>
        <translation>Ferritin- und HLA-DR-Verlauf</translation>
    </message>
    <message>
        <source>Daily SOFA and day 9</source>
        <translation>Täglicher SOFA und Tag 9</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Studieneignung</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>The score records cannot be read: {reason}</source>
        <translation>Die Score-Einträge können nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>No daily SOFA is stored for this patient. Patient ▸ SOFA and the day-9 response (Ctrl+Shift+S) enters one.</source>
        <translation>Für diesen Patienten ist kein täglicher SOFA gespeichert. Unter Patient ▸ SOFA und Tag-9-Ansprechen (Strg+Umschalt+S) wird einer eingegeben.</translation>
    </message>
</context>
<context>
    <name>PatientListDialog</name>
    <message>
        <source>Patients — TRAINING database</source>
        <translation>Patienten — SCHULUNGSDATENBANK</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>identifier, or part of it</source>
        <translation>ID oder ein Teil davon</translation>
    </message>
    <message>
        <source>Search patients by identifier</source>
        <translation>Patienten nach ID suchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Patient list status</source>
        <translation>Status der Patientenliste</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Last sampled (or assessed)</source>
        <translation>Zuletzt entnommen (oder beurteilt)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Beurteilungen</translation>
    </message>
    <message>
        <source>Stored patients, most recent first</source>
        <translation>Gespeicherte Patienten, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>&amp;Patient öffnen</translation>
    </message>
    <message>
        <source>Open with &amp;history</source>
        <translation>Mit &amp;Verlauf öffnen</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Daten werden gelesen…</translation>
    </message>
    <message>
        <source>The patient list cannot be shown: {reason}</source>
        <translation>Die Patientenliste kann nicht angezeigt werden: {reason}</translation>
    </message>
    <message>
        <source>no current assessment</source>
        <translation>keine aktuelle Beurteilung</translation>
    </message>
    <message>
        <source>No stored patient matches “{term}”.</source>
        <translation>Kein gespeicherter Patient passt zu „{term}“.</translation>
    </message>
    <message>
        <source>No patients are stored yet: save an assessment (Ctrl+S) to start a record.</source>
        <translation>Noch keine Patienten gespeichert: Speichern Sie eine Beurteilung (Strg+S), um einen Eintrag anzulegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s), most recent first. ↓ to the list, Enter to open.</source>
        <translation>
            <numerusform>%n Patient, neueste zuerst. ↓ zur Liste, Eingabetaste zum Öffnen.</numerusform>
            <numerusform>%n Patienten, neueste zuerst. ↓ zur Liste, Eingabetaste zum Öffnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhenotypeMapPlot</name>
    <message>
        <source>Phenotype map</source>
        <translation>Phänotyp-Karte</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>required: why, in a few words</source>
        <translation>erforderlich: Grund in wenigen Worten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Begründung (erforderlich):</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Record shown</source>
        <translation>Angezeigter Eintrag</translation>
    </message>
    <message>
        <source>Record store status</source>
        <translation>Status der Datenbank</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Nicht gespeicherte Beurteilung</translation>
    </message>
    <message>
        <source>The values entered for {patient} have not been saved.</source>
        <translation>Die für {patient} eingegebenen Werte wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>They cannot be saved as they are (no result, or no patient identifier). Discard them?</source>
        <translation>Die Werte können so nicht gespeichert werden (kein Ergebnis oder keine Patienten-ID). Verwerfen?</translation>
    </message>
    <message>
        <source>a save is already in progress.</source>
        <translation>Es wird bereits gespeichert.</translation>
    </message>
    <message>
        <source>this is a stored assessment, shown read-only; use Correct… to change it.</source>
        <translation>Dies ist eine gespeicherte Beurteilung, schreibgeschützt angezeigt; zum Ändern „Werte korrigieren…“ verwenden.</translation>
    </message>
    <message>
        <source>enter the patient identifier first.</source>
        <translation>Geben Sie zuerst die Patienten-ID ein.</translation>
    </message>
    <message>
        <source>there is no result to save; complete or correct the fields on the left.</source>
        <translation>Es gibt kein Ergebnis zum Speichern; vervollständigen oder korrigieren Sie die Felder links.</translation>
    </message>
    <message>
        <source>nothing was changed; change a value before saving a correction.</source>
        <translation>Es wurde nichts geändert; ändern Sie einen Wert, bevor Sie eine Korrektur speichern.</translation>
    </message>
    <message>
        <source>Saved for {patient} as assessment #{id} ({when}). Ctrl+H shows the history.</source>
        <translation>Für {patient} als Beurteilung #{id} gespeichert ({when}). Strg+H zeigt den Verlauf.</translation>
    </message>
    <message>
        <source>Saved for {patient}.</source>
        <translation>Für {patient} gespeichert.</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Beurteilung korrigieren</translation>
    </message>
    <message>
        <source>The corrected values will be saved as a new version of assessment #{id} of {patient}; the old version stays stored, marked as superseded.</source>
        <translation>Die korrigierten Werte werden als neue Version der Beurteilung #{id} von {patient} gespeichert; die alte Version bleibt gespeichert und wird als ersetzt markiert.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>Korrektur &amp;speichern</translation>
    </message>
    <message>
        <source>Correction saved for {patient} as assessment #{id}; it supersedes #{old}.</source>
        <translation>Korrektur für {patient} als Beurteilung #{id} gespeichert; sie ersetzt #{old}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The values stay on screen.</source>
        <translation>Die Werte bleiben auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>PAST ASSESSMENT — #{id} of {patient}, saved {when} by {user}. Read-only.</source>
        <translation>FRÜHERE BEURTEILUNG — #{id} von {patient}, gespeichert am {when} von {user}. Schreibgeschützt.</translation>
    </message>
    <message>
        <source>The stored result was “{stored}”; the rule applied today gives what is shown.</source>
        <translation>Das gespeicherte Ergebnis war „{stored}“; die heute angewandte Regel ergibt das Angezeigte.</translation>
    </message>
    <message>
        <source>&amp;Back to entry</source>
        <translation>&amp;Zurück zur Eingabe</translation>
    </message>
    <message>
        <source>Correct val&amp;ues…</source>
        <translation>Werte k&amp;orrigieren…</translation>
    </message>
    <message>
        <source>Mark e&amp;ntered in error…</source>
        <translation>Als Fehlein&amp;gabe markieren…</translation>
    </message>
    <message>
        <source>CORRECTING assessment #{id} of {patient}: change the values, then save with Ctrl+S; a reason is required.</source>
        <translation>KORREKTUR der Beurteilung #{id} von {patient}: Ändern Sie die Werte und speichern Sie dann mit Strg+S; eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>Cancel correctio&amp;n</source>
        <translation>Korrektur abbre&amp;chen</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Als Fehleingabe markieren</translation>
    </message>
    <message>
        <source>Assessment #{id} of {patient} will be marked as entered in error. It stays stored and listed, struck through, and no longer counts in the trend.</source>
        <translation>Beurteilung #{id} von {patient} wird als Fehleingabe markiert. Sie bleibt gespeichert und aufgelistet (durchgestrichen) und zählt im Verlauf nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>Als Fehleingabe &amp;markieren</translation>
    </message>
    <message>
        <source>Assessment #{id} of {patient} marked as entered in error.</source>
        <translation>Beurteilung #{id} von {patient} als Fehleingabe markiert.</translation>
    </message>
    <message>
        <source>Records unavailable: {reason} Results can be viewed, but nothing can be saved until the database can be used.</source>
        <translation>Datenbank nicht verfügbar: {reason} Ergebnisse können angezeigt, aber nicht gespeichert werden, bis die Datenbank wieder nutzbar ist.</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>RecordsSession</name>
    <message>
        <source>the record database cannot be opened or written ({reason}).</source>
        <translation>Die Datenbank kann nicht geöffnet oder beschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>an unexpected error occurred in the record database ({kind}); nothing was changed.</source>
        <translation>In der Datenbank ist ein unerwarteter Fehler aufgetreten ({kind}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the window has switched between training and clinical mode since this was opened; switch back to store it.</source>
        <translation>Das Fenster hat seit dem Öffnen zwischen Schulungs- und klinischem Modus gewechselt; wechseln Sie zurück, um dies zu speichern.</translation>
    </message>
</context>
<context>
    <name>ReportBatchExport</name>
    <message>
        <source>Export PDF reports</source>
        <translation>PDF-Berichte exportieren</translation>
    </message>
    <message>
        <source>The file has no identification for these rows: each report has a box for a patient label.</source>
        <translation>Die Datei enthält für diese Zeilen keine Identifikation: Jeder Bericht hat ein Feld für ein Patientenetikett.</translation>
    </message>
    <message>
        <source>Every report prints the name, date of birth or record number from the file&apos;s identification columns.</source>
        <translation>Jeder Bericht druckt Name, Geburtsdatum oder Patientennummer aus den Identifikationsspalten der Datei.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{n} of the reports print the name, date of birth or record number from the file&apos;s identification columns; the others have a box for a patient label.</source>
        <translation>{n} der Berichte drucken Name, Geburtsdatum oder Patientennummer aus den Identifikationsspalten der Datei; die übrigen haben ein Feld für ein Patientenetikett.</translation>
    </message>
    <message>
        <source>The cohort is empty: there is nothing to report.</source>
        <translation>Die Kohorte ist leer: Es gibt nichts zu berichten.</translation>
    </message>
    <message>
        <source>Reports written: {written} of {rows} rows.</source>
        <translation>Geschriebene Berichte: {written} von {rows} Zeilen.</translation>
    </message>
    <message>
        <source>Failed: {failed}; rejected at import: {rejected}.</source>
        <translation>Fehlgeschlagen: {failed}; beim Import abgelehnt: {rejected}.</translation>
    </message>
    <message>
        <source>Every row, with the reason for each missing report, is listed in {index} and in the cohort summary.</source>
        <translation>Jede Zeile ist mit dem Grund für jeden fehlenden Bericht in {index} und in der Kohortenübersicht aufgeführt.</translation>
    </message>
    <message>
        <source>Problem: {error}</source>
        <translation>Problem: {error}</translation>
    </message>
    <message>
        <source>All reports in one file, to print: {name} (summary first, rows needing action first, a bookmark per patient).</source>
        <translation>Alle Berichte in einer Datei zum Drucken: {name} (Übersicht zuerst, Zeilen mit Handlungsbedarf zuerst, ein Lesezeichen pro Patient).</translation>
    </message>
    <message>
        <source>{n} of the files this export writes already exist in {folder} (e.g. {example}).

Replace them?</source>
        <translation>{n} der Dateien, die dieser Export schreibt, existieren bereits in {folder} (z. B. {example}).

Ersetzen?</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDF reports</source>
        <translation>Ordner für die PDF-Berichte</translation>
    </message>
    <message>
        <source>There is no result to report yet: enter values that give a result first.</source>
        <translation>Es gibt noch kein Ergebnis für einen Bericht: Geben Sie zuerst Werte ein, die ein Ergebnis ergeben.</translation>
    </message>
    <message>
        <source>Enter the patient identifier first: it is printed on every page of the report.</source>
        <translation>Geben Sie zuerst die Patienten-ID ein: Sie wird auf jeder Seite des Berichts gedruckt.</translation>
    </message>
    <message>
        <source>Training reports use synthetic identifiers (DEMO-nnn), never a real patient&apos;s. Load a training case, or leave training mode.</source>
        <translation>Schulungsberichte verwenden synthetische IDs (DEMO-nnn), nie die eines echten Patienten. Laden Sie einen Schulungsfall oder verlassen Sie den Schulungsmodus.</translation>
    </message>
    <message>
        <source>DEMO-nnn identifiers are reserved for training mode.</source>
        <translation>DEMO-nnn-IDs sind dem Schulungsmodus vorbehalten.</translation>
    </message>
    <message>
        <source>PDF report saved: {path}</source>
        <translation>PDF-Bericht gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>ReportPreferences</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Institution (page header)</source>
        <translation>Einrichtung (Seitenkopf)</translation>
    </message>
    <message>
        <source>Ward (page header)</source>
        <translation>Station (Seitenkopf)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Add the full &amp;evidence (appendix)</source>
        <translation>Vollständige &amp;Evidenz als Anhang</translation>
    </message>
    <message>
        <source>Published and recomputed figures, safety, trial population and provenance after the one-page report</source>
        <translation>Veröffentlichte und nachgerechnete Zahlen, Sicherheit, Studienpopulation und Herkunft der Angaben nach dem einseitigen Bericht</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>Ein&amp;richtung:</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>Stat&amp;ion:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <source>Printing {name}…</source>
        <translation>{name} wird gedruckt…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Printing stopped: {reason}.</source>
        <translation>Drucken abgebrochen: {reason}.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Patient shown</source>
        <translation>Angezeigter Patient</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Phänotyp</translation>
    </message>
    <message>
        <source>NEAR THRESHOLD — repeat test advised</source>
        <translation>NAHE AM GRENZWERT — Wiederholung empfohlen</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Nahe am Grenzwert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Trial arm</source>
        <translation>Studienarm</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Criteria table</source>
        <translation>Kriterientabelle</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Rule set version</source>
        <translation>Version des Regelwerks</translation>
    </message>
    <message>
        <source>{criterion} criterion</source>
        <translation>Kriterium {criterion}</translation>
    </message>
    <message>
        <source>{criterion}: met?</source>
        <translation>{criterion}: erfüllt?</translation>
    </message>
    <message>
        <source>{criterion}: note</source>
        <translation>{criterion}: Hinweis</translation>
    </message>
    <message>
        <source>Show the rule</source>
        <translation>Regel anzeigen</translation>
    </message>
    <message>
        <source>Show the ImmunoSep rule</source>
        <translation>ImmunoSep-Regel anzeigen</translation>
    </message>
    <message>
        <source>The ImmunoSep rule</source>
        <translation>Die ImmunoSep-Regel</translation>
    </message>
    <message>
        <source>Enter ferritin and HLA-DR to see the phenotype.</source>
        <translation>Geben Sie Ferritin und HLA-DR ein, um den Phänotyp zu sehen.</translation>
    </message>
    <message>
        <source>Eligibility: not assessed.</source>
        <translation>Studieneignung: nicht bewertet.</translation>
    </message>
    <message>
        <source>Eligibility summary</source>
        <translation>Zusammenfassung der Studieneignung</translation>
    </message>
    <message>
        <source>Use only if… (eligibility)</source>
        <translation>Nur anwenden, wenn… (Studieneignung)</translation>
    </message>
    <message>
        <source>The ImmunoSep trial&apos;s inclusion and exclusion criteria (Ctrl+Shift+E)</source>
        <translation>Die Ein- und Ausschlusskriterien der ImmunoSep-Studie (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>SOFA and day 9</source>
        <translation>SOFA und Tag 9</translation>
    </message>
    <message>
        <source>SOFA calculator, daily SOFA and the trial&apos;s day-9 measure (Ctrl+Shift+S)</source>
        <translation>SOFA-Rechner, täglicher SOFA und die Tag-9-Messgröße der Studie (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>HScore: could this be HLH?</source>
        <translation>HScore: Könnte es eine HLH sein?</translation>
    </message>
    <message>
        <source>Ferritin is above 4420 ng/mL: the HScore is an aid to the HLH question, not a diagnosis (Ctrl+Shift+H)</source>
        <translation>Ferritin liegt über 4420 ng/mL: Der HScore ist eine Hilfe bei der Frage nach HLH, keine Diagnose (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm for this phenotype: {arm} — trial evidence, not an order.</source>
        <translation>ImmunoSep-Studienarm für diesen Phänotyp: {arm} — Studienevidenz, keine Verordnung.</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Gründe:</translation>
    </message>
    <message>
        <source>Rule set: {ruleset} · evidence: {evidence}</source>
        <translation>Regelwerk: {ruleset} · Evidenz: {evidence}</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}</source>
        <translation>Regelwerk: {ruleset}</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Umgerechnet</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>not evaluated: no phenotype can be given from these data (see the reasons)</source>
        <translation>nicht bewertet: Aus diesen Daten kann kein Phänotyp angegeben werden (siehe Gründe)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Hide the rule</source>
        <translation>Regel ausblenden</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>Decision support only: the treating clinician decides.</source>
        <translation>Nur zur Entscheidungsunterstützung: Die Entscheidung trifft das behandelnde ärztliche Team.</translation>
    </message>
    <message>
        <source>Result copied: paste it into the patient note.</source>
        <translation>Ergebnis kopiert: Fügen Sie es in die Patientendokumentation ein.</translation>
    </message>
    <message>
        <source>TRAINING — synthetic data, not a patient record</source>
        <translation>SCHULUNG — synthetische Daten, keine Patientenakte</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Gründe:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Ferritin: not given</source>
        <translation>Ferritin: nicht angegeben</translation>
    </message>
    <message>
        <source>Ferritin: {value} (entered as {entered}); sampled {when}</source>
        <translation>Ferritin: {value} (eingegeben als {entered}); entnommen {when}</translation>
    </message>
    <message>
        <source>Ferritin: {value} (entered as {entered})</source>
        <translation>Ferritin: {value} (eingegeben als {entered})</translation>
    </message>
    <message>
        <source>HLA-DR: not given</source>
        <translation>HLA-DR: nicht angegeben</translation>
    </message>
    <message>
        <source>Nothing to copy: there is no result on screen.</source>
        <translation>Nichts zu kopieren: Es wird kein Ergebnis angezeigt.</translation>
    </message>
    <message>
        <source>{result} — NEAR THRESHOLD, repeat test advised</source>
        <translation>{result} — NAHE AM GRENZWERT, Wiederholung der Messung empfohlen</translation>
    </message>
    <message>
        <source>ImmunoSep phenotype: {result}</source>
        <translation>ImmunoSep-Phänotyp: {result}</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Patient: {patient}</translation>
    </message>
    <message>
        <source>Age: {age}</source>
        <translation>Alter: {age}</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}; evidence: {evidence}</source>
        <translation>Regelwerk: {ruleset}; Evidenz: {evidence}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}</source>
        <translation>HLA-DR: {value} {unit}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; sampled {sampled}</source>
        <translation>HLA-DR: {value} {unit}; entnommen {sampled}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; processed {processed}</source>
        <translation>HLA-DR: {value} {unit}; verarbeitet {processed}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; sampled {sampled}; processed {processed}</source>
        <translation>HLA-DR: {value} {unit}; entnommen {sampled}; verarbeitet {processed}</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Assessed: {when}</source>
        <translation>Beurteilt: {when}</translation>
    </message>
    <message>
        <source>{record}, saved {when}</source>
        <translation>{record}, gespeichert {when}</translation>
    </message>
    <message>
        <source>Stored assessment #{id}</source>
        <translation>Gespeicherte Beurteilung #{id}</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} Jahre</translation>
    </message>
</context>
<context>
    <name>SaveConfirmDialog</name>
    <message>
        <source>Save assessment</source>
        <translation>Beurteilung speichern</translation>
    </message>
    <message>
        <source>Save this assessment in the TRAINING records of patient:</source>
        <translation>Diese Beurteilung in den SCHULUNGSDATEN des folgenden Patienten speichern:</translation>
    </message>
    <message>
        <source>Save this assessment in the clinical records of patient:</source>
        <translation>Diese Beurteilung in den klinischen Daten des folgenden Patienten speichern:</translation>
    </message>
    <message>
        <source>Patient to save for</source>
        <translation>Patient, für den gespeichert wird</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Was gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Save for {patient}</source>
        <translation>&amp;Speichern für {patient}</translation>
    </message>
</context>
<context>
    <name>ScoresWindow</name>
    <message>
        <source>Enter the patient identifier in the main window first.</source>
        <translation>Geben Sie zuerst die Patienten-ID im Hauptfenster ein.</translation>
    </message>
    <message>
        <source>Finish or cancel the correction in the main window first.</source>
        <translation>Schließen Sie zuerst die Korrektur im Hauptfenster ab oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>The assessment on screen is not saved yet: save it first (Ctrl+S in the main window); the {what} is stored with it.</source>
        <translation>Die angezeigte Beurteilung ist noch nicht gespeichert: Speichern Sie sie zuerst (Strg+S im Hauptfenster); {what} wird zusammen mit ihr gespeichert.</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s records…</source>
        <translation>Die Daten des Patienten werden gelesen…</translation>
    </message>
    <message>
        <source>No assessment of this patient is saved yet: save it first (Ctrl+S in the main window); the {what} is stored with it.</source>
        <translation>Für diesen Patienten ist noch keine Beurteilung gespeichert: Speichern Sie sie zuerst (Strg+S im Hauptfenster); {what} wird zusammen mit ihr gespeichert.</translation>
    </message>
    <message>
        <source>The patient&apos;s records cannot be read: {reason}</source>
        <translation>Die Daten des Patienten können nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>The values stay on screen.</source>
        <translation>Die Werte bleiben auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Use only if… (eligibility)</source>
        <translation>Nur anwenden, wenn… (Studieneignung)</translation>
    </message>
    <message>
        <source>SOFA calculator</source>
        <translation>SOFA-Rechner</translation>
    </message>
    <message>
        <source>Daily SOFA and day 9</source>
        <translation>Täglicher SOFA und Tag 9</translation>
    </message>
    <message>
        <source>HScore (HLH question)</source>
        <translation>HScore (Frage nach HLH)</translation>
    </message>
    <message>
        <source>no patient identifier entered</source>
        <translation>keine Patienten-ID eingegeben</translation>
    </message>
    <message>
        <source>Scores around the phenotype — {patient}</source>
        <translation>Scores rund um den Phänotyp — {patient}</translation>
    </message>
    <message>
        <source>TRAINING — {title}</source>
        <translation>SCHULUNG — {title}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Decimal separator for typed values</source>
        <translation>Dezimaltrennzeichen für eingegebene Werte</translation>
    </message>
    <message>
        <source>&amp;Point: 4420.5 (a comma is refused)</source>
        <translation>&amp;Punkt: 4420.5 (ein Komma wird abgelehnt)</translation>
    </message>
    <message>
        <source>&amp;Comma: 4420,5 (a point is refused)</source>
        <translation>&amp;Komma: 4420,5 (ein Punkt wird abgelehnt)</translation>
    </message>
    <message>
        <source>Thousands separators are never accepted in either setting: &apos;4,420&apos; and &apos;4.420&apos; are refused because they mean different numbers in different countries. This does not follow the computer&apos;s language settings.</source>
        <translation>Tausendertrennzeichen werden in keiner Einstellung akzeptiert: &apos;4,420&apos; und &apos;4.420&apos; werden abgelehnt, weil sie in verschiedenen Ländern unterschiedliche Zahlen bedeuten. Dies richtet sich nicht nach den Spracheinstellungen des Computers.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Automatic ({language})</source>
        <translation>Automatisch ({language})</translation>
    </message>
    <message>
        <source>The window changes language at once. Typed values are read the same way in every language: only the decimal separator above decides.</source>
        <translation>Das Fenster wechselt die Sprache sofort. Eingegebene Werte werden in jeder Sprache gleich gelesen: Nur das Dezimaltrennzeichen oben entscheidet.</translation>
    </message>
</context>
<context>
    <name>SofaCalculatorPanel</name>
    <message>
        <source>No total: correct the field marked in red ({reason}).</source>
        <translation>Keine Summe: Korrigieren Sie das rot markierte Feld ({reason}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <source>No catecholamine running (doses not given count as 0)</source>
        <translation>Kein Katecholamin läuft (nicht angegebene Dosen zählen als 0)</translation>
    </message>
    <message>
        <source>A missing input leaves its organ system “not assessed”: it never counts as 0, and the total says on how many systems it rests. Doses in µg/kg/min given for at least one hour. Which values to use (the worst of the day) is the clinician&apos;s choice.</source>
        <translation>Eine fehlende Eingabe lässt ihr Organsystem „nicht bewertet“: Sie zählt nie als 0, und die Summe gibt an, auf wie vielen Systemen sie beruht. Dosen in µg/kg/min, gegeben für mindestens eine Stunde. Welche Werte verwendet werden (die schlechtesten des Tages), entscheidet das ärztliche Team.</translation>
    </message>
    <message>
        <source>Table: Vincent 1996 as reproduced in Singer 2016 (Sepsis-3), Table 1; each band is read from its printed lower limit (inclusive) to the next band&apos;s.</source>
        <translation>Tabelle: Vincent 1996, wiedergegeben in Singer 2016 (Sepsis-3), Tabelle 1; jede Stufe reicht von ihrer gedruckten Untergrenze (einschließlich) bis zu der der nächsten Stufe.</translation>
    </message>
</context>
<context>
    <name>SofaCourseView</name>
    <message>
        <source>Day-9 SOFA response (ImmunoSep primary endpoint)</source>
        <translation>Tag-9-SOFA-Ansprechen (primärer Endpunkt von ImmunoSep)</translation>
    </message>
    <message>
        <source>Day-9 status</source>
        <translation>Tag-9-Status</translation>
    </message>
    <message>
        <source>Day-9 verdict</source>
        <translation>Tag-9-Ergebnis</translation>
    </message>
    <message>
        <source>Day-9 arithmetic</source>
        <translation>Tag-9-Berechnung</translation>
    </message>
    <message>
        <source>About this measure</source>
        <translation>Über diese Messgröße</translation>
    </message>
    <message>
        <source>Day-9 warnings</source>
        <translation>Tag-9-Warnungen</translation>
    </message>
    <message>
        <source>Daily SOFA, days 1 to 9</source>
        <translation>Täglicher SOFA, Tage 1 bis 9</translation>
    </message>
    <message>
        <source>NO MEASURE YET</source>
        <translation>NOCH KEINE MESSGRÖSSE</translation>
    </message>
    <message>
        <source>This is the ImmunoSep trial&apos;s research endpoint (day-1 SOFA minus the mean SOFA of days 2–9 &gt; 1.4 points), not a treatment target.</source>
        <translation>Dies ist der Forschungsendpunkt der ImmunoSep-Studie (SOFA an Tag 1 minus mittlerer SOFA der Tage 2–9 &gt; 1,4 Punkte), kein Therapieziel.</translation>
    </message>
    <message>
        <source>PROVISIONAL — today is day {day}; final once day 9 has a value or is over</source>
        <translation>VORLÄUFIG — heute ist Tag {day}; endgültig, sobald Tag 9 einen Wert hat oder vorbei ist</translation>
    </message>
    <message>
        <source>FINAL (day 9 reached)</source>
        <translation>ENDGÜLTIG (Tag 9 erreicht)</translation>
    </message>
    <message>
        <source>FINAL (death recorded)</source>
        <translation>ENDGÜLTIG (Tod erfasst)</translation>
    </message>
    <message>
        <source>Day 1 minus the mean of days 2–9: {arithmetic}</source>
        <translation>Tag 1 minus Mittelwert der Tage 2–9: {arithmetic}</translation>
    </message>
    <message>
        <source>Filled dots: SOFA entered; open dots: carried forward (a missing day, or a day not over yet); crosses at 24: from the day of death. Dashed line: day-1 SOFA − 1.4 = {limit}; the mean of days 2–9 (dotted line, now {mean}) must be below it for a response.</source>
        <translation>Gefüllte Punkte: SOFA eingegeben; offene Punkte: fortgeschrieben (ein fehlender Tag oder ein noch nicht beendeter Tag); Kreuze bei 24: ab dem Todestag. Gestrichelte Linie: SOFA an Tag 1 − 1,4 = {limit}; der Mittelwert der Tage 2–9 (gepunktete Linie, derzeit {mean}) muss für ein Ansprechen darunter liegen.</translation>
    </message>
    <message>
        <source>No measure yet: the SOFA of day 1 (the day of phenotyping) is needed; the measure starts from it.</source>
        <translation>Noch keine Messgröße: Der SOFA von Tag 1 (dem Tag der Phänotypisierung) wird benötigt; die Messgröße geht von ihm aus.</translation>
    </message>
    <message>
        <source>No measure: today is before day 1 of the SOFA course.</source>
        <translation>Keine Messgröße: Heute liegt vor Tag 1 des SOFA-Verlaufs.</translation>
    </message>
    <message>
        <source>No measure: {reason}</source>
        <translation>Keine Messgröße: {reason}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>SOFA</source>
        <translation>SOFA</translation>
    </message>
    <message>
        <source>Organ systems</source>
        <translation>Organsysteme</translation>
    </message>
    <message>
        <source>How the day counts</source>
        <translation>Wie der Tag zählt</translation>
    </message>
    <message>
        <source>entered (record #{id})</source>
        <translation>eingegeben (Eintrag #{id})</translation>
    </message>
    <message>
        <source>missing: day {day} carried forward</source>
        <translation>fehlt: Tag {day} fortgeschrieben</translation>
    </message>
    <message>
        <source>not over yet: day {day} carried forward for now</source>
        <translation>noch nicht vorbei: Tag {day} vorerst fortgeschrieben</translation>
    </message>
    <message>
        <source>death: counted 24</source>
        <translation>Tod: mit 24 gezählt</translation>
    </message>
    <message>
        <source>day of phenotyping (record #{id})</source>
        <translation>Tag der Phänotypisierung (Eintrag #{id})</translation>
    </message>
    <message>
        <source>{n} of 6</source>
        <translation>{n} von 6</translation>
    </message>
    <message>
        <source>Daily SOFA chart</source>
        <translation>Kurve des täglichen SOFA</translation>
    </message>
    <message>
        <source>study day (1 = phenotyping)</source>
        <translation>Studientag (1 = Phänotypisierung)</translation>
    </message>
</context>
<context>
    <name>SofaPanel</name>
    <message>
        <source>PaO2 (arterial)</source>
        <translation>PaO2 (arteriell)</translation>
    </message>
    <message>
        <source>FiO2 (fraction)</source>
        <translation>FiO2 (Anteil)</translation>
    </message>
    <message>
        <source>Respiratory support</source>
        <translation>Atemunterstützung</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Thrombozyten</translation>
    </message>
    <message>
        <source>Bilirubin</source>
        <translation>Bilirubin</translation>
    </message>
    <message>
        <source>Mean arterial pressure</source>
        <translation>Mittlerer arterieller Druck</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrenalin</translation>
    </message>
    <message>
        <source>Epinephrine</source>
        <translation>Adrenalin</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamin</translation>
    </message>
    <message>
        <source>Dobutamine (any dose)</source>
        <translation>Dobutamin (jede Dosis)</translation>
    </message>
    <message>
        <source>Glasgow Coma Scale</source>
        <translation>Glasgow Coma Scale</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Kreatinin</translation>
    </message>
    <message>
        <source>Urine output</source>
        <translation>Urinausscheidung</translation>
    </message>
    <message>
        <source>SOFA total</source>
        <translation>SOFA-Summe</translation>
    </message>
</context>
<context>
    <name>StoredScoresView</name>
    <message>
        <source>The score records cannot be read: {reason}</source>
        <translation>Die Score-Einträge können nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Saved {when} by {user}; {version}; app {app}.</source>
        <translation>Gespeichert am {when} von {user}; {version}; App {app}.</translation>
    </message>
    <message>
        <source>Record #{id} cannot be read: {reason}</source>
        <translation>Eintrag #{id} kann nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <source>respiration</source>
        <comment>respiration</comment>
        <extracomment>Term respiration: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>coagulation</source>
        <comment>coagulation</comment>
        <extracomment>Term coagulation: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Gerinnung</translation>
    </message>
    <message>
        <source>liver</source>
        <comment>liver</comment>
        <extracomment>Term liver: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Leber</translation>
    </message>
    <message>
        <source>cardiovascular</source>
        <comment>cardiovascular</comment>
        <extracomment>Term cardiovascular: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Herz-Kreislauf-System</translation>
    </message>
    <message>
        <source>central nervous system</source>
        <comment>cns</comment>
        <extracomment>Term cns: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Zentralnervensystem</translation>
    </message>
    <message>
        <source>renal</source>
        <comment>renal</comment>
        <extracomment>Term renal: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Niere</translation>
    </message>
    <message>
        <source>PaO2</source>
        <comment>pao2</comment>
        <extracomment>Term pao2: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>PaO2</translation>
    </message>
    <message>
        <source>FiO2</source>
        <comment>fio2</comment>
        <extracomment>Term fio2: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>FiO2</translation>
    </message>
    <message>
        <source>PaO2/FiO2</source>
        <comment>pao2_fio2</comment>
        <extracomment>Term pao2_fio2: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>PaO2/FiO2</translation>
    </message>
    <message>
        <source>respiratory support (yes or no)</source>
        <comment>respiratory_support</comment>
        <extracomment>Term respiratory_support: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Atemunterstützung (ja oder nein)</translation>
    </message>
    <message>
        <source>platelets</source>
        <comment>platelets</comment>
        <extracomment>Term platelets: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Thrombozyten</translation>
    </message>
    <message>
        <source>bilirubin</source>
        <comment>bilirubin</comment>
        <extracomment>Term bilirubin: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Bilirubin</translation>
    </message>
    <message>
        <source>MAP</source>
        <comment>map</comment>
        <extracomment>Term map: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>MAP</translation>
    </message>
    <message>
        <source>dopamine</source>
        <comment>dopamine</comment>
        <extracomment>Term dopamine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Dopamin</translation>
    </message>
    <message>
        <source>dobutamine (running or not)</source>
        <comment>dobutamine</comment>
        <extracomment>Term dobutamine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Dobutamin (läuft oder nicht)</translation>
    </message>
    <message>
        <source>epinephrine</source>
        <comment>epinephrine</comment>
        <extracomment>Term epinephrine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Adrenalin</translation>
    </message>
    <message>
        <source>norepinephrine</source>
        <comment>norepinephrine</comment>
        <extracomment>Term norepinephrine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Noradrenalin</translation>
    </message>
    <message>
        <source>Glasgow Coma Scale</source>
        <comment>gcs</comment>
        <extracomment>Term gcs: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Glasgow Coma Scale</translation>
    </message>
    <message>
        <source>creatinine</source>
        <comment>creatinine</comment>
        <extracomment>Term creatinine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Kreatinin</translation>
    </message>
    <message>
        <source>urine output</source>
        <comment>urine_output</comment>
        <extracomment>Term urine_output: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Urinausscheidung</translation>
    </message>
    <message>
        <source>known underlying immunosuppression</source>
        <comment>immunosuppression</comment>
        <extracomment>Term immunosuppression: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>bekannte zugrunde liegende Immunsuppression</translation>
    </message>
    <message>
        <source>temperature</source>
        <comment>temperature</comment>
        <extracomment>Term temperature: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>organomegaly</source>
        <comment>organomegaly</comment>
        <extracomment>Term organomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Organomegalie</translation>
    </message>
    <message>
        <source>cytopenias</source>
        <comment>cytopenias</comment>
        <extracomment>Term cytopenias: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Zytopenien</translation>
    </message>
    <message>
        <source>ferritin</source>
        <comment>ferritin</comment>
        <extracomment>Term ferritin: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Ferritin</translation>
    </message>
    <message>
        <source>triglycerides</source>
        <comment>triglycerides</comment>
        <extracomment>Term triglycerides: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Triglyzeride</translation>
    </message>
    <message>
        <source>fibrinogen</source>
        <comment>fibrinogen</comment>
        <extracomment>Term fibrinogen: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Fibrinogen</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <comment>hla_dr</comment>
        <extracomment>Term hla_dr: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>age</source>
        <comment>age</comment>
        <extracomment>Term age: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>AST</source>
        <comment>ast</comment>
        <extracomment>Term ast: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>AST (GOT)</translation>
    </message>
    <message>
        <source>haemophagocytosis on bone-marrow aspirate</source>
        <comment>haemophagocytosis</comment>
        <extracomment>Term haemophagocytosis: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Hämophagozytose im Knochenmarkaspirat</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes</comment>
        <extracomment>Term yes: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <comment>no</comment>
        <extracomment>Term no: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <comment>organomegaly_none</comment>
        <extracomment>Term organomegaly_none: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>hepatomegaly</source>
        <comment>hepatomegaly</comment>
        <extracomment>Term hepatomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Hepatomegalie</translation>
    </message>
    <message>
        <source>splenomegaly</source>
        <comment>splenomegaly</comment>
        <extracomment>Term splenomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Splenomegalie</translation>
    </message>
    <message>
        <source>hepatomegaly and splenomegaly</source>
        <comment>hepatosplenomegaly</comment>
        <extracomment>Term hepatosplenomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Hepatomegalie und Splenomegalie</translation>
    </message>
    <message>
        <source>MALS</source>
        <comment>mals</comment>
        <extracomment>Term mals: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>MALS</translation>
    </message>
    <message>
        <source>immunoparalysis</source>
        <comment>immunoparalysis</comment>
        <extracomment>Term immunoparalysis: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>Immunparalyse</translation>
    </message>
    <message>
        <source>unclassified (neither phenotype)</source>
        <comment>unclassified</comment>
        <extracomment>Term unclassified: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>unklassifiziert (keiner der beiden Phänotypen)</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>TRAINING DATABASE — not clinical records</source>
        <translation>SCHULUNGSDATENBANK — keine klinischen Daten</translation>
    </message>
    <message>
        <source>Score: {version}.</source>
        <translation>Score: {version}.</translation>
    </message>
    <message>
        <source>{points:&gt;4}  {reason}</source>
        <translation>{points:&gt;4}  {reason}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Warnung: {text}</translation>
    </message>
    <message>
        <source>Table: {version}.</source>
        <translation>Tabelle: {version}.</translation>
    </message>
    <message>
        <source>A missing input leaves its organ system &apos;not assessed&apos;; it never counts as 0.</source>
        <translation>Fehlt eine Eingabe, bleibt ihr Organsystem „nicht bewertet“; es zählt nie als 0.</translation>
    </message>
    <message>
        <source>Decision support only; the treating clinician decides.</source>
        <translation>Nur zur Entscheidungsunterstützung; die Entscheidung trifft das behandelnde ärztliche Team.</translation>
    </message>
    <message>
        <source>{organ}: {points}</source>
        <translation>{organ}: {points}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Hinweis: {text}</translation>
    </message>
    <message>
        <source>Translation reviewed by {reviewer} on {date}.</source>
        <translation>Übersetzung geprüft von {reviewer} am {date}.</translation>
    </message>
    <message>
        <source>Translation pending clinical review.</source>
        <translation>Übersetzung: klinische Prüfung ausstehend.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Umgerechnet</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Appendix: full evidence and provenance</source>
        <translation>Anhang: vollständige Evidenz und Herkunft der Angaben</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft der Angaben</translation>
    </message>
    <message>
        <source>Criteria in detail</source>
        <translation>Kriterien im Detail</translation>
    </message>
    <message>
        <source>ImmunoSep phenotype report</source>
        <translation>ImmunoSep-Phänotyp-Bericht</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Einschluss</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Ausschluss</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Trial eligibility:</source>
        <translation>Studieneignung:</translation>
    </message>
    <message>
        <source>{met} met, {failed} not met, {unknown} unknown (of {total}); the evidence may not apply outside the tested population.</source>
        <translation>{met} erfüllt, {failed} nicht erfüllt, {unknown} unbekannt (von {total}); die Evidenz gilt möglicherweise nicht außerhalb der untersuchten Population.</translation>
    </message>
    <message>
        <source>provisional (day {day} of 9), {arithmetic} so far.</source>
        <translation>vorläufig (Tag {day} von 9), bisher {arithmetic}.</translation>
    </message>
    <message>
        <source>Day-9 SOFA:</source>
        <translation>Tag-9-SOFA:</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>{score}: HLH probability {percent} %. An aid, not a diagnosis; not validated in ICU patients.</source>
        <translation>{score}: HLH-Wahrscheinlichkeit {percent} %. Eine Hilfe, keine Diagnose; nicht bei Intensivpatienten validiert.</translation>
    </message>
    <message>
        <source>Around the phenotype</source>
        <translation>Rund um den Phänotyp</translation>
    </message>
    <message>
        <source>Trial eligibility (NCT04990232, as registered)</source>
        <translation>Studieneignung (NCT04990232, wie registriert)</translation>
    </message>
    <message>
        <source>Daily SOFA and the day-9 measure</source>
        <translation>Täglicher SOFA und die Tag-9-Messgröße</translation>
    </message>
    <message>
        <source>HScore (Fardet 2014)</source>
        <translation>HScore (Fardet 2014)</translation>
    </message>
    <message>
        <source>{arithmetic} &gt; 1.4: response met.</source>
        <translation>{arithmetic} &gt; 1,4: Ansprechen erfüllt.</translation>
    </message>
    <message>
        <source>{arithmetic} ≤ 1.4: response not met.</source>
        <translation>{arithmetic} ≤ 1,4: Ansprechen nicht erfüllt.</translation>
    </message>
    <message>
        <source>day of phenotyping</source>
        <translation>Tag der Phänotypisierung</translation>
    </message>
    <message>
        <source>The trial&apos;s research endpoint, not a treatment target.</source>
        <translation>Der Forschungsendpunkt der Studie, kein Therapieziel.</translation>
    </message>
    <message>
        <source>no measure yet: the SOFA of day 1 (the day of phenotyping) is not stored.</source>
        <translation>noch keine Messgröße: Der SOFA von Tag 1 (dem Tag der Phänotypisierung) ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>no measure as of this day.</source>
        <translation>keine Messgröße zu diesem Tag.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Basis and notes</source>
        <translation>Grundlage und Hinweise</translation>
    </message>
    <message>
        <source>{kind} {number}: {wording}</source>
        <translation>{kind} {number}: {wording}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>SOFA</source>
        <translation>SOFA</translation>
    </message>
    <message>
        <source>How the day counts</source>
        <translation>Wie der Tag zählt</translation>
    </message>
    <message>
        <source>not over yet: day {day} carried forward for now</source>
        <translation>noch nicht vorbei: Tag {day} vorerst fortgeschrieben</translation>
    </message>
    <message>
        <source>missing: day {day} carried forward</source>
        <translation>fehlt: Tag {day} fortgeschrieben</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Variable and why</source>
        <translation>Variable und Begründung</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>open marker + arrow: censored value</source>
        <translation>offenes Symbol + Pfeil: zensierter Wert</translation>
    </message>
    <message>
        <source>{group} — this patient&apos;s subgroup</source>
        <translation>{group} — Subgruppe dieses Patienten</translation>
    </message>
    <message>
        <source>{label}; whiskers: 95 % CI (Wilson)</source>
        <translation>{label}; Fehlerbalken: 95-%-KI (Wilson)</translation>
    </message>
    <message>
        <source>Rule set {ruleset} · Evidence {evidence} · ImmunoSep Phenotyper {app}</source>
        <translation>Regelwerk {ruleset} · Evidenz {evidence} · ImmunoSep Phenotyper {app}</translation>
    </message>
    <message>
        <source>{start}… ({n} characters)</source>
        <translation>{start}… ({n} Zeichen)</translation>
    </message>
    <message>
        <source>near threshold</source>
        <translation>nahe am Grenzwert</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Nahe am Grenzwert</translation>
    </message>
    <message>
        <source>Why, or what is needed</source>
        <translation>Grund bzw. was benötigt wird</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Entnommen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Generated {time}</source>
        <translation>Erstellt am {time}</translation>
    </message>
    <message>
        <source>{n} rows — {ruleset}</source>
        <translation>{n} Zeilen — {ruleset}</translation>
    </message>
    <message>
        <source>Source file: {source}</source>
        <translation>Quelldatei: {source}</translation>
    </message>
    <message>
        <source>Rule set {ruleset} · Evidence {evidence}</source>
        <translation>Regelwerk {ruleset} · Evidenz {evidence}</translation>
    </message>
    <message>
        <source>Rows needing action come first (shaded): no report, cannot classify, a value near a threshold. Each classified or cannot-classify row has its own one-page report, in this order, in all-reports.pdf; rows rejected at import have none. Decision support only: the treating clinician decides.</source>
        <translation>Zeilen mit Handlungsbedarf stehen zuerst (schattiert): kein Bericht, Klassifikation nicht möglich, ein Wert nahe an einem Grenzwert. Jede klassifizierte Zeile und jede Zeile mit „Klassifikation nicht möglich“ hat ihren eigenen einseitigen Bericht, in dieser Reihenfolge, in all-reports.pdf; beim Import abgelehnte Zeilen haben keinen. Nur zur Entscheidungsunterstützung: Die Entscheidung trifft das behandelnde ärztliche Team.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Generated {time}.</source>
        <translation>Erstellt am {time}.</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>Generated {time} by {user} on {workstation}.</source>
        <translation>Erstellt am {time} von {user} am Arbeitsplatz {workstation}.</translation>
    </message>
    <message>
        <source>Generated {time} by {user}.</source>
        <translation>Erstellt am {time} von {user}.</translation>
    </message>
    <message>
        <source>Generated {time} on {workstation}.</source>
        <translation>Erstellt am {time} am Arbeitsplatz {workstation}.</translation>
    </message>
    <message>
        <source>{generated} · Decision support only: the treating clinician decides.</source>
        <translation>{generated} · Nur zur Entscheidungsunterstützung: Der Arzt entscheidet.</translation>
    </message>
    <message>
        <source>Result: {headline}</source>
        <translation>Ergebnis: {headline}</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Kriterien:</translation>
    </message>
    <message>
        <source>{label}: {value} [{met}]</source>
        <translation>{label}: {value} [{met}]</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}; evidence: {evidence}; source: doi:{doi}, {registry}</source>
        <translation>Regelwerk: {ruleset}; Evidenz: {evidence}; Quelle: doi:{doi}, {registry}</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm for this phenotype: {arm} (evidence, not an order)</source>
        <translation>Arm der ImmunoSep-Studie für diesen Phänotyp: {arm} (Evidenz, keine Verordnung)</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Gründe:</translation>
    </message>
    <message>
        <source>{entered} → {converted}</source>
        <translation>{entered} → {converted}</translation>
    </message>
    <message>
        <source>{line} — {note}</source>
        <translation>{line} — {note}</translation>
    </message>
    <message>
        <source>Saved: assessment id {id}</source>
        <translation>Gespeichert: Beurteilungs-ID {id}</translation>
    </message>
    <message>
        <source>Checklist: {version}.</source>
        <translation>Checkliste: {version}.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>present: excludes</source>
        <translation>vorhanden: schließt aus</translation>
    </message>
    <message>
        <source>Inclusion criteria (use only if…)</source>
        <translation>Einschlusskriterien (nur anwenden, wenn…)</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Ausschlusskriterien</translation>
    </message>
    <message>
        <source>--answer: {criteria}: answered from the data entered; do not answer it as well.</source>
        <translation>--answer: {criteria}: aus den eingegebenen Daten beantwortet; bitte nicht zusätzlich beantworten.</translation>
    </message>
    <message>
        <source>  {number}. [{status}] {criterion}</source>
        <translation>  {number}. [{status}] {criterion}</translation>
    </message>
    <message>
        <source>{file}: no new assessment; messages: {new} new, {repeated} already imported; earlier assessments: {withdrawn} withdrawn.</source>
        <translation>{file}: keine neue Beurteilung; Nachrichten: {new} neu, {repeated} bereits importiert; frühere Beurteilungen: {withdrawn} zurückgezogen.</translation>
    </message>
    <message>
        <source>{file}: moved to failed/: {reason}</source>
        <translation>{file}: nach failed/ verschoben: {reason}</translation>
    </message>
    <message>
        <source>{file}: not stored, tried again on the next pass: {reason}</source>
        <translation>{file}: nicht gespeichert, wird beim nächsten Durchlauf erneut versucht: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: stored {n} assessments ({phenotypes}); messages: {new} new, {repeated} already imported; earlier assessments: {corrected} corrected, {paired} completed by pairing, {withdrawn} withdrawn.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {file}: stored {n} assessment ({phenotypes}); messages: {new} new, {repeated} already imported; earlier assessments: {corrected} corrected, {paired} completed by pairing, {withdrawn} withdrawn..</extracomment>
        <translation>
            <numerusform>{file}: {n} Beurteilung gespeichert ({phenotypes}); Nachrichten: {new} neu, {repeated} bereits importiert; frühere Beurteilungen: {corrected} korrigiert, {paired} durch Paarung vervollständigt, {withdrawn} zurückgezogen.</numerusform>
            <numerusform>{file}: {n} Beurteilungen gespeichert ({phenotypes}); Nachrichten: {new} neu, {repeated} bereits importiert; frühere Beurteilungen: {corrected} korrigiert, {paired} durch Paarung vervollständigt, {withdrawn} zurückgezogen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--interval must be above 0 and --settle at least 0 seconds.</source>
        <translation>--interval muss über 0 und --settle mindestens 0 Sekunden betragen.</translation>
    </message>
    <message>
        <source>No inbox folder is configured: set [inbox] folder in site.toml or give --folder.</source>
        <translation>Es ist kein Eingangsordner konfiguriert: Setzen Sie [inbox] folder in site.toml oder geben Sie --folder an.</translation>
    </message>
    <message>
        <source>--demo needs --folder: the configured inbox holds the ward&apos;s results, which never go into the training database.</source>
        <translation>--demo erfordert --folder: Der konfigurierte Posteingang enthält die Ergebnisse der Station, die niemals in die Schulungsdatenbank gelangen.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} does not exist.</source>
        <translation>Der Eingangsordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>No new files.</source>
        <translation>Keine neuen Dateien.</translation>
    </message>
    <message>
        <source>Day-9 SOFA response (ImmunoSep primary endpoint) of patient {patient}, as of {date}.</source>
        <translation>Tag-9-SOFA-Ansprechen (primärer Endpunkt von ImmunoSep) von Patient {patient}, Stand {date}.</translation>
    </message>
    <message>
        <source>Day 1 ({date}): SOFA {sofa}.</source>
        <translation>Tag 1 ({date}): SOFA {sofa}.</translation>
    </message>
    <message>
        <source>Day 1 minus the mean of days 2–9: {arithmetic}</source>
        <translation>Tag 1 minus Mittelwert der Tage 2–9: {arithmetic}</translation>
    </message>
    <message>
        <source>the SOFA of day 1 (the day of phenotyping) is needed; store it with &apos;immunosep sofa … --patient-id ID --day 1 --save&apos;.</source>
        <translation>Der SOFA von Tag 1 (dem Tag der Phänotypisierung) wird benötigt; speichern Sie ihn mit &apos;immunosep sofa … --patient-id ID --day 1 --save&apos;.</translation>
    </message>
    <message>
        <source>the day asked for is before day 1 of the SOFA course.</source>
        <translation>Der angefragte Tag liegt vor Tag 1 des SOFA-Verlaufs.</translation>
    </message>
    <message>
        <source>a stored SOFA is dated after the day asked for; give a later --on.</source>
        <translation>Ein gespeicherter SOFA ist nach dem angefragten Tag datiert; geben Sie ein späteres --on an.</translation>
    </message>
    <message>
        <source>the recorded death is after the day asked for; give a later --on.</source>
        <translation>Der erfasste Tod liegt nach dem angefragten Tag; geben Sie ein späteres --on an.</translation>
    </message>
    <message>
        <source>No measure yet: {reason}</source>
        <translation>Noch keine Messgröße: {reason}</translation>
    </message>
    <message>
        <source>missing, carried forward from day {day}</source>
        <translation>fehlt, fortgeschrieben von Tag {day}</translation>
    </message>
    <message>
        <source>Day {day} ({date}): {sofa} — {how}.</source>
        <translation>Tag {day} ({date}): {sofa} — {how}.</translation>
    </message>
    <message>
        <source>not yet entered, day {day} carried forward for now</source>
        <translation>noch nicht eingegeben, Tag {day} vorerst fortgeschrieben</translation>
    </message>
    <message>
        <source>death: counted 24</source>
        <translation>Tod: mit 24 gezählt</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>Daily SOFA</source>
        <translation>Täglicher SOFA</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Tod</translation>
    </message>
    <message>
        <source>Eligibility checklists</source>
        <translation>Checklisten der Studieneignung</translation>
    </message>
    <message>
        <source>HScores</source>
        <translation>HScores</translation>
    </message>
    <message>
        <source>record {id}, saved {when} by {user}: {what}</source>
        <translation>Eintrag {id}, gespeichert {when} von {user}: {what}</translation>
    </message>
    <message>
        <source>Marked entered in error: {kind}, record {id}.</source>
        <translation>Als Fehleingabe markiert: {kind}, Eintrag {id}.</translation>
    </message>
    <message>
        <source>{title}: {n} stored</source>
        <translation>{title}: {n} gespeichert</translation>
    </message>
    <message>
        <source>corrects record {id}: {reason}</source>
        <translation>korrigiert Eintrag {id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by record {id}</source>
        <translation>ersetzt durch Eintrag {id}</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>FEHLEINGABE: {reason}</translation>
    </message>
    <message>
        <source>day {day} ({date}): SOFA {total}, {n} of 6 organ systems</source>
        <translation>Tag {day} ({date}): SOFA {total}, {n} von 6 Organsystemen</translation>
    </message>
    <message>
        <source>died on {date}</source>
        <translation>verstorben am {date}</translation>
    </message>
    <message>
        <source>with assessment {id}: {met} met, {failed} not met, {unknown} unknown</source>
        <translation>mit Beurteilung {id}: {met} erfüllt, {failed} nicht erfüllt, {unknown} unbekannt</translation>
    </message>
    <message>
        <source>with assessment {id}: HScore {score}, probability {p} %</source>
        <translation>mit Beurteilung {id}: HScore {score}, Wahrscheinlichkeit {p} %</translation>
    </message>
    <message>
        <source>Saved: daily SOFA record {id}, day {day} ({date}).</source>
        <translation>Gespeichert: Eintrag täglicher SOFA {id}, Tag {day} ({date}).</translation>
    </message>
    <message>
        <source>SOFA {total} (typed), resting on {n} of 6 organ systems.</source>
        <translation>SOFA {total} (eingegeben), beruhend auf {n} von 6 Organsystemen.</translation>
    </message>
    <message>
        <source>Open markers with an arrow are censored values (true value beyond the arrow).</source>
        <translation>Offene Symbole mit Pfeil sind zensierte Werte (wahrer Wert jenseits des Pfeils).</translation>
    </message>
    <message>
        <source>Ferritin (ng/mL, log scale)</source>
        <translation>Ferritin (ng/mL, logarithmische Skala)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR (AB/C, log scale)</source>
        <translation>Monozytäres HLA-DR (AB/C, logarithmische Skala)</translation>
    </message>
    <message>
        <source>{group} {events}/{total}</source>
        <translation>{group} {events}/{total}</translation>
    </message>
    <message>
        <source>Primary endpoint: ≥ 1.4-point SOFA decrease by day 9</source>
        <translation>Primärer Endpunkt: SOFA-Abnahme um ≥ 1,4 Punkte bis Tag 9</translation>
    </message>
    <message>
        <source>Responders (%)</source>
        <translation>Responder (%)</translation>
    </message>
    <message>
        <source>Bars: proportion of responders; whiskers: Wilson 95 % CI. Highlighted: this patient&apos;s subgroup.</source>
        <translation>Balken: Anteil der Responder; Fehlerbalken: Wilson-95-%-KI. Hervorgehoben: die Subgruppe dieses Patienten.</translation>
    </message>
    <message>
        <source>MALS
ferritin &gt; {f}</source>
        <translation>MALS
Ferritin &gt; {f}</translation>
    </message>
    <message>
        <source>Immunoparalysis
ferritin ≤ {f}
HLA-DR &lt; {h}</source>
        <translation>Immunparalyse
Ferritin ≤ {f}
HLA-DR &lt; {h}</translation>
    </message>
    <message>
        <source>Unclassified
HLA-DR ≥ {h}</source>
        <translation>Unklassifiziert
HLA-DR ≥ {h}</translation>
    </message>
    <message>
        <source>ferritin {f} ng/mL</source>
        <translation>Ferritin {f} ng/mL</translation>
    </message>
    <message>
        <source>HLA-DR {h} AB/C</source>
        <translation>HLA-DR {h} AB/C</translation>
    </message>
    <message>
        <source>Points on the bottom edge have no HLA-DR in AB/C.</source>
        <translation>Punkte am unteren Rand haben kein HLA-DR in AB/C.</translation>
    </message>
    <message>
        <source>Phenotype map</source>
        <translation>Phänotyp-Karte</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>MALS: ferritin &gt; {f} ng/mL (HLA-DR not needed; if HLA-DR &lt; {h} AB/C too, both criteria are met and MALS takes precedence, as in the trial).</source>
        <translation>MALS: Ferritin &gt; {f} ng/mL (HLA-DR nicht benötigt; ist auch HLA-DR &lt; {h} AB/C, sind beide Kriterien erfüllt, und MALS hat Vorrang, wie in der Studie).</translation>
    </message>
    <message>
        <source>Immunoparalysis: ferritin ≤ {f} ng/mL and HLA-DR &lt; {h} AB/C (antibodies bound per CD14 monocyte, QuantiBRITE).</source>
        <translation>Immunparalyse: Ferritin ≤ {f} ng/mL und HLA-DR &lt; {h} AB/C (gebundene Antikörper pro CD14-Monozyt, QuantiBRITE).</translation>
    </message>
    <message>
        <source>Unclassified: ferritin ≤ {f} ng/mL and HLA-DR ≥ {h} AB/C; the ImmunoSep evidence does not apply.</source>
        <translation>Unklassifiziert: Ferritin ≤ {f} ng/mL und HLA-DR ≥ {h} AB/C; die ImmunoSep-Evidenz gilt nicht.</translation>
    </message>
    <message>
        <source>Cannot classify: missing or undecidable values, HLA-DR not in AB/C when it is needed, or age &lt; {age} years.</source>
        <translation>Klassifikation nicht möglich: fehlende oder nicht entscheidbare Werte, HLA-DR nicht in AB/C, wenn es benötigt wird, oder Alter &lt; {age} Jahre.</translation>
    </message>
    <message>
        <source>{percent:.1f} %</source>
        <translation>{percent:.1f} %</translation>
    </message>
    <message>
        <source>ImmunoSep cohort summary</source>
        <translation>ImmunoSep-Kohortenübersicht</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Phänotyp-Karte der Kohorte</translation>
    </message>
    <message>
        <source>TRAINING — NOT FOR CLINICAL USE</source>
        <translation>SCHULUNG — NICHT FÜR DEN KLINISCHEN EINSATZ</translation>
    </message>
    <message>
        <source>Training mode: synthetic data, not a patient record. Do not use for treatment decisions.</source>
        <translation>Schulungsmodus: synthetische Daten, keine Patientenakte. Nicht für Therapieentscheidungen verwenden.</translation>
    </message>
    <message>
        <source>End of report</source>
        <translation>Ende des Berichts</translation>
    </message>
    <message>
        <source>Institution / ward not configured</source>
        <translation>Einrichtung / Station nicht konfiguriert</translation>
    </message>
    <message>
        <source>{events}/{total} ({percent:.1f} %)</source>
        <translation>{events}/{total} ({percent:.1f} %)</translation>
    </message>
    <message>
        <source>{point} ({low} to {high})</source>
        <translation>{point} ({low} bis {high})</translation>
    </message>
    <message>
        <source>Safety signals</source>
        <translation>Sicherheitssignale</translation>
    </message>
    <message>
        <source>Notes on this arm</source>
        <translation>Hinweise zu diesem Arm</translation>
    </message>
    <message>
        <source>Deaths, {group}</source>
        <translation>Todesfälle, {group}</translation>
    </message>
    <message>
        <source>Responders, {group}</source>
        <translation>Responder, {group}</translation>
    </message>
    <message>
        <source>Risk difference, points (treated − control)</source>
        <translation>Risikodifferenz, Prozentpunkte (behandelt − Kontrolle)</translation>
    </message>
    <message>
        <source>Trial population</source>
        <translation>Studienpopulation</translation>
    </message>
    <message>
        <source>How this patient may differ from the trial population</source>
        <translation>Wie sich dieser Patient von der Studienpopulation unterscheiden kann</translation>
    </message>
    <message>
        <source>Limits of the evidence</source>
        <translation>Grenzen der Evidenz</translation>
    </message>
    <message>
        <source>ImmunoSep evidence for this phenotype: {drug}</source>
        <translation>ImmunoSep-Evidenz für diesen Phänotyp: {drug}</translation>
    </message>
    <message>
        <source>Mortality</source>
        <translation>Mortalität</translation>
    </message>
    <message>
        <source>Methods of the recomputation: {methods}. A printed figure agrees when it lies within one unit of its last printed digit.</source>
        <translation>Methoden der Nachberechnung: {methods}. Eine gedruckte Zahl gilt als übereinstimmend, wenn sie um höchstens eine Einheit ihrer letzten gedruckten Stelle abweicht.</translation>
    </message>
    <message>
        <source>ImmunoSep evidence</source>
        <translation>ImmunoSep-Evidenz</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO — see note</source>
        <translation>NEIN — siehe Hinweis</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Published (as printed)</source>
        <translation>Veröffentlicht (wie gedruckt)</translation>
    </message>
    <message>
        <source>Recomputed from counts</source>
        <translation>Aus Fallzahlen nachgerechnet</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Stimmt überein</translation>
    </message>
    <message>
        <source>events / patients</source>
        <translation>Ereignisse / Patienten</translation>
    </message>
    <message>
        <source>Odds ratio (95 % CI)</source>
        <translation>Odds Ratio (95-%-KI)</translation>
    </message>
    <message>
        <source>{point:.3f} ({low:.3f} to {high:.3f})</source>
        <translation>{point:.3f} ({low:.3f} bis {high:.3f})</translation>
    </message>
    <message>
        <source>crude OR, Woolf CI</source>
        <translation>rohe OR, Woolf-KI</translation>
    </message>
    <message>
        <source>Risk difference, points (control − treated, as printed)</source>
        <translation>Risikodifferenz, Prozentpunkte (Kontrolle − behandelt, wie gedruckt)</translation>
    </message>
    <message>
        <source>P value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>Fisher exact, two-sided</source>
        <translation>exakter Test nach Fisher, zweiseitig</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Evidence version {version}, cut-off {cutoff}.</source>
        <translation>Evidenzversion {version}, Stichtag {cutoff}.</translation>
    </message>
    <message>
        <source>{point:.2f} ({low:.2f} to {high:.2f})</source>
        <translation>{point:.2f} ({low:.2f} bis {high:.2f})</translation>
    </message>
    <message>
        <source>{option}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD (for example 2026-11-20).</source>
        <translation>{option}: „{value}“ ist kein Datum im Format JJJJ-MM-TT (zum Beispiel 2026-11-20).</translation>
    </message>
    <message>
        <source>--save needs --patient-id ID (the patient identifier used on the ward).</source>
        <translation>--save erfordert --patient-id ID (die auf der Station verwendete Patienten-ID).</translation>
    </message>
    <message>
        <source>--corrects needs --reason TEXT: a correction says why.</source>
        <translation>--corrects erfordert --reason TEXT: Eine Korrektur muss begründet werden.</translation>
    </message>
    <message>
        <source>--reason goes with --corrects RECORD (the record corrected).</source>
        <translation>--reason gehört zu --corrects RECORD (dem korrigierten Eintrag).</translation>
    </message>
    <message>
        <source>--corrects stores a correction: add --save.</source>
        <translation>--corrects speichert eine Korrektur: Fügen Sie --save hinzu.</translation>
    </message>
    <message>
        <source>--assessment-id names where it is stored: add --save.</source>
        <translation>--assessment-id gibt an, wo gespeichert wird: Fügen Sie --save hinzu.</translation>
    </message>
    <message>
        <source>not saved: {reason}</source>
        <translation>nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>--save needs --patient-id ID, the patient identifier used on the ward.</source>
        <translation>--save erfordert --patient-id ID, die auf der Station verwendete Patienten-ID.</translation>
    </message>
    <message>
        <source>not saved (add --save to store it)</source>
        <translation>nicht gespeichert (zum Speichern --save hinzufügen)</translation>
    </message>
    <message>
        <source>--save: not saved: {reason}</source>
        <translation>--save: nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>--sentences needs --out (JSON and the text output always have the sentences).</source>
        <translation>--sentences erfordert --out (JSON und die Textausgabe enthalten die Sätze immer).</translation>
    </message>
    <message>
        <source>--out and --rejected-out must be different files.</source>
        <translation>--out und --rejected-out müssen verschiedene Dateien sein.</translation>
    </message>
    <message>
        <source>--out and --rejected-out must not be the input file.</source>
        <translation>--out und --rejected-out dürfen nicht die Eingabedatei sein.</translation>
    </message>
    <message>
        <source>{option} {path}: the output file must end in .csv or .xlsx.</source>
        <translation>{option} {path}: Die Ausgabedatei muss auf .csv oder .xlsx enden.</translation>
    </message>
    <message>
        <source>{option} {path} already exists; use --force to replace it.</source>
        <translation>{option} {path} existiert bereits; verwenden Sie --force, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>{option} {path}: the folder does not exist.</source>
        <translation>{option} {path}: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>not written: {reason}.</source>
        <translation>nicht geschrieben: {reason}.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>Read as: {kind}, wide layout</source>
        <translation>Gelesen als: {kind}, breites Layout</translation>
    </message>
    <message>
        <source>Read as: {kind}, long layout</source>
        <translation>Gelesen als: {kind}, langes Layout</translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Row {rows}.</extracomment>
        <translation>
            <numerusform>Zeile {rows}</numerusform>
            <numerusform>Zeilen {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>Phenotypes: {counts}</source>
        <translation>Phänotypen: {counts}</translation>
    </message>
    <message>
        <source>Rule set {ruleset}, trial {registry}:</source>
        <translation>Regelwerk {ruleset}, Studie {registry}:</translation>
    </message>
    <message numerus="yes">
        <source>{n} data rows read.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} data row read..</extracomment>
        <translation>
            <numerusform>{n} Datenzeile gelesen.</numerusform>
            <numerusform>{n} Datenzeilen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Classified: {classified}; cannot classify: {cannot_classify}; rejected: {rejected}; assessments: {assessments}; blank rows skipped: {blank}</source>
        <translation>Klassifiziert: {classified}; Klassifikation nicht möglich: {cannot_classify}; abgelehnt: {rejected}; Beurteilungen: {assessments}; leere Zeilen übersprungen: {blank}</translation>
    </message>
    <message numerus="yes">
        <source>{n} results read.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} result read..</extracomment>
        <translation>
            <numerusform>{n} Ergebnis gelesen.</numerusform>
            <numerusform>{n} Ergebnisse gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: {messages}; classified: {classified}; cannot classify: {cannot_classify}; in no assessment: {apart} (rejected: {rejected}, ignored: {ignored}, withdrawals: {withdrawals}); assessments: {assessments}</source>
        <translation>Nachrichten: {messages}; klassifiziert: {classified}; Klassifikation nicht möglich: {cannot_classify}; in keiner Beurteilung: {apart} (abgelehnt: {rejected}, ignoriert: {ignored}, Rücknahmen: {withdrawals}); Beurteilungen: {assessments}</translation>
    </message>
    <message>
        <source>Read as: {kind}, {layout}</source>
        <translation>Gelesen als: {kind}, {layout}</translation>
    </message>
    <message>
        <source>Encoding: {encoding}</source>
        <translation>Zeichenkodierung: {encoding}</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>Tabellenblatt: {sheet}</translation>
    </message>
    <message>
        <source>Decimal separator: comma</source>
        <translation>Dezimaltrennzeichen: Komma</translation>
    </message>
    <message>
        <source>Decimal separator: point</source>
        <translation>Dezimaltrennzeichen: Punkt</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>Results written to {file}</source>
        <translation>Ergebnisse geschrieben in {file}</translation>
    </message>
    <message>
        <source>Rejected rows written to {file}</source>
        <translation>Abgelehnte Zeilen geschrieben in {file}</translation>
    </message>
    <message>
        <source>{where}: {patient}: {headline}</source>
        <translation>{where}: {patient}: {headline}</translation>
    </message>
    <message>
        <source>{where}: {patient}: {outcome}</source>
        <translation>{where}: {patient}: {outcome}</translation>
    </message>
    <message>
        <source>{where}: {outcome}</source>
        <translation>{where}: {outcome}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>{phenotype}: {n}</source>
        <translation>{phenotype}: {n}</translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <extracomment>a value given with a command-line option cannot be read: &quot;--ferritin: &lt;why&gt;&quot;</extracomment>
        <translation>{option}: {reason}</translation>
    </message>
    <message>
        <source>--time-format {value} has no time of day; it must include it ({example}).</source>
        <translation>--time-format {value} enthält keine Uhrzeit; die Uhrzeit muss enthalten sein ({example}).</translation>
    </message>
    <message>
        <source>--column {value}: write FIELD=HEADER, e.g. {example}.</source>
        <translation>--column {value}: Schreiben Sie FIELD=HEADER, z. B. {example}.</translation>
    </message>
    <message>
        <source>--column {value}: {field} is not a field; the fields are {fields}.</source>
        <translation>--column {value}: {field} ist kein Feld; die Felder sind {fields}.</translation>
    </message>
    <message>
        <source>--column {field} is given twice; give each field once.</source>
        <translation>--column {field} ist zweimal angegeben; geben Sie jedes Feld nur einmal an.</translation>
    </message>
    <message>
        <source>--delimiter {value} is not a delimiter; give one character or comma, semicolon, tab or pipe.</source>
        <extracomment>comma, semicolon, tab and pipe are the names --delimiter takes: keep them</extracomment>
        <translation>--delimiter {value} ist kein Trennzeichen; geben Sie ein einzelnes Zeichen oder comma, semicolon, tab oder pipe an.</translation>
    </message>
    <message>
        <source>--encoding {value} is not an encoding this app knows; give e.g. utf-8 or cp1252.</source>
        <translation>--encoding {value} ist keine dieser App bekannte Zeichenkodierung; geben Sie z. B. utf-8 oder cp1252 an.</translation>
    </message>
    <message>
        <source>the backup could not be written: {reason}</source>
        <translation>die Sicherung konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose death is recorded.</source>
        <translation>--patient-id ID ist erforderlich: der Patient, dessen Tod erfasst wird.</translation>
    </message>
    <message>
        <source>Saved: death record {id} ({date}).</source>
        <translation>Gespeichert: Todeseintrag {id} ({date}).</translation>
    </message>
    <message>
        <source>--age and --phenotype come from the stored assessment when the checklist is saved; leave them out with --save.</source>
        <translation>--age und --phenotype (Alter und Phänotyp) werden beim Speichern der Checkliste aus der gespeicherten Beurteilung übernommen; lassen Sie sie bei --save weg.</translation>
    </message>
    <message>
        <source>--phenotype: &apos;{value}&apos; is not one of {choices}.</source>
        <translation>--phenotype: „{value}“ ist kein Phänotyp aus {choices}.</translation>
    </message>
    <message>
        <source>--answer: &apos;{value}&apos; does not name a criterion; write KEY=yes, KEY=no or KEY=unknown with a KEY from {help}.</source>
        <extracomment>yes, no and unknown are the answers --answer takes: keep them</extracomment>
        <translation>--answer: „{value}“ bezeichnet kein Kriterium; schreiben Sie KEY=yes, KEY=no oder KEY=unknown mit einem KEY aus {help}.</translation>
    </message>
    <message>
        <source>--answer: &apos;{value}&apos; is not answered yes, no or unknown.</source>
        <extracomment>yes, no and unknown are the answers --answer takes: keep them</extracomment>
        <translation>--answer: „{value}“ ist nicht mit yes, no oder unknown beantwortet.</translation>
    </message>
    <message>
        <source>--answer: {key} is answered twice; keep one answer.</source>
        <translation>--answer: {key} ist zweimal beantwortet; behalten Sie nur eine Antwort.</translation>
    </message>
    <message>
        <source>Saved: eligibility checklist record {id}, with assessment {assessment}.</source>
        <translation>Gespeichert: Checkliste der Studieneignung, Eintrag {id}, mit Beurteilung {assessment}.</translation>
    </message>
    <message>
        <source>{name}: {citation}</source>
        <translation>{name}: {citation}</translation>
    </message>
    <message>
        <source>doi:{doi}  {registry}  evidence version {version}</source>
        <translation>doi:{doi}  {registry}  Evidenzversion {version}</translation>
    </message>
    <message>
        <source>Methods: {methods}.</source>
        <translation>Methoden: {methods}.</translation>
    </message>
    <message>
        <source>Published figures agree when within one unit of their last printed digit.</source>
        <translation>Veröffentlichte Zahlen gelten als übereinstimmend, wenn sie um höchstens eine Einheit ihrer letzten gedruckten Stelle abweichen.</translation>
    </message>
    <message>
        <source>Known discrepancies in the publication and in circulating summaries:</source>
        <translation>Bekannte Unstimmigkeiten in der Publikation und in verbreiteten Zusammenfassungen:</translation>
    </message>
    <message>
        <source>{label}: {treated} {treated_events}/{treated_total} vs {control} {control_events}/{control_total}</source>
        <translation>{label}: {treated} {treated_events}/{treated_total} vs. {control} {control_events}/{control_total}</translation>
    </message>
    <message>
        <source>NO</source>
        <extracomment>a published figure disagrees with its recomputation (capitals: it must stand out)</extracomment>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>comparison / figure</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>Vergleich / Kennzahl</translation>
    </message>
    <message>
        <source>published</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>recomputed</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>nachgerechnet</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>p value (Fisher exact)</source>
        <translation>p-Wert (exakter Fisher-Test)</translation>
    </message>
    <message>
        <source>odds ratio (Woolf CI)</source>
        <translation>Odds Ratio (KI nach Woolf)</translation>
    </message>
    <message>
        <source>{figure} [printed as control − treated]</source>
        <translation>{figure} [gedruckt als Kontrolle − behandelt]</translation>
    </message>
    <message>
        <source>risk difference, pp (Newcombe CI)</source>
        <translation>Risikodifferenz, %-Punkte (KI nach Newcombe)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {n} assessments of patient {patient} as a FHIR R4 Bundle.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Wrote {path}: {n} assessment of patient {patient} as a FHIR R4 Bundle..</extracomment>
        <translation>
            <numerusform>{path} geschrieben: {n} Beurteilung von Patient {patient} als FHIR-R4-Bundle.</numerusform>
            <numerusform>{path} geschrieben: {n} Beurteilungen von Patient {patient} als FHIR-R4-Bundle.</numerusform>
        </translation>
    </message>
    <message>
        <source>--patient-id: a patient identifier is needed</source>
        <translation>--patient-id: eine Patienten-ID ist erforderlich</translation>
    </message>
    <message>
        <source>--out: {path} exists; add --force to replace it</source>
        <translation>--out: {path} existiert; fügen Sie --force hinzu, um die Datei zu ersetzen</translation>
    </message>
    <message>
        <source>--out: {path} is not a regular file</source>
        <translation>--out: {path} ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>--out: {path} cannot be written ({reason})</source>
        <translation>--out: {path} kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>--pdf: {path} cannot be read ({reason})</source>
        <translation>--pdf: {path} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>no stored assessments for patient {patient}; nothing written</source>
        <translation>keine gespeicherten Beurteilungen für Patient {patient}; nichts geschrieben</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>keine Werte</translation>
    </message>
    <message>
        <source>#{id}  {when} (sampled)  {result}  ({values}; rule set {ruleset})</source>
        <translation>#{id}  {when} (entnommen)  {result}  ({values}; Regelwerk {ruleset})</translation>
    </message>
    <message>
        <source>#{id}  {when} (assessed)  {result}  ({values}; rule set {ruleset})</source>
        <translation>#{id}  {when} (beurteilt)  {result}  ({values}; Regelwerk {ruleset})</translation>
    </message>
    <message>
        <source>{entry} [{notes}]</source>
        <extracomment>a stored assessment&apos;s line followed by its corrections / entered-in-error marks</extracomment>
        <translation>{entry} [{notes}]</translation>
    </message>
    <message>
        <source>No stored assessments for patient {patient}.</source>
        <translation>Keine gespeicherten Beurteilungen für Patient {patient}.</translation>
    </message>
    <message numerus="yes">
        <source>Patient {patient}: {n} assessments, oldest first</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Patient {patient}: {n} assessment, oldest first.</extracomment>
        <translation>
            <numerusform>Patient {patient}: {n} Beurteilung, älteste zuerst</numerusform>
            <numerusform>Patient {patient}: {n} Beurteilungen, älteste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>ferritin {value} {unit}</source>
        <translation>Ferritin {value} {unit}</translation>
    </message>
    <message>
        <source>HLA-DR {value} {unit}</source>
        <translation>HLA-DR {value} {unit}</translation>
    </message>
    <message>
        <source>Saved: HScore record {id}, with assessment {assessment}.</source>
        <translation>Gespeichert: HScore-Eintrag {id}, mit Beurteilung {assessment}.</translation>
    </message>
    <message>
        <source>Files stored: {files} (assessments: {n}); moved to failed/: {failed}.</source>
        <translation>Gespeicherte Dateien: {files} (Beurteilungen: {n}); nach failed/ verschoben: {failed}.</translation>
    </message>
    <message>
        <source>Report written: {path} ({phenotype})</source>
        <translation>Bericht geschrieben: {path} ({phenotype})</translation>
    </message>
    <message>
        <source>--patient-id: a patient identifier is needed on the report</source>
        <translation>--patient-id: für den Bericht ist eine Patienten-ID erforderlich</translation>
    </message>
    <message>
        <source>--patient-id: training reports use synthetic identifiers of the form DEMO-nnn, never a real patient&apos;s</source>
        <translation>--patient-id: Schulungsberichte verwenden synthetische IDs der Form DEMO-nnn, niemals die eines echten Patienten</translation>
    </message>
    <message>
        <source>--patient-id: DEMO-nnn identifiers are reserved for training; add --demo</source>
        <translation>--patient-id: IDs der Form DEMO-nnn sind der Schulung vorbehalten; fügen Sie --demo hinzu</translation>
    </message>
    <message>
        <source>--case needs --demo (training cases are synthetic)</source>
        <translation>--case erfordert --demo (Schulungsfälle sind synthetisch)</translation>
    </message>
    <message>
        <source>--case takes its values from the training case; drop {option}</source>
        <translation>--case übernimmt seine Werte aus dem Schulungsfall; lassen Sie {option} weg</translation>
    </message>
    <message>
        <source>--case: no training case {case}; see {command}</source>
        <translation>--case: kein Schulungsfall {case}; siehe {command}</translation>
    </message>
    <message>
        <source>--out: {path} exists; not overwritten (use --force to replace it)</source>
        <translation>--out: {path} existiert; nicht überschrieben (verwenden Sie --force, um die Datei zu ersetzen)</translation>
    </message>
    <message>
        <source>--out: cannot write {path}: {reason}</source>
        <translation>--out: {path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>--birth-date: {reason}</source>
        <translation>--birth-date: {reason}</translation>
    </message>
    <message>
        <source>not written</source>
        <extracomment>in place of a file name: the file was not written</extracomment>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>Index: {path}</source>
        <translation>Verzeichnis: {path}</translation>
    </message>
    <message>
        <source>Cohort summary: {path}</source>
        <translation>Kohortenübersicht: {path}</translation>
    </message>
    <message>
        <source>All reports in one file (to print): {path}</source>
        <translation>Alle Berichte in einer Datei (zum Drucken): {path}</translation>
    </message>
    <message>
        <source>--workers must be at least 1</source>
        <translation>--workers muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: {rejected}; not done (cancelled): {cancelled}</source>
        <translation>Zeilen: {total}; Berichte geschrieben: {written}; fehlgeschlagen: {failed}; beim Import abgelehnt: {rejected}; nicht erledigt (abgebrochen): {cancelled}</translation>
    </message>
    <message>
        <source>Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: {rejected}</source>
        <translation>Zeilen: {total}; Berichte geschrieben: {written}; fehlgeschlagen: {failed}; beim Import abgelehnt: {rejected}</translation>
    </message>
    <message>
        <source>Reports: {percent} %</source>
        <translation>Berichte: {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>--out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use --force or an empty folder</source>
        <comment>plural</comment>
        <extracomment>Singular (English): --out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use --force or an empty folder. English keeps &quot;file(s)&quot; in both forms (scripts read the line); word each properly</extracomment>
        <translation>
            <numerusform>--out-dir: {n} Datei, die dieser Stapellauf schreiben würde, existiert bereits (z. B. {file}); verwenden Sie --force oder einen leeren Ordner</numerusform>
            <numerusform>--out-dir: {n} Dateien, die dieser Stapellauf schreiben würde, existieren bereits (z. B. {file}); verwenden Sie --force oder einen leeren Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>--out-dir: cannot write to {path}: {reason}</source>
        <translation>--out-dir: In {path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>row {row}: {outcome}: {reason}</source>
        <translation>Zeile {row}: {outcome}: {reason}</translation>
    </message>
    <message>
        <source>two stored SOFA values share one day; mark one entered in error (&apos;immunosep score-records --mark-in-error&apos;).</source>
        <translation>Zwei gespeicherte SOFA-Werte haben denselben Tag; markieren Sie einen als Fehleingabe („immunosep score-records --mark-in-error“).</translation>
    </message>
    <message>
        <source>a stored SOFA total is outside 0 to 24.</source>
        <translation>Eine gespeicherte SOFA-Summe liegt außerhalb von 0 bis 24.</translation>
    </message>
    <message>
        <source>a stored SOFA rests on an impossible number of organ systems.</source>
        <translation>Ein gespeicherter SOFA beruht auf einer unmöglichen Anzahl von Organsystemen.</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose SOFA course is read.</source>
        <translation>--patient-id ID ist erforderlich: der Patient, dessen SOFA-Verlauf gelesen wird.</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose records are listed.</source>
        <translation>--patient-id ID ist erforderlich: der Patient, dessen Einträge aufgelistet werden.</translation>
    </message>
    <message>
        <source>--mark-in-error: &apos;{kind}&apos; is not a kind of score record; use one of {kinds}.</source>
        <translation>--mark-in-error: „{kind}“ ist keine Art von Score-Eintrag; verwenden Sie eine der Arten {kinds}.</translation>
    </message>
    <message>
        <source>--mark-in-error: &apos;{value}&apos; is not a record id (a whole number, as listed by this command).</source>
        <translation>--mark-in-error: „{value}“ ist keine Eintrags-ID (eine ganze Zahl, wie von diesem Befehl aufgelistet).</translation>
    </message>
    <message>
        <source>--mark-in-error needs --reason TEXT: a mark says why.</source>
        <translation>--mark-in-error erfordert --reason TEXT: Eine Markierung muss begründet werden.</translation>
    </message>
    <message>
        <source>--reason goes with --mark-in-error KIND RECORD.</source>
        <translation>--reason gehört zu --mark-in-error KIND RECORD.</translation>
    </message>
    <message>
        <source>--day: &apos;{value}&apos; is not a study day (day 1 is the day of phenotyping); give a whole number of {low} or more.</source>
        <translation>--day: „{value}“ ist kein Studientag (Tag 1 ist der Tag der Phänotypisierung); geben Sie eine ganze Zahl ab {low} an.</translation>
    </message>
    <message>
        <source>--total: &apos;{value}&apos; is not a SOFA total; give a whole number from {low} to {high}.</source>
        <translation>--total: „{value}“ ist keine SOFA-Summe; geben Sie eine ganze Zahl von {low} bis {high} an.</translation>
    </message>
    <message>
        <source>--components: &apos;{value}&apos; is not a number of organ systems; give a whole number from {low} to {high}.</source>
        <translation>--components: „{value}“ ist keine Anzahl von Organsystemen; geben Sie eine ganze Zahl von {low} bis {high} an.</translation>
    </message>
    <message>
        <source>--day and --date place a stored SOFA: add --patient-id ID --save.</source>
        <translation>--day und --date ordnen einen gespeicherten SOFA zeitlich ein: Fügen Sie --patient-id ID --save hinzu.</translation>
    </message>
    <message>
        <source>--total is a value to store: add --patient-id ID --save.</source>
        <translation>--total ist ein zu speichernder Wert: Fügen Sie --patient-id ID --save hinzu.</translation>
    </message>
    <message>
        <source>--total: give either a total or the calculator&apos;s values ({options}), not both.</source>
        <translation>--total: Geben Sie entweder eine Summe oder die Werte des Rechners ({options}) an, nicht beides.</translation>
    </message>
    <message>
        <source>--components goes with --total (the organ systems a typed total rests on).</source>
        <translation>--components gehört zu --total (die Organsysteme, auf denen eine eingegebene Summe beruht).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>no ferritin or HLA-DR column and no test/value columns were recognised; name them with --column FIELD=HEADER</source>
        <translation>keine Spalte für Ferritin oder HLA-DR und keine Spalten für Test und Wert erkannt; benennen Sie sie mit --column FIELD=HEADER</translation>
    </message>
    <message>
        <source>the file has both ferritin/HLA-DR columns and test/value columns; choose the layout</source>
        <translation>Die Datei hat sowohl Spalten für Ferritin/HLA-DR als auch Spalten für Test und Wert; wählen Sie das Layout</translation>
    </message>
    <message>
        <source>unknown field {field!r}; fields are: {fields}</source>
        <translation>unbekanntes Feld {field!r}; die Felder sind: {fields}</translation>
    </message>
    <message>
        <source>no column is headed {header!r} (for {field}); the columns are: {columns}</source>
        <translation>keine Spalte hat die Überschrift {header!r} (für {field}); die Spalten sind: {columns}</translation>
    </message>
    <message>
        <source>{count} columns are headed {header!r}; rename one in the file</source>
        <translation>{count} Spalten haben die Überschrift {header!r}; benennen Sie eine davon in der Datei um</translation>
    </message>
    <message>
        <source>columns {first!r} and {second!r} could both be {field}; choose one (--column {field}=HEADER)</source>
        <translation>Die Spalten {first!r} und {second!r} könnten beide {field} sein; wählen Sie eine aus (--column {field}=HEADER)</translation>
    </message>
    <message>
        <source>columns {columns} could all be {field}; choose one (--column {field}=HEADER)</source>
        <translation>Die Spalten {columns} könnten alle {field} sein; wählen Sie eine aus (--column {field}=HEADER)</translation>
    </message>
    <message>
        <source>{field} is not used in {layout} layout</source>
        <translation>{field} wird im Layout {layout} nicht verwendet</translation>
    </message>
    <message>
        <source>no {name} column found; name it with --column {field}=HEADER (columns: {columns})</source>
        <translation>keine Spalte für {name} gefunden; benennen Sie sie mit --column {field}=HEADER (Spalten: {columns})</translation>
    </message>
    <message>
        <source>layout must be &apos;wide&apos; or &apos;long&apos;, not {layout!r}</source>
        <translation>Das Layout muss &apos;wide&apos; oder &apos;long&apos; sein, nicht {layout!r}</translation>
    </message>
    <message>
        <source>wide layout needs a ferritin or HLA-DR column (--column ferritin=HEADER)</source>
        <translation>Das breite Layout erfordert eine Spalte für Ferritin oder HLA-DR (--column ferritin=HEADER)</translation>
    </message>
    <message>
        <source>long layout needs a test (name or LOINC code) and a value column (--column test=HEADER --column value=HEADER)</source>
        <translation>Das lange Layout erfordert eine Spalte für den Test (Name oder LOINC-Code) und eine Spalte für den Wert (--column test=HEADER --column value=HEADER)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>{file} contains no rows</source>
        <translation>{file} enthält keine Zeilen</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes: it is not a text export (or UTF-16 without byte-order mark: give the encoding)</source>
        <translation>{file} enthält NUL-Bytes: Die Datei ist kein Textexport (oder UTF-16 ohne Byte-Order-Mark: Geben Sie die Zeichenkodierung an)</translation>
    </message>
    <message>
        <source>{file} mixes encodings: line {utf8_line} is UTF-8 but line {other_line} is not; save the file again in one encoding, or give the encoding if you know it</source>
        <translation>{file} mischt Zeichenkodierungen: Zeile {utf8_line} ist UTF-8, Zeile {other_line} jedoch nicht; speichern Sie die Datei erneut in einer einzigen Zeichenkodierung oder geben Sie die Zeichenkodierung an, falls Sie sie kennen</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252; give the encoding (e.g. latin-1)</source>
        <translation>{file} ist weder UTF-8 noch Windows-1252; geben Sie die Zeichenkodierung an (z. B. latin-1)</translation>
    </message>
    <message>
        <source>{file}: no delimiter (comma, semicolon, tab, pipe) splits the header into columns; give the delimiter</source>
        <translation>{file}: Kein Trennzeichen (Komma, Semikolon, Tabulator, senkrechter Strich) teilt die Kopfzeile in Spalten; geben Sie das Trennzeichen an</translation>
    </message>
    <message>
        <source>{file}: both {first} and {second} could be the delimiter; give the delimiter</source>
        <translation>{file}: Sowohl {first} als auch {second} könnten das Trennzeichen sein; geben Sie das Trennzeichen an</translation>
    </message>
    <message>
        <source>{file} starts with a {encoding} byte-order mark but byte {byte} is not valid {encoding}</source>
        <translation>{file} beginnt mit der Byte-Order-Mark von {encoding}, aber Byte {byte} ist kein gültiges {encoding}</translation>
    </message>
    <message>
        <source>delimiter must be one character, got {delimiter!r}</source>
        <translation>Das Trennzeichen muss ein einzelnes Zeichen sein, angegeben wurde {delimiter!r}</translation>
    </message>
    <message>
        <source>{file}, line {line}: malformed CSV ({error}); fix the file and import again</source>
        <translation>{file}, Zeile {line}: fehlerhaftes CSV ({error}); korrigieren Sie die Datei und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>unknown encoding {encoding!r}</source>
        <translation>unbekannte Zeichenkodierung {encoding!r}</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} (byte {byte} cannot be decoded); check the encoding</source>
        <translation>{file} ist kein gültiges {encoding} (Byte {byte} kann nicht dekodiert werden); prüfen Sie die Zeichenkodierung</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{file}: the quoted cell that starts on line {line} is never closed (unmatched quote); fix the file and import again</source>
        <translation>{file}: Die Zelle in Anführungszeichen, die in Zeile {line} beginnt, wird nie geschlossen (schließendes Anführungszeichen fehlt); korrigieren Sie die Datei und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet!r} is empty</source>
        <translation>{file}: Das Tabellenblatt {sheet!r} ist leer</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({error}); save it again from the spreadsheet program</source>
        <translation>{file} kann nicht als Tabellenkalkulationsdatei gelesen werden ({error}); speichern Sie die Datei erneut aus dem Tabellenkalkulationsprogramm</translation>
    </message>
    <message>
        <source>{file} has no worksheet</source>
        <translation>{file} enthält kein Tabellenblatt</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet!r}; sheets: {sheets}</source>
        <translation>{file} enthält kein Tabellenblatt namens {sheet!r}; Tabellenblätter: {sheets}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet!r} cannot be read ({error})</source>
        <translation>{file}, Tabellenblatt {sheet!r} kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{file}: FHIR JSON must be UTF-8 and this file is not</source>
        <translation>{file}: FHIR-JSON muss UTF-8 sein, und diese Datei ist es nicht</translation>
    </message>
    <message>
        <source>{file}: the key &apos;{key}&apos; appears twice in one JSON object; which one holds is undefined, so the file is not read</source>
        <translation>{file}: Der Schlüssel „{key}“ kommt in einem JSON-Objekt zweimal vor; welcher gilt, ist undefiniert, daher wird die Datei nicht gelesen</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {detail})</source>
        <translation>{file}: kein gültiges JSON (Zeile {line}, Spalte {column}: {detail})</translation>
    </message>
    <message>
        <source>{file}: JSON nested too deeply</source>
        <translation>{file}: JSON zu tief verschachtelt</translation>
    </message>
    <message>
        <source>{file}: not a FHIR resource; a Bundle or an Observation is needed</source>
        <translation>{file}: keine FHIR-Ressource; benötigt wird ein Bundle oder eine Observation</translation>
    </message>
    <message>
        <source>{file}: Bundle.entry must be a list of objects</source>
        <translation>{file}: Bundle.entry muss eine Liste von Objekten sein</translation>
    </message>
    <message>
        <source>{file}: not a valid FHIR R4 Bundle: {problems}</source>
        <translation>{file}: kein gültiges FHIR-R4-Bundle: {problems}</translation>
    </message>
    <message>
        <source>{file}: a {kind} resource; a Bundle or an Observation is needed</source>
        <translation>{file}: eine {kind}-Ressource; benötigt wird ein Bundle oder eine Observation</translation>
    </message>
    <message>
        <source>{file}: the file contains NUL bytes (binary, or UTF-16 text); HL7 v2 files are 8-bit text</source>
        <translation>{file}: Die Datei enthält NUL-Bytes (binär oder UTF-16-Text); HL7-v2-Dateien sind 8-Bit-Text</translation>
    </message>
    <message>
        <source>{file}: the file holds no HL7 segments</source>
        <translation>{file}: Die Datei enthält keine HL7-Segmente</translation>
    </message>
    <message>
        <source>{file}: no HL7 message (MSH segment) in the file</source>
        <translation>{file}: keine HL7-Nachricht (MSH-Segment) in der Datei</translation>
    </message>
    <message>
        <source>{file} is not a valid spreadsheet (damaged zip container); save it again from the spreadsheet program</source>
        <translation>{file} ist keine gültige Tabellenkalkulationsdatei (beschädigter ZIP-Container); speichern Sie die Datei erneut aus dem Tabellenkalkulationsprogramm</translation>
    </message>
    <message>
        <source>{file} cannot be unpacked ({error})</source>
        <translation>{file} kann nicht entpackt werden ({error})</translation>
    </message>
    <message>
        <source>{file} is not an Excel or OpenDocument spreadsheet (XLSX, XLSM, XLSB, XLS, ODS)</source>
        <translation>{file} ist keine Excel- oder OpenDocument-Tabellenkalkulationsdatei (XLSX, XLSM, XLSB, XLS, ODS)</translation>
    </message>
    <message>
        <source>{file}: is not a file</source>
        <translation>{file}: ist keine Datei</translation>
    </message>
    <message>
        <source>{file} is {size} MB; files over {limit} MB are not imported (split the export or raise the limit)</source>
        <translation>{file} ist {size} MB groß; Dateien über {limit} MB werden nicht importiert (teilen Sie den Export auf oder erhöhen Sie das Limit)</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} ist leer</translation>
    </message>
    <message>
        <source>{file}: file not found.</source>
        <translation>{file}: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>{file}: cannot be opened ({error})</source>
        <translation>{file}: kann nicht geöffnet werden ({error})</translation>
    </message>
    <message>
        <source>{file} contains {parts} parts; this is not a normal spreadsheet</source>
        <translation>{file} enthält {parts} Teile; das ist keine normale Tabellenkalkulationsdatei</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB; over the limit of {limit} MB</source>
        <translation>{file} ist entpackt {size} MB groß; das überschreitet das Limit von {limit} MB</translation>
    </message>
    <message>
        <source>{file}: part {part!r} is compressed {ratio}:1; refused as a possible zip bomb</source>
        <translation>{file}: Teil {part!r} ist im Verhältnis {ratio}:1 komprimiert; als mögliche ZIP-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>{file}: part {part!r} declares XML entities (DOCTYPE); refused (billion-laughs protection)</source>
        <translation>{file}: Teil {part!r} deklariert XML-Entitäten (DOCTYPE); abgelehnt (Schutz vor Billion-Laughs-Angriffen)</translation>
    </message>
    <message>
        <source>{options} cannot be used with a {format} file: its messages carry their own units, numbers and times</source>
        <translation>{options}: mit einer Datei im Format {format} nicht verwendbar, denn deren Nachrichten enthalten eigene Einheiten, Zahlen und Zeitangaben</translation>
    </message>
    <message>
        <source>{file}: the header has {width} columns; more than {limit} are not read (is this a laboratory export?)</source>
        <translation>{file}: Die Kopfzeile hat {width} Spalten; mehr als {limit} werden nicht gelesen (ist dies ein Laborexport?)</translation>
    </message>
    <message>
        <source>more than {limit} data rows; split the export or raise the row limit</source>
        <translation>mehr als {limit} Datenzeilen; teilen Sie den Export auf oder erhöhen Sie das Zeilenlimit</translation>
    </message>
    <message>
        <source>format must be one of {formats}, not {format!r}</source>
        <translation>Das Format muss eines von {formats} sein, nicht {format!r}</translation>
    </message>
    <message>
        <source>{file}: the spreadsheet reader ran out of memory; the sheet is too large to read (export it as CSV)</source>
        <translation>{file}: Dem Tabellenleser ist der Arbeitsspeicher ausgegangen; das Tabellenblatt ist zu groß zum Lesen (exportieren Sie es als CSV)</translation>
    </message>
    <message>
        <source>a worksheet part is not XML</source>
        <translation>Ein Tabellenblatt-Teil der Datei ist kein XML</translation>
    </message>
    <message>
        <source>{file}: the spreadsheet reader stopped (exit status {status}) before it could read the sheet: the sheet is too large or damaged; save it again from the spreadsheet program, or export it as CSV</source>
        <translation>{file}: Der Tabellenleser wurde beendet (Exit-Status {status}), bevor er das Tabellenblatt lesen konnte: Das Tabellenblatt ist zu groß oder beschädigt; speichern Sie die Datei erneut aus dem Tabellenkalkulationsprogramm oder exportieren Sie sie als CSV</translation>
    </message>
    <message>
        <source>{file}: a worksheet ({part}) reaches cell {cell} ({rows} rows × {cols} columns); sheets wider than {max_cols} columns or larger than {max_cells} cells are not read (delete the far cells or export only the results)</source>
        <translation>{file}: Ein Tabellenblatt ({part}) reicht bis Zelle {cell} ({rows} Zeilen × {cols} Spalten); Tabellenblätter mit mehr als {max_cols} Spalten oder mehr als {max_cells} Zellen werden nicht gelesen (löschen Sie die weit außen liegenden Zellen oder exportieren Sie nur die Ergebnisse)</translation>
    </message>
    <message>
        <source>the time format must include the time of day (%H:%M)</source>
        <translation>Das Zeitformat muss die Uhrzeit enthalten (%H:%M)</translation>
    </message>
    <message>
        <source>Newcombe hybrid score</source>
        <translation>Newcombe-Hybrid-Score</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence does not apply to this patient.</source>
        <translation>Die ImmunoSep-Evidenz gilt für diesen Patienten nicht.</translation>
    </message>
    <message>
        <source>Patient history — ImmunoSep phenotypes</source>
        <translation>Patientenverlauf — ImmunoSep-Phänotypen</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Patient: {patient}</translation>
    </message>
    <message>
        <source>ImmunoSep Phenotyper {version}</source>
        <translation>ImmunoSep Phenotyper {version}</translation>
    </message>
    <message>
        <source>Generated {when}</source>
        <translation>Erstellt am {when}</translation>
    </message>
    <message>
        <source>Patient history</source>
        <translation>Patientenverlauf</translation>
    </message>
    <message>
        <source>Patient identifier (as entered):</source>
        <translation>Patienten-ID (wie eingegeben):</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>{change} ({when})</source>
        <translation>{change} ({when})</translation>
    </message>
    <message>
        <source>Phenotype changes: {changes}</source>
        <translation>Phänotypwechsel: {changes}</translation>
    </message>
    <message>
        <source>Markers: triangle MALS, square immunoparalysis, circle unclassified, cross cannot classify; open markers are censored values at their bound. Dashed lines: entry thresholds (ferritin 4420 ng/mL, HLA-DR 5000 AB/C). Only current versions are drawn.</source>
        <translation>Symbole: Dreieck MALS, Quadrat Immunparalyse, Kreis unklassifiziert, Kreuz Klassifikation nicht möglich; offene Symbole sind zensierte Werte an ihrer Grenze. Gestrichelte Linien: Einschlussgrenzwerte (Ferritin 4420 ng/mL, HLA-DR 5000 AB/C). Nur aktuelle Versionen werden gezeichnet.</translation>
    </message>
    <message>
        <source>Decision support only: the treating clinician decides.</source>
        <translation>Nur zur Entscheidungsunterstützung: Die Entscheidung trifft das behandelnde ärztliche Team.</translation>
    </message>
    <message>
        <source>Ferritin, ng/mL (logarithmic scale)</source>
        <translation>Ferritin, ng/mL (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR, AB/C</source>
        <translation>Monozytäres HLA-DR, AB/C</translation>
    </message>
    <message>
        <source>No values to draw: no current assessment has ferritin or HLA-DR in AB/C.</source>
        <translation>Keine Werte zum Zeichnen: Keine aktuelle Beurteilung enthält Ferritin oder HLA-DR in AB/C.</translation>
    </message>
    <message>
        <source>Daily SOFA and the day-9 measure (day 1 = {date}, the day of phenotyping)</source>
        <translation>Täglicher SOFA und Tag-9-Messgröße (Tag 1 = {date}, der Tag der Phänotypisierung)</translation>
    </message>
    <message>
        <source>No stored assessments.</source>
        <translation>Keine gespeicherten Beurteilungen.</translation>
    </message>
    <message>
        <source>Sampled (or assessed)</source>
        <translation>Entnommen (oder beurteilt)</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>{when} ({basis})</source>
        <translation>{when} ({basis})</translation>
    </message>
    <message>
        <source>The {n} oldest assessments are not shown; the window lists them all.</source>
        <translation>Die {n} ältesten Beurteilungen sind nicht aufgeführt; das Fenster zeigt sie alle.</translation>
    </message>
    <message>
        <source>The stored scores (eligibility, daily SOFA, HScore) could not be read and are not printed: {reason}</source>
        <translation>Die gespeicherten Scores (Studieneignung, täglicher SOFA, HScore) konnten nicht gelesen werden und werden nicht gedruckt: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>entnommen</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>beurteilt</translation>
    </message>
    <message>
        <source>{text!r} is not a date of the form YYYY-MM-DD (e.g. 1958-03-14); other forms are ambiguous and never guessed</source>
        <translation>{text!r} ist kein Datum im Format JJJJ-MM-TT (z. B. 1958-03-14); andere Schreibweisen sind mehrdeutig und werden nie erraten</translation>
    </message>
    <message>
        <source>Not a diagnosis and not a prescription: check every value against the laboratory report.</source>
        <translation>Keine Diagnose und keine Verordnung: Prüfen Sie jeden Wert anhand des Laborbefunds.</translation>
    </message>
    <message>
        <source>NEAR THRESHOLD</source>
        <translation>NAHE AM GRENZWERT</translation>
    </message>
    <message>
        <source>{sampled}; processed {processed}</source>
        <translation>{sampled}; verarbeitet {processed}</translation>
    </message>
    <message>
        <source>PROVISIONAL: day {day} of 9.</source>
        <translation>VORLÄUFIG: Tag {day} von 9.</translation>
    </message>
    <message>
        <source>Final.</source>
        <translation>Endgültig.</translation>
    </message>
    <message>
        <source>* missing day: the last value carried forward; ° not over yet: carried forward for now; † from the day of death: counted 24.</source>
        <translation>* fehlender Tag: letzter Wert fortgeschrieben; ° noch nicht vorbei: vorerst fortgeschrieben; † ab dem Todestag: mit 24 gezählt.</translation>
    </message>
    <message>
        <source>Study day</source>
        <translation>Studientag</translation>
    </message>
    <message>
        <source>The file changed while it was being read (is it still being written?); open it again when it is complete.</source>
        <translation>Die Datei hat sich während des Lesens geändert (wird sie noch geschrieben?); öffnen Sie sie erneut, wenn sie vollständig ist.</translation>
    </message>
    <message>
        <source>there is no stored assessment to export for this patient</source>
        <translation>Für diesen Patienten ist keine gespeicherte Beurteilung zum Exportieren vorhanden</translation>
    </message>
    <message>
        <source>the export is not valid FHIR R4: {problems}</source>
        <translation>Der Export ist nicht gültig nach FHIR R4: {problems}</translation>
    </message>
    <message>
        <source>a patient identifier is needed</source>
        <translation>Eine Patienten-ID ist erforderlich</translation>
    </message>
    <message>
        <source>the report to attach is not a PDF file</source>
        <translation>Der anzuhängende Bericht ist keine PDF-Datei</translation>
    </message>
    <message>
        <source>the PDF has no current assessment to belong to</source>
        <translation>Für das PDF gibt es keine aktuelle Beurteilung, zu der es gehören kann</translation>
    </message>
    <message>
        <source>This cohort was classified with another rule set; import the file again.</source>
        <translation>Diese Kohorte wurde mit einem anderen Regelwerk klassifiziert; importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The file is neither an HL7 v2 nor a FHIR JSON file; the inbox reads laboratory messages only.</source>
        <translation>Die Datei ist weder eine HL7-v2- noch eine FHIR-JSON-Datei; der Posteingang liest nur Labornachrichten.</translation>
    </message>
    <message>
        <source>Another inbox runner is working on {folder}; this pass was skipped.</source>
        <translation>Ein anderer Posteingangs-Prozess bearbeitet {folder}; dieser Durchlauf wurde übersprungen.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} cannot be used: {error}.</source>
        <translation>Der Eingangsordner {folder} kann nicht verwendet werden: {error}.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>Die Datei kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>Not stored: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>A reason is needed to correct an assessment.</source>
        <translation>Für die Korrektur einer Beurteilung ist eine Begründung erforderlich.</translation>
    </message>
    <message>
        <source>Assessment #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Beurteilung #{id} wurde bereits durch #{newer} korrigiert; korrigieren Sie die neueste Version.</translation>
    </message>
    <message>
        <source>An imported row was classified with another rule set; import the file again.</source>
        <translation>Eine importierte Zeile wurde mit einem anderen Regelwerk klassifiziert; importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <source>report failed</source>
        <translation>Bericht fehlgeschlagen</translation>
    </message>
    <message>
        <source>rejected at import</source>
        <translation>beim Import abgelehnt</translation>
    </message>
    <message>
        <source>not done: cancelled</source>
        <translation>nicht erledigt: abgebrochen</translation>
    </message>
    <message>
        <source>cohort summary not written: {kind}</source>
        <translation>Kohortenübersicht nicht geschrieben: {kind}</translation>
    </message>
    <message>
        <source>{file} not written: {kind}</source>
        <translation>{file} nicht geschrieben: {kind}</translation>
    </message>
    <message>
        <source>This patient has no saved assessment yet; save the assessment first (the checklist is stored with it).</source>
        <translation>Für diesen Patienten ist noch keine Beurteilung gespeichert; speichern Sie zuerst die Beurteilung (die Checkliste wird zusammen mit ihr gespeichert).</translation>
    </message>
    <message>
        <source>This patient has no saved assessment yet; save the assessment first (the HScore is stored with it).</source>
        <translation>Für diesen Patienten ist noch keine Beurteilung gespeichert; speichern Sie zuerst die Beurteilung (der HScore wird zusammen mit ihr gespeichert).</translation>
    </message>
    <message>
        <source>Day {day} is before day 1, the day of phenotyping.</source>
        <translation>Tag {day} liegt vor Tag 1, dem Tag der Phänotypisierung.</translation>
    </message>
    <message>
        <source>{date} is day {placed} of this patient&apos;s course (day 1 is {day_one}), not day {day}.</source>
        <translation>{date} ist Tag {placed} des Verlaufs dieses Patienten (Tag 1 ist der {day_one}), nicht Tag {day}.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day_one}).</source>
        <translation>{date} liegt vor Tag 1 ({day_one}).</translation>
    </message>
    <message>
        <source>{date} is after today; a SOFA is recorded for a day that has begun.</source>
        <translation>{date} liegt nach dem heutigen Tag; ein SOFA wird nur für einen bereits begonnenen Tag erfasst.</translation>
    </message>
    <message>
        <source>The HScore needs all nine variables before it can be saved.</source>
        <translation>Der HScore benötigt alle neun Variablen, bevor er gespeichert werden kann.</translation>
    </message>
    <message>
        <source>Day {day} already has a SOFA (record #{record}); correct that record instead.</source>
        <translation>Tag {day} hat bereits einen SOFA (Eintrag #{record}); korrigieren Sie stattdessen diesen Eintrag.</translation>
    </message>
    <message>
        <source>{date} is after the recorded death ({death}); no SOFA is kept after it.</source>
        <translation>{date} liegt nach dem erfassten Tod ({death}); nach dem Tod wird kein SOFA gespeichert.</translation>
    </message>
    <message>
        <source>The date of day {day} is needed: no day 1 is recorded yet for this patient.</source>
        <translation>Das Datum von Tag {day} wird benötigt: Für diesen Patienten ist noch kein Tag 1 erfasst.</translation>
    </message>
    <message>
        <source>A death is already recorded (record #{record}); correct that record instead.</source>
        <translation>Ein Tod ist bereits erfasst (Eintrag #{record}); korrigieren Sie stattdessen diesen Eintrag.</translation>
    </message>
    <message>
        <source>{date} is after today.</source>
        <translation>{date} liegt nach dem heutigen Tag.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day_one}) of this patient&apos;s SOFA course.</source>
        <translation>{date} liegt vor Tag 1 ({day_one}) des SOFA-Verlaufs dieses Patienten.</translation>
    </message>
    <message>
        <source>Day {day} has a SOFA after that date; correct or mark it first.</source>
        <translation>Für Tag {day}, nach diesem Datum, ist ein SOFA gespeichert; korrigieren Sie ihn zuerst oder markieren Sie ihn als Fehleingabe.</translation>
    </message>
    <message>
        <source>Assessment #{assessment} already has an eligibility checklist (record #{record}); correct that record instead.</source>
        <translation>Beurteilung #{assessment} hat bereits eine Checkliste der Studieneignung (Eintrag #{record}); korrigieren Sie stattdessen diesen Eintrag.</translation>
    </message>
    <message>
        <source>Assessment #{id} is not one of this patient&apos;s.</source>
        <translation>Beurteilung #{id} gehört nicht zu diesem Patienten.</translation>
    </message>
    <message>
        <source>The site configuration cannot be used: {error}</source>
        <extracomment>{error}: what is wrong in site.toml (its file and key), in English</extracomment>
        <translation>Die Konfiguration der Einrichtung kann nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <source>The site configuration names no ward database server.</source>
        <translation>Die Konfiguration der Einrichtung nennt keinen Server für die Stationsdatenbank.</translation>
    </message>
    <message>
        <source>The site configuration&apos;s database URL {url} must name an absolute file path (sqlite:////path/clinical.sqlite).</source>
        <translation>Die Datenbank-URL {url} in der Konfiguration der Einrichtung muss einen absoluten Dateipfad angeben (sqlite:////path/clinical.sqlite).</translation>
    </message>
    <message>
        <source>Ask IT to correct it.</source>
        <translation>Lassen Sie dies von der IT korrigieren.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created: {reason}.</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder (--data-dir or IMMUNOSEP_DATA_DIR) or ask IT.</source>
        <translation>Wählen Sie einen anderen Ordner (--data-dir oder IMMUNOSEP_DATA_DIR) oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>Die Sicherung kann nicht über die Datenbank selbst geschrieben werden.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer (package postgresql-client). Run instead, where it is: {command}</source>
        <translation>pg_dump ist auf diesem Computer nicht installiert (Paket postgresql-client). Führen Sie stattdessen auf einem Computer, auf dem es installiert ist, Folgendes aus: {command}</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name or use --force to replace it.</source>
        <translation>{file} existiert bereits; wählen Sie einen neuen Dateinamen oder verwenden Sie --force, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>{file} ist ein Ordner; geben Sie einen Dateinamen für die Sicherung an.</translation>
    </message>
    <message>
        <source>pg_dump failed ({detail}); no backup was written.</source>
        <translation>pg_dump ist fehlgeschlagen ({detail}); es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({detail}).</source>
        <translation>Die Sicherungskopie hat die Prüfung nicht bestanden ({detail}).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing from it was stored.</source>
        <translation>Der Import wurde abgebrochen; nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>Row {row}: {error}</source>
        <extracomment>{row}: a row of the imported file; {error}: why its patient identifier was refused (a whole sentence)</extracomment>
        <translation>Zeile {row}: {error}</translation>
    </message>
    <message>
        <source>Nothing from this file was stored.</source>
        <translation>Aus dieser Datei wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Ask IT to run &apos;immunosep db migrate --db-user OWNER&apos; (the database owner role) once; workstations cannot change the schema.</source>
        <translation>Bitten Sie die IT, einmalig &apos;immunosep db migrate --db-user OWNER&apos; auszuführen (OWNER: die Eigentümerrolle der Datenbank); Arbeitsplatzrechner können das Schema nicht ändern.</translation>
    </message>
    <message>
        <source>{file} is a training database and cannot be opened as the clinical database: training and clinical records are kept strictly apart.</source>
        <translation>{file} ist eine Schulungsdatenbank und kann nicht als klinische Datenbank geöffnet werden: Schulungsdaten und klinische Daten werden strikt getrennt gehalten.</translation>
    </message>
    <message>
        <source>The ward database {server} is a training database, not the clinical database: training and clinical records are kept strictly apart.</source>
        <translation>Die Stationsdatenbank {server} ist eine Schulungsdatenbank, nicht die klinische Datenbank: Schulungsdaten und klinische Daten werden strikt getrennt gehalten.</translation>
    </message>
    <message>
        <source>The ward database {server} is not marked as a clinical database and cannot be used: training and clinical records are kept strictly apart.</source>
        <translation>Die Stationsdatenbank {server} ist nicht als klinische Datenbank gekennzeichnet und kann nicht verwendet werden: Schulungsdaten und klinische Daten werden strikt getrennt gehalten.</translation>
    </message>
    <message>
        <source>The ward database {server} has schema {revision}, but this app needs schema {head}.</source>
        <translation>Die Stationsdatenbank {server} hat das Schema {revision}, diese App benötigt jedoch das Schema {head}.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database but not an ImmunoSep database; choose another data folder.</source>
        <translation>{file} ist eine SQLite-Datenbank, aber keine ImmunoSep-Datenbank; wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The file was left as it was.</source>
        <translation>Die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>{file} is a clinical database and cannot be opened as the training database: training and clinical records are kept strictly apart.</source>
        <translation>{file} ist eine klinische Datenbank und kann nicht als Schulungsdatenbank geöffnet werden: Schulungsdaten und klinische Daten werden strikt getrennt gehalten.</translation>
    </message>
    <message>
        <source>{file} is marked neither as a clinical nor as a training database and cannot be opened: training and clinical records are kept strictly apart.</source>
        <translation>{file} ist weder als klinische Datenbank noch als Schulungsdatenbank gekennzeichnet und kann nicht geöffnet werden: Schulungsdaten und klinische Daten werden strikt getrennt gehalten.</translation>
    </message>
    <message>
        <source>The ward database {server} is empty, but this app needs schema {head}.</source>
        <translation>Die Stationsdatenbank {server} ist leer, diese App benötigt jedoch das Schema {head}.</translation>
    </message>
    <message>
        <source>Nothing of this operation was saved.</source>
        <translation>Von diesem Vorgang wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Free some disk space (or ask IT), then try again.</source>
        <translation>Geben Sie Speicherplatz frei (oder wenden Sie sich an die IT) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check the disk, then try again.</source>
        <translation>Prüfen Sie den Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Ask IT to give this account write access to the database file and its folder.</source>
        <translation>Bitten Sie die IT, diesem Benutzerkonto Schreibzugriff auf die Datenbankdatei und ihren Ordner zu geben.</translation>
    </message>
    <message>
        <source>Keep the file for investigation and restore the latest backup.</source>
        <translation>Bewahren Sie die Datei zur Untersuchung auf und stellen Sie die letzte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Keep the file for investigation and restore the latest backup (immunosep db backup makes one).</source>
        <translation>Bewahren Sie die Datei zur Untersuchung auf und stellen Sie die letzte Sicherung wieder her (immunosep db backup erstellt eine).</translation>
    </message>
    <message>
        <source>Tell IT.</source>
        <translation>Informieren Sie die IT.</translation>
    </message>
    <message>
        <source>Nothing is stored on this computer instead; try again when the server is back, or ask IT if this persists.</source>
        <translation>Ersatzweise wird nichts auf diesem Computer gespeichert; versuchen Sie es erneut, wenn der Server wieder erreichbar ist, oder wenden Sie sich an die IT, wenn das Problem bestehen bleibt.</translation>
    </message>
    <message>
        <source>Ask IT to check the database role and its password (OS keyring or .pgpass) or Kerberos ticket.</source>
        <translation>Bitten Sie die IT, die Datenbankrolle und ihr Passwort (Schlüsselbund des Betriebssystems oder .pgpass) oder das Kerberos-Ticket zu prüfen.</translation>
    </message>
    <message>
        <source>Use the newer version of the app that wrote it.</source>
        <translation>Verwenden Sie die neuere Version der App, mit der sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>The database refused the record ({detail}).</source>
        <translation>Die Datenbank hat den Eintrag abgelehnt ({detail}).</translation>
    </message>
    <message>
        <source>Some text given for the record is not valid Unicode (bytes that are not UTF-8).</source>
        <translation>Ein Teil des für den Eintrag angegebenen Textes ist kein gültiger Unicode-Text (Bytes, die kein UTF-8 sind).</translation>
    </message>
    <message>
        <source>The disk holding the database {file} is full.</source>
        <translation>Der Datenträger mit der Datenbank {file} ist voll.</translation>
    </message>
    <message>
        <source>The disk holding the backup {file} is full.</source>
        <translation>Der Datenträger mit der Sicherungsdatei {file} ist voll.</translation>
    </message>
    <message>
        <source>The disk holding the ward database {server} is full.</source>
        <translation>Der Datenträger mit der Stationsdatenbank {server} ist voll.</translation>
    </message>
    <message>
        <source>The database {file} is read-only for this user.</source>
        <translation>Die Datenbank {file} ist für diesen Benutzer schreibgeschützt.</translation>
    </message>
    <message>
        <source>The backup {file} is read-only for this user.</source>
        <translation>Die Sicherungsdatei {file} ist für diesen Benutzer schreibgeschützt.</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened (the file or its folder is missing or not accessible).</source>
        <translation>Die Datenbank {file} kann nicht geöffnet werden (die Datei oder ihr Ordner fehlt oder ist nicht zugänglich).</translation>
    </message>
    <message>
        <source>The backup {file} cannot be opened (the file or its folder is missing or not accessible).</source>
        <translation>Die Sicherungsdatei {file} kann nicht geöffnet werden (die Datei oder ihr Ordner fehlt oder ist nicht zugänglich).</translation>
    </message>
    <message>
        <source>The database {file} is busy: another program kept it locked for too long.</source>
        <translation>Die Datenbank {file} ist belegt: Ein anderes Programm hat sie zu lange gesperrt.</translation>
    </message>
    <message>
        <source>The backup {file} is busy: another program kept it locked for too long.</source>
        <translation>Die Sicherungsdatei {file} ist belegt: Ein anderes Programm hat sie zu lange gesperrt.</translation>
    </message>
    <message>
        <source>The database {file} is damaged or is not an ImmunoSep database ({detail}).</source>
        <translation>Die Datenbank {file} ist beschädigt oder keine ImmunoSep-Datenbank ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} is damaged or is not an ImmunoSep database ({detail}).</source>
        <translation>Die Sicherungsdatei {file} ist beschädigt oder keine ImmunoSep-Datenbank ({detail}).</translation>
    </message>
    <message>
        <source>A disk error stopped writing the database {file} ({detail}).</source>
        <translation>Ein Datenträgerfehler hat das Schreiben der Datenbank {file} abgebrochen ({detail}).</translation>
    </message>
    <message>
        <source>A disk error stopped writing the backup {file} ({detail}).</source>
        <translation>Ein Datenträgerfehler hat das Schreiben der Sicherungsdatei {file} abgebrochen ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} could not be used ({detail}).</source>
        <translation>Die Datenbank {file} konnte nicht verwendet werden ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} could not be used ({detail}).</source>
        <translation>Die Sicherungsdatei {file} konnte nicht verwendet werden ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} could not be used ({detail}).</source>
        <translation>Die Stationsdatenbank {server} konnte nicht verwendet werden ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} could not be used: {reason}.</source>
        <translation>Die Datenbank {file} konnte nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>The backup {file} could not be used: {reason}.</source>
        <translation>Die Sicherungsdatei {file} konnte nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>The ward database {server} could not be used: {reason}.</source>
        <translation>Die Stationsdatenbank {server} konnte nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>The database {file} cannot be written: {reason}.</source>
        <translation>Die Datenbank {file} kann nicht beschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be written: {reason}.</source>
        <translation>Die Sicherungsdatei {file} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The ward database {server} cannot be written: {reason}.</source>
        <translation>Die Stationsdatenbank {server} kann nicht beschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The database {file} failed ({error}).</source>
        <translation>Bei der Datenbank {file} ist ein Fehler aufgetreten ({error}).</translation>
    </message>
    <message>
        <source>The backup {file} failed ({error}).</source>
        <translation>Bei der Sicherungsdatei {file} ist ein Fehler aufgetreten ({error}).</translation>
    </message>
    <message>
        <source>The ward database {server} failed ({error}).</source>
        <translation>Bei der Stationsdatenbank {server} ist ein Fehler aufgetreten ({error}).</translation>
    </message>
    <message>
        <source>The ward database {server} refused the login ({detail}).</source>
        <translation>Die Stationsdatenbank {server} hat die Anmeldung abgelehnt ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} refused the operation: the database role lacks a privilege ({detail}).</source>
        <translation>Die Stationsdatenbank {server} hat den Vorgang abgelehnt: Der Datenbankrolle fehlt eine Berechtigung ({detail}).</translation>
    </message>
    <message>
        <source>The server of the ward database {server} is out of disk space or memory ({detail}).</source>
        <translation>Der Server der Stationsdatenbank {server} hat keinen freien Speicherplatz oder Arbeitsspeicher mehr ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} accepts no writes at the moment (read-only server).</source>
        <translation>Die Stationsdatenbank {server} nimmt derzeit keine Schreibvorgänge an (schreibgeschützter Server).</translation>
    </message>
    <message>
        <source>The ward database {server} is busy ({detail}).</source>
        <translation>Die Stationsdatenbank {server} ist ausgelastet ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} cannot be reached ({detail}).</source>
        <translation>Die Stationsdatenbank {server} ist nicht erreichbar ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} has schema {revision}, newer than this app understands ({head}).</source>
        <translation>Die Datenbank {file} hat das Schema {revision}, neuer als das von dieser App unterstützte ({head}).</translation>
    </message>
    <message>
        <source>The ward database {server} has schema {revision}, newer than this app understands ({head}).</source>
        <translation>Die Stationsdatenbank {server} hat das Schema {revision}, neuer als das von dieser App unterstützte ({head}).</translation>
    </message>
    <message>
        <source>The database {file} has schema version {version}, newer than this app understands.</source>
        <translation>Die Datenbank {file} hat die Schemaversion {version}, neuer als die von dieser App unterstützte.</translation>
    </message>
    <message>
        <source>The ward database {server} has schema version {version}, newer than this app understands.</source>
        <translation>Die Stationsdatenbank {server} hat die Schemaversion {version}, neuer als die von dieser App unterstützte.</translation>
    </message>
    <message>
        <source>SQLite databases are corrupted by the unreliable file locking of network shares.</source>
        <translation>SQLite-Datenbanken werden durch die unzuverlässige Dateisperrung von Netzwerkfreigaben beschädigt.</translation>
    </message>
    <message>
        <source>Choose a folder on this computer&apos;s own disk (--data-dir or IMMUNOSEP_DATA_DIR); a shared hospital database server is the supported way to share records.</source>
        <translation>Wählen Sie einen Ordner auf dem lokalen Datenträger dieses Computers (--data-dir oder IMMUNOSEP_DATA_DIR); ein gemeinsamer Datenbankserver des Krankenhauses ist der unterstützte Weg, Daten gemeinsam zu nutzen.</translation>
    </message>
    <message>
        <source>The database folder {folder} cannot be used because it is on a network file system ({fstype}).</source>
        <translation>Der Datenbankordner {folder} kann nicht verwendet werden, da er auf einem Netzwerkdateisystem liegt ({fstype}).</translation>
    </message>
    <message>
        <source>The data folder {folder} exists but is not a folder.</source>
        <translation>Der Datenordner {folder} existiert, ist aber kein Ordner.</translation>
    </message>
    <message>
        <source>The database folder {folder} cannot be used because it is on a network drive or UNC share.</source>
        <translation>Der Datenbankordner {folder} kann nicht verwendet werden, da er auf einem Netzlaufwerk oder einer UNC-Freigabe liegt.</translation>
    </message>
    <message>
        <source>The {field} contains bytes that are not valid UTF-8 text; type it again.</source>
        <extracomment>{field}: the name of a stored column, shown as it is</extracomment>
        <translation>Das Feld {field} enthält Bytes, die kein gültiger UTF-8-Text sind; geben Sie den Text erneut ein.</translation>
    </message>
    <message>
        <source>A reason is needed to mark a record as entered in error.</source>
        <translation>Um einen Eintrag als Fehleingabe zu markieren, ist eine Begründung erforderlich.</translation>
    </message>
    <message>
        <source>The patient identifier contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Die Patienten-ID enthält Bytes, die kein gültiger UTF-8-Text sind; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The pseudonym contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Das Pseudonym enthält Bytes, die kein gültiger UTF-8-Text sind; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The correction reason contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Der Grund der Korrektur enthält Bytes, die kein gültiger UTF-8-Text sind; geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The reason contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Die Begründung enthält Bytes, die kein gültiger UTF-8-Text sind; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>There is no assessment #{id}.</source>
        <translation>Es gibt keine Beurteilung #{id}.</translation>
    </message>
    <message>
        <source>Assessment #{id} is already marked as entered in error.</source>
        <translation>Beurteilung #{id} ist bereits als Fehleingabe markiert.</translation>
    </message>
    <message>
        <source>Record #{id} is already marked as entered in error.</source>
        <translation>Eintrag #{id} ist bereits als Fehleingabe markiert.</translation>
    </message>
    <message>
        <source>A patient identifier is needed to save an assessment.</source>
        <translation>Zum Speichern einer Beurteilung ist eine Patienten-ID erforderlich.</translation>
    </message>
    <message>
        <source>There is no daily SOFA #{id}.</source>
        <translation>Es gibt keinen täglichen SOFA #{id}.</translation>
    </message>
    <message>
        <source>There is no death record #{id}.</source>
        <translation>Es gibt keinen Todeseintrag #{id}.</translation>
    </message>
    <message>
        <source>There is no eligibility checklist #{id}.</source>
        <translation>Es gibt keine Checkliste der Studieneignung #{id}.</translation>
    </message>
    <message>
        <source>There is no HScore #{id}.</source>
        <translation>Es gibt keinen HScore #{id}.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Der tägliche SOFA #{id} wurde bereits durch #{newer} korrigiert; korrigieren Sie die neueste Version.</translation>
    </message>
    <message>
        <source>The death record #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Der Todeseintrag #{id} wurde bereits durch #{newer} korrigiert; korrigieren Sie die neueste Version.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Die Checkliste der Studieneignung #{id} wurde bereits durch #{newer} korrigiert; korrigieren Sie die neueste Version.</translation>
    </message>
    <message>
        <source>The HScore #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Der HScore #{id} wurde bereits durch #{newer} korrigiert; korrigieren Sie die neueste Version.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>Der tägliche SOFA #{id} ist als Fehleingabe markiert; geben Sie stattdessen einen neuen ein.</translation>
    </message>
    <message>
        <source>The death record #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>Der Todeseintrag #{id} ist als Fehleingabe markiert; geben Sie stattdessen einen neuen ein.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>Die Checkliste der Studieneignung #{id} ist als Fehleingabe markiert; geben Sie stattdessen eine neue ein.</translation>
    </message>
    <message>
        <source>The HScore #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>Der HScore #{id} ist als Fehleingabe markiert; geben Sie stattdessen einen neuen ein.</translation>
    </message>
    <message>
        <source>A reason is needed to correct a daily SOFA.</source>
        <translation>Für die Korrektur eines täglichen SOFA ist eine Begründung erforderlich.</translation>
    </message>
    <message>
        <source>A reason is needed to correct a death record.</source>
        <translation>Für die Korrektur eines Todeseintrags ist eine Begründung erforderlich.</translation>
    </message>
    <message>
        <source>A reason is needed to correct an eligibility checklist.</source>
        <translation>Für die Korrektur einer Checkliste der Studieneignung ist eine Begründung erforderlich.</translation>
    </message>
    <message>
        <source>A reason is needed to correct an HScore.</source>
        <translation>Für die Korrektur eines HScores ist eine Begründung erforderlich.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} belongs to another patient.</source>
        <translation>Der tägliche SOFA #{id} gehört zu einem anderen Patienten.</translation>
    </message>
    <message>
        <source>The death record #{id} belongs to another patient.</source>
        <translation>Der Todeseintrag #{id} gehört zu einem anderen Patienten.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} belongs to another patient.</source>
        <translation>Die Checkliste der Studieneignung #{id} gehört zu einem anderen Patienten.</translation>
    </message>
    <message>
        <source>The HScore #{id} belongs to another patient.</source>
        <translation>Der HScore #{id} gehört zu einem anderen Patienten.</translation>
    </message>
    <message>
        <source>SQLite refused WAL journal mode (got {mode}).</source>
        <translation>SQLite hat den WAL-Journalmodus abgelehnt (erhalten: {mode}).</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened: it or its folder is read-only for this user.</source>
        <translation>Die Datenbank {file} kann nicht geöffnet werden: Sie oder ihr Ordner ist für diesen Benutzer schreibgeschützt.</translation>
    </message>
    <message>
        <source>immunoparalysis</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Immunparalyse</translation>
    </message>
    <message>
        <source>unclassified</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>unklassifiziert</translation>
    </message>
    <message>
        <source>Trial day-15 reversal definitions (information only; outcome definitions, not treatment rules):</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Definitionen der Reversion an Studientag 15 (nur zur Information; Definitionen von Endpunkten, keine Therapieregeln):</translation>
    </message>
    <message>
        <source>Immunoparalysis reversal: HLA-DR &gt; 8000 AB/C with ferritin &lt; 4420 ng/mL. 8000 is not the entry threshold (5000 AB/C).</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Reversion der Immunparalyse: HLA-DR &gt; 8000 AB/C bei Ferritin &lt; 4420 ng/mL. 8000 ist nicht der Einschlussgrenzwert (5000 AB/C).</translation>
    </message>
    <message>
        <source>MALS reversal: defined by a fall in ferritin with a 15 % threshold; the exact wording has not been verified against the trial&apos;s statistical analysis plan.</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Reversion von MALS: definiert durch einen Abfall des Ferritins mit einem Grenzwert von 15 %; der genaue Wortlaut wurde nicht anhand des statistischen Analyseplans der Studie verifiziert.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Criterion of the rule</source>
        <translation>Kriterium der Regel</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Used by the rule</source>
        <translation>Von der Regel verwendet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Entnahmezeit</translation>
    </message>
    <message>
        <source>{label} in full (as entered): {value}</source>
        <translation>{label} vollständig (wie eingegeben): {value}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>this patient</source>
        <translation>dieser Patient</translation>
    </message>
    <message>
        <source>Key points of the ImmunoSep evidence</source>
        <translation>Kernaussagen der ImmunoSep-Evidenz</translation>
    </message>
    <message>
        <source>doi:{doi} · {registry}</source>
        <translation>doi:{doi} · {registry}</translation>
    </message>
    <message>
        <source>Training case note: {note}</source>
        <translation>Hinweis zum Schulungsfall: {note}</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>not usable: {unit} cannot be converted to AB/C</source>
        <translation>nicht verwertbar: {unit} lässt sich nicht in AB/C umrechnen</translation>
    </message>
    <message>
        <source>Reviewed by (name)</source>
        <translation>Geprüft von (Name)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Training case note</source>
        <translation>Hinweis zum Schulungsfall</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm: {arm} (evidence, not an order).</source>
        <translation>ImmunoSep-Studienarm: {arm} (Evidenz, keine Verordnung).</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <source>Patient label</source>
        <translation>Patientenetikett</translation>
    </message>
    <message>
        <source>No point on the map: ferritin is needed to place the patient.</source>
        <translation>Kein Punkt auf der Karte: Ferritin wird benötigt, um den Patienten einzuordnen.</translation>
    </message>
    <message>
        <source>Patient: {id}</source>
        <translation>Patient: {id}</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>{version}, cut-off {cutoff}</source>
        <translation>{version}, Stichtag {cutoff}</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Values from</source>
        <translation>Werte aus</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message numerus="yes">
        <source>{n} ferritin values of 0 ng/mL cannot be drawn on the logarithmic axis.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} ferritin value of 0 ng/mL cannot be drawn on the logarithmic axis..</extracomment>
        <translation>
            <numerusform>{n} Ferritin-Wert von 0 ng/mL kann auf der logarithmischen Achse nicht dargestellt werden.</numerusform>
            <numerusform>{n} Ferritin-Werte von 0 ng/mL können auf der logarithmischen Achse nicht dargestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {patient} — {result}</source>
        <translation>Zeile {row}: {patient} — {result}</translation>
    </message>
    <message>
        <source>{entry} — near threshold</source>
        <translation>{entry} — nahe am Grenzwert</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Zeilen in der Datei</translation>
    </message>
    <message>
        <source>Near a threshold</source>
        <translation>Nahe an einem Grenzwert</translation>
    </message>
    <message>
        <source>Rejected at import</source>
        <translation>Beim Import abgelehnt</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>Berichte geschrieben</translation>
    </message>
    <message>
        <source>Reports failed</source>
        <translation>Berichte fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not done (cancelled)</source>
        <translation>Nicht erstellt (abgebrochen)</translation>
    </message>
    <message>
        <source>ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <source>{analyte} {time}</source>
        <translation>{analyte} {time}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>ImmunoSep reports: {source}</source>
        <translation>ImmunoSep-Berichte: {source}</translation>
    </message>
    <message>
        <source>corrects #{id}: {reason}</source>
        <translation>korrigiert #{id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by #{id}</source>
        <translation>ersetzt durch #{id}</translation>
    </message>
    <message>
        <source>MALS</source>
        <extracomment>desktop_app.core.charts | desktop_app.core.trend</extracomment>
        <translation>MALS</translation>
    </message>
    <message>
        <source>Immunoparalysis</source>
        <extracomment>desktop_app.core.charts</extracomment>
        <translation>Immunparalyse</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <extracomment>desktop_app.core.charts</extracomment>
        <translation>Unklassifiziert</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <extracomment>| desktop_app.core.charts</extracomment>
        <translation>Klassifikation nicht möglich</translation>
    </message>
    <message>
        <source>MALS (macrophage activation-like syndrome)</source>
        <extracomment>Phenotype.MALS label</extracomment>
        <translation>MALS (Makrophagenaktivierungs-ähnliches Syndrom)</translation>
    </message>
    <message>
        <source>Immunoparalysis (sepsis-induced)</source>
        <extracomment>Phenotype.IMMUNOPARALYSIS label</extracomment>
        <translation>Immunparalyse (sepsisinduziert)</translation>
    </message>
    <message>
        <source>Unclassified (neither ImmunoSep phenotype)</source>
        <extracomment>Phenotype.UNCLASSIFIED label</extracomment>
        <translation>Unklassifiziert (keiner der ImmunoSep-Phänotypen)</translation>
    </message>
    <message>
        <source>anakinra</source>
        <extracomment>TreatmentArm.ANAKINRA label</extracomment>
        <translation>Anakinra</translation>
    </message>
    <message>
        <source>recombinant interferon-γ</source>
        <extracomment>TreatmentArm.INTERFERON_GAMMA label</extracomment>
        <translation>rekombinantes Interferon-γ</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>{name} message</source>
        <translation>{name}: Meldung</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>MALS: ferritin far above 4420</source>
        <comment>DEMO-001/title</comment>
        <extracomment>Training case DEMO-001, title</extracomment>
        <translation>MALS: Ferritin weit über 4420</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-001/topic</comment>
        <extracomment>Training case DEMO-001, topic</extracomment>
        <translation>Phänotyp</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL is MALS whatever HLA-DR is. HLA-DR is shown in the criteria table but is not needed for this decision.</source>
        <comment>DEMO-001/note</comment>
        <extracomment>Training case DEMO-001, note</extracomment>
        <translation>Ferritin &gt; 4420 ng/mL ist MALS, unabhängig vom HLA-DR. HLA-DR wird in der Kriterientabelle angezeigt, ist für diese Entscheidung aber nicht nötig.</translation>
    </message>
    <message>
        <source>Immunoparalysis: low HLA-DR, ferritin not high</source>
        <comment>DEMO-002/title</comment>
        <extracomment>Training case DEMO-002, title</extracomment>
        <translation>Immunparalyse: niedriges HLA-DR, Ferritin nicht hoch</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-002/topic</comment>
        <extracomment>Training case DEMO-002, topic</extracomment>
        <translation>Phänotyp</translation>
    </message>
    <message>
        <source>Immunoparalysis needs both: ferritin ≤ 4420 ng/mL (so not MALS) and HLA-DR &lt; 5000 antibodies bound per monocyte.</source>
        <comment>DEMO-002/note</comment>
        <extracomment>Training case DEMO-002, note</extracomment>
        <translation>Immunparalyse erfordert beides: Ferritin ≤ 4420 ng/mL (also nicht MALS) und HLA-DR &lt; 5000 gebundene Antikörper pro Monozyt.</translation>
    </message>
    <message>
        <source>Unclassified: neither phenotype</source>
        <comment>DEMO-003/title</comment>
        <extracomment>Training case DEMO-003, title</extracomment>
        <translation>Unklassifiziert: keiner der beiden Phänotypen</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-003/topic</comment>
        <extracomment>Training case DEMO-003, topic</extracomment>
        <translation>Phänotyp</translation>
    </message>
    <message>
        <source>A real result, not a refusal: the values are complete and fit neither stratum. The trial did not enrol such patients, so its evidence does not apply.</source>
        <comment>DEMO-003/note</comment>
        <extracomment>Training case DEMO-003, note</extracomment>
        <translation>Ein echtes Ergebnis, keine Ablehnung: Die Werte sind vollständig und passen zu keinem Stratum. Die Studie hat solche Patienten nicht eingeschlossen, daher gilt ihre Evidenz nicht.</translation>
    </message>
    <message>
        <source>Both criteria met: MALS takes precedence</source>
        <comment>DEMO-004/title</comment>
        <extracomment>Training case DEMO-004, title</extracomment>
        <translation>Beide Kriterien erfüllt: MALS hat Vorrang</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-004/topic</comment>
        <extracomment>Training case DEMO-004, topic</extracomment>
        <translation>Phänotyp</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 and HLA-DR &lt; 5000: as in the trial protocol the patient is MALS (anakinra arm), not immunoparalysis. µg/L equals ng/mL.</source>
        <comment>DEMO-004/note</comment>
        <extracomment>Training case DEMO-004, note</extracomment>
        <translation>Ferritin &gt; 4420 und HLA-DR &lt; 5000: Wie im Studienprotokoll ist der Patient MALS (Anakinra-Arm), nicht Immunparalyse. µg/L entspricht ng/mL.</translation>
    </message>
    <message>
        <source>Cannot classify: ferritin missing</source>
        <comment>DEMO-005/title</comment>
        <extracomment>Training case DEMO-005, title</extracomment>
        <translation>Klassifikation nicht möglich: Ferritin fehlt</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-005/topic</comment>
        <extracomment>Training case DEMO-005, topic</extracomment>
        <translation>Klassifikation nicht möglich</translation>
    </message>
    <message>
        <source>A low HLA-DR alone is not immunoparalysis: ferritin must first rule out MALS. The app refuses rather than guesses.</source>
        <comment>DEMO-005/note</comment>
        <extracomment>Training case DEMO-005, note</extracomment>
        <translation>Ein niedriges HLA-DR allein ist keine Immunparalyse: Ferritin muss zuerst MALS ausschließen. Die App lehnt ab, statt zu raten.</translation>
    </message>
    <message>
        <source>Cannot classify: censored ferritin spans 4420</source>
        <comment>DEMO-006/title</comment>
        <extracomment>Training case DEMO-006, title</extracomment>
        <translation>Klassifikation nicht möglich: zensiertes Ferritin umfasst 4420</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-006/topic</comment>
        <extracomment>Training case DEMO-006, topic</extracomment>
        <translation>Klassifikation nicht möglich</translation>
    </message>
    <message>
        <source>&quot;&gt;3000&quot; could be 3500 (not MALS) or 9000 (MALS). A censored value decides only when its whole range lies on one side of the threshold; ask the lab for the exact value.</source>
        <comment>DEMO-006/note</comment>
        <extracomment>Training case DEMO-006, note</extracomment>
        <translation>„&gt;3000“ könnte 3500 (nicht MALS) oder 9000 (MALS) sein. Ein zensierter Wert entscheidet nur, wenn sein ganzer Bereich auf einer Seite des Grenzwerts liegt; fragen Sie das Labor nach dem exakten Wert.</translation>
    </message>
    <message>
        <source>Cannot classify: HLA-DR missing</source>
        <comment>DEMO-007/title</comment>
        <extracomment>Training case DEMO-007, title</extracomment>
        <translation>Klassifikation nicht möglich: HLA-DR fehlt</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-007/topic</comment>
        <extracomment>Training case DEMO-007, topic</extracomment>
        <translation>Klassifikation nicht möglich</translation>
    </message>
    <message>
        <source>Ferritin ≤ 4420 rules out MALS; whether the patient is immunoparalysed or unclassified depends on HLA-DR, which is not available yet.</source>
        <comment>DEMO-007/note</comment>
        <extracomment>Training case DEMO-007, note</extracomment>
        <translation>Ferritin ≤ 4420 schließt MALS aus; ob eine Immunparalyse vorliegt oder der Patient unklassifiziert ist, hängt vom HLA-DR ab, das noch nicht vorliegt.</translation>
    </message>
    <message>
        <source>Cannot classify: HLA-DR in % positive monocytes</source>
        <comment>DEMO-008/title</comment>
        <extracomment>Training case DEMO-008, title</extracomment>
        <translation>Klassifikation nicht möglich: HLA-DR in % positiver Monozyten</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-008/topic</comment>
        <extracomment>Training case DEMO-008, topic</extracomment>
        <translation>Klassifikation nicht möglich</translation>
    </message>
    <message>
        <source>45 % HLA-DR-positive monocytes is a different quantity from antibodies bound per cell; read as AB/C it would falsely look like immunoparalysis. Only QuantiBRITE AB/C can be used.</source>
        <comment>DEMO-008/note</comment>
        <extracomment>Training case DEMO-008, note</extracomment>
        <translation>45 % HLA-DR-positive Monozyten sind eine andere Größe als gebundene Antikörper pro Zelle; als AB/C gelesen sähe der Wert fälschlich wie eine Immunparalyse aus. Nur QuantiBRITE-AB/C kann verwendet werden.</translation>
    </message>
    <message>
        <source>Cannot classify: censored HLA-DR spans 5000</source>
        <comment>DEMO-009/title</comment>
        <extracomment>Training case DEMO-009, title</extracomment>
        <translation>Klassifikation nicht möglich: zensiertes HLA-DR umfasst 5000</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-009/topic</comment>
        <extracomment>Training case DEMO-009, topic</extracomment>
        <translation>Klassifikation nicht möglich</translation>
    </message>
    <message>
        <source>&quot;&lt;8000&quot; could be 3000 (immunoparalysis) or 6000 (unclassified): the exact value is needed.</source>
        <comment>DEMO-009/note</comment>
        <extracomment>Training case DEMO-009, note</extracomment>
        <translation>„&lt;8000“ könnte 3000 (Immunparalyse) oder 6000 (unklassifiziert) sein: Der exakte Wert wird benötigt.</translation>
    </message>
    <message>
        <source>Cannot classify: age under 18</source>
        <comment>DEMO-010/title</comment>
        <extracomment>Training case DEMO-010, title</extracomment>
        <translation>Klassifikation nicht möglich: Alter unter 18</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-010/topic</comment>
        <extracomment>Training case DEMO-010, topic</extracomment>
        <translation>Klassifikation nicht möglich</translation>
    </message>
    <message>
        <source>ImmunoSep enrolled adults only, and HLA-DR differs in children: no phenotype is given, even though the values alone would meet the MALS criterion.</source>
        <comment>DEMO-010/note</comment>
        <extracomment>Training case DEMO-010, note</extracomment>
        <translation>ImmunoSep hat nur Erwachsene eingeschlossen, und HLA-DR ist bei Kindern anders: Es wird kein Phänotyp angegeben, obwohl die Werte allein das MALS-Kriterium erfüllen würden.</translation>
    </message>
    <message>
        <source>Censored ferritin that decides: &gt;40000</source>
        <comment>DEMO-011/title</comment>
        <extracomment>Training case DEMO-011, title</extracomment>
        <translation>Zensiertes Ferritin, das entscheidet: &gt;40000</translation>
    </message>
    <message>
        <source>censored values</source>
        <comment>DEMO-011/topic</comment>
        <extracomment>Training case DEMO-011, topic</extracomment>
        <translation>Zensierte Werte</translation>
    </message>
    <message>
        <source>Above the assay&apos;s range, &quot;&gt;40000&quot; is still certainly &gt; 4420: MALS. HLA-DR is not needed. The map draws an open marker with an arrow to the right.</source>
        <comment>DEMO-011/note</comment>
        <extracomment>Training case DEMO-011, note</extracomment>
        <translation>Oberhalb des Messbereichs ist „&gt;40000“ trotzdem sicher &gt; 4420: MALS. HLA-DR wird nicht benötigt. Die Karte zeigt einen offenen Marker mit einem Pfeil nach rechts.</translation>
    </message>
    <message>
        <source>Censored values that decide: &lt;500 and &lt;1000</source>
        <comment>DEMO-012/title</comment>
        <extracomment>Training case DEMO-012, title</extracomment>
        <translation>Zensierte Werte, die entscheiden: &lt;500 und &lt;1000</translation>
    </message>
    <message>
        <source>censored values</source>
        <comment>DEMO-012/topic</comment>
        <extracomment>Training case DEMO-012, topic</extracomment>
        <translation>Zensierte Werte</translation>
    </message>
    <message>
        <source>Both bounds lie wholly on one side of their thresholds, so both criteria are decided. The comparator is kept and shown everywhere.</source>
        <comment>DEMO-012/note</comment>
        <extracomment>Training case DEMO-012, note</extracomment>
        <translation>Beide Grenzen liegen vollständig auf einer Seite ihres Grenzwerts, daher sind beide Kriterien entschieden. Der Vergleichsoperator bleibt erhalten und wird überall angezeigt.</translation>
    </message>
    <message>
        <source>pmol/L just above the MALS threshold</source>
        <comment>DEMO-013/title</comment>
        <extracomment>Training case DEMO-013, title</extracomment>
        <translation>pmol/L knapp über dem MALS-Grenzwert</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-013/topic</comment>
        <extracomment>Training case DEMO-013, topic</extracomment>
        <translation>Einheitenumrechnung</translation>
    </message>
    <message>
        <source>9932 pmol/L ÷ 2.247 ≈ 4420.12 ng/mL: MALS, but within 10 % of the threshold, so a repeat test may be wise. The converted value is shown next to the value as entered.</source>
        <comment>DEMO-013/note</comment>
        <extracomment>Training case DEMO-013, note</extracomment>
        <translation>9932 pmol/L ÷ 2,247 ≈ 4420,12 ng/mL: MALS, aber innerhalb von 10 % um den Grenzwert, daher kann eine Wiederholung der Messung sinnvoll sein. Der umgerechnete Wert wird neben dem eingegebenen Wert angezeigt.</translation>
    </message>
    <message>
        <source>pmol/L just below: the unit changes the drug</source>
        <comment>DEMO-014/title</comment>
        <extracomment>Training case DEMO-014, title</extracomment>
        <translation>pmol/L knapp darunter: Die Einheit ändert das Medikament</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-014/topic</comment>
        <extracomment>Training case DEMO-014, topic</extracomment>
        <translation>Einheitenumrechnung</translation>
    </message>
    <message>
        <source>9931 pmol/L ≈ 4419.67 ng/mL is not MALS. Read as ng/mL, the same number would have meant MALS (anakinra) instead of immunoparalysis (interferon-γ): always check the unit.</source>
        <comment>DEMO-014/note</comment>
        <extracomment>Training case DEMO-014, note</extracomment>
        <translation>9931 pmol/L ≈ 4419,67 ng/mL ist nicht MALS. Als ng/mL gelesen hätte dieselbe Zahl MALS (Anakinra) statt Immunparalyse (Interferon-γ) bedeutet: Prüfen Sie immer die Einheit.</translation>
    </message>
    <message>
        <source>Legacy unit µg/dL</source>
        <comment>DEMO-015/title</comment>
        <extracomment>Training case DEMO-015, title</extracomment>
        <translation>Veraltete Einheit µg/dL</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-015/topic</comment>
        <extracomment>Training case DEMO-015, topic</extracomment>
        <translation>Einheitenumrechnung</translation>
    </message>
    <message>
        <source>520 µg/dL × 10 = 5200 ng/mL: MALS. Read as ng/mL, 520 would have looked unremarkable and MALS would have been missed.</source>
        <comment>DEMO-015/note</comment>
        <extracomment>Training case DEMO-015, note</extracomment>
        <translation>520 µg/dL × 10 = 5200 ng/mL: MALS. Als ng/mL gelesen hätte 520 unauffällig gewirkt, und MALS wäre übersehen worden.</translation>
    </message>
    <message>
        <source>HLA-DR near 5000</source>
        <comment>DEMO-016/title</comment>
        <extracomment>Training case DEMO-016, title</extracomment>
        <translation>HLA-DR nahe 5000</translation>
    </message>
    <message>
        <source>near threshold</source>
        <comment>DEMO-016/topic</comment>
        <extracomment>Training case DEMO-016, topic</extracomment>
        <translation>Nahe am Grenzwert</translation>
    </message>
    <message>
        <source>4900 is below 5000, so the criterion is met; but the inter-laboratory CV of HLA-DR is 15-25 %, so the warning suggests a repeat test. Warnings never change the phenotype.</source>
        <comment>DEMO-016/note</comment>
        <extracomment>Training case DEMO-016, note</extracomment>
        <translation>4900 liegt unter 5000, das Kriterium ist also erfüllt; der Variationskoeffizient von HLA-DR zwischen Laboren beträgt jedoch 15–25 %, daher empfiehlt die Warnung eine Wiederholung der Messung. Warnungen ändern den Phänotyp nie.</translation>
    </message>
    <message>
        <source>Exactly on both thresholds</source>
        <comment>DEMO-017/title</comment>
        <extracomment>Training case DEMO-017, title</extracomment>
        <translation>Genau auf beiden Grenzwerten</translation>
    </message>
    <message>
        <source>near threshold</source>
        <comment>DEMO-017/topic</comment>
        <extracomment>Training case DEMO-017, topic</extracomment>
        <translation>Nahe am Grenzwert</translation>
    </message>
    <message>
        <source>The thresholds are strict: ferritin 4420 is not &gt; 4420 and HLA-DR 5000 is not &lt; 5000, so neither criterion is met.</source>
        <comment>DEMO-017/note</comment>
        <extracomment>Training case DEMO-017, note</extracomment>
        <translation>Die Grenzwerte sind strikt: Ferritin 4420 ist nicht &gt; 4420 und HLA-DR 5000 ist nicht &lt; 5000, daher ist keines der Kriterien erfüllt.</translation>
    </message>
    <message>
        <source>Samples taken two days apart</source>
        <comment>DEMO-018/title</comment>
        <extracomment>Training case DEMO-018, title</extracomment>
        <translation>Proben im Abstand von zwei Tagen entnommen</translation>
    </message>
    <message>
        <source>sample times</source>
        <comment>DEMO-018/topic</comment>
        <extracomment>Training case DEMO-018, topic</extracomment>
        <translation>Entnahmezeiten</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR drawn 49.5 h apart may reflect different immune states. The phenotype stands, with a prominent warning.</source>
        <comment>DEMO-018/note</comment>
        <extracomment>Training case DEMO-018, note</extracomment>
        <translation>Ferritin und HLA-DR, im Abstand von 49,5 h entnommen, können unterschiedliche Immunzustände widerspiegeln. Der Phänotyp bleibt bestehen, mit einer deutlichen Warnung.</translation>
    </message>
    <message>
        <source>HLA-DR processed too late</source>
        <comment>DEMO-019/title</comment>
        <extracomment>Training case DEMO-019, title</extracomment>
        <translation>HLA-DR zu spät verarbeitet</translation>
    </message>
    <message>
        <source>sample times</source>
        <comment>DEMO-019/topic</comment>
        <extracomment>Training case DEMO-019, topic</extracomment>
        <translation>Entnahmezeiten</translation>
    </message>
    <message>
        <source>QuantiBRITE staining should start within 4 h of sampling (EDTA, on ice); a 7.5 h delay makes the value unreliable.</source>
        <comment>DEMO-019/note</comment>
        <extracomment>Training case DEMO-019, note</extracomment>
        <translation>Die QuantiBRITE-Färbung sollte innerhalb von 4 h nach der Entnahme beginnen (EDTA, auf Eis); eine Verzögerung von 7,5 h macht den Wert unzuverlässig.</translation>
    </message>
    <message>
        <source>MALS with HLA-DR in % (not needed)</source>
        <comment>DEMO-020/title</comment>
        <extracomment>Training case DEMO-020, title</extracomment>
        <translation>MALS mit HLA-DR in % (nicht benötigt)</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-020/topic</comment>
        <extracomment>Training case DEMO-020, topic</extracomment>
        <translation>Phänotyp</translation>
    </message>
    <message>
        <source>HLA-DR in % cannot be used, but it is not needed: ferritin alone decides MALS. Compare with DEMO-008, where the same unit blocks the result.</source>
        <comment>DEMO-020/note</comment>
        <extracomment>Training case DEMO-020, note</extracomment>
        <translation>HLA-DR in % kann nicht verwendet werden, wird aber nicht benötigt: Ferritin allein entscheidet über MALS. Vergleichen Sie mit DEMO-008, wo dieselbe Einheit das Ergebnis blockiert.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — synthetic data</source>
        <translation>SCHULUNG — synthetische Daten</translation>
    </message>
    <message>
        <source>Not for clinical use. Demo cases are invented; nothing entered here is mixed with clinical data.</source>
        <translation>Nicht für den klinischen Einsatz. Die Demofälle sind erfunden; nichts, was hier eingegeben wird, wird mit klinischen Daten vermischt.</translation>
    </message>
</context>
<context>
    <name>TrendChartWidget</name>
    <message>
        <source>No values to draw yet: the trend appears here once an assessment with ferritin or HLA-DR has been saved for this patient.</source>
        <translation>Noch keine Werte zum Zeichnen: Der Verlauf erscheint hier, sobald für diesen Patienten eine Beurteilung mit Ferritin oder HLA-DR gespeichert wurde.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Ferritin, ng/mL (logarithmic scale)</source>
        <translation>Ferritin, ng/mL (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR, AB/C</source>
        <translation>Monozytäres HLA-DR, AB/C</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>exact value</source>
        <translation>exakter Wert</translation>
    </message>
    <message>
        <source>greater than (above the assay&apos;s range)</source>
        <translation>größer als (über dem Messbereich)</translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation>größer oder gleich</translation>
    </message>
    <message>
        <source>less than (below the assay&apos;s range)</source>
        <translation>kleiner als (unter dem Messbereich)</translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation>kleiner oder gleich</translation>
    </message>
    <message>
        <source>{name} comparator</source>
        <translation>{name}: Vergleichsoperator</translation>
    </message>
    <message>
        <source>{name} value</source>
        <translation>{name}: Wert</translation>
    </message>
    <message>
        <source>unit?</source>
        <translation>Einheit?</translation>
    </message>
    <message>
        <source>{name} unit</source>
        <translation>{name}: Einheit</translation>
    </message>
    <message>
        <source>Unit of {name} as printed on the lab report: {units}. Type its first letters (u for µ) or open the list with Alt+↓; the mouse wheel never changes it.</source>
        <translation>Einheit von {name} wie auf dem Laborbefund angegeben: {units}. Tippen Sie die Anfangsbuchstaben (u für µ) oder öffnen Sie die Liste mit Alt+↓; das Mausrad ändert sie nie.</translation>
    </message>
    <message>
        <source>{name} unit change</source>
        <translation>{name}: Einheitenwechsel</translation>
    </message>
    <message>
        <source>{name} message</source>
        <translation>{name}: Meldung</translation>
    </message>
    <message>
        <source>comparator chosen in the box (&apos;{chosen}&apos;) and typed in the value (&apos;{typed}&apos;); keep only one of them</source>
        <translation>Vergleichsoperator im Auswahlfeld gewählt (&apos;{chosen}&apos;) und im Wert eingetippt (&apos;{typed}&apos;); behalten Sie nur einen davon</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>check</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>Unit changed from {before} to {after}: the value is now read as {reading}.</source>
        <translation>Einheit von {before} auf {after} geändert: Der Wert wird jetzt als {reading} gelesen.</translation>
    </message>
    <message>
        <source>Unit changed from {before} to {after}; see the message below.</source>
        <translation>Einheit von {before} auf {after} geändert; siehe Meldung unten.</translation>
    </message>
    <message>
        <source>Comparator of a censored result (= for an exact value). Type it (&gt;, &lt;, &gt;=, &lt;=) or open the list with Alt+↓; you can also type it in front of the number, e.g. &gt;40000, but not both.</source>
        <translation>Vergleichsoperator eines zensierten Ergebnisses (= für einen exakten Wert). Tippen Sie ihn ein (&gt;, &lt;, &gt;=, &lt;=) oder öffnen Sie die Liste mit Alt+↓; Sie können ihn auch vor die Zahl schreiben, z. B. &gt;40000, aber nicht beides.</translation>
    </message>
    <message>
        <source>Comparator typed in the value</source>
        <translation>Vergleichsoperator im Wert eingetippt</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>_ChartSlot</name>
    <message>
        <source>{name} title</source>
        <translation>{name}: Titel</translation>
    </message>
    <message>
        <source>{name}: loading…</source>
        <translation>{name}: wird geladen…</translation>
    </message>
    <message>
        <source>{name} note</source>
        <translation>{name}: Hinweis</translation>
    </message>
</context>
</TS>

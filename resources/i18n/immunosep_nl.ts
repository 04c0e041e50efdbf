<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name></name>
    <message>
        <source>corrects #{id}: {reason}</source>
        <translation>corrigeert #{id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by #{id}</source>
        <translation>vervangen door #{id}</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>FOUTIEVE INVOER: {reason}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>vervuld</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet vervuld</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>present: excludes</source>
        <translation>aanwezig: sluit uit</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Training mode: synthetic data only.</source>
        <translation>Trainingsmodus: alleen synthetische gegevens.</translation>
    </message>
    <message>
        <source>Rule set: {version}</source>
        <translation>Regelset: {version}</translation>
    </message>
    <message>
        <source>Evidence: {version}</source>
        <translation>Bewijsbasis: {version}</translation>
    </message>
    <message>
        <source>Source: {citation} doi:{doi}, {registry}</source>
        <translation>Bron: {citation} doi:{doi}, {registry}</translation>
    </message>
    <message>
        <source>Decision support only. The phenotype says which ImmunoSep stratum a patient&apos;s laboratory values match; the regimens shown are the ones used in the trial, not orders. The trial showed less organ dysfunction by day 9 and no mortality benefit, in a phase 2 population (adults with sepsis from pneumonia or primary bacteraemia, treated within 72 h). The treating clinician decides.</source>
        <translation>Uitsluitend beslisondersteuning. Het fenotype geeft aan bij welk ImmunoSep-stratum de laboratoriumwaarden van een patiënt passen; de getoonde schema&apos;s zijn de schema&apos;s die in de studie gebruikt zijn, geen voorschriften. De studie liet minder orgaandisfunctie zien tot dag 9 en geen voordeel voor de mortaliteit, in een fase 2-populatie (volwassenen met sepsis door pneumonie of primaire bacteriëmie, behandeld binnen 72 uur). De behandelend arts beslist.</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Taal: {language}</translation>
    </message>
    <message>
        <source>Works offline: no data leave this computer.</source>
        <translation>Werkt offline: er verlaten geen gegevens deze computer.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An internal error occurred ({kind}). The result on screen may be incomplete: start a new patient and enter the values again, and please report this.</source>
        <translation>Er is een interne fout opgetreden ({kind}). Het getoonde resultaat kan onvolledig zijn: begin een nieuwe patiënt, voer de waarden opnieuw in en meld deze fout.</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message numerus="yes">
        <source>Writing %n PDF report(s)…</source>
        <translation>
            <numerusform>%n PDF-rapport wordt geschreven…</numerusform>
            <numerusform>%n PDF-rapporten worden geschreven…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: {reason}.</source>
        <translation>De export is gestopt: {reason}.</translation>
    </message>
    <message>
        <source>Export cancelled. The reports written so far are listed in index.csv in {folder}; no combined file was made.</source>
        <translation>Export geannuleerd. De tot nu toe geschreven rapporten staan in index.csv in {folder}; er is geen gecombineerd bestand gemaakt.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Pdf-rapporten exporteren</translation>
    </message>
    <message>
        <source>Export PDF reports — TRAINING</source>
        <translation>PDF-rapporten exporteren — TRAINING</translation>
    </message>
    <message numerus="yes">
        <source>%n one-page report(s), a summary listing every row (rows needing action first), and all of them in one file to print (all-reports.pdf).</source>
        <translation>
            <numerusform>%n rapport van één pagina, een overzicht van elke rij (rijen die actie vereisen eerst) en alles samen in één bestand om af te drukken (all-reports.pdf).</numerusform>
            <numerusform>%n rapporten van één pagina, een overzicht van elke rij (rijen die actie vereisen eerst) en alles samen in één bestand om af te drukken (all-reports.pdf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected at import: they are listed with the reason.</source>
        <translation>
            <numerusform>%n rij bij het importeren afgewezen: deze wordt met de reden vermeld.</numerusform>
            <numerusform>%n rijen bij het importeren afgewezen: ze worden met de reden vermeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Map voor de rapporten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Patient identifiers in file &amp;names</source>
        <translation>Patiënt-ID&apos;s in bestands&amp;namen</translation>
    </message>
    <message>
        <source>Untick on a shared drive: files are then named by row number only</source>
        <translation>Uitvinken op een gedeelde schijf: de bestanden krijgen dan alleen het rijnummer als naam</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
</context>
<context>
    <name>BatchResultWindow</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Pdf-rapporten exporteren</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
</context>
<context>
    <name>CardEligibility</name>
    <message>
        <source>Eligibility: not assessed.</source>
        <translation>Geschiktheid voor de studie: niet beoordeeld.</translation>
    </message>
    <message>
        <source>Eligibility: the stored checklist cannot be read: {reason}</source>
        <translation>Geschiktheid voor de studie: de opgeslagen checklist kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Eligibility: not assessed. Patient ▸ Eligibility checklist (Ctrl+Shift+E) or the button below enters it.</source>
        <translation>Geschiktheid voor de studie: niet beoordeeld. Voer deze in via Patiënt ▸ Inclusiechecklist (Ctrl+Shift+E) of met de knop hieronder.</translation>
    </message>
    <message>
        <source>Eligibility: checklist #{id} cannot be read: {reason}</source>
        <translation>Geschiktheid voor de studie: checklist #{id} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>outside the tested population</source>
        <translation>buiten de geteste populatie</translation>
    </message>
    <message>
        <source>fit to the tested population unknown</source>
        <translation>aansluiting bij de geteste populatie onbekend</translation>
    </message>
    <message>
        <source>all listed criteria met</source>
        <translation>alle vermelde criteria vervuld</translation>
    </message>
    <message>
        <source>Eligibility (checklist #{id}, assessment #{assessment}): {met} met · {failed} not met · {unknown} unknown — {verdict}</source>
        <translation>Geschiktheid voor de studie (checklist #{id}, beoordeling #{assessment}): {met} vervuld · {failed} niet vervuld · {unknown} onbekend — {verdict}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Phenotype map</source>
        <translation>Fenotypekaart</translation>
    </message>
    <message>
        <source>Evidence chart</source>
        <translation>Bewijsgrafiek</translation>
    </message>
</context>
<context>
    <name>CohortStoreBar</name>
    <message>
        <source>Storing this import</source>
        <translation>Deze import opslaan</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Store %n assessment(s) in the training records</source>
        <translation>
            <numerusform>%n beoordeling in de trainingsgegevens op&amp;slaan</numerusform>
            <numerusform>%n beoordelingen in de trainingsgegevens op&amp;slaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Store %n assessment(s) in the clinical records</source>
        <translation>
            <numerusform>%n beoordeling in de klinische gegevens op&amp;slaan</numerusform>
            <numerusform>%n beoordelingen in de klinische gegevens op&amp;slaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Store the assessments</source>
        <translation>De beoordelingen opslaan</translation>
    </message>
    <message>
        <source>&amp;View only</source>
        <translation>Alleen &amp;bekijken</translation>
    </message>
    <message>
        <source>View only, store nothing</source>
        <translation>Alleen bekijken, niets opslaan</translation>
    </message>
    <message>
        <source>Storing progress</source>
        <translation>Voortgang van het opslaan</translation>
    </message>
    <message>
        <source>Cancel storing</source>
        <translation>Opslaan annuleren</translation>
    </message>
    <message>
        <source>Nothing from this file has been stored. Store it in the patients&apos; records, or only view it?</source>
        <translation>Er is nog niets uit dit bestand opgeslagen. Wilt u het in de gegevens van de patiënten opslaan of alleen bekijken?</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n assessment(s)…</source>
        <translation>
            <numerusform>%n beoordeling wordt opgeslagen…</numerusform>
            <numerusform>%n beoordelingen worden opgeslagen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewing only: nothing from this file is stored.</source>
        <translation>Alleen bekijken: er wordt niets uit dit bestand opgeslagen.</translation>
    </message>
    <message>
        <source>Viewing only: nothing from this file is stored. The choice could not be written to the audit trail: {reason}</source>
        <translation>Alleen bekijken: er wordt niets uit dit bestand opgeslagen. De keuze kon niet in de audittrail worden vastgelegd: {reason}</translation>
    </message>
    <message>
        <source>Storing is still running: wait for it to finish, or cancel it, before closing this window.</source>
        <translation>Het opslaan loopt nog: wacht tot het klaar is of annuleer het voordat u dit venster sluit.</translation>
    </message>
    <message>
        <source>Stored in the training records as import #{id}.</source>
        <translation>Opgeslagen in de trainingsgegevens als import #{id}.</translation>
    </message>
    <message>
        <source>Stored in the clinical records as import #{id}.</source>
        <translation>Opgeslagen in de klinische gegevens als import #{id}.</translation>
    </message>
    <message numerus="yes">
        <source>Stored in the training records as import #{id}: %n assessment(s).</source>
        <translation>
            <numerusform>Opgeslagen in de trainingsgegevens als import #{id}: %n beoordeling.</numerusform>
            <numerusform>Opgeslagen in de trainingsgegevens als import #{id}: %n beoordelingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored in the clinical records as import #{id}: %n assessment(s).</source>
        <translation>
            <numerusform>Opgeslagen in de klinische gegevens als import #{id}: %n beoordeling.</numerusform>
            <numerusform>Opgeslagen in de klinische gegevens als import #{id}: %n beoordelingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored: {reason} Nothing from this file was stored.</source>
        <translation>Niet opgeslagen: {reason} Er is niets uit dit bestand opgeslagen.</translation>
    </message>
    <message>
        <source>Storing cancelled: nothing from this file was stored.</source>
        <translation>Opslaan geannuleerd: er is niets uit dit bestand opgeslagen.</translation>
    </message>
</context>
<context>
    <name>CohortView</name>
    <message>
        <source>Cohort — {file}</source>
        <translation>Cohort — {file}</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Rijen tonen</translation>
    </message>
    <message>
        <source>Filter: patient id, phenotype, reason…</source>
        <translation>Filter: patiënt-ID, fenotype, reden…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Rijen filteren</translation>
    </message>
    <message>
        <source>Table status</source>
        <translation>Status van de tabel</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
    <message>
        <source>Select a row to see its full assessment.</source>
        <translation>Selecteer een rij om de volledige beoordeling te zien.</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Geselecteerde rij</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Opmerkingen bij de import</translation>
    </message>
    <message>
        <source>&amp;Open in the main window</source>
        <translation>In het &amp;hoofdvenster openen</translation>
    </message>
    <message>
        <source>Show this assessment in the main window (Enter); asks first if typed values are not saved</source>
        <translation>Deze beoordeling in het hoofdvenster tonen (Enter); vraagt eerst bevestiging als ingevoerde waarden niet zijn opgeslagen</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Resultaten exporteren…</translation>
    </message>
    <message>
        <source>Export rejected rows…</source>
        <translation>Afgewezen rijen exporteren…</translation>
    </message>
    <message>
        <source>Export PDF reports…</source>
        <translation>PDF-rapporten exporteren…</translation>
    </message>
    <message>
        <source>One PDF per patient row, a cohort summary and an index, rendered on every CPU core</source>
        <translation>Eén PDF per patiëntrij, een cohortoverzicht en een index, op alle processorkernen gemaakt</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Fenotypekaart van het cohort</translation>
    </message>
    <message>
        <source>classified</source>
        <translation>geclassificeerd</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <translation>classificatie niet mogelijk</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>MALS</source>
        <translation>MALS</translation>
    </message>
    <message>
        <source>Immunoparalysis</source>
        <translation>Immunoparalyse</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Ongeclassificeerd</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>Classificatie niet mogelijk</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle rijen</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Geclassificeerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patiënt-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Fenotype</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritine</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Afnametijd</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Data rows: {n}</source>
        <translation>Gegevensrijen: {n}</translation>
    </message>
    <message>
        <source>classified: {n}</source>
        <translation>geclassificeerd: {n}</translation>
    </message>
    <message>
        <source>cannot classify: {n}</source>
        <translation>classificatie niet mogelijk: {n}</translation>
    </message>
    <message>
        <source>rejected: {n}</source>
        <translation>afgewezen: {n}</translation>
    </message>
    <message>
        <source>assessments: {n}</source>
        <translation>beoordelingen: {n}</translation>
    </message>
    <message>
        <source>{phenotype} {n}</source>
        <translation>{phenotype} {n}</translation>
    </message>
    <message>
        <source>Cohort rows</source>
        <translation>Rijen van het cohort</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Full assessment of the selected row</source>
        <translation>Volledige beoordeling van de geselecteerde rij</translation>
    </message>
    <message>
        <source>Row {row} was rejected: {reasons}</source>
        <translation>Rij {row} is afgewezen: {reasons}</translation>
    </message>
    <message>
        <source>Row {row}, patient {patient}</source>
        <translation>Rij {row}, patiënt {patient}</translation>
    </message>
    <message>
        <source>Imported row {row} — {patient}</source>
        <translation>Geïmporteerde rij {row} — {patient}</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Sorteren…</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Zoeken wordt voorbereid…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Resultaten exporteren</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Afgewezen rijen exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wordt geschreven…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
</context>
<context>
    <name>CohortWindow</name>
    <message>
        <source>Recent &amp;imports</source>
        <translation>Recente &amp;imports</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Recente imports</translation>
    </message>
    <message>
        <source>Recent import</source>
        <translation>Recente import</translation>
    </message>
    <message>
        <source>The file has changed since it was imported (its content is different), so it is not shown in place of the imported cohort. Import it again to see its new content.</source>
        <translation>Het bestand is gewijzigd sinds het werd geïmporteerd (de inhoud is anders) en wordt daarom niet getoond in plaats van het geïmporteerde cohort. Importeer het opnieuw om de nieuwe inhoud te zien.</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Fenotypekaart van het cohort</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Het bestand wordt opnieuw gelezen…</translation>
    </message>
    <message>
        <source>{name} — training, stored as import #{id}</source>
        <translation>{name} — training, opgeslagen als import #{id}</translation>
    </message>
    <message>
        <source>{name} — clinical, stored as import #{id}</source>
        <translation>{name} — klinisch, opgeslagen als import #{id}</translation>
    </message>
    <message>
        <source>{name} — training, viewed only</source>
        <translation>{name} — training, alleen bekeken</translation>
    </message>
    <message>
        <source>{name} — clinical, viewed only</source>
        <translation>{name} — klinisch, alleen bekeken</translation>
    </message>
    <message>
        <source>This import was made in training mode; switch to it to reopen the import.</source>
        <translation>Deze import is in de trainingsmodus gemaakt; schakel over naar de trainingsmodus om de import opnieuw te openen.</translation>
    </message>
    <message>
        <source>This import was made in clinical mode; leave training mode to reopen it.</source>
        <translation>Deze import is in de klinische modus gemaakt; verlaat de trainingsmodus om deze opnieuw te openen.</translation>
    </message>
    <message>
        <source>(no recent imports)</source>
        <translation>(geen recente imports)</translation>
    </message>
    <message>
        <source>The file is no longer where it was imported from: {path}</source>
        <translation>Het bestand staat niet meer op de plaats van waaruit het werd geïmporteerd: {path}</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Het bestand kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read ({kind}).</source>
        <translation>Het bestand kan niet worden gelezen ({kind}).</translation>
    </message>
</context>
<context>
    <name>DailySofaPanel</name>
    <message>
        <source>Enter the date as YYYY-MM-DD (for example 2026-11-24).</source>
        <translation>Voer de datum in als JJJJ-MM-DD (bijvoorbeeld 2026-11-24).</translation>
    </message>
    <message>
        <source>{date} is after today; a SOFA is entered for a day that has begun.</source>
        <translation>{date} ligt na vandaag; een SOFA wordt ingevoerd voor een dag die al begonnen is.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day1}).</source>
        <translation>{date} ligt vóór dag 1 ({day1}).</translation>
    </message>
    <message>
        <source>The SOFA calculator has no total: correct its fields, or type the total.</source>
        <translation>De SOFA-calculator heeft geen totaal: corrigeer de velden ervan of typ het totaal.</translation>
    </message>
    <message>
        <source>Nothing is entered in the SOFA calculator yet.</source>
        <translation>Er is nog niets ingevoerd in de SOFA-calculator.</translation>
    </message>
    <message>
        <source>Type the total as a whole number from 0 to 24.</source>
        <translation>Typ het totaal als geheel getal van 0 tot 24.</translation>
    </message>
    <message>
        <source>Enter the patient identifier in the main window first.</source>
        <translation>Voer eerst de patiënt-ID in het hoofdvenster in.</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s records…</source>
        <translation>De gegevens van de patiënt worden gelezen…</translation>
    </message>
    <message>
        <source>Day {day} already has a SOFA: select it below and correct it.</source>
        <translation>Dag {day} heeft al een SOFA: selecteer deze hieronder en corrigeer hem.</translation>
    </message>
    <message>
        <source>day {day}</source>
        <translation>dag {day}</translation>
    </message>
    <message>
        <source>No SOFA is stored for this patient yet: the first one saved fixes day 1 (day 1 is the day of phenotyping; choose its study day if the first SOFA stored is a later one).</source>
        <translation>Voor deze patiënt is nog geen SOFA opgeslagen: de eerste opgeslagen SOFA legt dag 1 vast (dag 1 is de dag van fenotypering; kies de studiedag als de eerste opgeslagen SOFA van een latere dag is).</translation>
    </message>
    <message>
        <source>Day 1 (the day of phenotyping) of this course: {date}. The study day follows from the date.</source>
        <translation>Dag 1 (de dag van fenotypering) van dit beloop: {date}. De studiedag volgt uit de datum.</translation>
    </message>
    <message>
        <source>Nothing is entered in the calculator yet.</source>
        <translation>Er is nog niets ingevoerd in de calculator.</translation>
    </message>
    <message>
        <source>The calculator has no total: a field there is marked in red.</source>
        <translation>De calculator heeft geen totaal: daar is een veld rood gemarkeerd.</translation>
    </message>
    <message>
        <source>Correct the date of &amp;death…</source>
        <translation>Datum van overlij&amp;den corrigeren…</translation>
    </message>
    <message>
        <source>Record &amp;death…</source>
        <translation>Overlij&amp;den registreren…</translation>
    </message>
    <message>
        <source>&amp;Save SOFA for day {day} ({date})…</source>
        <translation>SOFA voor dag {day} ({date}) op&amp;slaan…</translation>
    </message>
    <message>
        <source>&amp;Save SOFA…</source>
        <translation>SOFA op&amp;slaan…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>death on {date}</source>
        <translation>overlijden op {date}</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>calculator</translation>
    </message>
    <message>
        <source>total typed</source>
        <translation>totaal getypt</translation>
    </message>
    <message>
        <source>day {day} ({date}): SOFA {total}, {n} of 6 systems, {how}</source>
        <translation>dag {day} ({date}): SOFA {total}, {n} van 6 systemen, {how}</translation>
    </message>
    <message>
        <source>{when} by {user}</source>
        <translation>{when} door {user}</translation>
    </message>
    <message>
        <source>Day {day} ({date}): SOFA {total}</source>
        <translation>Dag {day} ({date}): SOFA {total}</translation>
    </message>
    <message>
        <source>This SOFA fixes day 1 of the course: {date}.</source>
        <translation>Deze SOFA legt dag 1 van het beloop vast: {date}.</translation>
    </message>
    <message>
        <source>Save daily SOFA</source>
        <translation>Dagelijkse SOFA opslaan</translation>
    </message>
    <message>
        <source>Save this daily SOFA in the TRAINING records of patient:</source>
        <translation>Deze dagelijkse SOFA opslaan in de TRAININGSgegevens van patiënt:</translation>
    </message>
    <message>
        <source>Save this daily SOFA in the clinical records of patient:</source>
        <translation>Deze dagelijkse SOFA opslaan in de klinische gegevens van patiënt:</translation>
    </message>
    <message>
        <source>Daily SOFA saved for {patient}, day {day}.</source>
        <translation>Dagelijkse SOFA opgeslagen voor {patient}, dag {day}.</translation>
    </message>
    <message>
        <source>{total} from {n} of 6 organ systems ({how})</source>
        <translation>{total} uit {n} van 6 orgaansystemen ({how})</translation>
    </message>
    <message>
        <source>Correct a daily SOFA</source>
        <translation>Een dagelijkse SOFA corrigeren</translation>
    </message>
    <message>
        <source>Day {day} of {patient} will be stored again as SOFA {total}; the old version (record #{id}) stays stored, marked as superseded.</source>
        <translation>Dag {day} van {patient} wordt opnieuw opgeslagen als SOFA {total}; de oude versie (registratie #{id}) blijft bewaard, gemarkeerd als vervangen.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>Correctie &amp;opslaan</translation>
    </message>
    <message>
        <source>Correction saved for {patient}.</source>
        <translation>Correctie opgeslagen voor {patient}.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Als foutieve invoer markeren</translation>
    </message>
    <message>
        <source>Record #{id} of {patient} will be marked as entered in error. It stays stored and listed, and no longer counts.</source>
        <translation>Registratie #{id} van {patient} wordt gemarkeerd als foutieve invoer. Ze blijft opgeslagen en vermeld, en telt niet meer mee.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>Als foutieve invoer &amp;markeren</translation>
    </message>
    <message>
        <source>Record #{id} marked as entered in error.</source>
        <translation>Registratie #{id} gemarkeerd als foutieve invoer.</translation>
    </message>
    <message>
        <source>Death recorded for {patient}.</source>
        <translation>Overlijden geregistreerd voor {patient}.</translation>
    </message>
    <message>
        <source>Enter a day&apos;s SOFA</source>
        <translation>SOFA van een dag invoeren</translation>
    </message>
    <message>
        <source>The trial&apos;s day-9 measure</source>
        <translation>De dag 9-uitkomstmaat van de studie</translation>
    </message>
    <message>
        <source>Stored daily SOFA and death records</source>
        <translation>Opgeslagen dagelijkse SOFA- en overlijdensregistraties</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>Date of this SOFA</source>
        <translation>Datum van deze SOFA</translation>
    </message>
    <message>
        <source>study day:</source>
        <translation>studiedag:</translation>
    </message>
    <message>
        <source>Study day of this SOFA</source>
        <translation>Studiedag van deze SOFA</translation>
    </message>
    <message>
        <source>From the SOFA &amp;calculator:</source>
        <translation>Uit de SOFA-&amp;calculator:</translation>
    </message>
    <message>
        <source>Open the calculator</source>
        <translation>De calculator openen</translation>
    </message>
    <message>
        <source>Total t&amp;yped from the chart:</source>
        <translation>Totaal &amp;getypt uit de curve:</translation>
    </message>
    <message>
        <source>SOFA total typed</source>
        <translation>Getypt SOFA-totaal</translation>
    </message>
    <message>
        <source>resting on</source>
        <translation>gebaseerd op</translation>
    </message>
    <message>
        <source>Organ systems the typed total rests on</source>
        <translation>Orgaansystemen waarop het getypte totaal is gebaseerd</translation>
    </message>
    <message>
        <source>{n} of 6 organ systems</source>
        <translation>{n} van 6 orgaansystemen</translation>
    </message>
    <message>
        <source>C&amp;orrect with the values above…</source>
        <translation>Met de bovenstaande waarden c&amp;orrigeren…</translation>
    </message>
    <message>
        <source>Mark e&amp;ntered in error…</source>
        <translation>Als foutieve invoer mar&amp;keren…</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <source>Correct the date of death</source>
        <translation>De datum van overlijden corrigeren</translation>
    </message>
    <message>
        <source>Record death</source>
        <translation>Overlijden registreren</translation>
    </message>
    <message>
        <source>Patient {patient}. From the day of death every day of the day-9 measure counts SOFA 24 (the trial&apos;s statistical analysis plan).</source>
        <translation>Patiënt {patient}. Vanaf de dag van overlijden telt elke dag van de dag 9-uitkomstmaat als SOFA 24 (statistisch analyseplan van de studie).</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Datum van overlijden</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reden voor de correctie</translation>
    </message>
    <message>
        <source>&amp;Date of death:</source>
        <translation>&amp;Datum van overlijden:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Voer de datum in als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>De datum ligt na vandaag.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Een correctie vereist een reden.</translation>
    </message>
</context>
<context>
    <name>DemoCasePanel</name>
    <message>
        <source>Training case</source>
        <translation>Trainingscasus</translation>
    </message>
    <message>
        <source>choose a synthetic case…</source>
        <translation>kies een synthetische casus…</translation>
    </message>
    <message>
        <source>Training &amp;case:</source>
        <translation>Trainings&amp;casus:</translation>
    </message>
    <message>
        <source>&amp;Quiz: hide the answers</source>
        <translation>&amp;Quiz: antwoorden verbergen</translation>
    </message>
    <message>
        <source>Quiz mode</source>
        <translation>Quizmodus</translation>
    </message>
    <message>
        <source>R&amp;eveal</source>
        <translation>Onthull&amp;en</translation>
    </message>
    <message>
        <source>Reveal the expected result</source>
        <translation>Verwacht resultaat onthullen</translation>
    </message>
    <message>
        <source>{id} · {title} — topic: {topic}</source>
        <translation>{id} · {title} — onderwerp: {topic}</translation>
    </message>
    <message>
        <source>Choose a case to fill in the form; ↑/↓ step through them.</source>
        <translation>Kies een casus om het formulier in te vullen; met ↑/↓ bladert u door de casussen.</translation>
    </message>
    <message>
        <source>Teaching note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Verwacht resultaat</translation>
    </message>
    <message>
        <source>Result compared with the case</source>
        <translation>Resultaat vergeleken met de casus</translation>
    </message>
    <message>
        <source>✔ matches the result shown</source>
        <translation>✔ komt overeen met het getoonde resultaat</translation>
    </message>
    <message>
        <source>Values changed: the result may differ</source>
        <translation>Waarden gewijzigd: het resultaat kan afwijken</translation>
    </message>
    <message>
        <source>Case {n} of {total} ({id})</source>
        <translation>Casus {n} van {total} ({id})</translation>
    </message>
    <message>
        <source>Expected result hidden: read the result, then Reveal (Alt+E).</source>
        <translation>Verwacht resultaat verborgen: lees het resultaat en kies dan Onthullen (Alt+E).</translation>
    </message>
    <message>
        <source>Quiz: {id}. What phenotype do these values give, and why?</source>
        <translation>Quiz: {id}. Welk fenotype geven deze waarden, en waarom?</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>Classificatie niet mogelijk</translation>
    </message>
    <message>
        <source>Expected: {result}</source>
        <translation>Verwacht: {result}</translation>
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
        <translation>Voor deze patiënt is geen inclusiechecklist opgeslagen. Patiënt ▸ Inclusiechecklist (Ctrl+Shift+E) voert er een in.</translation>
    </message>
    <message>
        <source>Eligibility checklists stored for this patient, oldest first. The ImmunoSep evidence comes from the population these criteria describe and may not apply outside it; the checklist never blocks a phenotype.</source>
        <translation>Voor deze patiënt opgeslagen inclusiechecklists, oudste eerst. Het ImmunoSep-bewijs komt uit de populatie die deze criteria beschrijven en is daarbuiten mogelijk niet van toepassing; de checklist blokkeert nooit een fenotype.</translation>
    </message>
    <message>
        <source>Checklist #{id}, stored with assessment #{assessment}</source>
        <translation>Checklist #{id}, opgeslagen bij beoordeling #{assessment}</translation>
    </message>
    <message>
        <source>checklist {version}</source>
        <translation>checklist {version}</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
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
        <translation>nee</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Inclusion {number}</source>
        <translation>Inclusie {number}</translation>
    </message>
    <message>
        <source>Exclusion {number}</source>
        <translation>Exclusie {number}</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>NIET GEVERIFIEERD</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>About taking part in the trial, not about the patient&apos;s condition.</source>
        <translation>Over deelname aan de studie, niet over de toestand van de patiënt.</translation>
    </message>
    <message>
        <source>No summary: {reason}</source>
        <translation>Geen samenvatting: {reason}</translation>
    </message>
    <message>
        <source>A checklist (record #{id}) is stored with assessment #{assessment}; saving stores a corrected version.</source>
        <translation>Er is een checklist (registratie #{id}) opgeslagen bij beoordeling #{assessment}; opslaan bewaart een gecorrigeerde versie.</translation>
    </message>
    <message>
        <source>Saved with assessment #{assessment}.</source>
        <translation>Opgeslagen bij beoordeling #{assessment}.</translation>
    </message>
    <message>
        <source>&amp;Save corrected checklist…</source>
        <translation>Gecorrigeerde checklist op&amp;slaan…</translation>
    </message>
    <message>
        <source>&amp;Save checklist…</source>
        <translation>Checklist op&amp;slaan…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Eligibility checklist saved for {patient}.</source>
        <translation>Inclusiechecklist opgeslagen voor {patient}.</translation>
    </message>
    <message>
        <source>Correct the eligibility checklist</source>
        <translation>De inclusiechecklist corrigeren</translation>
    </message>
    <message>
        <source>The checklist of assessment #{assessment} of {patient} will be stored again with these answers; the old version (record #{id}) stays stored, marked as superseded.</source>
        <translation>De checklist van beoordeling #{assessment} van {patient} wordt opnieuw opgeslagen met deze antwoorden; de oude versie (registratie #{id}) blijft bewaard, gemarkeerd als vervangen.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>Correctie &amp;opslaan</translation>
    </message>
    <message>
        <source>Save eligibility checklist</source>
        <translation>Inclusiechecklist opslaan</translation>
    </message>
    <message>
        <source>Save this checklist in the TRAINING records of patient:</source>
        <translation>Deze checklist opslaan in de TRAININGSgegevens van patiënt:</translation>
    </message>
    <message>
        <source>Save this checklist in the clinical records of patient:</source>
        <translation>Deze checklist opslaan in de klinische gegevens van patiënt:</translation>
    </message>
    <message>
        <source>With assessment #{assessment}</source>
        <translation>Bij beoordeling #{assessment}</translation>
    </message>
    <message>
        <source>Use only if… — the ImmunoSep trial&apos;s eligibility criteria (NCT04990232), as registered</source>
        <translation>Alleen gebruiken als… — de in- en exclusiecriteria van de ImmunoSep-studie (NCT04990232), zoals geregistreerd</translation>
    </message>
    <message>
        <source>Inclusion criteria: each must be met</source>
        <translation>Inclusiecriteria: aan elk moet zijn voldaan</translation>
    </message>
    <message>
        <source>Exclusion criteria: each must be absent</source>
        <translation>Exclusiecriteria: elk moet afwezig zijn</translation>
    </message>
    <message>
        <source>Neutrophils (&amp;ANC):</source>
        <translation>Neutrofielen (&amp;ANC):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>{kind} criterion {number}: answer</source>
        <translation>{kind}criterium {number}: antwoord</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusie</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusie</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>NIET GEVERIFIEERD</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-DD UU:MM</translation>
    </message>
    <message>
        <source>as used on the ward, e.g. bed 7</source>
        <translation>zoals gebruikt op de afdeling, bijv. bed 7</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Patiënt-ID</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Leeftijd in jaren</translation>
    </message>
    <message>
        <source>years, e.g. 64</source>
        <translation>jaren, bijv. 64</translation>
    </message>
    <message>
        <source>ferritin</source>
        <translation>ferritine</translation>
    </message>
    <message>
        <source>e.g. 5120</source>
        <translation>bijv. 5120</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>e.g. 3200</source>
        <translation>bijv. 3200</translation>
    </message>
    <message>
        <source>Ferritin sample time</source>
        <translation>Afnametijd ferritine</translation>
    </message>
    <message>
        <source>HLA-DR sample time</source>
        <translation>Afnametijd HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR processing time</source>
        <translation>Verwerkingstijd HLA-DR</translation>
    </message>
    <message>
        <source>Decimal separator in force</source>
        <translation>Geldend decimaalteken</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Ward &amp;identifier</source>
        <translation>Patiënt-&amp;ID</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>&amp;Leeftijd (jaren)</translation>
    </message>
    <message>
        <source>Laboratory values</source>
        <translation>Laboratoriumwaarden</translation>
    </message>
    <message>
        <source>Fe&amp;rritin</source>
        <translation>Fe&amp;rritine</translation>
    </message>
    <message>
        <source>HLA-&amp;DR</source>
        <translation>HLA-&amp;DR</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR in antibodies bound per cell (AB/C, QuantiBRITE). % positive and MFI can be chosen, but cannot be used.</source>
        <translation>Monocytair HLA-DR in gebonden antilichamen per cel (AB/C, QuantiBRITE). % positief en MFI kunnen worden gekozen, maar niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Sample times (optional)</source>
        <translation>Afnametijden (optioneel)</translation>
    </message>
    <message>
        <source>Ferritin &amp;sampled</source>
        <translation>Ferritine &amp;afgenomen</translation>
    </message>
    <message>
        <source>HLA-DR sa&amp;mpled</source>
        <translation>HLA-DR afgeno&amp;men</translation>
    </message>
    <message>
        <source>HLA-DR pr&amp;ocessed</source>
        <translation>HLA-DR ver&amp;werkt</translation>
    </message>
    <message>
        <source>read as {reading}</source>
        <translation>gelezen als {reading}</translation>
    </message>
    <message>
        <source>read as {when}</source>
        <translation>gelezen als {when}</translation>
    </message>
    <message>
        <source>Decimal separator in force: &apos;{sep}&apos; (e.g. {example}); thousands separators are never accepted. Change it in File ▸ Settings.</source>
        <translation>Geldend decimaalteken: &apos;{sep}&apos; (bijv. {example}); scheidingstekens voor duizendtallen worden nooit geaccepteerd. Wijzigen via Bestand ▸ Instellingen.</translation>
    </message>
    <message>
        <source>Unusually high: above {limit} {unit}. Check the value and its unit.</source>
        <translation>Ongewoon hoog: boven {limit} {unit}. Controleer de waarde en de eenheid.</translation>
    </message>
    <message>
        <source>Unusually low: below {limit} {unit}. Check the value and its unit.</source>
        <translation>Ongewoon laag: onder {limit} {unit}. Controleer de waarde en de eenheid.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Randomized, double-blind, double-dummy, placebo-controlled phase 2 trial; 33 sites in 6 countries; 2021-08-05 to 2024-04-29.</source>
        <comment>trial/design</comment>
        <extracomment>immunosep.json trial/design</extracomment>
        <translation>Gerandomiseerde, dubbelblinde, placebogecontroleerde fase 2-studie met double-dummy-opzet; 33 centra in 6 landen; 2021-08-05 tot 2024-04-29.</translation>
    </message>
    <message>
        <source>Adults (≥ 18 years) with sepsis by Sepsis-3 (SOFA ≥ 2, or a rise of ≥ 2 points if already in hospital).</source>
        <comment>trial/population/0</comment>
        <extracomment>immunosep.json trial/population/0</extracomment>
        <translation>Volwassenen (≥ 18 jaar) met sepsis volgens Sepsis-3 (SOFA ≥ 2, of een stijging van ≥ 2 punten bij patiënten die al opgenomen waren).</translation>
    </message>
    <message>
        <source>Infection: community-acquired, hospital-acquired or ventilator-associated pneumonia, or primary bacteraemia.</source>
        <comment>trial/population/1</comment>
        <extracomment>immunosep.json trial/population/1</extracomment>
        <translation>Infectie: buiten het ziekenhuis opgelopen, in het ziekenhuis opgelopen of beademingsgerelateerde pneumonie, of primaire bacteriëmie.</translation>
    </message>
    <message>
        <source>MALS (ferritin &gt; 4420 ng/mL) or immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR &lt; 5000 AB/C, QuantiBRITE, CD45/CD14 monocytes).</source>
        <comment>trial/population/2</comment>
        <extracomment>immunosep.json trial/population/2</extracomment>
        <translation>MALS (ferritine &gt; 4420 ng/mL) of immunoparalyse (ferritine ≤ 4420 ng/mL en HLA-DR &lt; 5000 AB/C, QuantiBRITE, CD45/CD14-monocyten).</translation>
    </message>
    <message>
        <source>Blinded treatment started within 72 hours of sepsis classification.</source>
        <comment>trial/population/3</comment>
        <extracomment>immunosep.json trial/population/3</extracomment>
        <translation>Geblindeerde behandeling gestart binnen 72 uur na classificatie als sepsis.</translation>
    </message>
    <message>
        <source>Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.</source>
        <comment>trial/key_exclusions/0</comment>
        <extracomment>immunosep.json trial/key_exclusions/0</extracomment>
        <translation>Acute pyelonefritis, intra-abdominale infectie, meningitis of huidinfectie.</translation>
    </message>
    <message>
        <source>Stage IV malignancy; neutropenia (registry: ANC &lt; 1500/mm³; protocol transcription: &lt; 1000/mm³); do-not-resuscitate decision.</source>
        <comment>trial/key_exclusions/1</comment>
        <extracomment>immunosep.json trial/key_exclusions/1</extracomment>
        <translation>Maligniteit stadium IV; neutropenie (register: absoluut aantal neutrofielen &lt; 1500/mm³; protocoltranscriptie: &lt; 1000/mm³); besluit om niet te reanimeren.</translation>
    </message>
    <message>
        <source>Bacteraemia with coagulase-negative staphylococci or skin commensals, or catheter-related infection.</source>
        <comment>trial/key_exclusions/2</comment>
        <extracomment>immunosep.json trial/key_exclusions/2</extracomment>
        <translation>Bacteriëmie met coagulasenegatieve stafylokokken of huidcommensalen, of kathetergerelateerde infectie.</translation>
    </message>
    <message>
        <source>Other infection sources (urinary, abdominal, skin, meningitis) were excluded: the evidence does not extend to them.</source>
        <comment>trial/how_patients_may_differ/0</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/0</extracomment>
        <translation>Andere infectiebronnen (urinewegen, buik, huid, meningitis) waren uitgesloten: het bewijs geldt niet voor deze bronnen.</translation>
    </message>
    <message>
        <source>Beyond 72 hours from sepsis classification the trial&apos;s time window no longer applies.</source>
        <comment>trial/how_patients_may_differ/1</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/1</extracomment>
        <translation>Meer dan 72 uur na de classificatie als sepsis geldt het tijdvenster van de studie niet meer.</translation>
    </message>
    <message>
        <source>Mean age in the trial was about 70 years and median SOFA 9; most patients were mechanically ventilated.</source>
        <comment>trial/how_patients_may_differ/2</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/2</extracomment>
        <translation>De gemiddelde leeftijd in de studie was ongeveer 70 jaar en de mediane SOFA-score 9; de meeste patiënten werden mechanisch beademd.</translation>
    </message>
    <message>
        <source>Patients with COVID-19 could enter only the MALS arm.</source>
        <comment>trial/how_patients_may_differ/3</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/3</extracomment>
        <translation>Patiënten met COVID-19 konden alleen in de MALS-arm worden opgenomen.</translation>
    </message>
    <message>
        <source>No mortality benefit was shown at 28 or 90 days.</source>
        <comment>trial/limits/0</comment>
        <extracomment>immunosep.json trial/limits/0</extracomment>
        <translation>Er werd geen voordeel voor de mortaliteit aangetoond na 28 of 90 dagen.</translation>
    </message>
    <message>
        <source>Phase 2 trial; 276 patients analysed (281 randomised).</source>
        <comment>trial/limits/1</comment>
        <extracomment>immunosep.json trial/limits/1</extracomment>
        <translation>Fase 2-studie; 276 patiënten geanalyseerd (281 gerandomiseerd).</translation>
    </message>
    <message>
        <source>The primary endpoint is organ dysfunction (SOFA), a surrogate outcome.</source>
        <comment>trial/limits/3</comment>
        <extracomment>immunosep.json trial/limits/3</extracomment>
        <translation>Het primaire eindpunt is orgaandisfunctie (SOFA), een surrogaateindpunt.</translation>
    </message>
    <message>
        <source>Sepsis use of anakinra and interferon-γ is off-label.</source>
        <comment>trial/limits/4</comment>
        <extracomment>immunosep.json trial/limits/4</extracomment>
        <translation>Gebruik van anakinra en interferon-γ bij sepsis is off-label.</translation>
    </message>
    <message>
        <source>Primary endpoint: proportion of patients with a decrease of ≥ 1.4 points in mean SOFA score by day 9 (day-1 SOFA minus the mean of days 2–9; patients who died scored 24 for the remaining days).</source>
        <comment>endpoint_definition</comment>
        <extracomment>immunosep.json endpoint_definition</extracomment>
        <translation>Primair eindpunt: aandeel patiënten met een daling van de gemiddelde SOFA-score met ≥ 1,4 punten tot dag 9 (SOFA op dag 1 min het gemiddelde van dag 2–9; overleden patiënten kregen 24 punten voor de resterende dagen).</translation>
    </message>
    <message>
        <source>No mortality benefit: 28-day mortality 43.5 % vs 49.7 % with placebo (P = .34); 90-day mortality 68.7 % vs 67.6 % (P = .90).</source>
        <comment>key_points/0/text</comment>
        <extracomment>immunosep.json key_points/0/text</extracomment>
        <translation>Geen voordeel voor de mortaliteit: mortaliteit na 28 dagen 43,5% vs. 49,7% met placebo (p = 0,34); mortaliteit na 90 dagen 68,7% vs. 67,6% (p = 0,90).</translation>
    </message>
    <message>
        <source>Phase 2 trial, 276 patients analysed. The primary endpoint was organ dysfunction (a decrease of ≥ 1.4 points in mean SOFA score by day 9), not survival.</source>
        <comment>key_points/1/text</comment>
        <extracomment>immunosep.json key_points/1/text</extracomment>
        <translation>Fase 2-studie, 276 patiënten geanalyseerd. Het primaire eindpunt was orgaandisfunctie (een daling van de gemiddelde SOFA-score met ≥ 1,4 punten tot dag 9), niet overleving.</translation>
    </message>
    <message>
        <source>Off-label use: anakinra and recombinant interferon-γ are not licensed for sepsis.</source>
        <comment>key_points/2/text</comment>
        <extracomment>immunosep.json key_points/2/text</extracomment>
        <translation>Off-labelgebruik: anakinra en recombinant interferon-γ zijn niet geregistreerd voor sepsis.</translation>
    </message>
    <message>
        <source>Tested in adults (≥ 18 years) with sepsis (Sepsis-3) from pneumonia (community-acquired, hospital-acquired or ventilator-associated) or primary bacteraemia, treated within 72 hours of sepsis classification.</source>
        <comment>key_points/3/text</comment>
        <extracomment>immunosep.json key_points/3/text</extracomment>
        <translation>Getest bij volwassenen (≥ 18 jaar) met sepsis (Sepsis-3) door pneumonie (buiten het ziekenhuis opgelopen, in het ziekenhuis opgelopen of beademingsgerelateerd) of primaire bacteriëmie, behandeld binnen 72 uur na classificatie als sepsis.</translation>
    </message>
    <message>
        <source>Not tested in: urinary, intra-abdominal, meningeal or skin infections; stage IV cancer; neutropenia; do-not-resuscitate decisions.</source>
        <comment>key_points/4/text</comment>
        <extracomment>immunosep.json key_points/4/text</extracomment>
        <translation>Niet getest bij: urineweg-, intra-abdominale, meningeale of huidinfecties; kanker stadium IV; neutropenie; besluiten om niet te reanimeren.</translation>
    </message>
    <message>
        <source>Check the product information for renal dosing, contraindications and interactions.</source>
        <comment>regimen_caution</comment>
        <extracomment>immunosep.json regimen_caution</extracomment>
        <translation>Controleer de productinformatie (SmPC) op dosering bij nierfunctiestoornis, contra-indicaties en interacties.</translation>
    </message>
    <message>
        <source>Primary endpoint, all patients</source>
        <comment>comparisons/primary_overall/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/label</extracomment>
        <translation>Primair eindpunt, alle patiënten</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_overall/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_overall/endpoint</extracomment>
        <translation>Daling van de gemiddelde SOFA-score met ≥ 1,4 punten tot dag 9</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/primary_overall/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/treated/label</extracomment>
        <translation>precisie-immunotherapie</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/primary_overall/control/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/control/label</extracomment>
        <translation>placebo</translation>
    </message>
    <message>
        <source>Adjusted logistic OR 2.49 (95 % CI 1.42–4.36).</source>
        <comment>comparisons/primary_overall/published/extra</comment>
        <extracomment>immunosep.json comparisons/primary_overall/published/extra</extracomment>
        <translation>Gecorrigeerde logistische OR 2,49 (95%-BI 1,42–4,36).</translation>
    </message>
    <message>
        <source>Primary endpoint, MALS subgroup (anakinra vs placebo)</source>
        <comment>comparisons/primary_mals/label</comment>
        <extracomment>immunosep.json comparisons/primary_mals/label</extracomment>
        <translation>Primair eindpunt, MALS-subgroep (anakinra vs. placebo)</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_mals/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_mals/endpoint</extracomment>
        <translation>Daling van de gemiddelde SOFA-score met ≥ 1,4 punten tot dag 9</translation>
    </message>
    <message>
        <source>anakinra</source>
        <comment>comparisons/primary_mals/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_mals/treated/label</extracomment>
        <translation>anakinra</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/primary_mals/control/label</comment>
        <extracomment>immunosep.json comparisons/primary_mals/control/label</extracomment>
        <translation>placebo</translation>
    </message>
    <message>
        <source>The article text prints P = .04 for this subgroup.</source>
        <comment>comparisons/primary_mals/published/extra</comment>
        <extracomment>immunosep.json comparisons/primary_mals/published/extra</extracomment>
        <translation>De artikeltekst vermeldt p = 0,04 voor deze subgroep.</translation>
    </message>
    <message>
        <source>Primary endpoint, immunoparalysis subgroup (interferon-γ vs placebo)</source>
        <comment>comparisons/primary_immunoparalysis/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/label</extracomment>
        <translation>Primair eindpunt, subgroep immunoparalyse (interferon-γ vs. placebo)</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_immunoparalysis/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/endpoint</extracomment>
        <translation>Daling van de gemiddelde SOFA-score met ≥ 1,4 punten tot dag 9</translation>
    </message>
    <message>
        <source>interferon-γ</source>
        <comment>comparisons/primary_immunoparalysis/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/treated/label</extracomment>
        <translation>interferon-γ</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/primary_immunoparalysis/control/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/control/label</extracomment>
        <translation>placebo</translation>
    </message>
    <message>
        <source>The article text prints P = .02 for this subgroup.</source>
        <comment>comparisons/primary_immunoparalysis/published/extra</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/published/extra</extracomment>
        <translation>De artikeltekst vermeldt p = 0,02 voor deze subgroep.</translation>
    </message>
    <message>
        <source>deaths</source>
        <comment>comparisons/mortality_28d/events</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/events</extracomment>
        <translation>sterfgevallen</translation>
    </message>
    <message>
        <source>28-day mortality, all patients</source>
        <comment>comparisons/mortality_28d/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/label</extracomment>
        <translation>Mortaliteit na 28 dagen, alle patiënten</translation>
    </message>
    <message>
        <source>death by day 28</source>
        <comment>comparisons/mortality_28d/endpoint</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/endpoint</extracomment>
        <translation>overlijden tot dag 28</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/mortality_28d/treated/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/treated/label</extracomment>
        <translation>precisie-immunotherapie</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/mortality_28d/control/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/control/label</extracomment>
        <translation>placebo</translation>
    </message>
    <message>
        <source>Cox HR 0.83 (0.59–1.18), P = .298. The printed difference is placebo minus precision immunotherapy (precision minus placebo is −6.1).</source>
        <comment>comparisons/mortality_28d/published/extra</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/published/extra</extracomment>
        <translation>Cox-HR 0,83 (0,59–1,18), p = 0,298. Het gedrukte verschil is placebo min precisie-immunotherapie (precisie-immunotherapie min placebo is −6,1).</translation>
    </message>
    <message>
        <source>deaths</source>
        <comment>comparisons/mortality_90d/events</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/events</extracomment>
        <translation>sterfgevallen</translation>
    </message>
    <message>
        <source>90-day mortality, all patients</source>
        <comment>comparisons/mortality_90d/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/label</extracomment>
        <translation>Mortaliteit na 90 dagen, alle patiënten</translation>
    </message>
    <message>
        <source>death by day 90</source>
        <comment>comparisons/mortality_90d/endpoint</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/endpoint</extracomment>
        <translation>overlijden tot dag 90</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/mortality_90d/treated/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/treated/label</extracomment>
        <translation>precisie-immunotherapie</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/mortality_90d/control/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/control/label</extracomment>
        <translation>placebo</translation>
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
        <translation>anakinra</translation>
    </message>
    <message>
        <source>Anakinra 200 mg intravenously every 8 hours for 15 days (with subcutaneous placebo: double-dummy).</source>
        <comment>arms/anakinra/regimen</comment>
        <extracomment>immunosep.json arms/anakinra/regimen</extracomment>
        <translation>Anakinra 200 mg intraveneus elke 8 uur gedurende 15 dagen (met subcutane placebo: double-dummy).</translation>
    </message>
    <message>
        <source>Regimen used in the trial — information, not an order</source>
        <comment>arms/anakinra/regimen_label</comment>
        <extracomment>immunosep.json arms/anakinra/regimen_label</extracomment>
        <translation>In de studie gebruikt schema — informatie, geen voorschrift</translation>
    </message>
    <message>
        <source>Fewer signs of ileus with anakinra (non-serious events).</source>
        <comment>arms/anakinra/safety/2</comment>
        <extracomment>immunosep.json arms/anakinra/safety/2</extracomment>
        <translation>Minder tekenen van ileus met anakinra (niet-ernstige voorvallen).</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL places a patient in MALS; it does not establish HLH (HScore, HLH-2004 remain the diagnostic tools).</source>
        <comment>arms/anakinra/notes/0</comment>
        <extracomment>immunosep.json arms/anakinra/notes/0</extracomment>
        <translation>Ferritine &gt; 4420 ng/mL deelt een patiënt in bij MALS; het bewijst geen HLH (HScore en HLH-2004 blijven de diagnostische instrumenten).</translation>
    </message>
    <message>
        <source>Anakinra is licensed for RA, CAPS/NOMID and DIRA; sepsis use is off-label. No renal dose adjustment for the trial regimen was found.</source>
        <comment>arms/anakinra/notes/1</comment>
        <extracomment>immunosep.json arms/anakinra/notes/1</extracomment>
        <translation>Anakinra is geregistreerd voor RA, CAPS/NOMID en DIRA; gebruik bij sepsis is off-label. Er werd geen dosisaanpassing bij nierfunctiestoornis voor het studieschema gevonden.</translation>
    </message>
    <message>
        <source>recombinant human interferon-γ</source>
        <comment>arms/interferon_gamma/drug</comment>
        <extracomment>immunosep.json arms/interferon_gamma/drug</extracomment>
        <translation>recombinant humaan interferon-γ</translation>
    </message>
    <message>
        <source>Recombinant human interferon-γ 100 µg subcutaneously every 48 hours (every other day) for 15 days (with intravenous placebo: double-dummy).</source>
        <comment>arms/interferon_gamma/regimen</comment>
        <extracomment>immunosep.json arms/interferon_gamma/regimen</extracomment>
        <translation>Recombinant humaan interferon-γ 100 µg subcutaan elke 48 uur (om de dag) gedurende 15 dagen (met intraveneuze placebo: double-dummy).</translation>
    </message>
    <message>
        <source>Regimen used in the trial — information, not an order</source>
        <comment>arms/interferon_gamma/regimen_label</comment>
        <extracomment>immunosep.json arms/interferon_gamma/regimen_label</extracomment>
        <translation>In de studie gebruikt schema — informatie, geen voorschrift</translation>
    </message>
    <message>
        <source>More haemorrhage with interferon-γ; four haemorrhagic events occurred in treated patients with thrombocytopenia.</source>
        <comment>arms/interferon_gamma/safety/0</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/0</extracomment>
        <translation>Meer bloedingen met interferon-γ; vier hemorragische voorvallen traden op bij behandelde patiënten met trombocytopenie.</translation>
    </message>
    <message>
        <source>More creatinine increase, fibrinogen decrease and γ-GT increase with interferon-γ; less bradycardia (non-serious events).</source>
        <comment>arms/interferon_gamma/safety/1</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/1</extracomment>
        <translation>Vaker stijging van creatinine, daling van fibrinogeen en stijging van γ-GT met interferon-γ; minder bradycardie (niet-ernstige voorvallen).</translation>
    </message>
    <message>
        <source>HLA-DR must be antibodies bound per cell (QuantiBRITE, CD45/CD14 monocytes), not % positive monocytes or MFI.</source>
        <comment>arms/interferon_gamma/notes/0</comment>
        <extracomment>immunosep.json arms/interferon_gamma/notes/0</extracomment>
        <translation>HLA-DR moet zijn uitgedrukt in gebonden antilichamen per cel (QuantiBRITE, CD45/CD14-monocyten), niet in % positieve monocyten of MFI.</translation>
    </message>
    <message>
        <source>Interferon-γ-1b is licensed for chronic granulomatous disease; sepsis use is off-label.</source>
        <comment>arms/interferon_gamma/notes/1</comment>
        <extracomment>immunosep.json arms/interferon_gamma/notes/1</extracomment>
        <translation>Interferon-γ-1b is geregistreerd voor chronische granulomateuze ziekte; gebruik bij sepsis is off-label.</translation>
    </message>
    <message>
        <source>Serious treatment-emergent adverse events in 245 of 276 patients (88.8 %); 1069 events in all.</source>
        <comment>overall_safety/0</comment>
        <extracomment>immunosep.json overall_safety/0</extracomment>
        <translation>Ernstige, tijdens de behandeling opgetreden ongewenste voorvallen bij 245 van 276 patiënten (88,8%); in totaal 1069 voorvallen.</translation>
    </message>
    <message>
        <source>Serious adverse events judged probably or possibly related: 8 (6.1 %) with precision immunotherapy vs 3 (2.1 %) with placebo.</source>
        <comment>overall_safety/1</comment>
        <extracomment>immunosep.json overall_safety/1</extracomment>
        <translation>Ernstige ongewenste voorvallen beoordeeld als waarschijnlijk of mogelijk gerelateerd: 8 (6,1%) met precisie-immunotherapie vs. 3 (2,1%) met placebo.</translation>
    </message>
    <message>
        <source>This patient meets neither ImmunoSep phenotype (ferritin ≤ 4420 ng/mL and HLA-DR ≥ 5000 AB/C). Such patients were not eligible for the trial (355 of 672 screened fitted neither phenotype), so the ImmunoSep evidence does not apply and the trial offers no treatment for this state.</source>
        <comment>not_applicable/unclassified</comment>
        <extracomment>immunosep.json not_applicable/unclassified</extracomment>
        <translation>Deze patiënt voldoet aan geen van beide ImmunoSep-fenotypen (ferritine ≤ 4420 ng/mL en HLA-DR ≥ 5000 AB/C). Zulke patiënten kwamen niet in aanmerking voor de studie (355 van de 672 gescreende pasten bij geen van beide fenotypen), dus het ImmunoSep-bewijs is niet van toepassing en de studie biedt geen behandeling voor deze toestand.</translation>
    </message>
    <message>
        <source>The phenotype cannot be determined from these data, so no ImmunoSep evidence applies yet. Obtain what the reasons above ask for and assess again.</source>
        <comment>not_applicable/cannot_classify</comment>
        <extracomment>immunosep.json not_applicable/cannot_classify</extracomment>
        <translation>Het fenotype kan uit deze gegevens niet worden bepaald, dus er is nog geen ImmunoSep-bewijs van toepassing. Verkrijg wat de redenen hierboven vragen en beoordeel opnieuw.</translation>
    </message>
    <message>
        <source>28-day mortality: the difference is printed as 6.1 (−5.6 to 17.6), which is placebo minus precision immunotherapy; precision minus placebo is −6.1 (−17.6 to 5.6).</source>
        <comment>published_discrepancies/0</comment>
        <extracomment>immunosep.json published_discrepancies/0</extracomment>
        <translation>Mortaliteit na 28 dagen: het verschil is gedrukt als 6,1 (−5,6 tot 17,6), dat is placebo min precisie-immunotherapie; precisie-immunotherapie min placebo is −6,1 (−17,6 tot 5,6).</translation>
    </message>
    <message>
        <source>MALS subgroup: the article text prints P = .04; the eTable prints P = .034, which the counts reproduce (Fisher 0.0339).</source>
        <comment>published_discrepancies/1</comment>
        <extracomment>immunosep.json published_discrepancies/1</extracomment>
        <translation>MALS-subgroep: de artikeltekst vermeldt p = 0,04; de eTable vermeldt p = 0,034, wat de aantallen reproduceren (Fisher 0,0339).</translation>
    </message>
    <message>
        <source>MALS subgroup OR lower limit printed 1.15; Woolf gives 1.156 (printed value truncated).</source>
        <comment>published_discrepancies/2</comment>
        <extracomment>immunosep.json published_discrepancies/2</extracomment>
        <translation>MALS-subgroep: ondergrens van de OR gedrukt als 1,15; Woolf geeft 1,156 (gedrukte waarde afgekapt).</translation>
    </message>
    <message>
        <source>355 of 672 screened patients fitted neither phenotype.</source>
        <comment>trial/limits/2</comment>
        <extracomment>immunosep.json trial/limits/2</extracomment>
        <translation>355 van de 672 gescreende patiënten pasten bij geen van beide fenotypen.</translation>
    </message>
    <message>
        <source>More anaemia with anakinra than with placebo.</source>
        <comment>arms/anakinra/safety/0</comment>
        <extracomment>immunosep.json arms/anakinra/safety/0</extracomment>
        <translation>Meer anemie met anakinra dan met placebo.</translation>
    </message>
    <message>
        <source>Serious adverse events in 20 of 25 anakinra-treated and 21 of 23 placebo MALS patients.</source>
        <comment>arms/anakinra/safety/1</comment>
        <extracomment>immunosep.json arms/anakinra/safety/1</extracomment>
        <translation>Ernstige ongewenste voorvallen bij 20 van 25 met anakinra en 21 van 23 met placebo behandelde MALS-patiënten.</translation>
    </message>
    <message>
        <source>Serious adverse events in 96 of 106 interferon-γ-treated and 108 of 122 placebo immunoparalysis patients.</source>
        <comment>arms/interferon_gamma/safety/2</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/2</extracomment>
        <translation>Ernstige ongewenste voorvallen bij 96 van 106 met interferon-γ en 108 van 122 met placebo behandelde patiënten met immunoparalyse.</translation>
    </message>
    <message>
        <source>Figures transcribed from ../shared/domain/immunosep-reference.md §1 (JAMA 2025 article, Table 2, eTables); re-check against the JAMA PDF before release.</source>
        <comment>provenance/0</comment>
        <extracomment>immunosep.json provenance/0</extracomment>
        <translation>Cijfers overgenomen uit ../shared/domain/immunosep-reference.md §1 (JAMA-artikel 2025, tabel 2, eTables); vóór vrijgave opnieuw controleren aan de hand van de JAMA-pdf.</translation>
    </message>
    <message>
        <source>The full exclusion list could not be verified: every stored registry copy is truncated (a corticosteroid-dose limit is mentioned, its value is not).</source>
        <comment>provenance/1</comment>
        <extracomment>immunosep.json provenance/1</extracomment>
        <translation>De volledige lijst van exclusiecriteria kon niet worden geverifieerd: elke opgeslagen kopie van de registervermelding is afgekapt (een grens voor de corticosteroïddosis wordt genoemd, de waarde ervan niet).</translation>
    </message>
    <message>
        <source>The label of the 355-patient box of the flow chart (&quot;fitted neither phenotype&quot;) was not visible in the transcription.</source>
        <comment>provenance/2</comment>
        <extracomment>immunosep.json provenance/2</extracomment>
        <translation>Het label van het vak met 355 patiënten in het stroomdiagram (&quot;pasten bij geen van beide fenotypen&quot;) was in de transcriptie niet zichtbaar.</translation>
    </message>
    <message>
        <source>Exact counts of anaemia with anakinra and of haemorrhage with interferon-γ were not retrievable.</source>
        <comment>provenance/3</comment>
        <extracomment>immunosep.json provenance/3</extracomment>
        <translation>Exacte aantallen voor anemie met anakinra en voor bloedingen met interferon-γ waren niet te achterhalen.</translation>
    </message>
    <message>
        <source>Serious adverse events by stratum (20 and 21 of the MALS arms, 96 and 108 of the immunoparalysis arms) are inferred from the arm totals of Table 3.</source>
        <comment>provenance/4</comment>
        <extracomment>immunosep.json provenance/4</extracomment>
        <translation>Ernstige ongewenste voorvallen per stratum (20 en 21 in de MALS-armen, 96 en 108 in de immunoparalyse-armen) zijn afgeleid uit de armtotalen van tabel 3.</translation>
    </message>
    <message>
        <source>Circulating summaries that say &apos;267 patients&apos;, or placebo denominators of 131, are wrong: 276 were analysed (131 precision immunotherapy, 145 placebo).</source>
        <comment>provenance/5</comment>
        <extracomment>immunosep.json provenance/5</extracomment>
        <translation>Circulerende samenvattingen die &apos;267 patiënten&apos; of placebonoemers van 131 noemen, zijn onjuist: 276 werden geanalyseerd (131 precisie-immunotherapie, 145 placebo).</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Trial evidence</source>
        <translation>Bewijs uit de studie</translation>
    </message>
    <message>
        <source>Key points and regimen</source>
        <translation>Kernpunten en schema</translation>
    </message>
    <message>
        <source>Statistics audit: published vs recomputed figures</source>
        <translation>Statistiekcontrole: gepubliceerde vs. herberekende cijfers</translation>
    </message>
    <message>
        <source>Show the statistics audit</source>
        <translation>Statistiekcontrole tonen</translation>
    </message>
    <message>
        <source>Statistics audit</source>
        <translation>Statistiekcontrole</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <source>The evidence for the patient&apos;s phenotype appears here once the values can be classified.</source>
        <translation>Het bewijs voor het fenotype van de patiënt verschijnt hier zodra de waarden kunnen worden geclassificeerd.</translation>
    </message>
    <message>
        <source>Hide the statistics audit</source>
        <translation>Statistiekcontrole verbergen</translation>
    </message>
</context>
<context>
    <name>EvidencePlot</name>
    <message>
        <source>Evidence chart</source>
        <translation>Bewijsgrafiek</translation>
    </message>
    <message>
        <source>{group} (this patient)</source>
        <translation>{group} (deze patiënt)</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>treated percentage</source>
        <translation>percentage behandeld</translation>
    </message>
    <message>
        <source>placebo percentage</source>
        <translation>percentage placebo</translation>
    </message>
    <message>
        <source>p value</source>
        <translation>p-waarde</translation>
    </message>
    <message>
        <source>odds ratio</source>
        <translation>oddsratio</translation>
    </message>
    <message>
        <source>lower limit of the odds ratio</source>
        <translation>ondergrens van de oddsratio</translation>
    </message>
    <message>
        <source>upper limit of the odds ratio</source>
        <translation>bovengrens van de oddsratio</translation>
    </message>
    <message>
        <source>risk difference</source>
        <translation>risicoverschil</translation>
    </message>
    <message>
        <source>lower limit of the risk difference</source>
        <translation>ondergrens van het risicoverschil</translation>
    </message>
    <message>
        <source>upper limit of the risk difference</source>
        <translation>bovengrens van het risicoverschil</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Overlijdens</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Responders</translation>
    </message>
    <message>
        <source>Every printed figure agrees with its recomputation (within one unit of its last printed digit).</source>
        <translation>Elk gedrukt cijfer komt overeen met de herberekening (binnen één eenheid van het laatste gedrukte cijfer).</translation>
    </message>
    <message>
        <source>ImmunoSep trial evidence</source>
        <translation>Bewijs uit de ImmunoSep-studie</translation>
    </message>
    <message>
        <source>The evidence for the patient&apos;s phenotype appears here once the values can be classified.</source>
        <translation>Het bewijs voor het fenotype van de patiënt verschijnt hier zodra de waarden kunnen worden geclassificeerd.</translation>
    </message>
    <message>
        <source>{point} ({low} to {high})</source>
        <translation>{point} ({low} tot {high})</translation>
    </message>
    <message>
        <source>Odds ratio (95 % CI)</source>
        <translation>Oddsratio (95%-BI)</translation>
    </message>
    <message>
        <source>Risk difference, percentage points (95 % CI), placebo − treated, as printed</source>
        <translation>Risicoverschil, procentpunten (95%-BI), placebo − behandeld, zoals gedrukt</translation>
    </message>
    <message>
        <source>Risk difference, percentage points (95 % CI), treated − placebo</source>
        <translation>Risicoverschil, procentpunten (95%-BI), behandeld − placebo</translation>
    </message>
    <message>
        <source>No trial arm matches this result.</source>
        <translation>Geen studiearm past bij dit resultaat.</translation>
    </message>
    <message>
        <source>Printed and recomputed figures differ for: {figures}.</source>
        <translation>Gedrukte en herberekende cijfers verschillen voor: {figures}.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Published (as printed)</source>
        <translation>Gepubliceerd (zoals gedrukt)</translation>
    </message>
    <message>
        <source>Recomputed from the counts</source>
        <translation>Herberekend uit de aantallen</translation>
    </message>
    <message>
        <source>{treated} {te}/{tt} ({tp} %) vs {control} {ce}/{ct} ({cp} %)</source>
        <translation>{treated} {te}/{tt} ({tp} %) vs. {control} {ce}/{ct} ({cp} %)</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunten</translation>
    </message>
    <message>
        <source>Limits of the evidence</source>
        <translation>Beperkingen van het bewijs</translation>
    </message>
    <message>
        <source>Known discrepancies in the publication</source>
        <translation>Bekende tegenstrijdigheden in de publicatie</translation>
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
        <translation>Bron: {source}.</translation>
    </message>
    <message>
        <source>Methods of the recomputation:</source>
        <translation>Methoden van de herberekening:</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <source>Evidence version {version}, cut-off {cutoff}.</source>
        <translation>Versie bewijsbasis {version}, peildatum {cutoff}.</translation>
    </message>
    <message>
        <source>Why there is no phenotype:</source>
        <translation>Waarom er geen fenotype is:</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence does not apply</source>
        <translation>Het ImmunoSep-bewijs is niet van toepassing</translation>
    </message>
    <message>
        <source>Key exclusions</source>
        <translation>Belangrijkste exclusiecriteria</translation>
    </message>
    <message>
        <source>How this patient may differ from the trial population</source>
        <translation>Hoe deze patiënt kan verschillen van de studiepopulatie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle patiënten</translation>
    </message>
    <message>
        <source>Safety signals</source>
        <translation>Veiligheidssignalen</translation>
    </message>
    <message>
        <source>ImmunoSep evidence for {phenotype}: {drug} arm</source>
        <translation>ImmunoSep-bewijs voor fenotype {phenotype}: {drug}-arm</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF report — TRAINING</source>
        <translation>PDF-rapport exporteren — TRAINING</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Pdf-rapport exporteren</translation>
    </message>
    <message>
        <source>Rendering the report…</source>
        <translation>Rapport wordt opgemaakt…</translation>
    </message>
    <message>
        <source>Preview of page 1</source>
        <translation>Voorbeeld van pagina 1</translation>
    </message>
    <message>
        <source>Patient name (optional)</source>
        <translation>Naam van de patiënt (optioneel)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD (optional)</source>
        <translation>Geboortedatum, JJJJ-MM-DD (optioneel)</translation>
    </message>
    <message>
        <source>Record number (optional)</source>
        <translation>Patiëntnummer (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>Pa&amp;tiëntnummer:</translation>
    </message>
    <message>
        <source>Leave these empty to print a box for a patient label.</source>
        <translation>Laat deze velden leeg om een vak voor een patiëntsticker af te drukken.</translation>
    </message>
    <message>
        <source>Patient: {id}
Result: {result}</source>
        <translation>Patiënt: {id}
Resultaat: {result}</translation>
    </message>
    <message>
        <source>TRAINING — every page is marked as training material.</source>
        <translation>TRAINING — elke pagina is gemarkeerd als trainingsmateriaal.</translation>
    </message>
    <message>
        <source>Page header (site)</source>
        <translation>Paginakop (instelling)</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <source>Page 1 includes the stored eligibility checklist, day-9 SOFA measure and HScore, where present.</source>
        <translation>Pagina 1 bevat de opgeslagen inclusiechecklist, de SOFA-uitkomstmaat op dag 9 en de HScore, indien aanwezig.</translation>
    </message>
    <message>
        <source>Stored scores not included: {reason}</source>
        <translation>Opgeslagen scores niet opgenomen: {reason}</translation>
    </message>
    <message>
        <source>Date of birth: type it as YYYY-MM-DD (e.g. 1958-03-14); 03/04/1958 could be March or April.</source>
        <translation>Geboortedatum: typ het als JJJJ-MM-DD (bijv. 1958-03-14); 03/04/1958 kan maart of april betekenen.</translation>
    </message>
    <message>
        <source>No preview on this computer (no PDF renderer found).
The saved file is the same report.</source>
        <translation>Geen voorbeeld op deze computer (geen pdf-renderer gevonden).
Het opgeslagen bestand is hetzelfde rapport.</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Klaar om op te slaan.</translation>
    </message>
    <message>
        <source>Page 1 of {n} shown. Ready to save.</source>
        <translation>Pagina 1 van {n} getoond. Klaar om op te slaan.</translation>
    </message>
    <message>
        <source>Page 1 shown. Ready to save.</source>
        <translation>Pagina 1 getoond. Klaar om op te slaan.</translation>
    </message>
    <message>
        <source>The report could not be produced.</source>
        <translation>Het rapport kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Error: {kind}. Nothing can be saved.</source>
        <translation>Fout: {kind}. Er kan niets worden opgeslagen.</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it with this report?</source>
        <translation>{name} bestaat al in {folder}.

Vervangen door dit rapport?</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} wordt opgeslagen…</translation>
    </message>
    <message>
        <source>{name} appeared meanwhile; it was not replaced.</source>
        <translation>{name} is intussen verschenen; het is niet vervangen.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}. Nothing was written.</source>
        <translation>{name} kon niet worden opgeslagen: {reason}. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}:
{reason}

Nothing was written there. Choose another folder.</source>
        <translation>Het rapport kon niet worden opgeslagen in {path}:
{reason}

Daar is niets geschreven. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Age {age} years is under {min_age}: ImmunoSep enrolled adults only, and HLA-DR differs in children.</source>
        <comment>age_under_18</comment>
        <extracomment>Finding age_under_18. Fields: age, min_age.</extracomment>
        <translation>Leeftijd {age} jaar is jonger dan {min_age}: ImmunoSep nam alleen volwassenen op, en HLA-DR verschilt bij kinderen.</translation>
    </message>
    <message>
        <source>Age {age} years could be under {min_age}; the exact age is needed.</source>
        <comment>age_indeterminate</comment>
        <extracomment>Finding age_indeterminate. Fields: age, min_age.</extracomment>
        <translation>Leeftijd {age} jaar kan jonger zijn dan {min_age}; de exacte leeftijd is nodig.</translation>
    </message>
    <message>
        <source>The rule could not be applied to these inputs.</source>
        <comment>internal_error</comment>
        <extracomment>Finding internal_error.</extracomment>
        <translation>De regel kon niet op deze invoer worden toegepast.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is unusually low for antibodies bound per cell; check that it is not % positive monocytes or MFI.</source>
        <comment>hla_dr_implausibly_low</comment>
        <extracomment>Finding hla_dr_implausibly_low. Fields: hla_dr.</extracomment>
        <translation>HLA-DR {hla_dr} is ongewoon laag voor gebonden antilichamen per cel; controleer of het geen % positieve monocyten of MFI is.</translation>
    </message>
    <message>
        <source>HLA-DR given as {hla_dr_unit} was not used: it cannot be converted to AB/C (not needed for MALS).</source>
        <comment>hla_dr_unit_not_used</comment>
        <extracomment>Finding hla_dr_unit_not_used. Fields: hla_dr_unit.</extracomment>
        <translation>HLA-DR opgegeven als {hla_dr_unit} is niet gebruikt: het kan niet worden omgerekend naar AB/C (niet nodig voor MALS).</translation>
    </message>
    <message>
        <source>The HLA-DR processing time is before its sample time; check both times.</source>
        <comment>hla_dr_processed_before_sampled</comment>
        <extracomment>Finding hla_dr_processed_before_sampled.</extracomment>
        <translation>Het verwerkingstijdstip van HLA-DR ligt vóór het afnametijdstip; controleer beide tijden.</translation>
    </message>
    <message>
        <source>Age not given: ImmunoSep enrolled adults (≥ {min_age} years) only.</source>
        <comment>age_not_given</comment>
        <extracomment>Finding age_not_given. Fields: min_age.</extracomment>
        <translation>Leeftijd niet opgegeven: ImmunoSep nam alleen volwassenen (≥ {min_age} jaar) op.</translation>
    </message>
    <message>
        <source>no HLA-DR result of this patient within {max_interval} of this ferritin result</source>
        <comment>not_paired.ferritin</comment>
        <extracomment>Finding not_paired.ferritin. Fields: max_interval.</extracomment>
        <translation>geen HLA-DR-resultaat van deze patiënt binnen {max_interval} van dit ferritineresultaat</translation>
    </message>
    <message>
        <source>no ferritin result of this patient within {max_interval} of this HLA-DR result</source>
        <comment>not_paired.hla_dr</comment>
        <extracomment>Finding not_paired.hla_dr. Fields: max_interval.</extracomment>
        <translation>geen ferritineresultaat van deze patiënt binnen {max_interval} van dit HLA-DR-resultaat</translation>
    </message>
    <message>
        <source>not paired: two results are equally close in time (rows {first_row} and {second_row} among them); pair them by hand</source>
        <comment>pairing_ambiguous</comment>
        <extracomment>Finding pairing_ambiguous. Fields: first_row, second_row.</extracomment>
        <translation>niet gekoppeld: twee resultaten liggen even dicht in de tijd (onder meer rijen {first_row} en {second_row}); koppel ze handmatig</translation>
    </message>
    <message>
        <source>encoding cp1252 (identical to latin-1 for this file)</source>
        <comment>encoding_cp1252</comment>
        <extracomment>Finding encoding_cp1252.</extracomment>
        <translation>codering cp1252 (voor dit bestand identiek aan latin-1)</translation>
    </message>
    <message>
        <source>delimiter comma (detected)</source>
        <comment>delimiter_detected.comma</comment>
        <extracomment>Finding delimiter_detected.comma.</extracomment>
        <translation>scheidingsteken komma (gedetecteerd)</translation>
    </message>
    <message>
        <source>delimiter semicolon (detected)</source>
        <comment>delimiter_detected.semicolon</comment>
        <extracomment>Finding delimiter_detected.semicolon.</extracomment>
        <translation>scheidingsteken puntkomma (gedetecteerd)</translation>
    </message>
    <message>
        <source>delimiter tab (detected)</source>
        <comment>delimiter_detected.tab</comment>
        <extracomment>Finding delimiter_detected.tab.</extracomment>
        <translation>scheidingsteken tab (gedetecteerd)</translation>
    </message>
    <message>
        <source>delimiter pipe (detected)</source>
        <comment>delimiter_detected.pipe</comment>
        <extracomment>Finding delimiter_detected.pipe.</extracomment>
        <translation>scheidingsteken verticale streep (gedetecteerd)</translation>
    </message>
    <message>
        <source>header on row {row}</source>
        <comment>header_row</comment>
        <extracomment>Finding header_row. Fields: row.</extracomment>
        <translation>kopregel op rij {row}</translation>
    </message>
    <message>
        <source>sheet {sheet} (the first of {count}: {sheets})</source>
        <comment>first_sheet</comment>
        <extracomment>Finding first_sheet. Fields: count, sheet, sheets.</extracomment>
        <translation>werkblad {sheet} (het eerste van {count}: {sheets})</translation>
    </message>
    <message>
        <source>decimal comma (detected: values such as 5120,5 and none with a decimal point)</source>
        <comment>decimal_comma_detected</comment>
        <extracomment>Finding decimal_comma_detected.</extracomment>
        <translation>decimale komma (gedetecteerd: waarden zoals 5120,5 en geen enkele met een decimale punt)</translation>
    </message>
    <message>
        <source>decimal point (detected)</source>
        <comment>decimal_point_detected</comment>
        <extracomment>Finding decimal_point_detected.</extracomment>
        <translation>decimale punt (gedetecteerd)</translation>
    </message>
    <message>
        <source>values use both decimal comma and decimal point; declare the decimal separator (rows that do not fit it are rejected)</source>
        <comment>decimal_separators_mixed</comment>
        <extracomment>Finding decimal_separators_mixed.</extracomment>
        <translation>waarden gebruiken zowel een decimale komma als een decimale punt; geef het decimaalteken op (rijen die er niet bij passen worden afgewezen)</translation>
    </message>
    <message>
        <source>values such as 4.420 or 4,420 could be grouped thousands or decimals; they are rejected (declare the decimal separator if needed)</source>
        <comment>decimal_grouping_ambiguous</comment>
        <extracomment>Finding decimal_grouping_ambiguous.</extracomment>
        <translation>waarden zoals 4.420 of 4,420 kunnen duizendtallen of decimalen zijn; ze worden afgewezen (geef zo nodig het decimaalteken op)</translation>
    </message>
    <message>
        <source>no decimal separator in the values</source>
        <comment>no_decimal_separator</comment>
        <extracomment>Finding no_decimal_separator.</extracomment>
        <translation>geen decimaalteken in de waarden</translation>
    </message>
    <message>
        <source>sample times mix date separators ({separators}); give the time format</source>
        <comment>time_separators_mixed</comment>
        <extracomment>Finding time_separators_mixed. Fields: separators.</extracomment>
        <translation>afnametijden gebruiken verschillende datumscheidingstekens ({separators}); geef het tijdformaat op</translation>
    </message>
    <message>
        <source>time format {time_format} (detected: day first, a first field reaches {value})</source>
        <comment>time_format_detected.day_first</comment>
        <extracomment>Finding time_format_detected.day_first. Fields: time_format, value.</extracomment>
        <translation>tijdformaat {time_format} (gedetecteerd: dag eerst, een eerste veld bereikt {value})</translation>
    </message>
    <message>
        <source>time format {time_format} (detected: month first, a second field reaches {value})</source>
        <comment>time_format_detected.month_first</comment>
        <extracomment>Finding time_format_detected.month_first. Fields: time_format, value.</extracomment>
        <translation>tijdformaat {time_format} (gedetecteerd: maand eerst, een tweede veld bereikt {value})</translation>
    </message>
    <message>
        <source>sample times like {example} could be day-first or month-first; give the time format (e.g. {time_format})</source>
        <comment>time_order_ambiguous</comment>
        <extracomment>Finding time_order_ambiguous. Fields: example, time_format.</extracomment>
        <translation>afnametijden zoals {example} kunnen met de dag of met de maand beginnen; geef het tijdformaat op (bijv. {time_format})</translation>
    </message>
    <message>
        <source>sample times do not follow one day/month order; give the time format</source>
        <comment>time_order_inconsistent</comment>
        <extracomment>Finding time_order_inconsistent.</extracomment>
        <translation>afnametijden volgen niet één volgorde van dag en maand; geef het tijdformaat op</translation>
    </message>
    <message>
        <source>date cells in the sample-time column are taken as 00:00 (the other cells of the column are date-times)</source>
        <comment>midnight_dates</comment>
        <extracomment>Finding midnight_dates.</extracomment>
        <translation>datumcellen in de kolom met afnametijden worden gelezen als 00:00 (de andere cellen van de kolom zijn datum-tijden)</translation>
    </message>
    <message>
        <source>no sample time column: results carry no sample time, and two rows of one patient cannot be told apart (they are reported as conflicting)</source>
        <comment>no_sample_time_column</comment>
        <extracomment>Finding no_sample_time_column.</extracomment>
        <translation>geen kolom met afnametijden: uitslagen hebben geen afnametijd en twee rijen van één patiënt zijn niet van elkaar te onderscheiden (ze worden als tegenstrijdig gemeld)</translation>
    </message>
    <message>
        <source>header {header}: {text} is not a {analyte} unit; ignored</source>
        <comment>header_unit_ignored</comment>
        <extracomment>Finding header_unit_ignored. Fields: analyte, header, text.</extracomment>
        <translation>kolomkop {header}: {text} is geen eenheid voor {analyte}; genegeerd</translation>
    </message>
    <message>
        <source>{file_format}: {messages} message(s), {results} result(s): {used} used, {ignored} ignored, {rejected} rejected</source>
        <comment>message_counts</comment>
        <extracomment>Finding message_counts. Fields: file_format, ignored, messages, rejected, results, used.</extracomment>
        <translation>{file_format}: {messages} bericht(en), {results} uitslag(en): {used} gebruikt, {ignored} genegeerd, {rejected} afgewezen</translation>
    </message>
    <message>
        <source>line {line} of the file comes before the first MSH segment and belongs to no message; it was not read</source>
        <comment>outside_message</comment>
        <extracomment>Finding outside_message. Fields: line.</extracomment>
        <translation>regel {line} van het bestand staat vóór het eerste MSH-segment en hoort bij geen enkel bericht; deze regel is niet gelezen</translation>
    </message>
    <message>
        <source>No value was given; a number is required.</source>
        <comment>empty</comment>
        <extracomment>Finding empty.</extracomment>
        <translation>Er is geen waarde opgegeven; een getal is vereist.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a comparator but no number; a number is required.</source>
        <comment>empty.comparator_only</comment>
        <extracomment>Finding empty.comparator_only. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; heeft een vergelijkingsteken maar geen getal; een getal is vereist.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a censored value; an exact number is required.</source>
        <comment>censored_not_allowed</comment>
        <extracomment>Finding censored_not_allowed. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; is een gecensureerde waarde; een exact getal is vereist.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains {character} ({character_name}); only the ASCII digits 0-9 and one decimal separator are accepted.</source>
        <comment>non_ascii</comment>
        <extracomment>Finding non_ascii. Fields: character, character_name, text.</extracomment>
        <translation>&apos;{text}&apos; bevat {character} ({character_name}); alleen de ASCII-cijfers 0-9 en één decimaalteken worden geaccepteerd.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: NaN is not a number; a number is required.</source>
        <comment>not_a_number.nan</comment>
        <extracomment>Finding not_a_number.nan. Fields: text.</extracomment>
        <translation>&apos;{text}&apos;: NaN is geen getal; een getal is vereist.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: infinity is not a measurement; a number is required.</source>
        <comment>not_a_number.infinity</comment>
        <extracomment>Finding not_a_number.infinity. Fields: text.</extracomment>
        <translation>&apos;{text}&apos;: oneindig is geen meting; een getal is vereist.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains letters; enter only the number (the unit has its own field).</source>
        <comment>not_a_number.letters</comment>
        <extracomment>Finding not_a_number.letters. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; bevat letters; voer alleen het getal in (de eenheid heeft een eigen veld).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains letters; enter the age as a number of years.</source>
        <comment>not_a_number.letters_age</comment>
        <extracomment>Finding not_a_number.letters_age. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; bevat letters; voer de leeftijd in als aantal jaren.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number; expected digits with an optional &apos;{separator}&apos; decimal separator, e.g. {example}.</source>
        <comment>not_a_number</comment>
        <extracomment>Finding not_a_number. Fields: example, separator, text.</extracomment>
        <translation>&apos;{text}&apos; is geen getal; verwacht worden cijfers met optioneel &apos;{separator}&apos; als decimaalteken, bijv. {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; a laboratory value cannot be negative.</source>
        <comment>negative</comment>
        <extracomment>Finding negative. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; is negatief; een laboratoriumwaarde kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; an age cannot be negative.</source>
        <comment>negative.age</comment>
        <extracomment>Finding negative.age. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; is negatief; een leeftijd kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; % positive monocytes is impossible: a percentage cannot exceed 100; check the value and its unit.</source>
        <comment>percent_over_100</comment>
        <extracomment>Finding percent_over_100. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; % positieve monocyten is onmogelijk: een percentage kan niet hoger zijn dan 100; controleer de waarde en de eenheid.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a &apos;+&apos; sign; write the number without it.</source>
        <comment>sign</comment>
        <extracomment>Finding sign. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; heeft een &apos;+&apos;-teken; schrijf het getal zonder dit teken.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; uses exponent notation; write the number in full.</source>
        <comment>exponent</comment>
        <extracomment>Finding exponent. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; gebruikt exponentnotatie; schrijf het getal volledig uit.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;_&apos;; write digits only.</source>
        <comment>underscore</comment>
        <extracomment>Finding underscore. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; bevat &apos;_&apos;; schrijf alleen cijfers.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains a space or apostrophe used as a thousands separator; write the number without grouping.</source>
        <comment>grouping.space</comment>
        <extracomment>Finding grouping.space. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; bevat een spatie of apostrof als scheidingsteken voor duizendtallen; schrijf het getal zonder groepering.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;{separator}&apos;; thousands separators are not accepted (if &apos;,&apos; is your decimal separator, declare decimal comma).</source>
        <comment>grouping</comment>
        <extracomment>Finding grouping. Fields: separator, text.</extracomment>
        <translation>&apos;{text}&apos; bevat &apos;{separator}&apos;; scheidingstekens voor duizendtallen worden niet geaccepteerd (als &apos;,&apos; uw decimaalteken is, geef dan decimale komma op).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;{separator}&apos;; thousands separators are not accepted (decimal comma is on, so &apos;.&apos; is not accepted).</source>
        <comment>grouping.decimal_comma</comment>
        <extracomment>Finding grouping.decimal_comma. Fields: separator, text.</extracomment>
        <translation>&apos;{text}&apos; bevat &apos;{separator}&apos;; scheidingstekens voor duizendtallen worden niet geaccepteerd (decimale komma staat aan, dus &apos;.&apos; wordt niet geaccepteerd).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be a thousands-grouped integer or a decimal number; write it without grouping and with at most one decimal separator, e.g. 4420 or 4.42.</source>
        <comment>ambiguous_separator</comment>
        <extracomment>Finding ambiguous_separator. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; kan een geheel getal met duizendtalscheiding of een decimaal getal zijn; schrijf het zonder groepering en met hoogstens één decimaalteken, bijv. 4420 of 4.42.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has too many digits to be a lab result.</source>
        <comment>too_long</comment>
        <extracomment>Finding too_long. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; heeft te veel cijfers voor een laboratoriumuitslag.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; years is not a plausible age: the oldest person on record lived {oldest_age} years; check the age.</source>
        <comment>age_implausible</comment>
        <extracomment>Finding age_implausible. Fields: oldest_age, text.</extracomment>
        <translation>&apos;{text}&apos; jaar is geen plausibele leeftijd: de oudste geregistreerde persoon werd {oldest_age} jaar; controleer de leeftijd.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; means an age below 0 years, which is impossible.</source>
        <comment>age_below_zero</comment>
        <extracomment>Finding age_below_zero. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; betekent een leeftijd onder 0 jaar, wat onmogelijk is.</translation>
    </message>
    <message>
        <source>No unit was given; one of {accepted} is required.</source>
        <comment>unit_missing.ferritin</comment>
        <extracomment>Finding unit_missing.ferritin. Fields: accepted.</extracomment>
        <translation>Er is geen eenheid opgegeven; een van {accepted} is vereist.</translation>
    </message>
    <message>
        <source>No unit was given; {accepted} is required.</source>
        <comment>unit_missing.hla_dr</comment>
        <extracomment>Finding unit_missing.hla_dr. Fields: accepted.</extracomment>
        <translation>Er is geen eenheid opgegeven; {accepted} is vereist.</translation>
    </message>
    <message>
        <source>AB/C (antibodies bound per cell; also molecules/cell, mAb/cell)</source>
        <comment>units_accepted.hla_dr</comment>
        <extracomment>Finding units_accepted.hla_dr.</extracomment>
        <translation>AB/C (gebonden antilichamen per cel; ook molecules/cell, mAb/cell)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ferritin unit this app converts; accepted: {accepted}.</source>
        <comment>unit_unknown.ferritin</comment>
        <extracomment>Finding unit_unknown.ferritin. Fields: accepted, text.</extracomment>
        <translation>&apos;{text}&apos; is geen ferritine-eenheid die deze app omrekent; geaccepteerd: {accepted}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an HLA-DR unit; accepted: {accepted} (&apos;%&apos; and &apos;MFI&apos; are recognised but cannot establish immunoparalysis).</source>
        <comment>unit_unknown.hla_dr</comment>
        <extracomment>Finding unit_unknown.hla_dr. Fields: accepted, text.</extracomment>
        <translation>&apos;{text}&apos; is geen HLA-DR-eenheid; geaccepteerd: {accepted} (&apos;%&apos; en &apos;MFI&apos; worden herkend, maar kunnen geen immunoparalyse vaststellen).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; an ISO 8601 date-time such as 2026-11-24T08:30 is required.</source>
        <comment>date_without_time</comment>
        <extracomment>Finding date_without_time. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; heeft geen tijdstip; een ISO 8601-datum-tijd zoals 2026-11-24T08:30 is vereist.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 date-time such as 2026-11-24T08:30 or 2026-11-24T08:30+01:00.</source>
        <comment>bad_time</comment>
        <extracomment>Finding bad_time. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; is geen ISO 8601-datum-tijd zoals 2026-11-24T08:30 of 2026-11-24T08:30+01:00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; lies outside the years {earliest} to {latest}; check the date.</source>
        <comment>implausible_time</comment>
        <extracomment>Finding implausible_time. Fields: earliest, latest, text.</extracomment>
        <translation>&apos;{text}&apos; ligt buiten de jaren {earliest} tot {latest}; controleer de datum.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has the UTC offset {offset}, which no place on Earth uses (offsets run from -12:00 to +14:00); check the time.</source>
        <comment>bad_offset</comment>
        <extracomment>Finding bad_offset. Fields: offset, text.</extracomment>
        <translation>&apos;{text}&apos; heeft de UTC-afwijking {offset}, die nergens op aarde wordt gebruikt (afwijkingen lopen van -12:00 tot +14:00); controleer de tijd.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; leaves no possible value; enter the number.</source>
        <comment>impossible_bound</comment>
        <extracomment>Finding impossible_bound. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; laat geen mogelijke waarde over; voer het getal in.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; looks like a percentage; FiO2 is a fraction from {minimum} to {maximum}, e.g. 0.4 for 40 %.</source>
        <comment>fio2_percent</comment>
        <extracomment>Finding fio2_percent. Fields: maximum, minimum, text.</extracomment>
        <translation>&apos;{text}&apos; lijkt een percentage; FiO2 is een fractie van {minimum} tot {maximum}, bijv. 0.4 voor 40 %.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a fraction of inspired oxygen; FiO2 runs from {minimum} (room air) to {maximum}.</source>
        <comment>fio2_range</comment>
        <extracomment>Finding fio2_range. Fields: maximum, minimum, text.</extracomment>
        <translation>&apos;{text}&apos; is geen fractie ingeademde zuurstof; FiO2 loopt van {minimum} (kamerlucht) tot {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Glasgow Coma Scale score; a whole number from {minimum} to {maximum} is required.</source>
        <comment>gcs_range</comment>
        <extracomment>Finding gcs_range. Fields: maximum, minimum, text.</extracomment>
        <translation>&apos;{text}&apos; is geen score op de Glasgow Coma Scale; een geheel getal van {minimum} tot {maximum} is vereist.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a body temperature in °C (if it is °F, convert it); {minimum} to {maximum} accepted.</source>
        <comment>temperature_range</comment>
        <extracomment>Finding temperature_range. Fields: maximum, minimum, text.</extracomment>
        <translation>&apos;{text}&apos; is geen lichaamstemperatuur in °C (als het °F is, reken het om); {minimum} tot {maximum} geaccepteerd.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be 0.</source>
        <comment>zero</comment>
        <extracomment>Finding zero. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; kan niet 0 zijn.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no.</source>
        <comment>not_yes_no</comment>
        <extracomment>Finding not_yes_no. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; is geen ja of nee.</translation>
    </message>
    <message>
        <source>No catecholamine is said to be running, but {running} is given; leave out one or the other.</source>
        <comment>contradiction</comment>
        <extracomment>Finding contradiction. Fields: running.</extracomment>
        <translation>Volgens de invoer loopt er geen catecholamine, maar {running} is opgegeven; laat het een of het ander weg.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of {choices}.</source>
        <comment>not_a_choice.organomegaly</comment>
        <extracomment>Finding not_a_choice.organomegaly. Fields: choices, text.</extracomment>
        <translation>&apos;{text}&apos; is niet een van {choices}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of cytopenic lineages; 0, 1, 2 or 3 (haemoglobin, leukocytes, platelets).</source>
        <comment>not_a_choice.cytopenias</comment>
        <extracomment>Finding not_a_choice.cytopenias. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; is geen aantal cytopenische cellijnen; 0, 1, 2 of 3 (hemoglobine, leukocyten, trombocyten).</translation>
    </message>
    <message>
        <source>No unit was given; {accepted} is required.</source>
        <comment>unit_missing.score</comment>
        <extracomment>Finding unit_missing.score. Fields: accepted.</extracomment>
        <translation>Er is geen eenheid opgegeven; {accepted} is vereist.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a unit of {analyte}; accepted: {accepted}.</source>
        <comment>unit_unknown.score</comment>
        <extracomment>Finding unit_unknown.score. Fields: accepted, analyte, text.</extracomment>
        <translation>&apos;{text}&apos; is geen eenheid van {analyte}; geaccepteerd: {accepted}.</translation>
    </message>
    <message>
        <source>No patient identifier was given.</source>
        <comment>identifier_empty</comment>
        <extracomment>Finding identifier_empty.</extracomment>
        <translation>Er is geen patiënt-ID opgegeven.</translation>
    </message>
    <message>
        <source>The patient identifier is longer than {limit} characters; use the identifier used on the ward.</source>
        <comment>identifier_too_long</comment>
        <extracomment>Finding identifier_too_long. Fields: limit.</extracomment>
        <translation>De patiënt-ID is langer dan {limit} tekens; gebruik de ID die op de afdeling wordt gebruikt.</translation>
    </message>
    <message>
        <source>The patient identifier is not valid UTF-8 text (a byte of it could not be read); type the identifier again.</source>
        <comment>identifier_not_utf8</comment>
        <extracomment>Finding identifier_not_utf8.</extracomment>
        <translation>De patiënt-ID is geen geldige UTF-8-tekst (een byte ervan kon niet worden gelezen); typ de ID opnieuw.</translation>
    </message>
    <message>
        <source>The patient identifier contains {character} ({character_name}), an invisible or control character; type the identifier again.</source>
        <comment>identifier_control</comment>
        <extracomment>Finding identifier_control. Fields: character, character_name.</extracomment>
        <translation>De patiënt-ID bevat {character} ({character_name}), een onzichtbaar teken of stuurteken; typ de ID opnieuw.</translation>
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
        <translation>&apos;{text}&apos; is geen getal</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number</source>
        <comment>cell_not_a_number.in_column</comment>
        <extracomment>Finding cell_not_a_number.in_column. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; is geen getal</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is a date or time, not a lab value</source>
        <comment>cell_date_not_value</comment>
        <extracomment>Finding cell_date_not_value. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; is een datum of tijd, geen laboratoriumwaarde</translation>
    </message>
    <message>
        <source>{where}: unreadable cell</source>
        <comment>cell_unreadable</comment>
        <extracomment>Finding cell_unreadable. Fields: where.</extracomment>
        <translation>{where}: onleesbare cel</translation>
    </message>
    <message>
        <source>no {analyte} unit: neither the header, a unit column nor the {analyte} unit option gives one (a unit is never assumed)</source>
        <comment>unit_missing.row</comment>
        <extracomment>Finding unit_missing.row. Fields: analyte.</extracomment>
        <translation>geen eenheid voor {analyte}: noch de kolomkop, noch een eenheidskolom, noch de eenheidsoptie voor {analyte} geeft er een (een eenheid wordt nooit aangenomen)</translation>
    </message>
    <message>
        <source>{where} says {unit} but the {analyte} unit was given as {fixed}</source>
        <comment>unit_conflict.given</comment>
        <extracomment>Finding unit_conflict.given. Fields: analyte, fixed, unit, where.</extracomment>
        <translation>{where} vermeldt {unit}, maar de eenheid voor {analyte} is opgegeven als {fixed}</translation>
    </message>
    <message>
        <source>{where} says {unit} but the {analyte} unit header says {fixed}</source>
        <comment>unit_conflict.header</comment>
        <extracomment>Finding unit_conflict.header. Fields: analyte, fixed, unit, where.</extracomment>
        <translation>{where} vermeldt {unit}, maar de kolomkop vermeldt {fixed} als eenheid voor {analyte}</translation>
    </message>
    <message>
        <source>&apos;{test}&apos; is a percentage of monocytes but the unit is AB/C; the result is not used</source>
        <comment>percent_test_ab_per_cell</comment>
        <extracomment>Finding percent_test_ab_per_cell. Fields: test.</extracomment>
        <translation>&apos;{test}&apos; is een percentage van de monocyten, maar de eenheid is AB/C; de uitslag wordt niet gebruikt</translation>
    </message>
    <message>
        <source>{where}: age is in {unit}; years are needed</source>
        <comment>age_unit</comment>
        <extracomment>Finding age_unit. Fields: unit, where.</extracomment>
        <translation>{where}: de leeftijd is in {unit}; er zijn jaren nodig</translation>
    </message>
    <message>
        <source>{where}: no patient id in this row</source>
        <comment>patient_id_missing.row</comment>
        <extracomment>Finding patient_id_missing.row. Fields: where.</extracomment>
        <translation>{where}: geen patiënt-ID in deze rij</translation>
    </message>
    <message>
        <source>the row has {cells} cells but the header has {columns} columns; a cell may contain an unquoted delimiter</source>
        <comment>extra_cells</comment>
        <extracomment>Finding extra_cells. Fields: cells, columns.</extracomment>
        <translation>de rij heeft {cells} cellen, maar de kopregel heeft {columns} kolommen; een cel bevat mogelijk een scheidingsteken zonder aanhalingstekens</translation>
    </message>
    <message>
        <source>no ferritin or HLA-DR value in this row</source>
        <comment>no_values</comment>
        <extracomment>Finding no_values.</extracomment>
        <translation>geen ferritine- of HLA-DR-waarde in deze rij</translation>
    </message>
    <message>
        <source>duplicate of row {row}: same patient, sample time and values (counted once, in row {row})</source>
        <comment>duplicate_result.sample_time</comment>
        <extracomment>Finding duplicate_result.sample_time. Fields: row.</extracomment>
        <translation>duplicaat van rij {row}: dezelfde patiënt, afnametijd en waarden (één keer geteld, in rij {row})</translation>
    </message>
    <message>
        <source>duplicate of row {row}: same patient, test and time and values (counted once, in row {row})</source>
        <comment>duplicate_result.test_time</comment>
        <extracomment>Finding duplicate_result.test_time. Fields: row.</extracomment>
        <translation>duplicaat van rij {row}: dezelfde patiënt, test, tijd en waarden (één keer geteld, in rij {row})</translation>
    </message>
    <message>
        <source>rows {rows} give different results for the same patient and sample time; which one is right cannot be decided</source>
        <comment>conflicting_results.sample_time</comment>
        <extracomment>Finding conflicting_results.sample_time. Fields: rows.</extracomment>
        <translation>rijen {rows} geven verschillende uitslagen voor dezelfde patiënt en afnametijd; welke juist is, kan niet worden bepaald</translation>
    </message>
    <message>
        <source>rows {rows} give different results for the same patient and test and time; which one is right cannot be decided</source>
        <comment>conflicting_results.test_time</comment>
        <extracomment>Finding conflicting_results.test_time. Fields: rows.</extracomment>
        <translation>rijen {rows} geven verschillende uitslagen voor dezelfde patiënt, test en tijd; welke juist is, kan niet worden bepaald</translation>
    </message>
    <message>
        <source>the same {test} result, for the same patient and time, was stored from {source} (counted once, there)</source>
        <comment>duplicate_result.stored</comment>
        <extracomment>Finding duplicate_result.stored. Fields: source, test.</extracomment>
        <translation>dezelfde uitslag voor {test}, voor dezelfde patiënt en tijd, is al opgeslagen uit {source} (daar één keer geteld)</translation>
    </message>
    <message>
        <source>the {test} result stored from {source} is different for the same patient and time; which one is right cannot be decided</source>
        <comment>conflicting_results.stored</comment>
        <extracomment>Finding conflicting_results.stored. Fields: source, test.</extracomment>
        <translation>de uitslag voor {test} die uit {source} is opgeslagen, is anders voor dezelfde patiënt en tijd; welke juist is, kan niet worden bepaald</translation>
    </message>
    <message>
        <source>{where}: test name and LOINC code disagree ({test})</source>
        <comment>test_name_loinc_disagree</comment>
        <extracomment>Finding test_name_loinc_disagree. Fields: test, where.</extracomment>
        <translation>{where}: testnaam en LOINC-code komen niet overeen ({test})</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is neither ferritin nor HLA-DR; row not used</source>
        <comment>other_test.row</comment>
        <extracomment>Finding other_test.row. Fields: test, where.</extracomment>
        <translation>{where}: &apos;{test}&apos; is geen ferritine en geen HLA-DR; rij niet gebruikt</translation>
    </message>
    <message>
        <source>{where}: an empty test name is neither ferritin nor HLA-DR; row not used</source>
        <comment>other_test.empty</comment>
        <extracomment>Finding other_test.empty. Fields: where.</extracomment>
        <translation>{where}: een lege testnaam is geen ferritine en geen HLA-DR; rij niet gebruikt</translation>
    </message>
    <message>
        <source>{where}: no sample time; it is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.row</comment>
        <extracomment>Finding time_missing.row. Fields: where.</extracomment>
        <translation>{where}: geen afnametijd; deze is nodig om ferritine aan HLA-DR te koppelen</translation>
    </message>
    <message>
        <source>{where}: no value</source>
        <comment>value_missing.row</comment>
        <extracomment>Finding value_missing.row. Fields: where.</extracomment>
        <translation>{where}: geen waarde</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is a percentage of monocytes but the unit is {unit}; the result is not used</source>
        <comment>percent_test_quantitative_unit</comment>
        <extracomment>Finding percent_test_quantitative_unit. Fields: test, unit, where.</extracomment>
        <translation>{where}: &apos;{test}&apos; is een percentage van de monocyten, maar de eenheid is {unit}; de uitslag wordt niet gebruikt</translation>
    </message>
    <message>
        <source>this patient has too many results within the pairing interval to pair them safely; import a shorter period</source>
        <comment>too_many_results</comment>
        <extracomment>Finding too_many_results.</extracomment>
        <translation>deze patiënt heeft te veel uitslagen binnen het koppelingsinterval om ze veilig te koppelen; importeer een kortere periode</translation>
    </message>
    <message>
        <source>rows {first_row} and {second_row} of this patient id give different ages; check that they belong to the same patient</source>
        <comment>identity_conflict.age</comment>
        <extracomment>Finding identity_conflict.age. Fields: first_row, second_row.</extracomment>
        <translation>rijen {first_row} en {second_row} van deze patiënt-ID geven verschillende leeftijden; controleer of ze bij dezelfde patiënt horen</translation>
    </message>
    <message>
        <source>this patient id has different names (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.patient_name</comment>
        <extracomment>Finding identity_conflict.patient_name. Fields: rows.</extracomment>
        <translation>deze patiënt-ID heeft verschillende namen (rijen {rows}): mogelijk twee patiënten onder één ID; controleer de ID</translation>
    </message>
    <message>
        <source>this patient id has different record numbers (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.record_number</comment>
        <extracomment>Finding identity_conflict.record_number. Fields: rows.</extracomment>
        <translation>deze patiënt-ID heeft verschillende patiëntnummers (rijen {rows}): mogelijk twee patiënten onder één ID; controleer de ID</translation>
    </message>
    <message>
        <source>this patient id has different dates of birth (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.date_of_birth</comment>
        <extracomment>Finding identity_conflict.date_of_birth. Fields: rows.</extracomment>
        <translation>deze patiënt-ID heeft verschillende geboortedata (rijen {rows}): mogelijk twee patiënten onder één ID; controleer de ID</translation>
    </message>
    <message>
        <source>{where}: longer than {limit} characters</source>
        <comment>identity_text.too_long</comment>
        <extracomment>Finding identity_text.too_long. Fields: limit, where.</extracomment>
        <translation>{where}: langer dan {limit} tekens</translation>
    </message>
    <message>
        <source>{where}: contains {character} ({character_name}), an invisible or control character; correct the cell in the source system</source>
        <comment>identity_text.control</comment>
        <extracomment>Finding identity_text.control. Fields: character, character_name, where.</extracomment>
        <translation>{where}: bevat {character} ({character_name}), een onzichtbaar teken of stuurteken; corrigeer de cel in het bronsysteem</translation>
    </message>
    <message>
        <source>{where}: not valid text (a byte could not be decoded); check the file&apos;s encoding</source>
        <comment>identity_text.not_utf8</comment>
        <extracomment>Finding identity_text.not_utf8. Fields: where.</extracomment>
        <translation>{where}: geen geldige tekst (een byte kon niet worden gedecodeerd); controleer de codering van het bestand</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date (an Excel date serial?); store the date of birth as a date or as YYYY-MM-DD</source>
        <comment>birth_date.serial</comment>
        <extracomment>Finding birth_date.serial. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; is geen datum (een Excel-datumserienummer?); sla de geboortedatum op als datum of als JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 1958-03-14)</source>
        <comment>birth_date.not_a_date</comment>
        <extracomment>Finding birth_date.not_a_date. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; is geen datum; schrijf deze als JJJJ-MM-DD (bijv. 1958-03-14)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; could be day-first or month-first and the column mixes day-first and month-first dates or separators; write it as YYYY-MM-DD</source>
        <comment>birth_date.order_mixed</comment>
        <extracomment>Finding birth_date.order_mixed. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; kan met de dag of met de maand beginnen en de kolom mengt datums met dag eerst en met maand eerst of verschillende scheidingstekens; schrijf deze als JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; could be day-first or month-first and the column does not show whether the day or the month comes first; write it as YYYY-MM-DD</source>
        <comment>birth_date.order_unknown</comment>
        <extracomment>Finding birth_date.order_unknown. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; kan met de dag of met de maand beginnen en uit de kolom blijkt niet of de dag of de maand eerst komt; schrijf deze als JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date (day first)</source>
        <comment>birth_date.day_first</comment>
        <extracomment>Finding birth_date.day_first. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; is geen geldige datum (dag eerst)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date (month first)</source>
        <comment>birth_date.month_first</comment>
        <extracomment>Finding birth_date.month_first. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; is geen geldige datum (maand eerst)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date</source>
        <comment>birth_date.invalid</comment>
        <extracomment>Finding birth_date.invalid. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; is geen geldige datum</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; lies before 1900-03-01 (in a spreadsheet, Excel&apos;s 1900 date system is wrong there); check the date of birth</source>
        <comment>birth_date.before_1900</comment>
        <extracomment>Finding birth_date.before_1900. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; ligt vóór 1900-03-01 (in een spreadsheet is het 1900-datumsysteem van Excel daar onjuist); controleer de geboortedatum</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not an HL7 date-time (YYYYMMDDHHMM[SS][+/-ZZZZ])</source>
        <comment>bad_time.hl7</comment>
        <extracomment>Finding bad_time.hl7. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; is geen HL7-datum-tijd (YYYYMMDDHHMM[SS][+/-ZZZZ])</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has no time of day; the sample time is needed to the minute</source>
        <comment>date_without_time.minute</comment>
        <extracomment>Finding date_without_time.minute. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; heeft geen tijdstip; de afnametijd is tot op de minuut nodig</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the year only; the sample time is needed to the minute</source>
        <comment>time_imprecise.year</comment>
        <extracomment>Finding time_imprecise.year. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; is alleen tot op het jaar nauwkeurig; de afnametijd is tot op de minuut nodig</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the month only; the sample time is needed to the minute</source>
        <comment>time_imprecise.month</comment>
        <extracomment>Finding time_imprecise.month. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; is alleen tot op de maand nauwkeurig; de afnametijd is tot op de minuut nodig</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the day only; the sample time is needed to the minute</source>
        <comment>time_imprecise.day</comment>
        <extracomment>Finding time_imprecise.day. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; is alleen tot op de dag nauwkeurig; de afnametijd is tot op de minuut nodig</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the hour only; the sample time is needed to the minute</source>
        <comment>time_imprecise.hour</comment>
        <extracomment>Finding time_imprecise.hour. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; is alleen tot op het uur nauwkeurig; de afnametijd is tot op de minuut nodig</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; gives the hour but no minute; the sample time is needed to the minute</source>
        <comment>time_imprecise.no_minute</comment>
        <extracomment>Finding time_imprecise.no_minute. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; geeft het uur maar geen minuut; de afnametijd is tot op de minuut nodig</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has an impossible UTC offset</source>
        <comment>bad_offset.hl7</comment>
        <extracomment>Finding bad_offset.hl7. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; heeft een onmogelijke UTC-afwijking</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos;: {reason}</source>
        <comment>time_refused.field</comment>
        <extracomment>Finding time_refused.field. Fields: reason, text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos;: {reason}</translation>
    </message>
    <message>
        <source>{where}: the codes and names of this test name different analytes ({test}); the result is not used</source>
        <comment>test_codes_disagree</comment>
        <extracomment>Finding test_codes_disagree. Fields: test, where.</extracomment>
        <translation>{where}: de codes en namen van deze test duiden verschillende analyten aan ({test}); de uitslag wordt niet gebruikt</translation>
    </message>
    <message>
        <source>{where}: LOINC {code} is neither ferritin (2276-4, 20567-4) nor a configured HLA-DR code; not used</source>
        <comment>other_test.loinc</comment>
        <extracomment>Finding other_test.loinc. Fields: code, where.</extracomment>
        <translation>{where}: LOINC {code} is geen ferritine (2276-4, 20567-4) en geen geconfigureerde HLA-DR-code; niet gebruikt</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is neither ferritin nor HLA-DR; not used</source>
        <comment>other_test.message</comment>
        <extracomment>Finding other_test.message. Fields: test, where.</extracomment>
        <translation>{where}: &apos;{test}&apos; is geen ferritine en geen HLA-DR; niet gebruikt</translation>
    </message>
    <message>
        <source>{where}: a test without code or name is neither ferritin nor HLA-DR; not used</source>
        <comment>other_test.unnamed</comment>
        <extracomment>Finding other_test.unnamed. Fields: where.</extracomment>
        <translation>{where}: een test zonder code of naam is geen ferritine en geen HLA-DR; niet gebruikt</translation>
    </message>
    <message>
        <source>{where}: no {analyte} unit (a unit is never assumed)</source>
        <comment>unit_missing.message</comment>
        <extracomment>Finding unit_missing.message. Fields: analyte, where.</extracomment>
        <translation>{where}: geen eenheid voor {analyte} (een eenheid wordt nooit aangenomen)</translation>
    </message>
    <message>
        <source>{where} says {unit} but {other_field} says {other_unit}; the result is not used</source>
        <comment>unit_conflict.fields</comment>
        <extracomment>Finding unit_conflict.fields. Fields: other_field, other_unit, unit, where.</extracomment>
        <translation>{where} vermeldt {unit}, maar {other_field} vermeldt {other_unit}; de uitslag wordt niet gebruikt</translation>
    </message>
    <message>
        <source>{where}: {unit} is a molar concentration but LOINC {code} is ferritin mass concentration; one of them is wrong, so the result is not used</source>
        <comment>unit_conflict.molar_loinc</comment>
        <extracomment>Finding unit_conflict.molar_loinc. Fields: code, unit, where.</extracomment>
        <translation>{where}: {unit} is een molaire concentratie, maar LOINC {code} is de massaconcentratie van ferritine; een van beide is fout, dus de uitslag wordt niet gebruikt</translation>
    </message>
    <message>
        <source>{where}: {unit} is a mass concentration but LOINC {code} is ferritin molar concentration; one of them is wrong, so the result is not used</source>
        <comment>unit_conflict.mass_loinc</comment>
        <extracomment>Finding unit_conflict.mass_loinc. Fields: code, unit, where.</extracomment>
        <translation>{where}: {unit} is een massaconcentratie, maar LOINC {code} is de molaire concentratie van ferritine; een van beide is fout, dus de uitslag wordt niet gebruikt</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is a percentage of monocytes but the unit is AB/C; the result is not used</source>
        <comment>percent_test_ab_per_cell.message</comment>
        <extracomment>Finding percent_test_ab_per_cell.message. Fields: test, where.</extracomment>
        <translation>{where}: &apos;{test}&apos; is een percentage van de monocyten, maar de eenheid is AB/C; de uitslag wordt niet gebruikt</translation>
    </message>
    <message>
        <source>{where}: no patient identifier</source>
        <comment>patient_id_missing.message</comment>
        <extracomment>Finding patient_id_missing.message. Fields: where.</extracomment>
        <translation>{where}: geen patiënt-ID</translation>
    </message>
    <message>
        <source>{where}: no identifier issued by {authority} (the site&apos;s patient_id_authority)</source>
        <comment>patient_id_missing.authority</comment>
        <extracomment>Finding patient_id_missing.authority. Fields: authority, where.</extracomment>
        <translation>{where}: geen ID uitgegeven door {authority} (patient_id_authority van de instelling)</translation>
    </message>
    <message>
        <source>{where}: {count} patient identifiers and nothing says which is the ward&apos;s; set [inbox] patient_id_authority in the site configuration</source>
        <comment>patient_id_ambiguous</comment>
        <extracomment>Finding patient_id_ambiguous. Fields: count, where.</extracomment>
        <translation>{where}: {count} patiënt-ID&apos;s en niets geeft aan welke die van de afdeling is; stel [inbox] patient_id_authority in de configuratie van de instelling in</translation>
    </message>
    <message>
        <source>this file&apos;s content was already read from an earlier file; it is imported once</source>
        <comment>duplicate_message.file</comment>
        <extracomment>Finding duplicate_message.file.</extracomment>
        <translation>de inhoud van dit bestand is al gelezen uit een eerder bestand; deze wordt één keer geïmporteerd</translation>
    </message>
    <message>
        <source>the Bundle entry holds no resource</source>
        <comment>no_resource</comment>
        <extracomment>Finding no_resource.</extracomment>
        <translation>de Bundle-entry bevat geen resource</translation>
    </message>
    <message>
        <source>a Patient: read when an Observation refers to it</source>
        <comment>patient_context</comment>
        <extracomment>Finding patient_context.</extracomment>
        <translation>een Patient: gelezen wanneer een Observation ernaar verwijst</translation>
    </message>
    <message>
        <source>a {kind} resource, not an Observation; not read</source>
        <comment>not_an_observation</comment>
        <extracomment>Finding not_an_observation. Fields: kind.</extracomment>
        <translation>een resource van het type {kind}, geen Observation; niet gelezen</translation>
    </message>
    <message>
        <source>not a valid FHIR R4 Observation: {problems}</source>
        <comment>invalid_fhir.observation</comment>
        <extracomment>Finding invalid_fhir.observation. Fields: problems.</extracomment>
        <translation>geen geldige FHIR R4-Observation: {problems}</translation>
    </message>
    <message>
        <source>the subject Patient is not valid FHIR R4: {problems}</source>
        <comment>invalid_fhir.patient</comment>
        <extracomment>Finding invalid_fhir.patient. Fields: problems.</extracomment>
        <translation>de Patient van het subject is geen geldige FHIR R4-resource: {problems}</translation>
    </message>
    <message>
        <source>status &apos;{text}&apos;: it cannot be told whether the result is final (final, amended, corrected, preliminary expected)</source>
        <comment>status_unknown.fhir</comment>
        <extracomment>Finding status_unknown.fhir. Fields: text.</extracomment>
        <translation>status &apos;{text}&apos;: niet te bepalen of de uitslag definitief is (final, amended, corrected, preliminary verwacht)</translation>
    </message>
    <message>
        <source>status registered: no result yet</source>
        <comment>no_result.fhir</comment>
        <extracomment>Finding no_result.fhir.</extracomment>
        <translation>status registered: nog geen uitslag</translation>
    </message>
    <message>
        <source>valueString carries no unit and a unit is never assumed; the value must be a valueQuantity</source>
        <comment>unit_missing.value_string</comment>
        <extracomment>Finding unit_missing.value_string.</extracomment>
        <translation>valueString bevat geen eenheid en een eenheid wordt nooit aangenomen; de waarde moet een valueQuantity zijn</translation>
    </message>
    <message>
        <source>no effectiveDateTime, effectivePeriod.start or effectiveInstant; the sample time is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.fhir</comment>
        <extracomment>Finding time_missing.fhir.</extracomment>
        <translation>geen effectiveDateTime, effectivePeriod.start of effectiveInstant; de afnametijd is nodig om ferritine aan HLA-DR te koppelen</translation>
    </message>
    <message>
        <source>the Observation has no subject</source>
        <comment>patient_id_missing.fhir</comment>
        <extracomment>Finding patient_id_missing.fhir.</extracomment>
        <translation>de Observation heeft geen subject</translation>
    </message>
    <message>
        <source>subject &apos;{reference}&apos; is not in this file and the reference carries no identifier</source>
        <comment>subject_unresolved</comment>
        <extracomment>Finding subject_unresolved. Fields: reference.</extracomment>
        <translation>subject &apos;{reference}&apos; staat niet in dit bestand en de verwijzing bevat geen identifier</translation>
    </message>
    <message>
        <source>the subject is a {kind}, not a Patient</source>
        <comment>subject_not_patient</comment>
        <extracomment>Finding subject_not_patient. Fields: kind.</extracomment>
        <translation>het subject is een {kind}, geen Patient</translation>
    </message>
    <message>
        <source>valueQuantity has no value</source>
        <comment>value_missing.quantity</comment>
        <extracomment>Finding value_missing.quantity.</extracomment>
        <translation>valueQuantity heeft geen waarde</translation>
    </message>
    <message>
        <source>valueQuantity.value &apos;{text}&apos; is not a JSON number</source>
        <comment>not_a_number.json</comment>
        <extracomment>Finding not_a_number.json. Fields: text.</extracomment>
        <translation>valueQuantity.value &apos;{text}&apos; is geen JSON-getal</translation>
    </message>
    <message>
        <source>valueQuantity.comparator &apos;{text}&apos; is not &lt;, &lt;=, &gt;= or &gt;</source>
        <comment>comparator_unknown.fhir</comment>
        <extracomment>Finding comparator_unknown.fhir. Fields: text.</extracomment>
        <translation>valueQuantity.comparator &apos;{text}&apos; is niet &lt;, &lt;=, &gt;= of &gt;</translation>
    </message>
    <message>
        <source>{where}: a ferritin or HLA-DR value must be a valueQuantity</source>
        <comment>value_type_unsupported.fhir</comment>
        <extracomment>Finding value_type_unsupported.fhir. Fields: where.</extracomment>
        <translation>{where}: een ferritine- of HLA-DR-waarde moet een valueQuantity zijn</translation>
    </message>
    <message>
        <source>the Observation has no value</source>
        <comment>value_missing.fhir</comment>
        <extracomment>Finding value_missing.fhir.</extracomment>
        <translation>de Observation heeft geen waarde</translation>
    </message>
    <message>
        <source>the MLLP block of this message has no end (0x1C); the message may be truncated</source>
        <comment>mllp_unterminated.message</comment>
        <extracomment>Finding mllp_unterminated.message.</extracomment>
        <translation>het MLLP-blok van dit bericht heeft geen einde (0x1C); het bericht is mogelijk afgekapt</translation>
    </message>
    <message>
        <source>the MLLP block of the last message has no end (0x1C); the file may still be being written, or was cut short</source>
        <comment>mllp_unterminated.last</comment>
        <extracomment>Finding mllp_unterminated.last.</extracomment>
        <translation>het MLLP-blok van het laatste bericht heeft geen einde (0x1C); het bestand wordt mogelijk nog geschreven of is afgebroken</translation>
    </message>
    <message>
        <source>MLLP framing bytes inside a segment</source>
        <comment>mllp_framing</comment>
        <extracomment>Finding mllp_framing.</extracomment>
        <translation>MLLP-framingbytes binnen een segment</translation>
    </message>
    <message>
        <source>line {line} of the file is not an HL7 segment (it must start with a three-letter segment id and the field separator)</source>
        <comment>not_a_segment</comment>
        <extracomment>Finding not_a_segment. Fields: line.</extracomment>
        <translation>regel {line} van het bestand is geen HL7-segment (een segment begint met een segment-ID van drie letters en het veldscheidingsteken)</translation>
    </message>
    <message>
        <source>MSH-18 declares the character set &apos;{text}&apos;, which this app does not read; supported: {supported}</source>
        <comment>charset_unknown</comment>
        <extracomment>Finding charset_unknown. Fields: supported, text.</extracomment>
        <translation>MSH-18 declareert de tekenset &apos;{text}&apos;, die deze app niet leest; ondersteund: {supported}</translation>
    </message>
    <message>
        <source>the message&apos;s bytes are not valid in the declared {charset}; set MSH-18 to the character set the laboratory system sends</source>
        <comment>charset_mismatch.declared</comment>
        <extracomment>Finding charset_mismatch.declared. Fields: charset.</extracomment>
        <translation>de bytes van het bericht zijn geen geldige tekst in de gedeclareerde tekenset {charset}; stel MSH-18 in op de tekenset die het laboratoriumsysteem verstuurt</translation>
    </message>
    <message>
        <source>the message&apos;s bytes are not valid UTF-8 (MSH-18 declares nothing); set MSH-18 to the character set the laboratory system sends</source>
        <comment>charset_mismatch.utf8</comment>
        <extracomment>Finding charset_mismatch.utf8.</extracomment>
        <translation>de bytes van het bericht zijn geen geldige UTF-8 (MSH-18 declareert niets); stel MSH-18 in op de tekenset die het laboratoriumsysteem verstuurt</translation>
    </message>
    <message>
        <source>the MSH segment cannot be parsed (it must start &apos;MSH|^~\&amp;|&apos;)</source>
        <comment>msh_unreadable</comment>
        <extracomment>Finding msh_unreadable.</extracomment>
        <translation>het MSH-segment kan niet worden ontleed (het moet beginnen met &apos;MSH|^~\&amp;|&apos;)</translation>
    </message>
    <message>
        <source>MSH-12 (version) is &apos;{text}&apos;; this app reads HL7 v2 versions {supported}</source>
        <comment>version_unsupported</comment>
        <extracomment>Finding version_unsupported. Fields: supported, text.</extracomment>
        <translation>MSH-12 (versie) is &apos;{text}&apos;; deze app leest HL7 v2-versies {supported}</translation>
    </message>
    <message>
        <source>MSH-12 (version) is empty; this app reads HL7 v2 versions {supported}</source>
        <comment>version_unsupported.empty</comment>
        <extracomment>Finding version_unsupported.empty. Fields: supported.</extracomment>
        <translation>MSH-12 (versie) is leeg; deze app leest HL7 v2-versies {supported}</translation>
    </message>
    <message>
        <source>MSH-9 is {kind}, not a laboratory result message (ORU^R01)</source>
        <comment>not_results_message</comment>
        <extracomment>Finding not_results_message. Fields: kind.</extracomment>
        <translation>MSH-9 is {kind}, geen bericht met laboratoriumuitslagen (ORU^R01)</translation>
    </message>
    <message>
        <source>MSH-10 (message control id) is empty; it is needed to import each message exactly once</source>
        <comment>message_id_missing</comment>
        <extracomment>Finding message_id_missing.</extracomment>
        <translation>MSH-10 (message control id) is leeg; deze is nodig om elk bericht precies één keer te importeren</translation>
    </message>
    <message>
        <source>MSH-11 marks a training message ({processing}), not a production result</source>
        <comment>test_message.training</comment>
        <extracomment>Finding test_message.training. Fields: processing.</extracomment>
        <translation>MSH-11 markeert een trainingsbericht ({processing}), geen productie-uitslag</translation>
    </message>
    <message>
        <source>MSH-11 marks a debugging message ({processing}), not a production result</source>
        <comment>test_message.debugging</comment>
        <extracomment>Finding test_message.debugging. Fields: processing.</extracomment>
        <translation>MSH-11 markeert een debugbericht ({processing}), geen productie-uitslag</translation>
    </message>
    <message>
        <source>MSH-11 (processing id) is &apos;{text}&apos;; P (production) is expected</source>
        <comment>processing_id_unknown</comment>
        <extracomment>Finding processing_id_unknown. Fields: text.</extracomment>
        <translation>MSH-11 (processing id) is &apos;{text}&apos;; P (productie) wordt verwacht</translation>
    </message>
    <message>
        <source>this message was already read (message {message} of this file); it is imported once</source>
        <comment>duplicate_message.this_file</comment>
        <extracomment>Finding duplicate_message.this_file. Fields: message.</extracomment>
        <translation>dit bericht is al gelezen (bericht {message} van dit bestand); het wordt één keer geïmporteerd</translation>
    </message>
    <message>
        <source>this message was already read (an earlier file); it is imported once</source>
        <comment>duplicate_message.earlier_file</comment>
        <extracomment>Finding duplicate_message.earlier_file.</extracomment>
        <translation>dit bericht is al gelezen (een eerder bestand); het wordt één keer geïmporteerd</translation>
    </message>
    <message>
        <source>message {message} of this file had the same message id with different content; check with the laboratory which one is right</source>
        <comment>conflicting_message_id.this_file</comment>
        <extracomment>Finding conflicting_message_id.this_file. Fields: message.</extracomment>
        <translation>bericht {message} van dit bestand had hetzelfde bericht-ID met een andere inhoud; ga bij het laboratorium na welk bericht juist is</translation>
    </message>
    <message>
        <source>an earlier file had the same message id with different content; check with the laboratory which one is right</source>
        <comment>conflicting_message_id.earlier_file</comment>
        <extracomment>Finding conflicting_message_id.earlier_file.</extracomment>
        <translation>een eerder bestand had hetzelfde bericht-ID met een andere inhoud; ga bij het laboratorium na welk bericht juist is</translation>
    </message>
    <message>
        <source>OBX-11 (result status) is &apos;{text}&apos;; F, C, P, D, W or X is expected, so it cannot be told whether the result is final</source>
        <comment>status_unknown.hl7</comment>
        <extracomment>Finding status_unknown.hl7. Fields: text.</extracomment>
        <translation>OBX-11 (uitslagstatus) is &apos;{text}&apos;; F, C, P, D, W of X wordt verwacht, dus kan niet worden bepaald of de uitslag definitief is</translation>
    </message>
    <message>
        <source>OBX-11 (result status) is empty; F, C, P, D, W or X is expected, so it cannot be told whether the result is final</source>
        <comment>status_unknown.hl7_empty</comment>
        <extracomment>Finding status_unknown.hl7_empty.</extracomment>
        <translation>OBX-11 (uitslagstatus) is leeg; F, C, P, D, W of X wordt verwacht, dus kan niet worden bepaald of de uitslag definitief is</translation>
    </message>
    <message>
        <source>no PID segment before this OBX names the patient</source>
        <comment>patient_id_missing.no_pid</comment>
        <extracomment>Finding patient_id_missing.no_pid.</extracomment>
        <translation>geen PID-segment vóór deze OBX noemt de patiënt</translation>
    </message>
    <message>
        <source>OBX-11 is I: specimen in the laboratory, no result yet</source>
        <comment>result_status.I</comment>
        <extracomment>Finding result_status.I.</extracomment>
        <translation>OBX-11 is I: monster in het laboratorium, nog geen uitslag</translation>
    </message>
    <message>
        <source>OBX-11 is O: order detail only, no result</source>
        <comment>result_status.O</comment>
        <extracomment>Finding result_status.O.</extracomment>
        <translation>OBX-11 is O: alleen ordergegevens, geen uitslag</translation>
    </message>
    <message>
        <source>OBX-11 is N: not asked; no result</source>
        <comment>result_status.N</comment>
        <extracomment>Finding result_status.N.</extracomment>
        <translation>OBX-11 is N: niet aangevraagd; geen uitslag</translation>
    </message>
    <message>
        <source>OBX-11 is U: changed to final without the result being sent again; the app needs the result itself</source>
        <comment>result_status.U</comment>
        <extracomment>Finding result_status.U.</extracomment>
        <translation>OBX-11 is U: gewijzigd in definitief zonder dat de uitslag opnieuw is verstuurd; de app heeft de uitslag zelf nodig</translation>
    </message>
    <message>
        <source>OBX-11 D: the result is deleted</source>
        <comment>status_meaning.D</comment>
        <extracomment>Finding status_meaning.D.</extracomment>
        <translation>OBX-11 D: de uitslag is verwijderd</translation>
    </message>
    <message>
        <source>OBX-11 W: the result was posted wrongly (e.g. for the wrong patient)</source>
        <comment>status_meaning.W</comment>
        <extracomment>Finding status_meaning.W.</extracomment>
        <translation>OBX-11 W: de uitslag is ten onrechte geplaatst (bijv. bij de verkeerde patiënt)</translation>
    </message>
    <message>
        <source>OBX-11 X: the result cannot be obtained</source>
        <comment>status_meaning.X</comment>
        <extracomment>Finding status_meaning.X.</extracomment>
        <translation>OBX-11 X: de uitslag kan niet worden verkregen</translation>
    </message>
    <message>
        <source>status {text}</source>
        <comment>status_meaning.fhir</comment>
        <extracomment>Finding status_meaning.fhir. Fields: text.</extracomment>
        <translation>status {text}</translation>
    </message>
    <message>
        <source>no observation time in OBX-14 or OBR-7; it is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.hl7</comment>
        <extracomment>Finding time_missing.hl7.</extracomment>
        <translation>geen observatietijd in OBX-14 of OBR-7; deze is nodig om ferritine aan HLA-DR te koppelen</translation>
    </message>
    <message>
        <source>OBX-5 holds several values; one is needed</source>
        <comment>several_values</comment>
        <extracomment>Finding several_values.</extracomment>
        <translation>OBX-5 bevat meerdere waarden; er is er één nodig</translation>
    </message>
    <message>
        <source>OBX-5 is a range or ratio (SN with a second number); one value is needed</source>
        <comment>range_or_ratio</comment>
        <extracomment>Finding range_or_ratio.</extracomment>
        <translation>OBX-5 is een bereik of verhouding (SN met een tweede getal); er is één waarde nodig</translation>
    </message>
    <message>
        <source>OBX-5 comparator &apos;{text}&apos; is not &lt;, &gt;, &lt;= or &gt;=</source>
        <comment>comparator_unknown.hl7</comment>
        <extracomment>Finding comparator_unknown.hl7. Fields: text.</extracomment>
        <translation>OBX-5-comparator &apos;{text}&apos; is niet &lt;, &gt;, &lt;= of &gt;=</translation>
    </message>
    <message>
        <source>OBX-5 has components, which a {value_type} value cannot have</source>
        <comment>value_components</comment>
        <extracomment>Finding value_components. Fields: value_type.</extracomment>
        <translation>OBX-5 heeft componenten, die een waarde van het type {value_type} niet kan hebben</translation>
    </message>
    <message>
        <source>OBX-2 (value type) is &apos;{text}&apos;; NM, SN or ST is needed for a ferritin or HLA-DR value</source>
        <comment>value_type_unsupported.hl7</comment>
        <extracomment>Finding value_type_unsupported.hl7. Fields: text.</extracomment>
        <translation>OBX-2 (waardetype) is &apos;{text}&apos;; NM, SN of ST is nodig voor een ferritine- of HLA-DR-waarde</translation>
    </message>
    <message>
        <source>OBX-2 (value type) is missing; NM, SN or ST is needed for a ferritin or HLA-DR value</source>
        <comment>value_type_unsupported.hl7_missing</comment>
        <extracomment>Finding value_type_unsupported.hl7_missing.</extracomment>
        <translation>OBX-2 (waardetype) ontbreekt; NM, SN of ST is nodig voor een ferritine- of HLA-DR-waarde</translation>
    </message>
    <message>
        <source>{file}, message {number}</source>
        <comment>source.message</comment>
        <extracomment>Finding source.message. Fields: file, number.</extracomment>
        <translation>{file}, bericht {number}</translation>
    </message>
    <message>
        <source>{file}, message {number} ({id})</source>
        <comment>source.message_id</comment>
        <extracomment>Finding source.message_id. Fields: file, id, number.</extracomment>
        <translation>{file}, bericht {number} ({id})</translation>
    </message>
    <message>
        <source>{message}, segment {number}</source>
        <comment>source.segment</comment>
        <extracomment>Finding source.segment. Fields: message, number.</extracomment>
        <translation>{message}, segment {number}</translation>
    </message>
    <message>
        <source>{message}, segment {number} ({element})</source>
        <comment>source.segment_element</comment>
        <extracomment>Finding source.segment_element. Fields: element, message, number.</extracomment>
        <translation>{message}, segment {number} ({element})</translation>
    </message>
    <message>
        <source>{message}, entry {number}</source>
        <comment>source.entry</comment>
        <extracomment>Finding source.entry. Fields: message, number.</extracomment>
        <translation>{message}, entry {number}</translation>
    </message>
    <message>
        <source>{message}, entry {number} ({element})</source>
        <comment>source.entry_element</comment>
        <extracomment>Finding source.entry_element. Fields: element, message, number.</extracomment>
        <translation>{message}, entry {number} ({element})</translation>
    </message>
    <message>
        <source>a preliminary result that arrived after the final result of the same test; not shown</source>
        <comment>preliminary_after_final</comment>
        <extracomment>Finding preliminary_after_final.</extracomment>
        <translation>een voorlopige uitslag die na de definitieve uitslag van dezelfde test binnenkwam; niet getoond</translation>
    </message>
    <message>
        <source>replaced by the corrected result in {source}</source>
        <comment>superseded.corrected</comment>
        <extracomment>Finding superseded.corrected. Fields: source.</extracomment>
        <translation>vervangen door de gecorrigeerde uitslag in {source}</translation>
    </message>
    <message>
        <source>replaced by the final result in {source}</source>
        <comment>superseded.final</comment>
        <extracomment>Finding superseded.final. Fields: source.</extracomment>
        <translation>vervangen door de definitieve uitslag in {source}</translation>
    </message>
    <message>
        <source>replaced by the preliminary result in {source}</source>
        <comment>superseded.preliminary</comment>
        <extracomment>Finding superseded.preliminary. Fields: source.</extracomment>
        <translation>vervangen door de voorlopige uitslag in {source}</translation>
    </message>
    <message>
        <source>a corrected result: it replaces any earlier result of this test</source>
        <comment>corrected</comment>
        <extracomment>Finding corrected.</extracomment>
        <translation>een gecorrigeerde uitslag: deze vervangt elke eerdere uitslag van deze test</translation>
    </message>
    <message>
        <source>a preliminary result: shown, not classified until the final result arrives</source>
        <comment>preliminary</comment>
        <extracomment>Finding preliminary.</extracomment>
        <translation>een voorlopige uitslag: getoond, niet geclassificeerd totdat de definitieve uitslag binnenkomt</translation>
    </message>
    <message>
        <source>withdrawn by {source} (status {status})</source>
        <comment>withdrawn</comment>
        <extracomment>Finding withdrawn. Fields: source, status.</extracomment>
        <translation>ingetrokken door {source} (status {status})</translation>
    </message>
    <message>
        <source>withdraws the earlier result in {sources}</source>
        <comment>withdrawal.removed</comment>
        <extracomment>Finding withdrawal.removed. Fields: sources.</extracomment>
        <translation>trekt de eerdere uitslag in {sources} in</translation>
    </message>
    <message>
        <source>{meaning}; withdraws the earlier result in {sources}</source>
        <comment>withdrawal.removed_meaning</comment>
        <extracomment>Finding withdrawal.removed_meaning. Fields: meaning, sources.</extracomment>
        <translation>{meaning}; trekt de eerdere uitslag in {sources} in</translation>
    </message>
    <message>
        <source>withdraws an earlier result of this test; a result stored from an earlier file with the same key is withdrawn when this file is stored</source>
        <comment>withdrawal.stored</comment>
        <extracomment>Finding withdrawal.stored.</extracomment>
        <translation>trekt een eerdere uitslag van deze test in; een uitslag die uit een eerder bestand met dezelfde sleutel is opgeslagen, wordt ingetrokken wanneer dit bestand wordt opgeslagen</translation>
    </message>
    <message>
        <source>{meaning}; withdraws an earlier result of this test; a result stored from an earlier file with the same key is withdrawn when this file is stored</source>
        <comment>withdrawal.stored_meaning</comment>
        <extracomment>Finding withdrawal.stored_meaning. Fields: meaning.</extracomment>
        <translation>{meaning}; trekt een eerdere uitslag van deze test in; een uitslag die uit een eerder bestand met dezelfde sleutel is opgeslagen, wordt ingetrokken wanneer dit bestand wordt opgeslagen</translation>
    </message>
    <message>
        <source>{used} of {results} result(s) used</source>
        <comment>message_used</comment>
        <extracomment>Finding message_used. Fields: results, used.</extracomment>
        <translation>{used} van {results} uitslag(en) gebruikt</translation>
    </message>
    <message>
        <source>the message holds no results</source>
        <comment>no_results</comment>
        <extracomment>Finding no_results.</extracomment>
        <translation>het bericht bevat geen uitslagen</translation>
    </message>
    <message>
        <source>no result used ({detail})</source>
        <comment>no_results_used</comment>
        <extracomment>Finding no_results_used. Fields: detail.</extracomment>
        <translation>geen uitslag gebruikt ({detail})</translation>
    </message>
    <message>
        <source>the same content was already read from an earlier file; it is imported once</source>
        <comment>duplicate_message.content</comment>
        <extracomment>Finding duplicate_message.content.</extracomment>
        <translation>dezelfde inhoud is al gelezen uit een eerder bestand; deze wordt één keer geïmporteerd</translation>
    </message>
    <message>
        <source>{date} has no time of day; a date-time is required</source>
        <comment>date_cell_without_time</comment>
        <extracomment>Finding date_cell_without_time. Fields: date.</extracomment>
        <translation>{date} heeft geen tijdstip; een datum-tijd is vereist</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a time without a date</source>
        <comment>time_without_date</comment>
        <extracomment>Finding time_without_date. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; is een tijd zonder datum</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a bare number (an Excel date serial?); store the sample time as a date-time</source>
        <comment>serial_number.cell</comment>
        <extracomment>Finding serial_number.cell. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; is een los getal (een Excel-datumserienummer?); sla de afnametijd op als datum-tijd</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a bare number (an Excel date serial?); an ISO 8601 date-time such as {example} is required</source>
        <comment>serial_number.text</comment>
        <extracomment>Finding serial_number.text. Fields: example, text.</extracomment>
        <translation>&apos;{text}&apos; is een los getal (een Excel-datumserienummer?); een ISO 8601-datum-tijd zoals {example} is vereist</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time</source>
        <comment>bad_time.cell</comment>
        <extracomment>Finding bad_time.cell. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; is geen datum-tijd</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; a date-time such as {example} is required</source>
        <comment>date_without_time.example</comment>
        <extracomment>Finding date_without_time.example. Fields: example, text.</extracomment>
        <translation>&apos;{text}&apos; heeft geen tijdstip; een datum-tijd zoals {example} is vereist</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; a date-time is required</source>
        <comment>date_without_time.text</comment>
        <extracomment>Finding date_without_time.text. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; heeft geen tijdstip; een datum-tijd is vereist</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid ISO 8601 date-time (e.g. {example})</source>
        <comment>bad_time.iso</comment>
        <extracomment>Finding bad_time.iso. Fields: example, text.</extracomment>
        <translation>&apos;{text}&apos; is geen geldige ISO 8601-datum-tijd (bijv. {example})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not match the time format {time_format}</source>
        <comment>bad_time.format</comment>
        <extracomment>Finding bad_time.format. Fields: text, time_format.</extracomment>
        <translation>&apos;{text}&apos; komt niet overeen met het tijdformaat {time_format}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time; use ISO 8601 (e.g. {example}) or give the time format</source>
        <comment>bad_time.numeric</comment>
        <extracomment>Finding bad_time.numeric. Fields: example, text.</extracomment>
        <translation>&apos;{text}&apos; is geen datum-tijd; gebruik ISO 8601 (bijv. {example}) of geef het tijdformaat op</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: day and month order cannot be told from the file; give the time format (e.g. {time_format})</source>
        <comment>date_order_unknown</comment>
        <extracomment>Finding date_order_unknown. Fields: text, time_format.</extracomment>
        <translation>&apos;{text}&apos;: de volgorde van dag en maand is niet uit het bestand af te leiden; geef het tijdformaat op (bijv. {time_format})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid date-time</source>
        <comment>bad_time.invalid</comment>
        <extracomment>Finding bad_time.invalid. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; is geen geldige datum-tijd</translation>
    </message>
    <message>
        <source>{date} lies before 1900-03-01, where Excel&apos;s 1900 date system is wrong (serial ≤ 60); check the sample time</source>
        <comment>excel_1900_artefact</comment>
        <extracomment>Finding excel_1900_artefact. Fields: date.</extracomment>
        <translation>{date} ligt vóór 1900-03-01, waar het 1900-datumsysteem van Excel onjuist is (serienummer ≤ 60); controleer de afnametijd</translation>
    </message>
    <message>
        <source>{time} local time is skipped or repeated by a daylight-saving change; give the time with its UTC offset</source>
        <comment>dst_ambiguous</comment>
        <extracomment>Finding dst_ambiguous. Fields: time.</extracomment>
        <translation>de lokale tijd {time} wordt door een overgang van of naar zomertijd overgeslagen of herhaald; geef de tijd met de UTC-afwijking op</translation>
    </message>
    <message>
        <source>The laboratory corrected the {test} result (status {status}) in {source}.</source>
        <comment>lab_version.corrected</comment>
        <extracomment>Finding lab_version.corrected. Fields: source, status, test.</extracomment>
        <translation>Het laboratorium heeft in {source} de uitslag voor {test} gecorrigeerd (status {status}).</translation>
    </message>
    <message>
        <source>The laboratory sent the {test} result again (status {status}) in {source}.</source>
        <comment>lab_version.sent_again</comment>
        <extracomment>Finding lab_version.sent_again. Fields: source, status, test.</extracomment>
        <translation>Het laboratorium heeft in {source} de uitslag voor {test} opnieuw verzonden (status {status}).</translation>
    </message>
    <message>
        <source>Paired with the {test} result received in {source}.</source>
        <comment>lab_version.paired</comment>
        <extracomment>Finding lab_version.paired. Fields: source, test.</extracomment>
        <translation>Gekoppeld aan de uitslag voor {test} die in {source} is ontvangen.</translation>
    </message>
    <message>
        <source>The laboratory withdrew the {test} result ({meaning}) in {source}.</source>
        <comment>lab_withdrawal</comment>
        <extracomment>Finding lab_withdrawal. Fields: meaning, source, test.</extracomment>
        <translation>Het laboratorium heeft in {source} de uitslag voor {test} ingetrokken ({meaning}).</translation>
    </message>
    <message>
        <source>SOFA {total} of 24; all 6 organ systems assessed.</source>
        <comment>sofa_total</comment>
        <extracomment>Finding sofa_total. Fields: total.</extracomment>
        <translation>SOFA {total} van 24; alle 6 orgaansystemen beoordeeld.</translation>
    </message>
    <message>
        <source>SOFA {total} from {assessed} of 6 organ systems; not assessed: {missing}. With them the total could be {low} to {high}.</source>
        <comment>sofa_total_partial</comment>
        <extracomment>Finding sofa_total_partial. Fields: assessed, high, low, missing, total.</extracomment>
        <translation>SOFA {total} uit {assessed} van 6 orgaansystemen; niet beoordeeld: {missing}. Met deze systemen erbij zou het totaal {low} tot {high} kunnen zijn.</translation>
    </message>
    <message>
        <source>{criterion} {value}: {comparison} → {points} of 4 points.</source>
        <comment>sofa_criterion</comment>
        <extracomment>Finding sofa_criterion. Fields: comparison, criterion, points, value.</extracomment>
        <translation>{criterion} {value}: {comparison} → {points} van 4 punten.</translation>
    </message>
    <message>
        <source>{criterion} {value} could score {low} to {high} points; an exact value is needed.</source>
        <comment>sofa_criterion_open</comment>
        <extracomment>Finding sofa_criterion_open. Fields: criterion, high, low, value.</extracomment>
        <translation>{criterion} {value} kan {low} tot {high} punten opleveren; een exacte waarde is nodig.</translation>
    </message>
    <message>
        <source>{criterion} not running → 0 of 4 points.</source>
        <comment>sofa_not_running</comment>
        <extracomment>Finding sofa_not_running. Fields: criterion.</extracomment>
        <translation>{criterion} loopt niet → 0 van 4 punten.</translation>
    </message>
    <message>
        <source>Dobutamine running (any dose) → {points} of 4 points.</source>
        <comment>sofa_dobutamine</comment>
        <extracomment>Finding sofa_dobutamine. Fields: points.</extracomment>
        <translation>Dobutamine loopt (elke dosis) → {points} van 4 punten.</translation>
    </message>
    <message>
        <source>Dobutamine not running → {points} of 4 points.</source>
        <comment>sofa_dobutamine_none</comment>
        <extracomment>Finding sofa_dobutamine_none. Fields: points.</extracomment>
        <translation>Dobutamine loopt niet → {points} van 4 punten.</translation>
    </message>
    <message>
        <source>PaO2/FiO2 {value}: {comparison} with respiratory support → {points} of 4 points.</source>
        <comment>sofa_respiration_support</comment>
        <extracomment>Finding sofa_respiration_support. Fields: comparison, points, value.</extracomment>
        <translation>PaO2/FiO2 {value}: {comparison} met ademhalingsondersteuning → {points} van 4 punten.</translation>
    </message>
    <message>
        <source>PaO2/FiO2 {value}: {comparison}, but without respiratory support → {points} of 4 points (3 and 4 need respiratory support).</source>
        <comment>sofa_respiration_no_support</comment>
        <extracomment>Finding sofa_respiration_no_support. Fields: comparison, points, value.</extracomment>
        <translation>PaO2/FiO2 {value}: {comparison}, maar zonder ademhalingsondersteuning → {points} van 4 punten (3 en 4 vereisen ademhalingsondersteuning).</translation>
    </message>
    <message>
        <source>Not assessed: {needed} not given.</source>
        <comment>sofa_missing</comment>
        <extracomment>Finding sofa_missing. Fields: needed.</extracomment>
        <translation>Niet beoordeeld: {needed} niet opgegeven.</translation>
    </message>
    <message>
        <source>Not assessed: {low} to {high} points possible; still needed: {needed}.</source>
        <comment>sofa_undetermined</comment>
        <extracomment>Finding sofa_undetermined. Fields: high, low, needed.</extracomment>
        <translation>Niet beoordeeld: {low} tot {high} punten mogelijk; nog nodig: {needed}.</translation>
    </message>
    <message>
        <source>The table&apos;s {unit} column puts {value} in its {other_points}-point row, its {reference} column in the {points}-point row; the app scores every unit by the {reference} column (the original definition).</source>
        <comment>sofa_column_differs</comment>
        <extracomment>Finding sofa_column_differs. Fields: other_points, points, reference, unit, value.</extracomment>
        <translation>De {unit}-kolom van de tabel plaatst {value} in de rij voor {other_points} punten, de {reference}-kolom in de rij voor {points} punten; de app scoort elke eenheid volgens de {reference}-kolom (de oorspronkelijke definitie).</translation>
    </message>
    <message>
        <source>HScore {score} (of {maximum} possible).</source>
        <comment>hscore_total</comment>
        <extracomment>Finding hscore_total. Fields: maximum, score.</extracomment>
        <translation>HScore {score} (van maximaal {maximum}).</translation>
    </message>
    <message>
        <source>HScore not computed: {missing} not given. With them it would be {low} to {high}; the table&apos;s probability would lie between {low_percent} % and {high_percent} %.</source>
        <comment>hscore_incomplete</comment>
        <extracomment>Finding hscore_incomplete. Fields: high, high_percent, low, low_percent, missing.</extracomment>
        <translation>HScore niet berekend: {missing} niet opgegeven. Met deze gegevens zou hij {low} tot {high} zijn; de kans volgens de tabel zou tussen {low_percent} % en {high_percent} % liggen.</translation>
    </message>
    <message>
        <source>{variable} {value}: {comparison} → {points} points.</source>
        <comment>hscore_scored</comment>
        <extracomment>Finding hscore_scored. Fields: comparison, points, value, variable.</extracomment>
        <translation>{variable} {value}: {comparison} → {points} punten.</translation>
    </message>
    <message>
        <source>{variable}: {category} → {points} points.</source>
        <comment>hscore_category</comment>
        <extracomment>Finding hscore_category. Fields: category, points, variable.</extracomment>
        <translation>{variable}: {category} → {points} punten.</translation>
    </message>
    <message>
        <source>Cytopenias in {count} of 3 lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110000/µL) → {points} points.</source>
        <comment>hscore_cytopenias</comment>
        <extracomment>Finding hscore_cytopenias. Fields: count, points.</extracomment>
        <translation>Cytopenieën in {count} van 3 cellijnen (Hb ≤ 9,2 g/dL, leukocyten ≤ 5000/µL, trombocyten ≤ 110000/µL) → {points} punten.</translation>
    </message>
    <message>
        <source>{variable} {value} could score {low} to {high} points; an exact value is needed.</source>
        <comment>hscore_open</comment>
        <extracomment>Finding hscore_open. Fields: high, low, value, variable.</extracomment>
        <translation>{variable} {value} kan {low} tot {high} punten opleveren; een exacte waarde is nodig.</translation>
    </message>
    <message>
        <source>{variable} not given: 0 to {high} points possible.</source>
        <comment>hscore_missing</comment>
        <extracomment>Finding hscore_missing. Fields: high, variable.</extracomment>
        <translation>{variable} niet opgegeven: 0 tot {high} punten mogelijk.</translation>
    </message>
    <message>
        <source>HScore {score}: probability of haemophagocytic syndrome {percent} % in the published table.</source>
        <comment>hscore_probability_row</comment>
        <extracomment>Finding hscore_probability_row. Fields: percent, score.</extracomment>
        <translation>HScore {score}: kans op hemofagocytair syndroom {percent} % volgens de gepubliceerde tabel.</translation>
    </message>
    <message>
        <source>HScore {score} lies between the table&apos;s rows {row} ({percent} %) and {next_row} ({next_percent} %); the app reports the row at or below it: {percent} %.</source>
        <comment>hscore_probability_between</comment>
        <extracomment>Finding hscore_probability_between. Fields: next_percent, next_row, percent, row, score.</extracomment>
        <translation>HScore {score} ligt tussen de tabelrijen {row} ({percent} %) en {next_row} ({next_percent} %); de app geeft de rij op of onder de score: {percent} %.</translation>
    </message>
    <message>
        <source>HScore {score} is below the table&apos;s first row ({row}: {percent} %): {percent} %.</source>
        <comment>hscore_probability_below</comment>
        <extracomment>Finding hscore_probability_below. Fields: percent, row, score.</extracomment>
        <translation>HScore {score} ligt onder de eerste tabelrij ({row}: {percent} %): {percent} %.</translation>
    </message>
    <message>
        <source>HScore {score} is at or above the table&apos;s last row ({row}): {percent} %.</source>
        <comment>hscore_probability_top</comment>
        <extracomment>Finding hscore_probability_top. Fields: percent, row, score.</extracomment>
        <translation>HScore {score} ligt op of boven de laatste tabelrij ({row}): {percent} %.</translation>
    </message>
    <message>
        <source>The HScore estimates the probability of reactive haemophagocytic syndrome (secondary HLH). It is an aid to the HLH question, not a diagnosis.</source>
        <comment>hscore_aid_not_diagnosis</comment>
        <extracomment>Finding hscore_aid_not_diagnosis.</extracomment>
        <translation>De HScore schat de kans op een reactief hemofagocytair syndroom (secundaire HLH). Het is een hulpmiddel bij de vraag naar HLH, geen diagnose.</translation>
    </message>
    <message>
        <source>Derived in 312 patients (162 with reactive HLH, 104 without, 46 undetermined); best cut-off 169 (sensitivity 93 %, specificity 86 %).</source>
        <comment>hscore_derivation</comment>
        <extracomment>Finding hscore_derivation.</extracomment>
        <translation>Ontwikkeld bij 312 patiënten (162 met reactieve HLH, 104 zonder, 46 onbepaald); beste afkapwaarde 169 (sensitiviteit 93 %, specificiteit 86 %).</translation>
    </message>
    <message>
        <source>The probability table has not been validated in ICU patients.</source>
        <comment>hscore_icu_not_validated</comment>
        <extracomment>Finding hscore_icu_not_validated.</extracomment>
        <translation>De kanstabel is niet gevalideerd bij IC-patiënten.</translation>
    </message>
    <message>
        <source>High ferritin is common in the ICU without HLH: ICU studies found HLH cut-offs of 9083 µg/L (2623 patients) and 3951 ng/mL (344 patients), and a modified HLH-2004 criterion uses ferritin ≥ 10000 ng/mL.</source>
        <comment>hscore_icu_ferritin</comment>
        <extracomment>Finding hscore_icu_ferritin.</extracomment>
        <translation>Een hoge ferritinewaarde komt op de IC vaak voor zonder HLH: IC-studies vonden HLH-afkapwaarden van 9083 µg/L (2623 patiënten) en 3951 ng/mL (344 patiënten), en een aangepast HLH-2004-criterium gebruikt ferritine ≥ 10000 ng/mL.</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL places a patient in the ImmunoSep MALS stratum; it does not establish HLH.</source>
        <comment>hscore_mals_not_hlh</comment>
        <extracomment>Finding hscore_mals_not_hlh.</extracomment>
        <translation>Ferritine &gt; 4420 ng/mL deelt een patiënt in bij het ImmunoSep-stratum MALS; het bewijst geen HLH.</translation>
    </message>
    <message>
        <source>Age 18 years or older.</source>
        <comment>criterion_age_18_or_over</comment>
        <extracomment>Finding criterion_age_18_or_over.</extracomment>
        <translation>Leeftijd 18 jaar of ouder.</translation>
    </message>
    <message>
        <source>Women: unwilling to become pregnant during the study (men meet this criterion).</source>
        <comment>criterion_not_planning_pregnancy</comment>
        <extracomment>Finding criterion_not_planning_pregnancy.</extracomment>
        <translation>Vrouwen: niet bereid zwanger te worden tijdens de studie (mannen voldoen aan dit criterium).</translation>
    </message>
    <message>
        <source>Written informed consent by the patient, or by a first-degree relative or spouse if the patient cannot consent.</source>
        <comment>criterion_informed_consent</comment>
        <extracomment>Finding criterion_informed_consent.</extracomment>
        <translation>Schriftelijke geïnformeerde toestemming van de patiënt, of van een eerstegraads familielid of de echtgeno(o)t(e) als de patiënt geen toestemming kan geven.</translation>
    </message>
    <message>
        <source>Infection is community-acquired pneumonia, hospital-acquired pneumonia, ventilator-associated pneumonia or primary bacteraemia.</source>
        <comment>criterion_infection_type</comment>
        <extracomment>Finding criterion_infection_type.</extracomment>
        <translation>De infectie is een buiten het ziekenhuis opgelopen pneumonie, een in het ziekenhuis opgelopen pneumonie, een beademingsgerelateerde pneumonie of een primaire bacteriëmie.</translation>
    </message>
    <message>
        <source>Sepsis by Sepsis-3: total SOFA ≥ 2 on admission with infection through the emergency department, or a rise of the admission SOFA by ≥ 2 points in a patient already in hospital.</source>
        <comment>criterion_sepsis_3</comment>
        <extracomment>Finding criterion_sepsis_3.</extracomment>
        <translation>Sepsis volgens Sepsis-3: totale SOFA ≥ 2 bij opname met infectie via de spoedeisende hulp, of een stijging van de SOFA bij opname met ≥ 2 punten bij een patiënt die al in het ziekenhuis ligt.</translation>
    </message>
    <message>
        <source>Laboratory signs of MALS (ferritin &gt; 4420 ng/mL) or of immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR &lt; 5000 antibodies per monocyte, QuantiBRITE). Patients with COVID-19 could enter the MALS arm only.</source>
        <comment>criterion_immune_phenotype</comment>
        <extracomment>Finding criterion_immune_phenotype.</extracomment>
        <translation>Laboratoriumtekenen van MALS (ferritine &gt; 4420 ng/mL) of van immunoparalyse (ferritine ≤ 4420 ng/mL en HLA-DR &lt; 5000 antilichamen per monocyt, QuantiBRITE). Patiënten met COVID-19 konden alleen in de MALS-arm worden opgenomen.</translation>
    </message>
    <message>
        <source>Less than 72 hours since sepsis was recognised by Sepsis-3 (in the trial: to the start of the blinded study drug).</source>
        <comment>criterion_within_72_hours</comment>
        <extracomment>Finding criterion_within_72_hours.</extracomment>
        <translation>Minder dan 72 uur sinds de sepsis volgens Sepsis-3 werd vastgesteld (in de studie: tot de start van de geblindeerde studiemedicatie).</translation>
    </message>
    <message>
        <source>Age under 18 years.</source>
        <comment>criterion_age_under_18</comment>
        <extracomment>Finding criterion_age_under_18.</extracomment>
        <translation>Leeftijd onder 18 jaar.</translation>
    </message>
    <message>
        <source>Written informed consent refused.</source>
        <comment>criterion_consent_refused</comment>
        <extracomment>Finding criterion_consent_refused.</extracomment>
        <translation>Schriftelijke geïnformeerde toestemming geweigerd.</translation>
    </message>
    <message>
        <source>Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.</source>
        <comment>criterion_other_infection_site</comment>
        <extracomment>Finding criterion_other_infection_site.</extracomment>
        <translation>Acute pyelonefritis, intra-abdominale infectie, meningitis of huidinfectie.</translation>
    </message>
    <message>
        <source>Any stage IV malignancy.</source>
        <comment>criterion_stage_iv_malignancy</comment>
        <extracomment>Finding criterion_stage_iv_malignancy.</extracomment>
        <translation>Elke maligniteit in stadium IV.</translation>
    </message>
    <message>
        <source>Neutropenia: absolute neutrophil count &lt; 1500/mm³.</source>
        <comment>criterion_neutropenia</comment>
        <extracomment>Finding criterion_neutropenia.</extracomment>
        <translation>Neutropenie: absoluut aantal neutrofielen &lt; 1500/mm³.</translation>
    </message>
    <message>
        <source>Unverified: the registry gives &lt; 1500/mm³, a transcription of the protocol &lt; 1000/mm³; the discrepancy is unresolved.</source>
        <comment>criterion_neutropenia_unverified</comment>
        <extracomment>Finding criterion_neutropenia_unverified.</extracomment>
        <translation>Niet geverifieerd: het register noemt &lt; 1500/mm³, een transcriptie van het protocol &lt; 1000/mm³; de discrepantie is niet opgehelderd.</translation>
    </message>
    <message>
        <source>Any do-not-resuscitate decision.</source>
        <comment>criterion_do_not_resuscitate</comment>
        <extracomment>Finding criterion_do_not_resuscitate.</extracomment>
        <translation>Elk besluit om niet te reanimeren (NR-beleid).</translation>
    </message>
    <message>
        <source>Bacteraemia with coagulase-negative staphylococci or other skin commensals, or a catheter-related infection.</source>
        <comment>criterion_bacteraemia_contaminant</comment>
        <extracomment>Finding criterion_bacteraemia_contaminant.</extracomment>
        <translation>Bacteriëmie met coagulasenegatieve stafylokokken of andere huidcommensalen, of een kathetergerelateerde infectie.</translation>
    </message>
    <message>
        <source>All {total} listed criteria are met ({met} met, {failed} not met, {unknown} unknown); the list is incomplete, so this does not prove the patient would have been eligible.</source>
        <comment>eligibility_all_listed_met</comment>
        <extracomment>Finding eligibility_all_listed_met. Fields: failed, met, total, unknown.</extracomment>
        <translation>Alle {total} vermelde criteria zijn vervuld ({met} vervuld, {failed} niet vervuld, {unknown} onbekend); de lijst is onvolledig, dus dit bewijst niet dat de patiënt in aanmerking zou zijn gekomen.</translation>
    </message>
    <message>
        <source>{met} of {total} criteria met, {unknown} unknown, {failed} not met.</source>
        <comment>eligibility_incomplete</comment>
        <extracomment>Finding eligibility_incomplete. Fields: failed, met, total, unknown.</extracomment>
        <translation>{met} van {total} criteria vervuld, {unknown} onbekend, {failed} niet vervuld.</translation>
    </message>
    <message>
        <source>{failed} of {total} criteria not met ({met} met, {unknown} unknown): this patient differs from the population in which ImmunoSep was tested.</source>
        <comment>eligibility_outside</comment>
        <extracomment>Finding eligibility_outside. Fields: failed, met, total, unknown.</extracomment>
        <translation>{failed} van {total} criteria niet vervuld ({met} vervuld, {unknown} onbekend): deze patiënt verschilt van de populatie waarin ImmunoSep is getest.</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence comes from the population these criteria describe; it may not apply outside it.</source>
        <comment>eligibility_population</comment>
        <extracomment>Finding eligibility_population.</extracomment>
        <translation>Het ImmunoSep-bewijs komt uit de populatie die deze criteria beschrijven; daarbuiten is het mogelijk niet van toepassing.</translation>
    </message>
    <message>
        <source>Unverified: every copy of the registry&apos;s exclusion list read for this app ends after its seventh item; further exclusions (the protocol also has a corticosteroid-dose limit) are not listed here.</source>
        <comment>eligibility_exclusions_truncated</comment>
        <extracomment>Finding eligibility_exclusions_truncated.</extracomment>
        <translation>Niet geverifieerd: elke voor deze app gelezen kopie van de exclusielijst van het register eindigt na het zevende punt; verdere exclusiecriteria (het protocol kent ook een grens voor de corticosteroïddosis) staan hier niet vermeld.</translation>
    </message>
    <message>
        <source>The checklist informs; it does not block a phenotype or a decision.</source>
        <comment>eligibility_not_blocking</comment>
        <extracomment>Finding eligibility_not_blocking.</extracomment>
        <translation>De checklist dient ter informatie en blokkeert geen fenotype of beslissing.</translation>
    </message>
    <message>
        <source>From the age entered: {age} years.</source>
        <comment>eligibility_from_age</comment>
        <extracomment>Finding eligibility_from_age. Fields: age.</extracomment>
        <translation>Uit de ingevoerde leeftijd: {age} jaar.</translation>
    </message>
    <message>
        <source>From the phenotype: {phenotype}.</source>
        <comment>eligibility_from_phenotype</comment>
        <extracomment>Finding eligibility_from_phenotype. Fields: phenotype.</extracomment>
        <translation>Uit het fenotype: {phenotype}.</translation>
    </message>
    <message>
        <source>The values could not be classified, so this is unknown.</source>
        <comment>eligibility_from_no_phenotype</comment>
        <extracomment>Finding eligibility_from_no_phenotype.</extracomment>
        <translation>De waarden konden niet worden geclassificeerd, dus dit is onbekend.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: below 1000/mm³, neutropenia by the registry and by the protocol transcription.</source>
        <comment>eligibility_anc_below_both</comment>
        <extracomment>Finding eligibility_anc_below_both. Fields: anc.</extracomment>
        <translation>Neutrofielen {anc}: onder 1000/mm³, neutropenie volgens het register en volgens de protocoltranscriptie.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: at or above 1500/mm³, no neutropenia by either source.</source>
        <comment>eligibility_anc_above_both</comment>
        <extracomment>Finding eligibility_anc_above_both. Fields: anc.</extracomment>
        <translation>Neutrofielen {anc}: 1500/mm³ of meer, volgens geen van beide bronnen neutropenie.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: neutropenia by the registry (&lt; 1500/mm³) but not by the protocol transcription (&lt; 1000/mm³), or not exact enough to tell; the answer is unknown.</source>
        <comment>eligibility_anc_between</comment>
        <extracomment>Finding eligibility_anc_between. Fields: anc.</extracomment>
        <translation>Neutrofielen {anc}: neutropenie volgens het register (&lt; 1500/mm³) maar niet volgens de protocoltranscriptie (&lt; 1000/mm³), of niet exact genoeg om dat te bepalen; het antwoord is onbekend.</translation>
    </message>
    <message>
        <source>Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (&gt; 1.4): the trial&apos;s response definition is met.</source>
        <comment>response_met</comment>
        <extracomment>Finding response_met. Fields: decrease.</extracomment>
        <translation>SOFA op dag 1 min de gemiddelde SOFA van dag 2–9 is {decrease} (&gt; 1,4): aan de responsdefinitie van de studie is voldaan.</translation>
    </message>
    <message>
        <source>Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (≤ 1.4): the trial&apos;s response definition is not met.</source>
        <comment>response_not_met</comment>
        <extracomment>Finding response_not_met. Fields: decrease.</extracomment>
        <translation>SOFA op dag 1 min de gemiddelde SOFA van dag 2–9 is {decrease} (≤ 1,4): aan de responsdefinitie van de studie is niet voldaan.</translation>
    </message>
    <message>
        <source>Provisional: so far day-1 SOFA minus the mean SOFA of days 2–9 is {decrease}; days {pending} are not over and count as carried forward until they are.</source>
        <comment>response_provisional</comment>
        <extracomment>Finding response_provisional. Fields: decrease, pending.</extracomment>
        <translation>Voorlopig: tot nu toe is SOFA op dag 1 min de gemiddelde SOFA van dag 2–9 {decrease}; de dagen {pending} zijn nog niet voorbij en tellen tot dan mee met de overgenomen laatste waarde.</translation>
    </message>
    <message>
        <source>This is the ImmunoSep trial&apos;s research endpoint (day-1 SOFA minus the mean SOFA of days 2–9 &gt; 1.4 points; deaths count 24, a missing day carries the last value forward), not a treatment target.</source>
        <comment>response_research_endpoint</comment>
        <extracomment>Finding response_research_endpoint.</extracomment>
        <translation>Dit is het onderzoekseindpunt van de ImmunoSep-studie (SOFA op dag 1 min de gemiddelde SOFA van dag 2–9 &gt; 1,4 punten; overlijden telt als 24, bij een ontbrekende dag wordt de laatste waarde doorgetrokken), geen behandeldoel.</translation>
    </message>
    <message>
        <source>From the day of death (day {day}) every day counts 24.</source>
        <comment>response_death</comment>
        <extracomment>Finding response_death. Fields: day.</extracomment>
        <translation>Vanaf de dag van overlijden (dag {day}) telt elke dag als 24.</translation>
    </message>
    <message>
        <source>The SOFA entered for day {day} is not used: the patient died on day {death_day}, and from then on every day counts 24.</source>
        <comment>response_entry_replaced_by_death</comment>
        <extracomment>Finding response_entry_replaced_by_death. Fields: day, death_day.</extracomment>
        <translation>De voor dag {day} ingevoerde SOFA wordt niet gebruikt: de patiënt is op dag {death_day} overleden, en vanaf dan telt elke dag als 24.</translation>
    </message>
    <message>
        <source>The SOFA of day {day} rests on {assessed} of 6 organ systems, so it may be too low.</source>
        <comment>response_incomplete_day</comment>
        <extracomment>Finding response_incomplete_day. Fields: assessed, day.</extracomment>
        <translation>De SOFA van dag {day} berust op {assessed} van 6 orgaansystemen en kan dus te laag zijn.</translation>
    </message>
    <message>
        <source>{criterion} {value} is outside the range usually seen in {unit}; check that it was not measured in {other_unit}.</source>
        <comment>unit_suspect</comment>
        <extracomment>Finding unit_suspect. Fields: criterion, other_unit, unit, value.</extracomment>
        <translation>{criterion} {value} ligt buiten het bereik dat gewoonlijk in {unit} wordt gezien; controleer of de waarde niet in {other_unit} is gemeten.</translation>
    </message>
    <message>
        <source>Ferritin is needed: every ImmunoSep phenotype starts from ferritin (&gt; {ferritin_threshold} is MALS).</source>
        <comment>ferritin_missing</comment>
        <extracomment>Finding ferritin_missing. Fields: ferritin_threshold.</extracomment>
        <translation>Ferritine is nodig: elk ImmunoSep-fenotype begint bij ferritine (&gt; {ferritin_threshold} is MALS).</translation>
    </message>
    <message>
        <source>Ferritin &gt; {threshold} (MALS)</source>
        <comment>criterion.ferritin_above_mals_threshold</comment>
        <extracomment>Finding criterion.ferritin_above_mals_threshold. Fields: threshold.</extracomment>
        <translation>Ferritine &gt; {threshold} (MALS)</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {threshold} (immunoparalysis)</source>
        <comment>criterion.hla_dr_below_threshold</comment>
        <extracomment>Finding criterion.hla_dr_below_threshold. Fields: threshold.</extracomment>
        <translation>HLA-DR &lt; {threshold} (immunoparalyse)</translation>
    </message>
    <message>
        <source>Age ≥ {threshold} years (trial population)</source>
        <comment>criterion.age_adult</comment>
        <extracomment>Finding criterion.age_adult. Fields: threshold.</extracomment>
        <translation>Leeftijd ≥ {threshold} jaar (studiepopulatie)</translation>
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
        <translation>≥ {threshold} jaar</translation>
    </message>
    <message>
        <source>{age} years</source>
        <comment>criterion_value.age</comment>
        <extracomment>Finding criterion_value.age. Fields: age.</extracomment>
        <translation>{age} jaar</translation>
    </message>
    <message>
        <source>met</source>
        <comment>criterion_note.met</comment>
        <extracomment>Finding criterion_note.met.</extracomment>
        <translation>vervuld</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>criterion_note.not_met</comment>
        <extracomment>Finding criterion_note.not_met.</extracomment>
        <translation>niet vervuld</translation>
    </message>
    <message>
        <source>undecided</source>
        <comment>criterion_note.undecided</comment>
        <extracomment>Finding criterion_note.undecided.</extracomment>
        <translation>onbeslist</translation>
    </message>
    <message>
        <source>undecided: {entered} spans {threshold}</source>
        <comment>criterion_note.undecided_range</comment>
        <extracomment>Finding criterion_note.undecided_range. Fields: entered, threshold.</extracomment>
        <translation>onbeslist: {entered} omvat de drempel {threshold}</translation>
    </message>
    <message>
        <source>not available</source>
        <comment>criterion_note.not_available</comment>
        <extracomment>Finding criterion_note.not_available.</extracomment>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>not given</source>
        <comment>criterion_note.not_given</comment>
        <extracomment>Finding criterion_note.not_given.</extracomment>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>not determined by the laboratory</source>
        <comment>criterion_note.not_determined</comment>
        <extracomment>Finding criterion_note.not_determined.</extracomment>
        <translation>niet bepaald door het laboratorium</translation>
    </message>
    <message>
        <source>not evaluable: {unit} cannot be converted to antibodies bound per cell</source>
        <comment>criterion_note.unit_not_usable</comment>
        <extracomment>Finding criterion_note.unit_not_usable. Fields: unit.</extracomment>
        <translation>niet te beoordelen: {unit} kan niet worden omgerekend naar gebonden antilichamen per cel</translation>
    </message>
    <message>
        <source>{note}; converted: {conversion}</source>
        <comment>criterion_note.converted</comment>
        <extracomment>Finding criterion_note.converted. Fields: conversion, note.</extracomment>
        <translation>{note}; omgerekend: {conversion}</translation>
    </message>
    <message>
        <source>{note} (not needed: MALS is decided by ferritin)</source>
        <comment>criterion_note.not_needed</comment>
        <extracomment>Finding criterion_note.not_needed. Fields: note.</extracomment>
        <translation>{note} (niet nodig: MALS wordt door ferritine bepaald)</translation>
    </message>
    <message>
        <source>{entered} ng/mL (no conversion)</source>
        <comment>conversion.none</comment>
        <extracomment>Finding conversion.none. Fields: entered.</extracomment>
        <translation>{entered} ng/mL (geen omrekening)</translation>
    </message>
    <message>
        <source>Ferritin not determined (&quot;{ferritin_not_determined}&quot;): the laboratory reported no value; every ImmunoSep phenotype starts from ferritin (&gt; {ferritin_threshold} is MALS).</source>
        <comment>ferritin_not_determined</comment>
        <extracomment>Finding ferritin_not_determined. Fields: ferritin_not_determined, ferritin_threshold.</extracomment>
        <translation>Ferritine niet bepaald (&quot;{ferritin_not_determined}&quot;): het laboratorium heeft geen waarde gerapporteerd; elk ImmunoSep-fenotype gaat uit van ferritine (&gt; {ferritin_threshold} is MALS).</translation>
    </message>
    <message>
        <source>Ferritin {ferritin_entered} could be above or below {ferritin_threshold}; an exact value, or a bound that lies wholly on one side of {ferritin_threshold}, is needed.</source>
        <comment>ferritin_indeterminate</comment>
        <extracomment>Finding ferritin_indeterminate. Fields: ferritin_entered, ferritin_threshold.</extracomment>
        <translation>Ferritine {ferritin_entered} kan boven of onder {ferritin_threshold} liggen; een exacte waarde, of een grens die geheel aan één kant van {ferritin_threshold} ligt, is nodig.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is &gt; {ferritin_threshold}: MALS criterion met.</source>
        <comment>ferritin_above_threshold</comment>
        <extracomment>Finding ferritin_above_threshold. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Ferritine {ferritin} is &gt; {ferritin_threshold}: MALS-criterium vervuld.</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {hla_dr_threshold} too: both criteria are met and MALS takes precedence, as in the trial.</source>
        <comment>both_criteria_met</comment>
        <extracomment>Finding both_criteria_met. Fields: hla_dr_threshold.</extracomment>
        <translation>Ook HLA-DR &lt; {hla_dr_threshold}: beide criteria zijn vervuld en MALS heeft voorrang, zoals in de studie.</translation>
    </message>
    <message>
        <source>HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <comment>hla_dr_missing</comment>
        <extracomment>Finding hla_dr_missing. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>HLA-DR in antilichamen per cel (AB/C, QuantiBRITE) is nodig omdat ferritine {ferritin} ≤ {ferritin_threshold} is.</translation>
    </message>
    <message>
        <source>HLA-DR not determined (&quot;{hla_dr_not_determined}&quot;): the laboratory reported no value; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <comment>hla_dr_not_determined</comment>
        <extracomment>Finding hla_dr_not_determined. Fields: ferritin, ferritin_threshold, hla_dr_not_determined.</extracomment>
        <translation>HLA-DR niet bepaald (&quot;{hla_dr_not_determined}&quot;): het laboratorium heeft geen waarde gerapporteerd; HLA-DR in AB/C is nodig omdat ferritine {ferritin} ≤ {ferritin_threshold} is.</translation>
    </message>
    <message>
        <source>HLA-DR was given as {hla_dr_unit}, which cannot be converted to antibodies bound per cell; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <comment>hla_dr_not_ab_per_cell</comment>
        <extracomment>Finding hla_dr_not_ab_per_cell. Fields: ferritin, ferritin_threshold, hla_dr_unit.</extracomment>
        <translation>HLA-DR is opgegeven als {hla_dr_unit}, wat niet kan worden omgerekend naar gebonden antilichamen per cel; HLA-DR in AB/C is nodig omdat ferritine {ferritin} ≤ {ferritin_threshold} is.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} could be above or below {hla_dr_threshold}; an exact value is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <comment>hla_dr_indeterminate</comment>
        <extracomment>Finding hla_dr_indeterminate. Fields: ferritin, ferritin_threshold, hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} kan boven of onder {hla_dr_threshold} liggen; een exacte waarde is nodig omdat ferritine {ferritin} ≤ {ferritin_threshold} is.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is ≤ {ferritin_threshold}: MALS criterion not met.</source>
        <comment>ferritin_at_or_below_threshold</comment>
        <extracomment>Finding ferritin_at_or_below_threshold. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Ferritine {ferritin} is ≤ {ferritin_threshold}: MALS-criterium niet vervuld.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is &lt; {hla_dr_threshold}: immunoparalysis criteria met.</source>
        <comment>hla_dr_below_threshold</comment>
        <extracomment>Finding hla_dr_below_threshold. Fields: hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} is &lt; {hla_dr_threshold}: criteria voor immunoparalyse vervuld.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is ≥ {hla_dr_threshold}: neither phenotype; the ImmunoSep evidence does not apply.</source>
        <comment>hla_dr_at_or_above_threshold</comment>
        <extracomment>Finding hla_dr_at_or_above_threshold. Fields: hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} is ≥ {hla_dr_threshold}: geen van beide fenotypen; het ImmunoSep-bewijs is niet van toepassing.</translation>
    </message>
    <message>
        <source>The ferritin sample time {ferritin_sampled} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.ferritin_sample</comment>
        <extracomment>Finding sample_time_in_future.ferritin_sample. Fields: ferritin_sampled.</extracomment>
        <translation>Het afnametijdstip van ferritine {ferritin_sampled} ligt in de toekomst; controleer datum en tijd.</translation>
    </message>
    <message>
        <source>The HLA-DR sample time {hla_dr_sampled} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.hla_dr_sample</comment>
        <extracomment>Finding sample_time_in_future.hla_dr_sample. Fields: hla_dr_sampled.</extracomment>
        <translation>Het afnametijdstip van HLA-DR {hla_dr_sampled} ligt in de toekomst; controleer datum en tijd.</translation>
    </message>
    <message>
        <source>The HLA-DR processing time {hla_dr_processed} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.hla_dr_processing</comment>
        <extracomment>Finding sample_time_in_future.hla_dr_processing. Fields: hla_dr_processed.</extracomment>
        <translation>Het verwerkingstijdstip van HLA-DR {hla_dr_processed} ligt in de toekomst; controleer datum en tijd.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is within {ferritin_band} of {ferritin_threshold}; ferritin assays differ between methods, so a repeat test may be wise.</source>
        <comment>ferritin_near_threshold</comment>
        <extracomment>Finding ferritin_near_threshold. Fields: ferritin, ferritin_band, ferritin_threshold.</extracomment>
        <translation>Ferritine {ferritin} ligt binnen {ferritin_band} van {ferritin_threshold}; ferritinebepalingen verschillen per methode, dus herhaling van de test kan verstandig zijn.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is within {hla_dr_band} of {hla_dr_threshold}; the inter-laboratory CV is 15-25 %, so a repeat test may be wise.</source>
        <comment>hla_dr_near_threshold</comment>
        <extracomment>Finding hla_dr_near_threshold. Fields: hla_dr, hla_dr_band, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} ligt binnen {hla_dr_band} van {hla_dr_threshold}; de interlaboratorium-CV is 15-25 %, dus herhaling van de test kan verstandig zijn.</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR were sampled {sample_gap} apart (more than {max_interval}); they may reflect different immune states.</source>
        <comment>samples_far_apart</comment>
        <extracomment>Finding samples_far_apart. Fields: max_interval, sample_gap.</extracomment>
        <translation>Ferritine en HLA-DR zijn met {sample_gap} tussentijd afgenomen (meer dan {max_interval}); ze kunnen verschillende immuuntoestanden weerspiegelen.</translation>
    </message>
    <message>
        <source>HLA-DR was processed {processing_delay} after sampling (more than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h).</source>
        <comment>hla_dr_processing_delay</comment>
        <extracomment>Finding hla_dr_processing_delay. Fields: max_delay, processing_delay.</extracomment>
        <translation>HLA-DR is {processing_delay} na afname verwerkt (meer dan {max_delay}); de waarden kunnen onbetrouwbaar zijn (QuantiBRITE: EDTA, op ijs, kleuring binnen 4 h).</translation>
    </message>
</context>
<context>
    <name>HScoreHistoryView</name>
    <message>
        <source>No HScore is stored for this patient. Patient ▸ HScore (Ctrl+Shift+H) enters one.</source>
        <translation>Voor deze patiënt is geen HScore opgeslagen. Patiënt ▸ HScore (Ctrl+Shift+H) voert er een in.</translation>
    </message>
    <message>
        <source>HScores stored for this patient, oldest first: an aid to the question whether a very high ferritin is HLH, not a diagnosis.</source>
        <translation>Voor deze patiënt opgeslagen HScores, oudste eerst: een hulpmiddel bij de vraag of een zeer hoge ferritinewaarde op HLH wijst, geen diagnose.</translation>
    </message>
    <message>
        <source>HScore #{id}, stored with assessment #{assessment}</source>
        <translation>HScore #{id}, opgeslagen bij beoordeling #{assessment}</translation>
    </message>
    <message>
        <source>table {version}</source>
        <translation>tabel {version}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Variable and why</source>
        <translation>Variabele en reden</translation>
    </message>
</context>
<context>
    <name>HScorePanel</name>
    <message>
        <source>{n} points</source>
        <translation>{n} punten</translation>
    </message>
    <message>
        <source>No HScore: correct the field marked in red ({reason}).</source>
        <translation>Geen HScore: corrigeer het rood gemarkeerde veld ({reason}).</translation>
    </message>
    <message>
        <source>Offered because ferritin is above 4420 ng/mL (the MALS criterion of the rule): such a ferritin places a patient in MALS but does not establish HLH. The HScore is an aid to that question, not a diagnosis.</source>
        <translation>Aangeboden omdat ferritine boven 4420 ng/mL ligt (het MALS-criterium van de regel): zo&apos;n ferritinewaarde plaatst een patiënt in MALS, maar stelt geen HLH vast. De HScore is een hulpmiddel bij die vraag, geen diagnose.</translation>
    </message>
    <message>
        <source>The window offers the HScore when ferritin is above 4420 ng/mL (the MALS criterion); it can be computed for any patient. It is an aid to the HLH question, not a diagnosis.</source>
        <translation>Het venster biedt de HScore aan wanneer ferritine boven 4420 ng/mL ligt (het MALS-criterium); hij kan voor elke patiënt worden berekend. Het is een hulpmiddel bij de vraag naar HLH, geen diagnose.</translation>
    </message>
    <message>
        <source>Ferritin copied from the assessment on screen ({value} {unit}); change it if the HScore uses another value.</source>
        <translation>Ferritine overgenomen uit de beoordeling op het scherm ({value} {unit}); wijzig de waarde als de HScore een andere waarde gebruikt.</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>An HScore is saved once all nine variables are given.</source>
        <translation>Een HScore wordt opgeslagen zodra alle negen variabelen zijn opgegeven.</translation>
    </message>
    <message>
        <source>Saved with assessment #{assessment}.</source>
        <translation>Opgeslagen bij beoordeling #{assessment}.</translation>
    </message>
    <message>
        <source>#{id}: HScore {score}, probability {p} %, with assessment #{assessment}, saved {when} by {user}</source>
        <translation>#{id}: HScore {score}, waarschijnlijkheid {p} %, bij beoordeling #{assessment}, opgeslagen op {when} door {user}</translation>
    </message>
    <message>
        <source>Stored HScores:</source>
        <translation>Opgeslagen HScores:</translation>
    </message>
    <message>
        <source>No HScore stored for this patient.</source>
        <translation>Geen HScore opgeslagen voor deze patiënt.</translation>
    </message>
    <message>
        <source>Mark #{id} entered in &amp;error…</source>
        <translation>#{id} als foutieve invoer mar&amp;keren…</translation>
    </message>
    <message>
        <source>Save HScore</source>
        <translation>HScore opslaan</translation>
    </message>
    <message>
        <source>Save this HScore in the TRAINING records of patient:</source>
        <translation>Deze HScore opslaan in de TRAININGSgegevens van patiënt:</translation>
    </message>
    <message>
        <source>Save this HScore in the clinical records of patient:</source>
        <translation>Deze HScore opslaan in de klinische gegevens van patiënt:</translation>
    </message>
    <message>
        <source>With assessment #{assessment}</source>
        <translation>Bij beoordeling #{assessment}</translation>
    </message>
    <message>
        <source>HScore saved for {patient}.</source>
        <translation>HScore opgeslagen voor {patient}.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Als foutieve invoer markeren</translation>
    </message>
    <message>
        <source>HScore #{id} of {patient} will be marked as entered in error. It stays stored and listed.</source>
        <translation>HScore #{id} van {patient} wordt gemarkeerd als foutieve invoer. Hij blijft opgeslagen en vermeld.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>Als foutieve invoer &amp;markeren</translation>
    </message>
    <message>
        <source>HScore #{id} marked as entered in error.</source>
        <translation>HScore #{id} gemarkeerd als foutieve invoer.</translation>
    </message>
    <message>
        <source>The nine variables (Fardet 2014)</source>
        <translation>De negen variabelen (Fardet 2014)</translation>
    </message>
    <message>
        <source>Known underlying &amp;immunosuppression (HIV, long-term immunosuppressive therapy)</source>
        <translation>Bekende onderliggende &amp;immunosuppressie (hiv, langdurige immunosuppressieve therapie)</translation>
    </message>
    <message>
        <source>Highest &amp;temperature</source>
        <translation>Hoogste &amp;temperatuur</translation>
    </message>
    <message>
        <source>&amp;Organomegaly</source>
        <translation>&amp;Organomegalie</translation>
    </message>
    <message>
        <source>&amp;Cytopenic lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110 000/µL)</source>
        <translation>&amp;Cytopenische cellijnen (Hb ≤ 9,2 g/dL, leukocyten ≤ 5000/µL, trombocyten ≤ 110 000/µL)</translation>
    </message>
    <message>
        <source>&amp;Ferritin</source>
        <translation>&amp;Ferritine</translation>
    </message>
    <message>
        <source>Tri&amp;glycerides</source>
        <translation>Tri&amp;glyceriden</translation>
    </message>
    <message>
        <source>Fi&amp;brinogen</source>
        <translation>Fi&amp;brinogeen</translation>
    </message>
    <message>
        <source>&amp;AST (aspartate aminotransferase)</source>
        <translation>&amp;ASAT (aspartaataminotransferase)</translation>
    </message>
    <message>
        <source>&amp;Haemophagocytosis on bone-marrow aspirate</source>
        <translation>&amp;Hemofagocytose in beenmergaspiraat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>hepatomegaly</source>
        <translation>hepatomegalie</translation>
    </message>
    <message>
        <source>splenomegaly</source>
        <translation>splenomegalie</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>&amp;Save HScore…</source>
        <translation>HScore op&amp;slaan…</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Sampled (or assessed)</source>
        <translation>Afgenomen (of beoordeeld)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritine</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>Stored assessments, oldest first</source>
        <translation>Opgeslagen beoordelingen, oudste eerst</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>afgenomen</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>beoordeeld</translation>
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
        <translation>(detecteren)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(niet gebruikt)</translation>
    </message>
    <message>
        <source>Lab exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xlsb *.xls *.ods);;All files (*)</source>
        <translation>Labexports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xlsb *.xls *.ods);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>komma ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>puntkomma ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>pipe |</source>
        <translation>verticale streep |</translation>
    </message>
    <message>
        <source>decimal point (4420.5)</source>
        <translation>decimale punt (4420.5)</translation>
    </message>
    <message>
        <source>decimal comma (4420,5)</source>
        <translation>decimale komma (4420,5)</translation>
    </message>
    <message>
        <source>wide: one row per sample</source>
        <translation>breed: één rij per monster</translation>
    </message>
    <message>
        <source>long: one row per test</source>
        <translation>lang: één rij per test</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>verticale streep</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>breed</translation>
    </message>
    <message>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punt</translation>
    </message>
    <message>
        <source>given</source>
        <translation>opgegeven</translation>
    </message>
    <message>
        <source>header</source>
        <translation>kop</translation>
    </message>
    <message>
        <source>unit column</source>
        <translation>eenheidskolom</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Patiënt-ID</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritine</translation>
    </message>
    <message>
        <source>Ferritin unit</source>
        <translation>Eenheid ferritine</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR unit</source>
        <translation>Eenheid HLA-DR</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Afnametijd</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Test name</source>
        <translation>Testnaam</translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation>LOINC-code</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Naam van de patiënt</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Patiëntnummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Geen bestand gekozen.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Decimaalteken</translation>
    </message>
    <message>
        <source>ISO 8601 or detected; e.g. %d.%m.%Y %H:%M</source>
        <translation>ISO 8601 of gedetecteerd; bijv. %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Tijdnotatie</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Pairing interval</source>
        <translation>Koppelingsinterval</translation>
    </message>
    <message>
        <source>How the file is read (detected unless you choose)</source>
        <translation>Hoe het bestand wordt gelezen (gedetecteerd tenzij u kiest)</translation>
    </message>
    <message>
        <source>Sample time format</source>
        <translation>Notatie van de afnametijd</translation>
    </message>
    <message>
        <source>Pair ferritin and HLA-DR within</source>
        <translation>Ferritine en HLA-DR koppelen binnen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Detected settings</source>
        <translation>Gedetecteerde instellingen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Voorbeeld van de eerste rijen</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import annuleren</translation>
    </message>
    <message>
        <source>Import and classify</source>
        <translation>Importeren en classificeren</translation>
    </message>
    <message>
        <source>Preview (row numbers as in the spreadsheet):</source>
        <translation>Voorbeeld (rijnummers zoals in het werkblad):</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {layout} layout, %n data row(s)</source>
        <translation>
            <numerusform>{kind}, indeling {layout}, %n gegevensrij</numerusform>
            <numerusform>{kind}, indeling {layout}, %n gegevensrijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {layout} layout, %n data row(s) ({blank} blank skipped)</source>
        <translation>
            <numerusform>{kind}, indeling {layout}, %n gegevensrij ({blank} lege overgeslagen)</numerusform>
            <numerusform>{kind}, indeling {layout}, %n gegevensrijen ({blank} lege overgeslagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{analyte} unit: {unit} ({source})</source>
        <translation>Eenheid {analyte}: {unit} ({source})</translation>
    </message>
    <message>
        <source>{analyte} unit: per row ({source})</source>
        <translation>Eenheid {analyte}: per rij ({source})</translation>
    </message>
    <message>
        <source>columns not used: {headers}</source>
        <translation>niet gebruikte kolommen: {headers}</translation>
    </message>
    <message>
        <source>No unit for ferritin and HLA-DR: values will be rejected until you choose the units (a unit is never assumed).</source>
        <translation>Geen eenheid voor ferritine en HLA-DR: de waarden worden afgewezen tot u de eenheden kiest (een eenheid wordt nooit aangenomen).</translation>
    </message>
    <message>
        <source>No unit for ferritin: values will be rejected until you choose the unit (a unit is never assumed).</source>
        <translation>Geen eenheid voor ferritine: de waarden worden afgewezen tot u de eenheid kiest (een eenheid wordt nooit aangenomen).</translation>
    </message>
    <message>
        <source>No unit for HLA-DR: values will be rejected until you choose the unit (a unit is never assumed).</source>
        <translation>Geen eenheid voor HLA-DR: de waarden worden afgewezen tot u de eenheid kiest (een eenheid wordt nooit aangenomen).</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) are more than the window shows ({limit}); use the command line: immunosep batch FILE --out results.xlsx</source>
        <translation>
            <numerusform>%n gegevensrij is meer dan het venster toont ({limit}); gebruik de opdrachtregel: immunosep batch FILE --out results.xlsx</numerusform>
            <numerusform>%n gegevensrijen zijn meer dan het venster toont ({limit}); gebruik de opdrachtregel: immunosep batch FILE --out results.xlsx</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read this file: {reason}</source>
        <translation>Dit bestand kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Cannot read this file ({error}).</source>
        <translation>Dit bestand kan niet worden gelezen ({error}).</translation>
    </message>
    <message>
        <source>(from the header: {unit})</source>
        <translation>(uit de kop: {unit})</translation>
    </message>
    <message>
        <source>(from the unit column)</source>
        <translation>(uit de eenheidskolom)</translation>
    </message>
    <message>
        <source>(none in the file: choose)</source>
        <translation>(niet in het bestand: kies)</translation>
    </message>
    <message>
        <source>detected: {format}</source>
        <translation>gedetecteerd: {format}</translation>
    </message>
    <message>
        <source>(detect: {detected})</source>
        <translation>(detecteren: {detected})</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Kolom voor {field}</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Fenotypekaart van het cohort</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import geannuleerd: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>Labuitslagen importeren</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Laboratory results that arrived in the inbox folder, per patient</source>
        <translation>Labuitslagen die in de inboxmap zijn binnengekomen, per patiënt</translation>
    </message>
    <message>
        <source>Laboratory &amp;inbox…</source>
        <translation>Laboratorium&amp;inbox…</translation>
    </message>
    <message>
        <source>{file}: not stored yet ({reason})</source>
        <translation>{file}: nog niet opgeslagen ({reason})</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Laboratory inbox — TRAINING database</source>
        <translation>Laboratoriuminbox — TRAININGSDATABASE</translation>
    </message>
    <message>
        <source>Laboratory inbox</source>
        <translation>Laboratoriuminbox</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Status van de inbox</translation>
    </message>
    <message>
        <source>Patient / test</source>
        <translation>Patiënt / test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Afgenomen</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Bronbestand</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Laboratory results per patient, newest first</source>
        <translation>Labuitslagen per patiënt, nieuwste eerst</translation>
    </message>
    <message>
        <source>Open &amp;history</source>
        <translation>&amp;Historie openen</translation>
    </message>
    <message>
        <source>Mark all as &amp;seen</source>
        <translation>Alle als &amp;gezien markeren</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Gegevens worden gelezen…</translation>
    </message>
    <message>
        <source>The inbox cannot be shown: {reason}</source>
        <translation>De inbox kan niet worden getoond: {reason}</translation>
    </message>
    <message>
        <source>(no stored patient)</source>
        <translation>(geen opgeslagen patiënt)</translation>
    </message>
    <message>
        <source>No laboratory results have arrived in the inbox yet.</source>
        <translation>Er zijn nog geen labuitslagen in de inbox binnengekomen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new result(s) since you last looked (in bold).</source>
        <translation>
            <numerusform>%n nieuwe uitslag sinds u voor het laatst keek (vetgedrukt).</numerusform>
            <numerusform>%n nieuwe uitslagen sinds u voor het laatst keek (vetgedrukt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n patiënt.</numerusform>
            <numerusform>%n patiënten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the patient&apos;s history.</source>
        <translation>Enter opent de historie van de patiënt.</translation>
    </message>
    <message>
        <source>No inbox folder is configured (site.toml, [inbox] folder).</source>
        <translation>Er is geen inboxmap ingesteld (site.toml, [inbox] folder).</translation>
    </message>
    <message>
        <source>Training mode does not read the ward&apos;s inbox folder.</source>
        <translation>De trainingsmodus leest de inboxmap van de afdeling niet.</translation>
    </message>
    <message>
        <source>Watching {folder}.</source>
        <translation>{folder} wordt bewaakt.</translation>
    </message>
    <message>
        <source>Withdrawn by the laboratory ({status})</source>
        <translation>Ingetrokken door het laboratorium ({status})</translation>
    </message>
    <message>
        <source>{label} — earlier version</source>
        <translation>{label} — eerdere versie</translation>
    </message>
    <message>
        <source>{label} — corrected result</source>
        <translation>{label} — gecorrigeerde uitslag</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritine</translation>
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
            <numerusform>Inbox: %n bestand kon niet worden gelezen en is met de reden naar failed/ verplaatst.</numerusform>
            <numerusform>Inbox: %n bestanden konden niet worden gelezen en zijn met de reden naar failed/ verplaatst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n new laboratory result(s). Ctrl+I shows them.</source>
        <translation>
            <numerusform>Inbox: %n nieuwe labuitslag. Ctrl+I toont deze.</numerusform>
            <numerusform>Inbox: %n nieuwe labuitslagen. Ctrl+I toont ze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laboratory &amp;inbox (%n new)…</source>
        <translation>
            <numerusform>Laboratorium&amp;inbox (%n nieuw)…</numerusform>
            <numerusform>Laboratorium&amp;inbox (%n nieuw)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New patient: every field cleared.</source>
        <translation>Nieuwe patiënt: alle velden gewist.</translation>
    </message>
    <message>
        <source>Patient {patient} opened: enter the new values, or Ctrl+H for the history.</source>
        <translation>Patiënt {patient} geopend: voer de nieuwe waarden in, of open met Ctrl+H de historie.</translation>
    </message>
    <message>
        <source>No result: correct the field(s) marked in red on the left; each message says why.</source>
        <translation>Geen resultaat: corrigeer de rood gemarkeerde velden links; elke melding zegt waarom.</translation>
    </message>
    <message>
        <source>Enter ferritin and HLA-DR, each with its unit, to see the phenotype.</source>
        <translation>Voer ferritine en HLA-DR in, elk met de eenheid, om het fenotype te zien.</translation>
    </message>
    <message>
        <source>No result: an internal error stopped the assessment (reference: {ref}). Nothing was classified; please report this.</source>
        <translation>Geen resultaat: een interne fout heeft de beoordeling gestopt (referentie: {ref}). Er is niets geclassificeerd; meld deze fout.</translation>
    </message>
    <message>
        <source>(no identifier entered)</source>
        <translation>(geen ID ingevoerd)</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} jaar</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Patient: {who} · age {age}</source>
        <translation>Patiënt: {who} · leeftijd {age}</translation>
    </message>
    <message>
        <source>PAST ASSESSMENT #{id} (read-only) — {text}</source>
        <translation>EERDERE BEOORDELING #{id} (alleen-lezen) — {text}</translation>
    </message>
    <message>
        <source>CORRECTING #{id} — {text}</source>
        <translation>CORRECTIE #{id} — {text}</translation>
    </message>
    <message>
        <source>TRAINING CASE (synthetic) — {text}</source>
        <translation>TRAININGSCASUS (synthetisch) — {text}</translation>
    </message>
    <message>
        <source>TRAINING — {app}</source>
        <translation>TRAINING — {app}</translation>
    </message>
    <message>
        <source>{title} — past assessment #{id} (read-only)</source>
        <translation>{title} — eerdere beoordeling #{id} (alleen-lezen)</translation>
    </message>
    <message>
        <source>TRAINING — synthetic data</source>
        <translation>TRAINING — synthetische gegevens</translation>
    </message>
    <message>
        <source>Clinical mode</source>
        <translation>Klinische modus</translation>
    </message>
    <message>
        <source>{mode} · decimal separator &apos;{sep}&apos;</source>
        <translation>{mode} · decimaalteken &apos;{sep}&apos;</translation>
    </message>
    <message>
        <source>The trial evidence of this installation cannot be read ({kind}), so no result can be shown. {app} closes; please ask IT to repair the installation.</source>
        <translation>Het bewijs uit de studie van deze installatie kan niet worden gelezen ({kind}), dus er kan geen resultaat worden getoond. {app} wordt gesloten; vraag de IT-afdeling de installatie te herstellen.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Patient &amp;history…</source>
        <translation>Patiënt&amp;historie…</translation>
    </message>
    <message>
        <source>Stored assessments and the ferritin / HLA-DR trend of the patient in the form</source>
        <translation>Opgeslagen beoordelingen en het verloop van ferritine / HLA-DR van de patiënt in het formulier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open / import lab results…</source>
        <translation>&amp;Openen / labuitslagen importeren…</translation>
    </message>
    <message>
        <source>Import a laboratory export (CSV, Excel) and classify every row</source>
        <translation>Een laboratoriumexport (CSV, Excel) importeren en elke rij classificeren</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>PDF-rapport &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save the current assessment as a PDF report</source>
        <translation>De huidige beoordeling opslaan als PDF-rapport</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Decimal separator for typed values</source>
        <translation>Decimaalteken voor getypte waarden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Close the app (asks first if an assessment is not saved)</source>
        <translation>De app sluiten (vraagt eerst bevestiging als een beoordeling niet is opgeslagen)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patiënt</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nieuwe patiënt</translation>
    </message>
    <message>
        <source>Clear every field for the next patient</source>
        <translation>Alle velden wissen voor de volgende patiënt</translation>
    </message>
    <message>
        <source>&amp;Save assessment…</source>
        <translation>Beoordeling op&amp;slaan…</translation>
    </message>
    <message>
        <source>Store the assessment on screen in the patient&apos;s records</source>
        <translation>De beoordeling op het scherm opslaan in de gegevens van de patiënt</translation>
    </message>
    <message>
        <source>Patient &amp;list…</source>
        <translation>Patiënten&amp;lijst…</translation>
    </message>
    <message>
        <source>Find a stored patient by identifier and open them</source>
        <translation>Een opgeslagen patiënt zoeken op ID en openen</translation>
    </message>
    <message>
        <source>&amp;Copy result for the note</source>
        <translation>Resultaat &amp;kopiëren voor de notitie</translation>
    </message>
    <message>
        <source>Put a plain-text summary of the result on the clipboard</source>
        <translation>Een samenvatting van het resultaat als platte tekst naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Larger text for presenting</source>
        <translation>Grotere tekst voor presentaties</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Werkelijke grootte</translation>
    </message>
    <message>
        <source>Text at 100 %</source>
        <translation>Tekst op 100 %</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Training mode (synthetic data)</source>
        <translation>&amp;Trainingsmodus (synthetische gegevens)</translation>
    </message>
    <message>
        <source>Switch to synthetic training cases; clears the form</source>
        <translation>Overschakelen naar synthetische trainingscasussen; wist het formulier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ImmunoSep Phenotyper</source>
        <translation>&amp;Over ImmunoSep Phenotyper</translation>
    </message>
    <message>
        <source>Versions of the app, the rule set and the evidence; disclaimer</source>
        <translation>Versies van de app, de regelset en de bewijsbasis; disclaimer</translation>
    </message>
    <message>
        <source>&amp;Eligibility checklist (use only if…)…</source>
        <translation>Inclusie&amp;checklist (alleen gebruiken als…)…</translation>
    </message>
    <message>
        <source>The ImmunoSep trial&apos;s inclusion and exclusion criteria for the patient in the form</source>
        <translation>De inclusie- en exclusiecriteria van de ImmunoSep-studie voor de patiënt in het formulier</translation>
    </message>
    <message>
        <source>&amp;SOFA and the day-9 response…</source>
        <translation>SOFA en de &amp;respons op dag 9…</translation>
    </message>
    <message>
        <source>SOFA calculator, daily SOFA, the trial&apos;s day-9 measure and the date of death</source>
        <translation>SOFA-calculator, dagelijkse SOFA, de dag 9-uitkomstmaat van de studie en de datum van overlijden</translation>
    </message>
    <message>
        <source>HScore (HLH &amp;question)…</source>
        <translation>HScore (&amp;vraag naar HLH)…</translation>
    </message>
    <message>
        <source>HScore (Fardet 2014): an aid to the question whether a very high ferritin is HLH</source>
        <translation>HScore (Fardet 2014): een hulpmiddel bij de vraag of een zeer hoge ferritinewaarde op HLH wijst</translation>
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
        <translation>{n} van 4 punten</translation>
    </message>
    <message>
        <source>not assessed (could be {low} to {high})</source>
        <translation>niet beoordeeld (zou {low} tot {high} kunnen zijn)</translation>
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
        <translation>De patiënthistorie als PDF exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Patient history: enter the patient identifier first, or open a patient from the list (Ctrl+L).</source>
        <translation>Patiënthistorie: voer eerst de patiënt-ID in, of open een patiënt uit de lijst (Ctrl+L).</translation>
    </message>
    <message>
        <source>Writing the history PDF…</source>
        <translation>De historie-PDF wordt geschreven…</translation>
    </message>
    <message>
        <source>Patient history</source>
        <translation>Patiënthistorie</translation>
    </message>
    <message>
        <source>This history belongs to the other mode (training or clinical); switch mode first.</source>
        <translation>Deze historie hoort bij de andere modus (training of klinisch); schakel eerst van modus.</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF niet opgeslagen</translation>
    </message>
    <message>
        <source>History PDF saved: {path}</source>
        <translation>Historie-PDF opgeslagen: {path}</translation>
    </message>
    <message>
        <source>the PDF could not be written ({reason}).</source>
        <translation>de PDF kon niet worden geschreven ({reason}).</translation>
    </message>
    <message>
        <source>Not shown: {reason}</source>
        <translation>Niet getoond: {reason}</translation>
    </message>
</context>
<context>
    <name>PatientHistoryDialog</name>
    <message>
        <source>Patient history — {patient} — TRAINING</source>
        <translation>Patiënthistorie — {patient} — TRAINING</translation>
    </message>
    <message>
        <source>Patient history — {patient}</source>
        <translation>Patiënthistorie — {patient}</translation>
    </message>
</context>
<context>
    <name>PatientHistoryView</name>
    <message>
        <source>TRAINING DATABASE — synthetic records, not for clinical use</source>
        <translation>TRAININGSDATABASE — synthetische gegevens, niet voor klinisch gebruik</translation>
    </message>
    <message numerus="yes">
        <source>Patient {patient}: %n stored assessment(s), oldest first</source>
        <translation>
            <numerusform>Patiënt {patient}: %n opgeslagen beoordeling, oudste eerst</numerusform>
            <numerusform>Patiënt {patient}: %n opgeslagen beoordelingen, oudste eerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient {patient}: no stored assessments yet. Save one from the main window (Ctrl+S).</source>
        <translation>Patiënt {patient}: nog geen opgeslagen beoordelingen. Sla er een op vanuit het hoofdvenster (Ctrl+S).</translation>
    </message>
    <message>
        <source>&amp;Open in main window</source>
        <translation>&amp;Openen in hoofdvenster</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rrigeren…</translation>
    </message>
    <message>
        <source>Mark entered in &amp;error…</source>
        <translation>Als foutieve invoer &amp;markeren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;Pdf exporteren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>{change} ({when})</source>
        <translation>{change} ({when})</translation>
    </message>
    <message>
        <source>Phenotype changes: {changes}</source>
        <translation>Wijzigingen van fenotype: {changes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Markers: ▼ MALS, ■ immunoparalysis, ● unclassified, ✕ cannot classify; open markers are censored values drawn at their bound. Dashed lines: entry thresholds (MALS: ferritin &gt; 4420 ng/mL; immunoparalysis: HLA-DR &lt; 5000 AB/C). Dotted lines: phenotype changes. Only current versions are drawn.</source>
        <translation>Markeringen: ▼ MALS, ■ immunoparalyse, ● ongeclassificeerd, ✕ classificatie niet mogelijk; open markeringen zijn gecensureerde waarden, getekend op hun grens. Gestreepte lijnen: inclusiedrempels (MALS: ferritine &gt; 4420 ng/mL; immunoparalyse: HLA-DR &lt; 5000 AB/C). Gestippelde lijnen: wijzigingen van fenotype. Alleen actuele versies worden getekend.</translation>
    </message>
    <message>
        <source>Day-15 reversal definitions</source>
        <translation>Definities van omkeer op dag 15</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR trend</source>
        <translation>Verloop van ferritine en HLA-DR</translation>
    </message>
    <message>
        <source>Daily SOFA and day 9</source>
        <translation>Dagelijkse SOFA en dag 9</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Geschiktheid</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>The score records cannot be read: {reason}</source>
        <translation>De scoreregistraties kunnen niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>No daily SOFA is stored for this patient. Patient ▸ SOFA and the day-9 response (Ctrl+Shift+S) enters one.</source>
        <translation>Voor deze patiënt is geen dagelijkse SOFA opgeslagen. Patiënt ▸ SOFA en de respons op dag 9 (Ctrl+Shift+S) voert er een in.</translation>
    </message>
</context>
<context>
    <name>PatientListDialog</name>
    <message>
        <source>Patients — TRAINING database</source>
        <translation>Patiënten — TRAININGSDATABASE</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patiënten</translation>
    </message>
    <message>
        <source>identifier, or part of it</source>
        <translation>ID, of een deel ervan</translation>
    </message>
    <message>
        <source>Search patients by identifier</source>
        <translation>Patiënten zoeken op ID</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Patient list status</source>
        <translation>Status van de patiëntenlijst</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Laatste resultaat</translation>
    </message>
    <message>
        <source>Last sampled (or assessed)</source>
        <translation>Laatst afgenomen (of beoordeeld)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <source>Stored patients, most recent first</source>
        <translation>Opgeslagen patiënten, meest recente eerst</translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>Patiënt &amp;openen</translation>
    </message>
    <message>
        <source>Open with &amp;history</source>
        <translation>Openen met &amp;historie</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Gegevens worden gelezen…</translation>
    </message>
    <message>
        <source>The patient list cannot be shown: {reason}</source>
        <translation>De patiëntenlijst kan niet worden getoond: {reason}</translation>
    </message>
    <message>
        <source>no current assessment</source>
        <translation>geen actuele beoordeling</translation>
    </message>
    <message>
        <source>No stored patient matches “{term}”.</source>
        <translation>Geen opgeslagen patiënt komt overeen met “{term}”.</translation>
    </message>
    <message>
        <source>No patients are stored yet: save an assessment (Ctrl+S) to start a record.</source>
        <translation>Er zijn nog geen patiënten opgeslagen: sla een beoordeling op (Ctrl+S) om een registratie te beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s), most recent first. ↓ to the list, Enter to open.</source>
        <translation>
            <numerusform>%n patiënt, meest recente eerst. ↓ naar de lijst, Enter om te openen.</numerusform>
            <numerusform>%n patiënten, meest recente eerst. ↓ naar de lijst, Enter om te openen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhenotypeMapPlot</name>
    <message>
        <source>Phenotype map</source>
        <translation>Fenotypekaart</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>required: why, in a few words</source>
        <translation>verplicht: waarom, in een paar woorden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Record shown</source>
        <translation>Getoonde registratie</translation>
    </message>
    <message>
        <source>Record store status</source>
        <translation>Status van de database</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(geen ID)</translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Niet-opgeslagen beoordeling</translation>
    </message>
    <message>
        <source>The values entered for {patient} have not been saved.</source>
        <translation>De voor {patient} ingevoerde waarden zijn niet opgeslagen.</translation>
    </message>
    <message>
        <source>They cannot be saved as they are (no result, or no patient identifier). Discard them?</source>
        <translation>De waarden kunnen zo niet worden opgeslagen (geen resultaat of geen patiënt-ID). Verwerpen?</translation>
    </message>
    <message>
        <source>a save is already in progress.</source>
        <translation>er wordt al opgeslagen.</translation>
    </message>
    <message>
        <source>this is a stored assessment, shown read-only; use Correct… to change it.</source>
        <translation>dit is een opgeslagen beoordeling, alleen-lezen getoond; gebruik Waarden corrigeren… om deze te wijzigen.</translation>
    </message>
    <message>
        <source>enter the patient identifier first.</source>
        <translation>voer eerst de patiënt-ID in.</translation>
    </message>
    <message>
        <source>there is no result to save; complete or correct the fields on the left.</source>
        <translation>er is geen resultaat om op te slaan; vul de velden links aan of corrigeer ze.</translation>
    </message>
    <message>
        <source>nothing was changed; change a value before saving a correction.</source>
        <translation>er is niets gewijzigd; wijzig een waarde voordat u een correctie opslaat.</translation>
    </message>
    <message>
        <source>Saved for {patient} as assessment #{id} ({when}). Ctrl+H shows the history.</source>
        <translation>Opgeslagen voor {patient} als beoordeling #{id} ({when}). Ctrl+H toont de historie.</translation>
    </message>
    <message>
        <source>Saved for {patient}.</source>
        <translation>Opgeslagen voor {patient}.</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Beoordeling corrigeren</translation>
    </message>
    <message>
        <source>The corrected values will be saved as a new version of assessment #{id} of {patient}; the old version stays stored, marked as superseded.</source>
        <translation>De gecorrigeerde waarden worden opgeslagen als nieuwe versie van beoordeling #{id} van {patient}; de oude versie blijft bewaard, gemarkeerd als vervangen.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>Correctie &amp;opslaan</translation>
    </message>
    <message>
        <source>Correction saved for {patient} as assessment #{id}; it supersedes #{old}.</source>
        <translation>Correctie opgeslagen voor {patient} als beoordeling #{id}; deze vervangt #{old}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The values stay on screen.</source>
        <translation>De waarden blijven op het scherm staan.</translation>
    </message>
    <message>
        <source>PAST ASSESSMENT — #{id} of {patient}, saved {when} by {user}. Read-only.</source>
        <translation>EERDERE BEOORDELING — #{id} van {patient}, opgeslagen op {when} door {user}. Alleen-lezen.</translation>
    </message>
    <message>
        <source>The stored result was “{stored}”; the rule applied today gives what is shown.</source>
        <translation>Het opgeslagen resultaat was “{stored}”; de regel zoals vandaag toegepast geeft wat nu getoond wordt.</translation>
    </message>
    <message>
        <source>&amp;Back to entry</source>
        <translation>Ter&amp;ug naar invoer</translation>
    </message>
    <message>
        <source>Correct val&amp;ues…</source>
        <translation>Waarden c&amp;orrigeren…</translation>
    </message>
    <message>
        <source>Mark e&amp;ntered in error…</source>
        <translation>Als foutieve invoer mar&amp;keren…</translation>
    </message>
    <message>
        <source>CORRECTING assessment #{id} of {patient}: change the values, then save with Ctrl+S; a reason is required.</source>
        <translation>CORRECTIE van beoordeling #{id} van {patient}: wijzig de waarden en sla dan op met Ctrl+S; een reden is verplicht.</translation>
    </message>
    <message>
        <source>Cancel correctio&amp;n</source>
        <translation>Correctie a&amp;nnuleren</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Als foutieve invoer markeren</translation>
    </message>
    <message>
        <source>Assessment #{id} of {patient} will be marked as entered in error. It stays stored and listed, struck through, and no longer counts in the trend.</source>
        <translation>Beoordeling #{id} van {patient} wordt gemarkeerd als foutieve invoer. Ze blijft opgeslagen en vermeld (doorgestreept) en telt niet meer mee in het verloop.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>Als foutieve invoer &amp;markeren</translation>
    </message>
    <message>
        <source>Assessment #{id} of {patient} marked as entered in error.</source>
        <translation>Beoordeling #{id} van {patient} gemarkeerd als foutieve invoer.</translation>
    </message>
    <message>
        <source>Records unavailable: {reason} Results can be viewed, but nothing can be saved until the database can be used.</source>
        <translation>Database niet beschikbaar: {reason} Resultaten kunnen worden bekeken, maar er kan niets worden opgeslagen tot de database weer bruikbaar is.</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Opnieuw pro&amp;beren</translation>
    </message>
</context>
<context>
    <name>RecordsSession</name>
    <message>
        <source>the record database cannot be opened or written ({reason}).</source>
        <translation>de database kan niet worden geopend of beschreven ({reason}).</translation>
    </message>
    <message>
        <source>an unexpected error occurred in the record database ({kind}); nothing was changed.</source>
        <translation>er is een onverwachte fout opgetreden in de database ({kind}); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>the window has switched between training and clinical mode since this was opened; switch back to store it.</source>
        <translation>het venster is sinds het openen gewisseld tussen trainingsmodus en klinische modus; schakel terug om dit op te slaan.</translation>
    </message>
</context>
<context>
    <name>ReportBatchExport</name>
    <message>
        <source>Export PDF reports</source>
        <translation>PDF-rapporten exporteren</translation>
    </message>
    <message>
        <source>The file has no identification for these rows: each report has a box for a patient label.</source>
        <translation>Het bestand bevat geen identificatie voor deze rijen: elk rapport heeft een vak voor een patiëntsticker.</translation>
    </message>
    <message>
        <source>Every report prints the name, date of birth or record number from the file&apos;s identification columns.</source>
        <translation>Elk rapport drukt de naam, de geboortedatum of het patiëntnummer af uit de identificatiekolommen van het bestand.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{n} of the reports print the name, date of birth or record number from the file&apos;s identification columns; the others have a box for a patient label.</source>
        <translation>{n} van de rapporten drukken de naam, de geboortedatum of het patiëntnummer af uit de identificatiekolommen van het bestand; de overige hebben een vak voor een patiëntsticker.</translation>
    </message>
    <message>
        <source>The cohort is empty: there is nothing to report.</source>
        <translation>Het cohort is leeg: er is niets om te rapporteren.</translation>
    </message>
    <message>
        <source>Reports written: {written} of {rows} rows.</source>
        <translation>Geschreven rapporten: {written} van {rows} rijen.</translation>
    </message>
    <message>
        <source>Failed: {failed}; rejected at import: {rejected}.</source>
        <translation>Mislukt: {failed}; bij het importeren afgewezen: {rejected}.</translation>
    </message>
    <message>
        <source>Every row, with the reason for each missing report, is listed in {index} and in the cohort summary.</source>
        <translation>Elke rij, met de reden voor elk ontbrekend rapport, staat in {index} en in het cohortoverzicht.</translation>
    </message>
    <message>
        <source>Problem: {error}</source>
        <translation>Probleem: {error}</translation>
    </message>
    <message>
        <source>All reports in one file, to print: {name} (summary first, rows needing action first, a bookmark per patient).</source>
        <translation>Alle rapporten in één bestand, om af te drukken: {name} (overzicht eerst, rijen die actie vereisen eerst, een bladwijzer per patiënt).</translation>
    </message>
    <message>
        <source>{n} of the files this export writes already exist in {folder} (e.g. {example}).

Replace them?</source>
        <translation>{n} van de bestanden die deze export schrijft, bestaan al in {folder} (bijv. {example}).

Vervangen?</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-rapport exporteren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDF reports</source>
        <translation>Map voor de PDF-rapporten</translation>
    </message>
    <message>
        <source>There is no result to report yet: enter values that give a result first.</source>
        <translation>Er is nog geen resultaat om te rapporteren: voer eerst waarden in die een resultaat geven.</translation>
    </message>
    <message>
        <source>Enter the patient identifier first: it is printed on every page of the report.</source>
        <translation>Voer eerst de patiënt-ID in: deze wordt op elke pagina van het rapport afgedrukt.</translation>
    </message>
    <message>
        <source>Training reports use synthetic identifiers (DEMO-nnn), never a real patient&apos;s. Load a training case, or leave training mode.</source>
        <translation>Trainingsrapporten gebruiken synthetische ID&apos;s (DEMO-nnn), nooit die van een echte patiënt. Laad een trainingscasus of verlaat de trainingsmodus.</translation>
    </message>
    <message>
        <source>DEMO-nnn identifiers are reserved for training mode.</source>
        <translation>DEMO-nnn-ID&apos;s zijn voorbehouden aan de trainingsmodus.</translation>
    </message>
    <message>
        <source>PDF report saved: {path}</source>
        <translation>PDF-rapport opgeslagen: {path}</translation>
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
        <translation>Instelling (paginakop)</translation>
    </message>
    <message>
        <source>Ward (page header)</source>
        <translation>Afdeling (paginakop)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <source>Add the full &amp;evidence (appendix)</source>
        <translation>Volledig &amp;bewijs toevoegen (bijlage)</translation>
    </message>
    <message>
        <source>Published and recomputed figures, safety, trial population and provenance after the one-page report</source>
        <translation>Gepubliceerde en herberekende cijfers, veiligheid, studiepopulatie en herkomst van de gegevens na het rapport van één pagina</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instelling:</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <source>Printing {name}…</source>
        <translation>{name} wordt afgedrukt…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Printing stopped: {reason}.</source>
        <translation>Afdrukken gestopt: {reason}.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Patient shown</source>
        <translation>Getoonde patiënt</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Fenotype</translation>
    </message>
    <message>
        <source>NEAR THRESHOLD — repeat test advised</source>
        <translation>DICHT BIJ DE DREMPELWAARDE — herhaling aanbevolen</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Dicht bij de drempelwaarde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Trial arm</source>
        <translation>Studiearm</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <source>Criteria table</source>
        <translation>Criteriatabel</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Rule set version</source>
        <translation>Versie van de regelset</translation>
    </message>
    <message>
        <source>{criterion} criterion</source>
        <translation>Criterium {criterion}</translation>
    </message>
    <message>
        <source>{criterion}: met?</source>
        <translation>{criterion}: vervuld?</translation>
    </message>
    <message>
        <source>{criterion}: note</source>
        <translation>{criterion}: opmerking</translation>
    </message>
    <message>
        <source>Show the rule</source>
        <translation>Regel tonen</translation>
    </message>
    <message>
        <source>Show the ImmunoSep rule</source>
        <translation>ImmunoSep-regel tonen</translation>
    </message>
    <message>
        <source>The ImmunoSep rule</source>
        <translation>De ImmunoSep-regel</translation>
    </message>
    <message>
        <source>Enter ferritin and HLA-DR to see the phenotype.</source>
        <translation>Voer ferritine en HLA-DR in om het fenotype te zien.</translation>
    </message>
    <message>
        <source>Eligibility: not assessed.</source>
        <translation>Geschiktheid voor de studie: niet beoordeeld.</translation>
    </message>
    <message>
        <source>Eligibility summary</source>
        <translation>Samenvatting van de geschiktheid voor de studie</translation>
    </message>
    <message>
        <source>Use only if… (eligibility)</source>
        <translation>Alleen gebruiken als… (geschiktheid)</translation>
    </message>
    <message>
        <source>The ImmunoSep trial&apos;s inclusion and exclusion criteria (Ctrl+Shift+E)</source>
        <translation>De inclusie- en exclusiecriteria van de ImmunoSep-studie (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>SOFA and day 9</source>
        <translation>SOFA en dag 9</translation>
    </message>
    <message>
        <source>SOFA calculator, daily SOFA and the trial&apos;s day-9 measure (Ctrl+Shift+S)</source>
        <translation>SOFA-calculator, dagelijkse SOFA en de dag 9-uitkomstmaat van de studie (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>HScore: could this be HLH?</source>
        <translation>HScore: zou dit HLH kunnen zijn?</translation>
    </message>
    <message>
        <source>Ferritin is above 4420 ng/mL: the HScore is an aid to the HLH question, not a diagnosis (Ctrl+Shift+H)</source>
        <translation>Ferritine ligt boven 4420 ng/mL: de HScore is een hulpmiddel bij de vraag naar HLH, geen diagnose (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm for this phenotype: {arm} — trial evidence, not an order.</source>
        <translation>ImmunoSep-studiearm voor dit fenotype: {arm} — bewijs uit de studie, geen voorschrift.</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Omdat:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Redenen:</translation>
    </message>
    <message>
        <source>Rule set: {ruleset} · evidence: {evidence}</source>
        <translation>Regelset: {ruleset} · bewijsbasis: {evidence}</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Geen resultaat</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}</source>
        <translation>Regelset: {ruleset}</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Omgerekend</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempelwaarde</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Vervuld</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>not evaluated: no phenotype can be given from these data (see the reasons)</source>
        <translation>niet beoordeeld: uit deze gegevens kan geen fenotype worden bepaald (zie de redenen)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>vervuld</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet vervuld</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>Hide the rule</source>
        <translation>Regel verbergen</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>Decision support only: the treating clinician decides.</source>
        <translation>Uitsluitend beslisondersteuning: de behandelend arts beslist.</translation>
    </message>
    <message>
        <source>Result copied: paste it into the patient note.</source>
        <translation>Resultaat gekopieerd: plak het in de notitie van de patiënt.</translation>
    </message>
    <message>
        <source>TRAINING — synthetic data, not a patient record</source>
        <translation>TRAINING — synthetische gegevens, geen patiëntregistratie</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Omdat:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Redenen:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Waarschuwingen:</translation>
    </message>
    <message>
        <source>Ferritin: not given</source>
        <translation>Ferritine: niet opgegeven</translation>
    </message>
    <message>
        <source>Ferritin: {value} (entered as {entered}); sampled {when}</source>
        <translation>Ferritine: {value} (ingevoerd als {entered}); afgenomen {when}</translation>
    </message>
    <message>
        <source>Ferritin: {value} (entered as {entered})</source>
        <translation>Ferritine: {value} (ingevoerd als {entered})</translation>
    </message>
    <message>
        <source>HLA-DR: not given</source>
        <translation>HLA-DR: niet opgegeven</translation>
    </message>
    <message>
        <source>Nothing to copy: there is no result on screen.</source>
        <translation>Niets te kopiëren: er staat geen resultaat op het scherm.</translation>
    </message>
    <message>
        <source>{result} — NEAR THRESHOLD, repeat test advised</source>
        <translation>{result} — DICHT BIJ DE DREMPELWAARDE, herhaling van de test aanbevolen</translation>
    </message>
    <message>
        <source>ImmunoSep phenotype: {result}</source>
        <translation>ImmunoSep-fenotype: {result}</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Patiënt: {patient}</translation>
    </message>
    <message>
        <source>Age: {age}</source>
        <translation>Leeftijd: {age}</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}; evidence: {evidence}</source>
        <translation>Regelset: {ruleset}; bewijsbasis: {evidence}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}</source>
        <translation>HLA-DR: {value} {unit}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; sampled {sampled}</source>
        <translation>HLA-DR: {value} {unit}; afgenomen {sampled}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; processed {processed}</source>
        <translation>HLA-DR: {value} {unit}; verwerkt {processed}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; sampled {sampled}; processed {processed}</source>
        <translation>HLA-DR: {value} {unit}; afgenomen {sampled}; verwerkt {processed}</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(geen ID)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Assessed: {when}</source>
        <translation>Beoordeeld: {when}</translation>
    </message>
    <message>
        <source>{record}, saved {when}</source>
        <translation>{record}, opgeslagen op {when}</translation>
    </message>
    <message>
        <source>Stored assessment #{id}</source>
        <translation>Opgeslagen beoordeling #{id}</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} jaar</translation>
    </message>
</context>
<context>
    <name>SaveConfirmDialog</name>
    <message>
        <source>Save assessment</source>
        <translation>Beoordeling opslaan</translation>
    </message>
    <message>
        <source>Save this assessment in the TRAINING records of patient:</source>
        <translation>Deze beoordeling opslaan in de TRAININGSgegevens van patiënt:</translation>
    </message>
    <message>
        <source>Save this assessment in the clinical records of patient:</source>
        <translation>Deze beoordeling opslaan in de klinische gegevens van patiënt:</translation>
    </message>
    <message>
        <source>Patient to save for</source>
        <translation>Patiënt voor wie wordt opgeslagen</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Wat wordt opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Save for {patient}</source>
        <translation>&amp;Opslaan voor {patient}</translation>
    </message>
</context>
<context>
    <name>ScoresWindow</name>
    <message>
        <source>Enter the patient identifier in the main window first.</source>
        <translation>Voer eerst de patiënt-ID in het hoofdvenster in.</translation>
    </message>
    <message>
        <source>Finish or cancel the correction in the main window first.</source>
        <translation>Voltooi of annuleer eerst de correctie in het hoofdvenster.</translation>
    </message>
    <message>
        <source>The assessment on screen is not saved yet: save it first (Ctrl+S in the main window); the {what} is stored with it.</source>
        <translation>De beoordeling op het scherm is nog niet opgeslagen: sla deze eerst op (Ctrl+S in het hoofdvenster); de {what} wordt erbij opgeslagen.</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s records…</source>
        <translation>De gegevens van de patiënt worden gelezen…</translation>
    </message>
    <message>
        <source>No assessment of this patient is saved yet: save it first (Ctrl+S in the main window); the {what} is stored with it.</source>
        <translation>Van deze patiënt is nog geen beoordeling opgeslagen: sla deze eerst op (Ctrl+S in het hoofdvenster); de {what} wordt erbij opgeslagen.</translation>
    </message>
    <message>
        <source>The patient&apos;s records cannot be read: {reason}</source>
        <translation>De gegevens van de patiënt kunnen niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>The values stay on screen.</source>
        <translation>De waarden blijven op het scherm staan.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Use only if… (eligibility)</source>
        <translation>Alleen gebruiken als… (geschiktheid)</translation>
    </message>
    <message>
        <source>SOFA calculator</source>
        <translation>SOFA-calculator</translation>
    </message>
    <message>
        <source>Daily SOFA and day 9</source>
        <translation>Dagelijkse SOFA en dag 9</translation>
    </message>
    <message>
        <source>HScore (HLH question)</source>
        <translation>HScore (vraag naar HLH)</translation>
    </message>
    <message>
        <source>no patient identifier entered</source>
        <translation>geen patiënt-ID ingevoerd</translation>
    </message>
    <message>
        <source>Scores around the phenotype — {patient}</source>
        <translation>Scores rond het fenotype — {patient}</translation>
    </message>
    <message>
        <source>TRAINING — {title}</source>
        <translation>TRAINING — {title}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Decimal separator for typed values</source>
        <translation>Decimaalteken voor getypte waarden</translation>
    </message>
    <message>
        <source>&amp;Point: 4420.5 (a comma is refused)</source>
        <translation>&amp;Punt: 4420.5 (een komma wordt geweigerd)</translation>
    </message>
    <message>
        <source>&amp;Comma: 4420,5 (a point is refused)</source>
        <translation>&amp;Komma: 4420,5 (een punt wordt geweigerd)</translation>
    </message>
    <message>
        <source>Thousands separators are never accepted in either setting: &apos;4,420&apos; and &apos;4.420&apos; are refused because they mean different numbers in different countries. This does not follow the computer&apos;s language settings.</source>
        <translation>Scheidingstekens voor duizendtallen worden in geen van beide instellingen geaccepteerd: &apos;4,420&apos; en &apos;4.420&apos; worden geweigerd omdat ze in verschillende landen verschillende getallen betekenen. Dit volgt niet de taalinstellingen van de computer.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Automatic ({language})</source>
        <translation>Automatisch ({language})</translation>
    </message>
    <message>
        <source>The window changes language at once. Typed values are read the same way in every language: only the decimal separator above decides.</source>
        <translation>Het venster wisselt meteen van taal. Getypte waarden worden in elke taal op dezelfde manier gelezen: alleen het decimaalteken hierboven beslist.</translation>
    </message>
</context>
<context>
    <name>SofaCalculatorPanel</name>
    <message>
        <source>No total: correct the field marked in red ({reason}).</source>
        <translation>Geen totaal: corrigeer het rood gemarkeerde veld ({reason}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>No catecholamine running (doses not given count as 0)</source>
        <translation>Geen catecholamine actief (niet opgegeven doses tellen als 0)</translation>
    </message>
    <message>
        <source>A missing input leaves its organ system “not assessed”: it never counts as 0, and the total says on how many systems it rests. Doses in µg/kg/min given for at least one hour. Which values to use (the worst of the day) is the clinician&apos;s choice.</source>
        <translation>Ontbreekt een invoer, dan blijft het orgaansysteem “niet beoordeeld”: het telt nooit als 0, en het totaal vermeldt op hoeveel systemen het is gebaseerd. Doses in µg/kg/min, gedurende ten minste één uur gegeven. Welke waarden worden gebruikt (de slechtste van de dag) is de keuze van de clinicus.</translation>
    </message>
    <message>
        <source>Table: Vincent 1996 as reproduced in Singer 2016 (Sepsis-3), Table 1; each band is read from its printed lower limit (inclusive) to the next band&apos;s.</source>
        <translation>Tabel: Vincent 1996 zoals weergegeven in Singer 2016 (Sepsis-3), tabel 1; elke klasse loopt van de gedrukte ondergrens (inclusief) tot die van de volgende klasse.</translation>
    </message>
</context>
<context>
    <name>SofaCourseView</name>
    <message>
        <source>Day-9 SOFA response (ImmunoSep primary endpoint)</source>
        <translation>SOFA-respons op dag 9 (primair eindpunt van ImmunoSep)</translation>
    </message>
    <message>
        <source>Day-9 status</source>
        <translation>Status dag 9</translation>
    </message>
    <message>
        <source>Day-9 verdict</source>
        <translation>Uitkomst dag 9</translation>
    </message>
    <message>
        <source>Day-9 arithmetic</source>
        <translation>Berekening dag 9</translation>
    </message>
    <message>
        <source>About this measure</source>
        <translation>Over deze uitkomstmaat</translation>
    </message>
    <message>
        <source>Day-9 warnings</source>
        <translation>Waarschuwingen dag 9</translation>
    </message>
    <message>
        <source>Daily SOFA, days 1 to 9</source>
        <translation>Dagelijkse SOFA, dag 1 tot 9</translation>
    </message>
    <message>
        <source>NO MEASURE YET</source>
        <translation>NOG GEEN UITKOMSTMAAT</translation>
    </message>
    <message>
        <source>This is the ImmunoSep trial&apos;s research endpoint (day-1 SOFA minus the mean SOFA of days 2–9 &gt; 1.4 points), not a treatment target.</source>
        <translation>Dit is het onderzoekseindpunt van de ImmunoSep-studie (SOFA op dag 1 min de gemiddelde SOFA van dag 2–9 &gt; 1,4 punten), geen behandeldoel.</translation>
    </message>
    <message>
        <source>PROVISIONAL — today is day {day}; final once day 9 has a value or is over</source>
        <translation>VOORLOPIG — vandaag is dag {day}; definitief zodra dag 9 een waarde heeft of voorbij is</translation>
    </message>
    <message>
        <source>FINAL (day 9 reached)</source>
        <translation>DEFINITIEF (dag 9 bereikt)</translation>
    </message>
    <message>
        <source>FINAL (death recorded)</source>
        <translation>DEFINITIEF (overlijden geregistreerd)</translation>
    </message>
    <message>
        <source>Day 1 minus the mean of days 2–9: {arithmetic}</source>
        <translation>Dag 1 min het gemiddelde van dag 2–9: {arithmetic}</translation>
    </message>
    <message>
        <source>Filled dots: SOFA entered; open dots: carried forward (a missing day, or a day not over yet); crosses at 24: from the day of death. Dashed line: day-1 SOFA − 1.4 = {limit}; the mean of days 2–9 (dotted line, now {mean}) must be below it for a response.</source>
        <translation>Gevulde stippen: SOFA ingevoerd; open stippen: overgenomen waarde (een ontbrekende dag of een dag die nog niet voorbij is); kruisjes op 24: vanaf de dag van overlijden. Streeplijn: SOFA op dag 1 − 1,4 = {limit}; het gemiddelde van dag 2–9 (stippellijn, nu {mean}) moet daaronder liggen voor een respons.</translation>
    </message>
    <message>
        <source>No measure yet: the SOFA of day 1 (the day of phenotyping) is needed; the measure starts from it.</source>
        <translation>Nog geen uitkomstmaat: de SOFA van dag 1 (de dag van fenotypering) is nodig; de uitkomstmaat gaat daarvan uit.</translation>
    </message>
    <message>
        <source>No measure: today is before day 1 of the SOFA course.</source>
        <translation>Geen uitkomstmaat: vandaag ligt vóór dag 1 van het SOFA-beloop.</translation>
    </message>
    <message>
        <source>No measure: {reason}</source>
        <translation>Geen uitkomstmaat: {reason}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
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
        <translation>Orgaansystemen</translation>
    </message>
    <message>
        <source>How the day counts</source>
        <translation>Hoe de dag telt</translation>
    </message>
    <message>
        <source>entered (record #{id})</source>
        <translation>ingevoerd (registratie #{id})</translation>
    </message>
    <message>
        <source>missing: day {day} carried forward</source>
        <translation>ontbreekt: waarde van dag {day} overgenomen</translation>
    </message>
    <message>
        <source>not over yet: day {day} carried forward for now</source>
        <translation>nog niet voorbij: voorlopig waarde van dag {day} overgenomen</translation>
    </message>
    <message>
        <source>death: counted 24</source>
        <translation>overlijden: telt als 24</translation>
    </message>
    <message>
        <source>day of phenotyping (record #{id})</source>
        <translation>dag van fenotypering (registratie #{id})</translation>
    </message>
    <message>
        <source>{n} of 6</source>
        <translation>{n} van 6</translation>
    </message>
    <message>
        <source>Daily SOFA chart</source>
        <translation>Grafiek van de dagelijkse SOFA</translation>
    </message>
    <message>
        <source>study day (1 = phenotyping)</source>
        <translation>studiedag (1 = fenotypering)</translation>
    </message>
</context>
<context>
    <name>SofaPanel</name>
    <message>
        <source>PaO2 (arterial)</source>
        <translation>PaO2 (arterieel)</translation>
    </message>
    <message>
        <source>FiO2 (fraction)</source>
        <translation>FiO2 (fractie)</translation>
    </message>
    <message>
        <source>Respiratory support</source>
        <translation>Ademhalingsondersteuning</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Trombocyten</translation>
    </message>
    <message>
        <source>Bilirubin</source>
        <translation>Bilirubine</translation>
    </message>
    <message>
        <source>Mean arterial pressure</source>
        <translation>Gemiddelde arteriële druk</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrenaline</translation>
    </message>
    <message>
        <source>Epinephrine</source>
        <translation>Adrenaline</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamine</translation>
    </message>
    <message>
        <source>Dobutamine (any dose)</source>
        <translation>Dobutamine (elke dosis)</translation>
    </message>
    <message>
        <source>Glasgow Coma Scale</source>
        <translation>Glasgow Coma Scale</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Creatinine</translation>
    </message>
    <message>
        <source>Urine output</source>
        <translation>Urineproductie</translation>
    </message>
    <message>
        <source>SOFA total</source>
        <translation>SOFA-totaal</translation>
    </message>
</context>
<context>
    <name>StoredScoresView</name>
    <message>
        <source>The score records cannot be read: {reason}</source>
        <translation>De scoreregistraties kunnen niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>Saved {when} by {user}; {version}; app {app}.</source>
        <translation>Opgeslagen op {when} door {user}; {version}; app {app}.</translation>
    </message>
    <message>
        <source>Record #{id} cannot be read: {reason}</source>
        <translation>Registratie #{id} kan niet worden gelezen: {reason}</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <source>respiration</source>
        <comment>respiration</comment>
        <extracomment>Term respiration: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ademhaling</translation>
    </message>
    <message>
        <source>coagulation</source>
        <comment>coagulation</comment>
        <extracomment>Term coagulation: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>stolling</translation>
    </message>
    <message>
        <source>liver</source>
        <comment>liver</comment>
        <extracomment>Term liver: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>lever</translation>
    </message>
    <message>
        <source>cardiovascular</source>
        <comment>cardiovascular</comment>
        <extracomment>Term cardiovascular: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>cardiovasculair systeem</translation>
    </message>
    <message>
        <source>central nervous system</source>
        <comment>cns</comment>
        <extracomment>Term cns: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>centraal zenuwstelsel</translation>
    </message>
    <message>
        <source>renal</source>
        <comment>renal</comment>
        <extracomment>Term renal: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>nieren</translation>
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
        <translation>ademhalingsondersteuning (ja of nee)</translation>
    </message>
    <message>
        <source>platelets</source>
        <comment>platelets</comment>
        <extracomment>Term platelets: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>trombocyten</translation>
    </message>
    <message>
        <source>bilirubin</source>
        <comment>bilirubin</comment>
        <extracomment>Term bilirubin: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>bilirubine</translation>
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
        <translation>dopamine</translation>
    </message>
    <message>
        <source>dobutamine (running or not)</source>
        <comment>dobutamine</comment>
        <extracomment>Term dobutamine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>dobutamine (loopt of niet)</translation>
    </message>
    <message>
        <source>epinephrine</source>
        <comment>epinephrine</comment>
        <extracomment>Term epinephrine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>adrenaline</translation>
    </message>
    <message>
        <source>norepinephrine</source>
        <comment>norepinephrine</comment>
        <extracomment>Term norepinephrine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>noradrenaline</translation>
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
        <translation>creatinine</translation>
    </message>
    <message>
        <source>urine output</source>
        <comment>urine_output</comment>
        <extracomment>Term urine_output: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>urineproductie</translation>
    </message>
    <message>
        <source>known underlying immunosuppression</source>
        <comment>immunosuppression</comment>
        <extracomment>Term immunosuppression: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>bekende onderliggende immunosuppressie</translation>
    </message>
    <message>
        <source>temperature</source>
        <comment>temperature</comment>
        <extracomment>Term temperature: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>temperatuur</translation>
    </message>
    <message>
        <source>organomegaly</source>
        <comment>organomegaly</comment>
        <extracomment>Term organomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>organomegalie</translation>
    </message>
    <message>
        <source>cytopenias</source>
        <comment>cytopenias</comment>
        <extracomment>Term cytopenias: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>cytopenieën</translation>
    </message>
    <message>
        <source>ferritin</source>
        <comment>ferritin</comment>
        <extracomment>Term ferritin: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ferritine</translation>
    </message>
    <message>
        <source>triglycerides</source>
        <comment>triglycerides</comment>
        <extracomment>Term triglycerides: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>triglyceriden</translation>
    </message>
    <message>
        <source>fibrinogen</source>
        <comment>fibrinogen</comment>
        <extracomment>Term fibrinogen: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>fibrinogeen</translation>
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
        <translation>leeftijd</translation>
    </message>
    <message>
        <source>AST</source>
        <comment>ast</comment>
        <extracomment>Term ast: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ASAT (AST)</translation>
    </message>
    <message>
        <source>haemophagocytosis on bone-marrow aspirate</source>
        <comment>haemophagocytosis</comment>
        <extracomment>Term haemophagocytosis: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>hemofagocytose in het beenmergaspiraat</translation>
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
        <translation>nee</translation>
    </message>
    <message>
        <source>none</source>
        <comment>organomegaly_none</comment>
        <extracomment>Term organomegaly_none: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>geen</translation>
    </message>
    <message>
        <source>hepatomegaly</source>
        <comment>hepatomegaly</comment>
        <extracomment>Term hepatomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>hepatomegalie</translation>
    </message>
    <message>
        <source>splenomegaly</source>
        <comment>splenomegaly</comment>
        <extracomment>Term splenomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>splenomegalie</translation>
    </message>
    <message>
        <source>hepatomegaly and splenomegaly</source>
        <comment>hepatosplenomegaly</comment>
        <extracomment>Term hepatosplenomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>hepatomegalie en splenomegalie</translation>
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
        <translation>immunoparalyse</translation>
    </message>
    <message>
        <source>unclassified (neither phenotype)</source>
        <comment>unclassified</comment>
        <extracomment>Term unclassified: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ongeclassificeerd (geen van beide fenotypen)</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>TRAINING DATABASE — not clinical records</source>
        <translation>TRAININGSDATABASE — geen klinische gegevens</translation>
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
        <translation>Waarschuwing: {text}</translation>
    </message>
    <message>
        <source>Table: {version}.</source>
        <translation>Tabel: {version}.</translation>
    </message>
    <message>
        <source>A missing input leaves its organ system &apos;not assessed&apos;; it never counts as 0.</source>
        <translation>Ontbreekt een invoer, dan blijft het orgaansysteem &apos;niet beoordeeld&apos;; het telt nooit als 0.</translation>
    </message>
    <message>
        <source>Decision support only; the treating clinician decides.</source>
        <translation>Uitsluitend beslisondersteuning; de behandelend arts beslist.</translation>
    </message>
    <message>
        <source>{organ}: {points}</source>
        <translation>{organ}: {points}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Opmerking: {text}</translation>
    </message>
    <message>
        <source>Translation reviewed by {reviewer} on {date}.</source>
        <translation>Vertaling gecontroleerd door {reviewer} op {date}.</translation>
    </message>
    <message>
        <source>Translation pending clinical review.</source>
        <translation>Vertaling wacht op klinische beoordeling.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Omgerekend</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Appendix: full evidence and provenance</source>
        <translation>Bijlage: volledig bewijs en herkomst van de gegevens</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkomst van de gegevens</translation>
    </message>
    <message>
        <source>Criteria in detail</source>
        <translation>Criteria in detail</translation>
    </message>
    <message>
        <source>ImmunoSep phenotype report</source>
        <translation>ImmunoSep-fenotyperapport</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusie</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Trial eligibility:</source>
        <translation>Geschiktheid voor de studie:</translation>
    </message>
    <message>
        <source>{met} met, {failed} not met, {unknown} unknown (of {total}); the evidence may not apply outside the tested population.</source>
        <translation>{met} vervuld, {failed} niet vervuld, {unknown} onbekend (van {total}); het bewijs is buiten de geteste populatie mogelijk niet van toepassing.</translation>
    </message>
    <message>
        <source>provisional (day {day} of 9), {arithmetic} so far.</source>
        <translation>voorlopig (dag {day} van 9), tot nu toe {arithmetic}.</translation>
    </message>
    <message>
        <source>Day-9 SOFA:</source>
        <translation>SOFA dag 9:</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>{score}: HLH probability {percent} %. An aid, not a diagnosis; not validated in ICU patients.</source>
        <translation>{score}: waarschijnlijkheid van HLH {percent} %. Een hulpmiddel, geen diagnose; niet gevalideerd bij IC-patiënten.</translation>
    </message>
    <message>
        <source>Around the phenotype</source>
        <translation>Rond het fenotype</translation>
    </message>
    <message>
        <source>Trial eligibility (NCT04990232, as registered)</source>
        <translation>Geschiktheid voor de studie (NCT04990232, zoals geregistreerd)</translation>
    </message>
    <message>
        <source>Daily SOFA and the day-9 measure</source>
        <translation>Dagelijkse SOFA en de dag 9-uitkomstmaat</translation>
    </message>
    <message>
        <source>HScore (Fardet 2014)</source>
        <translation>HScore (Fardet 2014)</translation>
    </message>
    <message>
        <source>{arithmetic} &gt; 1.4: response met.</source>
        <translation>{arithmetic} &gt; 1,4: responscriterium vervuld.</translation>
    </message>
    <message>
        <source>{arithmetic} ≤ 1.4: response not met.</source>
        <translation>{arithmetic} ≤ 1,4: responscriterium niet vervuld.</translation>
    </message>
    <message>
        <source>day of phenotyping</source>
        <translation>dag van fenotypering</translation>
    </message>
    <message>
        <source>The trial&apos;s research endpoint, not a treatment target.</source>
        <translation>Het onderzoekseindpunt van de studie, geen behandeldoel.</translation>
    </message>
    <message>
        <source>no measure yet: the SOFA of day 1 (the day of phenotyping) is not stored.</source>
        <translation>nog geen uitkomstmaat: de SOFA van dag 1 (de dag van fenotypering) is niet opgeslagen.</translation>
    </message>
    <message>
        <source>no measure as of this day.</source>
        <translation>geen uitkomstmaat op deze dag.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Basis and notes</source>
        <translation>Grondslag en opmerkingen</translation>
    </message>
    <message>
        <source>{kind} {number}: {wording}</source>
        <translation>{kind} {number}: {wording}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
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
        <translation>Hoe de dag telt</translation>
    </message>
    <message>
        <source>not over yet: day {day} carried forward for now</source>
        <translation>nog niet voorbij: voorlopig waarde van dag {day} overgenomen</translation>
    </message>
    <message>
        <source>missing: day {day} carried forward</source>
        <translation>ontbreekt: waarde van dag {day} overgenomen</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Variable and why</source>
        <translation>Variabele en reden</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>open marker + arrow: censored value</source>
        <translation>open markering + pijl: gecensureerde waarde</translation>
    </message>
    <message>
        <source>{group} — this patient&apos;s subgroup</source>
        <translation>{group} — subgroep van deze patiënt</translation>
    </message>
    <message>
        <source>{label}; whiskers: 95 % CI (Wilson)</source>
        <translation>{label}; foutbalken: 95%-BI (Wilson)</translation>
    </message>
    <message>
        <source>Rule set {ruleset} · Evidence {evidence} · ImmunoSep Phenotyper {app}</source>
        <translation>Regelset {ruleset} · Bewijsbasis {evidence} · ImmunoSep Phenotyper {app}</translation>
    </message>
    <message>
        <source>{start}… ({n} characters)</source>
        <translation>{start}… ({n} tekens)</translation>
    </message>
    <message>
        <source>near threshold</source>
        <translation>dicht bij de drempelwaarde</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(geen ID)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Patiënt-ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Dicht bij de drempelwaarde</translation>
    </message>
    <message>
        <source>Why, or what is needed</source>
        <translation>Waarom, of wat nodig is</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Afgenomen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Bron: {source}</translation>
    </message>
    <message>
        <source>Generated {time}</source>
        <translation>Aangemaakt op {time}</translation>
    </message>
    <message>
        <source>{n} rows — {ruleset}</source>
        <translation>{n} rijen — {ruleset}</translation>
    </message>
    <message>
        <source>Source file: {source}</source>
        <translation>Bronbestand: {source}</translation>
    </message>
    <message>
        <source>Rule set {ruleset} · Evidence {evidence}</source>
        <translation>Regelset {ruleset} · Bewijsbasis {evidence}</translation>
    </message>
    <message>
        <source>Rows needing action come first (shaded): no report, cannot classify, a value near a threshold. Each classified or cannot-classify row has its own one-page report, in this order, in all-reports.pdf; rows rejected at import have none. Decision support only: the treating clinician decides.</source>
        <translation>Rijen die actie vragen staan eerst (gearceerd): geen rapport, classificatie niet mogelijk, een waarde dicht bij een drempelwaarde. Elke geclassificeerde rij en elke rij met ‘classificatie niet mogelijk’ heeft een eigen rapport van één pagina, in deze volgorde, in all-reports.pdf; bij de import geweigerde rijen hebben er geen. Uitsluitend beslisondersteuning: de behandelend arts beslist.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
    <message>
        <source>Generated {time}.</source>
        <translation>Aangemaakt op {time}.</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Pagina {number} van {total}</translation>
    </message>
    <message>
        <source>Generated {time} by {user} on {workstation}.</source>
        <translation>Aangemaakt op {time} door {user} op werkstation {workstation}.</translation>
    </message>
    <message>
        <source>Generated {time} by {user}.</source>
        <translation>Aangemaakt op {time} door {user}.</translation>
    </message>
    <message>
        <source>Generated {time} on {workstation}.</source>
        <translation>Aangemaakt op {time} op werkstation {workstation}.</translation>
    </message>
    <message>
        <source>{generated} · Decision support only: the treating clinician decides.</source>
        <translation>{generated} · Uitsluitend beslisondersteuning: de arts beslist.</translation>
    </message>
    <message>
        <source>Result: {headline}</source>
        <translation>Resultaat: {headline}</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Criteria:</translation>
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
        <translation>Regelset: {ruleset}; bewijsbasis: {evidence}; bron: doi:{doi}, {registry}</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm for this phenotype: {arm} (evidence, not an order)</source>
        <translation>ImmunoSep-studiearm voor dit fenotype: {arm} (bewijs, geen voorschrift)</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Omdat:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Redenen:</translation>
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
        <translation>Opgeslagen: beoordeling-ID {id}</translation>
    </message>
    <message>
        <source>Checklist: {version}.</source>
        <translation>Checklist: {version}.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>present: excludes</source>
        <translation>aanwezig: sluit uit</translation>
    </message>
    <message>
        <source>Inclusion criteria (use only if…)</source>
        <translation>Inclusiecriteria (alleen gebruiken als…)</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Exclusiecriteria</translation>
    </message>
    <message>
        <source>--answer: {criteria}: answered from the data entered; do not answer it as well.</source>
        <translation>--answer: {criteria}: beantwoord op basis van de ingevoerde gegevens; beantwoord het niet ook zelf.</translation>
    </message>
    <message>
        <source>  {number}. [{status}] {criterion}</source>
        <translation>  {number}. [{status}] {criterion}</translation>
    </message>
    <message>
        <source>{file}: no new assessment; messages: {new} new, {repeated} already imported; earlier assessments: {withdrawn} withdrawn.</source>
        <translation>{file}: geen nieuwe beoordeling; berichten: {new} nieuw, {repeated} al geïmporteerd; eerdere beoordelingen: {withdrawn} ingetrokken.</translation>
    </message>
    <message>
        <source>{file}: moved to failed/: {reason}</source>
        <translation>{file}: naar failed/ verplaatst: {reason}</translation>
    </message>
    <message>
        <source>{file}: not stored, tried again on the next pass: {reason}</source>
        <translation>{file}: niet opgeslagen, wordt bij de volgende ronde opnieuw geprobeerd: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: stored {n} assessments ({phenotypes}); messages: {new} new, {repeated} already imported; earlier assessments: {corrected} corrected, {paired} completed by pairing, {withdrawn} withdrawn.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {file}: stored {n} assessment ({phenotypes}); messages: {new} new, {repeated} already imported; earlier assessments: {corrected} corrected, {paired} completed by pairing, {withdrawn} withdrawn..</extracomment>
        <translation>
            <numerusform>{file}: {n} beoordeling opgeslagen ({phenotypes}); berichten: {new} nieuw, {repeated} al geïmporteerd; eerdere beoordelingen: {corrected} gecorrigeerd, {paired} door koppeling aangevuld, {withdrawn} ingetrokken.</numerusform>
            <numerusform>{file}: {n} beoordelingen opgeslagen ({phenotypes}); berichten: {new} nieuw, {repeated} al geïmporteerd; eerdere beoordelingen: {corrected} gecorrigeerd, {paired} door koppeling aangevuld, {withdrawn} ingetrokken.</numerusform>
        </translation>
    </message>
    <message>
        <source>--interval must be above 0 and --settle at least 0 seconds.</source>
        <translation>--interval moet groter dan 0 zijn en --settle minstens 0 seconden.</translation>
    </message>
    <message>
        <source>No inbox folder is configured: set [inbox] folder in site.toml or give --folder.</source>
        <translation>Er is geen inboxmap ingesteld: stel [inbox] folder in site.toml in of geef --folder op.</translation>
    </message>
    <message>
        <source>--demo needs --folder: the configured inbox holds the ward&apos;s results, which never go into the training database.</source>
        <translation>--demo vereist --folder: de ingestelde inbox bevat de uitslagen van de afdeling, die nooit in de trainingsdatabase terechtkomen.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} does not exist.</source>
        <translation>De inboxmap {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>No new files.</source>
        <translation>Geen nieuwe bestanden.</translation>
    </message>
    <message>
        <source>Day-9 SOFA response (ImmunoSep primary endpoint) of patient {patient}, as of {date}.</source>
        <translation>SOFA-respons op dag 9 (primair eindpunt van ImmunoSep) van patiënt {patient}, per {date}.</translation>
    </message>
    <message>
        <source>Day 1 ({date}): SOFA {sofa}.</source>
        <translation>Dag 1 ({date}): SOFA {sofa}.</translation>
    </message>
    <message>
        <source>Day 1 minus the mean of days 2–9: {arithmetic}</source>
        <translation>Dag 1 min het gemiddelde van dag 2–9: {arithmetic}</translation>
    </message>
    <message>
        <source>the SOFA of day 1 (the day of phenotyping) is needed; store it with &apos;immunosep sofa … --patient-id ID --day 1 --save&apos;.</source>
        <translation>de SOFA van dag 1 (de dag van fenotypering) is nodig; sla deze op met &apos;immunosep sofa … --patient-id ID --day 1 --save&apos;.</translation>
    </message>
    <message>
        <source>the day asked for is before day 1 of the SOFA course.</source>
        <translation>de gevraagde dag ligt vóór dag 1 van het SOFA-beloop.</translation>
    </message>
    <message>
        <source>a stored SOFA is dated after the day asked for; give a later --on.</source>
        <translation>een opgeslagen SOFA is gedateerd na de gevraagde dag; geef een latere --on op.</translation>
    </message>
    <message>
        <source>the recorded death is after the day asked for; give a later --on.</source>
        <translation>het geregistreerde overlijden ligt na de gevraagde dag; geef een latere --on op.</translation>
    </message>
    <message>
        <source>No measure yet: {reason}</source>
        <translation>Nog geen uitkomstmaat: {reason}</translation>
    </message>
    <message>
        <source>missing, carried forward from day {day}</source>
        <translation>ontbreekt, waarde van dag {day} overgenomen</translation>
    </message>
    <message>
        <source>Day {day} ({date}): {sofa} — {how}.</source>
        <translation>Dag {day} ({date}): {sofa} — {how}.</translation>
    </message>
    <message>
        <source>not yet entered, day {day} carried forward for now</source>
        <translation>nog niet ingevoerd, voorlopig waarde van dag {day} overgenomen</translation>
    </message>
    <message>
        <source>death: counted 24</source>
        <translation>overlijden: telt als 24</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>ingevoerd</translation>
    </message>
    <message>
        <source>Daily SOFA</source>
        <translation>Dagelijkse SOFA</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Overlijden</translation>
    </message>
    <message>
        <source>Eligibility checklists</source>
        <translation>Inclusiechecklists</translation>
    </message>
    <message>
        <source>HScores</source>
        <translation>HScores</translation>
    </message>
    <message>
        <source>record {id}, saved {when} by {user}: {what}</source>
        <translation>registratie {id}, opgeslagen op {when} door {user}: {what}</translation>
    </message>
    <message>
        <source>Marked entered in error: {kind}, record {id}.</source>
        <translation>Gemarkeerd als foutieve invoer: {kind}, registratie {id}.</translation>
    </message>
    <message>
        <source>{title}: {n} stored</source>
        <translation>{title}: {n} opgeslagen</translation>
    </message>
    <message>
        <source>corrects record {id}: {reason}</source>
        <translation>corrigeert registratie {id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by record {id}</source>
        <translation>vervangen door registratie {id}</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>FOUTIEVE INVOER: {reason}</translation>
    </message>
    <message>
        <source>day {day} ({date}): SOFA {total}, {n} of 6 organ systems</source>
        <translation>dag {day} ({date}): SOFA {total}, {n} van 6 orgaansystemen</translation>
    </message>
    <message>
        <source>died on {date}</source>
        <translation>overleden op {date}</translation>
    </message>
    <message>
        <source>with assessment {id}: {met} met, {failed} not met, {unknown} unknown</source>
        <translation>bij beoordeling {id}: {met} vervuld, {failed} niet vervuld, {unknown} onbekend</translation>
    </message>
    <message>
        <source>with assessment {id}: HScore {score}, probability {p} %</source>
        <translation>bij beoordeling {id}: HScore {score}, waarschijnlijkheid {p} %</translation>
    </message>
    <message>
        <source>Saved: daily SOFA record {id}, day {day} ({date}).</source>
        <translation>Opgeslagen: dagelijkse SOFA-registratie {id}, dag {day} ({date}).</translation>
    </message>
    <message>
        <source>SOFA {total} (typed), resting on {n} of 6 organ systems.</source>
        <translation>SOFA {total} (getypt), gebaseerd op {n} van 6 orgaansystemen.</translation>
    </message>
    <message>
        <source>Open markers with an arrow are censored values (true value beyond the arrow).</source>
        <translation>Open markeringen met een pijl zijn gecensureerde waarden (de werkelijke waarde ligt voorbij de pijl).</translation>
    </message>
    <message>
        <source>Ferritin (ng/mL, log scale)</source>
        <translation>Ferritine (ng/mL, logaritmische schaal)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR (AB/C, log scale)</source>
        <translation>Monocytair HLA-DR (AB/C, logaritmische schaal)</translation>
    </message>
    <message>
        <source>{group} {events}/{total}</source>
        <translation>{group} {events}/{total}</translation>
    </message>
    <message>
        <source>Primary endpoint: ≥ 1.4-point SOFA decrease by day 9</source>
        <translation>Primair eindpunt: daling van de SOFA-score met ≥ 1,4 punten tot dag 9</translation>
    </message>
    <message>
        <source>Responders (%)</source>
        <translation>Responders (%)</translation>
    </message>
    <message>
        <source>Bars: proportion of responders; whiskers: Wilson 95 % CI. Highlighted: this patient&apos;s subgroup.</source>
        <translation>Staven: aandeel responders; foutbalken: 95%-BI volgens Wilson. Gemarkeerd: de subgroep van deze patiënt.</translation>
    </message>
    <message>
        <source>MALS
ferritin &gt; {f}</source>
        <translation>MALS
ferritine &gt; {f}</translation>
    </message>
    <message>
        <source>Immunoparalysis
ferritin ≤ {f}
HLA-DR &lt; {h}</source>
        <translation>Immunoparalyse
ferritine ≤ {f}
HLA-DR &lt; {h}</translation>
    </message>
    <message>
        <source>Unclassified
HLA-DR ≥ {h}</source>
        <translation>Ongeclassificeerd
HLA-DR ≥ {h}</translation>
    </message>
    <message>
        <source>ferritin {f} ng/mL</source>
        <translation>ferritine {f} ng/mL</translation>
    </message>
    <message>
        <source>HLA-DR {h} AB/C</source>
        <translation>HLA-DR {h} AB/C</translation>
    </message>
    <message>
        <source>Points on the bottom edge have no HLA-DR in AB/C.</source>
        <translation>Punten op de onderrand hebben geen HLA-DR in AB/C.</translation>
    </message>
    <message>
        <source>Phenotype map</source>
        <translation>Fenotypekaart</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle patiënten</translation>
    </message>
    <message>
        <source>MALS: ferritin &gt; {f} ng/mL (HLA-DR not needed; if HLA-DR &lt; {h} AB/C too, both criteria are met and MALS takes precedence, as in the trial).</source>
        <translation>MALS: ferritine &gt; {f} ng/mL (HLA-DR niet nodig; als ook HLA-DR &lt; {h} AB/C, zijn beide criteria vervuld en heeft MALS voorrang, zoals in de studie).</translation>
    </message>
    <message>
        <source>Immunoparalysis: ferritin ≤ {f} ng/mL and HLA-DR &lt; {h} AB/C (antibodies bound per CD14 monocyte, QuantiBRITE).</source>
        <translation>Immunoparalyse: ferritine ≤ {f} ng/mL en HLA-DR &lt; {h} AB/C (gebonden antilichamen per CD14-monocyt, QuantiBRITE).</translation>
    </message>
    <message>
        <source>Unclassified: ferritin ≤ {f} ng/mL and HLA-DR ≥ {h} AB/C; the ImmunoSep evidence does not apply.</source>
        <translation>Ongeclassificeerd: ferritine ≤ {f} ng/mL en HLA-DR ≥ {h} AB/C; het ImmunoSep-bewijs is niet van toepassing.</translation>
    </message>
    <message>
        <source>Cannot classify: missing or undecidable values, HLA-DR not in AB/C when it is needed, or age &lt; {age} years.</source>
        <translation>Classificatie niet mogelijk: ontbrekende of onbeslisbare waarden, HLA-DR niet in AB/C wanneer dat nodig is, of leeftijd &lt; {age} jaar.</translation>
    </message>
    <message>
        <source>{percent:.1f} %</source>
        <translation>{percent:.1f} %</translation>
    </message>
    <message>
        <source>ImmunoSep cohort summary</source>
        <translation>ImmunoSep-cohortoverzicht</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Fenotypekaart van het cohort</translation>
    </message>
    <message>
        <source>TRAINING — NOT FOR CLINICAL USE</source>
        <translation>TRAINING — NIET VOOR KLINISCH GEBRUIK</translation>
    </message>
    <message>
        <source>Training mode: synthetic data, not a patient record. Do not use for treatment decisions.</source>
        <translation>Trainingsmodus: synthetische gegevens, geen patiëntregistratie. Niet gebruiken voor behandelbeslissingen.</translation>
    </message>
    <message>
        <source>End of report</source>
        <translation>Einde van het rapport</translation>
    </message>
    <message>
        <source>Institution / ward not configured</source>
        <translation>Instelling / afdeling niet geconfigureerd</translation>
    </message>
    <message>
        <source>{events}/{total} ({percent:.1f} %)</source>
        <translation>{events}/{total} ({percent:.1f} %)</translation>
    </message>
    <message>
        <source>{point} ({low} to {high})</source>
        <translation>{point} ({low} tot {high})</translation>
    </message>
    <message>
        <source>Safety signals</source>
        <translation>Veiligheidssignalen</translation>
    </message>
    <message>
        <source>Notes on this arm</source>
        <translation>Opmerkingen bij deze arm</translation>
    </message>
    <message>
        <source>Deaths, {group}</source>
        <translation>Sterfgevallen, {group}</translation>
    </message>
    <message>
        <source>Responders, {group}</source>
        <translation>Responders, {group}</translation>
    </message>
    <message>
        <source>Risk difference, points (treated − control)</source>
        <translation>Risicoverschil, procentpunten (behandeld − controle)</translation>
    </message>
    <message>
        <source>Trial population</source>
        <translation>Studiepopulatie</translation>
    </message>
    <message>
        <source>How this patient may differ from the trial population</source>
        <translation>Hoe deze patiënt kan verschillen van de studiepopulatie</translation>
    </message>
    <message>
        <source>Limits of the evidence</source>
        <translation>Beperkingen van het bewijs</translation>
    </message>
    <message>
        <source>ImmunoSep evidence for this phenotype: {drug}</source>
        <translation>ImmunoSep-bewijs voor dit fenotype: {drug}</translation>
    </message>
    <message>
        <source>Mortality</source>
        <translation>Mortaliteit</translation>
    </message>
    <message>
        <source>Methods of the recomputation: {methods}. A printed figure agrees when it lies within one unit of its last printed digit.</source>
        <translation>Methoden van de herberekening: {methods}. Een gedrukt cijfer komt overeen als het hoogstens één eenheid van het laatste gedrukte cijfer afwijkt.</translation>
    </message>
    <message>
        <source>ImmunoSep evidence</source>
        <translation>ImmunoSep-bewijs</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO — see note</source>
        <translation>NEE — zie opmerking</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Published (as printed)</source>
        <translation>Gepubliceerd (zoals gedrukt)</translation>
    </message>
    <message>
        <source>Recomputed from counts</source>
        <translation>Herberekend uit aantallen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Komt overeen</translation>
    </message>
    <message>
        <source>events / patients</source>
        <translation>gebeurtenissen / patiënten</translation>
    </message>
    <message>
        <source>Odds ratio (95 % CI)</source>
        <translation>Oddsratio (95%-BI)</translation>
    </message>
    <message>
        <source>{point:.3f} ({low:.3f} to {high:.3f})</source>
        <translation>{point:.3f} ({low:.3f} tot {high:.3f})</translation>
    </message>
    <message>
        <source>crude OR, Woolf CI</source>
        <translation>ruwe OR, Woolf-BI</translation>
    </message>
    <message>
        <source>Risk difference, points (control − treated, as printed)</source>
        <translation>Risicoverschil, procentpunten (controle − behandeld, zoals gedrukt)</translation>
    </message>
    <message>
        <source>P value</source>
        <translation>p-waarde</translation>
    </message>
    <message>
        <source>Fisher exact, two-sided</source>
        <translation>exacte toets van Fisher, tweezijdig</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Evidence version {version}, cut-off {cutoff}.</source>
        <translation>Versie bewijsbasis {version}, peildatum {cutoff}.</translation>
    </message>
    <message>
        <source>{point:.2f} ({low:.2f} to {high:.2f})</source>
        <translation>{point:.2f} ({low:.2f} tot {high:.2f})</translation>
    </message>
    <message>
        <source>{option}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD (for example 2026-11-20).</source>
        <translation>{option}: &apos;{value}&apos; is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-11-20).</translation>
    </message>
    <message>
        <source>--save needs --patient-id ID (the patient identifier used on the ward).</source>
        <translation>--save vereist --patient-id ID (de patiënt-ID die op de afdeling wordt gebruikt).</translation>
    </message>
    <message>
        <source>--corrects needs --reason TEXT: a correction says why.</source>
        <translation>--corrects vereist --reason TEXT: een correctie vermeldt de reden.</translation>
    </message>
    <message>
        <source>--reason goes with --corrects RECORD (the record corrected).</source>
        <translation>--reason hoort bij --corrects RECORD (de gecorrigeerde registratie).</translation>
    </message>
    <message>
        <source>--corrects stores a correction: add --save.</source>
        <translation>--corrects slaat een correctie op: voeg --save toe.</translation>
    </message>
    <message>
        <source>--assessment-id names where it is stored: add --save.</source>
        <translation>--assessment-id geeft aan bij welke beoordeling het wordt opgeslagen: voeg --save toe.</translation>
    </message>
    <message>
        <source>not saved: {reason}</source>
        <translation>niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>--save needs --patient-id ID, the patient identifier used on the ward.</source>
        <translation>--save vereist --patient-id ID, de patiënt-ID die op de afdeling wordt gebruikt.</translation>
    </message>
    <message>
        <source>not saved (add --save to store it)</source>
        <translation>niet opgeslagen (voeg --save toe om op te slaan)</translation>
    </message>
    <message>
        <source>--save: not saved: {reason}</source>
        <translation>--save: niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>--sentences needs --out (JSON and the text output always have the sentences).</source>
        <translation>--sentences vereist --out (JSON en de tekstuitvoer bevatten de zinnen altijd).</translation>
    </message>
    <message>
        <source>--out and --rejected-out must be different files.</source>
        <translation>--out en --rejected-out moeten verschillende bestanden zijn.</translation>
    </message>
    <message>
        <source>--out and --rejected-out must not be the input file.</source>
        <translation>--out en --rejected-out mogen niet het invoerbestand zijn.</translation>
    </message>
    <message>
        <source>{option} {path}: the output file must end in .csv or .xlsx.</source>
        <translation>{option} {path}: het uitvoerbestand moet eindigen op .csv of .xlsx.</translation>
    </message>
    <message>
        <source>{option} {path} already exists; use --force to replace it.</source>
        <translation>{option} {path} bestaat al; gebruik --force om het bestand te vervangen.</translation>
    </message>
    <message>
        <source>{option} {path}: the folder does not exist.</source>
        <translation>{option} {path}: de map bestaat niet.</translation>
    </message>
    <message>
        <source>not written: {reason}.</source>
        <translation>niet geschreven: {reason}.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Genegeerd</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Intrekking</translation>
    </message>
    <message>
        <source>Read as: {kind}, wide layout</source>
        <translation>Gelezen als: {kind}, brede indeling</translation>
    </message>
    <message>
        <source>Read as: {kind}, long layout</source>
        <translation>Gelezen als: {kind}, lange indeling</translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Row {rows}.</extracomment>
        <translation>
            <numerusform>Rij {rows}</numerusform>
            <numerusform>Rijen {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>Phenotypes: {counts}</source>
        <translation>Fenotypen: {counts}</translation>
    </message>
    <message>
        <source>Rule set {ruleset}, trial {registry}:</source>
        <translation>Regelset {ruleset}, studie {registry}:</translation>
    </message>
    <message numerus="yes">
        <source>{n} data rows read.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} data row read..</extracomment>
        <translation>
            <numerusform>{n} gegevensrij gelezen.</numerusform>
            <numerusform>{n} gegevensrijen gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Classified: {classified}; cannot classify: {cannot_classify}; rejected: {rejected}; assessments: {assessments}; blank rows skipped: {blank}</source>
        <translation>Geclassificeerd: {classified}; classificatie niet mogelijk: {cannot_classify}; afgewezen: {rejected}; beoordelingen: {assessments}; lege rijen overgeslagen: {blank}</translation>
    </message>
    <message numerus="yes">
        <source>{n} results read.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} result read..</extracomment>
        <translation>
            <numerusform>{n} uitslag gelezen.</numerusform>
            <numerusform>{n} uitslagen gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: {messages}; classified: {classified}; cannot classify: {cannot_classify}; in no assessment: {apart} (rejected: {rejected}, ignored: {ignored}, withdrawals: {withdrawals}); assessments: {assessments}</source>
        <translation>Berichten: {messages}; geclassificeerd: {classified}; classificatie niet mogelijk: {cannot_classify}; in geen beoordeling: {apart} (afgewezen: {rejected}, genegeerd: {ignored}, intrekkingen: {withdrawals}); beoordelingen: {assessments}</translation>
    </message>
    <message>
        <source>Read as: {kind}, {layout}</source>
        <translation>Gelezen als: {kind}, {layout}</translation>
    </message>
    <message>
        <source>Encoding: {encoding}</source>
        <translation>Codering: {encoding}</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>Werkblad: {sheet}</translation>
    </message>
    <message>
        <source>Decimal separator: comma</source>
        <translation>Decimaalteken: komma</translation>
    </message>
    <message>
        <source>Decimal separator: point</source>
        <translation>Decimaalteken: punt</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Opmerking: {note}</translation>
    </message>
    <message>
        <source>Results written to {file}</source>
        <translation>Resultaten geschreven naar {file}</translation>
    </message>
    <message>
        <source>Rejected rows written to {file}</source>
        <translation>Afgewezen rijen geschreven naar {file}</translation>
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
        <translation>Waarschuwing: {warning}</translation>
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
        <translation>--time-format {value} bevat geen tijdstip; het formaat moet een tijdstip bevatten ({example}).</translation>
    </message>
    <message>
        <source>--column {value}: write FIELD=HEADER, e.g. {example}.</source>
        <translation>--column {value}: schrijf FIELD=HEADER, bijv. {example}.</translation>
    </message>
    <message>
        <source>--column {value}: {field} is not a field; the fields are {fields}.</source>
        <translation>--column {value}: {field} is geen veld; de velden zijn {fields}.</translation>
    </message>
    <message>
        <source>--column {field} is given twice; give each field once.</source>
        <translation>--column {field} is twee keer opgegeven; geef elk veld één keer op.</translation>
    </message>
    <message>
        <source>--delimiter {value} is not a delimiter; give one character or comma, semicolon, tab or pipe.</source>
        <extracomment>comma, semicolon, tab and pipe are the names --delimiter takes: keep them</extracomment>
        <translation>--delimiter {value} is geen scheidingsteken; geef één teken op of comma, semicolon, tab of pipe.</translation>
    </message>
    <message>
        <source>--encoding {value} is not an encoding this app knows; give e.g. utf-8 or cp1252.</source>
        <translation>--encoding {value} is geen codering die deze app kent; geef bijv. utf-8 of cp1252 op.</translation>
    </message>
    <message>
        <source>the backup could not be written: {reason}</source>
        <translation>de back-up kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose death is recorded.</source>
        <translation>--patient-id ID is nodig: de patiënt van wie het overlijden wordt geregistreerd.</translation>
    </message>
    <message>
        <source>Saved: death record {id} ({date}).</source>
        <translation>Opgeslagen: overlijdensregistratie {id} ({date}).</translation>
    </message>
    <message>
        <source>--age and --phenotype come from the stored assessment when the checklist is saved; leave them out with --save.</source>
        <translation>--age (leeftijd) en --phenotype (fenotype) komen uit de opgeslagen beoordeling wanneer de checklist wordt opgeslagen; laat ze weg bij --save.</translation>
    </message>
    <message>
        <source>--phenotype: &apos;{value}&apos; is not one of {choices}.</source>
        <translation>--phenotype: &apos;{value}&apos; is geen toegestane waarde voor het fenotype; gebruik een van {choices}.</translation>
    </message>
    <message>
        <source>--answer: &apos;{value}&apos; does not name a criterion; write KEY=yes, KEY=no or KEY=unknown with a KEY from {help}.</source>
        <extracomment>yes, no and unknown are the answers --answer takes: keep them</extracomment>
        <translation>--answer: &apos;{value}&apos; noemt geen criterium; schrijf KEY=yes, KEY=no of KEY=unknown met een KEY uit {help}.</translation>
    </message>
    <message>
        <source>--answer: &apos;{value}&apos; is not answered yes, no or unknown.</source>
        <extracomment>yes, no and unknown are the answers --answer takes: keep them</extracomment>
        <translation>--answer: &apos;{value}&apos; is niet beantwoord met yes, no of unknown.</translation>
    </message>
    <message>
        <source>--answer: {key} is answered twice; keep one answer.</source>
        <translation>--answer: {key} is twee keer beantwoord; behoud één antwoord.</translation>
    </message>
    <message>
        <source>Saved: eligibility checklist record {id}, with assessment {assessment}.</source>
        <translation>Opgeslagen: registratie van de inclusiechecklist {id}, bij beoordeling {assessment}.</translation>
    </message>
    <message>
        <source>{name}: {citation}</source>
        <translation>{name}: {citation}</translation>
    </message>
    <message>
        <source>doi:{doi}  {registry}  evidence version {version}</source>
        <translation>doi:{doi}  {registry}  versie bewijsbasis {version}</translation>
    </message>
    <message>
        <source>Methods: {methods}.</source>
        <translation>Methoden: {methods}.</translation>
    </message>
    <message>
        <source>Published figures agree when within one unit of their last printed digit.</source>
        <translation>Gepubliceerde cijfers komen overeen als ze hoogstens één eenheid van hun laatste gedrukte cijfer afwijken.</translation>
    </message>
    <message>
        <source>Known discrepancies in the publication and in circulating summaries:</source>
        <translation>Bekende tegenstrijdigheden in de publicatie en in circulerende samenvattingen:</translation>
    </message>
    <message>
        <source>{label}: {treated} {treated_events}/{treated_total} vs {control} {control_events}/{control_total}</source>
        <translation>{label}: {treated} {treated_events}/{treated_total} vs. {control} {control_events}/{control_total}</translation>
    </message>
    <message>
        <source>NO</source>
        <extracomment>a published figure disagrees with its recomputation (capitals: it must stand out)</extracomment>
        <translation>NEE</translation>
    </message>
    <message>
        <source>comparison / figure</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>vergelijking / cijfer</translation>
    </message>
    <message>
        <source>published</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <source>recomputed</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>herberekend</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>komt overeen</translation>
    </message>
    <message>
        <source>p value (Fisher exact)</source>
        <translation>p-waarde (exacte toets van Fisher)</translation>
    </message>
    <message>
        <source>odds ratio (Woolf CI)</source>
        <translation>oddsratio (BI volgens Woolf)</translation>
    </message>
    <message>
        <source>{figure} [printed as control − treated]</source>
        <translation>{figure} [gedrukt als controle − behandeld]</translation>
    </message>
    <message>
        <source>risk difference, pp (Newcombe CI)</source>
        <translation>risicoverschil, procentpunten (BI volgens Newcombe)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {n} assessments of patient {patient} as a FHIR R4 Bundle.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Wrote {path}: {n} assessment of patient {patient} as a FHIR R4 Bundle..</extracomment>
        <translation>
            <numerusform>{path} geschreven: {n} beoordeling van patiënt {patient} als FHIR R4-Bundle.</numerusform>
            <numerusform>{path} geschreven: {n} beoordelingen van patiënt {patient} als FHIR R4-Bundle.</numerusform>
        </translation>
    </message>
    <message>
        <source>--patient-id: a patient identifier is needed</source>
        <translation>--patient-id: een patiënt-ID is nodig</translation>
    </message>
    <message>
        <source>--out: {path} exists; add --force to replace it</source>
        <translation>--out: {path} bestaat al; voeg --force toe om het te vervangen</translation>
    </message>
    <message>
        <source>--out: {path} is not a regular file</source>
        <translation>--out: {path} is geen gewoon bestand</translation>
    </message>
    <message>
        <source>--out: {path} cannot be written ({reason})</source>
        <translation>--out: {path} kan niet worden geschreven ({reason})</translation>
    </message>
    <message>
        <source>--pdf: {path} cannot be read ({reason})</source>
        <translation>--pdf: {path} kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>no stored assessments for patient {patient}; nothing written</source>
        <translation>geen opgeslagen beoordelingen voor patiënt {patient}; niets geschreven</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>geen waarden</translation>
    </message>
    <message>
        <source>#{id}  {when} (sampled)  {result}  ({values}; rule set {ruleset})</source>
        <translation>#{id}  {when} (afgenomen)  {result}  ({values}; regelset {ruleset})</translation>
    </message>
    <message>
        <source>#{id}  {when} (assessed)  {result}  ({values}; rule set {ruleset})</source>
        <translation>#{id}  {when} (beoordeeld)  {result}  ({values}; regelset {ruleset})</translation>
    </message>
    <message>
        <source>{entry} [{notes}]</source>
        <extracomment>a stored assessment&apos;s line followed by its corrections / entered-in-error marks</extracomment>
        <translation>{entry} [{notes}]</translation>
    </message>
    <message>
        <source>No stored assessments for patient {patient}.</source>
        <translation>Geen opgeslagen beoordelingen voor patiënt {patient}.</translation>
    </message>
    <message numerus="yes">
        <source>Patient {patient}: {n} assessments, oldest first</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Patient {patient}: {n} assessment, oldest first.</extracomment>
        <translation>
            <numerusform>Patiënt {patient}: {n} beoordeling, oudste eerst</numerusform>
            <numerusform>Patiënt {patient}: {n} beoordelingen, oudste eerst</numerusform>
        </translation>
    </message>
    <message>
        <source>ferritin {value} {unit}</source>
        <translation>ferritine {value} {unit}</translation>
    </message>
    <message>
        <source>HLA-DR {value} {unit}</source>
        <translation>HLA-DR {value} {unit}</translation>
    </message>
    <message>
        <source>Saved: HScore record {id}, with assessment {assessment}.</source>
        <translation>Opgeslagen: HScore-registratie {id}, bij beoordeling {assessment}.</translation>
    </message>
    <message>
        <source>Files stored: {files} (assessments: {n}); moved to failed/: {failed}.</source>
        <translation>Opgeslagen bestanden: {files} (beoordelingen: {n}); naar failed/ verplaatst: {failed}.</translation>
    </message>
    <message>
        <source>Report written: {path} ({phenotype})</source>
        <translation>Rapport geschreven: {path} ({phenotype})</translation>
    </message>
    <message>
        <source>--patient-id: a patient identifier is needed on the report</source>
        <translation>--patient-id: een patiënt-ID is nodig op het rapport</translation>
    </message>
    <message>
        <source>--patient-id: training reports use synthetic identifiers of the form DEMO-nnn, never a real patient&apos;s</source>
        <translation>--patient-id: trainingsrapporten gebruiken synthetische ID&apos;s van de vorm DEMO-nnn, nooit die van een echte patiënt</translation>
    </message>
    <message>
        <source>--patient-id: DEMO-nnn identifiers are reserved for training; add --demo</source>
        <translation>--patient-id: ID&apos;s van de vorm DEMO-nnn zijn voorbehouden aan training; voeg --demo toe</translation>
    </message>
    <message>
        <source>--case needs --demo (training cases are synthetic)</source>
        <translation>--case vereist --demo (trainingscasussen zijn synthetisch)</translation>
    </message>
    <message>
        <source>--case takes its values from the training case; drop {option}</source>
        <translation>--case neemt de waarden over uit de trainingscasus; laat {option} weg</translation>
    </message>
    <message>
        <source>--case: no training case {case}; see {command}</source>
        <translation>--case: geen trainingscasus {case}; zie {command}</translation>
    </message>
    <message>
        <source>--out: {path} exists; not overwritten (use --force to replace it)</source>
        <translation>--out: {path} bestaat al; niet overschreven (gebruik --force om het te vervangen)</translation>
    </message>
    <message>
        <source>--out: cannot write {path}: {reason}</source>
        <translation>--out: {path} kan niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>--birth-date: {reason}</source>
        <translation>--birth-date: {reason}</translation>
    </message>
    <message>
        <source>not written</source>
        <extracomment>in place of a file name: the file was not written</extracomment>
        <translation>niet geschreven</translation>
    </message>
    <message>
        <source>Index: {path}</source>
        <translation>Index: {path}</translation>
    </message>
    <message>
        <source>Cohort summary: {path}</source>
        <translation>Cohortoverzicht: {path}</translation>
    </message>
    <message>
        <source>All reports in one file (to print): {path}</source>
        <translation>Alle rapporten in één bestand (om af te drukken): {path}</translation>
    </message>
    <message>
        <source>--workers must be at least 1</source>
        <translation>--workers moet minstens 1 zijn</translation>
    </message>
    <message>
        <source>Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: {rejected}; not done (cancelled): {cancelled}</source>
        <translation>Rijen: {total}; rapporten geschreven: {written}; mislukt: {failed}; afgewezen bij het importeren: {rejected}; niet uitgevoerd (geannuleerd): {cancelled}</translation>
    </message>
    <message>
        <source>Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: {rejected}</source>
        <translation>Rijen: {total}; rapporten geschreven: {written}; mislukt: {failed}; afgewezen bij het importeren: {rejected}</translation>
    </message>
    <message>
        <source>Reports: {percent} %</source>
        <translation>Rapporten: {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>--out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use --force or an empty folder</source>
        <comment>plural</comment>
        <extracomment>Singular (English): --out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use --force or an empty folder. English keeps &quot;file(s)&quot; in both forms (scripts read the line); word each properly</extracomment>
        <translation>
            <numerusform>--out-dir: {n} bestand dat deze batch zou schrijven, bestaat al (bijv. {file}); gebruik --force of een lege map</numerusform>
            <numerusform>--out-dir: {n} bestanden die deze batch zou schrijven, bestaan al (bijv. {file}); gebruik --force of een lege map</numerusform>
        </translation>
    </message>
    <message>
        <source>--out-dir: cannot write to {path}: {reason}</source>
        <translation>--out-dir: er kan niet naar {path} worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>row {row}: {outcome}: {reason}</source>
        <translation>rij {row}: {outcome}: {reason}</translation>
    </message>
    <message>
        <source>two stored SOFA values share one day; mark one entered in error (&apos;immunosep score-records --mark-in-error&apos;).</source>
        <translation>twee opgeslagen SOFA-waarden vallen op dezelfde dag; markeer er één als foutieve invoer (&apos;immunosep score-records --mark-in-error&apos;).</translation>
    </message>
    <message>
        <source>a stored SOFA total is outside 0 to 24.</source>
        <translation>een opgeslagen SOFA-totaal ligt buiten 0 tot 24.</translation>
    </message>
    <message>
        <source>a stored SOFA rests on an impossible number of organ systems.</source>
        <translation>een opgeslagen SOFA berust op een onmogelijk aantal orgaansystemen.</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose SOFA course is read.</source>
        <translation>--patient-id ID is nodig: de patiënt van wie het SOFA-beloop wordt gelezen.</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose records are listed.</source>
        <translation>--patient-id ID is nodig: de patiënt van wie de registraties worden weergegeven.</translation>
    </message>
    <message>
        <source>--mark-in-error: &apos;{kind}&apos; is not a kind of score record; use one of {kinds}.</source>
        <translation>--mark-in-error: &apos;{kind}&apos; is geen soort scoreregistratie; gebruik een van {kinds}.</translation>
    </message>
    <message>
        <source>--mark-in-error: &apos;{value}&apos; is not a record id (a whole number, as listed by this command).</source>
        <translation>--mark-in-error: &apos;{value}&apos; is geen registratie-ID (een geheel getal, zoals deze opdracht het weergeeft).</translation>
    </message>
    <message>
        <source>--mark-in-error needs --reason TEXT: a mark says why.</source>
        <translation>--mark-in-error vereist --reason TEXT: een markering vermeldt de reden.</translation>
    </message>
    <message>
        <source>--reason goes with --mark-in-error KIND RECORD.</source>
        <translation>--reason hoort bij --mark-in-error KIND RECORD.</translation>
    </message>
    <message>
        <source>--day: &apos;{value}&apos; is not a study day (day 1 is the day of phenotyping); give a whole number of {low} or more.</source>
        <translation>--day: &apos;{value}&apos; is geen studiedag (dag 1 is de dag van fenotypering); geef een geheel getal van {low} of meer op.</translation>
    </message>
    <message>
        <source>--total: &apos;{value}&apos; is not a SOFA total; give a whole number from {low} to {high}.</source>
        <translation>--total: &apos;{value}&apos; is geen SOFA-totaal; geef een geheel getal van {low} tot {high} op.</translation>
    </message>
    <message>
        <source>--components: &apos;{value}&apos; is not a number of organ systems; give a whole number from {low} to {high}.</source>
        <translation>--components: &apos;{value}&apos; is geen aantal orgaansystemen; geef een geheel getal van {low} tot {high} op.</translation>
    </message>
    <message>
        <source>--day and --date place a stored SOFA: add --patient-id ID --save.</source>
        <translation>--day en --date bepalen de plaats van een opgeslagen SOFA: voeg --patient-id ID --save toe.</translation>
    </message>
    <message>
        <source>--total is a value to store: add --patient-id ID --save.</source>
        <translation>--total is een waarde om op te slaan: voeg --patient-id ID --save toe.</translation>
    </message>
    <message>
        <source>--total: give either a total or the calculator&apos;s values ({options}), not both.</source>
        <translation>--total: geef óf een totaal óf de waarden voor de calculator ({options}) op, niet beide.</translation>
    </message>
    <message>
        <source>--components goes with --total (the organ systems a typed total rests on).</source>
        <translation>--components hoort bij --total (de orgaansystemen waarop een getypt totaal is gebaseerd).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>no ferritin or HLA-DR column and no test/value columns were recognised; name them with --column FIELD=HEADER</source>
        <translation>geen ferritine- of HLA-DR-kolom en geen test-/waardekolommen herkend; wijs ze aan met --column FIELD=HEADER</translation>
    </message>
    <message>
        <source>the file has both ferritin/HLA-DR columns and test/value columns; choose the layout</source>
        <translation>het bestand heeft zowel ferritine-/HLA-DR-kolommen als test-/waardekolommen; kies de indeling</translation>
    </message>
    <message>
        <source>unknown field {field!r}; fields are: {fields}</source>
        <translation>onbekend veld {field!r}; de velden zijn: {fields}</translation>
    </message>
    <message>
        <source>no column is headed {header!r} (for {field}); the columns are: {columns}</source>
        <translation>geen kolom heeft de kolomkop {header!r} (voor {field}); de kolommen zijn: {columns}</translation>
    </message>
    <message>
        <source>{count} columns are headed {header!r}; rename one in the file</source>
        <translation>{count} kolommen hebben de kolomkop {header!r}; geef er één een andere naam in het bestand</translation>
    </message>
    <message>
        <source>columns {first!r} and {second!r} could both be {field}; choose one (--column {field}=HEADER)</source>
        <translation>de kolommen {first!r} en {second!r} kunnen allebei {field} zijn; kies er één (--column {field}=HEADER)</translation>
    </message>
    <message>
        <source>columns {columns} could all be {field}; choose one (--column {field}=HEADER)</source>
        <translation>de kolommen {columns} kunnen allemaal {field} zijn; kies er één (--column {field}=HEADER)</translation>
    </message>
    <message>
        <source>{field} is not used in {layout} layout</source>
        <translation>{field} wordt niet gebruikt in de indeling {layout}</translation>
    </message>
    <message>
        <source>no {name} column found; name it with --column {field}=HEADER (columns: {columns})</source>
        <translation>geen kolom {name} gevonden; wijs deze aan met --column {field}=HEADER (kolommen: {columns})</translation>
    </message>
    <message>
        <source>layout must be &apos;wide&apos; or &apos;long&apos;, not {layout!r}</source>
        <translation>de indeling moet &apos;wide&apos; of &apos;long&apos; zijn, niet {layout!r}</translation>
    </message>
    <message>
        <source>wide layout needs a ferritin or HLA-DR column (--column ferritin=HEADER)</source>
        <translation>de brede indeling vereist een ferritine- of HLA-DR-kolom (--column ferritin=HEADER)</translation>
    </message>
    <message>
        <source>long layout needs a test (name or LOINC code) and a value column (--column test=HEADER --column value=HEADER)</source>
        <translation>de lange indeling vereist een testkolom (naam of LOINC-code) en een waardekolom (--column test=HEADER --column value=HEADER)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>verticale streep</translation>
    </message>
    <message>
        <source>{file} contains no rows</source>
        <translation>{file} bevat geen rijen</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes: it is not a text export (or UTF-16 without byte-order mark: give the encoding)</source>
        <translation>{file} bevat NUL-bytes: het is geen tekstexport (of UTF-16 zonder bytevolgordemarkering: geef de codering op)</translation>
    </message>
    <message>
        <source>{file} mixes encodings: line {utf8_line} is UTF-8 but line {other_line} is not; save the file again in one encoding, or give the encoding if you know it</source>
        <translation>{file} mengt coderingen: regel {utf8_line} is UTF-8, maar regel {other_line} niet; sla het bestand opnieuw op in één codering, of geef de codering op als u die kent</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252; give the encoding (e.g. latin-1)</source>
        <translation>{file} is noch UTF-8 noch Windows-1252; geef de codering op (bijv. latin-1)</translation>
    </message>
    <message>
        <source>{file}: no delimiter (comma, semicolon, tab, pipe) splits the header into columns; give the delimiter</source>
        <translation>{file}: geen scheidingsteken (komma, puntkomma, tab, verticale streep) splitst de kopregel in kolommen; geef het scheidingsteken op</translation>
    </message>
    <message>
        <source>{file}: both {first} and {second} could be the delimiter; give the delimiter</source>
        <translation>{file}: zowel {first} als {second} kan het scheidingsteken zijn; geef het scheidingsteken op</translation>
    </message>
    <message>
        <source>{file} starts with a {encoding} byte-order mark but byte {byte} is not valid {encoding}</source>
        <translation>{file} begint met een bytevolgordemarkering voor {encoding}, maar byte {byte} is ongeldig in {encoding}</translation>
    </message>
    <message>
        <source>delimiter must be one character, got {delimiter!r}</source>
        <translation>het scheidingsteken moet één teken zijn; opgegeven is {delimiter!r}</translation>
    </message>
    <message>
        <source>{file}, line {line}: malformed CSV ({error}); fix the file and import again</source>
        <translation>{file}, regel {line}: ongeldige CSV ({error}); herstel het bestand en importeer opnieuw</translation>
    </message>
    <message>
        <source>unknown encoding {encoding!r}</source>
        <translation>onbekende codering {encoding!r}</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} (byte {byte} cannot be decoded); check the encoding</source>
        <translation>{file} is geen geldige {encoding}-tekst (byte {byte} kan niet worden gedecodeerd); controleer de codering</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: kan niet worden gelezen ({error})</translation>
    </message>
    <message>
        <source>{file}: the quoted cell that starts on line {line} is never closed (unmatched quote); fix the file and import again</source>
        <translation>{file}: de cel tussen aanhalingstekens die op regel {line} begint, wordt nooit gesloten (afsluitend aanhalingsteken ontbreekt); herstel het bestand en importeer opnieuw</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet!r} is empty</source>
        <translation>{file}: het werkblad {sheet!r} is leeg</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({error}); save it again from the spreadsheet program</source>
        <translation>{file} kan niet als spreadsheet worden gelezen ({error}); sla het bestand opnieuw op vanuit het spreadsheetprogramma</translation>
    </message>
    <message>
        <source>{file} has no worksheet</source>
        <translation>{file} heeft geen werkblad</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet!r}; sheets: {sheets}</source>
        <translation>{file} heeft geen werkblad met de naam {sheet!r}; werkbladen: {sheets}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet!r} cannot be read ({error})</source>
        <translation>{file}, werkblad {sheet!r} kan niet worden gelezen ({error})</translation>
    </message>
    <message>
        <source>{file}: FHIR JSON must be UTF-8 and this file is not</source>
        <translation>{file}: FHIR-JSON moet UTF-8 zijn en dit bestand is dat niet</translation>
    </message>
    <message>
        <source>{file}: the key &apos;{key}&apos; appears twice in one JSON object; which one holds is undefined, so the file is not read</source>
        <translation>{file}: de sleutel &apos;{key}&apos; komt twee keer voor in één JSON-object; welke geldt, is niet gedefinieerd, dus het bestand wordt niet gelezen</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {detail})</source>
        <translation>{file}: geen geldige JSON (regel {line}, kolom {column}: {detail})</translation>
    </message>
    <message>
        <source>{file}: JSON nested too deeply</source>
        <translation>{file}: JSON te diep genest</translation>
    </message>
    <message>
        <source>{file}: not a FHIR resource; a Bundle or an Observation is needed</source>
        <translation>{file}: geen FHIR-resource; er is een Bundle of een Observation nodig</translation>
    </message>
    <message>
        <source>{file}: Bundle.entry must be a list of objects</source>
        <translation>{file}: Bundle.entry moet een lijst van objecten zijn</translation>
    </message>
    <message>
        <source>{file}: not a valid FHIR R4 Bundle: {problems}</source>
        <translation>{file}: geen geldige FHIR R4-Bundle: {problems}</translation>
    </message>
    <message>
        <source>{file}: a {kind} resource; a Bundle or an Observation is needed</source>
        <translation>{file}: een resource van het type {kind}; er is een Bundle of een Observation nodig</translation>
    </message>
    <message>
        <source>{file}: the file contains NUL bytes (binary, or UTF-16 text); HL7 v2 files are 8-bit text</source>
        <translation>{file}: het bestand bevat NUL-bytes (binair, of UTF-16-tekst); HL7 v2-bestanden zijn 8-bits tekst</translation>
    </message>
    <message>
        <source>{file}: the file holds no HL7 segments</source>
        <translation>{file}: het bestand bevat geen HL7-segmenten</translation>
    </message>
    <message>
        <source>{file}: no HL7 message (MSH segment) in the file</source>
        <translation>{file}: geen HL7-bericht (MSH-segment) in het bestand</translation>
    </message>
    <message>
        <source>{file} is not a valid spreadsheet (damaged zip container); save it again from the spreadsheet program</source>
        <translation>{file} is geen geldige spreadsheet (beschadigde zip-container); sla het bestand opnieuw op vanuit het spreadsheetprogramma</translation>
    </message>
    <message>
        <source>{file} cannot be unpacked ({error})</source>
        <translation>{file} kan niet worden uitgepakt ({error})</translation>
    </message>
    <message>
        <source>{file} is not an Excel or OpenDocument spreadsheet (XLSX, XLSM, XLSB, XLS, ODS)</source>
        <translation>{file} is geen Excel- of OpenDocument-spreadsheet (XLSX, XLSM, XLSB, XLS, ODS)</translation>
    </message>
    <message>
        <source>{file}: is not a file</source>
        <translation>{file}: is geen bestand</translation>
    </message>
    <message>
        <source>{file} is {size} MB; files over {limit} MB are not imported (split the export or raise the limit)</source>
        <translation>{file} is {size} MB; bestanden groter dan {limit} MB worden niet geïmporteerd (splits de export of verhoog de limiet)</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} is leeg</translation>
    </message>
    <message>
        <source>{file}: file not found.</source>
        <translation>{file}: bestand niet gevonden.</translation>
    </message>
    <message>
        <source>{file}: cannot be opened ({error})</source>
        <translation>{file}: kan niet worden geopend ({error})</translation>
    </message>
    <message>
        <source>{file} contains {parts} parts; this is not a normal spreadsheet</source>
        <translation>{file} bevat {parts} onderdelen; dit is geen normale spreadsheet</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB; over the limit of {limit} MB</source>
        <translation>{file} wordt na uitpakken {size} MB; dat is meer dan de limiet van {limit} MB</translation>
    </message>
    <message>
        <source>{file}: part {part!r} is compressed {ratio}:1; refused as a possible zip bomb</source>
        <translation>{file}: onderdeel {part!r} is {ratio}:1 gecomprimeerd; geweigerd als mogelijke zipbom</translation>
    </message>
    <message>
        <source>{file}: part {part!r} declares XML entities (DOCTYPE); refused (billion-laughs protection)</source>
        <translation>{file}: onderdeel {part!r} declareert XML-entiteiten (DOCTYPE); geweigerd (bescherming tegen billion-laughs-aanvallen)</translation>
    </message>
    <message>
        <source>{options} cannot be used with a {format} file: its messages carry their own units, numbers and times</source>
        <translation>met een {format}-bestand zijn deze opties niet te gebruiken: {options}; de berichten erin hebben hun eigen eenheden, getallen en tijden</translation>
    </message>
    <message>
        <source>{file}: the header has {width} columns; more than {limit} are not read (is this a laboratory export?)</source>
        <translation>{file}: de kopregel heeft {width} kolommen; meer dan {limit} worden niet gelezen (is dit een laboratoriumexport?)</translation>
    </message>
    <message>
        <source>more than {limit} data rows; split the export or raise the row limit</source>
        <translation>meer dan {limit} gegevensrijen; splits de export of verhoog de rijlimiet</translation>
    </message>
    <message>
        <source>format must be one of {formats}, not {format!r}</source>
        <translation>het formaat moet een van {formats} zijn, niet {format!r}</translation>
    </message>
    <message>
        <source>{file}: the spreadsheet reader ran out of memory; the sheet is too large to read (export it as CSV)</source>
        <translation>{file}: de spreadsheetlezer had onvoldoende geheugen; het werkblad is te groot om te lezen (exporteer het als CSV)</translation>
    </message>
    <message>
        <source>a worksheet part is not XML</source>
        <translation>een werkbladonderdeel is geen XML</translation>
    </message>
    <message>
        <source>{file}: the spreadsheet reader stopped (exit status {status}) before it could read the sheet: the sheet is too large or damaged; save it again from the spreadsheet program, or export it as CSV</source>
        <translation>{file}: de spreadsheetlezer is gestopt (afsluitstatus {status}) voordat het werkblad gelezen kon worden: het werkblad is te groot of beschadigd; sla het bestand opnieuw op vanuit het spreadsheetprogramma, of exporteer het als CSV</translation>
    </message>
    <message>
        <source>{file}: a worksheet ({part}) reaches cell {cell} ({rows} rows × {cols} columns); sheets wider than {max_cols} columns or larger than {max_cells} cells are not read (delete the far cells or export only the results)</source>
        <translation>{file}: een werkblad ({part}) reikt tot cel {cell} ({rows} rijen × {cols} kolommen); werkbladen breder dan {max_cols} kolommen of groter dan {max_cells} cellen worden niet gelezen (verwijder de verafgelegen cellen of exporteer alleen de resultaten)</translation>
    </message>
    <message>
        <source>the time format must include the time of day (%H:%M)</source>
        <translation>het tijdformaat moet ook het tijdstip bevatten (%H:%M)</translation>
    </message>
    <message>
        <source>Newcombe hybrid score</source>
        <translation>hybride score van Newcombe</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence does not apply to this patient.</source>
        <translation>Het ImmunoSep-bewijs is niet van toepassing op deze patiënt.</translation>
    </message>
    <message>
        <source>Patient history — ImmunoSep phenotypes</source>
        <translation>Patiënthistorie — ImmunoSep-fenotypen</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Patiënt: {patient}</translation>
    </message>
    <message>
        <source>ImmunoSep Phenotyper {version}</source>
        <translation>ImmunoSep Phenotyper {version}</translation>
    </message>
    <message>
        <source>Generated {when}</source>
        <translation>Aangemaakt op {when}</translation>
    </message>
    <message>
        <source>Patient history</source>
        <translation>Patiënthistorie</translation>
    </message>
    <message>
        <source>Patient identifier (as entered):</source>
        <translation>Patiënt-ID (zoals ingevoerd):</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Aangemaakt:</translation>
    </message>
    <message>
        <source>{change} ({when})</source>
        <translation>{change} ({when})</translation>
    </message>
    <message>
        <source>Phenotype changes: {changes}</source>
        <translation>Wijzigingen van fenotype: {changes}</translation>
    </message>
    <message>
        <source>Markers: triangle MALS, square immunoparalysis, circle unclassified, cross cannot classify; open markers are censored values at their bound. Dashed lines: entry thresholds (ferritin 4420 ng/mL, HLA-DR 5000 AB/C). Only current versions are drawn.</source>
        <translation>Markeringen: driehoek MALS, vierkant immunoparalyse, cirkel ongeclassificeerd, kruis classificatie niet mogelijk; open markeringen zijn gecensureerde waarden op hun grens. Gestreepte lijnen: inclusiedrempels (ferritine 4420 ng/mL, HLA-DR 5000 AB/C). Alleen actuele versies worden getekend.</translation>
    </message>
    <message>
        <source>Decision support only: the treating clinician decides.</source>
        <translation>Uitsluitend beslisondersteuning: de behandelend arts beslist.</translation>
    </message>
    <message>
        <source>Ferritin, ng/mL (logarithmic scale)</source>
        <translation>Ferritine, ng/mL (logaritmische schaal)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR, AB/C</source>
        <translation>Monocytair HLA-DR, AB/C</translation>
    </message>
    <message>
        <source>No values to draw: no current assessment has ferritin or HLA-DR in AB/C.</source>
        <translation>Geen waarden om te tekenen: geen actuele beoordeling bevat ferritine of HLA-DR in AB/C.</translation>
    </message>
    <message>
        <source>Daily SOFA and the day-9 measure (day 1 = {date}, the day of phenotyping)</source>
        <translation>Dagelijkse SOFA en de dag 9-uitkomstmaat (dag 1 = {date}, de dag van fenotypering)</translation>
    </message>
    <message>
        <source>No stored assessments.</source>
        <translation>Geen opgeslagen beoordelingen.</translation>
    </message>
    <message>
        <source>Sampled (or assessed)</source>
        <translation>Afgenomen (of beoordeeld)</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritine</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>{when} ({basis})</source>
        <translation>{when} ({basis})</translation>
    </message>
    <message>
        <source>The {n} oldest assessments are not shown; the window lists them all.</source>
        <translation>De {n} oudste beoordelingen worden niet getoond; het venster toont ze allemaal.</translation>
    </message>
    <message>
        <source>The stored scores (eligibility, daily SOFA, HScore) could not be read and are not printed: {reason}</source>
        <translation>De opgeslagen scores (geschiktheid, dagelijkse SOFA, HScore) konden niet worden gelezen en worden niet afgedrukt: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>afgenomen</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>beoordeeld</translation>
    </message>
    <message>
        <source>{text!r} is not a date of the form YYYY-MM-DD (e.g. 1958-03-14); other forms are ambiguous and never guessed</source>
        <translation>{text!r} is geen datum in de vorm JJJJ-MM-DD (bijv. 1958-03-14); andere vormen zijn dubbelzinnig en worden nooit geraden</translation>
    </message>
    <message>
        <source>Not a diagnosis and not a prescription: check every value against the laboratory report.</source>
        <translation>Geen diagnose en geen voorschrift: controleer elke waarde aan de hand van het laboratoriumrapport.</translation>
    </message>
    <message>
        <source>NEAR THRESHOLD</source>
        <translation>DICHT BIJ DE DREMPELWAARDE</translation>
    </message>
    <message>
        <source>{sampled}; processed {processed}</source>
        <translation>{sampled}; verwerkt {processed}</translation>
    </message>
    <message>
        <source>PROVISIONAL: day {day} of 9.</source>
        <translation>VOORLOPIG: dag {day} van 9.</translation>
    </message>
    <message>
        <source>Final.</source>
        <translation>Definitief.</translation>
    </message>
    <message>
        <source>* missing day: the last value carried forward; ° not over yet: carried forward for now; † from the day of death: counted 24.</source>
        <translation>* ontbrekende dag: laatste waarde overgenomen; ° nog niet voorbij: voorlopig overgenomen; † vanaf de dag van overlijden: geteld als 24.</translation>
    </message>
    <message>
        <source>Study day</source>
        <translation>Studiedag</translation>
    </message>
    <message>
        <source>The file changed while it was being read (is it still being written?); open it again when it is complete.</source>
        <translation>Het bestand is gewijzigd terwijl het werd gelezen (wordt het nog geschreven?); open het opnieuw wanneer het compleet is.</translation>
    </message>
    <message>
        <source>there is no stored assessment to export for this patient</source>
        <translation>er is geen opgeslagen beoordeling van deze patiënt om te exporteren</translation>
    </message>
    <message>
        <source>the export is not valid FHIR R4: {problems}</source>
        <translation>de export voldoet niet aan FHIR R4: {problems}</translation>
    </message>
    <message>
        <source>a patient identifier is needed</source>
        <translation>er is een patiënt-ID nodig</translation>
    </message>
    <message>
        <source>the report to attach is not a PDF file</source>
        <translation>het bij te voegen rapport is geen PDF-bestand</translation>
    </message>
    <message>
        <source>the PDF has no current assessment to belong to</source>
        <translation>er is geen actuele beoordeling waar de PDF bij hoort</translation>
    </message>
    <message>
        <source>This cohort was classified with another rule set; import the file again.</source>
        <translation>Dit cohort is met een andere regelset geclassificeerd; importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>The file is neither an HL7 v2 nor a FHIR JSON file; the inbox reads laboratory messages only.</source>
        <translation>Het bestand is geen HL7 v2-bestand en geen FHIR-JSON-bestand; de inbox leest alleen laboratoriumberichten.</translation>
    </message>
    <message>
        <source>Another inbox runner is working on {folder}; this pass was skipped.</source>
        <translation>Een ander inboxproces werkt aan {folder}; deze ronde is overgeslagen.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} cannot be used: {error}.</source>
        <translation>De inboxmap {folder} kan niet worden gebruikt: {error}.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>Het bestand kan niet worden gelezen: {error}.</translation>
    </message>
    <message>
        <source>Not stored: {error}</source>
        <translation>Niet opgeslagen: {error}</translation>
    </message>
    <message>
        <source>A reason is needed to correct an assessment.</source>
        <translation>Om een beoordeling te corrigeren is een reden vereist.</translation>
    </message>
    <message>
        <source>Assessment #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Beoordeling #{id} is al gecorrigeerd door #{newer}; corrigeer de nieuwste versie.</translation>
    </message>
    <message>
        <source>An imported row was classified with another rule set; import the file again.</source>
        <translation>Een geïmporteerde rij is met een andere regelset geclassificeerd; importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>rapport geschreven</translation>
    </message>
    <message>
        <source>report failed</source>
        <translation>rapport mislukt</translation>
    </message>
    <message>
        <source>rejected at import</source>
        <translation>afgewezen bij het importeren</translation>
    </message>
    <message>
        <source>not done: cancelled</source>
        <translation>niet uitgevoerd: geannuleerd</translation>
    </message>
    <message>
        <source>cohort summary not written: {kind}</source>
        <translation>cohortoverzicht niet geschreven: {kind}</translation>
    </message>
    <message>
        <source>{file} not written: {kind}</source>
        <translation>{file} niet geschreven: {kind}</translation>
    </message>
    <message>
        <source>This patient has no saved assessment yet; save the assessment first (the checklist is stored with it).</source>
        <translation>Voor deze patiënt is nog geen beoordeling opgeslagen; sla eerst de beoordeling op (de checklist wordt erbij opgeslagen).</translation>
    </message>
    <message>
        <source>This patient has no saved assessment yet; save the assessment first (the HScore is stored with it).</source>
        <translation>Voor deze patiënt is nog geen beoordeling opgeslagen; sla eerst de beoordeling op (de HScore wordt erbij opgeslagen).</translation>
    </message>
    <message>
        <source>Day {day} is before day 1, the day of phenotyping.</source>
        <translation>Dag {day} ligt vóór dag 1, de dag van fenotypering.</translation>
    </message>
    <message>
        <source>{date} is day {placed} of this patient&apos;s course (day 1 is {day_one}), not day {day}.</source>
        <translation>{date} is dag {placed} van het beloop van deze patiënt (dag 1 is {day_one}), niet dag {day}.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day_one}).</source>
        <translation>{date} ligt vóór dag 1 ({day_one}).</translation>
    </message>
    <message>
        <source>{date} is after today; a SOFA is recorded for a day that has begun.</source>
        <translation>{date} ligt na vandaag; een SOFA wordt geregistreerd voor een dag die al begonnen is.</translation>
    </message>
    <message>
        <source>The HScore needs all nine variables before it can be saved.</source>
        <translation>De HScore heeft alle negen variabelen nodig voordat hij kan worden opgeslagen.</translation>
    </message>
    <message>
        <source>Day {day} already has a SOFA (record #{record}); correct that record instead.</source>
        <translation>Dag {day} heeft al een SOFA (registratie #{record}); corrigeer in plaats daarvan die registratie.</translation>
    </message>
    <message>
        <source>{date} is after the recorded death ({death}); no SOFA is kept after it.</source>
        <translation>{date} ligt na het geregistreerde overlijden ({death}); na het overlijden wordt geen SOFA bewaard.</translation>
    </message>
    <message>
        <source>The date of day {day} is needed: no day 1 is recorded yet for this patient.</source>
        <translation>De datum van dag {day} is nodig: voor deze patiënt is nog geen dag 1 geregistreerd.</translation>
    </message>
    <message>
        <source>A death is already recorded (record #{record}); correct that record instead.</source>
        <translation>Er is al een overlijden geregistreerd (registratie #{record}); corrigeer in plaats daarvan die registratie.</translation>
    </message>
    <message>
        <source>{date} is after today.</source>
        <translation>{date} ligt na vandaag.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day_one}) of this patient&apos;s SOFA course.</source>
        <translation>{date} ligt vóór dag 1 ({day_one}) van het SOFA-beloop van deze patiënt.</translation>
    </message>
    <message>
        <source>Day {day} has a SOFA after that date; correct or mark it first.</source>
        <translation>Dag {day} heeft een SOFA na die datum; corrigeer die SOFA eerst of markeer hem als foutieve invoer.</translation>
    </message>
    <message>
        <source>Assessment #{assessment} already has an eligibility checklist (record #{record}); correct that record instead.</source>
        <translation>Beoordeling #{assessment} heeft al een inclusiechecklist (registratie #{record}); corrigeer in plaats daarvan die registratie.</translation>
    </message>
    <message>
        <source>Assessment #{id} is not one of this patient&apos;s.</source>
        <translation>Beoordeling #{id} hoort niet bij deze patiënt.</translation>
    </message>
    <message>
        <source>The site configuration cannot be used: {error}</source>
        <extracomment>{error}: what is wrong in site.toml (its file and key), in English</extracomment>
        <translation>De configuratie van de instelling kan niet worden gebruikt: {error}</translation>
    </message>
    <message>
        <source>The site configuration names no ward database server.</source>
        <translation>De configuratie van de instelling noemt geen server voor de afdelingsdatabase.</translation>
    </message>
    <message>
        <source>The site configuration&apos;s database URL {url} must name an absolute file path (sqlite:////path/clinical.sqlite).</source>
        <translation>De database-URL {url} in de configuratie van de instelling moet een absoluut bestandspad noemen (sqlite:////path/clinical.sqlite).</translation>
    </message>
    <message>
        <source>Ask IT to correct it.</source>
        <translation>Vraag de IT-afdeling dit te corrigeren.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created: {reason}.</source>
        <translation>De gegevensmap {folder} kan niet worden aangemaakt: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder (--data-dir or IMMUNOSEP_DATA_DIR) or ask IT.</source>
        <translation>Kies een andere map (--data-dir of IMMUNOSEP_DATA_DIR) of vraag de IT-afdeling om hulp.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>De back-up kan niet over de database zelf heen worden geschreven.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer (package postgresql-client). Run instead, where it is: {command}</source>
        <translation>pg_dump is niet geïnstalleerd op deze computer (pakket postgresql-client). Voer in plaats daarvan uit op een computer waar het wel geïnstalleerd is: {command}</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name or use --force to replace it.</source>
        <translation>{file} bestaat al; kies een nieuwe bestandsnaam of gebruik --force om het bestand te vervangen.</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>{file} is een map; geef een bestandsnaam op voor de back-up.</translation>
    </message>
    <message>
        <source>pg_dump failed ({detail}); no backup was written.</source>
        <translation>pg_dump is mislukt ({detail}); er is geen back-up geschreven.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({detail}).</source>
        <translation>De back-upkopie heeft de controle niet doorstaan ({detail}).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing from it was stored.</source>
        <translation>De import is geannuleerd; er is niets van opgeslagen.</translation>
    </message>
    <message>
        <source>Row {row}: {error}</source>
        <extracomment>{row}: a row of the imported file; {error}: why its patient identifier was refused (a whole sentence)</extracomment>
        <translation>Rij {row}: {error}</translation>
    </message>
    <message>
        <source>Nothing from this file was stored.</source>
        <translation>Er is niets uit dit bestand opgeslagen.</translation>
    </message>
    <message>
        <source>Ask IT to run &apos;immunosep db migrate --db-user OWNER&apos; (the database owner role) once; workstations cannot change the schema.</source>
        <translation>Vraag de IT-afdeling om eenmalig &apos;immunosep db migrate --db-user OWNER&apos; uit te voeren (de eigenaarsrol van de database); werkstations kunnen het schema niet wijzigen.</translation>
    </message>
    <message>
        <source>{file} is a training database and cannot be opened as the clinical database: training and clinical records are kept strictly apart.</source>
        <translation>{file} is een trainingsdatabase en kan niet als klinische database worden geopend: trainings- en klinische gegevens worden strikt gescheiden gehouden.</translation>
    </message>
    <message>
        <source>The ward database {server} is a training database, not the clinical database: training and clinical records are kept strictly apart.</source>
        <translation>De afdelingsdatabase {server} is een trainingsdatabase, niet de klinische database: trainings- en klinische gegevens worden strikt gescheiden gehouden.</translation>
    </message>
    <message>
        <source>The ward database {server} is not marked as a clinical database and cannot be used: training and clinical records are kept strictly apart.</source>
        <translation>De afdelingsdatabase {server} is niet als klinische database gemarkeerd en kan niet worden gebruikt: trainings- en klinische gegevens worden strikt gescheiden gehouden.</translation>
    </message>
    <message>
        <source>The ward database {server} has schema {revision}, but this app needs schema {head}.</source>
        <translation>De afdelingsdatabase {server} heeft schema {revision}, maar deze app heeft schema {head} nodig.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database but not an ImmunoSep database; choose another data folder.</source>
        <translation>{file} is een SQLite-database, maar geen ImmunoSep-database; kies een andere gegevensmap.</translation>
    </message>
    <message>
        <source>The file was left as it was.</source>
        <translation>Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>{file} is a clinical database and cannot be opened as the training database: training and clinical records are kept strictly apart.</source>
        <translation>{file} is een klinische database en kan niet als trainingsdatabase worden geopend: trainings- en klinische gegevens worden strikt gescheiden gehouden.</translation>
    </message>
    <message>
        <source>{file} is marked neither as a clinical nor as a training database and cannot be opened: training and clinical records are kept strictly apart.</source>
        <translation>{file} is noch als klinische database noch als trainingsdatabase gemarkeerd en kan niet worden geopend: trainings- en klinische gegevens worden strikt gescheiden gehouden.</translation>
    </message>
    <message>
        <source>The ward database {server} is empty, but this app needs schema {head}.</source>
        <translation>De afdelingsdatabase {server} is leeg, maar deze app heeft schema {head} nodig.</translation>
    </message>
    <message>
        <source>Nothing of this operation was saved.</source>
        <translation>Niets van deze bewerking is opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Free some disk space (or ask IT), then try again.</source>
        <translation>Maak schijfruimte vrij (of vraag de IT-afdeling om hulp) en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Check the disk, then try again.</source>
        <translation>Controleer de schijf en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Ask IT to give this account write access to the database file and its folder.</source>
        <translation>Vraag de IT-afdeling om dit account schrijfrechten te geven op het databasebestand en de map ervan.</translation>
    </message>
    <message>
        <source>Keep the file for investigation and restore the latest backup.</source>
        <translation>Bewaar het bestand voor onderzoek en zet de laatste back-up terug.</translation>
    </message>
    <message>
        <source>Keep the file for investigation and restore the latest backup (immunosep db backup makes one).</source>
        <translation>Bewaar het bestand voor onderzoek en zet de laatste back-up terug (immunosep db backup maakt er een).</translation>
    </message>
    <message>
        <source>Tell IT.</source>
        <translation>Meld het aan de IT-afdeling.</translation>
    </message>
    <message>
        <source>Nothing is stored on this computer instead; try again when the server is back, or ask IT if this persists.</source>
        <translation>Er wordt in plaats daarvan niets op deze computer opgeslagen; probeer het opnieuw wanneer de server weer beschikbaar is, of vraag de IT-afdeling om hulp als het probleem aanhoudt.</translation>
    </message>
    <message>
        <source>Ask IT to check the database role and its password (OS keyring or .pgpass) or Kerberos ticket.</source>
        <translation>Vraag de IT-afdeling om de databaserol en het wachtwoord ervan (sleutelbos van het besturingssysteem of .pgpass) of het Kerberos-ticket te controleren.</translation>
    </message>
    <message>
        <source>Use the newer version of the app that wrote it.</source>
        <translation>Gebruik de nieuwere versie van de app waarmee de database is geschreven.</translation>
    </message>
    <message>
        <source>The database refused the record ({detail}).</source>
        <translation>De database heeft de registratie geweigerd ({detail}).</translation>
    </message>
    <message>
        <source>Some text given for the record is not valid Unicode (bytes that are not UTF-8).</source>
        <translation>Een deel van de tekst die voor de registratie is opgegeven, is geen geldige Unicode (bytes die geen UTF-8 zijn).</translation>
    </message>
    <message>
        <source>The disk holding the database {file} is full.</source>
        <translation>De schijf met de database {file} is vol.</translation>
    </message>
    <message>
        <source>The disk holding the backup {file} is full.</source>
        <translation>De schijf met de back-up {file} is vol.</translation>
    </message>
    <message>
        <source>The disk holding the ward database {server} is full.</source>
        <translation>De schijf met de afdelingsdatabase {server} is vol.</translation>
    </message>
    <message>
        <source>The database {file} is read-only for this user.</source>
        <translation>De database {file} is alleen-lezen voor deze gebruiker.</translation>
    </message>
    <message>
        <source>The backup {file} is read-only for this user.</source>
        <translation>De back-up {file} is alleen-lezen voor deze gebruiker.</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened (the file or its folder is missing or not accessible).</source>
        <translation>De database {file} kan niet worden geopend (het bestand of de map ervan ontbreekt of is niet toegankelijk).</translation>
    </message>
    <message>
        <source>The backup {file} cannot be opened (the file or its folder is missing or not accessible).</source>
        <translation>De back-up {file} kan niet worden geopend (het bestand of de map ervan ontbreekt of is niet toegankelijk).</translation>
    </message>
    <message>
        <source>The database {file} is busy: another program kept it locked for too long.</source>
        <translation>De database {file} is bezet: een ander programma heeft deze te lang vergrendeld gehouden.</translation>
    </message>
    <message>
        <source>The backup {file} is busy: another program kept it locked for too long.</source>
        <translation>De back-up {file} is bezet: een ander programma heeft deze te lang vergrendeld gehouden.</translation>
    </message>
    <message>
        <source>The database {file} is damaged or is not an ImmunoSep database ({detail}).</source>
        <translation>De database {file} is beschadigd of is geen ImmunoSep-database ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} is damaged or is not an ImmunoSep database ({detail}).</source>
        <translation>De back-up {file} is beschadigd of is geen ImmunoSep-database ({detail}).</translation>
    </message>
    <message>
        <source>A disk error stopped writing the database {file} ({detail}).</source>
        <translation>Een schijffout heeft het schrijven van de database {file} onderbroken ({detail}).</translation>
    </message>
    <message>
        <source>A disk error stopped writing the backup {file} ({detail}).</source>
        <translation>Een schijffout heeft het schrijven van de back-up {file} onderbroken ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} could not be used ({detail}).</source>
        <translation>De database {file} kon niet worden gebruikt ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} could not be used ({detail}).</source>
        <translation>De back-up {file} kon niet worden gebruikt ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} could not be used ({detail}).</source>
        <translation>De afdelingsdatabase {server} kon niet worden gebruikt ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} could not be used: {reason}.</source>
        <translation>De database {file} kon niet worden gebruikt: {reason}.</translation>
    </message>
    <message>
        <source>The backup {file} could not be used: {reason}.</source>
        <translation>De back-up {file} kon niet worden gebruikt: {reason}.</translation>
    </message>
    <message>
        <source>The ward database {server} could not be used: {reason}.</source>
        <translation>De afdelingsdatabase {server} kon niet worden gebruikt: {reason}.</translation>
    </message>
    <message>
        <source>The database {file} cannot be written: {reason}.</source>
        <translation>Er kan niet naar de database {file} worden geschreven: {reason}.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be written: {reason}.</source>
        <translation>Er kan niet naar de back-up {file} worden geschreven: {reason}.</translation>
    </message>
    <message>
        <source>The ward database {server} cannot be written: {reason}.</source>
        <translation>Er kan niet naar de afdelingsdatabase {server} worden geschreven: {reason}.</translation>
    </message>
    <message>
        <source>The database {file} failed ({error}).</source>
        <translation>Er is een fout opgetreden in de database {file} ({error}).</translation>
    </message>
    <message>
        <source>The backup {file} failed ({error}).</source>
        <translation>Er is een fout opgetreden bij de back-up {file} ({error}).</translation>
    </message>
    <message>
        <source>The ward database {server} failed ({error}).</source>
        <translation>Er is een fout opgetreden in de afdelingsdatabase {server} ({error}).</translation>
    </message>
    <message>
        <source>The ward database {server} refused the login ({detail}).</source>
        <translation>De afdelingsdatabase {server} heeft de aanmelding geweigerd ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} refused the operation: the database role lacks a privilege ({detail}).</source>
        <translation>De afdelingsdatabase {server} heeft de bewerking geweigerd: de databaserol mist een recht ({detail}).</translation>
    </message>
    <message>
        <source>The server of the ward database {server} is out of disk space or memory ({detail}).</source>
        <translation>De server van de afdelingsdatabase {server} heeft geen schijfruimte of geheugen meer ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} accepts no writes at the moment (read-only server).</source>
        <translation>De afdelingsdatabase {server} accepteert op dit moment geen schrijfbewerkingen (de server is alleen-lezen).</translation>
    </message>
    <message>
        <source>The ward database {server} is busy ({detail}).</source>
        <translation>De afdelingsdatabase {server} is bezet ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} cannot be reached ({detail}).</source>
        <translation>De afdelingsdatabase {server} is niet bereikbaar ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} has schema {revision}, newer than this app understands ({head}).</source>
        <translation>De database {file} heeft schema {revision}, nieuwer dan deze app kan verwerken ({head}).</translation>
    </message>
    <message>
        <source>The ward database {server} has schema {revision}, newer than this app understands ({head}).</source>
        <translation>De afdelingsdatabase {server} heeft schema {revision}, nieuwer dan deze app kan verwerken ({head}).</translation>
    </message>
    <message>
        <source>The database {file} has schema version {version}, newer than this app understands.</source>
        <translation>De database {file} heeft schemaversie {version}, nieuwer dan deze app kan verwerken.</translation>
    </message>
    <message>
        <source>The ward database {server} has schema version {version}, newer than this app understands.</source>
        <translation>De afdelingsdatabase {server} heeft schemaversie {version}, nieuwer dan deze app kan verwerken.</translation>
    </message>
    <message>
        <source>SQLite databases are corrupted by the unreliable file locking of network shares.</source>
        <translation>SQLite-databases raken beschadigd door de onbetrouwbare bestandsvergrendeling van netwerkshares.</translation>
    </message>
    <message>
        <source>Choose a folder on this computer&apos;s own disk (--data-dir or IMMUNOSEP_DATA_DIR); a shared hospital database server is the supported way to share records.</source>
        <translation>Kies een map op de eigen schijf van deze computer (--data-dir of IMMUNOSEP_DATA_DIR); een gedeelde databaseserver van het ziekenhuis is de ondersteunde manier om gegevens te delen.</translation>
    </message>
    <message>
        <source>The database folder {folder} cannot be used because it is on a network file system ({fstype}).</source>
        <translation>De databasemap {folder} kan niet worden gebruikt omdat deze op een netwerkbestandssysteem staat ({fstype}).</translation>
    </message>
    <message>
        <source>The data folder {folder} exists but is not a folder.</source>
        <translation>De gegevensmap {folder} bestaat, maar is geen map.</translation>
    </message>
    <message>
        <source>The database folder {folder} cannot be used because it is on a network drive or UNC share.</source>
        <translation>De databasemap {folder} kan niet worden gebruikt omdat deze op een netwerkstation of UNC-share staat.</translation>
    </message>
    <message>
        <source>The {field} contains bytes that are not valid UTF-8 text; type it again.</source>
        <extracomment>{field}: the name of a stored column, shown as it is</extracomment>
        <translation>Het veld {field} bevat bytes die geen geldige UTF-8-tekst zijn; typ het opnieuw.</translation>
    </message>
    <message>
        <source>A reason is needed to mark a record as entered in error.</source>
        <translation>Om een registratie als foutieve invoer te markeren is een reden vereist.</translation>
    </message>
    <message>
        <source>The patient identifier contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>De patiënt-ID bevat bytes die geen geldige UTF-8-tekst zijn; typ de ID opnieuw.</translation>
    </message>
    <message>
        <source>The pseudonym contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Het pseudoniem bevat bytes die geen geldige UTF-8-tekst zijn; typ het opnieuw.</translation>
    </message>
    <message>
        <source>The correction reason contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>De reden voor de correctie bevat bytes die geen geldige UTF-8-tekst zijn; typ deze opnieuw.</translation>
    </message>
    <message>
        <source>The reason contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>De reden bevat bytes die geen geldige UTF-8-tekst zijn; typ deze opnieuw.</translation>
    </message>
    <message>
        <source>There is no assessment #{id}.</source>
        <translation>Er is geen beoordeling #{id}.</translation>
    </message>
    <message>
        <source>Assessment #{id} is already marked as entered in error.</source>
        <translation>Beoordeling #{id} is al gemarkeerd als foutieve invoer.</translation>
    </message>
    <message>
        <source>Record #{id} is already marked as entered in error.</source>
        <translation>Registratie #{id} is al gemarkeerd als foutieve invoer.</translation>
    </message>
    <message>
        <source>A patient identifier is needed to save an assessment.</source>
        <translation>Om een beoordeling op te slaan is een patiënt-ID vereist.</translation>
    </message>
    <message>
        <source>There is no daily SOFA #{id}.</source>
        <translation>Er is geen dagelijkse SOFA #{id}.</translation>
    </message>
    <message>
        <source>There is no death record #{id}.</source>
        <translation>Er is geen overlijdensregistratie #{id}.</translation>
    </message>
    <message>
        <source>There is no eligibility checklist #{id}.</source>
        <translation>Er is geen inclusiechecklist #{id}.</translation>
    </message>
    <message>
        <source>There is no HScore #{id}.</source>
        <translation>Er is geen HScore #{id}.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>De dagelijkse SOFA #{id} is al gecorrigeerd door #{newer}; corrigeer de nieuwste versie.</translation>
    </message>
    <message>
        <source>The death record #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>De overlijdensregistratie #{id} is al gecorrigeerd door #{newer}; corrigeer de nieuwste versie.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>De inclusiechecklist #{id} is al gecorrigeerd door #{newer}; corrigeer de nieuwste versie.</translation>
    </message>
    <message>
        <source>The HScore #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>De HScore #{id} is al gecorrigeerd door #{newer}; corrigeer de nieuwste versie.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>De dagelijkse SOFA #{id} is gemarkeerd als foutieve invoer; voer in plaats daarvan een nieuwe in.</translation>
    </message>
    <message>
        <source>The death record #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>De overlijdensregistratie #{id} is gemarkeerd als foutieve invoer; voer in plaats daarvan een nieuwe in.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>De inclusiechecklist #{id} is gemarkeerd als foutieve invoer; voer in plaats daarvan een nieuwe in.</translation>
    </message>
    <message>
        <source>The HScore #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>De HScore #{id} is gemarkeerd als foutieve invoer; voer in plaats daarvan een nieuwe in.</translation>
    </message>
    <message>
        <source>A reason is needed to correct a daily SOFA.</source>
        <translation>Om een dagelijkse SOFA te corrigeren is een reden vereist.</translation>
    </message>
    <message>
        <source>A reason is needed to correct a death record.</source>
        <translation>Om een overlijdensregistratie te corrigeren is een reden vereist.</translation>
    </message>
    <message>
        <source>A reason is needed to correct an eligibility checklist.</source>
        <translation>Om een inclusiechecklist te corrigeren is een reden vereist.</translation>
    </message>
    <message>
        <source>A reason is needed to correct an HScore.</source>
        <translation>Om een HScore te corrigeren is een reden vereist.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} belongs to another patient.</source>
        <translation>De dagelijkse SOFA #{id} hoort bij een andere patiënt.</translation>
    </message>
    <message>
        <source>The death record #{id} belongs to another patient.</source>
        <translation>De overlijdensregistratie #{id} hoort bij een andere patiënt.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} belongs to another patient.</source>
        <translation>De inclusiechecklist #{id} hoort bij een andere patiënt.</translation>
    </message>
    <message>
        <source>The HScore #{id} belongs to another patient.</source>
        <translation>De HScore #{id} hoort bij een andere patiënt.</translation>
    </message>
    <message>
        <source>SQLite refused WAL journal mode (got {mode}).</source>
        <translation>SQLite heeft de WAL-journaalmodus geweigerd (resultaat: {mode}).</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened: it or its folder is read-only for this user.</source>
        <translation>De database {file} kan niet worden geopend: het bestand of de map ervan is alleen-lezen voor deze gebruiker.</translation>
    </message>
    <message>
        <source>immunoparalysis</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>immunoparalyse</translation>
    </message>
    <message>
        <source>unclassified</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>ongeclassificeerd</translation>
    </message>
    <message>
        <source>Trial day-15 reversal definitions (information only; outcome definitions, not treatment rules):</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Definities van herstel op dag 15 in de studie (alleen ter informatie; uitkomstdefinities, geen behandelregels):</translation>
    </message>
    <message>
        <source>Immunoparalysis reversal: HLA-DR &gt; 8000 AB/C with ferritin &lt; 4420 ng/mL. 8000 is not the entry threshold (5000 AB/C).</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Herstel van immunoparalyse: HLA-DR &gt; 8000 AB/C met ferritine &lt; 4420 ng/mL. 8000 is niet de inclusiedrempel (5000 AB/C).</translation>
    </message>
    <message>
        <source>MALS reversal: defined by a fall in ferritin with a 15 % threshold; the exact wording has not been verified against the trial&apos;s statistical analysis plan.</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Herstel van MALS: gedefinieerd als een daling van ferritine met een drempel van 15 %; de exacte formulering is niet geverifieerd aan de hand van het statistisch analyseplan van de studie.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>vervuld</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet vervuld</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>niet beslist</translation>
    </message>
    <message>
        <source>Criterion of the rule</source>
        <translation>Criterium van de regel</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Used by the rule</source>
        <translation>Gebruikt door de regel</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Vervuld</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Afnametijd</translation>
    </message>
    <message>
        <source>{label} in full (as entered): {value}</source>
        <translation>{label} volledig (zoals ingevoerd): {value}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Patiëntnummer</translation>
    </message>
    <message>
        <source>this patient</source>
        <translation>deze patiënt</translation>
    </message>
    <message>
        <source>Key points of the ImmunoSep evidence</source>
        <translation>Kernpunten van het ImmunoSep-bewijs</translation>
    </message>
    <message>
        <source>doi:{doi} · {registry}</source>
        <translation>doi:{doi} · {registry}</translation>
    </message>
    <message>
        <source>Training case note: {note}</source>
        <translation>Toelichting bij de trainingscasus: {note}</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Waarschuwingen:</translation>
    </message>
    <message>
        <source>not usable: {unit} cannot be converted to AB/C</source>
        <translation>niet bruikbaar: {unit} kan niet worden omgerekend naar AB/C</translation>
    </message>
    <message>
        <source>Reviewed by (name)</source>
        <translation>Beoordelaar (naam)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Paraaf</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Training case note</source>
        <translation>Toelichting bij de trainingscasus</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm: {arm} (evidence, not an order).</source>
        <translation>ImmunoSep-studiearm: {arm} (bewijs, geen voorschrift).</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Geen waarschuwingen.</translation>
    </message>
    <message>
        <source>Patient label</source>
        <translation>Patiëntsticker</translation>
    </message>
    <message>
        <source>No point on the map: ferritin is needed to place the patient.</source>
        <translation>Geen punt op de kaart: ferritine is nodig om de patiënt te plaatsen.</translation>
    </message>
    <message>
        <source>Patient: {id}</source>
        <translation>Patiënt: {id}</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelset</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijsbasis</translation>
    </message>
    <message>
        <source>{version}, cut-off {cutoff}</source>
        <translation>{version}, peildatum {cutoff}</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Applicatie</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Aangemaakt door</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkstation</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Values from</source>
        <translation>Waarden uit</translation>
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
            <numerusform>{n} ferritinewaarde van 0 ng/mL kan niet op de logaritmische as worden weergegeven.</numerusform>
            <numerusform>{n} ferritinewaarden van 0 ng/mL kunnen niet op de logaritmische as worden weergegeven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {patient} — {result}</source>
        <translation>Rij {row}: {patient} — {result}</translation>
    </message>
    <message>
        <source>{entry} — near threshold</source>
        <translation>{entry} — dicht bij de drempelwaarde</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Rijen in het bestand</translation>
    </message>
    <message>
        <source>Near a threshold</source>
        <translation>Dicht bij een drempelwaarde</translation>
    </message>
    <message>
        <source>Rejected at import</source>
        <translation>Bij import geweigerd</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>Rapporten geschreven</translation>
    </message>
    <message>
        <source>Reports failed</source>
        <translation>Rapporten mislukt</translation>
    </message>
    <message>
        <source>Not done (cancelled)</source>
        <translation>Niet gemaakt (geannuleerd)</translation>
    </message>
    <message>
        <source>ferritin</source>
        <translation>ferritine</translation>
    </message>
    <message>
        <source>{analyte} {time}</source>
        <translation>{analyte} {time}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>ImmunoSep reports: {source}</source>
        <translation>ImmunoSep-rapporten: {source}</translation>
    </message>
    <message>
        <source>corrects #{id}: {reason}</source>
        <translation>corrigeert #{id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by #{id}</source>
        <translation>vervangen door #{id}</translation>
    </message>
    <message>
        <source>MALS</source>
        <extracomment>desktop_app.core.charts | desktop_app.core.trend</extracomment>
        <translation>MALS</translation>
    </message>
    <message>
        <source>Immunoparalysis</source>
        <extracomment>desktop_app.core.charts</extracomment>
        <translation>Immunoparalyse</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <extracomment>desktop_app.core.charts</extracomment>
        <translation>Ongeclassificeerd</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <extracomment>| desktop_app.core.charts</extracomment>
        <translation>Classificatie niet mogelijk</translation>
    </message>
    <message>
        <source>MALS (macrophage activation-like syndrome)</source>
        <extracomment>Phenotype.MALS label</extracomment>
        <translation>MALS (macrofaagactivatie-achtig syndroom)</translation>
    </message>
    <message>
        <source>Immunoparalysis (sepsis-induced)</source>
        <extracomment>Phenotype.IMMUNOPARALYSIS label</extracomment>
        <translation>Immunoparalyse (door sepsis geïnduceerd)</translation>
    </message>
    <message>
        <source>Unclassified (neither ImmunoSep phenotype)</source>
        <extracomment>Phenotype.UNCLASSIFIED label</extracomment>
        <translation>Ongeclassificeerd (geen van beide ImmunoSep-fenotypen)</translation>
    </message>
    <message>
        <source>anakinra</source>
        <extracomment>TreatmentArm.ANAKINRA label</extracomment>
        <translation>anakinra</translation>
    </message>
    <message>
        <source>recombinant interferon-γ</source>
        <extracomment>TreatmentArm.INTERFERON_GAMMA label</extracomment>
        <translation>recombinant interferon-γ</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>{name} message</source>
        <translation>{name}: melding</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>MALS: ferritin far above 4420</source>
        <comment>DEMO-001/title</comment>
        <extracomment>Training case DEMO-001, title</extracomment>
        <translation>MALS: ferritine ver boven 4420</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-001/topic</comment>
        <extracomment>Training case DEMO-001, topic</extracomment>
        <translation>fenotype</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL is MALS whatever HLA-DR is. HLA-DR is shown in the criteria table but is not needed for this decision.</source>
        <comment>DEMO-001/note</comment>
        <extracomment>Training case DEMO-001, note</extracomment>
        <translation>Ferritine &gt; 4420 ng/mL is MALS, wat HLA-DR ook is. HLA-DR staat in de criteriatabel maar is voor deze beslissing niet nodig.</translation>
    </message>
    <message>
        <source>Immunoparalysis: low HLA-DR, ferritin not high</source>
        <comment>DEMO-002/title</comment>
        <extracomment>Training case DEMO-002, title</extracomment>
        <translation>Immunoparalyse: laag HLA-DR, ferritine niet hoog</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-002/topic</comment>
        <extracomment>Training case DEMO-002, topic</extracomment>
        <translation>fenotype</translation>
    </message>
    <message>
        <source>Immunoparalysis needs both: ferritin ≤ 4420 ng/mL (so not MALS) and HLA-DR &lt; 5000 antibodies bound per monocyte.</source>
        <comment>DEMO-002/note</comment>
        <extracomment>Training case DEMO-002, note</extracomment>
        <translation>Immunoparalyse vereist beide: ferritine ≤ 4420 ng/mL (dus geen MALS) en HLA-DR &lt; 5000 gebonden antilichamen per monocyt.</translation>
    </message>
    <message>
        <source>Unclassified: neither phenotype</source>
        <comment>DEMO-003/title</comment>
        <extracomment>Training case DEMO-003, title</extracomment>
        <translation>Ongeclassificeerd: geen van beide fenotypen</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-003/topic</comment>
        <extracomment>Training case DEMO-003, topic</extracomment>
        <translation>fenotype</translation>
    </message>
    <message>
        <source>A real result, not a refusal: the values are complete and fit neither stratum. The trial did not enrol such patients, so its evidence does not apply.</source>
        <comment>DEMO-003/note</comment>
        <extracomment>Training case DEMO-003, note</extracomment>
        <translation>Een echte uitkomst, geen weigering: de waarden zijn volledig en passen bij geen enkel stratum. De studie nam zulke patiënten niet op, dus het bewijs ervan is niet van toepassing.</translation>
    </message>
    <message>
        <source>Both criteria met: MALS takes precedence</source>
        <comment>DEMO-004/title</comment>
        <extracomment>Training case DEMO-004, title</extracomment>
        <translation>Beide criteria vervuld: MALS heeft voorrang</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-004/topic</comment>
        <extracomment>Training case DEMO-004, topic</extracomment>
        <translation>fenotype</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 and HLA-DR &lt; 5000: as in the trial protocol the patient is MALS (anakinra arm), not immunoparalysis. µg/L equals ng/mL.</source>
        <comment>DEMO-004/note</comment>
        <extracomment>Training case DEMO-004, note</extracomment>
        <translation>Ferritine &gt; 4420 en HLA-DR &lt; 5000: zoals in het studieprotocol is de patiënt MALS (anakinra-arm), geen immunoparalyse. µg/L is gelijk aan ng/mL.</translation>
    </message>
    <message>
        <source>Cannot classify: ferritin missing</source>
        <comment>DEMO-005/title</comment>
        <extracomment>Training case DEMO-005, title</extracomment>
        <translation>Classificatie niet mogelijk: ferritine ontbreekt</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-005/topic</comment>
        <extracomment>Training case DEMO-005, topic</extracomment>
        <translation>classificatie niet mogelijk</translation>
    </message>
    <message>
        <source>A low HLA-DR alone is not immunoparalysis: ferritin must first rule out MALS. The app refuses rather than guesses.</source>
        <comment>DEMO-005/note</comment>
        <extracomment>Training case DEMO-005, note</extracomment>
        <translation>Een laag HLA-DR alleen is geen immunoparalyse: ferritine moet eerst MALS uitsluiten. De app weigert liever dan te gokken.</translation>
    </message>
    <message>
        <source>Cannot classify: censored ferritin spans 4420</source>
        <comment>DEMO-006/title</comment>
        <extracomment>Training case DEMO-006, title</extracomment>
        <translation>Classificatie niet mogelijk: gecensureerde ferritine omvat 4420</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-006/topic</comment>
        <extracomment>Training case DEMO-006, topic</extracomment>
        <translation>classificatie niet mogelijk</translation>
    </message>
    <message>
        <source>&quot;&gt;3000&quot; could be 3500 (not MALS) or 9000 (MALS). A censored value decides only when its whole range lies on one side of the threshold; ask the lab for the exact value.</source>
        <comment>DEMO-006/note</comment>
        <extracomment>Training case DEMO-006, note</extracomment>
        <translation>&quot;&gt;3000&quot; kan 3500 (geen MALS) of 9000 (MALS) zijn. Een gecensureerde waarde beslist alleen als het hele bereik aan één kant van de drempelwaarde ligt; vraag het laboratorium om de exacte waarde.</translation>
    </message>
    <message>
        <source>Cannot classify: HLA-DR missing</source>
        <comment>DEMO-007/title</comment>
        <extracomment>Training case DEMO-007, title</extracomment>
        <translation>Classificatie niet mogelijk: HLA-DR ontbreekt</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-007/topic</comment>
        <extracomment>Training case DEMO-007, topic</extracomment>
        <translation>classificatie niet mogelijk</translation>
    </message>
    <message>
        <source>Ferritin ≤ 4420 rules out MALS; whether the patient is immunoparalysed or unclassified depends on HLA-DR, which is not available yet.</source>
        <comment>DEMO-007/note</comment>
        <extracomment>Training case DEMO-007, note</extracomment>
        <translation>Ferritine ≤ 4420 sluit MALS uit; of de patiënt immunoparalyse heeft of ongeclassificeerd is, hangt af van HLA-DR, dat nog niet beschikbaar is.</translation>
    </message>
    <message>
        <source>Cannot classify: HLA-DR in % positive monocytes</source>
        <comment>DEMO-008/title</comment>
        <extracomment>Training case DEMO-008, title</extracomment>
        <translation>Classificatie niet mogelijk: HLA-DR in % positieve monocyten</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-008/topic</comment>
        <extracomment>Training case DEMO-008, topic</extracomment>
        <translation>classificatie niet mogelijk</translation>
    </message>
    <message>
        <source>45 % HLA-DR-positive monocytes is a different quantity from antibodies bound per cell; read as AB/C it would falsely look like immunoparalysis. Only QuantiBRITE AB/C can be used.</source>
        <comment>DEMO-008/note</comment>
        <extracomment>Training case DEMO-008, note</extracomment>
        <translation>45% HLA-DR-positieve monocyten is een andere grootheid dan gebonden antilichamen per cel; gelezen als AB/C zou het ten onrechte op immunoparalyse lijken. Alleen QuantiBRITE-AB/C kan worden gebruikt.</translation>
    </message>
    <message>
        <source>Cannot classify: censored HLA-DR spans 5000</source>
        <comment>DEMO-009/title</comment>
        <extracomment>Training case DEMO-009, title</extracomment>
        <translation>Classificatie niet mogelijk: gecensureerd HLA-DR omvat 5000</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-009/topic</comment>
        <extracomment>Training case DEMO-009, topic</extracomment>
        <translation>classificatie niet mogelijk</translation>
    </message>
    <message>
        <source>&quot;&lt;8000&quot; could be 3000 (immunoparalysis) or 6000 (unclassified): the exact value is needed.</source>
        <comment>DEMO-009/note</comment>
        <extracomment>Training case DEMO-009, note</extracomment>
        <translation>&quot;&lt;8000&quot; kan 3000 (immunoparalyse) of 6000 (ongeclassificeerd) zijn: de exacte waarde is nodig.</translation>
    </message>
    <message>
        <source>Cannot classify: age under 18</source>
        <comment>DEMO-010/title</comment>
        <extracomment>Training case DEMO-010, title</extracomment>
        <translation>Classificatie niet mogelijk: leeftijd onder 18</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-010/topic</comment>
        <extracomment>Training case DEMO-010, topic</extracomment>
        <translation>classificatie niet mogelijk</translation>
    </message>
    <message>
        <source>ImmunoSep enrolled adults only, and HLA-DR differs in children: no phenotype is given, even though the values alone would meet the MALS criterion.</source>
        <comment>DEMO-010/note</comment>
        <extracomment>Training case DEMO-010, note</extracomment>
        <translation>ImmunoSep nam alleen volwassenen op, en HLA-DR verschilt bij kinderen: er wordt geen fenotype gegeven, ook al zouden de waarden alleen aan het MALS-criterium voldoen.</translation>
    </message>
    <message>
        <source>Censored ferritin that decides: &gt;40000</source>
        <comment>DEMO-011/title</comment>
        <extracomment>Training case DEMO-011, title</extracomment>
        <translation>Gecensureerde ferritine die beslist: &gt;40000</translation>
    </message>
    <message>
        <source>censored values</source>
        <comment>DEMO-011/topic</comment>
        <extracomment>Training case DEMO-011, topic</extracomment>
        <translation>gecensureerde waarden</translation>
    </message>
    <message>
        <source>Above the assay&apos;s range, &quot;&gt;40000&quot; is still certainly &gt; 4420: MALS. HLA-DR is not needed. The map draws an open marker with an arrow to the right.</source>
        <comment>DEMO-011/note</comment>
        <extracomment>Training case DEMO-011, note</extracomment>
        <translation>Boven het meetbereik is &quot;&gt;40000&quot; toch zeker &gt; 4420: MALS. HLA-DR is niet nodig. De kaart toont een open markering met een pijl naar rechts.</translation>
    </message>
    <message>
        <source>Censored values that decide: &lt;500 and &lt;1000</source>
        <comment>DEMO-012/title</comment>
        <extracomment>Training case DEMO-012, title</extracomment>
        <translation>Gecensureerde waarden die beslissen: &lt;500 en &lt;1000</translation>
    </message>
    <message>
        <source>censored values</source>
        <comment>DEMO-012/topic</comment>
        <extracomment>Training case DEMO-012, topic</extracomment>
        <translation>gecensureerde waarden</translation>
    </message>
    <message>
        <source>Both bounds lie wholly on one side of their thresholds, so both criteria are decided. The comparator is kept and shown everywhere.</source>
        <comment>DEMO-012/note</comment>
        <extracomment>Training case DEMO-012, note</extracomment>
        <translation>Beide grenzen liggen geheel aan één kant van hun drempelwaarden, dus beide criteria zijn beslist. Het vergelijkingsteken blijft behouden en wordt overal getoond.</translation>
    </message>
    <message>
        <source>pmol/L just above the MALS threshold</source>
        <comment>DEMO-013/title</comment>
        <extracomment>Training case DEMO-013, title</extracomment>
        <translation>pmol/L net boven de MALS-drempelwaarde</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-013/topic</comment>
        <extracomment>Training case DEMO-013, topic</extracomment>
        <translation>eenheidsomrekening</translation>
    </message>
    <message>
        <source>9932 pmol/L ÷ 2.247 ≈ 4420.12 ng/mL: MALS, but within 10 % of the threshold, so a repeat test may be wise. The converted value is shown next to the value as entered.</source>
        <comment>DEMO-013/note</comment>
        <extracomment>Training case DEMO-013, note</extracomment>
        <translation>9932 pmol/L ÷ 2,247 ≈ 4420,12 ng/mL: MALS, maar binnen 10% van de drempelwaarde, dus herhaling van de test kan verstandig zijn. De omgerekende waarde staat naast de waarde zoals ingevoerd.</translation>
    </message>
    <message>
        <source>pmol/L just below: the unit changes the drug</source>
        <comment>DEMO-014/title</comment>
        <extracomment>Training case DEMO-014, title</extracomment>
        <translation>pmol/L net eronder: de eenheid verandert het geneesmiddel</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-014/topic</comment>
        <extracomment>Training case DEMO-014, topic</extracomment>
        <translation>eenheidsomrekening</translation>
    </message>
    <message>
        <source>9931 pmol/L ≈ 4419.67 ng/mL is not MALS. Read as ng/mL, the same number would have meant MALS (anakinra) instead of immunoparalysis (interferon-γ): always check the unit.</source>
        <comment>DEMO-014/note</comment>
        <extracomment>Training case DEMO-014, note</extracomment>
        <translation>9931 pmol/L ≈ 4419,67 ng/mL is geen MALS. Gelezen als ng/mL zou hetzelfde getal MALS (anakinra) hebben betekend in plaats van immunoparalyse (interferon-γ): controleer altijd de eenheid.</translation>
    </message>
    <message>
        <source>Legacy unit µg/dL</source>
        <comment>DEMO-015/title</comment>
        <extracomment>Training case DEMO-015, title</extracomment>
        <translation>Verouderde eenheid µg/dL</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-015/topic</comment>
        <extracomment>Training case DEMO-015, topic</extracomment>
        <translation>eenheidsomrekening</translation>
    </message>
    <message>
        <source>520 µg/dL × 10 = 5200 ng/mL: MALS. Read as ng/mL, 520 would have looked unremarkable and MALS would have been missed.</source>
        <comment>DEMO-015/note</comment>
        <extracomment>Training case DEMO-015, note</extracomment>
        <translation>520 µg/dL × 10 = 5200 ng/mL: MALS. Gelezen als ng/mL zou 520 onopvallend hebben geleken en zou MALS zijn gemist.</translation>
    </message>
    <message>
        <source>HLA-DR near 5000</source>
        <comment>DEMO-016/title</comment>
        <extracomment>Training case DEMO-016, title</extracomment>
        <translation>HLA-DR rond 5000</translation>
    </message>
    <message>
        <source>near threshold</source>
        <comment>DEMO-016/topic</comment>
        <extracomment>Training case DEMO-016, topic</extracomment>
        <translation>dicht bij de drempelwaarde</translation>
    </message>
    <message>
        <source>4900 is below 5000, so the criterion is met; but the inter-laboratory CV of HLA-DR is 15-25 %, so the warning suggests a repeat test. Warnings never change the phenotype.</source>
        <comment>DEMO-016/note</comment>
        <extracomment>Training case DEMO-016, note</extracomment>
        <translation>4900 ligt onder 5000, dus het criterium is vervuld; maar de interlaboratorium-CV van HLA-DR is 15–25%, dus de waarschuwing stelt herhaling van de test voor. Waarschuwingen veranderen het fenotype nooit.</translation>
    </message>
    <message>
        <source>Exactly on both thresholds</source>
        <comment>DEMO-017/title</comment>
        <extracomment>Training case DEMO-017, title</extracomment>
        <translation>Precies op beide drempelwaarden</translation>
    </message>
    <message>
        <source>near threshold</source>
        <comment>DEMO-017/topic</comment>
        <extracomment>Training case DEMO-017, topic</extracomment>
        <translation>dicht bij de drempelwaarde</translation>
    </message>
    <message>
        <source>The thresholds are strict: ferritin 4420 is not &gt; 4420 and HLA-DR 5000 is not &lt; 5000, so neither criterion is met.</source>
        <comment>DEMO-017/note</comment>
        <extracomment>Training case DEMO-017, note</extracomment>
        <translation>De drempelwaarden zijn strikt: ferritine 4420 is niet &gt; 4420 en HLA-DR 5000 is niet &lt; 5000, dus geen van beide criteria is vervuld.</translation>
    </message>
    <message>
        <source>Samples taken two days apart</source>
        <comment>DEMO-018/title</comment>
        <extracomment>Training case DEMO-018, title</extracomment>
        <translation>Monsters met twee dagen tussentijd afgenomen</translation>
    </message>
    <message>
        <source>sample times</source>
        <comment>DEMO-018/topic</comment>
        <extracomment>Training case DEMO-018, topic</extracomment>
        <translation>afnametijden</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR drawn 49.5 h apart may reflect different immune states. The phenotype stands, with a prominent warning.</source>
        <comment>DEMO-018/note</comment>
        <extracomment>Training case DEMO-018, note</extracomment>
        <translation>Ferritine en HLA-DR die 49,5 uur na elkaar zijn afgenomen, kunnen verschillende immuuntoestanden weerspiegelen. Het fenotype blijft staan, met een duidelijke waarschuwing.</translation>
    </message>
    <message>
        <source>HLA-DR processed too late</source>
        <comment>DEMO-019/title</comment>
        <extracomment>Training case DEMO-019, title</extracomment>
        <translation>HLA-DR te laat verwerkt</translation>
    </message>
    <message>
        <source>sample times</source>
        <comment>DEMO-019/topic</comment>
        <extracomment>Training case DEMO-019, topic</extracomment>
        <translation>afnametijden</translation>
    </message>
    <message>
        <source>QuantiBRITE staining should start within 4 h of sampling (EDTA, on ice); a 7.5 h delay makes the value unreliable.</source>
        <comment>DEMO-019/note</comment>
        <extracomment>Training case DEMO-019, note</extracomment>
        <translation>QuantiBRITE-kleuring moet binnen 4 uur na afname beginnen (EDTA, op ijs); een vertraging van 7,5 uur maakt de waarde onbetrouwbaar.</translation>
    </message>
    <message>
        <source>MALS with HLA-DR in % (not needed)</source>
        <comment>DEMO-020/title</comment>
        <extracomment>Training case DEMO-020, title</extracomment>
        <translation>MALS met HLA-DR in % (niet nodig)</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-020/topic</comment>
        <extracomment>Training case DEMO-020, topic</extracomment>
        <translation>fenotype</translation>
    </message>
    <message>
        <source>HLA-DR in % cannot be used, but it is not needed: ferritin alone decides MALS. Compare with DEMO-008, where the same unit blocks the result.</source>
        <comment>DEMO-020/note</comment>
        <extracomment>Training case DEMO-020, note</extracomment>
        <translation>HLA-DR in % kan niet worden gebruikt, maar is niet nodig: ferritine alleen beslist over MALS. Vergelijk met DEMO-008, waar dezelfde eenheid de uitkomst blokkeert.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — synthetic data</source>
        <translation>TRAINING — synthetische gegevens</translation>
    </message>
    <message>
        <source>Not for clinical use. Demo cases are invented; nothing entered here is mixed with clinical data.</source>
        <translation>Niet voor klinisch gebruik. De democasussen zijn verzonnen; niets wat hier wordt ingevoerd, wordt vermengd met klinische gegevens.</translation>
    </message>
</context>
<context>
    <name>TrendChartWidget</name>
    <message>
        <source>No values to draw yet: the trend appears here once an assessment with ferritin or HLA-DR has been saved for this patient.</source>
        <translation>Nog geen waarden om te tekenen: het verloop verschijnt hier zodra voor deze patiënt een beoordeling met ferritine of HLA-DR is opgeslagen.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>Ferritin, ng/mL (logarithmic scale)</source>
        <translation>Ferritine, ng/mL (logaritmische schaal)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR, AB/C</source>
        <translation>Monocytair HLA-DR, AB/C</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>exact value</source>
        <translation>exacte waarde</translation>
    </message>
    <message>
        <source>greater than (above the assay&apos;s range)</source>
        <translation>groter dan (boven het meetbereik)</translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation>groter dan of gelijk aan</translation>
    </message>
    <message>
        <source>less than (below the assay&apos;s range)</source>
        <translation>kleiner dan (onder het meetbereik)</translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation>kleiner dan of gelijk aan</translation>
    </message>
    <message>
        <source>{name} comparator</source>
        <translation>{name}: vergelijkingsteken</translation>
    </message>
    <message>
        <source>{name} value</source>
        <translation>{name}: waarde</translation>
    </message>
    <message>
        <source>unit?</source>
        <translation>eenheid?</translation>
    </message>
    <message>
        <source>{name} unit</source>
        <translation>{name}: eenheid</translation>
    </message>
    <message>
        <source>Unit of {name} as printed on the lab report: {units}. Type its first letters (u for µ) or open the list with Alt+↓; the mouse wheel never changes it.</source>
        <translation>Eenheid van {name} zoals vermeld op de laboratoriumuitslag: {units}. Typ de eerste letters (u voor µ) of open de lijst met Alt+↓; het muiswiel verandert de eenheid nooit.</translation>
    </message>
    <message>
        <source>{name} unit change</source>
        <translation>{name}: eenheidswijziging</translation>
    </message>
    <message>
        <source>{name} message</source>
        <translation>{name}: melding</translation>
    </message>
    <message>
        <source>comparator chosen in the box (&apos;{chosen}&apos;) and typed in the value (&apos;{typed}&apos;); keep only one of them</source>
        <translation>vergelijkingsteken gekozen in de keuzelijst (&apos;{chosen}&apos;) én getypt in de waarde (&apos;{typed}&apos;); laat er maar één staan</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>check</source>
        <translation>controleren</translation>
    </message>
    <message>
        <source>Unit changed from {before} to {after}: the value is now read as {reading}.</source>
        <translation>Eenheid gewijzigd van {before} naar {after}: de waarde wordt nu gelezen als {reading}.</translation>
    </message>
    <message>
        <source>Unit changed from {before} to {after}; see the message below.</source>
        <translation>Eenheid gewijzigd van {before} naar {after}; zie de melding hieronder.</translation>
    </message>
    <message>
        <source>Comparator of a censored result (= for an exact value). Type it (&gt;, &lt;, &gt;=, &lt;=) or open the list with Alt+↓; you can also type it in front of the number, e.g. &gt;40000, but not both.</source>
        <translation>Vergelijkingsteken van een gecensureerd resultaat (= voor een exacte waarde). Typ het (&gt;, &lt;, &gt;=, &lt;=) of open de lijst met Alt+↓; u kunt het ook vóór het getal typen, bijv. &gt;40000, maar niet allebei.</translation>
    </message>
    <message>
        <source>Comparator typed in the value</source>
        <translation>Vergelijkingsteken getypt in de waarde</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>_ChartSlot</name>
    <message>
        <source>{name} title</source>
        <translation>{name}: titel</translation>
    </message>
    <message>
        <source>{name}: loading…</source>
        <translation>{name}: laden…</translation>
    </message>
    <message>
        <source>{name} note</source>
        <translation>{name}: toelichting</translation>
    </message>
</context>
</TS>

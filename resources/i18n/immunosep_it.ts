<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name></name>
    <message>
        <source>corrects #{id}: {reason}</source>
        <translation>corregge #{id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by #{id}</source>
        <translation>sostituito da #{id}</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>INSERIMENTO ERRATO: {reason}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>soddisfatto</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non soddisfatto</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>assente</translation>
    </message>
    <message>
        <source>present: excludes</source>
        <translation>presente: esclude</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <source>Training mode: synthetic data only.</source>
        <translation>Modalità formazione: solo dati sintetici.</translation>
    </message>
    <message>
        <source>Rule set: {version}</source>
        <translation>Set di regole: {version}</translation>
    </message>
    <message>
        <source>Evidence: {version}</source>
        <translation>Evidenze: {version}</translation>
    </message>
    <message>
        <source>Source: {citation} doi:{doi}, {registry}</source>
        <translation>Fonte: {citation} doi:{doi}, {registry}</translation>
    </message>
    <message>
        <source>Decision support only. The phenotype says which ImmunoSep stratum a patient&apos;s laboratory values match; the regimens shown are the ones used in the trial, not orders. The trial showed less organ dysfunction by day 9 and no mortality benefit, in a phase 2 population (adults with sepsis from pneumonia or primary bacteraemia, treated within 72 h). The treating clinician decides.</source>
        <translation>Solo supporto decisionale. Il fenotipo indica a quale strato ImmunoSep corrispondono i valori di laboratorio di un paziente; gli schemi mostrati sono quelli usati nello studio, non prescrizioni. Lo studio ha mostrato meno disfunzione d&apos;organo entro il giorno 9 e nessun beneficio sulla mortalità, in una popolazione di fase 2 (adulti con sepsi da polmonite o batteriemia primaria, trattati entro 72 h). La decisione spetta al medico curante.</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Lingua: {language}</translation>
    </message>
    <message>
        <source>Works offline: no data leave this computer.</source>
        <translation>Funziona offline: nessun dato lascia questo computer.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An internal error occurred ({kind}). The result on screen may be incomplete: start a new patient and enter the values again, and please report this.</source>
        <translation>Si è verificato un errore interno ({kind}). Il risultato sullo schermo potrebbe essere incompleto: creare un nuovo paziente, inserire di nuovo i valori e segnalare il problema.</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message numerus="yes">
        <source>Writing %n PDF report(s)…</source>
        <translation>
            <numerusform>Scrittura di %n report PDF…</numerusform>
            <numerusform>Scrittura di %n report PDF…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: {reason}.</source>
        <translation>L&apos;esportazione si è interrotta: {reason}.</translation>
    </message>
    <message>
        <source>Export cancelled. The reports written so far are listed in index.csv in {folder}; no combined file was made.</source>
        <translation>Esportazione annullata. I report scritti finora sono elencati in index.csv in {folder}; non è stato creato alcun file unico.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Esporta i report PDF</translation>
    </message>
    <message>
        <source>Export PDF reports — TRAINING</source>
        <translation>Esporta report PDF — FORMAZIONE</translation>
    </message>
    <message numerus="yes">
        <source>%n one-page report(s), a summary listing every row (rows needing action first), and all of them in one file to print (all-reports.pdf).</source>
        <translation>
            <numerusform>%n report di una pagina, un riepilogo con tutte le righe (prima quelle che richiedono un intervento) e tutti i report in un unico file da stampare (all-reports.pdf).</numerusform>
            <numerusform>%n report di una pagina, un riepilogo con tutte le righe (prima quelle che richiedono un intervento) e tutti i report in un unico file da stampare (all-reports.pdf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected at import: they are listed with the reason.</source>
        <translation>
            <numerusform>%n riga rifiutata all&apos;importazione: è elencata con il motivo.</numerusform>
            <numerusform>%n righe rifiutate all&apos;importazione: sono elencate con il motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Cartella dei report</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <source>Patient identifiers in file &amp;names</source>
        <translation>Identificativi dei pazienti nei &amp;nomi dei file</translation>
    </message>
    <message>
        <source>Untick on a shared drive: files are then named by row number only</source>
        <translation>Deselezionare su un&apos;unità condivisa: i file vengono allora denominati solo con il numero di riga</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
</context>
<context>
    <name>BatchResultWindow</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Esporta i report PDF</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Apri cartella</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
</context>
<context>
    <name>CardEligibility</name>
    <message>
        <source>Eligibility: not assessed.</source>
        <translation>Eleggibilità: non valutata.</translation>
    </message>
    <message>
        <source>Eligibility: the stored checklist cannot be read: {reason}</source>
        <translation>Eleggibilità: impossibile leggere la checklist salvata: {reason}</translation>
    </message>
    <message>
        <source>Eligibility: not assessed. Patient ▸ Eligibility checklist (Ctrl+Shift+E) or the button below enters it.</source>
        <translation>Eleggibilità: non valutata. Paziente ▸ Checklist di eleggibilità (Ctrl+Shift+E) o il pulsante qui sotto la inserisce.</translation>
    </message>
    <message>
        <source>Eligibility: checklist #{id} cannot be read: {reason}</source>
        <translation>Eleggibilità: impossibile leggere la checklist #{id}: {reason}</translation>
    </message>
    <message>
        <source>outside the tested population</source>
        <translation>al di fuori della popolazione studiata</translation>
    </message>
    <message>
        <source>fit to the tested population unknown</source>
        <translation>appartenenza alla popolazione studiata sconosciuta</translation>
    </message>
    <message>
        <source>all listed criteria met</source>
        <translation>tutti i criteri elencati soddisfatti</translation>
    </message>
    <message>
        <source>Eligibility (checklist #{id}, assessment #{assessment}): {met} met · {failed} not met · {unknown} unknown — {verdict}</source>
        <translation>Eleggibilità (checklist #{id}, valutazione #{assessment}): {met} soddisfatti · {failed} non soddisfatti · {unknown} sconosciuti — {verdict}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Phenotype map</source>
        <translation>Mappa dei fenotipi</translation>
    </message>
    <message>
        <source>Evidence chart</source>
        <translation>Grafico delle evidenze</translation>
    </message>
</context>
<context>
    <name>CohortStoreBar</name>
    <message>
        <source>Storing this import</source>
        <translation>Salvataggio di questa importazione</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Store %n assessment(s) in the training records</source>
        <translation>
            <numerusform>&amp;Salva %n valutazione nelle registrazioni di formazione</numerusform>
            <numerusform>&amp;Salva %n valutazioni nelle registrazioni di formazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Store %n assessment(s) in the clinical records</source>
        <translation>
            <numerusform>&amp;Salva %n valutazione nelle registrazioni cliniche</numerusform>
            <numerusform>&amp;Salva %n valutazioni nelle registrazioni cliniche</numerusform>
        </translation>
    </message>
    <message>
        <source>Store the assessments</source>
        <translation>Salva le valutazioni</translation>
    </message>
    <message>
        <source>&amp;View only</source>
        <translation>Solo &amp;visualizzare</translation>
    </message>
    <message>
        <source>View only, store nothing</source>
        <translation>Solo visualizzare, non salvare nulla</translation>
    </message>
    <message>
        <source>Storing progress</source>
        <translation>Avanzamento del salvataggio</translation>
    </message>
    <message>
        <source>Cancel storing</source>
        <translation>Annulla il salvataggio</translation>
    </message>
    <message>
        <source>Nothing from this file has been stored. Store it in the patients&apos; records, or only view it?</source>
        <translation>Nulla di questo file è stato salvato. Salvarlo nelle registrazioni dei pazienti o solo visualizzarlo?</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n assessment(s)…</source>
        <translation>
            <numerusform>Salvataggio di %n valutazione…</numerusform>
            <numerusform>Salvataggio di %n valutazioni…</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewing only: nothing from this file is stored.</source>
        <translation>Solo visualizzazione: nulla di questo file viene salvato.</translation>
    </message>
    <message>
        <source>Viewing only: nothing from this file is stored. The choice could not be written to the audit trail: {reason}</source>
        <translation>Solo visualizzazione: nulla di questo file viene salvato. La scelta non è stata scritta nel registro di audit: {reason}</translation>
    </message>
    <message>
        <source>Storing is still running: wait for it to finish, or cancel it, before closing this window.</source>
        <translation>Il salvataggio è ancora in corso: attenderne la fine, oppure annullarlo, prima di chiudere questa finestra.</translation>
    </message>
    <message>
        <source>Stored in the training records as import #{id}.</source>
        <translation>Salvato nelle registrazioni di formazione come importazione #{id}.</translation>
    </message>
    <message>
        <source>Stored in the clinical records as import #{id}.</source>
        <translation>Salvato nelle registrazioni cliniche come importazione #{id}.</translation>
    </message>
    <message numerus="yes">
        <source>Stored in the training records as import #{id}: %n assessment(s).</source>
        <translation>
            <numerusform>Salvato nelle registrazioni di formazione come importazione #{id}: %n valutazione.</numerusform>
            <numerusform>Salvato nelle registrazioni di formazione come importazione #{id}: %n valutazioni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored in the clinical records as import #{id}: %n assessment(s).</source>
        <translation>
            <numerusform>Salvato nelle registrazioni cliniche come importazione #{id}: %n valutazione.</numerusform>
            <numerusform>Salvato nelle registrazioni cliniche come importazione #{id}: %n valutazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored: {reason} Nothing from this file was stored.</source>
        <translation>Non salvato: {reason} Nulla di questo file è stato salvato.</translation>
    </message>
    <message>
        <source>Storing cancelled: nothing from this file was stored.</source>
        <translation>Salvataggio annullato: nulla di questo file è stato salvato.</translation>
    </message>
</context>
<context>
    <name>CohortView</name>
    <message>
        <source>Cohort — {file}</source>
        <translation>Coorte — {file}</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Coorte</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Mostra righe</translation>
    </message>
    <message>
        <source>Filter: patient id, phenotype, reason…</source>
        <translation>Filtro: ID paziente, fenotipo, motivo…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtra righe</translation>
    </message>
    <message>
        <source>Table status</source>
        <translation>Stato della tabella</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conteggi</translation>
    </message>
    <message>
        <source>Select a row to see its full assessment.</source>
        <translation>Selezionare una riga per vederne la valutazione completa.</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Riga selezionata</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Note sull&apos;importazione</translation>
    </message>
    <message>
        <source>&amp;Open in the main window</source>
        <translation>&amp;Apri nella finestra principale</translation>
    </message>
    <message>
        <source>Show this assessment in the main window (Enter); asks first if typed values are not saved</source>
        <translation>Mostra questa valutazione nella finestra principale (Invio); chiede prima conferma se i valori digitati non sono salvati</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Esporta risultati…</translation>
    </message>
    <message>
        <source>Export rejected rows…</source>
        <translation>Esporta righe rifiutate…</translation>
    </message>
    <message>
        <source>Export PDF reports…</source>
        <translation>Esporta report PDF…</translation>
    </message>
    <message>
        <source>One PDF per patient row, a cohort summary and an index, rendered on every CPU core</source>
        <translation>Un PDF per ogni riga paziente, un riepilogo della coorte e un indice, generati su tutti i core della CPU</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Mappa dei fenotipi della coorte</translation>
    </message>
    <message>
        <source>classified</source>
        <translation>classificato</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <translation>classificazione impossibile</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>MALS</source>
        <translation>MALS</translation>
    </message>
    <message>
        <source>Immunoparalysis</source>
        <translation>Immunoparalisi</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classificato</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>Classificazione impossibile</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Tutte le righe</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Classificate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutate</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID paziente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Fenotipo</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritina</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Ora del prelievo</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvertenze</translation>
    </message>
    <message>
        <source>Data rows: {n}</source>
        <translation>Righe di dati: {n}</translation>
    </message>
    <message>
        <source>classified: {n}</source>
        <translation>classificate: {n}</translation>
    </message>
    <message>
        <source>cannot classify: {n}</source>
        <translation>classificazione impossibile: {n}</translation>
    </message>
    <message>
        <source>rejected: {n}</source>
        <translation>rifiutate: {n}</translation>
    </message>
    <message>
        <source>assessments: {n}</source>
        <translation>valutazioni: {n}</translation>
    </message>
    <message>
        <source>{phenotype} {n}</source>
        <translation>{phenotype} {n}</translation>
    </message>
    <message>
        <source>Cohort rows</source>
        <translation>Righe della coorte</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Full assessment of the selected row</source>
        <translation>Valutazione completa della riga selezionata</translation>
    </message>
    <message>
        <source>Row {row} was rejected: {reasons}</source>
        <translation>La riga {row} è stata rifiutata: {reasons}</translation>
    </message>
    <message>
        <source>Row {row}, patient {patient}</source>
        <translation>Riga {row}, paziente {patient}</translation>
    </message>
    <message>
        <source>Imported row {row} — {patient}</source>
        <translation>Riga importata {row} — {patient}</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordinamento…</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Preparazione della ricerca…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Esporta risultati</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Esporta righe rifiutate</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Scrittura di {file}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvato {path}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
</context>
<context>
    <name>CohortWindow</name>
    <message>
        <source>Recent &amp;imports</source>
        <translation>Importazioni &amp;recenti</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Importazioni recenti</translation>
    </message>
    <message>
        <source>Recent import</source>
        <translation>Importazione recente</translation>
    </message>
    <message>
        <source>The file has changed since it was imported (its content is different), so it is not shown in place of the imported cohort. Import it again to see its new content.</source>
        <translation>Il file è cambiato dopo l&apos;importazione (il contenuto è diverso), quindi non viene mostrato al posto della coorte importata. Importarlo di nuovo per vederne il nuovo contenuto.</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Mappa dei fenotipi della coorte</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Nuova lettura del file…</translation>
    </message>
    <message>
        <source>{name} — training, stored as import #{id}</source>
        <translation>{name} — formazione, salvato come importazione #{id}</translation>
    </message>
    <message>
        <source>{name} — clinical, stored as import #{id}</source>
        <translation>{name} — clinico, salvato come importazione #{id}</translation>
    </message>
    <message>
        <source>{name} — training, viewed only</source>
        <translation>{name} — formazione, solo visualizzato</translation>
    </message>
    <message>
        <source>{name} — clinical, viewed only</source>
        <translation>{name} — clinico, solo visualizzato</translation>
    </message>
    <message>
        <source>This import was made in training mode; switch to it to reopen the import.</source>
        <translation>Questa importazione è stata eseguita in modalità formazione; passare a tale modalità per riaprirla.</translation>
    </message>
    <message>
        <source>This import was made in clinical mode; leave training mode to reopen it.</source>
        <translation>Questa importazione è stata eseguita in modalità clinica; uscire dalla modalità formazione per riaprirla.</translation>
    </message>
    <message>
        <source>(no recent imports)</source>
        <translation>(nessuna importazione recente)</translation>
    </message>
    <message>
        <source>The file is no longer where it was imported from: {path}</source>
        <translation>Il file non si trova più dove è stato importato: {path}</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Impossibile leggere il file: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read ({kind}).</source>
        <translation>Impossibile leggere il file ({kind}).</translation>
    </message>
</context>
<context>
    <name>DailySofaPanel</name>
    <message>
        <source>Enter the date as YYYY-MM-DD (for example 2026-11-24).</source>
        <translation>Inserire la data nel formato AAAA-MM-GG (ad esempio 2026-11-24).</translation>
    </message>
    <message>
        <source>{date} is after today; a SOFA is entered for a day that has begun.</source>
        <translation>{date} è successiva a oggi; un SOFA si inserisce per un giorno già iniziato.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day1}).</source>
        <translation>{date} è precedente al giorno 1 ({day1}).</translation>
    </message>
    <message>
        <source>The SOFA calculator has no total: correct its fields, or type the total.</source>
        <translation>Il calcolatore SOFA non ha un totale: correggerne i campi o digitare il totale.</translation>
    </message>
    <message>
        <source>Nothing is entered in the SOFA calculator yet.</source>
        <translation>Nel calcolatore SOFA non è ancora stato inserito nulla.</translation>
    </message>
    <message>
        <source>Type the total as a whole number from 0 to 24.</source>
        <translation>Digitare il totale come numero intero da 0 a 24.</translation>
    </message>
    <message>
        <source>Enter the patient identifier in the main window first.</source>
        <translation>Inserire prima l&apos;identificativo del paziente nella finestra principale.</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s records…</source>
        <translation>Lettura delle registrazioni del paziente…</translation>
    </message>
    <message>
        <source>Day {day} already has a SOFA: select it below and correct it.</source>
        <translation>Il giorno {day} ha già un SOFA: selezionarlo qui sotto e correggerlo.</translation>
    </message>
    <message>
        <source>day {day}</source>
        <translation>giorno {day}</translation>
    </message>
    <message>
        <source>No SOFA is stored for this patient yet: the first one saved fixes day 1 (day 1 is the day of phenotyping; choose its study day if the first SOFA stored is a later one).</source>
        <translation>Per questo paziente non è ancora salvato alcun SOFA: il primo salvato fissa il giorno 1 (il giorno 1 è il giorno della fenotipizzazione; sceglierne il giorno di studio se il primo SOFA salvato è successivo).</translation>
    </message>
    <message>
        <source>Day 1 (the day of phenotyping) of this course: {date}. The study day follows from the date.</source>
        <translation>Giorno 1 (il giorno della fenotipizzazione) di questo decorso: {date}. Il giorno di studio si ricava dalla data.</translation>
    </message>
    <message>
        <source>Nothing is entered in the calculator yet.</source>
        <translation>Nel calcolatore non è ancora stato inserito nulla.</translation>
    </message>
    <message>
        <source>The calculator has no total: a field there is marked in red.</source>
        <translation>Il calcolatore non ha un totale: un suo campo è segnato in rosso.</translation>
    </message>
    <message>
        <source>Correct the date of &amp;death…</source>
        <translation>Correggi la data del &amp;decesso…</translation>
    </message>
    <message>
        <source>Record &amp;death…</source>
        <translation>Registra il &amp;decesso…</translation>
    </message>
    <message>
        <source>&amp;Save SOFA for day {day} ({date})…</source>
        <translation>&amp;Salva il SOFA del giorno {day} ({date})…</translation>
    </message>
    <message>
        <source>&amp;Save SOFA…</source>
        <translation>&amp;Salva SOFA…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>death on {date}</source>
        <translation>decesso il {date}</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>calcolatore</translation>
    </message>
    <message>
        <source>total typed</source>
        <translation>totale digitato</translation>
    </message>
    <message>
        <source>day {day} ({date}): SOFA {total}, {n} of 6 systems, {how}</source>
        <translation>giorno {day} ({date}): SOFA {total}, {n} di 6 sistemi, {how}</translation>
    </message>
    <message>
        <source>{when} by {user}</source>
        <translation>{when} da {user}</translation>
    </message>
    <message>
        <source>Day {day} ({date}): SOFA {total}</source>
        <translation>Giorno {day} ({date}): SOFA {total}</translation>
    </message>
    <message>
        <source>This SOFA fixes day 1 of the course: {date}.</source>
        <translation>Questo SOFA fissa il giorno 1 del decorso: {date}.</translation>
    </message>
    <message>
        <source>Save daily SOFA</source>
        <translation>Salva SOFA giornaliero</translation>
    </message>
    <message>
        <source>Save this daily SOFA in the TRAINING records of patient:</source>
        <translation>Salvare questo SOFA giornaliero nelle registrazioni di FORMAZIONE del paziente:</translation>
    </message>
    <message>
        <source>Save this daily SOFA in the clinical records of patient:</source>
        <translation>Salvare questo SOFA giornaliero nelle registrazioni cliniche del paziente:</translation>
    </message>
    <message>
        <source>Daily SOFA saved for {patient}, day {day}.</source>
        <translation>SOFA giornaliero salvato per {patient}, giorno {day}.</translation>
    </message>
    <message>
        <source>{total} from {n} of 6 organ systems ({how})</source>
        <translation>{total} da {n} di 6 sistemi d&apos;organo ({how})</translation>
    </message>
    <message>
        <source>Correct a daily SOFA</source>
        <translation>Correggi un SOFA giornaliero</translation>
    </message>
    <message>
        <source>Day {day} of {patient} will be stored again as SOFA {total}; the old version (record #{id}) stays stored, marked as superseded.</source>
        <translation>Il giorno {day} di {patient} verrà salvato di nuovo come SOFA {total}; la versione precedente (registrazione #{id}) resta salvata, segnata come sostituita.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Salva la correzione</translation>
    </message>
    <message>
        <source>Correction saved for {patient}.</source>
        <translation>Correzione salvata per {patient}.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Segna come inserimento errato</translation>
    </message>
    <message>
        <source>Record #{id} of {patient} will be marked as entered in error. It stays stored and listed, and no longer counts.</source>
        <translation>La registrazione #{id} di {patient} sarà segnata come inserimento errato. Resta salvata ed elencata, ma non viene più conteggiata.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>&amp;Segna come inserimento errato</translation>
    </message>
    <message>
        <source>Record #{id} marked as entered in error.</source>
        <translation>Registrazione #{id} segnata come inserimento errato.</translation>
    </message>
    <message>
        <source>Death recorded for {patient}.</source>
        <translation>Decesso registrato per {patient}.</translation>
    </message>
    <message>
        <source>Enter a day&apos;s SOFA</source>
        <translation>Inserire il SOFA di un giorno</translation>
    </message>
    <message>
        <source>The trial&apos;s day-9 measure</source>
        <translation>La misura al giorno 9 dello studio</translation>
    </message>
    <message>
        <source>Stored daily SOFA and death records</source>
        <translation>SOFA giornalieri e decessi salvati</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;ta:</translation>
    </message>
    <message>
        <source>Date of this SOFA</source>
        <translation>Data di questo SOFA</translation>
    </message>
    <message>
        <source>study day:</source>
        <translation>giorno di studio:</translation>
    </message>
    <message>
        <source>Study day of this SOFA</source>
        <translation>Giorno di studio di questo SOFA</translation>
    </message>
    <message>
        <source>From the SOFA &amp;calculator:</source>
        <translation>Dal &amp;calcolatore SOFA:</translation>
    </message>
    <message>
        <source>Open the calculator</source>
        <translation>Apri il calcolatore</translation>
    </message>
    <message>
        <source>Total t&amp;yped from the chart:</source>
        <translation>Totale di&amp;gitato dalla cartella clinica:</translation>
    </message>
    <message>
        <source>SOFA total typed</source>
        <translation>Totale SOFA digitato</translation>
    </message>
    <message>
        <source>resting on</source>
        <translation>basato su</translation>
    </message>
    <message>
        <source>Organ systems the typed total rests on</source>
        <translation>Sistemi d&apos;organo su cui si basa il totale digitato</translation>
    </message>
    <message>
        <source>{n} of 6 organ systems</source>
        <translation>{n} di 6 sistemi d&apos;organo</translation>
    </message>
    <message>
        <source>C&amp;orrect with the values above…</source>
        <translation>C&amp;orreggi con i valori sopra…</translation>
    </message>
    <message>
        <source>Mark e&amp;ntered in error…</source>
        <translation>Seg&amp;na come inserimento errato…</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <source>Correct the date of death</source>
        <translation>Correggi la data del decesso</translation>
    </message>
    <message>
        <source>Record death</source>
        <translation>Registra il decesso</translation>
    </message>
    <message>
        <source>Patient {patient}. From the day of death every day of the day-9 measure counts SOFA 24 (the trial&apos;s statistical analysis plan).</source>
        <translation>Paziente {patient}. Dal giorno del decesso ogni giorno della misura al giorno 9 conta SOFA 24 (piano di analisi statistica dello studio).</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Data del decesso</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motivo della correzione</translation>
    </message>
    <message>
        <source>&amp;Date of death:</source>
        <translation>&amp;Data del decesso:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obbligatorio):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Inserire la data nel formato AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>La data è successiva a oggi.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Una correzione richiede un motivo.</translation>
    </message>
</context>
<context>
    <name>DemoCasePanel</name>
    <message>
        <source>Training case</source>
        <translation>Caso di formazione</translation>
    </message>
    <message>
        <source>choose a synthetic case…</source>
        <translation>scegliere un caso sintetico…</translation>
    </message>
    <message>
        <source>Training &amp;case:</source>
        <translation>&amp;Caso di formazione:</translation>
    </message>
    <message>
        <source>&amp;Quiz: hide the answers</source>
        <translation>&amp;Quiz: nascondi le risposte</translation>
    </message>
    <message>
        <source>Quiz mode</source>
        <translation>Modalità quiz</translation>
    </message>
    <message>
        <source>R&amp;eveal</source>
        <translation>Riv&amp;ela</translation>
    </message>
    <message>
        <source>Reveal the expected result</source>
        <translation>Rivela il risultato atteso</translation>
    </message>
    <message>
        <source>{id} · {title} — topic: {topic}</source>
        <translation>{id} · {title} — argomento: {topic}</translation>
    </message>
    <message>
        <source>Choose a case to fill in the form; ↑/↓ step through them.</source>
        <translation>Scegliere un caso per compilare il modulo; ↑/↓ per scorrerli.</translation>
    </message>
    <message>
        <source>Teaching note</source>
        <translation>Nota didattica</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Risultato atteso</translation>
    </message>
    <message>
        <source>Result compared with the case</source>
        <translation>Risultato confrontato con il caso</translation>
    </message>
    <message>
        <source>✔ matches the result shown</source>
        <translation>✔ corrisponde al risultato mostrato</translation>
    </message>
    <message>
        <source>Values changed: the result may differ</source>
        <translation>Valori modificati: il risultato può essere diverso</translation>
    </message>
    <message>
        <source>Case {n} of {total} ({id})</source>
        <translation>Caso {n} di {total} ({id})</translation>
    </message>
    <message>
        <source>Expected result hidden: read the result, then Reveal (Alt+E).</source>
        <translation>Risultato atteso nascosto: leggere il risultato, poi Rivela (Alt+E).</translation>
    </message>
    <message>
        <source>Quiz: {id}. What phenotype do these values give, and why?</source>
        <translation>Quiz: {id}. Quale fenotipo danno questi valori, e perché?</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>Classificazione impossibile</translation>
    </message>
    <message>
        <source>Expected: {result}</source>
        <translation>Atteso: {result}</translation>
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
        <translation>Per questo paziente non è salvata alcuna checklist di eleggibilità. Paziente ▸ Checklist di eleggibilità (Ctrl+Shift+E) ne inserisce una.</translation>
    </message>
    <message>
        <source>Eligibility checklists stored for this patient, oldest first. The ImmunoSep evidence comes from the population these criteria describe and may not apply outside it; the checklist never blocks a phenotype.</source>
        <translation>Checklist di eleggibilità salvate per questo paziente, dalla meno recente. Le evidenze di ImmunoSep provengono dalla popolazione descritta da questi criteri e potrebbero non applicarsi al di fuori di essa; la checklist non blocca mai un fenotipo.</translation>
    </message>
    <message>
        <source>Checklist #{id}, stored with assessment #{assessment}</source>
        <translation>Checklist #{id}, salvata con la valutazione #{assessment}</translation>
    </message>
    <message>
        <source>checklist {version}</source>
        <translation>checklist {version}</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Inclusion {number}</source>
        <translation>Inclusione {number}</translation>
    </message>
    <message>
        <source>Exclusion {number}</source>
        <translation>Esclusione {number}</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>NON VERIFICATO</translation>
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
        <translation>Riguarda la partecipazione allo studio, non le condizioni del paziente.</translation>
    </message>
    <message>
        <source>No summary: {reason}</source>
        <translation>Nessun riepilogo: {reason}</translation>
    </message>
    <message>
        <source>A checklist (record #{id}) is stored with assessment #{assessment}; saving stores a corrected version.</source>
        <translation>Una checklist (registrazione #{id}) è salvata con la valutazione #{assessment}; il salvataggio memorizza una versione corretta.</translation>
    </message>
    <message>
        <source>Saved with assessment #{assessment}.</source>
        <translation>Salvata con la valutazione #{assessment}.</translation>
    </message>
    <message>
        <source>&amp;Save corrected checklist…</source>
        <translation>&amp;Salva la checklist corretta…</translation>
    </message>
    <message>
        <source>&amp;Save checklist…</source>
        <translation>&amp;Salva la checklist…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Eligibility checklist saved for {patient}.</source>
        <translation>Checklist di eleggibilità salvata per {patient}.</translation>
    </message>
    <message>
        <source>Correct the eligibility checklist</source>
        <translation>Correggi la checklist di eleggibilità</translation>
    </message>
    <message>
        <source>The checklist of assessment #{assessment} of {patient} will be stored again with these answers; the old version (record #{id}) stays stored, marked as superseded.</source>
        <translation>La checklist della valutazione #{assessment} di {patient} verrà salvata di nuovo con queste risposte; la versione precedente (registrazione #{id}) resta salvata, segnata come sostituita.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Salva la correzione</translation>
    </message>
    <message>
        <source>Save eligibility checklist</source>
        <translation>Salva la checklist di eleggibilità</translation>
    </message>
    <message>
        <source>Save this checklist in the TRAINING records of patient:</source>
        <translation>Salvare questa checklist nelle registrazioni di FORMAZIONE del paziente:</translation>
    </message>
    <message>
        <source>Save this checklist in the clinical records of patient:</source>
        <translation>Salvare questa checklist nelle registrazioni cliniche del paziente:</translation>
    </message>
    <message>
        <source>With assessment #{assessment}</source>
        <translation>Con la valutazione #{assessment}</translation>
    </message>
    <message>
        <source>Use only if… — the ImmunoSep trial&apos;s eligibility criteria (NCT04990232), as registered</source>
        <translation>Usare solo se… — i criteri di eleggibilità dello studio ImmunoSep (NCT04990232), come registrati</translation>
    </message>
    <message>
        <source>Inclusion criteria: each must be met</source>
        <translation>Criteri di inclusione: ciascuno deve essere soddisfatto</translation>
    </message>
    <message>
        <source>Exclusion criteria: each must be absent</source>
        <translation>Criteri di esclusione: ciascuno deve essere assente</translation>
    </message>
    <message>
        <source>Neutrophils (&amp;ANC):</source>
        <translation>Neutrofili (&amp;ANC):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{kind} criterion {number}: answer</source>
        <translation>{kind}, criterio {number}: risposta</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusione</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Esclusione</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>NON VERIFICATO</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-GG HH:MM</translation>
    </message>
    <message>
        <source>as used on the ward, e.g. bed 7</source>
        <translation>come usato in reparto, ad es. letto 7</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Identificativo del paziente</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Età in anni</translation>
    </message>
    <message>
        <source>years, e.g. 64</source>
        <translation>anni, ad es. 64</translation>
    </message>
    <message>
        <source>ferritin</source>
        <translation>ferritina</translation>
    </message>
    <message>
        <source>e.g. 5120</source>
        <translation>ad es. 5120</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>e.g. 3200</source>
        <translation>ad es. 3200</translation>
    </message>
    <message>
        <source>Ferritin sample time</source>
        <translation>Ora del prelievo della ferritina</translation>
    </message>
    <message>
        <source>HLA-DR sample time</source>
        <translation>Ora del prelievo dell&apos;HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR processing time</source>
        <translation>Ora di processazione dell&apos;HLA-DR</translation>
    </message>
    <message>
        <source>Decimal separator in force</source>
        <translation>Separatore decimale in uso</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Ward &amp;identifier</source>
        <translation>&amp;Identificativo di reparto</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>Età (&amp;anni)</translation>
    </message>
    <message>
        <source>Laboratory values</source>
        <translation>Valori di laboratorio</translation>
    </message>
    <message>
        <source>Fe&amp;rritin</source>
        <translation>Fe&amp;rritina</translation>
    </message>
    <message>
        <source>HLA-&amp;DR</source>
        <translation>HLA-&amp;DR</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR in antibodies bound per cell (AB/C, QuantiBRITE). % positive and MFI can be chosen, but cannot be used.</source>
        <translation>HLA-DR monocitario in anticorpi legati per cellula (AB/C, QuantiBRITE). % di cellule positive e MFI possono essere scelti, ma non possono essere usati.</translation>
    </message>
    <message>
        <source>Sample times (optional)</source>
        <translation>Orari di prelievo (facoltativi)</translation>
    </message>
    <message>
        <source>Ferritin &amp;sampled</source>
        <translation>Pre&amp;lievo ferritina</translation>
    </message>
    <message>
        <source>HLA-DR sa&amp;mpled</source>
        <translation>Preliev&amp;o HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR pr&amp;ocessed</source>
        <translation>Proce&amp;ssazione HLA-DR</translation>
    </message>
    <message>
        <source>read as {reading}</source>
        <translation>letto come {reading}</translation>
    </message>
    <message>
        <source>read as {when}</source>
        <translation>letto come {when}</translation>
    </message>
    <message>
        <source>Decimal separator in force: &apos;{sep}&apos; (e.g. {example}); thousands separators are never accepted. Change it in File ▸ Settings.</source>
        <translation>Separatore decimale in uso: &apos;{sep}&apos; (ad es. {example}); i separatori delle migliaia non sono mai accettati. Modificabile in File ▸ Impostazioni.</translation>
    </message>
    <message>
        <source>Unusually high: above {limit} {unit}. Check the value and its unit.</source>
        <translation>Insolitamente alto: sopra {limit} {unit}. Controllare il valore e la sua unità.</translation>
    </message>
    <message>
        <source>Unusually low: below {limit} {unit}. Check the value and its unit.</source>
        <translation>Insolitamente basso: sotto {limit} {unit}. Controllare il valore e la sua unità.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Randomized, double-blind, double-dummy, placebo-controlled phase 2 trial; 33 sites in 6 countries; 2021-08-05 to 2024-04-29.</source>
        <comment>trial/design</comment>
        <extracomment>immunosep.json trial/design</extracomment>
        <translation>Studio di fase 2 randomizzato, in doppio cieco, double-dummy, controllato con placebo; 33 centri in 6 paesi; dal 2021-08-05 al 2024-04-29.</translation>
    </message>
    <message>
        <source>Adults (≥ 18 years) with sepsis by Sepsis-3 (SOFA ≥ 2, or a rise of ≥ 2 points if already in hospital).</source>
        <comment>trial/population/0</comment>
        <extracomment>immunosep.json trial/population/0</extracomment>
        <translation>Adulti (≥ 18 anni) con sepsi secondo Sepsis-3 (SOFA ≥ 2, o aumento di ≥ 2 punti se già ricoverati).</translation>
    </message>
    <message>
        <source>Infection: community-acquired, hospital-acquired or ventilator-associated pneumonia, or primary bacteraemia.</source>
        <comment>trial/population/1</comment>
        <extracomment>immunosep.json trial/population/1</extracomment>
        <translation>Infezione: polmonite acquisita in comunità, nosocomiale o associata a ventilazione meccanica, oppure batteriemia primaria.</translation>
    </message>
    <message>
        <source>MALS (ferritin &gt; 4420 ng/mL) or immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR &lt; 5000 AB/C, QuantiBRITE, CD45/CD14 monocytes).</source>
        <comment>trial/population/2</comment>
        <extracomment>immunosep.json trial/population/2</extracomment>
        <translation>MALS (ferritina &gt; 4420 ng/mL) o immunoparalisi (ferritina ≤ 4420 ng/mL e HLA-DR &lt; 5000 AB/C, QuantiBRITE, monociti CD45/CD14).</translation>
    </message>
    <message>
        <source>Blinded treatment started within 72 hours of sepsis classification.</source>
        <comment>trial/population/3</comment>
        <extracomment>immunosep.json trial/population/3</extracomment>
        <translation>Trattamento in cieco iniziato entro 72 ore dalla classificazione come sepsi.</translation>
    </message>
    <message>
        <source>Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.</source>
        <comment>trial/key_exclusions/0</comment>
        <extracomment>immunosep.json trial/key_exclusions/0</extracomment>
        <translation>Pielonefrite acuta, infezione intra-addominale, meningite o infezione cutanea.</translation>
    </message>
    <message>
        <source>Stage IV malignancy; neutropenia (registry: ANC &lt; 1500/mm³; protocol transcription: &lt; 1000/mm³); do-not-resuscitate decision.</source>
        <comment>trial/key_exclusions/1</comment>
        <extracomment>immunosep.json trial/key_exclusions/1</extracomment>
        <translation>Neoplasia maligna in stadio IV; neutropenia (registro: conta assoluta dei neutrofili &lt; 1500/mm³; trascrizione del protocollo: &lt; 1000/mm³); decisione di non rianimare (DNR).</translation>
    </message>
    <message>
        <source>Bacteraemia with coagulase-negative staphylococci or skin commensals, or catheter-related infection.</source>
        <comment>trial/key_exclusions/2</comment>
        <extracomment>immunosep.json trial/key_exclusions/2</extracomment>
        <translation>Batteriemia da stafilococchi coagulasi-negativi o commensali cutanei, oppure infezione correlata a catetere.</translation>
    </message>
    <message>
        <source>Other infection sources (urinary, abdominal, skin, meningitis) were excluded: the evidence does not extend to them.</source>
        <comment>trial/how_patients_may_differ/0</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/0</extracomment>
        <translation>Altre sedi di infezione (urinaria, addominale, cutanea, meningite) erano escluse: le evidenze non si estendono a esse.</translation>
    </message>
    <message>
        <source>Beyond 72 hours from sepsis classification the trial&apos;s time window no longer applies.</source>
        <comment>trial/how_patients_may_differ/1</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/1</extracomment>
        <translation>Oltre 72 ore dalla classificazione come sepsi, la finestra temporale dello studio non si applica più.</translation>
    </message>
    <message>
        <source>Mean age in the trial was about 70 years and median SOFA 9; most patients were mechanically ventilated.</source>
        <comment>trial/how_patients_may_differ/2</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/2</extracomment>
        <translation>L&apos;età media nello studio era di circa 70 anni e il punteggio SOFA mediano 9; la maggior parte dei pazienti era in ventilazione meccanica.</translation>
    </message>
    <message>
        <source>Patients with COVID-19 could enter only the MALS arm.</source>
        <comment>trial/how_patients_may_differ/3</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/3</extracomment>
        <translation>I pazienti con COVID-19 potevano entrare solo nel braccio MALS.</translation>
    </message>
    <message>
        <source>No mortality benefit was shown at 28 or 90 days.</source>
        <comment>trial/limits/0</comment>
        <extracomment>immunosep.json trial/limits/0</extracomment>
        <translation>Non è stato dimostrato alcun beneficio sulla mortalità a 28 o a 90 giorni.</translation>
    </message>
    <message>
        <source>Phase 2 trial; 276 patients analysed (281 randomised).</source>
        <comment>trial/limits/1</comment>
        <extracomment>immunosep.json trial/limits/1</extracomment>
        <translation>Studio di fase 2; 276 pazienti analizzati (281 randomizzati).</translation>
    </message>
    <message>
        <source>The primary endpoint is organ dysfunction (SOFA), a surrogate outcome.</source>
        <comment>trial/limits/3</comment>
        <extracomment>immunosep.json trial/limits/3</extracomment>
        <translation>L&apos;endpoint primario è la disfunzione d&apos;organo (SOFA), un endpoint surrogato.</translation>
    </message>
    <message>
        <source>Sepsis use of anakinra and interferon-γ is off-label.</source>
        <comment>trial/limits/4</comment>
        <extracomment>immunosep.json trial/limits/4</extracomment>
        <translation>L&apos;uso di anakinra e interferone-γ nella sepsi è off-label.</translation>
    </message>
    <message>
        <source>Primary endpoint: proportion of patients with a decrease of ≥ 1.4 points in mean SOFA score by day 9 (day-1 SOFA minus the mean of days 2–9; patients who died scored 24 for the remaining days).</source>
        <comment>endpoint_definition</comment>
        <extracomment>immunosep.json endpoint_definition</extracomment>
        <translation>Endpoint primario: proporzione di pazienti con una riduzione del punteggio SOFA medio di ≥ 1,4 punti entro il giorno 9 (SOFA del giorno 1 meno la media dei giorni 2–9; ai pazienti deceduti è stato assegnato 24 per i giorni restanti).</translation>
    </message>
    <message>
        <source>No mortality benefit: 28-day mortality 43.5 % vs 49.7 % with placebo (P = .34); 90-day mortality 68.7 % vs 67.6 % (P = .90).</source>
        <comment>key_points/0/text</comment>
        <extracomment>immunosep.json key_points/0/text</extracomment>
        <translation>Nessun beneficio sulla mortalità: mortalità a 28 giorni 43,5% vs 49,7% con placebo (p = 0,34); mortalità a 90 giorni 68,7% vs 67,6% (p = 0,90).</translation>
    </message>
    <message>
        <source>Phase 2 trial, 276 patients analysed. The primary endpoint was organ dysfunction (a decrease of ≥ 1.4 points in mean SOFA score by day 9), not survival.</source>
        <comment>key_points/1/text</comment>
        <extracomment>immunosep.json key_points/1/text</extracomment>
        <translation>Studio di fase 2, 276 pazienti analizzati. L&apos;endpoint primario era la disfunzione d&apos;organo (riduzione del punteggio SOFA medio di ≥ 1,4 punti entro il giorno 9), non la sopravvivenza.</translation>
    </message>
    <message>
        <source>Off-label use: anakinra and recombinant interferon-γ are not licensed for sepsis.</source>
        <comment>key_points/2/text</comment>
        <extracomment>immunosep.json key_points/2/text</extracomment>
        <translation>Uso off-label: anakinra e interferone-γ ricombinante non sono autorizzati per la sepsi.</translation>
    </message>
    <message>
        <source>Tested in adults (≥ 18 years) with sepsis (Sepsis-3) from pneumonia (community-acquired, hospital-acquired or ventilator-associated) or primary bacteraemia, treated within 72 hours of sepsis classification.</source>
        <comment>key_points/3/text</comment>
        <extracomment>immunosep.json key_points/3/text</extracomment>
        <translation>Studiato in adulti (≥ 18 anni) con sepsi (Sepsis-3) da polmonite (acquisita in comunità, nosocomiale o associata a ventilazione meccanica) o batteriemia primaria, trattati entro 72 ore dalla classificazione come sepsi.</translation>
    </message>
    <message>
        <source>Not tested in: urinary, intra-abdominal, meningeal or skin infections; stage IV cancer; neutropenia; do-not-resuscitate decisions.</source>
        <comment>key_points/4/text</comment>
        <extracomment>immunosep.json key_points/4/text</extracomment>
        <translation>Non studiato in: infezioni urinarie, intra-addominali, meningee o cutanee; tumore in stadio IV; neutropenia; decisioni di non rianimare.</translation>
    </message>
    <message>
        <source>Check the product information for renal dosing, contraindications and interactions.</source>
        <comment>regimen_caution</comment>
        <extracomment>immunosep.json regimen_caution</extracomment>
        <translation>Verificare nel Riassunto delle caratteristiche del prodotto (RCP) l&apos;aggiustamento della dose in caso di insufficienza renale, le controindicazioni e le interazioni.</translation>
    </message>
    <message>
        <source>Primary endpoint, all patients</source>
        <comment>comparisons/primary_overall/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/label</extracomment>
        <translation>Endpoint primario, tutti i pazienti</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_overall/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_overall/endpoint</extracomment>
        <translation>Riduzione del punteggio SOFA medio di ≥ 1,4 punti entro il giorno 9</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/primary_overall/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/treated/label</extracomment>
        <translation>immunoterapia di precisione</translation>
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
        <translation>OR aggiustato (regressione logistica) 2,49 (IC 95% 1,42–4,36).</translation>
    </message>
    <message>
        <source>Primary endpoint, MALS subgroup (anakinra vs placebo)</source>
        <comment>comparisons/primary_mals/label</comment>
        <extracomment>immunosep.json comparisons/primary_mals/label</extracomment>
        <translation>Endpoint primario, sottogruppo MALS (anakinra vs placebo)</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_mals/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_mals/endpoint</extracomment>
        <translation>Riduzione del punteggio SOFA medio di ≥ 1,4 punti entro il giorno 9</translation>
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
        <translation>Il testo dell&apos;articolo riporta p = 0,04 per questo sottogruppo.</translation>
    </message>
    <message>
        <source>Primary endpoint, immunoparalysis subgroup (interferon-γ vs placebo)</source>
        <comment>comparisons/primary_immunoparalysis/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/label</extracomment>
        <translation>Endpoint primario, sottogruppo immunoparalisi (interferone-γ vs placebo)</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_immunoparalysis/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/endpoint</extracomment>
        <translation>Riduzione del punteggio SOFA medio di ≥ 1,4 punti entro il giorno 9</translation>
    </message>
    <message>
        <source>interferon-γ</source>
        <comment>comparisons/primary_immunoparalysis/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/treated/label</extracomment>
        <translation>interferone-γ</translation>
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
        <translation>Il testo dell&apos;articolo riporta p = 0,02 per questo sottogruppo.</translation>
    </message>
    <message>
        <source>deaths</source>
        <comment>comparisons/mortality_28d/events</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/events</extracomment>
        <translation>decessi</translation>
    </message>
    <message>
        <source>28-day mortality, all patients</source>
        <comment>comparisons/mortality_28d/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/label</extracomment>
        <translation>Mortalità a 28 giorni, tutti i pazienti</translation>
    </message>
    <message>
        <source>death by day 28</source>
        <comment>comparisons/mortality_28d/endpoint</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/endpoint</extracomment>
        <translation>decesso entro il giorno 28</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/mortality_28d/treated/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/treated/label</extracomment>
        <translation>immunoterapia di precisione</translation>
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
        <translation>HR di Cox 0,83 (0,59–1,18), p = 0,298. La differenza stampata è placebo meno immunoterapia di precisione (immunoterapia di precisione meno placebo è −6,1).</translation>
    </message>
    <message>
        <source>deaths</source>
        <comment>comparisons/mortality_90d/events</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/events</extracomment>
        <translation>decessi</translation>
    </message>
    <message>
        <source>90-day mortality, all patients</source>
        <comment>comparisons/mortality_90d/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/label</extracomment>
        <translation>Mortalità a 90 giorni, tutti i pazienti</translation>
    </message>
    <message>
        <source>death by day 90</source>
        <comment>comparisons/mortality_90d/endpoint</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/endpoint</extracomment>
        <translation>decesso entro il giorno 90</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/mortality_90d/treated/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/treated/label</extracomment>
        <translation>immunoterapia di precisione</translation>
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
        <translation>HR di Cox 0,84 (0,63–1,12), p = 0,231.</translation>
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
        <translation>Anakinra 200 mg per via endovenosa ogni 8 ore per 15 giorni (con placebo sottocutaneo: double-dummy).</translation>
    </message>
    <message>
        <source>Regimen used in the trial — information, not an order</source>
        <comment>arms/anakinra/regimen_label</comment>
        <extracomment>immunosep.json arms/anakinra/regimen_label</extracomment>
        <translation>Schema usato nello studio — informazione, non una prescrizione</translation>
    </message>
    <message>
        <source>Fewer signs of ileus with anakinra (non-serious events).</source>
        <comment>arms/anakinra/safety/2</comment>
        <extracomment>immunosep.json arms/anakinra/safety/2</extracomment>
        <translation>Meno segni di ileo con anakinra (eventi non gravi).</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL places a patient in MALS; it does not establish HLH (HScore, HLH-2004 remain the diagnostic tools).</source>
        <comment>arms/anakinra/notes/0</comment>
        <extracomment>immunosep.json arms/anakinra/notes/0</extracomment>
        <translation>Una ferritina &gt; 4420 ng/mL colloca il paziente nel MALS; non stabilisce una diagnosi di HLH (HScore e criteri HLH-2004 restano gli strumenti diagnostici).</translation>
    </message>
    <message>
        <source>Anakinra is licensed for RA, CAPS/NOMID and DIRA; sepsis use is off-label. No renal dose adjustment for the trial regimen was found.</source>
        <comment>arms/anakinra/notes/1</comment>
        <extracomment>immunosep.json arms/anakinra/notes/1</extracomment>
        <translation>Anakinra è autorizzato per AR, CAPS/NOMID e DIRA; l&apos;uso nella sepsi è off-label. Non è stato trovato alcun aggiustamento della dose per insufficienza renale per lo schema dello studio.</translation>
    </message>
    <message>
        <source>recombinant human interferon-γ</source>
        <comment>arms/interferon_gamma/drug</comment>
        <extracomment>immunosep.json arms/interferon_gamma/drug</extracomment>
        <translation>interferone-γ umano ricombinante</translation>
    </message>
    <message>
        <source>Recombinant human interferon-γ 100 µg subcutaneously every 48 hours (every other day) for 15 days (with intravenous placebo: double-dummy).</source>
        <comment>arms/interferon_gamma/regimen</comment>
        <extracomment>immunosep.json arms/interferon_gamma/regimen</extracomment>
        <translation>Interferone-γ umano ricombinante 100 µg per via sottocutanea ogni 48 ore (a giorni alterni) per 15 giorni (con placebo endovenoso: double-dummy).</translation>
    </message>
    <message>
        <source>Regimen used in the trial — information, not an order</source>
        <comment>arms/interferon_gamma/regimen_label</comment>
        <extracomment>immunosep.json arms/interferon_gamma/regimen_label</extracomment>
        <translation>Schema usato nello studio — informazione, non una prescrizione</translation>
    </message>
    <message>
        <source>More haemorrhage with interferon-γ; four haemorrhagic events occurred in treated patients with thrombocytopenia.</source>
        <comment>arms/interferon_gamma/safety/0</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/0</extracomment>
        <translation>Più emorragie con interferone-γ; quattro eventi emorragici si sono verificati in pazienti trattati con trombocitopenia.</translation>
    </message>
    <message>
        <source>More creatinine increase, fibrinogen decrease and γ-GT increase with interferon-γ; less bradycardia (non-serious events).</source>
        <comment>arms/interferon_gamma/safety/1</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/1</extracomment>
        <translation>Più aumenti della creatinina, riduzioni del fibrinogeno e aumenti delle γ-GT con interferone-γ; meno bradicardia (eventi non gravi).</translation>
    </message>
    <message>
        <source>HLA-DR must be antibodies bound per cell (QuantiBRITE, CD45/CD14 monocytes), not % positive monocytes or MFI.</source>
        <comment>arms/interferon_gamma/notes/0</comment>
        <extracomment>immunosep.json arms/interferon_gamma/notes/0</extracomment>
        <translation>L&apos;HLA-DR deve essere espresso in anticorpi legati per cellula (QuantiBRITE, monociti CD45/CD14), non in % di monociti positivi o MFI.</translation>
    </message>
    <message>
        <source>Interferon-γ-1b is licensed for chronic granulomatous disease; sepsis use is off-label.</source>
        <comment>arms/interferon_gamma/notes/1</comment>
        <extracomment>immunosep.json arms/interferon_gamma/notes/1</extracomment>
        <translation>L&apos;interferone-γ-1b è autorizzato per la malattia granulomatosa cronica; l&apos;uso nella sepsi è off-label.</translation>
    </message>
    <message>
        <source>Serious treatment-emergent adverse events in 245 of 276 patients (88.8 %); 1069 events in all.</source>
        <comment>overall_safety/0</comment>
        <extracomment>immunosep.json overall_safety/0</extracomment>
        <translation>Eventi avversi gravi emersi durante il trattamento in 245 di 276 pazienti (88,8%); 1069 eventi in totale.</translation>
    </message>
    <message>
        <source>Serious adverse events judged probably or possibly related: 8 (6.1 %) with precision immunotherapy vs 3 (2.1 %) with placebo.</source>
        <comment>overall_safety/1</comment>
        <extracomment>immunosep.json overall_safety/1</extracomment>
        <translation>Eventi avversi gravi giudicati probabilmente o possibilmente correlati: 8 (6,1%) con immunoterapia di precisione vs 3 (2,1%) con placebo.</translation>
    </message>
    <message>
        <source>This patient meets neither ImmunoSep phenotype (ferritin ≤ 4420 ng/mL and HLA-DR ≥ 5000 AB/C). Such patients were not eligible for the trial (355 of 672 screened fitted neither phenotype), so the ImmunoSep evidence does not apply and the trial offers no treatment for this state.</source>
        <comment>not_applicable/unclassified</comment>
        <extracomment>immunosep.json not_applicable/unclassified</extracomment>
        <translation>Questo paziente non corrisponde a nessuno dei due fenotipi ImmunoSep (ferritina ≤ 4420 ng/mL e HLA-DR ≥ 5000 AB/C). Questi pazienti non erano eleggibili per lo studio (355 dei 672 sottoposti a screening non corrispondevano a nessun fenotipo), quindi le evidenze ImmunoSep non si applicano e lo studio non offre alcun trattamento per questa condizione.</translation>
    </message>
    <message>
        <source>The phenotype cannot be determined from these data, so no ImmunoSep evidence applies yet. Obtain what the reasons above ask for and assess again.</source>
        <comment>not_applicable/cannot_classify</comment>
        <extracomment>immunosep.json not_applicable/cannot_classify</extracomment>
        <translation>Il fenotipo non può essere determinato da questi dati, quindi nessuna evidenza ImmunoSep si applica ancora. Ottenere quanto richiesto dai motivi indicati sopra e ripetere la valutazione.</translation>
    </message>
    <message>
        <source>28-day mortality: the difference is printed as 6.1 (−5.6 to 17.6), which is placebo minus precision immunotherapy; precision minus placebo is −6.1 (−17.6 to 5.6).</source>
        <comment>published_discrepancies/0</comment>
        <extracomment>immunosep.json published_discrepancies/0</extracomment>
        <translation>Mortalità a 28 giorni: la differenza è stampata come 6,1 (da −5,6 a 17,6), cioè placebo meno immunoterapia di precisione; immunoterapia di precisione meno placebo è −6,1 (da −17,6 a 5,6).</translation>
    </message>
    <message>
        <source>MALS subgroup: the article text prints P = .04; the eTable prints P = .034, which the counts reproduce (Fisher 0.0339).</source>
        <comment>published_discrepancies/1</comment>
        <extracomment>immunosep.json published_discrepancies/1</extracomment>
        <translation>Sottogruppo MALS: il testo dell&apos;articolo riporta p = 0,04; l&apos;eTable riporta p = 0,034, che i conteggi riproducono (Fisher 0,0339).</translation>
    </message>
    <message>
        <source>MALS subgroup OR lower limit printed 1.15; Woolf gives 1.156 (printed value truncated).</source>
        <comment>published_discrepancies/2</comment>
        <extracomment>immunosep.json published_discrepancies/2</extracomment>
        <translation>Sottogruppo MALS: limite inferiore dell&apos;OR stampato 1,15; il metodo di Woolf dà 1,156 (valore stampato troncato).</translation>
    </message>
    <message>
        <source>355 of 672 screened patients fitted neither phenotype.</source>
        <comment>trial/limits/2</comment>
        <extracomment>immunosep.json trial/limits/2</extracomment>
        <translation>355 dei 672 pazienti sottoposti a screening non corrispondevano a nessuno dei due fenotipi.</translation>
    </message>
    <message>
        <source>More anaemia with anakinra than with placebo.</source>
        <comment>arms/anakinra/safety/0</comment>
        <extracomment>immunosep.json arms/anakinra/safety/0</extracomment>
        <translation>Più anemia con anakinra che con placebo.</translation>
    </message>
    <message>
        <source>Serious adverse events in 20 of 25 anakinra-treated and 21 of 23 placebo MALS patients.</source>
        <comment>arms/anakinra/safety/1</comment>
        <extracomment>immunosep.json arms/anakinra/safety/1</extracomment>
        <translation>Eventi avversi gravi in 20 dei 25 pazienti MALS trattati con anakinra e in 21 dei 23 con placebo.</translation>
    </message>
    <message>
        <source>Serious adverse events in 96 of 106 interferon-γ-treated and 108 of 122 placebo immunoparalysis patients.</source>
        <comment>arms/interferon_gamma/safety/2</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/2</extracomment>
        <translation>Eventi avversi gravi in 96 dei 106 pazienti con immunoparalisi trattati con interferone-γ e in 108 dei 122 con placebo.</translation>
    </message>
    <message>
        <source>Figures transcribed from ../shared/domain/immunosep-reference.md §1 (JAMA 2025 article, Table 2, eTables); re-check against the JAMA PDF before release.</source>
        <comment>provenance/0</comment>
        <extracomment>immunosep.json provenance/0</extracomment>
        <translation>Dati trascritti da ../shared/domain/immunosep-reference.md §1 (articolo JAMA 2025, tabella 2, eTable); da ricontrollare sul PDF di JAMA prima del rilascio.</translation>
    </message>
    <message>
        <source>The full exclusion list could not be verified: every stored registry copy is truncated (a corticosteroid-dose limit is mentioned, its value is not).</source>
        <comment>provenance/1</comment>
        <extracomment>immunosep.json provenance/1</extracomment>
        <translation>Non è stato possibile verificare l&apos;elenco completo delle esclusioni: ogni copia archiviata del registro è troncata (è menzionato un limite di dose di corticosteroidi, ma non il suo valore).</translation>
    </message>
    <message>
        <source>The label of the 355-patient box of the flow chart (&quot;fitted neither phenotype&quot;) was not visible in the transcription.</source>
        <comment>provenance/2</comment>
        <extracomment>immunosep.json provenance/2</extracomment>
        <translation>L&apos;etichetta del riquadro di 355 pazienti del diagramma di flusso (“non corrispondevano a nessuno dei due fenotipi”) non era visibile nella trascrizione.</translation>
    </message>
    <message>
        <source>Exact counts of anaemia with anakinra and of haemorrhage with interferon-γ were not retrievable.</source>
        <comment>provenance/3</comment>
        <extracomment>immunosep.json provenance/3</extracomment>
        <translation>I conteggi esatti di anemia con anakinra e di emorragia con interferone-γ non erano reperibili.</translation>
    </message>
    <message>
        <source>Serious adverse events by stratum (20 and 21 of the MALS arms, 96 and 108 of the immunoparalysis arms) are inferred from the arm totals of Table 3.</source>
        <comment>provenance/4</comment>
        <extracomment>immunosep.json provenance/4</extracomment>
        <translation>Gli eventi avversi gravi per strato (20 e 21 nei bracci MALS, 96 e 108 nei bracci immunoparalisi) sono dedotti dai totali per braccio della tabella 3.</translation>
    </message>
    <message>
        <source>Circulating summaries that say &apos;267 patients&apos;, or placebo denominators of 131, are wrong: 276 were analysed (131 precision immunotherapy, 145 placebo).</source>
        <comment>provenance/5</comment>
        <extracomment>immunosep.json provenance/5</extracomment>
        <translation>I riassunti in circolazione che riportano &apos;267 pazienti&apos; o denominatori del placebo pari a 131 sono errati: sono stati analizzati 276 pazienti (131 immunoterapia di precisione, 145 placebo).</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Trial evidence</source>
        <translation>Evidenze dello studio</translation>
    </message>
    <message>
        <source>Key points and regimen</source>
        <translation>Punti chiave e schema</translation>
    </message>
    <message>
        <source>Statistics audit: published vs recomputed figures</source>
        <translation>Verifica statistica: dati pubblicati vs ricalcolati</translation>
    </message>
    <message>
        <source>Show the statistics audit</source>
        <translation>Mostra la verifica statistica</translation>
    </message>
    <message>
        <source>Statistics audit</source>
        <translation>Verifica statistica</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenienza</translation>
    </message>
    <message>
        <source>The evidence for the patient&apos;s phenotype appears here once the values can be classified.</source>
        <translation>Le evidenze per il fenotipo del paziente compaiono qui non appena i valori possono essere classificati.</translation>
    </message>
    <message>
        <source>Hide the statistics audit</source>
        <translation>Nascondi la verifica statistica</translation>
    </message>
</context>
<context>
    <name>EvidencePlot</name>
    <message>
        <source>Evidence chart</source>
        <translation>Grafico delle evidenze</translation>
    </message>
    <message>
        <source>{group} (this patient)</source>
        <translation>{group} (questo paziente)</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>treated percentage</source>
        <translation>percentuale nei trattati</translation>
    </message>
    <message>
        <source>placebo percentage</source>
        <translation>percentuale con placebo</translation>
    </message>
    <message>
        <source>p value</source>
        <translation>valore di p</translation>
    </message>
    <message>
        <source>odds ratio</source>
        <translation>odds ratio</translation>
    </message>
    <message>
        <source>lower limit of the odds ratio</source>
        <translation>limite inferiore dell&apos;odds ratio</translation>
    </message>
    <message>
        <source>upper limit of the odds ratio</source>
        <translation>limite superiore dell&apos;odds ratio</translation>
    </message>
    <message>
        <source>risk difference</source>
        <translation>differenza di rischio</translation>
    </message>
    <message>
        <source>lower limit of the risk difference</source>
        <translation>limite inferiore della differenza di rischio</translation>
    </message>
    <message>
        <source>upper limit of the risk difference</source>
        <translation>limite superiore della differenza di rischio</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Decessi</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Every printed figure agrees with its recomputation (within one unit of its last printed digit).</source>
        <translation>Ogni cifra stampata concorda con il suo ricalcolo (entro un&apos;unità dell&apos;ultima cifra stampata).</translation>
    </message>
    <message>
        <source>ImmunoSep trial evidence</source>
        <translation>Evidenze dello studio ImmunoSep</translation>
    </message>
    <message>
        <source>The evidence for the patient&apos;s phenotype appears here once the values can be classified.</source>
        <translation>Le evidenze per il fenotipo del paziente compaiono qui quando i valori possono essere classificati.</translation>
    </message>
    <message>
        <source>{point} ({low} to {high})</source>
        <translation>{point} (da {low} a {high})</translation>
    </message>
    <message>
        <source>Odds ratio (95 % CI)</source>
        <translation>Odds ratio (IC al 95 %)</translation>
    </message>
    <message>
        <source>Risk difference, percentage points (95 % CI), placebo − treated, as printed</source>
        <translation>Differenza di rischio, punti percentuali (IC al 95 %), placebo − trattati, come stampata</translation>
    </message>
    <message>
        <source>Risk difference, percentage points (95 % CI), treated − placebo</source>
        <translation>Differenza di rischio, punti percentuali (IC al 95 %), trattati − placebo</translation>
    </message>
    <message>
        <source>No trial arm matches this result.</source>
        <translation>Nessun braccio dello studio corrisponde a questo risultato.</translation>
    </message>
    <message>
        <source>Printed and recomputed figures differ for: {figures}.</source>
        <translation>Le cifre stampate e ricalcolate differiscono per: {figures}.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Published (as printed)</source>
        <translation>Pubblicato (come stampato)</translation>
    </message>
    <message>
        <source>Recomputed from the counts</source>
        <translation>Ricalcolato dai conteggi</translation>
    </message>
    <message>
        <source>{treated} {te}/{tt} ({tp} %) vs {control} {ce}/{ct} ({cp} %)</source>
        <translation>{treated} {te}/{tt} ({tp} %) vs {control} {ce}/{ct} ({cp} %)</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Punti chiave</translation>
    </message>
    <message>
        <source>Limits of the evidence</source>
        <translation>Limiti delle evidenze</translation>
    </message>
    <message>
        <source>Known discrepancies in the publication</source>
        <translation>Discrepanze note nella pubblicazione</translation>
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
        <translation>Fonte: {source}.</translation>
    </message>
    <message>
        <source>Methods of the recomputation:</source>
        <translation>Metodi del ricalcolo:</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenienza</translation>
    </message>
    <message>
        <source>Evidence version {version}, cut-off {cutoff}.</source>
        <translation>Versione delle evidenze {version}, aggiornata al {cutoff}.</translation>
    </message>
    <message>
        <source>Why there is no phenotype:</source>
        <translation>Perché non c&apos;è un fenotipo:</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence does not apply</source>
        <translation>Le evidenze ImmunoSep non si applicano</translation>
    </message>
    <message>
        <source>Key exclusions</source>
        <translation>Esclusioni principali</translation>
    </message>
    <message>
        <source>How this patient may differ from the trial population</source>
        <translation>In cosa questo paziente può differire dalla popolazione dello studio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tutti i pazienti</translation>
    </message>
    <message>
        <source>Safety signals</source>
        <translation>Segnali di sicurezza</translation>
    </message>
    <message>
        <source>ImmunoSep evidence for {phenotype}: {drug} arm</source>
        <translation>Evidenze ImmunoSep per {phenotype}: braccio {drug}</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF report — TRAINING</source>
        <translation>Esporta report PDF — FORMAZIONE</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Esporta il report PDF</translation>
    </message>
    <message>
        <source>Rendering the report…</source>
        <translation>Generazione del report…</translation>
    </message>
    <message>
        <source>Preview of page 1</source>
        <translation>Anteprima della pagina 1</translation>
    </message>
    <message>
        <source>Patient name (optional)</source>
        <translation>Nome del paziente (facoltativo)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD (optional)</source>
        <translation>Data di nascita, AAAA-MM-GG (facoltativa)</translation>
    </message>
    <message>
        <source>Record number (optional)</source>
        <translation>Numero di cartella (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Data di nascita:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>Numero di &amp;cartella:</translation>
    </message>
    <message>
        <source>Leave these empty to print a box for a patient label.</source>
        <translation>Lasciare vuoti questi campi per stampare un riquadro per l&apos;etichetta del paziente.</translation>
    </message>
    <message>
        <source>Patient: {id}
Result: {result}</source>
        <translation>Paziente: {id}
Risultato: {result}</translation>
    </message>
    <message>
        <source>TRAINING — every page is marked as training material.</source>
        <translation>FORMAZIONE — ogni pagina è contrassegnata come materiale di formazione.</translation>
    </message>
    <message>
        <source>Page header (site)</source>
        <translation>Intestazione di pagina (sede)</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identificazione</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salva…</translation>
    </message>
    <message>
        <source>Page 1 includes the stored eligibility checklist, day-9 SOFA measure and HScore, where present.</source>
        <translation>La pagina 1 include la checklist di eleggibilità, la misura SOFA al giorno 9 e l&apos;HScore salvati, se presenti.</translation>
    </message>
    <message>
        <source>Stored scores not included: {reason}</source>
        <translation>Punteggi salvati non inclusi: {reason}</translation>
    </message>
    <message>
        <source>Date of birth: type it as YYYY-MM-DD (e.g. 1958-03-14); 03/04/1958 could be March or April.</source>
        <translation>Data di nascita: inserirla nel formato AAAA-MM-GG (ad es. 1958-03-14); 03/04/1958 potrebbe essere marzo o aprile.</translation>
    </message>
    <message>
        <source>No preview on this computer (no PDF renderer found).
The saved file is the same report.</source>
        <translation>Nessuna anteprima su questo computer (nessun renderer PDF trovato).
Il file salvato è lo stesso report.</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Pronto per il salvataggio.</translation>
    </message>
    <message>
        <source>Page 1 of {n} shown. Ready to save.</source>
        <translation>Mostrata la pagina 1 di {n}. Pronto per il salvataggio.</translation>
    </message>
    <message>
        <source>Page 1 shown. Ready to save.</source>
        <translation>Mostrata la pagina 1. Pronto per il salvataggio.</translation>
    </message>
    <message>
        <source>The report could not be produced.</source>
        <translation>Non è stato possibile generare il report.</translation>
    </message>
    <message>
        <source>Error: {kind}. Nothing can be saved.</source>
        <translation>Errore: {kind}. Non è possibile salvare nulla.</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it with this report?</source>
        <translation>{name} esiste già in {folder}.

Sostituirlo con questo report?</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Salvataggio di {name}…</translation>
    </message>
    <message>
        <source>{name} appeared meanwhile; it was not replaced.</source>
        <translation>{name} è comparso nel frattempo; non è stato sostituito.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}. Nothing was written.</source>
        <translation>Impossibile salvare {name}: {reason}. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}:
{reason}

Nothing was written there. Choose another folder.</source>
        <translation>Non è stato possibile salvare il report in {path}:
{reason}

Non vi è stato scritto nulla. Scegliere un&apos;altra cartella.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Age {age} years is under {min_age}: ImmunoSep enrolled adults only, and HLA-DR differs in children.</source>
        <comment>age_under_18</comment>
        <extracomment>Finding age_under_18. Fields: age, min_age.</extracomment>
        <translation>Età {age} anni inferiore a {min_age}: ImmunoSep ha arruolato solo adulti e l&apos;HLA-DR è diverso nei bambini.</translation>
    </message>
    <message>
        <source>Age {age} years could be under {min_age}; the exact age is needed.</source>
        <comment>age_indeterminate</comment>
        <extracomment>Finding age_indeterminate. Fields: age, min_age.</extracomment>
        <translation>L&apos;età {age} anni potrebbe essere inferiore a {min_age}; serve l&apos;età esatta.</translation>
    </message>
    <message>
        <source>The rule could not be applied to these inputs.</source>
        <comment>internal_error</comment>
        <extracomment>Finding internal_error.</extracomment>
        <translation>Non è stato possibile applicare la regola a questi dati.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is unusually low for antibodies bound per cell; check that it is not % positive monocytes or MFI.</source>
        <comment>hla_dr_implausibly_low</comment>
        <extracomment>Finding hla_dr_implausibly_low. Fields: hla_dr.</extracomment>
        <translation>L&apos;HLA-DR {hla_dr} è insolitamente basso per anticorpi legati per cellula; verificare che non si tratti di % di monociti positivi o di MFI.</translation>
    </message>
    <message>
        <source>HLA-DR given as {hla_dr_unit} was not used: it cannot be converted to AB/C (not needed for MALS).</source>
        <comment>hla_dr_unit_not_used</comment>
        <extracomment>Finding hla_dr_unit_not_used. Fields: hla_dr_unit.</extracomment>
        <translation>L&apos;HLA-DR fornito in {hla_dr_unit} non è stato usato: non può essere convertito in AB/C (non necessario per il MALS).</translation>
    </message>
    <message>
        <source>The HLA-DR processing time is before its sample time; check both times.</source>
        <comment>hla_dr_processed_before_sampled</comment>
        <extracomment>Finding hla_dr_processed_before_sampled.</extracomment>
        <translation>L&apos;orario di processazione dell&apos;HLA-DR precede l&apos;orario di prelievo; controllare entrambi gli orari.</translation>
    </message>
    <message>
        <source>Age not given: ImmunoSep enrolled adults (≥ {min_age} years) only.</source>
        <comment>age_not_given</comment>
        <extracomment>Finding age_not_given. Fields: min_age.</extracomment>
        <translation>Età non indicata: ImmunoSep ha arruolato solo adulti (≥ {min_age} anni).</translation>
    </message>
    <message>
        <source>no HLA-DR result of this patient within {max_interval} of this ferritin result</source>
        <comment>not_paired.ferritin</comment>
        <extracomment>Finding not_paired.ferritin. Fields: max_interval.</extracomment>
        <translation>nessun risultato HLA-DR di questo paziente entro {max_interval} da questo risultato di ferritina</translation>
    </message>
    <message>
        <source>no ferritin result of this patient within {max_interval} of this HLA-DR result</source>
        <comment>not_paired.hla_dr</comment>
        <extracomment>Finding not_paired.hla_dr. Fields: max_interval.</extracomment>
        <translation>nessun risultato di ferritina di questo paziente entro {max_interval} da questo risultato HLA-DR</translation>
    </message>
    <message>
        <source>not paired: two results are equally close in time (rows {first_row} and {second_row} among them); pair them by hand</source>
        <comment>pairing_ambiguous</comment>
        <extracomment>Finding pairing_ambiguous. Fields: first_row, second_row.</extracomment>
        <translation>non abbinato: due risultati sono ugualmente vicini nel tempo (tra cui le righe {first_row} e {second_row}); abbinarli manualmente</translation>
    </message>
    <message>
        <source>encoding cp1252 (identical to latin-1 for this file)</source>
        <comment>encoding_cp1252</comment>
        <extracomment>Finding encoding_cp1252.</extracomment>
        <translation>codifica cp1252 (identica a latin-1 per questo file)</translation>
    </message>
    <message>
        <source>delimiter comma (detected)</source>
        <comment>delimiter_detected.comma</comment>
        <extracomment>Finding delimiter_detected.comma.</extracomment>
        <translation>delimitatore virgola (rilevato)</translation>
    </message>
    <message>
        <source>delimiter semicolon (detected)</source>
        <comment>delimiter_detected.semicolon</comment>
        <extracomment>Finding delimiter_detected.semicolon.</extracomment>
        <translation>delimitatore punto e virgola (rilevato)</translation>
    </message>
    <message>
        <source>delimiter tab (detected)</source>
        <comment>delimiter_detected.tab</comment>
        <extracomment>Finding delimiter_detected.tab.</extracomment>
        <translation>delimitatore tabulazione (rilevato)</translation>
    </message>
    <message>
        <source>delimiter pipe (detected)</source>
        <comment>delimiter_detected.pipe</comment>
        <extracomment>Finding delimiter_detected.pipe.</extracomment>
        <translation>delimitatore barra verticale (rilevato)</translation>
    </message>
    <message>
        <source>header on row {row}</source>
        <comment>header_row</comment>
        <extracomment>Finding header_row. Fields: row.</extracomment>
        <translation>intestazione alla riga {row}</translation>
    </message>
    <message>
        <source>sheet {sheet} (the first of {count}: {sheets})</source>
        <comment>first_sheet</comment>
        <extracomment>Finding first_sheet. Fields: count, sheet, sheets.</extracomment>
        <translation>foglio {sheet} (il primo di {count}: {sheets})</translation>
    </message>
    <message>
        <source>decimal comma (detected: values such as 5120,5 and none with a decimal point)</source>
        <comment>decimal_comma_detected</comment>
        <extracomment>Finding decimal_comma_detected.</extracomment>
        <translation>virgola decimale (rilevata: valori come 5120,5 e nessuno con il punto decimale)</translation>
    </message>
    <message>
        <source>decimal point (detected)</source>
        <comment>decimal_point_detected</comment>
        <extracomment>Finding decimal_point_detected.</extracomment>
        <translation>punto decimale (rilevato)</translation>
    </message>
    <message>
        <source>values use both decimal comma and decimal point; declare the decimal separator (rows that do not fit it are rejected)</source>
        <comment>decimal_separators_mixed</comment>
        <extracomment>Finding decimal_separators_mixed.</extracomment>
        <translation>i valori usano sia la virgola sia il punto decimale; dichiarare il separatore decimale (le righe che non vi corrispondono vengono rifiutate)</translation>
    </message>
    <message>
        <source>values such as 4.420 or 4,420 could be grouped thousands or decimals; they are rejected (declare the decimal separator if needed)</source>
        <comment>decimal_grouping_ambiguous</comment>
        <extracomment>Finding decimal_grouping_ambiguous.</extracomment>
        <translation>valori come 4.420 o 4,420 potrebbero essere migliaia raggruppate o decimali; vengono rifiutati (dichiarare il separatore decimale se necessario)</translation>
    </message>
    <message>
        <source>no decimal separator in the values</source>
        <comment>no_decimal_separator</comment>
        <extracomment>Finding no_decimal_separator.</extracomment>
        <translation>nessun separatore decimale nei valori</translation>
    </message>
    <message>
        <source>sample times mix date separators ({separators}); give the time format</source>
        <comment>time_separators_mixed</comment>
        <extracomment>Finding time_separators_mixed. Fields: separators.</extracomment>
        <translation>gli orari di prelievo mescolano separatori di data diversi ({separators}); indicare il formato dell&apos;ora</translation>
    </message>
    <message>
        <source>time format {time_format} (detected: day first, a first field reaches {value})</source>
        <comment>time_format_detected.day_first</comment>
        <extracomment>Finding time_format_detected.day_first. Fields: time_format, value.</extracomment>
        <translation>formato dell&apos;ora {time_format} (rilevato: prima il giorno, un primo campo arriva a {value})</translation>
    </message>
    <message>
        <source>time format {time_format} (detected: month first, a second field reaches {value})</source>
        <comment>time_format_detected.month_first</comment>
        <extracomment>Finding time_format_detected.month_first. Fields: time_format, value.</extracomment>
        <translation>formato dell&apos;ora {time_format} (rilevato: prima il mese, un secondo campo arriva a {value})</translation>
    </message>
    <message>
        <source>sample times like {example} could be day-first or month-first; give the time format (e.g. {time_format})</source>
        <comment>time_order_ambiguous</comment>
        <extracomment>Finding time_order_ambiguous. Fields: example, time_format.</extracomment>
        <translation>orari di prelievo come {example} potrebbero avere prima il giorno o prima il mese; indicare il formato dell&apos;ora (ad es. {time_format})</translation>
    </message>
    <message>
        <source>sample times do not follow one day/month order; give the time format</source>
        <comment>time_order_inconsistent</comment>
        <extracomment>Finding time_order_inconsistent.</extracomment>
        <translation>gli orari di prelievo non seguono un unico ordine giorno/mese; indicare il formato dell&apos;ora</translation>
    </message>
    <message>
        <source>date cells in the sample-time column are taken as 00:00 (the other cells of the column are date-times)</source>
        <comment>midnight_dates</comment>
        <extracomment>Finding midnight_dates.</extracomment>
        <translation>le celle con la sola data nella colonna dell&apos;ora del prelievo sono lette come 00:00 (le altre celle della colonna sono data-ora)</translation>
    </message>
    <message>
        <source>no sample time column: results carry no sample time, and two rows of one patient cannot be told apart (they are reported as conflicting)</source>
        <comment>no_sample_time_column</comment>
        <extracomment>Finding no_sample_time_column.</extracomment>
        <translation>nessuna colonna dell&apos;ora del prelievo: i risultati non hanno ora del prelievo e due righe dello stesso paziente non possono essere distinte (sono segnalate come in conflitto)</translation>
    </message>
    <message>
        <source>header {header}: {text} is not a {analyte} unit; ignored</source>
        <comment>header_unit_ignored</comment>
        <extracomment>Finding header_unit_ignored. Fields: analyte, header, text.</extracomment>
        <translation>intestazione {header}: {text} non è un&apos;unità di {analyte}; ignorata</translation>
    </message>
    <message>
        <source>{file_format}: {messages} message(s), {results} result(s): {used} used, {ignored} ignored, {rejected} rejected</source>
        <comment>message_counts</comment>
        <extracomment>Finding message_counts. Fields: file_format, ignored, messages, rejected, results, used.</extracomment>
        <translation>{file_format}: messaggi {messages}, risultati {results}; usati {used}, ignorati {ignored}, rifiutati {rejected}</translation>
    </message>
    <message>
        <source>line {line} of the file comes before the first MSH segment and belongs to no message; it was not read</source>
        <comment>outside_message</comment>
        <extracomment>Finding outside_message. Fields: line.</extracomment>
        <translation>la riga {line} del file precede il primo segmento MSH e non appartiene ad alcun messaggio; non è stata letta</translation>
    </message>
    <message>
        <source>No value was given; a number is required.</source>
        <comment>empty</comment>
        <extracomment>Finding empty.</extracomment>
        <translation>Nessun valore fornito; è richiesto un numero.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a comparator but no number; a number is required.</source>
        <comment>empty.comparator_only</comment>
        <extracomment>Finding empty.comparator_only. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; ha un comparatore ma nessun numero; è richiesto un numero.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a censored value; an exact number is required.</source>
        <comment>censored_not_allowed</comment>
        <extracomment>Finding censored_not_allowed. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; è un valore censurato; è richiesto un numero esatto.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains {character} ({character_name}); only the ASCII digits 0-9 and one decimal separator are accepted.</source>
        <comment>non_ascii</comment>
        <extracomment>Finding non_ascii. Fields: character, character_name, text.</extracomment>
        <translation>&apos;{text}&apos; contiene {character} ({character_name}); sono accettate solo le cifre ASCII 0-9 e un separatore decimale.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: NaN is not a number; a number is required.</source>
        <comment>not_a_number.nan</comment>
        <extracomment>Finding not_a_number.nan. Fields: text.</extracomment>
        <translation>&apos;{text}&apos;: NaN non è un numero; è richiesto un numero.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: infinity is not a measurement; a number is required.</source>
        <comment>not_a_number.infinity</comment>
        <extracomment>Finding not_a_number.infinity. Fields: text.</extracomment>
        <translation>&apos;{text}&apos;: infinito non è una misura; è richiesto un numero.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains letters; enter only the number (the unit has its own field).</source>
        <comment>not_a_number.letters</comment>
        <extracomment>Finding not_a_number.letters. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; contiene lettere; inserire solo il numero (l&apos;unità ha un campo proprio).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains letters; enter the age as a number of years.</source>
        <comment>not_a_number.letters_age</comment>
        <extracomment>Finding not_a_number.letters_age. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; contiene lettere; inserire l&apos;età come numero di anni.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number; expected digits with an optional &apos;{separator}&apos; decimal separator, e.g. {example}.</source>
        <comment>not_a_number</comment>
        <extracomment>Finding not_a_number. Fields: example, separator, text.</extracomment>
        <translation>&apos;{text}&apos; non è un numero; attese cifre con un eventuale separatore decimale &apos;{separator}&apos;, ad es. {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; a laboratory value cannot be negative.</source>
        <comment>negative</comment>
        <extracomment>Finding negative. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; è negativo; un valore di laboratorio non può essere negativo.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; an age cannot be negative.</source>
        <comment>negative.age</comment>
        <extracomment>Finding negative.age. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; è negativo; un&apos;età non può essere negativa.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; % positive monocytes is impossible: a percentage cannot exceed 100; check the value and its unit.</source>
        <comment>percent_over_100</comment>
        <extracomment>Finding percent_over_100. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; % di monociti positivi è impossibile: una percentuale non può superare 100; controllare il valore e la sua unità.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a &apos;+&apos; sign; write the number without it.</source>
        <comment>sign</comment>
        <extracomment>Finding sign. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; ha un segno &apos;+&apos;; scrivere il numero senza segno.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; uses exponent notation; write the number in full.</source>
        <comment>exponent</comment>
        <extracomment>Finding exponent. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; usa la notazione esponenziale; scrivere il numero per esteso.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;_&apos;; write digits only.</source>
        <comment>underscore</comment>
        <extracomment>Finding underscore. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; contiene &apos;_&apos;; scrivere solo cifre.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains a space or apostrophe used as a thousands separator; write the number without grouping.</source>
        <comment>grouping.space</comment>
        <extracomment>Finding grouping.space. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; contiene uno spazio o un apostrofo usato come separatore delle migliaia; scrivere il numero senza raggruppamento.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;{separator}&apos;; thousands separators are not accepted (if &apos;,&apos; is your decimal separator, declare decimal comma).</source>
        <comment>grouping</comment>
        <extracomment>Finding grouping. Fields: separator, text.</extracomment>
        <translation>&apos;{text}&apos; contiene &apos;{separator}&apos;; i separatori delle migliaia non sono accettati (se &apos;,&apos; è il proprio separatore decimale, dichiarare la virgola decimale).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;{separator}&apos;; thousands separators are not accepted (decimal comma is on, so &apos;.&apos; is not accepted).</source>
        <comment>grouping.decimal_comma</comment>
        <extracomment>Finding grouping.decimal_comma. Fields: separator, text.</extracomment>
        <translation>&apos;{text}&apos; contiene &apos;{separator}&apos;; i separatori delle migliaia non sono accettati (la virgola decimale è attiva, quindi &apos;.&apos; non è accettato).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be a thousands-grouped integer or a decimal number; write it without grouping and with at most one decimal separator, e.g. 4420 or 4.42.</source>
        <comment>ambiguous_separator</comment>
        <extracomment>Finding ambiguous_separator. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; potrebbe essere un intero con separatore delle migliaia o un numero decimale; scriverlo senza raggruppamento e con al massimo un separatore decimale, ad es. 4420 o 4.42.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has too many digits to be a lab result.</source>
        <comment>too_long</comment>
        <extracomment>Finding too_long. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; ha troppe cifre per essere un risultato di laboratorio.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; years is not a plausible age: the oldest person on record lived {oldest_age} years; check the age.</source>
        <comment>age_implausible</comment>
        <extracomment>Finding age_implausible. Fields: oldest_age, text.</extracomment>
        <translation>&apos;{text}&apos; anni non è un&apos;età plausibile: la persona più anziana documentata è vissuta {oldest_age} anni; controllare l&apos;età.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; means an age below 0 years, which is impossible.</source>
        <comment>age_below_zero</comment>
        <extracomment>Finding age_below_zero. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; indica un&apos;età inferiore a 0 anni, il che è impossibile.</translation>
    </message>
    <message>
        <source>No unit was given; one of {accepted} is required.</source>
        <comment>unit_missing.ferritin</comment>
        <extracomment>Finding unit_missing.ferritin. Fields: accepted.</extracomment>
        <translation>Nessuna unità fornita; è richiesta una tra {accepted}.</translation>
    </message>
    <message>
        <source>No unit was given; {accepted} is required.</source>
        <comment>unit_missing.hla_dr</comment>
        <extracomment>Finding unit_missing.hla_dr. Fields: accepted.</extracomment>
        <translation>Nessuna unità fornita; è richiesto {accepted}.</translation>
    </message>
    <message>
        <source>AB/C (antibodies bound per cell; also molecules/cell, mAb/cell)</source>
        <comment>units_accepted.hla_dr</comment>
        <extracomment>Finding units_accepted.hla_dr.</extracomment>
        <translation>AB/C (anticorpi legati per cellula; anche molecules/cell, mAb/cell)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ferritin unit this app converts; accepted: {accepted}.</source>
        <comment>unit_unknown.ferritin</comment>
        <extracomment>Finding unit_unknown.ferritin. Fields: accepted, text.</extracomment>
        <translation>&apos;{text}&apos; non è un&apos;unità di ferritina che questa applicazione converte; accettate: {accepted}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an HLA-DR unit; accepted: {accepted} (&apos;%&apos; and &apos;MFI&apos; are recognised but cannot establish immunoparalysis).</source>
        <comment>unit_unknown.hla_dr</comment>
        <extracomment>Finding unit_unknown.hla_dr. Fields: accepted, text.</extracomment>
        <translation>&apos;{text}&apos; non è un&apos;unità di HLA-DR; accettate: {accepted} (&apos;%&apos; e &apos;MFI&apos; sono riconosciute ma non possono stabilire un&apos;immunoparalisi).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; an ISO 8601 date-time such as 2026-11-24T08:30 is required.</source>
        <comment>date_without_time</comment>
        <extracomment>Finding date_without_time. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; non ha l&apos;ora del giorno; è richiesta una data-ora ISO 8601 come 2026-11-24T08:30.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 date-time such as 2026-11-24T08:30 or 2026-11-24T08:30+01:00.</source>
        <comment>bad_time</comment>
        <extracomment>Finding bad_time. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; non è una data-ora ISO 8601 come 2026-11-24T08:30 o 2026-11-24T08:30+01:00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; lies outside the years {earliest} to {latest}; check the date.</source>
        <comment>implausible_time</comment>
        <extracomment>Finding implausible_time. Fields: earliest, latest, text.</extracomment>
        <translation>&apos;{text}&apos; è al di fuori degli anni da {earliest} a {latest}; controllare la data.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has the UTC offset {offset}, which no place on Earth uses (offsets run from -12:00 to +14:00); check the time.</source>
        <comment>bad_offset</comment>
        <extracomment>Finding bad_offset. Fields: offset, text.</extracomment>
        <translation>&apos;{text}&apos; ha lo scostamento UTC {offset}, che nessun luogo sulla Terra usa (gli scostamenti vanno da -12:00 a +14:00); controllare l&apos;ora.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; leaves no possible value; enter the number.</source>
        <comment>impossible_bound</comment>
        <extracomment>Finding impossible_bound. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; non lascia alcun valore possibile; inserire il numero.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; looks like a percentage; FiO2 is a fraction from {minimum} to {maximum}, e.g. 0.4 for 40 %.</source>
        <comment>fio2_percent</comment>
        <extracomment>Finding fio2_percent. Fields: maximum, minimum, text.</extracomment>
        <translation>&apos;{text}&apos; sembra una percentuale; la FiO2 è una frazione da {minimum} a {maximum}, ad es. 0.4 per 40 %.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a fraction of inspired oxygen; FiO2 runs from {minimum} (room air) to {maximum}.</source>
        <comment>fio2_range</comment>
        <extracomment>Finding fio2_range. Fields: maximum, minimum, text.</extracomment>
        <translation>&apos;{text}&apos; non è una frazione di ossigeno inspirato; la FiO2 va da {minimum} (aria ambiente) a {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Glasgow Coma Scale score; a whole number from {minimum} to {maximum} is required.</source>
        <comment>gcs_range</comment>
        <extracomment>Finding gcs_range. Fields: maximum, minimum, text.</extracomment>
        <translation>&apos;{text}&apos; non è un punteggio della Glasgow Coma Scale; è richiesto un numero intero da {minimum} a {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a body temperature in °C (if it is °F, convert it); {minimum} to {maximum} accepted.</source>
        <comment>temperature_range</comment>
        <extracomment>Finding temperature_range. Fields: maximum, minimum, text.</extracomment>
        <translation>&apos;{text}&apos; non è una temperatura corporea in °C (se è in °F, convertirla); accettati da {minimum} a {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be 0.</source>
        <comment>zero</comment>
        <extracomment>Finding zero. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; non può essere 0.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no.</source>
        <comment>not_yes_no</comment>
        <extracomment>Finding not_yes_no. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; non è sì o no.</translation>
    </message>
    <message>
        <source>No catecholamine is said to be running, but {running} is given; leave out one or the other.</source>
        <comment>contradiction</comment>
        <extracomment>Finding contradiction. Fields: running.</extracomment>
        <translation>Si indica che non è in corso alcuna catecolamina, ma è fornito {running}; omettere l&apos;uno o l&apos;altro.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of {choices}.</source>
        <comment>not_a_choice.organomegaly</comment>
        <extracomment>Finding not_a_choice.organomegaly. Fields: choices, text.</extracomment>
        <translation>&apos;{text}&apos; non è uno tra {choices}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of cytopenic lineages; 0, 1, 2 or 3 (haemoglobin, leukocytes, platelets).</source>
        <comment>not_a_choice.cytopenias</comment>
        <extracomment>Finding not_a_choice.cytopenias. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; non è un numero di linee citopeniche; 0, 1, 2 o 3 (emoglobina, leucociti, piastrine).</translation>
    </message>
    <message>
        <source>No unit was given; {accepted} is required.</source>
        <comment>unit_missing.score</comment>
        <extracomment>Finding unit_missing.score. Fields: accepted.</extracomment>
        <translation>Nessuna unità fornita; è richiesto {accepted}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a unit of {analyte}; accepted: {accepted}.</source>
        <comment>unit_unknown.score</comment>
        <extracomment>Finding unit_unknown.score. Fields: accepted, analyte, text.</extracomment>
        <translation>&apos;{text}&apos; non è un&apos;unità di {analyte}; accettate: {accepted}.</translation>
    </message>
    <message>
        <source>No patient identifier was given.</source>
        <comment>identifier_empty</comment>
        <extracomment>Finding identifier_empty.</extracomment>
        <translation>Nessun identificativo del paziente fornito.</translation>
    </message>
    <message>
        <source>The patient identifier is longer than {limit} characters; use the identifier used on the ward.</source>
        <comment>identifier_too_long</comment>
        <extracomment>Finding identifier_too_long. Fields: limit.</extracomment>
        <translation>L&apos;identificativo del paziente supera {limit} caratteri; usare l&apos;identificativo in uso nel reparto.</translation>
    </message>
    <message>
        <source>The patient identifier is not valid UTF-8 text (a byte of it could not be read); type the identifier again.</source>
        <comment>identifier_not_utf8</comment>
        <extracomment>Finding identifier_not_utf8.</extracomment>
        <translation>L&apos;identificativo del paziente non è testo UTF-8 valido (un suo byte non è stato letto); digitare di nuovo l&apos;identificativo.</translation>
    </message>
    <message>
        <source>The patient identifier contains {character} ({character_name}), an invisible or control character; type the identifier again.</source>
        <comment>identifier_control</comment>
        <extracomment>Finding identifier_control. Fields: character, character_name.</extracomment>
        <translation>L&apos;identificativo del paziente contiene {character} ({character_name}), un carattere invisibile o di controllo; digitare di nuovo l&apos;identificativo.</translation>
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
        <translation>&apos;{text}&apos; non è un numero</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number</source>
        <comment>cell_not_a_number.in_column</comment>
        <extracomment>Finding cell_not_a_number.in_column. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; non è un numero</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is a date or time, not a lab value</source>
        <comment>cell_date_not_value</comment>
        <extracomment>Finding cell_date_not_value. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; è una data o un&apos;ora, non un valore di laboratorio</translation>
    </message>
    <message>
        <source>{where}: unreadable cell</source>
        <comment>cell_unreadable</comment>
        <extracomment>Finding cell_unreadable. Fields: where.</extracomment>
        <translation>{where}: cella illeggibile</translation>
    </message>
    <message>
        <source>no {analyte} unit: neither the header, a unit column nor the {analyte} unit option gives one (a unit is never assumed)</source>
        <comment>unit_missing.row</comment>
        <extracomment>Finding unit_missing.row. Fields: analyte.</extracomment>
        <translation>nessuna unità per {analyte}: né l&apos;intestazione, né una colonna unità, né l&apos;opzione dell&apos;unità di {analyte} ne indicano una (un&apos;unità non viene mai presunta)</translation>
    </message>
    <message>
        <source>{where} says {unit} but the {analyte} unit was given as {fixed}</source>
        <comment>unit_conflict.given</comment>
        <extracomment>Finding unit_conflict.given. Fields: analyte, fixed, unit, where.</extracomment>
        <translation>{where} indica {unit}, ma l&apos;unità di {analyte} è stata fornita come {fixed}</translation>
    </message>
    <message>
        <source>{where} says {unit} but the {analyte} unit header says {fixed}</source>
        <comment>unit_conflict.header</comment>
        <extracomment>Finding unit_conflict.header. Fields: analyte, fixed, unit, where.</extracomment>
        <translation>{where} indica {unit}, ma l&apos;intestazione dell&apos;unità di {analyte} indica {fixed}</translation>
    </message>
    <message>
        <source>&apos;{test}&apos; is a percentage of monocytes but the unit is AB/C; the result is not used</source>
        <comment>percent_test_ab_per_cell</comment>
        <extracomment>Finding percent_test_ab_per_cell. Fields: test.</extracomment>
        <translation>&apos;{test}&apos; è una percentuale di monociti, ma l&apos;unità è AB/C; il risultato non viene usato</translation>
    </message>
    <message>
        <source>{where}: age is in {unit}; years are needed</source>
        <comment>age_unit</comment>
        <extracomment>Finding age_unit. Fields: unit, where.</extracomment>
        <translation>{where}: l&apos;età è in {unit}; servono gli anni</translation>
    </message>
    <message>
        <source>{where}: no patient id in this row</source>
        <comment>patient_id_missing.row</comment>
        <extracomment>Finding patient_id_missing.row. Fields: where.</extracomment>
        <translation>{where}: nessun ID paziente in questa riga</translation>
    </message>
    <message>
        <source>the row has {cells} cells but the header has {columns} columns; a cell may contain an unquoted delimiter</source>
        <comment>extra_cells</comment>
        <extracomment>Finding extra_cells. Fields: cells, columns.</extracomment>
        <translation>la riga ha {cells} celle, ma l&apos;intestazione ha {columns} colonne; una cella potrebbe contenere un delimitatore non racchiuso tra virgolette</translation>
    </message>
    <message>
        <source>no ferritin or HLA-DR value in this row</source>
        <comment>no_values</comment>
        <extracomment>Finding no_values.</extracomment>
        <translation>nessun valore di ferritina o HLA-DR in questa riga</translation>
    </message>
    <message>
        <source>duplicate of row {row}: same patient, sample time and values (counted once, in row {row})</source>
        <comment>duplicate_result.sample_time</comment>
        <extracomment>Finding duplicate_result.sample_time. Fields: row.</extracomment>
        <translation>duplicato della riga {row}: stesso paziente, stessa ora del prelievo e stessi valori (contato una volta, nella riga {row})</translation>
    </message>
    <message>
        <source>duplicate of row {row}: same patient, test and time and values (counted once, in row {row})</source>
        <comment>duplicate_result.test_time</comment>
        <extracomment>Finding duplicate_result.test_time. Fields: row.</extracomment>
        <translation>duplicato della riga {row}: stesso paziente, test, ora e valori (contato una volta, nella riga {row})</translation>
    </message>
    <message>
        <source>rows {rows} give different results for the same patient and sample time; which one is right cannot be decided</source>
        <comment>conflicting_results.sample_time</comment>
        <extracomment>Finding conflicting_results.sample_time. Fields: rows.</extracomment>
        <translation>le righe {rows} danno risultati diversi per lo stesso paziente e la stessa ora del prelievo; non si può decidere quale sia corretto</translation>
    </message>
    <message>
        <source>rows {rows} give different results for the same patient and test and time; which one is right cannot be decided</source>
        <comment>conflicting_results.test_time</comment>
        <extracomment>Finding conflicting_results.test_time. Fields: rows.</extracomment>
        <translation>le righe {rows} danno risultati diversi per lo stesso paziente, test e ora; non si può decidere quale sia corretto</translation>
    </message>
    <message>
        <source>the same {test} result, for the same patient and time, was stored from {source} (counted once, there)</source>
        <comment>duplicate_result.stored</comment>
        <extracomment>Finding duplicate_result.stored. Fields: source, test.</extracomment>
        <translation>lo stesso risultato di {test}, per lo stesso paziente e la stessa ora, è stato salvato da {source} (contato una volta, lì)</translation>
    </message>
    <message>
        <source>the {test} result stored from {source} is different for the same patient and time; which one is right cannot be decided</source>
        <comment>conflicting_results.stored</comment>
        <extracomment>Finding conflicting_results.stored. Fields: source, test.</extracomment>
        <translation>il risultato di {test} salvato da {source} è diverso per lo stesso paziente e la stessa ora; non si può decidere quale sia corretto</translation>
    </message>
    <message>
        <source>{where}: test name and LOINC code disagree ({test})</source>
        <comment>test_name_loinc_disagree</comment>
        <extracomment>Finding test_name_loinc_disagree. Fields: test, where.</extracomment>
        <translation>{where}: nome del test e codice LOINC non concordano ({test})</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is neither ferritin nor HLA-DR; row not used</source>
        <comment>other_test.row</comment>
        <extracomment>Finding other_test.row. Fields: test, where.</extracomment>
        <translation>{where}: &apos;{test}&apos; non è né ferritina né HLA-DR; riga non usata</translation>
    </message>
    <message>
        <source>{where}: an empty test name is neither ferritin nor HLA-DR; row not used</source>
        <comment>other_test.empty</comment>
        <extracomment>Finding other_test.empty. Fields: where.</extracomment>
        <translation>{where}: un nome di test vuoto non è né ferritina né HLA-DR; riga non usata</translation>
    </message>
    <message>
        <source>{where}: no sample time; it is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.row</comment>
        <extracomment>Finding time_missing.row. Fields: where.</extracomment>
        <translation>{where}: nessuna ora del prelievo; serve per abbinare la ferritina all&apos;HLA-DR</translation>
    </message>
    <message>
        <source>{where}: no value</source>
        <comment>value_missing.row</comment>
        <extracomment>Finding value_missing.row. Fields: where.</extracomment>
        <translation>{where}: nessun valore</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is a percentage of monocytes but the unit is {unit}; the result is not used</source>
        <comment>percent_test_quantitative_unit</comment>
        <extracomment>Finding percent_test_quantitative_unit. Fields: test, unit, where.</extracomment>
        <translation>{where}: &apos;{test}&apos; è una percentuale di monociti, ma l&apos;unità è {unit}; il risultato non viene usato</translation>
    </message>
    <message>
        <source>this patient has too many results within the pairing interval to pair them safely; import a shorter period</source>
        <comment>too_many_results</comment>
        <extracomment>Finding too_many_results.</extracomment>
        <translation>questo paziente ha troppi risultati nell&apos;intervallo di abbinamento per abbinarli in sicurezza; importare un periodo più breve</translation>
    </message>
    <message>
        <source>rows {first_row} and {second_row} of this patient id give different ages; check that they belong to the same patient</source>
        <comment>identity_conflict.age</comment>
        <extracomment>Finding identity_conflict.age. Fields: first_row, second_row.</extracomment>
        <translation>le righe {first_row} e {second_row} di questo ID paziente riportano età diverse; verificare che appartengano allo stesso paziente</translation>
    </message>
    <message>
        <source>this patient id has different names (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.patient_name</comment>
        <extracomment>Finding identity_conflict.patient_name. Fields: rows.</extracomment>
        <translation>questo ID paziente ha nomi diversi (righe {rows}): forse due pazienti con lo stesso ID; verificare l&apos;ID</translation>
    </message>
    <message>
        <source>this patient id has different record numbers (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.record_number</comment>
        <extracomment>Finding identity_conflict.record_number. Fields: rows.</extracomment>
        <translation>questo ID paziente ha numeri di cartella diversi (righe {rows}): forse due pazienti con lo stesso ID; verificare l&apos;ID</translation>
    </message>
    <message>
        <source>this patient id has different dates of birth (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.date_of_birth</comment>
        <extracomment>Finding identity_conflict.date_of_birth. Fields: rows.</extracomment>
        <translation>questo ID paziente ha date di nascita diverse (righe {rows}): forse due pazienti con lo stesso ID; verificare l&apos;ID</translation>
    </message>
    <message>
        <source>{where}: longer than {limit} characters</source>
        <comment>identity_text.too_long</comment>
        <extracomment>Finding identity_text.too_long. Fields: limit, where.</extracomment>
        <translation>{where}: più lungo di {limit} caratteri</translation>
    </message>
    <message>
        <source>{where}: contains {character} ({character_name}), an invisible or control character; correct the cell in the source system</source>
        <comment>identity_text.control</comment>
        <extracomment>Finding identity_text.control. Fields: character, character_name, where.</extracomment>
        <translation>{where}: contiene {character} ({character_name}), un carattere invisibile o di controllo; correggere la cella nel sistema di origine</translation>
    </message>
    <message>
        <source>{where}: not valid text (a byte could not be decoded); check the file&apos;s encoding</source>
        <comment>identity_text.not_utf8</comment>
        <extracomment>Finding identity_text.not_utf8. Fields: where.</extracomment>
        <translation>{where}: testo non valido (un byte non è stato decodificato); controllare la codifica del file</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date (an Excel date serial?); store the date of birth as a date or as YYYY-MM-DD</source>
        <comment>birth_date.serial</comment>
        <extracomment>Finding birth_date.serial. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; non è una data (un numero seriale di data di Excel?); salvare la data di nascita come data o nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 1958-03-14)</source>
        <comment>birth_date.not_a_date</comment>
        <extracomment>Finding birth_date.not_a_date. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; non è una data; scriverla nel formato AAAA-MM-GG (ad es. 1958-03-14)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; could be day-first or month-first and the column mixes day-first and month-first dates or separators; write it as YYYY-MM-DD</source>
        <comment>birth_date.order_mixed</comment>
        <extracomment>Finding birth_date.order_mixed. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; potrebbe avere prima il giorno o prima il mese e la colonna mescola date o separatori con prima il giorno e con prima il mese; scriverla nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; could be day-first or month-first and the column does not show whether the day or the month comes first; write it as YYYY-MM-DD</source>
        <comment>birth_date.order_unknown</comment>
        <extracomment>Finding birth_date.order_unknown. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; potrebbe avere prima il giorno o prima il mese e la colonna non mostra se viene prima il giorno o il mese; scriverla nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date (day first)</source>
        <comment>birth_date.day_first</comment>
        <extracomment>Finding birth_date.day_first. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; non è una data valida (prima il giorno)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date (month first)</source>
        <comment>birth_date.month_first</comment>
        <extracomment>Finding birth_date.month_first. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; non è una data valida (prima il mese)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date</source>
        <comment>birth_date.invalid</comment>
        <extracomment>Finding birth_date.invalid. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; non è una data valida</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; lies before 1900-03-01 (in a spreadsheet, Excel&apos;s 1900 date system is wrong there); check the date of birth</source>
        <comment>birth_date.before_1900</comment>
        <extracomment>Finding birth_date.before_1900. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; è anteriore al 1900-03-01 (in un foglio di calcolo, il sistema di date 1900 di Excel lì è errato); controllare la data di nascita</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not an HL7 date-time (YYYYMMDDHHMM[SS][+/-ZZZZ])</source>
        <comment>bad_time.hl7</comment>
        <extracomment>Finding bad_time.hl7. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; non è una data-ora HL7 (YYYYMMDDHHMM[SS][+/-ZZZZ])</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has no time of day; the sample time is needed to the minute</source>
        <comment>date_without_time.minute</comment>
        <extracomment>Finding date_without_time.minute. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; non ha l&apos;ora del giorno; l&apos;ora del prelievo serve al minuto</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the year only; the sample time is needed to the minute</source>
        <comment>time_imprecise.year</comment>
        <extracomment>Finding time_imprecise.year. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; è preciso solo all&apos;anno; l&apos;ora del prelievo serve al minuto</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the month only; the sample time is needed to the minute</source>
        <comment>time_imprecise.month</comment>
        <extracomment>Finding time_imprecise.month. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; è preciso solo al mese; l&apos;ora del prelievo serve al minuto</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the day only; the sample time is needed to the minute</source>
        <comment>time_imprecise.day</comment>
        <extracomment>Finding time_imprecise.day. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; è preciso solo al giorno; l&apos;ora del prelievo serve al minuto</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the hour only; the sample time is needed to the minute</source>
        <comment>time_imprecise.hour</comment>
        <extracomment>Finding time_imprecise.hour. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; è preciso solo all&apos;ora; l&apos;ora del prelievo serve al minuto</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; gives the hour but no minute; the sample time is needed to the minute</source>
        <comment>time_imprecise.no_minute</comment>
        <extracomment>Finding time_imprecise.no_minute. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; indica l&apos;ora ma non i minuti; l&apos;ora del prelievo serve al minuto</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has an impossible UTC offset</source>
        <comment>bad_offset.hl7</comment>
        <extracomment>Finding bad_offset.hl7. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; ha uno scostamento UTC impossibile</translation>
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
        <translation>{where}: i codici e i nomi di questo test indicano analiti diversi ({test}); il risultato non viene usato</translation>
    </message>
    <message>
        <source>{where}: LOINC {code} is neither ferritin (2276-4, 20567-4) nor a configured HLA-DR code; not used</source>
        <comment>other_test.loinc</comment>
        <extracomment>Finding other_test.loinc. Fields: code, where.</extracomment>
        <translation>{where}: LOINC {code} non è né ferritina (2276-4, 20567-4) né un codice HLA-DR configurato; non usato</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is neither ferritin nor HLA-DR; not used</source>
        <comment>other_test.message</comment>
        <extracomment>Finding other_test.message. Fields: test, where.</extracomment>
        <translation>{where}: &apos;{test}&apos; non è né ferritina né HLA-DR; non usato</translation>
    </message>
    <message>
        <source>{where}: a test without code or name is neither ferritin nor HLA-DR; not used</source>
        <comment>other_test.unnamed</comment>
        <extracomment>Finding other_test.unnamed. Fields: where.</extracomment>
        <translation>{where}: un test senza codice né nome non è né ferritina né HLA-DR; non usato</translation>
    </message>
    <message>
        <source>{where}: no {analyte} unit (a unit is never assumed)</source>
        <comment>unit_missing.message</comment>
        <extracomment>Finding unit_missing.message. Fields: analyte, where.</extracomment>
        <translation>{where}: nessuna unità per {analyte} (un&apos;unità non viene mai presunta)</translation>
    </message>
    <message>
        <source>{where} says {unit} but {other_field} says {other_unit}; the result is not used</source>
        <comment>unit_conflict.fields</comment>
        <extracomment>Finding unit_conflict.fields. Fields: other_field, other_unit, unit, where.</extracomment>
        <translation>{where} indica {unit}, ma {other_field} indica {other_unit}; il risultato non viene usato</translation>
    </message>
    <message>
        <source>{where}: {unit} is a molar concentration but LOINC {code} is ferritin mass concentration; one of them is wrong, so the result is not used</source>
        <comment>unit_conflict.molar_loinc</comment>
        <extracomment>Finding unit_conflict.molar_loinc. Fields: code, unit, where.</extracomment>
        <translation>{where}: {unit} è una concentrazione molare, ma LOINC {code} è la concentrazione di massa della ferritina; uno dei due è errato, quindi il risultato non viene usato</translation>
    </message>
    <message>
        <source>{where}: {unit} is a mass concentration but LOINC {code} is ferritin molar concentration; one of them is wrong, so the result is not used</source>
        <comment>unit_conflict.mass_loinc</comment>
        <extracomment>Finding unit_conflict.mass_loinc. Fields: code, unit, where.</extracomment>
        <translation>{where}: {unit} è una concentrazione di massa, ma LOINC {code} è la concentrazione molare della ferritina; uno dei due è errato, quindi il risultato non viene usato</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is a percentage of monocytes but the unit is AB/C; the result is not used</source>
        <comment>percent_test_ab_per_cell.message</comment>
        <extracomment>Finding percent_test_ab_per_cell.message. Fields: test, where.</extracomment>
        <translation>{where}: &apos;{test}&apos; è una percentuale di monociti, ma l&apos;unità è AB/C; il risultato non viene usato</translation>
    </message>
    <message>
        <source>{where}: no patient identifier</source>
        <comment>patient_id_missing.message</comment>
        <extracomment>Finding patient_id_missing.message. Fields: where.</extracomment>
        <translation>{where}: nessun identificativo del paziente</translation>
    </message>
    <message>
        <source>{where}: no identifier issued by {authority} (the site&apos;s patient_id_authority)</source>
        <comment>patient_id_missing.authority</comment>
        <extracomment>Finding patient_id_missing.authority. Fields: authority, where.</extracomment>
        <translation>{where}: nessun identificativo emesso da {authority} (patient_id_authority della sede)</translation>
    </message>
    <message>
        <source>{where}: {count} patient identifiers and nothing says which is the ward&apos;s; set [inbox] patient_id_authority in the site configuration</source>
        <comment>patient_id_ambiguous</comment>
        <extracomment>Finding patient_id_ambiguous. Fields: count, where.</extracomment>
        <translation>{where}: {count} identificativi del paziente e nulla indica quale sia quello del reparto; impostare [inbox] patient_id_authority nella configurazione della sede</translation>
    </message>
    <message>
        <source>this file&apos;s content was already read from an earlier file; it is imported once</source>
        <comment>duplicate_message.file</comment>
        <extracomment>Finding duplicate_message.file.</extracomment>
        <translation>il contenuto di questo file è già stato letto da un file precedente; viene importato una sola volta</translation>
    </message>
    <message>
        <source>the Bundle entry holds no resource</source>
        <comment>no_resource</comment>
        <extracomment>Finding no_resource.</extracomment>
        <translation>la voce del Bundle non contiene alcuna risorsa</translation>
    </message>
    <message>
        <source>a Patient: read when an Observation refers to it</source>
        <comment>patient_context</comment>
        <extracomment>Finding patient_context.</extracomment>
        <translation>un Patient: letto quando un&apos;Observation vi fa riferimento</translation>
    </message>
    <message>
        <source>a {kind} resource, not an Observation; not read</source>
        <comment>not_an_observation</comment>
        <extracomment>Finding not_an_observation. Fields: kind.</extracomment>
        <translation>una risorsa {kind}, non un&apos;Observation; non letta</translation>
    </message>
    <message>
        <source>not a valid FHIR R4 Observation: {problems}</source>
        <comment>invalid_fhir.observation</comment>
        <extracomment>Finding invalid_fhir.observation. Fields: problems.</extracomment>
        <translation>non è un&apos;Observation FHIR R4 valida: {problems}</translation>
    </message>
    <message>
        <source>the subject Patient is not valid FHIR R4: {problems}</source>
        <comment>invalid_fhir.patient</comment>
        <extracomment>Finding invalid_fhir.patient. Fields: problems.</extracomment>
        <translation>il Patient del subject non è FHIR R4 valido: {problems}</translation>
    </message>
    <message>
        <source>status &apos;{text}&apos;: it cannot be told whether the result is final (final, amended, corrected, preliminary expected)</source>
        <comment>status_unknown.fhir</comment>
        <extracomment>Finding status_unknown.fhir. Fields: text.</extracomment>
        <translation>stato &apos;{text}&apos;: non si può stabilire se il risultato è definitivo (attesi final, amended, corrected, preliminary)</translation>
    </message>
    <message>
        <source>status registered: no result yet</source>
        <comment>no_result.fhir</comment>
        <extracomment>Finding no_result.fhir.</extracomment>
        <translation>stato registered: ancora nessun risultato</translation>
    </message>
    <message>
        <source>valueString carries no unit and a unit is never assumed; the value must be a valueQuantity</source>
        <comment>unit_missing.value_string</comment>
        <extracomment>Finding unit_missing.value_string.</extracomment>
        <translation>valueString non ha unità e un&apos;unità non viene mai presunta; il valore deve essere un valueQuantity</translation>
    </message>
    <message>
        <source>no effectiveDateTime, effectivePeriod.start or effectiveInstant; the sample time is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.fhir</comment>
        <extracomment>Finding time_missing.fhir.</extracomment>
        <translation>nessun effectiveDateTime, effectivePeriod.start o effectiveInstant; l&apos;ora del prelievo serve per abbinare la ferritina all&apos;HLA-DR</translation>
    </message>
    <message>
        <source>the Observation has no subject</source>
        <comment>patient_id_missing.fhir</comment>
        <extracomment>Finding patient_id_missing.fhir.</extracomment>
        <translation>l&apos;Observation non ha subject</translation>
    </message>
    <message>
        <source>subject &apos;{reference}&apos; is not in this file and the reference carries no identifier</source>
        <comment>subject_unresolved</comment>
        <extracomment>Finding subject_unresolved. Fields: reference.</extracomment>
        <translation>il subject &apos;{reference}&apos; non è in questo file e il riferimento non contiene alcun identificativo</translation>
    </message>
    <message>
        <source>the subject is a {kind}, not a Patient</source>
        <comment>subject_not_patient</comment>
        <extracomment>Finding subject_not_patient. Fields: kind.</extracomment>
        <translation>il subject è un {kind}, non un Patient</translation>
    </message>
    <message>
        <source>valueQuantity has no value</source>
        <comment>value_missing.quantity</comment>
        <extracomment>Finding value_missing.quantity.</extracomment>
        <translation>valueQuantity non ha alcun valore</translation>
    </message>
    <message>
        <source>valueQuantity.value &apos;{text}&apos; is not a JSON number</source>
        <comment>not_a_number.json</comment>
        <extracomment>Finding not_a_number.json. Fields: text.</extracomment>
        <translation>valueQuantity.value &apos;{text}&apos; non è un numero JSON</translation>
    </message>
    <message>
        <source>valueQuantity.comparator &apos;{text}&apos; is not &lt;, &lt;=, &gt;= or &gt;</source>
        <comment>comparator_unknown.fhir</comment>
        <extracomment>Finding comparator_unknown.fhir. Fields: text.</extracomment>
        <translation>valueQuantity.comparator &apos;{text}&apos; non è &lt;, &lt;=, &gt;= o &gt;</translation>
    </message>
    <message>
        <source>{where}: a ferritin or HLA-DR value must be a valueQuantity</source>
        <comment>value_type_unsupported.fhir</comment>
        <extracomment>Finding value_type_unsupported.fhir. Fields: where.</extracomment>
        <translation>{where}: un valore di ferritina o HLA-DR deve essere un valueQuantity</translation>
    </message>
    <message>
        <source>the Observation has no value</source>
        <comment>value_missing.fhir</comment>
        <extracomment>Finding value_missing.fhir.</extracomment>
        <translation>l&apos;Observation non ha alcun valore</translation>
    </message>
    <message>
        <source>the MLLP block of this message has no end (0x1C); the message may be truncated</source>
        <comment>mllp_unterminated.message</comment>
        <extracomment>Finding mllp_unterminated.message.</extracomment>
        <translation>il blocco MLLP di questo messaggio non ha fine (0x1C); il messaggio potrebbe essere troncato</translation>
    </message>
    <message>
        <source>the MLLP block of the last message has no end (0x1C); the file may still be being written, or was cut short</source>
        <comment>mllp_unterminated.last</comment>
        <extracomment>Finding mllp_unterminated.last.</extracomment>
        <translation>il blocco MLLP dell&apos;ultimo messaggio non ha fine (0x1C); il file potrebbe essere ancora in scrittura, o è stato troncato</translation>
    </message>
    <message>
        <source>MLLP framing bytes inside a segment</source>
        <comment>mllp_framing</comment>
        <extracomment>Finding mllp_framing.</extracomment>
        <translation>byte di framing MLLP all&apos;interno di un segmento</translation>
    </message>
    <message>
        <source>line {line} of the file is not an HL7 segment (it must start with a three-letter segment id and the field separator)</source>
        <comment>not_a_segment</comment>
        <extracomment>Finding not_a_segment. Fields: line.</extracomment>
        <translation>la riga {line} del file non è un segmento HL7 (deve iniziare con un identificativo di segmento di tre lettere e il separatore di campo)</translation>
    </message>
    <message>
        <source>MSH-18 declares the character set &apos;{text}&apos;, which this app does not read; supported: {supported}</source>
        <comment>charset_unknown</comment>
        <extracomment>Finding charset_unknown. Fields: supported, text.</extracomment>
        <translation>MSH-18 dichiara il set di caratteri &apos;{text}&apos;, che questa applicazione non legge; supportati: {supported}</translation>
    </message>
    <message>
        <source>the message&apos;s bytes are not valid in the declared {charset}; set MSH-18 to the character set the laboratory system sends</source>
        <comment>charset_mismatch.declared</comment>
        <extracomment>Finding charset_mismatch.declared. Fields: charset.</extracomment>
        <translation>i byte del messaggio non sono {charset} valido come dichiarato; impostare MSH-18 sul set di caratteri che il sistema di laboratorio invia</translation>
    </message>
    <message>
        <source>the message&apos;s bytes are not valid UTF-8 (MSH-18 declares nothing); set MSH-18 to the character set the laboratory system sends</source>
        <comment>charset_mismatch.utf8</comment>
        <extracomment>Finding charset_mismatch.utf8.</extracomment>
        <translation>i byte del messaggio non sono UTF-8 valido (MSH-18 non dichiara nulla); impostare MSH-18 sul set di caratteri che il sistema di laboratorio invia</translation>
    </message>
    <message>
        <source>the MSH segment cannot be parsed (it must start &apos;MSH|^~\&amp;|&apos;)</source>
        <comment>msh_unreadable</comment>
        <extracomment>Finding msh_unreadable.</extracomment>
        <translation>il segmento MSH non può essere analizzato (deve iniziare con &apos;MSH|^~\&amp;|&apos;)</translation>
    </message>
    <message>
        <source>MSH-12 (version) is &apos;{text}&apos;; this app reads HL7 v2 versions {supported}</source>
        <comment>version_unsupported</comment>
        <extracomment>Finding version_unsupported. Fields: supported, text.</extracomment>
        <translation>MSH-12 (versione) è &apos;{text}&apos;; questa applicazione legge le versioni HL7 v2 {supported}</translation>
    </message>
    <message>
        <source>MSH-12 (version) is empty; this app reads HL7 v2 versions {supported}</source>
        <comment>version_unsupported.empty</comment>
        <extracomment>Finding version_unsupported.empty. Fields: supported.</extracomment>
        <translation>MSH-12 (versione) è vuoto; questa applicazione legge le versioni HL7 v2 {supported}</translation>
    </message>
    <message>
        <source>MSH-9 is {kind}, not a laboratory result message (ORU^R01)</source>
        <comment>not_results_message</comment>
        <extracomment>Finding not_results_message. Fields: kind.</extracomment>
        <translation>MSH-9 è {kind}, non un messaggio di risultati di laboratorio (ORU^R01)</translation>
    </message>
    <message>
        <source>MSH-10 (message control id) is empty; it is needed to import each message exactly once</source>
        <comment>message_id_missing</comment>
        <extracomment>Finding message_id_missing.</extracomment>
        <translation>MSH-10 (message control id) è vuoto; serve per importare ogni messaggio esattamente una volta</translation>
    </message>
    <message>
        <source>MSH-11 marks a training message ({processing}), not a production result</source>
        <comment>test_message.training</comment>
        <extracomment>Finding test_message.training. Fields: processing.</extracomment>
        <translation>MSH-11 indica un messaggio di formazione ({processing}), non un risultato di produzione</translation>
    </message>
    <message>
        <source>MSH-11 marks a debugging message ({processing}), not a production result</source>
        <comment>test_message.debugging</comment>
        <extracomment>Finding test_message.debugging. Fields: processing.</extracomment>
        <translation>MSH-11 indica un messaggio di debug ({processing}), non un risultato di produzione</translation>
    </message>
    <message>
        <source>MSH-11 (processing id) is &apos;{text}&apos;; P (production) is expected</source>
        <comment>processing_id_unknown</comment>
        <extracomment>Finding processing_id_unknown. Fields: text.</extracomment>
        <translation>MSH-11 (processing id) è &apos;{text}&apos;; è atteso P (produzione)</translation>
    </message>
    <message>
        <source>this message was already read (message {message} of this file); it is imported once</source>
        <comment>duplicate_message.this_file</comment>
        <extracomment>Finding duplicate_message.this_file. Fields: message.</extracomment>
        <translation>questo messaggio è già stato letto (messaggio {message} di questo file); viene importato una sola volta</translation>
    </message>
    <message>
        <source>this message was already read (an earlier file); it is imported once</source>
        <comment>duplicate_message.earlier_file</comment>
        <extracomment>Finding duplicate_message.earlier_file.</extracomment>
        <translation>questo messaggio è già stato letto (in un file precedente); viene importato una sola volta</translation>
    </message>
    <message>
        <source>message {message} of this file had the same message id with different content; check with the laboratory which one is right</source>
        <comment>conflicting_message_id.this_file</comment>
        <extracomment>Finding conflicting_message_id.this_file. Fields: message.</extracomment>
        <translation>il messaggio {message} di questo file aveva lo stesso ID messaggio con contenuto diverso; verificare con il laboratorio quale sia corretto</translation>
    </message>
    <message>
        <source>an earlier file had the same message id with different content; check with the laboratory which one is right</source>
        <comment>conflicting_message_id.earlier_file</comment>
        <extracomment>Finding conflicting_message_id.earlier_file.</extracomment>
        <translation>un file precedente aveva lo stesso ID messaggio con contenuto diverso; verificare con il laboratorio quale sia corretto</translation>
    </message>
    <message>
        <source>OBX-11 (result status) is &apos;{text}&apos;; F, C, P, D, W or X is expected, so it cannot be told whether the result is final</source>
        <comment>status_unknown.hl7</comment>
        <extracomment>Finding status_unknown.hl7. Fields: text.</extracomment>
        <translation>OBX-11 (stato del risultato) è &apos;{text}&apos;; è atteso F, C, P, D, W o X, quindi non si può stabilire se il risultato è definitivo</translation>
    </message>
    <message>
        <source>OBX-11 (result status) is empty; F, C, P, D, W or X is expected, so it cannot be told whether the result is final</source>
        <comment>status_unknown.hl7_empty</comment>
        <extracomment>Finding status_unknown.hl7_empty.</extracomment>
        <translation>OBX-11 (stato del risultato) è vuoto; è atteso F, C, P, D, W o X, quindi non si può stabilire se il risultato è definitivo</translation>
    </message>
    <message>
        <source>no PID segment before this OBX names the patient</source>
        <comment>patient_id_missing.no_pid</comment>
        <extracomment>Finding patient_id_missing.no_pid.</extracomment>
        <translation>nessun segmento PID prima di questo OBX indica il paziente</translation>
    </message>
    <message>
        <source>OBX-11 is I: specimen in the laboratory, no result yet</source>
        <comment>result_status.I</comment>
        <extracomment>Finding result_status.I.</extracomment>
        <translation>OBX-11 è I: campione in laboratorio, ancora nessun risultato</translation>
    </message>
    <message>
        <source>OBX-11 is O: order detail only, no result</source>
        <comment>result_status.O</comment>
        <extracomment>Finding result_status.O.</extracomment>
        <translation>OBX-11 è O: solo dettaglio della richiesta, nessun risultato</translation>
    </message>
    <message>
        <source>OBX-11 is N: not asked; no result</source>
        <comment>result_status.N</comment>
        <extracomment>Finding result_status.N.</extracomment>
        <translation>OBX-11 è N: non richiesto; nessun risultato</translation>
    </message>
    <message>
        <source>OBX-11 is U: changed to final without the result being sent again; the app needs the result itself</source>
        <comment>result_status.U</comment>
        <extracomment>Finding result_status.U.</extracomment>
        <translation>OBX-11 è U: cambiato in definitivo senza che il risultato sia stato inviato di nuovo; l&apos;applicazione ha bisogno del risultato stesso</translation>
    </message>
    <message>
        <source>OBX-11 D: the result is deleted</source>
        <comment>status_meaning.D</comment>
        <extracomment>Finding status_meaning.D.</extracomment>
        <translation>OBX-11 D: il risultato è cancellato</translation>
    </message>
    <message>
        <source>OBX-11 W: the result was posted wrongly (e.g. for the wrong patient)</source>
        <comment>status_meaning.W</comment>
        <extracomment>Finding status_meaning.W.</extracomment>
        <translation>OBX-11 W: il risultato è stato registrato per errore (ad es. per il paziente sbagliato)</translation>
    </message>
    <message>
        <source>OBX-11 X: the result cannot be obtained</source>
        <comment>status_meaning.X</comment>
        <extracomment>Finding status_meaning.X.</extracomment>
        <translation>OBX-11 X: il risultato non può essere ottenuto</translation>
    </message>
    <message>
        <source>status {text}</source>
        <comment>status_meaning.fhir</comment>
        <extracomment>Finding status_meaning.fhir. Fields: text.</extracomment>
        <translation>stato {text}</translation>
    </message>
    <message>
        <source>no observation time in OBX-14 or OBR-7; it is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.hl7</comment>
        <extracomment>Finding time_missing.hl7.</extracomment>
        <translation>nessuna ora di osservazione in OBX-14 o OBR-7; serve per abbinare la ferritina all&apos;HLA-DR</translation>
    </message>
    <message>
        <source>OBX-5 holds several values; one is needed</source>
        <comment>several_values</comment>
        <extracomment>Finding several_values.</extracomment>
        <translation>OBX-5 contiene più valori; ne serve uno</translation>
    </message>
    <message>
        <source>OBX-5 is a range or ratio (SN with a second number); one value is needed</source>
        <comment>range_or_ratio</comment>
        <extracomment>Finding range_or_ratio.</extracomment>
        <translation>OBX-5 è un intervallo o un rapporto (SN con un secondo numero); serve un solo valore</translation>
    </message>
    <message>
        <source>OBX-5 comparator &apos;{text}&apos; is not &lt;, &gt;, &lt;= or &gt;=</source>
        <comment>comparator_unknown.hl7</comment>
        <extracomment>Finding comparator_unknown.hl7. Fields: text.</extracomment>
        <translation>il comparatore di OBX-5 &apos;{text}&apos; non è &lt;, &gt;, &lt;= o &gt;=</translation>
    </message>
    <message>
        <source>OBX-5 has components, which a {value_type} value cannot have</source>
        <comment>value_components</comment>
        <extracomment>Finding value_components. Fields: value_type.</extracomment>
        <translation>OBX-5 ha componenti, che un valore {value_type} non può avere</translation>
    </message>
    <message>
        <source>OBX-2 (value type) is &apos;{text}&apos;; NM, SN or ST is needed for a ferritin or HLA-DR value</source>
        <comment>value_type_unsupported.hl7</comment>
        <extracomment>Finding value_type_unsupported.hl7. Fields: text.</extracomment>
        <translation>OBX-2 (tipo di valore) è &apos;{text}&apos;; per un valore di ferritina o HLA-DR serve NM, SN o ST</translation>
    </message>
    <message>
        <source>OBX-2 (value type) is missing; NM, SN or ST is needed for a ferritin or HLA-DR value</source>
        <comment>value_type_unsupported.hl7_missing</comment>
        <extracomment>Finding value_type_unsupported.hl7_missing.</extracomment>
        <translation>OBX-2 (tipo di valore) manca; per un valore di ferritina o HLA-DR serve NM, SN o ST</translation>
    </message>
    <message>
        <source>{file}, message {number}</source>
        <comment>source.message</comment>
        <extracomment>Finding source.message. Fields: file, number.</extracomment>
        <translation>{file}, messaggio {number}</translation>
    </message>
    <message>
        <source>{file}, message {number} ({id})</source>
        <comment>source.message_id</comment>
        <extracomment>Finding source.message_id. Fields: file, id, number.</extracomment>
        <translation>{file}, messaggio {number} ({id})</translation>
    </message>
    <message>
        <source>{message}, segment {number}</source>
        <comment>source.segment</comment>
        <extracomment>Finding source.segment. Fields: message, number.</extracomment>
        <translation>{message}, segmento {number}</translation>
    </message>
    <message>
        <source>{message}, segment {number} ({element})</source>
        <comment>source.segment_element</comment>
        <extracomment>Finding source.segment_element. Fields: element, message, number.</extracomment>
        <translation>{message}, segmento {number} ({element})</translation>
    </message>
    <message>
        <source>{message}, entry {number}</source>
        <comment>source.entry</comment>
        <extracomment>Finding source.entry. Fields: message, number.</extracomment>
        <translation>{message}, voce {number}</translation>
    </message>
    <message>
        <source>{message}, entry {number} ({element})</source>
        <comment>source.entry_element</comment>
        <extracomment>Finding source.entry_element. Fields: element, message, number.</extracomment>
        <translation>{message}, voce {number} ({element})</translation>
    </message>
    <message>
        <source>a preliminary result that arrived after the final result of the same test; not shown</source>
        <comment>preliminary_after_final</comment>
        <extracomment>Finding preliminary_after_final.</extracomment>
        <translation>un risultato preliminare arrivato dopo il risultato definitivo dello stesso test; non mostrato</translation>
    </message>
    <message>
        <source>replaced by the corrected result in {source}</source>
        <comment>superseded.corrected</comment>
        <extracomment>Finding superseded.corrected. Fields: source.</extracomment>
        <translation>sostituito dal risultato corretto in {source}</translation>
    </message>
    <message>
        <source>replaced by the final result in {source}</source>
        <comment>superseded.final</comment>
        <extracomment>Finding superseded.final. Fields: source.</extracomment>
        <translation>sostituito dal risultato definitivo in {source}</translation>
    </message>
    <message>
        <source>replaced by the preliminary result in {source}</source>
        <comment>superseded.preliminary</comment>
        <extracomment>Finding superseded.preliminary. Fields: source.</extracomment>
        <translation>sostituito dal risultato preliminare in {source}</translation>
    </message>
    <message>
        <source>a corrected result: it replaces any earlier result of this test</source>
        <comment>corrected</comment>
        <extracomment>Finding corrected.</extracomment>
        <translation>un risultato corretto: sostituisce ogni risultato precedente di questo test</translation>
    </message>
    <message>
        <source>a preliminary result: shown, not classified until the final result arrives</source>
        <comment>preliminary</comment>
        <extracomment>Finding preliminary.</extracomment>
        <translation>un risultato preliminare: mostrato, non classificato finché non arriva il risultato definitivo</translation>
    </message>
    <message>
        <source>withdrawn by {source} (status {status})</source>
        <comment>withdrawn</comment>
        <extracomment>Finding withdrawn. Fields: source, status.</extracomment>
        <translation>ritirato da {source} (stato {status})</translation>
    </message>
    <message>
        <source>withdraws the earlier result in {sources}</source>
        <comment>withdrawal.removed</comment>
        <extracomment>Finding withdrawal.removed. Fields: sources.</extracomment>
        <translation>ritira il risultato precedente in {sources}</translation>
    </message>
    <message>
        <source>{meaning}; withdraws the earlier result in {sources}</source>
        <comment>withdrawal.removed_meaning</comment>
        <extracomment>Finding withdrawal.removed_meaning. Fields: meaning, sources.</extracomment>
        <translation>{meaning}; ritira il risultato precedente in {sources}</translation>
    </message>
    <message>
        <source>withdraws an earlier result of this test; a result stored from an earlier file with the same key is withdrawn when this file is stored</source>
        <comment>withdrawal.stored</comment>
        <extracomment>Finding withdrawal.stored.</extracomment>
        <translation>ritira un risultato precedente di questo test; un risultato salvato da un file precedente con la stessa chiave viene ritirato quando questo file viene salvato</translation>
    </message>
    <message>
        <source>{meaning}; withdraws an earlier result of this test; a result stored from an earlier file with the same key is withdrawn when this file is stored</source>
        <comment>withdrawal.stored_meaning</comment>
        <extracomment>Finding withdrawal.stored_meaning. Fields: meaning.</extracomment>
        <translation>{meaning}; ritira un risultato precedente di questo test; un risultato salvato da un file precedente con la stessa chiave viene ritirato quando questo file viene salvato</translation>
    </message>
    <message>
        <source>{used} of {results} result(s) used</source>
        <comment>message_used</comment>
        <extracomment>Finding message_used. Fields: results, used.</extracomment>
        <translation>risultati usati: {used} su {results}</translation>
    </message>
    <message>
        <source>the message holds no results</source>
        <comment>no_results</comment>
        <extracomment>Finding no_results.</extracomment>
        <translation>il messaggio non contiene risultati</translation>
    </message>
    <message>
        <source>no result used ({detail})</source>
        <comment>no_results_used</comment>
        <extracomment>Finding no_results_used. Fields: detail.</extracomment>
        <translation>nessun risultato usato ({detail})</translation>
    </message>
    <message>
        <source>the same content was already read from an earlier file; it is imported once</source>
        <comment>duplicate_message.content</comment>
        <extracomment>Finding duplicate_message.content.</extracomment>
        <translation>lo stesso contenuto è già stato letto da un file precedente; viene importato una sola volta</translation>
    </message>
    <message>
        <source>{date} has no time of day; a date-time is required</source>
        <comment>date_cell_without_time</comment>
        <extracomment>Finding date_cell_without_time. Fields: date.</extracomment>
        <translation>{date} non ha l&apos;ora del giorno; è richiesta una data-ora</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a time without a date</source>
        <comment>time_without_date</comment>
        <extracomment>Finding time_without_date. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; è un&apos;ora senza data</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a bare number (an Excel date serial?); store the sample time as a date-time</source>
        <comment>serial_number.cell</comment>
        <extracomment>Finding serial_number.cell. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; è un semplice numero (un numero seriale di data di Excel?); salvare l&apos;ora del prelievo come data-ora</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a bare number (an Excel date serial?); an ISO 8601 date-time such as {example} is required</source>
        <comment>serial_number.text</comment>
        <extracomment>Finding serial_number.text. Fields: example, text.</extracomment>
        <translation>&apos;{text}&apos; è un semplice numero (un numero seriale di data di Excel?); è richiesta una data-ora ISO 8601 come {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time</source>
        <comment>bad_time.cell</comment>
        <extracomment>Finding bad_time.cell. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; non è una data-ora</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; a date-time such as {example} is required</source>
        <comment>date_without_time.example</comment>
        <extracomment>Finding date_without_time.example. Fields: example, text.</extracomment>
        <translation>&apos;{text}&apos; non ha l&apos;ora del giorno; è richiesta una data-ora come {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; a date-time is required</source>
        <comment>date_without_time.text</comment>
        <extracomment>Finding date_without_time.text. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; non ha l&apos;ora del giorno; è richiesta una data-ora</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid ISO 8601 date-time (e.g. {example})</source>
        <comment>bad_time.iso</comment>
        <extracomment>Finding bad_time.iso. Fields: example, text.</extracomment>
        <translation>&apos;{text}&apos; non è una data-ora ISO 8601 valida (ad es. {example})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not match the time format {time_format}</source>
        <comment>bad_time.format</comment>
        <extracomment>Finding bad_time.format. Fields: text, time_format.</extracomment>
        <translation>&apos;{text}&apos; non corrisponde al formato dell&apos;ora {time_format}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time; use ISO 8601 (e.g. {example}) or give the time format</source>
        <comment>bad_time.numeric</comment>
        <extracomment>Finding bad_time.numeric. Fields: example, text.</extracomment>
        <translation>&apos;{text}&apos; non è una data-ora; usare ISO 8601 (ad es. {example}) o indicare il formato dell&apos;ora</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: day and month order cannot be told from the file; give the time format (e.g. {time_format})</source>
        <comment>date_order_unknown</comment>
        <extracomment>Finding date_order_unknown. Fields: text, time_format.</extracomment>
        <translation>&apos;{text}&apos;: l&apos;ordine di giorno e mese non si può dedurre dal file; indicare il formato dell&apos;ora (ad es. {time_format})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid date-time</source>
        <comment>bad_time.invalid</comment>
        <extracomment>Finding bad_time.invalid. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; non è una data-ora valida</translation>
    </message>
    <message>
        <source>{date} lies before 1900-03-01, where Excel&apos;s 1900 date system is wrong (serial ≤ 60); check the sample time</source>
        <comment>excel_1900_artefact</comment>
        <extracomment>Finding excel_1900_artefact. Fields: date.</extracomment>
        <translation>{date} è anteriore al 1900-03-01, dove il sistema di date 1900 di Excel è errato (seriale ≤ 60); controllare l&apos;ora del prelievo</translation>
    </message>
    <message>
        <source>{time} local time is skipped or repeated by a daylight-saving change; give the time with its UTC offset</source>
        <comment>dst_ambiguous</comment>
        <extracomment>Finding dst_ambiguous. Fields: time.</extracomment>
        <translation>l&apos;ora locale {time} è saltata o ripetuta da un cambio dell&apos;ora legale; indicare l&apos;ora con il suo scostamento UTC</translation>
    </message>
    <message>
        <source>The laboratory corrected the {test} result (status {status}) in {source}.</source>
        <comment>lab_version.corrected</comment>
        <extracomment>Finding lab_version.corrected. Fields: source, status, test.</extracomment>
        <translation>Il laboratorio ha corretto il risultato di {test} (stato {status}) in {source}.</translation>
    </message>
    <message>
        <source>The laboratory sent the {test} result again (status {status}) in {source}.</source>
        <comment>lab_version.sent_again</comment>
        <extracomment>Finding lab_version.sent_again. Fields: source, status, test.</extracomment>
        <translation>Il laboratorio ha inviato di nuovo il risultato di {test} (stato {status}) in {source}.</translation>
    </message>
    <message>
        <source>Paired with the {test} result received in {source}.</source>
        <comment>lab_version.paired</comment>
        <extracomment>Finding lab_version.paired. Fields: source, test.</extracomment>
        <translation>Abbinamento con il risultato di {test} ricevuto in {source}.</translation>
    </message>
    <message>
        <source>The laboratory withdrew the {test} result ({meaning}) in {source}.</source>
        <comment>lab_withdrawal</comment>
        <extracomment>Finding lab_withdrawal. Fields: meaning, source, test.</extracomment>
        <translation>Il laboratorio ha ritirato il risultato di {test} ({meaning}) in {source}.</translation>
    </message>
    <message>
        <source>SOFA {total} of 24; all 6 organ systems assessed.</source>
        <comment>sofa_total</comment>
        <extracomment>Finding sofa_total. Fields: total.</extracomment>
        <translation>SOFA {total} su 24; tutti i 6 sistemi d&apos;organo sono stati valutati.</translation>
    </message>
    <message>
        <source>SOFA {total} from {assessed} of 6 organ systems; not assessed: {missing}. With them the total could be {low} to {high}.</source>
        <comment>sofa_total_partial</comment>
        <extracomment>Finding sofa_total_partial. Fields: assessed, high, low, missing, total.</extracomment>
        <translation>SOFA {total} calcolato su {assessed} dei 6 sistemi d&apos;organo; non valutati: {missing}. Con questi il totale potrebbe essere compreso tra {low} e {high}.</translation>
    </message>
    <message>
        <source>{criterion} {value}: {comparison} → {points} of 4 points.</source>
        <comment>sofa_criterion</comment>
        <extracomment>Finding sofa_criterion. Fields: comparison, criterion, points, value.</extracomment>
        <translation>{criterion} {value}: {comparison} → {points} su 4 punti.</translation>
    </message>
    <message>
        <source>{criterion} {value} could score {low} to {high} points; an exact value is needed.</source>
        <comment>sofa_criterion_open</comment>
        <extracomment>Finding sofa_criterion_open. Fields: criterion, high, low, value.</extracomment>
        <translation>{criterion} {value} potrebbe valere da {low} a {high} punti; serve un valore esatto.</translation>
    </message>
    <message>
        <source>{criterion} not running → 0 of 4 points.</source>
        <comment>sofa_not_running</comment>
        <extracomment>Finding sofa_not_running. Fields: criterion.</extracomment>
        <translation>{criterion} non in infusione → 0 su 4 punti.</translation>
    </message>
    <message>
        <source>Dobutamine running (any dose) → {points} of 4 points.</source>
        <comment>sofa_dobutamine</comment>
        <extracomment>Finding sofa_dobutamine. Fields: points.</extracomment>
        <translation>Dobutamina in infusione (qualsiasi dose) → {points} su 4 punti.</translation>
    </message>
    <message>
        <source>Dobutamine not running → {points} of 4 points.</source>
        <comment>sofa_dobutamine_none</comment>
        <extracomment>Finding sofa_dobutamine_none. Fields: points.</extracomment>
        <translation>Dobutamina non in infusione → {points} su 4 punti.</translation>
    </message>
    <message>
        <source>PaO2/FiO2 {value}: {comparison} with respiratory support → {points} of 4 points.</source>
        <comment>sofa_respiration_support</comment>
        <extracomment>Finding sofa_respiration_support. Fields: comparison, points, value.</extracomment>
        <translation>PaO2/FiO2 {value}: {comparison} con supporto respiratorio → {points} su 4 punti.</translation>
    </message>
    <message>
        <source>PaO2/FiO2 {value}: {comparison}, but without respiratory support → {points} of 4 points (3 and 4 need respiratory support).</source>
        <comment>sofa_respiration_no_support</comment>
        <extracomment>Finding sofa_respiration_no_support. Fields: comparison, points, value.</extracomment>
        <translation>PaO2/FiO2 {value}: {comparison}, ma senza supporto respiratorio → {points} su 4 punti (3 e 4 richiedono un supporto respiratorio).</translation>
    </message>
    <message>
        <source>Not assessed: {needed} not given.</source>
        <comment>sofa_missing</comment>
        <extracomment>Finding sofa_missing. Fields: needed.</extracomment>
        <translation>Non valutato: dati mancanti ({needed}).</translation>
    </message>
    <message>
        <source>Not assessed: {low} to {high} points possible; still needed: {needed}.</source>
        <comment>sofa_undetermined</comment>
        <extracomment>Finding sofa_undetermined. Fields: high, low, needed.</extracomment>
        <translation>Non valutato: possibili da {low} a {high} punti; servono ancora: {needed}.</translation>
    </message>
    <message>
        <source>The table&apos;s {unit} column puts {value} in its {other_points}-point row, its {reference} column in the {points}-point row; the app scores every unit by the {reference} column (the original definition).</source>
        <comment>sofa_column_differs</comment>
        <extracomment>Finding sofa_column_differs. Fields: other_points, points, reference, unit, value.</extracomment>
        <translation>Nella tabella la colonna {unit} assegna a {value} il punteggio {other_points}, la colonna {reference} il punteggio {points}; l&apos;applicazione calcola il punteggio in ogni unità secondo la colonna {reference} (la definizione originale).</translation>
    </message>
    <message>
        <source>HScore {score} (of {maximum} possible).</source>
        <comment>hscore_total</comment>
        <extracomment>Finding hscore_total. Fields: maximum, score.</extracomment>
        <translation>HScore {score} (su {maximum} possibili).</translation>
    </message>
    <message>
        <source>HScore not computed: {missing} not given. With them it would be {low} to {high}; the table&apos;s probability would lie between {low_percent} % and {high_percent} %.</source>
        <comment>hscore_incomplete</comment>
        <extracomment>Finding hscore_incomplete. Fields: high, high_percent, low, low_percent, missing.</extracomment>
        <translation>HScore non calcolato, dati mancanti: {missing}. Con questi sarebbe compreso tra {low} e {high}; la probabilità della tabella sarebbe compresa tra {low_percent} % e {high_percent} %.</translation>
    </message>
    <message>
        <source>{variable} {value}: {comparison} → {points} points.</source>
        <comment>hscore_scored</comment>
        <extracomment>Finding hscore_scored. Fields: comparison, points, value, variable.</extracomment>
        <translation>{variable} {value}: {comparison} → {points} punti.</translation>
    </message>
    <message>
        <source>{variable}: {category} → {points} points.</source>
        <comment>hscore_category</comment>
        <extracomment>Finding hscore_category. Fields: category, points, variable.</extracomment>
        <translation>{variable}: {category} → {points} punti.</translation>
    </message>
    <message>
        <source>Cytopenias in {count} of 3 lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110000/µL) → {points} points.</source>
        <comment>hscore_cytopenias</comment>
        <extracomment>Finding hscore_cytopenias. Fields: count, points.</extracomment>
        <translation>Citopenie in {count} delle 3 linee cellulari (Hb ≤ 9,2 g/dL, leucociti ≤ 5000/µL, piastrine ≤ 110000/µL) → {points} punti.</translation>
    </message>
    <message>
        <source>{variable} {value} could score {low} to {high} points; an exact value is needed.</source>
        <comment>hscore_open</comment>
        <extracomment>Finding hscore_open. Fields: high, low, value, variable.</extracomment>
        <translation>{variable} {value} potrebbe valere da {low} a {high} punti; serve un valore esatto.</translation>
    </message>
    <message>
        <source>{variable} not given: 0 to {high} points possible.</source>
        <comment>hscore_missing</comment>
        <extracomment>Finding hscore_missing. Fields: high, variable.</extracomment>
        <translation>{variable}: dato non indicato, possibili da 0 a {high} punti.</translation>
    </message>
    <message>
        <source>HScore {score}: probability of haemophagocytic syndrome {percent} % in the published table.</source>
        <comment>hscore_probability_row</comment>
        <extracomment>Finding hscore_probability_row. Fields: percent, score.</extracomment>
        <translation>HScore {score}: probabilità di sindrome emofagocitica {percent} % nella tabella pubblicata.</translation>
    </message>
    <message>
        <source>HScore {score} lies between the table&apos;s rows {row} ({percent} %) and {next_row} ({next_percent} %); the app reports the row at or below it: {percent} %.</source>
        <comment>hscore_probability_between</comment>
        <extracomment>Finding hscore_probability_between. Fields: next_percent, next_row, percent, row, score.</extracomment>
        <translation>L&apos;HScore {score} è compreso tra le righe {row} ({percent} %) e {next_row} ({next_percent} %) della tabella; l&apos;applicazione riporta la riga uguale o inferiore: {percent} %.</translation>
    </message>
    <message>
        <source>HScore {score} is below the table&apos;s first row ({row}: {percent} %): {percent} %.</source>
        <comment>hscore_probability_below</comment>
        <extracomment>Finding hscore_probability_below. Fields: percent, row, score.</extracomment>
        <translation>L&apos;HScore {score} è inferiore alla prima riga della tabella ({row}: {percent} %): {percent} %.</translation>
    </message>
    <message>
        <source>HScore {score} is at or above the table&apos;s last row ({row}): {percent} %.</source>
        <comment>hscore_probability_top</comment>
        <extracomment>Finding hscore_probability_top. Fields: percent, row, score.</extracomment>
        <translation>L&apos;HScore {score} è uguale o superiore all&apos;ultima riga della tabella ({row}): {percent} %.</translation>
    </message>
    <message>
        <source>The HScore estimates the probability of reactive haemophagocytic syndrome (secondary HLH). It is an aid to the HLH question, not a diagnosis.</source>
        <comment>hscore_aid_not_diagnosis</comment>
        <extracomment>Finding hscore_aid_not_diagnosis.</extracomment>
        <translation>L&apos;HScore stima la probabilità di una sindrome emofagocitica reattiva (HLH secondaria). È un ausilio per il quesito di HLH, non una diagnosi.</translation>
    </message>
    <message>
        <source>Derived in 312 patients (162 with reactive HLH, 104 without, 46 undetermined); best cut-off 169 (sensitivity 93 %, specificity 86 %).</source>
        <comment>hscore_derivation</comment>
        <extracomment>Finding hscore_derivation.</extracomment>
        <translation>Derivato su 312 pazienti (162 con HLH reattiva, 104 senza, 46 indeterminati); cut-off ottimale 169 (sensibilità 93%, specificità 86%).</translation>
    </message>
    <message>
        <source>The probability table has not been validated in ICU patients.</source>
        <comment>hscore_icu_not_validated</comment>
        <extracomment>Finding hscore_icu_not_validated.</extracomment>
        <translation>La tabella di probabilità non è stata validata nei pazienti di terapia intensiva.</translation>
    </message>
    <message>
        <source>High ferritin is common in the ICU without HLH: ICU studies found HLH cut-offs of 9083 µg/L (2623 patients) and 3951 ng/mL (344 patients), and a modified HLH-2004 criterion uses ferritin ≥ 10000 ng/mL.</source>
        <comment>hscore_icu_ferritin</comment>
        <extracomment>Finding hscore_icu_ferritin.</extracomment>
        <translation>Una ferritina elevata è frequente in terapia intensiva senza HLH: studi in terapia intensiva hanno trovato cut-off per l&apos;HLH di 9083 µg/L (2623 pazienti) e 3951 ng/mL (344 pazienti), e un criterio HLH-2004 modificato usa una ferritina ≥ 10000 ng/mL.</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL places a patient in the ImmunoSep MALS stratum; it does not establish HLH.</source>
        <comment>hscore_mals_not_hlh</comment>
        <extracomment>Finding hscore_mals_not_hlh.</extracomment>
        <translation>Una ferritina &gt; 4420 ng/mL colloca il paziente nello strato MALS di ImmunoSep; non stabilisce una HLH.</translation>
    </message>
    <message>
        <source>Age 18 years or older.</source>
        <comment>criterion_age_18_or_over</comment>
        <extracomment>Finding criterion_age_18_or_over.</extracomment>
        <translation>Età di 18 anni o più.</translation>
    </message>
    <message>
        <source>Women: unwilling to become pregnant during the study (men meet this criterion).</source>
        <comment>criterion_not_planning_pregnancy</comment>
        <extracomment>Finding criterion_not_planning_pregnancy.</extracomment>
        <translation>Donne: non intenzionate a iniziare una gravidanza durante lo studio (gli uomini soddisfano questo criterio).</translation>
    </message>
    <message>
        <source>Written informed consent by the patient, or by a first-degree relative or spouse if the patient cannot consent.</source>
        <comment>criterion_informed_consent</comment>
        <extracomment>Finding criterion_informed_consent.</extracomment>
        <translation>Consenso informato scritto del paziente, o di un parente di primo grado o del coniuge se il paziente non è in grado di acconsentire.</translation>
    </message>
    <message>
        <source>Infection is community-acquired pneumonia, hospital-acquired pneumonia, ventilator-associated pneumonia or primary bacteraemia.</source>
        <comment>criterion_infection_type</comment>
        <extracomment>Finding criterion_infection_type.</extracomment>
        <translation>L&apos;infezione è una polmonite acquisita in comunità, una polmonite nosocomiale, una polmonite associata a ventilazione meccanica o una batteriemia primaria.</translation>
    </message>
    <message>
        <source>Sepsis by Sepsis-3: total SOFA ≥ 2 on admission with infection through the emergency department, or a rise of the admission SOFA by ≥ 2 points in a patient already in hospital.</source>
        <comment>criterion_sepsis_3</comment>
        <extracomment>Finding criterion_sepsis_3.</extracomment>
        <translation>Sepsi secondo Sepsis-3: SOFA totale ≥ 2 all&apos;ingresso con infezione tramite il pronto soccorso, o aumento del SOFA d&apos;ingresso di ≥ 2 punti in un paziente già ricoverato.</translation>
    </message>
    <message>
        <source>Laboratory signs of MALS (ferritin &gt; 4420 ng/mL) or of immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR &lt; 5000 antibodies per monocyte, QuantiBRITE). Patients with COVID-19 could enter the MALS arm only.</source>
        <comment>criterion_immune_phenotype</comment>
        <extracomment>Finding criterion_immune_phenotype.</extracomment>
        <translation>Segni di laboratorio di MALS (ferritina &gt; 4420 ng/mL) o di immunoparalisi (ferritina ≤ 4420 ng/mL e HLA-DR &lt; 5000 anticorpi per monocita, QuantiBRITE). I pazienti con COVID-19 potevano entrare solo nel braccio MALS.</translation>
    </message>
    <message>
        <source>Less than 72 hours since sepsis was recognised by Sepsis-3 (in the trial: to the start of the blinded study drug).</source>
        <comment>criterion_within_72_hours</comment>
        <extracomment>Finding criterion_within_72_hours.</extracomment>
        <translation>Meno di 72 ore da quando la sepsi è stata riconosciuta secondo Sepsis-3 (nello studio: fino all&apos;inizio del farmaco sperimentale in cieco).</translation>
    </message>
    <message>
        <source>Age under 18 years.</source>
        <comment>criterion_age_under_18</comment>
        <extracomment>Finding criterion_age_under_18.</extracomment>
        <translation>Età inferiore a 18 anni.</translation>
    </message>
    <message>
        <source>Written informed consent refused.</source>
        <comment>criterion_consent_refused</comment>
        <extracomment>Finding criterion_consent_refused.</extracomment>
        <translation>Consenso informato scritto rifiutato.</translation>
    </message>
    <message>
        <source>Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.</source>
        <comment>criterion_other_infection_site</comment>
        <extracomment>Finding criterion_other_infection_site.</extracomment>
        <translation>Pielonefrite acuta, infezione intra-addominale, meningite o infezione cutanea.</translation>
    </message>
    <message>
        <source>Any stage IV malignancy.</source>
        <comment>criterion_stage_iv_malignancy</comment>
        <extracomment>Finding criterion_stage_iv_malignancy.</extracomment>
        <translation>Qualsiasi neoplasia maligna in stadio IV.</translation>
    </message>
    <message>
        <source>Neutropenia: absolute neutrophil count &lt; 1500/mm³.</source>
        <comment>criterion_neutropenia</comment>
        <extracomment>Finding criterion_neutropenia.</extracomment>
        <translation>Neutropenia: conta assoluta dei neutrofili &lt; 1500/mm³.</translation>
    </message>
    <message>
        <source>Unverified: the registry gives &lt; 1500/mm³, a transcription of the protocol &lt; 1000/mm³; the discrepancy is unresolved.</source>
        <comment>criterion_neutropenia_unverified</comment>
        <extracomment>Finding criterion_neutropenia_unverified.</extracomment>
        <translation>Non verificato: il registro riporta &lt; 1500/mm³, una trascrizione del protocollo &lt; 1000/mm³; la discrepanza non è risolta.</translation>
    </message>
    <message>
        <source>Any do-not-resuscitate decision.</source>
        <comment>criterion_do_not_resuscitate</comment>
        <extracomment>Finding criterion_do_not_resuscitate.</extracomment>
        <translation>Qualsiasi decisione di non rianimare.</translation>
    </message>
    <message>
        <source>Bacteraemia with coagulase-negative staphylococci or other skin commensals, or a catheter-related infection.</source>
        <comment>criterion_bacteraemia_contaminant</comment>
        <extracomment>Finding criterion_bacteraemia_contaminant.</extracomment>
        <translation>Batteriemia da stafilococchi coagulasi-negativi o da altri commensali cutanei, oppure infezione correlata a catetere.</translation>
    </message>
    <message>
        <source>All {total} listed criteria are met ({met} met, {failed} not met, {unknown} unknown); the list is incomplete, so this does not prove the patient would have been eligible.</source>
        <comment>eligibility_all_listed_met</comment>
        <extracomment>Finding eligibility_all_listed_met. Fields: failed, met, total, unknown.</extracomment>
        <translation>Tutti i {total} criteri elencati sono soddisfatti ({met} soddisfatti, {failed} non soddisfatti, {unknown} sconosciuti); l&apos;elenco è incompleto, quindi ciò non prova che il paziente sarebbe stato eleggibile.</translation>
    </message>
    <message>
        <source>{met} of {total} criteria met, {unknown} unknown, {failed} not met.</source>
        <comment>eligibility_incomplete</comment>
        <extracomment>Finding eligibility_incomplete. Fields: failed, met, total, unknown.</extracomment>
        <translation>{met} criteri su {total} soddisfatti, {unknown} sconosciuti, {failed} non soddisfatti.</translation>
    </message>
    <message>
        <source>{failed} of {total} criteria not met ({met} met, {unknown} unknown): this patient differs from the population in which ImmunoSep was tested.</source>
        <comment>eligibility_outside</comment>
        <extracomment>Finding eligibility_outside. Fields: failed, met, total, unknown.</extracomment>
        <translation>{failed} criteri su {total} non soddisfatti ({met} soddisfatti, {unknown} sconosciuti): questo paziente differisce dalla popolazione in cui ImmunoSep è stato testato.</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence comes from the population these criteria describe; it may not apply outside it.</source>
        <comment>eligibility_population</comment>
        <extracomment>Finding eligibility_population.</extracomment>
        <translation>Le evidenze ImmunoSep provengono dalla popolazione descritta da questi criteri; possono non applicarsi al di fuori di essa.</translation>
    </message>
    <message>
        <source>Unverified: every copy of the registry&apos;s exclusion list read for this app ends after its seventh item; further exclusions (the protocol also has a corticosteroid-dose limit) are not listed here.</source>
        <comment>eligibility_exclusions_truncated</comment>
        <extracomment>Finding eligibility_exclusions_truncated.</extracomment>
        <translation>Non verificato: ogni copia dell&apos;elenco di esclusione del registro consultata per questa applicazione termina dopo la settima voce; ulteriori esclusioni (il protocollo prevede anche un limite di dose di corticosteroidi) non sono elencate qui.</translation>
    </message>
    <message>
        <source>The checklist informs; it does not block a phenotype or a decision.</source>
        <comment>eligibility_not_blocking</comment>
        <extracomment>Finding eligibility_not_blocking.</extracomment>
        <translation>La checklist informa; non blocca né un fenotipo né una decisione.</translation>
    </message>
    <message>
        <source>From the age entered: {age} years.</source>
        <comment>eligibility_from_age</comment>
        <extracomment>Finding eligibility_from_age. Fields: age.</extracomment>
        <translation>Dall&apos;età inserita: {age} anni.</translation>
    </message>
    <message>
        <source>From the phenotype: {phenotype}.</source>
        <comment>eligibility_from_phenotype</comment>
        <extracomment>Finding eligibility_from_phenotype. Fields: phenotype.</extracomment>
        <translation>Dal fenotipo: {phenotype}.</translation>
    </message>
    <message>
        <source>The values could not be classified, so this is unknown.</source>
        <comment>eligibility_from_no_phenotype</comment>
        <extracomment>Finding eligibility_from_no_phenotype.</extracomment>
        <translation>Classificazione dei valori impossibile; questo criterio è quindi sconosciuto.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: below 1000/mm³, neutropenia by the registry and by the protocol transcription.</source>
        <comment>eligibility_anc_below_both</comment>
        <extracomment>Finding eligibility_anc_below_both. Fields: anc.</extracomment>
        <translation>Neutrofili {anc}: sotto 1000/mm³, neutropenia secondo il registro e secondo la trascrizione del protocollo.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: at or above 1500/mm³, no neutropenia by either source.</source>
        <comment>eligibility_anc_above_both</comment>
        <extracomment>Finding eligibility_anc_above_both. Fields: anc.</extracomment>
        <translation>Neutrofili {anc}: uguali o superiori a 1500/mm³, nessuna neutropenia secondo entrambe le fonti.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: neutropenia by the registry (&lt; 1500/mm³) but not by the protocol transcription (&lt; 1000/mm³), or not exact enough to tell; the answer is unknown.</source>
        <comment>eligibility_anc_between</comment>
        <extracomment>Finding eligibility_anc_between. Fields: anc.</extracomment>
        <translation>Neutrofili {anc}: neutropenia secondo il registro (&lt; 1500/mm³) ma non secondo la trascrizione del protocollo (&lt; 1000/mm³), oppure valore non abbastanza preciso per stabilirlo; la risposta è sconosciuta.</translation>
    </message>
    <message>
        <source>Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (&gt; 1.4): the trial&apos;s response definition is met.</source>
        <comment>response_met</comment>
        <extracomment>Finding response_met. Fields: decrease.</extracomment>
        <translation>SOFA del giorno 1 meno la media dei SOFA dei giorni 2–9 = {decrease} (&gt; 1,4): la definizione di risposta dello studio è soddisfatta.</translation>
    </message>
    <message>
        <source>Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (≤ 1.4): the trial&apos;s response definition is not met.</source>
        <comment>response_not_met</comment>
        <extracomment>Finding response_not_met. Fields: decrease.</extracomment>
        <translation>SOFA del giorno 1 meno la media dei SOFA dei giorni 2–9 = {decrease} (≤ 1,4): la definizione di risposta dello studio non è soddisfatta.</translation>
    </message>
    <message>
        <source>Provisional: so far day-1 SOFA minus the mean SOFA of days 2–9 is {decrease}; days {pending} are not over and count as carried forward until they are.</source>
        <comment>response_provisional</comment>
        <extracomment>Finding response_provisional. Fields: decrease, pending.</extracomment>
        <translation>Provvisorio: finora SOFA del giorno 1 meno la media dei SOFA dei giorni 2–9 = {decrease}; i giorni {pending} non sono terminati e riportano l&apos;ultimo valore noto finché non lo saranno.</translation>
    </message>
    <message>
        <source>This is the ImmunoSep trial&apos;s research endpoint (day-1 SOFA minus the mean SOFA of days 2–9 &gt; 1.4 points; deaths count 24, a missing day carries the last value forward), not a treatment target.</source>
        <comment>response_research_endpoint</comment>
        <extracomment>Finding response_research_endpoint.</extracomment>
        <translation>Questo è l&apos;endpoint di ricerca dello studio ImmunoSep (SOFA del giorno 1 meno la media dei SOFA dei giorni 2–9 &gt; 1,4 punti; un decesso conta 24, un giorno mancante riporta l&apos;ultimo valore), non un obiettivo terapeutico.</translation>
    </message>
    <message>
        <source>From the day of death (day {day}) every day counts 24.</source>
        <comment>response_death</comment>
        <extracomment>Finding response_death. Fields: day.</extracomment>
        <translation>Dal giorno del decesso (giorno {day}) ogni giorno conta 24.</translation>
    </message>
    <message>
        <source>The SOFA entered for day {day} is not used: the patient died on day {death_day}, and from then on every day counts 24.</source>
        <comment>response_entry_replaced_by_death</comment>
        <extracomment>Finding response_entry_replaced_by_death. Fields: day, death_day.</extracomment>
        <translation>Il SOFA inserito per il giorno {day} non viene usato: il paziente è deceduto il giorno {death_day} e da allora ogni giorno conta 24.</translation>
    </message>
    <message>
        <source>The SOFA of day {day} rests on {assessed} of 6 organ systems, so it may be too low.</source>
        <comment>response_incomplete_day</comment>
        <extracomment>Finding response_incomplete_day. Fields: assessed, day.</extracomment>
        <translation>Il SOFA del giorno {day} si basa su {assessed} dei 6 sistemi d&apos;organo, quindi può essere troppo basso.</translation>
    </message>
    <message>
        <source>{criterion} {value} is outside the range usually seen in {unit}; check that it was not measured in {other_unit}.</source>
        <comment>unit_suspect</comment>
        <extracomment>Finding unit_suspect. Fields: criterion, other_unit, unit, value.</extracomment>
        <translation>{criterion} {value}: fuori dall&apos;intervallo abituale in {unit}; verificare che il valore non sia stato misurato in {other_unit}.</translation>
    </message>
    <message>
        <source>Ferritin is needed: every ImmunoSep phenotype starts from ferritin (&gt; {ferritin_threshold} is MALS).</source>
        <comment>ferritin_missing</comment>
        <extracomment>Finding ferritin_missing. Fields: ferritin_threshold.</extracomment>
        <translation>Serve la ferritina: ogni fenotipo ImmunoSep parte dalla ferritina (&gt; {ferritin_threshold} è MALS).</translation>
    </message>
    <message>
        <source>Ferritin &gt; {threshold} (MALS)</source>
        <comment>criterion.ferritin_above_mals_threshold</comment>
        <extracomment>Finding criterion.ferritin_above_mals_threshold. Fields: threshold.</extracomment>
        <translation>Ferritina &gt; {threshold} (MALS)</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {threshold} (immunoparalysis)</source>
        <comment>criterion.hla_dr_below_threshold</comment>
        <extracomment>Finding criterion.hla_dr_below_threshold. Fields: threshold.</extracomment>
        <translation>HLA-DR &lt; {threshold} (immunoparalisi)</translation>
    </message>
    <message>
        <source>Age ≥ {threshold} years (trial population)</source>
        <comment>criterion.age_adult</comment>
        <extracomment>Finding criterion.age_adult. Fields: threshold.</extracomment>
        <translation>Età ≥ {threshold} anni (popolazione dello studio)</translation>
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
        <translation>≥ {threshold} anni</translation>
    </message>
    <message>
        <source>{age} years</source>
        <comment>criterion_value.age</comment>
        <extracomment>Finding criterion_value.age. Fields: age.</extracomment>
        <translation>{age} anni</translation>
    </message>
    <message>
        <source>met</source>
        <comment>criterion_note.met</comment>
        <extracomment>Finding criterion_note.met.</extracomment>
        <translation>soddisfatto</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>criterion_note.not_met</comment>
        <extracomment>Finding criterion_note.not_met.</extracomment>
        <translation>non soddisfatto</translation>
    </message>
    <message>
        <source>undecided</source>
        <comment>criterion_note.undecided</comment>
        <extracomment>Finding criterion_note.undecided.</extracomment>
        <translation>non deciso</translation>
    </message>
    <message>
        <source>undecided: {entered} spans {threshold}</source>
        <comment>criterion_note.undecided_range</comment>
        <extracomment>Finding criterion_note.undecided_range. Fields: entered, threshold.</extracomment>
        <translation>non deciso: {entered} comprende {threshold}</translation>
    </message>
    <message>
        <source>not available</source>
        <comment>criterion_note.not_available</comment>
        <extracomment>Finding criterion_note.not_available.</extracomment>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>not given</source>
        <comment>criterion_note.not_given</comment>
        <extracomment>Finding criterion_note.not_given.</extracomment>
        <translation>non fornito</translation>
    </message>
    <message>
        <source>not determined by the laboratory</source>
        <comment>criterion_note.not_determined</comment>
        <extracomment>Finding criterion_note.not_determined.</extracomment>
        <translation>non determinato dal laboratorio</translation>
    </message>
    <message>
        <source>not evaluable: {unit} cannot be converted to antibodies bound per cell</source>
        <comment>criterion_note.unit_not_usable</comment>
        <extracomment>Finding criterion_note.unit_not_usable. Fields: unit.</extracomment>
        <translation>non valutabile: {unit} non può essere convertito in anticorpi legati per cellula</translation>
    </message>
    <message>
        <source>{note}; converted: {conversion}</source>
        <comment>criterion_note.converted</comment>
        <extracomment>Finding criterion_note.converted. Fields: conversion, note.</extracomment>
        <translation>{note}; convertito: {conversion}</translation>
    </message>
    <message>
        <source>{note} (not needed: MALS is decided by ferritin)</source>
        <comment>criterion_note.not_needed</comment>
        <extracomment>Finding criterion_note.not_needed. Fields: note.</extracomment>
        <translation>{note} (non necessario: il MALS è deciso dalla ferritina)</translation>
    </message>
    <message>
        <source>{entered} ng/mL (no conversion)</source>
        <comment>conversion.none</comment>
        <extracomment>Finding conversion.none. Fields: entered.</extracomment>
        <translation>{entered} ng/mL (nessuna conversione)</translation>
    </message>
    <message>
        <source>Ferritin not determined (&quot;{ferritin_not_determined}&quot;): the laboratory reported no value; every ImmunoSep phenotype starts from ferritin (&gt; {ferritin_threshold} is MALS).</source>
        <comment>ferritin_not_determined</comment>
        <extracomment>Finding ferritin_not_determined. Fields: ferritin_not_determined, ferritin_threshold.</extracomment>
        <translation>Ferritina non determinata (&quot;{ferritin_not_determined}&quot;): il laboratorio non ha riportato alcun valore; ogni fenotipo ImmunoSep parte dalla ferritina (&gt; {ferritin_threshold} è MALS).</translation>
    </message>
    <message>
        <source>Ferritin {ferritin_entered} could be above or below {ferritin_threshold}; an exact value, or a bound that lies wholly on one side of {ferritin_threshold}, is needed.</source>
        <comment>ferritin_indeterminate</comment>
        <extracomment>Finding ferritin_indeterminate. Fields: ferritin_entered, ferritin_threshold.</extracomment>
        <translation>La ferritina {ferritin_entered} potrebbe essere sopra o sotto {ferritin_threshold}; serve un valore esatto, o un limite interamente da un lato di {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is &gt; {ferritin_threshold}: MALS criterion met.</source>
        <comment>ferritin_above_threshold</comment>
        <extracomment>Finding ferritin_above_threshold. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Ferritina {ferritin} &gt; {ferritin_threshold}: criterio MALS soddisfatto.</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {hla_dr_threshold} too: both criteria are met and MALS takes precedence, as in the trial.</source>
        <comment>both_criteria_met</comment>
        <extracomment>Finding both_criteria_met. Fields: hla_dr_threshold.</extracomment>
        <translation>Anche HLA-DR &lt; {hla_dr_threshold}: entrambi i criteri sono soddisfatti e prevale il MALS, come nello studio.</translation>
    </message>
    <message>
        <source>HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <comment>hla_dr_missing</comment>
        <extracomment>Finding hla_dr_missing. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Serve l&apos;HLA-DR in anticorpi per cellula (AB/C, QuantiBRITE) perché la ferritina {ferritin} è ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>HLA-DR not determined (&quot;{hla_dr_not_determined}&quot;): the laboratory reported no value; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <comment>hla_dr_not_determined</comment>
        <extracomment>Finding hla_dr_not_determined. Fields: ferritin, ferritin_threshold, hla_dr_not_determined.</extracomment>
        <translation>HLA-DR non determinato (&quot;{hla_dr_not_determined}&quot;): il laboratorio non ha riportato alcun valore; l&apos;HLA-DR in AB/C è necessario perché la ferritina {ferritin} è ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>HLA-DR was given as {hla_dr_unit}, which cannot be converted to antibodies bound per cell; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <comment>hla_dr_not_ab_per_cell</comment>
        <extracomment>Finding hla_dr_not_ab_per_cell. Fields: ferritin, ferritin_threshold, hla_dr_unit.</extracomment>
        <translation>L&apos;HLA-DR è stato fornito in {hla_dr_unit}, che non può essere convertito in anticorpi legati per cellula; serve l&apos;HLA-DR in AB/C perché la ferritina {ferritin} è ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} could be above or below {hla_dr_threshold}; an exact value is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <comment>hla_dr_indeterminate</comment>
        <extracomment>Finding hla_dr_indeterminate. Fields: ferritin, ferritin_threshold, hla_dr, hla_dr_threshold.</extracomment>
        <translation>L&apos;HLA-DR {hla_dr} potrebbe essere sopra o sotto {hla_dr_threshold}; serve un valore esatto perché la ferritina {ferritin} è ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is ≤ {ferritin_threshold}: MALS criterion not met.</source>
        <comment>ferritin_at_or_below_threshold</comment>
        <extracomment>Finding ferritin_at_or_below_threshold. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Ferritina {ferritin} ≤ {ferritin_threshold}: criterio MALS non soddisfatto.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is &lt; {hla_dr_threshold}: immunoparalysis criteria met.</source>
        <comment>hla_dr_below_threshold</comment>
        <extracomment>Finding hla_dr_below_threshold. Fields: hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} &lt; {hla_dr_threshold}: criteri di immunoparalisi soddisfatti.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is ≥ {hla_dr_threshold}: neither phenotype; the ImmunoSep evidence does not apply.</source>
        <comment>hla_dr_at_or_above_threshold</comment>
        <extracomment>Finding hla_dr_at_or_above_threshold. Fields: hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} ≥ {hla_dr_threshold}: nessuno dei due fenotipi; le evidenze ImmunoSep non si applicano.</translation>
    </message>
    <message>
        <source>The ferritin sample time {ferritin_sampled} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.ferritin_sample</comment>
        <extracomment>Finding sample_time_in_future.ferritin_sample. Fields: ferritin_sampled.</extracomment>
        <translation>L&apos;ora del prelievo della ferritina {ferritin_sampled} è nel futuro; controllare data e ora.</translation>
    </message>
    <message>
        <source>The HLA-DR sample time {hla_dr_sampled} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.hla_dr_sample</comment>
        <extracomment>Finding sample_time_in_future.hla_dr_sample. Fields: hla_dr_sampled.</extracomment>
        <translation>L&apos;ora del prelievo dell&apos;HLA-DR {hla_dr_sampled} è nel futuro; controllare data e ora.</translation>
    </message>
    <message>
        <source>The HLA-DR processing time {hla_dr_processed} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.hla_dr_processing</comment>
        <extracomment>Finding sample_time_in_future.hla_dr_processing. Fields: hla_dr_processed.</extracomment>
        <translation>L&apos;ora di processazione dell&apos;HLA-DR {hla_dr_processed} è nel futuro; controllare data e ora.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is within {ferritin_band} of {ferritin_threshold}; ferritin assays differ between methods, so a repeat test may be wise.</source>
        <comment>ferritin_near_threshold</comment>
        <extracomment>Finding ferritin_near_threshold. Fields: ferritin, ferritin_band, ferritin_threshold.</extracomment>
        <translation>La ferritina {ferritin} è entro {ferritin_band} da {ferritin_threshold}; i dosaggi della ferritina variano tra i metodi, quindi può essere opportuno ripetere il test.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is within {hla_dr_band} of {hla_dr_threshold}; the inter-laboratory CV is 15-25 %, so a repeat test may be wise.</source>
        <comment>hla_dr_near_threshold</comment>
        <extracomment>Finding hla_dr_near_threshold. Fields: hla_dr, hla_dr_band, hla_dr_threshold.</extracomment>
        <translation>L&apos;HLA-DR {hla_dr} è entro {hla_dr_band} da {hla_dr_threshold}; il CV interlaboratorio è del 15-25 %, quindi può essere opportuno ripetere il test.</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR were sampled {sample_gap} apart (more than {max_interval}); they may reflect different immune states.</source>
        <comment>samples_far_apart</comment>
        <extracomment>Finding samples_far_apart. Fields: max_interval, sample_gap.</extracomment>
        <translation>Ferritina e HLA-DR sono stati prelevati a {sample_gap} di distanza (più di {max_interval}); possono riflettere stati immunitari diversi.</translation>
    </message>
    <message>
        <source>HLA-DR was processed {processing_delay} after sampling (more than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h).</source>
        <comment>hla_dr_processing_delay</comment>
        <extracomment>Finding hla_dr_processing_delay. Fields: max_delay, processing_delay.</extracomment>
        <translation>L&apos;HLA-DR è stato processato {processing_delay} dopo il prelievo (più di {max_delay}); i valori possono essere inaffidabili (QuantiBRITE: EDTA, in ghiaccio, marcatura entro 4 h).</translation>
    </message>
</context>
<context>
    <name>HScoreHistoryView</name>
    <message>
        <source>No HScore is stored for this patient. Patient ▸ HScore (Ctrl+Shift+H) enters one.</source>
        <translation>Per questo paziente non è salvato alcun HScore. Paziente ▸ HScore (Ctrl+Shift+H) ne inserisce uno.</translation>
    </message>
    <message>
        <source>HScores stored for this patient, oldest first: an aid to the question whether a very high ferritin is HLH, not a diagnosis.</source>
        <translation>HScore salvati per questo paziente, dal meno recente: un ausilio per il quesito se una ferritina molto elevata sia una HLH, non una diagnosi.</translation>
    </message>
    <message>
        <source>HScore #{id}, stored with assessment #{assessment}</source>
        <translation>HScore #{id}, salvato con la valutazione #{assessment}</translation>
    </message>
    <message>
        <source>table {version}</source>
        <translation>tabella {version}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Variable and why</source>
        <translation>Variabile e motivo</translation>
    </message>
</context>
<context>
    <name>HScorePanel</name>
    <message>
        <source>{n} points</source>
        <translation>{n} punti</translation>
    </message>
    <message>
        <source>No HScore: correct the field marked in red ({reason}).</source>
        <translation>Nessun HScore: correggere il campo segnato in rosso ({reason}).</translation>
    </message>
    <message>
        <source>Offered because ferritin is above 4420 ng/mL (the MALS criterion of the rule): such a ferritin places a patient in MALS but does not establish HLH. The HScore is an aid to that question, not a diagnosis.</source>
        <translation>Proposto perché la ferritina è superiore a 4420 ng/mL (il criterio MALS della regola): una tale ferritina colloca il paziente nel MALS ma non stabilisce una HLH. L&apos;HScore è un ausilio per questa domanda, non una diagnosi.</translation>
    </message>
    <message>
        <source>The window offers the HScore when ferritin is above 4420 ng/mL (the MALS criterion); it can be computed for any patient. It is an aid to the HLH question, not a diagnosis.</source>
        <translation>La finestra propone l&apos;HScore quando la ferritina è superiore a 4420 ng/mL (il criterio MALS); può essere calcolato per qualsiasi paziente. È un ausilio per la domanda sulla HLH, non una diagnosi.</translation>
    </message>
    <message>
        <source>Ferritin copied from the assessment on screen ({value} {unit}); change it if the HScore uses another value.</source>
        <translation>Ferritina copiata dalla valutazione sullo schermo ({value} {unit}); modificarla se l&apos;HScore usa un altro valore.</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>An HScore is saved once all nine variables are given.</source>
        <translation>Un HScore viene salvato quando tutte e nove le variabili sono fornite.</translation>
    </message>
    <message>
        <source>Saved with assessment #{assessment}.</source>
        <translation>Salvato con la valutazione #{assessment}.</translation>
    </message>
    <message>
        <source>#{id}: HScore {score}, probability {p} %, with assessment #{assessment}, saved {when} by {user}</source>
        <translation>#{id}: HScore {score}, probabilità {p} %, con la valutazione #{assessment}, salvato {when} da {user}</translation>
    </message>
    <message>
        <source>Stored HScores:</source>
        <translation>HScore salvati:</translation>
    </message>
    <message>
        <source>No HScore stored for this patient.</source>
        <translation>Nessun HScore salvato per questo paziente.</translation>
    </message>
    <message>
        <source>Mark #{id} entered in &amp;error…</source>
        <translation>Segna #{id} come inserimento &amp;errato…</translation>
    </message>
    <message>
        <source>Save HScore</source>
        <translation>Salva HScore</translation>
    </message>
    <message>
        <source>Save this HScore in the TRAINING records of patient:</source>
        <translation>Salvare questo HScore nelle registrazioni di FORMAZIONE del paziente:</translation>
    </message>
    <message>
        <source>Save this HScore in the clinical records of patient:</source>
        <translation>Salvare questo HScore nelle registrazioni cliniche del paziente:</translation>
    </message>
    <message>
        <source>With assessment #{assessment}</source>
        <translation>Con la valutazione #{assessment}</translation>
    </message>
    <message>
        <source>HScore saved for {patient}.</source>
        <translation>HScore salvato per {patient}.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Segna come inserimento errato</translation>
    </message>
    <message>
        <source>HScore #{id} of {patient} will be marked as entered in error. It stays stored and listed.</source>
        <translation>L&apos;HScore #{id} di {patient} sarà segnato come inserimento errato. Resta salvato ed elencato.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>&amp;Segna come inserimento errato</translation>
    </message>
    <message>
        <source>HScore #{id} marked as entered in error.</source>
        <translation>HScore #{id} segnato come inserimento errato.</translation>
    </message>
    <message>
        <source>The nine variables (Fardet 2014)</source>
        <translation>Le nove variabili (Fardet 2014)</translation>
    </message>
    <message>
        <source>Known underlying &amp;immunosuppression (HIV, long-term immunosuppressive therapy)</source>
        <translation>&amp;Immunosoppressione sottostante nota (HIV, terapia immunosoppressiva a lungo termine)</translation>
    </message>
    <message>
        <source>Highest &amp;temperature</source>
        <translation>&amp;Temperatura massima</translation>
    </message>
    <message>
        <source>&amp;Organomegaly</source>
        <translation>&amp;Organomegalia</translation>
    </message>
    <message>
        <source>&amp;Cytopenic lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110 000/µL)</source>
        <translation>&amp;Linee citopeniche (Hb ≤ 9,2 g/dL, leucociti ≤ 5000/µL, piastrine ≤ 110 000/µL)</translation>
    </message>
    <message>
        <source>&amp;Ferritin</source>
        <translation>&amp;Ferritina</translation>
    </message>
    <message>
        <source>Tri&amp;glycerides</source>
        <translation>Tri&amp;gliceridi</translation>
    </message>
    <message>
        <source>Fi&amp;brinogen</source>
        <translation>Fi&amp;brinogeno</translation>
    </message>
    <message>
        <source>&amp;AST (aspartate aminotransferase)</source>
        <translation>&amp;AST (aspartato aminotransferasi)</translation>
    </message>
    <message>
        <source>&amp;Haemophagocytosis on bone-marrow aspirate</source>
        <translation>E&amp;mofagocitosi all&apos;aspirato midollare</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>hepatomegaly</source>
        <translation>epatomegalia</translation>
    </message>
    <message>
        <source>splenomegaly</source>
        <translation>splenomegalia</translation>
    </message>
    <message>
        <source>both</source>
        <translation>entrambe</translation>
    </message>
    <message>
        <source>&amp;Save HScore…</source>
        <translation>&amp;Salva HScore…</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Sampled (or assessed)</source>
        <translation>Prelievo (o valutazione)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritina</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Stored assessments, oldest first</source>
        <translation>Valutazioni salvate, dalla meno recente</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>prelievo</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>valutazione</translation>
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
        <translation>(rileva)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non usato)</translation>
    </message>
    <message>
        <source>Lab exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xlsb *.xls *.ods);;All files (*)</source>
        <translation>Esportazioni di laboratorio (*.csv *.tsv *.txt *.xlsx *.xlsm *.xlsb *.xls *.ods);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>virgola ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>punto e virgola ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>pipe |</source>
        <translation>barra verticale |</translation>
    </message>
    <message>
        <source>decimal point (4420.5)</source>
        <translation>punto decimale (4420.5)</translation>
    </message>
    <message>
        <source>decimal comma (4420,5)</source>
        <translation>virgola decimale (4420,5)</translation>
    </message>
    <message>
        <source>wide: one row per sample</source>
        <translation>largo: una riga per campione</translation>
    </message>
    <message>
        <source>long: one row per test</source>
        <translation>lungo: una riga per test</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra verticale</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>largo</translation>
    </message>
    <message>
        <source>long</source>
        <translation>lungo</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>given</source>
        <translation>fornita</translation>
    </message>
    <message>
        <source>header</source>
        <translation>intestazione</translation>
    </message>
    <message>
        <source>unit column</source>
        <translation>colonna unità</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>ID paziente</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritina</translation>
    </message>
    <message>
        <source>Ferritin unit</source>
        <translation>Unità ferritina</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR unit</source>
        <translation>Unità HLA-DR</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Ora del prelievo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Test name</source>
        <translation>Nome del test</translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation>Codice LOINC</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nome del paziente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numero di cartella</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitatore</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Separatore decimale</translation>
    </message>
    <message>
        <source>ISO 8601 or detected; e.g. %d.%m.%Y %H:%M</source>
        <translation>ISO 8601 o rilevato; ad es. %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Formato dell&apos;ora</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Pairing interval</source>
        <translation>Intervallo di abbinamento</translation>
    </message>
    <message>
        <source>How the file is read (detected unless you choose)</source>
        <translation>Come viene letto il file (rilevato, salvo scelta diversa)</translation>
    </message>
    <message>
        <source>Sample time format</source>
        <translation>Formato dell&apos;ora del prelievo</translation>
    </message>
    <message>
        <source>Pair ferritin and HLA-DR within</source>
        <translation>Abbina ferritina e HLA-DR entro</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Detected settings</source>
        <translation>Impostazioni rilevate</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Anteprima delle prime righe</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annulla l&apos;importazione</translation>
    </message>
    <message>
        <source>Import and classify</source>
        <translation>Importa e classifica</translation>
    </message>
    <message>
        <source>Preview (row numbers as in the spreadsheet):</source>
        <translation>Anteprima (numeri di riga come nel foglio di calcolo):</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {layout} layout, %n data row(s)</source>
        <translation>
            <numerusform>{kind}, formato {layout}, %n riga di dati</numerusform>
            <numerusform>{kind}, formato {layout}, %n righe di dati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {layout} layout, %n data row(s) ({blank} blank skipped)</source>
        <translation>
            <numerusform>{kind}, formato {layout}, %n riga di dati ({blank} vuote saltate)</numerusform>
            <numerusform>{kind}, formato {layout}, %n righe di dati ({blank} vuote saltate)</numerusform>
        </translation>
    </message>
    <message>
        <source>{analyte} unit: {unit} ({source})</source>
        <translation>Unità {analyte}: {unit} ({source})</translation>
    </message>
    <message>
        <source>{analyte} unit: per row ({source})</source>
        <translation>Unità {analyte}: per riga ({source})</translation>
    </message>
    <message>
        <source>columns not used: {headers}</source>
        <translation>colonne non usate: {headers}</translation>
    </message>
    <message>
        <source>No unit for ferritin and HLA-DR: values will be rejected until you choose the units (a unit is never assumed).</source>
        <translation>Nessuna unità per ferritina e HLA-DR: i valori saranno rifiutati finché non si scelgono le unità (un&apos;unità non viene mai presunta).</translation>
    </message>
    <message>
        <source>No unit for ferritin: values will be rejected until you choose the unit (a unit is never assumed).</source>
        <translation>Nessuna unità per la ferritina: i valori saranno rifiutati finché non si sceglie l&apos;unità (un&apos;unità non viene mai presunta).</translation>
    </message>
    <message>
        <source>No unit for HLA-DR: values will be rejected until you choose the unit (a unit is never assumed).</source>
        <translation>Nessuna unità per l&apos;HLA-DR: i valori saranno rifiutati finché non si sceglie l&apos;unità (un&apos;unità non viene mai presunta).</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) are more than the window shows ({limit}); use the command line: immunosep batch FILE --out results.xlsx</source>
        <translation>
            <numerusform>%n riga di dati supera quanto mostra la finestra ({limit}); usare la riga di comando: immunosep batch FILE --out results.xlsx</numerusform>
            <numerusform>%n righe di dati superano quanto mostra la finestra ({limit}); usare la riga di comando: immunosep batch FILE --out results.xlsx</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read this file: {reason}</source>
        <translation>Impossibile leggere questo file: {reason}</translation>
    </message>
    <message>
        <source>Cannot read this file ({error}).</source>
        <translation>Impossibile leggere questo file ({error}).</translation>
    </message>
    <message>
        <source>(from the header: {unit})</source>
        <translation>(dall&apos;intestazione: {unit})</translation>
    </message>
    <message>
        <source>(from the unit column)</source>
        <translation>(dalla colonna unità)</translation>
    </message>
    <message>
        <source>(none in the file: choose)</source>
        <translation>(nessuna nel file: scegliere)</translation>
    </message>
    <message>
        <source>detected: {format}</source>
        <translation>rilevato: {format}</translation>
    </message>
    <message>
        <source>(detect: {detected})</source>
        <translation>(rileva: {detected})</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Colonna per {field}</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Mappa dei fenotipi della coorte</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importazione annullata: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>Importa risultati di laboratorio</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Laboratory results that arrived in the inbox folder, per patient</source>
        <translation>Risultati di laboratorio arrivati nella cartella di arrivo, per paziente</translation>
    </message>
    <message>
        <source>Laboratory &amp;inbox…</source>
        <translation>Arrivi dal &amp;laboratorio…</translation>
    </message>
    <message>
        <source>{file}: not stored yet ({reason})</source>
        <translation>{file}: non ancora salvato ({reason})</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Laboratory inbox — TRAINING database</source>
        <translation>Arrivi dal laboratorio — database di FORMAZIONE</translation>
    </message>
    <message>
        <source>Laboratory inbox</source>
        <translation>Arrivi dal laboratorio</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Stato degli arrivi</translation>
    </message>
    <message>
        <source>Patient / test</source>
        <translation>Paziente / test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Prelievo</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>File di origine</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Laboratory results per patient, newest first</source>
        <translation>Risultati di laboratorio per paziente, dal più recente</translation>
    </message>
    <message>
        <source>Open &amp;history</source>
        <translation>Apri lo s&amp;torico</translation>
    </message>
    <message>
        <source>Mark all as &amp;seen</source>
        <translation>Segna tutti come &amp;visti</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Lettura delle registrazioni…</translation>
    </message>
    <message>
        <source>The inbox cannot be shown: {reason}</source>
        <translation>Impossibile mostrare gli arrivi: {reason}</translation>
    </message>
    <message>
        <source>(no stored patient)</source>
        <translation>(nessun paziente salvato)</translation>
    </message>
    <message>
        <source>No laboratory results have arrived in the inbox yet.</source>
        <translation>Nella cartella di arrivo non è ancora arrivato alcun risultato di laboratorio.</translation>
    </message>
    <message numerus="yes">
        <source>%n new result(s) since you last looked (in bold).</source>
        <translation>
            <numerusform>%n nuovo risultato dall&apos;ultima consultazione (in grassetto).</numerusform>
            <numerusform>%n nuovi risultati dall&apos;ultima consultazione (in grassetto).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n paziente.</numerusform>
            <numerusform>%n pazienti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the patient&apos;s history.</source>
        <translation>Invio apre lo storico del paziente.</translation>
    </message>
    <message>
        <source>No inbox folder is configured (site.toml, [inbox] folder).</source>
        <translation>Nessuna cartella di arrivo configurata (site.toml, [inbox] folder).</translation>
    </message>
    <message>
        <source>Training mode does not read the ward&apos;s inbox folder.</source>
        <translation>La modalità formazione non legge la cartella di arrivo del reparto.</translation>
    </message>
    <message>
        <source>Watching {folder}.</source>
        <translation>Monitoraggio di {folder}.</translation>
    </message>
    <message>
        <source>Withdrawn by the laboratory ({status})</source>
        <translation>Ritirato dal laboratorio ({status})</translation>
    </message>
    <message>
        <source>{label} — earlier version</source>
        <translation>{label} — versione precedente</translation>
    </message>
    <message>
        <source>{label} — corrected result</source>
        <translation>{label} — risultato corretto</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritina</translation>
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
            <numerusform>Arrivi dal laboratorio: %n file illeggibile è stato spostato in failed/ con il motivo.</numerusform>
            <numerusform>Arrivi dal laboratorio: %n file illeggibili sono stati spostati in failed/ con il motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n new laboratory result(s). Ctrl+I shows them.</source>
        <translation>
            <numerusform>Arrivi dal laboratorio: %n nuovo risultato. Ctrl+I lo mostra.</numerusform>
            <numerusform>Arrivi dal laboratorio: %n nuovi risultati. Ctrl+I li mostra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laboratory &amp;inbox (%n new)…</source>
        <translation>
            <numerusform>Arrivi dal &amp;laboratorio (%n nuovo)…</numerusform>
            <numerusform>Arrivi dal &amp;laboratorio (%n nuovi)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New patient: every field cleared.</source>
        <translation>Nuovo paziente: tutti i campi sono stati svuotati.</translation>
    </message>
    <message>
        <source>Patient {patient} opened: enter the new values, or Ctrl+H for the history.</source>
        <translation>Paziente {patient} aperto: inserire i nuovi valori, oppure Ctrl+H per lo storico.</translation>
    </message>
    <message>
        <source>No result: correct the field(s) marked in red on the left; each message says why.</source>
        <translation>Nessun risultato: correggere i campi segnati in rosso a sinistra; ogni messaggio ne spiega il motivo.</translation>
    </message>
    <message>
        <source>Enter ferritin and HLA-DR, each with its unit, to see the phenotype.</source>
        <translation>Inserire ferritina e HLA-DR, ciascuno con la sua unità, per vedere il fenotipo.</translation>
    </message>
    <message>
        <source>No result: an internal error stopped the assessment (reference: {ref}). Nothing was classified; please report this.</source>
        <translation>Nessun risultato: un errore interno ha interrotto la valutazione (riferimento: {ref}). Non è stata effettuata alcuna classificazione; segnalare il problema.</translation>
    </message>
    <message>
        <source>(no identifier entered)</source>
        <translation>(nessun identificativo inserito)</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} anni</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicata</translation>
    </message>
    <message>
        <source>Patient: {who} · age {age}</source>
        <translation>Paziente: {who} · età {age}</translation>
    </message>
    <message>
        <source>PAST ASSESSMENT #{id} (read-only) — {text}</source>
        <translation>VALUTAZIONE PRECEDENTE #{id} (sola lettura) — {text}</translation>
    </message>
    <message>
        <source>CORRECTING #{id} — {text}</source>
        <translation>CORREZIONE DI #{id} — {text}</translation>
    </message>
    <message>
        <source>TRAINING CASE (synthetic) — {text}</source>
        <translation>CASO DI FORMAZIONE (sintetico) — {text}</translation>
    </message>
    <message>
        <source>TRAINING — {app}</source>
        <translation>FORMAZIONE — {app}</translation>
    </message>
    <message>
        <source>{title} — past assessment #{id} (read-only)</source>
        <translation>{title} — valutazione precedente #{id} (sola lettura)</translation>
    </message>
    <message>
        <source>TRAINING — synthetic data</source>
        <translation>FORMAZIONE — dati sintetici</translation>
    </message>
    <message>
        <source>Clinical mode</source>
        <translation>Modalità clinica</translation>
    </message>
    <message>
        <source>{mode} · decimal separator &apos;{sep}&apos;</source>
        <translation>{mode} · separatore decimale &apos;{sep}&apos;</translation>
    </message>
    <message>
        <source>The trial evidence of this installation cannot be read ({kind}), so no result can be shown. {app} closes; please ask IT to repair the installation.</source>
        <translation>Le evidenze dello studio di questa installazione non possono essere lette ({kind}), quindi non è possibile mostrare alcun risultato. {app} si chiude; chiedere al servizio informatico di riparare l&apos;installazione.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Patient &amp;history…</source>
        <translation>S&amp;torico del paziente…</translation>
    </message>
    <message>
        <source>Stored assessments and the ferritin / HLA-DR trend of the patient in the form</source>
        <translation>Valutazioni salvate e andamento di ferritina / HLA-DR del paziente nel modulo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open / import lab results…</source>
        <translation>&amp;Apri / importa risultati di laboratorio…</translation>
    </message>
    <message>
        <source>Import a laboratory export (CSV, Excel) and classify every row</source>
        <translation>Importa un&apos;esportazione di laboratorio (CSV, Excel) e classifica ogni riga</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;Esporta report PDF…</translation>
    </message>
    <message>
        <source>Save the current assessment as a PDF report</source>
        <translation>Salva la valutazione corrente come report PDF</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Decimal separator for typed values</source>
        <translation>Separatore decimale per i valori digitati</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <source>Close the app (asks first if an assessment is not saved)</source>
        <translation>Chiude l&apos;applicazione (chiede prima conferma se una valutazione non è salvata)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paziente</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nuovo paziente</translation>
    </message>
    <message>
        <source>Clear every field for the next patient</source>
        <translation>Svuota tutti i campi per il paziente successivo</translation>
    </message>
    <message>
        <source>&amp;Save assessment…</source>
        <translation>&amp;Salva valutazione…</translation>
    </message>
    <message>
        <source>Store the assessment on screen in the patient&apos;s records</source>
        <translation>Salva la valutazione sullo schermo nelle registrazioni del paziente</translation>
    </message>
    <message>
        <source>Patient &amp;list…</source>
        <translation>&amp;Elenco pazienti…</translation>
    </message>
    <message>
        <source>Find a stored patient by identifier and open them</source>
        <translation>Trova un paziente salvato per identificativo e aprilo</translation>
    </message>
    <message>
        <source>&amp;Copy result for the note</source>
        <translation>&amp;Copia il risultato per la nota</translation>
    </message>
    <message>
        <source>Put a plain-text summary of the result on the clipboard</source>
        <translation>Copia negli appunti un riepilogo in testo semplice del risultato</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Larger text for presenting</source>
        <translation>Testo più grande per le presentazioni</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Testo più piccolo</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Dimensioni re&amp;ali</translation>
    </message>
    <message>
        <source>Text at 100 %</source>
        <translation>Testo al 100 %</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>F&amp;ormazione</translation>
    </message>
    <message>
        <source>&amp;Training mode (synthetic data)</source>
        <translation>&amp;Modalità formazione (dati sintetici)</translation>
    </message>
    <message>
        <source>Switch to synthetic training cases; clears the form</source>
        <translation>Passa ai casi di formazione sintetici; svuota il modulo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;About ImmunoSep Phenotyper</source>
        <translation>&amp;Informazioni su ImmunoSep Phenotyper</translation>
    </message>
    <message>
        <source>Versions of the app, the rule set and the evidence; disclaimer</source>
        <translation>Versioni dell&apos;applicazione, del set di regole e delle evidenze; avvertenze</translation>
    </message>
    <message>
        <source>&amp;Eligibility checklist (use only if…)…</source>
        <translation>Checklist di eleggibilità (&amp;usare solo se…)…</translation>
    </message>
    <message>
        <source>The ImmunoSep trial&apos;s inclusion and exclusion criteria for the patient in the form</source>
        <translation>I criteri di inclusione ed esclusione dello studio ImmunoSep per il paziente nel modulo</translation>
    </message>
    <message>
        <source>&amp;SOFA and the day-9 response…</source>
        <translation>SOFA e &amp;risposta al giorno 9…</translation>
    </message>
    <message>
        <source>SOFA calculator, daily SOFA, the trial&apos;s day-9 measure and the date of death</source>
        <translation>Calcolatore SOFA, SOFA giornaliero, la misura al giorno 9 dello studio e la data del decesso</translation>
    </message>
    <message>
        <source>HScore (HLH &amp;question)…</source>
        <translation>HScore (&amp;quesito HLH)…</translation>
    </message>
    <message>
        <source>HScore (Fardet 2014): an aid to the question whether a very high ferritin is HLH</source>
        <translation>HScore (Fardet 2014): un ausilio per il quesito se una ferritina molto elevata sia una HLH</translation>
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
        <translation>{n} di 4 punti</translation>
    </message>
    <message>
        <source>not assessed (could be {low} to {high})</source>
        <translation>non valutato (potrebbe essere da {low} a {high})</translation>
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
        <translation>Esporta lo storico del paziente in PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Patient history: enter the patient identifier first, or open a patient from the list (Ctrl+L).</source>
        <translation>Storico del paziente: inserire prima l&apos;identificativo del paziente, o aprire un paziente dall&apos;elenco (Ctrl+L).</translation>
    </message>
    <message>
        <source>Writing the history PDF…</source>
        <translation>Scrittura del PDF dello storico…</translation>
    </message>
    <message>
        <source>Patient history</source>
        <translation>Storico del paziente</translation>
    </message>
    <message>
        <source>This history belongs to the other mode (training or clinical); switch mode first.</source>
        <translation>Questo storico appartiene all&apos;altra modalità (formazione o clinica); cambiare prima modalità.</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF non salvato</translation>
    </message>
    <message>
        <source>History PDF saved: {path}</source>
        <translation>PDF dello storico salvato: {path}</translation>
    </message>
    <message>
        <source>the PDF could not be written ({reason}).</source>
        <translation>non è stato possibile scrivere il PDF ({reason}).</translation>
    </message>
    <message>
        <source>Not shown: {reason}</source>
        <translation>Non mostrato: {reason}</translation>
    </message>
</context>
<context>
    <name>PatientHistoryDialog</name>
    <message>
        <source>Patient history — {patient} — TRAINING</source>
        <translation>Storico del paziente — {patient} — FORMAZIONE</translation>
    </message>
    <message>
        <source>Patient history — {patient}</source>
        <translation>Storico del paziente — {patient}</translation>
    </message>
</context>
<context>
    <name>PatientHistoryView</name>
    <message>
        <source>TRAINING DATABASE — synthetic records, not for clinical use</source>
        <translation>DATABASE DI FORMAZIONE — registrazioni sintetiche, non per uso clinico</translation>
    </message>
    <message numerus="yes">
        <source>Patient {patient}: %n stored assessment(s), oldest first</source>
        <translation>
            <numerusform>Paziente {patient}: %n valutazione salvata, dalla meno recente</numerusform>
            <numerusform>Paziente {patient}: %n valutazioni salvate, dalla meno recente</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient {patient}: no stored assessments yet. Save one from the main window (Ctrl+S).</source>
        <translation>Paziente {patient}: ancora nessuna valutazione salvata. Salvarne una dalla finestra principale (Ctrl+S).</translation>
    </message>
    <message>
        <source>&amp;Open in main window</source>
        <translation>&amp;Apri nella finestra principale</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rreggi…</translation>
    </message>
    <message>
        <source>Mark entered in &amp;error…</source>
        <translation>Segna come inserimento &amp;errato…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>{change} ({when})</source>
        <translation>{change} ({when})</translation>
    </message>
    <message>
        <source>Phenotype changes: {changes}</source>
        <translation>Cambi di fenotipo: {changes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Markers: ▼ MALS, ■ immunoparalysis, ● unclassified, ✕ cannot classify; open markers are censored values drawn at their bound. Dashed lines: entry thresholds (MALS: ferritin &gt; 4420 ng/mL; immunoparalysis: HLA-DR &lt; 5000 AB/C). Dotted lines: phenotype changes. Only current versions are drawn.</source>
        <translation>Marcatori: ▼ MALS, ■ immunoparalisi, ● non classificato, ✕ classificazione impossibile; i marcatori vuoti sono valori censurati, disegnati al loro limite. Linee tratteggiate: soglie di ingresso (MALS: ferritina &gt; 4420 ng/mL; immunoparalisi: HLA-DR &lt; 5000 AB/C). Linee punteggiate: cambi di fenotipo. Sono disegnate solo le versioni correnti.</translation>
    </message>
    <message>
        <source>Day-15 reversal definitions</source>
        <translation>Definizioni di reversione al giorno 15</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR trend</source>
        <translation>Andamento di ferritina e HLA-DR</translation>
    </message>
    <message>
        <source>Daily SOFA and day 9</source>
        <translation>SOFA giornaliero e giorno 9</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eleggibilità</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>The score records cannot be read: {reason}</source>
        <translation>Impossibile leggere le registrazioni dei punteggi: {reason}</translation>
    </message>
    <message>
        <source>No daily SOFA is stored for this patient. Patient ▸ SOFA and the day-9 response (Ctrl+Shift+S) enters one.</source>
        <translation>Per questo paziente non è salvato alcun SOFA giornaliero. Paziente ▸ SOFA e risposta al giorno 9 (Ctrl+Shift+S) ne inserisce uno.</translation>
    </message>
</context>
<context>
    <name>PatientListDialog</name>
    <message>
        <source>Patients — TRAINING database</source>
        <translation>Pazienti — database di FORMAZIONE</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pazienti</translation>
    </message>
    <message>
        <source>identifier, or part of it</source>
        <translation>identificativo, o parte di esso</translation>
    </message>
    <message>
        <source>Search patients by identifier</source>
        <translation>Cerca pazienti per identificativo</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>Patient list status</source>
        <translation>Stato dell&apos;elenco dei pazienti</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Ultimo risultato</translation>
    </message>
    <message>
        <source>Last sampled (or assessed)</source>
        <translation>Ultimo prelievo (o valutazione)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <source>Stored patients, most recent first</source>
        <translation>Pazienti salvati, dal più recente</translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>&amp;Apri paziente</translation>
    </message>
    <message>
        <source>Open with &amp;history</source>
        <translation>Apri con lo &amp;storico</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Lettura delle registrazioni…</translation>
    </message>
    <message>
        <source>The patient list cannot be shown: {reason}</source>
        <translation>Impossibile mostrare l&apos;elenco dei pazienti: {reason}</translation>
    </message>
    <message>
        <source>no current assessment</source>
        <translation>nessuna valutazione corrente</translation>
    </message>
    <message>
        <source>No stored patient matches “{term}”.</source>
        <translation>Nessun paziente salvato corrisponde a “{term}”.</translation>
    </message>
    <message>
        <source>No patients are stored yet: save an assessment (Ctrl+S) to start a record.</source>
        <translation>Ancora nessun paziente salvato: salvare una valutazione (Ctrl+S) per creare una registrazione.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s), most recent first. ↓ to the list, Enter to open.</source>
        <translation>
            <numerusform>%n paziente, dal più recente. ↓ per l&apos;elenco, Invio per aprire.</numerusform>
            <numerusform>%n pazienti, dal più recente. ↓ per l&apos;elenco, Invio per aprire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhenotypeMapPlot</name>
    <message>
        <source>Phenotype map</source>
        <translation>Mappa dei fenotipi</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>required: why, in a few words</source>
        <translation>obbligatorio: perché, in poche parole</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obbligatorio):</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Record shown</source>
        <translation>Registrazione visualizzata</translation>
    </message>
    <message>
        <source>Record store status</source>
        <translation>Stato dell&apos;archivio delle registrazioni</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(nessun identificativo)</translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Valutazione non salvata</translation>
    </message>
    <message>
        <source>The values entered for {patient} have not been saved.</source>
        <translation>I valori inseriti per {patient} non sono stati salvati.</translation>
    </message>
    <message>
        <source>They cannot be saved as they are (no result, or no patient identifier). Discard them?</source>
        <translation>Non possono essere salvati così come sono (nessun risultato o nessun identificativo del paziente). Scartarli?</translation>
    </message>
    <message>
        <source>a save is already in progress.</source>
        <translation>è già in corso un salvataggio.</translation>
    </message>
    <message>
        <source>this is a stored assessment, shown read-only; use Correct… to change it.</source>
        <translation>questa è una valutazione salvata, mostrata in sola lettura; usare Correggi i valori… per modificarla.</translation>
    </message>
    <message>
        <source>enter the patient identifier first.</source>
        <translation>inserire prima l&apos;identificativo del paziente.</translation>
    </message>
    <message>
        <source>there is no result to save; complete or correct the fields on the left.</source>
        <translation>non c&apos;è alcun risultato da salvare; completare o correggere i campi a sinistra.</translation>
    </message>
    <message>
        <source>nothing was changed; change a value before saving a correction.</source>
        <translation>non è stato modificato nulla; modificare un valore prima di salvare una correzione.</translation>
    </message>
    <message>
        <source>Saved for {patient} as assessment #{id} ({when}). Ctrl+H shows the history.</source>
        <translation>Salvato per {patient} come valutazione #{id} ({when}). Ctrl+H mostra lo storico.</translation>
    </message>
    <message>
        <source>Saved for {patient}.</source>
        <translation>Salvato per {patient}.</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Correggi la valutazione</translation>
    </message>
    <message>
        <source>The corrected values will be saved as a new version of assessment #{id} of {patient}; the old version stays stored, marked as superseded.</source>
        <translation>I valori corretti saranno salvati come nuova versione della valutazione #{id} di {patient}; la versione precedente resta salvata, segnata come sostituita.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Salva la correzione</translation>
    </message>
    <message>
        <source>Correction saved for {patient} as assessment #{id}; it supersedes #{old}.</source>
        <translation>Correzione salvata per {patient} come valutazione #{id}; sostituisce #{old}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The values stay on screen.</source>
        <translation>I valori restano sullo schermo.</translation>
    </message>
    <message>
        <source>PAST ASSESSMENT — #{id} of {patient}, saved {when} by {user}. Read-only.</source>
        <translation>VALUTAZIONE PRECEDENTE — #{id} di {patient}, salvata il {when} da {user}. Sola lettura.</translation>
    </message>
    <message>
        <source>The stored result was “{stored}”; the rule applied today gives what is shown.</source>
        <translation>Il risultato salvato era “{stored}”; la regola applicata oggi dà quanto mostrato.</translation>
    </message>
    <message>
        <source>&amp;Back to entry</source>
        <translation>Torna all&apos;inseri&amp;mento</translation>
    </message>
    <message>
        <source>Correct val&amp;ues…</source>
        <translation>Corre&amp;ggi i valori…</translation>
    </message>
    <message>
        <source>Mark e&amp;ntered in error…</source>
        <translation>Seg&amp;na come inserimento errato…</translation>
    </message>
    <message>
        <source>CORRECTING assessment #{id} of {patient}: change the values, then save with Ctrl+S; a reason is required.</source>
        <translation>CORREZIONE della valutazione #{id} di {patient}: modificare i valori, poi salvare con Ctrl+S; è obbligatorio un motivo.</translation>
    </message>
    <message>
        <source>Cancel correctio&amp;n</source>
        <translation>Ann&amp;ulla la correzione</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Segna come inserimento errato</translation>
    </message>
    <message>
        <source>Assessment #{id} of {patient} will be marked as entered in error. It stays stored and listed, struck through, and no longer counts in the trend.</source>
        <translation>La valutazione #{id} di {patient} sarà segnata come inserimento errato. Resta salvata ed elencata, barrata, e non conta più nell&apos;andamento.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>&amp;Segna come inserimento errato</translation>
    </message>
    <message>
        <source>Assessment #{id} of {patient} marked as entered in error.</source>
        <translation>Valutazione #{id} di {patient} segnata come inserimento errato.</translation>
    </message>
    <message>
        <source>Records unavailable: {reason} Results can be viewed, but nothing can be saved until the database can be used.</source>
        <translation>Archivio non disponibile: {reason} I risultati si possono visualizzare, ma non è possibile salvare nulla finché il database non è utilizzabile.</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Ripr&amp;ova</translation>
    </message>
</context>
<context>
    <name>RecordsSession</name>
    <message>
        <source>the record database cannot be opened or written ({reason}).</source>
        <translation>il database delle registrazioni non può essere aperto o scritto ({reason}).</translation>
    </message>
    <message>
        <source>an unexpected error occurred in the record database ({kind}); nothing was changed.</source>
        <translation>si è verificato un errore imprevisto nel database delle registrazioni ({kind}); non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>the window has switched between training and clinical mode since this was opened; switch back to store it.</source>
        <translation>la finestra è passata tra modalità formazione e clinica dopo l&apos;apertura; tornare alla modalità precedente per salvarlo.</translation>
    </message>
</context>
<context>
    <name>ReportBatchExport</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Esporta report PDF</translation>
    </message>
    <message>
        <source>The file has no identification for these rows: each report has a box for a patient label.</source>
        <translation>Il file non contiene dati identificativi per queste righe: ogni report ha un riquadro per l&apos;etichetta del paziente.</translation>
    </message>
    <message>
        <source>Every report prints the name, date of birth or record number from the file&apos;s identification columns.</source>
        <translation>Ogni report stampa il nome, la data di nascita o il numero di cartella dalle colonne identificative del file.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>{n} of the reports print the name, date of birth or record number from the file&apos;s identification columns; the others have a box for a patient label.</source>
        <translation>{n} dei report stampano il nome, la data di nascita o il numero di cartella dalle colonne identificative del file; gli altri hanno un riquadro per l&apos;etichetta del paziente.</translation>
    </message>
    <message>
        <source>The cohort is empty: there is nothing to report.</source>
        <translation>La coorte è vuota: non c&apos;è nulla da riportare.</translation>
    </message>
    <message>
        <source>Reports written: {written} of {rows} rows.</source>
        <translation>Report scritti: {written} di {rows} righe.</translation>
    </message>
    <message>
        <source>Failed: {failed}; rejected at import: {rejected}.</source>
        <translation>Non riusciti: {failed}; rifiutati all&apos;importazione: {rejected}.</translation>
    </message>
    <message>
        <source>Every row, with the reason for each missing report, is listed in {index} and in the cohort summary.</source>
        <translation>Ogni riga, con il motivo di ogni report mancante, è elencata in {index} e nel riepilogo della coorte.</translation>
    </message>
    <message>
        <source>Problem: {error}</source>
        <translation>Problema: {error}</translation>
    </message>
    <message>
        <source>All reports in one file, to print: {name} (summary first, rows needing action first, a bookmark per patient).</source>
        <translation>Tutti i report in un unico file, da stampare: {name} (prima il riepilogo, prima le righe che richiedono un intervento, un segnalibro per paziente).</translation>
    </message>
    <message>
        <source>{n} of the files this export writes already exist in {folder} (e.g. {example}).

Replace them?</source>
        <translation>{n} dei file che questa esportazione scrive esistono già in {folder} (ad es. {example}).

Sostituirli?</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export PDF report</source>
        <translation>Esporta report PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDF reports</source>
        <translation>Cartella per i report PDF</translation>
    </message>
    <message>
        <source>There is no result to report yet: enter values that give a result first.</source>
        <translation>Non c&apos;è ancora un risultato da riportare: inserire prima valori che diano un risultato.</translation>
    </message>
    <message>
        <source>Enter the patient identifier first: it is printed on every page of the report.</source>
        <translation>Inserire prima l&apos;identificativo del paziente: è stampato su ogni pagina del report.</translation>
    </message>
    <message>
        <source>Training reports use synthetic identifiers (DEMO-nnn), never a real patient&apos;s. Load a training case, or leave training mode.</source>
        <translation>I report di formazione usano identificativi sintetici (DEMO-nnn), mai quelli di un paziente reale. Caricare un caso di formazione o uscire dalla modalità formazione.</translation>
    </message>
    <message>
        <source>DEMO-nnn identifiers are reserved for training mode.</source>
        <translation>Gli identificativi DEMO-nnn sono riservati alla modalità formazione.</translation>
    </message>
    <message>
        <source>PDF report saved: {path}</source>
        <translation>Report PDF salvato: {path}</translation>
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
        <translation>Istituto (intestazione di pagina)</translation>
    </message>
    <message>
        <source>Ward (page header)</source>
        <translation>Reparto (intestazione di pagina)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Formato carta</translation>
    </message>
    <message>
        <source>Add the full &amp;evidence (appendix)</source>
        <translation>Aggiungi le &amp;evidenze complete (appendice)</translation>
    </message>
    <message>
        <source>Published and recomputed figures, safety, trial population and provenance after the one-page report</source>
        <translation>Cifre pubblicate e ricalcolate, sicurezza, popolazione dello studio e provenienza dopo il report di una pagina</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Istituto:</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Reparto:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Lingua del report</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <source>Printing {name}…</source>
        <translation>Stampa di {name}…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Printing stopped: {reason}.</source>
        <translation>Stampa interrotta: {reason}.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Patient shown</source>
        <translation>Paziente visualizzato</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Fenotipo</translation>
    </message>
    <message>
        <source>NEAR THRESHOLD — repeat test advised</source>
        <translation>VICINO ALLA SOGLIA — si consiglia di ripetere il test</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Vicino alla soglia</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Trial arm</source>
        <translation>Braccio dello studio</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <source>Criteria table</source>
        <translation>Tabella dei criteri</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvertenze</translation>
    </message>
    <message>
        <source>Rule set version</source>
        <translation>Versione del set di regole</translation>
    </message>
    <message>
        <source>{criterion} criterion</source>
        <translation>Criterio {criterion}</translation>
    </message>
    <message>
        <source>{criterion}: met?</source>
        <translation>{criterion}: soddisfatto?</translation>
    </message>
    <message>
        <source>{criterion}: note</source>
        <translation>{criterion}: nota</translation>
    </message>
    <message>
        <source>Show the rule</source>
        <translation>Mostra la regola</translation>
    </message>
    <message>
        <source>Show the ImmunoSep rule</source>
        <translation>Mostra la regola ImmunoSep</translation>
    </message>
    <message>
        <source>The ImmunoSep rule</source>
        <translation>La regola ImmunoSep</translation>
    </message>
    <message>
        <source>Enter ferritin and HLA-DR to see the phenotype.</source>
        <translation>Inserire ferritina e HLA-DR per vedere il fenotipo.</translation>
    </message>
    <message>
        <source>Eligibility: not assessed.</source>
        <translation>Eleggibilità: non valutata.</translation>
    </message>
    <message>
        <source>Eligibility summary</source>
        <translation>Riepilogo dell&apos;eleggibilità</translation>
    </message>
    <message>
        <source>Use only if… (eligibility)</source>
        <translation>Usare solo se… (eleggibilità)</translation>
    </message>
    <message>
        <source>The ImmunoSep trial&apos;s inclusion and exclusion criteria (Ctrl+Shift+E)</source>
        <translation>I criteri di inclusione ed esclusione dello studio ImmunoSep (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>SOFA and day 9</source>
        <translation>SOFA e giorno 9</translation>
    </message>
    <message>
        <source>SOFA calculator, daily SOFA and the trial&apos;s day-9 measure (Ctrl+Shift+S)</source>
        <translation>Calcolatore SOFA, SOFA giornaliero e la misura al giorno 9 dello studio (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>HScore: could this be HLH?</source>
        <translation>HScore: potrebbe essere una HLH?</translation>
    </message>
    <message>
        <source>Ferritin is above 4420 ng/mL: the HScore is an aid to the HLH question, not a diagnosis (Ctrl+Shift+H)</source>
        <translation>La ferritina è superiore a 4420 ng/mL: l&apos;HScore è un ausilio per la domanda sulla HLH, non una diagnosi (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm for this phenotype: {arm} — trial evidence, not an order.</source>
        <translation>Braccio dello studio ImmunoSep per questo fenotipo: {arm} — evidenza dello studio, non una prescrizione.</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Perché:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivi:</translation>
    </message>
    <message>
        <source>Rule set: {ruleset} · evidence: {evidence}</source>
        <translation>Set di regole: {ruleset} · evidenze: {evidence}</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}</source>
        <translation>Set di regole: {ruleset}</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Come inserito</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparatore</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertito</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Soddisfatto</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>not evaluated: no phenotype can be given from these data (see the reasons)</source>
        <translation>non valutato: da questi dati non si può stabilire alcun fenotipo (vedere i motivi)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>soddisfatto</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non soddisfatto</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avvertenza</translation>
    </message>
    <message>
        <source>Hide the rule</source>
        <translation>Nascondi la regola</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>Decision support only: the treating clinician decides.</source>
        <translation>Solo supporto decisionale: la decisione spetta al medico curante.</translation>
    </message>
    <message>
        <source>Result copied: paste it into the patient note.</source>
        <translation>Risultato copiato: incollarlo nella nota del paziente.</translation>
    </message>
    <message>
        <source>TRAINING — synthetic data, not a patient record</source>
        <translation>FORMAZIONE — dati sintetici, non una registrazione di un paziente</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Perché:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivi:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avvertenze:</translation>
    </message>
    <message>
        <source>Ferritin: not given</source>
        <translation>Ferritina: non fornita</translation>
    </message>
    <message>
        <source>Ferritin: {value} (entered as {entered}); sampled {when}</source>
        <translation>Ferritina: {value} (inserita come {entered}); prelievo {when}</translation>
    </message>
    <message>
        <source>Ferritin: {value} (entered as {entered})</source>
        <translation>Ferritina: {value} (inserita come {entered})</translation>
    </message>
    <message>
        <source>HLA-DR: not given</source>
        <translation>HLA-DR: non fornito</translation>
    </message>
    <message>
        <source>Nothing to copy: there is no result on screen.</source>
        <translation>Nulla da copiare: non c&apos;è alcun risultato sullo schermo.</translation>
    </message>
    <message>
        <source>{result} — NEAR THRESHOLD, repeat test advised</source>
        <translation>{result} — VICINO ALLA SOGLIA, si consiglia di ripetere il test</translation>
    </message>
    <message>
        <source>ImmunoSep phenotype: {result}</source>
        <translation>Fenotipo ImmunoSep: {result}</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Paziente: {patient}</translation>
    </message>
    <message>
        <source>Age: {age}</source>
        <translation>Età: {age}</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}; evidence: {evidence}</source>
        <translation>Set di regole: {ruleset}; evidenze: {evidence}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}</source>
        <translation>HLA-DR: {value} {unit}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; sampled {sampled}</source>
        <translation>HLA-DR: {value} {unit}; prelievo {sampled}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; processed {processed}</source>
        <translation>HLA-DR: {value} {unit}; processato {processed}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; sampled {sampled}; processed {processed}</source>
        <translation>HLA-DR: {value} {unit}; prelievo {sampled}; processato {processed}</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(nessun identificativo)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non fornito</translation>
    </message>
    <message>
        <source>Assessed: {when}</source>
        <translation>Valutato: {when}</translation>
    </message>
    <message>
        <source>{record}, saved {when}</source>
        <translation>{record}, salvato {when}</translation>
    </message>
    <message>
        <source>Stored assessment #{id}</source>
        <translation>Valutazione salvata #{id}</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} anni</translation>
    </message>
</context>
<context>
    <name>SaveConfirmDialog</name>
    <message>
        <source>Save assessment</source>
        <translation>Salva la valutazione</translation>
    </message>
    <message>
        <source>Save this assessment in the TRAINING records of patient:</source>
        <translation>Salvare questa valutazione nelle registrazioni di FORMAZIONE del paziente:</translation>
    </message>
    <message>
        <source>Save this assessment in the clinical records of patient:</source>
        <translation>Salvare questa valutazione nelle registrazioni cliniche del paziente:</translation>
    </message>
    <message>
        <source>Patient to save for</source>
        <translation>Paziente per cui salvare</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Cosa verrà salvato</translation>
    </message>
    <message>
        <source>&amp;Save for {patient}</source>
        <translation>&amp;Salva per {patient}</translation>
    </message>
</context>
<context>
    <name>ScoresWindow</name>
    <message>
        <source>Enter the patient identifier in the main window first.</source>
        <translation>Inserire prima l&apos;identificativo del paziente nella finestra principale.</translation>
    </message>
    <message>
        <source>Finish or cancel the correction in the main window first.</source>
        <translation>Completare o annullare prima la correzione nella finestra principale.</translation>
    </message>
    <message>
        <source>The assessment on screen is not saved yet: save it first (Ctrl+S in the main window); the {what} is stored with it.</source>
        <translation>La valutazione sullo schermo non è ancora salvata: salvarla prima (Ctrl+S nella finestra principale); {what} viene salvato insieme a essa.</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s records…</source>
        <translation>Lettura delle registrazioni del paziente…</translation>
    </message>
    <message>
        <source>No assessment of this patient is saved yet: save it first (Ctrl+S in the main window); the {what} is stored with it.</source>
        <translation>Nessuna valutazione di questo paziente è ancora salvata: salvarla prima (Ctrl+S nella finestra principale); {what} viene salvato insieme a essa.</translation>
    </message>
    <message>
        <source>The patient&apos;s records cannot be read: {reason}</source>
        <translation>Impossibile leggere le registrazioni del paziente: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>The values stay on screen.</source>
        <translation>I valori restano sullo schermo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Use only if… (eligibility)</source>
        <translation>Usare solo se… (eleggibilità)</translation>
    </message>
    <message>
        <source>SOFA calculator</source>
        <translation>Calcolatore SOFA</translation>
    </message>
    <message>
        <source>Daily SOFA and day 9</source>
        <translation>SOFA giornaliero e giorno 9</translation>
    </message>
    <message>
        <source>HScore (HLH question)</source>
        <translation>HScore (domanda sulla HLH)</translation>
    </message>
    <message>
        <source>no patient identifier entered</source>
        <translation>nessun identificativo del paziente inserito</translation>
    </message>
    <message>
        <source>Scores around the phenotype — {patient}</source>
        <translation>Punteggi intorno al fenotipo — {patient}</translation>
    </message>
    <message>
        <source>TRAINING — {title}</source>
        <translation>FORMAZIONE — {title}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Decimal separator for typed values</source>
        <translation>Separatore decimale per i valori digitati</translation>
    </message>
    <message>
        <source>&amp;Point: 4420.5 (a comma is refused)</source>
        <translation>&amp;Punto: 4420.5 (la virgola viene rifiutata)</translation>
    </message>
    <message>
        <source>&amp;Comma: 4420,5 (a point is refused)</source>
        <translation>&amp;Virgola: 4420,5 (il punto viene rifiutato)</translation>
    </message>
    <message>
        <source>Thousands separators are never accepted in either setting: &apos;4,420&apos; and &apos;4.420&apos; are refused because they mean different numbers in different countries. This does not follow the computer&apos;s language settings.</source>
        <translation>I separatori delle migliaia non sono mai accettati in nessuna impostazione: &apos;4,420&apos; e &apos;4.420&apos; vengono rifiutati perché indicano numeri diversi in paesi diversi. Questa impostazione non segue la lingua del computer.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Automatic ({language})</source>
        <translation>Automatica ({language})</translation>
    </message>
    <message>
        <source>The window changes language at once. Typed values are read the same way in every language: only the decimal separator above decides.</source>
        <translation>La finestra cambia lingua immediatamente. I valori digitati vengono letti allo stesso modo in ogni lingua: decide solo il separatore decimale qui sopra.</translation>
    </message>
</context>
<context>
    <name>SofaCalculatorPanel</name>
    <message>
        <source>No total: correct the field marked in red ({reason}).</source>
        <translation>Nessun totale: correggere il campo segnato in rosso ({reason}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No catecholamine running (doses not given count as 0)</source>
        <translation>Nessuna catecolamina in corso (le dosi non fornite contano come 0)</translation>
    </message>
    <message>
        <source>A missing input leaves its organ system “not assessed”: it never counts as 0, and the total says on how many systems it rests. Doses in µg/kg/min given for at least one hour. Which values to use (the worst of the day) is the clinician&apos;s choice.</source>
        <translation>Un dato mancante lascia il suo sistema d&apos;organo “non valutato”: non conta mai come 0, e il totale indica su quanti sistemi si basa. Dosi in µg/kg/min somministrate per almeno un&apos;ora. Quali valori usare (i peggiori della giornata) è una scelta del medico.</translation>
    </message>
    <message>
        <source>Table: Vincent 1996 as reproduced in Singer 2016 (Sepsis-3), Table 1; each band is read from its printed lower limit (inclusive) to the next band&apos;s.</source>
        <translation>Tabella: Vincent 1996 come riprodotta in Singer 2016 (Sepsis-3), Tabella 1; ogni fascia va dal suo limite inferiore stampato (incluso) a quello della fascia successiva.</translation>
    </message>
</context>
<context>
    <name>SofaCourseView</name>
    <message>
        <source>Day-9 SOFA response (ImmunoSep primary endpoint)</source>
        <translation>Risposta SOFA al giorno 9 (endpoint primario di ImmunoSep)</translation>
    </message>
    <message>
        <source>Day-9 status</source>
        <translation>Stato al giorno 9</translation>
    </message>
    <message>
        <source>Day-9 verdict</source>
        <translation>Esito al giorno 9</translation>
    </message>
    <message>
        <source>Day-9 arithmetic</source>
        <translation>Calcolo al giorno 9</translation>
    </message>
    <message>
        <source>About this measure</source>
        <translation>Informazioni su questa misura</translation>
    </message>
    <message>
        <source>Day-9 warnings</source>
        <translation>Avvertenze al giorno 9</translation>
    </message>
    <message>
        <source>Daily SOFA, days 1 to 9</source>
        <translation>SOFA giornaliero, giorni da 1 a 9</translation>
    </message>
    <message>
        <source>NO MEASURE YET</source>
        <translation>ANCORA NESSUNA MISURA</translation>
    </message>
    <message>
        <source>This is the ImmunoSep trial&apos;s research endpoint (day-1 SOFA minus the mean SOFA of days 2–9 &gt; 1.4 points), not a treatment target.</source>
        <translation>Questo è l&apos;endpoint di ricerca dello studio ImmunoSep (SOFA del giorno 1 meno la media dei SOFA dei giorni 2–9 &gt; 1,4 punti), non un obiettivo terapeutico.</translation>
    </message>
    <message>
        <source>PROVISIONAL — today is day {day}; final once day 9 has a value or is over</source>
        <translation>PROVVISORIO — oggi è il giorno {day}; definitivo quando il giorno 9 ha un valore o è trascorso</translation>
    </message>
    <message>
        <source>FINAL (day 9 reached)</source>
        <translation>DEFINITIVO (giorno 9 raggiunto)</translation>
    </message>
    <message>
        <source>FINAL (death recorded)</source>
        <translation>DEFINITIVO (decesso registrato)</translation>
    </message>
    <message>
        <source>Day 1 minus the mean of days 2–9: {arithmetic}</source>
        <translation>Giorno 1 meno la media dei giorni 2–9: {arithmetic}</translation>
    </message>
    <message>
        <source>Filled dots: SOFA entered; open dots: carried forward (a missing day, or a day not over yet); crosses at 24: from the day of death. Dashed line: day-1 SOFA − 1.4 = {limit}; the mean of days 2–9 (dotted line, now {mean}) must be below it for a response.</source>
        <translation>Punti pieni: SOFA inserito; punti vuoti: riportato in avanti (un giorno mancante o non ancora trascorso); croci a 24: dal giorno del decesso. Linea tratteggiata: SOFA del giorno 1 − 1,4 = {limit}; la media dei giorni 2–9 (linea punteggiata, ora {mean}) deve essere inferiore per una risposta.</translation>
    </message>
    <message>
        <source>No measure yet: the SOFA of day 1 (the day of phenotyping) is needed; the measure starts from it.</source>
        <translation>Ancora nessuna misura: serve il SOFA del giorno 1 (il giorno della fenotipizzazione); la misura parte da esso.</translation>
    </message>
    <message>
        <source>No measure: today is before day 1 of the SOFA course.</source>
        <translation>Nessuna misura: oggi è prima del giorno 1 del decorso SOFA.</translation>
    </message>
    <message>
        <source>No measure: {reason}</source>
        <translation>Nessuna misura: {reason}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>SOFA</source>
        <translation>SOFA</translation>
    </message>
    <message>
        <source>Organ systems</source>
        <translation>Sistemi d&apos;organo</translation>
    </message>
    <message>
        <source>How the day counts</source>
        <translation>Come conta il giorno</translation>
    </message>
    <message>
        <source>entered (record #{id})</source>
        <translation>inserito (registrazione #{id})</translation>
    </message>
    <message>
        <source>missing: day {day} carried forward</source>
        <translation>mancante: giorno {day} riportato in avanti</translation>
    </message>
    <message>
        <source>not over yet: day {day} carried forward for now</source>
        <translation>non ancora trascorso: giorno {day} riportato in avanti per ora</translation>
    </message>
    <message>
        <source>death: counted 24</source>
        <translation>decesso: conteggiato 24</translation>
    </message>
    <message>
        <source>day of phenotyping (record #{id})</source>
        <translation>giorno della fenotipizzazione (registrazione #{id})</translation>
    </message>
    <message>
        <source>{n} of 6</source>
        <translation>{n} di 6</translation>
    </message>
    <message>
        <source>Daily SOFA chart</source>
        <translation>Grafico del SOFA giornaliero</translation>
    </message>
    <message>
        <source>study day (1 = phenotyping)</source>
        <translation>giorno di studio (1 = fenotipizzazione)</translation>
    </message>
</context>
<context>
    <name>SofaPanel</name>
    <message>
        <source>PaO2 (arterial)</source>
        <translation>PaO2 (arteriosa)</translation>
    </message>
    <message>
        <source>FiO2 (fraction)</source>
        <translation>FiO2 (frazione)</translation>
    </message>
    <message>
        <source>Respiratory support</source>
        <translation>Supporto respiratorio</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Piastrine</translation>
    </message>
    <message>
        <source>Bilirubin</source>
        <translation>Bilirubina</translation>
    </message>
    <message>
        <source>Mean arterial pressure</source>
        <translation>Pressione arteriosa media</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrenalina</translation>
    </message>
    <message>
        <source>Epinephrine</source>
        <translation>Adrenalina</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamina</translation>
    </message>
    <message>
        <source>Dobutamine (any dose)</source>
        <translation>Dobutamina (qualsiasi dose)</translation>
    </message>
    <message>
        <source>Glasgow Coma Scale</source>
        <translation>Glasgow Coma Scale</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Creatinina</translation>
    </message>
    <message>
        <source>Urine output</source>
        <translation>Diuresi</translation>
    </message>
    <message>
        <source>SOFA total</source>
        <translation>Totale SOFA</translation>
    </message>
</context>
<context>
    <name>StoredScoresView</name>
    <message>
        <source>The score records cannot be read: {reason}</source>
        <translation>Impossibile leggere le registrazioni dei punteggi: {reason}</translation>
    </message>
    <message>
        <source>Saved {when} by {user}; {version}; app {app}.</source>
        <translation>Salvato {when} da {user}; {version}; app {app}.</translation>
    </message>
    <message>
        <source>Record #{id} cannot be read: {reason}</source>
        <translation>Impossibile leggere la registrazione #{id}: {reason}</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <source>respiration</source>
        <comment>respiration</comment>
        <extracomment>Term respiration: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>respiratorio</translation>
    </message>
    <message>
        <source>coagulation</source>
        <comment>coagulation</comment>
        <extracomment>Term coagulation: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>coagulazione</translation>
    </message>
    <message>
        <source>liver</source>
        <comment>liver</comment>
        <extracomment>Term liver: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>epatico</translation>
    </message>
    <message>
        <source>cardiovascular</source>
        <comment>cardiovascular</comment>
        <extracomment>Term cardiovascular: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>cardiovascolare</translation>
    </message>
    <message>
        <source>central nervous system</source>
        <comment>cns</comment>
        <extracomment>Term cns: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>sistema nervoso centrale</translation>
    </message>
    <message>
        <source>renal</source>
        <comment>renal</comment>
        <extracomment>Term renal: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>renale</translation>
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
        <translation>supporto respiratorio (sì o no)</translation>
    </message>
    <message>
        <source>platelets</source>
        <comment>platelets</comment>
        <extracomment>Term platelets: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>piastrine</translation>
    </message>
    <message>
        <source>bilirubin</source>
        <comment>bilirubin</comment>
        <extracomment>Term bilirubin: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>bilirubina</translation>
    </message>
    <message>
        <source>MAP</source>
        <comment>map</comment>
        <extracomment>Term map: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>PAM</translation>
    </message>
    <message>
        <source>dopamine</source>
        <comment>dopamine</comment>
        <extracomment>Term dopamine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>dopamina</translation>
    </message>
    <message>
        <source>dobutamine (running or not)</source>
        <comment>dobutamine</comment>
        <extracomment>Term dobutamine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>dobutamina (in infusione o no)</translation>
    </message>
    <message>
        <source>epinephrine</source>
        <comment>epinephrine</comment>
        <extracomment>Term epinephrine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>adrenalina</translation>
    </message>
    <message>
        <source>norepinephrine</source>
        <comment>norepinephrine</comment>
        <extracomment>Term norepinephrine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>noradrenalina</translation>
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
        <translation>creatinina</translation>
    </message>
    <message>
        <source>urine output</source>
        <comment>urine_output</comment>
        <extracomment>Term urine_output: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>diuresi</translation>
    </message>
    <message>
        <source>known underlying immunosuppression</source>
        <comment>immunosuppression</comment>
        <extracomment>Term immunosuppression: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>immunosoppressione sottostante nota</translation>
    </message>
    <message>
        <source>temperature</source>
        <comment>temperature</comment>
        <extracomment>Term temperature: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>organomegaly</source>
        <comment>organomegaly</comment>
        <extracomment>Term organomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>organomegalia</translation>
    </message>
    <message>
        <source>cytopenias</source>
        <comment>cytopenias</comment>
        <extracomment>Term cytopenias: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>citopenie</translation>
    </message>
    <message>
        <source>ferritin</source>
        <comment>ferritin</comment>
        <extracomment>Term ferritin: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ferritina</translation>
    </message>
    <message>
        <source>triglycerides</source>
        <comment>triglycerides</comment>
        <extracomment>Term triglycerides: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>trigliceridi</translation>
    </message>
    <message>
        <source>fibrinogen</source>
        <comment>fibrinogen</comment>
        <extracomment>Term fibrinogen: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>fibrinogeno</translation>
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
        <translation>età</translation>
    </message>
    <message>
        <source>AST</source>
        <comment>ast</comment>
        <extracomment>Term ast: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>AST</translation>
    </message>
    <message>
        <source>haemophagocytosis on bone-marrow aspirate</source>
        <comment>haemophagocytosis</comment>
        <extracomment>Term haemophagocytosis: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>emofagocitosi all&apos;aspirato midollare</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes</comment>
        <extracomment>Term yes: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <comment>no</comment>
        <extracomment>Term no: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <comment>organomegaly_none</comment>
        <extracomment>Term organomegaly_none: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>hepatomegaly</source>
        <comment>hepatomegaly</comment>
        <extracomment>Term hepatomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>epatomegalia</translation>
    </message>
    <message>
        <source>splenomegaly</source>
        <comment>splenomegaly</comment>
        <extracomment>Term splenomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>splenomegalia</translation>
    </message>
    <message>
        <source>hepatomegaly and splenomegaly</source>
        <comment>hepatosplenomegaly</comment>
        <extracomment>Term hepatosplenomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>epatomegalia e splenomegalia</translation>
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
        <translation>immunoparalisi</translation>
    </message>
    <message>
        <source>unclassified (neither phenotype)</source>
        <comment>unclassified</comment>
        <extracomment>Term unclassified: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>non classificato (nessuno dei due fenotipi)</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>TRAINING DATABASE — not clinical records</source>
        <translation>DATABASE DI FORMAZIONE — nessuna registrazione clinica</translation>
    </message>
    <message>
        <source>Score: {version}.</source>
        <translation>Punteggio: {version}.</translation>
    </message>
    <message>
        <source>{points:&gt;4}  {reason}</source>
        <translation>{points:&gt;4}  {reason}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Avvertenza: {text}</translation>
    </message>
    <message>
        <source>Table: {version}.</source>
        <translation>Tabella: {version}.</translation>
    </message>
    <message>
        <source>A missing input leaves its organ system &apos;not assessed&apos;; it never counts as 0.</source>
        <translation>Un dato mancante lascia il suo sistema d&apos;organo “non valutato”; non conta mai come 0.</translation>
    </message>
    <message>
        <source>Decision support only; the treating clinician decides.</source>
        <translation>Solo supporto decisionale; decide il medico curante.</translation>
    </message>
    <message>
        <source>{organ}: {points}</source>
        <translation>{organ}: {points}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Nota: {text}</translation>
    </message>
    <message>
        <source>Translation reviewed by {reviewer} on {date}.</source>
        <translation>Traduzione revisionata da {reviewer} il {date}.</translation>
    </message>
    <message>
        <source>Translation pending clinical review.</source>
        <translation>Traduzione in attesa di revisione clinica.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Inserito</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertito</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Appendix: full evidence and provenance</source>
        <translation>Appendice: evidenze complete e provenienza</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenienza</translation>
    </message>
    <message>
        <source>Criteria in detail</source>
        <translation>Criteri in dettaglio</translation>
    </message>
    <message>
        <source>ImmunoSep phenotype report</source>
        <translation>Report del fenotipo ImmunoSep</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusione</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Esclusione</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Trial eligibility:</source>
        <translation>Eleggibilità allo studio:</translation>
    </message>
    <message>
        <source>{met} met, {failed} not met, {unknown} unknown (of {total}); the evidence may not apply outside the tested population.</source>
        <translation>{met} soddisfatti, {failed} non soddisfatti, {unknown} sconosciuti (su {total}); le evidenze potrebbero non applicarsi al di fuori della popolazione studiata.</translation>
    </message>
    <message>
        <source>provisional (day {day} of 9), {arithmetic} so far.</source>
        <translation>provvisorio (giorno {day} di 9), {arithmetic} finora.</translation>
    </message>
    <message>
        <source>Day-9 SOFA:</source>
        <translation>SOFA al giorno 9:</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>{score}: HLH probability {percent} %. An aid, not a diagnosis; not validated in ICU patients.</source>
        <translation>{score}: probabilità di HLH {percent} %. Un ausilio, non una diagnosi; non validato nei pazienti di terapia intensiva.</translation>
    </message>
    <message>
        <source>Around the phenotype</source>
        <translation>Intorno al fenotipo</translation>
    </message>
    <message>
        <source>Trial eligibility (NCT04990232, as registered)</source>
        <translation>Eleggibilità allo studio (NCT04990232, come registrata)</translation>
    </message>
    <message>
        <source>Daily SOFA and the day-9 measure</source>
        <translation>SOFA giornaliero e la misura al giorno 9</translation>
    </message>
    <message>
        <source>HScore (Fardet 2014)</source>
        <translation>HScore (Fardet 2014)</translation>
    </message>
    <message>
        <source>{arithmetic} &gt; 1.4: response met.</source>
        <translation>{arithmetic} &gt; 1,4: risposta soddisfatta.</translation>
    </message>
    <message>
        <source>{arithmetic} ≤ 1.4: response not met.</source>
        <translation>{arithmetic} ≤ 1,4: risposta non soddisfatta.</translation>
    </message>
    <message>
        <source>day of phenotyping</source>
        <translation>giorno della fenotipizzazione</translation>
    </message>
    <message>
        <source>The trial&apos;s research endpoint, not a treatment target.</source>
        <translation>L&apos;endpoint di ricerca dello studio, non un obiettivo terapeutico.</translation>
    </message>
    <message>
        <source>no measure yet: the SOFA of day 1 (the day of phenotyping) is not stored.</source>
        <translation>ancora nessuna misura: il SOFA del giorno 1 (il giorno della fenotipizzazione) non è salvato.</translation>
    </message>
    <message>
        <source>no measure as of this day.</source>
        <translation>nessuna misura a questa data.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Basis and notes</source>
        <translation>Base e note</translation>
    </message>
    <message>
        <source>{kind} {number}: {wording}</source>
        <translation>{kind} {number}: {wording}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>SOFA</source>
        <translation>SOFA</translation>
    </message>
    <message>
        <source>How the day counts</source>
        <translation>Come conta il giorno</translation>
    </message>
    <message>
        <source>not over yet: day {day} carried forward for now</source>
        <translation>non ancora trascorso: giorno {day} riportato in avanti per ora</translation>
    </message>
    <message>
        <source>missing: day {day} carried forward</source>
        <translation>mancante: giorno {day} riportato in avanti</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Variable and why</source>
        <translation>Variabile e motivo</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>open marker + arrow: censored value</source>
        <translation>marcatore vuoto + freccia: valore censurato</translation>
    </message>
    <message>
        <source>{group} — this patient&apos;s subgroup</source>
        <translation>{group} — sottogruppo di questo paziente</translation>
    </message>
    <message>
        <source>{label}; whiskers: 95 % CI (Wilson)</source>
        <translation>{label}; barre di errore: IC 95% (Wilson)</translation>
    </message>
    <message>
        <source>Rule set {ruleset} · Evidence {evidence} · ImmunoSep Phenotyper {app}</source>
        <translation>Regole {ruleset} · Evidenze {evidence} · ImmunoSep Phenotyper {app}</translation>
    </message>
    <message>
        <source>{start}… ({n} characters)</source>
        <translation>{start}… ({n} caratteri)</translation>
    </message>
    <message>
        <source>near threshold</source>
        <translation>vicino alla soglia</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(nessun identificativo)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Identificativo del paziente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Vicino alla soglia</translation>
    </message>
    <message>
        <source>Why, or what is needed</source>
        <translation>Perché, o cosa serve</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Prelievo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <source>Generated {time}</source>
        <translation>Generato il {time}</translation>
    </message>
    <message>
        <source>{n} rows — {ruleset}</source>
        <translation>Righe: {n} — {ruleset}</translation>
    </message>
    <message>
        <source>Source file: {source}</source>
        <translation>File di origine: {source}</translation>
    </message>
    <message>
        <source>Rule set {ruleset} · Evidence {evidence}</source>
        <translation>Regole {ruleset} · Evidenze {evidence}</translation>
    </message>
    <message>
        <source>Rows needing action come first (shaded): no report, cannot classify, a value near a threshold. Each classified or cannot-classify row has its own one-page report, in this order, in all-reports.pdf; rows rejected at import have none. Decision support only: the treating clinician decides.</source>
        <translation>Le righe che richiedono un intervento vengono per prime (ombreggiate): nessun report, classificazione impossibile, un valore vicino a una soglia. Ogni riga classificata o con classificazione impossibile ha il proprio report di una pagina, in quest&apos;ordine, in all-reports.pdf; le righe rifiutate all&apos;importazione non ne hanno. Solo supporto decisionale: decide il medico curante.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conteggi</translation>
    </message>
    <message>
        <source>Generated {time}.</source>
        <translation>Generato il {time}.</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Pagina {number} di {total}</translation>
    </message>
    <message>
        <source>Generated {time} by {user} on {workstation}.</source>
        <translation>Generato il {time} da {user} su {workstation}.</translation>
    </message>
    <message>
        <source>Generated {time} by {user}.</source>
        <translation>Generato il {time} da {user}.</translation>
    </message>
    <message>
        <source>Generated {time} on {workstation}.</source>
        <translation>Generato il {time} su {workstation}.</translation>
    </message>
    <message>
        <source>{generated} · Decision support only: the treating clinician decides.</source>
        <translation>{generated} · Solo supporto decisionale: decide il medico curante.</translation>
    </message>
    <message>
        <source>Result: {headline}</source>
        <translation>Risultato: {headline}</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Criteri:</translation>
    </message>
    <message>
        <source>{label}: {value} [{met}]</source>
        <translation>{label}: {value} [{met}]</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regola:</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}; evidence: {evidence}; source: doi:{doi}, {registry}</source>
        <translation>Set di regole: {ruleset}; evidenze: {evidence}; fonte: doi:{doi}, {registry}</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm for this phenotype: {arm} (evidence, not an order)</source>
        <translation>Braccio dello studio ImmunoSep per questo fenotipo: {arm} (evidenza, non una prescrizione)</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Perché:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivi:</translation>
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
        <translation>Salvato: ID valutazione {id}</translation>
    </message>
    <message>
        <source>Checklist: {version}.</source>
        <translation>Checklist: {version}.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>assente</translation>
    </message>
    <message>
        <source>present: excludes</source>
        <translation>presente: esclude</translation>
    </message>
    <message>
        <source>Inclusion criteria (use only if…)</source>
        <translation>Criteri di inclusione (usare solo se…)</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Criteri di esclusione</translation>
    </message>
    <message>
        <source>--answer: {criteria}: answered from the data entered; do not answer it as well.</source>
        <translation>--answer: {criteria}: ricavato dai dati inseriti; non rispondere anche a questo.</translation>
    </message>
    <message>
        <source>  {number}. [{status}] {criterion}</source>
        <translation>  {number}. [{status}] {criterion}</translation>
    </message>
    <message>
        <source>{file}: no new assessment; messages: {new} new, {repeated} already imported; earlier assessments: {withdrawn} withdrawn.</source>
        <translation>{file}: nessuna nuova valutazione; messaggi nuovi: {new}, già importati: {repeated}; valutazioni precedenti ritirate: {withdrawn}.</translation>
    </message>
    <message>
        <source>{file}: moved to failed/: {reason}</source>
        <translation>{file}: spostato in failed/: {reason}</translation>
    </message>
    <message>
        <source>{file}: not stored, tried again on the next pass: {reason}</source>
        <translation>{file}: non salvato, nuovo tentativo al prossimo passaggio: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: stored {n} assessments ({phenotypes}); messages: {new} new, {repeated} already imported; earlier assessments: {corrected} corrected, {paired} completed by pairing, {withdrawn} withdrawn.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {file}: stored {n} assessment ({phenotypes}); messages: {new} new, {repeated} already imported; earlier assessments: {corrected} corrected, {paired} completed by pairing, {withdrawn} withdrawn..</extracomment>
        <translation>
            <numerusform>{file}: salvata {n} valutazione ({phenotypes}); messaggi nuovi: {new}, già importati: {repeated}; valutazioni precedenti corrette: {corrected}, completate con l&apos;abbinamento: {paired}, ritirate: {withdrawn}.</numerusform>
            <numerusform>{file}: salvate {n} valutazioni ({phenotypes}); messaggi nuovi: {new}, già importati: {repeated}; valutazioni precedenti corrette: {corrected}, completate con l&apos;abbinamento: {paired}, ritirate: {withdrawn}.</numerusform>
        </translation>
    </message>
    <message>
        <source>--interval must be above 0 and --settle at least 0 seconds.</source>
        <translation>--interval deve essere superiore a 0 e --settle almeno 0 secondi.</translation>
    </message>
    <message>
        <source>No inbox folder is configured: set [inbox] folder in site.toml or give --folder.</source>
        <translation>Nessuna cartella di arrivo configurata: impostare [inbox] folder in site.toml o indicare --folder.</translation>
    </message>
    <message>
        <source>--demo needs --folder: the configured inbox holds the ward&apos;s results, which never go into the training database.</source>
        <translation>--demo richiede --folder: la cartella di arrivo configurata contiene i risultati del reparto, che non entrano mai nel database di formazione.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} does not exist.</source>
        <translation>La cartella di arrivo {folder} non esiste.</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>No new files.</source>
        <translation>Nessun file nuovo.</translation>
    </message>
    <message>
        <source>Day-9 SOFA response (ImmunoSep primary endpoint) of patient {patient}, as of {date}.</source>
        <translation>Risposta SOFA al giorno 9 (endpoint primario di ImmunoSep) del paziente {patient}, al {date}.</translation>
    </message>
    <message>
        <source>Day 1 ({date}): SOFA {sofa}.</source>
        <translation>Giorno 1 ({date}): SOFA {sofa}.</translation>
    </message>
    <message>
        <source>Day 1 minus the mean of days 2–9: {arithmetic}</source>
        <translation>Giorno 1 meno la media dei giorni 2–9: {arithmetic}</translation>
    </message>
    <message>
        <source>the SOFA of day 1 (the day of phenotyping) is needed; store it with &apos;immunosep sofa … --patient-id ID --day 1 --save&apos;.</source>
        <translation>serve il SOFA del giorno 1 (il giorno della fenotipizzazione); salvarlo con &apos;immunosep sofa … --patient-id ID --day 1 --save&apos;.</translation>
    </message>
    <message>
        <source>the day asked for is before day 1 of the SOFA course.</source>
        <translation>il giorno richiesto è precedente al giorno 1 del decorso SOFA.</translation>
    </message>
    <message>
        <source>a stored SOFA is dated after the day asked for; give a later --on.</source>
        <translation>un SOFA salvato ha una data successiva al giorno richiesto; indicare un --on successivo.</translation>
    </message>
    <message>
        <source>the recorded death is after the day asked for; give a later --on.</source>
        <translation>il decesso registrato è successivo al giorno richiesto; indicare un --on successivo.</translation>
    </message>
    <message>
        <source>No measure yet: {reason}</source>
        <translation>Ancora nessuna misura: {reason}</translation>
    </message>
    <message>
        <source>missing, carried forward from day {day}</source>
        <translation>mancante, riportato in avanti dal giorno {day}</translation>
    </message>
    <message>
        <source>Day {day} ({date}): {sofa} — {how}.</source>
        <translation>Giorno {day} ({date}): {sofa} — {how}.</translation>
    </message>
    <message>
        <source>not yet entered, day {day} carried forward for now</source>
        <translation>non ancora inserito, giorno {day} riportato in avanti per ora</translation>
    </message>
    <message>
        <source>death: counted 24</source>
        <translation>decesso: conteggiato 24</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>inserito</translation>
    </message>
    <message>
        <source>Daily SOFA</source>
        <translation>SOFA giornaliero</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Decesso</translation>
    </message>
    <message>
        <source>Eligibility checklists</source>
        <translation>Checklist di eleggibilità</translation>
    </message>
    <message>
        <source>HScores</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>record {id}, saved {when} by {user}: {what}</source>
        <translation>registrazione {id}, salvata {when} da {user}: {what}</translation>
    </message>
    <message>
        <source>Marked entered in error: {kind}, record {id}.</source>
        <translation>Segnato come inserimento errato: {kind}, registrazione {id}.</translation>
    </message>
    <message>
        <source>{title}: {n} stored</source>
        <translation>{title}: {n} salvati</translation>
    </message>
    <message>
        <source>corrects record {id}: {reason}</source>
        <translation>corregge la registrazione {id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by record {id}</source>
        <translation>sostituita dalla registrazione {id}</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>INSERIMENTO ERRATO: {reason}</translation>
    </message>
    <message>
        <source>day {day} ({date}): SOFA {total}, {n} of 6 organ systems</source>
        <translation>giorno {day} ({date}): SOFA {total}, {n} di 6 sistemi d&apos;organo</translation>
    </message>
    <message>
        <source>died on {date}</source>
        <translation>deceduto il {date}</translation>
    </message>
    <message>
        <source>with assessment {id}: {met} met, {failed} not met, {unknown} unknown</source>
        <translation>con la valutazione {id}: {met} soddisfatti, {failed} non soddisfatti, {unknown} sconosciuti</translation>
    </message>
    <message>
        <source>with assessment {id}: HScore {score}, probability {p} %</source>
        <translation>con la valutazione {id}: HScore {score}, probabilità {p} %</translation>
    </message>
    <message>
        <source>Saved: daily SOFA record {id}, day {day} ({date}).</source>
        <translation>Salvato: registrazione SOFA giornaliero {id}, giorno {day} ({date}).</translation>
    </message>
    <message>
        <source>SOFA {total} (typed), resting on {n} of 6 organ systems.</source>
        <translation>SOFA {total} (digitato), basato su {n} di 6 sistemi d&apos;organo.</translation>
    </message>
    <message>
        <source>Open markers with an arrow are censored values (true value beyond the arrow).</source>
        <translation>I marcatori vuoti con una freccia sono valori censurati (valore reale oltre la freccia).</translation>
    </message>
    <message>
        <source>Ferritin (ng/mL, log scale)</source>
        <translation>Ferritina (ng/mL, scala logaritmica)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR (AB/C, log scale)</source>
        <translation>HLA-DR monocitario (AB/C, scala logaritmica)</translation>
    </message>
    <message>
        <source>{group} {events}/{total}</source>
        <translation>{group} {events}/{total}</translation>
    </message>
    <message>
        <source>Primary endpoint: ≥ 1.4-point SOFA decrease by day 9</source>
        <translation>Endpoint primario: riduzione del SOFA ≥ 1,4 punti entro il giorno 9</translation>
    </message>
    <message>
        <source>Responders (%)</source>
        <translation>Responder (%)</translation>
    </message>
    <message>
        <source>Bars: proportion of responders; whiskers: Wilson 95 % CI. Highlighted: this patient&apos;s subgroup.</source>
        <translation>Barre: proporzione di responder; baffi: IC al 95 % di Wilson. Evidenziato: il sottogruppo di questo paziente.</translation>
    </message>
    <message>
        <source>MALS
ferritin &gt; {f}</source>
        <translation>MALS
ferritina &gt; {f}</translation>
    </message>
    <message>
        <source>Immunoparalysis
ferritin ≤ {f}
HLA-DR &lt; {h}</source>
        <translation>Immunoparalisi
ferritina ≤ {f}
HLA-DR &lt; {h}</translation>
    </message>
    <message>
        <source>Unclassified
HLA-DR ≥ {h}</source>
        <translation>Non classificato
HLA-DR ≥ {h}</translation>
    </message>
    <message>
        <source>ferritin {f} ng/mL</source>
        <translation>ferritina {f} ng/mL</translation>
    </message>
    <message>
        <source>HLA-DR {h} AB/C</source>
        <translation>HLA-DR {h} AB/C</translation>
    </message>
    <message>
        <source>Points on the bottom edge have no HLA-DR in AB/C.</source>
        <translation>I punti sul bordo inferiore non hanno HLA-DR in AB/C.</translation>
    </message>
    <message>
        <source>Phenotype map</source>
        <translation>Mappa dei fenotipi</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tutti i pazienti</translation>
    </message>
    <message>
        <source>MALS: ferritin &gt; {f} ng/mL (HLA-DR not needed; if HLA-DR &lt; {h} AB/C too, both criteria are met and MALS takes precedence, as in the trial).</source>
        <translation>MALS: ferritina &gt; {f} ng/mL (HLA-DR non necessario; se anche HLA-DR &lt; {h} AB/C, entrambi i criteri sono soddisfatti e prevale il MALS, come nello studio).</translation>
    </message>
    <message>
        <source>Immunoparalysis: ferritin ≤ {f} ng/mL and HLA-DR &lt; {h} AB/C (antibodies bound per CD14 monocyte, QuantiBRITE).</source>
        <translation>Immunoparalisi: ferritina ≤ {f} ng/mL e HLA-DR &lt; {h} AB/C (anticorpi legati per monocita CD14, QuantiBRITE).</translation>
    </message>
    <message>
        <source>Unclassified: ferritin ≤ {f} ng/mL and HLA-DR ≥ {h} AB/C; the ImmunoSep evidence does not apply.</source>
        <translation>Non classificato: ferritina ≤ {f} ng/mL e HLA-DR ≥ {h} AB/C; le evidenze ImmunoSep non si applicano.</translation>
    </message>
    <message>
        <source>Cannot classify: missing or undecidable values, HLA-DR not in AB/C when it is needed, or age &lt; {age} years.</source>
        <translation>Classificazione impossibile: valori mancanti o non decidibili, HLA-DR non in AB/C quando è necessario, o età &lt; {age} anni.</translation>
    </message>
    <message>
        <source>{percent:.1f} %</source>
        <translation>{percent:.1f} %</translation>
    </message>
    <message>
        <source>ImmunoSep cohort summary</source>
        <translation>Riepilogo della coorte ImmunoSep</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Mappa dei fenotipi della coorte</translation>
    </message>
    <message>
        <source>TRAINING — NOT FOR CLINICAL USE</source>
        <translation>FORMAZIONE — NON PER USO CLINICO</translation>
    </message>
    <message>
        <source>Training mode: synthetic data, not a patient record. Do not use for treatment decisions.</source>
        <translation>Modalità formazione: dati sintetici, non una registrazione di un paziente. Non usare per decisioni terapeutiche.</translation>
    </message>
    <message>
        <source>End of report</source>
        <translation>Fine del report</translation>
    </message>
    <message>
        <source>Institution / ward not configured</source>
        <translation>Istituto / reparto non configurati</translation>
    </message>
    <message>
        <source>{events}/{total} ({percent:.1f} %)</source>
        <translation>{events}/{total} ({percent:.1f} %)</translation>
    </message>
    <message>
        <source>{point} ({low} to {high})</source>
        <translation>{point} (da {low} a {high})</translation>
    </message>
    <message>
        <source>Safety signals</source>
        <translation>Segnali di sicurezza</translation>
    </message>
    <message>
        <source>Notes on this arm</source>
        <translation>Note su questo braccio</translation>
    </message>
    <message>
        <source>Deaths, {group}</source>
        <translation>Decessi, {group}</translation>
    </message>
    <message>
        <source>Responders, {group}</source>
        <translation>Responder, {group}</translation>
    </message>
    <message>
        <source>Risk difference, points (treated − control)</source>
        <translation>Differenza di rischio, punti (trattati − controllo)</translation>
    </message>
    <message>
        <source>Trial population</source>
        <translation>Popolazione dello studio</translation>
    </message>
    <message>
        <source>How this patient may differ from the trial population</source>
        <translation>In che cosa questo paziente può differire dalla popolazione dello studio</translation>
    </message>
    <message>
        <source>Limits of the evidence</source>
        <translation>Limiti delle evidenze</translation>
    </message>
    <message>
        <source>ImmunoSep evidence for this phenotype: {drug}</source>
        <translation>Evidenze ImmunoSep per questo fenotipo: {drug}</translation>
    </message>
    <message>
        <source>Mortality</source>
        <translation>Mortalità</translation>
    </message>
    <message>
        <source>Methods of the recomputation: {methods}. A printed figure agrees when it lies within one unit of its last printed digit.</source>
        <translation>Metodi del ricalcolo: {methods}. Un dato stampato concorda se differisce al massimo di un&apos;unità nell&apos;ultima cifra stampata.</translation>
    </message>
    <message>
        <source>ImmunoSep evidence</source>
        <translation>Evidenze ImmunoSep</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>NO — see note</source>
        <translation>NO — vedere la nota</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Published (as printed)</source>
        <translation>Pubblicato (come stampato)</translation>
    </message>
    <message>
        <source>Recomputed from counts</source>
        <translation>Ricalcolato dai conteggi</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Concorda</translation>
    </message>
    <message>
        <source>events / patients</source>
        <translation>eventi / pazienti</translation>
    </message>
    <message>
        <source>Odds ratio (95 % CI)</source>
        <translation>Odds ratio (IC 95%)</translation>
    </message>
    <message>
        <source>{point:.3f} ({low:.3f} to {high:.3f})</source>
        <translation>{point:.3f} (da {low:.3f} a {high:.3f})</translation>
    </message>
    <message>
        <source>crude OR, Woolf CI</source>
        <translation>OR grezzo, IC di Woolf</translation>
    </message>
    <message>
        <source>Risk difference, points (control − treated, as printed)</source>
        <translation>Differenza di rischio, punti (controllo − trattati, come stampato)</translation>
    </message>
    <message>
        <source>P value</source>
        <translation>Valore di p</translation>
    </message>
    <message>
        <source>Fisher exact, two-sided</source>
        <translation>Test esatto di Fisher, bilaterale</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Evidence version {version}, cut-off {cutoff}.</source>
        <translation>Evidenze: versione {version}, aggiornate al {cutoff}.</translation>
    </message>
    <message>
        <source>{point:.2f} ({low:.2f} to {high:.2f})</source>
        <translation>{point:.2f} (da {low:.2f} a {high:.2f})</translation>
    </message>
    <message>
        <source>{option}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD (for example 2026-11-20).</source>
        <translation>{option}: &apos;{value}&apos; non è una data nel formato AAAA-MM-GG (ad esempio 2026-11-20).</translation>
    </message>
    <message>
        <source>--save needs --patient-id ID (the patient identifier used on the ward).</source>
        <translation>--save richiede --patient-id ID (l&apos;identificativo del paziente in uso nel reparto).</translation>
    </message>
    <message>
        <source>--corrects needs --reason TEXT: a correction says why.</source>
        <translation>--corrects richiede --reason TEXT: una correzione ne indica il motivo.</translation>
    </message>
    <message>
        <source>--reason goes with --corrects RECORD (the record corrected).</source>
        <translation>--reason va usato con --corrects RECORD (la registrazione corretta).</translation>
    </message>
    <message>
        <source>--corrects stores a correction: add --save.</source>
        <translation>--corrects salva una correzione: aggiungere --save.</translation>
    </message>
    <message>
        <source>--assessment-id names where it is stored: add --save.</source>
        <translation>--assessment-id indica dove salvarlo: aggiungere --save.</translation>
    </message>
    <message>
        <source>not saved: {reason}</source>
        <translation>non salvato: {reason}</translation>
    </message>
    <message>
        <source>--save needs --patient-id ID, the patient identifier used on the ward.</source>
        <translation>--save richiede --patient-id ID, l&apos;identificativo del paziente in uso nel reparto.</translation>
    </message>
    <message>
        <source>not saved (add --save to store it)</source>
        <translation>non salvato (aggiungere --save per salvarlo)</translation>
    </message>
    <message>
        <source>--save: not saved: {reason}</source>
        <translation>--save: non salvato: {reason}</translation>
    </message>
    <message>
        <source>--sentences needs --out (JSON and the text output always have the sentences).</source>
        <translation>--sentences richiede --out (il JSON e l&apos;output testuale contengono sempre le frasi).</translation>
    </message>
    <message>
        <source>--out and --rejected-out must be different files.</source>
        <translation>--out e --rejected-out devono essere file diversi.</translation>
    </message>
    <message>
        <source>--out and --rejected-out must not be the input file.</source>
        <translation>--out e --rejected-out non devono essere il file di input.</translation>
    </message>
    <message>
        <source>{option} {path}: the output file must end in .csv or .xlsx.</source>
        <translation>{option} {path}: il file di output deve terminare con .csv o .xlsx.</translation>
    </message>
    <message>
        <source>{option} {path} already exists; use --force to replace it.</source>
        <translation>{option} {path} esiste già; usare --force per sostituirlo.</translation>
    </message>
    <message>
        <source>{option} {path}: the folder does not exist.</source>
        <translation>{option} {path}: la cartella non esiste.</translation>
    </message>
    <message>
        <source>not written: {reason}.</source>
        <translation>non scritto: {reason}.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorato</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Ritiro</translation>
    </message>
    <message>
        <source>Read as: {kind}, wide layout</source>
        <translation>Letto come: {kind}, formato largo</translation>
    </message>
    <message>
        <source>Read as: {kind}, long layout</source>
        <translation>Letto come: {kind}, formato lungo</translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Row {rows}.</extracomment>
        <translation>
            <numerusform>Riga {rows}</numerusform>
            <numerusform>Righe {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>Phenotypes: {counts}</source>
        <translation>Fenotipi: {counts}</translation>
    </message>
    <message>
        <source>Rule set {ruleset}, trial {registry}:</source>
        <translation>Set di regole {ruleset}, studio {registry}:</translation>
    </message>
    <message numerus="yes">
        <source>{n} data rows read.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} data row read..</extracomment>
        <translation>
            <numerusform>{n} riga di dati letta.</numerusform>
            <numerusform>{n} righe di dati lette.</numerusform>
        </translation>
    </message>
    <message>
        <source>Classified: {classified}; cannot classify: {cannot_classify}; rejected: {rejected}; assessments: {assessments}; blank rows skipped: {blank}</source>
        <translation>Classificate: {classified}; classificazione impossibile: {cannot_classify}; rifiutate: {rejected}; valutazioni: {assessments}; righe vuote saltate: {blank}</translation>
    </message>
    <message numerus="yes">
        <source>{n} results read.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} result read..</extracomment>
        <translation>
            <numerusform>{n} risultato letto.</numerusform>
            <numerusform>{n} risultati letti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: {messages}; classified: {classified}; cannot classify: {cannot_classify}; in no assessment: {apart} (rejected: {rejected}, ignored: {ignored}, withdrawals: {withdrawals}); assessments: {assessments}</source>
        <translation>Messaggi: {messages}; classificati: {classified}; classificazione impossibile: {cannot_classify}; in nessuna valutazione: {apart} (rifiutati: {rejected}, ignorati: {ignored}, ritiri: {withdrawals}); valutazioni: {assessments}</translation>
    </message>
    <message>
        <source>Read as: {kind}, {layout}</source>
        <translation>Letto come: {kind}, {layout}</translation>
    </message>
    <message>
        <source>Encoding: {encoding}</source>
        <translation>Codifica: {encoding}</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>Foglio: {sheet}</translation>
    </message>
    <message>
        <source>Decimal separator: comma</source>
        <translation>Separatore decimale: virgola</translation>
    </message>
    <message>
        <source>Decimal separator: point</source>
        <translation>Separatore decimale: punto</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Results written to {file}</source>
        <translation>Risultati scritti in {file}</translation>
    </message>
    <message>
        <source>Rejected rows written to {file}</source>
        <translation>Righe rifiutate scritte in {file}</translation>
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
        <translation>Avvertenza: {warning}</translation>
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
        <translation>--time-format {value} non contiene l&apos;ora del giorno; deve includerla ({example}).</translation>
    </message>
    <message>
        <source>--column {value}: write FIELD=HEADER, e.g. {example}.</source>
        <translation>--column {value}: scrivere FIELD=HEADER, ad es. {example}.</translation>
    </message>
    <message>
        <source>--column {value}: {field} is not a field; the fields are {fields}.</source>
        <translation>--column {value}: {field} non è un campo; i campi sono {fields}.</translation>
    </message>
    <message>
        <source>--column {field} is given twice; give each field once.</source>
        <translation>--column {field} è indicato due volte; indicare ogni campo una sola volta.</translation>
    </message>
    <message>
        <source>--delimiter {value} is not a delimiter; give one character or comma, semicolon, tab or pipe.</source>
        <extracomment>comma, semicolon, tab and pipe are the names --delimiter takes: keep them</extracomment>
        <translation>--delimiter {value} non è un delimitatore; indicare un solo carattere oppure comma, semicolon, tab o pipe.</translation>
    </message>
    <message>
        <source>--encoding {value} is not an encoding this app knows; give e.g. utf-8 or cp1252.</source>
        <translation>--encoding {value} non è una codifica nota a questa applicazione; indicare ad es. utf-8 o cp1252.</translation>
    </message>
    <message>
        <source>the backup could not be written: {reason}</source>
        <translation>non è stato possibile scrivere il backup: {reason}</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose death is recorded.</source>
        <translation>--patient-id ID è necessario: il paziente di cui si registra il decesso.</translation>
    </message>
    <message>
        <source>Saved: death record {id} ({date}).</source>
        <translation>Salvato: registrazione del decesso {id} ({date}).</translation>
    </message>
    <message>
        <source>--age and --phenotype come from the stored assessment when the checklist is saved; leave them out with --save.</source>
        <translation>--age e --phenotype (età e fenotipo) provengono dalla valutazione salvata quando la checklist viene salvata; ometterli con --save.</translation>
    </message>
    <message>
        <source>--phenotype: &apos;{value}&apos; is not one of {choices}.</source>
        <translation>--phenotype: &apos;{value}&apos; non è uno dei fenotipi {choices}.</translation>
    </message>
    <message>
        <source>--answer: &apos;{value}&apos; does not name a criterion; write KEY=yes, KEY=no or KEY=unknown with a KEY from {help}.</source>
        <extracomment>yes, no and unknown are the answers --answer takes: keep them</extracomment>
        <translation>--answer: &apos;{value}&apos; non indica un criterio; scrivere KEY=yes, KEY=no o KEY=unknown con una KEY tra quelle elencate da {help}.</translation>
    </message>
    <message>
        <source>--answer: &apos;{value}&apos; is not answered yes, no or unknown.</source>
        <extracomment>yes, no and unknown are the answers --answer takes: keep them</extracomment>
        <translation>--answer: &apos;{value}&apos; non ha come risposta yes, no o unknown.</translation>
    </message>
    <message>
        <source>--answer: {key} is answered twice; keep one answer.</source>
        <translation>--answer: {key} ha due risposte; mantenerne una sola.</translation>
    </message>
    <message>
        <source>Saved: eligibility checklist record {id}, with assessment {assessment}.</source>
        <translation>Salvato: registrazione della checklist di eleggibilità {id}, con la valutazione {assessment}.</translation>
    </message>
    <message>
        <source>{name}: {citation}</source>
        <translation>{name}: {citation}</translation>
    </message>
    <message>
        <source>doi:{doi}  {registry}  evidence version {version}</source>
        <translation>doi:{doi}  {registry}  versione delle evidenze {version}</translation>
    </message>
    <message>
        <source>Methods: {methods}.</source>
        <translation>Metodi: {methods}.</translation>
    </message>
    <message>
        <source>Published figures agree when within one unit of their last printed digit.</source>
        <translation>I dati pubblicati concordano se differiscono al massimo di un&apos;unità nell&apos;ultima cifra stampata.</translation>
    </message>
    <message>
        <source>Known discrepancies in the publication and in circulating summaries:</source>
        <translation>Discrepanze note nella pubblicazione e nei riassunti in circolazione:</translation>
    </message>
    <message>
        <source>{label}: {treated} {treated_events}/{treated_total} vs {control} {control_events}/{control_total}</source>
        <translation>{label}: {treated} {treated_events}/{treated_total} vs {control} {control_events}/{control_total}</translation>
    </message>
    <message>
        <source>NO</source>
        <extracomment>a published figure disagrees with its recomputation (capitals: it must stand out)</extracomment>
        <translation>NO</translation>
    </message>
    <message>
        <source>comparison / figure</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>confronto / dato</translation>
    </message>
    <message>
        <source>published</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>pubblicato</translation>
    </message>
    <message>
        <source>recomputed</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>ricalcolato</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>concorda</translation>
    </message>
    <message>
        <source>p value (Fisher exact)</source>
        <translation>valore di p (test esatto di Fisher)</translation>
    </message>
    <message>
        <source>odds ratio (Woolf CI)</source>
        <translation>odds ratio (IC di Woolf)</translation>
    </message>
    <message>
        <source>{figure} [printed as control − treated]</source>
        <translation>{figure} [stampato come controllo − trattati]</translation>
    </message>
    <message>
        <source>risk difference, pp (Newcombe CI)</source>
        <translation>differenza di rischio, pp (IC di Newcombe)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {n} assessments of patient {patient} as a FHIR R4 Bundle.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Wrote {path}: {n} assessment of patient {patient} as a FHIR R4 Bundle..</extracomment>
        <translation>
            <numerusform>Scritto {path}: {n} valutazione del paziente {patient} come Bundle FHIR R4.</numerusform>
            <numerusform>Scritto {path}: {n} valutazioni del paziente {patient} come Bundle FHIR R4.</numerusform>
        </translation>
    </message>
    <message>
        <source>--patient-id: a patient identifier is needed</source>
        <translation>--patient-id: è necessario un identificativo del paziente</translation>
    </message>
    <message>
        <source>--out: {path} exists; add --force to replace it</source>
        <translation>--out: {path} esiste già; aggiungere --force per sostituirlo</translation>
    </message>
    <message>
        <source>--out: {path} is not a regular file</source>
        <translation>--out: {path} non è un file regolare</translation>
    </message>
    <message>
        <source>--out: {path} cannot be written ({reason})</source>
        <translation>--out: {path} non può essere scritto ({reason})</translation>
    </message>
    <message>
        <source>--pdf: {path} cannot be read ({reason})</source>
        <translation>--pdf: {path} non può essere letto ({reason})</translation>
    </message>
    <message>
        <source>no stored assessments for patient {patient}; nothing written</source>
        <translation>nessuna valutazione salvata per il paziente {patient}; non è stato scritto nulla</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>nessun valore</translation>
    </message>
    <message>
        <source>#{id}  {when} (sampled)  {result}  ({values}; rule set {ruleset})</source>
        <translation>#{id}  {when} (prelievo)  {result}  ({values}; set di regole {ruleset})</translation>
    </message>
    <message>
        <source>#{id}  {when} (assessed)  {result}  ({values}; rule set {ruleset})</source>
        <translation>#{id}  {when} (valutazione)  {result}  ({values}; set di regole {ruleset})</translation>
    </message>
    <message>
        <source>{entry} [{notes}]</source>
        <extracomment>a stored assessment&apos;s line followed by its corrections / entered-in-error marks</extracomment>
        <translation>{entry} [{notes}]</translation>
    </message>
    <message>
        <source>No stored assessments for patient {patient}.</source>
        <translation>Nessuna valutazione salvata per il paziente {patient}.</translation>
    </message>
    <message numerus="yes">
        <source>Patient {patient}: {n} assessments, oldest first</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Patient {patient}: {n} assessment, oldest first.</extracomment>
        <translation>
            <numerusform>Paziente {patient}: {n} valutazione, dalla meno recente</numerusform>
            <numerusform>Paziente {patient}: {n} valutazioni, dalla meno recente</numerusform>
        </translation>
    </message>
    <message>
        <source>ferritin {value} {unit}</source>
        <translation>ferritina {value} {unit}</translation>
    </message>
    <message>
        <source>HLA-DR {value} {unit}</source>
        <translation>HLA-DR {value} {unit}</translation>
    </message>
    <message>
        <source>Saved: HScore record {id}, with assessment {assessment}.</source>
        <translation>Salvato: registrazione HScore {id}, con la valutazione {assessment}.</translation>
    </message>
    <message>
        <source>Files stored: {files} (assessments: {n}); moved to failed/: {failed}.</source>
        <translation>File salvati: {files} (valutazioni: {n}); spostati in failed/: {failed}.</translation>
    </message>
    <message>
        <source>Report written: {path} ({phenotype})</source>
        <translation>Report scritto: {path} ({phenotype})</translation>
    </message>
    <message>
        <source>--patient-id: a patient identifier is needed on the report</source>
        <translation>--patient-id: il report richiede un identificativo del paziente</translation>
    </message>
    <message>
        <source>--patient-id: training reports use synthetic identifiers of the form DEMO-nnn, never a real patient&apos;s</source>
        <translation>--patient-id: i report di formazione usano identificativi sintetici nel formato DEMO-nnn, mai quelli di un paziente reale</translation>
    </message>
    <message>
        <source>--patient-id: DEMO-nnn identifiers are reserved for training; add --demo</source>
        <translation>--patient-id: gli identificativi DEMO-nnn sono riservati alla formazione; aggiungere --demo</translation>
    </message>
    <message>
        <source>--case needs --demo (training cases are synthetic)</source>
        <translation>--case richiede --demo (i casi di formazione sono sintetici)</translation>
    </message>
    <message>
        <source>--case takes its values from the training case; drop {option}</source>
        <translation>--case prende i valori dal caso di formazione; rimuovere {option}</translation>
    </message>
    <message>
        <source>--case: no training case {case}; see {command}</source>
        <translation>--case: nessun caso di formazione {case}; vedere {command}</translation>
    </message>
    <message>
        <source>--out: {path} exists; not overwritten (use --force to replace it)</source>
        <translation>--out: {path} esiste già; non sovrascritto (usare --force per sostituirlo)</translation>
    </message>
    <message>
        <source>--out: cannot write {path}: {reason}</source>
        <translation>--out: impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>--birth-date: {reason}</source>
        <translation>--birth-date: {reason}</translation>
    </message>
    <message>
        <source>not written</source>
        <extracomment>in place of a file name: the file was not written</extracomment>
        <translation>non scritto</translation>
    </message>
    <message>
        <source>Index: {path}</source>
        <translation>Indice: {path}</translation>
    </message>
    <message>
        <source>Cohort summary: {path}</source>
        <translation>Riepilogo della coorte: {path}</translation>
    </message>
    <message>
        <source>All reports in one file (to print): {path}</source>
        <translation>Tutti i report in un unico file (da stampare): {path}</translation>
    </message>
    <message>
        <source>--workers must be at least 1</source>
        <translation>--workers deve essere almeno 1</translation>
    </message>
    <message>
        <source>Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: {rejected}; not done (cancelled): {cancelled}</source>
        <translation>Righe: {total}; report scritti: {written}; non riusciti: {failed}; rifiutate all&apos;importazione: {rejected}; non eseguite (annullate): {cancelled}</translation>
    </message>
    <message>
        <source>Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: {rejected}</source>
        <translation>Righe: {total}; report scritti: {written}; non riusciti: {failed}; rifiutate all&apos;importazione: {rejected}</translation>
    </message>
    <message>
        <source>Reports: {percent} %</source>
        <translation>Report: {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>--out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use --force or an empty folder</source>
        <comment>plural</comment>
        <extracomment>Singular (English): --out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use --force or an empty folder. English keeps &quot;file(s)&quot; in both forms (scripts read the line); word each properly</extracomment>
        <translation>
            <numerusform>--out-dir: {n} file che questa elaborazione scriverebbe esiste già (ad es. {file}); usare --force o una cartella vuota</numerusform>
            <numerusform>--out-dir: {n} file che questa elaborazione scriverebbe esistono già (ad es. {file}); usare --force o una cartella vuota</numerusform>
        </translation>
    </message>
    <message>
        <source>--out-dir: cannot write to {path}: {reason}</source>
        <translation>--out-dir: impossibile scrivere in {path}: {reason}</translation>
    </message>
    <message>
        <source>row {row}: {outcome}: {reason}</source>
        <translation>riga {row}: {outcome}: {reason}</translation>
    </message>
    <message>
        <source>two stored SOFA values share one day; mark one entered in error (&apos;immunosep score-records --mark-in-error&apos;).</source>
        <translation>due valori SOFA salvati hanno lo stesso giorno; segnarne uno come inserimento errato (&apos;immunosep score-records --mark-in-error&apos;).</translation>
    </message>
    <message>
        <source>a stored SOFA total is outside 0 to 24.</source>
        <translation>un totale SOFA salvato è al di fuori dell&apos;intervallo da 0 a 24.</translation>
    </message>
    <message>
        <source>a stored SOFA rests on an impossible number of organ systems.</source>
        <translation>un SOFA salvato si basa su un numero impossibile di sistemi d&apos;organo.</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose SOFA course is read.</source>
        <translation>--patient-id ID è necessario: il paziente di cui si legge il decorso SOFA.</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose records are listed.</source>
        <translation>--patient-id ID è necessario: il paziente di cui si elencano le registrazioni.</translation>
    </message>
    <message>
        <source>--mark-in-error: &apos;{kind}&apos; is not a kind of score record; use one of {kinds}.</source>
        <translation>--mark-in-error: &apos;{kind}&apos; non è un tipo di registrazione dei punteggi; usare uno tra {kinds}.</translation>
    </message>
    <message>
        <source>--mark-in-error: &apos;{value}&apos; is not a record id (a whole number, as listed by this command).</source>
        <translation>--mark-in-error: &apos;{value}&apos; non è un ID di registrazione (un numero intero, come elencato da questo comando).</translation>
    </message>
    <message>
        <source>--mark-in-error needs --reason TEXT: a mark says why.</source>
        <translation>--mark-in-error richiede --reason TEXT: la segnalazione di un inserimento errato ne indica il motivo.</translation>
    </message>
    <message>
        <source>--reason goes with --mark-in-error KIND RECORD.</source>
        <translation>--reason va usato con --mark-in-error KIND RECORD.</translation>
    </message>
    <message>
        <source>--day: &apos;{value}&apos; is not a study day (day 1 is the day of phenotyping); give a whole number of {low} or more.</source>
        <translation>--day: &apos;{value}&apos; non è un giorno di studio (il giorno 1 è il giorno della fenotipizzazione); indicare un numero intero pari o superiore a {low}.</translation>
    </message>
    <message>
        <source>--total: &apos;{value}&apos; is not a SOFA total; give a whole number from {low} to {high}.</source>
        <translation>--total: &apos;{value}&apos; non è un totale SOFA; indicare un numero intero da {low} a {high}.</translation>
    </message>
    <message>
        <source>--components: &apos;{value}&apos; is not a number of organ systems; give a whole number from {low} to {high}.</source>
        <translation>--components: &apos;{value}&apos; non è un numero di sistemi d&apos;organo; indicare un numero intero da {low} a {high}.</translation>
    </message>
    <message>
        <source>--day and --date place a stored SOFA: add --patient-id ID --save.</source>
        <translation>--day e --date collocano un SOFA salvato: aggiungere --patient-id ID --save.</translation>
    </message>
    <message>
        <source>--total is a value to store: add --patient-id ID --save.</source>
        <translation>--total è un valore da salvare: aggiungere --patient-id ID --save.</translation>
    </message>
    <message>
        <source>--total: give either a total or the calculator&apos;s values ({options}), not both.</source>
        <translation>--total: indicare o un totale o i valori del calcolatore ({options}), non entrambi.</translation>
    </message>
    <message>
        <source>--components goes with --total (the organ systems a typed total rests on).</source>
        <translation>--components va usato con --total (i sistemi d&apos;organo su cui si basa un totale digitato).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>no ferritin or HLA-DR column and no test/value columns were recognised; name them with --column FIELD=HEADER</source>
        <translation>non è stata riconosciuta alcuna colonna di ferritina o HLA-DR né alcuna colonna test/valore; indicarle con --column FIELD=HEADER</translation>
    </message>
    <message>
        <source>the file has both ferritin/HLA-DR columns and test/value columns; choose the layout</source>
        <translation>il file contiene sia colonne ferritina/HLA-DR sia colonne test/valore; scegliere il formato</translation>
    </message>
    <message>
        <source>unknown field {field!r}; fields are: {fields}</source>
        <translation>campo sconosciuto {field!r}; i campi sono: {fields}</translation>
    </message>
    <message>
        <source>no column is headed {header!r} (for {field}); the columns are: {columns}</source>
        <translation>nessuna colonna ha l&apos;intestazione {header!r} (per {field}); le colonne sono: {columns}</translation>
    </message>
    <message>
        <source>{count} columns are headed {header!r}; rename one in the file</source>
        <translation>{count} colonne hanno l&apos;intestazione {header!r}; rinominarne una nel file</translation>
    </message>
    <message>
        <source>columns {first!r} and {second!r} could both be {field}; choose one (--column {field}=HEADER)</source>
        <translation>le colonne {first!r} e {second!r} potrebbero essere entrambe {field}; sceglierne una (--column {field}=HEADER)</translation>
    </message>
    <message>
        <source>columns {columns} could all be {field}; choose one (--column {field}=HEADER)</source>
        <translation>le colonne {columns} potrebbero essere tutte {field}; sceglierne una (--column {field}=HEADER)</translation>
    </message>
    <message>
        <source>{field} is not used in {layout} layout</source>
        <translation>{field} non è usato nel formato {layout}</translation>
    </message>
    <message>
        <source>no {name} column found; name it with --column {field}=HEADER (columns: {columns})</source>
        <translation>nessuna colonna {name} trovata; indicarla con --column {field}=HEADER (colonne: {columns})</translation>
    </message>
    <message>
        <source>layout must be &apos;wide&apos; or &apos;long&apos;, not {layout!r}</source>
        <translation>il formato deve essere &apos;wide&apos; o &apos;long&apos;, non {layout!r}</translation>
    </message>
    <message>
        <source>wide layout needs a ferritin or HLA-DR column (--column ferritin=HEADER)</source>
        <translation>il formato largo richiede una colonna di ferritina o HLA-DR (--column ferritin=HEADER)</translation>
    </message>
    <message>
        <source>long layout needs a test (name or LOINC code) and a value column (--column test=HEADER --column value=HEADER)</source>
        <translation>il formato lungo richiede una colonna del test (nome o codice LOINC) e una colonna del valore (--column test=HEADER --column value=HEADER)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra verticale</translation>
    </message>
    <message>
        <source>{file} contains no rows</source>
        <translation>{file} non contiene righe</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes: it is not a text export (or UTF-16 without byte-order mark: give the encoding)</source>
        <translation>{file} contiene byte NUL: non è un&apos;esportazione di testo (oppure è UTF-16 senza marcatore BOM: indicare la codifica)</translation>
    </message>
    <message>
        <source>{file} mixes encodings: line {utf8_line} is UTF-8 but line {other_line} is not; save the file again in one encoding, or give the encoding if you know it</source>
        <translation>{file} mescola codifiche diverse: la riga {utf8_line} è in UTF-8, ma la riga {other_line} no; salvare di nuovo il file in un&apos;unica codifica oppure, se nota, indicare la codifica</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252; give the encoding (e.g. latin-1)</source>
        <translation>{file} non è né UTF-8 né Windows-1252; indicare la codifica (ad es. latin-1)</translation>
    </message>
    <message>
        <source>{file}: no delimiter (comma, semicolon, tab, pipe) splits the header into columns; give the delimiter</source>
        <translation>{file}: nessun delimitatore (virgola, punto e virgola, tabulazione, barra verticale) divide l&apos;intestazione in colonne; indicare il delimitatore</translation>
    </message>
    <message>
        <source>{file}: both {first} and {second} could be the delimiter; give the delimiter</source>
        <translation>{file}: sia {first} sia {second} potrebbero essere il delimitatore; indicare il delimitatore</translation>
    </message>
    <message>
        <source>{file} starts with a {encoding} byte-order mark but byte {byte} is not valid {encoding}</source>
        <translation>{file} inizia con un marcatore BOM {encoding}, ma il byte {byte} non è {encoding} valido</translation>
    </message>
    <message>
        <source>delimiter must be one character, got {delimiter!r}</source>
        <translation>il delimitatore deve essere un solo carattere, non {delimiter!r}</translation>
    </message>
    <message>
        <source>{file}, line {line}: malformed CSV ({error}); fix the file and import again</source>
        <translation>{file}, riga {line}: CSV non valido ({error}); correggere il file e importarlo di nuovo</translation>
    </message>
    <message>
        <source>unknown encoding {encoding!r}</source>
        <translation>codifica sconosciuta {encoding!r}</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} (byte {byte} cannot be decoded); check the encoding</source>
        <translation>{file} non è {encoding} valido (il byte {byte} non può essere decodificato); controllare la codifica</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: impossibile leggerlo ({error})</translation>
    </message>
    <message>
        <source>{file}: the quoted cell that starts on line {line} is never closed (unmatched quote); fix the file and import again</source>
        <translation>{file}: la cella tra virgolette che inizia alla riga {line} non viene mai chiusa (virgolette non appaiate); correggere il file e importarlo di nuovo</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet!r} is empty</source>
        <translation>{file}: il foglio {sheet!r} è vuoto</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({error}); save it again from the spreadsheet program</source>
        <translation>{file} non può essere letto come foglio di calcolo ({error}); salvarlo di nuovo dal programma di fogli di calcolo</translation>
    </message>
    <message>
        <source>{file} has no worksheet</source>
        <translation>{file} non contiene alcun foglio di lavoro</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet!r}; sheets: {sheets}</source>
        <translation>{file} non contiene alcun foglio denominato {sheet!r}; fogli: {sheets}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet!r} cannot be read ({error})</source>
        <translation>{file}, foglio {sheet!r}: impossibile leggerlo ({error})</translation>
    </message>
    <message>
        <source>{file}: FHIR JSON must be UTF-8 and this file is not</source>
        <translation>{file}: il JSON FHIR deve essere in UTF-8 e questo file non lo è</translation>
    </message>
    <message>
        <source>{file}: the key &apos;{key}&apos; appears twice in one JSON object; which one holds is undefined, so the file is not read</source>
        <translation>{file}: la chiave &apos;{key}&apos; compare due volte in un oggetto JSON; quale valga non è definito, quindi il file non viene letto</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {detail})</source>
        <translation>{file}: JSON non valido (riga {line}, colonna {column}: {detail})</translation>
    </message>
    <message>
        <source>{file}: JSON nested too deeply</source>
        <translation>{file}: JSON annidato troppo in profondità</translation>
    </message>
    <message>
        <source>{file}: not a FHIR resource; a Bundle or an Observation is needed</source>
        <translation>{file}: non è una risorsa FHIR; serve un Bundle o un&apos;Observation</translation>
    </message>
    <message>
        <source>{file}: Bundle.entry must be a list of objects</source>
        <translation>{file}: Bundle.entry deve essere un elenco di oggetti</translation>
    </message>
    <message>
        <source>{file}: not a valid FHIR R4 Bundle: {problems}</source>
        <translation>{file}: non è un Bundle FHIR R4 valido: {problems}</translation>
    </message>
    <message>
        <source>{file}: a {kind} resource; a Bundle or an Observation is needed</source>
        <translation>{file}: una risorsa {kind}; serve un Bundle o un&apos;Observation</translation>
    </message>
    <message>
        <source>{file}: the file contains NUL bytes (binary, or UTF-16 text); HL7 v2 files are 8-bit text</source>
        <translation>{file}: il file contiene byte NUL (binario, o testo UTF-16); i file HL7 v2 sono testo a 8 bit</translation>
    </message>
    <message>
        <source>{file}: the file holds no HL7 segments</source>
        <translation>{file}: il file non contiene segmenti HL7</translation>
    </message>
    <message>
        <source>{file}: no HL7 message (MSH segment) in the file</source>
        <translation>{file}: nessun messaggio HL7 (segmento MSH) nel file</translation>
    </message>
    <message>
        <source>{file} is not a valid spreadsheet (damaged zip container); save it again from the spreadsheet program</source>
        <translation>{file} non è un foglio di calcolo valido (contenitore zip danneggiato); salvarlo di nuovo dal programma di fogli di calcolo</translation>
    </message>
    <message>
        <source>{file} cannot be unpacked ({error})</source>
        <translation>{file} non può essere decompresso ({error})</translation>
    </message>
    <message>
        <source>{file} is not an Excel or OpenDocument spreadsheet (XLSX, XLSM, XLSB, XLS, ODS)</source>
        <translation>{file} non è un foglio di calcolo Excel o OpenDocument (XLSX, XLSM, XLSB, XLS, ODS)</translation>
    </message>
    <message>
        <source>{file}: is not a file</source>
        <translation>{file}: non è un file</translation>
    </message>
    <message>
        <source>{file} is {size} MB; files over {limit} MB are not imported (split the export or raise the limit)</source>
        <translation>{file} è di {size} MB; i file oltre {limit} MB non vengono importati (dividere l&apos;esportazione o aumentare il limite)</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} è vuoto</translation>
    </message>
    <message>
        <source>{file}: file not found.</source>
        <translation>{file}: file non trovato.</translation>
    </message>
    <message>
        <source>{file}: cannot be opened ({error})</source>
        <translation>{file}: impossibile aprirlo ({error})</translation>
    </message>
    <message>
        <source>{file} contains {parts} parts; this is not a normal spreadsheet</source>
        <translation>{file} contiene {parts} parti; non è un normale foglio di calcolo</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB; over the limit of {limit} MB</source>
        <translation>{file} decompresso occupa {size} MB; oltre il limite di {limit} MB</translation>
    </message>
    <message>
        <source>{file}: part {part!r} is compressed {ratio}:1; refused as a possible zip bomb</source>
        <translation>{file}: la parte {part!r} è compressa {ratio}:1; rifiutata come possibile zip bomb</translation>
    </message>
    <message>
        <source>{file}: part {part!r} declares XML entities (DOCTYPE); refused (billion-laughs protection)</source>
        <translation>{file}: la parte {part!r} dichiara entità XML (DOCTYPE); rifiutata (protezione contro billion-laughs)</translation>
    </message>
    <message>
        <source>{options} cannot be used with a {format} file: its messages carry their own units, numbers and times</source>
        <translation>con un file {format} non è possibile usare {options}: i suoi messaggi riportano unità, numeri e orari propri</translation>
    </message>
    <message>
        <source>{file}: the header has {width} columns; more than {limit} are not read (is this a laboratory export?)</source>
        <translation>{file}: l&apos;intestazione ha {width} colonne; più di {limit} colonne non vengono lette (è un&apos;esportazione di laboratorio?)</translation>
    </message>
    <message>
        <source>more than {limit} data rows; split the export or raise the row limit</source>
        <translation>più di {limit} righe di dati; dividere l&apos;esportazione o aumentare il limite di righe</translation>
    </message>
    <message>
        <source>format must be one of {formats}, not {format!r}</source>
        <translation>il formato del file deve essere uno tra {formats}, non {format!r}</translation>
    </message>
    <message>
        <source>{file}: the spreadsheet reader ran out of memory; the sheet is too large to read (export it as CSV)</source>
        <translation>{file}: il lettore di fogli di calcolo ha esaurito la memoria; il foglio è troppo grande per essere letto (esportarlo in formato CSV)</translation>
    </message>
    <message>
        <source>a worksheet part is not XML</source>
        <translation>una parte del foglio di lavoro non è XML</translation>
    </message>
    <message>
        <source>{file}: the spreadsheet reader stopped (exit status {status}) before it could read the sheet: the sheet is too large or damaged; save it again from the spreadsheet program, or export it as CSV</source>
        <translation>{file}: il lettore di fogli di calcolo si è interrotto (codice di uscita {status}) prima di poter leggere il foglio: il foglio è troppo grande o danneggiato; salvarlo di nuovo dal programma di fogli di calcolo oppure esportarlo in formato CSV</translation>
    </message>
    <message>
        <source>{file}: a worksheet ({part}) reaches cell {cell} ({rows} rows × {cols} columns); sheets wider than {max_cols} columns or larger than {max_cells} cells are not read (delete the far cells or export only the results)</source>
        <translation>{file}: un foglio di lavoro ({part}) arriva fino alla cella {cell} ({rows} righe × {cols} colonne); i fogli con più di {max_cols} colonne o più di {max_cells} celle non vengono letti (eliminare le celle lontane o esportare solo i risultati)</translation>
    </message>
    <message>
        <source>the time format must include the time of day (%H:%M)</source>
        <translation>il formato dell&apos;ora deve includere l&apos;ora del giorno (%H:%M)</translation>
    </message>
    <message>
        <source>Newcombe hybrid score</source>
        <translation>Score ibrido di Newcombe</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence does not apply to this patient.</source>
        <translation>Le evidenze ImmunoSep non si applicano a questo paziente.</translation>
    </message>
    <message>
        <source>Patient history — ImmunoSep phenotypes</source>
        <translation>Storico del paziente — fenotipi ImmunoSep</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Paziente: {patient}</translation>
    </message>
    <message>
        <source>ImmunoSep Phenotyper {version}</source>
        <translation>ImmunoSep Phenotyper {version}</translation>
    </message>
    <message>
        <source>Generated {when}</source>
        <translation>Generato il {when}</translation>
    </message>
    <message>
        <source>Patient history</source>
        <translation>Storico del paziente</translation>
    </message>
    <message>
        <source>Patient identifier (as entered):</source>
        <translation>Identificativo del paziente (come inserito):</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Generato il:</translation>
    </message>
    <message>
        <source>{change} ({when})</source>
        <translation>{change} ({when})</translation>
    </message>
    <message>
        <source>Phenotype changes: {changes}</source>
        <translation>Cambi di fenotipo: {changes}</translation>
    </message>
    <message>
        <source>Markers: triangle MALS, square immunoparalysis, circle unclassified, cross cannot classify; open markers are censored values at their bound. Dashed lines: entry thresholds (ferritin 4420 ng/mL, HLA-DR 5000 AB/C). Only current versions are drawn.</source>
        <translation>Marcatori: triangolo MALS, quadrato immunoparalisi, cerchio non classificato, croce classificazione impossibile; i marcatori vuoti sono valori censurati, posti al loro limite. Linee tratteggiate: soglie di ingresso (ferritina 4420 ng/mL, HLA-DR 5000 AB/C). Sono disegnate solo le versioni correnti.</translation>
    </message>
    <message>
        <source>Decision support only: the treating clinician decides.</source>
        <translation>Solo supporto decisionale: decide il medico curante.</translation>
    </message>
    <message>
        <source>Ferritin, ng/mL (logarithmic scale)</source>
        <translation>Ferritina, ng/mL (scala logaritmica)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR, AB/C</source>
        <translation>HLA-DR monocitario, AB/C</translation>
    </message>
    <message>
        <source>No values to draw: no current assessment has ferritin or HLA-DR in AB/C.</source>
        <translation>Nessun valore da disegnare: nessuna valutazione corrente contiene ferritina o HLA-DR in AB/C.</translation>
    </message>
    <message>
        <source>Daily SOFA and the day-9 measure (day 1 = {date}, the day of phenotyping)</source>
        <translation>SOFA giornaliero e misura al giorno 9 (giorno 1 = {date}, giorno della fenotipizzazione)</translation>
    </message>
    <message>
        <source>No stored assessments.</source>
        <translation>Nessuna valutazione salvata.</translation>
    </message>
    <message>
        <source>Sampled (or assessed)</source>
        <translation>Prelievo (o valutazione)</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritina</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>{when} ({basis})</source>
        <translation>{when} ({basis})</translation>
    </message>
    <message>
        <source>The {n} oldest assessments are not shown; the window lists them all.</source>
        <translation>Le {n} valutazioni meno recenti non sono mostrate; la finestra le elenca tutte.</translation>
    </message>
    <message>
        <source>The stored scores (eligibility, daily SOFA, HScore) could not be read and are not printed: {reason}</source>
        <translation>Impossibile leggere i punteggi salvati (eleggibilità, SOFA giornaliero, HScore), che non vengono stampati: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>prelievo</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>valutazione</translation>
    </message>
    <message>
        <source>{text!r} is not a date of the form YYYY-MM-DD (e.g. 1958-03-14); other forms are ambiguous and never guessed</source>
        <translation>{text!r} non è una data nel formato AAAA-MM-GG (ad es. 1958-03-14); altri formati sono ambigui e non vengono mai interpretati per supposizione</translation>
    </message>
    <message>
        <source>Not a diagnosis and not a prescription: check every value against the laboratory report.</source>
        <translation>Non è una diagnosi né una prescrizione: verificare ogni valore sul referto di laboratorio.</translation>
    </message>
    <message>
        <source>NEAR THRESHOLD</source>
        <translation>VICINO ALLA SOGLIA</translation>
    </message>
    <message>
        <source>{sampled}; processed {processed}</source>
        <translation>{sampled}; processato il {processed}</translation>
    </message>
    <message>
        <source>PROVISIONAL: day {day} of 9.</source>
        <translation>PROVVISORIO: giorno {day} di 9.</translation>
    </message>
    <message>
        <source>Final.</source>
        <translation>Definitivo.</translation>
    </message>
    <message>
        <source>* missing day: the last value carried forward; ° not over yet: carried forward for now; † from the day of death: counted 24.</source>
        <translation>* giorno mancante: ultimo valore riportato; ° non ancora trascorso: riportato per ora; † dal giorno del decesso: contato 24.</translation>
    </message>
    <message>
        <source>Study day</source>
        <translation>Giorno di studio</translation>
    </message>
    <message>
        <source>The file changed while it was being read (is it still being written?); open it again when it is complete.</source>
        <translation>Il file è cambiato durante la lettura (è ancora in fase di scrittura?); riaprirlo quando è completo.</translation>
    </message>
    <message>
        <source>there is no stored assessment to export for this patient</source>
        <translation>per questo paziente non c&apos;è alcuna valutazione salvata da esportare</translation>
    </message>
    <message>
        <source>the export is not valid FHIR R4: {problems}</source>
        <translation>l&apos;esportazione non è FHIR R4 valido: {problems}</translation>
    </message>
    <message>
        <source>a patient identifier is needed</source>
        <translation>è necessario un identificativo del paziente</translation>
    </message>
    <message>
        <source>the report to attach is not a PDF file</source>
        <translation>il report da allegare non è un file PDF</translation>
    </message>
    <message>
        <source>the PDF has no current assessment to belong to</source>
        <translation>non c&apos;è alcuna valutazione corrente a cui associare il PDF</translation>
    </message>
    <message>
        <source>This cohort was classified with another rule set; import the file again.</source>
        <translation>Questa coorte è stata classificata con un altro set di regole; importare di nuovo il file.</translation>
    </message>
    <message>
        <source>The file is neither an HL7 v2 nor a FHIR JSON file; the inbox reads laboratory messages only.</source>
        <translation>Il file non è né un file HL7 v2 né un file FHIR JSON; la cartella di arrivo legge solo messaggi di laboratorio.</translation>
    </message>
    <message>
        <source>Another inbox runner is working on {folder}; this pass was skipped.</source>
        <translation>Un altro processo di lettura degli arrivi sta lavorando su {folder}; questo passaggio è stato saltato.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} cannot be used: {error}.</source>
        <translation>La cartella di arrivo {folder} non può essere usata: {error}.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>Il file non può essere letto: {error}.</translation>
    </message>
    <message>
        <source>Not stored: {error}</source>
        <translation>Non salvato: {error}</translation>
    </message>
    <message>
        <source>A reason is needed to correct an assessment.</source>
        <translation>Per correggere una valutazione è necessario un motivo.</translation>
    </message>
    <message>
        <source>Assessment #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>La valutazione #{id} è già stata corretta da #{newer}; correggere la versione più recente.</translation>
    </message>
    <message>
        <source>An imported row was classified with another rule set; import the file again.</source>
        <translation>Una riga importata è stata classificata con un altro set di regole; importare di nuovo il file.</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>report scritto</translation>
    </message>
    <message>
        <source>report failed</source>
        <translation>report non riuscito</translation>
    </message>
    <message>
        <source>rejected at import</source>
        <translation>rifiutata all&apos;importazione</translation>
    </message>
    <message>
        <source>not done: cancelled</source>
        <translation>non eseguita: annullata</translation>
    </message>
    <message>
        <source>cohort summary not written: {kind}</source>
        <translation>riepilogo della coorte non scritto: {kind}</translation>
    </message>
    <message>
        <source>{file} not written: {kind}</source>
        <translation>{file} non scritto: {kind}</translation>
    </message>
    <message>
        <source>This patient has no saved assessment yet; save the assessment first (the checklist is stored with it).</source>
        <translation>Questo paziente non ha ancora una valutazione salvata; salvare prima la valutazione (la checklist viene salvata insieme a essa).</translation>
    </message>
    <message>
        <source>This patient has no saved assessment yet; save the assessment first (the HScore is stored with it).</source>
        <translation>Questo paziente non ha ancora una valutazione salvata; salvare prima la valutazione (l&apos;HScore viene salvato insieme a essa).</translation>
    </message>
    <message>
        <source>Day {day} is before day 1, the day of phenotyping.</source>
        <translation>Il giorno {day} è precedente al giorno 1, il giorno della fenotipizzazione.</translation>
    </message>
    <message>
        <source>{date} is day {placed} of this patient&apos;s course (day 1 is {day_one}), not day {day}.</source>
        <translation>{date} è il giorno {placed} del decorso di questo paziente (il giorno 1 è {day_one}), non il giorno {day}.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day_one}).</source>
        <translation>{date} è precedente al giorno 1 ({day_one}).</translation>
    </message>
    <message>
        <source>{date} is after today; a SOFA is recorded for a day that has begun.</source>
        <translation>{date} è successiva a oggi; un SOFA si registra per un giorno già iniziato.</translation>
    </message>
    <message>
        <source>The HScore needs all nine variables before it can be saved.</source>
        <translation>L&apos;HScore richiede tutte e nove le variabili prima di poter essere salvato.</translation>
    </message>
    <message>
        <source>Day {day} already has a SOFA (record #{record}); correct that record instead.</source>
        <translation>Il giorno {day} ha già un SOFA (registrazione #{record}); correggere invece quella registrazione.</translation>
    </message>
    <message>
        <source>{date} is after the recorded death ({death}); no SOFA is kept after it.</source>
        <translation>{date} è successiva al decesso registrato ({death}); dopo il decesso non si conserva alcun SOFA.</translation>
    </message>
    <message>
        <source>The date of day {day} is needed: no day 1 is recorded yet for this patient.</source>
        <translation>Serve la data del giorno {day}: per questo paziente non è ancora registrato alcun giorno 1.</translation>
    </message>
    <message>
        <source>A death is already recorded (record #{record}); correct that record instead.</source>
        <translation>Un decesso è già registrato (registrazione #{record}); correggere invece quella registrazione.</translation>
    </message>
    <message>
        <source>{date} is after today.</source>
        <translation>{date} è successiva a oggi.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day_one}) of this patient&apos;s SOFA course.</source>
        <translation>{date} è precedente al giorno 1 ({day_one}) del decorso SOFA di questo paziente.</translation>
    </message>
    <message>
        <source>Day {day} has a SOFA after that date; correct or mark it first.</source>
        <translation>Il SOFA del giorno {day} ha una data successiva a questa; prima correggerlo o segnarlo come inserimento errato.</translation>
    </message>
    <message>
        <source>Assessment #{assessment} already has an eligibility checklist (record #{record}); correct that record instead.</source>
        <translation>La valutazione #{assessment} ha già una checklist di eleggibilità (registrazione #{record}); correggere invece quella registrazione.</translation>
    </message>
    <message>
        <source>Assessment #{id} is not one of this patient&apos;s.</source>
        <translation>La valutazione #{id} non appartiene a questo paziente.</translation>
    </message>
    <message>
        <source>The site configuration cannot be used: {error}</source>
        <extracomment>{error}: what is wrong in site.toml (its file and key), in English</extracomment>
        <translation>La configurazione della sede non può essere usata: {error}</translation>
    </message>
    <message>
        <source>The site configuration names no ward database server.</source>
        <translation>La configurazione della sede non indica alcun server del database di reparto.</translation>
    </message>
    <message>
        <source>The site configuration&apos;s database URL {url} must name an absolute file path (sqlite:////path/clinical.sqlite).</source>
        <translation>L&apos;URL del database {url} nella configurazione della sede deve indicare un percorso di file assoluto (sqlite:////path/clinical.sqlite).</translation>
    </message>
    <message>
        <source>Ask IT to correct it.</source>
        <translation>Chiedere al servizio informatico di correggerla.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created: {reason}.</source>
        <translation>La cartella dei dati {folder} non può essere creata: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder (--data-dir or IMMUNOSEP_DATA_DIR) or ask IT.</source>
        <translation>Scegliere un&apos;altra cartella (--data-dir o IMMUNOSEP_DATA_DIR) o rivolgersi al servizio informatico.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>Il backup non può sovrascrivere il database stesso.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La cartella {folder} non esiste.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer (package postgresql-client). Run instead, where it is: {command}</source>
        <translation>pg_dump non è installato su questo computer (pacchetto postgresql-client). Eseguire invece, dove è installato: {command}</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name or use --force to replace it.</source>
        <translation>{file} esiste già; scegliere un nuovo nome di file o usare --force per sostituirlo.</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>{file} è una cartella; indicare un nome di file per il backup.</translation>
    </message>
    <message>
        <source>pg_dump failed ({detail}); no backup was written.</source>
        <translation>pg_dump non è riuscito ({detail}); non è stato scritto alcun backup.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({detail}).</source>
        <translation>La copia di backup non ha superato la verifica ({detail}).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing from it was stored.</source>
        <translation>L&apos;importazione è stata annullata; non ne è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Row {row}: {error}</source>
        <extracomment>{row}: a row of the imported file; {error}: why its patient identifier was refused (a whole sentence)</extracomment>
        <translation>Riga {row}: {error}</translation>
    </message>
    <message>
        <source>Nothing from this file was stored.</source>
        <translation>Nulla di questo file è stato salvato.</translation>
    </message>
    <message>
        <source>Ask IT to run &apos;immunosep db migrate --db-user OWNER&apos; (the database owner role) once; workstations cannot change the schema.</source>
        <translation>Chiedere al servizio informatico di eseguire una volta &apos;immunosep db migrate --db-user OWNER&apos; (il ruolo proprietario del database); le postazioni di lavoro non possono modificare lo schema.</translation>
    </message>
    <message>
        <source>{file} is a training database and cannot be opened as the clinical database: training and clinical records are kept strictly apart.</source>
        <translation>{file} è un database di formazione e non può essere aperto come database clinico: le registrazioni di formazione e quelle cliniche sono tenute rigorosamente separate.</translation>
    </message>
    <message>
        <source>The ward database {server} is a training database, not the clinical database: training and clinical records are kept strictly apart.</source>
        <translation>Il database di reparto {server} è un database di formazione, non il database clinico: le registrazioni di formazione e quelle cliniche sono tenute rigorosamente separate.</translation>
    </message>
    <message>
        <source>The ward database {server} is not marked as a clinical database and cannot be used: training and clinical records are kept strictly apart.</source>
        <translation>Il database di reparto {server} non è contrassegnato come database clinico e non può essere usato: le registrazioni di formazione e quelle cliniche sono tenute rigorosamente separate.</translation>
    </message>
    <message>
        <source>The ward database {server} has schema {revision}, but this app needs schema {head}.</source>
        <translation>Il database di reparto {server} ha lo schema {revision}, ma questa applicazione richiede lo schema {head}.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database but not an ImmunoSep database; choose another data folder.</source>
        <translation>{file} è un database SQLite ma non un database ImmunoSep; scegliere un&apos;altra cartella dei dati.</translation>
    </message>
    <message>
        <source>The file was left as it was.</source>
        <translation>Il file è stato lasciato com&apos;era.</translation>
    </message>
    <message>
        <source>{file} is a clinical database and cannot be opened as the training database: training and clinical records are kept strictly apart.</source>
        <translation>{file} è un database clinico e non può essere aperto come database di formazione: le registrazioni di formazione e quelle cliniche sono tenute rigorosamente separate.</translation>
    </message>
    <message>
        <source>{file} is marked neither as a clinical nor as a training database and cannot be opened: training and clinical records are kept strictly apart.</source>
        <translation>{file} non è contrassegnato né come database clinico né come database di formazione e non può essere aperto: le registrazioni di formazione e quelle cliniche sono tenute rigorosamente separate.</translation>
    </message>
    <message>
        <source>The ward database {server} is empty, but this app needs schema {head}.</source>
        <translation>Il database di reparto {server} è vuoto, ma questa applicazione richiede lo schema {head}.</translation>
    </message>
    <message>
        <source>Nothing of this operation was saved.</source>
        <translation>Nulla di questa operazione è stato salvato.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Riprovare.</translation>
    </message>
    <message>
        <source>Free some disk space (or ask IT), then try again.</source>
        <translation>Liberare spazio su disco (o rivolgersi al servizio informatico), poi riprovare.</translation>
    </message>
    <message>
        <source>Check the disk, then try again.</source>
        <translation>Controllare il disco, poi riprovare.</translation>
    </message>
    <message>
        <source>Ask IT to give this account write access to the database file and its folder.</source>
        <translation>Chiedere al servizio informatico di concedere a questo account l&apos;accesso in scrittura al file del database e alla sua cartella.</translation>
    </message>
    <message>
        <source>Keep the file for investigation and restore the latest backup.</source>
        <translation>Conservare il file per le verifiche e ripristinare il backup più recente.</translation>
    </message>
    <message>
        <source>Keep the file for investigation and restore the latest backup (immunosep db backup makes one).</source>
        <translation>Conservare il file per le verifiche e ripristinare il backup più recente (immunosep db backup ne crea uno).</translation>
    </message>
    <message>
        <source>Tell IT.</source>
        <translation>Informare il servizio informatico.</translation>
    </message>
    <message>
        <source>Nothing is stored on this computer instead; try again when the server is back, or ask IT if this persists.</source>
        <translation>In alternativa, su questo computer non viene salvato nulla; riprovare quando il server sarà di nuovo disponibile, o rivolgersi al servizio informatico se il problema persiste.</translation>
    </message>
    <message>
        <source>Ask IT to check the database role and its password (OS keyring or .pgpass) or Kerberos ticket.</source>
        <translation>Chiedere al servizio informatico di verificare il ruolo del database e la relativa password (portachiavi del sistema operativo o .pgpass) o il ticket Kerberos.</translation>
    </message>
    <message>
        <source>Use the newer version of the app that wrote it.</source>
        <translation>Usare la versione più recente dell&apos;applicazione che lo ha scritto.</translation>
    </message>
    <message>
        <source>The database refused the record ({detail}).</source>
        <translation>Il database ha rifiutato la registrazione ({detail}).</translation>
    </message>
    <message>
        <source>Some text given for the record is not valid Unicode (bytes that are not UTF-8).</source>
        <translation>Un testo fornito per la registrazione non è Unicode valido (byte che non sono UTF-8).</translation>
    </message>
    <message>
        <source>The disk holding the database {file} is full.</source>
        <translation>Il disco che contiene il database {file} è pieno.</translation>
    </message>
    <message>
        <source>The disk holding the backup {file} is full.</source>
        <translation>Il disco che contiene il backup {file} è pieno.</translation>
    </message>
    <message>
        <source>The disk holding the ward database {server} is full.</source>
        <translation>Il disco che contiene il database di reparto {server} è pieno.</translation>
    </message>
    <message>
        <source>The database {file} is read-only for this user.</source>
        <translation>Il database {file} è in sola lettura per questo utente.</translation>
    </message>
    <message>
        <source>The backup {file} is read-only for this user.</source>
        <translation>Il backup {file} è in sola lettura per questo utente.</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened (the file or its folder is missing or not accessible).</source>
        <translation>Il database {file} non può essere aperto (il file o la sua cartella mancano o non sono accessibili).</translation>
    </message>
    <message>
        <source>The backup {file} cannot be opened (the file or its folder is missing or not accessible).</source>
        <translation>Il backup {file} non può essere aperto (il file o la sua cartella mancano o non sono accessibili).</translation>
    </message>
    <message>
        <source>The database {file} is busy: another program kept it locked for too long.</source>
        <translation>Il database {file} è occupato: un altro programma lo ha tenuto bloccato troppo a lungo.</translation>
    </message>
    <message>
        <source>The backup {file} is busy: another program kept it locked for too long.</source>
        <translation>Il backup {file} è occupato: un altro programma lo ha tenuto bloccato troppo a lungo.</translation>
    </message>
    <message>
        <source>The database {file} is damaged or is not an ImmunoSep database ({detail}).</source>
        <translation>Il database {file} è danneggiato o non è un database ImmunoSep ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} is damaged or is not an ImmunoSep database ({detail}).</source>
        <translation>Il backup {file} è danneggiato o non è un database ImmunoSep ({detail}).</translation>
    </message>
    <message>
        <source>A disk error stopped writing the database {file} ({detail}).</source>
        <translation>Un errore del disco ha interrotto la scrittura del database {file} ({detail}).</translation>
    </message>
    <message>
        <source>A disk error stopped writing the backup {file} ({detail}).</source>
        <translation>Un errore del disco ha interrotto la scrittura del backup {file} ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} could not be used ({detail}).</source>
        <translation>Non è stato possibile usare il database {file} ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} could not be used ({detail}).</source>
        <translation>Non è stato possibile usare il backup {file} ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} could not be used ({detail}).</source>
        <translation>Non è stato possibile usare il database di reparto {server} ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} could not be used: {reason}.</source>
        <translation>Non è stato possibile usare il database {file}: {reason}.</translation>
    </message>
    <message>
        <source>The backup {file} could not be used: {reason}.</source>
        <translation>Non è stato possibile usare il backup {file}: {reason}.</translation>
    </message>
    <message>
        <source>The ward database {server} could not be used: {reason}.</source>
        <translation>Non è stato possibile usare il database di reparto {server}: {reason}.</translation>
    </message>
    <message>
        <source>The database {file} cannot be written: {reason}.</source>
        <translation>Il database {file} non può essere scritto: {reason}.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be written: {reason}.</source>
        <translation>Il backup {file} non può essere scritto: {reason}.</translation>
    </message>
    <message>
        <source>The ward database {server} cannot be written: {reason}.</source>
        <translation>Il database di reparto {server} non può essere scritto: {reason}.</translation>
    </message>
    <message>
        <source>The database {file} failed ({error}).</source>
        <translation>Il database {file} ha generato un errore ({error}).</translation>
    </message>
    <message>
        <source>The backup {file} failed ({error}).</source>
        <translation>Il backup {file} ha generato un errore ({error}).</translation>
    </message>
    <message>
        <source>The ward database {server} failed ({error}).</source>
        <translation>Il database di reparto {server} ha generato un errore ({error}).</translation>
    </message>
    <message>
        <source>The ward database {server} refused the login ({detail}).</source>
        <translation>Il database di reparto {server} ha rifiutato l&apos;accesso ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} refused the operation: the database role lacks a privilege ({detail}).</source>
        <translation>Il database di reparto {server} ha rifiutato l&apos;operazione: al ruolo del database manca un privilegio ({detail}).</translation>
    </message>
    <message>
        <source>The server of the ward database {server} is out of disk space or memory ({detail}).</source>
        <translation>Il server del database di reparto {server} ha esaurito lo spazio su disco o la memoria ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} accepts no writes at the moment (read-only server).</source>
        <translation>Il database di reparto {server} al momento non accetta scritture (server in sola lettura).</translation>
    </message>
    <message>
        <source>The ward database {server} is busy ({detail}).</source>
        <translation>Il database di reparto {server} è occupato ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} cannot be reached ({detail}).</source>
        <translation>Il database di reparto {server} non è raggiungibile ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} has schema {revision}, newer than this app understands ({head}).</source>
        <translation>Il database {file} ha lo schema {revision}, più recente di quello gestito da questa applicazione ({head}).</translation>
    </message>
    <message>
        <source>The ward database {server} has schema {revision}, newer than this app understands ({head}).</source>
        <translation>Il database di reparto {server} ha lo schema {revision}, più recente di quello gestito da questa applicazione ({head}).</translation>
    </message>
    <message>
        <source>The database {file} has schema version {version}, newer than this app understands.</source>
        <translation>Il database {file} ha la versione di schema {version}, più recente di quella gestita da questa applicazione.</translation>
    </message>
    <message>
        <source>The ward database {server} has schema version {version}, newer than this app understands.</source>
        <translation>Il database di reparto {server} ha la versione di schema {version}, più recente di quella gestita da questa applicazione.</translation>
    </message>
    <message>
        <source>SQLite databases are corrupted by the unreliable file locking of network shares.</source>
        <translation>I database SQLite vengono danneggiati dal blocco dei file inaffidabile delle condivisioni di rete.</translation>
    </message>
    <message>
        <source>Choose a folder on this computer&apos;s own disk (--data-dir or IMMUNOSEP_DATA_DIR); a shared hospital database server is the supported way to share records.</source>
        <translation>Scegliere una cartella sul disco locale di questo computer (--data-dir o IMMUNOSEP_DATA_DIR); per condividere le registrazioni, il metodo supportato è un server di database ospedaliero condiviso.</translation>
    </message>
    <message>
        <source>The database folder {folder} cannot be used because it is on a network file system ({fstype}).</source>
        <translation>La cartella del database {folder} non può essere usata perché si trova su un file system di rete ({fstype}).</translation>
    </message>
    <message>
        <source>The data folder {folder} exists but is not a folder.</source>
        <translation>La cartella dei dati {folder} esiste, ma non è una cartella.</translation>
    </message>
    <message>
        <source>The database folder {folder} cannot be used because it is on a network drive or UNC share.</source>
        <translation>La cartella del database {folder} non può essere usata perché si trova su un&apos;unità di rete o una condivisione UNC.</translation>
    </message>
    <message>
        <source>The {field} contains bytes that are not valid UTF-8 text; type it again.</source>
        <extracomment>{field}: the name of a stored column, shown as it is</extracomment>
        <translation>Il campo {field} contiene byte che non sono testo UTF-8 valido; digitarlo di nuovo.</translation>
    </message>
    <message>
        <source>A reason is needed to mark a record as entered in error.</source>
        <translation>Per segnare una registrazione come inserimento errato è necessario un motivo.</translation>
    </message>
    <message>
        <source>The patient identifier contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>L&apos;identificativo del paziente contiene byte che non sono testo UTF-8 valido; digitarlo di nuovo.</translation>
    </message>
    <message>
        <source>The pseudonym contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Lo pseudonimo contiene byte che non sono testo UTF-8 valido; digitarlo di nuovo.</translation>
    </message>
    <message>
        <source>The correction reason contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Il motivo della correzione contiene byte che non sono testo UTF-8 valido; digitarlo di nuovo.</translation>
    </message>
    <message>
        <source>The reason contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Il motivo contiene byte che non sono testo UTF-8 valido; digitarlo di nuovo.</translation>
    </message>
    <message>
        <source>There is no assessment #{id}.</source>
        <translation>Non esiste alcuna valutazione #{id}.</translation>
    </message>
    <message>
        <source>Assessment #{id} is already marked as entered in error.</source>
        <translation>La valutazione #{id} è già segnata come inserimento errato.</translation>
    </message>
    <message>
        <source>Record #{id} is already marked as entered in error.</source>
        <translation>La registrazione #{id} è già segnata come inserimento errato.</translation>
    </message>
    <message>
        <source>A patient identifier is needed to save an assessment.</source>
        <translation>Per salvare una valutazione è necessario un identificativo del paziente.</translation>
    </message>
    <message>
        <source>There is no daily SOFA #{id}.</source>
        <translation>Non esiste alcun SOFA giornaliero #{id}.</translation>
    </message>
    <message>
        <source>There is no death record #{id}.</source>
        <translation>Non esiste alcuna registrazione del decesso #{id}.</translation>
    </message>
    <message>
        <source>There is no eligibility checklist #{id}.</source>
        <translation>Non esiste alcuna checklist di eleggibilità #{id}.</translation>
    </message>
    <message>
        <source>There is no HScore #{id}.</source>
        <translation>Non esiste alcun HScore #{id}.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Il SOFA giornaliero #{id} è già stato corretto da #{newer}; correggere la versione più recente.</translation>
    </message>
    <message>
        <source>The death record #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>La registrazione del decesso #{id} è già stata corretta da #{newer}; correggere la versione più recente.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>La checklist di eleggibilità #{id} è già stata corretta da #{newer}; correggere la versione più recente.</translation>
    </message>
    <message>
        <source>The HScore #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>L&apos;HScore #{id} è già stato corretto da #{newer}; correggere la versione più recente.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>Il SOFA giornaliero #{id} è segnato come inserimento errato; inserirne invece uno nuovo.</translation>
    </message>
    <message>
        <source>The death record #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>La registrazione del decesso #{id} è segnata come inserimento errato; inserirne invece una nuova.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>La checklist di eleggibilità #{id} è segnata come inserimento errato; inserirne invece una nuova.</translation>
    </message>
    <message>
        <source>The HScore #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>L&apos;HScore #{id} è segnato come inserimento errato; inserirne invece uno nuovo.</translation>
    </message>
    <message>
        <source>A reason is needed to correct a daily SOFA.</source>
        <translation>Per correggere un SOFA giornaliero è necessario un motivo.</translation>
    </message>
    <message>
        <source>A reason is needed to correct a death record.</source>
        <translation>Per correggere una registrazione del decesso è necessario un motivo.</translation>
    </message>
    <message>
        <source>A reason is needed to correct an eligibility checklist.</source>
        <translation>Per correggere una checklist di eleggibilità è necessario un motivo.</translation>
    </message>
    <message>
        <source>A reason is needed to correct an HScore.</source>
        <translation>Per correggere un HScore è necessario un motivo.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} belongs to another patient.</source>
        <translation>Il SOFA giornaliero #{id} appartiene a un altro paziente.</translation>
    </message>
    <message>
        <source>The death record #{id} belongs to another patient.</source>
        <translation>La registrazione del decesso #{id} appartiene a un altro paziente.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} belongs to another patient.</source>
        <translation>La checklist di eleggibilità #{id} appartiene a un altro paziente.</translation>
    </message>
    <message>
        <source>The HScore #{id} belongs to another patient.</source>
        <translation>L&apos;HScore #{id} appartiene a un altro paziente.</translation>
    </message>
    <message>
        <source>SQLite refused WAL journal mode (got {mode}).</source>
        <translation>SQLite ha rifiutato la modalità di journal WAL (ottenuta: {mode}).</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened: it or its folder is read-only for this user.</source>
        <translation>Il database {file} non può essere aperto: il file o la sua cartella sono in sola lettura per questo utente.</translation>
    </message>
    <message>
        <source>immunoparalysis</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>immunoparalisi</translation>
    </message>
    <message>
        <source>unclassified</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>non classificato</translation>
    </message>
    <message>
        <source>Trial day-15 reversal definitions (information only; outcome definitions, not treatment rules):</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Definizioni di reversione al giorno 15 dello studio (solo informative; definizioni di esito, non regole di trattamento):</translation>
    </message>
    <message>
        <source>Immunoparalysis reversal: HLA-DR &gt; 8000 AB/C with ferritin &lt; 4420 ng/mL. 8000 is not the entry threshold (5000 AB/C).</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Reversione dell&apos;immunoparalisi: HLA-DR &gt; 8000 AB/C con ferritina &lt; 4420 ng/mL. 8000 non è la soglia di ingresso (5000 AB/C).</translation>
    </message>
    <message>
        <source>MALS reversal: defined by a fall in ferritin with a 15 % threshold; the exact wording has not been verified against the trial&apos;s statistical analysis plan.</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Reversione del MALS: definita da un calo della ferritina con una soglia del 15 %; la formulazione esatta non è stata verificata rispetto al piano di analisi statistica dello studio.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non deciso</translation>
    </message>
    <message>
        <source>Criterion of the rule</source>
        <translation>Criterio della regola</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Come inserito</translation>
    </message>
    <message>
        <source>Used by the rule</source>
        <translation>Usato dalla regola</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Ora del prelievo</translation>
    </message>
    <message>
        <source>{label} in full (as entered): {value}</source>
        <translation>{label} per intero (come inserito): {value}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numero di cartella</translation>
    </message>
    <message>
        <source>this patient</source>
        <translation>questo paziente</translation>
    </message>
    <message>
        <source>Key points of the ImmunoSep evidence</source>
        <translation>Punti chiave delle evidenze ImmunoSep</translation>
    </message>
    <message>
        <source>doi:{doi} · {registry}</source>
        <translation>doi:{doi} · {registry}</translation>
    </message>
    <message>
        <source>Training case note: {note}</source>
        <translation>Nota del caso di formazione: {note}</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avvertenze:</translation>
    </message>
    <message>
        <source>not usable: {unit} cannot be converted to AB/C</source>
        <translation>non utilizzabile: {unit} non può essere convertito in AB/C</translation>
    </message>
    <message>
        <source>Reviewed by (name)</source>
        <translation>Verificato da (nome)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Training case note</source>
        <translation>Nota del caso di formazione</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm: {arm} (evidence, not an order).</source>
        <translation>Braccio dello studio ImmunoSep: {arm} (evidenza, non una prescrizione).</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Nessuna avvertenza.</translation>
    </message>
    <message>
        <source>Patient label</source>
        <translation>Etichetta paziente</translation>
    </message>
    <message>
        <source>No point on the map: ferritin is needed to place the patient.</source>
        <translation>Nessun punto sulla mappa: serve la ferritina per collocare il paziente.</translation>
    </message>
    <message>
        <source>Patient: {id}</source>
        <translation>Paziente: {id}</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Set di regole</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenze</translation>
    </message>
    <message>
        <source>{version}, cut-off {cutoff}</source>
        <translation>{version}, aggiornate al {cutoff}</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Applicazione</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generato il</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Generato da</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Values from</source>
        <translation>Valori da</translation>
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
            <numerusform>{n} valore di ferritina di 0 ng/mL non può essere rappresentato sull&apos;asse logaritmico.</numerusform>
            <numerusform>{n} valori di ferritina di 0 ng/mL non possono essere rappresentati sull&apos;asse logaritmico.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {patient} — {result}</source>
        <translation>Riga {row}: {patient} — {result}</translation>
    </message>
    <message>
        <source>{entry} — near threshold</source>
        <translation>{entry} — vicino alla soglia</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Righe nel file</translation>
    </message>
    <message>
        <source>Near a threshold</source>
        <translation>Vicino a una soglia</translation>
    </message>
    <message>
        <source>Rejected at import</source>
        <translation>Rifiutate all&apos;importazione</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>Report scritti</translation>
    </message>
    <message>
        <source>Reports failed</source>
        <translation>Report non riusciti</translation>
    </message>
    <message>
        <source>Not done (cancelled)</source>
        <translation>Non eseguiti (annullati)</translation>
    </message>
    <message>
        <source>ferritin</source>
        <translation>ferritina</translation>
    </message>
    <message>
        <source>{analyte} {time}</source>
        <translation>{analyte} {time}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>ImmunoSep reports: {source}</source>
        <translation>Report ImmunoSep: {source}</translation>
    </message>
    <message>
        <source>corrects #{id}: {reason}</source>
        <translation>corregge #{id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by #{id}</source>
        <translation>sostituito da #{id}</translation>
    </message>
    <message>
        <source>MALS</source>
        <extracomment>desktop_app.core.charts | desktop_app.core.trend</extracomment>
        <translation>MALS</translation>
    </message>
    <message>
        <source>Immunoparalysis</source>
        <extracomment>desktop_app.core.charts</extracomment>
        <translation>Immunoparalisi</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <extracomment>desktop_app.core.charts</extracomment>
        <translation>Non classificato</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <extracomment>| desktop_app.core.charts</extracomment>
        <translation>Classificazione impossibile</translation>
    </message>
    <message>
        <source>MALS (macrophage activation-like syndrome)</source>
        <extracomment>Phenotype.MALS label</extracomment>
        <translation>MALS (sindrome simil-attivazione macrofagica)</translation>
    </message>
    <message>
        <source>Immunoparalysis (sepsis-induced)</source>
        <extracomment>Phenotype.IMMUNOPARALYSIS label</extracomment>
        <translation>Immunoparalisi (indotta dalla sepsi)</translation>
    </message>
    <message>
        <source>Unclassified (neither ImmunoSep phenotype)</source>
        <extracomment>Phenotype.UNCLASSIFIED label</extracomment>
        <translation>Non classificato (nessuno dei fenotipi ImmunoSep)</translation>
    </message>
    <message>
        <source>anakinra</source>
        <extracomment>TreatmentArm.ANAKINRA label</extracomment>
        <translation>anakinra</translation>
    </message>
    <message>
        <source>recombinant interferon-γ</source>
        <extracomment>TreatmentArm.INTERFERON_GAMMA label</extracomment>
        <translation>interferone-γ ricombinante</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>{name} message</source>
        <translation>Messaggio ({name})</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>MALS: ferritin far above 4420</source>
        <comment>DEMO-001/title</comment>
        <extracomment>Training case DEMO-001, title</extracomment>
        <translation>MALS: ferritina molto sopra 4420</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-001/topic</comment>
        <extracomment>Training case DEMO-001, topic</extracomment>
        <translation>fenotipo</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL is MALS whatever HLA-DR is. HLA-DR is shown in the criteria table but is not needed for this decision.</source>
        <comment>DEMO-001/note</comment>
        <extracomment>Training case DEMO-001, note</extracomment>
        <translation>Una ferritina &gt; 4420 ng/mL è MALS qualunque sia l&apos;HLA-DR. L&apos;HLA-DR compare nella tabella dei criteri ma non serve per questa decisione.</translation>
    </message>
    <message>
        <source>Immunoparalysis: low HLA-DR, ferritin not high</source>
        <comment>DEMO-002/title</comment>
        <extracomment>Training case DEMO-002, title</extracomment>
        <translation>Immunoparalisi: HLA-DR basso, ferritina non alta</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-002/topic</comment>
        <extracomment>Training case DEMO-002, topic</extracomment>
        <translation>fenotipo</translation>
    </message>
    <message>
        <source>Immunoparalysis needs both: ferritin ≤ 4420 ng/mL (so not MALS) and HLA-DR &lt; 5000 antibodies bound per monocyte.</source>
        <comment>DEMO-002/note</comment>
        <extracomment>Training case DEMO-002, note</extracomment>
        <translation>L&apos;immunoparalisi richiede entrambi: ferritina ≤ 4420 ng/mL (quindi non MALS) e HLA-DR &lt; 5000 anticorpi legati per monocita.</translation>
    </message>
    <message>
        <source>Unclassified: neither phenotype</source>
        <comment>DEMO-003/title</comment>
        <extracomment>Training case DEMO-003, title</extracomment>
        <translation>Non classificato: nessuno dei due fenotipi</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-003/topic</comment>
        <extracomment>Training case DEMO-003, topic</extracomment>
        <translation>fenotipo</translation>
    </message>
    <message>
        <source>A real result, not a refusal: the values are complete and fit neither stratum. The trial did not enrol such patients, so its evidence does not apply.</source>
        <comment>DEMO-003/note</comment>
        <extracomment>Training case DEMO-003, note</extracomment>
        <translation>Un risultato vero, non un rifiuto: i valori sono completi e non corrispondono a nessuno strato. Lo studio non ha arruolato questi pazienti, quindi le sue evidenze non si applicano.</translation>
    </message>
    <message>
        <source>Both criteria met: MALS takes precedence</source>
        <comment>DEMO-004/title</comment>
        <extracomment>Training case DEMO-004, title</extracomment>
        <translation>Entrambi i criteri soddisfatti: prevale il MALS</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-004/topic</comment>
        <extracomment>Training case DEMO-004, topic</extracomment>
        <translation>fenotipo</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 and HLA-DR &lt; 5000: as in the trial protocol the patient is MALS (anakinra arm), not immunoparalysis. µg/L equals ng/mL.</source>
        <comment>DEMO-004/note</comment>
        <extracomment>Training case DEMO-004, note</extracomment>
        <translation>Ferritina &gt; 4420 e HLA-DR &lt; 5000: come nel protocollo dello studio il paziente è MALS (braccio anakinra), non immunoparalisi. µg/L equivale a ng/mL.</translation>
    </message>
    <message>
        <source>Cannot classify: ferritin missing</source>
        <comment>DEMO-005/title</comment>
        <extracomment>Training case DEMO-005, title</extracomment>
        <translation>Classificazione impossibile: ferritina mancante</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-005/topic</comment>
        <extracomment>Training case DEMO-005, topic</extracomment>
        <translation>classificazione impossibile</translation>
    </message>
    <message>
        <source>A low HLA-DR alone is not immunoparalysis: ferritin must first rule out MALS. The app refuses rather than guesses.</source>
        <comment>DEMO-005/note</comment>
        <extracomment>Training case DEMO-005, note</extracomment>
        <translation>Un HLA-DR basso da solo non è immunoparalisi: la ferritina deve prima escludere il MALS. L&apos;app rifiuta invece di tirare a indovinare.</translation>
    </message>
    <message>
        <source>Cannot classify: censored ferritin spans 4420</source>
        <comment>DEMO-006/title</comment>
        <extracomment>Training case DEMO-006, title</extracomment>
        <translation>Classificazione impossibile: ferritina censurata a cavallo di 4420</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-006/topic</comment>
        <extracomment>Training case DEMO-006, topic</extracomment>
        <translation>classificazione impossibile</translation>
    </message>
    <message>
        <source>&quot;&gt;3000&quot; could be 3500 (not MALS) or 9000 (MALS). A censored value decides only when its whole range lies on one side of the threshold; ask the lab for the exact value.</source>
        <comment>DEMO-006/note</comment>
        <extracomment>Training case DEMO-006, note</extracomment>
        <translation>&quot;&gt;3000&quot; potrebbe essere 3500 (non MALS) o 9000 (MALS). Un valore censurato decide solo se tutto il suo intervallo sta da un lato della soglia; chiedere al laboratorio il valore esatto.</translation>
    </message>
    <message>
        <source>Cannot classify: HLA-DR missing</source>
        <comment>DEMO-007/title</comment>
        <extracomment>Training case DEMO-007, title</extracomment>
        <translation>Classificazione impossibile: HLA-DR mancante</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-007/topic</comment>
        <extracomment>Training case DEMO-007, topic</extracomment>
        <translation>classificazione impossibile</translation>
    </message>
    <message>
        <source>Ferritin ≤ 4420 rules out MALS; whether the patient is immunoparalysed or unclassified depends on HLA-DR, which is not available yet.</source>
        <comment>DEMO-007/note</comment>
        <extracomment>Training case DEMO-007, note</extracomment>
        <translation>Una ferritina ≤ 4420 esclude il MALS; se il paziente sia in immunoparalisi o non classificato dipende dall&apos;HLA-DR, non ancora disponibile.</translation>
    </message>
    <message>
        <source>Cannot classify: HLA-DR in % positive monocytes</source>
        <comment>DEMO-008/title</comment>
        <extracomment>Training case DEMO-008, title</extracomment>
        <translation>Classificazione impossibile: HLA-DR in % di monociti positivi</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-008/topic</comment>
        <extracomment>Training case DEMO-008, topic</extracomment>
        <translation>classificazione impossibile</translation>
    </message>
    <message>
        <source>45 % HLA-DR-positive monocytes is a different quantity from antibodies bound per cell; read as AB/C it would falsely look like immunoparalysis. Only QuantiBRITE AB/C can be used.</source>
        <comment>DEMO-008/note</comment>
        <extracomment>Training case DEMO-008, note</extracomment>
        <translation>Il 45% di monociti HLA-DR positivi è una grandezza diversa dagli anticorpi legati per cellula; letto come AB/C sembrerebbe erroneamente un&apos;immunoparalisi. Si possono usare solo AB/C QuantiBRITE.</translation>
    </message>
    <message>
        <source>Cannot classify: censored HLA-DR spans 5000</source>
        <comment>DEMO-009/title</comment>
        <extracomment>Training case DEMO-009, title</extracomment>
        <translation>Classificazione impossibile: HLA-DR censurato a cavallo di 5000</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-009/topic</comment>
        <extracomment>Training case DEMO-009, topic</extracomment>
        <translation>classificazione impossibile</translation>
    </message>
    <message>
        <source>&quot;&lt;8000&quot; could be 3000 (immunoparalysis) or 6000 (unclassified): the exact value is needed.</source>
        <comment>DEMO-009/note</comment>
        <extracomment>Training case DEMO-009, note</extracomment>
        <translation>&quot;&lt;8000&quot; potrebbe essere 3000 (immunoparalisi) o 6000 (non classificato): serve il valore esatto.</translation>
    </message>
    <message>
        <source>Cannot classify: age under 18</source>
        <comment>DEMO-010/title</comment>
        <extracomment>Training case DEMO-010, title</extracomment>
        <translation>Classificazione impossibile: età inferiore a 18 anni</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-010/topic</comment>
        <extracomment>Training case DEMO-010, topic</extracomment>
        <translation>classificazione impossibile</translation>
    </message>
    <message>
        <source>ImmunoSep enrolled adults only, and HLA-DR differs in children: no phenotype is given, even though the values alone would meet the MALS criterion.</source>
        <comment>DEMO-010/note</comment>
        <extracomment>Training case DEMO-010, note</extracomment>
        <translation>ImmunoSep ha arruolato solo adulti e l&apos;HLA-DR è diverso nei bambini: non viene indicato alcun fenotipo, anche se i valori da soli soddisferebbero il criterio MALS.</translation>
    </message>
    <message>
        <source>Censored ferritin that decides: &gt;40000</source>
        <comment>DEMO-011/title</comment>
        <extracomment>Training case DEMO-011, title</extracomment>
        <translation>Ferritina censurata che decide: &gt;40000</translation>
    </message>
    <message>
        <source>censored values</source>
        <comment>DEMO-011/topic</comment>
        <extracomment>Training case DEMO-011, topic</extracomment>
        <translation>valori censurati</translation>
    </message>
    <message>
        <source>Above the assay&apos;s range, &quot;&gt;40000&quot; is still certainly &gt; 4420: MALS. HLA-DR is not needed. The map draws an open marker with an arrow to the right.</source>
        <comment>DEMO-011/note</comment>
        <extracomment>Training case DEMO-011, note</extracomment>
        <translation>Oltre l&apos;intervallo di misura, &quot;&gt;40000&quot; è comunque sicuramente &gt; 4420: MALS. L&apos;HLA-DR non serve. La mappa disegna un marcatore vuoto con una freccia verso destra.</translation>
    </message>
    <message>
        <source>Censored values that decide: &lt;500 and &lt;1000</source>
        <comment>DEMO-012/title</comment>
        <extracomment>Training case DEMO-012, title</extracomment>
        <translation>Valori censurati che decidono: &lt;500 e &lt;1000</translation>
    </message>
    <message>
        <source>censored values</source>
        <comment>DEMO-012/topic</comment>
        <extracomment>Training case DEMO-012, topic</extracomment>
        <translation>valori censurati</translation>
    </message>
    <message>
        <source>Both bounds lie wholly on one side of their thresholds, so both criteria are decided. The comparator is kept and shown everywhere.</source>
        <comment>DEMO-012/note</comment>
        <extracomment>Training case DEMO-012, note</extracomment>
        <translation>Entrambi i limiti stanno interamente da un lato delle rispettive soglie, quindi entrambi i criteri sono decisi. Il comparatore viene conservato e mostrato ovunque.</translation>
    </message>
    <message>
        <source>pmol/L just above the MALS threshold</source>
        <comment>DEMO-013/title</comment>
        <extracomment>Training case DEMO-013, title</extracomment>
        <translation>pmol/L appena sopra la soglia MALS</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-013/topic</comment>
        <extracomment>Training case DEMO-013, topic</extracomment>
        <translation>conversione delle unità</translation>
    </message>
    <message>
        <source>9932 pmol/L ÷ 2.247 ≈ 4420.12 ng/mL: MALS, but within 10 % of the threshold, so a repeat test may be wise. The converted value is shown next to the value as entered.</source>
        <comment>DEMO-013/note</comment>
        <extracomment>Training case DEMO-013, note</extracomment>
        <translation>9932 pmol/L ÷ 2,247 ≈ 4420,12 ng/mL: MALS, ma entro il 10% della soglia, quindi può essere opportuno ripetere il test. Il valore convertito è mostrato accanto al valore inserito.</translation>
    </message>
    <message>
        <source>pmol/L just below: the unit changes the drug</source>
        <comment>DEMO-014/title</comment>
        <extracomment>Training case DEMO-014, title</extracomment>
        <translation>pmol/L appena sotto: l&apos;unità cambia il farmaco</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-014/topic</comment>
        <extracomment>Training case DEMO-014, topic</extracomment>
        <translation>conversione delle unità</translation>
    </message>
    <message>
        <source>9931 pmol/L ≈ 4419.67 ng/mL is not MALS. Read as ng/mL, the same number would have meant MALS (anakinra) instead of immunoparalysis (interferon-γ): always check the unit.</source>
        <comment>DEMO-014/note</comment>
        <extracomment>Training case DEMO-014, note</extracomment>
        <translation>9931 pmol/L ≈ 4419,67 ng/mL non è MALS. Letto come ng/mL, lo stesso numero avrebbe significato MALS (anakinra) invece di immunoparalisi (interferone-γ): controllare sempre l&apos;unità.</translation>
    </message>
    <message>
        <source>Legacy unit µg/dL</source>
        <comment>DEMO-015/title</comment>
        <extracomment>Training case DEMO-015, title</extracomment>
        <translation>Unità obsoleta µg/dL</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-015/topic</comment>
        <extracomment>Training case DEMO-015, topic</extracomment>
        <translation>conversione delle unità</translation>
    </message>
    <message>
        <source>520 µg/dL × 10 = 5200 ng/mL: MALS. Read as ng/mL, 520 would have looked unremarkable and MALS would have been missed.</source>
        <comment>DEMO-015/note</comment>
        <extracomment>Training case DEMO-015, note</extracomment>
        <translation>520 µg/dL × 10 = 5200 ng/mL: MALS. Letto come ng/mL, 520 sarebbe sembrato nella norma e il MALS sarebbe sfuggito.</translation>
    </message>
    <message>
        <source>HLA-DR near 5000</source>
        <comment>DEMO-016/title</comment>
        <extracomment>Training case DEMO-016, title</extracomment>
        <translation>HLA-DR vicino a 5000</translation>
    </message>
    <message>
        <source>near threshold</source>
        <comment>DEMO-016/topic</comment>
        <extracomment>Training case DEMO-016, topic</extracomment>
        <translation>vicino alla soglia</translation>
    </message>
    <message>
        <source>4900 is below 5000, so the criterion is met; but the inter-laboratory CV of HLA-DR is 15-25 %, so the warning suggests a repeat test. Warnings never change the phenotype.</source>
        <comment>DEMO-016/note</comment>
        <extracomment>Training case DEMO-016, note</extracomment>
        <translation>4900 è sotto 5000, quindi il criterio è soddisfatto; ma il CV interlaboratorio dell&apos;HLA-DR è del 15–25%, quindi l&apos;avviso suggerisce di ripetere il test. Gli avvisi non cambiano mai il fenotipo.</translation>
    </message>
    <message>
        <source>Exactly on both thresholds</source>
        <comment>DEMO-017/title</comment>
        <extracomment>Training case DEMO-017, title</extracomment>
        <translation>Esattamente su entrambe le soglie</translation>
    </message>
    <message>
        <source>near threshold</source>
        <comment>DEMO-017/topic</comment>
        <extracomment>Training case DEMO-017, topic</extracomment>
        <translation>vicino alla soglia</translation>
    </message>
    <message>
        <source>The thresholds are strict: ferritin 4420 is not &gt; 4420 and HLA-DR 5000 is not &lt; 5000, so neither criterion is met.</source>
        <comment>DEMO-017/note</comment>
        <extracomment>Training case DEMO-017, note</extracomment>
        <translation>Le soglie sono strette: una ferritina di 4420 non è &gt; 4420 e un HLA-DR di 5000 non è &lt; 5000, quindi nessun criterio è soddisfatto.</translation>
    </message>
    <message>
        <source>Samples taken two days apart</source>
        <comment>DEMO-018/title</comment>
        <extracomment>Training case DEMO-018, title</extracomment>
        <translation>Campioni prelevati a due giorni di distanza</translation>
    </message>
    <message>
        <source>sample times</source>
        <comment>DEMO-018/topic</comment>
        <extracomment>Training case DEMO-018, topic</extracomment>
        <translation>orari di prelievo</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR drawn 49.5 h apart may reflect different immune states. The phenotype stands, with a prominent warning.</source>
        <comment>DEMO-018/note</comment>
        <extracomment>Training case DEMO-018, note</extracomment>
        <translation>Ferritina e HLA-DR prelevati a 49,5 h di distanza possono riflettere stati immunitari diversi. Il fenotipo resta valido, con un avviso ben visibile.</translation>
    </message>
    <message>
        <source>HLA-DR processed too late</source>
        <comment>DEMO-019/title</comment>
        <extracomment>Training case DEMO-019, title</extracomment>
        <translation>HLA-DR processato troppo tardi</translation>
    </message>
    <message>
        <source>sample times</source>
        <comment>DEMO-019/topic</comment>
        <extracomment>Training case DEMO-019, topic</extracomment>
        <translation>orari di prelievo</translation>
    </message>
    <message>
        <source>QuantiBRITE staining should start within 4 h of sampling (EDTA, on ice); a 7.5 h delay makes the value unreliable.</source>
        <comment>DEMO-019/note</comment>
        <extracomment>Training case DEMO-019, note</extracomment>
        <translation>La marcatura QuantiBRITE dovrebbe iniziare entro 4 h dal prelievo (EDTA, in ghiaccio); un ritardo di 7,5 h rende il valore inaffidabile.</translation>
    </message>
    <message>
        <source>MALS with HLA-DR in % (not needed)</source>
        <comment>DEMO-020/title</comment>
        <extracomment>Training case DEMO-020, title</extracomment>
        <translation>MALS con HLA-DR in % (non necessario)</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-020/topic</comment>
        <extracomment>Training case DEMO-020, topic</extracomment>
        <translation>fenotipo</translation>
    </message>
    <message>
        <source>HLA-DR in % cannot be used, but it is not needed: ferritin alone decides MALS. Compare with DEMO-008, where the same unit blocks the result.</source>
        <comment>DEMO-020/note</comment>
        <extracomment>Training case DEMO-020, note</extracomment>
        <translation>L&apos;HLA-DR in % non può essere usato, ma non serve: la ferritina da sola decide il MALS. Confrontare con DEMO-008, dove la stessa unità blocca il risultato.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — synthetic data</source>
        <translation>FORMAZIONE — dati sintetici</translation>
    </message>
    <message>
        <source>Not for clinical use. Demo cases are invented; nothing entered here is mixed with clinical data.</source>
        <translation>Non per uso clinico. I casi dimostrativi sono inventati; nulla di quanto inserito qui viene mescolato ai dati clinici.</translation>
    </message>
</context>
<context>
    <name>TrendChartWidget</name>
    <message>
        <source>No values to draw yet: the trend appears here once an assessment with ferritin or HLA-DR has been saved for this patient.</source>
        <translation>Ancora nessun valore da disegnare: l&apos;andamento compare qui non appena per questo paziente è stata salvata una valutazione con ferritina o HLA-DR.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>Ferritin, ng/mL (logarithmic scale)</source>
        <translation>Ferritina, ng/mL (scala logaritmica)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR, AB/C</source>
        <translation>HLA-DR monocitario, AB/C</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>exact value</source>
        <translation>valore esatto</translation>
    </message>
    <message>
        <source>greater than (above the assay&apos;s range)</source>
        <translation>maggiore di (sopra l&apos;intervallo di misura)</translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation>maggiore o uguale a</translation>
    </message>
    <message>
        <source>less than (below the assay&apos;s range)</source>
        <translation>minore di (sotto l&apos;intervallo di misura)</translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation>minore o uguale a</translation>
    </message>
    <message>
        <source>{name} comparator</source>
        <translation>Comparatore ({name})</translation>
    </message>
    <message>
        <source>{name} value</source>
        <translation>Valore ({name})</translation>
    </message>
    <message>
        <source>unit?</source>
        <translation>unità?</translation>
    </message>
    <message>
        <source>{name} unit</source>
        <translation>Unità ({name})</translation>
    </message>
    <message>
        <source>Unit of {name} as printed on the lab report: {units}. Type its first letters (u for µ) or open the list with Alt+↓; the mouse wheel never changes it.</source>
        <translation>Unità di {name} come stampata sul referto di laboratorio: {units}. Digitarne le prime lettere (u per µ) o aprire l&apos;elenco con Alt+↓; la rotellina del mouse non la cambia mai.</translation>
    </message>
    <message>
        <source>{name} unit change</source>
        <translation>Cambio di unità ({name})</translation>
    </message>
    <message>
        <source>{name} message</source>
        <translation>Messaggio ({name})</translation>
    </message>
    <message>
        <source>comparator chosen in the box (&apos;{chosen}&apos;) and typed in the value (&apos;{typed}&apos;); keep only one of them</source>
        <translation>comparatore scelto nell&apos;elenco (&apos;{chosen}&apos;) e digitato nel valore (&apos;{typed}&apos;); mantenerne solo uno</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valido</translation>
    </message>
    <message>
        <source>check</source>
        <translation>da verificare</translation>
    </message>
    <message>
        <source>Unit changed from {before} to {after}: the value is now read as {reading}.</source>
        <translation>Unità cambiata da {before} a {after}: il valore ora viene letto come {reading}.</translation>
    </message>
    <message>
        <source>Unit changed from {before} to {after}; see the message below.</source>
        <translation>Unità cambiata da {before} a {after}; vedere il messaggio qui sotto.</translation>
    </message>
    <message>
        <source>Comparator of a censored result (= for an exact value). Type it (&gt;, &lt;, &gt;=, &lt;=) or open the list with Alt+↓; you can also type it in front of the number, e.g. &gt;40000, but not both.</source>
        <translation>Comparatore di un risultato censurato (= per un valore esatto). Digitarlo (&gt;, &lt;, &gt;=, &lt;=) o aprire l&apos;elenco con Alt+↓; si può anche digitarlo davanti al numero, ad es. &gt;40000, ma non entrambi.</translation>
    </message>
    <message>
        <source>Comparator typed in the value</source>
        <translation>Comparatore digitato nel valore</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>_ChartSlot</name>
    <message>
        <source>{name} title</source>
        <translation>Titolo ({name})</translation>
    </message>
    <message>
        <source>{name}: loading…</source>
        <translation>{name}: caricamento…</translation>
    </message>
    <message>
        <source>{name} note</source>
        <translation>Nota ({name})</translation>
    </message>
</context>
</TS>

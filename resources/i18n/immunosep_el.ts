<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name></name>
    <message>
        <source>corrects #{id}: {reason}</source>
        <translation>διορθώνει την #{id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by #{id}</source>
        <translation>αντικαταστάθηκε από την #{id}</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>ΕΣΦΑΛΜΕΝΗ ΚΑΤΑΧΩΡΙΣΗ: {reason}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>πληρείται</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>δεν πληρείται</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>απουσιάζει</translation>
    </message>
    <message>
        <source>present: excludes</source>
        <translation>υπάρχει: αποκλείει</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Σχετικά με το {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Σχετικά</translation>
    </message>
    <message>
        <source>Training mode: synthetic data only.</source>
        <translation>Λειτουργία εκπαίδευσης: μόνο συνθετικά δεδομένα.</translation>
    </message>
    <message>
        <source>Rule set: {version}</source>
        <translation>Σύνολο κανόνων: {version}</translation>
    </message>
    <message>
        <source>Evidence: {version}</source>
        <translation>Τεκμηρίωση: {version}</translation>
    </message>
    <message>
        <source>Source: {citation} doi:{doi}, {registry}</source>
        <translation>Πηγή: {citation} doi:{doi}, {registry}</translation>
    </message>
    <message>
        <source>Decision support only. The phenotype says which ImmunoSep stratum a patient&apos;s laboratory values match; the regimens shown are the ones used in the trial, not orders. The trial showed less organ dysfunction by day 9 and no mortality benefit, in a phase 2 population (adults with sepsis from pneumonia or primary bacteraemia, treated within 72 h). The treating clinician decides.</source>
        <translation>Μόνο υποστήριξη αποφάσεων. Ο φαινότυπος δείχνει σε ποιο στρώμα της ImmunoSep αντιστοιχούν οι εργαστηριακές τιμές ενός ασθενούς· τα σχήματα που εμφανίζονται είναι αυτά που χρησιμοποιήθηκαν στη μελέτη, όχι ιατρικές οδηγίες. Η μελέτη έδειξε λιγότερη οργανική δυσλειτουργία έως την ημέρα 9 και κανένα όφελος στη θνησιμότητα, σε πληθυσμό μελέτης φάσης 2 (ενήλικες με σήψη από πνευμονία ή πρωτοπαθή βακτηριαιμία, με θεραπεία εντός 72 h). Την απόφαση λαμβάνει ο θεράπων ιατρός.</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Γλώσσα: {language}</translation>
    </message>
    <message>
        <source>Works offline: no data leave this computer.</source>
        <translation>Λειτουργεί εκτός δικτύου: κανένα δεδομένο δεν φεύγει από αυτόν τον υπολογιστή.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An internal error occurred ({kind}). The result on screen may be incomplete: start a new patient and enter the values again, and please report this.</source>
        <translation>Παρουσιάστηκε εσωτερικό σφάλμα ({kind}). Το αποτέλεσμα στην οθόνη μπορεί να είναι ελλιπές: ξεκινήστε νέο ασθενή, εισαγάγετε ξανά τις τιμές και αναφέρετε το σφάλμα.</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message numerus="yes">
        <source>Writing %n PDF report(s)…</source>
        <translation>
            <numerusform>Δημιουργία %n αναφοράς PDF…</numerusform>
            <numerusform>Δημιουργία %n αναφορών PDF…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: {reason}.</source>
        <translation>Η εξαγωγή διακόπηκε: {reason}.</translation>
    </message>
    <message>
        <source>Export cancelled. The reports written so far are listed in index.csv in {folder}; no combined file was made.</source>
        <translation>Η εξαγωγή ακυρώθηκε. Οι αναφορές που γράφτηκαν έως τώρα αναφέρονται στο index.csv στον φάκελο {folder}· δεν δημιουργήθηκε συνδυασμένο αρχείο.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Εξαγωγή αναφορών PDF</translation>
    </message>
    <message>
        <source>Export PDF reports — TRAINING</source>
        <translation>Εξαγωγή αναφορών PDF — ΕΚΠΑΙΔΕΥΣΗ</translation>
    </message>
    <message numerus="yes">
        <source>%n one-page report(s), a summary listing every row (rows needing action first), and all of them in one file to print (all-reports.pdf).</source>
        <translation>
            <numerusform>%n αναφορά μίας σελίδας, μια σύνοψη με όλες τις γραμμές (πρώτα όσες χρειάζονται ενέργεια) και όλες μαζί σε ένα αρχείο για εκτύπωση (all-reports.pdf).</numerusform>
            <numerusform>%n αναφορές μίας σελίδας, μια σύνοψη με όλες τις γραμμές (πρώτα όσες χρειάζονται ενέργεια) και όλες μαζί σε ένα αρχείο για εκτύπωση (all-reports.pdf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected at import: they are listed with the reason.</source>
        <translation>
            <numerusform>%n γραμμή απορρίφθηκε κατά την εισαγωγή: παρατίθεται με την αιτία.</numerusform>
            <numerusform>%n γραμμές απορρίφθηκαν κατά την εισαγωγή: παρατίθενται με την αιτία.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Φάκελος για τις αναφορές</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Περιήγηση…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Φάκελος:</translation>
    </message>
    <message>
        <source>Patient identifiers in file &amp;names</source>
        <translation>Αναγνωριστικά ασθενών στα &amp;ονόματα αρχείων</translation>
    </message>
    <message>
        <source>Untick on a shared drive: files are then named by row number only</source>
        <translation>Καταργήστε την επιλογή σε κοινόχρηστο δίσκο δικτύου: τα αρχεία θα ονομάζονται μόνο με τον αριθμό γραμμής</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Εξαγωγή</translation>
    </message>
</context>
<context>
    <name>BatchResultWindow</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Εξαγωγή αναφορών PDF</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Άνοιγμα &amp;φακέλου</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Εκτύπωση…</translation>
    </message>
</context>
<context>
    <name>CardEligibility</name>
    <message>
        <source>Eligibility: not assessed.</source>
        <translation>Επιλεξιμότητα: δεν έχει αξιολογηθεί.</translation>
    </message>
    <message>
        <source>Eligibility: the stored checklist cannot be read: {reason}</source>
        <translation>Επιλεξιμότητα: ο αποθηκευμένος κατάλογος ελέγχου δεν μπορεί να διαβαστεί: {reason}</translation>
    </message>
    <message>
        <source>Eligibility: not assessed. Patient ▸ Eligibility checklist (Ctrl+Shift+E) or the button below enters it.</source>
        <translation>Επιλεξιμότητα: δεν έχει αξιολογηθεί. Καταχωρίστε την από Ασθενής ▸ Κατάλογος ελέγχου επιλεξιμότητας (Ctrl+Shift+E) ή με το παρακάτω κουμπί.</translation>
    </message>
    <message>
        <source>Eligibility: checklist #{id} cannot be read: {reason}</source>
        <translation>Επιλεξιμότητα: ο κατάλογος ελέγχου #{id} δεν μπορεί να διαβαστεί: {reason}</translation>
    </message>
    <message>
        <source>outside the tested population</source>
        <translation>εκτός του πληθυσμού που μελετήθηκε</translation>
    </message>
    <message>
        <source>fit to the tested population unknown</source>
        <translation>άγνωστο αν αντιστοιχεί στον πληθυσμό που μελετήθηκε</translation>
    </message>
    <message>
        <source>all listed criteria met</source>
        <translation>πληρούνται όλα τα κριτήρια του καταλόγου</translation>
    </message>
    <message>
        <source>Eligibility (checklist #{id}, assessment #{assessment}): {met} met · {failed} not met · {unknown} unknown — {verdict}</source>
        <translation>Επιλεξιμότητα (κατάλογος ελέγχου #{id}, αξιολόγηση #{assessment}): {met} πληρούνται · {failed} δεν πληρούνται · {unknown} άγνωστα — {verdict}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Phenotype map</source>
        <translation>Χάρτης φαινοτύπων</translation>
    </message>
    <message>
        <source>Evidence chart</source>
        <translation>Διάγραμμα τεκμηρίων</translation>
    </message>
</context>
<context>
    <name>CohortStoreBar</name>
    <message>
        <source>Storing this import</source>
        <translation>Αποθήκευση αυτής της εισαγωγής</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Store %n assessment(s) in the training records</source>
        <translation>
            <numerusform>&amp;Αποθήκευση %n αξιολόγησης στις εγγραφές εκπαίδευσης</numerusform>
            <numerusform>&amp;Αποθήκευση %n αξιολογήσεων στις εγγραφές εκπαίδευσης</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Store %n assessment(s) in the clinical records</source>
        <translation>
            <numerusform>&amp;Αποθήκευση %n αξιολόγησης στις κλινικές εγγραφές</numerusform>
            <numerusform>&amp;Αποθήκευση %n αξιολογήσεων στις κλινικές εγγραφές</numerusform>
        </translation>
    </message>
    <message>
        <source>Store the assessments</source>
        <translation>Αποθήκευση των αξιολογήσεων</translation>
    </message>
    <message>
        <source>&amp;View only</source>
        <translation>&amp;Μόνο προβολή</translation>
    </message>
    <message>
        <source>View only, store nothing</source>
        <translation>Μόνο προβολή, χωρίς αποθήκευση</translation>
    </message>
    <message>
        <source>Storing progress</source>
        <translation>Πρόοδος αποθήκευσης</translation>
    </message>
    <message>
        <source>Cancel storing</source>
        <translation>Ακύρωση αποθήκευσης</translation>
    </message>
    <message>
        <source>Nothing from this file has been stored. Store it in the patients&apos; records, or only view it?</source>
        <translation>Τίποτα από αυτό το αρχείο δεν έχει αποθηκευτεί. Να αποθηκευτεί στις εγγραφές των ασθενών ή μόνο να προβληθεί;</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n assessment(s)…</source>
        <translation>
            <numerusform>Αποθήκευση %n αξιολόγησης…</numerusform>
            <numerusform>Αποθήκευση %n αξιολογήσεων…</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewing only: nothing from this file is stored.</source>
        <translation>Μόνο προβολή: τίποτα από αυτό το αρχείο δεν αποθηκεύεται.</translation>
    </message>
    <message>
        <source>Viewing only: nothing from this file is stored. The choice could not be written to the audit trail: {reason}</source>
        <translation>Μόνο προβολή: τίποτα από αυτό το αρχείο δεν αποθηκεύεται. Η επιλογή δεν μπόρεσε να καταγραφεί στο ίχνος ελέγχου: {reason}</translation>
    </message>
    <message>
        <source>Storing is still running: wait for it to finish, or cancel it, before closing this window.</source>
        <translation>Η αποθήκευση βρίσκεται ακόμη σε εξέλιξη: περιμένετε να ολοκληρωθεί ή ακυρώστε την πριν κλείσετε αυτό το παράθυρο.</translation>
    </message>
    <message>
        <source>Stored in the training records as import #{id}.</source>
        <translation>Αποθηκεύτηκε στις εγγραφές εκπαίδευσης ως εισαγωγή #{id}.</translation>
    </message>
    <message>
        <source>Stored in the clinical records as import #{id}.</source>
        <translation>Αποθηκεύτηκε στις κλινικές εγγραφές ως εισαγωγή #{id}.</translation>
    </message>
    <message numerus="yes">
        <source>Stored in the training records as import #{id}: %n assessment(s).</source>
        <translation>
            <numerusform>Αποθηκεύτηκε στις εγγραφές εκπαίδευσης ως εισαγωγή #{id}: %n αξιολόγηση.</numerusform>
            <numerusform>Αποθηκεύτηκε στις εγγραφές εκπαίδευσης ως εισαγωγή #{id}: %n αξιολογήσεις.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored in the clinical records as import #{id}: %n assessment(s).</source>
        <translation>
            <numerusform>Αποθηκεύτηκε στις κλινικές εγγραφές ως εισαγωγή #{id}: %n αξιολόγηση.</numerusform>
            <numerusform>Αποθηκεύτηκε στις κλινικές εγγραφές ως εισαγωγή #{id}: %n αξιολογήσεις.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored: {reason} Nothing from this file was stored.</source>
        <translation>Δεν αποθηκεύτηκε: {reason} Τίποτα από αυτό το αρχείο δεν αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Storing cancelled: nothing from this file was stored.</source>
        <translation>Η αποθήκευση ακυρώθηκε: τίποτα από αυτό το αρχείο δεν αποθηκεύτηκε.</translation>
    </message>
</context>
<context>
    <name>CohortView</name>
    <message>
        <source>Cohort — {file}</source>
        <translation>Κοόρτη — {file}</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Κοόρτη</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Εμφάνιση γραμμών</translation>
    </message>
    <message>
        <source>Filter: patient id, phenotype, reason…</source>
        <translation>Φίλτρο: αναγνωριστικό ασθενούς, φαινότυπος, αιτία…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Φιλτράρισμα γραμμών</translation>
    </message>
    <message>
        <source>Table status</source>
        <translation>Κατάσταση πίνακα</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Πλήθη</translation>
    </message>
    <message>
        <source>Select a row to see its full assessment.</source>
        <translation>Επιλέξτε μια γραμμή για να δείτε την πλήρη αξιολόγησή της.</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Επιλεγμένη γραμμή</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Σημειώσεις εισαγωγής</translation>
    </message>
    <message>
        <source>&amp;Open in the main window</source>
        <translation>Άνοιγμα στο &amp;κύριο παράθυρο</translation>
    </message>
    <message>
        <source>Show this assessment in the main window (Enter); asks first if typed values are not saved</source>
        <translation>Εμφάνιση αυτής της αξιολόγησης στο κύριο παράθυρο (Enter)· ζητείται πρώτα επιβεβαίωση αν υπάρχουν μη αποθηκευμένες τιμές</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Εξαγωγή αποτελεσμάτων…</translation>
    </message>
    <message>
        <source>Export rejected rows…</source>
        <translation>Εξαγωγή απορριφθεισών γραμμών…</translation>
    </message>
    <message>
        <source>Export PDF reports…</source>
        <translation>Εξαγωγή αναφορών PDF…</translation>
    </message>
    <message>
        <source>One PDF per patient row, a cohort summary and an index, rendered on every CPU core</source>
        <translation>Ένα PDF ανά γραμμή ασθενούς, μια σύνοψη της κοόρτης και ένα ευρετήριο, με χρήση όλων των πυρήνων CPU</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Χάρτης φαινοτύπων της κοόρτης</translation>
    </message>
    <message>
        <source>classified</source>
        <translation>ταξινομήθηκε</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <translation>αδύνατη η ταξινόμηση</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>απορρίφθηκε</translation>
    </message>
    <message>
        <source>MALS</source>
        <translation>MALS</translation>
    </message>
    <message>
        <source>Immunoparalysis</source>
        <translation>Ανοσοπαράλυση</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Αταξινόμητο</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>Αδύνατη η ταξινόμηση</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Όλες οι γραμμές</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Ταξινομημένες</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Απορριφθείσες</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Αναγνωριστικό ασθενούς</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Φαινότυπος</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Φερριτίνη</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Χρόνος λήψης</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Αιτίες</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Προειδοποιήσεις</translation>
    </message>
    <message>
        <source>Data rows: {n}</source>
        <translation>Γραμμές δεδομένων: {n}</translation>
    </message>
    <message>
        <source>classified: {n}</source>
        <translation>ταξινομήθηκαν: {n}</translation>
    </message>
    <message>
        <source>cannot classify: {n}</source>
        <translation>αδύνατη η ταξινόμηση: {n}</translation>
    </message>
    <message>
        <source>rejected: {n}</source>
        <translation>απορρίφθηκαν: {n}</translation>
    </message>
    <message>
        <source>assessments: {n}</source>
        <translation>αξιολογήσεις: {n}</translation>
    </message>
    <message>
        <source>{phenotype} {n}</source>
        <translation>{phenotype} {n}</translation>
    </message>
    <message>
        <source>Cohort rows</source>
        <translation>Γραμμές κοόρτης</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Εμφάνιση:</translation>
    </message>
    <message>
        <source>Full assessment of the selected row</source>
        <translation>Πλήρης αξιολόγηση της επιλεγμένης γραμμής</translation>
    </message>
    <message>
        <source>Row {row} was rejected: {reasons}</source>
        <translation>Η γραμμή {row} απορρίφθηκε: {reasons}</translation>
    </message>
    <message>
        <source>Row {row}, patient {patient}</source>
        <translation>Γραμμή {row}, ασθενής {patient}</translation>
    </message>
    <message>
        <source>Imported row {row} — {patient}</source>
        <translation>Εισαγόμενη γραμμή {row} — {patient}</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ταξινόμηση…</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Προετοιμασία της αναζήτησης…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Εξαγωγή αποτελεσμάτων</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Εξαγωγή απορριφθεισών γραμμών</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Βιβλίο εργασίας Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Αποθήκευση του {file}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Αποθηκεύτηκε: {path}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Δεν αποθηκεύτηκε: {reason}</translation>
    </message>
</context>
<context>
    <name>CohortWindow</name>
    <message>
        <source>Recent &amp;imports</source>
        <translation>Πρόσφατες &amp;εισαγωγές</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Πρόσφατες εισαγωγές</translation>
    </message>
    <message>
        <source>Recent import</source>
        <translation>Πρόσφατη εισαγωγή</translation>
    </message>
    <message>
        <source>The file has changed since it was imported (its content is different), so it is not shown in place of the imported cohort. Import it again to see its new content.</source>
        <translation>Το αρχείο έχει αλλάξει από την εισαγωγή του (το περιεχόμενό του είναι διαφορετικό), επομένως δεν εμφανίζεται στη θέση της εισαγόμενης κοόρτης. Εισαγάγετέ το ξανά για να δείτε το νέο περιεχόμενο.</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Χάρτης φαινοτύπων της κοόρτης</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Εκ νέου ανάγνωση του αρχείου…</translation>
    </message>
    <message>
        <source>{name} — training, stored as import #{id}</source>
        <translation>{name} — δεδομένα εκπαίδευσης, αποθηκεύτηκε ως εισαγωγή #{id}</translation>
    </message>
    <message>
        <source>{name} — clinical, stored as import #{id}</source>
        <translation>{name} — κλινικά δεδομένα, αποθηκεύτηκε ως εισαγωγή #{id}</translation>
    </message>
    <message>
        <source>{name} — training, viewed only</source>
        <translation>{name} — δεδομένα εκπαίδευσης, μόνο προβολή</translation>
    </message>
    <message>
        <source>{name} — clinical, viewed only</source>
        <translation>{name} — κλινικά δεδομένα, μόνο προβολή</translation>
    </message>
    <message>
        <source>This import was made in training mode; switch to it to reopen the import.</source>
        <translation>Αυτή η εισαγωγή έγινε σε λειτουργία εκπαίδευσης· μεταβείτε σε αυτήν για να ανοίξετε ξανά την εισαγωγή.</translation>
    </message>
    <message>
        <source>This import was made in clinical mode; leave training mode to reopen it.</source>
        <translation>Αυτή η εισαγωγή έγινε σε κλινική λειτουργία· βγείτε από τη λειτουργία εκπαίδευσης για να την ανοίξετε ξανά.</translation>
    </message>
    <message>
        <source>(no recent imports)</source>
        <translation>(δεν υπάρχουν πρόσφατες εισαγωγές)</translation>
    </message>
    <message>
        <source>The file is no longer where it was imported from: {path}</source>
        <translation>Το αρχείο δεν βρίσκεται πλέον εκεί από όπου εισήχθη: {path}</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Το αρχείο δεν μπορεί να διαβαστεί: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read ({kind}).</source>
        <translation>Το αρχείο δεν μπορεί να διαβαστεί ({kind}).</translation>
    </message>
</context>
<context>
    <name>DailySofaPanel</name>
    <message>
        <source>Enter the date as YYYY-MM-DD (for example 2026-11-24).</source>
        <translation>Εισαγάγετε την ημερομηνία ως ΕΕΕΕ-ΜΜ-ΗΗ (για παράδειγμα 2026-11-24).</translation>
    </message>
    <message>
        <source>{date} is after today; a SOFA is entered for a day that has begun.</source>
        <translation>Η ημερομηνία {date} είναι μεταγενέστερη της σημερινής· το SOFA καταχωρίζεται για ημέρα που έχει ήδη αρχίσει.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day1}).</source>
        <translation>Η ημερομηνία {date} είναι πριν από την ημέρα 1 ({day1}).</translation>
    </message>
    <message>
        <source>The SOFA calculator has no total: correct its fields, or type the total.</source>
        <translation>Ο υπολογιστής SOFA δεν έχει σύνολο: διορθώστε τα πεδία του ή πληκτρολογήστε το σύνολο.</translation>
    </message>
    <message>
        <source>Nothing is entered in the SOFA calculator yet.</source>
        <translation>Δεν έχει καταχωριστεί ακόμη τίποτα στον υπολογιστή SOFA.</translation>
    </message>
    <message>
        <source>Type the total as a whole number from 0 to 24.</source>
        <translation>Πληκτρολογήστε το σύνολο ως ακέραιο αριθμό από 0 έως 24.</translation>
    </message>
    <message>
        <source>Enter the patient identifier in the main window first.</source>
        <translation>Εισαγάγετε πρώτα το αναγνωριστικό του ασθενούς στο κύριο παράθυρο.</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s records…</source>
        <translation>Ανάγνωση των εγγραφών του ασθενούς…</translation>
    </message>
    <message>
        <source>Day {day} already has a SOFA: select it below and correct it.</source>
        <translation>Η ημέρα {day} έχει ήδη SOFA: επιλέξτε την παρακάτω και διορθώστε την.</translation>
    </message>
    <message>
        <source>day {day}</source>
        <translation>ημέρα {day}</translation>
    </message>
    <message>
        <source>No SOFA is stored for this patient yet: the first one saved fixes day 1 (day 1 is the day of phenotyping; choose its study day if the first SOFA stored is a later one).</source>
        <translation>Δεν υπάρχει ακόμη αποθηκευμένο SOFA για αυτόν τον ασθενή: το πρώτο που θα αποθηκευτεί ορίζει την ημέρα 1 (η ημέρα 1 είναι η ημέρα της φαινοτύπησης· επιλέξτε την ημέρα μελέτης του, αν το πρώτο αποθηκευμένο SOFA είναι μεταγενέστερο).</translation>
    </message>
    <message>
        <source>Day 1 (the day of phenotyping) of this course: {date}. The study day follows from the date.</source>
        <translation>Ημέρα 1 (η ημέρα της φαινοτύπησης) αυτής της πορείας: {date}. Η ημέρα μελέτης προκύπτει από την ημερομηνία.</translation>
    </message>
    <message>
        <source>Nothing is entered in the calculator yet.</source>
        <translation>Δεν έχει καταχωριστεί ακόμη τίποτα στον υπολογιστή.</translation>
    </message>
    <message>
        <source>The calculator has no total: a field there is marked in red.</source>
        <translation>Ο υπολογιστής δεν έχει σύνολο: ένα πεδίο του είναι σημειωμένο με κόκκινο.</translation>
    </message>
    <message>
        <source>Correct the date of &amp;death…</source>
        <translation>Διόρθωση της ημερομηνίας &amp;θανάτου…</translation>
    </message>
    <message>
        <source>Record &amp;death…</source>
        <translation>Καταγραφή &amp;θανάτου…</translation>
    </message>
    <message>
        <source>&amp;Save SOFA for day {day} ({date})…</source>
        <translation>&amp;Αποθήκευση SOFA για την ημέρα {day} ({date})…</translation>
    </message>
    <message>
        <source>&amp;Save SOFA…</source>
        <translation>&amp;Αποθήκευση SOFA…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Περιεχόμενο</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>death on {date}</source>
        <translation>θάνατος στις {date}</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>υπολογιστής</translation>
    </message>
    <message>
        <source>total typed</source>
        <translation>πληκτρολογημένο σύνολο</translation>
    </message>
    <message>
        <source>day {day} ({date}): SOFA {total}, {n} of 6 systems, {how}</source>
        <translation>ημέρα {day} ({date}): SOFA {total}, {n} από 6 συστήματα, {how}</translation>
    </message>
    <message>
        <source>{when} by {user}</source>
        <translation>{when} από {user}</translation>
    </message>
    <message>
        <source>Day {day} ({date}): SOFA {total}</source>
        <translation>Ημέρα {day} ({date}): SOFA {total}</translation>
    </message>
    <message>
        <source>This SOFA fixes day 1 of the course: {date}.</source>
        <translation>Αυτό το SOFA ορίζει την ημέρα 1 της πορείας: {date}.</translation>
    </message>
    <message>
        <source>Save daily SOFA</source>
        <translation>Αποθήκευση ημερήσιου SOFA</translation>
    </message>
    <message>
        <source>Save this daily SOFA in the TRAINING records of patient:</source>
        <translation>Αποθήκευση αυτού του ημερήσιου SOFA στις εγγραφές ΕΚΠΑΙΔΕΥΣΗΣ του ασθενούς:</translation>
    </message>
    <message>
        <source>Save this daily SOFA in the clinical records of patient:</source>
        <translation>Αποθήκευση αυτού του ημερήσιου SOFA στις κλινικές εγγραφές του ασθενούς:</translation>
    </message>
    <message>
        <source>Daily SOFA saved for {patient}, day {day}.</source>
        <translation>Το ημερήσιο SOFA αποθηκεύτηκε για τον ασθενή {patient}, ημέρα {day}.</translation>
    </message>
    <message>
        <source>{total} from {n} of 6 organ systems ({how})</source>
        <translation>{total} βάσει {n} από 6 οργανικά συστήματα ({how})</translation>
    </message>
    <message>
        <source>Correct a daily SOFA</source>
        <translation>Διόρθωση ημερήσιου SOFA</translation>
    </message>
    <message>
        <source>Day {day} of {patient} will be stored again as SOFA {total}; the old version (record #{id}) stays stored, marked as superseded.</source>
        <translation>Η ημέρα {day} του ασθενούς {patient} θα αποθηκευτεί ξανά ως SOFA {total}· η παλιά έκδοση (εγγραφή #{id}) παραμένει αποθηκευμένη, με σήμανση ότι αντικαταστάθηκε.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>Αποθήκευση &amp;διόρθωσης</translation>
    </message>
    <message>
        <source>Correction saved for {patient}.</source>
        <translation>Η διόρθωση αποθηκεύτηκε για τον ασθενή {patient}.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Σήμανση ως εσφαλμένης καταχώρισης</translation>
    </message>
    <message>
        <source>Record #{id} of {patient} will be marked as entered in error. It stays stored and listed, and no longer counts.</source>
        <translation>Η εγγραφή #{id} του ασθενούς {patient} θα επισημανθεί ως εσφαλμένη καταχώριση. Παραμένει αποθηκευμένη και στη λίστα, και δεν μετρά πλέον.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>&amp;Σήμανση ως εσφαλμένης καταχώρισης</translation>
    </message>
    <message>
        <source>Record #{id} marked as entered in error.</source>
        <translation>Η εγγραφή #{id} επισημάνθηκε ως εσφαλμένη καταχώριση.</translation>
    </message>
    <message>
        <source>Death recorded for {patient}.</source>
        <translation>Ο θάνατος καταγράφηκε για τον ασθενή {patient}.</translation>
    </message>
    <message>
        <source>Enter a day&apos;s SOFA</source>
        <translation>Καταχώριση του SOFA μιας ημέρας</translation>
    </message>
    <message>
        <source>The trial&apos;s day-9 measure</source>
        <translation>Ο δείκτης της ημέρας 9 της μελέτης</translation>
    </message>
    <message>
        <source>Stored daily SOFA and death records</source>
        <translation>Αποθηκευμένες εγγραφές ημερήσιου SOFA και θανάτου</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Ημερομηνία:</translation>
    </message>
    <message>
        <source>Date of this SOFA</source>
        <translation>Ημερομηνία αυτού του SOFA</translation>
    </message>
    <message>
        <source>study day:</source>
        <translation>ημέρα μελέτης:</translation>
    </message>
    <message>
        <source>Study day of this SOFA</source>
        <translation>Ημέρα μελέτης αυτού του SOFA</translation>
    </message>
    <message>
        <source>From the SOFA &amp;calculator:</source>
        <translation>Από τον &amp;υπολογιστή SOFA:</translation>
    </message>
    <message>
        <source>Open the calculator</source>
        <translation>Άνοιγμα του υπολογιστή</translation>
    </message>
    <message>
        <source>Total t&amp;yped from the chart:</source>
        <translation>Σύνολο πλη&amp;κτρολογημένο από το διάγραμμα:</translation>
    </message>
    <message>
        <source>SOFA total typed</source>
        <translation>Πληκτρολογημένο σύνολο SOFA</translation>
    </message>
    <message>
        <source>resting on</source>
        <translation>βάσει</translation>
    </message>
    <message>
        <source>Organ systems the typed total rests on</source>
        <translation>Οργανικά συστήματα στα οποία βασίζεται το πληκτρολογημένο σύνολο</translation>
    </message>
    <message>
        <source>{n} of 6 organ systems</source>
        <translation>{n} από 6 οργανικά συστήματα</translation>
    </message>
    <message>
        <source>C&amp;orrect with the values above…</source>
        <translation>Διό&amp;ρθωση με τις παραπάνω τιμές…</translation>
    </message>
    <message>
        <source>Mark e&amp;ntered in error…</source>
        <translation>Σή&amp;μανση ως εσφαλμένης καταχώρισης…</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <source>Correct the date of death</source>
        <translation>Διόρθωση της ημερομηνίας θανάτου</translation>
    </message>
    <message>
        <source>Record death</source>
        <translation>Καταγραφή θανάτου</translation>
    </message>
    <message>
        <source>Patient {patient}. From the day of death every day of the day-9 measure counts SOFA 24 (the trial&apos;s statistical analysis plan).</source>
        <translation>Ασθενής {patient}. Από την ημέρα του θανάτου, κάθε ημέρα του δείκτη της ημέρας 9 μετρά SOFA 24 (σύμφωνα με το σχέδιο στατιστικής ανάλυσης της μελέτης).</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Ημερομηνία θανάτου</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Αιτιολογία της διόρθωσης</translation>
    </message>
    <message>
        <source>&amp;Date of death:</source>
        <translation>&amp;Ημερομηνία θανάτου:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Αιτιολογία (υποχρεωτική):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Απο&amp;θήκευση</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Εισαγάγετε την ημερομηνία ως ΕΕΕΕ-ΜΜ-ΗΗ.</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>Η ημερομηνία είναι μετά τη σημερινή.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Μια διόρθωση απαιτεί αιτιολογία.</translation>
    </message>
</context>
<context>
    <name>DemoCasePanel</name>
    <message>
        <source>Training case</source>
        <translation>Περιστατικό εκπαίδευσης</translation>
    </message>
    <message>
        <source>choose a synthetic case…</source>
        <translation>επιλέξτε ένα συνθετικό περιστατικό…</translation>
    </message>
    <message>
        <source>Training &amp;case:</source>
        <translation>&amp;Περιστατικό εκπαίδευσης:</translation>
    </message>
    <message>
        <source>&amp;Quiz: hide the answers</source>
        <translation>&amp;Κουίζ: απόκρυψη των απαντήσεων</translation>
    </message>
    <message>
        <source>Quiz mode</source>
        <translation>Λειτουργία κουίζ</translation>
    </message>
    <message>
        <source>R&amp;eveal</source>
        <translation>&amp;Εμφάνιση</translation>
    </message>
    <message>
        <source>Reveal the expected result</source>
        <translation>Εμφάνιση του αναμενόμενου αποτελέσματος</translation>
    </message>
    <message>
        <source>{id} · {title} — topic: {topic}</source>
        <translation>{id} · {title} — θέμα: {topic}</translation>
    </message>
    <message>
        <source>Choose a case to fill in the form; ↑/↓ step through them.</source>
        <translation>Επιλέξτε ένα περιστατικό για να συμπληρωθεί η φόρμα· με ↑/↓ μετακινείστε από το ένα στο άλλο.</translation>
    </message>
    <message>
        <source>Teaching note</source>
        <translation>Διδακτική σημείωση</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Αναμενόμενο αποτέλεσμα</translation>
    </message>
    <message>
        <source>Result compared with the case</source>
        <translation>Σύγκριση αποτελέσματος με το περιστατικό</translation>
    </message>
    <message>
        <source>✔ matches the result shown</source>
        <translation>✔ συμφωνεί με το αποτέλεσμα που εμφανίζεται</translation>
    </message>
    <message>
        <source>Values changed: the result may differ</source>
        <translation>Οι τιμές άλλαξαν: το αποτέλεσμα μπορεί να διαφέρει</translation>
    </message>
    <message>
        <source>Case {n} of {total} ({id})</source>
        <translation>Περιστατικό {n} από {total} ({id})</translation>
    </message>
    <message>
        <source>Expected result hidden: read the result, then Reveal (Alt+E).</source>
        <translation>Το αναμενόμενο αποτέλεσμα είναι κρυφό: διαβάστε το αποτέλεσμα και μετά πατήστε Εμφάνιση (Alt+Ε).</translation>
    </message>
    <message>
        <source>Quiz: {id}. What phenotype do these values give, and why?</source>
        <translation>Κουίζ: {id}. Ποιον φαινότυπο δίνουν αυτές οι τιμές και γιατί;</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>Αδύνατη η ταξινόμηση</translation>
    </message>
    <message>
        <source>Expected: {result}</source>
        <translation>Αναμενόμενο: {result}</translation>
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
        <translation>Δεν υπάρχει αποθηκευμένος κατάλογος ελέγχου επιλεξιμότητας για αυτόν τον ασθενή. Καταχωρίστε έναν από Ασθενής ▸ Κατάλογος ελέγχου επιλεξιμότητας (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>Eligibility checklists stored for this patient, oldest first. The ImmunoSep evidence comes from the population these criteria describe and may not apply outside it; the checklist never blocks a phenotype.</source>
        <translation>Αποθηκευμένοι κατάλογοι ελέγχου επιλεξιμότητας για αυτόν τον ασθενή, πρώτα ο παλαιότερος. Τα τεκμήρια της ImmunoSep προέρχονται από τον πληθυσμό που περιγράφουν αυτά τα κριτήρια και μπορεί να μην ισχύουν εκτός αυτού· ο κατάλογος ελέγχου δεν εμποδίζει ποτέ έναν φαινότυπο.</translation>
    </message>
    <message>
        <source>Checklist #{id}, stored with assessment #{assessment}</source>
        <translation>Κατάλογος ελέγχου #{id}, αποθηκευμένος με την αξιολόγηση #{assessment}</translation>
    </message>
    <message>
        <source>checklist {version}</source>
        <translation>κατάλογος ελέγχου {version}</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Κριτήριο</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>Inclusion {number}</source>
        <translation>Ένταξη {number}</translation>
    </message>
    <message>
        <source>Exclusion {number}</source>
        <translation>Αποκλεισμός {number}</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>ΜΗ ΕΠΑΛΗΘΕΥΜΕΝΟ</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>checklist</source>
        <translation>κατάλογος ελέγχου</translation>
    </message>
    <message>
        <source>About taking part in the trial, not about the patient&apos;s condition.</source>
        <translation>Αφορά τη συμμετοχή στη μελέτη, όχι την κατάσταση του ασθενούς.</translation>
    </message>
    <message>
        <source>No summary: {reason}</source>
        <translation>Χωρίς σύνοψη: {reason}</translation>
    </message>
    <message>
        <source>A checklist (record #{id}) is stored with assessment #{assessment}; saving stores a corrected version.</source>
        <translation>Ένας κατάλογος ελέγχου (εγγραφή #{id}) είναι αποθηκευμένος με την αξιολόγηση #{assessment}· η αποθήκευση καταχωρίζει μια διορθωμένη έκδοση.</translation>
    </message>
    <message>
        <source>Saved with assessment #{assessment}.</source>
        <translation>Αποθηκεύτηκε με την αξιολόγηση #{assessment}.</translation>
    </message>
    <message>
        <source>&amp;Save corrected checklist…</source>
        <translation>&amp;Αποθήκευση διορθωμένου καταλόγου ελέγχου…</translation>
    </message>
    <message>
        <source>&amp;Save checklist…</source>
        <translation>&amp;Αποθήκευση καταλόγου ελέγχου…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>Eligibility checklist saved for {patient}.</source>
        <translation>Ο κατάλογος ελέγχου επιλεξιμότητας αποθηκεύτηκε για τον ασθενή {patient}.</translation>
    </message>
    <message>
        <source>Correct the eligibility checklist</source>
        <translation>Διόρθωση του καταλόγου ελέγχου επιλεξιμότητας</translation>
    </message>
    <message>
        <source>The checklist of assessment #{assessment} of {patient} will be stored again with these answers; the old version (record #{id}) stays stored, marked as superseded.</source>
        <translation>Ο κατάλογος ελέγχου της αξιολόγησης #{assessment} του ασθενούς {patient} θα αποθηκευτεί ξανά με αυτές τις απαντήσεις· η παλιά έκδοση (εγγραφή #{id}) παραμένει αποθηκευμένη, με σήμανση ότι αντικαταστάθηκε.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>Αποθήκευση &amp;διόρθωσης</translation>
    </message>
    <message>
        <source>Save eligibility checklist</source>
        <translation>Αποθήκευση καταλόγου ελέγχου επιλεξιμότητας</translation>
    </message>
    <message>
        <source>Save this checklist in the TRAINING records of patient:</source>
        <translation>Αποθήκευση αυτού του καταλόγου ελέγχου στις εγγραφές ΕΚΠΑΙΔΕΥΣΗΣ του ασθενούς:</translation>
    </message>
    <message>
        <source>Save this checklist in the clinical records of patient:</source>
        <translation>Αποθήκευση αυτού του καταλόγου ελέγχου στις κλινικές εγγραφές του ασθενούς:</translation>
    </message>
    <message>
        <source>With assessment #{assessment}</source>
        <translation>Με την αξιολόγηση #{assessment}</translation>
    </message>
    <message>
        <source>Use only if… — the ImmunoSep trial&apos;s eligibility criteria (NCT04990232), as registered</source>
        <translation>Χρήση μόνο εάν… — τα κριτήρια επιλεξιμότητας της μελέτης ImmunoSep (NCT04990232), όπως καταχωρίστηκαν</translation>
    </message>
    <message>
        <source>Inclusion criteria: each must be met</source>
        <translation>Κριτήρια ένταξης: καθένα πρέπει να πληρείται</translation>
    </message>
    <message>
        <source>Exclusion criteria: each must be absent</source>
        <translation>Κριτήρια αποκλεισμού: καθένα πρέπει να απουσιάζει</translation>
    </message>
    <message>
        <source>Neutrophils (&amp;ANC):</source>
        <translation>Ουδετερόφιλα (&amp;ANC):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>{kind} criterion {number}: answer</source>
        <translation>Κριτήριο {kind} {number}: απάντηση</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>ένταξης</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>αποκλεισμού</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>ΜΗ ΕΠΑΛΗΘΕΥΜΕΝΟ</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ΕΕΕΕ-ΜΜ-ΗΗ ΩΩ:ΛΛ</translation>
    </message>
    <message>
        <source>as used on the ward, e.g. bed 7</source>
        <translation>όπως χρησιμοποιείται στο τμήμα, π.χ. κλίνη 7</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Αναγνωριστικό ασθενούς</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Ηλικία σε έτη</translation>
    </message>
    <message>
        <source>years, e.g. 64</source>
        <translation>έτη, π.χ. 64</translation>
    </message>
    <message>
        <source>ferritin</source>
        <translation>φερριτίνη</translation>
    </message>
    <message>
        <source>e.g. 5120</source>
        <translation>π.χ. 5120</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>e.g. 3200</source>
        <translation>π.χ. 3200</translation>
    </message>
    <message>
        <source>Ferritin sample time</source>
        <translation>Χρόνος λήψης φερριτίνης</translation>
    </message>
    <message>
        <source>HLA-DR sample time</source>
        <translation>Χρόνος λήψης HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR processing time</source>
        <translation>Χρόνος επεξεργασίας HLA-DR</translation>
    </message>
    <message>
        <source>Decimal separator in force</source>
        <translation>Ισχύουσα υποδιαστολή</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Ασθενής</translation>
    </message>
    <message>
        <source>Ward &amp;identifier</source>
        <translation>&amp;Αναγνωριστικό στο τμήμα</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>&amp;Ηλικία (έτη)</translation>
    </message>
    <message>
        <source>Laboratory values</source>
        <translation>Εργαστηριακές τιμές</translation>
    </message>
    <message>
        <source>Fe&amp;rritin</source>
        <translation>&amp;Φερριτίνη</translation>
    </message>
    <message>
        <source>HLA-&amp;DR</source>
        <translation>HLA-&amp;DR</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR in antibodies bound per cell (AB/C, QuantiBRITE). % positive and MFI can be chosen, but cannot be used.</source>
        <translation>HLA-DR μονοκυττάρων σε δεσμευμένα αντισώματα ανά κύτταρο (AB/C, QuantiBRITE). Το % θετικών και η MFI μπορούν να επιλεγούν, αλλά δεν μπορούν να χρησιμοποιηθούν.</translation>
    </message>
    <message>
        <source>Sample times (optional)</source>
        <translation>Χρόνοι λήψης (προαιρετικά)</translation>
    </message>
    <message>
        <source>Ferritin &amp;sampled</source>
        <translation>&amp;Λήψη φερριτίνης</translation>
    </message>
    <message>
        <source>HLA-DR sa&amp;mpled</source>
        <translation>Λή&amp;ψη HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR pr&amp;ocessed</source>
        <translation>Επεξε&amp;ργασία HLA-DR</translation>
    </message>
    <message>
        <source>read as {reading}</source>
        <translation>ερμηνεύεται ως {reading}</translation>
    </message>
    <message>
        <source>read as {when}</source>
        <translation>ερμηνεύεται ως {when}</translation>
    </message>
    <message>
        <source>Decimal separator in force: &apos;{sep}&apos; (e.g. {example}); thousands separators are never accepted. Change it in File ▸ Settings.</source>
        <translation>Ισχύουσα υποδιαστολή: &apos;{sep}&apos; (π.χ. {example})· διαχωριστικά χιλιάδων δεν γίνονται ποτέ δεκτά. Αλλάζει από Αρχείο ▸ Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>Unusually high: above {limit} {unit}. Check the value and its unit.</source>
        <translation>Ασυνήθιστα υψηλή τιμή: πάνω από {limit} {unit}. Ελέγξτε την τιμή και τη μονάδα της.</translation>
    </message>
    <message>
        <source>Unusually low: below {limit} {unit}. Check the value and its unit.</source>
        <translation>Ασυνήθιστα χαμηλή τιμή: κάτω από {limit} {unit}. Ελέγξτε την τιμή και τη μονάδα της.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Randomized, double-blind, double-dummy, placebo-controlled phase 2 trial; 33 sites in 6 countries; 2021-08-05 to 2024-04-29.</source>
        <comment>trial/design</comment>
        <extracomment>immunosep.json trial/design</extracomment>
        <translation>Τυχαιοποιημένη, διπλά τυφλή, ελεγχόμενη με εικονικό φάρμακο μελέτη φάσης 2 με σχεδιασμό διπλού εικονικού (double-dummy)· 33 κέντρα σε 6 χώρες· 2021-08-05 έως 2024-04-29.</translation>
    </message>
    <message>
        <source>Adults (≥ 18 years) with sepsis by Sepsis-3 (SOFA ≥ 2, or a rise of ≥ 2 points if already in hospital).</source>
        <comment>trial/population/0</comment>
        <extracomment>immunosep.json trial/population/0</extracomment>
        <translation>Ενήλικες (≥ 18 ετών) με σήψη κατά Sepsis-3 (SOFA ≥ 2 ή αύξηση κατά ≥ 2 βαθμούς αν νοσηλεύονταν ήδη).</translation>
    </message>
    <message>
        <source>Infection: community-acquired, hospital-acquired or ventilator-associated pneumonia, or primary bacteraemia.</source>
        <comment>trial/population/1</comment>
        <extracomment>immunosep.json trial/population/1</extracomment>
        <translation>Λοίμωξη: πνευμονία της κοινότητας, νοσοκομειακή ή σχετιζόμενη με τον αναπνευστήρα, ή πρωτοπαθής βακτηριαιμία.</translation>
    </message>
    <message>
        <source>MALS (ferritin &gt; 4420 ng/mL) or immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR &lt; 5000 AB/C, QuantiBRITE, CD45/CD14 monocytes).</source>
        <comment>trial/population/2</comment>
        <extracomment>immunosep.json trial/population/2</extracomment>
        <translation>MALS (φερριτίνη &gt; 4420 ng/mL) ή ανοσοπαράλυση (φερριτίνη ≤ 4420 ng/mL και HLA-DR &lt; 5000 AB/C, QuantiBRITE, μονοκύτταρα CD45/CD14).</translation>
    </message>
    <message>
        <source>Blinded treatment started within 72 hours of sepsis classification.</source>
        <comment>trial/population/3</comment>
        <extracomment>immunosep.json trial/population/3</extracomment>
        <translation>Η τυφλή θεραπεία ξεκίνησε εντός 72 ωρών από τη διάγνωση της σήψης.</translation>
    </message>
    <message>
        <source>Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.</source>
        <comment>trial/key_exclusions/0</comment>
        <extracomment>immunosep.json trial/key_exclusions/0</extracomment>
        <translation>Οξεία πυελονεφρίτιδα, ενδοκοιλιακή λοίμωξη, μηνιγγίτιδα ή λοίμωξη δέρματος.</translation>
    </message>
    <message>
        <source>Stage IV malignancy; neutropenia (registry: ANC &lt; 1500/mm³; protocol transcription: &lt; 1000/mm³); do-not-resuscitate decision.</source>
        <comment>trial/key_exclusions/1</comment>
        <extracomment>immunosep.json trial/key_exclusions/1</extracomment>
        <translation>Κακοήθεια σταδίου IV· ουδετεροπενία (μητρώο: απόλυτος αριθμός ουδετεροφίλων &lt; 1500/mm³· μεταγραφή πρωτοκόλλου: &lt; 1000/mm³)· απόφαση μη ανάνηψης (DNR).</translation>
    </message>
    <message>
        <source>Bacteraemia with coagulase-negative staphylococci or skin commensals, or catheter-related infection.</source>
        <comment>trial/key_exclusions/2</comment>
        <extracomment>immunosep.json trial/key_exclusions/2</extracomment>
        <translation>Βακτηριαιμία με κοαγκουλάση-αρνητικούς σταφυλοκόκκους ή μικροοργανισμούς της φυσιολογικής χλωρίδας του δέρματος, ή λοίμωξη σχετιζόμενη με καθετήρα.</translation>
    </message>
    <message>
        <source>Other infection sources (urinary, abdominal, skin, meningitis) were excluded: the evidence does not extend to them.</source>
        <comment>trial/how_patients_may_differ/0</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/0</extracomment>
        <translation>Άλλες εστίες λοίμωξης (ουροποιητικό, κοιλία, δέρμα, μηνιγγίτιδα) είχαν αποκλειστεί: τα τεκμήρια δεν επεκτείνονται σε αυτές.</translation>
    </message>
    <message>
        <source>Beyond 72 hours from sepsis classification the trial&apos;s time window no longer applies.</source>
        <comment>trial/how_patients_may_differ/1</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/1</extracomment>
        <translation>Πέραν των 72 ωρών από τη διάγνωση της σήψης, το χρονικό παράθυρο της μελέτης δεν ισχύει πλέον.</translation>
    </message>
    <message>
        <source>Mean age in the trial was about 70 years and median SOFA 9; most patients were mechanically ventilated.</source>
        <comment>trial/how_patients_may_differ/2</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/2</extracomment>
        <translation>Η μέση ηλικία στη μελέτη ήταν περίπου 70 έτη και η διάμεση βαθμολογία SOFA 9· οι περισσότεροι ασθενείς ήταν σε μηχανικό αερισμό.</translation>
    </message>
    <message>
        <source>Patients with COVID-19 could enter only the MALS arm.</source>
        <comment>trial/how_patients_may_differ/3</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/3</extracomment>
        <translation>Ασθενείς με COVID-19 μπορούσαν να ενταχθούν μόνο στο σκέλος MALS.</translation>
    </message>
    <message>
        <source>No mortality benefit was shown at 28 or 90 days.</source>
        <comment>trial/limits/0</comment>
        <extracomment>immunosep.json trial/limits/0</extracomment>
        <translation>Δεν καταδείχθηκε όφελος στη θνησιμότητα στις 28 ή στις 90 ημέρες.</translation>
    </message>
    <message>
        <source>Phase 2 trial; 276 patients analysed (281 randomised).</source>
        <comment>trial/limits/1</comment>
        <extracomment>immunosep.json trial/limits/1</extracomment>
        <translation>Μελέτη φάσης 2· αναλύθηκαν 276 ασθενείς (281 τυχαιοποιήθηκαν).</translation>
    </message>
    <message>
        <source>The primary endpoint is organ dysfunction (SOFA), a surrogate outcome.</source>
        <comment>trial/limits/3</comment>
        <extracomment>immunosep.json trial/limits/3</extracomment>
        <translation>Το πρωτεύον καταληκτικό σημείο είναι η οργανική δυσλειτουργία (SOFA), ένα υποκατάστατο καταληκτικό σημείο.</translation>
    </message>
    <message>
        <source>Sepsis use of anakinra and interferon-γ is off-label.</source>
        <comment>trial/limits/4</comment>
        <extracomment>immunosep.json trial/limits/4</extracomment>
        <translation>Η χρήση της anakinra και της ιντερφερόνης-γ στη σήψη είναι εκτός εγκεκριμένων ενδείξεων (off-label).</translation>
    </message>
    <message>
        <source>Primary endpoint: proportion of patients with a decrease of ≥ 1.4 points in mean SOFA score by day 9 (day-1 SOFA minus the mean of days 2–9; patients who died scored 24 for the remaining days).</source>
        <comment>endpoint_definition</comment>
        <extracomment>immunosep.json endpoint_definition</extracomment>
        <translation>Πρωτεύον καταληκτικό σημείο: ποσοστό ασθενών με μείωση της μέσης βαθμολογίας SOFA κατά ≥ 1,4 βαθμούς έως την ημέρα 9 (SOFA της ημέρας 1 μείον τον μέσο όρο των ημερών 2–9· οι ασθενείς που απεβίωσαν βαθμολογήθηκαν με 24 για τις υπόλοιπες ημέρες).</translation>
    </message>
    <message>
        <source>No mortality benefit: 28-day mortality 43.5 % vs 49.7 % with placebo (P = .34); 90-day mortality 68.7 % vs 67.6 % (P = .90).</source>
        <comment>key_points/0/text</comment>
        <extracomment>immunosep.json key_points/0/text</extracomment>
        <translation>Κανένα όφελος στη θνησιμότητα: θνησιμότητα 28 ημερών 43,5 % έναντι 49,7 % με εικονικό φάρμακο (p = 0,34)· θνησιμότητα 90 ημερών 68,7 % έναντι 67,6 % (p = 0,90).</translation>
    </message>
    <message>
        <source>Phase 2 trial, 276 patients analysed. The primary endpoint was organ dysfunction (a decrease of ≥ 1.4 points in mean SOFA score by day 9), not survival.</source>
        <comment>key_points/1/text</comment>
        <extracomment>immunosep.json key_points/1/text</extracomment>
        <translation>Μελέτη φάσης 2, αναλύθηκαν 276 ασθενείς. Το πρωτεύον καταληκτικό σημείο ήταν η οργανική δυσλειτουργία (μείωση της μέσης βαθμολογίας SOFA κατά ≥ 1,4 βαθμούς έως την ημέρα 9), όχι η επιβίωση.</translation>
    </message>
    <message>
        <source>Off-label use: anakinra and recombinant interferon-γ are not licensed for sepsis.</source>
        <comment>key_points/2/text</comment>
        <extracomment>immunosep.json key_points/2/text</extracomment>
        <translation>Χρήση εκτός εγκεκριμένων ενδείξεων: η anakinra και η ανασυνδυασμένη ιντερφερόνη-γ δεν έχουν άδεια κυκλοφορίας για τη σήψη.</translation>
    </message>
    <message>
        <source>Tested in adults (≥ 18 years) with sepsis (Sepsis-3) from pneumonia (community-acquired, hospital-acquired or ventilator-associated) or primary bacteraemia, treated within 72 hours of sepsis classification.</source>
        <comment>key_points/3/text</comment>
        <extracomment>immunosep.json key_points/3/text</extracomment>
        <translation>Δοκιμάστηκε σε ενήλικες (≥ 18 ετών) με σήψη (Sepsis-3) από πνευμονία (της κοινότητας, νοσοκομειακή ή σχετιζόμενη με τον αναπνευστήρα) ή πρωτοπαθή βακτηριαιμία, με θεραπεία εντός 72 ωρών από τη διάγνωση της σήψης.</translation>
    </message>
    <message>
        <source>Not tested in: urinary, intra-abdominal, meningeal or skin infections; stage IV cancer; neutropenia; do-not-resuscitate decisions.</source>
        <comment>key_points/4/text</comment>
        <extracomment>immunosep.json key_points/4/text</extracomment>
        <translation>Δεν δοκιμάστηκε σε: λοιμώξεις ουροποιητικού, ενδοκοιλιακές, μηνιγγικές ή δέρματος· καρκίνο σταδίου IV· ουδετεροπενία· αποφάσεις μη ανάνηψης.</translation>
    </message>
    <message>
        <source>Check the product information for renal dosing, contraindications and interactions.</source>
        <comment>regimen_caution</comment>
        <extracomment>immunosep.json regimen_caution</extracomment>
        <translation>Ελέγξτε την Περίληψη Χαρακτηριστικών του Προϊόντος για δοσολογία σε νεφρική ανεπάρκεια, αντενδείξεις και αλληλεπιδράσεις.</translation>
    </message>
    <message>
        <source>Primary endpoint, all patients</source>
        <comment>comparisons/primary_overall/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/label</extracomment>
        <translation>Πρωτεύον καταληκτικό σημείο, όλοι οι ασθενείς</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_overall/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_overall/endpoint</extracomment>
        <translation>Μείωση της μέσης βαθμολογίας SOFA κατά ≥ 1,4 βαθμούς έως την ημέρα 9</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/primary_overall/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/treated/label</extracomment>
        <translation>ανοσοθεραπεία ακριβείας</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/primary_overall/control/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/control/label</extracomment>
        <translation>εικονικό φάρμακο</translation>
    </message>
    <message>
        <source>Adjusted logistic OR 2.49 (95 % CI 1.42–4.36).</source>
        <comment>comparisons/primary_overall/published/extra</comment>
        <extracomment>immunosep.json comparisons/primary_overall/published/extra</extracomment>
        <translation>Προσαρμοσμένο OR (λογιστική παλινδρόμηση) 2,49 (95% ΔΕ 1,42–4,36).</translation>
    </message>
    <message>
        <source>Primary endpoint, MALS subgroup (anakinra vs placebo)</source>
        <comment>comparisons/primary_mals/label</comment>
        <extracomment>immunosep.json comparisons/primary_mals/label</extracomment>
        <translation>Πρωτεύον καταληκτικό σημείο, υποομάδα MALS (anakinra έναντι εικονικού φαρμάκου)</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_mals/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_mals/endpoint</extracomment>
        <translation>Μείωση της μέσης βαθμολογίας SOFA κατά ≥ 1,4 βαθμούς έως την ημέρα 9</translation>
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
        <translation>εικονικό φάρμακο</translation>
    </message>
    <message>
        <source>The article text prints P = .04 for this subgroup.</source>
        <comment>comparisons/primary_mals/published/extra</comment>
        <extracomment>immunosep.json comparisons/primary_mals/published/extra</extracomment>
        <translation>Το κείμενο του άρθρου αναφέρει p = 0,04 για αυτή την υποομάδα.</translation>
    </message>
    <message>
        <source>Primary endpoint, immunoparalysis subgroup (interferon-γ vs placebo)</source>
        <comment>comparisons/primary_immunoparalysis/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/label</extracomment>
        <translation>Πρωτεύον καταληκτικό σημείο, υποομάδα ανοσοπαράλυσης (ιντερφερόνη-γ έναντι εικονικού φαρμάκου)</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_immunoparalysis/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/endpoint</extracomment>
        <translation>Μείωση της μέσης βαθμολογίας SOFA κατά ≥ 1,4 βαθμούς έως την ημέρα 9</translation>
    </message>
    <message>
        <source>interferon-γ</source>
        <comment>comparisons/primary_immunoparalysis/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/treated/label</extracomment>
        <translation>ιντερφερόνη-γ</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/primary_immunoparalysis/control/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/control/label</extracomment>
        <translation>εικονικό φάρμακο</translation>
    </message>
    <message>
        <source>The article text prints P = .02 for this subgroup.</source>
        <comment>comparisons/primary_immunoparalysis/published/extra</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/published/extra</extracomment>
        <translation>Το κείμενο του άρθρου αναφέρει p = 0,02 για αυτή την υποομάδα.</translation>
    </message>
    <message>
        <source>deaths</source>
        <comment>comparisons/mortality_28d/events</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/events</extracomment>
        <translation>θάνατοι</translation>
    </message>
    <message>
        <source>28-day mortality, all patients</source>
        <comment>comparisons/mortality_28d/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/label</extracomment>
        <translation>Θνησιμότητα 28 ημερών, όλοι οι ασθενείς</translation>
    </message>
    <message>
        <source>death by day 28</source>
        <comment>comparisons/mortality_28d/endpoint</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/endpoint</extracomment>
        <translation>θάνατος έως την ημέρα 28</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/mortality_28d/treated/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/treated/label</extracomment>
        <translation>ανοσοθεραπεία ακριβείας</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/mortality_28d/control/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/control/label</extracomment>
        <translation>εικονικό φάρμακο</translation>
    </message>
    <message>
        <source>Cox HR 0.83 (0.59–1.18), P = .298. The printed difference is placebo minus precision immunotherapy (precision minus placebo is −6.1).</source>
        <comment>comparisons/mortality_28d/published/extra</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/published/extra</extracomment>
        <translation>Cox HR 0,83 (0,59–1,18), p = 0,298. Η τυπωμένη διαφορά είναι εικονικό φάρμακο μείον ανοσοθεραπεία ακριβείας (ανοσοθεραπεία ακριβείας μείον εικονικό φάρμακο είναι −6,1).</translation>
    </message>
    <message>
        <source>deaths</source>
        <comment>comparisons/mortality_90d/events</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/events</extracomment>
        <translation>θάνατοι</translation>
    </message>
    <message>
        <source>90-day mortality, all patients</source>
        <comment>comparisons/mortality_90d/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/label</extracomment>
        <translation>Θνησιμότητα 90 ημερών, όλοι οι ασθενείς</translation>
    </message>
    <message>
        <source>death by day 90</source>
        <comment>comparisons/mortality_90d/endpoint</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/endpoint</extracomment>
        <translation>θάνατος έως την ημέρα 90</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/mortality_90d/treated/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/treated/label</extracomment>
        <translation>ανοσοθεραπεία ακριβείας</translation>
    </message>
    <message>
        <source>placebo</source>
        <comment>comparisons/mortality_90d/control/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/control/label</extracomment>
        <translation>εικονικό φάρμακο</translation>
    </message>
    <message>
        <source>Cox HR 0.84 (0.63–1.12), P = .231.</source>
        <comment>comparisons/mortality_90d/published/extra</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/published/extra</extracomment>
        <translation>Cox HR 0,84 (0,63–1,12), p = 0,231.</translation>
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
        <translation>Anakinra 200 mg ενδοφλεβίως κάθε 8 ώρες για 15 ημέρες (με υποδόριο εικονικό φάρμακο: διπλό εικονικό).</translation>
    </message>
    <message>
        <source>Regimen used in the trial — information, not an order</source>
        <comment>arms/anakinra/regimen_label</comment>
        <extracomment>immunosep.json arms/anakinra/regimen_label</extracomment>
        <translation>Σχήμα που χρησιμοποιήθηκε στη μελέτη — πληροφορία, όχι ιατρική οδηγία</translation>
    </message>
    <message>
        <source>Fewer signs of ileus with anakinra (non-serious events).</source>
        <comment>arms/anakinra/safety/2</comment>
        <extracomment>immunosep.json arms/anakinra/safety/2</extracomment>
        <translation>Λιγότερα σημεία ειλεού με anakinra (μη σοβαρά συμβάντα).</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL places a patient in MALS; it does not establish HLH (HScore, HLH-2004 remain the diagnostic tools).</source>
        <comment>arms/anakinra/notes/0</comment>
        <extracomment>immunosep.json arms/anakinra/notes/0</extracomment>
        <translation>Φερριτίνη &gt; 4420 ng/mL κατατάσσει τον ασθενή στο MALS· δεν αποδεικνύει HLH (το HScore και τα κριτήρια HLH-2004 παραμένουν τα διαγνωστικά εργαλεία).</translation>
    </message>
    <message>
        <source>Anakinra is licensed for RA, CAPS/NOMID and DIRA; sepsis use is off-label. No renal dose adjustment for the trial regimen was found.</source>
        <comment>arms/anakinra/notes/1</comment>
        <extracomment>immunosep.json arms/anakinra/notes/1</extracomment>
        <translation>Η anakinra έχει άδεια κυκλοφορίας για ρευματοειδή αρθρίτιδα (RA), CAPS/NOMID και DIRA· η χρήση στη σήψη είναι εκτός εγκεκριμένων ενδείξεων. Δεν βρέθηκε προσαρμογή δόσης σε νεφρική ανεπάρκεια για το σχήμα της μελέτης.</translation>
    </message>
    <message>
        <source>recombinant human interferon-γ</source>
        <comment>arms/interferon_gamma/drug</comment>
        <extracomment>immunosep.json arms/interferon_gamma/drug</extracomment>
        <translation>ανασυνδυασμένη ανθρώπινη ιντερφερόνη-γ</translation>
    </message>
    <message>
        <source>Recombinant human interferon-γ 100 µg subcutaneously every 48 hours (every other day) for 15 days (with intravenous placebo: double-dummy).</source>
        <comment>arms/interferon_gamma/regimen</comment>
        <extracomment>immunosep.json arms/interferon_gamma/regimen</extracomment>
        <translation>Ανασυνδυασμένη ανθρώπινη ιντερφερόνη-γ 100 µg υποδορίως κάθε 48 ώρες (μέρα παρά μέρα) για 15 ημέρες (με ενδοφλέβιο εικονικό φάρμακο: διπλό εικονικό).</translation>
    </message>
    <message>
        <source>Regimen used in the trial — information, not an order</source>
        <comment>arms/interferon_gamma/regimen_label</comment>
        <extracomment>immunosep.json arms/interferon_gamma/regimen_label</extracomment>
        <translation>Σχήμα που χρησιμοποιήθηκε στη μελέτη — πληροφορία, όχι ιατρική οδηγία</translation>
    </message>
    <message>
        <source>More haemorrhage with interferon-γ; four haemorrhagic events occurred in treated patients with thrombocytopenia.</source>
        <comment>arms/interferon_gamma/safety/0</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/0</extracomment>
        <translation>Περισσότερες αιμορραγίες με ιντερφερόνη-γ· τέσσερα αιμορραγικά συμβάντα σημειώθηκαν σε ασθενείς υπό θεραπεία με θρομβοπενία.</translation>
    </message>
    <message>
        <source>More creatinine increase, fibrinogen decrease and γ-GT increase with interferon-γ; less bradycardia (non-serious events).</source>
        <comment>arms/interferon_gamma/safety/1</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/1</extracomment>
        <translation>Συχνότερη αύξηση κρεατινίνης, μείωση ινωδογόνου και αύξηση γ-GT με ιντερφερόνη-γ· λιγότερη βραδυκαρδία (μη σοβαρά συμβάντα).</translation>
    </message>
    <message>
        <source>HLA-DR must be antibodies bound per cell (QuantiBRITE, CD45/CD14 monocytes), not % positive monocytes or MFI.</source>
        <comment>arms/interferon_gamma/notes/0</comment>
        <extracomment>immunosep.json arms/interferon_gamma/notes/0</extracomment>
        <translation>Το HLA-DR πρέπει να εκφράζεται σε δεσμευμένα αντισώματα ανά κύτταρο (QuantiBRITE, μονοκύτταρα CD45/CD14), όχι σε % θετικών μονοκυττάρων ή MFI.</translation>
    </message>
    <message>
        <source>Interferon-γ-1b is licensed for chronic granulomatous disease; sepsis use is off-label.</source>
        <comment>arms/interferon_gamma/notes/1</comment>
        <extracomment>immunosep.json arms/interferon_gamma/notes/1</extracomment>
        <translation>Η ιντερφερόνη-γ-1b έχει άδεια κυκλοφορίας για τη χρόνια κοκκιωματώδη νόσο· η χρήση στη σήψη είναι εκτός εγκεκριμένων ενδείξεων.</translation>
    </message>
    <message>
        <source>Serious treatment-emergent adverse events in 245 of 276 patients (88.8 %); 1069 events in all.</source>
        <comment>overall_safety/0</comment>
        <extracomment>immunosep.json overall_safety/0</extracomment>
        <translation>Σοβαρά ανεπιθύμητα συμβάντα κατά τη διάρκεια της θεραπείας σε 245 από 276 ασθενείς (88,8 %)· 1069 συμβάντα συνολικά.</translation>
    </message>
    <message>
        <source>Serious adverse events judged probably or possibly related: 8 (6.1 %) with precision immunotherapy vs 3 (2.1 %) with placebo.</source>
        <comment>overall_safety/1</comment>
        <extracomment>immunosep.json overall_safety/1</extracomment>
        <translation>Σοβαρά ανεπιθύμητα συμβάντα που κρίθηκαν πιθανώς ή ενδεχομένως σχετιζόμενα: 8 (6,1 %) με ανοσοθεραπεία ακριβείας έναντι 3 (2,1 %) με εικονικό φάρμακο.</translation>
    </message>
    <message>
        <source>This patient meets neither ImmunoSep phenotype (ferritin ≤ 4420 ng/mL and HLA-DR ≥ 5000 AB/C). Such patients were not eligible for the trial (355 of 672 screened fitted neither phenotype), so the ImmunoSep evidence does not apply and the trial offers no treatment for this state.</source>
        <comment>not_applicable/unclassified</comment>
        <extracomment>immunosep.json not_applicable/unclassified</extracomment>
        <translation>Ο ασθενής αυτός δεν πληροί κανέναν φαινότυπο ImmunoSep (φερριτίνη ≤ 4420 ng/mL και HLA-DR ≥ 5000 AB/C). Τέτοιοι ασθενείς δεν ήταν επιλέξιμοι για τη μελέτη (355 από 672 που ελέγχθηκαν δεν αντιστοιχούσαν σε κανέναν φαινότυπο), επομένως τα τεκμήρια της ImmunoSep δεν ισχύουν και η μελέτη δεν προσφέρει θεραπεία για αυτή την κατάσταση.</translation>
    </message>
    <message>
        <source>The phenotype cannot be determined from these data, so no ImmunoSep evidence applies yet. Obtain what the reasons above ask for and assess again.</source>
        <comment>not_applicable/cannot_classify</comment>
        <extracomment>immunosep.json not_applicable/cannot_classify</extracomment>
        <translation>Ο φαινότυπος δεν μπορεί να προσδιοριστεί από αυτά τα δεδομένα, επομένως δεν ισχύουν ακόμη τεκμήρια ImmunoSep. Συμπληρώστε ό,τι ζητούν οι παραπάνω αιτίες και αξιολογήστε ξανά.</translation>
    </message>
    <message>
        <source>28-day mortality: the difference is printed as 6.1 (−5.6 to 17.6), which is placebo minus precision immunotherapy; precision minus placebo is −6.1 (−17.6 to 5.6).</source>
        <comment>published_discrepancies/0</comment>
        <extracomment>immunosep.json published_discrepancies/0</extracomment>
        <translation>Θνησιμότητα 28 ημερών: η διαφορά τυπώνεται ως 6,1 (−5,6 έως 17,6), δηλαδή εικονικό φάρμακο μείον ανοσοθεραπεία ακριβείας· ανοσοθεραπεία ακριβείας μείον εικονικό φάρμακο είναι −6,1 (−17,6 έως 5,6).</translation>
    </message>
    <message>
        <source>MALS subgroup: the article text prints P = .04; the eTable prints P = .034, which the counts reproduce (Fisher 0.0339).</source>
        <comment>published_discrepancies/1</comment>
        <extracomment>immunosep.json published_discrepancies/1</extracomment>
        <translation>Υποομάδα MALS: το κείμενο του άρθρου αναφέρει p = 0,04· ο πίνακας eTable αναφέρει p = 0,034, που αναπαράγεται από τους αριθμούς (Fisher 0,0339).</translation>
    </message>
    <message>
        <source>MALS subgroup OR lower limit printed 1.15; Woolf gives 1.156 (printed value truncated).</source>
        <comment>published_discrepancies/2</comment>
        <extracomment>immunosep.json published_discrepancies/2</extracomment>
        <translation>Υποομάδα MALS: το κατώτερο όριο του OR τυπώνεται 1,15· η μέθοδος Woolf δίνει 1,156 (η τυπωμένη τιμή είναι αποκομμένη).</translation>
    </message>
    <message>
        <source>355 of 672 screened patients fitted neither phenotype.</source>
        <comment>trial/limits/2</comment>
        <extracomment>immunosep.json trial/limits/2</extracomment>
        <translation>355 από 672 ασθενείς που ελέγχθηκαν δεν αντιστοιχούσαν σε κανέναν φαινότυπο.</translation>
    </message>
    <message>
        <source>More anaemia with anakinra than with placebo.</source>
        <comment>arms/anakinra/safety/0</comment>
        <extracomment>immunosep.json arms/anakinra/safety/0</extracomment>
        <translation>Περισσότερη αναιμία με anakinra απ&apos; ό,τι με εικονικό φάρμακο.</translation>
    </message>
    <message>
        <source>Serious adverse events in 20 of 25 anakinra-treated and 21 of 23 placebo MALS patients.</source>
        <comment>arms/anakinra/safety/1</comment>
        <extracomment>immunosep.json arms/anakinra/safety/1</extracomment>
        <translation>Σοβαρά ανεπιθύμητα συμβάντα σε 20 από 25 ασθενείς MALS που έλαβαν anakinra και σε 21 από 23 που έλαβαν εικονικό φάρμακο.</translation>
    </message>
    <message>
        <source>Serious adverse events in 96 of 106 interferon-γ-treated and 108 of 122 placebo immunoparalysis patients.</source>
        <comment>arms/interferon_gamma/safety/2</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/2</extracomment>
        <translation>Σοβαρά ανεπιθύμητα συμβάντα σε 96 από 106 ασθενείς με ανοσοπαράλυση που έλαβαν ιντερφερόνη-γ και σε 108 από 122 που έλαβαν εικονικό φάρμακο.</translation>
    </message>
    <message>
        <source>Figures transcribed from ../shared/domain/immunosep-reference.md §1 (JAMA 2025 article, Table 2, eTables); re-check against the JAMA PDF before release.</source>
        <comment>provenance/0</comment>
        <extracomment>immunosep.json provenance/0</extracomment>
        <translation>Αριθμοί μεταγεγραμμένοι από το ../shared/domain/immunosep-reference.md §1 (άρθρο JAMA 2025, πίνακας 2, eTables)· απαιτείται επανέλεγχος έναντι του PDF του JAMA πριν από την κυκλοφορία της έκδοσης.</translation>
    </message>
    <message>
        <source>The full exclusion list could not be verified: every stored registry copy is truncated (a corticosteroid-dose limit is mentioned, its value is not).</source>
        <comment>provenance/1</comment>
        <extracomment>immunosep.json provenance/1</extracomment>
        <translation>Ο πλήρης κατάλογος κριτηρίων αποκλεισμού δεν μπόρεσε να επαληθευτεί: όλα τα αποθηκευμένα αντίγραφα του μητρώου είναι αποκομμένα (αναφέρεται όριο δόσης κορτικοστεροειδών, όχι όμως η τιμή του).</translation>
    </message>
    <message>
        <source>The label of the 355-patient box of the flow chart (&quot;fitted neither phenotype&quot;) was not visible in the transcription.</source>
        <comment>provenance/2</comment>
        <extracomment>immunosep.json provenance/2</extracomment>
        <translation>Η ετικέτα του πλαισίου των 355 ασθενών στο διάγραμμα ροής («δεν αντιστοιχούσαν σε κανέναν φαινότυπο») δεν ήταν ορατή στη μεταγραφή.</translation>
    </message>
    <message>
        <source>Exact counts of anaemia with anakinra and of haemorrhage with interferon-γ were not retrievable.</source>
        <comment>provenance/3</comment>
        <extracomment>immunosep.json provenance/3</extracomment>
        <translation>Οι ακριβείς αριθμοί περιστατικών αναιμίας με anakinra και αιμορραγίας με ιντερφερόνη-γ δεν ήταν δυνατόν να ανακτηθούν.</translation>
    </message>
    <message>
        <source>Serious adverse events by stratum (20 and 21 of the MALS arms, 96 and 108 of the immunoparalysis arms) are inferred from the arm totals of Table 3.</source>
        <comment>provenance/4</comment>
        <extracomment>immunosep.json provenance/4</extracomment>
        <translation>Τα σοβαρά ανεπιθύμητα συμβάντα ανά στρώμα (20 και 21 στα σκέλη MALS, 96 και 108 στα σκέλη ανοσοπαράλυσης) συνάγονται από τα σύνολα ανά σκέλος του πίνακα 3.</translation>
    </message>
    <message>
        <source>Circulating summaries that say &apos;267 patients&apos;, or placebo denominators of 131, are wrong: 276 were analysed (131 precision immunotherapy, 145 placebo).</source>
        <comment>provenance/5</comment>
        <extracomment>immunosep.json provenance/5</extracomment>
        <translation>Κυκλοφορούσες περιλήψεις που αναφέρουν «267 ασθενείς» ή παρονομαστές εικονικού φαρμάκου 131 είναι λανθασμένες: αναλύθηκαν 276 (131 ανοσοθεραπεία ακριβείας, 145 εικονικό φάρμακο).</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Trial evidence</source>
        <translation>Τεκμήρια της μελέτης</translation>
    </message>
    <message>
        <source>Key points and regimen</source>
        <translation>Βασικά σημεία και σχήμα</translation>
    </message>
    <message>
        <source>Statistics audit: published vs recomputed figures</source>
        <translation>Έλεγχος στατιστικών: δημοσιευμένοι έναντι επανυπολογισμένων αριθμών</translation>
    </message>
    <message>
        <source>Show the statistics audit</source>
        <translation>Εμφάνιση του ελέγχου στατιστικών</translation>
    </message>
    <message>
        <source>Statistics audit</source>
        <translation>Έλεγχος στατιστικών</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>The evidence for the patient&apos;s phenotype appears here once the values can be classified.</source>
        <translation>Τα τεκμήρια για τον φαινότυπο του ασθενούς εμφανίζονται εδώ μόλις οι τιμές μπορούν να ταξινομηθούν.</translation>
    </message>
    <message>
        <source>Hide the statistics audit</source>
        <translation>Απόκρυψη του ελέγχου στατιστικών</translation>
    </message>
</context>
<context>
    <name>EvidencePlot</name>
    <message>
        <source>Evidence chart</source>
        <translation>Διάγραμμα τεκμηρίων</translation>
    </message>
    <message>
        <source>{group} (this patient)</source>
        <translation>{group} (αυτός ο ασθενής)</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>treated percentage</source>
        <translation>ποσοστό υπό θεραπεία</translation>
    </message>
    <message>
        <source>placebo percentage</source>
        <translation>ποσοστό με εικονικό φάρμακο</translation>
    </message>
    <message>
        <source>p value</source>
        <translation>τιμή p</translation>
    </message>
    <message>
        <source>odds ratio</source>
        <translation>λόγος σχετικών πιθανοτήτων</translation>
    </message>
    <message>
        <source>lower limit of the odds ratio</source>
        <translation>κατώτερο όριο του λόγου σχετικών πιθανοτήτων</translation>
    </message>
    <message>
        <source>upper limit of the odds ratio</source>
        <translation>ανώτερο όριο του λόγου σχετικών πιθανοτήτων</translation>
    </message>
    <message>
        <source>risk difference</source>
        <translation>διαφορά κινδύνου</translation>
    </message>
    <message>
        <source>lower limit of the risk difference</source>
        <translation>κατώτερο όριο της διαφοράς κινδύνου</translation>
    </message>
    <message>
        <source>upper limit of the risk difference</source>
        <translation>ανώτερο όριο της διαφοράς κινδύνου</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Θάνατοι</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Ανταποκριθέντες</translation>
    </message>
    <message>
        <source>Every printed figure agrees with its recomputation (within one unit of its last printed digit).</source>
        <translation>Κάθε τυπωμένος αριθμός συμφωνεί με τον επανυπολογισμό του (με απόκλιση έως μία μονάδα του τελευταίου τυπωμένου ψηφίου).</translation>
    </message>
    <message>
        <source>ImmunoSep trial evidence</source>
        <translation>Τεκμήρια της μελέτης ImmunoSep</translation>
    </message>
    <message>
        <source>The evidence for the patient&apos;s phenotype appears here once the values can be classified.</source>
        <translation>Τα τεκμήρια για τον φαινότυπο του ασθενούς εμφανίζονται εδώ μόλις οι τιμές μπορούν να ταξινομηθούν.</translation>
    </message>
    <message>
        <source>{point} ({low} to {high})</source>
        <translation>{point} ({low} έως {high})</translation>
    </message>
    <message>
        <source>Odds ratio (95 % CI)</source>
        <translation>Λόγος σχετικών πιθανοτήτων (95 % ΔΕ)</translation>
    </message>
    <message>
        <source>Risk difference, percentage points (95 % CI), placebo − treated, as printed</source>
        <translation>Διαφορά κινδύνου, εκατοστιαίες μονάδες (95 % ΔΕ), εικονικό φάρμακο − θεραπεία, όπως τυπώθηκε</translation>
    </message>
    <message>
        <source>Risk difference, percentage points (95 % CI), treated − placebo</source>
        <translation>Διαφορά κινδύνου, εκατοστιαίες μονάδες (95 % ΔΕ), θεραπεία − εικονικό φάρμακο</translation>
    </message>
    <message>
        <source>No trial arm matches this result.</source>
        <translation>Κανένα σκέλος της μελέτης δεν αντιστοιχεί σε αυτό το αποτέλεσμα.</translation>
    </message>
    <message>
        <source>Printed and recomputed figures differ for: {figures}.</source>
        <translation>Οι τυπωμένοι και οι επανυπολογισμένοι αριθμοί διαφέρουν για: {figures}.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Published (as printed)</source>
        <translation>Δημοσιευμένο (όπως τυπώθηκε)</translation>
    </message>
    <message>
        <source>Recomputed from the counts</source>
        <translation>Επανυπολογισμένο από τα πλήθη</translation>
    </message>
    <message>
        <source>{treated} {te}/{tt} ({tp} %) vs {control} {ce}/{ct} ({cp} %)</source>
        <translation>{treated} {te}/{tt} ({tp} %) έναντι {control} {ce}/{ct} ({cp} %)</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Βασικά σημεία</translation>
    </message>
    <message>
        <source>Limits of the evidence</source>
        <translation>Περιορισμοί των τεκμηρίων</translation>
    </message>
    <message>
        <source>Known discrepancies in the publication</source>
        <translation>Γνωστές ασυμφωνίες στη δημοσίευση</translation>
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
        <translation>Πηγή: {source}.</translation>
    </message>
    <message>
        <source>Methods of the recomputation:</source>
        <translation>Μέθοδοι του επανυπολογισμού:</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>Evidence version {version}, cut-off {cutoff}.</source>
        <translation>Έκδοση τεκμηρίωσης {version}, ημερομηνία αποκοπής {cutoff}.</translation>
    </message>
    <message>
        <source>Why there is no phenotype:</source>
        <translation>Γιατί δεν υπάρχει φαινότυπος:</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence does not apply</source>
        <translation>Τα τεκμήρια της ImmunoSep δεν ισχύουν</translation>
    </message>
    <message>
        <source>Key exclusions</source>
        <translation>Βασικά κριτήρια αποκλεισμού</translation>
    </message>
    <message>
        <source>How this patient may differ from the trial population</source>
        <translation>Πώς μπορεί να διαφέρει ο ασθενής από τον πληθυσμό της μελέτης</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Όλοι οι ασθενείς</translation>
    </message>
    <message>
        <source>Safety signals</source>
        <translation>Σήματα ασφάλειας</translation>
    </message>
    <message>
        <source>ImmunoSep evidence for {phenotype}: {drug} arm</source>
        <translation>Τεκμήρια της ImmunoSep για τον φαινότυπο {phenotype}: σκέλος {drug}</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF report — TRAINING</source>
        <translation>Εξαγωγή αναφοράς PDF — ΕΚΠΑΙΔΕΥΣΗ</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Εξαγωγή αναφοράς PDF</translation>
    </message>
    <message>
        <source>Rendering the report…</source>
        <translation>Δημιουργία της αναφοράς…</translation>
    </message>
    <message>
        <source>Preview of page 1</source>
        <translation>Προεπισκόπηση της σελίδας 1</translation>
    </message>
    <message>
        <source>Patient name (optional)</source>
        <translation>Όνομα ασθενούς (προαιρετικό)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ΕΕΕΕ-ΜΜ-ΗΗ</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD (optional)</source>
        <translation>Ημερομηνία γέννησης, ΕΕΕΕ-ΜΜ-ΗΗ (προαιρετικό)</translation>
    </message>
    <message>
        <source>Record number (optional)</source>
        <translation>Αριθμός μητρώου (προαιρετικό)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>Ημερομηνία &amp;γέννησης:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>Αριθμός &amp;μητρώου:</translation>
    </message>
    <message>
        <source>Leave these empty to print a box for a patient label.</source>
        <translation>Αφήστε τα κενά για να τυπωθεί πλαίσιο για ετικέτα ασθενούς.</translation>
    </message>
    <message>
        <source>Patient: {id}
Result: {result}</source>
        <translation>Ασθενής: {id}
Αποτέλεσμα: {result}</translation>
    </message>
    <message>
        <source>TRAINING — every page is marked as training material.</source>
        <translation>ΕΚΠΑΙΔΕΥΣΗ — κάθε σελίδα επισημαίνεται ως εκπαιδευτικό υλικό.</translation>
    </message>
    <message>
        <source>Page header (site)</source>
        <translation>Κεφαλίδα σελίδας (ίδρυμα)</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Ταυτοποίηση</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Αποθήκευση…</translation>
    </message>
    <message>
        <source>Page 1 includes the stored eligibility checklist, day-9 SOFA measure and HScore, where present.</source>
        <translation>Η σελίδα 1 περιλαμβάνει τον αποθηκευμένο κατάλογο ελέγχου επιλεξιμότητας, τον δείκτη SOFA της ημέρας 9 και το HScore, όπου υπάρχουν.</translation>
    </message>
    <message>
        <source>Stored scores not included: {reason}</source>
        <translation>Οι αποθηκευμένες βαθμολογίες δεν περιλαμβάνονται: {reason}</translation>
    </message>
    <message>
        <source>Date of birth: type it as YYYY-MM-DD (e.g. 1958-03-14); 03/04/1958 could be March or April.</source>
        <translation>Ημερομηνία γέννησης: πληκτρολογήστε τη ως ΕΕΕΕ-ΜΜ-ΗΗ (π.χ. 1958-03-14)· το 03/04/1958 μπορεί να σημαίνει Μάρτιο ή Απρίλιο.</translation>
    </message>
    <message>
        <source>No preview on this computer (no PDF renderer found).
The saved file is the same report.</source>
        <translation>Δεν υπάρχει προεπισκόπηση σε αυτόν τον υπολογιστή (δεν βρέθηκε πρόγραμμα απόδοσης PDF).
Το αρχείο που αποθηκεύεται είναι η ίδια αναφορά.</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Έτοιμο για αποθήκευση.</translation>
    </message>
    <message>
        <source>Page 1 of {n} shown. Ready to save.</source>
        <translation>Εμφανίζεται η σελίδα 1 από {n}. Έτοιμο για αποθήκευση.</translation>
    </message>
    <message>
        <source>Page 1 shown. Ready to save.</source>
        <translation>Εμφανίζεται η σελίδα 1. Έτοιμο για αποθήκευση.</translation>
    </message>
    <message>
        <source>The report could not be produced.</source>
        <translation>Η αναφορά δεν μπόρεσε να δημιουργηθεί.</translation>
    </message>
    <message>
        <source>Error: {kind}. Nothing can be saved.</source>
        <translation>Σφάλμα: {kind}. Δεν μπορεί να αποθηκευτεί τίποτα.</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it with this report?</source>
        <translation>Το {name} υπάρχει ήδη στον φάκελο {folder}.

Να αντικατασταθεί με αυτή την αναφορά;</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Αποθήκευση {name}…</translation>
    </message>
    <message>
        <source>{name} appeared meanwhile; it was not replaced.</source>
        <translation>Το {name} εμφανίστηκε στο μεταξύ· δεν αντικαταστάθηκε.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}. Nothing was written.</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του {name}: {reason}. Δεν γράφτηκε τίποτα.</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}:
{reason}

Nothing was written there. Choose another folder.</source>
        <translation>Η αναφορά δεν μπόρεσε να αποθηκευτεί στο {path}:
{reason}

Δεν γράφτηκε τίποτα εκεί. Επιλέξτε άλλο φάκελο.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Age {age} years is under {min_age}: ImmunoSep enrolled adults only, and HLA-DR differs in children.</source>
        <comment>age_under_18</comment>
        <extracomment>Finding age_under_18. Fields: age, min_age.</extracomment>
        <translation>Ηλικία {age} ετών, κάτω από {min_age}: η ImmunoSep ενέταξε μόνο ενήλικες και το HLA-DR διαφέρει στα παιδιά.</translation>
    </message>
    <message>
        <source>Age {age} years could be under {min_age}; the exact age is needed.</source>
        <comment>age_indeterminate</comment>
        <extracomment>Finding age_indeterminate. Fields: age, min_age.</extracomment>
        <translation>Η ηλικία {age} ετών μπορεί να είναι κάτω από {min_age}· απαιτείται η ακριβής ηλικία.</translation>
    </message>
    <message>
        <source>The rule could not be applied to these inputs.</source>
        <comment>internal_error</comment>
        <extracomment>Finding internal_error.</extracomment>
        <translation>Ο κανόνας δεν μπόρεσε να εφαρμοστεί σε αυτά τα δεδομένα.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is unusually low for antibodies bound per cell; check that it is not % positive monocytes or MFI.</source>
        <comment>hla_dr_implausibly_low</comment>
        <extracomment>Finding hla_dr_implausibly_low. Fields: hla_dr.</extracomment>
        <translation>Το HLA-DR {hla_dr} είναι ασυνήθιστα χαμηλό για δεσμευμένα αντισώματα ανά κύτταρο· ελέγξτε ότι δεν πρόκειται για % θετικά μονοκύτταρα ή MFI.</translation>
    </message>
    <message>
        <source>HLA-DR given as {hla_dr_unit} was not used: it cannot be converted to AB/C (not needed for MALS).</source>
        <comment>hla_dr_unit_not_used</comment>
        <extracomment>Finding hla_dr_unit_not_used. Fields: hla_dr_unit.</extracomment>
        <translation>Το HLA-DR σε {hla_dr_unit} δεν χρησιμοποιήθηκε: δεν μπορεί να μετατραπεί σε AB/C (δεν χρειάζεται για το MALS).</translation>
    </message>
    <message>
        <source>The HLA-DR processing time is before its sample time; check both times.</source>
        <comment>hla_dr_processed_before_sampled</comment>
        <extracomment>Finding hla_dr_processed_before_sampled.</extracomment>
        <translation>Ο χρόνος επεξεργασίας του HLA-DR είναι πριν από τον χρόνο λήψης του δείγματος· ελέγξτε και τους δύο χρόνους.</translation>
    </message>
    <message>
        <source>Age not given: ImmunoSep enrolled adults (≥ {min_age} years) only.</source>
        <comment>age_not_given</comment>
        <extracomment>Finding age_not_given. Fields: min_age.</extracomment>
        <translation>Η ηλικία δεν δόθηκε: η ImmunoSep ενέταξε μόνο ενήλικες (≥ {min_age} ετών).</translation>
    </message>
    <message>
        <source>no HLA-DR result of this patient within {max_interval} of this ferritin result</source>
        <comment>not_paired.ferritin</comment>
        <extracomment>Finding not_paired.ferritin. Fields: max_interval.</extracomment>
        <translation>κανένα αποτέλεσμα HLA-DR αυτού του ασθενούς εντός {max_interval} από αυτό το αποτέλεσμα φερριτίνης</translation>
    </message>
    <message>
        <source>no ferritin result of this patient within {max_interval} of this HLA-DR result</source>
        <comment>not_paired.hla_dr</comment>
        <extracomment>Finding not_paired.hla_dr. Fields: max_interval.</extracomment>
        <translation>κανένα αποτέλεσμα φερριτίνης αυτού του ασθενούς εντός {max_interval} από αυτό το αποτέλεσμα HLA-DR</translation>
    </message>
    <message>
        <source>not paired: two results are equally close in time (rows {first_row} and {second_row} among them); pair them by hand</source>
        <comment>pairing_ambiguous</comment>
        <extracomment>Finding pairing_ambiguous. Fields: first_row, second_row.</extracomment>
        <translation>δεν έγινε σύζευξη: δύο αποτελέσματα απέχουν εξίσου χρονικά (μεταξύ αυτών οι γραμμές {first_row} και {second_row})· συζεύξτε τα χειροκίνητα</translation>
    </message>
    <message>
        <source>encoding cp1252 (identical to latin-1 for this file)</source>
        <comment>encoding_cp1252</comment>
        <extracomment>Finding encoding_cp1252.</extracomment>
        <translation>κωδικοποίηση cp1252 (ταυτόσημη με latin-1 για αυτό το αρχείο)</translation>
    </message>
    <message>
        <source>delimiter comma (detected)</source>
        <comment>delimiter_detected.comma</comment>
        <extracomment>Finding delimiter_detected.comma.</extracomment>
        <translation>διαχωριστικό: κόμμα &apos;,&apos; (ανιχνεύθηκε)</translation>
    </message>
    <message>
        <source>delimiter semicolon (detected)</source>
        <comment>delimiter_detected.semicolon</comment>
        <extracomment>Finding delimiter_detected.semicolon.</extracomment>
        <translation>διαχωριστικό: ερωτηματικό &apos;;&apos; (ανιχνεύθηκε)</translation>
    </message>
    <message>
        <source>delimiter tab (detected)</source>
        <comment>delimiter_detected.tab</comment>
        <extracomment>Finding delimiter_detected.tab.</extracomment>
        <translation>διαχωριστικό: στηλοθέτης (tab) (ανιχνεύθηκε)</translation>
    </message>
    <message>
        <source>delimiter pipe (detected)</source>
        <comment>delimiter_detected.pipe</comment>
        <extracomment>Finding delimiter_detected.pipe.</extracomment>
        <translation>διαχωριστικό: κάθετος &apos;|&apos; (ανιχνεύθηκε)</translation>
    </message>
    <message>
        <source>header on row {row}</source>
        <comment>header_row</comment>
        <extracomment>Finding header_row. Fields: row.</extracomment>
        <translation>κεφαλίδα στη γραμμή {row}</translation>
    </message>
    <message>
        <source>sheet {sheet} (the first of {count}: {sheets})</source>
        <comment>first_sheet</comment>
        <extracomment>Finding first_sheet. Fields: count, sheet, sheets.</extracomment>
        <translation>φύλλο {sheet} (το πρώτο από {count}: {sheets})</translation>
    </message>
    <message>
        <source>decimal comma (detected: values such as 5120,5 and none with a decimal point)</source>
        <comment>decimal_comma_detected</comment>
        <extracomment>Finding decimal_comma_detected.</extracomment>
        <translation>υποδιαστολή κόμμα (ανιχνεύθηκε: τιμές όπως 5120,5 και καμία με υποδιαστολή τελεία)</translation>
    </message>
    <message>
        <source>decimal point (detected)</source>
        <comment>decimal_point_detected</comment>
        <extracomment>Finding decimal_point_detected.</extracomment>
        <translation>υποδιαστολή τελεία (ανιχνεύθηκε)</translation>
    </message>
    <message>
        <source>values use both decimal comma and decimal point; declare the decimal separator (rows that do not fit it are rejected)</source>
        <comment>decimal_separators_mixed</comment>
        <extracomment>Finding decimal_separators_mixed.</extracomment>
        <translation>οι τιμές χρησιμοποιούν ως υποδιαστολή και κόμμα και τελεία· δηλώστε το διαχωριστικό δεκαδικών (οι γραμμές που δεν συμφωνούν με αυτό απορρίπτονται)</translation>
    </message>
    <message>
        <source>values such as 4.420 or 4,420 could be grouped thousands or decimals; they are rejected (declare the decimal separator if needed)</source>
        <comment>decimal_grouping_ambiguous</comment>
        <extracomment>Finding decimal_grouping_ambiguous.</extracomment>
        <translation>τιμές όπως 4.420 ή 4,420 μπορεί να είναι χιλιάδες με ομαδοποίηση ή δεκαδικοί αριθμοί· απορρίπτονται (δηλώστε το διαχωριστικό δεκαδικών, αν χρειάζεται)</translation>
    </message>
    <message>
        <source>no decimal separator in the values</source>
        <comment>no_decimal_separator</comment>
        <extracomment>Finding no_decimal_separator.</extracomment>
        <translation>κανένα διαχωριστικό δεκαδικών στις τιμές</translation>
    </message>
    <message>
        <source>sample times mix date separators ({separators}); give the time format</source>
        <comment>time_separators_mixed</comment>
        <extracomment>Finding time_separators_mixed. Fields: separators.</extracomment>
        <translation>οι χρόνοι λήψης αναμειγνύουν διαχωριστικά ημερομηνίας ({separators})· δώστε τη μορφή ώρας</translation>
    </message>
    <message>
        <source>time format {time_format} (detected: day first, a first field reaches {value})</source>
        <comment>time_format_detected.day_first</comment>
        <extracomment>Finding time_format_detected.day_first. Fields: time_format, value.</extracomment>
        <translation>μορφή ώρας {time_format} (ανιχνεύθηκε: πρώτα η ημέρα, ένα πρώτο πεδίο φτάνει το {value})</translation>
    </message>
    <message>
        <source>time format {time_format} (detected: month first, a second field reaches {value})</source>
        <comment>time_format_detected.month_first</comment>
        <extracomment>Finding time_format_detected.month_first. Fields: time_format, value.</extracomment>
        <translation>μορφή ώρας {time_format} (ανιχνεύθηκε: πρώτα ο μήνας, ένα δεύτερο πεδίο φτάνει το {value})</translation>
    </message>
    <message>
        <source>sample times like {example} could be day-first or month-first; give the time format (e.g. {time_format})</source>
        <comment>time_order_ambiguous</comment>
        <extracomment>Finding time_order_ambiguous. Fields: example, time_format.</extracomment>
        <translation>χρόνοι λήψης όπως {example} μπορεί να έχουν πρώτα την ημέρα ή πρώτα τον μήνα· δώστε τη μορφή ώρας (π.χ. {time_format})</translation>
    </message>
    <message>
        <source>sample times do not follow one day/month order; give the time format</source>
        <comment>time_order_inconsistent</comment>
        <extracomment>Finding time_order_inconsistent.</extracomment>
        <translation>οι χρόνοι λήψης δεν ακολουθούν μία σειρά ημέρας/μήνα· δώστε τη μορφή ώρας</translation>
    </message>
    <message>
        <source>date cells in the sample-time column are taken as 00:00 (the other cells of the column are date-times)</source>
        <comment>midnight_dates</comment>
        <extracomment>Finding midnight_dates.</extracomment>
        <translation>τα κελιά με σκέτη ημερομηνία στη στήλη χρόνου λήψης λαμβάνονται ως 00:00 (τα υπόλοιπα κελιά της στήλης είναι ημερομηνίες-ώρες)</translation>
    </message>
    <message>
        <source>no sample time column: results carry no sample time, and two rows of one patient cannot be told apart (they are reported as conflicting)</source>
        <comment>no_sample_time_column</comment>
        <extracomment>Finding no_sample_time_column.</extracomment>
        <translation>καμία στήλη χρόνου λήψης: τα αποτελέσματα δεν έχουν χρόνο λήψης, και δύο γραμμές του ίδιου ασθενούς δεν μπορούν να διακριθούν (αναφέρονται ως αντικρουόμενες)</translation>
    </message>
    <message>
        <source>header {header}: {text} is not a {analyte} unit; ignored</source>
        <comment>header_unit_ignored</comment>
        <extracomment>Finding header_unit_ignored. Fields: analyte, header, text.</extracomment>
        <translation>κεφαλίδα {header}: το {text} δεν είναι μονάδα για {analyte}· αγνοήθηκε</translation>
    </message>
    <message>
        <source>{file_format}: {messages} message(s), {results} result(s): {used} used, {ignored} ignored, {rejected} rejected</source>
        <comment>message_counts</comment>
        <extracomment>Finding message_counts. Fields: file_format, ignored, messages, rejected, results, used.</extracomment>
        <translation>{file_format}: {messages} μήνυμα(τα), {results} αποτέλεσμα(τα): {used} χρησιμοποιήθηκαν, {ignored} αγνοήθηκαν, {rejected} απορρίφθηκαν</translation>
    </message>
    <message>
        <source>line {line} of the file comes before the first MSH segment and belongs to no message; it was not read</source>
        <comment>outside_message</comment>
        <extracomment>Finding outside_message. Fields: line.</extracomment>
        <translation>η γραμμή {line} του αρχείου προηγείται του πρώτου τμήματος MSH και δεν ανήκει σε κανένα μήνυμα· δεν διαβάστηκε</translation>
    </message>
    <message>
        <source>No value was given; a number is required.</source>
        <comment>empty</comment>
        <extracomment>Finding empty.</extracomment>
        <translation>Δεν δόθηκε τιμή· απαιτείται αριθμός.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a comparator but no number; a number is required.</source>
        <comment>empty.comparator_only</comment>
        <extracomment>Finding empty.comparator_only. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; έχει τελεστή σύγκρισης αλλά όχι αριθμό· απαιτείται αριθμός.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a censored value; an exact number is required.</source>
        <comment>censored_not_allowed</comment>
        <extracomment>Finding censored_not_allowed. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; είναι λογοκριμένη τιμή· απαιτείται ακριβής αριθμός.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains {character} ({character_name}); only the ASCII digits 0-9 and one decimal separator are accepted.</source>
        <comment>non_ascii</comment>
        <extracomment>Finding non_ascii. Fields: character, character_name, text.</extracomment>
        <translation>Το &apos;{text}&apos; περιέχει {character} ({character_name})· γίνονται δεκτά μόνο τα ψηφία ASCII 0-9 και ένα διαχωριστικό δεκαδικών.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: NaN is not a number; a number is required.</source>
        <comment>not_a_number.nan</comment>
        <extracomment>Finding not_a_number.nan. Fields: text.</extracomment>
        <translation>&apos;{text}&apos;: το NaN δεν είναι αριθμός· απαιτείται αριθμός.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: infinity is not a measurement; a number is required.</source>
        <comment>not_a_number.infinity</comment>
        <extracomment>Finding not_a_number.infinity. Fields: text.</extracomment>
        <translation>&apos;{text}&apos;: το άπειρο δεν είναι μέτρηση· απαιτείται αριθμός.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains letters; enter only the number (the unit has its own field).</source>
        <comment>not_a_number.letters</comment>
        <extracomment>Finding not_a_number.letters. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; περιέχει γράμματα· εισαγάγετε μόνο τον αριθμό (η μονάδα έχει δικό της πεδίο).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains letters; enter the age as a number of years.</source>
        <comment>not_a_number.letters_age</comment>
        <extracomment>Finding not_a_number.letters_age. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; περιέχει γράμματα· εισαγάγετε την ηλικία ως αριθμό ετών.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number; expected digits with an optional &apos;{separator}&apos; decimal separator, e.g. {example}.</source>
        <comment>not_a_number</comment>
        <extracomment>Finding not_a_number. Fields: example, separator, text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν είναι αριθμός· αναμένονται ψηφία με προαιρετικό διαχωριστικό δεκαδικών &apos;{separator}&apos;, π.χ. {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; a laboratory value cannot be negative.</source>
        <comment>negative</comment>
        <extracomment>Finding negative. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; είναι αρνητικό· μια εργαστηριακή τιμή δεν μπορεί να είναι αρνητική.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; an age cannot be negative.</source>
        <comment>negative.age</comment>
        <extracomment>Finding negative.age. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; είναι αρνητικό· η ηλικία δεν μπορεί να είναι αρνητική.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; % positive monocytes is impossible: a percentage cannot exceed 100; check the value and its unit.</source>
        <comment>percent_over_100</comment>
        <extracomment>Finding percent_over_100. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; % θετικών μονοκυττάρων είναι αδύνατο: ένα ποσοστό δεν μπορεί να υπερβαίνει το 100· ελέγξτε την τιμή και τη μονάδα της.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a &apos;+&apos; sign; write the number without it.</source>
        <comment>sign</comment>
        <extracomment>Finding sign. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; έχει πρόσημο &apos;+&apos;· γράψτε τον αριθμό χωρίς αυτό.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; uses exponent notation; write the number in full.</source>
        <comment>exponent</comment>
        <extracomment>Finding exponent. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; χρησιμοποιεί εκθετική γραφή· γράψτε τον αριθμό ολόκληρο.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;_&apos;; write digits only.</source>
        <comment>underscore</comment>
        <extracomment>Finding underscore. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; περιέχει &apos;_&apos;· γράψτε μόνο ψηφία.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains a space or apostrophe used as a thousands separator; write the number without grouping.</source>
        <comment>grouping.space</comment>
        <extracomment>Finding grouping.space. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; περιέχει κενό ή απόστροφο ως διαχωριστικό χιλιάδων· γράψτε τον αριθμό χωρίς ομαδοποίηση.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;{separator}&apos;; thousands separators are not accepted (if &apos;,&apos; is your decimal separator, declare decimal comma).</source>
        <comment>grouping</comment>
        <extracomment>Finding grouping. Fields: separator, text.</extracomment>
        <translation>Το &apos;{text}&apos; περιέχει &apos;{separator}&apos;· τα διαχωριστικά χιλιάδων δεν γίνονται δεκτά (αν το &apos;,&apos; είναι το διαχωριστικό δεκαδικών σας, δηλώστε υποδιαστολή κόμμα).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;{separator}&apos;; thousands separators are not accepted (decimal comma is on, so &apos;.&apos; is not accepted).</source>
        <comment>grouping.decimal_comma</comment>
        <extracomment>Finding grouping.decimal_comma. Fields: separator, text.</extracomment>
        <translation>Το &apos;{text}&apos; περιέχει &apos;{separator}&apos;· τα διαχωριστικά χιλιάδων δεν γίνονται δεκτά (η υποδιαστολή κόμμα είναι ενεργή, επομένως το &apos;.&apos; δεν γίνεται δεκτό).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be a thousands-grouped integer or a decimal number; write it without grouping and with at most one decimal separator, e.g. 4420 or 4.42.</source>
        <comment>ambiguous_separator</comment>
        <extracomment>Finding ambiguous_separator. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; μπορεί να είναι ακέραιος με ομαδοποίηση χιλιάδων ή δεκαδικός αριθμός· γράψτε τον χωρίς ομαδοποίηση και με το πολύ ένα διαχωριστικό δεκαδικών, π.χ. 4420 ή 4.42.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has too many digits to be a lab result.</source>
        <comment>too_long</comment>
        <extracomment>Finding too_long. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; έχει πάρα πολλά ψηφία για εργαστηριακό αποτέλεσμα.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; years is not a plausible age: the oldest person on record lived {oldest_age} years; check the age.</source>
        <comment>age_implausible</comment>
        <extracomment>Finding age_implausible. Fields: oldest_age, text.</extracomment>
        <translation>Το &apos;{text}&apos; έτη δεν είναι αληθοφανής ηλικία: ο γηραιότερος καταγεγραμμένος άνθρωπος έζησε {oldest_age} έτη· ελέγξτε την ηλικία.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; means an age below 0 years, which is impossible.</source>
        <comment>age_below_zero</comment>
        <extracomment>Finding age_below_zero. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; σημαίνει ηλικία κάτω από 0 έτη, κάτι αδύνατο.</translation>
    </message>
    <message>
        <source>No unit was given; one of {accepted} is required.</source>
        <comment>unit_missing.ferritin</comment>
        <extracomment>Finding unit_missing.ferritin. Fields: accepted.</extracomment>
        <translation>Δεν δόθηκε μονάδα· απαιτείται μία από τις {accepted}.</translation>
    </message>
    <message>
        <source>No unit was given; {accepted} is required.</source>
        <comment>unit_missing.hla_dr</comment>
        <extracomment>Finding unit_missing.hla_dr. Fields: accepted.</extracomment>
        <translation>Δεν δόθηκε μονάδα· απαιτείται {accepted}.</translation>
    </message>
    <message>
        <source>AB/C (antibodies bound per cell; also molecules/cell, mAb/cell)</source>
        <comment>units_accepted.hla_dr</comment>
        <extracomment>Finding units_accepted.hla_dr.</extracomment>
        <translation>AB/C (δεσμευμένα αντισώματα ανά κύτταρο· επίσης molecules/cell, mAb/cell)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ferritin unit this app converts; accepted: {accepted}.</source>
        <comment>unit_unknown.ferritin</comment>
        <extracomment>Finding unit_unknown.ferritin. Fields: accepted, text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν είναι μονάδα φερριτίνης που μετατρέπει αυτή η εφαρμογή· αποδεκτές: {accepted}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an HLA-DR unit; accepted: {accepted} (&apos;%&apos; and &apos;MFI&apos; are recognised but cannot establish immunoparalysis).</source>
        <comment>unit_unknown.hla_dr</comment>
        <extracomment>Finding unit_unknown.hla_dr. Fields: accepted, text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν είναι μονάδα HLA-DR· αποδεκτές: {accepted} (τα &apos;%&apos; και &apos;MFI&apos; αναγνωρίζονται αλλά δεν μπορούν να τεκμηριώσουν ανοσοπαράλυση).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; an ISO 8601 date-time such as 2026-11-24T08:30 is required.</source>
        <comment>date_without_time</comment>
        <extracomment>Finding date_without_time. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν έχει ώρα· απαιτείται ημερομηνία-ώρα ISO 8601, όπως 2026-11-24T08:30.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 date-time such as 2026-11-24T08:30 or 2026-11-24T08:30+01:00.</source>
        <comment>bad_time</comment>
        <extracomment>Finding bad_time. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν είναι ημερομηνία-ώρα ISO 8601, όπως 2026-11-24T08:30 ή 2026-11-24T08:30+01:00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; lies outside the years {earliest} to {latest}; check the date.</source>
        <comment>implausible_time</comment>
        <extracomment>Finding implausible_time. Fields: earliest, latest, text.</extracomment>
        <translation>Το &apos;{text}&apos; βρίσκεται εκτός των ετών {earliest} έως {latest}· ελέγξτε την ημερομηνία.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has the UTC offset {offset}, which no place on Earth uses (offsets run from -12:00 to +14:00); check the time.</source>
        <comment>bad_offset</comment>
        <extracomment>Finding bad_offset. Fields: offset, text.</extracomment>
        <translation>Το &apos;{text}&apos; έχει διαφορά UTC {offset}, την οποία δεν χρησιμοποιεί κανένα μέρος της Γης (οι διαφορές κυμαίνονται από -12:00 έως +14:00)· ελέγξτε την ώρα.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; leaves no possible value; enter the number.</source>
        <comment>impossible_bound</comment>
        <extracomment>Finding impossible_bound. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν αφήνει καμία δυνατή τιμή· εισαγάγετε τον αριθμό.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; looks like a percentage; FiO2 is a fraction from {minimum} to {maximum}, e.g. 0.4 for 40 %.</source>
        <comment>fio2_percent</comment>
        <extracomment>Finding fio2_percent. Fields: maximum, minimum, text.</extracomment>
        <translation>Το &apos;{text}&apos; μοιάζει με ποσοστό· το FiO2 είναι κλάσμα από {minimum} έως {maximum}, π.χ. 0.4 για 40 %.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a fraction of inspired oxygen; FiO2 runs from {minimum} (room air) to {maximum}.</source>
        <comment>fio2_range</comment>
        <extracomment>Finding fio2_range. Fields: maximum, minimum, text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν είναι κλάσμα εισπνεόμενου οξυγόνου· το FiO2 κυμαίνεται από {minimum} (ατμοσφαιρικός αέρας) έως {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Glasgow Coma Scale score; a whole number from {minimum} to {maximum} is required.</source>
        <comment>gcs_range</comment>
        <extracomment>Finding gcs_range. Fields: maximum, minimum, text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν είναι βαθμολογία της κλίμακας κώματος Γλασκώβης· απαιτείται ακέραιος αριθμός από {minimum} έως {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a body temperature in °C (if it is °F, convert it); {minimum} to {maximum} accepted.</source>
        <comment>temperature_range</comment>
        <extracomment>Finding temperature_range. Fields: maximum, minimum, text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν είναι θερμοκρασία σώματος σε °C (αν είναι σε °F, μετατρέψτε την)· γίνονται δεκτές τιμές από {minimum} έως {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be 0.</source>
        <comment>zero</comment>
        <extracomment>Finding zero. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν μπορεί να είναι 0.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no.</source>
        <comment>not_yes_no</comment>
        <extracomment>Finding not_yes_no. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν είναι ναι ή όχι.</translation>
    </message>
    <message>
        <source>No catecholamine is said to be running, but {running} is given; leave out one or the other.</source>
        <comment>contradiction</comment>
        <extracomment>Finding contradiction. Fields: running.</extracomment>
        <translation>Δηλώνεται ότι δεν χορηγείται καμία κατεχολαμίνη, αλλά δίνεται {running}· παραλείψτε το ένα από τα δύο.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of {choices}.</source>
        <comment>not_a_choice.organomegaly</comment>
        <extracomment>Finding not_a_choice.organomegaly. Fields: choices, text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν είναι ένα από τα {choices}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of cytopenic lineages; 0, 1, 2 or 3 (haemoglobin, leukocytes, platelets).</source>
        <comment>not_a_choice.cytopenias</comment>
        <extracomment>Finding not_a_choice.cytopenias. Fields: text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν είναι αριθμός κυτταροπενικών σειρών· 0, 1, 2 ή 3 (αιμοσφαιρίνη, λευκοκύτταρα, αιμοπετάλια).</translation>
    </message>
    <message>
        <source>No unit was given; {accepted} is required.</source>
        <comment>unit_missing.score</comment>
        <extracomment>Finding unit_missing.score. Fields: accepted.</extracomment>
        <translation>Δεν δόθηκε μονάδα· απαιτείται {accepted}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a unit of {analyte}; accepted: {accepted}.</source>
        <comment>unit_unknown.score</comment>
        <extracomment>Finding unit_unknown.score. Fields: accepted, analyte, text.</extracomment>
        <translation>Το &apos;{text}&apos; δεν είναι μονάδα για {analyte}· αποδεκτές: {accepted}.</translation>
    </message>
    <message>
        <source>No patient identifier was given.</source>
        <comment>identifier_empty</comment>
        <extracomment>Finding identifier_empty.</extracomment>
        <translation>Δεν δόθηκε αναγνωριστικό ασθενούς.</translation>
    </message>
    <message>
        <source>The patient identifier is longer than {limit} characters; use the identifier used on the ward.</source>
        <comment>identifier_too_long</comment>
        <extracomment>Finding identifier_too_long. Fields: limit.</extracomment>
        <translation>Το αναγνωριστικό ασθενούς είναι μεγαλύτερο από {limit} χαρακτήρες· χρησιμοποιήστε το αναγνωριστικό που χρησιμοποιείται στην κλινική.</translation>
    </message>
    <message>
        <source>The patient identifier is not valid UTF-8 text (a byte of it could not be read); type the identifier again.</source>
        <comment>identifier_not_utf8</comment>
        <extracomment>Finding identifier_not_utf8.</extracomment>
        <translation>Το αναγνωριστικό ασθενούς δεν είναι έγκυρο κείμενο UTF-8 (ένα byte του δεν μπόρεσε να διαβαστεί)· πληκτρολογήστε ξανά το αναγνωριστικό.</translation>
    </message>
    <message>
        <source>The patient identifier contains {character} ({character_name}), an invisible or control character; type the identifier again.</source>
        <comment>identifier_control</comment>
        <extracomment>Finding identifier_control. Fields: character, character_name.</extracomment>
        <translation>Το αναγνωριστικό ασθενούς περιέχει {character} ({character_name}), αόρατο χαρακτήρα ή χαρακτήρα ελέγχου· πληκτρολογήστε ξανά το αναγνωριστικό.</translation>
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
        <translation>το &apos;{text}&apos; δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number</source>
        <comment>cell_not_a_number.in_column</comment>
        <extracomment>Finding cell_not_a_number.in_column. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is a date or time, not a lab value</source>
        <comment>cell_date_not_value</comment>
        <extracomment>Finding cell_date_not_value. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; είναι ημερομηνία ή ώρα, όχι εργαστηριακή τιμή</translation>
    </message>
    <message>
        <source>{where}: unreadable cell</source>
        <comment>cell_unreadable</comment>
        <extracomment>Finding cell_unreadable. Fields: where.</extracomment>
        <translation>{where}: μη αναγνώσιμο κελί</translation>
    </message>
    <message>
        <source>no {analyte} unit: neither the header, a unit column nor the {analyte} unit option gives one (a unit is never assumed)</source>
        <comment>unit_missing.row</comment>
        <extracomment>Finding unit_missing.row. Fields: analyte.</extracomment>
        <translation>καμία μονάδα για {analyte}: ούτε η κεφαλίδα ούτε στήλη μονάδας ούτε η επιλογή μονάδας για {analyte} δίνει μονάδα (μια μονάδα δεν θεωρείται ποτέ δεδομένη)</translation>
    </message>
    <message>
        <source>{where} says {unit} but the {analyte} unit was given as {fixed}</source>
        <comment>unit_conflict.given</comment>
        <extracomment>Finding unit_conflict.given. Fields: analyte, fixed, unit, where.</extracomment>
        <translation>το {where} αναφέρει {unit}, αλλά η μονάδα για {analyte} δόθηκε ως {fixed}</translation>
    </message>
    <message>
        <source>{where} says {unit} but the {analyte} unit header says {fixed}</source>
        <comment>unit_conflict.header</comment>
        <extracomment>Finding unit_conflict.header. Fields: analyte, fixed, unit, where.</extracomment>
        <translation>το {where} αναφέρει {unit}, αλλά η κεφαλίδα δίνει ως μονάδα για {analyte} το {fixed}</translation>
    </message>
    <message>
        <source>&apos;{test}&apos; is a percentage of monocytes but the unit is AB/C; the result is not used</source>
        <comment>percent_test_ab_per_cell</comment>
        <extracomment>Finding percent_test_ab_per_cell. Fields: test.</extracomment>
        <translation>το &apos;{test}&apos; είναι ποσοστό μονοκυττάρων, αλλά η μονάδα είναι AB/C· το αποτέλεσμα δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{where}: age is in {unit}; years are needed</source>
        <comment>age_unit</comment>
        <extracomment>Finding age_unit. Fields: unit, where.</extracomment>
        <translation>{where}: η ηλικία είναι σε {unit}· απαιτούνται έτη</translation>
    </message>
    <message>
        <source>{where}: no patient id in this row</source>
        <comment>patient_id_missing.row</comment>
        <extracomment>Finding patient_id_missing.row. Fields: where.</extracomment>
        <translation>{where}: κανένα αναγνωριστικό ασθενούς σε αυτή τη γραμμή</translation>
    </message>
    <message>
        <source>the row has {cells} cells but the header has {columns} columns; a cell may contain an unquoted delimiter</source>
        <comment>extra_cells</comment>
        <extracomment>Finding extra_cells. Fields: cells, columns.</extracomment>
        <translation>η γραμμή έχει {cells} κελιά, αλλά η κεφαλίδα έχει {columns} στήλες· ένα κελί μπορεί να περιέχει διαχωριστικό χωρίς εισαγωγικά</translation>
    </message>
    <message>
        <source>no ferritin or HLA-DR value in this row</source>
        <comment>no_values</comment>
        <extracomment>Finding no_values.</extracomment>
        <translation>καμία τιμή φερριτίνης ή HLA-DR σε αυτή τη γραμμή</translation>
    </message>
    <message>
        <source>duplicate of row {row}: same patient, sample time and values (counted once, in row {row})</source>
        <comment>duplicate_result.sample_time</comment>
        <extracomment>Finding duplicate_result.sample_time. Fields: row.</extracomment>
        <translation>διπλότυπο της γραμμής {row}: ίδιος ασθενής, χρόνος λήψης και τιμές (μετρήθηκε μία φορά, στη γραμμή {row})</translation>
    </message>
    <message>
        <source>duplicate of row {row}: same patient, test and time and values (counted once, in row {row})</source>
        <comment>duplicate_result.test_time</comment>
        <extracomment>Finding duplicate_result.test_time. Fields: row.</extracomment>
        <translation>διπλότυπο της γραμμής {row}: ίδιος ασθενής, εξέταση, χρόνος και τιμές (μετρήθηκε μία φορά, στη γραμμή {row})</translation>
    </message>
    <message>
        <source>rows {rows} give different results for the same patient and sample time; which one is right cannot be decided</source>
        <comment>conflicting_results.sample_time</comment>
        <extracomment>Finding conflicting_results.sample_time. Fields: rows.</extracomment>
        <translation>οι γραμμές {rows} δίνουν διαφορετικά αποτελέσματα για τον ίδιο ασθενή και χρόνο λήψης· δεν μπορεί να κριθεί ποιο είναι σωστό</translation>
    </message>
    <message>
        <source>rows {rows} give different results for the same patient and test and time; which one is right cannot be decided</source>
        <comment>conflicting_results.test_time</comment>
        <extracomment>Finding conflicting_results.test_time. Fields: rows.</extracomment>
        <translation>οι γραμμές {rows} δίνουν διαφορετικά αποτελέσματα για τον ίδιο ασθενή, εξέταση και χρόνο· δεν μπορεί να κριθεί ποιο είναι σωστό</translation>
    </message>
    <message>
        <source>the same {test} result, for the same patient and time, was stored from {source} (counted once, there)</source>
        <comment>duplicate_result.stored</comment>
        <extracomment>Finding duplicate_result.stored. Fields: source, test.</extracomment>
        <translation>το ίδιο αποτέλεσμα ({test}) του ίδιου ασθενούς για τον ίδιο χρόνο αποθηκεύτηκε από {source} (μετρήθηκε μία φορά, εκεί)</translation>
    </message>
    <message>
        <source>the {test} result stored from {source} is different for the same patient and time; which one is right cannot be decided</source>
        <comment>conflicting_results.stored</comment>
        <extracomment>Finding conflicting_results.stored. Fields: source, test.</extracomment>
        <translation>το αποτέλεσμα ({test}) που αποθηκεύτηκε από {source} διαφέρει για τον ίδιο ασθενή και χρόνο· δεν μπορεί να κριθεί ποιο είναι σωστό</translation>
    </message>
    <message>
        <source>{where}: test name and LOINC code disagree ({test})</source>
        <comment>test_name_loinc_disagree</comment>
        <extracomment>Finding test_name_loinc_disagree. Fields: test, where.</extracomment>
        <translation>{where}: το όνομα εξέτασης και ο κωδικός LOINC δεν συμφωνούν ({test})</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is neither ferritin nor HLA-DR; row not used</source>
        <comment>other_test.row</comment>
        <extracomment>Finding other_test.row. Fields: test, where.</extracomment>
        <translation>{where}: το &apos;{test}&apos; δεν είναι ούτε φερριτίνη ούτε HLA-DR· η γραμμή δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{where}: an empty test name is neither ferritin nor HLA-DR; row not used</source>
        <comment>other_test.empty</comment>
        <extracomment>Finding other_test.empty. Fields: where.</extracomment>
        <translation>{where}: ένα κενό όνομα εξέτασης δεν είναι ούτε φερριτίνη ούτε HLA-DR· η γραμμή δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{where}: no sample time; it is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.row</comment>
        <extracomment>Finding time_missing.row. Fields: where.</extracomment>
        <translation>{where}: κανένας χρόνος λήψης· χρειάζεται για τη σύζευξη της φερριτίνης με το HLA-DR</translation>
    </message>
    <message>
        <source>{where}: no value</source>
        <comment>value_missing.row</comment>
        <extracomment>Finding value_missing.row. Fields: where.</extracomment>
        <translation>{where}: καμία τιμή</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is a percentage of monocytes but the unit is {unit}; the result is not used</source>
        <comment>percent_test_quantitative_unit</comment>
        <extracomment>Finding percent_test_quantitative_unit. Fields: test, unit, where.</extracomment>
        <translation>{where}: το &apos;{test}&apos; είναι ποσοστό μονοκυττάρων, αλλά η μονάδα είναι {unit}· το αποτέλεσμα δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <source>this patient has too many results within the pairing interval to pair them safely; import a shorter period</source>
        <comment>too_many_results</comment>
        <extracomment>Finding too_many_results.</extracomment>
        <translation>αυτός ο ασθενής έχει πάρα πολλά αποτελέσματα εντός του διαστήματος σύζευξης για να συζευχθούν με ασφάλεια· εισαγάγετε μικρότερη περίοδο</translation>
    </message>
    <message>
        <source>rows {first_row} and {second_row} of this patient id give different ages; check that they belong to the same patient</source>
        <comment>identity_conflict.age</comment>
        <extracomment>Finding identity_conflict.age. Fields: first_row, second_row.</extracomment>
        <translation>οι γραμμές {first_row} και {second_row} αυτού του αναγνωριστικού ασθενούς δίνουν διαφορετικές ηλικίες· ελέγξτε ότι ανήκουν στον ίδιο ασθενή</translation>
    </message>
    <message>
        <source>this patient id has different names (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.patient_name</comment>
        <extracomment>Finding identity_conflict.patient_name. Fields: rows.</extracomment>
        <translation>αυτό το αναγνωριστικό ασθενούς έχει διαφορετικά ονόματα (γραμμές {rows}): πιθανώς δύο ασθενείς με ένα αναγνωριστικό· ελέγξτε το αναγνωριστικό</translation>
    </message>
    <message>
        <source>this patient id has different record numbers (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.record_number</comment>
        <extracomment>Finding identity_conflict.record_number. Fields: rows.</extracomment>
        <translation>αυτό το αναγνωριστικό ασθενούς έχει διαφορετικούς αριθμούς μητρώου (γραμμές {rows}): πιθανώς δύο ασθενείς με ένα αναγνωριστικό· ελέγξτε το αναγνωριστικό</translation>
    </message>
    <message>
        <source>this patient id has different dates of birth (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.date_of_birth</comment>
        <extracomment>Finding identity_conflict.date_of_birth. Fields: rows.</extracomment>
        <translation>αυτό το αναγνωριστικό ασθενούς έχει διαφορετικές ημερομηνίες γέννησης (γραμμές {rows}): πιθανώς δύο ασθενείς με ένα αναγνωριστικό· ελέγξτε το αναγνωριστικό</translation>
    </message>
    <message>
        <source>{where}: longer than {limit} characters</source>
        <comment>identity_text.too_long</comment>
        <extracomment>Finding identity_text.too_long. Fields: limit, where.</extracomment>
        <translation>{where}: μεγαλύτερο από {limit} χαρακτήρες</translation>
    </message>
    <message>
        <source>{where}: contains {character} ({character_name}), an invisible or control character; correct the cell in the source system</source>
        <comment>identity_text.control</comment>
        <extracomment>Finding identity_text.control. Fields: character, character_name, where.</extracomment>
        <translation>{where}: περιέχει {character} ({character_name}), αόρατο χαρακτήρα ή χαρακτήρα ελέγχου· διορθώστε το κελί στο σύστημα προέλευσης</translation>
    </message>
    <message>
        <source>{where}: not valid text (a byte could not be decoded); check the file&apos;s encoding</source>
        <comment>identity_text.not_utf8</comment>
        <extracomment>Finding identity_text.not_utf8. Fields: where.</extracomment>
        <translation>{where}: μη έγκυρο κείμενο (ένα byte δεν μπόρεσε να αποκωδικοποιηθεί)· ελέγξτε την κωδικοποίηση του αρχείου</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date (an Excel date serial?); store the date of birth as a date or as YYYY-MM-DD</source>
        <comment>birth_date.serial</comment>
        <extracomment>Finding birth_date.serial. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; δεν είναι ημερομηνία (σειριακός αριθμός ημερομηνίας του Excel;)· αποθηκεύστε την ημερομηνία γέννησης ως ημερομηνία ή ως ΕΕΕΕ-ΜΜ-ΗΗ</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 1958-03-14)</source>
        <comment>birth_date.not_a_date</comment>
        <extracomment>Finding birth_date.not_a_date. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; δεν είναι ημερομηνία· γράψτε τη ως ΕΕΕΕ-ΜΜ-ΗΗ (π.χ. 1958-03-14)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; could be day-first or month-first and the column mixes day-first and month-first dates or separators; write it as YYYY-MM-DD</source>
        <comment>birth_date.order_mixed</comment>
        <extracomment>Finding birth_date.order_mixed. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; μπορεί να έχει πρώτα την ημέρα ή πρώτα τον μήνα, και η στήλη αναμειγνύει ημερομηνίες με πρώτα την ημέρα και με πρώτα τον μήνα ή διαφορετικά διαχωριστικά· γράψτε τη ως ΕΕΕΕ-ΜΜ-ΗΗ</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; could be day-first or month-first and the column does not show whether the day or the month comes first; write it as YYYY-MM-DD</source>
        <comment>birth_date.order_unknown</comment>
        <extracomment>Finding birth_date.order_unknown. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; μπορεί να έχει πρώτα την ημέρα ή πρώτα τον μήνα, και από τη στήλη δεν φαίνεται αν προηγείται η ημέρα ή ο μήνας· γράψτε τη ως ΕΕΕΕ-ΜΜ-ΗΗ</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date (day first)</source>
        <comment>birth_date.day_first</comment>
        <extracomment>Finding birth_date.day_first. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; δεν είναι έγκυρη ημερομηνία (πρώτα η ημέρα)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date (month first)</source>
        <comment>birth_date.month_first</comment>
        <extracomment>Finding birth_date.month_first. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; δεν είναι έγκυρη ημερομηνία (πρώτα ο μήνας)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date</source>
        <comment>birth_date.invalid</comment>
        <extracomment>Finding birth_date.invalid. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; δεν είναι έγκυρη ημερομηνία</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; lies before 1900-03-01 (in a spreadsheet, Excel&apos;s 1900 date system is wrong there); check the date of birth</source>
        <comment>birth_date.before_1900</comment>
        <extracomment>Finding birth_date.before_1900. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; είναι πριν από την 1900-03-01 (σε υπολογιστικό φύλλο, το σύστημα ημερομηνιών 1900 του Excel είναι λανθασμένο εκεί)· ελέγξτε την ημερομηνία γέννησης</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not an HL7 date-time (YYYYMMDDHHMM[SS][+/-ZZZZ])</source>
        <comment>bad_time.hl7</comment>
        <extracomment>Finding bad_time.hl7. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; δεν είναι ημερομηνία-ώρα HL7 (YYYYMMDDHHMM[SS][+/-ZZZZ])</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has no time of day; the sample time is needed to the minute</source>
        <comment>date_without_time.minute</comment>
        <extracomment>Finding date_without_time.minute. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; δεν έχει ώρα· ο χρόνος λήψης απαιτείται με ακρίβεια λεπτού</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the year only; the sample time is needed to the minute</source>
        <comment>time_imprecise.year</comment>
        <extracomment>Finding time_imprecise.year. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; έχει ακρίβεια μόνο έτους· ο χρόνος λήψης απαιτείται με ακρίβεια λεπτού</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the month only; the sample time is needed to the minute</source>
        <comment>time_imprecise.month</comment>
        <extracomment>Finding time_imprecise.month. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; έχει ακρίβεια μόνο μήνα· ο χρόνος λήψης απαιτείται με ακρίβεια λεπτού</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the day only; the sample time is needed to the minute</source>
        <comment>time_imprecise.day</comment>
        <extracomment>Finding time_imprecise.day. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; έχει ακρίβεια μόνο ημέρας· ο χρόνος λήψης απαιτείται με ακρίβεια λεπτού</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the hour only; the sample time is needed to the minute</source>
        <comment>time_imprecise.hour</comment>
        <extracomment>Finding time_imprecise.hour. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; έχει ακρίβεια μόνο ώρας· ο χρόνος λήψης απαιτείται με ακρίβεια λεπτού</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; gives the hour but no minute; the sample time is needed to the minute</source>
        <comment>time_imprecise.no_minute</comment>
        <extracomment>Finding time_imprecise.no_minute. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; δίνει την ώρα αλλά όχι τα λεπτά· ο χρόνος λήψης απαιτείται με ακρίβεια λεπτού</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has an impossible UTC offset</source>
        <comment>bad_offset.hl7</comment>
        <extracomment>Finding bad_offset.hl7. Fields: text, where.</extracomment>
        <translation>{where}: το &apos;{text}&apos; έχει αδύνατη διαφορά UTC</translation>
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
        <translation>{where}: οι κωδικοί και τα ονόματα αυτής της εξέτασης αντιστοιχούν σε διαφορετικές προσδιοριζόμενες ουσίες ({test})· το αποτέλεσμα δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{where}: LOINC {code} is neither ferritin (2276-4, 20567-4) nor a configured HLA-DR code; not used</source>
        <comment>other_test.loinc</comment>
        <extracomment>Finding other_test.loinc. Fields: code, where.</extracomment>
        <translation>{where}: ο LOINC {code} δεν είναι ούτε φερριτίνη (2276-4, 20567-4) ούτε ρυθμισμένος κωδικός HLA-DR· δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is neither ferritin nor HLA-DR; not used</source>
        <comment>other_test.message</comment>
        <extracomment>Finding other_test.message. Fields: test, where.</extracomment>
        <translation>{where}: το &apos;{test}&apos; δεν είναι ούτε φερριτίνη ούτε HLA-DR· δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{where}: a test without code or name is neither ferritin nor HLA-DR; not used</source>
        <comment>other_test.unnamed</comment>
        <extracomment>Finding other_test.unnamed. Fields: where.</extracomment>
        <translation>{where}: μια εξέταση χωρίς κωδικό ή όνομα δεν είναι ούτε φερριτίνη ούτε HLA-DR· δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{where}: no {analyte} unit (a unit is never assumed)</source>
        <comment>unit_missing.message</comment>
        <extracomment>Finding unit_missing.message. Fields: analyte, where.</extracomment>
        <translation>{where}: καμία μονάδα για {analyte} (μια μονάδα δεν θεωρείται ποτέ δεδομένη)</translation>
    </message>
    <message>
        <source>{where} says {unit} but {other_field} says {other_unit}; the result is not used</source>
        <comment>unit_conflict.fields</comment>
        <extracomment>Finding unit_conflict.fields. Fields: other_field, other_unit, unit, where.</extracomment>
        <translation>το {where} αναφέρει {unit}, αλλά το {other_field} αναφέρει {other_unit}· το αποτέλεσμα δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{where}: {unit} is a molar concentration but LOINC {code} is ferritin mass concentration; one of them is wrong, so the result is not used</source>
        <comment>unit_conflict.molar_loinc</comment>
        <extracomment>Finding unit_conflict.molar_loinc. Fields: code, unit, where.</extracomment>
        <translation>{where}: το {unit} είναι γραμμομοριακή συγκέντρωση, αλλά ο LOINC {code} είναι συγκέντρωση μάζας φερριτίνης· ένα από τα δύο είναι λάθος, επομένως το αποτέλεσμα δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{where}: {unit} is a mass concentration but LOINC {code} is ferritin molar concentration; one of them is wrong, so the result is not used</source>
        <comment>unit_conflict.mass_loinc</comment>
        <extracomment>Finding unit_conflict.mass_loinc. Fields: code, unit, where.</extracomment>
        <translation>{where}: το {unit} είναι συγκέντρωση μάζας, αλλά ο LOINC {code} είναι γραμμομοριακή συγκέντρωση φερριτίνης· ένα από τα δύο είναι λάθος, επομένως το αποτέλεσμα δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is a percentage of monocytes but the unit is AB/C; the result is not used</source>
        <comment>percent_test_ab_per_cell.message</comment>
        <extracomment>Finding percent_test_ab_per_cell.message. Fields: test, where.</extracomment>
        <translation>{where}: το &apos;{test}&apos; είναι ποσοστό μονοκυττάρων, αλλά η μονάδα είναι AB/C· το αποτέλεσμα δεν χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{where}: no patient identifier</source>
        <comment>patient_id_missing.message</comment>
        <extracomment>Finding patient_id_missing.message. Fields: where.</extracomment>
        <translation>{where}: κανένα αναγνωριστικό ασθενούς</translation>
    </message>
    <message>
        <source>{where}: no identifier issued by {authority} (the site&apos;s patient_id_authority)</source>
        <comment>patient_id_missing.authority</comment>
        <extracomment>Finding patient_id_missing.authority. Fields: authority, where.</extracomment>
        <translation>{where}: κανένα αναγνωριστικό που να έχει εκδοθεί από {authority} (το patient_id_authority του ιδρύματος)</translation>
    </message>
    <message>
        <source>{where}: {count} patient identifiers and nothing says which is the ward&apos;s; set [inbox] patient_id_authority in the site configuration</source>
        <comment>patient_id_ambiguous</comment>
        <extracomment>Finding patient_id_ambiguous. Fields: count, where.</extracomment>
        <translation>{where}: {count} αναγνωριστικά ασθενούς και τίποτα δεν δείχνει ποιο είναι της μονάδας· ορίστε το [inbox] patient_id_authority στη διαμόρφωση του ιδρύματος</translation>
    </message>
    <message>
        <source>this file&apos;s content was already read from an earlier file; it is imported once</source>
        <comment>duplicate_message.file</comment>
        <extracomment>Finding duplicate_message.file.</extracomment>
        <translation>το περιεχόμενο αυτού του αρχείου διαβάστηκε ήδη από προηγούμενο αρχείο· εισάγεται μία φορά</translation>
    </message>
    <message>
        <source>the Bundle entry holds no resource</source>
        <comment>no_resource</comment>
        <extracomment>Finding no_resource.</extracomment>
        <translation>η καταχώριση του Bundle δεν περιέχει πόρο (resource)</translation>
    </message>
    <message>
        <source>a Patient: read when an Observation refers to it</source>
        <comment>patient_context</comment>
        <extracomment>Finding patient_context.</extracomment>
        <translation>ένα Patient: διαβάζεται όταν ένα Observation αναφέρεται σε αυτό</translation>
    </message>
    <message>
        <source>a {kind} resource, not an Observation; not read</source>
        <comment>not_an_observation</comment>
        <extracomment>Finding not_an_observation. Fields: kind.</extracomment>
        <translation>ένας πόρος {kind}, όχι Observation· δεν διαβάστηκε</translation>
    </message>
    <message>
        <source>not a valid FHIR R4 Observation: {problems}</source>
        <comment>invalid_fhir.observation</comment>
        <extracomment>Finding invalid_fhir.observation. Fields: problems.</extracomment>
        <translation>μη έγκυρο Observation FHIR R4: {problems}</translation>
    </message>
    <message>
        <source>the subject Patient is not valid FHIR R4: {problems}</source>
        <comment>invalid_fhir.patient</comment>
        <extracomment>Finding invalid_fhir.patient. Fields: problems.</extracomment>
        <translation>το Patient του subject δεν είναι έγκυρο FHIR R4: {problems}</translation>
    </message>
    <message>
        <source>status &apos;{text}&apos;: it cannot be told whether the result is final (final, amended, corrected, preliminary expected)</source>
        <comment>status_unknown.fhir</comment>
        <extracomment>Finding status_unknown.fhir. Fields: text.</extracomment>
        <translation>κατάσταση (status) &apos;{text}&apos;: δεν μπορεί να κριθεί αν το αποτέλεσμα είναι οριστικό (αναμένεται final, amended, corrected ή preliminary)</translation>
    </message>
    <message>
        <source>status registered: no result yet</source>
        <comment>no_result.fhir</comment>
        <extracomment>Finding no_result.fhir.</extracomment>
        <translation>κατάσταση (status) registered: κανένα αποτέλεσμα ακόμη</translation>
    </message>
    <message>
        <source>valueString carries no unit and a unit is never assumed; the value must be a valueQuantity</source>
        <comment>unit_missing.value_string</comment>
        <extracomment>Finding unit_missing.value_string.</extracomment>
        <translation>το valueString δεν φέρει μονάδα και μια μονάδα δεν θεωρείται ποτέ δεδομένη· η τιμή πρέπει να είναι valueQuantity</translation>
    </message>
    <message>
        <source>no effectiveDateTime, effectivePeriod.start or effectiveInstant; the sample time is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.fhir</comment>
        <extracomment>Finding time_missing.fhir.</extracomment>
        <translation>κανένα effectiveDateTime, effectivePeriod.start ή effectiveInstant· ο χρόνος λήψης χρειάζεται για τη σύζευξη της φερριτίνης με το HLA-DR</translation>
    </message>
    <message>
        <source>the Observation has no subject</source>
        <comment>patient_id_missing.fhir</comment>
        <extracomment>Finding patient_id_missing.fhir.</extracomment>
        <translation>το Observation δεν έχει subject</translation>
    </message>
    <message>
        <source>subject &apos;{reference}&apos; is not in this file and the reference carries no identifier</source>
        <comment>subject_unresolved</comment>
        <extracomment>Finding subject_unresolved. Fields: reference.</extracomment>
        <translation>το subject &apos;{reference}&apos; δεν βρίσκεται σε αυτό το αρχείο και η αναφορά δεν φέρει αναγνωριστικό</translation>
    </message>
    <message>
        <source>the subject is a {kind}, not a Patient</source>
        <comment>subject_not_patient</comment>
        <extracomment>Finding subject_not_patient. Fields: kind.</extracomment>
        <translation>το subject είναι {kind}, όχι Patient</translation>
    </message>
    <message>
        <source>valueQuantity has no value</source>
        <comment>value_missing.quantity</comment>
        <extracomment>Finding value_missing.quantity.</extracomment>
        <translation>το valueQuantity δεν έχει τιμή</translation>
    </message>
    <message>
        <source>valueQuantity.value &apos;{text}&apos; is not a JSON number</source>
        <comment>not_a_number.json</comment>
        <extracomment>Finding not_a_number.json. Fields: text.</extracomment>
        <translation>το valueQuantity.value &apos;{text}&apos; δεν είναι αριθμός JSON</translation>
    </message>
    <message>
        <source>valueQuantity.comparator &apos;{text}&apos; is not &lt;, &lt;=, &gt;= or &gt;</source>
        <comment>comparator_unknown.fhir</comment>
        <extracomment>Finding comparator_unknown.fhir. Fields: text.</extracomment>
        <translation>το valueQuantity.comparator &apos;{text}&apos; δεν είναι &lt;, &lt;=, &gt;= ή &gt;</translation>
    </message>
    <message>
        <source>{where}: a ferritin or HLA-DR value must be a valueQuantity</source>
        <comment>value_type_unsupported.fhir</comment>
        <extracomment>Finding value_type_unsupported.fhir. Fields: where.</extracomment>
        <translation>{where}: μια τιμή φερριτίνης ή HLA-DR πρέπει να είναι valueQuantity</translation>
    </message>
    <message>
        <source>the Observation has no value</source>
        <comment>value_missing.fhir</comment>
        <extracomment>Finding value_missing.fhir.</extracomment>
        <translation>το Observation δεν έχει τιμή</translation>
    </message>
    <message>
        <source>the MLLP block of this message has no end (0x1C); the message may be truncated</source>
        <comment>mllp_unterminated.message</comment>
        <extracomment>Finding mllp_unterminated.message.</extracomment>
        <translation>το μπλοκ MLLP αυτού του μηνύματος δεν έχει τέλος (0x1C)· το μήνυμα μπορεί να είναι περικομμένο</translation>
    </message>
    <message>
        <source>the MLLP block of the last message has no end (0x1C); the file may still be being written, or was cut short</source>
        <comment>mllp_unterminated.last</comment>
        <extracomment>Finding mllp_unterminated.last.</extracomment>
        <translation>το μπλοκ MLLP του τελευταίου μηνύματος δεν έχει τέλος (0x1C)· το αρχείο μπορεί να γράφεται ακόμη ή να διακόπηκε πρόωρα</translation>
    </message>
    <message>
        <source>MLLP framing bytes inside a segment</source>
        <comment>mllp_framing</comment>
        <extracomment>Finding mllp_framing.</extracomment>
        <translation>byte πλαισίωσης MLLP μέσα σε τμήμα</translation>
    </message>
    <message>
        <source>line {line} of the file is not an HL7 segment (it must start with a three-letter segment id and the field separator)</source>
        <comment>not_a_segment</comment>
        <extracomment>Finding not_a_segment. Fields: line.</extracomment>
        <translation>η γραμμή {line} του αρχείου δεν είναι τμήμα HL7 (πρέπει να αρχίζει με τριγράμματο αναγνωριστικό τμήματος και το διαχωριστικό πεδίων)</translation>
    </message>
    <message>
        <source>MSH-18 declares the character set &apos;{text}&apos;, which this app does not read; supported: {supported}</source>
        <comment>charset_unknown</comment>
        <extracomment>Finding charset_unknown. Fields: supported, text.</extracomment>
        <translation>το MSH-18 δηλώνει το σύνολο χαρακτήρων &apos;{text}&apos;, το οποίο αυτή η εφαρμογή δεν διαβάζει· υποστηρίζονται: {supported}</translation>
    </message>
    <message>
        <source>the message&apos;s bytes are not valid in the declared {charset}; set MSH-18 to the character set the laboratory system sends</source>
        <comment>charset_mismatch.declared</comment>
        <extracomment>Finding charset_mismatch.declared. Fields: charset.</extracomment>
        <translation>τα byte του μηνύματος δεν είναι έγκυρα στο δηλωμένο {charset}· ορίστε στο MSH-18 το σύνολο χαρακτήρων που στέλνει το εργαστηριακό σύστημα</translation>
    </message>
    <message>
        <source>the message&apos;s bytes are not valid UTF-8 (MSH-18 declares nothing); set MSH-18 to the character set the laboratory system sends</source>
        <comment>charset_mismatch.utf8</comment>
        <extracomment>Finding charset_mismatch.utf8.</extracomment>
        <translation>τα byte του μηνύματος δεν είναι έγκυρο UTF-8 (το MSH-18 δεν δηλώνει τίποτα)· ορίστε στο MSH-18 το σύνολο χαρακτήρων που στέλνει το εργαστηριακό σύστημα</translation>
    </message>
    <message>
        <source>the MSH segment cannot be parsed (it must start &apos;MSH|^~\&amp;|&apos;)</source>
        <comment>msh_unreadable</comment>
        <extracomment>Finding msh_unreadable.</extracomment>
        <translation>το τμήμα MSH δεν μπορεί να αναλυθεί (πρέπει να αρχίζει με &apos;MSH|^~\&amp;|&apos;)</translation>
    </message>
    <message>
        <source>MSH-12 (version) is &apos;{text}&apos;; this app reads HL7 v2 versions {supported}</source>
        <comment>version_unsupported</comment>
        <extracomment>Finding version_unsupported. Fields: supported, text.</extracomment>
        <translation>το MSH-12 (έκδοση) είναι &apos;{text}&apos;· αυτή η εφαρμογή διαβάζει τις εκδόσεις HL7 v2 {supported}</translation>
    </message>
    <message>
        <source>MSH-12 (version) is empty; this app reads HL7 v2 versions {supported}</source>
        <comment>version_unsupported.empty</comment>
        <extracomment>Finding version_unsupported.empty. Fields: supported.</extracomment>
        <translation>το MSH-12 (έκδοση) είναι κενό· αυτή η εφαρμογή διαβάζει τις εκδόσεις HL7 v2 {supported}</translation>
    </message>
    <message>
        <source>MSH-9 is {kind}, not a laboratory result message (ORU^R01)</source>
        <comment>not_results_message</comment>
        <extracomment>Finding not_results_message. Fields: kind.</extracomment>
        <translation>το MSH-9 είναι {kind}, όχι μήνυμα εργαστηριακού αποτελέσματος (ORU^R01)</translation>
    </message>
    <message>
        <source>MSH-10 (message control id) is empty; it is needed to import each message exactly once</source>
        <comment>message_id_missing</comment>
        <extracomment>Finding message_id_missing.</extracomment>
        <translation>το MSH-10 (αναγνωριστικό ελέγχου μηνύματος) είναι κενό· χρειάζεται για να εισάγεται κάθε μήνυμα ακριβώς μία φορά</translation>
    </message>
    <message>
        <source>MSH-11 marks a training message ({processing}), not a production result</source>
        <comment>test_message.training</comment>
        <extracomment>Finding test_message.training. Fields: processing.</extracomment>
        <translation>το MSH-11 χαρακτηρίζει το μήνυμα ως μήνυμα εκπαίδευσης ({processing}), όχι ως αποτέλεσμα παραγωγής</translation>
    </message>
    <message>
        <source>MSH-11 marks a debugging message ({processing}), not a production result</source>
        <comment>test_message.debugging</comment>
        <extracomment>Finding test_message.debugging. Fields: processing.</extracomment>
        <translation>το MSH-11 χαρακτηρίζει το μήνυμα ως μήνυμα αποσφαλμάτωσης ({processing}), όχι ως αποτέλεσμα παραγωγής</translation>
    </message>
    <message>
        <source>MSH-11 (processing id) is &apos;{text}&apos;; P (production) is expected</source>
        <comment>processing_id_unknown</comment>
        <extracomment>Finding processing_id_unknown. Fields: text.</extracomment>
        <translation>το MSH-11 (αναγνωριστικό επεξεργασίας) είναι &apos;{text}&apos;· αναμένεται P (παραγωγή)</translation>
    </message>
    <message>
        <source>this message was already read (message {message} of this file); it is imported once</source>
        <comment>duplicate_message.this_file</comment>
        <extracomment>Finding duplicate_message.this_file. Fields: message.</extracomment>
        <translation>αυτό το μήνυμα διαβάστηκε ήδη (μήνυμα {message} αυτού του αρχείου)· εισάγεται μία φορά</translation>
    </message>
    <message>
        <source>this message was already read (an earlier file); it is imported once</source>
        <comment>duplicate_message.earlier_file</comment>
        <extracomment>Finding duplicate_message.earlier_file.</extracomment>
        <translation>αυτό το μήνυμα διαβάστηκε ήδη (προηγούμενο αρχείο)· εισάγεται μία φορά</translation>
    </message>
    <message>
        <source>message {message} of this file had the same message id with different content; check with the laboratory which one is right</source>
        <comment>conflicting_message_id.this_file</comment>
        <extracomment>Finding conflicting_message_id.this_file. Fields: message.</extracomment>
        <translation>το μήνυμα {message} αυτού του αρχείου είχε το ίδιο αναγνωριστικό μηνύματος με διαφορετικό περιεχόμενο· ελέγξτε με το εργαστήριο ποιο είναι σωστό</translation>
    </message>
    <message>
        <source>an earlier file had the same message id with different content; check with the laboratory which one is right</source>
        <comment>conflicting_message_id.earlier_file</comment>
        <extracomment>Finding conflicting_message_id.earlier_file.</extracomment>
        <translation>ένα προηγούμενο αρχείο είχε το ίδιο αναγνωριστικό μηνύματος με διαφορετικό περιεχόμενο· ελέγξτε με το εργαστήριο ποιο είναι σωστό</translation>
    </message>
    <message>
        <source>OBX-11 (result status) is &apos;{text}&apos;; F, C, P, D, W or X is expected, so it cannot be told whether the result is final</source>
        <comment>status_unknown.hl7</comment>
        <extracomment>Finding status_unknown.hl7. Fields: text.</extracomment>
        <translation>το OBX-11 (κατάσταση αποτελέσματος) είναι &apos;{text}&apos;· αναμένεται F, C, P, D, W ή X, επομένως δεν μπορεί να κριθεί αν το αποτέλεσμα είναι οριστικό</translation>
    </message>
    <message>
        <source>OBX-11 (result status) is empty; F, C, P, D, W or X is expected, so it cannot be told whether the result is final</source>
        <comment>status_unknown.hl7_empty</comment>
        <extracomment>Finding status_unknown.hl7_empty.</extracomment>
        <translation>το OBX-11 (κατάσταση αποτελέσματος) είναι κενό· αναμένεται F, C, P, D, W ή X, επομένως δεν μπορεί να κριθεί αν το αποτέλεσμα είναι οριστικό</translation>
    </message>
    <message>
        <source>no PID segment before this OBX names the patient</source>
        <comment>patient_id_missing.no_pid</comment>
        <extracomment>Finding patient_id_missing.no_pid.</extracomment>
        <translation>κανένα τμήμα PID πριν από αυτό το OBX δεν κατονομάζει τον ασθενή</translation>
    </message>
    <message>
        <source>OBX-11 is I: specimen in the laboratory, no result yet</source>
        <comment>result_status.I</comment>
        <extracomment>Finding result_status.I.</extracomment>
        <translation>το OBX-11 είναι I: δείγμα στο εργαστήριο, κανένα αποτέλεσμα ακόμη</translation>
    </message>
    <message>
        <source>OBX-11 is O: order detail only, no result</source>
        <comment>result_status.O</comment>
        <extracomment>Finding result_status.O.</extracomment>
        <translation>το OBX-11 είναι O: μόνο στοιχεία αίτησης, κανένα αποτέλεσμα</translation>
    </message>
    <message>
        <source>OBX-11 is N: not asked; no result</source>
        <comment>result_status.N</comment>
        <extracomment>Finding result_status.N.</extracomment>
        <translation>το OBX-11 είναι N: δεν ζητήθηκε· κανένα αποτέλεσμα</translation>
    </message>
    <message>
        <source>OBX-11 is U: changed to final without the result being sent again; the app needs the result itself</source>
        <comment>result_status.U</comment>
        <extracomment>Finding result_status.U.</extracomment>
        <translation>το OBX-11 είναι U: άλλαξε σε οριστικό χωρίς να σταλεί ξανά το αποτέλεσμα· η εφαρμογή χρειάζεται το ίδιο το αποτέλεσμα</translation>
    </message>
    <message>
        <source>OBX-11 D: the result is deleted</source>
        <comment>status_meaning.D</comment>
        <extracomment>Finding status_meaning.D.</extracomment>
        <translation>OBX-11 D: το αποτέλεσμα διαγράφηκε</translation>
    </message>
    <message>
        <source>OBX-11 W: the result was posted wrongly (e.g. for the wrong patient)</source>
        <comment>status_meaning.W</comment>
        <extracomment>Finding status_meaning.W.</extracomment>
        <translation>OBX-11 W: το αποτέλεσμα καταχωρίστηκε λανθασμένα (π.χ. σε λάθος ασθενή)</translation>
    </message>
    <message>
        <source>OBX-11 X: the result cannot be obtained</source>
        <comment>status_meaning.X</comment>
        <extracomment>Finding status_meaning.X.</extracomment>
        <translation>OBX-11 X: το αποτέλεσμα δεν μπορεί να ληφθεί</translation>
    </message>
    <message>
        <source>status {text}</source>
        <comment>status_meaning.fhir</comment>
        <extracomment>Finding status_meaning.fhir. Fields: text.</extracomment>
        <translation>κατάσταση (status) {text}</translation>
    </message>
    <message>
        <source>no observation time in OBX-14 or OBR-7; it is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.hl7</comment>
        <extracomment>Finding time_missing.hl7.</extracomment>
        <translation>κανένας χρόνος παρατήρησης στο OBX-14 ή στο OBR-7· χρειάζεται για τη σύζευξη της φερριτίνης με το HLA-DR</translation>
    </message>
    <message>
        <source>OBX-5 holds several values; one is needed</source>
        <comment>several_values</comment>
        <extracomment>Finding several_values.</extracomment>
        <translation>το OBX-5 περιέχει πολλές τιμές· απαιτείται μία</translation>
    </message>
    <message>
        <source>OBX-5 is a range or ratio (SN with a second number); one value is needed</source>
        <comment>range_or_ratio</comment>
        <extracomment>Finding range_or_ratio.</extracomment>
        <translation>το OBX-5 είναι εύρος ή λόγος (SN με δεύτερο αριθμό)· απαιτείται μία τιμή</translation>
    </message>
    <message>
        <source>OBX-5 comparator &apos;{text}&apos; is not &lt;, &gt;, &lt;= or &gt;=</source>
        <comment>comparator_unknown.hl7</comment>
        <extracomment>Finding comparator_unknown.hl7. Fields: text.</extracomment>
        <translation>ο τελεστής σύγκρισης &apos;{text}&apos; του OBX-5 δεν είναι &lt;, &gt;, &lt;= ή &gt;=</translation>
    </message>
    <message>
        <source>OBX-5 has components, which a {value_type} value cannot have</source>
        <comment>value_components</comment>
        <extracomment>Finding value_components. Fields: value_type.</extracomment>
        <translation>το OBX-5 έχει συνιστώσες (components), τις οποίες μια τιμή {value_type} δεν μπορεί να έχει</translation>
    </message>
    <message>
        <source>OBX-2 (value type) is &apos;{text}&apos;; NM, SN or ST is needed for a ferritin or HLA-DR value</source>
        <comment>value_type_unsupported.hl7</comment>
        <extracomment>Finding value_type_unsupported.hl7. Fields: text.</extracomment>
        <translation>το OBX-2 (τύπος τιμής) είναι &apos;{text}&apos;· για τιμή φερριτίνης ή HLA-DR απαιτείται NM, SN ή ST</translation>
    </message>
    <message>
        <source>OBX-2 (value type) is missing; NM, SN or ST is needed for a ferritin or HLA-DR value</source>
        <comment>value_type_unsupported.hl7_missing</comment>
        <extracomment>Finding value_type_unsupported.hl7_missing.</extracomment>
        <translation>το OBX-2 (τύπος τιμής) λείπει· για τιμή φερριτίνης ή HLA-DR απαιτείται NM, SN ή ST</translation>
    </message>
    <message>
        <source>{file}, message {number}</source>
        <comment>source.message</comment>
        <extracomment>Finding source.message. Fields: file, number.</extracomment>
        <translation>{file}, μήνυμα {number}</translation>
    </message>
    <message>
        <source>{file}, message {number} ({id})</source>
        <comment>source.message_id</comment>
        <extracomment>Finding source.message_id. Fields: file, id, number.</extracomment>
        <translation>{file}, μήνυμα {number} ({id})</translation>
    </message>
    <message>
        <source>{message}, segment {number}</source>
        <comment>source.segment</comment>
        <extracomment>Finding source.segment. Fields: message, number.</extracomment>
        <translation>{message}, τμήμα {number}</translation>
    </message>
    <message>
        <source>{message}, segment {number} ({element})</source>
        <comment>source.segment_element</comment>
        <extracomment>Finding source.segment_element. Fields: element, message, number.</extracomment>
        <translation>{message}, τμήμα {number} ({element})</translation>
    </message>
    <message>
        <source>{message}, entry {number}</source>
        <comment>source.entry</comment>
        <extracomment>Finding source.entry. Fields: message, number.</extracomment>
        <translation>{message}, καταχώριση {number}</translation>
    </message>
    <message>
        <source>{message}, entry {number} ({element})</source>
        <comment>source.entry_element</comment>
        <extracomment>Finding source.entry_element. Fields: element, message, number.</extracomment>
        <translation>{message}, καταχώριση {number} ({element})</translation>
    </message>
    <message>
        <source>a preliminary result that arrived after the final result of the same test; not shown</source>
        <comment>preliminary_after_final</comment>
        <extracomment>Finding preliminary_after_final.</extracomment>
        <translation>προκαταρκτικό αποτέλεσμα που έφτασε μετά το οριστικό αποτέλεσμα της ίδιας εξέτασης· δεν εμφανίζεται</translation>
    </message>
    <message>
        <source>replaced by the corrected result in {source}</source>
        <comment>superseded.corrected</comment>
        <extracomment>Finding superseded.corrected. Fields: source.</extracomment>
        <translation>αντικαταστάθηκε από το διορθωμένο αποτέλεσμα στο {source}</translation>
    </message>
    <message>
        <source>replaced by the final result in {source}</source>
        <comment>superseded.final</comment>
        <extracomment>Finding superseded.final. Fields: source.</extracomment>
        <translation>αντικαταστάθηκε από το οριστικό αποτέλεσμα στο {source}</translation>
    </message>
    <message>
        <source>replaced by the preliminary result in {source}</source>
        <comment>superseded.preliminary</comment>
        <extracomment>Finding superseded.preliminary. Fields: source.</extracomment>
        <translation>αντικαταστάθηκε από το προκαταρκτικό αποτέλεσμα στο {source}</translation>
    </message>
    <message>
        <source>a corrected result: it replaces any earlier result of this test</source>
        <comment>corrected</comment>
        <extracomment>Finding corrected.</extracomment>
        <translation>διορθωμένο αποτέλεσμα: αντικαθιστά κάθε προηγούμενο αποτέλεσμα αυτής της εξέτασης</translation>
    </message>
    <message>
        <source>a preliminary result: shown, not classified until the final result arrives</source>
        <comment>preliminary</comment>
        <extracomment>Finding preliminary.</extracomment>
        <translation>προκαταρκτικό αποτέλεσμα: εμφανίζεται, δεν ταξινομείται μέχρι να φτάσει το οριστικό αποτέλεσμα</translation>
    </message>
    <message>
        <source>withdrawn by {source} (status {status})</source>
        <comment>withdrawn</comment>
        <extracomment>Finding withdrawn. Fields: source, status.</extracomment>
        <translation>αποσύρθηκε από {source} (κατάσταση {status})</translation>
    </message>
    <message>
        <source>withdraws the earlier result in {sources}</source>
        <comment>withdrawal.removed</comment>
        <extracomment>Finding withdrawal.removed. Fields: sources.</extracomment>
        <translation>αποσύρει το προηγούμενο αποτέλεσμα στο {sources}</translation>
    </message>
    <message>
        <source>{meaning}; withdraws the earlier result in {sources}</source>
        <comment>withdrawal.removed_meaning</comment>
        <extracomment>Finding withdrawal.removed_meaning. Fields: meaning, sources.</extracomment>
        <translation>{meaning}· αποσύρει το προηγούμενο αποτέλεσμα στο {sources}</translation>
    </message>
    <message>
        <source>withdraws an earlier result of this test; a result stored from an earlier file with the same key is withdrawn when this file is stored</source>
        <comment>withdrawal.stored</comment>
        <extracomment>Finding withdrawal.stored.</extracomment>
        <translation>αποσύρει ένα προηγούμενο αποτέλεσμα αυτής της εξέτασης· ένα αποτέλεσμα αποθηκευμένο από προηγούμενο αρχείο με το ίδιο κλειδί αποσύρεται όταν αποθηκευτεί αυτό το αρχείο</translation>
    </message>
    <message>
        <source>{meaning}; withdraws an earlier result of this test; a result stored from an earlier file with the same key is withdrawn when this file is stored</source>
        <comment>withdrawal.stored_meaning</comment>
        <extracomment>Finding withdrawal.stored_meaning. Fields: meaning.</extracomment>
        <translation>{meaning}· αποσύρει ένα προηγούμενο αποτέλεσμα αυτής της εξέτασης· ένα αποτέλεσμα αποθηκευμένο από προηγούμενο αρχείο με το ίδιο κλειδί αποσύρεται όταν αποθηκευτεί αυτό το αρχείο</translation>
    </message>
    <message>
        <source>{used} of {results} result(s) used</source>
        <comment>message_used</comment>
        <extracomment>Finding message_used. Fields: results, used.</extracomment>
        <translation>χρησιμοποιήθηκαν {used} από {results} αποτέλεσμα(τα)</translation>
    </message>
    <message>
        <source>the message holds no results</source>
        <comment>no_results</comment>
        <extracomment>Finding no_results.</extracomment>
        <translation>το μήνυμα δεν περιέχει αποτελέσματα</translation>
    </message>
    <message>
        <source>no result used ({detail})</source>
        <comment>no_results_used</comment>
        <extracomment>Finding no_results_used. Fields: detail.</extracomment>
        <translation>κανένα αποτέλεσμα δεν χρησιμοποιήθηκε ({detail})</translation>
    </message>
    <message>
        <source>the same content was already read from an earlier file; it is imported once</source>
        <comment>duplicate_message.content</comment>
        <extracomment>Finding duplicate_message.content.</extracomment>
        <translation>το ίδιο περιεχόμενο διαβάστηκε ήδη από προηγούμενο αρχείο· εισάγεται μία φορά</translation>
    </message>
    <message>
        <source>{date} has no time of day; a date-time is required</source>
        <comment>date_cell_without_time</comment>
        <extracomment>Finding date_cell_without_time. Fields: date.</extracomment>
        <translation>η ημερομηνία {date} δεν έχει ώρα· απαιτείται ημερομηνία-ώρα</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a time without a date</source>
        <comment>time_without_date</comment>
        <extracomment>Finding time_without_date. Fields: text.</extracomment>
        <translation>το &apos;{text}&apos; είναι ώρα χωρίς ημερομηνία</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a bare number (an Excel date serial?); store the sample time as a date-time</source>
        <comment>serial_number.cell</comment>
        <extracomment>Finding serial_number.cell. Fields: text.</extracomment>
        <translation>το &apos;{text}&apos; είναι σκέτος αριθμός (σειριακός αριθμός ημερομηνίας του Excel;)· αποθηκεύστε τον χρόνο λήψης ως ημερομηνία-ώρα</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a bare number (an Excel date serial?); an ISO 8601 date-time such as {example} is required</source>
        <comment>serial_number.text</comment>
        <extracomment>Finding serial_number.text. Fields: example, text.</extracomment>
        <translation>το &apos;{text}&apos; είναι σκέτος αριθμός (σειριακός αριθμός ημερομηνίας του Excel;)· απαιτείται ημερομηνία-ώρα ISO 8601, όπως {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time</source>
        <comment>bad_time.cell</comment>
        <extracomment>Finding bad_time.cell. Fields: text.</extracomment>
        <translation>το &apos;{text}&apos; δεν είναι ημερομηνία-ώρα</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; a date-time such as {example} is required</source>
        <comment>date_without_time.example</comment>
        <extracomment>Finding date_without_time.example. Fields: example, text.</extracomment>
        <translation>το &apos;{text}&apos; δεν έχει ώρα· απαιτείται ημερομηνία-ώρα, όπως {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; a date-time is required</source>
        <comment>date_without_time.text</comment>
        <extracomment>Finding date_without_time.text. Fields: text.</extracomment>
        <translation>το &apos;{text}&apos; δεν έχει ώρα· απαιτείται ημερομηνία-ώρα</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid ISO 8601 date-time (e.g. {example})</source>
        <comment>bad_time.iso</comment>
        <extracomment>Finding bad_time.iso. Fields: example, text.</extracomment>
        <translation>το &apos;{text}&apos; δεν είναι έγκυρη ημερομηνία-ώρα ISO 8601 (π.χ. {example})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not match the time format {time_format}</source>
        <comment>bad_time.format</comment>
        <extracomment>Finding bad_time.format. Fields: text, time_format.</extracomment>
        <translation>το &apos;{text}&apos; δεν αντιστοιχεί στη μορφή ώρας {time_format}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time; use ISO 8601 (e.g. {example}) or give the time format</source>
        <comment>bad_time.numeric</comment>
        <extracomment>Finding bad_time.numeric. Fields: example, text.</extracomment>
        <translation>το &apos;{text}&apos; δεν είναι ημερομηνία-ώρα· χρησιμοποιήστε ISO 8601 (π.χ. {example}) ή δώστε τη μορφή ώρας</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: day and month order cannot be told from the file; give the time format (e.g. {time_format})</source>
        <comment>date_order_unknown</comment>
        <extracomment>Finding date_order_unknown. Fields: text, time_format.</extracomment>
        <translation>&apos;{text}&apos;: η σειρά ημέρας και μήνα δεν μπορεί να προκύψει από το αρχείο· δώστε τη μορφή ώρας (π.χ. {time_format})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid date-time</source>
        <comment>bad_time.invalid</comment>
        <extracomment>Finding bad_time.invalid. Fields: text.</extracomment>
        <translation>το &apos;{text}&apos; δεν είναι έγκυρη ημερομηνία-ώρα</translation>
    </message>
    <message>
        <source>{date} lies before 1900-03-01, where Excel&apos;s 1900 date system is wrong (serial ≤ 60); check the sample time</source>
        <comment>excel_1900_artefact</comment>
        <extracomment>Finding excel_1900_artefact. Fields: date.</extracomment>
        <translation>η ημερομηνία {date} είναι πριν από την 1900-03-01, όπου το σύστημα ημερομηνιών 1900 του Excel είναι λανθασμένο (σειριακός αριθμός ≤ 60)· ελέγξτε τον χρόνο λήψης</translation>
    </message>
    <message>
        <source>{time} local time is skipped or repeated by a daylight-saving change; give the time with its UTC offset</source>
        <comment>dst_ambiguous</comment>
        <extracomment>Finding dst_ambiguous. Fields: time.</extracomment>
        <translation>η τοπική ώρα {time} παραλείπεται ή επαναλαμβάνεται λόγω αλλαγής θερινής ώρας· δώστε την ώρα με τη διαφορά της από UTC</translation>
    </message>
    <message>
        <source>The laboratory corrected the {test} result (status {status}) in {source}.</source>
        <comment>lab_version.corrected</comment>
        <extracomment>Finding lab_version.corrected. Fields: source, status, test.</extracomment>
        <translation>Το εργαστήριο διόρθωσε το αποτέλεσμα ({test}, κατάσταση {status}) στο {source}.</translation>
    </message>
    <message>
        <source>The laboratory sent the {test} result again (status {status}) in {source}.</source>
        <comment>lab_version.sent_again</comment>
        <extracomment>Finding lab_version.sent_again. Fields: source, status, test.</extracomment>
        <translation>Το εργαστήριο έστειλε ξανά το αποτέλεσμα ({test}, κατάσταση {status}) στο {source}.</translation>
    </message>
    <message>
        <source>Paired with the {test} result received in {source}.</source>
        <comment>lab_version.paired</comment>
        <extracomment>Finding lab_version.paired. Fields: source, test.</extracomment>
        <translation>Σύζευξη με το αποτέλεσμα ({test}) που ελήφθη στο {source}.</translation>
    </message>
    <message>
        <source>The laboratory withdrew the {test} result ({meaning}) in {source}.</source>
        <comment>lab_withdrawal</comment>
        <extracomment>Finding lab_withdrawal. Fields: meaning, source, test.</extracomment>
        <translation>Το εργαστήριο απέσυρε το αποτέλεσμα ({test}) στο {source} ({meaning}).</translation>
    </message>
    <message>
        <source>SOFA {total} of 24; all 6 organ systems assessed.</source>
        <comment>sofa_total</comment>
        <extracomment>Finding sofa_total. Fields: total.</extracomment>
        <translation>SOFA {total} από 24· αξιολογήθηκαν και τα 6 συστήματα οργάνων.</translation>
    </message>
    <message>
        <source>SOFA {total} from {assessed} of 6 organ systems; not assessed: {missing}. With them the total could be {low} to {high}.</source>
        <comment>sofa_total_partial</comment>
        <extracomment>Finding sofa_total_partial. Fields: assessed, high, low, missing, total.</extracomment>
        <translation>SOFA {total} με βάση {assessed} από τα 6 συστήματα οργάνων· δεν αξιολογήθηκαν: {missing}. Μαζί τους το σύνολο θα μπορούσε να είναι {low} έως {high}.</translation>
    </message>
    <message>
        <source>{criterion} {value}: {comparison} → {points} of 4 points.</source>
        <comment>sofa_criterion</comment>
        <extracomment>Finding sofa_criterion. Fields: comparison, criterion, points, value.</extracomment>
        <translation>{criterion} {value}: {comparison} → {points} από 4 βαθμούς.</translation>
    </message>
    <message>
        <source>{criterion} {value} could score {low} to {high} points; an exact value is needed.</source>
        <comment>sofa_criterion_open</comment>
        <extracomment>Finding sofa_criterion_open. Fields: criterion, high, low, value.</extracomment>
        <translation>{criterion} {value}: θα μπορούσε να δώσει {low} έως {high} βαθμούς· απαιτείται ακριβής τιμή.</translation>
    </message>
    <message>
        <source>{criterion} not running → 0 of 4 points.</source>
        <comment>sofa_not_running</comment>
        <extracomment>Finding sofa_not_running. Fields: criterion.</extracomment>
        <translation>{criterion}: δεν χορηγείται → 0 από 4 βαθμούς.</translation>
    </message>
    <message>
        <source>Dobutamine running (any dose) → {points} of 4 points.</source>
        <comment>sofa_dobutamine</comment>
        <extracomment>Finding sofa_dobutamine. Fields: points.</extracomment>
        <translation>Δοβουταμίνη σε χορήγηση (οποιαδήποτε δόση) → {points} από 4 βαθμούς.</translation>
    </message>
    <message>
        <source>Dobutamine not running → {points} of 4 points.</source>
        <comment>sofa_dobutamine_none</comment>
        <extracomment>Finding sofa_dobutamine_none. Fields: points.</extracomment>
        <translation>Δοβουταμίνη: δεν χορηγείται → {points} από 4 βαθμούς.</translation>
    </message>
    <message>
        <source>PaO2/FiO2 {value}: {comparison} with respiratory support → {points} of 4 points.</source>
        <comment>sofa_respiration_support</comment>
        <extracomment>Finding sofa_respiration_support. Fields: comparison, points, value.</extracomment>
        <translation>PaO2/FiO2 {value}: {comparison} με αναπνευστική υποστήριξη → {points} από 4 βαθμούς.</translation>
    </message>
    <message>
        <source>PaO2/FiO2 {value}: {comparison}, but without respiratory support → {points} of 4 points (3 and 4 need respiratory support).</source>
        <comment>sofa_respiration_no_support</comment>
        <extracomment>Finding sofa_respiration_no_support. Fields: comparison, points, value.</extracomment>
        <translation>PaO2/FiO2 {value}: {comparison}, αλλά χωρίς αναπνευστική υποστήριξη → {points} από 4 βαθμούς (οι 3 και 4 απαιτούν αναπνευστική υποστήριξη).</translation>
    </message>
    <message>
        <source>Not assessed: {needed} not given.</source>
        <comment>sofa_missing</comment>
        <extracomment>Finding sofa_missing. Fields: needed.</extracomment>
        <translation>Δεν αξιολογήθηκε· δεν δόθηκαν: {needed}.</translation>
    </message>
    <message>
        <source>Not assessed: {low} to {high} points possible; still needed: {needed}.</source>
        <comment>sofa_undetermined</comment>
        <extracomment>Finding sofa_undetermined. Fields: high, low, needed.</extracomment>
        <translation>Δεν αξιολογήθηκε: πιθανοί {low} έως {high} βαθμοί· απαιτούνται ακόμη: {needed}.</translation>
    </message>
    <message>
        <source>The table&apos;s {unit} column puts {value} in its {other_points}-point row, its {reference} column in the {points}-point row; the app scores every unit by the {reference} column (the original definition).</source>
        <comment>sofa_column_differs</comment>
        <extracomment>Finding sofa_column_differs. Fields: other_points, points, reference, unit, value.</extracomment>
        <translation>Η στήλη {unit} του πίνακα κατατάσσει το {value} στη γραμμή των {other_points} βαθμών, ενώ η στήλη {reference} στη γραμμή των {points} βαθμών· η εφαρμογή βαθμολογεί κάθε μονάδα με βάση τη στήλη {reference} (τον αρχικό ορισμό).</translation>
    </message>
    <message>
        <source>HScore {score} (of {maximum} possible).</source>
        <comment>hscore_total</comment>
        <extracomment>Finding hscore_total. Fields: maximum, score.</extracomment>
        <translation>HScore {score} (από {maximum} δυνατούς βαθμούς).</translation>
    </message>
    <message>
        <source>HScore not computed: {missing} not given. With them it would be {low} to {high}; the table&apos;s probability would lie between {low_percent} % and {high_percent} %.</source>
        <comment>hscore_incomplete</comment>
        <extracomment>Finding hscore_incomplete. Fields: high, high_percent, low, low_percent, missing.</extracomment>
        <translation>Το HScore δεν υπολογίστηκε· δεν δόθηκαν: {missing}. Μαζί τους θα ήταν {low} έως {high}· η πιθανότητα κατά τον πίνακα θα βρισκόταν μεταξύ {low_percent} % και {high_percent} %.</translation>
    </message>
    <message>
        <source>{variable} {value}: {comparison} → {points} points.</source>
        <comment>hscore_scored</comment>
        <extracomment>Finding hscore_scored. Fields: comparison, points, value, variable.</extracomment>
        <translation>{variable} {value}: {comparison} → {points} βαθμοί.</translation>
    </message>
    <message>
        <source>{variable}: {category} → {points} points.</source>
        <comment>hscore_category</comment>
        <extracomment>Finding hscore_category. Fields: category, points, variable.</extracomment>
        <translation>{variable}: {category} → {points} βαθμοί.</translation>
    </message>
    <message>
        <source>Cytopenias in {count} of 3 lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110000/µL) → {points} points.</source>
        <comment>hscore_cytopenias</comment>
        <extracomment>Finding hscore_cytopenias. Fields: count, points.</extracomment>
        <translation>Κυτταροπενίες σε {count} από 3 σειρές (Hb ≤ 9,2 g/dL, λευκοκύτταρα ≤ 5000/µL, αιμοπετάλια ≤ 110000/µL) → {points} βαθμοί.</translation>
    </message>
    <message>
        <source>{variable} {value} could score {low} to {high} points; an exact value is needed.</source>
        <comment>hscore_open</comment>
        <extracomment>Finding hscore_open. Fields: high, low, value, variable.</extracomment>
        <translation>{variable} {value}: θα μπορούσε να δώσει {low} έως {high} βαθμούς· απαιτείται ακριβής τιμή.</translation>
    </message>
    <message>
        <source>{variable} not given: 0 to {high} points possible.</source>
        <comment>hscore_missing</comment>
        <extracomment>Finding hscore_missing. Fields: high, variable.</extracomment>
        <translation>{variable}: δεν δόθηκε· πιθανοί 0 έως {high} βαθμοί.</translation>
    </message>
    <message>
        <source>HScore {score}: probability of haemophagocytic syndrome {percent} % in the published table.</source>
        <comment>hscore_probability_row</comment>
        <extracomment>Finding hscore_probability_row. Fields: percent, score.</extracomment>
        <translation>HScore {score}: πιθανότητα αιμοφαγοκυτταρικού συνδρόμου {percent} % κατά τον δημοσιευμένο πίνακα.</translation>
    </message>
    <message>
        <source>HScore {score} lies between the table&apos;s rows {row} ({percent} %) and {next_row} ({next_percent} %); the app reports the row at or below it: {percent} %.</source>
        <comment>hscore_probability_between</comment>
        <extracomment>Finding hscore_probability_between. Fields: next_percent, next_row, percent, row, score.</extracomment>
        <translation>Το HScore {score} βρίσκεται μεταξύ των γραμμών {row} ({percent} %) και {next_row} ({next_percent} %) του πίνακα· η εφαρμογή αναφέρει τη γραμμή που είναι ίση ή μικρότερη: {percent} %.</translation>
    </message>
    <message>
        <source>HScore {score} is below the table&apos;s first row ({row}: {percent} %): {percent} %.</source>
        <comment>hscore_probability_below</comment>
        <extracomment>Finding hscore_probability_below. Fields: percent, row, score.</extracomment>
        <translation>Το HScore {score} είναι κάτω από την πρώτη γραμμή του πίνακα ({row}: {percent} %): {percent} %.</translation>
    </message>
    <message>
        <source>HScore {score} is at or above the table&apos;s last row ({row}): {percent} %.</source>
        <comment>hscore_probability_top</comment>
        <extracomment>Finding hscore_probability_top. Fields: percent, row, score.</extracomment>
        <translation>Το HScore {score} είναι στην τελευταία γραμμή του πίνακα ({row}) ή πάνω από αυτήν: {percent} %.</translation>
    </message>
    <message>
        <source>The HScore estimates the probability of reactive haemophagocytic syndrome (secondary HLH). It is an aid to the HLH question, not a diagnosis.</source>
        <comment>hscore_aid_not_diagnosis</comment>
        <extracomment>Finding hscore_aid_not_diagnosis.</extracomment>
        <translation>Το HScore εκτιμά την πιθανότητα αντιδραστικού αιμοφαγοκυτταρικού συνδρόμου (δευτεροπαθής HLH). Είναι βοήθημα για το ερώτημα της HLH, όχι διάγνωση.</translation>
    </message>
    <message>
        <source>Derived in 312 patients (162 with reactive HLH, 104 without, 46 undetermined); best cut-off 169 (sensitivity 93 %, specificity 86 %).</source>
        <comment>hscore_derivation</comment>
        <extracomment>Finding hscore_derivation.</extracomment>
        <translation>Αναπτύχθηκε σε 312 ασθενείς (162 με αντιδραστική HLH, 104 χωρίς, 46 απροσδιόριστοι)· βέλτιστο σημείο διαχωρισμού 169 (ευαισθησία 93 %, ειδικότητα 86 %).</translation>
    </message>
    <message>
        <source>The probability table has not been validated in ICU patients.</source>
        <comment>hscore_icu_not_validated</comment>
        <extracomment>Finding hscore_icu_not_validated.</extracomment>
        <translation>Ο πίνακας πιθανοτήτων δεν έχει επικυρωθεί σε ασθενείς ΜΕΘ.</translation>
    </message>
    <message>
        <source>High ferritin is common in the ICU without HLH: ICU studies found HLH cut-offs of 9083 µg/L (2623 patients) and 3951 ng/mL (344 patients), and a modified HLH-2004 criterion uses ferritin ≥ 10000 ng/mL.</source>
        <comment>hscore_icu_ferritin</comment>
        <extracomment>Finding hscore_icu_ferritin.</extracomment>
        <translation>Η υψηλή φερριτίνη είναι συχνή στη ΜΕΘ χωρίς HLH: μελέτες σε ΜΕΘ βρήκαν σημεία διαχωρισμού για HLH 9083 µg/L (2623 ασθενείς) και 3951 ng/mL (344 ασθενείς), ενώ ένα τροποποιημένο κριτήριο HLH-2004 χρησιμοποιεί φερριτίνη ≥ 10000 ng/mL.</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL places a patient in the ImmunoSep MALS stratum; it does not establish HLH.</source>
        <comment>hscore_mals_not_hlh</comment>
        <extracomment>Finding hscore_mals_not_hlh.</extracomment>
        <translation>Φερριτίνη &gt; 4420 ng/mL κατατάσσει τον ασθενή στο στρώμα MALS της ImmunoSep· δεν αποδεικνύει HLH.</translation>
    </message>
    <message>
        <source>Age 18 years or older.</source>
        <comment>criterion_age_18_or_over</comment>
        <extracomment>Finding criterion_age_18_or_over.</extracomment>
        <translation>Ηλικία 18 ετών ή μεγαλύτερη.</translation>
    </message>
    <message>
        <source>Women: unwilling to become pregnant during the study (men meet this criterion).</source>
        <comment>criterion_not_planning_pregnancy</comment>
        <extracomment>Finding criterion_not_planning_pregnancy.</extracomment>
        <translation>Γυναίκες: χωρίς πρόθεση εγκυμοσύνης κατά τη διάρκεια της μελέτης (οι άνδρες πληρούν αυτό το κριτήριο).</translation>
    </message>
    <message>
        <source>Written informed consent by the patient, or by a first-degree relative or spouse if the patient cannot consent.</source>
        <comment>criterion_informed_consent</comment>
        <extracomment>Finding criterion_informed_consent.</extracomment>
        <translation>Γραπτή συγκατάθεση μετά από ενημέρωση από τον ασθενή ή, αν ο ασθενής δεν μπορεί να συναινέσει, από συγγενή πρώτου βαθμού ή σύζυγο.</translation>
    </message>
    <message>
        <source>Infection is community-acquired pneumonia, hospital-acquired pneumonia, ventilator-associated pneumonia or primary bacteraemia.</source>
        <comment>criterion_infection_type</comment>
        <extracomment>Finding criterion_infection_type.</extracomment>
        <translation>Η λοίμωξη είναι πνευμονία της κοινότητας, νοσοκομειακή πνευμονία, πνευμονία σχετιζόμενη με τον αναπνευστήρα ή πρωτοπαθής βακτηριαιμία.</translation>
    </message>
    <message>
        <source>Sepsis by Sepsis-3: total SOFA ≥ 2 on admission with infection through the emergency department, or a rise of the admission SOFA by ≥ 2 points in a patient already in hospital.</source>
        <comment>criterion_sepsis_3</comment>
        <extracomment>Finding criterion_sepsis_3.</extracomment>
        <translation>Σήψη κατά Sepsis-3: συνολικό SOFA ≥ 2 κατά την εισαγωγή με λοίμωξη μέσω του τμήματος επειγόντων περιστατικών ή αύξηση του SOFA εισαγωγής κατά ≥ 2 βαθμούς σε ασθενή που ήδη νοσηλεύεται.</translation>
    </message>
    <message>
        <source>Laboratory signs of MALS (ferritin &gt; 4420 ng/mL) or of immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR &lt; 5000 antibodies per monocyte, QuantiBRITE). Patients with COVID-19 could enter the MALS arm only.</source>
        <comment>criterion_immune_phenotype</comment>
        <extracomment>Finding criterion_immune_phenotype.</extracomment>
        <translation>Εργαστηριακά σημεία MALS (φερριτίνη &gt; 4420 ng/mL) ή ανοσοπαράλυσης (φερριτίνη ≤ 4420 ng/mL και HLA-DR &lt; 5000 αντισώματα ανά μονοκύτταρο, QuantiBRITE). Ασθενείς με COVID-19 μπορούσαν να ενταχθούν μόνο στο σκέλος MALS.</translation>
    </message>
    <message>
        <source>Less than 72 hours since sepsis was recognised by Sepsis-3 (in the trial: to the start of the blinded study drug).</source>
        <comment>criterion_within_72_hours</comment>
        <extracomment>Finding criterion_within_72_hours.</extracomment>
        <translation>Λιγότερο από 72 ώρες από την αναγνώριση της σήψης κατά Sepsis-3 (στη μελέτη: έως την έναρξη του τυφλοποιημένου φαρμάκου της μελέτης).</translation>
    </message>
    <message>
        <source>Age under 18 years.</source>
        <comment>criterion_age_under_18</comment>
        <extracomment>Finding criterion_age_under_18.</extracomment>
        <translation>Ηλικία κάτω των 18 ετών.</translation>
    </message>
    <message>
        <source>Written informed consent refused.</source>
        <comment>criterion_consent_refused</comment>
        <extracomment>Finding criterion_consent_refused.</extracomment>
        <translation>Άρνηση γραπτής συγκατάθεσης μετά από ενημέρωση.</translation>
    </message>
    <message>
        <source>Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.</source>
        <comment>criterion_other_infection_site</comment>
        <extracomment>Finding criterion_other_infection_site.</extracomment>
        <translation>Οξεία πυελονεφρίτιδα, ενδοκοιλιακή λοίμωξη, μηνιγγίτιδα ή λοίμωξη δέρματος.</translation>
    </message>
    <message>
        <source>Any stage IV malignancy.</source>
        <comment>criterion_stage_iv_malignancy</comment>
        <extracomment>Finding criterion_stage_iv_malignancy.</extracomment>
        <translation>Οποιαδήποτε κακοήθεια σταδίου IV.</translation>
    </message>
    <message>
        <source>Neutropenia: absolute neutrophil count &lt; 1500/mm³.</source>
        <comment>criterion_neutropenia</comment>
        <extracomment>Finding criterion_neutropenia.</extracomment>
        <translation>Ουδετεροπενία: απόλυτος αριθμός ουδετεροφίλων &lt; 1500/mm³.</translation>
    </message>
    <message>
        <source>Unverified: the registry gives &lt; 1500/mm³, a transcription of the protocol &lt; 1000/mm³; the discrepancy is unresolved.</source>
        <comment>criterion_neutropenia_unverified</comment>
        <extracomment>Finding criterion_neutropenia_unverified.</extracomment>
        <translation>Μη επαληθευμένο: το μητρώο αναφέρει &lt; 1500/mm³, μια μεταγραφή του πρωτοκόλλου &lt; 1000/mm³· η ασυμφωνία δεν έχει επιλυθεί.</translation>
    </message>
    <message>
        <source>Any do-not-resuscitate decision.</source>
        <comment>criterion_do_not_resuscitate</comment>
        <extracomment>Finding criterion_do_not_resuscitate.</extracomment>
        <translation>Οποιαδήποτε απόφαση μη ανάνηψης (DNR).</translation>
    </message>
    <message>
        <source>Bacteraemia with coagulase-negative staphylococci or other skin commensals, or a catheter-related infection.</source>
        <comment>criterion_bacteraemia_contaminant</comment>
        <extracomment>Finding criterion_bacteraemia_contaminant.</extracomment>
        <translation>Βακτηριαιμία με κοαγκουλάση-αρνητικούς σταφυλοκόκκους ή άλλους μικροοργανισμούς της φυσιολογικής χλωρίδας του δέρματος, ή λοίμωξη σχετιζόμενη με καθετήρα.</translation>
    </message>
    <message>
        <source>All {total} listed criteria are met ({met} met, {failed} not met, {unknown} unknown); the list is incomplete, so this does not prove the patient would have been eligible.</source>
        <comment>eligibility_all_listed_met</comment>
        <extracomment>Finding eligibility_all_listed_met. Fields: failed, met, total, unknown.</extracomment>
        <translation>Πληρούνται και τα {total} κριτήρια του καταλόγου ({met} πληρούνται, {failed} δεν πληρούνται, {unknown} άγνωστα)· ο κατάλογος είναι ελλιπής, επομένως αυτό δεν αποδεικνύει ότι ο ασθενής θα ήταν επιλέξιμος.</translation>
    </message>
    <message>
        <source>{met} of {total} criteria met, {unknown} unknown, {failed} not met.</source>
        <comment>eligibility_incomplete</comment>
        <extracomment>Finding eligibility_incomplete. Fields: failed, met, total, unknown.</extracomment>
        <translation>{met} από {total} κριτήρια πληρούνται, {unknown} άγνωστα, {failed} δεν πληρούνται.</translation>
    </message>
    <message>
        <source>{failed} of {total} criteria not met ({met} met, {unknown} unknown): this patient differs from the population in which ImmunoSep was tested.</source>
        <comment>eligibility_outside</comment>
        <extracomment>Finding eligibility_outside. Fields: failed, met, total, unknown.</extracomment>
        <translation>{failed} από {total} κριτήρια δεν πληρούνται ({met} πληρούνται, {unknown} άγνωστα): ο ασθενής διαφέρει από τον πληθυσμό στον οποίο δοκιμάστηκε η ImmunoSep.</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence comes from the population these criteria describe; it may not apply outside it.</source>
        <comment>eligibility_population</comment>
        <extracomment>Finding eligibility_population.</extracomment>
        <translation>Τα τεκμήρια της ImmunoSep προέρχονται από τον πληθυσμό που περιγράφουν αυτά τα κριτήρια· μπορεί να μην ισχύουν εκτός αυτού.</translation>
    </message>
    <message>
        <source>Unverified: every copy of the registry&apos;s exclusion list read for this app ends after its seventh item; further exclusions (the protocol also has a corticosteroid-dose limit) are not listed here.</source>
        <comment>eligibility_exclusions_truncated</comment>
        <extracomment>Finding eligibility_exclusions_truncated.</extracomment>
        <translation>Μη επαληθευμένο: κάθε αντίγραφο του καταλόγου αποκλεισμών του μητρώου που χρησιμοποιήθηκε για την εφαρμογή τελειώνει μετά το έβδομο στοιχείο· περαιτέρω αποκλεισμοί (το πρωτόκολλο έχει επίσης όριο δόσης κορτικοστεροειδών) δεν αναφέρονται εδώ.</translation>
    </message>
    <message>
        <source>The checklist informs; it does not block a phenotype or a decision.</source>
        <comment>eligibility_not_blocking</comment>
        <extracomment>Finding eligibility_not_blocking.</extracomment>
        <translation>Ο κατάλογος ελέγχου ενημερώνει· δεν εμποδίζει έναν φαινότυπο ούτε μια απόφαση.</translation>
    </message>
    <message>
        <source>From the age entered: {age} years.</source>
        <comment>eligibility_from_age</comment>
        <extracomment>Finding eligibility_from_age. Fields: age.</extracomment>
        <translation>Από την ηλικία που εισήχθη: {age} έτη.</translation>
    </message>
    <message>
        <source>From the phenotype: {phenotype}.</source>
        <comment>eligibility_from_phenotype</comment>
        <extracomment>Finding eligibility_from_phenotype. Fields: phenotype.</extracomment>
        <translation>Από τον φαινότυπο: {phenotype}.</translation>
    </message>
    <message>
        <source>The values could not be classified, so this is unknown.</source>
        <comment>eligibility_from_no_phenotype</comment>
        <extracomment>Finding eligibility_from_no_phenotype.</extracomment>
        <translation>Οι τιμές δεν μπόρεσαν να ταξινομηθούν, επομένως αυτό είναι άγνωστο.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: below 1000/mm³, neutropenia by the registry and by the protocol transcription.</source>
        <comment>eligibility_anc_below_both</comment>
        <extracomment>Finding eligibility_anc_below_both. Fields: anc.</extracomment>
        <translation>Ουδετερόφιλα {anc}: κάτω από 1000/mm³, ουδετεροπενία κατά το μητρώο και κατά τη μεταγραφή του πρωτοκόλλου.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: at or above 1500/mm³, no neutropenia by either source.</source>
        <comment>eligibility_anc_above_both</comment>
        <extracomment>Finding eligibility_anc_above_both. Fields: anc.</extracomment>
        <translation>Ουδετερόφιλα {anc}: 1500/mm³ ή περισσότερα· καμία από τις δύο πηγές δεν δείχνει ουδετεροπενία.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: neutropenia by the registry (&lt; 1500/mm³) but not by the protocol transcription (&lt; 1000/mm³), or not exact enough to tell; the answer is unknown.</source>
        <comment>eligibility_anc_between</comment>
        <extracomment>Finding eligibility_anc_between. Fields: anc.</extracomment>
        <translation>Ουδετερόφιλα {anc}: ουδετεροπενία κατά το μητρώο (&lt; 1500/mm³) αλλά όχι κατά τη μεταγραφή του πρωτοκόλλου (&lt; 1000/mm³), ή τιμή όχι αρκετά ακριβής για να κριθεί· η απάντηση είναι άγνωστη.</translation>
    </message>
    <message>
        <source>Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (&gt; 1.4): the trial&apos;s response definition is met.</source>
        <comment>response_met</comment>
        <extracomment>Finding response_met. Fields: decrease.</extracomment>
        <translation>Το SOFA της ημέρας 1 μείον τη μέση τιμή SOFA των ημερών 2–9 είναι {decrease} (&gt; 1,4): πληρείται ο ορισμός ανταπόκρισης της μελέτης.</translation>
    </message>
    <message>
        <source>Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (≤ 1.4): the trial&apos;s response definition is not met.</source>
        <comment>response_not_met</comment>
        <extracomment>Finding response_not_met. Fields: decrease.</extracomment>
        <translation>Το SOFA της ημέρας 1 μείον τη μέση τιμή SOFA των ημερών 2–9 είναι {decrease} (≤ 1,4): δεν πληρείται ο ορισμός ανταπόκρισης της μελέτης.</translation>
    </message>
    <message>
        <source>Provisional: so far day-1 SOFA minus the mean SOFA of days 2–9 is {decrease}; days {pending} are not over and count as carried forward until they are.</source>
        <comment>response_provisional</comment>
        <extracomment>Finding response_provisional. Fields: decrease, pending.</extracomment>
        <translation>Προσωρινό: έως τώρα το SOFA της ημέρας 1 μείον τη μέση τιμή SOFA των ημερών 2–9 είναι {decrease}· οι ημέρες {pending} δεν έχουν ολοκληρωθεί και μετρούν με την τελευταία τιμή μέχρι να ολοκληρωθούν.</translation>
    </message>
    <message>
        <source>This is the ImmunoSep trial&apos;s research endpoint (day-1 SOFA minus the mean SOFA of days 2–9 &gt; 1.4 points; deaths count 24, a missing day carries the last value forward), not a treatment target.</source>
        <comment>response_research_endpoint</comment>
        <extracomment>Finding response_research_endpoint.</extracomment>
        <translation>Αυτό είναι το ερευνητικό καταληκτικό σημείο της μελέτης ImmunoSep (SOFA της ημέρας 1 μείον τη μέση τιμή SOFA των ημερών 2–9 &gt; 1,4 βαθμοί· οι θάνατοι μετρούν 24 και μια ημέρα χωρίς τιμή παίρνει την τελευταία τιμή), όχι θεραπευτικός στόχος.</translation>
    </message>
    <message>
        <source>From the day of death (day {day}) every day counts 24.</source>
        <comment>response_death</comment>
        <extracomment>Finding response_death. Fields: day.</extracomment>
        <translation>Από την ημέρα του θανάτου (ημέρα {day}) κάθε ημέρα μετρά 24.</translation>
    </message>
    <message>
        <source>The SOFA entered for day {day} is not used: the patient died on day {death_day}, and from then on every day counts 24.</source>
        <comment>response_entry_replaced_by_death</comment>
        <extracomment>Finding response_entry_replaced_by_death. Fields: day, death_day.</extracomment>
        <translation>Το SOFA που εισήχθη για την ημέρα {day} δεν χρησιμοποιείται: ο ασθενής απεβίωσε την ημέρα {death_day} και από τότε κάθε ημέρα μετρά 24.</translation>
    </message>
    <message>
        <source>The SOFA of day {day} rests on {assessed} of 6 organ systems, so it may be too low.</source>
        <comment>response_incomplete_day</comment>
        <extracomment>Finding response_incomplete_day. Fields: assessed, day.</extracomment>
        <translation>Το SOFA της ημέρας {day} βασίζεται σε {assessed} από 6 συστήματα οργάνων, οπότε μπορεί να είναι χαμηλότερο από το πραγματικό.</translation>
    </message>
    <message>
        <source>{criterion} {value} is outside the range usually seen in {unit}; check that it was not measured in {other_unit}.</source>
        <comment>unit_suspect</comment>
        <extracomment>Finding unit_suspect. Fields: criterion, other_unit, unit, value.</extracomment>
        <translation>{criterion} {value}: εκτός του εύρους που συνήθως παρατηρείται σε {unit}· ελέγξτε ότι δεν μετρήθηκε σε {other_unit}.</translation>
    </message>
    <message>
        <source>Ferritin is needed: every ImmunoSep phenotype starts from ferritin (&gt; {ferritin_threshold} is MALS).</source>
        <oldsource>Ferritin is needed: every ImmunoSep phenotype starts from ferritin (&gt; {f_thr} is MALS).</oldsource>
        <comment>ferritin_missing</comment>
        <extracomment>Finding ferritin_missing. Fields: ferritin_threshold.</extracomment>
        <translation>Απαιτείται φερριτίνη: κάθε φαινότυπος ImmunoSep ξεκινά από τη φερριτίνη (&gt; {ferritin_threshold} είναι MALS).</translation>
    </message>
    <message>
        <source>Ferritin &gt; {threshold} (MALS)</source>
        <comment>criterion.ferritin_above_mals_threshold</comment>
        <extracomment>Finding criterion.ferritin_above_mals_threshold. Fields: threshold.</extracomment>
        <translation>Φερριτίνη &gt; {threshold} (MALS)</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {threshold} (immunoparalysis)</source>
        <comment>criterion.hla_dr_below_threshold</comment>
        <extracomment>Finding criterion.hla_dr_below_threshold. Fields: threshold.</extracomment>
        <translation>HLA-DR &lt; {threshold} (ανοσοπαράλυση)</translation>
    </message>
    <message>
        <source>Age ≥ {threshold} years (trial population)</source>
        <comment>criterion.age_adult</comment>
        <extracomment>Finding criterion.age_adult. Fields: threshold.</extracomment>
        <translation>Ηλικία ≥ {threshold} ετών (πληθυσμός της μελέτης)</translation>
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
        <translation>≥ {threshold} ετών</translation>
    </message>
    <message>
        <source>{age} years</source>
        <comment>criterion_value.age</comment>
        <extracomment>Finding criterion_value.age. Fields: age.</extracomment>
        <translation>{age} ετών</translation>
    </message>
    <message>
        <source>met</source>
        <comment>criterion_note.met</comment>
        <extracomment>Finding criterion_note.met.</extracomment>
        <translation>πληρείται</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>criterion_note.not_met</comment>
        <extracomment>Finding criterion_note.not_met.</extracomment>
        <translation>δεν πληρείται</translation>
    </message>
    <message>
        <source>undecided</source>
        <comment>criterion_note.undecided</comment>
        <extracomment>Finding criterion_note.undecided.</extracomment>
        <translation>αναποφάσιστο</translation>
    </message>
    <message>
        <source>undecided: {entered} spans {threshold}</source>
        <comment>criterion_note.undecided_range</comment>
        <extracomment>Finding criterion_note.undecided_range. Fields: entered, threshold.</extracomment>
        <translation>αναποφάσιστο: το {entered} εκτείνεται εκατέρωθεν του ορίου {threshold}</translation>
    </message>
    <message>
        <source>not available</source>
        <comment>criterion_note.not_available</comment>
        <extracomment>Finding criterion_note.not_available.</extracomment>
        <translation>μη διαθέσιμο</translation>
    </message>
    <message>
        <source>not given</source>
        <comment>criterion_note.not_given</comment>
        <extracomment>Finding criterion_note.not_given.</extracomment>
        <translation>δεν δόθηκε</translation>
    </message>
    <message>
        <source>not determined by the laboratory</source>
        <comment>criterion_note.not_determined</comment>
        <extracomment>Finding criterion_note.not_determined.</extracomment>
        <translation>δεν προσδιορίστηκε από το εργαστήριο</translation>
    </message>
    <message>
        <source>not evaluable: {unit} cannot be converted to antibodies bound per cell</source>
        <comment>criterion_note.unit_not_usable</comment>
        <extracomment>Finding criterion_note.unit_not_usable. Fields: unit.</extracomment>
        <translation>μη αξιολογήσιμο: το {unit} δεν μπορεί να μετατραπεί σε δεσμευμένα αντισώματα ανά κύτταρο</translation>
    </message>
    <message>
        <source>{note}; converted: {conversion}</source>
        <comment>criterion_note.converted</comment>
        <extracomment>Finding criterion_note.converted. Fields: conversion, note.</extracomment>
        <translation>{note}· μετατροπή: {conversion}</translation>
    </message>
    <message>
        <source>{note} (not needed: MALS is decided by ferritin)</source>
        <comment>criterion_note.not_needed</comment>
        <extracomment>Finding criterion_note.not_needed. Fields: note.</extracomment>
        <translation>{note} (δεν χρειάζεται: το MALS αποφασίζεται από τη φερριτίνη)</translation>
    </message>
    <message>
        <source>{entered} ng/mL (no conversion)</source>
        <comment>conversion.none</comment>
        <extracomment>Finding conversion.none. Fields: entered.</extracomment>
        <translation>{entered} ng/mL (χωρίς μετατροπή)</translation>
    </message>
    <message>
        <source>Ferritin not determined (&quot;{ferritin_not_determined}&quot;): the laboratory reported no value; every ImmunoSep phenotype starts from ferritin (&gt; {ferritin_threshold} is MALS).</source>
        <comment>ferritin_not_determined</comment>
        <extracomment>Finding ferritin_not_determined. Fields: ferritin_not_determined, ferritin_threshold.</extracomment>
        <translation>Η φερριτίνη δεν προσδιορίστηκε (&quot;{ferritin_not_determined}&quot;): το εργαστήριο δεν ανέφερε τιμή· κάθε φαινότυπος ImmunoSep ξεκινά από τη φερριτίνη (&gt; {ferritin_threshold} σημαίνει MALS).</translation>
    </message>
    <message>
        <source>Ferritin {ferritin_entered} could be above or below {ferritin_threshold}; an exact value, or a bound that lies wholly on one side of {ferritin_threshold}, is needed.</source>
        <oldsource>Ferritin {ferritin_entered} could be above or below {f_thr}; an exact value, or a bound that lies wholly on one side of {f_thr}, is needed.</oldsource>
        <comment>ferritin_indeterminate</comment>
        <extracomment>Finding ferritin_indeterminate. Fields: ferritin_entered, ferritin_threshold.</extracomment>
        <translation>Η φερριτίνη {ferritin_entered} μπορεί να είναι πάνω ή κάτω από {ferritin_threshold}· απαιτείται ακριβής τιμή ή όριο που βρίσκεται εξ ολοκλήρου στη μία πλευρά του {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is &gt; {ferritin_threshold}: MALS criterion met.</source>
        <oldsource>Ferritin {ferritin} is &gt; {f_thr}: MALS criterion met.</oldsource>
        <comment>ferritin_above_threshold</comment>
        <extracomment>Finding ferritin_above_threshold. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Φερριτίνη {ferritin} &gt; {ferritin_threshold}: πληρείται το κριτήριο MALS.</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {hla_dr_threshold} too: both criteria are met and MALS takes precedence, as in the trial.</source>
        <oldsource>HLA-DR &lt; {h_thr} too: both criteria are met and MALS takes precedence, as in the trial.</oldsource>
        <comment>both_criteria_met</comment>
        <extracomment>Finding both_criteria_met. Fields: hla_dr_threshold.</extracomment>
        <translation>Επίσης HLA-DR &lt; {hla_dr_threshold}: πληρούνται και τα δύο κριτήρια και προηγείται το MALS, όπως στη μελέτη.</translation>
    </message>
    <message>
        <source>HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <oldsource>HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because ferritin {ferritin} is ≤ {f_thr}.</oldsource>
        <comment>hla_dr_missing</comment>
        <extracomment>Finding hla_dr_missing. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Απαιτείται HLA-DR σε αντισώματα ανά κύτταρο (AB/C, QuantiBRITE), επειδή η φερριτίνη {ferritin} είναι ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>HLA-DR not determined (&quot;{hla_dr_not_determined}&quot;): the laboratory reported no value; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <comment>hla_dr_not_determined</comment>
        <extracomment>Finding hla_dr_not_determined. Fields: ferritin, ferritin_threshold, hla_dr_not_determined.</extracomment>
        <translation>Το HLA-DR δεν προσδιορίστηκε (&quot;{hla_dr_not_determined}&quot;): το εργαστήριο δεν ανέφερε τιμή· απαιτείται HLA-DR σε AB/C, επειδή η φερριτίνη {ferritin} είναι ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>HLA-DR was given as {hla_dr_unit}, which cannot be converted to antibodies bound per cell; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <oldsource>HLA-DR was given as {hla_dr_unit}, which cannot be converted to antibodies bound per cell; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {f_thr}.</oldsource>
        <comment>hla_dr_not_ab_per_cell</comment>
        <extracomment>Finding hla_dr_not_ab_per_cell. Fields: ferritin, ferritin_threshold, hla_dr_unit.</extracomment>
        <translation>Το HLA-DR δόθηκε σε {hla_dr_unit}, που δεν μπορεί να μετατραπεί σε δεσμευμένα αντισώματα ανά κύτταρο· απαιτείται HLA-DR σε AB/C, επειδή η φερριτίνη {ferritin} είναι ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} could be above or below {hla_dr_threshold}; an exact value is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <oldsource>HLA-DR {hla_dr} could be above or below {h_thr}; an exact value is needed because ferritin {ferritin} is ≤ {f_thr}.</oldsource>
        <comment>hla_dr_indeterminate</comment>
        <extracomment>Finding hla_dr_indeterminate. Fields: ferritin, ferritin_threshold, hla_dr, hla_dr_threshold.</extracomment>
        <translation>Το HLA-DR {hla_dr} μπορεί να είναι πάνω ή κάτω από {hla_dr_threshold}· απαιτείται ακριβής τιμή, επειδή η φερριτίνη {ferritin} είναι ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is ≤ {ferritin_threshold}: MALS criterion not met.</source>
        <oldsource>Ferritin {ferritin} is ≤ {f_thr}: MALS criterion not met.</oldsource>
        <comment>ferritin_at_or_below_threshold</comment>
        <extracomment>Finding ferritin_at_or_below_threshold. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Φερριτίνη {ferritin} ≤ {ferritin_threshold}: δεν πληρείται το κριτήριο MALS.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is &lt; {hla_dr_threshold}: immunoparalysis criteria met.</source>
        <oldsource>HLA-DR {hla_dr} is &lt; {h_thr}: immunoparalysis criteria met.</oldsource>
        <comment>hla_dr_below_threshold</comment>
        <extracomment>Finding hla_dr_below_threshold. Fields: hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} &lt; {hla_dr_threshold}: πληρούνται τα κριτήρια ανοσοπαράλυσης.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is ≥ {hla_dr_threshold}: neither phenotype; the ImmunoSep evidence does not apply.</source>
        <oldsource>HLA-DR {hla_dr} is ≥ {h_thr}: neither phenotype; the ImmunoSep evidence does not apply.</oldsource>
        <comment>hla_dr_at_or_above_threshold</comment>
        <extracomment>Finding hla_dr_at_or_above_threshold. Fields: hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} ≥ {hla_dr_threshold}: κανένας φαινότυπος· τα τεκμήρια της ImmunoSep δεν ισχύουν.</translation>
    </message>
    <message>
        <source>The ferritin sample time {ferritin_sampled} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.ferritin_sample</comment>
        <extracomment>Finding sample_time_in_future.ferritin_sample. Fields: ferritin_sampled.</extracomment>
        <translation>Ο χρόνος λήψης φερριτίνης {ferritin_sampled} βρίσκεται στο μέλλον· ελέγξτε την ημερομηνία και την ώρα.</translation>
    </message>
    <message>
        <source>The HLA-DR sample time {hla_dr_sampled} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.hla_dr_sample</comment>
        <extracomment>Finding sample_time_in_future.hla_dr_sample. Fields: hla_dr_sampled.</extracomment>
        <translation>Ο χρόνος λήψης HLA-DR {hla_dr_sampled} βρίσκεται στο μέλλον· ελέγξτε την ημερομηνία και την ώρα.</translation>
    </message>
    <message>
        <source>The HLA-DR processing time {hla_dr_processed} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.hla_dr_processing</comment>
        <extracomment>Finding sample_time_in_future.hla_dr_processing. Fields: hla_dr_processed.</extracomment>
        <translation>Ο χρόνος επεξεργασίας HLA-DR {hla_dr_processed} βρίσκεται στο μέλλον· ελέγξτε την ημερομηνία και την ώρα.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is within {ferritin_band} of {ferritin_threshold}; ferritin assays differ between methods, so a repeat test may be wise.</source>
        <oldsource>Ferritin {ferritin} is within {f_band} % of {f_threshold} ng/mL; ferritin assays differ between methods, so a repeat test may be wise.</oldsource>
        <comment>ferritin_near_threshold</comment>
        <extracomment>Finding ferritin_near_threshold. Fields: ferritin, ferritin_band, ferritin_threshold.</extracomment>
        <translation>Η φερριτίνη {ferritin} απέχει έως {ferritin_band} από το όριο {ferritin_threshold}· οι μέθοδοι μέτρησης φερριτίνης διαφέρουν, οπότε ίσως είναι σκόπιμη επανάληψη της εξέτασης.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is within {hla_dr_band} of {hla_dr_threshold}; the inter-laboratory CV is 15-25 %, so a repeat test may be wise.</source>
        <oldsource>HLA-DR {hla_dr} is within {h_band} % of {h_thr}; the inter-laboratory CV is 15-25 %, so a repeat test may be wise.</oldsource>
        <comment>hla_dr_near_threshold</comment>
        <extracomment>Finding hla_dr_near_threshold. Fields: hla_dr, hla_dr_band, hla_dr_threshold.</extracomment>
        <translation>Το HLA-DR {hla_dr} απέχει έως {hla_dr_band} από το όριο {hla_dr_threshold}· ο συντελεστής μεταβλητότητας μεταξύ εργαστηρίων είναι 15–25 %, οπότε ίσως είναι σκόπιμη επανάληψη της εξέτασης.</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR were sampled {sample_gap} apart (more than {max_interval}); they may reflect different immune states.</source>
        <oldsource>Ferritin and HLA-DR were sampled {gap} apart (more than {max_interval}); they may reflect different immune states.</oldsource>
        <comment>samples_far_apart</comment>
        <extracomment>Finding samples_far_apart. Fields: max_interval, sample_gap.</extracomment>
        <translation>Η φερριτίνη και το HLA-DR λήφθηκαν με διαφορά {sample_gap} (πάνω από {max_interval})· μπορεί να αντανακλούν διαφορετικές ανοσολογικές καταστάσεις.</translation>
    </message>
    <message>
        <source>HLA-DR was processed {processing_delay} after sampling (more than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h).</source>
        <oldsource>HLA-DR was processed {delay} after sampling (more than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h).</oldsource>
        <comment>hla_dr_processing_delay</comment>
        <extracomment>Finding hla_dr_processing_delay. Fields: max_delay, processing_delay.</extracomment>
        <translation>Το HLA-DR επεξεργάστηκε {processing_delay} μετά τη λήψη (πάνω από {max_delay})· οι τιμές μπορεί να μην είναι αξιόπιστες (QuantiBRITE: EDTA, σε πάγο, χρώση εντός 4 h).</translation>
    </message>
</context>
<context>
    <name>HScoreHistoryView</name>
    <message>
        <source>No HScore is stored for this patient. Patient ▸ HScore (Ctrl+Shift+H) enters one.</source>
        <translation>Δεν υπάρχει αποθηκευμένο HScore για αυτόν τον ασθενή. Καταχωρίστε ένα από Ασθενής ▸ HScore (Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>HScores stored for this patient, oldest first: an aid to the question whether a very high ferritin is HLH, not a diagnosis.</source>
        <translation>Αποθηκευμένα HScore για αυτόν τον ασθενή, πρώτα το παλαιότερο: βοήθημα για το ερώτημα αν μια πολύ υψηλή φερριτίνη οφείλεται σε HLH, όχι διάγνωση.</translation>
    </message>
    <message>
        <source>HScore #{id}, stored with assessment #{assessment}</source>
        <translation>HScore #{id}, αποθηκευμένο με την αξιολόγηση #{assessment}</translation>
    </message>
    <message>
        <source>table {version}</source>
        <translation>πίνακας {version}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Βαθμοί</translation>
    </message>
    <message>
        <source>Variable and why</source>
        <translation>Μεταβλητή και αιτιολόγηση</translation>
    </message>
</context>
<context>
    <name>HScorePanel</name>
    <message>
        <source>{n} points</source>
        <translation>{n} βαθμοί</translation>
    </message>
    <message>
        <source>No HScore: correct the field marked in red ({reason}).</source>
        <translation>Χωρίς HScore: διορθώστε το πεδίο που είναι σημειωμένο με κόκκινο ({reason}).</translation>
    </message>
    <message>
        <source>Offered because ferritin is above 4420 ng/mL (the MALS criterion of the rule): such a ferritin places a patient in MALS but does not establish HLH. The HScore is an aid to that question, not a diagnosis.</source>
        <translation>Προτείνεται επειδή η φερριτίνη είναι πάνω από 4420 ng/mL (το κριτήριο MALS του κανόνα): τέτοια φερριτίνη κατατάσσει τον ασθενή στο MALS αλλά δεν αποδεικνύει HLH. Το HScore είναι βοήθημα για αυτό το ερώτημα, όχι διάγνωση.</translation>
    </message>
    <message>
        <source>The window offers the HScore when ferritin is above 4420 ng/mL (the MALS criterion); it can be computed for any patient. It is an aid to the HLH question, not a diagnosis.</source>
        <translation>Το παράθυρο προτείνει το HScore όταν η φερριτίνη είναι πάνω από 4420 ng/mL (το κριτήριο MALS)· μπορεί να υπολογιστεί για κάθε ασθενή. Είναι βοήθημα για το ερώτημα της HLH, όχι διάγνωση.</translation>
    </message>
    <message>
        <source>Ferritin copied from the assessment on screen ({value} {unit}); change it if the HScore uses another value.</source>
        <translation>Η φερριτίνη αντιγράφηκε από την αξιολόγηση της οθόνης ({value} {unit})· αλλάξτε την αν το HScore χρησιμοποιεί άλλη τιμή.</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>An HScore is saved once all nine variables are given.</source>
        <translation>Ένα HScore αποθηκεύεται μόλις δοθούν και οι εννέα μεταβλητές.</translation>
    </message>
    <message>
        <source>Saved with assessment #{assessment}.</source>
        <translation>Αποθηκεύτηκε με την αξιολόγηση #{assessment}.</translation>
    </message>
    <message>
        <source>#{id}: HScore {score}, probability {p} %, with assessment #{assessment}, saved {when} by {user}</source>
        <translation>#{id}: HScore {score}, πιθανότητα {p} %, με την αξιολόγηση #{assessment}, αποθηκεύτηκε {when} από {user}</translation>
    </message>
    <message>
        <source>Stored HScores:</source>
        <translation>Αποθηκευμένα HScore:</translation>
    </message>
    <message>
        <source>No HScore stored for this patient.</source>
        <translation>Δεν υπάρχει αποθηκευμένο HScore για αυτόν τον ασθενή.</translation>
    </message>
    <message>
        <source>Mark #{id} entered in &amp;error…</source>
        <translation>Σήμανση της #{id} ως &amp;εσφαλμένης καταχώρισης…</translation>
    </message>
    <message>
        <source>Save HScore</source>
        <translation>Αποθήκευση HScore</translation>
    </message>
    <message>
        <source>Save this HScore in the TRAINING records of patient:</source>
        <translation>Αποθήκευση αυτού του HScore στις εγγραφές ΕΚΠΑΙΔΕΥΣΗΣ του ασθενούς:</translation>
    </message>
    <message>
        <source>Save this HScore in the clinical records of patient:</source>
        <translation>Αποθήκευση αυτού του HScore στις κλινικές εγγραφές του ασθενούς:</translation>
    </message>
    <message>
        <source>With assessment #{assessment}</source>
        <translation>Με την αξιολόγηση #{assessment}</translation>
    </message>
    <message>
        <source>HScore saved for {patient}.</source>
        <translation>Το HScore αποθηκεύτηκε για τον ασθενή {patient}.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Σήμανση ως εσφαλμένης καταχώρισης</translation>
    </message>
    <message>
        <source>HScore #{id} of {patient} will be marked as entered in error. It stays stored and listed.</source>
        <translation>Το HScore #{id} του ασθενούς {patient} θα επισημανθεί ως εσφαλμένη καταχώριση. Παραμένει αποθηκευμένο και στη λίστα.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>&amp;Σήμανση ως εσφαλμένης καταχώρισης</translation>
    </message>
    <message>
        <source>HScore #{id} marked as entered in error.</source>
        <translation>Το HScore #{id} επισημάνθηκε ως εσφαλμένη καταχώριση.</translation>
    </message>
    <message>
        <source>The nine variables (Fardet 2014)</source>
        <translation>Οι εννέα μεταβλητές (Fardet 2014)</translation>
    </message>
    <message>
        <source>Known underlying &amp;immunosuppression (HIV, long-term immunosuppressive therapy)</source>
        <translation>Γνωστή υποκείμενη α&amp;νοσοκαταστολή (HIV, μακροχρόνια ανοσοκατασταλτική θεραπεία)</translation>
    </message>
    <message>
        <source>Highest &amp;temperature</source>
        <translation>Μέγιστη &amp;θερμοκρασία</translation>
    </message>
    <message>
        <source>&amp;Organomegaly</source>
        <translation>&amp;Οργανομεγαλία</translation>
    </message>
    <message>
        <source>&amp;Cytopenic lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110 000/µL)</source>
        <translation>&amp;Κυτταροπενικές σειρές (Hb ≤ 9,2 g/dL, λευκοκύτταρα ≤ 5000/µL, αιμοπετάλια ≤ 110 000/µL)</translation>
    </message>
    <message>
        <source>&amp;Ferritin</source>
        <translation>&amp;Φερριτίνη</translation>
    </message>
    <message>
        <source>Tri&amp;glycerides</source>
        <translation>Τρι&amp;γλυκερίδια</translation>
    </message>
    <message>
        <source>Fi&amp;brinogen</source>
        <translation>Ινω&amp;δογόνο</translation>
    </message>
    <message>
        <source>&amp;AST (aspartate aminotransferase)</source>
        <translation>&amp;AST (ασπαρτική αμινοτρανσφεράση)</translation>
    </message>
    <message>
        <source>&amp;Haemophagocytosis on bone-marrow aspirate</source>
        <translation>Αιμοφαγοκυττάρωση σε αναρρόφηση &amp;μυελού των οστών</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>hepatomegaly</source>
        <translation>ηπατομεγαλία</translation>
    </message>
    <message>
        <source>splenomegaly</source>
        <translation>σπληνομεγαλία</translation>
    </message>
    <message>
        <source>both</source>
        <translation>και οι δύο</translation>
    </message>
    <message>
        <source>&amp;Save HScore…</source>
        <translation>&amp;Αποθήκευση HScore…</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Sampled (or assessed)</source>
        <translation>Λήψη (ή αξιολόγηση)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Φερριτίνη</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Stored assessments, oldest first</source>
        <translation>Αποθηκευμένες αξιολογήσεις, πρώτα η παλαιότερη</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>λήψη</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>αξιολόγηση</translation>
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
        <translation>(ανίχνευση)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(δεν χρησιμοποιείται)</translation>
    </message>
    <message>
        <source>Lab exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xlsb *.xls *.ods);;All files (*)</source>
        <translation>Εξαγωγές εργαστηρίου (*.csv *.tsv *.txt *.xlsx *.xlsm *.xlsb *.xls *.ods);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>κόμμα ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>ερωτηματικό ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>στηλοθέτης</translation>
    </message>
    <message>
        <source>pipe |</source>
        <translation>κάθετη γραμμή |</translation>
    </message>
    <message>
        <source>decimal point (4420.5)</source>
        <translation>υποδιαστολή τελεία (4420.5)</translation>
    </message>
    <message>
        <source>decimal comma (4420,5)</source>
        <translation>υποδιαστολή κόμμα (4420,5)</translation>
    </message>
    <message>
        <source>wide: one row per sample</source>
        <translation>πλατιά: μία γραμμή ανά δείγμα</translation>
    </message>
    <message>
        <source>long: one row per test</source>
        <translation>μακριά: μία γραμμή ανά εξέταση</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>κόμμα</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>ερωτηματικό</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>κάθετη γραμμή</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>πλατιά</translation>
    </message>
    <message>
        <source>long</source>
        <translation>μακριά</translation>
    </message>
    <message>
        <source>point</source>
        <translation>τελεία</translation>
    </message>
    <message>
        <source>given</source>
        <translation>δόθηκε</translation>
    </message>
    <message>
        <source>header</source>
        <translation>κεφαλίδα</translation>
    </message>
    <message>
        <source>unit column</source>
        <translation>στήλη μονάδας</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>λείπει</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Αναγνωριστικό ασθενούς</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Φερριτίνη</translation>
    </message>
    <message>
        <source>Ferritin unit</source>
        <translation>Μονάδα φερριτίνης</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR unit</source>
        <translation>Μονάδα HLA-DR</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Χρόνος λήψης</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ηλικία</translation>
    </message>
    <message>
        <source>Test name</source>
        <translation>Όνομα εξέτασης</translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation>Κωδικός LOINC</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Όνομα ασθενούς</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Αριθμός μητρώου</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ημερομηνία γέννησης</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Δεν επιλέχθηκε αρχείο.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Επιλογή αρχείου…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Κωδικοποίηση</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Διαχωριστικό</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Φύλλο</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Διάταξη</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Διαχωριστικό δεκαδικών</translation>
    </message>
    <message>
        <source>ISO 8601 or detected; e.g. %d.%m.%Y %H:%M</source>
        <translation>ISO 8601 ή ανιχνευμένο· π.χ. %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Μορφή ώρας</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Pairing interval</source>
        <translation>Διάστημα σύζευξης</translation>
    </message>
    <message>
        <source>How the file is read (detected unless you choose)</source>
        <translation>Πώς διαβάζεται το αρχείο (ανιχνεύεται, εκτός αν επιλέξετε)</translation>
    </message>
    <message>
        <source>Sample time format</source>
        <translation>Μορφή χρόνου λήψης</translation>
    </message>
    <message>
        <source>Pair ferritin and HLA-DR within</source>
        <translation>Σύζευξη φερριτίνης και HLA-DR εντός</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Στήλες</translation>
    </message>
    <message>
        <source>Detected settings</source>
        <translation>Ανιχνευμένες ρυθμίσεις</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Προεπισκόπηση των πρώτων γραμμών</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Ακύρωση εισαγωγής</translation>
    </message>
    <message>
        <source>Import and classify</source>
        <translation>Εισαγωγή και ταξινόμηση</translation>
    </message>
    <message>
        <source>Preview (row numbers as in the spreadsheet):</source>
        <translation>Προεπισκόπηση (αριθμοί γραμμών όπως στο υπολογιστικό φύλλο):</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Ανάγνωση του αρχείου…</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {layout} layout, %n data row(s)</source>
        <translation>
            <numerusform>{kind}, διάταξη {layout}, %n γραμμή δεδομένων</numerusform>
            <numerusform>{kind}, διάταξη {layout}, %n γραμμές δεδομένων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {layout} layout, %n data row(s) ({blank} blank skipped)</source>
        <translation>
            <numerusform>{kind}, διάταξη {layout}, %n γραμμή δεδομένων (παραλείφθηκαν {blank} κενές)</numerusform>
            <numerusform>{kind}, διάταξη {layout}, %n γραμμές δεδομένων (παραλείφθηκαν {blank} κενές)</numerusform>
        </translation>
    </message>
    <message>
        <source>{analyte} unit: {unit} ({source})</source>
        <translation>Μονάδα {analyte}: {unit} ({source})</translation>
    </message>
    <message>
        <source>{analyte} unit: per row ({source})</source>
        <translation>Μονάδα {analyte}: ανά γραμμή ({source})</translation>
    </message>
    <message>
        <source>columns not used: {headers}</source>
        <translation>στήλες που δεν χρησιμοποιούνται: {headers}</translation>
    </message>
    <message>
        <source>No unit for ferritin and HLA-DR: values will be rejected until you choose the units (a unit is never assumed).</source>
        <translation>Καμία μονάδα για φερριτίνη και HLA-DR: οι τιμές θα απορρίπτονται μέχρι να επιλέξετε τις μονάδες (μια μονάδα δεν θεωρείται ποτέ δεδομένη).</translation>
    </message>
    <message>
        <source>No unit for ferritin: values will be rejected until you choose the unit (a unit is never assumed).</source>
        <translation>Καμία μονάδα για φερριτίνη: οι τιμές θα απορρίπτονται μέχρι να επιλέξετε τη μονάδα (μια μονάδα δεν θεωρείται ποτέ δεδομένη).</translation>
    </message>
    <message>
        <source>No unit for HLA-DR: values will be rejected until you choose the unit (a unit is never assumed).</source>
        <translation>Καμία μονάδα για HLA-DR: οι τιμές θα απορρίπτονται μέχρι να επιλέξετε τη μονάδα (μια μονάδα δεν θεωρείται ποτέ δεδομένη).</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) are more than the window shows ({limit}); use the command line: immunosep batch FILE --out results.xlsx</source>
        <translation>
            <numerusform>%n γραμμή δεδομένων υπερβαίνει όσες μπορεί να εμφανίσει το παράθυρο ({limit})· χρησιμοποιήστε τη γραμμή εντολών: immunosep batch FILE --out results.xlsx</numerusform>
            <numerusform>%n γραμμές δεδομένων υπερβαίνουν όσες μπορεί να εμφανίσει το παράθυρο ({limit})· χρησιμοποιήστε τη γραμμή εντολών: immunosep batch FILE --out results.xlsx</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read this file: {reason}</source>
        <translation>Αδύνατη η ανάγνωση αυτού του αρχείου: {reason}</translation>
    </message>
    <message>
        <source>Cannot read this file ({error}).</source>
        <translation>Αδύνατη η ανάγνωση αυτού του αρχείου ({error}).</translation>
    </message>
    <message>
        <source>(from the header: {unit})</source>
        <translation>(από την κεφαλίδα: {unit})</translation>
    </message>
    <message>
        <source>(from the unit column)</source>
        <translation>(από τη στήλη μονάδας)</translation>
    </message>
    <message>
        <source>(none in the file: choose)</source>
        <translation>(καμία στο αρχείο: επιλέξτε)</translation>
    </message>
    <message>
        <source>detected: {format}</source>
        <translation>ανιχνεύθηκε: {format}</translation>
    </message>
    <message>
        <source>(detect: {detected})</source>
        <translation>(ανίχνευση: {detected})</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Στήλη για {field}</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Χάρτης φαινοτύπων της κοόρτης</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Η εισαγωγή ακυρώθηκε: δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>Εισαγωγή εργαστηριακών αποτελεσμάτων</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Laboratory results that arrived in the inbox folder, per patient</source>
        <translation>Εργαστηριακά αποτελέσματα που έφτασαν στον φάκελο εισερχομένων, ανά ασθενή</translation>
    </message>
    <message>
        <source>Laboratory &amp;inbox…</source>
        <translation>Ε&amp;ργαστηριακά εισερχόμενα…</translation>
    </message>
    <message>
        <source>{file}: not stored yet ({reason})</source>
        <translation>{file}: δεν έχει αποθηκευτεί ακόμη ({reason})</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Laboratory inbox — TRAINING database</source>
        <translation>Εργαστηριακά εισερχόμενα — βάση δεδομένων ΕΚΠΑΙΔΕΥΣΗΣ</translation>
    </message>
    <message>
        <source>Laboratory inbox</source>
        <translation>Εργαστηριακά εισερχόμενα</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Κατάσταση εισερχομένων</translation>
    </message>
    <message>
        <source>Patient / test</source>
        <translation>Ασθενής / εξέταση</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Λήψη</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Αρχείο προέλευσης</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Παραλαβή</translation>
    </message>
    <message>
        <source>Laboratory results per patient, newest first</source>
        <translation>Εργαστηριακά αποτελέσματα ανά ασθενή, τα νεότερα πρώτα</translation>
    </message>
    <message>
        <source>Open &amp;history</source>
        <translation>Άνοιγμα &amp;ιστορικού</translation>
    </message>
    <message>
        <source>Mark all as &amp;seen</source>
        <translation>Σήμανση όλων ως &amp;αναγνωσμένων</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Ανάγνωση των εγγραφών…</translation>
    </message>
    <message>
        <source>The inbox cannot be shown: {reason}</source>
        <translation>Τα εισερχόμενα δεν μπορούν να εμφανιστούν: {reason}</translation>
    </message>
    <message>
        <source>(no stored patient)</source>
        <translation>(κανένας αποθηκευμένος ασθενής)</translation>
    </message>
    <message>
        <source>No laboratory results have arrived in the inbox yet.</source>
        <translation>Δεν έχουν φτάσει ακόμη εργαστηριακά αποτελέσματα στα εισερχόμενα.</translation>
    </message>
    <message numerus="yes">
        <source>%n new result(s) since you last looked (in bold).</source>
        <translation>
            <numerusform>%n νέο αποτέλεσμα από την τελευταία φορά που κοιτάξατε (με έντονα).</numerusform>
            <numerusform>%n νέα αποτελέσματα από την τελευταία φορά που κοιτάξατε (με έντονα).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n ασθενής.</numerusform>
            <numerusform>%n ασθενείς.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the patient&apos;s history.</source>
        <translation>Το Enter ανοίγει το ιστορικό του ασθενούς.</translation>
    </message>
    <message>
        <source>No inbox folder is configured (site.toml, [inbox] folder).</source>
        <translation>Δεν έχει οριστεί φάκελος εισερχομένων (site.toml, [inbox] folder).</translation>
    </message>
    <message>
        <source>Training mode does not read the ward&apos;s inbox folder.</source>
        <translation>Η λειτουργία εκπαίδευσης δεν διαβάζει τον φάκελο εισερχομένων της μονάδας.</translation>
    </message>
    <message>
        <source>Watching {folder}.</source>
        <translation>Παρακολούθηση του {folder}.</translation>
    </message>
    <message>
        <source>Withdrawn by the laboratory ({status})</source>
        <translation>Αποσύρθηκε από το εργαστήριο ({status})</translation>
    </message>
    <message>
        <source>{label} — earlier version</source>
        <translation>{label} — προηγούμενη έκδοση</translation>
    </message>
    <message>
        <source>{label} — corrected result</source>
        <translation>{label} — διορθωμένο αποτέλεσμα</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Φερριτίνη</translation>
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
            <numerusform>Εισερχόμενα: %n αρχείο δεν μπόρεσε να διαβαστεί και μετακινήθηκε στο failed/ με την αιτία.</numerusform>
            <numerusform>Εισερχόμενα: %n αρχεία δεν μπόρεσαν να διαβαστούν και μετακινήθηκαν στο failed/ με την αιτία.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n new laboratory result(s). Ctrl+I shows them.</source>
        <translation>
            <numerusform>Εισερχόμενα: %n νέο εργαστηριακό αποτέλεσμα. Το Ctrl+I το εμφανίζει.</numerusform>
            <numerusform>Εισερχόμενα: %n νέα εργαστηριακά αποτελέσματα. Το Ctrl+I τα εμφανίζει.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laboratory &amp;inbox (%n new)…</source>
        <translation>
            <numerusform>Ε&amp;ργαστηριακά εισερχόμενα (%n νέο)…</numerusform>
            <numerusform>Ε&amp;ργαστηριακά εισερχόμενα (%n νέα)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New patient: every field cleared.</source>
        <translation>Νέος ασθενής: όλα τα πεδία καθαρίστηκαν.</translation>
    </message>
    <message>
        <source>Patient {patient} opened: enter the new values, or Ctrl+H for the history.</source>
        <translation>Ο ασθενής {patient} άνοιξε: εισαγάγετε τις νέες τιμές ή πατήστε Ctrl+H για το ιστορικό.</translation>
    </message>
    <message>
        <source>No result: correct the field(s) marked in red on the left; each message says why.</source>
        <translation>Χωρίς αποτέλεσμα: διορθώστε τα πεδία που επισημαίνονται με κόκκινο αριστερά· κάθε μήνυμα εξηγεί τον λόγο.</translation>
    </message>
    <message>
        <source>Enter ferritin and HLA-DR, each with its unit, to see the phenotype.</source>
        <translation>Εισαγάγετε φερριτίνη και HLA-DR, το καθένα με τη μονάδα του, για να δείτε τον φαινότυπο.</translation>
    </message>
    <message>
        <source>No result: an internal error stopped the assessment (reference: {ref}). Nothing was classified; please report this.</source>
        <translation>Χωρίς αποτέλεσμα: ένα εσωτερικό σφάλμα διέκοψε την αξιολόγηση (κωδικός αναφοράς: {ref}). Δεν ταξινομήθηκε τίποτα· παρακαλούμε αναφέρετε το σφάλμα.</translation>
    </message>
    <message>
        <source>(no identifier entered)</source>
        <translation>(δεν εισήχθη αναγνωριστικό)</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} ετών</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>δεν δόθηκε</translation>
    </message>
    <message>
        <source>Patient: {who} · age {age}</source>
        <translation>Ασθενής: {who} · ηλικία {age}</translation>
    </message>
    <message>
        <source>PAST ASSESSMENT #{id} (read-only) — {text}</source>
        <translation>ΠΡΟΗΓΟΥΜΕΝΗ ΑΞΙΟΛΟΓΗΣΗ #{id} (μόνο για ανάγνωση) — {text}</translation>
    </message>
    <message>
        <source>CORRECTING #{id} — {text}</source>
        <translation>ΔΙΟΡΘΩΣΗ #{id} — {text}</translation>
    </message>
    <message>
        <source>TRAINING CASE (synthetic) — {text}</source>
        <translation>ΠΕΡΙΣΤΑΤΙΚΟ ΕΚΠΑΙΔΕΥΣΗΣ (συνθετικό) — {text}</translation>
    </message>
    <message>
        <source>TRAINING — {app}</source>
        <translation>ΕΚΠΑΙΔΕΥΣΗ — {app}</translation>
    </message>
    <message>
        <source>{title} — past assessment #{id} (read-only)</source>
        <translation>{title} — προηγούμενη αξιολόγηση #{id} (μόνο για ανάγνωση)</translation>
    </message>
    <message>
        <source>TRAINING — synthetic data</source>
        <translation>ΕΚΠΑΙΔΕΥΣΗ — συνθετικά δεδομένα</translation>
    </message>
    <message>
        <source>Clinical mode</source>
        <translation>Κλινική λειτουργία</translation>
    </message>
    <message>
        <source>{mode} · decimal separator &apos;{sep}&apos;</source>
        <translation>{mode} · υποδιαστολή &apos;{sep}&apos;</translation>
    </message>
    <message>
        <source>The trial evidence of this installation cannot be read ({kind}), so no result can be shown. {app} closes; please ask IT to repair the installation.</source>
        <translation>Τα τεκμήρια της μελέτης αυτής της εγκατάστασης δεν μπορούν να διαβαστούν ({kind}), επομένως δεν μπορεί να εμφανιστεί αποτέλεσμα. Το {app} κλείνει· ζητήστε από το τμήμα πληροφορικής να επισκευάσει την εγκατάσταση.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Patient &amp;history…</source>
        <translation>&amp;Ιστορικό ασθενούς…</translation>
    </message>
    <message>
        <source>Stored assessments and the ferritin / HLA-DR trend of the patient in the form</source>
        <translation>Αποθηκευμένες αξιολογήσεις και πορεία φερριτίνης / HLA-DR του ασθενούς της φόρμας</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Open / import lab results…</source>
        <translation>Άνοιγμα / &amp;εισαγωγή εργαστηριακών αποτελεσμάτων…</translation>
    </message>
    <message>
        <source>Import a laboratory export (CSV, Excel) and classify every row</source>
        <translation>Εισαγωγή εξαγωγής εργαστηρίου (CSV, Excel) και ταξινόμηση κάθε γραμμής</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>Εξαγωγή αναφοράς &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the current assessment as a PDF report</source>
        <translation>Αποθήκευση της τρέχουσας αξιολόγησης ως αναφοράς PDF</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>Decimal separator for typed values</source>
        <translation>Υποδιαστολή για πληκτρολογημένες τιμές</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>Close the app (asks first if an assessment is not saved)</source>
        <translation>Κλείσιμο της εφαρμογής (ζητείται πρώτα επιβεβαίωση αν μια αξιολόγηση δεν έχει αποθηκευτεί)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>Α&amp;σθενής</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Νέος ασθενής</translation>
    </message>
    <message>
        <source>Clear every field for the next patient</source>
        <translation>Καθαρισμός όλων των πεδίων για τον επόμενο ασθενή</translation>
    </message>
    <message>
        <source>&amp;Save assessment…</source>
        <translation>&amp;Αποθήκευση αξιολόγησης…</translation>
    </message>
    <message>
        <source>Store the assessment on screen in the patient&apos;s records</source>
        <translation>Αποθήκευση της αξιολόγησης της οθόνης στις εγγραφές του ασθενούς</translation>
    </message>
    <message>
        <source>Patient &amp;list…</source>
        <translation>&amp;Λίστα ασθενών…</translation>
    </message>
    <message>
        <source>Find a stored patient by identifier and open them</source>
        <translation>Εύρεση αποθηκευμένου ασθενούς με βάση το αναγνωριστικό και άνοιγμά του</translation>
    </message>
    <message>
        <source>&amp;Copy result for the note</source>
        <translation>Αντι&amp;γραφή αποτελέσματος για το σημείωμα</translation>
    </message>
    <message>
        <source>Put a plain-text summary of the result on the clipboard</source>
        <translation>Τοποθέτηση μιας σύνοψης του αποτελέσματος σε απλό κείμενο στο πρόχειρο</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Μεγέθυνση</translation>
    </message>
    <message>
        <source>Larger text for presenting</source>
        <translation>Μεγαλύτερο κείμενο για παρουσίαση</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Σμίκ&amp;ρυνση</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Μικρότερο κείμενο</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Πραγματικό μέγεθος</translation>
    </message>
    <message>
        <source>Text at 100 %</source>
        <translation>Κείμενο στο 100 %</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Εκπαίδευση</translation>
    </message>
    <message>
        <source>&amp;Training mode (synthetic data)</source>
        <translation>&amp;Λειτουργία εκπαίδευσης (συνθετικά δεδομένα)</translation>
    </message>
    <message>
        <source>Switch to synthetic training cases; clears the form</source>
        <translation>Μετάβαση σε συνθετικά περιστατικά εκπαίδευσης· καθαρίζει τη φόρμα</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;About ImmunoSep Phenotyper</source>
        <translation>&amp;Σχετικά με το ImmunoSep Phenotyper</translation>
    </message>
    <message>
        <source>Versions of the app, the rule set and the evidence; disclaimer</source>
        <translation>Εκδόσεις της εφαρμογής, του συνόλου κανόνων και της τεκμηρίωσης· αποποίηση ευθύνης</translation>
    </message>
    <message>
        <source>&amp;Eligibility checklist (use only if…)…</source>
        <translation>Κατάλογος ελέγχου &amp;επιλεξιμότητας (χρήση μόνο εάν…)…</translation>
    </message>
    <message>
        <source>The ImmunoSep trial&apos;s inclusion and exclusion criteria for the patient in the form</source>
        <translation>Τα κριτήρια ένταξης και αποκλεισμού της μελέτης ImmunoSep για τον ασθενή της φόρμας</translation>
    </message>
    <message>
        <source>&amp;SOFA and the day-9 response…</source>
        <translation>&amp;SOFA και ανταπόκριση ημέρας 9…</translation>
    </message>
    <message>
        <source>SOFA calculator, daily SOFA, the trial&apos;s day-9 measure and the date of death</source>
        <translation>Υπολογιστής SOFA, ημερήσιο SOFA, ο δείκτης της ημέρας 9 της μελέτης και η ημερομηνία θανάτου</translation>
    </message>
    <message>
        <source>HScore (HLH &amp;question)…</source>
        <translation>HScore (ερώτημα &amp;HLH)…</translation>
    </message>
    <message>
        <source>HScore (Fardet 2014): an aid to the question whether a very high ferritin is HLH</source>
        <translation>HScore (Fardet 2014): βοήθημα για το ερώτημα αν μια πολύ υψηλή φερριτίνη οφείλεται σε HLH</translation>
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
        <translation>{n} από 4 βαθμούς</translation>
    </message>
    <message>
        <source>not assessed (could be {low} to {high})</source>
        <translation>δεν αξιολογήθηκε (θα μπορούσε να είναι {low} έως {high})</translation>
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
        <translation>Εξαγωγή του ιστορικού ασθενούς σε PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Patient history: enter the patient identifier first, or open a patient from the list (Ctrl+L).</source>
        <translation>Ιστορικό ασθενούς: εισαγάγετε πρώτα το αναγνωριστικό του ασθενούς ή ανοίξτε έναν ασθενή από τη λίστα (Ctrl+L).</translation>
    </message>
    <message>
        <source>Writing the history PDF…</source>
        <translation>Δημιουργία του PDF ιστορικού…</translation>
    </message>
    <message>
        <source>Patient history</source>
        <translation>Ιστορικό ασθενούς</translation>
    </message>
    <message>
        <source>This history belongs to the other mode (training or clinical); switch mode first.</source>
        <translation>Αυτό το ιστορικό ανήκει στην άλλη λειτουργία (εκπαίδευσης ή κλινική)· αλλάξτε πρώτα λειτουργία.</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>Το PDF δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>History PDF saved: {path}</source>
        <translation>Το PDF ιστορικού αποθηκεύτηκε: {path}</translation>
    </message>
    <message>
        <source>the PDF could not be written ({reason}).</source>
        <translation>δεν ήταν δυνατή η εγγραφή του PDF ({reason}).</translation>
    </message>
    <message>
        <source>Not shown: {reason}</source>
        <translation>Δεν εμφανίζεται: {reason}</translation>
    </message>
</context>
<context>
    <name>PatientHistoryDialog</name>
    <message>
        <source>Patient history — {patient} — TRAINING</source>
        <translation>Ιστορικό ασθενούς — {patient} — ΕΚΠΑΙΔΕΥΣΗ</translation>
    </message>
    <message>
        <source>Patient history — {patient}</source>
        <translation>Ιστορικό ασθενούς — {patient}</translation>
    </message>
</context>
<context>
    <name>PatientHistoryView</name>
    <message>
        <source>TRAINING DATABASE — synthetic records, not for clinical use</source>
        <translation>ΒΑΣΗ ΔΕΔΟΜΕΝΩΝ ΕΚΠΑΙΔΕΥΣΗΣ — συνθετικές εγγραφές, όχι για κλινική χρήση</translation>
    </message>
    <message numerus="yes">
        <source>Patient {patient}: %n stored assessment(s), oldest first</source>
        <translation>
            <numerusform>Ασθενής {patient}: %n αποθηκευμένη αξιολόγηση, πρώτα η παλαιότερη</numerusform>
            <numerusform>Ασθενής {patient}: %n αποθηκευμένες αξιολογήσεις, πρώτα η παλαιότερη</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient {patient}: no stored assessments yet. Save one from the main window (Ctrl+S).</source>
        <translation>Ασθενής {patient}: δεν υπάρχουν ακόμη αποθηκευμένες αξιολογήσεις. Αποθηκεύστε μία από το κύριο παράθυρο (Ctrl+S).</translation>
    </message>
    <message>
        <source>&amp;Open in main window</source>
        <translation>Άνοιγμα στο &amp;κύριο παράθυρο</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Διό&amp;ρθωση…</translation>
    </message>
    <message>
        <source>Mark entered in &amp;error…</source>
        <translation>Σή&amp;μανση ως εσφαλμένης καταχώρισης…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Εξαγωγή &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>{change} ({when})</source>
        <translation>{change} ({when})</translation>
    </message>
    <message>
        <source>Phenotype changes: {changes}</source>
        <translation>Αλλαγές φαινοτύπου: {changes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>Markers: ▼ MALS, ■ immunoparalysis, ● unclassified, ✕ cannot classify; open markers are censored values drawn at their bound. Dashed lines: entry thresholds (MALS: ferritin &gt; 4420 ng/mL; immunoparalysis: HLA-DR &lt; 5000 AB/C). Dotted lines: phenotype changes. Only current versions are drawn.</source>
        <translation>Σημάδια: ▼ MALS, ■ ανοσοπαράλυση, ● αταξινόμητο, ✕ αδύνατη η ταξινόμηση· τα ανοιχτά σημάδια είναι λογοκριμένες τιμές που σχεδιάζονται στο όριό τους. Διακεκομμένες γραμμές: όρια ένταξης (MALS: φερριτίνη &gt; 4420 ng/mL· ανοσοπαράλυση: HLA-DR &lt; 5000 AB/C). Γραμμές με τελείες: αλλαγές φαινοτύπου. Σχεδιάζονται μόνο οι τρέχουσες εκδόσεις.</translation>
    </message>
    <message>
        <source>Day-15 reversal definitions</source>
        <translation>Ορισμοί αναστροφής την ημέρα 15</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR trend</source>
        <translation>Πορεία φερριτίνης και HLA-DR</translation>
    </message>
    <message>
        <source>Daily SOFA and day 9</source>
        <translation>Ημερήσιο SOFA και ημέρα 9</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Επιλεξιμότητα</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>The score records cannot be read: {reason}</source>
        <translation>Οι εγγραφές των βαθμολογιών δεν μπορούν να διαβαστούν: {reason}</translation>
    </message>
    <message>
        <source>No daily SOFA is stored for this patient. Patient ▸ SOFA and the day-9 response (Ctrl+Shift+S) enters one.</source>
        <translation>Δεν υπάρχει αποθηκευμένο ημερήσιο SOFA για αυτόν τον ασθενή. Καταχωρίστε ένα από Ασθενής ▸ SOFA και ανταπόκριση ημέρας 9 (Ctrl+Shift+S).</translation>
    </message>
</context>
<context>
    <name>PatientListDialog</name>
    <message>
        <source>Patients — TRAINING database</source>
        <translation>Ασθενείς — βάση δεδομένων ΕΚΠΑΙΔΕΥΣΗΣ</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Ασθενείς</translation>
    </message>
    <message>
        <source>identifier, or part of it</source>
        <translation>αναγνωριστικό ή μέρος του</translation>
    </message>
    <message>
        <source>Search patients by identifier</source>
        <translation>Αναζήτηση ασθενών με βάση το αναγνωριστικό</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Ανα&amp;ζήτηση:</translation>
    </message>
    <message>
        <source>Patient list status</source>
        <translation>Κατάσταση λίστας ασθενών</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Ασθενής</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Τελευταίο αποτέλεσμα</translation>
    </message>
    <message>
        <source>Last sampled (or assessed)</source>
        <translation>Τελευταία λήψη (ή αξιολόγηση)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Αξιολογήσεις</translation>
    </message>
    <message>
        <source>Stored patients, most recent first</source>
        <translation>Αποθηκευμένοι ασθενείς, πρώτα ο πιο πρόσφατος</translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>Άνοιγμα &amp;ασθενούς</translation>
    </message>
    <message>
        <source>Open with &amp;history</source>
        <translation>Άνοιγμα με &amp;ιστορικό</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Ανάγνωση των εγγραφών…</translation>
    </message>
    <message>
        <source>The patient list cannot be shown: {reason}</source>
        <translation>Η λίστα ασθενών δεν μπορεί να εμφανιστεί: {reason}</translation>
    </message>
    <message>
        <source>no current assessment</source>
        <translation>καμία τρέχουσα αξιολόγηση</translation>
    </message>
    <message>
        <source>No stored patient matches “{term}”.</source>
        <translation>Κανένας αποθηκευμένος ασθενής δεν αντιστοιχεί στο «{term}».</translation>
    </message>
    <message>
        <source>No patients are stored yet: save an assessment (Ctrl+S) to start a record.</source>
        <translation>Δεν υπάρχουν ακόμη αποθηκευμένοι ασθενείς: αποθηκεύστε μια αξιολόγηση (Ctrl+S) για να ξεκινήσει μια εγγραφή.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s), most recent first. ↓ to the list, Enter to open.</source>
        <translation>
            <numerusform>%n ασθενής, πρώτα ο πιο πρόσφατος. ↓ για τη λίστα, Enter για άνοιγμα.</numerusform>
            <numerusform>%n ασθενείς, πρώτα ο πιο πρόσφατος. ↓ για τη λίστα, Enter για άνοιγμα.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhenotypeMapPlot</name>
    <message>
        <source>Phenotype map</source>
        <translation>Χάρτης φαινοτύπων</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>&amp;Επιλογή όλων</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>&amp;Αύξηση</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>&amp;Μείωση</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Ε&amp;πανάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Επικό&amp;λληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Εμφάνιση λεπτομερειών...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Απόκρυψη λεπτομερειών...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save All</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Αποθήκευση όλων</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Ναι σε ό&amp;λα</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Ό&amp;χι</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Όχι σε όλ&amp;α</translation>
    </message>
    <message>
        <source>Abort</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Ματαίωση</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Ignore</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Discard</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>Apply</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Επαναφορά προεπιλογών</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Ε&amp;πανάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Επικό&amp;λληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Επιλογή όλων</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <extracomment>Qt&apos;s own text (PySide6 ships no translation)</extracomment>
        <translation>Αντιγραφή &amp;θέσης συνδέσμου</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>required: why, in a few words</source>
        <translation>υποχρεωτικό: γιατί, με λίγα λόγια</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτιολογία</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Αιτιολογία (υποχρεωτική):</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Record shown</source>
        <translation>Εγγραφή που εμφανίζεται</translation>
    </message>
    <message>
        <source>Record store status</source>
        <translation>Κατάσταση βάσης εγγραφών</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(χωρίς αναγνωριστικό)</translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Μη αποθηκευμένη αξιολόγηση</translation>
    </message>
    <message>
        <source>The values entered for {patient} have not been saved.</source>
        <translation>Οι τιμές που εισήχθησαν για τον ασθενή {patient} δεν έχουν αποθηκευτεί.</translation>
    </message>
    <message>
        <source>They cannot be saved as they are (no result, or no patient identifier). Discard them?</source>
        <translation>Δεν μπορούν να αποθηκευτούν ως έχουν (χωρίς αποτέλεσμα ή χωρίς αναγνωριστικό ασθενούς). Να απορριφθούν;</translation>
    </message>
    <message>
        <source>a save is already in progress.</source>
        <translation>βρίσκεται ήδη σε εξέλιξη μια αποθήκευση.</translation>
    </message>
    <message>
        <source>this is a stored assessment, shown read-only; use Correct… to change it.</source>
        <translation>πρόκειται για αποθηκευμένη αξιολόγηση που εμφανίζεται μόνο για ανάγνωση· για αλλαγές χρησιμοποιήστε τη «Διόρθωση τιμών…».</translation>
    </message>
    <message>
        <source>enter the patient identifier first.</source>
        <translation>εισαγάγετε πρώτα το αναγνωριστικό του ασθενούς.</translation>
    </message>
    <message>
        <source>there is no result to save; complete or correct the fields on the left.</source>
        <translation>δεν υπάρχει αποτέλεσμα για αποθήκευση· συμπληρώστε ή διορθώστε τα πεδία αριστερά.</translation>
    </message>
    <message>
        <source>nothing was changed; change a value before saving a correction.</source>
        <translation>δεν άλλαξε τίποτα· αλλάξτε μια τιμή πριν αποθηκεύσετε διόρθωση.</translation>
    </message>
    <message>
        <source>Saved for {patient} as assessment #{id} ({when}). Ctrl+H shows the history.</source>
        <translation>Αποθηκεύτηκε για τον ασθενή {patient} ως αξιολόγηση #{id} ({when}). Το Ctrl+H εμφανίζει το ιστορικό.</translation>
    </message>
    <message>
        <source>Saved for {patient}.</source>
        <translation>Αποθηκεύτηκε για τον ασθενή {patient}.</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Διόρθωση αξιολόγησης</translation>
    </message>
    <message>
        <source>The corrected values will be saved as a new version of assessment #{id} of {patient}; the old version stays stored, marked as superseded.</source>
        <translation>Οι διορθωμένες τιμές θα αποθηκευτούν ως νέα έκδοση της αξιολόγησης #{id} του ασθενούς {patient}· η παλιά έκδοση παραμένει αποθηκευμένη, με σήμανση ότι αντικαταστάθηκε.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>Αποθήκευση &amp;διόρθωσης</translation>
    </message>
    <message>
        <source>Correction saved for {patient} as assessment #{id}; it supersedes #{old}.</source>
        <translation>Η διόρθωση αποθηκεύτηκε για τον ασθενή {patient} ως αξιολόγηση #{id}· αντικαθιστά την #{old}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Δεν αποθηκεύτηκε: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>The values stay on screen.</source>
        <translation>Οι τιμές παραμένουν στην οθόνη.</translation>
    </message>
    <message>
        <source>PAST ASSESSMENT — #{id} of {patient}, saved {when} by {user}. Read-only.</source>
        <translation>ΠΡΟΗΓΟΥΜΕΝΗ ΑΞΙΟΛΟΓΗΣΗ — #{id} του ασθενούς {patient}, αποθηκεύτηκε {when} από {user}. Μόνο για ανάγνωση.</translation>
    </message>
    <message>
        <source>The stored result was “{stored}”; the rule applied today gives what is shown.</source>
        <translation>Το αποθηκευμένο αποτέλεσμα ήταν «{stored}»· ο κανόνας όπως εφαρμόζεται σήμερα δίνει αυτό που εμφανίζεται.</translation>
    </message>
    <message>
        <source>&amp;Back to entry</source>
        <translation>Επι&amp;στροφή στην καταχώριση</translation>
    </message>
    <message>
        <source>Correct val&amp;ues…</source>
        <translation>Διόρ&amp;θωση τιμών…</translation>
    </message>
    <message>
        <source>Mark e&amp;ntered in error…</source>
        <translation>Σή&amp;μανση ως εσφαλμένης καταχώρισης…</translation>
    </message>
    <message>
        <source>CORRECTING assessment #{id} of {patient}: change the values, then save with Ctrl+S; a reason is required.</source>
        <translation>ΔΙΟΡΘΩΣΗ της αξιολόγησης #{id} του ασθενούς {patient}: αλλάξτε τις τιμές και αποθηκεύστε με Ctrl+S· απαιτείται αιτιολογία.</translation>
    </message>
    <message>
        <source>Cancel correctio&amp;n</source>
        <translation>Ακύρ&amp;ωση διόρθωσης</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Σήμανση ως εσφαλμένης καταχώρισης</translation>
    </message>
    <message>
        <source>Assessment #{id} of {patient} will be marked as entered in error. It stays stored and listed, struck through, and no longer counts in the trend.</source>
        <translation>Η αξιολόγηση #{id} του ασθενούς {patient} θα επισημανθεί ως εσφαλμένη καταχώριση. Παραμένει αποθηκευμένη και στη λίστα, διαγραμμένη με γραμμή, και δεν μετρά πλέον στην πορεία.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>&amp;Σήμανση ως εσφαλμένης καταχώρισης</translation>
    </message>
    <message>
        <source>Assessment #{id} of {patient} marked as entered in error.</source>
        <translation>Η αξιολόγηση #{id} του ασθενούς {patient} επισημάνθηκε ως εσφαλμένη καταχώριση.</translation>
    </message>
    <message>
        <source>Records unavailable: {reason} Results can be viewed, but nothing can be saved until the database can be used.</source>
        <translation>Οι εγγραφές δεν είναι διαθέσιμες: {reason} Τα αποτελέσματα μπορούν να προβληθούν, αλλά δεν μπορεί να αποθηκευτεί τίποτα μέχρι να είναι δυνατή η χρήση της βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>&amp;Νέα προσπάθεια</translation>
    </message>
</context>
<context>
    <name>RecordsSession</name>
    <message>
        <source>the record database cannot be opened or written ({reason}).</source>
        <translation>η βάση δεδομένων εγγραφών δεν μπορεί να ανοιχτεί ή να εγγραφεί ({reason}).</translation>
    </message>
    <message>
        <source>an unexpected error occurred in the record database ({kind}); nothing was changed.</source>
        <translation>παρουσιάστηκε απρόσμενο σφάλμα στη βάση δεδομένων εγγραφών ({kind})· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>the window has switched between training and clinical mode since this was opened; switch back to store it.</source>
        <translation>το παράθυρο άλλαξε μεταξύ λειτουργίας εκπαίδευσης και κλινικής λειτουργίας από τότε που άνοιξε αυτό· επιστρέψτε για να το αποθηκεύσετε.</translation>
    </message>
</context>
<context>
    <name>ReportBatchExport</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Εξαγωγή αναφορών PDF</translation>
    </message>
    <message>
        <source>The file has no identification for these rows: each report has a box for a patient label.</source>
        <translation>Το αρχείο δεν έχει στοιχεία ταυτοποίησης για αυτές τις γραμμές: κάθε αναφορά έχει πλαίσιο για ετικέτα ασθενούς.</translation>
    </message>
    <message>
        <source>Every report prints the name, date of birth or record number from the file&apos;s identification columns.</source>
        <translation>Κάθε αναφορά τυπώνει το όνομα, την ημερομηνία γέννησης ή τον αριθμό μητρώου από τις στήλες ταυτοποίησης του αρχείου.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>{n} of the reports print the name, date of birth or record number from the file&apos;s identification columns; the others have a box for a patient label.</source>
        <translation>{n} από τις αναφορές τυπώνουν το όνομα, την ημερομηνία γέννησης ή τον αριθμό μητρώου από τις στήλες ταυτοποίησης του αρχείου· οι υπόλοιπες έχουν πλαίσιο για ετικέτα ασθενούς.</translation>
    </message>
    <message>
        <source>The cohort is empty: there is nothing to report.</source>
        <translation>Η κοόρτη είναι κενή: δεν υπάρχει τίποτα για αναφορά.</translation>
    </message>
    <message>
        <source>Reports written: {written} of {rows} rows.</source>
        <translation>Αναφορές που δημιουργήθηκαν: {written} από {rows} γραμμές.</translation>
    </message>
    <message>
        <source>Failed: {failed}; rejected at import: {rejected}.</source>
        <translation>Απέτυχαν: {failed}· απορρίφθηκαν κατά την εισαγωγή: {rejected}.</translation>
    </message>
    <message>
        <source>Every row, with the reason for each missing report, is listed in {index} and in the cohort summary.</source>
        <translation>Κάθε γραμμή, με την αιτία για κάθε αναφορά που λείπει, παρατίθεται στο {index} και στη σύνοψη της κοόρτης.</translation>
    </message>
    <message>
        <source>Problem: {error}</source>
        <translation>Πρόβλημα: {error}</translation>
    </message>
    <message>
        <source>All reports in one file, to print: {name} (summary first, rows needing action first, a bookmark per patient).</source>
        <translation>Όλες οι αναφορές σε ένα αρχείο, για εκτύπωση: {name} (πρώτα η σύνοψη, πρώτα οι γραμμές που χρειάζονται ενέργεια, ένας σελιδοδείκτης ανά ασθενή).</translation>
    </message>
    <message>
        <source>{n} of the files this export writes already exist in {folder} (e.g. {example}).

Replace them?</source>
        <translation>{n} από τα αρχεία που γράφει αυτή η εξαγωγή υπάρχουν ήδη στον φάκελο {folder} (π.χ. {example}).

Να αντικατασταθούν;</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export PDF report</source>
        <translation>Εξαγωγή αναφοράς PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Αρχεία PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDF reports</source>
        <translation>Φάκελος για τις αναφορές PDF</translation>
    </message>
    <message>
        <source>There is no result to report yet: enter values that give a result first.</source>
        <translation>Δεν υπάρχει ακόμη αποτέλεσμα για αναφορά: εισαγάγετε πρώτα τιμές που δίνουν αποτέλεσμα.</translation>
    </message>
    <message>
        <source>Enter the patient identifier first: it is printed on every page of the report.</source>
        <translation>Εισαγάγετε πρώτα το αναγνωριστικό του ασθενούς: τυπώνεται σε κάθε σελίδα της αναφοράς.</translation>
    </message>
    <message>
        <source>Training reports use synthetic identifiers (DEMO-nnn), never a real patient&apos;s. Load a training case, or leave training mode.</source>
        <translation>Οι αναφορές εκπαίδευσης χρησιμοποιούν συνθετικά αναγνωριστικά (DEMO-nnn), ποτέ ενός πραγματικού ασθενούς. Φορτώστε ένα περιστατικό εκπαίδευσης ή βγείτε από τη λειτουργία εκπαίδευσης.</translation>
    </message>
    <message>
        <source>DEMO-nnn identifiers are reserved for training mode.</source>
        <translation>Τα αναγνωριστικά DEMO-nnn προορίζονται αποκλειστικά για τη λειτουργία εκπαίδευσης.</translation>
    </message>
    <message>
        <source>PDF report saved: {path}</source>
        <translation>Η αναφορά PDF αποθηκεύτηκε: {path}</translation>
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
        <translation>Ίδρυμα (κεφαλίδα σελίδας)</translation>
    </message>
    <message>
        <source>Ward (page header)</source>
        <translation>Τμήμα (κεφαλίδα σελίδας)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Μέγεθος χαρτιού</translation>
    </message>
    <message>
        <source>Add the full &amp;evidence (appendix)</source>
        <translation>Προσθήκη πλήρων τεκμη&amp;ρίων (παράρτημα)</translation>
    </message>
    <message>
        <source>Published and recomputed figures, safety, trial population and provenance after the one-page report</source>
        <translation>Δημοσιευμένοι και επανυπολογισμένοι αριθμοί, ασφάλεια, πληθυσμός της μελέτης και προέλευση μετά τη μονοσέλιδη αναφορά</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>Ί&amp;δρυμα:</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Τμήμα:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Γλώσσα της αναφοράς</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Χαρτί:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <source>Printing {name}…</source>
        <translation>Εκτύπωση {name}…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Εκτύπωση</translation>
    </message>
    <message>
        <source>Printing stopped: {reason}.</source>
        <translation>Η εκτύπωση διακόπηκε: {reason}.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Patient shown</source>
        <translation>Ασθενής που εμφανίζεται</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Φαινότυπος</translation>
    </message>
    <message>
        <source>NEAR THRESHOLD — repeat test advised</source>
        <translation>ΚΟΝΤΑ ΣΤΟ ΟΡΙΟ — συνιστάται επανάληψη της εξέτασης</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Κοντά στο όριο</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Trial arm</source>
        <translation>Σκέλος της μελέτης</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Αιτίες</translation>
    </message>
    <message>
        <source>Criteria table</source>
        <translation>Πίνακας κριτηρίων</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Προειδοποιήσεις</translation>
    </message>
    <message>
        <source>Rule set version</source>
        <translation>Έκδοση συνόλου κανόνων</translation>
    </message>
    <message>
        <source>{criterion} criterion</source>
        <translation>Κριτήριο {criterion}</translation>
    </message>
    <message>
        <source>{criterion}: met?</source>
        <translation>{criterion}: πληρείται;</translation>
    </message>
    <message>
        <source>{criterion}: note</source>
        <translation>{criterion}: σημείωση</translation>
    </message>
    <message>
        <source>Show the rule</source>
        <translation>Εμφάνιση του κανόνα</translation>
    </message>
    <message>
        <source>Show the ImmunoSep rule</source>
        <translation>Εμφάνιση του κανόνα ImmunoSep</translation>
    </message>
    <message>
        <source>The ImmunoSep rule</source>
        <translation>Ο κανόνας ImmunoSep</translation>
    </message>
    <message>
        <source>Enter ferritin and HLA-DR to see the phenotype.</source>
        <translation>Εισαγάγετε φερριτίνη και HLA-DR για να δείτε τον φαινότυπο.</translation>
    </message>
    <message>
        <source>Eligibility: not assessed.</source>
        <translation>Επιλεξιμότητα: δεν έχει αξιολογηθεί.</translation>
    </message>
    <message>
        <source>Eligibility summary</source>
        <translation>Σύνοψη επιλεξιμότητας</translation>
    </message>
    <message>
        <source>Use only if… (eligibility)</source>
        <translation>Χρήση μόνο εάν… (επιλεξιμότητα)</translation>
    </message>
    <message>
        <source>The ImmunoSep trial&apos;s inclusion and exclusion criteria (Ctrl+Shift+E)</source>
        <translation>Τα κριτήρια ένταξης και αποκλεισμού της μελέτης ImmunoSep (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>SOFA and day 9</source>
        <translation>SOFA και ημέρα 9</translation>
    </message>
    <message>
        <source>SOFA calculator, daily SOFA and the trial&apos;s day-9 measure (Ctrl+Shift+S)</source>
        <translation>Υπολογιστής SOFA, ημερήσιο SOFA και ο δείκτης της ημέρας 9 της μελέτης (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>HScore: could this be HLH?</source>
        <translation>HScore: θα μπορούσε να είναι HLH;</translation>
    </message>
    <message>
        <source>Ferritin is above 4420 ng/mL: the HScore is an aid to the HLH question, not a diagnosis (Ctrl+Shift+H)</source>
        <translation>Η φερριτίνη είναι πάνω από 4420 ng/mL: το HScore είναι βοήθημα για το ερώτημα της HLH, όχι διάγνωση (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm for this phenotype: {arm} — trial evidence, not an order.</source>
        <translation>Σκέλος της μελέτης ImmunoSep για αυτόν τον φαινότυπο: {arm} — τεκμήρια της μελέτης, όχι ιατρική οδηγία.</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Επειδή:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Αιτίες:</translation>
    </message>
    <message>
        <source>Rule set: {ruleset} · evidence: {evidence}</source>
        <translation>Σύνολο κανόνων: {ruleset} · τεκμηρίωση: {evidence}</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Χωρίς αποτέλεσμα</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}</source>
        <translation>Σύνολο κανόνων: {ruleset}</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Όπως εισήχθη</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Τελεστής</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Μετατροπή</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Όριο</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Πληρείται</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>δεν δόθηκε</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>δεν αξιολογήθηκε</translation>
    </message>
    <message>
        <source>not evaluated: no phenotype can be given from these data (see the reasons)</source>
        <translation>δεν αξιολογήθηκε: δεν μπορεί να δοθεί φαινότυπος από αυτά τα δεδομένα (βλ. αιτίες)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>πληρείται</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>δεν πληρείται</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>προειδοποίηση</translation>
    </message>
    <message>
        <source>Hide the rule</source>
        <translation>Απόκρυψη του κανόνα</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>Decision support only: the treating clinician decides.</source>
        <translation>Μόνο υποστήριξη αποφάσεων: αποφασίζει ο θεράπων ιατρός.</translation>
    </message>
    <message>
        <source>Result copied: paste it into the patient note.</source>
        <translation>Το αποτέλεσμα αντιγράφηκε: επικολλήστε το στο σημείωμα του ασθενούς.</translation>
    </message>
    <message>
        <source>TRAINING — synthetic data, not a patient record</source>
        <translation>ΕΚΠΑΙΔΕΥΣΗ — συνθετικά δεδομένα, όχι εγγραφή ασθενούς</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Επειδή:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Αιτίες:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Προειδοποιήσεις:</translation>
    </message>
    <message>
        <source>Ferritin: not given</source>
        <translation>Φερριτίνη: δεν δόθηκε</translation>
    </message>
    <message>
        <source>Ferritin: {value} (entered as {entered}); sampled {when}</source>
        <translation>Φερριτίνη: {value} (εισήχθη ως {entered})· λήψη {when}</translation>
    </message>
    <message>
        <source>Ferritin: {value} (entered as {entered})</source>
        <translation>Φερριτίνη: {value} (εισήχθη ως {entered})</translation>
    </message>
    <message>
        <source>HLA-DR: not given</source>
        <translation>HLA-DR: δεν δόθηκε</translation>
    </message>
    <message>
        <source>Nothing to copy: there is no result on screen.</source>
        <translation>Τίποτα για αντιγραφή: δεν υπάρχει αποτέλεσμα στην οθόνη.</translation>
    </message>
    <message>
        <source>{result} — NEAR THRESHOLD, repeat test advised</source>
        <translation>{result} — ΚΟΝΤΑ ΣΤΟ ΟΡΙΟ, συνιστάται επανάληψη της εξέτασης</translation>
    </message>
    <message>
        <source>ImmunoSep phenotype: {result}</source>
        <translation>Φαινότυπος ImmunoSep: {result}</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Ασθενής: {patient}</translation>
    </message>
    <message>
        <source>Age: {age}</source>
        <translation>Ηλικία: {age}</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}; evidence: {evidence}</source>
        <translation>Σύνολο κανόνων: {ruleset}· τεκμηρίωση: {evidence}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}</source>
        <translation>HLA-DR: {value} {unit}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; sampled {sampled}</source>
        <translation>HLA-DR: {value} {unit}· λήψη {sampled}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; processed {processed}</source>
        <translation>HLA-DR: {value} {unit}· επεξεργασία {processed}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; sampled {sampled}; processed {processed}</source>
        <translation>HLA-DR: {value} {unit}· λήψη {sampled}· επεξεργασία {processed}</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(χωρίς αναγνωριστικό)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>δεν δόθηκε</translation>
    </message>
    <message>
        <source>Assessed: {when}</source>
        <translation>Αξιολόγηση: {when}</translation>
    </message>
    <message>
        <source>{record}, saved {when}</source>
        <translation>{record}, αποθηκεύτηκε {when}</translation>
    </message>
    <message>
        <source>Stored assessment #{id}</source>
        <translation>Αποθηκευμένη αξιολόγηση #{id}</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} ετών</translation>
    </message>
</context>
<context>
    <name>SaveConfirmDialog</name>
    <message>
        <source>Save assessment</source>
        <translation>Αποθήκευση αξιολόγησης</translation>
    </message>
    <message>
        <source>Save this assessment in the TRAINING records of patient:</source>
        <translation>Αποθήκευση αυτής της αξιολόγησης στις εγγραφές ΕΚΠΑΙΔΕΥΣΗΣ του ασθενούς:</translation>
    </message>
    <message>
        <source>Save this assessment in the clinical records of patient:</source>
        <translation>Αποθήκευση αυτής της αξιολόγησης στις κλινικές εγγραφές του ασθενούς:</translation>
    </message>
    <message>
        <source>Patient to save for</source>
        <translation>Ασθενής για τον οποίο γίνεται η αποθήκευση</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Τι θα αποθηκευτεί</translation>
    </message>
    <message>
        <source>&amp;Save for {patient}</source>
        <translation>&amp;Αποθήκευση για {patient}</translation>
    </message>
</context>
<context>
    <name>ScoresWindow</name>
    <message>
        <source>Enter the patient identifier in the main window first.</source>
        <translation>Εισαγάγετε πρώτα το αναγνωριστικό του ασθενούς στο κύριο παράθυρο.</translation>
    </message>
    <message>
        <source>Finish or cancel the correction in the main window first.</source>
        <translation>Ολοκληρώστε ή ακυρώστε πρώτα τη διόρθωση στο κύριο παράθυρο.</translation>
    </message>
    <message>
        <source>The assessment on screen is not saved yet: save it first (Ctrl+S in the main window); the {what} is stored with it.</source>
        <translation>Η αξιολόγηση της οθόνης δεν έχει ακόμη αποθηκευτεί: αποθηκεύστε την πρώτα (Ctrl+S στο κύριο παράθυρο)· το στοιχείο «{what}» αποθηκεύεται μαζί της.</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s records…</source>
        <translation>Ανάγνωση των εγγραφών του ασθενούς…</translation>
    </message>
    <message>
        <source>No assessment of this patient is saved yet: save it first (Ctrl+S in the main window); the {what} is stored with it.</source>
        <translation>Δεν έχει ακόμη αποθηκευτεί καμία αξιολόγηση αυτού του ασθενούς: αποθηκεύστε την πρώτα (Ctrl+S στο κύριο παράθυρο)· το στοιχείο «{what}» αποθηκεύεται μαζί της.</translation>
    </message>
    <message>
        <source>The patient&apos;s records cannot be read: {reason}</source>
        <translation>Οι εγγραφές του ασθενούς δεν μπορούν να διαβαστούν: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Δεν αποθηκεύτηκε: {reason}</translation>
    </message>
    <message>
        <source>The values stay on screen.</source>
        <translation>Οι τιμές παραμένουν στην οθόνη.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <source>Use only if… (eligibility)</source>
        <translation>Χρήση μόνο εάν… (επιλεξιμότητα)</translation>
    </message>
    <message>
        <source>SOFA calculator</source>
        <translation>Υπολογιστής SOFA</translation>
    </message>
    <message>
        <source>Daily SOFA and day 9</source>
        <translation>Ημερήσιο SOFA και ημέρα 9</translation>
    </message>
    <message>
        <source>HScore (HLH question)</source>
        <translation>HScore (ερώτημα HLH)</translation>
    </message>
    <message>
        <source>no patient identifier entered</source>
        <translation>δεν έχει εισαχθεί αναγνωριστικό ασθενούς</translation>
    </message>
    <message>
        <source>Scores around the phenotype — {patient}</source>
        <translation>Βαθμολογίες γύρω από τον φαινότυπο — {patient}</translation>
    </message>
    <message>
        <source>TRAINING — {title}</source>
        <translation>ΕΚΠΑΙΔΕΥΣΗ — {title}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Decimal separator for typed values</source>
        <translation>Υποδιαστολή για πληκτρολογημένες τιμές</translation>
    </message>
    <message>
        <source>&amp;Point: 4420.5 (a comma is refused)</source>
        <translation>&amp;Τελεία: 4420.5 (το κόμμα απορρίπτεται)</translation>
    </message>
    <message>
        <source>&amp;Comma: 4420,5 (a point is refused)</source>
        <translation>&amp;Κόμμα: 4420,5 (η τελεία απορρίπτεται)</translation>
    </message>
    <message>
        <source>Thousands separators are never accepted in either setting: &apos;4,420&apos; and &apos;4.420&apos; are refused because they mean different numbers in different countries. This does not follow the computer&apos;s language settings.</source>
        <translation>Διαχωριστικά χιλιάδων δεν γίνονται δεκτά σε καμία ρύθμιση: τα &apos;4,420&apos; και &apos;4.420&apos; απορρίπτονται, επειδή σημαίνουν διαφορετικούς αριθμούς σε διαφορετικές χώρες. Αυτό δεν ακολουθεί τις ρυθμίσεις γλώσσας του υπολογιστή.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>Automatic ({language})</source>
        <translation>Αυτόματα ({language})</translation>
    </message>
    <message>
        <source>The window changes language at once. Typed values are read the same way in every language: only the decimal separator above decides.</source>
        <translation>Το παράθυρο αλλάζει γλώσσα αμέσως. Οι πληκτρολογημένες τιμές διαβάζονται με τον ίδιο τρόπο σε κάθε γλώσσα: αποφασίζει μόνο η υποδιαστολή παραπάνω.</translation>
    </message>
</context>
<context>
    <name>SofaCalculatorPanel</name>
    <message>
        <source>No total: correct the field marked in red ({reason}).</source>
        <translation>Χωρίς σύνολο: διορθώστε το πεδίο που είναι σημειωμένο με κόκκινο ({reason}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>No catecholamine running (doses not given count as 0)</source>
        <translation>Δεν χορηγείται κατεχολαμίνη (δόσεις που δεν δόθηκαν μετρούν ως 0)</translation>
    </message>
    <message>
        <source>A missing input leaves its organ system “not assessed”: it never counts as 0, and the total says on how many systems it rests. Doses in µg/kg/min given for at least one hour. Which values to use (the worst of the day) is the clinician&apos;s choice.</source>
        <translation>Μια τιμή που λείπει αφήνει το οργανικό της σύστημα «μη αξιολογημένο»: δεν μετρά ποτέ ως 0, και το σύνολο αναφέρει σε πόσα συστήματα βασίζεται. Δόσεις σε µg/kg/min που χορηγήθηκαν για τουλάχιστον μία ώρα. Ποιες τιμές θα χρησιμοποιηθούν (οι χειρότερες της ημέρας) είναι επιλογή του κλινικού ιατρού.</translation>
    </message>
    <message>
        <source>Table: Vincent 1996 as reproduced in Singer 2016 (Sepsis-3), Table 1; each band is read from its printed lower limit (inclusive) to the next band&apos;s.</source>
        <translation>Πίνακας: Vincent 1996 όπως αναπαράγεται στο Singer 2016 (ορισμοί σήψης Sepsis-3), Πίνακας 1· κάθε ζώνη διαβάζεται από το τυπωμένο κατώτερο όριό της (συμπεριλαμβανομένου) έως εκείνο της επόμενης ζώνης.</translation>
    </message>
</context>
<context>
    <name>SofaCourseView</name>
    <message>
        <source>Day-9 SOFA response (ImmunoSep primary endpoint)</source>
        <translation>Ανταπόκριση SOFA ημέρας 9 (πρωτεύον καταληκτικό σημείο της ImmunoSep)</translation>
    </message>
    <message>
        <source>Day-9 status</source>
        <translation>Κατάσταση ημέρας 9</translation>
    </message>
    <message>
        <source>Day-9 verdict</source>
        <translation>Αποτέλεσμα ημέρας 9</translation>
    </message>
    <message>
        <source>Day-9 arithmetic</source>
        <translation>Υπολογισμός ημέρας 9</translation>
    </message>
    <message>
        <source>About this measure</source>
        <translation>Σχετικά με αυτόν τον δείκτη</translation>
    </message>
    <message>
        <source>Day-9 warnings</source>
        <translation>Προειδοποιήσεις ημέρας 9</translation>
    </message>
    <message>
        <source>Daily SOFA, days 1 to 9</source>
        <translation>Ημερήσιο SOFA, ημέρες 1 έως 9</translation>
    </message>
    <message>
        <source>NO MEASURE YET</source>
        <translation>ΔΕΝ ΥΠΑΡΧΕΙ ΑΚΟΜΗ ΔΕΙΚΤΗΣ</translation>
    </message>
    <message>
        <source>This is the ImmunoSep trial&apos;s research endpoint (day-1 SOFA minus the mean SOFA of days 2–9 &gt; 1.4 points), not a treatment target.</source>
        <translation>Αυτό είναι το ερευνητικό καταληκτικό σημείο της μελέτης ImmunoSep (SOFA της ημέρας 1 μείον τη μέση τιμή SOFA των ημερών 2–9 &gt; 1,4 βαθμούς), όχι θεραπευτικός στόχος.</translation>
    </message>
    <message>
        <source>PROVISIONAL — today is day {day}; final once day 9 has a value or is over</source>
        <translation>ΠΡΟΣΩΡΙΝΟ — σήμερα είναι η ημέρα {day}· οριστικό μόλις η ημέρα 9 έχει τιμή ή ολοκληρωθεί</translation>
    </message>
    <message>
        <source>FINAL (day 9 reached)</source>
        <translation>ΟΡΙΣΤΙΚΟ (έφτασε η ημέρα 9)</translation>
    </message>
    <message>
        <source>FINAL (death recorded)</source>
        <translation>ΟΡΙΣΤΙΚΟ (καταγράφηκε θάνατος)</translation>
    </message>
    <message>
        <source>Day 1 minus the mean of days 2–9: {arithmetic}</source>
        <translation>Ημέρα 1 μείον τη μέση τιμή των ημερών 2–9: {arithmetic}</translation>
    </message>
    <message>
        <source>Filled dots: SOFA entered; open dots: carried forward (a missing day, or a day not over yet); crosses at 24: from the day of death. Dashed line: day-1 SOFA − 1.4 = {limit}; the mean of days 2–9 (dotted line, now {mean}) must be below it for a response.</source>
        <translation>Γεμάτες κουκκίδες: καταχωρισμένο SOFA· ανοιχτές κουκκίδες: μεταφερόμενη τιμή (ημέρα που λείπει ή δεν έχει ολοκληρωθεί ακόμη)· σταυροί στο 24: από την ημέρα του θανάτου. Διακεκομμένη γραμμή: SOFA ημέρας 1 − 1,4 = {limit}· η μέση τιμή των ημερών 2–9 (στικτή γραμμή, τώρα {mean}) πρέπει να είναι κάτω από αυτήν για ανταπόκριση.</translation>
    </message>
    <message>
        <source>No measure yet: the SOFA of day 1 (the day of phenotyping) is needed; the measure starts from it.</source>
        <translation>Δεν υπάρχει ακόμη δείκτης: απαιτείται το SOFA της ημέρας 1 (της ημέρας της φαινοτύπησης)· ο δείκτης ξεκινά από αυτό.</translation>
    </message>
    <message>
        <source>No measure: today is before day 1 of the SOFA course.</source>
        <translation>Δεν υπάρχει δείκτης: σήμερα είναι πριν από την ημέρα 1 της πορείας SOFA.</translation>
    </message>
    <message>
        <source>No measure: {reason}</source>
        <translation>Δεν υπάρχει δείκτης: {reason}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>SOFA</source>
        <translation>SOFA</translation>
    </message>
    <message>
        <source>Organ systems</source>
        <translation>Οργανικά συστήματα</translation>
    </message>
    <message>
        <source>How the day counts</source>
        <translation>Πώς μετρά η ημέρα</translation>
    </message>
    <message>
        <source>entered (record #{id})</source>
        <translation>καταχωρίστηκε (εγγραφή #{id})</translation>
    </message>
    <message>
        <source>missing: day {day} carried forward</source>
        <translation>λείπει: μεταφέρεται η τιμή της ημέρας {day}</translation>
    </message>
    <message>
        <source>not over yet: day {day} carried forward for now</source>
        <translation>δεν έχει ολοκληρωθεί: μεταφέρεται προς το παρόν η τιμή της ημέρας {day}</translation>
    </message>
    <message>
        <source>death: counted 24</source>
        <translation>θάνατος: μετρά 24</translation>
    </message>
    <message>
        <source>day of phenotyping (record #{id})</source>
        <translation>ημέρα της φαινοτύπησης (εγγραφή #{id})</translation>
    </message>
    <message>
        <source>{n} of 6</source>
        <translation>{n} από 6</translation>
    </message>
    <message>
        <source>Daily SOFA chart</source>
        <translation>Διάγραμμα ημερήσιου SOFA</translation>
    </message>
    <message>
        <source>study day (1 = phenotyping)</source>
        <translation>ημέρα μελέτης (1 = φαινοτύπηση)</translation>
    </message>
</context>
<context>
    <name>SofaPanel</name>
    <message>
        <source>PaO2 (arterial)</source>
        <translation>PaO2 (αρτηριακό)</translation>
    </message>
    <message>
        <source>FiO2 (fraction)</source>
        <translation>FiO2 (κλάσμα)</translation>
    </message>
    <message>
        <source>Respiratory support</source>
        <translation>Αναπνευστική υποστήριξη</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Αιμοπετάλια</translation>
    </message>
    <message>
        <source>Bilirubin</source>
        <translation>Χολερυθρίνη</translation>
    </message>
    <message>
        <source>Mean arterial pressure</source>
        <translation>Μέση αρτηριακή πίεση</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Νοραδρεναλίνη</translation>
    </message>
    <message>
        <source>Epinephrine</source>
        <translation>Αδρεναλίνη</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Ντοπαμίνη</translation>
    </message>
    <message>
        <source>Dobutamine (any dose)</source>
        <translation>Δοβουταμίνη (οποιαδήποτε δόση)</translation>
    </message>
    <message>
        <source>Glasgow Coma Scale</source>
        <translation>Κλίμακα κώματος Γλασκώβης</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Κρεατινίνη</translation>
    </message>
    <message>
        <source>Urine output</source>
        <translation>Διούρηση</translation>
    </message>
    <message>
        <source>SOFA total</source>
        <translation>Σύνολο SOFA</translation>
    </message>
</context>
<context>
    <name>StoredScoresView</name>
    <message>
        <source>The score records cannot be read: {reason}</source>
        <translation>Οι εγγραφές των βαθμολογιών δεν μπορούν να διαβαστούν: {reason}</translation>
    </message>
    <message>
        <source>Saved {when} by {user}; {version}; app {app}.</source>
        <translation>Αποθηκεύτηκε {when} από {user}· {version}· εφαρμογή {app}.</translation>
    </message>
    <message>
        <source>Record #{id} cannot be read: {reason}</source>
        <translation>Η εγγραφή #{id} δεν μπορεί να διαβαστεί: {reason}</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <source>respiration</source>
        <comment>respiration</comment>
        <extracomment>Term respiration: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>αναπνευστικό σύστημα</translation>
    </message>
    <message>
        <source>coagulation</source>
        <comment>coagulation</comment>
        <extracomment>Term coagulation: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>πήξη</translation>
    </message>
    <message>
        <source>liver</source>
        <comment>liver</comment>
        <extracomment>Term liver: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ήπαρ</translation>
    </message>
    <message>
        <source>cardiovascular</source>
        <comment>cardiovascular</comment>
        <extracomment>Term cardiovascular: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>καρδιαγγειακό σύστημα</translation>
    </message>
    <message>
        <source>central nervous system</source>
        <comment>cns</comment>
        <extracomment>Term cns: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>κεντρικό νευρικό σύστημα</translation>
    </message>
    <message>
        <source>renal</source>
        <comment>renal</comment>
        <extracomment>Term renal: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>νεφρική λειτουργία</translation>
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
        <translation>αναπνευστική υποστήριξη (ναι ή όχι)</translation>
    </message>
    <message>
        <source>platelets</source>
        <comment>platelets</comment>
        <extracomment>Term platelets: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>αιμοπετάλια</translation>
    </message>
    <message>
        <source>bilirubin</source>
        <comment>bilirubin</comment>
        <extracomment>Term bilirubin: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>χολερυθρίνη</translation>
    </message>
    <message>
        <source>MAP</source>
        <comment>map</comment>
        <extracomment>Term map: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ΜΑΠ</translation>
    </message>
    <message>
        <source>dopamine</source>
        <comment>dopamine</comment>
        <extracomment>Term dopamine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ντοπαμίνη</translation>
    </message>
    <message>
        <source>dobutamine (running or not)</source>
        <comment>dobutamine</comment>
        <extracomment>Term dobutamine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>δοβουταμίνη (χορηγείται ή όχι)</translation>
    </message>
    <message>
        <source>epinephrine</source>
        <comment>epinephrine</comment>
        <extracomment>Term epinephrine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>αδρεναλίνη</translation>
    </message>
    <message>
        <source>norepinephrine</source>
        <comment>norepinephrine</comment>
        <extracomment>Term norepinephrine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>νοραδρεναλίνη</translation>
    </message>
    <message>
        <source>Glasgow Coma Scale</source>
        <comment>gcs</comment>
        <extracomment>Term gcs: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>κλίμακα κώματος Γλασκώβης</translation>
    </message>
    <message>
        <source>creatinine</source>
        <comment>creatinine</comment>
        <extracomment>Term creatinine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>κρεατινίνη</translation>
    </message>
    <message>
        <source>urine output</source>
        <comment>urine_output</comment>
        <extracomment>Term urine_output: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>διούρηση</translation>
    </message>
    <message>
        <source>known underlying immunosuppression</source>
        <comment>immunosuppression</comment>
        <extracomment>Term immunosuppression: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>γνωστή υποκείμενη ανοσοκαταστολή</translation>
    </message>
    <message>
        <source>temperature</source>
        <comment>temperature</comment>
        <extracomment>Term temperature: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>θερμοκρασία</translation>
    </message>
    <message>
        <source>organomegaly</source>
        <comment>organomegaly</comment>
        <extracomment>Term organomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>οργανομεγαλία</translation>
    </message>
    <message>
        <source>cytopenias</source>
        <comment>cytopenias</comment>
        <extracomment>Term cytopenias: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>κυτταροπενίες</translation>
    </message>
    <message>
        <source>ferritin</source>
        <comment>ferritin</comment>
        <extracomment>Term ferritin: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>φερριτίνη</translation>
    </message>
    <message>
        <source>triglycerides</source>
        <comment>triglycerides</comment>
        <extracomment>Term triglycerides: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>τριγλυκερίδια</translation>
    </message>
    <message>
        <source>fibrinogen</source>
        <comment>fibrinogen</comment>
        <extracomment>Term fibrinogen: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ινωδογόνο</translation>
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
        <translation>ηλικία</translation>
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
        <translation>αιμοφαγοκυττάρωση σε αναρρόφημα μυελού των οστών</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes</comment>
        <extracomment>Term yes: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <comment>no</comment>
        <extracomment>Term no: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>όχι</translation>
    </message>
    <message>
        <source>none</source>
        <comment>organomegaly_none</comment>
        <extracomment>Term organomegaly_none: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>καμία</translation>
    </message>
    <message>
        <source>hepatomegaly</source>
        <comment>hepatomegaly</comment>
        <extracomment>Term hepatomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ηπατομεγαλία</translation>
    </message>
    <message>
        <source>splenomegaly</source>
        <comment>splenomegaly</comment>
        <extracomment>Term splenomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>σπληνομεγαλία</translation>
    </message>
    <message>
        <source>hepatomegaly and splenomegaly</source>
        <comment>hepatosplenomegaly</comment>
        <extracomment>Term hepatosplenomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ηπατομεγαλία και σπληνομεγαλία</translation>
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
        <translation>ανοσοπαράλυση</translation>
    </message>
    <message>
        <source>unclassified (neither phenotype)</source>
        <comment>unclassified</comment>
        <extracomment>Term unclassified: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>αταξινόμητο (κανένας φαινότυπος)</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>TRAINING DATABASE — not clinical records</source>
        <translation>ΒΑΣΗ ΔΕΔΟΜΕΝΩΝ ΕΚΠΑΙΔΕΥΣΗΣ — όχι κλινικές εγγραφές</translation>
    </message>
    <message>
        <source>Score: {version}.</source>
        <translation>Βαθμολογία: {version}.</translation>
    </message>
    <message>
        <source>{points:&gt;4}  {reason}</source>
        <translation>{points:&gt;4}  {reason}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Προειδοποίηση: {text}</translation>
    </message>
    <message>
        <source>Table: {version}.</source>
        <translation>Πίνακας: {version}.</translation>
    </message>
    <message>
        <source>A missing input leaves its organ system &apos;not assessed&apos;; it never counts as 0.</source>
        <translation>Ένα δεδομένο που λείπει αφήνει το σύστημα οργάνων του «μη αξιολογημένο»· δεν μετρά ποτέ ως 0.</translation>
    </message>
    <message>
        <source>Decision support only; the treating clinician decides.</source>
        <translation>Μόνο υποστήριξη αποφάσεων· αποφασίζει ο θεράπων ιατρός.</translation>
    </message>
    <message>
        <source>{organ}: {points}</source>
        <translation>{organ}: {points}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Σημείωση: {text}</translation>
    </message>
    <message>
        <source>Translation reviewed by {reviewer} on {date}.</source>
        <translation>Η μετάφραση ελέγχθηκε από {reviewer} στις {date}.</translation>
    </message>
    <message>
        <source>Translation pending clinical review.</source>
        <translation>Μετάφραση: εκκρεμεί κλινικός έλεγχος.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Κριτήριο</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Όπως εισήχθη</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Μετατροπή</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Όριο</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Appendix: full evidence and provenance</source>
        <translation>Παράρτημα: πλήρη τεκμήρια και προέλευση</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>Criteria in detail</source>
        <translation>Κριτήρια αναλυτικά</translation>
    </message>
    <message>
        <source>ImmunoSep phenotype report</source>
        <translation>Αναφορά φαινοτύπου ImmunoSep</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Ένταξη</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Αποκλεισμός</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>Trial eligibility:</source>
        <translation>Επιλεξιμότητα για τη μελέτη:</translation>
    </message>
    <message>
        <source>{met} met, {failed} not met, {unknown} unknown (of {total}); the evidence may not apply outside the tested population.</source>
        <translation>{met} πληρούνται, {failed} δεν πληρούνται, {unknown} άγνωστα (από {total})· τα τεκμήρια μπορεί να μην ισχύουν εκτός του πληθυσμού που μελετήθηκε.</translation>
    </message>
    <message>
        <source>provisional (day {day} of 9), {arithmetic} so far.</source>
        <translation>προσωρινό (ημέρα {day} από 9), {arithmetic} έως τώρα.</translation>
    </message>
    <message>
        <source>Day-9 SOFA:</source>
        <translation>SOFA ημέρας 9:</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>{score}: HLH probability {percent} %. An aid, not a diagnosis; not validated in ICU patients.</source>
        <translation>{score}: πιθανότητα HLH {percent} %. Βοήθημα, όχι διάγνωση· δεν έχει επικυρωθεί σε ασθενείς ΜΕΘ.</translation>
    </message>
    <message>
        <source>Around the phenotype</source>
        <translation>Γύρω από τον φαινότυπο</translation>
    </message>
    <message>
        <source>Trial eligibility (NCT04990232, as registered)</source>
        <translation>Επιλεξιμότητα για τη μελέτη (NCT04990232, όπως καταχωρίστηκε)</translation>
    </message>
    <message>
        <source>Daily SOFA and the day-9 measure</source>
        <translation>Ημερήσιο SOFA και ο δείκτης της ημέρας 9</translation>
    </message>
    <message>
        <source>HScore (Fardet 2014)</source>
        <translation>HScore (Fardet 2014)</translation>
    </message>
    <message>
        <source>{arithmetic} &gt; 1.4: response met.</source>
        <translation>{arithmetic} &gt; 1,4: πληρείται το κριτήριο ανταπόκρισης.</translation>
    </message>
    <message>
        <source>{arithmetic} ≤ 1.4: response not met.</source>
        <translation>{arithmetic} ≤ 1,4: δεν πληρείται το κριτήριο ανταπόκρισης.</translation>
    </message>
    <message>
        <source>day of phenotyping</source>
        <translation>ημέρα της φαινοτύπησης</translation>
    </message>
    <message>
        <source>The trial&apos;s research endpoint, not a treatment target.</source>
        <translation>Το ερευνητικό καταληκτικό σημείο της μελέτης, όχι θεραπευτικός στόχος.</translation>
    </message>
    <message>
        <source>no measure yet: the SOFA of day 1 (the day of phenotyping) is not stored.</source>
        <translation>δεν υπάρχει ακόμη δείκτης: το SOFA της ημέρας 1 (της ημέρας της φαινοτύπησης) δεν είναι αποθηκευμένο.</translation>
    </message>
    <message>
        <source>no measure as of this day.</source>
        <translation>δεν υπάρχει δείκτης κατά αυτή την ημέρα.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Basis and notes</source>
        <translation>Βάση και σημειώσεις</translation>
    </message>
    <message>
        <source>{kind} {number}: {wording}</source>
        <translation>{kind} {number}: {wording}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>SOFA</source>
        <translation>SOFA</translation>
    </message>
    <message>
        <source>How the day counts</source>
        <translation>Πώς μετρά η ημέρα</translation>
    </message>
    <message>
        <source>not over yet: day {day} carried forward for now</source>
        <translation>δεν έχει ολοκληρωθεί: μεταφέρεται προς το παρόν η τιμή της ημέρας {day}</translation>
    </message>
    <message>
        <source>missing: day {day} carried forward</source>
        <translation>λείπει: μεταφέρεται η τιμή της ημέρας {day}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Βαθμοί</translation>
    </message>
    <message>
        <source>Variable and why</source>
        <translation>Μεταβλητή και αιτιολόγηση</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>δεν δόθηκε</translation>
    </message>
    <message>
        <source>open marker + arrow: censored value</source>
        <translation>ανοιχτό σημάδι + βέλος: λογοκριμένη τιμή</translation>
    </message>
    <message>
        <source>{group} — this patient&apos;s subgroup</source>
        <translation>{group} — υποομάδα αυτού του ασθενούς</translation>
    </message>
    <message>
        <source>{label}; whiskers: 95 % CI (Wilson)</source>
        <translation>{label}· γραμμές σφάλματος: 95% ΔΕ (Wilson)</translation>
    </message>
    <message>
        <source>Rule set {ruleset} · Evidence {evidence} · ImmunoSep Phenotyper {app}</source>
        <translation>Κανόνες {ruleset} · Τεκμήρια {evidence} · ImmunoSep Phenotyper {app}</translation>
    </message>
    <message>
        <source>{start}… ({n} characters)</source>
        <translation>{start}… ({n} χαρακτήρες)</translation>
    </message>
    <message>
        <source>near threshold</source>
        <translation>κοντά στο όριο</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(χωρίς αναγνωριστικό)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Αναγνωριστικό ασθενούς</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Κοντά στο όριο</translation>
    </message>
    <message>
        <source>Why, or what is needed</source>
        <translation>Αιτία ή τι απαιτείται</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Λήψη</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Αναφορά</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Πηγή: {source}</translation>
    </message>
    <message>
        <source>Generated {time}</source>
        <translation>Εκδόθηκε {time}</translation>
    </message>
    <message>
        <source>{n} rows — {ruleset}</source>
        <translation>{n} γραμμές — {ruleset}</translation>
    </message>
    <message>
        <source>Source file: {source}</source>
        <translation>Αρχείο προέλευσης: {source}</translation>
    </message>
    <message>
        <source>Rule set {ruleset} · Evidence {evidence}</source>
        <translation>Σύνολο κανόνων {ruleset} · Τεκμηρίωση {evidence}</translation>
    </message>
    <message>
        <source>Rows needing action come first (shaded): no report, cannot classify, a value near a threshold. Each classified or cannot-classify row has its own one-page report, in this order, in all-reports.pdf; rows rejected at import have none. Decision support only: the treating clinician decides.</source>
        <translation>Οι γραμμές που χρειάζονται ενέργεια εμφανίζονται πρώτες (σκιασμένες): χωρίς αναφορά, αδύνατη η ταξινόμηση, τιμή κοντά σε όριο. Κάθε γραμμή που ταξινομήθηκε ή για την οποία ήταν αδύνατη η ταξινόμηση έχει τη δική της μονοσέλιδη αναφορά, με αυτή τη σειρά, στο all-reports.pdf· οι γραμμές που απορρίφθηκαν κατά την εισαγωγή δεν έχουν. Μόνο υποστήριξη αποφάσεων: αποφασίζει ο θεράπων ιατρός.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Γραμμές</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Πλήθη</translation>
    </message>
    <message>
        <source>Generated {time}.</source>
        <translation>Εκδόθηκε {time}.</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Σελίδα {number} από {total}</translation>
    </message>
    <message>
        <source>Generated {time} by {user} on {workstation}.</source>
        <translation>Εκδόθηκε {time} από {user} στον σταθμό εργασίας {workstation}.</translation>
    </message>
    <message>
        <source>Generated {time} by {user}.</source>
        <translation>Εκδόθηκε {time} από {user}.</translation>
    </message>
    <message>
        <source>Generated {time} on {workstation}.</source>
        <translation>Εκδόθηκε {time} στον σταθμό εργασίας {workstation}.</translation>
    </message>
    <message>
        <source>{generated} · Decision support only: the treating clinician decides.</source>
        <translation>{generated} · Μόνο υποστήριξη αποφάσεων: αποφασίζει ο θεράπων ιατρός.</translation>
    </message>
    <message>
        <source>Result: {headline}</source>
        <translation>Αποτέλεσμα: {headline}</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Κριτήρια:</translation>
    </message>
    <message>
        <source>{label}: {value} [{met}]</source>
        <translation>{label}: {value} [{met}]</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Κανόνας:</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}; evidence: {evidence}; source: doi:{doi}, {registry}</source>
        <translation>Σύνολο κανόνων: {ruleset}· τεκμηρίωση: {evidence}· πηγή: doi:{doi}, {registry}</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm for this phenotype: {arm} (evidence, not an order)</source>
        <translation>Σκέλος της μελέτης ImmunoSep για αυτόν τον φαινότυπο: {arm} (τεκμήρια, όχι ιατρική οδηγία)</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Επειδή:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Αιτίες:</translation>
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
        <translation>Αποθηκεύτηκε: αναγνωριστικό αξιολόγησης {id}</translation>
    </message>
    <message>
        <source>Checklist: {version}.</source>
        <translation>Κατάλογος ελέγχου: {version}.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>απουσιάζει</translation>
    </message>
    <message>
        <source>present: excludes</source>
        <translation>υπάρχει: αποκλείει</translation>
    </message>
    <message>
        <source>Inclusion criteria (use only if…)</source>
        <translation>Κριτήρια ένταξης (χρήση μόνο εάν…)</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Κριτήρια αποκλεισμού</translation>
    </message>
    <message>
        <source>--answer: {criteria}: answered from the data entered; do not answer it as well.</source>
        <translation>--answer: {criteria}: απαντήθηκε από τα καταχωρισμένα δεδομένα· μην το απαντάτε επιπλέον.</translation>
    </message>
    <message>
        <source>  {number}. [{status}] {criterion}</source>
        <translation>  {number}. [{status}] {criterion}</translation>
    </message>
    <message>
        <source>{file}: no new assessment; messages: {new} new, {repeated} already imported; earlier assessments: {withdrawn} withdrawn.</source>
        <translation>{file}: καμία νέα αξιολόγηση· μηνύματα: {new} νέα, {repeated} ήδη εισηγμένα· προηγούμενες αξιολογήσεις: {withdrawn} αποσύρθηκαν.</translation>
    </message>
    <message>
        <source>{file}: moved to failed/: {reason}</source>
        <translation>{file}: μετακινήθηκε στο failed/: {reason}</translation>
    </message>
    <message>
        <source>{file}: not stored, tried again on the next pass: {reason}</source>
        <translation>{file}: δεν αποθηκεύτηκε, νέα προσπάθεια στον επόμενο έλεγχο: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: stored {n} assessments ({phenotypes}); messages: {new} new, {repeated} already imported; earlier assessments: {corrected} corrected, {paired} completed by pairing, {withdrawn} withdrawn.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {file}: stored {n} assessment ({phenotypes}); messages: {new} new, {repeated} already imported; earlier assessments: {corrected} corrected, {paired} completed by pairing, {withdrawn} withdrawn..</extracomment>
        <translation>
            <numerusform>{file}: αποθηκεύτηκε {n} αξιολόγηση ({phenotypes})· μηνύματα: {new} νέα, {repeated} ήδη εισηγμένα· προηγούμενες αξιολογήσεις: {corrected} διορθώθηκαν, {paired} συμπληρώθηκαν με σύζευξη, {withdrawn} αποσύρθηκαν.</numerusform>
            <numerusform>{file}: αποθηκεύτηκαν {n} αξιολογήσεις ({phenotypes})· μηνύματα: {new} νέα, {repeated} ήδη εισηγμένα· προηγούμενες αξιολογήσεις: {corrected} διορθώθηκαν, {paired} συμπληρώθηκαν με σύζευξη, {withdrawn} αποσύρθηκαν.</numerusform>
        </translation>
    </message>
    <message>
        <source>--interval must be above 0 and --settle at least 0 seconds.</source>
        <translation>Το --interval πρέπει να είναι πάνω από 0 και το --settle τουλάχιστον 0 δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>No inbox folder is configured: set [inbox] folder in site.toml or give --folder.</source>
        <translation>Δεν έχει οριστεί φάκελος εισερχομένων: ορίστε το [inbox] folder στο site.toml ή δώστε --folder.</translation>
    </message>
    <message>
        <source>--demo needs --folder: the configured inbox holds the ward&apos;s results, which never go into the training database.</source>
        <translation>Το --demo απαιτεί --folder: τα ρυθμισμένα εισερχόμενα περιέχουν τα αποτελέσματα της μονάδας, τα οποία δεν καταχωρίζονται ποτέ στη βάση δεδομένων εκπαίδευσης.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} does not exist.</source>
        <translation>Ο φάκελος εισερχομένων {folder} δεν υπάρχει.</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>No new files.</source>
        <translation>Κανένα νέο αρχείο.</translation>
    </message>
    <message>
        <source>Day-9 SOFA response (ImmunoSep primary endpoint) of patient {patient}, as of {date}.</source>
        <translation>Ανταπόκριση SOFA ημέρας 9 (πρωτεύον καταληκτικό σημείο της ImmunoSep) του ασθενούς {patient}, στις {date}.</translation>
    </message>
    <message>
        <source>Day 1 ({date}): SOFA {sofa}.</source>
        <translation>Ημέρα 1 ({date}): SOFA {sofa}.</translation>
    </message>
    <message>
        <source>Day 1 minus the mean of days 2–9: {arithmetic}</source>
        <translation>Ημέρα 1 μείον τη μέση τιμή των ημερών 2–9: {arithmetic}</translation>
    </message>
    <message>
        <source>the SOFA of day 1 (the day of phenotyping) is needed; store it with &apos;immunosep sofa … --patient-id ID --day 1 --save&apos;.</source>
        <translation>απαιτείται το SOFA της ημέρας 1 (της ημέρας της φαινοτύπησης)· αποθηκεύστε το με &apos;immunosep sofa … --patient-id ID --day 1 --save&apos;.</translation>
    </message>
    <message>
        <source>the day asked for is before day 1 of the SOFA course.</source>
        <translation>η ζητούμενη ημέρα είναι πριν από την ημέρα 1 της πορείας SOFA.</translation>
    </message>
    <message>
        <source>a stored SOFA is dated after the day asked for; give a later --on.</source>
        <translation>ένα αποθηκευμένο SOFA έχει ημερομηνία μετά τη ζητούμενη ημέρα· δώστε μεταγενέστερο --on.</translation>
    </message>
    <message>
        <source>the recorded death is after the day asked for; give a later --on.</source>
        <translation>ο καταγεγραμμένος θάνατος είναι μετά τη ζητούμενη ημέρα· δώστε μεταγενέστερο --on.</translation>
    </message>
    <message>
        <source>No measure yet: {reason}</source>
        <translation>Δεν υπάρχει ακόμη δείκτης: {reason}</translation>
    </message>
    <message>
        <source>missing, carried forward from day {day}</source>
        <translation>λείπει, μεταφέρεται από την ημέρα {day}</translation>
    </message>
    <message>
        <source>Day {day} ({date}): {sofa} — {how}.</source>
        <translation>Ημέρα {day} ({date}): {sofa} — {how}.</translation>
    </message>
    <message>
        <source>not yet entered, day {day} carried forward for now</source>
        <translation>δεν έχει καταχωριστεί ακόμη, μεταφέρεται προς το παρόν η τιμή της ημέρας {day}</translation>
    </message>
    <message>
        <source>death: counted 24</source>
        <translation>θάνατος: μετρά 24</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>καταχωρίστηκε</translation>
    </message>
    <message>
        <source>Daily SOFA</source>
        <translation>Ημερήσιο SOFA</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Θάνατος</translation>
    </message>
    <message>
        <source>Eligibility checklists</source>
        <translation>Κατάλογοι ελέγχου επιλεξιμότητας</translation>
    </message>
    <message>
        <source>HScores</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>record {id}, saved {when} by {user}: {what}</source>
        <translation>εγγραφή {id}, αποθηκεύτηκε {when} από {user}: {what}</translation>
    </message>
    <message>
        <source>Marked entered in error: {kind}, record {id}.</source>
        <translation>Σημειώθηκε ως εσφαλμένη καταχώριση: {kind}, εγγραφή {id}.</translation>
    </message>
    <message>
        <source>{title}: {n} stored</source>
        <translation>{title}: αποθηκευμένες εγγραφές {n}</translation>
    </message>
    <message>
        <source>corrects record {id}: {reason}</source>
        <translation>διορθώνει την εγγραφή {id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by record {id}</source>
        <translation>αντικαταστάθηκε από την εγγραφή {id}</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>ΕΣΦΑΛΜΕΝΗ ΚΑΤΑΧΩΡΙΣΗ: {reason}</translation>
    </message>
    <message>
        <source>day {day} ({date}): SOFA {total}, {n} of 6 organ systems</source>
        <translation>ημέρα {day} ({date}): SOFA {total}, {n} από 6 οργανικά συστήματα</translation>
    </message>
    <message>
        <source>died on {date}</source>
        <translation>απεβίωσε στις {date}</translation>
    </message>
    <message>
        <source>with assessment {id}: {met} met, {failed} not met, {unknown} unknown</source>
        <translation>με την αξιολόγηση {id}: {met} πληρούνται, {failed} δεν πληρούνται, {unknown} άγνωστα</translation>
    </message>
    <message>
        <source>with assessment {id}: HScore {score}, probability {p} %</source>
        <translation>με την αξιολόγηση {id}: HScore {score}, πιθανότητα {p} %</translation>
    </message>
    <message>
        <source>Saved: daily SOFA record {id}, day {day} ({date}).</source>
        <translation>Αποθηκεύτηκε: εγγραφή ημερήσιου SOFA {id}, ημέρα {day} ({date}).</translation>
    </message>
    <message>
        <source>SOFA {total} (typed), resting on {n} of 6 organ systems.</source>
        <translation>SOFA {total} (πληκτρολογημένο), βάσει {n} από 6 οργανικά συστήματα.</translation>
    </message>
    <message>
        <source>Open markers with an arrow are censored values (true value beyond the arrow).</source>
        <translation>Τα ανοιχτά σημάδια με βέλος είναι λογοκριμένες τιμές (η πραγματική τιμή βρίσκεται πέρα από το βέλος).</translation>
    </message>
    <message>
        <source>Ferritin (ng/mL, log scale)</source>
        <translation>Φερριτίνη (ng/mL, λογαριθμική κλίμακα)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR (AB/C, log scale)</source>
        <translation>HLA-DR μονοκυττάρων (AB/C, λογαριθμική κλίμακα)</translation>
    </message>
    <message>
        <source>{group} {events}/{total}</source>
        <translation>{group} {events}/{total}</translation>
    </message>
    <message>
        <source>Primary endpoint: ≥ 1.4-point SOFA decrease by day 9</source>
        <translation>Πρωτεύον καταληκτικό σημείο: μείωση SOFA κατά ≥ 1,4 βαθμούς έως την ημέρα 9</translation>
    </message>
    <message>
        <source>Responders (%)</source>
        <translation>Ανταποκριθέντες (%)</translation>
    </message>
    <message>
        <source>Bars: proportion of responders; whiskers: Wilson 95 % CI. Highlighted: this patient&apos;s subgroup.</source>
        <translation>Ράβδοι: ποσοστό ανταποκριθέντων· γραμμές σφάλματος: 95 % ΔΕ κατά Wilson. Επισημασμένη: η υποομάδα αυτού του ασθενούς.</translation>
    </message>
    <message>
        <source>MALS
ferritin &gt; {f}</source>
        <translation>MALS
φερριτίνη &gt; {f}</translation>
    </message>
    <message>
        <source>Immunoparalysis
ferritin ≤ {f}
HLA-DR &lt; {h}</source>
        <translation>Ανοσοπαράλυση
φερριτίνη ≤ {f}
HLA-DR &lt; {h}</translation>
    </message>
    <message>
        <source>Unclassified
HLA-DR ≥ {h}</source>
        <translation>Αταξινόμητο
HLA-DR ≥ {h}</translation>
    </message>
    <message>
        <source>ferritin {f} ng/mL</source>
        <translation>φερριτίνη {f} ng/mL</translation>
    </message>
    <message>
        <source>HLA-DR {h} AB/C</source>
        <translation>HLA-DR {h} AB/C</translation>
    </message>
    <message>
        <source>Points on the bottom edge have no HLA-DR in AB/C.</source>
        <translation>Τα σημεία στο κάτω άκρο δεν έχουν HLA-DR σε AB/C.</translation>
    </message>
    <message>
        <source>Phenotype map</source>
        <translation>Χάρτης φαινοτύπων</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Όλοι οι ασθενείς</translation>
    </message>
    <message>
        <source>MALS: ferritin &gt; {f} ng/mL (HLA-DR not needed; if HLA-DR &lt; {h} AB/C too, both criteria are met and MALS takes precedence, as in the trial).</source>
        <translation>MALS: φερριτίνη &gt; {f} ng/mL (το HLA-DR δεν χρειάζεται· αν επίσης HLA-DR &lt; {h} AB/C, πληρούνται και τα δύο κριτήρια και προηγείται το MALS, όπως στη μελέτη).</translation>
    </message>
    <message>
        <source>Immunoparalysis: ferritin ≤ {f} ng/mL and HLA-DR &lt; {h} AB/C (antibodies bound per CD14 monocyte, QuantiBRITE).</source>
        <translation>Ανοσοπαράλυση: φερριτίνη ≤ {f} ng/mL και HLA-DR &lt; {h} AB/C (δεσμευμένα αντισώματα ανά μονοκύτταρο CD14, QuantiBRITE).</translation>
    </message>
    <message>
        <source>Unclassified: ferritin ≤ {f} ng/mL and HLA-DR ≥ {h} AB/C; the ImmunoSep evidence does not apply.</source>
        <translation>Αταξινόμητο: φερριτίνη ≤ {f} ng/mL και HLA-DR ≥ {h} AB/C· τα τεκμήρια της ImmunoSep δεν ισχύουν.</translation>
    </message>
    <message>
        <source>Cannot classify: missing or undecidable values, HLA-DR not in AB/C when it is needed, or age &lt; {age} years.</source>
        <translation>Αδύνατη η ταξινόμηση: τιμές που λείπουν ή δεν επιτρέπουν απόφαση, HLA-DR όχι σε AB/C όταν χρειάζεται, ή ηλικία &lt; {age} ετών.</translation>
    </message>
    <message>
        <source>{percent:.1f} %</source>
        <translation>{percent:.1f} %</translation>
    </message>
    <message>
        <source>ImmunoSep cohort summary</source>
        <translation>Σύνοψη κοόρτης ImmunoSep</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Χάρτης φαινοτύπων της κοόρτης</translation>
    </message>
    <message>
        <source>TRAINING — NOT FOR CLINICAL USE</source>
        <translation>ΕΚΠΑΙΔΕΥΣΗ — ΟΧΙ ΓΙΑ ΚΛΙΝΙΚΗ ΧΡΗΣΗ</translation>
    </message>
    <message>
        <source>Training mode: synthetic data, not a patient record. Do not use for treatment decisions.</source>
        <translation>Λειτουργία εκπαίδευσης: συνθετικά δεδομένα, όχι εγγραφή ασθενούς. Να μη χρησιμοποιείται για θεραπευτικές αποφάσεις.</translation>
    </message>
    <message>
        <source>End of report</source>
        <translation>Τέλος αναφοράς</translation>
    </message>
    <message>
        <source>Institution / ward not configured</source>
        <translation>Ίδρυμα / τμήμα δεν έχουν οριστεί</translation>
    </message>
    <message>
        <source>{events}/{total} ({percent:.1f} %)</source>
        <translation>{events}/{total} ({percent:.1f} %)</translation>
    </message>
    <message>
        <source>{point} ({low} to {high})</source>
        <translation>{point} ({low} έως {high})</translation>
    </message>
    <message>
        <source>Safety signals</source>
        <translation>Σήματα ασφάλειας</translation>
    </message>
    <message>
        <source>Notes on this arm</source>
        <translation>Σημειώσεις για αυτό το σκέλος</translation>
    </message>
    <message>
        <source>Deaths, {group}</source>
        <translation>Θάνατοι, {group}</translation>
    </message>
    <message>
        <source>Responders, {group}</source>
        <translation>Ανταποκριθέντες, {group}</translation>
    </message>
    <message>
        <source>Risk difference, points (treated − control)</source>
        <translation>Διαφορά κινδύνου, ποσοστιαίες μονάδες (θεραπεία − μάρτυρες)</translation>
    </message>
    <message>
        <source>Trial population</source>
        <translation>Πληθυσμός της μελέτης</translation>
    </message>
    <message>
        <source>How this patient may differ from the trial population</source>
        <translation>Πώς μπορεί να διαφέρει ο ασθενής από τον πληθυσμό της μελέτης</translation>
    </message>
    <message>
        <source>Limits of the evidence</source>
        <translation>Περιορισμοί των τεκμηρίων</translation>
    </message>
    <message>
        <source>ImmunoSep evidence for this phenotype: {drug}</source>
        <translation>Τεκμήρια ImmunoSep για αυτόν τον φαινότυπο: {drug}</translation>
    </message>
    <message>
        <source>Mortality</source>
        <translation>Θνησιμότητα</translation>
    </message>
    <message>
        <source>Methods of the recomputation: {methods}. A printed figure agrees when it lies within one unit of its last printed digit.</source>
        <translation>Μέθοδοι επανυπολογισμού: {methods}. Ένας τυπωμένος αριθμός συμφωνεί όταν απέχει το πολύ μία μονάδα στο τελευταίο τυπωμένο ψηφίο του.</translation>
    </message>
    <message>
        <source>ImmunoSep evidence</source>
        <translation>Τεκμήρια ImmunoSep</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>NO — see note</source>
        <translation>ΟΧΙ — βλ. σημείωση</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Published (as printed)</source>
        <translation>Δημοσιευμένο (όπως τυπώθηκε)</translation>
    </message>
    <message>
        <source>Recomputed from counts</source>
        <translation>Επανυπολογισμένο από τους αριθμούς</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Μέθοδος</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Συμφωνεί</translation>
    </message>
    <message>
        <source>events / patients</source>
        <translation>συμβάντα / ασθενείς</translation>
    </message>
    <message>
        <source>Odds ratio (95 % CI)</source>
        <translation>Λόγος σχετικών πιθανοτήτων (95% ΔΕ)</translation>
    </message>
    <message>
        <source>{point:.3f} ({low:.3f} to {high:.3f})</source>
        <translation>{point:.3f} ({low:.3f} έως {high:.3f})</translation>
    </message>
    <message>
        <source>crude OR, Woolf CI</source>
        <translation>αδρό OR, ΔΕ κατά Woolf</translation>
    </message>
    <message>
        <source>Risk difference, points (control − treated, as printed)</source>
        <translation>Διαφορά κινδύνου, ποσοστιαίες μονάδες (μάρτυρες − θεραπεία, όπως τυπώθηκε)</translation>
    </message>
    <message>
        <source>P value</source>
        <translation>Τιμή p</translation>
    </message>
    <message>
        <source>Fisher exact, two-sided</source>
        <translation>Ακριβής δοκιμασία Fisher, αμφίπλευρη</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Evidence version {version}, cut-off {cutoff}.</source>
        <translation>Έκδοση τεκμηρίωσης {version}, ημερομηνία αποκοπής {cutoff}.</translation>
    </message>
    <message>
        <source>{point:.2f} ({low:.2f} to {high:.2f})</source>
        <translation>{point:.2f} ({low:.2f} έως {high:.2f})</translation>
    </message>
    <message>
        <source>{option}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD (for example 2026-11-20).</source>
        <translation>{option}: το &apos;{value}&apos; δεν είναι ημερομηνία της μορφής ΕΕΕΕ-ΜΜ-ΗΗ (για παράδειγμα 2026-11-20).</translation>
    </message>
    <message>
        <source>--save needs --patient-id ID (the patient identifier used on the ward).</source>
        <translation>Το --save απαιτεί --patient-id ID (το αναγνωριστικό ασθενούς που χρησιμοποιείται στη μονάδα).</translation>
    </message>
    <message>
        <source>--corrects needs --reason TEXT: a correction says why.</source>
        <translation>Το --corrects απαιτεί --reason TEXT: μια διόρθωση αναφέρει την αιτιολογία της.</translation>
    </message>
    <message>
        <source>--reason goes with --corrects RECORD (the record corrected).</source>
        <translation>Το --reason δίνεται μαζί με --corrects RECORD (την εγγραφή που διορθώνεται).</translation>
    </message>
    <message>
        <source>--corrects stores a correction: add --save.</source>
        <translation>Το --corrects αποθηκεύει μια διόρθωση: προσθέστε --save.</translation>
    </message>
    <message>
        <source>--assessment-id names where it is stored: add --save.</source>
        <translation>Το --assessment-id ορίζει την αποθηκευμένη αξιολόγηση με την οποία αποθηκεύεται: προσθέστε --save.</translation>
    </message>
    <message>
        <source>not saved: {reason}</source>
        <translation>δεν αποθηκεύτηκε: {reason}</translation>
    </message>
    <message>
        <source>--save needs --patient-id ID, the patient identifier used on the ward.</source>
        <translation>Το --save απαιτεί --patient-id ID, το αναγνωριστικό ασθενούς που χρησιμοποιείται στη μονάδα.</translation>
    </message>
    <message>
        <source>not saved (add --save to store it)</source>
        <translation>δεν αποθηκεύτηκε (προσθέστε --save για να αποθηκευτεί)</translation>
    </message>
    <message>
        <source>--save: not saved: {reason}</source>
        <translation>--save: δεν αποθηκεύτηκε: {reason}</translation>
    </message>
    <message>
        <source>--sentences needs --out (JSON and the text output always have the sentences).</source>
        <translation>Το --sentences απαιτεί --out (το JSON και η έξοδος κειμένου περιέχουν πάντα τις προτάσεις).</translation>
    </message>
    <message>
        <source>--out and --rejected-out must be different files.</source>
        <translation>Τα --out και --rejected-out πρέπει να είναι διαφορετικά αρχεία.</translation>
    </message>
    <message>
        <source>--out and --rejected-out must not be the input file.</source>
        <translation>Τα --out και --rejected-out δεν πρέπει να είναι το αρχείο εισόδου.</translation>
    </message>
    <message>
        <source>{option} {path}: the output file must end in .csv or .xlsx.</source>
        <translation>{option} {path}: το αρχείο εξόδου πρέπει να τελειώνει σε .csv ή .xlsx.</translation>
    </message>
    <message>
        <source>{option} {path} already exists; use --force to replace it.</source>
        <translation>{option} {path}: υπάρχει ήδη· χρησιμοποιήστε --force για να αντικατασταθεί.</translation>
    </message>
    <message>
        <source>{option} {path}: the folder does not exist.</source>
        <translation>{option} {path}: ο φάκελος δεν υπάρχει.</translation>
    </message>
    <message>
        <source>not written: {reason}.</source>
        <translation>δεν γράφτηκε: {reason}.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Απορρίφθηκε</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Αγνοήθηκε</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Απόσυρση</translation>
    </message>
    <message>
        <source>Read as: {kind}, wide layout</source>
        <translation>Ανάγνωση ως: {kind}, πλατιά διάταξη</translation>
    </message>
    <message>
        <source>Read as: {kind}, long layout</source>
        <translation>Ανάγνωση ως: {kind}, μακριά διάταξη</translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Row {rows}.</extracomment>
        <translation>
            <numerusform>Γραμμή {rows}</numerusform>
            <numerusform>Γραμμές {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>Phenotypes: {counts}</source>
        <translation>Φαινότυποι: {counts}</translation>
    </message>
    <message>
        <source>Rule set {ruleset}, trial {registry}:</source>
        <translation>Σύνολο κανόνων {ruleset}, μελέτη {registry}:</translation>
    </message>
    <message numerus="yes">
        <source>{n} data rows read.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} data row read..</extracomment>
        <translation>
            <numerusform>Διαβάστηκε {n} γραμμή δεδομένων.</numerusform>
            <numerusform>Διαβάστηκαν {n} γραμμές δεδομένων.</numerusform>
        </translation>
    </message>
    <message>
        <source>Classified: {classified}; cannot classify: {cannot_classify}; rejected: {rejected}; assessments: {assessments}; blank rows skipped: {blank}</source>
        <translation>Ταξινομήθηκαν: {classified}· αδύνατη η ταξινόμηση: {cannot_classify}· απορρίφθηκαν: {rejected}· αξιολογήσεις: {assessments}· κενές γραμμές που παραλείφθηκαν: {blank}</translation>
    </message>
    <message numerus="yes">
        <source>{n} results read.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} result read..</extracomment>
        <translation>
            <numerusform>Διαβάστηκε {n} αποτέλεσμα.</numerusform>
            <numerusform>Διαβάστηκαν {n} αποτελέσματα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: {messages}; classified: {classified}; cannot classify: {cannot_classify}; in no assessment: {apart} (rejected: {rejected}, ignored: {ignored}, withdrawals: {withdrawals}); assessments: {assessments}</source>
        <translation>Μηνύματα: {messages}· ταξινομήθηκαν: {classified}· αδύνατη η ταξινόμηση: {cannot_classify}· εκτός αξιολόγησης: {apart} (απορρίφθηκαν: {rejected}, αγνοήθηκαν: {ignored}, αποσύρσεις: {withdrawals})· αξιολογήσεις: {assessments}</translation>
    </message>
    <message>
        <source>Read as: {kind}, {layout}</source>
        <translation>Ανάγνωση ως: {kind}, {layout}</translation>
    </message>
    <message>
        <source>Encoding: {encoding}</source>
        <translation>Κωδικοποίηση: {encoding}</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>Φύλλο: {sheet}</translation>
    </message>
    <message>
        <source>Decimal separator: comma</source>
        <translation>Διαχωριστικό δεκαδικών: κόμμα</translation>
    </message>
    <message>
        <source>Decimal separator: point</source>
        <translation>Διαχωριστικό δεκαδικών: τελεία</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Σημείωση: {note}</translation>
    </message>
    <message>
        <source>Results written to {file}</source>
        <translation>Τα αποτελέσματα γράφτηκαν στο {file}</translation>
    </message>
    <message>
        <source>Rejected rows written to {file}</source>
        <translation>Οι απορριφθείσες γραμμές γράφτηκαν στο {file}</translation>
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
        <translation>Προειδοποίηση: {warning}</translation>
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
        <translation>Το --time-format {value} δεν περιέχει ώρα· πρέπει να την περιλαμβάνει ({example}).</translation>
    </message>
    <message>
        <source>--column {value}: write FIELD=HEADER, e.g. {example}.</source>
        <translation>--column {value}: γράψτε FIELD=HEADER, π.χ. {example}.</translation>
    </message>
    <message>
        <source>--column {value}: {field} is not a field; the fields are {fields}.</source>
        <translation>--column {value}: το {field} δεν είναι πεδίο· τα πεδία είναι: {fields}.</translation>
    </message>
    <message>
        <source>--column {field} is given twice; give each field once.</source>
        <translation>Το --column {field} δίνεται δύο φορές· δώστε κάθε πεδίο μία φορά.</translation>
    </message>
    <message>
        <source>--delimiter {value} is not a delimiter; give one character or comma, semicolon, tab or pipe.</source>
        <extracomment>comma, semicolon, tab and pipe are the names --delimiter takes: keep them</extracomment>
        <translation>Το --delimiter {value} δεν είναι διαχωριστικό· δώστε έναν χαρακτήρα ή comma, semicolon, tab ή pipe.</translation>
    </message>
    <message>
        <source>--encoding {value} is not an encoding this app knows; give e.g. utf-8 or cp1252.</source>
        <translation>Το --encoding {value} δεν είναι κωδικοποίηση που γνωρίζει αυτή η εφαρμογή· δώστε π.χ. utf-8 ή cp1252.</translation>
    </message>
    <message>
        <source>the backup could not be written: {reason}</source>
        <translation>το αντίγραφο ασφαλείας δεν μπόρεσε να γραφτεί: {reason}</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose death is recorded.</source>
        <translation>Απαιτείται --patient-id ID: ο ασθενής του οποίου καταγράφεται ο θάνατος.</translation>
    </message>
    <message>
        <source>Saved: death record {id} ({date}).</source>
        <translation>Αποθηκεύτηκε: εγγραφή θανάτου {id} ({date}).</translation>
    </message>
    <message>
        <source>--age and --phenotype come from the stored assessment when the checklist is saved; leave them out with --save.</source>
        <translation>Τα --age και --phenotype (ηλικία και φαινότυπος) λαμβάνονται από την αποθηκευμένη αξιολόγηση όταν αποθηκεύεται ο κατάλογος ελέγχου· με το --save παραλείψτε τα.</translation>
    </message>
    <message>
        <source>--phenotype: &apos;{value}&apos; is not one of {choices}.</source>
        <translation>--phenotype: το &apos;{value}&apos; δεν είναι ένας από τους φαινοτύπους {choices}.</translation>
    </message>
    <message>
        <source>--answer: &apos;{value}&apos; does not name a criterion; write KEY=yes, KEY=no or KEY=unknown with a KEY from {help}.</source>
        <extracomment>yes, no and unknown are the answers --answer takes: keep them</extracomment>
        <translation>--answer: το &apos;{value}&apos; δεν κατονομάζει κριτήριο· γράψτε KEY=yes, KEY=no ή KEY=unknown με ένα KEY από το {help}.</translation>
    </message>
    <message>
        <source>--answer: &apos;{value}&apos; is not answered yes, no or unknown.</source>
        <extracomment>yes, no and unknown are the answers --answer takes: keep them</extracomment>
        <translation>--answer: το &apos;{value}&apos; δεν έχει απάντηση yes, no ή unknown.</translation>
    </message>
    <message>
        <source>--answer: {key} is answered twice; keep one answer.</source>
        <translation>--answer: το {key} έχει απαντηθεί δύο φορές· κρατήστε μία απάντηση.</translation>
    </message>
    <message>
        <source>Saved: eligibility checklist record {id}, with assessment {assessment}.</source>
        <translation>Αποθηκεύτηκε: εγγραφή καταλόγου ελέγχου επιλεξιμότητας {id}, με την αξιολόγηση {assessment}.</translation>
    </message>
    <message>
        <source>{name}: {citation}</source>
        <translation>{name}: {citation}</translation>
    </message>
    <message>
        <source>doi:{doi}  {registry}  evidence version {version}</source>
        <translation>doi:{doi}  {registry}  έκδοση τεκμηρίωσης {version}</translation>
    </message>
    <message>
        <source>Methods: {methods}.</source>
        <translation>Μέθοδοι: {methods}.</translation>
    </message>
    <message>
        <source>Published figures agree when within one unit of their last printed digit.</source>
        <translation>Οι δημοσιευμένοι αριθμοί θεωρείται ότι συμφωνούν όταν απέχουν έως μία μονάδα του τελευταίου τυπωμένου ψηφίου τους.</translation>
    </message>
    <message>
        <source>Known discrepancies in the publication and in circulating summaries:</source>
        <translation>Γνωστές ασυμφωνίες στη δημοσίευση και σε περιλήψεις που κυκλοφορούν:</translation>
    </message>
    <message>
        <source>{label}: {treated} {treated_events}/{treated_total} vs {control} {control_events}/{control_total}</source>
        <translation>{label}: {treated} {treated_events}/{treated_total} έναντι {control} {control_events}/{control_total}</translation>
    </message>
    <message>
        <source>NO</source>
        <extracomment>a published figure disagrees with its recomputation (capitals: it must stand out)</extracomment>
        <translation>ΟΧΙ</translation>
    </message>
    <message>
        <source>comparison / figure</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>σύγκριση / αριθμός</translation>
    </message>
    <message>
        <source>published</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>δημοσιευμένο</translation>
    </message>
    <message>
        <source>recomputed</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>επανυπολογισμένο</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>συμφωνεί</translation>
    </message>
    <message>
        <source>p value (Fisher exact)</source>
        <translation>τιμή p (ακριβής Fisher)</translation>
    </message>
    <message>
        <source>odds ratio (Woolf CI)</source>
        <translation>λόγος σχετικών πιθανοτήτων (ΔΕ κατά Woolf)</translation>
    </message>
    <message>
        <source>{figure} [printed as control − treated]</source>
        <translation>{figure} [τυπώθηκε ως ομάδα ελέγχου − θεραπεία]</translation>
    </message>
    <message>
        <source>risk difference, pp (Newcombe CI)</source>
        <translation>διαφορά κινδύνου, εκατοστιαίες μονάδες (ΔΕ κατά Newcombe)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {n} assessments of patient {patient} as a FHIR R4 Bundle.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Wrote {path}: {n} assessment of patient {patient} as a FHIR R4 Bundle..</extracomment>
        <translation>
            <numerusform>Γράφτηκε το {path}: {n} αξιολόγηση του ασθενούς {patient} ως FHIR R4 Bundle.</numerusform>
            <numerusform>Γράφτηκε το {path}: {n} αξιολογήσεις του ασθενούς {patient} ως FHIR R4 Bundle.</numerusform>
        </translation>
    </message>
    <message>
        <source>--patient-id: a patient identifier is needed</source>
        <translation>--patient-id: απαιτείται αναγνωριστικό ασθενούς</translation>
    </message>
    <message>
        <source>--out: {path} exists; add --force to replace it</source>
        <translation>--out: το {path} υπάρχει· προσθέστε --force για να αντικατασταθεί</translation>
    </message>
    <message>
        <source>--out: {path} is not a regular file</source>
        <translation>--out: το {path} δεν είναι κανονικό αρχείο</translation>
    </message>
    <message>
        <source>--out: {path} cannot be written ({reason})</source>
        <translation>--out: δεν είναι δυνατή η εγγραφή του {path} ({reason})</translation>
    </message>
    <message>
        <source>--pdf: {path} cannot be read ({reason})</source>
        <translation>--pdf: το {path} δεν μπορεί να διαβαστεί ({reason})</translation>
    </message>
    <message>
        <source>no stored assessments for patient {patient}; nothing written</source>
        <translation>καμία αποθηκευμένη αξιολόγηση για τον ασθενή {patient}· δεν γράφτηκε τίποτα</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>καμία τιμή</translation>
    </message>
    <message>
        <source>#{id}  {when} (sampled)  {result}  ({values}; rule set {ruleset})</source>
        <translation>#{id}  {when} (λήψη)  {result}  ({values}· σύνολο κανόνων {ruleset})</translation>
    </message>
    <message>
        <source>#{id}  {when} (assessed)  {result}  ({values}; rule set {ruleset})</source>
        <translation>#{id}  {when} (αξιολόγηση)  {result}  ({values}· σύνολο κανόνων {ruleset})</translation>
    </message>
    <message>
        <source>{entry} [{notes}]</source>
        <extracomment>a stored assessment&apos;s line followed by its corrections / entered-in-error marks</extracomment>
        <translation>{entry} [{notes}]</translation>
    </message>
    <message>
        <source>No stored assessments for patient {patient}.</source>
        <translation>Καμία αποθηκευμένη αξιολόγηση για τον ασθενή {patient}.</translation>
    </message>
    <message numerus="yes">
        <source>Patient {patient}: {n} assessments, oldest first</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Patient {patient}: {n} assessment, oldest first.</extracomment>
        <translation>
            <numerusform>Ασθενής {patient}: {n} αξιολόγηση, πρώτα η παλαιότερη</numerusform>
            <numerusform>Ασθενής {patient}: {n} αξιολογήσεις, πρώτα η παλαιότερη</numerusform>
        </translation>
    </message>
    <message>
        <source>ferritin {value} {unit}</source>
        <translation>φερριτίνη {value} {unit}</translation>
    </message>
    <message>
        <source>HLA-DR {value} {unit}</source>
        <translation>HLA-DR {value} {unit}</translation>
    </message>
    <message>
        <source>Saved: HScore record {id}, with assessment {assessment}.</source>
        <translation>Αποθηκεύτηκε: εγγραφή HScore {id}, με την αξιολόγηση {assessment}.</translation>
    </message>
    <message>
        <source>Files stored: {files} (assessments: {n}); moved to failed/: {failed}.</source>
        <translation>Αρχεία που αποθηκεύτηκαν: {files} (αξιολογήσεις: {n})· μετακινήθηκαν στο failed/: {failed}.</translation>
    </message>
    <message>
        <source>Report written: {path} ({phenotype})</source>
        <translation>Η αναφορά γράφτηκε: {path} ({phenotype})</translation>
    </message>
    <message>
        <source>--patient-id: a patient identifier is needed on the report</source>
        <translation>--patient-id: απαιτείται αναγνωριστικό ασθενούς στην αναφορά</translation>
    </message>
    <message>
        <source>--patient-id: training reports use synthetic identifiers of the form DEMO-nnn, never a real patient&apos;s</source>
        <translation>--patient-id: οι αναφορές εκπαίδευσης χρησιμοποιούν συνθετικά αναγνωριστικά της μορφής DEMO-nnn, ποτέ ενός πραγματικού ασθενούς</translation>
    </message>
    <message>
        <source>--patient-id: DEMO-nnn identifiers are reserved for training; add --demo</source>
        <translation>--patient-id: τα αναγνωριστικά DEMO-nnn προορίζονται αποκλειστικά για εκπαίδευση· προσθέστε --demo</translation>
    </message>
    <message>
        <source>--case needs --demo (training cases are synthetic)</source>
        <translation>Το --case απαιτεί --demo (τα περιστατικά εκπαίδευσης είναι συνθετικά)</translation>
    </message>
    <message>
        <source>--case takes its values from the training case; drop {option}</source>
        <translation>Το --case λαμβάνει τις τιμές του από το περιστατικό εκπαίδευσης· αφαιρέστε το {option}</translation>
    </message>
    <message>
        <source>--case: no training case {case}; see {command}</source>
        <translation>--case: δεν υπάρχει περιστατικό εκπαίδευσης {case}· δείτε {command}</translation>
    </message>
    <message>
        <source>--out: {path} exists; not overwritten (use --force to replace it)</source>
        <translation>--out: το {path} υπάρχει· δεν αντικαταστάθηκε (χρησιμοποιήστε --force για να αντικατασταθεί)</translation>
    </message>
    <message>
        <source>--out: cannot write {path}: {reason}</source>
        <translation>--out: δεν είναι δυνατή η εγγραφή του {path}: {reason}</translation>
    </message>
    <message>
        <source>--birth-date: {reason}</source>
        <translation>--birth-date: {reason}</translation>
    </message>
    <message>
        <source>not written</source>
        <extracomment>in place of a file name: the file was not written</extracomment>
        <translation>δεν γράφτηκε</translation>
    </message>
    <message>
        <source>Index: {path}</source>
        <translation>Ευρετήριο: {path}</translation>
    </message>
    <message>
        <source>Cohort summary: {path}</source>
        <translation>Σύνοψη κοόρτης: {path}</translation>
    </message>
    <message>
        <source>All reports in one file (to print): {path}</source>
        <translation>Όλες οι αναφορές σε ένα αρχείο (για εκτύπωση): {path}</translation>
    </message>
    <message>
        <source>--workers must be at least 1</source>
        <translation>Το --workers πρέπει να είναι τουλάχιστον 1</translation>
    </message>
    <message>
        <source>Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: {rejected}; not done (cancelled): {cancelled}</source>
        <translation>Γραμμές: {total}· αναφορές που γράφτηκαν: {written}· απέτυχαν: {failed}· απορρίφθηκαν κατά την εισαγωγή: {rejected}· δεν έγιναν (ακύρωση): {cancelled}</translation>
    </message>
    <message>
        <source>Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: {rejected}</source>
        <translation>Γραμμές: {total}· αναφορές που γράφτηκαν: {written}· απέτυχαν: {failed}· απορρίφθηκαν κατά την εισαγωγή: {rejected}</translation>
    </message>
    <message>
        <source>Reports: {percent} %</source>
        <translation>Αναφορές: {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>--out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use --force or an empty folder</source>
        <comment>plural</comment>
        <extracomment>Singular (English): --out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use --force or an empty folder. English keeps &quot;file(s)&quot; in both forms (scripts read the line); word each properly</extracomment>
        <translation>
            <numerusform>--out-dir: {n} αρχείο που θα έγραφε αυτή η παρτίδα υπάρχει ήδη (π.χ. {file})· χρησιμοποιήστε --force ή κενό φάκελο</numerusform>
            <numerusform>--out-dir: {n} αρχεία που θα έγραφε αυτή η παρτίδα υπάρχουν ήδη (π.χ. {file})· χρησιμοποιήστε --force ή κενό φάκελο</numerusform>
        </translation>
    </message>
    <message>
        <source>--out-dir: cannot write to {path}: {reason}</source>
        <translation>--out-dir: δεν είναι δυνατή η εγγραφή στο {path}: {reason}</translation>
    </message>
    <message>
        <source>row {row}: {outcome}: {reason}</source>
        <translation>γραμμή {row}: {outcome}: {reason}</translation>
    </message>
    <message>
        <source>two stored SOFA values share one day; mark one entered in error (&apos;immunosep score-records --mark-in-error&apos;).</source>
        <translation>δύο αποθηκευμένες τιμές SOFA αφορούν την ίδια ημέρα· επισημάνετε μία ως εσφαλμένη καταχώριση (&apos;immunosep score-records --mark-in-error&apos;).</translation>
    </message>
    <message>
        <source>a stored SOFA total is outside 0 to 24.</source>
        <translation>ένα αποθηκευμένο σύνολο SOFA είναι εκτός του εύρους 0 έως 24.</translation>
    </message>
    <message>
        <source>a stored SOFA rests on an impossible number of organ systems.</source>
        <translation>ένα αποθηκευμένο SOFA βασίζεται σε αδύνατο αριθμό οργανικών συστημάτων.</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose SOFA course is read.</source>
        <translation>Απαιτείται --patient-id ID: ο ασθενής του οποίου διαβάζεται η πορεία SOFA.</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose records are listed.</source>
        <translation>Απαιτείται --patient-id ID: ο ασθενής του οποίου παρατίθενται οι εγγραφές.</translation>
    </message>
    <message>
        <source>--mark-in-error: &apos;{kind}&apos; is not a kind of score record; use one of {kinds}.</source>
        <translation>--mark-in-error: το &apos;{kind}&apos; δεν είναι είδος εγγραφής βαθμολογίας· χρησιμοποιήστε ένα από τα {kinds}.</translation>
    </message>
    <message>
        <source>--mark-in-error: &apos;{value}&apos; is not a record id (a whole number, as listed by this command).</source>
        <translation>--mark-in-error: το &apos;{value}&apos; δεν είναι αναγνωριστικό εγγραφής (ακέραιος αριθμός, όπως τον παραθέτει αυτή η εντολή).</translation>
    </message>
    <message>
        <source>--mark-in-error needs --reason TEXT: a mark says why.</source>
        <translation>Το --mark-in-error απαιτεί --reason TEXT: μια σήμανση αναφέρει την αιτιολογία της.</translation>
    </message>
    <message>
        <source>--reason goes with --mark-in-error KIND RECORD.</source>
        <translation>Το --reason δίνεται μαζί με --mark-in-error KIND RECORD.</translation>
    </message>
    <message>
        <source>--day: &apos;{value}&apos; is not a study day (day 1 is the day of phenotyping); give a whole number of {low} or more.</source>
        <translation>--day: το &apos;{value}&apos; δεν είναι ημέρα μελέτης (η ημέρα 1 είναι η ημέρα της φαινοτύπησης)· δώστε ακέραιο αριθμό {low} ή μεγαλύτερο.</translation>
    </message>
    <message>
        <source>--total: &apos;{value}&apos; is not a SOFA total; give a whole number from {low} to {high}.</source>
        <translation>--total: το &apos;{value}&apos; δεν είναι σύνολο SOFA· δώστε ακέραιο αριθμό από {low} έως {high}.</translation>
    </message>
    <message>
        <source>--components: &apos;{value}&apos; is not a number of organ systems; give a whole number from {low} to {high}.</source>
        <translation>--components: το &apos;{value}&apos; δεν είναι αριθμός οργανικών συστημάτων· δώστε ακέραιο αριθμό από {low} έως {high}.</translation>
    </message>
    <message>
        <source>--day and --date place a stored SOFA: add --patient-id ID --save.</source>
        <translation>Τα --day και --date ορίζουν την ημέρα ενός αποθηκευμένου SOFA: προσθέστε --patient-id ID --save.</translation>
    </message>
    <message>
        <source>--total is a value to store: add --patient-id ID --save.</source>
        <translation>Το --total είναι τιμή προς αποθήκευση: προσθέστε --patient-id ID --save.</translation>
    </message>
    <message>
        <source>--total: give either a total or the calculator&apos;s values ({options}), not both.</source>
        <translation>--total: δώστε είτε σύνολο είτε τις τιμές του υπολογιστή ({options}), όχι και τα δύο.</translation>
    </message>
    <message>
        <source>--components goes with --total (the organ systems a typed total rests on).</source>
        <translation>Το --components δίνεται μαζί με --total (τα οργανικά συστήματα στα οποία βασίζεται ένα πληκτρολογημένο σύνολο).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>· </translation>
    </message>
    <message>
        <source>no ferritin or HLA-DR column and no test/value columns were recognised; name them with --column FIELD=HEADER</source>
        <translation>δεν αναγνωρίστηκε ούτε στήλη φερριτίνης ή HLA-DR ούτε στήλες εξέτασης/τιμής· υποδείξτε τις με --column FIELD=HEADER</translation>
    </message>
    <message>
        <source>the file has both ferritin/HLA-DR columns and test/value columns; choose the layout</source>
        <translation>το αρχείο έχει και στήλες φερριτίνης/HLA-DR και στήλες εξέτασης/τιμής· επιλέξτε τη διάταξη</translation>
    </message>
    <message>
        <source>unknown field {field!r}; fields are: {fields}</source>
        <translation>άγνωστο πεδίο {field!r}· τα πεδία είναι: {fields}</translation>
    </message>
    <message>
        <source>no column is headed {header!r} (for {field}); the columns are: {columns}</source>
        <translation>καμία στήλη δεν έχει κεφαλίδα {header!r} (για το πεδίο {field})· οι στήλες είναι: {columns}</translation>
    </message>
    <message>
        <source>{count} columns are headed {header!r}; rename one in the file</source>
        <translation>{count} στήλες έχουν κεφαλίδα {header!r}· μετονομάστε μία από αυτές στο αρχείο</translation>
    </message>
    <message>
        <source>columns {first!r} and {second!r} could both be {field}; choose one (--column {field}=HEADER)</source>
        <translation>οι στήλες {first!r} και {second!r} θα μπορούσαν και οι δύο να είναι το πεδίο {field}· επιλέξτε μία (--column {field}=HEADER)</translation>
    </message>
    <message>
        <source>columns {columns} could all be {field}; choose one (--column {field}=HEADER)</source>
        <translation>οι στήλες {columns} θα μπορούσαν όλες να είναι το πεδίο {field}· επιλέξτε μία (--column {field}=HEADER)</translation>
    </message>
    <message>
        <source>{field} is not used in {layout} layout</source>
        <translation>το πεδίο {field} δεν χρησιμοποιείται στη διάταξη {layout}</translation>
    </message>
    <message>
        <source>no {name} column found; name it with --column {field}=HEADER (columns: {columns})</source>
        <translation>δεν βρέθηκε στήλη {name}· υποδείξτε την με --column {field}=HEADER (στήλες: {columns})</translation>
    </message>
    <message>
        <source>layout must be &apos;wide&apos; or &apos;long&apos;, not {layout!r}</source>
        <translation>η διάταξη πρέπει να είναι &apos;wide&apos; (πλατιά) ή &apos;long&apos; (μακριά), όχι {layout!r}</translation>
    </message>
    <message>
        <source>wide layout needs a ferritin or HLA-DR column (--column ferritin=HEADER)</source>
        <translation>η πλατιά διάταξη απαιτεί στήλη φερριτίνης ή HLA-DR (--column ferritin=HEADER)</translation>
    </message>
    <message>
        <source>long layout needs a test (name or LOINC code) and a value column (--column test=HEADER --column value=HEADER)</source>
        <translation>η μακριά διάταξη απαιτεί στήλη εξέτασης (όνομα ή κωδικός LOINC) και στήλη τιμής (--column test=HEADER --column value=HEADER)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>κόμμα &apos;,&apos;</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>ερωτηματικό &apos;;&apos;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>στηλοθέτης (tab)</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>κάθετη γραμμή &apos;|&apos;</translation>
    </message>
    <message>
        <source>{file} contains no rows</source>
        <translation>{file}: το αρχείο δεν περιέχει γραμμές</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes: it is not a text export (or UTF-16 without byte-order mark: give the encoding)</source>
        <translation>{file}: το αρχείο περιέχει byte NUL: δεν είναι εξαγωγή κειμένου (ή είναι κείμενο UTF-16 χωρίς σήμα σειράς byte: δώστε την κωδικοποίηση)</translation>
    </message>
    <message>
        <source>{file} mixes encodings: line {utf8_line} is UTF-8 but line {other_line} is not; save the file again in one encoding, or give the encoding if you know it</source>
        <translation>{file}: το αρχείο αναμειγνύει κωδικοποιήσεις: η γραμμή {utf8_line} είναι UTF-8, αλλά η γραμμή {other_line} όχι· αποθηκεύστε ξανά το αρχείο σε μία κωδικοποίηση ή δώστε την κωδικοποίηση, αν τη γνωρίζετε</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252; give the encoding (e.g. latin-1)</source>
        <translation>{file}: το αρχείο δεν είναι ούτε UTF-8 ούτε Windows-1252· δώστε την κωδικοποίηση (π.χ. latin-1)</translation>
    </message>
    <message>
        <source>{file}: no delimiter (comma, semicolon, tab, pipe) splits the header into columns; give the delimiter</source>
        <translation>{file}: κανένα διαχωριστικό (κόμμα &apos;,&apos;, ερωτηματικό &apos;;&apos;, στηλοθέτης, κάθετη γραμμή &apos;|&apos;) δεν χωρίζει την κεφαλίδα σε στήλες· δώστε το διαχωριστικό</translation>
    </message>
    <message>
        <source>{file}: both {first} and {second} could be the delimiter; give the delimiter</source>
        <translation>{file}: το διαχωριστικό θα μπορούσε να είναι είτε {first} είτε {second}· δώστε το διαχωριστικό</translation>
    </message>
    <message>
        <source>{file} starts with a {encoding} byte-order mark but byte {byte} is not valid {encoding}</source>
        <translation>{file}: το αρχείο αρχίζει με σήμα σειράς byte (BOM) {encoding}, αλλά το byte {byte} δεν είναι έγκυρο {encoding}</translation>
    </message>
    <message>
        <source>delimiter must be one character, got {delimiter!r}</source>
        <translation>το διαχωριστικό πρέπει να είναι ένας χαρακτήρας· δόθηκε {delimiter!r}</translation>
    </message>
    <message>
        <source>{file}, line {line}: malformed CSV ({error}); fix the file and import again</source>
        <translation>{file}, γραμμή {line}: μη έγκυρο CSV ({error})· διορθώστε το αρχείο και εισαγάγετέ το ξανά</translation>
    </message>
    <message>
        <source>unknown encoding {encoding!r}</source>
        <translation>άγνωστη κωδικοποίηση {encoding!r}</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} (byte {byte} cannot be decoded); check the encoding</source>
        <translation>{file}: το αρχείο δεν είναι έγκυρο {encoding} (το byte {byte} δεν μπορεί να αποκωδικοποιηθεί)· ελέγξτε την κωδικοποίηση</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: δεν μπορεί να διαβαστεί ({error})</translation>
    </message>
    <message>
        <source>{file}: the quoted cell that starts on line {line} is never closed (unmatched quote); fix the file and import again</source>
        <translation>{file}: το κελί σε εισαγωγικά που αρχίζει στη γραμμή {line} δεν κλείνει ποτέ (εισαγωγικό χωρίς το αντίστοιχο κλείσιμο)· διορθώστε το αρχείο και εισαγάγετέ το ξανά</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet!r} is empty</source>
        <translation>{file}: το φύλλο {sheet!r} είναι κενό</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({error}); save it again from the spreadsheet program</source>
        <translation>{file}: το αρχείο δεν μπορεί να διαβαστεί ως υπολογιστικό φύλλο ({error})· αποθηκεύστε το ξανά από το πρόγραμμα υπολογιστικών φύλλων</translation>
    </message>
    <message>
        <source>{file} has no worksheet</source>
        <translation>{file}: το αρχείο δεν έχει φύλλο εργασίας</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet!r}; sheets: {sheets}</source>
        <translation>{file}: το αρχείο δεν έχει φύλλο με όνομα {sheet!r}· φύλλα: {sheets}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet!r} cannot be read ({error})</source>
        <translation>{file}, φύλλο {sheet!r}: δεν μπορεί να διαβαστεί ({error})</translation>
    </message>
    <message>
        <source>{file}: FHIR JSON must be UTF-8 and this file is not</source>
        <translation>{file}: το FHIR JSON πρέπει να είναι σε UTF-8 και αυτό το αρχείο δεν είναι</translation>
    </message>
    <message>
        <source>{file}: the key &apos;{key}&apos; appears twice in one JSON object; which one holds is undefined, so the file is not read</source>
        <translation>{file}: το κλειδί &apos;{key}&apos; εμφανίζεται δύο φορές στο ίδιο αντικείμενο JSON· ποιο ισχύει δεν ορίζεται, επομένως το αρχείο δεν διαβάζεται</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {detail})</source>
        <translation>{file}: μη έγκυρο JSON (γραμμή {line}, στήλη {column}: {detail})</translation>
    </message>
    <message>
        <source>{file}: JSON nested too deeply</source>
        <translation>{file}: το JSON έχει υπερβολικά βαθιά ένθεση</translation>
    </message>
    <message>
        <source>{file}: not a FHIR resource; a Bundle or an Observation is needed</source>
        <translation>{file}: δεν είναι πόρος FHIR· απαιτείται Bundle ή Observation</translation>
    </message>
    <message>
        <source>{file}: Bundle.entry must be a list of objects</source>
        <translation>{file}: το Bundle.entry πρέπει να είναι λίστα αντικειμένων</translation>
    </message>
    <message>
        <source>{file}: not a valid FHIR R4 Bundle: {problems}</source>
        <translation>{file}: μη έγκυρο FHIR R4 Bundle: {problems}</translation>
    </message>
    <message>
        <source>{file}: a {kind} resource; a Bundle or an Observation is needed</source>
        <translation>{file}: πόρος {kind}· απαιτείται Bundle ή Observation</translation>
    </message>
    <message>
        <source>{file}: the file contains NUL bytes (binary, or UTF-16 text); HL7 v2 files are 8-bit text</source>
        <translation>{file}: το αρχείο περιέχει byte NUL (δυαδικό ή κείμενο UTF-16)· τα αρχεία HL7 v2 είναι κείμενο 8 bit</translation>
    </message>
    <message>
        <source>{file}: the file holds no HL7 segments</source>
        <translation>{file}: το αρχείο δεν περιέχει τμήματα HL7</translation>
    </message>
    <message>
        <source>{file}: no HL7 message (MSH segment) in the file</source>
        <translation>{file}: κανένα μήνυμα HL7 (τμήμα MSH) στο αρχείο</translation>
    </message>
    <message>
        <source>{file} is not a valid spreadsheet (damaged zip container); save it again from the spreadsheet program</source>
        <translation>{file}: το αρχείο δεν είναι έγκυρο υπολογιστικό φύλλο (κατεστραμμένος περιέκτης zip)· αποθηκεύστε το ξανά από το πρόγραμμα υπολογιστικών φύλλων</translation>
    </message>
    <message>
        <source>{file} cannot be unpacked ({error})</source>
        <translation>{file}: το αρχείο δεν μπορεί να αποσυμπιεστεί ({error})</translation>
    </message>
    <message>
        <source>{file} is not an Excel or OpenDocument spreadsheet (XLSX, XLSM, XLSB, XLS, ODS)</source>
        <translation>{file}: το αρχείο δεν είναι υπολογιστικό φύλλο Excel ή OpenDocument (XLSX, XLSM, XLSB, XLS, ODS)</translation>
    </message>
    <message>
        <source>{file}: is not a file</source>
        <translation>{file}: δεν είναι αρχείο</translation>
    </message>
    <message>
        <source>{file} is {size} MB; files over {limit} MB are not imported (split the export or raise the limit)</source>
        <translation>{file}: {size} MB· αρχεία άνω των {limit} MB δεν εισάγονται (χωρίστε την εξαγωγή ή αυξήστε το όριο)</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file}: το αρχείο είναι κενό</translation>
    </message>
    <message>
        <source>{file}: file not found.</source>
        <translation>{file}: το αρχείο δεν βρέθηκε.</translation>
    </message>
    <message>
        <source>{file}: cannot be opened ({error})</source>
        <translation>{file}: δεν μπορεί να ανοιχτεί ({error})</translation>
    </message>
    <message>
        <source>{file} contains {parts} parts; this is not a normal spreadsheet</source>
        <translation>{file}: το αρχείο περιέχει {parts} μέρη· δεν πρόκειται για συνηθισμένο υπολογιστικό φύλλο</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB; over the limit of {limit} MB</source>
        <translation>{file}: το αρχείο αποσυμπιέζεται σε {size} MB· υπερβαίνει το όριο των {limit} MB</translation>
    </message>
    <message>
        <source>{file}: part {part!r} is compressed {ratio}:1; refused as a possible zip bomb</source>
        <translation>{file}: το μέρος {part!r} είναι συμπιεσμένο σε αναλογία {ratio}:1· απορρίφθηκε ως πιθανή βόμβα zip (zip bomb)</translation>
    </message>
    <message>
        <source>{file}: part {part!r} declares XML entities (DOCTYPE); refused (billion-laughs protection)</source>
        <translation>{file}: το μέρος {part!r} δηλώνει οντότητες XML (DOCTYPE)· απορρίφθηκε (προστασία από επίθεση billion laughs)</translation>
    </message>
    <message>
        <source>{options} cannot be used with a {format} file: its messages carry their own units, numbers and times</source>
        <translation>με αρχείο {format} δεν επιτρέπονται οι επιλογές {options}: τα μηνύματά του φέρουν τις δικές τους μονάδες, αριθμούς και χρόνους</translation>
    </message>
    <message>
        <source>{file}: the header has {width} columns; more than {limit} are not read (is this a laboratory export?)</source>
        <translation>{file}: η κεφαλίδα έχει {width} στήλες· περισσότερες από {limit} στήλες δεν διαβάζονται (είναι αυτό εξαγωγή εργαστηρίου;)</translation>
    </message>
    <message>
        <source>more than {limit} data rows; split the export or raise the row limit</source>
        <translation>περισσότερες από {limit} γραμμές δεδομένων· χωρίστε την εξαγωγή ή αυξήστε το όριο γραμμών</translation>
    </message>
    <message>
        <source>format must be one of {formats}, not {format!r}</source>
        <translation>η μορφή πρέπει να είναι μία από τις {formats}, όχι {format!r}</translation>
    </message>
    <message>
        <source>{file}: the spreadsheet reader ran out of memory; the sheet is too large to read (export it as CSV)</source>
        <translation>{file}: η διεργασία ανάγνωσης του υπολογιστικού φύλλου εξάντλησε τη μνήμη· το φύλλο είναι πολύ μεγάλο για να διαβαστεί (εξαγάγετέ το ως CSV)</translation>
    </message>
    <message>
        <source>a worksheet part is not XML</source>
        <translation>ένα μέρος φύλλου εργασίας δεν είναι XML</translation>
    </message>
    <message>
        <source>{file}: the spreadsheet reader stopped (exit status {status}) before it could read the sheet: the sheet is too large or damaged; save it again from the spreadsheet program, or export it as CSV</source>
        <translation>{file}: η διεργασία ανάγνωσης του υπολογιστικού φύλλου σταμάτησε (κατάσταση εξόδου {status}) πριν διαβάσει το φύλλο: το φύλλο είναι πολύ μεγάλο ή κατεστραμμένο· αποθηκεύστε το ξανά από το πρόγραμμα υπολογιστικών φύλλων ή εξαγάγετέ το ως CSV</translation>
    </message>
    <message>
        <source>{file}: a worksheet ({part}) reaches cell {cell} ({rows} rows × {cols} columns); sheets wider than {max_cols} columns or larger than {max_cells} cells are not read (delete the far cells or export only the results)</source>
        <translation>{file}: ένα φύλλο εργασίας ({part}) φτάνει έως το κελί {cell} ({rows} γραμμές × {cols} στήλες)· φύλλα με περισσότερες από {max_cols} στήλες ή περισσότερα από {max_cells} κελιά δεν διαβάζονται (διαγράψτε τα απομακρυσμένα κελιά ή εξαγάγετε μόνο τα αποτελέσματα)</translation>
    </message>
    <message>
        <source>the time format must include the time of day (%H:%M)</source>
        <translation>η μορφή χρόνου πρέπει να περιλαμβάνει την ώρα (%H:%M)</translation>
    </message>
    <message>
        <source>Newcombe hybrid score</source>
        <translation>Υβριδική μέθοδος score του Newcombe</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence does not apply to this patient.</source>
        <translation>Τα τεκμήρια της ImmunoSep δεν ισχύουν για αυτόν τον ασθενή.</translation>
    </message>
    <message>
        <source>Patient history — ImmunoSep phenotypes</source>
        <translation>Ιστορικό ασθενούς — φαινότυποι ImmunoSep</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Ασθενής: {patient}</translation>
    </message>
    <message>
        <source>ImmunoSep Phenotyper {version}</source>
        <translation>ImmunoSep Phenotyper {version}</translation>
    </message>
    <message>
        <source>Generated {when}</source>
        <translation>Εκδόθηκε {when}</translation>
    </message>
    <message>
        <source>Patient history</source>
        <translation>Ιστορικό ασθενούς</translation>
    </message>
    <message>
        <source>Patient identifier (as entered):</source>
        <translation>Αναγνωριστικό ασθενούς (όπως εισήχθη):</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Εκδόθηκε:</translation>
    </message>
    <message>
        <source>{change} ({when})</source>
        <translation>{change} ({when})</translation>
    </message>
    <message>
        <source>Phenotype changes: {changes}</source>
        <translation>Αλλαγές φαινοτύπου: {changes}</translation>
    </message>
    <message>
        <source>Markers: triangle MALS, square immunoparalysis, circle unclassified, cross cannot classify; open markers are censored values at their bound. Dashed lines: entry thresholds (ferritin 4420 ng/mL, HLA-DR 5000 AB/C). Only current versions are drawn.</source>
        <translation>Σημάδια: τρίγωνο MALS, τετράγωνο ανοσοπαράλυση, κύκλος αταξινόμητο, σταυρός αδύνατη η ταξινόμηση· τα ανοιχτά σημάδια είναι λογοκριμένες τιμές στο όριό τους. Διακεκομμένες γραμμές: όρια ένταξης (φερριτίνη 4420 ng/mL, HLA-DR 5000 AB/C). Σχεδιάζονται μόνο οι τρέχουσες εκδόσεις.</translation>
    </message>
    <message>
        <source>Decision support only: the treating clinician decides.</source>
        <translation>Μόνο υποστήριξη αποφάσεων: αποφασίζει ο θεράπων ιατρός.</translation>
    </message>
    <message>
        <source>Ferritin, ng/mL (logarithmic scale)</source>
        <translation>Φερριτίνη, ng/mL (λογαριθμική κλίμακα)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR, AB/C</source>
        <translation>HLA-DR μονοκυττάρων, AB/C</translation>
    </message>
    <message>
        <source>No values to draw: no current assessment has ferritin or HLA-DR in AB/C.</source>
        <translation>Δεν υπάρχουν τιμές για σχεδίαση: καμία τρέχουσα αξιολόγηση δεν έχει φερριτίνη ή HLA-DR σε AB/C.</translation>
    </message>
    <message>
        <source>Daily SOFA and the day-9 measure (day 1 = {date}, the day of phenotyping)</source>
        <translation>Ημερήσιο SOFA και ο δείκτης της ημέρας 9 (ημέρα 1 = {date}, η ημέρα της φαινοτύπησης)</translation>
    </message>
    <message>
        <source>No stored assessments.</source>
        <translation>Δεν υπάρχουν αποθηκευμένες αξιολογήσεις.</translation>
    </message>
    <message>
        <source>Sampled (or assessed)</source>
        <translation>Λήψη (ή αξιολόγηση)</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Φερριτίνη</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>{when} ({basis})</source>
        <translation>{when} ({basis})</translation>
    </message>
    <message>
        <source>The {n} oldest assessments are not shown; the window lists them all.</source>
        <translation>Δεν εμφανίζονται οι {n} παλαιότερες αξιολογήσεις· το παράθυρο τις παραθέτει όλες.</translation>
    </message>
    <message>
        <source>The stored scores (eligibility, daily SOFA, HScore) could not be read and are not printed: {reason}</source>
        <translation>Οι αποθηκευμένες βαθμολογίες (επιλεξιμότητα, ημερήσιο SOFA, HScore) δεν μπόρεσαν να διαβαστούν και δεν τυπώνονται: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>λήψη</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>αξιολόγηση</translation>
    </message>
    <message>
        <source>{text!r} is not a date of the form YYYY-MM-DD (e.g. 1958-03-14); other forms are ambiguous and never guessed</source>
        <translation>το {text!r} δεν είναι ημερομηνία της μορφής ΕΕΕΕ-ΜΜ-ΗΗ (π.χ. 1958-03-14)· άλλες μορφές είναι αμφίσημες και η εφαρμογή δεν τις μαντεύει ποτέ</translation>
    </message>
    <message>
        <source>Not a diagnosis and not a prescription: check every value against the laboratory report.</source>
        <translation>Δεν αποτελεί διάγνωση ούτε συνταγή: ελέγξτε κάθε τιμή με την εργαστηριακή αναφορά.</translation>
    </message>
    <message>
        <source>NEAR THRESHOLD</source>
        <translation>ΚΟΝΤΑ ΣΤΟ ΟΡΙΟ</translation>
    </message>
    <message>
        <source>{sampled}; processed {processed}</source>
        <translation>{sampled}· επεξεργασία {processed}</translation>
    </message>
    <message>
        <source>PROVISIONAL: day {day} of 9.</source>
        <translation>ΠΡΟΣΩΡΙΝΟ: ημέρα {day} από 9.</translation>
    </message>
    <message>
        <source>Final.</source>
        <translation>Οριστικό.</translation>
    </message>
    <message>
        <source>* missing day: the last value carried forward; ° not over yet: carried forward for now; † from the day of death: counted 24.</source>
        <translation>* ημέρα που λείπει: μεταφέρεται η τελευταία τιμή· ° δεν έχει ολοκληρωθεί: μεταφέρεται προς το παρόν· † από την ημέρα του θανάτου: μετρά 24.</translation>
    </message>
    <message>
        <source>Study day</source>
        <translation>Ημέρα μελέτης</translation>
    </message>
    <message>
        <source>The file changed while it was being read (is it still being written?); open it again when it is complete.</source>
        <translation>Το αρχείο άλλαξε ενώ διαβαζόταν (γράφεται ακόμη;)· ανοίξτε το ξανά όταν ολοκληρωθεί.</translation>
    </message>
    <message>
        <source>there is no stored assessment to export for this patient</source>
        <translation>δεν υπάρχει αποθηκευμένη αξιολόγηση προς εξαγωγή για αυτόν τον ασθενή</translation>
    </message>
    <message>
        <source>the export is not valid FHIR R4: {problems}</source>
        <translation>η εξαγωγή δεν είναι έγκυρο FHIR R4: {problems}</translation>
    </message>
    <message>
        <source>a patient identifier is needed</source>
        <translation>απαιτείται αναγνωριστικό ασθενούς</translation>
    </message>
    <message>
        <source>the report to attach is not a PDF file</source>
        <translation>η αναφορά προς επισύναψη δεν είναι αρχείο PDF</translation>
    </message>
    <message>
        <source>the PDF has no current assessment to belong to</source>
        <translation>το PDF δεν έχει τρέχουσα αξιολόγηση στην οποία να ανήκει</translation>
    </message>
    <message>
        <source>This cohort was classified with another rule set; import the file again.</source>
        <translation>Αυτή η κοόρτη ταξινομήθηκε με άλλο σύνολο κανόνων· εισαγάγετε ξανά το αρχείο.</translation>
    </message>
    <message>
        <source>The file is neither an HL7 v2 nor a FHIR JSON file; the inbox reads laboratory messages only.</source>
        <translation>Το αρχείο δεν είναι ούτε αρχείο HL7 v2 ούτε αρχείο FHIR JSON· τα εισερχόμενα διαβάζουν μόνο εργαστηριακά μηνύματα.</translation>
    </message>
    <message>
        <source>Another inbox runner is working on {folder}; this pass was skipped.</source>
        <translation>Μια άλλη διεργασία εισερχομένων επεξεργάζεται τον φάκελο {folder}· αυτός ο κύκλος παραλείφθηκε.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} cannot be used: {error}.</source>
        <translation>Ο φάκελος εισερχομένων {folder} δεν μπορεί να χρησιμοποιηθεί: {error}.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>Το αρχείο δεν μπορεί να διαβαστεί: {error}.</translation>
    </message>
    <message>
        <source>Not stored: {error}</source>
        <translation>Δεν αποθηκεύτηκε: {error}</translation>
    </message>
    <message>
        <source>A reason is needed to correct an assessment.</source>
        <translation>Απαιτείται αιτιολογία για τη διόρθωση αξιολόγησης.</translation>
    </message>
    <message>
        <source>Assessment #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Η αξιολόγηση #{id} έχει ήδη διορθωθεί από την #{newer}· διορθώστε την πιο πρόσφατη έκδοση.</translation>
    </message>
    <message>
        <source>An imported row was classified with another rule set; import the file again.</source>
        <translation>Μια εισαγόμενη γραμμή ταξινομήθηκε με άλλο σύνολο κανόνων· εισαγάγετε ξανά το αρχείο.</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>η αναφορά γράφτηκε</translation>
    </message>
    <message>
        <source>report failed</source>
        <translation>η αναφορά απέτυχε</translation>
    </message>
    <message>
        <source>rejected at import</source>
        <translation>απορρίφθηκε κατά την εισαγωγή</translation>
    </message>
    <message>
        <source>not done: cancelled</source>
        <translation>δεν έγινε: ακυρώθηκε</translation>
    </message>
    <message>
        <source>cohort summary not written: {kind}</source>
        <translation>η σύνοψη κοόρτης δεν γράφτηκε: {kind}</translation>
    </message>
    <message>
        <source>{file} not written: {kind}</source>
        <translation>το {file} δεν γράφτηκε: {kind}</translation>
    </message>
    <message>
        <source>This patient has no saved assessment yet; save the assessment first (the checklist is stored with it).</source>
        <translation>Αυτός ο ασθενής δεν έχει ακόμη αποθηκευμένη αξιολόγηση· αποθηκεύστε πρώτα την αξιολόγηση (ο κατάλογος ελέγχου αποθηκεύεται μαζί της).</translation>
    </message>
    <message>
        <source>This patient has no saved assessment yet; save the assessment first (the HScore is stored with it).</source>
        <translation>Αυτός ο ασθενής δεν έχει ακόμη αποθηκευμένη αξιολόγηση· αποθηκεύστε πρώτα την αξιολόγηση (το HScore αποθηκεύεται μαζί της).</translation>
    </message>
    <message>
        <source>Day {day} is before day 1, the day of phenotyping.</source>
        <translation>Η ημέρα {day} είναι πριν από την ημέρα 1, την ημέρα της φαινοτύπησης.</translation>
    </message>
    <message>
        <source>{date} is day {placed} of this patient&apos;s course (day 1 is {day_one}), not day {day}.</source>
        <translation>Η ημερομηνία {date} είναι η ημέρα {placed} της πορείας αυτού του ασθενούς (η ημέρα 1 είναι η {day_one}), όχι η ημέρα {day}.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day_one}).</source>
        <translation>Η ημερομηνία {date} είναι πριν από την ημέρα 1 ({day_one}).</translation>
    </message>
    <message>
        <source>{date} is after today; a SOFA is recorded for a day that has begun.</source>
        <translation>Η ημερομηνία {date} είναι μεταγενέστερη της σημερινής· το SOFA καταγράφεται για ημέρα που έχει ήδη αρχίσει.</translation>
    </message>
    <message>
        <source>The HScore needs all nine variables before it can be saved.</source>
        <translation>Το HScore χρειάζεται και τις εννέα μεταβλητές για να μπορεί να αποθηκευτεί.</translation>
    </message>
    <message>
        <source>Day {day} already has a SOFA (record #{record}); correct that record instead.</source>
        <translation>Η ημέρα {day} έχει ήδη SOFA (εγγραφή #{record})· διορθώστε εκείνη την εγγραφή αντί να καταχωρίσετε νέα.</translation>
    </message>
    <message>
        <source>{date} is after the recorded death ({death}); no SOFA is kept after it.</source>
        <translation>Η ημερομηνία {date} είναι μετά τον καταγεγραμμένο θάνατο ({death})· μετά από αυτόν δεν τηρείται SOFA.</translation>
    </message>
    <message>
        <source>The date of day {day} is needed: no day 1 is recorded yet for this patient.</source>
        <translation>Απαιτείται η ημερομηνία της ημέρας {day}: δεν έχει καταγραφεί ακόμη ημέρα 1 για αυτόν τον ασθενή.</translation>
    </message>
    <message>
        <source>A death is already recorded (record #{record}); correct that record instead.</source>
        <translation>Έχει ήδη καταγραφεί θάνατος (εγγραφή #{record})· διορθώστε εκείνη την εγγραφή αντί να καταχωρίσετε νέα.</translation>
    </message>
    <message>
        <source>{date} is after today.</source>
        <translation>Η ημερομηνία {date} είναι μεταγενέστερη της σημερινής.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day_one}) of this patient&apos;s SOFA course.</source>
        <translation>Η ημερομηνία {date} είναι πριν από την ημέρα 1 ({day_one}) της πορείας SOFA αυτού του ασθενούς.</translation>
    </message>
    <message>
        <source>Day {day} has a SOFA after that date; correct or mark it first.</source>
        <translation>Η ημέρα {day} έχει SOFA μετά από αυτή την ημερομηνία· διορθώστε το ή επισημάνετέ το πρώτα ως εσφαλμένη καταχώριση.</translation>
    </message>
    <message>
        <source>Assessment #{assessment} already has an eligibility checklist (record #{record}); correct that record instead.</source>
        <translation>Η αξιολόγηση #{assessment} έχει ήδη κατάλογο ελέγχου επιλεξιμότητας (εγγραφή #{record})· διορθώστε εκείνη την εγγραφή αντί να καταχωρίσετε νέο.</translation>
    </message>
    <message>
        <source>Assessment #{id} is not one of this patient&apos;s.</source>
        <translation>Η αξιολόγηση #{id} δεν ανήκει σε αυτόν τον ασθενή.</translation>
    </message>
    <message>
        <source>The site configuration cannot be used: {error}</source>
        <extracomment>{error}: what is wrong in site.toml (its file and key), in English</extracomment>
        <translation>Η διαμόρφωση του ιδρύματος δεν μπορεί να χρησιμοποιηθεί: {error}</translation>
    </message>
    <message>
        <source>The site configuration names no ward database server.</source>
        <translation>Η διαμόρφωση του ιδρύματος δεν ορίζει διακομιστή βάσης δεδομένων της μονάδας.</translation>
    </message>
    <message>
        <source>The site configuration&apos;s database URL {url} must name an absolute file path (sqlite:////path/clinical.sqlite).</source>
        <translation>Η διεύθυνση URL της βάσης δεδομένων {url} στη διαμόρφωση του ιδρύματος πρέπει να ορίζει απόλυτη διαδρομή αρχείου (sqlite:////path/clinical.sqlite).</translation>
    </message>
    <message>
        <source>Ask IT to correct it.</source>
        <translation>Ζητήστε από το τμήμα πληροφορικής να τη διορθώσει.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created: {reason}.</source>
        <translation>Ο φάκελος δεδομένων {folder} δεν μπορεί να δημιουργηθεί: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder (--data-dir or IMMUNOSEP_DATA_DIR) or ask IT.</source>
        <translation>Επιλέξτε άλλο φάκελο (--data-dir ή IMMUNOSEP_DATA_DIR) ή απευθυνθείτε στο τμήμα πληροφορικής.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>Το αντίγραφο ασφαλείας δεν μπορεί να γραφτεί πάνω στην ίδια τη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Ο φάκελος {folder} δεν υπάρχει.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer (package postgresql-client). Run instead, where it is: {command}</source>
        <translation>Το pg_dump δεν είναι εγκατεστημένο σε αυτόν τον υπολογιστή (πακέτο postgresql-client). Εκτελέστε αντί γι&apos; αυτό, σε υπολογιστή όπου είναι εγκατεστημένο: {command}</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name or use --force to replace it.</source>
        <translation>Το {file} υπάρχει ήδη· επιλέξτε νέο όνομα αρχείου ή χρησιμοποιήστε --force για να αντικατασταθεί.</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>Το {file} είναι φάκελος· δώστε όνομα αρχείου για το αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>pg_dump failed ({detail}); no backup was written.</source>
        <translation>Το pg_dump απέτυχε ({detail})· δεν γράφτηκε αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({detail}).</source>
        <translation>Το αντίγραφο ασφαλείας δεν πέρασε τον έλεγχο ({detail}).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing from it was stored.</source>
        <translation>Η εισαγωγή ακυρώθηκε· δεν αποθηκεύτηκε τίποτα από αυτήν.</translation>
    </message>
    <message>
        <source>Row {row}: {error}</source>
        <extracomment>{row}: a row of the imported file; {error}: why its patient identifier was refused (a whole sentence)</extracomment>
        <translation>Γραμμή {row}: {error}</translation>
    </message>
    <message>
        <source>Nothing from this file was stored.</source>
        <translation>Δεν αποθηκεύτηκε τίποτα από αυτό το αρχείο.</translation>
    </message>
    <message>
        <source>Ask IT to run &apos;immunosep db migrate --db-user OWNER&apos; (the database owner role) once; workstations cannot change the schema.</source>
        <translation>Ζητήστε από το τμήμα πληροφορικής να εκτελέσει μία φορά &apos;immunosep db migrate --db-user OWNER&apos; (με τον ρόλο κατόχου της βάσης δεδομένων)· οι σταθμοί εργασίας δεν μπορούν να αλλάξουν το σχήμα.</translation>
    </message>
    <message>
        <source>{file} is a training database and cannot be opened as the clinical database: training and clinical records are kept strictly apart.</source>
        <translation>Το {file} είναι βάση δεδομένων εκπαίδευσης και δεν μπορεί να ανοιχτεί ως η κλινική βάση δεδομένων: οι εγγραφές εκπαίδευσης και οι κλινικές εγγραφές τηρούνται αυστηρά χωριστά.</translation>
    </message>
    <message>
        <source>The ward database {server} is a training database, not the clinical database: training and clinical records are kept strictly apart.</source>
        <translation>Η βάση δεδομένων της μονάδας {server} είναι βάση δεδομένων εκπαίδευσης, όχι η κλινική βάση δεδομένων: οι εγγραφές εκπαίδευσης και οι κλινικές εγγραφές τηρούνται αυστηρά χωριστά.</translation>
    </message>
    <message>
        <source>The ward database {server} is not marked as a clinical database and cannot be used: training and clinical records are kept strictly apart.</source>
        <translation>Η βάση δεδομένων της μονάδας {server} δεν έχει σήμανση ως κλινική βάση δεδομένων και δεν μπορεί να χρησιμοποιηθεί: οι εγγραφές εκπαίδευσης και οι κλινικές εγγραφές τηρούνται αυστηρά χωριστά.</translation>
    </message>
    <message>
        <source>The ward database {server} has schema {revision}, but this app needs schema {head}.</source>
        <translation>Η βάση δεδομένων της μονάδας {server} έχει σχήμα {revision}, αλλά αυτή η εφαρμογή χρειάζεται σχήμα {head}.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database but not an ImmunoSep database; choose another data folder.</source>
        <translation>Το {file} είναι βάση δεδομένων SQLite αλλά όχι βάση δεδομένων ImmunoSep· επιλέξτε άλλο φάκελο δεδομένων.</translation>
    </message>
    <message>
        <source>The file was left as it was.</source>
        <translation>Το αρχείο έμεινε όπως ήταν.</translation>
    </message>
    <message>
        <source>{file} is a clinical database and cannot be opened as the training database: training and clinical records are kept strictly apart.</source>
        <translation>Το {file} είναι κλινική βάση δεδομένων και δεν μπορεί να ανοιχτεί ως η βάση δεδομένων εκπαίδευσης: οι εγγραφές εκπαίδευσης και οι κλινικές εγγραφές τηρούνται αυστηρά χωριστά.</translation>
    </message>
    <message>
        <source>{file} is marked neither as a clinical nor as a training database and cannot be opened: training and clinical records are kept strictly apart.</source>
        <translation>Το {file} δεν έχει σήμανση ούτε ως κλινική βάση δεδομένων ούτε ως βάση δεδομένων εκπαίδευσης και δεν μπορεί να ανοιχτεί: οι εγγραφές εκπαίδευσης και οι κλινικές εγγραφές τηρούνται αυστηρά χωριστά.</translation>
    </message>
    <message>
        <source>The ward database {server} is empty, but this app needs schema {head}.</source>
        <translation>Η βάση δεδομένων της μονάδας {server} είναι κενή, αλλά αυτή η εφαρμογή χρειάζεται σχήμα {head}.</translation>
    </message>
    <message>
        <source>Nothing of this operation was saved.</source>
        <translation>Δεν αποθηκεύτηκε τίποτα από αυτή την ενέργεια.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Free some disk space (or ask IT), then try again.</source>
        <translation>Ελευθερώστε χώρο στον δίσκο (ή απευθυνθείτε στο τμήμα πληροφορικής) και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Check the disk, then try again.</source>
        <translation>Ελέγξτε τον δίσκο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Ask IT to give this account write access to the database file and its folder.</source>
        <translation>Ζητήστε από το τμήμα πληροφορικής να δώσει σε αυτόν τον λογαριασμό δικαίωμα εγγραφής στο αρχείο της βάσης δεδομένων και στον φάκελό του.</translation>
    </message>
    <message>
        <source>Keep the file for investigation and restore the latest backup.</source>
        <translation>Κρατήστε το αρχείο για διερεύνηση και επαναφέρετε το πιο πρόσφατο αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>Keep the file for investigation and restore the latest backup (immunosep db backup makes one).</source>
        <translation>Κρατήστε το αρχείο για διερεύνηση και επαναφέρετε το πιο πρόσφατο αντίγραφο ασφαλείας (το immunosep db backup δημιουργεί ένα).</translation>
    </message>
    <message>
        <source>Tell IT.</source>
        <translation>Ενημερώστε το τμήμα πληροφορικής.</translation>
    </message>
    <message>
        <source>Nothing is stored on this computer instead; try again when the server is back, or ask IT if this persists.</source>
        <translation>Τίποτα δεν αποθηκεύεται σε αυτόν τον υπολογιστή στη θέση του διακομιστή· δοκιμάστε ξανά όταν ο διακομιστής είναι πάλι διαθέσιμος ή απευθυνθείτε στο τμήμα πληροφορικής αν το πρόβλημα επιμένει.</translation>
    </message>
    <message>
        <source>Ask IT to check the database role and its password (OS keyring or .pgpass) or Kerberos ticket.</source>
        <translation>Ζητήστε από το τμήμα πληροφορικής να ελέγξει τον ρόλο της βάσης δεδομένων και τον κωδικό πρόσβασής του (keyring του λειτουργικού συστήματος ή .pgpass) ή το εισιτήριο Kerberos.</translation>
    </message>
    <message>
        <source>Use the newer version of the app that wrote it.</source>
        <translation>Χρησιμοποιήστε τη νεότερη έκδοση της εφαρμογής που έγραψε σε αυτήν.</translation>
    </message>
    <message>
        <source>The database refused the record ({detail}).</source>
        <translation>Η βάση δεδομένων απέρριψε την εγγραφή ({detail}).</translation>
    </message>
    <message>
        <source>Some text given for the record is not valid Unicode (bytes that are not UTF-8).</source>
        <translation>Κάποιο κείμενο που δόθηκε για την εγγραφή δεν είναι έγκυρο Unicode (byte που δεν είναι UTF-8).</translation>
    </message>
    <message>
        <source>The disk holding the database {file} is full.</source>
        <translation>Ο δίσκος όπου βρίσκεται η βάση δεδομένων {file} είναι γεμάτος.</translation>
    </message>
    <message>
        <source>The disk holding the backup {file} is full.</source>
        <translation>Ο δίσκος όπου βρίσκεται το αντίγραφο ασφαλείας {file} είναι γεμάτος.</translation>
    </message>
    <message>
        <source>The disk holding the ward database {server} is full.</source>
        <translation>Ο δίσκος όπου βρίσκεται η βάση δεδομένων της μονάδας {server} είναι γεμάτος.</translation>
    </message>
    <message>
        <source>The database {file} is read-only for this user.</source>
        <translation>Η βάση δεδομένων {file} είναι μόνο για ανάγνωση για αυτόν τον χρήστη.</translation>
    </message>
    <message>
        <source>The backup {file} is read-only for this user.</source>
        <translation>Το αντίγραφο ασφαλείας {file} είναι μόνο για ανάγνωση για αυτόν τον χρήστη.</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened (the file or its folder is missing or not accessible).</source>
        <translation>Η βάση δεδομένων {file} δεν μπορεί να ανοιχτεί (λείπει ή δεν είναι προσβάσιμο το αρχείο ή ο φάκελός του).</translation>
    </message>
    <message>
        <source>The backup {file} cannot be opened (the file or its folder is missing or not accessible).</source>
        <translation>Το αντίγραφο ασφαλείας {file} δεν μπορεί να ανοιχτεί (λείπει ή δεν είναι προσβάσιμο το αρχείο ή ο φάκελός του).</translation>
    </message>
    <message>
        <source>The database {file} is busy: another program kept it locked for too long.</source>
        <translation>Η βάση δεδομένων {file} είναι απασχολημένη: ένα άλλο πρόγραμμα την κράτησε κλειδωμένη για πολύ μεγάλο διάστημα.</translation>
    </message>
    <message>
        <source>The backup {file} is busy: another program kept it locked for too long.</source>
        <translation>Το αντίγραφο ασφαλείας {file} είναι απασχολημένο: ένα άλλο πρόγραμμα το κράτησε κλειδωμένο για πολύ μεγάλο διάστημα.</translation>
    </message>
    <message>
        <source>The database {file} is damaged or is not an ImmunoSep database ({detail}).</source>
        <translation>Η βάση δεδομένων {file} είναι κατεστραμμένη ή δεν είναι βάση δεδομένων ImmunoSep ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} is damaged or is not an ImmunoSep database ({detail}).</source>
        <translation>Το αντίγραφο ασφαλείας {file} είναι κατεστραμμένο ή δεν είναι βάση δεδομένων ImmunoSep ({detail}).</translation>
    </message>
    <message>
        <source>A disk error stopped writing the database {file} ({detail}).</source>
        <translation>Ένα σφάλμα δίσκου διέκοψε την εγγραφή στη βάση δεδομένων {file} ({detail}).</translation>
    </message>
    <message>
        <source>A disk error stopped writing the backup {file} ({detail}).</source>
        <translation>Ένα σφάλμα δίσκου διέκοψε την εγγραφή του αντιγράφου ασφαλείας {file} ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} could not be used ({detail}).</source>
        <translation>Η βάση δεδομένων {file} δεν μπόρεσε να χρησιμοποιηθεί ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} could not be used ({detail}).</source>
        <translation>Το αντίγραφο ασφαλείας {file} δεν μπόρεσε να χρησιμοποιηθεί ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} could not be used ({detail}).</source>
        <translation>Η βάση δεδομένων της μονάδας {server} δεν μπόρεσε να χρησιμοποιηθεί ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} could not be used: {reason}.</source>
        <translation>Η βάση δεδομένων {file} δεν μπόρεσε να χρησιμοποιηθεί: {reason}.</translation>
    </message>
    <message>
        <source>The backup {file} could not be used: {reason}.</source>
        <translation>Το αντίγραφο ασφαλείας {file} δεν μπόρεσε να χρησιμοποιηθεί: {reason}.</translation>
    </message>
    <message>
        <source>The ward database {server} could not be used: {reason}.</source>
        <translation>Η βάση δεδομένων της μονάδας {server} δεν μπόρεσε να χρησιμοποιηθεί: {reason}.</translation>
    </message>
    <message>
        <source>The database {file} cannot be written: {reason}.</source>
        <translation>Δεν είναι δυνατή η εγγραφή στη βάση δεδομένων {file}: {reason}.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be written: {reason}.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του αντιγράφου ασφαλείας {file}: {reason}.</translation>
    </message>
    <message>
        <source>The ward database {server} cannot be written: {reason}.</source>
        <translation>Δεν είναι δυνατή η εγγραφή στη βάση δεδομένων της μονάδας {server}: {reason}.</translation>
    </message>
    <message>
        <source>The database {file} failed ({error}).</source>
        <translation>Η βάση δεδομένων {file} παρουσίασε σφάλμα ({error}).</translation>
    </message>
    <message>
        <source>The backup {file} failed ({error}).</source>
        <translation>Το αντίγραφο ασφαλείας {file} παρουσίασε σφάλμα ({error}).</translation>
    </message>
    <message>
        <source>The ward database {server} failed ({error}).</source>
        <translation>Η βάση δεδομένων της μονάδας {server} παρουσίασε σφάλμα ({error}).</translation>
    </message>
    <message>
        <source>The ward database {server} refused the login ({detail}).</source>
        <translation>Η βάση δεδομένων της μονάδας {server} απέρριψε τη σύνδεση ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} refused the operation: the database role lacks a privilege ({detail}).</source>
        <translation>Η βάση δεδομένων της μονάδας {server} απέρριψε την ενέργεια: ο ρόλος της βάσης δεδομένων δεν έχει ένα απαιτούμενο δικαίωμα ({detail}).</translation>
    </message>
    <message>
        <source>The server of the ward database {server} is out of disk space or memory ({detail}).</source>
        <translation>Ο διακομιστής της βάσης δεδομένων της μονάδας {server} έχει εξαντλήσει τον χώρο στον δίσκο ή τη μνήμη ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} accepts no writes at the moment (read-only server).</source>
        <translation>Η βάση δεδομένων της μονάδας {server} δεν δέχεται εγγραφή δεδομένων αυτή τη στιγμή (διακομιστής μόνο για ανάγνωση).</translation>
    </message>
    <message>
        <source>The ward database {server} is busy ({detail}).</source>
        <translation>Η βάση δεδομένων της μονάδας {server} είναι απασχολημένη ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} cannot be reached ({detail}).</source>
        <translation>Δεν είναι δυνατή η σύνδεση με τη βάση δεδομένων της μονάδας {server} ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} has schema {revision}, newer than this app understands ({head}).</source>
        <translation>Η βάση δεδομένων {file} έχει σχήμα {revision}, νεότερο από αυτό που αναγνωρίζει αυτή η εφαρμογή ({head}).</translation>
    </message>
    <message>
        <source>The ward database {server} has schema {revision}, newer than this app understands ({head}).</source>
        <translation>Η βάση δεδομένων της μονάδας {server} έχει σχήμα {revision}, νεότερο από αυτό που αναγνωρίζει αυτή η εφαρμογή ({head}).</translation>
    </message>
    <message>
        <source>The database {file} has schema version {version}, newer than this app understands.</source>
        <translation>Η βάση δεδομένων {file} έχει έκδοση σχήματος {version}, νεότερη από αυτή που αναγνωρίζει αυτή η εφαρμογή.</translation>
    </message>
    <message>
        <source>The ward database {server} has schema version {version}, newer than this app understands.</source>
        <translation>Η βάση δεδομένων της μονάδας {server} έχει έκδοση σχήματος {version}, νεότερη από αυτή που αναγνωρίζει αυτή η εφαρμογή.</translation>
    </message>
    <message>
        <source>SQLite databases are corrupted by the unreliable file locking of network shares.</source>
        <translation>Οι βάσεις δεδομένων SQLite καταστρέφονται από το αναξιόπιστο κλείδωμα αρχείων των κοινόχρηστων φακέλων δικτύου.</translation>
    </message>
    <message>
        <source>Choose a folder on this computer&apos;s own disk (--data-dir or IMMUNOSEP_DATA_DIR); a shared hospital database server is the supported way to share records.</source>
        <translation>Επιλέξτε φάκελο στον τοπικό δίσκο αυτού του υπολογιστή (--data-dir ή IMMUNOSEP_DATA_DIR)· ο υποστηριζόμενος τρόπος κοινής χρήσης εγγραφών είναι ένας κοινόχρηστος διακομιστής βάσης δεδομένων του νοσοκομείου.</translation>
    </message>
    <message>
        <source>The database folder {folder} cannot be used because it is on a network file system ({fstype}).</source>
        <translation>Ο φάκελος της βάσης δεδομένων {folder} δεν μπορεί να χρησιμοποιηθεί επειδή βρίσκεται σε σύστημα αρχείων δικτύου ({fstype}).</translation>
    </message>
    <message>
        <source>The data folder {folder} exists but is not a folder.</source>
        <translation>Η διαδρομή του φακέλου δεδομένων {folder} υπάρχει αλλά δεν είναι φάκελος.</translation>
    </message>
    <message>
        <source>The database folder {folder} cannot be used because it is on a network drive or UNC share.</source>
        <translation>Ο φάκελος της βάσης δεδομένων {folder} δεν μπορεί να χρησιμοποιηθεί επειδή βρίσκεται σε μονάδα δίσκου δικτύου ή σε κοινόχρηστο φάκελο UNC.</translation>
    </message>
    <message>
        <source>The {field} contains bytes that are not valid UTF-8 text; type it again.</source>
        <extracomment>{field}: the name of a stored column, shown as it is</extracomment>
        <translation>Το πεδίο {field} περιέχει byte που δεν είναι έγκυρο κείμενο UTF-8· πληκτρολογήστε το ξανά.</translation>
    </message>
    <message>
        <source>A reason is needed to mark a record as entered in error.</source>
        <translation>Απαιτείται αιτιολογία για να επισημανθεί μια εγγραφή ως εσφαλμένη καταχώριση.</translation>
    </message>
    <message>
        <source>The patient identifier contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Το αναγνωριστικό ασθενούς περιέχει byte που δεν είναι έγκυρο κείμενο UTF-8· πληκτρολογήστε το ξανά.</translation>
    </message>
    <message>
        <source>The pseudonym contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Το ψευδώνυμο περιέχει byte που δεν είναι έγκυρο κείμενο UTF-8· πληκτρολογήστε το ξανά.</translation>
    </message>
    <message>
        <source>The correction reason contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Η αιτιολογία της διόρθωσης περιέχει byte που δεν είναι έγκυρο κείμενο UTF-8· πληκτρολογήστε την ξανά.</translation>
    </message>
    <message>
        <source>The reason contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Η αιτιολογία περιέχει byte που δεν είναι έγκυρο κείμενο UTF-8· πληκτρολογήστε την ξανά.</translation>
    </message>
    <message>
        <source>There is no assessment #{id}.</source>
        <translation>Δεν υπάρχει αξιολόγηση #{id}.</translation>
    </message>
    <message>
        <source>Assessment #{id} is already marked as entered in error.</source>
        <translation>Η αξιολόγηση #{id} έχει ήδη επισημανθεί ως εσφαλμένη καταχώριση.</translation>
    </message>
    <message>
        <source>Record #{id} is already marked as entered in error.</source>
        <translation>Η εγγραφή #{id} έχει ήδη επισημανθεί ως εσφαλμένη καταχώριση.</translation>
    </message>
    <message>
        <source>A patient identifier is needed to save an assessment.</source>
        <translation>Απαιτείται αναγνωριστικό ασθενούς για την αποθήκευση αξιολόγησης.</translation>
    </message>
    <message>
        <source>There is no daily SOFA #{id}.</source>
        <translation>Δεν υπάρχει ημερήσιο SOFA #{id}.</translation>
    </message>
    <message>
        <source>There is no death record #{id}.</source>
        <translation>Δεν υπάρχει εγγραφή θανάτου #{id}.</translation>
    </message>
    <message>
        <source>There is no eligibility checklist #{id}.</source>
        <translation>Δεν υπάρχει κατάλογος ελέγχου επιλεξιμότητας #{id}.</translation>
    </message>
    <message>
        <source>There is no HScore #{id}.</source>
        <translation>Δεν υπάρχει HScore #{id}.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Το ημερήσιο SOFA #{id} έχει ήδη διορθωθεί από το #{newer}· διορθώστε την πιο πρόσφατη έκδοση.</translation>
    </message>
    <message>
        <source>The death record #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Η εγγραφή θανάτου #{id} έχει ήδη διορθωθεί από την #{newer}· διορθώστε την πιο πρόσφατη έκδοση.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Ο κατάλογος ελέγχου επιλεξιμότητας #{id} έχει ήδη διορθωθεί από τον #{newer}· διορθώστε την πιο πρόσφατη έκδοση.</translation>
    </message>
    <message>
        <source>The HScore #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Το HScore #{id} έχει ήδη διορθωθεί από το #{newer}· διορθώστε την πιο πρόσφατη έκδοση.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>Το ημερήσιο SOFA #{id} έχει επισημανθεί ως εσφαλμένη καταχώριση· καταχωρίστε ένα νέο στη θέση του.</translation>
    </message>
    <message>
        <source>The death record #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>Η εγγραφή θανάτου #{id} έχει επισημανθεί ως εσφαλμένη καταχώριση· καταχωρίστε μια νέα στη θέση της.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>Ο κατάλογος ελέγχου επιλεξιμότητας #{id} έχει επισημανθεί ως εσφαλμένη καταχώριση· καταχωρίστε έναν νέο στη θέση του.</translation>
    </message>
    <message>
        <source>The HScore #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>Το HScore #{id} έχει επισημανθεί ως εσφαλμένη καταχώριση· καταχωρίστε ένα νέο στη θέση του.</translation>
    </message>
    <message>
        <source>A reason is needed to correct a daily SOFA.</source>
        <translation>Απαιτείται αιτιολογία για τη διόρθωση ημερήσιου SOFA.</translation>
    </message>
    <message>
        <source>A reason is needed to correct a death record.</source>
        <translation>Απαιτείται αιτιολογία για τη διόρθωση εγγραφής θανάτου.</translation>
    </message>
    <message>
        <source>A reason is needed to correct an eligibility checklist.</source>
        <translation>Απαιτείται αιτιολογία για τη διόρθωση καταλόγου ελέγχου επιλεξιμότητας.</translation>
    </message>
    <message>
        <source>A reason is needed to correct an HScore.</source>
        <translation>Απαιτείται αιτιολογία για τη διόρθωση HScore.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} belongs to another patient.</source>
        <translation>Το ημερήσιο SOFA #{id} ανήκει σε άλλον ασθενή.</translation>
    </message>
    <message>
        <source>The death record #{id} belongs to another patient.</source>
        <translation>Η εγγραφή θανάτου #{id} ανήκει σε άλλον ασθενή.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} belongs to another patient.</source>
        <translation>Ο κατάλογος ελέγχου επιλεξιμότητας #{id} ανήκει σε άλλον ασθενή.</translation>
    </message>
    <message>
        <source>The HScore #{id} belongs to another patient.</source>
        <translation>Το HScore #{id} ανήκει σε άλλον ασθενή.</translation>
    </message>
    <message>
        <source>SQLite refused WAL journal mode (got {mode}).</source>
        <translation>Το SQLite απέρριψε την κατάσταση ημερολογίου WAL (αποκρίθηκε {mode}).</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened: it or its folder is read-only for this user.</source>
        <translation>Η βάση δεδομένων {file} δεν μπορεί να ανοιχτεί: η ίδια ή ο φάκελός της είναι μόνο για ανάγνωση για αυτόν τον χρήστη.</translation>
    </message>
    <message>
        <source>immunoparalysis</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>ανοσοπαράλυση</translation>
    </message>
    <message>
        <source>unclassified</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>αταξινόμητο</translation>
    </message>
    <message>
        <source>Trial day-15 reversal definitions (information only; outcome definitions, not treatment rules):</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Ορισμοί αναστροφής την ημέρα 15 στη μελέτη (μόνο για πληροφόρηση· ορισμοί εκβάσεων, όχι θεραπευτικοί κανόνες):</translation>
    </message>
    <message>
        <source>Immunoparalysis reversal: HLA-DR &gt; 8000 AB/C with ferritin &lt; 4420 ng/mL. 8000 is not the entry threshold (5000 AB/C).</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Αναστροφή ανοσοπαράλυσης: HLA-DR &gt; 8000 AB/C με φερριτίνη &lt; 4420 ng/mL. Το 8000 δεν είναι το όριο ένταξης (5000 AB/C).</translation>
    </message>
    <message>
        <source>MALS reversal: defined by a fall in ferritin with a 15 % threshold; the exact wording has not been verified against the trial&apos;s statistical analysis plan.</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Αναστροφή MALS: ορίζεται από πτώση της φερριτίνης με όριο 15 %· η ακριβής διατύπωση δεν έχει επαληθευτεί έναντι του σχεδίου στατιστικής ανάλυσης της μελέτης.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>δεν κρίθηκε</translation>
    </message>
    <message>
        <source>Criterion of the rule</source>
        <translation>Κριτήριο του κανόνα</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Όπως εισήχθη</translation>
    </message>
    <message>
        <source>Used by the rule</source>
        <translation>Τιμή που χρησιμοποιήθηκε</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Πληροί</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Χρόνος λήψης</translation>
    </message>
    <message>
        <source>{label} in full (as entered): {value}</source>
        <translation>{label} πλήρως (όπως εισήχθη): {value}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ημερομηνία γέννησης</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Αριθμός μητρώου</translation>
    </message>
    <message>
        <source>this patient</source>
        <translation>αυτός ο ασθενής</translation>
    </message>
    <message>
        <source>Key points of the ImmunoSep evidence</source>
        <translation>Βασικά σημεία των τεκμηρίων ImmunoSep</translation>
    </message>
    <message>
        <source>doi:{doi} · {registry}</source>
        <translation>doi:{doi} · {registry}</translation>
    </message>
    <message>
        <source>Training case note: {note}</source>
        <translation>Σημείωση περιστατικού εκπαίδευσης: {note}</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Προειδοποιήσεις:</translation>
    </message>
    <message>
        <source>not usable: {unit} cannot be converted to AB/C</source>
        <translation>μη χρησιμοποιήσιμο: το {unit} δεν μετατρέπεται σε AB/C</translation>
    </message>
    <message>
        <source>Reviewed by (name)</source>
        <translation>Ελέγχθηκε από (όνομα)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Υπογραφή</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ιδιότητα</translation>
    </message>
    <message>
        <source>Training case note</source>
        <translation>Σημείωση περιστατικού εκπαίδευσης</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm: {arm} (evidence, not an order).</source>
        <translation>Σκέλος της μελέτης ImmunoSep: {arm} (τεκμηρίωση, όχι ιατρική οδηγία).</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Καμία προειδοποίηση.</translation>
    </message>
    <message>
        <source>Patient label</source>
        <translation>Ετικέτα ασθενούς</translation>
    </message>
    <message>
        <source>No point on the map: ferritin is needed to place the patient.</source>
        <translation>Κανένα σημείο στον χάρτη: απαιτείται φερριτίνη για να τοποθετηθεί ο ασθενής.</translation>
    </message>
    <message>
        <source>Patient: {id}</source>
        <translation>Ασθενής: {id}</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Σύνολο κανόνων</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμηρίωση</translation>
    </message>
    <message>
        <source>{version}, cut-off {cutoff}</source>
        <translation>{version}, ημερομηνία αποκοπής {cutoff}</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Εκδόθηκε</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Εκδόθηκε από</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Σταθμός εργασίας</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>Values from</source>
        <translation>Τιμές από</translation>
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
            <numerusform>{n} τιμή φερριτίνης 0 ng/mL δεν μπορεί να σχεδιαστεί στον λογαριθμικό άξονα.</numerusform>
            <numerusform>{n} τιμές φερριτίνης 0 ng/mL δεν μπορούν να σχεδιαστούν στον λογαριθμικό άξονα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {patient} — {result}</source>
        <translation>Γραμμή {row}: {patient} — {result}</translation>
    </message>
    <message>
        <source>{entry} — near threshold</source>
        <translation>{entry} — κοντά στο όριο</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Γραμμές του αρχείου</translation>
    </message>
    <message>
        <source>Near a threshold</source>
        <translation>Κοντά σε όριο</translation>
    </message>
    <message>
        <source>Rejected at import</source>
        <translation>Απορρίφθηκαν κατά την εισαγωγή</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>Αναφορές που γράφτηκαν</translation>
    </message>
    <message>
        <source>Reports failed</source>
        <translation>Αναφορές που απέτυχαν</translation>
    </message>
    <message>
        <source>Not done (cancelled)</source>
        <translation>Δεν έγιναν (ακύρωση)</translation>
    </message>
    <message>
        <source>ferritin</source>
        <translation>φερριτίνη</translation>
    </message>
    <message>
        <source>{analyte} {time}</source>
        <translation>{analyte} {time}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Σύνοψη</translation>
    </message>
    <message>
        <source>ImmunoSep reports: {source}</source>
        <translation>Αναφορές ImmunoSep: {source}</translation>
    </message>
    <message>
        <source>corrects #{id}: {reason}</source>
        <translation>διορθώνει την #{id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by #{id}</source>
        <translation>αντικαταστάθηκε από την #{id}</translation>
    </message>
    <message>
        <source>MALS</source>
        <extracomment>desktop_app.core.charts | desktop_app.core.trend</extracomment>
        <translation>MALS</translation>
    </message>
    <message>
        <source>Immunoparalysis</source>
        <extracomment>desktop_app.core.charts</extracomment>
        <translation>Ανοσοπαράλυση</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <extracomment>desktop_app.core.charts</extracomment>
        <translation>Αταξινόμητο</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <extracomment>| desktop_app.core.charts</extracomment>
        <translation>Αδύνατη η ταξινόμηση</translation>
    </message>
    <message>
        <source>MALS (macrophage activation-like syndrome)</source>
        <extracomment>Phenotype.MALS label</extracomment>
        <translation>MALS (σύνδρομο τύπου ενεργοποίησης μακροφάγων)</translation>
    </message>
    <message>
        <source>Immunoparalysis (sepsis-induced)</source>
        <extracomment>Phenotype.IMMUNOPARALYSIS label</extracomment>
        <translation>Ανοσοπαράλυση (προκαλούμενη από σήψη)</translation>
    </message>
    <message>
        <source>Unclassified (neither ImmunoSep phenotype)</source>
        <extracomment>Phenotype.UNCLASSIFIED label</extracomment>
        <translation>Αταξινόμητο (κανένας από τους φαινοτύπους ImmunoSep)</translation>
    </message>
    <message>
        <source>anakinra</source>
        <extracomment>TreatmentArm.ANAKINRA label</extracomment>
        <translation>anakinra</translation>
    </message>
    <message>
        <source>recombinant interferon-γ</source>
        <extracomment>TreatmentArm.INTERFERON_GAMMA label</extracomment>
        <translation>ανασυνδυασμένη ιντερφερόνη-γ</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>{name} message</source>
        <translation>{name}: μήνυμα</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>MALS: ferritin far above 4420</source>
        <comment>DEMO-001/title</comment>
        <extracomment>Training case DEMO-001, title</extracomment>
        <translation>MALS: φερριτίνη πολύ πάνω από 4420</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-001/topic</comment>
        <extracomment>Training case DEMO-001, topic</extracomment>
        <translation>φαινότυπος</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL is MALS whatever HLA-DR is. HLA-DR is shown in the criteria table but is not needed for this decision.</source>
        <comment>DEMO-001/note</comment>
        <extracomment>Training case DEMO-001, note</extracomment>
        <translation>Φερριτίνη &gt; 4420 ng/mL σημαίνει MALS, όποιο κι αν είναι το HLA-DR. Το HLA-DR εμφανίζεται στον πίνακα κριτηρίων αλλά δεν χρειάζεται για αυτή την απόφαση.</translation>
    </message>
    <message>
        <source>Immunoparalysis: low HLA-DR, ferritin not high</source>
        <comment>DEMO-002/title</comment>
        <extracomment>Training case DEMO-002, title</extracomment>
        <translation>Ανοσοπαράλυση: χαμηλό HLA-DR, φερριτίνη όχι υψηλή</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-002/topic</comment>
        <extracomment>Training case DEMO-002, topic</extracomment>
        <translation>φαινότυπος</translation>
    </message>
    <message>
        <source>Immunoparalysis needs both: ferritin ≤ 4420 ng/mL (so not MALS) and HLA-DR &lt; 5000 antibodies bound per monocyte.</source>
        <comment>DEMO-002/note</comment>
        <extracomment>Training case DEMO-002, note</extracomment>
        <translation>Η ανοσοπαράλυση απαιτεί και τα δύο: φερριτίνη ≤ 4420 ng/mL (άρα όχι MALS) και HLA-DR &lt; 5000 δεσμευμένα αντισώματα ανά μονοκύτταρο.</translation>
    </message>
    <message>
        <source>Unclassified: neither phenotype</source>
        <comment>DEMO-003/title</comment>
        <extracomment>Training case DEMO-003, title</extracomment>
        <translation>Αταξινόμητο: κανένας φαινότυπος</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-003/topic</comment>
        <extracomment>Training case DEMO-003, topic</extracomment>
        <translation>φαινότυπος</translation>
    </message>
    <message>
        <source>A real result, not a refusal: the values are complete and fit neither stratum. The trial did not enrol such patients, so its evidence does not apply.</source>
        <comment>DEMO-003/note</comment>
        <extracomment>Training case DEMO-003, note</extracomment>
        <translation>Πραγματικό αποτέλεσμα, όχι άρνηση: οι τιμές είναι πλήρεις και δεν αντιστοιχούν σε κανένα στρώμα. Η μελέτη δεν ενέταξε τέτοιους ασθενείς, επομένως τα τεκμήριά της δεν ισχύουν.</translation>
    </message>
    <message>
        <source>Both criteria met: MALS takes precedence</source>
        <comment>DEMO-004/title</comment>
        <extracomment>Training case DEMO-004, title</extracomment>
        <translation>Πληρούνται και τα δύο κριτήρια: προηγείται το MALS</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-004/topic</comment>
        <extracomment>Training case DEMO-004, topic</extracomment>
        <translation>φαινότυπος</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 and HLA-DR &lt; 5000: as in the trial protocol the patient is MALS (anakinra arm), not immunoparalysis. µg/L equals ng/mL.</source>
        <comment>DEMO-004/note</comment>
        <extracomment>Training case DEMO-004, note</extracomment>
        <translation>Φερριτίνη &gt; 4420 και HLA-DR &lt; 5000: όπως στο πρωτόκολλο της μελέτης, ο ασθενής είναι MALS (σκέλος anakinra), όχι ανοσοπαράλυση. Τα µg/L ισούνται με ng/mL.</translation>
    </message>
    <message>
        <source>Cannot classify: ferritin missing</source>
        <comment>DEMO-005/title</comment>
        <extracomment>Training case DEMO-005, title</extracomment>
        <translation>Αδύνατη η ταξινόμηση: λείπει η φερριτίνη</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-005/topic</comment>
        <extracomment>Training case DEMO-005, topic</extracomment>
        <translation>αδύνατη η ταξινόμηση</translation>
    </message>
    <message>
        <source>A low HLA-DR alone is not immunoparalysis: ferritin must first rule out MALS. The app refuses rather than guesses.</source>
        <comment>DEMO-005/note</comment>
        <extracomment>Training case DEMO-005, note</extracomment>
        <translation>Ένα χαμηλό HLA-DR από μόνο του δεν είναι ανοσοπαράλυση: η φερριτίνη πρέπει πρώτα να αποκλείσει το MALS. Η εφαρμογή αρνείται αντί να μαντεύει.</translation>
    </message>
    <message>
        <source>Cannot classify: censored ferritin spans 4420</source>
        <comment>DEMO-006/title</comment>
        <extracomment>Training case DEMO-006, title</extracomment>
        <translation>Αδύνατη η ταξινόμηση: λογοκριμένη φερριτίνη που περιλαμβάνει το 4420</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-006/topic</comment>
        <extracomment>Training case DEMO-006, topic</extracomment>
        <translation>αδύνατη η ταξινόμηση</translation>
    </message>
    <message>
        <source>&quot;&gt;3000&quot; could be 3500 (not MALS) or 9000 (MALS). A censored value decides only when its whole range lies on one side of the threshold; ask the lab for the exact value.</source>
        <comment>DEMO-006/note</comment>
        <extracomment>Training case DEMO-006, note</extracomment>
        <translation>Το «&gt;3000» μπορεί να είναι 3500 (όχι MALS) ή 9000 (MALS). Μια λογοκριμένη τιμή αποφασίζει μόνο όταν όλο το εύρος της βρίσκεται στη μία πλευρά του ορίου· ζητήστε από το εργαστήριο την ακριβή τιμή.</translation>
    </message>
    <message>
        <source>Cannot classify: HLA-DR missing</source>
        <comment>DEMO-007/title</comment>
        <extracomment>Training case DEMO-007, title</extracomment>
        <translation>Αδύνατη η ταξινόμηση: λείπει το HLA-DR</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-007/topic</comment>
        <extracomment>Training case DEMO-007, topic</extracomment>
        <translation>αδύνατη η ταξινόμηση</translation>
    </message>
    <message>
        <source>Ferritin ≤ 4420 rules out MALS; whether the patient is immunoparalysed or unclassified depends on HLA-DR, which is not available yet.</source>
        <comment>DEMO-007/note</comment>
        <extracomment>Training case DEMO-007, note</extracomment>
        <translation>Φερριτίνη ≤ 4420 αποκλείει το MALS· το αν ο ασθενής έχει ανοσοπαράλυση ή είναι αταξινόμητος εξαρτάται από το HLA-DR, που δεν είναι ακόμη διαθέσιμο.</translation>
    </message>
    <message>
        <source>Cannot classify: HLA-DR in % positive monocytes</source>
        <comment>DEMO-008/title</comment>
        <extracomment>Training case DEMO-008, title</extracomment>
        <translation>Αδύνατη η ταξινόμηση: HLA-DR σε % θετικών μονοκυττάρων</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-008/topic</comment>
        <extracomment>Training case DEMO-008, topic</extracomment>
        <translation>αδύνατη η ταξινόμηση</translation>
    </message>
    <message>
        <source>45 % HLA-DR-positive monocytes is a different quantity from antibodies bound per cell; read as AB/C it would falsely look like immunoparalysis. Only QuantiBRITE AB/C can be used.</source>
        <comment>DEMO-008/note</comment>
        <extracomment>Training case DEMO-008, note</extracomment>
        <translation>Το 45 % HLA-DR-θετικά μονοκύτταρα είναι διαφορετικό μέγεθος από τα δεσμευμένα αντισώματα ανά κύτταρο· αν διαβαζόταν ως AB/C θα έμοιαζε εσφαλμένα με ανοσοπαράλυση. Μόνο AB/C από QuantiBRITE μπορούν να χρησιμοποιηθούν.</translation>
    </message>
    <message>
        <source>Cannot classify: censored HLA-DR spans 5000</source>
        <comment>DEMO-009/title</comment>
        <extracomment>Training case DEMO-009, title</extracomment>
        <translation>Αδύνατη η ταξινόμηση: λογοκριμένο HLA-DR που περιλαμβάνει το 5000</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-009/topic</comment>
        <extracomment>Training case DEMO-009, topic</extracomment>
        <translation>αδύνατη η ταξινόμηση</translation>
    </message>
    <message>
        <source>&quot;&lt;8000&quot; could be 3000 (immunoparalysis) or 6000 (unclassified): the exact value is needed.</source>
        <comment>DEMO-009/note</comment>
        <extracomment>Training case DEMO-009, note</extracomment>
        <translation>Το «&lt;8000» μπορεί να είναι 3000 (ανοσοπαράλυση) ή 6000 (αταξινόμητο): απαιτείται η ακριβής τιμή.</translation>
    </message>
    <message>
        <source>Cannot classify: age under 18</source>
        <comment>DEMO-010/title</comment>
        <extracomment>Training case DEMO-010, title</extracomment>
        <translation>Αδύνατη η ταξινόμηση: ηλικία κάτω των 18</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-010/topic</comment>
        <extracomment>Training case DEMO-010, topic</extracomment>
        <translation>αδύνατη η ταξινόμηση</translation>
    </message>
    <message>
        <source>ImmunoSep enrolled adults only, and HLA-DR differs in children: no phenotype is given, even though the values alone would meet the MALS criterion.</source>
        <comment>DEMO-010/note</comment>
        <extracomment>Training case DEMO-010, note</extracomment>
        <translation>Η ImmunoSep ενέταξε μόνο ενήλικες και το HLA-DR διαφέρει στα παιδιά: δεν δίνεται φαινότυπος, παρότι οι τιμές από μόνες τους θα πληρούσαν το κριτήριο MALS.</translation>
    </message>
    <message>
        <source>Censored ferritin that decides: &gt;40000</source>
        <comment>DEMO-011/title</comment>
        <extracomment>Training case DEMO-011, title</extracomment>
        <translation>Λογοκριμένη φερριτίνη που αποφασίζει: &gt;40000</translation>
    </message>
    <message>
        <source>censored values</source>
        <comment>DEMO-011/topic</comment>
        <extracomment>Training case DEMO-011, topic</extracomment>
        <translation>λογοκριμένες τιμές</translation>
    </message>
    <message>
        <source>Above the assay&apos;s range, &quot;&gt;40000&quot; is still certainly &gt; 4420: MALS. HLA-DR is not needed. The map draws an open marker with an arrow to the right.</source>
        <comment>DEMO-011/note</comment>
        <extracomment>Training case DEMO-011, note</extracomment>
        <translation>Πάνω από το εύρος μέτρησης, το «&gt;40000» είναι σίγουρα &gt; 4420: MALS. Το HLA-DR δεν χρειάζεται. Ο χάρτης σχεδιάζει ανοιχτό σημάδι με βέλος προς τα δεξιά.</translation>
    </message>
    <message>
        <source>Censored values that decide: &lt;500 and &lt;1000</source>
        <comment>DEMO-012/title</comment>
        <extracomment>Training case DEMO-012, title</extracomment>
        <translation>Λογοκριμένες τιμές που αποφασίζουν: &lt;500 και &lt;1000</translation>
    </message>
    <message>
        <source>censored values</source>
        <comment>DEMO-012/topic</comment>
        <extracomment>Training case DEMO-012, topic</extracomment>
        <translation>λογοκριμένες τιμές</translation>
    </message>
    <message>
        <source>Both bounds lie wholly on one side of their thresholds, so both criteria are decided. The comparator is kept and shown everywhere.</source>
        <comment>DEMO-012/note</comment>
        <extracomment>Training case DEMO-012, note</extracomment>
        <translation>Και τα δύο άκρα βρίσκονται εξ ολοκλήρου στη μία πλευρά των ορίων τους, οπότε αποφασίζονται και τα δύο κριτήρια. Ο τελεστής σύγκρισης διατηρείται και εμφανίζεται παντού.</translation>
    </message>
    <message>
        <source>pmol/L just above the MALS threshold</source>
        <comment>DEMO-013/title</comment>
        <extracomment>Training case DEMO-013, title</extracomment>
        <translation>pmol/L λίγο πάνω από το όριο MALS</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-013/topic</comment>
        <extracomment>Training case DEMO-013, topic</extracomment>
        <translation>μετατροπή μονάδων</translation>
    </message>
    <message>
        <source>9932 pmol/L ÷ 2.247 ≈ 4420.12 ng/mL: MALS, but within 10 % of the threshold, so a repeat test may be wise. The converted value is shown next to the value as entered.</source>
        <comment>DEMO-013/note</comment>
        <extracomment>Training case DEMO-013, note</extracomment>
        <translation>9932 pmol/L ÷ 2,247 ≈ 4420,12 ng/mL: MALS, αλλά εντός 10 % από το όριο, οπότε ίσως είναι σκόπιμη επανάληψη της εξέτασης. Η μετατρεπόμενη τιμή εμφανίζεται δίπλα στην τιμή όπως εισήχθη.</translation>
    </message>
    <message>
        <source>pmol/L just below: the unit changes the drug</source>
        <comment>DEMO-014/title</comment>
        <extracomment>Training case DEMO-014, title</extracomment>
        <translation>pmol/L λίγο κάτω: η μονάδα αλλάζει το φάρμακο</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-014/topic</comment>
        <extracomment>Training case DEMO-014, topic</extracomment>
        <translation>μετατροπή μονάδων</translation>
    </message>
    <message>
        <source>9931 pmol/L ≈ 4419.67 ng/mL is not MALS. Read as ng/mL, the same number would have meant MALS (anakinra) instead of immunoparalysis (interferon-γ): always check the unit.</source>
        <comment>DEMO-014/note</comment>
        <extracomment>Training case DEMO-014, note</extracomment>
        <translation>9931 pmol/L ≈ 4419,67 ng/mL δεν είναι MALS. Αν διαβαζόταν ως ng/mL, ο ίδιος αριθμός θα σήμαινε MALS (anakinra) αντί για ανοσοπαράλυση (ιντερφερόνη-γ): ελέγχετε πάντα τη μονάδα.</translation>
    </message>
    <message>
        <source>Legacy unit µg/dL</source>
        <comment>DEMO-015/title</comment>
        <extracomment>Training case DEMO-015, title</extracomment>
        <translation>Παλαιά μονάδα µg/dL</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-015/topic</comment>
        <extracomment>Training case DEMO-015, topic</extracomment>
        <translation>μετατροπή μονάδων</translation>
    </message>
    <message>
        <source>520 µg/dL × 10 = 5200 ng/mL: MALS. Read as ng/mL, 520 would have looked unremarkable and MALS would have been missed.</source>
        <comment>DEMO-015/note</comment>
        <extracomment>Training case DEMO-015, note</extracomment>
        <translation>520 µg/dL × 10 = 5200 ng/mL: MALS. Αν διαβαζόταν ως ng/mL, το 520 θα φαινόταν αδιάφορο και το MALS θα είχε διαφύγει.</translation>
    </message>
    <message>
        <source>HLA-DR near 5000</source>
        <comment>DEMO-016/title</comment>
        <extracomment>Training case DEMO-016, title</extracomment>
        <translation>HLA-DR κοντά στο 5000</translation>
    </message>
    <message>
        <source>near threshold</source>
        <comment>DEMO-016/topic</comment>
        <extracomment>Training case DEMO-016, topic</extracomment>
        <translation>κοντά στο όριο</translation>
    </message>
    <message>
        <source>4900 is below 5000, so the criterion is met; but the inter-laboratory CV of HLA-DR is 15-25 %, so the warning suggests a repeat test. Warnings never change the phenotype.</source>
        <comment>DEMO-016/note</comment>
        <extracomment>Training case DEMO-016, note</extracomment>
        <translation>Το 4900 είναι κάτω από 5000, άρα το κριτήριο πληρείται· όμως ο συντελεστής μεταβλητότητας του HLA-DR μεταξύ εργαστηρίων είναι 15–25 %, οπότε η προειδοποίηση προτείνει επανάληψη της εξέτασης. Οι προειδοποιήσεις δεν αλλάζουν ποτέ τον φαινότυπο.</translation>
    </message>
    <message>
        <source>Exactly on both thresholds</source>
        <comment>DEMO-017/title</comment>
        <extracomment>Training case DEMO-017, title</extracomment>
        <translation>Ακριβώς πάνω και στα δύο όρια</translation>
    </message>
    <message>
        <source>near threshold</source>
        <comment>DEMO-017/topic</comment>
        <extracomment>Training case DEMO-017, topic</extracomment>
        <translation>κοντά στο όριο</translation>
    </message>
    <message>
        <source>The thresholds are strict: ferritin 4420 is not &gt; 4420 and HLA-DR 5000 is not &lt; 5000, so neither criterion is met.</source>
        <comment>DEMO-017/note</comment>
        <extracomment>Training case DEMO-017, note</extracomment>
        <translation>Τα όρια είναι αυστηρά: φερριτίνη 4420 δεν είναι &gt; 4420 και HLA-DR 5000 δεν είναι &lt; 5000, άρα κανένα κριτήριο δεν πληρείται.</translation>
    </message>
    <message>
        <source>Samples taken two days apart</source>
        <comment>DEMO-018/title</comment>
        <extracomment>Training case DEMO-018, title</extracomment>
        <translation>Δείγματα με διαφορά δύο ημερών</translation>
    </message>
    <message>
        <source>sample times</source>
        <comment>DEMO-018/topic</comment>
        <extracomment>Training case DEMO-018, topic</extracomment>
        <translation>χρόνοι δειγματοληψίας</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR drawn 49.5 h apart may reflect different immune states. The phenotype stands, with a prominent warning.</source>
        <comment>DEMO-018/note</comment>
        <extracomment>Training case DEMO-018, note</extracomment>
        <translation>Φερριτίνη και HLA-DR που λήφθηκαν με διαφορά 49,5 h μπορεί να αντανακλούν διαφορετικές ανοσολογικές καταστάσεις. Ο φαινότυπος ισχύει, με εμφανή προειδοποίηση.</translation>
    </message>
    <message>
        <source>HLA-DR processed too late</source>
        <comment>DEMO-019/title</comment>
        <extracomment>Training case DEMO-019, title</extracomment>
        <translation>HLA-DR επεξεργασμένο πολύ αργά</translation>
    </message>
    <message>
        <source>sample times</source>
        <comment>DEMO-019/topic</comment>
        <extracomment>Training case DEMO-019, topic</extracomment>
        <translation>χρόνοι δειγματοληψίας</translation>
    </message>
    <message>
        <source>QuantiBRITE staining should start within 4 h of sampling (EDTA, on ice); a 7.5 h delay makes the value unreliable.</source>
        <comment>DEMO-019/note</comment>
        <extracomment>Training case DEMO-019, note</extracomment>
        <translation>Η χρώση QuantiBRITE πρέπει να ξεκινά εντός 4 h από τη λήψη (EDTA, σε πάγο)· καθυστέρηση 7,5 h καθιστά την τιμή αναξιόπιστη.</translation>
    </message>
    <message>
        <source>MALS with HLA-DR in % (not needed)</source>
        <comment>DEMO-020/title</comment>
        <extracomment>Training case DEMO-020, title</extracomment>
        <translation>MALS με HLA-DR σε % (δεν χρειάζεται)</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-020/topic</comment>
        <extracomment>Training case DEMO-020, topic</extracomment>
        <translation>φαινότυπος</translation>
    </message>
    <message>
        <source>HLA-DR in % cannot be used, but it is not needed: ferritin alone decides MALS. Compare with DEMO-008, where the same unit blocks the result.</source>
        <comment>DEMO-020/note</comment>
        <extracomment>Training case DEMO-020, note</extracomment>
        <translation>Το HLA-DR σε % δεν μπορεί να χρησιμοποιηθεί, αλλά δεν χρειάζεται: η φερριτίνη από μόνη της αποφασίζει το MALS. Συγκρίνετε με το DEMO-008, όπου η ίδια μονάδα εμποδίζει το αποτέλεσμα.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — synthetic data</source>
        <translation>ΕΚΠΑΙΔΕΥΣΗ — συνθετικά δεδομένα</translation>
    </message>
    <message>
        <source>Not for clinical use. Demo cases are invented; nothing entered here is mixed with clinical data.</source>
        <translation>Όχι για κλινική χρήση. Τα περιστατικά επίδειξης είναι επινοημένα· τίποτα από όσα εισάγονται εδώ δεν αναμειγνύεται με κλινικά δεδομένα.</translation>
    </message>
</context>
<context>
    <name>TrendChartWidget</name>
    <message>
        <source>No values to draw yet: the trend appears here once an assessment with ferritin or HLA-DR has been saved for this patient.</source>
        <translation>Δεν υπάρχουν ακόμη τιμές για σχεδίαση: η πορεία εμφανίζεται εδώ μόλις αποθηκευτεί για αυτόν τον ασθενή μια αξιολόγηση με φερριτίνη ή HLA-DR.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Πορεία</translation>
    </message>
    <message>
        <source>Ferritin, ng/mL (logarithmic scale)</source>
        <translation>Φερριτίνη, ng/mL (λογαριθμική κλίμακα)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR, AB/C</source>
        <translation>HLA-DR μονοκυττάρων, AB/C</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>exact value</source>
        <translation>ακριβής τιμή</translation>
    </message>
    <message>
        <source>greater than (above the assay&apos;s range)</source>
        <translation>μεγαλύτερο από (πάνω από το εύρος μέτρησης)</translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation>μεγαλύτερο ή ίσο με</translation>
    </message>
    <message>
        <source>less than (below the assay&apos;s range)</source>
        <translation>μικρότερο από (κάτω από το εύρος μέτρησης)</translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation>μικρότερο ή ίσο με</translation>
    </message>
    <message>
        <source>{name} comparator</source>
        <translation>{name}: τελεστής σύγκρισης</translation>
    </message>
    <message>
        <source>{name} value</source>
        <translation>{name}: τιμή</translation>
    </message>
    <message>
        <source>unit?</source>
        <translation>μονάδα;</translation>
    </message>
    <message>
        <source>{name} unit</source>
        <translation>{name}: μονάδα</translation>
    </message>
    <message>
        <source>Unit of {name} as printed on the lab report: {units}. Type its first letters (u for µ) or open the list with Alt+↓; the mouse wheel never changes it.</source>
        <translation>Μονάδα για {name} όπως αναγράφεται στην εργαστηριακή αναφορά: {units}. Πληκτρολογήστε τα πρώτα γράμματά της (u για µ) ή ανοίξτε τη λίστα με Alt+↓· ο τροχός του ποντικιού δεν την αλλάζει ποτέ.</translation>
    </message>
    <message>
        <source>{name} unit change</source>
        <translation>{name}: αλλαγή μονάδας</translation>
    </message>
    <message>
        <source>{name} message</source>
        <translation>{name}: μήνυμα</translation>
    </message>
    <message>
        <source>comparator chosen in the box (&apos;{chosen}&apos;) and typed in the value (&apos;{typed}&apos;); keep only one of them</source>
        <translation>τελεστής σύγκρισης επιλεγμένος στη λίστα (&apos;{chosen}&apos;) και πληκτρολογημένος στην τιμή (&apos;{typed}&apos;)· κρατήστε μόνο έναν από τους δύο</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>μη έγκυρο</translation>
    </message>
    <message>
        <source>check</source>
        <translation>έλεγχος</translation>
    </message>
    <message>
        <source>Unit changed from {before} to {after}: the value is now read as {reading}.</source>
        <translation>Η μονάδα άλλαξε από {before} σε {after}: η τιμή ερμηνεύεται τώρα ως {reading}.</translation>
    </message>
    <message>
        <source>Unit changed from {before} to {after}; see the message below.</source>
        <translation>Η μονάδα άλλαξε από {before} σε {after}· δείτε το μήνυμα παρακάτω.</translation>
    </message>
    <message>
        <source>Comparator of a censored result (= for an exact value). Type it (&gt;, &lt;, &gt;=, &lt;=) or open the list with Alt+↓; you can also type it in front of the number, e.g. &gt;40000, but not both.</source>
        <translation>Τελεστής σύγκρισης λογοκριμένου αποτελέσματος (= για ακριβή τιμή). Πληκτρολογήστε τον (&gt;, &lt;, &gt;=, &lt;=) ή ανοίξτε τη λίστα με Alt+↓· μπορείτε επίσης να τον πληκτρολογήσετε μπροστά από τον αριθμό, π.χ. &gt;40000, αλλά όχι και τα δύο.</translation>
    </message>
    <message>
        <source>Comparator typed in the value</source>
        <translation>Τελεστής σύγκρισης πληκτρολογημένος στην τιμή</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>_ChartSlot</name>
    <message>
        <source>{name} title</source>
        <translation>{name}: τίτλος</translation>
    </message>
    <message>
        <source>{name}: loading…</source>
        <translation>{name}: φόρτωση…</translation>
    </message>
    <message>
        <source>{name} note</source>
        <translation>{name}: σημείωση</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>corrects #{id}: {reason}</source>
        <translation>corrige #{id}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>superseded by #{id}</source>
        <translation>remplacé par #{id}</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>ERREUR DE SAISIE&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>rempli</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>present: excludes</source>
        <translation>présent&#xa0;: exclut</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Training mode: synthetic data only.</source>
        <translation>Mode formation&#xa0;: données synthétiques uniquement.</translation>
    </message>
    <message>
        <source>Rule set: {version}</source>
        <translation>Ensemble de règles&#xa0;: {version}</translation>
    </message>
    <message>
        <source>Evidence: {version}</source>
        <translation>Données probantes&#xa0;: {version}</translation>
    </message>
    <message>
        <source>Source: {citation} doi:{doi}, {registry}</source>
        <translation>Source&#xa0;: {citation} doi:{doi}, {registry}</translation>
    </message>
    <message>
        <source>Decision support only. The phenotype says which ImmunoSep stratum a patient&apos;s laboratory values match; the regimens shown are the ones used in the trial, not orders. The trial showed less organ dysfunction by day 9 and no mortality benefit, in a phase 2 population (adults with sepsis from pneumonia or primary bacteraemia, treated within 72 h). The treating clinician decides.</source>
        <translation>Aide à la décision uniquement. Le phénotype indique à quelle strate ImmunoSep correspondent les valeurs biologiques d&apos;un patient&#xa0;; les schémas affichés sont ceux utilisés dans l&apos;essai, pas des prescriptions. L&apos;essai a montré moins de dysfonction d&apos;organe à J9 et aucun bénéfice sur la mortalité, dans une population de phase 2 (adultes avec sepsis sur pneumonie ou bactériémie primaire, traités dans les 72 h). La décision appartient au clinicien en charge du patient.</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Langue&#xa0;: {language}</translation>
    </message>
    <message>
        <source>Works offline: no data leave this computer.</source>
        <translation>Fonctionne hors ligne&#xa0;: aucune donnée ne quitte cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An internal error occurred ({kind}). The result on screen may be incomplete: start a new patient and enter the values again, and please report this.</source>
        <translation>Une erreur interne s&apos;est produite ({kind}). Le résultat affiché peut être incomplet&#xa0;: créez un nouveau patient, saisissez à nouveau les valeurs et signalez ce problème.</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message numerus="yes">
        <source>Writing %n PDF report(s)…</source>
        <translation>
            <numerusform>Écriture de %n rapport PDF…</numerusform>
            <numerusform>Écriture de %n rapports PDF…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: {reason}.</source>
        <translation>L&apos;export s&apos;est arrêté&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Export cancelled. The reports written so far are listed in index.csv in {folder}; no combined file was made.</source>
        <translation>Export annulé. Les rapports déjà écrits sont listés dans index.csv dans {folder}&#xa0;; aucun fichier combiné n&apos;a été créé.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Exporter les rapports PDF</translation>
    </message>
    <message>
        <source>Export PDF reports — TRAINING</source>
        <translation>Exporter les rapports PDF — FORMATION</translation>
    </message>
    <message numerus="yes">
        <source>%n one-page report(s), a summary listing every row (rows needing action first), and all of them in one file to print (all-reports.pdf).</source>
        <translation>
            <numerusform>%n rapport d&apos;une page, une synthèse listant chaque ligne (lignes nécessitant une action en premier) et le tout dans un seul fichier à imprimer (all-reports.pdf).</numerusform>
            <numerusform>%n rapports d&apos;une page, une synthèse listant chaque ligne (lignes nécessitant une action en premier) et le tout dans un seul fichier à imprimer (all-reports.pdf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected at import: they are listed with the reason.</source>
        <translation>
            <numerusform>%n ligne rejetée à l&apos;import&#xa0;: elle est listée avec le motif.</numerusform>
            <numerusform>%n lignes rejetées à l&apos;import&#xa0;: elles sont listées avec le motif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Dossier des rapports</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Patient identifiers in file &amp;names</source>
        <translation>Identifiants patients dans les &amp;noms de fichiers</translation>
    </message>
    <message>
        <source>Untick on a shared drive: files are then named by row number only</source>
        <translation>À décocher sur un lecteur partagé&#xa0;: les fichiers sont alors nommés uniquement par numéro de ligne</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>BatchResultWindow</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Exporter les rapports PDF</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
</context>
<context>
    <name>CardEligibility</name>
    <message>
        <source>Eligibility: not assessed.</source>
        <translation>Éligibilité&#xa0;: non évaluée.</translation>
    </message>
    <message>
        <source>Eligibility: the stored checklist cannot be read: {reason}</source>
        <translation>Éligibilité&#xa0;: la liste de contrôle enregistrée ne peut pas être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Eligibility: not assessed. Patient ▸ Eligibility checklist (Ctrl+Shift+E) or the button below enters it.</source>
        <translation>Éligibilité&#xa0;: non évaluée. Patient ▸ Liste de contrôle d&apos;éligibilité (Ctrl+Maj+E) ou le bouton ci-dessous permet de la saisir.</translation>
    </message>
    <message>
        <source>Eligibility: checklist #{id} cannot be read: {reason}</source>
        <translation>Éligibilité&#xa0;: la liste de contrôle #{id} ne peut pas être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>outside the tested population</source>
        <translation>hors de la population étudiée</translation>
    </message>
    <message>
        <source>fit to the tested population unknown</source>
        <translation>adéquation à la population étudiée inconnue</translation>
    </message>
    <message>
        <source>all listed criteria met</source>
        <translation>tous les critères listés sont remplis</translation>
    </message>
    <message>
        <source>Eligibility (checklist #{id}, assessment #{assessment}): {met} met · {failed} not met · {unknown} unknown — {verdict}</source>
        <translation>Éligibilité (liste de contrôle #{id}, évaluation #{assessment})&#xa0;: {met} remplis · {failed} non remplis · {unknown} inconnus — {verdict}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Phenotype map</source>
        <translation>Carte des phénotypes</translation>
    </message>
    <message>
        <source>Evidence chart</source>
        <translation>Graphique des données probantes</translation>
    </message>
</context>
<context>
    <name>CohortStoreBar</name>
    <message>
        <source>Storing this import</source>
        <translation>Enregistrement de cet import</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Store %n assessment(s) in the training records</source>
        <translation>
            <numerusform>&amp;Enregistrer %n évaluation dans les dossiers de formation</numerusform>
            <numerusform>&amp;Enregistrer %n évaluations dans les dossiers de formation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Store %n assessment(s) in the clinical records</source>
        <translation>
            <numerusform>&amp;Enregistrer %n évaluation dans les dossiers cliniques</numerusform>
            <numerusform>&amp;Enregistrer %n évaluations dans les dossiers cliniques</numerusform>
        </translation>
    </message>
    <message>
        <source>Store the assessments</source>
        <translation>Enregistrer les évaluations</translation>
    </message>
    <message>
        <source>&amp;View only</source>
        <translation>&amp;Consulter uniquement</translation>
    </message>
    <message>
        <source>View only, store nothing</source>
        <translation>Consulter uniquement, ne rien enregistrer</translation>
    </message>
    <message>
        <source>Storing progress</source>
        <translation>Progression de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Cancel storing</source>
        <translation>Annuler l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Nothing from this file has been stored. Store it in the patients&apos; records, or only view it?</source>
        <translation>Rien de ce fichier n&apos;a été enregistré. L&apos;enregistrer dans les dossiers des patients, ou seulement le consulter&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n assessment(s)…</source>
        <translation>
            <numerusform>Enregistrement de %n évaluation…</numerusform>
            <numerusform>Enregistrement de %n évaluations…</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewing only: nothing from this file is stored.</source>
        <translation>Consultation uniquement&#xa0;: rien de ce fichier n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Viewing only: nothing from this file is stored. The choice could not be written to the audit trail: {reason}</source>
        <translation>Consultation uniquement&#xa0;: rien de ce fichier n&apos;est enregistré. Le choix n&apos;a pas pu être inscrit dans la piste d&apos;audit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Storing is still running: wait for it to finish, or cancel it, before closing this window.</source>
        <translation>L&apos;enregistrement est en cours&#xa0;: attendez qu&apos;il se termine, ou annulez-le, avant de fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Stored in the training records as import #{id}.</source>
        <translation>Enregistré dans les dossiers de formation comme import #{id}.</translation>
    </message>
    <message>
        <source>Stored in the clinical records as import #{id}.</source>
        <translation>Enregistré dans les dossiers cliniques comme import #{id}.</translation>
    </message>
    <message numerus="yes">
        <source>Stored in the training records as import #{id}: %n assessment(s).</source>
        <translation>
            <numerusform>Enregistré dans les dossiers de formation comme import #{id}&#xa0;: %n évaluation.</numerusform>
            <numerusform>Enregistré dans les dossiers de formation comme import #{id}&#xa0;: %n évaluations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored in the clinical records as import #{id}: %n assessment(s).</source>
        <translation>
            <numerusform>Enregistré dans les dossiers cliniques comme import #{id}&#xa0;: %n évaluation.</numerusform>
            <numerusform>Enregistré dans les dossiers cliniques comme import #{id}&#xa0;: %n évaluations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored: {reason} Nothing from this file was stored.</source>
        <translation>Non enregistré&#xa0;: {reason} Rien de ce fichier n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Storing cancelled: nothing from this file was stored.</source>
        <translation>Enregistrement annulé&#xa0;: rien de ce fichier n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>CohortView</name>
    <message>
        <source>Cohort — {file}</source>
        <translation>Cohorte — {file}</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Filter: patient id, phenotype, reason…</source>
        <translation>Filtre&#xa0;: identifiant patient, phénotype, motif…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>Table status</source>
        <translation>État du tableau</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>Select a row to see its full assessment.</source>
        <translation>Sélectionnez une ligne pour voir son évaluation complète.</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Ligne sélectionnée</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notes d&apos;import</translation>
    </message>
    <message>
        <source>&amp;Open in the main window</source>
        <translation>&amp;Ouvrir dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Show this assessment in the main window (Enter); asks first if typed values are not saved</source>
        <translation>Afficher cette évaluation dans la fenêtre principale (Entrée)&#xa0;; demande d&apos;abord confirmation si des valeurs saisies ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Exporter les résultats…</translation>
    </message>
    <message>
        <source>Export rejected rows…</source>
        <translation>Exporter les lignes rejetées…</translation>
    </message>
    <message>
        <source>Export PDF reports…</source>
        <translation>Exporter les rapports PDF…</translation>
    </message>
    <message>
        <source>One PDF per patient row, a cohort summary and an index, rendered on every CPU core</source>
        <translation>Un PDF par ligne patient, une synthèse de cohorte et un index, générés sur tous les cœurs du processeur</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Carte des phénotypes de la cohorte</translation>
    </message>
    <message>
        <source>classified</source>
        <translation>classée</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <translation>classification impossible</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>MALS</source>
        <translation>MALS</translation>
    </message>
    <message>
        <source>Immunoparalysis</source>
        <translation>Immunoparalysie</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>Classification impossible</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Classées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Identifiant patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Phénotype</translation>
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
        <translation>Heure de prélèvement</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Data rows: {n}</source>
        <translation>Lignes de données&#xa0;: {n}</translation>
    </message>
    <message>
        <source>classified: {n}</source>
        <translation>classées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>cannot classify: {n}</source>
        <translation>classification impossible&#xa0;: {n}</translation>
    </message>
    <message>
        <source>rejected: {n}</source>
        <translation>rejetées&#xa0;: {n}</translation>
    </message>
    <message>
        <source>assessments: {n}</source>
        <translation>évaluations&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{phenotype} {n}</source>
        <translation>{phenotype} {n}</translation>
    </message>
    <message>
        <source>Cohort rows</source>
        <translation>Lignes de la cohorte</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Full assessment of the selected row</source>
        <translation>Évaluation complète de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Row {row} was rejected: {reasons}</source>
        <translation>La ligne {row} a été rejetée&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>Row {row}, patient {patient}</source>
        <translation>Ligne {row}, patient {patient}</translation>
    </message>
    <message>
        <source>Imported row {row} — {patient}</source>
        <translation>Ligne importée {row} — {patient}</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Tri…</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>CohortWindow</name>
    <message>
        <source>Recent &amp;imports</source>
        <translation>&amp;Imports récents</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Imports récents</translation>
    </message>
    <message>
        <source>Recent import</source>
        <translation>Import récent</translation>
    </message>
    <message>
        <source>The file has changed since it was imported (its content is different), so it is not shown in place of the imported cohort. Import it again to see its new content.</source>
        <translation>Le fichier a été modifié depuis son import (son contenu est différent)&#xa0;: il n&apos;est donc pas affiché à la place de la cohorte importée. Importez-le à nouveau pour voir son nouveau contenu.</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Carte des phénotypes de la cohorte</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Nouvelle lecture du fichier…</translation>
    </message>
    <message>
        <source>{name} — training, stored as import #{id}</source>
        <translation>{name} — formation, enregistré comme import #{id}</translation>
    </message>
    <message>
        <source>{name} — clinical, stored as import #{id}</source>
        <translation>{name} — clinique, enregistré comme import #{id}</translation>
    </message>
    <message>
        <source>{name} — training, viewed only</source>
        <translation>{name} — formation, consulté uniquement</translation>
    </message>
    <message>
        <source>{name} — clinical, viewed only</source>
        <translation>{name} — clinique, consulté uniquement</translation>
    </message>
    <message>
        <source>This import was made in training mode; switch to it to reopen the import.</source>
        <translation>Cet import a été fait en mode formation&#xa0;; passez dans ce mode pour rouvrir l&apos;import.</translation>
    </message>
    <message>
        <source>This import was made in clinical mode; leave training mode to reopen it.</source>
        <translation>Cet import a été fait en mode clinique&#xa0;; quittez le mode formation pour le rouvrir.</translation>
    </message>
    <message>
        <source>(no recent imports)</source>
        <translation>(aucun import récent)</translation>
    </message>
    <message>
        <source>The file is no longer where it was imported from: {path}</source>
        <translation>Le fichier n&apos;est plus à l&apos;emplacement d&apos;où il a été importé&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read ({kind}).</source>
        <translation>Le fichier ne peut pas être lu ({kind}).</translation>
    </message>
</context>
<context>
    <name>DailySofaPanel</name>
    <message>
        <source>Enter the date as YYYY-MM-DD (for example 2026-11-24).</source>
        <translation>Saisissez la date au format AAAA-MM-JJ (par exemple 2026-11-24).</translation>
    </message>
    <message>
        <source>{date} is after today; a SOFA is entered for a day that has begun.</source>
        <translation>{date} est postérieure à aujourd&apos;hui&#xa0;; un SOFA se saisit pour un jour déjà commencé.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day1}).</source>
        <translation>{date} est antérieure à J1 ({day1}).</translation>
    </message>
    <message>
        <source>The SOFA calculator has no total: correct its fields, or type the total.</source>
        <translation>Le calculateur SOFA n&apos;a pas de total&#xa0;: corrigez ses champs, ou saisissez le total.</translation>
    </message>
    <message>
        <source>Nothing is entered in the SOFA calculator yet.</source>
        <translation>Rien n&apos;est encore saisi dans le calculateur SOFA.</translation>
    </message>
    <message>
        <source>Type the total as a whole number from 0 to 24.</source>
        <translation>Saisissez le total sous forme de nombre entier de 0 à 24.</translation>
    </message>
    <message>
        <source>Enter the patient identifier in the main window first.</source>
        <translation>Saisissez d&apos;abord l&apos;identifiant du patient dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s records…</source>
        <translation>Lecture des dossiers du patient…</translation>
    </message>
    <message>
        <source>Day {day} already has a SOFA: select it below and correct it.</source>
        <translation>J{day} a déjà un SOFA&#xa0;: sélectionnez-le ci-dessous et corrigez-le.</translation>
    </message>
    <message>
        <source>day {day}</source>
        <translation>J{day}</translation>
    </message>
    <message>
        <source>No SOFA is stored for this patient yet: the first one saved fixes day 1 (day 1 is the day of phenotyping; choose its study day if the first SOFA stored is a later one).</source>
        <translation>Aucun SOFA n&apos;est encore enregistré pour ce patient&#xa0;: le premier enregistré fixe J1 (J1 est le jour du phénotypage&#xa0;; choisissez son jour d&apos;étude si le premier SOFA enregistré est plus tardif).</translation>
    </message>
    <message>
        <source>Day 1 (the day of phenotyping) of this course: {date}. The study day follows from the date.</source>
        <translation>J1 (jour du phénotypage) de ce suivi&#xa0;: {date}. Le jour d&apos;étude découle de la date.</translation>
    </message>
    <message>
        <source>Nothing is entered in the calculator yet.</source>
        <translation>Rien n&apos;est encore saisi dans le calculateur.</translation>
    </message>
    <message>
        <source>The calculator has no total: a field there is marked in red.</source>
        <translation>Le calculateur n&apos;a pas de total&#xa0;: un de ses champs est marqué en rouge.</translation>
    </message>
    <message>
        <source>Correct the date of &amp;death…</source>
        <translation>Corriger la date du &amp;décès…</translation>
    </message>
    <message>
        <source>Record &amp;death…</source>
        <translation>Enregistrer le &amp;décès…</translation>
    </message>
    <message>
        <source>&amp;Save SOFA for day {day} ({date})…</source>
        <translation>&amp;Enregistrer le SOFA de J{day} ({date})…</translation>
    </message>
    <message>
        <source>&amp;Save SOFA…</source>
        <translation>&amp;Enregistrer le SOFA…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>death on {date}</source>
        <translation>décès le {date}</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>calculateur</translation>
    </message>
    <message>
        <source>total typed</source>
        <translation>total saisi</translation>
    </message>
    <message>
        <source>day {day} ({date}): SOFA {total}, {n} of 6 systems, {how}</source>
        <translation>J{day} ({date})&#xa0;: SOFA {total}, {n} des 6 systèmes, {how}</translation>
    </message>
    <message>
        <source>{when} by {user}</source>
        <translation>{when} par {user}</translation>
    </message>
    <message>
        <source>Day {day} ({date}): SOFA {total}</source>
        <translation>J{day} ({date})&#xa0;: SOFA {total}</translation>
    </message>
    <message>
        <source>This SOFA fixes day 1 of the course: {date}.</source>
        <translation>Ce SOFA fixe J1 du suivi&#xa0;: {date}.</translation>
    </message>
    <message>
        <source>Save daily SOFA</source>
        <translation>Enregistrer le SOFA quotidien</translation>
    </message>
    <message>
        <source>Save this daily SOFA in the TRAINING records of patient:</source>
        <translation>Enregistrer ce SOFA quotidien dans les dossiers de FORMATION du patient&#xa0;:</translation>
    </message>
    <message>
        <source>Save this daily SOFA in the clinical records of patient:</source>
        <translation>Enregistrer ce SOFA quotidien dans les dossiers cliniques du patient&#xa0;:</translation>
    </message>
    <message>
        <source>Daily SOFA saved for {patient}, day {day}.</source>
        <translation>SOFA quotidien enregistré pour {patient}, J{day}.</translation>
    </message>
    <message>
        <source>{total} from {n} of 6 organ systems ({how})</source>
        <translation>{total} sur {n} des 6 systèmes d&apos;organes ({how})</translation>
    </message>
    <message>
        <source>Correct a daily SOFA</source>
        <translation>Corriger un SOFA quotidien</translation>
    </message>
    <message>
        <source>Day {day} of {patient} will be stored again as SOFA {total}; the old version (record #{id}) stays stored, marked as superseded.</source>
        <translation>J{day} de {patient} sera enregistré à nouveau avec un SOFA de {total}&#xa0;; l&apos;ancienne version (enregistrement #{id}) reste enregistrée, marquée comme remplacée.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Enregistrer la correction</translation>
    </message>
    <message>
        <source>Correction saved for {patient}.</source>
        <translation>Correction enregistrée pour {patient}.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Marquer comme erreur de saisie</translation>
    </message>
    <message>
        <source>Record #{id} of {patient} will be marked as entered in error. It stays stored and listed, and no longer counts.</source>
        <translation>L&apos;enregistrement #{id} de {patient} sera marqué comme erreur de saisie. Il reste enregistré et listé, mais n&apos;est plus pris en compte.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>&amp;Marquer comme erreur de saisie</translation>
    </message>
    <message>
        <source>Record #{id} marked as entered in error.</source>
        <translation>Enregistrement #{id} marqué comme erreur de saisie.</translation>
    </message>
    <message>
        <source>Death recorded for {patient}.</source>
        <translation>Décès enregistré pour {patient}.</translation>
    </message>
    <message>
        <source>Enter a day&apos;s SOFA</source>
        <translation>Saisir le SOFA d&apos;un jour</translation>
    </message>
    <message>
        <source>The trial&apos;s day-9 measure</source>
        <translation>Critère J9 de l&apos;essai</translation>
    </message>
    <message>
        <source>Stored daily SOFA and death records</source>
        <translation>SOFA quotidiens et décès enregistrés</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Date of this SOFA</source>
        <translation>Date de ce SOFA</translation>
    </message>
    <message>
        <source>study day:</source>
        <translation>jour d&apos;étude&#xa0;:</translation>
    </message>
    <message>
        <source>Study day of this SOFA</source>
        <translation>Jour d&apos;étude de ce SOFA</translation>
    </message>
    <message>
        <source>From the SOFA &amp;calculator:</source>
        <translation>Depuis le &amp;calculateur SOFA&#xa0;:</translation>
    </message>
    <message>
        <source>Open the calculator</source>
        <translation>Ouvrir le calculateur</translation>
    </message>
    <message>
        <source>Total t&amp;yped from the chart:</source>
        <translation>Total sais&amp;i d&apos;après la feuille de soins&#xa0;:</translation>
    </message>
    <message>
        <source>SOFA total typed</source>
        <translation>Total SOFA saisi</translation>
    </message>
    <message>
        <source>resting on</source>
        <translation>calculé sur</translation>
    </message>
    <message>
        <source>Organ systems the typed total rests on</source>
        <translation>Systèmes d&apos;organes sur lesquels repose le total saisi</translation>
    </message>
    <message>
        <source>{n} of 6 organ systems</source>
        <translation>{n} des 6 systèmes d&apos;organes</translation>
    </message>
    <message>
        <source>C&amp;orrect with the values above…</source>
        <translation>C&amp;orriger avec les valeurs ci-dessus…</translation>
    </message>
    <message>
        <source>Mark e&amp;ntered in error…</source>
        <translation>M&amp;arquer comme erreur de saisie…</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <source>Correct the date of death</source>
        <translation>Corriger la date du décès</translation>
    </message>
    <message>
        <source>Record death</source>
        <translation>Enregistrer le décès</translation>
    </message>
    <message>
        <source>Patient {patient}. From the day of death every day of the day-9 measure counts SOFA 24 (the trial&apos;s statistical analysis plan).</source>
        <translation>Patient {patient}. À partir du jour du décès, chaque jour du critère J9 compte pour un SOFA de 24 (plan d&apos;analyse statistique de l&apos;essai).</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Date du décès</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <source>&amp;Date of death:</source>
        <translation>&amp;Date du décès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Saisissez la date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>La date est postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Une correction nécessite un motif.</translation>
    </message>
</context>
<context>
    <name>DemoCasePanel</name>
    <message>
        <source>Training case</source>
        <translation>Cas de formation</translation>
    </message>
    <message>
        <source>choose a synthetic case…</source>
        <translation>choisir un cas synthétique…</translation>
    </message>
    <message>
        <source>Training &amp;case:</source>
        <translation>&amp;Cas de formation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quiz: hide the answers</source>
        <translation>&amp;Quiz&#xa0;: masquer les réponses</translation>
    </message>
    <message>
        <source>Quiz mode</source>
        <translation>Mode quiz</translation>
    </message>
    <message>
        <source>R&amp;eveal</source>
        <translation>Affich&amp;er</translation>
    </message>
    <message>
        <source>Reveal the expected result</source>
        <translation>Afficher le résultat attendu</translation>
    </message>
    <message>
        <source>{id} · {title} — topic: {topic}</source>
        <translation>{id} · {title} — thème&#xa0;: {topic}</translation>
    </message>
    <message>
        <source>Choose a case to fill in the form; ↑/↓ step through them.</source>
        <translation>Choisissez un cas pour remplir le formulaire&#xa0;; ↑/↓ pour les parcourir.</translation>
    </message>
    <message>
        <source>Teaching note</source>
        <translation>Note pédagogique</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Result compared with the case</source>
        <translation>Résultat comparé au cas</translation>
    </message>
    <message>
        <source>✔ matches the result shown</source>
        <translation>✔ correspond au résultat affiché</translation>
    </message>
    <message>
        <source>Values changed: the result may differ</source>
        <translation>Valeurs modifiées&#xa0;: le résultat peut différer</translation>
    </message>
    <message>
        <source>Case {n} of {total} ({id})</source>
        <translation>Cas {n} sur {total} ({id})</translation>
    </message>
    <message>
        <source>Expected result hidden: read the result, then Reveal (Alt+E).</source>
        <translation>Résultat attendu masqué&#xa0;: lisez le résultat, puis Afficher (Alt+E).</translation>
    </message>
    <message>
        <source>Quiz: {id}. What phenotype do these values give, and why?</source>
        <translation>Quiz&#xa0;: {id}. Quel phénotype ces valeurs donnent-elles, et pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>Classification impossible</translation>
    </message>
    <message>
        <source>Expected: {result}</source>
        <translation>Attendu&#xa0;: {result}</translation>
    </message>
    <message>
        <source>{title}: {note}</source>
        <translation>{title}&#xa0;: {note}</translation>
    </message>
</context>
<context>
    <name>EligibilityHistoryView</name>
    <message>
        <source>No eligibility checklist is stored for this patient. Patient ▸ Eligibility checklist (Ctrl+Shift+E) enters one.</source>
        <translation>Aucune liste de contrôle d&apos;éligibilité n&apos;est enregistrée pour ce patient. Patient ▸ Liste de contrôle d&apos;éligibilité (Ctrl+Maj+E) permet d&apos;en saisir une.</translation>
    </message>
    <message>
        <source>Eligibility checklists stored for this patient, oldest first. The ImmunoSep evidence comes from the population these criteria describe and may not apply outside it; the checklist never blocks a phenotype.</source>
        <translation>Listes de contrôle d&apos;éligibilité enregistrées pour ce patient, de la plus ancienne à la plus récente. Les données ImmunoSep proviennent de la population que décrivent ces critères et peuvent ne pas s&apos;appliquer en dehors de celle-ci&#xa0;; la liste de contrôle ne bloque jamais un phénotype.</translation>
    </message>
    <message>
        <source>Checklist #{id}, stored with assessment #{assessment}</source>
        <translation>Liste de contrôle #{id}, enregistrée avec l&apos;évaluation #{assessment}</translation>
    </message>
    <message>
        <source>checklist {version}</source>
        <translation>liste de contrôle {version}</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Inclusion {number}</source>
        <translation>Inclusion {number}</translation>
    </message>
    <message>
        <source>Exclusion {number}</source>
        <translation>Exclusion {number}</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>NON VÉRIFIÉ</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>checklist</source>
        <translation>liste de contrôle</translation>
    </message>
    <message>
        <source>About taking part in the trial, not about the patient&apos;s condition.</source>
        <translation>Concerne la participation à l&apos;essai, pas l&apos;état du patient.</translation>
    </message>
    <message>
        <source>No summary: {reason}</source>
        <translation>Pas de synthèse&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>A checklist (record #{id}) is stored with assessment #{assessment}; saving stores a corrected version.</source>
        <translation>Une liste de contrôle (enregistrement #{id}) est enregistrée avec l&apos;évaluation #{assessment}&#xa0;; l&apos;enregistrer crée une version corrigée.</translation>
    </message>
    <message>
        <source>Saved with assessment #{assessment}.</source>
        <translation>Enregistrée avec l&apos;évaluation #{assessment}.</translation>
    </message>
    <message>
        <source>&amp;Save corrected checklist…</source>
        <translation>&amp;Enregistrer la liste de contrôle corrigée…</translation>
    </message>
    <message>
        <source>&amp;Save checklist…</source>
        <translation>&amp;Enregistrer la liste de contrôle…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Eligibility checklist saved for {patient}.</source>
        <translation>Liste de contrôle d&apos;éligibilité enregistrée pour {patient}.</translation>
    </message>
    <message>
        <source>Correct the eligibility checklist</source>
        <translation>Corriger la liste de contrôle d&apos;éligibilité</translation>
    </message>
    <message>
        <source>The checklist of assessment #{assessment} of {patient} will be stored again with these answers; the old version (record #{id}) stays stored, marked as superseded.</source>
        <translation>La liste de contrôle de l&apos;évaluation #{assessment} de {patient} sera enregistrée à nouveau avec ces réponses&#xa0;; l&apos;ancienne version (enregistrement #{id}) reste enregistrée, marquée comme remplacée.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Enregistrer la correction</translation>
    </message>
    <message>
        <source>Save eligibility checklist</source>
        <translation>Enregistrer la liste de contrôle d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Save this checklist in the TRAINING records of patient:</source>
        <translation>Enregistrer cette liste de contrôle dans les dossiers de FORMATION du patient&#xa0;:</translation>
    </message>
    <message>
        <source>Save this checklist in the clinical records of patient:</source>
        <translation>Enregistrer cette liste de contrôle dans les dossiers cliniques du patient&#xa0;:</translation>
    </message>
    <message>
        <source>With assessment #{assessment}</source>
        <translation>Avec l&apos;évaluation #{assessment}</translation>
    </message>
    <message>
        <source>Use only if… — the ImmunoSep trial&apos;s eligibility criteria (NCT04990232), as registered</source>
        <translation>À utiliser uniquement si… — critères d&apos;éligibilité de l&apos;essai ImmunoSep (NCT04990232), tels qu&apos;enregistrés</translation>
    </message>
    <message>
        <source>Inclusion criteria: each must be met</source>
        <translation>Critères d&apos;inclusion&#xa0;: chacun doit être rempli</translation>
    </message>
    <message>
        <source>Exclusion criteria: each must be absent</source>
        <translation>Critères d&apos;exclusion&#xa0;: chacun doit être absent</translation>
    </message>
    <message>
        <source>Neutrophils (&amp;ANC):</source>
        <translation>Neutrophiles (P&amp;NN)&#xa0;:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{kind} criterion {number}: answer</source>
        <translation>{kind} — critère {number}&#xa0;: réponse</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusion</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>NON VÉRIFIÉ</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>as used on the ward, e.g. bed 7</source>
        <translation>tel qu&apos;utilisé dans le service, p.&#xa0;ex. lit 7</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Identifiant du patient</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Âge en années</translation>
    </message>
    <message>
        <source>years, e.g. 64</source>
        <translation>ans, p.&#xa0;ex. 64</translation>
    </message>
    <message>
        <source>ferritin</source>
        <translation>ferritine</translation>
    </message>
    <message>
        <source>e.g. 5120</source>
        <translation>p.&#xa0;ex. 5120</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>e.g. 3200</source>
        <translation>p.&#xa0;ex. 3200</translation>
    </message>
    <message>
        <source>Ferritin sample time</source>
        <translation>Heure de prélèvement de la ferritine</translation>
    </message>
    <message>
        <source>HLA-DR sample time</source>
        <translation>Heure de prélèvement de l&apos;HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR processing time</source>
        <translation>Heure de traitement de l&apos;HLA-DR</translation>
    </message>
    <message>
        <source>Decimal separator in force</source>
        <translation>Séparateur décimal en vigueur</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Ward &amp;identifier</source>
        <translation>&amp;Identifiant dans le service</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>Â&amp;ge (ans)</translation>
    </message>
    <message>
        <source>Laboratory values</source>
        <translation>Valeurs biologiques</translation>
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
        <translation>HLA-DR monocytaire en anticorps liés par cellule (AB/C, QuantiBRITE). Le&#xa0;% de cellules positives et la MFI peuvent être choisis, mais pas utilisés.</translation>
    </message>
    <message>
        <source>Sample times (optional)</source>
        <translation>Heures de prélèvement (facultatif)</translation>
    </message>
    <message>
        <source>Ferritin &amp;sampled</source>
        <translation>Pré&amp;lèvement ferritine</translation>
    </message>
    <message>
        <source>HLA-DR sa&amp;mpled</source>
        <translation>Prélève&amp;ment HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR pr&amp;ocessed</source>
        <translation>Traitement HLA-DR (la&amp;bo)</translation>
    </message>
    <message>
        <source>read as {reading}</source>
        <translation>lu comme {reading}</translation>
    </message>
    <message>
        <source>read as {when}</source>
        <translation>lu comme {when}</translation>
    </message>
    <message>
        <source>Decimal separator in force: &apos;{sep}&apos; (e.g. {example}); thousands separators are never accepted. Change it in File ▸ Settings.</source>
        <translation>Séparateur décimal en vigueur&#xa0;: &apos;{sep}&apos; (p.&#xa0;ex. {example})&#xa0;; les séparateurs de milliers ne sont jamais acceptés. Modifiable dans Fichier ▸ Paramètres.</translation>
    </message>
    <message>
        <source>Unusually high: above {limit} {unit}. Check the value and its unit.</source>
        <translation>Inhabituellement élevé&#xa0;: au-dessus de {limit} {unit}. Vérifiez la valeur et son unité.</translation>
    </message>
    <message>
        <source>Unusually low: below {limit} {unit}. Check the value and its unit.</source>
        <translation>Inhabituellement bas&#xa0;: au-dessous de {limit} {unit}. Vérifiez la valeur et son unité.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Randomized, double-blind, double-dummy, placebo-controlled phase 2 trial; 33 sites in 6 countries; 2021-08-05 to 2024-04-29.</source>
        <comment>trial/design</comment>
        <extracomment>immunosep.json trial/design</extracomment>
        <translation>Essai de phase 2 randomisé, en double aveugle, double placebo (double-dummy), contrôlé contre placebo&#xa0;; 33 centres dans 6 pays&#xa0;; du 2021-08-05 au 2024-04-29.</translation>
    </message>
    <message>
        <source>Adults (≥ 18 years) with sepsis by Sepsis-3 (SOFA ≥ 2, or a rise of ≥ 2 points if already in hospital).</source>
        <comment>trial/population/0</comment>
        <extracomment>immunosep.json trial/population/0</extracomment>
        <translation>Adultes (≥ 18 ans) avec sepsis selon Sepsis-3 (SOFA ≥ 2, ou hausse de ≥ 2 points chez les patients déjà hospitalisés).</translation>
    </message>
    <message>
        <source>Infection: community-acquired, hospital-acquired or ventilator-associated pneumonia, or primary bacteraemia.</source>
        <comment>trial/population/1</comment>
        <extracomment>immunosep.json trial/population/1</extracomment>
        <translation>Infection&#xa0;: pneumonie communautaire, nosocomiale ou acquise sous ventilation mécanique, ou bactériémie primaire.</translation>
    </message>
    <message>
        <source>MALS (ferritin &gt; 4420 ng/mL) or immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR &lt; 5000 AB/C, QuantiBRITE, CD45/CD14 monocytes).</source>
        <comment>trial/population/2</comment>
        <extracomment>immunosep.json trial/population/2</extracomment>
        <translation>MALS (ferritine &gt; 4420 ng/mL) ou immunoparalysie (ferritine ≤ 4420 ng/mL et HLA-DR &lt; 5000 AB/C, QuantiBRITE, monocytes CD45/CD14).</translation>
    </message>
    <message>
        <source>Blinded treatment started within 72 hours of sepsis classification.</source>
        <comment>trial/population/3</comment>
        <extracomment>immunosep.json trial/population/3</extracomment>
        <translation>Traitement en aveugle débuté dans les 72 heures suivant la classification en sepsis.</translation>
    </message>
    <message>
        <source>Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.</source>
        <comment>trial/key_exclusions/0</comment>
        <extracomment>immunosep.json trial/key_exclusions/0</extracomment>
        <translation>Pyélonéphrite aiguë, infection intra-abdominale, méningite ou infection cutanée.</translation>
    </message>
    <message>
        <source>Stage IV malignancy; neutropenia (registry: ANC &lt; 1500/mm³; protocol transcription: &lt; 1000/mm³); do-not-resuscitate decision.</source>
        <comment>trial/key_exclusions/1</comment>
        <extracomment>immunosep.json trial/key_exclusions/1</extracomment>
        <translation>Cancer de stade IV&#xa0;; neutropénie (registre&#xa0;: PNN &lt; 1500/mm³&#xa0;; transcription du protocole&#xa0;: &lt; 1000/mm³)&#xa0;; décision de ne pas réanimer.</translation>
    </message>
    <message>
        <source>Bacteraemia with coagulase-negative staphylococci or skin commensals, or catheter-related infection.</source>
        <comment>trial/key_exclusions/2</comment>
        <extracomment>immunosep.json trial/key_exclusions/2</extracomment>
        <translation>Bactériémie à staphylocoques à coagulase négative ou à commensaux cutanés, ou infection liée au cathéter.</translation>
    </message>
    <message>
        <source>Other infection sources (urinary, abdominal, skin, meningitis) were excluded: the evidence does not extend to them.</source>
        <comment>trial/how_patients_may_differ/0</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/0</extracomment>
        <translation>Les autres foyers infectieux (urinaire, abdominal, cutané, méningé) étaient exclus&#xa0;: les données de l&apos;essai ne s&apos;y appliquent pas.</translation>
    </message>
    <message>
        <source>Beyond 72 hours from sepsis classification the trial&apos;s time window no longer applies.</source>
        <comment>trial/how_patients_may_differ/1</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/1</extracomment>
        <translation>Au-delà de 72 heures après la classification en sepsis, la fenêtre temporelle de l&apos;essai ne s&apos;applique plus.</translation>
    </message>
    <message>
        <source>Mean age in the trial was about 70 years and median SOFA 9; most patients were mechanically ventilated.</source>
        <comment>trial/how_patients_may_differ/2</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/2</extracomment>
        <translation>L&apos;âge moyen dans l&apos;essai était d&apos;environ 70 ans et le score SOFA médian de 9&#xa0;; la plupart des patients étaient sous ventilation mécanique.</translation>
    </message>
    <message>
        <source>Patients with COVID-19 could enter only the MALS arm.</source>
        <comment>trial/how_patients_may_differ/3</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/3</extracomment>
        <translation>Les patients atteints de COVID-19 ne pouvaient entrer que dans le bras MALS.</translation>
    </message>
    <message>
        <source>No mortality benefit was shown at 28 or 90 days.</source>
        <comment>trial/limits/0</comment>
        <extracomment>immunosep.json trial/limits/0</extracomment>
        <translation>Aucun bénéfice sur la mortalité n&apos;a été montré à 28 ni à 90 jours.</translation>
    </message>
    <message>
        <source>Phase 2 trial; 276 patients analysed (281 randomised).</source>
        <comment>trial/limits/1</comment>
        <extracomment>immunosep.json trial/limits/1</extracomment>
        <translation>Essai de phase 2&#xa0;; 276 patients analysés (281 randomisés).</translation>
    </message>
    <message>
        <source>The primary endpoint is organ dysfunction (SOFA), a surrogate outcome.</source>
        <comment>trial/limits/3</comment>
        <extracomment>immunosep.json trial/limits/3</extracomment>
        <translation>Le critère de jugement principal est la dysfonction d&apos;organe (SOFA), un critère de substitution.</translation>
    </message>
    <message>
        <source>Sepsis use of anakinra and interferon-γ is off-label.</source>
        <comment>trial/limits/4</comment>
        <extracomment>immunosep.json trial/limits/4</extracomment>
        <translation>L&apos;utilisation de l&apos;anakinra et de l&apos;interféron-γ dans le sepsis est hors AMM.</translation>
    </message>
    <message>
        <source>Primary endpoint: proportion of patients with a decrease of ≥ 1.4 points in mean SOFA score by day 9 (day-1 SOFA minus the mean of days 2–9; patients who died scored 24 for the remaining days).</source>
        <comment>endpoint_definition</comment>
        <extracomment>immunosep.json endpoint_definition</extracomment>
        <translation>Critère de jugement principal&#xa0;: proportion de patients avec une baisse du score SOFA moyen d&apos;au moins 1,4 point à J9 (SOFA de J1 moins la moyenne de J2 à J9&#xa0;; les patients décédés ont reçu 24 points pour les jours restants).</translation>
    </message>
    <message>
        <source>No mortality benefit: 28-day mortality 43.5 % vs 49.7 % with placebo (P = .34); 90-day mortality 68.7 % vs 67.6 % (P = .90).</source>
        <comment>key_points/0/text</comment>
        <extracomment>immunosep.json key_points/0/text</extracomment>
        <translation>Aucun bénéfice sur la mortalité&#xa0;: mortalité à 28 jours 43,5&#xa0;% vs 49,7&#xa0;% sous placebo (p = 0,34)&#xa0;; mortalité à 90 jours 68,7&#xa0;% vs 67,6&#xa0;% (p = 0,90).</translation>
    </message>
    <message>
        <source>Phase 2 trial, 276 patients analysed. The primary endpoint was organ dysfunction (a decrease of ≥ 1.4 points in mean SOFA score by day 9), not survival.</source>
        <comment>key_points/1/text</comment>
        <extracomment>immunosep.json key_points/1/text</extracomment>
        <translation>Essai de phase 2, 276 patients analysés. Le critère de jugement principal était la dysfonction d&apos;organe (baisse du score SOFA moyen d&apos;au moins 1,4 point à J9), non la survie.</translation>
    </message>
    <message>
        <source>Off-label use: anakinra and recombinant interferon-γ are not licensed for sepsis.</source>
        <comment>key_points/2/text</comment>
        <extracomment>immunosep.json key_points/2/text</extracomment>
        <translation>Utilisation hors AMM&#xa0;: l&apos;anakinra et l&apos;interféron-γ recombinant ne sont pas autorisés dans le sepsis.</translation>
    </message>
    <message>
        <source>Tested in adults (≥ 18 years) with sepsis (Sepsis-3) from pneumonia (community-acquired, hospital-acquired or ventilator-associated) or primary bacteraemia, treated within 72 hours of sepsis classification.</source>
        <comment>key_points/3/text</comment>
        <extracomment>immunosep.json key_points/3/text</extracomment>
        <translation>Étudié chez des adultes (≥ 18 ans) avec sepsis (Sepsis-3) sur pneumonie (communautaire, nosocomiale ou acquise sous ventilation mécanique) ou bactériémie primaire, traités dans les 72 heures suivant la classification en sepsis.</translation>
    </message>
    <message>
        <source>Not tested in: urinary, intra-abdominal, meningeal or skin infections; stage IV cancer; neutropenia; do-not-resuscitate decisions.</source>
        <comment>key_points/4/text</comment>
        <extracomment>immunosep.json key_points/4/text</extracomment>
        <translation>Non étudié dans&#xa0;: infections urinaires, intra-abdominales, méningées ou cutanées&#xa0;; cancer de stade IV&#xa0;; neutropénie&#xa0;; décisions de ne pas réanimer.</translation>
    </message>
    <message>
        <source>Check the product information for renal dosing, contraindications and interactions.</source>
        <comment>regimen_caution</comment>
        <extracomment>immunosep.json regimen_caution</extracomment>
        <translation>Vérifier dans le RCP l&apos;adaptation posologique à la fonction rénale, les contre-indications et les interactions.</translation>
    </message>
    <message>
        <source>Primary endpoint, all patients</source>
        <comment>comparisons/primary_overall/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/label</extracomment>
        <translation>Critère de jugement principal, tous les patients</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_overall/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_overall/endpoint</extracomment>
        <translation>Baisse du score SOFA moyen d&apos;au moins 1,4 point à J9</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/primary_overall/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/treated/label</extracomment>
        <translation>immunothérapie de précision</translation>
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
        <translation>OR ajusté (régression logistique) 2,49 (IC à 95&#xa0;% 1,42–4,36).</translation>
    </message>
    <message>
        <source>Primary endpoint, MALS subgroup (anakinra vs placebo)</source>
        <comment>comparisons/primary_mals/label</comment>
        <extracomment>immunosep.json comparisons/primary_mals/label</extracomment>
        <translation>Critère de jugement principal, sous-groupe MALS (anakinra vs placebo)</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_mals/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_mals/endpoint</extracomment>
        <translation>Baisse du score SOFA moyen d&apos;au moins 1,4 point à J9</translation>
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
        <translation>Le texte de l&apos;article indique p = 0,04 pour ce sous-groupe.</translation>
    </message>
    <message>
        <source>Primary endpoint, immunoparalysis subgroup (interferon-γ vs placebo)</source>
        <comment>comparisons/primary_immunoparalysis/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/label</extracomment>
        <translation>Critère de jugement principal, sous-groupe immunoparalysie (interféron-γ vs placebo)</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_immunoparalysis/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/endpoint</extracomment>
        <translation>Baisse du score SOFA moyen d&apos;au moins 1,4 point à J9</translation>
    </message>
    <message>
        <source>interferon-γ</source>
        <comment>comparisons/primary_immunoparalysis/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/treated/label</extracomment>
        <translation>interféron-γ</translation>
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
        <translation>Le texte de l&apos;article indique p = 0,02 pour ce sous-groupe.</translation>
    </message>
    <message>
        <source>deaths</source>
        <comment>comparisons/mortality_28d/events</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/events</extracomment>
        <translation>décès</translation>
    </message>
    <message>
        <source>28-day mortality, all patients</source>
        <comment>comparisons/mortality_28d/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/label</extracomment>
        <translation>Mortalité à 28 jours, tous les patients</translation>
    </message>
    <message>
        <source>death by day 28</source>
        <comment>comparisons/mortality_28d/endpoint</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/endpoint</extracomment>
        <translation>décès à J28</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/mortality_28d/treated/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/treated/label</extracomment>
        <translation>immunothérapie de précision</translation>
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
        <translation>HR de Cox 0,83 (0,59–1,18), p = 0,298. La différence imprimée est placebo moins immunothérapie de précision (immunothérapie de précision moins placebo&#xa0;: −6,1).</translation>
    </message>
    <message>
        <source>deaths</source>
        <comment>comparisons/mortality_90d/events</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/events</extracomment>
        <translation>décès</translation>
    </message>
    <message>
        <source>90-day mortality, all patients</source>
        <comment>comparisons/mortality_90d/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/label</extracomment>
        <translation>Mortalité à 90 jours, tous les patients</translation>
    </message>
    <message>
        <source>death by day 90</source>
        <comment>comparisons/mortality_90d/endpoint</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/endpoint</extracomment>
        <translation>décès à J90</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/mortality_90d/treated/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/treated/label</extracomment>
        <translation>immunothérapie de précision</translation>
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
        <translation>HR de Cox 0,84 (0,63–1,12), p = 0,231.</translation>
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
        <translation>Anakinra 200 mg par voie intraveineuse toutes les 8 heures pendant 15 jours (avec placebo sous-cutané&#xa0;: double placebo).</translation>
    </message>
    <message>
        <source>Regimen used in the trial — information, not an order</source>
        <comment>arms/anakinra/regimen_label</comment>
        <extracomment>immunosep.json arms/anakinra/regimen_label</extracomment>
        <translation>Schéma utilisé dans l&apos;essai — information, pas une prescription</translation>
    </message>
    <message>
        <source>Fewer signs of ileus with anakinra (non-serious events).</source>
        <comment>arms/anakinra/safety/2</comment>
        <extracomment>immunosep.json arms/anakinra/safety/2</extracomment>
        <translation>Moins de signes d&apos;iléus sous anakinra (événements non graves).</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL places a patient in MALS; it does not establish HLH (HScore, HLH-2004 remain the diagnostic tools).</source>
        <comment>arms/anakinra/notes/0</comment>
        <extracomment>immunosep.json arms/anakinra/notes/0</extracomment>
        <translation>Une ferritine &gt; 4420 ng/mL classe le patient en MALS&#xa0;; elle n&apos;établit pas un diagnostic de HLH (le HScore et les critères HLH-2004 restent les outils diagnostiques).</translation>
    </message>
    <message>
        <source>Anakinra is licensed for RA, CAPS/NOMID and DIRA; sepsis use is off-label. No renal dose adjustment for the trial regimen was found.</source>
        <comment>arms/anakinra/notes/1</comment>
        <extracomment>immunosep.json arms/anakinra/notes/1</extracomment>
        <translation>L&apos;anakinra est autorisé dans la PR, les CAPS/NOMID et le DIRA&#xa0;; son utilisation dans le sepsis est hors AMM. Aucune adaptation posologique à la fonction rénale pour le schéma de l&apos;essai n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>recombinant human interferon-γ</source>
        <comment>arms/interferon_gamma/drug</comment>
        <extracomment>immunosep.json arms/interferon_gamma/drug</extracomment>
        <translation>interféron-γ humain recombinant</translation>
    </message>
    <message>
        <source>Recombinant human interferon-γ 100 µg subcutaneously every 48 hours (every other day) for 15 days (with intravenous placebo: double-dummy).</source>
        <comment>arms/interferon_gamma/regimen</comment>
        <extracomment>immunosep.json arms/interferon_gamma/regimen</extracomment>
        <translation>Interféron-γ humain recombinant 100 µg par voie sous-cutanée toutes les 48 heures (un jour sur deux) pendant 15 jours (avec placebo intraveineux&#xa0;: double placebo).</translation>
    </message>
    <message>
        <source>Regimen used in the trial — information, not an order</source>
        <comment>arms/interferon_gamma/regimen_label</comment>
        <extracomment>immunosep.json arms/interferon_gamma/regimen_label</extracomment>
        <translation>Schéma utilisé dans l&apos;essai — information, pas une prescription</translation>
    </message>
    <message>
        <source>More haemorrhage with interferon-γ; four haemorrhagic events occurred in treated patients with thrombocytopenia.</source>
        <comment>arms/interferon_gamma/safety/0</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/0</extracomment>
        <translation>Plus d&apos;hémorragies sous interféron-γ&#xa0;; quatre événements hémorragiques sont survenus chez des patients traités présentant une thrombopénie.</translation>
    </message>
    <message>
        <source>More creatinine increase, fibrinogen decrease and γ-GT increase with interferon-γ; less bradycardia (non-serious events).</source>
        <comment>arms/interferon_gamma/safety/1</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/1</extracomment>
        <translation>Plus d&apos;augmentations de la créatinine, de baisses du fibrinogène et d&apos;augmentations des γ-GT sous interféron-γ&#xa0;; moins de bradycardies (événements non graves).</translation>
    </message>
    <message>
        <source>HLA-DR must be antibodies bound per cell (QuantiBRITE, CD45/CD14 monocytes), not % positive monocytes or MFI.</source>
        <comment>arms/interferon_gamma/notes/0</comment>
        <extracomment>immunosep.json arms/interferon_gamma/notes/0</extracomment>
        <translation>L&apos;HLA-DR doit être exprimé en anticorps liés par cellule (QuantiBRITE, monocytes CD45/CD14), et non en&#xa0;% de monocytes positifs ou en MFI.</translation>
    </message>
    <message>
        <source>Interferon-γ-1b is licensed for chronic granulomatous disease; sepsis use is off-label.</source>
        <comment>arms/interferon_gamma/notes/1</comment>
        <extracomment>immunosep.json arms/interferon_gamma/notes/1</extracomment>
        <translation>L&apos;interféron-γ-1b est autorisé dans la granulomatose septique chronique&#xa0;; son utilisation dans le sepsis est hors AMM.</translation>
    </message>
    <message>
        <source>Serious treatment-emergent adverse events in 245 of 276 patients (88.8 %); 1069 events in all.</source>
        <comment>overall_safety/0</comment>
        <extracomment>immunosep.json overall_safety/0</extracomment>
        <translation>Événements indésirables graves survenus sous traitement chez 245 des 276 patients (88,8&#xa0;%)&#xa0;; 1069 événements au total.</translation>
    </message>
    <message>
        <source>Serious adverse events judged probably or possibly related: 8 (6.1 %) with precision immunotherapy vs 3 (2.1 %) with placebo.</source>
        <comment>overall_safety/1</comment>
        <extracomment>immunosep.json overall_safety/1</extracomment>
        <translation>Événements indésirables graves jugés probablement ou possiblement liés&#xa0;: 8 (6,1&#xa0;%) sous immunothérapie de précision vs 3 (2,1&#xa0;%) sous placebo.</translation>
    </message>
    <message>
        <source>This patient meets neither ImmunoSep phenotype (ferritin ≤ 4420 ng/mL and HLA-DR ≥ 5000 AB/C). Such patients were not eligible for the trial (355 of 672 screened fitted neither phenotype), so the ImmunoSep evidence does not apply and the trial offers no treatment for this state.</source>
        <comment>not_applicable/unclassified</comment>
        <extracomment>immunosep.json not_applicable/unclassified</extracomment>
        <translation>Ce patient ne correspond à aucun des deux phénotypes ImmunoSep (ferritine ≤ 4420 ng/mL et HLA-DR ≥ 5000 AB/C). Ces patients n&apos;étaient pas éligibles à l&apos;essai (355 des 672 patients sélectionnés ne correspondaient à aucun phénotype)&#xa0;: les données ImmunoSep ne s&apos;appliquent donc pas et l&apos;essai ne propose aucun traitement pour cet état.</translation>
    </message>
    <message>
        <source>The phenotype cannot be determined from these data, so no ImmunoSep evidence applies yet. Obtain what the reasons above ask for and assess again.</source>
        <comment>not_applicable/cannot_classify</comment>
        <extracomment>immunosep.json not_applicable/cannot_classify</extracomment>
        <translation>Le phénotype ne peut pas être déterminé à partir de ces données&#xa0;: aucune donnée ImmunoSep ne s&apos;applique encore. Obtenez ce que demandent les raisons ci-dessus et évaluez à nouveau.</translation>
    </message>
    <message>
        <source>28-day mortality: the difference is printed as 6.1 (−5.6 to 17.6), which is placebo minus precision immunotherapy; precision minus placebo is −6.1 (−17.6 to 5.6).</source>
        <comment>published_discrepancies/0</comment>
        <extracomment>immunosep.json published_discrepancies/0</extracomment>
        <translation>Mortalité à 28 jours&#xa0;: la différence est imprimée comme 6,1 (−5,6 à 17,6), soit placebo moins immunothérapie de précision&#xa0;; immunothérapie de précision moins placebo donne −6,1 (−17,6 à 5,6).</translation>
    </message>
    <message>
        <source>MALS subgroup: the article text prints P = .04; the eTable prints P = .034, which the counts reproduce (Fisher 0.0339).</source>
        <comment>published_discrepancies/1</comment>
        <extracomment>immunosep.json published_discrepancies/1</extracomment>
        <translation>Sous-groupe MALS&#xa0;: le texte de l&apos;article indique p = 0,04&#xa0;; l&apos;eTable indique p = 0,034, que les effectifs reproduisent (Fisher 0,0339).</translation>
    </message>
    <message>
        <source>MALS subgroup OR lower limit printed 1.15; Woolf gives 1.156 (printed value truncated).</source>
        <comment>published_discrepancies/2</comment>
        <extracomment>immunosep.json published_discrepancies/2</extracomment>
        <translation>Sous-groupe MALS&#xa0;: borne inférieure de l&apos;OR imprimée 1,15&#xa0;; la méthode de Woolf donne 1,156 (valeur imprimée tronquée).</translation>
    </message>
    <message>
        <source>355 of 672 screened patients fitted neither phenotype.</source>
        <comment>trial/limits/2</comment>
        <extracomment>immunosep.json trial/limits/2</extracomment>
        <translation>355 des 672 patients sélectionnés ne correspondaient à aucun des deux phénotypes.</translation>
    </message>
    <message>
        <source>More anaemia with anakinra than with placebo.</source>
        <comment>arms/anakinra/safety/0</comment>
        <extracomment>immunosep.json arms/anakinra/safety/0</extracomment>
        <translation>Plus d&apos;anémies sous anakinra que sous placebo.</translation>
    </message>
    <message>
        <source>Serious adverse events in 20 of 25 anakinra-treated and 21 of 23 placebo MALS patients.</source>
        <comment>arms/anakinra/safety/1</comment>
        <extracomment>immunosep.json arms/anakinra/safety/1</extracomment>
        <translation>Événements indésirables graves chez 20 des 25 patients MALS traités par anakinra et 21 des 23 sous placebo.</translation>
    </message>
    <message>
        <source>Serious adverse events in 96 of 106 interferon-γ-treated and 108 of 122 placebo immunoparalysis patients.</source>
        <comment>arms/interferon_gamma/safety/2</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/2</extracomment>
        <translation>Événements indésirables graves chez 96 des 106 patients en immunoparalysie traités par interféron-γ et 108 des 122 sous placebo.</translation>
    </message>
    <message>
        <source>Figures transcribed from ../shared/domain/immunosep-reference.md §1 (JAMA 2025 article, Table 2, eTables); re-check against the JAMA PDF before release.</source>
        <comment>provenance/0</comment>
        <extracomment>immunosep.json provenance/0</extracomment>
        <translation>Chiffres transcrits de ../shared/domain/immunosep-reference.md §1 (article du JAMA 2025, tableau 2, eTables)&#xa0;; à revérifier sur le PDF du JAMA avant diffusion.</translation>
    </message>
    <message>
        <source>The full exclusion list could not be verified: every stored registry copy is truncated (a corticosteroid-dose limit is mentioned, its value is not).</source>
        <comment>provenance/1</comment>
        <extracomment>immunosep.json provenance/1</extracomment>
        <translation>La liste complète des exclusions n&apos;a pas pu être vérifiée&#xa0;: toutes les copies enregistrées du registre sont tronquées (une limite de dose de corticoïdes est mentionnée, mais pas sa valeur).</translation>
    </message>
    <message>
        <source>The label of the 355-patient box of the flow chart (&quot;fitted neither phenotype&quot;) was not visible in the transcription.</source>
        <comment>provenance/2</comment>
        <extracomment>immunosep.json provenance/2</extracomment>
        <translation>Le libellé de la case de 355 patients du diagramme de flux («&#xa0;ne correspondaient à aucun des deux phénotypes&#xa0;») n&apos;était pas visible dans la transcription.</translation>
    </message>
    <message>
        <source>Exact counts of anaemia with anakinra and of haemorrhage with interferon-γ were not retrievable.</source>
        <comment>provenance/3</comment>
        <extracomment>immunosep.json provenance/3</extracomment>
        <translation>Les effectifs exacts des anémies sous anakinra et des hémorragies sous interféron-γ n&apos;ont pas pu être obtenus.</translation>
    </message>
    <message>
        <source>Serious adverse events by stratum (20 and 21 of the MALS arms, 96 and 108 of the immunoparalysis arms) are inferred from the arm totals of Table 3.</source>
        <comment>provenance/4</comment>
        <extracomment>immunosep.json provenance/4</extracomment>
        <translation>Les événements indésirables graves par strate (20 et 21 dans les bras MALS, 96 et 108 dans les bras immunoparalysie) sont déduits des totaux par bras du tableau 3.</translation>
    </message>
    <message>
        <source>Circulating summaries that say &apos;267 patients&apos;, or placebo denominators of 131, are wrong: 276 were analysed (131 precision immunotherapy, 145 placebo).</source>
        <comment>provenance/5</comment>
        <extracomment>immunosep.json provenance/5</extracomment>
        <translation>Les résumés en circulation qui mentionnent «&#xa0;267 patients&#xa0;» ou des dénominateurs placebo de 131 sont erronés&#xa0;: 276 patients ont été analysés (131 immunothérapie de précision, 145 placebo).</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Trial evidence</source>
        <translation>Données de l&apos;essai</translation>
    </message>
    <message>
        <source>Key points and regimen</source>
        <translation>Points clés et schéma</translation>
    </message>
    <message>
        <source>Statistics audit: published vs recomputed figures</source>
        <translation>Audit statistique&#xa0;: chiffres publiés vs recalculés</translation>
    </message>
    <message>
        <source>Show the statistics audit</source>
        <translation>Afficher l&apos;audit statistique</translation>
    </message>
    <message>
        <source>Statistics audit</source>
        <translation>Audit statistique</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>The evidence for the patient&apos;s phenotype appears here once the values can be classified.</source>
        <translation>Les données probantes pour le phénotype du patient s&apos;affichent ici dès que les valeurs peuvent être classées.</translation>
    </message>
    <message>
        <source>Hide the statistics audit</source>
        <translation>Masquer l&apos;audit statistique</translation>
    </message>
</context>
<context>
    <name>EvidencePlot</name>
    <message>
        <source>Evidence chart</source>
        <translation>Graphique des données probantes</translation>
    </message>
    <message>
        <source>{group} (this patient)</source>
        <translation>{group} (ce patient)</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>treated percentage</source>
        <translation>pourcentage sous traitement</translation>
    </message>
    <message>
        <source>placebo percentage</source>
        <translation>pourcentage sous placebo</translation>
    </message>
    <message>
        <source>p value</source>
        <translation>valeur de p</translation>
    </message>
    <message>
        <source>odds ratio</source>
        <translation>rapport de cotes</translation>
    </message>
    <message>
        <source>lower limit of the odds ratio</source>
        <translation>borne inférieure du rapport de cotes</translation>
    </message>
    <message>
        <source>upper limit of the odds ratio</source>
        <translation>borne supérieure du rapport de cotes</translation>
    </message>
    <message>
        <source>risk difference</source>
        <translation>différence de risque</translation>
    </message>
    <message>
        <source>lower limit of the risk difference</source>
        <translation>borne inférieure de la différence de risque</translation>
    </message>
    <message>
        <source>upper limit of the risk difference</source>
        <translation>borne supérieure de la différence de risque</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Répondeurs</translation>
    </message>
    <message>
        <source>Every printed figure agrees with its recomputation (within one unit of its last printed digit).</source>
        <translation>Chaque chiffre imprimé concorde avec son recalcul (à une unité près de son dernier chiffre imprimé).</translation>
    </message>
    <message>
        <source>ImmunoSep trial evidence</source>
        <translation>Données probantes de l&apos;essai ImmunoSep</translation>
    </message>
    <message>
        <source>The evidence for the patient&apos;s phenotype appears here once the values can be classified.</source>
        <translation>Les données probantes pour le phénotype du patient s&apos;affichent ici dès que les valeurs peuvent être classées.</translation>
    </message>
    <message>
        <source>{point} ({low} to {high})</source>
        <translation>{point} ({low} à {high})</translation>
    </message>
    <message>
        <source>Odds ratio (95 % CI)</source>
        <translation>Rapport de cotes (IC à 95&#xa0;%)</translation>
    </message>
    <message>
        <source>Risk difference, percentage points (95 % CI), placebo − treated, as printed</source>
        <translation>Différence de risque, points de pourcentage (IC à 95&#xa0;%), placebo − traités, telle qu&apos;imprimée</translation>
    </message>
    <message>
        <source>Risk difference, percentage points (95 % CI), treated − placebo</source>
        <translation>Différence de risque, points de pourcentage (IC à 95&#xa0;%), traités − placebo</translation>
    </message>
    <message>
        <source>No trial arm matches this result.</source>
        <translation>Aucun bras de l&apos;essai ne correspond à ce résultat.</translation>
    </message>
    <message>
        <source>Printed and recomputed figures differ for: {figures}.</source>
        <translation>Les chiffres imprimés et recalculés diffèrent pour&#xa0;: {figures}.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Published (as printed)</source>
        <translation>Publié (tel qu&apos;imprimé)</translation>
    </message>
    <message>
        <source>Recomputed from the counts</source>
        <translation>Recalculé à partir des effectifs</translation>
    </message>
    <message>
        <source>{treated} {te}/{tt} ({tp} %) vs {control} {ce}/{ct} ({cp} %)</source>
        <translation>{treated} {te}/{tt} ({tp}&#xa0;%) vs {control} {ce}/{ct} ({cp}&#xa0;%)</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Limits of the evidence</source>
        <translation>Limites des données probantes</translation>
    </message>
    <message>
        <source>Known discrepancies in the publication</source>
        <translation>Divergences connues dans la publication</translation>
    </message>
    <message>
        <source>{events}, {group}</source>
        <translation>{events}, {group}</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translation>Source&#xa0;: {source}.</translation>
    </message>
    <message>
        <source>Methods of the recomputation:</source>
        <translation>Méthodes du recalcul&#xa0;:</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Evidence version {version}, cut-off {cutoff}.</source>
        <translation>Données probantes&#xa0;: version {version}, arrêtées au {cutoff}.</translation>
    </message>
    <message>
        <source>Why there is no phenotype:</source>
        <translation>Pourquoi il n&apos;y a pas de phénotype&#xa0;:</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence does not apply</source>
        <translation>Les données probantes ImmunoSep ne s&apos;appliquent pas</translation>
    </message>
    <message>
        <source>Key exclusions</source>
        <translation>Principales exclusions</translation>
    </message>
    <message>
        <source>How this patient may differ from the trial population</source>
        <translation>En quoi ce patient peut différer de la population de l&apos;essai</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>Safety signals</source>
        <translation>Signaux de sécurité</translation>
    </message>
    <message>
        <source>ImmunoSep evidence for {phenotype}: {drug} arm</source>
        <translation>Données probantes ImmunoSep pour {phenotype}&#xa0;: bras {drug}</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF report — TRAINING</source>
        <translation>Exporter le rapport PDF — FORMATION</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>Rendering the report…</source>
        <translation>Génération du rapport…</translation>
    </message>
    <message>
        <source>Preview of page 1</source>
        <translation>Aperçu de la page 1</translation>
    </message>
    <message>
        <source>Patient name (optional)</source>
        <translation>Nom du patient (facultatif)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD (optional)</source>
        <translation>Date de naissance, AAAA-MM-JJ (facultatif)</translation>
    </message>
    <message>
        <source>Record number (optional)</source>
        <translation>Numéro de dossier (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>N&amp;uméro de dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Leave these empty to print a box for a patient label.</source>
        <translation>Laissez ces champs vides pour imprimer un cadre destiné à l&apos;étiquette du patient.</translation>
    </message>
    <message>
        <source>Patient: {id}
Result: {result}</source>
        <translation>Patient&#xa0;: {id}
Résultat&#xa0;: {result}</translation>
    </message>
    <message>
        <source>TRAINING — every page is marked as training material.</source>
        <translation>FORMATION — chaque page est marquée comme support de formation.</translation>
    </message>
    <message>
        <source>Page header (site)</source>
        <translation>En-tête de page (site)</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Page 1 includes the stored eligibility checklist, day-9 SOFA measure and HScore, where present.</source>
        <translation>La page 1 comprend la liste de contrôle d&apos;éligibilité, le critère SOFA à J9 et le HScore enregistrés, s&apos;ils existent.</translation>
    </message>
    <message>
        <source>Stored scores not included: {reason}</source>
        <translation>Scores enregistrés non inclus&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Date of birth: type it as YYYY-MM-DD (e.g. 1958-03-14); 03/04/1958 could be March or April.</source>
        <translation>Date de naissance&#xa0;: saisissez-la au format AAAA-MM-JJ (p.&#xa0;ex. 1958-03-14)&#xa0;; 03/04/1958 pourrait être mars ou avril.</translation>
    </message>
    <message>
        <source>No preview on this computer (no PDF renderer found).
The saved file is the same report.</source>
        <translation>Pas d&apos;aperçu sur cet ordinateur (aucun moteur de rendu PDF trouvé).
Le fichier enregistré est le même rapport.</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Prêt à enregistrer.</translation>
    </message>
    <message>
        <source>Page 1 of {n} shown. Ready to save.</source>
        <translation>Page 1 sur {n} affichée. Prêt à enregistrer.</translation>
    </message>
    <message>
        <source>Page 1 shown. Ready to save.</source>
        <translation>Page 1 affichée. Prêt à enregistrer.</translation>
    </message>
    <message>
        <source>The report could not be produced.</source>
        <translation>Le rapport n&apos;a pas pu être produit.</translation>
    </message>
    <message>
        <source>Error: {kind}. Nothing can be saved.</source>
        <translation>Erreur&#xa0;: {kind}. Rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it with this report?</source>
        <translation>{name} existe déjà dans {folder}.

Le remplacer par ce rapport&#xa0;?</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Enregistrement de {name}…</translation>
    </message>
    <message>
        <source>{name} appeared meanwhile; it was not replaced.</source>
        <translation>{name} est apparu entre-temps&#xa0;; il n&apos;a pas été remplacé.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}. Nothing was written.</source>
        <translation>Impossible d&apos;enregistrer {name}&#xa0;: {reason}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}:
{reason}

Nothing was written there. Choose another folder.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans {path}&#xa0;:
{reason}

Rien n&apos;y a été écrit. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Age {age} years is under {min_age}: ImmunoSep enrolled adults only, and HLA-DR differs in children.</source>
        <comment>age_under_18</comment>
        <extracomment>Finding age_under_18. Fields: age, min_age.</extracomment>
        <translation>Âge de {age} ans inférieur à {min_age}&#xa0;: ImmunoSep n&apos;a inclus que des adultes, et l&apos;HLA-DR diffère chez l&apos;enfant.</translation>
    </message>
    <message>
        <source>Age {age} years could be under {min_age}; the exact age is needed.</source>
        <comment>age_indeterminate</comment>
        <extracomment>Finding age_indeterminate. Fields: age, min_age.</extracomment>
        <translation>L&apos;âge de {age} ans pourrait être inférieur à {min_age}&#xa0;; l&apos;âge exact est nécessaire.</translation>
    </message>
    <message>
        <source>The rule could not be applied to these inputs.</source>
        <comment>internal_error</comment>
        <extracomment>Finding internal_error.</extracomment>
        <translation>La règle n&apos;a pas pu être appliquée à ces données.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is unusually low for antibodies bound per cell; check that it is not % positive monocytes or MFI.</source>
        <comment>hla_dr_implausibly_low</comment>
        <extracomment>Finding hla_dr_implausibly_low. Fields: hla_dr.</extracomment>
        <translation>L&apos;HLA-DR {hla_dr} est inhabituellement bas pour des anticorps liés par cellule&#xa0;; vérifiez qu&apos;il ne s&apos;agit pas de&#xa0;% de monocytes positifs ou de MFI.</translation>
    </message>
    <message>
        <source>HLA-DR given as {hla_dr_unit} was not used: it cannot be converted to AB/C (not needed for MALS).</source>
        <comment>hla_dr_unit_not_used</comment>
        <extracomment>Finding hla_dr_unit_not_used. Fields: hla_dr_unit.</extracomment>
        <translation>L&apos;HLA-DR fourni en {hla_dr_unit} n&apos;a pas été utilisé&#xa0;: il ne peut pas être converti en AB/C (inutile pour le MALS).</translation>
    </message>
    <message>
        <source>The HLA-DR processing time is before its sample time; check both times.</source>
        <comment>hla_dr_processed_before_sampled</comment>
        <extracomment>Finding hla_dr_processed_before_sampled.</extracomment>
        <translation>L&apos;heure de traitement de l&apos;HLA-DR est antérieure à son heure de prélèvement&#xa0;; vérifiez les deux heures.</translation>
    </message>
    <message>
        <source>Age not given: ImmunoSep enrolled adults (≥ {min_age} years) only.</source>
        <comment>age_not_given</comment>
        <extracomment>Finding age_not_given. Fields: min_age.</extracomment>
        <translation>Âge non renseigné&#xa0;: ImmunoSep n&apos;a inclus que des adultes (≥ {min_age} ans).</translation>
    </message>
    <message>
        <source>no HLA-DR result of this patient within {max_interval} of this ferritin result</source>
        <comment>not_paired.ferritin</comment>
        <extracomment>Finding not_paired.ferritin. Fields: max_interval.</extracomment>
        <translation>aucun résultat HLA-DR de ce patient à moins de {max_interval} de ce résultat de ferritine</translation>
    </message>
    <message>
        <source>no ferritin result of this patient within {max_interval} of this HLA-DR result</source>
        <comment>not_paired.hla_dr</comment>
        <extracomment>Finding not_paired.hla_dr. Fields: max_interval.</extracomment>
        <translation>aucun résultat de ferritine de ce patient à moins de {max_interval} de ce résultat HLA-DR</translation>
    </message>
    <message>
        <source>not paired: two results are equally close in time (rows {first_row} and {second_row} among them); pair them by hand</source>
        <comment>pairing_ambiguous</comment>
        <extracomment>Finding pairing_ambiguous. Fields: first_row, second_row.</extracomment>
        <translation>non apparié&#xa0;: deux résultats sont aussi proches dans le temps (dont les lignes {first_row} et {second_row})&#xa0;; appariez-les manuellement</translation>
    </message>
    <message>
        <source>encoding cp1252 (identical to latin-1 for this file)</source>
        <comment>encoding_cp1252</comment>
        <extracomment>Finding encoding_cp1252.</extracomment>
        <translation>encodage cp1252 (identique à latin-1 pour ce fichier)</translation>
    </message>
    <message>
        <source>delimiter comma (detected)</source>
        <comment>delimiter_detected.comma</comment>
        <extracomment>Finding delimiter_detected.comma.</extracomment>
        <translation>délimiteur virgule (détecté)</translation>
    </message>
    <message>
        <source>delimiter semicolon (detected)</source>
        <comment>delimiter_detected.semicolon</comment>
        <extracomment>Finding delimiter_detected.semicolon.</extracomment>
        <translation>délimiteur point-virgule (détecté)</translation>
    </message>
    <message>
        <source>delimiter tab (detected)</source>
        <comment>delimiter_detected.tab</comment>
        <extracomment>Finding delimiter_detected.tab.</extracomment>
        <translation>délimiteur tabulation (détecté)</translation>
    </message>
    <message>
        <source>delimiter pipe (detected)</source>
        <comment>delimiter_detected.pipe</comment>
        <extracomment>Finding delimiter_detected.pipe.</extracomment>
        <translation>délimiteur barre verticale (détecté)</translation>
    </message>
    <message>
        <source>header on row {row}</source>
        <comment>header_row</comment>
        <extracomment>Finding header_row. Fields: row.</extracomment>
        <translation>en-tête à la ligne {row}</translation>
    </message>
    <message>
        <source>sheet {sheet} (the first of {count}: {sheets})</source>
        <comment>first_sheet</comment>
        <extracomment>Finding first_sheet. Fields: count, sheet, sheets.</extracomment>
        <translation>feuille {sheet} (la première sur {count}&#xa0;: {sheets})</translation>
    </message>
    <message>
        <source>decimal comma (detected: values such as 5120,5 and none with a decimal point)</source>
        <comment>decimal_comma_detected</comment>
        <extracomment>Finding decimal_comma_detected.</extracomment>
        <translation>virgule décimale (détectée&#xa0;: valeurs telles que 5120,5 et aucune avec un point décimal)</translation>
    </message>
    <message>
        <source>decimal point (detected)</source>
        <comment>decimal_point_detected</comment>
        <extracomment>Finding decimal_point_detected.</extracomment>
        <translation>point décimal (détecté)</translation>
    </message>
    <message>
        <source>values use both decimal comma and decimal point; declare the decimal separator (rows that do not fit it are rejected)</source>
        <comment>decimal_separators_mixed</comment>
        <extracomment>Finding decimal_separators_mixed.</extracomment>
        <translation>les valeurs utilisent à la fois la virgule et le point décimal&#xa0;; déclarez le séparateur décimal (les lignes qui ne s&apos;y conforment pas sont rejetées)</translation>
    </message>
    <message>
        <source>values such as 4.420 or 4,420 could be grouped thousands or decimals; they are rejected (declare the decimal separator if needed)</source>
        <comment>decimal_grouping_ambiguous</comment>
        <extracomment>Finding decimal_grouping_ambiguous.</extracomment>
        <translation>des valeurs telles que 4.420 ou 4,420 pourraient être des milliers groupés ou des décimales&#xa0;; elles sont rejetées (déclarez le séparateur décimal si nécessaire)</translation>
    </message>
    <message>
        <source>no decimal separator in the values</source>
        <comment>no_decimal_separator</comment>
        <extracomment>Finding no_decimal_separator.</extracomment>
        <translation>aucun séparateur décimal dans les valeurs</translation>
    </message>
    <message>
        <source>sample times mix date separators ({separators}); give the time format</source>
        <comment>time_separators_mixed</comment>
        <extracomment>Finding time_separators_mixed. Fields: separators.</extracomment>
        <translation>les heures de prélèvement mélangent plusieurs séparateurs de date ({separators})&#xa0;; indiquez le format de l&apos;heure</translation>
    </message>
    <message>
        <source>time format {time_format} (detected: day first, a first field reaches {value})</source>
        <comment>time_format_detected.day_first</comment>
        <extracomment>Finding time_format_detected.day_first. Fields: time_format, value.</extracomment>
        <translation>format de l&apos;heure {time_format} (détecté&#xa0;: jour en premier, un premier champ atteint {value})</translation>
    </message>
    <message>
        <source>time format {time_format} (detected: month first, a second field reaches {value})</source>
        <comment>time_format_detected.month_first</comment>
        <extracomment>Finding time_format_detected.month_first. Fields: time_format, value.</extracomment>
        <translation>format de l&apos;heure {time_format} (détecté&#xa0;: mois en premier, un deuxième champ atteint {value})</translation>
    </message>
    <message>
        <source>sample times like {example} could be day-first or month-first; give the time format (e.g. {time_format})</source>
        <comment>time_order_ambiguous</comment>
        <extracomment>Finding time_order_ambiguous. Fields: example, time_format.</extracomment>
        <translation>des heures de prélèvement comme {example} peuvent se lire jour en premier ou mois en premier&#xa0;; indiquez le format de l&apos;heure (p. ex. {time_format})</translation>
    </message>
    <message>
        <source>sample times do not follow one day/month order; give the time format</source>
        <comment>time_order_inconsistent</comment>
        <extracomment>Finding time_order_inconsistent.</extracomment>
        <translation>les heures de prélèvement ne suivent pas un ordre jour/mois unique&#xa0;; indiquez le format de l&apos;heure</translation>
    </message>
    <message>
        <source>date cells in the sample-time column are taken as 00:00 (the other cells of the column are date-times)</source>
        <comment>midnight_dates</comment>
        <extracomment>Finding midnight_dates.</extracomment>
        <translation>les cellules de date de la colonne des heures de prélèvement sont lues comme 00:00 (les autres cellules de la colonne sont des dates-heures)</translation>
    </message>
    <message>
        <source>no sample time column: results carry no sample time, and two rows of one patient cannot be told apart (they are reported as conflicting)</source>
        <comment>no_sample_time_column</comment>
        <extracomment>Finding no_sample_time_column.</extracomment>
        <translation>pas de colonne d&apos;heure de prélèvement&#xa0;: les résultats n&apos;ont pas d&apos;heure de prélèvement, et deux lignes d&apos;un même patient ne peuvent pas être distinguées (elles sont signalées comme contradictoires)</translation>
    </message>
    <message>
        <source>header {header}: {text} is not a {analyte} unit; ignored</source>
        <comment>header_unit_ignored</comment>
        <extracomment>Finding header_unit_ignored. Fields: analyte, header, text.</extracomment>
        <translation>en-tête {header}&#xa0;: {text} n&apos;est pas une unité de {analyte}&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>{file_format}: {messages} message(s), {results} result(s): {used} used, {ignored} ignored, {rejected} rejected</source>
        <comment>message_counts</comment>
        <extracomment>Finding message_counts. Fields: file_format, ignored, messages, rejected, results, used.</extracomment>
        <translation>{file_format}&#xa0;: {messages} message(s), {results} résultat(s)&#xa0;: {used} utilisé(s), {ignored} ignoré(s), {rejected} rejeté(s)</translation>
    </message>
    <message>
        <source>line {line} of the file comes before the first MSH segment and belongs to no message; it was not read</source>
        <comment>outside_message</comment>
        <extracomment>Finding outside_message. Fields: line.</extracomment>
        <translation>la ligne {line} du fichier précède le premier segment MSH et n&apos;appartient à aucun message&#xa0;; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>No value was given; a number is required.</source>
        <comment>empty</comment>
        <extracomment>Finding empty.</extracomment>
        <translation>Aucune valeur n&apos;a été fournie&#xa0;; un nombre est requis.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a comparator but no number; a number is required.</source>
        <comment>empty.comparator_only</comment>
        <extracomment>Finding empty.comparator_only. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» comporte un comparateur mais pas de nombre&#xa0;; un nombre est requis.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a censored value; an exact number is required.</source>
        <comment>censored_not_allowed</comment>
        <extracomment>Finding censored_not_allowed. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» est une valeur censurée&#xa0;; un nombre exact est requis.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains {character} ({character_name}); only the ASCII digits 0-9 and one decimal separator are accepted.</source>
        <comment>non_ascii</comment>
        <extracomment>Finding non_ascii. Fields: character, character_name, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» contient {character} ({character_name})&#xa0;; seuls les chiffres ASCII 0-9 et un séparateur décimal sont acceptés.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: NaN is not a number; a number is required.</source>
        <comment>not_a_number.nan</comment>
        <extracomment>Finding not_a_number.nan. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;»&#xa0;: NaN n&apos;est pas un nombre&#xa0;; un nombre est requis.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: infinity is not a measurement; a number is required.</source>
        <comment>not_a_number.infinity</comment>
        <extracomment>Finding not_a_number.infinity. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;»&#xa0;: l&apos;infini n&apos;est pas une mesure&#xa0;; un nombre est requis.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains letters; enter only the number (the unit has its own field).</source>
        <comment>not_a_number.letters</comment>
        <extracomment>Finding not_a_number.letters. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» contient des lettres&#xa0;; saisissez uniquement le nombre (l&apos;unité a son propre champ).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains letters; enter the age as a number of years.</source>
        <comment>not_a_number.letters_age</comment>
        <extracomment>Finding not_a_number.letters_age. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» contient des lettres&#xa0;; saisissez l&apos;âge en nombre d&apos;années.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number; expected digits with an optional &apos;{separator}&apos; decimal separator, e.g. {example}.</source>
        <comment>not_a_number</comment>
        <extracomment>Finding not_a_number. Fields: example, separator, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre&#xa0;; attendu&#xa0;: des chiffres avec éventuellement «&#xa0;{separator}&#xa0;» comme séparateur décimal, p. ex. {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; a laboratory value cannot be negative.</source>
        <comment>negative</comment>
        <extracomment>Finding negative. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» est négatif&#xa0;; une valeur biologique ne peut pas être négative.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; an age cannot be negative.</source>
        <comment>negative.age</comment>
        <extracomment>Finding negative.age. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» est négatif&#xa0;; un âge ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; % positive monocytes is impossible: a percentage cannot exceed 100; check the value and its unit.</source>
        <comment>percent_over_100</comment>
        <extracomment>Finding percent_over_100. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;»&#xa0;% de monocytes positifs est impossible&#xa0;: un pourcentage ne peut pas dépasser 100&#xa0;; vérifiez la valeur et son unité.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a &apos;+&apos; sign; write the number without it.</source>
        <comment>sign</comment>
        <extracomment>Finding sign. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» comporte un signe «&#xa0;+&#xa0;»&#xa0;; écrivez le nombre sans ce signe.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; uses exponent notation; write the number in full.</source>
        <comment>exponent</comment>
        <extracomment>Finding exponent. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» utilise une notation exponentielle&#xa0;; écrivez le nombre en entier.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;_&apos;; write digits only.</source>
        <comment>underscore</comment>
        <extracomment>Finding underscore. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» contient «&#xa0;_&#xa0;»&#xa0;; écrivez uniquement des chiffres.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains a space or apostrophe used as a thousands separator; write the number without grouping.</source>
        <comment>grouping.space</comment>
        <extracomment>Finding grouping.space. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» contient une espace ou une apostrophe utilisée comme séparateur de milliers&#xa0;; écrivez le nombre sans groupement.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;{separator}&apos;; thousands separators are not accepted (if &apos;,&apos; is your decimal separator, declare decimal comma).</source>
        <comment>grouping</comment>
        <extracomment>Finding grouping. Fields: separator, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» contient «&#xa0;{separator}&#xa0;»&#xa0;; les séparateurs de milliers ne sont pas acceptés (si «&#xa0;,&#xa0;» est votre séparateur décimal, déclarez la virgule décimale).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;{separator}&apos;; thousands separators are not accepted (decimal comma is on, so &apos;.&apos; is not accepted).</source>
        <comment>grouping.decimal_comma</comment>
        <extracomment>Finding grouping.decimal_comma. Fields: separator, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» contient «&#xa0;{separator}&#xa0;»&#xa0;; les séparateurs de milliers ne sont pas acceptés (la virgule décimale est activée, donc «&#xa0;.&#xa0;» n&apos;est pas accepté).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be a thousands-grouped integer or a decimal number; write it without grouping and with at most one decimal separator, e.g. 4420 or 4.42.</source>
        <comment>ambiguous_separator</comment>
        <extracomment>Finding ambiguous_separator. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» pourrait être un entier avec séparateur de milliers ou un nombre décimal&#xa0;; écrivez-le sans groupement et avec au plus un séparateur décimal, p. ex. 4420 ou 4.42.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has too many digits to be a lab result.</source>
        <comment>too_long</comment>
        <extracomment>Finding too_long. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» comporte trop de chiffres pour être un résultat de laboratoire.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; years is not a plausible age: the oldest person on record lived {oldest_age} years; check the age.</source>
        <comment>age_implausible</comment>
        <extracomment>Finding age_implausible. Fields: oldest_age, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» ans n&apos;est pas un âge plausible&#xa0;: la personne la plus âgée connue a vécu {oldest_age} ans&#xa0;; vérifiez l&apos;âge.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; means an age below 0 years, which is impossible.</source>
        <comment>age_below_zero</comment>
        <extracomment>Finding age_below_zero. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» correspond à un âge inférieur à 0 an, ce qui est impossible.</translation>
    </message>
    <message>
        <source>No unit was given; one of {accepted} is required.</source>
        <comment>unit_missing.ferritin</comment>
        <extracomment>Finding unit_missing.ferritin. Fields: accepted.</extracomment>
        <translation>Aucune unité n&apos;a été fournie&#xa0;; l&apos;une des unités suivantes est requise&#xa0;: {accepted}.</translation>
    </message>
    <message>
        <source>No unit was given; {accepted} is required.</source>
        <comment>unit_missing.hla_dr</comment>
        <extracomment>Finding unit_missing.hla_dr. Fields: accepted.</extracomment>
        <translation>Aucune unité n&apos;a été fournie&#xa0;; {accepted} est requis.</translation>
    </message>
    <message>
        <source>AB/C (antibodies bound per cell; also molecules/cell, mAb/cell)</source>
        <comment>units_accepted.hla_dr</comment>
        <extracomment>Finding units_accepted.hla_dr.</extracomment>
        <translation>AB/C (anticorps liés par cellule&#xa0;; aussi molecules/cell, mAb/cell)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ferritin unit this app converts; accepted: {accepted}.</source>
        <comment>unit_unknown.ferritin</comment>
        <extracomment>Finding unit_unknown.ferritin. Fields: accepted, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une unité de ferritine que cette application convertit&#xa0;; acceptées&#xa0;: {accepted}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an HLA-DR unit; accepted: {accepted} (&apos;%&apos; and &apos;MFI&apos; are recognised but cannot establish immunoparalysis).</source>
        <comment>unit_unknown.hla_dr</comment>
        <extracomment>Finding unit_unknown.hla_dr. Fields: accepted, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une unité d&apos;HLA-DR&#xa0;; acceptées&#xa0;: {accepted} («&#xa0;%&#xa0;» et «&#xa0;MFI&#xa0;» sont reconnus mais ne permettent pas d&apos;établir une immunoparalysie).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; an ISO 8601 date-time such as 2026-11-24T08:30 is required.</source>
        <comment>date_without_time</comment>
        <extracomment>Finding date_without_time. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;a pas d&apos;heure&#xa0;; une date-heure ISO 8601 telle que 2026-11-24T08:30 est requise.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 date-time such as 2026-11-24T08:30 or 2026-11-24T08:30+01:00.</source>
        <comment>bad_time</comment>
        <extracomment>Finding bad_time. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date-heure ISO 8601 telle que 2026-11-24T08:30 ou 2026-11-24T08:30+01:00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; lies outside the years {earliest} to {latest}; check the date.</source>
        <comment>implausible_time</comment>
        <extracomment>Finding implausible_time. Fields: earliest, latest, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» est en dehors des années {earliest} à {latest}&#xa0;; vérifiez la date.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has the UTC offset {offset}, which no place on Earth uses (offsets run from -12:00 to +14:00); check the time.</source>
        <comment>bad_offset</comment>
        <extracomment>Finding bad_offset. Fields: offset, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» a le décalage UTC {offset}, qu&apos;aucun lieu sur Terre n&apos;utilise (les décalages vont de -12:00 à +14:00)&#xa0;; vérifiez l&apos;heure.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; leaves no possible value; enter the number.</source>
        <comment>impossible_bound</comment>
        <extracomment>Finding impossible_bound. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» ne laisse aucune valeur possible&#xa0;; saisissez le nombre.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; looks like a percentage; FiO2 is a fraction from {minimum} to {maximum}, e.g. 0.4 for 40 %.</source>
        <comment>fio2_percent</comment>
        <extracomment>Finding fio2_percent. Fields: maximum, minimum, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» ressemble à un pourcentage&#xa0;; la FiO2 est une fraction de {minimum} à {maximum}, p. ex. 0,4 pour 40&#xa0;%.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a fraction of inspired oxygen; FiO2 runs from {minimum} (room air) to {maximum}.</source>
        <comment>fio2_range</comment>
        <extracomment>Finding fio2_range. Fields: maximum, minimum, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une fraction inspirée en oxygène&#xa0;; la FiO2 va de {minimum} (air ambiant) à {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Glasgow Coma Scale score; a whole number from {minimum} to {maximum} is required.</source>
        <comment>gcs_range</comment>
        <extracomment>Finding gcs_range. Fields: maximum, minimum, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un score de Glasgow&#xa0;; un nombre entier de {minimum} à {maximum} est requis.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a body temperature in °C (if it is °F, convert it); {minimum} to {maximum} accepted.</source>
        <comment>temperature_range</comment>
        <extracomment>Finding temperature_range. Fields: maximum, minimum, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une température corporelle en °C (si elle est en °F, convertissez-la)&#xa0;; {minimum} à {maximum} accepté.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be 0.</source>
        <comment>zero</comment>
        <extracomment>Finding zero. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» ne peut pas valoir 0.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no.</source>
        <comment>not_yes_no</comment>
        <extracomment>Finding not_yes_no. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>No catecholamine is said to be running, but {running} is given; leave out one or the other.</source>
        <comment>contradiction</comment>
        <extracomment>Finding contradiction. Fields: running.</extracomment>
        <translation>Aucune catécholamine n&apos;est indiquée comme administrée, mais {running} est renseignée&#xa0;; supprimez l&apos;une ou l&apos;autre indication.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of {choices}.</source>
        <comment>not_a_choice.organomegaly</comment>
        <extracomment>Finding not_a_choice.organomegaly. Fields: choices, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» ne fait pas partie de&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of cytopenic lineages; 0, 1, 2 or 3 (haemoglobin, leukocytes, platelets).</source>
        <comment>not_a_choice.cytopenias</comment>
        <extracomment>Finding not_a_choice.cytopenias. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre de lignées cytopéniques&#xa0;; 0, 1, 2 ou 3 (hémoglobine, leucocytes, plaquettes).</translation>
    </message>
    <message>
        <source>No unit was given; {accepted} is required.</source>
        <comment>unit_missing.score</comment>
        <extracomment>Finding unit_missing.score. Fields: accepted.</extracomment>
        <translation>Aucune unité n&apos;a été fournie&#xa0;; {accepted} est requis.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a unit of {analyte}; accepted: {accepted}.</source>
        <comment>unit_unknown.score</comment>
        <extracomment>Finding unit_unknown.score. Fields: accepted, analyte, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une unité de {analyte}&#xa0;; acceptées&#xa0;: {accepted}.</translation>
    </message>
    <message>
        <source>No patient identifier was given.</source>
        <comment>identifier_empty</comment>
        <extracomment>Finding identifier_empty.</extracomment>
        <translation>Aucun identifiant patient n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The patient identifier is longer than {limit} characters; use the identifier used on the ward.</source>
        <comment>identifier_too_long</comment>
        <extracomment>Finding identifier_too_long. Fields: limit.</extracomment>
        <translation>L&apos;identifiant patient dépasse {limit} caractères&#xa0;; utilisez l&apos;identifiant utilisé dans le service.</translation>
    </message>
    <message>
        <source>The patient identifier is not valid UTF-8 text (a byte of it could not be read); type the identifier again.</source>
        <comment>identifier_not_utf8</comment>
        <extracomment>Finding identifier_not_utf8.</extracomment>
        <translation>L&apos;identifiant patient n&apos;est pas un texte UTF-8 valide (un de ses octets n&apos;a pas pu être lu)&#xa0;; saisissez à nouveau l&apos;identifiant.</translation>
    </message>
    <message>
        <source>The patient identifier contains {character} ({character_name}), an invisible or control character; type the identifier again.</source>
        <comment>identifier_control</comment>
        <extracomment>Finding identifier_control. Fields: character, character_name.</extracomment>
        <translation>L&apos;identifiant patient contient {character} ({character_name}), un caractère invisible ou de contrôle&#xa0;; saisissez à nouveau l&apos;identifiant.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <comment>in_column</comment>
        <extracomment>Finding in_column. Fields: reason, where.</extracomment>
        <translation>{where}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <comment>cell_not_a_number</comment>
        <extracomment>Finding cell_not_a_number. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number</source>
        <comment>cell_not_a_number.in_column</comment>
        <extracomment>Finding cell_not_a_number.in_column. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is a date or time, not a lab value</source>
        <comment>cell_date_not_value</comment>
        <extracomment>Finding cell_date_not_value. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» est une date ou une heure, pas une valeur de laboratoire</translation>
    </message>
    <message>
        <source>{where}: unreadable cell</source>
        <comment>cell_unreadable</comment>
        <extracomment>Finding cell_unreadable. Fields: where.</extracomment>
        <translation>{where}&#xa0;: cellule illisible</translation>
    </message>
    <message>
        <source>no {analyte} unit: neither the header, a unit column nor the {analyte} unit option gives one (a unit is never assumed)</source>
        <comment>unit_missing.row</comment>
        <extracomment>Finding unit_missing.row. Fields: analyte.</extracomment>
        <translation>pas d&apos;unité de {analyte}&#xa0;: ni l&apos;en-tête, ni une colonne d&apos;unité, ni l&apos;option d&apos;unité de {analyte} n&apos;en indique une (une unité n&apos;est jamais supposée)</translation>
    </message>
    <message>
        <source>{where} says {unit} but the {analyte} unit was given as {fixed}</source>
        <comment>unit_conflict.given</comment>
        <extracomment>Finding unit_conflict.given. Fields: analyte, fixed, unit, where.</extracomment>
        <translation>{where} indique {unit}, mais l&apos;unité de {analyte} a été fixée à {fixed}</translation>
    </message>
    <message>
        <source>{where} says {unit} but the {analyte} unit header says {fixed}</source>
        <comment>unit_conflict.header</comment>
        <extracomment>Finding unit_conflict.header. Fields: analyte, fixed, unit, where.</extracomment>
        <translation>{where} indique {unit}, mais l&apos;en-tête d&apos;unité de {analyte} indique {fixed}</translation>
    </message>
    <message>
        <source>&apos;{test}&apos; is a percentage of monocytes but the unit is AB/C; the result is not used</source>
        <comment>percent_test_ab_per_cell</comment>
        <extracomment>Finding percent_test_ab_per_cell. Fields: test.</extracomment>
        <translation>«&#xa0;{test}&#xa0;» est un pourcentage de monocytes, mais l&apos;unité est AB/C&#xa0;; le résultat n&apos;est pas utilisé</translation>
    </message>
    <message>
        <source>{where}: age is in {unit}; years are needed</source>
        <comment>age_unit</comment>
        <extracomment>Finding age_unit. Fields: unit, where.</extracomment>
        <translation>{where}&#xa0;: l&apos;âge est en {unit}&#xa0;; il doit être en années</translation>
    </message>
    <message>
        <source>{where}: no patient id in this row</source>
        <comment>patient_id_missing.row</comment>
        <extracomment>Finding patient_id_missing.row. Fields: where.</extracomment>
        <translation>{where}&#xa0;: pas d&apos;identifiant patient sur cette ligne</translation>
    </message>
    <message>
        <source>the row has {cells} cells but the header has {columns} columns; a cell may contain an unquoted delimiter</source>
        <comment>extra_cells</comment>
        <extracomment>Finding extra_cells. Fields: cells, columns.</extracomment>
        <translation>la ligne a {cells} cellules, mais l&apos;en-tête a {columns} colonnes&#xa0;; une cellule contient peut-être un délimiteur sans guillemets</translation>
    </message>
    <message>
        <source>no ferritin or HLA-DR value in this row</source>
        <comment>no_values</comment>
        <extracomment>Finding no_values.</extracomment>
        <translation>pas de valeur de ferritine ni d&apos;HLA-DR sur cette ligne</translation>
    </message>
    <message>
        <source>duplicate of row {row}: same patient, sample time and values (counted once, in row {row})</source>
        <comment>duplicate_result.sample_time</comment>
        <extracomment>Finding duplicate_result.sample_time. Fields: row.</extracomment>
        <translation>doublon de la ligne {row}&#xa0;: même patient, même heure de prélèvement et mêmes valeurs (compté une fois, à la ligne {row})</translation>
    </message>
    <message>
        <source>duplicate of row {row}: same patient, test and time and values (counted once, in row {row})</source>
        <comment>duplicate_result.test_time</comment>
        <extracomment>Finding duplicate_result.test_time. Fields: row.</extracomment>
        <translation>doublon de la ligne {row}&#xa0;: même patient, même analyse, même heure et mêmes valeurs (compté une fois, à la ligne {row})</translation>
    </message>
    <message>
        <source>rows {rows} give different results for the same patient and sample time; which one is right cannot be decided</source>
        <comment>conflicting_results.sample_time</comment>
        <extracomment>Finding conflicting_results.sample_time. Fields: rows.</extracomment>
        <translation>les lignes {rows} donnent des résultats différents pour le même patient et la même heure de prélèvement&#xa0;; impossible de décider lequel est correct</translation>
    </message>
    <message>
        <source>rows {rows} give different results for the same patient and test and time; which one is right cannot be decided</source>
        <comment>conflicting_results.test_time</comment>
        <extracomment>Finding conflicting_results.test_time. Fields: rows.</extracomment>
        <translation>les lignes {rows} donnent des résultats différents pour le même patient, la même analyse et la même heure&#xa0;; impossible de décider lequel est correct</translation>
    </message>
    <message>
        <source>the same {test} result, for the same patient and time, was stored from {source} (counted once, there)</source>
        <comment>duplicate_result.stored</comment>
        <extracomment>Finding duplicate_result.stored. Fields: source, test.</extracomment>
        <translation>le même résultat {test}, pour le même patient et la même heure, a été enregistré depuis {source} (compté une fois, là-bas)</translation>
    </message>
    <message>
        <source>the {test} result stored from {source} is different for the same patient and time; which one is right cannot be decided</source>
        <comment>conflicting_results.stored</comment>
        <extracomment>Finding conflicting_results.stored. Fields: source, test.</extracomment>
        <translation>le résultat {test} enregistré depuis {source} est différent pour le même patient et la même heure&#xa0;; impossible de décider lequel est correct</translation>
    </message>
    <message>
        <source>{where}: test name and LOINC code disagree ({test})</source>
        <comment>test_name_loinc_disagree</comment>
        <extracomment>Finding test_name_loinc_disagree. Fields: test, where.</extracomment>
        <translation>{where}&#xa0;: le nom de l&apos;analyse et le code LOINC ne concordent pas ({test})</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is neither ferritin nor HLA-DR; row not used</source>
        <comment>other_test.row</comment>
        <extracomment>Finding other_test.row. Fields: test, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{test}&#xa0;» n&apos;est ni de la ferritine ni de l&apos;HLA-DR&#xa0;; ligne non utilisée</translation>
    </message>
    <message>
        <source>{where}: an empty test name is neither ferritin nor HLA-DR; row not used</source>
        <comment>other_test.empty</comment>
        <extracomment>Finding other_test.empty. Fields: where.</extracomment>
        <translation>{where}&#xa0;: un nom d&apos;analyse vide n&apos;est ni de la ferritine ni de l&apos;HLA-DR&#xa0;; ligne non utilisée</translation>
    </message>
    <message>
        <source>{where}: no sample time; it is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.row</comment>
        <extracomment>Finding time_missing.row. Fields: where.</extracomment>
        <translation>{where}&#xa0;: pas d&apos;heure de prélèvement&#xa0;; elle est nécessaire pour apparier la ferritine et l&apos;HLA-DR</translation>
    </message>
    <message>
        <source>{where}: no value</source>
        <comment>value_missing.row</comment>
        <extracomment>Finding value_missing.row. Fields: where.</extracomment>
        <translation>{where}&#xa0;: pas de valeur</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is a percentage of monocytes but the unit is {unit}; the result is not used</source>
        <comment>percent_test_quantitative_unit</comment>
        <extracomment>Finding percent_test_quantitative_unit. Fields: test, unit, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{test}&#xa0;» est un pourcentage de monocytes, mais l&apos;unité est {unit}&#xa0;; le résultat n&apos;est pas utilisé</translation>
    </message>
    <message>
        <source>this patient has too many results within the pairing interval to pair them safely; import a shorter period</source>
        <comment>too_many_results</comment>
        <extracomment>Finding too_many_results.</extracomment>
        <translation>ce patient a trop de résultats dans l&apos;intervalle d&apos;appariement pour les apparier de façon sûre&#xa0;; importez une période plus courte</translation>
    </message>
    <message>
        <source>rows {first_row} and {second_row} of this patient id give different ages; check that they belong to the same patient</source>
        <comment>identity_conflict.age</comment>
        <extracomment>Finding identity_conflict.age. Fields: first_row, second_row.</extracomment>
        <translation>les lignes {first_row} et {second_row} de cet identifiant patient donnent des âges différents&#xa0;; vérifiez qu&apos;elles concernent le même patient</translation>
    </message>
    <message>
        <source>this patient id has different names (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.patient_name</comment>
        <extracomment>Finding identity_conflict.patient_name. Fields: rows.</extracomment>
        <translation>cet identifiant patient a des noms différents (lignes {rows})&#xa0;: peut-être deux patients sous un même identifiant&#xa0;; vérifiez l&apos;identifiant</translation>
    </message>
    <message>
        <source>this patient id has different record numbers (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.record_number</comment>
        <extracomment>Finding identity_conflict.record_number. Fields: rows.</extracomment>
        <translation>cet identifiant patient a des numéros de dossier différents (lignes {rows})&#xa0;: peut-être deux patients sous un même identifiant&#xa0;; vérifiez l&apos;identifiant</translation>
    </message>
    <message>
        <source>this patient id has different dates of birth (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.date_of_birth</comment>
        <extracomment>Finding identity_conflict.date_of_birth. Fields: rows.</extracomment>
        <translation>cet identifiant patient a des dates de naissance différentes (lignes {rows})&#xa0;: peut-être deux patients sous un même identifiant&#xa0;; vérifiez l&apos;identifiant</translation>
    </message>
    <message>
        <source>{where}: longer than {limit} characters</source>
        <comment>identity_text.too_long</comment>
        <extracomment>Finding identity_text.too_long. Fields: limit, where.</extracomment>
        <translation>{where}&#xa0;: dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>{where}: contains {character} ({character_name}), an invisible or control character; correct the cell in the source system</source>
        <comment>identity_text.control</comment>
        <extracomment>Finding identity_text.control. Fields: character, character_name, where.</extracomment>
        <translation>{where}&#xa0;: contient {character} ({character_name}), un caractère invisible ou de contrôle&#xa0;; corrigez la cellule dans le système source</translation>
    </message>
    <message>
        <source>{where}: not valid text (a byte could not be decoded); check the file&apos;s encoding</source>
        <comment>identity_text.not_utf8</comment>
        <extracomment>Finding identity_text.not_utf8. Fields: where.</extracomment>
        <translation>{where}&#xa0;: texte non valide (un octet n&apos;a pas pu être décodé)&#xa0;; vérifiez l&apos;encodage du fichier</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date (an Excel date serial?); store the date of birth as a date or as YYYY-MM-DD</source>
        <comment>birth_date.serial</comment>
        <extracomment>Finding birth_date.serial. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas une date (un numéro de série de date Excel&#xa0;?)&#xa0;; enregistrez la date de naissance comme date ou au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 1958-03-14)</source>
        <comment>birth_date.not_a_date</comment>
        <extracomment>Finding birth_date.not_a_date. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la au format AAAA-MM-JJ (p. ex. 1958-03-14)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; could be day-first or month-first and the column mixes day-first and month-first dates or separators; write it as YYYY-MM-DD</source>
        <comment>birth_date.order_mixed</comment>
        <extracomment>Finding birth_date.order_mixed. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» peut se lire jour en premier ou mois en premier, et la colonne mélange des dates ou des séparateurs des deux ordres&#xa0;; écrivez-la au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; could be day-first or month-first and the column does not show whether the day or the month comes first; write it as YYYY-MM-DD</source>
        <comment>birth_date.order_unknown</comment>
        <extracomment>Finding birth_date.order_unknown. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» peut se lire jour en premier ou mois en premier, et la colonne ne montre pas si le jour ou le mois vient en premier&#xa0;; écrivez-la au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date (day first)</source>
        <comment>birth_date.day_first</comment>
        <extracomment>Finding birth_date.day_first. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas une date valide (jour en premier)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date (month first)</source>
        <comment>birth_date.month_first</comment>
        <extracomment>Finding birth_date.month_first. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas une date valide (mois en premier)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date</source>
        <comment>birth_date.invalid</comment>
        <extracomment>Finding birth_date.invalid. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; lies before 1900-03-01 (in a spreadsheet, Excel&apos;s 1900 date system is wrong there); check the date of birth</source>
        <comment>birth_date.before_1900</comment>
        <extracomment>Finding birth_date.before_1900. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» est antérieure au 1900-03-01 (dans un tableur, le système de dates 1900 d&apos;Excel y est erroné)&#xa0;; vérifiez la date de naissance</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not an HL7 date-time (YYYYMMDDHHMM[SS][+/-ZZZZ])</source>
        <comment>bad_time.hl7</comment>
        <extracomment>Finding bad_time.hl7. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas une date-heure HL7 (YYYYMMDDHHMM[SS][+/-ZZZZ])</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has no time of day; the sample time is needed to the minute</source>
        <comment>date_without_time.minute</comment>
        <extracomment>Finding date_without_time.minute. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;a pas d&apos;heure&#xa0;; l&apos;heure de prélèvement est nécessaire à la minute près</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the year only; the sample time is needed to the minute</source>
        <comment>time_imprecise.year</comment>
        <extracomment>Finding time_imprecise.year. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est précis qu&apos;à l&apos;année&#xa0;; l&apos;heure de prélèvement est nécessaire à la minute près</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the month only; the sample time is needed to the minute</source>
        <comment>time_imprecise.month</comment>
        <extracomment>Finding time_imprecise.month. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est précis qu&apos;au mois&#xa0;; l&apos;heure de prélèvement est nécessaire à la minute près</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the day only; the sample time is needed to the minute</source>
        <comment>time_imprecise.day</comment>
        <extracomment>Finding time_imprecise.day. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est précis qu&apos;au jour&#xa0;; l&apos;heure de prélèvement est nécessaire à la minute près</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the hour only; the sample time is needed to the minute</source>
        <comment>time_imprecise.hour</comment>
        <extracomment>Finding time_imprecise.hour. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est précis qu&apos;à l&apos;heure&#xa0;; l&apos;heure de prélèvement est nécessaire à la minute près</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; gives the hour but no minute; the sample time is needed to the minute</source>
        <comment>time_imprecise.no_minute</comment>
        <extracomment>Finding time_imprecise.no_minute. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» donne l&apos;heure mais pas les minutes&#xa0;; l&apos;heure de prélèvement est nécessaire à la minute près</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has an impossible UTC offset</source>
        <comment>bad_offset.hl7</comment>
        <extracomment>Finding bad_offset.hl7. Fields: text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;» a un décalage UTC impossible</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos;: {reason}</source>
        <comment>time_refused.field</comment>
        <extracomment>Finding time_refused.field. Fields: reason, text, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{text}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{where}: the codes and names of this test name different analytes ({test}); the result is not used</source>
        <comment>test_codes_disagree</comment>
        <extracomment>Finding test_codes_disagree. Fields: test, where.</extracomment>
        <translation>{where}&#xa0;: les codes et les noms de cette analyse désignent des analytes différents ({test})&#xa0;; le résultat n&apos;est pas utilisé</translation>
    </message>
    <message>
        <source>{where}: LOINC {code} is neither ferritin (2276-4, 20567-4) nor a configured HLA-DR code; not used</source>
        <comment>other_test.loinc</comment>
        <extracomment>Finding other_test.loinc. Fields: code, where.</extracomment>
        <translation>{where}&#xa0;: le code LOINC {code} n&apos;est ni de la ferritine (2276-4, 20567-4) ni un code HLA-DR configuré&#xa0;; non utilisé</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is neither ferritin nor HLA-DR; not used</source>
        <comment>other_test.message</comment>
        <extracomment>Finding other_test.message. Fields: test, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{test}&#xa0;» n&apos;est ni de la ferritine ni de l&apos;HLA-DR&#xa0;; non utilisé</translation>
    </message>
    <message>
        <source>{where}: a test without code or name is neither ferritin nor HLA-DR; not used</source>
        <comment>other_test.unnamed</comment>
        <extracomment>Finding other_test.unnamed. Fields: where.</extracomment>
        <translation>{where}&#xa0;: une analyse sans code ni nom n&apos;est ni de la ferritine ni de l&apos;HLA-DR&#xa0;; non utilisé</translation>
    </message>
    <message>
        <source>{where}: no {analyte} unit (a unit is never assumed)</source>
        <comment>unit_missing.message</comment>
        <extracomment>Finding unit_missing.message. Fields: analyte, where.</extracomment>
        <translation>{where}&#xa0;: pas d&apos;unité de {analyte} (une unité n&apos;est jamais supposée)</translation>
    </message>
    <message>
        <source>{where} says {unit} but {other_field} says {other_unit}; the result is not used</source>
        <comment>unit_conflict.fields</comment>
        <extracomment>Finding unit_conflict.fields. Fields: other_field, other_unit, unit, where.</extracomment>
        <translation>{where} indique {unit}, mais {other_field} indique {other_unit}&#xa0;; le résultat n&apos;est pas utilisé</translation>
    </message>
    <message>
        <source>{where}: {unit} is a molar concentration but LOINC {code} is ferritin mass concentration; one of them is wrong, so the result is not used</source>
        <comment>unit_conflict.molar_loinc</comment>
        <extracomment>Finding unit_conflict.molar_loinc. Fields: code, unit, where.</extracomment>
        <translation>{where}&#xa0;: {unit} est une concentration molaire, mais le code LOINC {code} est la concentration massique de la ferritine&#xa0;; l&apos;un des deux est erroné, le résultat n&apos;est donc pas utilisé</translation>
    </message>
    <message>
        <source>{where}: {unit} is a mass concentration but LOINC {code} is ferritin molar concentration; one of them is wrong, so the result is not used</source>
        <comment>unit_conflict.mass_loinc</comment>
        <extracomment>Finding unit_conflict.mass_loinc. Fields: code, unit, where.</extracomment>
        <translation>{where}&#xa0;: {unit} est une concentration massique, mais le code LOINC {code} est la concentration molaire de la ferritine&#xa0;; l&apos;un des deux est erroné, le résultat n&apos;est donc pas utilisé</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is a percentage of monocytes but the unit is AB/C; the result is not used</source>
        <comment>percent_test_ab_per_cell.message</comment>
        <extracomment>Finding percent_test_ab_per_cell.message. Fields: test, where.</extracomment>
        <translation>{where}&#xa0;: «&#xa0;{test}&#xa0;» est un pourcentage de monocytes, mais l&apos;unité est AB/C&#xa0;; le résultat n&apos;est pas utilisé</translation>
    </message>
    <message>
        <source>{where}: no patient identifier</source>
        <comment>patient_id_missing.message</comment>
        <extracomment>Finding patient_id_missing.message. Fields: where.</extracomment>
        <translation>{where}&#xa0;: pas d&apos;identifiant patient</translation>
    </message>
    <message>
        <source>{where}: no identifier issued by {authority} (the site&apos;s patient_id_authority)</source>
        <comment>patient_id_missing.authority</comment>
        <extracomment>Finding patient_id_missing.authority. Fields: authority, where.</extracomment>
        <translation>{where}&#xa0;: pas d&apos;identifiant délivré par {authority} (patient_id_authority du site)</translation>
    </message>
    <message>
        <source>{where}: {count} patient identifiers and nothing says which is the ward&apos;s; set [inbox] patient_id_authority in the site configuration</source>
        <comment>patient_id_ambiguous</comment>
        <extracomment>Finding patient_id_ambiguous. Fields: count, where.</extracomment>
        <translation>{where}&#xa0;: {count} identifiants patients et rien n&apos;indique lequel est celui du service&#xa0;; définissez [inbox] patient_id_authority dans la configuration du site</translation>
    </message>
    <message>
        <source>this file&apos;s content was already read from an earlier file; it is imported once</source>
        <comment>duplicate_message.file</comment>
        <extracomment>Finding duplicate_message.file.</extracomment>
        <translation>le contenu de ce fichier a déjà été lu dans un fichier antérieur&#xa0;; il est importé une seule fois</translation>
    </message>
    <message>
        <source>the Bundle entry holds no resource</source>
        <comment>no_resource</comment>
        <extracomment>Finding no_resource.</extracomment>
        <translation>l&apos;entrée du Bundle ne contient aucune ressource</translation>
    </message>
    <message>
        <source>a Patient: read when an Observation refers to it</source>
        <comment>patient_context</comment>
        <extracomment>Finding patient_context.</extracomment>
        <translation>un Patient&#xa0;: lu quand une Observation y fait référence</translation>
    </message>
    <message>
        <source>a {kind} resource, not an Observation; not read</source>
        <comment>not_an_observation</comment>
        <extracomment>Finding not_an_observation. Fields: kind.</extracomment>
        <translation>une ressource {kind}, pas une Observation&#xa0;; non lue</translation>
    </message>
    <message>
        <source>not a valid FHIR R4 Observation: {problems}</source>
        <comment>invalid_fhir.observation</comment>
        <extracomment>Finding invalid_fhir.observation. Fields: problems.</extracomment>
        <translation>pas une Observation FHIR R4 valide&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>the subject Patient is not valid FHIR R4: {problems}</source>
        <comment>invalid_fhir.patient</comment>
        <extracomment>Finding invalid_fhir.patient. Fields: problems.</extracomment>
        <translation>le Patient (subject) n&apos;est pas une ressource FHIR R4 valide&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>status &apos;{text}&apos;: it cannot be told whether the result is final (final, amended, corrected, preliminary expected)</source>
        <comment>status_unknown.fhir</comment>
        <extracomment>Finding status_unknown.fhir. Fields: text.</extracomment>
        <translation>statut «&#xa0;{text}&#xa0;»&#xa0;: impossible de dire si le résultat est définitif (final, amended, corrected, preliminary attendus)</translation>
    </message>
    <message>
        <source>status registered: no result yet</source>
        <comment>no_result.fhir</comment>
        <extracomment>Finding no_result.fhir.</extracomment>
        <translation>statut registered&#xa0;: pas encore de résultat</translation>
    </message>
    <message>
        <source>valueString carries no unit and a unit is never assumed; the value must be a valueQuantity</source>
        <comment>unit_missing.value_string</comment>
        <extracomment>Finding unit_missing.value_string.</extracomment>
        <translation>valueString ne porte pas d&apos;unité et une unité n&apos;est jamais supposée&#xa0;; la valeur doit être une valueQuantity</translation>
    </message>
    <message>
        <source>no effectiveDateTime, effectivePeriod.start or effectiveInstant; the sample time is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.fhir</comment>
        <extracomment>Finding time_missing.fhir.</extracomment>
        <translation>pas d&apos;effectiveDateTime, d&apos;effectivePeriod.start ni d&apos;effectiveInstant&#xa0;; l&apos;heure de prélèvement est nécessaire pour apparier la ferritine et l&apos;HLA-DR</translation>
    </message>
    <message>
        <source>the Observation has no subject</source>
        <comment>patient_id_missing.fhir</comment>
        <extracomment>Finding patient_id_missing.fhir.</extracomment>
        <translation>l&apos;Observation n&apos;a pas de sujet (subject)</translation>
    </message>
    <message>
        <source>subject &apos;{reference}&apos; is not in this file and the reference carries no identifier</source>
        <comment>subject_unresolved</comment>
        <extracomment>Finding subject_unresolved. Fields: reference.</extracomment>
        <translation>le sujet «&#xa0;{reference}&#xa0;» n&apos;est pas dans ce fichier et la référence ne porte aucun identifiant</translation>
    </message>
    <message>
        <source>the subject is a {kind}, not a Patient</source>
        <comment>subject_not_patient</comment>
        <extracomment>Finding subject_not_patient. Fields: kind.</extracomment>
        <translation>le sujet est un {kind}, pas un Patient</translation>
    </message>
    <message>
        <source>valueQuantity has no value</source>
        <comment>value_missing.quantity</comment>
        <extracomment>Finding value_missing.quantity.</extracomment>
        <translation>valueQuantity n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>valueQuantity.value &apos;{text}&apos; is not a JSON number</source>
        <comment>not_a_number.json</comment>
        <extracomment>Finding not_a_number.json. Fields: text.</extracomment>
        <translation>valueQuantity.value «&#xa0;{text}&#xa0;» n&apos;est pas un nombre JSON</translation>
    </message>
    <message>
        <source>valueQuantity.comparator &apos;{text}&apos; is not &lt;, &lt;=, &gt;= or &gt;</source>
        <comment>comparator_unknown.fhir</comment>
        <extracomment>Finding comparator_unknown.fhir. Fields: text.</extracomment>
        <translation>valueQuantity.comparator «&#xa0;{text}&#xa0;» n&apos;est pas &lt;, &lt;=, &gt;= ou &gt;</translation>
    </message>
    <message>
        <source>{where}: a ferritin or HLA-DR value must be a valueQuantity</source>
        <comment>value_type_unsupported.fhir</comment>
        <extracomment>Finding value_type_unsupported.fhir. Fields: where.</extracomment>
        <translation>{where}&#xa0;: une valeur de ferritine ou d&apos;HLA-DR doit être une valueQuantity</translation>
    </message>
    <message>
        <source>the Observation has no value</source>
        <comment>value_missing.fhir</comment>
        <extracomment>Finding value_missing.fhir.</extracomment>
        <translation>l&apos;Observation n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>the MLLP block of this message has no end (0x1C); the message may be truncated</source>
        <comment>mllp_unterminated.message</comment>
        <extracomment>Finding mllp_unterminated.message.</extracomment>
        <translation>le bloc MLLP de ce message n&apos;a pas de fin (0x1C)&#xa0;; le message est peut-être tronqué</translation>
    </message>
    <message>
        <source>the MLLP block of the last message has no end (0x1C); the file may still be being written, or was cut short</source>
        <comment>mllp_unterminated.last</comment>
        <extracomment>Finding mllp_unterminated.last.</extracomment>
        <translation>le bloc MLLP du dernier message n&apos;a pas de fin (0x1C)&#xa0;; le fichier est peut-être encore en cours d&apos;écriture, ou a été tronqué</translation>
    </message>
    <message>
        <source>MLLP framing bytes inside a segment</source>
        <comment>mllp_framing</comment>
        <extracomment>Finding mllp_framing.</extracomment>
        <translation>octets de trame MLLP à l&apos;intérieur d&apos;un segment</translation>
    </message>
    <message>
        <source>line {line} of the file is not an HL7 segment (it must start with a three-letter segment id and the field separator)</source>
        <comment>not_a_segment</comment>
        <extracomment>Finding not_a_segment. Fields: line.</extracomment>
        <translation>la ligne {line} du fichier n&apos;est pas un segment HL7 (elle doit commencer par un identifiant de segment de trois lettres et le séparateur de champ)</translation>
    </message>
    <message>
        <source>MSH-18 declares the character set &apos;{text}&apos;, which this app does not read; supported: {supported}</source>
        <comment>charset_unknown</comment>
        <extracomment>Finding charset_unknown. Fields: supported, text.</extracomment>
        <translation>MSH-18 déclare le jeu de caractères «&#xa0;{text}&#xa0;», que cette application ne lit pas&#xa0;; pris en charge&#xa0;: {supported}</translation>
    </message>
    <message>
        <source>the message&apos;s bytes are not valid in the declared {charset}; set MSH-18 to the character set the laboratory system sends</source>
        <comment>charset_mismatch.declared</comment>
        <extracomment>Finding charset_mismatch.declared. Fields: charset.</extracomment>
        <translation>les octets du message ne sont pas du {charset} valide, alors que c&apos;est le jeu de caractères déclaré&#xa0;; réglez MSH-18 sur le jeu de caractères qu&apos;envoie le système du laboratoire</translation>
    </message>
    <message>
        <source>the message&apos;s bytes are not valid UTF-8 (MSH-18 declares nothing); set MSH-18 to the character set the laboratory system sends</source>
        <comment>charset_mismatch.utf8</comment>
        <extracomment>Finding charset_mismatch.utf8.</extracomment>
        <translation>les octets du message ne sont pas de l&apos;UTF-8 valide (MSH-18 ne déclare rien)&#xa0;; réglez MSH-18 sur le jeu de caractères qu&apos;envoie le système du laboratoire</translation>
    </message>
    <message>
        <source>the MSH segment cannot be parsed (it must start &apos;MSH|^~\&amp;|&apos;)</source>
        <comment>msh_unreadable</comment>
        <extracomment>Finding msh_unreadable.</extracomment>
        <translation>le segment MSH ne peut pas être analysé (il doit commencer par «&#xa0;MSH|^~\&amp;|&#xa0;»)</translation>
    </message>
    <message>
        <source>MSH-12 (version) is &apos;{text}&apos;; this app reads HL7 v2 versions {supported}</source>
        <comment>version_unsupported</comment>
        <extracomment>Finding version_unsupported. Fields: supported, text.</extracomment>
        <translation>MSH-12 (version) vaut «&#xa0;{text}&#xa0;»&#xa0;; cette application lit les versions HL7 v2 {supported}</translation>
    </message>
    <message>
        <source>MSH-12 (version) is empty; this app reads HL7 v2 versions {supported}</source>
        <comment>version_unsupported.empty</comment>
        <extracomment>Finding version_unsupported.empty. Fields: supported.</extracomment>
        <translation>MSH-12 (version) est vide&#xa0;; cette application lit les versions HL7 v2 {supported}</translation>
    </message>
    <message>
        <source>MSH-9 is {kind}, not a laboratory result message (ORU^R01)</source>
        <comment>not_results_message</comment>
        <extracomment>Finding not_results_message. Fields: kind.</extracomment>
        <translation>MSH-9 vaut {kind}, ce n&apos;est pas un message de résultats de laboratoire (ORU^R01)</translation>
    </message>
    <message>
        <source>MSH-10 (message control id) is empty; it is needed to import each message exactly once</source>
        <comment>message_id_missing</comment>
        <extracomment>Finding message_id_missing.</extracomment>
        <translation>MSH-10 (identifiant de contrôle du message) est vide&#xa0;; il est nécessaire pour importer chaque message exactement une fois</translation>
    </message>
    <message>
        <source>MSH-11 marks a training message ({processing}), not a production result</source>
        <comment>test_message.training</comment>
        <extracomment>Finding test_message.training. Fields: processing.</extracomment>
        <translation>MSH-11 signale un message de formation ({processing}), pas un résultat de production</translation>
    </message>
    <message>
        <source>MSH-11 marks a debugging message ({processing}), not a production result</source>
        <comment>test_message.debugging</comment>
        <extracomment>Finding test_message.debugging. Fields: processing.</extracomment>
        <translation>MSH-11 signale un message de débogage ({processing}), pas un résultat de production</translation>
    </message>
    <message>
        <source>MSH-11 (processing id) is &apos;{text}&apos;; P (production) is expected</source>
        <comment>processing_id_unknown</comment>
        <extracomment>Finding processing_id_unknown. Fields: text.</extracomment>
        <translation>MSH-11 (identifiant de traitement) vaut «&#xa0;{text}&#xa0;»&#xa0;; P (production) est attendu</translation>
    </message>
    <message>
        <source>this message was already read (message {message} of this file); it is imported once</source>
        <comment>duplicate_message.this_file</comment>
        <extracomment>Finding duplicate_message.this_file. Fields: message.</extracomment>
        <translation>ce message a déjà été lu (message {message} de ce fichier)&#xa0;; il est importé une seule fois</translation>
    </message>
    <message>
        <source>this message was already read (an earlier file); it is imported once</source>
        <comment>duplicate_message.earlier_file</comment>
        <extracomment>Finding duplicate_message.earlier_file.</extracomment>
        <translation>ce message a déjà été lu (dans un fichier antérieur)&#xa0;; il est importé une seule fois</translation>
    </message>
    <message>
        <source>message {message} of this file had the same message id with different content; check with the laboratory which one is right</source>
        <comment>conflicting_message_id.this_file</comment>
        <extracomment>Finding conflicting_message_id.this_file. Fields: message.</extracomment>
        <translation>le message {message} de ce fichier avait le même identifiant de message avec un contenu différent&#xa0;; vérifiez auprès du laboratoire lequel est correct</translation>
    </message>
    <message>
        <source>an earlier file had the same message id with different content; check with the laboratory which one is right</source>
        <comment>conflicting_message_id.earlier_file</comment>
        <extracomment>Finding conflicting_message_id.earlier_file.</extracomment>
        <translation>un fichier antérieur avait le même identifiant de message avec un contenu différent&#xa0;; vérifiez auprès du laboratoire lequel est correct</translation>
    </message>
    <message>
        <source>OBX-11 (result status) is &apos;{text}&apos;; F, C, P, D, W or X is expected, so it cannot be told whether the result is final</source>
        <comment>status_unknown.hl7</comment>
        <extracomment>Finding status_unknown.hl7. Fields: text.</extracomment>
        <translation>OBX-11 (statut du résultat) vaut «&#xa0;{text}&#xa0;»&#xa0;; F, C, P, D, W ou X est attendu, il est donc impossible de dire si le résultat est définitif</translation>
    </message>
    <message>
        <source>OBX-11 (result status) is empty; F, C, P, D, W or X is expected, so it cannot be told whether the result is final</source>
        <comment>status_unknown.hl7_empty</comment>
        <extracomment>Finding status_unknown.hl7_empty.</extracomment>
        <translation>OBX-11 (statut du résultat) est vide&#xa0;; F, C, P, D, W ou X est attendu, il est donc impossible de dire si le résultat est définitif</translation>
    </message>
    <message>
        <source>no PID segment before this OBX names the patient</source>
        <comment>patient_id_missing.no_pid</comment>
        <extracomment>Finding patient_id_missing.no_pid.</extracomment>
        <translation>aucun segment PID avant cet OBX n&apos;identifie le patient</translation>
    </message>
    <message>
        <source>OBX-11 is I: specimen in the laboratory, no result yet</source>
        <comment>result_status.I</comment>
        <extracomment>Finding result_status.I.</extracomment>
        <translation>OBX-11 vaut I&#xa0;: échantillon reçu au laboratoire, pas encore de résultat</translation>
    </message>
    <message>
        <source>OBX-11 is O: order detail only, no result</source>
        <comment>result_status.O</comment>
        <extracomment>Finding result_status.O.</extracomment>
        <translation>OBX-11 vaut O&#xa0;: détail de la demande uniquement, pas de résultat</translation>
    </message>
    <message>
        <source>OBX-11 is N: not asked; no result</source>
        <comment>result_status.N</comment>
        <extracomment>Finding result_status.N.</extracomment>
        <translation>OBX-11 vaut N&#xa0;: non demandé&#xa0;; pas de résultat</translation>
    </message>
    <message>
        <source>OBX-11 is U: changed to final without the result being sent again; the app needs the result itself</source>
        <comment>result_status.U</comment>
        <extracomment>Finding result_status.U.</extracomment>
        <translation>OBX-11 vaut U&#xa0;: passé au statut définitif sans que le résultat soit renvoyé&#xa0;; l&apos;application a besoin du résultat lui-même</translation>
    </message>
    <message>
        <source>OBX-11 D: the result is deleted</source>
        <comment>status_meaning.D</comment>
        <extracomment>Finding status_meaning.D.</extracomment>
        <translation>OBX-11 D&#xa0;: le résultat est supprimé</translation>
    </message>
    <message>
        <source>OBX-11 W: the result was posted wrongly (e.g. for the wrong patient)</source>
        <comment>status_meaning.W</comment>
        <extracomment>Finding status_meaning.W.</extracomment>
        <translation>OBX-11 W&#xa0;: le résultat a été transmis à tort (p. ex. pour le mauvais patient)</translation>
    </message>
    <message>
        <source>OBX-11 X: the result cannot be obtained</source>
        <comment>status_meaning.X</comment>
        <extracomment>Finding status_meaning.X.</extracomment>
        <translation>OBX-11 X&#xa0;: le résultat ne peut pas être obtenu</translation>
    </message>
    <message>
        <source>status {text}</source>
        <comment>status_meaning.fhir</comment>
        <extracomment>Finding status_meaning.fhir. Fields: text.</extracomment>
        <translation>statut {text}</translation>
    </message>
    <message>
        <source>no observation time in OBX-14 or OBR-7; it is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.hl7</comment>
        <extracomment>Finding time_missing.hl7.</extracomment>
        <translation>pas d&apos;heure d&apos;observation dans OBX-14 ni OBR-7&#xa0;; elle est nécessaire pour apparier la ferritine et l&apos;HLA-DR</translation>
    </message>
    <message>
        <source>OBX-5 holds several values; one is needed</source>
        <comment>several_values</comment>
        <extracomment>Finding several_values.</extracomment>
        <translation>OBX-5 contient plusieurs valeurs&#xa0;; une seule est nécessaire</translation>
    </message>
    <message>
        <source>OBX-5 is a range or ratio (SN with a second number); one value is needed</source>
        <comment>range_or_ratio</comment>
        <extracomment>Finding range_or_ratio.</extracomment>
        <translation>OBX-5 est un intervalle ou un rapport (SN avec un second nombre)&#xa0;; une seule valeur est nécessaire</translation>
    </message>
    <message>
        <source>OBX-5 comparator &apos;{text}&apos; is not &lt;, &gt;, &lt;= or &gt;=</source>
        <comment>comparator_unknown.hl7</comment>
        <extracomment>Finding comparator_unknown.hl7. Fields: text.</extracomment>
        <translation>le comparateur OBX-5 «&#xa0;{text}&#xa0;» n&apos;est pas &lt;, &gt;, &lt;= ou &gt;=</translation>
    </message>
    <message>
        <source>OBX-5 has components, which a {value_type} value cannot have</source>
        <comment>value_components</comment>
        <extracomment>Finding value_components. Fields: value_type.</extracomment>
        <translation>OBX-5 a des composants, ce qu&apos;une valeur {value_type} ne peut pas avoir</translation>
    </message>
    <message>
        <source>OBX-2 (value type) is &apos;{text}&apos;; NM, SN or ST is needed for a ferritin or HLA-DR value</source>
        <comment>value_type_unsupported.hl7</comment>
        <extracomment>Finding value_type_unsupported.hl7. Fields: text.</extracomment>
        <translation>OBX-2 (type de valeur) vaut «&#xa0;{text}&#xa0;»&#xa0;; NM, SN ou ST est nécessaire pour une valeur de ferritine ou d&apos;HLA-DR</translation>
    </message>
    <message>
        <source>OBX-2 (value type) is missing; NM, SN or ST is needed for a ferritin or HLA-DR value</source>
        <comment>value_type_unsupported.hl7_missing</comment>
        <extracomment>Finding value_type_unsupported.hl7_missing.</extracomment>
        <translation>OBX-2 (type de valeur) est absent&#xa0;; NM, SN ou ST est nécessaire pour une valeur de ferritine ou d&apos;HLA-DR</translation>
    </message>
    <message>
        <source>{file}, message {number}</source>
        <comment>source.message</comment>
        <extracomment>Finding source.message. Fields: file, number.</extracomment>
        <translation>{file}, message {number}</translation>
    </message>
    <message>
        <source>{file}, message {number} ({id})</source>
        <comment>source.message_id</comment>
        <extracomment>Finding source.message_id. Fields: file, id, number.</extracomment>
        <translation>{file}, message {number} ({id})</translation>
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
        <translation>{message}, entrée {number}</translation>
    </message>
    <message>
        <source>{message}, entry {number} ({element})</source>
        <comment>source.entry_element</comment>
        <extracomment>Finding source.entry_element. Fields: element, message, number.</extracomment>
        <translation>{message}, entrée {number} ({element})</translation>
    </message>
    <message>
        <source>a preliminary result that arrived after the final result of the same test; not shown</source>
        <comment>preliminary_after_final</comment>
        <extracomment>Finding preliminary_after_final.</extracomment>
        <translation>un résultat préliminaire arrivé après le résultat définitif de la même analyse&#xa0;; non affiché</translation>
    </message>
    <message>
        <source>replaced by the corrected result in {source}</source>
        <comment>superseded.corrected</comment>
        <extracomment>Finding superseded.corrected. Fields: source.</extracomment>
        <translation>remplacé par le résultat corrigé de {source}</translation>
    </message>
    <message>
        <source>replaced by the final result in {source}</source>
        <comment>superseded.final</comment>
        <extracomment>Finding superseded.final. Fields: source.</extracomment>
        <translation>remplacé par le résultat définitif de {source}</translation>
    </message>
    <message>
        <source>replaced by the preliminary result in {source}</source>
        <comment>superseded.preliminary</comment>
        <extracomment>Finding superseded.preliminary. Fields: source.</extracomment>
        <translation>remplacé par le résultat préliminaire de {source}</translation>
    </message>
    <message>
        <source>a corrected result: it replaces any earlier result of this test</source>
        <comment>corrected</comment>
        <extracomment>Finding corrected.</extracomment>
        <translation>un résultat corrigé&#xa0;: il remplace tout résultat antérieur de cette analyse</translation>
    </message>
    <message>
        <source>a preliminary result: shown, not classified until the final result arrives</source>
        <comment>preliminary</comment>
        <extracomment>Finding preliminary.</extracomment>
        <translation>un résultat préliminaire&#xa0;: affiché, non classé tant que le résultat définitif n&apos;est pas arrivé</translation>
    </message>
    <message>
        <source>withdrawn by {source} (status {status})</source>
        <comment>withdrawn</comment>
        <extracomment>Finding withdrawn. Fields: source, status.</extracomment>
        <translation>retiré par {source} (statut {status})</translation>
    </message>
    <message>
        <source>withdraws the earlier result in {sources}</source>
        <comment>withdrawal.removed</comment>
        <extracomment>Finding withdrawal.removed. Fields: sources.</extracomment>
        <translation>retire le résultat antérieur de {sources}</translation>
    </message>
    <message>
        <source>{meaning}; withdraws the earlier result in {sources}</source>
        <comment>withdrawal.removed_meaning</comment>
        <extracomment>Finding withdrawal.removed_meaning. Fields: meaning, sources.</extracomment>
        <translation>{meaning}&#xa0;; retire le résultat antérieur de {sources}</translation>
    </message>
    <message>
        <source>withdraws an earlier result of this test; a result stored from an earlier file with the same key is withdrawn when this file is stored</source>
        <comment>withdrawal.stored</comment>
        <extracomment>Finding withdrawal.stored.</extracomment>
        <translation>retire un résultat antérieur de cette analyse&#xa0;; un résultat enregistré depuis un fichier antérieur avec la même clé est retiré lors de l&apos;enregistrement de ce fichier</translation>
    </message>
    <message>
        <source>{meaning}; withdraws an earlier result of this test; a result stored from an earlier file with the same key is withdrawn when this file is stored</source>
        <comment>withdrawal.stored_meaning</comment>
        <extracomment>Finding withdrawal.stored_meaning. Fields: meaning.</extracomment>
        <translation>{meaning}&#xa0;; retire un résultat antérieur de cette analyse&#xa0;; un résultat enregistré depuis un fichier antérieur avec la même clé est retiré lors de l&apos;enregistrement de ce fichier</translation>
    </message>
    <message>
        <source>{used} of {results} result(s) used</source>
        <comment>message_used</comment>
        <extracomment>Finding message_used. Fields: results, used.</extracomment>
        <translation>{used} résultat(s) utilisé(s) sur {results}</translation>
    </message>
    <message>
        <source>the message holds no results</source>
        <comment>no_results</comment>
        <extracomment>Finding no_results.</extracomment>
        <translation>le message ne contient aucun résultat</translation>
    </message>
    <message>
        <source>no result used ({detail})</source>
        <comment>no_results_used</comment>
        <extracomment>Finding no_results_used. Fields: detail.</extracomment>
        <translation>aucun résultat utilisé ({detail})</translation>
    </message>
    <message>
        <source>the same content was already read from an earlier file; it is imported once</source>
        <comment>duplicate_message.content</comment>
        <extracomment>Finding duplicate_message.content.</extracomment>
        <translation>le même contenu a déjà été lu dans un fichier antérieur&#xa0;; il est importé une seule fois</translation>
    </message>
    <message>
        <source>{date} has no time of day; a date-time is required</source>
        <comment>date_cell_without_time</comment>
        <extracomment>Finding date_cell_without_time. Fields: date.</extracomment>
        <translation>{date} n&apos;a pas d&apos;heure&#xa0;; une date-heure est requise</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a time without a date</source>
        <comment>time_without_date</comment>
        <extracomment>Finding time_without_date. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» est une heure sans date</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a bare number (an Excel date serial?); store the sample time as a date-time</source>
        <comment>serial_number.cell</comment>
        <extracomment>Finding serial_number.cell. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» est un nombre seul (un numéro de série de date Excel&#xa0;?)&#xa0;; enregistrez l&apos;heure de prélèvement comme date-heure</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a bare number (an Excel date serial?); an ISO 8601 date-time such as {example} is required</source>
        <comment>serial_number.text</comment>
        <extracomment>Finding serial_number.text. Fields: example, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» est un nombre seul (un numéro de série de date Excel&#xa0;?)&#xa0;; une date-heure ISO 8601 telle que {example} est requise</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time</source>
        <comment>bad_time.cell</comment>
        <extracomment>Finding bad_time.cell. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date-heure</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; a date-time such as {example} is required</source>
        <comment>date_without_time.example</comment>
        <extracomment>Finding date_without_time.example. Fields: example, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;a pas d&apos;heure&#xa0;; une date-heure telle que {example} est requise</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; a date-time is required</source>
        <comment>date_without_time.text</comment>
        <extracomment>Finding date_without_time.text. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;a pas d&apos;heure&#xa0;; une date-heure est requise</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid ISO 8601 date-time (e.g. {example})</source>
        <comment>bad_time.iso</comment>
        <extracomment>Finding bad_time.iso. Fields: example, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date-heure ISO 8601 valide (p. ex. {example})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not match the time format {time_format}</source>
        <comment>bad_time.format</comment>
        <extracomment>Finding bad_time.format. Fields: text, time_format.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» ne correspond pas au format de l&apos;heure {time_format}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time; use ISO 8601 (e.g. {example}) or give the time format</source>
        <comment>bad_time.numeric</comment>
        <extracomment>Finding bad_time.numeric. Fields: example, text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date-heure&#xa0;; utilisez ISO 8601 (p. ex. {example}) ou indiquez le format de l&apos;heure</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: day and month order cannot be told from the file; give the time format (e.g. {time_format})</source>
        <comment>date_order_unknown</comment>
        <extracomment>Finding date_order_unknown. Fields: text, time_format.</extracomment>
        <translation>«&#xa0;{text}&#xa0;»&#xa0;: l&apos;ordre du jour et du mois ne peut pas être déduit du fichier&#xa0;; indiquez le format de l&apos;heure (p. ex. {time_format})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid date-time</source>
        <comment>bad_time.invalid</comment>
        <extracomment>Finding bad_time.invalid. Fields: text.</extracomment>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date-heure valide</translation>
    </message>
    <message>
        <source>{date} lies before 1900-03-01, where Excel&apos;s 1900 date system is wrong (serial ≤ 60); check the sample time</source>
        <comment>excel_1900_artefact</comment>
        <extracomment>Finding excel_1900_artefact. Fields: date.</extracomment>
        <translation>{date} est antérieure au 1900-03-01, où le système de dates 1900 d&apos;Excel est erroné (numéro de série ≤ 60)&#xa0;; vérifiez l&apos;heure de prélèvement</translation>
    </message>
    <message>
        <source>{time} local time is skipped or repeated by a daylight-saving change; give the time with its UTC offset</source>
        <comment>dst_ambiguous</comment>
        <extracomment>Finding dst_ambiguous. Fields: time.</extracomment>
        <translation>l&apos;heure locale {time} est sautée ou répétée lors d&apos;un changement d&apos;heure été/hiver&#xa0;; indiquez l&apos;heure avec son décalage UTC</translation>
    </message>
    <message>
        <source>The laboratory corrected the {test} result (status {status}) in {source}.</source>
        <comment>lab_version.corrected</comment>
        <extracomment>Finding lab_version.corrected. Fields: source, status, test.</extracomment>
        <translation>Le laboratoire a corrigé le résultat {test} (statut {status}) dans {source}.</translation>
    </message>
    <message>
        <source>The laboratory sent the {test} result again (status {status}) in {source}.</source>
        <comment>lab_version.sent_again</comment>
        <extracomment>Finding lab_version.sent_again. Fields: source, status, test.</extracomment>
        <translation>Le laboratoire a renvoyé le résultat {test} (statut {status}) dans {source}.</translation>
    </message>
    <message>
        <source>Paired with the {test} result received in {source}.</source>
        <comment>lab_version.paired</comment>
        <extracomment>Finding lab_version.paired. Fields: source, test.</extracomment>
        <translation>Appariement avec le résultat {test} reçu dans {source}.</translation>
    </message>
    <message>
        <source>The laboratory withdrew the {test} result ({meaning}) in {source}.</source>
        <comment>lab_withdrawal</comment>
        <extracomment>Finding lab_withdrawal. Fields: meaning, source, test.</extracomment>
        <translation>Le laboratoire a retiré le résultat {test} ({meaning}) dans {source}.</translation>
    </message>
    <message>
        <source>SOFA {total} of 24; all 6 organ systems assessed.</source>
        <comment>sofa_total</comment>
        <extracomment>Finding sofa_total. Fields: total.</extracomment>
        <translation>SOFA {total} sur 24&#xa0;; les 6 systèmes d&apos;organes ont été évalués.</translation>
    </message>
    <message>
        <source>SOFA {total} from {assessed} of 6 organ systems; not assessed: {missing}. With them the total could be {low} to {high}.</source>
        <comment>sofa_total_partial</comment>
        <extracomment>Finding sofa_total_partial. Fields: assessed, high, low, missing, total.</extracomment>
        <translation>SOFA {total} calculé sur {assessed} des 6 systèmes d&apos;organes&#xa0;; non évalués&#xa0;: {missing}. Avec ceux-ci, le total pourrait être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>{criterion} {value}: {comparison} → {points} of 4 points.</source>
        <comment>sofa_criterion</comment>
        <extracomment>Finding sofa_criterion. Fields: comparison, criterion, points, value.</extracomment>
        <translation>{criterion} {value}&#xa0;: {comparison} → {points} sur 4 points.</translation>
    </message>
    <message>
        <source>{criterion} {value} could score {low} to {high} points; an exact value is needed.</source>
        <comment>sofa_criterion_open</comment>
        <extracomment>Finding sofa_criterion_open. Fields: criterion, high, low, value.</extracomment>
        <translation>{criterion} {value} pourrait valoir de {low} à {high} points&#xa0;; une valeur exacte est nécessaire.</translation>
    </message>
    <message>
        <source>{criterion} not running → 0 of 4 points.</source>
        <comment>sofa_not_running</comment>
        <extracomment>Finding sofa_not_running. Fields: criterion.</extracomment>
        <translation>{criterion} non administrée → 0 sur 4 points.</translation>
    </message>
    <message>
        <source>Dobutamine running (any dose) → {points} of 4 points.</source>
        <comment>sofa_dobutamine</comment>
        <extracomment>Finding sofa_dobutamine. Fields: points.</extracomment>
        <translation>Dobutamine administrée (toute dose) → {points} sur 4 points.</translation>
    </message>
    <message>
        <source>Dobutamine not running → {points} of 4 points.</source>
        <comment>sofa_dobutamine_none</comment>
        <extracomment>Finding sofa_dobutamine_none. Fields: points.</extracomment>
        <translation>Dobutamine non administrée → {points} sur 4 points.</translation>
    </message>
    <message>
        <source>PaO2/FiO2 {value}: {comparison} with respiratory support → {points} of 4 points.</source>
        <comment>sofa_respiration_support</comment>
        <extracomment>Finding sofa_respiration_support. Fields: comparison, points, value.</extracomment>
        <translation>PaO2/FiO2 {value}&#xa0;: {comparison} avec assistance respiratoire → {points} sur 4 points.</translation>
    </message>
    <message>
        <source>PaO2/FiO2 {value}: {comparison}, but without respiratory support → {points} of 4 points (3 and 4 need respiratory support).</source>
        <comment>sofa_respiration_no_support</comment>
        <extracomment>Finding sofa_respiration_no_support. Fields: comparison, points, value.</extracomment>
        <translation>PaO2/FiO2 {value}&#xa0;: {comparison}, mais sans assistance respiratoire → {points} sur 4 points (3 et 4 exigent une assistance respiratoire).</translation>
    </message>
    <message>
        <source>Not assessed: {needed} not given.</source>
        <comment>sofa_missing</comment>
        <extracomment>Finding sofa_missing. Fields: needed.</extracomment>
        <translation>Non évalué&#xa0;: données manquantes ({needed}).</translation>
    </message>
    <message>
        <source>Not assessed: {low} to {high} points possible; still needed: {needed}.</source>
        <comment>sofa_undetermined</comment>
        <extracomment>Finding sofa_undetermined. Fields: high, low, needed.</extracomment>
        <translation>Non évalué&#xa0;: de {low} à {high} points possibles&#xa0;; il manque encore&#xa0;: {needed}.</translation>
    </message>
    <message>
        <source>The table&apos;s {unit} column puts {value} in its {other_points}-point row, its {reference} column in the {points}-point row; the app scores every unit by the {reference} column (the original definition).</source>
        <comment>sofa_column_differs</comment>
        <extracomment>Finding sofa_column_differs. Fields: other_points, points, reference, unit, value.</extracomment>
        <translation>Dans la table, la colonne {unit} attribue à {value} le score {other_points}, la colonne {reference} le score {points}&#xa0;; l&apos;application cote toutes les unités selon la colonne {reference} (la définition d&apos;origine).</translation>
    </message>
    <message>
        <source>HScore {score} (of {maximum} possible).</source>
        <comment>hscore_total</comment>
        <extracomment>Finding hscore_total. Fields: maximum, score.</extracomment>
        <translation>HScore {score} (sur {maximum} possibles).</translation>
    </message>
    <message>
        <source>HScore not computed: {missing} not given. With them it would be {low} to {high}; the table&apos;s probability would lie between {low_percent} % and {high_percent} %.</source>
        <comment>hscore_incomplete</comment>
        <extracomment>Finding hscore_incomplete. Fields: high, high_percent, low, low_percent, missing.</extracomment>
        <translation>HScore non calculé, données manquantes&#xa0;: {missing}. Avec celles-ci, il serait compris entre {low} et {high}&#xa0;; la probabilité de la table se situerait entre {low_percent}&#xa0;% et {high_percent}&#xa0;%.</translation>
    </message>
    <message>
        <source>{variable} {value}: {comparison} → {points} points.</source>
        <comment>hscore_scored</comment>
        <extracomment>Finding hscore_scored. Fields: comparison, points, value, variable.</extracomment>
        <translation>{variable} {value}&#xa0;: {comparison} → {points} point(s).</translation>
    </message>
    <message>
        <source>{variable}: {category} → {points} points.</source>
        <comment>hscore_category</comment>
        <extracomment>Finding hscore_category. Fields: category, points, variable.</extracomment>
        <translation>{variable}&#xa0;: {category} → {points} point(s).</translation>
    </message>
    <message>
        <source>Cytopenias in {count} of 3 lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110000/µL) → {points} points.</source>
        <comment>hscore_cytopenias</comment>
        <extracomment>Finding hscore_cytopenias. Fields: count, points.</extracomment>
        <translation>Cytopénies sur {count} des 3 lignées (Hb ≤ 9,2 g/dL, leucocytes ≤ 5000/µL, plaquettes ≤ 110000/µL) → {points} point(s).</translation>
    </message>
    <message>
        <source>{variable} {value} could score {low} to {high} points; an exact value is needed.</source>
        <comment>hscore_open</comment>
        <extracomment>Finding hscore_open. Fields: high, low, value, variable.</extracomment>
        <translation>{variable} {value} pourrait valoir de {low} à {high} points&#xa0;; une valeur exacte est nécessaire.</translation>
    </message>
    <message>
        <source>{variable} not given: 0 to {high} points possible.</source>
        <comment>hscore_missing</comment>
        <extracomment>Finding hscore_missing. Fields: high, variable.</extracomment>
        <translation>{variable}&#xa0;: valeur non renseignée, de 0 à {high} points possibles.</translation>
    </message>
    <message>
        <source>HScore {score}: probability of haemophagocytic syndrome {percent} % in the published table.</source>
        <comment>hscore_probability_row</comment>
        <extracomment>Finding hscore_probability_row. Fields: percent, score.</extracomment>
        <translation>HScore {score}&#xa0;: probabilité de syndrome hémophagocytaire {percent}&#xa0;% dans la table publiée.</translation>
    </message>
    <message>
        <source>HScore {score} lies between the table&apos;s rows {row} ({percent} %) and {next_row} ({next_percent} %); the app reports the row at or below it: {percent} %.</source>
        <comment>hscore_probability_between</comment>
        <extracomment>Finding hscore_probability_between. Fields: next_percent, next_row, percent, row, score.</extracomment>
        <translation>Le HScore {score} se situe entre les lignes {row} ({percent}&#xa0;%) et {next_row} ({next_percent}&#xa0;%) de la table&#xa0;; l&apos;application retient la ligne égale ou inférieure&#xa0;: {percent}&#xa0;%.</translation>
    </message>
    <message>
        <source>HScore {score} is below the table&apos;s first row ({row}: {percent} %): {percent} %.</source>
        <comment>hscore_probability_below</comment>
        <extracomment>Finding hscore_probability_below. Fields: percent, row, score.</extracomment>
        <translation>Le HScore {score} est inférieur à la première ligne de la table ({row}&#xa0;: {percent}&#xa0;%)&#xa0;: {percent}&#xa0;%.</translation>
    </message>
    <message>
        <source>HScore {score} is at or above the table&apos;s last row ({row}): {percent} %.</source>
        <comment>hscore_probability_top</comment>
        <extracomment>Finding hscore_probability_top. Fields: percent, row, score.</extracomment>
        <translation>Le HScore {score} est égal ou supérieur à la dernière ligne de la table ({row})&#xa0;: {percent}&#xa0;%.</translation>
    </message>
    <message>
        <source>The HScore estimates the probability of reactive haemophagocytic syndrome (secondary HLH). It is an aid to the HLH question, not a diagnosis.</source>
        <comment>hscore_aid_not_diagnosis</comment>
        <extracomment>Finding hscore_aid_not_diagnosis.</extracomment>
        <translation>Le HScore estime la probabilité d&apos;un syndrome hémophagocytaire réactionnel (HLH secondaire). C&apos;est une aide face à la question d&apos;une HLH, pas un diagnostic.</translation>
    </message>
    <message>
        <source>Derived in 312 patients (162 with reactive HLH, 104 without, 46 undetermined); best cut-off 169 (sensitivity 93 %, specificity 86 %).</source>
        <comment>hscore_derivation</comment>
        <extracomment>Finding hscore_derivation.</extracomment>
        <translation>Établi sur 312 patients (162 avec HLH réactionnelle, 104 sans, 46 indéterminés)&#xa0;; seuil optimal 169 (sensibilité 93&#xa0;%, spécificité 86&#xa0;%).</translation>
    </message>
    <message>
        <source>The probability table has not been validated in ICU patients.</source>
        <comment>hscore_icu_not_validated</comment>
        <extracomment>Finding hscore_icu_not_validated.</extracomment>
        <translation>La table de probabilité n&apos;a pas été validée chez les patients de réanimation.</translation>
    </message>
    <message>
        <source>High ferritin is common in the ICU without HLH: ICU studies found HLH cut-offs of 9083 µg/L (2623 patients) and 3951 ng/mL (344 patients), and a modified HLH-2004 criterion uses ferritin ≥ 10000 ng/mL.</source>
        <comment>hscore_icu_ferritin</comment>
        <extracomment>Finding hscore_icu_ferritin.</extracomment>
        <translation>Une ferritine élevée est fréquente en réanimation sans HLH&#xa0;: des études en réanimation ont trouvé des seuils de HLH de 9083 µg/L (2623 patients) et de 3951 ng/mL (344 patients), et un critère HLH-2004 modifié retient une ferritine ≥ 10000 ng/mL.</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL places a patient in the ImmunoSep MALS stratum; it does not establish HLH.</source>
        <comment>hscore_mals_not_hlh</comment>
        <extracomment>Finding hscore_mals_not_hlh.</extracomment>
        <translation>Une ferritine &gt; 4420 ng/mL place le patient dans la strate MALS d&apos;ImmunoSep&#xa0;; elle n&apos;établit pas une HLH.</translation>
    </message>
    <message>
        <source>Age 18 years or older.</source>
        <comment>criterion_age_18_or_over</comment>
        <extracomment>Finding criterion_age_18_or_over.</extracomment>
        <translation>Âge de 18 ans ou plus.</translation>
    </message>
    <message>
        <source>Women: unwilling to become pregnant during the study (men meet this criterion).</source>
        <comment>criterion_not_planning_pregnancy</comment>
        <extracomment>Finding criterion_not_planning_pregnancy.</extracomment>
        <translation>Femmes&#xa0;: absence de désir de grossesse pendant l&apos;étude (les hommes remplissent ce critère).</translation>
    </message>
    <message>
        <source>Written informed consent by the patient, or by a first-degree relative or spouse if the patient cannot consent.</source>
        <comment>criterion_informed_consent</comment>
        <extracomment>Finding criterion_informed_consent.</extracomment>
        <translation>Consentement éclairé écrit du patient, ou d&apos;un parent au premier degré ou du conjoint si le patient ne peut pas consentir.</translation>
    </message>
    <message>
        <source>Infection is community-acquired pneumonia, hospital-acquired pneumonia, ventilator-associated pneumonia or primary bacteraemia.</source>
        <comment>criterion_infection_type</comment>
        <extracomment>Finding criterion_infection_type.</extracomment>
        <translation>Infection de type pneumonie communautaire, pneumonie nosocomiale, pneumonie acquise sous ventilation mécanique ou bactériémie primaire.</translation>
    </message>
    <message>
        <source>Sepsis by Sepsis-3: total SOFA ≥ 2 on admission with infection through the emergency department, or a rise of the admission SOFA by ≥ 2 points in a patient already in hospital.</source>
        <comment>criterion_sepsis_3</comment>
        <extracomment>Finding criterion_sepsis_3.</extracomment>
        <translation>Sepsis selon Sepsis-3&#xa0;: SOFA total ≥ 2 à l&apos;admission pour infection par les urgences, ou hausse du SOFA d&apos;admission de ≥ 2 points chez un patient déjà hospitalisé.</translation>
    </message>
    <message>
        <source>Laboratory signs of MALS (ferritin &gt; 4420 ng/mL) or of immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR &lt; 5000 antibodies per monocyte, QuantiBRITE). Patients with COVID-19 could enter the MALS arm only.</source>
        <comment>criterion_immune_phenotype</comment>
        <extracomment>Finding criterion_immune_phenotype.</extracomment>
        <translation>Signes biologiques de MALS (ferritine &gt; 4420 ng/mL) ou d&apos;immunoparalysie (ferritine ≤ 4420 ng/mL et HLA-DR &lt; 5000 anticorps par monocyte, QuantiBRITE). Les patients atteints de COVID-19 ne pouvaient entrer que dans le bras MALS.</translation>
    </message>
    <message>
        <source>Less than 72 hours since sepsis was recognised by Sepsis-3 (in the trial: to the start of the blinded study drug).</source>
        <comment>criterion_within_72_hours</comment>
        <extracomment>Finding criterion_within_72_hours.</extracomment>
        <translation>Moins de 72 heures depuis la reconnaissance du sepsis selon Sepsis-3 (dans l&apos;essai&#xa0;: jusqu&apos;au début du traitement à l&apos;étude en aveugle).</translation>
    </message>
    <message>
        <source>Age under 18 years.</source>
        <comment>criterion_age_under_18</comment>
        <extracomment>Finding criterion_age_under_18.</extracomment>
        <translation>Âge inférieur à 18 ans.</translation>
    </message>
    <message>
        <source>Written informed consent refused.</source>
        <comment>criterion_consent_refused</comment>
        <extracomment>Finding criterion_consent_refused.</extracomment>
        <translation>Refus du consentement éclairé écrit.</translation>
    </message>
    <message>
        <source>Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.</source>
        <comment>criterion_other_infection_site</comment>
        <extracomment>Finding criterion_other_infection_site.</extracomment>
        <translation>Pyélonéphrite aiguë, infection intra-abdominale, méningite ou infection cutanée.</translation>
    </message>
    <message>
        <source>Any stage IV malignancy.</source>
        <comment>criterion_stage_iv_malignancy</comment>
        <extracomment>Finding criterion_stage_iv_malignancy.</extracomment>
        <translation>Tout cancer de stade IV.</translation>
    </message>
    <message>
        <source>Neutropenia: absolute neutrophil count &lt; 1500/mm³.</source>
        <comment>criterion_neutropenia</comment>
        <extracomment>Finding criterion_neutropenia.</extracomment>
        <translation>Neutropénie&#xa0;: polynucléaires neutrophiles &lt; 1500/mm³.</translation>
    </message>
    <message>
        <source>Unverified: the registry gives &lt; 1500/mm³, a transcription of the protocol &lt; 1000/mm³; the discrepancy is unresolved.</source>
        <comment>criterion_neutropenia_unverified</comment>
        <extracomment>Finding criterion_neutropenia_unverified.</extracomment>
        <translation>Non vérifié&#xa0;: le registre indique &lt; 1500/mm³, une transcription du protocole &lt; 1000/mm³&#xa0;; la discordance n&apos;est pas résolue.</translation>
    </message>
    <message>
        <source>Any do-not-resuscitate decision.</source>
        <comment>criterion_do_not_resuscitate</comment>
        <extracomment>Finding criterion_do_not_resuscitate.</extracomment>
        <translation>Toute décision de ne pas réanimer.</translation>
    </message>
    <message>
        <source>Bacteraemia with coagulase-negative staphylococci or other skin commensals, or a catheter-related infection.</source>
        <comment>criterion_bacteraemia_contaminant</comment>
        <extracomment>Finding criterion_bacteraemia_contaminant.</extracomment>
        <translation>Bactériémie à staphylocoques à coagulase négative ou à d&apos;autres commensaux cutanés, ou infection liée au cathéter.</translation>
    </message>
    <message>
        <source>All {total} listed criteria are met ({met} met, {failed} not met, {unknown} unknown); the list is incomplete, so this does not prove the patient would have been eligible.</source>
        <comment>eligibility_all_listed_met</comment>
        <extracomment>Finding eligibility_all_listed_met. Fields: failed, met, total, unknown.</extracomment>
        <translation>Les {total} critères listés sont tous remplis ({met} remplis, {failed} non remplis, {unknown} inconnus)&#xa0;; la liste est incomplète, cela ne prouve donc pas que le patient aurait été éligible.</translation>
    </message>
    <message>
        <source>{met} of {total} criteria met, {unknown} unknown, {failed} not met.</source>
        <comment>eligibility_incomplete</comment>
        <extracomment>Finding eligibility_incomplete. Fields: failed, met, total, unknown.</extracomment>
        <translation>{met} critères sur {total} remplis, {unknown} inconnus, {failed} non remplis.</translation>
    </message>
    <message>
        <source>{failed} of {total} criteria not met ({met} met, {unknown} unknown): this patient differs from the population in which ImmunoSep was tested.</source>
        <comment>eligibility_outside</comment>
        <extracomment>Finding eligibility_outside. Fields: failed, met, total, unknown.</extracomment>
        <translation>{failed} critères sur {total} non remplis ({met} remplis, {unknown} inconnus)&#xa0;: ce patient diffère de la population dans laquelle ImmunoSep a été testé.</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence comes from the population these criteria describe; it may not apply outside it.</source>
        <comment>eligibility_population</comment>
        <extracomment>Finding eligibility_population.</extracomment>
        <translation>Les données probantes ImmunoSep proviennent de la population que décrivent ces critères&#xa0;; elles peuvent ne pas s&apos;appliquer en dehors.</translation>
    </message>
    <message>
        <source>Unverified: every copy of the registry&apos;s exclusion list read for this app ends after its seventh item; further exclusions (the protocol also has a corticosteroid-dose limit) are not listed here.</source>
        <comment>eligibility_exclusions_truncated</comment>
        <extracomment>Finding eligibility_exclusions_truncated.</extracomment>
        <translation>Non vérifié&#xa0;: toutes les copies de la liste d&apos;exclusion du registre consultées pour cette application s&apos;arrêtent après le septième critère&#xa0;; les autres exclusions (le protocole comporte aussi une limite de dose de corticoïdes) ne sont pas listées ici.</translation>
    </message>
    <message>
        <source>The checklist informs; it does not block a phenotype or a decision.</source>
        <comment>eligibility_not_blocking</comment>
        <extracomment>Finding eligibility_not_blocking.</extracomment>
        <translation>La liste de contrôle informe&#xa0;; elle ne bloque ni un phénotype ni une décision.</translation>
    </message>
    <message>
        <source>From the age entered: {age} years.</source>
        <comment>eligibility_from_age</comment>
        <extracomment>Finding eligibility_from_age. Fields: age.</extracomment>
        <translation>D&apos;après l&apos;âge saisi&#xa0;: {age} ans.</translation>
    </message>
    <message>
        <source>From the phenotype: {phenotype}.</source>
        <comment>eligibility_from_phenotype</comment>
        <extracomment>Finding eligibility_from_phenotype. Fields: phenotype.</extracomment>
        <translation>D&apos;après le phénotype&#xa0;: {phenotype}.</translation>
    </message>
    <message>
        <source>The values could not be classified, so this is unknown.</source>
        <comment>eligibility_from_no_phenotype</comment>
        <extracomment>Finding eligibility_from_no_phenotype.</extracomment>
        <translation>Classification des valeurs impossible&#xa0;; ce critère est donc inconnu.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: below 1000/mm³, neutropenia by the registry and by the protocol transcription.</source>
        <comment>eligibility_anc_below_both</comment>
        <extracomment>Finding eligibility_anc_below_both. Fields: anc.</extracomment>
        <translation>Neutrophiles {anc}&#xa0;: inférieurs à 1000/mm³, neutropénie selon le registre et selon la transcription du protocole.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: at or above 1500/mm³, no neutropenia by either source.</source>
        <comment>eligibility_anc_above_both</comment>
        <extracomment>Finding eligibility_anc_above_both. Fields: anc.</extracomment>
        <translation>Neutrophiles {anc}&#xa0;: égaux ou supérieurs à 1500/mm³, pas de neutropénie selon l&apos;une ou l&apos;autre source.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: neutropenia by the registry (&lt; 1500/mm³) but not by the protocol transcription (&lt; 1000/mm³), or not exact enough to tell; the answer is unknown.</source>
        <comment>eligibility_anc_between</comment>
        <extracomment>Finding eligibility_anc_between. Fields: anc.</extracomment>
        <translation>Neutrophiles {anc}&#xa0;: neutropénie selon le registre (&lt; 1500/mm³) mais pas selon la transcription du protocole (&lt; 1000/mm³), ou valeur pas assez précise pour trancher&#xa0;; la réponse est inconnue.</translation>
    </message>
    <message>
        <source>Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (&gt; 1.4): the trial&apos;s response definition is met.</source>
        <comment>response_met</comment>
        <extracomment>Finding response_met. Fields: decrease.</extracomment>
        <translation>SOFA de J1 moins la moyenne des SOFA de J2 à J9 = {decrease} (&gt; 1,4)&#xa0;: la définition de la réponse de l&apos;essai est remplie.</translation>
    </message>
    <message>
        <source>Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (≤ 1.4): the trial&apos;s response definition is not met.</source>
        <comment>response_not_met</comment>
        <extracomment>Finding response_not_met. Fields: decrease.</extracomment>
        <translation>SOFA de J1 moins la moyenne des SOFA de J2 à J9 = {decrease} (≤ 1,4)&#xa0;: la définition de la réponse de l&apos;essai n&apos;est pas remplie.</translation>
    </message>
    <message>
        <source>Provisional: so far day-1 SOFA minus the mean SOFA of days 2–9 is {decrease}; days {pending} are not over and count as carried forward until they are.</source>
        <comment>response_provisional</comment>
        <extracomment>Finding response_provisional. Fields: decrease, pending.</extracomment>
        <translation>Provisoire&#xa0;: à ce stade, SOFA de J1 moins la moyenne des SOFA de J2 à J9 = {decrease}&#xa0;; les jours {pending} ne sont pas terminés et reprennent la dernière valeur connue jusqu&apos;à leur fin.</translation>
    </message>
    <message>
        <source>This is the ImmunoSep trial&apos;s research endpoint (day-1 SOFA minus the mean SOFA of days 2–9 &gt; 1.4 points; deaths count 24, a missing day carries the last value forward), not a treatment target.</source>
        <comment>response_research_endpoint</comment>
        <extracomment>Finding response_research_endpoint.</extracomment>
        <translation>Il s&apos;agit du critère de jugement de recherche de l&apos;essai ImmunoSep (SOFA de J1 moins la moyenne des SOFA de J2 à J9 &gt; 1,4 point&#xa0;; un décès compte 24, un jour manquant reprend la dernière valeur), pas d&apos;un objectif thérapeutique.</translation>
    </message>
    <message>
        <source>From the day of death (day {day}) every day counts 24.</source>
        <comment>response_death</comment>
        <extracomment>Finding response_death. Fields: day.</extracomment>
        <translation>À partir du jour du décès (J{day}), chaque jour compte 24.</translation>
    </message>
    <message>
        <source>The SOFA entered for day {day} is not used: the patient died on day {death_day}, and from then on every day counts 24.</source>
        <comment>response_entry_replaced_by_death</comment>
        <extracomment>Finding response_entry_replaced_by_death. Fields: day, death_day.</extracomment>
        <translation>Le SOFA saisi pour J{day} n&apos;est pas utilisé&#xa0;: le patient est décédé à J{death_day}, et à partir de ce jour chaque jour compte 24.</translation>
    </message>
    <message>
        <source>The SOFA of day {day} rests on {assessed} of 6 organ systems, so it may be too low.</source>
        <comment>response_incomplete_day</comment>
        <extracomment>Finding response_incomplete_day. Fields: assessed, day.</extracomment>
        <translation>Le SOFA de J{day} repose sur {assessed} des 6 systèmes d&apos;organes&#xa0;; il peut donc être sous-estimé.</translation>
    </message>
    <message>
        <source>{criterion} {value} is outside the range usually seen in {unit}; check that it was not measured in {other_unit}.</source>
        <comment>unit_suspect</comment>
        <extracomment>Finding unit_suspect. Fields: criterion, other_unit, unit, value.</extracomment>
        <translation>{criterion} {value}&#xa0;: hors de la plage habituelle en {unit}&#xa0;; vérifiez que la valeur n&apos;a pas été mesurée en {other_unit}.</translation>
    </message>
    <message>
        <source>Ferritin is needed: every ImmunoSep phenotype starts from ferritin (&gt; {ferritin_threshold} is MALS).</source>
        <oldsource>Ferritin is needed: every ImmunoSep phenotype starts from ferritin (&gt; {f_thr} is MALS).</oldsource>
        <comment>ferritin_missing</comment>
        <extracomment>Finding ferritin_missing. Fields: ferritin_threshold.</extracomment>
        <translation>La ferritine est nécessaire&#xa0;: tout phénotype ImmunoSep part de la ferritine (&gt; {ferritin_threshold} correspond au MALS).</translation>
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
        <translation>HLA-DR &lt; {threshold} (immunoparalysie)</translation>
    </message>
    <message>
        <source>Age ≥ {threshold} years (trial population)</source>
        <comment>criterion.age_adult</comment>
        <extracomment>Finding criterion.age_adult. Fields: threshold.</extracomment>
        <translation>Âge ≥ {threshold} ans (population de l&apos;essai)</translation>
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
        <translation>≥ {threshold} ans</translation>
    </message>
    <message>
        <source>{age} years</source>
        <comment>criterion_value.age</comment>
        <extracomment>Finding criterion_value.age. Fields: age.</extracomment>
        <translation>{age} ans</translation>
    </message>
    <message>
        <source>met</source>
        <comment>criterion_note.met</comment>
        <extracomment>Finding criterion_note.met.</extracomment>
        <translation>rempli</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>criterion_note.not_met</comment>
        <extracomment>Finding criterion_note.not_met.</extracomment>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>undecided</source>
        <comment>criterion_note.undecided</comment>
        <extracomment>Finding criterion_note.undecided.</extracomment>
        <translation>non établi</translation>
    </message>
    <message>
        <source>undecided: {entered} spans {threshold}</source>
        <comment>criterion_note.undecided_range</comment>
        <extracomment>Finding criterion_note.undecided_range. Fields: entered, threshold.</extracomment>
        <translation>non établi&#xa0;: {entered} chevauche le seuil {threshold}</translation>
    </message>
    <message>
        <source>not available</source>
        <comment>criterion_note.not_available</comment>
        <extracomment>Finding criterion_note.not_available.</extracomment>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>not given</source>
        <comment>criterion_note.not_given</comment>
        <extracomment>Finding criterion_note.not_given.</extracomment>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>not determined by the laboratory</source>
        <comment>criterion_note.not_determined</comment>
        <extracomment>Finding criterion_note.not_determined.</extracomment>
        <translation>non déterminé par le laboratoire</translation>
    </message>
    <message>
        <source>not evaluable: {unit} cannot be converted to antibodies bound per cell</source>
        <comment>criterion_note.unit_not_usable</comment>
        <extracomment>Finding criterion_note.unit_not_usable. Fields: unit.</extracomment>
        <translation>non évaluable&#xa0;: {unit} ne peut pas être converti en anticorps liés par cellule</translation>
    </message>
    <message>
        <source>{note}; converted: {conversion}</source>
        <comment>criterion_note.converted</comment>
        <extracomment>Finding criterion_note.converted. Fields: conversion, note.</extracomment>
        <translation>{note}&#xa0;; converti&#xa0;: {conversion}</translation>
    </message>
    <message>
        <source>{note} (not needed: MALS is decided by ferritin)</source>
        <comment>criterion_note.not_needed</comment>
        <extracomment>Finding criterion_note.not_needed. Fields: note.</extracomment>
        <translation>{note} (non nécessaire&#xa0;: le MALS est établi par la ferritine)</translation>
    </message>
    <message>
        <source>{entered} ng/mL (no conversion)</source>
        <comment>conversion.none</comment>
        <extracomment>Finding conversion.none. Fields: entered.</extracomment>
        <translation>{entered} ng/mL (sans conversion)</translation>
    </message>
    <message>
        <source>Ferritin not determined (&quot;{ferritin_not_determined}&quot;): the laboratory reported no value; every ImmunoSep phenotype starts from ferritin (&gt; {ferritin_threshold} is MALS).</source>
        <comment>ferritin_not_determined</comment>
        <extracomment>Finding ferritin_not_determined. Fields: ferritin_not_determined, ferritin_threshold.</extracomment>
        <translation>Ferritine non déterminée («&#xa0;{ferritin_not_determined}&#xa0;»)&#xa0;: le laboratoire n&apos;a rendu aucune valeur&#xa0;; tout phénotype ImmunoSep part de la ferritine (&gt; {ferritin_threshold} correspond au MALS).</translation>
    </message>
    <message>
        <source>Ferritin {ferritin_entered} could be above or below {ferritin_threshold}; an exact value, or a bound that lies wholly on one side of {ferritin_threshold}, is needed.</source>
        <oldsource>Ferritin {ferritin_entered} could be above or below {f_thr}; an exact value, or a bound that lies wholly on one side of {f_thr}, is needed.</oldsource>
        <comment>ferritin_indeterminate</comment>
        <extracomment>Finding ferritin_indeterminate. Fields: ferritin_entered, ferritin_threshold.</extracomment>
        <translation>La ferritine {ferritin_entered} pourrait être au-dessus ou au-dessous de {ferritin_threshold}&#xa0;; il faut une valeur exacte, ou une borne entièrement d&apos;un côté de {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is &gt; {ferritin_threshold}: MALS criterion met.</source>
        <oldsource>Ferritin {ferritin} is &gt; {f_thr}: MALS criterion met.</oldsource>
        <comment>ferritin_above_threshold</comment>
        <extracomment>Finding ferritin_above_threshold. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Ferritine {ferritin} &gt; {ferritin_threshold}&#xa0;: critère MALS rempli.</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {hla_dr_threshold} too: both criteria are met and MALS takes precedence, as in the trial.</source>
        <oldsource>HLA-DR &lt; {h_thr} too: both criteria are met and MALS takes precedence, as in the trial.</oldsource>
        <comment>both_criteria_met</comment>
        <extracomment>Finding both_criteria_met. Fields: hla_dr_threshold.</extracomment>
        <translation>HLA-DR &lt; {hla_dr_threshold} également&#xa0;: les deux critères sont remplis et le MALS prévaut, comme dans l&apos;essai.</translation>
    </message>
    <message>
        <source>HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <oldsource>HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because ferritin {ferritin} is ≤ {f_thr}.</oldsource>
        <comment>hla_dr_missing</comment>
        <extracomment>Finding hla_dr_missing. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>L&apos;HLA-DR en anticorps par cellule (AB/C, QuantiBRITE) est nécessaire car la ferritine {ferritin} est ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>HLA-DR not determined (&quot;{hla_dr_not_determined}&quot;): the laboratory reported no value; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <comment>hla_dr_not_determined</comment>
        <extracomment>Finding hla_dr_not_determined. Fields: ferritin, ferritin_threshold, hla_dr_not_determined.</extracomment>
        <translation>HLA-DR non déterminé («&#xa0;{hla_dr_not_determined}&#xa0;»)&#xa0;: le laboratoire n&apos;a rendu aucune valeur&#xa0;; l&apos;HLA-DR en AB/C est nécessaire car la ferritine {ferritin} est ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>HLA-DR was given as {hla_dr_unit}, which cannot be converted to antibodies bound per cell; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <oldsource>HLA-DR was given as {hla_dr_unit}, which cannot be converted to antibodies bound per cell; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {f_thr}.</oldsource>
        <comment>hla_dr_not_ab_per_cell</comment>
        <extracomment>Finding hla_dr_not_ab_per_cell. Fields: ferritin, ferritin_threshold, hla_dr_unit.</extracomment>
        <translation>L&apos;HLA-DR a été fourni en {hla_dr_unit}, qui ne peut pas être converti en anticorps liés par cellule&#xa0;; l&apos;HLA-DR en AB/C est nécessaire car la ferritine {ferritin} est ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} could be above or below {hla_dr_threshold}; an exact value is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <oldsource>HLA-DR {hla_dr} could be above or below {h_thr}; an exact value is needed because ferritin {ferritin} is ≤ {f_thr}.</oldsource>
        <comment>hla_dr_indeterminate</comment>
        <extracomment>Finding hla_dr_indeterminate. Fields: ferritin, ferritin_threshold, hla_dr, hla_dr_threshold.</extracomment>
        <translation>L&apos;HLA-DR {hla_dr} pourrait être au-dessus ou au-dessous de {hla_dr_threshold}&#xa0;; une valeur exacte est nécessaire car la ferritine {ferritin} est ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is ≤ {ferritin_threshold}: MALS criterion not met.</source>
        <oldsource>Ferritin {ferritin} is ≤ {f_thr}: MALS criterion not met.</oldsource>
        <comment>ferritin_at_or_below_threshold</comment>
        <extracomment>Finding ferritin_at_or_below_threshold. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Ferritine {ferritin} ≤ {ferritin_threshold}&#xa0;: critère MALS non rempli.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is &lt; {hla_dr_threshold}: immunoparalysis criteria met.</source>
        <oldsource>HLA-DR {hla_dr} is &lt; {h_thr}: immunoparalysis criteria met.</oldsource>
        <comment>hla_dr_below_threshold</comment>
        <extracomment>Finding hla_dr_below_threshold. Fields: hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} &lt; {hla_dr_threshold}&#xa0;: critères d&apos;immunoparalysie remplis.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is ≥ {hla_dr_threshold}: neither phenotype; the ImmunoSep evidence does not apply.</source>
        <oldsource>HLA-DR {hla_dr} is ≥ {h_thr}: neither phenotype; the ImmunoSep evidence does not apply.</oldsource>
        <comment>hla_dr_at_or_above_threshold</comment>
        <extracomment>Finding hla_dr_at_or_above_threshold. Fields: hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} ≥ {hla_dr_threshold}&#xa0;: aucun des deux phénotypes&#xa0;; les données ImmunoSep ne s&apos;appliquent pas.</translation>
    </message>
    <message>
        <source>The ferritin sample time {ferritin_sampled} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.ferritin_sample</comment>
        <extracomment>Finding sample_time_in_future.ferritin_sample. Fields: ferritin_sampled.</extracomment>
        <translation>L&apos;heure de prélèvement de la ferritine {ferritin_sampled} est dans le futur&#xa0;; vérifiez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>The HLA-DR sample time {hla_dr_sampled} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.hla_dr_sample</comment>
        <extracomment>Finding sample_time_in_future.hla_dr_sample. Fields: hla_dr_sampled.</extracomment>
        <translation>L&apos;heure de prélèvement de l&apos;HLA-DR {hla_dr_sampled} est dans le futur&#xa0;; vérifiez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>The HLA-DR processing time {hla_dr_processed} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.hla_dr_processing</comment>
        <extracomment>Finding sample_time_in_future.hla_dr_processing. Fields: hla_dr_processed.</extracomment>
        <translation>L&apos;heure de traitement (labo) de l&apos;HLA-DR {hla_dr_processed} est dans le futur&#xa0;; vérifiez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is within {ferritin_band} of {ferritin_threshold}; ferritin assays differ between methods, so a repeat test may be wise.</source>
        <oldsource>Ferritin {ferritin} is within {f_band} % of {f_threshold} ng/mL; ferritin assays differ between methods, so a repeat test may be wise.</oldsource>
        <comment>ferritin_near_threshold</comment>
        <extracomment>Finding ferritin_near_threshold. Fields: ferritin, ferritin_band, ferritin_threshold.</extracomment>
        <translation>La ferritine {ferritin} est à moins de {ferritin_band} de {ferritin_threshold}&#xa0;; les dosages de ferritine diffèrent selon la méthode, un nouveau dosage peut donc être judicieux.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is within {hla_dr_band} of {hla_dr_threshold}; the inter-laboratory CV is 15-25 %, so a repeat test may be wise.</source>
        <oldsource>HLA-DR {hla_dr} is within {h_band} % of {h_thr}; the inter-laboratory CV is 15-25 %, so a repeat test may be wise.</oldsource>
        <comment>hla_dr_near_threshold</comment>
        <extracomment>Finding hla_dr_near_threshold. Fields: hla_dr, hla_dr_band, hla_dr_threshold.</extracomment>
        <translation>L&apos;HLA-DR {hla_dr} est à moins de {hla_dr_band} de {hla_dr_threshold}&#xa0;; le CV interlaboratoire est de 15–25&#xa0;%, un nouveau dosage peut donc être judicieux.</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR were sampled {sample_gap} apart (more than {max_interval}); they may reflect different immune states.</source>
        <oldsource>Ferritin and HLA-DR were sampled {gap} apart (more than {max_interval}); they may reflect different immune states.</oldsource>
        <comment>samples_far_apart</comment>
        <extracomment>Finding samples_far_apart. Fields: max_interval, sample_gap.</extracomment>
        <translation>La ferritine et l&apos;HLA-DR ont été prélevés à {sample_gap} d&apos;intervalle (plus de {max_interval})&#xa0;; ils peuvent refléter des états immunitaires différents.</translation>
    </message>
    <message>
        <source>HLA-DR was processed {processing_delay} after sampling (more than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h).</source>
        <oldsource>HLA-DR was processed {delay} after sampling (more than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h).</oldsource>
        <comment>hla_dr_processing_delay</comment>
        <extracomment>Finding hla_dr_processing_delay. Fields: max_delay, processing_delay.</extracomment>
        <translation>L&apos;HLA-DR a été traité {processing_delay} après le prélèvement (plus de {max_delay})&#xa0;; les valeurs peuvent être peu fiables (QuantiBRITE&#xa0;: EDTA, sur glace, marquage dans les 4 h).</translation>
    </message>
</context>
<context>
    <name>HScoreHistoryView</name>
    <message>
        <source>No HScore is stored for this patient. Patient ▸ HScore (Ctrl+Shift+H) enters one.</source>
        <translation>Aucun HScore n&apos;est enregistré pour ce patient. Patient ▸ HScore (Ctrl+Maj+H) permet d&apos;en saisir un.</translation>
    </message>
    <message>
        <source>HScores stored for this patient, oldest first: an aid to the question whether a very high ferritin is HLH, not a diagnosis.</source>
        <translation>HScores enregistrés pour ce patient, du plus ancien au plus récent&#xa0;: une aide face à la question de savoir si une ferritine très élevée relève d&apos;une HLH, pas un diagnostic.</translation>
    </message>
    <message>
        <source>HScore #{id}, stored with assessment #{assessment}</source>
        <translation>HScore #{id}, enregistré avec l&apos;évaluation #{assessment}</translation>
    </message>
    <message>
        <source>table {version}</source>
        <translation>table {version}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Variable and why</source>
        <translation>Variable et justification</translation>
    </message>
</context>
<context>
    <name>HScorePanel</name>
    <message>
        <source>{n} points</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <source>No HScore: correct the field marked in red ({reason}).</source>
        <translation>Pas de HScore&#xa0;: corrigez le champ marqué en rouge ({reason}).</translation>
    </message>
    <message>
        <source>Offered because ferritin is above 4420 ng/mL (the MALS criterion of the rule): such a ferritin places a patient in MALS but does not establish HLH. The HScore is an aid to that question, not a diagnosis.</source>
        <translation>Proposé car la ferritine est supérieure à 4420 ng/mL (le critère MALS de la règle)&#xa0;: une telle ferritine classe le patient en MALS mais n&apos;établit pas une HLH. Le HScore est une aide face à cette question, pas un diagnostic.</translation>
    </message>
    <message>
        <source>The window offers the HScore when ferritin is above 4420 ng/mL (the MALS criterion); it can be computed for any patient. It is an aid to the HLH question, not a diagnosis.</source>
        <translation>La fenêtre propose le HScore quand la ferritine est supérieure à 4420 ng/mL (le critère MALS)&#xa0;; il peut être calculé pour tout patient. C&apos;est une aide face à la question d&apos;une HLH, pas un diagnostic.</translation>
    </message>
    <message>
        <source>Ferritin copied from the assessment on screen ({value} {unit}); change it if the HScore uses another value.</source>
        <translation>Ferritine reprise de l&apos;évaluation affichée ({value} {unit})&#xa0;; modifiez-la si le HScore utilise une autre valeur.</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>An HScore is saved once all nine variables are given.</source>
        <translation>Un HScore est enregistré une fois les neuf variables renseignées.</translation>
    </message>
    <message>
        <source>Saved with assessment #{assessment}.</source>
        <translation>Enregistré avec l&apos;évaluation #{assessment}.</translation>
    </message>
    <message>
        <source>#{id}: HScore {score}, probability {p} %, with assessment #{assessment}, saved {when} by {user}</source>
        <translation>#{id}&#xa0;: HScore {score}, probabilité {p}&#xa0;%, avec l&apos;évaluation #{assessment}, enregistré le {when} par {user}</translation>
    </message>
    <message>
        <source>Stored HScores:</source>
        <translation>HScores enregistrés&#xa0;:</translation>
    </message>
    <message>
        <source>No HScore stored for this patient.</source>
        <translation>Aucun HScore enregistré pour ce patient.</translation>
    </message>
    <message>
        <source>Mark #{id} entered in &amp;error…</source>
        <translation>&amp;Marquer #{id} comme erreur de saisie…</translation>
    </message>
    <message>
        <source>Save HScore</source>
        <translation>Enregistrer le HScore</translation>
    </message>
    <message>
        <source>Save this HScore in the TRAINING records of patient:</source>
        <translation>Enregistrer ce HScore dans les dossiers de FORMATION du patient&#xa0;:</translation>
    </message>
    <message>
        <source>Save this HScore in the clinical records of patient:</source>
        <translation>Enregistrer ce HScore dans les dossiers cliniques du patient&#xa0;:</translation>
    </message>
    <message>
        <source>With assessment #{assessment}</source>
        <translation>Avec l&apos;évaluation #{assessment}</translation>
    </message>
    <message>
        <source>HScore saved for {patient}.</source>
        <translation>HScore enregistré pour {patient}.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Marquer comme erreur de saisie</translation>
    </message>
    <message>
        <source>HScore #{id} of {patient} will be marked as entered in error. It stays stored and listed.</source>
        <translation>Le HScore #{id} de {patient} sera marqué comme erreur de saisie. Il reste enregistré et listé.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>&amp;Marquer comme erreur de saisie</translation>
    </message>
    <message>
        <source>HScore #{id} marked as entered in error.</source>
        <translation>HScore #{id} marqué comme erreur de saisie.</translation>
    </message>
    <message>
        <source>The nine variables (Fardet 2014)</source>
        <translation>Les neuf variables (Fardet 2014)</translation>
    </message>
    <message>
        <source>Known underlying &amp;immunosuppression (HIV, long-term immunosuppressive therapy)</source>
        <translation>&amp;Immunodépression sous-jacente connue (VIH, traitement immunosuppresseur au long cours)</translation>
    </message>
    <message>
        <source>Highest &amp;temperature</source>
        <translation>&amp;Température maximale</translation>
    </message>
    <message>
        <source>&amp;Organomegaly</source>
        <translation>&amp;Organomégalie</translation>
    </message>
    <message>
        <source>&amp;Cytopenic lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110 000/µL)</source>
        <translation>Lignées &amp;cytopéniques (Hb ≤ 9,2 g/dL, leucocytes ≤ 5000/µL, plaquettes ≤ 110 000/µL)</translation>
    </message>
    <message>
        <source>&amp;Ferritin</source>
        <translation>&amp;Ferritine</translation>
    </message>
    <message>
        <source>Tri&amp;glycerides</source>
        <translation>Tri&amp;glycérides</translation>
    </message>
    <message>
        <source>Fi&amp;brinogen</source>
        <translation>Fi&amp;brinogène</translation>
    </message>
    <message>
        <source>&amp;AST (aspartate aminotransferase)</source>
        <translation>&amp;ASAT (aspartate aminotransférase)</translation>
    </message>
    <message>
        <source>&amp;Haemophagocytosis on bone-marrow aspirate</source>
        <translation>&amp;Hémophagocytose au myélogramme</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>hepatomegaly</source>
        <translation>hépatomégalie</translation>
    </message>
    <message>
        <source>splenomegaly</source>
        <translation>splénomégalie</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>&amp;Save HScore…</source>
        <translation>&amp;Enregistrer le HScore…</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Sampled (or assessed)</source>
        <translation>Prélèvement (ou évaluation)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
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
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Stored assessments, oldest first</source>
        <translation>Évaluations enregistrées, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>prélèvement</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>évaluation</translation>
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
        <translation>(détecter)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non utilisé)</translation>
    </message>
    <message>
        <source>Lab exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xlsb *.xls *.ods);;All files (*)</source>
        <translation>Exports de laboratoire (*.csv *.tsv *.txt *.xlsx *.xlsm *.xlsb *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>virgule ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>point-virgule&#xa0;;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pipe |</source>
        <translation>barre verticale |</translation>
    </message>
    <message>
        <source>decimal point (4420.5)</source>
        <translation>point décimal (4420.5)</translation>
    </message>
    <message>
        <source>decimal comma (4420,5)</source>
        <translation>virgule décimale (4420,5)</translation>
    </message>
    <message>
        <source>wide: one row per sample</source>
        <translation>large&#xa0;: une ligne par prélèvement</translation>
    </message>
    <message>
        <source>long: one row per test</source>
        <translation>long&#xa0;: une ligne par analyse</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>large</translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>given</source>
        <translation>indiquée</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>unit column</source>
        <translation>colonne d&apos;unité</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Identifiant patient</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritine</translation>
    </message>
    <message>
        <source>Ferritin unit</source>
        <translation>Unité de ferritine</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR unit</source>
        <translation>Unité d&apos;HLA-DR</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Heure de prélèvement</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Test name</source>
        <translation>Nom de l&apos;analyse</translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation>Code LOINC</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Délimiteur</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>ISO 8601 or detected; e.g. %d.%m.%Y %H:%M</source>
        <translation>ISO 8601 ou détecté&#xa0;; p. ex. %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Format de l&apos;heure</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Pairing interval</source>
        <translation>Intervalle d&apos;appariement</translation>
    </message>
    <message>
        <source>How the file is read (detected unless you choose)</source>
        <translation>Lecture du fichier (détectée sauf choix de votre part)</translation>
    </message>
    <message>
        <source>Sample time format</source>
        <translation>Format de l&apos;heure de prélèvement</translation>
    </message>
    <message>
        <source>Pair ferritin and HLA-DR within</source>
        <translation>Apparier ferritine et HLA-DR à moins de</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Detected settings</source>
        <translation>Paramètres détectés</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Import and classify</source>
        <translation>Importer et classer</translation>
    </message>
    <message>
        <source>Preview (row numbers as in the spreadsheet):</source>
        <translation>Aperçu (numéros de ligne comme dans le tableur)&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {layout} layout, %n data row(s)</source>
        <translation>
            <numerusform>{kind}, disposition {layout}, %n ligne de données</numerusform>
            <numerusform>{kind}, disposition {layout}, %n lignes de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {layout} layout, %n data row(s) ({blank} blank skipped)</source>
        <translation>
            <numerusform>{kind}, disposition {layout}, %n ligne de données ({blank} vides ignorées)</numerusform>
            <numerusform>{kind}, disposition {layout}, %n lignes de données ({blank} vides ignorées)</numerusform>
        </translation>
    </message>
    <message>
        <source>{analyte} unit: {unit} ({source})</source>
        <translation>Unité de {analyte}&#xa0;: {unit} ({source})</translation>
    </message>
    <message>
        <source>{analyte} unit: per row ({source})</source>
        <translation>Unité de {analyte}&#xa0;: par ligne ({source})</translation>
    </message>
    <message>
        <source>columns not used: {headers}</source>
        <translation>colonnes non utilisées&#xa0;: {headers}</translation>
    </message>
    <message>
        <source>No unit for ferritin and HLA-DR: values will be rejected until you choose the units (a unit is never assumed).</source>
        <translation>Pas d&apos;unité pour la ferritine et l&apos;HLA-DR&#xa0;: les valeurs seront rejetées tant que vous n&apos;aurez pas choisi les unités (une unité n&apos;est jamais supposée).</translation>
    </message>
    <message>
        <source>No unit for ferritin: values will be rejected until you choose the unit (a unit is never assumed).</source>
        <translation>Pas d&apos;unité pour la ferritine&#xa0;: les valeurs seront rejetées tant que vous n&apos;aurez pas choisi l&apos;unité (une unité n&apos;est jamais supposée).</translation>
    </message>
    <message>
        <source>No unit for HLA-DR: values will be rejected until you choose the unit (a unit is never assumed).</source>
        <translation>Pas d&apos;unité pour l&apos;HLA-DR&#xa0;: les valeurs seront rejetées tant que vous n&apos;aurez pas choisi l&apos;unité (une unité n&apos;est jamais supposée).</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) are more than the window shows ({limit}); use the command line: immunosep batch FILE --out results.xlsx</source>
        <translation>
            <numerusform>%n ligne de données dépasse ce que la fenêtre affiche ({limit})&#xa0;; utilisez la ligne de commande&#xa0;: immunosep batch FILE --out results.xlsx</numerusform>
            <numerusform>%n lignes de données dépassent ce que la fenêtre affiche ({limit})&#xa0;; utilisez la ligne de commande&#xa0;: immunosep batch FILE --out results.xlsx</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read this file: {reason}</source>
        <translation>Impossible de lire ce fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot read this file ({error}).</source>
        <translation>Impossible de lire ce fichier ({error}).</translation>
    </message>
    <message>
        <source>(from the header: {unit})</source>
        <translation>(d&apos;après l&apos;en-tête&#xa0;: {unit})</translation>
    </message>
    <message>
        <source>(from the unit column)</source>
        <translation>(d&apos;après la colonne d&apos;unité)</translation>
    </message>
    <message>
        <source>(none in the file: choose)</source>
        <translation>(aucune dans le fichier&#xa0;: choisissez)</translation>
    </message>
    <message>
        <source>detected: {format}</source>
        <translation>détecté&#xa0;: {format}</translation>
    </message>
    <message>
        <source>(detect: {detected})</source>
        <translation>(détecter&#xa0;: {detected})</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Colonne pour {field}</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Carte des phénotypes de la cohorte</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>Importer des résultats de laboratoire</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Laboratory results that arrived in the inbox folder, per patient</source>
        <translation>Résultats de laboratoire arrivés dans le répertoire de réception, par patient</translation>
    </message>
    <message>
        <source>Laboratory &amp;inbox…</source>
        <translation>&amp;Boîte de réception du laboratoire…</translation>
    </message>
    <message>
        <source>{file}: not stored yet ({reason})</source>
        <translation>{file}&#xa0;: pas encore enregistré ({reason})</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Laboratory inbox — TRAINING database</source>
        <translation>Boîte de réception du laboratoire — base de FORMATION</translation>
    </message>
    <message>
        <source>Laboratory inbox</source>
        <translation>Boîte de réception du laboratoire</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>État de la boîte de réception</translation>
    </message>
    <message>
        <source>Patient / test</source>
        <translation>Patient / analyse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Laboratory results per patient, newest first</source>
        <translation>Résultats de laboratoire par patient, les plus récents en premier</translation>
    </message>
    <message>
        <source>Open &amp;history</source>
        <translation>Ouvrir l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>Mark all as &amp;seen</source>
        <translation>Tout marquer comme &amp;vu</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Lecture des dossiers…</translation>
    </message>
    <message>
        <source>The inbox cannot be shown: {reason}</source>
        <translation>La boîte de réception ne peut pas être affichée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>(no stored patient)</source>
        <translation>(aucun patient enregistré)</translation>
    </message>
    <message>
        <source>No laboratory results have arrived in the inbox yet.</source>
        <translation>Aucun résultat de laboratoire n&apos;est encore arrivé dans la boîte de réception.</translation>
    </message>
    <message numerus="yes">
        <source>%n new result(s) since you last looked (in bold).</source>
        <translation>
            <numerusform>%n nouveau résultat depuis votre dernière consultation (en gras).</numerusform>
            <numerusform>%n nouveaux résultats depuis votre dernière consultation (en gras).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n patient.</numerusform>
            <numerusform>%n patients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the patient&apos;s history.</source>
        <translation>La touche Entrée ouvre l&apos;historique du patient.</translation>
    </message>
    <message>
        <source>No inbox folder is configured (site.toml, [inbox] folder).</source>
        <translation>Aucun répertoire de réception n&apos;est configuré (site.toml, [inbox] folder).</translation>
    </message>
    <message>
        <source>Training mode does not read the ward&apos;s inbox folder.</source>
        <translation>Le mode formation ne lit pas le répertoire de réception du service.</translation>
    </message>
    <message>
        <source>Watching {folder}.</source>
        <translation>Surveillance de {folder}.</translation>
    </message>
    <message>
        <source>Withdrawn by the laboratory ({status})</source>
        <translation>Retiré par le laboratoire ({status})</translation>
    </message>
    <message>
        <source>{label} — earlier version</source>
        <translation>{label} — version antérieure</translation>
    </message>
    <message>
        <source>{label} — corrected result</source>
        <translation>{label} — résultat corrigé</translation>
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
            <numerusform>Boîte de réception&#xa0;: %n fichier n&apos;a pas pu être lu et a été déplacé vers failed/ avec le motif.</numerusform>
            <numerusform>Boîte de réception&#xa0;: %n fichiers n&apos;ont pas pu être lus et ont été déplacés vers failed/ avec le motif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n new laboratory result(s). Ctrl+I shows them.</source>
        <translation>
            <numerusform>Boîte de réception&#xa0;: %n nouveau résultat de laboratoire. Ctrl+I l&apos;affiche.</numerusform>
            <numerusform>Boîte de réception&#xa0;: %n nouveaux résultats de laboratoire. Ctrl+I les affiche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laboratory &amp;inbox (%n new)…</source>
        <translation>
            <numerusform>&amp;Boîte de réception du laboratoire (%n nouveau)…</numerusform>
            <numerusform>&amp;Boîte de réception du laboratoire (%n nouveaux)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New patient: every field cleared.</source>
        <translation>Nouveau patient&#xa0;: tous les champs ont été vidés.</translation>
    </message>
    <message>
        <source>Patient {patient} opened: enter the new values, or Ctrl+H for the history.</source>
        <translation>Patient {patient} ouvert&#xa0;: saisissez les nouvelles valeurs, ou Ctrl+H pour l&apos;historique.</translation>
    </message>
    <message>
        <source>No result: correct the field(s) marked in red on the left; each message says why.</source>
        <translation>Pas de résultat&#xa0;: corrigez le ou les champs marqués en rouge à gauche&#xa0;; chaque message en donne la raison.</translation>
    </message>
    <message>
        <source>Enter ferritin and HLA-DR, each with its unit, to see the phenotype.</source>
        <translation>Saisissez la ferritine et l&apos;HLA-DR, chacun avec son unité, pour voir le phénotype.</translation>
    </message>
    <message>
        <source>No result: an internal error stopped the assessment (reference: {ref}). Nothing was classified; please report this.</source>
        <translation>Pas de résultat&#xa0;: une erreur interne a interrompu l&apos;évaluation (référence&#xa0;: {ref}). Aucune classification n&apos;a été faite&#xa0;; veuillez signaler ce problème.</translation>
    </message>
    <message>
        <source>(no identifier entered)</source>
        <translation>(aucun identifiant saisi)</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} ans</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Patient: {who} · age {age}</source>
        <translation>Patient&#xa0;: {who} · âge {age}</translation>
    </message>
    <message>
        <source>PAST ASSESSMENT #{id} (read-only) — {text}</source>
        <translation>ÉVALUATION ANTÉRIEURE #{id} (lecture seule) — {text}</translation>
    </message>
    <message>
        <source>CORRECTING #{id} — {text}</source>
        <translation>CORRECTION DE #{id} — {text}</translation>
    </message>
    <message>
        <source>TRAINING CASE (synthetic) — {text}</source>
        <translation>CAS DE FORMATION (synthétique) — {text}</translation>
    </message>
    <message>
        <source>TRAINING — {app}</source>
        <translation>FORMATION — {app}</translation>
    </message>
    <message>
        <source>{title} — past assessment #{id} (read-only)</source>
        <translation>{title} — évaluation antérieure #{id} (lecture seule)</translation>
    </message>
    <message>
        <source>TRAINING — synthetic data</source>
        <translation>FORMATION — données synthétiques</translation>
    </message>
    <message>
        <source>Clinical mode</source>
        <translation>Mode clinique</translation>
    </message>
    <message>
        <source>{mode} · decimal separator &apos;{sep}&apos;</source>
        <translation>{mode} · séparateur décimal &apos;{sep}&apos;</translation>
    </message>
    <message>
        <source>The trial evidence of this installation cannot be read ({kind}), so no result can be shown. {app} closes; please ask IT to repair the installation.</source>
        <translation>Les données de l&apos;essai de cette installation ne peuvent pas être lues ({kind})&#xa0;; aucun résultat ne peut donc être affiché. {app} se ferme&#xa0;; veuillez demander au service informatique de réparer l&apos;installation.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Patient &amp;history…</source>
        <translation>&amp;Historique du patient…</translation>
    </message>
    <message>
        <source>Stored assessments and the ferritin / HLA-DR trend of the patient in the form</source>
        <translation>Évaluations enregistrées et évolution ferritine / HLA-DR du patient du formulaire</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open / import lab results…</source>
        <translation>&amp;Ouvrir / importer des résultats de laboratoire…</translation>
    </message>
    <message>
        <source>Import a laboratory export (CSV, Excel) and classify every row</source>
        <translation>Importer un export de laboratoire (CSV, Excel) et classer chaque ligne</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;Exporter le rapport PDF…</translation>
    </message>
    <message>
        <source>Save the current assessment as a PDF report</source>
        <translation>Enregistrer l&apos;évaluation en cours sous forme de rapport PDF</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Decimal separator for typed values</source>
        <translation>Séparateur décimal des valeurs saisies</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the app (asks first if an assessment is not saved)</source>
        <translation>Fermer l&apos;application (demande d&apos;abord confirmation si une évaluation n&apos;est pas enregistrée)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nouveau patient</translation>
    </message>
    <message>
        <source>Clear every field for the next patient</source>
        <translation>Effacer tous les champs pour le patient suivant</translation>
    </message>
    <message>
        <source>&amp;Save assessment…</source>
        <translation>&amp;Enregistrer l&apos;évaluation…</translation>
    </message>
    <message>
        <source>Store the assessment on screen in the patient&apos;s records</source>
        <translation>Enregistrer l&apos;évaluation affichée dans les dossiers du patient</translation>
    </message>
    <message>
        <source>Patient &amp;list…</source>
        <translation>&amp;Liste des patients…</translation>
    </message>
    <message>
        <source>Find a stored patient by identifier and open them</source>
        <translation>Trouver un patient enregistré par son identifiant et l&apos;ouvrir</translation>
    </message>
    <message>
        <source>&amp;Copy result for the note</source>
        <translation>&amp;Copier le résultat pour la note</translation>
    </message>
    <message>
        <source>Put a plain-text summary of the result on the clipboard</source>
        <translation>Placer une synthèse du résultat en texte brut dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Larger text for presenting</source>
        <translation>Texte plus grand pour une présentation</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Text at 100 %</source>
        <translation>Texte à 100&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>F&amp;ormation</translation>
    </message>
    <message>
        <source>&amp;Training mode (synthetic data)</source>
        <translation>&amp;Mode formation (données synthétiques)</translation>
    </message>
    <message>
        <source>Switch to synthetic training cases; clears the form</source>
        <translation>Passer aux cas de formation synthétiques&#xa0;; efface le formulaire</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About ImmunoSep Phenotyper</source>
        <translation>À &amp;propos d&apos;ImmunoSep Phenotyper</translation>
    </message>
    <message>
        <source>Versions of the app, the rule set and the evidence; disclaimer</source>
        <translation>Versions de l&apos;application, de l&apos;ensemble de règles et des données probantes&#xa0;; avertissement</translation>
    </message>
    <message>
        <source>&amp;Eligibility checklist (use only if…)…</source>
        <translation>Liste de contrôle d&apos;éli&amp;gibilité (à utiliser uniquement si…)…</translation>
    </message>
    <message>
        <source>The ImmunoSep trial&apos;s inclusion and exclusion criteria for the patient in the form</source>
        <translation>Critères d&apos;inclusion et d&apos;exclusion de l&apos;essai ImmunoSep pour le patient du formulaire</translation>
    </message>
    <message>
        <source>&amp;SOFA and the day-9 response…</source>
        <translation>&amp;SOFA et réponse à J9…</translation>
    </message>
    <message>
        <source>SOFA calculator, daily SOFA, the trial&apos;s day-9 measure and the date of death</source>
        <translation>Calculateur SOFA, SOFA quotidien, critère J9 de l&apos;essai et date du décès</translation>
    </message>
    <message>
        <source>HScore (HLH &amp;question)…</source>
        <translation>HScore (&amp;question d&apos;une HLH)…</translation>
    </message>
    <message>
        <source>HScore (Fardet 2014): an aid to the question whether a very high ferritin is HLH</source>
        <translation>HScore (Fardet 2014)&#xa0;: une aide face à la question de savoir si une ferritine très élevée relève d&apos;une HLH</translation>
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
        <translation>{n} sur 4 points</translation>
    </message>
    <message>
        <source>not assessed (could be {low} to {high})</source>
        <translation>non évalué (pourrait valoir de {low} à {high})</translation>
    </message>
    <message>
        <source>{organ}: {points}</source>
        <translation>{organ}&#xa0;: {points}</translation>
    </message>
</context>
<context>
    <name>PatientHistory</name>
    <message>
        <source>Export the patient history as PDF</source>
        <translation>Exporter l&apos;historique du patient en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Patient history: enter the patient identifier first, or open a patient from the list (Ctrl+L).</source>
        <translation>Historique du patient&#xa0;: saisissez d&apos;abord l&apos;identifiant du patient, ou ouvrez un patient depuis la liste (Ctrl+L).</translation>
    </message>
    <message>
        <source>Writing the history PDF…</source>
        <translation>Écriture du PDF de l&apos;historique…</translation>
    </message>
    <message>
        <source>Patient history</source>
        <translation>Historique du patient</translation>
    </message>
    <message>
        <source>This history belongs to the other mode (training or clinical); switch mode first.</source>
        <translation>Cet historique appartient à l&apos;autre mode (formation ou clinique)&#xa0;; changez d&apos;abord de mode.</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF non enregistré</translation>
    </message>
    <message>
        <source>History PDF saved: {path}</source>
        <translation>PDF de l&apos;historique enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>the PDF could not be written ({reason}).</source>
        <translation>le PDF n&apos;a pas pu être écrit ({reason}).</translation>
    </message>
    <message>
        <source>Not shown: {reason}</source>
        <translation>Non affiché&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>PatientHistoryDialog</name>
    <message>
        <source>Patient history — {patient} — TRAINING</source>
        <translation>Historique du patient — {patient} — FORMATION</translation>
    </message>
    <message>
        <source>Patient history — {patient}</source>
        <translation>Historique du patient — {patient}</translation>
    </message>
</context>
<context>
    <name>PatientHistoryView</name>
    <message>
        <source>TRAINING DATABASE — synthetic records, not for clinical use</source>
        <translation>BASE DE FORMATION — dossiers synthétiques, ne pas utiliser en clinique</translation>
    </message>
    <message numerus="yes">
        <source>Patient {patient}: %n stored assessment(s), oldest first</source>
        <translation>
            <numerusform>Patient {patient}&#xa0;: %n évaluation enregistrée, de la plus ancienne à la plus récente</numerusform>
            <numerusform>Patient {patient}&#xa0;: %n évaluations enregistrées, de la plus ancienne à la plus récente</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient {patient}: no stored assessments yet. Save one from the main window (Ctrl+S).</source>
        <translation>Patient {patient}&#xa0;: aucune évaluation enregistrée pour l&apos;instant. Enregistrez-en une depuis la fenêtre principale (Ctrl+S).</translation>
    </message>
    <message>
        <source>&amp;Open in main window</source>
        <translation>&amp;Ouvrir dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rriger…</translation>
    </message>
    <message>
        <source>Mark entered in &amp;error…</source>
        <translation>Marquer comme &amp;erreur de saisie…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{change} ({when})</source>
        <translation>{change} ({when})</translation>
    </message>
    <message>
        <source>Phenotype changes: {changes}</source>
        <translation>Changements de phénotype&#xa0;: {changes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Markers: ▼ MALS, ■ immunoparalysis, ● unclassified, ✕ cannot classify; open markers are censored values drawn at their bound. Dashed lines: entry thresholds (MALS: ferritin &gt; 4420 ng/mL; immunoparalysis: HLA-DR &lt; 5000 AB/C). Dotted lines: phenotype changes. Only current versions are drawn.</source>
        <translation>Marqueurs&#xa0;: ▼ MALS, ■ immunoparalysie, ● non classé, ✕ classification impossible&#xa0;; les marqueurs vides sont des valeurs censurées, tracées à leur borne. Tirets&#xa0;: seuils d&apos;entrée (MALS&#xa0;: ferritine &gt; 4420 ng/mL&#xa0;; immunoparalysie&#xa0;: HLA-DR &lt; 5000 AB/C). Pointillés&#xa0;: changements de phénotype. Seules les versions en vigueur sont tracées.</translation>
    </message>
    <message>
        <source>Day-15 reversal definitions</source>
        <translation>Définitions de la réversion à J15</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR trend</source>
        <translation>Évolution de la ferritine et de l&apos;HLA-DR</translation>
    </message>
    <message>
        <source>Daily SOFA and day 9</source>
        <translation>SOFA quotidien et J9</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>The score records cannot be read: {reason}</source>
        <translation>Les enregistrements de scores ne peuvent pas être lus&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No daily SOFA is stored for this patient. Patient ▸ SOFA and the day-9 response (Ctrl+Shift+S) enters one.</source>
        <translation>Aucun SOFA quotidien n&apos;est enregistré pour ce patient. Patient ▸ SOFA et réponse à J9 (Ctrl+Maj+S) permet d&apos;en saisir un.</translation>
    </message>
</context>
<context>
    <name>PatientListDialog</name>
    <message>
        <source>Patients — TRAINING database</source>
        <translation>Patients — base de FORMATION</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>identifier, or part of it</source>
        <translation>identifiant, ou une partie</translation>
    </message>
    <message>
        <source>Search patients by identifier</source>
        <translation>Rechercher des patients par identifiant</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Patient list status</source>
        <translation>État de la liste des patients</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Last sampled (or assessed)</source>
        <translation>Dernier prélèvement (ou évaluation)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Stored patients, most recent first</source>
        <translation>Patients enregistrés, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>&amp;Ouvrir le patient</translation>
    </message>
    <message>
        <source>Open with &amp;history</source>
        <translation>Ouvrir avec l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Lecture des dossiers…</translation>
    </message>
    <message>
        <source>The patient list cannot be shown: {reason}</source>
        <translation>La liste des patients ne peut pas être affichée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>no current assessment</source>
        <translation>aucune évaluation en vigueur</translation>
    </message>
    <message>
        <source>No stored patient matches “{term}”.</source>
        <translation>Aucun patient enregistré ne correspond à «&#xa0;{term}&#xa0;».</translation>
    </message>
    <message>
        <source>No patients are stored yet: save an assessment (Ctrl+S) to start a record.</source>
        <translation>Aucun patient enregistré pour l&apos;instant&#xa0;: enregistrez une évaluation (Ctrl+S) pour créer un dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s), most recent first. ↓ to the list, Enter to open.</source>
        <translation>
            <numerusform>%n patient, du plus récent au plus ancien. ↓ vers la liste, Entrée pour ouvrir.</numerusform>
            <numerusform>%n patients, du plus récent au plus ancien. ↓ vers la liste, Entrée pour ouvrir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhenotypeMapPlot</name>
    <message>
        <source>Phenotype map</source>
        <translation>Carte des phénotypes</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>required: why, in a few words</source>
        <translation>obligatoire&#xa0;: pourquoi, en quelques mots</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Record shown</source>
        <translation>Enregistrement affiché</translation>
    </message>
    <message>
        <source>Record store status</source>
        <translation>État de la base des dossiers</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(sans identifiant)</translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Évaluation non enregistrée</translation>
    </message>
    <message>
        <source>The values entered for {patient} have not been saved.</source>
        <translation>Les valeurs saisies pour {patient} n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>They cannot be saved as they are (no result, or no patient identifier). Discard them?</source>
        <translation>Elles ne peuvent pas être enregistrées en l&apos;état (pas de résultat, ou pas d&apos;identifiant patient). Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>a save is already in progress.</source>
        <translation>un enregistrement est déjà en cours.</translation>
    </message>
    <message>
        <source>this is a stored assessment, shown read-only; use Correct… to change it.</source>
        <translation>il s&apos;agit d&apos;une évaluation enregistrée, affichée en lecture seule&#xa0;; utilisez Corriger les valeurs… pour la modifier.</translation>
    </message>
    <message>
        <source>enter the patient identifier first.</source>
        <translation>saisissez d&apos;abord l&apos;identifiant du patient.</translation>
    </message>
    <message>
        <source>there is no result to save; complete or correct the fields on the left.</source>
        <translation>il n&apos;y a aucun résultat à enregistrer&#xa0;; complétez ou corrigez les champs à gauche.</translation>
    </message>
    <message>
        <source>nothing was changed; change a value before saving a correction.</source>
        <translation>rien n&apos;a été modifié&#xa0;; modifiez une valeur avant d&apos;enregistrer une correction.</translation>
    </message>
    <message>
        <source>Saved for {patient} as assessment #{id} ({when}). Ctrl+H shows the history.</source>
        <translation>Enregistré pour {patient} comme évaluation #{id} ({when}). Ctrl+H affiche l&apos;historique.</translation>
    </message>
    <message>
        <source>Saved for {patient}.</source>
        <translation>Enregistré pour {patient}.</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Corriger l&apos;évaluation</translation>
    </message>
    <message>
        <source>The corrected values will be saved as a new version of assessment #{id} of {patient}; the old version stays stored, marked as superseded.</source>
        <translation>Les valeurs corrigées seront enregistrées comme nouvelle version de l&apos;évaluation #{id} de {patient}&#xa0;; l&apos;ancienne version reste enregistrée, marquée comme remplacée.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Enregistrer la correction</translation>
    </message>
    <message>
        <source>Correction saved for {patient} as assessment #{id}; it supersedes #{old}.</source>
        <translation>Correction enregistrée pour {patient} comme évaluation #{id}&#xa0;; elle remplace #{old}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The values stay on screen.</source>
        <translation>Les valeurs restent affichées.</translation>
    </message>
    <message>
        <source>PAST ASSESSMENT — #{id} of {patient}, saved {when} by {user}. Read-only.</source>
        <translation>ÉVALUATION ANTÉRIEURE — #{id} de {patient}, enregistrée le {when} par {user}. Lecture seule.</translation>
    </message>
    <message>
        <source>The stored result was “{stored}”; the rule applied today gives what is shown.</source>
        <translation>Le résultat enregistré était «&#xa0;{stored}&#xa0;»&#xa0;; la règle appliquée aujourd&apos;hui donne ce qui est affiché.</translation>
    </message>
    <message>
        <source>&amp;Back to entry</source>
        <translation>Retour à la &amp;saisie</translation>
    </message>
    <message>
        <source>Correct val&amp;ues…</source>
        <translation>Corriger les vale&amp;urs…</translation>
    </message>
    <message>
        <source>Mark e&amp;ntered in error…</source>
        <translation>M&amp;arquer comme erreur de saisie…</translation>
    </message>
    <message>
        <source>CORRECTING assessment #{id} of {patient}: change the values, then save with Ctrl+S; a reason is required.</source>
        <translation>CORRECTION de l&apos;évaluation #{id} de {patient}&#xa0;: modifiez les valeurs, puis enregistrez avec Ctrl+S&#xa0;; un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Cancel correctio&amp;n</source>
        <translation>Annuler la correctio&amp;n</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Marquer comme erreur de saisie</translation>
    </message>
    <message>
        <source>Assessment #{id} of {patient} will be marked as entered in error. It stays stored and listed, struck through, and no longer counts in the trend.</source>
        <translation>L&apos;évaluation #{id} de {patient} sera marquée comme erreur de saisie. Elle reste enregistrée et listée, barrée, et n&apos;est plus prise en compte dans l&apos;évolution.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>&amp;Marquer comme erreur de saisie</translation>
    </message>
    <message>
        <source>Assessment #{id} of {patient} marked as entered in error.</source>
        <translation>Évaluation #{id} de {patient} marquée comme erreur de saisie.</translation>
    </message>
    <message>
        <source>Records unavailable: {reason} Results can be viewed, but nothing can be saved until the database can be used.</source>
        <translation>Dossiers indisponibles&#xa0;: {reason} Les résultats restent consultables, mais rien ne peut être enregistré tant que la base de données est inutilisable.</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Réessa&amp;yer</translation>
    </message>
</context>
<context>
    <name>RecordsSession</name>
    <message>
        <source>the record database cannot be opened or written ({reason}).</source>
        <translation>la base des dossiers ne peut pas être ouverte ou écrite ({reason}).</translation>
    </message>
    <message>
        <source>an unexpected error occurred in the record database ({kind}); nothing was changed.</source>
        <translation>une erreur inattendue s&apos;est produite dans la base des dossiers ({kind})&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the window has switched between training and clinical mode since this was opened; switch back to store it.</source>
        <translation>la fenêtre est passée du mode formation au mode clinique, ou inversement, depuis l&apos;ouverture&#xa0;; revenez au mode précédent pour l&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>ReportBatchExport</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Exporter les rapports PDF</translation>
    </message>
    <message>
        <source>The file has no identification for these rows: each report has a box for a patient label.</source>
        <translation>Le fichier ne contient aucune identification pour ces lignes&#xa0;: chaque rapport comporte un cadre destiné à l&apos;étiquette du patient.</translation>
    </message>
    <message>
        <source>Every report prints the name, date of birth or record number from the file&apos;s identification columns.</source>
        <translation>Chaque rapport imprime le nom, la date de naissance ou le numéro de dossier issus des colonnes d&apos;identification du fichier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{n} of the reports print the name, date of birth or record number from the file&apos;s identification columns; the others have a box for a patient label.</source>
        <translation>{n} des rapports impriment le nom, la date de naissance ou le numéro de dossier issus des colonnes d&apos;identification du fichier&#xa0;; les autres comportent un cadre destiné à l&apos;étiquette du patient.</translation>
    </message>
    <message>
        <source>The cohort is empty: there is nothing to report.</source>
        <translation>La cohorte est vide&#xa0;: il n&apos;y a rien à rapporter.</translation>
    </message>
    <message>
        <source>Reports written: {written} of {rows} rows.</source>
        <translation>Rapports écrits&#xa0;: {written} sur {rows} lignes.</translation>
    </message>
    <message>
        <source>Failed: {failed}; rejected at import: {rejected}.</source>
        <translation>Échecs&#xa0;: {failed}&#xa0;; rejetées à l&apos;import&#xa0;: {rejected}.</translation>
    </message>
    <message>
        <source>Every row, with the reason for each missing report, is listed in {index} and in the cohort summary.</source>
        <translation>Chaque ligne, avec le motif de chaque rapport manquant, est listée dans {index} et dans la synthèse de la cohorte.</translation>
    </message>
    <message>
        <source>Problem: {error}</source>
        <translation>Problème&#xa0;: {error}</translation>
    </message>
    <message>
        <source>All reports in one file, to print: {name} (summary first, rows needing action first, a bookmark per patient).</source>
        <translation>Tous les rapports dans un seul fichier, à imprimer&#xa0;: {name} (synthèse en premier, lignes nécessitant une action en premier, un signet par patient).</translation>
    </message>
    <message>
        <source>{n} of the files this export writes already exist in {folder} (e.g. {example}).

Replace them?</source>
        <translation>{n} des fichiers que cet export écrit existent déjà dans {folder} (p. ex. {example}).

Les remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDF reports</source>
        <translation>Dossier des rapports PDF</translation>
    </message>
    <message>
        <source>There is no result to report yet: enter values that give a result first.</source>
        <translation>Il n&apos;y a pas encore de résultat à rapporter&#xa0;: saisissez d&apos;abord des valeurs qui donnent un résultat.</translation>
    </message>
    <message>
        <source>Enter the patient identifier first: it is printed on every page of the report.</source>
        <translation>Saisissez d&apos;abord l&apos;identifiant du patient&#xa0;: il est imprimé sur chaque page du rapport.</translation>
    </message>
    <message>
        <source>Training reports use synthetic identifiers (DEMO-nnn), never a real patient&apos;s. Load a training case, or leave training mode.</source>
        <translation>Les rapports de formation utilisent des identifiants synthétiques (DEMO-nnn), jamais ceux d&apos;un vrai patient. Chargez un cas de formation, ou quittez le mode formation.</translation>
    </message>
    <message>
        <source>DEMO-nnn identifiers are reserved for training mode.</source>
        <translation>Les identifiants DEMO-nnn sont réservés au mode formation.</translation>
    </message>
    <message>
        <source>PDF report saved: {path}</source>
        <translation>Rapport PDF enregistré&#xa0;: {path}</translation>
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
        <translation>Établissement (en-tête de page)</translation>
    </message>
    <message>
        <source>Ward (page header)</source>
        <translation>Service (en-tête de page)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Add the full &amp;evidence (appendix)</source>
        <translation>Ajouter toutes les données probantes (&amp;annexe)</translation>
    </message>
    <message>
        <source>Published and recomputed figures, safety, trial population and provenance after the one-page report</source>
        <translation>Chiffres publiés et recalculés, sécurité, population de l&apos;essai et provenance, après le rapport d&apos;une page</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>É&amp;tablissement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <source>Printing {name}…</source>
        <translation>Impression de {name}…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Printing stopped: {reason}.</source>
        <translation>Impression interrompue&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Patient shown</source>
        <translation>Patient affiché</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Phénotype</translation>
    </message>
    <message>
        <source>NEAR THRESHOLD — repeat test advised</source>
        <translation>PROCHE DU SEUIL — nouveau dosage conseillé</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Proche du seuil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Trial arm</source>
        <translation>Bras de l&apos;essai</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Criteria table</source>
        <translation>Tableau des critères</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Rule set version</source>
        <translation>Version de l&apos;ensemble de règles</translation>
    </message>
    <message>
        <source>{criterion} criterion</source>
        <translation>Critère {criterion}</translation>
    </message>
    <message>
        <source>{criterion}: met?</source>
        <translation>{criterion}&#xa0;: rempli&#xa0;?</translation>
    </message>
    <message>
        <source>{criterion}: note</source>
        <translation>{criterion}&#xa0;: note</translation>
    </message>
    <message>
        <source>Show the rule</source>
        <translation>Afficher la règle</translation>
    </message>
    <message>
        <source>Show the ImmunoSep rule</source>
        <translation>Afficher la règle ImmunoSep</translation>
    </message>
    <message>
        <source>The ImmunoSep rule</source>
        <translation>La règle ImmunoSep</translation>
    </message>
    <message>
        <source>Enter ferritin and HLA-DR to see the phenotype.</source>
        <translation>Saisissez la ferritine et l&apos;HLA-DR pour voir le phénotype.</translation>
    </message>
    <message>
        <source>Eligibility: not assessed.</source>
        <translation>Éligibilité&#xa0;: non évaluée.</translation>
    </message>
    <message>
        <source>Eligibility summary</source>
        <translation>Synthèse de l&apos;éligibilité</translation>
    </message>
    <message>
        <source>Use only if… (eligibility)</source>
        <translation>À utiliser uniquement si… (éligibilité)</translation>
    </message>
    <message>
        <source>The ImmunoSep trial&apos;s inclusion and exclusion criteria (Ctrl+Shift+E)</source>
        <translation>Critères d&apos;inclusion et d&apos;exclusion de l&apos;essai ImmunoSep (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>SOFA and day 9</source>
        <translation>SOFA et J9</translation>
    </message>
    <message>
        <source>SOFA calculator, daily SOFA and the trial&apos;s day-9 measure (Ctrl+Shift+S)</source>
        <translation>Calculateur SOFA, SOFA quotidien et critère J9 de l&apos;essai (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>HScore: could this be HLH?</source>
        <translation>HScore&#xa0;: pourrait-il s&apos;agir d&apos;une HLH&#xa0;?</translation>
    </message>
    <message>
        <source>Ferritin is above 4420 ng/mL: the HScore is an aid to the HLH question, not a diagnosis (Ctrl+Shift+H)</source>
        <translation>La ferritine est supérieure à 4420 ng/mL&#xa0;: le HScore est une aide face à la question d&apos;une HLH, pas un diagnostic (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm for this phenotype: {arm} — trial evidence, not an order.</source>
        <translation>Bras de l&apos;essai ImmunoSep pour ce phénotype&#xa0;: {arm} — données de l&apos;essai, pas une prescription.</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motifs&#xa0;:</translation>
    </message>
    <message>
        <source>Rule set: {ruleset} · evidence: {evidence}</source>
        <translation>Ensemble de règles&#xa0;: {ruleset} · données probantes&#xa0;: {evidence}</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Pas de résultat</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}</source>
        <translation>Ensemble de règles&#xa0;: {ruleset}</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Tel que saisi</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparateur</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>not evaluated: no phenotype can be given from these data (see the reasons)</source>
        <translation>non évalué&#xa0;: aucun phénotype ne peut être déterminé à partir de ces données (voir les motifs)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>rempli</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Hide the rule</source>
        <translation>Masquer la règle</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>Decision support only: the treating clinician decides.</source>
        <translation>Aide à la décision uniquement&#xa0;: le clinicien en charge décide.</translation>
    </message>
    <message>
        <source>Result copied: paste it into the patient note.</source>
        <translation>Résultat copié&#xa0;: collez-le dans la note du patient.</translation>
    </message>
    <message>
        <source>TRAINING — synthetic data, not a patient record</source>
        <translation>FORMATION — données synthétiques, pas un dossier patient</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motifs&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Ferritin: not given</source>
        <translation>Ferritine&#xa0;: non renseignée</translation>
    </message>
    <message>
        <source>Ferritin: {value} (entered as {entered}); sampled {when}</source>
        <translation>Ferritine&#xa0;: {value} (saisie&#xa0;: {entered})&#xa0;; prélevée le {when}</translation>
    </message>
    <message>
        <source>Ferritin: {value} (entered as {entered})</source>
        <translation>Ferritine&#xa0;: {value} (saisie&#xa0;: {entered})</translation>
    </message>
    <message>
        <source>HLA-DR: not given</source>
        <translation>HLA-DR&#xa0;: non renseigné</translation>
    </message>
    <message>
        <source>Nothing to copy: there is no result on screen.</source>
        <translation>Rien à copier&#xa0;: aucun résultat n&apos;est affiché.</translation>
    </message>
    <message>
        <source>{result} — NEAR THRESHOLD, repeat test advised</source>
        <translation>{result} — PROCHE DU SEUIL, nouveau dosage conseillé</translation>
    </message>
    <message>
        <source>ImmunoSep phenotype: {result}</source>
        <translation>Phénotype ImmunoSep&#xa0;: {result}</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Patient&#xa0;: {patient}</translation>
    </message>
    <message>
        <source>Age: {age}</source>
        <translation>Âge&#xa0;: {age}</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}; evidence: {evidence}</source>
        <translation>Ensemble de règles&#xa0;: {ruleset}&#xa0;; données probantes&#xa0;: {evidence}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}</source>
        <translation>HLA-DR&#xa0;: {value} {unit}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; sampled {sampled}</source>
        <translation>HLA-DR&#xa0;: {value} {unit}&#xa0;; prélevé le {sampled}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; processed {processed}</source>
        <translation>HLA-DR&#xa0;: {value} {unit}&#xa0;; traité (labo) le {processed}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; sampled {sampled}; processed {processed}</source>
        <translation>HLA-DR&#xa0;: {value} {unit}&#xa0;; prélevé le {sampled}&#xa0;; traité (labo) le {processed}</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(sans identifiant)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Assessed: {when}</source>
        <translation>Évalué le&#xa0;: {when}</translation>
    </message>
    <message>
        <source>{record}, saved {when}</source>
        <translation>{record}, enregistré le {when}</translation>
    </message>
    <message>
        <source>Stored assessment #{id}</source>
        <translation>Évaluation enregistrée #{id}</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} ans</translation>
    </message>
</context>
<context>
    <name>SaveConfirmDialog</name>
    <message>
        <source>Save assessment</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Save this assessment in the TRAINING records of patient:</source>
        <translation>Enregistrer cette évaluation dans les dossiers de FORMATION du patient&#xa0;:</translation>
    </message>
    <message>
        <source>Save this assessment in the clinical records of patient:</source>
        <translation>Enregistrer cette évaluation dans les dossiers cliniques du patient&#xa0;:</translation>
    </message>
    <message>
        <source>Patient to save for</source>
        <translation>Patient pour lequel enregistrer</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Ce qui sera enregistré</translation>
    </message>
    <message>
        <source>&amp;Save for {patient}</source>
        <translation>&amp;Enregistrer pour {patient}</translation>
    </message>
</context>
<context>
    <name>ScoresWindow</name>
    <message>
        <source>Enter the patient identifier in the main window first.</source>
        <translation>Saisissez d&apos;abord l&apos;identifiant du patient dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Finish or cancel the correction in the main window first.</source>
        <translation>Terminez ou annulez d&apos;abord la correction dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>The assessment on screen is not saved yet: save it first (Ctrl+S in the main window); the {what} is stored with it.</source>
        <translation>L&apos;évaluation affichée n&apos;est pas encore enregistrée&#xa0;: enregistrez-la d&apos;abord (Ctrl+S dans la fenêtre principale)&#xa0;; l&apos;élément «&#xa0;{what}&#xa0;» est enregistré avec elle.</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s records…</source>
        <translation>Lecture des dossiers du patient…</translation>
    </message>
    <message>
        <source>No assessment of this patient is saved yet: save it first (Ctrl+S in the main window); the {what} is stored with it.</source>
        <translation>Aucune évaluation de ce patient n&apos;est encore enregistrée&#xa0;: enregistrez-la d&apos;abord (Ctrl+S dans la fenêtre principale)&#xa0;; l&apos;élément «&#xa0;{what}&#xa0;» est enregistré avec elle.</translation>
    </message>
    <message>
        <source>The patient&apos;s records cannot be read: {reason}</source>
        <translation>Les dossiers du patient ne peuvent pas être lus&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The values stay on screen.</source>
        <translation>Les valeurs restent affichées.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Use only if… (eligibility)</source>
        <translation>À utiliser uniquement si… (éligibilité)</translation>
    </message>
    <message>
        <source>SOFA calculator</source>
        <translation>Calculateur SOFA</translation>
    </message>
    <message>
        <source>Daily SOFA and day 9</source>
        <translation>SOFA quotidien et J9</translation>
    </message>
    <message>
        <source>HScore (HLH question)</source>
        <translation>HScore (question d&apos;une HLH)</translation>
    </message>
    <message>
        <source>no patient identifier entered</source>
        <translation>aucun identifiant patient saisi</translation>
    </message>
    <message>
        <source>Scores around the phenotype — {patient}</source>
        <translation>Scores autour du phénotype — {patient}</translation>
    </message>
    <message>
        <source>TRAINING — {title}</source>
        <translation>FORMATION — {title}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Decimal separator for typed values</source>
        <translation>Séparateur décimal des valeurs saisies</translation>
    </message>
    <message>
        <source>&amp;Point: 4420.5 (a comma is refused)</source>
        <translation>&amp;Point&#xa0;: 4420.5 (une virgule est refusée)</translation>
    </message>
    <message>
        <source>&amp;Comma: 4420,5 (a point is refused)</source>
        <translation>&amp;Virgule&#xa0;: 4420,5 (un point est refusé)</translation>
    </message>
    <message>
        <source>Thousands separators are never accepted in either setting: &apos;4,420&apos; and &apos;4.420&apos; are refused because they mean different numbers in different countries. This does not follow the computer&apos;s language settings.</source>
        <translation>Les séparateurs de milliers ne sont jamais acceptés, quel que soit le réglage&#xa0;: &apos;4,420&apos; et &apos;4.420&apos; sont refusés car ils désignent des nombres différents selon les pays. Ce réglage ne suit pas les paramètres de langue de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic ({language})</source>
        <translation>Automatique ({language})</translation>
    </message>
    <message>
        <source>The window changes language at once. Typed values are read the same way in every language: only the decimal separator above decides.</source>
        <translation>La fenêtre change de langue immédiatement. Les valeurs saisies sont lues de la même façon dans toutes les langues&#xa0;: seul le séparateur décimal ci-dessus compte.</translation>
    </message>
</context>
<context>
    <name>SofaCalculatorPanel</name>
    <message>
        <source>No total: correct the field marked in red ({reason}).</source>
        <translation>Pas de total&#xa0;: corrigez le champ marqué en rouge ({reason}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No catecholamine running (doses not given count as 0)</source>
        <translation>Aucune catécholamine administrée (les doses non renseignées comptent 0)</translation>
    </message>
    <message>
        <source>A missing input leaves its organ system “not assessed”: it never counts as 0, and the total says on how many systems it rests. Doses in µg/kg/min given for at least one hour. Which values to use (the worst of the day) is the clinician&apos;s choice.</source>
        <translation>Une donnée manquante laisse son système d&apos;organes «&#xa0;non évalué&#xa0;»&#xa0;: elle ne compte jamais 0, et le total indique sur combien de systèmes il repose. Doses en µg/kg/min administrées pendant au moins une heure. Le choix des valeurs à utiliser (les pires de la journée) appartient au clinicien.</translation>
    </message>
    <message>
        <source>Table: Vincent 1996 as reproduced in Singer 2016 (Sepsis-3), Table 1; each band is read from its printed lower limit (inclusive) to the next band&apos;s.</source>
        <translation>Table&#xa0;: Vincent 1996 telle que reproduite dans Singer 2016 (Sepsis-3), tableau 1&#xa0;; chaque classe est lue de sa limite inférieure imprimée (incluse) jusqu&apos;à celle de la classe suivante.</translation>
    </message>
</context>
<context>
    <name>SofaCourseView</name>
    <message>
        <source>Day-9 SOFA response (ImmunoSep primary endpoint)</source>
        <translation>Réponse SOFA à J9 (critère de jugement principal d&apos;ImmunoSep)</translation>
    </message>
    <message>
        <source>Day-9 status</source>
        <translation>État à J9</translation>
    </message>
    <message>
        <source>Day-9 verdict</source>
        <translation>Verdict à J9</translation>
    </message>
    <message>
        <source>Day-9 arithmetic</source>
        <translation>Calcul à J9</translation>
    </message>
    <message>
        <source>About this measure</source>
        <translation>À propos de ce critère</translation>
    </message>
    <message>
        <source>Day-9 warnings</source>
        <translation>Avertissements J9</translation>
    </message>
    <message>
        <source>Daily SOFA, days 1 to 9</source>
        <translation>SOFA quotidien, J1 à J9</translation>
    </message>
    <message>
        <source>NO MEASURE YET</source>
        <translation>PAS ENCORE DE MESURE</translation>
    </message>
    <message>
        <source>This is the ImmunoSep trial&apos;s research endpoint (day-1 SOFA minus the mean SOFA of days 2–9 &gt; 1.4 points), not a treatment target.</source>
        <translation>Il s&apos;agit du critère de jugement de recherche de l&apos;essai ImmunoSep (SOFA de J1 moins la moyenne des SOFA de J2 à J9 &gt; 1,4 point), pas d&apos;un objectif thérapeutique.</translation>
    </message>
    <message>
        <source>PROVISIONAL — today is day {day}; final once day 9 has a value or is over</source>
        <translation>PROVISOIRE — nous sommes à J{day}&#xa0;; définitif quand J9 a une valeur ou est terminé</translation>
    </message>
    <message>
        <source>FINAL (day 9 reached)</source>
        <translation>DÉFINITIF (J9 atteint)</translation>
    </message>
    <message>
        <source>FINAL (death recorded)</source>
        <translation>DÉFINITIF (décès enregistré)</translation>
    </message>
    <message>
        <source>Day 1 minus the mean of days 2–9: {arithmetic}</source>
        <translation>J1 moins la moyenne de J2 à J9&#xa0;: {arithmetic}</translation>
    </message>
    <message>
        <source>Filled dots: SOFA entered; open dots: carried forward (a missing day, or a day not over yet); crosses at 24: from the day of death. Dashed line: day-1 SOFA − 1.4 = {limit}; the mean of days 2–9 (dotted line, now {mean}) must be below it for a response.</source>
        <translation>Points pleins&#xa0;: SOFA saisi&#xa0;; points vides&#xa0;: valeur reportée (jour manquant, ou jour pas encore terminé)&#xa0;; croix à 24&#xa0;: à partir du jour du décès. Ligne tiretée&#xa0;: SOFA de J1 − 1,4 = {limit}&#xa0;; la moyenne de J2 à J9 (ligne pointillée, actuellement {mean}) doit lui être inférieure pour une réponse.</translation>
    </message>
    <message>
        <source>No measure yet: the SOFA of day 1 (the day of phenotyping) is needed; the measure starts from it.</source>
        <translation>Pas encore de mesure&#xa0;: le SOFA de J1 (jour du phénotypage) est nécessaire&#xa0;; la mesure part de celui-ci.</translation>
    </message>
    <message>
        <source>No measure: today is before day 1 of the SOFA course.</source>
        <translation>Pas de mesure&#xa0;: nous sommes avant J1 du suivi SOFA.</translation>
    </message>
    <message>
        <source>No measure: {reason}</source>
        <translation>Pas de mesure&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>SOFA</source>
        <translation>SOFA</translation>
    </message>
    <message>
        <source>Organ systems</source>
        <translation>Systèmes d&apos;organes</translation>
    </message>
    <message>
        <source>How the day counts</source>
        <translation>Prise en compte du jour</translation>
    </message>
    <message>
        <source>entered (record #{id})</source>
        <translation>saisi (enregistrement #{id})</translation>
    </message>
    <message>
        <source>missing: day {day} carried forward</source>
        <translation>manquant&#xa0;: valeur de J{day} reportée</translation>
    </message>
    <message>
        <source>not over yet: day {day} carried forward for now</source>
        <translation>pas encore terminé&#xa0;: valeur de J{day} reportée pour l&apos;instant</translation>
    </message>
    <message>
        <source>death: counted 24</source>
        <translation>décès&#xa0;: compté 24</translation>
    </message>
    <message>
        <source>day of phenotyping (record #{id})</source>
        <translation>jour du phénotypage (enregistrement #{id})</translation>
    </message>
    <message>
        <source>{n} of 6</source>
        <translation>{n} sur 6</translation>
    </message>
    <message>
        <source>Daily SOFA chart</source>
        <translation>Graphique du SOFA quotidien</translation>
    </message>
    <message>
        <source>study day (1 = phenotyping)</source>
        <translation>jour d&apos;étude (1 = phénotypage)</translation>
    </message>
</context>
<context>
    <name>SofaPanel</name>
    <message>
        <source>PaO2 (arterial)</source>
        <translation>PaO2 (artérielle)</translation>
    </message>
    <message>
        <source>FiO2 (fraction)</source>
        <translation>FiO2 (fraction)</translation>
    </message>
    <message>
        <source>Respiratory support</source>
        <translation>Assistance respiratoire</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Plaquettes</translation>
    </message>
    <message>
        <source>Bilirubin</source>
        <translation>Bilirubine</translation>
    </message>
    <message>
        <source>Mean arterial pressure</source>
        <translation>Pression artérielle moyenne</translation>
    </message>
    <message>
        <source>Norepinephrine</source>
        <translation>Noradrénaline</translation>
    </message>
    <message>
        <source>Epinephrine</source>
        <translation>Adrénaline</translation>
    </message>
    <message>
        <source>Dopamine</source>
        <translation>Dopamine</translation>
    </message>
    <message>
        <source>Dobutamine (any dose)</source>
        <translation>Dobutamine (toute dose)</translation>
    </message>
    <message>
        <source>Glasgow Coma Scale</source>
        <translation>score de Glasgow</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Créatinine</translation>
    </message>
    <message>
        <source>Urine output</source>
        <translation>Diurèse</translation>
    </message>
    <message>
        <source>SOFA total</source>
        <translation>Total SOFA</translation>
    </message>
</context>
<context>
    <name>StoredScoresView</name>
    <message>
        <source>The score records cannot be read: {reason}</source>
        <translation>Les enregistrements de scores ne peuvent pas être lus&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saved {when} by {user}; {version}; app {app}.</source>
        <translation>Enregistré le {when} par {user}&#xa0;; {version}&#xa0;; application {app}.</translation>
    </message>
    <message>
        <source>Record #{id} cannot be read: {reason}</source>
        <translation>L&apos;enregistrement #{id} ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <source>respiration</source>
        <comment>respiration</comment>
        <extracomment>Term respiration: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>respiratoire</translation>
    </message>
    <message>
        <source>coagulation</source>
        <comment>coagulation</comment>
        <extracomment>Term coagulation: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>coagulation</translation>
    </message>
    <message>
        <source>liver</source>
        <comment>liver</comment>
        <extracomment>Term liver: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>hépatique</translation>
    </message>
    <message>
        <source>cardiovascular</source>
        <comment>cardiovascular</comment>
        <extracomment>Term cardiovascular: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>cardiovasculaire</translation>
    </message>
    <message>
        <source>central nervous system</source>
        <comment>cns</comment>
        <extracomment>Term cns: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>système nerveux central</translation>
    </message>
    <message>
        <source>renal</source>
        <comment>renal</comment>
        <extracomment>Term renal: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>rénal</translation>
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
        <translation>assistance respiratoire (oui ou non)</translation>
    </message>
    <message>
        <source>platelets</source>
        <comment>platelets</comment>
        <extracomment>Term platelets: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>plaquettes</translation>
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
        <translation>PAM</translation>
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
        <translation>dobutamine (administrée ou non)</translation>
    </message>
    <message>
        <source>epinephrine</source>
        <comment>epinephrine</comment>
        <extracomment>Term epinephrine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>adrénaline</translation>
    </message>
    <message>
        <source>norepinephrine</source>
        <comment>norepinephrine</comment>
        <extracomment>Term norepinephrine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>noradrénaline</translation>
    </message>
    <message>
        <source>Glasgow Coma Scale</source>
        <comment>gcs</comment>
        <extracomment>Term gcs: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>score de Glasgow</translation>
    </message>
    <message>
        <source>creatinine</source>
        <comment>creatinine</comment>
        <extracomment>Term creatinine: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>créatinine</translation>
    </message>
    <message>
        <source>urine output</source>
        <comment>urine_output</comment>
        <extracomment>Term urine_output: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>diurèse</translation>
    </message>
    <message>
        <source>known underlying immunosuppression</source>
        <comment>immunosuppression</comment>
        <extracomment>Term immunosuppression: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>immunodépression sous-jacente connue</translation>
    </message>
    <message>
        <source>temperature</source>
        <comment>temperature</comment>
        <extracomment>Term temperature: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>température</translation>
    </message>
    <message>
        <source>organomegaly</source>
        <comment>organomegaly</comment>
        <extracomment>Term organomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>organomégalie</translation>
    </message>
    <message>
        <source>cytopenias</source>
        <comment>cytopenias</comment>
        <extracomment>Term cytopenias: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>cytopénies</translation>
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
        <translation>triglycérides</translation>
    </message>
    <message>
        <source>fibrinogen</source>
        <comment>fibrinogen</comment>
        <extracomment>Term fibrinogen: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>fibrinogène</translation>
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
        <translation>âge</translation>
    </message>
    <message>
        <source>AST</source>
        <comment>ast</comment>
        <extracomment>Term ast: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>ASAT</translation>
    </message>
    <message>
        <source>haemophagocytosis on bone-marrow aspirate</source>
        <comment>haemophagocytosis</comment>
        <extracomment>Term haemophagocytosis: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>hémophagocytose au myélogramme</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes</comment>
        <extracomment>Term yes: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <comment>no</comment>
        <extracomment>Term no: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <comment>organomegaly_none</comment>
        <extracomment>Term organomegaly_none: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>hepatomegaly</source>
        <comment>hepatomegaly</comment>
        <extracomment>Term hepatomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>hépatomégalie</translation>
    </message>
    <message>
        <source>splenomegaly</source>
        <comment>splenomegaly</comment>
        <extracomment>Term splenomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>splénomégalie</translation>
    </message>
    <message>
        <source>hepatomegaly and splenomegaly</source>
        <comment>hepatosplenomegaly</comment>
        <extracomment>Term hepatosplenomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>hépatomégalie et splénomégalie</translation>
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
        <translation>immunoparalysie</translation>
    </message>
    <message>
        <source>unclassified (neither phenotype)</source>
        <comment>unclassified</comment>
        <extracomment>Term unclassified: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>non classé (aucun des deux phénotypes)</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>TRAINING DATABASE — not clinical records</source>
        <translation>BASE DE FORMATION — aucun dossier clinique</translation>
    </message>
    <message>
        <source>Score: {version}.</source>
        <translation>Score&#xa0;: {version}.</translation>
    </message>
    <message>
        <source>{points:&gt;4}  {reason}</source>
        <translation>{points:&gt;4}  {reason}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Avertissement&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Table: {version}.</source>
        <translation>Table&#xa0;: {version}.</translation>
    </message>
    <message>
        <source>A missing input leaves its organ system &apos;not assessed&apos;; it never counts as 0.</source>
        <translation>Une donnée manquante laisse son système d&apos;organe «&#xa0;non évalué&#xa0;»&#xa0;; elle ne compte jamais pour 0.</translation>
    </message>
    <message>
        <source>Decision support only; the treating clinician decides.</source>
        <translation>Aide à la décision uniquement&#xa0;; le clinicien en charge décide.</translation>
    </message>
    <message>
        <source>{organ}: {points}</source>
        <translation>{organ}&#xa0;: {points}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Remarque&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Translation reviewed by {reviewer} on {date}.</source>
        <translation>Traduction relue par {reviewer} le {date}.</translation>
    </message>
    <message>
        <source>Translation pending clinical review.</source>
        <translation>Traduction en attente de relecture clinique.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Appendix: full evidence and provenance</source>
        <translation>Annexe&#xa0;: données probantes complètes et provenance</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Criteria in detail</source>
        <translation>Critères en détail</translation>
    </message>
    <message>
        <source>ImmunoSep phenotype report</source>
        <translation>Rapport de phénotype ImmunoSep</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusion</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Trial eligibility:</source>
        <translation>Éligibilité à l&apos;essai&#xa0;:</translation>
    </message>
    <message>
        <source>{met} met, {failed} not met, {unknown} unknown (of {total}); the evidence may not apply outside the tested population.</source>
        <translation>{met} remplis, {failed} non remplis, {unknown} inconnus (sur {total})&#xa0;; les données probantes peuvent ne pas s&apos;appliquer hors de la population étudiée.</translation>
    </message>
    <message>
        <source>provisional (day {day} of 9), {arithmetic} so far.</source>
        <translation>provisoire (J{day} sur 9), {arithmetic} à ce stade.</translation>
    </message>
    <message>
        <source>Day-9 SOFA:</source>
        <translation>SOFA à J9&#xa0;:</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>{score}: HLH probability {percent} %. An aid, not a diagnosis; not validated in ICU patients.</source>
        <translation>{score}&#xa0;: probabilité de HLH {percent}&#xa0;%. Une aide, pas un diagnostic&#xa0;; non validé chez les patients de réanimation.</translation>
    </message>
    <message>
        <source>Around the phenotype</source>
        <translation>Autour du phénotype</translation>
    </message>
    <message>
        <source>Trial eligibility (NCT04990232, as registered)</source>
        <translation>Éligibilité à l&apos;essai (NCT04990232, telle qu&apos;enregistrée)</translation>
    </message>
    <message>
        <source>Daily SOFA and the day-9 measure</source>
        <translation>SOFA quotidien et critère J9</translation>
    </message>
    <message>
        <source>HScore (Fardet 2014)</source>
        <translation>HScore (Fardet 2014)</translation>
    </message>
    <message>
        <source>{arithmetic} &gt; 1.4: response met.</source>
        <translation>{arithmetic} &gt; 1,4&#xa0;: définition de la réponse remplie.</translation>
    </message>
    <message>
        <source>{arithmetic} ≤ 1.4: response not met.</source>
        <translation>{arithmetic} ≤ 1,4&#xa0;: définition de la réponse non remplie.</translation>
    </message>
    <message>
        <source>day of phenotyping</source>
        <translation>jour du phénotypage</translation>
    </message>
    <message>
        <source>The trial&apos;s research endpoint, not a treatment target.</source>
        <translation>Critère de jugement de recherche de l&apos;essai, pas un objectif thérapeutique.</translation>
    </message>
    <message>
        <source>no measure yet: the SOFA of day 1 (the day of phenotyping) is not stored.</source>
        <translation>pas encore de mesure&#xa0;: le SOFA de J1 (jour du phénotypage) n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>no measure as of this day.</source>
        <translation>pas de mesure à cette date.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Basis and notes</source>
        <translation>Fondement et notes</translation>
    </message>
    <message>
        <source>{kind} {number}: {wording}</source>
        <translation>{kind} {number}&#xa0;: {wording}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>SOFA</source>
        <translation>SOFA</translation>
    </message>
    <message>
        <source>How the day counts</source>
        <translation>Prise en compte du jour</translation>
    </message>
    <message>
        <source>not over yet: day {day} carried forward for now</source>
        <translation>pas encore terminé&#xa0;: valeur de J{day} reportée pour l&apos;instant</translation>
    </message>
    <message>
        <source>missing: day {day} carried forward</source>
        <translation>manquant&#xa0;: valeur de J{day} reportée</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Variable and why</source>
        <translation>Variable et justification</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>open marker + arrow: censored value</source>
        <translation>marqueur vide + flèche&#xa0;: valeur censurée</translation>
    </message>
    <message>
        <source>{group} — this patient&apos;s subgroup</source>
        <translation>{group} — sous-groupe de ce patient</translation>
    </message>
    <message>
        <source>{label}; whiskers: 95 % CI (Wilson)</source>
        <translation>{label}&#xa0;; barres d&apos;erreur&#xa0;: IC à 95&#xa0;% (Wilson)</translation>
    </message>
    <message>
        <source>Rule set {ruleset} · Evidence {evidence} · ImmunoSep Phenotyper {app}</source>
        <translation>Règles {ruleset} · Données {evidence} · ImmunoSep Phenotyper {app}</translation>
    </message>
    <message>
        <source>{start}… ({n} characters)</source>
        <translation>{start}… ({n} caractères)</translation>
    </message>
    <message>
        <source>near threshold</source>
        <translation>proche du seuil</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(sans identifiant)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Identifiant du patient</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Proche du seuil</translation>
    </message>
    <message>
        <source>Why, or what is needed</source>
        <translation>Pourquoi, ou ce qui est nécessaire</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Generated {time}</source>
        <translation>Généré le {time}</translation>
    </message>
    <message>
        <source>{n} rows — {ruleset}</source>
        <translation>{n} ligne(s) — {ruleset}</translation>
    </message>
    <message>
        <source>Source file: {source}</source>
        <translation>Fichier source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Rule set {ruleset} · Evidence {evidence}</source>
        <translation>Règles {ruleset} · Données probantes {evidence}</translation>
    </message>
    <message>
        <source>Rows needing action come first (shaded): no report, cannot classify, a value near a threshold. Each classified or cannot-classify row has its own one-page report, in this order, in all-reports.pdf; rows rejected at import have none. Decision support only: the treating clinician decides.</source>
        <translation>Les lignes qui demandent une action viennent en premier (grisées)&#xa0;: pas de rapport, classification impossible, valeur proche d&apos;un seuil. Chaque ligne classée ou en classification impossible a son propre rapport d&apos;une page, dans cet ordre, dans all-reports.pdf&#xa0;; les lignes rejetées à l&apos;import n&apos;en ont pas. Aide à la décision uniquement&#xa0;: le clinicien en charge décide.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>Generated {time}.</source>
        <translation>Généré le {time}.</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>Generated {time} by {user} on {workstation}.</source>
        <translation>Généré le {time} par {user} sur {workstation}.</translation>
    </message>
    <message>
        <source>Generated {time} by {user}.</source>
        <translation>Généré le {time} par {user}.</translation>
    </message>
    <message>
        <source>Generated {time} on {workstation}.</source>
        <translation>Généré le {time} sur {workstation}.</translation>
    </message>
    <message>
        <source>{generated} · Decision support only: the treating clinician decides.</source>
        <translation>{generated} · Aide à la décision uniquement&#xa0;: le clinicien en charge décide.</translation>
    </message>
    <message>
        <source>Result: {headline}</source>
        <translation>Résultat&#xa0;: {headline}</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Critères&#xa0;:</translation>
    </message>
    <message>
        <source>{label}: {value} [{met}]</source>
        <translation>{label}&#xa0;: {value} [{met}]</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle&#xa0;:</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}; evidence: {evidence}; source: doi:{doi}, {registry}</source>
        <translation>Ensemble de règles&#xa0;: {ruleset}&#xa0;; données probantes&#xa0;: {evidence}&#xa0;; source&#xa0;: doi:{doi}, {registry}</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm for this phenotype: {arm} (evidence, not an order)</source>
        <translation>Bras de l&apos;essai ImmunoSep pour ce phénotype&#xa0;: {arm} (données de l&apos;essai, pas une prescription)</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motifs&#xa0;:</translation>
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
        <translation>Enregistré&#xa0;: évaluation n° {id}</translation>
    </message>
    <message>
        <source>Checklist: {version}.</source>
        <translation>Liste de contrôle&#xa0;: {version}.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>present: excludes</source>
        <translation>présent&#xa0;: exclut</translation>
    </message>
    <message>
        <source>Inclusion criteria (use only if…)</source>
        <translation>Critères d&apos;inclusion (à utiliser uniquement si…)</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Critères d&apos;exclusion</translation>
    </message>
    <message>
        <source>--answer: {criteria}: answered from the data entered; do not answer it as well.</source>
        <translation>--answer&#xa0;: {criteria}&#xa0;: déduit des données saisies&#xa0;; n’y répondez pas en plus.</translation>
    </message>
    <message>
        <source>  {number}. [{status}] {criterion}</source>
        <translation>  {number}. [{status}] {criterion}</translation>
    </message>
    <message>
        <source>{file}: no new assessment; messages: {new} new, {repeated} already imported; earlier assessments: {withdrawn} withdrawn.</source>
        <translation>{file}&#xa0;: aucune nouvelle évaluation&#xa0;; messages nouveaux&#xa0;: {new}, déjà importés&#xa0;: {repeated}&#xa0;; évaluations antérieures retirées&#xa0;: {withdrawn}.</translation>
    </message>
    <message>
        <source>{file}: moved to failed/: {reason}</source>
        <translation>{file}&#xa0;: déplacé dans failed/&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file}: not stored, tried again on the next pass: {reason}</source>
        <translation>{file}&#xa0;: non enregistré, nouvel essai au prochain passage&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: stored {n} assessments ({phenotypes}); messages: {new} new, {repeated} already imported; earlier assessments: {corrected} corrected, {paired} completed by pairing, {withdrawn} withdrawn.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {file}: stored {n} assessment ({phenotypes}); messages: {new} new, {repeated} already imported; earlier assessments: {corrected} corrected, {paired} completed by pairing, {withdrawn} withdrawn..</extracomment>
        <translation>
            <numerusform>{file}&#xa0;: {n} évaluation enregistrée ({phenotypes})&#xa0;; messages nouveaux&#xa0;: {new}, déjà importés&#xa0;: {repeated}&#xa0;; évaluations antérieures corrigées&#xa0;: {corrected}, complétées par appariement&#xa0;: {paired}, retirées&#xa0;: {withdrawn}.</numerusform>
            <numerusform>{file}&#xa0;: {n} évaluations enregistrées ({phenotypes})&#xa0;; messages nouveaux&#xa0;: {new}, déjà importés&#xa0;: {repeated}&#xa0;; évaluations antérieures corrigées&#xa0;: {corrected}, complétées par appariement&#xa0;: {paired}, retirées&#xa0;: {withdrawn}.</numerusform>
        </translation>
    </message>
    <message>
        <source>--interval must be above 0 and --settle at least 0 seconds.</source>
        <translation>--interval doit être supérieur à 0 et --settle au moins égal à 0 (en secondes).</translation>
    </message>
    <message>
        <source>No inbox folder is configured: set [inbox] folder in site.toml or give --folder.</source>
        <translation>Aucun répertoire de réception n&apos;est configuré&#xa0;: définissez [inbox] folder dans site.toml ou indiquez --folder.</translation>
    </message>
    <message>
        <source>--demo needs --folder: the configured inbox holds the ward&apos;s results, which never go into the training database.</source>
        <translation>--demo nécessite --folder&#xa0;: la boîte de réception configurée contient les résultats du service, qui ne vont jamais dans la base de formation.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} does not exist.</source>
        <translation>Le répertoire de réception {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}&#xa0;: {n}</translation>
    </message>
    <message>
        <source>No new files.</source>
        <translation>Aucun nouveau fichier.</translation>
    </message>
    <message>
        <source>Day-9 SOFA response (ImmunoSep primary endpoint) of patient {patient}, as of {date}.</source>
        <translation>Réponse SOFA à J9 (critère de jugement principal d&apos;ImmunoSep) du patient {patient}, au {date}.</translation>
    </message>
    <message>
        <source>Day 1 ({date}): SOFA {sofa}.</source>
        <translation>J1 ({date})&#xa0;: SOFA {sofa}.</translation>
    </message>
    <message>
        <source>Day 1 minus the mean of days 2–9: {arithmetic}</source>
        <translation>J1 moins la moyenne de J2 à J9&#xa0;: {arithmetic}</translation>
    </message>
    <message>
        <source>the SOFA of day 1 (the day of phenotyping) is needed; store it with &apos;immunosep sofa … --patient-id ID --day 1 --save&apos;.</source>
        <translation>le SOFA de J1 (jour du phénotypage) est nécessaire&#xa0;; enregistrez-le avec «&#xa0;immunosep sofa … --patient-id ID --day 1 --save&#xa0;».</translation>
    </message>
    <message>
        <source>the day asked for is before day 1 of the SOFA course.</source>
        <translation>le jour demandé est antérieur à J1 du suivi SOFA.</translation>
    </message>
    <message>
        <source>a stored SOFA is dated after the day asked for; give a later --on.</source>
        <translation>un SOFA enregistré est daté après le jour demandé&#xa0;; indiquez un --on plus tardif.</translation>
    </message>
    <message>
        <source>the recorded death is after the day asked for; give a later --on.</source>
        <translation>le décès enregistré est postérieur au jour demandé&#xa0;; indiquez un --on plus tardif.</translation>
    </message>
    <message>
        <source>No measure yet: {reason}</source>
        <translation>Pas encore de mesure&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>missing, carried forward from day {day}</source>
        <translation>manquant, valeur reportée de J{day}</translation>
    </message>
    <message>
        <source>Day {day} ({date}): {sofa} — {how}.</source>
        <translation>J{day} ({date})&#xa0;: {sofa} — {how}.</translation>
    </message>
    <message>
        <source>not yet entered, day {day} carried forward for now</source>
        <translation>pas encore saisi, valeur de J{day} reportée pour l&apos;instant</translation>
    </message>
    <message>
        <source>death: counted 24</source>
        <translation>décès&#xa0;: compté 24</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>Daily SOFA</source>
        <translation>SOFA quotidien</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Eligibility checklists</source>
        <translation>Listes de contrôle d&apos;éligibilité</translation>
    </message>
    <message>
        <source>HScores</source>
        <translation>HScores</translation>
    </message>
    <message>
        <source>record {id}, saved {when} by {user}: {what}</source>
        <translation>enregistrement {id}, enregistré le {when} par {user}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Marked entered in error: {kind}, record {id}.</source>
        <translation>Marqué comme erreur de saisie&#xa0;: {kind}, enregistrement {id}.</translation>
    </message>
    <message>
        <source>{title}: {n} stored</source>
        <translation>{title}&#xa0;: {n} enregistré(s)</translation>
    </message>
    <message>
        <source>corrects record {id}: {reason}</source>
        <translation>corrige l&apos;enregistrement {id}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>superseded by record {id}</source>
        <translation>remplacé par l&apos;enregistrement {id}</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>ERREUR DE SAISIE&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>day {day} ({date}): SOFA {total}, {n} of 6 organ systems</source>
        <translation>J{day} ({date})&#xa0;: SOFA {total}, {n} des 6 systèmes d&apos;organes</translation>
    </message>
    <message>
        <source>died on {date}</source>
        <translation>décédé le {date}</translation>
    </message>
    <message>
        <source>with assessment {id}: {met} met, {failed} not met, {unknown} unknown</source>
        <translation>avec l&apos;évaluation {id}&#xa0;: {met} remplis, {failed} non remplis, {unknown} inconnus</translation>
    </message>
    <message>
        <source>with assessment {id}: HScore {score}, probability {p} %</source>
        <translation>avec l&apos;évaluation {id}&#xa0;: HScore {score}, probabilité {p}&#xa0;%</translation>
    </message>
    <message>
        <source>Saved: daily SOFA record {id}, day {day} ({date}).</source>
        <translation>Enregistré&#xa0;: SOFA quotidien, enregistrement {id}, J{day} ({date}).</translation>
    </message>
    <message>
        <source>SOFA {total} (typed), resting on {n} of 6 organ systems.</source>
        <translation>SOFA {total} (saisi), calculé sur {n} des 6 systèmes d&apos;organes.</translation>
    </message>
    <message>
        <source>Open markers with an arrow are censored values (true value beyond the arrow).</source>
        <translation>Les marqueurs vides avec une flèche sont des valeurs censurées (valeur réelle au-delà de la flèche).</translation>
    </message>
    <message>
        <source>Ferritin (ng/mL, log scale)</source>
        <translation>Ferritine (ng/mL, échelle logarithmique)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR (AB/C, log scale)</source>
        <translation>HLA-DR monocytaire (AB/C, échelle logarithmique)</translation>
    </message>
    <message>
        <source>{group} {events}/{total}</source>
        <translation>{group} {events}/{total}</translation>
    </message>
    <message>
        <source>Primary endpoint: ≥ 1.4-point SOFA decrease by day 9</source>
        <translation>Critère de jugement principal&#xa0;: baisse du SOFA ≥ 1,4 point à J9</translation>
    </message>
    <message>
        <source>Responders (%)</source>
        <translation>Répondeurs (%)</translation>
    </message>
    <message>
        <source>Bars: proportion of responders; whiskers: Wilson 95 % CI. Highlighted: this patient&apos;s subgroup.</source>
        <translation>Barres&#xa0;: proportion de répondeurs&#xa0;; moustaches&#xa0;: IC à 95&#xa0;% de Wilson. En surbrillance&#xa0;: le sous-groupe de ce patient.</translation>
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
        <translation>Immunoparalysie
ferritine ≤ {f}
HLA-DR &lt; {h}</translation>
    </message>
    <message>
        <source>Unclassified
HLA-DR ≥ {h}</source>
        <translation>Non classé
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
        <translation>Les points sur le bord inférieur n&apos;ont pas d&apos;HLA-DR en AB/C.</translation>
    </message>
    <message>
        <source>Phenotype map</source>
        <translation>Carte des phénotypes</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>MALS: ferritin &gt; {f} ng/mL (HLA-DR not needed; if HLA-DR &lt; {h} AB/C too, both criteria are met and MALS takes precedence, as in the trial).</source>
        <translation>MALS&#xa0;: ferritine &gt; {f} ng/mL (HLA-DR non nécessaire&#xa0;; si l&apos;HLA-DR est aussi &lt; {h} AB/C, les deux critères sont remplis et le MALS prévaut, comme dans l&apos;essai).</translation>
    </message>
    <message>
        <source>Immunoparalysis: ferritin ≤ {f} ng/mL and HLA-DR &lt; {h} AB/C (antibodies bound per CD14 monocyte, QuantiBRITE).</source>
        <translation>Immunoparalysie&#xa0;: ferritine ≤ {f} ng/mL et HLA-DR &lt; {h} AB/C (anticorps liés par monocyte CD14, QuantiBRITE).</translation>
    </message>
    <message>
        <source>Unclassified: ferritin ≤ {f} ng/mL and HLA-DR ≥ {h} AB/C; the ImmunoSep evidence does not apply.</source>
        <translation>Non classé&#xa0;: ferritine ≤ {f} ng/mL et HLA-DR ≥ {h} AB/C&#xa0;; les données probantes ImmunoSep ne s&apos;appliquent pas.</translation>
    </message>
    <message>
        <source>Cannot classify: missing or undecidable values, HLA-DR not in AB/C when it is needed, or age &lt; {age} years.</source>
        <translation>Classification impossible&#xa0;: valeurs manquantes ou non décidables, HLA-DR pas en AB/C alors qu&apos;il est nécessaire, ou âge &lt; {age} ans.</translation>
    </message>
    <message>
        <source>{percent:.1f} %</source>
        <translation>{percent:.1f}&#xa0;%</translation>
    </message>
    <message>
        <source>ImmunoSep cohort summary</source>
        <translation>Synthèse de la cohorte ImmunoSep</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Carte des phénotypes de la cohorte</translation>
    </message>
    <message>
        <source>TRAINING — NOT FOR CLINICAL USE</source>
        <translation>FORMATION — NE PAS UTILISER EN CLINIQUE</translation>
    </message>
    <message>
        <source>Training mode: synthetic data, not a patient record. Do not use for treatment decisions.</source>
        <translation>Mode formation&#xa0;: données synthétiques, pas un dossier patient. Ne pas utiliser pour des décisions thérapeutiques.</translation>
    </message>
    <message>
        <source>End of report</source>
        <translation>Fin du rapport</translation>
    </message>
    <message>
        <source>Institution / ward not configured</source>
        <translation>Établissement / service non configuré</translation>
    </message>
    <message>
        <source>{events}/{total} ({percent:.1f} %)</source>
        <translation>{events}/{total} ({percent:.1f}&#xa0;%)</translation>
    </message>
    <message>
        <source>{point} ({low} to {high})</source>
        <translation>{point} ({low} à {high})</translation>
    </message>
    <message>
        <source>Safety signals</source>
        <translation>Signaux de sécurité</translation>
    </message>
    <message>
        <source>Notes on this arm</source>
        <translation>Remarques sur ce bras</translation>
    </message>
    <message>
        <source>Deaths, {group}</source>
        <translation>Décès, {group}</translation>
    </message>
    <message>
        <source>Responders, {group}</source>
        <translation>Répondeurs, {group}</translation>
    </message>
    <message>
        <source>Risk difference, points (treated − control)</source>
        <translation>Différence de risque, points (traités − contrôle)</translation>
    </message>
    <message>
        <source>Trial population</source>
        <translation>Population de l&apos;essai</translation>
    </message>
    <message>
        <source>How this patient may differ from the trial population</source>
        <translation>En quoi ce patient peut différer de la population de l&apos;essai</translation>
    </message>
    <message>
        <source>Limits of the evidence</source>
        <translation>Limites des données probantes</translation>
    </message>
    <message>
        <source>ImmunoSep evidence for this phenotype: {drug}</source>
        <translation>Données probantes ImmunoSep pour ce phénotype&#xa0;: {drug}</translation>
    </message>
    <message>
        <source>Mortality</source>
        <translation>Mortalité</translation>
    </message>
    <message>
        <source>Methods of the recomputation: {methods}. A printed figure agrees when it lies within one unit of its last printed digit.</source>
        <translation>Méthodes du recalcul&#xa0;: {methods}. Un chiffre imprimé concorde s&apos;il diffère d&apos;au plus une unité sur son dernier chiffre imprimé.</translation>
    </message>
    <message>
        <source>ImmunoSep evidence</source>
        <translation>Données probantes ImmunoSep</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO — see note</source>
        <translation>NON — voir la remarque</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Published (as printed)</source>
        <translation>Publié (tel qu&apos;imprimé)</translation>
    </message>
    <message>
        <source>Recomputed from counts</source>
        <translation>Recalculé à partir des effectifs</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Concorde</translation>
    </message>
    <message>
        <source>events / patients</source>
        <translation>événements / patients</translation>
    </message>
    <message>
        <source>Odds ratio (95 % CI)</source>
        <translation>Rapport de cotes (IC à 95&#xa0;%)</translation>
    </message>
    <message>
        <source>{point:.3f} ({low:.3f} to {high:.3f})</source>
        <translation>{point:.3f} ({low:.3f} à {high:.3f})</translation>
    </message>
    <message>
        <source>crude OR, Woolf CI</source>
        <translation>OR brut, IC de Woolf</translation>
    </message>
    <message>
        <source>Risk difference, points (control − treated, as printed)</source>
        <translation>Différence de risque, points (contrôle − traités, tel qu&apos;imprimé)</translation>
    </message>
    <message>
        <source>P value</source>
        <translation>Valeur de p</translation>
    </message>
    <message>
        <source>Fisher exact, two-sided</source>
        <translation>Test exact de Fisher, bilatéral</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Evidence version {version}, cut-off {cutoff}.</source>
        <translation>Données probantes&#xa0;: version {version}, arrêtées au {cutoff}.</translation>
    </message>
    <message>
        <source>{point:.2f} ({low:.2f} to {high:.2f})</source>
        <translation>{point:.2f} ({low:.2f} à {high:.2f})</translation>
    </message>
    <message>
        <source>{option}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD (for example 2026-11-20).</source>
        <translation>{option}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas une date au format AAAA-MM-JJ (par exemple 2026-11-20).</translation>
    </message>
    <message>
        <source>--save needs --patient-id ID (the patient identifier used on the ward).</source>
        <translation>--save nécessite --patient-id ID (l&apos;identifiant du patient utilisé dans le service).</translation>
    </message>
    <message>
        <source>--corrects needs --reason TEXT: a correction says why.</source>
        <translation>--corrects nécessite --reason TEXT&#xa0;: une correction indique son motif.</translation>
    </message>
    <message>
        <source>--reason goes with --corrects RECORD (the record corrected).</source>
        <translation>--reason s&apos;utilise avec --corrects RECORD (l&apos;enregistrement corrigé).</translation>
    </message>
    <message>
        <source>--corrects stores a correction: add --save.</source>
        <translation>--corrects enregistre une correction&#xa0;: ajoutez --save.</translation>
    </message>
    <message>
        <source>--assessment-id names where it is stored: add --save.</source>
        <translation>--assessment-id indique où l&apos;enregistrer&#xa0;: ajoutez --save.</translation>
    </message>
    <message>
        <source>not saved: {reason}</source>
        <translation>non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>--save needs --patient-id ID, the patient identifier used on the ward.</source>
        <translation>--save nécessite --patient-id ID, l&apos;identifiant du patient utilisé dans le service.</translation>
    </message>
    <message>
        <source>not saved (add --save to store it)</source>
        <translation>non enregistré (ajoutez --save pour l&apos;enregistrer)</translation>
    </message>
    <message>
        <source>--save: not saved: {reason}</source>
        <translation>--save&#xa0;: non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>--sentences needs --out (JSON and the text output always have the sentences).</source>
        <translation>--sentences nécessite --out (la sortie JSON et la sortie texte contiennent toujours les phrases).</translation>
    </message>
    <message>
        <source>--out and --rejected-out must be different files.</source>
        <translation>--out et --rejected-out doivent être des fichiers différents.</translation>
    </message>
    <message>
        <source>--out and --rejected-out must not be the input file.</source>
        <translation>--out et --rejected-out ne doivent pas être le fichier d&apos;entrée.</translation>
    </message>
    <message>
        <source>{option} {path}: the output file must end in .csv or .xlsx.</source>
        <translation>{option} {path}&#xa0;: le fichier de sortie doit se terminer par .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>{option} {path} already exists; use --force to replace it.</source>
        <translation>{option} {path} existe déjà&#xa0;; utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>{option} {path}: the folder does not exist.</source>
        <translation>{option} {path}&#xa0;: le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>not written: {reason}.</source>
        <translation>non écrit&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Read as: {kind}, wide layout</source>
        <translation>Lu comme&#xa0;: {kind}, disposition large</translation>
    </message>
    <message>
        <source>Read as: {kind}, long layout</source>
        <translation>Lu comme&#xa0;: {kind}, disposition longue</translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Row {rows}.</extracomment>
        <translation>
            <numerusform>Ligne {rows}</numerusform>
            <numerusform>Lignes {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>Phenotypes: {counts}</source>
        <translation>Phénotypes&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>Rule set {ruleset}, trial {registry}:</source>
        <translation>Ensemble de règles {ruleset}, essai {registry}&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>{n} data rows read.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} data row read..</extracomment>
        <translation>
            <numerusform>{n} ligne de données lue.</numerusform>
            <numerusform>{n} lignes de données lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Classified: {classified}; cannot classify: {cannot_classify}; rejected: {rejected}; assessments: {assessments}; blank rows skipped: {blank}</source>
        <translation>Classées&#xa0;: {classified}&#xa0;; classification impossible&#xa0;: {cannot_classify}&#xa0;; rejetées&#xa0;: {rejected}&#xa0;; évaluations&#xa0;: {assessments}&#xa0;; lignes vides ignorées&#xa0;: {blank}</translation>
    </message>
    <message numerus="yes">
        <source>{n} results read.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} result read..</extracomment>
        <translation>
            <numerusform>{n} résultat lu.</numerusform>
            <numerusform>{n} résultats lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: {messages}; classified: {classified}; cannot classify: {cannot_classify}; in no assessment: {apart} (rejected: {rejected}, ignored: {ignored}, withdrawals: {withdrawals}); assessments: {assessments}</source>
        <translation>Messages&#xa0;: {messages}&#xa0;; classés&#xa0;: {classified}&#xa0;; classification impossible&#xa0;: {cannot_classify}&#xa0;; hors évaluation&#xa0;: {apart} (rejetés&#xa0;: {rejected}, ignorés&#xa0;: {ignored}, retraits&#xa0;: {withdrawals})&#xa0;; évaluations&#xa0;: {assessments}</translation>
    </message>
    <message>
        <source>Read as: {kind}, {layout}</source>
        <translation>Lu comme&#xa0;: {kind}, {layout}</translation>
    </message>
    <message>
        <source>Encoding: {encoding}</source>
        <translation>Encodage&#xa0;: {encoding}</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>Feuille&#xa0;: {sheet}</translation>
    </message>
    <message>
        <source>Decimal separator: comma</source>
        <translation>Séparateur décimal&#xa0;: virgule</translation>
    </message>
    <message>
        <source>Decimal separator: point</source>
        <translation>Séparateur décimal&#xa0;: point</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Results written to {file}</source>
        <translation>Résultats écrits dans {file}</translation>
    </message>
    <message>
        <source>Rejected rows written to {file}</source>
        <translation>Lignes rejetées écrites dans {file}</translation>
    </message>
    <message>
        <source>{where}: {patient}: {headline}</source>
        <translation>{where}&#xa0;: {patient}&#xa0;: {headline}</translation>
    </message>
    <message>
        <source>{where}: {patient}: {outcome}</source>
        <translation>{where}&#xa0;: {patient}&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>{where}: {outcome}</source>
        <translation>{where}&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>{phenotype}: {n}</source>
        <translation>{phenotype}&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{option}: {reason}</source>
        <extracomment>a value given with a command-line option cannot be read: &quot;--ferritin: &lt;why&gt;&quot;</extracomment>
        <translation>{option}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>--time-format {value} has no time of day; it must include it ({example}).</source>
        <translation>--time-format {value} ne contient pas l&apos;heure&#xa0;; il doit l&apos;inclure ({example}).</translation>
    </message>
    <message>
        <source>--column {value}: write FIELD=HEADER, e.g. {example}.</source>
        <translation>--column {value}&#xa0;: écrivez FIELD=HEADER, p. ex. {example}.</translation>
    </message>
    <message>
        <source>--column {value}: {field} is not a field; the fields are {fields}.</source>
        <translation>--column {value}&#xa0;: {field} n&apos;est pas un champ&#xa0;; les champs sont {fields}.</translation>
    </message>
    <message>
        <source>--column {field} is given twice; give each field once.</source>
        <translation>--column {field} est indiqué deux fois&#xa0;; indiquez chaque champ une seule fois.</translation>
    </message>
    <message>
        <source>--delimiter {value} is not a delimiter; give one character or comma, semicolon, tab or pipe.</source>
        <extracomment>comma, semicolon, tab and pipe are the names --delimiter takes: keep them</extracomment>
        <translation>--delimiter {value} n&apos;est pas un délimiteur&#xa0;; indiquez un seul caractère ou l&apos;un des noms comma, semicolon, tab ou pipe.</translation>
    </message>
    <message>
        <source>--encoding {value} is not an encoding this app knows; give e.g. utf-8 or cp1252.</source>
        <translation>--encoding {value} n&apos;est pas un encodage connu de cette application&#xa0;; indiquez p. ex. utf-8 ou cp1252.</translation>
    </message>
    <message>
        <source>the backup could not be written: {reason}</source>
        <translation>la sauvegarde n&apos;a pas pu être écrite&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose death is recorded.</source>
        <translation>--patient-id ID est nécessaire&#xa0;: le patient dont le décès est enregistré.</translation>
    </message>
    <message>
        <source>Saved: death record {id} ({date}).</source>
        <translation>Enregistré&#xa0;: décès, enregistrement {id} ({date}).</translation>
    </message>
    <message>
        <source>--age and --phenotype come from the stored assessment when the checklist is saved; leave them out with --save.</source>
        <translation>--age et --phenotype proviennent de l&apos;évaluation enregistrée lorsque la liste de contrôle est enregistrée&#xa0;; omettez-les avec --save.</translation>
    </message>
    <message>
        <source>--phenotype: &apos;{value}&apos; is not one of {choices}.</source>
        <translation>--phenotype&#xa0;: «&#xa0;{value}&#xa0;» ne fait pas partie de&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>--answer: &apos;{value}&apos; does not name a criterion; write KEY=yes, KEY=no or KEY=unknown with a KEY from {help}.</source>
        <extracomment>yes, no and unknown are the answers --answer takes: keep them</extracomment>
        <translation>--answer&#xa0;: «&#xa0;{value}&#xa0;» ne désigne aucun critère&#xa0;; écrivez KEY=yes, KEY=no ou KEY=unknown, avec une clé KEY figurant dans {help}.</translation>
    </message>
    <message>
        <source>--answer: &apos;{value}&apos; is not answered yes, no or unknown.</source>
        <extracomment>yes, no and unknown are the answers --answer takes: keep them</extracomment>
        <translation>--answer&#xa0;: «&#xa0;{value}&#xa0;» n&apos;a pas pour réponse yes, no ou unknown.</translation>
    </message>
    <message>
        <source>--answer: {key} is answered twice; keep one answer.</source>
        <translation>--answer&#xa0;: {key} a reçu deux réponses&#xa0;; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>Saved: eligibility checklist record {id}, with assessment {assessment}.</source>
        <translation>Enregistré&#xa0;: liste de contrôle d&apos;éligibilité, enregistrement {id}, avec l&apos;évaluation {assessment}.</translation>
    </message>
    <message>
        <source>{name}: {citation}</source>
        <translation>{name}&#xa0;: {citation}</translation>
    </message>
    <message>
        <source>doi:{doi}  {registry}  evidence version {version}</source>
        <translation>doi:{doi}  {registry}  données probantes, version {version}</translation>
    </message>
    <message>
        <source>Methods: {methods}.</source>
        <translation>Méthodes&#xa0;: {methods}.</translation>
    </message>
    <message>
        <source>Published figures agree when within one unit of their last printed digit.</source>
        <translation>Les chiffres publiés concordent s&apos;ils diffèrent d&apos;au plus une unité sur leur dernier chiffre imprimé.</translation>
    </message>
    <message>
        <source>Known discrepancies in the publication and in circulating summaries:</source>
        <translation>Divergences connues dans la publication et dans les résumés en circulation&#xa0;:</translation>
    </message>
    <message>
        <source>{label}: {treated} {treated_events}/{treated_total} vs {control} {control_events}/{control_total}</source>
        <translation>{label}&#xa0;: {treated} {treated_events}/{treated_total} vs {control} {control_events}/{control_total}</translation>
    </message>
    <message>
        <source>NO</source>
        <extracomment>a published figure disagrees with its recomputation (capitals: it must stand out)</extracomment>
        <translation>NON</translation>
    </message>
    <message>
        <source>comparison / figure</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>comparaison / chiffre</translation>
    </message>
    <message>
        <source>published</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>publié</translation>
    </message>
    <message>
        <source>recomputed</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>recalculé</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>concorde</translation>
    </message>
    <message>
        <source>p value (Fisher exact)</source>
        <translation>valeur de p (test exact de Fisher)</translation>
    </message>
    <message>
        <source>odds ratio (Woolf CI)</source>
        <translation>rapport de cotes (IC de Woolf)</translation>
    </message>
    <message>
        <source>{figure} [printed as control − treated]</source>
        <translation>{figure} [imprimé comme contrôle − traités]</translation>
    </message>
    <message>
        <source>risk difference, pp (Newcombe CI)</source>
        <translation>diff. de risque, points (IC de Newcombe)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {n} assessments of patient {patient} as a FHIR R4 Bundle.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Wrote {path}: {n} assessment of patient {patient} as a FHIR R4 Bundle..</extracomment>
        <translation>
            <numerusform>{path} écrit&#xa0;: {n} évaluation du patient {patient} sous forme de Bundle FHIR R4.</numerusform>
            <numerusform>{path} écrit&#xa0;: {n} évaluations du patient {patient} sous forme de Bundle FHIR R4.</numerusform>
        </translation>
    </message>
    <message>
        <source>--patient-id: a patient identifier is needed</source>
        <translation>--patient-id&#xa0;: un identifiant patient est nécessaire</translation>
    </message>
    <message>
        <source>--out: {path} exists; add --force to replace it</source>
        <translation>--out&#xa0;: {path} existe&#xa0;; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>--out: {path} is not a regular file</source>
        <translation>--out&#xa0;: {path} n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>--out: {path} cannot be written ({reason})</source>
        <translation>--out&#xa0;: {path} ne peut pas être écrit ({reason})</translation>
    </message>
    <message>
        <source>--pdf: {path} cannot be read ({reason})</source>
        <translation>--pdf&#xa0;: {path} ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>no stored assessments for patient {patient}; nothing written</source>
        <translation>aucune évaluation enregistrée pour le patient {patient}&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>#{id}  {when} (sampled)  {result}  ({values}; rule set {ruleset})</source>
        <translation>#{id}  {when} (prélèvement)  {result}  ({values}&#xa0;; ensemble de règles {ruleset})</translation>
    </message>
    <message>
        <source>#{id}  {when} (assessed)  {result}  ({values}; rule set {ruleset})</source>
        <translation>#{id}  {when} (évaluation)  {result}  ({values}&#xa0;; ensemble de règles {ruleset})</translation>
    </message>
    <message>
        <source>{entry} [{notes}]</source>
        <extracomment>a stored assessment&apos;s line followed by its corrections / entered-in-error marks</extracomment>
        <translation>{entry} [{notes}]</translation>
    </message>
    <message>
        <source>No stored assessments for patient {patient}.</source>
        <translation>Aucune évaluation enregistrée pour le patient {patient}.</translation>
    </message>
    <message numerus="yes">
        <source>Patient {patient}: {n} assessments, oldest first</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Patient {patient}: {n} assessment, oldest first.</extracomment>
        <translation>
            <numerusform>Patient {patient}&#xa0;: {n} évaluation, de la plus ancienne à la plus récente</numerusform>
            <numerusform>Patient {patient}&#xa0;: {n} évaluations, de la plus ancienne à la plus récente</numerusform>
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
        <translation>Enregistré&#xa0;: HScore, enregistrement {id}, avec l&apos;évaluation {assessment}.</translation>
    </message>
    <message>
        <source>Files stored: {files} (assessments: {n}); moved to failed/: {failed}.</source>
        <translation>Fichiers enregistrés&#xa0;: {files} (évaluations&#xa0;: {n})&#xa0;; déplacés vers failed/&#xa0;: {failed}.</translation>
    </message>
    <message>
        <source>Report written: {path} ({phenotype})</source>
        <translation>Rapport écrit&#xa0;: {path} ({phenotype})</translation>
    </message>
    <message>
        <source>--patient-id: a patient identifier is needed on the report</source>
        <translation>--patient-id&#xa0;: un identifiant patient est nécessaire sur le rapport</translation>
    </message>
    <message>
        <source>--patient-id: training reports use synthetic identifiers of the form DEMO-nnn, never a real patient&apos;s</source>
        <translation>--patient-id&#xa0;: les rapports de formation utilisent des identifiants synthétiques de la forme DEMO-nnn, jamais celui d&apos;un patient réel</translation>
    </message>
    <message>
        <source>--patient-id: DEMO-nnn identifiers are reserved for training; add --demo</source>
        <translation>--patient-id&#xa0;: les identifiants DEMO-nnn sont réservés à la formation&#xa0;; ajoutez --demo</translation>
    </message>
    <message>
        <source>--case needs --demo (training cases are synthetic)</source>
        <translation>--case nécessite --demo (les cas de formation sont synthétiques)</translation>
    </message>
    <message>
        <source>--case takes its values from the training case; drop {option}</source>
        <translation>--case reprend les valeurs du cas de formation&#xa0;; retirez {option}</translation>
    </message>
    <message>
        <source>--case: no training case {case}; see {command}</source>
        <translation>--case&#xa0;: aucun cas de formation {case}&#xa0;; voir {command}</translation>
    </message>
    <message>
        <source>--out: {path} exists; not overwritten (use --force to replace it)</source>
        <translation>--out&#xa0;: {path} existe&#xa0;; non écrasé (utilisez --force pour le remplacer)</translation>
    </message>
    <message>
        <source>--out: cannot write {path}: {reason}</source>
        <translation>--out&#xa0;: impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>--birth-date: {reason}</source>
        <translation>--birth-date&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not written</source>
        <extracomment>in place of a file name: the file was not written</extracomment>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>Index: {path}</source>
        <translation>Index&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Cohort summary: {path}</source>
        <translation>Synthèse de cohorte&#xa0;: {path}</translation>
    </message>
    <message>
        <source>All reports in one file (to print): {path}</source>
        <translation>Tous les rapports dans un seul fichier (à imprimer)&#xa0;: {path}</translation>
    </message>
    <message>
        <source>--workers must be at least 1</source>
        <translation>--workers doit valoir au moins 1</translation>
    </message>
    <message>
        <source>Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: {rejected}; not done (cancelled): {cancelled}</source>
        <translation>Lignes&#xa0;: {total}&#xa0;; rapports écrits&#xa0;: {written}&#xa0;; échecs&#xa0;: {failed}&#xa0;; rejetées à l&apos;import&#xa0;: {rejected}&#xa0;; non traitées (annulation)&#xa0;: {cancelled}</translation>
    </message>
    <message>
        <source>Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: {rejected}</source>
        <translation>Lignes&#xa0;: {total}&#xa0;; rapports écrits&#xa0;: {written}&#xa0;; échecs&#xa0;: {failed}&#xa0;; rejetées à l&apos;import&#xa0;: {rejected}</translation>
    </message>
    <message>
        <source>Reports: {percent} %</source>
        <translation>Rapports&#xa0;: {percent}&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>--out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use --force or an empty folder</source>
        <comment>plural</comment>
        <extracomment>Singular (English): --out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use --force or an empty folder. English keeps &quot;file(s)&quot; in both forms (scripts read the line); word each properly</extracomment>
        <translation>
            <numerusform>--out-dir&#xa0;: {n} fichier que ce lot écrirait existe déjà (p. ex. {file})&#xa0;; utilisez --force ou un dossier vide</numerusform>
            <numerusform>--out-dir&#xa0;: {n} fichiers que ce lot écrirait existent déjà (p. ex. {file})&#xa0;; utilisez --force ou un dossier vide</numerusform>
        </translation>
    </message>
    <message>
        <source>--out-dir: cannot write to {path}: {reason}</source>
        <translation>--out-dir&#xa0;: impossible d&apos;écrire dans {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>row {row}: {outcome}: {reason}</source>
        <translation>ligne {row}&#xa0;: {outcome}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>two stored SOFA values share one day; mark one entered in error (&apos;immunosep score-records --mark-in-error&apos;).</source>
        <translation>deux valeurs SOFA enregistrées portent sur le même jour&#xa0;; marquez l&apos;une d&apos;elles comme erreur de saisie («&#xa0;immunosep score-records --mark-in-error&#xa0;»).</translation>
    </message>
    <message>
        <source>a stored SOFA total is outside 0 to 24.</source>
        <translation>un total SOFA enregistré est en dehors de l&apos;intervalle 0 à 24.</translation>
    </message>
    <message>
        <source>a stored SOFA rests on an impossible number of organ systems.</source>
        <translation>un SOFA enregistré repose sur un nombre impossible de systèmes d&apos;organes.</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose SOFA course is read.</source>
        <translation>--patient-id ID est nécessaire&#xa0;: le patient dont le suivi SOFA est lu.</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose records are listed.</source>
        <translation>--patient-id ID est nécessaire&#xa0;: le patient dont les enregistrements sont listés.</translation>
    </message>
    <message>
        <source>--mark-in-error: &apos;{kind}&apos; is not a kind of score record; use one of {kinds}.</source>
        <translation>--mark-in-error&#xa0;: «&#xa0;{kind}&#xa0;» n&apos;est pas un type d&apos;enregistrement de score&#xa0;; utilisez l&apos;un de&#xa0;: {kinds}.</translation>
    </message>
    <message>
        <source>--mark-in-error: &apos;{value}&apos; is not a record id (a whole number, as listed by this command).</source>
        <translation>--mark-in-error&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un identifiant d&apos;enregistrement (un nombre entier, tel que listé par cette commande).</translation>
    </message>
    <message>
        <source>--mark-in-error needs --reason TEXT: a mark says why.</source>
        <translation>--mark-in-error nécessite --reason TEXT&#xa0;: un marquage indique son motif.</translation>
    </message>
    <message>
        <source>--reason goes with --mark-in-error KIND RECORD.</source>
        <translation>--reason s&apos;utilise avec --mark-in-error KIND RECORD.</translation>
    </message>
    <message>
        <source>--day: &apos;{value}&apos; is not a study day (day 1 is the day of phenotyping); give a whole number of {low} or more.</source>
        <translation>--day&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un jour d&apos;étude (J1 est le jour du phénotypage)&#xa0;; indiquez un nombre entier supérieur ou égal à {low}.</translation>
    </message>
    <message>
        <source>--total: &apos;{value}&apos; is not a SOFA total; give a whole number from {low} to {high}.</source>
        <translation>--total&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un total SOFA&#xa0;; indiquez un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>--components: &apos;{value}&apos; is not a number of organ systems; give a whole number from {low} to {high}.</source>
        <translation>--components&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un nombre de systèmes d&apos;organes&#xa0;; indiquez un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>--day and --date place a stored SOFA: add --patient-id ID --save.</source>
        <translation>--day et --date situent un SOFA enregistré&#xa0;: ajoutez --patient-id ID --save.</translation>
    </message>
    <message>
        <source>--total is a value to store: add --patient-id ID --save.</source>
        <translation>--total est une valeur à enregistrer&#xa0;: ajoutez --patient-id ID --save.</translation>
    </message>
    <message>
        <source>--total: give either a total or the calculator&apos;s values ({options}), not both.</source>
        <translation>--total&#xa0;: indiquez soit un total, soit les valeurs du calculateur ({options}), pas les deux.</translation>
    </message>
    <message>
        <source>--components goes with --total (the organ systems a typed total rests on).</source>
        <translation>--components s&apos;utilise avec --total (les systèmes d&apos;organes sur lesquels repose un total saisi).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>no ferritin or HLA-DR column and no test/value columns were recognised; name them with --column FIELD=HEADER</source>
        <translation>aucune colonne de ferritine ou d&apos;HLA-DR ni aucune colonne analyse/valeur n&apos;a été reconnue&#xa0;; nommez-les avec --column FIELD=HEADER</translation>
    </message>
    <message>
        <source>the file has both ferritin/HLA-DR columns and test/value columns; choose the layout</source>
        <translation>le fichier comporte à la fois des colonnes ferritine/HLA-DR et des colonnes analyse/valeur&#xa0;; choisissez la disposition</translation>
    </message>
    <message>
        <source>unknown field {field!r}; fields are: {fields}</source>
        <translation>champ inconnu {field!r}&#xa0;; les champs sont&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>no column is headed {header!r} (for {field}); the columns are: {columns}</source>
        <translation>aucune colonne n&apos;a pour en-tête {header!r} (pour {field})&#xa0;; les colonnes sont&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>{count} columns are headed {header!r}; rename one in the file</source>
        <translation>{count} colonnes ont pour en-tête {header!r}&#xa0;; renommez-en une dans le fichier</translation>
    </message>
    <message>
        <source>columns {first!r} and {second!r} could both be {field}; choose one (--column {field}=HEADER)</source>
        <translation>les colonnes {first!r} et {second!r} pourraient toutes deux être {field}&#xa0;; choisissez-en une (--column {field}=HEADER)</translation>
    </message>
    <message>
        <source>columns {columns} could all be {field}; choose one (--column {field}=HEADER)</source>
        <translation>les colonnes {columns} pourraient toutes être {field}&#xa0;; choisissez-en une (--column {field}=HEADER)</translation>
    </message>
    <message>
        <source>{field} is not used in {layout} layout</source>
        <translation>{field} n&apos;est pas utilisé dans la disposition {layout}</translation>
    </message>
    <message>
        <source>no {name} column found; name it with --column {field}=HEADER (columns: {columns})</source>
        <translation>aucune colonne {name} trouvée&#xa0;; nommez-la avec --column {field}=HEADER (colonnes&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>layout must be &apos;wide&apos; or &apos;long&apos;, not {layout!r}</source>
        <translation>la disposition doit être &apos;wide&apos; ou &apos;long&apos;, pas {layout!r}</translation>
    </message>
    <message>
        <source>wide layout needs a ferritin or HLA-DR column (--column ferritin=HEADER)</source>
        <translation>la disposition large nécessite une colonne de ferritine ou d&apos;HLA-DR (--column ferritin=HEADER)</translation>
    </message>
    <message>
        <source>long layout needs a test (name or LOINC code) and a value column (--column test=HEADER --column value=HEADER)</source>
        <translation>la disposition longue nécessite une colonne d&apos;analyse (nom ou code LOINC) et une colonne de valeur (--column test=HEADER --column value=HEADER)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>{file} contains no rows</source>
        <translation>{file} ne contient aucune ligne</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes: it is not a text export (or UTF-16 without byte-order mark: give the encoding)</source>
        <translation>{file} contient des octets NUL&#xa0;: ce n&apos;est pas un export texte (ou c&apos;est de l&apos;UTF-16 sans indicateur d&apos;ordre des octets&#xa0;: indiquez l&apos;encodage)</translation>
    </message>
    <message>
        <source>{file} mixes encodings: line {utf8_line} is UTF-8 but line {other_line} is not; save the file again in one encoding, or give the encoding if you know it</source>
        <translation>{file} mélange plusieurs encodages&#xa0;: la ligne {utf8_line} est en UTF-8, mais la ligne {other_line} ne l&apos;est pas&#xa0;; enregistrez à nouveau le fichier dans un seul encodage, ou indiquez l&apos;encodage si vous le connaissez</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252; give the encoding (e.g. latin-1)</source>
        <translation>{file} n&apos;est ni en UTF-8 ni en Windows-1252&#xa0;; indiquez l&apos;encodage (p.&#xa0;ex. latin-1)</translation>
    </message>
    <message>
        <source>{file}: no delimiter (comma, semicolon, tab, pipe) splits the header into columns; give the delimiter</source>
        <translation>{file}&#xa0;: aucun délimiteur (virgule, point-virgule, tabulation, barre verticale) ne découpe l&apos;en-tête en colonnes&#xa0;; indiquez le délimiteur</translation>
    </message>
    <message>
        <source>{file}: both {first} and {second} could be the delimiter; give the delimiter</source>
        <translation>{file}&#xa0;: le délimiteur pourrait être aussi bien {first} que {second}&#xa0;; indiquez le délimiteur</translation>
    </message>
    <message>
        <source>{file} starts with a {encoding} byte-order mark but byte {byte} is not valid {encoding}</source>
        <translation>{file} commence par un indicateur d&apos;ordre des octets {encoding}, mais l&apos;octet {byte} n&apos;est pas du {encoding} valide</translation>
    </message>
    <message>
        <source>delimiter must be one character, got {delimiter!r}</source>
        <translation>le délimiteur doit être un seul caractère&#xa0;; reçu&#xa0;: {delimiter!r}</translation>
    </message>
    <message>
        <source>{file}, line {line}: malformed CSV ({error}); fix the file and import again</source>
        <translation>{file}, ligne {line}&#xa0;: CSV mal formé ({error})&#xa0;; corrigez le fichier et importez-le à nouveau</translation>
    </message>
    <message>
        <source>unknown encoding {encoding!r}</source>
        <translation>encodage inconnu {encoding!r}</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} (byte {byte} cannot be decoded); check the encoding</source>
        <translation>{file} n&apos;est pas du {encoding} valide (l&apos;octet {byte} ne peut pas être décodé)&#xa0;; vérifiez l&apos;encodage</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}&#xa0;: ne peut pas être lu ({error})</translation>
    </message>
    <message>
        <source>{file}: the quoted cell that starts on line {line} is never closed (unmatched quote); fix the file and import again</source>
        <translation>{file}&#xa0;: la cellule entre guillemets qui commence à la ligne {line} n&apos;est jamais fermée (guillemet sans correspondance)&#xa0;; corrigez le fichier et importez-le à nouveau</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet!r} is empty</source>
        <translation>{file}&#xa0;: la feuille {sheet!r} est vide</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({error}); save it again from the spreadsheet program</source>
        <translation>{file} ne peut pas être lu comme classeur ({error})&#xa0;; enregistrez-le à nouveau depuis le tableur</translation>
    </message>
    <message>
        <source>{file} has no worksheet</source>
        <translation>{file} ne contient aucune feuille de calcul</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet!r}; sheets: {sheets}</source>
        <translation>{file} n&apos;a pas de feuille nommée {sheet!r}&#xa0;; feuilles&#xa0;: {sheets}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet!r} cannot be read ({error})</source>
        <translation>{file}, feuille {sheet!r}&#xa0;: ne peut pas être lue ({error})</translation>
    </message>
    <message>
        <source>{file}: FHIR JSON must be UTF-8 and this file is not</source>
        <translation>{file}&#xa0;: le JSON FHIR doit être en UTF-8 et ce fichier ne l&apos;est pas</translation>
    </message>
    <message>
        <source>{file}: the key &apos;{key}&apos; appears twice in one JSON object; which one holds is undefined, so the file is not read</source>
        <translation>{file}&#xa0;: la clé «&#xa0;{key}&#xa0;» apparaît deux fois dans un même objet JSON&#xa0;; on ne sait pas laquelle prévaut, le fichier n&apos;est donc pas lu</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {detail})</source>
        <translation>{file}&#xa0;: JSON non valide (ligne {line}, colonne {column}&#xa0;: {detail})</translation>
    </message>
    <message>
        <source>{file}: JSON nested too deeply</source>
        <translation>{file}&#xa0;: JSON trop profondément imbriqué</translation>
    </message>
    <message>
        <source>{file}: not a FHIR resource; a Bundle or an Observation is needed</source>
        <translation>{file}&#xa0;: pas une ressource FHIR&#xa0;; un Bundle ou une Observation est nécessaire</translation>
    </message>
    <message>
        <source>{file}: Bundle.entry must be a list of objects</source>
        <translation>{file}&#xa0;: Bundle.entry doit être une liste d&apos;objets</translation>
    </message>
    <message>
        <source>{file}: not a valid FHIR R4 Bundle: {problems}</source>
        <translation>{file}&#xa0;: pas un Bundle FHIR R4 valide&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>{file}: a {kind} resource; a Bundle or an Observation is needed</source>
        <translation>{file}&#xa0;: une ressource {kind}&#xa0;; un Bundle ou une Observation est nécessaire</translation>
    </message>
    <message>
        <source>{file}: the file contains NUL bytes (binary, or UTF-16 text); HL7 v2 files are 8-bit text</source>
        <translation>{file}&#xa0;: le fichier contient des octets NUL (binaire, ou texte UTF-16)&#xa0;; les fichiers HL7 v2 sont du texte sur 8 bits</translation>
    </message>
    <message>
        <source>{file}: the file holds no HL7 segments</source>
        <translation>{file}&#xa0;: le fichier ne contient aucun segment HL7</translation>
    </message>
    <message>
        <source>{file}: no HL7 message (MSH segment) in the file</source>
        <translation>{file}&#xa0;: aucun message HL7 (segment MSH) dans le fichier</translation>
    </message>
    <message>
        <source>{file} is not a valid spreadsheet (damaged zip container); save it again from the spreadsheet program</source>
        <translation>{file} n&apos;est pas un classeur valide (conteneur zip endommagé)&#xa0;; enregistrez-le à nouveau depuis le tableur</translation>
    </message>
    <message>
        <source>{file} cannot be unpacked ({error})</source>
        <translation>{file} ne peut pas être décompressé ({error})</translation>
    </message>
    <message>
        <source>{file} is not an Excel or OpenDocument spreadsheet (XLSX, XLSM, XLSB, XLS, ODS)</source>
        <translation>{file} n&apos;est pas un classeur Excel ou OpenDocument (XLSX, XLSM, XLSB, XLS, ODS)</translation>
    </message>
    <message>
        <source>{file}: is not a file</source>
        <translation>{file}&#xa0;: n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>{file} is {size} MB; files over {limit} MB are not imported (split the export or raise the limit)</source>
        <translation>{file} fait {size} Mo&#xa0;; les fichiers de plus de {limit} Mo ne sont pas importés (scindez l&apos;export ou augmentez la limite)</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} est vide</translation>
    </message>
    <message>
        <source>{file}: file not found.</source>
        <translation>{file}&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>{file}: cannot be opened ({error})</source>
        <translation>{file}&#xa0;: ne peut pas être ouvert ({error})</translation>
    </message>
    <message>
        <source>{file} contains {parts} parts; this is not a normal spreadsheet</source>
        <translation>{file} contient {parts} parties&#xa0;; ce n&apos;est pas un classeur normal</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB; over the limit of {limit} MB</source>
        <translation>{file} fait {size} Mo une fois décompressé&#xa0;; au-delà de la limite de {limit} Mo</translation>
    </message>
    <message>
        <source>{file}: part {part!r} is compressed {ratio}:1; refused as a possible zip bomb</source>
        <translation>{file}&#xa0;: la partie {part!r} est compressée dans un rapport de {ratio}:1&#xa0;; refusée car il pourrait s&apos;agir d&apos;une bombe de décompression (zip bomb)</translation>
    </message>
    <message>
        <source>{file}: part {part!r} declares XML entities (DOCTYPE); refused (billion-laughs protection)</source>
        <translation>{file}&#xa0;: la partie {part!r} déclare des entités XML (DOCTYPE)&#xa0;; refusée (protection contre l&apos;attaque «&#xa0;billion laughs&#xa0;»)</translation>
    </message>
    <message>
        <source>{options} cannot be used with a {format} file: its messages carry their own units, numbers and times</source>
        <translation>impossible d&apos;utiliser {options} avec un fichier {format}&#xa0;: ses messages portent leurs propres unités, nombres et heures</translation>
    </message>
    <message>
        <source>{file}: the header has {width} columns; more than {limit} are not read (is this a laboratory export?)</source>
        <translation>{file}&#xa0;: l&apos;en-tête compte {width} colonnes&#xa0;; les fichiers de plus de {limit} colonnes ne sont pas lus (s&apos;agit-il bien d&apos;un export de laboratoire&#xa0;?)</translation>
    </message>
    <message>
        <source>more than {limit} data rows; split the export or raise the row limit</source>
        <translation>plus de {limit} lignes de données&#xa0;; scindez l&apos;export ou augmentez la limite de lignes</translation>
    </message>
    <message>
        <source>format must be one of {formats}, not {format!r}</source>
        <translation>le format doit être l&apos;un des suivants&#xa0;: {formats}&#xa0;; pas {format!r}</translation>
    </message>
    <message>
        <source>{file}: the spreadsheet reader ran out of memory; the sheet is too large to read (export it as CSV)</source>
        <translation>{file}&#xa0;: le lecteur de classeurs a manqué de mémoire&#xa0;; la feuille est trop grande pour être lue (exportez-la en CSV)</translation>
    </message>
    <message>
        <source>a worksheet part is not XML</source>
        <translation>une partie de feuille de calcul n&apos;est pas du XML</translation>
    </message>
    <message>
        <source>{file}: the spreadsheet reader stopped (exit status {status}) before it could read the sheet: the sheet is too large or damaged; save it again from the spreadsheet program, or export it as CSV</source>
        <translation>{file}&#xa0;: le lecteur de classeurs s&apos;est arrêté (code de sortie {status}) avant d&apos;avoir pu lire la feuille&#xa0;: la feuille est trop grande ou endommagée&#xa0;; enregistrez le fichier à nouveau depuis le tableur, ou exportez la feuille en CSV</translation>
    </message>
    <message>
        <source>{file}: a worksheet ({part}) reaches cell {cell} ({rows} rows × {cols} columns); sheets wider than {max_cols} columns or larger than {max_cells} cells are not read (delete the far cells or export only the results)</source>
        <translation>{file}&#xa0;: une feuille de calcul ({part}) s&apos;étend jusqu&apos;à la cellule {cell} ({rows} lignes × {cols} colonnes)&#xa0;; les feuilles de plus de {max_cols} colonnes ou de plus de {max_cells} cellules ne sont pas lues (supprimez les cellules éloignées ou n&apos;exportez que les résultats)</translation>
    </message>
    <message>
        <source>the time format must include the time of day (%H:%M)</source>
        <translation>le format de l&apos;heure doit inclure l&apos;heure du jour (%H:%M)</translation>
    </message>
    <message>
        <source>Newcombe hybrid score</source>
        <translation>Score hybride de Newcombe</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence does not apply to this patient.</source>
        <translation>Les données probantes ImmunoSep ne s&apos;appliquent pas à ce patient.</translation>
    </message>
    <message>
        <source>Patient history — ImmunoSep phenotypes</source>
        <translation>Historique du patient — phénotypes ImmunoSep</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Patient&#xa0;: {patient}</translation>
    </message>
    <message>
        <source>ImmunoSep Phenotyper {version}</source>
        <translation>ImmunoSep Phenotyper {version}</translation>
    </message>
    <message>
        <source>Generated {when}</source>
        <translation>Généré le {when}</translation>
    </message>
    <message>
        <source>Patient history</source>
        <translation>Historique du patient</translation>
    </message>
    <message>
        <source>Patient identifier (as entered):</source>
        <translation>Identifiant du patient (tel que saisi)&#xa0;:</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Généré le&#xa0;:</translation>
    </message>
    <message>
        <source>{change} ({when})</source>
        <translation>{change} ({when})</translation>
    </message>
    <message>
        <source>Phenotype changes: {changes}</source>
        <translation>Changements de phénotype&#xa0;: {changes}</translation>
    </message>
    <message>
        <source>Markers: triangle MALS, square immunoparalysis, circle unclassified, cross cannot classify; open markers are censored values at their bound. Dashed lines: entry thresholds (ferritin 4420 ng/mL, HLA-DR 5000 AB/C). Only current versions are drawn.</source>
        <translation>Marqueurs&#xa0;: triangle MALS, carré immunoparalysie, cercle non classé, croix classification impossible&#xa0;; les marqueurs vides sont des valeurs censurées, placées à leur borne. Tirets&#xa0;: seuils d&apos;entrée (ferritine 4420 ng/mL, HLA-DR 5000 AB/C). Seules les versions en vigueur sont tracées.</translation>
    </message>
    <message>
        <source>Decision support only: the treating clinician decides.</source>
        <translation>Aide à la décision uniquement&#xa0;: le clinicien en charge décide.</translation>
    </message>
    <message>
        <source>Ferritin, ng/mL (logarithmic scale)</source>
        <translation>Ferritine, ng/mL (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR, AB/C</source>
        <translation>HLA-DR monocytaire, AB/C</translation>
    </message>
    <message>
        <source>No values to draw: no current assessment has ferritin or HLA-DR in AB/C.</source>
        <translation>Aucune valeur à tracer&#xa0;: aucune évaluation en vigueur ne comporte de ferritine ni d&apos;HLA-DR en AB/C.</translation>
    </message>
    <message>
        <source>Daily SOFA and the day-9 measure (day 1 = {date}, the day of phenotyping)</source>
        <translation>SOFA quotidien et critère J9 (J1 = {date}, jour du phénotypage)</translation>
    </message>
    <message>
        <source>No stored assessments.</source>
        <translation>Aucune évaluation enregistrée.</translation>
    </message>
    <message>
        <source>Sampled (or assessed)</source>
        <translation>Prélèvement (ou évaluation)</translation>
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
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>{when} ({basis})</source>
        <translation>{when} ({basis})</translation>
    </message>
    <message>
        <source>The {n} oldest assessments are not shown; the window lists them all.</source>
        <translation>Les {n} évaluations les plus anciennes ne sont pas affichées&#xa0;; la fenêtre les liste toutes.</translation>
    </message>
    <message>
        <source>The stored scores (eligibility, daily SOFA, HScore) could not be read and are not printed: {reason}</source>
        <translation>Les scores enregistrés (éligibilité, SOFA quotidien, HScore) n&apos;ont pas pu être lus et ne sont pas imprimés&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>prélèvement</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>{text!r} is not a date of the form YYYY-MM-DD (e.g. 1958-03-14); other forms are ambiguous and never guessed</source>
        <translation>{text!r} n&apos;est pas une date au format AAAA-MM-JJ (p.&#xa0;ex. 1958-03-14)&#xa0;; les autres formes sont ambiguës et ne sont jamais devinées</translation>
    </message>
    <message>
        <source>Not a diagnosis and not a prescription: check every value against the laboratory report.</source>
        <translation>Ni un diagnostic ni une prescription&#xa0;: vérifiez chaque valeur par rapport au compte rendu du laboratoire.</translation>
    </message>
    <message>
        <source>NEAR THRESHOLD</source>
        <translation>PROCHE DU SEUIL</translation>
    </message>
    <message>
        <source>{sampled}; processed {processed}</source>
        <translation>{sampled}&#xa0;; traité le {processed}</translation>
    </message>
    <message>
        <source>PROVISIONAL: day {day} of 9.</source>
        <translation>PROVISOIRE&#xa0;: J{day} sur 9.</translation>
    </message>
    <message>
        <source>Final.</source>
        <translation>Définitif.</translation>
    </message>
    <message>
        <source>* missing day: the last value carried forward; ° not over yet: carried forward for now; † from the day of death: counted 24.</source>
        <translation>* jour manquant&#xa0;: dernière valeur reportée&#xa0;; ° pas encore terminé&#xa0;: valeur reportée pour l&apos;instant&#xa0;; † à partir du jour du décès&#xa0;: compté 24.</translation>
    </message>
    <message>
        <source>Study day</source>
        <translation>Jour d&apos;étude</translation>
    </message>
    <message>
        <source>The file changed while it was being read (is it still being written?); open it again when it is complete.</source>
        <translation>Le fichier a changé pendant sa lecture (est-il encore en cours d&apos;écriture&#xa0;?)&#xa0;; ouvrez-le à nouveau lorsqu&apos;il sera complet.</translation>
    </message>
    <message>
        <source>there is no stored assessment to export for this patient</source>
        <translation>aucune évaluation enregistrée à exporter pour ce patient</translation>
    </message>
    <message>
        <source>the export is not valid FHIR R4: {problems}</source>
        <translation>l&apos;export n&apos;est pas du FHIR R4 valide&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>a patient identifier is needed</source>
        <translation>un identifiant patient est nécessaire</translation>
    </message>
    <message>
        <source>the report to attach is not a PDF file</source>
        <translation>le rapport à joindre n&apos;est pas un fichier PDF</translation>
    </message>
    <message>
        <source>the PDF has no current assessment to belong to</source>
        <translation>le PDF ne se rattache à aucune évaluation en vigueur</translation>
    </message>
    <message>
        <source>This cohort was classified with another rule set; import the file again.</source>
        <translation>Cette cohorte a été classée avec un autre ensemble de règles&#xa0;; importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>The file is neither an HL7 v2 nor a FHIR JSON file; the inbox reads laboratory messages only.</source>
        <translation>Le fichier n&apos;est ni un fichier HL7 v2 ni un fichier JSON FHIR&#xa0;; la boîte de réception ne lit que des messages de laboratoire.</translation>
    </message>
    <message>
        <source>Another inbox runner is working on {folder}; this pass was skipped.</source>
        <translation>Un autre processus de lecture de la boîte de réception traite {folder}&#xa0;; ce passage a été ignoré.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} cannot be used: {error}.</source>
        <translation>Le répertoire de réception {folder} ne peut pas être utilisé&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Not stored: {error}</source>
        <translation>Non enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>A reason is needed to correct an assessment.</source>
        <translation>Un motif est nécessaire pour corriger une évaluation.</translation>
    </message>
    <message>
        <source>Assessment #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>L&apos;évaluation #{id} a déjà été corrigée par #{newer}&#xa0;; corrigez la version la plus récente.</translation>
    </message>
    <message>
        <source>An imported row was classified with another rule set; import the file again.</source>
        <translation>Une ligne importée a été classée avec un autre ensemble de règles&#xa0;; importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>rapport écrit</translation>
    </message>
    <message>
        <source>report failed</source>
        <translation>échec du rapport</translation>
    </message>
    <message>
        <source>rejected at import</source>
        <translation>rejetée à l&apos;import</translation>
    </message>
    <message>
        <source>not done: cancelled</source>
        <translation>non traitée&#xa0;: annulation</translation>
    </message>
    <message>
        <source>cohort summary not written: {kind}</source>
        <translation>synthèse de cohorte non écrite&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>{file} not written: {kind}</source>
        <translation>{file} non écrit&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>This patient has no saved assessment yet; save the assessment first (the checklist is stored with it).</source>
        <translation>Ce patient n&apos;a pas encore d&apos;évaluation enregistrée&#xa0;; enregistrez d&apos;abord l&apos;évaluation (la liste de contrôle est enregistrée avec elle).</translation>
    </message>
    <message>
        <source>This patient has no saved assessment yet; save the assessment first (the HScore is stored with it).</source>
        <translation>Ce patient n&apos;a pas encore d&apos;évaluation enregistrée&#xa0;; enregistrez d&apos;abord l&apos;évaluation (le HScore est enregistré avec elle).</translation>
    </message>
    <message>
        <source>Day {day} is before day 1, the day of phenotyping.</source>
        <translation>J{day} est antérieur à J1, le jour du phénotypage.</translation>
    </message>
    <message>
        <source>{date} is day {placed} of this patient&apos;s course (day 1 is {day_one}), not day {day}.</source>
        <translation>{date} correspond à J{placed} du suivi de ce patient (J1&#xa0;: {day_one}), et non à J{day}.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day_one}).</source>
        <translation>{date} est antérieure à J1 ({day_one}).</translation>
    </message>
    <message>
        <source>{date} is after today; a SOFA is recorded for a day that has begun.</source>
        <translation>{date} est postérieure à aujourd&apos;hui&#xa0;; un SOFA s&apos;enregistre pour un jour déjà commencé.</translation>
    </message>
    <message>
        <source>The HScore needs all nine variables before it can be saved.</source>
        <translation>Le HScore nécessite les neuf variables avant de pouvoir être enregistré.</translation>
    </message>
    <message>
        <source>Day {day} already has a SOFA (record #{record}); correct that record instead.</source>
        <translation>J{day} a déjà un SOFA (enregistrement #{record})&#xa0;; corrigez plutôt cet enregistrement.</translation>
    </message>
    <message>
        <source>{date} is after the recorded death ({death}); no SOFA is kept after it.</source>
        <translation>{date} est postérieure au décès enregistré ({death})&#xa0;; aucun SOFA n&apos;est conservé après celui-ci.</translation>
    </message>
    <message>
        <source>The date of day {day} is needed: no day 1 is recorded yet for this patient.</source>
        <translation>La date de J{day} est nécessaire&#xa0;: aucun J1 n&apos;est encore enregistré pour ce patient.</translation>
    </message>
    <message>
        <source>A death is already recorded (record #{record}); correct that record instead.</source>
        <translation>Un décès est déjà enregistré (enregistrement #{record})&#xa0;; corrigez plutôt cet enregistrement.</translation>
    </message>
    <message>
        <source>{date} is after today.</source>
        <translation>{date} est postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day_one}) of this patient&apos;s SOFA course.</source>
        <translation>{date} est antérieure à J1 ({day_one}) du suivi SOFA de ce patient.</translation>
    </message>
    <message>
        <source>Day {day} has a SOFA after that date; correct or mark it first.</source>
        <translation>J{day}, postérieur à cette date, a un SOFA&#xa0;; corrigez-le ou marquez-le d&apos;abord comme erreur de saisie.</translation>
    </message>
    <message>
        <source>Assessment #{assessment} already has an eligibility checklist (record #{record}); correct that record instead.</source>
        <translation>L&apos;évaluation #{assessment} a déjà une liste de contrôle d&apos;éligibilité (enregistrement #{record})&#xa0;; corrigez plutôt cet enregistrement.</translation>
    </message>
    <message>
        <source>Assessment #{id} is not one of this patient&apos;s.</source>
        <translation>L&apos;évaluation #{id} n&apos;appartient pas à ce patient.</translation>
    </message>
    <message>
        <source>The site configuration cannot be used: {error}</source>
        <extracomment>{error}: what is wrong in site.toml (its file and key), in English</extracomment>
        <translation>La configuration du site est inutilisable&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The site configuration names no ward database server.</source>
        <translation>La configuration du site n&apos;indique aucun serveur de base de données du service.</translation>
    </message>
    <message>
        <source>The site configuration&apos;s database URL {url} must name an absolute file path (sqlite:////path/clinical.sqlite).</source>
        <translation>L&apos;URL de base de données {url} de la configuration du site doit indiquer un chemin de fichier absolu (sqlite:////path/clinical.sqlite).</translation>
    </message>
    <message>
        <source>Ask IT to correct it.</source>
        <translation>Demandez au service informatique de la corriger.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created: {reason}.</source>
        <translation>Le dossier de données {folder} ne peut pas être créé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder (--data-dir or IMMUNOSEP_DATA_DIR) or ask IT.</source>
        <translation>Choisissez un autre dossier (--data-dir ou IMMUNOSEP_DATA_DIR) ou adressez-vous au service informatique.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>La sauvegarde ne peut pas être écrite par-dessus la base de données elle-même.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer (package postgresql-client). Run instead, where it is: {command}</source>
        <translation>pg_dump n&apos;est pas installé sur cet ordinateur (paquet postgresql-client). Exécutez plutôt, là où il est installé&#xa0;: {command}</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name or use --force to replace it.</source>
        <translation>{file} existe déjà&#xa0;; choisissez un nouveau nom de fichier ou utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>{file} est un dossier&#xa0;; indiquez un nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>pg_dump failed ({detail}); no backup was written.</source>
        <translation>pg_dump a échoué ({detail})&#xa0;; aucune sauvegarde n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({detail}).</source>
        <translation>La vérification de la copie de sauvegarde a échoué ({detail}).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing from it was stored.</source>
        <translation>L&apos;import a été annulé&#xa0;; rien n&apos;en a été enregistré.</translation>
    </message>
    <message>
        <source>Row {row}: {error}</source>
        <extracomment>{row}: a row of the imported file; {error}: why its patient identifier was refused (a whole sentence)</extracomment>
        <translation>Ligne {row}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Nothing from this file was stored.</source>
        <translation>Rien de ce fichier n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Ask IT to run &apos;immunosep db migrate --db-user OWNER&apos; (the database owner role) once; workstations cannot change the schema.</source>
        <translation>Demandez au service informatique d&apos;exécuter une fois «&#xa0;immunosep db migrate --db-user OWNER&#xa0;» (le rôle propriétaire de la base de données)&#xa0;; les postes de travail ne peuvent pas modifier le schéma.</translation>
    </message>
    <message>
        <source>{file} is a training database and cannot be opened as the clinical database: training and clinical records are kept strictly apart.</source>
        <translation>Le fichier {file} est une base de données de formation et ne peut pas être ouvert comme base de données clinique&#xa0;: les dossiers de formation et les dossiers cliniques sont strictement séparés.</translation>
    </message>
    <message>
        <source>The ward database {server} is a training database, not the clinical database: training and clinical records are kept strictly apart.</source>
        <translation>La base de données du service {server} est une base de données de formation, et non la base de données clinique&#xa0;: les dossiers de formation et les dossiers cliniques sont strictement séparés.</translation>
    </message>
    <message>
        <source>The ward database {server} is not marked as a clinical database and cannot be used: training and clinical records are kept strictly apart.</source>
        <translation>La base de données du service {server} n&apos;est pas marquée comme base de données clinique et ne peut pas être utilisée&#xa0;: les dossiers de formation et les dossiers cliniques sont strictement séparés.</translation>
    </message>
    <message>
        <source>The ward database {server} has schema {revision}, but this app needs schema {head}.</source>
        <translation>La base de données du service {server} a le schéma {revision}, mais cette application nécessite le schéma {head}.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database but not an ImmunoSep database; choose another data folder.</source>
        <translation>Le fichier {file} est une base de données SQLite, mais pas une base de données ImmunoSep&#xa0;; choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The file was left as it was.</source>
        <translation>Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>{file} is a clinical database and cannot be opened as the training database: training and clinical records are kept strictly apart.</source>
        <translation>Le fichier {file} est une base de données clinique et ne peut pas être ouvert comme base de données de formation&#xa0;: les dossiers de formation et les dossiers cliniques sont strictement séparés.</translation>
    </message>
    <message>
        <source>{file} is marked neither as a clinical nor as a training database and cannot be opened: training and clinical records are kept strictly apart.</source>
        <translation>Le fichier {file} n&apos;est marqué ni comme base de données clinique ni comme base de données de formation et ne peut pas être ouvert&#xa0;: les dossiers de formation et les dossiers cliniques sont strictement séparés.</translation>
    </message>
    <message>
        <source>The ward database {server} is empty, but this app needs schema {head}.</source>
        <translation>La base de données du service {server} est vide, mais cette application nécessite le schéma {head}.</translation>
    </message>
    <message>
        <source>Nothing of this operation was saved.</source>
        <translation>Rien de cette opération n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <source>Free some disk space (or ask IT), then try again.</source>
        <translation>Libérez de l&apos;espace disque (ou adressez-vous au service informatique), puis réessayez.</translation>
    </message>
    <message>
        <source>Check the disk, then try again.</source>
        <translation>Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Ask IT to give this account write access to the database file and its folder.</source>
        <translation>Demandez au service informatique de donner à ce compte l&apos;accès en écriture au fichier de la base de données et à son dossier.</translation>
    </message>
    <message>
        <source>Keep the file for investigation and restore the latest backup.</source>
        <translation>Conservez le fichier pour analyse et restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>Keep the file for investigation and restore the latest backup (immunosep db backup makes one).</source>
        <translation>Conservez le fichier pour analyse et restaurez la dernière sauvegarde (immunosep db backup en crée une).</translation>
    </message>
    <message>
        <source>Tell IT.</source>
        <translation>Prévenez le service informatique.</translation>
    </message>
    <message>
        <source>Nothing is stored on this computer instead; try again when the server is back, or ask IT if this persists.</source>
        <translation>Rien n&apos;est enregistré à la place sur cet ordinateur&#xa0;; réessayez quand le serveur sera de nouveau disponible, ou adressez-vous au service informatique si le problème persiste.</translation>
    </message>
    <message>
        <source>Ask IT to check the database role and its password (OS keyring or .pgpass) or Kerberos ticket.</source>
        <translation>Demandez au service informatique de vérifier le rôle de base de données et son mot de passe (trousseau du système d&apos;exploitation ou .pgpass) ou le ticket Kerberos.</translation>
    </message>
    <message>
        <source>Use the newer version of the app that wrote it.</source>
        <translation>Utilisez la version plus récente de l&apos;application qui l&apos;a écrite.</translation>
    </message>
    <message>
        <source>The database refused the record ({detail}).</source>
        <translation>La base de données a refusé l&apos;enregistrement ({detail}).</translation>
    </message>
    <message>
        <source>Some text given for the record is not valid Unicode (bytes that are not UTF-8).</source>
        <translation>Un texte fourni pour l&apos;enregistrement n&apos;est pas de l&apos;Unicode valide (octets qui ne sont pas de l&apos;UTF-8).</translation>
    </message>
    <message>
        <source>The disk holding the database {file} is full.</source>
        <translation>Le disque contenant la base de données {file} est plein.</translation>
    </message>
    <message>
        <source>The disk holding the backup {file} is full.</source>
        <translation>Le disque contenant la sauvegarde {file} est plein.</translation>
    </message>
    <message>
        <source>The disk holding the ward database {server} is full.</source>
        <translation>Le disque contenant la base de données du service {server} est plein.</translation>
    </message>
    <message>
        <source>The database {file} is read-only for this user.</source>
        <translation>La base de données {file} est en lecture seule pour cet utilisateur.</translation>
    </message>
    <message>
        <source>The backup {file} is read-only for this user.</source>
        <translation>La sauvegarde {file} est en lecture seule pour cet utilisateur.</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened (the file or its folder is missing or not accessible).</source>
        <translation>La base de données {file} ne peut pas être ouverte (le fichier ou son dossier est absent ou inaccessible).</translation>
    </message>
    <message>
        <source>The backup {file} cannot be opened (the file or its folder is missing or not accessible).</source>
        <translation>La sauvegarde {file} ne peut pas être ouverte (le fichier ou son dossier est absent ou inaccessible).</translation>
    </message>
    <message>
        <source>The database {file} is busy: another program kept it locked for too long.</source>
        <translation>La base de données {file} est occupée&#xa0;: un autre programme l&apos;a verrouillée trop longtemps.</translation>
    </message>
    <message>
        <source>The backup {file} is busy: another program kept it locked for too long.</source>
        <translation>La sauvegarde {file} est occupée&#xa0;: un autre programme l&apos;a verrouillée trop longtemps.</translation>
    </message>
    <message>
        <source>The database {file} is damaged or is not an ImmunoSep database ({detail}).</source>
        <translation>La base de données {file} est endommagée ou n&apos;est pas une base de données ImmunoSep ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} is damaged or is not an ImmunoSep database ({detail}).</source>
        <translation>La sauvegarde {file} est endommagée ou n&apos;est pas une base de données ImmunoSep ({detail}).</translation>
    </message>
    <message>
        <source>A disk error stopped writing the database {file} ({detail}).</source>
        <translation>Une erreur de disque a interrompu l&apos;écriture de la base de données {file} ({detail}).</translation>
    </message>
    <message>
        <source>A disk error stopped writing the backup {file} ({detail}).</source>
        <translation>Une erreur de disque a interrompu l&apos;écriture de la sauvegarde {file} ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} could not be used ({detail}).</source>
        <translation>La base de données {file} n&apos;a pas pu être utilisée ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} could not be used ({detail}).</source>
        <translation>La sauvegarde {file} n&apos;a pas pu être utilisée ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} could not be used ({detail}).</source>
        <translation>La base de données du service {server} n&apos;a pas pu être utilisée ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} could not be used: {reason}.</source>
        <translation>La base de données {file} n&apos;a pas pu être utilisée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The backup {file} could not be used: {reason}.</source>
        <translation>La sauvegarde {file} n&apos;a pas pu être utilisée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The ward database {server} could not be used: {reason}.</source>
        <translation>La base de données du service {server} n&apos;a pas pu être utilisée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The database {file} cannot be written: {reason}.</source>
        <translation>La base de données {file} ne peut pas être écrite&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be written: {reason}.</source>
        <translation>La sauvegarde {file} ne peut pas être écrite&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The ward database {server} cannot be written: {reason}.</source>
        <translation>La base de données du service {server} ne peut pas être écrite&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The database {file} failed ({error}).</source>
        <translation>Une erreur s&apos;est produite avec la base de données {file} ({error}).</translation>
    </message>
    <message>
        <source>The backup {file} failed ({error}).</source>
        <translation>Une erreur s&apos;est produite avec la sauvegarde {file} ({error}).</translation>
    </message>
    <message>
        <source>The ward database {server} failed ({error}).</source>
        <translation>Une erreur s&apos;est produite avec la base de données du service {server} ({error}).</translation>
    </message>
    <message>
        <source>The ward database {server} refused the login ({detail}).</source>
        <translation>La base de données du service {server} a refusé l&apos;authentification ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} refused the operation: the database role lacks a privilege ({detail}).</source>
        <translation>La base de données du service {server} a refusé l&apos;opération&#xa0;: il manque un privilège au rôle de base de données ({detail}).</translation>
    </message>
    <message>
        <source>The server of the ward database {server} is out of disk space or memory ({detail}).</source>
        <translation>Le serveur de la base de données du service {server} manque d&apos;espace disque ou de mémoire ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} accepts no writes at the moment (read-only server).</source>
        <translation>La base de données du service {server} n&apos;accepte aucune écriture pour le moment (serveur en lecture seule).</translation>
    </message>
    <message>
        <source>The ward database {server} is busy ({detail}).</source>
        <translation>La base de données du service {server} est occupée ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} cannot be reached ({detail}).</source>
        <translation>La base de données du service {server} est injoignable ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} has schema {revision}, newer than this app understands ({head}).</source>
        <translation>La base de données {file} a le schéma {revision}, plus récent que ce que comprend cette application ({head}).</translation>
    </message>
    <message>
        <source>The ward database {server} has schema {revision}, newer than this app understands ({head}).</source>
        <translation>La base de données du service {server} a le schéma {revision}, plus récent que ce que comprend cette application ({head}).</translation>
    </message>
    <message>
        <source>The database {file} has schema version {version}, newer than this app understands.</source>
        <translation>La base de données {file} a la version de schéma {version}, plus récente que ce que comprend cette application.</translation>
    </message>
    <message>
        <source>The ward database {server} has schema version {version}, newer than this app understands.</source>
        <translation>La base de données du service {server} a la version de schéma {version}, plus récente que ce que comprend cette application.</translation>
    </message>
    <message>
        <source>SQLite databases are corrupted by the unreliable file locking of network shares.</source>
        <translation>Les bases de données SQLite sont corrompues par le verrouillage de fichiers peu fiable des partages réseau.</translation>
    </message>
    <message>
        <source>Choose a folder on this computer&apos;s own disk (--data-dir or IMMUNOSEP_DATA_DIR); a shared hospital database server is the supported way to share records.</source>
        <translation>Choisissez un dossier sur le disque propre de cet ordinateur (--data-dir ou IMMUNOSEP_DATA_DIR)&#xa0;; pour partager des dossiers patients, la méthode prise en charge est un serveur de base de données partagé de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>The database folder {folder} cannot be used because it is on a network file system ({fstype}).</source>
        <translation>Le dossier de la base de données {folder} ne peut pas être utilisé, car il se trouve sur un système de fichiers réseau ({fstype}).</translation>
    </message>
    <message>
        <source>The data folder {folder} exists but is not a folder.</source>
        <translation>Le dossier de données {folder} existe, mais ce n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The database folder {folder} cannot be used because it is on a network drive or UNC share.</source>
        <translation>Le dossier de la base de données {folder} ne peut pas être utilisé, car il se trouve sur un lecteur réseau ou un partage UNC.</translation>
    </message>
    <message>
        <source>The {field} contains bytes that are not valid UTF-8 text; type it again.</source>
        <extracomment>{field}: the name of a stored column, shown as it is</extracomment>
        <translation>Le champ «&#xa0;{field}&#xa0;» contient des octets qui ne sont pas du texte UTF-8 valide&#xa0;; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>A reason is needed to mark a record as entered in error.</source>
        <translation>Un motif est nécessaire pour marquer un enregistrement comme erreur de saisie.</translation>
    </message>
    <message>
        <source>The patient identifier contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>L&apos;identifiant patient contient des octets qui ne sont pas du texte UTF-8 valide&#xa0;; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The pseudonym contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Le pseudonyme contient des octets qui ne sont pas du texte UTF-8 valide&#xa0;; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The correction reason contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Le motif de la correction contient des octets qui ne sont pas du texte UTF-8 valide&#xa0;; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The reason contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>Le motif contient des octets qui ne sont pas du texte UTF-8 valide&#xa0;; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>There is no assessment #{id}.</source>
        <translation>L&apos;évaluation #{id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Assessment #{id} is already marked as entered in error.</source>
        <translation>L&apos;évaluation #{id} est déjà marquée comme erreur de saisie.</translation>
    </message>
    <message>
        <source>Record #{id} is already marked as entered in error.</source>
        <translation>L&apos;enregistrement #{id} est déjà marqué comme erreur de saisie.</translation>
    </message>
    <message>
        <source>A patient identifier is needed to save an assessment.</source>
        <translation>Un identifiant patient est nécessaire pour enregistrer une évaluation.</translation>
    </message>
    <message>
        <source>There is no daily SOFA #{id}.</source>
        <translation>Le SOFA quotidien #{id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no death record #{id}.</source>
        <translation>L&apos;enregistrement de décès #{id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no eligibility checklist #{id}.</source>
        <translation>La liste de contrôle d&apos;éligibilité #{id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no HScore #{id}.</source>
        <translation>Le HScore #{id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Le SOFA quotidien #{id} a déjà été corrigé par #{newer}&#xa0;; corrigez la version la plus récente.</translation>
    </message>
    <message>
        <source>The death record #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>L&apos;enregistrement de décès #{id} a déjà été corrigé par #{newer}&#xa0;; corrigez la version la plus récente.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>La liste de contrôle d&apos;éligibilité #{id} a déjà été corrigée par #{newer}&#xa0;; corrigez la version la plus récente.</translation>
    </message>
    <message>
        <source>The HScore #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>Le HScore #{id} a déjà été corrigé par #{newer}&#xa0;; corrigez la version la plus récente.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>Le SOFA quotidien #{id} est marqué comme erreur de saisie&#xa0;; saisissez-en plutôt un nouveau.</translation>
    </message>
    <message>
        <source>The death record #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>L&apos;enregistrement de décès #{id} est marqué comme erreur de saisie&#xa0;; saisissez-en plutôt un nouveau.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>La liste de contrôle d&apos;éligibilité #{id} est marquée comme erreur de saisie&#xa0;; saisissez-en plutôt une nouvelle.</translation>
    </message>
    <message>
        <source>The HScore #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>Le HScore #{id} est marqué comme erreur de saisie&#xa0;; saisissez-en plutôt un nouveau.</translation>
    </message>
    <message>
        <source>A reason is needed to correct a daily SOFA.</source>
        <translation>Un motif est nécessaire pour corriger un SOFA quotidien.</translation>
    </message>
    <message>
        <source>A reason is needed to correct a death record.</source>
        <translation>Un motif est nécessaire pour corriger un enregistrement de décès.</translation>
    </message>
    <message>
        <source>A reason is needed to correct an eligibility checklist.</source>
        <translation>Un motif est nécessaire pour corriger une liste de contrôle d&apos;éligibilité.</translation>
    </message>
    <message>
        <source>A reason is needed to correct an HScore.</source>
        <translation>Un motif est nécessaire pour corriger un HScore.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} belongs to another patient.</source>
        <translation>Le SOFA quotidien #{id} appartient à un autre patient.</translation>
    </message>
    <message>
        <source>The death record #{id} belongs to another patient.</source>
        <translation>L&apos;enregistrement de décès #{id} appartient à un autre patient.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} belongs to another patient.</source>
        <translation>La liste de contrôle d&apos;éligibilité #{id} appartient à un autre patient.</translation>
    </message>
    <message>
        <source>The HScore #{id} belongs to another patient.</source>
        <translation>Le HScore #{id} appartient à un autre patient.</translation>
    </message>
    <message>
        <source>SQLite refused WAL journal mode (got {mode}).</source>
        <translation>SQLite a refusé le mode de journalisation WAL (obtenu&#xa0;: {mode}).</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened: it or its folder is read-only for this user.</source>
        <translation>La base de données {file} ne peut pas être ouverte&#xa0;: elle-même ou son dossier est en lecture seule pour cet utilisateur.</translation>
    </message>
    <message>
        <source>immunoparalysis</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>immunoparalysie</translation>
    </message>
    <message>
        <source>unclassified</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>non classé</translation>
    </message>
    <message>
        <source>Trial day-15 reversal definitions (information only; outcome definitions, not treatment rules):</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Définitions de la réversion à J15 dans l&apos;essai (à titre d&apos;information&#xa0;; définitions de critères d&apos;évaluation, pas des règles de traitement)&#xa0;:</translation>
    </message>
    <message>
        <source>Immunoparalysis reversal: HLA-DR &gt; 8000 AB/C with ferritin &lt; 4420 ng/mL. 8000 is not the entry threshold (5000 AB/C).</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Réversion de l&apos;immunoparalysie&#xa0;: HLA-DR &gt; 8000 AB/C avec ferritine &lt; 4420 ng/mL. 8000 n&apos;est pas le seuil d&apos;inclusion (5000 AB/C).</translation>
    </message>
    <message>
        <source>MALS reversal: defined by a fall in ferritin with a 15 % threshold; the exact wording has not been verified against the trial&apos;s statistical analysis plan.</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Réversion du MALS&#xa0;: définie par une baisse de la ferritine avec un seuil de 15&#xa0;%&#xa0;; la formulation exacte n&apos;a pas été vérifiée par rapport au plan d&apos;analyse statistique de l&apos;essai.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>rempli</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non établi</translation>
    </message>
    <message>
        <source>Criterion of the rule</source>
        <translation>Critère de la règle</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Tel que saisi</translation>
    </message>
    <message>
        <source>Used by the rule</source>
        <translation>Utilisé par la règle</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Heure de prélèvement</translation>
    </message>
    <message>
        <source>{label} in full (as entered): {value}</source>
        <translation>{label} en entier (tel que saisi)&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>this patient</source>
        <translation>ce patient</translation>
    </message>
    <message>
        <source>Key points of the ImmunoSep evidence</source>
        <translation>Points clés des données probantes ImmunoSep</translation>
    </message>
    <message>
        <source>doi:{doi} · {registry}</source>
        <translation>doi:{doi} · {registry}</translation>
    </message>
    <message>
        <source>Training case note: {note}</source>
        <translation>Note du cas de formation&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>not usable: {unit} cannot be converted to AB/C</source>
        <translation>inutilisable&#xa0;: {unit} ne peut pas être converti en AB/C</translation>
    </message>
    <message>
        <source>Reviewed by (name)</source>
        <translation>Vérifié par (nom)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Training case note</source>
        <translation>Note du cas de formation</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm: {arm} (evidence, not an order).</source>
        <translation>Bras de l&apos;essai ImmunoSep&#xa0;: {arm} (données probantes, pas une prescription).</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Aucun avertissement.</translation>
    </message>
    <message>
        <source>Patient label</source>
        <translation>Étiquette patient</translation>
    </message>
    <message>
        <source>No point on the map: ferritin is needed to place the patient.</source>
        <translation>Aucun point sur la carte&#xa0;: la ferritine est nécessaire pour placer le patient.</translation>
    </message>
    <message>
        <source>Patient: {id}</source>
        <translation>Patient&#xa0;: {id}</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Données probantes</translation>
    </message>
    <message>
        <source>{version}, cut-off {cutoff}</source>
        <translation>{version}, arrêtées au {cutoff}</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Généré par</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Values from</source>
        <translation>Valeurs issues de</translation>
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
            <numerusform>{n} valeur de ferritine de 0 ng/mL ne peut pas être tracée sur l&apos;axe logarithmique.</numerusform>
            <numerusform>{n} valeurs de ferritine de 0 ng/mL ne peuvent pas être tracées sur l&apos;axe logarithmique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {patient} — {result}</source>
        <translation>Ligne {row}&#xa0;: {patient} — {result}</translation>
    </message>
    <message>
        <source>{entry} — near threshold</source>
        <translation>{entry} — proche du seuil</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Near a threshold</source>
        <translation>Proche d&apos;un seuil</translation>
    </message>
    <message>
        <source>Rejected at import</source>
        <translation>Rejetées à l&apos;import</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>Rapports écrits</translation>
    </message>
    <message>
        <source>Reports failed</source>
        <translation>Rapports en échec</translation>
    </message>
    <message>
        <source>Not done (cancelled)</source>
        <translation>Non faits (annulés)</translation>
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
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>ImmunoSep reports: {source}</source>
        <translation>Rapports ImmunoSep&#xa0;: {source}</translation>
    </message>
    <message>
        <source>corrects #{id}: {reason}</source>
        <translation>corrige #{id}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>superseded by #{id}</source>
        <translation>remplacé par #{id}</translation>
    </message>
    <message>
        <source>MALS</source>
        <extracomment>desktop_app.core.charts | desktop_app.core.trend</extracomment>
        <translation>MALS</translation>
    </message>
    <message>
        <source>Immunoparalysis</source>
        <extracomment>desktop_app.core.charts</extracomment>
        <translation>Immunoparalysie</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <extracomment>desktop_app.core.charts</extracomment>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <extracomment>| desktop_app.core.charts</extracomment>
        <translation>Classification impossible</translation>
    </message>
    <message>
        <source>MALS (macrophage activation-like syndrome)</source>
        <extracomment>Phenotype.MALS label</extracomment>
        <translation>MALS (syndrome de type activation macrophagique)</translation>
    </message>
    <message>
        <source>Immunoparalysis (sepsis-induced)</source>
        <extracomment>Phenotype.IMMUNOPARALYSIS label</extracomment>
        <translation>Immunoparalysie (induite par le sepsis)</translation>
    </message>
    <message>
        <source>Unclassified (neither ImmunoSep phenotype)</source>
        <extracomment>Phenotype.UNCLASSIFIED label</extracomment>
        <translation>Non classé (aucun des phénotypes ImmunoSep)</translation>
    </message>
    <message>
        <source>anakinra</source>
        <extracomment>TreatmentArm.ANAKINRA label</extracomment>
        <translation>anakinra</translation>
    </message>
    <message>
        <source>recombinant interferon-γ</source>
        <extracomment>TreatmentArm.INTERFERON_GAMMA label</extracomment>
        <translation>interféron-γ recombinant</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>{name} message</source>
        <translation>Message ({name})</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>MALS: ferritin far above 4420</source>
        <comment>DEMO-001/title</comment>
        <extracomment>Training case DEMO-001, title</extracomment>
        <translation>MALS&#xa0;: ferritine très au-dessus de 4420</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-001/topic</comment>
        <extracomment>Training case DEMO-001, topic</extracomment>
        <translation>phénotype</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL is MALS whatever HLA-DR is. HLA-DR is shown in the criteria table but is not needed for this decision.</source>
        <comment>DEMO-001/note</comment>
        <extracomment>Training case DEMO-001, note</extracomment>
        <translation>Une ferritine &gt; 4420 ng/mL correspond au MALS quel que soit l&apos;HLA-DR. L&apos;HLA-DR figure dans le tableau des critères mais n&apos;est pas nécessaire à cette décision.</translation>
    </message>
    <message>
        <source>Immunoparalysis: low HLA-DR, ferritin not high</source>
        <comment>DEMO-002/title</comment>
        <extracomment>Training case DEMO-002, title</extracomment>
        <translation>Immunoparalysie&#xa0;: HLA-DR bas, ferritine non élevée</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-002/topic</comment>
        <extracomment>Training case DEMO-002, topic</extracomment>
        <translation>phénotype</translation>
    </message>
    <message>
        <source>Immunoparalysis needs both: ferritin ≤ 4420 ng/mL (so not MALS) and HLA-DR &lt; 5000 antibodies bound per monocyte.</source>
        <comment>DEMO-002/note</comment>
        <extracomment>Training case DEMO-002, note</extracomment>
        <translation>L&apos;immunoparalysie exige les deux&#xa0;: ferritine ≤ 4420 ng/mL (donc pas de MALS) et HLA-DR &lt; 5000 anticorps liés par monocyte.</translation>
    </message>
    <message>
        <source>Unclassified: neither phenotype</source>
        <comment>DEMO-003/title</comment>
        <extracomment>Training case DEMO-003, title</extracomment>
        <translation>Non classé&#xa0;: aucun des deux phénotypes</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-003/topic</comment>
        <extracomment>Training case DEMO-003, topic</extracomment>
        <translation>phénotype</translation>
    </message>
    <message>
        <source>A real result, not a refusal: the values are complete and fit neither stratum. The trial did not enrol such patients, so its evidence does not apply.</source>
        <comment>DEMO-003/note</comment>
        <extracomment>Training case DEMO-003, note</extracomment>
        <translation>Un vrai résultat, pas un refus&#xa0;: les valeurs sont complètes et ne correspondent à aucune strate. L&apos;essai n&apos;a pas inclus ces patients, ses données ne s&apos;appliquent donc pas.</translation>
    </message>
    <message>
        <source>Both criteria met: MALS takes precedence</source>
        <comment>DEMO-004/title</comment>
        <extracomment>Training case DEMO-004, title</extracomment>
        <translation>Les deux critères remplis&#xa0;: le MALS prévaut</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-004/topic</comment>
        <extracomment>Training case DEMO-004, topic</extracomment>
        <translation>phénotype</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 and HLA-DR &lt; 5000: as in the trial protocol the patient is MALS (anakinra arm), not immunoparalysis. µg/L equals ng/mL.</source>
        <comment>DEMO-004/note</comment>
        <extracomment>Training case DEMO-004, note</extracomment>
        <translation>Ferritine &gt; 4420 et HLA-DR &lt; 5000&#xa0;: comme dans le protocole de l&apos;essai, le patient est MALS (bras anakinra), pas en immunoparalysie. µg/L équivaut à ng/mL.</translation>
    </message>
    <message>
        <source>Cannot classify: ferritin missing</source>
        <comment>DEMO-005/title</comment>
        <extracomment>Training case DEMO-005, title</extracomment>
        <translation>Classification impossible&#xa0;: ferritine manquante</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-005/topic</comment>
        <extracomment>Training case DEMO-005, topic</extracomment>
        <translation>classification impossible</translation>
    </message>
    <message>
        <source>A low HLA-DR alone is not immunoparalysis: ferritin must first rule out MALS. The app refuses rather than guesses.</source>
        <comment>DEMO-005/note</comment>
        <extracomment>Training case DEMO-005, note</extracomment>
        <translation>Un HLA-DR bas seul n&apos;est pas une immunoparalysie&#xa0;: la ferritine doit d&apos;abord exclure le MALS. L&apos;application refuse plutôt que de deviner.</translation>
    </message>
    <message>
        <source>Cannot classify: censored ferritin spans 4420</source>
        <comment>DEMO-006/title</comment>
        <extracomment>Training case DEMO-006, title</extracomment>
        <translation>Classification impossible&#xa0;: ferritine censurée de part et d&apos;autre de 4420</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-006/topic</comment>
        <extracomment>Training case DEMO-006, topic</extracomment>
        <translation>classification impossible</translation>
    </message>
    <message>
        <source>&quot;&gt;3000&quot; could be 3500 (not MALS) or 9000 (MALS). A censored value decides only when its whole range lies on one side of the threshold; ask the lab for the exact value.</source>
        <comment>DEMO-006/note</comment>
        <extracomment>Training case DEMO-006, note</extracomment>
        <translation>«&#xa0;&gt;3000&#xa0;» pourrait être 3500 (pas de MALS) ou 9000 (MALS). Une valeur censurée ne tranche que si tout son intervalle est d&apos;un seul côté du seuil&#xa0;; demandez la valeur exacte au laboratoire.</translation>
    </message>
    <message>
        <source>Cannot classify: HLA-DR missing</source>
        <comment>DEMO-007/title</comment>
        <extracomment>Training case DEMO-007, title</extracomment>
        <translation>Classification impossible&#xa0;: HLA-DR manquant</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-007/topic</comment>
        <extracomment>Training case DEMO-007, topic</extracomment>
        <translation>classification impossible</translation>
    </message>
    <message>
        <source>Ferritin ≤ 4420 rules out MALS; whether the patient is immunoparalysed or unclassified depends on HLA-DR, which is not available yet.</source>
        <comment>DEMO-007/note</comment>
        <extracomment>Training case DEMO-007, note</extracomment>
        <translation>Une ferritine ≤ 4420 exclut le MALS&#xa0;; que le patient soit en immunoparalysie ou non classé dépend de l&apos;HLA-DR, qui n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <source>Cannot classify: HLA-DR in % positive monocytes</source>
        <comment>DEMO-008/title</comment>
        <extracomment>Training case DEMO-008, title</extracomment>
        <translation>Classification impossible&#xa0;: HLA-DR en&#xa0;% de monocytes positifs</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-008/topic</comment>
        <extracomment>Training case DEMO-008, topic</extracomment>
        <translation>classification impossible</translation>
    </message>
    <message>
        <source>45 % HLA-DR-positive monocytes is a different quantity from antibodies bound per cell; read as AB/C it would falsely look like immunoparalysis. Only QuantiBRITE AB/C can be used.</source>
        <comment>DEMO-008/note</comment>
        <extracomment>Training case DEMO-008, note</extracomment>
        <translation>45&#xa0;% de monocytes HLA-DR positifs est une grandeur différente des anticorps liés par cellule&#xa0;; lu comme des AB/C, il ferait croire à tort à une immunoparalysie. Seuls les AB/C QuantiBRITE sont utilisables.</translation>
    </message>
    <message>
        <source>Cannot classify: censored HLA-DR spans 5000</source>
        <comment>DEMO-009/title</comment>
        <extracomment>Training case DEMO-009, title</extracomment>
        <translation>Classification impossible&#xa0;: HLA-DR censuré de part et d&apos;autre de 5000</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-009/topic</comment>
        <extracomment>Training case DEMO-009, topic</extracomment>
        <translation>classification impossible</translation>
    </message>
    <message>
        <source>&quot;&lt;8000&quot; could be 3000 (immunoparalysis) or 6000 (unclassified): the exact value is needed.</source>
        <comment>DEMO-009/note</comment>
        <extracomment>Training case DEMO-009, note</extracomment>
        <translation>«&#xa0;&lt;8000&#xa0;» pourrait être 3000 (immunoparalysie) ou 6000 (non classé)&#xa0;: la valeur exacte est nécessaire.</translation>
    </message>
    <message>
        <source>Cannot classify: age under 18</source>
        <comment>DEMO-010/title</comment>
        <extracomment>Training case DEMO-010, title</extracomment>
        <translation>Classification impossible&#xa0;: âge inférieur à 18 ans</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-010/topic</comment>
        <extracomment>Training case DEMO-010, topic</extracomment>
        <translation>classification impossible</translation>
    </message>
    <message>
        <source>ImmunoSep enrolled adults only, and HLA-DR differs in children: no phenotype is given, even though the values alone would meet the MALS criterion.</source>
        <comment>DEMO-010/note</comment>
        <extracomment>Training case DEMO-010, note</extracomment>
        <translation>ImmunoSep n&apos;a inclus que des adultes, et l&apos;HLA-DR diffère chez l&apos;enfant&#xa0;: aucun phénotype n&apos;est donné, même si les valeurs seules rempliraient le critère MALS.</translation>
    </message>
    <message>
        <source>Censored ferritin that decides: &gt;40000</source>
        <comment>DEMO-011/title</comment>
        <extracomment>Training case DEMO-011, title</extracomment>
        <translation>Ferritine censurée qui tranche&#xa0;: &gt;40000</translation>
    </message>
    <message>
        <source>censored values</source>
        <comment>DEMO-011/topic</comment>
        <extracomment>Training case DEMO-011, topic</extracomment>
        <translation>valeurs censurées</translation>
    </message>
    <message>
        <source>Above the assay&apos;s range, &quot;&gt;40000&quot; is still certainly &gt; 4420: MALS. HLA-DR is not needed. The map draws an open marker with an arrow to the right.</source>
        <comment>DEMO-011/note</comment>
        <extracomment>Training case DEMO-011, note</extracomment>
        <translation>Au-dessus de la plage de mesure, «&#xa0;&gt;40000&#xa0;» est tout de même sûrement &gt; 4420&#xa0;: MALS. L&apos;HLA-DR n&apos;est pas nécessaire. La carte affiche un marqueur ouvert avec une flèche vers la droite.</translation>
    </message>
    <message>
        <source>Censored values that decide: &lt;500 and &lt;1000</source>
        <comment>DEMO-012/title</comment>
        <extracomment>Training case DEMO-012, title</extracomment>
        <translation>Valeurs censurées qui tranchent&#xa0;: &lt;500 et &lt;1000</translation>
    </message>
    <message>
        <source>censored values</source>
        <comment>DEMO-012/topic</comment>
        <extracomment>Training case DEMO-012, topic</extracomment>
        <translation>valeurs censurées</translation>
    </message>
    <message>
        <source>Both bounds lie wholly on one side of their thresholds, so both criteria are decided. The comparator is kept and shown everywhere.</source>
        <comment>DEMO-012/note</comment>
        <extracomment>Training case DEMO-012, note</extracomment>
        <translation>Les deux bornes sont entièrement d&apos;un côté de leur seuil, donc les deux critères sont tranchés. Le comparateur est conservé et affiché partout.</translation>
    </message>
    <message>
        <source>pmol/L just above the MALS threshold</source>
        <comment>DEMO-013/title</comment>
        <extracomment>Training case DEMO-013, title</extracomment>
        <translation>pmol/L juste au-dessus du seuil MALS</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-013/topic</comment>
        <extracomment>Training case DEMO-013, topic</extracomment>
        <translation>conversion d&apos;unités</translation>
    </message>
    <message>
        <source>9932 pmol/L ÷ 2.247 ≈ 4420.12 ng/mL: MALS, but within 10 % of the threshold, so a repeat test may be wise. The converted value is shown next to the value as entered.</source>
        <comment>DEMO-013/note</comment>
        <extracomment>Training case DEMO-013, note</extracomment>
        <translation>9932 pmol/L ÷ 2,247 ≈ 4420,12 ng/mL&#xa0;: MALS, mais à moins de 10&#xa0;% du seuil, un nouveau dosage peut donc être judicieux. La valeur convertie est affichée à côté de la valeur saisie.</translation>
    </message>
    <message>
        <source>pmol/L just below: the unit changes the drug</source>
        <comment>DEMO-014/title</comment>
        <extracomment>Training case DEMO-014, title</extracomment>
        <translation>pmol/L juste en dessous&#xa0;: l&apos;unité change le médicament</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-014/topic</comment>
        <extracomment>Training case DEMO-014, topic</extracomment>
        <translation>conversion d&apos;unités</translation>
    </message>
    <message>
        <source>9931 pmol/L ≈ 4419.67 ng/mL is not MALS. Read as ng/mL, the same number would have meant MALS (anakinra) instead of immunoparalysis (interferon-γ): always check the unit.</source>
        <comment>DEMO-014/note</comment>
        <extracomment>Training case DEMO-014, note</extracomment>
        <translation>9931 pmol/L ≈ 4419,67 ng/mL n&apos;est pas un MALS. Lu en ng/mL, le même nombre aurait signifié MALS (anakinra) au lieu d&apos;immunoparalysie (interféron-γ)&#xa0;: vérifiez toujours l&apos;unité.</translation>
    </message>
    <message>
        <source>Legacy unit µg/dL</source>
        <comment>DEMO-015/title</comment>
        <extracomment>Training case DEMO-015, title</extracomment>
        <translation>Ancienne unité µg/dL</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-015/topic</comment>
        <extracomment>Training case DEMO-015, topic</extracomment>
        <translation>conversion d&apos;unités</translation>
    </message>
    <message>
        <source>520 µg/dL × 10 = 5200 ng/mL: MALS. Read as ng/mL, 520 would have looked unremarkable and MALS would have been missed.</source>
        <comment>DEMO-015/note</comment>
        <extracomment>Training case DEMO-015, note</extracomment>
        <translation>520 µg/dL × 10 = 5200 ng/mL&#xa0;: MALS. Lu en ng/mL, 520 aurait paru banal et le MALS aurait été manqué.</translation>
    </message>
    <message>
        <source>HLA-DR near 5000</source>
        <comment>DEMO-016/title</comment>
        <extracomment>Training case DEMO-016, title</extracomment>
        <translation>HLA-DR proche de 5000</translation>
    </message>
    <message>
        <source>near threshold</source>
        <comment>DEMO-016/topic</comment>
        <extracomment>Training case DEMO-016, topic</extracomment>
        <translation>proche du seuil</translation>
    </message>
    <message>
        <source>4900 is below 5000, so the criterion is met; but the inter-laboratory CV of HLA-DR is 15-25 %, so the warning suggests a repeat test. Warnings never change the phenotype.</source>
        <comment>DEMO-016/note</comment>
        <extracomment>Training case DEMO-016, note</extracomment>
        <translation>4900 est inférieur à 5000, le critère est donc rempli&#xa0;; mais le CV interlaboratoire de l&apos;HLA-DR est de 15–25&#xa0;%, l&apos;avertissement suggère donc un nouveau dosage. Les avertissements ne changent jamais le phénotype.</translation>
    </message>
    <message>
        <source>Exactly on both thresholds</source>
        <comment>DEMO-017/title</comment>
        <extracomment>Training case DEMO-017, title</extracomment>
        <translation>Exactement sur les deux seuils</translation>
    </message>
    <message>
        <source>near threshold</source>
        <comment>DEMO-017/topic</comment>
        <extracomment>Training case DEMO-017, topic</extracomment>
        <translation>proche du seuil</translation>
    </message>
    <message>
        <source>The thresholds are strict: ferritin 4420 is not &gt; 4420 and HLA-DR 5000 is not &lt; 5000, so neither criterion is met.</source>
        <comment>DEMO-017/note</comment>
        <extracomment>Training case DEMO-017, note</extracomment>
        <translation>Les seuils sont stricts&#xa0;: une ferritine de 4420 n&apos;est pas &gt; 4420 et un HLA-DR de 5000 n&apos;est pas &lt; 5000, donc aucun critère n&apos;est rempli.</translation>
    </message>
    <message>
        <source>Samples taken two days apart</source>
        <comment>DEMO-018/title</comment>
        <extracomment>Training case DEMO-018, title</extracomment>
        <translation>Prélèvements à deux jours d&apos;intervalle</translation>
    </message>
    <message>
        <source>sample times</source>
        <comment>DEMO-018/topic</comment>
        <extracomment>Training case DEMO-018, topic</extracomment>
        <translation>heures de prélèvement</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR drawn 49.5 h apart may reflect different immune states. The phenotype stands, with a prominent warning.</source>
        <comment>DEMO-018/note</comment>
        <extracomment>Training case DEMO-018, note</extracomment>
        <translation>Une ferritine et un HLA-DR prélevés à 49,5 h d&apos;intervalle peuvent refléter des états immunitaires différents. Le phénotype est maintenu, avec un avertissement bien visible.</translation>
    </message>
    <message>
        <source>HLA-DR processed too late</source>
        <comment>DEMO-019/title</comment>
        <extracomment>Training case DEMO-019, title</extracomment>
        <translation>HLA-DR traité trop tard</translation>
    </message>
    <message>
        <source>sample times</source>
        <comment>DEMO-019/topic</comment>
        <extracomment>Training case DEMO-019, topic</extracomment>
        <translation>heures de prélèvement</translation>
    </message>
    <message>
        <source>QuantiBRITE staining should start within 4 h of sampling (EDTA, on ice); a 7.5 h delay makes the value unreliable.</source>
        <comment>DEMO-019/note</comment>
        <extracomment>Training case DEMO-019, note</extracomment>
        <translation>Le marquage QuantiBRITE doit commencer dans les 4 h suivant le prélèvement (EDTA, sur glace)&#xa0;; un délai de 7,5 h rend la valeur peu fiable.</translation>
    </message>
    <message>
        <source>MALS with HLA-DR in % (not needed)</source>
        <comment>DEMO-020/title</comment>
        <extracomment>Training case DEMO-020, title</extracomment>
        <translation>MALS avec HLA-DR en&#xa0;% (non nécessaire)</translation>
    </message>
    <message>
        <source>phenotype</source>
        <comment>DEMO-020/topic</comment>
        <extracomment>Training case DEMO-020, topic</extracomment>
        <translation>phénotype</translation>
    </message>
    <message>
        <source>HLA-DR in % cannot be used, but it is not needed: ferritin alone decides MALS. Compare with DEMO-008, where the same unit blocks the result.</source>
        <comment>DEMO-020/note</comment>
        <extracomment>Training case DEMO-020, note</extracomment>
        <translation>L&apos;HLA-DR en&#xa0;% n&apos;est pas utilisable, mais il n&apos;est pas nécessaire&#xa0;: la ferritine seule décide du MALS. Comparez avec DEMO-008, où la même unité bloque le résultat.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — synthetic data</source>
        <translation>FORMATION — données synthétiques</translation>
    </message>
    <message>
        <source>Not for clinical use. Demo cases are invented; nothing entered here is mixed with clinical data.</source>
        <translation>Ne pas utiliser en clinique. Les cas de démonstration sont inventés&#xa0;; rien de ce qui est saisi ici n&apos;est mélangé aux données cliniques.</translation>
    </message>
</context>
<context>
    <name>TrendChartWidget</name>
    <message>
        <source>No values to draw yet: the trend appears here once an assessment with ferritin or HLA-DR has been saved for this patient.</source>
        <translation>Aucune valeur à tracer pour l&apos;instant&#xa0;: l&apos;évolution s&apos;affiche ici dès qu&apos;une évaluation avec ferritine ou HLA-DR a été enregistrée pour ce patient.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Ferritin, ng/mL (logarithmic scale)</source>
        <translation>Ferritine, ng/mL (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR, AB/C</source>
        <translation>HLA-DR monocytaire, AB/C</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>exact value</source>
        <translation>valeur exacte</translation>
    </message>
    <message>
        <source>greater than (above the assay&apos;s range)</source>
        <translation>supérieur à (au-dessus du domaine de mesure)</translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation>supérieur ou égal à</translation>
    </message>
    <message>
        <source>less than (below the assay&apos;s range)</source>
        <translation>inférieur à (au-dessous du domaine de mesure)</translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation>inférieur ou égal à</translation>
    </message>
    <message>
        <source>{name} comparator</source>
        <translation>Comparateur ({name})</translation>
    </message>
    <message>
        <source>{name} value</source>
        <translation>Valeur ({name})</translation>
    </message>
    <message>
        <source>unit?</source>
        <translation>unité&#xa0;?</translation>
    </message>
    <message>
        <source>{name} unit</source>
        <translation>Unité ({name})</translation>
    </message>
    <message>
        <source>Unit of {name} as printed on the lab report: {units}. Type its first letters (u for µ) or open the list with Alt+↓; the mouse wheel never changes it.</source>
        <translation>Unité de {name} telle qu&apos;imprimée sur le compte rendu du laboratoire&#xa0;: {units}. Tapez ses premières lettres (u pour µ) ou ouvrez la liste avec Alt+↓&#xa0;; la molette de la souris ne la modifie jamais.</translation>
    </message>
    <message>
        <source>{name} unit change</source>
        <translation>Changement d&apos;unité ({name})</translation>
    </message>
    <message>
        <source>{name} message</source>
        <translation>Message ({name})</translation>
    </message>
    <message>
        <source>comparator chosen in the box (&apos;{chosen}&apos;) and typed in the value (&apos;{typed}&apos;); keep only one of them</source>
        <translation>comparateur choisi dans la liste (&apos;{chosen}&apos;) et saisi dans la valeur (&apos;{typed}&apos;)&#xa0;; n&apos;en gardez qu&apos;un</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>Unit changed from {before} to {after}: the value is now read as {reading}.</source>
        <translation>Unité changée de {before} en {after}&#xa0;: la valeur est maintenant lue comme {reading}.</translation>
    </message>
    <message>
        <source>Unit changed from {before} to {after}; see the message below.</source>
        <translation>Unité changée de {before} en {after}&#xa0;; voir le message ci-dessous.</translation>
    </message>
    <message>
        <source>Comparator of a censored result (= for an exact value). Type it (&gt;, &lt;, &gt;=, &lt;=) or open the list with Alt+↓; you can also type it in front of the number, e.g. &gt;40000, but not both.</source>
        <translation>Comparateur d&apos;un résultat censuré (= pour une valeur exacte). Tapez-le (&gt;, &lt;, &gt;=, &lt;=) ou ouvrez la liste avec Alt+↓&#xa0;; vous pouvez aussi le taper devant le nombre, p.&#xa0;ex. &gt;40000, mais pas les deux.</translation>
    </message>
    <message>
        <source>Comparator typed in the value</source>
        <translation>Comparateur saisi dans la valeur</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>_ChartSlot</name>
    <message>
        <source>{name} title</source>
        <translation>Titre ({name})</translation>
    </message>
    <message>
        <source>{name}: loading…</source>
        <translation>{name}&#xa0;: chargement…</translation>
    </message>
    <message>
        <source>{name} note</source>
        <translation>Remarque ({name})</translation>
    </message>
</context>
</TS>

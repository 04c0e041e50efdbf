<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>corrects #{id}: {reason}</source>
        <translation>corrige #{id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by #{id}</source>
        <translation>sustituido por #{id}</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>REGISTRO ERRÓNEO: {reason}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>present: excludes</source>
        <translation>presente: excluye</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Training mode: synthetic data only.</source>
        <translation>Modo de formación: solo datos sintéticos.</translation>
    </message>
    <message>
        <source>Rule set: {version}</source>
        <translation>Conjunto de reglas: {version}</translation>
    </message>
    <message>
        <source>Evidence: {version}</source>
        <translation>Evidencia: {version}</translation>
    </message>
    <message>
        <source>Source: {citation} doi:{doi}, {registry}</source>
        <translation>Fuente: {citation} doi:{doi}, {registry}</translation>
    </message>
    <message>
        <source>Decision support only. The phenotype says which ImmunoSep stratum a patient&apos;s laboratory values match; the regimens shown are the ones used in the trial, not orders. The trial showed less organ dysfunction by day 9 and no mortality benefit, in a phase 2 population (adults with sepsis from pneumonia or primary bacteraemia, treated within 72 h). The treating clinician decides.</source>
        <translation>Solo apoyo a la decisión. El fenotipo indica a qué estrato de ImmunoSep corresponden los valores de laboratorio de un paciente; las pautas mostradas son las utilizadas en el ensayo, no son prescripciones. El ensayo mostró menos disfunción orgánica hasta el día 9 y ningún beneficio en la mortalidad, en una población de fase 2 (adultos con sepsis por neumonía o bacteriemia primaria, tratados en las primeras 72 h). La decisión corresponde al médico responsable.</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <source>Works offline: no data leave this computer.</source>
        <translation>Funciona sin conexión: ningún dato sale de este ordenador.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An internal error occurred ({kind}). The result on screen may be incomplete: start a new patient and enter the values again, and please report this.</source>
        <translation>Se produjo un error interno ({kind}). El resultado en pantalla puede estar incompleto: inicie un nuevo paciente, vuelva a introducir los valores y comunique este error.</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message numerus="yes">
        <source>Writing %n PDF report(s)…</source>
        <translation>
            <numerusform>Escribiendo %n informe PDF…</numerusform>
            <numerusform>Escribiendo %n informes PDF…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: {reason}.</source>
        <translation>La exportación se detuvo: {reason}.</translation>
    </message>
    <message>
        <source>Export cancelled. The reports written so far are listed in index.csv in {folder}; no combined file was made.</source>
        <translation>Exportación cancelada. Los informes escritos hasta ahora figuran en index.csv, en {folder}; no se creó el archivo combinado.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Exportar informes PDF</translation>
    </message>
    <message>
        <source>Export PDF reports — TRAINING</source>
        <translation>Exportar informes PDF — FORMACIÓN</translation>
    </message>
    <message numerus="yes">
        <source>%n one-page report(s), a summary listing every row (rows needing action first), and all of them in one file to print (all-reports.pdf).</source>
        <translation>
            <numerusform>%n informe de una página, un resumen con todas las filas (primero las que requieren acción) y todos ellos en un archivo para imprimir (all-reports.pdf).</numerusform>
            <numerusform>%n informes de una página, un resumen con todas las filas (primero las que requieren acción) y todos ellos en un archivo para imprimir (all-reports.pdf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected at import: they are listed with the reason.</source>
        <translation>
            <numerusform>%n fila rechazada en la importación: figura en la lista con el motivo.</numerusform>
            <numerusform>%n filas rechazadas en la importación: figuran en la lista con el motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Carpeta para los informes</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Patient identifiers in file &amp;names</source>
        <translation>Identificadores de paciente en los &amp;nombres de archivo</translation>
    </message>
    <message>
        <source>Untick on a shared drive: files are then named by row number only</source>
        <translation>Desmarque esta opción en una unidad de red compartida: los archivos se nombrarán solo por número de fila</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
</context>
<context>
    <name>BatchResultWindow</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Exportar informes PDF</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
</context>
<context>
    <name>CardEligibility</name>
    <message>
        <source>Eligibility: not assessed.</source>
        <translation>Elegibilidad: no evaluada.</translation>
    </message>
    <message>
        <source>Eligibility: the stored checklist cannot be read: {reason}</source>
        <translation>Elegibilidad: no se puede leer la lista de verificación guardada: {reason}</translation>
    </message>
    <message>
        <source>Eligibility: not assessed. Patient ▸ Eligibility checklist (Ctrl+Shift+E) or the button below enters it.</source>
        <translation>Elegibilidad: no evaluada. Paciente ▸ Lista de verificación de elegibilidad (Ctrl+Shift+E) o el botón de abajo permiten introducirla.</translation>
    </message>
    <message>
        <source>Eligibility: checklist #{id} cannot be read: {reason}</source>
        <translation>Elegibilidad: no se puede leer la lista de verificación #{id}: {reason}</translation>
    </message>
    <message>
        <source>outside the tested population</source>
        <translation>fuera de la población estudiada</translation>
    </message>
    <message>
        <source>fit to the tested population unknown</source>
        <translation>se desconoce si corresponde a la población estudiada</translation>
    </message>
    <message>
        <source>all listed criteria met</source>
        <translation>se cumplen todos los criterios de la lista</translation>
    </message>
    <message>
        <source>Eligibility (checklist #{id}, assessment #{assessment}): {met} met · {failed} not met · {unknown} unknown — {verdict}</source>
        <translation>Elegibilidad (lista de verificación #{id}, evaluación #{assessment}): {met} cumplidos · {failed} no cumplidos · {unknown} desconocidos — {verdict}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Phenotype map</source>
        <translation>Mapa de fenotipos</translation>
    </message>
    <message>
        <source>Evidence chart</source>
        <translation>Gráfico de la evidencia</translation>
    </message>
</context>
<context>
    <name>CohortStoreBar</name>
    <message>
        <source>Storing this import</source>
        <translation>Guardar esta importación</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Store %n assessment(s) in the training records</source>
        <translation>
            <numerusform>&amp;Guardar %n evaluación en los registros de formación</numerusform>
            <numerusform>&amp;Guardar %n evaluaciones en los registros de formación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Store %n assessment(s) in the clinical records</source>
        <translation>
            <numerusform>&amp;Guardar %n evaluación en los registros clínicos</numerusform>
            <numerusform>&amp;Guardar %n evaluaciones en los registros clínicos</numerusform>
        </translation>
    </message>
    <message>
        <source>Store the assessments</source>
        <translation>Guardar las evaluaciones</translation>
    </message>
    <message>
        <source>&amp;View only</source>
        <translation>&amp;Solo ver</translation>
    </message>
    <message>
        <source>View only, store nothing</source>
        <translation>Solo ver, no guardar nada</translation>
    </message>
    <message>
        <source>Storing progress</source>
        <translation>Progreso del guardado</translation>
    </message>
    <message>
        <source>Cancel storing</source>
        <translation>Cancelar el guardado</translation>
    </message>
    <message>
        <source>Nothing from this file has been stored. Store it in the patients&apos; records, or only view it?</source>
        <translation>No se ha guardado nada de este archivo. ¿Desea guardarlo en los registros de los pacientes o solo verlo?</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n assessment(s)…</source>
        <translation>
            <numerusform>Guardando %n evaluación…</numerusform>
            <numerusform>Guardando %n evaluaciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewing only: nothing from this file is stored.</source>
        <translation>Solo visualización: no se guarda nada de este archivo.</translation>
    </message>
    <message>
        <source>Viewing only: nothing from this file is stored. The choice could not be written to the audit trail: {reason}</source>
        <translation>Solo visualización: no se guarda nada de este archivo. La elección no pudo escribirse en el registro de auditoría: {reason}</translation>
    </message>
    <message>
        <source>Storing is still running: wait for it to finish, or cancel it, before closing this window.</source>
        <translation>El guardado sigue en curso: espere a que termine o cancélelo antes de cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Stored in the training records as import #{id}.</source>
        <translation>Guardado en los registros de formación como importación #{id}.</translation>
    </message>
    <message>
        <source>Stored in the clinical records as import #{id}.</source>
        <translation>Guardado en los registros clínicos como importación #{id}.</translation>
    </message>
    <message numerus="yes">
        <source>Stored in the training records as import #{id}: %n assessment(s).</source>
        <translation>
            <numerusform>Guardado en los registros de formación como importación #{id}: %n evaluación.</numerusform>
            <numerusform>Guardado en los registros de formación como importación #{id}: %n evaluaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored in the clinical records as import #{id}: %n assessment(s).</source>
        <translation>
            <numerusform>Guardado en los registros clínicos como importación #{id}: %n evaluación.</numerusform>
            <numerusform>Guardado en los registros clínicos como importación #{id}: %n evaluaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored: {reason} Nothing from this file was stored.</source>
        <translation>No guardado: {reason} No se guardó nada de este archivo.</translation>
    </message>
    <message>
        <source>Storing cancelled: nothing from this file was stored.</source>
        <translation>Guardado cancelado: no se guardó nada de este archivo.</translation>
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
        <translation>Mostrar filas</translation>
    </message>
    <message>
        <source>Filter: patient id, phenotype, reason…</source>
        <translation>Filtro: id. de paciente, fenotipo, motivo…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrar filas</translation>
    </message>
    <message>
        <source>Table status</source>
        <translation>Estado de la tabla</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Select a row to see its full assessment.</source>
        <translation>Seleccione una fila para ver su evaluación completa.</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Fila seleccionada</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notas de la importación</translation>
    </message>
    <message>
        <source>&amp;Open in the main window</source>
        <translation>&amp;Abrir en la ventana principal</translation>
    </message>
    <message>
        <source>Show this assessment in the main window (Enter); asks first if typed values are not saved</source>
        <translation>Mostrar esta evaluación en la ventana principal (Intro); pregunta antes si hay valores escritos sin guardar</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <source>Export rejected rows…</source>
        <translation>Exportar filas rechazadas…</translation>
    </message>
    <message>
        <source>Export PDF reports…</source>
        <translation>Exportar informes PDF…</translation>
    </message>
    <message>
        <source>One PDF per patient row, a cohort summary and an index, rendered on every CPU core</source>
        <translation>Un PDF por fila de paciente, un resumen de la cohorte y un índice, generados en todos los núcleos de CPU</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Mapa de fenotipos de la cohorte</translation>
    </message>
    <message>
        <source>classified</source>
        <translation>clasificada</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <translation>clasificación imposible</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>MALS</source>
        <translation>MALS</translation>
    </message>
    <message>
        <source>Immunoparalysis</source>
        <translation>Inmunoparálisis</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>No clasificado</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>Clasificación imposible</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Clasificadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID de paciente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Hora de extracción</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Data rows: {n}</source>
        <translation>Filas de datos: {n}</translation>
    </message>
    <message>
        <source>classified: {n}</source>
        <translation>clasificadas: {n}</translation>
    </message>
    <message>
        <source>cannot classify: {n}</source>
        <translation>clasificación imposible: {n}</translation>
    </message>
    <message>
        <source>rejected: {n}</source>
        <translation>rechazadas: {n}</translation>
    </message>
    <message>
        <source>assessments: {n}</source>
        <translation>evaluaciones: {n}</translation>
    </message>
    <message>
        <source>{phenotype} {n}</source>
        <translation>{phenotype} {n}</translation>
    </message>
    <message>
        <source>Cohort rows</source>
        <translation>Filas de la cohorte</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Full assessment of the selected row</source>
        <translation>Evaluación completa de la fila seleccionada</translation>
    </message>
    <message>
        <source>Row {row} was rejected: {reasons}</source>
        <translation>La fila {row} fue rechazada: {reasons}</translation>
    </message>
    <message>
        <source>Row {row}, patient {patient}</source>
        <translation>Fila {row}, paciente {patient}</translation>
    </message>
    <message>
        <source>Imported row {row} — {patient}</source>
        <translation>Fila importada {row} — {patient}</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordenando…</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Preparando la búsqueda…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Exportar filas rechazadas</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>CohortWindow</name>
    <message>
        <source>Recent &amp;imports</source>
        <translation>&amp;Importaciones recientes</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Importaciones recientes</translation>
    </message>
    <message>
        <source>Recent import</source>
        <translation>Importación reciente</translation>
    </message>
    <message>
        <source>The file has changed since it was imported (its content is different), so it is not shown in place of the imported cohort. Import it again to see its new content.</source>
        <translation>El archivo ha cambiado desde que se importó (su contenido es distinto), por lo que no se muestra en lugar de la cohorte importada. Impórtelo de nuevo para ver su contenido nuevo.</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Mapa de fenotipos de la cohorte</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Leyendo el archivo de nuevo…</translation>
    </message>
    <message>
        <source>{name} — training, stored as import #{id}</source>
        <translation>{name} — formación, guardado como importación #{id}</translation>
    </message>
    <message>
        <source>{name} — clinical, stored as import #{id}</source>
        <translation>{name} — clínico, guardado como importación #{id}</translation>
    </message>
    <message>
        <source>{name} — training, viewed only</source>
        <translation>{name} — formación, solo visualizado</translation>
    </message>
    <message>
        <source>{name} — clinical, viewed only</source>
        <translation>{name} — clínico, solo visualizado</translation>
    </message>
    <message>
        <source>This import was made in training mode; switch to it to reopen the import.</source>
        <translation>Esta importación se hizo en modo de formación; cambie a ese modo para volver a abrirla.</translation>
    </message>
    <message>
        <source>This import was made in clinical mode; leave training mode to reopen it.</source>
        <translation>Esta importación se hizo en modo clínico; salga del modo de formación para volver a abrirla.</translation>
    </message>
    <message>
        <source>(no recent imports)</source>
        <translation>(no hay importaciones recientes)</translation>
    </message>
    <message>
        <source>The file is no longer where it was imported from: {path}</source>
        <translation>El archivo ya no está donde se importó: {path}</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>No se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read ({kind}).</source>
        <translation>No se puede leer el archivo ({kind}).</translation>
    </message>
</context>
<context>
    <name>DailySofaPanel</name>
    <message>
        <source>Enter the date as YYYY-MM-DD (for example 2026-11-24).</source>
        <translation>Introduzca la fecha como AAAA-MM-DD (por ejemplo 2026-11-24).</translation>
    </message>
    <message>
        <source>{date} is after today; a SOFA is entered for a day that has begun.</source>
        <translation>{date} es posterior a hoy; una SOFA se introduce para un día que ya ha comenzado.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day1}).</source>
        <translation>{date} es anterior al día 1 ({day1}).</translation>
    </message>
    <message>
        <source>The SOFA calculator has no total: correct its fields, or type the total.</source>
        <translation>La calculadora SOFA no tiene total: corrija sus campos o escriba el total.</translation>
    </message>
    <message>
        <source>Nothing is entered in the SOFA calculator yet.</source>
        <translation>Aún no se ha introducido nada en la calculadora SOFA.</translation>
    </message>
    <message>
        <source>Type the total as a whole number from 0 to 24.</source>
        <translation>Escriba el total como número entero de 0 a 24.</translation>
    </message>
    <message>
        <source>Enter the patient identifier in the main window first.</source>
        <translation>Introduzca primero el identificador del paciente en la ventana principal.</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s records…</source>
        <translation>Leyendo los registros del paciente…</translation>
    </message>
    <message>
        <source>Day {day} already has a SOFA: select it below and correct it.</source>
        <translation>El día {day} ya tiene una SOFA: selecciónela abajo y corríjala.</translation>
    </message>
    <message>
        <source>day {day}</source>
        <translation>día {day}</translation>
    </message>
    <message>
        <source>No SOFA is stored for this patient yet: the first one saved fixes day 1 (day 1 is the day of phenotyping; choose its study day if the first SOFA stored is a later one).</source>
        <translation>Aún no hay ninguna SOFA guardada para este paciente: la primera que se guarde fija el día 1 (el día 1 es el día de la fenotipificación; elija su día de estudio si la primera SOFA guardada es de un día posterior).</translation>
    </message>
    <message>
        <source>Day 1 (the day of phenotyping) of this course: {date}. The study day follows from the date.</source>
        <translation>Día 1 (el día de la fenotipificación) de esta serie: {date}. El día de estudio se deduce de la fecha.</translation>
    </message>
    <message>
        <source>Nothing is entered in the calculator yet.</source>
        <translation>Aún no se ha introducido nada en la calculadora.</translation>
    </message>
    <message>
        <source>The calculator has no total: a field there is marked in red.</source>
        <translation>La calculadora no tiene total: un campo está marcado en rojo.</translation>
    </message>
    <message>
        <source>Correct the date of &amp;death…</source>
        <translation>Corregir la fecha de &amp;fallecimiento…</translation>
    </message>
    <message>
        <source>Record &amp;death…</source>
        <translation>Registrar &amp;fallecimiento…</translation>
    </message>
    <message>
        <source>&amp;Save SOFA for day {day} ({date})…</source>
        <translation>&amp;Guardar SOFA del día {day} ({date})…</translation>
    </message>
    <message>
        <source>&amp;Save SOFA…</source>
        <translation>&amp;Guardar SOFA…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>death on {date}</source>
        <translation>fallecimiento el {date}</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>calculadora</translation>
    </message>
    <message>
        <source>total typed</source>
        <translation>total escrito</translation>
    </message>
    <message>
        <source>day {day} ({date}): SOFA {total}, {n} of 6 systems, {how}</source>
        <translation>día {day} ({date}): SOFA {total}, {n} de 6 sistemas, {how}</translation>
    </message>
    <message>
        <source>{when} by {user}</source>
        <translation>{when} por {user}</translation>
    </message>
    <message>
        <source>Day {day} ({date}): SOFA {total}</source>
        <translation>Día {day} ({date}): SOFA {total}</translation>
    </message>
    <message>
        <source>This SOFA fixes day 1 of the course: {date}.</source>
        <translation>Esta SOFA fija el día 1 de la serie: {date}.</translation>
    </message>
    <message>
        <source>Save daily SOFA</source>
        <translation>Guardar SOFA diaria</translation>
    </message>
    <message>
        <source>Save this daily SOFA in the TRAINING records of patient:</source>
        <translation>Guardar esta SOFA diaria en los registros de FORMACIÓN del paciente:</translation>
    </message>
    <message>
        <source>Save this daily SOFA in the clinical records of patient:</source>
        <translation>Guardar esta SOFA diaria en los registros clínicos del paciente:</translation>
    </message>
    <message>
        <source>Daily SOFA saved for {patient}, day {day}.</source>
        <translation>SOFA diaria guardada para {patient}, día {day}.</translation>
    </message>
    <message>
        <source>{total} from {n} of 6 organ systems ({how})</source>
        <translation>{total} a partir de {n} de 6 sistemas orgánicos ({how})</translation>
    </message>
    <message>
        <source>Correct a daily SOFA</source>
        <translation>Corregir una SOFA diaria</translation>
    </message>
    <message>
        <source>Day {day} of {patient} will be stored again as SOFA {total}; the old version (record #{id}) stays stored, marked as superseded.</source>
        <translation>El día {day} de {patient} se guardará de nuevo como SOFA {total}; la versión anterior (registro #{id}) permanece guardada, marcada como sustituida.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Guardar corrección</translation>
    </message>
    <message>
        <source>Correction saved for {patient}.</source>
        <translation>Corrección guardada para {patient}.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Marcar como registro erróneo</translation>
    </message>
    <message>
        <source>Record #{id} of {patient} will be marked as entered in error. It stays stored and listed, and no longer counts.</source>
        <translation>El registro #{id} de {patient} se marcará como registro erróneo. Permanece guardado y en la lista, y deja de contar.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>Marcar como registro &amp;erróneo</translation>
    </message>
    <message>
        <source>Record #{id} marked as entered in error.</source>
        <translation>Registro #{id} marcado como registro erróneo.</translation>
    </message>
    <message>
        <source>Death recorded for {patient}.</source>
        <translation>Fallecimiento registrado para {patient}.</translation>
    </message>
    <message>
        <source>Enter a day&apos;s SOFA</source>
        <translation>Introducir la SOFA de un día</translation>
    </message>
    <message>
        <source>The trial&apos;s day-9 measure</source>
        <translation>La medida del día 9 del ensayo</translation>
    </message>
    <message>
        <source>Stored daily SOFA and death records</source>
        <translation>SOFA diarias y registros de fallecimiento guardados</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>Date of this SOFA</source>
        <translation>Fecha de esta SOFA</translation>
    </message>
    <message>
        <source>study day:</source>
        <translation>día de estudio:</translation>
    </message>
    <message>
        <source>Study day of this SOFA</source>
        <translation>Día de estudio de esta SOFA</translation>
    </message>
    <message>
        <source>From the SOFA &amp;calculator:</source>
        <translation>De la &amp;calculadora SOFA:</translation>
    </message>
    <message>
        <source>Open the calculator</source>
        <translation>Abrir la calculadora</translation>
    </message>
    <message>
        <source>Total t&amp;yped from the chart:</source>
        <translation>Total escrit&amp;o de la gráfica:</translation>
    </message>
    <message>
        <source>SOFA total typed</source>
        <translation>Total SOFA escrito</translation>
    </message>
    <message>
        <source>resting on</source>
        <translation>basado en</translation>
    </message>
    <message>
        <source>Organ systems the typed total rests on</source>
        <translation>Sistemas orgánicos en los que se basa el total escrito</translation>
    </message>
    <message>
        <source>{n} of 6 organ systems</source>
        <translation>{n} de 6 sistemas orgánicos</translation>
    </message>
    <message>
        <source>C&amp;orrect with the values above…</source>
        <translation>C&amp;orregir con los valores de arriba…</translation>
    </message>
    <message>
        <source>Mark e&amp;ntered in error…</source>
        <translation>Marcar como regi&amp;stro erróneo…</translation>
    </message>
</context>
<context>
    <name>DeathDialog</name>
    <message>
        <source>Correct the date of death</source>
        <translation>Corregir la fecha de fallecimiento</translation>
    </message>
    <message>
        <source>Record death</source>
        <translation>Registrar fallecimiento</translation>
    </message>
    <message>
        <source>Patient {patient}. From the day of death every day of the day-9 measure counts SOFA 24 (the trial&apos;s statistical analysis plan).</source>
        <translation>Paciente {patient}. Desde el día del fallecimiento, cada día de la medida del día 9 cuenta como SOFA 24 (plan de análisis estadístico del ensayo).</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Fecha de fallecimiento</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <source>&amp;Date of death:</source>
        <translation>&amp;Fecha de fallecimiento:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Introduzca la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>La fecha es posterior a hoy.</translation>
    </message>
    <message>
        <source>A correction needs a reason.</source>
        <translation>Una corrección requiere un motivo.</translation>
    </message>
</context>
<context>
    <name>DemoCasePanel</name>
    <message>
        <source>Training case</source>
        <translation>Caso de formación</translation>
    </message>
    <message>
        <source>choose a synthetic case…</source>
        <translation>elija un caso sintético…</translation>
    </message>
    <message>
        <source>Training &amp;case:</source>
        <translation>Caso de formació&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Quiz: hide the answers</source>
        <translation>C&amp;uestionario: ocultar las respuestas</translation>
    </message>
    <message>
        <source>Quiz mode</source>
        <translation>Modo cuestionario</translation>
    </message>
    <message>
        <source>R&amp;eveal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Reveal the expected result</source>
        <translation>Mostrar el resultado esperado</translation>
    </message>
    <message>
        <source>{id} · {title} — topic: {topic}</source>
        <translation>{id} · {title} — tema: {topic}</translation>
    </message>
    <message>
        <source>Choose a case to fill in the form; ↑/↓ step through them.</source>
        <translation>Elija un caso para rellenar el formulario; ↑/↓ pasan de un caso a otro.</translation>
    </message>
    <message>
        <source>Teaching note</source>
        <translation>Nota docente</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Resultado esperado</translation>
    </message>
    <message>
        <source>Result compared with the case</source>
        <translation>Resultado comparado con el caso</translation>
    </message>
    <message>
        <source>✔ matches the result shown</source>
        <translation>✔ coincide con el resultado mostrado</translation>
    </message>
    <message>
        <source>Values changed: the result may differ</source>
        <translation>Valores modificados: el resultado puede diferir</translation>
    </message>
    <message>
        <source>Case {n} of {total} ({id})</source>
        <translation>Caso {n} de {total} ({id})</translation>
    </message>
    <message>
        <source>Expected result hidden: read the result, then Reveal (Alt+E).</source>
        <translation>Resultado esperado oculto: lea el resultado y después pulse Mostrar (Alt+M).</translation>
    </message>
    <message>
        <source>Quiz: {id}. What phenotype do these values give, and why?</source>
        <translation>Cuestionario: {id}. ¿Qué fenotipo dan estos valores y por qué?</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <translation>Clasificación imposible</translation>
    </message>
    <message>
        <source>Expected: {result}</source>
        <translation>Esperado: {result}</translation>
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
        <translation>No hay ninguna lista de verificación de elegibilidad guardada para este paciente. Paciente ▸ Lista de verificación de elegibilidad (Ctrl+Shift+E) permite introducir una.</translation>
    </message>
    <message>
        <source>Eligibility checklists stored for this patient, oldest first. The ImmunoSep evidence comes from the population these criteria describe and may not apply outside it; the checklist never blocks a phenotype.</source>
        <translation>Listas de verificación de elegibilidad guardadas para este paciente, la más antigua primero. La evidencia de ImmunoSep procede de la población que describen estos criterios y puede no aplicarse fuera de ella; la lista de verificación nunca bloquea un fenotipo.</translation>
    </message>
    <message>
        <source>Checklist #{id}, stored with assessment #{assessment}</source>
        <translation>Lista de verificación #{id}, guardada con la evaluación #{assessment}</translation>
    </message>
    <message>
        <source>checklist {version}</source>
        <translation>lista de verificación {version}</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Inclusion {number}</source>
        <translation>Inclusión {number}</translation>
    </message>
    <message>
        <source>Exclusion {number}</source>
        <translation>Exclusión {number}</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>NO VERIFICADO</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>checklist</source>
        <translation>lista de verificación</translation>
    </message>
    <message>
        <source>About taking part in the trial, not about the patient&apos;s condition.</source>
        <translation>Se refiere a la participación en el ensayo, no al estado del paciente.</translation>
    </message>
    <message>
        <source>No summary: {reason}</source>
        <translation>Sin resumen: {reason}</translation>
    </message>
    <message>
        <source>A checklist (record #{id}) is stored with assessment #{assessment}; saving stores a corrected version.</source>
        <translation>Hay una lista de verificación (registro #{id}) guardada con la evaluación #{assessment}; al guardar se guarda una versión corregida.</translation>
    </message>
    <message>
        <source>Saved with assessment #{assessment}.</source>
        <translation>Guardada con la evaluación #{assessment}.</translation>
    </message>
    <message>
        <source>&amp;Save corrected checklist…</source>
        <translation>&amp;Guardar lista de verificación corregida…</translation>
    </message>
    <message>
        <source>&amp;Save checklist…</source>
        <translation>&amp;Guardar lista de verificación…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Eligibility checklist saved for {patient}.</source>
        <translation>Lista de verificación de elegibilidad guardada para {patient}.</translation>
    </message>
    <message>
        <source>Correct the eligibility checklist</source>
        <translation>Corregir la lista de verificación de elegibilidad</translation>
    </message>
    <message>
        <source>The checklist of assessment #{assessment} of {patient} will be stored again with these answers; the old version (record #{id}) stays stored, marked as superseded.</source>
        <translation>La lista de verificación de la evaluación #{assessment} de {patient} se guardará de nuevo con estas respuestas; la versión anterior (registro #{id}) permanece guardada, marcada como sustituida.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Guardar corrección</translation>
    </message>
    <message>
        <source>Save eligibility checklist</source>
        <translation>Guardar lista de verificación de elegibilidad</translation>
    </message>
    <message>
        <source>Save this checklist in the TRAINING records of patient:</source>
        <translation>Guardar esta lista de verificación en los registros de FORMACIÓN del paciente:</translation>
    </message>
    <message>
        <source>Save this checklist in the clinical records of patient:</source>
        <translation>Guardar esta lista de verificación en los registros clínicos del paciente:</translation>
    </message>
    <message>
        <source>With assessment #{assessment}</source>
        <translation>Con la evaluación #{assessment}</translation>
    </message>
    <message>
        <source>Use only if… — the ImmunoSep trial&apos;s eligibility criteria (NCT04990232), as registered</source>
        <translation>Usar solo si… — criterios de elegibilidad del ensayo ImmunoSep (NCT04990232), tal como se registraron</translation>
    </message>
    <message>
        <source>Inclusion criteria: each must be met</source>
        <translation>Criterios de inclusión: deben cumplirse todos</translation>
    </message>
    <message>
        <source>Exclusion criteria: each must be absent</source>
        <translation>Criterios de exclusión: deben estar todos ausentes</translation>
    </message>
    <message>
        <source>Neutrophils (&amp;ANC):</source>
        <translation>Neutrófilos (&amp;RAN):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{kind} criterion {number}: answer</source>
        <translation>{kind}, criterio {number}: respuesta</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusión</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusión</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>NO VERIFICADO</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>as used on the ward, e.g. bed 7</source>
        <translation>como se usa en el servicio, p. ej. cama 7</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Identificador del paciente</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Edad en años</translation>
    </message>
    <message>
        <source>years, e.g. 64</source>
        <translation>años, p. ej. 64</translation>
    </message>
    <message>
        <source>ferritin</source>
        <translation>ferritina</translation>
    </message>
    <message>
        <source>e.g. 5120</source>
        <translation>p. ej. 5120</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>e.g. 3200</source>
        <translation>p. ej. 3200</translation>
    </message>
    <message>
        <source>Ferritin sample time</source>
        <translation>Hora de extracción de la ferritina</translation>
    </message>
    <message>
        <source>HLA-DR sample time</source>
        <translation>Hora de extracción del HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR processing time</source>
        <translation>Hora de procesamiento del HLA-DR</translation>
    </message>
    <message>
        <source>Decimal separator in force</source>
        <translation>Separador decimal vigente</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Ward &amp;identifier</source>
        <translation>&amp;Identificador en el servicio</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>&amp;Edad (años)</translation>
    </message>
    <message>
        <source>Laboratory values</source>
        <translation>Valores de laboratorio</translation>
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
        <translation>HLA-DR monocitario en anticuerpos unidos por célula (AB/C, QuantiBRITE). El % de positivos y la MFI pueden elegirse, pero no pueden utilizarse.</translation>
    </message>
    <message>
        <source>Sample times (optional)</source>
        <translation>Horas de extracción (opcional)</translation>
    </message>
    <message>
        <source>Ferritin &amp;sampled</source>
        <translation>Ferritina e&amp;xtraída</translation>
    </message>
    <message>
        <source>HLA-DR sa&amp;mpled</source>
        <translation>HLA-DR extraíd&amp;o</translation>
    </message>
    <message>
        <source>HLA-DR pr&amp;ocessed</source>
        <translation>HLA-DR pro&amp;cesado</translation>
    </message>
    <message>
        <source>read as {reading}</source>
        <translation>se interpreta como {reading}</translation>
    </message>
    <message>
        <source>read as {when}</source>
        <translation>se interpreta como {when}</translation>
    </message>
    <message>
        <source>Decimal separator in force: &apos;{sep}&apos; (e.g. {example}); thousands separators are never accepted. Change it in File ▸ Settings.</source>
        <translation>Separador decimal vigente: &apos;{sep}&apos; (p. ej. {example}); los separadores de miles no se aceptan nunca. Se cambia en Archivo ▸ Configuración.</translation>
    </message>
    <message>
        <source>Unusually high: above {limit} {unit}. Check the value and its unit.</source>
        <translation>Valor inusualmente alto: por encima de {limit} {unit}. Compruebe el valor y su unidad.</translation>
    </message>
    <message>
        <source>Unusually low: below {limit} {unit}. Check the value and its unit.</source>
        <translation>Valor inusualmente bajo: por debajo de {limit} {unit}. Compruebe el valor y su unidad.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Randomized, double-blind, double-dummy, placebo-controlled phase 2 trial; 33 sites in 6 countries; 2021-08-05 to 2024-04-29.</source>
        <comment>trial/design</comment>
        <extracomment>immunosep.json trial/design</extracomment>
        <translation>Ensayo de fase 2 aleatorizado, doble ciego, con doble simulación (double-dummy) y controlado con placebo; 33 centros en 6 países; del 2021-08-05 al 2024-04-29.</translation>
    </message>
    <message>
        <source>Adults (≥ 18 years) with sepsis by Sepsis-3 (SOFA ≥ 2, or a rise of ≥ 2 points if already in hospital).</source>
        <comment>trial/population/0</comment>
        <extracomment>immunosep.json trial/population/0</extracomment>
        <translation>Adultos (≥ 18 años) con sepsis según Sepsis-3 (SOFA ≥ 2, o un aumento de ≥ 2 puntos si ya estaban hospitalizados).</translation>
    </message>
    <message>
        <source>Infection: community-acquired, hospital-acquired or ventilator-associated pneumonia, or primary bacteraemia.</source>
        <comment>trial/population/1</comment>
        <extracomment>immunosep.json trial/population/1</extracomment>
        <translation>Infección: neumonía adquirida en la comunidad, nosocomial o asociada a ventilación mecánica, o bacteriemia primaria.</translation>
    </message>
    <message>
        <source>MALS (ferritin &gt; 4420 ng/mL) or immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR &lt; 5000 AB/C, QuantiBRITE, CD45/CD14 monocytes).</source>
        <comment>trial/population/2</comment>
        <extracomment>immunosep.json trial/population/2</extracomment>
        <translation>MALS (ferritina &gt; 4420 ng/mL) o inmunoparálisis (ferritina ≤ 4420 ng/mL y HLA-DR &lt; 5000 AB/C, QuantiBRITE, monocitos CD45/CD14).</translation>
    </message>
    <message>
        <source>Blinded treatment started within 72 hours of sepsis classification.</source>
        <comment>trial/population/3</comment>
        <extracomment>immunosep.json trial/population/3</extracomment>
        <translation>Tratamiento ciego iniciado en las 72 horas siguientes a la clasificación como sepsis.</translation>
    </message>
    <message>
        <source>Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.</source>
        <comment>trial/key_exclusions/0</comment>
        <extracomment>immunosep.json trial/key_exclusions/0</extracomment>
        <translation>Pielonefritis aguda, infección intraabdominal, meningitis o infección cutánea.</translation>
    </message>
    <message>
        <source>Stage IV malignancy; neutropenia (registry: ANC &lt; 1500/mm³; protocol transcription: &lt; 1000/mm³); do-not-resuscitate decision.</source>
        <comment>trial/key_exclusions/1</comment>
        <extracomment>immunosep.json trial/key_exclusions/1</extracomment>
        <translation>Neoplasia maligna en estadio IV; neutropenia (registro: recuento absoluto de neutrófilos &lt; 1500/mm³; transcripción del protocolo: &lt; 1000/mm³); orden de no reanimar.</translation>
    </message>
    <message>
        <source>Bacteraemia with coagulase-negative staphylococci or skin commensals, or catheter-related infection.</source>
        <comment>trial/key_exclusions/2</comment>
        <extracomment>immunosep.json trial/key_exclusions/2</extracomment>
        <translation>Bacteriemia por estafilococos coagulasa negativos o comensales cutáneos, o infección relacionada con catéter.</translation>
    </message>
    <message>
        <source>Other infection sources (urinary, abdominal, skin, meningitis) were excluded: the evidence does not extend to them.</source>
        <comment>trial/how_patients_may_differ/0</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/0</extracomment>
        <translation>Se excluyeron otros focos de infección (urinario, abdominal, cutáneo, meningitis): la evidencia no se extiende a ellos.</translation>
    </message>
    <message>
        <source>Beyond 72 hours from sepsis classification the trial&apos;s time window no longer applies.</source>
        <comment>trial/how_patients_may_differ/1</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/1</extracomment>
        <translation>Pasadas 72 horas desde la clasificación como sepsis, la ventana temporal del ensayo deja de aplicarse.</translation>
    </message>
    <message>
        <source>Mean age in the trial was about 70 years and median SOFA 9; most patients were mechanically ventilated.</source>
        <comment>trial/how_patients_may_differ/2</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/2</extracomment>
        <translation>La edad media en el ensayo fue de unos 70 años y la mediana del SOFA de 9; la mayoría de los pacientes recibía ventilación mecánica.</translation>
    </message>
    <message>
        <source>Patients with COVID-19 could enter only the MALS arm.</source>
        <comment>trial/how_patients_may_differ/3</comment>
        <extracomment>immunosep.json trial/how_patients_may_differ/3</extracomment>
        <translation>Los pacientes con COVID-19 solo podían entrar en el brazo MALS.</translation>
    </message>
    <message>
        <source>No mortality benefit was shown at 28 or 90 days.</source>
        <comment>trial/limits/0</comment>
        <extracomment>immunosep.json trial/limits/0</extracomment>
        <translation>No se demostró beneficio en la mortalidad a los 28 ni a los 90 días.</translation>
    </message>
    <message>
        <source>Phase 2 trial; 276 patients analysed (281 randomised).</source>
        <comment>trial/limits/1</comment>
        <extracomment>immunosep.json trial/limits/1</extracomment>
        <translation>Ensayo de fase 2; 276 pacientes analizados (281 aleatorizados).</translation>
    </message>
    <message>
        <source>The primary endpoint is organ dysfunction (SOFA), a surrogate outcome.</source>
        <comment>trial/limits/3</comment>
        <extracomment>immunosep.json trial/limits/3</extracomment>
        <translation>El criterio de valoración principal es la disfunción orgánica (SOFA), un criterio de valoración subrogado.</translation>
    </message>
    <message>
        <source>Sepsis use of anakinra and interferon-γ is off-label.</source>
        <comment>trial/limits/4</comment>
        <extracomment>immunosep.json trial/limits/4</extracomment>
        <translation>El uso de anakinra e interferón-γ en la sepsis es fuera de ficha técnica (off-label).</translation>
    </message>
    <message>
        <source>Primary endpoint: proportion of patients with a decrease of ≥ 1.4 points in mean SOFA score by day 9 (day-1 SOFA minus the mean of days 2–9; patients who died scored 24 for the remaining days).</source>
        <comment>endpoint_definition</comment>
        <extracomment>immunosep.json endpoint_definition</extracomment>
        <translation>Criterio de valoración principal: proporción de pacientes con una disminución de ≥ 1,4 puntos en la puntuación SOFA media hasta el día 9 (SOFA del día 1 menos la media de los días 2–9; a los pacientes fallecidos se les asignó 24 puntos para los días restantes).</translation>
    </message>
    <message>
        <source>No mortality benefit: 28-day mortality 43.5 % vs 49.7 % with placebo (P = .34); 90-day mortality 68.7 % vs 67.6 % (P = .90).</source>
        <comment>key_points/0/text</comment>
        <extracomment>immunosep.json key_points/0/text</extracomment>
        <translation>Sin beneficio en la mortalidad: mortalidad a 28 días 43,5 % frente a 49,7 % con placebo (p = 0,34); mortalidad a 90 días 68,7 % frente a 67,6 % (p = 0,90).</translation>
    </message>
    <message>
        <source>Phase 2 trial, 276 patients analysed. The primary endpoint was organ dysfunction (a decrease of ≥ 1.4 points in mean SOFA score by day 9), not survival.</source>
        <comment>key_points/1/text</comment>
        <extracomment>immunosep.json key_points/1/text</extracomment>
        <translation>Ensayo de fase 2, 276 pacientes analizados. El criterio de valoración principal fue la disfunción orgánica (disminución de ≥ 1,4 puntos en la puntuación SOFA media hasta el día 9), no la supervivencia.</translation>
    </message>
    <message>
        <source>Off-label use: anakinra and recombinant interferon-γ are not licensed for sepsis.</source>
        <comment>key_points/2/text</comment>
        <extracomment>immunosep.json key_points/2/text</extracomment>
        <translation>Uso fuera de ficha técnica: anakinra e interferón-γ recombinante no están autorizados para la sepsis.</translation>
    </message>
    <message>
        <source>Tested in adults (≥ 18 years) with sepsis (Sepsis-3) from pneumonia (community-acquired, hospital-acquired or ventilator-associated) or primary bacteraemia, treated within 72 hours of sepsis classification.</source>
        <comment>key_points/3/text</comment>
        <extracomment>immunosep.json key_points/3/text</extracomment>
        <translation>Estudiado en adultos (≥ 18 años) con sepsis (Sepsis-3) por neumonía (adquirida en la comunidad, nosocomial o asociada a ventilación mecánica) o bacteriemia primaria, tratados en las 72 horas siguientes a la clasificación como sepsis.</translation>
    </message>
    <message>
        <source>Not tested in: urinary, intra-abdominal, meningeal or skin infections; stage IV cancer; neutropenia; do-not-resuscitate decisions.</source>
        <comment>key_points/4/text</comment>
        <extracomment>immunosep.json key_points/4/text</extracomment>
        <translation>No estudiado en: infecciones urinarias, intraabdominales, meníngeas o cutáneas; cáncer en estadio IV; neutropenia; órdenes de no reanimar.</translation>
    </message>
    <message>
        <source>Check the product information for renal dosing, contraindications and interactions.</source>
        <comment>regimen_caution</comment>
        <extracomment>immunosep.json regimen_caution</extracomment>
        <translation>Consulte la ficha técnica para la dosificación en insuficiencia renal, las contraindicaciones y las interacciones.</translation>
    </message>
    <message>
        <source>Primary endpoint, all patients</source>
        <comment>comparisons/primary_overall/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/label</extracomment>
        <translation>Criterio de valoración principal, todos los pacientes</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_overall/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_overall/endpoint</extracomment>
        <translation>Disminución de ≥ 1,4 puntos en la puntuación SOFA media hasta el día 9</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/primary_overall/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_overall/treated/label</extracomment>
        <translation>inmunoterapia de precisión</translation>
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
        <translation>OR ajustada (regresión logística) 2,49 (IC del 95 % 1,42–4,36).</translation>
    </message>
    <message>
        <source>Primary endpoint, MALS subgroup (anakinra vs placebo)</source>
        <comment>comparisons/primary_mals/label</comment>
        <extracomment>immunosep.json comparisons/primary_mals/label</extracomment>
        <translation>Criterio de valoración principal, subgrupo MALS (anakinra frente a placebo)</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_mals/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_mals/endpoint</extracomment>
        <translation>Disminución de ≥ 1,4 puntos en la puntuación SOFA media hasta el día 9</translation>
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
        <translation>El texto del artículo indica p = 0,04 para este subgrupo.</translation>
    </message>
    <message>
        <source>Primary endpoint, immunoparalysis subgroup (interferon-γ vs placebo)</source>
        <comment>comparisons/primary_immunoparalysis/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/label</extracomment>
        <translation>Criterio de valoración principal, subgrupo inmunoparálisis (interferón-γ frente a placebo)</translation>
    </message>
    <message>
        <source>≥ 1.4-point mean SOFA decrease by day 9</source>
        <comment>comparisons/primary_immunoparalysis/endpoint</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/endpoint</extracomment>
        <translation>Disminución de ≥ 1,4 puntos en la puntuación SOFA media hasta el día 9</translation>
    </message>
    <message>
        <source>interferon-γ</source>
        <comment>comparisons/primary_immunoparalysis/treated/label</comment>
        <extracomment>immunosep.json comparisons/primary_immunoparalysis/treated/label</extracomment>
        <translation>interferón-γ</translation>
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
        <translation>El texto del artículo indica p = 0,02 para este subgrupo.</translation>
    </message>
    <message>
        <source>deaths</source>
        <comment>comparisons/mortality_28d/events</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/events</extracomment>
        <translation>muertes</translation>
    </message>
    <message>
        <source>28-day mortality, all patients</source>
        <comment>comparisons/mortality_28d/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/label</extracomment>
        <translation>Mortalidad a 28 días, todos los pacientes</translation>
    </message>
    <message>
        <source>death by day 28</source>
        <comment>comparisons/mortality_28d/endpoint</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/endpoint</extracomment>
        <translation>muerte hasta el día 28</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/mortality_28d/treated/label</comment>
        <extracomment>immunosep.json comparisons/mortality_28d/treated/label</extracomment>
        <translation>inmunoterapia de precisión</translation>
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
        <translation>HR de Cox 0,83 (0,59–1,18), p = 0,298. La diferencia impresa es placebo menos inmunoterapia de precisión (inmunoterapia de precisión menos placebo es −6,1).</translation>
    </message>
    <message>
        <source>deaths</source>
        <comment>comparisons/mortality_90d/events</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/events</extracomment>
        <translation>muertes</translation>
    </message>
    <message>
        <source>90-day mortality, all patients</source>
        <comment>comparisons/mortality_90d/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/label</extracomment>
        <translation>Mortalidad a 90 días, todos los pacientes</translation>
    </message>
    <message>
        <source>death by day 90</source>
        <comment>comparisons/mortality_90d/endpoint</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/endpoint</extracomment>
        <translation>muerte hasta el día 90</translation>
    </message>
    <message>
        <source>precision immunotherapy</source>
        <comment>comparisons/mortality_90d/treated/label</comment>
        <extracomment>immunosep.json comparisons/mortality_90d/treated/label</extracomment>
        <translation>inmunoterapia de precisión</translation>
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
        <translation>Anakinra 200 mg por vía intravenosa cada 8 horas durante 15 días (con placebo subcutáneo: doble simulación).</translation>
    </message>
    <message>
        <source>Regimen used in the trial — information, not an order</source>
        <comment>arms/anakinra/regimen_label</comment>
        <extracomment>immunosep.json arms/anakinra/regimen_label</extracomment>
        <translation>Pauta utilizada en el ensayo — información, no es una prescripción</translation>
    </message>
    <message>
        <source>Fewer signs of ileus with anakinra (non-serious events).</source>
        <comment>arms/anakinra/safety/2</comment>
        <extracomment>immunosep.json arms/anakinra/safety/2</extracomment>
        <translation>Menos signos de íleo con anakinra (acontecimientos no graves).</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL places a patient in MALS; it does not establish HLH (HScore, HLH-2004 remain the diagnostic tools).</source>
        <comment>arms/anakinra/notes/0</comment>
        <extracomment>immunosep.json arms/anakinra/notes/0</extracomment>
        <translation>Una ferritina &gt; 4420 ng/mL sitúa al paciente en MALS; no establece una HLH (la HScore y los criterios HLH-2004 siguen siendo las herramientas diagnósticas).</translation>
    </message>
    <message>
        <source>Anakinra is licensed for RA, CAPS/NOMID and DIRA; sepsis use is off-label. No renal dose adjustment for the trial regimen was found.</source>
        <comment>arms/anakinra/notes/1</comment>
        <extracomment>immunosep.json arms/anakinra/notes/1</extracomment>
        <translation>Anakinra está autorizada para AR, CAPS/NOMID y DIRA; su uso en la sepsis es fuera de ficha técnica. No se encontró ajuste de dosis por insuficiencia renal para la pauta del ensayo.</translation>
    </message>
    <message>
        <source>recombinant human interferon-γ</source>
        <comment>arms/interferon_gamma/drug</comment>
        <extracomment>immunosep.json arms/interferon_gamma/drug</extracomment>
        <translation>interferón-γ humano recombinante</translation>
    </message>
    <message>
        <source>Recombinant human interferon-γ 100 µg subcutaneously every 48 hours (every other day) for 15 days (with intravenous placebo: double-dummy).</source>
        <comment>arms/interferon_gamma/regimen</comment>
        <extracomment>immunosep.json arms/interferon_gamma/regimen</extracomment>
        <translation>Interferón-γ humano recombinante 100 µg por vía subcutánea cada 48 horas (en días alternos) durante 15 días (con placebo intravenoso: doble simulación).</translation>
    </message>
    <message>
        <source>Regimen used in the trial — information, not an order</source>
        <comment>arms/interferon_gamma/regimen_label</comment>
        <extracomment>immunosep.json arms/interferon_gamma/regimen_label</extracomment>
        <translation>Pauta utilizada en el ensayo — información, no es una prescripción</translation>
    </message>
    <message>
        <source>More haemorrhage with interferon-γ; four haemorrhagic events occurred in treated patients with thrombocytopenia.</source>
        <comment>arms/interferon_gamma/safety/0</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/0</extracomment>
        <translation>Más hemorragias con interferón-γ; cuatro acontecimientos hemorrágicos ocurrieron en pacientes tratados con trombocitopenia.</translation>
    </message>
    <message>
        <source>More creatinine increase, fibrinogen decrease and γ-GT increase with interferon-γ; less bradycardia (non-serious events).</source>
        <comment>arms/interferon_gamma/safety/1</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/1</extracomment>
        <translation>Más aumentos de creatinina, descensos de fibrinógeno y aumentos de γ-GT con interferón-γ; menos bradicardia (acontecimientos no graves).</translation>
    </message>
    <message>
        <source>HLA-DR must be antibodies bound per cell (QuantiBRITE, CD45/CD14 monocytes), not % positive monocytes or MFI.</source>
        <comment>arms/interferon_gamma/notes/0</comment>
        <extracomment>immunosep.json arms/interferon_gamma/notes/0</extracomment>
        <translation>El HLA-DR debe expresarse en anticuerpos unidos por célula (QuantiBRITE, monocitos CD45/CD14), no en % de monocitos positivos ni en MFI.</translation>
    </message>
    <message>
        <source>Interferon-γ-1b is licensed for chronic granulomatous disease; sepsis use is off-label.</source>
        <comment>arms/interferon_gamma/notes/1</comment>
        <extracomment>immunosep.json arms/interferon_gamma/notes/1</extracomment>
        <translation>El interferón-γ-1b está autorizado para la enfermedad granulomatosa crónica; su uso en la sepsis es fuera de ficha técnica.</translation>
    </message>
    <message>
        <source>Serious treatment-emergent adverse events in 245 of 276 patients (88.8 %); 1069 events in all.</source>
        <comment>overall_safety/0</comment>
        <extracomment>immunosep.json overall_safety/0</extracomment>
        <translation>Acontecimientos adversos graves surgidos durante el tratamiento en 245 de 276 pacientes (88,8 %); 1069 acontecimientos en total.</translation>
    </message>
    <message>
        <source>Serious adverse events judged probably or possibly related: 8 (6.1 %) with precision immunotherapy vs 3 (2.1 %) with placebo.</source>
        <comment>overall_safety/1</comment>
        <extracomment>immunosep.json overall_safety/1</extracomment>
        <translation>Acontecimientos adversos graves considerados probable o posiblemente relacionados: 8 (6,1 %) con inmunoterapia de precisión frente a 3 (2,1 %) con placebo.</translation>
    </message>
    <message>
        <source>This patient meets neither ImmunoSep phenotype (ferritin ≤ 4420 ng/mL and HLA-DR ≥ 5000 AB/C). Such patients were not eligible for the trial (355 of 672 screened fitted neither phenotype), so the ImmunoSep evidence does not apply and the trial offers no treatment for this state.</source>
        <comment>not_applicable/unclassified</comment>
        <extracomment>immunosep.json not_applicable/unclassified</extracomment>
        <translation>Este paciente no cumple ninguno de los dos fenotipos de ImmunoSep (ferritina ≤ 4420 ng/mL y HLA-DR ≥ 5000 AB/C). Estos pacientes no eran elegibles para el ensayo (355 de los 672 cribados no encajaban en ningún fenotipo), por lo que la evidencia de ImmunoSep no se aplica y el ensayo no ofrece tratamiento para este estado.</translation>
    </message>
    <message>
        <source>The phenotype cannot be determined from these data, so no ImmunoSep evidence applies yet. Obtain what the reasons above ask for and assess again.</source>
        <comment>not_applicable/cannot_classify</comment>
        <extracomment>immunosep.json not_applicable/cannot_classify</extracomment>
        <translation>El fenotipo no puede determinarse con estos datos, por lo que todavía no se aplica ninguna evidencia de ImmunoSep. Obtenga lo que piden los motivos anteriores y vuelva a evaluar.</translation>
    </message>
    <message>
        <source>28-day mortality: the difference is printed as 6.1 (−5.6 to 17.6), which is placebo minus precision immunotherapy; precision minus placebo is −6.1 (−17.6 to 5.6).</source>
        <comment>published_discrepancies/0</comment>
        <extracomment>immunosep.json published_discrepancies/0</extracomment>
        <translation>Mortalidad a 28 días: la diferencia se imprime como 6,1 (−5,6 a 17,6), es decir, placebo menos inmunoterapia de precisión; inmunoterapia de precisión menos placebo es −6,1 (−17,6 a 5,6).</translation>
    </message>
    <message>
        <source>MALS subgroup: the article text prints P = .04; the eTable prints P = .034, which the counts reproduce (Fisher 0.0339).</source>
        <comment>published_discrepancies/1</comment>
        <extracomment>immunosep.json published_discrepancies/1</extracomment>
        <translation>Subgrupo MALS: el texto del artículo indica p = 0,04; la eTable indica p = 0,034, que reproducen los recuentos (Fisher 0,0339).</translation>
    </message>
    <message>
        <source>MALS subgroup OR lower limit printed 1.15; Woolf gives 1.156 (printed value truncated).</source>
        <comment>published_discrepancies/2</comment>
        <extracomment>immunosep.json published_discrepancies/2</extracomment>
        <translation>Subgrupo MALS: límite inferior de la OR impreso como 1,15; el método de Woolf da 1,156 (valor impreso truncado).</translation>
    </message>
    <message>
        <source>355 of 672 screened patients fitted neither phenotype.</source>
        <comment>trial/limits/2</comment>
        <extracomment>immunosep.json trial/limits/2</extracomment>
        <translation>355 de los 672 pacientes cribados no encajaban en ninguno de los dos fenotipos.</translation>
    </message>
    <message>
        <source>More anaemia with anakinra than with placebo.</source>
        <comment>arms/anakinra/safety/0</comment>
        <extracomment>immunosep.json arms/anakinra/safety/0</extracomment>
        <translation>Más anemia con anakinra que con placebo.</translation>
    </message>
    <message>
        <source>Serious adverse events in 20 of 25 anakinra-treated and 21 of 23 placebo MALS patients.</source>
        <comment>arms/anakinra/safety/1</comment>
        <extracomment>immunosep.json arms/anakinra/safety/1</extracomment>
        <translation>Acontecimientos adversos graves en 20 de 25 pacientes MALS tratados con anakinra y en 21 de 23 con placebo.</translation>
    </message>
    <message>
        <source>Serious adverse events in 96 of 106 interferon-γ-treated and 108 of 122 placebo immunoparalysis patients.</source>
        <comment>arms/interferon_gamma/safety/2</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/2</extracomment>
        <translation>Acontecimientos adversos graves en 96 de 106 pacientes con inmunoparálisis tratados con interferón-γ y en 108 de 122 con placebo.</translation>
    </message>
    <message>
        <source>Figures transcribed from ../shared/domain/immunosep-reference.md §1 (JAMA 2025 article, Table 2, eTables); re-check against the JAMA PDF before release.</source>
        <comment>provenance/0</comment>
        <extracomment>immunosep.json provenance/0</extracomment>
        <translation>Cifras transcritas de ../shared/domain/immunosep-reference.md §1 (artículo de JAMA 2025, tabla 2, eTables); vuelva a comprobarlas con el PDF de JAMA antes de la publicación de la versión.</translation>
    </message>
    <message>
        <source>The full exclusion list could not be verified: every stored registry copy is truncated (a corticosteroid-dose limit is mentioned, its value is not).</source>
        <comment>provenance/1</comment>
        <extracomment>immunosep.json provenance/1</extracomment>
        <translation>No pudo verificarse la lista completa de exclusiones: todas las copias guardadas del registro están truncadas (se menciona un límite de dosis de corticoides, pero no su valor).</translation>
    </message>
    <message>
        <source>The label of the 355-patient box of the flow chart (&quot;fitted neither phenotype&quot;) was not visible in the transcription.</source>
        <comment>provenance/2</comment>
        <extracomment>immunosep.json provenance/2</extracomment>
        <translation>La etiqueta de la casilla de 355 pacientes del diagrama de flujo («no encajaban en ningún fenotipo») no era visible en la transcripción.</translation>
    </message>
    <message>
        <source>Exact counts of anaemia with anakinra and of haemorrhage with interferon-γ were not retrievable.</source>
        <comment>provenance/3</comment>
        <extracomment>immunosep.json provenance/3</extracomment>
        <translation>No pudieron obtenerse las cifras exactas de anemia con anakinra ni de hemorragia con interferón-γ.</translation>
    </message>
    <message>
        <source>Serious adverse events by stratum (20 and 21 of the MALS arms, 96 and 108 of the immunoparalysis arms) are inferred from the arm totals of Table 3.</source>
        <comment>provenance/4</comment>
        <extracomment>immunosep.json provenance/4</extracomment>
        <translation>Los acontecimientos adversos graves por estrato (20 y 21 en los brazos MALS, 96 y 108 en los brazos de inmunoparálisis) se deducen de los totales por brazo de la tabla 3.</translation>
    </message>
    <message>
        <source>Circulating summaries that say &apos;267 patients&apos;, or placebo denominators of 131, are wrong: 276 were analysed (131 precision immunotherapy, 145 placebo).</source>
        <comment>provenance/5</comment>
        <extracomment>immunosep.json provenance/5</extracomment>
        <translation>Los resúmenes que circulan con «267 pacientes» o denominadores de placebo de 131 son erróneos: se analizaron 276 (131 inmunoterapia de precisión, 145 placebo).</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Trial evidence</source>
        <translation>Evidencia del ensayo</translation>
    </message>
    <message>
        <source>Key points and regimen</source>
        <translation>Puntos clave y pauta</translation>
    </message>
    <message>
        <source>Statistics audit: published vs recomputed figures</source>
        <translation>Auditoría estadística: cifras publicadas frente a recalculadas</translation>
    </message>
    <message>
        <source>Show the statistics audit</source>
        <translation>Mostrar la auditoría estadística</translation>
    </message>
    <message>
        <source>Statistics audit</source>
        <translation>Auditoría estadística</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>The evidence for the patient&apos;s phenotype appears here once the values can be classified.</source>
        <translation>La evidencia para el fenotipo del paciente aparece aquí en cuanto los valores pueden clasificarse.</translation>
    </message>
    <message>
        <source>Hide the statistics audit</source>
        <translation>Ocultar la auditoría estadística</translation>
    </message>
</context>
<context>
    <name>EvidencePlot</name>
    <message>
        <source>Evidence chart</source>
        <translation>Gráfico de la evidencia</translation>
    </message>
    <message>
        <source>{group} (this patient)</source>
        <translation>{group} (este paciente)</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>treated percentage</source>
        <translation>porcentaje con tratamiento</translation>
    </message>
    <message>
        <source>placebo percentage</source>
        <translation>porcentaje con placebo</translation>
    </message>
    <message>
        <source>p value</source>
        <translation>valor de p</translation>
    </message>
    <message>
        <source>odds ratio</source>
        <translation>odds ratio</translation>
    </message>
    <message>
        <source>lower limit of the odds ratio</source>
        <translation>límite inferior de la odds ratio</translation>
    </message>
    <message>
        <source>upper limit of the odds ratio</source>
        <translation>límite superior de la odds ratio</translation>
    </message>
    <message>
        <source>risk difference</source>
        <translation>diferencia de riesgos</translation>
    </message>
    <message>
        <source>lower limit of the risk difference</source>
        <translation>límite inferior de la diferencia de riesgos</translation>
    </message>
    <message>
        <source>upper limit of the risk difference</source>
        <translation>límite superior de la diferencia de riesgos</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Muertes</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Respondedores</translation>
    </message>
    <message>
        <source>Every printed figure agrees with its recomputation (within one unit of its last printed digit).</source>
        <translation>Cada cifra impresa coincide con su recálculo (con una diferencia máxima de una unidad en su último dígito impreso).</translation>
    </message>
    <message>
        <source>ImmunoSep trial evidence</source>
        <translation>Evidencia del ensayo ImmunoSep</translation>
    </message>
    <message>
        <source>The evidence for the patient&apos;s phenotype appears here once the values can be classified.</source>
        <translation>La evidencia para el fenotipo del paciente aparece aquí en cuanto los valores pueden clasificarse.</translation>
    </message>
    <message>
        <source>{point} ({low} to {high})</source>
        <translation>{point} ({low} a {high})</translation>
    </message>
    <message>
        <source>Odds ratio (95 % CI)</source>
        <translation>Odds ratio (IC del 95 %)</translation>
    </message>
    <message>
        <source>Risk difference, percentage points (95 % CI), placebo − treated, as printed</source>
        <translation>Diferencia de riesgo, puntos porcentuales (IC del 95 %), placebo − tratados, tal como se imprimió</translation>
    </message>
    <message>
        <source>Risk difference, percentage points (95 % CI), treated − placebo</source>
        <translation>Diferencia de riesgo, puntos porcentuales (IC del 95 %), tratados − placebo</translation>
    </message>
    <message>
        <source>No trial arm matches this result.</source>
        <translation>Ningún brazo del ensayo corresponde a este resultado.</translation>
    </message>
    <message>
        <source>Printed and recomputed figures differ for: {figures}.</source>
        <translation>Las cifras impresas y recalculadas difieren en: {figures}.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Published (as printed)</source>
        <translation>Publicado (tal como se imprimió)</translation>
    </message>
    <message>
        <source>Recomputed from the counts</source>
        <translation>Recalculado a partir de los recuentos</translation>
    </message>
    <message>
        <source>{treated} {te}/{tt} ({tp} %) vs {control} {ce}/{ct} ({cp} %)</source>
        <translation>{treated} {te}/{tt} ({tp} %) frente a {control} {ce}/{ct} ({cp} %)</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Limits of the evidence</source>
        <translation>Limitaciones de la evidencia</translation>
    </message>
    <message>
        <source>Known discrepancies in the publication</source>
        <translation>Discrepancias conocidas en la publicación</translation>
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
        <translation>Fuente: {source}.</translation>
    </message>
    <message>
        <source>Methods of the recomputation:</source>
        <translation>Métodos del recálculo:</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Evidence version {version}, cut-off {cutoff}.</source>
        <translation>Versión de la evidencia {version}, fecha de corte {cutoff}.</translation>
    </message>
    <message>
        <source>Why there is no phenotype:</source>
        <translation>Por qué no hay fenotipo:</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence does not apply</source>
        <translation>La evidencia de ImmunoSep no se aplica</translation>
    </message>
    <message>
        <source>Key exclusions</source>
        <translation>Exclusiones principales</translation>
    </message>
    <message>
        <source>How this patient may differ from the trial population</source>
        <translation>En qué puede diferir este paciente de la población del ensayo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <source>Safety signals</source>
        <translation>Señales de seguridad</translation>
    </message>
    <message>
        <source>ImmunoSep evidence for {phenotype}: {drug} arm</source>
        <translation>Evidencia de ImmunoSep para el fenotipo {phenotype}: brazo de {drug}</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF report — TRAINING</source>
        <translation>Exportar informe PDF — FORMACIÓN</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exportar informe PDF</translation>
    </message>
    <message>
        <source>Rendering the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>Preview of page 1</source>
        <translation>Vista previa de la página 1</translation>
    </message>
    <message>
        <source>Patient name (optional)</source>
        <translation>Nombre del paciente (opcional)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD (optional)</source>
        <translation>Fecha de nacimiento, AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <source>Record number (optional)</source>
        <translation>Número de historia clínica (opcional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>Número de &amp;historia clínica:</translation>
    </message>
    <message>
        <source>Leave these empty to print a box for a patient label.</source>
        <translation>Déjelos vacíos para imprimir un recuadro para la etiqueta del paciente.</translation>
    </message>
    <message>
        <source>Patient: {id}
Result: {result}</source>
        <translation>Paciente: {id}
Resultado: {result}</translation>
    </message>
    <message>
        <source>TRAINING — every page is marked as training material.</source>
        <translation>FORMACIÓN — cada página está marcada como material de formación.</translation>
    </message>
    <message>
        <source>Page header (site)</source>
        <translation>Encabezado de página (centro)</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Page 1 includes the stored eligibility checklist, day-9 SOFA measure and HScore, where present.</source>
        <translation>La página 1 incluye la lista de verificación de elegibilidad guardada, la medida SOFA del día 9 y el HScore, si existen.</translation>
    </message>
    <message>
        <source>Stored scores not included: {reason}</source>
        <translation>Puntuaciones guardadas no incluidas: {reason}</translation>
    </message>
    <message>
        <source>Date of birth: type it as YYYY-MM-DD (e.g. 1958-03-14); 03/04/1958 could be March or April.</source>
        <translation>Fecha de nacimiento: escríbala como AAAA-MM-DD (p. ej. 1958-03-14); 03/04/1958 podría ser marzo o abril.</translation>
    </message>
    <message>
        <source>No preview on this computer (no PDF renderer found).
The saved file is the same report.</source>
        <translation>No hay vista previa en este ordenador (no se encontró ningún visor de PDF).
El archivo guardado es el mismo informe.</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Listo para guardar.</translation>
    </message>
    <message>
        <source>Page 1 of {n} shown. Ready to save.</source>
        <translation>Se muestra la página 1 de {n}. Listo para guardar.</translation>
    </message>
    <message>
        <source>Page 1 shown. Ready to save.</source>
        <translation>Se muestra la página 1. Listo para guardar.</translation>
    </message>
    <message>
        <source>The report could not be produced.</source>
        <translation>No se pudo generar el informe.</translation>
    </message>
    <message>
        <source>Error: {kind}. Nothing can be saved.</source>
        <translation>Error: {kind}. No se puede guardar nada.</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it with this report?</source>
        <translation>{name} ya existe en {folder}.

¿Desea sustituirlo por este informe?</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Guardando {name}…</translation>
    </message>
    <message>
        <source>{name} appeared meanwhile; it was not replaced.</source>
        <translation>{name} apareció entretanto; no se sustituyó.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}. Nothing was written.</source>
        <translation>No se pudo guardar {name}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}:
{reason}

Nothing was written there. Choose another folder.</source>
        <translation>No se pudo guardar el informe en {path}:
{reason}

No se escribió nada allí. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Age {age} years is under {min_age}: ImmunoSep enrolled adults only, and HLA-DR differs in children.</source>
        <comment>age_under_18</comment>
        <extracomment>Finding age_under_18. Fields: age, min_age.</extracomment>
        <translation>Edad de {age} años, inferior a {min_age}: ImmunoSep solo incluyó adultos y el HLA-DR es distinto en los niños.</translation>
    </message>
    <message>
        <source>Age {age} years could be under {min_age}; the exact age is needed.</source>
        <comment>age_indeterminate</comment>
        <extracomment>Finding age_indeterminate. Fields: age, min_age.</extracomment>
        <translation>La edad de {age} años podría ser inferior a {min_age}; se necesita la edad exacta.</translation>
    </message>
    <message>
        <source>The rule could not be applied to these inputs.</source>
        <comment>internal_error</comment>
        <extracomment>Finding internal_error.</extracomment>
        <translation>No se pudo aplicar la regla a estos datos.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is unusually low for antibodies bound per cell; check that it is not % positive monocytes or MFI.</source>
        <comment>hla_dr_implausibly_low</comment>
        <extracomment>Finding hla_dr_implausibly_low. Fields: hla_dr.</extracomment>
        <translation>El HLA-DR {hla_dr} es inusualmente bajo para anticuerpos unidos por célula; compruebe que no se trate de % de monocitos positivos ni de MFI.</translation>
    </message>
    <message>
        <source>HLA-DR given as {hla_dr_unit} was not used: it cannot be converted to AB/C (not needed for MALS).</source>
        <comment>hla_dr_unit_not_used</comment>
        <extracomment>Finding hla_dr_unit_not_used. Fields: hla_dr_unit.</extracomment>
        <translation>El HLA-DR dado en {hla_dr_unit} no se utilizó: no puede convertirse en AB/C (no es necesario para MALS).</translation>
    </message>
    <message>
        <source>The HLA-DR processing time is before its sample time; check both times.</source>
        <comment>hla_dr_processed_before_sampled</comment>
        <extracomment>Finding hla_dr_processed_before_sampled.</extracomment>
        <translation>La hora de procesamiento del HLA-DR es anterior a su hora de extracción; compruebe ambas horas.</translation>
    </message>
    <message>
        <source>Age not given: ImmunoSep enrolled adults (≥ {min_age} years) only.</source>
        <comment>age_not_given</comment>
        <extracomment>Finding age_not_given. Fields: min_age.</extracomment>
        <translation>Edad no indicada: ImmunoSep solo incluyó adultos (≥ {min_age} años).</translation>
    </message>
    <message>
        <source>no HLA-DR result of this patient within {max_interval} of this ferritin result</source>
        <comment>not_paired.ferritin</comment>
        <extracomment>Finding not_paired.ferritin. Fields: max_interval.</extracomment>
        <translation>ningún resultado de HLA-DR de este paciente en un plazo de {max_interval} respecto a este resultado de ferritina</translation>
    </message>
    <message>
        <source>no ferritin result of this patient within {max_interval} of this HLA-DR result</source>
        <comment>not_paired.hla_dr</comment>
        <extracomment>Finding not_paired.hla_dr. Fields: max_interval.</extracomment>
        <translation>ningún resultado de ferritina de este paciente en un plazo de {max_interval} respecto a este resultado de HLA-DR</translation>
    </message>
    <message>
        <source>not paired: two results are equally close in time (rows {first_row} and {second_row} among them); pair them by hand</source>
        <comment>pairing_ambiguous</comment>
        <extracomment>Finding pairing_ambiguous. Fields: first_row, second_row.</extracomment>
        <translation>no emparejado: dos resultados están igual de cerca en el tiempo (entre ellos las filas {first_row} y {second_row}); emparéjelos manualmente</translation>
    </message>
    <message>
        <source>encoding cp1252 (identical to latin-1 for this file)</source>
        <comment>encoding_cp1252</comment>
        <extracomment>Finding encoding_cp1252.</extracomment>
        <translation>codificación cp1252 (idéntica a latin-1 en este archivo)</translation>
    </message>
    <message>
        <source>delimiter comma (detected)</source>
        <comment>delimiter_detected.comma</comment>
        <extracomment>Finding delimiter_detected.comma.</extracomment>
        <translation>delimitador: coma (detectado)</translation>
    </message>
    <message>
        <source>delimiter semicolon (detected)</source>
        <comment>delimiter_detected.semicolon</comment>
        <extracomment>Finding delimiter_detected.semicolon.</extracomment>
        <translation>delimitador: punto y coma (detectado)</translation>
    </message>
    <message>
        <source>delimiter tab (detected)</source>
        <comment>delimiter_detected.tab</comment>
        <extracomment>Finding delimiter_detected.tab.</extracomment>
        <translation>delimitador: tabulador (detectado)</translation>
    </message>
    <message>
        <source>delimiter pipe (detected)</source>
        <comment>delimiter_detected.pipe</comment>
        <extracomment>Finding delimiter_detected.pipe.</extracomment>
        <translation>delimitador: barra vertical (detectado)</translation>
    </message>
    <message>
        <source>header on row {row}</source>
        <comment>header_row</comment>
        <extracomment>Finding header_row. Fields: row.</extracomment>
        <translation>encabezado en la fila {row}</translation>
    </message>
    <message>
        <source>sheet {sheet} (the first of {count}: {sheets})</source>
        <comment>first_sheet</comment>
        <extracomment>Finding first_sheet. Fields: count, sheet, sheets.</extracomment>
        <translation>hoja {sheet} (la primera de {count}: {sheets})</translation>
    </message>
    <message>
        <source>decimal comma (detected: values such as 5120,5 and none with a decimal point)</source>
        <comment>decimal_comma_detected</comment>
        <extracomment>Finding decimal_comma_detected.</extracomment>
        <translation>coma decimal (detectada: valores como 5120,5 y ninguno con punto decimal)</translation>
    </message>
    <message>
        <source>decimal point (detected)</source>
        <comment>decimal_point_detected</comment>
        <extracomment>Finding decimal_point_detected.</extracomment>
        <translation>punto decimal (detectado)</translation>
    </message>
    <message>
        <source>values use both decimal comma and decimal point; declare the decimal separator (rows that do not fit it are rejected)</source>
        <comment>decimal_separators_mixed</comment>
        <extracomment>Finding decimal_separators_mixed.</extracomment>
        <translation>los valores usan tanto coma decimal como punto decimal; declare el separador decimal (las filas que no se ajusten a él se rechazan)</translation>
    </message>
    <message>
        <source>values such as 4.420 or 4,420 could be grouped thousands or decimals; they are rejected (declare the decimal separator if needed)</source>
        <comment>decimal_grouping_ambiguous</comment>
        <extracomment>Finding decimal_grouping_ambiguous.</extracomment>
        <translation>valores como 4.420 o 4,420 podrían ser miles agrupados o decimales; se rechazan (declare el separador decimal si es necesario)</translation>
    </message>
    <message>
        <source>no decimal separator in the values</source>
        <comment>no_decimal_separator</comment>
        <extracomment>Finding no_decimal_separator.</extracomment>
        <translation>los valores no tienen separador decimal</translation>
    </message>
    <message>
        <source>sample times mix date separators ({separators}); give the time format</source>
        <comment>time_separators_mixed</comment>
        <extracomment>Finding time_separators_mixed. Fields: separators.</extracomment>
        <translation>las horas de extracción mezclan separadores de fecha ({separators}); indique el formato de hora</translation>
    </message>
    <message>
        <source>time format {time_format} (detected: day first, a first field reaches {value})</source>
        <comment>time_format_detected.day_first</comment>
        <extracomment>Finding time_format_detected.day_first. Fields: time_format, value.</extracomment>
        <translation>formato de hora {time_format} (detectado: día primero; un primer campo llega a {value})</translation>
    </message>
    <message>
        <source>time format {time_format} (detected: month first, a second field reaches {value})</source>
        <comment>time_format_detected.month_first</comment>
        <extracomment>Finding time_format_detected.month_first. Fields: time_format, value.</extracomment>
        <translation>formato de hora {time_format} (detectado: mes primero; un segundo campo llega a {value})</translation>
    </message>
    <message>
        <source>sample times like {example} could be day-first or month-first; give the time format (e.g. {time_format})</source>
        <comment>time_order_ambiguous</comment>
        <extracomment>Finding time_order_ambiguous. Fields: example, time_format.</extracomment>
        <translation>horas de extracción como {example} podrían llevar primero el día o el mes; indique el formato de hora (p. ej. {time_format})</translation>
    </message>
    <message>
        <source>sample times do not follow one day/month order; give the time format</source>
        <comment>time_order_inconsistent</comment>
        <extracomment>Finding time_order_inconsistent.</extracomment>
        <translation>las horas de extracción no siguen un único orden día/mes; indique el formato de hora</translation>
    </message>
    <message>
        <source>date cells in the sample-time column are taken as 00:00 (the other cells of the column are date-times)</source>
        <comment>midnight_dates</comment>
        <extracomment>Finding midnight_dates.</extracomment>
        <translation>las celdas con solo fecha de la columna de hora de extracción se toman como 00:00 (las demás celdas de la columna son fechas con hora)</translation>
    </message>
    <message>
        <source>no sample time column: results carry no sample time, and two rows of one patient cannot be told apart (they are reported as conflicting)</source>
        <comment>no_sample_time_column</comment>
        <extracomment>Finding no_sample_time_column.</extracomment>
        <translation>no hay columna de hora de extracción: los resultados no llevan hora de extracción y dos filas de un mismo paciente no pueden distinguirse (se notifican como contradictorias)</translation>
    </message>
    <message>
        <source>header {header}: {text} is not a {analyte} unit; ignored</source>
        <comment>header_unit_ignored</comment>
        <extracomment>Finding header_unit_ignored. Fields: analyte, header, text.</extracomment>
        <translation>encabezado {header}: {text} no es una unidad de {analyte}; se ignora</translation>
    </message>
    <message>
        <source>{file_format}: {messages} message(s), {results} result(s): {used} used, {ignored} ignored, {rejected} rejected</source>
        <comment>message_counts</comment>
        <extracomment>Finding message_counts. Fields: file_format, ignored, messages, rejected, results, used.</extracomment>
        <translation>{file_format}: mensajes: {messages}; resultados: {results} (usados: {used}, ignorados: {ignored}, rechazados: {rejected})</translation>
    </message>
    <message>
        <source>line {line} of the file comes before the first MSH segment and belongs to no message; it was not read</source>
        <comment>outside_message</comment>
        <extracomment>Finding outside_message. Fields: line.</extracomment>
        <translation>la línea {line} del archivo está antes del primer segmento MSH y no pertenece a ningún mensaje; no se leyó</translation>
    </message>
    <message>
        <source>No value was given; a number is required.</source>
        <comment>empty</comment>
        <extracomment>Finding empty.</extracomment>
        <translation>No se indicó ningún valor; se requiere un número.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a comparator but no number; a number is required.</source>
        <comment>empty.comparator_only</comment>
        <extracomment>Finding empty.comparator_only. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; tiene un comparador pero ningún número; se requiere un número.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a censored value; an exact number is required.</source>
        <comment>censored_not_allowed</comment>
        <extracomment>Finding censored_not_allowed. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; es un valor censurado; se requiere un número exacto.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains {character} ({character_name}); only the ASCII digits 0-9 and one decimal separator are accepted.</source>
        <comment>non_ascii</comment>
        <extracomment>Finding non_ascii. Fields: character, character_name, text.</extracomment>
        <translation>&apos;{text}&apos; contiene {character} ({character_name}); solo se aceptan los dígitos ASCII 0-9 y un separador decimal.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: NaN is not a number; a number is required.</source>
        <comment>not_a_number.nan</comment>
        <extracomment>Finding not_a_number.nan. Fields: text.</extracomment>
        <translation>&apos;{text}&apos;: NaN no es un número; se requiere un número.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: infinity is not a measurement; a number is required.</source>
        <comment>not_a_number.infinity</comment>
        <extracomment>Finding not_a_number.infinity. Fields: text.</extracomment>
        <translation>&apos;{text}&apos;: el infinito no es una medición; se requiere un número.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains letters; enter only the number (the unit has its own field).</source>
        <comment>not_a_number.letters</comment>
        <extracomment>Finding not_a_number.letters. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; contiene letras; introduzca solo el número (la unidad tiene su propio campo).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains letters; enter the age as a number of years.</source>
        <comment>not_a_number.letters_age</comment>
        <extracomment>Finding not_a_number.letters_age. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; contiene letras; introduzca la edad como número de años.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number; expected digits with an optional &apos;{separator}&apos; decimal separator, e.g. {example}.</source>
        <comment>not_a_number</comment>
        <extracomment>Finding not_a_number. Fields: example, separator, text.</extracomment>
        <translation>&apos;{text}&apos; no es un número; se esperan dígitos con un separador decimal &apos;{separator}&apos; opcional, p. ej. {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; a laboratory value cannot be negative.</source>
        <comment>negative</comment>
        <extracomment>Finding negative. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; es negativo; un valor de laboratorio no puede ser negativo.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is negative; an age cannot be negative.</source>
        <comment>negative.age</comment>
        <extracomment>Finding negative.age. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; es negativo; una edad no puede ser negativa.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; % positive monocytes is impossible: a percentage cannot exceed 100; check the value and its unit.</source>
        <comment>percent_over_100</comment>
        <extracomment>Finding percent_over_100. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; % de monocitos positivos es imposible: un porcentaje no puede superar 100; compruebe el valor y su unidad.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a &apos;+&apos; sign; write the number without it.</source>
        <comment>sign</comment>
        <extracomment>Finding sign. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; tiene un signo &apos;+&apos;; escriba el número sin él.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; uses exponent notation; write the number in full.</source>
        <comment>exponent</comment>
        <extracomment>Finding exponent. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; usa notación exponencial; escriba el número completo.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;_&apos;; write digits only.</source>
        <comment>underscore</comment>
        <extracomment>Finding underscore. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; contiene &apos;_&apos;; escriba solo dígitos.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains a space or apostrophe used as a thousands separator; write the number without grouping.</source>
        <comment>grouping.space</comment>
        <extracomment>Finding grouping.space. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; contiene un espacio o un apóstrofo usado como separador de miles; escriba el número sin agrupar.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;{separator}&apos;; thousands separators are not accepted (if &apos;,&apos; is your decimal separator, declare decimal comma).</source>
        <comment>grouping</comment>
        <extracomment>Finding grouping. Fields: separator, text.</extracomment>
        <translation>&apos;{text}&apos; contiene &apos;{separator}&apos;; no se aceptan separadores de miles (si &apos;,&apos; es su separador decimal, declare la coma decimal).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; contains &apos;{separator}&apos;; thousands separators are not accepted (decimal comma is on, so &apos;.&apos; is not accepted).</source>
        <comment>grouping.decimal_comma</comment>
        <extracomment>Finding grouping.decimal_comma. Fields: separator, text.</extracomment>
        <translation>&apos;{text}&apos; contiene &apos;{separator}&apos;; no se aceptan separadores de miles (la coma decimal está activada, por lo que no se acepta &apos;.&apos;).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; could be a thousands-grouped integer or a decimal number; write it without grouping and with at most one decimal separator, e.g. 4420 or 4.42.</source>
        <comment>ambiguous_separator</comment>
        <extracomment>Finding ambiguous_separator. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; podría ser un entero agrupado por miles o un número decimal; escríbalo sin agrupar y con un solo separador decimal como máximo, p. ej. 4420 o 4.42.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has too many digits to be a lab result.</source>
        <comment>too_long</comment>
        <extracomment>Finding too_long. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; tiene demasiados dígitos para ser un resultado de laboratorio.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; years is not a plausible age: the oldest person on record lived {oldest_age} years; check the age.</source>
        <comment>age_implausible</comment>
        <extracomment>Finding age_implausible. Fields: oldest_age, text.</extracomment>
        <translation>&apos;{text}&apos; años no es una edad plausible: la persona más longeva registrada vivió {oldest_age} años; compruebe la edad.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; means an age below 0 years, which is impossible.</source>
        <comment>age_below_zero</comment>
        <extracomment>Finding age_below_zero. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; significa una edad inferior a 0 años, lo cual es imposible.</translation>
    </message>
    <message>
        <source>No unit was given; one of {accepted} is required.</source>
        <comment>unit_missing.ferritin</comment>
        <extracomment>Finding unit_missing.ferritin. Fields: accepted.</extracomment>
        <translation>No se indicó ninguna unidad; se requiere una de {accepted}.</translation>
    </message>
    <message>
        <source>No unit was given; {accepted} is required.</source>
        <comment>unit_missing.hla_dr</comment>
        <extracomment>Finding unit_missing.hla_dr. Fields: accepted.</extracomment>
        <translation>No se indicó ninguna unidad; se requiere {accepted}.</translation>
    </message>
    <message>
        <source>AB/C (antibodies bound per cell; also molecules/cell, mAb/cell)</source>
        <comment>units_accepted.hla_dr</comment>
        <extracomment>Finding units_accepted.hla_dr.</extracomment>
        <translation>AB/C (anticuerpos unidos por célula; también molecules/cell, mAb/cell)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ferritin unit this app converts; accepted: {accepted}.</source>
        <comment>unit_unknown.ferritin</comment>
        <extracomment>Finding unit_unknown.ferritin. Fields: accepted, text.</extracomment>
        <translation>&apos;{text}&apos; no es una unidad de ferritina que esta aplicación convierta; aceptadas: {accepted}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an HLA-DR unit; accepted: {accepted} (&apos;%&apos; and &apos;MFI&apos; are recognised but cannot establish immunoparalysis).</source>
        <comment>unit_unknown.hla_dr</comment>
        <extracomment>Finding unit_unknown.hla_dr. Fields: accepted, text.</extracomment>
        <translation>&apos;{text}&apos; no es una unidad de HLA-DR; aceptadas: {accepted} (&apos;%&apos; y &apos;MFI&apos; se reconocen, pero no pueden establecer una inmunoparálisis).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; an ISO 8601 date-time such as 2026-11-24T08:30 is required.</source>
        <comment>date_without_time</comment>
        <extracomment>Finding date_without_time. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; no tiene hora del día; se requiere una fecha y hora ISO 8601 como 2026-11-24T08:30.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 date-time such as 2026-11-24T08:30 or 2026-11-24T08:30+01:00.</source>
        <comment>bad_time</comment>
        <extracomment>Finding bad_time. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; no es una fecha y hora ISO 8601 como 2026-11-24T08:30 o 2026-11-24T08:30+01:00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; lies outside the years {earliest} to {latest}; check the date.</source>
        <comment>implausible_time</comment>
        <extracomment>Finding implausible_time. Fields: earliest, latest, text.</extracomment>
        <translation>&apos;{text}&apos; está fuera de los años {earliest} a {latest}; compruebe la fecha.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has the UTC offset {offset}, which no place on Earth uses (offsets run from -12:00 to +14:00); check the time.</source>
        <comment>bad_offset</comment>
        <extracomment>Finding bad_offset. Fields: offset, text.</extracomment>
        <translation>&apos;{text}&apos; tiene el desfase UTC {offset}, que no se usa en ningún lugar de la Tierra (los desfases van de -12:00 a +14:00); compruebe la hora.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; leaves no possible value; enter the number.</source>
        <comment>impossible_bound</comment>
        <extracomment>Finding impossible_bound. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; no deja ningún valor posible; introduzca el número.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; looks like a percentage; FiO2 is a fraction from {minimum} to {maximum}, e.g. 0.4 for 40 %.</source>
        <comment>fio2_percent</comment>
        <extracomment>Finding fio2_percent. Fields: maximum, minimum, text.</extracomment>
        <translation>&apos;{text}&apos; parece un porcentaje; la FiO2 es una fracción de {minimum} a {maximum}, p. ej. 0.4 para 40 %.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a fraction of inspired oxygen; FiO2 runs from {minimum} (room air) to {maximum}.</source>
        <comment>fio2_range</comment>
        <extracomment>Finding fio2_range. Fields: maximum, minimum, text.</extracomment>
        <translation>&apos;{text}&apos; no es una fracción inspirada de oxígeno; la FiO2 va de {minimum} (aire ambiente) a {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a Glasgow Coma Scale score; a whole number from {minimum} to {maximum} is required.</source>
        <comment>gcs_range</comment>
        <extracomment>Finding gcs_range. Fields: maximum, minimum, text.</extracomment>
        <translation>&apos;{text}&apos; no es una puntuación de la escala de coma de Glasgow; se requiere un número entero de {minimum} a {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a body temperature in °C (if it is °F, convert it); {minimum} to {maximum} accepted.</source>
        <comment>temperature_range</comment>
        <extracomment>Finding temperature_range. Fields: maximum, minimum, text.</extracomment>
        <translation>&apos;{text}&apos; no es una temperatura corporal en °C (si está en °F, conviértala); se aceptan de {minimum} a {maximum}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be 0.</source>
        <comment>zero</comment>
        <extracomment>Finding zero. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; no puede ser 0.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no.</source>
        <comment>not_yes_no</comment>
        <extracomment>Finding not_yes_no. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; no es sí ni no.</translation>
    </message>
    <message>
        <source>No catecholamine is said to be running, but {running} is given; leave out one or the other.</source>
        <comment>contradiction</comment>
        <extracomment>Finding contradiction. Fields: running.</extracomment>
        <translation>Se indica que no se administra ninguna catecolamina, pero se da {running}; omita una de las dos cosas.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of {choices}.</source>
        <comment>not_a_choice.organomegaly</comment>
        <extracomment>Finding not_a_choice.organomegaly. Fields: choices, text.</extracomment>
        <translation>&apos;{text}&apos; no es ninguna de {choices}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of cytopenic lineages; 0, 1, 2 or 3 (haemoglobin, leukocytes, platelets).</source>
        <comment>not_a_choice.cytopenias</comment>
        <extracomment>Finding not_a_choice.cytopenias. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; no es un número de líneas citopénicas; 0, 1, 2 o 3 (hemoglobina, leucocitos, plaquetas).</translation>
    </message>
    <message>
        <source>No unit was given; {accepted} is required.</source>
        <comment>unit_missing.score</comment>
        <extracomment>Finding unit_missing.score. Fields: accepted.</extracomment>
        <translation>No se indicó ninguna unidad; se requiere {accepted}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a unit of {analyte}; accepted: {accepted}.</source>
        <comment>unit_unknown.score</comment>
        <extracomment>Finding unit_unknown.score. Fields: accepted, analyte, text.</extracomment>
        <translation>&apos;{text}&apos; no es una unidad de {analyte}; aceptadas: {accepted}.</translation>
    </message>
    <message>
        <source>No patient identifier was given.</source>
        <comment>identifier_empty</comment>
        <extracomment>Finding identifier_empty.</extracomment>
        <translation>No se indicó ningún identificador de paciente.</translation>
    </message>
    <message>
        <source>The patient identifier is longer than {limit} characters; use the identifier used on the ward.</source>
        <comment>identifier_too_long</comment>
        <extracomment>Finding identifier_too_long. Fields: limit.</extracomment>
        <translation>El identificador del paciente tiene más de {limit} caracteres; use el identificador usado en el servicio.</translation>
    </message>
    <message>
        <source>The patient identifier is not valid UTF-8 text (a byte of it could not be read); type the identifier again.</source>
        <comment>identifier_not_utf8</comment>
        <extracomment>Finding identifier_not_utf8.</extracomment>
        <translation>El identificador del paciente no es texto UTF-8 válido (no se pudo leer uno de sus bytes); escriba el identificador de nuevo.</translation>
    </message>
    <message>
        <source>The patient identifier contains {character} ({character_name}), an invisible or control character; type the identifier again.</source>
        <comment>identifier_control</comment>
        <extracomment>Finding identifier_control. Fields: character, character_name.</extracomment>
        <translation>El identificador del paciente contiene {character} ({character_name}), un carácter invisible o de control; escriba el identificador de nuevo.</translation>
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
        <translation>&apos;{text}&apos; no es un número</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number</source>
        <comment>cell_not_a_number.in_column</comment>
        <extracomment>Finding cell_not_a_number.in_column. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; no es un número</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is a date or time, not a lab value</source>
        <comment>cell_date_not_value</comment>
        <extracomment>Finding cell_date_not_value. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; es una fecha u hora, no un valor de laboratorio</translation>
    </message>
    <message>
        <source>{where}: unreadable cell</source>
        <comment>cell_unreadable</comment>
        <extracomment>Finding cell_unreadable. Fields: where.</extracomment>
        <translation>{where}: celda ilegible</translation>
    </message>
    <message>
        <source>no {analyte} unit: neither the header, a unit column nor the {analyte} unit option gives one (a unit is never assumed)</source>
        <comment>unit_missing.row</comment>
        <extracomment>Finding unit_missing.row. Fields: analyte.</extracomment>
        <translation>sin unidad de {analyte}: ni el encabezado, ni una columna de unidades, ni la opción de unidad de {analyte} indican ninguna (nunca se supone una unidad)</translation>
    </message>
    <message>
        <source>{where} says {unit} but the {analyte} unit was given as {fixed}</source>
        <comment>unit_conflict.given</comment>
        <extracomment>Finding unit_conflict.given. Fields: analyte, fixed, unit, where.</extracomment>
        <translation>{where} indica {unit}, pero la unidad de {analyte} se indicó como {fixed}</translation>
    </message>
    <message>
        <source>{where} says {unit} but the {analyte} unit header says {fixed}</source>
        <comment>unit_conflict.header</comment>
        <extracomment>Finding unit_conflict.header. Fields: analyte, fixed, unit, where.</extracomment>
        <translation>{where} indica {unit}, pero el encabezado de la unidad de {analyte} indica {fixed}</translation>
    </message>
    <message>
        <source>&apos;{test}&apos; is a percentage of monocytes but the unit is AB/C; the result is not used</source>
        <comment>percent_test_ab_per_cell</comment>
        <extracomment>Finding percent_test_ab_per_cell. Fields: test.</extracomment>
        <translation>&apos;{test}&apos; es un porcentaje de monocitos, pero la unidad es AB/C; el resultado no se usa</translation>
    </message>
    <message>
        <source>{where}: age is in {unit}; years are needed</source>
        <comment>age_unit</comment>
        <extracomment>Finding age_unit. Fields: unit, where.</extracomment>
        <translation>{where}: la edad está en {unit}; se necesitan años</translation>
    </message>
    <message>
        <source>{where}: no patient id in this row</source>
        <comment>patient_id_missing.row</comment>
        <extracomment>Finding patient_id_missing.row. Fields: where.</extracomment>
        <translation>{where}: no hay id. de paciente en esta fila</translation>
    </message>
    <message>
        <source>the row has {cells} cells but the header has {columns} columns; a cell may contain an unquoted delimiter</source>
        <comment>extra_cells</comment>
        <extracomment>Finding extra_cells. Fields: cells, columns.</extracomment>
        <translation>la fila tiene {cells} celdas, pero el encabezado tiene {columns} columnas; puede que una celda contenga un delimitador sin comillas</translation>
    </message>
    <message>
        <source>no ferritin or HLA-DR value in this row</source>
        <comment>no_values</comment>
        <extracomment>Finding no_values.</extracomment>
        <translation>no hay ningún valor de ferritina ni de HLA-DR en esta fila</translation>
    </message>
    <message>
        <source>duplicate of row {row}: same patient, sample time and values (counted once, in row {row})</source>
        <comment>duplicate_result.sample_time</comment>
        <extracomment>Finding duplicate_result.sample_time. Fields: row.</extracomment>
        <translation>duplicado de la fila {row}: mismo paciente, hora de extracción y valores (se cuenta una vez, en la fila {row})</translation>
    </message>
    <message>
        <source>duplicate of row {row}: same patient, test and time and values (counted once, in row {row})</source>
        <comment>duplicate_result.test_time</comment>
        <extracomment>Finding duplicate_result.test_time. Fields: row.</extracomment>
        <translation>duplicado de la fila {row}: mismo paciente, prueba, hora y valores (se cuenta una vez, en la fila {row})</translation>
    </message>
    <message>
        <source>rows {rows} give different results for the same patient and sample time; which one is right cannot be decided</source>
        <comment>conflicting_results.sample_time</comment>
        <extracomment>Finding conflicting_results.sample_time. Fields: rows.</extracomment>
        <translation>las filas {rows} dan resultados distintos para el mismo paciente y la misma hora de extracción; no puede decidirse cuál es el correcto</translation>
    </message>
    <message>
        <source>rows {rows} give different results for the same patient and test and time; which one is right cannot be decided</source>
        <comment>conflicting_results.test_time</comment>
        <extracomment>Finding conflicting_results.test_time. Fields: rows.</extracomment>
        <translation>las filas {rows} dan resultados distintos para el mismo paciente, la misma prueba y la misma hora; no puede decidirse cuál es el correcto</translation>
    </message>
    <message>
        <source>the same {test} result, for the same patient and time, was stored from {source} (counted once, there)</source>
        <comment>duplicate_result.stored</comment>
        <extracomment>Finding duplicate_result.stored. Fields: source, test.</extracomment>
        <translation>el mismo resultado de {test}, del mismo paciente y la misma hora, ya se guardó desde {source} (se cuenta una vez, allí)</translation>
    </message>
    <message>
        <source>the {test} result stored from {source} is different for the same patient and time; which one is right cannot be decided</source>
        <comment>conflicting_results.stored</comment>
        <extracomment>Finding conflicting_results.stored. Fields: source, test.</extracomment>
        <translation>el resultado de {test} guardado desde {source} es distinto para el mismo paciente y la misma hora; no puede decidirse cuál es el correcto</translation>
    </message>
    <message>
        <source>{where}: test name and LOINC code disagree ({test})</source>
        <comment>test_name_loinc_disagree</comment>
        <extracomment>Finding test_name_loinc_disagree. Fields: test, where.</extracomment>
        <translation>{where}: el nombre de la prueba y el código LOINC no concuerdan ({test})</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is neither ferritin nor HLA-DR; row not used</source>
        <comment>other_test.row</comment>
        <extracomment>Finding other_test.row. Fields: test, where.</extracomment>
        <translation>{where}: &apos;{test}&apos; no es ferritina ni HLA-DR; fila no usada</translation>
    </message>
    <message>
        <source>{where}: an empty test name is neither ferritin nor HLA-DR; row not used</source>
        <comment>other_test.empty</comment>
        <extracomment>Finding other_test.empty. Fields: where.</extracomment>
        <translation>{where}: un nombre de prueba vacío no es ferritina ni HLA-DR; fila no usada</translation>
    </message>
    <message>
        <source>{where}: no sample time; it is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.row</comment>
        <extracomment>Finding time_missing.row. Fields: where.</extracomment>
        <translation>{where}: sin hora de extracción; se necesita para emparejar la ferritina con el HLA-DR</translation>
    </message>
    <message>
        <source>{where}: no value</source>
        <comment>value_missing.row</comment>
        <extracomment>Finding value_missing.row. Fields: where.</extracomment>
        <translation>{where}: sin valor</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is a percentage of monocytes but the unit is {unit}; the result is not used</source>
        <comment>percent_test_quantitative_unit</comment>
        <extracomment>Finding percent_test_quantitative_unit. Fields: test, unit, where.</extracomment>
        <translation>{where}: &apos;{test}&apos; es un porcentaje de monocitos, pero la unidad es {unit}; el resultado no se usa</translation>
    </message>
    <message>
        <source>this patient has too many results within the pairing interval to pair them safely; import a shorter period</source>
        <comment>too_many_results</comment>
        <extracomment>Finding too_many_results.</extracomment>
        <translation>este paciente tiene demasiados resultados dentro del intervalo de emparejamiento para emparejarlos con seguridad; importe un período más corto</translation>
    </message>
    <message>
        <source>rows {first_row} and {second_row} of this patient id give different ages; check that they belong to the same patient</source>
        <comment>identity_conflict.age</comment>
        <extracomment>Finding identity_conflict.age. Fields: first_row, second_row.</extracomment>
        <translation>las filas {first_row} y {second_row} de este id. de paciente dan edades distintas; compruebe que pertenecen al mismo paciente</translation>
    </message>
    <message>
        <source>this patient id has different names (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.patient_name</comment>
        <extracomment>Finding identity_conflict.patient_name. Fields: rows.</extracomment>
        <translation>este id. de paciente tiene nombres distintos (filas {rows}): posiblemente dos pacientes con un mismo id.; compruebe el id.</translation>
    </message>
    <message>
        <source>this patient id has different record numbers (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.record_number</comment>
        <extracomment>Finding identity_conflict.record_number. Fields: rows.</extracomment>
        <translation>este id. de paciente tiene números de historia clínica distintos (filas {rows}): posiblemente dos pacientes con un mismo id.; compruebe el id.</translation>
    </message>
    <message>
        <source>this patient id has different dates of birth (rows {rows}): possibly two patients under one id; check the id</source>
        <comment>identity_conflict.date_of_birth</comment>
        <extracomment>Finding identity_conflict.date_of_birth. Fields: rows.</extracomment>
        <translation>este id. de paciente tiene fechas de nacimiento distintas (filas {rows}): posiblemente dos pacientes con un mismo id.; compruebe el id.</translation>
    </message>
    <message>
        <source>{where}: longer than {limit} characters</source>
        <comment>identity_text.too_long</comment>
        <extracomment>Finding identity_text.too_long. Fields: limit, where.</extracomment>
        <translation>{where}: más de {limit} caracteres</translation>
    </message>
    <message>
        <source>{where}: contains {character} ({character_name}), an invisible or control character; correct the cell in the source system</source>
        <comment>identity_text.control</comment>
        <extracomment>Finding identity_text.control. Fields: character, character_name, where.</extracomment>
        <translation>{where}: contiene {character} ({character_name}), un carácter invisible o de control; corrija la celda en el sistema de origen</translation>
    </message>
    <message>
        <source>{where}: not valid text (a byte could not be decoded); check the file&apos;s encoding</source>
        <comment>identity_text.not_utf8</comment>
        <extracomment>Finding identity_text.not_utf8. Fields: where.</extracomment>
        <translation>{where}: texto no válido (no se pudo decodificar un byte); compruebe la codificación del archivo</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date (an Excel date serial?); store the date of birth as a date or as YYYY-MM-DD</source>
        <comment>birth_date.serial</comment>
        <extracomment>Finding birth_date.serial. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; no es una fecha (¿un número de serie de fecha de Excel?); guarde la fecha de nacimiento como fecha o como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date; write it as YYYY-MM-DD (e.g. 1958-03-14)</source>
        <comment>birth_date.not_a_date</comment>
        <extracomment>Finding birth_date.not_a_date. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; no es una fecha; escríbala como AAAA-MM-DD (p. ej. 1958-03-14)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; could be day-first or month-first and the column mixes day-first and month-first dates or separators; write it as YYYY-MM-DD</source>
        <comment>birth_date.order_mixed</comment>
        <extracomment>Finding birth_date.order_mixed. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; podría llevar primero el día o el mes, y la columna mezcla fechas con el día primero y con el mes primero, o separadores distintos; escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; could be day-first or month-first and the column does not show whether the day or the month comes first; write it as YYYY-MM-DD</source>
        <comment>birth_date.order_unknown</comment>
        <extracomment>Finding birth_date.order_unknown. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; podría llevar primero el día o el mes, y la columna no muestra si va primero el día o el mes; escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date (day first)</source>
        <comment>birth_date.day_first</comment>
        <extracomment>Finding birth_date.day_first. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; no es una fecha válida (día primero)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date (month first)</source>
        <comment>birth_date.month_first</comment>
        <extracomment>Finding birth_date.month_first. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; no es una fecha válida (mes primero)</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a valid date</source>
        <comment>birth_date.invalid</comment>
        <extracomment>Finding birth_date.invalid. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; no es una fecha válida</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; lies before 1900-03-01 (in a spreadsheet, Excel&apos;s 1900 date system is wrong there); check the date of birth</source>
        <comment>birth_date.before_1900</comment>
        <extracomment>Finding birth_date.before_1900. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; es anterior al 1900-03-01 (en una hoja de cálculo, el sistema de fechas 1900 de Excel es erróneo en ese tramo); compruebe la fecha de nacimiento</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not an HL7 date-time (YYYYMMDDHHMM[SS][+/-ZZZZ])</source>
        <comment>bad_time.hl7</comment>
        <extracomment>Finding bad_time.hl7. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; no es una fecha y hora HL7 (YYYYMMDDHHMM[SS][+/-ZZZZ])</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has no time of day; the sample time is needed to the minute</source>
        <comment>date_without_time.minute</comment>
        <extracomment>Finding date_without_time.minute. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; no tiene hora del día; la hora de extracción se necesita con precisión de minutos</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the year only; the sample time is needed to the minute</source>
        <comment>time_imprecise.year</comment>
        <extracomment>Finding time_imprecise.year. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; solo tiene precisión de año; la hora de extracción se necesita con precisión de minutos</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the month only; the sample time is needed to the minute</source>
        <comment>time_imprecise.month</comment>
        <extracomment>Finding time_imprecise.month. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; solo tiene precisión de mes; la hora de extracción se necesita con precisión de minutos</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the day only; the sample time is needed to the minute</source>
        <comment>time_imprecise.day</comment>
        <extracomment>Finding time_imprecise.day. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; solo tiene precisión de día; la hora de extracción se necesita con precisión de minutos</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is precise to the hour only; the sample time is needed to the minute</source>
        <comment>time_imprecise.hour</comment>
        <extracomment>Finding time_imprecise.hour. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; solo tiene precisión de hora; la hora de extracción se necesita con precisión de minutos</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; gives the hour but no minute; the sample time is needed to the minute</source>
        <comment>time_imprecise.no_minute</comment>
        <extracomment>Finding time_imprecise.no_minute. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; indica la hora pero no el minuto; la hora de extracción se necesita con precisión de minutos</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has an impossible UTC offset</source>
        <comment>bad_offset.hl7</comment>
        <extracomment>Finding bad_offset.hl7. Fields: text, where.</extracomment>
        <translation>{where}: &apos;{text}&apos; tiene un desfase UTC imposible</translation>
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
        <translation>{where}: los códigos y nombres de esta prueba designan analitos distintos ({test}); el resultado no se usa</translation>
    </message>
    <message>
        <source>{where}: LOINC {code} is neither ferritin (2276-4, 20567-4) nor a configured HLA-DR code; not used</source>
        <comment>other_test.loinc</comment>
        <extracomment>Finding other_test.loinc. Fields: code, where.</extracomment>
        <translation>{where}: el LOINC {code} no es ferritina (2276-4, 20567-4) ni un código de HLA-DR configurado; no se usa</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is neither ferritin nor HLA-DR; not used</source>
        <comment>other_test.message</comment>
        <extracomment>Finding other_test.message. Fields: test, where.</extracomment>
        <translation>{where}: &apos;{test}&apos; no es ferritina ni HLA-DR; no se usa</translation>
    </message>
    <message>
        <source>{where}: a test without code or name is neither ferritin nor HLA-DR; not used</source>
        <comment>other_test.unnamed</comment>
        <extracomment>Finding other_test.unnamed. Fields: where.</extracomment>
        <translation>{where}: una prueba sin código ni nombre no es ferritina ni HLA-DR; no se usa</translation>
    </message>
    <message>
        <source>{where}: no {analyte} unit (a unit is never assumed)</source>
        <comment>unit_missing.message</comment>
        <extracomment>Finding unit_missing.message. Fields: analyte, where.</extracomment>
        <translation>{where}: sin unidad de {analyte} (nunca se supone una unidad)</translation>
    </message>
    <message>
        <source>{where} says {unit} but {other_field} says {other_unit}; the result is not used</source>
        <comment>unit_conflict.fields</comment>
        <extracomment>Finding unit_conflict.fields. Fields: other_field, other_unit, unit, where.</extracomment>
        <translation>{where} indica {unit}, pero {other_field} indica {other_unit}; el resultado no se usa</translation>
    </message>
    <message>
        <source>{where}: {unit} is a molar concentration but LOINC {code} is ferritin mass concentration; one of them is wrong, so the result is not used</source>
        <comment>unit_conflict.molar_loinc</comment>
        <extracomment>Finding unit_conflict.molar_loinc. Fields: code, unit, where.</extracomment>
        <translation>{where}: {unit} es una concentración molar, pero el LOINC {code} es la concentración de masa de ferritina; uno de los dos es erróneo, por lo que el resultado no se usa</translation>
    </message>
    <message>
        <source>{where}: {unit} is a mass concentration but LOINC {code} is ferritin molar concentration; one of them is wrong, so the result is not used</source>
        <comment>unit_conflict.mass_loinc</comment>
        <extracomment>Finding unit_conflict.mass_loinc. Fields: code, unit, where.</extracomment>
        <translation>{where}: {unit} es una concentración de masa, pero el LOINC {code} es la concentración molar de ferritina; uno de los dos es erróneo, por lo que el resultado no se usa</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is a percentage of monocytes but the unit is AB/C; the result is not used</source>
        <comment>percent_test_ab_per_cell.message</comment>
        <extracomment>Finding percent_test_ab_per_cell.message. Fields: test, where.</extracomment>
        <translation>{where}: &apos;{test}&apos; es un porcentaje de monocitos, pero la unidad es AB/C; el resultado no se usa</translation>
    </message>
    <message>
        <source>{where}: no patient identifier</source>
        <comment>patient_id_missing.message</comment>
        <extracomment>Finding patient_id_missing.message. Fields: where.</extracomment>
        <translation>{where}: sin identificador de paciente</translation>
    </message>
    <message>
        <source>{where}: no identifier issued by {authority} (the site&apos;s patient_id_authority)</source>
        <comment>patient_id_missing.authority</comment>
        <extracomment>Finding patient_id_missing.authority. Fields: authority, where.</extracomment>
        <translation>{where}: ningún identificador emitido por {authority} (el patient_id_authority del centro)</translation>
    </message>
    <message>
        <source>{where}: {count} patient identifiers and nothing says which is the ward&apos;s; set [inbox] patient_id_authority in the site configuration</source>
        <comment>patient_id_ambiguous</comment>
        <extracomment>Finding patient_id_ambiguous. Fields: count, where.</extracomment>
        <translation>{where}: {count} identificadores de paciente y nada indica cuál es el de la unidad; defina [inbox] patient_id_authority en la configuración del centro</translation>
    </message>
    <message>
        <source>this file&apos;s content was already read from an earlier file; it is imported once</source>
        <comment>duplicate_message.file</comment>
        <extracomment>Finding duplicate_message.file.</extracomment>
        <translation>el contenido de este archivo ya se leyó de un archivo anterior; se importa una sola vez</translation>
    </message>
    <message>
        <source>the Bundle entry holds no resource</source>
        <comment>no_resource</comment>
        <extracomment>Finding no_resource.</extracomment>
        <translation>la entrada del Bundle no contiene ningún recurso</translation>
    </message>
    <message>
        <source>a Patient: read when an Observation refers to it</source>
        <comment>patient_context</comment>
        <extracomment>Finding patient_context.</extracomment>
        <translation>un Patient: se lee cuando una Observation remite a él</translation>
    </message>
    <message>
        <source>a {kind} resource, not an Observation; not read</source>
        <comment>not_an_observation</comment>
        <extracomment>Finding not_an_observation. Fields: kind.</extracomment>
        <translation>un recurso {kind}, no una Observation; no se lee</translation>
    </message>
    <message>
        <source>not a valid FHIR R4 Observation: {problems}</source>
        <comment>invalid_fhir.observation</comment>
        <extracomment>Finding invalid_fhir.observation. Fields: problems.</extracomment>
        <translation>no es una Observation FHIR R4 válida: {problems}</translation>
    </message>
    <message>
        <source>the subject Patient is not valid FHIR R4: {problems}</source>
        <comment>invalid_fhir.patient</comment>
        <extracomment>Finding invalid_fhir.patient. Fields: problems.</extracomment>
        <translation>el Patient del subject no es FHIR R4 válido: {problems}</translation>
    </message>
    <message>
        <source>status &apos;{text}&apos;: it cannot be told whether the result is final (final, amended, corrected, preliminary expected)</source>
        <comment>status_unknown.fhir</comment>
        <extracomment>Finding status_unknown.fhir. Fields: text.</extracomment>
        <translation>status &apos;{text}&apos;: no puede saberse si el resultado es definitivo (se espera final, amended, corrected o preliminary)</translation>
    </message>
    <message>
        <source>status registered: no result yet</source>
        <comment>no_result.fhir</comment>
        <extracomment>Finding no_result.fhir.</extracomment>
        <translation>status registered: aún no hay resultado</translation>
    </message>
    <message>
        <source>valueString carries no unit and a unit is never assumed; the value must be a valueQuantity</source>
        <comment>unit_missing.value_string</comment>
        <extracomment>Finding unit_missing.value_string.</extracomment>
        <translation>valueString no lleva unidad y nunca se supone una unidad; el valor debe ser un valueQuantity</translation>
    </message>
    <message>
        <source>no effectiveDateTime, effectivePeriod.start or effectiveInstant; the sample time is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.fhir</comment>
        <extracomment>Finding time_missing.fhir.</extracomment>
        <translation>sin effectiveDateTime, effectivePeriod.start ni effectiveInstant; la hora de extracción se necesita para emparejar la ferritina con el HLA-DR</translation>
    </message>
    <message>
        <source>the Observation has no subject</source>
        <comment>patient_id_missing.fhir</comment>
        <extracomment>Finding patient_id_missing.fhir.</extracomment>
        <translation>la Observation no tiene subject</translation>
    </message>
    <message>
        <source>subject &apos;{reference}&apos; is not in this file and the reference carries no identifier</source>
        <comment>subject_unresolved</comment>
        <extracomment>Finding subject_unresolved. Fields: reference.</extracomment>
        <translation>el subject &apos;{reference}&apos; no está en este archivo y la referencia no lleva identificador</translation>
    </message>
    <message>
        <source>the subject is a {kind}, not a Patient</source>
        <comment>subject_not_patient</comment>
        <extracomment>Finding subject_not_patient. Fields: kind.</extracomment>
        <translation>el subject es un {kind}, no un Patient</translation>
    </message>
    <message>
        <source>valueQuantity has no value</source>
        <comment>value_missing.quantity</comment>
        <extracomment>Finding value_missing.quantity.</extracomment>
        <translation>valueQuantity no tiene valor</translation>
    </message>
    <message>
        <source>valueQuantity.value &apos;{text}&apos; is not a JSON number</source>
        <comment>not_a_number.json</comment>
        <extracomment>Finding not_a_number.json. Fields: text.</extracomment>
        <translation>valueQuantity.value &apos;{text}&apos; no es un número JSON</translation>
    </message>
    <message>
        <source>valueQuantity.comparator &apos;{text}&apos; is not &lt;, &lt;=, &gt;= or &gt;</source>
        <comment>comparator_unknown.fhir</comment>
        <extracomment>Finding comparator_unknown.fhir. Fields: text.</extracomment>
        <translation>valueQuantity.comparator &apos;{text}&apos; no es &lt;, &lt;=, &gt;= ni &gt;</translation>
    </message>
    <message>
        <source>{where}: a ferritin or HLA-DR value must be a valueQuantity</source>
        <comment>value_type_unsupported.fhir</comment>
        <extracomment>Finding value_type_unsupported.fhir. Fields: where.</extracomment>
        <translation>{where}: un valor de ferritina o de HLA-DR debe ser un valueQuantity</translation>
    </message>
    <message>
        <source>the Observation has no value</source>
        <comment>value_missing.fhir</comment>
        <extracomment>Finding value_missing.fhir.</extracomment>
        <translation>la Observation no tiene valor</translation>
    </message>
    <message>
        <source>the MLLP block of this message has no end (0x1C); the message may be truncated</source>
        <comment>mllp_unterminated.message</comment>
        <extracomment>Finding mllp_unterminated.message.</extracomment>
        <translation>el bloque MLLP de este mensaje no tiene final (0x1C); puede que el mensaje esté truncado</translation>
    </message>
    <message>
        <source>the MLLP block of the last message has no end (0x1C); the file may still be being written, or was cut short</source>
        <comment>mllp_unterminated.last</comment>
        <extracomment>Finding mllp_unterminated.last.</extracomment>
        <translation>el bloque MLLP del último mensaje no tiene final (0x1C); puede que el archivo aún se esté escribiendo o que se haya cortado</translation>
    </message>
    <message>
        <source>MLLP framing bytes inside a segment</source>
        <comment>mllp_framing</comment>
        <extracomment>Finding mllp_framing.</extracomment>
        <translation>bytes de delimitación MLLP dentro de un segmento</translation>
    </message>
    <message>
        <source>line {line} of the file is not an HL7 segment (it must start with a three-letter segment id and the field separator)</source>
        <comment>not_a_segment</comment>
        <extracomment>Finding not_a_segment. Fields: line.</extracomment>
        <translation>la línea {line} del archivo no es un segmento HL7 (debe empezar por un identificador de segmento de tres letras y el separador de campos)</translation>
    </message>
    <message>
        <source>MSH-18 declares the character set &apos;{text}&apos;, which this app does not read; supported: {supported}</source>
        <comment>charset_unknown</comment>
        <extracomment>Finding charset_unknown. Fields: supported, text.</extracomment>
        <translation>MSH-18 declara el juego de caracteres &apos;{text}&apos;, que esta aplicación no lee; admitidos: {supported}</translation>
    </message>
    <message>
        <source>the message&apos;s bytes are not valid in the declared {charset}; set MSH-18 to the character set the laboratory system sends</source>
        <comment>charset_mismatch.declared</comment>
        <extracomment>Finding charset_mismatch.declared. Fields: charset.</extracomment>
        <translation>los bytes del mensaje no son válidos en el juego de caracteres declarado, {charset}; ajuste MSH-18 al juego de caracteres que envía el sistema del laboratorio</translation>
    </message>
    <message>
        <source>the message&apos;s bytes are not valid UTF-8 (MSH-18 declares nothing); set MSH-18 to the character set the laboratory system sends</source>
        <comment>charset_mismatch.utf8</comment>
        <extracomment>Finding charset_mismatch.utf8.</extracomment>
        <translation>los bytes del mensaje no son UTF-8 válido (MSH-18 no declara nada); ajuste MSH-18 al juego de caracteres que envía el sistema del laboratorio</translation>
    </message>
    <message>
        <source>the MSH segment cannot be parsed (it must start &apos;MSH|^~\&amp;|&apos;)</source>
        <comment>msh_unreadable</comment>
        <extracomment>Finding msh_unreadable.</extracomment>
        <translation>el segmento MSH no puede analizarse (debe empezar por &apos;MSH|^~\&amp;|&apos;)</translation>
    </message>
    <message>
        <source>MSH-12 (version) is &apos;{text}&apos;; this app reads HL7 v2 versions {supported}</source>
        <comment>version_unsupported</comment>
        <extracomment>Finding version_unsupported. Fields: supported, text.</extracomment>
        <translation>MSH-12 (versión) es &apos;{text}&apos;; esta aplicación lee las versiones {supported} de HL7 v2</translation>
    </message>
    <message>
        <source>MSH-12 (version) is empty; this app reads HL7 v2 versions {supported}</source>
        <comment>version_unsupported.empty</comment>
        <extracomment>Finding version_unsupported.empty. Fields: supported.</extracomment>
        <translation>MSH-12 (versión) está vacío; esta aplicación lee las versiones {supported} de HL7 v2</translation>
    </message>
    <message>
        <source>MSH-9 is {kind}, not a laboratory result message (ORU^R01)</source>
        <comment>not_results_message</comment>
        <extracomment>Finding not_results_message. Fields: kind.</extracomment>
        <translation>MSH-9 es {kind}, no un mensaje de resultados de laboratorio (ORU^R01)</translation>
    </message>
    <message>
        <source>MSH-10 (message control id) is empty; it is needed to import each message exactly once</source>
        <comment>message_id_missing</comment>
        <extracomment>Finding message_id_missing.</extracomment>
        <translation>MSH-10 (id. de control del mensaje) está vacío; se necesita para importar cada mensaje exactamente una vez</translation>
    </message>
    <message>
        <source>MSH-11 marks a training message ({processing}), not a production result</source>
        <comment>test_message.training</comment>
        <extracomment>Finding test_message.training. Fields: processing.</extracomment>
        <translation>MSH-11 marca un mensaje de formación ({processing}), no un resultado de producción</translation>
    </message>
    <message>
        <source>MSH-11 marks a debugging message ({processing}), not a production result</source>
        <comment>test_message.debugging</comment>
        <extracomment>Finding test_message.debugging. Fields: processing.</extracomment>
        <translation>MSH-11 marca un mensaje de depuración ({processing}), no un resultado de producción</translation>
    </message>
    <message>
        <source>MSH-11 (processing id) is &apos;{text}&apos;; P (production) is expected</source>
        <comment>processing_id_unknown</comment>
        <extracomment>Finding processing_id_unknown. Fields: text.</extracomment>
        <translation>MSH-11 (id. de procesamiento) es &apos;{text}&apos;; se espera P (producción)</translation>
    </message>
    <message>
        <source>this message was already read (message {message} of this file); it is imported once</source>
        <comment>duplicate_message.this_file</comment>
        <extracomment>Finding duplicate_message.this_file. Fields: message.</extracomment>
        <translation>este mensaje ya se leyó (mensaje {message} de este archivo); se importa una sola vez</translation>
    </message>
    <message>
        <source>this message was already read (an earlier file); it is imported once</source>
        <comment>duplicate_message.earlier_file</comment>
        <extracomment>Finding duplicate_message.earlier_file.</extracomment>
        <translation>este mensaje ya se leyó (en un archivo anterior); se importa una sola vez</translation>
    </message>
    <message>
        <source>message {message} of this file had the same message id with different content; check with the laboratory which one is right</source>
        <comment>conflicting_message_id.this_file</comment>
        <extracomment>Finding conflicting_message_id.this_file. Fields: message.</extracomment>
        <translation>el mensaje {message} de este archivo tenía el mismo id. de mensaje con un contenido distinto; consulte con el laboratorio cuál es el correcto</translation>
    </message>
    <message>
        <source>an earlier file had the same message id with different content; check with the laboratory which one is right</source>
        <comment>conflicting_message_id.earlier_file</comment>
        <extracomment>Finding conflicting_message_id.earlier_file.</extracomment>
        <translation>un archivo anterior tenía el mismo id. de mensaje con un contenido distinto; consulte con el laboratorio cuál es el correcto</translation>
    </message>
    <message>
        <source>OBX-11 (result status) is &apos;{text}&apos;; F, C, P, D, W or X is expected, so it cannot be told whether the result is final</source>
        <comment>status_unknown.hl7</comment>
        <extracomment>Finding status_unknown.hl7. Fields: text.</extracomment>
        <translation>OBX-11 (estado del resultado) es &apos;{text}&apos;; se espera F, C, P, D, W o X, por lo que no puede saberse si el resultado es definitivo</translation>
    </message>
    <message>
        <source>OBX-11 (result status) is empty; F, C, P, D, W or X is expected, so it cannot be told whether the result is final</source>
        <comment>status_unknown.hl7_empty</comment>
        <extracomment>Finding status_unknown.hl7_empty.</extracomment>
        <translation>OBX-11 (estado del resultado) está vacío; se espera F, C, P, D, W o X, por lo que no puede saberse si el resultado es definitivo</translation>
    </message>
    <message>
        <source>no PID segment before this OBX names the patient</source>
        <comment>patient_id_missing.no_pid</comment>
        <extracomment>Finding patient_id_missing.no_pid.</extracomment>
        <translation>ningún segmento PID anterior a este OBX identifica al paciente</translation>
    </message>
    <message>
        <source>OBX-11 is I: specimen in the laboratory, no result yet</source>
        <comment>result_status.I</comment>
        <extracomment>Finding result_status.I.</extracomment>
        <translation>OBX-11 es I: muestra en el laboratorio, aún sin resultado</translation>
    </message>
    <message>
        <source>OBX-11 is O: order detail only, no result</source>
        <comment>result_status.O</comment>
        <extracomment>Finding result_status.O.</extracomment>
        <translation>OBX-11 es O: solo detalle de la petición, sin resultado</translation>
    </message>
    <message>
        <source>OBX-11 is N: not asked; no result</source>
        <comment>result_status.N</comment>
        <extracomment>Finding result_status.N.</extracomment>
        <translation>OBX-11 es N: no solicitado; sin resultado</translation>
    </message>
    <message>
        <source>OBX-11 is U: changed to final without the result being sent again; the app needs the result itself</source>
        <comment>result_status.U</comment>
        <extracomment>Finding result_status.U.</extracomment>
        <translation>OBX-11 es U: cambiado a definitivo sin reenviar el resultado; la aplicación necesita el propio resultado</translation>
    </message>
    <message>
        <source>OBX-11 D: the result is deleted</source>
        <comment>status_meaning.D</comment>
        <extracomment>Finding status_meaning.D.</extracomment>
        <translation>OBX-11 D: el resultado se ha eliminado</translation>
    </message>
    <message>
        <source>OBX-11 W: the result was posted wrongly (e.g. for the wrong patient)</source>
        <comment>status_meaning.W</comment>
        <extracomment>Finding status_meaning.W.</extracomment>
        <translation>OBX-11 W: el resultado se registró por error (p. ej. en el paciente equivocado)</translation>
    </message>
    <message>
        <source>OBX-11 X: the result cannot be obtained</source>
        <comment>status_meaning.X</comment>
        <extracomment>Finding status_meaning.X.</extracomment>
        <translation>OBX-11 X: el resultado no puede obtenerse</translation>
    </message>
    <message>
        <source>status {text}</source>
        <comment>status_meaning.fhir</comment>
        <extracomment>Finding status_meaning.fhir. Fields: text.</extracomment>
        <translation>estado {text}</translation>
    </message>
    <message>
        <source>no observation time in OBX-14 or OBR-7; it is needed to pair ferritin with HLA-DR</source>
        <comment>time_missing.hl7</comment>
        <extracomment>Finding time_missing.hl7.</extracomment>
        <translation>sin hora de observación en OBX-14 ni en OBR-7; se necesita para emparejar la ferritina con el HLA-DR</translation>
    </message>
    <message>
        <source>OBX-5 holds several values; one is needed</source>
        <comment>several_values</comment>
        <extracomment>Finding several_values.</extracomment>
        <translation>OBX-5 contiene varios valores; se necesita uno solo</translation>
    </message>
    <message>
        <source>OBX-5 is a range or ratio (SN with a second number); one value is needed</source>
        <comment>range_or_ratio</comment>
        <extracomment>Finding range_or_ratio.</extracomment>
        <translation>OBX-5 es un intervalo o un cociente (SN con un segundo número); se necesita un solo valor</translation>
    </message>
    <message>
        <source>OBX-5 comparator &apos;{text}&apos; is not &lt;, &gt;, &lt;= or &gt;=</source>
        <comment>comparator_unknown.hl7</comment>
        <extracomment>Finding comparator_unknown.hl7. Fields: text.</extracomment>
        <translation>el comparador &apos;{text}&apos; de OBX-5 no es &lt;, &gt;, &lt;= ni &gt;=</translation>
    </message>
    <message>
        <source>OBX-5 has components, which a {value_type} value cannot have</source>
        <comment>value_components</comment>
        <extracomment>Finding value_components. Fields: value_type.</extracomment>
        <translation>OBX-5 tiene componentes, que un valor {value_type} no puede tener</translation>
    </message>
    <message>
        <source>OBX-2 (value type) is &apos;{text}&apos;; NM, SN or ST is needed for a ferritin or HLA-DR value</source>
        <comment>value_type_unsupported.hl7</comment>
        <extracomment>Finding value_type_unsupported.hl7. Fields: text.</extracomment>
        <translation>OBX-2 (tipo de valor) es &apos;{text}&apos;; se necesita NM, SN o ST para un valor de ferritina o de HLA-DR</translation>
    </message>
    <message>
        <source>OBX-2 (value type) is missing; NM, SN or ST is needed for a ferritin or HLA-DR value</source>
        <comment>value_type_unsupported.hl7_missing</comment>
        <extracomment>Finding value_type_unsupported.hl7_missing.</extracomment>
        <translation>falta OBX-2 (tipo de valor); se necesita NM, SN o ST para un valor de ferritina o de HLA-DR</translation>
    </message>
    <message>
        <source>{file}, message {number}</source>
        <comment>source.message</comment>
        <extracomment>Finding source.message. Fields: file, number.</extracomment>
        <translation>{file}, mensaje {number}</translation>
    </message>
    <message>
        <source>{file}, message {number} ({id})</source>
        <comment>source.message_id</comment>
        <extracomment>Finding source.message_id. Fields: file, id, number.</extracomment>
        <translation>{file}, mensaje {number} ({id})</translation>
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
        <translation>{message}, entrada {number}</translation>
    </message>
    <message>
        <source>{message}, entry {number} ({element})</source>
        <comment>source.entry_element</comment>
        <extracomment>Finding source.entry_element. Fields: element, message, number.</extracomment>
        <translation>{message}, entrada {number} ({element})</translation>
    </message>
    <message>
        <source>a preliminary result that arrived after the final result of the same test; not shown</source>
        <comment>preliminary_after_final</comment>
        <extracomment>Finding preliminary_after_final.</extracomment>
        <translation>un resultado preliminar que llegó después del resultado definitivo de la misma prueba; no se muestra</translation>
    </message>
    <message>
        <source>replaced by the corrected result in {source}</source>
        <comment>superseded.corrected</comment>
        <extracomment>Finding superseded.corrected. Fields: source.</extracomment>
        <translation>sustituido por el resultado corregido de {source}</translation>
    </message>
    <message>
        <source>replaced by the final result in {source}</source>
        <comment>superseded.final</comment>
        <extracomment>Finding superseded.final. Fields: source.</extracomment>
        <translation>sustituido por el resultado definitivo de {source}</translation>
    </message>
    <message>
        <source>replaced by the preliminary result in {source}</source>
        <comment>superseded.preliminary</comment>
        <extracomment>Finding superseded.preliminary. Fields: source.</extracomment>
        <translation>sustituido por el resultado preliminar de {source}</translation>
    </message>
    <message>
        <source>a corrected result: it replaces any earlier result of this test</source>
        <comment>corrected</comment>
        <extracomment>Finding corrected.</extracomment>
        <translation>un resultado corregido: sustituye a cualquier resultado anterior de esta prueba</translation>
    </message>
    <message>
        <source>a preliminary result: shown, not classified until the final result arrives</source>
        <comment>preliminary</comment>
        <extracomment>Finding preliminary.</extracomment>
        <translation>un resultado preliminar: se muestra, pero no se clasifica hasta que llegue el resultado definitivo</translation>
    </message>
    <message>
        <source>withdrawn by {source} (status {status})</source>
        <comment>withdrawn</comment>
        <extracomment>Finding withdrawn. Fields: source, status.</extracomment>
        <translation>retirado por {source} (estado {status})</translation>
    </message>
    <message>
        <source>withdraws the earlier result in {sources}</source>
        <comment>withdrawal.removed</comment>
        <extracomment>Finding withdrawal.removed. Fields: sources.</extracomment>
        <translation>retira el resultado anterior de {sources}</translation>
    </message>
    <message>
        <source>{meaning}; withdraws the earlier result in {sources}</source>
        <comment>withdrawal.removed_meaning</comment>
        <extracomment>Finding withdrawal.removed_meaning. Fields: meaning, sources.</extracomment>
        <translation>{meaning}; retira el resultado anterior de {sources}</translation>
    </message>
    <message>
        <source>withdraws an earlier result of this test; a result stored from an earlier file with the same key is withdrawn when this file is stored</source>
        <comment>withdrawal.stored</comment>
        <extracomment>Finding withdrawal.stored.</extracomment>
        <translation>retira un resultado anterior de esta prueba; un resultado guardado de un archivo anterior con la misma clave se retira cuando se guarda este archivo</translation>
    </message>
    <message>
        <source>{meaning}; withdraws an earlier result of this test; a result stored from an earlier file with the same key is withdrawn when this file is stored</source>
        <comment>withdrawal.stored_meaning</comment>
        <extracomment>Finding withdrawal.stored_meaning. Fields: meaning.</extracomment>
        <translation>{meaning}; retira un resultado anterior de esta prueba; un resultado guardado de un archivo anterior con la misma clave se retira cuando se guarda este archivo</translation>
    </message>
    <message>
        <source>{used} of {results} result(s) used</source>
        <comment>message_used</comment>
        <extracomment>Finding message_used. Fields: results, used.</extracomment>
        <translation>resultados usados: {used} de {results}</translation>
    </message>
    <message>
        <source>the message holds no results</source>
        <comment>no_results</comment>
        <extracomment>Finding no_results.</extracomment>
        <translation>el mensaje no contiene resultados</translation>
    </message>
    <message>
        <source>no result used ({detail})</source>
        <comment>no_results_used</comment>
        <extracomment>Finding no_results_used. Fields: detail.</extracomment>
        <translation>ningún resultado usado ({detail})</translation>
    </message>
    <message>
        <source>the same content was already read from an earlier file; it is imported once</source>
        <comment>duplicate_message.content</comment>
        <extracomment>Finding duplicate_message.content.</extracomment>
        <translation>el mismo contenido ya se leyó de un archivo anterior; se importa una sola vez</translation>
    </message>
    <message>
        <source>{date} has no time of day; a date-time is required</source>
        <comment>date_cell_without_time</comment>
        <extracomment>Finding date_cell_without_time. Fields: date.</extracomment>
        <translation>{date} no tiene hora del día; se requiere una fecha y hora</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a time without a date</source>
        <comment>time_without_date</comment>
        <extracomment>Finding time_without_date. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; es una hora sin fecha</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a bare number (an Excel date serial?); store the sample time as a date-time</source>
        <comment>serial_number.cell</comment>
        <extracomment>Finding serial_number.cell. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; es un número sin más (¿un número de serie de fecha de Excel?); guarde la hora de extracción como fecha y hora</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is a bare number (an Excel date serial?); an ISO 8601 date-time such as {example} is required</source>
        <comment>serial_number.text</comment>
        <extracomment>Finding serial_number.text. Fields: example, text.</extracomment>
        <translation>&apos;{text}&apos; es un número sin más (¿un número de serie de fecha de Excel?); se requiere una fecha y hora ISO 8601 como {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time</source>
        <comment>bad_time.cell</comment>
        <extracomment>Finding bad_time.cell. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; no es una fecha y hora</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; a date-time such as {example} is required</source>
        <comment>date_without_time.example</comment>
        <extracomment>Finding date_without_time.example. Fields: example, text.</extracomment>
        <translation>&apos;{text}&apos; no tiene hora del día; se requiere una fecha y hora como {example}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no time of day; a date-time is required</source>
        <comment>date_without_time.text</comment>
        <extracomment>Finding date_without_time.text. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; no tiene hora del día; se requiere una fecha y hora</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid ISO 8601 date-time (e.g. {example})</source>
        <comment>bad_time.iso</comment>
        <extracomment>Finding bad_time.iso. Fields: example, text.</extracomment>
        <translation>&apos;{text}&apos; no es una fecha y hora ISO 8601 válida (p. ej. {example})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not match the time format {time_format}</source>
        <comment>bad_time.format</comment>
        <extracomment>Finding bad_time.format. Fields: text, time_format.</extracomment>
        <translation>&apos;{text}&apos; no coincide con el formato de hora {time_format}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date-time; use ISO 8601 (e.g. {example}) or give the time format</source>
        <comment>bad_time.numeric</comment>
        <extracomment>Finding bad_time.numeric. Fields: example, text.</extracomment>
        <translation>&apos;{text}&apos; no es una fecha y hora; use ISO 8601 (p. ej. {example}) o indique el formato de hora</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: day and month order cannot be told from the file; give the time format (e.g. {time_format})</source>
        <comment>date_order_unknown</comment>
        <extracomment>Finding date_order_unknown. Fields: text, time_format.</extracomment>
        <translation>&apos;{text}&apos;: el orden de día y mes no puede deducirse del archivo; indique el formato de hora (p. ej. {time_format})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid date-time</source>
        <comment>bad_time.invalid</comment>
        <extracomment>Finding bad_time.invalid. Fields: text.</extracomment>
        <translation>&apos;{text}&apos; no es una fecha y hora válida</translation>
    </message>
    <message>
        <source>{date} lies before 1900-03-01, where Excel&apos;s 1900 date system is wrong (serial ≤ 60); check the sample time</source>
        <comment>excel_1900_artefact</comment>
        <extracomment>Finding excel_1900_artefact. Fields: date.</extracomment>
        <translation>{date} es anterior al 1900-03-01, tramo en el que el sistema de fechas 1900 de Excel es erróneo (número de serie ≤ 60); compruebe la hora de extracción</translation>
    </message>
    <message>
        <source>{time} local time is skipped or repeated by a daylight-saving change; give the time with its UTC offset</source>
        <comment>dst_ambiguous</comment>
        <extracomment>Finding dst_ambiguous. Fields: time.</extracomment>
        <translation>la hora local {time} se salta o se repite por un cambio de horario de verano; indique la hora con su desfase UTC</translation>
    </message>
    <message>
        <source>The laboratory corrected the {test} result (status {status}) in {source}.</source>
        <comment>lab_version.corrected</comment>
        <extracomment>Finding lab_version.corrected. Fields: source, status, test.</extracomment>
        <translation>El laboratorio corrigió el resultado de {test} (estado {status}) en {source}.</translation>
    </message>
    <message>
        <source>The laboratory sent the {test} result again (status {status}) in {source}.</source>
        <comment>lab_version.sent_again</comment>
        <extracomment>Finding lab_version.sent_again. Fields: source, status, test.</extracomment>
        <translation>El laboratorio volvió a enviar el resultado de {test} (estado {status}) en {source}.</translation>
    </message>
    <message>
        <source>Paired with the {test} result received in {source}.</source>
        <comment>lab_version.paired</comment>
        <extracomment>Finding lab_version.paired. Fields: source, test.</extracomment>
        <translation>Se emparejó con el resultado de {test} recibido en {source}.</translation>
    </message>
    <message>
        <source>The laboratory withdrew the {test} result ({meaning}) in {source}.</source>
        <comment>lab_withdrawal</comment>
        <extracomment>Finding lab_withdrawal. Fields: meaning, source, test.</extracomment>
        <translation>El laboratorio retiró el resultado de {test} ({meaning}) en {source}.</translation>
    </message>
    <message>
        <source>SOFA {total} of 24; all 6 organ systems assessed.</source>
        <comment>sofa_total</comment>
        <extracomment>Finding sofa_total. Fields: total.</extracomment>
        <translation>SOFA {total} de 24; evaluados los 6 sistemas orgánicos.</translation>
    </message>
    <message>
        <source>SOFA {total} from {assessed} of 6 organ systems; not assessed: {missing}. With them the total could be {low} to {high}.</source>
        <comment>sofa_total_partial</comment>
        <extracomment>Finding sofa_total_partial. Fields: assessed, high, low, missing, total.</extracomment>
        <translation>SOFA {total} a partir de {assessed} de los 6 sistemas orgánicos; sin evaluar: {missing}. Con ellos, el total podría ser de {low} a {high}.</translation>
    </message>
    <message>
        <source>{criterion} {value}: {comparison} → {points} of 4 points.</source>
        <comment>sofa_criterion</comment>
        <extracomment>Finding sofa_criterion. Fields: comparison, criterion, points, value.</extracomment>
        <translation>{criterion} {value}: {comparison} → {points} de 4 puntos.</translation>
    </message>
    <message>
        <source>{criterion} {value} could score {low} to {high} points; an exact value is needed.</source>
        <comment>sofa_criterion_open</comment>
        <extracomment>Finding sofa_criterion_open. Fields: criterion, high, low, value.</extracomment>
        <translation>{criterion} {value} podría puntuar de {low} a {high} puntos; se necesita un valor exacto.</translation>
    </message>
    <message>
        <source>{criterion} not running → 0 of 4 points.</source>
        <comment>sofa_not_running</comment>
        <extracomment>Finding sofa_not_running. Fields: criterion.</extracomment>
        <translation>{criterion}: no se administra → 0 de 4 puntos.</translation>
    </message>
    <message>
        <source>Dobutamine running (any dose) → {points} of 4 points.</source>
        <comment>sofa_dobutamine</comment>
        <extracomment>Finding sofa_dobutamine. Fields: points.</extracomment>
        <translation>Dobutamina en perfusión (cualquier dosis) → {points} de 4 puntos.</translation>
    </message>
    <message>
        <source>Dobutamine not running → {points} of 4 points.</source>
        <comment>sofa_dobutamine_none</comment>
        <extracomment>Finding sofa_dobutamine_none. Fields: points.</extracomment>
        <translation>Dobutamina: no se administra → {points} de 4 puntos.</translation>
    </message>
    <message>
        <source>PaO2/FiO2 {value}: {comparison} with respiratory support → {points} of 4 points.</source>
        <comment>sofa_respiration_support</comment>
        <extracomment>Finding sofa_respiration_support. Fields: comparison, points, value.</extracomment>
        <translation>PaO2/FiO2 {value}: {comparison} con soporte respiratorio → {points} de 4 puntos.</translation>
    </message>
    <message>
        <source>PaO2/FiO2 {value}: {comparison}, but without respiratory support → {points} of 4 points (3 and 4 need respiratory support).</source>
        <comment>sofa_respiration_no_support</comment>
        <extracomment>Finding sofa_respiration_no_support. Fields: comparison, points, value.</extracomment>
        <translation>PaO2/FiO2 {value}: {comparison}, pero sin soporte respiratorio → {points} de 4 puntos (3 y 4 requieren soporte respiratorio).</translation>
    </message>
    <message>
        <source>Not assessed: {needed} not given.</source>
        <comment>sofa_missing</comment>
        <extracomment>Finding sofa_missing. Fields: needed.</extracomment>
        <translation>Sin evaluar; datos no indicados: {needed}.</translation>
    </message>
    <message>
        <source>Not assessed: {low} to {high} points possible; still needed: {needed}.</source>
        <comment>sofa_undetermined</comment>
        <extracomment>Finding sofa_undetermined. Fields: high, low, needed.</extracomment>
        <translation>Sin evaluar: posibles de {low} a {high} puntos; aún se necesita: {needed}.</translation>
    </message>
    <message>
        <source>The table&apos;s {unit} column puts {value} in its {other_points}-point row, its {reference} column in the {points}-point row; the app scores every unit by the {reference} column (the original definition).</source>
        <comment>sofa_column_differs</comment>
        <extracomment>Finding sofa_column_differs. Fields: other_points, points, reference, unit, value.</extracomment>
        <translation>La columna {unit} de la tabla sitúa {value} en su fila de {other_points} puntos, y su columna {reference}, en la fila de {points} puntos; la aplicación puntúa todas las unidades según la columna {reference} (la definición original).</translation>
    </message>
    <message>
        <source>HScore {score} (of {maximum} possible).</source>
        <comment>hscore_total</comment>
        <extracomment>Finding hscore_total. Fields: maximum, score.</extracomment>
        <translation>HScore {score} (de {maximum} posibles).</translation>
    </message>
    <message>
        <source>HScore not computed: {missing} not given. With them it would be {low} to {high}; the table&apos;s probability would lie between {low_percent} % and {high_percent} %.</source>
        <comment>hscore_incomplete</comment>
        <extracomment>Finding hscore_incomplete. Fields: high, high_percent, low, low_percent, missing.</extracomment>
        <translation>HScore no calculada; datos no indicados: {missing}. Con ellos sería de {low} a {high}; la probabilidad de la tabla estaría entre el {low_percent} % y el {high_percent} %.</translation>
    </message>
    <message>
        <source>{variable} {value}: {comparison} → {points} points.</source>
        <comment>hscore_scored</comment>
        <extracomment>Finding hscore_scored. Fields: comparison, points, value, variable.</extracomment>
        <translation>{variable} {value}: {comparison} → {points} puntos.</translation>
    </message>
    <message>
        <source>{variable}: {category} → {points} points.</source>
        <comment>hscore_category</comment>
        <extracomment>Finding hscore_category. Fields: category, points, variable.</extracomment>
        <translation>{variable}: {category} → {points} puntos.</translation>
    </message>
    <message>
        <source>Cytopenias in {count} of 3 lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110000/µL) → {points} points.</source>
        <comment>hscore_cytopenias</comment>
        <extracomment>Finding hscore_cytopenias. Fields: count, points.</extracomment>
        <translation>Citopenias en {count} de 3 series (Hb ≤ 9,2 g/dL, leucocitos ≤ 5000/µL, plaquetas ≤ 110000/µL) → {points} puntos.</translation>
    </message>
    <message>
        <source>{variable} {value} could score {low} to {high} points; an exact value is needed.</source>
        <comment>hscore_open</comment>
        <extracomment>Finding hscore_open. Fields: high, low, value, variable.</extracomment>
        <translation>{variable} {value} podría puntuar de {low} a {high} puntos; se necesita un valor exacto.</translation>
    </message>
    <message>
        <source>{variable} not given: 0 to {high} points possible.</source>
        <comment>hscore_missing</comment>
        <extracomment>Finding hscore_missing. Fields: high, variable.</extracomment>
        <translation>{variable}: sin dato; posibles de 0 a {high} puntos.</translation>
    </message>
    <message>
        <source>HScore {score}: probability of haemophagocytic syndrome {percent} % in the published table.</source>
        <comment>hscore_probability_row</comment>
        <extracomment>Finding hscore_probability_row. Fields: percent, score.</extracomment>
        <translation>HScore {score}: probabilidad de síndrome hemofagocítico del {percent} % según la tabla publicada.</translation>
    </message>
    <message>
        <source>HScore {score} lies between the table&apos;s rows {row} ({percent} %) and {next_row} ({next_percent} %); the app reports the row at or below it: {percent} %.</source>
        <comment>hscore_probability_between</comment>
        <extracomment>Finding hscore_probability_between. Fields: next_percent, next_row, percent, row, score.</extracomment>
        <translation>La HScore {score} se sitúa entre las filas {row} ({percent} %) y {next_row} ({next_percent} %) de la tabla; la aplicación indica la fila igual o inferior: {percent} %.</translation>
    </message>
    <message>
        <source>HScore {score} is below the table&apos;s first row ({row}: {percent} %): {percent} %.</source>
        <comment>hscore_probability_below</comment>
        <extracomment>Finding hscore_probability_below. Fields: percent, row, score.</extracomment>
        <translation>La HScore {score} está por debajo de la primera fila de la tabla ({row}: {percent} %): {percent} %.</translation>
    </message>
    <message>
        <source>HScore {score} is at or above the table&apos;s last row ({row}): {percent} %.</source>
        <comment>hscore_probability_top</comment>
        <extracomment>Finding hscore_probability_top. Fields: percent, row, score.</extracomment>
        <translation>La HScore {score} está en la última fila de la tabla ({row}) o por encima: {percent} %.</translation>
    </message>
    <message>
        <source>The HScore estimates the probability of reactive haemophagocytic syndrome (secondary HLH). It is an aid to the HLH question, not a diagnosis.</source>
        <comment>hscore_aid_not_diagnosis</comment>
        <extracomment>Finding hscore_aid_not_diagnosis.</extracomment>
        <translation>La HScore estima la probabilidad de síndrome hemofagocítico reactivo (HLH secundaria). Es una ayuda ante la sospecha de HLH, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Derived in 312 patients (162 with reactive HLH, 104 without, 46 undetermined); best cut-off 169 (sensitivity 93 %, specificity 86 %).</source>
        <comment>hscore_derivation</comment>
        <extracomment>Finding hscore_derivation.</extracomment>
        <translation>Derivada en 312 pacientes (162 con HLH reactiva, 104 sin ella, 46 indeterminados); mejor punto de corte 169 (sensibilidad 93 %, especificidad 86 %).</translation>
    </message>
    <message>
        <source>The probability table has not been validated in ICU patients.</source>
        <comment>hscore_icu_not_validated</comment>
        <extracomment>Finding hscore_icu_not_validated.</extracomment>
        <translation>La tabla de probabilidades no se ha validado en pacientes de UCI.</translation>
    </message>
    <message>
        <source>High ferritin is common in the ICU without HLH: ICU studies found HLH cut-offs of 9083 µg/L (2623 patients) and 3951 ng/mL (344 patients), and a modified HLH-2004 criterion uses ferritin ≥ 10000 ng/mL.</source>
        <comment>hscore_icu_ferritin</comment>
        <extracomment>Finding hscore_icu_ferritin.</extracomment>
        <translation>La ferritina elevada es frecuente en la UCI sin HLH: estudios en UCI hallaron puntos de corte para HLH de 9083 µg/L (2623 pacientes) y 3951 ng/mL (344 pacientes), y un criterio HLH-2004 modificado usa ferritina ≥ 10000 ng/mL.</translation>
    </message>
    <message>
        <source>Ferritin &gt; 4420 ng/mL places a patient in the ImmunoSep MALS stratum; it does not establish HLH.</source>
        <comment>hscore_mals_not_hlh</comment>
        <extracomment>Finding hscore_mals_not_hlh.</extracomment>
        <translation>Una ferritina &gt; 4420 ng/mL sitúa al paciente en el estrato MALS de ImmunoSep; no establece una HLH.</translation>
    </message>
    <message>
        <source>Age 18 years or older.</source>
        <comment>criterion_age_18_or_over</comment>
        <extracomment>Finding criterion_age_18_or_over.</extracomment>
        <translation>Edad de 18 años o más.</translation>
    </message>
    <message>
        <source>Women: unwilling to become pregnant during the study (men meet this criterion).</source>
        <comment>criterion_not_planning_pregnancy</comment>
        <extracomment>Finding criterion_not_planning_pregnancy.</extracomment>
        <translation>Mujeres: sin intención de quedarse embarazadas durante el estudio (los hombres cumplen este criterio).</translation>
    </message>
    <message>
        <source>Written informed consent by the patient, or by a first-degree relative or spouse if the patient cannot consent.</source>
        <comment>criterion_informed_consent</comment>
        <extracomment>Finding criterion_informed_consent.</extracomment>
        <translation>Consentimiento informado por escrito del paciente o, si el paciente no puede consentir, de un familiar de primer grado o del cónyuge.</translation>
    </message>
    <message>
        <source>Infection is community-acquired pneumonia, hospital-acquired pneumonia, ventilator-associated pneumonia or primary bacteraemia.</source>
        <comment>criterion_infection_type</comment>
        <extracomment>Finding criterion_infection_type.</extracomment>
        <translation>La infección es una neumonía adquirida en la comunidad, una neumonía nosocomial, una neumonía asociada a ventilación mecánica o una bacteriemia primaria.</translation>
    </message>
    <message>
        <source>Sepsis by Sepsis-3: total SOFA ≥ 2 on admission with infection through the emergency department, or a rise of the admission SOFA by ≥ 2 points in a patient already in hospital.</source>
        <comment>criterion_sepsis_3</comment>
        <extracomment>Finding criterion_sepsis_3.</extracomment>
        <translation>Sepsis según Sepsis-3: SOFA total ≥ 2 al ingreso por infección a través del servicio de urgencias, o un aumento del SOFA de ingreso de ≥ 2 puntos en un paciente ya hospitalizado.</translation>
    </message>
    <message>
        <source>Laboratory signs of MALS (ferritin &gt; 4420 ng/mL) or of immunoparalysis (ferritin ≤ 4420 ng/mL and HLA-DR &lt; 5000 antibodies per monocyte, QuantiBRITE). Patients with COVID-19 could enter the MALS arm only.</source>
        <comment>criterion_immune_phenotype</comment>
        <extracomment>Finding criterion_immune_phenotype.</extracomment>
        <translation>Signos de laboratorio de MALS (ferritina &gt; 4420 ng/mL) o de inmunoparálisis (ferritina ≤ 4420 ng/mL y HLA-DR &lt; 5000 anticuerpos por monocito, QuantiBRITE). Los pacientes con COVID-19 solo podían entrar en el brazo MALS.</translation>
    </message>
    <message>
        <source>Less than 72 hours since sepsis was recognised by Sepsis-3 (in the trial: to the start of the blinded study drug).</source>
        <comment>criterion_within_72_hours</comment>
        <extracomment>Finding criterion_within_72_hours.</extracomment>
        <translation>Menos de 72 horas desde que se reconoció la sepsis según Sepsis-3 (en el ensayo: hasta el inicio del fármaco del estudio administrado a ciegas).</translation>
    </message>
    <message>
        <source>Age under 18 years.</source>
        <comment>criterion_age_under_18</comment>
        <extracomment>Finding criterion_age_under_18.</extracomment>
        <translation>Edad inferior a 18 años.</translation>
    </message>
    <message>
        <source>Written informed consent refused.</source>
        <comment>criterion_consent_refused</comment>
        <extracomment>Finding criterion_consent_refused.</extracomment>
        <translation>Negativa a otorgar el consentimiento informado por escrito.</translation>
    </message>
    <message>
        <source>Acute pyelonephritis, intra-abdominal infection, meningitis or skin infection.</source>
        <comment>criterion_other_infection_site</comment>
        <extracomment>Finding criterion_other_infection_site.</extracomment>
        <translation>Pielonefritis aguda, infección intraabdominal, meningitis o infección cutánea.</translation>
    </message>
    <message>
        <source>Any stage IV malignancy.</source>
        <comment>criterion_stage_iv_malignancy</comment>
        <extracomment>Finding criterion_stage_iv_malignancy.</extracomment>
        <translation>Cualquier neoplasia maligna en estadio IV.</translation>
    </message>
    <message>
        <source>Neutropenia: absolute neutrophil count &lt; 1500/mm³.</source>
        <comment>criterion_neutropenia</comment>
        <extracomment>Finding criterion_neutropenia.</extracomment>
        <translation>Neutropenia: recuento absoluto de neutrófilos &lt; 1500/mm³.</translation>
    </message>
    <message>
        <source>Unverified: the registry gives &lt; 1500/mm³, a transcription of the protocol &lt; 1000/mm³; the discrepancy is unresolved.</source>
        <comment>criterion_neutropenia_unverified</comment>
        <extracomment>Finding criterion_neutropenia_unverified.</extracomment>
        <translation>Sin verificar: el registro indica &lt; 1500/mm³ y una transcripción del protocolo, &lt; 1000/mm³; la discrepancia no está resuelta.</translation>
    </message>
    <message>
        <source>Any do-not-resuscitate decision.</source>
        <comment>criterion_do_not_resuscitate</comment>
        <extracomment>Finding criterion_do_not_resuscitate.</extracomment>
        <translation>Cualquier orden de no reanimar.</translation>
    </message>
    <message>
        <source>Bacteraemia with coagulase-negative staphylococci or other skin commensals, or a catheter-related infection.</source>
        <comment>criterion_bacteraemia_contaminant</comment>
        <extracomment>Finding criterion_bacteraemia_contaminant.</extracomment>
        <translation>Bacteriemia por estafilococos coagulasa negativos u otros comensales cutáneos, o infección relacionada con catéter.</translation>
    </message>
    <message>
        <source>All {total} listed criteria are met ({met} met, {failed} not met, {unknown} unknown); the list is incomplete, so this does not prove the patient would have been eligible.</source>
        <comment>eligibility_all_listed_met</comment>
        <extracomment>Finding eligibility_all_listed_met. Fields: failed, met, total, unknown.</extracomment>
        <translation>Se cumplen los {total} criterios de la lista ({met} cumplidos, {failed} no cumplidos, {unknown} desconocidos); la lista está incompleta, por lo que esto no demuestra que el paciente hubiera sido elegible.</translation>
    </message>
    <message>
        <source>{met} of {total} criteria met, {unknown} unknown, {failed} not met.</source>
        <comment>eligibility_incomplete</comment>
        <extracomment>Finding eligibility_incomplete. Fields: failed, met, total, unknown.</extracomment>
        <translation>{met} de {total} criterios cumplidos, {unknown} desconocidos, {failed} no cumplidos.</translation>
    </message>
    <message>
        <source>{failed} of {total} criteria not met ({met} met, {unknown} unknown): this patient differs from the population in which ImmunoSep was tested.</source>
        <comment>eligibility_outside</comment>
        <extracomment>Finding eligibility_outside. Fields: failed, met, total, unknown.</extracomment>
        <translation>{failed} de {total} criterios no cumplidos ({met} cumplidos, {unknown} desconocidos): este paciente difiere de la población en la que se estudió ImmunoSep.</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence comes from the population these criteria describe; it may not apply outside it.</source>
        <comment>eligibility_population</comment>
        <extracomment>Finding eligibility_population.</extracomment>
        <translation>La evidencia de ImmunoSep procede de la población que describen estos criterios; puede no ser aplicable fuera de ella.</translation>
    </message>
    <message>
        <source>Unverified: every copy of the registry&apos;s exclusion list read for this app ends after its seventh item; further exclusions (the protocol also has a corticosteroid-dose limit) are not listed here.</source>
        <comment>eligibility_exclusions_truncated</comment>
        <extracomment>Finding eligibility_exclusions_truncated.</extracomment>
        <translation>Sin verificar: todas las copias de la lista de exclusiones del registro consultadas para esta aplicación terminan tras el séptimo punto; otras exclusiones (el protocolo también tiene un límite de dosis de corticoides) no figuran aquí.</translation>
    </message>
    <message>
        <source>The checklist informs; it does not block a phenotype or a decision.</source>
        <comment>eligibility_not_blocking</comment>
        <extracomment>Finding eligibility_not_blocking.</extracomment>
        <translation>La lista de verificación informa; no bloquea un fenotipo ni una decisión.</translation>
    </message>
    <message>
        <source>From the age entered: {age} years.</source>
        <comment>eligibility_from_age</comment>
        <extracomment>Finding eligibility_from_age. Fields: age.</extracomment>
        <translation>Según la edad introducida: {age} años.</translation>
    </message>
    <message>
        <source>From the phenotype: {phenotype}.</source>
        <comment>eligibility_from_phenotype</comment>
        <extracomment>Finding eligibility_from_phenotype. Fields: phenotype.</extracomment>
        <translation>Según el fenotipo: {phenotype}.</translation>
    </message>
    <message>
        <source>The values could not be classified, so this is unknown.</source>
        <comment>eligibility_from_no_phenotype</comment>
        <extracomment>Finding eligibility_from_no_phenotype.</extracomment>
        <translation>Los valores no pudieron clasificarse, por lo que se desconoce.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: below 1000/mm³, neutropenia by the registry and by the protocol transcription.</source>
        <comment>eligibility_anc_below_both</comment>
        <extracomment>Finding eligibility_anc_below_both. Fields: anc.</extracomment>
        <translation>Neutrófilos {anc}: por debajo de 1000/mm³, neutropenia según el registro y según la transcripción del protocolo.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: at or above 1500/mm³, no neutropenia by either source.</source>
        <comment>eligibility_anc_above_both</comment>
        <extracomment>Finding eligibility_anc_above_both. Fields: anc.</extracomment>
        <translation>Neutrófilos {anc}: 1500/mm³ o más; no hay neutropenia según ninguna de las dos fuentes.</translation>
    </message>
    <message>
        <source>Neutrophils {anc}: neutropenia by the registry (&lt; 1500/mm³) but not by the protocol transcription (&lt; 1000/mm³), or not exact enough to tell; the answer is unknown.</source>
        <comment>eligibility_anc_between</comment>
        <extracomment>Finding eligibility_anc_between. Fields: anc.</extracomment>
        <translation>Neutrófilos {anc}: neutropenia según el registro (&lt; 1500/mm³) pero no según la transcripción del protocolo (&lt; 1000/mm³), o valor no lo bastante exacto para decidir; la respuesta se desconoce.</translation>
    </message>
    <message>
        <source>Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (&gt; 1.4): the trial&apos;s response definition is met.</source>
        <comment>response_met</comment>
        <extracomment>Finding response_met. Fields: decrease.</extracomment>
        <translation>El SOFA del día 1 menos la media del SOFA de los días 2–9 es {decrease} (&gt; 1,4): se cumple la definición de respuesta del ensayo.</translation>
    </message>
    <message>
        <source>Day-1 SOFA minus the mean SOFA of days 2–9 is {decrease} (≤ 1.4): the trial&apos;s response definition is not met.</source>
        <comment>response_not_met</comment>
        <extracomment>Finding response_not_met. Fields: decrease.</extracomment>
        <translation>El SOFA del día 1 menos la media del SOFA de los días 2–9 es {decrease} (≤ 1,4): no se cumple la definición de respuesta del ensayo.</translation>
    </message>
    <message>
        <source>Provisional: so far day-1 SOFA minus the mean SOFA of days 2–9 is {decrease}; days {pending} are not over and count as carried forward until they are.</source>
        <comment>response_provisional</comment>
        <extracomment>Finding response_provisional. Fields: decrease, pending.</extracomment>
        <translation>Provisional: por ahora, el SOFA del día 1 menos la media del SOFA de los días 2–9 es {decrease}; los días {pending} aún no han terminado y cuentan con el último valor arrastrado hasta que terminen.</translation>
    </message>
    <message>
        <source>This is the ImmunoSep trial&apos;s research endpoint (day-1 SOFA minus the mean SOFA of days 2–9 &gt; 1.4 points; deaths count 24, a missing day carries the last value forward), not a treatment target.</source>
        <comment>response_research_endpoint</comment>
        <extracomment>Finding response_research_endpoint.</extracomment>
        <translation>Este es el criterio de valoración de investigación del ensayo ImmunoSep (SOFA del día 1 menos la media del SOFA de los días 2–9 &gt; 1,4 puntos; los fallecimientos cuentan 24 y un día sin dato arrastra el último valor), no un objetivo terapéutico.</translation>
    </message>
    <message>
        <source>From the day of death (day {day}) every day counts 24.</source>
        <comment>response_death</comment>
        <extracomment>Finding response_death. Fields: day.</extracomment>
        <translation>Desde el día del fallecimiento (día {day}), cada día cuenta 24.</translation>
    </message>
    <message>
        <source>The SOFA entered for day {day} is not used: the patient died on day {death_day}, and from then on every day counts 24.</source>
        <comment>response_entry_replaced_by_death</comment>
        <extracomment>Finding response_entry_replaced_by_death. Fields: day, death_day.</extracomment>
        <translation>El SOFA introducido para el día {day} no se utiliza: el paciente falleció el día {death_day} y desde entonces cada día cuenta 24.</translation>
    </message>
    <message>
        <source>The SOFA of day {day} rests on {assessed} of 6 organ systems, so it may be too low.</source>
        <comment>response_incomplete_day</comment>
        <extracomment>Finding response_incomplete_day. Fields: assessed, day.</extracomment>
        <translation>El SOFA del día {day} se basa en {assessed} de 6 sistemas orgánicos, por lo que puede estar infraestimado.</translation>
    </message>
    <message>
        <source>{criterion} {value} is outside the range usually seen in {unit}; check that it was not measured in {other_unit}.</source>
        <comment>unit_suspect</comment>
        <extracomment>Finding unit_suspect. Fields: criterion, other_unit, unit, value.</extracomment>
        <translation>{criterion} {value} está fuera del intervalo habitual en {unit}; compruebe que no se midió en {other_unit}.</translation>
    </message>
    <message>
        <source>Ferritin is needed: every ImmunoSep phenotype starts from ferritin (&gt; {ferritin_threshold} is MALS).</source>
        <oldsource>Ferritin is needed: every ImmunoSep phenotype starts from ferritin (&gt; {f_thr} is MALS).</oldsource>
        <comment>ferritin_missing</comment>
        <extracomment>Finding ferritin_missing. Fields: ferritin_threshold.</extracomment>
        <translation>Se necesita la ferritina: todo fenotipo de ImmunoSep parte de la ferritina (&gt; {ferritin_threshold} es MALS).</translation>
    </message>
    <message>
        <source>Ferritin &gt; {threshold} (MALS)</source>
        <comment>criterion.ferritin_above_mals_threshold</comment>
        <extracomment>Finding criterion.ferritin_above_mals_threshold. Fields: threshold.</extracomment>
        <translation>Ferritina &gt; {threshold} (umbral MALS)</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {threshold} (immunoparalysis)</source>
        <comment>criterion.hla_dr_below_threshold</comment>
        <extracomment>Finding criterion.hla_dr_below_threshold. Fields: threshold.</extracomment>
        <translation>HLA-DR &lt; {threshold} (umbral de inmunoparálisis)</translation>
    </message>
    <message>
        <source>Age ≥ {threshold} years (trial population)</source>
        <comment>criterion.age_adult</comment>
        <extracomment>Finding criterion.age_adult. Fields: threshold.</extracomment>
        <translation>Edad ≥ {threshold} años (umbral de la población del ensayo)</translation>
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
        <translation>≥ {threshold} años</translation>
    </message>
    <message>
        <source>{age} years</source>
        <comment>criterion_value.age</comment>
        <extracomment>Finding criterion_value.age. Fields: age.</extracomment>
        <translation>{age} años</translation>
    </message>
    <message>
        <source>met</source>
        <comment>criterion_note.met</comment>
        <extracomment>Finding criterion_note.met.</extracomment>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>criterion_note.not_met</comment>
        <extracomment>Finding criterion_note.not_met.</extracomment>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>undecided</source>
        <comment>criterion_note.undecided</comment>
        <extracomment>Finding criterion_note.undecided.</extracomment>
        <translation>indeterminado</translation>
    </message>
    <message>
        <source>undecided: {entered} spans {threshold}</source>
        <comment>criterion_note.undecided_range</comment>
        <extracomment>Finding criterion_note.undecided_range. Fields: entered, threshold.</extracomment>
        <translation>indeterminado: {entered} abarca el umbral {threshold}</translation>
    </message>
    <message>
        <source>not available</source>
        <comment>criterion_note.not_available</comment>
        <extracomment>Finding criterion_note.not_available.</extracomment>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>not given</source>
        <comment>criterion_note.not_given</comment>
        <extracomment>Finding criterion_note.not_given.</extracomment>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>not determined by the laboratory</source>
        <comment>criterion_note.not_determined</comment>
        <extracomment>Finding criterion_note.not_determined.</extracomment>
        <translation>no determinado por el laboratorio</translation>
    </message>
    <message>
        <source>not evaluable: {unit} cannot be converted to antibodies bound per cell</source>
        <comment>criterion_note.unit_not_usable</comment>
        <extracomment>Finding criterion_note.unit_not_usable. Fields: unit.</extracomment>
        <translation>no evaluable: {unit} no puede convertirse en anticuerpos unidos por célula</translation>
    </message>
    <message>
        <source>{note}; converted: {conversion}</source>
        <comment>criterion_note.converted</comment>
        <extracomment>Finding criterion_note.converted. Fields: conversion, note.</extracomment>
        <translation>{note}; convertido: {conversion}</translation>
    </message>
    <message>
        <source>{note} (not needed: MALS is decided by ferritin)</source>
        <comment>criterion_note.not_needed</comment>
        <extracomment>Finding criterion_note.not_needed. Fields: note.</extracomment>
        <translation>{note} (no necesario: MALS se decide por la ferritina)</translation>
    </message>
    <message>
        <source>{entered} ng/mL (no conversion)</source>
        <comment>conversion.none</comment>
        <extracomment>Finding conversion.none. Fields: entered.</extracomment>
        <translation>{entered} ng/mL (sin conversión)</translation>
    </message>
    <message>
        <source>Ferritin not determined (&quot;{ferritin_not_determined}&quot;): the laboratory reported no value; every ImmunoSep phenotype starts from ferritin (&gt; {ferritin_threshold} is MALS).</source>
        <comment>ferritin_not_determined</comment>
        <extracomment>Finding ferritin_not_determined. Fields: ferritin_not_determined, ferritin_threshold.</extracomment>
        <translation>Ferritina no determinada (&quot;{ferritin_not_determined}&quot;): el laboratorio no informó ningún valor; todo fenotipo de ImmunoSep parte de la ferritina (&gt; {ferritin_threshold} es MALS).</translation>
    </message>
    <message>
        <source>Ferritin {ferritin_entered} could be above or below {ferritin_threshold}; an exact value, or a bound that lies wholly on one side of {ferritin_threshold}, is needed.</source>
        <oldsource>Ferritin {ferritin_entered} could be above or below {f_thr}; an exact value, or a bound that lies wholly on one side of {f_thr}, is needed.</oldsource>
        <comment>ferritin_indeterminate</comment>
        <extracomment>Finding ferritin_indeterminate. Fields: ferritin_entered, ferritin_threshold.</extracomment>
        <translation>La ferritina {ferritin_entered} podría estar por encima o por debajo de {ferritin_threshold}; se necesita un valor exacto, o un límite que quede por completo a un lado de {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is &gt; {ferritin_threshold}: MALS criterion met.</source>
        <oldsource>Ferritin {ferritin} is &gt; {f_thr}: MALS criterion met.</oldsource>
        <comment>ferritin_above_threshold</comment>
        <extracomment>Finding ferritin_above_threshold. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Ferritina {ferritin} &gt; {ferritin_threshold}: criterio MALS cumplido.</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {hla_dr_threshold} too: both criteria are met and MALS takes precedence, as in the trial.</source>
        <oldsource>HLA-DR &lt; {h_thr} too: both criteria are met and MALS takes precedence, as in the trial.</oldsource>
        <comment>both_criteria_met</comment>
        <extracomment>Finding both_criteria_met. Fields: hla_dr_threshold.</extracomment>
        <translation>También HLA-DR &lt; {hla_dr_threshold}: se cumplen ambos criterios y prevalece MALS, como en el ensayo.</translation>
    </message>
    <message>
        <source>HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <oldsource>HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because ferritin {ferritin} is ≤ {f_thr}.</oldsource>
        <comment>hla_dr_missing</comment>
        <extracomment>Finding hla_dr_missing. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Se necesita el HLA-DR en anticuerpos por célula (AB/C, QuantiBRITE) porque la ferritina {ferritin} es ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>HLA-DR not determined (&quot;{hla_dr_not_determined}&quot;): the laboratory reported no value; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <comment>hla_dr_not_determined</comment>
        <extracomment>Finding hla_dr_not_determined. Fields: ferritin, ferritin_threshold, hla_dr_not_determined.</extracomment>
        <translation>HLA-DR no determinado (&quot;{hla_dr_not_determined}&quot;): el laboratorio no informó ningún valor; se necesita el HLA-DR en AB/C porque la ferritina {ferritin} es ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>HLA-DR was given as {hla_dr_unit}, which cannot be converted to antibodies bound per cell; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <oldsource>HLA-DR was given as {hla_dr_unit}, which cannot be converted to antibodies bound per cell; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {f_thr}.</oldsource>
        <comment>hla_dr_not_ab_per_cell</comment>
        <extracomment>Finding hla_dr_not_ab_per_cell. Fields: ferritin, ferritin_threshold, hla_dr_unit.</extracomment>
        <translation>El HLA-DR se dio en {hla_dr_unit}, que no puede convertirse en anticuerpos unidos por célula; se necesita el HLA-DR en AB/C porque la ferritina {ferritin} es ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} could be above or below {hla_dr_threshold}; an exact value is needed because ferritin {ferritin} is ≤ {ferritin_threshold}.</source>
        <oldsource>HLA-DR {hla_dr} could be above or below {h_thr}; an exact value is needed because ferritin {ferritin} is ≤ {f_thr}.</oldsource>
        <comment>hla_dr_indeterminate</comment>
        <extracomment>Finding hla_dr_indeterminate. Fields: ferritin, ferritin_threshold, hla_dr, hla_dr_threshold.</extracomment>
        <translation>El HLA-DR {hla_dr} podría estar por encima o por debajo de {hla_dr_threshold}; se necesita un valor exacto porque la ferritina {ferritin} es ≤ {ferritin_threshold}.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is ≤ {ferritin_threshold}: MALS criterion not met.</source>
        <oldsource>Ferritin {ferritin} is ≤ {f_thr}: MALS criterion not met.</oldsource>
        <comment>ferritin_at_or_below_threshold</comment>
        <extracomment>Finding ferritin_at_or_below_threshold. Fields: ferritin, ferritin_threshold.</extracomment>
        <translation>Ferritina {ferritin} ≤ {ferritin_threshold}: criterio MALS no cumplido.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is &lt; {hla_dr_threshold}: immunoparalysis criteria met.</source>
        <oldsource>HLA-DR {hla_dr} is &lt; {h_thr}: immunoparalysis criteria met.</oldsource>
        <comment>hla_dr_below_threshold</comment>
        <extracomment>Finding hla_dr_below_threshold. Fields: hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} &lt; {hla_dr_threshold}: criterios de inmunoparálisis cumplidos.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is ≥ {hla_dr_threshold}: neither phenotype; the ImmunoSep evidence does not apply.</source>
        <oldsource>HLA-DR {hla_dr} is ≥ {h_thr}: neither phenotype; the ImmunoSep evidence does not apply.</oldsource>
        <comment>hla_dr_at_or_above_threshold</comment>
        <extracomment>Finding hla_dr_at_or_above_threshold. Fields: hla_dr, hla_dr_threshold.</extracomment>
        <translation>HLA-DR {hla_dr} ≥ {hla_dr_threshold}: ninguno de los dos fenotipos; la evidencia de ImmunoSep no se aplica.</translation>
    </message>
    <message>
        <source>The ferritin sample time {ferritin_sampled} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.ferritin_sample</comment>
        <extracomment>Finding sample_time_in_future.ferritin_sample. Fields: ferritin_sampled.</extracomment>
        <translation>La hora de extracción de la ferritina {ferritin_sampled} está en el futuro; compruebe la fecha y la hora.</translation>
    </message>
    <message>
        <source>The HLA-DR sample time {hla_dr_sampled} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.hla_dr_sample</comment>
        <extracomment>Finding sample_time_in_future.hla_dr_sample. Fields: hla_dr_sampled.</extracomment>
        <translation>La hora de extracción del HLA-DR {hla_dr_sampled} está en el futuro; compruebe la fecha y la hora.</translation>
    </message>
    <message>
        <source>The HLA-DR processing time {hla_dr_processed} is in the future; check the date and time.</source>
        <comment>sample_time_in_future.hla_dr_processing</comment>
        <extracomment>Finding sample_time_in_future.hla_dr_processing. Fields: hla_dr_processed.</extracomment>
        <translation>La hora de procesamiento del HLA-DR {hla_dr_processed} está en el futuro; compruebe la fecha y la hora.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is within {ferritin_band} of {ferritin_threshold}; ferritin assays differ between methods, so a repeat test may be wise.</source>
        <oldsource>Ferritin {ferritin} is within {f_band} % of {f_threshold} ng/mL; ferritin assays differ between methods, so a repeat test may be wise.</oldsource>
        <comment>ferritin_near_threshold</comment>
        <extracomment>Finding ferritin_near_threshold. Fields: ferritin, ferritin_band, ferritin_threshold.</extracomment>
        <translation>La ferritina {ferritin} está a menos de {ferritin_band} de {ferritin_threshold}; los métodos de medición de ferritina difieren, por lo que puede ser prudente repetir la prueba.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is within {hla_dr_band} of {hla_dr_threshold}; the inter-laboratory CV is 15-25 %, so a repeat test may be wise.</source>
        <oldsource>HLA-DR {hla_dr} is within {h_band} % of {h_thr}; the inter-laboratory CV is 15-25 %, so a repeat test may be wise.</oldsource>
        <comment>hla_dr_near_threshold</comment>
        <extracomment>Finding hla_dr_near_threshold. Fields: hla_dr, hla_dr_band, hla_dr_threshold.</extracomment>
        <translation>El HLA-DR {hla_dr} está a menos de {hla_dr_band} de {hla_dr_threshold}; el CV entre laboratorios es del 15-25 %, por lo que puede ser prudente repetir la prueba.</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR were sampled {sample_gap} apart (more than {max_interval}); they may reflect different immune states.</source>
        <oldsource>Ferritin and HLA-DR were sampled {gap} apart (more than {max_interval}); they may reflect different immune states.</oldsource>
        <comment>samples_far_apart</comment>
        <extracomment>Finding samples_far_apart. Fields: max_interval, sample_gap.</extracomment>
        <translation>La ferritina y el HLA-DR se extrajeron con {sample_gap} de diferencia (más de {max_interval}); pueden reflejar estados inmunitarios distintos.</translation>
    </message>
    <message>
        <source>HLA-DR was processed {processing_delay} after sampling (more than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h).</source>
        <oldsource>HLA-DR was processed {delay} after sampling (more than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h).</oldsource>
        <comment>hla_dr_processing_delay</comment>
        <extracomment>Finding hla_dr_processing_delay. Fields: max_delay, processing_delay.</extracomment>
        <translation>El HLA-DR se procesó {processing_delay} después de la extracción (más de {max_delay}); los valores pueden no ser fiables (QuantiBRITE: EDTA, en hielo, marcaje en 4 h).</translation>
    </message>
</context>
<context>
    <name>HScoreHistoryView</name>
    <message>
        <source>No HScore is stored for this patient. Patient ▸ HScore (Ctrl+Shift+H) enters one.</source>
        <translation>No hay ningún HScore guardado para este paciente. Paciente ▸ HScore (Ctrl+Shift+H) permite introducir uno.</translation>
    </message>
    <message>
        <source>HScores stored for this patient, oldest first: an aid to the question whether a very high ferritin is HLH, not a diagnosis.</source>
        <translation>HScore guardados para este paciente, el más antiguo primero: una ayuda para la cuestión de si una ferritina muy alta es una HLH, no un diagnóstico.</translation>
    </message>
    <message>
        <source>HScore #{id}, stored with assessment #{assessment}</source>
        <translation>HScore #{id}, guardado con la evaluación #{assessment}</translation>
    </message>
    <message>
        <source>table {version}</source>
        <translation>tabla {version}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Variable and why</source>
        <translation>Variable y motivo</translation>
    </message>
</context>
<context>
    <name>HScorePanel</name>
    <message>
        <source>{n} points</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <source>No HScore: correct the field marked in red ({reason}).</source>
        <translation>Sin HScore: corrija el campo marcado en rojo ({reason}).</translation>
    </message>
    <message>
        <source>Offered because ferritin is above 4420 ng/mL (the MALS criterion of the rule): such a ferritin places a patient in MALS but does not establish HLH. The HScore is an aid to that question, not a diagnosis.</source>
        <translation>Se ofrece porque la ferritina es superior a 4420 ng/mL (el criterio MALS de la regla): esa ferritina sitúa al paciente en MALS, pero no establece una HLH. El HScore es una ayuda para esa cuestión, no un diagnóstico.</translation>
    </message>
    <message>
        <source>The window offers the HScore when ferritin is above 4420 ng/mL (the MALS criterion); it can be computed for any patient. It is an aid to the HLH question, not a diagnosis.</source>
        <translation>La ventana ofrece el HScore cuando la ferritina es superior a 4420 ng/mL (el criterio MALS); puede calcularse para cualquier paciente. Es una ayuda para la cuestión de la HLH, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Ferritin copied from the assessment on screen ({value} {unit}); change it if the HScore uses another value.</source>
        <translation>Ferritina copiada de la evaluación en pantalla ({value} {unit}); cámbiela si el HScore usa otro valor.</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>An HScore is saved once all nine variables are given.</source>
        <translation>Un HScore se guarda cuando se han indicado las nueve variables.</translation>
    </message>
    <message>
        <source>Saved with assessment #{assessment}.</source>
        <translation>Guardado con la evaluación #{assessment}.</translation>
    </message>
    <message>
        <source>#{id}: HScore {score}, probability {p} %, with assessment #{assessment}, saved {when} by {user}</source>
        <translation>#{id}: HScore {score}, probabilidad {p} %, con la evaluación #{assessment}, guardado el {when} por {user}</translation>
    </message>
    <message>
        <source>Stored HScores:</source>
        <translation>HScores guardados:</translation>
    </message>
    <message>
        <source>No HScore stored for this patient.</source>
        <translation>No hay ningún HScore guardado para este paciente.</translation>
    </message>
    <message>
        <source>Mark #{id} entered in &amp;error…</source>
        <translation>Marcar #{id} como registro &amp;erróneo…</translation>
    </message>
    <message>
        <source>Save HScore</source>
        <translation>Guardar HScore</translation>
    </message>
    <message>
        <source>Save this HScore in the TRAINING records of patient:</source>
        <translation>Guardar este HScore en los registros de FORMACIÓN del paciente:</translation>
    </message>
    <message>
        <source>Save this HScore in the clinical records of patient:</source>
        <translation>Guardar este HScore en los registros clínicos del paciente:</translation>
    </message>
    <message>
        <source>With assessment #{assessment}</source>
        <translation>Con la evaluación #{assessment}</translation>
    </message>
    <message>
        <source>HScore saved for {patient}.</source>
        <translation>HScore guardado para {patient}.</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Marcar como registro erróneo</translation>
    </message>
    <message>
        <source>HScore #{id} of {patient} will be marked as entered in error. It stays stored and listed.</source>
        <translation>El HScore #{id} de {patient} se marcará como registro erróneo. Permanece guardado y en la lista.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>Marcar como registro &amp;erróneo</translation>
    </message>
    <message>
        <source>HScore #{id} marked as entered in error.</source>
        <translation>HScore #{id} marcado como registro erróneo.</translation>
    </message>
    <message>
        <source>The nine variables (Fardet 2014)</source>
        <translation>Las nueve variables (Fardet 2014)</translation>
    </message>
    <message>
        <source>Known underlying &amp;immunosuppression (HIV, long-term immunosuppressive therapy)</source>
        <translation>&amp;Inmunosupresión subyacente conocida (VIH, tratamiento inmunosupresor prolongado)</translation>
    </message>
    <message>
        <source>Highest &amp;temperature</source>
        <translation>&amp;Temperatura máxima</translation>
    </message>
    <message>
        <source>&amp;Organomegaly</source>
        <translation>&amp;Organomegalia</translation>
    </message>
    <message>
        <source>&amp;Cytopenic lineages (Hb ≤ 9.2 g/dL, leukocytes ≤ 5000/µL, platelets ≤ 110 000/µL)</source>
        <translation>Líneas &amp;citopénicas (Hb ≤ 9,2 g/dL, leucocitos ≤ 5000/µL, plaquetas ≤ 110 000/µL)</translation>
    </message>
    <message>
        <source>&amp;Ferritin</source>
        <translation>&amp;Ferritina</translation>
    </message>
    <message>
        <source>Tri&amp;glycerides</source>
        <translation>Tri&amp;glicéridos</translation>
    </message>
    <message>
        <source>Fi&amp;brinogen</source>
        <translation>Fi&amp;brinógeno</translation>
    </message>
    <message>
        <source>&amp;AST (aspartate aminotransferase)</source>
        <translation>&amp;AST (aspartato aminotransferasa)</translation>
    </message>
    <message>
        <source>&amp;Haemophagocytosis on bone-marrow aspirate</source>
        <translation>&amp;Hemofagocitosis en el aspirado de médula ósea</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>hepatomegaly</source>
        <translation>hepatomegalia</translation>
    </message>
    <message>
        <source>splenomegaly</source>
        <translation>esplenomegalia</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambas</translation>
    </message>
    <message>
        <source>&amp;Save HScore…</source>
        <translation>&amp;Guardar HScore…</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Sampled (or assessed)</source>
        <translation>Extracción (o evaluación)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
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
        <translation>Registro</translation>
    </message>
    <message>
        <source>Stored assessments, oldest first</source>
        <translation>Evaluaciones guardadas, la más antigua primero</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>extracción</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>evaluación</translation>
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
        <translation>(detectar)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(no usado)</translation>
    </message>
    <message>
        <source>Lab exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xlsb *.xls *.ods);;All files (*)</source>
        <translation>Exportaciones de laboratorio (*.csv *.tsv *.txt *.xlsx *.xlsm *.xlsb *.xls *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>coma ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>punto y coma ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>pipe |</source>
        <translation>barra vertical |</translation>
    </message>
    <message>
        <source>decimal point (4420.5)</source>
        <translation>punto decimal (4420.5)</translation>
    </message>
    <message>
        <source>decimal comma (4420,5)</source>
        <translation>coma decimal (4420,5)</translation>
    </message>
    <message>
        <source>wide: one row per sample</source>
        <translation>ancho: una fila por muestra</translation>
    </message>
    <message>
        <source>long: one row per test</source>
        <translation>largo: una fila por prueba</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>ancho</translation>
    </message>
    <message>
        <source>long</source>
        <translation>largo</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>given</source>
        <translation>indicada</translation>
    </message>
    <message>
        <source>header</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>unit column</source>
        <translation>columna de unidad</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>ID de paciente</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritina</translation>
    </message>
    <message>
        <source>Ferritin unit</source>
        <translation>Unidad de ferritina</translation>
    </message>
    <message>
        <source>HLA-DR</source>
        <translation>HLA-DR</translation>
    </message>
    <message>
        <source>HLA-DR unit</source>
        <translation>Unidad de HLA-DR</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Hora de extracción</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Test name</source>
        <translation>Nombre de la prueba</translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation>Código LOINC</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de historia clínica</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>ISO 8601 or detected; e.g. %d.%m.%Y %H:%M</source>
        <translation>ISO 8601 o detectado; p. ej. %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Formato de hora</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Pairing interval</source>
        <translation>Intervalo de emparejamiento</translation>
    </message>
    <message>
        <source>How the file is read (detected unless you choose)</source>
        <translation>Cómo se lee el archivo (detectado salvo que usted elija)</translation>
    </message>
    <message>
        <source>Sample time format</source>
        <translation>Formato de la hora de extracción</translation>
    </message>
    <message>
        <source>Pair ferritin and HLA-DR within</source>
        <translation>Emparejar ferritina y HLA-DR en un plazo de</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Detected settings</source>
        <translation>Configuración detectada</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Import and classify</source>
        <translation>Importar y clasificar</translation>
    </message>
    <message>
        <source>Preview (row numbers as in the spreadsheet):</source>
        <translation>Vista previa (números de fila como en la hoja de cálculo):</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {layout} layout, %n data row(s)</source>
        <translation>
            <numerusform>{kind}, disposición {layout}, %n fila de datos</numerusform>
            <numerusform>{kind}, disposición {layout}, %n filas de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {layout} layout, %n data row(s) ({blank} blank skipped)</source>
        <translation>
            <numerusform>{kind}, disposición {layout}, %n fila de datos ({blank} en blanco omitidas)</numerusform>
            <numerusform>{kind}, disposición {layout}, %n filas de datos ({blank} en blanco omitidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>{analyte} unit: {unit} ({source})</source>
        <translation>Unidad de {analyte}: {unit} ({source})</translation>
    </message>
    <message>
        <source>{analyte} unit: per row ({source})</source>
        <translation>Unidad de {analyte}: por fila ({source})</translation>
    </message>
    <message>
        <source>columns not used: {headers}</source>
        <translation>columnas no usadas: {headers}</translation>
    </message>
    <message>
        <source>No unit for ferritin and HLA-DR: values will be rejected until you choose the units (a unit is never assumed).</source>
        <translation>Sin unidad para ferritina ni HLA-DR: los valores se rechazarán hasta que elija las unidades (nunca se supone una unidad).</translation>
    </message>
    <message>
        <source>No unit for ferritin: values will be rejected until you choose the unit (a unit is never assumed).</source>
        <translation>Sin unidad para la ferritina: los valores se rechazarán hasta que elija la unidad (nunca se supone una unidad).</translation>
    </message>
    <message>
        <source>No unit for HLA-DR: values will be rejected until you choose the unit (a unit is never assumed).</source>
        <translation>Sin unidad para el HLA-DR: los valores se rechazarán hasta que elija la unidad (nunca se supone una unidad).</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) are more than the window shows ({limit}); use the command line: immunosep batch FILE --out results.xlsx</source>
        <translation>
            <numerusform>%n fila de datos es más de lo que muestra la ventana ({limit}); use la línea de comandos: immunosep batch FILE --out results.xlsx</numerusform>
            <numerusform>%n filas de datos son más de las que muestra la ventana ({limit}); use la línea de comandos: immunosep batch FILE --out results.xlsx</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read this file: {reason}</source>
        <translation>No se puede leer este archivo: {reason}</translation>
    </message>
    <message>
        <source>Cannot read this file ({error}).</source>
        <translation>No se puede leer este archivo ({error}).</translation>
    </message>
    <message>
        <source>(from the header: {unit})</source>
        <translation>(del encabezado: {unit})</translation>
    </message>
    <message>
        <source>(from the unit column)</source>
        <translation>(de la columna de unidad)</translation>
    </message>
    <message>
        <source>(none in the file: choose)</source>
        <translation>(ninguna en el archivo: elija)</translation>
    </message>
    <message>
        <source>detected: {format}</source>
        <translation>detectado: {format}</translation>
    </message>
    <message>
        <source>(detect: {detected})</source>
        <translation>(detectar: {detected})</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Columna para {field}</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Mapa de fenotipos de la cohorte</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importación cancelada: no se importó nada.</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>Importar resultados de laboratorio</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Laboratory results that arrived in the inbox folder, per patient</source>
        <translation>Resultados de laboratorio llegados a la carpeta de entrada, por paciente</translation>
    </message>
    <message>
        <source>Laboratory &amp;inbox…</source>
        <translation>&amp;Bandeja de entrada del laboratorio…</translation>
    </message>
    <message>
        <source>{file}: not stored yet ({reason})</source>
        <translation>{file}: aún no guardado ({reason})</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Laboratory inbox — TRAINING database</source>
        <translation>Bandeja de entrada del laboratorio — base de datos de FORMACIÓN</translation>
    </message>
    <message>
        <source>Laboratory inbox</source>
        <translation>Bandeja de entrada del laboratorio</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Estado de la bandeja de entrada</translation>
    </message>
    <message>
        <source>Patient / test</source>
        <translation>Paciente / prueba</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Extracción</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Archivo de origen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Laboratory results per patient, newest first</source>
        <translation>Resultados de laboratorio por paciente, los más recientes primero</translation>
    </message>
    <message>
        <source>Open &amp;history</source>
        <translation>Abrir &amp;historial</translation>
    </message>
    <message>
        <source>Mark all as &amp;seen</source>
        <translation>Marcar todos como &amp;vistos</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Leyendo los registros…</translation>
    </message>
    <message>
        <source>The inbox cannot be shown: {reason}</source>
        <translation>No se puede mostrar la bandeja de entrada: {reason}</translation>
    </message>
    <message>
        <source>(no stored patient)</source>
        <translation>(ningún paciente guardado)</translation>
    </message>
    <message>
        <source>No laboratory results have arrived in the inbox yet.</source>
        <translation>Aún no ha llegado ningún resultado de laboratorio a la bandeja de entrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n new result(s) since you last looked (in bold).</source>
        <translation>
            <numerusform>%n resultado nuevo desde su última consulta (en negrita).</numerusform>
            <numerusform>%n resultados nuevos desde su última consulta (en negrita).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation>
            <numerusform>%n paciente.</numerusform>
            <numerusform>%n pacientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the patient&apos;s history.</source>
        <translation>Intro abre el historial del paciente.</translation>
    </message>
    <message>
        <source>No inbox folder is configured (site.toml, [inbox] folder).</source>
        <translation>No hay ninguna carpeta de entrada configurada (site.toml, [inbox] folder).</translation>
    </message>
    <message>
        <source>Training mode does not read the ward&apos;s inbox folder.</source>
        <translation>El modo de formación no lee la carpeta de entrada de la unidad.</translation>
    </message>
    <message>
        <source>Watching {folder}.</source>
        <translation>Vigilando {folder}.</translation>
    </message>
    <message>
        <source>Withdrawn by the laboratory ({status})</source>
        <translation>Retirado por el laboratorio ({status})</translation>
    </message>
    <message>
        <source>{label} — earlier version</source>
        <translation>{label} — versión anterior</translation>
    </message>
    <message>
        <source>{label} — corrected result</source>
        <translation>{label} — resultado corregido</translation>
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
            <numerusform>Bandeja de entrada: %n archivo no pudo leerse y se movió a failed/ con el motivo.</numerusform>
            <numerusform>Bandeja de entrada: %n archivos no pudieron leerse y se movieron a failed/ con el motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n new laboratory result(s). Ctrl+I shows them.</source>
        <translation>
            <numerusform>Bandeja de entrada: %n resultado de laboratorio nuevo. Ctrl+I lo muestra.</numerusform>
            <numerusform>Bandeja de entrada: %n resultados de laboratorio nuevos. Ctrl+I los muestra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laboratory &amp;inbox (%n new)…</source>
        <translation>
            <numerusform>&amp;Bandeja de entrada del laboratorio (%n nuevo)…</numerusform>
            <numerusform>&amp;Bandeja de entrada del laboratorio (%n nuevos)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New patient: every field cleared.</source>
        <translation>Nuevo paciente: se han borrado todos los campos.</translation>
    </message>
    <message>
        <source>Patient {patient} opened: enter the new values, or Ctrl+H for the history.</source>
        <translation>Paciente {patient} abierto: introduzca los nuevos valores, o pulse Ctrl+H para ver el historial.</translation>
    </message>
    <message>
        <source>No result: correct the field(s) marked in red on the left; each message says why.</source>
        <translation>Sin resultado: corrija los campos marcados en rojo a la izquierda; cada mensaje indica el motivo.</translation>
    </message>
    <message>
        <source>Enter ferritin and HLA-DR, each with its unit, to see the phenotype.</source>
        <translation>Introduzca la ferritina y el HLA-DR, cada uno con su unidad, para ver el fenotipo.</translation>
    </message>
    <message>
        <source>No result: an internal error stopped the assessment (reference: {ref}). Nothing was classified; please report this.</source>
        <translation>Sin resultado: un error interno detuvo la evaluación (referencia: {ref}). No se clasificó nada; comunique este error.</translation>
    </message>
    <message>
        <source>(no identifier entered)</source>
        <translation>(sin identificador)</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} años</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>Patient: {who} · age {age}</source>
        <translation>Paciente: {who} · edad {age}</translation>
    </message>
    <message>
        <source>PAST ASSESSMENT #{id} (read-only) — {text}</source>
        <translation>EVALUACIÓN ANTERIOR #{id} (solo lectura) — {text}</translation>
    </message>
    <message>
        <source>CORRECTING #{id} — {text}</source>
        <translation>CORRIGIENDO #{id} — {text}</translation>
    </message>
    <message>
        <source>TRAINING CASE (synthetic) — {text}</source>
        <translation>CASO DE FORMACIÓN (sintético) — {text}</translation>
    </message>
    <message>
        <source>TRAINING — {app}</source>
        <translation>FORMACIÓN — {app}</translation>
    </message>
    <message>
        <source>{title} — past assessment #{id} (read-only)</source>
        <translation>{title} — evaluación anterior #{id} (solo lectura)</translation>
    </message>
    <message>
        <source>TRAINING — synthetic data</source>
        <translation>FORMACIÓN — datos sintéticos</translation>
    </message>
    <message>
        <source>Clinical mode</source>
        <translation>Modo clínico</translation>
    </message>
    <message>
        <source>{mode} · decimal separator &apos;{sep}&apos;</source>
        <translation>{mode} · separador decimal &apos;{sep}&apos;</translation>
    </message>
    <message>
        <source>The trial evidence of this installation cannot be read ({kind}), so no result can be shown. {app} closes; please ask IT to repair the installation.</source>
        <translation>La evidencia del ensayo de esta instalación no se puede leer ({kind}), por lo que no se puede mostrar ningún resultado. {app} se cierra; pida al servicio de informática que repare la instalación.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Patient &amp;history…</source>
        <translation>&amp;Historial del paciente…</translation>
    </message>
    <message>
        <source>Stored assessments and the ferritin / HLA-DR trend of the patient in the form</source>
        <translation>Evaluaciones guardadas y evolución de ferritina / HLA-DR del paciente del formulario</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open / import lab results…</source>
        <translation>&amp;Abrir / importar resultados de laboratorio…</translation>
    </message>
    <message>
        <source>Import a laboratory export (CSV, Excel) and classify every row</source>
        <translation>Importar una exportación de laboratorio (CSV, Excel) y clasificar cada fila</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;Exportar informe PDF…</translation>
    </message>
    <message>
        <source>Save the current assessment as a PDF report</source>
        <translation>Guardar la evaluación actual como informe PDF</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Decimal separator for typed values</source>
        <translation>Separador decimal de los valores introducidos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the app (asks first if an assessment is not saved)</source>
        <translation>Cerrar la aplicación (pregunta antes si una evaluación no está guardada)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nuevo paciente</translation>
    </message>
    <message>
        <source>Clear every field for the next patient</source>
        <translation>Borrar todos los campos para el siguiente paciente</translation>
    </message>
    <message>
        <source>&amp;Save assessment…</source>
        <translation>&amp;Guardar evaluación…</translation>
    </message>
    <message>
        <source>Store the assessment on screen in the patient&apos;s records</source>
        <translation>Guardar la evaluación en pantalla en los registros del paciente</translation>
    </message>
    <message>
        <source>Patient &amp;list…</source>
        <translation>&amp;Lista de pacientes…</translation>
    </message>
    <message>
        <source>Find a stored patient by identifier and open them</source>
        <translation>Buscar un paciente guardado por su identificador y abrirlo</translation>
    </message>
    <message>
        <source>&amp;Copy result for the note</source>
        <translation>&amp;Copiar resultado para la nota</translation>
    </message>
    <message>
        <source>Put a plain-text summary of the result on the clipboard</source>
        <translation>Copiar al portapapeles un resumen del resultado en texto sin formato</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger text for presenting</source>
        <translation>Texto más grande para presentaciones</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Text at 100 %</source>
        <translation>Texto al 100 %</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Formación</translation>
    </message>
    <message>
        <source>&amp;Training mode (synthetic data)</source>
        <translation>&amp;Modo de formación (datos sintéticos)</translation>
    </message>
    <message>
        <source>Switch to synthetic training cases; clears the form</source>
        <translation>Cambiar a casos de formación sintéticos; vacía el formulario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About ImmunoSep Phenotyper</source>
        <translation>&amp;Acerca de ImmunoSep Phenotyper</translation>
    </message>
    <message>
        <source>Versions of the app, the rule set and the evidence; disclaimer</source>
        <translation>Versiones de la aplicación, del conjunto de reglas y de la evidencia; aviso legal</translation>
    </message>
    <message>
        <source>&amp;Eligibility checklist (use only if…)…</source>
        <translation>Lista de verificación de &amp;elegibilidad (usar solo si…)…</translation>
    </message>
    <message>
        <source>The ImmunoSep trial&apos;s inclusion and exclusion criteria for the patient in the form</source>
        <translation>Criterios de inclusión y exclusión del ensayo ImmunoSep para el paciente del formulario</translation>
    </message>
    <message>
        <source>&amp;SOFA and the day-9 response…</source>
        <translation>&amp;SOFA y la respuesta del día 9…</translation>
    </message>
    <message>
        <source>SOFA calculator, daily SOFA, the trial&apos;s day-9 measure and the date of death</source>
        <translation>Calculadora SOFA, SOFA diaria, la medida del día 9 del ensayo y la fecha de fallecimiento</translation>
    </message>
    <message>
        <source>HScore (HLH &amp;question)…</source>
        <translation>HScore (c&amp;uestión de la HLH)…</translation>
    </message>
    <message>
        <source>HScore (Fardet 2014): an aid to the question whether a very high ferritin is HLH</source>
        <translation>HScore (Fardet 2014): una ayuda para la cuestión de si una ferritina muy alta es HLH</translation>
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
        <translation>{n} de 4 puntos</translation>
    </message>
    <message>
        <source>not assessed (could be {low} to {high})</source>
        <translation>no evaluado (podría ser de {low} a {high})</translation>
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
        <translation>Exportar el historial del paciente como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Patient history: enter the patient identifier first, or open a patient from the list (Ctrl+L).</source>
        <translation>Historial del paciente: introduzca primero el identificador del paciente o abra un paciente de la lista (Ctrl+L).</translation>
    </message>
    <message>
        <source>Writing the history PDF…</source>
        <translation>Escribiendo el PDF del historial…</translation>
    </message>
    <message>
        <source>Patient history</source>
        <translation>Historial del paciente</translation>
    </message>
    <message>
        <source>This history belongs to the other mode (training or clinical); switch mode first.</source>
        <translation>Este historial pertenece al otro modo (formación o clínico); cambie primero de modo.</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF no guardado</translation>
    </message>
    <message>
        <source>History PDF saved: {path}</source>
        <translation>PDF del historial guardado: {path}</translation>
    </message>
    <message>
        <source>the PDF could not be written ({reason}).</source>
        <translation>no se pudo escribir el PDF ({reason}).</translation>
    </message>
    <message>
        <source>Not shown: {reason}</source>
        <translation>No mostrado: {reason}</translation>
    </message>
</context>
<context>
    <name>PatientHistoryDialog</name>
    <message>
        <source>Patient history — {patient} — TRAINING</source>
        <translation>Historial del paciente — {patient} — FORMACIÓN</translation>
    </message>
    <message>
        <source>Patient history — {patient}</source>
        <translation>Historial del paciente — {patient}</translation>
    </message>
</context>
<context>
    <name>PatientHistoryView</name>
    <message>
        <source>TRAINING DATABASE — synthetic records, not for clinical use</source>
        <translation>BASE DE DATOS DE FORMACIÓN — registros sintéticos, no apto para uso clínico</translation>
    </message>
    <message numerus="yes">
        <source>Patient {patient}: %n stored assessment(s), oldest first</source>
        <translation>
            <numerusform>Paciente {patient}: %n evaluación guardada, la más antigua primero</numerusform>
            <numerusform>Paciente {patient}: %n evaluaciones guardadas, la más antigua primero</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient {patient}: no stored assessments yet. Save one from the main window (Ctrl+S).</source>
        <translation>Paciente {patient}: aún no hay evaluaciones guardadas. Guarde una desde la ventana principal (Ctrl+S).</translation>
    </message>
    <message>
        <source>&amp;Open in main window</source>
        <translation>&amp;Abrir en la ventana principal</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rregir…</translation>
    </message>
    <message>
        <source>Mark entered in &amp;error…</source>
        <translation>Marcar como registro &amp;erróneo…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{change} ({when})</source>
        <translation>{change} ({when})</translation>
    </message>
    <message>
        <source>Phenotype changes: {changes}</source>
        <translation>Cambios de fenotipo: {changes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Markers: ▼ MALS, ■ immunoparalysis, ● unclassified, ✕ cannot classify; open markers are censored values drawn at their bound. Dashed lines: entry thresholds (MALS: ferritin &gt; 4420 ng/mL; immunoparalysis: HLA-DR &lt; 5000 AB/C). Dotted lines: phenotype changes. Only current versions are drawn.</source>
        <translation>Marcadores: ▼ MALS, ■ inmunoparálisis, ● no clasificado, ✕ clasificación imposible; los marcadores huecos son valores censurados dibujados en su límite. Líneas discontinuas: umbrales de entrada (MALS: ferritina &gt; 4420 ng/mL; inmunoparálisis: HLA-DR &lt; 5000 AB/C). Líneas de puntos: cambios de fenotipo. Solo se dibujan las versiones vigentes.</translation>
    </message>
    <message>
        <source>Day-15 reversal definitions</source>
        <translation>Definiciones de reversión en el día 15</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR trend</source>
        <translation>Evolución de ferritina y HLA-DR</translation>
    </message>
    <message>
        <source>Daily SOFA and day 9</source>
        <translation>SOFA diaria y día 9</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>The score records cannot be read: {reason}</source>
        <translation>No se pueden leer los registros de las puntuaciones: {reason}</translation>
    </message>
    <message>
        <source>No daily SOFA is stored for this patient. Patient ▸ SOFA and the day-9 response (Ctrl+Shift+S) enters one.</source>
        <translation>No hay ninguna SOFA diaria guardada para este paciente. Paciente ▸ SOFA y respuesta del día 9 (Ctrl+Shift+S) permite introducir una.</translation>
    </message>
</context>
<context>
    <name>PatientListDialog</name>
    <message>
        <source>Patients — TRAINING database</source>
        <translation>Pacientes — base de datos de FORMACIÓN</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>identifier, or part of it</source>
        <translation>identificador, o parte de él</translation>
    </message>
    <message>
        <source>Search patients by identifier</source>
        <translation>Buscar pacientes por identificador</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Patient list status</source>
        <translation>Estado de la lista de pacientes</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Last sampled (or assessed)</source>
        <translation>Última extracción (o evaluación)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Stored patients, most recent first</source>
        <translation>Pacientes guardados, el más reciente primero</translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>&amp;Abrir paciente</translation>
    </message>
    <message>
        <source>Open with &amp;history</source>
        <translation>Abrir con &amp;historial</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Leyendo los registros…</translation>
    </message>
    <message>
        <source>The patient list cannot be shown: {reason}</source>
        <translation>No se puede mostrar la lista de pacientes: {reason}</translation>
    </message>
    <message>
        <source>no current assessment</source>
        <translation>sin evaluación vigente</translation>
    </message>
    <message>
        <source>No stored patient matches “{term}”.</source>
        <translation>Ningún paciente guardado coincide con «{term}».</translation>
    </message>
    <message>
        <source>No patients are stored yet: save an assessment (Ctrl+S) to start a record.</source>
        <translation>Aún no hay pacientes guardados: guarde una evaluación (Ctrl+S) para iniciar un registro.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s), most recent first. ↓ to the list, Enter to open.</source>
        <translation>
            <numerusform>%n paciente, el más reciente primero. ↓ para ir a la lista, Intro para abrir.</numerusform>
            <numerusform>%n pacientes, el más reciente primero. ↓ para ir a la lista, Intro para abrir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhenotypeMapPlot</name>
    <message>
        <source>Phenotype map</source>
        <translation>Mapa de fenotipos</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>required: why, in a few words</source>
        <translation>obligatorio: por qué, en pocas palabras</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Record shown</source>
        <translation>Registro mostrado</translation>
    </message>
    <message>
        <source>Record store status</source>
        <translation>Estado de la base de registros</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(sin identificador)</translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Evaluación sin guardar</translation>
    </message>
    <message>
        <source>The values entered for {patient} have not been saved.</source>
        <translation>Los valores introducidos para {patient} no se han guardado.</translation>
    </message>
    <message>
        <source>They cannot be saved as they are (no result, or no patient identifier). Discard them?</source>
        <translation>No pueden guardarse tal como están (sin resultado o sin identificador del paciente). ¿Desea descartarlos?</translation>
    </message>
    <message>
        <source>a save is already in progress.</source>
        <translation>ya hay un guardado en curso.</translation>
    </message>
    <message>
        <source>this is a stored assessment, shown read-only; use Correct… to change it.</source>
        <translation>es una evaluación guardada, mostrada en solo lectura; use Corregir valores… para modificarla.</translation>
    </message>
    <message>
        <source>enter the patient identifier first.</source>
        <translation>introduzca primero el identificador del paciente.</translation>
    </message>
    <message>
        <source>there is no result to save; complete or correct the fields on the left.</source>
        <translation>no hay ningún resultado que guardar; complete o corrija los campos de la izquierda.</translation>
    </message>
    <message>
        <source>nothing was changed; change a value before saving a correction.</source>
        <translation>no se ha cambiado nada; modifique un valor antes de guardar una corrección.</translation>
    </message>
    <message>
        <source>Saved for {patient} as assessment #{id} ({when}). Ctrl+H shows the history.</source>
        <translation>Guardado para {patient} como evaluación #{id} ({when}). Ctrl+H muestra el historial.</translation>
    </message>
    <message>
        <source>Saved for {patient}.</source>
        <translation>Guardado para {patient}.</translation>
    </message>
    <message>
        <source>Correct assessment</source>
        <translation>Corregir evaluación</translation>
    </message>
    <message>
        <source>The corrected values will be saved as a new version of assessment #{id} of {patient}; the old version stays stored, marked as superseded.</source>
        <translation>Los valores corregidos se guardarán como nueva versión de la evaluación #{id} de {patient}; la versión anterior permanece guardada, marcada como sustituida.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Guardar corrección</translation>
    </message>
    <message>
        <source>Correction saved for {patient} as assessment #{id}; it supersedes #{old}.</source>
        <translation>Corrección guardada para {patient} como evaluación #{id}; sustituye a #{old}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The values stay on screen.</source>
        <translation>Los valores permanecen en pantalla.</translation>
    </message>
    <message>
        <source>PAST ASSESSMENT — #{id} of {patient}, saved {when} by {user}. Read-only.</source>
        <translation>EVALUACIÓN ANTERIOR — #{id} de {patient}, guardada el {when} por {user}. Solo lectura.</translation>
    </message>
    <message>
        <source>The stored result was “{stored}”; the rule applied today gives what is shown.</source>
        <translation>El resultado guardado era «{stored}»; la regla aplicada hoy da lo que se muestra.</translation>
    </message>
    <message>
        <source>&amp;Back to entry</source>
        <translation>Vo&amp;lver a la entrada</translation>
    </message>
    <message>
        <source>Correct val&amp;ues…</source>
        <translation>Corre&amp;gir valores…</translation>
    </message>
    <message>
        <source>Mark e&amp;ntered in error…</source>
        <translation>Marcar como regi&amp;stro erróneo…</translation>
    </message>
    <message>
        <source>CORRECTING assessment #{id} of {patient}: change the values, then save with Ctrl+S; a reason is required.</source>
        <translation>CORRIGIENDO la evaluación #{id} de {patient}: modifique los valores y guarde con Ctrl+S; se requiere un motivo.</translation>
    </message>
    <message>
        <source>Cancel correctio&amp;n</source>
        <translation>C&amp;ancelar corrección</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Marcar como registro erróneo</translation>
    </message>
    <message>
        <source>Assessment #{id} of {patient} will be marked as entered in error. It stays stored and listed, struck through, and no longer counts in the trend.</source>
        <translation>La evaluación #{id} de {patient} se marcará como registro erróneo. Seguirá guardada y en la lista, tachada, y dejará de contar en la evolución.</translation>
    </message>
    <message>
        <source>&amp;Mark entered in error</source>
        <translation>Marcar como registro &amp;erróneo</translation>
    </message>
    <message>
        <source>Assessment #{id} of {patient} marked as entered in error.</source>
        <translation>Evaluación #{id} de {patient} marcada como registro erróneo.</translation>
    </message>
    <message>
        <source>Records unavailable: {reason} Results can be viewed, but nothing can be saved until the database can be used.</source>
        <translation>Registros no disponibles: {reason} Los resultados pueden verse, pero no se puede guardar nada hasta que la base de datos pueda utilizarse.</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Reinten&amp;tar</translation>
    </message>
</context>
<context>
    <name>RecordsSession</name>
    <message>
        <source>the record database cannot be opened or written ({reason}).</source>
        <translation>la base de datos de registros no puede abrirse ni escribirse ({reason}).</translation>
    </message>
    <message>
        <source>an unexpected error occurred in the record database ({kind}); nothing was changed.</source>
        <translation>se produjo un error inesperado en la base de datos de registros ({kind}); no se cambió nada.</translation>
    </message>
    <message>
        <source>the window has switched between training and clinical mode since this was opened; switch back to store it.</source>
        <translation>la ventana ha cambiado entre el modo de formación y el clínico desde que se abrió esto; vuelva al modo anterior para guardarlo.</translation>
    </message>
</context>
<context>
    <name>ReportBatchExport</name>
    <message>
        <source>Export PDF reports</source>
        <translation>Exportar informes PDF</translation>
    </message>
    <message>
        <source>The file has no identification for these rows: each report has a box for a patient label.</source>
        <translation>El archivo no tiene identificación para estas filas: cada informe tiene un recuadro para la etiqueta del paciente.</translation>
    </message>
    <message>
        <source>Every report prints the name, date of birth or record number from the file&apos;s identification columns.</source>
        <translation>Cada informe imprime el nombre, la fecha de nacimiento o el número de historia clínica de las columnas de identificación del archivo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{n} of the reports print the name, date of birth or record number from the file&apos;s identification columns; the others have a box for a patient label.</source>
        <translation>{n} de los informes imprimen el nombre, la fecha de nacimiento o el número de historia clínica de las columnas de identificación del archivo; los demás tienen un recuadro para la etiqueta del paciente.</translation>
    </message>
    <message>
        <source>The cohort is empty: there is nothing to report.</source>
        <translation>La cohorte está vacía: no hay nada que informar.</translation>
    </message>
    <message>
        <source>Reports written: {written} of {rows} rows.</source>
        <translation>Informes escritos: {written} de {rows} filas.</translation>
    </message>
    <message>
        <source>Failed: {failed}; rejected at import: {rejected}.</source>
        <translation>Fallidos: {failed}; rechazados en la importación: {rejected}.</translation>
    </message>
    <message>
        <source>Every row, with the reason for each missing report, is listed in {index} and in the cohort summary.</source>
        <translation>Todas las filas, con el motivo de cada informe que falta, figuran en {index} y en el resumen de la cohorte.</translation>
    </message>
    <message>
        <source>Problem: {error}</source>
        <translation>Problema: {error}</translation>
    </message>
    <message>
        <source>All reports in one file, to print: {name} (summary first, rows needing action first, a bookmark per patient).</source>
        <translation>Todos los informes en un archivo, para imprimir: {name} (primero el resumen, primero las filas que requieren acción, un marcador por paciente).</translation>
    </message>
    <message>
        <source>{n} of the files this export writes already exist in {folder} (e.g. {example}).

Replace them?</source>
        <translation>{n} de los archivos que escribe esta exportación ya existen en {folder} (p. ej. {example}).

¿Desea sustituirlos?</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export PDF report</source>
        <translation>Exportar informe PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PDF reports</source>
        <translation>Carpeta para los informes PDF</translation>
    </message>
    <message>
        <source>There is no result to report yet: enter values that give a result first.</source>
        <translation>Aún no hay ningún resultado que informar: introduzca primero valores que den un resultado.</translation>
    </message>
    <message>
        <source>Enter the patient identifier first: it is printed on every page of the report.</source>
        <translation>Introduzca primero el identificador del paciente: se imprime en cada página del informe.</translation>
    </message>
    <message>
        <source>Training reports use synthetic identifiers (DEMO-nnn), never a real patient&apos;s. Load a training case, or leave training mode.</source>
        <translation>Los informes de formación usan identificadores sintéticos (DEMO-nnn), nunca los de un paciente real. Cargue un caso de formación o salga del modo de formación.</translation>
    </message>
    <message>
        <source>DEMO-nnn identifiers are reserved for training mode.</source>
        <translation>Los identificadores DEMO-nnn están reservados al modo de formación.</translation>
    </message>
    <message>
        <source>PDF report saved: {path}</source>
        <translation>Informe PDF guardado: {path}</translation>
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
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>Institution (page header)</source>
        <translation>Institución (encabezado de página)</translation>
    </message>
    <message>
        <source>Ward (page header)</source>
        <translation>Servicio (encabezado de página)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Add the full &amp;evidence (appendix)</source>
        <translation>Añadir la evidencia completa (&amp;anexo)</translation>
    </message>
    <message>
        <source>Published and recomputed figures, safety, trial population and provenance after the one-page report</source>
        <translation>Cifras publicadas y recalculadas, seguridad, población del ensayo y procedencia tras el informe de una página</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <source>Printing {name}…</source>
        <translation>Imprimiendo {name}…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Printing stopped: {reason}.</source>
        <translation>Impresión detenida: {reason}.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Patient shown</source>
        <translation>Paciente mostrado</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Fenotipo</translation>
    </message>
    <message>
        <source>NEAR THRESHOLD — repeat test advised</source>
        <translation>CERCA DEL UMBRAL — se aconseja repetir la prueba</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Cerca del umbral</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Trial arm</source>
        <translation>Brazo del ensayo</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Criteria table</source>
        <translation>Tabla de criterios</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Rule set version</source>
        <translation>Versión del conjunto de reglas</translation>
    </message>
    <message>
        <source>{criterion} criterion</source>
        <translation>Criterio {criterion}</translation>
    </message>
    <message>
        <source>{criterion}: met?</source>
        <translation>{criterion}: ¿cumplido?</translation>
    </message>
    <message>
        <source>{criterion}: note</source>
        <translation>{criterion}: nota</translation>
    </message>
    <message>
        <source>Show the rule</source>
        <translation>Mostrar la regla</translation>
    </message>
    <message>
        <source>Show the ImmunoSep rule</source>
        <translation>Mostrar la regla de ImmunoSep</translation>
    </message>
    <message>
        <source>The ImmunoSep rule</source>
        <translation>La regla de ImmunoSep</translation>
    </message>
    <message>
        <source>Enter ferritin and HLA-DR to see the phenotype.</source>
        <translation>Introduzca la ferritina y el HLA-DR para ver el fenotipo.</translation>
    </message>
    <message>
        <source>Eligibility: not assessed.</source>
        <translation>Elegibilidad: no evaluada.</translation>
    </message>
    <message>
        <source>Eligibility summary</source>
        <translation>Resumen de elegibilidad</translation>
    </message>
    <message>
        <source>Use only if… (eligibility)</source>
        <translation>Usar solo si… (elegibilidad)</translation>
    </message>
    <message>
        <source>The ImmunoSep trial&apos;s inclusion and exclusion criteria (Ctrl+Shift+E)</source>
        <translation>Criterios de inclusión y exclusión del ensayo ImmunoSep (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>SOFA and day 9</source>
        <translation>SOFA y día 9</translation>
    </message>
    <message>
        <source>SOFA calculator, daily SOFA and the trial&apos;s day-9 measure (Ctrl+Shift+S)</source>
        <translation>Calculadora SOFA, SOFA diaria y la medida del día 9 del ensayo (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>HScore: could this be HLH?</source>
        <translation>HScore: ¿podría ser una HLH?</translation>
    </message>
    <message>
        <source>Ferritin is above 4420 ng/mL: the HScore is an aid to the HLH question, not a diagnosis (Ctrl+Shift+H)</source>
        <translation>La ferritina es superior a 4420 ng/mL: el HScore es una ayuda para la cuestión de la HLH, no un diagnóstico (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm for this phenotype: {arm} — trial evidence, not an order.</source>
        <translation>Brazo del ensayo ImmunoSep para este fenotipo: {arm} — evidencia del ensayo, no es una prescripción.</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Porque:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <source>Rule set: {ruleset} · evidence: {evidence}</source>
        <translation>Conjunto de reglas: {ruleset} · evidencia: {evidence}</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Sin resultado</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}</source>
        <translation>Conjunto de reglas: {ruleset}</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Tal como se introdujo</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparador</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>not evaluated: no phenotype can be given from these data (see the reasons)</source>
        <translation>no evaluado: con estos datos no puede darse ningún fenotipo (véanse los motivos)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>Hide the rule</source>
        <translation>Ocultar la regla</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>Decision support only: the treating clinician decides.</source>
        <translation>Solo apoyo a la decisión: decide el médico responsable.</translation>
    </message>
    <message>
        <source>Result copied: paste it into the patient note.</source>
        <translation>Resultado copiado: péguelo en la nota del paciente.</translation>
    </message>
    <message>
        <source>TRAINING — synthetic data, not a patient record</source>
        <translation>FORMACIÓN — datos sintéticos, no es un registro de paciente</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Porque:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>Ferritin: not given</source>
        <translation>Ferritina: no indicada</translation>
    </message>
    <message>
        <source>Ferritin: {value} (entered as {entered}); sampled {when}</source>
        <translation>Ferritina: {value} (introducida como {entered}); extraída {when}</translation>
    </message>
    <message>
        <source>Ferritin: {value} (entered as {entered})</source>
        <translation>Ferritina: {value} (introducida como {entered})</translation>
    </message>
    <message>
        <source>HLA-DR: not given</source>
        <translation>HLA-DR: no indicado</translation>
    </message>
    <message>
        <source>Nothing to copy: there is no result on screen.</source>
        <translation>Nada que copiar: no hay ningún resultado en pantalla.</translation>
    </message>
    <message>
        <source>{result} — NEAR THRESHOLD, repeat test advised</source>
        <translation>{result} — CERCA DEL UMBRAL, se aconseja repetir la prueba</translation>
    </message>
    <message>
        <source>ImmunoSep phenotype: {result}</source>
        <translation>Fenotipo ImmunoSep: {result}</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Paciente: {patient}</translation>
    </message>
    <message>
        <source>Age: {age}</source>
        <translation>Edad: {age}</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}; evidence: {evidence}</source>
        <translation>Conjunto de reglas: {ruleset}; evidencia: {evidence}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}</source>
        <translation>HLA-DR: {value} {unit}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; sampled {sampled}</source>
        <translation>HLA-DR: {value} {unit}; extraído {sampled}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; processed {processed}</source>
        <translation>HLA-DR: {value} {unit}; procesado {processed}</translation>
    </message>
    <message>
        <source>HLA-DR: {value} {unit}; sampled {sampled}; processed {processed}</source>
        <translation>HLA-DR: {value} {unit}; extraído {sampled}; procesado {processed}</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(sin identificador)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Assessed: {when}</source>
        <translation>Evaluado: {when}</translation>
    </message>
    <message>
        <source>{record}, saved {when}</source>
        <translation>{record}, guardado {when}</translation>
    </message>
    <message>
        <source>Stored assessment #{id}</source>
        <translation>Evaluación guardada #{id}</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} años</translation>
    </message>
</context>
<context>
    <name>SaveConfirmDialog</name>
    <message>
        <source>Save assessment</source>
        <translation>Guardar evaluación</translation>
    </message>
    <message>
        <source>Save this assessment in the TRAINING records of patient:</source>
        <translation>Guardar esta evaluación en los registros de FORMACIÓN del paciente:</translation>
    </message>
    <message>
        <source>Save this assessment in the clinical records of patient:</source>
        <translation>Guardar esta evaluación en los registros clínicos del paciente:</translation>
    </message>
    <message>
        <source>Patient to save for</source>
        <translation>Paciente para el que se guarda</translation>
    </message>
    <message>
        <source>What will be saved</source>
        <translation>Qué se guardará</translation>
    </message>
    <message>
        <source>&amp;Save for {patient}</source>
        <translation>&amp;Guardar para {patient}</translation>
    </message>
</context>
<context>
    <name>ScoresWindow</name>
    <message>
        <source>Enter the patient identifier in the main window first.</source>
        <translation>Introduzca primero el identificador del paciente en la ventana principal.</translation>
    </message>
    <message>
        <source>Finish or cancel the correction in the main window first.</source>
        <translation>Termine o cancele primero la corrección en la ventana principal.</translation>
    </message>
    <message>
        <source>The assessment on screen is not saved yet: save it first (Ctrl+S in the main window); the {what} is stored with it.</source>
        <translation>La evaluación en pantalla aún no está guardada: guárdela primero (Ctrl+S en la ventana principal); {what} se guarda con ella.</translation>
    </message>
    <message>
        <source>Reading the patient&apos;s records…</source>
        <translation>Leyendo los registros del paciente…</translation>
    </message>
    <message>
        <source>No assessment of this patient is saved yet: save it first (Ctrl+S in the main window); the {what} is stored with it.</source>
        <translation>Aún no hay ninguna evaluación guardada de este paciente: guárdela primero (Ctrl+S en la ventana principal); {what} se guarda con ella.</translation>
    </message>
    <message>
        <source>The patient&apos;s records cannot be read: {reason}</source>
        <translation>No se pueden leer los registros del paciente: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>The values stay on screen.</source>
        <translation>Los valores permanecen en pantalla.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Use only if… (eligibility)</source>
        <translation>Usar solo si… (elegibilidad)</translation>
    </message>
    <message>
        <source>SOFA calculator</source>
        <translation>Calculadora SOFA</translation>
    </message>
    <message>
        <source>Daily SOFA and day 9</source>
        <translation>SOFA diaria y día 9</translation>
    </message>
    <message>
        <source>HScore (HLH question)</source>
        <translation>HScore (cuestión de HLH)</translation>
    </message>
    <message>
        <source>no patient identifier entered</source>
        <translation>no se ha introducido ningún identificador de paciente</translation>
    </message>
    <message>
        <source>Scores around the phenotype — {patient}</source>
        <translation>Puntuaciones en torno al fenotipo — {patient}</translation>
    </message>
    <message>
        <source>TRAINING — {title}</source>
        <translation>FORMACIÓN — {title}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Decimal separator for typed values</source>
        <translation>Separador decimal de los valores introducidos</translation>
    </message>
    <message>
        <source>&amp;Point: 4420.5 (a comma is refused)</source>
        <translation>&amp;Punto: 4420.5 (se rechaza la coma)</translation>
    </message>
    <message>
        <source>&amp;Comma: 4420,5 (a point is refused)</source>
        <translation>&amp;Coma: 4420,5 (se rechaza el punto)</translation>
    </message>
    <message>
        <source>Thousands separators are never accepted in either setting: &apos;4,420&apos; and &apos;4.420&apos; are refused because they mean different numbers in different countries. This does not follow the computer&apos;s language settings.</source>
        <translation>Los separadores de miles no se aceptan nunca en ninguno de los dos ajustes: &apos;4,420&apos; y &apos;4.420&apos; se rechazan porque significan números distintos en distintos países. Este ajuste no sigue la configuración de idioma del ordenador.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Automatic ({language})</source>
        <translation>Automático ({language})</translation>
    </message>
    <message>
        <source>The window changes language at once. Typed values are read the same way in every language: only the decimal separator above decides.</source>
        <translation>La ventana cambia de idioma al instante. Los valores introducidos se leen igual en todos los idiomas: solo decide el separador decimal de arriba.</translation>
    </message>
</context>
<context>
    <name>SofaCalculatorPanel</name>
    <message>
        <source>No total: correct the field marked in red ({reason}).</source>
        <translation>Sin total: corrija el campo marcado en rojo ({reason}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No catecholamine running (doses not given count as 0)</source>
        <translation>No se administra ninguna catecolamina (las dosis no indicadas cuentan como 0)</translation>
    </message>
    <message>
        <source>A missing input leaves its organ system “not assessed”: it never counts as 0, and the total says on how many systems it rests. Doses in µg/kg/min given for at least one hour. Which values to use (the worst of the day) is the clinician&apos;s choice.</source>
        <translation>Un dato que falta deja su sistema orgánico como «no evaluado»: nunca cuenta como 0, y el total indica en cuántos sistemas se basa. Dosis en µg/kg/min administradas durante al menos una hora. Qué valores usar (los peores del día) lo decide el médico.</translation>
    </message>
    <message>
        <source>Table: Vincent 1996 as reproduced in Singer 2016 (Sepsis-3), Table 1; each band is read from its printed lower limit (inclusive) to the next band&apos;s.</source>
        <translation>Tabla: Vincent 1996, reproducida en Singer 2016 (Sepsis-3), tabla 1; cada franja se lee desde su límite inferior impreso (incluido) hasta el de la franja siguiente.</translation>
    </message>
</context>
<context>
    <name>SofaCourseView</name>
    <message>
        <source>Day-9 SOFA response (ImmunoSep primary endpoint)</source>
        <translation>Respuesta SOFA del día 9 (criterio de valoración principal de ImmunoSep)</translation>
    </message>
    <message>
        <source>Day-9 status</source>
        <translation>Estado del día 9</translation>
    </message>
    <message>
        <source>Day-9 verdict</source>
        <translation>Veredicto del día 9</translation>
    </message>
    <message>
        <source>Day-9 arithmetic</source>
        <translation>Cálculo del día 9</translation>
    </message>
    <message>
        <source>About this measure</source>
        <translation>Acerca de esta medida</translation>
    </message>
    <message>
        <source>Day-9 warnings</source>
        <translation>Avisos del día 9</translation>
    </message>
    <message>
        <source>Daily SOFA, days 1 to 9</source>
        <translation>SOFA diaria, días 1 a 9</translation>
    </message>
    <message>
        <source>NO MEASURE YET</source>
        <translation>AÚN SIN MEDIDA</translation>
    </message>
    <message>
        <source>This is the ImmunoSep trial&apos;s research endpoint (day-1 SOFA minus the mean SOFA of days 2–9 &gt; 1.4 points), not a treatment target.</source>
        <translation>Es el criterio de valoración de investigación del ensayo ImmunoSep (SOFA del día 1 menos la SOFA media de los días 2–9 &gt; 1,4 puntos), no un objetivo terapéutico.</translation>
    </message>
    <message>
        <source>PROVISIONAL — today is day {day}; final once day 9 has a value or is over</source>
        <translation>PROVISIONAL — hoy es el día {day}; definitivo cuando el día 9 tenga un valor o haya terminado</translation>
    </message>
    <message>
        <source>FINAL (day 9 reached)</source>
        <translation>DEFINITIVO (día 9 alcanzado)</translation>
    </message>
    <message>
        <source>FINAL (death recorded)</source>
        <translation>DEFINITIVO (fallecimiento registrado)</translation>
    </message>
    <message>
        <source>Day 1 minus the mean of days 2–9: {arithmetic}</source>
        <translation>Día 1 menos la media de los días 2–9: {arithmetic}</translation>
    </message>
    <message>
        <source>Filled dots: SOFA entered; open dots: carried forward (a missing day, or a day not over yet); crosses at 24: from the day of death. Dashed line: day-1 SOFA − 1.4 = {limit}; the mean of days 2–9 (dotted line, now {mean}) must be below it for a response.</source>
        <translation>Puntos rellenos: SOFA introducida; puntos huecos: arrastrada (un día que falta o un día aún no terminado); cruces en 24: desde el día del fallecimiento. Línea discontinua: SOFA del día 1 − 1,4 = {limit}; la media de los días 2–9 (línea de puntos, ahora {mean}) debe quedar por debajo para que haya respuesta.</translation>
    </message>
    <message>
        <source>No measure yet: the SOFA of day 1 (the day of phenotyping) is needed; the measure starts from it.</source>
        <translation>Aún sin medida: se necesita la SOFA del día 1 (el día de la fenotipificación); la medida parte de ella.</translation>
    </message>
    <message>
        <source>No measure: today is before day 1 of the SOFA course.</source>
        <translation>Sin medida: hoy es anterior al día 1 de la serie de SOFA.</translation>
    </message>
    <message>
        <source>No measure: {reason}</source>
        <translation>Sin medida: {reason}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>SOFA</source>
        <translation>SOFA</translation>
    </message>
    <message>
        <source>Organ systems</source>
        <translation>Sistemas orgánicos</translation>
    </message>
    <message>
        <source>How the day counts</source>
        <translation>Cómo cuenta el día</translation>
    </message>
    <message>
        <source>entered (record #{id})</source>
        <translation>introducida (registro #{id})</translation>
    </message>
    <message>
        <source>missing: day {day} carried forward</source>
        <translation>falta: se arrastra el día {day}</translation>
    </message>
    <message>
        <source>not over yet: day {day} carried forward for now</source>
        <translation>aún no terminado: se arrastra el día {day} por ahora</translation>
    </message>
    <message>
        <source>death: counted 24</source>
        <translation>fallecimiento: cuenta 24</translation>
    </message>
    <message>
        <source>day of phenotyping (record #{id})</source>
        <translation>día de la fenotipificación (registro #{id})</translation>
    </message>
    <message>
        <source>{n} of 6</source>
        <translation>{n} de 6</translation>
    </message>
    <message>
        <source>Daily SOFA chart</source>
        <translation>Gráfica de SOFA diaria</translation>
    </message>
    <message>
        <source>study day (1 = phenotyping)</source>
        <translation>día de estudio (1 = fenotipificación)</translation>
    </message>
</context>
<context>
    <name>SofaPanel</name>
    <message>
        <source>PaO2 (arterial)</source>
        <translation>PaO2 (arterial)</translation>
    </message>
    <message>
        <source>FiO2 (fraction)</source>
        <translation>FiO2 (fracción)</translation>
    </message>
    <message>
        <source>Respiratory support</source>
        <translation>Soporte respiratorio</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Plaquetas</translation>
    </message>
    <message>
        <source>Bilirubin</source>
        <translation>Bilirrubina</translation>
    </message>
    <message>
        <source>Mean arterial pressure</source>
        <translation>Presión arterial media</translation>
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
        <translation>Dobutamina (cualquier dosis)</translation>
    </message>
    <message>
        <source>Glasgow Coma Scale</source>
        <translation>Escala de coma de Glasgow</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Creatinina</translation>
    </message>
    <message>
        <source>Urine output</source>
        <translation>Diuresis</translation>
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
        <translation>No se pueden leer los registros de las puntuaciones: {reason}</translation>
    </message>
    <message>
        <source>Saved {when} by {user}; {version}; app {app}.</source>
        <translation>Guardado el {when} por {user}; {version}; aplicación {app}.</translation>
    </message>
    <message>
        <source>Record #{id} cannot be read: {reason}</source>
        <translation>No se puede leer el registro #{id}: {reason}</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <source>respiration</source>
        <comment>respiration</comment>
        <extracomment>Term respiration: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>respiración</translation>
    </message>
    <message>
        <source>coagulation</source>
        <comment>coagulation</comment>
        <extracomment>Term coagulation: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>coagulación</translation>
    </message>
    <message>
        <source>liver</source>
        <comment>liver</comment>
        <extracomment>Term liver: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>hígado</translation>
    </message>
    <message>
        <source>cardiovascular</source>
        <comment>cardiovascular</comment>
        <extracomment>Term cardiovascular: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>cardiovascular</translation>
    </message>
    <message>
        <source>central nervous system</source>
        <comment>cns</comment>
        <extracomment>Term cns: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>sistema nervioso central</translation>
    </message>
    <message>
        <source>renal</source>
        <comment>renal</comment>
        <extracomment>Term renal: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>renal</translation>
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
        <translation>soporte respiratorio (sí o no)</translation>
    </message>
    <message>
        <source>platelets</source>
        <comment>platelets</comment>
        <extracomment>Term platelets: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>plaquetas</translation>
    </message>
    <message>
        <source>bilirubin</source>
        <comment>bilirubin</comment>
        <extracomment>Term bilirubin: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>bilirrubina</translation>
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
        <translation>dobutamina (en perfusión o no)</translation>
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
        <translation>escala de coma de Glasgow</translation>
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
        <translation>diuresis</translation>
    </message>
    <message>
        <source>known underlying immunosuppression</source>
        <comment>immunosuppression</comment>
        <extracomment>Term immunosuppression: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>inmunodepresión subyacente conocida</translation>
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
        <translation>citopenias</translation>
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
        <translation>triglicéridos</translation>
    </message>
    <message>
        <source>fibrinogen</source>
        <comment>fibrinogen</comment>
        <extracomment>Term fibrinogen: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>fibrinógeno</translation>
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
        <translation>edad</translation>
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
        <translation>hemofagocitosis en el aspirado de médula ósea</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>yes</comment>
        <extracomment>Term yes: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>sí</translation>
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
        <translation>ninguna</translation>
    </message>
    <message>
        <source>hepatomegaly</source>
        <comment>hepatomegaly</comment>
        <extracomment>Term hepatomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>hepatomegalia</translation>
    </message>
    <message>
        <source>splenomegaly</source>
        <comment>splenomegaly</comment>
        <extracomment>Term splenomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>esplenomegalia</translation>
    </message>
    <message>
        <source>hepatomegaly and splenomegaly</source>
        <comment>hepatosplenomegaly</comment>
        <extracomment>Term hepatosplenomegaly: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>hepatomegalia y esplenomegalia</translation>
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
        <translation>inmunoparálisis</translation>
    </message>
    <message>
        <source>unclassified (neither phenotype)</source>
        <comment>unclassified</comment>
        <extracomment>Term unclassified: a word inside finding sentences, written as it reads mid-sentence</extracomment>
        <translation>no clasificado (ninguno de los dos fenotipos)</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>TRAINING DATABASE — not clinical records</source>
        <translation>BASE DE DATOS DE FORMACIÓN — no son registros clínicos</translation>
    </message>
    <message>
        <source>Score: {version}.</source>
        <translation>Puntuación: {version}.</translation>
    </message>
    <message>
        <source>{points:&gt;4}  {reason}</source>
        <translation>{points:&gt;4}  {reason}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Aviso: {text}</translation>
    </message>
    <message>
        <source>Table: {version}.</source>
        <translation>Tabla: {version}.</translation>
    </message>
    <message>
        <source>A missing input leaves its organ system &apos;not assessed&apos;; it never counts as 0.</source>
        <translation>Un dato ausente deja su sistema orgánico «sin evaluar»; nunca cuenta como 0.</translation>
    </message>
    <message>
        <source>Decision support only; the treating clinician decides.</source>
        <translation>Solo apoyo a la decisión; decide el médico responsable.</translation>
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
        <translation>Traducción revisada por {reviewer} el {date}.</translation>
    </message>
    <message>
        <source>Translation pending clinical review.</source>
        <translation>Traducción pendiente de revisión clínica.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Introducido</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Appendix: full evidence and provenance</source>
        <translation>Anexo: evidencia completa y procedencia</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Criteria in detail</source>
        <translation>Criterios en detalle</translation>
    </message>
    <message>
        <source>ImmunoSep phenotype report</source>
        <translation>Informe de fenotipo ImmunoSep</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusión</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusión</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Trial eligibility:</source>
        <translation>Elegibilidad para el ensayo:</translation>
    </message>
    <message>
        <source>{met} met, {failed} not met, {unknown} unknown (of {total}); the evidence may not apply outside the tested population.</source>
        <translation>{met} cumplidos, {failed} no cumplidos, {unknown} desconocidos (de {total}); la evidencia puede no aplicarse fuera de la población estudiada.</translation>
    </message>
    <message>
        <source>provisional (day {day} of 9), {arithmetic} so far.</source>
        <translation>provisional (día {day} de 9), {arithmetic} hasta ahora.</translation>
    </message>
    <message>
        <source>Day-9 SOFA:</source>
        <translation>SOFA del día 9:</translation>
    </message>
    <message>
        <source>HScore</source>
        <translation>HScore</translation>
    </message>
    <message>
        <source>{score}: HLH probability {percent} %. An aid, not a diagnosis; not validated in ICU patients.</source>
        <translation>{score}: probabilidad de HLH {percent} %. Una ayuda, no un diagnóstico; no validado en pacientes de UCI.</translation>
    </message>
    <message>
        <source>Around the phenotype</source>
        <translation>En torno al fenotipo</translation>
    </message>
    <message>
        <source>Trial eligibility (NCT04990232, as registered)</source>
        <translation>Elegibilidad para el ensayo (NCT04990232, tal como se registró)</translation>
    </message>
    <message>
        <source>Daily SOFA and the day-9 measure</source>
        <translation>SOFA diaria y la medida del día 9</translation>
    </message>
    <message>
        <source>HScore (Fardet 2014)</source>
        <translation>HScore (Fardet 2014)</translation>
    </message>
    <message>
        <source>{arithmetic} &gt; 1.4: response met.</source>
        <translation>{arithmetic} &gt; 1,4: respuesta cumplida.</translation>
    </message>
    <message>
        <source>{arithmetic} ≤ 1.4: response not met.</source>
        <translation>{arithmetic} ≤ 1,4: respuesta no cumplida.</translation>
    </message>
    <message>
        <source>day of phenotyping</source>
        <translation>día de la fenotipificación</translation>
    </message>
    <message>
        <source>The trial&apos;s research endpoint, not a treatment target.</source>
        <translation>Criterio de valoración de investigación del ensayo, no un objetivo terapéutico.</translation>
    </message>
    <message>
        <source>no measure yet: the SOFA of day 1 (the day of phenotyping) is not stored.</source>
        <translation>aún sin medida: la SOFA del día 1 (el día de la fenotipificación) no está guardada.</translation>
    </message>
    <message>
        <source>no measure as of this day.</source>
        <translation>sin medida en este día.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Basis and notes</source>
        <translation>Fundamento y notas</translation>
    </message>
    <message>
        <source>{kind} {number}: {wording}</source>
        <translation>{kind} {number}: {wording}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>SOFA</source>
        <translation>SOFA</translation>
    </message>
    <message>
        <source>How the day counts</source>
        <translation>Cómo cuenta el día</translation>
    </message>
    <message>
        <source>not over yet: day {day} carried forward for now</source>
        <translation>aún no terminado: se arrastra el día {day} por ahora</translation>
    </message>
    <message>
        <source>missing: day {day} carried forward</source>
        <translation>falta: se arrastra el día {day}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Variable and why</source>
        <translation>Variable y motivo</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>open marker + arrow: censored value</source>
        <translation>marcador hueco + flecha: valor censurado</translation>
    </message>
    <message>
        <source>{group} — this patient&apos;s subgroup</source>
        <translation>{group} — subgrupo de este paciente</translation>
    </message>
    <message>
        <source>{label}; whiskers: 95 % CI (Wilson)</source>
        <translation>{label}; barras: IC del 95 % (Wilson)</translation>
    </message>
    <message>
        <source>Rule set {ruleset} · Evidence {evidence} · ImmunoSep Phenotyper {app}</source>
        <translation>Reglas {ruleset} · Evidencia {evidence} · ImmunoSep Phenotyper {app}</translation>
    </message>
    <message>
        <source>{start}… ({n} characters)</source>
        <translation>{start}… ({n} caracteres)</translation>
    </message>
    <message>
        <source>near threshold</source>
        <translation>cerca del umbral</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(sin identificador)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Patient identifier</source>
        <translation>Identificador del paciente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Cerca del umbral</translation>
    </message>
    <message>
        <source>Why, or what is needed</source>
        <translation>Motivo, o qué se necesita</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Extracción</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Generated {time}</source>
        <translation>Generado el {time}</translation>
    </message>
    <message>
        <source>{n} rows — {ruleset}</source>
        <translation>{n} filas — {ruleset}</translation>
    </message>
    <message>
        <source>Source file: {source}</source>
        <translation>Archivo de origen: {source}</translation>
    </message>
    <message>
        <source>Rule set {ruleset} · Evidence {evidence}</source>
        <translation>Conjunto de reglas {ruleset} · Evidencia {evidence}</translation>
    </message>
    <message>
        <source>Rows needing action come first (shaded): no report, cannot classify, a value near a threshold. Each classified or cannot-classify row has its own one-page report, in this order, in all-reports.pdf; rows rejected at import have none. Decision support only: the treating clinician decides.</source>
        <translation>Las filas que requieren actuación aparecen primero (sombreadas): sin informe, clasificación imposible, un valor cerca de un umbral. Cada fila clasificada o con clasificación imposible tiene su propio informe de una página, en este orden, en all-reports.pdf; las filas rechazadas en la importación no tienen ninguno. Solo apoyo a la decisión: decide el médico responsable.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Generated {time}.</source>
        <translation>Generado el {time}.</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <source>Generated {time} by {user} on {workstation}.</source>
        <translation>Generado el {time} por {user} en {workstation}.</translation>
    </message>
    <message>
        <source>Generated {time} by {user}.</source>
        <translation>Generado el {time} por {user}.</translation>
    </message>
    <message>
        <source>Generated {time} on {workstation}.</source>
        <translation>Generado el {time} en {workstation}.</translation>
    </message>
    <message>
        <source>{generated} · Decision support only: the treating clinician decides.</source>
        <translation>{generated} · Solo apoyo a la decisión: decide el médico responsable.</translation>
    </message>
    <message>
        <source>Result: {headline}</source>
        <translation>Resultado: {headline}</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Criterios:</translation>
    </message>
    <message>
        <source>{label}: {value} [{met}]</source>
        <translation>{label}: {value} [{met}]</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <source>Rule set: {ruleset}; evidence: {evidence}; source: doi:{doi}, {registry}</source>
        <translation>Conjunto de reglas: {ruleset}; evidencia: {evidence}; fuente: doi:{doi}, {registry}</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm for this phenotype: {arm} (evidence, not an order)</source>
        <translation>Brazo del ensayo ImmunoSep para este fenotipo: {arm} (evidencia, no es una prescripción)</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Porque:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivos:</translation>
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
        <translation>Guardado: id. de evaluación {id}</translation>
    </message>
    <message>
        <source>Checklist: {version}.</source>
        <translation>Lista de verificación: {version}.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>present: excludes</source>
        <translation>presente: excluye</translation>
    </message>
    <message>
        <source>Inclusion criteria (use only if…)</source>
        <translation>Criterios de inclusión (usar solo si…)</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Criterios de exclusión</translation>
    </message>
    <message>
        <source>--answer: {criteria}: answered from the data entered; do not answer it as well.</source>
        <translation>--answer: {criteria}: respondido a partir de los datos introducidos; no lo responda además.</translation>
    </message>
    <message>
        <source>  {number}. [{status}] {criterion}</source>
        <translation>  {number}. [{status}] {criterion}</translation>
    </message>
    <message>
        <source>{file}: no new assessment; messages: {new} new, {repeated} already imported; earlier assessments: {withdrawn} withdrawn.</source>
        <translation>{file}: ninguna evaluación nueva; mensajes nuevos: {new}, ya importados: {repeated}; evaluaciones anteriores retiradas: {withdrawn}.</translation>
    </message>
    <message>
        <source>{file}: moved to failed/: {reason}</source>
        <translation>{file}: movido a failed/: {reason}</translation>
    </message>
    <message>
        <source>{file}: not stored, tried again on the next pass: {reason}</source>
        <translation>{file}: no guardado, se reintentará en la próxima pasada: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{file}: stored {n} assessments ({phenotypes}); messages: {new} new, {repeated} already imported; earlier assessments: {corrected} corrected, {paired} completed by pairing, {withdrawn} withdrawn.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {file}: stored {n} assessment ({phenotypes}); messages: {new} new, {repeated} already imported; earlier assessments: {corrected} corrected, {paired} completed by pairing, {withdrawn} withdrawn..</extracomment>
        <translation>
            <numerusform>{file}: se guardó {n} evaluación ({phenotypes}); mensajes nuevos: {new}, ya importados: {repeated}; evaluaciones anteriores corregidas: {corrected}, completadas por emparejamiento: {paired}, retiradas: {withdrawn}.</numerusform>
            <numerusform>{file}: se guardaron {n} evaluaciones ({phenotypes}); mensajes nuevos: {new}, ya importados: {repeated}; evaluaciones anteriores corregidas: {corrected}, completadas por emparejamiento: {paired}, retiradas: {withdrawn}.</numerusform>
        </translation>
    </message>
    <message>
        <source>--interval must be above 0 and --settle at least 0 seconds.</source>
        <translation>--interval debe ser mayor que 0 y --settle de al menos 0 segundos.</translation>
    </message>
    <message>
        <source>No inbox folder is configured: set [inbox] folder in site.toml or give --folder.</source>
        <translation>No hay ninguna carpeta de entrada configurada: defina [inbox] folder en site.toml o indique --folder.</translation>
    </message>
    <message>
        <source>--demo needs --folder: the configured inbox holds the ward&apos;s results, which never go into the training database.</source>
        <translation>--demo necesita --folder: la bandeja de entrada configurada contiene los resultados de la unidad, que nunca entran en la base de datos de formación.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} does not exist.</source>
        <translation>La carpeta de entrada {folder} no existe.</translation>
    </message>
    <message>
        <source>{label}: {n}</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>No new files.</source>
        <translation>No hay archivos nuevos.</translation>
    </message>
    <message>
        <source>Day-9 SOFA response (ImmunoSep primary endpoint) of patient {patient}, as of {date}.</source>
        <translation>Respuesta SOFA del día 9 (criterio de valoración principal de ImmunoSep) del paciente {patient}, a fecha de {date}.</translation>
    </message>
    <message>
        <source>Day 1 ({date}): SOFA {sofa}.</source>
        <translation>Día 1 ({date}): SOFA {sofa}.</translation>
    </message>
    <message>
        <source>Day 1 minus the mean of days 2–9: {arithmetic}</source>
        <translation>Día 1 menos la media de los días 2–9: {arithmetic}</translation>
    </message>
    <message>
        <source>the SOFA of day 1 (the day of phenotyping) is needed; store it with &apos;immunosep sofa … --patient-id ID --day 1 --save&apos;.</source>
        <translation>se necesita la SOFA del día 1 (el día de la fenotipificación); guárdela con &apos;immunosep sofa … --patient-id ID --day 1 --save&apos;.</translation>
    </message>
    <message>
        <source>the day asked for is before day 1 of the SOFA course.</source>
        <translation>el día solicitado es anterior al día 1 de la serie de SOFA.</translation>
    </message>
    <message>
        <source>a stored SOFA is dated after the day asked for; give a later --on.</source>
        <translation>hay una SOFA guardada con fecha posterior al día solicitado; indique un --on posterior.</translation>
    </message>
    <message>
        <source>the recorded death is after the day asked for; give a later --on.</source>
        <translation>el fallecimiento registrado es posterior al día solicitado; indique un --on posterior.</translation>
    </message>
    <message>
        <source>No measure yet: {reason}</source>
        <translation>Aún sin medida: {reason}</translation>
    </message>
    <message>
        <source>missing, carried forward from day {day}</source>
        <translation>falta, se arrastra desde el día {day}</translation>
    </message>
    <message>
        <source>Day {day} ({date}): {sofa} — {how}.</source>
        <translation>Día {day} ({date}): {sofa} — {how}.</translation>
    </message>
    <message>
        <source>not yet entered, day {day} carried forward for now</source>
        <translation>aún no introducida, se arrastra el día {day} por ahora</translation>
    </message>
    <message>
        <source>death: counted 24</source>
        <translation>fallecimiento: cuenta 24</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>introducida</translation>
    </message>
    <message>
        <source>Daily SOFA</source>
        <translation>SOFA diaria</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Fallecimiento</translation>
    </message>
    <message>
        <source>Eligibility checklists</source>
        <translation>Listas de verificación de elegibilidad</translation>
    </message>
    <message>
        <source>HScores</source>
        <translation>HScores</translation>
    </message>
    <message>
        <source>record {id}, saved {when} by {user}: {what}</source>
        <translation>registro {id}, guardado el {when} por {user}: {what}</translation>
    </message>
    <message>
        <source>Marked entered in error: {kind}, record {id}.</source>
        <translation>Marcado como registro erróneo: {kind}, registro {id}.</translation>
    </message>
    <message>
        <source>{title}: {n} stored</source>
        <translation>{title}: {n} en los registros</translation>
    </message>
    <message>
        <source>corrects record {id}: {reason}</source>
        <translation>corrige el registro {id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by record {id}</source>
        <translation>sustituido por el registro {id}</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>REGISTRO ERRÓNEO: {reason}</translation>
    </message>
    <message>
        <source>day {day} ({date}): SOFA {total}, {n} of 6 organ systems</source>
        <translation>día {day} ({date}): SOFA {total}, {n} de 6 sistemas orgánicos</translation>
    </message>
    <message>
        <source>died on {date}</source>
        <translation>falleció el {date}</translation>
    </message>
    <message>
        <source>with assessment {id}: {met} met, {failed} not met, {unknown} unknown</source>
        <translation>con la evaluación {id}: {met} cumplidos, {failed} no cumplidos, {unknown} desconocidos</translation>
    </message>
    <message>
        <source>with assessment {id}: HScore {score}, probability {p} %</source>
        <translation>con la evaluación {id}: HScore {score}, probabilidad {p} %</translation>
    </message>
    <message>
        <source>Saved: daily SOFA record {id}, day {day} ({date}).</source>
        <translation>Guardado: registro de SOFA diaria {id}, día {day} ({date}).</translation>
    </message>
    <message>
        <source>SOFA {total} (typed), resting on {n} of 6 organ systems.</source>
        <translation>SOFA {total} (escrita), basada en {n} de 6 sistemas orgánicos.</translation>
    </message>
    <message>
        <source>Open markers with an arrow are censored values (true value beyond the arrow).</source>
        <translation>Los marcadores huecos con flecha son valores censurados (valor real más allá de la flecha).</translation>
    </message>
    <message>
        <source>Ferritin (ng/mL, log scale)</source>
        <translation>Ferritina (ng/mL, escala logarítmica)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR (AB/C, log scale)</source>
        <translation>HLA-DR monocitario (AB/C, escala logarítmica)</translation>
    </message>
    <message>
        <source>{group} {events}/{total}</source>
        <translation>{group} {events}/{total}</translation>
    </message>
    <message>
        <source>Primary endpoint: ≥ 1.4-point SOFA decrease by day 9</source>
        <translation>Criterio de valoración principal: disminución de la SOFA de ≥ 1,4 puntos hasta el día 9</translation>
    </message>
    <message>
        <source>Responders (%)</source>
        <translation>Respondedores (%)</translation>
    </message>
    <message>
        <source>Bars: proportion of responders; whiskers: Wilson 95 % CI. Highlighted: this patient&apos;s subgroup.</source>
        <translation>Barras: proporción de respondedores; bigotes: IC del 95 % de Wilson. Resaltado: el subgrupo de este paciente.</translation>
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
        <translation>Inmunoparálisis
ferritina ≤ {f}
HLA-DR &lt; {h}</translation>
    </message>
    <message>
        <source>Unclassified
HLA-DR ≥ {h}</source>
        <translation>No clasificado
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
        <translation>Los puntos del borde inferior no tienen HLA-DR en AB/C.</translation>
    </message>
    <message>
        <source>Phenotype map</source>
        <translation>Mapa de fenotipos</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <source>MALS: ferritin &gt; {f} ng/mL (HLA-DR not needed; if HLA-DR &lt; {h} AB/C too, both criteria are met and MALS takes precedence, as in the trial).</source>
        <translation>MALS: ferritina &gt; {f} ng/mL (HLA-DR no necesario; si además HLA-DR &lt; {h} AB/C, se cumplen ambos criterios y prevalece MALS, como en el ensayo).</translation>
    </message>
    <message>
        <source>Immunoparalysis: ferritin ≤ {f} ng/mL and HLA-DR &lt; {h} AB/C (antibodies bound per CD14 monocyte, QuantiBRITE).</source>
        <translation>Inmunoparálisis: ferritina ≤ {f} ng/mL y HLA-DR &lt; {h} AB/C (anticuerpos unidos por monocito CD14, QuantiBRITE).</translation>
    </message>
    <message>
        <source>Unclassified: ferritin ≤ {f} ng/mL and HLA-DR ≥ {h} AB/C; the ImmunoSep evidence does not apply.</source>
        <translation>No clasificado: ferritina ≤ {f} ng/mL y HLA-DR ≥ {h} AB/C; la evidencia de ImmunoSep no se aplica.</translation>
    </message>
    <message>
        <source>Cannot classify: missing or undecidable values, HLA-DR not in AB/C when it is needed, or age &lt; {age} years.</source>
        <translation>Clasificación imposible: valores que faltan o no decidibles, HLA-DR no expresado en AB/C cuando se necesita, o edad &lt; {age} años.</translation>
    </message>
    <message>
        <source>{percent:.1f} %</source>
        <translation>{percent:.1f} %</translation>
    </message>
    <message>
        <source>ImmunoSep cohort summary</source>
        <translation>Resumen de la cohorte ImmunoSep</translation>
    </message>
    <message>
        <source>Cohort phenotype map</source>
        <translation>Mapa de fenotipos de la cohorte</translation>
    </message>
    <message>
        <source>TRAINING — NOT FOR CLINICAL USE</source>
        <translation>FORMACIÓN — NO APTO PARA USO CLÍNICO</translation>
    </message>
    <message>
        <source>Training mode: synthetic data, not a patient record. Do not use for treatment decisions.</source>
        <translation>Modo de formación: datos sintéticos, no es un registro de paciente. No lo utilice para decisiones terapéuticas.</translation>
    </message>
    <message>
        <source>End of report</source>
        <translation>Fin del informe</translation>
    </message>
    <message>
        <source>Institution / ward not configured</source>
        <translation>Institución / servicio no configurados</translation>
    </message>
    <message>
        <source>{events}/{total} ({percent:.1f} %)</source>
        <translation>{events}/{total} ({percent:.1f} %)</translation>
    </message>
    <message>
        <source>{point} ({low} to {high})</source>
        <translation>{point} ({low} a {high})</translation>
    </message>
    <message>
        <source>Safety signals</source>
        <translation>Señales de seguridad</translation>
    </message>
    <message>
        <source>Notes on this arm</source>
        <translation>Notas sobre este brazo</translation>
    </message>
    <message>
        <source>Deaths, {group}</source>
        <translation>Muertes, {group}</translation>
    </message>
    <message>
        <source>Responders, {group}</source>
        <translation>Respondedores, {group}</translation>
    </message>
    <message>
        <source>Risk difference, points (treated − control)</source>
        <translation>Diferencia de riesgos, puntos porcentuales (tratados − control)</translation>
    </message>
    <message>
        <source>Trial population</source>
        <translation>Población del ensayo</translation>
    </message>
    <message>
        <source>How this patient may differ from the trial population</source>
        <translation>En qué puede diferir este paciente de la población del ensayo</translation>
    </message>
    <message>
        <source>Limits of the evidence</source>
        <translation>Limitaciones de la evidencia</translation>
    </message>
    <message>
        <source>ImmunoSep evidence for this phenotype: {drug}</source>
        <translation>Evidencia de ImmunoSep para este fenotipo: {drug}</translation>
    </message>
    <message>
        <source>Mortality</source>
        <translation>Mortalidad</translation>
    </message>
    <message>
        <source>Methods of the recomputation: {methods}. A printed figure agrees when it lies within one unit of its last printed digit.</source>
        <translation>Métodos del recálculo: {methods}. Una cifra impresa concuerda cuando difiere como máximo en una unidad de su último dígito impreso.</translation>
    </message>
    <message>
        <source>ImmunoSep evidence</source>
        <translation>Evidencia de ImmunoSep</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO — see note</source>
        <translation>NO — véase la nota</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Published (as printed)</source>
        <translation>Publicado (tal como se imprimió)</translation>
    </message>
    <message>
        <source>Recomputed from counts</source>
        <translation>Recalculado a partir de los recuentos</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Concuerda</translation>
    </message>
    <message>
        <source>events / patients</source>
        <translation>eventos / pacientes</translation>
    </message>
    <message>
        <source>Odds ratio (95 % CI)</source>
        <translation>Odds ratio (IC del 95 %)</translation>
    </message>
    <message>
        <source>{point:.3f} ({low:.3f} to {high:.3f})</source>
        <translation>{point:.3f} ({low:.3f} a {high:.3f})</translation>
    </message>
    <message>
        <source>crude OR, Woolf CI</source>
        <translation>OR bruta, IC de Woolf</translation>
    </message>
    <message>
        <source>Risk difference, points (control − treated, as printed)</source>
        <translation>Diferencia de riesgos, puntos porcentuales (control − tratados, tal como se imprimió)</translation>
    </message>
    <message>
        <source>P value</source>
        <translation>Valor de p</translation>
    </message>
    <message>
        <source>Fisher exact, two-sided</source>
        <translation>Prueba exacta de Fisher, bilateral</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Evidence version {version}, cut-off {cutoff}.</source>
        <translation>Versión de la evidencia {version}, fecha de corte {cutoff}.</translation>
    </message>
    <message>
        <source>{point:.2f} ({low:.2f} to {high:.2f})</source>
        <translation>{point:.2f} ({low:.2f} a {high:.2f})</translation>
    </message>
    <message>
        <source>{option}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD (for example 2026-11-20).</source>
        <translation>{option}: &apos;{value}&apos; no es una fecha con el formato YYYY-MM-DD (por ejemplo, 2026-11-20).</translation>
    </message>
    <message>
        <source>--save needs --patient-id ID (the patient identifier used on the ward).</source>
        <translation>--save necesita --patient-id ID (el identificador del paciente usado en el servicio).</translation>
    </message>
    <message>
        <source>--corrects needs --reason TEXT: a correction says why.</source>
        <translation>--corrects necesita --reason TEXT: una corrección indica su motivo.</translation>
    </message>
    <message>
        <source>--reason goes with --corrects RECORD (the record corrected).</source>
        <translation>--reason se usa con --corrects RECORD (el registro que se corrige).</translation>
    </message>
    <message>
        <source>--corrects stores a correction: add --save.</source>
        <translation>--corrects guarda una corrección: añada --save.</translation>
    </message>
    <message>
        <source>--assessment-id names where it is stored: add --save.</source>
        <translation>--assessment-id indica con qué evaluación se guarda: añada --save.</translation>
    </message>
    <message>
        <source>not saved: {reason}</source>
        <translation>no guardado: {reason}</translation>
    </message>
    <message>
        <source>--save needs --patient-id ID, the patient identifier used on the ward.</source>
        <translation>--save necesita --patient-id ID, el identificador del paciente usado en el servicio.</translation>
    </message>
    <message>
        <source>not saved (add --save to store it)</source>
        <translation>no guardado (añada --save para guardarlo)</translation>
    </message>
    <message>
        <source>--save: not saved: {reason}</source>
        <translation>--save: no guardado: {reason}</translation>
    </message>
    <message>
        <source>--sentences needs --out (JSON and the text output always have the sentences).</source>
        <translation>--sentences necesita --out (el JSON y la salida de texto siempre incluyen las frases).</translation>
    </message>
    <message>
        <source>--out and --rejected-out must be different files.</source>
        <translation>--out y --rejected-out deben ser archivos distintos.</translation>
    </message>
    <message>
        <source>--out and --rejected-out must not be the input file.</source>
        <translation>--out y --rejected-out no pueden ser el archivo de entrada.</translation>
    </message>
    <message>
        <source>{option} {path}: the output file must end in .csv or .xlsx.</source>
        <translation>{option} {path}: el archivo de salida debe terminar en .csv o .xlsx.</translation>
    </message>
    <message>
        <source>{option} {path} already exists; use --force to replace it.</source>
        <translation>{option} {path} ya existe; use --force para sustituirlo.</translation>
    </message>
    <message>
        <source>{option} {path}: the folder does not exist.</source>
        <translation>{option} {path}: la carpeta no existe.</translation>
    </message>
    <message>
        <source>not written: {reason}.</source>
        <translation>no escrito: {reason}.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Read as: {kind}, wide layout</source>
        <translation>Leído como: {kind}, disposición ancha</translation>
    </message>
    <message>
        <source>Read as: {kind}, long layout</source>
        <translation>Leído como: {kind}, disposición larga</translation>
    </message>
    <message numerus="yes">
        <source>Rows {rows}</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Row {rows}.</extracomment>
        <translation>
            <numerusform>Fila {rows}</numerusform>
            <numerusform>Filas {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>Phenotypes: {counts}</source>
        <translation>Fenotipos: {counts}</translation>
    </message>
    <message>
        <source>Rule set {ruleset}, trial {registry}:</source>
        <translation>Conjunto de reglas {ruleset}, ensayo {registry}:</translation>
    </message>
    <message numerus="yes">
        <source>{n} data rows read.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} data row read..</extracomment>
        <translation>
            <numerusform>{n} fila de datos leída.</numerusform>
            <numerusform>{n} filas de datos leídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Classified: {classified}; cannot classify: {cannot_classify}; rejected: {rejected}; assessments: {assessments}; blank rows skipped: {blank}</source>
        <translation>Clasificadas: {classified}; clasificación imposible: {cannot_classify}; rechazadas: {rejected}; evaluaciones: {assessments}; filas en blanco omitidas: {blank}</translation>
    </message>
    <message numerus="yes">
        <source>{n} results read.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): {n} result read..</extracomment>
        <translation>
            <numerusform>{n} resultado leído.</numerusform>
            <numerusform>{n} resultados leídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: {messages}; classified: {classified}; cannot classify: {cannot_classify}; in no assessment: {apart} (rejected: {rejected}, ignored: {ignored}, withdrawals: {withdrawals}); assessments: {assessments}</source>
        <translation>Mensajes: {messages}; clasificadas: {classified}; clasificación imposible: {cannot_classify}; en ninguna evaluación: {apart} (rechazados: {rejected}, ignorados: {ignored}, retiradas: {withdrawals}); evaluaciones: {assessments}</translation>
    </message>
    <message>
        <source>Read as: {kind}, {layout}</source>
        <translation>Leído como: {kind}, {layout}</translation>
    </message>
    <message>
        <source>Encoding: {encoding}</source>
        <translation>Codificación: {encoding}</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>Hoja: {sheet}</translation>
    </message>
    <message>
        <source>Decimal separator: comma</source>
        <translation>Separador decimal: coma</translation>
    </message>
    <message>
        <source>Decimal separator: point</source>
        <translation>Separador decimal: punto</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Results written to {file}</source>
        <translation>Resultados escritos en {file}</translation>
    </message>
    <message>
        <source>Rejected rows written to {file}</source>
        <translation>Filas rechazadas escritas en {file}</translation>
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
        <translation>Aviso: {warning}</translation>
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
        <translation>--time-format {value} no tiene hora del día; debe incluirla ({example}).</translation>
    </message>
    <message>
        <source>--column {value}: write FIELD=HEADER, e.g. {example}.</source>
        <translation>--column {value}: escriba FIELD=HEADER, p. ej., {example}.</translation>
    </message>
    <message>
        <source>--column {value}: {field} is not a field; the fields are {fields}.</source>
        <translation>--column {value}: {field} no es un campo; los campos son {fields}.</translation>
    </message>
    <message>
        <source>--column {field} is given twice; give each field once.</source>
        <translation>--column {field} se indica dos veces; indique cada campo una sola vez.</translation>
    </message>
    <message>
        <source>--delimiter {value} is not a delimiter; give one character or comma, semicolon, tab or pipe.</source>
        <extracomment>comma, semicolon, tab and pipe are the names --delimiter takes: keep them</extracomment>
        <translation>--delimiter {value} no es un delimitador; indique un solo carácter o uno de estos nombres: comma, semicolon, tab o pipe.</translation>
    </message>
    <message>
        <source>--encoding {value} is not an encoding this app knows; give e.g. utf-8 or cp1252.</source>
        <translation>--encoding {value} no es una codificación que esta aplicación conozca; indique, p. ej., utf-8 o cp1252.</translation>
    </message>
    <message>
        <source>the backup could not be written: {reason}</source>
        <translation>no se pudo escribir la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose death is recorded.</source>
        <translation>--patient-id ID es necesario: el paciente cuyo fallecimiento se registra.</translation>
    </message>
    <message>
        <source>Saved: death record {id} ({date}).</source>
        <translation>Guardado: registro de fallecimiento {id} ({date}).</translation>
    </message>
    <message>
        <source>--age and --phenotype come from the stored assessment when the checklist is saved; leave them out with --save.</source>
        <translation>--age y --phenotype (edad y fenotipo) se toman de la evaluación guardada cuando se guarda la lista de verificación; omítalos con --save.</translation>
    </message>
    <message>
        <source>--phenotype: &apos;{value}&apos; is not one of {choices}.</source>
        <translation>--phenotype: &apos;{value}&apos; no es ninguno de estos fenotipos: {choices}.</translation>
    </message>
    <message>
        <source>--answer: &apos;{value}&apos; does not name a criterion; write KEY=yes, KEY=no or KEY=unknown with a KEY from {help}.</source>
        <extracomment>yes, no and unknown are the answers --answer takes: keep them</extracomment>
        <translation>--answer: &apos;{value}&apos; no designa ningún criterio; escriba KEY=yes, KEY=no o KEY=unknown con una KEY de {help}.</translation>
    </message>
    <message>
        <source>--answer: &apos;{value}&apos; is not answered yes, no or unknown.</source>
        <extracomment>yes, no and unknown are the answers --answer takes: keep them</extracomment>
        <translation>--answer: la respuesta de &apos;{value}&apos; no es yes, no ni unknown.</translation>
    </message>
    <message>
        <source>--answer: {key} is answered twice; keep one answer.</source>
        <translation>--answer: {key} se responde dos veces; deje una sola respuesta.</translation>
    </message>
    <message>
        <source>Saved: eligibility checklist record {id}, with assessment {assessment}.</source>
        <translation>Guardado: registro de lista de verificación de elegibilidad {id}, con la evaluación {assessment}.</translation>
    </message>
    <message>
        <source>{name}: {citation}</source>
        <translation>{name}: {citation}</translation>
    </message>
    <message>
        <source>doi:{doi}  {registry}  evidence version {version}</source>
        <translation>doi:{doi}  {registry}  versión de la evidencia {version}</translation>
    </message>
    <message>
        <source>Methods: {methods}.</source>
        <translation>Métodos: {methods}.</translation>
    </message>
    <message>
        <source>Published figures agree when within one unit of their last printed digit.</source>
        <translation>Las cifras publicadas concuerdan cuando difieren como máximo en una unidad de su último dígito impreso.</translation>
    </message>
    <message>
        <source>Known discrepancies in the publication and in circulating summaries:</source>
        <translation>Discrepancias conocidas en la publicación y en los resúmenes que circulan:</translation>
    </message>
    <message>
        <source>{label}: {treated} {treated_events}/{treated_total} vs {control} {control_events}/{control_total}</source>
        <translation>{label}: {treated} {treated_events}/{treated_total} frente a {control} {control_events}/{control_total}</translation>
    </message>
    <message>
        <source>NO</source>
        <extracomment>a published figure disagrees with its recomputation (capitals: it must stand out)</extracomment>
        <translation>NO</translation>
    </message>
    <message>
        <source>comparison / figure</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>comparación / cifra</translation>
    </message>
    <message>
        <source>published</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>publicado</translation>
    </message>
    <message>
        <source>recomputed</source>
        <extracomment>column headings of the evidence table printed by &apos;immunosep evidence&apos; (keep them short)</extracomment>
        <translation>recalculado</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>concuerda</translation>
    </message>
    <message>
        <source>p value (Fisher exact)</source>
        <translation>valor de p (exacta de Fisher)</translation>
    </message>
    <message>
        <source>odds ratio (Woolf CI)</source>
        <translation>odds ratio (IC de Woolf)</translation>
    </message>
    <message>
        <source>{figure} [printed as control − treated]</source>
        <translation>{figure} [impreso como control − tratados]</translation>
    </message>
    <message>
        <source>risk difference, pp (Newcombe CI)</source>
        <translation>diferencia de riesgos, pp (IC de Newcombe)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path}: {n} assessments of patient {patient} as a FHIR R4 Bundle.</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Wrote {path}: {n} assessment of patient {patient} as a FHIR R4 Bundle..</extracomment>
        <translation>
            <numerusform>Archivo {path} escrito: {n} evaluación del paciente {patient} como Bundle FHIR R4.</numerusform>
            <numerusform>Archivo {path} escrito: {n} evaluaciones del paciente {patient} como Bundle FHIR R4.</numerusform>
        </translation>
    </message>
    <message>
        <source>--patient-id: a patient identifier is needed</source>
        <translation>--patient-id: se necesita un identificador de paciente</translation>
    </message>
    <message>
        <source>--out: {path} exists; add --force to replace it</source>
        <translation>--out: {path} ya existe; añada --force para sustituirlo</translation>
    </message>
    <message>
        <source>--out: {path} is not a regular file</source>
        <translation>--out: {path} no es un archivo normal</translation>
    </message>
    <message>
        <source>--out: {path} cannot be written ({reason})</source>
        <translation>--out: no se puede escribir en {path} ({reason})</translation>
    </message>
    <message>
        <source>--pdf: {path} cannot be read ({reason})</source>
        <translation>--pdf: no se puede leer {path} ({reason})</translation>
    </message>
    <message>
        <source>no stored assessments for patient {patient}; nothing written</source>
        <translation>no hay evaluaciones guardadas del paciente {patient}; no se ha escrito nada</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>sin valores</translation>
    </message>
    <message>
        <source>#{id}  {when} (sampled)  {result}  ({values}; rule set {ruleset})</source>
        <translation>#{id}  {when} (extracción)  {result}  ({values}; conjunto de reglas {ruleset})</translation>
    </message>
    <message>
        <source>#{id}  {when} (assessed)  {result}  ({values}; rule set {ruleset})</source>
        <translation>#{id}  {when} (evaluación)  {result}  ({values}; conjunto de reglas {ruleset})</translation>
    </message>
    <message>
        <source>{entry} [{notes}]</source>
        <extracomment>a stored assessment&apos;s line followed by its corrections / entered-in-error marks</extracomment>
        <translation>{entry} [{notes}]</translation>
    </message>
    <message>
        <source>No stored assessments for patient {patient}.</source>
        <translation>No hay evaluaciones guardadas para el paciente {patient}.</translation>
    </message>
    <message numerus="yes">
        <source>Patient {patient}: {n} assessments, oldest first</source>
        <comment>plural</comment>
        <extracomment>Singular (English): Patient {patient}: {n} assessment, oldest first.</extracomment>
        <translation>
            <numerusform>Paciente {patient}: {n} evaluación, la más antigua primero</numerusform>
            <numerusform>Paciente {patient}: {n} evaluaciones, la más antigua primero</numerusform>
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
        <translation>Guardado: registro de HScore {id}, con la evaluación {assessment}.</translation>
    </message>
    <message>
        <source>Files stored: {files} (assessments: {n}); moved to failed/: {failed}.</source>
        <translation>Archivos guardados: {files} (evaluaciones: {n}); movidos a failed/: {failed}.</translation>
    </message>
    <message>
        <source>Report written: {path} ({phenotype})</source>
        <translation>Informe escrito: {path} ({phenotype})</translation>
    </message>
    <message>
        <source>--patient-id: a patient identifier is needed on the report</source>
        <translation>--patient-id: el informe necesita un identificador de paciente</translation>
    </message>
    <message>
        <source>--patient-id: training reports use synthetic identifiers of the form DEMO-nnn, never a real patient&apos;s</source>
        <translation>--patient-id: los informes de formación usan identificadores sintéticos con el formato DEMO-nnn, nunca el de un paciente real</translation>
    </message>
    <message>
        <source>--patient-id: DEMO-nnn identifiers are reserved for training; add --demo</source>
        <translation>--patient-id: los identificadores DEMO-nnn están reservados para la formación; añada --demo</translation>
    </message>
    <message>
        <source>--case needs --demo (training cases are synthetic)</source>
        <translation>--case necesita --demo (los casos de formación son sintéticos)</translation>
    </message>
    <message>
        <source>--case takes its values from the training case; drop {option}</source>
        <translation>--case toma sus valores del caso de formación; quite {option}</translation>
    </message>
    <message>
        <source>--case: no training case {case}; see {command}</source>
        <translation>--case: no existe el caso de formación {case}; consulte {command}</translation>
    </message>
    <message>
        <source>--out: {path} exists; not overwritten (use --force to replace it)</source>
        <translation>--out: {path} ya existe; no se sobrescribe (use --force para sustituirlo)</translation>
    </message>
    <message>
        <source>--out: cannot write {path}: {reason}</source>
        <translation>--out: no se puede escribir en {path}: {reason}</translation>
    </message>
    <message>
        <source>--birth-date: {reason}</source>
        <translation>--birth-date: {reason}</translation>
    </message>
    <message>
        <source>not written</source>
        <extracomment>in place of a file name: the file was not written</extracomment>
        <translation>no escrito</translation>
    </message>
    <message>
        <source>Index: {path}</source>
        <translation>Índice: {path}</translation>
    </message>
    <message>
        <source>Cohort summary: {path}</source>
        <translation>Resumen de la cohorte: {path}</translation>
    </message>
    <message>
        <source>All reports in one file (to print): {path}</source>
        <translation>Todos los informes en un archivo (para imprimir): {path}</translation>
    </message>
    <message>
        <source>--workers must be at least 1</source>
        <translation>--workers debe ser al menos 1</translation>
    </message>
    <message>
        <source>Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: {rejected}; not done (cancelled): {cancelled}</source>
        <translation>Filas: {total}; informes escritos: {written}; fallidos: {failed}; rechazadas en la importación: {rejected}; no realizados (cancelado): {cancelled}</translation>
    </message>
    <message>
        <source>Rows: {total}; reports written: {written}; failed: {failed}; rejected at import: {rejected}</source>
        <translation>Filas: {total}; informes escritos: {written}; fallidos: {failed}; rechazadas en la importación: {rejected}</translation>
    </message>
    <message>
        <source>Reports: {percent} %</source>
        <translation>Informes: {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>--out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use --force or an empty folder</source>
        <comment>plural</comment>
        <extracomment>Singular (English): --out-dir: {n} file(s) this batch would write already exist (e.g. {file}); use --force or an empty folder. English keeps &quot;file(s)&quot; in both forms (scripts read the line); word each properly</extracomment>
        <translation>
            <numerusform>--out-dir: ya existe {n} archivo que escribiría este lote ({file}); use --force o una carpeta vacía</numerusform>
            <numerusform>--out-dir: ya existen {n} archivos que escribiría este lote (p. ej., {file}); use --force o una carpeta vacía</numerusform>
        </translation>
    </message>
    <message>
        <source>--out-dir: cannot write to {path}: {reason}</source>
        <translation>--out-dir: no se puede escribir en {path}: {reason}</translation>
    </message>
    <message>
        <source>row {row}: {outcome}: {reason}</source>
        <translation>fila {row}: {outcome}: {reason}</translation>
    </message>
    <message>
        <source>two stored SOFA values share one day; mark one entered in error (&apos;immunosep score-records --mark-in-error&apos;).</source>
        <translation>dos valores de SOFA guardados comparten un mismo día; marque uno como registro erróneo (&apos;immunosep score-records --mark-in-error&apos;).</translation>
    </message>
    <message>
        <source>a stored SOFA total is outside 0 to 24.</source>
        <translation>un total de SOFA guardado está fuera del intervalo de 0 a 24.</translation>
    </message>
    <message>
        <source>a stored SOFA rests on an impossible number of organ systems.</source>
        <translation>un SOFA guardado se basa en un número imposible de sistemas orgánicos.</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose SOFA course is read.</source>
        <translation>--patient-id ID es necesario: el paciente cuya serie de SOFA se lee.</translation>
    </message>
    <message>
        <source>--patient-id ID is needed: the patient whose records are listed.</source>
        <translation>--patient-id ID es necesario: el paciente cuyos registros se listan.</translation>
    </message>
    <message>
        <source>--mark-in-error: &apos;{kind}&apos; is not a kind of score record; use one of {kinds}.</source>
        <translation>--mark-in-error: &apos;{kind}&apos; no es un tipo de registro de puntuación; use uno de estos: {kinds}.</translation>
    </message>
    <message>
        <source>--mark-in-error: &apos;{value}&apos; is not a record id (a whole number, as listed by this command).</source>
        <translation>--mark-in-error: &apos;{value}&apos; no es un id. de registro (un número entero, como los que lista este comando).</translation>
    </message>
    <message>
        <source>--mark-in-error needs --reason TEXT: a mark says why.</source>
        <translation>--mark-in-error necesita --reason TEXT: una marca indica su motivo.</translation>
    </message>
    <message>
        <source>--reason goes with --mark-in-error KIND RECORD.</source>
        <translation>--reason se usa con --mark-in-error KIND RECORD.</translation>
    </message>
    <message>
        <source>--day: &apos;{value}&apos; is not a study day (day 1 is the day of phenotyping); give a whole number of {low} or more.</source>
        <translation>--day: &apos;{value}&apos; no es un día de estudio (el día 1 es el día de la fenotipificación); indique un número entero igual o mayor que {low}.</translation>
    </message>
    <message>
        <source>--total: &apos;{value}&apos; is not a SOFA total; give a whole number from {low} to {high}.</source>
        <translation>--total: &apos;{value}&apos; no es un total de SOFA; indique un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>--components: &apos;{value}&apos; is not a number of organ systems; give a whole number from {low} to {high}.</source>
        <translation>--components: &apos;{value}&apos; no es un número de sistemas orgánicos; indique un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>--day and --date place a stored SOFA: add --patient-id ID --save.</source>
        <translation>--day y --date sitúan una SOFA guardada: añada --patient-id ID --save.</translation>
    </message>
    <message>
        <source>--total is a value to store: add --patient-id ID --save.</source>
        <translation>--total es un valor para guardar: añada --patient-id ID --save.</translation>
    </message>
    <message>
        <source>--total: give either a total or the calculator&apos;s values ({options}), not both.</source>
        <translation>--total: indique o bien un total o bien los valores de la calculadora ({options}), no ambos.</translation>
    </message>
    <message>
        <source>--components goes with --total (the organ systems a typed total rests on).</source>
        <translation>--components se usa con --total (los sistemas orgánicos en los que se basa un total escrito).</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>no ferritin or HLA-DR column and no test/value columns were recognised; name them with --column FIELD=HEADER</source>
        <translation>no se reconoció ninguna columna de ferritina ni de HLA-DR, ni columnas de prueba/valor; indíquelas con --column FIELD=HEADER</translation>
    </message>
    <message>
        <source>the file has both ferritin/HLA-DR columns and test/value columns; choose the layout</source>
        <translation>el archivo tiene tanto columnas de ferritina/HLA-DR como columnas de prueba/valor; elija la disposición</translation>
    </message>
    <message>
        <source>unknown field {field!r}; fields are: {fields}</source>
        <translation>campo desconocido {field!r}; los campos son: {fields}</translation>
    </message>
    <message>
        <source>no column is headed {header!r} (for {field}); the columns are: {columns}</source>
        <translation>ninguna columna tiene el encabezado {header!r} (para {field}); las columnas son: {columns}</translation>
    </message>
    <message>
        <source>{count} columns are headed {header!r}; rename one in the file</source>
        <translation>{count} columnas tienen el encabezado {header!r}; cambie el nombre de una de ellas en el archivo</translation>
    </message>
    <message>
        <source>columns {first!r} and {second!r} could both be {field}; choose one (--column {field}=HEADER)</source>
        <translation>las columnas {first!r} y {second!r} podrían ser ambas {field}; elija una (--column {field}=HEADER)</translation>
    </message>
    <message>
        <source>columns {columns} could all be {field}; choose one (--column {field}=HEADER)</source>
        <translation>las columnas {columns} podrían ser todas {field}; elija una (--column {field}=HEADER)</translation>
    </message>
    <message>
        <source>{field} is not used in {layout} layout</source>
        <translation>{field} no se usa en la disposición {layout}</translation>
    </message>
    <message>
        <source>no {name} column found; name it with --column {field}=HEADER (columns: {columns})</source>
        <translation>no se encontró la columna {name}; indíquela con --column {field}=HEADER (columnas: {columns})</translation>
    </message>
    <message>
        <source>layout must be &apos;wide&apos; or &apos;long&apos;, not {layout!r}</source>
        <translation>la disposición debe ser &apos;wide&apos; o &apos;long&apos;, no {layout!r}</translation>
    </message>
    <message>
        <source>wide layout needs a ferritin or HLA-DR column (--column ferritin=HEADER)</source>
        <translation>la disposición ancha necesita una columna de ferritina o de HLA-DR (--column ferritin=HEADER)</translation>
    </message>
    <message>
        <source>long layout needs a test (name or LOINC code) and a value column (--column test=HEADER --column value=HEADER)</source>
        <translation>la disposición larga necesita una columna de prueba (nombre o código LOINC) y una columna de valor (--column test=HEADER --column value=HEADER)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>{file} contains no rows</source>
        <translation>{file} no contiene filas</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes: it is not a text export (or UTF-16 without byte-order mark: give the encoding)</source>
        <translation>{file} contiene bytes NUL: no es una exportación de texto (o es UTF-16 sin marca de orden de bytes: indique la codificación)</translation>
    </message>
    <message>
        <source>{file} mixes encodings: line {utf8_line} is UTF-8 but line {other_line} is not; save the file again in one encoding, or give the encoding if you know it</source>
        <translation>{file} mezcla codificaciones: la línea {utf8_line} está en UTF-8, pero la línea {other_line} no; guarde el archivo de nuevo en una sola codificación o indique la codificación si la conoce</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252; give the encoding (e.g. latin-1)</source>
        <translation>{file} no está ni en UTF-8 ni en Windows-1252; indique la codificación (p. ej. latin-1)</translation>
    </message>
    <message>
        <source>{file}: no delimiter (comma, semicolon, tab, pipe) splits the header into columns; give the delimiter</source>
        <translation>{file}: ningún delimitador (coma, punto y coma, tabulador, barra vertical) divide el encabezado en columnas; indique el delimitador</translation>
    </message>
    <message>
        <source>{file}: both {first} and {second} could be the delimiter; give the delimiter</source>
        <translation>{file}: tanto {first} como {second} podrían ser el delimitador; indique el delimitador</translation>
    </message>
    <message>
        <source>{file} starts with a {encoding} byte-order mark but byte {byte} is not valid {encoding}</source>
        <translation>{file} empieza con una marca de orden de bytes de {encoding}, pero el byte {byte} no es {encoding} válido</translation>
    </message>
    <message>
        <source>delimiter must be one character, got {delimiter!r}</source>
        <translation>el delimitador debe ser un solo carácter; se indicó {delimiter!r}</translation>
    </message>
    <message>
        <source>{file}, line {line}: malformed CSV ({error}); fix the file and import again</source>
        <translation>{file}, línea {line}: CSV mal formado ({error}); corrija el archivo e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>unknown encoding {encoding!r}</source>
        <translation>codificación desconocida {encoding!r}</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} (byte {byte} cannot be decoded); check the encoding</source>
        <translation>{file} no es {encoding} válido (el byte {byte} no se puede decodificar); compruebe la codificación</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: no se puede leer ({error})</translation>
    </message>
    <message>
        <source>{file}: the quoted cell that starts on line {line} is never closed (unmatched quote); fix the file and import again</source>
        <translation>{file}: la celda entre comillas que empieza en la línea {line} no se cierra nunca (comilla sin pareja); corrija el archivo e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet!r} is empty</source>
        <translation>{file}: la hoja {sheet!r} está vacía</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({error}); save it again from the spreadsheet program</source>
        <translation>{file} no se puede leer como hoja de cálculo ({error}); guárdelo de nuevo desde el programa de hoja de cálculo</translation>
    </message>
    <message>
        <source>{file} has no worksheet</source>
        <translation>{file} no tiene ninguna hoja de cálculo</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet!r}; sheets: {sheets}</source>
        <translation>{file} no tiene ninguna hoja llamada {sheet!r}; hojas: {sheets}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet!r} cannot be read ({error})</source>
        <translation>{file}, hoja {sheet!r}: no se puede leer ({error})</translation>
    </message>
    <message>
        <source>{file}: FHIR JSON must be UTF-8 and this file is not</source>
        <translation>{file}: el JSON FHIR debe estar en UTF-8 y este archivo no lo está</translation>
    </message>
    <message>
        <source>{file}: the key &apos;{key}&apos; appears twice in one JSON object; which one holds is undefined, so the file is not read</source>
        <translation>{file}: la clave &apos;{key}&apos; aparece dos veces en un mismo objeto JSON; no está definido cuál prevalece, por lo que el archivo no se lee</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {detail})</source>
        <translation>{file}: JSON no válido (línea {line}, columna {column}: {detail})</translation>
    </message>
    <message>
        <source>{file}: JSON nested too deeply</source>
        <translation>{file}: JSON anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>{file}: not a FHIR resource; a Bundle or an Observation is needed</source>
        <translation>{file}: no es un recurso FHIR; se necesita un Bundle o una Observation</translation>
    </message>
    <message>
        <source>{file}: Bundle.entry must be a list of objects</source>
        <translation>{file}: Bundle.entry debe ser una lista de objetos</translation>
    </message>
    <message>
        <source>{file}: not a valid FHIR R4 Bundle: {problems}</source>
        <translation>{file}: no es un Bundle FHIR R4 válido: {problems}</translation>
    </message>
    <message>
        <source>{file}: a {kind} resource; a Bundle or an Observation is needed</source>
        <translation>{file}: un recurso {kind}; se necesita un Bundle o una Observation</translation>
    </message>
    <message>
        <source>{file}: the file contains NUL bytes (binary, or UTF-16 text); HL7 v2 files are 8-bit text</source>
        <translation>{file}: el archivo contiene bytes NUL (binario o texto UTF-16); los archivos HL7 v2 son texto de 8 bits</translation>
    </message>
    <message>
        <source>{file}: the file holds no HL7 segments</source>
        <translation>{file}: el archivo no contiene segmentos HL7</translation>
    </message>
    <message>
        <source>{file}: no HL7 message (MSH segment) in the file</source>
        <translation>{file}: ningún mensaje HL7 (segmento MSH) en el archivo</translation>
    </message>
    <message>
        <source>{file} is not a valid spreadsheet (damaged zip container); save it again from the spreadsheet program</source>
        <translation>{file} no es una hoja de cálculo válida (contenedor zip dañado); guárdelo de nuevo desde el programa de hoja de cálculo</translation>
    </message>
    <message>
        <source>{file} cannot be unpacked ({error})</source>
        <translation>{file} no se puede descomprimir ({error})</translation>
    </message>
    <message>
        <source>{file} is not an Excel or OpenDocument spreadsheet (XLSX, XLSM, XLSB, XLS, ODS)</source>
        <translation>{file} no es una hoja de cálculo de Excel ni de OpenDocument (XLSX, XLSM, XLSB, XLS, ODS)</translation>
    </message>
    <message>
        <source>{file}: is not a file</source>
        <translation>{file}: no es un archivo</translation>
    </message>
    <message>
        <source>{file} is {size} MB; files over {limit} MB are not imported (split the export or raise the limit)</source>
        <translation>{file} ocupa {size} MB; los archivos de más de {limit} MB no se importan (divida la exportación o aumente el límite)</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} está vacío</translation>
    </message>
    <message>
        <source>{file}: file not found.</source>
        <translation>{file}: archivo no encontrado.</translation>
    </message>
    <message>
        <source>{file}: cannot be opened ({error})</source>
        <translation>{file}: no se puede abrir ({error})</translation>
    </message>
    <message>
        <source>{file} contains {parts} parts; this is not a normal spreadsheet</source>
        <translation>{file} contiene {parts} partes; no es una hoja de cálculo normal</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB; over the limit of {limit} MB</source>
        <translation>{file} ocupa {size} MB una vez descomprimido; supera el límite de {limit} MB</translation>
    </message>
    <message>
        <source>{file}: part {part!r} is compressed {ratio}:1; refused as a possible zip bomb</source>
        <translation>{file}: la parte {part!r} está comprimida {ratio}:1; se rechaza como posible bomba zip</translation>
    </message>
    <message>
        <source>{file}: part {part!r} declares XML entities (DOCTYPE); refused (billion-laughs protection)</source>
        <translation>{file}: la parte {part!r} declara entidades XML (DOCTYPE); se rechaza (protección contra «billion laughs»)</translation>
    </message>
    <message>
        <source>{options} cannot be used with a {format} file: its messages carry their own units, numbers and times</source>
        <translation>{options} no se puede usar con un archivo {format}: sus mensajes llevan sus propias unidades, números y horas</translation>
    </message>
    <message>
        <source>{file}: the header has {width} columns; more than {limit} are not read (is this a laboratory export?)</source>
        <translation>{file}: el encabezado tiene {width} columnas; no se leen archivos de más de {limit} columnas (¿es una exportación de laboratorio?)</translation>
    </message>
    <message>
        <source>more than {limit} data rows; split the export or raise the row limit</source>
        <translation>más de {limit} filas de datos; divida la exportación o aumente el límite de filas</translation>
    </message>
    <message>
        <source>format must be one of {formats}, not {format!r}</source>
        <translation>el formato debe ser uno de {formats}, no {format!r}</translation>
    </message>
    <message>
        <source>{file}: the spreadsheet reader ran out of memory; the sheet is too large to read (export it as CSV)</source>
        <translation>{file}: el lector de hojas de cálculo se quedó sin memoria; la hoja es demasiado grande para leerla (expórtela como CSV)</translation>
    </message>
    <message>
        <source>a worksheet part is not XML</source>
        <translation>una parte de hoja de cálculo no es XML</translation>
    </message>
    <message>
        <source>{file}: the spreadsheet reader stopped (exit status {status}) before it could read the sheet: the sheet is too large or damaged; save it again from the spreadsheet program, or export it as CSV</source>
        <translation>{file}: el lector de hojas de cálculo se detuvo (estado de salida {status}) antes de poder leer la hoja: la hoja es demasiado grande o está dañada; guárdela de nuevo desde el programa de hoja de cálculo o expórtela como CSV</translation>
    </message>
    <message>
        <source>{file}: a worksheet ({part}) reaches cell {cell} ({rows} rows × {cols} columns); sheets wider than {max_cols} columns or larger than {max_cells} cells are not read (delete the far cells or export only the results)</source>
        <translation>{file}: una hoja de cálculo ({part}) llega hasta la celda {cell} ({rows} filas × {cols} columnas); no se leen hojas de más de {max_cols} columnas ni de más de {max_cells} celdas (borre las celdas lejanas o exporte solo los resultados)</translation>
    </message>
    <message>
        <source>the time format must include the time of day (%H:%M)</source>
        <translation>el formato de hora debe incluir la hora del día (%H:%M)</translation>
    </message>
    <message>
        <source>Newcombe hybrid score</source>
        <translation>Método híbrido de Newcombe (score)</translation>
    </message>
    <message>
        <source>The ImmunoSep evidence does not apply to this patient.</source>
        <translation>La evidencia de ImmunoSep no se aplica a este paciente.</translation>
    </message>
    <message>
        <source>Patient history — ImmunoSep phenotypes</source>
        <translation>Historial del paciente — fenotipos ImmunoSep</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Paciente: {patient}</translation>
    </message>
    <message>
        <source>ImmunoSep Phenotyper {version}</source>
        <translation>ImmunoSep Phenotyper {version}</translation>
    </message>
    <message>
        <source>Generated {when}</source>
        <translation>Generado el {when}</translation>
    </message>
    <message>
        <source>Patient history</source>
        <translation>Historial del paciente</translation>
    </message>
    <message>
        <source>Patient identifier (as entered):</source>
        <translation>Identificador del paciente (tal como se introdujo):</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Generado:</translation>
    </message>
    <message>
        <source>{change} ({when})</source>
        <translation>{change} ({when})</translation>
    </message>
    <message>
        <source>Phenotype changes: {changes}</source>
        <translation>Cambios de fenotipo: {changes}</translation>
    </message>
    <message>
        <source>Markers: triangle MALS, square immunoparalysis, circle unclassified, cross cannot classify; open markers are censored values at their bound. Dashed lines: entry thresholds (ferritin 4420 ng/mL, HLA-DR 5000 AB/C). Only current versions are drawn.</source>
        <translation>Marcadores: triángulo MALS, cuadrado inmunoparálisis, círculo no clasificado, cruz clasificación imposible; los marcadores huecos son valores censurados en su límite. Líneas discontinuas: umbrales de entrada (ferritina 4420 ng/mL, HLA-DR 5000 AB/C). Solo se dibujan las versiones vigentes.</translation>
    </message>
    <message>
        <source>Decision support only: the treating clinician decides.</source>
        <translation>Solo apoyo a la decisión: decide el médico responsable.</translation>
    </message>
    <message>
        <source>Ferritin, ng/mL (logarithmic scale)</source>
        <translation>Ferritina, ng/mL (escala logarítmica)</translation>
    </message>
    <message>
        <source>Monocyte HLA-DR, AB/C</source>
        <translation>HLA-DR monocitario, AB/C</translation>
    </message>
    <message>
        <source>No values to draw: no current assessment has ferritin or HLA-DR in AB/C.</source>
        <translation>No hay valores que dibujar: ninguna evaluación vigente tiene ferritina ni HLA-DR en AB/C.</translation>
    </message>
    <message>
        <source>Daily SOFA and the day-9 measure (day 1 = {date}, the day of phenotyping)</source>
        <translation>SOFA diaria y la medida del día 9 (día 1 = {date}, el día de la fenotipificación)</translation>
    </message>
    <message>
        <source>No stored assessments.</source>
        <translation>No hay evaluaciones guardadas.</translation>
    </message>
    <message>
        <source>Sampled (or assessed)</source>
        <translation>Extracción (o evaluación)</translation>
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
        <translation>Registro</translation>
    </message>
    <message>
        <source>{when} ({basis})</source>
        <translation>{when} ({basis})</translation>
    </message>
    <message>
        <source>The {n} oldest assessments are not shown; the window lists them all.</source>
        <translation>No se muestran las {n} evaluaciones más antiguas; la ventana las muestra todas.</translation>
    </message>
    <message>
        <source>The stored scores (eligibility, daily SOFA, HScore) could not be read and are not printed: {reason}</source>
        <translation>No se pudieron leer las puntuaciones guardadas (elegibilidad, SOFA diaria, HScore) y no se imprimen: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>extracción</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>{text!r} is not a date of the form YYYY-MM-DD (e.g. 1958-03-14); other forms are ambiguous and never guessed</source>
        <translation>{text!r} no es una fecha de la forma AAAA-MM-DD (p. ej. 1958-03-14); las demás formas son ambiguas y nunca se deducen</translation>
    </message>
    <message>
        <source>Not a diagnosis and not a prescription: check every value against the laboratory report.</source>
        <translation>No es un diagnóstico ni una prescripción: compruebe cada valor con el informe del laboratorio.</translation>
    </message>
    <message>
        <source>NEAR THRESHOLD</source>
        <translation>CERCA DEL UMBRAL</translation>
    </message>
    <message>
        <source>{sampled}; processed {processed}</source>
        <translation>{sampled}; procesado {processed}</translation>
    </message>
    <message>
        <source>PROVISIONAL: day {day} of 9.</source>
        <translation>PROVISIONAL: día {day} de 9.</translation>
    </message>
    <message>
        <source>Final.</source>
        <translation>Definitivo.</translation>
    </message>
    <message>
        <source>* missing day: the last value carried forward; ° not over yet: carried forward for now; † from the day of death: counted 24.</source>
        <translation>* día que falta: se arrastra el último valor; ° aún no terminado: se arrastra por ahora; † desde el día del fallecimiento: cuenta 24.</translation>
    </message>
    <message>
        <source>Study day</source>
        <translation>Día de estudio</translation>
    </message>
    <message>
        <source>The file changed while it was being read (is it still being written?); open it again when it is complete.</source>
        <translation>El archivo cambió mientras se leía (¿se sigue escribiendo?); ábralo de nuevo cuando esté completo.</translation>
    </message>
    <message>
        <source>there is no stored assessment to export for this patient</source>
        <translation>no hay ninguna evaluación guardada que exportar para este paciente</translation>
    </message>
    <message>
        <source>the export is not valid FHIR R4: {problems}</source>
        <translation>la exportación no es FHIR R4 válido: {problems}</translation>
    </message>
    <message>
        <source>a patient identifier is needed</source>
        <translation>se necesita un identificador del paciente</translation>
    </message>
    <message>
        <source>the report to attach is not a PDF file</source>
        <translation>el informe que se va a adjuntar no es un archivo PDF</translation>
    </message>
    <message>
        <source>the PDF has no current assessment to belong to</source>
        <translation>no hay ninguna evaluación vigente a la que pueda pertenecer el PDF</translation>
    </message>
    <message>
        <source>This cohort was classified with another rule set; import the file again.</source>
        <translation>Esta cohorte se clasificó con otro conjunto de reglas; importe el archivo de nuevo.</translation>
    </message>
    <message>
        <source>The file is neither an HL7 v2 nor a FHIR JSON file; the inbox reads laboratory messages only.</source>
        <translation>El archivo no es ni un archivo HL7 v2 ni un archivo JSON FHIR; la bandeja de entrada solo lee mensajes de laboratorio.</translation>
    </message>
    <message>
        <source>Another inbox runner is working on {folder}; this pass was skipped.</source>
        <translation>Otro proceso de la bandeja de entrada está trabajando en {folder}; se omitió esta pasada.</translation>
    </message>
    <message>
        <source>The inbox folder {folder} cannot be used: {error}.</source>
        <translation>La carpeta de entrada {folder} no puede usarse: {error}.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>El archivo no puede leerse: {error}.</translation>
    </message>
    <message>
        <source>Not stored: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
    <message>
        <source>A reason is needed to correct an assessment.</source>
        <translation>Se requiere un motivo para corregir una evaluación.</translation>
    </message>
    <message>
        <source>Assessment #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>La evaluación #{id} ya fue corregida por #{newer}; corrija la versión más reciente.</translation>
    </message>
    <message>
        <source>An imported row was classified with another rule set; import the file again.</source>
        <translation>Una fila importada se clasificó con otro conjunto de reglas; importe el archivo de nuevo.</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>informe escrito</translation>
    </message>
    <message>
        <source>report failed</source>
        <translation>informe fallido</translation>
    </message>
    <message>
        <source>rejected at import</source>
        <translation>rechazada en la importación</translation>
    </message>
    <message>
        <source>not done: cancelled</source>
        <translation>no realizado: cancelado</translation>
    </message>
    <message>
        <source>cohort summary not written: {kind}</source>
        <translation>resumen de la cohorte no escrito: {kind}</translation>
    </message>
    <message>
        <source>{file} not written: {kind}</source>
        <translation>{file} no escrito: {kind}</translation>
    </message>
    <message>
        <source>This patient has no saved assessment yet; save the assessment first (the checklist is stored with it).</source>
        <translation>Este paciente aún no tiene ninguna evaluación guardada; guarde primero la evaluación (la lista de verificación se guarda con ella).</translation>
    </message>
    <message>
        <source>This patient has no saved assessment yet; save the assessment first (the HScore is stored with it).</source>
        <translation>Este paciente aún no tiene ninguna evaluación guardada; guarde primero la evaluación (el HScore se guarda con ella).</translation>
    </message>
    <message>
        <source>Day {day} is before day 1, the day of phenotyping.</source>
        <translation>El día {day} es anterior al día 1, el día de la fenotipificación.</translation>
    </message>
    <message>
        <source>{date} is day {placed} of this patient&apos;s course (day 1 is {day_one}), not day {day}.</source>
        <translation>{date} es el día {placed} de la serie de este paciente (el día 1 es {day_one}), no el día {day}.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day_one}).</source>
        <translation>{date} es anterior al día 1 ({day_one}).</translation>
    </message>
    <message>
        <source>{date} is after today; a SOFA is recorded for a day that has begun.</source>
        <translation>{date} es posterior a hoy; una SOFA se registra para un día que ya ha comenzado.</translation>
    </message>
    <message>
        <source>The HScore needs all nine variables before it can be saved.</source>
        <translation>El HScore necesita las nueve variables para poder guardarse.</translation>
    </message>
    <message>
        <source>Day {day} already has a SOFA (record #{record}); correct that record instead.</source>
        <translation>El día {day} ya tiene una SOFA (registro #{record}); corrija ese registro en su lugar.</translation>
    </message>
    <message>
        <source>{date} is after the recorded death ({death}); no SOFA is kept after it.</source>
        <translation>{date} es posterior al fallecimiento registrado ({death}); no se guarda ninguna SOFA posterior a él.</translation>
    </message>
    <message>
        <source>The date of day {day} is needed: no day 1 is recorded yet for this patient.</source>
        <translation>Se necesita la fecha del día {day}: aún no hay ningún día 1 registrado para este paciente.</translation>
    </message>
    <message>
        <source>A death is already recorded (record #{record}); correct that record instead.</source>
        <translation>Ya hay un fallecimiento registrado (registro #{record}); corrija ese registro en su lugar.</translation>
    </message>
    <message>
        <source>{date} is after today.</source>
        <translation>{date} es posterior a hoy.</translation>
    </message>
    <message>
        <source>{date} is before day 1 ({day_one}) of this patient&apos;s SOFA course.</source>
        <translation>{date} es anterior al día 1 ({day_one}) de la serie de SOFA de este paciente.</translation>
    </message>
    <message>
        <source>Day {day} has a SOFA after that date; correct or mark it first.</source>
        <translation>El día {day}, posterior a esa fecha, tiene una SOFA; corríjala o márquela primero como registro erróneo.</translation>
    </message>
    <message>
        <source>Assessment #{assessment} already has an eligibility checklist (record #{record}); correct that record instead.</source>
        <translation>La evaluación #{assessment} ya tiene una lista de verificación de elegibilidad (registro #{record}); corrija ese registro en su lugar.</translation>
    </message>
    <message>
        <source>Assessment #{id} is not one of this patient&apos;s.</source>
        <translation>La evaluación #{id} no pertenece a este paciente.</translation>
    </message>
    <message>
        <source>The site configuration cannot be used: {error}</source>
        <extracomment>{error}: what is wrong in site.toml (its file and key), in English</extracomment>
        <translation>La configuración del centro no puede usarse: {error}</translation>
    </message>
    <message>
        <source>The site configuration names no ward database server.</source>
        <translation>La configuración del centro no indica ningún servidor de base de datos de la unidad.</translation>
    </message>
    <message>
        <source>The site configuration&apos;s database URL {url} must name an absolute file path (sqlite:////path/clinical.sqlite).</source>
        <translation>La URL de base de datos {url} de la configuración del centro debe indicar una ruta de archivo absoluta (sqlite:////path/clinical.sqlite).</translation>
    </message>
    <message>
        <source>Ask IT to correct it.</source>
        <translation>Pida al servicio de informática que la corrija.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created: {reason}.</source>
        <translation>La carpeta de datos {folder} no puede crearse: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder (--data-dir or IMMUNOSEP_DATA_DIR) or ask IT.</source>
        <translation>Elija otra carpeta (--data-dir o IMMUNOSEP_DATA_DIR) o consulte al servicio de informática.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>La copia de seguridad no puede escribirse sobre la propia base de datos.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this computer (package postgresql-client). Run instead, where it is: {command}</source>
        <translation>pg_dump no está instalado en este ordenador (paquete postgresql-client). Ejecute en su lugar, en un equipo donde esté instalado: {command}</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name or use --force to replace it.</source>
        <translation>{file} ya existe; elija otro nombre de archivo o use --force para sustituirlo.</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>{file} es una carpeta; indique un nombre de archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>pg_dump failed ({detail}); no backup was written.</source>
        <translation>pg_dump falló ({detail}); no se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({detail}).</source>
        <translation>La copia de seguridad no superó su comprobación ({detail}).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing from it was stored.</source>
        <translation>La importación se canceló; no se guardó nada de ella.</translation>
    </message>
    <message>
        <source>Row {row}: {error}</source>
        <extracomment>{row}: a row of the imported file; {error}: why its patient identifier was refused (a whole sentence)</extracomment>
        <translation>Fila {row}: {error}</translation>
    </message>
    <message>
        <source>Nothing from this file was stored.</source>
        <translation>No se guardó nada de este archivo.</translation>
    </message>
    <message>
        <source>Ask IT to run &apos;immunosep db migrate --db-user OWNER&apos; (the database owner role) once; workstations cannot change the schema.</source>
        <translation>Pida al servicio de informática que ejecute una vez &apos;immunosep db migrate --db-user OWNER&apos; (el rol propietario de la base de datos); las estaciones de trabajo no pueden cambiar el esquema.</translation>
    </message>
    <message>
        <source>{file} is a training database and cannot be opened as the clinical database: training and clinical records are kept strictly apart.</source>
        <translation>{file} es una base de datos de formación y no puede abrirse como base de datos clínica: los registros de formación y los clínicos se mantienen estrictamente separados.</translation>
    </message>
    <message>
        <source>The ward database {server} is a training database, not the clinical database: training and clinical records are kept strictly apart.</source>
        <translation>La base de datos de la unidad {server} es una base de datos de formación, no la base de datos clínica: los registros de formación y los clínicos se mantienen estrictamente separados.</translation>
    </message>
    <message>
        <source>The ward database {server} is not marked as a clinical database and cannot be used: training and clinical records are kept strictly apart.</source>
        <translation>La base de datos de la unidad {server} no está marcada como base de datos clínica y no puede usarse: los registros de formación y los clínicos se mantienen estrictamente separados.</translation>
    </message>
    <message>
        <source>The ward database {server} has schema {revision}, but this app needs schema {head}.</source>
        <translation>La base de datos de la unidad {server} tiene el esquema {revision}, pero esta aplicación necesita el esquema {head}.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database but not an ImmunoSep database; choose another data folder.</source>
        <translation>{file} es una base de datos SQLite, pero no una base de datos de ImmunoSep; elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The file was left as it was.</source>
        <translation>El archivo se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>{file} is a clinical database and cannot be opened as the training database: training and clinical records are kept strictly apart.</source>
        <translation>{file} es una base de datos clínica y no puede abrirse como base de datos de formación: los registros de formación y los clínicos se mantienen estrictamente separados.</translation>
    </message>
    <message>
        <source>{file} is marked neither as a clinical nor as a training database and cannot be opened: training and clinical records are kept strictly apart.</source>
        <translation>{file} no está marcado ni como base de datos clínica ni como base de datos de formación y no puede abrirse: los registros de formación y los clínicos se mantienen estrictamente separados.</translation>
    </message>
    <message>
        <source>The ward database {server} is empty, but this app needs schema {head}.</source>
        <translation>La base de datos de la unidad {server} está vacía, pero esta aplicación necesita el esquema {head}.</translation>
    </message>
    <message>
        <source>Nothing of this operation was saved.</source>
        <translation>No se guardó nada de esta operación.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Free some disk space (or ask IT), then try again.</source>
        <translation>Libere espacio en el disco (o consulte al servicio de informática) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check the disk, then try again.</source>
        <translation>Compruebe el disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Ask IT to give this account write access to the database file and its folder.</source>
        <translation>Pida al servicio de informática que conceda a esta cuenta acceso de escritura al archivo de la base de datos y a su carpeta.</translation>
    </message>
    <message>
        <source>Keep the file for investigation and restore the latest backup.</source>
        <translation>Conserve el archivo para su análisis y restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>Keep the file for investigation and restore the latest backup (immunosep db backup makes one).</source>
        <translation>Conserve el archivo para su análisis y restaure la copia de seguridad más reciente (immunosep db backup crea una).</translation>
    </message>
    <message>
        <source>Tell IT.</source>
        <translation>Informe al servicio de informática.</translation>
    </message>
    <message>
        <source>Nothing is stored on this computer instead; try again when the server is back, or ask IT if this persists.</source>
        <translation>No se guarda nada en este ordenador en su lugar; inténtelo de nuevo cuando el servidor vuelva a estar disponible o consulte al servicio de informática si el problema persiste.</translation>
    </message>
    <message>
        <source>Ask IT to check the database role and its password (OS keyring or .pgpass) or Kerberos ticket.</source>
        <translation>Pida al servicio de informática que compruebe el rol de la base de datos y su contraseña (llavero del sistema operativo o .pgpass) o el ticket de Kerberos.</translation>
    </message>
    <message>
        <source>Use the newer version of the app that wrote it.</source>
        <translation>Use la versión más reciente de la aplicación que la escribió.</translation>
    </message>
    <message>
        <source>The database refused the record ({detail}).</source>
        <translation>La base de datos rechazó el registro ({detail}).</translation>
    </message>
    <message>
        <source>Some text given for the record is not valid Unicode (bytes that are not UTF-8).</source>
        <translation>Parte del texto indicado para el registro no es Unicode válido (bytes que no son UTF-8).</translation>
    </message>
    <message>
        <source>The disk holding the database {file} is full.</source>
        <translation>El disco que contiene la base de datos {file} está lleno.</translation>
    </message>
    <message>
        <source>The disk holding the backup {file} is full.</source>
        <translation>El disco que contiene la copia de seguridad {file} está lleno.</translation>
    </message>
    <message>
        <source>The disk holding the ward database {server} is full.</source>
        <translation>El disco que contiene la base de datos de la unidad {server} está lleno.</translation>
    </message>
    <message>
        <source>The database {file} is read-only for this user.</source>
        <translation>La base de datos {file} es de solo lectura para este usuario.</translation>
    </message>
    <message>
        <source>The backup {file} is read-only for this user.</source>
        <translation>La copia de seguridad {file} es de solo lectura para este usuario.</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened (the file or its folder is missing or not accessible).</source>
        <translation>La base de datos {file} no puede abrirse (el archivo o su carpeta no existen o no son accesibles).</translation>
    </message>
    <message>
        <source>The backup {file} cannot be opened (the file or its folder is missing or not accessible).</source>
        <translation>La copia de seguridad {file} no puede abrirse (el archivo o su carpeta no existen o no son accesibles).</translation>
    </message>
    <message>
        <source>The database {file} is busy: another program kept it locked for too long.</source>
        <translation>La base de datos {file} está ocupada: otro programa la mantuvo bloqueada demasiado tiempo.</translation>
    </message>
    <message>
        <source>The backup {file} is busy: another program kept it locked for too long.</source>
        <translation>La copia de seguridad {file} está ocupada: otro programa la mantuvo bloqueada demasiado tiempo.</translation>
    </message>
    <message>
        <source>The database {file} is damaged or is not an ImmunoSep database ({detail}).</source>
        <translation>La base de datos {file} está dañada o no es una base de datos de ImmunoSep ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} is damaged or is not an ImmunoSep database ({detail}).</source>
        <translation>La copia de seguridad {file} está dañada o no es una base de datos de ImmunoSep ({detail}).</translation>
    </message>
    <message>
        <source>A disk error stopped writing the database {file} ({detail}).</source>
        <translation>Un error de disco interrumpió la escritura de la base de datos {file} ({detail}).</translation>
    </message>
    <message>
        <source>A disk error stopped writing the backup {file} ({detail}).</source>
        <translation>Un error de disco interrumpió la escritura de la copia de seguridad {file} ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} could not be used ({detail}).</source>
        <translation>No se pudo usar la base de datos {file} ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} could not be used ({detail}).</source>
        <translation>No se pudo usar la copia de seguridad {file} ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} could not be used ({detail}).</source>
        <translation>No se pudo usar la base de datos de la unidad {server} ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} could not be used: {reason}.</source>
        <translation>No se pudo usar la base de datos {file}: {reason}.</translation>
    </message>
    <message>
        <source>The backup {file} could not be used: {reason}.</source>
        <translation>No se pudo usar la copia de seguridad {file}: {reason}.</translation>
    </message>
    <message>
        <source>The ward database {server} could not be used: {reason}.</source>
        <translation>No se pudo usar la base de datos de la unidad {server}: {reason}.</translation>
    </message>
    <message>
        <source>The database {file} cannot be written: {reason}.</source>
        <translation>No se puede escribir en la base de datos {file}: {reason}.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be written: {reason}.</source>
        <translation>No se puede escribir en la copia de seguridad {file}: {reason}.</translation>
    </message>
    <message>
        <source>The ward database {server} cannot be written: {reason}.</source>
        <translation>No se puede escribir en la base de datos de la unidad {server}: {reason}.</translation>
    </message>
    <message>
        <source>The database {file} failed ({error}).</source>
        <translation>La base de datos {file} falló ({error}).</translation>
    </message>
    <message>
        <source>The backup {file} failed ({error}).</source>
        <translation>La copia de seguridad {file} falló ({error}).</translation>
    </message>
    <message>
        <source>The ward database {server} failed ({error}).</source>
        <translation>La base de datos de la unidad {server} falló ({error}).</translation>
    </message>
    <message>
        <source>The ward database {server} refused the login ({detail}).</source>
        <translation>La base de datos de la unidad {server} rechazó el inicio de sesión ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} refused the operation: the database role lacks a privilege ({detail}).</source>
        <translation>La base de datos de la unidad {server} rechazó la operación: al rol de la base de datos le falta un privilegio ({detail}).</translation>
    </message>
    <message>
        <source>The server of the ward database {server} is out of disk space or memory ({detail}).</source>
        <translation>El servidor de la base de datos de la unidad {server} se ha quedado sin espacio en disco o sin memoria ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} accepts no writes at the moment (read-only server).</source>
        <translation>La base de datos de la unidad {server} no acepta escrituras en este momento (servidor de solo lectura).</translation>
    </message>
    <message>
        <source>The ward database {server} is busy ({detail}).</source>
        <translation>La base de datos de la unidad {server} está ocupada ({detail}).</translation>
    </message>
    <message>
        <source>The ward database {server} cannot be reached ({detail}).</source>
        <translation>No se puede conectar con la base de datos de la unidad {server} ({detail}).</translation>
    </message>
    <message>
        <source>The database {file} has schema {revision}, newer than this app understands ({head}).</source>
        <translation>La base de datos {file} tiene el esquema {revision}, más reciente que el que esta aplicación entiende ({head}).</translation>
    </message>
    <message>
        <source>The ward database {server} has schema {revision}, newer than this app understands ({head}).</source>
        <translation>La base de datos de la unidad {server} tiene el esquema {revision}, más reciente que el que esta aplicación entiende ({head}).</translation>
    </message>
    <message>
        <source>The database {file} has schema version {version}, newer than this app understands.</source>
        <translation>La base de datos {file} tiene la versión de esquema {version}, más reciente que la que esta aplicación entiende.</translation>
    </message>
    <message>
        <source>The ward database {server} has schema version {version}, newer than this app understands.</source>
        <translation>La base de datos de la unidad {server} tiene la versión de esquema {version}, más reciente que la que esta aplicación entiende.</translation>
    </message>
    <message>
        <source>SQLite databases are corrupted by the unreliable file locking of network shares.</source>
        <translation>Las bases de datos SQLite se dañan por el bloqueo de archivos poco fiable de las carpetas compartidas en red.</translation>
    </message>
    <message>
        <source>Choose a folder on this computer&apos;s own disk (--data-dir or IMMUNOSEP_DATA_DIR); a shared hospital database server is the supported way to share records.</source>
        <translation>Elija una carpeta en el disco propio de este ordenador (--data-dir o IMMUNOSEP_DATA_DIR); la forma admitida de compartir registros es un servidor de base de datos compartido del hospital.</translation>
    </message>
    <message>
        <source>The database folder {folder} cannot be used because it is on a network file system ({fstype}).</source>
        <translation>La carpeta de la base de datos {folder} no puede usarse porque está en un sistema de archivos de red ({fstype}).</translation>
    </message>
    <message>
        <source>The data folder {folder} exists but is not a folder.</source>
        <translation>La carpeta de datos {folder} existe, pero no es una carpeta.</translation>
    </message>
    <message>
        <source>The database folder {folder} cannot be used because it is on a network drive or UNC share.</source>
        <translation>La carpeta de la base de datos {folder} no puede usarse porque está en una unidad de red o en un recurso compartido UNC.</translation>
    </message>
    <message>
        <source>The {field} contains bytes that are not valid UTF-8 text; type it again.</source>
        <extracomment>{field}: the name of a stored column, shown as it is</extracomment>
        <translation>El campo {field} contiene bytes que no son texto UTF-8 válido; escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>A reason is needed to mark a record as entered in error.</source>
        <translation>Se requiere un motivo para marcar un registro como registro erróneo.</translation>
    </message>
    <message>
        <source>The patient identifier contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>El identificador del paciente contiene bytes que no son texto UTF-8 válido; escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>The pseudonym contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>El seudónimo contiene bytes que no son texto UTF-8 válido; escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>The correction reason contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>El motivo de la corrección contiene bytes que no son texto UTF-8 válido; escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>The reason contains bytes that are not valid UTF-8 text; type it again.</source>
        <translation>El motivo contiene bytes que no son texto UTF-8 válido; escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>There is no assessment #{id}.</source>
        <translation>No existe la evaluación #{id}.</translation>
    </message>
    <message>
        <source>Assessment #{id} is already marked as entered in error.</source>
        <translation>La evaluación #{id} ya está marcada como registro erróneo.</translation>
    </message>
    <message>
        <source>Record #{id} is already marked as entered in error.</source>
        <translation>El registro #{id} ya está marcado como registro erróneo.</translation>
    </message>
    <message>
        <source>A patient identifier is needed to save an assessment.</source>
        <translation>Se necesita un identificador del paciente para guardar una evaluación.</translation>
    </message>
    <message>
        <source>There is no daily SOFA #{id}.</source>
        <translation>No existe la SOFA diaria #{id}.</translation>
    </message>
    <message>
        <source>There is no death record #{id}.</source>
        <translation>No existe el registro de fallecimiento #{id}.</translation>
    </message>
    <message>
        <source>There is no eligibility checklist #{id}.</source>
        <translation>No existe la lista de verificación de elegibilidad #{id}.</translation>
    </message>
    <message>
        <source>There is no HScore #{id}.</source>
        <translation>No existe el HScore #{id}.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>La SOFA diaria #{id} ya fue corregida por #{newer}; corrija la versión más reciente.</translation>
    </message>
    <message>
        <source>The death record #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>El registro de fallecimiento #{id} ya fue corregido por #{newer}; corrija la versión más reciente.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>La lista de verificación de elegibilidad #{id} ya fue corregida por #{newer}; corrija la versión más reciente.</translation>
    </message>
    <message>
        <source>The HScore #{id} was already corrected by #{newer}; correct the newest version.</source>
        <translation>El HScore #{id} ya fue corregido por #{newer}; corrija la versión más reciente.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>La SOFA diaria #{id} está marcada como registro erróneo; introduzca una nueva en su lugar.</translation>
    </message>
    <message>
        <source>The death record #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>El registro de fallecimiento #{id} está marcado como registro erróneo; introduzca uno nuevo en su lugar.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>La lista de verificación de elegibilidad #{id} está marcada como registro erróneo; introduzca una nueva en su lugar.</translation>
    </message>
    <message>
        <source>The HScore #{id} is marked as entered in error; enter a new one instead.</source>
        <translation>El HScore #{id} está marcado como registro erróneo; introduzca uno nuevo en su lugar.</translation>
    </message>
    <message>
        <source>A reason is needed to correct a daily SOFA.</source>
        <translation>Se requiere un motivo para corregir una SOFA diaria.</translation>
    </message>
    <message>
        <source>A reason is needed to correct a death record.</source>
        <translation>Se requiere un motivo para corregir un registro de fallecimiento.</translation>
    </message>
    <message>
        <source>A reason is needed to correct an eligibility checklist.</source>
        <translation>Se requiere un motivo para corregir una lista de verificación de elegibilidad.</translation>
    </message>
    <message>
        <source>A reason is needed to correct an HScore.</source>
        <translation>Se requiere un motivo para corregir un HScore.</translation>
    </message>
    <message>
        <source>The daily SOFA #{id} belongs to another patient.</source>
        <translation>La SOFA diaria #{id} pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>The death record #{id} belongs to another patient.</source>
        <translation>El registro de fallecimiento #{id} pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>The eligibility checklist #{id} belongs to another patient.</source>
        <translation>La lista de verificación de elegibilidad #{id} pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>The HScore #{id} belongs to another patient.</source>
        <translation>El HScore #{id} pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>SQLite refused WAL journal mode (got {mode}).</source>
        <translation>SQLite rechazó el modo de diario WAL (se obtuvo {mode}).</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened: it or its folder is read-only for this user.</source>
        <translation>La base de datos {file} no puede abrirse: el archivo o su carpeta son de solo lectura para este usuario.</translation>
    </message>
    <message>
        <source>immunoparalysis</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>inmunoparálisis</translation>
    </message>
    <message>
        <source>unclassified</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>no clasificado</translation>
    </message>
    <message>
        <source>Trial day-15 reversal definitions (information only; outcome definitions, not treatment rules):</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Definiciones de reversión del día 15 del ensayo (solo informativas; definiciones de resultado, no reglas de tratamiento):</translation>
    </message>
    <message>
        <source>Immunoparalysis reversal: HLA-DR &gt; 8000 AB/C with ferritin &lt; 4420 ng/mL. 8000 is not the entry threshold (5000 AB/C).</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Reversión de la inmunoparálisis: HLA-DR &gt; 8000 AB/C con ferritina &lt; 4420 ng/mL. 8000 no es el umbral de entrada (5000 AB/C).</translation>
    </message>
    <message>
        <source>MALS reversal: defined by a fall in ferritin with a 15 % threshold; the exact wording has not been verified against the trial&apos;s statistical analysis plan.</source>
        <extracomment>desktop_app.core.trend</extracomment>
        <translation>Reversión de MALS: definida por un descenso de la ferritina con un umbral del 15 %; la redacción exacta no se ha verificado con el plan de análisis estadístico del ensayo.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <source>Criterion of the rule</source>
        <translation>Criterio de la regla</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Valor original</translation>
    </message>
    <message>
        <source>Used by the rule</source>
        <translation>Usado por la regla</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>Hora de extracción</translation>
    </message>
    <message>
        <source>{label} in full (as entered): {value}</source>
        <translation>{label} completo (tal como se introdujo): {value}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de historia clínica</translation>
    </message>
    <message>
        <source>this patient</source>
        <translation>este paciente</translation>
    </message>
    <message>
        <source>Key points of the ImmunoSep evidence</source>
        <translation>Puntos clave de la evidencia de ImmunoSep</translation>
    </message>
    <message>
        <source>doi:{doi} · {registry}</source>
        <translation>doi:{doi} · {registry}</translation>
    </message>
    <message>
        <source>Training case note: {note}</source>
        <translation>Nota del caso de formación: {note}</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>not usable: {unit} cannot be converted to AB/C</source>
        <translation>no utilizable: {unit} no puede convertirse en AB/C</translation>
    </message>
    <message>
        <source>Reviewed by (name)</source>
        <translation>Revisado por (nombre)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Training case note</source>
        <translation>Nota del caso de formación</translation>
    </message>
    <message>
        <source>ImmunoSep trial arm: {arm} (evidence, not an order).</source>
        <translation>Brazo del ensayo ImmunoSep: {arm} (evidencia, no es una prescripción).</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Sin avisos.</translation>
    </message>
    <message>
        <source>Patient label</source>
        <translation>Etiqueta del paciente</translation>
    </message>
    <message>
        <source>No point on the map: ferritin is needed to place the patient.</source>
        <translation>Sin punto en el mapa: se necesita la ferritina para situar al paciente.</translation>
    </message>
    <message>
        <source>Patient: {id}</source>
        <translation>Paciente: {id}</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Conjunto de reglas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>{version}, cut-off {cutoff}</source>
        <translation>{version}, fecha de corte {cutoff}</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Generado por</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Estación de trabajo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Values from</source>
        <translation>Valores de</translation>
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
            <numerusform>{n} valor de ferritina de 0 ng/mL no puede representarse en el eje logarítmico.</numerusform>
            <numerusform>{n} valores de ferritina de 0 ng/mL no pueden representarse en el eje logarítmico.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {patient} — {result}</source>
        <translation>Fila {row}: {patient} — {result}</translation>
    </message>
    <message>
        <source>{entry} — near threshold</source>
        <translation>{entry} — cerca del umbral</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Near a threshold</source>
        <translation>Cerca de un umbral</translation>
    </message>
    <message>
        <source>Rejected at import</source>
        <translation>Rechazadas en la importación</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>Informes escritos</translation>
    </message>
    <message>
        <source>Reports failed</source>
        <translation>Informes fallidos</translation>
    </message>
    <message>
        <source>Not done (cancelled)</source>
        <translation>No realizados (cancelado)</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <source>ImmunoSep reports: {source}</source>
        <translation>Informes ImmunoSep: {source}</translation>
    </message>
    <message>
        <source>corrects #{id}: {reason}</source>
        <translation>corrige #{id}: {reason}</translation>
    </message>
    <message>
        <source>superseded by #{id}</source>
        <translation>sustituido por #{id}</translation>
    </message>
    <message>
        <source>MALS</source>
        <extracomment>desktop_app.core.charts | desktop_app.core.trend</extracomment>
        <translation>MALS</translation>
    </message>
    <message>
        <source>Immunoparalysis</source>
        <extracomment>desktop_app.core.charts</extracomment>
        <translation>Inmunoparálisis</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <extracomment>desktop_app.core.charts</extracomment>
        <translation>No clasificado</translation>
    </message>
    <message>
        <source>Cannot classify</source>
        <extracomment>| desktop_app.core.charts</extracomment>
        <translation>Clasificación imposible</translation>
    </message>
    <message>
        <source>MALS (macrophage activation-like syndrome)</source>
        <extracomment>Phenotype.MALS label</extracomment>
        <translation>MALS (síndrome similar a la activación macrofágica)</translation>
    </message>
    <message>
        <source>Immunoparalysis (sepsis-induced)</source>
        <extracomment>Phenotype.IMMUNOPARALYSIS label</extracomment>
        <translation>Inmunoparálisis (inducida por la sepsis)</translation>
    </message>
    <message>
        <source>Unclassified (neither ImmunoSep phenotype)</source>
        <extracomment>Phenotype.UNCLASSIFIED label</extracomment>
        <translation>No clasificado (ninguno de los fenotipos ImmunoSep)</translation>
    </message>
    <message>
        <source>anakinra</source>
        <extracomment>TreatmentArm.ANAKINRA label</extracomment>
        <translation>anakinra</translation>
    </message>
    <message>
        <source>recombinant interferon-γ</source>
        <extracomment>TreatmentArm.INTERFERON_GAMMA label</extracomment>
        <translation>interferón-γ recombinante</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>{name} message</source>
        <translation>Mensaje: {name}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>MALS: ferritin far above 4420</source>
        <comment>DEMO-001/title</comment>
        <extracomment>Training case DEMO-001, title</extracomment>
        <translation>MALS: ferritina muy por encima de 4420</translation>
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
        <translation>Una ferritina &gt; 4420 ng/mL es MALS sea cual sea el HLA-DR. El HLA-DR aparece en la tabla de criterios, pero no es necesario para esta decisión.</translation>
    </message>
    <message>
        <source>Immunoparalysis: low HLA-DR, ferritin not high</source>
        <comment>DEMO-002/title</comment>
        <extracomment>Training case DEMO-002, title</extracomment>
        <translation>Inmunoparálisis: HLA-DR bajo, ferritina no elevada</translation>
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
        <translation>La inmunoparálisis requiere ambas cosas: ferritina ≤ 4420 ng/mL (por tanto, no MALS) y HLA-DR &lt; 5000 anticuerpos unidos por monocito.</translation>
    </message>
    <message>
        <source>Unclassified: neither phenotype</source>
        <comment>DEMO-003/title</comment>
        <extracomment>Training case DEMO-003, title</extracomment>
        <translation>No clasificado: ninguno de los dos fenotipos</translation>
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
        <translation>Un resultado real, no un rechazo: los valores están completos y no encajan en ningún estrato. El ensayo no incluyó a estos pacientes, por lo que su evidencia no se aplica.</translation>
    </message>
    <message>
        <source>Both criteria met: MALS takes precedence</source>
        <comment>DEMO-004/title</comment>
        <extracomment>Training case DEMO-004, title</extracomment>
        <translation>Se cumplen ambos criterios: prevalece MALS</translation>
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
        <translation>Ferritina &gt; 4420 y HLA-DR &lt; 5000: como en el protocolo del ensayo, el paciente es MALS (brazo de anakinra), no inmunoparálisis. µg/L equivale a ng/mL.</translation>
    </message>
    <message>
        <source>Cannot classify: ferritin missing</source>
        <comment>DEMO-005/title</comment>
        <extracomment>Training case DEMO-005, title</extracomment>
        <translation>Clasificación imposible: falta la ferritina</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-005/topic</comment>
        <extracomment>Training case DEMO-005, topic</extracomment>
        <translation>clasificación imposible</translation>
    </message>
    <message>
        <source>A low HLA-DR alone is not immunoparalysis: ferritin must first rule out MALS. The app refuses rather than guesses.</source>
        <comment>DEMO-005/note</comment>
        <extracomment>Training case DEMO-005, note</extracomment>
        <translation>Un HLA-DR bajo por sí solo no es inmunoparálisis: la ferritina debe descartar primero MALS. La aplicación se niega antes que adivinar.</translation>
    </message>
    <message>
        <source>Cannot classify: censored ferritin spans 4420</source>
        <comment>DEMO-006/title</comment>
        <extracomment>Training case DEMO-006, title</extracomment>
        <translation>Clasificación imposible: ferritina censurada que abarca 4420</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-006/topic</comment>
        <extracomment>Training case DEMO-006, topic</extracomment>
        <translation>clasificación imposible</translation>
    </message>
    <message>
        <source>&quot;&gt;3000&quot; could be 3500 (not MALS) or 9000 (MALS). A censored value decides only when its whole range lies on one side of the threshold; ask the lab for the exact value.</source>
        <comment>DEMO-006/note</comment>
        <extracomment>Training case DEMO-006, note</extracomment>
        <translation>«&gt;3000» podría ser 3500 (no MALS) o 9000 (MALS). Un valor censurado solo decide cuando todo su intervalo queda a un lado del umbral; pida al laboratorio el valor exacto.</translation>
    </message>
    <message>
        <source>Cannot classify: HLA-DR missing</source>
        <comment>DEMO-007/title</comment>
        <extracomment>Training case DEMO-007, title</extracomment>
        <translation>Clasificación imposible: falta el HLA-DR</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-007/topic</comment>
        <extracomment>Training case DEMO-007, topic</extracomment>
        <translation>clasificación imposible</translation>
    </message>
    <message>
        <source>Ferritin ≤ 4420 rules out MALS; whether the patient is immunoparalysed or unclassified depends on HLA-DR, which is not available yet.</source>
        <comment>DEMO-007/note</comment>
        <extracomment>Training case DEMO-007, note</extracomment>
        <translation>Una ferritina ≤ 4420 descarta MALS; que el paciente tenga inmunoparálisis o quede no clasificado depende del HLA-DR, que aún no está disponible.</translation>
    </message>
    <message>
        <source>Cannot classify: HLA-DR in % positive monocytes</source>
        <comment>DEMO-008/title</comment>
        <extracomment>Training case DEMO-008, title</extracomment>
        <translation>Clasificación imposible: HLA-DR en % de monocitos positivos</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-008/topic</comment>
        <extracomment>Training case DEMO-008, topic</extracomment>
        <translation>clasificación imposible</translation>
    </message>
    <message>
        <source>45 % HLA-DR-positive monocytes is a different quantity from antibodies bound per cell; read as AB/C it would falsely look like immunoparalysis. Only QuantiBRITE AB/C can be used.</source>
        <comment>DEMO-008/note</comment>
        <extracomment>Training case DEMO-008, note</extracomment>
        <translation>Un 45 % de monocitos HLA-DR positivos es una magnitud distinta de los anticuerpos unidos por célula; leído como AB/C parecería erróneamente una inmunoparálisis. Solo pueden usarse AB/C de QuantiBRITE.</translation>
    </message>
    <message>
        <source>Cannot classify: censored HLA-DR spans 5000</source>
        <comment>DEMO-009/title</comment>
        <extracomment>Training case DEMO-009, title</extracomment>
        <translation>Clasificación imposible: HLA-DR censurado que abarca 5000</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-009/topic</comment>
        <extracomment>Training case DEMO-009, topic</extracomment>
        <translation>clasificación imposible</translation>
    </message>
    <message>
        <source>&quot;&lt;8000&quot; could be 3000 (immunoparalysis) or 6000 (unclassified): the exact value is needed.</source>
        <comment>DEMO-009/note</comment>
        <extracomment>Training case DEMO-009, note</extracomment>
        <translation>«&lt;8000» podría ser 3000 (inmunoparálisis) o 6000 (no clasificado): se necesita el valor exacto.</translation>
    </message>
    <message>
        <source>Cannot classify: age under 18</source>
        <comment>DEMO-010/title</comment>
        <extracomment>Training case DEMO-010, title</extracomment>
        <translation>Clasificación imposible: edad inferior a 18 años</translation>
    </message>
    <message>
        <source>cannot classify</source>
        <comment>DEMO-010/topic</comment>
        <extracomment>Training case DEMO-010, topic</extracomment>
        <translation>clasificación imposible</translation>
    </message>
    <message>
        <source>ImmunoSep enrolled adults only, and HLA-DR differs in children: no phenotype is given, even though the values alone would meet the MALS criterion.</source>
        <comment>DEMO-010/note</comment>
        <extracomment>Training case DEMO-010, note</extracomment>
        <translation>ImmunoSep solo incluyó adultos y el HLA-DR es distinto en los niños: no se da ningún fenotipo, aunque los valores por sí solos cumplirían el criterio MALS.</translation>
    </message>
    <message>
        <source>Censored ferritin that decides: &gt;40000</source>
        <comment>DEMO-011/title</comment>
        <extracomment>Training case DEMO-011, title</extracomment>
        <translation>Ferritina censurada que decide: &gt;40000</translation>
    </message>
    <message>
        <source>censored values</source>
        <comment>DEMO-011/topic</comment>
        <extracomment>Training case DEMO-011, topic</extracomment>
        <translation>valores censurados</translation>
    </message>
    <message>
        <source>Above the assay&apos;s range, &quot;&gt;40000&quot; is still certainly &gt; 4420: MALS. HLA-DR is not needed. The map draws an open marker with an arrow to the right.</source>
        <comment>DEMO-011/note</comment>
        <extracomment>Training case DEMO-011, note</extracomment>
        <translation>Por encima del intervalo de medida, «&gt;40000» sigue siendo con seguridad &gt; 4420: MALS. El HLA-DR no es necesario. El mapa dibuja un marcador hueco con una flecha hacia la derecha.</translation>
    </message>
    <message>
        <source>Censored values that decide: &lt;500 and &lt;1000</source>
        <comment>DEMO-012/title</comment>
        <extracomment>Training case DEMO-012, title</extracomment>
        <translation>Valores censurados que deciden: &lt;500 y &lt;1000</translation>
    </message>
    <message>
        <source>censored values</source>
        <comment>DEMO-012/topic</comment>
        <extracomment>Training case DEMO-012, topic</extracomment>
        <translation>valores censurados</translation>
    </message>
    <message>
        <source>Both bounds lie wholly on one side of their thresholds, so both criteria are decided. The comparator is kept and shown everywhere.</source>
        <comment>DEMO-012/note</comment>
        <extracomment>Training case DEMO-012, note</extracomment>
        <translation>Ambos límites quedan por completo a un lado de sus umbrales, por lo que ambos criterios quedan decididos. El comparador se conserva y se muestra en todas partes.</translation>
    </message>
    <message>
        <source>pmol/L just above the MALS threshold</source>
        <comment>DEMO-013/title</comment>
        <extracomment>Training case DEMO-013, title</extracomment>
        <translation>pmol/L justo por encima del umbral de MALS</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-013/topic</comment>
        <extracomment>Training case DEMO-013, topic</extracomment>
        <translation>conversión de unidades</translation>
    </message>
    <message>
        <source>9932 pmol/L ÷ 2.247 ≈ 4420.12 ng/mL: MALS, but within 10 % of the threshold, so a repeat test may be wise. The converted value is shown next to the value as entered.</source>
        <comment>DEMO-013/note</comment>
        <extracomment>Training case DEMO-013, note</extracomment>
        <translation>9932 pmol/L ÷ 2,247 ≈ 4420,12 ng/mL: MALS, pero a menos del 10 % del umbral, por lo que puede ser prudente repetir la prueba. El valor convertido se muestra junto al valor tal como se introdujo.</translation>
    </message>
    <message>
        <source>pmol/L just below: the unit changes the drug</source>
        <comment>DEMO-014/title</comment>
        <extracomment>Training case DEMO-014, title</extracomment>
        <translation>pmol/L justo por debajo: la unidad cambia el fármaco</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-014/topic</comment>
        <extracomment>Training case DEMO-014, topic</extracomment>
        <translation>conversión de unidades</translation>
    </message>
    <message>
        <source>9931 pmol/L ≈ 4419.67 ng/mL is not MALS. Read as ng/mL, the same number would have meant MALS (anakinra) instead of immunoparalysis (interferon-γ): always check the unit.</source>
        <comment>DEMO-014/note</comment>
        <extracomment>Training case DEMO-014, note</extracomment>
        <translation>9931 pmol/L ≈ 4419,67 ng/mL no es MALS. Leído como ng/mL, el mismo número habría significado MALS (anakinra) en lugar de inmunoparálisis (interferón-γ): compruebe siempre la unidad.</translation>
    </message>
    <message>
        <source>Legacy unit µg/dL</source>
        <comment>DEMO-015/title</comment>
        <extracomment>Training case DEMO-015, title</extracomment>
        <translation>Unidad antigua µg/dL</translation>
    </message>
    <message>
        <source>unit conversion</source>
        <comment>DEMO-015/topic</comment>
        <extracomment>Training case DEMO-015, topic</extracomment>
        <translation>conversión de unidades</translation>
    </message>
    <message>
        <source>520 µg/dL × 10 = 5200 ng/mL: MALS. Read as ng/mL, 520 would have looked unremarkable and MALS would have been missed.</source>
        <comment>DEMO-015/note</comment>
        <extracomment>Training case DEMO-015, note</extracomment>
        <translation>520 µg/dL × 10 = 5200 ng/mL: MALS. Leído como ng/mL, 520 habría parecido anodino y el MALS se habría pasado por alto.</translation>
    </message>
    <message>
        <source>HLA-DR near 5000</source>
        <comment>DEMO-016/title</comment>
        <extracomment>Training case DEMO-016, title</extracomment>
        <translation>HLA-DR cerca de 5000</translation>
    </message>
    <message>
        <source>near threshold</source>
        <comment>DEMO-016/topic</comment>
        <extracomment>Training case DEMO-016, topic</extracomment>
        <translation>cerca del umbral</translation>
    </message>
    <message>
        <source>4900 is below 5000, so the criterion is met; but the inter-laboratory CV of HLA-DR is 15-25 %, so the warning suggests a repeat test. Warnings never change the phenotype.</source>
        <comment>DEMO-016/note</comment>
        <extracomment>Training case DEMO-016, note</extracomment>
        <translation>4900 está por debajo de 5000, así que el criterio se cumple; pero el CV entre laboratorios del HLA-DR es del 15–25 %, por lo que el aviso sugiere repetir la prueba. Los avisos nunca cambian el fenotipo.</translation>
    </message>
    <message>
        <source>Exactly on both thresholds</source>
        <comment>DEMO-017/title</comment>
        <extracomment>Training case DEMO-017, title</extracomment>
        <translation>Exactamente en ambos umbrales</translation>
    </message>
    <message>
        <source>near threshold</source>
        <comment>DEMO-017/topic</comment>
        <extracomment>Training case DEMO-017, topic</extracomment>
        <translation>cerca del umbral</translation>
    </message>
    <message>
        <source>The thresholds are strict: ferritin 4420 is not &gt; 4420 and HLA-DR 5000 is not &lt; 5000, so neither criterion is met.</source>
        <comment>DEMO-017/note</comment>
        <extracomment>Training case DEMO-017, note</extracomment>
        <translation>Los umbrales son estrictos: una ferritina de 4420 no es &gt; 4420 y un HLA-DR de 5000 no es &lt; 5000, así que no se cumple ningún criterio.</translation>
    </message>
    <message>
        <source>Samples taken two days apart</source>
        <comment>DEMO-018/title</comment>
        <extracomment>Training case DEMO-018, title</extracomment>
        <translation>Muestras extraídas con dos días de diferencia</translation>
    </message>
    <message>
        <source>sample times</source>
        <comment>DEMO-018/topic</comment>
        <extracomment>Training case DEMO-018, topic</extracomment>
        <translation>horas de extracción</translation>
    </message>
    <message>
        <source>Ferritin and HLA-DR drawn 49.5 h apart may reflect different immune states. The phenotype stands, with a prominent warning.</source>
        <comment>DEMO-018/note</comment>
        <extracomment>Training case DEMO-018, note</extracomment>
        <translation>Una ferritina y un HLA-DR extraídos con 49,5 h de diferencia pueden reflejar estados inmunitarios distintos. El fenotipo se mantiene, con un aviso destacado.</translation>
    </message>
    <message>
        <source>HLA-DR processed too late</source>
        <comment>DEMO-019/title</comment>
        <extracomment>Training case DEMO-019, title</extracomment>
        <translation>HLA-DR procesado demasiado tarde</translation>
    </message>
    <message>
        <source>sample times</source>
        <comment>DEMO-019/topic</comment>
        <extracomment>Training case DEMO-019, topic</extracomment>
        <translation>horas de extracción</translation>
    </message>
    <message>
        <source>QuantiBRITE staining should start within 4 h of sampling (EDTA, on ice); a 7.5 h delay makes the value unreliable.</source>
        <comment>DEMO-019/note</comment>
        <extracomment>Training case DEMO-019, note</extracomment>
        <translation>El marcaje de QuantiBRITE debe iniciarse en las 4 h siguientes a la extracción (EDTA, en hielo); un retraso de 7,5 h hace que el valor no sea fiable.</translation>
    </message>
    <message>
        <source>MALS with HLA-DR in % (not needed)</source>
        <comment>DEMO-020/title</comment>
        <extracomment>Training case DEMO-020, title</extracomment>
        <translation>MALS con HLA-DR en % (no necesario)</translation>
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
        <translation>El HLA-DR en % no puede usarse, pero no es necesario: la ferritina sola decide MALS. Compárelo con DEMO-008, donde la misma unidad bloquea el resultado.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — synthetic data</source>
        <translation>FORMACIÓN — datos sintéticos</translation>
    </message>
    <message>
        <source>Not for clinical use. Demo cases are invented; nothing entered here is mixed with clinical data.</source>
        <translation>No apto para uso clínico. Los casos de demostración son inventados; nada de lo introducido aquí se mezcla con datos clínicos.</translation>
    </message>
</context>
<context>
    <name>TrendChartWidget</name>
    <message>
        <source>No values to draw yet: the trend appears here once an assessment with ferritin or HLA-DR has been saved for this patient.</source>
        <translation>Aún no hay valores que dibujar: la evolución aparece aquí en cuanto se guarda para este paciente una evaluación con ferritina o HLA-DR.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Ferritin, ng/mL (logarithmic scale)</source>
        <translation>Ferritina, ng/mL (escala logarítmica)</translation>
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
        <translation>valor exacto</translation>
    </message>
    <message>
        <source>greater than (above the assay&apos;s range)</source>
        <translation>mayor que (por encima del intervalo de medida)</translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation>mayor o igual que</translation>
    </message>
    <message>
        <source>less than (below the assay&apos;s range)</source>
        <translation>menor que (por debajo del intervalo de medida)</translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation>menor o igual que</translation>
    </message>
    <message>
        <source>{name} comparator</source>
        <translation>Comparador de {name}</translation>
    </message>
    <message>
        <source>{name} value</source>
        <translation>Valor de {name}</translation>
    </message>
    <message>
        <source>unit?</source>
        <translation>¿unidad?</translation>
    </message>
    <message>
        <source>{name} unit</source>
        <translation>Unidad de {name}</translation>
    </message>
    <message>
        <source>Unit of {name} as printed on the lab report: {units}. Type its first letters (u for µ) or open the list with Alt+↓; the mouse wheel never changes it.</source>
        <translation>Unidad de {name} tal como figura en el informe del laboratorio: {units}. Escriba sus primeras letras (u para µ) o abra la lista con Alt+↓; la rueda del ratón nunca la cambia.</translation>
    </message>
    <message>
        <source>{name} unit change</source>
        <translation>Cambio de unidad de {name}</translation>
    </message>
    <message>
        <source>{name} message</source>
        <translation>Mensaje: {name}</translation>
    </message>
    <message>
        <source>comparator chosen in the box (&apos;{chosen}&apos;) and typed in the value (&apos;{typed}&apos;); keep only one of them</source>
        <translation>comparador elegido en la lista (&apos;{chosen}&apos;) y escrito en el valor (&apos;{typed}&apos;); conserve solo uno de los dos</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>check</source>
        <translation>revisar</translation>
    </message>
    <message>
        <source>Unit changed from {before} to {after}: the value is now read as {reading}.</source>
        <translation>Unidad cambiada de {before} a {after}: el valor se interpreta ahora como {reading}.</translation>
    </message>
    <message>
        <source>Unit changed from {before} to {after}; see the message below.</source>
        <translation>Unidad cambiada de {before} a {after}; véase el mensaje de abajo.</translation>
    </message>
    <message>
        <source>Comparator of a censored result (= for an exact value). Type it (&gt;, &lt;, &gt;=, &lt;=) or open the list with Alt+↓; you can also type it in front of the number, e.g. &gt;40000, but not both.</source>
        <translation>Comparador de un resultado censurado (= para un valor exacto). Escríbalo (&gt;, &lt;, &gt;=, &lt;=) o abra la lista con Alt+↓; también puede escribirlo delante del número, p. ej. &gt;40000, pero no ambas cosas.</translation>
    </message>
    <message>
        <source>Comparator typed in the value</source>
        <translation>Comparador escrito en el valor</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>_ChartSlot</name>
    <message>
        <source>{name} title</source>
        <translation>Título: {name}</translation>
    </message>
    <message>
        <source>{name}: loading…</source>
        <translation>{name}: cargando…</translation>
    </message>
    <message>
        <source>{name} note</source>
        <translation>Nota: {name}</translation>
    </message>
</context>
</TS>

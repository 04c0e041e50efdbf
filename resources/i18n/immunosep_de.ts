<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Further exclusions (e.g. a corticosteroid-dose limit) could not be verified.</source>
        <comment>trial/key_exclusions/3</comment>
        <extracomment>immunosep.json trial/key_exclusions/3</extracomment>
        <translation>Weitere Ausschlusskriterien (z. B. eine Höchstdosis für Kortikosteroide) konnten nicht verifiziert werden.</translation>
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
        <source>355 of 672 screened patients fitted neither phenotype (label of that exclusion box not verified).</source>
        <comment>trial/limits/2</comment>
        <extracomment>immunosep.json trial/limits/2</extracomment>
        <translation>355 von 672 gescreenten Patienten passten zu keinem der beiden Phänotypen (Beschriftung dieses Ausschlussfeldes nicht verifiziert).</translation>
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
        <source>More anaemia with anakinra than with placebo (exact counts not verified).</source>
        <comment>arms/anakinra/safety/0</comment>
        <extracomment>immunosep.json arms/anakinra/safety/0</extracomment>
        <translation>Mehr Anämie unter Anakinra als unter Placebo (genaue Zahlen nicht verifiziert).</translation>
    </message>
    <message>
        <source>Serious adverse events in 20 of 25 anakinra-treated and 21 of 23 placebo MALS patients (stratum attribution inferred).</source>
        <comment>arms/anakinra/safety/1</comment>
        <extracomment>immunosep.json arms/anakinra/safety/1</extracomment>
        <translation>Schwerwiegende unerwünschte Ereignisse bei 20 von 25 mit Anakinra und 21 von 23 mit Placebo behandelten MALS-Patienten (Zuordnung zu den Strata erschlossen).</translation>
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
        <source>Serious adverse events in 96 of 106 interferon-γ-treated and 108 of 122 placebo immunoparalysis patients (stratum attribution inferred).</source>
        <comment>arms/interferon_gamma/safety/2</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/2</extracomment>
        <translation>Schwerwiegende unerwünschte Ereignisse bei 96 von 106 mit Interferon-γ und 108 von 122 mit Placebo behandelten Patienten mit Immunparalyse (Zuordnung zu den Strata erschlossen).</translation>
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
        <source>Circulating summaries that say &apos;267 patients&apos;, or placebo denominators of 131, are wrong: 276 were analysed (131 precision immunotherapy, 145 placebo).</source>
        <comment>published_discrepancies/3</comment>
        <extracomment>immunosep.json published_discrepancies/3</extracomment>
        <translation>Kursierende Zusammenfassungen mit „267 Patienten“ oder Placebo-Nennern von 131 sind falsch: 276 wurden ausgewertet (131 Präzisionsimmuntherapie, 145 Placebo).</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Ferritin is needed: every ImmunoSep phenotype starts from ferritin (&gt; {f_thr} is MALS).</source>
        <comment>ferritin_missing</comment>
        <extracomment>Finding ferritin_missing. Fields: f_thr.</extracomment>
        <translation>Ferritin wird benötigt: Jeder ImmunoSep-Phänotyp geht vom Ferritin aus (&gt; {f_thr} ist MALS).</translation>
    </message>
    <message>
        <source>Ferritin {ferritin_entered} could be above or below {f_thr}; an exact value, or a bound that lies wholly on one side of {f_thr}, is needed.</source>
        <comment>ferritin_indeterminate</comment>
        <extracomment>Finding ferritin_indeterminate. Fields: f_thr, ferritin_entered.</extracomment>
        <translation>Ferritin {ferritin_entered} könnte über oder unter {f_thr} liegen; benötigt wird ein exakter Wert oder eine Grenze, die vollständig auf einer Seite von {f_thr} liegt.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is &gt; {f_thr}: MALS criterion met.</source>
        <comment>ferritin_above_threshold</comment>
        <extracomment>Finding ferritin_above_threshold. Fields: f_thr, ferritin.</extracomment>
        <translation>Ferritin {ferritin} ist &gt; {f_thr}: MALS-Kriterium erfüllt.</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {h_thr} too: both criteria are met and MALS takes precedence, as in the trial.</source>
        <comment>both_criteria_met</comment>
        <extracomment>Finding both_criteria_met. Fields: h_thr.</extracomment>
        <translation>Auch HLA-DR &lt; {h_thr}: Beide Kriterien sind erfüllt, und MALS hat Vorrang, wie in der Studie.</translation>
    </message>
    <message>
        <source>HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because ferritin {ferritin} is ≤ {f_thr}.</source>
        <comment>hla_dr_missing</comment>
        <extracomment>Finding hla_dr_missing. Fields: f_thr, ferritin.</extracomment>
        <translation>HLA-DR in Antikörpern pro Zelle (AB/C, QuantiBRITE) wird benötigt, weil Ferritin {ferritin} ≤ {f_thr} ist.</translation>
    </message>
    <message>
        <source>HLA-DR was given as {hla_dr_unit}, which cannot be converted to antibodies bound per cell; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {f_thr}.</source>
        <comment>hla_dr_not_ab_per_cell</comment>
        <extracomment>Finding hla_dr_not_ab_per_cell. Fields: f_thr, ferritin, hla_dr_unit.</extracomment>
        <translation>HLA-DR wurde als {hla_dr_unit} angegeben, das sich nicht in gebundene Antikörper pro Zelle umrechnen lässt; HLA-DR in AB/C wird benötigt, weil Ferritin {ferritin} ≤ {f_thr} ist.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} could be above or below {h_thr}; an exact value is needed because ferritin {ferritin} is ≤ {f_thr}.</source>
        <comment>hla_dr_indeterminate</comment>
        <extracomment>Finding hla_dr_indeterminate. Fields: f_thr, ferritin, h_thr, hla_dr.</extracomment>
        <translation>HLA-DR {hla_dr} könnte über oder unter {h_thr} liegen; ein exakter Wert wird benötigt, weil Ferritin {ferritin} ≤ {f_thr} ist.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is ≤ {f_thr}: MALS criterion not met.</source>
        <comment>ferritin_at_or_below_threshold</comment>
        <extracomment>Finding ferritin_at_or_below_threshold. Fields: f_thr, ferritin.</extracomment>
        <translation>Ferritin {ferritin} ist ≤ {f_thr}: MALS-Kriterium nicht erfüllt.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is &lt; {h_thr}: immunoparalysis criteria met.</source>
        <comment>hla_dr_below_threshold</comment>
        <extracomment>Finding hla_dr_below_threshold. Fields: h_thr, hla_dr.</extracomment>
        <translation>HLA-DR {hla_dr} ist &lt; {h_thr}: Kriterien der Immunparalyse erfüllt.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is ≥ {h_thr}: neither phenotype; the ImmunoSep evidence does not apply.</source>
        <comment>hla_dr_at_or_above_threshold</comment>
        <extracomment>Finding hla_dr_at_or_above_threshold. Fields: h_thr, hla_dr.</extracomment>
        <translation>HLA-DR {hla_dr} ist ≥ {h_thr}: keiner der beiden Phänotypen; die ImmunoSep-Evidenz gilt nicht.</translation>
    </message>
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
        <source>The {name} time {when} is in the future; check the date and time.</source>
        <comment>sample_time_in_future</comment>
        <extracomment>Finding sample_time_in_future. Fields: name, when.</extracomment>
        <translation>Zeitpunkt {name} {when} liegt in der Zukunft; Datum und Uhrzeit prüfen.</translation>
    </message>
    <message>
        <source>The rule could not be applied to these inputs.</source>
        <comment>internal_error</comment>
        <extracomment>Finding internal_error.</extracomment>
        <translation>Die Regel konnte auf diese Eingaben nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is within {f_band} % of {f_threshold} ng/mL; ferritin assays differ between methods, so a repeat test may be wise.</source>
        <comment>ferritin_near_threshold</comment>
        <extracomment>Finding ferritin_near_threshold. Fields: f_band, f_threshold, ferritin.</extracomment>
        <translation>Ferritin {ferritin} liegt innerhalb von {f_band} % um {f_threshold} ng/mL; Ferritin-Tests unterscheiden sich je nach Methode, daher kann eine Wiederholung der Messung sinnvoll sein.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is within {h_band} % of {h_thr}; the inter-laboratory CV is 15-25 %, so a repeat test may be wise.</source>
        <comment>hla_dr_near_threshold</comment>
        <extracomment>Finding hla_dr_near_threshold. Fields: h_band, h_thr, hla_dr.</extracomment>
        <translation>HLA-DR {hla_dr} liegt innerhalb von {h_band} % um {h_thr}; der Variationskoeffizient zwischen Laboren beträgt 15–25 %, daher kann eine Wiederholung der Messung sinnvoll sein.</translation>
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
        <source>Ferritin and HLA-DR were sampled {gap} apart (more than {max_interval}); they may reflect different immune states.</source>
        <comment>samples_far_apart</comment>
        <extracomment>Finding samples_far_apart. Fields: gap, max_interval.</extracomment>
        <translation>Ferritin und HLA-DR wurden im Abstand von {gap} entnommen (mehr als {max_interval}); sie können unterschiedliche Immunzustände widerspiegeln.</translation>
    </message>
    <message>
        <source>The HLA-DR processing time is before its sample time; check both times.</source>
        <comment>hla_dr_processed_before_sampled</comment>
        <extracomment>Finding hla_dr_processed_before_sampled.</extracomment>
        <translation>Der Verarbeitungszeitpunkt von HLA-DR liegt vor dem Entnahmezeitpunkt; beide Zeiten prüfen.</translation>
    </message>
    <message>
        <source>HLA-DR was processed {delay} after sampling (more than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h).</source>
        <comment>hla_dr_processing_delay</comment>
        <extracomment>Finding hla_dr_processing_delay. Fields: delay, max_delay.</extracomment>
        <translation>HLA-DR wurde {delay} nach der Entnahme verarbeitet (mehr als {max_delay}); die Werte können unzuverlässig sein (QuantiBRITE: EDTA, auf Eis, Färbung innerhalb von 4 h).</translation>
    </message>
    <message>
        <source>Age not given: ImmunoSep enrolled adults (≥ {min_age} years) only.</source>
        <comment>age_not_given</comment>
        <extracomment>Finding age_not_given. Fields: min_age.</extracomment>
        <translation>Alter nicht angegeben: ImmunoSep hat nur Erwachsene (≥ {min_age} Jahre) eingeschlossen.</translation>
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
    <name>Text</name>
    <message>
        <source>Translation reviewed by {reviewer} on {date}.</source>
        <translation>Übersetzung geprüft von {reviewer} am {date}.</translation>
    </message>
    <message>
        <source>Translation pending clinical review.</source>
        <translation>Übersetzung: klinische Prüfung ausstehend.</translation>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <source>Further exclusions (e.g. a corticosteroid-dose limit) could not be verified.</source>
        <comment>trial/key_exclusions/3</comment>
        <extracomment>immunosep.json trial/key_exclusions/3</extracomment>
        <translation>Verdere exclusiecriteria (bijv. een maximale corticosteroïddosis) konden niet worden geverifieerd.</translation>
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
        <source>355 of 672 screened patients fitted neither phenotype (label of that exclusion box not verified).</source>
        <comment>trial/limits/2</comment>
        <extracomment>immunosep.json trial/limits/2</extracomment>
        <translation>355 van de 672 gescreende patiënten pasten bij geen van beide fenotypen (label van dat exclusievak niet geverifieerd).</translation>
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
        <source>More anaemia with anakinra than with placebo (exact counts not verified).</source>
        <comment>arms/anakinra/safety/0</comment>
        <extracomment>immunosep.json arms/anakinra/safety/0</extracomment>
        <translation>Meer anemie met anakinra dan met placebo (exacte aantallen niet geverifieerd).</translation>
    </message>
    <message>
        <source>Serious adverse events in 20 of 25 anakinra-treated and 21 of 23 placebo MALS patients (stratum attribution inferred).</source>
        <comment>arms/anakinra/safety/1</comment>
        <extracomment>immunosep.json arms/anakinra/safety/1</extracomment>
        <translation>Ernstige ongewenste voorvallen bij 20 van 25 met anakinra en 21 van 23 met placebo behandelde MALS-patiënten (toewijzing aan strata afgeleid).</translation>
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
        <source>Serious adverse events in 96 of 106 interferon-γ-treated and 108 of 122 placebo immunoparalysis patients (stratum attribution inferred).</source>
        <comment>arms/interferon_gamma/safety/2</comment>
        <extracomment>immunosep.json arms/interferon_gamma/safety/2</extracomment>
        <translation>Ernstige ongewenste voorvallen bij 96 van 106 met interferon-γ en 108 van 122 met placebo behandelde patiënten met immunoparalyse (toewijzing aan strata afgeleid).</translation>
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
        <source>Circulating summaries that say &apos;267 patients&apos;, or placebo denominators of 131, are wrong: 276 were analysed (131 precision immunotherapy, 145 placebo).</source>
        <comment>published_discrepancies/3</comment>
        <extracomment>immunosep.json published_discrepancies/3</extracomment>
        <translation>Circulerende samenvattingen die &apos;267 patiënten&apos; of placebonoemers van 131 noemen, zijn onjuist: 276 werden geanalyseerd (131 precisie-immunotherapie, 145 placebo).</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Ferritin is needed: every ImmunoSep phenotype starts from ferritin (&gt; {f_thr} is MALS).</source>
        <comment>ferritin_missing</comment>
        <extracomment>Finding ferritin_missing. Fields: f_thr.</extracomment>
        <translation>Ferritine is nodig: elk ImmunoSep-fenotype begint bij ferritine (&gt; {f_thr} is MALS).</translation>
    </message>
    <message>
        <source>Ferritin {ferritin_entered} could be above or below {f_thr}; an exact value, or a bound that lies wholly on one side of {f_thr}, is needed.</source>
        <comment>ferritin_indeterminate</comment>
        <extracomment>Finding ferritin_indeterminate. Fields: f_thr, ferritin_entered.</extracomment>
        <translation>Ferritine {ferritin_entered} kan boven of onder {f_thr} liggen; een exacte waarde, of een grens die geheel aan één kant van {f_thr} ligt, is nodig.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is &gt; {f_thr}: MALS criterion met.</source>
        <comment>ferritin_above_threshold</comment>
        <extracomment>Finding ferritin_above_threshold. Fields: f_thr, ferritin.</extracomment>
        <translation>Ferritine {ferritin} is &gt; {f_thr}: MALS-criterium vervuld.</translation>
    </message>
    <message>
        <source>HLA-DR &lt; {h_thr} too: both criteria are met and MALS takes precedence, as in the trial.</source>
        <comment>both_criteria_met</comment>
        <extracomment>Finding both_criteria_met. Fields: h_thr.</extracomment>
        <translation>Ook HLA-DR &lt; {h_thr}: beide criteria zijn vervuld en MALS heeft voorrang, zoals in de studie.</translation>
    </message>
    <message>
        <source>HLA-DR in antibodies per cell (AB/C, QuantiBRITE) is needed because ferritin {ferritin} is ≤ {f_thr}.</source>
        <comment>hla_dr_missing</comment>
        <extracomment>Finding hla_dr_missing. Fields: f_thr, ferritin.</extracomment>
        <translation>HLA-DR in antilichamen per cel (AB/C, QuantiBRITE) is nodig omdat ferritine {ferritin} ≤ {f_thr} is.</translation>
    </message>
    <message>
        <source>HLA-DR was given as {hla_dr_unit}, which cannot be converted to antibodies bound per cell; HLA-DR in AB/C is needed because ferritin {ferritin} is ≤ {f_thr}.</source>
        <comment>hla_dr_not_ab_per_cell</comment>
        <extracomment>Finding hla_dr_not_ab_per_cell. Fields: f_thr, ferritin, hla_dr_unit.</extracomment>
        <translation>HLA-DR is opgegeven als {hla_dr_unit}, wat niet kan worden omgerekend naar gebonden antilichamen per cel; HLA-DR in AB/C is nodig omdat ferritine {ferritin} ≤ {f_thr} is.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} could be above or below {h_thr}; an exact value is needed because ferritin {ferritin} is ≤ {f_thr}.</source>
        <comment>hla_dr_indeterminate</comment>
        <extracomment>Finding hla_dr_indeterminate. Fields: f_thr, ferritin, h_thr, hla_dr.</extracomment>
        <translation>HLA-DR {hla_dr} kan boven of onder {h_thr} liggen; een exacte waarde is nodig omdat ferritine {ferritin} ≤ {f_thr} is.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is ≤ {f_thr}: MALS criterion not met.</source>
        <comment>ferritin_at_or_below_threshold</comment>
        <extracomment>Finding ferritin_at_or_below_threshold. Fields: f_thr, ferritin.</extracomment>
        <translation>Ferritine {ferritin} is ≤ {f_thr}: MALS-criterium niet vervuld.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is &lt; {h_thr}: immunoparalysis criteria met.</source>
        <comment>hla_dr_below_threshold</comment>
        <extracomment>Finding hla_dr_below_threshold. Fields: h_thr, hla_dr.</extracomment>
        <translation>HLA-DR {hla_dr} is &lt; {h_thr}: criteria voor immunoparalyse vervuld.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is ≥ {h_thr}: neither phenotype; the ImmunoSep evidence does not apply.</source>
        <comment>hla_dr_at_or_above_threshold</comment>
        <extracomment>Finding hla_dr_at_or_above_threshold. Fields: h_thr, hla_dr.</extracomment>
        <translation>HLA-DR {hla_dr} is ≥ {h_thr}: geen van beide fenotypen; het ImmunoSep-bewijs is niet van toepassing.</translation>
    </message>
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
        <source>The {name} time {when} is in the future; check the date and time.</source>
        <comment>sample_time_in_future</comment>
        <extracomment>Finding sample_time_in_future. Fields: name, when.</extracomment>
        <translation>Het tijdstip {name} {when} ligt in de toekomst; controleer datum en tijd.</translation>
    </message>
    <message>
        <source>The rule could not be applied to these inputs.</source>
        <comment>internal_error</comment>
        <extracomment>Finding internal_error.</extracomment>
        <translation>De regel kon niet op deze invoer worden toegepast.</translation>
    </message>
    <message>
        <source>Ferritin {ferritin} is within {f_band} % of {f_threshold} ng/mL; ferritin assays differ between methods, so a repeat test may be wise.</source>
        <comment>ferritin_near_threshold</comment>
        <extracomment>Finding ferritin_near_threshold. Fields: f_band, f_threshold, ferritin.</extracomment>
        <translation>Ferritine {ferritin} ligt binnen {f_band} % van {f_threshold} ng/mL; ferritinebepalingen verschillen per methode, dus herhaling van de test kan verstandig zijn.</translation>
    </message>
    <message>
        <source>HLA-DR {hla_dr} is within {h_band} % of {h_thr}; the inter-laboratory CV is 15-25 %, so a repeat test may be wise.</source>
        <comment>hla_dr_near_threshold</comment>
        <extracomment>Finding hla_dr_near_threshold. Fields: h_band, h_thr, hla_dr.</extracomment>
        <translation>HLA-DR {hla_dr} ligt binnen {h_band} % van {h_thr}; de interlaboratorium-CV is 15–25%, dus herhaling van de test kan verstandig zijn.</translation>
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
        <source>Ferritin and HLA-DR were sampled {gap} apart (more than {max_interval}); they may reflect different immune states.</source>
        <comment>samples_far_apart</comment>
        <extracomment>Finding samples_far_apart. Fields: gap, max_interval.</extracomment>
        <translation>Ferritine en HLA-DR zijn met {gap} tussentijd afgenomen (meer dan {max_interval}); ze kunnen verschillende immuuntoestanden weerspiegelen.</translation>
    </message>
    <message>
        <source>The HLA-DR processing time is before its sample time; check both times.</source>
        <comment>hla_dr_processed_before_sampled</comment>
        <extracomment>Finding hla_dr_processed_before_sampled.</extracomment>
        <translation>Het verwerkingstijdstip van HLA-DR ligt vóór het afnametijdstip; controleer beide tijden.</translation>
    </message>
    <message>
        <source>HLA-DR was processed {delay} after sampling (more than {max_delay}); values may be unreliable (QuantiBRITE: EDTA, on ice, stain within 4 h).</source>
        <comment>hla_dr_processing_delay</comment>
        <extracomment>Finding hla_dr_processing_delay. Fields: delay, max_delay.</extracomment>
        <translation>HLA-DR is {delay} na afname verwerkt (meer dan {max_delay}); de waarden kunnen onbetrouwbaar zijn (QuantiBRITE: EDTA, op ijs, kleuring binnen 4 uur).</translation>
    </message>
    <message>
        <source>Age not given: ImmunoSep enrolled adults (≥ {min_age} years) only.</source>
        <comment>age_not_given</comment>
        <extracomment>Finding age_not_given. Fields: min_age.</extracomment>
        <translation>Leeftijd niet opgegeven: ImmunoSep nam alleen volwassenen (≥ {min_age} jaar) op.</translation>
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
    <name>Text</name>
    <message>
        <source>Translation reviewed by {reviewer} on {date}.</source>
        <translation>Vertaling gecontroleerd door {reviewer} op {date}.</translation>
    </message>
    <message>
        <source>Translation pending clinical review.</source>
        <translation>Vertaling wacht op klinische beoordeling.</translation>
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
</TS>

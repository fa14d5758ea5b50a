-- Schema 6: what the checks of issue 16 need to judge a register as a
-- supervisory authority would.
--
-- Never edit this file once shipped: corrections go into a new migration.

-- § 38 Abs. 1 S. 1 BDSG: a non-public body must designate a DPO when as a
-- rule at least 20 persons are constantly engaged in the automated processing
-- of personal data. NULL means the number is not recorded.
ALTER TABLE organisation ADD COLUMN persons_processing INTEGER
    CHECK (persons_processing IS NULL OR persons_processing >= 0);

-- § 26 BDSG by paragraph, with the consequence of CJEU C-34/21 for each ------
-- The old code 'bdsg-26' stays, so registers that cite it keep their meaning;
-- its label and citation stay too (the public notice prints them), only its
-- source now points to the paragraphs.

UPDATE legal_basis SET
    source = '§ 26 Bundesdatenschutzgesetz (BDSG) ohne Angabe des Absatzes, wie in älteren Verzeichnissen; seit Schema 6 gibt es je Absatz einen eigenen Eintrag (bdsg-26-1-1, bdsg-26-1-2, bdsg-26-3, bdsg-26-4), der vorzuziehen ist. Warnung: Nach EuGH, Urteil vom 30.03.2023, C-34/21, ist die wortgleiche Regel des § 23 Abs. 1 S. 1 HDSIG keine spezifischere Vorschrift im Sinne von Art. 88 DSGVO; nach herrschender Auffassung trägt § 26 Abs. 1 S. 1 BDSG daher nicht allein, die Verarbeitung ist auf Art. 6 Abs. 1 lit. b, c oder f DSGVO zu stützen; nationales Recht, kein DPV-Begriff',
    checked_on = '2026-12-07'
WHERE code = 'bdsg-26';

INSERT INTO legal_basis (code, kind, citation_de, citation_en, label_de, label_en, dpv, source, checked_on, sort) VALUES
    ('bdsg-26-1-1', 'national', '§ 26 Abs. 1 S. 1 BDSG', 'Section 26(1) sentence 1 BDSG',
     'Begründung, Durchführung und Beendigung des Beschäftigungsverhältnisses (nur neben Art. 6 Abs. 1 DSGVO)', 'Establishing, performing and ending employment (only beside Art. 6(1) GDPR)',
     NULL, '§ 26 Abs. 1 S. 1 BDSG; EuGH, Urteil vom 30.03.2023, C-34/21 (zum wortgleichen § 23 Abs. 1 S. 1 HDSIG): keine spezifischere Vorschrift im Sinne von Art. 88 Abs. 1, 2 DSGVO, weil sie nur wiederholt, was Art. 6 Abs. 1 lit. b DSGVO ohnehin erlaubt; Folge nach herrschender Auffassung und Praxis der Aufsichtsbehörden: die Verarbeitung stützt sich unmittelbar auf Art. 6 Abs. 1 lit. b (Arbeitsvertrag), lit. c (gesetzliche Pflicht des Arbeitgebers) oder lit. f DSGVO; § 26 Abs. 1 S. 1 BDSG allein trägt nicht; nationales Recht, kein DPV-Begriff', '2026-12-07', 63),
    ('bdsg-26-1-2', 'national', '§ 26 Abs. 1 S. 2 BDSG', 'Section 26(1) sentence 2 BDSG',
     'Aufdeckung von Straftaten im Beschäftigungsverhältnis (nur neben Art. 6 Abs. 1 DSGVO)', 'Detecting criminal offences in employment (only beside Art. 6(1) GDPR)',
     NULL, '§ 26 Abs. 1 S. 2 BDSG (tatsächliche Anhaltspunkte für eine Straftat, Dokumentation, Verhältnismäßigkeit); nach EuGH, Urteil vom 30.03.2023, C-34/21, ist zweifelhaft, ob die Vorschrift den Anforderungen des Art. 88 Abs. 2 DSGVO genügt; daher ist die Verarbeitung zusätzlich auf Art. 6 Abs. 1 lit. f DSGVO zu stützen, mit den Voraussetzungen des Satzes 2 als Maßstab der dokumentierten Abwägung; nationales Recht, kein DPV-Begriff', '2026-12-07', 64),
    ('bdsg-26-3', 'national', '§ 26 Abs. 3 BDSG', 'Section 26(3) BDSG',
     'Besondere Kategorien im Beschäftigungsverhältnis (nur neben Art. 6 Abs. 1 und Art. 9 Abs. 2 lit. b DSGVO)', 'Special categories in employment (only beside Art. 6(1) and Art. 9(2)(b) GDPR)',
     NULL, '§ 26 Abs. 3 BDSG, gestützt auf Art. 9 Abs. 2 lit. b DSGVO (Pflichten aus dem Arbeitsrecht, dem Recht der sozialen Sicherheit und des Sozialschutzes); nach EuGH, Urteil vom 30.03.2023, C-34/21, ist auch dieser Absatz mit Vorsicht zu lesen: neben ihm ist die Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO (meist lit. b oder c) und die Ausnahme nach Art. 9 Abs. 2 lit. b DSGVO anzugeben; nationales Recht, kein DPV-Begriff', '2026-12-07', 65),
    ('bdsg-26-4', 'national', '§ 26 Abs. 4 BDSG', 'Section 26(4) BDSG',
     'Kollektivvereinbarung (Tarifvertrag, Betriebs- oder Dienstvereinbarung)', 'Collective agreement (collective bargaining, works or service agreement)',
     NULL, '§ 26 Abs. 4 BDSG in Verbindung mit Art. 88 Abs. 1 DSGVO; nach EuGH, Urteil vom 30.03.2023, C-34/21, muss die Kollektivvereinbarung selbst die Anforderungen des Art. 88 Abs. 2 DSGVO erfüllen (angemessene und besondere Maßnahmen zur Wahrung der Würde, der berechtigten Interessen und der Grundrechte der Beschäftigten) und darf das Schutzniveau der DSGVO nicht unterschreiten (EuGH, Urteil vom 19.12.2024, C-65/23); die Vereinbarung ist in der Anmerkung zum Zweck zu nennen; nationales Recht, kein DPV-Begriff', '2026-12-07', 66),
    ('art88-bv', 'national', 'Art. 88 DSGVO i. V. m. Betriebsvereinbarung', 'Art. 88 GDPR with a works agreement',
     'Betriebs- oder Dienstvereinbarung bzw. Tarifvertrag nach Art. 88 DSGVO', 'Works, service or collective agreement under Art. 88 GDPR',
     NULL, 'Art. 88 Abs. 1, 2 VO (EU) 2016/679 (DSGVO), Erwägungsgrund 155: Kollektivvereinbarungen einschließlich Betriebsvereinbarungen können spezifischere Vorschriften für die Verarbeitung im Beschäftigungskontext sein, wenn sie angemessene und besondere Maßnahmen nach Art. 88 Abs. 2 DSGVO enthalten; EuGH, Urteil vom 19.12.2024, C-65/23: sie dürfen das Schutzniveau der DSGVO nicht unterschreiten und bleiben gerichtlich voll überprüfbar; die Vereinbarung (Titel, Datum) ist in der Anmerkung zum Zweck zu nennen; kein DPV-Begriff', '2026-12-07', 67),
    ('tdddg-25-2', 'national', '§ 25 Abs. 2 TDDDG', 'Section 25(2) TDDDG',
     'Keine Einwilligung nötig: Zugriff auf das Endgerät unbedingt erforderlich (Ausnahme)', 'No consent needed: access to the terminal equipment strictly necessary (exemption)',
     NULL, '§ 25 Abs. 2 Nr. 1 und 2 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG): keine Einwilligung für das Speichern oder Auslesen, das allein der Übertragung einer Nachricht dient oder unbedingt erforderlich ist, damit der Anbieter einen vom Nutzer ausdrücklich gewünschten digitalen Dienst bereitstellen kann (z. B. Warenkorb-, Sitzungs- oder Einwilligungs-Cookies); Reichweitenmessung, Wiedererkennung und Werbung fallen nach der Orientierungshilfe der DSK für Anbieter digitaler Dienste regelmäßig nicht darunter; die anschließende Verarbeitung braucht weiterhin eine Rechtsgrundlage nach Art. 6 DSGVO; nationales Recht, kein DPV-Begriff', '2026-12-07', 68);

-- § 25 TDDDG: the existing code 'tdddg-25' stays the consent of § 25 Abs. 1;
-- its citation is unchanged because the public notice prints it.

-- The European Patent Organisation: the first adequacy decision for an
-- international organisation (Art. 45(1) GDPR). The country table is keyed by
-- two letters; 'EP' is the code ISO 3166/MA keeps reserved for the European
-- Patent Organisation (and WIPO Standard ST.3 uses), so it cannot clash with
-- a country.
INSERT INTO country (code, name_de, name_en, eea, adequacy_decision, adequacy_date, adequacy_scope_de, adequacy_scope_en, source, checked_on) VALUES
    ('EP', 'Europäische Patentorganisation (internationale Organisation)', 'European Patent Organisation (international organisation)', 0,
     'Durchführungsbeschluss der Kommission vom 15.07.2025', '2025-07-15', NULL, NULL,
     'Internationale Organisation (Art. 4 Nr. 26 DSGVO), kein Land; Code EP: von ISO 3166/MA für die Europäische Patentorganisation reserviert, WIPO-Standard ST.3; Angemessenheit nach Art. 45 DSGVO: Durchführungsbeschluss der Europäischen Kommission vom 15.07.2025, erster Angemessenheitsbeschluss für eine internationale Organisation (Datum bestätigt durch die Mitteilungen der EPO und der Kommission; die Nummer im Amtsblatt war bei der Prüfung nicht verifizierbar und ist vor dem Druck von Hinweisen nachzutragen); vorausgegangen: Stellungnahme des EDSA vom 05.05.2025', '2026-12-07');

//! The German words of every reason (`Reason::german`), apart from the type
//! and its English so that each language reads as one piece.

use std::fmt::Display;

use super::*;

/// A count grouped the German way: 10000 → "10.000".
pub(super) fn count(n: impl Display) -> String {
    let digits = n.to_string();
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest.to_owned()),
        None => ("", digits),
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// A value or code from the register, in German quotation marks.
fn q(text: &str) -> String {
    format!("„{text}“")
}

/// Names in German, joined by "oder": „a“, „b“ oder „c“.
fn or_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| q(n)).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} oder {last}", rest.join(", ")),
    }
}

/// serde's word for the value it found ("integer `5`", "string \"abc\"").
fn found_de(value: &str) -> String {
    let inner = |prefix: &str, open: char, close: char| {
        value
            .strip_prefix(prefix)
            .and_then(|r| r.strip_prefix(open))
            .and_then(|r| r.strip_suffix(close))
            .map(str::to_owned)
    };
    match value {
        "null" => return "kein Wert (null)".into(),
        "sequence" => return "eine Liste".into(),
        "map" => return "ein Objekt".into(),
        _ => {}
    }
    if let Some(text) = inner("string ", '"', '"') {
        return format!("der Text {}", q(&text));
    }
    for (prefix, word) in [
        ("integer ", "die Zahl"),
        ("floating point ", "die Kommazahl"),
        ("boolean ", "der Wahrheitswert"),
    ] {
        if let Some(v) = inner(prefix, '`', '`') {
            return format!("{word} {v}");
        }
    }
    value.to_owned()
}

/// serde's word for what the record's type expected ("a string", "u32").
fn expected_de(what: &str) -> String {
    let word = match what {
        "a string" | "string or map" => "ein Text".to_owned(),
        "a boolean" => "ein Wahrheitswert (true oder false)".to_owned(),
        "a sequence" => "eine Liste".to_owned(),
        "a map" => "ein Objekt".to_owned(),
        "a formatted date string" => "ein Datum im Format JJJJ-MM-TT".to_owned(),
        "an RFC 3339 formatted date and time string" => "ein Zeitpunkt nach RFC 3339".to_owned(),
        "u8" => format!("eine ganze Zahl von 0 bis {}", count(u8::MAX)),
        "u16" => format!("eine ganze Zahl von 0 bis {}", count(u16::MAX)),
        "u32" => format!("eine ganze Zahl von 0 bis {}", count(u32::MAX)),
        "u64" => "eine ganze Zahl ab 0".to_owned(),
        "i32" | "i64" => "eine ganze Zahl".to_owned(),
        other if other.starts_with("struct ") || other.starts_with("internally tagged enum ") => {
            "ein Objekt".to_owned()
        }
        other => other.to_owned(),
    };
    word
}

/// An entity code of the history, in the dative ("gehört nicht zu der Stelle").
fn entity_dative(code: &str) -> &str {
    match code {
        "organisation" => "der Organisation",
        "activity" => "der Verarbeitungstätigkeit",
        "party" => "der Stelle",
        "tom" => "der Maßnahme",
        "processor_activity" => "dem Eintrag im Verzeichnis als Auftragsverarbeiter",
        other => other,
    }
}

impl RestoreObstacle {
    fn german(&self) -> String {
        let shown = |p: &str| if p.is_empty() { "der Datensatz" } else { p }.to_owned();
        match self {
            RestoreObstacle::PathEmpty => "der Pfad ist leer".into(),
            RestoreObstacle::EmptyNow { path } => {
                format!("{} ist im Datensatz jetzt leer", shown(path))
            }
            RestoreObstacle::FieldGone { path, field } => format!(
                "{} hat kein Feld {field} mehr (seine Art hat sich geändert)",
                shown(path)
            ),
            RestoreObstacle::EntryGone { path, list, len } => format!(
                "{path} gibt es nicht mehr: {} hat jetzt {} {}",
                shown(list),
                count(len),
                if *len == 1 { "Eintrag" } else { "Einträge" }
            ),
        }
    }
}

impl Reason {
    /// The reason in German, as the CLI, the spreadsheet import and the app
    /// show it: a sentence that a DPO can act on; values stay as typed.
    pub fn german(&self) -> String {
        use Reason::*;
        match self {
            Required => "Pflichtangabe – bitte ausfüllen.".into(),
            TooLong { length, max } => format!(
                "Zu lang ({} Zeichen, höchstens {}).",
                count(length),
                count(max)
            ),
            ControlCharacters => "Enthält unzulässige Steuerzeichen.".into(),
            TooManyEntries { count: n, max } => {
                format!("Zu viele Einträge ({}, höchstens {}).", count(n), count(max))
            }
            DateOutOfRange { date, min, max } => format!(
                "Das Datum {date} liegt außerhalb des zulässigen Bereichs ({min} bis {max})."
            ),
            InvalidKey { value } => format!(
                "{} ist keine gültige Kennung (Buchstaben ohne Umlaute, Ziffern, „.“, „_“ oder \
                 „-“, am Anfang ein Buchstabe oder eine Ziffer, höchstens 64 Zeichen).",
                q(value)
            ),
            NotAnEmail { value } => format!("{} ist keine E-Mail-Adresse.", q(value)),
            NotAWebAddress { value } => format!("{} ist keine Webadresse (https://…).", q(value)),
            UnknownCountry { code } => format!(
                "Unbekannter Ländercode {} (erwartet wird ein Code nach ISO 3166-1 Alpha-2, z. B. \
                 „US“).",
                q(code)
            ),
            UnknownMechanism { code } => format!("Unbekanntes Übermittlungsinstrument {}.", q(code)),
            UnknownLegalBasis { code } => format!("Unbekannte Rechtsgrundlage {}.", q(code)),
            UnknownDpiaCriterion { code } => format!(
                "Unbekannte Frage der DSFA-Schwellwertanalyse {}.",
                q(code)
            ),
            UnknownAuthority { code } => format!("Unbekannte Aufsichtsbehörde {}.", q(code)),
            UnknownParty { key } => format!("Verweist auf die Stelle {}, die es nicht gibt.", q(key)),
            UnknownTom { key } => format!(
                "Verweist auf die Maßnahme {}, die es im TOM-Katalog nicht gibt.",
                q(key)
            ),
            UnknownActivity { key } => format!(
                "Verweist auf die Verarbeitungstätigkeit {}, die es nicht gibt.",
                q(key)
            ),
            UnknownPurpose { purpose } => format!("Die Tätigkeit hat keinen Zweck {}.", q(purpose)),
            UnknownDataCategory { name } => {
                format!("Die Tätigkeit hat keine Datenkategorie {}.", q(name))
            }
            ListedTwice { item, value } => {
                let what = match item {
                    Listed::Tom => "Die Maßnahme",
                    Listed::LegalBasis => "Die Rechtsgrundlage",
                    Listed::Group => "Die Gruppe",
                    Listed::Channel => "Der Weg",
                    Listed::DataCategory => "Die Datenkategorie",
                    Listed::Safeguard => "Die Schutzmaßnahme",
                    Listed::Embed => {
                        return format!("{} dieses Anbieters ist doppelt aufgeführt.", q(value))
                    }
                };
                format!("{what} {} ist doppelt aufgeführt.", q(value))
            }
            PeriodOutOfRange { amount, max } => format!(
                "{} ist keine sinnvolle Löschfrist (1 bis {}).",
                count(amount),
                count(max)
            ),
            NoSpecialCondition { code } => format!(
                "{} ist keine Ausnahme nach Art. 9 Abs. 2 und keine Grundlage nach Art. 10 DSGVO.",
                q(code)
            ),
            Art9ConditionNeedsSpecialCategory => {
                "Eine Ausnahme nach Art. 9 Abs. 2 gehört zu einer als besondere Kategorie \
                 (Art. 9 Abs. 1) markierten Datenkategorie."
                    .into()
            }
            Art10BasisNeedsCriminalCategory => {
                "Eine Grundlage nach Art. 10 gehört zu einer als Daten über Straftaten markierten \
                 Datenkategorie."
                    .into()
            }
            ChannelsOnlyForPublic => "Nur eine Veröffentlichung hat Wege der Veröffentlichung.".into(),
            PublicIsNoParty => {
                "Die Öffentlichkeit ist keine Stelle; nennen Sie die Wege der Veröffentlichung."
                    .into()
            }
            PublicationChannelsMissing => {
                "Nennen Sie, wo die Daten veröffentlicht werden (Website, Livestream, Aushang …)."
                    .into()
            }
            PublicationBasisMissing => "Geben Sie die Rechtsgrundlage der Veröffentlichung an.".into(),
            RetentionStartUndescribed => {
                "Beschreiben Sie in Worten, mit welchem Ereignis die Frist beginnt – es steht nicht \
                 im Katalog."
                    .into()
            }
            RetentionMissing => {
                "Geben Sie eine Frist oder ein Kriterium an, wie lange die Daten aufbewahrt werden."
                    .into()
            }
            InternalUnitMissing => "Nennen Sie die interne Stelle, die die Daten erhält.".into(),
            InternalRecipientIsNoParty => {
                "Ein interner Empfänger ist eine Einheit der eigenen Organisation; wählen Sie dafür \
                 keine Stelle aus."
                    .into()
            }
            RecipientMissing => {
                "Wählen Sie die empfangende Stelle aus oder beschreiben Sie die Kategorie von \
                 Empfängern."
                    .into()
            }
            TransferCountryInEea { code } => format!(
                "{} liegt im EWR; das ist keine Übermittlung in ein Drittland.",
                q(code)
            ),
            EmbedCountryInEea { code } => {
                format!("{} liegt im EWR; erfassen Sie nur ein Land außerhalb.", q(code))
            }
            NoSccModule { module } => format!(
                "{module} ist kein Modul der Standardvertragsklauseln (1 bis 4)."
            ),
            SccModuleWithoutScc => {
                "Ein Modul gibt es nur bei Standardvertragsklauseln als Übermittlungsinstrument."
                    .into()
            }
            OwnSubProcessor => "Eine Stelle kann nicht ihr eigener Unterauftragsverarbeiter sein.".into(),
            BeforeCreated => "Liegt vor dem Datum der Anlegung (created_at).".into(),
            EmptyWithDpo => "Muss leer bleiben, wenn ein Datenschutzbeauftragter erfasst ist.".into(),
            TooManyPersons { max } => format!("Höchstens {} Personen.", count(max)),
            DuplicateKey { key, also_at } => format!(
                "Die Kennung {} ist doppelt vergeben (auch bei {also_at}).",
                q(key)
            ),
            NotPositive => "Muss eine positive Zahl sein.".into(),
            DuplicateId { id } => format!("Die ID {id} ist doppelt vergeben."),
            NotPositiveUnique => "Muss eine positive, eindeutige Zahl sein.".into(),
            PublicationAltered => {
                "Passt nicht zum veröffentlichten Text; die Datei wurde verändert.".into()
            }
            IdTooLarge { id, max } => format!("{id} ist größer als {max}."),
            VersionOutOfRange {
                version,
                least,
                max,
            } => format!(
                "Die Version {version} liegt außerhalb des zulässigen Bereichs ({least} bis {max})."
            ),
            MalformedJson { detail } => {
                format!("Kein gültiges JSON (technische Angaben: {detail}).")
            }
            NotAJsonObject => "Eine Verzeichnisdatei muss ein JSON-Objekt sein.".into(),
            WrongFormat { expected, found } => {
                format!("Erwartet wird „{expected}“, gefunden wurde {found}.")
            }
            FormatMissing { expected } => format!("Fehlt; erwartet wird „{expected}“."),
            FormatVersionTooNew {
                version,
                oldest,
                newest,
            } => format!(
                "Version {version} wurde von einem neueren VVT geschrieben; dieses Programm liest \
                 die Versionen {oldest} bis {newest}."
            ),
            FormatVersionUnsupported {
                found,
                oldest,
                newest,
            } => format!(
                "Nicht unterstützte Version {found}; dieses Programm liest die Versionen {oldest} \
                 bis {newest}."
            ),
            Missing => "Fehlt.".into(),
            KeyTwiceInObject => {
                "Steht zweimal im selben Objekt; die Datei ist mehrdeutig, daher wurde nichts \
                 importiert."
                    .into()
            }
            NotARegularFile { path } => format!(
                "{path} ist keine gewöhnliche Datei (ein Ordner, ein Gerät oder eine Pipe); \
                 importieren lassen sich nur Dateien."
            ),
            FileTooLarge { mib, max_mib } => format!(
                "Die Datei ist {} MiB groß; importieren lassen sich höchstens {} MiB.",
                count(mib),
                count(max_mib)
            ),
            NotUtf8 { detail } => {
                format!("Die Datei ist kein UTF-8-Text (technische Angaben: {detail}).")
            }
            InvalidDate { value } => format!("{} ist kein gültiges Datum.", q(value)),
            DateSyntax { problem } => {
                format!("Kein gültiges Datum (JJJJ-MM-TT): {}.", problem.german())
            }
            MissingField { field } => format!("Das Feld {} fehlt.", q(field)),
            UnknownField { field, .. } => format!("Das Feld {} gibt es hier nicht.", q(field)),
            UnknownVariant { value, expected } if expected.is_empty() => {
                format!("Unbekannter Wert {}.", q(value))
            }
            UnknownVariant { value, expected } => format!(
                "Unbekannter Wert {}; erwartet wird {}.",
                q(value),
                or_list(expected)
            ),
            Unrecognised { message } => {
                format!("Ungültiger Wert (technische Angaben: {message}).")
            }
            InvalidValue {
                found, expected, ..
            } => format!(
                "Ungültiger Wert: {}; erwartet wird {}.",
                found_de(found),
                expected_de(expected)
            ),
            KeyTaken { record, key } => match record {
                KeyedRecord::Activity => format!(
                    "Eine Verarbeitungstätigkeit mit der Kennung {} gibt es bereits.",
                    q(key)
                ),
                KeyedRecord::Party => {
                    format!("Eine Stelle mit der Kennung {} gibt es bereits.", q(key))
                }
                KeyedRecord::Tom => {
                    format!("Eine Maßnahme mit der Kennung {} gibt es bereits.", q(key))
                }
                KeyedRecord::ProcessorEntry => {
                    format!("Einen Eintrag mit der Kennung {} gibt es bereits.", q(key))
                }
            },
            PartyInUse { key, by, list } => {
                let by = match by {
                    UsedBy::Activity(k) => format!("in der Verarbeitungstätigkeit {}", q(k)),
                    UsedBy::ProcessorEntry(k) => format!(
                        "im Verzeichnis als Auftragsverarbeiter (Eintrag {})",
                        q(k)
                    ),
                    UsedBy::Party(k) => format!("bei der Stelle {}", q(k)),
                };
                let list = match list {
                    PartyList::Recipients => "bei den Empfängern",
                    PartyList::Transfers => "bei den Drittlandübermittlungen",
                    PartyList::SubProcessors => "unter den Unterauftragsverarbeitern",
                };
                format!(
                    "Die Stelle {} ist noch {by} {list} eingetragen; entfernen Sie sie dort zuerst.",
                    q(key)
                )
            }
            TomInUse { key, by } => match by {
                UsedBy::ProcessorEntry(k) => format!(
                    "Die Maßnahme {} wird noch vom Eintrag {} im Verzeichnis als \
                     Auftragsverarbeiter verwendet.",
                    q(key),
                    q(k)
                ),
                UsedBy::Activity(k) | UsedBy::Party(k) => format!(
                    "Die Maßnahme {} wird noch von der Verarbeitungstätigkeit {} verwendet.",
                    q(key),
                    q(k)
                ),
            },
            RegisterNotEmpty => {
                "Das Verzeichnis enthält bereits Daten; importieren Sie in ein neues Verzeichnis \
                 oder ersetzen Sie seinen Inhalt."
                    .into()
            }
            NotAChangeOf {
                change_id,
                entity,
                key,
            } => format!(
                "Die Änderung {change_id} gehört nicht zu {} {}.",
                entity_dative(entity),
                q(key)
            ),
            FieldUnchanged { change_id } => {
                format!("Die Änderung {change_id} hat dieses Feld nicht geändert.")
            }
            KeptByRegister => {
                "Wird vom Verzeichnis selbst geführt und lässt sich nicht wiederherstellen.".into()
            }
            AlreadyRestored { change_id } => format!(
                "Hat bereits den Wert von vor der Änderung {change_id}; es gibt nichts \
                 wiederherzustellen."
            ),
            CannotRestore { obstacle } => {
                format!("Lässt sich nicht wiederherstellen: {}.", obstacle.german())
            }
            EarlierValueDoesNotFit { reason } => format!(
                "Der frühere Wert passt nicht mehr zum Datensatz: {}",
                reason.german()
            ),
            NotAFieldPath => "Ist kein Feldpfad eines Datensatzes.".into(),
            EmptyNotice => "Leere Datenschutzhinweise können nicht veröffentlicht werden.".into(),
            NoticeItemsMissing { count: n } => format!(
                "{}; vervollständigen Sie das Verzeichnis oder veröffentlichen Sie bewusst mit \
                 den Markierungen „Fehlt“.",
                if *n == 1 {
                    "1 Pflichtangabe nach Art. 13/14 DSGVO fehlt".to_owned()
                } else {
                    format!("{} Pflichtangaben nach Art. 13/14 DSGVO fehlen", count(n))
                }
            ),
            NoticeFindings { count: n, rules } => format!(
                "Die Prüfung findet {} an Angaben der Hinweise (Regeln: {}); solche Hinweise \
                 werden auch mit Markierungen nicht veröffentlicht. Beheben Sie die Befunde im \
                 Verzeichnis.",
                if *n == 1 {
                    "einen Fehler".to_owned()
                } else {
                    format!("{} Fehler", count(n))
                },
                rules.iter().map(|r| q(r)).collect::<Vec<_>>().join(", ")
            ),
            NoSuchActivity { key } => format!(
                "Es gibt keine Verarbeitungstätigkeit mit der Kennung {}.",
                q(key)
            ),
            NotTranslatable { field } => format!(
                "{} ist kein übersetzbarer Text des Eintrags (ein erfasster Freitext).",
                q(field)
            ),
            FooterPages { footers, pages } => format!(
                "Die Fußzeilen umfassen {} Seiten, der Ausdruck hat {}.",
                count(footers),
                count(pages)
            ),
            OutputProtected { path, what } => {
                let what = match what {
                    ProtectedFile::Register => "ist das Verzeichnis selbst",
                    ProtectedFile::SqliteCompanion => {
                        "ist eine Datei, die SQLite neben dem Verzeichnis führt"
                    }
                    ProtectedFile::BackupFolder => "liegt im Sicherungsordner des Verzeichnisses",
                };
                format!(
                    "{path} {what}; dorthin zu schreiben würde das Verzeichnis oder seine \
                     Sicherungen zerstören, daher wurde nichts geschrieben. Wählen Sie eine andere \
                     Datei."
                )
            }
            FileExists { path } => format!(
                "{path} gibt es bereits; ein neues Verzeichnis braucht einen neuen Dateinamen \
                 (eine vorhandene Datei öffnet „Öffnen …“)."
            ),
            NoFile { path } => format!("{path} ist keine Datei."),
            CopyOverOpenRegister => {
                "Die Kopie kann nicht das geöffnete Verzeichnis selbst ersetzen; wählen Sie eine \
                 andere Datei."
                    .into()
            }
            NotABackup { path, folder } => format!(
                "{path} ist keine Sicherung dieses Verzeichnisses; wiederherstellen lassen sich \
                 nur Dateien aus {folder}."
            ),
            UnknownPreview => {
                "Unter diesem Zeichen wurde keine Datei geprüft; wählen Sie die Datei erneut.".into()
            }
            TableImport { message } => message.clone(),
        }
    }
}

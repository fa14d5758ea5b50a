//! `vvt init`, `vvt example` and `vvt import`: creating a register, filling
//! it, and saying what it now holds.

use std::path::Path;
use std::process::ExitCode;

use vvt::{interchange, Error, Lang, Store};

use super::{errors, l, labels};

pub fn init(store: &Store, lang: Lang) -> Result<(), Error> {
    let s = store.summary()?;
    println!("{}: {}", l(lang, "Datei", "File"), s.path);
    println!(
        "Organisation: {}",
        s.organisation_name.as_deref().unwrap_or(l(
            lang,
            "(noch nicht erfasst)",
            "(not recorded yet)"
        ))
    );
    println!(
        "{}: {}",
        l(lang, "Verarbeitungstätigkeiten", "Processing activities"),
        s.activity_count
    );
    Ok(())
}

pub fn example(
    store: &mut Store,
    synthetic: Option<usize>,
    seed: u64,
    lang: Lang,
) -> Result<ExitCode, Error> {
    // The core refuses a register with data too, but in English for every
    // caller; asking first lets the refusal speak the DPO's language.
    if !store.is_empty()? {
        return Ok(errors::fail(
            lang,
            l(
                lang,
                "das Verzeichnis enthält bereits Daten; das Beispiel wird nur in ein leeres \
                 Verzeichnis geladen (etwa mit --db beispiel.vvt)",
                "the register already holds data; the example is loaded into an empty register \
                 only (for instance with --db example.vvt)",
            ),
        ));
    }
    if let Some(n) = synthetic {
        store.import(&vvt::synthetic::synthetic_register(n, seed), false)?;
        let count = activities(lang, n as u64);
        match lang {
            Lang::De => println!("Synthetisches Verzeichnis mit {count} angelegt"),
            Lang::En => println!("Synthetic register with {count} created"),
        }
        return Ok(ExitCode::SUCCESS);
    }
    store.load_example()?;
    let s = store.summary()?;
    let (org, count) = (
        s.organisation_name.unwrap_or_default(),
        activities(lang, s.activity_count),
    );
    match lang {
        Lang::De => println!(
            "Beispielverzeichnis geladen: {org} mit {count} ({})",
            s.path
        ),
        Lang::En => println!("Example register loaded: {org} with {count} ({})", s.path),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn import(
    store: &mut Store,
    file: &Path,
    replace: bool,
    lang: Lang,
) -> Result<ExitCode, Error> {
    let register = interchange::read_file(file)?;
    // As for the example: the refusal in the DPO's language.
    if !replace && !store.is_empty()? {
        return Ok(errors::fail(
            lang,
            l(
                lang,
                "das Verzeichnis enthält bereits Daten; importieren Sie in ein neues Verzeichnis \
                 oder ersetzen Sie den Inhalt mit --replace",
                "the register already holds data; import into a new register or replace its \
                 content with --replace",
            ),
        ));
    }
    store.import(&register, replace)?;
    let s = store.summary()?;
    let history = register.history.len() as u64;
    match lang {
        Lang::De => println!(
            "Importiert: {}, {}, {}",
            activities(lang, s.activity_count),
            labels::count(s.party_count, "Stelle", "Stellen"),
            labels::count(
                history,
                "Eintrag der Änderungshistorie",
                "Einträge der Änderungshistorie"
            )
        ),
        Lang::En => println!(
            "Imported: {}, {}, {}",
            activities(lang, s.activity_count),
            labels::count(s.party_count, "party", "parties"),
            labels::count(history, "history entry", "history entries")
        ),
    }
    Ok(ExitCode::SUCCESS)
}

fn activities(lang: Lang, n: u64) -> String {
    match lang {
        Lang::De => labels::count(n, "Verarbeitungstätigkeit", "Verarbeitungstätigkeiten"),
        Lang::En => labels::count(n, "processing activity", "processing activities"),
    }
}

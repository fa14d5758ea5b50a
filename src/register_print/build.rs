//! From a loaded register to a [`RegisterPrint`]: the cover and one entry per
//! activity with every Art. 30(1) item, in the same order for every activity
//! so that the entries also make the rows of the spreadsheet.

use super::activity::activity;
use super::entries::{item, Ctx};
use super::header::{controller, dpo, joint_controllers, representative};
use super::labels::{self, art30};
use super::{
    annexes, parties, processor, Body, Entry, Item, PrintOptions, RegisterPrint, Section,
    SectionKind, Value,
};
use crate::{ActivityStatus, Catalogs, ProcessingActivity, Register};

/// Lays out `register` for printing. Pure: the same register, catalogs and
/// options always give the same print. Keys in `options.activities` that the
/// register does not hold are skipped; see [`super::check_selection`].
///
/// In English the register's texts are taken from their translations
/// (`crate::translation::for_document`); a text without a current one is
/// printed in German, marked, and listed in a last annex.
pub fn build(register: &Register, catalogs: &Catalogs, options: &PrintOptions) -> RegisterPrint {
    if options.lang != crate::translation::TARGET {
        return build_shown(register, catalogs, options, &[]);
    }
    let (mut shown, gaps) = crate::translation::for_document(register);
    // The history annex prints the changes as recorded.
    shown.history.clone_from(&register.history);
    build_shown(&shown, catalogs, options, &gaps)
}

fn build_shown(
    register: &Register,
    catalogs: &Catalogs,
    options: &PrintOptions,
    gaps: &[crate::translation::DocumentGap],
) -> RegisterPrint {
    let ctx = Ctx {
        register,
        catalogs,
        lang: options.lang,
    };
    let selected: Vec<&ProcessingActivity> = match &options.activities {
        Some(keys) => keys.iter().filter_map(|k| register.activity(k)).collect(),
        None => register
            .activities
            .iter()
            .filter(|a| a.status != ActivityStatus::Retired)
            .collect(),
    };
    let entries: Vec<Entry> = selected
        .iter()
        .enumerate()
        .map(|(i, a)| activity(&ctx, i + 1, a))
        .collect();
    let mut sections = vec![Section {
        kind: SectionKind::Activities,
        title: ctx
            .l("Verarbeitungstätigkeiten", "Processing activities")
            .into(),
        intro: None,
        body: Body::Entries(entries),
        empty_note: ctx
            .l(
                "Keine Verarbeitungstätigkeit erfasst.",
                "No processing activity recorded.",
            )
            .into(),
    }];
    if options.processor_record {
        sections.push(processor::processor_record(&ctx));
    }
    sections.push(parties::parties(&ctx, &selected, options));
    sections.push(annexes::transfers(&ctx, &selected, options));
    sections.push(annexes::toms(&ctx, &selected));
    if let Some(since) = options.history_since {
        sections.push(annexes::history(&ctx, &selected, options, since));
    }
    sections.extend(super::translation_gaps::annex(
        &ctx, &selected, options, gaps,
    ));
    number_annexes(&ctx, &mut sections);
    RegisterPrint {
        lang: options.lang,
        printed_on: options.printed_on,
        organisation: register.organisation.controller.name.clone(),
        title: labels::title(options.lang).into(),
        cover: cover(&ctx, options, selected.len()),
        sections,
    }
}

/// The column names of a section's entries, for a sheet that has no rows:
/// the items of a blank record.
pub(super) fn entry_columns(kind: SectionKind, lang: crate::Lang) -> Vec<String> {
    let mut register = Register::default();
    let catalogs = Catalogs::default();
    let blank = ProcessingActivity::new("x", "x");
    register
        .processor_activities
        .push(crate::ProcessorActivity::new("x", "x", "x"));
    let ctx = Ctx {
        register: &register,
        catalogs: &catalogs,
        lang,
    };
    let entries = match kind {
        SectionKind::Activities => vec![activity(&ctx, 1, &blank)],
        SectionKind::Parties => vec![parties::party(&ctx, 1, &Default::default(), None, false)],
        SectionKind::ProcessorRecord => match processor::processor_record(&ctx).body {
            Body::Entries(e) => e,
            Body::Table(_) => Vec::new(),
        },
        _ => Vec::new(),
    };
    entries
        .first()
        .map(|e| e.items.iter().map(Item::column).collect())
        .unwrap_or_default()
}

/// "Anlage 1 – Stellen …": annexes are numbered in the order printed.
fn number_annexes(ctx: &Ctx<'_>, sections: &mut [Section]) {
    let word = ctx.l("Anlage", "Annex");
    let annexes = sections.iter_mut().filter(|s| {
        !matches!(
            s.kind,
            SectionKind::Activities | SectionKind::ProcessorRecord
        )
    });
    for (i, s) in annexes.enumerate() {
        s.title = format!("{word} {} – {}", i + 1, s.title);
    }
}

fn cover(ctx: &Ctx<'_>, options: &PrintOptions, count: usize) -> Vec<Item> {
    let org = &ctx.register.organisation;
    let a = Some(art30(ctx.lang, 1, 'a'));
    let mut items = vec![
        item(
            a.clone(),
            ctx.l(
                "Name und Kontaktdaten des Verantwortlichen",
                "Name and contact details of the controller",
            ),
            controller(ctx, org),
        ),
        item(
            a.clone(),
            ctx.l("Datenschutzbeauftragter", "Data protection officer"),
            dpo(ctx, org),
        ),
        item(
            a,
            ctx.l(
                "Vertreter in der Union (Art. 27 DSGVO)",
                "Representative in the Union (Art. 27 GDPR)",
            ),
            representative(ctx, org),
        ),
        item(
            Some(art30(ctx.lang, 1, 'a')),
            ctx.l(
                "Gemeinsam Verantwortliche (Art. 26 DSGVO)",
                "Joint controllers (Art. 26 GDPR)",
            ),
            joint_controllers(ctx, org),
        ),
        item(
            None,
            ctx.l(
                "Zuständige Aufsichtsbehörde",
                "Competent supervisory authority",
            ),
            Value::opt(
                org.authority
                    .as_deref()
                    .map(|c| ctx.catalogs.authority(c).map_or(c, |a| a.name.as_str())),
            ),
        ),
        item(
            None,
            ctx.l("Datum des Ausdrucks", "Date of printing"),
            Value::text(ctx.date(options.printed_on)),
        ),
    ];
    if org.professional_secrecy {
        // Why the processor agreements carry an obligation to secrecy.
        items.push(item(
            None,
            ctx.l(
                "Berufliche Schweigepflicht (§ 203 StGB)",
                "Professional secrecy (Section 203 StGB)",
            ),
            Value::text(ctx.l(
                "Der Verantwortliche unterliegt ihr.",
                "The controller is bound by it.",
            )),
        ));
    }
    let mut count_text = count.to_string();
    if options.activities.is_some() {
        count_text.push_str(ctx.l(" (Auswahl)", " (selection)"));
    }
    items.push(item(
        None,
        ctx.l(
            "Anzahl der Verarbeitungstätigkeiten",
            "Number of processing activities",
        ),
        Value::text(count_text),
    ));
    if options.processor_record {
        items.push(item(
            None,
            ctx.l(
                "Einträge im Verzeichnis als Auftragsverarbeiter (Art. 30 Abs. 2 DSGVO)",
                "Entries in the processor's record (Art. 30(2) GDPR)",
            ),
            Value::text(ctx.register.processor_activities.len().to_string()),
        ));
    }
    items
}

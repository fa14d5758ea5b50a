//! Annex of the English print: the texts it shows untranslated. The
//! register's texts are German; where one has no current English
//! translation the print shows the German text, marked, and lists it here
//! with its place, so the DPO sees what to translate before the print goes
//! out (the notice lists the same gaps among its missing items).

use super::entries::{section, Ctx};
use super::parties::printed_parties;
use super::{Body, PrintOptions, Section, SectionKind, Table, Value};
use crate::translation::{self, DocumentGap};
use crate::{EntityKind, ProcessingActivity};

/// The annex, or `None` when every printed text is translated.
pub(super) fn annex(
    ctx: &Ctx<'_>,
    selected: &[&ProcessingActivity],
    options: &PrintOptions,
    gaps: &[DocumentGap],
) -> Option<Section> {
    let parties: Vec<&str> = printed_parties(ctx, selected, options)
        .iter()
        .map(|p| p.key.as_str())
        .collect();
    let printed = |g: &DocumentGap| match g.entity {
        EntityKind::Organisation | EntityKind::Tom => true,
        EntityKind::Activity => selected.iter().any(|a| a.key == g.key),
        EntityKind::Party => parties.contains(&g.key.as_str()),
        EntityKind::ProcessorActivity => options.processor_record,
    };
    let rows: Vec<Vec<Value>> = gaps
        .iter()
        .filter(|g| printed(g))
        .map(|g| {
            vec![
                Value::text(translation::label(g.entity, &g.record, &g.field, ctx.lang)),
                Value::text(g.message(ctx.lang)),
            ]
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    Some(section(
        SectionKind::Translations,
        ctx.l("Nicht übersetzte Texte", "Texts not translated"),
        Some(ctx.l(
            "Diese Texte des Verzeichnisses sind nicht oder nicht mehr ins Englische übersetzt; \
             der Ausdruck zeigt sie auf Deutsch beziehungsweise mit der veralteten Übersetzung, \
             jeweils gekennzeichnet.",
            "These texts of the register have no current English translation; the print shows \
             them in German, or with the outdated translation, marked as such.",
        )),
        Body::Table(Table {
            columns: vec![
                ctx.l("Stelle im Verzeichnis", "Place in the register")
                    .to_owned(),
                ctx.l("Stand der Übersetzung", "Translation").to_owned(),
            ],
            rows,
        }),
        "",
    ))
}

//! What the controller's record, the processor's record and the annexes
//! share: the builders' context, TOM references and names looked up in the
//! register and the catalogs. Transfers are in [`super::transfers`].

use super::labels::{self, l};
use super::{Body, Item, Section, SectionKind, Value};
use crate::{Catalogs, Lang, Register};

/// What every builder needs: the register, the catalogs, the language.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub register: &'a Register,
    pub catalogs: &'a Catalogs,
    pub lang: Lang,
}

impl Ctx<'_> {
    pub fn l(&self, de: &'static str, en: &'static str) -> &'static str {
        l(self.lang, de, en)
    }

    pub fn date(&self, d: chrono::NaiveDate) -> String {
        labels::date(self.lang, d)
    }

    pub fn party_name(&self, key: &str) -> String {
        self.register
            .party(key)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| key.to_owned())
    }

    pub fn country_name(&self, code: &str) -> String {
        self.catalogs
            .country(code)
            .map(|c| c.name(self.lang).to_owned())
            .unwrap_or_else(|| code.to_owned())
    }

    /// Art. 30(1)(g) / 30(2)(d): the TOMs referenced, then the notes.
    pub fn toms(&self, keys: &[String], notes: Option<&str>) -> Value {
        let mut lines: Vec<String> = keys
            .iter()
            .map(|k| match self.register.tom(k) {
                Some(t) => format!("{} ({})", t.title, labels::goal(self.lang, t.goal)),
                None => k.clone(),
            })
            .collect();
        if let Some(n) = notes {
            lines.push(format!("{}: {n}", self.l("Ergänzend", "In addition")));
        }
        Value::lines(lines)
    }
}

/// Folds a multi-line text (an address) into one line with commas.
pub fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn item(article: Option<String>, label: &str, value: Value) -> Item {
    Item {
        article,
        label: label.to_owned(),
        value,
    }
}

pub(super) fn section(
    kind: SectionKind,
    title: &str,
    intro: Option<&str>,
    body: Body,
    empty: &str,
) -> Section {
    Section {
        kind,
        title: title.to_owned(),
        intro: intro.map(str::to_owned),
        body,
        empty_note: empty.to_owned(),
    }
}

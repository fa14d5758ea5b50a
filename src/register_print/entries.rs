//! Items that the controller's record, the processor's record and the annexes
//! share: transfers with their safeguards, TOM references and names looked up
//! in the register and the catalogs.

use super::labels::{self, l};
use super::{Body, Item, Section, SectionKind, Value};
use crate::{Catalogs, Lang, Register, Transfer};

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

    /// The mechanism as "Label (citation)", or a visible gap.
    pub fn mechanism(&self, t: &Transfer) -> String {
        let Some(code) = t.mechanism.as_deref() else {
            return format!(
                "{}: {}",
                self.l("Garantie", "Safeguard"),
                labels::not_recorded(self.lang)
            );
        };
        let Some(m) = self.catalogs.mechanism(code) else {
            return code.to_owned();
        };
        let mut text = format!("{} ({})", m.label(self.lang), m.citation(self.lang));
        if let Some(module) = t.scc_module {
            text.push_str(&format!(", {} {module}", self.l("Modul", "module")));
        }
        if !m.valid {
            text.push_str(self.l(
                " – keine gültige Grundlage mehr",
                " – no longer a valid basis",
            ));
        }
        text
    }

    /// The transfer impact assessment, where one belongs to the mechanism
    /// (Art. 46/47 safeguards); `None` where it does not apply.
    pub fn tia(&self, t: &Transfer) -> Option<String> {
        if !is_safeguard(t.mechanism.as_deref()) {
            return None;
        }
        let date = t.tia_date.map(|d| self.date(d));
        Some(match (date, &t.tia_result) {
            (Some(d), Some(r)) => format!("{} {d}: {r}", self.l("TIA vom", "TIA of")),
            (Some(d), None) => format!("{} {d}", self.l("TIA vom", "TIA of")),
            (None, Some(r)) => format!("TIA: {r}"),
            (None, None) => format!("TIA: {}", labels::not_recorded(self.lang)),
        })
    }

    /// The documentation of the safeguards of one transfer (Art. 30(1)(e)
    /// second half, Art. 46, Art. 49(6)), as parts of one line.
    pub fn safeguards(&self, t: &Transfer) -> Vec<String> {
        let nr = labels::not_recorded(self.lang);
        let mut parts = Vec::new();
        let mechanism = t
            .mechanism
            .as_deref()
            .and_then(|c| self.catalogs.mechanism(c));
        match (t.mechanism.as_deref(), mechanism) {
            (None, _) => parts.push(format!("{}: {nr}", self.l("Garantie", "Safeguard"))),
            (Some(_), Some(m)) if !m.valid => parts.push(
                self.l(
                    "keine gültige Garantie (Privacy Shield, EuGH C-311/18)",
                    "no valid safeguard (Privacy Shield, CJEU C-311/18)",
                )
                .into(),
            ),
            (Some(code), _) if code.starts_with("art45") => {
                let adequacy = self
                    .catalogs
                    .country(&t.country)
                    .and_then(|c| c.adequacy.as_ref());
                parts.push(match adequacy {
                    Some(a) => {
                        let scope = match self.lang {
                            Lang::De => a.scope_de.as_deref(),
                            Lang::En => a.scope_en.as_deref(),
                        };
                        let mut s = format!(
                            "{} {} {} {}",
                            self.l("Angemessenheitsbeschluss", "Adequacy decision"),
                            a.decision,
                            self.l("vom", "of"),
                            self.date(a.date)
                        );
                        if let Some(scope) = scope {
                            s.push_str(&format!(" ({scope})"));
                        }
                        s
                    }
                    None => self
                        .l(
                            "kein Angemessenheitsbeschluss für dieses Land",
                            "no adequacy decision for this country",
                        )
                        .into(),
                });
            }
            (Some(_), Some(m)) if m.needs_documentation => {
                let doc = t.derogation_documentation.as_deref().unwrap_or(nr);
                parts.push(format!(
                    "{}: {doc}",
                    self.l(
                        "Dokumentation nach Art. 49 Abs. 6 DSGVO",
                        "Documentation under Art. 49(6) GDPR"
                    )
                ));
            }
            (Some(code), _) if code.starts_with("art49") => parts.push(
                self.l(
                    "Ausnahme für bestimmte Fälle (Art. 49 Abs. 1 DSGVO), keine Garantien",
                    "derogation for specific situations (Art. 49(1) GDPR), no safeguards",
                )
                .into(),
            ),
            (Some(_), _) => {
                parts.push(self.mechanism(t));
                if let Some(tia) = self.tia(t) {
                    parts.push(tia);
                }
            }
        }
        if let Some(m) = &t.supplementary_measures {
            parts.push(format!(
                "{}: {m}",
                self.l("Ergänzende Maßnahmen", "Supplementary measures")
            ));
        }
        if let Some(c) = &t.safeguards_copy {
            parts.push(format!(
                "{}: {c}",
                self.l("Kopie der Garantien", "Copy of the safeguards")
            ));
        }
        parts
    }

    /// The transfers annex's documentation column: what documents the
    /// safeguard beyond the mechanism and TIA columns — the adequacy
    /// decision, the Art. 49(6) assessment, supplementary measures.
    pub fn documentation(&self, t: &Transfer) -> Value {
        let mechanism = t
            .mechanism
            .as_deref()
            .and_then(|c| self.catalogs.mechanism(c));
        let code = t.mechanism.as_deref().unwrap_or_default();
        let mut parts = Vec::new();
        match mechanism {
            None => return Value::NotRecorded,
            Some(m) if !m.valid || code.starts_with("art45") => parts = self.safeguards(t),
            Some(m) if m.needs_documentation => match &t.derogation_documentation {
                Some(d) => parts.push(d.clone()),
                None => return Value::NotRecorded,
            },
            Some(_) if code.starts_with("art49") => {
                return Value::NotApplicable(
                    self.l(
                        "Ausnahme nach Art. 49 Abs. 1 DSGVO, keine Garantien",
                        "derogation under Art. 49(1) GDPR, no safeguards",
                    )
                    .into(),
                )
            }
            Some(_) => {
                parts.extend(t.supplementary_measures.as_ref().map(|m| {
                    format!(
                        "{}: {m}",
                        self.l("Ergänzende Maßnahmen", "Supplementary measures")
                    )
                }));
                parts.extend(t.safeguards_copy.as_ref().map(|c| {
                    format!(
                        "{}: {c}",
                        self.l("Kopie der Garantien", "Copy of the safeguards")
                    )
                }));
                if parts.is_empty() {
                    return Value::NotApplicable(labels::na::none_recorded(self.lang));
                }
            }
        }
        Value::text(parts.join("; "))
    }

    /// Art. 30(1)(e) first half: where the data goes, one line per transfer.
    pub fn transfers(&self, transfers: &[Transfer]) -> Value {
        if transfers.is_empty() {
            return Value::NotApplicable(labels::na::no_transfer(self.lang));
        }
        Value::Text(
            transfers
                .iter()
                .map(|t| {
                    let mut line = self.country_name(&t.country);
                    if let Some(r) = &t.recipient {
                        line.push_str(&format!(" – {}", self.party_name(r)));
                    }
                    line.push_str(&format!(" – {}", self.mechanism(t)));
                    if let Some(n) = &t.note {
                        line.push_str(&format!(" ({n})"));
                    }
                    line
                })
                .collect(),
        )
    }

    /// Art. 30(1)(e) second half: the documentation of the safeguards.
    pub fn safeguard_lines(&self, transfers: &[Transfer]) -> Value {
        if transfers.is_empty() {
            return Value::NotApplicable(labels::na::no_transfer(self.lang));
        }
        Value::Text(
            transfers
                .iter()
                .map(|t| {
                    format!(
                        "{}: {}",
                        self.country_name(&t.country),
                        self.safeguards(t).join("; ")
                    )
                })
                .collect(),
        )
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

/// Art. 46/47 safeguards, for which a transfer impact assessment is expected.
fn is_safeguard(code: Option<&str>) -> bool {
    code.is_some_and(|c| c.starts_with("art46") || c.starts_with("art47"))
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

//! What the rules share: records and catalog entries looked up by key once,
//! and what a destination country means for a transfer. Lookups tolerate
//! data that bypassed validation (unknown codes, dangling keys, blanks).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::{
    Catalogs, Country, DataCategory, LegalBasis, Party, RecipientRole, Register, Transfer,
    TransferMechanism, DPF_COUNTRY,
};

/// How transfer messages call the receiving party, for [`Destination::gap`].
pub(super) const RECIPIENT: (&str, &str) = ("Empfänger", "recipient");

pub(super) struct Context<'a> {
    pub register: &'a Register,
    pub catalogs: &'a Catalogs,
    pub today: NaiveDate,
    parties: HashMap<&'a str, &'a Party>,
    countries: HashMap<&'a str, &'a Country>,
    mechanisms: HashMap<&'a str, &'a TransferMechanism>,
    bases: HashMap<&'a str, &'a LegalBasis>,
    toms: HashSet<&'a str>,
    /// Party key → keys of the activities naming it as processor.
    processor_of: HashMap<&'a str, Vec<&'a str>>,
    /// Parties some processor agreement lists as sub-processor.
    listed_subprocessors: HashSet<&'a str>,
}

/// Where a transfer goes, in the terms Chapter V GDPR cares about.
#[derive(Debug, Clone, Copy)]
pub(super) enum Destination<'a> {
    /// No country given.
    Unspecified,
    /// A code the country catalog does not know.
    Unknown,
    /// In the EEA: no third-country transfer at all.
    Eea,
    /// A full adequacy decision, or a partial one the recipient is known to meet.
    Adequate(&'a Country),
    /// A partial adequacy decision the recipient is not shown to meet.
    PartlyAdequate(&'a Country),
    /// A third country without adequacy decision.
    NotAdequate(&'a Country),
}

impl Destination<'_> {
    /// True when a transfer there needs an Art. 46 safeguard or a derogation.
    pub fn needs_safeguards(&self) -> bool {
        matches!(
            self,
            Destination::Unspecified
                | Destination::Unknown
                | Destination::PartlyAdequate(_)
                | Destination::NotAdequate(_)
        )
    }

    /// Why no adequacy decision can be relied on for `recipient` there, as
    /// a clause to follow "obwohl" / "although" (German verb last), e.g.
    /// "für Indien (IN) kein Angemessenheitsbeschluss besteht". `noun` is
    /// how the recipient is called, masculine in German: ("Empfänger",
    /// "recipient"). `None` where a decision can be relied on.
    pub fn gap(
        &self,
        recipient: Option<&Party>,
        (noun_de, noun_en): (&str, &str),
    ) -> Option<(String, String)> {
        Some(match self {
            Destination::Eea | Destination::Adequate(_) => return None,
            Destination::Unspecified => (
                "das Zielland nicht angegeben ist".to_owned(),
                "the destination country is not given".to_owned(),
            ),
            Destination::Unknown => (
                "das Zielland nicht im Länderkatalog steht".to_owned(),
                "the destination country is not in the country catalog".to_owned(),
            ),
            Destination::NotAdequate(c) => (
                format!(
                    "für {} ({}) kein Angemessenheitsbeschluss besteht",
                    c.name_de, c.code
                ),
                format!(
                    "there is no adequacy decision for {} ({})",
                    c.name_en, c.code
                ),
            ),
            Destination::PartlyAdequate(c) if c.code == DPF_COUNTRY => match recipient {
                Some(_) => (
                    format!(
                        "der {noun_de} nicht als nach dem EU-US Data Privacy Framework \
                         zertifiziert erfasst ist"
                    ),
                    format!(
                        "the {noun_en} is not recorded as certified under the EU-U.S. Data \
                         Privacy Framework"
                    ),
                ),
                None => (
                    format!(
                        "kein {noun_de} erfasst ist, dessen Zertifizierung nach dem EU-US Data \
                         Privacy Framework sich prüfen ließe"
                    ),
                    format!(
                        "no {noun_en} is recorded whose certification under the EU-U.S. Data \
                         Privacy Framework could be checked"
                    ),
                ),
            },
            Destination::PartlyAdequate(c) => (
                format!(
                    "der Angemessenheitsbeschluss für {} ({}) nur einen Teil der Empfänger \
                     erfasst und das Verzeichnis nicht zeigt, dass der {noun_de} dazugehört",
                    c.name_de, c.code
                ),
                format!(
                    "the adequacy decision for {} ({}) covers only some recipients and the \
                     register does not show that the {noun_en} is among them",
                    c.name_en, c.code
                ),
            ),
        })
    }
}

/// A transfer-mechanism code as recorded.
pub(super) enum Mechanism<'a> {
    None,
    Unknown(String),
    Known(&'a TransferMechanism),
}

impl<'a> Context<'a> {
    pub fn new(register: &'a Register, catalogs: &'a Catalogs, today: NaiveDate) -> Self {
        let mut processor_of: HashMap<&str, Vec<&str>> = HashMap::new();
        for a in &register.activities {
            for r in &a.recipients {
                if let (RecipientRole::Processor, Some(p)) = (r.role, r.party.as_deref()) {
                    let uses = processor_of.entry(p).or_default();
                    if !uses.contains(&a.key.as_str()) {
                        uses.push(&a.key);
                    }
                }
            }
        }
        let listed_subprocessors = register
            .parties
            .iter()
            .filter_map(|p| p.agreement.as_ref())
            .flat_map(|ag| ag.subprocessors.iter().map(|s| s.party.as_str()))
            .collect();
        Context {
            register,
            catalogs,
            today,
            // Keys are unique after validation; with duplicates the first wins,
            // as in `Register::party`.
            parties: first_by_key(register.parties.iter().map(|p| (p.key.as_str(), p))),
            countries: first_by_key(catalogs.countries.iter().map(|c| (c.code.as_str(), c))),
            mechanisms: first_by_key(catalogs.mechanisms.iter().map(|m| (m.code.as_str(), m))),
            bases: first_by_key(catalogs.legal_bases.iter().map(|b| (b.code.as_str(), b))),
            toms: register.toms.iter().map(|t| t.key.as_str()).collect(),
            processor_of,
            listed_subprocessors,
        }
    }

    pub fn party(&self, key: Option<&str>) -> Option<&'a Party> {
        key.and_then(|k| self.parties.get(k.trim()).copied())
    }

    pub fn country(&self, code: &str) -> Option<&'a Country> {
        let code = code.trim();
        self.countries
            .get(code)
            .or_else(|| self.countries.get(code.to_ascii_uppercase().as_str()))
            .copied()
    }

    pub fn basis(&self, code: &str) -> Option<&'a LegalBasis> {
        self.bases.get(code.trim()).copied()
    }

    pub fn has_tom(&self, key: &str) -> bool {
        self.toms.contains(key.trim())
    }

    pub fn mechanism(&self, code: Option<&str>) -> Mechanism<'a> {
        match code.map(str::trim).filter(|c| !c.is_empty()) {
            None => Mechanism::None,
            Some(c) => match self.mechanisms.get(c) {
                Some(m) => Mechanism::Known(m),
                None => Mechanism::Unknown(c.to_owned()),
            },
        }
    }

    /// Activities naming the party as processor, in register order.
    pub fn processor_of(&self, party: &str) -> &[&'a str] {
        self.processor_of
            .get(party)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    pub fn is_listed_subprocessor(&self, party: &str) -> bool {
        self.listed_subprocessors.contains(party.trim())
    }

    /// What a transfer of data to `recipient` in `country` needs.
    pub fn destination(&self, country: &str, recipient: Option<&Party>) -> Destination<'a> {
        if country.trim().is_empty() {
            return Destination::Unspecified;
        }
        let Some(c) = self.country(country) else {
            return Destination::Unknown;
        };
        if c.eea {
            return Destination::Eea;
        }
        match &c.adequacy {
            None => Destination::NotAdequate(c),
            Some(a) if a.scope_de.is_none() && a.scope_en.is_none() => Destination::Adequate(c),
            Some(_)
                if c.code == DPF_COUNTRY
                    && recipient.is_some_and(Party::recorded_dpf_certified) =>
            {
                Destination::Adequate(c)
            }
            Some(_) => Destination::PartlyAdequate(c),
        }
    }

    /// Where data goes, for "verarbeitet Daten …" / "processes data …":
    /// ("im Drittland Vereinigte Staaten (US)", "in the third country United
    /// States (US)"). For a given code of a destination outside the EEA.
    pub fn in_country(&self, code: &str) -> (String, String) {
        let code = code.trim();
        match self.country(code) {
            Some(c) => (
                format!("im Drittland {} ({})", c.name_de, c.code),
                format!("in the third country {} ({})", c.name_en, c.code),
            ),
            None => (
                format!("in einem Land mit dem unbekannten Code „{code}“"),
                format!("in a country with the unknown code '{code}'"),
            ),
        }
    }
}

fn first_by_key<'a, T>(items: impl Iterator<Item = (&'a str, &'a T)>) -> HashMap<&'a str, &'a T> {
    let mut map = HashMap::new();
    for (k, v) in items {
        map.entry(k).or_insert(v);
    }
    map
}

/// The free texts of a transfer by field name, where a DPO may have named
/// the instrument in their own words.
pub(super) fn transfer_texts(t: &Transfer) -> [(&'static str, Option<&str>); 5] {
    [
        ("note", t.note.as_deref()),
        (
            "supplementary_measures",
            t.supplementary_measures.as_deref(),
        ),
        ("tia_result", t.tia_result.as_deref()),
        (
            "derogation_documentation",
            t.derogation_documentation.as_deref(),
        ),
        ("safeguards_copy", t.safeguards_copy.as_deref()),
    ]
}

/// The free texts of a party's own record by field path (notes,
/// certifications, the agreement's reference and location); its
/// sub-processors' tasks are left to the caller, who names the sub-processor.
pub(super) fn party_texts(party: &Party) -> Vec<(String, &str)> {
    let mut texts: Vec<(String, &str)> = Vec::new();
    if let Some(n) = &party.notes {
        texts.push(("notes".into(), n));
    }
    for (j, c) in party.certifications.iter().enumerate() {
        texts.push((format!("certifications[{j}]"), c));
    }
    if let Some(ag) = &party.agreement {
        if let Some(r) = &ag.reference {
            texts.push(("agreement.reference".into(), r));
        }
        if let Some(l) = &ag.location {
            texts.push(("agreement.location".into(), l));
        }
    }
    texts
}

/// A data category's name and description in lower case, where the
/// retention rules look for the kind of data it is (CCTV, books, letters).
pub(super) fn category_text(c: &DataCategory) -> String {
    format!("{}\n{}", c.name.to_lowercase(), lower(&c.description))
}

/// True when an optional text is missing or only whitespace.
pub(super) fn blank(text: &Option<String>) -> bool {
    text.as_deref().unwrap_or_default().trim().is_empty()
}

/// The sentence-initial form of a message fragment ("die Übermittlung …").
pub(super) fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "a, b and c" / "a, b und c" for lists in messages.
pub(super) fn join(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// The largest char boundary at or before `i` (`str::floor_char_boundary`
/// is not stable yet).
pub(super) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// An optional text in lower case ("" when missing).
pub(super) fn lower(text: &Option<String>) -> String {
    text.as_deref().unwrap_or_default().to_lowercase()
}

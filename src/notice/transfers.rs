//! Third-country transfers as the notice describes them (Art. 13(1)(f),
//! 14(1)(f)): whether an adequacy decision covers the transfer, the recorded
//! safeguard or derogation and, for Art. 49(1) second subparagraph, the
//! interests and safeguards data subjects must be told — each with its gaps.
//! The notice states only what the register records: a US recipient not
//! recorded as DPF-certified is not called uncertified.

use super::build::text;
use super::gaps::Gaps;
use super::missing::Gap;
use super::place::{place, Record};
use super::*;
use crate::implied_transfers::{ImpliedTransfer, Via};
use crate::{Catalogs, Party, Register, Transfer};

/// The mechanism kind of Art. 49(1) second subparagraph.
const COMPELLING: &str = "compelling_interests";

/// What the notice may say about an adequacy decision for one transfer; see
/// [`TransferNotice::coverage`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coverage {
    Eea,
    Full,
    Partial,
    Dpf,
    DpfUnrecorded,
    None,
}

impl Coverage {
    fn of(
        third_country: bool,
        adequacy: Option<&AdequacyNotice>,
        country: &str,
        party: Option<&Party>,
    ) -> Coverage {
        match adequacy {
            _ if !third_country => Coverage::Eea,
            None => Coverage::None,
            Some(d) if d.scope.is_none() => Coverage::Full,
            // The one partial decision the register can check: the EU-US
            // Data Privacy Framework, through the party's certification.
            Some(_) if country == crate::DPF_COUNTRY => match party {
                Some(p) if p.recorded_dpf_certified() => Coverage::Dpf,
                _ => Coverage::DpfUnrecorded,
            },
            Some(_) => Coverage::Partial,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Coverage::Eea => "eea",
            Coverage::Full => "full",
            Coverage::Partial => "partial",
            Coverage::Dpf => "dpf",
            Coverage::DpfUnrecorded => "dpf_unrecorded",
            Coverage::None => "none",
        }
    }

    fn applies(self) -> bool {
        matches!(self, Coverage::Full | Coverage::Partial | Coverage::Dpf)
    }
}

pub(super) fn transfer(
    i: usize,
    t: &Transfer,
    register: &Register,
    catalogs: &Catalogs,
    gaps: &Gaps<'_>,
) -> TransferNotice {
    describe(t, register, catalogs, gaps, true, &|name| {
        (format!("transfers[{i}].{name}"), None)
    })
}

/// A transfer the activity's parties imply (a seat, a processing location
/// or a sub-processor in a third country): described like a recorded one,
/// its gaps pointing at the record that fills them.
pub(super) fn implied(
    it: &ImpliedTransfer<'_>,
    register: &Register,
    catalogs: &Catalogs,
    gaps: &Gaps<'_>,
) -> TransferNotice {
    let lang = gaps.lang;
    let t = Transfer {
        recipient: Some(it.party.key.clone()),
        country: it.country.clone(),
        mechanism: it.mechanism.clone(),
        ..Transfer::default()
    };
    let recipient_field = format!("recipients[{}].party", it.recipient_index);
    let mut n = match it.via {
        Via::SubProcessor { processor, index } => {
            describe(&t, register, catalogs, gaps, true, &|name| {
                let path = format!("agreement.subprocessors[{index}].{name}");
                let at = place(Record::Party(&processor.name), &path, lang);
                (recipient_field.clone(), Some(at))
            })
        }
        // No instrument can be recorded on a seat or a location: the
        // activity has to record the transfer itself.
        Via::Seat | Via::Location => describe(&t, register, catalogs, gaps, false, &|_| {
            ("transfers".to_owned(), None)
        }),
    };
    if let (Via::SubProcessor { processor, .. }, Some(name)) = (it.via, &n.recipient) {
        n.recipient = Some(match lang {
            Lang::De => format!("{name} (Unterauftragsverarbeiter von {})", processor.name),
            Lang::En => format!("{name} (sub-processor of {})", processor.name),
        });
    }
    n
}

/// A transfer as the notice states it; `field` gives, for a field name of
/// the transfer, the JSON path the app opens and, where it lies in another
/// record, the place in words. `recordable` is false where no instrument
/// can be recorded at the source (a seat, a location): the gap then asks to
/// record the transfer itself.
fn describe(
    t: &Transfer,
    register: &Register,
    catalogs: &Catalogs,
    gaps: &Gaps<'_>,
    recordable: bool,
    field: &dyn Fn(&str) -> (String, Option<String>),
) -> TransferNotice {
    let lang = gaps.lang;
    let party = t.recipient.as_deref().and_then(|k| register.party(k));
    let country = catalogs.country(&t.country);
    let third_country = country.is_none_or(|c| c.is_third_country());
    let adequacy = country
        .and_then(|c| c.adequacy.as_ref())
        .map(|d| AdequacyNotice {
            // Decisions are cited by number; a catalog text without one
            // ("Durchführungsbeschluss … vom …") would repeat the date.
            decision: if d.decision.contains('/') {
                d.decision.clone()
            } else {
                String::new()
            },
            date: d.date,
            scope: match lang {
                Lang::De => d.scope_de.clone(),
                Lang::En => d.scope_en.clone(),
            },
        });
    let coverage = Coverage::of(third_country, adequacy.as_ref(), &t.country, party);
    let mechanism = t
        .mechanism
        .as_deref()
        .map(|code| mechanism(code, catalogs, lang));
    let interests_and_safeguards = text(&t.derogation_documentation).filter(|_| {
        mechanism
            .as_ref()
            .is_some_and(|(m, _)| m.kind == COMPELLING)
    });
    let about = match (&t.recipient, party) {
        (_, Some(p)) => format!("{}, {}", p.name, t.country),
        (Some(k), None) => format!("{k}, {}", t.country),
        (None, None) => t.country.clone(),
    };
    let documented = interests_and_safeguards.is_some();
    let missing = transfer_gap(coverage, mechanism.as_ref(), documented)
        .into_iter()
        .map(|(gap, name)| {
            let (path, at) = field(name);
            let gap = match gap {
                Gap::TransferMechanism | Gap::TransferDpf if !recordable => Gap::TransferUnrecorded,
                other => other,
            };
            let mut m = gaps.item_about(gap, path, &about);
            if let Some(at) = at {
                m.place = at;
            }
            m
        })
        .collect();
    TransferNotice {
        recipient: t
            .recipient
            .as_deref()
            .map(|k| party.map_or(k.to_owned(), |p| p.name.clone())),
        country: country.map_or(t.country.clone(), |c| c.name(lang).to_owned()),
        third_country,
        organisation: crate::INTERNATIONAL_ORGANISATIONS.contains(&t.country.as_str()),
        adequacy,
        adequacy_applies: coverage.applies(),
        coverage: coverage.code(),
        // An instrument that no longer carries a transfer (Privacy Shield)
        // is never presented as the safeguard; the gap names it instead.
        mechanism: mechanism.filter(|(_, valid)| *valid).map(|(m, _)| m),
        scc_module: t.scc_module,
        interests_and_safeguards,
        safeguards_copy: text(&t.safeguards_copy),
        missing,
    }
}

/// The transfer's gap as (gap, field), if any: a mechanism that carries
/// nothing, no mechanism where no decision covers the transfer, a decision
/// relied on that the register cannot show to apply, or the Art. 49(1)
/// second subparagraph information data subjects are owed.
fn transfer_gap(
    coverage: Coverage,
    mechanism: Option<&(MechanismNotice, bool)>,
    documented: bool,
) -> Option<(Gap, &'static str)> {
    match mechanism {
        Some((_, false)) => Some((Gap::TransferMechanismInvalid, "mechanism")),
        None if coverage == Coverage::DpfUnrecorded => Some((Gap::TransferDpf, "mechanism")),
        None if coverage != Coverage::Eea && !coverage.applies() => {
            Some((Gap::TransferMechanism, "mechanism"))
        }
        Some((m, true)) if m.kind == "adequacy" => match coverage {
            Coverage::DpfUnrecorded => Some((Gap::TransferDpfUnrecorded, "recipient")),
            Coverage::None => Some((Gap::TransferMechanism, "mechanism")),
            _ => None,
        },
        Some((m, true)) if m.kind == COMPELLING && !documented => {
            Some((Gap::TransferInterests, "derogation_documentation"))
        }
        _ => None,
    }
}

/// The recorded mechanism resolved against the catalog, and whether it can
/// still carry a transfer. A code the catalog does not know is shown as
/// recorded rather than dropped.
fn mechanism(code: &str, catalogs: &Catalogs, lang: Lang) -> (MechanismNotice, bool) {
    match catalogs.mechanism(code) {
        Some(m) => (
            MechanismNotice {
                code: code.to_owned(),
                citation: m.citation(lang).to_owned(),
                label: m.label(lang).to_owned(),
                // The catalog marks the one derogation that needs the
                // Art. 49(6) documentation: Art. 49(1) second subparagraph.
                kind: if m.needs_documentation {
                    COMPELLING.to_owned()
                } else {
                    kind_by_code(code).to_owned()
                },
            },
            m.valid,
        ),
        None => (
            MechanismNotice {
                code: code.to_owned(),
                citation: code.to_owned(),
                label: String::new(),
                kind: kind_by_code(code).to_owned(),
            },
            true,
        ),
    }
}

fn kind_by_code(code: &str) -> &'static str {
    if code.starts_with("art45") {
        "adequacy"
    } else if code.starts_with("art49") {
        "derogation"
    } else {
        "safeguard"
    }
}

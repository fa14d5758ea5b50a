//! The third-country transfers the register implies beyond those an
//! activity records: a recipient seated in a third country, a processor
//! processing in one, a processor's sub-processor there (Art. 28(4); remote
//! support access from there is a transfer too), a party that records a
//! processing country there. The notice and the register
//! print state them alongside the recorded ones, so neither says "no
//! transfer" while the parties say otherwise.

use crate::{Catalogs, Party, ProcessingActivity, Register};

/// A transfer the parties of an activity imply and the activity does not
/// record.
#[derive(Debug, Clone, PartialEq)]
pub struct ImpliedTransfer<'a> {
    /// The party that receives the data in the third country.
    pub party: &'a Party,
    /// The destination's country code.
    pub country: String,
    /// The recipient of the activity whose record implies the transfer.
    pub recipient_index: usize,
    pub via: Via<'a>,
    /// The transfer instrument the sub-processor entry records, if any.
    pub mechanism: Option<String>,
}

/// Why the register implies a transfer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Via<'a> {
    /// The recipient's seat is in the third country.
    Seat,
    /// The party records the country among its processing countries, or
    /// its processor agreement names a processing location there.
    Location,
    /// A sub-processor of the recipient (the processor) is there; `index`
    /// is its place in the agreement's list.
    SubProcessor { processor: &'a Party, index: usize },
}

/// The transfers `activity`'s recipients imply that it does not record
/// (same recipient and country), in the order of its recipients.
pub fn implied<'a>(
    activity: &ProcessingActivity,
    register: &'a Register,
    catalogs: &Catalogs,
) -> Vec<ImpliedTransfer<'a>> {
    implied_by(activity, &|key| register.party(key), catalogs)
}

/// [`implied`] with the parties looked up by `lookup` (an index the caller
/// holds, where the register's own lookup would walk the list).
pub fn implied_by<'a>(
    activity: &ProcessingActivity,
    lookup: &dyn Fn(&str) -> Option<&'a Party>,
    catalogs: &Catalogs,
) -> Vec<ImpliedTransfer<'a>> {
    // A recorded transfer covers the implied one when it names the same
    // recipient in the same country, or names no recipient but that country.
    let recorded = |party: &str, country: &str| {
        activity.transfers.iter().any(|t| {
            t.country.eq_ignore_ascii_case(country)
                && t.recipient.as_deref().is_none_or(|r| r == party)
        })
    };
    let third = |code: &str| catalogs.country(code).is_some_and(|c| c.is_third_country());
    let mut out: Vec<ImpliedTransfer<'a>> = Vec::new();
    let mut push = |t: ImpliedTransfer<'a>| {
        let seen = out
            .iter()
            .any(|o| o.party.key == t.party.key && o.country == t.country);
        if !seen && !recorded(&t.party.key, &t.country) {
            out.push(t);
        }
    };
    for (i, r) in activity.recipients.iter().enumerate() {
        let Some(party) = r.party.as_deref().and_then(lookup) else {
            continue;
        };
        // A seat implies a transfer only when the activity records no
        // transfer to that recipient at all: where it records one (to
        // whichever country), the DPO has said where the data goes.
        let any_to_party = activity
            .transfers
            .iter()
            .any(|t| t.recipient.as_deref() == Some(party.key.as_str()));
        if let Some(code) = party
            .country
            .as_deref()
            .filter(|c| third(c) && !any_to_party)
        {
            push(ImpliedTransfer {
                party,
                country: code.to_owned(),
                recipient_index: i,
                via: Via::Seat,
                mechanism: None,
            });
        }
        for code in party.processing_countries.iter().filter(|c| third(c)) {
            push(ImpliedTransfer {
                party,
                country: code.clone(),
                recipient_index: i,
                via: Via::Location,
                mechanism: None,
            });
        }
        let Some(agreement) = &party.agreement else {
            continue;
        };
        for location in &agreement.locations {
            if let Some(code) = country_named(location, catalogs).filter(|c| third(c)) {
                push(ImpliedTransfer {
                    party,
                    country: code,
                    recipient_index: i,
                    via: Via::Location,
                    mechanism: None,
                });
            }
        }
        for (index, s) in agreement.subprocessors.iter().enumerate() {
            let Some(sub) = lookup(&s.party) else {
                continue;
            };
            let country = s.country.as_deref().or(sub.country.as_deref());
            if let Some(code) = country.filter(|c| third(c)) {
                push(ImpliedTransfer {
                    party: sub,
                    country: code.to_owned(),
                    recipient_index: i,
                    via: Via::SubProcessor {
                        processor: party,
                        index,
                    },
                    mechanism: s.mechanism.clone(),
                });
            }
        }
    }
    out
}

/// A processing location that is a country: its code or its German or
/// English name, as the catalog writes them.
fn country_named(location: &str, catalogs: &Catalogs) -> Option<String> {
    let l = location.trim();
    catalogs
        .countries
        .iter()
        .find(|c| {
            c.code.eq_ignore_ascii_case(l)
                || c.name_de.eq_ignore_ascii_case(l)
                || c.name_en.eq_ignore_ascii_case(l)
        })
        .map(|c| c.code.clone())
}

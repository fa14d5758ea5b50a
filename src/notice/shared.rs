//! What several activities of a notice share is stated once: purposes (with
//! their legal bases, interests and consent texts), categories of data
//! subjects and recipients recorded alike in two or more activities move
//! into a section of their own, placed
//! before the activities, and each activity keeps only what differs — so a
//! notice of three meeting tools does not repeat its four common purposes
//! three times. Gaps of a shared item stay each activity's own: the shared
//! section marks them all, and the list of missing items is unchanged.

use std::collections::HashMap;

use super::*;

/// What makes two purposes "the same" in the public text (not their gaps,
/// which name their activity).
fn purpose_key(p: &PurposeNotice) -> String {
    let bases: Vec<&str> = p.legal_bases.iter().map(|b| b.code.as_str()).collect();
    format!(
        "{}\u{1f}{}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}",
        p.description,
        bases.join(","),
        p.legal_basis_note,
        p.legitimate_interests,
        p.consent_given,
        p.consent_withdrawal
    )
}

fn recipient_key(r: &RecipientNotice) -> String {
    format!(
        "{}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}",
        r.role,
        r.name,
        r.address,
        r.country,
        r.description,
        r.note,
        r.locations,
        r.privacy_notice,
        r.own_responsibility
    )
}

/// Moves what two or more of `activities` share into shared sections, one
/// per set of activities sharing a purpose, the widest first; returns them
/// and the activities with what remains their own. Recipients and data
/// subjects join a section only where the same activities also share a
/// purpose: a section per recipient would list more activity names than it
/// saves words. Linear in the number of items, for registers of thousands
/// of activities.
pub(super) fn group(
    mut activities: Vec<ActivityNotice>,
    lang: Lang,
) -> (Vec<ActivityNotice>, Vec<ActivityNotice>) {
    if activities.len() < 2 {
        return (Vec::new(), activities);
    }
    // Each item's key, computed once, and which activities hold it.
    let keys = |f: &dyn Fn(&ActivityNotice) -> Vec<String>| -> Vec<Vec<String>> {
        activities.iter().map(f).collect()
    };
    let purpose_keys = keys(&|a| a.purposes.iter().map(purpose_key).collect());
    let recipient_keys = keys(&|a| a.recipients.iter().map(recipient_key).collect());
    let subject_keys = keys(&|a| a.data_subjects.clone());
    let holders = |all: &[Vec<String>]| {
        let mut map: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, list) in all.iter().enumerate() {
            for k in list {
                let h = map.entry(k.clone()).or_default();
                if h.last() != Some(&i) {
                    h.push(i);
                }
            }
        }
        map
    };
    let purpose_holders = holders(&purpose_keys);
    let recipient_holders = holders(&recipient_keys);
    let subject_holders = holders(&subject_keys);
    // The sets of activities sharing a purpose, the widest first.
    let mut sets: Vec<&Vec<usize>> = purpose_holders.values().filter(|h| h.len() > 1).collect();
    sets.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    sets.dedup();
    if sets.is_empty() {
        return (Vec::new(), activities);
    }
    let set_of: HashMap<&Vec<usize>, usize> =
        sets.iter().enumerate().map(|(s, h)| (*h, s)).collect();
    // Which set (if any) each item of each activity moves to.
    let target = |holders: &HashMap<String, Vec<usize>>, key: &str| {
        holders.get(key).and_then(|h| set_of.get(h)).copied()
    };
    let count = activities.len();
    let mut member_of: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (s, set) in sets.iter().enumerate() {
        for &i in set.iter() {
            member_of[i].push(s);
        }
    }
    let mut sections: Vec<ActivityNotice> = sets
        .iter()
        .enumerate()
        .map(|(s, set)| {
            let names: Vec<String> = set.iter().map(|&i| activities[i].name.clone()).collect();
            empty_section(
                &format!("shared-{}", s + 1),
                &names,
                set.len() == count,
                lang,
            )
        })
        .collect();
    for i in 0..count {
        let a = &mut activities[i];
        let first_of = |s: usize| sets[s].first() == Some(&i);
        let mut kept = Vec::new();
        for (p, key) in a.purposes.drain(..).zip(&purpose_keys[i]) {
            match target(&purpose_holders, key) {
                Some(s) => merge_into(&mut sections[s].purposes, p, first_of(s), |q| {
                    purpose_key(q) == *key
                }),
                None => kept.push(p),
            }
        }
        a.purposes = kept;
        let mut kept = Vec::new();
        for (r, key) in a.recipients.drain(..).zip(&recipient_keys[i]) {
            match target(&recipient_holders, key) {
                Some(s) => merge_into(&mut sections[s].recipients, r, first_of(s), |q| {
                    recipient_key(q) == *key
                }),
                None => kept.push(r),
            }
        }
        a.recipients = kept;
        let mut kept = Vec::new();
        for d in a.data_subjects.drain(..) {
            match target(&subject_holders, &d) {
                Some(s) if first_of(s) => sections[s].data_subjects.push(d),
                Some(_) => {}
                None => kept.push(d),
            }
        }
        a.data_subjects = kept;
        a.shared = member_of[i]
            .iter()
            .map(|&s| ActivityRef {
                key: sections[s].key.clone(),
                name: sections[s].name.clone(),
            })
            .collect();
    }
    (sections, activities)
}

/// Adds a shared item to its section: the first activity's copy is the
/// one stated, the others' gaps join its marks (each names its activity).
fn merge_into<T: HasMissing>(list: &mut Vec<T>, item: T, first: bool, same: impl Fn(&T) -> bool) {
    if first {
        list.push(item);
    } else if let Some(stated) = list.iter_mut().find(|q| same(q)) {
        stated.missing_mut().extend(item.into_missing());
    }
}

trait HasMissing {
    fn missing_mut(&mut self) -> &mut Vec<MissingItem>;
    fn into_missing(self) -> Vec<MissingItem>;
}

impl HasMissing for PurposeNotice {
    fn missing_mut(&mut self) -> &mut Vec<MissingItem> {
        &mut self.missing
    }
    fn into_missing(self) -> Vec<MissingItem> {
        self.missing
    }
}

impl HasMissing for RecipientNotice {
    fn missing_mut(&mut self) -> &mut Vec<MissingItem> {
        &mut self.missing
    }
    fn into_missing(self) -> Vec<MissingItem> {
        self.missing
    }
}

fn empty_section(key: &str, names: &[String], all: bool, lang: Lang) -> ActivityNotice {
    let name = match (lang, all) {
        (Lang::De, true) => "Was für alle diese Verarbeitungen gilt".to_owned(),
        (Lang::En, true) => "What applies to all of these processing activities".to_owned(),
        (Lang::De, false) => format!("Was für {} gilt", join(names, lang)),
        (Lang::En, false) => format!("What applies to {}", join(names, lang)),
    };
    ActivityNotice {
        key: key.to_owned(),
        name,
        description: None,
        art13: true,
        art14: false,
        purposes: Vec::new(),
        purposes_missing: Vec::new(),
        data_subjects: Vec::new(),
        data: Vec::new(),
        data_missing: Vec::new(),
        source: None,
        recipients: Vec::new(),
        recipients_missing: Vec::new(),
        access: None,
        role_notes: Vec::new(),
        transfers: Vec::new(),
        retention: Vec::new(),
        retention_missing: Vec::new(),
        provision: None,
        automated: AutomatedNotice {
            used: None,
            logic: None,
            consequences: None,
            decisions: Vec::new(),
            missing: Vec::new(),
        },
        embeds: Default::default(),
        objection: false,
        consent: false,
        marketing: false,
        missing: Vec::new(),
        group: names.to_vec(),
        shared: Vec::new(),
    }
}

/// "„A“, „B“ und „C“" / "“A”, “B” and “C”".
fn join(names: &[String], lang: Lang) -> String {
    let (open, close, and) = match lang {
        Lang::De => ("„", "“", "und"),
        Lang::En => ("“", "”", "and"),
    };
    let quoted: Vec<String> = names.iter().map(|n| format!("{open}{n}{close}")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {and} {last}", rest.join(", ")),
        _ => quoted.join(""),
    }
}

//! What several activities of a notice share is stated once: purposes (with
//! their legal bases, interests and consent texts), categories of data
//! subjects and recipients recorded alike in two or more activities move
//! into a section of their own, placed
//! before the activities, and each activity keeps only what differs — so a
//! notice of three meeting tools does not repeat its four common purposes
//! three times. Gaps of a shared item stay each activity's own: the shared
//! section marks them all, and the list of missing items is unchanged.

use std::collections::BTreeMap;

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
/// per set of activities sharing something, the widest first; returns them
/// and the activities with what remains their own.
pub(super) fn group(
    activities: Vec<ActivityNotice>,
    lang: Lang,
) -> (Vec<ActivityNotice>, Vec<ActivityNotice>) {
    if activities.len() < 2 {
        return (Vec::new(), activities);
    }
    // Which activities hold each purpose and recipient (by index).
    let mut purposes: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut recipients: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut subjects: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, a) in activities.iter().enumerate() {
        for d in &a.data_subjects {
            let holders = subjects.entry(d.clone()).or_default();
            if holders.last() != Some(&i) {
                holders.push(i);
            }
        }
        for p in &a.purposes {
            let holders = purposes.entry(purpose_key(p)).or_default();
            if holders.last() != Some(&i) {
                holders.push(i);
            }
        }
        for r in &a.recipients {
            let holders = recipients.entry(recipient_key(r)).or_default();
            if holders.last() != Some(&i) {
                holders.push(i);
            }
        }
    }
    // The sets of activities that share something, in document order.
    let mut sets: Vec<Vec<usize>> = Vec::new();
    for holders in purposes
        .values()
        .chain(recipients.values())
        .chain(subjects.values())
    {
        if holders.len() > 1 && !sets.contains(holders) {
            sets.push(holders.clone());
        }
    }
    if sets.is_empty() {
        return (Vec::new(), activities);
    }
    // The widest sharing first: "all three tools" before "two of them".
    sets.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    let mut activities = activities;
    let mut sections = Vec::new();
    for (s, set) in sets.iter().enumerate() {
        let key = format!("shared-{}", s + 1);
        let names: Vec<String> = set.iter().map(|&i| activities[i].name.clone()).collect();
        let first = set[0];
        let shared_p: Vec<PurposeNotice> = activities[first]
            .purposes
            .iter()
            .filter(|p| purposes.get(&purpose_key(p)) == Some(set))
            .cloned()
            .collect();
        let shared_r: Vec<RecipientNotice> = activities[first]
            .recipients
            .iter()
            .filter(|r| recipients.get(&recipient_key(r)) == Some(set))
            .cloned()
            .collect();
        let all = set.len() == activities.len();
        let mut section = empty_section(&key, &names, all, lang);
        section.data_subjects = activities[first]
            .data_subjects
            .iter()
            .filter(|d| subjects.get(*d) == Some(set))
            .cloned()
            .collect();
        section.purposes = shared_p
            .into_iter()
            .map(|mut p| {
                let k = purpose_key(&p);
                p.missing = set
                    .iter()
                    .flat_map(|&i| activities[i].purposes.iter())
                    .filter(|q| purpose_key(q) == k)
                    .flat_map(|q| q.missing.iter().cloned())
                    .collect();
                p
            })
            .collect();
        section.recipients = shared_r
            .into_iter()
            .map(|mut r| {
                let k = recipient_key(&r);
                r.missing = set
                    .iter()
                    .flat_map(|&i| activities[i].recipients.iter())
                    .filter(|q| recipient_key(q) == k)
                    .flat_map(|q| q.missing.iter().cloned())
                    .collect();
                r
            })
            .collect();
        for &i in set {
            let a = &mut activities[i];
            a.purposes
                .retain(|p| purposes.get(&purpose_key(p)) != Some(set));
            a.recipients
                .retain(|r| recipients.get(&recipient_key(r)) != Some(set));
            a.data_subjects.retain(|d| subjects.get(d) != Some(set));
            a.shared.push(ActivityRef {
                key: key.clone(),
                name: section.name.clone(),
            });
        }
        sections.push(section);
    }
    (sections, activities)
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
            missing: Vec::new(),
        },
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

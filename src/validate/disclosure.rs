//! What a recipient receives and on what basis (issue 23): the data
//! categories disclosed to it, the legal basis where it differs from the
//! purposes', and for "the public" where the data is published.

use super::*;

/// Validates a recipient's disclosure against the activity's data
/// categories (`categories`, their names) and the legal-basis catalog.
pub(super) fn disclosure(
    r: &mut Recipient,
    p: &Path<'_>,
    categories: &[String],
    catalogs: &Catalogs,
) -> Result<()> {
    let mut v = Problems::default();
    normalize_opt(&mut r.legal_basis_note);
    v.note(opt(p.at("legal_basis_note"), &r.legal_basis_note, MAX_LONG));

    for (i, c) in r.channels.iter().enumerate() {
        let path = p.at(&format!("channels[{i}]"));
        if r.role != RecipientRole::Public {
            v.add(path, Reason::ChannelsOnlyForPublic);
        } else if r.channels[..i].contains(c) {
            v.add(
                path,
                Reason::ListedTwice {
                    item: Listed::Channel,
                    value: c.code().to_owned(),
                },
            );
        }
    }

    normalize_list(&mut r.data_categories);
    v.note(each_once(
        p,
        "data_categories",
        &r.data_categories,
        Listed::DataCategory,
        |name| {
            (!categories.iter().any(|c| c == name)).then(|| Reason::UnknownDataCategory {
                name: name.to_owned(),
            })
        },
    ));

    normalize_list(&mut r.legal_bases);
    v.note(legal_bases(p, &r.legal_bases, catalogs));

    if r.role == RecipientRole::Public {
        if r.party.is_some() {
            v.add(p.at("party"), Reason::PublicIsNoParty);
        }
        if r.channels.is_empty() {
            v.add(p.at("channels"), Reason::PublicationChannelsMissing);
        }
        if r.legal_bases.is_empty() && r.legal_basis_note.is_none() {
            v.add(p.at("legal_bases"), Reason::PublicationBasisMissing);
        }
    }
    v.finish()
}

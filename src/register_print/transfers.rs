//! What the print says about a third-country transfer (Art. 30(1)(e),
//! Art. 30(2)(c)). Each transfer is described once, as a [`TransferDoc`];
//! the items of the activity (or processor-record entry) and the row of the
//! transfers annex are both printed from it, so the two cannot disagree.

use super::entries::Ctx;
use super::labels::{self, na};
use super::{Line, Span, Value};
use crate::{Lang, Transfer};

/// One transfer as printed.
pub(super) struct TransferDoc {
    pub country: String,
    /// The receiving party; a gap when none is recorded.
    pub recipient: Value,
    /// "Vereinigte Staaten – Microsoft Corporation" (or "Indien (Empfänger:
    /// nicht erfasst)"): the start of each of the transfer's lines on an
    /// activity page.
    pub destination: Line,
    /// The transfer tool (Art. 45, 46, 47 or 49 GDPR), or a gap.
    pub mechanism: Line,
    /// The transfer impact assessment an Art. 46/47 safeguard needs.
    pub tia: Value,
    /// The documentation of suitable safeguards: the adequacy decision, the
    /// safeguard with its supplementary measures, or the Art. 49(6)
    /// assessment.
    pub documentation: Value,
}

/// A value as part of a line: its lines joined, an empty value as its mark.
fn inline(value: &Value) -> Line {
    match value {
        Value::Text(lines) => Line::join(lines.iter().cloned(), "; "),
        Value::NotRecorded => Line(vec![Span::NotRecorded]),
        Value::NotApplicable(why) => Line(vec![Span::NotApplicable(why.clone())]),
    }
}

/// Which kind of transfer tool a mechanism code is.
enum Tool {
    NotRecorded,
    /// Privacy Shield and the like.
    Invalid,
    Adequacy,
    /// Art. 49(1) second subparagraph: needs the Art. 49(6) documentation.
    DocumentedDerogation,
    /// Art. 49(1)(a)–(g): no safeguards.
    Derogation,
    /// Art. 46/47, or a code the catalog does not know.
    Safeguard,
}

impl Ctx<'_> {
    pub(super) fn transfer_doc(&self, t: &Transfer) -> TransferDoc {
        let tool = self.tool(t);
        let country = self.country_name(&t.country);
        let recipient = t.recipient.as_deref().map(|r| self.party_name(r));
        let destination = match &recipient {
            Some(name) => Line::from(format!("{country} – {name}")),
            None => {
                let mut line = Line::from(format!("{country} ("));
                line.append(Line::gap(self.l("Empfänger", "recipient")));
                line.push(")");
                line
            }
        };
        TransferDoc {
            country,
            recipient: Value::opt(recipient.as_deref()),
            destination,
            mechanism: self.mechanism(t),
            tia: self.tia(t, &tool),
            documentation: self.documentation(t, &tool),
        }
    }

    fn tool(&self, t: &Transfer) -> Tool {
        let Some(code) = t.mechanism.as_deref() else {
            return Tool::NotRecorded;
        };
        let m = self.catalogs.mechanism(code);
        match m {
            Some(m) if !m.valid => Tool::Invalid,
            _ if code.starts_with("art45") => Tool::Adequacy,
            Some(m) if m.needs_documentation => Tool::DocumentedDerogation,
            _ if code.starts_with("art49") => Tool::Derogation,
            _ => Tool::Safeguard,
        }
    }

    /// The mechanism as "Label (citation)", or a visible gap.
    pub fn mechanism(&self, t: &Transfer) -> Line {
        let Some(code) = t.mechanism.as_deref() else {
            return Line::gap(self.l("Garantie", "Safeguard"));
        };
        let Some(m) = self.catalogs.mechanism(code) else {
            return Line::from(code);
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
        Line::from(text)
    }

    /// Expected for Art. 46/47 safeguards (EDPB Recommendations 01/2020).
    /// Without a mechanism it is a gap as well: whether one is needed is
    /// open until the mechanism is chosen.
    fn tia(&self, t: &Transfer, tool: &Tool) -> Value {
        match tool {
            Tool::NotRecorded => return Value::NotRecorded,
            Tool::Safeguard if is_safeguard(t.mechanism.as_deref()) => {}
            _ => {
                return Value::NotApplicable(
                    self.l(
                        "nur bei Garantien nach Art. 46 oder 47 DSGVO",
                        "only for safeguards under Art. 46 or 47 GDPR",
                    )
                    .into(),
                )
            }
        }
        let date = t.tia_date.map(|d| self.date(d));
        match (date, &t.tia_result) {
            (Some(d), Some(r)) => Value::text(format!("{} {d}: {r}", self.l("TIA vom", "TIA of"))),
            (Some(d), None) => Value::text(format!("{} {d}", self.l("TIA vom", "TIA of"))),
            (None, Some(r)) => Value::text(format!("TIA: {r}")),
            (None, None) => Value::NotRecorded,
        }
    }

    /// The documentation of suitable safeguards, followed by the
    /// supplementary measures and where the copy of the safeguards is kept.
    fn documentation(&self, t: &Transfer, tool: &Tool) -> Value {
        let extras: Vec<Line> = [
            (
                self.l("Ergänzende Maßnahmen", "Supplementary measures"),
                &t.supplementary_measures,
            ),
            (
                self.l("Kopie der Garantien", "Copy of the safeguards"),
                &t.safeguards_copy,
            ),
        ]
        .into_iter()
        .filter_map(|(label, text)| text.as_ref().map(|x| Line::from(format!("{label}: {x}"))))
        .collect();
        let derogation = self.l(
            "Ausnahme nach Art. 49 Abs. 1 DSGVO, keine Garantien",
            "derogation under Art. 49(1) GDPR, no safeguards",
        );
        let mut parts = match tool {
            Tool::NotRecorded => return Value::NotRecorded,
            Tool::Derogation if extras.is_empty() => {
                return Value::NotApplicable(derogation.into())
            }
            Tool::Derogation => vec![Line(vec![Span::NotApplicable(derogation.into())])],
            Tool::Invalid => vec![Line::from(self.l(
                "keine gültige Garantie (Privacy Shield, EuGH C-311/18)",
                "no valid safeguard (Privacy Shield, CJEU C-311/18)",
            ))],
            Tool::Adequacy => self.adequacy(t),
            Tool::DocumentedDerogation => {
                let label = self.l(
                    "Dokumentation nach Art. 49 Abs. 6 DSGVO",
                    "Documentation under Art. 49(6) GDPR",
                );
                vec![match &t.derogation_documentation {
                    Some(d) => Line::from(format!("{label}: {d}")),
                    None => Line::gap(label),
                }]
            }
            // The safeguard itself is what documents the transfer.
            Tool::Safeguard => vec![self.mechanism(t)],
        };
        parts.extend(extras);
        Value::text(Line::join(parts, "; "))
    }

    /// The adequacy decision for the country; for the United States also
    /// whether the recipient is recorded as DPF-certified, since the
    /// decision covers only those.
    fn adequacy(&self, t: &Transfer) -> Vec<Line> {
        let adequacy = self
            .catalogs
            .country(&t.country)
            .and_then(|c| c.adequacy.as_ref());
        let Some(a) = adequacy else {
            return vec![Line::from(self.l(
                "kein Angemessenheitsbeschluss für dieses Land",
                "no adequacy decision for this country",
            ))];
        };
        let scope = match self.lang {
            Lang::De => a.scope_de.as_deref(),
            Lang::En => a.scope_en.as_deref(),
        };
        let mut decision = format!(
            "{} {} {} {}",
            self.l("Angemessenheitsbeschluss", "Adequacy decision"),
            a.decision,
            self.l("vom", "of"),
            self.date(a.date)
        );
        if let Some(scope) = scope {
            decision.push_str(&format!(" ({scope})"));
        }
        let mut lines = vec![Line::from(decision)];
        if t.country == crate::DPF_COUNTRY {
            let certified = t
                .recipient
                .as_deref()
                .and_then(|r| self.register.party(r))
                .filter(|p| p.recorded_dpf_certified());
            let label = self.l(
                "Zertifizierung des Empfängers nach dem EU-US Data Privacy Framework",
                "Recipient's certification under the EU-U.S. Data Privacy Framework",
            );
            lines.push(match certified {
                Some(party) => Line::from(format!(
                    "{label}: {}",
                    labels::dpf_certified(self.lang, party)
                )),
                None => Line::gap(label),
            });
        }
        lines
    }

    /// Art. 30(1)(e) / 30(2)(c), first half: where the data go, one line
    /// per transfer.
    pub fn transfers(&self, transfers: &[Transfer]) -> Value {
        self.per_transfer(transfers, |t, doc| {
            let mut line = doc.destination;
            line.push(" – ");
            line.append(doc.mechanism);
            if let Some(n) = &t.note {
                line.push(&format!(" ({n})"));
            }
            line
        })
    }

    /// Art. 30(1)(e) / 30(2)(c), second half: the documentation of the
    /// safeguards, as in the transfers annex.
    pub fn safeguard_lines(&self, transfers: &[Transfer]) -> Value {
        self.per_transfer(transfers, |_, doc| labelled(&doc, &doc.documentation))
    }

    /// The transfer impact assessments, as in the transfers annex.
    pub fn tia_lines(&self, transfers: &[Transfer]) -> Value {
        self.per_transfer(transfers, |_, doc| labelled(&doc, &doc.tia))
    }

    fn per_transfer(
        &self,
        transfers: &[Transfer],
        line: impl Fn(&Transfer, TransferDoc) -> Line,
    ) -> Value {
        if transfers.is_empty() {
            return Value::NotApplicable(na::no_transfer(self.lang));
        }
        Value::Text(
            transfers
                .iter()
                .map(|t| line(t, self.transfer_doc(t)))
                .collect(),
        )
    }
}

/// "Vereinigte Staaten – Microsoft Corporation: <value>".
fn labelled(doc: &TransferDoc, value: &Value) -> Line {
    let mut line = doc.destination.clone();
    line.push(": ");
    line.append(inline(value));
    line
}

/// Art. 46/47 safeguards, for which a transfer impact assessment is expected.
fn is_safeguard(code: Option<&str>) -> bool {
    code.is_some_and(|c| c.starts_with("art46") || c.starts_with("art47"))
}

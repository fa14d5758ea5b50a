//! A legal basis as a spreadsheet cites it ("Art. 6 Abs. 1 lit. b DSGVO",
//! "Art. 6 I b DSGVO", "Art. 6(1)(b) GDPR", "§ 26 Abs. 1 BDSG") mapped to its
//! code in the legal-basis catalog.
//!
//! The catalog is the yardstick: each entry's German citation is taken apart
//! the same way as the cell's, and the two are compared part by part (law,
//! article or section, paragraph, letter). A catalog entry added by a later
//! migration is therefore understood without touching this file.

use super::columns::fold;
use crate::Catalogs;

/// The catalog code a citation (or the code itself) stands for; `None` when
/// it matches no entry or more than one.
pub fn legal_basis_code(text: &str, catalogs: &Catalogs) -> Option<String> {
    let wanted = fold(text);
    let verbatim = catalogs.legal_bases.iter().find(|b| {
        [&b.code, &b.citation_de, &b.citation_en]
            .iter()
            .any(|c| fold(c) == wanted)
    });
    if let Some(b) = verbatim {
        return Some(b.code.clone());
    }
    let cited = Citation::parse(text)?;
    let matches: Vec<(&str, Citation)> = catalogs
        .legal_bases
        .iter()
        .filter_map(|b| Some((b.code.as_str(), Citation::parse(&b.citation_de)?)))
        .filter(|(_, c)| cited.fits(c))
        .collect();
    // Several entries fit when the catalog has a law both as a whole and by
    // paragraph (§ 26 BDSG and § 26 Abs. 3 BDSG): the one that names the
    // same paragraph wins; where that is still not one entry (§ 26 Abs. 1
    // S. 1 and S. 2, and the sentence is not read), the entry for the whole
    // provision.
    let single = |mut it: Vec<&str>| match (it.pop(), it.is_empty()) {
        (Some(code), true) => Some(code.to_owned()),
        _ => None,
    };
    if matches.len() <= 1 {
        return single(matches.iter().map(|(code, _)| *code).collect());
    }
    single(
        matches
            .iter()
            .filter(|(_, c)| c.paragraph == cited.paragraph)
            .map(|(code, _)| *code)
            .collect(),
    )
    .or_else(|| {
        single(
            matches
                .iter()
                .filter(|(_, c)| c.paragraph.is_none())
                .map(|(code, _)| *code)
                .collect(),
        )
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// "Art." of a regulation.
    Article,
    /// "§" of a German statute.
    Section,
}

/// A citation taken apart. The sentence or sub-paragraph ("S. 1",
/// "UAbs. 1") is read and left out: no catalog entry depends on it.
#[derive(Debug, PartialEq, Eq)]
struct Citation {
    unit: Unit,
    number: u32,
    paragraph: Option<u32>,
    letter: Option<char>,
    /// "gdpr", "bdsg", "tdddg" or the law's name as written.
    law: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(String),
    Number(u32),
    Paragraph,
}

const PARAGRAPH_WORDS: [&str; 4] = ["abs", "absatz", "para", "paragraph"];
const SENTENCE_WORDS: [&str; 8] = [
    "s",
    "satz",
    "uabs",
    "unterabs",
    "unterabsatz",
    "sentence",
    "subpara",
    "subparagraph",
];
const LETTER_WORDS: [&str; 5] = ["lit", "buchst", "buchstabe", "letter", "point"];
const ORDINALS: [&str; 3] = ["first", "second", "third"];

impl Citation {
    fn parse(text: &str) -> Option<Citation> {
        let tokens = tokens(text);
        let mut rest = tokens.as_slice();
        let unit = match rest.first()? {
            Token::Word(w) if matches!(w.as_str(), "art" | "artikel" | "article") => Unit::Article,
            Token::Word(w) if matches!(w.as_str(), "section" | "sec") => Unit::Section,
            Token::Paragraph => Unit::Section,
            Token::Word(_) | Token::Number(_) => return None,
        };
        let Some(Token::Number(number)) = rest.get(1) else {
            return None;
        };
        rest = &rest[2..];
        let mut c = Citation {
            unit,
            number: *number,
            paragraph: None,
            letter: None,
            law: String::new(),
        };
        // A roman paragraph ("Art. 6 I 1 b") is followed by a bare sentence number.
        let mut roman = false;
        loop {
            match rest {
                [Token::Word(w), Token::Number(n), tail @ ..]
                    if PARAGRAPH_WORDS.contains(&w.as_str()) && c.paragraph.is_none() =>
                {
                    c.paragraph = Some(*n);
                    rest = tail;
                }
                [Token::Word(w), Token::Number(_), tail @ ..]
                    if SENTENCE_WORDS.contains(&w.as_str()) =>
                {
                    rest = tail;
                }
                [Token::Word(o), Token::Word(w), tail @ ..]
                    if ORDINALS.contains(&o.as_str()) && SENTENCE_WORDS.contains(&w.as_str()) =>
                {
                    rest = tail;
                }
                [Token::Word(w), Token::Word(l), tail @ ..]
                    if LETTER_WORDS.contains(&w.as_str()) && c.letter.is_none() =>
                {
                    c.letter = Some(single_letter(l)?);
                    rest = tail;
                }
                [Token::Number(n), tail @ ..] if c.paragraph.is_none() => {
                    c.paragraph = Some(*n);
                    rest = tail;
                }
                [Token::Number(_), tail @ ..] if roman && c.letter.is_none() => {
                    rest = tail;
                }
                [Token::Word(w), tail @ ..]
                    if c.paragraph.is_none() && roman_value(w).is_some() =>
                {
                    c.paragraph = roman_value(w);
                    roman = true;
                    rest = tail;
                }
                [Token::Word(w), tail @ ..] if c.letter.is_none() && single_letter(w).is_some() => {
                    c.letter = single_letter(w);
                    rest = tail;
                }
                _ => break,
            }
        }
        c.law = law(rest)?;
        match (c.unit, c.law.is_empty()) {
            // An article without a law is taken as the GDPR's: the catalog
            // cites no other regulation by article.
            (Unit::Article, true) => c.law = "gdpr".to_owned(),
            (Unit::Section, true) => return None,
            _ => {}
        }
        Some(c)
    }

    /// Whether this (cited) citation names `entry` (a catalog entry's). A
    /// paragraph given on one side only does not stand in the way: "§ 26
    /// Abs. 1 BDSG" is § 26 BDSG, "Art. 6 lit. b DSGVO" is Art. 6(1)(b).
    fn fits(&self, entry: &Citation) -> bool {
        self.unit == entry.unit
            && self.law == entry.law
            && self.number == entry.number
            && self.letter == entry.letter
            && (self.paragraph.is_none()
                || entry.paragraph.is_none()
                || self.paragraph == entry.paragraph)
    }
}

/// Words, numbers and "§", lower case; everything else separates.
fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '§' {
            out.push(Token::Paragraph);
        } else if c.is_ascii_digit() {
            let mut digits = String::from(c);
            while let Some(d) = chars.next_if(char::is_ascii_digit) {
                digits.push(d);
            }
            // A number too long for u32 is no article anyone cites.
            out.push(Token::Number(digits.parse().unwrap_or(u32::MAX)));
        } else if c.is_alphabetic() {
            let mut word: String = c.to_lowercase().collect();
            while let Some(l) = chars.next_if(|l| l.is_alphabetic()) {
                word.extend(l.to_lowercase());
            }
            out.push(Token::Word(word));
        }
    }
    out
}

/// The law named by the last words ("DSGVO", "DS-GVO", "GDPR", "BDSG",
/// "TTDSG" as § 25 TDDDG was called until May 2024); `None` when anything
/// but words is left.
fn law(rest: &[Token]) -> Option<String> {
    let mut name = String::new();
    for t in rest {
        match t {
            Token::Word(w) => name.push_str(w),
            Token::Number(_) | Token::Paragraph => return None,
        }
    }
    Some(match name.as_str() {
        "dsgvo" | "gdpr" | "eudsgvo" | "eugdpr" => "gdpr".to_owned(),
        "ttdsg" => "tdddg".to_owned(),
        _ => name,
    })
}

fn single_letter(word: &str) -> Option<char> {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => Some(c),
        _ => None,
    }
}

fn roman_value(word: &str) -> Option<u32> {
    const ROMAN: [&str; 6] = ["i", "ii", "iii", "iv", "v", "vi"];
    ROMAN
        .iter()
        .position(|r| *r == word)
        .and_then(|i| u32::try_from(i + 1).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> (Unit, u32, Option<u32>, Option<char>, String) {
        let c = Citation::parse(text).unwrap_or_else(|| panic!("{text} must parse"));
        (c.unit, c.number, c.paragraph, c.letter, c.law)
    }

    #[test]
    fn the_usual_ways_of_citing_come_apart_alike() {
        let art6_1_b = (Unit::Article, 6, Some(1), Some('b'), "gdpr".to_owned());
        for text in [
            "Art. 6 Abs. 1 lit. b DSGVO",
            "Art. 6 Abs. 1 S. 1 lit. b DSGVO",
            "Art. 6 Abs. 1 UAbs. 1 Buchst. b DS-GVO",
            "Art. 6 I b DSGVO",
            "Art. 6 I 1 lit. b DSGVO",
            "Art. 6(1)(b) GDPR",
            "Article 6(1)(b) GDPR",
            "Art.6 Abs.1 lit.b",
        ] {
            assert_eq!(parsed(text), art6_1_b, "{text}");
        }
        assert_eq!(
            parsed("Art. 9 II i DSGVO"),
            (Unit::Article, 9, Some(2), Some('i'), "gdpr".to_owned())
        );
        assert_eq!(
            parsed("§ 26 Abs. 1 S. 1 BDSG"),
            (Unit::Section, 26, Some(1), None, "bdsg".to_owned())
        );
        assert_eq!(
            parsed("Section 26(1), first sentence, BDSG"),
            (Unit::Section, 26, Some(1), None, "bdsg".to_owned())
        );
        assert_eq!(parsed("§ 25 TTDSG").4, "tdddg");
    }

    #[test]
    fn what_is_no_single_citation_does_not_parse() {
        for text in [
            "Art. 6 Abs. 1 lit. b DSGVO i. V. m. § 26 BDSG",
            "§ 26",
            "Einwilligung",
            "6 1 b",
            "",
        ] {
            assert_eq!(Citation::parse(text), None, "{text}");
        }
    }
}

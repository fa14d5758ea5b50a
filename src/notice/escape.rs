//! Escaping register text for the two output languages the template engine
//! does not know: Markdown and typst markup. Whatever a DPO types — a name
//! with `<script>`, an `_underscore_`, a `#` — must come out as that text and
//! never as markup. (HTML escaping is the engine's own.)
//!
//! Both functions also fold line breaks into spaces: a value sits inside a
//! sentence or a list item, where a line break could end the list or start a
//! heading. Templates that want a value's lines (addresses) split it first.

use std::borrow::Cow;

/// Escapes text for Markdown (CommonMark and GitHub's dialect): every
/// character that can start inline markup or raw HTML is backslash-escaped,
/// as is anything that would act as a block marker at the start of the value.
pub fn escape_markdown(text: &str) -> String {
    markdown(text).into_owned()
}

/// [`escape_markdown`] without copying text that needs no escape.
pub(crate) fn markdown(text: &str) -> Cow<'_, str> {
    let always = |b: u8| b"\\`*_[]<>|~{}&\r\n".contains(&b);
    if !text.bytes().any(always)
        && !text.starts_with(|c: char| c.is_ascii_digit() || "#+-=".contains(c))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let folded = fold_lines(text);
    let mut chars = folded.chars().peekable();
    let mut at_start = true;
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            // An entity reference (`&amp;`, `&#60;`) would be decoded.
            '&' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                out.push_str("\\&");
            }
            // `!` only matters before `[`, which is escaped anyway; `#`, `+`,
            // `-`, `=` only at the start of a line.
            '#' | '+' | '-' | '=' if at_start => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
        if at_start && c.is_ascii_digit() {
            // "1. " or "1) " at the start would open an ordered list.
            let mut digits = String::new();
            while let Some(d) = chars.peek().copied().filter(char::is_ascii_digit) {
                digits.push(d);
                chars.next();
            }
            out.push_str(&digits);
            if let Some(p) = chars.peek().copied().filter(|p| *p == '.' || *p == ')') {
                chars.next();
                if chars.peek().is_none_or(|n| n.is_whitespace()) {
                    out.push('\\');
                }
                out.push(p);
            }
        }
        at_start = false;
    }
    Cow::Owned(out)
}

/// Escapes text for typst markup mode: every character that would act as
/// markup there (functions, math, emphasis, references, labels, comments,
/// dashes, list and heading markers) is backslash-escaped, so the text is set
/// literally.
pub fn escape_typst(text: &str) -> String {
    typst(text).into_owned()
}

/// [`escape_typst`] without copying text that needs no escape.
pub(crate) fn typst(text: &str) -> Cow<'_, str> {
    let always = |b: u8| b"\\#$*_@<>[]`~\r\n".contains(&b);
    let pairs = ["--", "-?", "//", "/*"];
    if !text.bytes().any(always)
        && !pairs.iter().any(|p| text.contains(p))
        && !text.starts_with(|c: char| c.is_ascii_digit() || "=+-/".contains(c))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let folded = fold_lines(text);
    let mut chars = folded.chars().peekable();
    let mut at_start = true;
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let escape = match c {
            '\\' | '#' | '$' | '*' | '_' | '@' | '<' | '>' | '[' | ']' | '`' | '~' => true,
            // A list, enum, heading or term at the start; an en/em dash or
            // soft hyphen from `--`/`-?`; a comment from `//` or `/*`.
            '=' | '+' => at_start,
            '-' => at_start || matches!(next, Some('-' | '?')),
            '/' => at_start || matches!(next, Some('/' | '*')),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        if at_start && c.is_ascii_digit() {
            // "1." at the start of a line would open a numbered list.
            let mut digits = String::new();
            while let Some(d) = chars.peek().copied().filter(char::is_ascii_digit) {
                digits.push(d);
                chars.next();
            }
            out.push_str(&digits);
            if chars.peek() == Some(&'.') {
                chars.next();
                if chars.peek().is_none_or(|n| n.is_whitespace()) {
                    out.push('\\');
                }
                out.push('.');
            }
        }
        at_start = false;
    }
    Cow::Owned(out)
}

/// Turns every run of line breaks (and the spaces around them) into a space.
fn fold_lines(text: &str) -> Cow<'_, str> {
    if !text.contains(['\n', '\r']) {
        return Cow::Borrowed(text);
    }
    let joined = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Cow::Owned(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_keeps_html_and_emphasis_as_text() {
        assert_eq!(
            escape_markdown("<script>alert(\"x\")</script> & \"Co\""),
            "\\<script\\>alert(\"x\")\\</script\\> & \"Co\""
        );
        assert_eq!(escape_markdown("a_b*c*"), "a\\_b\\*c\\*");
        assert_eq!(escape_markdown("&amp;"), "\\&amp;");
    }

    #[test]
    fn markdown_escapes_block_markers_only_at_the_start() {
        assert_eq!(escape_markdown("# x - y"), "\\# x - y");
        assert_eq!(escape_markdown("1. Stock"), "1\\. Stock");
        assert_eq!(escape_markdown("Etage 1. Stock"), "Etage 1. Stock");
        assert_eq!(escape_markdown("a\n\n- b"), "a - b");
    }

    #[test]
    fn typst_escapes_markup_characters() {
        assert_eq!(escape_typst("#let x = $1$"), "\\#let x = \\$1\\$");
        assert_eq!(escape_typst("a@b.de // c"), "a\\@b.de \\// c");
        assert_eq!(escape_typst("- a -- b -? c"), "\\- a \\-- b \\-? c");
        assert_eq!(escape_typst("E-Mail 2023/1795"), "E-Mail 2023/1795");
        assert_eq!(escape_typst("12. Mai"), "12\\. Mai");
        assert_eq!(escape_typst("19.02.2021"), "19.02.2021");
    }
}

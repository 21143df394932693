//! Team text as pieces to render as text nodes: plain runs and web links. Only `http://` and
//! `https://` become links (never `javascript:` or `data:`); nothing is ever parsed as HTML.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Link(String),
}

/// Splits `text` at the links in it; punctuation that ends a sentence stays out of a link.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(start) = next_link(rest) {
        plain.push_str(&rest[..start]);
        let tail = &rest[start..];
        // Unicode isolates (U+2066..=U+2069), which right-to-left messages put around a value
        // such as a link, end it too.
        let end = tail
            .find(|c: char| {
                c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\u{2066}'..='\u{2069}')
            })
            .unwrap_or(tail.len());
        let link = tail[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
        if link.len() <= "https://".len() {
            plain.push_str(&tail[..end]);
        } else {
            if !plain.is_empty() {
                out.push(Piece::Text(std::mem::take(&mut plain)));
            }
            out.push(Piece::Link(link.to_string()));
            plain.push_str(&tail[link.len()..end]);
        }
        rest = &tail[end..];
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        out.push(Piece::Text(plain));
    }
    out
}

fn next_link(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    [lower.find("https://"), lower.find("http://")]
        .into_iter()
        .flatten()
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_cut_out_of_the_text() {
        assert_eq!(
            pieces("see https://voipbin.net/docs, then http://x.io."),
            [
                Piece::Text("see ".into()),
                Piece::Link("https://voipbin.net/docs".into()),
                Piece::Text(", then ".into()),
                Piece::Link("http://x.io".into()),
                Piece::Text(".".into()),
            ]
        );
    }

    #[test]
    fn markup_and_other_schemes_stay_text() {
        let text = "<img src=x onerror=alert(1)> javascript:alert(1) data:text/html,hi";
        assert_eq!(pieces(text), [Piece::Text(text.into())]);
        assert_eq!(
            pieces("https://a.b/<script>"),
            [
                Piece::Link("https://a.b/".into()),
                Piece::Text("<script>".into())
            ]
        );
        assert_eq!(pieces("https:// "), [Piece::Text("https:// ".into())]);
        assert_eq!(pieces(""), []);
        // A link isolated in right-to-left text ends at the isolate.
        assert_eq!(
            pieces("استماع: \u{2068}https://d.io/x\u{2069}"),
            [
                Piece::Text("استماع: \u{2068}".into()),
                Piece::Link("https://d.io/x".into()),
                Piece::Text("\u{2069}".into()),
            ]
        );
        // Non-ASCII text around a link never splits a character.
        assert_eq!(
            pieces("é https://ü.de ö"),
            [
                Piece::Text("é ".into()),
                Piece::Link("https://ü.de".into()),
                Piece::Text(" ö".into()),
            ]
        );
    }
}

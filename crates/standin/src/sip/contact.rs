//! Reading REGISTER's Contact header values (RFC 3261 20.10). Hand-split because rsip 0.4's
//! typed Contact fails on what browsers send (JsSIP: `;+sip.instance="<urn:uuid:...>"` and
//! several contacts in one header); each URI is still parsed by rsip.

/// What a REGISTER's Contact headers ask for.
#[derive(Debug, PartialEq, Eq)]
pub enum ContactList {
    /// `Contact: *`: every contact of the AOR (only with `Expires: 0`).
    Wildcard,
    Contacts(Vec<ContactEntry>),
}

#[derive(Debug, PartialEq, Eq)]
pub struct ContactEntry {
    /// The URI as written (inside the angle brackets when there are some).
    pub uri: String,
    /// The contact's own `expires` parameter.
    pub expires: Option<u32>,
}

/// Reads every Contact header value of a request, in order.
pub fn parse_contacts<'a>(
    values: impl IntoIterator<Item = &'a str>,
) -> Result<ContactList, String> {
    let mut entries = Vec::new();
    let mut wildcard = false;
    for value in values {
        for item in split_outside_quotes(value, ',') {
            let item = item.trim();
            if item == "*" {
                wildcard = true;
            } else if !item.is_empty() {
                entries.push(parse_entry(item)?);
            }
        }
    }
    match (wildcard, entries.is_empty()) {
        (true, true) => Ok(ContactList::Wildcard),
        (true, false) => Err("Contact: * must be the only contact".to_owned()),
        (false, _) => Ok(ContactList::Contacts(entries)),
    }
}

fn parse_entry(item: &str) -> Result<ContactEntry, String> {
    let (uri, params) = match item.find('<') {
        Some(open) => {
            let after = &item[open + 1..];
            let close = after
                .find('>')
                .ok_or_else(|| format!("unclosed '<' in contact {item:?}"))?;
            (&after[..close], &after[close + 1..])
        }
        None => item.split_at(item.find(';').unwrap_or(item.len())),
    };
    let parsed = rsip::Uri::try_from(uri.trim())
        .map_err(|error| format!("contact URI {uri:?} unreadable: {error}"))?;
    if !matches!(parsed.scheme, Some(rsip::Scheme::Sip | rsip::Scheme::Sips)) {
        return Err(format!("contact URI {uri:?} is not sip: or sips:"));
    }
    let mut expires = None;
    for param in split_outside_quotes(params, ';') {
        let (name, value) = param.split_once('=').unwrap_or((param, ""));
        if name.trim().eq_ignore_ascii_case("expires") {
            let seconds = value
                .trim()
                .parse()
                .map_err(|_| format!("contact expires {value:?} is not a number"))?;
            expires = Some(seconds);
        }
    }
    Ok(ContactEntry {
        uri: uri.trim().to_owned(),
        expires,
    })
}

/// Splits on `separator` outside double quotes and angle brackets.
fn split_outside_quotes(text: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut quoted, mut in_angle, mut escaped) = (false, false, false);
    let mut start = 0;
    for (at, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '<' if !quoted => in_angle = true,
            '>' if !quoted => in_angle = false,
            c if c == separator && !quoted && !in_angle => {
                parts.push(&text[start..at]);
                start = at + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(uri: &str, expires: Option<u32>) -> ContactEntry {
        ContactEntry {
            uri: uri.to_owned(),
            expires,
        }
    }

    #[test]
    fn jssip_contact_with_instance_and_expires() {
        let value = r#"<sip:a3b4c5@4oqo0kttpcf8.invalid;transport=ws>;+sip.ice;reg-id=1;+sip.instance="<urn:uuid:d1a1c7d1-2f6d-4b8f-a1d0-8a7e93b0a1c2>";expires=600"#;
        assert_eq!(
            parse_contacts([value]),
            Ok(ContactList::Contacts(vec![entry(
                "sip:a3b4c5@4oqo0kttpcf8.invalid;transport=ws",
                Some(600)
            )]))
        );
    }

    #[test]
    fn several_contacts_display_names_and_bare_uris() {
        let values = [
            r#""Desk, 1" <sip:a@x.invalid;transport=ws>;expires=0, sip:b@y;expires=60"#,
            "<sip:c@z>",
        ];
        assert_eq!(
            parse_contacts(values),
            Ok(ContactList::Contacts(vec![
                entry("sip:a@x.invalid;transport=ws", Some(0)),
                entry("sip:b@y", Some(60)),
                entry("sip:c@z", None),
            ]))
        );
    }

    #[test]
    fn wildcard_alone_only() {
        assert_eq!(parse_contacts([" * "]), Ok(ContactList::Wildcard));
        assert!(parse_contacts(["*", "<sip:a@b>"]).is_err());
    }

    #[test]
    fn broken_contacts_are_errors() {
        for bad in [
            "<sip:a@b",
            "<http://example.com>",
            "<sip:a@b>;expires=soon",
            "<sip:a@b>;expires=-1",
            "<>",
        ] {
            assert!(parse_contacts([bad]).is_err(), "{bad}");
        }
        assert_eq!(parse_contacts([""]), Ok(ContactList::Contacts(vec![])));
    }
}

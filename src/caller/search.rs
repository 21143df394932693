//! Finding a contact on the device: VoIPBIN's contact list has no search or filter, so the
//! desk pages through it and matches here (name, company, number, email).

use voipbin_protocol::crm::{normalize_phone, Contact};

/// Whether every word of `query` is in the contact's name, company, job title or one of its
/// addresses (numbers compared by their digits, so "555 0100" finds "+15550100").
pub fn matches(contact: &Contact, query: &str) -> bool {
    let haystack = format!(
        "{} {} {} {} {}",
        contact.name(),
        contact.first_name,
        contact.last_name,
        contact.company,
        contact.job_title
    )
    .to_lowercase();
    let digits: Vec<String> = contact
        .addresses
        .iter()
        .map(|a| normalize_phone(&a.target))
        .collect();
    let emails: Vec<String> = contact
        .addresses
        .iter()
        .map(|a| a.target.to_lowercase())
        .collect();
    query.split_whitespace().all(|word| {
        let word = word.to_lowercase();
        let word_digits: String = word.chars().filter(char::is_ascii_digit).collect();
        haystack.contains(&word)
            || emails.iter().any(|e| e.contains(&word))
            || (word_digits.len() >= 3
                && word_digits.len() == word.trim_start_matches('+').len()
                && digits.iter().any(|d| d.contains(&word_digits)))
    })
}

/// The contacts matching `query`, at most `limit`, in list order.
pub fn filter<'a>(contacts: &'a [Contact], query: &str, limit: usize) -> Vec<&'a Contact> {
    contacts
        .iter()
        .filter(|c| matches(c, query))
        .take(limit)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use voipbin_protocol::crm::ContactAddress;

    fn ada() -> Contact {
        Contact {
            first_name: "Ada".into(),
            last_name: "Lovelace".into(),
            company: "Analytical Engines".into(),
            addresses: vec![
                ContactAddress {
                    r#type: "tel".into(),
                    target: "+15550100".into(),
                    ..ContactAddress::default()
                },
                ContactAddress {
                    r#type: "email".into(),
                    target: "Ada@Engines.example".into(),
                    ..ContactAddress::default()
                },
            ],
            ..Contact::default()
        }
    }

    #[test]
    fn every_word_must_match_somewhere() {
        assert!(matches(&ada(), "ada engines"));
        assert!(matches(&ada(), "LOVELACE"));
        assert!(!matches(&ada(), "ada babbage"));
        assert!(matches(&ada(), ""));
    }

    #[test]
    fn numbers_match_by_digits_and_emails_by_text() {
        assert!(matches(&ada(), "5550100"));
        assert!(matches(&ada(), "+1555"));
        assert!(matches(&ada(), "ada@engines"));
        assert!(!matches(&ada(), "5559999"));
        // Two digits are too few to mean a number.
        assert!(!matches(&ada(), "55x"));
    }

    #[test]
    fn filter_keeps_order_and_limit() {
        let mut bob = ada();
        bob.first_name = "Bob".into();
        let all = vec![ada(), bob, ada()];
        assert_eq!(filter(&all, "engines", 2).len(), 2);
        assert_eq!(filter(&all, "bob", 10)[0].first_name, "Bob");
    }
}

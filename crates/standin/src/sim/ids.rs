//! Deterministic UUIDs. Every id comes from a seeded stream, so a seed replays with the very
//! same ids (tests and recorded sessions can refer to them).

use super::rng::Rng;
pub(super) use crate::rng::uuid_from;

/// A stable id for the n-th thing of a kind (agents, queues, ...): depends only on the seed,
/// the label and n, never on the traffic drawn so far.
pub fn stable_uuid(seed: u64, label: &str, n: usize) -> String {
    let mut rng = Rng::derived(seed, &format!("{label}#{n}"));
    uuid_from(&mut rng)
}

/// Lowercase hex of random bytes (webhook secrets).
pub fn hex_token(rng: &mut Rng, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes * 2);
    let mut left = bytes;
    while left > 0 {
        let word = rng.next_u64().to_be_bytes();
        for b in word.iter().take(left) {
            out.push_str(&format!("{b:02x}"));
        }
        left = left.saturating_sub(8);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_shape() {
        let mut rng = Rng::new(42);
        let id = uuid_from(&mut rng);
        assert_eq!(id.len(), 36);
        let parts: Vec<&str> = id.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            vec![8, 4, 4, 4, 12]
        );
        assert!(parts[2].starts_with('4'));
        assert!(matches!(
            parts[3].chars().next(),
            Some('8' | '9' | 'a' | 'b')
        ));
    }

    #[test]
    fn stable_ids_depend_on_seed_label_and_index_only() {
        assert_eq!(stable_uuid(1, "agent", 3), stable_uuid(1, "agent", 3));
        assert_ne!(stable_uuid(1, "agent", 3), stable_uuid(1, "agent", 4));
        assert_ne!(stable_uuid(1, "agent", 3), stable_uuid(2, "agent", 3));
        assert_ne!(stable_uuid(1, "agent", 3), stable_uuid(1, "queue", 3));
    }

    #[test]
    fn hex_token_length() {
        let mut rng = Rng::new(5);
        assert_eq!(hex_token(&mut rng, 16).len(), 32);
        assert_eq!(hex_token(&mut rng, 5).len(), 10);
    }
}

use super::*;

/// RFC 2617 section 3.5's example (its method is GET).
const RFC2617_AUTHORIZATION: &str = r#"Digest username="Mufasa",
     realm="testrealm@host.com",
     nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093",
     uri="/dir/index.html",
     qop=auth,
     nc=00000001,
     cnonce="0a4f113b",
     response="6629fae49393a05397450978507c4ef1",
     opaque="5ccc069c403ebaf9f0171e9517f40e41""#;

const RFC2617_CHALLENGE: &str = r#"Digest
     realm="testrealm@host.com",
     qop="auth,auth-int",
     nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093",
     opaque="5ccc069c403ebaf9f0171e9517f40e41""#;

#[test]
fn rfc2617_example_verifies_and_a_wrong_password_does_not() {
    let credentials = Credentials::parse(RFC2617_AUTHORIZATION).unwrap();
    assert_eq!(credentials.username, "Mufasa");
    assert_eq!(credentials.nc.as_deref(), Some("00000001"));
    assert!(credentials.verify("GET", "Circle Of Life"));
    assert!(!credentials.verify("GET", "Circle of Life"));
    assert!(!credentials.verify("POST", "Circle Of Life"));
}

#[test]
fn rfc2617_example_answered_from_its_challenge() {
    let challenge = Challenge::parse(RFC2617_CHALLENGE).unwrap();
    assert!(challenge.offers_auth());
    assert_eq!(challenge.realm, "testrealm@host.com");
    let answer = Credentials::answer(
        &challenge,
        "GET",
        "/dir/index.html",
        "Mufasa",
        "Circle Of Life",
        "0a4f113b",
        1,
    );
    assert_eq!(answer.response, "6629fae49393a05397450978507c4ef1");
    assert_eq!(answer.opaque, challenge.opaque);
    let reread = Credentials::parse(&answer.to_header_value()).unwrap();
    assert_eq!(reread, answer);
}

#[test]
fn rfc2617_ha1_and_ha2_pieces() {
    // HA1 and HA2 of the RFC's example, computed with any md5 tool.
    assert_eq!(
        ha1("Mufasa", "testrealm@host.com", "Circle Of Life"),
        "939e7578ed9e3c518a452acee763bce9"
    );
    assert_eq!(
        md5_hex(&["GET", "/dir/index.html"]),
        "39aff3a2bab6126f332b942af96d3366"
    );
}

#[test]
fn without_qop_the_rfc2069_form_is_used() {
    let challenge = Challenge {
        realm: "c1.registrar.voipbin.test".into(),
        nonce: "abc".into(),
        ..Challenge::default()
    };
    let answer = Credentials::answer(&challenge, "REGISTER", "sip:x", "2001", "pw", "cn", 1);
    assert_eq!(answer.qop, None);
    assert_eq!(answer.cnonce, None);
    let ha1 = md5_hex(&["2001", "c1.registrar.voipbin.test", "pw"]);
    let ha2 = md5_hex(&["REGISTER", "sip:x"]);
    assert_eq!(answer.response, md5_hex(&[&ha1, "abc", &ha2]));
    assert!(answer.verify("REGISTER", "pw"));
    assert!(!answer.verify("REGISTER", "pw2"));
}

#[test]
fn other_algorithms_and_incomplete_qop_are_refused() {
    let mut credentials = Credentials::parse(RFC2617_AUTHORIZATION).unwrap();
    credentials.algorithm = Some("MD5".into());
    assert!(credentials.verify("GET", "Circle Of Life"));
    credentials.algorithm = Some("SHA-256".into());
    assert!(!credentials.verify("GET", "Circle Of Life"));
    credentials.algorithm = None;
    credentials.cnonce = None;
    assert!(!credentials.verify("GET", "Circle Of Life"));
}

#[test]
fn challenge_round_trips_with_stale_and_escapes() {
    let challenge = Challenge {
        realm: r#"odd "realm" \ here"#.into(),
        nonce: "n1".into(),
        opaque: Some("o".into()),
        stale: true,
        algorithm: Some("MD5".into()),
        qop: Some("auth".into()),
    };
    let value = challenge.to_header_value();
    assert!(value.starts_with("Digest realm=\"odd \\\"realm\\\" \\\\ here\", nonce=\"n1\""));
    assert!(value.contains("stale=true"));
    assert_eq!(Challenge::parse(&value).unwrap(), challenge);
}

#[test]
fn parameter_syntax() {
    assert_eq!(
        parse_params(r#" a=1 ,, B = "x,y" , c="q\"\\" "#).unwrap(),
        vec![
            ("a".to_owned(), "1".to_owned()),
            ("b".to_owned(), "x,y".to_owned()),
            ("c".to_owned(), "q\"\\".to_owned()),
        ]
    );
    assert_eq!(parse_params("").unwrap(), vec![]);
    assert!(parse_params("a").is_err());
    assert!(parse_params("a=").is_err());
    assert!(parse_params("a=\"open").is_err());
    assert!(parse_params("a=\"x\\").is_err());
    assert!(parse_params("a=1 b=2").is_err());
    assert!(parse_params("=1").is_err());
    assert_eq!(
        Challenge::parse("Basic realm=\"x\""),
        Err(DigestError::NotDigest)
    );
    assert_eq!(
        Challenge::parse("Digest realm=\"x\""),
        Err(DigestError::Missing("nonce"))
    );
    assert_eq!(
        Challenge::parse("digest  realm=x, nonce=y").unwrap().realm,
        "x"
    );
}

/// A small deterministic generator (xorshift64*), so the crate needs no random-number dependency.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Random bytes and mutations of valid headers: parsing never panics, and anything that parses
/// can be rebuilt and verified without panicking either.
#[test]
fn random_and_mutated_input_never_panics() {
    let mut rng = Xorshift(0x9e37_79b9_7f4a_7c15);
    let seeds: [&[u8]; 2] = [
        RFC2617_AUTHORIZATION.as_bytes(),
        RFC2617_CHALLENGE.as_bytes(),
    ];
    let alphabet = b"\"\\,= \tDigestabc\x00\xff\xc3\xa9";
    let mut parsed = 0;
    for case in 0..50_000 {
        let bytes: Vec<u8> = if case % 2 == 0 {
            (0..rng.below(200)).map(|_| rng.next() as u8).collect()
        } else {
            let mut bytes = seeds[rng.below(2)].to_vec();
            for _ in 0..1 + rng.below(6) {
                let at = rng.below(bytes.len() + 1);
                match rng.below(3) {
                    0 => bytes.insert(at, alphabet[rng.below(alphabet.len())]),
                    1 if at < bytes.len() => {
                        bytes.remove(at);
                    }
                    _ => bytes.truncate(at),
                }
            }
            bytes
        };
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(credentials) = Credentials::parse(&text) {
            parsed += 1;
            let _ = credentials.verify("REGISTER", "pw");
            let _ = Credentials::parse(&credentials.to_header_value());
        }
        if let Ok(challenge) = Challenge::parse(&text) {
            parsed += 1;
            let _ = Credentials::answer(&challenge, "REGISTER", "sip:a", "u", "p", "c", 1);
            assert_eq!(
                Challenge::parse(&challenge.to_header_value()).ok(),
                Some(challenge)
            );
        }
    }
    // The mutations must leave some headers readable, or the test checks little.
    assert!(parsed > 1_000, "only {parsed} parsed");
}

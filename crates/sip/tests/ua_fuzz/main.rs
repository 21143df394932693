//! Deterministic fuzzing of the user agent (driver.rs says what it feeds).
//!
//! `UA_FUZZ_CASES` sets the number of frames (default 50,000), `UA_FUZZ_SEED` the seed.

mod driver;

#[test]
fn ua_survives_random_and_mutated_frames() {
    let cases: usize = std::env::var("UA_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50_000);
    let seed: u64 = std::env::var("UA_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed_cafe);
    let started = std::time::Instant::now();
    let seen = driver::run(cases, seed);
    println!("{cases} cases in {:?}: {seen:?}", started.elapsed());
    for wanted in driver::EVERY_OUTCOME {
        assert!(
            seen.get(wanted).is_some_and(|n| *n > 0),
            "never saw {wanted}: {seen:?}"
        );
    }
}

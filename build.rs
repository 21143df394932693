//! Packs and compiles the catalogues (src/i18n/pack.rs): every message gets its place in English's
//! order, the code names messages by place (`msg!`), `$OUT_DIR/locale-en-<part>.txt` holds each
//! of English's parts (compiled into the main module or into the chunks that use it),
//! `$OUT_DIR/locale-en.txt` all of English (the build without chunks) and
//! `$OUT_DIR/locale-<tag>.txt` each other language (scripts/split-build ships them).

use std::fmt::Write;
use std::path::Path;

#[path = "src/i18n/fluent.rs"]
mod fluent;
#[path = "src/i18n/pack.rs"]
mod pack;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/i18n/pack.rs");
    println!("cargo:rerun-if-changed=src/i18n/fluent.rs");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let locales = Path::new("locales");
    let english_parts = pack::part_sources(&locales.join("en"));
    let english = english_parts.join("\n");
    let order = pack::message_ids(&english);

    let mut ids = format!("pub const IDS: [&str; {}] = [\n", order.len());
    for id in &order {
        writeln!(ids, "    {id:?},").unwrap();
    }
    ids.push_str("];\n");
    let mut sorted: Vec<(&str, usize)> = order.iter().copied().zip(0..).collect();
    sorted.sort_unstable();
    if let Some(pair) = sorted.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        panic!("locales/en/ has {} twice", pair[0].0);
    }
    writeln!(ids, "const BY_ID: [(&str, u16); {}] = [", sorted.len()).unwrap();
    for (id, place) in sorted {
        writeln!(ids, "    ({id:?}, {place}),").unwrap();
    }
    ids.push_str("];\n");
    std::fs::write(out.join("messages.rs"), ids).unwrap();

    let english = parsed("en", &order, &english);
    let mut start = 0;
    for ((part, _), source) in pack::PARTS.iter().zip(&english_parts) {
        let end = start + pack::message_ids(source).len();
        let packed = compiled("en", english.compile(start..end));
        std::fs::write(out.join(format!("locale-en-{part}.txt")), packed).unwrap();
        start = end;
    }
    let whole = compiled("en", english.compile(0..order.len()));
    std::fs::write(out.join("locale-en.txt"), whole).unwrap();

    for dir in std::fs::read_dir(locales).unwrap() {
        let dir = dir.unwrap().path();
        let tag = dir.file_name().unwrap().to_str().unwrap().to_string();
        if dir.is_dir() && tag != "en" {
            let language = parsed(&tag, &order, &pack::language_source(&dir));
            let packed = compiled(&tag, language.compile(0..order.len()));
            std::fs::write(out.join(format!("locale-{tag}.txt")), packed).unwrap();
        }
    }
}

/// A language's catalogue, read; a message that is not Fluent stops the build.
fn parsed(tag: &str, order: &[&str], source: &str) -> fluent::Parsed {
    let (parsed, errors) = fluent::Parsed::parse(&pack::pack(order, source));
    assert!(errors.is_empty(), "locales/{tag}/: {errors:?}");
    parsed
}

fn compiled(tag: &str, (packed, errors): (String, Vec<String>)) -> String {
    assert!(errors.is_empty(), "locales/{tag}/: {errors:?}");
    packed
}

//! Packs the catalogues (src/i18n/pack.rs): every message gets its place in English's order, the
//! code names messages by place (`msg!`), and `$OUT_DIR/locale-<tag>.ftl` holds each language
//! packed (English's is compiled in; scripts/split-build ships the others).

use std::fmt::Write;
use std::path::Path;

#[path = "src/i18n/pack.rs"]
mod pack;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/i18n/pack.rs");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let locales = Path::new("locales");
    let english = pack::language_source(&locales.join("en"));
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

    for dir in std::fs::read_dir(locales).unwrap() {
        let dir = dir.unwrap().path();
        if dir.is_dir() {
            let tag = dir.file_name().unwrap().to_str().unwrap().to_string();
            let packed = pack::pack(&order, &pack::language_source(&dir));
            std::fs::write(out.join(format!("locale-{tag}.ftl")), packed).unwrap();
        }
    }
}

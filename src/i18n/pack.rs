//! The catalogues as the desk ships them. Translators edit Fluent (`locales/<tag>/*.ftl`); the
//! build packs each language in English's order, each message's id replaced by its place (code
//! names a message by that place, found at compile time: `msg!`, so no id is in the download),
//! and compiles it (src/i18n/fluent.rs) to text the desk writes from without parsing
//! (src/i18n/catalogue.rs): a part is its first message's place, then each message after a
//! `MESSAGE` mark (`LACKING` where the language lacks it; a message may be empty), as text
//! where `VAR name VAR_END` is a value and `SELECT var (VARIANT key BODY text)+ SELECT_END` a
//! select (the default's key marked `*`), with the terms and messages it refers to written in.
//!
//! English ships in `PARTS`: the first load's is compiled into the main module, each other into
//! the chunks whose code names its messages (`english_part!`, src/i18n/mod.rs). Every other
//! language is one file, fetched when chosen.
//!
//! Shared by build.rs (which packs every language) and the desk (which reads the marks).

pub const MESSAGE: char = '\u{1e}';
pub const LACKING: char = '\u{15}';
pub const VAR: char = '\u{1}';
pub const VAR_END: char = '\u{2}';
pub const SELECT: char = '\u{3}';
pub const VARIANT: char = '\u{4}';
pub const BODY: char = '\u{5}';
pub const SELECT_END: char = '\u{6}';

/// English's parts and their files, in English's order: the first load's (the desk, the phone,
/// sign-in), then one per group of chunks, compiled into those chunks. Every language's files
/// are read in this order, and a file not listed here is an error.
pub const PARTS: [(&str, &[&str]); 6] = [
    ("first", &["common", "desk", "phone", "signin"]),
    ("dashboard", &["dashboard"]),
    ("pages", &["pages"]),
    ("team", &["team"]),
    ("work", &["work"]),
    ("problems", &["problems"]),
];

/// A language's folder (`locales/<tag>`) as one Fluent resource per part of `PARTS` (a file a
/// language lacks is left out: the tests name its messages). Panics on an unreadable folder or a
/// file no part lists: build time and tests only, never in the download.
#[cfg(not(target_arch = "wasm32"))]
pub fn part_sources(dir: &std::path::Path) -> Vec<String> {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let listed = PARTS.iter().any(|(_, files)| files.contains(&stem));
        if path.extension().is_some_and(|x| x == "ftl") && !listed {
            panic!(
                "{}: no part of src/i18n/pack.rs PARTS lists it",
                path.display()
            );
        }
    }
    PARTS
        .iter()
        .map(|(_, files)| {
            files
                .iter()
                .map(|file| dir.join(format!("{file}.ftl")))
                .filter(|path| path.exists())
                .map(|p| {
                    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

/// A language's folder as one resource, its files in `PARTS` order: what build.rs packs and the
/// tests check.
#[cfg(not(target_arch = "wasm32"))]
pub fn language_source(dir: &std::path::Path) -> String {
    part_sources(dir).join("\n")
}

/// The entries of a resource: (line, id, raw value), in order. A packed message has an empty id.
/// A value goes on over the following indented lines (and lines opening with `[`, `*` or `}`,
/// which belong to a select).
pub fn entries(source: &str) -> Vec<(usize, &str, String)> {
    let mut found: Vec<(usize, &str, String)> = Vec::new();
    let mut open = false;
    for (index, line) in source.lines().enumerate() {
        let continues = line.starts_with([' ', '\t', '[', '*', '}']) || line.trim().is_empty();
        if open && continues {
            if let Some((_, _, value)) = found.last_mut() {
                value.push('\n');
                value.push_str(line);
            }
            continue;
        }
        open = false;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some((id, value)) = line.split_once('=') {
            let id = id.trim();
            if id.is_empty() || is_identifier(id.strip_prefix('-').unwrap_or(id)) {
                found.push((index + 1, id, value.to_string()));
                open = true;
            }
        }
    }
    found
}

pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The ids of a Fluent resource's messages (not its terms), in order: the places `msg!` gives.
pub fn message_ids(source: &str) -> Vec<&str> {
    entries(source)
        .into_iter()
        .map(|(_, id, _)| id)
        .filter(|id| !id.starts_with('-'))
        .collect()
}

/// The ids a value refers to: `{ -term }` and `{ message }` placeables (and, harmlessly, any
/// such text inside a string literal).
fn references(value: &str) -> impl Iterator<Item = &str> {
    value.split('{').skip(1).filter_map(|after| {
        let inside = after.split('}').next()?.trim();
        is_identifier(inside.strip_prefix('-').unwrap_or(inside)).then_some(inside)
    })
}

/// `source` (a language's Fluent resource) packed in the order of `order` (English's message
/// ids). Messages English has not are left out; the tests name them.
pub fn pack(order: &[&str], source: &str) -> String {
    let entries = entries(source);
    let value_of = |id: &str| {
        entries
            .iter()
            .find(|(_, entry, _)| *entry == id)
            .map(|(_, _, value)| value.trim_end())
    };
    let mut packed = String::new();
    for id in order {
        packed.push('=');
        packed.push_str(value_of(id).unwrap_or_default());
        packed.push('\n');
    }
    let mut referred: Vec<&str> = entries
        .iter()
        .flat_map(|(_, _, value)| references(value))
        .collect();
    referred.sort_unstable();
    referred.dedup();
    for id in referred {
        if let Some(value) = value_of(id) {
            packed.push_str(id);
            packed.push_str(" =");
            packed.push_str(value);
            packed.push('\n');
        }
    }
    packed
}

//! The catalogues as the desk ships them: the Fluent source translators edit, with each message's
//! id replaced by its place in English's order. Code names a message by that place, found at
//! compile time (`msg!`), so no id is in the download.
//!
//! Shared by build.rs (which packs every language, English to be compiled in) and the desk (which
//! reads a packed catalogue: `entries`). Packed, a catalogue is
//!   `= value` for each of English's messages in order (a bare `=`: the language lacks it), then
//!   `id = value` for each entry some value refers to (`{ -brand }`, `{ other-message }`),
//! with continuation lines as in Fluent, and no comments or blank lines.

/// A language's folder (`locales/<tag>`), its `.ftl` files in name order, as one resource: what
/// build.rs packs and the tests check. Panics on an unreadable folder: build time and tests only,
/// never in the download.
#[cfg(not(target_arch = "wasm32"))]
pub fn language_source(dir: &std::path::Path) -> String {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect::<Vec<_>>()
        .join("\n")
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

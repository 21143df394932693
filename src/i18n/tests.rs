//! The catalogue compiler and reader, and the catalogues themselves: every language has every
//! message with the same variables, every file is Fluent by the reference parser, every id the
//! code asks for exists.

use super::catalogue::{Arg, Catalogue, Locale};
use super::fluent::{Parsed, VariantKey};
use super::lang::Lang;
use super::pack::{entries, language_source, message_ids, pack, part_sources, PARTS};
use super::{Msg, IDS};
use std::collections::BTreeSet;
use std::path::Path;

struct English;

impl Locale for English {
    fn plural(&self, n: f64) -> String {
        if n == 1.0 { "one" } else { "other" }.into()
    }
    fn number(&self, n: f64) -> String {
        n.to_string()
    }
}

/// A Fluent resource as the desk reads it: packed in its own order and compiled. Also the
/// reading's and the compiling's errors, and `id`'s place.
fn packed(source: &str, id: &str) -> (Catalogue, Vec<String>, Msg) {
    let order = message_ids(source);
    let place = order.iter().position(|x| *x == id).unwrap_or(order.len());
    let (parsed, mut errors) = Parsed::parse(&pack(&order, source));
    let (compiled, compile_errors) = parsed.compile(0..order.len());
    errors.extend(compile_errors);
    let mut catalogue = Catalogue::default();
    assert!(catalogue.add(compiled));
    (catalogue, errors, Msg(place as u16))
}

fn format(source: &str, id: &str, args: &[(&str, Arg)]) -> String {
    let (catalogue, errors, id) = packed(source, id);
    assert!(errors.is_empty(), "{errors:?}");
    let mut out = String::new();
    assert!(catalogue.format(id, args, &English, &mut out), "no {id:?}");
    out
}

#[test]
fn plain_messages_variables_and_terms() {
    let source = "-brand = VoIPBIN\nhello = Hello, { $name }!\nabout = About { -brand }\n";
    assert_eq!(
        format(source, "hello", &[("name", "Ana".into())]),
        "Hello, Ana!"
    );
    assert_eq!(format(source, "about", &[]), "About VoIPBIN");
    // A message may be empty (a language with no words before a field): it is there, not lacking.
    assert_eq!(format("empty = { \"\" }\n", "empty", &[]), "");
    assert_eq!(format(source, "hello", &[]), "Hello, {$name}!");
}

#[test]
fn selects_on_numbers_categories_and_words() {
    let source = "waiting = { $count ->\n    [0] Nobody is waiting\n    [one] One caller is waiting\n   *[other] { $count } callers are waiting\n}\nrole = { $role ->\n    [admin] Admin\n   *[other] Someone\n    }\n";
    assert_eq!(
        format(source, "waiting", &[("count", 0.into())]),
        "Nobody is waiting"
    );
    assert_eq!(
        format(source, "waiting", &[("count", 1.into())]),
        "One caller is waiting"
    );
    assert_eq!(
        format(source, "waiting", &[("count", 5.into())]),
        "5 callers are waiting"
    );
    assert_eq!(
        format(source, "waiting", &[]),
        "{$count} callers are waiting"
    );
    assert_eq!(format(source, "role", &[("role", "admin".into())]), "Admin");
    assert_eq!(
        format(source, "role", &[("role", "agent".into())]),
        "Someone"
    );
}

#[test]
fn multiline_values_literals_and_comments() {
    let source = "# a comment\n\nlong =\n    First line\n    second line\nbraces = Use {\"{\"} and {\"}\"}\n## section\nnext = ok\n";
    assert_eq!(format(source, "long", &[]), "First line\nsecond line");
    assert_eq!(format(source, "braces", &[]), "Use { and }");
    assert_eq!(format(source, "next", &[]), "ok");
}

#[test]
fn rtl_values_are_isolated() {
    struct Arabic;
    impl Locale for Arabic {
        fn plural(&self, _: f64) -> String {
            "other".into()
        }
        fn number(&self, n: f64) -> String {
            n.to_string()
        }
        fn isolate(&self) -> bool {
            true
        }
    }
    let (catalogue, _, call) = packed("call = اتصال من { $who }", "call");
    let mut out = String::new();
    catalogue.format(call, &[("who", "+1 555".into())], &Arabic, &mut out);
    assert_eq!(out, "اتصال من \u{2068}+1 555\u{2069}");
}

#[test]
fn broken_messages_are_reported_and_the_rest_kept() {
    let source = "good = fine\nbad = { $x ->\n  [one] no default\n}\nunclosed = { $x\nalso = { -brand\nloop = { loop }\nmark = a\u{1}b\nafter = still here\n";
    let (catalogue, errors, _) = packed(source, "loop");
    // Three unreadable, one referring to itself (compiling ends, it does not loop), one holding
    // a character that marks the compiled form.
    assert_eq!(errors.len(), 5, "{errors:?}");
    let kept: Vec<usize> = (0..7).filter(|p| catalogue.contains(*p)).collect();
    assert_eq!(kept, [0, 6]);
}

#[test]
fn nested_selects_and_numbers_choose_like_fluent() {
    let source = "calls = { $count ->\n    [0] No calls\n   *[other] { $kind ->\n        [missed] { $count } missed\n       *[other] { $count } calls\n    } today\n}\n";
    let args = |count: i32, kind: &'static str| [("count", count.into()), ("kind", kind.into())];
    assert_eq!(format(source, "calls", &args(0, "missed")), "No calls");
    assert_eq!(
        format(source, "calls", &args(3, "missed")),
        "3 missed today"
    );
    assert_eq!(format(source, "calls", &args(3, "any")), "3 calls today");
    assert_eq!(
        format(source, "calls", &[("count", 2.5.into())]),
        "2.5 calls today"
    );
}

#[test]
fn reading_never_panics_on_garbage() {
    let samples = [
        "",
        "=",
        "a =",
        "a = {",
        "a = }",
        "a = { $",
        "a = { -",
        "a = {{{{",
        "a = { $x -> }",
        "a = { $x -> *[",
        "a = \"",
        "a = { \"\\u12",
        "a = { 1.2.3 }",
        "-= x",
        "a = { $x -> *[b] {",
        "\u{0}",
        "a = é { é }",
    ];
    // Read by the compiler (the build reads them so) ...
    for sample in samples {
        let (parsed, _) = Parsed::parse(&pack(&message_ids(sample), sample));
        let _ = parsed.compile(0..3);
    }
    // ... and, as they could come from the network, by the desk: as they are, as a part, and
    // with each mark of the compiled form put in.
    let marks = [
        "\u{1}",
        "\u{2}",
        "\u{3}",
        "\u{4}",
        "\u{5}",
        "\u{6}",
        "\u{3}x\u{4}*a\u{5}",
    ];
    let garbled = samples.iter().chain(&marks).flat_map(|s| {
        [
            s.to_string(),
            format!("0\u{1e}{s}"),
            format!("0\u{1e}{s}\u{1e}{s}{s}"),
        ]
    });
    let english = super::ENGLISH_FIRST;
    // Every prefix of a real catalogue too.
    let prefixes = (0..english.len())
        .filter(|i| english.is_char_boundary(*i))
        .step_by(7)
        .map(|end| english[..end].to_string());
    for sample in garbled
        .chain(prefixes)
        .chain(["65535\u{1e}a\u{1e}b".into()])
    {
        let mut catalogue = Catalogue::default();
        catalogue.add(sample);
        for place in 0..IDS.len() {
            let mut out = String::new();
            catalogue.format(Msg(place as u16), &[("x", 1.into())], &English, &mut out);
        }
    }
}

#[test]
fn negotiation_follows_the_browsers_order() {
    assert_eq!(Lang::negotiate(&["fr-CA", "en"]), Some(Lang::Fr));
    assert_eq!(Lang::negotiate(&["sv", "de-AT"]), Some(Lang::De));
    assert_eq!(Lang::negotiate(&["pt-PT"]), Some(Lang::PtBr));
    assert_eq!(Lang::negotiate(&["zh-TW", "ja"]), Some(Lang::Ja));
    assert_eq!(Lang::negotiate(&["zh-Hans-CN"]), Some(Lang::ZhCn));
    assert_eq!(Lang::negotiate(&["ar-EG"]), Some(Lang::Ar));
    assert_eq!(Lang::negotiate(&["sv", "fi"]), None);
    assert_eq!(Lang::from_tag("zh-cn"), Some(Lang::ZhCn));
}

/// A language's catalogue as the build ships it: its folder's files in name order.
fn source_of(lang: Lang) -> String {
    language_source(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.tag()),
    )
}

/// `lang`'s catalogue, checked against the reference parser, packed in English's order as
/// build.rs does, and read.
fn read(lang: Lang) -> Parsed {
    let source = source_of(lang);
    if let Err((_, errors)) = fluent_syntax::parser::parse(source.as_str()) {
        panic!("{}: not Fluent: {errors:?}", lang.tag());
    }
    let reference: BTreeSet<String> = fluent_syntax::parser::parse(source.as_str())
        .unwrap()
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect();
    assert_eq!(
        ids_of(&source),
        reference,
        "{}: the desk reads other messages than Fluent",
        lang.tag()
    );
    let (parsed, errors) = Parsed::parse(&pack(&IDS, &source));
    assert!(errors.is_empty(), "{}: {errors:?}", lang.tag());
    let (_, errors) = parsed.compile(0..IDS.len());
    assert!(errors.is_empty(), "{}: {errors:?}", lang.tag());
    parsed
}

/// The ids of a Fluent resource's entries (messages and terms), as the desk reads them.
fn ids_of(source: &str) -> BTreeSet<String> {
    entries(source)
        .into_iter()
        .map(|(_, id, _)| id.to_string())
        .collect()
}

#[test]
fn english_is_compiled_in_packed_and_in_the_order_of_ids() {
    let source = source_of(Lang::En);
    assert_eq!(
        IDS.to_vec(),
        message_ids(&source),
        "build.rs's ids are not locales/en/'s"
    );
    assert_eq!(Msg::of("language-label").place(), {
        IDS.iter().position(|id| *id == "language-label").unwrap()
    });
    // The first load's part is what build.rs compiled, and the parts together hold every message.
    let parts = part_sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en"));
    let first = message_ids(&parts[0]).len();
    let (parsed, _) = Parsed::parse(&pack(&IDS, &source));
    assert_eq!(super::ENGLISH_FIRST, parsed.compile(0..first).0);
    assert_eq!(PARTS.len(), parts.len());
    let english = super::english();
    assert!((0..IDS.len()).all(|place| english.contains(place)));
}

#[test]
fn an_english_part_is_added_once() {
    let place = Msg::of("language-label");
    let part = |text: &str| -> &'static str {
        Box::leak(format!("{}\u{1e}{text}", place.place()).into_boxed_str())
    };
    assert_eq!(super::t(place), "Language");
    super::add_english("test-part", part("Added"));
    super::add_english("test-part", part("Added twice"));
    assert_eq!(super::t(place), "Added");
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = read(Lang::En);
    let english_ids = ids_of(&source_of(Lang::En));
    assert_eq!(english.places().count(), IDS.len());
    for lang in Lang::ALL.into_iter().skip(1) {
        let other = read(lang);
        for (place, id) in IDS.iter().enumerate() {
            assert!(other.contains(place), "{} lacks {id}", lang.tag());
            assert_eq!(
                other.variables(place),
                english.variables(place),
                "{}: {id} reads other variables than English",
                lang.tag()
            );
        }
        for id in ids_of(&source_of(lang)) {
            assert!(
                english_ids.contains(&id),
                "{} has {id}, which English has not",
                lang.tag()
            );
        }
    }
}

/// Every Rust file under src/, with its text.
fn rust_sources() -> Vec<(std::path::PathBuf, String)> {
    let mut found = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                found.push((path, text));
            }
        }
    }
    found
}

/// The message ids `text` names by a literal (`t!("…"`, `tr!("…")`, `msg!("…")`, the literal
/// perhaps on the next line), each with its byte offset. Comment lines are not code.
fn named_ids(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    for opener in ["t!(", "tr!(", "msg!("] {
        for (at, _) in text.match_indices(opener) {
            // `t!(` but not `print!(`.
            let word = text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            let line = &text[text[..at].rfind('\n').map_or(0, |n| n + 1)..at];
            let literal = text[at + opener.len()..].trim_start().strip_prefix('"');
            if let (false, false, Some(literal)) =
                (word, line.trim_start().starts_with("//"), literal)
            {
                found.push((at, literal.split('"').next().unwrap_or_default()));
            }
        }
    }
    found
}

/// Every message id a literal in the code names.
fn ids_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (path, text) in rust_sources() {
        if path.ends_with("i18n/tests.rs") {
            continue;
        }
        ids.extend(named_ids(&text).into_iter().map(|(_, id)| id.to_string()));
    }
    ids
}

#[test]
fn every_id_the_code_names_exists_and_every_message_is_used() {
    let used = ids_in_code();
    for id in &used {
        assert!(
            IDS.contains(&id.as_str()),
            "the code asks for {id}, which locales/en/ lacks"
        );
    }
    let all_source: String = rust_sources().into_iter().map(|(_, text)| text).collect();
    for id in IDS {
        assert!(
            all_source.contains(&format!("\"{id}\"")),
            "locales/en/ has {id}, which no code uses"
        );
    }
}

/// The part of English (src/i18n/pack.rs `PARTS`) a file of locales/en/ is in, unless it is the
/// first load's. Each is compiled into the chunks whose split functions add it (`english_part!`:
/// dashboard_page: dashboard; settings_page and inspector_page: pages; team_panel: team;
/// call_work, contacts_page and transfer_dialog: work; team_panel, call_work and dashboard_page:
/// problems).
fn chunk_part_of(file: &str) -> Option<&'static str> {
    let stem = file.strip_suffix(".ftl")?;
    let (part, _) = PARTS
        .iter()
        .skip(1)
        .find(|(_, files)| files.contains(&stem))?;
    Some(part)
}

/// Code that only split functions reach (`#[wasm_split]`), so the part their chunks register is
/// in when it runs. A row: a file, or a folder (ending in `/`); the items of it that are the
/// chunk's, each found by text its first line holds and running to the end of its braces (none:
/// the whole file); the part its words may come from. Code listed nowhere is the first load's,
/// and may name only the first load's words.
const CHUNK_CODE: &[(&str, &[&str], &str)] = &[
    // What Team talk or a help request could not do: the Team panel's, the call's help
    // request's (call_work) and the dashboard's, which all add the problems part.
    ("src/views/team/problem.rs", &[], "problems"),
    // dashboard_page: the dashboard, its listening to calls and a supervisor's taking a request.
    ("src/views/dashboard/", &[], "dashboard"),
    ("src/supervise/", &[], "dashboard"),
    ("src/help/message.rs", &["fn compose_taken("], "dashboard"),
    // settings_page and inspector_page, and the customer account only Settings reads.
    ("src/views/settings/", &[], "pages"),
    ("src/views/inspector.rs", &[], "pages"),
    ("src/api/customer.rs", &[], "pages"),
    // team_panel: the panel (its button, watch and loading state are in views/team/mod.rs and
    // chunk.rs, the first load's).
    ("src/views/team/panel.rs", &[], "team"),
    ("src/views/team/people.rs", &[], "team"),
    ("src/views/team/conversation.rs", &[], "team"),
    ("src/views/team/message.rs", &[], "team"),
    ("src/views/team/linkify.rs", &[], "team"),
    // contacts_page, with the contact editor it shares with call_work.
    ("src/views/contacts/", &[], "work"),
    ("src/views/desk/contact_form.rs", &[], "work"),
    // call_work (`render_now`): the selected call's panel with its transcript, help request and
    // transfer button, the call's case, the wrap-up card and the note's progress, the open
    // thread with its reply box and quick replies, and the actions only these call.
    ("src/views/desk/call_case.rs", &[], "work"),
    ("src/views/desk/transcript.rs", &[], "work"),
    ("src/views/desk/ask_help.rs", &[], "work"),
    ("src/views/desk/quick_replies.rs", &[], "work"),
    (
        "src/views/desk/call_panel.rs",
        &["impl Op {", "fn CallPanel("],
        "work",
    ),
    (
        "src/views/desk/wrap_up.rs",
        &["fn WrapUpCard(", "fn NoteProgress(", "fn note_status_text("],
        "work",
    ),
    (
        "src/views/desk/messages.rs",
        &[
            "fn text(&self)",
            "fn delivery_text(",
            "fn ThreadView(",
            "fn MessageItem(",
            "fn PendingItem(",
            "fn ReplyBox(",
            "fn send(",
            "fn follow_delivery(",
        ],
        "work",
    ),
    (
        "src/caller/mod.rs",
        &[
            "fn create_contact(",
            "fn save_contact(",
            "fn link_contact(",
            "fn attach_contact(",
            "fn assign_to_me(",
            "fn close_case(",
        ],
        "work",
    ),
    ("src/aftercall/wrap_up.rs", &["fn label_id("], "work"),
    (
        "src/help/message.rs",
        &["fn compose_request(", "fn compose_ended("],
        "work",
    ),
    (
        "src/api/conversations.rs",
        &["fn send_conversation_message("],
        "work",
    ),
    // transfer_dialog, and its loading state (shown only in call_work's call panel).
    ("src/views/desk/transfer_chunk.rs", &[], "work"),
    ("src/views/desk/transfer.rs", &[], "work"),
    (
        "src/views/desk/selectors.rs",
        &["fn parse_destination("],
        "work",
    ),
];

/// Where the item opening at `start` ends: past the brace matching its first `{`. Strings,
/// characters and comments do not count.
fn item_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut depth = 0;
    let mut i = start + text[start..].find('{').expect("an item with braces");
    while i < bytes.len() {
        let rest = &text[i..];
        let after_word = i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
            continue;
        }
        if rest.starts_with('r') && !after_word {
            let hashes = rest[1..].len() - rest[1..].trim_start_matches('#').len();
            if rest[1 + hashes..].starts_with('"') {
                let close = format!("\"{}", "#".repeat(hashes));
                i += 2 + hashes + rest[2 + hashes..].find(&close).unwrap() + close.len();
                continue;
            }
        }
        match bytes[i] {
            b'"' => {
                i += 1;
                while bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\'' => {
                // A character ('x', '\n', '…'), not a lifetime ('a).
                let mut chars = text[i + 1..].chars();
                if let Some(c) = chars.next() {
                    if c == '\\' {
                        i += 3 + text[i + 3..].find('\'').unwrap();
                    } else if chars.next() == Some('\'') {
                        i += c.len_utf8() + 1;
                    }
                }
            }
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    panic!("no end to the item at byte {start}");
}

/// The part `path`'s code at byte `at` may use (`None`: the first load's code, which may use
/// only the first load's words).
fn chunk_part(path: &str, text: &str, at: usize) -> Option<&'static str> {
    CHUNK_CODE
        .iter()
        .filter(|(file, _, _)| path == *file || (file.ends_with('/') && path.starts_with(file)))
        .find(|(_, items, _)| {
            items.is_empty()
                || items.iter().any(|item| {
                    let start = text.find(item).unwrap();
                    (start..item_end(text, start)).contains(&at)
                })
        })
        .map(|(_, _, part)| *part)
}

#[test]
fn first_load_code_names_only_first_load_messages() {
    let english = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let mut file_of = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(&english).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for id in ids_of(&std::fs::read_to_string(&path).unwrap()) {
            file_of.insert(id, name.clone());
        }
    }
    let sources: Vec<(String, String)> = rust_sources()
        .into_iter()
        .map(|(path, text)| {
            let relative = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
            (relative.to_string_lossy().replace('\\', "/"), text)
        })
        .collect();
    // The table names what is there, once.
    for (file, items, part) in CHUNK_CODE {
        assert!(
            PARTS.iter().skip(1).any(|(p, _)| p == part),
            "CHUNK_CODE: no part {part}"
        );
        let listed: Vec<_> = sources
            .iter()
            .filter(|(path, _)| path == file || (file.ends_with('/') && path.starts_with(file)))
            .collect();
        assert!(!listed.is_empty(), "CHUNK_CODE: no {file}");
        for item in items.iter() {
            let found = listed[0].1.matches(item).count();
            assert_eq!(found, 1, "CHUNK_CODE: {file} holds {item:?} {found} times");
        }
    }
    let mut wrong = Vec::new();
    for (path, text) in &sources {
        if path.ends_with("i18n/tests.rs") {
            continue;
        }
        for (at, id) in named_ids(text) {
            let Some(file) = file_of.get(id) else {
                continue;
            };
            let Some(part) = chunk_part_of(file) else {
                continue;
            };
            let may = chunk_part(path, text, at);
            if may != Some(part) {
                let line = text[..at].matches('\n').count() + 1;
                let code = may.map_or("first-load code".to_string(), |p| {
                    format!("code of part {p}")
                });
                wrong.push(format!(
                    "{path}:{line} ({code}) names {id}, which is in {file}"
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "messages out of their code's reach (move them to a first-load file, or list the code \
         in CHUNK_CODE):\n{}",
        wrong.join("\n")
    );
}

/// CLDR's plural category of 0, 1, 2, 5, 11, 21 and 100 in each language: what the browser's
/// `Intl.PluralRules` says (checked in tests/web/i18n.rs).
const PLURAL_SAMPLES: [f64; 7] = [0.0, 1.0, 2.0, 5.0, 11.0, 21.0, 100.0];
fn plural_categories(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::En | Lang::De | Lang::Es => {
            ["other", "one", "other", "other", "other", "other", "other"]
        }
        Lang::Fr | Lang::PtBr => ["one", "one", "other", "other", "other", "other", "other"],
        Lang::Ko | Lang::Ja | Lang::ZhCn => ["other"; 7],
        Lang::Ar => ["zero", "one", "two", "few", "many", "many", "other"],
    }
}

#[test]
fn every_plural_has_a_form_for_each_count_in_each_language() {
    let plural_keys = ["zero", "one", "two", "few", "many", "other"];
    for lang in Lang::ALL {
        let catalogue = read(lang);
        let categories = plural_categories(lang);
        for (place, id) in IDS.iter().enumerate() {
            for (keys, default) in catalogue.selects(place) {
                let plural = keys.iter().all(|k| match k {
                    VariantKey::Name(n) => plural_keys.contains(&n.as_str()),
                    VariantKey::Number(_) => true,
                });
                if !plural {
                    continue;
                }
                for (n, category) in PLURAL_SAMPLES.iter().zip(categories) {
                    let exact = keys.iter().any(|k| *k == VariantKey::Number(*n));
                    let named = keys.iter().any(|k| *k == VariantKey::Name(category.into()));
                    let by_default = keys.get(default) == Some(&VariantKey::Name(category.into()))
                        || (category == "other" && !named);
                    assert!(
                        exact || named || by_default,
                        "{}: {id} has no form for {n} (\"{category}\")",
                        lang.tag()
                    );
                }
            }
        }
    }
}

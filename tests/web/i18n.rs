//! The languages in the browser: each catalogue loads through the same `<meta name="locales">`
//! split-build writes (here with data: URLs), the plural categories the catalogues are checked
//! against (src/i18n/tests.rs) are the browser's own, and the `Intl` formatters.

use voipbin_desk::i18n::{self, Format, Lang};
use wasm_bindgen_test::*;

/// A language's catalogue as split-build ships it: packed by build.rs (src/i18n/pack.rs).
macro_rules! catalogue {
    ($tag:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/locale-", $tag, ".txt"))
    };
}

/// What split-build writes into index.html, with each catalogue as a data: URL.
fn list_catalogues() {
    let document = web_sys::window().unwrap().document().unwrap();
    if document
        .query_selector("meta[name=\"locales\"]")
        .unwrap()
        .is_some()
    {
        return;
    }
    let sources = [
        ("ko", catalogue!("ko")),
        ("ja", catalogue!("ja")),
        ("zh-CN", catalogue!("zh-CN")),
        ("es", catalogue!("es")),
        ("pt-BR", catalogue!("pt-BR")),
        ("de", catalogue!("de")),
        ("fr", catalogue!("fr")),
        ("ar", catalogue!("ar")),
    ];
    let content = sources
        .iter()
        .map(|(tag, source)| {
            let encoded: String = js_sys::encode_uri_component(source).into();
            format!("{tag}=data:text/plain;charset=utf-8,{encoded}")
        })
        .collect::<Vec<_>>()
        .join(" ");
    let meta = document.create_element("meta").unwrap();
    meta.set_attribute("name", "locales").unwrap();
    meta.set_attribute("content", &content).unwrap();
    document
        .document_element()
        .unwrap()
        .append_child(&meta)
        .unwrap();
}

#[wasm_bindgen_test]
fn plural_categories_are_the_browsers() {
    let samples = [0.0, 1.0, 2.0, 5.0, 11.0, 21.0, 100.0];
    for (lang, expected) in [
        (
            Lang::En,
            ["other", "one", "other", "other", "other", "other", "other"],
        ),
        (
            Lang::De,
            ["other", "one", "other", "other", "other", "other", "other"],
        ),
        (
            Lang::Es,
            ["other", "one", "other", "other", "other", "other", "other"],
        ),
        (
            Lang::Fr,
            ["one", "one", "other", "other", "other", "other", "other"],
        ),
        (
            Lang::PtBr,
            ["one", "one", "other", "other", "other", "other", "other"],
        ),
        (Lang::Ko, ["other"; 7]),
        (Lang::Ja, ["other"; 7]),
        (Lang::ZhCn, ["other"; 7]),
        (
            Lang::Ar,
            ["zero", "one", "two", "few", "many", "many", "other"],
        ),
    ] {
        let got: Vec<String> = samples
            .iter()
            .map(|n| i18n::intl::plural(lang, *n))
            .collect();
        assert_eq!(got, expected, "{}", lang.tag());
    }
}

#[wasm_bindgen_test]
async fn every_language_loads_and_sets_the_document() {
    list_catalogues();
    for (lang, label) in [
        (Lang::Ko, "언어"),
        (Lang::Ja, "言語"),
        (Lang::ZhCn, "语言"),
        (Lang::Es, "Idioma"),
        (Lang::PtBr, "Idioma"),
        (Lang::De, "Sprache"),
        (Lang::Fr, "Langue"),
        (Lang::Ar, "اللغة"),
        (Lang::En, "Language"),
    ] {
        i18n::switch_to(lang).await.unwrap();
        assert_eq!(i18n::lang(), lang);
        assert_eq!(voipbin_desk::t!("language-label"), label);
        let root = web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .document_element()
            .unwrap();
        assert_eq!(root.get_attribute("lang").as_deref(), Some(lang.tag()));
        let dir = if lang == Lang::Ar { "rtl" } else { "ltr" };
        assert_eq!(root.get_attribute("dir").as_deref(), Some(dir));
    }
}

#[wasm_bindgen_test]
async fn formatters_follow_the_language() {
    list_catalogues();
    let cases: [(Lang, &str, &str, &str, &str); 4] = [
        (Lang::En, "1,234.5", "42%", "01:02:03", "2 min. ago"),
        (Lang::De, "1.234,5", "42\u{a0}%", "01:02:03", "vor 2 Min."),
        (
            Lang::Fr,
            "1\u{202f}234,5",
            "42\u{a0}%",
            "01:02:03",
            "il y a 2\u{a0}min",
        ),
        (Lang::Ko, "1,234.5", "42%", "01:02:03", "2분 전"),
    ];
    for (lang, number, percent, clock, relative) in cases {
        i18n::switch_to(lang).await.unwrap();
        assert_eq!(i18n::number(1234.5), number, "{}", lang.tag());
        assert_eq!(i18n::percent(0.42), percent, "{}", lang.tag());
        assert_eq!(
            i18n::moment(Format::Clock, 3_723_000.0),
            clock,
            "{}",
            lang.tag()
        );
        assert_eq!(i18n::relative(120_000), relative, "{}", lang.tag());
    }
    i18n::switch_to(Lang::En).await.unwrap();
    assert_eq!(i18n::relative(5_000), "now");
    assert_eq!(i18n::relative(3 * 3_600_000), "3 hr. ago");
}

//! The languages the desk speaks, and which one an agent gets.

/// A language of the desk. Adding one: README, "Languages".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ko,
    Ja,
    ZhCn,
    Es,
    PtBr,
    De,
    Fr,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 9] = [
        Lang::En,
        Lang::Ko,
        Lang::Ja,
        Lang::ZhCn,
        Lang::Es,
        Lang::PtBr,
        Lang::De,
        Lang::Fr,
        Lang::Ar,
    ];

    /// The BCP 47 tag: `<html lang>`, `Intl`, the catalogue's folder (locales/<tag>/).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::Ja => "ja",
            Lang::ZhCn => "zh-CN",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself: what a reader of it looks for in a list.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
            Lang::Ja => "日本語",
            Lang::ZhCn => "简体中文",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// The first of the browser's languages the desk speaks (`navigator.languages`, in the
    /// user's order). A region the desk does not have falls back to the language (`de-AT` → de,
    /// `pt-PT` → pt-BR), but traditional Chinese is not replaced by simplified.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Option<Lang> {
        preferred.iter().find_map(|tag| {
            let tag = tag.as_ref().trim().to_ascii_lowercase();
            let primary = tag.split(['-', '_']).next().unwrap_or_default();
            match primary {
                "zh" => {
                    let traditional = ["hant", "tw", "hk", "mo"]
                        .iter()
                        .any(|t| tag.split(['-', '_']).skip(1).any(|part| part == *t));
                    (!traditional).then_some(Lang::ZhCn)
                }
                "pt" => Some(Lang::PtBr),
                _ => Lang::ALL.into_iter().find(|l| l.tag() == primary),
            }
        })
    }
}

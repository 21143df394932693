-brand = VoIPBIN

language-label = 言語
language-failed = { $language } を読み込めませんでした（{ $reason }）。表示言語は変更されていません。

-brand = VoIPBIN

language-label = اللغة
language-failed = تعذّر تحميل { $language } ({ $reason }). تبقى الواجهة باللغة الحالية.

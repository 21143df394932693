-brand = VoIPBIN

language-label = اللغة
language-failed = تعذّر تحميل { $language } ({ $reason }). تبقى الواجهة باللغة الحالية.

## VoIPBIN's agent statuses (the status menu, the team list, the dashboard)
agent-status-available = متاح
agent-status-away = بعيد
agent-status-busy = مشغول
agent-status-offline = غير متصل
agent-status-ringing = يرن
agent-status-none = بلا حالة

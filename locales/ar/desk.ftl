# desk

## The desk's frame
desk-title = مكتب الوكيل
desk-phone = الهاتف
desk-loading = جارٍ التحميل…
desk-try-again = إعادة المحاولة
desk-part-load-failed = لم يصل هذا الجزء من المكتب (مشكلة في الشبكة أو الخادم)؛ مكالماتك وملاحظاتك ورسائلك آمنة.
desk-edit = تعديل

## Why an action failed
desk-error-forbidden = حسابك غير مسموح له بذلك (يمنح VoIPBIN التحكم في المكالمات للمسؤولين والمديرين). استخدم هاتفك، أو اطلب من مشرف.
desk-error-not-found = لم يعد الخادم يعرف هذه المكالمة (ربما انتهت).
desk-error-network = تعذّر الوصول إلى الخادم. تحقق من الاتصال وحاول مجددًا.
desk-error-session = انتهت صلاحية جلستك. سجّل الدخول مجددًا.

## Queue alert
desk-alerts-none = لا يوجد متصلون في انتظارك
desk-alerts-waiting = { $count ->
    [zero] لا متصلين في الانتظار
    [one] متصل واحد في الانتظار
    [two] متصلان في الانتظار
    [few] { $count } متصلين في الانتظار
    [many] { $count } متصلًا في الانتظار
   *[other] { $count } متصل في الانتظار
}
desk-title-call = مكالمة: { $caller }
desk-title-waiting = { $count ->
    [zero] لا متصلين في الانتظار
    [one] متصل واحد في الانتظار
    [two] متصلان في الانتظار
    [few] { $count } متصلين في الانتظار
    [many] { $count } متصلًا في الانتظار
   *[other] { $count } متصل في الانتظار
}
desk-alert-gone = لم يعد { $caller } في الانتظار.
desk-announce-ringing = مكالمة ترن لك من { $caller }. اضغط A للقبول، وX للإخفاء.
desk-announce-waiting-in = { $caller } في الانتظار في { $queue }. اضغط A للقبول، وX للإخفاء.
desk-announce-waiting = { $caller } في الانتظار. اضغط A للقبول، وX للإخفاء.
desk-notify-ringing = مكالمة ترن لك
desk-notify-waiting = متصل في الانتظار
desk-ring-sound-hint = نغمة الرنين للمتصلين الواردين
desk-ring-sound-on = الرنين مفعّل
desk-ring-sound-off = الرنين متوقف
desk-watch-all = نبّهني للمتصلين في كل قوائم الانتظار
desk-incoming-callers = المتصلون الواردون
desk-ringing-for-you = يرن لك
desk-ringing-for-you-in = يرن لك · { $queue }
desk-waiting = في الانتظار في قائمة انتظار
desk-waiting-at = في الانتظار في قائمة انتظار · الترتيب { $position }
desk-waiting-in = في الانتظار في { $queue }
desk-waiting-in-at = في الانتظار في { $queue } · الترتيب { $position }
desk-alert-waited = الانتظار
desk-accept = قبول
desk-dismiss = إخفاء
desk-dismiss-hint = يخفي هذا التنبيه على هذا المكتب (لا تُرفض المكالمة نفسها)
desk-accept-working = جارٍ جعلك متاحًا…
desk-accept-how-ringing-on = يرن على { $address }. لا يوجد في VoIPBIN زر للرد: ارفع السماعة على هاتفك أو هاتفك البرمجي. القبول يُسكت هذا التنبيه.
desk-accept-how-ringing = يرن على هاتفك. لا يوجد في VoIPBIN زر للرد: ارفع السماعة على هاتفك أو هاتفك البرمجي. القبول يُسكت هذا التنبيه.
desk-accept-how-queue = القبول يجعلك متاحًا، فتتمكن قائمة الانتظار من تحويل هذا المتصل إلى هاتفك.
desk-accept-how-floor = أنت لا تخدم قائمة الانتظار هذه: يوجّه VoIPBIN المتصل إلى وكلائها.
desk-accepted-ringing = ارفع السماعة الآن على هاتفك أو هاتفك البرمجي. يُغلق هذا التنبيه لحظة اتصالك.
desk-accepted-available = أنت متاح: عندما توجّه قائمة الانتظار هذا المتصل إليك يرن هاتفك. رُدّ من هناك.
desk-accepted-now-available = أنت متاح الآن: يمكن لقائمة الانتظار تحويل هذا المتصل إلى هاتفك. رُدّ من هناك.
desk-failed-available = تعذّر جعلك متاحًا.

## Desktop notifications
desk-notify-region = إشعارات سطح المكتب
desk-notify-offer = هل تريد إشعارًا على سطح المكتب عندما ينتظر متصل وهذه العلامة في الخلفية؟
desk-notify-enable = تفعيل الإشعارات
desk-notify-later = ليس الآن

## The agent's calls: the list (the selected call is in work.ftl)
desk-my-calls = مكالماتي
desk-calls-count = المكالمات
desk-no-calls = لا توجد مكالمات الآن. يظهر المتصل الموجَّه إليك أعلى المكتب، وحين ترفع السماعة على هاتفك تظهر المكالمة هنا.
desk-on-the-floor = في القاعة
desk-on-the-floor-hint = مكالمات وكلاء آخرين. افتح إحداها لمتابعة نصها المكتوب والتدخل.
desk-another-agent = وكيل آخر
desk-phase-ringing = يرن
desk-phase-connected = متصل
desk-phase-ending = جارٍ الإنهاء…
desk-phase-ended = انتهت
desk-inbound = واردة
desk-outbound = صادرة

## The customer beside the call
desk-customer = العميل
desk-customer-empty = اختر مكالمة لترى من على الخط ومكالماته ورسائله السابقة.
desk-unknown-caller = متصل غير معروف
desk-earlier-calls = مكالمات سابقة
desk-no-earlier-calls = لا توجد مكالمات سابقة مسجّلة مع هذا الرقم.
desk-conversations = المحادثات
desk-no-threads = لا توجد محادثات رسائل مع هذا الرقم.
desk-open-thread-with = فتح المحادثة مع { $name }
desk-text-messages = الرسائل النصية
desk-no-text-messages = لا توجد رسائل نصية مسجّلة مع هذا الرقم.
desk-sms-from-them = منه
desk-sms-to-them = إليه
desk-call-ended-reason = انتهت ({ $reason })

## Who is calling (screen-pop)
desk-caller = المتصل
desk-looking-up = جارٍ البحث عن { $number }…
desk-lookup-failed = تعذّر البحث عن المتصل: { $detail }
desk-tags = الوسوم
desk-open-cases = حالات مفتوحة
desk-no-open-case = لا توجد حالة مفتوحة.
desk-last-interactions = آخر التفاعلات
desk-nothing-on-record = لا شيء مسجّل.
desk-no-number = بلا رقم
desk-not-in-contacts = ليس في جهات اتصالك
desk-create-contact = إنشاء جهة اتصال
desk-link-contact = ربط بجهة اتصال
desk-case-from = حالة من { $number }
desk-interaction-call = مكالمة
desk-interaction-call-in = مكالمة واردة
desk-interaction-call-out = مكالمة صادرة
desk-interaction-message = رسالة
desk-interaction-message-in = رسالة واردة
desk-interaction-message-out = رسالة صادرة
desk-interaction-conversation = محادثة
desk-interaction-conversation-in = محادثة واردة
desk-interaction-conversation-out = محادثة صادرة

## Team talk: the button in the top bar, its notifications, the panel while it loads
## (the panel's own words are in team.ftl)
team-name = الفريق
team-unread-count = { $count ->
    [zero] لا رسائل غير مقروءة
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
    [many] { $count } رسالة غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}
team-notify-title = الفريق · { $chat }
team-notify-untitled = رسالة من الفريق
team-opening = جارٍ فتح الفريق…
team-load-failed-text = تعذّر تحميل الفريق (الشبكة أو الخادم)، وتستمر الواجهة في العمل.
team-retry-load = أعد المحاولة

## Message threads: the list (the open thread's words are in work.ftl)
work-messages-title = الرسائل
work-unread = { $count ->
    [zero] لا رسائل غير مقروءة
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
    [many] { $count } رسالة غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}
work-messages-empty = لا توجد محادثات بعد. تظهر هنا رسائل العملاء المسندين إليك.
work-conversations = المحادثات
work-threads-hint = J / K: المحادثة التالية أو السابقة

## Wrap-up on the desk: the header's indicator, the agent's wrap-up time, notices
## (the wrap-up card's words are in work.ftl)
work-dismiss = إغلاق
work-wrap-up = ما بعد المكالمة
work-wrap-up-time = مدة ما بعد المكالمة
work-wrap-up-seconds = ثانية بعد كل مكالمة يتم الرد عليها (0: حتى تضغط على تم)
work-call-note = ملاحظة المكالمة
work-notice-phone-unregistered = ما زلت مشغولًا، ولم تُضبط حالتك على متاح: هاتفك غير مسجل، لذا لا يستطيع المتصلون الوصول إليك.

# desk

## The desk's frame
desk-title = مكتب الوكيل
desk-phone = الهاتف
desk-loading = جارٍ التحميل…
desk-try-again = إعادة المحاولة
desk-part-load-failed = لم يصل هذا الجزء من المكتب (مشكلة في الشبكة أو الخادم)؛ مكالماتك وملاحظاتك ورسائلك آمنة.
desk-cancel = إلغاء
desk-close = إغلاق
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

## The agent's calls
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
desk-phase-unknown = غير معروف
desk-call = مكالمة
desk-inbound = واردة
desk-outbound = صادرة
desk-via-queue = عبر { $queue }
desk-handled-by = يتولاها { $name }
desk-call-time = مدة المكالمة
desk-phone-controls-hint = تحدّث واكتم الصوت وعلّق واستخدم لوحة الأرقام وأنهِ المكالمة من الهاتف أعلاه. التحويل والتسجيل للمشرفين.
desk-call-controls = التحكم في المكالمة
desk-mute = كتم
desk-unmute = إلغاء الكتم
desk-hold = تعليق
desk-resume = استئناف
desk-record = تسجيل
desk-stop-recording = إيقاف التسجيل
desk-transfer = تحويل
desk-voicemail = البريد الصوتي
desk-hang-up = إنهاء المكالمة
desk-voicemail-why = البريد الصوتي: لا تتضمن واجهة VoIPBIN البرمجية عملية إرسال إلى البريد الصوتي؛ حوّل المكالمة إلى رقم بريد صوتي بدلًا من ذلك.
desk-hangup-again = اضغط H مرة أخرى لإنهاء المكالمة.
desk-ended-transferred = لم تعد في هذه المكالمة (حُوّلت). يبقى تسجيلها ونصها المكتوب هنا لإنهاء ما بعد المكالمة.
desk-ended-by-caller = أنهى المتصل المكالمة. تبقى هنا دقيقتين لإنهاء ما بعد المكالمة.
desk-ended-by-us = انتهت المكالمة من هذا الطرف. تبقى هنا دقيقتين لإنهاء ما بعد المكالمة.
desk-ended = انتهت المكالمة. تبقى هنا دقيقتين لإنهاء ما بعد المكالمة.
desk-op-hangup-progress = جارٍ إنهاء المكالمة…
desk-op-mute-progress = جارٍ الكتم…
desk-op-unmute-progress = جارٍ إلغاء الكتم…
desk-op-hold-progress = جارٍ التعليق…
desk-op-resume-progress = جارٍ الاستئناف…
desk-op-record-progress = جارٍ بدء التسجيل…
desk-op-stop-record-progress = جارٍ إيقاف التسجيل…
desk-op-hangup-sent = أُرسل إنهاء المكالمة. في انتظار تأكيد VoIPBIN…
desk-op-mute-sent = أُرسل الكتم. في انتظار تأكيد VoIPBIN…
desk-op-unmute-sent = أُرسل إلغاء الكتم. في انتظار تأكيد VoIPBIN…
desk-op-record-sent = أُرسل بدء التسجيل. في انتظار تأكيد VoIPBIN…
desk-op-stop-record-sent = أُرسل إيقاف التسجيل. في انتظار تأكيد VoIPBIN…
desk-op-hangup-failed = تعذّر إنهاء المكالمة.
desk-op-mute-failed = تعذّر الكتم.
desk-op-unmute-failed = تعذّر إلغاء الكتم.
desk-op-hold-failed = تعذّر تعليق المكالمة.
desk-op-resume-failed = تعذّر استئناف المكالمة.
desk-op-record-failed = تعذّر بدء التسجيل.
desk-op-stop-record-failed = تعذّر إيقاف التسجيل.

## Transcript and recordings
desk-transcript-title = النص المكتوب المباشر
desk-transcript = النص المكتوب
desk-transcript-supervisors-only = للمشرفين فقط
desk-transcript-live = مباشر
desk-transcript-finished = اكتمل
desk-transcript-not-started = لم يبدأ
desk-transcript-waiting = في انتظار أن يكتب VoIPBIN نص هذه المكالمة…
desk-transcript-not-for-agents = يرسل VoIPBIN النصوص المباشرة إلى حسابات المسؤولين والمديرين فقط (أحداثها لا تذكر وكيلًا)، لذا لا يستطيع هذا الحساب عرضها.
desk-speaker-you = أنت
desk-speaker-agent = الوكيل
desk-speaker-caller = المتصل
desk-recordings = التسجيلات
desk-recording-ready = التسجيل جاهز · { $length } · { $format }
desk-recording-ready-audio = التسجيل جاهز · { $length } · صوت
desk-recording-open = تشغيل أو تنزيل
desk-recording-open-hint = يفتح ملف تسجيل VoIPBIN في علامة تبويب جديدة
desk-recording-since = يسجّل منذ { $time }

## Transfer
desk-transfer-opening = جارٍ فتح التحويل…
desk-transfer-load-failed = لم تصل نافذة التحويل (مشكلة في الشبكة أو الخادم)؛ المكالمة مستمرة.
desk-transfer-title = تحويل هذه المكالمة
desk-transfer-how = الطريقة
desk-transfer-blind = مباشر — سلّمها الآن
desk-transfer-attended = بعد التشاور — تحدّث إليه أولًا
desk-transfer-no-agents = لا توجد قائمة وكلاء لهذا الحساب (يعرضها VoIPBIN للمسؤولين والمديرين): اكتب رقمًا داخليًا أو رقم هاتف.
desk-transfer-to-agent = إلى وكيل
desk-transfer-choose-agent = اختر وكيلًا…
desk-transfer-to-number = أو رقم أو رقم داخلي أو عنوان SIP
desk-transfer-number-example = +15550100200 أو 2003 أو sip:name@host
desk-transferring = جارٍ التحويل…
desk-transfer-pick = اختر وكيلًا أو اكتب رقمًا.
desk-transferred-blind = تم التحويل: يرن لدى { $name }. لم تعد في المكالمة.
desk-transferred-attended = جارٍ التشاور مع { $name }: يتصل المتصل بمجرد قبوله.
desk-failed-transfer = تعذّر التحويل.
desk-agent-available = متاح
desk-agent-away = بعيد
desk-agent-busy = مشغول
desk-agent-offline = غير متصل
desk-agent-ringing = يرن
desk-agent-unknown = غير معروف
desk-destination-empty = اكتب رقمًا أو رقمًا داخليًا أو عنوان SIP.
desk-destination-bad-sip = ليس عنوان SIP صالحًا (name@host).
desk-destination-bad-length = يحتاج رقم الهاتف إلى + ومن 8 إلى 15 رقمًا، مثل +15550100200.
desk-destination-no-plus = ابدأ رقم الهاتف بـ + ورمز البلد، مثل +15550100200.
desk-destination-unknown = ليس رقم هاتف ولا رقمًا داخليًا ولا عنوان SIP.

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
desk-failed-create-contact = تعذّر إنشاء جهة الاتصال.
desk-failed-save-contact = تعذّر حفظ جهة الاتصال.
desk-failed-link-number = تعذّر ربط الرقم.
desk-failed-attach-contact = تعذّر إرفاق جهة الاتصال.
desk-failed-assign-case = تعذّر إسناد الحالة.
desk-failed-close-case = تعذّر إغلاق الحالة.

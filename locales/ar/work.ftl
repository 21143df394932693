# The call-work chunk (also the contacts page and the transfer dialog): the selected call,
# its transcript, transfer and help request, the contact editor, the call's case, the
# wrap-up card and the note's progress, the open message thread, quick replies, contacts.

## Shared buttons

work-save = حفظ
work-cancel = إلغاء
work-retry = إعادة المحاولة
work-try-again = إعادة المحاولة
work-remove = إزالة
work-edit = تعديل
work-reload = إعادة التحميل

## Message threads

work-peer-unknown = غير معروف
work-assigned-to-another-agent = مسندة إلى وكيل آخر
work-assigned-to = مسندة إلى { $name }
work-load-older = { $count ->
    [zero] تحميل الرسائل الأقدم
    [one] تحميل رسالة أقدم واحدة
    [two] تحميل رسالتين أقدم
    [few] تحميل { $count } رسائل أقدم
    [many] تحميل { $count } رسالة أقدم
   *[other] تحميل { $count } رسالة أقدم
}
work-messages-with = الرسائل مع { $name }
work-delivery-received = مستلمة
work-delivery-sending = جارٍ الإرسال…
work-delivery-queued = في قائمة الانتظار
work-delivery-sent = مُرسلة
work-delivery-delivered = تم التسليم
work-delivery-failed = لم تُسلَّم
work-send-again = إعادة الإرسال
work-reply-not-sent-forbidden = لم تُرسل: حسابك غير مسموح له بإرسال الرسائل. راجع مشرفًا.
work-reply-not-sent-gone = لم تُرسل: لم يعد الخادم يعرف هذه المحادثة.
work-reply-not-sent-network = لم تُرسل: تعذر الوصول إلى الخادم. تحقق من الاتصال وحاول مرة أخرى.
work-reply-not-sent-expired = لم تُرسل: انتهت صلاحية جلستك. سجّل الدخول مرة أخرى.
work-reply-not-sent-other = لم تُرسل: { $reason }.
work-discard = تجاهل
work-reply = الرد
work-reply-to = الرد على { $name }
work-reply-to-placeholder = الرد على { $name }…
work-send = إرسال
work-reply-keys = Enter للإرسال · Shift+Enter لسطر جديد · / للكتابة
work-reply-length = { $chars ->
    [zero] { $chars } حرف · { $parts } SMS
    [one] حرف واحد · { $parts } SMS
    [two] حرفان · { $parts } SMS
    [few] { $chars } أحرف · { $parts } SMS
    [many] { $chars } حرفًا · { $parts } SMS
   *[other] { $chars } حرف · { $parts } SMS
}

## Quick replies

work-quick-replies = الردود السريعة
work-quick-replies-kept = ردودك السريعة، محفوظة في هذا المتصفح.
work-quick-reply-number-label = الرد السريع { $number }
work-quick-reply-remove-label = إزالة الرد السريع { $number }
work-quick-reply-add = إضافة رد
work-quick-replies-edit = تعديل الردود السريعة
work-quick-reply-thanks = شكرًا لتواصلك معنا! أنا أتحقق من الأمر الآن.
work-quick-reply-number = هل يمكنك تزويدي برقم حسابك أو رقم الطلب من فضلك؟
work-quick-reply-passed-on = أحلت طلبك إلى الفريق المختص؛ وستتلقى ردًا خلال يوم عمل واحد.
work-quick-reply-anything-else = هل هناك أي شيء آخر يمكنني مساعدتك به اليوم؟

## Contacts

work-contacts = جهات الاتصال
work-contact = جهة اتصال
work-contacts-search = البحث في جهات الاتصال
work-contacts-search-placeholder = الاسم أو الشركة أو الرقم أو البريد
work-contacts-unreadable = تعذرت قراءة جهات الاتصال: { $reason }
work-contacts-reading = جارٍ قراءة جهات الاتصال…
work-contacts-no-match = لا توجد جهة اتصال مطابقة.
work-contact-first-name = الاسم الأول
work-contact-last-name = اسم العائلة
work-contact-company = الشركة
work-contact-job-title = المسمى الوظيفي
work-contact-notes = ملاحظات
work-contact-primary = (أساسي)
work-contact-not-saved = تعذر الحفظ: { $reason }
work-timeline = السجل الزمني
work-timeline-reading = جارٍ قراءة السجل الزمني…
work-timeline-empty = لا شيء مسجل.

## The call's case

work-case = الحالة
work-case-looking = جارٍ البحث عن حالة هذه المكالمة…
work-case-unreadable = تعذرت قراءة حالة هذه المكالمة: { $reason }
work-case-open = مفتوحة
work-case-closed = مغلقة ({ $reason })
work-case-assign-me = إسنادها إليّ
work-case-attach-caller = ربط المتصل
work-case-close = إغلاق الحالة
work-case-no-notes = لا توجد ملاحظات بعد.
work-case-note-system = النظام
work-case-note-agent = وكيل

## Wrap-up

work-wrap-up-left = متبقٍ { $time }
work-wrap-up-until-done = حتى تضغط على تم
work-wrap-up-extend = +30 ث (بحد أقصى { $max })
work-wrap-up-extend-hint = يضيف 30 ثانية، حتى { $max } لإنهاء ما بعد المكالمة إجمالًا
work-wrap-up-note = ملاحظة عن المكالمة
work-wrap-up-note-placeholder = ما موضوعها، وما الذي تم الاتفاق عليه
work-wrap-up-close-case = إغلاق الحالة
work-wrap-up-then = بعد ذلك
work-next-available = متاح
work-next-away = بعيد
work-next-offline = غير متصل
work-wrap-up-done = تم

## The note's progress after Done

work-note-not-sent = لم تُرسل: { $reason }
work-note-sent-case-not-closed = أُرسلت؛ لكن لم تُغلق الحالة: { $reason }
work-note-sent-to-contact = أُرسلت (أُضيفت إلى ملاحظات جهة الاتصال)
work-note-sent = أُرسلت
work-note-sending = جارٍ الإرسال…
work-note-saved-no-target = محفوظة على هذا الجهاز: لا توجد حالة أو جهة اتصال معروفة لهذه المكالمة
work-note-saved-offline = محفوظة على هذا الجهاز: غير متصل، وستُرسل عند عودة الاتصال
work-note-saved-retrying = { $count ->
    [zero] محفوظة على هذا الجهاز: لم يقبلها الخادم، ستُعاد المحاولة الآن
    [one] محفوظة على هذا الجهاز: لم يقبلها الخادم، ستُعاد المحاولة بعد ثانية واحدة
    [two] محفوظة على هذا الجهاز: لم يقبلها الخادم، ستُعاد المحاولة بعد ثانيتين
    [few] محفوظة على هذا الجهاز: لم يقبلها الخادم، ستُعاد المحاولة بعد { $count } ثوانٍ
    [many] محفوظة على هذا الجهاز: لم يقبلها الخادم، ستُعاد المحاولة بعد { $count } ثانية
   *[other] محفوظة على هذا الجهاز: لم يقبلها الخادم، ستُعاد المحاولة بعد { $count } ثانية
}
work-note-saved = محفوظة على هذا الجهاز

## The selected call: its panel, controls and what they said

desk-close = إغلاق
desk-phase-unknown = غير معروف
desk-call = مكالمة
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

## Transfer (opened from the selected call; the dialog is a chunk of its own)

desk-cancel = إلغاء
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

## What the contact editor and the case's actions could not do

desk-failed-create-contact = تعذّر إنشاء جهة الاتصال.
desk-failed-save-contact = تعذّر حفظ جهة الاتصال.
desk-failed-link-number = تعذّر ربط الرقم.
desk-failed-attach-contact = تعذّر إرفاق جهة الاتصال.
desk-failed-assign-case = تعذّر إسناد الحالة.
desk-failed-close-case = تعذّر إغلاق الحالة.

## Asking for help on a call (in the selected call's panel)

team-help-reason-label = سبب حاجتك إلى المساعدة (اختياري)
team-help-reason-placeholder = السبب (اختياري)
team-help-ask = طلب المساعدة
team-help-asking = جارٍ الطلب…
team-help-pending = طُلبت المساعدة: في انتظار مشرف…
team-help-taken = { $name } يتولى الأمر.
team-help-taken-unknown = مشرف يتولى الأمر.
team-help-closed = أُغلق طلب المساعدة: انتهت المكالمة.

## The help request as posted in the Help channel: the agent's words, one line each
## (the machine line after them is not translated)

team-help-line-agent = 🙋 { $agent } يطلب المساعدة في مكالمة
team-help-line-anonymous = 🙋 وكيل يطلب المساعدة في مكالمة
team-help-line-caller = المتصل: { $caller }
team-help-line-caller-unknown = المتصل: غير معروف
team-help-line-queue = قائمة الانتظار: { $queue }
team-help-line-waited = مدة الانتظار: { $waited }
team-help-line-case = الحالة: { $case }
team-help-line-listen = الاستماع: { $link }
team-help-line-reason = السبب: { $reason }
team-help-call-ended = انتهت المكالمة.

## Why the server's answer to a sent reply could not be read (shell-error-decode's $detail)

shell-error-not-message = الاستجابة ليست رسالة محادثة

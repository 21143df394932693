# After-call work: wrap-up, case notes, messages, quick replies, contacts.

## Shared buttons

work-save = حفظ
work-cancel = إلغاء
work-dismiss = إغلاق
work-retry = إعادة المحاولة
work-try-again = إعادة المحاولة
work-remove = إزالة
work-edit = تعديل
work-reload = إعادة التحميل

## Message threads

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

work-wrap-up = ما بعد المكالمة
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
work-wrap-up-time = مدة ما بعد المكالمة
work-wrap-up-seconds = ثانية بعد كل مكالمة يتم الرد عليها (0: حتى تضغط على تم)
work-call-note = ملاحظة المكالمة
work-notice-phone-unregistered = ما زلت مشغولًا، ولم تُضبط حالتك على متاح: هاتفك غير مسجل، لذا لا يستطيع المتصلون الوصول إليك.

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

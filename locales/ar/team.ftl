# Team talk and asking for help.

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
team-new-chat = محادثة جديدة
team-new-group-button = مجموعة جديدة
team-channels-button = القنوات
team-close-panel = إغلاق الفريق
team-dismiss = إغلاق
team-chat-list = المحادثات
team-no-chats = لا توجد محادثات بعد: ابدأ محادثة مع زميل، أو انضم إلى قناة.
team-pick-chat = اختر محادثة.
team-you = أنت
team-teammate = زميل
team-direct-chat = محادثة مباشرة
team-chat-untitled = محادثة

team-back-to-chat = → العودة إلى المحادثة
team-older-messages = رسائل أقدم
team-offline-note = غير متصل: ما ترسله ينتظر ويُرسَل عند عودة الاتصال.
team-out-queued = في انتظار الإرسال…
team-out-sending = جارٍ الإرسال…
team-out-failed = لم تُرسَل. { $reason }
team-discard = تجاهل
team-reply-placeholder = رد في سلسلة الرسائل…
team-message-placeholder = رسالة…
team-input-label = رسالة إلى الفريق
team-attach-file = إرفاق
team-send-message = إرسال
team-deleted = حُذفت هذه الرسالة.
team-react-with = التفاعل بـ { $emoji }
team-reply-in-thread = رد في السلسلة
team-replies = { $count ->
    [zero] لا ردود
    [one] رد واحد
    [two] ردّان
    [few] { $count } ردود
    [many] { $count } ردًا
   *[other] { $count } رد
}
team-attachment = مرفق
team-attached-image = صورة مرفقة
team-file-too-big = حجم الملف { $size } ميغابايت، والحد الأقصى الذي يقبله { -brand } هو { $max } ميغابايت.

team-chat-with-teammate = محادثة مع زميل
team-reading-team = جارٍ تحميل الفريق…
team-group-name-label = الاسم
team-create-group = إنشاء المجموعة
team-public-channels = القنوات العامة
team-reading-channels = جارٍ تحميل القنوات…
team-member-count = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
team-open-channel = فتح
team-join-channel = انضمام

team-failed-read-chat = تعذّرت قراءة المحادثة. { $reason }
team-failed-read-older = تعذّرت قراءة الرسائل الأقدم. { $reason }
team-failed-upload = تعذّر رفع الملف. { $reason }
team-failed-react = تعذّرت إضافة التفاعل. { $reason }
team-failed-start-chat = تعذّر بدء المحادثة. { $reason }
team-failed-create-group = تعذّر إنشاء المجموعة. { $reason }
team-failed-read-channels = تعذّرت قراءة القنوات. { $reason }
team-failed-join-channel = تعذّر الانضمام إلى القناة. { $reason }
team-failed-open-help = لا يمكن فتح قناة Help. { $reason }
team-failed-ask-help = تعذّر طلب المساعدة. { $reason }
team-failed-take-request = تعذّر تولّي الطلب. { $reason }
team-failed-say-ended = تعذّر الإبلاغ بانتهاء المكالمة. { $reason }
team-why-network = لا يمكن الوصول إلى الخادم. تحقق من الاتصال وأعد المحاولة.
team-why-session = انتهت صلاحية جلستك. سجّل الدخول مرة أخرى.
team-why-forbidden = لا يملك حسابك صلاحية القيام بذلك.
team-why-not-found = لا يجده الخادم (ربما حُذف).
team-why-status = ردّ الخادم بالرمز { $code }: { $detail }
team-why-decode = تعذّرت قراءة رد الخادم.

team-help-reason-label = سبب حاجتك إلى المساعدة (اختياري)
team-help-reason-placeholder = السبب (اختياري)
team-help-ask = طلب المساعدة
team-help-asking = جارٍ الطلب…
team-help-pending = طُلبت المساعدة: في انتظار مشرف…
team-help-taken = { $name } يتولى الأمر.
team-help-taken-unknown = مشرف يتولى الأمر.
team-help-closed = أُغلق طلب المساعدة: انتهت المكالمة.

team-help-line-agent = 🙋 { $agent } يطلب المساعدة في مكالمة
team-help-line-anonymous = 🙋 وكيل يطلب المساعدة في مكالمة
team-help-line-caller = المتصل: { $caller }
team-help-line-caller-unknown = المتصل: غير معروف
team-help-line-queue = قائمة الانتظار: { $queue }
team-help-line-waited = مدة الانتظار: { $waited }
team-help-line-case = الحالة: { $case }
team-help-line-listen = الاستماع: { $link }
team-help-line-reason = السبب: { $reason }
team-help-on-it-name = أتولى الأمر: { $name }
team-help-on-it = أتولى الأمر: مشرف
team-help-call-ended = انتهت المكالمة.

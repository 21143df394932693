# Team talk: the Team panel (a chunk of its own; its button is in desk.ftl).

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

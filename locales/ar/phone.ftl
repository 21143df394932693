# الهاتف: التسجيل والأجهزة ولوحة الاتصال والمكالمات.

## سبب عدم تسجيل الهاتف، أو عدم وجود هاتف
phone-signed-out-of-server = تم تسجيل الخروج من خادم الهاتف
phone-wrong-password = رفض خادم الهاتف كلمة مرور هذه التحويلة
phone-forbidden = لا يسمح خادم الهاتف بهذه التحويلة هنا
phone-server-silent = لم يستجب خادم الهاتف
phone-registration-refused = رفض خادم الهاتف التسجيل ({ $status } { $reason })
phone-server-unreachable = تعذّر الوصول إلى خادم الهاتف؛ إعادة المحاولة بعد { $seconds } ث
phone-extension-unreadable = تعذّرت قراءة تحويلة هذا الوكيل ({ $error })
phone-no-extension = ليس لهذا الوكيل تحويلة: يمكن للمسؤول إضافة واحدة إلى عناوين الوكيل
phone-turned-off = أُوقف عند تسجيل الدخول: ترن المكالمات على هاتفك الآخر
phone-server-not-set = لم يُحدَّد خادم هاتف: سجّل الدخول مجددًا بعنوان SIP من نوع wss:// الخاص بمنشأتك
phone-server-invalid = خادم الهاتف «{ $server }» ليس عنوان wss:// أو ws:// ولا مسارًا
phone-not-registered-blocks = هاتفك غير مسجّل ({ $why })، لذا لا يستطيع المتصلون الوصول إليك

## مشكلات المكالمات والصوت والأجهزة
phone-hold-refused = رفض خادم الهاتف تعليق المكالمة أو استئنافها ({ $status })
phone-cannot-dial-unregistered = الهاتف غير مسجّل: لا يمكن إجراء مكالمات الآن
phone-finish-call-first = أنهِ المكالمة الحالية قبل إجراء مكالمة أخرى
phone-audio-failed = تعذّر إعداد صوت المكالمة ({ $detail })
phone-mic-refused = لم يُسمح للمتصفح باستخدام الميكروفون: اسمح به من إعدادات الموقع في شريط العنوان، ثم حاول مجددًا
phone-mic-missing = لم يُعثر على ميكروفون: صِل سماعة رأس، ثم حاول مجددًا
phone-mic-busy = الميكروفون مستخدم من برنامج آخر أو لا يمكن فتحه
phone-mic-unsupported = لا يستطيع هذا المتصفح استخدام ميكروفون هنا (يلزم https أو localhost)
phone-mic-failed = تعذّر فتح الميكروفون
phone-device-unnamed = جهاز { $number }

## سبب انتهاء المكالمة
phone-ended-you = أنهيتَ المكالمة
phone-ended-other-side = أنهى الطرف الآخر المكالمة
phone-ended-caller-gone = غادر المتصل (أنهى المكالمة أو رُدّ عليها في مكان آخر)
phone-ended-declined = مرفوضة
phone-ended-busy = مشغول
phone-ended-not-found = لا يوجد رقم أو تحويلة بهذا الاسم
phone-ended-refused = مرفوضة ({ $status } { $reason })
phone-ended-timeout = لا استجابة من خادم الهاتف
phone-ended-transport-lost = انقطع الاتصال بخادم الهاتف

## جودة المكالمة
phone-quality-no-audio = لا يصل أي صوت من المتصل
phone-quality-loss = يُفقد { $percent }٪ من صوت المتصل: الشبكة تُسقط الحزم
phone-quality-jitter = يصل الصوت بشكل غير منتظم (تذبذب { $jitter } مللي ثانية): الشبكة مزدحمة
phone-quality-slow = الخط بطيء ({ $round_trip } مللي ثانية ذهابًا وإيابًا): قد يتحدث المتصل في الوقت نفسه معك
phone-quality-measuring = جارٍ قياس الخط…
phone-quality-line = MOS { $mos } · ذهاب وإياب { $rtt } مللي ثانية · تذبذب { $jitter } مللي ثانية · فقد { $loss }٪
phone-quality-line-no-rtt = MOS { $mos } · ذهاب وإياب – · تذبذب { $jitter } مللي ثانية · فقد { $loss }٪
phone-quality-with-reason = { $line } — { $reason }

## لوحة المكالمة
phone-state-far-ringing = يرن…
phone-state-calling = جارٍ الاتصال…
phone-state-connecting = جارٍ التوصيل…
phone-state-on-hold = معلّقة
phone-state-in-call = في مكالمة
phone-state-in-call-outgoing = في مكالمة (صادرة)
phone-state-ringing = يرن
phone-queue = قائمة الانتظار
phone-call-time = مدة المكالمة
phone-controls = عناصر تحكم الهاتف
phone-mute = كتم
phone-unmute = إلغاء الكتم
phone-hold = تعليق
phone-resume = استئناف
phone-hang-up = إنهاء المكالمة
phone-cancel = إلغاء
phone-mic = الميكروفون
phone-mic-muted = مكتوم: لا يسمع المتصل شيئًا
phone-mic-heard = نسمعك
phone-mic-quiet = هادئ
phone-digits-sent = أُرسل:

## الاتصال برقم، والأجهزة، ولوحة الاتصال
phone-call-number = اتصال بـ { $number }
phone-call-number-hint = الاتصال بهذا الرقم من هاتف المكتب
phone-audio-devices = أجهزة الصوت
phone-microphone = الميكروفون
phone-speaker = السماعة
phone-ringer = الرنين
phone-device-default = الافتراضي في المتصفح
phone-check-start = اختبار الميكروفون
phone-check-stop = إيقاف اختبار الميكروفون
phone-check-heard = نسمعك ({ $level } dBFS)
phone-check-not-heard = لم يُسمع شيء بعد ({ $level } dBFS): تحدّث، أو اختر ميكروفونًا آخر
phone-check-opening = جارٍ فتح الميكروفون…
phone-keypad = لوحة المفاتيح
phone-dialpad = لوحة الاتصال
phone-dial-label = رقم أو تحويلة أو وكيل
phone-dial-placeholder = ‎+15551234567، 2002 أو وكيل
phone-call = اتصال
phone-keys = المفاتيح
phone-dismiss = إغلاق

## حول الهاتف: المغادرة، والحالة بعيد، والرنين
phone-leave-warning = هناك مكالمة جارية. ستنتهي المكالمة إذا غادرت.
phone-set-away = تم تعيينك بعيدًا: { $why }.
phone-ring-blocked = يحجب المتصفح الرنين حتى تنقر على الصفحة.
phone-ring-enable = تشغيل الرنين

## المكالمة الواردة
phone-ring-title = مكالمة: { $caller }
phone-ring-body = مكالمة واردة. رُدّ عليها في المكتب.
phone-ring-body-queue = مكالمة واردة من { $queue }. رُدّ عليها في المكتب.
phone-ring-announce = مكالمة واردة من { $caller }.
phone-ring-announce-queue = مكالمة واردة من { $caller } عبر { $queue }.
phone-waited = انتظر { $duration }
phone-incoming = مكالمة واردة
phone-answer = رد
phone-decline = رفض

## حالة الهاتف في الشريط العلوي
phone-ready = الهاتف جاهز
phone-connecting = جارٍ توصيل الهاتف…
phone-offline = الهاتف غير متصل
phone-none = لا هاتف
phone-elsewhere = الهاتف في علامة تبويب أخرى
phone-elsewhere-why = علامة تبويب أخرى في هذا المتصفح تستخدم الهاتف؛ ترن المكالمات هناك
phone-take-over = استخدامه هنا
phone-retry = إعادة المحاولة

## حالة الوكيل
shell-my-status = حالتي
shell-status-available-hint = متاح (1)
shell-status-away-hint = بعيد (2)
shell-status-busy-hint = مشغول (3)
shell-status-offline-hint = غير متصل (4)
shell-status-not-available = لم يتم التعيين متاحًا: { $why }.
shell-status-change-failed = تعذّر تغيير الحالة: { $error }

## الشريط العلوي
shell-sign-out-in-call = هناك مكالمة جارية. هل تريد تسجيل الخروج وإنهاءها؟
shell-skip = انتقل إلى المحتوى
shell-pages = الصفحات
shell-nav-desk = المكتب
shell-nav-contacts = جهات الاتصال
shell-nav-dashboard = لوحة المعلومات
shell-nav-settings = الإعدادات
shell-nav-inspector = مراقب الأحداث
shell-shortcuts = اختصارات لوحة المفاتيح
shell-shortcuts-hint = اختصارات لوحة المفاتيح (?)
shell-theme = تبديل المظهر
shell-theme-hint = مظهر فاتح أو داكن
shell-sign-out = تسجيل الخروج
shell-dismiss = إغلاق

## الاتصال
shell-live = مباشر
shell-syncing = جارٍ المزامنة…
shell-connecting = جارٍ الاتصال…
shell-reconnecting-in = إعادة الاتصال بعد { $seconds } ث
shell-reconnecting = جارٍ إعادة الاتصال…
shell-offline = غير متصل
shell-signed-out = تم تسجيل الخروج
shell-last-event = آخر حدث { $time }
shell-no-events = لا أحداث بعد
shell-retry-now = أعد المحاولة الآن

## تنبيهات الاتصال المباشر
shell-refused-permission = لا يمكن لحسابك تلقي هذه الأحداث، لذا لن يُحدَّث هذا الجزء من المكتب مباشرةً.
shell-refused-topic = لم يقبل الخادم موضوعًا طلبه المكتب.
shell-refused-message = تعذّر على الخادم قراءة رسالة من المكتب.
shell-refused-rate = يحدّ الخادم من الاشتراكات؛ يشترك المكتب مجددًا عند إعادة الاتصال.
shell-refused-other = رفض الخادم اشتراكًا.
shell-refused-notice = { $explained } { $code }: { $message } ({ $topics })
shell-resync-skipped = { $count ->
    [zero] إعادة المزامنة: { $path }: لا عناصر تعذّرت قراءتها
    [one] إعادة المزامنة: { $path }: تعذّرت قراءة عنصر واحد
    [two] إعادة المزامنة: { $path }: تعذّرت قراءة عنصرين
    [few] إعادة المزامنة: { $path }: تعذّرت قراءة { $count } عناصر
    [many] إعادة المزامنة: { $path }: تعذّرت قراءة { $count } عنصرًا
   *[other] إعادة المزامنة: { $path }: تعذّرت قراءة { $count } عنصر
}
shell-resync-failed = إعادة المزامنة: { $path }: { $error }

## اختصارات لوحة المفاتيح
shell-shortcuts-title = اختصارات لوحة المفاتيح
shell-close = إغلاق
shell-key-shortcuts = إظهار هذه القائمة أو إخفاؤها
shell-key-accept = الرد على المتصل المنتظر
shell-key-dismiss = تجاهل التنبيه
shell-key-hangup = إنهاء المكالمة النشطة
shell-key-transfer = تحويل المكالمة النشطة
shell-key-mute = كتم أو إلغاء الكتم
shell-key-hold = تعليق أو استئناف
shell-key-record = بدء التسجيل أو إيقافه
shell-key-help = طلب المساعدة في المكالمة
shell-key-available = الحالة: متاح
shell-key-away = الحالة: بعيد
shell-key-busy = الحالة: مشغول
shell-key-offline = الحالة: غير متصل
shell-key-reply = كتابة رد
shell-key-next = المحادثة التالية
shell-key-close = إغلاق مربعات الحوار
shell-key-previous = المحادثة السابقة
shell-key-keypad = نغمات لوحة المفاتيح أثناء مكالمة هاتفية

## الصفحات التي تُحمَّل عند فتحها
shell-loading-dashboard = جارٍ تحميل لوحة المعلومات…
shell-loading-settings = جارٍ تحميل الإعدادات…
shell-loading-inspector = جارٍ تحميل مراقب الأحداث…
shell-loading-contacts = جارٍ تحميل جهات الاتصال…
shell-failed-dashboard = تعذّر تحميل لوحة المعلومات
shell-failed-settings = تعذّر تحميل الإعدادات
shell-failed-inspector = تعذّر تحميل مراقب الأحداث
shell-failed-contacts = تعذّر تحميل جهات الاتصال
shell-failed-detail = لم يصل هذا الجزء من التطبيق (الشبكة أو الخادم). يستمر المكتب والاتصال والهاتف في العمل.
shell-try-again = حاول مجددًا
shell-nothing-here = لا شيء هنا.
shell-party-unknown = غير معروف

## أخطاء الخادم
shell-error-network = تعذّر الوصول إلى الخادم: { $detail }
shell-error-unauthorized = لم يتم تسجيل الدخول: { $detail }
shell-error-forbidden = غير مسموح: { $detail }
shell-error-not-found = غير موجود: { $detail }
shell-error-status = خطأ في الخادم { $code }: { $detail }
shell-error-decode = استجابة غير متوقعة: { $detail }
shell-error-timeout = لا استجابة خلال { $seconds } ث
shell-error-no-token = استجاب الخادم دون رمز مميز
shell-error-not-agent = service_agents/me ليس وكيلًا
shell-error-not-object = الاستجابة ليست كائن JSON

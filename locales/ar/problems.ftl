# What Team talk or a help request could not do, and why: shown by the Team panel, the call's
# help request and the dashboard, so compiled into their chunks (src/i18n/pack.rs PARTS).

## What Team talk or a help request could not do, then why ($reason is one of the
## team-why- sentences): the Team panel, the call's help request and the dashboard's
team-file-too-big = حجم الملف { $size } ميغابايت، والحد الأقصى الذي يقبله { -brand } هو { $max } ميغابايت.
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

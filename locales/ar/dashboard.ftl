# The supervisor's dashboard.

dash-title = لوحة معلومات المشرف
dash-forbidden = تعرض لوحة المعلومات مركز الاتصال بالكامل، ولا تشاركها { -brand } إلا مع المسؤولين والمديرين. حسابك له صلاحية وكيل؛ اطلب من مسؤول منحك صلاحية مدير إن احتجت إليها.

## Headline tiles
dash-tiles-label = الآن
dash-tile-active-calls = المكالمات الجارية
dash-tile-agent-legs = { $count ->
    [zero] دون مسارات وكلاء
    [one] يشمل مسار وكيل واحد
    [two] يشمل مساري وكيلين
    [few] يشمل { $count } مسارات وكلاء
    [many] يشمل { $count } مسارًا للوكلاء
   *[other] يشمل { $count } مسار وكيل
}
dash-tile-waiting = المتصلون في الانتظار
dash-tile-longest-wait = أطول انتظار
dash-tile-oldest-caller = أقدم متصل في قائمة انتظار
dash-tile-nobody-waiting = لا أحد في الانتظار
dash-tile-available = متاح
dash-tile-on-call = في مكالمة
dash-tile-busy = مشغول: { $busy }
dash-tile-busy-ringing = مشغول: { $busy } · يرن: { $ringing }
dash-tile-away = بعيد
dash-tile-offline = غير متصل
dash-tile-serviced = خُدموا اليوم
dash-tile-of-queued = من { $queued } في قوائم الانتظار
dash-tile-abandoned = تخلّوا اليوم
dash-tile-abandoned-share = { $share } من المنتهية
dash-tile-service-level = مستوى الخدمة
dash-sl-before = خلال{ " " }
dash-sl-after = { " " }ث
dash-sl-threshold = حد مستوى الخدمة بالثواني

## Queues
dash-queues-title = قوائم الانتظار
dash-queues-age-hint = لا ترسل { -brand } أحداث قوائم الانتظار: تُقرأ القوائم كل 5 ث، وتُحدّث أحداث مكالمات القوائم الأرقام بين القراءتين
dash-queues-reading = جارٍ قراءة قوائم الانتظار…
dash-queues-read = قُرئت قبل { $seconds } ث
dash-queues-read-retrying = قُرئت قبل { $seconds } ث، جارٍ إعادة المحاولة
dash-queues-col-queue = القائمة
dash-queues-col-waiting-short = انتظار
dash-queues-col-waiting = في الانتظار
dash-queues-col-waiting-hint = المتصلون في الانتظار
dash-queues-col-longest-short = الأطول
dash-queues-col-longest = أطول انتظار
dash-queues-col-in-service-short = بمكالمة
dash-queues-col-in-service = قيد الخدمة
dash-queues-col-in-service-hint = متصلون يتحدثون مع وكيل
dash-queues-col-serviced-short = خُدموا
dash-queues-col-serviced = خُدموا
dash-queues-col-serviced-hint = متصلون تم الرد عليهم (إجمالي القائمة)
dash-queues-col-abandoned-short = فُقدوا
dash-queues-col-abandoned = تخلّوا
dash-queues-col-abandoned-hint = متصلون أنهوا المكالمة أثناء الانتظار
dash-queues-col-callers = المتصلون الأطول انتظارًا
dash-queues-empty = لا توجد قوائم انتظار بعد.
dash-queues-more = { $count ->
    [zero] +{ $count }
    [one] +{ $count } آخر
    [two] +{ $count } آخران
    [few] +{ $count } آخرين
    [many] +{ $count } آخرين
   *[other] +{ $count } آخرين
}
dash-chip-connecting = هاتف أحد الوكلاء يرن
dash-chip-waiting = في الانتظار
dash-caller-unnamed = متصل

## Agents
dash-agents-title = الوكلاء
dash-agents-filter = عرض الوكلاء
dash-filter-all = الكل
dash-filter-available = متاح
dash-filter-on-call = في مكالمة
dash-filter-away = بعيد
dash-filter-offline = غير متصل
dash-hand-raised = يطلب المساعدة
dash-showing = عرض { $shown } من { $total }
dash-show-more = عرض المزيد
dash-set-status = تعيين…
dash-set-status-custom = مخصص…
dash-set-status-of = تعيين حالة { $name }
dash-custom-status-for = حالة مخصصة لـ{ $name }
dash-custom-status-set = تعيين هذه الحالة
dash-custom-status-cancel = إلغاء
dash-set-status-failed = تعذّر تعيين حالة { $name } إلى { $status }: { $reason }
dash-stuck-busy = عالق في مشغول · اجعله متاحًا
dash-stuck-busy-hint = مشغول دون مكالمة لأكثر من دقيقة: لا تعيد { -brand } الوكلاء إلى متاح بعد المكالمة

## Active calls
dash-calls-title = المكالمات الجارية
dash-calls-filter = تصفية المكالمات
dash-calls-filter-hint = تصفية: رقم، اسم، وكيل، قائمة انتظار
dash-calls-status = الحالة
dash-calls-any-status = أي حالة
dash-calls-direction = الاتجاه
dash-calls-any-direction = الواردة والصادرة
dash-calls-incoming = واردة
dash-calls-outgoing = صادرة
dash-col-direction = الاتجاه
dash-col-from = من
dash-col-to = إلى
dash-col-status = الحالة
dash-col-duration = المدة
dash-col-agent = الوكيل
dash-col-queue = القائمة
dash-direction-in = ↘ واردة
dash-direction-out = ↗ صادرة
dash-call-dialing = يطلب
dash-call-ringing = يرن
dash-call-talking = محادثة
dash-call-ending = ينتهي
dash-call-canceling = يُلغى
dash-call-ended = انتهت
dash-showing-matching = عرض { $shown } من { $total } مطابقة ({ $active } جارية)
dash-show-n-more = { $count ->
    [zero] عرض { $count } مكالمة أخرى
    [one] عرض مكالمة أخرى
    [two] عرض مكالمتين أخريين
    [few] عرض { $count } مكالمات أخرى
    [many] عرض { $count } مكالمة أخرى
   *[other] عرض { $count } مكالمة أخرى
}
dash-show-all = عرض الكل
dash-show-fewer = عرض أقل

## Charts
dash-charts-title = الساعة الأخيرة
dash-chart-calls = المكالمات في الدقيقة
dash-chart-calls-this-hour = { $count ->
    [zero] لا مكالمات هذه الساعة
    [one] مكالمة واحدة هذه الساعة
    [two] مكالمتان هذه الساعة
    [few] { $count } مكالمات هذه الساعة
    [many] { $count } مكالمة هذه الساعة
   *[other] { $count } مكالمة هذه الساعة
}
dash-chart-calls-label = { $count ->
    [zero] المكالمات في الدقيقة خلال الساعة الأخيرة؛ لا مكالمات، وبحد أقصى { $max } في الدقيقة
    [one] المكالمات في الدقيقة خلال الساعة الأخيرة؛ مكالمة واحدة إجمالًا، وبحد أقصى { $max } في الدقيقة
    [two] المكالمات في الدقيقة خلال الساعة الأخيرة؛ مكالمتان إجمالًا، وبحد أقصى { $max } في الدقيقة
    [few] المكالمات في الدقيقة خلال الساعة الأخيرة؛ { $count } مكالمات إجمالًا، وبحد أقصى { $max } في الدقيقة
    [many] المكالمات في الدقيقة خلال الساعة الأخيرة؛ { $count } مكالمة إجمالًا، وبحد أقصى { $max } في الدقيقة
   *[other] المكالمات في الدقيقة خلال الساعة الأخيرة؛ { $count } مكالمة إجمالًا، وبحد أقصى { $max } في الدقيقة
}
dash-chart-minute-calls = { $count ->
    [zero] { $time }: لا مكالمات
    [one] { $time }: مكالمة واحدة
    [two] { $time }: مكالمتان
    [few] { $time }: { $count } مكالمات
    [many] { $time }: { $count } مكالمة
   *[other] { $time }: { $count } مكالمة
}
dash-chart-waiting = المتصلون في الانتظار
dash-chart-waiting-peak = الذروة في الدقيقة
dash-chart-waiting-label = المتصلون في الانتظار خلال الساعة الأخيرة، الذروة { $max } في دقيقة؛ { $current } في هذه الدقيقة
dash-chart-waits = أوقات الانتظار
dash-chart-waits-now = في الانتظار الآن
dash-chart-waits-answered = تم الرد (مؤخرًا)
dash-chart-waits-label = توزيع أوقات الانتظار. في الانتظار الآن: { $now }. تم الرد: { $answered }.
dash-chart-bin-count = { $bin } { $n }
dash-chart-bins-none = لا شيء
dash-list-separator = { "، " }
dash-bin-under-15s = <15 ث
dash-bin-15-30s = 15–30 ث
dash-bin-30-60s = 30–60 ث
dash-bin-1-2m = 1–2 د
dash-bin-2-5m = 2–5 د
dash-bin-5-10m = 5–10 د
dash-bin-over-10m = 10 د+
dash-axis-hour-ago = −60 د
dash-axis-now = الآن

## Feeds
dash-transcripts-title = النص المكتوب المباشر
dash-transcripts-empty = لا يُكتب نص أي مكالمة الآن.
dash-speaker-caller = المتصل
dash-speaker-agent = الوكيل
dash-recordings-title = التسجيلات
dash-recordings-now = قيد التسجيل الآن
dash-recording-since = يُسجَّل
dash-recording-finished = انتهى { $time } · { $length }
dash-flows-title = التدفقات الجارية
dash-flow-step = الخطوة { $step }
dash-flow-ago = قبل { $duration }
dash-conferences-title = المؤتمرات
dash-conference-participants = { $count ->
    [zero] لا مشاركين
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
dash-conferences-empty = لا يوجد مؤتمر جارٍ.

## Help requests
dash-help-title = طلبات المساعدة
dash-help-empty = لا أحد يطلب المساعدة.
dash-help-an-agent = أحد الوكلاء
dash-help-age = ينتظر المساعدة منذ
dash-help-open = مفتوح
dash-help-taken = تم التولي
dash-help-taken-by = تولاه { $name }
dash-help-ended = انتهت المكالمة
dash-help-take = تولَّ

## Listening to a call
dash-listen = الاستماع
dash-listen-hint = الاستماع إلى هذه المكالمة
dash-listen-panel = الاستماع إلى مكالمة
dash-listen-call = مكالمة { $id }
dash-listen-caller-with-agent = { $caller } مع { $agent }
dash-listen-connecting = جارٍ الاتصال…
dash-listen-listening = استماع (لا يسمعونك)
dash-listen-barging = مباشر: يسمعك الطرفان
dash-listen-ended = انتهت المكالمة
dash-listen-error = يتعذّر الاستماع
dash-listen-live-banner = أنت على الهواء في هذه المكالمة: يسمعك المتصل والوكيل.
dash-listen-drops = { $count ->
    [zero] انقطع الصوت { $count } مرة ثم عاد
    [one] انقطع الصوت مرة واحدة ثم عاد
    [two] انقطع الصوت مرتين ثم عاد
    [few] انقطع الصوت { $count } مرات ثم عاد
    [many] انقطع الصوت { $count } مرة ثم عاد
   *[other] انقطع الصوت { $count } مرة ثم عاد
}
dash-listen-level = مستوى ما تسمعه
dash-barge-start = التحدث للطرفين
dash-barge-stop = إيقاف التحدث
dash-listen-stop = إيقاف الاستماع
dash-whisper = الهمس
dash-whisper-hint = الهمس للوكيل (يسمعه الوكيل وحده)
dash-listen-call-ended = انتهت المكالمة.
dash-listen-audio-failed = تعذّر بدء الصوت: { $reason }
dash-listen-bad-address = عنوان صوت المكالمة غير صالح
dash-listen-forbidden = غير مسموح: { $reason }
dash-listen-unauthorized = لم يتم تسجيل الدخول: { $reason }
dash-listen-mic-failed = توقف التحدث: { $reason }
dash-whisper-no-agent = لا يوجد وكيل في هذه المكالمة للهمس إليه.
dash-whisper-failed = لم يُرسل الهمس: { $reason }

## A supervisor taking a help request, as posted in the Help channel
team-help-on-it-name = أتولى الأمر: { $name }
team-help-on-it = أتولى الأمر: مشرف

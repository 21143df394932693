# تسجيل الدخول.

page-signin-expired = انتهت جلستك. سجّل الدخول مجددًا لتتابع من حيث توقفت.
page-signin-server = الخادم
page-signin-server-placeholder = هذا الموقع (الخادم المحلي البديل) أو https://api.voipbin.net
page-signin-phone-server = خادم الهاتف
page-signin-phone-server-placeholder = ‏/sip في هذا الموقع (الخادم المحلي البديل) أو wss://sip.example.com
page-signin-no-softphone = ليس هاتفي: المكالمات ترن على هاتف المكتب أو هاتف برمجي آخر
page-signin-method = تسجيل الدخول باستخدام
page-signin-password = كلمة المرور
page-signin-token = الرمز المميز
page-signin-access-key = مفتاح الوصول
page-signin-username = اسم المستخدم
page-signin-busy = جارٍ تسجيل الدخول…
page-signin-submit = تسجيل الدخول
page-signin-demo-hint = الخادم المحلي البديل: admin@demo، manager@demo، agent1@demo … agent8@demo، وكلمة المرور demo.
page-signin-phone-server-invalid = خادم الهاتف: «{ $address }» ليس عنوان wss:// أو ws:// ولا مسارًا.
page-signin-nothing-pasted = الصق رمزًا مميزًا أو مفتاح وصول أولًا.
page-signin-unauthorized = اسم المستخدم أو كلمة المرور غير صحيحة، أو انتهت صلاحية الرمز المميز.
page-signin-unreachable = لا يمكن الوصول إلى الخادم. تحقّق من العنوان ومن اتصالك.
page-signin-forbidden = رفض الخادم تسجيل دخولك (403 Forbidden{ $detail }).
page-signin-not-found = هذا الخادم لا يوفّر تسجيل الدخول (404{ $detail }). تحقّق من العنوان.
page-signin-server-error = تعذّر تسجيل الدخول: خطأ في الخادم { $code }{ $detail }.
page-signin-unexpected = تعذّر تسجيل الدخول: ردّ غير متوقّع من الخادم ({ $reason }).

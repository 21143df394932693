# desk

## The desk's frame
desk-title = 坐席工作台
desk-phone = 电话
desk-loading = 正在加载…
desk-try-again = 重试
desk-part-load-failed = 工作台的这一部分未能加载(网络或服务器问题);您的通话、记录和消息都不受影响。
desk-cancel = 取消
desk-close = 关闭
desk-edit = 编辑

## Why an action failed
desk-error-forbidden = 您的账号没有此权限(VoIPBIN 仅向管理员和经理开放通话控制)。请使用电话,或请主管协助。
desk-error-not-found = 服务器已不再识别此通话(可能已结束)。
desk-error-network = 无法连接服务器。请检查网络后重试。
desk-error-session = 会话已过期。请重新登录。

## Queue alert
desk-alerts-none = 没有等待您的来电者
desk-alerts-waiting = { $count } 位来电者等待中
desk-title-call = 来电:{ $caller }
desk-title-waiting = { $count } 位来电者等待中
desk-alert-gone = { $caller } 已不再等待。
desk-announce-ringing = { $caller } 正在呼叫您。按 A 接受,按 X 忽略。
desk-announce-waiting-in = { $caller } 正在 { $queue } 中等待。按 A 接受,按 X 忽略。
desk-announce-waiting = { $caller } 正在等待。按 A 接受,按 X 忽略。
desk-notify-ringing = 有呼叫您的来电
desk-notify-waiting = 来电者等待中
desk-ring-sound-hint = 来电者的振铃音
desk-ring-sound-on = 振铃音已开
desk-ring-sound-off = 振铃音已关
desk-watch-all = 提醒我所有队列的来电者
desk-incoming-callers = 来电者
desk-ringing-for-you = 正在呼叫您
desk-ringing-for-you-in = 正在呼叫您 · { $queue }
desk-waiting = 在队列中等待
desk-waiting-at = 在队列中等待 · 第 { $position } 位
desk-waiting-in = 在 { $queue } 中等待
desk-waiting-in-at = 在 { $queue } 中等待 · 第 { $position } 位
desk-alert-waited = 已等待
desk-accept = 接受
desk-dismiss = 忽略
desk-dismiss-hint = 在此工作台隐藏该提醒(不会拒接通话)
desk-accept-working = 正在将您设为空闲…
desk-accept-how-ringing-on = 正在 { $address } 上振铃。VoIPBIN 没有接听按钮:请在电话或软电话上接听。接受后此提醒将静音。
desk-accept-how-ringing = 正在您的电话上振铃。VoIPBIN 没有接听按钮:请在电话或软电话上接听。接受后此提醒将静音。
desk-accept-how-queue = 接受后您将变为空闲,队列即可把此来电者转到您的电话。
desk-accept-how-floor = 您不服务此队列:VoIPBIN 会把来电者分配给该队列的坐席。
desk-accepted-ringing = 请立即在电话或软电话上接听。接通后此提醒会关闭。
desk-accepted-available = 您已空闲:队列把此来电者分配给您时,您的电话会响。请在电话上接听。
desk-accepted-now-available = 您现在已空闲:队列可以把此来电者转到您的电话。请在电话上接听。
desk-failed-available = 无法将您设为空闲。

## Desktop notifications
desk-notify-region = 桌面通知
desk-notify-offer = 当此标签页在后台且有来电者等待时,是否接收桌面通知?
desk-notify-enable = 开启通知
desk-notify-later = 以后再说

## The agent's calls
desk-my-calls = 我的通话
desk-calls-count = 通话数
desk-no-calls = 当前没有通话。分配给您的来电者会显示在工作台顶部;在电话上接听后,通话会显示在这里。
desk-on-the-floor = 现场通话
desk-on-the-floor-hint = 其他坐席正在进行的通话。打开一个即可跟随转写并介入。
desk-another-agent = 其他坐席
desk-phase-ringing = 振铃中
desk-phase-connected = 已接通
desk-phase-ending = 正在结束…
desk-phase-ended = 已结束
desk-phase-unknown = 未知
desk-call = 通话
desk-inbound = 呼入
desk-outbound = 呼出
desk-via-queue = 经由 { $queue }
desk-handled-by = 处理人:{ $name }
desk-call-time = 通话时长
desk-phone-controls-hint = 通话、静音、保持、拨号盘和挂断请使用上方的电话。转接和录音仅限主管。
desk-call-controls = 通话控制
desk-mute = 静音
desk-unmute = 取消静音
desk-hold = 保持
desk-resume = 恢复
desk-record = 录音
desk-stop-recording = 停止录音
desk-transfer = 转接
desk-voicemail = 语音信箱
desk-hang-up = 挂断
desk-voicemail-why = 语音信箱:VoIPBIN 的 API 没有转入语音信箱的操作;请改为转接到语音信箱号码。
desk-hangup-again = 再按一次 H 即挂断。
desk-ended-transferred = 您已离开此通话(已转接)。其录音和转写保留在此处以便话后处理。
desk-ended-by-caller = 来电者已挂断。通话将在此保留两分钟以便话后处理。
desk-ended-by-us = 已从本方挂断。通话将在此保留两分钟以便话后处理。
desk-ended = 通话已结束。通话将在此保留两分钟以便话后处理。
desk-op-hangup-progress = 正在挂断…
desk-op-mute-progress = 正在静音…
desk-op-unmute-progress = 正在取消静音…
desk-op-hold-progress = 正在保持…
desk-op-resume-progress = 正在恢复…
desk-op-record-progress = 正在开始录音…
desk-op-stop-record-progress = 正在停止录音…
desk-op-hangup-sent = 已发送挂断。等待 VoIPBIN 确认…
desk-op-mute-sent = 已发送静音。等待 VoIPBIN 确认…
desk-op-unmute-sent = 已发送取消静音。等待 VoIPBIN 确认…
desk-op-record-sent = 已发送开始录音。等待 VoIPBIN 确认…
desk-op-stop-record-sent = 已发送停止录音。等待 VoIPBIN 确认…
desk-op-hangup-failed = 无法挂断。
desk-op-mute-failed = 无法静音。
desk-op-unmute-failed = 无法取消静音。
desk-op-hold-failed = 无法保持通话。
desk-op-resume-failed = 无法恢复通话。
desk-op-record-failed = 无法开始录音。
desk-op-stop-record-failed = 无法停止录音。

## Transcript and recordings
desk-transcript-title = 实时转写
desk-transcript = 转写
desk-transcript-supervisors-only = 仅限主管
desk-transcript-live = 实时
desk-transcript-finished = 已完成
desk-transcript-not-started = 未开始
desk-transcript-waiting = 正在等待 VoIPBIN 转写此通话…
desk-transcript-not-for-agents = VoIPBIN 只向管理员和经理账号发送实时转写(其转写事件不标明坐席),因此此账号无法显示。
desk-speaker-you = 您
desk-speaker-agent = 坐席
desk-speaker-caller = 来电者
desk-recordings = 录音
desk-recording-ready = 录音已就绪 · { $length } · { $format }
desk-recording-ready-audio = 录音已就绪 · { $length } · 音频
desk-recording-open = 播放或下载
desk-recording-open-hint = 在新标签页中打开 VoIPBIN 的录音文件
desk-recording-since = 自 { $time } 起录音

## Transfer
desk-transfer-opening = 正在打开转接…
desk-transfer-load-failed = 转接窗口未能加载(网络或服务器问题);通话仍在继续。
desk-transfer-title = 转接此通话
desk-transfer-how = 方式
desk-transfer-blind = 直接转接 — 立即移交
desk-transfer-attended = 咨询转接 — 先与对方通话
desk-transfer-no-agents = 此账号没有坐席列表(VoIPBIN 只向管理员和经理提供):请输入分机或号码。
desk-transfer-to-agent = 转给坐席
desk-transfer-choose-agent = 选择坐席…
desk-transfer-to-number = 或号码、分机、SIP 地址
desk-transfer-number-example = +15550100200、2003 或 sip:name@host
desk-transferring = 正在转接…
desk-transfer-pick = 请选择坐席或输入号码。
desk-transferred-blind = 已转接:正在呼叫 { $name }。您已离开通话。
desk-transferred-attended = 正在咨询 { $name }:对方接受后来电者即被接通。
desk-failed-transfer = 无法转接。
desk-agent-available = 空闲
desk-agent-away = 离开
desk-agent-busy = 忙碌
desk-agent-offline = 离线
desk-agent-ringing = 振铃中
desk-agent-unknown = 未知
desk-destination-empty = 请输入号码、分机或 SIP 地址。
desk-destination-bad-sip = 不是有效的 SIP 地址(name@host)。
desk-destination-bad-length = 电话号码需要 + 加 8 到 15 位数字,例如 +15550100200。
desk-destination-no-plus = 电话号码请以 + 和国家代码开头,例如 +15550100200。
desk-destination-unknown = 不是电话号码、分机或 SIP 地址。

## The customer beside the call
desk-customer = 客户
desk-customer-empty = 选择一个通话,查看对方及其以往的通话和消息。
desk-unknown-caller = 未知来电者
desk-earlier-calls = 以往通话
desk-no-earlier-calls = 没有与此号码的以往通话记录。
desk-conversations = 会话
desk-no-threads = 没有与此号码的消息会话。
desk-open-thread-with = 打开与 { $name } 的会话
desk-text-messages = 短信
desk-no-text-messages = 没有与此号码的短信记录。
desk-sms-from-them = 对方发来
desk-sms-to-them = 发给对方
desk-call-ended-reason = 已结束({ $reason })


## Who is calling (screen-pop)
desk-caller = 来电者
desk-looking-up = 正在查找 { $number }…
desk-lookup-failed = 无法查找来电者:{ $detail }
desk-tags = 标签
desk-open-cases = 未结工单
desk-no-open-case = 没有未结工单。
desk-last-interactions = 最近互动
desk-nothing-on-record = 暂无记录。
desk-no-number = 无号码
desk-not-in-contacts = 不在您的联系人中
desk-create-contact = 新建联系人
desk-link-contact = 关联到联系人
desk-case-from = 来自 { $number } 的工单
desk-interaction-call = 通话
desk-interaction-call-in = 呼入通话
desk-interaction-call-out = 呼出通话
desk-interaction-message = 消息
desk-interaction-message-in = 收到的消息
desk-interaction-message-out = 发出的消息
desk-interaction-conversation = 会话
desk-interaction-conversation-in = 呼入会话
desk-interaction-conversation-out = 呼出会话
desk-failed-create-contact = 无法新建联系人。
desk-failed-save-contact = 无法保存联系人。
desk-failed-link-number = 无法关联号码。
desk-failed-attach-contact = 无法关联联系人。
desk-failed-assign-case = 无法分配工单。
desk-failed-close-case = 无法关闭工单。

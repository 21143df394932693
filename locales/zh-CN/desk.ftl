# desk

## The desk's frame
desk-title = 坐席工作台
desk-phone = 电话
desk-loading = 正在加载…
desk-try-again = 重试
desk-part-load-failed = 工作台的这一部分未能加载(网络或服务器问题);您的通话、记录和消息都不受影响。
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

## The agent's calls: the list (the selected call is in work.ftl)
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
desk-inbound = 呼入
desk-outbound = 呼出

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

## Team talk: the button in the top bar, its notifications, the panel while it loads
## (the panel's own words are in team.ftl)
team-name = 团队
team-unread-count = { $count } 条未读
team-notify-title = 团队 · { $chat }
team-notify-untitled = 团队消息
team-opening = 正在打开团队…
team-load-failed-text = 团队面板未能加载（网络或服务器问题）；其他功能照常可用。
team-retry-load = 重试

## Message threads: the list (the open thread's words are in work.ftl)
work-messages-title = 消息
work-unread = { $count } 条未读
work-messages-empty = 暂无消息会话。分配给您的客户发来的短信会显示在这里。
work-conversations = 会话
work-threads-hint = J / K：下一个或上一个会话

## Wrap-up on the desk: the header's indicator, the agent's wrap-up time, notices
## (the wrap-up card's words are in work.ftl)
work-dismiss = 关闭
work-wrap-up = 话后处理
work-wrap-up-time = 话后处理时长
work-wrap-up-seconds = 秒，每次接听通话后（0：直到您点击完成）
work-call-note = 通话备注
work-notice-phone-unregistered = 仍为忙碌，未设为空闲：您的电话未注册，来电者无法联系到您。

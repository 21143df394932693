# The call-work chunk (also the contacts page and the transfer dialog): the selected call,
# its transcript, transfer and help request, the contact editor, the call's case, the
# wrap-up card and the note's progress, the open message thread, quick replies, contacts.

## Shared buttons

work-save = 保存
work-cancel = 取消
work-retry = 重试
work-try-again = 重试
work-remove = 删除
work-edit = 编辑
work-reload = 重新加载

## Message threads

work-peer-unknown = 未知
work-assigned-to-another-agent = 已分配给其他坐席
work-assigned-to = 已分配给 { $name }
work-load-older = 加载更早的消息（还有 { $count } 条）
work-messages-with = 与 { $name } 的消息
work-delivery-received = 已接收
work-delivery-sending = 正在发送…
work-delivery-queued = 排队中
work-delivery-sent = 已发送
work-delivery-delivered = 已送达
work-delivery-failed = 未送达
work-send-again = 重新发送
work-reply-not-sent-forbidden = 未发送：您的账号无权发送消息。请联系主管。
work-reply-not-sent-gone = 未发送：服务器上已找不到此会话。
work-reply-not-sent-network = 未发送：无法连接服务器。请检查网络连接后重试。
work-reply-not-sent-expired = 未发送：会话已过期。请重新登录。
work-reply-not-sent-other = 未发送：{ $reason }。
work-discard = 放弃
work-reply = 回复
work-reply-to = 回复 { $name }
work-reply-to-placeholder = 回复 { $name }…
work-send = 发送
work-reply-keys = Enter 发送 · Shift+Enter 换行 · / 开始输入
work-reply-length = { $chars } 个字符 · { $parts } 条短信

## Quick replies

work-quick-replies = 快捷回复
work-quick-replies-kept = 您的快捷回复保存在此浏览器中。
work-quick-reply-number-label = 快捷回复 { $number }
work-quick-reply-remove-label = 删除快捷回复 { $number }
work-quick-reply-add = 添加回复
work-quick-replies-edit = 编辑快捷回复
work-quick-reply-thanks = 感谢您的联系！我正在为您查看。
work-quick-reply-number = 请提供您的账号或订单号，好吗？
work-quick-reply-passed-on = 我已将此问题转给相关团队，您将在一个工作日内收到回复。
work-quick-reply-anything-else = 今天还有其他需要帮助的吗？

## Contacts

work-contacts = 联系人
work-contact = 联系人
work-contacts-search = 搜索联系人
work-contacts-search-placeholder = 姓名、公司、号码或邮箱
work-contacts-unreadable = 无法读取联系人：{ $reason }
work-contacts-reading = 正在读取联系人…
work-contacts-no-match = 没有匹配的联系人。
work-contact-first-name = 名
work-contact-last-name = 姓
work-contact-company = 公司
work-contact-job-title = 职位
work-contact-notes = 备注
work-contact-primary = （主要）
work-contact-not-saved = 无法保存：{ $reason }
work-timeline = 时间线
work-timeline-reading = 正在读取时间线…
work-timeline-empty = 暂无记录。

## The call's case

work-case = 工单
work-case-looking = 正在查找此通话的工单…
work-case-unreadable = 无法读取此通话的工单：{ $reason }
work-case-open = 处理中
work-case-closed = 已关闭（{ $reason }）
work-case-assign-me = 分配给我
work-case-attach-caller = 关联来电者
work-case-close = 关闭工单
work-case-no-notes = 暂无记录。
work-case-note-system = 系统
work-case-note-agent = 坐席

## Wrap-up

work-wrap-up-left = 剩余 { $time }
work-wrap-up-until-done = 直到您点击完成
work-wrap-up-extend = +30 秒（最多 { $max }）
work-wrap-up-extend-hint = 增加 30 秒，话后处理总计最多 { $max }
work-wrap-up-note = 通话备注
work-wrap-up-note-placeholder = 通话内容和达成的约定
work-wrap-up-close-case = 关闭工单
work-wrap-up-then = 然后
work-next-available = 空闲
work-next-away = 离开
work-next-offline = 离线
work-wrap-up-done = 完成

## The note's progress after Done

work-note-not-sent = 未发送：{ $reason }
work-note-sent-case-not-closed = 已发送；工单未关闭：{ $reason }
work-note-sent-to-contact = 已发送（已添加到联系人备注）
work-note-sent = 已发送
work-note-sending = 正在发送…
work-note-saved-no-target = 已保存在此设备上：此通话没有已知的工单或联系人
work-note-saved-offline = 已保存在此设备上：当前离线，连接恢复后发送
work-note-saved-retrying = 已保存在此设备上：服务器未接收，{ $count } 秒后重试
work-note-saved = 已保存在此设备上

## The selected call: its panel, controls and what they said

desk-close = 关闭
desk-phase-unknown = 未知
desk-call = 通话
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

## Transfer (opened from the selected call; the dialog is a chunk of its own)

desk-cancel = 取消
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

## What the contact editor and the case's actions could not do

desk-failed-create-contact = 无法新建联系人。
desk-failed-save-contact = 无法保存联系人。
desk-failed-link-number = 无法关联号码。
desk-failed-attach-contact = 无法关联联系人。
desk-failed-assign-case = 无法分配工单。
desk-failed-close-case = 无法关闭工单。

## Asking for help on a call (in the selected call's panel)

team-help-reason-label = 需要协助的原因（可选）
team-help-reason-placeholder = 原因（可选）
team-help-ask = 请求协助
team-help-asking = 正在请求…
team-help-pending = 已请求协助：正在等待主管…
team-help-taken = { $name } 正在处理。
team-help-taken-unknown = 主管正在处理。
team-help-closed = 协助请求已关闭：通话已结束。

## The help request as posted in the Help channel: the agent's words, one line each
## (the machine line after them is not translated)

team-help-line-agent = 🙋 { $agent } 在通话中请求协助
team-help-line-anonymous = 🙋 一名坐席在通话中请求协助
team-help-line-caller = 来电者：{ $caller }
team-help-line-caller-unknown = 来电者：未知
team-help-line-queue = 队列：{ $queue }
team-help-line-waited = 等待时长：{ $waited }
team-help-line-case = 工单：{ $case }
team-help-line-listen = 监听：{ $link }
team-help-line-reason = 原因：{ $reason }
team-help-call-ended = 通话已结束。

## Why the server's answer to a sent reply could not be read (shell-error-decode's $detail)

shell-error-not-message = 响应不是会话消息

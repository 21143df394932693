# 电话：注册、设备、拨号盘、通话。

## 电话未注册或没有电话的原因
phone-signed-out-of-server = 已从电话服务器退出
phone-wrong-password = 电话服务器拒绝了此分机的密码
phone-forbidden = 电话服务器不允许在此使用此分机
phone-server-silent = 电话服务器没有响应
phone-registration-refused = 电话服务器拒绝了注册（{ $status } { $reason }）
phone-server-unreachable = 无法连接电话服务器；{ $seconds } 秒后重试
phone-extension-unreadable = 无法读取此坐席的分机（{ $error }）
phone-no-extension = 此坐席没有分机：管理员可以在坐席的地址中添加
phone-turned-off = 登录时已关闭：来电将呼入您的另一部电话
phone-server-not-set = 未设置电话服务器：请使用您的安装的 wss:// SIP 地址重新登录
phone-server-invalid = 电话服务器“{ $server }”不是 wss:// 或 ws:// 地址，也不是路径
phone-not-registered-blocks = 您的电话未注册（{ $why }），来电者无法联系到您

## 通话、媒体和设备问题
phone-hold-refused = 电话服务器拒绝保持或恢复通话（{ $status }）
phone-cannot-dial-unregistered = 电话未注册：现在无法拨打电话
phone-finish-call-first = 请先结束当前通话再拨打另一个
phone-audio-failed = 无法建立通话音频（{ $detail }）
phone-mic-refused = 浏览器未获准使用麦克风：请在地址栏的网站设置中允许，然后重试
phone-mic-missing = 未找到麦克风：请插入耳机，然后重试
phone-mic-busy = 麦克风正被其他程序使用或无法打开
phone-mic-unsupported = 此浏览器无法在此使用麦克风（需要 https 或 localhost）
phone-mic-failed = 无法打开麦克风
phone-device-unnamed = 设备 { $number }

## 通话结束的原因
phone-ended-you = 您已挂断
phone-ended-other-side = 对方已挂断
phone-ended-caller-gone = 来电者已离开（已挂断或在别处接听）
phone-ended-declined = 已拒接
phone-ended-busy = 忙线
phone-ended-not-found = 没有此号码或分机
phone-ended-refused = 被拒绝（{ $status } { $reason }）
phone-ended-timeout = 电话服务器无响应
phone-ended-transport-lost = 与电话服务器的连接已断开

## 通话质量
phone-quality-no-audio = 没有收到来电者的音频
phone-quality-loss = 来电者的音频丢失了 { $percent }%：网络正在丢包
phone-quality-jitter = 音频到达不均匀（抖动 { $jitter } ms）：网络拥塞
phone-quality-slow = 线路较慢（往返 { $round_trip } ms）：来电者可能与您抢话
phone-quality-measuring = 正在测量线路…
phone-quality-line = MOS { $mos } · 往返 { $rtt } ms · 抖动 { $jitter } ms · 丢包 { $loss }%
phone-quality-line-no-rtt = MOS { $mos } · 往返 – · 抖动 { $jitter } ms · 丢包 { $loss }%
phone-quality-with-reason = { $line } — { $reason }

## 通话面板
phone-state-far-ringing = 对方振铃中…
phone-state-calling = 正在呼叫…
phone-state-connecting = 正在连接…
phone-state-on-hold = 保持中
phone-state-in-call = 通话中
phone-state-in-call-outgoing = 通话中（呼出）
phone-state-ringing = 振铃中
phone-queue = 队列
phone-call-time = 通话时长
phone-controls = 电话控制
phone-mute = 静音
phone-unmute = 取消静音
phone-hold = 保持
phone-resume = 恢复
phone-hang-up = 挂断
phone-cancel = 取消
phone-mic = 麦克风
phone-mic-muted = 已静音：来电者听不到任何声音
phone-mic-heard = 能听到您
phone-mic-quiet = 安静
phone-digits-sent = 已发送：

## 拨打号码、设备、拨号盘
phone-call-number = 呼叫 { $number }
phone-call-number-hint = 用工作台的电话呼叫此号码
phone-audio-devices = 音频设备
phone-microphone = 麦克风
phone-speaker = 扬声器
phone-ringer = 铃声
phone-device-default = 浏览器默认
phone-check-start = 检查麦克风
phone-check-stop = 停止检查麦克风
phone-check-heard = 能听到您（{ $level } dBFS）
phone-check-not-heard = 尚未听到声音（{ $level } dBFS）：请说话，或选择其他麦克风
phone-check-opening = 正在打开麦克风…
phone-keypad = 按键
phone-dialpad = 拨号盘
phone-dial-label = 号码、分机或坐席
phone-dial-placeholder = +15551234567、2002 或坐席
phone-call = 呼叫
phone-keys = 按键
phone-dismiss = 关闭

## 电话周边：离开、离开状态、铃声
phone-leave-warning = 正在通话。离开将挂断通话。
phone-set-away = 您已被设为离开：{ $why }。
phone-ring-blocked = 在您点击页面之前，浏览器会阻止铃声。
phone-ring-enable = 打开铃声

## 来电
phone-ring-title = 来电：{ $caller }
phone-ring-body = 有来电。请在工作台接听。
phone-ring-body-queue = 来自 { $queue } 的来电。请在工作台接听。
phone-ring-announce = 来自 { $caller } 的来电。
phone-ring-announce-queue = 来自 { $caller } 的来电，队列 { $queue }。
phone-waited = 已等待 { $duration }
phone-incoming = 来电
phone-answer = 接听
phone-decline = 拒接

## 顶栏中的电话状态
phone-ready = 电话就绪
phone-connecting = 电话连接中…
phone-offline = 电话离线
phone-none = 无电话
phone-elsewhere = 电话在其他标签页
phone-elsewhere-why = 此浏览器的另一个标签页正在使用电话；来电会在那里振铃
phone-take-over = 在此使用
phone-retry = 重试

## 坐席状态
shell-my-status = 我的状态
shell-status-available-hint = 空闲 (1)
shell-status-away-hint = 离开 (2)
shell-status-busy-hint = 忙碌 (3)
shell-status-offline-hint = 离线 (4)
shell-status-not-available = 未设为空闲：{ $why }。
shell-status-change-failed = 无法更改状态：{ $error }

## 顶栏
shell-sign-out-in-call = 正在通话。要退出并挂断吗？
shell-skip = 跳到内容
shell-pages = 页面
shell-nav-desk = 工作台
shell-nav-contacts = 联系人
shell-nav-dashboard = 仪表板
shell-nav-settings = 设置
shell-nav-inspector = 事件检查器
shell-shortcuts = 键盘快捷键
shell-shortcuts-hint = 键盘快捷键 (?)
shell-theme = 切换主题
shell-theme-hint = 浅色或深色主题
shell-sign-out = 退出
shell-dismiss = 关闭

## 连接
shell-live = 实时
shell-syncing = 正在同步…
shell-connecting = 正在连接…
shell-reconnecting-in = { $seconds } 秒后重新连接
shell-reconnecting = 正在重新连接…
shell-offline = 离线
shell-signed-out = 已退出
shell-last-event = 最近事件 { $time }
shell-no-events = 暂无事件
shell-retry-now = 立即重试

## 实时连接通知
shell-refused-permission = 您的账户无法接收这些事件，因此工作台的这一部分不会实时更新。
shell-refused-topic = 服务器不接受工作台请求的主题。
shell-refused-message = 服务器无法读取工作台发送的消息。
shell-refused-rate = 服务器正在限制订阅；工作台会在重新连接时再次订阅。
shell-refused-other = 服务器拒绝了订阅。
shell-refused-notice = { $explained } { $code }：{ $message }（{ $topics }）
shell-resync-skipped = 重新同步：{ $path }：有 { $count } 项无法读取
shell-resync-failed = 重新同步：{ $path }：{ $error }

## 键盘快捷键
shell-shortcuts-title = 键盘快捷键
shell-close = 关闭
shell-key-shortcuts = 显示或隐藏此列表
shell-key-accept = 接听等待中的来电者
shell-key-dismiss = 关闭提醒
shell-key-hangup = 挂断当前通话
shell-key-transfer = 转接当前通话
shell-key-mute = 静音或取消静音
shell-key-hold = 保持或恢复
shell-key-record = 开始或停止录音
shell-key-help = 通话中请求协助
shell-key-available = 状态：空闲
shell-key-away = 状态：离开
shell-key-busy = 状态：忙碌
shell-key-offline = 状态：离线
shell-key-reply = 写回复
shell-key-next = 下一个会话
shell-key-close = 关闭对话框
shell-key-previous = 上一个会话
shell-key-keypad = 通话中的按键音

## 按需加载的页面
shell-loading-dashboard = 正在加载仪表板…
shell-loading-settings = 正在加载设置…
shell-loading-inspector = 正在加载事件检查器…
shell-loading-contacts = 正在加载联系人…
shell-failed-dashboard = 无法加载仪表板
shell-failed-settings = 无法加载设置
shell-failed-inspector = 无法加载事件检查器
shell-failed-contacts = 无法加载联系人
shell-failed-detail = 应用的这一部分未能送达（网络或服务器问题）。工作台、连接和电话仍在运行。
shell-try-again = 重试
shell-nothing-here = 这里什么都没有。
shell-party-unknown = 未知

## 服务器错误
shell-error-network = 无法连接服务器：{ $detail }
shell-error-unauthorized = 未登录：{ $detail }
shell-error-forbidden = 不允许：{ $detail }
shell-error-not-found = 未找到：{ $detail }
shell-error-status = 服务器错误 { $code }：{ $detail }
shell-error-decode = 意外的响应：{ $detail }
shell-error-timeout = { $seconds } 秒内无响应
shell-error-no-token = 服务器的响应中没有令牌
shell-error-not-agent = service_agents/me 不是坐席
shell-error-not-object = 响应不是 JSON 对象

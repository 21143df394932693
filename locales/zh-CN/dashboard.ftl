# The supervisor's dashboard.

dash-title = 主管仪表板
dash-forbidden = 仪表板显示整个联络中心，{ -brand } 仅向管理员和经理开放这些信息。您的账户是坐席权限；如有需要，请联系管理员授予经理权限。

## Headline tiles
dash-tiles-label = 当前
dash-tile-active-calls = 进行中的通话
dash-tile-agent-legs = 含 { $count } 个坐席通话段
dash-tile-waiting = 等待中的来电者
dash-tile-longest-wait = 最长等待
dash-tile-oldest-caller = 队列中等待最久的来电者
dash-tile-nobody-waiting = 无人等待
dash-tile-available = 空闲
dash-tile-on-call = 通话中
dash-tile-busy = 忙碌 { $busy }
dash-tile-busy-ringing = 忙碌 { $busy } · 振铃中 { $ringing }
dash-tile-away = 离开
dash-tile-offline = 离线
dash-tile-serviced = 今日已服务
dash-tile-of-queued = 共 { $queued } 个进入队列
dash-tile-abandoned = 今日放弃
dash-tile-abandoned-share = 占已结束的 { $share }
dash-tile-service-level = 服务水平
dash-sl-before = { "" }
dash-sl-after = { " " }秒内
dash-sl-threshold = 服务水平阈值（秒）

## Queues
dash-queues-title = 队列
dash-queues-age-hint = { -brand } 不发送队列事件：每 5 秒读取一次队列，期间由队列通话事件更新数字
dash-queues-reading = 正在读取队列…
dash-queues-read = { $seconds } 秒前读取
dash-queues-read-retrying = { $seconds } 秒前读取，正在重试
dash-queues-col-queue = 队列
dash-queues-col-waiting-short = 等待
dash-queues-col-waiting = 等待中
dash-queues-col-waiting-hint = 等待中的来电者
dash-queues-col-longest-short = 最长
dash-queues-col-longest = 最长等待
dash-queues-col-in-service-short = 通话
dash-queues-col-in-service = 服务中
dash-queues-col-in-service-hint = 正在与坐席通话的来电者
dash-queues-col-serviced-short = 已接
dash-queues-col-serviced = 已服务
dash-queues-col-serviced-hint = 已接听的来电者（队列累计）
dash-queues-col-abandoned-short = 放弃
dash-queues-col-abandoned = 已放弃
dash-queues-col-abandoned-hint = 等待时挂断的来电者
dash-queues-col-callers = 等待最久的来电者
dash-queues-empty = 还没有队列。
dash-queues-more = 另有 { $count } 个
dash-chip-connecting = 坐席电话正在振铃
dash-chip-waiting = 等待中
dash-caller-unnamed = 来电者

## Agents
dash-agents-title = 坐席
dash-agents-filter = 显示坐席
dash-filter-all = 全部
dash-filter-available = 空闲
dash-filter-on-call = 通话中
dash-filter-away = 离开
dash-filter-offline = 离线
dash-hand-raised = 请求协助
dash-showing = 显示 { $shown } / { $total }
dash-show-more = 显示更多
dash-set-status = 设置…
dash-set-status-custom = 自定义…
dash-set-status-of = 设置 { $name } 的状态
dash-custom-status-for = { $name } 的自定义状态
dash-custom-status-set = 设为此状态
dash-custom-status-cancel = 取消
dash-set-status-failed = 无法将 { $name } 设为 { $status }：{ $reason }
dash-stuck-busy = 一直忙碌 · 设为空闲
dash-stuck-busy-hint = 无通话却忙碌超过一分钟：{ -brand } 不会在通话后将坐席设为空闲

## Active calls
dash-calls-title = 进行中的通话
dash-calls-filter = 筛选通话
dash-calls-filter-hint = 筛选：号码、姓名、坐席、队列
dash-calls-status = 状态
dash-calls-any-status = 任意状态
dash-calls-direction = 方向
dash-calls-any-direction = 呼入和呼出
dash-calls-incoming = 呼入
dash-calls-outgoing = 呼出
dash-col-direction = 方向
dash-col-from = 主叫
dash-col-to = 被叫
dash-col-status = 状态
dash-col-duration = 时长
dash-col-agent = 坐席
dash-col-queue = 队列
dash-direction-in = ↘ 呼入
dash-direction-out = ↗ 呼出
dash-call-dialing = 拨号中
dash-call-ringing = 振铃中
dash-call-talking = 通话中
dash-call-ending = 结束中
dash-call-canceling = 取消中
dash-call-ended = 已结束
dash-showing-matching = 显示 { $shown } / { $total } 个匹配（共 { $active } 个进行中）
dash-show-n-more = 再显示 { $count } 个
dash-show-all = 全部显示
dash-show-fewer = 收起

## Charts
dash-charts-title = 最近一小时
dash-chart-calls = 每分钟通话
dash-chart-calls-this-hour = 本小时 { $count } 个
dash-chart-calls-label = 最近一小时每分钟通话；共 { $count } 个，每分钟最多 { $max } 个
dash-chart-minute-calls = { $time }：{ $count } 个通话
dash-chart-waiting = 等待中的来电者
dash-chart-waiting-peak = 每分钟峰值
dash-chart-waiting-label = 最近一小时等待中的来电者，每分钟峰值 { $max }；本分钟 { $current }
dash-chart-waits = 等待时间
dash-chart-waits-now = 当前等待
dash-chart-waits-answered = 已接听（最近）
dash-chart-waits-label = 等待时间分布。当前等待：{ $now }。已接听：{ $answered }。
dash-chart-bin-count = { $bin } { $n }
dash-chart-bins-none = 无
dash-list-separator = { "，" }
dash-bin-under-15s = <15秒
dash-bin-15-30s = 15–30秒
dash-bin-30-60s = 30–60秒
dash-bin-1-2m = 1–2分
dash-bin-2-5m = 2–5分
dash-bin-5-10m = 5–10分
dash-bin-over-10m = 10分+
dash-axis-hour-ago = −60分
dash-axis-now = 现在

## Feeds
dash-transcripts-title = 实时转写
dash-transcripts-empty = 当前没有正在转写的通话。
dash-speaker-caller = 来电者
dash-speaker-agent = 坐席
dash-recordings-title = 录音
dash-recordings-now = 正在录音
dash-recording-since = 录音中
dash-recording-finished = { $time } 结束 · { $length }
dash-flows-title = 运行中的流程
dash-flow-step = 第 { $step } 步
dash-flow-ago = { $duration } 前
dash-conferences-title = 会议
dash-conference-participants = { $count } 位参与者
dash-conferences-empty = 没有进行中的会议。

## Help requests
dash-help-title = 协助请求
dash-help-empty = 没有人请求协助。
dash-help-an-agent = 一位坐席
dash-help-age = 请求协助已过时间
dash-help-open = 待处理
dash-help-taken = 已接手
dash-help-taken-by = 已由 { $name } 接手
dash-help-ended = 通话已结束
dash-help-take = 接手

## Listening to a call
dash-listen = 监听
dash-listen-hint = 监听此通话
dash-listen-panel = 正在监听通话
dash-listen-call = 通话 { $id }
dash-listen-caller-with-agent = { $caller } 与 { $agent }
dash-listen-connecting = 正在连接…
dash-listen-listening = 正在监听（对方听不到您）
dash-listen-barging = 强插中：双方都能听到您
dash-listen-ended = 通话已结束
dash-listen-error = 无法监听
dash-listen-live-banner = 您已强插此通话：来电者和坐席都能听到您。
dash-listen-drops = 音频中断 { $count } 次后已恢复
dash-listen-level = 收听音量
dash-barge-start = 对双方讲话
dash-barge-stop = 停止讲话
dash-listen-stop = 停止监听
dash-whisper = 密语
dash-whisper-hint = 对坐席密语（仅坐席能听到）
dash-listen-call-ended = 通话已结束。
dash-listen-audio-failed = 无法启动音频：{ $reason }
dash-listen-bad-address = 通话的音频地址无效
dash-listen-forbidden = 不允许：{ $reason }
dash-listen-unauthorized = 未登录：{ $reason }
dash-listen-mic-failed = 讲话已停止：{ $reason }
dash-whisper-no-agent = 此通话中没有可密语的坐席。
dash-whisper-failed = 密语未发送：{ $reason }

## A supervisor taking a help request, as posted in the Help channel
team-help-on-it-name = 我来处理：{ $name }
team-help-on-it = 我来处理：主管

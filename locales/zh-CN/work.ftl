# After-call work: wrap-up, case notes, messages, quick replies, contacts.

## Shared buttons

work-save = 保存
work-cancel = 取消
work-dismiss = 关闭
work-retry = 重试
work-try-again = 重试
work-remove = 删除
work-edit = 编辑
work-reload = 重新加载

## Message threads

work-messages-title = 消息
work-unread = { $count } 条未读
work-messages-empty = 暂无消息会话。分配给您的客户发来的短信会显示在这里。
work-conversations = 会话
work-threads-hint = J / K：下一个或上一个会话
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

work-wrap-up = 话后处理
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
work-wrap-up-time = 话后处理时长
work-wrap-up-seconds = 秒，每次接听通话后（0：直到您点击完成）
work-call-note = 通话备注
work-notice-phone-unregistered = 仍为忙碌，未设为空闲：您的电话未注册，来电者无法联系到您。

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

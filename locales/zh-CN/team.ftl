# Team talk: the Team panel (a chunk of its own; its button is in desk.ftl).

team-new-chat = 新聊天
team-new-group-button = 新群组
team-channels-button = 频道
team-close-panel = 关闭团队
team-dismiss = 关闭
team-chat-list = 聊天列表
team-no-chats = 还没有聊天：与同事开始聊天，或加入一个频道。
team-pick-chat = 请选择一个聊天。
team-you = 我
team-teammate = 同事
team-direct-chat = 私聊
team-chat-untitled = 聊天

team-back-to-chat = ← 返回聊天
team-older-messages = 更早的消息
team-offline-note = 离线：发送的内容会排队等待，恢复在线后自动发出。
team-out-queued = 等待发送…
team-out-sending = 正在发送…
team-out-failed = 未发送。{ $reason }
team-discard = 丢弃
team-reply-placeholder = 在话题中回复…
team-message-placeholder = 消息…
team-input-label = 发给团队的消息
team-attach-file = 附件
team-send-message = 发送
team-deleted = 此消息已被删除。
team-react-with = 回应 { $emoji }
team-reply-in-thread = 在话题中回复
team-replies = { $count } 条回复
team-attachment = 附件
team-attached-image = 附加的图片

team-chat-with-teammate = 与同事聊天
team-reading-team = 正在读取团队…
team-group-name-label = 名称
team-create-group = 创建群组
team-public-channels = 公开频道
team-reading-channels = 正在读取频道…
team-member-count = { $count } 名成员
team-open-channel = 打开
team-join-channel = 加入

-brand = VoIPBIN

language-label = 语言
language-failed = 无法加载{ $language }（{ $reason }）。界面语言保持不变。

## VoIPBIN's agent statuses (the status menu, the team list, the dashboard)
agent-status-available = 空闲
agent-status-away = 离开
agent-status-busy = 忙碌
agent-status-offline = 离线
agent-status-ringing = 振铃中
agent-status-none = 无状态

## What Team talk or a help request could not do, then why ($reason is one of the
## team-why- sentences): the Team panel, the call's help request and the dashboard's
team-file-too-big = 文件大小为 { $size } MB；{ -brand } 最多接受 { $max } MB。
team-failed-read-chat = 无法读取聊天。{ $reason }
team-failed-read-older = 无法读取更早的消息。{ $reason }
team-failed-upload = 无法上传文件。{ $reason }
team-failed-react = 无法添加回应。{ $reason }
team-failed-start-chat = 无法开始聊天。{ $reason }
team-failed-create-group = 无法创建群组。{ $reason }
team-failed-read-channels = 无法读取频道。{ $reason }
team-failed-join-channel = 无法加入频道。{ $reason }
team-failed-open-help = 无法打开 Help 频道。{ $reason }
team-failed-ask-help = 无法请求协助。{ $reason }
team-failed-take-request = 无法接手该请求。{ $reason }
team-failed-say-ended = 无法告知通话已结束。{ $reason }
team-why-network = 无法连接服务器。请检查网络连接后重试。
team-why-session = 会话已过期。请重新登录。
team-why-forbidden = 您的账户无权执行此操作。
team-why-not-found = 服务器上找不到它（可能已被删除）。
team-why-status = 服务器返回 { $code }：{ $detail }
team-why-decode = 无法读取服务器的响应。

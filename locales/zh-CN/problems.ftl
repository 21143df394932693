# What Team talk or a help request could not do, and why: shown by the Team panel, the call's
# help request and the dashboard, so compiled into their chunks (src/i18n/pack.rs PARTS).

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

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

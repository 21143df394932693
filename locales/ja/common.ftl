-brand = VoIPBIN

language-label = 言語
language-failed = { $language } を読み込めませんでした（{ $reason }）。表示言語は変更されていません。

## VoIPBIN's agent statuses (the status menu, the team list, the dashboard)
agent-status-available = 受付可
agent-status-away = 離席
agent-status-busy = 対応中
agent-status-offline = オフライン
agent-status-ringing = 着信中
agent-status-none = 状態なし

-brand = VoIPBIN

language-label = 언어
language-failed = { $language }을(를) 불러오지 못했습니다({ $reason }). 기존 언어를 그대로 사용합니다.

## VoIPBIN's agent statuses (the status menu, the team list, the dashboard)
agent-status-available = 대기 가능
agent-status-away = 자리 비움
agent-status-busy = 통화 중
agent-status-offline = 오프라인
agent-status-ringing = 수신 중
agent-status-none = 상태 없음

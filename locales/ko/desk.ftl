# desk

## The desk's frame
desk-title = 상담원 데스크
desk-phone = 전화
desk-loading = 불러오는 중…
desk-try-again = 다시 시도
desk-part-load-failed = 데스크의 이 부분을 불러오지 못했습니다(네트워크 또는 서버 문제). 통화, 메모, 메시지는 안전합니다.
desk-edit = 편집

## Why an action failed
desk-error-forbidden = 이 계정에는 권한이 없습니다(VoIPBIN은 통화 제어를 관리자와 매니저에게만 허용합니다). 전화기를 사용하거나 슈퍼바이저에게 요청하세요.
desk-error-not-found = 서버가 이 통화를 더 이상 알지 못합니다(종료되었을 수 있습니다).
desk-error-network = 서버에 연결할 수 없습니다. 연결을 확인하고 다시 시도하세요.
desk-error-session = 세션이 만료되었습니다. 다시 로그인하세요.

## Queue alert
desk-alerts-none = 대기 중인 발신자가 없습니다
desk-alerts-waiting = 발신자 { $count }명 대기 중
desk-title-call = 통화: { $caller }
desk-title-waiting = 발신자 { $count }명 대기 중
desk-alert-gone = { $caller } 님은 더 이상 대기 중이 아닙니다.
desk-announce-ringing = { $caller } 님의 통화가 수신 중입니다. A를 눌러 수락하고 X를 눌러 숨기세요.
desk-announce-waiting-in = { $caller } 님이 { $queue }에서 대기 중입니다. A를 눌러 수락하고 X를 눌러 숨기세요.
desk-announce-waiting = { $caller } 님이 대기 중입니다. A를 눌러 수락하고 X를 눌러 숨기세요.
desk-notify-ringing = 나에게 수신 중인 통화
desk-notify-waiting = 대기 중인 발신자
desk-ring-sound-hint = 수신 발신자 벨소리
desk-ring-sound-on = 벨소리 켜짐
desk-ring-sound-off = 벨소리 꺼짐
desk-watch-all = 모든 대기열의 발신자 알림 받기
desk-incoming-callers = 수신 발신자
desk-ringing-for-you = 나에게 수신 중
desk-ringing-for-you-in = 나에게 수신 중 · { $queue }
desk-waiting = 대기열에서 대기 중
desk-waiting-at = 대기열에서 대기 중 · { $position }번째
desk-waiting-in = { $queue }에서 대기 중
desk-waiting-in-at = { $queue }에서 대기 중 · { $position }번째
desk-alert-waited = 대기
desk-accept = 수락
desk-dismiss = 숨기기
desk-dismiss-hint = 이 데스크에서 알림을 숨깁니다(통화 자체는 거절되지 않습니다)
desk-accept-working = 대기 가능으로 전환하는 중…
desk-accept-how-ringing-on = { $address }에서 수신 중입니다. VoIPBIN에는 응답 버튼이 없습니다. 전화기나 소프트폰으로 받으세요. 수락하면 이 알림이 조용해집니다.
desk-accept-how-ringing = 전화기에서 수신 중입니다. VoIPBIN에는 응답 버튼이 없습니다. 전화기나 소프트폰으로 받으세요. 수락하면 이 알림이 조용해집니다.
desk-accept-how-queue = 수락하면 대기 가능 상태가 되어 대기열이 이 발신자를 내 전화로 연결할 수 있습니다.
desk-accept-how-floor = 이 대기열 담당이 아닙니다. VoIPBIN이 발신자를 담당 상담원에게 연결합니다.
desk-accepted-ringing = 지금 전화기나 소프트폰으로 받으세요. 연결되는 즉시 이 알림이 닫힙니다.
desk-accepted-available = 대기 가능 상태입니다. 대기열이 이 발신자를 연결하면 전화가 울립니다. 전화기에서 응답하세요.
desk-accepted-now-available = 이제 대기 가능 상태입니다. 대기열이 이 발신자를 내 전화로 연결할 수 있습니다. 전화기에서 응답하세요.
desk-failed-available = 대기 가능 상태로 전환하지 못했습니다.

## Desktop notifications
desk-notify-region = 데스크톱 알림
desk-notify-offer = 이 탭이 백그라운드에 있을 때 발신자가 대기하면 데스크톱 알림을 받으시겠습니까?
desk-notify-enable = 알림 켜기
desk-notify-later = 나중에

## The agent's calls: the list (the selected call is in work.ftl)
desk-my-calls = 내 통화
desk-calls-count = 통화 수
desk-no-calls = 현재 통화가 없습니다. 나에게 연결된 발신자는 데스크 상단에 표시되며, 전화기로 받으면 통화가 여기에 나타납니다.
desk-on-the-floor = 진행 중인 통화
desk-on-the-floor-hint = 다른 상담원의 통화입니다. 하나를 열어 대화록을 보고 개입할 수 있습니다.
desk-another-agent = 다른 상담원
desk-phase-ringing = 수신 중
desk-phase-connected = 연결됨
desk-phase-ending = 종료 중…
desk-phase-ended = 종료됨
desk-inbound = 수신
desk-outbound = 발신

## The customer beside the call
desk-customer = 고객
desk-customer-empty = 통화를 선택하면 통화 상대와 이전 통화, 메시지를 볼 수 있습니다.
desk-unknown-caller = 알 수 없는 발신자
desk-earlier-calls = 이전 통화
desk-no-earlier-calls = 이 번호와의 이전 통화 기록이 없습니다.
desk-conversations = 대화
desk-no-threads = 이 번호와의 메시지 대화가 없습니다.
desk-open-thread-with = { $name } 대화 열기
desk-text-messages = 문자 메시지
desk-no-text-messages = 이 번호와의 문자 메시지 기록이 없습니다.
desk-sms-from-them = 받은 메시지
desk-sms-to-them = 보낸 메시지
desk-call-ended-reason = 종료됨({ $reason })

## Who is calling (screen-pop)
desk-caller = 발신자
desk-looking-up = { $number } 조회 중…
desk-lookup-failed = 발신자를 조회하지 못했습니다: { $detail }
desk-tags = 태그
desk-open-cases = 진행 중인 케이스
desk-no-open-case = 진행 중인 케이스가 없습니다.
desk-last-interactions = 최근 상호작용
desk-nothing-on-record = 기록이 없습니다.
desk-no-number = 번호 없음
desk-not-in-contacts = 연락처에 없음
desk-create-contact = 연락처 만들기
desk-link-contact = 연락처에 연결
desk-case-from = { $number }의 케이스
desk-interaction-call = 통화
desk-interaction-call-in = 수신 통화
desk-interaction-call-out = 발신 통화
desk-interaction-message = 메시지
desk-interaction-message-in = 받은 메시지
desk-interaction-message-out = 보낸 메시지
desk-interaction-conversation = 대화
desk-interaction-conversation-in = 받은 대화
desk-interaction-conversation-out = 보낸 대화

## Team talk: the button in the top bar, its notifications, the panel while it loads
## (the panel's own words are in team.ftl)
team-name = 팀
team-unread-count = 읽지 않음 { $count }개
team-notify-title = 팀 · { $chat }
team-notify-untitled = 팀 메시지
team-opening = 팀을 여는 중…
team-load-failed-text = 팀 화면을 불러오지 못했습니다(네트워크 또는 서버 문제). 나머지 기능은 계속 사용할 수 있습니다.
team-retry-load = 다시 시도

## Message threads: the list (the open thread's words are in work.ftl)
work-messages-title = 메시지
work-unread = 읽지 않음 { $count }개
work-messages-empty = 아직 메시지 대화가 없습니다. 배정된 고객의 문자가 여기에 표시됩니다.
work-conversations = 대화
work-threads-hint = J / K: 다음 또는 이전 대화

## Wrap-up on the desk: the header's indicator, the agent's wrap-up time, notices
## (the wrap-up card's words are in work.ftl)
work-dismiss = 닫기
work-wrap-up = 후처리
work-wrap-up-time = 후처리 시간
work-wrap-up-seconds = 초, 응답한 통화마다 적용(0: 완료를 누를 때까지)
work-call-note = 통화 메모
work-notice-phone-unregistered = 계속 통화 중 상태이며 대기 가능으로 바꾸지 않았습니다: 전화가 등록되지 않아 발신자가 연결할 수 없습니다.

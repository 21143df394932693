# desk

## The desk's frame
desk-title = 상담원 데스크
desk-phone = 전화
desk-loading = 불러오는 중…
desk-try-again = 다시 시도
desk-part-load-failed = 데스크의 이 부분을 불러오지 못했습니다(네트워크 또는 서버 문제). 통화, 메모, 메시지는 안전합니다.
desk-cancel = 취소
desk-close = 닫기
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

## The agent's calls
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
desk-phase-unknown = 알 수 없음
desk-call = 통화
desk-inbound = 수신
desk-outbound = 발신
desk-via-queue = { $queue } 경유
desk-handled-by = 담당: { $name }
desk-call-time = 통화 시간
desk-phone-controls-hint = 통화, 음소거, 보류, 키패드, 통화 종료는 위의 전화로 하세요. 전환과 녹음은 슈퍼바이저 전용입니다.
desk-call-controls = 통화 제어
desk-mute = 음소거
desk-unmute = 음소거 해제
desk-hold = 보류
desk-resume = 재개
desk-record = 녹음
desk-stop-recording = 녹음 중지
desk-transfer = 전환
desk-voicemail = 음성사서함
desk-hang-up = 통화 종료
desk-voicemail-why = 음성사서함: VoIPBIN API에는 음성사서함으로 보내는 기능이 없습니다. 대신 음성사서함 번호로 전환하세요.
desk-hangup-again = 통화를 종료하려면 H를 한 번 더 누르세요.
desk-ended-transferred = 이 통화에서 빠졌습니다(전환됨). 녹음과 대화록은 후처리를 위해 여기에 남아 있습니다.
desk-ended-by-caller = 발신자가 통화를 종료했습니다. 후처리를 위해 2분간 여기에 남아 있습니다.
desk-ended-by-us = 이쪽에서 통화를 종료했습니다. 후처리를 위해 2분간 여기에 남아 있습니다.
desk-ended = 통화가 종료되었습니다. 후처리를 위해 2분간 여기에 남아 있습니다.
desk-op-hangup-progress = 통화 종료 중…
desk-op-mute-progress = 음소거 중…
desk-op-unmute-progress = 음소거 해제 중…
desk-op-hold-progress = 보류 중…
desk-op-resume-progress = 재개 중…
desk-op-record-progress = 녹음 시작 중…
desk-op-stop-record-progress = 녹음 중지 중…
desk-op-hangup-sent = 통화 종료를 요청했습니다. VoIPBIN의 확인을 기다리는 중…
desk-op-mute-sent = 음소거를 요청했습니다. VoIPBIN의 확인을 기다리는 중…
desk-op-unmute-sent = 음소거 해제를 요청했습니다. VoIPBIN의 확인을 기다리는 중…
desk-op-record-sent = 녹음 시작을 요청했습니다. VoIPBIN의 확인을 기다리는 중…
desk-op-stop-record-sent = 녹음 중지를 요청했습니다. VoIPBIN의 확인을 기다리는 중…
desk-op-hangup-failed = 통화를 종료하지 못했습니다.
desk-op-mute-failed = 음소거하지 못했습니다.
desk-op-unmute-failed = 음소거를 해제하지 못했습니다.
desk-op-hold-failed = 통화를 보류하지 못했습니다.
desk-op-resume-failed = 통화를 재개하지 못했습니다.
desk-op-record-failed = 녹음을 시작하지 못했습니다.
desk-op-stop-record-failed = 녹음을 중지하지 못했습니다.

## Transcript and recordings
desk-transcript-title = 실시간 대화록
desk-transcript = 대화록
desk-transcript-supervisors-only = 슈퍼바이저 전용
desk-transcript-live = 실시간
desk-transcript-finished = 완료
desk-transcript-not-started = 시작 안 됨
desk-transcript-waiting = VoIPBIN이 이 통화를 전사하기를 기다리는 중…
desk-transcript-not-for-agents = VoIPBIN은 실시간 대화록을 관리자와 매니저 계정에만 보냅니다(대화록 이벤트에 상담원이 지정되지 않음). 그래서 이 계정에서는 표시할 수 없습니다.
desk-speaker-you = 나
desk-speaker-agent = 상담원
desk-speaker-caller = 발신자
desk-recordings = 녹음
desk-recording-ready = 녹음 완료 · { $length } · { $format }
desk-recording-ready-audio = 녹음 완료 · { $length } · 오디오
desk-recording-open = 재생 또는 다운로드
desk-recording-open-hint = VoIPBIN 녹음 파일을 새 탭에서 엽니다
desk-recording-since = { $time }부터 녹음 중

## Transfer
desk-transfer-opening = 전환 창을 여는 중…
desk-transfer-load-failed = 전환 창을 불러오지 못했습니다(네트워크 또는 서버 문제). 통화는 계속됩니다.
desk-transfer-title = 이 통화 전환
desk-transfer-how = 방식
desk-transfer-blind = 즉시 전환 — 바로 넘기기
desk-transfer-attended = 상담 후 전환 — 먼저 통화하기
desk-transfer-no-agents = 이 계정에는 상담원 목록이 없습니다(VoIPBIN은 관리자와 매니저에게만 제공). 내선이나 번호를 입력하세요.
desk-transfer-to-agent = 상담원에게
desk-transfer-choose-agent = 상담원 선택…
desk-transfer-to-number = 또는 번호, 내선, SIP 주소
desk-transfer-number-example = +15550100200, 2003 또는 sip:name@host
desk-transferring = 전환 중…
desk-transfer-pick = 상담원을 선택하거나 번호를 입력하세요.
desk-transferred-blind = 전환됨: { $name }에게 수신 중입니다. 통화에서 빠졌습니다.
desk-transferred-attended = { $name }와(과) 상담 중: 상대가 수락하면 발신자가 연결됩니다.
desk-failed-transfer = 전환하지 못했습니다.
desk-agent-available = 대기 가능
desk-agent-away = 자리 비움
desk-agent-busy = 통화 중
desk-agent-offline = 오프라인
desk-agent-ringing = 수신 중
desk-agent-unknown = 알 수 없음
desk-destination-empty = 번호, 내선 또는 SIP 주소를 입력하세요.
desk-destination-bad-sip = 올바른 SIP 주소가 아닙니다(name@host).
desk-destination-bad-length = 전화번호는 +와 8~15자리 숫자여야 합니다. 예: +15550100200
desk-destination-no-plus = 전화번호는 +와 국가 번호로 시작하세요. 예: +15550100200
desk-destination-unknown = 전화번호, 내선 또는 SIP 주소가 아닙니다.

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
desk-failed-create-contact = 연락처를 만들지 못했습니다.
desk-failed-save-contact = 연락처를 저장하지 못했습니다.
desk-failed-link-number = 번호를 연결하지 못했습니다.
desk-failed-attach-contact = 연락처를 연결하지 못했습니다.
desk-failed-assign-case = 케이스를 배정하지 못했습니다.
desk-failed-close-case = 케이스를 닫지 못했습니다.

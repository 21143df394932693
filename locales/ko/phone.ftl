# 전화: 등록, 장치, 다이얼 패드, 통화.

## 전화가 등록되지 않은 이유, 또는 전화가 없는 이유
phone-signed-out-of-server = 전화 서버에서 로그아웃되었습니다
phone-wrong-password = 전화 서버가 이 내선의 비밀번호를 거부했습니다
phone-forbidden = 전화 서버가 여기에서 이 내선을 허용하지 않습니다
phone-server-silent = 전화 서버가 응답하지 않았습니다
phone-registration-refused = 전화 서버가 등록을 거부했습니다({ $status } { $reason })
phone-server-unreachable = 전화 서버에 연결할 수 없습니다. { $seconds }초 후 다시 시도합니다
phone-extension-unreadable = 이 상담원의 내선을 읽을 수 없습니다({ $error })
phone-no-extension = 이 상담원에게 내선이 없습니다. 관리자가 상담원 주소에 추가할 수 있습니다
phone-turned-off = 로그인 시 꺼짐: 통화는 다른 전화로 연결됩니다
phone-server-not-set = 전화 서버가 설정되지 않았습니다. 설치 환경의 wss:// SIP 주소로 다시 로그인하세요
phone-server-invalid = 전화 서버 "{ $server }"은(는) wss:// 또는 ws:// 주소나 경로가 아닙니다
phone-not-registered-blocks = 전화가 등록되지 않아({ $why }) 발신자가 연결할 수 없습니다

## 통화, 미디어, 장치 문제
phone-hold-refused = 전화 서버가 통화 보류 또는 재개를 거부했습니다({ $status })
phone-cannot-dial-unregistered = 전화가 등록되지 않아 지금은 전화를 걸 수 없습니다
phone-finish-call-first = 다른 통화를 걸기 전에 현재 통화를 끝내세요
phone-audio-failed = 통화 오디오를 설정할 수 없습니다({ $detail })
phone-mic-refused = 브라우저에 마이크 사용 권한이 없습니다. 주소 표시줄의 사이트 설정에서 허용한 후 다시 시도하세요
phone-mic-missing = 마이크를 찾을 수 없습니다. 헤드셋을 연결한 후 다시 시도하세요
phone-mic-busy = 마이크를 다른 프로그램이 사용 중이거나 열 수 없습니다
phone-mic-unsupported = 이 브라우저는 여기에서 마이크를 사용할 수 없습니다(https 또는 localhost 필요)
phone-mic-failed = 마이크를 열 수 없습니다
phone-device-unnamed = 장치 { $number }

## 통화가 끝난 이유
phone-ended-you = 통화를 종료했습니다
phone-ended-other-side = 상대방이 통화를 종료했습니다
phone-ended-caller-gone = 발신자가 없습니다(통화 종료 또는 다른 곳에서 응답)
phone-ended-declined = 거절됨
phone-ended-busy = 통화 중
phone-ended-not-found = 없는 번호 또는 내선입니다
phone-ended-refused = 거부됨({ $status } { $reason })
phone-ended-timeout = 전화 서버의 응답이 없습니다
phone-ended-transport-lost = 전화 서버와의 연결이 끊어졌습니다

## 통화 품질
phone-quality-no-audio = 발신자의 오디오가 들어오지 않습니다
phone-quality-loss = 발신자 오디오의 { $percent }%가 손실되고 있습니다. 네트워크가 패킷을 잃고 있습니다
phone-quality-jitter = 오디오가 고르지 않게 도착합니다(지터 { $jitter }ms). 네트워크가 혼잡합니다
phone-quality-slow = 회선이 느립니다(왕복 { $round_trip }ms). 발신자와 말이 겹칠 수 있습니다
phone-quality-measuring = 회선 측정 중…
phone-quality-line = MOS { $mos } · 왕복 { $rtt }ms · 지터 { $jitter }ms · 손실 { $loss }%
phone-quality-line-no-rtt = MOS { $mos } · 왕복 – · 지터 { $jitter }ms · 손실 { $loss }%
phone-quality-with-reason = { $line } — { $reason }

## 통화 패널
phone-state-far-ringing = 신호 가는 중…
phone-state-calling = 거는 중…
phone-state-connecting = 연결 중…
phone-state-on-hold = 보류 중
phone-state-in-call = 통화 중
phone-state-in-call-outgoing = 통화 중(발신)
phone-state-ringing = 수신 중
phone-queue = 대기열
phone-call-time = 통화 시간
phone-controls = 전화 제어
phone-mute = 음소거
phone-unmute = 음소거 해제
phone-hold = 보류
phone-resume = 재개
phone-hang-up = 통화 종료
phone-cancel = 취소
phone-mic = 마이크
phone-mic-muted = 음소거: 발신자에게 아무것도 들리지 않습니다
phone-mic-heard = 잘 들립니다
phone-mic-quiet = 조용함
phone-digits-sent = 보냄:

## 번호로 걸기, 장치, 다이얼 패드
phone-call-number = { $number }에 전화
phone-call-number-hint = 데스크의 전화로 이 번호에 전화합니다
phone-audio-devices = 오디오 장치
phone-microphone = 마이크
phone-speaker = 스피커
phone-ringer = 벨소리
phone-device-default = 브라우저 기본값
phone-check-start = 마이크 확인
phone-check-stop = 마이크 확인 중지
phone-check-heard = 잘 들립니다({ $level } dBFS)
phone-check-not-heard = 아직 들리지 않습니다({ $level } dBFS). 말하거나 다른 마이크를 선택하세요
phone-check-opening = 마이크 여는 중…
phone-keypad = 키패드
phone-dialpad = 다이얼 패드
phone-dial-label = 번호, 내선 또는 상담원
phone-dial-placeholder = +15551234567, 2002 또는 상담원
phone-call = 전화
phone-keys = 키
phone-dismiss = 닫기

## 전화 주변: 나가기, 자리 비움, 벨소리
phone-leave-warning = 통화 중입니다. 나가면 통화가 종료됩니다.
phone-set-away = 자리 비움으로 설정되었습니다: { $why }.
phone-ring-blocked = 페이지를 클릭할 때까지 브라우저가 벨소리를 막고 있습니다.
phone-ring-enable = 벨소리 켜기

## 수신 통화
phone-ring-title = 통화: { $caller }
phone-ring-body = 수신 통화입니다. 데스크에서 응답하세요.
phone-ring-body-queue = { $queue }에서 수신 통화입니다. 데스크에서 응답하세요.
phone-ring-announce = { $caller }의 수신 통화입니다.
phone-ring-announce-queue = { $queue }에서 { $caller }의 수신 통화입니다.
phone-waited = { $duration } 대기
phone-incoming = 수신 통화
phone-answer = 응답
phone-decline = 거절

## 상단 표시줄의 전화 상태
phone-ready = 전화 준비됨
phone-connecting = 전화 연결 중…
phone-offline = 전화 오프라인
phone-none = 전화 없음
phone-elsewhere = 다른 탭의 전화
phone-elsewhere-why = 이 브라우저의 다른 탭이 전화를 사용 중입니다. 통화는 그 탭으로 연결됩니다
phone-take-over = 여기서 사용
phone-retry = 재시도

## 상담원 상태
shell-my-status = 내 상태
shell-status-available-hint = 대기 가능 (1)
shell-status-away-hint = 자리 비움 (2)
shell-status-busy-hint = 통화 중 (3)
shell-status-offline-hint = 오프라인 (4)
shell-status-not-available = 대기 가능으로 설정되지 않았습니다: { $why }.
shell-status-change-failed = 상태를 변경할 수 없습니다: { $error }

## 상단 표시줄
shell-sign-out-in-call = 통화 중입니다. 로그아웃하고 통화를 종료할까요?
shell-skip = 본문으로 건너뛰기
shell-pages = 페이지
shell-nav-desk = 데스크
shell-nav-contacts = 연락처
shell-nav-dashboard = 대시보드
shell-nav-settings = 설정
shell-nav-inspector = 검사기
shell-shortcuts = 키보드 단축키
shell-shortcuts-hint = 키보드 단축키 (?)
shell-theme = 테마 전환
shell-theme-hint = 밝은 테마 또는 어두운 테마
shell-sign-out = 로그아웃
shell-dismiss = 닫기

## 연결
shell-live = 실시간
shell-syncing = 동기화 중…
shell-connecting = 연결 중…
shell-reconnecting-in = { $seconds }초 후 재연결
shell-reconnecting = 재연결 중…
shell-offline = 오프라인
shell-signed-out = 로그아웃됨
shell-last-event = 마지막 이벤트 { $time }
shell-no-events = 아직 이벤트 없음
shell-retry-now = 지금 재시도

## 실시간 연결 알림
shell-refused-permission = 이 계정은 이 이벤트를 받을 수 없으므로 데스크의 이 부분은 실시간으로 업데이트되지 않습니다.
shell-refused-topic = 서버가 데스크가 요청한 토픽을 받아들이지 않았습니다.
shell-refused-message = 서버가 데스크의 메시지를 읽을 수 없었습니다.
shell-refused-rate = 서버가 구독을 제한하고 있습니다. 데스크는 재연결할 때 다시 구독합니다.
shell-refused-other = 서버가 구독을 거부했습니다.
shell-refused-notice = { $explained } { $code }: { $message } ({ $topics })
shell-resync-skipped = 재동기화: { $path }: 항목 { $count }개를 읽을 수 없습니다
shell-resync-failed = 재동기화: { $path }: { $error }

## 키보드 단축키
shell-shortcuts-title = 키보드 단축키
shell-close = 닫기
shell-key-shortcuts = 이 목록 표시 또는 숨기기
shell-key-accept = 대기 중인 발신자 응답
shell-key-dismiss = 알림 닫기
shell-key-hangup = 현재 통화 종료
shell-key-transfer = 현재 통화 전환
shell-key-mute = 음소거 또는 음소거 해제
shell-key-hold = 보류 또는 재개
shell-key-record = 녹음 시작 또는 중지
shell-key-help = 통화 중 도움 요청
shell-key-available = 상태: 대기 가능
shell-key-away = 상태: 자리 비움
shell-key-busy = 상태: 통화 중
shell-key-offline = 상태: 오프라인
shell-key-reply = 답장 쓰기
shell-key-next = 다음 대화
shell-key-close = 대화 상자 닫기
shell-key-previous = 이전 대화
shell-key-keypad = 전화 통화 중 키패드 톤

## 필요할 때 불러오는 페이지
shell-loading-dashboard = 대시보드 불러오는 중…
shell-loading-settings = 설정 불러오는 중…
shell-loading-inspector = 검사기 불러오는 중…
shell-loading-contacts = 연락처 불러오는 중…
shell-failed-dashboard = 대시보드를 불러올 수 없습니다
shell-failed-settings = 설정을 불러올 수 없습니다
shell-failed-inspector = 검사기를 불러올 수 없습니다
shell-failed-contacts = 연락처를 불러올 수 없습니다
shell-failed-detail = 앱의 이 부분이 도착하지 않았습니다(네트워크 또는 서버). 데스크, 연결, 전화는 계속 작동합니다.
shell-try-again = 다시 시도
shell-nothing-here = 여기에는 아무것도 없습니다.
shell-party-unknown = 알 수 없음

## 서버 오류
shell-error-network = 서버에 연결할 수 없습니다: { $detail }
shell-error-unauthorized = 로그인되어 있지 않습니다: { $detail }
shell-error-forbidden = 허용되지 않습니다: { $detail }
shell-error-not-found = 찾을 수 없습니다: { $detail }
shell-error-status = 서버 오류 { $code }: { $detail }
shell-error-decode = 예상하지 못한 응답: { $detail }
shell-error-timeout = { $seconds }초 동안 응답 없음
shell-error-no-token = 서버가 토큰 없이 응답했습니다
shell-error-not-agent = service_agents/me가 상담원이 아닙니다
shell-error-not-object = 응답이 JSON 객체가 아닙니다

# The supervisor's dashboard.

dash-title = 슈퍼바이저 대시보드
dash-forbidden = 대시보드는 컨택 센터 전체를 보여 주며, { -brand }는 이 정보를 관리자와 매니저에게만 공유합니다. 현재 계정은 상담원 권한입니다. 필요하면 관리자에게 매니저 권한을 요청하세요.

## Headline tiles
dash-tiles-label = 현재
dash-tile-active-calls = 진행 중인 통화
dash-tile-agent-legs = 상담원 레그 { $count }개 포함
dash-tile-waiting = 대기 중인 발신자
dash-tile-longest-wait = 최장 대기
dash-tile-oldest-caller = 대기열의 가장 오래된 발신자
dash-tile-nobody-waiting = 대기 중인 발신자 없음
dash-tile-available = 대기 가능
dash-tile-on-call = 통화 중
dash-tile-busy = 통화 중 { $busy }
dash-tile-busy-ringing = 통화 중 { $busy } · 수신 중 { $ringing }
dash-tile-away = 자리 비움
dash-tile-offline = 오프라인
dash-tile-serviced = 오늘 응대
dash-tile-of-queued = 대기열 유입 { $queued }건 중
dash-tile-abandoned = 오늘 포기
dash-tile-abandoned-share = 종료 통화의 { $share }
dash-tile-service-level = 서비스 수준
dash-sl-before = { "" }
dash-sl-after = { " " }초 이내
dash-sl-threshold = 서비스 수준 기준(초)

## Queues
dash-queues-title = 대기열
dash-queues-age-hint = { -brand }는 대기열 이벤트를 보내지 않습니다. 대기열은 5초마다 읽고, 그 사이에는 대기열 통화 이벤트로 수치를 갱신합니다
dash-queues-reading = 대기열 읽는 중…
dash-queues-read = { $seconds }초 전 읽음
dash-queues-read-retrying = { $seconds }초 전 읽음, 재시도 중
dash-queues-col-queue = 대기열
dash-queues-col-waiting-short = 대기
dash-queues-col-waiting = 대기 중
dash-queues-col-waiting-hint = 대기 중인 발신자
dash-queues-col-longest-short = 최장
dash-queues-col-longest = 최장 대기
dash-queues-col-in-service-short = 통화
dash-queues-col-in-service = 응대 중
dash-queues-col-in-service-hint = 상담원과 통화 중인 발신자
dash-queues-col-serviced-short = 응대
dash-queues-col-serviced = 응대 완료
dash-queues-col-serviced-hint = 응답된 발신자(대기열 누계)
dash-queues-col-abandoned-short = 포기
dash-queues-col-abandoned = 포기
dash-queues-col-abandoned-hint = 대기 중에 끊은 발신자
dash-queues-col-callers = 가장 오래 기다린 발신자
dash-queues-empty = 아직 대기열이 없습니다.
dash-queues-more = +{ $count }명 더
dash-chip-connecting = 상담원 전화가 울리는 중
dash-chip-waiting = 대기 중
dash-caller-unnamed = 발신자

## Agents
dash-agents-title = 상담원
dash-agents-filter = 상담원 보기
dash-filter-all = 전체
dash-filter-available = 대기 가능
dash-filter-on-call = 통화 중
dash-filter-away = 자리 비움
dash-filter-offline = 오프라인
dash-hand-raised = 도움 요청 중
dash-showing = { $total }개 중 { $shown }개 표시
dash-show-more = 더 보기
dash-set-status = 설정…
dash-set-status-custom = 직접 입력…
dash-set-status-of = { $name }의 상태 설정
dash-custom-status-for = { $name }의 사용자 지정 상태
dash-custom-status-set = 이 상태로 설정
dash-custom-status-cancel = 취소
dash-set-status-failed = { $name }의 상태를 { $status }(으)로 설정하지 못했습니다: { $reason }
dash-stuck-busy = 통화 중 고정 · 대기 가능으로
dash-stuck-busy-hint = 통화 없이 1분 넘게 통화 중 상태입니다. { -brand }는 통화 후 상담원을 대기 가능으로 바꾸지 않습니다

## Active calls
dash-calls-title = 진행 중인 통화
dash-calls-filter = 통화 필터
dash-calls-filter-hint = 필터: 번호, 이름, 상담원, 대기열
dash-calls-status = 상태
dash-calls-any-status = 모든 상태
dash-calls-direction = 방향
dash-calls-any-direction = 수신 및 발신
dash-calls-incoming = 수신
dash-calls-outgoing = 발신
dash-col-direction = 방향
dash-col-from = 발신
dash-col-to = 수신
dash-col-status = 상태
dash-col-duration = 시간
dash-col-agent = 상담원
dash-col-queue = 대기열
dash-direction-in = ↘ 수신
dash-direction-out = ↗ 발신
dash-call-dialing = 발신 중
dash-call-ringing = 수신 중
dash-call-talking = 통화 중
dash-call-ending = 종료 중
dash-call-canceling = 취소 중
dash-call-ended = 종료됨
dash-showing-matching = 일치 { $total }개 중 { $shown }개 표시(진행 중 { $active }개)
dash-show-n-more = { $count }개 더 보기
dash-show-all = 모두 보기
dash-show-fewer = 적게 보기

## Charts
dash-charts-title = 최근 1시간
dash-chart-calls = 분당 통화
dash-chart-calls-this-hour = 이번 시간 { $count }건
dash-chart-calls-label = 최근 1시간 분당 통화. 총 { $count }건, 1분 최대 { $max }건
dash-chart-minute-calls = { $time }: 통화 { $count }건
dash-chart-waiting = 대기 중인 발신자
dash-chart-waiting-peak = 분당 최대
dash-chart-waiting-label = 최근 1시간 대기 중인 발신자. 1분 최대 { $max }명, 이번 분 { $current }명
dash-chart-waits = 대기 시간
dash-chart-waits-now = 현재 대기
dash-chart-waits-answered = 응답됨(최근)
dash-chart-waits-label = 대기 시간 분포. 현재 대기: { $now }. 응답됨: { $answered }.
dash-chart-bin-count = { $bin } { $n }
dash-chart-bins-none = 없음
dash-list-separator = { ", " }
dash-bin-under-15s = 15초 미만
dash-bin-15-30s = 15–30초
dash-bin-30-60s = 30–60초
dash-bin-1-2m = 1–2분
dash-bin-2-5m = 2–5분
dash-bin-5-10m = 5–10분
dash-bin-over-10m = 10분+
dash-axis-hour-ago = −60분
dash-axis-now = 현재

## Feeds
dash-transcripts-title = 실시간 대화록
dash-transcripts-empty = 지금 대화록을 작성 중인 통화가 없습니다.
dash-speaker-caller = 발신자
dash-speaker-agent = 상담원
dash-recordings-title = 녹음
dash-recordings-now = 녹음 중
dash-recording-since = 녹음 중
dash-recording-finished = { $time } 종료 · { $length }
dash-flows-title = 실행 중인 플로우
dash-flow-step = { $step }단계
dash-flow-ago = { $duration } 전
dash-conferences-title = 컨퍼런스
dash-conference-participants = 참가자 { $count }명
dash-conferences-empty = 진행 중인 컨퍼런스가 없습니다.

## Help requests
dash-help-title = 도움 요청
dash-help-empty = 도움을 요청한 사람이 없습니다.
dash-help-an-agent = 상담원
dash-help-age = 도움 요청 후 경과
dash-help-open = 대기 중
dash-help-taken = 처리 중
dash-help-taken-by = { $name } 처리 중
dash-help-ended = 통화 종료
dash-help-take = 맡기

## Listening to a call
dash-listen = 모니터링
dash-listen-hint = 이 통화 모니터링
dash-listen-panel = 통화 모니터링
dash-listen-call = 통화 { $id }
dash-listen-caller-with-agent = { $caller } · 상담원 { $agent }
dash-listen-connecting = 연결 중…
dash-listen-listening = 모니터링 중(상대방은 듣지 못함)
dash-listen-barging = 개입 중: 양쪽 모두 들을 수 있음
dash-listen-ended = 통화가 종료되었습니다
dash-listen-error = 모니터링할 수 없음
dash-listen-live-banner = 이 통화에 개입 중입니다. 발신자와 상담원 모두 내 음성을 듣습니다.
dash-listen-drops = 오디오가 { $count }번 끊겼다가 복구됨
dash-listen-level = 들리는 음량
dash-barge-start = 양쪽에 말하기
dash-barge-stop = 말하기 중지
dash-listen-stop = 모니터링 중지
dash-whisper = 귓속말
dash-whisper-hint = 상담원에게 귓속말(상담원만 들음)
dash-listen-call-ended = 통화가 종료되었습니다.
dash-listen-audio-failed = 오디오를 시작할 수 없습니다: { $reason }
dash-listen-bad-address = 통화 오디오 주소가 올바르지 않습니다
dash-listen-forbidden = 허용되지 않음: { $reason }
dash-listen-unauthorized = 로그인되지 않음: { $reason }
dash-listen-mic-failed = 말하기가 중지되었습니다: { $reason }
dash-whisper-no-agent = 이 통화에는 귓속말할 상담원이 없습니다.
dash-whisper-failed = 귓속말을 보내지 못했습니다: { $reason }

## A supervisor taking a help request, as posted in the Help channel
team-help-on-it-name = 제가 맡겠습니다: { $name }
team-help-on-it = 제가 맡겠습니다: 슈퍼바이저

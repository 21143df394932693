# The call-work chunk (also the contacts page and the transfer dialog): the selected call,
# its transcript, transfer and help request, the contact editor, the call's case, the
# wrap-up card and the note's progress, the open message thread, quick replies, contacts.

## Shared buttons

work-save = 저장
work-cancel = 취소
work-retry = 다시 시도
work-try-again = 다시 시도
work-remove = 삭제
work-edit = 편집
work-reload = 새로 고침

## Message threads

work-peer-unknown = 알 수 없음
work-assigned-to-another-agent = 담당: 다른 상담원
work-assigned-to = 담당: { $name }
work-load-older = 이전 메시지 불러오기({ $count }개 더)
work-messages-with = { $name }님과의 메시지
work-delivery-received = 수신됨
work-delivery-sending = 보내는 중…
work-delivery-queued = 대기 중
work-delivery-sent = 보냄
work-delivery-delivered = 전달됨
work-delivery-failed = 전달 안 됨
work-send-again = 다시 보내기
work-reply-not-sent-forbidden = 보내지 못했습니다: 이 계정은 메시지를 보낼 권한이 없습니다. 슈퍼바이저에게 문의하세요.
work-reply-not-sent-gone = 보내지 못했습니다: 서버에서 이 대화를 더 이상 찾을 수 없습니다.
work-reply-not-sent-network = 보내지 못했습니다: 서버에 연결할 수 없습니다. 연결을 확인한 후 다시 시도하세요.
work-reply-not-sent-expired = 보내지 못했습니다: 세션이 만료되었습니다. 다시 로그인하세요.
work-reply-not-sent-other = 보내지 못했습니다: { $reason }.
work-discard = 버리기
work-reply = 답장
work-reply-to = { $name }님에게 답장
work-reply-to-placeholder = { $name }님에게 답장…
work-send = 보내기
work-reply-keys = Enter 보내기 · Shift+Enter 줄 바꿈 · / 입력
work-reply-length = { $chars }자 · SMS { $parts }건

## Quick replies

work-quick-replies = 빠른 답장
work-quick-replies-kept = 내 빠른 답장은 이 브라우저에 저장됩니다.
work-quick-reply-number-label = 빠른 답장 { $number }
work-quick-reply-remove-label = 빠른 답장 { $number } 삭제
work-quick-reply-add = 답장 추가
work-quick-replies-edit = 빠른 답장 편집
work-quick-reply-thanks = 문의해 주셔서 감사합니다! 지금 바로 확인해 드리겠습니다.
work-quick-reply-number = 계정 번호나 주문 번호를 알려 주시겠어요?
work-quick-reply-passed-on = 담당 팀에 전달했습니다. 영업일 기준 1일 이내에 연락드리겠습니다.
work-quick-reply-anything-else = 오늘 더 도와드릴 일이 있을까요?

## Contacts

work-contacts = 연락처
work-contact = 연락처
work-contacts-search = 연락처 검색
work-contacts-search-placeholder = 이름, 회사, 번호 또는 이메일
work-contacts-unreadable = 연락처를 읽지 못했습니다: { $reason }
work-contacts-reading = 연락처를 읽는 중…
work-contacts-no-match = 일치하는 연락처가 없습니다.
work-contact-first-name = 이름
work-contact-last-name = 성
work-contact-company = 회사
work-contact-job-title = 직함
work-contact-notes = 메모
work-contact-primary = (기본)
work-contact-not-saved = 저장하지 못했습니다: { $reason }
work-timeline = 타임라인
work-timeline-reading = 타임라인을 읽는 중…
work-timeline-empty = 기록이 없습니다.

## The call's case

work-case = 케이스
work-case-looking = 이 통화의 케이스를 찾는 중…
work-case-unreadable = 이 통화의 케이스를 읽지 못했습니다: { $reason }
work-case-open = 열림
work-case-closed = 종료됨({ $reason })
work-case-assign-me = 나에게 배정
work-case-attach-caller = 발신자 연결
work-case-close = 케이스 종료
work-case-no-notes = 아직 메모가 없습니다.
work-case-note-system = 시스템
work-case-note-agent = 상담원

## Wrap-up

work-wrap-up-left = { $time } 남음
work-wrap-up-until-done = 완료를 누를 때까지
work-wrap-up-extend = +30초(최대 { $max })
work-wrap-up-extend-hint = 30초 추가, 후처리는 모두 합해 최대 { $max }
work-wrap-up-note = 통화 메모
work-wrap-up-note-placeholder = 어떤 내용이었고 무엇을 합의했는지
work-wrap-up-close-case = 케이스 종료
work-wrap-up-then = 다음 상태
work-next-available = 대기 가능
work-next-away = 자리 비움
work-next-offline = 오프라인
work-wrap-up-done = 완료

## The note's progress after Done

work-note-not-sent = 보내지 못함: { $reason }
work-note-sent-case-not-closed = 보냄. 케이스는 종료되지 않았습니다: { $reason }
work-note-sent-to-contact = 보냄(연락처 메모에 추가됨)
work-note-sent = 보냄
work-note-sending = 보내는 중…
work-note-saved-no-target = 이 기기에 저장됨: 이 통화의 케이스나 연락처를 알 수 없습니다
work-note-saved-offline = 이 기기에 저장됨: 오프라인 상태이며 연결되면 보냅니다
work-note-saved-retrying = 이 기기에 저장됨: 서버가 받지 않아 { $count }초 후 다시 시도합니다
work-note-saved = 이 기기에 저장됨

## The selected call: its panel, controls and what they said

desk-close = 닫기
desk-phase-unknown = 알 수 없음
desk-call = 통화
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

## Transfer (opened from the selected call; the dialog is a chunk of its own)

desk-cancel = 취소
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

## What the contact editor and the case's actions could not do

desk-failed-create-contact = 연락처를 만들지 못했습니다.
desk-failed-save-contact = 연락처를 저장하지 못했습니다.
desk-failed-link-number = 번호를 연결하지 못했습니다.
desk-failed-attach-contact = 연락처를 연결하지 못했습니다.
desk-failed-assign-case = 케이스를 배정하지 못했습니다.
desk-failed-close-case = 케이스를 닫지 못했습니다.

## Asking for help on a call (in the selected call's panel)

team-help-reason-label = 도움이 필요한 이유(선택)
team-help-reason-placeholder = 이유(선택)
team-help-ask = 도움 요청
team-help-asking = 요청 중…
team-help-pending = 도움 요청됨: 슈퍼바이저를 기다리는 중…
team-help-taken = { $name }님이 대응 중입니다.
team-help-taken-unknown = 슈퍼바이저가 대응 중입니다.
team-help-closed = 도움 요청 종료: 통화가 끝났습니다.

## The help request as posted in the Help channel: the agent's words, one line each
## (the machine line after them is not translated)

team-help-line-agent = 🙋 { $agent }님이 통화 중 도움을 요청합니다
team-help-line-anonymous = 🙋 상담원이 통화 중 도움을 요청합니다
team-help-line-caller = 발신자: { $caller }
team-help-line-caller-unknown = 발신자: 알 수 없음
team-help-line-queue = 대기열: { $queue }
team-help-line-waited = 대기 시간: { $waited }
team-help-line-case = 상담 건: { $case }
team-help-line-listen = 모니터링: { $link }
team-help-line-reason = 이유: { $reason }
team-help-call-ended = 통화가 종료되었습니다.

## Why the server's answer to a sent reply could not be read (shell-error-decode's $detail)

shell-error-not-message = 응답이 대화 메시지가 아닙니다

# After-call work: wrap-up, case notes, messages, quick replies, contacts.

## Shared buttons

work-save = 저장
work-cancel = 취소
work-dismiss = 닫기
work-retry = 다시 시도
work-try-again = 다시 시도
work-remove = 삭제
work-edit = 편집
work-reload = 새로 고침

## Message threads

work-messages-title = 메시지
work-unread = 읽지 않음 { $count }개
work-messages-empty = 아직 메시지 대화가 없습니다. 배정된 고객의 문자가 여기에 표시됩니다.
work-conversations = 대화
work-threads-hint = J / K: 다음 또는 이전 대화
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

work-wrap-up = 후처리
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
work-wrap-up-time = 후처리 시간
work-wrap-up-seconds = 초, 응답한 통화마다 적용(0: 완료를 누를 때까지)
work-call-note = 통화 메모
work-notice-phone-unregistered = 계속 통화 중 상태이며 대기 가능으로 바꾸지 않았습니다: 전화가 등록되지 않아 발신자가 연결할 수 없습니다.

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

# Team talk: the Team panel (a chunk of its own; its button is in desk.ftl).

team-new-chat = 새 대화
team-new-group-button = 새 그룹
team-channels-button = 채널
team-close-panel = 팀 닫기
team-dismiss = 닫기
team-chat-list = 대화 목록
team-no-chats = 아직 대화가 없습니다. 팀원과 대화를 시작하거나 채널에 참여하세요.
team-pick-chat = 대화를 선택하세요.
team-you = 나
team-teammate = 팀원
team-direct-chat = 1:1 대화
team-chat-untitled = 대화

team-back-to-chat = ← 대화로 돌아가기
team-older-messages = 이전 메시지
team-offline-note = 오프라인: 보낸 메시지는 대기했다가 다시 연결되면 전송됩니다.
team-out-queued = 전송 대기 중…
team-out-sending = 전송 중…
team-out-failed = 전송되지 않았습니다. { $reason }
team-discard = 삭제
team-reply-placeholder = 스레드에 답장…
team-message-placeholder = 메시지…
team-input-label = 팀에 보낼 메시지
team-attach-file = 첨부
team-send-message = 보내기
team-deleted = 삭제된 메시지입니다.
team-react-with = { $emoji } 반응 남기기
team-reply-in-thread = 스레드로 답장
team-replies = 답장 { $count }개
team-attachment = 첨부 파일
team-attached-image = 첨부 이미지

team-chat-with-teammate = 팀원과 대화
team-reading-team = 팀원 목록을 불러오는 중…
team-group-name-label = 이름
team-create-group = 그룹 만들기
team-public-channels = 공개 채널
team-reading-channels = 채널 목록을 불러오는 중…
team-member-count = 멤버 { $count }명
team-open-channel = 열기
team-join-channel = 참여

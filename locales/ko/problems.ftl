# What Team talk or a help request could not do, and why: shown by the Team panel, the call's
# help request and the dashboard, so compiled into their chunks (src/i18n/pack.rs PARTS).

## What Team talk or a help request could not do, then why ($reason is one of the
## team-why- sentences): the Team panel, the call's help request and the dashboard's
team-file-too-big = 파일 크기가 { $size }MB입니다. { -brand }는 최대 { $max }MB까지 받습니다.
team-failed-read-chat = 대화를 불러오지 못했습니다. { $reason }
team-failed-read-older = 이전 메시지를 불러오지 못했습니다. { $reason }
team-failed-upload = 파일을 업로드하지 못했습니다. { $reason }
team-failed-react = 반응을 추가하지 못했습니다. { $reason }
team-failed-start-chat = 대화를 시작하지 못했습니다. { $reason }
team-failed-create-group = 그룹을 만들지 못했습니다. { $reason }
team-failed-read-channels = 채널 목록을 불러오지 못했습니다. { $reason }
team-failed-join-channel = 채널에 참여하지 못했습니다. { $reason }
team-failed-open-help = Help 채널을 열 수 없습니다. { $reason }
team-failed-ask-help = 도움을 요청하지 못했습니다. { $reason }
team-failed-take-request = 요청을 맡지 못했습니다. { $reason }
team-failed-say-ended = 통화 종료를 알리지 못했습니다. { $reason }
team-why-network = 서버에 연결할 수 없습니다. 연결을 확인하고 다시 시도하세요.
team-why-session = 세션이 만료되었습니다. 다시 로그인하세요.
team-why-forbidden = 이 계정에는 이 작업을 할 권한이 없습니다.
team-why-not-found = 서버에서 찾을 수 없습니다(삭제되었을 수 있습니다).
team-why-status = 서버 응답 { $code }: { $detail }
team-why-decode = 서버 응답을 읽을 수 없습니다.

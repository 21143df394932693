# 로그인.

page-signin-expired = 세션이 종료되었습니다. 다시 로그인하면 하던 작업을 이어서 할 수 있습니다.
page-signin-server = 서버
page-signin-server-placeholder = 이 사이트(로컬 스탠드인) 또는 https://api.voipbin.net
page-signin-phone-server = 전화 서버
page-signin-phone-server-placeholder = 이 사이트의 /sip(로컬 스탠드인) 또는 wss://sip.example.com
page-signin-no-softphone = 이 브라우저로 받지 않음: 데스크 전화나 다른 소프트폰으로 수신
page-signin-method = 로그인 방법
page-signin-password = 비밀번호
page-signin-token = 토큰
page-signin-access-key = 액세스 키
page-signin-username = 사용자 이름
page-signin-busy = 로그인 중…
page-signin-submit = 로그인
page-signin-demo-hint = 로컬 스탠드인: admin@demo, manager@demo, agent1@demo … agent8@demo, 비밀번호 demo.
page-signin-phone-server-invalid = 전화 서버: "{ $address }"은(는) wss:// 또는 ws:// 주소나 경로가 아닙니다.
page-signin-nothing-pasted = 먼저 토큰이나 액세스 키를 붙여 넣으세요.
page-signin-unauthorized = 사용자 이름 또는 비밀번호가 틀렸거나 토큰이 만료되었습니다.
page-signin-unreachable = 서버에 연결할 수 없습니다. 주소와 네트워크 연결을 확인하세요.
page-signin-forbidden = 서버가 로그인을 거부했습니다(403 Forbidden{ $detail }).
page-signin-not-found = 이 서버는 로그인을 제공하지 않습니다(404{ $detail }). 주소를 확인하세요.
page-signin-server-error = 로그인할 수 없습니다. 서버 오류 { $code }{ $detail }.
page-signin-unexpected = 로그인할 수 없습니다. 서버에서 예상치 못한 응답이 왔습니다({ $reason }).

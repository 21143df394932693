# 登录。

page-signin-expired = 您的会话已结束。重新登录即可从中断处继续。
page-signin-server = 服务器
page-signin-server-placeholder = 本站（本地模拟服务）或 https://api.voipbin.net
page-signin-phone-server = 电话服务器
page-signin-phone-server-placeholder = 本站的 /sip（本地模拟服务）或 wss://sip.example.com
page-signin-no-softphone = 不用本机接听：来电转到座机或其他软电话
page-signin-method = 登录方式
page-signin-password = 密码
page-signin-token = 令牌
page-signin-access-key = 访问密钥
page-signin-username = 用户名
page-signin-busy = 正在登录…
page-signin-submit = 登录
page-signin-demo-hint = 本地模拟服务：admin@demo、manager@demo、agent1@demo … agent8@demo，密码 demo。
page-signin-phone-server-invalid = 电话服务器：“{ $address }”不是 wss:// 或 ws:// 地址，也不是路径。
page-signin-nothing-pasted = 请先粘贴令牌或访问密钥。
page-signin-unauthorized = 用户名或密码错误，或令牌已过期。
page-signin-unreachable = 无法连接服务器。请检查地址和网络连接。
page-signin-forbidden = 服务器拒绝了登录（403 Forbidden{ $detail }）。
page-signin-not-found = 此服务器不提供登录（404{ $detail }）。请检查地址。
page-signin-server-error = 无法登录：服务器错误 { $code }{ $detail }。
page-signin-unexpected = 无法登录：服务器返回了意外的响应（{ $reason }）。

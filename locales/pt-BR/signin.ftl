# Entrada.

page-signin-expired = Sua sessão terminou. Entre novamente para continuar de onde parou.
page-signin-server = Servidor
page-signin-server-placeholder = este site (simulador local) ou https://api.voipbin.net
page-signin-phone-server = Servidor de telefonia
page-signin-phone-server-placeholder = /sip deste site (simulador local) ou wss://sip.example.com
page-signin-no-softphone = Não é meu telefone: as chamadas tocam no meu telefone de mesa ou em outro softphone
page-signin-method = Entrar com
page-signin-password = Senha
page-signin-token = Token
page-signin-access-key = Chave de acesso
page-signin-username = Usuário
page-signin-busy = Entrando…
page-signin-submit = Entrar
page-signin-demo-hint = Simulador local: admin@demo, manager@demo, agent1@demo … agent8@demo, senha demo.
page-signin-phone-server-invalid = Servidor de telefonia: "{ $address }" não é um endereço wss:// ou ws:// nem um caminho.
page-signin-nothing-pasted = Cole um token ou uma chave de acesso primeiro.
page-signin-unauthorized = Usuário ou senha incorretos, ou o token expirou.
page-signin-unreachable = Não é possível acessar o servidor. Verifique o endereço e sua conexão.
page-signin-forbidden = O servidor recusou sua entrada (403 Forbidden{ $detail }).
page-signin-not-found = Este servidor não oferece entrada (404{ $detail }). Verifique o endereço.
page-signin-server-error = Não foi possível entrar: erro do servidor { $code }{ $detail }.
page-signin-unexpected = Não foi possível entrar: resposta inesperada do servidor ({ $reason }).

# What Team talk or a help request could not do, and why: shown by the Team panel, the call's
# help request and the dashboard, so compiled into their chunks (src/i18n/pack.rs PARTS).

## What Team talk or a help request could not do, then why ($reason is one of the
## team-why- sentences): the Team panel, the call's help request and the dashboard's
team-file-too-big = O arquivo tem { $size } MB; o { -brand } aceita no máximo { $max } MB.
team-failed-read-chat = Não foi possível ler o chat. { $reason }
team-failed-read-older = Não foi possível ler as mensagens anteriores. { $reason }
team-failed-upload = Não foi possível enviar o arquivo. { $reason }
team-failed-react = Não foi possível adicionar a reação. { $reason }
team-failed-start-chat = Não foi possível iniciar o chat. { $reason }
team-failed-create-group = Não foi possível criar o grupo. { $reason }
team-failed-read-channels = Não foi possível ler os canais. { $reason }
team-failed-join-channel = Não foi possível entrar no canal. { $reason }
team-failed-open-help = Não é possível abrir o canal Help. { $reason }
team-failed-ask-help = Não foi possível pedir ajuda. { $reason }
team-failed-take-request = Não foi possível assumir o pedido. { $reason }
team-failed-say-ended = Não foi possível avisar que a chamada terminou. { $reason }
team-why-network = Não foi possível conectar ao servidor. Verifique a conexão e tente de novo.
team-why-session = Sua sessão expirou. Entre novamente.
team-why-forbidden = Sua conta não tem permissão para isso.
team-why-not-found = O servidor não o encontra (pode ter sido removido).
team-why-status = O servidor respondeu { $code }: { $detail }
team-why-decode = Não foi possível ler a resposta do servidor.

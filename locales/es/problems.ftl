# What Team talk or a help request could not do, and why: shown by the Team panel, the call's
# help request and the dashboard, so compiled into their chunks (src/i18n/pack.rs PARTS).

## What Team talk or a help request could not do, then why ($reason is one of the
## team-why- sentences): the Team panel, the call's help request and the dashboard's
team-file-too-big = El archivo ocupa { $size } MB; { -brand } admite como máximo { $max } MB.
team-failed-read-chat = No se pudo leer el chat. { $reason }
team-failed-read-older = No se pudieron leer los mensajes anteriores. { $reason }
team-failed-upload = No se pudo subir el archivo. { $reason }
team-failed-react = No se pudo añadir la reacción. { $reason }
team-failed-start-chat = No se pudo iniciar el chat. { $reason }
team-failed-create-group = No se pudo crear el grupo. { $reason }
team-failed-read-channels = No se pudieron leer los canales. { $reason }
team-failed-join-channel = No se pudo unir al canal. { $reason }
team-failed-open-help = No se puede abrir el canal Help. { $reason }
team-failed-ask-help = No se pudo pedir ayuda. { $reason }
team-failed-take-request = No se pudo atender la solicitud. { $reason }
team-failed-say-ended = No se pudo avisar de que la llamada terminó. { $reason }
team-why-network = No se puede conectar con el servidor. Compruebe la conexión e inténtelo de nuevo.
team-why-session = La sesión ha caducado. Inicie sesión de nuevo.
team-why-forbidden = Su cuenta no tiene permiso para hacerlo.
team-why-not-found = El servidor no lo encuentra (puede que se haya eliminado).
team-why-status = El servidor respondió { $code }: { $detail }
team-why-decode = No se pudo leer la respuesta del servidor.

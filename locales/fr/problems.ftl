# What Team talk or a help request could not do, and why: shown by the Team panel, the call's
# help request and the dashboard, so compiled into their chunks (src/i18n/pack.rs PARTS).

## What Team talk or a help request could not do, then why ($reason is one of the
## team-why- sentences): the Team panel, the call's help request and the dashboard's
team-file-too-big = Le fichier fait { $size } Mo ; { -brand } accepte au plus { $max } Mo.
team-failed-read-chat = Impossible de lire la discussion. { $reason }
team-failed-read-older = Impossible de lire les messages plus anciens. { $reason }
team-failed-upload = Impossible d'envoyer le fichier. { $reason }
team-failed-react = Impossible d'ajouter la réaction. { $reason }
team-failed-start-chat = Impossible de démarrer la discussion. { $reason }
team-failed-create-group = Impossible de créer le groupe. { $reason }
team-failed-read-channels = Impossible de lire les canaux. { $reason }
team-failed-join-channel = Impossible de rejoindre le canal. { $reason }
team-failed-open-help = Impossible d'ouvrir le canal Help. { $reason }
team-failed-ask-help = Impossible de demander de l'aide. { $reason }
team-failed-take-request = Impossible de prendre en charge la demande. { $reason }
team-failed-say-ended = Impossible de signaler la fin de l'appel. { $reason }
team-why-network = Le serveur est injoignable. Vérifiez la connexion et réessayez.
team-why-session = Votre session a expiré. Reconnectez-vous.
team-why-forbidden = Votre compte n'a pas l'autorisation de le faire.
team-why-not-found = Le serveur ne le trouve pas (il a peut-être été supprimé).
team-why-status = Le serveur a répondu { $code } : { $detail }
team-why-decode = La réponse du serveur est illisible.

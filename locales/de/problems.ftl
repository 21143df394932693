# What Team talk or a help request could not do, and why: shown by the Team panel, the call's
# help request and the dashboard, so compiled into their chunks (src/i18n/pack.rs PARTS).

## What Team talk or a help request could not do, then why ($reason is one of the
## team-why- sentences): the Team panel, the call's help request and the dashboard's
team-file-too-big = Die Datei hat { $size } MB; { -brand } nimmt höchstens { $max } MB an.
team-failed-read-chat = Der Chat konnte nicht geladen werden. { $reason }
team-failed-read-older = Ältere Nachrichten konnten nicht geladen werden. { $reason }
team-failed-upload = Die Datei konnte nicht hochgeladen werden. { $reason }
team-failed-react = Die Reaktion konnte nicht hinzugefügt werden. { $reason }
team-failed-start-chat = Der Chat konnte nicht gestartet werden. { $reason }
team-failed-create-group = Die Gruppe konnte nicht erstellt werden. { $reason }
team-failed-read-channels = Die Kanäle konnten nicht geladen werden. { $reason }
team-failed-join-channel = Dem Kanal konnte nicht beigetreten werden. { $reason }
team-failed-open-help = Der Help-Kanal lässt sich nicht öffnen. { $reason }
team-failed-ask-help = Hilfe konnte nicht angefordert werden. { $reason }
team-failed-take-request = Die Anfrage konnte nicht übernommen werden. { $reason }
team-failed-say-ended = Das Ende des Anrufs konnte nicht gemeldet werden. { $reason }
team-why-network = Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.
team-why-session = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.
team-why-forbidden = Ihr Konto hat dafür keine Berechtigung.
team-why-not-found = Der Server kennt es nicht (es wurde vielleicht entfernt).
team-why-status = Der Server antwortete { $code }: { $detail }
team-why-decode = Die Antwort des Servers war nicht lesbar.

# What Team talk or a help request could not do, and why: shown by the Team panel, the call's
# help request and the dashboard, so compiled into their chunks (src/i18n/pack.rs PARTS).

## What Team talk or a help request could not do, then why ($reason is one of the
## team-why- sentences): the Team panel, the call's help request and the dashboard's
team-file-too-big = The file is { $size } MB; { -brand } takes at most { $max } MB.
team-failed-read-chat = Could not read the chat. { $reason }
team-failed-read-older = Could not read older messages. { $reason }
team-failed-upload = Could not upload the file. { $reason }
team-failed-react = Could not add the reaction. { $reason }
team-failed-start-chat = Could not start the chat. { $reason }
team-failed-create-group = Could not create the group. { $reason }
team-failed-read-channels = Could not read the channels. { $reason }
team-failed-join-channel = Could not join the channel. { $reason }
team-failed-open-help = Cannot open the Help channel. { $reason }
team-failed-ask-help = Could not ask for help. { $reason }
team-failed-take-request = Could not take the request. { $reason }
team-failed-say-ended = Could not say the call ended. { $reason }
team-why-network = The server cannot be reached. Check the connection and try again.
team-why-session = Your session has expired. Sign in again.
team-why-forbidden = Your account is not allowed to do this.
team-why-not-found = The server does not know it (it may have been removed).
# $code is the HTTP status, $detail what the server said (shown as it is).
team-why-status = The server answered { $code }: { $detail }
team-why-decode = The server's answer could not be read.

# Team talk and asking for help.

## The Team button, its panel and notifications

team-name = Team
team-unread-count = { $count ->
    [one] { $count } unread
   *[other] { $count } unread
}
team-notify-title = Team · { $chat }
team-notify-untitled = Team message
team-opening = Opening Team…
team-load-failed-text = Team did not arrive (network or server); the desk keeps running.
team-retry-load = Try again
team-new-chat = New chat
team-new-group-button = New group
team-channels-button = Channels
team-close-panel = Close Team
team-dismiss = Dismiss
team-chat-list = Chats
team-no-chats = No chats yet: start one with a teammate, or join a channel.
team-pick-chat = Pick a chat.
team-you = You
team-teammate = Teammate
team-direct-chat = Direct chat
team-chat-untitled = Chat

## The open chat

team-back-to-chat = ← Back to the chat
team-older-messages = Older messages
team-offline-note = Offline: what you send waits and goes out when the desk is back online.
team-out-queued = Waiting to send…
team-out-sending = Sending…
team-out-failed = Not sent. { $reason }
team-discard = Discard
team-reply-placeholder = Reply in the thread…
team-message-placeholder = Message…
team-input-label = Message to the team
team-attach-file = Attach
team-send-message = Send
team-deleted = This message was deleted.
team-react-with = React { $emoji }
team-reply-in-thread = Reply in thread
team-replies = { $count ->
    [one] { $count } reply
   *[other] { $count } replies
}
team-attachment = Attachment
team-attached-image = Attached image
team-file-too-big = The file is { $size } MB; { -brand } takes at most { $max } MB.

## Starting a chat

team-chat-with-teammate = Chat with a teammate
team-reading-team = Reading the team…
team-group-name-label = Name
team-create-group = Create group
team-public-channels = Public channels
team-reading-channels = Reading the channels…
team-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
team-open-channel = Open
team-join-channel = Join

## What could not be done, then why ($reason is one of the team-why- sentences)

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

## Asking for help on a call (the desk)

team-help-reason-label = Why you need help (optional)
team-help-reason-placeholder = Why (optional)
team-help-ask = Ask for help
team-help-asking = Asking…
team-help-pending = Help requested: waiting for a supervisor…
team-help-taken = { $name } is on it.
team-help-taken-unknown = A supervisor is on it.
team-help-closed = Help request closed: the call ended.

## The help request as posted in the Help channel: the agent's words, one line each
## (the machine line after them is not translated)

team-help-line-agent = 🙋 { $agent } asks for help on a call
team-help-line-anonymous = 🙋 An agent asks for help on a call
team-help-line-caller = Caller: { $caller }
team-help-line-caller-unknown = Caller: unknown
team-help-line-queue = Queue: { $queue }
team-help-line-waited = Waited: { $waited }
team-help-line-case = Case: { $case }
team-help-line-listen = Listen: { $link }
team-help-line-reason = Reason: { $reason }
team-help-on-it-name = On it: { $name }
team-help-on-it = On it: a supervisor
team-help-call-ended = The call ended.

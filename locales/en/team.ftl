# Team talk: the Team panel (a chunk of its own; its button is in desk.ftl).

## The Team panel

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

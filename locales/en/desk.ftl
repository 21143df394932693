# The agent's desk as the first load draws it: the frame, the queue alert, the list of
# calls, the customer beside the call, the screen-pop, Team's button, the list of threads
# and wrap-up's indicator. What the call-work chunk shows is in work.ftl.

## The desk's frame
desk-title = Agent desk
desk-phone = Phone
desk-loading = Loading…
desk-try-again = Try again
desk-part-load-failed = This part of the desk did not arrive (network or server); your calls, notes and messages are safe.
desk-edit = Edit

## Why an action failed: a "Could not …" sentence, then one of these
desk-error-forbidden = Your account is not allowed to do this (VoIPBIN gives call controls to admins and managers). Use your phone, or ask a supervisor.
desk-error-not-found = The server does not know this call any more (it may have ended).
desk-error-network = The server cannot be reached. Check the connection and try again.
desk-error-session = Your session has expired. Sign in again.

## Queue alert
desk-alerts-none = No callers waiting for you
desk-alerts-waiting = { $count ->
    [one] { $count } caller waiting
   *[other] { $count } callers waiting
}
desk-title-call = Call: { $caller }
desk-title-waiting = { $count ->
    [one] { $count } caller waiting
   *[other] { $count } callers waiting
}
desk-alert-gone = { $caller } is no longer waiting.
desk-announce-ringing = Call ringing for you from { $caller }. Press A to accept, X to dismiss.
desk-announce-waiting-in = { $caller } is waiting in { $queue }. Press A to accept, X to dismiss.
desk-announce-waiting = { $caller } is waiting. Press A to accept, X to dismiss.
desk-notify-ringing = Call ringing for you
desk-notify-waiting = Caller waiting
desk-ring-sound-hint = Ring tone for incoming callers
desk-ring-sound-on = Ring sound on
desk-ring-sound-off = Ring sound off
desk-watch-all = Alert me for callers in every queue
desk-incoming-callers = Incoming callers
desk-ringing-for-you = Ringing for you
desk-ringing-for-you-in = Ringing for you · { $queue }
desk-waiting = Waiting in a queue
desk-waiting-at = Waiting in a queue · position { $position }
desk-waiting-in = Waiting in { $queue }
desk-waiting-in-at = Waiting in { $queue } · position { $position }
desk-alert-waited = waiting
desk-accept = Accept
desk-dismiss = Dismiss
desk-dismiss-hint = Hide this alert on this desk (the call itself is not declined)
desk-accept-working = Making you available…
desk-accept-how-ringing-on = Ringing on { $address }. VoIPBIN has no answer button: pick up on your phone or softphone. Accept silences this alert.
desk-accept-how-ringing = Ringing on your phone. VoIPBIN has no answer button: pick up on your phone or softphone. Accept silences this alert.
desk-accept-how-queue = Accept makes you available, so the queue can ring this caller through to your phone.
desk-accept-how-floor = You do not serve this queue: VoIPBIN routes the caller to its agents.
desk-accepted-ringing = Pick up on your phone or softphone now. This alert closes the moment you are connected.
desk-accepted-available = You are available: when the queue routes this caller to you, your phone rings. Answer there.
desk-accepted-now-available = You are now available: the queue can ring this caller through to your phone. Answer there.
desk-failed-available = Could not make you available.

## Desktop notifications
desk-notify-region = Desktop notifications
desk-notify-offer = Get a desktop notification when a caller is waiting while this tab is in the background?
desk-notify-enable = Turn on notifications
desk-notify-later = Not now

## The agent's calls: the list (the selected call is in work.ftl)
desk-my-calls = My calls
desk-calls-count = calls
desk-no-calls = No calls right now. A caller routed to you shows at the top of the desk; once you pick up on your phone, the call appears here.
desk-on-the-floor = On the floor
desk-on-the-floor-hint = Calls other agents are on. Open one to follow its transcript and step in.
desk-another-agent = another agent
desk-phase-ringing = Ringing
desk-phase-connected = Connected
desk-phase-ending = Ending…
desk-phase-ended = Ended
desk-inbound = inbound
desk-outbound = outbound

## The customer beside the call
desk-customer = Customer
desk-customer-empty = Select a call to see who is on the line, their earlier calls and messages.
desk-unknown-caller = Unknown caller
desk-earlier-calls = Earlier calls
desk-no-earlier-calls = No earlier calls with this number on record.
desk-conversations = Conversations
desk-no-threads = No message threads with this number.
desk-open-thread-with = Open thread with { $name }
desk-text-messages = Text messages
desk-no-text-messages = No text messages with this number on record.
desk-sms-from-them = From them
desk-sms-to-them = To them
desk-call-ended-reason = ended ({ $reason })

## Who is calling (screen-pop)
desk-caller = Caller
desk-looking-up = Looking up { $number }…
desk-lookup-failed = Could not look the caller up: { $detail }
desk-tags = Tags
desk-open-cases = Open cases
desk-no-open-case = No open case.
desk-last-interactions = Last interactions
desk-nothing-on-record = Nothing on record.
desk-no-number = No number
desk-not-in-contacts = Not in your contacts
desk-create-contact = Create contact
desk-link-contact = Link to a contact
desk-case-from = Case from { $number }
desk-interaction-call = Call
desk-interaction-call-in = Call in
desk-interaction-call-out = Call out
desk-interaction-message = Message
desk-interaction-message-in = Message in
desk-interaction-message-out = Message out
desk-interaction-conversation = Conversation
desk-interaction-conversation-in = Conversation in
desk-interaction-conversation-out = Conversation out

## Team talk: the button in the top bar, its notifications, the panel while it loads
## (the panel's own words are in team.ftl)
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

## Message threads: the list (the open thread's words are in work.ftl)
work-messages-title = Messages
work-unread = { $count ->
    [one] { $count } unread
   *[other] { $count } unread
}
work-messages-empty = No message threads yet. Texts from customers assigned to you appear here.
work-conversations = Conversations
work-threads-hint = J / K: next or previous thread

## Wrap-up on the desk: the header's indicator, the agent's wrap-up time, notices
## (the wrap-up card's words are in work.ftl)
work-dismiss = Dismiss
work-wrap-up = Wrap-up
work-wrap-up-time = Wrap-up time
work-wrap-up-seconds = seconds after each answered call (0: until you press Done)
work-call-note = Call note
work-notice-phone-unregistered = Still busy, not set available: your phone is not registered, so callers cannot reach you.

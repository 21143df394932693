# The agent's desk: queue alert, ringing, the call, wrap-up, messages, contacts.

## The desk's frame
desk-title = Agent desk
desk-phone = Phone
desk-loading = Loading…
desk-try-again = Try again
desk-part-load-failed = This part of the desk did not arrive (network or server); your calls, notes and messages are safe.
desk-cancel = Cancel
desk-close = Close
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

## The agent's calls
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
desk-phase-unknown = Unknown
desk-call = Call
desk-inbound = inbound
desk-outbound = outbound
desk-via-queue = via { $queue }
desk-handled-by = Handled by { $name }
desk-call-time = Call time
desk-phone-controls-hint = Talk, mute, hold, keypad and hang up with the phone above. Transfers and recording are for supervisors.
desk-call-controls = Call controls
desk-mute = Mute
desk-unmute = Unmute
desk-hold = Hold
desk-resume = Resume
desk-record = Record
desk-stop-recording = Stop recording
desk-transfer = Transfer
desk-voicemail = Voicemail
desk-hang-up = Hang up
desk-voicemail-why = Voicemail: VoIPBIN's API has no send-to-voicemail operation; transfer to a voicemail number instead.
desk-hangup-again = Press H again to hang up.
desk-ended-transferred = You are off this call (transferred). Its recording and transcript stay here for wrap-up.
desk-ended-by-caller = Call ended by the caller. It stays here for wrap-up for two minutes.
desk-ended-by-us = Call ended from this side. It stays here for wrap-up for two minutes.
desk-ended = Call ended. It stays here for wrap-up for two minutes.
desk-op-hangup-progress = Hanging up…
desk-op-mute-progress = Muting…
desk-op-unmute-progress = Unmuting…
desk-op-hold-progress = Putting on hold…
desk-op-resume-progress = Resuming…
desk-op-record-progress = Starting recording…
desk-op-stop-record-progress = Stopping recording…
desk-op-hangup-sent = Done: hang up. Waiting for VoIPBIN to confirm…
desk-op-mute-sent = Done: mute. Waiting for VoIPBIN to confirm…
desk-op-unmute-sent = Done: unmute. Waiting for VoIPBIN to confirm…
desk-op-record-sent = Done: start recording. Waiting for VoIPBIN to confirm…
desk-op-stop-record-sent = Done: stop recording. Waiting for VoIPBIN to confirm…
desk-op-hangup-failed = Could not hang up.
desk-op-mute-failed = Could not mute.
desk-op-unmute-failed = Could not unmute.
desk-op-hold-failed = Could not put the call on hold.
desk-op-resume-failed = Could not resume the call.
desk-op-record-failed = Could not start recording.
desk-op-stop-record-failed = Could not stop recording.

## Transcript and recordings
desk-transcript-title = Live transcript
desk-transcript = Transcript
desk-transcript-supervisors-only = Supervisors only
desk-transcript-live = Live
desk-transcript-finished = Finished
desk-transcript-not-started = Not started
desk-transcript-waiting = Waiting for VoIPBIN to transcribe this call…
desk-transcript-not-for-agents = VoIPBIN sends live transcripts to admin and manager accounts only (its transcript events name no agent), so this account cannot show them.
desk-speaker-you = You
desk-speaker-agent = Agent
desk-speaker-caller = Caller
desk-recordings = Recordings
desk-recording-ready = Recording ready · { $length } · { $format }
desk-recording-ready-audio = Recording ready · { $length } · audio
desk-recording-open = Play or download
desk-recording-open-hint = Opens VoIPBIN's recording file in a new tab
desk-recording-since = Recording since { $time }

## Transfer
desk-transfer-opening = Opening the transfer…
desk-transfer-load-failed = The transfer dialog did not arrive (network or server); the call goes on.
desk-transfer-title = Transfer this call
desk-transfer-how = How
desk-transfer-blind = Blind — hand over now
desk-transfer-attended = Attended — talk to them first
desk-transfer-no-agents = No agent list on this account (VoIPBIN lists agents to admins and managers): type an extension or number.
desk-transfer-to-agent = To an agent
desk-transfer-choose-agent = Choose an agent…
desk-transfer-to-number = Or a number, extension or SIP address
desk-transfer-number-example = +15550100200, 2003 or sip:name@host
desk-transferring = Transferring…
desk-transfer-pick = Pick an agent or type a number.
desk-transferred-blind = Transferred: { $name } is ringing. You are off the call.
desk-transferred-attended = Consulting { $name }: the caller is connected once they accept.
desk-failed-transfer = Could not transfer.
desk-agent-available = available
desk-agent-away = away
desk-agent-busy = busy
desk-agent-offline = offline
desk-agent-ringing = ringing
desk-agent-unknown = unknown
desk-destination-empty = Type a number, extension or SIP address.
desk-destination-bad-sip = Not a valid SIP address (name@host).
desk-destination-bad-length = A phone number needs + and 8 to 15 digits, e.g. +15550100200.
desk-destination-no-plus = Start a phone number with + and the country code, e.g. +15550100200.
desk-destination-unknown = Not a phone number, extension or SIP address.

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
desk-failed-create-contact = Could not create the contact.
desk-failed-save-contact = Could not save the contact.
desk-failed-link-number = Could not link the number.
desk-failed-attach-contact = Could not attach the contact.
desk-failed-assign-case = Could not assign the case.
desk-failed-close-case = Could not close the case.

# The call-work chunk (also the contacts page and the transfer dialog): the selected call,
# its transcript, transfer and help request, the contact editor, the call's case, the
# wrap-up card and the note's progress, the open message thread, quick replies, contacts.

## Shared buttons

work-save = Save
work-cancel = Cancel
work-retry = Retry
work-try-again = Try again
work-remove = Remove
work-edit = Edit
work-reload = Reload

## Message threads

work-peer-unknown = Unknown
work-assigned-to-another-agent = Assigned to another agent
work-assigned-to = Assigned to { $name }
work-load-older = { $count ->
    [one] Load older messages ({ $count } more)
   *[other] Load older messages ({ $count } more)
}
work-messages-with = Messages with { $name }
work-delivery-received = Received
work-delivery-sending = Sending…
work-delivery-queued = Queued
work-delivery-sent = Sent
work-delivery-delivered = Delivered
work-delivery-failed = Not delivered
work-send-again = Send again
work-reply-not-sent-forbidden = Not sent: your account is not allowed to send messages. Ask a supervisor.
work-reply-not-sent-gone = Not sent: the server does not know this conversation any more.
work-reply-not-sent-network = Not sent: the server cannot be reached. Check the connection and try again.
work-reply-not-sent-expired = Not sent: your session has expired. Sign in again.
work-reply-not-sent-other = Not sent: { $reason }.
work-discard = Discard
work-reply = Reply
work-reply-to = Reply to { $name }
work-reply-to-placeholder = Reply to { $name }…
work-send = Send
work-reply-keys = Enter sends · Shift+Enter new line · / to write
work-reply-length = { $chars ->
    [one] { $chars } character · { $parts } SMS
   *[other] { $chars } characters · { $parts } SMS
}

## Quick replies

work-quick-replies = Quick replies
work-quick-replies-kept = Your quick replies, kept in this browser.
work-quick-reply-number-label = Quick reply { $number }
work-quick-reply-remove-label = Remove quick reply { $number }
work-quick-reply-add = Add a reply
work-quick-replies-edit = Edit quick replies
work-quick-reply-thanks = Thanks for reaching out! I'm looking into this for you now.
work-quick-reply-number = Could you send me your account or order number, please?
work-quick-reply-passed-on = I've passed this to the right team; you'll hear back within one business day.
work-quick-reply-anything-else = Is there anything else I can help you with today?

## Contacts

work-contacts = Contacts
work-contact = Contact
work-contacts-search = Search contacts
work-contacts-search-placeholder = Name, company, number or email
work-contacts-unreadable = Could not read the contacts: { $reason }
work-contacts-reading = Reading contacts…
work-contacts-no-match = No contact matches.
work-contact-first-name = First name
work-contact-last-name = Last name
work-contact-company = Company
work-contact-job-title = Job title
work-contact-notes = Notes
work-contact-primary = (primary)
work-contact-not-saved = Could not save: { $reason }
work-timeline = Timeline
work-timeline-reading = Reading the timeline…
work-timeline-empty = Nothing on record.

## The call's case

work-case = Case
work-case-looking = Looking for this call's case…
work-case-unreadable = Could not read this call's case: { $reason }
work-case-open = Open
work-case-closed = Closed ({ $reason })
work-case-assign-me = Assign to me
work-case-attach-caller = Attach the caller
work-case-close = Close case
work-case-no-notes = No notes yet.
work-case-note-system = System
work-case-note-agent = Agent

## Wrap-up

work-wrap-up-left = { $time } left
work-wrap-up-until-done = until you press Done
work-wrap-up-extend = +30 s (max { $max })
work-wrap-up-extend-hint = Adds 30 s, up to { $max } of wrap-up in all
work-wrap-up-note = Note about the call
work-wrap-up-note-placeholder = What was it about, what was agreed
work-wrap-up-close-case = Close the case
work-wrap-up-then = Then
work-next-available = Available
work-next-away = Away
work-next-offline = Offline
work-wrap-up-done = Done

## The note's progress after Done

work-note-not-sent = not sent: { $reason }
work-note-sent-case-not-closed = sent; the case was not closed: { $reason }
work-note-sent-to-contact = sent (added to the contact's notes)
work-note-sent = sent
work-note-sending = sending…
work-note-saved-no-target = saved on this device: no case or contact is known for this call
work-note-saved-offline = saved on this device: offline, sent when the connection is back
work-note-saved-retrying = { $count ->
    [one] saved on this device: the server did not take it, trying again in { $count } s
   *[other] saved on this device: the server did not take it, trying again in { $count } s
}
work-note-saved = saved on this device

## The selected call: its panel, controls and what they said

desk-close = Close
desk-phase-unknown = Unknown
desk-call = Call
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

## Transfer (opened from the selected call; the dialog is a chunk of its own)

desk-cancel = Cancel
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

## What the contact editor and the case's actions could not do

desk-failed-create-contact = Could not create the contact.
desk-failed-save-contact = Could not save the contact.
desk-failed-link-number = Could not link the number.
desk-failed-attach-contact = Could not attach the contact.
desk-failed-assign-case = Could not assign the case.
desk-failed-close-case = Could not close the case.

## Asking for help on a call (in the selected call's panel)

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
team-help-call-ended = The call ended.

## Why the server's answer to a sent reply could not be read (shell-error-decode's $detail)

shell-error-not-message = the answer is not a conversation message

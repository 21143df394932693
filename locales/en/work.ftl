# After-call work: wrap-up, case notes, messages, quick replies, contacts.

## Shared buttons

work-save = Save
work-cancel = Cancel
work-dismiss = Dismiss
work-retry = Retry
work-try-again = Try again
work-remove = Remove
work-edit = Edit
work-reload = Reload

## Message threads

work-messages-title = Messages
work-unread = { $count ->
    [one] { $count } unread
   *[other] { $count } unread
}
work-messages-empty = No message threads yet. Texts from customers assigned to you appear here.
work-conversations = Conversations
work-threads-hint = J / K: next or previous thread
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

work-wrap-up = Wrap-up
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
work-wrap-up-time = Wrap-up time
work-wrap-up-seconds = seconds after each answered call (0: until you press Done)
work-call-note = Call note
work-notice-phone-unregistered = Still busy, not set available: your phone is not registered, so callers cannot reach you.

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

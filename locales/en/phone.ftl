# The phone: registration, devices, dial pad, calls.

## Why the phone is not registered, or has no phone (shown beside the phone status)
phone-signed-out-of-server = signed out of the phone server
phone-wrong-password = the phone server refused this extension's password
phone-forbidden = the phone server does not allow this extension here
phone-server-silent = the phone server did not answer
phone-registration-refused = the phone server refused the registration ({ $status } { $reason })
phone-server-unreachable = the phone server cannot be reached; trying again in { $seconds } s
phone-extension-unreadable = this agent's extension could not be read ({ $error })
phone-no-extension = this agent has no extension: an admin can add one to the agent's addresses
phone-turned-off = turned off at sign-in: calls ring your other phone
phone-server-not-set = no phone server is set: sign in again with your installation's wss:// SIP address
phone-server-invalid = the phone server "{ $server }" is not a wss:// or ws:// address or a path
phone-not-registered-blocks = your phone is not registered ({ $why }), so callers cannot reach you

## Problems with calls, media and devices
phone-hold-refused = the phone server refused to hold or resume the call ({ $status })
phone-cannot-dial-unregistered = the phone is not registered: calls cannot be placed now
phone-finish-call-first = finish the current call before placing another
phone-audio-failed = the call's audio could not be set up ({ $detail })
phone-mic-refused = the browser was not allowed to use the microphone: allow it in the address bar's site settings, then try again
phone-mic-missing = no microphone was found: plug in a headset, then try again
phone-mic-busy = the microphone is in use by another program or cannot be opened
phone-mic-unsupported = this browser cannot use a microphone here (the desk needs https or localhost)
phone-mic-failed = the microphone could not be opened
phone-device-unnamed = Device { $number }

## Why a call ended
phone-ended-you = You hung up
phone-ended-other-side = The other side hung up
phone-ended-caller-gone = The caller is gone (hung up, or answered elsewhere)
phone-ended-declined = Declined
phone-ended-busy = Busy
phone-ended-not-found = No such number or extension
phone-ended-refused = Refused ({ $status } { $reason })
phone-ended-timeout = No answer from the phone server
phone-ended-transport-lost = The connection to the phone server was lost

## Call quality
phone-quality-no-audio = no audio is arriving from the caller
phone-quality-loss = { $percent }% of the caller's audio is being lost: the network is dropping packets
phone-quality-jitter = audio arrives unevenly ({ $jitter } ms jitter): the network is congested
phone-quality-slow = the line is slow ({ $round_trip } ms round trip): the caller may talk over you
phone-quality-measuring = Measuring the line…
phone-quality-line = MOS { $mos } · round trip { $rtt } ms · jitter { $jitter } ms · loss { $loss }%
phone-quality-line-no-rtt = MOS { $mos } · round trip – · jitter { $jitter } ms · loss { $loss }%
phone-quality-with-reason = { $line } — { $reason }

## The call panel
phone-state-far-ringing = Ringing…
phone-state-calling = Calling…
phone-state-connecting = Connecting…
phone-state-on-hold = On hold
phone-state-in-call = In call
phone-state-in-call-outgoing = In call (outgoing)
phone-state-ringing = Ringing
phone-queue = Queue
phone-call-time = Call time
phone-controls = Phone controls
phone-mute = Mute
phone-unmute = Unmute
phone-hold = Hold
phone-resume = Resume
phone-hang-up = Hang up
phone-cancel = Cancel
phone-mic = Mic
phone-mic-muted = Muted: the caller hears nothing
phone-mic-heard = We hear you
phone-mic-quiet = Quiet
phone-digits-sent = Sent:

## Calling a number, devices, dial pad
phone-call-number = Call { $number }
phone-call-number-hint = Call this number from the desk's phone
phone-audio-devices = Audio devices
phone-microphone = Microphone
phone-speaker = Speaker
phone-ringer = Ringer
phone-device-default = Browser default
phone-check-start = Check the microphone
phone-check-stop = Stop the microphone check
phone-check-heard = We hear you ({ $level } dBFS)
phone-check-not-heard = Nothing heard yet ({ $level } dBFS): speak, or pick another microphone
phone-check-opening = Opening the microphone…
phone-keypad = Keypad
phone-dialpad = Dial pad
phone-dial-label = Number, extension or agent
phone-dial-placeholder = +15551234567, 2002 or an agent
phone-call = Call
phone-keys = Keys
phone-dismiss = Dismiss

## Around the phone: leaving, going away, the ring
phone-leave-warning = A call is in progress. Leaving will hang it up.
phone-set-away = You were set away: { $why }.
phone-ring-blocked = The browser holds the ring back until you click the page.
phone-ring-enable = Turn on the ring

## The incoming call
phone-ring-title = Call: { $caller }
phone-ring-body = Incoming call. Answer in the desk.
phone-ring-body-queue = Incoming call from { $queue }. Answer in the desk.
phone-ring-announce = Incoming call from { $caller }.
phone-ring-announce-queue = Incoming call from { $caller } from { $queue }.
phone-waited = waited { $duration }
phone-incoming = Incoming call
phone-answer = Answer
phone-decline = Decline

## The phone's status in the top bar
phone-ready = Phone ready
phone-connecting = Phone connecting…
phone-offline = Phone offline
phone-none = No phone
phone-elsewhere = Phone in another tab
phone-elsewhere-why = another tab of this browser has the phone; calls ring there
phone-take-over = Use it here
phone-retry = Retry

## The agent's own status
shell-my-status = My status
shell-status-available-hint = Available (1)
shell-status-away-hint = Away (2)
shell-status-busy-hint = Busy (3)
shell-status-offline-hint = Offline (4)
shell-status-not-available = Not set available: { $why }.
shell-status-change-failed = Could not change status: { $error }

## The top bar
shell-sign-out-in-call = A call is in progress. Sign out and hang it up?
shell-skip = Skip to content
shell-pages = Pages
shell-nav-desk = Desk
shell-nav-contacts = Contacts
shell-nav-dashboard = Dashboard
shell-nav-settings = Settings
shell-nav-inspector = Inspector
shell-shortcuts = Keyboard shortcuts
shell-shortcuts-hint = Keyboard shortcuts (?)
shell-theme = Switch theme
shell-theme-hint = Light or dark theme
shell-sign-out = Sign out
shell-dismiss = Dismiss

## The connection
shell-live = Live
shell-syncing = Syncing…
shell-connecting = Connecting…
shell-reconnecting-in = Reconnecting in { $seconds } s
shell-reconnecting = Reconnecting…
shell-offline = Offline
shell-signed-out = Signed out
shell-last-event = last event { $time }
shell-no-events = no events yet
shell-retry-now = Retry now

## Notices about the live connection
shell-refused-permission = Your account may not receive these events, so this part of the desk will not update live.
shell-refused-topic = The server did not accept a topic the desk asked for.
shell-refused-message = The server could not read a message from the desk.
shell-refused-rate = The server is limiting subscriptions; the desk subscribes again when it reconnects.
shell-refused-other = The server refused a subscription.
shell-refused-notice = { $explained } { $code }: { $message } ({ $topics })
shell-resync-skipped = { $count ->
    [one] resync: { $path }: { $count } item could not be read
   *[other] resync: { $path }: { $count } items could not be read
}
shell-resync-failed = resync: { $path }: { $error }

## The keyboard shortcuts overlay
shell-shortcuts-title = Keyboard shortcuts
shell-close = Close
shell-key-shortcuts = Show or hide this list
shell-key-accept = Accept the waiting caller
shell-key-dismiss = Dismiss the alert
shell-key-hangup = Hang up the active call
shell-key-transfer = Transfer the active call
shell-key-mute = Mute or unmute
shell-key-hold = Hold or resume
shell-key-record = Start or stop recording
shell-key-help = Ask for help on the call
shell-key-available = Status: available
shell-key-away = Status: away
shell-key-busy = Status: busy
shell-key-offline = Status: offline
shell-key-reply = Write a reply
shell-key-next = Next conversation
shell-key-close = Close dialogs
shell-key-previous = Previous conversation
shell-key-keypad = Keypad tones during a phone call

## Pages loaded on demand
shell-loading-dashboard = Loading the dashboard…
shell-loading-settings = Loading the settings…
shell-loading-inspector = Loading the inspector…
shell-loading-contacts = Loading the contacts…
shell-failed-dashboard = The dashboard could not be loaded
shell-failed-settings = The settings could not be loaded
shell-failed-inspector = The inspector could not be loaded
shell-failed-contacts = The contacts could not be loaded
shell-failed-detail = Its part of the app did not arrive (network or server). The desk, the connection and the phone keep running.
shell-try-again = Try again
shell-nothing-here = Nothing here.
shell-party-unknown = unknown

## Errors from the server, as views show them (the detail is the server's or browser's own words)
shell-error-network = cannot reach the server: { $detail }
shell-error-unauthorized = not signed in: { $detail }
shell-error-forbidden = not allowed: { $detail }
shell-error-not-found = not found: { $detail }
shell-error-status = server error { $code }: { $detail }
shell-error-decode = unexpected answer: { $detail }
shell-error-timeout = no answer in { $seconds } s
shell-error-no-token = the server answered without a token
shell-error-not-agent = service_agents/me is not an agent
shell-error-not-object = the answer is no JSON object

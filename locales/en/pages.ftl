# Settings, inspector (the sign-in page is in signin.ftl).
# { $detail } is the server's own words after a status code: empty, or ": words" (put it right
# after the code). { $snippet } is code shown as it is, in its own box; { $target } is a webhook's
# method and address ("POST https://…").

## Settings

page-settings-title = Settings
page-settings-readonly-agent = You are signed in as an agent. Only an admin can change the webhook; VoIPBIN refuses changes from other accounts (403 Forbidden).
page-settings-readonly-manager = You are signed in as a manager. Only an admin can change the webhook; VoIPBIN refuses changes from other accounts (403 Forbidden).
page-settings-loading = Loading the customer's settings…
page-settings-rejected = The server rejected this ({ $code }): { $message }

page-read-settings-forbidden = The server refused to read the customer settings: your account does not have the permission for it (403 Forbidden{ $detail }). Ask an admin.
page-read-settings-unauthorized = Could not read the customer settings: your session is no longer valid{ $detail }. Sign in again.
page-read-settings-not-found = Could not read the customer settings: this server does not offer it (404{ $detail }).
page-read-settings-unreachable = Could not read the customer settings: the server cannot be reached. Check the connection and try again.
page-read-settings-server-error = Could not read the customer settings: server error { $code }{ $detail }.
page-read-settings-unexpected = Could not read the customer settings: unexpected answer from the server ({ $reason }).

page-save-webhook-forbidden = The server refused to save the webhook: your account does not have the permission for it (403 Forbidden{ $detail }). Ask an admin.
page-save-webhook-unauthorized = Could not save the webhook: your session is no longer valid{ $detail }. Sign in again.
page-save-webhook-not-found = Could not save the webhook: this server does not offer it (404{ $detail }).
page-save-webhook-unreachable = Could not save the webhook: the server cannot be reached. Check the connection and try again.
page-save-webhook-server-error = Could not save the webhook: server error { $code }{ $detail }.
page-save-webhook-unexpected = Could not save the webhook: unexpected answer from the server ({ $reason }).

page-delivery-log-forbidden = The server refused to show the delivery log: your account does not have the permission for it (403 Forbidden{ $detail }). Ask an admin.
page-delivery-log-unauthorized = Could not load the delivery log: your session is no longer valid{ $detail }. Sign in again.
page-delivery-log-not-found = Could not load the delivery log: this server does not offer it (404{ $detail }).
page-delivery-log-unreachable = Could not load the delivery log: the server cannot be reached. Check the connection and try again.
page-delivery-log-server-error = Could not load the delivery log: server error { $code }{ $detail }.
page-delivery-log-unexpected = Could not load the delivery log: unexpected answer from the server ({ $reason }).

page-send-test-forbidden = The server refused to send a test event: your account does not have the permission for it (403 Forbidden{ $detail }). Ask an admin.
page-send-test-unauthorized = Could not send a test event: your session is no longer valid{ $detail }. Sign in again.
page-send-test-not-found = Could not send a test event: this server does not offer it (404{ $detail }).
page-send-test-unreachable = Could not send a test event: the server cannot be reached. Check the connection and try again.
page-send-test-server-error = Could not send a test event: server error { $code }{ $detail }.
page-send-test-unexpected = Could not send a test event: unexpected answer from the server ({ $reason }).

## The webhook

page-webhook-title = Customer webhook
page-webhook-hint = VoIPBIN sends every event of this customer to one address, as { $snippet }, with the method you choose. Leave the address empty to turn delivery off.
page-webhook-state-off = Delivery is off.
page-webhook-state-on = Delivery is on: { $target }
page-webhook-address = Address (URL)
page-webhook-method = Method
page-webhook-save = Save
page-webhook-saving = Saving…
page-webhook-turn-off = Turn off delivery
page-webhook-fix-fields = Fix the fields marked below, then save again.
page-webhook-saved-off = Saved. Webhook delivery is off.
page-webhook-saved-on = Saved. Events now go to { $target }.
page-webhook-method-missing = Choose a method: POST, PUT, GET or DELETE.
page-webhook-method-not-allowed = “{ $method }” is not allowed: use POST, PUT, GET or DELETE.
page-webhook-uri-other-scheme = VoIPBIN only delivers over http or https, not { $scheme }://.
page-webhook-uri-no-scheme = Enter a full address starting with https:// (or http://).
page-webhook-uri-upper-case = Write the scheme in lower case: https:// or http://.
page-webhook-uri-spaces = The address must not contain spaces.
page-webhook-uri-too-long = The address is too long ({ $max } characters at most).
page-webhook-uri-no-host = The address needs a host name, e.g. https://example.com/voipbin.

## Signing secret

page-secret-title = Signing secret
page-secret-hidden = Signing secret (hidden)
page-secret-missing = No signing secret is shown for this account: only admins and managers see it, and deliveries are signed only when the customer has one.
page-secret-reveal = Reveal
page-secret-hide = Hide
page-secret-copy = Copy
page-secret-copied = Copied to the clipboard.
page-secret-copy-failed = Could not copy: select the revealed secret instead.
page-secret-hint = Each delivery carries { $snippet }, the HMAC-SHA256 of the exact request body keyed with this secret. Compute it over the raw bytes (before any JSON parsing) and compare in constant time:

## Recent deliveries

page-deliveries-title = Recent deliveries
page-deliveries-send-test = Send test event
page-deliveries-sending = Sending…
page-deliveries-test-sent = Test event sent. Its delivery appears in the log below.
page-deliveries-loading = Loading the delivery log…
page-deliveries-empty = No deliveries yet.
page-deliveries-time = Time
page-deliveries-event = Event
page-deliveries-sent-to = Sent to
page-deliveries-result = Result
page-deliveries-attempts = Attempts
page-deliveries-answered = HTTP { $status } · { $latency } ms
page-deliveries-delivered = delivered
page-deliveries-failed = failed

## Event inspector

page-inspector-title = Event inspector
page-inspector-dialect = Dialect: { $dialect }. Tokens and access keys are shown as [redacted].
page-inspector-dialect-detecting = Dialect: detecting. Tokens and access keys are shown as [redacted].
page-inspector-resource = Resource or type
page-inspector-all = all
page-inspector-text = Text
page-inspector-pause = Pause
page-inspector-resume = Resume
page-inspector-counts = Frames by type
page-inspector-copy-frame = Copy frame

## Why the server's answer about the customer could not be read (shell-error-decode's
## $detail)

shell-error-not-customer = the answer is not a customer

# Sign-in: the page before the desk, in the first load.
# { $detail } is the server's own words after a status code: empty, or ": words" (put it right
# after the code).

page-signin-expired = Your session ended. Sign in again to pick up where you were.
page-signin-server = Server
page-signin-server-placeholder = this site (local stand-in) or https://api.voipbin.net
page-signin-phone-server = Phone server
page-signin-phone-server-placeholder = this site's /sip (local stand-in) or wss://sip.example.com
page-signin-no-softphone = Not my phone: calls ring my desk phone or another softphone
page-signin-method = Sign in with
page-signin-password = Password
page-signin-token = Token
page-signin-access-key = Access key
page-signin-username = Username
page-signin-busy = Signing in…
page-signin-submit = Sign in
page-signin-demo-hint = Local stand-in: admin@demo, manager@demo, agent1@demo … agent8@demo, password demo.
page-signin-phone-server-invalid = Phone server: "{ $address }" is not a wss:// or ws:// address or a path.
page-signin-nothing-pasted = Paste a token or access key first.
page-signin-unauthorized = Wrong username or password, or the token has expired.
page-signin-unreachable = Cannot reach the server. Check the address and your connection.
page-signin-forbidden = The server refused to sign you in (403 Forbidden{ $detail }).
page-signin-not-found = This server does not offer sign-in (404{ $detail }). Check the address.
page-signin-server-error = Could not sign in: server error { $code }{ $detail }.
page-signin-unexpected = Could not sign in: unexpected answer from the server ({ $reason }).

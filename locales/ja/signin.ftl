# サインイン。

page-signin-expired = セッションが終了しました。もう一度サインインすると、続きから再開できます。
page-signin-server = サーバー
page-signin-server-placeholder = このサイト（ローカルのスタンドイン）または https://api.voipbin.net
page-signin-phone-server = 電話サーバー
page-signin-phone-server-placeholder = このサイトの /sip（ローカルのスタンドイン）または wss://sip.example.com
page-signin-no-softphone = この端末で受けない：デスク電話または別のソフトフォンで着信
page-signin-method = サインイン方法
page-signin-password = パスワード
page-signin-token = トークン
page-signin-access-key = アクセスキー
page-signin-username = ユーザー名
page-signin-busy = サインイン中…
page-signin-submit = サインイン
page-signin-demo-hint = ローカルのスタンドイン：admin@demo、manager@demo、agent1@demo … agent8@demo、パスワードは demo。
page-signin-phone-server-invalid = 電話サーバー：「{ $address }」は wss:// または ws:// のアドレスでもパスでもありません。
page-signin-nothing-pasted = 先にトークンまたはアクセスキーを貼り付けてください。
page-signin-unauthorized = ユーザー名またはパスワードが違うか、トークンの有効期限が切れています。
page-signin-unreachable = サーバーに接続できません。アドレスと接続を確認してください。
page-signin-forbidden = サーバーがサインインを拒否しました（403 Forbidden{ $detail }）。
page-signin-not-found = このサーバーはサインインに対応していません（404{ $detail }）。アドレスを確認してください。
page-signin-server-error = サインインできませんでした。サーバーエラー { $code }{ $detail }。
page-signin-unexpected = サインインできませんでした。サーバーから予期しない応答がありました（{ $reason }）。

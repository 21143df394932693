# 電話: 登録、デバイス、ダイヤルパッド、通話。

## 電話が登録されていない理由、または電話がない理由
phone-signed-out-of-server = 電話サーバーからサインアウトしました
phone-wrong-password = 電話サーバーがこの内線のパスワードを拒否しました
phone-forbidden = 電話サーバーはここでのこの内線の使用を許可していません
phone-server-silent = 電話サーバーが応答しませんでした
phone-registration-refused = 電話サーバーが登録を拒否しました（{ $status } { $reason }）
phone-server-unreachable = 電話サーバーに接続できません。{ $seconds } 秒後に再試行します
phone-extension-unreadable = このオペレーターの内線を読み込めませんでした（{ $error }）
phone-no-extension = このオペレーターには内線がありません。管理者がオペレーターのアドレスに追加できます
phone-turned-off = サインイン時にオフ: 通話は別の電話に着信します
phone-server-not-set = 電話サーバーが設定されていません。環境の wss:// SIP アドレスで再度サインインしてください
phone-server-invalid = 電話サーバー「{ $server }」は wss:// または ws:// のアドレスでもパスでもありません
phone-not-registered-blocks = 電話が登録されていない（{ $why }）ため、発信者はつながりません

## 通話・メディア・デバイスの問題
phone-hold-refused = 電話サーバーが保留または保留解除を拒否しました（{ $status }）
phone-cannot-dial-unregistered = 電話が登録されていないため、今は発信できません
phone-finish-call-first = 別の発信の前に現在の通話を終了してください
phone-audio-failed = 通話の音声を準備できませんでした（{ $detail }）
phone-mic-refused = ブラウザーにマイクの使用が許可されていません。アドレスバーのサイト設定で許可してから、再度お試しください
phone-mic-missing = マイクが見つかりません。ヘッドセットを接続してから、再度お試しください
phone-mic-busy = マイクが別のプログラムで使用中か、開けません
phone-mic-unsupported = このブラウザーではここでマイクを使用できません（https または localhost が必要です）
phone-mic-failed = マイクを開けませんでした
phone-device-unnamed = デバイス { $number }

## 通話が終わった理由
phone-ended-you = 終話しました
phone-ended-other-side = 相手が終話しました
phone-ended-caller-gone = 発信者がいません（終話、または別の場所で応答済み）
phone-ended-declined = 拒否されました
phone-ended-busy = 話し中
phone-ended-not-found = 該当する番号または内線がありません
phone-ended-refused = 拒否されました（{ $status } { $reason }）
phone-ended-timeout = 電話サーバーから応答がありません
phone-ended-transport-lost = 電話サーバーとの接続が切れました

## 通話品質
phone-quality-no-audio = 発信者の音声が届いていません
phone-quality-loss = 発信者の音声の { $percent }% が失われています。ネットワークでパケットが欠落しています
phone-quality-jitter = 音声の到着が不安定です（ジッター { $jitter } ms）。ネットワークが混雑しています
phone-quality-slow = 回線が遅延しています（往復 { $round_trip } ms）。発信者と声が重なることがあります
phone-quality-measuring = 回線を測定中…
phone-quality-line = MOS { $mos } · 往復 { $rtt } ms · ジッター { $jitter } ms · 損失 { $loss }%
phone-quality-line-no-rtt = MOS { $mos } · 往復 – · ジッター { $jitter } ms · 損失 { $loss }%
phone-quality-with-reason = { $line } — { $reason }

## 通話パネル
phone-state-far-ringing = 呼び出し中…
phone-state-calling = 発信中…
phone-state-connecting = 接続中…
phone-state-on-hold = 保留中
phone-state-in-call = 通話中
phone-state-in-call-outgoing = 通話中（発信）
phone-state-ringing = 着信中
phone-queue = キュー
phone-call-time = 通話時間
phone-controls = 電話の操作
phone-mute = ミュート
phone-unmute = ミュート解除
phone-hold = 保留
phone-resume = 保留解除
phone-hang-up = 終話
phone-cancel = キャンセル
phone-mic = マイク
phone-mic-muted = ミュート中: 発信者には何も聞こえません
phone-mic-heard = 聞こえています
phone-mic-quiet = 無音
phone-digits-sent = 送信済み:

## 番号への発信、デバイス、ダイヤルパッド
phone-call-number = { $number } に発信
phone-call-number-hint = デスクの電話からこの番号に発信します
phone-audio-devices = オーディオデバイス
phone-microphone = マイク
phone-speaker = スピーカー
phone-ringer = 着信音
phone-device-default = ブラウザーの既定
phone-check-start = マイクを確認
phone-check-stop = マイクの確認を停止
phone-check-heard = 聞こえています（{ $level } dBFS）
phone-check-not-heard = まだ何も聞こえません（{ $level } dBFS）。話すか、別のマイクを選んでください
phone-check-opening = マイクを開いています…
phone-keypad = キーパッド
phone-dialpad = ダイヤルパッド
phone-dial-label = 番号、内線、またはオペレーター
phone-dial-placeholder = +15551234567、2002、またはオペレーター
phone-call = 発信
phone-keys = キー
phone-dismiss = 閉じる

## 電話の周辺: 離脱、離席、着信音
phone-leave-warning = 通話中です。移動すると通話が終了します。
phone-set-away = 離席に設定されました: { $why }。
phone-ring-blocked = ページをクリックするまで、ブラウザーが着信音を止めています。
phone-ring-enable = 着信音をオン

## 着信
phone-ring-title = 通話: { $caller }
phone-ring-body = 着信があります。デスクで応答してください。
phone-ring-body-queue = { $queue } から着信があります。デスクで応答してください。
phone-ring-announce = { $caller } から着信があります。
phone-ring-announce-queue = { $queue } 経由で { $caller } から着信があります。
phone-waited = 待ち時間 { $duration }
phone-incoming = 着信
phone-answer = 応答
phone-decline = 拒否

## トップバーの電話の状態
phone-ready = 電話: 準備完了
phone-connecting = 電話: 接続中…
phone-offline = 電話: オフライン
phone-none = 電話なし
phone-elsewhere = 電話: 別のタブ
phone-elsewhere-why = このブラウザーの別のタブが電話を使用しています。着信はそちらに届きます
phone-take-over = ここで使う
phone-retry = 再試行

## オペレーターの状態
shell-my-status = 自分の状態
shell-status-available-hint = 受付可 (1)
shell-status-away-hint = 離席 (2)
shell-status-busy-hint = 対応中 (3)
shell-status-offline-hint = オフライン (4)
shell-status-not-available = 受付可にできませんでした: { $why }。
shell-status-change-failed = 状態を変更できませんでした: { $error }

## トップバー
shell-sign-out-in-call = 通話中です。サインアウトして通話を終了しますか？
shell-skip = 本文へスキップ
shell-pages = ページ
shell-nav-desk = デスク
shell-nav-contacts = 連絡先
shell-nav-dashboard = ダッシュボード
shell-nav-settings = 設定
shell-nav-inspector = インスペクター
shell-shortcuts = キーボードショートカット
shell-shortcuts-hint = キーボードショートカット (?)
shell-theme = テーマを切り替え
shell-theme-hint = ライトまたはダークテーマ
shell-sign-out = サインアウト
shell-dismiss = 閉じる

## 接続
shell-live = ライブ
shell-syncing = 同期中…
shell-connecting = 接続中…
shell-reconnecting-in = { $seconds } 秒後に再接続
shell-reconnecting = 再接続中…
shell-offline = オフライン
shell-signed-out = サインアウト済み
shell-last-event = 最終イベント { $time }
shell-no-events = イベントはまだありません
shell-retry-now = 今すぐ再試行

## ライブ接続のお知らせ
shell-refused-permission = このアカウントはこれらのイベントを受信できないため、デスクのこの部分はリアルタイムで更新されません。
shell-refused-topic = デスクが要求したトピックをサーバーが受け付けませんでした。
shell-refused-message = デスクからのメッセージをサーバーが読み取れませんでした。
shell-refused-rate = サーバーが購読を制限しています。デスクは再接続時に再度購読します。
shell-refused-other = サーバーが購読を拒否しました。
shell-refused-notice = { $explained } { $code }: { $message }（{ $topics }）
shell-resync-skipped = 再同期: { $path }: { $count } 件を読み取れませんでした
shell-resync-failed = 再同期: { $path }: { $error }

## キーボードショートカット
shell-shortcuts-title = キーボードショートカット
shell-close = 閉じる
shell-key-shortcuts = この一覧の表示/非表示
shell-key-accept = 待機中の発信者に応答
shell-key-dismiss = 通知を閉じる
shell-key-hangup = 現在の通話を終話
shell-key-transfer = 現在の通話を転送
shell-key-mute = ミュート/ミュート解除
shell-key-hold = 保留/保留解除
shell-key-record = 録音の開始/停止
shell-key-help = 通話中にヘルプを依頼
shell-key-available = 状態: 受付可
shell-key-away = 状態: 離席
shell-key-busy = 状態: 対応中
shell-key-offline = 状態: オフライン
shell-key-reply = 返信を書く
shell-key-next = 次の会話
shell-key-close = ダイアログを閉じる
shell-key-previous = 前の会話
shell-key-keypad = 通話中のキーパッドトーン

## 必要なときに読み込むページ
shell-loading-dashboard = ダッシュボードを読み込み中…
shell-loading-settings = 設定を読み込み中…
shell-loading-inspector = イベントインスペクターを読み込み中…
shell-loading-contacts = 連絡先を読み込み中…
shell-failed-dashboard = ダッシュボードを読み込めませんでした
shell-failed-settings = 設定を読み込めませんでした
shell-failed-inspector = イベントインスペクターを読み込めませんでした
shell-failed-contacts = 連絡先を読み込めませんでした
shell-failed-detail = アプリのこの部分が届きませんでした（ネットワークまたはサーバー）。デスク、接続、電話は動作し続けます。
shell-try-again = 再試行
shell-nothing-here = ここには何もありません。
shell-party-unknown = 不明

## サーバーのエラー
shell-error-network = サーバーに接続できません: { $detail }
shell-error-unauthorized = サインインしていません: { $detail }
shell-error-forbidden = 許可されていません: { $detail }
shell-error-not-found = 見つかりません: { $detail }
shell-error-status = サーバーエラー { $code }: { $detail }
shell-error-decode = 予期しない応答: { $detail }
shell-error-timeout = { $seconds } 秒間応答がありません
shell-error-no-token = サーバーがトークンなしで応答しました
shell-error-not-agent = service_agents/me がオペレーターではありません
shell-error-not-object = 応答が JSON オブジェクトではありません

# desk

## The desk's frame
desk-title = オペレーターデスク
desk-phone = 電話
desk-loading = 読み込み中…
desk-try-again = 再試行
desk-part-load-failed = デスクのこの部分を読み込めませんでした(ネットワークまたはサーバー)。通話、メモ、メッセージは失われていません。
desk-cancel = キャンセル
desk-close = 閉じる
desk-edit = 編集

## Why an action failed
desk-error-forbidden = このアカウントには権限がありません(VoIPBIN は通話操作を管理者とマネージャーに限っています)。電話機を使うか、スーパーバイザーに依頼してください。
desk-error-not-found = サーバーはこの通話をもう把握していません(終了した可能性があります)。
desk-error-network = サーバーに接続できません。接続を確認して再試行してください。
desk-error-session = セッションの有効期限が切れました。もう一度サインインしてください。

## Queue alert
desk-alerts-none = あなたを待っている発信者はいません
desk-alerts-waiting = 発信者 { $count } 人が待機中
desk-title-call = 通話: { $caller }
desk-title-waiting = 発信者 { $count } 人が待機中
desk-alert-gone = { $caller } さんは待機していません。
desk-announce-ringing = { $caller } さんからあなたに着信中です。A で受け付け、X で非表示にします。
desk-announce-waiting-in = { $caller } さんが { $queue } で待機中です。A で受け付け、X で非表示にします。
desk-announce-waiting = { $caller } さんが待機中です。A で受け付け、X で非表示にします。
desk-notify-ringing = あなたに着信中
desk-notify-waiting = 発信者が待機中
desk-ring-sound-hint = 着信時の呼び出し音
desk-ring-sound-on = 呼び出し音オン
desk-ring-sound-off = 呼び出し音オフ
desk-watch-all = すべてのキューの発信者を通知する
desk-incoming-callers = 着信中の発信者
desk-ringing-for-you = あなたに着信中
desk-ringing-for-you-in = あなたに着信中 · { $queue }
desk-waiting = キューで待機中
desk-waiting-at = キューで待機中 · { $position } 番目
desk-waiting-in = { $queue } で待機中
desk-waiting-in-at = { $queue } で待機中 · { $position } 番目
desk-alert-waited = 待機
desk-accept = 受付
desk-dismiss = 非表示
desk-dismiss-hint = このデスクでこの通知を隠します(通話自体は拒否されません)
desk-accept-working = 受付可にしています…
desk-accept-how-ringing-on = { $address } で着信中です。VoIPBIN には応答ボタンがありません。電話機かソフトフォンで応答してください。受付を押すとこの通知は鳴りやみます。
desk-accept-how-ringing = 電話機で着信中です。VoIPBIN には応答ボタンがありません。電話機かソフトフォンで応答してください。受付を押すとこの通知は鳴りやみます。
desk-accept-how-queue = 受付を押すと受付可になり、キューがこの発信者をあなたの電話につなげます。
desk-accept-how-floor = あなたはこのキューの担当ではありません。VoIPBIN が担当オペレーターにつなぎます。
desk-accepted-ringing = 今すぐ電話機かソフトフォンで応答してください。つながるとこの通知は閉じます。
desk-accepted-available = 受付可です。キューがこの発信者をあなたにつなぐと電話が鳴ります。そちらで応答してください。
desk-accepted-now-available = 受付可になりました。キューがこの発信者をあなたの電話につなげます。そちらで応答してください。
desk-failed-available = 受付可にできませんでした。

## Desktop notifications
desk-notify-region = デスクトップ通知
desk-notify-offer = このタブがバックグラウンドにあるとき、発信者が待機したらデスクトップ通知を受け取りますか?
desk-notify-enable = 通知をオンにする
desk-notify-later = 後で

## The agent's calls
desk-my-calls = 自分の通話
desk-calls-count = 通話数
desk-no-calls = 現在通話はありません。あなたにつながる発信者はデスクの上部に表示され、電話機で応答すると通話がここに表示されます。
desk-on-the-floor = フロアの通話
desk-on-the-floor-hint = 他のオペレーターの通話です。開くと文字起こしを追って介入できます。
desk-another-agent = 別のオペレーター
desk-phase-ringing = 着信中
desk-phase-connected = 通話中
desk-phase-ending = 終了中…
desk-phase-ended = 終了
desk-phase-unknown = 不明
desk-call = 通話
desk-inbound = 着信
desk-outbound = 発信
desk-via-queue = { $queue } 経由
desk-handled-by = 担当: { $name }
desk-call-time = 通話時間
desk-phone-controls-hint = 通話、ミュート、保留、キーパッド、終話は上の電話で操作します。転送と録音はスーパーバイザー用です。
desk-call-controls = 通話操作
desk-mute = ミュート
desk-unmute = ミュート解除
desk-hold = 保留
desk-resume = 保留解除
desk-record = 録音
desk-stop-recording = 録音停止
desk-transfer = 転送
desk-voicemail = ボイスメール
desk-hang-up = 終話
desk-voicemail-why = ボイスメール: VoIPBIN の API にはボイスメールへ送る操作がありません。ボイスメールの番号に転送してください。
desk-hangup-again = 終話するにはもう一度 H を押してください。
desk-ended-transferred = この通話から外れました(転送済み)。録音と文字起こしは後処理のためここに残ります。
desk-ended-by-caller = 発信者が通話を終了しました。後処理のため 2 分間ここに残ります。
desk-ended-by-us = こちら側で通話を終了しました。後処理のため 2 分間ここに残ります。
desk-ended = 通話が終了しました。後処理のため 2 分間ここに残ります。
desk-op-hangup-progress = 終話しています…
desk-op-mute-progress = ミュートしています…
desk-op-unmute-progress = ミュートを解除しています…
desk-op-hold-progress = 保留にしています…
desk-op-resume-progress = 保留を解除しています…
desk-op-record-progress = 録音を開始しています…
desk-op-stop-record-progress = 録音を停止しています…
desk-op-hangup-sent = 終話を送信しました。VoIPBIN の確認を待っています…
desk-op-mute-sent = ミュートを送信しました。VoIPBIN の確認を待っています…
desk-op-unmute-sent = ミュート解除を送信しました。VoIPBIN の確認を待っています…
desk-op-record-sent = 録音開始を送信しました。VoIPBIN の確認を待っています…
desk-op-stop-record-sent = 録音停止を送信しました。VoIPBIN の確認を待っています…
desk-op-hangup-failed = 終話できませんでした。
desk-op-mute-failed = ミュートできませんでした。
desk-op-unmute-failed = ミュートを解除できませんでした。
desk-op-hold-failed = 通話を保留にできませんでした。
desk-op-resume-failed = 保留を解除できませんでした。
desk-op-record-failed = 録音を開始できませんでした。
desk-op-stop-record-failed = 録音を停止できませんでした。

## Transcript and recordings
desk-transcript-title = リアルタイム文字起こし
desk-transcript = 文字起こし
desk-transcript-supervisors-only = スーパーバイザーのみ
desk-transcript-live = 進行中
desk-transcript-finished = 完了
desk-transcript-not-started = 未開始
desk-transcript-waiting = VoIPBIN がこの通話を文字起こしするのを待っています…
desk-transcript-not-for-agents = VoIPBIN はリアルタイムの文字起こしを管理者とマネージャーのアカウントにしか送りません(イベントにオペレーターが記されないため)。このアカウントでは表示できません。
desk-speaker-you = あなた
desk-speaker-agent = オペレーター
desk-speaker-caller = 発信者
desk-recordings = 録音
desk-recording-ready = 録音完了 · { $length } · { $format }
desk-recording-ready-audio = 録音完了 · { $length } · 音声
desk-recording-open = 再生またはダウンロード
desk-recording-open-hint = VoIPBIN の録音ファイルを新しいタブで開きます
desk-recording-since = { $time } から録音中

## Transfer
desk-transfer-opening = 転送画面を開いています…
desk-transfer-load-failed = 転送画面を読み込めませんでした(ネットワークまたはサーバー)。通話は続いています。
desk-transfer-title = この通話を転送
desk-transfer-how = 方法
desk-transfer-blind = ブラインド — すぐに引き渡す
desk-transfer-attended = 打診 — 先に相手と話す
desk-transfer-no-agents = このアカウントではオペレーター一覧を取得できません(VoIPBIN は管理者とマネージャーにのみ提供)。内線か番号を入力してください。
desk-transfer-to-agent = オペレーターへ
desk-transfer-choose-agent = オペレーターを選択…
desk-transfer-to-number = または番号、内線、SIP アドレス
desk-transfer-number-example = +15550100200、2003、sip:name@host
desk-transferring = 転送中…
desk-transfer-pick = オペレーターを選ぶか番号を入力してください。
desk-transferred-blind = 転送しました: { $name } を呼び出し中です。あなたは通話から外れました。
desk-transferred-attended = { $name } と打診中: 相手が受けると発信者がつながります。
desk-failed-transfer = 転送できませんでした。
desk-agent-available = 受付可
desk-agent-away = 離席
desk-agent-busy = 対応中
desk-agent-offline = オフライン
desk-agent-ringing = 着信中
desk-agent-unknown = 不明
desk-destination-empty = 番号、内線、SIP アドレスのいずれかを入力してください。
desk-destination-bad-sip = 有効な SIP アドレスではありません(name@host)。
desk-destination-bad-length = 電話番号は + と 8〜15 桁の数字です。例: +15550100200
desk-destination-no-plus = 電話番号は + と国番号から始めてください。例: +15550100200
desk-destination-unknown = 電話番号、内線、SIP アドレスのいずれでもありません。

## The customer beside the call
desk-customer = 顧客
desk-customer-empty = 通話を選ぶと、相手とその過去の通話やメッセージが表示されます。
desk-unknown-caller = 不明な発信者
desk-earlier-calls = 過去の通話
desk-no-earlier-calls = この番号との過去の通話記録はありません。
desk-conversations = 会話
desk-no-threads = この番号とのメッセージスレッドはありません。
desk-open-thread-with = { $name } とのスレッドを開く
desk-text-messages = SMS
desk-no-text-messages = この番号との SMS 記録はありません。
desk-sms-from-them = 相手から
desk-sms-to-them = 相手へ
desk-call-ended-reason = 終了({ $reason })


## Who is calling (screen-pop)
desk-caller = 発信者
desk-looking-up = { $number } を検索中…
desk-lookup-failed = 発信者を検索できませんでした: { $detail }
desk-tags = タグ
desk-open-cases = 対応中のケース
desk-no-open-case = 対応中のケースはありません。
desk-last-interactions = 最近のやり取り
desk-nothing-on-record = 記録はありません。
desk-no-number = 番号なし
desk-not-in-contacts = 連絡先にありません
desk-create-contact = 連絡先を作成
desk-link-contact = 連絡先に紐付け
desk-case-from = { $number } からのケース
desk-interaction-call = 通話
desk-interaction-call-in = 着信通話
desk-interaction-call-out = 発信通話
desk-interaction-message = メッセージ
desk-interaction-message-in = 受信メッセージ
desk-interaction-message-out = 送信メッセージ
desk-interaction-conversation = 会話
desk-interaction-conversation-in = 受信の会話
desk-interaction-conversation-out = 送信の会話
desk-failed-create-contact = 連絡先を作成できませんでした。
desk-failed-save-contact = 連絡先を保存できませんでした。
desk-failed-link-number = 番号を紐付けできませんでした。
desk-failed-attach-contact = 連絡先を紐付けできませんでした。
desk-failed-assign-case = ケースを割り当てできませんでした。
desk-failed-close-case = ケースを閉じられませんでした。

# desk

## The desk's frame
desk-title = オペレーターデスク
desk-phone = 電話
desk-loading = 読み込み中…
desk-try-again = 再試行
desk-part-load-failed = デスクのこの部分を読み込めませんでした(ネットワークまたはサーバー)。通話、メモ、メッセージは失われていません。
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

## The agent's calls: the list (the selected call is in work.ftl)
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
desk-inbound = 着信
desk-outbound = 発信

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

## Team talk: the button in the top bar, its notifications, the panel while it loads
## (the panel's own words are in team.ftl)
team-name = チーム
team-unread-count = 未読 { $count } 件
team-notify-title = チーム · { $chat }
team-notify-untitled = チームのメッセージ
team-opening = チームを開いています…
team-load-failed-text = チームを読み込めませんでした（ネットワークまたはサーバー）。ほかの機能はそのまま使えます。
team-retry-load = 再試行

## Message threads: the list (the open thread's words are in work.ftl)
work-messages-title = メッセージ
work-unread = 未読 { $count } 件
work-messages-empty = メッセージのスレッドはまだありません。担当顧客からのメッセージがここに表示されます。
work-conversations = 会話
work-threads-hint = J / K: 次または前のスレッド

## Wrap-up on the desk: the header's indicator, the agent's wrap-up time, notices
## (the wrap-up card's words are in work.ftl)
work-dismiss = 閉じる
work-wrap-up = 後処理
work-wrap-up-time = 後処理時間
work-wrap-up-seconds = 秒（応答した通話ごと。0: 完了を押すまで）
work-call-note = 通話メモ
work-notice-phone-unregistered = 対応中のままです。受付可にしませんでした: 電話が登録されていないため、発信者からつながりません。

# The call-work chunk (also the contacts page and the transfer dialog): the selected call,
# its transcript, transfer and help request, the contact editor, the call's case, the
# wrap-up card and the note's progress, the open message thread, quick replies, contacts.

## Shared buttons

work-save = 保存
work-cancel = キャンセル
work-retry = 再試行
work-try-again = 再試行
work-remove = 削除
work-edit = 編集
work-reload = 再読み込み

## Message threads

work-peer-unknown = 不明
work-assigned-to-another-agent = 担当: 別のオペレーター
work-assigned-to = 担当: { $name }
work-load-older = 以前のメッセージを読み込む（あと { $count } 件）
work-messages-with = { $name } とのメッセージ
work-delivery-received = 受信済み
work-delivery-sending = 送信中…
work-delivery-queued = 送信待ち
work-delivery-sent = 送信済み
work-delivery-delivered = 配信済み
work-delivery-failed = 未配信
work-send-again = 再送信
work-reply-not-sent-forbidden = 送信できませんでした: このアカウントにはメッセージを送信する権限がありません。スーパーバイザーに相談してください。
work-reply-not-sent-gone = 送信できませんでした: この会話はサーバー上に見つかりません。
work-reply-not-sent-network = 送信できませんでした: サーバーに接続できません。接続を確認して、もう一度お試しください。
work-reply-not-sent-expired = 送信できませんでした: セッションの有効期限が切れました。もう一度サインインしてください。
work-reply-not-sent-other = 送信できませんでした: { $reason }。
work-discard = 破棄
work-reply = 返信
work-reply-to = { $name } に返信
work-reply-to-placeholder = { $name } に返信…
work-send = 送信
work-reply-keys = Enter で送信 · Shift+Enter で改行 · / で入力
work-reply-length = { $chars } 文字 · SMS { $parts } 通

## Quick replies

work-quick-replies = 定型返信
work-quick-replies-kept = 定型返信はこのブラウザーに保存されます。
work-quick-reply-number-label = 定型返信 { $number }
work-quick-reply-remove-label = 定型返信 { $number } を削除
work-quick-reply-add = 返信を追加
work-quick-replies-edit = 定型返信を編集
work-quick-reply-thanks = お問い合わせありがとうございます。ただいま確認いたします。
work-quick-reply-number = お客様のアカウント番号またはご注文番号をお知らせいただけますか？
work-quick-reply-passed-on = 担当チームに引き継ぎました。1 営業日以内にご連絡いたします。
work-quick-reply-anything-else = ほかにお手伝いできることはございますか？

## Contacts

work-contacts = 連絡先
work-contact = 連絡先
work-contacts-search = 連絡先を検索
work-contacts-search-placeholder = 名前、会社、番号、メール
work-contacts-unreadable = 連絡先を読み込めませんでした: { $reason }
work-contacts-reading = 連絡先を読み込み中…
work-contacts-no-match = 一致する連絡先はありません。
work-contact-first-name = 名
work-contact-last-name = 姓
work-contact-company = 会社
work-contact-job-title = 役職
work-contact-notes = メモ
work-contact-primary = （メイン）
work-contact-not-saved = 保存できませんでした: { $reason }
work-timeline = タイムライン
work-timeline-reading = タイムラインを読み込み中…
work-timeline-empty = 記録はありません。

## The call's case

work-case = ケース
work-case-looking = この通話のケースを検索中…
work-case-unreadable = この通話のケースを読み込めませんでした: { $reason }
work-case-open = オープン
work-case-closed = クローズ（{ $reason }）
work-case-assign-me = 自分に割り当て
work-case-attach-caller = 発信者を紐付け
work-case-close = ケースをクローズ
work-case-no-notes = メモはまだありません。
work-case-note-system = システム
work-case-note-agent = オペレーター

## Wrap-up

work-wrap-up-left = 残り { $time }
work-wrap-up-until-done = 完了を押すまで
work-wrap-up-extend = +30 秒（最大 { $max }）
work-wrap-up-extend-hint = 30 秒延長します。後処理は合計で最大 { $max } です
work-wrap-up-note = 通話についてのメモ
work-wrap-up-note-placeholder = 用件と合意した内容
work-wrap-up-close-case = ケースをクローズ
work-wrap-up-then = 次の状態
work-next-available = 受付可
work-next-away = 離席
work-next-offline = オフライン
work-wrap-up-done = 完了

## The note's progress after Done

work-note-not-sent = 未送信: { $reason }
work-note-sent-case-not-closed = 送信済み。ケースはクローズされませんでした: { $reason }
work-note-sent-to-contact = 送信済み（連絡先のメモに追加）
work-note-sent = 送信済み
work-note-sending = 送信中…
work-note-saved-no-target = この端末に保存済み: この通話のケースも連絡先も不明です
work-note-saved-offline = この端末に保存済み: オフラインのため、接続が戻ったら送信します
work-note-saved-retrying = この端末に保存済み: サーバーが受け付けなかったため、{ $count } 秒後に再試行します
work-note-saved = この端末に保存済み

## The selected call: its panel, controls and what they said

desk-close = 閉じる
desk-phase-unknown = 不明
desk-call = 通話
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

## Transfer (opened from the selected call; the dialog is a chunk of its own)

desk-cancel = キャンセル
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

## What the contact editor and the case's actions could not do

desk-failed-create-contact = 連絡先を作成できませんでした。
desk-failed-save-contact = 連絡先を保存できませんでした。
desk-failed-link-number = 番号を紐付けできませんでした。
desk-failed-attach-contact = 連絡先を紐付けできませんでした。
desk-failed-assign-case = ケースを割り当てできませんでした。
desk-failed-close-case = ケースを閉じられませんでした。

## Asking for help on a call (in the selected call's panel)

team-help-reason-label = ヘルプが必要な理由（任意）
team-help-reason-placeholder = 理由（任意）
team-help-ask = ヘルプを依頼
team-help-asking = 依頼中…
team-help-pending = ヘルプを依頼しました: スーパーバイザーを待っています…
team-help-taken = { $name } さんが対応しています。
team-help-taken-unknown = スーパーバイザーが対応しています。
team-help-closed = ヘルプ依頼を終了しました: 通話が終わりました。

## The help request as posted in the Help channel: the agent's words, one line each
## (the machine line after them is not translated)

team-help-line-agent = 🙋 { $agent } さんが通話中のヘルプを依頼しています
team-help-line-anonymous = 🙋 オペレーターが通話中のヘルプを依頼しています
team-help-line-caller = 発信者: { $caller }
team-help-line-caller-unknown = 発信者: 不明
team-help-line-queue = キュー: { $queue }
team-help-line-waited = 待ち時間: { $waited }
team-help-line-case = 案件: { $case }
team-help-line-listen = モニタリング: { $link }
team-help-line-reason = 理由: { $reason }
team-help-call-ended = 通話が終了しました。

## Why the server's answer to a sent reply could not be read (shell-error-decode's $detail)

shell-error-not-message = 応答が会話メッセージではありません

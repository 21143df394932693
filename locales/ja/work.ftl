# After-call work: wrap-up, case notes, messages, quick replies, contacts.

## Shared buttons

work-save = 保存
work-cancel = キャンセル
work-dismiss = 閉じる
work-retry = 再試行
work-try-again = 再試行
work-remove = 削除
work-edit = 編集
work-reload = 再読み込み

## Message threads

work-messages-title = メッセージ
work-unread = 未読 { $count } 件
work-messages-empty = メッセージのスレッドはまだありません。担当顧客からのメッセージがここに表示されます。
work-conversations = 会話
work-threads-hint = J / K: 次または前のスレッド
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

work-wrap-up = 後処理
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
work-wrap-up-time = 後処理時間
work-wrap-up-seconds = 秒（応答した通話ごと。0: 完了を押すまで）
work-call-note = 通話メモ
work-notice-phone-unregistered = 対応中のままです。受付可にしませんでした: 電話が登録されていないため、発信者からつながりません。

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

# Team talk: the Team panel (a chunk of its own; its button is in desk.ftl).

team-new-chat = 新規チャット
team-new-group-button = 新規グループ
team-channels-button = チャンネル
team-close-panel = チームを閉じる
team-dismiss = 閉じる
team-chat-list = チャット一覧
team-no-chats = チャットはまだありません。メンバーとチャットを始めるか、チャンネルに参加してください。
team-pick-chat = チャットを選んでください。
team-you = 自分
team-teammate = メンバー
team-direct-chat = 個別チャット
team-chat-untitled = チャット

team-back-to-chat = ← チャットに戻る
team-older-messages = 過去のメッセージ
team-offline-note = オフライン: 送信内容は待機し、オンラインに戻ると送られます。
team-out-queued = 送信待ち…
team-out-sending = 送信中…
team-out-failed = 送信されませんでした。{ $reason }
team-discard = 破棄
team-reply-placeholder = スレッドに返信…
team-message-placeholder = メッセージ…
team-input-label = チームへのメッセージ
team-attach-file = 添付
team-send-message = 送信
team-deleted = このメッセージは削除されました。
team-react-with = { $emoji } でリアクション
team-reply-in-thread = スレッドで返信
team-replies = 返信 { $count } 件
team-attachment = 添付ファイル
team-attached-image = 添付画像

team-chat-with-teammate = メンバーとチャット
team-reading-team = メンバーを読み込んでいます…
team-group-name-label = 名前
team-create-group = グループを作成
team-public-channels = 公開チャンネル
team-reading-channels = チャンネルを読み込んでいます…
team-member-count = メンバー { $count } 人
team-open-channel = 開く
team-join-channel = 参加

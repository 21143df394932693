# What Team talk or a help request could not do, and why: shown by the Team panel, the call's
# help request and the dashboard, so compiled into their chunks (src/i18n/pack.rs PARTS).

## What Team talk or a help request could not do, then why ($reason is one of the
## team-why- sentences): the Team panel, the call's help request and the dashboard's
team-file-too-big = ファイルは { $size } MB です。{ -brand } が受け付けるのは最大 { $max } MB です。
team-failed-read-chat = チャットを読み込めませんでした。{ $reason }
team-failed-read-older = 過去のメッセージを読み込めませんでした。{ $reason }
team-failed-upload = ファイルをアップロードできませんでした。{ $reason }
team-failed-react = リアクションを追加できませんでした。{ $reason }
team-failed-start-chat = チャットを開始できませんでした。{ $reason }
team-failed-create-group = グループを作成できませんでした。{ $reason }
team-failed-read-channels = チャンネルを読み込めませんでした。{ $reason }
team-failed-join-channel = チャンネルに参加できませんでした。{ $reason }
team-failed-open-help = Help チャンネルを開けません。{ $reason }
team-failed-ask-help = ヘルプを依頼できませんでした。{ $reason }
team-failed-take-request = 依頼を引き受けられませんでした。{ $reason }
team-failed-say-ended = 通話の終了を知らせられませんでした。{ $reason }
team-why-network = サーバーに接続できません。接続を確認して、もう一度お試しください。
team-why-session = セッションの有効期限が切れました。もう一度サインインしてください。
team-why-forbidden = このアカウントにはこの操作の権限がありません。
team-why-not-found = サーバー上に見つかりません（削除された可能性があります）。
team-why-status = サーバーの応答 { $code }: { $detail }
team-why-decode = サーバーの応答を読み取れませんでした。

# The supervisor's dashboard.

dash-title = スーパーバイザーダッシュボード
dash-forbidden = ダッシュボードはコンタクトセンター全体を表示します。{ -brand } はこの情報を管理者とマネージャーにのみ共有します。お使いのアカウントはオペレーター権限です。必要な場合は管理者にマネージャー権限の付与を依頼してください。

## Headline tiles
dash-tiles-label = 現在
dash-tile-active-calls = 進行中の通話
dash-tile-agent-legs = オペレーターレッグ { $count } 件を含む
dash-tile-waiting = 待機中の発信者
dash-tile-longest-wait = 最長待ち時間
dash-tile-oldest-caller = キューで最も長く待つ発信者
dash-tile-nobody-waiting = 待機者なし
dash-tile-available = 受付可
dash-tile-on-call = 通話中
dash-tile-busy = 対応中 { $busy }
dash-tile-busy-ringing = 対応中 { $busy } · 着信中 { $ringing }
dash-tile-away = 離席
dash-tile-offline = オフライン
dash-tile-serviced = 本日の応対数
dash-tile-of-queued = キュー流入 { $queued } 件中
dash-tile-abandoned = 本日の放棄数
dash-tile-abandoned-share = 終了分の { $share }
dash-tile-service-level = サービスレベル
dash-sl-before = { "" }
dash-sl-after = { " " }秒以内
dash-sl-threshold = サービスレベルのしきい値(秒)

## Queues
dash-queues-title = キュー
dash-queues-age-hint = { -brand } はキューのイベントを送信しません。キューは 5 秒ごとに読み込み、その間はキュー通話のイベントで数値を更新します
dash-queues-reading = キューを読み込み中…
dash-queues-read = { $seconds } 秒前に取得
dash-queues-read-retrying = { $seconds } 秒前に取得、再試行中
dash-queues-col-queue = キュー
dash-queues-col-waiting-short = 待機
dash-queues-col-waiting = 待機中
dash-queues-col-waiting-hint = 待機中の発信者
dash-queues-col-longest-short = 最長
dash-queues-col-longest = 最長待ち時間
dash-queues-col-in-service-short = 通話
dash-queues-col-in-service = 応対中
dash-queues-col-in-service-hint = オペレーターと通話中の発信者
dash-queues-col-serviced-short = 応対
dash-queues-col-serviced = 応対済み
dash-queues-col-serviced-hint = 応答した発信者(キューの累計)
dash-queues-col-abandoned-short = 放棄
dash-queues-col-abandoned = 放棄
dash-queues-col-abandoned-hint = 待機中に切った発信者
dash-queues-col-callers = 最も長く待っている発信者
dash-queues-empty = キューはまだありません。
dash-queues-more = ほか { $count } 件
dash-chip-connecting = オペレーターの電話が着信中
dash-chip-waiting = 待機中
dash-caller-unnamed = 発信者

## Agents
dash-agents-title = オペレーター
dash-agents-filter = オペレーターを表示
dash-filter-all = すべて
dash-filter-available = 受付可
dash-filter-on-call = 通話中
dash-filter-away = 離席
dash-filter-offline = オフライン
dash-hand-raised = ヘルプを依頼中
dash-showing = { $total } 件中 { $shown } 件を表示
dash-show-more = さらに表示
dash-set-status = 変更…
dash-set-status-custom = カスタム…
dash-set-status-of = { $name } の状態を変更
dash-custom-status-for = { $name } のカスタム状態
dash-custom-status-set = この状態に変更
dash-custom-status-cancel = キャンセル
dash-set-status-failed = { $name } の状態を { $status } に変更できませんでした: { $reason }
dash-stuck-busy = 対応中のまま · 受付可にする
dash-stuck-busy-hint = 通話がないまま 1 分以上対応中です。{ -brand } は通話後にオペレーターを受付可に戻しません

## Active calls
dash-calls-title = 進行中の通話
dash-calls-filter = 通話を絞り込む
dash-calls-filter-hint = 絞り込み: 番号、名前、オペレーター、キュー
dash-calls-status = 状態
dash-calls-any-status = すべての状態
dash-calls-direction = 方向
dash-calls-any-direction = 着信と発信
dash-calls-incoming = 着信
dash-calls-outgoing = 発信
dash-col-direction = 方向
dash-col-from = 発信元
dash-col-to = 発信先
dash-col-status = 状態
dash-col-duration = 時間
dash-col-agent = オペレーター
dash-col-queue = キュー
dash-direction-in = ↘ 着信
dash-direction-out = ↗ 発信
dash-call-dialing = 発信中
dash-call-ringing = 着信中
dash-call-talking = 通話中
dash-call-ending = 終了中
dash-call-canceling = 取消中
dash-call-ended = 終了
dash-showing-matching = 該当 { $total } 件中 { $shown } 件を表示(通話中 { $active } 件)
dash-show-n-more = さらに { $count } 件表示
dash-show-all = すべて表示
dash-show-fewer = 表示を減らす

## Charts
dash-charts-title = 直近 1 時間
dash-chart-calls = 1 分あたりの通話
dash-chart-calls-this-hour = この 1 時間で { $count } 件
dash-chart-calls-label = 直近 1 時間の 1 分あたりの通話。合計 { $count } 件、1 分の最大 { $max } 件
dash-chart-minute-calls = { $time }: { $count } 件
dash-chart-waiting = 待機中の発信者
dash-chart-waiting-peak = 1 分ごとのピーク
dash-chart-waiting-label = 直近 1 時間の待機中の発信者。1 分のピーク { $max } 人、この 1 分 { $current } 人
dash-chart-waits = 待ち時間
dash-chart-waits-now = 現在待機中
dash-chart-waits-answered = 応答済み(最近)
dash-chart-waits-label = 待ち時間の分布。現在待機中: { $now }。応答済み: { $answered }。
dash-chart-bin-count = { $bin } { $n }
dash-chart-bins-none = なし
dash-list-separator = { "、" }
dash-bin-under-15s = 15秒未満
dash-bin-15-30s = 15–30秒
dash-bin-30-60s = 30–60秒
dash-bin-1-2m = 1–2分
dash-bin-2-5m = 2–5分
dash-bin-5-10m = 5–10分
dash-bin-over-10m = 10分+
dash-axis-hour-ago = −60分
dash-axis-now = 現在

## Feeds
dash-transcripts-title = リアルタイム文字起こし
dash-transcripts-empty = 現在、文字起こし中の通話はありません。
dash-speaker-caller = 発信者
dash-speaker-agent = オペレーター
dash-recordings-title = 録音
dash-recordings-now = 録音中
dash-recording-since = 録音中
dash-recording-finished = { $time } 終了 · { $length }
dash-flows-title = 実行中のフロー
dash-flow-step = ステップ { $step }
dash-flow-ago = { $duration } 前
dash-conferences-title = 会議
dash-conference-participants = 参加者 { $count } 人
dash-conferences-empty = 進行中の会議はありません。

## Help requests
dash-help-title = ヘルプ依頼
dash-help-empty = ヘルプを依頼している人はいません。
dash-help-an-agent = オペレーター
dash-help-age = ヘルプ依頼からの経過時間
dash-help-open = 未対応
dash-help-taken = 対応中
dash-help-taken-by = { $name } が対応中
dash-help-ended = 通話終了
dash-help-take = 対応する

## Listening to a call
dash-listen = モニタリング
dash-listen-hint = この通話をモニタリング
dash-listen-panel = 通話をモニタリング中
dash-listen-call = 通話 { $id }
dash-listen-caller-with-agent = { $caller } と { $agent }
dash-listen-connecting = 接続中…
dash-listen-listening = モニタリング中(相手には聞こえません)
dash-listen-barging = 割り込み中: 双方に聞こえます
dash-listen-ended = 通話が終了しました
dash-listen-error = モニタリングできません
dash-listen-live-banner = この通話に割り込み中です。発信者とオペレーターの両方にあなたの声が聞こえます。
dash-listen-drops = 音声が { $count } 回途切れ、復旧しました
dash-listen-level = 聞こえる音量
dash-barge-start = 双方に話す
dash-barge-stop = 話すのをやめる
dash-listen-stop = モニタリング終了
dash-whisper = ささやき
dash-whisper-hint = オペレーターにささやく(オペレーターのみに聞こえます)
dash-listen-call-ended = 通話が終了しました。
dash-listen-audio-failed = 音声を開始できません: { $reason }
dash-listen-bad-address = 通話の音声アドレスが無効です
dash-listen-forbidden = 許可されていません: { $reason }
dash-listen-unauthorized = サインインしていません: { $reason }
dash-listen-mic-failed = 話すのを停止しました: { $reason }
dash-whisper-no-agent = この通話にはささやく相手のオペレーターがいません。
dash-whisper-failed = ささやきを送信できませんでした: { $reason }

## A supervisor taking a help request, as posted in the Help channel
team-help-on-it-name = 対応します: { $name }
team-help-on-it = 対応します: スーパーバイザー

//! The headline numbers across the top of the wall screen. Each tile's number is in its `<b>`
//! and, unformatted, in `data-value`, so tests compare it with the server's own count.

use super::metrics;
use super::refresh::use_live_refresh;
use crate::format;
use crate::i18n::{self, tr, Msg};
use crate::msg;
use crate::state::DeskState;
use crate::t;
use crate::views::use_now;
use leptos::prelude::*;

const THRESHOLD_KEY: &str = "voipbin-desk.service-level-threshold-s";
const DEFAULT_THRESHOLD_S: i64 = 20;

#[component]
pub fn Tiles(
    board: Memo<metrics::QueueBoard>,
    waiting: Memo<metrics::Waiting>,
    answered: Memo<Vec<i64>>,
) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let now = use_now();

    let calls_tick = use_live_refresh(vec![desk.calls]);
    let active = Memo::new(move |_| {
        calls_tick.track();
        calls_tick.measure(|| desk.peek(metrics::active_calls))
    });
    let agents_tick = use_live_refresh(vec![desk.agents]);
    let agents = Memo::new(move |_| {
        agents_tick.track();
        agents_tick.measure(|| desk.peek(metrics::agent_counts))
    });
    // The queues table's figures, summed (computed once for both).
    let totals = Memo::new(move |_| board.with(|b| b.totals));

    let threshold_s = RwSignal::new(load_threshold());
    let level = Memo::new(move |_| {
        let threshold_ms = threshold_s.get() * 1000;
        answered.with(|w| metrics::service_level(w, threshold_ms))
    });
    let set_threshold = move |text: String| {
        if let Ok(s) = text.trim().parse::<i64>() {
            let s = s.clamp(1, 3600);
            threshold_s.set(s);
            save_threshold(s);
        }
    };

    let longest = move || {
        waiting
            .with(|w| w.oldest_since_ms)
            .map(|since| (now.get() - since).max(0))
    };

    view! {
        <section class="dash-tiles" aria-label=tr!("dash-tiles-label")>
            <Tile id="active-calls" label=msg!("dash-tile-active-calls") value=Signal::derive(move || active.get().total as i64)
                note=Signal::derive(move || {
                    let legs = active.get().legs;
                    if legs > 0 { t!("dash-tile-agent-legs", count = legs) } else { String::new() }
                })/>
            <Tile id="waiting" label=msg!("dash-tile-waiting") value=Signal::derive(move || waiting.with(|w| w.callers) as i64)
                tone=Signal::derive(move || if waiting.with(|w| w.callers) > 0 { "warn" } else { "" })
                note=Signal::derive(String::new)/>
            <div class="tile" data-testid="tile-longest-wait"
                data-value=move || longest().map(|ms| (ms / 1000).to_string()).unwrap_or_default()
                data-tone=move || match longest() { Some(ms) if ms >= 120_000 => "bad", Some(ms) if ms >= 30_000 => "warn", _ => "" }>
                <span class="label">{tr!("dash-tile-longest-wait")}</span>
                <b>{move || longest().map(format::duration).unwrap_or_else(|| "—".into())}</b>
                <small>{move || if longest().is_some() { t!("dash-tile-oldest-caller") } else { t!("dash-tile-nobody-waiting") }}</small>
            </div>
            <Tile id="available" label=msg!("dash-tile-available") value=Signal::derive(move || agents.get().available as i64)
                tone=Signal::derive(|| "ok") note=Signal::derive(String::new)/>
            <Tile id="busy" label=msg!("dash-tile-on-call") value=Signal::derive(move || agents.get().occupied() as i64)
                note=Signal::derive(move || {
                    let a = agents.get();
                    if a.ringing > 0 {
                        t!("dash-tile-busy-ringing", busy = a.busy, ringing = a.ringing)
                    } else {
                        t!("dash-tile-busy", busy = a.busy)
                    }
                })/>
            <Tile id="away" label=msg!("dash-tile-away") value=Signal::derive(move || agents.get().away as i64) note=Signal::derive(String::new)/>
            <Tile id="offline" label=msg!("dash-tile-offline") value=Signal::derive(move || agents.get().offline as i64) note=Signal::derive(String::new)/>
            <Tile id="serviced" label=msg!("dash-tile-serviced") value=Signal::derive(move || totals.get().serviced)
                note=Signal::derive(move || t!("dash-tile-of-queued", queued = totals.get().incoming))/>
            <Tile id="abandoned" label=msg!("dash-tile-abandoned") value=Signal::derive(move || totals.get().abandoned)
                tone=Signal::derive(move || if totals.get().abandoned > 0 { "bad" } else { "" })
                note=Signal::derive(move || {
                    let t = totals.get();
                    let ended = t.serviced + t.abandoned;
                    if ended > 0 {
                        t!("dash-tile-abandoned-share", share = i18n::percent(t.abandoned as f64 / ended as f64))
                    } else {
                        String::new()
                    }
                })/>
            <div class="tile tile-sl" data-testid="tile-service-level"
                data-value=move || level.get().percent().map(|p| p.to_string()).unwrap_or_default()
                data-tone=move || match level.get().percent() { Some(p) if p < 60 => "bad", Some(p) if p < 80 => "warn", Some(_) => "ok", None => "" }>
                <span class="label">{tr!("dash-tile-service-level")}</span>
                <b>{move || level.get().percent().map(|p| i18n::percent(f64::from(p) / 100.0)).unwrap_or_else(|| "—".into())}</b>
                <small>
                    // The words before and after the seconds field (some languages put all after).
                    <label class="inline">{tr!("dash-sl-before")}
                        <input type="number" min="1" max="3600" step="1" data-testid="sl-threshold"
                            aria-label=tr!("dash-sl-threshold")
                            prop:value=move || threshold_s.get().to_string()
                            on:change=move |e| set_threshold(event_target_value(&e))/>
                        {tr!("dash-sl-after")}
                    </label>
                    <span>{move || { let l = level.get(); format!(" · {}/{}", i18n::number(l.within as f64), i18n::number(l.answered as f64)) }}</span>
                </small>
            </div>
        </section>
    }
}

#[component]
fn Tile(
    id: &'static str,
    label: Msg,
    #[prop(into)] value: Signal<i64>,
    #[prop(into)] note: Signal<String>,
    #[prop(optional, into)] tone: Option<Signal<&'static str>>,
) -> impl IntoView {
    view! {
        <div class="tile" data-testid=format!("tile-{id}") data-value=move || value.get().to_string()
            data-tone=move || tone.map(|t| t.get()).unwrap_or("")>
            <span class="label">{tr(label)}</span>
            <b>{move || i18n::number(value.get() as f64)}</b>
            <small>{move || note.get()}</small>
        </div>
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn load_threshold() -> i64 {
    storage()
        .and_then(|s| s.get_item(THRESHOLD_KEY).ok().flatten())
        .and_then(|v| v.trim().parse::<i64>().ok())
        .filter(|s| (1..=3600).contains(s))
        .unwrap_or(DEFAULT_THRESHOLD_S)
}

fn save_threshold(seconds: i64) {
    if let Some(s) = storage() {
        let _ = s.set_item(THRESHOLD_KEY, &seconds.to_string());
    }
}

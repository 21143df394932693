//! Hand-drawn SVG charts: calls per minute and callers waiting over the last hour (from the
//! store's per-minute history), and how long callers wait. The shapes are created once; each
//! second only their attributes change.

use super::metrics::{self, MinutePoint, WAIT_BINS};
use crate::i18n::{self, tr, Format};
use crate::state::DeskState;
use crate::t;
use crate::views::use_now;
use leptos::prelude::*;

const W: f64 = 600.0;
const H: f64 = 150.0;
const LEFT: f64 = 34.0;
const BOTTOM: f64 = 18.0;
const TOP: f64 = 8.0;
const PLOT_H: f64 = H - BOTTOM - TOP;

#[component]
pub fn Charts(waiting: Memo<metrics::Waiting>, answered: Memo<Vec<i64>>) -> impl IntoView {
    let desk = expect_context::<DeskState>();
    let now = use_now();
    // The history changes with every new call and every sample: once a second is plenty.
    let points = Memo::new(move |_| {
        let t = now.get();
        desk.peek(|s| metrics::last_hour(&s.history, t))
    });
    // The waits now grow with the clock; the answered ones change only with the sample.
    let answered_bins =
        Memo::new(move |_| answered.with(|w| metrics::histogram(w.iter().copied())));
    let waits = Memo::new(move |_| {
        let t = now.get();
        let current = waiting.with(|w| metrics::histogram(metrics::current_waits(&w.joined_ms, t)));
        (current, answered_bins.get())
    });
    view! {
        <section class="card dash-charts" aria-labelledby="charts-title">
            <h2 id="charts-title">{tr!("dash-charts-title")}</h2>
            <div class="chart-grid">
                <MinuteBars points/>
                <WaitingLine points/>
                <WaitHistogram waits/>
            </div>
        </section>
    }
}

#[component]
fn MinuteBars(points: Memo<Vec<MinutePoint>>) -> impl IntoView {
    let max = Memo::new(move |_| {
        nice_ceiling(points.with(|p| p.iter().map(|x| x.calls).max().unwrap_or(0)))
    });
    let total = move || points.with(|p| p.iter().map(|x| x.calls as u64).sum::<u64>());
    let slot = (W - LEFT) / metrics_len() as f64;
    view! {
        <figure class="chart" data-testid="chart-calls-per-minute">
            <figcaption>{tr!("dash-chart-calls")} " " <small>{move || t!("dash-chart-calls-this-hour", count = total())}</small></figcaption>
            <svg viewBox=format!("0 0 {W} {H}") role="img" preserveAspectRatio="none"
                aria-label=move || t!("dash-chart-calls-label", count = total(), max = max.get())>
                <Axes max=Signal::derive(move || max.get())/>
                {(0..metrics_len()).map(|i| {
                    let height = move || {
                        let v = points.with(|p| p.get(i).map(|x| x.calls).unwrap_or(0));
                        scale(v, max.get())
                    };
                    view! {
                        <rect class="bar" x=format!("{:.1}", LEFT + i as f64 * slot + 1.0) width=format!("{:.1}", (slot - 2.0).max(1.0))
                            y=move || format!("{:.1}", TOP + PLOT_H - height()) height=move || format!("{:.1}", height())>
                            <title>{move || points.with(|p| p.get(i).map(|x| t!("dash-chart-minute-calls", time = i18n::moment(Format::Clock, x.minute_ms as f64), count = x.calls)).unwrap_or_default())}</title>
                        </rect>
                    }
                }).collect_view()}
            </svg>
        </figure>
    }
}

#[component]
fn WaitingLine(points: Memo<Vec<MinutePoint>>) -> impl IntoView {
    let max = Memo::new(move |_| {
        nice_ceiling(points.with(|p| p.iter().map(|x| x.waiting_peak).max().unwrap_or(0)))
    });
    let slot = (W - LEFT) / metrics_len() as f64;
    let path = move || {
        let m = max.get();
        points.with(|p| {
            let coords: Vec<String> = p
                .iter()
                .enumerate()
                .map(|(i, x)| {
                    let px = LEFT + (i as f64 + 0.5) * slot;
                    let py = TOP + PLOT_H - scale(x.waiting_peak, m);
                    format!("{px:.1},{py:.1}")
                })
                .collect();
            coords.join(" ")
        })
    };
    let area = move || {
        let base = TOP + PLOT_H;
        format!(
            "{:.1},{base:.1} {} {:.1},{base:.1}",
            LEFT + 0.5 * slot,
            path(),
            W - 0.5 * slot
        )
    };
    let current = move || points.with(|p| p.last().map(|x| x.waiting_peak).unwrap_or(0));
    view! {
        <figure class="chart" data-testid="chart-waiting">
            <figcaption>{tr!("dash-chart-waiting")} " " <small>{tr!("dash-chart-waiting-peak")}</small></figcaption>
            <svg viewBox=format!("0 0 {W} {H}") role="img" preserveAspectRatio="none"
                aria-label=move || t!("dash-chart-waiting-label", max = max.get(), current = current())>
                <Axes max=Signal::derive(move || max.get())/>
                <polygon class="area" points=area/>
                <polyline class="line" points=path/>
            </svg>
        </figure>
    }
}

#[component]
fn WaitHistogram(
    waits: Memo<([usize; WAIT_BINS.len()], [usize; WAIT_BINS.len()])>,
) -> impl IntoView {
    let max = Memo::new(move |_| {
        waits.with(|(a, b)| {
            nice_ceiling(a.iter().chain(b.iter()).copied().max().unwrap_or(0) as u32)
        })
    });
    let group = (W - LEFT) / WAIT_BINS.len() as f64;
    let bar = (group - 6.0) / 2.0;
    view! {
        <figure class="chart" data-testid="chart-wait-distribution">
            <figcaption>{tr!("dash-chart-waits")} " "
                <small><span class="key now">"■"</span>" " {tr!("dash-chart-waits-now")} " "<span class="key answered">"■"</span>" " {tr!("dash-chart-waits-answered")}</small>
            </figcaption>
            <svg viewBox=format!("0 0 {W} {H}") role="img" preserveAspectRatio="none"
                aria-label=move || waits.with(|(now, answered)| t!(
                    "dash-chart-waits-label",
                    now = describe(now), answered = describe(answered)))>
                <line class="axis" x1=LEFT y1=TOP + PLOT_H x2=W y2=TOP + PLOT_H/>
                <text class="tick" x=LEFT - 4.0 y=TOP + 8.0 text-anchor="end">{move || max.get()}</text>
                {WAIT_BINS.iter().enumerate().map(|(i, (_, label))| {
                    let x0 = LEFT + i as f64 * group + 3.0;
                    let h_now = move || scale(waits.with(|(n, _)| n.get(i).copied().unwrap_or(0)) as u32, max.get());
                    let h_ans = move || scale(waits.with(|(_, a)| a.get(i).copied().unwrap_or(0)) as u32, max.get());
                    view! {
                        <rect class="bar now" x=format!("{x0:.1}") width=format!("{bar:.1}")
                            y=move || format!("{:.1}", TOP + PLOT_H - h_now()) height=move || format!("{:.1}", h_now())/>
                        <rect class="bar answered" x=format!("{:.1}", x0 + bar) width=format!("{bar:.1}")
                            y=move || format!("{:.1}", TOP + PLOT_H - h_ans()) height=move || format!("{:.1}", h_ans())/>
                        <text class="tick" x=format!("{:.1}", x0 + bar) y=H - 4.0 text-anchor="middle">{tr(*label)}</text>
                    }
                }).collect_view()}
            </svg>
        </figure>
    }
}

/// Baseline, top value and the hour's time marks.
#[component]
fn Axes(max: Signal<u32>) -> impl IntoView {
    let base = TOP + PLOT_H;
    view! {
        <line class="axis" x1=LEFT y1=base x2=W y2=base/>
        <line class="grid" x1=LEFT y1=TOP x2=W y2=TOP/>
        <text class="tick" x=LEFT - 4.0 y=TOP + 8.0 text-anchor="end">{move || max.get()}</text>
        <text class="tick" x=LEFT - 4.0 y=base text-anchor="end">"0"</text>
        <text class="tick" x=LEFT y=H - 4.0>{tr!("dash-axis-hour-ago")}</text>
        <text class="tick" x=LEFT + (W - LEFT) / 2.0 y=H - 4.0 text-anchor="middle">"−30"</text>
        <text class="tick" x=W y=H - 4.0 text-anchor="end">{tr!("dash-axis-now")}</text>
    }
}

fn metrics_len() -> usize {
    crate::store::MINUTES_KEPT
}

/// Bar height for `v` on a scale topping at `max`.
fn scale(v: u32, max: u32) -> f64 {
    if max == 0 {
        0.0
    } else {
        PLOT_H * f64::from(v.min(max)) / f64::from(max)
    }
}

/// A round top for an axis: 1, 2, 5, 10, 20, 50, … at least `v` (and at least 1).
pub fn nice_ceiling(v: u32) -> u32 {
    let mut step: u32 = 1;
    loop {
        for m in [1u32, 2, 5] {
            let candidate = step.saturating_mul(m);
            if candidate >= v || candidate == u32::MAX {
                return candidate.max(1);
            }
        }
        step = step.saturating_mul(10);
    }
}

/// The non-empty bins, for a screen reader (tracked).
fn describe(bins: &[usize]) -> String {
    let listed: Vec<String> = WAIT_BINS
        .iter()
        .zip(bins)
        .filter(|(_, n)| **n > 0)
        .map(|((_, label), n)| t!("dash-chart-bin-count", bin = t!(*label), n = *n))
        .collect();
    if listed.is_empty() {
        t!("dash-chart-bins-none")
    } else {
        listed.join(&t!("dash-list-separator"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round() {
        let got: Vec<u32> = [0, 1, 2, 3, 6, 11, 49, 51, 100, 101]
            .into_iter()
            .map(nice_ceiling)
            .collect();
        assert_eq!(got, [1, 1, 2, 5, 10, 20, 50, 100, 100, 200]);
        assert_eq!(nice_ceiling(u32::MAX), u32::MAX);
    }

    #[test]
    fn bars_scale_and_clamp() {
        assert_eq!(scale(0, 0), 0.0);
        assert_eq!(scale(5, 10), PLOT_H / 2.0);
        assert_eq!(scale(20, 10), PLOT_H);
    }
}

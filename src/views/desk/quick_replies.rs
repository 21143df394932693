//! Canned responses: one click puts the text in the reply box (to send as is or edit first).
//! Agents keep their own list, edited in place and kept in this browser; until they do, the
//! suggested ones follow the desk's language.

use super::storage;
use crate::i18n::{t, tr};
use crate::msg;
use leptos::prelude::*;

/// The suggested replies' message ids.
const DEFAULTS: [crate::i18n::Msg; 4] = [
    msg!("work-quick-reply-thanks"),
    msg!("work-quick-reply-number"),
    msg!("work-quick-reply-passed-on"),
    msg!("work-quick-reply-anything-else"),
];
const MAX_REPLIES: usize = 20;
const MAX_CHARS: usize = 1_000;

fn key(agent_id: &str) -> String {
    storage::agent_key("quick-replies", agent_id)
}

/// The agent's own list, `None` until it saves one.
fn load(agent_id: &str) -> Option<Vec<String>> {
    storage::load::<Vec<String>>(&key(agent_id))
}

/// The suggested replies in the desk's language (tracked).
fn defaults() -> Vec<String> {
    DEFAULTS.into_iter().map(t).collect()
}

/// Blank entries dropped, long ones cut, the list bounded.
fn tidy(list: Vec<String>) -> Vec<String> {
    list.into_iter()
        .map(|s| s.trim().chars().take(MAX_CHARS).collect::<String>())
        .filter(|s| !s.is_empty())
        .take(MAX_REPLIES)
        .collect()
}

#[component]
pub fn QuickReplies(agent_id: String, on_pick: Callback<String>) -> impl IntoView {
    let own = RwSignal::new(load(&agent_id));
    let replies = move || own.get().unwrap_or_else(defaults);
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(Vec::<String>::new());
    let start_edit = move |_| {
        draft.set(untrack(replies));
        editing.set(true);
    };
    let save = move |_| {
        let list = tidy(draft.get_untracked());
        storage::save(&key(&agent_id), &list);
        own.set(Some(list));
        editing.set(false);
    };

    view! {
        <div class="quick-replies" role="group" aria-label=tr!("work-quick-replies")>
            <Show when=move || !editing.get() fallback=move || view! {
                <div class="qr-editor" data-testid="quick-replies-editor">
                    <p class="hint">{tr!("work-quick-replies-kept")}</p>
                    <For each=move || 0..draft.with(Vec::len) key=|i| *i let:i>
                        <div class="qr-row">
                            <label class="visually-hidden" for=format!("qr-{i}")>{move || t!("work-quick-reply-number-label", number = i + 1)}</label>
                            <textarea id=format!("qr-{i}") rows="2" data-testid="quick-reply-edit"
                                prop:value=move || draft.with(|d| d.get(i).cloned().unwrap_or_default())
                                on:input=move |e| {
                                    let value = event_target_value(&e);
                                    draft.update(|d| if let Some(slot) = d.get_mut(i) { *slot = value; });
                                }></textarea>
                            <button type="button" class="ghost" aria-label=move || t!("work-quick-reply-remove-label", number = i + 1)
                                on:click=move |_| draft.update(|d| { if i < d.len() { d.remove(i); } })>{tr!("work-remove")}</button>
                        </div>
                    </For>
                    <div class="row">
                        <button type="button" data-testid="quick-reply-add"
                            disabled=move || draft.with(|d| d.len() >= MAX_REPLIES)
                            on:click=move |_| draft.update(|d| d.push(String::new()))>{tr!("work-quick-reply-add")}</button>
                        <button type="button" class="primary" data-testid="quick-replies-save" on:click=save.clone()>{tr!("work-save")}</button>
                        <button type="button" on:click=move |_| editing.set(false)>{tr!("work-cancel")}</button>
                    </div>
                </div>
            }>
                <For each=move || replies().into_iter().enumerate() key=|(i, text)| (*i, text.clone()) let:item>
                    <button type="button" class="chip qr" data-testid="quick-reply" title=item.1.clone()
                        on:click={ let text = item.1.clone(); move |_| on_pick.run(text.clone()) }>
                        {preview(&item.1)}
                    </button>
                </For>
                <button type="button" class="link" data-testid="quick-replies-edit" on:click=start_edit>{tr!("work-quick-replies-edit")}</button>
            </Show>
        </div>
    }
}

/// A chip's text: about 34 Latin letters' width (a Hangul, kana or Han character counts two).
fn preview(text: &str) -> String {
    const WIDTH: usize = 34;
    let wide = |c: char| ('\u{1100}'..='\u{FFDC}').contains(&c);
    let mut used = 0;
    let mut short = String::new();
    for c in text.chars() {
        used += if wide(c) { 2 } else { 1 };
        if used > WIDTH {
            short.push('…');
            return short;
        }
        short.push(c);
    }
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_drops_blanks_and_bounds_the_list() {
        let list = tidy(vec![
            "  hi ".into(),
            "   ".into(),
            "x".repeat(MAX_CHARS + 5),
        ]);
        assert_eq!(list.len(), 2);
        assert_eq!(list[0], "hi");
        assert_eq!(list[1].chars().count(), MAX_CHARS);
        assert_eq!(tidy(vec!["a".into(); MAX_REPLIES + 3]).len(), MAX_REPLIES);
    }

    #[test]
    fn previews_cut_wide_characters_at_half_the_count() {
        assert_eq!(preview("short"), "short");
        assert_eq!(preview(&"x".repeat(34)), "x".repeat(34));
        assert_eq!(preview(&"x".repeat(40)), format!("{}…", "x".repeat(34)));
        assert_eq!(preview(&"가".repeat(20)), format!("{}…", "가".repeat(17)));
    }
}

//! The signing secret (masked until revealed, copyable) and how a receiver checks
//! `X-VoIPBIN-Signature: sha256=<hex HMAC-SHA256(body, secret)>`.

use crate::i18n::tr;
use crate::t;
use crate::views::signin::{set_apart, Apart};
use leptos::prelude::*;
use voipbin_protocol::Customer;

const SIGNATURE_HEADER: &str = "X-VoIPBIN-Signature: sha256=<hex>";

// Code, shown as it is (its comments too).
const NODE_SNIPPET: &str = r#"// Node.js: check the signature over the raw body before trusting it
import crypto from 'node:crypto';

function verified(rawBody, header, secret) {
  const expected = 'sha256=' + crypto.createHmac('sha256', secret).update(rawBody).digest('hex');
  return typeof header === 'string' && header.length === expected.length &&
    crypto.timingSafeEqual(Buffer.from(header), Buffer.from(expected));
}
// verified(body, req.headers['x-voipbin-signature'], process.env.VOIPBIN_WEBHOOK_SECRET)
// then JSON.parse(body) -> {"type": "call_created", "data": {...}}; answer 200 within 5 s."#;

const PYTHON_SNIPPET: &str = r#"# Python
import hashlib, hmac

def verified(raw_body: bytes, header: str, secret: str) -> bool:
    expected = "sha256=" + hmac.new(secret.encode(), raw_body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header or "")"#;

#[component]
pub fn SigningSecret(customer: RwSignal<Option<Customer>>) -> impl IntoView {
    let secret = Memo::new(move |_| {
        customer.with(|c| {
            c.as_ref()
                .map(|c| c.webhook_secret.clone())
                .unwrap_or_default()
        })
    });
    let revealed = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    let shown = move || {
        let s = secret.get();
        if revealed.get() {
            s
        } else {
            "•".repeat(s.chars().count().clamp(8, 32))
        }
    };
    let copy = move |_| {
        let text = secret.get_untracked();
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
            copied.set(Some(false));
            return;
        };
        // The browser settles the promise later; a refusal there is rare (no focus, no permission).
        let _ = clipboard.write_text(&text);
        copied.set(Some(true));
    };

    view! {
        <section class="card settings-card" aria-labelledby="secret-title">
            <h2 id="secret-title">{tr!("page-secret-title")}</h2>
            <Show when=move || !secret.with(String::is_empty)
                fallback=|| view! {
                    <p class="hint" data-testid="webhook-secret-missing">
                        {tr!("page-secret-missing")}
                    </p>
                }>
                <div class="secret-row">
                    <code class="secret" translate="no" data-testid="webhook-secret" data-revealed=move || revealed.get().to_string()
                        aria-label=move || if revealed.get() { t!("page-secret-title") } else { t!("page-secret-hidden") }>
                        {shown}
                    </code>
                    <button type="button" data-testid="webhook-secret-reveal" aria-pressed=move || revealed.get().to_string()
                        on:click=move |_| revealed.update(|r| *r = !*r)>
                        {move || if revealed.get() { t!("page-secret-hide") } else { t!("page-secret-reveal") }}
                    </button>
                    <button type="button" data-testid="webhook-secret-copy" on:click=copy>{tr!("page-secret-copy")}</button>
                    <span role="status" class="hint">{move || match copied.get() {
                        Some(true) => t!("page-secret-copied"),
                        Some(false) => t!("page-secret-copy-failed"),
                        None => String::new(),
                    }}</span>
                </div>
            </Show>
            <p class="hint">{move || set_apart(t!("page-secret-hint", snippet = SIGNATURE_HEADER), SIGNATURE_HEADER, Apart::Code)}</p>
            <pre class="snippet" translate="no" data-testid="signature-snippet"><code>{NODE_SNIPPET}</code></pre>
            <pre class="snippet" translate="no"><code>{PYTHON_SNIPPET}</code></pre>
        </section>
    }
}

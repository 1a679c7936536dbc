//! "Embed this planner": the snippet a staffing firm pastes into its landing page, for the
//! current scenario, with the layout, theme, accent, hidden controls and call to action chosen
//! here.

use leptos::html;
use leptos::prelude::*;

use crate::model::{Date, Plan};

use crate::components::copy_or_select;
use crate::link;
use crate::presentation::{embed_snippet, read_cta, Control, Presentation, Rgb, Theme};
use crate::web;

/// The accent the stylesheet uses when a link sets none (`--color-accent`).
const STANDARD_ACCENT: Rgb = Rgb(0x1f, 0x5f, 0xbf);

crate::on_demand! {
    /// The embed panel, from code fetched once the page is up: the first visit does not need it.
    pub fn embed_panel_view(plan: RwSignal<Plan>, look: Presentation, today: Date) -> AnyView {
        view! { <EmbedPanel plan=plan look=look today=today /> }.into_any()
    }
}

#[component]
pub fn EmbedPanel(
    /// The plan (one scenario or a comparison) the embed opens with.
    plan: RwSignal<Plan>,
    /// How this page was opened: its theme and accent are the starting choice.
    look: Presentation,
    /// The day the page was opened: the snippet's search timings are written relative to it.
    today: Date,
) -> impl IntoView {
    // What the snippet carries, edited in place by each field. A landing page wants the short
    // embed: compact unless the partner asks for everything.
    let chosen = RwSignal::new(Presentation {
        embed: true,
        accent: look.accent.filter(|a| *a != STANDARD_ACCENT),
        theme: look.theme,
        compact: true,
        ..Presentation::default()
    });
    // The button's two fields, and what to say next to each. One handler reads both: the
    // label alone is not used, and the address alone takes the standard label.
    let address_field = NodeRef::<html::Input>::new();
    let label_field = NodeRef::<html::Input>::new();
    let address_note = RwSignal::new(String::new());
    let label_note = RwSignal::new(String::new());
    let read_cta_fields = move |_| {
        let value = |field: NodeRef<html::Input>| {
            field
                .get_untracked()
                .map(|input| input.value())
                .unwrap_or_default()
        };
        let (address, label) = (value(address_field), value(label_field));
        let address = address.trim();
        let (cta, [address_text, label_text]) =
            read_cta((!address.is_empty()).then_some(address), Some(label.trim()));
        chosen.update(|p| p.cta = cta);
        address_note.set(address_text.unwrap_or_default());
        label_note.set(label_text.unwrap_or_default());
    };
    let status = RwSignal::new(String::new());
    let code_field = NodeRef::<html::Textarea>::new();

    // embed.js adds `embed=1` itself; the rest travels in the placeholder.
    let snippet_query = Memo::new(move |_| {
        let pairs: Vec<(String, String)> = chosen
            .with(|p| p.pairs())
            .into_iter()
            .filter(|(k, _)| k != link::keys::EMBED)
            .collect();
        plan.with(|p| link::encode_plan_rolling(p, &pairs, today))
    });
    let snippet =
        Memo::new(move |_| embed_snippet(&web::asset_url("embed.js"), &snippet_query.get()));
    let preview = Memo::new(move |_| {
        web::address_with_query(
            &plan.with(|p| link::encode_plan_rolling(p, &chosen.with(|c| c.pairs()), today)),
        )
    });

    let copy = move |_| {
        let select = move || {
            if let Some(field) = code_field.get_untracked() {
                let _ = field.focus();
                field.select();
            }
        };
        copy_or_select(
            snippet.get_untracked(),
            status,
            "Embed code copied. Paste it into your page's HTML.",
            "code",
            select,
        );
    };

    let theme_options = Theme::ALL
        .into_iter()
        .map(|t| view! { <option value=t.key() prop:selected=move || chosen.with(|p| p.theme == t)>{t.label()}</option> })
        .collect_view();
    let hide_boxes = Control::ALL
        .into_iter()
        .map(|control| {
            let id = format!("embed-hide-{}", control.key());
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        id=id
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            chosen.update(|p| {
                                p.hidden.retain(|c| *c != control);
                                if on {
                                    p.hidden.push(control);
                                }
                            });
                        }
                    />
                    {format!("Hide {}", control.label().to_lowercase())}
                </label>
            }
        })
        .collect_view();

    view! {
        <section class="panel embed-panel" aria-labelledby="embed-heading">
            <h2 id="embed-heading">"Embed this planner"</h2>
            <p class="panel-intro">
                "Put this planner on your own page, opening with the scenario above. "
                "Its search timings move with each visitor's today (a search opening now opens the day they visit, one a quarter later a quarter after that), so the embed never goes out of date. "
                "It sizes itself to its content, works in a sandboxed iframe, and sends nothing anywhere."
            </p>
            <div class="embed-options">
                <div class="field">
                    <label for="embed-layout">"Layout"</label>
                    <select id="embed-layout" on:change=move |ev| chosen.update(|p| p.compact = event_target_value(&ev) == "compact")>
                        <option value="compact" selected>"Compact: controls, four figures, cost chart"</option>
                        <option value="full">"Full: every figure, both charts, budget"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="embed-theme">"Embed theme"</label>
                    <select
                        id="embed-theme"
                        on:change=move |ev| {
                            if let Some(t) = Theme::from_key(&event_target_value(&ev)) {
                                chosen.update(|p| p.theme = t);
                            }
                        }
                    >
                        {theme_options}
                    </select>
                </div>
                <div class="field">
                    <label for="embed-accent">"Accent colour"</label>
                    <input
                        type="color"
                        id="embed-accent"
                        value=look.accent.unwrap_or(STANDARD_ACCENT).hex()
                        on:input=move |ev| {
                            if let Some(color) = Rgb::parse(&event_target_value(&ev)) {
                                chosen.update(|p| p.accent = Some(color).filter(|a| *a != STANDARD_ACCENT));
                            }
                        }
                    />
                </div>
                <fieldset class="field embed-hide">
                    <legend>"Controls your page fixes"</legend>
                    {hide_boxes}
                </fieldset>
            </div>
            <div class="embed-options embed-cta">
                <label class="check">
                    <input type="checkbox" id="embed-full-link" checked on:change=move |ev| chosen.update(|p| p.no_full_link = !event_target_checked(&ev)) />
                    "Show “Open full planner”"
                </label>
                <div class="field cta-address">
                    <label for="embed-cta">"Your button's address (optional)"</label>
                    <input
                        type="url"
                        id="embed-cta"
                        placeholder="https://your-site.example/contact"
                        aria-describedby="embed-cta-hint embed-cta-message"
                        node_ref=address_field
                        aria-invalid=move || if address_note.with(String::is_empty) { "false" } else { "true" }
                        on:input=read_cta_fields
                    />
                    <p id="embed-cta-hint" class="hint">
                        "A button in the embed's top bar. It opens this https address in a new tab, with the visitor's scenario added as hireplan=… so your form can fill itself in."
                    </p>
                    <p id="embed-cta-message" class="field-message" role="status">{move || address_note.get()}</p>
                </div>
                <div class="field">
                    <label for="embed-cta-label">"Button label"</label>
                    <input
                        type="text"
                        id="embed-cta-label"
                        placeholder="Contact us"
                        aria-describedby="embed-cta-label-message"
                        node_ref=label_field
                        on:input=read_cta_fields
                    />
                    <p id="embed-cta-label-message" class="field-message" role="status">{move || label_note.get()}</p>
                </div>
            </div>
            <div class="share-field">
                <label for="embed-code">"Embed code"</label>
                <textarea id="embed-code" node_ref=code_field readonly rows="3" prop:value=move || snippet.get()></textarea>
            </div>
            <div class="budget-actions">
                <button type="button" class="button" on:click=copy>"Copy embed code"</button>
                <a class="button secondary" href=move || preview.get() target="_blank" rel="noopener">
                    "Preview the embed"
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </div>
            <p class="action-status" role="status">{move || status.get()}</p>
        </section>
    }
}

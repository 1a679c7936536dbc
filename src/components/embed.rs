//! "Embed this planner": the snippet a staffing firm pastes into its landing page, for the
//! current scenario, with the theme, accent and hidden controls chosen here.

use leptos::html;
use leptos::prelude::*;

use crate::components::copy_or_select;
use crate::link;
use crate::model::Scenario;
use crate::presentation::{embed_snippet, Control, Presentation, Rgb, Theme};
use crate::web;

/// The accent the stylesheet uses when a link sets none (`--color-accent`).
const STANDARD_ACCENT: Rgb = Rgb(0x1f, 0x5f, 0xbf);

#[component]
pub fn EmbedPanel(
    /// The scenario the embed opens with.
    scenario: RwSignal<Scenario>,
    /// How this page was opened: its theme and accent are the starting choice.
    look: Presentation,
) -> impl IntoView {
    let theme = RwSignal::new(look.theme);
    let accent = RwSignal::new(look.accent.unwrap_or(STANDARD_ACCENT));
    let hidden = RwSignal::new(Vec::<Control>::new());
    let status = RwSignal::new(String::new());
    let code_field = NodeRef::<html::Textarea>::new();

    let chosen = Memo::new(move |_| Presentation {
        embed: true,
        accent: Some(accent.get()).filter(|a| *a != STANDARD_ACCENT),
        theme: theme.get(),
        hidden: hidden.get(),
    });
    // embed.js adds `embed=1` itself; the rest travels in the placeholder.
    let snippet_query = Memo::new(move |_| {
        let pairs: Vec<(String, String)> = chosen
            .with(|p| p.pairs())
            .into_iter()
            .filter(|(k, _)| k != link::keys::EMBED)
            .collect();
        scenario.with(|s| link::encode_rolling(s, &pairs))
    });
    let snippet =
        Memo::new(move |_| embed_snippet(&web::asset_url("embed.js"), &snippet_query.get()));
    let preview = Memo::new(move |_| {
        web::address_with_query(
            &scenario.with(|s| link::encode_rolling(s, &chosen.with(|p| p.pairs()))),
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
        .map(|t| view! { <option value=t.key() prop:selected=move || theme.get() == t>{t.label()}</option> })
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
                        prop:checked=move || hidden.with(|h| h.contains(&control))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            hidden.update(|h| {
                                h.retain(|c| *c != control);
                                if on {
                                    h.push(control);
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
                "Its search always opens next quarter for each visitor, so the embed never goes out of date. "
                "It sizes itself to its content, works in a sandboxed iframe, and sends nothing anywhere."
            </p>
            <div class="embed-options">
                <div class="field">
                    <label for="embed-theme">"Embed theme"</label>
                    <select
                        id="embed-theme"
                        on:change=move |ev| {
                            if let Some(t) = Theme::from_key(&event_target_value(&ev)) {
                                theme.set(t);
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
                        prop:value=move || accent.get().hex()
                        on:input=move |ev| {
                            if let Some(color) = Rgb::parse(&event_target_value(&ev)) {
                                accent.set(color);
                            }
                        }
                    />
                </div>
                <fieldset class="field embed-hide">
                    <legend>"Controls your page fixes"</legend>
                    {hide_boxes}
                </fieldset>
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

//! Comparing options: which option the controls edit, and the one-click actions on the plan
//! (add, duplicate, rename, remove, make baseline, back to one scenario, ready-made
//! comparisons). Every action is a plan method (`crate::model::Plan`); this only shows them.

use leptos::prelude::*;

use crate::model::{Plan, MAX_NAME_CHARS};

/// The CSS class of option `index`'s colour and line style (`option-a`...), shared with the
/// charts and the comparison table so an option looks the same everywhere.
pub fn option_class(index: usize) -> &'static str {
    ["option-a", "option-b", "option-c"]
        .get(index)
        .copied()
        .unwrap_or("")
}

fn letter(index: usize) -> &'static str {
    Plan::letter(index)
}

/// The options as buttons (pressed: the one the controls edit), the selected option's
/// actions, and the plan's.
#[component]
pub fn OptionSwitcher(plan: RwSignal<Plan>) -> impl IntoView {
    // What the last action did, read out by screen readers (focus stays where it was).
    let status = RwSignal::new(String::new());
    let count = Memo::new(move |_| plan.with(Plan::len));
    let selected = Memo::new(move |_| plan.with(Plan::selected));
    let act = move |action: &'static str, change: fn(&mut Plan, usize) -> bool| {
        move |_| {
            let index = selected.get_untracked();
            let mut done = false;
            plan.update(|p| done = change(p, index));
            if done {
                let now = plan.with_untracked(|p| (p.selected(), p.name(p.selected())));
                status.set(format!(
                    "{action}. Now editing option {}: {}.",
                    letter(now.0),
                    now.1
                ));
            }
        }
    };
    let add = act("Option added", |p, _| p.add().is_some());
    let duplicate = act("Option duplicated", |p, i| p.duplicate(i).is_some());
    let remove = act("Option removed", Plan::remove);
    let make_baseline = act("Made the baseline (A)", Plan::make_baseline);
    let reset = act("Back to one scenario", |p, _| {
        p.reset_to_single();
        true
    });

    let tabs = move || {
        (0..count.get())
            .map(|index| {
                let name = move || plan.with(|p| p.name(index));
                let pressed = move || selected.get() == index;
                view! {
                    <li>
                        <button
                            type="button"
                            class=format!("option-tab {}", option_class(index))
                            aria-pressed=move || if pressed() { "true" } else { "false" }
                            on:click=move |_| {
                                plan.update(|p| {
                                    p.select(index);
                                });
                            }
                        >
                            <span class="option-swatch" aria-hidden="true"></span>
                            <span class="option-letter">{letter(index)}</span>
                            <span class="option-name">{name}</span>
                            {(index == 0).then(|| view! { <span class="option-role">"baseline"</span> })}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    let rename_field = move || {
        let index = selected.get();
        let typed = plan.with_untracked(|p| {
            p.options()
                .get(index)
                .and_then(|o| o.name.clone())
                .unwrap_or_default()
        });
        let default_name = move || plan.with(|p| p.name(index));
        view! {
            <label class="option-name-field">
                <span>{format!("Name of option {}", letter(index))}</span>
                <input
                    type="text"
                    maxlength=MAX_NAME_CHARS.to_string()
                    prop:value=typed
                    placeholder=default_name
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        let mut cleaned = None;
                        plan.update(|p| cleaned = p.rename(index, &text));
                        let shown = plan.with_untracked(|p| p.name(index));
                        status.set(match cleaned {
                            Some(true) if !text.trim().is_empty() => format!(
                                "Renamed to \u{201c}{shown}\u{201d}: names are plain text of at most {MAX_NAME_CHARS} characters."
                            ),
                            Some(_) => format!("Option {} is called \u{201c}{shown}\u{201d}.", letter(index)),
                            None => String::new(),
                        });
                    }
                />
            </label>
        }
    };

    view! {
        <div class="plan-bar">
            <Show
                when=move || { count.get() > 1 }
                fallback=move || view! {
                    <p class="plan-intro">
                        "Weighing two ways to hire? Add an option and compare them side by side."
                    </p>
                }
            >
                <p class="plan-heading" id="plan-heading">
                    "Options compared: the controls below edit the pressed one"
                </p>
                <ul class="option-tabs" aria-labelledby="plan-heading">{tabs}</ul>
                <div class="option-actions" role="group" aria-label=move || format!("Option {}", letter(selected.get()))>
                    {rename_field}
                    <button type="button" class="link-button" on:click=duplicate disabled=move || !plan.with(Plan::can_add)>
                        "Duplicate"
                    </button>
                    <button type="button" class="link-button" on:click=make_baseline disabled=move || selected.get() == 0>
                        "Make baseline"
                    </button>
                    <button type="button" class="link-button" on:click=remove>
                        "Remove"
                    </button>
                </div>
            </Show>
            <div class="plan-actions">
                <button type="button" class="button secondary" on:click=add disabled=move || !plan.with(Plan::can_add)>
                    {move || if count.get() > 1 { "Add option" } else { "Compare: add an option" }}
                </button>
                <Show when=move || { count.get() > 1 }>
                    <button type="button" class="link-button" on:click=reset>
                        "Back to one scenario"
                    </button>
                </Show>
            </div>
            <p class="visually-hidden" role="status" aria-live="polite">{move || status.get()}</p>
        </div>
    }
}

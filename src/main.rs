fn main() {
    // First, so that a panic anywhere later shows the visitor a notice instead of a frozen page.
    hireplan::crash::install();
    leptos::mount::mount_to_body(hireplan::app::App);
}

fn main() {
    // First, so that a panic anywhere later shows the visitor a notice instead of a frozen page.
    hireplan::crash::install();
    // Everything else runs in later tasks (the page is already on screen, prerendered).
    hireplan::boot::start();
}

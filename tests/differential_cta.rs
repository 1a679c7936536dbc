//! Differential tests of the embed's call-to-action address check (`https_host` in
//! `src/presentation.rs`, hand-written so the wasm carries no URL parser) against the `url`
//! crate, which implements the WHATWG URL standard that browsers follow.
//!
//! The contract: whatever `https_host` accepts, `url` reads as an `https` URL with no user name
//! and no password, whose host is the one `https_host` returned (so the button's accessible
//! name names the site it really opens). And the button's address (`CallToAction::href`) still
//! reads that way, with the scenario's query back out of its one `hireplan` parameter.
//!
//! `https_host` is stricter than the standard on purpose. Every address `url` takes as https
//! without credentials but `https_host` refuses must be explained by one of these rules, checked
//! here by `refusal_is_documented` on its own, from the text and from what `url` parsed:
//! 1. longer than 500 characters;
//! 2. anything but printable ASCII, or a backslash (`url` strips tabs and newlines, trims
//!    spaces and control characters, reads `\` as `/`, encodes the rest);
//! 3. not spelled `https://` (`url` also takes `https:host`, `https:/host`, `https:\\host`);
//! 4. an `@` before the host, even with nothing before it (`url`: `https://@host` has no
//!    credentials);
//! 5. a host that is not a plain DNS name: an IPv4 address in any form, IPv6, a trailing or
//!    doubled dot, `_` or other punctuation, a `%` escape, an `xn--` label, a label over 63 or a
//!    name over 253 characters, a last label not starting with a letter; or a port that is not
//!    one to five digits up to 65535 (`url` takes `https://host:/` and `https://host:000443`).
#![cfg(not(target_arch = "wasm32"))]

use hireplan::presentation::{https_host, AddressError, CallToAction, CTA_PARAMETER};
use proptest::prelude::*;
use proptest::string::string_regex;
use url::{Host, Url};

/// What `url` makes of `text` if it is https without credentials: the parsed URL.
fn browser_https(text: &str) -> Option<Url> {
    Url::parse(text)
        .ok()
        .filter(|u| u.scheme() == "https" && u.username().is_empty() && u.password().is_none())
}

/// The host and port as written between `https://` and the first `/`, `?` or `#` (after any
/// `@`), for text that starts with `https://` in any case.
fn written_host_and_port(text: &str) -> (&str, Option<&str>) {
    let rest = &text[8..];
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let authority = authority.rsplit('@').next().unwrap_or_default();
    match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    }
}

fn is_dns_name(name: &str) -> bool {
    let labels: Vec<&str> = name.split('.').collect();
    name.len() <= 253
        && labels
            .last()
            .is_some_and(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !l.to_ascii_lowercase().starts_with("xn--")
        })
}

/// Whether refusing `text`, which `url` reads as https without credentials, follows one of the
/// rules in the module comment; `reason` is what `https_host` said.
fn refusal_is_documented(text: &str, parsed: &Url, reason: AddressError) -> bool {
    let too_long = text.chars().count() > 500;
    let odd_character = text.bytes().any(|b| !b.is_ascii_graphic() || b == b'\\');
    let not_spelled_https = !text
        .get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"));
    match reason {
        AddressError::TooLong => too_long,
        AddressError::BadCharacter => !too_long && odd_character,
        AddressError::NotHttps => !too_long && !odd_character && not_spelled_https,
        AddressError::Credentials => {
            let rest = &text[8..];
            rest.split(['/', '?', '#'])
                .next()
                .unwrap_or_default()
                .contains('@')
        }
        AddressError::BadHost => {
            let (host, port) = written_host_and_port(text);
            let port_unusual = port.is_some_and(|p| {
                p.is_empty() || p.len() > 5 || p.parse::<u32>().map_or(true, |n| n > 65_535)
            });
            let host_unusual = match parsed.host() {
                Some(Host::Domain(name)) => !is_dns_name(name) || !is_dns_name(host),
                _ => true,
            };
            port_unusual || host_unusual
        }
    }
}

/// Checks the contract for one text (see the module comment).
fn check(text: &str) -> Result<(), TestCaseError> {
    let ours = https_host(text);
    let theirs = browser_https(text);
    match (&ours, &theirs) {
        (Ok(host), Some(parsed)) => {
            prop_assert_eq!(parsed.host_str(), Some(host.as_str()), "{:?}", text);
            prop_assert!(matches!(parsed.host(), Some(Host::Domain(_))), "{:?}", text);
        }
        (Ok(host), None) => {
            return Err(TestCaseError::fail(format!(
                "accepted {text:?} (host {host}), which url reads as {:?}",
                Url::parse(text)
            )))
        }
        (Err(reason), Some(parsed)) => prop_assert!(
            refusal_is_documented(text, parsed, *reason),
            "refused {:?} ({:?}) for no documented reason; url reads host {:?}",
            text,
            reason,
            parsed.host_str()
        ),
        (Err(_), None) => {}
    }
    Ok(())
}

/// A DNS label; the last one starts with a letter (ours never accepts anything else, so the
/// generated addresses are the ones it must accept).
fn label() -> impl Strategy<Value = String> {
    string_regex("[a-zA-Z0-9][a-zA-Z0-9-]{0,14}")
        .unwrap()
        .prop_filter("no xn-- labels", |l| {
            !l.to_ascii_lowercase().starts_with("xn--")
        })
}

fn valid_address() -> impl Strategy<Value = String> {
    let scheme = prop::sample::select(vec!["https://", "HTTPS://", "Https://", "hTTps://"]);
    let last = string_regex("[a-zA-Z][a-zA-Z0-9-]{0,9}")
        .unwrap()
        .prop_filter("no xn-- labels", |l| {
            !l.to_ascii_lowercase().starts_with("xn--")
        });
    let port = prop::option::of(0_u32..=65_535);
    // Path, query and fragment: printable ASCII but the backslash; `url` percent-encodes what it
    // must, and none of it changes the host.
    let path = string_regex("(/[A-Za-z0-9._~!$&'()*+,;=:@%\"<>^`{|}\\[\\]-]{0,12}){0,3}").unwrap();
    let query = prop::option::of(string_regex("[!-\\[\\]-~]{0,30}").unwrap());
    let fragment = prop::option::of(string_regex("[!-\\[\\]-~]{0,20}").unwrap());
    (
        scheme,
        prop::collection::vec(label(), 0..4),
        last,
        port,
        path,
        query,
        fragment,
    )
        .prop_map(|(scheme, labels, last, port, path, query, fragment)| {
            let mut text = scheme.to_string();
            for l in labels {
                text.push_str(&l);
                text.push('.');
            }
            text.push_str(&last);
            if let Some(port) = port {
                text.push_str(&format!(":{port}"));
            }
            text.push_str(&path);
            if let Some(query) = query {
                // Up to the first `#`, which starts the fragment.
                text.push('?');
                text.push_str(query.split('#').next().unwrap_or_default());
            }
            if let Some(fragment) = fragment {
                text.push('#');
                text.push_str(&fragment);
            }
            text
        })
}

/// Pieces of addresses browsers and attackers disagree on, strung together.
fn hostile() -> impl Strategy<Value = String> {
    let pieces = vec![
        "https://",
        "HTTPS://",
        "http://",
        "https:",
        "https:/",
        "https:\\\\",
        "//",
        "/",
        "\\",
        "@",
        ":",
        "?",
        "#",
        "%",
        "%2e",
        "%40",
        "%41",
        ".",
        "..",
        "a",
        "Z",
        "acme",
        "example",
        "com",
        "0",
        "1",
        "255",
        "7f",
        "0x",
        "0x7f",
        "xn--",
        "xn--mnchen-3ya",
        "-",
        "_",
        "[",
        "]",
        "[::1]",
        "::",
        " ",
        "\t",
        "\n",
        "\r",
        "\u{0}",
        "\u{7f}",
        "\u{a0}",
        "é",
        "ß",
        "\u{202e}",
        "\u{200b}",
        "\u{3002}",
        "\u{ff0e}",
        "javascript:",
        "data:",
        "user",
        "pass",
        "localhost",
        "127.0.0.1",
        "443",
        "65535",
        "65536",
        "000443",
        "&",
        "=",
        "+",
        "~",
    ];
    prop::collection::vec(prop::sample::select(pieces), 1..14).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4_000))]

    #[test]
    fn generated_https_addresses_are_accepted_with_the_browsers_host(text in valid_address()) {
        let host = https_host(&text);
        prop_assert!(host.is_ok(), "{:?}: {:?}", text, host);
        check(&text)?;
    }

    #[test]
    fn hostile_addresses_agree_with_url(text in hostile()) {
        check(&text)?;
    }

    #[test]
    fn hostile_addresses_after_https_agree_with_url(text in hostile()) {
        check(&format!("https://{text}"))?;
        check(&format!("https://acme.example{text}"))?;
    }

    #[test]
    fn any_text_agrees_with_url(text in any::<String>()) {
        check(&text)?;
        check(&format!("https://{text}"))?;
    }

    /// The button's address: the same site, the partner's path, query and fragment kept, and
    /// the scenario's query back, whole, from the one added parameter.
    #[test]
    fn the_buttons_address_reads_back(address in valid_address(), scenario_query in any::<String>()) {
        let host = https_host(&address).unwrap();
        let cta = CallToAction { address: address.clone(), host: host.clone(), label: None };
        let href = cta.href(&scenario_query);
        let before = Url::parse(&address).unwrap();
        let after = browser_https(&href);
        prop_assert!(after.is_some(), "{:?}", href);
        let after = after.unwrap();
        prop_assert_eq!(after.host_str(), Some(host.as_str()));
        prop_assert_eq!(after.port(), before.port());
        prop_assert_eq!(after.path(), before.path());
        prop_assert_eq!(after.fragment(), before.fragment());
        let pairs_before: Vec<_> = before.query_pairs().collect();
        let pairs_after: Vec<_> = after.query_pairs().collect();
        prop_assert_eq!(&pairs_after[..pairs_before.len()], &pairs_before[..]);
        prop_assert_eq!(pairs_after.len(), pairs_before.len() + 1);
        let (key, value) = pairs_after.last().unwrap();
        prop_assert_eq!(key.as_ref(), CTA_PARAMETER);
        prop_assert_eq!(value.as_ref(), scenario_query.as_str());
    }
}

/// Addresses that have fooled URL checks elsewhere, each with what `url` (a browser) makes of
/// it, and the contract checked for each.
#[test]
fn known_tricks() {
    let cases: &[(&str, Option<&str>)] = &[
        // (address, the host a browser would open over https without credentials, if any)
        ("javascript:alert(1)", None),
        ("JAVASCRIPT:alert(1)//https://acme.example", None),
        ("data:text/html;base64,PHNjcmlwdD4=", None),
        ("http://acme.example", None),
        ("https://user:pass@acme.example/", None),
        ("https://user@acme.example/", None),
        ("https://acme.example@evil.example/", None),
        ("https://@acme.example/", Some("acme.example")),
        ("https://:@acme.example/", Some("acme.example")),
        ("https://evil.example\\@acme.example/", Some("evil.example")),
        ("https:\\\\evil.example/", Some("evil.example")),
        ("https:evil.example", Some("evil.example")),
        ("https:/evil.example", Some("evil.example")),
        ("https:///evil.example", Some("evil.example")),
        (" https://evil.example", Some("evil.example")),
        ("https://evil.exa\tmple/", Some("evil.example")),
        ("https://evil.exa\nmple/", Some("evil.example")),
        ("https://%65vil.example/", Some("evil.example")),
        ("https://EVIL.example./", Some("evil.example.")),
        ("https://0x7f.1/", Some("127.0.0.1")),
        ("https://2130706433/", Some("127.0.0.1")),
        ("https://127.1/", Some("127.0.0.1")),
        ("https://[::1]/", Some("[::1]")),
        ("https://münchen.example/", Some("xn--mnchen-3ya.example")),
        ("https://evil\u{3002}example/", Some("evil.example")),
        ("https://acme.example:/", Some("acme.example")),
        ("https://acme.example:000443/", Some("acme.example")),
        ("https://acme.example:65536/", None),
        (
            "https://acme_staffing.example/",
            Some("acme_staffing.example"),
        ),
    ];
    for (address, browser_host) in cases {
        assert_eq!(
            browser_https(address)
                .and_then(|u| u.host_str().map(str::to_string))
                .as_deref(),
            *browser_host,
            "url crate's reading of {address:?}"
        );
        // None of these is accepted: each is either not https for a browser, or one of the
        // documented refusals.
        assert!(https_host(address).is_err(), "{address:?}");
        check(address).unwrap();
    }
    for address in [
        "https://acme-staffing.com/contact?x=1#form",
        "https://A.B.example:8443",
    ] {
        check(address).unwrap();
        assert!(https_host(address).is_ok());
    }
}

/// The generated hostile addresses reach every outcome: accepted, each reason for refusing,
/// and refusals of addresses a browser would open (the documented stricter rules), so the
/// comparisons above are not vacuous.
#[test]
fn hostile_inputs_reach_every_outcome() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = hostile().prop_map(|t| format!("https://{t}"));
    let mut seen = std::collections::BTreeMap::<String, usize>::new();
    for _ in 0..20_000 {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        let outcome = match (https_host(&text), browser_https(&text)) {
            (Ok(_), _) => "accepted".to_string(),
            (Err(reason), Some(_)) => format!("{reason:?}, a browser would open it"),
            (Err(reason), None) => format!("{reason:?}"),
        };
        *seen.entry(outcome).or_default() += 1;
    }
    for outcome in [
        "accepted",
        "BadCharacter",
        "BadCharacter, a browser would open it",
        "Credentials",
        "Credentials, a browser would open it",
        "BadHost",
        "BadHost, a browser would open it",
    ] {
        assert!(seen.contains_key(outcome), "never {outcome}: {seen:?}");
    }
}

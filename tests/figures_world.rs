//! Money as local outlets around the world write it, and the claim each figure makes
//! (issue 14), as tables: a text and every money figure expected in it, field by field.

use article_annotator::{Annotator, Change, Figure, FigureKind, Options};

/// One money figure expected: its text, value and currency (`None`: no value or currency).
struct Money {
    text: &'static str,
    value: Option<f64>,
    currency: Option<&'static str>,
}

/// One row: what happens, a text, and every money figure expected in it, in order.
struct Case {
    name: &'static str,
    text: &'static str,
    want: &'static [Money],
}

const fn m(text: &'static str, value: f64, currency: &'static str) -> Money {
    Money {
        text,
        value: Some(value),
        currency: Some(currency),
    }
}

/// Money whose currency the text does not settle.
const fn unknown(text: &'static str, value: f64) -> Money {
    Money {
        text,
        value: Some(value),
        currency: None,
    }
}

const WORLD_MONEY: &[Case] = &[
    Case {
        name: "naira sign",
        text: "The state paid ₦45,000 to each family.",
        want: &[m("₦45,000", 45_000.0, "NGN")],
    },
    Case {
        name: "N with a scale in a Nigerian story",
        text: "Nigerian officials said N7.2bn was recovered.",
        want: &[m("N7.2bn", 7.2e9, "NGN")],
    },
    Case {
        name: "N with a scale where nothing says which country",
        text: "The fund lost N7.2bn.",
        want: &[unknown("N7.2bn", 7.2e9)],
    },
    Case {
        name: "a letter before a small amount is no money",
        text: "Take the N2 to exit R21 near gate P4.",
        want: &[],
    },
    Case {
        name: "rand with a scale and a South African cue",
        text: "South Africa's treasury set aside R3.5 billion.",
        want: &[m("R3.5 billion", 3.5e9, "ZAR")],
    },
    Case {
        name: "rand grouped with plain spaces",
        text: "In Durban, South Africa, he was fined R120 000.",
        want: &[m("R120 000", 120_000.0, "ZAR")],
    },
    Case {
        name: "a decimal comma before a scale",
        text: "The club spent ZAR3,2 million.",
        want: &[m("ZAR3,2 million", 3.2e6, "ZAR")],
    },
    Case {
        name: "Kenyan shillings by sign",
        text: "Tickets cost KSh 2,000 in Nairobi.",
        want: &[m("KSh 2,000", 2000.0, "KES")],
    },
    Case {
        name: "Sh with a scale in a Kenyan story",
        text: "Kenya's county spent Sh500m on roads.",
        want: &[m("Sh500m", 500e6, "KES")],
    },
    Case {
        name: "shillings after the amount, settled by the country",
        text: "In Uganda, a kilo of sugar costs 5,000 shillings.",
        want: &[m("5,000 shillings", 5000.0, "UGX")],
    },
    Case {
        name: "rupees with crore",
        text: "The project costs Rs 75 crore.",
        want: &[m("Rs 75 crore", 750e6, "INR")],
    },
    Case {
        name: "Rs in a Pakistani story",
        text: "Pakistan's cabinet approved Rs 75 crore for Karachi.",
        want: &[m("Rs 75 crore", 750e6, "PKR")],
    },
    Case {
        name: "rupee sign with lakh",
        text: "He was paid ₹2.5 lakh.",
        want: &[m("₹2.5 lakh", 250_000.0, "INR")],
    },
    Case {
        name: "a sign after the amount",
        text: "I bought a bat for 1500 Rs.",
        want: &[m("1500 Rs", 1500.0, "INR")],
    },
    Case {
        name: "taka with crore",
        text: "The bank lost Tk 300 crore.",
        want: &[m("Tk 300 crore", 3e9, "BDT")],
    },
    Case {
        name: "rupiah and ringgit",
        text: "Jakarta spent Rp 5 trillion; Kuala Lumpur RM2.5 billion.",
        want: &[
            m("Rp 5 trillion", 5e12, "IDR"),
            m("RM2.5 billion", 2.5e9, "MYR"),
        ],
    },
    Case {
        name: "Philippine pesos by letter",
        text: "Filipino officials said the budget adds P5 billion.",
        want: &[m("P5 billion", 5e9, "PHP")],
    },
    Case {
        name: "pesos in an Argentine story",
        text: "In Argentina, bread now costs 900 pesos.",
        want: &[m("900 pesos", 900.0, "ARS")],
    },
    Case {
        name: "cedi sign",
        text: "The donation was worth GH₵180,000.00.",
        want: &[m("GH₵180,000.00", 180_000.0, "GHS")],
    },
    Case {
        name: "Gulf currencies",
        text: "Profits were QR330.7mn, KD 150 million, SR24 million, BD 5 million and AED 300.",
        want: &[
            m("QR330.7mn", 330.7e6, "QAR"),
            m("KD 150 million", 150e6, "KWD"),
            m("SR24 million", 24e6, "SAR"),
            m("BD 5 million", 5e6, "BHD"),
            m("AED 300", 300.0, "AED"),
        ],
    },
    Case {
        name: "dirhams by Dh",
        text: "Each family will receive Dh 5,000.",
        want: &[m("Dh 5,000", 5000.0, "AED")],
    },
    Case {
        name: "Egyptian pounds",
        text: "The contract is worth LE 1.29 billion, or E£50 a share.",
        want: &[m("LE 1.29 billion", 1.29e9, "EGP"), m("E£50", 50.0, "EGP")],
    },
    Case {
        name: "colones",
        text: "Entry costs ₡1000 or 1,200 colones by car.",
        want: &[m("₡1000", 1000.0, "CRC"), m("1,200 colones", 1200.0, "CRC")],
    },
    Case {
        name: "the words before the amount",
        text: "They paid US dollars 6,000, then dollars 5 million.",
        want: &[
            m("US dollars 6,000", 6000.0, "USD"),
            m("dollars 5 million", 5e6, "USD"),
        ],
    },
    Case {
        name: "the words after the amount",
        text: "They paid 6,000 US dollars.",
        want: &[m("6,000 US dollars", 6000.0, "USD")],
    },
    Case {
        name: "a currency said twice is one amount",
        text: "It cost $600 million dollars.",
        want: &[m("$600 million dollars", 600e6, "USD")],
    },
    Case {
        name: "a range shares its scale",
        text: "It will cost $2.3–2.6 billion.",
        want: &[m("$2.3", 2.3e9, "USD"), m("2.6 billion", 2.6e9, "USD")],
    },
    Case {
        name: "a range of amounts in words",
        text: "It costs 2 to 3 million dollars.",
        want: &[m("2", 2e6, "USD"), m("3 million dollars", 3e6, "USD")],
    },
    Case {
        name: "codes that name things",
        text: "At COP27 and COP 27 leaders met on SDG 15; the PS5 sold out.",
        want: &[],
    },
    Case {
        name: "a currency alone is money with no value",
        text: "The yuan and the Singapore dollar rose.",
        want: &[
            Money {
                text: "yuan",
                value: None,
                currency: Some("CNY"),
            },
            Money {
                text: "Singapore dollar",
                value: None,
                currency: Some("SGD"),
            },
        ],
    },
    Case {
        name: "names that are currencies are not money",
        text: "Donnie Yen starred; Lee Hung-yuan spoke; the CUD won 108 seats.",
        want: &[],
    },
    Case {
        name: "marks and gold are no money",
        text: "Cases passed the 4,000 mark; she won two gold medals.",
        want: &[],
    },
];

fn check(cases: &[Case]) {
    let annotator = Annotator::new().unwrap();
    let mut failures = Vec::new();
    for case in cases {
        let doc = annotator.annotate(case.text).unwrap();
        let got: Vec<&Figure> = doc
            .figures
            .iter()
            .filter(|f| f.kind == FigureKind::Money)
            .collect();
        let same = |g: &&Figure, w: &Money| {
            let value = match (g.value, w.value) {
                (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
                (a, b) => a.is_none() && b.is_none(),
            };
            g.text == w.text && value && g.currency.as_deref() == w.currency
        };
        if got.len() != case.want.len() || !got.iter().zip(case.want).all(|(g, w)| same(g, w)) {
            let shown: Vec<String> = got
                .iter()
                .map(|g| format!("{:?} {:?} {:?}", g.text, g.value, g.currency))
                .collect();
            failures.push(format!("{}: {:?}\n    got {shown:?}", case.name, case.text));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn money_as_the_world_writes_it() {
    check(WORLD_MONEY);
}

#[test]
fn a_range_in_cents_gives_two_amounts_in_cents() {
    let doc = Annotator::new()
        .unwrap()
        .annotate("Bread rose 60-70 cents.")
        .unwrap();
    let cents: Vec<(&str, Option<f64>, Option<&str>)> = doc
        .figures
        .iter()
        .map(|f| (f.text.as_str(), f.value, f.unit.as_deref()))
        .collect();
    assert_eq!(
        cents,
        [
            ("60", Some(60.0), Some("cent")),
            ("70 cents", Some(70.0), Some("cent"))
        ]
    );
}

/// One figure expected with its claim: its text and `change`.
struct Claim {
    text: &'static str,
    change: Option<Change>,
}

const fn c(text: &'static str, change: Option<Change>) -> Claim {
    Claim { text, change }
}

/// What a figure claims around its value.
const CLAIMS: &[(&str, &[Claim])] = &[
    (
        "It cost about $5 million.",
        &[c("about $5 million", Some(Change::About))],
    ),
    (
        "Nearly 50% voted, some 300 people.",
        &[
            c("Nearly 50%", Some(Change::About)),
            c("some 300", Some(Change::About)),
        ],
    ),
    (
        "More than 1,000 were hurt, at least 20 badly.",
        &[
            c("More than 1,000", Some(Change::More)),
            c("at least 20", Some(Change::More)),
        ],
    ),
    (
        "Fewer than 30 came; up to 40 may.",
        &[
            c("Fewer than 30", Some(Change::Less)),
            c("up to 40", Some(Change::Less)),
        ],
    ),
    (
        "Shares rose 5% and the index fell 19 cents.",
        &[c("5%", Some(Change::Up)), c("19 cents", Some(Change::Down))],
    ),
    (
        "Exports were down 3.2 per cent, imports up 4%.",
        &[
            c("3.2 per cent", Some(Change::Down)),
            c("4%", Some(Change::Up)),
        ],
    ),
    (
        "Sales grew by 12% after a 5% drop.",
        &[c("12%", Some(Change::Up)), c("5%", Some(Change::Down))],
    ),
    (
        "Prices rose to $5 from $4.",
        &[c("$5", None), c("$4", None)],
    ),
    ("The plan costs $34 million.", &[c("$34 million", None)]),
    (
        "It has 5,000 members or more.",
        &[c("5,000", Some(Change::More))],
    ),
];

#[test]
fn figures_carry_their_claim() {
    let annotator = Annotator::new().unwrap();
    let mut failures = Vec::new();
    for (text, want) in CLAIMS {
        let doc = annotator.annotate_with(text, &Options::default()).unwrap();
        let got: Vec<(&str, Option<Change>)> = doc
            .figures
            .iter()
            .map(|f| (f.text.as_str(), f.change))
            .collect();
        let expected: Vec<(&str, Option<Change>)> =
            want.iter().map(|w| (w.text, w.change)).collect();
        if got != expected {
            failures.push(format!("{text:?}\n    got {got:?}\n    want {expected:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_figure_before_a_hyphen_that_ends_the_text_is_read() {
    let doc = Annotator::new().unwrap().annotate("Sales rose 5-").unwrap();
    let got: Vec<(&str, Option<Change>)> = doc
        .figures
        .iter()
        .map(|f| (f.text.as_str(), f.change))
        .collect();
    assert_eq!(got, [("5", Some(Change::Up))]);
}

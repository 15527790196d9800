//! Money as local outlets around the world write it, and the claim each figure makes
//! (issue 14), as tables: a text and every money figure expected in it, field by field.

#[path = "common/figure_table.rs"]
mod figure_table;
#[path = "common/invariants.rs"]
mod invariants;
#[path = "common/table.rs"]
mod table;

use article_annotator::{Change, FigureKind, Options};
use figure_table::{want, Case};

/// Money as local outlets write it; rows name only the money figures of their text.
const WORLD_MONEY: &[Case] = &[
    Case {
        name: "naira sign",
        text: "The state paid ₦45,000 to each family.",
        want: &[want!("₦45,000", Money, value = 45_000.0, currency = "NGN")],
    },
    Case {
        name: "N with a scale in a Nigerian story",
        text: "Nigerian officials said N7.2bn was recovered.",
        want: &[want!("N7.2bn", Money, value = 7.2e9, currency = "NGN")],
    },
    Case {
        name: "N with a scale where nothing says which country",
        text: "The fund lost N7.2bn.",
        want: &[want!("N7.2bn", Money, value = 7.2e9)],
    },
    Case {
        name: "a letter before a small amount is no money",
        text: "Take the N2 to exit R21 near gate P4.",
        want: &[],
    },
    Case {
        name: "rand with a scale and a South African cue",
        text: "South Africa's treasury set aside R3.5 billion.",
        want: &[want!(
            "R3.5 billion",
            Money,
            value = 3.5e9,
            currency = "ZAR"
        )],
    },
    Case {
        name: "rand grouped with plain spaces",
        text: "In Durban, South Africa, he was fined R120 000.",
        want: &[want!(
            "R120 000",
            Money,
            value = 120_000.0,
            currency = "ZAR"
        )],
    },
    Case {
        name: "a decimal comma before a scale",
        text: "The club spent ZAR3,2 million.",
        want: &[want!(
            "ZAR3,2 million",
            Money,
            value = 3.2e6,
            currency = "ZAR"
        )],
    },
    Case {
        name: "Kenyan shillings by sign",
        text: "Tickets cost KSh 2,000 in Nairobi.",
        want: &[want!("KSh 2,000", Money, value = 2000.0, currency = "KES")],
    },
    Case {
        name: "Sh with a scale in a Kenyan story",
        text: "Kenya's county spent Sh500m on roads.",
        want: &[want!("Sh500m", Money, value = 500e6, currency = "KES")],
    },
    Case {
        name: "shillings after the amount, settled by the country",
        text: "In Uganda, a kilo of sugar costs 5,000 shillings.",
        want: &[want!(
            "5,000 shillings",
            Money,
            value = 5000.0,
            currency = "UGX"
        )],
    },
    Case {
        name: "rupees with crore",
        text: "The project costs Rs 75 crore.",
        want: &[want!("Rs 75 crore", Money, value = 750e6, currency = "INR")],
    },
    Case {
        name: "Rs in a Pakistani story",
        text: "Pakistan's cabinet approved Rs 75 crore for Karachi.",
        want: &[want!("Rs 75 crore", Money, value = 750e6, currency = "PKR")],
    },
    Case {
        name: "rupee sign with lakh",
        text: "He was paid ₹2.5 lakh.",
        want: &[want!(
            "₹2.5 lakh",
            Money,
            value = 250_000.0,
            currency = "INR"
        )],
    },
    Case {
        name: "a sign after the amount",
        text: "I bought a bat for 1500 Rs.",
        want: &[want!("1500 Rs", Money, value = 1500.0, currency = "INR")],
    },
    Case {
        name: "taka with crore",
        text: "The bank lost Tk 300 crore.",
        want: &[want!("Tk 300 crore", Money, value = 3e9, currency = "BDT")],
    },
    Case {
        name: "rupiah and ringgit",
        text: "Jakarta spent Rp 5 trillion; Kuala Lumpur RM2.5 billion.",
        want: &[
            want!("Rp 5 trillion", Money, value = 5e12, currency = "IDR"),
            want!("RM2.5 billion", Money, value = 2.5e9, currency = "MYR"),
        ],
    },
    Case {
        name: "Philippine pesos by letter",
        text: "Filipino officials said the budget adds P5 billion.",
        want: &[want!("P5 billion", Money, value = 5e9, currency = "PHP")],
    },
    Case {
        name: "pesos in an Argentine story",
        text: "In Argentina, bread now costs 900 pesos.",
        want: &[want!("900 pesos", Money, value = 900.0, currency = "ARS")],
    },
    Case {
        name: "cedi sign",
        text: "The donation was worth GH₵180,000.00.",
        want: &[want!(
            "GH₵180,000.00",
            Money,
            value = 180_000.0,
            currency = "GHS"
        )],
    },
    Case {
        name: "Gulf currencies",
        text: "Profits were QR330.7mn, KD 150 million, SR24 million, BD 5 million and AED 300.",
        want: &[
            want!("QR330.7mn", Money, value = 330.7e6, currency = "QAR"),
            want!("KD 150 million", Money, value = 150e6, currency = "KWD"),
            want!("SR24 million", Money, value = 24e6, currency = "SAR"),
            want!("BD 5 million", Money, value = 5e6, currency = "BHD"),
            want!("AED 300", Money, value = 300.0, currency = "AED"),
        ],
    },
    Case {
        name: "dirhams by Dh",
        text: "Each family will receive Dh 5,000.",
        want: &[want!("Dh 5,000", Money, value = 5000.0, currency = "AED")],
    },
    Case {
        name: "Egyptian pounds",
        text: "The contract is worth LE 1.29 billion, or E£50 a share.",
        want: &[
            want!("LE 1.29 billion", Money, value = 1.29e9, currency = "EGP"),
            want!("E£50", Money, value = 50.0, currency = "EGP"),
        ],
    },
    Case {
        name: "colones",
        text: "Entry costs ₡1000 or 1,200 colones by car.",
        want: &[
            want!("₡1000", Money, value = 1000.0, currency = "CRC"),
            want!("1,200 colones", Money, value = 1200.0, currency = "CRC"),
        ],
    },
    Case {
        name: "the words before the amount",
        text: "They paid US dollars 6,000, then dollars 5 million.",
        want: &[
            want!("US dollars 6,000", Money, value = 6000.0, currency = "USD"),
            want!("dollars 5 million", Money, value = 5e6, currency = "USD"),
        ],
    },
    Case {
        name: "the words after the amount",
        text: "They paid 6,000 US dollars.",
        want: &[want!(
            "6,000 US dollars",
            Money,
            value = 6000.0,
            currency = "USD"
        )],
    },
    Case {
        name: "a currency said twice is one amount",
        text: "It cost $600 million dollars.",
        want: &[want!(
            "$600 million dollars",
            Money,
            value = 600e6,
            currency = "USD"
        )],
    },
    Case {
        name: "a range shares its scale",
        text: "It will cost $2.3–2.6 billion.",
        want: &[
            want!("$2.3", Money, value = 2.3e9, currency = "USD"),
            want!("2.6 billion", Money, value = 2.6e9, currency = "USD"),
        ],
    },
    Case {
        name: "a range of amounts in words",
        text: "It costs 2 to 3 million dollars.",
        want: &[
            want!("2", Money, value = 2e6, currency = "USD"),
            want!("3 million dollars", Money, value = 3e6, currency = "USD"),
        ],
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
            want!("yuan", Money, currency = "CNY"),
            want!("Singapore dollar", Money, currency = "SGD"),
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
    Case {
        name: "a range in cents gives two amounts in cents",
        text: "Bread rose 60-70 cents.",
        want: &[
            want!(
                "60",
                Money,
                value = 60.0,
                unit = "cent",
                change = Change::Up
            ),
            // the range's second amount is as much a rise as its first
            want!(
                "70 cents",
                Money,
                value = 70.0,
                unit = "cent",
                change = Change::Up
            ),
        ],
    },
];

#[test]
fn money_as_the_world_writes_it() {
    figure_table::check(WORLD_MONEY, &Options::default(), |f| {
        f.kind == FigureKind::Money
    });
}

/// What a figure claims around its value.
const CLAIMS: &[Case] = &[
    Case {
        name: "about",
        text: "It cost about $5 million.",
        want: &[want!(
            "about $5 million",
            Money,
            value = 5e6,
            currency = "USD",
            change = Change::About
        )],
    },
    Case {
        name: "nearly and some",
        text: "Nearly 50% voted, some 300 people.",
        want: &[
            want!("Nearly 50%", Percent, value = 50.0, change = Change::About),
            want!("some 300", Number, value = 300.0, change = Change::About),
        ],
    },
    Case {
        name: "more than and at least",
        text: "More than 1,000 were hurt, at least 20 badly.",
        want: &[
            want!(
                "More than 1,000",
                Number,
                value = 1000.0,
                change = Change::More
            ),
            want!("at least 20", Number, value = 20.0, change = Change::More),
        ],
    },
    Case {
        name: "fewer than and up to",
        text: "Fewer than 30 came; up to 40 may.",
        want: &[
            want!("Fewer than 30", Number, value = 30.0, change = Change::Less),
            want!("up to 40", Number, value = 40.0, change = Change::Less),
        ],
    },
    Case {
        name: "rose and fell before the figure",
        text: "Shares rose 5% and the index fell 19 cents.",
        want: &[
            want!("5%", Percent, value = 5.0, change = Change::Up),
            want!(
                "19 cents",
                Money,
                value = 19.0,
                unit = "cent",
                change = Change::Down
            ),
        ],
    },
    Case {
        name: "down and up before the figure",
        text: "Exports were down 3.2 per cent, imports up 4%.",
        want: &[
            want!("3.2 per cent", Percent, value = 3.2, change = Change::Down),
            want!("4%", Percent, value = 4.0, change = Change::Up),
        ],
    },
    Case {
        name: "grew by, and a drop after the figure",
        text: "Sales grew by 12% after a 5% drop.",
        want: &[
            want!("12%", Percent, value = 12.0, change = Change::Up),
            want!("5%", Percent, value = 5.0, change = Change::Down),
        ],
    },
    Case {
        name: "raised by is a rise, money raised an amount",
        text: "Fees were raised by 5% after the firm raised $3 million.",
        want: &[
            want!("5%", Percent, value = 5.0, change = Change::Up),
            want!("$3 million", Money, value = 3e6, currency = "USD"),
        ],
    },
    Case {
        name: "a range's second figure after to is a level, not a rise",
        text: "Sales rose 5% to 10% of the market.",
        want: &[
            want!("5%", Percent, value = 5.0, change = Change::Up),
            want!("10%", Percent, value = 10.0),
        ],
    },
    Case {
        name: "after to and from a figure is a level",
        text: "Prices rose to $5 from $4.",
        want: &[
            want!("$5", Money, value = 5.0, currency = "USD"),
            want!("$4", Money, value = 4.0, currency = "USD"),
        ],
    },
    Case {
        name: "stated plainly",
        text: "The plan costs $34 million.",
        want: &[want!("$34 million", Money, value = 34e6, currency = "USD")],
    },
    Case {
        name: "or more after the figure",
        text: "It has 5,000 members or more.",
        want: &[want!(
            "5,000",
            Number,
            value = 5000.0,
            change = Change::More
        )],
    },
    Case {
        name: "a figure before a hyphen that ends the text is read",
        text: "Sales rose 5-",
        want: &[want!("5", Number, value = 5.0, change = Change::Up)],
    },
];

#[test]
fn figures_carry_their_claim() {
    figure_table::check(CLAIMS, &Options::default(), |_| true);
}

//! Names in the world's news (issue 13): names from many naming traditions whole, titles and
//! job words outside them, one kind per name in an article, grouping that ignores case and
//! follows titles and acronyms, places by their head word, credits that name agencies, and
//! headlines. Every text here is written for these tests.

#[path = "common/invariants.rs"]
mod invariants;

use article_annotator::{Document, Entity, MentionKind};
use invariants::annotate;
use MentionKind::{Nationality as N, Organization as O, Person as P, Place as L};

/// The mentions of `doc` as (text, kind).
fn mentions(doc: &Document) -> Vec<(&str, MentionKind)> {
    doc.mentions
        .iter()
        .map(|m| (m.text.as_str(), m.kind))
        .collect()
}

/// The entity of the `nth` mention written `text`.
fn entity_of<'d>(doc: &'d Document, text: &str, nth: usize) -> &'d Entity {
    let m = doc
        .mentions
        .iter()
        .filter(|m| m.text == text)
        .nth(nth)
        .unwrap_or_else(|| panic!("no mention {nth} {text:?}"));
    &doc.entities[m.entity.expect("every mention has an entity")]
}

/// A text, the mentions (text, kind) it must contain, and texts that must not be mentions.
struct Case {
    name: &'static str,
    text: &'static str,
    want: &'static [(&'static str, MentionKind)],
    never: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "names from many traditions stay whole",
        text: "Former president Bingu wa Mutharika opened the dam in 2010. Hassan Sheikh Mohamud flew to Cairo \
               to meet Abdel Fattah el-Sisi, and the architect Diébédo Francis Kéré met the actor Song Joong-ki.",
        want: &[
            ("Bingu wa Mutharika", P),
            ("Hassan Sheikh Mohamud", P),
            ("Cairo", L),
            ("Abdel Fattah el-Sisi", P),
            ("Diébédo Francis Kéré", P),
            ("Song Joong-ki", P),
        ],
        never: &["Mohamud flew"],
    },
    Case {
        name: "honorifics stay outside the name",
        text: "Prime Minister Datuk Seri Anwar Ibrahim thanked Tan Sri Muhyiddin Yassin. \
               Alhaji Musa Danladi and Madam Akosua Frema thanked the donors.",
        want: &[("Anwar Ibrahim", P), ("Muhyiddin Yassin", P), ("Musa Danladi", P), ("Akosua Frema", P)],
        never: &["Datuk Seri Anwar Ibrahim", "Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Madam Akosua Frema"],
    },
    Case {
        name: "a double-barrelled surname stays one name",
        text: "President Nana Kwame Adjei-Boateng spoke in Accra. Adjei-Boateng said the budget was fair.",
        want: &[("Nana Kwame Adjei-Boateng", P), ("Adjei-Boateng", P), ("Accra", L)],
        never: &["Adjei", "Boateng"],
    },
    Case {
        name: "job words are not part of names",
        text: "\u{201c}We moved more cargo than ever,\u{201d} logistics chief Eric Tam said. Port Director Amina Odhiambo agreed. \
               The talks were attended by Secretary of the Executive Committee Hussein Sheikh.",
        want: &[("Eric Tam", P), ("Amina Odhiambo", P), ("Hussein Sheikh", P)],
        never: &[
            "Logistics Eric Tam",
            "chief Eric Tam",
            "Director Amina Odhiambo",
            "Committee Hussein Sheikh",
        ],
    },
    Case {
        name: "places by their head word",
        text: "The ferry left Lamu Island for the Port of Mombasa, passing Kilifi Bay on the way. \
               The Port of Tanga said on Monday that cargo volumes rose.",
        want: &[("Lamu Island", L), ("Port of Mombasa", L), ("Kilifi Bay", L), ("Port of Tanga", L)],
        never: &[],
    },
    Case {
        name: "a common word splits a place in two",
        text: "The convoy reached the Far East city of Khabarovsk on Monday.",
        want: &[("Far East", L), ("Khabarovsk", L)],
        never: &["Far East city of Khabarovsk"],
    },
    Case {
        name: "an acronym that is also a word",
        text: "Tensions between the US and China rose after the US government imposed new tariffs.",
        want: &[("US", L), ("China", L)],
        never: &[],
    },
    Case {
        name: "or joins two places, never one",
        text: "Officials in Beijing or Seoul did not comment on the talks.",
        want: &[("Beijing", L), ("Seoul", L)],
        never: &["Beijing or Seoul"],
    },
    Case {
        name: "brands, outlets and websites are organisations",
        text: "Luxury brands Gucci and Prada opened stores in Seoul, the search portal Naver reported. \
               The company Jack Ma founded listed in Hong Kong, the newspaper Premium Times said.",
        want: &[("Gucci", O), ("Prada", O), ("Seoul", L), ("Naver", O), ("Jack Ma", P), ("Hong Kong", L), ("Premium Times", O)],
        never: &[],
    },
    Case {
        name: "photo credits name agencies",
        text: "Rescuers search the rubble in Antakya on Tuesday. Photo: Anadolu\nThe quake struck before dawn.",
        want: &[("Antakya", L), ("Anadolu", O)],
        never: &[],
    },
    Case {
        name: "the South standing for a country is no person",
        text: "Seoul said the North had fired two missiles, and that the South would respond.",
        want: &[("Seoul", L)],
        never: &[],
    },
    Case {
        name: "a headline in Title Case",
        text: "Floods Hit Lagos As Governor Babajide Sanwo-Olu Visits Victims\n\n\
               Heavy floods hit parts of Lagos on Sunday, and the governor visits victims in Ikorodu today.",
        want: &[("Lagos", L), ("Babajide Sanwo-Olu", P), ("Ikorodu", L)],
        never: &["Floods Hit Lagos", "Hit Lagos", "Babajide Sanwo", "Olu"],
    },
    Case {
        name: "a headline in capitals",
        text: "KENYA'S PRESIDENT WILLIAM RUTO MEETS CHINESE INVESTORS IN NAIROBI\n\nThe talks lasted two days.",
        want: &[("KENYA", L), ("WILLIAM RUTO", P), ("NAIROBI", L)],
        never: &[],
    },
    Case {
        name: "acronyms of common nouns are no names",
        text: "GDP grew as FDI rose. The CEO of Tata Steel told MPs that AI and ICT would help NGOs in Accra.",
        want: &[("Tata Steel", O), ("Accra", L)],
        never: &["GDP", "FDI", "CEO", "MPs", "AI", "ICT", "NGOs"],
    },
    Case {
        name: "photo credits the tagger passed by name agencies, a photographer stays a person",
        text: "Crowds gathered outside the stadium in Dakar on Sunday. Photo: AFP\nThe match ended \
               late. Photo: Reuters\nFans cheered. Photo: Amina Diallo",
        want: &[("Dakar", L), ("AFP", O), ("Reuters", O), ("Amina Diallo", P)],
        never: &[],
    },
    Case {
        name: "a nationality before a sea or a peninsula names a place",
        text: "Ships sailed into the Arabian sea on Monday, and the Iberian peninsula saw storms. \
               The Kenyan Coast Guard seized a boat.",
        want: &[("Arabian sea", L), ("Iberian peninsula", L), ("Kenyan Coast Guard", O)],
        never: &["Arabian", "Iberian", "Kenyan Coast"],
    },
    Case {
        name: "a person named after a word for organisations, but not an article",
        text: "The retailer Anna Kowalski founded opened in Warsaw, and the channel Al Jazirah aired it.",
        want: &[("Anna Kowalski", P), ("Warsaw", L), ("Al Jazirah", O)],
        never: &[],
    },
    Case {
        name: "a name whose last word is a person alone is that person, unless a place begins it",
        text: "Fans of Soweto Mokoena, led by Thandi Mokoena, called the plan unfair. Mokoena said \
               the club would march.",
        want: &[("Thandi Mokoena", P), ("Mokoena", P), ("Soweto Mokoena", L)],
        never: &[],
    },
    Case {
        name: "a byline run into a dateline is a person and a place",
        text: "Rain hits crops\nIvan Sokolov KHUJAND, Tajikistan 2024-08-30\nHeavy rain hit cotton \
               fields in the north on Friday, officials said.",
        want: &[("Ivan Sokolov", P), ("KHUJAND", L), ("Tajikistan", L)],
        never: &["Ivan Sokolov KHUJAND"],
    },
    Case {
        name: "a numeral in capitals after a name is no dateline's place",
        text: "Leading scores: Robert Hale III 68 70, Tom Dunn 69 71.",
        want: &[("Robert Hale III", P), ("Tom Dunn", P)],
        never: &["III"],
    },
    Case {
        name: "a website's address stays whole",
        text: "The news portal Zoomer.co.ke said the road was closed, and the website Habari reported delays.",
        want: &[("Zoomer.co.ke", O), ("Habari", O)],
        never: &["Zoomer"],
    },
    Case {
        name: "a name before a word for a people is a group, a known place stays a place",
        text: "Leaders of the Ndaruwe community met officials on Monday. Members of the Kuresa tribe \
               marched, and fishermen from the Lamu community said the port had hurt their catch.",
        want: &[("Ndaruwe", N), ("Kuresa", N), ("Lamu", L)],
        never: &[],
    },
    Case {
        name: "a people before a capitalised plural for peoples is a group, a community of states \
               an organisation",
        text: "Schools in several Lomba Communities will get books, and the Caribbean Community met \
               in Accra.",
        want: &[("Lomba", N), ("Caribbean Community", O), ("Accra", L)],
        never: &["Lomba Communities"],
    },
    Case {
        name: "an organisation's field after \"and\" or \"for\" is part of its name",
        text: "She studied at the Kumasi College of Music and Dance in Accra, and the National \
               Institute of Roads and Bridges warned of cuts. A fund will support the Nairobi \
               Academy for Gifted Learners, she said.",
        want: &[
            ("Kumasi College of Music and Dance", O),
            ("National Institute of Roads and Bridges", O),
            ("Nairobi Academy for Gifted Learners", O),
            ("Accra", L),
        ],
        never: &["Kumasi College of Music", "National Institute of Roads", "Nairobi Academy"],
    },
    Case {
        name: "words in camel case are organisations' names, surnames with a prefix people's",
        text: "Forecasts from TradeWise and NumbaLab put inflation at 90 percent, and the survey by \
               ExpatHub agreed, said Ann McKenzie.",
        want: &[("TradeWise", O), ("NumbaLab", O), ("ExpatHub", O), ("Ann McKenzie", P)],
        never: &[],
    },
    Case {
        name: "a number word inside a name is part of it",
        text: "Chief Ama Dene of the Kwanlin First Nation said the Three Gorges Dam had opened. The \
               Sixth Circuit court said it would rule.",
        want: &[("Kwanlin First Nation", O), ("Three Gorges Dam", L), ("Sixth Circuit", O)],
        never: &["First", "Three", "Sixth"],
    },
    Case {
        name: "peoples and groups the word lists lack are nationalities",
        text: "Inuit hunters from Nunavut met Māori elders and Mapuche leaders in Temuco on Tuesday.",
        want: &[("Inuit", N), ("Māori", N), ("Mapuche", N), ("Nunavut", L), ("Temuco", L)],
        never: &[],
    },
    Case {
        name: "the people of a quarter of a country are a group",
        text: "Many Northerners rarely use social media, while the average Southerner is online daily.",
        want: &[("Northerners", N), ("Southerner", N)],
        never: &[],
    },
    Case {
        name: "events and other MISC names are no nationality",
        text: "The Olympic torch passed the stadium a week before the World Cup final.",
        want: &[],
        never: &["Olympic", "World Cup"],
    },
    Case {
        name: "a word for places before a name makes it a place",
        text: "Floods cut off the village of Mbeere on Friday. The township called Kwa-Thema lost power, \
               and the capital Lilongwe sent trucks. Water also reached the town of Ndoroko Sabe. \
               Wells ran dry in the province of Ali Sabieh, and shops in Ali Sabieh closed.",
        want: &[("Mbeere", L), ("Kwa-Thema", L), ("Lilongwe", L), ("Ndoroko Sabe", L), ("Ali Sabieh", L)],
        never: &[],
    },
    Case {
        name: "a place inside the name of an event, award or law is no mention of its own",
        text: "Publishers packed the Lusaka Book Fair on Tuesday, and veterans of the Biafra War \
               marched in Enugu. Athletes from Ghana trained for the Accra Marathon, while the \
               Kigali Peace Summit opened. Kenya's Independence Day fell on a Monday. Divers found \
               pottery from the Tanabe Period near Enugu, and the Osei Era ended in 1901. Since \
               the U.S.-Ghana Free Trade Agreement (USGFTA) took effect, USGFTA has helped both. \
               Hundreds attended the annual Kofi Mensah Lecture, where golfer Jason Day spoke.",
        want: &[("Enugu", L), ("Ghana", L), ("Kenya", L), ("Jason Day", P)],
        never: &[
            "Lusaka",
            "Biafra",
            "Accra",
            "Accra Marathon",
            "Kigali",
            "Tanabe",
            "Tanabe Period",
            "Osei Era",
            "U.S.",
            "USGFTA",
            "Kofi Mensah Lecture",
        ],
    },
    Case {
        name: "a known place named alone is no person unless someone bears its name",
        text: "Officials said Bamako would answer on Monday. Bamako said it was ready.\n\nKISUMU \
               2022-08-30 Traders rallied. Kisumu told reporters it needed rain. Reagan's wife, \
               Nancy, said so.",
        want: &[("KISUMU", L), ("Nancy", P)],
        never: &[],
    },
    Case {
        name: "buildings, streets and waters are places",
        text: "We headed over Kamuzu Bridge and made our way to the Lilongwe Synagogue, then walked \
               to the small but welcoming Mzuzu Mosque. Later we camped on the bank of Chitipa Creek.",
        want: &[("Kamuzu Bridge", L), ("Lilongwe Synagogue", L), ("Mzuzu Mosque", L), ("Chitipa Creek", L)],
        never: &[],
    },
    Case {
        name: "divisions of a country are places, even when they speak",
        text: "Sakai Prefecture said it would reopen schools.",
        want: &[("Sakai Prefecture", L)],
        never: &[],
    },
    Case {
        name: "a name listed among places is a place",
        text: "Stalls opened in Grand Bois, Chamouny, Rivière-des-Anguilles and Bel-Air on Monday.",
        want: &[("Grand Bois", L), ("Chamouny", L), ("Rivière-des-Anguilles", L), ("Bel-Air", L)],
        never: &[],
    },
    Case {
        name: "initials without full stops belong to the name",
        text: "Congress MLA B Z Farooq Ahmed Khan on Monday got into a row.",
        want: &[("B Z Farooq Ahmed Khan", P)],
        never: &["Z Farooq Ahmed Khan"],
    },
    Case {
        name: "a nationality before a far region is one place with it, not before a known place",
        text: "The governor promised new roads for the Russian Far East, where winters are long. \
               Jewish West Bank settlers protested.",
        want: &[("Russian Far East", L), ("West Bank", L)],
        never: &["Far East", "Jewish West Bank"],
    },
    Case {
        name: "an organisation's name never ends on a lower-case word",
        text: "The rules give the chair of the AFC authority to call a meeting, said the Kenya Tea \
               Growers Association for the second time.",
        want: &[("AFC", O), ("Kenya Tea Growers Association", O)],
        never: &["AFC authority", "Kenya Tea Growers Association for"],
    },
    Case {
        name: "a dateline's town in capitals and its country are two places",
        text: "KISUMU, Kenya (AFP) - Fishermen in Kisumu said on Monday the lake had risen.",
        want: &[("KISUMU", L), ("Kenya", L), ("AFP", O), ("Kisumu", L)],
        never: &["KISUMU, Kenya"],
    },
];

#[test]
fn world_names_have_the_right_spans_and_kinds() {
    for case in CASES {
        let doc = annotate(case.text);
        let found = mentions(&doc);
        for want in case.want {
            assert!(
                found.contains(want),
                "{}: wanted {want:?} in {found:?}",
                case.name
            );
        }
        for never in case.never {
            assert!(
                found.iter().all(|(t, _)| t != never),
                "{}: {never:?} is no mention, in {found:?}",
                case.name
            );
        }
        if case.name.contains("South") {
            assert!(
                found
                    .iter()
                    .all(|&(t, k)| !(k == P && (t == "North" || t == "South"))),
                "{found:?}"
            );
        }
    }
}

#[test]
fn a_company_keeps_its_kind_once_named_in_full() {
    let doc = annotate(
        "Shares of Nordvik Holdings ASA fell 4 percent on Tuesday. Nordvik said demand for its \
         ferries had slowed, and Nordvik expects a weaker winter.",
    );
    let found = mentions(&doc);
    assert_eq!(found[0], ("Nordvik Holdings ASA", O), "{found:?}");
    assert!(found.iter().all(|(t, _)| *t != "ASA"), "{found:?}");
    assert!(
        found
            .iter()
            .filter(|(t, _)| *t == "Nordvik")
            .all(|&(_, k)| k == O),
        "{found:?}"
    );
}

#[test]
fn one_name_in_any_case_is_one_entity() {
    let doc = annotate(
        "MOMBASA, Kenya — Dock workers in Mombasa went on strike on Monday, and Kenya Airways Cargo \
         said it would add two freighters.",
    );
    let (upper, plain) = (entity_of(&doc, "MOMBASA", 0), entity_of(&doc, "Mombasa", 0));
    assert_eq!(upper.id, plain.id);
    assert_eq!(
        (plain.kind, plain.name.as_str()),
        (L, "Mombasa"),
        "the name as running text writes it"
    );
    assert!(
        mentions(&doc).contains(&("Kenya Airways Cargo", O)),
        "one organisation, not two"
    );
}

#[test]
fn a_surname_after_a_title_goes_to_the_namesake_the_title_fits() {
    let doc = annotate(
        "President William Ruto and his wife Rachel Ruto arrived in Nakuru on Sunday. Mrs Ruto later \
         visited a clinic, while Mr Ruto met farmers.",
    );
    assert_eq!(entity_of(&doc, "Ruto", 0).name, "Rachel Ruto");
    assert_eq!(entity_of(&doc, "Ruto", 1).name, "William Ruto");
}

#[test]
fn an_acronym_in_brackets_is_a_mention_of_its_name() {
    let doc = annotate(
        "Leaders of the African Union (AU) met in Addis Ababa on Saturday. Observers from the AU \
         will watch the vote, the AU said.",
    );
    let union = entity_of(&doc, "African Union", 0);
    assert_eq!(union.kind, O);
    for nth in 0..3 {
        assert_eq!(entity_of(&doc, "AU", nth).id, union.id, "AU {nth}");
    }
}

#[test]
fn an_acronym_of_a_name_spelled_out_elsewhere_is_a_mention_of_it() {
    let doc = annotate(
        "Cash worth ₹3 crore was seized, according to KFB. Raids by the Kavala Fraud Bureau began \
         on Monday, and a KFB official said more were planned. BREAKING: KFB CHIEF QUITS",
    );
    let bureau = entity_of(&doc, "Kavala Fraud Bureau", 0);
    assert_eq!(bureau.kind, O);
    for nth in 0..2 {
        assert_eq!(
            entity_of(&doc, "KFB", nth).id,
            bureau.id,
            "KFB {nth}: {:?}",
            mentions(&doc)
        );
    }
}

/// Whether every mention written `text` in `doc` has kind `kind`, and there is one at least.
fn all_are(doc: &Document, text: &str, kind: MentionKind) -> bool {
    let kinds: Vec<MentionKind> = doc
        .mentions
        .iter()
        .filter(|m| m.text == text)
        .map(|m| m.kind)
        .collect();
    !kinds.is_empty() && kinds.iter().all(|&k| k == kind)
}

#[test]
fn a_first_name_that_begins_a_company_named_in_full_is_that_company() {
    let doc = annotate(
        "Shares of Kendra Logistics Corp fell 6 percent in Toronto on Friday. Kendra said freight \
         volumes had dropped, and Kendra expects a weaker quarter.",
    );
    assert!(all_are(&doc, "Kendra", O), "{:?}", mentions(&doc));
    // Someone of that name in the text: the first name alone may be hers.
    let doc = annotate(
        "Shares of Kendra Logistics Corp fell 6 percent on Friday. The firm's founder, Kendra \
         Mendes, said demand was thin. Kendra said she would cut prices.",
    );
    assert!(!all_are(&doc, "Kendra", O), "{:?}", mentions(&doc));
}

#[test]
fn a_name_the_text_gives_as_anothers_takes_its_kind_everywhere() {
    let doc = annotate(
        "The striker Emeka Obi, nicknamed Blaze, scored twice in Enugu. Blaze later thanked the \
         fans, and Blaze will start again on Sunday.",
    );
    let blazes = mentions(&doc)
        .iter()
        .filter(|m| **m == ("Blaze", P))
        .count();
    assert_eq!(blazes, 3, "{:?}", mentions(&doc));
    let doc = annotate(
        "Opposition leader Kwabena Asante Mensah – more commonly known as Kobby – toured Kumasi on \
         Monday. Kobby told supporters that Kobby would win.",
    );
    let kobbys = mentions(&doc)
        .iter()
        .filter(|m| **m == ("Kobby", P))
        .count();
    assert_eq!(kobbys, 3, "{:?}", mentions(&doc));
    // "known as" after no name gives no other name.
    let doc = annotate("The township known as Tembisa flooded. Tembisa residents fled.");
    assert!(all_are(&doc, "Tembisa", L), "{:?}", mentions(&doc));
}

#[test]
fn places_in_a_list_are_each_a_place_and_a_town_with_its_country_is_one() {
    let listed = annotate(
        "It affects nations along the river, such as Sudan, Kenya, Rwanda, Burundi and Uganda.",
    );
    let found = mentions(&listed);
    for place in ["Sudan", "Kenya", "Rwanda", "Burundi", "Uganda"] {
        assert!(found.contains(&(place, L)), "{place}: {found:?}");
    }
    let dateline = annotate(
        "Kampala & Mukono, Jul 19 2022 (IPS) - The conflict in Europe has led to an increase in prices.",
    );
    let found = mentions(&dateline);
    assert!(found.contains(&("Kampala", L)), "{found:?}");
    assert!(found.contains(&("Mukono", L)), "{found:?}");
    // a town with its country stays one place, even with "and" and a place after it
    let whole =
        annotate("The dam near Bujagali, Uganda, and the plant in Kenya are new. Farmers in Gulu, Uganda, say the rains failed.");
    let found = mentions(&whole);
    assert!(found.contains(&("Bujagali, Uganda", L)), "{found:?}");
    assert!(found.contains(&("Gulu, Uganda", L)), "{found:?}");
}

#[test]
fn a_kind_the_text_states_once_holds_for_every_mention_of_the_name() {
    let doc = annotate(
        "The Wallabri resident streamed her protest online. Ms Cooper had been looking for a room \
         in the flood-hit town of Wallabri, and the curfew made it hard. She was ordered to return \
         to Wallabri when police released her.",
    );
    assert!(all_are(&doc, "Wallabri", L), "{:?}", mentions(&doc));
    assert!(all_are(&doc, "Cooper", P), "{:?}", mentions(&doc));
}

#[test]
fn a_kind_the_text_states_after_a_name_holds_for_every_mention_of_it() {
    let doc = annotate(
        "Shares of Kitoro, a logistics firm that moves tea, rose. Kitoro said it would hire 300 \
         people. Kitoro is expanding.",
    );
    assert!(all_are(&doc, "Kitoro", O), "{:?}", mentions(&doc));
}

#[test]
fn a_people_or_tongue_the_text_names_once_is_a_group_in_every_mention() {
    let doc = annotate(
        "Dr Amara Obi has spent ten years recording Tavuri in Arnhem Land. She first heard the \
         Tavuri language as a student in Darwin. In Tavuri there are only three verbs, she said, \
         and few still speak it. Words from Tavuri are now used by engineers in Canberra.",
    );
    assert!(all_are(&doc, "Tavuri", N), "{:?}", mentions(&doc));
    assert!(all_are(&doc, "Darwin", L), "{:?}", mentions(&doc));
}

#[test]
fn a_country_that_is_also_a_first_name_is_the_country_beside_its_people() {
    let doc = annotate(
        "The King said Jordan is committed to peace. Jordan's support for the talks was welcomed \
         by Jordanian and Egyptian officials, and by the envoy to Jordan Karim Haddad.",
    );
    assert!(all_are(&doc, "Jordan", L), "{:?}", mentions(&doc));
    // Without its people named, the first name may be a person's.
    let doc = annotate("Jordan said she would run again. Jordan is the party's chair.");
    assert!(all_are(&doc, "Jordan", P), "{:?}", mentions(&doc));
}

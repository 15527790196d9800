//! Benchmarks of the whole pipeline, and of the passes up to each family, on a short and a long
//! article: a business story written for them. A family's own time is the difference between
//! its run and the one before it (figures come first, then names, then quotes; the whole
//! pipeline also builds the document).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// One stretch of a made-up wire story, dense with figures of every kind.
const STORY: &str = "SINGAPORE, March 14 (Wire) - Harbour Freight Ltd said on Tuesday its \
second-quarter net profit rose 14.5 per cent to S$412 million, or 21 cents a share, from \
S$360 million a year earlier, beating the S$398 million analysts had forecast. Revenue climbed \
8% to S$2.1bn in the three months to June 30, while operating costs fell by 3.5 percentage \
points. The company, which handled 2,468,013 containers last year, will pay a dividend of 5 \
cents on May 2, 2024, and expects to spend between $2m and $3m on new cranes over the next \
two years. Its shares, up about a fifth since January, closed at HK$18.40 in Hong Kong and \
US$2.35 in New York on Friday.\n\nChief executive Mira Tan, 54, told reporters at 3pm that \
half a million tonnes of cargo were delayed by storms in the first week of March, when winds \
reached 120 km/h and temperatures fell below 5 degrees Celsius. \"We lost two hundred and \
fifty sailings,\" she said. Rivals in Europe reported losses of €1.2 billion and £340m, and an \
Indian unit booked Rs16,189-crore in orders. The group employs 23,000 people in 31 countries \
and has cut its debt by a third since 2019, to about USD 4.6 billion, the 10th straight \
quarterly fall. Trading resumes at 09:30 GMT on Monday; a decision is due within 45 days.\n\n";

fn article() -> String {
    STORY.repeat(60)
}

fn pipeline(c: &mut Criterion) {
    let annotator = article_annotator::Annotator::new().unwrap();
    let mut group = c.benchmark_group("pipeline");
    for (name, text) in [
        ("short article", STORY.to_string()),
        ("long article", article()),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| annotator.annotate(std::hint::black_box(&text)).unwrap())
        });
    }
    group.finish();
}

fn families(c: &mut Criterion) {
    use article_annotator::Pass;
    let annotator = article_annotator::Annotator::new().unwrap();
    let mut group = c.benchmark_group("through");
    for (name, text) in [
        ("short article", STORY.to_string()),
        ("long article", article()),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        for (family, last) in [
            ("figures", Pass::Figures),
            ("names", Pass::Names),
            ("quotes", Pass::Quotes),
        ] {
            group.bench_function(format!("{family}, {name}"), |b| {
                b.iter(|| {
                    annotator.run_through(std::hint::black_box(&text), Some("2024-03-14"), last)
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, pipeline, families);
criterion_main!(benches);

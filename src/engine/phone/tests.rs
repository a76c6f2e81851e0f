//! Every accepted number shape and every rejected look-alike, through the real pipeline
//! (normalisation, then recognition).

use super::super::normalize::normalize;
use super::*;

/// Runs the real pipeline: normalisation then recognition.
fn phones(text: &str) -> Vec<Phone> {
    find_phones(&normalize(text).base)
}

fn one(text: &str) -> Phone {
    let p = phones(text);
    assert_eq!(p.len(), 1, "{text}: {p:?}");
    p.into_iter().next().unwrap_or_else(|| unreachable!())
}

#[test]
fn nanp_toll_free_formats() {
    for t in [
        "Call 1-888-555-0142 now",
        "call (877) 555-0199",
        "+1 (866) 555 0123",
        "+1-855-555-0100",
        "1.844.555.0100",
        "8005550123 toll free",
        "1 833 555 0101",
    ] {
        let p = one(t);
        assert!(p.toll_free, "{t}: {p:?}");
        assert_eq!(p.region, Region::Nanp, "{t}");
    }
}

#[test]
fn nanp_fictional_exchange_printed_as_us_number() {
    // An exchange starting with 0 is not a real one, but printed this way it is a number.
    for t in [
        "call (555) 014-3321",
        "call 1-555-014-3321",
        "call 1.555.014.3321",
    ] {
        assert_eq!(one(t).region, Region::Nanp, "{t}");
    }
    // Not printed as a US number: an order or part number keeps being nothing.
    // Nor the placeholder of US forms (an exchange starting with 1).
    for t in [
        "order 555-014-3321",
        "ref 555 014 3321",
        "1-555 014-3321",
        "Phone (555) 123-4567",
        "1-555-123-4567",
    ] {
        assert!(phones(t).is_empty(), "{t}");
    }
}

#[test]
fn nanp_ordinary() {
    let p = one("Support: (212) 555-0187");
    assert!(!p.toll_free);
    assert_eq!(p.digits, "2125550187");
}

#[test]
fn uk_and_ireland() {
    let p = one("Freephone 0800 555 0123");
    assert!(p.toll_free);
    let p = one("ring 020 7946 0321");
    assert_eq!(p.region, Region::Uk);
    let p = one("+44 (0) 808 157 0000");
    assert_eq!(p.digits, "+448081570000");
    assert!(p.toll_free);
    let p = one("+353 1 555 0123");
    assert_eq!(p.region, Region::Ie);
    let p = one("Callsave 1800 555 123");
    assert!(p.toll_free);
}

#[test]
fn de_at_ch() {
    let p = one("Rufen Sie 0800 555 1234 an");
    assert!(p.toll_free);
    assert!(one("Tel. 030 5557 1234").digits.starts_with("030"));
    assert_eq!(one("+49 30 5557 1234").region, Region::De);
    assert_eq!(one("+43 (0) 800 55 51 23").region, Region::At);
    assert_eq!(one("+41 44 555 12 34").region, Region::Ch);
    assert_eq!(one("0043 800 555 123").region, Region::At);
}

#[test]
fn fr_be() {
    let p = one("Appelez le 01 23 45 67 89");
    assert_eq!(p.region, Region::FrBe);
    assert!(one("0805 55 01 23").toll_free);
    assert!(one("+33 8 05 55 01 23").toll_free);
    assert_eq!(one("+32 2 555 01 23").region, Region::Be);
}

#[test]
fn es_it_nl() {
    let p = one("Llame al 900 555 123");
    assert!(p.toll_free);
    assert_eq!(p.region, Region::EsItPlCz, "{p:?}");
    assert!(one("numero verde 800 555 123").toll_free);
    assert_eq!(one("+34 912 345 678").region, Region::Es);
    assert_eq!(one("+39 02 5555 1234").region, Region::It);
    assert!(one("bel 0800-555 1234").toll_free);
    assert_eq!(one("+31 20 555 1234").region, Region::Nl);
}

#[test]
fn japan() {
    let p = one("お電話ください 0120-555-123");
    assert!(p.toll_free);
    assert_eq!(p.region, Region::Jp);
    assert_eq!(one("050-5555-1234").region, Region::Jp);
    assert_eq!(one("03-5555-1234").region, Region::JpAu);
    assert!(one("0800-555-1234").toll_free);
    // Full-width digits and dash.
    let p = one("フリーダイヤル　０１２０－５５５－１２３");
    assert_eq!(p.digits, "0120555123");
    assert!(one("+81 120 555 123").toll_free);
}

#[test]
fn australia_and_india() {
    assert!(one("1800 555 012").toll_free);
    assert_eq!(one("(02) 5550 1234").region, Region::AuKrTw);
    assert_eq!(one("+61 2 5550 1234").region, Region::Au);
    let p = one("1800-555-0123");
    assert!(p.toll_free);
    assert_eq!(one("+91 98765 43210").region, Region::In);
    assert_eq!(one("98765 43210").region, Region::In);
}

/// Region and toll-free flag of the single number in `text`.
fn check(text: &str, region: Region, toll_free: bool) {
    let p = one(text);
    assert_eq!(
        (p.region, p.toll_free),
        (region, toll_free),
        "{text}: {p:?}"
    );
}

#[test]
fn poland_czechia() {
    check("Zadzwoń: 22 555 01 23", Region::Pl, false);
    check("(22) 555-01-23", Region::Pl, false);
    check("infolinia 800 555 012", Region::EsItPlCz, true);
    check("tel. 601 555 012", Region::EsItPlCz, false);
    check("+48 601 555 012", Region::Pl, false);
    check("+48 800 555 012", Region::Pl, true);
    check("0048 22 555 01 23", Region::Pl, false);
    check("Volejte 222 555 012", Region::PlCz, false);
    check("bezplatná linka 800-555-012", Region::EsItPlCz, true);
    check("+420 800 555 012", Region::Cz, true);
    check("00420 222 555 012", Region::Cz, false);
}

#[test]
fn russia() {
    for t in [
        "Позвоните 8-800-555-01-23",
        "8 (800) 555-01-23",
        "8 800 555 0123",
        "8-800-5550123",
        "+7 800 555-01-23",
        "+7 (800) 555 01 23",
        "(800) 555-01-23",
    ] {
        let p = one(t);
        assert!(p.toll_free, "{t}: {p:?}");
        assert_eq!(p.region, Region::Ru, "{t}");
    }
    check("8 495 555-01-23", Region::Ru, false);
    check("8 (495) 555-01-23", Region::Ru, false);
    check("(495) 555-01-23", Region::Ru, false);
    check("+7 495 555 01 23", Region::Ru, false);
    assert_eq!(one("8 800 555 01 23").digits, "88005550123");
}

#[test]
fn turkey() {
    check("Arayın: 0850 555 01 23", Region::Tr, false);
    check("0800 555 01 23", Region::Tr, true);
    check("0 (212) 555 01 23", Region::Tr, false);
    check("0532 555 01 23", Region::Tr, false);
    check("+90 850 555 01 23", Region::Tr, false);
    check("+90 800 555 01 23", Region::Tr, true);
    check("+90 (212) 555 01 23", Region::Tr, false);
    check("Çağrı merkezi 444 0 555", Region::Tr, false);
    check("444 05 55", Region::Tr, false);
    check("444 0555", Region::Tr, false);
}

#[test]
fn korea() {
    check("고객센터 02-555-0123", Region::Kr, false);
    check("080-555-0123", Region::Kr, true);
    check("080-123-4567", Region::Kr, true);
    check("02-5555-0123", Region::AuKrTw, false);
    check("010-5555-0123", Region::KrCn, false);
    check("고객센터 1588-5550으로 전화", Region::Kr, false);
    check("1577 1234", Region::Kr, false);
    check("1644-0123", Region::Kr, false);
    check("+82 80-555-0123", Region::Kr, true);
    check("+82 2 555 0123", Region::Kr, false);
    check("+82 1588-5550", Region::Kr, false);
}

#[test]
fn china_taiwan_hong_kong() {
    // 400 is national-rate, not free, and not a NANP area code.
    check("客服热线 400-555-0123", Region::Cn, false);
    check("400 555 0123", Region::Cn, false);
    check("4005550123", Region::Cn, false);
    check("4008-555-012", Region::Cn, false);
    check("400-8555-012", Region::Cn, false);
    check("8008-555-012", Region::Cn, true);
    check("800-555-0123", Region::Nanp, true); // same shape in both plans: free either way
    check("电话：010-5555-0123", Region::KrCn, false);
    check("021-5555-0123", Region::Cn, false);
    check("138 0013 8000", Region::Cn, false);
    check("138-0013-8000", Region::Cn, false);
    check("+86 400 555 0123", Region::Cn, false);
    check("+86 800 555 0123", Region::Cn, true);
    check("+86 10 5555 0123", Region::Cn, false);
    check("免付費電話 0800-555-123", Region::National, true);
    check("02-2555-0123", Region::AuKrTw, false);
    check("0912-345-678", Region::Tw, false);
    check("+886 800 555 123", Region::Tw, true);
    check("+886 2 2555 0123", Region::Tw, false);
    check("電話 2555 0123", Region::HkSgDk, false);
    check("免費電話 800 90 5555", Region::Hk, true);
    check("+852 2555 0123", Region::Hk, false);
    check("+852 800 90 5555", Region::Hk, true);
    check("9123 4567", Region::HkSgDk, false);
}

#[test]
fn nordics() {
    check("Ring 020-555 01 23", Region::Se, true);
    check("020-55 01 23", Region::Se, true);
    check("0200-22 22 22", Region::Se, true);
    check("08-555 012 34", Region::Se, false);
    check("070-555 01 23", Region::Se, false);
    check("+46 20 555 01 23", Region::Se, true);
    check("+46 8 555 012 34", Region::Se, false);
    check("Ring 80 55 01 23", Region::DkNo, true);
    check("33 55 01 23", Region::DkNo, false);
    check("8055 0123", Region::HkSgDk, true);
    check("+45 80 55 01 23", Region::Dk, true);
    check("+45 33 55 01 23", Region::Dk, false);
    check("Ring 800 55 012", Region::No, true);
    check("412 34 567", Region::No, false);
    check("22 55 01 23", Region::DkNo, false);
    check("+47 800 55 012", Region::No, true);
    check("+47 22 55 01 23", Region::No, false);
    check("Soita 0800 555 012", Region::National, true);
    check("+358 800 555 012", Region::Fi, true);
    check("+358 9 555 0123", Region::Fi, false);
}

#[test]
fn other_plans() {
    check("+30 800 11 12345", Region::Gr, true);
    check("+30 210 555 0123", Region::Gr, false);
    check("06 80 555 012", Region::Hu, true);
    check("+36 80 555 012", Region::Hu, true);
    check("80 555 012", Region::Hu, true);
    check("+36 1 555 0123", Region::Hu, false);
    check("+40 800 555 012", Region::Ro, true);
    check("Ligue (11) 5555-0123", Region::BrMx, false);
    check("(11) 95555-0123", Region::BrMx, false);
    check("0800 555 0123", Region::Jp, true); // 11 digits: also JP's 0800 shape
    check("+55 11 95555 0123", Region::Br, false);
    check("+55 800 555 0123", Region::Br, true);
    check("Llame al 01 800 555 0123", Region::Mx, true);
    check("(55) 5555 0123", Region::BrMx, false);
    check("+52 800 555 0123", Region::Mx, true);
    check("+54 800 555 0123", Region::Ar, true);
    check("+54 11 5555 0123", Region::Ar, false);
    check("+27 800 555 012", Region::Za, true);
    check("+27 11 555 0123", Region::Za, false);
    check("+64 800 555 012", Region::Nz, true);
    check("+64 9 555 0123", Region::Nz, false);
    check("+65 800 555 0123", Region::Sg, true);
    check("+65 6555 0123", Region::Sg, false);
}

/// Shapes of the new plans that stay numbers, not phones.
#[test]
fn not_phone_numbers_new_plans() {
    for t in [
        // Dates and times.
        "2024 11 25",
        "25 11 2024",
        "dnia 25.11.2024 r.",
        "12 30 45",
        "godz. 12 30 45 67",
        "lata 2019 2020",
        "1600-1800",
        "1588-1600",
        "w latach 1800-1850",
        "2019-2020 season",
        // Plain 8- and 9-digit numbers: identifiers, not phones.
        "zamówienie nr 12345678",
        "REGON 123456785",
        "Order 58291734 shipped",
        "Objednávka 25550123",
        // Amounts grouped in thousands, round figures, counting.
        "Obrót 245 000 000 zł",
        "cena 3000 4000",
        "2500 3000",
        "200 300 400",
        "10 20 30 40",
        "12 13 14 15",
        "123 456 789",
        // Tax numbers and postcodes with house numbers.
        "NIP 525-000-12-34",
        "NIP 525 000 12 34",
        "ul. Długa 12 00-950 Warszawa",
        "Vodičkova 12 110 00 Praha 1",
        "Storgatan 12 123 45 Stockholm",
        "Vesterbrogade 120 1620 København",
        // IBAN fragments.
        "DK50 0040 0440 1162 43",
        "NO93 8601 1117 947",
        "PL61 1090 1014 0000 0712 1981 2874",
        "CZ65 0800 0000 1920 0014 5399",
        "SE45 5000 0000 0583 9825 7466",
        // ISBN, decimals, versions, mixed separators.
        "ISBN 978-83-01-12345-6",
        "ISBN 83 01 12345 6",
        "12.34.56.78",
        "2555.0123",
        "22-55 01 23",
        "80 55-01 23",
        // Seven digits that are not a Turkish 444 number, 8-digit shapes the plans don't use.
        "555 0 123",
        "333 44 55",
        "2555 01 23",
        "12 3456 78",
        "8 123 456 78 90",
        // Unseparated national shapes stay out.
        "88005550123",
        "13800138000",
        "(11) 0555-0123",
        // Labelled identifiers and dashed 8-digit pairs (ISSN, item numbers).
        "ISSN 1563-8340",
        "issn: 1588-5550",
        "ISBN 800 555 012",
        "trimmer #9918-6171 for $13.56",
        "2222-2464",
        "8703-1919",
    ] {
        assert!(phones(t).is_empty(), "{t}: {:?}", phones(t));
    }
}

#[test]
fn french_pairs_starting_020_are_not_swedish() {
    let p = one("02 01 55 01 23");
    assert_eq!((p.region, p.toll_free), (Region::FrBe, false));
}

#[test]
fn jp_mobile_is_not_freephone() {
    // 0801-0805 are French freephone (10 digits), not JP mobiles (11 digits).
    let p = one("080-1234-5678");
    assert_eq!(p.region, Region::Jp);
    assert!(!p.toll_free);
    assert!(one("0801 55 01 23").toll_free);
}

#[test]
fn any_plus_number() {
    let p = one("WhatsApp +234 555 123 4567");
    assert_eq!(p.region, Region::Intl);
    assert_eq!(p.digits, "+2345551234567");
}

#[test]
fn not_phone_numbers() {
    for t in [
        "Scanned 51,900 objects, 1,200 threats",
        "192.168.100.200",
        "on 12/05/2024 at 10:30",
        "2019-2024",
        "order 2024-01-05 12",
        "error 0x80070005",
        "id12345678901",
        "price 1.299.000",
        "version 10.0.19045.3693",
        "ISBN 978 3 16 148410 0",
        "1 2 3 4 5 6 7 8 9 10",
    ] {
        assert!(phones(t).is_empty(), "{t}: {:?}", phones(t));
    }
}

#[test]
fn positions_point_into_text() {
    let text = normalize("call 1-888-555-0142 now").base;
    let p = find_phones(&text);
    assert_eq!(&text[p[0].start..p[0].end], "1-888-555-0142");
}

#[test]
fn dial_links_lose_their_scheme_in_any_case() {
    for (href, digits) in [
        ("tel:+18885550147", "+18885550147"),
        ("Tel:+1-888-555-0148", "+18885550148"),
        ("TEL:18885550149", "18885550149"),
        ("callto:+1 888 555 0150", "+18885550150"),
        ("CallTo://+18885550151", "+18885550151"),
        ("tel:%2B1%20888%20555%200152", "+18885550152"),
        ("  tel:0800 555 0153 ", "08005550153"),
    ] {
        let p = from_link(href).unwrap_or_else(|| panic!("{href}: no number"));
        assert_eq!(p.digits, digits, "{href}");
        assert!(!p.raw.contains(':'), "{href}: {p:?}");
    }
    assert_eq!(strip_dial_scheme("https://tel.example/"), None);
    assert_eq!(strip_dial_scheme("telephone:1"), None);
    assert!(from_link("tel:12345").is_none());
    assert!(from_link("tel:").is_none());
}

#[test]
fn lookalike_letters_in_numbers() {
    // What a person reads as digits: capital O for zero, I or l for one.
    assert_eq!(one("Call 1-8OO-555-O199 now").digits, "18005550199");
    assert_eq!(one("Call 1-888-555-0I99").digits, "18885550199");
    assert_eq!(one("Call 1-888-555-0l99").digits, "18885550199");
    // Words and short runs stay words.
    assert!(phones("Call 1-800-lookup today").is_empty());
    assert!(phones("Order 2010 or 2011, 10 oil changes").is_empty());
    // "o" ("or" in es/it/pt) and "I" after a number are words: the number stays whole.
    assert_eq!(
        one("Llame al 900 123 456 o escríbanos ahora.").digits,
        "900123456"
    );
    assert_eq!(
        phones("Call 0800 123 4567 o 0800 765 4321").len(),
        2,
        "two numbers joined by 'o'"
    );
    assert_eq!(
        one("Call 1-888-555-0199 I repeat, now.").digits,
        "18885550199"
    );
    // More look-alikes than digits a kit would fake: not a number.
    assert!(phones("1-8OO-OOO-O199").is_empty());
}

#[test]
fn digit_by_digit_and_bullets() {
    // Numbers written one digit at a time, or with bullets or underscores between the groups.
    assert!(one("Call: 0 8 0 0   5 5 5   0 1 6 1").toll_free);
    assert_eq!(one("Appelez le 0 9 7 0 5 5 5 0 1 2").digits, "0970555012");
    assert_eq!(
        one("Rufen Sie den Support an: 0 8 0 0   5 5 5   0 1 6 1").digits,
        "08005550161"
    );
    // Even after a call word, twelve single digits after a trunk `0` are no national number.
    assert!(phones("Call 0 1 0 0 2 0 0 0 1 4 8 0").is_empty());
    for t in [
        "Call: 1 8 0 0 - 5 5 5 - 0 1 9 9",
        "Call: 1 • 800 • 555 • 0199",
        "Call: 1_800_555_0199",
        "Call: 1·800·555·0199",
    ] {
        assert!(one(t).toll_free, "{t}");
    }
    // Single digits that count, list or score are no number.
    for t in [
        "0 1 2 3 4 5 6 7 8 9",
        "1 2 3 4 5 6 7 8 9",
        "Results: 1 0 2 1 3 0 1 1 2 2 0 0",
        "file_2024_11_30_1234",
        // Scores, form guides and dice are no number without a call word before them.
        "Yankees 0 1 0 0 2 0 0 0 1 4 8 0",
        "Form guide: 2 1 0 3 0 1 1 2 0 3",
        "Dice rolls: 3 5 2 6 1 4 6 2 5 4",
        "0 6 1 2 3 4 5 6 7 8",
    ] {
        assert!(phones(t).is_empty(), "{t}: {:?}", phones(t));
    }
}

/// A note in parentheses after the number is not part of it (nineteenth session: "(24/7)" made
/// the whole run fail, and 「（24時間）」 was shown as "0120-555-321(24").
#[test]
fn a_note_in_parentheses_after_the_number_is_not_part_of_it() {
    assert_eq!(one("Call 1-888-555-0142 (24/7)").raw, "1-888-555-0142");
    assert_eq!(one("Call 0800 555 0123 (24h)").raw, "0800 555 0123");
    assert_eq!(one("お電話：0120-555-321(24時間受付)").raw, "0120-555-321");
    // An area code's parenthesis closes inside the number.
    assert_eq!(one("Call (877) 555-0199 now").raw, "(877) 555-0199");
    assert_eq!(one("Call +44 (0) 808 555 0123").raw, "+44 (0) 808 555 0123");
    // Hostile runs of parentheses and separators: no number, no panic.
    for t in [
        "(",
        "((((",
        "+(",
        "( ( ( 1",
        "1(",
        "(1(2(3(4(5(6(7",
        "+1 (((((",
    ] {
        let _ = phones(t);
    }
}

/// Forty-sixth session (police47): numbers written in Arabic-Indic (`٠`-`٩`) or Persian (`۰`-`۹`)
/// digits, and numbers wrapped in direction marks (RLM, LRM, ALM), as Arabic and Persian pages
/// print them, are the same numbers as in ASCII digits.
#[test]
fn arabic_indic_and_persian_digits_and_direction_marks() {
    for (t, ascii) in [
        ("اتصل: ٨٠٠ ٥٥٥ ٠١٦٣", "اتصل: 800 555 0163"),
        ("الضابط: ٠٤ ٥٥٥ ٠١٦١", "الضابط: 04 555 0161"),
        ("تماس: ۰۲۱ ۵۵۵۵ ۰۱۶۲", "تماس: 021 5555 0162"),
        ("الضابط: \u{200F}٠٤ ٥٥٥ ٠١٦١\u{200F}", "الضابط: 04 555 0161"),
        (
            "اتصل \u{200E}+1 888 555 0165\u{200E}",
            "اتصل +1 888 555 0165",
        ),
        (
            "اتصل \u{061C}800-555-0164\u{061C} الآن",
            "اتصل 800-555-0164 الآن",
        ),
        ("اتصل ‏٨٠٠‏-‏٥٥٥‏-‏٠١٦٤‏", "اتصل 800-555-0164"),
    ] {
        let got = phones(t);
        let want = phones(ascii);
        assert_eq!(got.len(), 1, "{t}: {got:?}");
        assert_eq!(
            (got[0].digits.as_str(), got[0].toll_free, got[0].region),
            (want[0].digits.as_str(), want[0].toll_free, want[0].region),
            "{t}"
        );
    }
    // A sum, a date and a count in those digits stay no number.
    for t in ["غرامة ١٬٢٠٠ درهم", "في ٢٠٢٦/١٢/٠٦", "خلال ٢٤ ساعة", "۱۲۳۴۵۶"]
    {
        assert!(phones(t).is_empty(), "{t}: {:?}", phones(t));
    }
}

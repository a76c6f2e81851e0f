//! Scenario tests: invented pages (own wording, 555 and made-up numbers) modelled on the
//! techniques scam kits use, and on the benign pages that must stay silent.

use super::analyse;
use crate::snapshot::{Behaviour, DomHints, Snapshot};
use crate::verdict::{Detail, Level, Options, ReasonId};

fn page(url: &str, title: &str, text: &str) -> Snapshot {
    Snapshot {
        url: url.into(),
        title: title.into(),
        text: text.into(),
        ..Default::default()
    }
}

fn level(s: &Snapshot) -> Level {
    analyse(s, &Options::default()).level
}

fn ids(s: &Snapshot) -> Vec<ReasonId> {
    analyse(s, &Options::default())
        .reasons
        .into_iter()
        .map(|r| r.id)
        .collect()
}

fn has(s: &Snapshot, id: ReasonId) -> bool {
    ids(s).contains(&id)
}

const EN_KIT: &str = "Windows Defender Security Center\n\
    Your computer has been locked because a trojan infection was detected on this PC.\n\
    Error code: 0x8004DEAD\n\
    Do not restart or shut down your computer: your files and passwords may be stolen.\n\
    Call Windows Support immediately, toll free: 1-888-555-0147";

#[test]
fn english_kit_on_github_pages_is_scam() {
    let s = page("https://win-alert-7.github.io/x/", "Security Alert", EN_KIT);
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    assert_eq!(v.phones, vec!["1-888-555-0147".to_string()]);
    for id in [
        ReasonId::BrandImpersonation,
        ReasonId::InfectionClaim,
        ReasonId::LockClaim,
        ReasonId::ErrorCode,
        ReasonId::DoNotClose,
        ReasonId::DataLossThreat,
        ReasonId::PhoneCallToAction,
        ReasonId::Urgency,
    ] {
        assert!(
            v.reasons.iter().any(|r| r.id == id),
            "missing {id:?}: {v:#?}"
        );
    }
}

#[test]
fn azure_subdomain_named_after_microsoft_is_not_microsoft() {
    let s = page(
        "https://microsoft-help.azurewebsites.net/",
        "Microsoft",
        EN_KIT,
    );
    assert!(has(&s, ReasonId::BrandImpersonation));
    assert_eq!(level(&s), Level::Scam);
}

#[test]
fn german_kit_is_scam() {
    let s = page(
        "https://schutz-center.pages.dev/",
        "Windows-Sicherheit",
        "Windows-Sicherheit: Der Zugriff auf diesen PC wurde gesperrt. Ihr Computer ist mit einem \
         Trojaner infiziert (Fehlercode: X7Q-55). Schalten Sie den Computer nicht aus, sonst droht \
         Datenverlust. Rufen Sie sofort den Microsoft Support an (gebührenfrei): 0800 555 0199",
    );
    assert_eq!(
        level(&s),
        Level::Scam,
        "{:#?}",
        analyse(&s, &Options::default())
    );
}

#[test]
fn french_kit_is_scam() {
    let s = page(
        "https://alerte-pc.netlify.app/",
        "Sécurité Windows",
        "Avertissement de sécurité Windows ! Votre ordinateur est infecté par un cheval de Troie. \
         L'accès à ce PC est bloqué. Ne fermez pas cette fenêtre, vos mots de passe peuvent être \
         volés. Appelez immédiatement le support Windows au numéro gratuit 0805 55 01 99",
    );
    assert_eq!(level(&s), Level::Scam);
}

#[test]
fn spanish_kit_is_scam() {
    let s = page(
        "https://aviso-seguridad.vercel.app/",
        "Seguridad de Windows",
        "Alerta de seguridad de Windows. Su equipo está infectado con un troyano y el acceso a este \
         equipo ha sido bloqueado. No cierre esta ventana ni reinicie el equipo. Llame de inmediato \
         al soporte técnico de Microsoft, línea gratuita: 900 555 017",
    );
    assert_eq!(level(&s), Level::Scam);
}

#[test]
fn italian_kit_is_scam() {
    let s = page(
        "https://avviso-pc.web.app/",
        "Sicurezza di Windows",
        "Avviso di sicurezza Windows: il tuo computer è infetto da un trojan. L'accesso a questo \
         computer è stato bloccato. Non chiudere questa finestra: i tuoi dati potrebbero essere \
         rubati. Chiama subito l'assistenza Microsoft, numero verde 800 555 019",
    );
    assert_eq!(level(&s), Level::Scam);
}

#[test]
fn portuguese_kit_is_scam() {
    let s = page(
        "https://alerta-pc.firebaseapp.com/",
        "Segurança do Windows",
        "Alerta de segurança do Windows! O seu computador está infectado com um cavalo de Troia e o \
         acesso a este computador foi bloqueado. Não feche esta janela. Ligue imediatamente para o \
         suporte técnico da Microsoft, ligação gratuita: 800 555 019",
    );
    assert_eq!(level(&s), Level::Scam);
}

#[test]
fn dutch_kit_is_scam() {
    let s = page(
        "https://pc-melding.herokuapp.com/",
        "Windows-beveiliging",
        "Beveiligingswaarschuwing van Windows: uw computer is geïnfecteerd met een trojan en de \
         toegang tot deze pc is geblokkeerd. Sluit dit venster niet. Bel onmiddellijk Microsoft \
         ondersteuning, gratis nummer 0800-555 0199",
    );
    assert_eq!(level(&s), Level::Scam);
}

#[test]
fn japanese_kit_is_scam() {
    let s = page(
        "https://pc-keikoku.github.io/",
        "Windows セキュリティ",
        "Windows セキュリティ 警告！お使いのコンピュータはトロイの木馬に感染しています。\
         このPCへのアクセスはブロックされました。再起動しないでください。個人情報が盗まれる可能性があります。\
         今すぐMicrosoft サポートにお電話ください：０１２０－５５５－０１９",
    );
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    assert_eq!(v.phones.len(), 1);
}

#[test]
fn kit_without_visible_number_is_still_scam_from_text() {
    // Kits often write the number with script from the URL; the text still asks to call.
    let s = page(
        "https://defender-x.github.io/",
        "Windows Security",
        "Windows Security alert. Access to this PC has been blocked. Your computer is infected \
         with spyware that steals passwords. Do not close this page. Contact Windows Support:",
    );
    assert_eq!(level(&s), Level::Scam);
}

#[test]
fn apple_invoice_lure_is_scam() {
    let s = page(
        "https://billing-notice.example/",
        "Apple Support",
        "Apple Support invoice. We detected an unauthorized transaction of $349.99 on your account. \
         If you did not authorize this purchase, call our toll-free number immediately: \
         +1 (844) 555-0166",
    );
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    assert!(v.reasons.iter().any(|r| r.id == ReasonId::PaymentDemand));
}

/// An antivirus "renewal invoice" that names the brand once, as the product billed, and sends
/// the reader to a phone for a refund: scam off the brand's site; silent on the vendor's own
/// renewal page, on a shop's order confirmation and in a news story about the lure.
#[test]
fn invoice_that_names_the_billed_brand_once_is_scam_off_its_site() {
    let lure = "Facture n° NT-2026-55-0192. Merci pour votre confiance. \
        Votre abonnement Norton 360 Deluxe a été renouvelé pour une durée de 12 mois. \
        Montant : 349,99 EUR. Ce montant apparaîtra sur votre relevé sous 24 heures. \
        Si vous souhaitez annuler cette commande et obtenir un remboursement, appelez notre \
        service client au 01 99 55 01 23.";
    let scam = page("https://facture-client-55.web.app/", "Facture", lure);
    let v = analyse(&scam, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    let brand = v
        .reasons
        .iter()
        .find(|r| r.id == ReasonId::BrandImpersonation);
    assert!(
        matches!(brand.map(|r| &r.detail), Some(Detail::Brand { brand, .. }) if brand == "Norton"),
        "{v:#?}"
    );
    // The vendor's own page may state the renewal and the number for refunds.
    let own = page("https://support.norton.com/fr/abonnement", "Facture", lure);
    assert_eq!(level(&own), Level::Safe);
    // Without the refund call, the same brand next to a charge is a shop's order page.
    let shop = page(
        "https://boutique-logiciels.example.fr/commande",
        "Merci pour votre commande",
        "Votre commande de Norton 360 Standard a été validée. Montant débité : 39,99 € par \
         carte bancaire. Votre clé de licence vous a été envoyée par courriel. Pour annuler \
         votre commande dans les 14 jours, contactez notre service client au 01 99 55 03 33.",
    );
    assert_ne!(level(&shop), Level::Scam);
    assert!(!has(&shop, ReasonId::BrandImpersonation));
    // A "satisfied or refunded" banner far from the call is no call for a refund.
    let banner = page(
        "https://boutique-logiciels.example.fr/norton",
        "Norton 360",
        "Norton 360 Standard, 1 an. Votre abonnement a été renouvelé automatiquement chaque \
         année, résiliable à tout moment. Satisfait ou remboursé pendant 30 jours. Livraison \
         immédiate par courriel, clé de licence incluse, paiement sécurisé par carte bancaire \
         ou virement, factures disponibles dans votre espace client à tout moment. \
         Une question avant d'acheter ? Appelez nos conseillers au 01 99 55 04 44.",
    );
    assert_ne!(level(&banner), Level::Scam);
    let news = page(
        "https://actu.example.fr/arnaque-facture",
        "Arnaque : de fausses factures Norton circulent",
        "Des escrocs envoient de fausses factures affirmant que votre abonnement Norton a été \
         renouvelé pour 349,99 euros. Le message invite à appeler un numéro, par exemple le \
         01 99 55 01 23, pour annuler et obtenir un remboursement. Méfiez-vous : Norton ne \
         facture jamais ainsi.",
    );
    assert_eq!(level(&news), Level::Safe);
}

/// Dutch lures send the reader to the "fraudeafdeling" or cite the "Fraudehelpdesk": compounds of
/// "fraude" are no sign that the page talks about scams, so they do not damp its claims; the
/// report service's own page and news that quote the lure stay silent.
#[test]
fn dutch_fraud_department_and_report_service_names_do_not_damp_a_lure() {
    let lure = page(
        "https://veilig-bankieren-55.web.app/",
        "Beveiligingsmelding",
        "Wij hebben frauduleuze transacties op uw rekening vastgesteld. Uw rekening is tijdelijk \
         geblokkeerd. Bel direct onze fraudeafdeling via 0800-555 1234. Deze melding is \
         doorgestuurd naar de Fraudehelpdesk.",
    );
    let v = analyse(&lure, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    assert!(!v.reasons.iter().any(|r| r.id == ReasonId::AwarenessContext));
    let service = page(
        "https://www.fraudehelpdesk.example.nl/melden",
        "Meld fraude bij de Fraudehelpdesk",
        "Bent u opgelicht? Meld het bij de Fraudehelpdesk. Wij helpen slachtoffers van \
         oplichting. Bel ons op 088 555 0100.",
    );
    assert_eq!(level(&service), Level::Safe);
}

// ---- Evasions: each of these would slip past a naive matcher. ----

#[test]
fn evasion_confusable_letters_still_scam() {
    let s = page(
        "https://a.github.io/",
        "",
        "Wіndоws Dеfеndеr: yоur соmрutеr is іnfесtеd. Aссеss to this PC hаs bееn blосkеd. \
         Do not сlose this window. Cаll Мiсrоsоft Suрроrt: 1-877-555-0100",
    );
    assert_eq!(level(&s), Level::Scam);
}

#[test]
fn evasion_latin_letters_in_russian_words_still_scam() {
    let clean = "Безопасность Windows: доступ к этому компьютеру заблокирован. Ваш компьютер \
                 заражён вирусом, ваши пароли могут быть украдены. Не закрывайте это окно. \
                 Позвоните в службу поддержки Microsoft: +7 495 555-01-47";
    let swap = |c: char| match c {
        'а' => 'a',
        'о' => 'o',
        'е' => 'e',
        'р' => 'p',
        'с' => 'c',
        _ => c,
    };
    let mixed: String = clean.chars().map(swap).collect();
    let url = "https://pc-alarm-4471.azurewebsites.net/";
    assert_eq!(
        level(&page(url, "Безопасность Windows", clean)),
        Level::Scam
    );
    let s = page(url, "Безопасность Windows", &mixed);
    assert_eq!(
        level(&s),
        Level::Scam,
        "{:#?}",
        analyse(&s, &Options::default())
    );
}

#[test]
fn evasion_zero_width_and_soft_hyphens_still_scam() {
    let s = page(
        "https://a.github.io/",
        "",
        "Win\u{200B}dows Defen\u{00AD}der: your com\u{200C}puter is in\u{200D}fected. Access to this PC \
         has been blo\u{FEFF}cked. Do not clo\u{00AD}se this window. Call Micro\u{200B}soft Support: \
         1-877-555-0100",
    );
    assert_eq!(level(&s), Level::Scam);
}

#[test]
fn evasion_leetspeak_still_scam() {
    let s = page(
        "https://a.github.io/",
        "",
        "W1nd0ws Def3nder: y0ur c0mputer is 1nfected. Acc3ss to this PC has been bl0cked. Err0r C0de \
         #5512. D0 n0t cl0se this window. Ca11 Micr0s0ft Supp0rt: 1-877-555-0100",
    );
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    assert!(v.reasons.iter().any(|r| r.id == ReasonId::ErrorCode));
}

#[test]
fn evasion_letter_spacing_still_scam() {
    let s = page(
        "https://a.github.io/",
        "",
        "W i n d o w s  D e f e n d e r: your computer is I N F E C T E D. Access to this PC has been \
         B L O C K E D. Do not close this window. Call M i c r o s o f t  S u p p o r t: 1-877-555-0100",
    );
    assert_eq!(level(&s), Level::Scam);
}

#[test]
fn evasion_fullwidth_and_bidi_still_scam() {
    let s = page(
        "https://a.github.io/",
        "",
        "\u{202E}\u{202C}Ｗｉｎｄｏｗｓ Ｄｅｆｅｎｄｅｒ: your computer is ｉｎｆｅｃｔｅｄ. Access to this PC \
         has been blocked. Do not close this window. Call Microsoft Support: １－８７７－５５５－０１００",
    );
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    assert_eq!(v.phones.len(), 1);
}

#[test]
fn evasion_text_split_across_elements_still_scam() {
    // Block boundaries arrive as newlines; claims span them.
    let s = page(
        "https://a.github.io/",
        "",
        "Windows\nDefender\nyour computer\nis infected\nAccess to this PC\nhas been blocked\nDo not\nclose \
         this window\nCall Windows Support\n1-877-555-0100",
    );
    assert_eq!(level(&s), Level::Scam);
}

// ---- Behaviour ----

#[test]
fn scare_plus_lock_behaviour_is_scam() {
    let mut s = page(
        "https://random-host.example/",
        "",
        "Your computer is infected with spyware. Your system has been locked.",
    );
    assert_ne!(level(&s), Level::Scam);
    s.behaviour = Behaviour {
        fullscreen: 1,
        beforeunload: 1,
        ..Default::default()
    };
    assert_eq!(level(&s), Level::Scam);
}

#[test]
fn image_only_page_with_many_lock_behaviours_is_scam() {
    let s = Snapshot {
        url: "https://x.example/".into(),
        title: "Windows Security".into(),
        alt_texts: vec!["warning".into()],
        behaviour: Behaviour {
            fullscreen: 2,
            keyboard_lock: 1,
            key_block: 4,
            beforeunload: 1,
            ..Default::default()
        },
        dom: DomHints {
            hidden_cursor: true,
            ..Default::default()
        },
        ..Default::default()
    };
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
}

#[test]
fn game_with_lock_behaviours_but_no_scare_is_not_scam() {
    let s = Snapshot {
        url: "https://games.example/".into(),
        title: "Space Blaster".into(),
        text: "Press space to start. Level 1. Score 0.".into(),
        behaviour: Behaviour {
            fullscreen: 1,
            pointer_lock: 1,
            key_block: 20,
            media_play: 3,
            audio_context: 1,
            ..Default::default()
        },
        ..Default::default()
    };
    assert_ne!(level(&s), Level::Scam);
}

/// An emulator of an old system in full screen (keyboard and pointer locked: the guest owns
/// them) shows that system's own fatal error and a note about itself; the reader's thing named
/// in that note is no claim of the error's. A kit's lock claim stays the reader's when the
/// reader's thing opens the next sentence, or with a kit's pressure anywhere (review 25 L2).
#[test]
fn an_emulator_screen_in_full_screen_claims_nothing() {
    let locked = |title: &str, text: &str| {
        let mut s = page("https://retro-emu.example/", title, text);
        s.behaviour = Behaviour {
            fullscreen: 1,
            keyboard_lock: 1,
            pointer_lock: 1,
            ..Default::default()
        };
        s
    };
    for (title, text) in [
        (
            "Windows 95 in your browser",
            "Start\nMy Computer\nC:\\WINDOWS>\nA fatal exception 0E has occurred at 0028:C0011E36. \
             The current application will be terminated.\nPress any key to continue _\n\
             This is an emulator running Windows 95 in your browser. Press Esc twice to leave.",
        ),
        (
            "DOS-Emulator",
            "Allgemeine Schutzverletzung. Die aktuelle Anwendung wird beendet.\n\
             Drücken Sie eine beliebige Taste, um fortzufahren.\n\
             Dies ist ein Emulator, der MS-DOS in Ihrem Browser ausführt. Esc beendet den Vollbildmodus.",
        ),
        (
            "Émulateur Windows 3.1",
            "Erreur d'application. L'application en cours va être fermée.\n\
             Appuyez sur une touche pour continuer.\n\
             Cet émulateur exécute Windows 3.1 dans votre navigateur. Échap pour quitter.",
        ),
    ] {
        let s = locked(title, text);
        let v = analyse(&s, &Options::default());
        assert_ne!(v.level, Level::Scam, "{text}: {:?}", ids(&s));
        assert!(!has(&s, ReasonId::LockClaim), "{text}: {:?}", ids(&s));
    }
    // Kits: the reader's thing opens the next sentence, or the page presses (malware named).
    // With no way to reach anyone under a game's lock they are a game's screen at most
    // (review 39 H2); a leave prompt or a number makes them the kit.
    for text in [
        "Access to this session will be terminated. Your computer must be checked by a technician.",
        "The current session will be terminated. Press any key. We found spyware on the system \
         that runs in your browser.",
    ] {
        let mut s = locked("", text);
        assert!(has(&s, ReasonId::LockClaim), "{text}: {:?}", ids(&s));
        assert_ne!(level(&s), Level::Scam, "{text}: {:?}", ids(&s));
        s.behaviour.beforeunload = 1;
        assert_eq!(level(&s), Level::Scam, "{text}: {:?}", ids(&s));
        let s = locked("", &format!("{text} Support: 020 7946 0427"));
        assert_eq!(level(&s), Level::Scam, "{text}: {:?}", ids(&s));
    }
    // Static lock kits (no behaviour) that name the computer deep in the next sentence and ask
    // for a technician or show a number: an emulator does neither, so their lock claim stays
    // (review 27 M3). Invented text, fictional numbers.
    for (text, scam) in [
        (
            "El acceso ha sido bloqueado por motivos de seguridad. Un técnico autorizado debe \
             conectarse a su ordenador para desbloquearlo. Llame al 020 7946 0417.",
            true,
        ),
        (
            "Der Zugang wurde gesperrt. Ein autorisierter Techniker muss sich mit Ihrem Computer \
             verbinden, um ihn freizugeben. Rufen Sie 020 7946 0418 an.",
            false,
        ),
        (
            "O acesso foi bloqueado. Um técnico certificado tem de se ligar ao seu computador \
             para o desbloquear. Ligue para 020 7946 0423.",
            false,
        ),
        // A number shown, no technician named.
        (
            "This session has been locked. Only the administrator can unlock the files on your \
             computer, on 020 7946 0426.",
            false,
        ),
    ] {
        let s = page("https://support-desk-4471.example/", "", text);
        assert!(has(&s, ReasonId::LockClaim), "{text}: {:?}", ids(&s));
        if scam {
            assert_eq!(level(&s), Level::Scam, "{text}: {:?}", ids(&s));
        }
        let s = locked("", text);
        assert!(has(&s, ReasonId::LockClaim), "{text}: {:?}", ids(&s));
        assert_eq!(level(&s), Level::Scam, "{text}: {:?}", ids(&s));
    }
}

/// Invented text in a language the lexicon does not read (Bengali), with a fictional number.
const UNREAD_KIT: &str = "সতর্কতা! আপনার কম্পিউটার ঝুঁকিতে আছে। +1 (855) 555-0142\nকম্পিউটার বন্ধ করবেন না।";

#[test]
fn a_number_on_a_page_that_traps_loudly_is_called_in_any_language() {
    let mut s = page("https://nirapotta-alert.example/", "সতর্কতা", UNREAD_KIT);
    s.behaviour = Behaviour {
        fullscreen: 2,
        keyboard_lock: 1,
        audio_context: 1,
        ..Default::default()
    };
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    assert_eq!(v.phones, vec!["+1 (855) 555-0142".to_string()]);
    // Under a line of Latin build and session numbers (review 25): the words before the number.
    let padded = format!("Build 22631.2861 release channel stable platform desktop display resolution 1920x1080 colour depth 24 bits locale settings timezone offset plus two hours renderer hardware accelerated graphics profile default theme classic layout wide\n{UNREAD_KIT}");
    let mut p = page("https://nirapotta-alert.example/", "সতর্কতা", &padded);
    p.behaviour = s.behaviour.clone();
    let v = analyse(&p, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    // Silent (an exam page locks the screen), or no lock beyond full screen (a video): not read
    // as a call.
    for quieter in [
        Behaviour {
            fullscreen: 2,
            keyboard_lock: 1,
            ..Default::default()
        },
        Behaviour {
            fullscreen: 2,
            audio_context: 1,
            ..Default::default()
        },
    ] {
        s.behaviour = quieter;
        let v = analyse(&s, &Options::default());
        assert_ne!(v.level, Level::Scam, "{v:#?}");
        assert!(v.phones.is_empty(), "{v:#?}");
    }
}

/// Honest full-screen pages with a contact number (eval23: a game in Armenian and two proctored
/// exams were warned): games lock the keyboard and the pointer, play a tone and push a few
/// history entries; exams lock the keyboard, ask before the page is left and say the screen is
/// locked until the exam ends; kiosks and slide shows hide the cursor. Invented pages, fictional
/// numbers. The lock kits beside them stay `scam`.
#[test]
fn games_exams_and_kiosks_in_full_screen_keep_their_contact_number() {
    let game = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        pointer_lock: 1,
        audio_context: 1,
        history: 3,
        ..Default::default()
    };
    let exam = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        beforeunload: 1,
        ..Default::default()
    };
    let slides = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        media_play: 1,
        history: 6,
        ..Default::default()
    };
    let honest = [
        ("https://khagher.example-studio.am/play", "Արագ մրցարշավ", "Սեղմեք բացատը՝ սկսելու համար։ Մակարդակ 2։ Միավորներ՝ 1200։\nՍտուդիայի աջակցություն՝ +374 10 555 012", &game, false),
        ("https://tamashi.example-studio.ge/play", "სწრაფი რბოლა", "დააჭირეთ ჰარს დასაწყებად. დონე 3. ქულა 450.\nსტუდიის მხარდაჭერა: +995 32 255 5012", &game, false),
        ("https://spiele.beispiel-studio.de/flug", "Wolkenflieger", "Leertaste zum Starten. Level 4. Punkte 3.120.\nFragen zum Spiel? Rufen Sie unseren Support an: +49 30 555 0177", &game, false),
        ("https://game.example-studio.jp/play", "スターランナー", "スペースキーでスタート。レベル3。スコア 2400。\nサポートセンター：03-5555-0142（平日10時〜18時）", &game, false),
        ("https://exam.example-college.ac.uk/final", "Final exam - Statistics 201", "The exam runs in full screen. Your screen is locked until the exam ends. Do not leave this page or the exam will be submitted.\nTime left 58:12. Question 3 of 20.\nTechnical problems? Exam helpline: 020 7946 0150", &exam, false),
        ("https://pruefung.example-hochschule.de/klausur", "Online-Prüfung Mathematik I", "Die Prüfung läuft im Vollbildmodus. Ihr Bildschirm ist bis zum Ende der Prüfung gesperrt. Verlassen Sie diese Seite nicht, sonst wird die Prüfung beendet.\nRestzeit 42:10. Aufgabe 5 von 12.\nTechnische Probleme? Prüfungshotline: +49 30 555 0190", &exam, false),
        ("https://examens.exemple-universite.fr/partiel", "Examen en ligne - Droit civil", "L'examen se déroule en plein écran. Votre écran est verrouillé jusqu'à la fin de l'examen. Ne quittez pas cette page pendant l'examen.\nTemps restant : 31:05. Question 7 sur 25.\nUn problème technique ? Appelez l'assistance examens au 01 99 00 15 50.", &exam, false),
        ("https://examenes.ejemplo-universidad.es/final", "Examen final - Economía", "El examen se realiza en pantalla completa. Su pantalla está bloqueada hasta que termine el examen. No cierre esta página o el examen se enviará.\nTiempo restante: 20:44. Pregunta 9 de 30.\n¿Problemas técnicos? Llame al soporte de exámenes: 910 555 015", &exam, false),
        ("https://slides.example-conf.de/talk", "Vortrag: Energiewende", "Folie 3 von 24. Pfeiltasten zum Blättern.\nKontakt zum Vortragenden: +49 30 555 0133", &slides, true),
    ];
    for (i, (url, title, text, b, hidden)) in honest.into_iter().enumerate() {
        let mut s = page(url, title, text);
        s.behaviour = b.clone();
        s.dom.hidden_cursor = hidden;
        // Firefox has no keyboard lock: the exam's full screen and leave prompt alone.
        for keyboard_lock in [1, 0] {
            // The games in Armenian and Georgian with the keyboard locked: a page in words no
            // lexicon reads that locks the keyboard in full screen with sound is read as the lock
            // kits in those scripts are, pointer lock or not (review 24 H3; a known miss,
            // docs/EVALUATION.md).
            if i < 2 && keyboard_lock == 1 {
                continue;
            }
            s.behaviour.keyboard_lock = keyboard_lock;
            let v = analyse(&s, &Options::default());
            assert_ne!(v.level, Level::Scam, "{title}: {v:#?}");
        }
    }
    // Kits: what no full-screen app does besides (a hidden cursor with a leave trap, a flooded
    // history, a voice), or a lock claim with no exam, or a "security exam" under a brand.
    let kits = [
        ("https://pc-lock-screen.example/", "Windows", "Call 1-888-555-0111", Behaviour { beforeunload: 1, ..exam.clone() }, true),
        ("https://pc-lock-screen2.example/", "Untitled", "Call 1-888-555-0112", Behaviour { history: 40, ..exam.clone() }, false),
        ("https://zgushacheba-alert.example/", "გაფრთხილება", "გაფრთხილება! თქვენი კომპიუტერი დაბლოკილია. დარეკეთ: +1 (844) 555-0177", Behaviour { speech: 1, ..exam.clone() }, false),
        ("https://exam-lock.example/", "Security", "Your computer is locked until you call support. Call 1-888-555-0110 now.", exam.clone(), false),
        ("https://seguridad-equipo.example/", "Alerta de seguridad de Windows", "Su computadora ha sido bloqueada hasta el final del examen de seguridad. No cierre esta ventana durante el examen. Llame ahora al soporte de Microsoft: +34 900 555 017", exam.clone(), false),
    ];
    for (url, title, text, b, hidden) in kits {
        let mut s = page(url, title, text);
        s.behaviour = b;
        s.dom.hidden_cursor = hidden;
        let v = analyse(&s, &Options::default());
        assert_eq!(v.level, Level::Scam, "{title}: {v:#?}");
    }
}

/// eval24's false warnings, in invented pages of the same shape (fictional numbers): full-screen
/// apps that lock the keyboard, play a tone, push a few history entries and show a footer number
/// (a racing game, a puzzle, a typing trainer, a museum kiosk, a piano, exams, a game), and a
/// live-TV vote page ("do not close this page during the vote", premium-rate lines). Beside each,
/// a kit doing the same with a claim, pressure or little more than its number stays `scam`
/// (review 24 H3/H4/M2: reviewer's exam and game twins, image-only kits).
#[test]
fn full_screen_apps_with_a_footer_number_are_not_kits() {
    let app = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        audio_context: 1,
        history: 3,
        ..Default::default()
    };
    let game = Behaviour {
        pointer_lock: 1,
        history: 4,
        ..app.clone()
    };
    let exam = Behaviour {
        beforeunload: 1,
        ..app.clone()
    };
    let kiosk = Behaviour {
        audio_context: 0,
        media_play: 1,
        ..app.clone()
    };
    let tv = Behaviour {
        fullscreen: 1,
        media_play: 1,
        history: 2,
        ..Default::default()
    };
    let honest = [
        ("https://play.example-racers.co.uk/track", "Harbour Racer - full screen", "Harbour Racer\nLap 2 of 3. Best lap 1:12.40\nPress Esc twice to leave full screen. Arrow keys to steer.\nStudio support: 020 7946 0412", &game, false),
        ("https://puzzles.example-games.de/tiles", "Kachelpuzzle im Vollbild", "Kachelpuzzle\nZüge: 48. Zeit 03:12.\nEsc gedrückt halten, um den Vollbildmodus zu verlassen.\nKundenservice: +49 30 555 0188", &app, false),
        ("https://typing.example-school.com/lesson/4", "Typing trainer - lesson 4", "Lesson 4: the home row\nWords per minute: 42. Accuracy: 96%.\nType the line below. Hold Esc to leave full screen.\nasdf jkl; asdf jkl;\nHelp line for schools: +1 555 010 4477", &app, false),
        ("https://kiosk.example-museum.org/hall-3", "Museum guide - Hall 3", "Hall 3: The age of steam\nTouch a picture to hear its story.\nOpening hours 10:00-18:00. Reception: +44 20 7946 0931", &kiosk, true),
        ("https://piano.example-music.fr/jouer", "Piano en ligne - plein écran", "Piano en ligne\nJouez avec le clavier de votre ordinateur : touches A à L.\nAppuyez longuement sur Échap pour quitter le plein écran.\nContact : 01 99 00 24 17", &app, false),
        ("https://exams.example-college.ac.uk/module4", "Module 4 final exam - Proctored", "Module 4 final exam\nThis exam runs in full screen. Keyboard shortcuts are disabled during the exam.\nDo not close or leave this window: your attempt will be submitted automatically.\nTime remaining: 42:10\nQuestion 7 of 30\nWarning: you left full screen. This has been reported to your proctor.\nTechnical problem during the exam? Call the exam helpdesk immediately on 020 7946 0123.", &exam, false),
        ("https://examenes.ejemplo-universidad.es/final", "Examen final - Economía", "Examen final de Economía\nEl examen se realiza en pantalla completa. No cierre esta ventana durante el examen.\nTiempo restante: 20:44\nPregunta 9 de 30\n¿Problemas técnicos? Llame al soporte de exámenes: 910 555 015", &exam, false),
        ("https://pruefung.example-hochschule.de/klausur", "Online-Prüfung Mathematik I", "Online-Prüfung Mathematik I\nVerlassen Sie diese Seite nicht, sonst wird die Prüfung beendet.\nRestzeit 42:10. Aufgabe 5 von 12.\nTechnische Probleme? Prüfungshotline: +49 30 555 0190", &exam, false),
        ("https://arcade.example-studio.com/drift", "Asteroid Drift - play in full screen", "Asteroid Drift\nScore 12,400  Level 3  Lives 2\nGAME OVER\nContinue? Do not close this tab or your progress will be lost.\nQuestions? Call our support: +1 555 010 2299", &game, false),
        // Review 28: an ask read far above a footer in Arabic and Latin letters.
        ("https://kiosk.example-museum.ae/hall-3", "Museum guide - Hall 3", "Hall 3: Falconry through the ages. Touch a picture to hear its story.\nOpening hours 10:00-18:00. For group visits call the reception desk.\nللاستفسارات يرجى الاتصال بمكتب الاستقبال في المتحف على الرقم التالي +971 4 555 0932", &kiosk, false),
        ("https://live.example-tv.co.uk/vote", "Live: The Big Sing final", "LIVE The Big Sing - the final\nVoting is open now! Do not close this page during the vote: the lines close at 21:30.\nTo vote for Anna call 0909 555 0101, for Ben call 0909 555 0102. Calls cost 50p plus your network access charge.", &tv, true),
    ];
    for (url, title, text, b, hidden) in honest {
        let mut s = page(url, title, text);
        s.behaviour = b.clone();
        s.dom.hidden_cursor = hidden;
        let v = analyse(&s, &Options::default());
        assert_ne!(v.level, Level::Scam, "{title}: {v:#?}");
    }
    let full_screen = Behaviour {
        fullscreen: 1,
        ..Default::default()
    };
    let kits = [
        ("https://play-racer-x.example/", "Harbour Racer", "Harbour Racer\nLap 2 of 3\nYour computer has been locked due to a virus. Call support now: 1-888-555-0174", &game, false),
        ("https://typing-lesson-x.example/", "Typing trainer", "Lesson 4: the home row\nWords per minute: 42.\nWindows has blocked this computer. Do not close this window.\nHelp line: +1 555 010 4477", &app, false),
        ("https://kiosk-x.example/", "Museum guide", "Hall 3\nYour PC is infected. Call the technician: +44 20 7946 0931", &kiosk, true),
        ("https://exam-lock-x.example/", "Online exam - proctored", "Online exam\nQuestion 1 of 1. Time remaining: 04:59\nYour computer has been locked until the exam ends. Do not close this window during the exam.\nCall the exam technician immediately: 1-888-555-0174", &exam, false),
        ("https://exam-lock-y.example/", "Online exam", "Online exam\nQuestion 3 of 20. Time remaining: 04:59\nYour screen is locked until the exam ends. Do not close this window.\nCall now: +44 20 7946 0999", &exam, false),
        ("https://arcade-x.example/", "Asteroid Drift", "Score 0 Level 1 Lives 3\nGAME OVER\nDo not close this tab or your computer will be locked.\nCall now: 1-888-555-0174", &game, false),
        ("https://live-tv-x.example/", "Live TV", "LIVE\nYour TV subscription has been blocked. Do not close this page.\nCall 1-888-555-0199 to unblock it now.", &tv, true),
        ("https://alert-x.example/", "Alert", "+1 (888) 555-0174", &app, false),
        ("https://alert-z.example/", "Notice", "Call +44 20 7946 0777", &app, false),
        ("https://alert-center-x.example/", "Alert", "Call now +1 (888) 555-0174", &game, false),
        ("https://upozorenje-x.example/", "Упозорење", "Ваш рачунар је закључан. Откривен је вирус. Одмах позовите овај број: +381 11 555 0123\nНе искључујте рачунар.", &game, false),
        // Review 27 H1: the computer locked "until the exam ends", a call to unlock it.
        ("https://online-exam-x.example/", "Online exam", "Online exam\nQuestion 1 of 3. Time remaining: 04:59\nYour computer has been locked until the exam ends. Do not close this window during the exam.\nTo unlock your computer, call the exam technician on 020 7946 0998.", &exam, false),
        ("https://online-pruefung-x.example/", "Online-Prüfung", "Online-Prüfung\nAufgabe 1 von 3. Restzeit 04:59\nIhr Computer ist bis zum Ende der Prüfung gesperrt.\nUm Ihren Computer zu entsperren, rufen Sie den Prüfungstechniker an: +49 30 555 0198", &exam, false),
        ("https://tentamen-x.example/", "Online tentamen", "Online tentamen\nVraag 1 van 3. Resterende tijd 04:59\nUw computer is geblokkeerd tot het einde van het tentamen. Sluit dit venster niet tijdens het tentamen.\nBel de technicus: 020 555 0176", &exam, false),
        ("https://examen-x.example/", "Examen en ligne", "Examen en ligne\nQuestion 1 sur 1. Temps restant : 04:59\nVotre ordinateur est verrouillé jusqu'à la fin de l'examen. Ne fermez pas cette fenêtre pendant l'examen.\nUn problème ? Appelez le technicien au 01 99 00 17 71.", &exam, false),
        ("https://examen-y.example/", "Examen en línea", "Examen en línea\nPregunta 1 de 1. Tiempo restante: 04:59\nSu equipo está bloqueado hasta que termine el examen. No cierre esta ventana durante el examen.\n¿Problemas? Llame al técnico: 910 555 018", &exam, false),
        // Your screen locked, but a call to unlock it is a kit's.
        ("https://exam-lock-z.example/", "Online exam", "Online exam\nQuestion 3 of 20. Time remaining: 04:59\nYour screen is locked until the exam ends.\nTo unlock it, call the exam technician on 020 7946 0997.", &exam, false),
        // Review 28: the system, the browser or the Mac locked "until the exam ends"; a call to
        // unblock it or "zum Freischalten".
        ("https://online-exam-w.example/", "Online exam", "Online exam\nQuestion 1 of 3. Time remaining: 04:59\nWindows has been locked until the exam ends. Do not close this window during the exam.\nProblems? Call the exam technician on 020 7946 0981.", &exam, false),
        ("https://online-exam-b.example/", "Online exam", "Online exam\nQuestion 1 of 3. Time remaining: 04:59\nYour browser has been locked until the exam ends. Do not close this window during the exam.\nProblems? Call the exam technician on 020 7946 0982.", &exam, false),
        ("https://online-exam-m.example/", "Online exam", "Online exam\nQuestion 1 of 3. Time remaining: 04:59\nYour Mac and this window are locked until the exam ends.\nProblems? Call the exam technician on 020 7946 0983.", &exam, false),
        ("https://examen-w.example/", "Examen en ligne", "Examen en ligne\nQuestion 1 sur 3. Temps restant : 04:59\nWindows est verrouillé jusqu'à la fin de l'examen. Ne fermez pas cette fenêtre pendant l'examen.\nUn problème ? Appelez le technicien au 01 99 00 17 85.", &exam, false),
        ("https://online-pruefung-f.example/", "Online-Prüfung", "Online-Prüfung\nAufgabe 1 von 3. Restzeit 04:59\nIhr Bildschirm ist bis zum Ende der Prüfung gesperrt. Schließen Sie dieses Fenster nicht.\nZum Freischalten rufen Sie den Techniker an: +49 30 555 0187", &exam, false),
        ("https://online-exam-u.example/", "Online exam", "Online exam\nQuestion 1 of 3. Time remaining: 04:59\nYour screen is locked until the exam ends. Do not close this window.\nTo unblock it, call the exam technician on 020 7946 0988.", &exam, false),
        // Review 29 E-H4: a call to get access back, in five languages; the device as a
        // notebook or a "portable".
        ("https://online-exam-r.example/", "Online exam", "Online exam\nQuestion 1 of 3. Time remaining: 04:59\nYour screen is locked until the exam ends. Do not close this window.\nTo regain access, call the exam technician on 020 7946 0971.", &exam, false),
        ("https://online-pruefung-g.example/", "Online-Prüfung", "Online-Prüfung\nAufgabe 1 von 3. Restzeit 04:59\nIhr Bildschirm ist bis zum Ende der Prüfung gesperrt. Schließen Sie dieses Fenster nicht.\nUm den Bildschirm wieder freizugeben, rufen Sie den Techniker an: +49 30 555 0172", &exam, false),
        ("https://examen-r.example/", "Examen en ligne", "Examen en ligne\nQuestion 1 sur 3. Temps restant : 04:59\nVotre écran est verrouillé jusqu'à la fin de l'examen. Ne fermez pas cette fenêtre.\nPour récupérer l'accès, appelez le technicien au 01 99 00 17 73.", &exam, false),
        ("https://examen-a.example/", "Examen en línea", "Examen en línea\nPregunta 1 de 3. Tiempo restante: 04:59\nSu pantalla está bloqueada hasta el final del examen. No cierre esta ventana.\nPara reactivar su pantalla, llame al técnico: 910 555 074", &exam, false),
        ("https://tentamen-v.example/", "Online tentamen", "Online tentamen\nVraag 1 van 3. Resterende tijd 04:59\nUw scherm is vergrendeld tot het einde van het tentamen. Sluit dit venster niet.\nBel de technicus om uw scherm vrij te geven: 020 555 0175", &exam, false),
        ("https://online-pruefung-n.example/", "Online-Prüfung", "Online-Prüfung\nAufgabe 1 von 3. Restzeit 04:59\nDer Bildschirm Ihres Notebooks ist bis zum Ende der Prüfung gesperrt. Schließen Sie dieses Fenster nicht.\nProbleme? Rufen Sie den Techniker an: +49 30 555 0176", &exam, false),
        ("https://examen-p.example/", "Examen en ligne", "Examen en ligne\nQuestion 1 sur 3. Temps restant : 04:59\nL'écran de votre portable est verrouillé jusqu'à la fin de l'examen. Ne fermez pas cette fenêtre.\nUn problème ? Appelez le technicien au 01 99 00 17 77.", &exam, false),
        ("https://online-exam-p.example/", "Online exam", "Online exam\nQuestion 1 of 3. Time remaining: 04:59\nThe screen is locked until the exam ends on this PC. Do not close this window during the exam or restart this PC.\nProblems? Call the exam technician on 020 7946 0978.", &exam, false),
        // Review 28 E-M2: "Mac" or "PC" ending the "do not close" sentence names the device.
        ("https://sec-report-m.example/", "Security report", "Time remaining: 04:59. Your report has been submitted.\nDo not close this window or restart this Mac.\nNeed help? Call the security team: 020 7946 0564", &full_screen, false),
        ("https://sec-report-p.example/", "Security report", "Time remaining: 04:59. Your report has been submitted.\nDo not close this window or restart your PC.\nNeed help? Call the security team: 020 7946 0565", &full_screen, false),
    ];
    for (url, title, text, b, hidden) in kits {
        let mut s = page(url, title, text);
        s.behaviour = b.clone();
        s.dom.hidden_cursor = hidden;
        let v = analyse(&s, &Options::default());
        assert_eq!(v.level, Level::Scam, "{title}: {v:#?}");
    }
    // Review 27 M4: a fake scan's "Threat level 5. Risk score 98." and a charge are no app's
    // frame; static pages keep their "do not close" and urgency.
    let statics = [
        ("https://pc-scan-x.example/", "Scan results", "Scan results\nThreat level 5. Risk score 98.\nDo not close this window or restart your computer. Time remaining: 04:59\nNeed help? Call the security team: 020 7946 0552"),
        ("https://arcade-billing-x.example/", "Arcade Pass", "Arcade Pass\nLevel 3  Score 1200  Lives 2\nYour card has been charged $399.99 for the yearly Arcade Pass renewal. Do not close this page.\nDid not authorise this charge? Call our refund desk: 020 7946 0550"),
        // Review 28: the threat in a compound or another language, or no threat word but a
        // "do not close" that forbids restarting the computer.
        ("https://pc-scan-n.example/", "Scanresultaten", "Scanresultaten\nDreigingsniveau 5. Risicoscore 98.\nSluit dit venster niet en start uw computer niet opnieuw op. Resterende tijd: 04:59\nHulp nodig? Bel het beveiligingsteam: 020 555 0553"),
        ("https://pc-scan-f.example/", "Résultats de l'analyse", "Résultats de l'analyse\nScore 12. Niveau 5.\nNe fermez pas cette fenêtre et ne redémarrez pas votre ordinateur. Temps restant : 04:59\nBesoin d'aide ? Appelez l'équipe de sécurité au 01 99 00 05 55."),
        // A static page's "submitted" and countdown, or a bare "Level 5. Score 98.", is no
        // app's frame: an app page is a full-screen app's (review 28).
        ("https://sec-report-x.example/", "Security report", "Security report\nYour report has been submitted to the security team. Time remaining: 04:59\nDo not close this window.\nNeed help? Call the security team: 020 7946 0559"),
        ("https://pc-scan-v.example/", "Scan results", "Scan results\nLevel 5. Score 98. Time remaining: 04:59\nDo not close this window.\nNeed help? Call the security team: 020 7946 0561"),
        ("https://pc-analisis-e.example/", "Resultados del análisis", "Resultados del análisis\nRiesgo nivel 5. Puntos 98.\nNo cierre esta ventana ni reinicie su equipo. Tiempo restante: 04:59\n¿Necesita ayuda? Llame al equipo de seguridad: 910 555 057"),
    ];
    for (url, title, text) in statics {
        let v = analyse(&page(url, title, text), &Options::default());
        assert_eq!(v.level, Level::Scam, "{title}: {v:#?}");
    }
}

#[test]
fn a_remote_desktop_session_in_full_screen_keeps_its_contact_number() {
    // Review 22 M5: the keyboard locked in full screen with the remote machine's sound.
    let mut s = page(
        "https://desk.northdesk.example/session",
        "NorthDesk Remote Session",
        "NorthDesk IT Services | +44 20 7946 0555\nYou are connected to WORKSTATION-42. Press Ctrl+Alt+Shift to open the session menu.\nTo end the session, click Disconnect.",
    );
    s.behaviour = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        media_play: 1,
        ..Default::default()
    };
    let v = analyse(&s, &Options::default());
    assert_ne!(v.level, Level::Scam, "{v:#?}");
}

#[test]
fn a_kit_in_an_unread_script_that_names_a_remote_tool_is_still_called() {
    // Review 22 H5: on a page written in a script no lexicon covers, a tool's name in Latin
    // letters ("AnyDesk", "TeamViewer" in the title) is no sign that the lexicon reads the page:
    // the loud trap still makes its number a call.
    let loud = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        media_play: 1,
        ..Default::default()
    };
    let tool = format!("{UNREAD_KIT}\nAnyDesk ডাউনলোড করুন এবং টেকনিশিয়ানকে কোডটি দিন।");
    let urdu = "انتباہ! آپ کا کمپیوٹر بند کر دیا گیا ہے۔ فوراً اس نمبر پر رابطہ کریں: +92 21 555 0142\nTeamViewer کھولیں اور کوڈ بتائیں۔";
    for (title, text) in [
        ("সতর্কতা", tool.as_str()),
        ("TeamViewer সতর্কতা", UNREAD_KIT),
        ("انتباہ", urdu),
    ] {
        let mut s = page("https://nirapotta-alert.example/", title, text);
        s.behaviour = loud.clone();
        let v = analyse(&s, &Options::default());
        assert_eq!(v.level, Level::Scam, "{title}: {v:#?}");
    }
    // A remote-desktop session in a language whose letters a lexicon reads keeps its number as
    // the English one does, whether the lexicon read its remote-session words or only the
    // tool's name (review 23 H1).
    for (title, text, number) in [
        (
            "СеверДеск: удаленный рабочий стол",
            "СеверДеск ИТ-услуги | +7 495 555-01-42\nВы подключены к WORKSTATION-7. Чтобы завершить сеанс, нажмите «Отключить».",
            "+7 495 555-01-42",
        ),
        (
            "TeamViewer ウェブ版",
            "キタデスク株式会社 | 03-5555-0142\nPC-07 に接続中です。終了するときは「切断」を押します。",
            "03-5555-0142",
        ),
    ] {
        let mut s = page("https://desk.severdesk.example/session", title, text);
        s.behaviour = loud.clone();
        let v = analyse(&s, &Options::default());
        assert_ne!(v.level, Level::Scam, "{title}: {v:#?}");
        assert!(!v.phones.iter().any(|p| p == number), "{title}: {v:#?}");
    }
}

#[test]
fn a_game_that_locks_the_pointer_and_plays_sound_keeps_its_contact_number() {
    let mut s = page(
        "https://arcade-games.example/",
        "Space Blaster",
        "Press space to start. Level 1. Score 0.\nBirthday parties: +44 20 7946 0958",
    );
    s.behaviour = Behaviour {
        fullscreen: 1,
        pointer_lock: 1,
        key_block: 20,
        media_play: 3,
        audio_context: 1,
        ..Default::default()
    };
    let v = analyse(&s, &Options::default());
    assert_ne!(v.level, Level::Scam, "{v:#?}");
}

#[test]
fn video_fullscreen_with_news_text_is_not_scam() {
    let mut s = page(
        "https://news.example/",
        "Weather update",
        "Storm warning for the coast. Watch the video in full screen.",
    );
    s.behaviour = Behaviour {
        fullscreen: 1,
        media_play: 1,
        ..Default::default()
    };
    assert_eq!(level(&s), Level::Safe);
}

#[test]
fn auth_loop_and_dialog_loop_are_reported() {
    let mut s = page("https://x.example/", "", "Your computer has been blocked.");
    s.behaviour = Behaviour {
        auth_prompts: 5,
        dialogs: 6,
        history: 40,
        downloads: 5,
        window_open: 5,
        speech: 1,
        ..Default::default()
    };
    let got = ids(&s);
    for id in [
        ReasonId::AuthLoop,
        ReasonId::DialogLoop,
        ReasonId::HistoryFlood,
        ReasonId::DownloadFlood,
        ReasonId::PopupFlood,
        ReasonId::Audio,
    ] {
        assert!(got.contains(&id), "missing {id:?}");
    }
    assert_eq!(level(&s), Level::Scam);
}

#[test]
fn strict_mode_escalates_sooner() {
    let mut s = page(
        "https://x.example/",
        "",
        "Your computer is infected. Call support now.",
    );
    s.behaviour.fullscreen = 1;
    s.behaviour.audio_context = 1;
    let normal = analyse(&s, &Options { strict: false });
    let strict = analyse(&s, &Options { strict: true });
    assert_ne!(normal.level, Level::Scam);
    assert_eq!(strict.level, Level::Scam, "{strict:#?}");
}

/// A title naming the site by its registered name is the site's own identity: its role word
/// ("Card fraud alert") is no impersonation, even with --strict (review 39 R39-L1); the same
/// title on another host still is.
#[test]
fn a_title_naming_its_own_site_is_no_identity_claim() {
    let text = "We stopped a payment of $318.40 at an online shop. Your card has been temporarily \
                blocked to protect you. If you made this payment, call us at 1-800-555-0147 to \
                unblock your card.";
    let title = "Card fraud alert | Harbor Point Credit Union";
    let own = page("https://www.harborpointcreditunion.org/alerts", title, text);
    let other = page("https://card-alert-3391.example/", title, text);
    let strict = Options { strict: true };
    assert_ne!(analyse(&own, &strict).level, Level::Scam);
    assert!(!analyse(&own, &strict)
        .reasons
        .iter()
        .any(|r| r.id == ReasonId::BrandImpersonation));
    assert!(analyse(&other, &strict)
        .reasons
        .iter()
        .any(|r| r.id == ReasonId::BrandImpersonation));
    // Separators of two and three bytes around the role word: read, never a panic (review 40
    // found `rfind(..) + 1` cutting inside '·').
    for title in [
        "Harbor Point Credit Union · Card fraud alert",
        "Card fraud alert • Harbor Point Credit Union",
        "Harbor Point Credit Union·Card fraud alert•Help",
    ] {
        let own = page("https://www.harborpointcreditunion.org/alerts", title, text);
        assert_ne!(analyse(&own, &strict).level, Level::Scam, "{title}");
    }
}

// ---- Must stay silent ----

#[test]
fn scary_words_alone_are_never_scam() {
    let s = page(
        "https://blog.example/",
        "",
        "Your computer is infected! Your PC has been blocked! Do not close this window! Error code 0x80070005!",
    );
    assert_ne!(level(&s), Level::Scam);
}

#[test]
fn phone_alone_is_never_scam() {
    let s = page(
        "https://pizza.example/",
        "Luigi's",
        "Order now! Call us toll free 1-800-555-0123",
    );
    assert_eq!(level(&s), Level::Safe);
}

#[test]
fn microsoft_support_page_with_its_own_number_is_safe() {
    let s = page(
        "https://support.microsoft.com/en-us/contact",
        "Contact Microsoft Support",
        "Windows Security and Microsoft Defender help. If you think your computer is infected with a \
         virus, run a scan. To talk to Microsoft Support, call 1-800-555-0110.",
    );
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Safe, "{v:#?}");
    assert!(!v
        .reasons
        .iter()
        .any(|r| r.id == ReasonId::BrandImpersonation));
}

#[test]
fn phone_injected_into_real_brand_page_is_scam() {
    let s = page(
        "https://support.microsoft.com/en-us/search?query=Microsoft%20support%20call%201-888-555-0177",
        "Search - Microsoft Support",
        "Search results for \"Microsoft support call 1-888-555-0177\". No results found.",
    );
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    assert!(v.reasons.iter().any(|r| r.id == ReasonId::PhoneInUrl));
}

#[test]
fn form_echoing_the_visitors_number_is_not_scam() {
    let s = page(
        "https://plumber.example/thanks?phone=020+7946+0321",
        "Thank you",
        "Thanks! We will call you back at 020 7946 0321 within the day.",
    );
    assert_ne!(level(&s), Level::Scam);
}

#[test]
fn phone_from_url_on_scare_page_is_scam() {
    let s = page(
        "https://x.github.io/alert/?n=18885550166",
        "",
        "Your computer has been blocked. Call support: 1-888-555-0166",
    );
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    assert!(v
        .reasons
        .iter()
        .any(|r| r.id == ReasonId::PhoneInUrl && r.weight >= 4.0));
}

#[test]
fn scam_awareness_article_is_safe() {
    let s = page(
        "https://consumer-advice.example/tech-support-scams",
        "How to spot a tech support scam",
        "Tech support scammers want you to believe your computer is infected. They pretend to be \
         from Microsoft or Apple and show fake pop-up warnings that say your computer has been \
         blocked, with a toll-free number to call. Do not call the number. Legitimate companies \
         will never ask you to call. If you see such a warning, close the browser. Scammers may ask \
         for remote access with AnyDesk or payment with gift cards. Report the scam to the FTC.",
    );
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Safe, "{v:#?}");
    assert!(v.reasons.iter().any(|r| r.id == ReasonId::AwarenessContext));
}

#[test]
fn awareness_footer_under_the_pages_own_alert_does_not_damp_it() {
    // The same alert, three ways: a kit with the brand's advice as a footer is a scam; quoted,
    // or followed by a story longer than itself, it is a news item about the scam.
    let alert = "Your account has been temporarily locked after an unusual sign-in. Call our \
                 fraud department immediately at 1-877-555-0188 to restore access.";
    let footer = "Beware of scammers. We will never ask for your PIN.";
    let kit = page(
        "https://bank-review-center.pages.dev/",
        "Fraud Alert",
        &format!("{alert} {footer}"),
    );
    assert_eq!(
        level(&kit),
        Level::Scam,
        "{:#?}",
        analyse(&kit, &Options::default())
    );
    let quoted = page(
        "https://news.example/bank-texts",
        "Customers get fake texts",
        &format!("\u{201c}{alert}\u{201d} {footer}"),
    );
    assert_eq!(
        level(&quoted),
        Level::Safe,
        "{:#?}",
        analyse(&quoted, &Options::default())
    );
    let story = page(
        "https://news.example/bank-texts",
        "Customers get fake texts",
        &format!(
            "{alert} That is the text hundreds of customers received this month. The number \
             connects to people who ask for one-time codes. {footer} If you get such a message, \
             hang up and call the number on the back of your card."
        ),
    );
    assert_eq!(
        level(&story),
        Level::Safe,
        "{:#?}",
        analyse(&story, &Options::default())
    );
    // Words about scams before the alert keep damping it, as before.
    let advice = page(
        "https://news.example/bank-texts",
        "Customers get fake texts",
        &format!("Scammers pose as banks. {alert} {footer}"),
    );
    assert_eq!(
        level(&advice),
        Level::Safe,
        "{:#?}",
        analyse(&advice, &Options::default())
    );
}

#[test]
fn japanese_and_german_awareness_pages_are_not_scam() {
    let ja = page(
        "https://news.example.jp/article",
        "サポート詐欺に注意",
        "サポート詐欺の手口：偽の警告で「お使いのコンピュータはウイルスに感染しています」と表示し、\
         電話をかけさせます。表示された番号には絶対に電話しないでください。消費生活センターや警察に相談を。",
    );
    assert_ne!(
        level(&ja),
        Level::Scam,
        "{:#?}",
        analyse(&ja, &Options::default())
    );
    let de = page(
        "https://verbraucher.example.de/warnung",
        "Vorsicht vor falschen Microsoft-Warnungen",
        "Betrüger geben sich als Microsoft-Support aus. Die gefälschte Meldung behauptet, Ihr \
         Computer sei mit einem Virus infiziert und gesperrt, und nennt eine Telefonnummer. \
         Rufen Sie diese Nummer niemals an, legen Sie auf und melden Sie den Betrug der Polizei.",
    );
    assert_ne!(
        level(&de),
        Level::Scam,
        "{:#?}",
        analyse(&de, &Options::default())
    );
}

#[test]
fn news_article_quoting_a_scam_is_not_scam() {
    let s = page(
        "https://daily-news.example/2026/police-warning",
        "Police warn of fake Microsoft alerts",
        "Police warned residents on Monday about fraudsters posing as Microsoft. Victims saw a \
         message claiming \"your computer is infected, call Windows Support now\" with a number. \
         The scammers then asked for remote access. Officers said Microsoft never calls customers.",
    );
    assert_ne!(level(&s), Level::Scam);
}

#[test]
fn repair_shop_with_phone_and_virus_removal_is_safe() {
    let s = page(
        "https://fixit-pc.example/",
        "FixIt PC Repair",
        "Computer repair, virus removal and data recovery for Windows and Mac. Same-day service. \
         Call us at (555) 555-0134 or visit our store.",
    );
    assert_eq!(level(&s), Level::Safe);
}

#[test]
fn a_sign_in_form_names_the_password_without_threatening_it() {
    // "password" on a sign-in form is no data-loss threat (the bare word was one in the Italian,
    // Swedish, Norwegian and Danish lists, and so on every language's page).
    for text in [
        "Enter your user ID and password to continue.",
        "Inserisci il codice utente e la password.",
        "Ange ditt personnummer och lösenord.",
        "Skriv inn fødselsnummer og passord.",
        "Indtast dit bruger-id og din adgangskode.",
    ] {
        let s = page("https://bank.example/login", "Sign in", text);
        assert!(!has(&s, ReasonId::DataLossThreat), "{text}");
    }
    // The reader's passwords under threat still are.
    for text in [
        "Le tue password sono a rischio.",
        "Dina lösenord kan läcka.",
        "Passordene dine er i fare.",
        "Dine adgangskoder er i fare.",
    ] {
        let s = page("https://x.example/", "", text);
        assert!(has(&s, ReasonId::DataLossThreat), "{text}");
    }
}

#[test]
fn shop_selling_antivirus_is_not_scam() {
    // A reseller: security brands as products, "protect your PC against viruses", a phone number.
    let s = page(
        "https://www.pcshop-example.dk/antivirus",
        "Antivirus for your computer | PC Shop",
        "Antivirus for your computer\n\
         Protect your PC against viruses, spyware and ransomware. We sell Norton 360, McAfee Total \
         Protection and ESET licences.\n\
         McAfee Total Protection: 299 kr. Norton 360 Deluxe, 1 year, 5 devices: 349 kr\n\
         Need help choosing? Call our customer service on +45 70 55 01 23, Monday to Friday 9-17.",
    );
    assert_ne!(
        level(&s),
        Level::Scam,
        "{:#?}",
        analyse(&s, &Options::default())
    );
    // The same shop words do not shield a kit's claim.
    let kit = page(
        "https://mcafee-renew-77.web.app/",
        "McAfee Total Protection",
        "McAfee Total Protection: your subscription has expired.\n\
         Your computer is infected with 5 viruses. Protection against spyware is off.\n\
         Call McAfee Support now, toll free: 1-888-555-0162",
    );
    let v = analyse(&kit, &Options::default());
    let claim = v.reasons.iter().find(|r| r.id == ReasonId::InfectionClaim);
    assert!(claim.is_some_and(|r| r.weight >= 2.0), "{v:#?}");
}

#[test]
fn microsoft_kb_article_about_a_virus_is_safe() {
    let s = page(
        "https://support.microsoft.com/kb/555555",
        "Virus alert about the Example worm",
        "Microsoft has confirmed a virus that may infect your computer. Symptoms: STOP error \
         0x0000007B. Update your antivirus software immediately. For help call Microsoft Product \
         Support Services at (425) 555-0100.",
    );
    assert_eq!(level(&s), Level::Safe);
}

#[test]
fn seed_like_article_is_safe() {
    let s = page(
        "https://blog.example/are-calls-from-microsoft-legitimate",
        "Are calls from Microsoft legitimate?",
        "Microsoft does not make unsolicited phone calls. Scammers claim your computer is infected \
         and ask for remote access or payment. Hang up, verify through official channels, and report \
         the scam. Never give passwords or card numbers over the phone.",
    );
    assert_eq!(level(&s), Level::Safe);
}

// ---- Robustness ----

#[test]
fn never_panics_on_odd_input() {
    let long = "ä".repeat(200_000);
    let odd = [
        String::new(),
        "\u{0}\u{1}\u{FFFF}\u{10FFFF}".to_string(),
        "\u{202E}".repeat(1000),
        "+".repeat(5000),
        "1-".repeat(5000),
        "(((((((((((1".to_string(),
        "0x".repeat(3000),
        "a ".repeat(40_000),
        "\u{0301}".repeat(5000),
        "ﷺ".repeat(3000),
        long.clone(),
        "Ｗ ｉ ｎ".repeat(2000),
        "%".repeat(100),
        "𝕎𝕚𝕟𝕕𝕠𝕨𝕤 ".repeat(500),
    ];
    for t in &odd {
        let s = Snapshot {
            url: format!("https://x.example/?p={t}"),
            title: t.clone(),
            text: t.clone(),
            tel_links: vec![t.clone(), format!("tel:{t}")],
            alt_texts: vec![t.clone(); 100],
            dialog_texts: vec![t.clone(); 40],
            ..Default::default()
        };
        let _ = analyse(&s, &Options::default());
        let _ = analyse(&s, &Options { strict: true });
    }
}

#[test]
fn huge_text_is_bounded() {
    let s = page("https://x.example/", "", &EN_KIT.repeat(5000));
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam);
}

#[test]
fn empty_page_scores_plain_zero() {
    let v = analyse(&Snapshot::default(), &Options::default());
    assert_eq!(v.level, Level::Safe);
    assert!(v.score == 0.0 && v.score.is_sign_positive());
}

#[test]
fn verdict_is_deterministic() {
    let s = page("https://a.github.io/", "Security Alert", EN_KIT);
    assert_eq!(
        analyse(&s, &Options::default()),
        analyse(&s, &Options::default())
    );
}

/// A brand identity, a call to action whose number is written by script (so none is visible), one
/// pressure line and two lock techniques: no single text group is strong, but three independent
/// groups agree.
#[test]
fn weak_text_in_three_groups_with_locks_is_scam() {
    let mut s = page(
        "https://free-clips-42.pages.dev/",
        "Free clips",
        "Microsoft Support\nPlease do not restart your PC.\nCall Microsoft Support:",
    );
    assert_ne!(level(&s), Level::Scam, "text alone stays below scam");
    s.dom.hidden_cursor = true;
    s.behaviour = Behaviour {
        beforeunload: 1,
        media_play: 1,
        ..Default::default()
    };
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    // One lock technique is not enough for this rule.
    s.dom.hidden_cursor = false;
    assert_ne!(level(&s), Level::Scam);
}

/// An image-only kit: the warning is a picture; the page text is a copy of the browser's leave
/// prompt and the title a security-centre identity. Several lock techniques make it scam.
#[test]
fn image_kit_with_leave_prompt_copy_and_locks_is_scam() {
    for (title, text) in [
        (
            "Protection Center",
            "Do you want to leave this page?  Yes  No",
        ),
        ("Protection Center", ""),
        ("Untitled", "Möchten Sie diese Seite verlassen? Ja Nein"),
        ("Untitled", "Voulez-vous quitter cette page ? Oui Non"),
    ] {
        let mut s = page("https://cdn-img-88.netlify.app/", title, text);
        s.alt_texts = vec!["img".into()];
        assert_ne!(level(&s), Level::Scam, "{title} / {text}: text alone");
        s.dom.hidden_cursor = true;
        s.behaviour = Behaviour {
            keyboard_lock: 1,
            beforeunload: 1,
            ..Default::default()
        };
        let v = analyse(&s, &Options::default());
        assert_eq!(v.level, Level::Scam, "{title} / {text}: {v:#?}");
    }
}

/// Lock behaviour plus only urgency words (games, timed quizzes) is never scam.
#[test]
fn locks_with_only_urgency_words_are_not_scam() {
    let mut s = page(
        "https://arcade.example/",
        "Maze Sprint",
        "Hurry! Find the exit immediately, the timer is running out.",
    );
    s.dom.hidden_cursor = true;
    s.behaviour = Behaviour {
        pointer_lock: 1,
        fullscreen: 1,
        key_block: 12,
        ..Default::default()
    };
    assert_ne!(level(&s), Level::Scam);
}

/// Adversarially dense input: hundreds of copies of the same claims and numbers are bounded
/// (hits per phrase, numbers per text) and still detected.
#[test]
fn dense_repeated_scam_text_is_bounded_and_detected() {
    let para = "Security alert: your computer is infected. Do not close this window. \
                Call support toll free 1-888-555-0123. ";
    let mut s = page("https://x.example/", "Alert", &para.repeat(700));
    s.text.truncate(crate::snapshot::MAX_TEXT_BYTES);
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam);
    assert_eq!(v.phones, vec!["1-888-555-0123".to_string()]);
}

/// Details are language-neutral (brand · host) and excerpts never cut a word.
#[test]
fn details_are_neutral_and_word_aligned() {
    let s = page(
        "https://helpdesk-alerts.github.io/a/",
        "Windows Defender",
        "Important notice for everybody reading: your computer is infected with dangerous spyware \
         and adware, according to the automatic analysis performed moments ago.",
    );
    let v = analyse(&s, &Options::default());
    let brand = v
        .reasons
        .iter()
        .find(|r| r.id == ReasonId::BrandImpersonation)
        .unwrap();
    assert_eq!(
        brand.detail,
        Detail::Brand {
            brand: "Microsoft".into(),
            host: "helpdesk-alerts.github.io".into()
        }
    );
    let inf = v
        .reasons
        .iter()
        .find(|r| r.id == ReasonId::InfectionClaim)
        .unwrap();
    let text = "important notice for everybody reading: your computer is infected with dangerous \
                spyware and adware, according to the automatic analysis performed moments ago.";
    let Detail::Excerpt { text: quoted } = &inf.detail else {
        panic!("not an excerpt: {:?}", inf.detail);
    };
    assert!(quoted.chars().count() <= 60, "{quoted}");
    for w in quoted.split(' ') {
        assert!(
            text.split(' ').any(|t| t == w),
            "cut word {w:?} in {quoted:?}"
        );
    }
}

/// Invented pages per language, one file each in `tests/fixtures/lang/` (format in its README):
/// every `scam` page must be `scam`, every `safe` page `safe`, every `not-scam` page below `scam`.
#[test]
fn language_pages_meet_their_expectations() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/lang");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/fixtures/lang")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut pages = 0;
    for f in &files {
        let src = std::fs::read_to_string(f).expect("readable page file");
        for (want, snap) in language_pages(&src) {
            pages += 1;
            let v = analyse(&snap, &Options::default());
            let ok = match want.as_str() {
                "scam" => v.level == Level::Scam,
                "safe" => v.level == Level::Safe,
                "not-scam" => v.level != Level::Scam,
                other => panic!("{}: unknown expectation {other}", f.display()),
            };
            if !ok {
                let reasons: Vec<_> = v.reasons.iter().map(|r| r.id.as_str()).collect();
                failures.push(format!(
                    "{} | {} | {}: want {want}, got {:?} {reasons:?}",
                    f.file_name().unwrap_or_default().to_string_lossy(),
                    snap.url,
                    snap.title,
                    v.level
                ));
            }
        }
    }
    assert!(pages > 0, "no language pages found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Parses a page file: `== <expectation>[+fullscreen] <url> | <title>` starts a page, the lines
/// below are its text; `#` lines are comments.
fn language_pages(src: &str) -> Vec<(String, Snapshot)> {
    let mut out: Vec<(String, Snapshot)> = Vec::new();
    for line in src.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some(head) = line.strip_prefix("== ") {
            let (want, rest) = head.split_once(' ').unwrap_or((head, ""));
            let (url, title) = rest.split_once(" | ").unwrap_or((rest, ""));
            // `scam+fullscreen`: the page went full screen (the one behaviour a page file sets).
            let (want, flags) = want.split_once('+').unwrap_or((want, ""));
            let mut snap = page(url.trim(), title.trim(), "");
            match flags {
                "" => {}
                "fullscreen" => snap.behaviour.fullscreen = 1,
                other => panic!("unknown page flag {other}"),
            }
            out.push((want.to_string(), snap));
        } else if let Some((_, snap)) = out.last_mut() {
            snap.text.push_str(line);
            snap.text.push('\n');
        }
    }
    out
}

/// A `callto:` or `Tel:` link's number reaches the warning as a number, without its scheme.
#[test]
fn dial_link_numbers_reach_the_verdict_without_scheme() {
    let mut s = page(
        "https://pc-repair-alert.example/",
        "",
        "Your computer is infected with spyware. Call support now.",
    );
    s.tel_links = vec![
        "callto:+18885550161".into(),
        "Tel:+1-888-555-0162".into(),
        "CALLTO:+1 888 555 0163".into(),
    ];
    let v = analyse(&s, &Options::default());
    assert_eq!(
        v.phones,
        vec!["+18885550161", "+1-888-555-0162", "+1 888 555 0163"]
    );
}

// ---- Issue 9: other brands' call-us scams and fake system screens; issue 10: repair shops ----

#[test]
fn other_brands_call_us_scams_are_scam() {
    let bank = page(
        "https://secure-login-portal-88.netlify.app/signin",
        "Wells Fargo Online - Unusual Sign-In",
        "We noticed an unusual sign-in to your online banking from an unrecognized device.\n\
         Your online access has been restricted until you confirm your identity.\n\
         Call the Fraud Department at 1-800-555-0177.",
    );
    assert_eq!(level(&bank), Level::Scam, "{:?}", ids(&bank));
    assert!(has(&bank, ReasonId::AccountClaim));
    let renewal = page(
        "https://billing-renewal-center.pages.dev/",
        "Norton 360 - Subscription Renewed",
        "Your subscription has been renewed successfully. Amount charged: $399.99.\n\
         To cancel the renewal and get a refund, call our billing department: +1 (877) 555-0129",
    );
    assert_eq!(level(&renewal), Level::Scam, "{:?}", ids(&renewal));
    assert!(has(&renewal, ReasonId::ChargeClaim));
    // The brand's name between "your" and the noun: still the reader's account.
    let mail = page(
        "https://outlook-verify-mailbox.web.app/",
        "Microsoft account - Action required",
        "Your Microsoft account will be closed within 24 hours due to a violation of the terms.\n\
         To keep your account open, call Microsoft account support at 1-888-555-0155.",
    );
    assert_eq!(level(&mail), Level::Scam, "{:?}", ids(&mail));
}

#[test]
fn the_same_claims_on_the_brands_own_site_are_silent() {
    let text = "Your account is on hold. We were unable to process your last payment.\n\
                To restore your account, call Netflix Customer Care at 1-866-555-0121.";
    let own = page(
        "https://help.netflix.com/en/node/1",
        "Netflix - Account on hold",
        text,
    );
    assert_eq!(level(&own), Level::Safe, "{:?}", ids(&own));
    let fake = page(
        "https://netflix-restore.web.app/",
        "Netflix - Account on hold",
        text,
    );
    assert_eq!(level(&fake), Level::Scam, "{:?}", ids(&fake));
}

const BSOD: &str = ":(\nYour PC ran into a problem and needs to restart. We're just collecting some error \
    info.\n20% complete\nIf you call a support person, give them this info:\nStop code: CRITICAL_PROCESS_DIED";

#[test]
fn blue_screen_with_a_number_is_scam_and_without_is_silent() {
    let prank = page(
        "https://prank-screens.example.com/",
        "Blue Screen Prank",
        BSOD,
    );
    assert_eq!(level(&prank), Level::Safe, "{:?}", ids(&prank));
    assert!(has(&prank, ReasonId::SystemScreen));
    let scam = page(
        "https://bsod-recovery-7731.azurewebsites.net/",
        "Critical Error",
        &format!("{BSOD}\nCall support now: 1-888-555-0119"),
    );
    assert_eq!(level(&scam), Level::Scam, "{:?}", ids(&scam));
}

#[test]
fn system_screen_without_a_number_is_scam_only_when_it_traps() {
    let text = "Activate Windows\nSign in with your Microsoft account to continue.\n\
                Enter your Windows password:";
    let mut snap = page("https://windows-unlock-portal.example/", "Windows", text);
    assert_ne!(level(&snap), Level::Scam, "{:?}", ids(&snap));
    // Full screen and a hidden cursor alone: what prank pages do.
    snap.behaviour = Behaviour {
        fullscreen: 1,
        ..Default::default()
    };
    snap.dom = DomHints {
        hidden_cursor: true,
        ..Default::default()
    };
    assert_ne!(level(&snap), Level::Scam, "{:?}", ids(&snap));
    // The prank toolkit: full screen, a hidden cursor and a "leave the prank?" prompt.
    let toolkit = |s: Snapshot| Snapshot {
        behaviour: Behaviour {
            fullscreen: 1,
            beforeunload: 1,
            ..Default::default()
        },
        dom: DomHints {
            hidden_cursor: true,
            ..Default::default()
        },
        ..s
    };
    // Over a blue screen that names no brand as itself: still what prank pages do.
    let prank = toolkit(page(
        "https://prank-screens.example.com/",
        "Blue Screen Prank",
        BSOD,
    ));
    assert_ne!(level(&prank), Level::Scam, "{:?}", ids(&prank));
    // Over the sign-in screen, no brand named as itself and no number: the badge, not the warning.
    let signin = toolkit(snap.clone());
    assert_eq!(level(&signin), Level::Suspicious, "{:?}", ids(&signin));
    // An image-only kit: a brand named as an identity in the title, nothing else to read: still a
    // scam (review 19 M5).
    let kit = toolkit(page(
        "https://defender-center-7781.example/",
        "Windows Defender Security Center",
        "",
    ));
    assert_eq!(level(&kit), Level::Scam, "{:?}", ids(&kit));
    // A leave trap and a history flood: the page keeps the person on it.
    snap.behaviour = Behaviour {
        beforeunload: 1,
        history: 12,
        ..Default::default()
    };
    snap.dom = DomHints::default();
    assert_eq!(level(&snap), Level::Scam, "{:?}", ids(&snap));
}

#[test]
fn repair_shop_that_asks_and_prints_its_numbers_is_safe() {
    let shop = page(
        "https://riversidecomputercare.example/",
        "Riverside Computer Care",
        "Is your computer slow, showing pop-ups or infected with a virus? Call us!\n\
         Our certified technicians remove viruses, spyware and malware and speed up slow PCs.\n\
         Local: (503) 555-0176 Toll-free: 1-888-555-0142\n\
         Remote support: you call us first, we never call you.\n\
         Riverside Computer Care is not affiliated with Microsoft or Apple. Windows support for \
         home and small business.",
    );
    assert_eq!(level(&shop), Level::Safe, "{:?}", ids(&shop));
    // A scam with the shop's words, stated instead of asked, stays caught.
    let scam = page(
        "https://pc-repair-alert.netlify.app/",
        "Windows Defender - Virus detected",
        "Your computer is infected with a virus and has been blocked.\n\
         Do not shut down your computer. Call our certified technicians now: 1-888-555-0131",
    );
    assert_eq!(level(&scam), Level::Scam, "{:?}", ids(&scam));
}

#[test]
fn advice_with_a_condition_is_not_a_claim() {
    let bank = page(
        "https://www.examplebank.example/help/hacked",
        "Help - Example Bank",
        "If your account has been hacked or you see an unusual sign-in, call us at 1-800-555-0102.\n\
         If your card has been blocked, call the number on the back of your card.",
    );
    assert_eq!(level(&bank), Level::Safe, "{:?}", ids(&bank));
}

// ---- Dialog texts (alert/confirm/prompt messages from the MAIN world) ----

#[test]
fn scam_only_in_an_alert_loop_over_an_empty_page_is_scam() {
    let mut s = page("https://pc-help-2231.example/", "", "");
    s.behaviour.dialogs = 6;
    s.dialog_texts = vec![
        "Windows Defender: your computer is infected with a Trojan virus. Do not close this window. Call Microsoft Support now, toll free: 1-888-555-0162".into(),
    ];
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Scam, "{v:#?}");
    assert_eq!(v.phones, vec!["1-888-555-0162".to_string()]);
    // The same page without the dialog's words is not a scam: the text decided.
    s.dialog_texts.clear();
    assert_ne!(level(&s), Level::Scam);
}

#[test]
fn dialog_texts_can_only_add_suspicion() {
    // A forged dialog full of awareness words must not damp a real scam page.
    let mut s = page("https://win-alert-7.github.io/x/", "Security Alert", EN_KIT);
    let before = analyse(&s, &Options::default());
    s.dialog_texts = vec![
        "Beware of scammers: this is a news story about fraud and scam awareness.".into(),
        "Scammers claim your computer is infected; report fraud to the police.".into(),
    ];
    let after = analyse(&s, &Options::default());
    assert_eq!(after.level, Level::Scam);
    assert!(after.score >= before.score, "{before:#?} {after:#?}");
    // An ordinary confirm() on an ordinary page stays an ordinary page.
    let mut b = page(
        "https://shop.example/cart",
        "Your cart",
        "Two items in your cart. Checkout.",
    );
    b.dialog_texts = vec!["Remove this item from your cart?".into()];
    assert_eq!(level(&b), Level::Safe);
}

#[test]
fn repair_shop_naming_printer_brands_is_not_scam() {
    let s = page(
        "https://pcdoctor-repairs.example/",
        "PC Doctor Repairs",
        "PC Doctor Repairs, 12 High Street. We fix HP, Canon, Brother and Epson printers and \
         laptops. Our certified technician and tracking department will help. Printer blocked \
         or driver error? Call our agent on 0161 555 0192.",
    );
    assert_ne!(level(&s), Level::Scam);
}

#[test]
fn ordinary_words_do_not_name_a_brand() {
    // "messenger", "telegram", "hacienda", "financas" are words before they are brands: a
    // business named with one is not the brand (a role word or a call to it would be).
    for name in [
        "Hacienda Los Olivos",
        "Messenger Courier Service",
        "Telegram Delivery Co",
        "Financas Pessoais",
    ] {
        let text =
            format!("{name}. Your account has been blocked. Call 0161 555 0192 to restore access.");
        let s = page("https://events.example/", name, &text);
        assert!(!has(&s, ReasonId::BrandImpersonation), "{name}");
    }
}

#[test]
fn image_texts_and_labels_are_not_headline_claims() {
    // A shop's screenshot captioned "Virus detected" and a sales line: not a claim to the reader
    // (the review of the eighth session: alt texts, aria-labels and button values are not
    // headlines).
    let mut s = page(
        "https://keyshop.example/norton-360",
        "Norton 360 Deluxe 2025 | KeyShop",
        "Norton 360 Deluxe - 5 devices, 1 year. Genuine licence key delivered by email within \
         minutes. Price: $39.99. Questions before you buy? Call our sales team on \
         1-888-555-0110, Mon-Fri.",
    );
    s.alt_texts = vec!["Virus detected".into(), "Locked".into()];
    let v = analyse(&s, &Options::default());
    assert_ne!(v.level, Level::Scam, "{v:#?}");
    assert!(!v
        .reasons
        .iter()
        .any(|r| r.id == ReasonId::InfectionClaim && r.addressed));
}

#[test]
fn a_title_claim_does_not_make_a_header_number_a_call() {
    // A blog titled with the claim, its own number in the header: the number is not "to be
    // called" about the claim.
    let s = page(
        "https://sellerhub.example/blog/paypal-hold",
        "PayPal account on hold",
        "SellerHub Accountants 0161 496 0400 Home Blog Pricing\nWhat to do when PayPal puts your \
         funds on hold. New sellers often see PayPal hold payments for up to 21 days. This is \
         normal and the money is released once buyers confirm delivery.",
    );
    let v = analyse(&s, &Options::default());
    assert_eq!(v.level, Level::Safe, "{v:#?}");
    assert!(!v
        .reasons
        .iter()
        .any(|r| r.id == ReasonId::PhoneCallToAction));
}

#[test]
fn the_readers_passwords_threatened_not_asked_for_and_a_product_protecting_identity() {
    use ReasonId::DataLossThreat as D;
    // The formal and plural-you "your passwords" threaten as the informal plural does.
    for (url, text) in [
        (
            "https://avviso-pc.example.it/",
            "Il suo computer è bloccato. Le sue password sono a rischio.",
        ),
        (
            "https://varning-pc.example.se/",
            "Er dator är blockerad. Era lösenord är i fara.",
        ),
        (
            "https://advarsel-pc.example.dk/",
            "Jeres computer er blokeret. Jeres adgangskoder er i fare.",
        ),
    ] {
        assert!(has(&page(url, "", text), D), "{text}");
    }
    // A help line asks whether they were forgotten; a vendor protects from identity theft.
    for (url, text) in [
        (
            "https://www.banca-esempio.it/aiuto",
            "Hai dimenticato le tue password?",
        ),
        (
            "https://shieldly.example/",
            "Shieldly protects you from identity theft.",
        ),
        (
            "https://vireo.example.fr/",
            "Protection contre le vol d'identité.",
        ),
    ] {
        assert!(!has(&page(url, "", text), D), "{text}");
    }
}

#[test]
fn a_promise_never_to_ask_for_remote_access_is_no_remote_access_claim() {
    // A bank's promise (review 20 H2): the tool is what it will never ask for.
    for (url, text) in [
        (
            "https://www.harbour-bank.example.co.uk/cards",
            "Your adviser will never ask for your PIN or to install remote access software.",
        ),
        (
            "https://www.banque-rivage.example.fr/carte",
            "Votre conseiller ne vous demandera jamais vos codes ni d'installer un logiciel de prise de contrôle à distance.",
        ),
        (
            "https://www.harbour-bank.example.co.uk/cards",
            "Never give remote access to your computer, for example with AnyDesk or TeamViewer, to someone who calls you.",
        ),
        (
            "https://www.harbour-bank.example.co.uk/cards",
            "We will never call you and ask you to download AnyDesk, TeamViewer or any other remote access app.",
        ),
        (
            "https://www.banque-rivage.example.fr/carte",
            "N'installez jamais AnyDesk ou TeamViewer à la demande d'une personne qui vous appelle.",
        ),
    ] {
        assert!(!has(&page(url, "Card", text), ReasonId::RemoteAccessTool), "{text}");
    }
    // A kit's "never" governs its own order: the tool stays.
    for text in [
        "Your computer is locked. You will never unlock it unless you call 1-844-555-0199 and let our technician connect with AnyDesk.",
        "Never close this page until our refund agent has connected with AnyDesk.",
        "Never try to fix it yourself, download AnyDesk and call 1-844-555-0199.",
        "Your computer is locked. Never turn off the computer before our technician connects with AnyDesk.",
    ] {
        let s = page("https://pc-lock-5521.pages.dev/", "Windows Defender", text);
        assert!(has(&s, ReasonId::RemoteAccessTool), "{text}");
    }
}

/// Review 23 H5: "pop-ups" split into "pop" and "ups" named the carrier UPS next to "support",
/// and an internet provider's help page about fake virus pop-ups was a brand impersonation.
#[test]
fn the_tail_of_pop_ups_is_no_carrier() {
    let help = "Seeing pop-ups that say your computer is infected? Those pop-ups are fake: \
        close the tab and never call the number they show. Still getting pop-ups? Our \
        technical support team can help: call Northfield Broadband support on 0800 555 0144.";
    let p = page(
        "https://help.northfield-broadband.example/popups",
        "Pop-ups help",
        help,
    );
    let v = analyse(&p, &Options::default());
    assert!(!has(&p, ReasonId::BrandImpersonation), "{v:#?}");
    assert_ne!(v.level, Level::Scam, "{v:#?}");
    // The carrier named as itself still is one: a parcel kit off its site.
    let kit = "UPS Support: your parcel is held at customs. Call UPS support now on \
        +44 20 7946 0831 to pay the fee, or it will be returned today.";
    let k = page("https://ups-redelivery-55.web.app/", "UPS", kit);
    let v = analyse(&k, &Options::default());
    let brand = v
        .reasons
        .iter()
        .find(|r| r.id == ReasonId::BrandImpersonation);
    assert!(
        matches!(brand.map(|r| &r.detail), Some(Detail::Brand { brand, .. }) if brand == "UPS"),
        "{v:#?}"
    );
}

// ---- The warning's kind (wording24): each kind of scam gets its own headline and advice ----

#[test]
fn a_scam_verdict_names_its_kind() {
    use crate::verdict::Kind;
    let kind = |url: &str, title: &str, text: &str| {
        let v = analyse(&page(url, title, text), &Options::default());
        assert_eq!(v.level, Level::Scam, "{title}: {v:#?}");
        v.kind
    };
    // Invented texts, fictional numbers.
    let alert = "Windows Defender Security Center. Your computer has been BLOCKED: Trojan spyware \
        detected. Do not close this window. Call Microsoft Support now: +1 (888) 555-0134";
    assert_eq!(
        kind("https://pc-alert-55.web.app/", "Security Alert", alert),
        Kind::TechSupport
    );
    let parcel = "UPS Support: your parcel is held at customs. Call UPS support now on \
        +44 20 7946 0831 to pay the fee, or it will be returned today.";
    assert_eq!(
        kind("https://ups-redelivery-55.web.app/", "UPS", parcel),
        Kind::Parcel
    );
    let bank = "Barclays Fraud Prevention. We detected an unusual sign-in to your online banking. \
        Your bank account has been blocked for your protection. Call Barclays security support \
        immediately on +44 20 7946 0455 to unlock your account.";
    assert_eq!(
        kind(
            "https://secure-unlock-55.web.app/",
            "Barclays Security",
            bank
        ),
        Kind::Account
    );
    let invoice =
        "Your Norton 360 plan has been renewed for 12 months: 349.99 USD has been charged \
        to your card. To cancel and get a refund, call our billing desk at +1 (888) 555-0177.";
    assert_eq!(
        kind(
            "https://invoice-desk-55.web.app/",
            "Invoice 55-0192",
            invoice
        ),
        Kind::Refund
    );
    // A safe page keeps the default.
    let v = analyse(
        &page("https://news.example/", "News", "Rain today."),
        &Options::default(),
    );
    assert_eq!(v.kind, Kind::TechSupport);
}

/// Brands kits borrow for licence, warranty and benefit lures (twenty-ninth session, eval25's
/// Adobe and SSA lures were only `suspicious`): named on a host they do not own, they are an
/// identity. Not a bare "dell": Italian writes "dell'" before every noun.
#[test]
fn adobe_dell_lenovo_and_the_ssa_are_brands() {
    let adobe = page(
        "https://licence-check-4471.example/",
        "Adobe - Licence Violation",
        "Your Adobe Creative Cloud licence has been suspended because of unauthorised use. Your \
         account will be deleted in 24 hours. Call Adobe Support now: +1 888 555 0155",
    );
    assert_eq!(level(&adobe), Level::Scam);
    let ssa = page(
        "https://ssa-benefits-hold.example/",
        "Social Security Administration - Benefits Suspended",
        "Your Social Security number has been suspended due to suspicious activity. Your \
         benefits are on hold. Call the Social Security Administration now to avoid legal \
         action: +1 866 555 0157",
    );
    assert_eq!(level(&ssa), Level::Scam);
    // On their own sites they are not impersonated.
    let own = page(
        "https://www.ssa.gov/",
        "Social Security Administration",
        ssa.text.as_str(),
    );
    assert_ne!(level(&own), Level::Scam);
    let names = |s: &Snapshot| {
        analyse(s, &Options::default())
            .reasons
            .iter()
            .filter_map(|r| match &r.detail {
                Detail::Brand { brand, .. } => Some(brand.clone()),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    let lenovo = page(
        "https://lenovo-warn-33.example/",
        "Lenovo Security Warning",
        "Your Lenovo computer has been blocked! A virus was detected. Do not close this page. \
         Call Lenovo Support immediately: +1 844 555 0158",
    );
    assert_eq!(names(&lenovo), vec!["Lenovo".to_string()]);
    let italian = page(
        "https://notizie-it.example/tecnologia",
        "Il prezzo dell'assistenza tecnica - Notizie",
        "Il costo dell'assistenza tecnica per i computer è aumentato: la riparazione dell'hard \
         disk costa in media 120 euro.",
    );
    assert!(!names(&italian).contains(&"Dell".to_string()));
}

#[test]
fn the_kind_follows_the_claims_then_the_brand_then_the_kit() {
    use super::kind_of;
    use crate::verdict::{Group, Kind, Reason};
    let r = |id: ReasonId, detail: Detail| Reason {
        id,
        group: Group::Scare,
        weight: 1.0,
        detail,
        addressed: true,
        text: String::new(),
    };
    let brand = |b: &str| {
        r(
            ReasonId::BrandImpersonation,
            Detail::Brand {
                brand: b.into(),
                host: "x.example".into(),
            },
        )
    };
    let quote = || Detail::Excerpt { text: "x".into() };
    let lock = r(ReasonId::LockClaim, quote());
    // A claim about the computer wins over the brand's sector; a charge makes it a refund scam.
    let infected = r(ReasonId::InfectionClaim, quote());
    assert_eq!(
        kind_of(&[brand("Facebook"), infected.clone()]),
        Kind::TechSupport
    );
    // A bank or a wallet whose account the page says is blocked or taken over stays an account
    // scam when it blames a virus too; a system screen stays a tech-support one.
    let taken = r(ReasonId::AccountClaim, quote());
    assert_eq!(
        kind_of(&[brand("HSBC"), infected.clone(), taken.clone()]),
        Kind::Account
    );
    assert_eq!(
        kind_of(&[brand("MetaMask"), infected.clone(), lock.clone()]),
        Kind::Account
    );
    assert_eq!(
        kind_of(&[brand("HP"), infected.clone(), taken.clone()]),
        Kind::TechSupport
    );
    let screen = r(ReasonId::SystemScreen, quote());
    assert_eq!(kind_of(&[brand("HSBC"), screen, taken]), Kind::TechSupport);
    let charge = r(ReasonId::ChargeClaim, quote());
    assert_eq!(kind_of(&[brand("DHL"), charge]), Kind::Refund);
    // The brand's sector (brands.txt).
    assert_eq!(kind_of(&[brand("DHL"), lock.clone()]), Kind::Parcel);
    assert_eq!(kind_of(&[brand("Facebook"), lock.clone()]), Kind::Account);
    assert_eq!(
        kind_of(&[brand("Microsoft"), lock.clone()]),
        Kind::TechSupport
    );
    // No brand: a claim about an account, a tech-support kit's lock behaviour or codes.
    let account = r(ReasonId::AccountClaim, quote());
    assert_eq!(kind_of(&[lock.clone(), account]), Kind::Account);
    let mut fullscreen = r(ReasonId::Fullscreen, Detail::Count { count: 1 });
    fullscreen.group = Group::Lock;
    assert_eq!(kind_of(&[lock.clone(), fullscreen]), Kind::TechSupport);
    // Else no kind HangUp can name: a scam in general.
    assert_eq!(kind_of(&[lock]), Kind::Other);
}

/// A lock the reader avoids alone is no pressure to call (review 25 H5, review 26 H1): an IT
/// desk's password-expiry notice threatens the lock, names the reader's own remedy (the
/// self-service portal, changing the password) and offers its number and remote tool as help.
/// Read on the desk's site or in webmail, in four languages, it is not a scam; a kit with the
/// same lock that makes the call the remedy, or presses ("do not close"), still is.
#[test]
fn a_lock_the_reader_avoids_alone_is_no_pressure_to_call() {
    let notices = [
        "Your staff password expires in 2 days. If you do not change your password, your \
         account will be locked within 24 hours. Use the self-service portal. If you need \
         assistance, call the Help Desk on 020 7946 0731; an engineer may connect with Quick Assist.",
        "Ihr Kennwort läuft in 2 Tagen ab. Wenn Sie Ihr Passwort nicht ändern, wird Ihr \
         Mitarbeiterkonto gesperrt. Nutzen Sie das Self-Service-Portal. Bei Fragen rufen Sie den \
         Helpdesk an: 030 5550 1731. Ein Techniker kann sich per TeamViewer verbinden.",
        // The desk presses the reader's own remedy, never the call.
        "Ihr Kennwort läuft morgen ab. Wenn Sie Ihr Passwort nicht ändern, wird Ihr Konto \
         gesperrt. Ändern Sie Ihr Passwort umgehend im Self-Service-Portal. Bei Fragen rufen Sie \
         den Helpdesk an: 030 5550 1736.",
        "Votre mot de passe expire dans 2 jours. Si vous ne modifiez pas votre mot de passe, votre \
         compte sera bloqué. Utilisez le portail libre-service. En cas de besoin, appelez le \
         support au 01 55 50 17 31 ; un technicien peut se connecter avec TeamViewer.",
        "Uw wachtwoord verloopt over 2 dagen. Als u uw wachtwoord niet wijzigt, wordt uw account \
         geblokkeerd. Gebruik het selfserviceportaal. Lukt het niet, bel dan de servicedesk op \
         020 555 0731. Een medewerker kan meekijken met TeamViewer.",
    ];
    for text in notices {
        for url in [
            "https://it.northmere-council.example/password",
            "https://outlook.office.com/mail/inbox",
        ] {
            let v = analyse(&page(url, "Password expiry", text), &Options::default());
            assert_ne!(v.level, Level::Scam, "{url}: {v:#?}");
            assert!(
                !v.reasons.iter().any(|r| r.id == ReasonId::LockClaim),
                "{url}: {v:#?}"
            );
        }
    }
    let kits = [
        // The call is the remedy.
        "Your account has been locked. Call our technician on 020 7946 0732 to reset your \
         password; he will connect with AnyDesk.",
        "Your account will be locked within 24 hours. To change your password, call our \
         technician now on 020 7946 0733; he will connect with AnyDesk.",
        // Locked, call now to unlock, do not close this page.
        "Your account has been locked. Call now to unlock it: 020 7946 0734. Do not close this \
         page. Change your password after the call.",
        "Ihr Konto wurde gesperrt. Rufen Sie jetzt an, um es zu entsperren: 030 5550 1734. \
         Schließen Sie diese Seite nicht.",
        "Votre compte a été bloqué. Appelez maintenant pour le débloquer : 01 55 50 17 34. Ne \
         fermez pas cette page.",
        "Uw account is geblokkeerd. Bel nu om het te deblokkeren: 020 555 0734. Sluit dit venster \
         niet.",
        // The desk's condition and portal, but the call pressed as the other way out (review 27
        // H2).
        "Wenn Sie Ihr Passwort nicht ändern, wird Ihr Konto in 2 Stunden gesperrt. Ändern Sie es \
         im Self-Service-Portal oder rufen Sie sofort unseren Sicherheitsdienst an: 030 5550 1735. \
         Unser Techniker verbindet sich per AnyDesk.",
        "Als u uw wachtwoord niet wijzigt, wordt uw account over 2 uur geblokkeerd. Wijzig het in \
         het selfserviceportaal of bel direct onze beveiligingsdienst: 020 555 0735. Onze \
         technicus maakt verbinding met AnyDesk.",
    ];
    for text in kits {
        let v = analyse(
            &page("https://account-unlock-line.site/", "Account locked", text),
            &Options::default(),
        );
        assert_eq!(v.level, Level::Scam, "{text}: {v:#?}");
        assert!(
            v.reasons.iter().any(|r| r.id == ReasonId::LockClaim),
            "{v:#?}"
        );
    } // The desk's notice, title and all, with the pressure a sentence before the call, in a
      // headline, or a paragraph on (review 29 B-H2): the call is the way out.
    let pressed = [
        "Wenn Sie Ihr Passwort nicht ändern, wird Ihr Konto in 2 Stunden gesperrt. Ändern Sie Ihr \
         Passwort im Self-Service-Portal. Handeln Sie sofort! Für Hilfe rufen Sie unseren \
         Sicherheitsdienst an: 030 5550 1737. Unser Techniker verbindet sich per AnyDesk.",
        "Letzte Warnung!\nAls u uw wachtwoord niet wijzigt, wordt uw account over 2 uur \
         geblokkeerd. Wijzig uw wachtwoord in het selfserviceportaal. Voor hulp belt u onze \
         beveiligingsdienst: 020 555 0737. Onze technicus maakt verbinding met AnyDesk.",
        "Si vous ne modifiez pas votre mot de passe, votre compte sera bloqué dans 2 heures. \
         Modifiez votre mot de passe dans le portail libre-service. Le portail se trouve dans le \
         menu de votre espace personnel, sous la rubrique Sécurité, puis Identifiants, puis \
         Modifier ; il vous demande votre ancien mot de passe et deux fois le nouveau, qui doit \
         compter douze caractères, une majuscule, un chiffre et un signe, et ne pas reprendre vos \
         cinq derniers mots de passe. Appelez immédiatement notre service de sécurité au \
         01 55 50 17 37. Notre technicien se connecte avec AnyDesk.",
    ];
    for text in pressed {
        let v = analyse(
            &page("https://konto-sicherheit.example/", "Password expiry", text),
            &Options::default(),
        );
        assert_eq!(v.level, Level::Scam, "{text}: {v:#?}");
    }
}

/// The engine's own string helpers give std's results: every prefix and cut of texts in
/// one-, two-, three- and four-byte chars, mixed.
#[test]
fn string_helpers_match_std() {
    use super::{cat, chars_in, first_chars, join, push_spaces};
    let texts = [
        "",
        "a",
        "plain ASCII text",
        "é",
        "Größe straße ñ",
        "日本語のテキスト",
        "𝕎𝕚𝕟 💥 x",
        "a\u{0301}b\u{200B}c ﷺ\u{3000}z",
    ];
    for t in texts {
        let cuts: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
        for &i in &cuts {
            for &j in cuts.iter().filter(|&&j| j >= i) {
                let s = &t[i..j];
                assert_eq!(chars_in(s), s.chars().count(), "{s:?}");
                for n in 0..=s.len() + 1 {
                    assert_eq!(
                        first_chars(s, n),
                        s.chars().take(n).collect::<String>(),
                        "{s:?} {n}"
                    );
                }
            }
        }
    }
    for parts in [
        vec![],
        vec![String::new()],
        vec!["a".into(), "".into(), "日本".into()],
        vec!["x".into(), "y".into()],
    ] {
        for sep in ["", ", ", " … ", "\n"] {
            assert_eq!(join(&parts, sep), parts.join(sep), "{parts:?} {sep:?}");
            let strs: Vec<&str> = parts.iter().map(|p| p.as_str()).chain([sep]).collect();
            assert_eq!(cat(&strs), strs.concat(), "{strs:?}");
        }
    }
    for n in 0..5 {
        let mut s = String::from("é");
        push_spaces(&mut s, n);
        assert_eq!(s, ["é", &" ".repeat(n)].concat());
    }
}

/// The engine's `lossy` decodes as `String::from_utf8_lossy`: every sequence of one and two
/// bytes, every three after the leads that matter (ASCII, continuation, C2, E0, E1, ED, EF, F0,
/// F4, F5, FF), and pseudo-random runs of up to 12 bytes drawn from those and the continuations.
#[test]
fn search_helpers_match_std() {
    use super::{any_match, count, find, has, strip_all};
    // Texts of one- to four-byte chars, with needles that repeat and overlap themselves.
    let texts = [
        "",
        "aaaa",
        "abab aba",
        "\\\\\\\\\\ x\\y",
        "http://a https://b #c # d",
        "Größe straße ñ ßß",
        "日本語の日本テキスト日本",
        "𝕎𝕚𝕟 💥 x 💥💥",
        "0000(0)00 0x0",
    ];
    let needles = [
        "", "a", "aa", "aba", "\\\\", " #", "://", "ß", "ßß", "日本", "本テ", "💥", "💥💥", "00",
        "(0)", "0x", "x", "zz",
    ];
    for t in texts {
        let cuts: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
        for &i in &cuts {
            for &j in cuts.iter().filter(|&&j| j >= i) {
                let s = &t[i..j];
                for n in needles {
                    let std: Vec<usize> = s.match_indices(n).map(|(k, _)| k).collect();
                    let mut ours = Vec::new();
                    assert!(!any_match(s, n, &mut |k| {
                        ours.push(k);
                        false
                    }));
                    assert_eq!(ours, std, "{s:?} {n:?}");
                    // Stops at the first true.
                    let mut calls = 0;
                    let stop = any_match(s, n, &mut |_| {
                        calls += 1;
                        true
                    });
                    assert_eq!(
                        (stop, calls),
                        (!std.is_empty(), usize::from(!std.is_empty()))
                    );
                    assert_eq!(find(s, n), s.find(n), "{s:?} {n:?}");
                    assert_eq!(has(s, n), s.contains(n), "{s:?} {n:?}");
                    assert_eq!(count(s, n), s.matches(n).count(), "{s:?} {n:?}");
                    if !n.is_empty() {
                        assert_eq!(strip_all(s, n), s.trim_start_matches(n), "{s:?} {n:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn lossy_matches_std() {
    let check = |b: &[u8]| assert_eq!(super::lossy(b), String::from_utf8_lossy(b), "{b:x?}");
    check(b"");
    for x in 0..=255u8 {
        check(&[x]);
        for y in 0..=255u8 {
            check(&[x, y]);
        }
    }
    let leads = [
        b'a', 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
    ];
    for x in leads {
        for y in 0..=255u8 {
            for z in 0..=255u8 {
                check(&[x, y, z]);
            }
        }
    }
    let alphabet: Vec<u8> = leads
        .iter()
        .copied()
        .chain([0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0x80, b' '])
        .collect();
    let mut seed = 0x2545_f491_u32;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    for _ in 0..200_000 {
        let n = next() as usize % 13;
        let b: Vec<u8> = (0..n)
            .map(|_| alphabet[next() as usize % alphabet.len()])
            .collect();
        check(&b);
    }
    check("Ünïcødé 認証 🔒".as_bytes());
}

/// The engine's own trims give std's slices, at the same place in the text (empty ones too): every
/// cut of texts with ASCII and Unicode spaces, punctuation and one- to four-byte chars at the ends.
#[test]
fn trim_helpers_match_std() {
    use super::{after_last, trim, trim_by, trim_end, trim_end_by, trim_start, trim_start_by};
    let texts = [
        "",
        " ",
        "\t\n \r",
        "  plain ASCII  ",
        "\u{3000}日本語\u{3000}\u{2028}",
        "\u{a0}é\u{1680} x \u{202f}",
        "..…« Größe »!… ",
        "\u{200b}💥 a\u{200b}",
        "00--1 '\"x\"' \\\\h\\/",
        "[::1]. 𝕎 ::",
    ];
    let pats: [fn(char) -> bool; 6] = [
        char::is_whitespace,
        |c| c == ' ',
        |c| c == '.' || c == '…',
        |c| c.is_alphanumeric() || c == '_',
        |c| c == '\'' || c == '"' || c == '\\',
        |c| c == '日' || c == '💥' || c == '\u{200b}',
    ];
    // Where a slice starts in `s` and its length: std's place, not only its text.
    let at = |s: &str, r: &str| (r.as_ptr() as usize - s.as_ptr() as usize, r.len());
    for t in texts {
        let cuts: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
        for &i in &cuts {
            for &j in cuts.iter().filter(|&&j| j >= i) {
                let s = &t[i..j];
                assert_eq!(at(s, trim(s)), at(s, s.trim()), "{s:?}");
                assert_eq!(at(s, trim_start(s)), at(s, s.trim_start()), "{s:?}");
                assert_eq!(at(s, trim_end(s)), at(s, s.trim_end()), "{s:?}");
                for (k, f) in pats.iter().enumerate() {
                    assert_eq!(at(s, trim_by(s, *f)), at(s, s.trim_matches(f)), "{s:?} {k}");
                    let std = s.trim_start_matches(f);
                    assert_eq!(at(s, trim_start_by(s, *f)), at(s, std), "{s:?} {k}");
                    let std = s.trim_end_matches(f);
                    assert_eq!(at(s, trim_end_by(s, *f)), at(s, std), "{s:?} {k}");
                    let std = s.rsplit(f).next().unwrap();
                    assert_eq!(at(s, after_last(s, *f)), at(s, std), "{s:?} {k}");
                }
            }
        }
    }
}

// Thirty-ninth session (issue 9): a calm police screen, no pressure and a paid number, whose
// authority signs a lock of the reader's device and states a fine with its sum.
#[test]
fn a_calm_police_screen_that_fines_the_reader_is_a_scam() {
    let kits = [
        ("https://avviso-pc-8812.pages.dev/", "Polizia Postale",
         "Il tuo computer è stato bloccato dalla Polizia Postale.\nSono state rilevate attività illegali dal tuo indirizzo IP.\nDevi pagare una multa di 300 € per sbloccare il computer. Chiama il funzionario al numero 02 5550 1836."),
        ("https://melding-4471.web.app/", "Politie - Apparaat geblokkeerd",
         "Uw computer is geblokkeerd door de politie wegens illegale inhoud.\nU betaalt een boete van 275 euro om uw computer te ontgrendelen. Bel 020 555 0148."),
        ("https://avis-4471.pages.dev/", "Gendarmerie",
         "Votre ordinateur a été bloqué par la gendarmerie.\nActivité illégale constatée depuis votre adresse IP. Vous devez payer une amende de 250 € pour débloquer votre ordinateur.\nAppelez l'agent au 01 55 50 41 86."),
        ("https://aviso-7731.web.app/", "Guardia Civil",
         "Su ordenador ha sido bloqueado por la Guardia Civil por actividad ilegal.\nDebe pagar una multa de 300 € para desbloquear su ordenador. Llame al +34 915 550 162."),
    ];
    for (url, title, text) in kits {
        assert_eq!(level(&page(url, title, text)), Level::Scam, "{url}");
        // The same screen with no sum to its fine demands nothing the reader can pay: no
        // pressure, no free number, so the police call rule stays as it was.
        let calm = text
            .replace(" di 300 €", "")
            .replace(" van 275 euro", "")
            .replace(" de 250 €", "")
            .replace(" de 300 €", "");
        assert_ne!(
            level(&page(url, title, &calm)),
            Level::Scam,
            "{url} without its sum"
        );
    }
}

// A campus network's block page: the police reported the activity, the college blocks the
// machine and charges its own fine; the authority signs neither the lock nor the fine.
#[test]
fn a_block_page_that_reports_to_the_police_is_no_police_screen() {
    let campus = page(
        "https://netdesk.college-example.edu/blocked",
        "Network access blocked - Help Desk",
        "Your computer has been blocked from the residence network. The police reported illegal activity from your IP address.\n\
         Under the housing rules a fine of $40 is added to your student account. To unlock your computer, call the Help Desk at 617-555-0129.",
    );
    assert_ne!(level(&campus), Level::Scam);
    // A court-ordered block of a site, a number for questions: no fine, no lock of the device.
    let isp = page(
        "https://blokkade.provider-example.nl/",
        "Website geblokkeerd",
        "Deze website is geblokkeerd op last van de rechter wegens illegale inhoud. Pogingen kunnen aan de politie worden gemeld.\nVragen? Bel 020 555 0127.",
    );
    assert_ne!(level(&isp), Level::Scam);
    // The police's own warning that quotes the screen and its fine.
    let advice = page(
        "https://www.politie-example.nl/waarschuwing",
        "Nep-politiescherm",
        "Ziet u een scherm dat zegt dat uw computer door de politie is geblokkeerd en dat u een boete van 250 euro moet betalen? Het is oplichting. De politie blokkeert nooit computers. Bel niet.",
    );
    assert_ne!(level(&advice), Level::Scam);
}

// Thirty-ninth session: an overpayment returned against the reader's details given by phone.
#[test]
fn an_overpayment_returned_against_details_by_phone_is_a_refund_lure() {
    let kits = [
        ("https://credit-notice-5512.pages.dev/", "Overpayment",
         "Our records show you overpaid £274.36 on your 2025 return.\nTo have it returned, please confirm your details by phone on 0161 555 0183."),
        ("https://ueberzahlung-5512.web.app/", "Erstattung",
         "Für Ihr Konto besteht eine Überzahlung von 318,64 €.\nBitte bestätigen Sie Ihre Daten telefonisch unter 030 555 01 86."),
        ("https://rimborso-5512.pages.dev/", "Rimborso",
         "Risulta un versamento in eccesso di 212,48 € a suo nome.\nPer riceverlo confermi i suoi dati per telefono allo 02 5550 1977."),
    ];
    for (url, title, text) in kits {
        assert_eq!(level(&page(url, title, text)), Level::Scam, "{url}");
    }
    // A bill states the overpayment and gives a line for questions: no details asked by phone.
    let bill = page(
        "https://portal.energy-example.co.uk/bill",
        "Your bill",
        "You overpaid £274.36 last year. We will pay it back to your bank account within 10 days.\nQuestions about your bill? Call 0161 555 0183.",
    );
    assert_ne!(level(&bill), Level::Scam);
    // The business's own page, named in its text, asks for the same.
    let own = page(
        "https://tenants.harbour-lettings.example/deposit",
        "Deposit",
        "Harbour Lettings: you overpaid £120.52 in rent. Please confirm your details by phone so we can return it: 0161 555 0133.",
    );
    assert_ne!(level(&own), Level::Scam);
}

/// Fortieth session (review 39 B-M1, B-L1): an overpayment's details asked by phone are a lure's
/// before a deadline within hours (or on shared hosting); a supplier's own customer area asks
/// the same within weeks. The money owed is a reason the warning shows.
#[test]
fn an_overpayment_asked_by_phone_today_is_a_lure_and_within_weeks_a_bill() {
    let kits = [
        ("https://credit-return-7720.net/", "Credit notice",
         "Our records show you overpaid £264.18 on your energy account.\nConfirm your details by phone on 0161 555 0172 today, or the credit lapses."),
        ("https://guthaben-7720.net/", "Guthaben",
         "Es besteht eine Überzahlung von 218,40 € auf Ihrem Konto.\nBestätigen Sie Ihre Daten telefonisch unter 030 555 0172 innerhalb von 24 Stunden."),
        ("https://accredito-7720.net/", "Accredito",
         "Risulta un pagamento in eccesso di 131,70 € sulla tua bolletta.\nConferma i tuoi dati per telefono al 800 555 172 entro oggi."),
    ];
    for (url, title, text) in kits {
        let kit = page(url, title, text);
        assert_eq!(level(&kit), Level::Scam, "{url}");
        assert!(
            has(&kit, ReasonId::ChargeClaim),
            "{url}: the money owed is shown"
        );
        // The same words within weeks, on the supplier's own host: a bill.
        let calm = text
            .replace("today, or the credit lapses", "within 28 days")
            .replace("innerhalb von 24 Stunden", "innerhalb von vier Wochen")
            .replace("entro oggi", "entro 30 giorni");
        let own = url
            .replace("https://", "https://www.")
            .replace("7720.net", "7720.example");
        assert_ne!(level(&page(&own, title, &calm)), Level::Scam, "{url} calm");
    }
}

/// Fortieth session (R39-M1), forty-first (B40-H1): an authority that speaks (its name in the
/// title or a heading) threatens the reader's arrest over a sum, stated or on condition of not
/// paying, with a number and a deadline, off a government's host. A lawyer's, a court's and a
/// police force's pages about warrants do not speak as the authority to the reader's debt.
#[test]
fn an_arrest_threat_over_a_sum_with_a_number_is_a_tax_lure() {
    let kits = [
        ("https://tax-settlement-4410.com/", "Internal Revenue Service - Tax settlement",
         "You owe back tax of $2,716.40. A warrant for your arrest has been issued.\nFinal notice: call the settlement officer at 1-866-555-0141 today."),
        ("https://steuer-akte-4410.com/", "Finanzamt - Steuerakte",
         "Sie schulden 1.984,20 € Steuern. Ohne Zahlung innerhalb von 24 Stunden wird ein Haftbefehl beantragt.\nRufen Sie 0800 555 0141 an."),
        ("https://pratica-fiscale-4410.com/", "Agenzia delle Entrate - Pratica",
         "Devi 2.140,00 € di imposte. È stato richiesto un mandato di arresto a tuo carico.\nUltimo avviso: chiama il 800 555 141 entro 24 ore."),
    ];
    for (url, title, text) in kits {
        assert_eq!(level(&page(url, title, text)), Level::Scam, "{url}");
        // The same words with no authority speaking: a debt collector's page is not this rule's.
        assert_ne!(
            level(&page(url, "Pratica", text)),
            Level::Scam,
            "{url} unsigned"
        );
    }
    let honest = [
        ("https://www.carver-defence.example/warrants", "Carver Defence",
         "If there is a warrant for your arrest, do not wait. Our first consultation costs $150.\nCall our attorneys at 212-555-0141 today."),
        ("https://www.linden-county-court.example/fines", "Unpaid fines | Linden County Court",
         "If you have not paid a fine of $300, the judge can issue an arrest warrant. Call the clerk at 1-800-555-0142 today."),
        ("https://www.linden-police.example.org/advice", "Tax call scams | Linden Police",
         "Linden Police\nNo tax office will call to ask for $900 today to stop an arrest warrant. Hang up and call us at 1-800-555-0143."),
        ("https://www.kanzlei-ost.example.de/haftbefehl", "Haftbefehl? | Kanzlei Ost",
         "Bei Steuerschulden über 50.000 € droht ein Haftbefehl. Rufen Sie uns heute an: 030 555 0144."),
    ];
    for (url, title, text) in honest {
        assert_ne!(level(&page(url, title, text)), Level::Scam, "{url}");
    }
    let reminder = page(
        "https://tax-settlement-4410.com/",
        "Internal Revenue Service - Tax settlement",
        "You owe back tax of $2,716.40.\nFinal notice: call the settlement officer at 1-866-555-0141 today.",
    );
    assert_ne!(level(&reminder), Level::Scam);
}

/// Fortieth session (review 39 R39-M2): the refund sent through a remote-access tool, and
/// vouchers paid by reading their codes on the phone. An IT desk reverses a charge and connects
/// to remove a licence; a shop tells the reader never to read the codes to a caller.
#[test]
fn a_refund_through_remote_access_and_codes_read_by_phone_are_lures() {
    let kits = [
        ("https://billing-help-3381.com/", "Billing",
         "You were charged $74.99 twice for your plan.\nCall 1-844-555-0138. Our agent opens AnyDesk on your PC to send your money back to your bank account."),
        ("https://rembourse-3381.com/", "Remboursement",
         "Votre abonnement de 44,99 € a été débité deux fois.\nAppelez le 01 99 00 33 38 : un technicien se connectera à votre ordinateur avec AnyDesk pour effectuer le remboursement."),
        ("https://plan-renew-3381.com/", "Support plan",
         "Renewal of your support plan. Payment is taken in gift cards only:\nbuy three gift cards of $100 each, then call 1-855-555-0138 and read the codes."),
    ];
    for (url, title, text) in kits {
        assert_eq!(level(&page(url, title, text)), Level::Scam, "{url}");
    }
    let desk = page(
        "https://it.example-college.edu/licences",
        "IT Services",
        "If you were charged for a licence by mistake, the IT Service Desk reverses the charge.\nA technician will connect to your computer with Quick Assist to remove the licence. Call 01632 960 138.",
    );
    assert_ne!(level(&desk), Level::Scam);
    let shop = page(
        "https://www.example-mart.com/help/gift-cards",
        "Gift cards",
        "Buy gift cards in store and online. Never read the codes to anyone who calls you.\nQuestions? Call 0800 555 0138.",
    );
    assert_ne!(level(&shop), Level::Scam);
}

/// Fortieth session (review 39 R39-M5): a calm authority lock in any words: the reader's device
/// locked, an accusation, and the lock lifted against a fine with its sum, with a number; no
/// authority the lexicon knows, no pressure, no lock behaviour. Without the sum it is a notice;
/// a residence network that restores access after a course and bills its penalty is no lure.
#[test]
fn a_lock_lifted_against_a_fine_is_a_ransom_screen_in_any_words() {
    let kits = [
        ("https://online-standards-bureau.com/ref/3301", "Device restriction",
         "Your computer has been suspended by the Online Standards Bureau: prohibited material was opened on it.\nIt will be restored when a penalty of $260 reaches our office. Call the officer on 1-877-555-0233."),
        ("https://amt-onlineaufsicht.com/az/3301", "Gerätesperre",
         "Das Amt für Onlineaufsicht hat Ihren Computer gesperrt, weil damit verbotene Inhalte aufgerufen wurden.\nSobald ein Bußgeld von 260 € beglichen ist, wird Ihr Gerät entsperrt. Rufen Sie 0800 555 0233 an."),
        ("https://oficina-normas-red.com/exp/3301", "Restricción",
         "Su ordenador ha sido bloqueado por la Oficina de Normas de la Red. Consta el acceso a material prohibido desde este dispositivo.\nEl bloqueo se levantará tras el pago de una sanción de 260 €. Llame al 900 555 233."),
    ];
    for (url, title, text) in kits {
        assert_eq!(level(&page(url, title, text)), Level::Scam, "{url}");
        let no_sum = text
            .replace(" of $260", "")
            .replace(" von 260 €", "")
            .replace(" de 260 €", "");
        assert_ne!(
            level(&page(url, title, &no_sum)),
            Level::Scam,
            "{url} without its sum"
        );
    }
    let campus = page(
        "https://net.hillcrest-college.example.edu/blocked",
        "Residence network: laptop paused",
        "Your computer has been blocked from the residence network after prohibited material was shared from it.\nA penalty of $40 is added to your student account. Access is restored after the copyright course. Help desk: 01632 960 233.",
    );
    assert_ne!(level(&campus), Level::Scam);
}

/// Fortieth session (review 39 R39-L2): a document shared from a brand's own user-content path
/// (www.icloud.com/pages/…) is not the brand speaking; Apple's own pages on the host are.
#[test]
fn a_brand_alert_on_its_own_user_content_path_is_read_as_any_sites() {
    let text = "Apple Security Alert\nSomeone broke into your iPhone and your Apple ID is locked.\nCall Apple Support now at 1-888-555-0177.";
    let shared = page(
        "https://www.icloud.com/pages/0b7Kx3#alert",
        "Apple Security Alert",
        text,
    );
    assert_eq!(level(&shared), Level::Scam);
    let own = page(
        "https://www.icloud.com/settings/",
        "Apple Security Alert",
        text,
    );
    assert_ne!(level(&own), Level::Scam);
    // A gift-card balance line asks for the codes of a card the reader holds: no sum bought.
    let balance = page(
        "https://www.example-giftco.com/balance",
        "Gift card balance",
        "To check the balance of your gift card, call 0800 555 0177 and read the codes on the back.",
    );
    assert_ne!(level(&balance), Level::Scam);
}

/// Review 39 H2: full-screen games with a themed story line (a zombie camp "under lockdown", a
/// horror game's "your PC is infected", a hacker or virus game, an FBI heist) lock
/// the keyboard and the pointer, go full screen and play a tone, and give no way to reach anyone
/// (no number, no call asked, no payment, no remote tool, no password asked). They may reach
/// `suspicious`, never `scam`. Beside them the kits stay `scam`: the same screen with a way to
/// reach the scammer, and trap kits with no number (dialogs in a loop, a flooded history, a
/// hidden cursor behind a leave prompt, a leave prompt, the keyboard locked with the pointer
/// free). Invented pages, fictional numbers.
#[test]
fn a_themed_game_with_no_way_to_reach_anyone_is_not_a_scam() {
    let game = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        pointer_lock: 1,
        audio_context: 1,
        ..Default::default()
    };
    // Firefox has no keyboard lock; a game's levels push a few entries, its keys are its own.
    let firefox = Behaviour {
        keyboard_lock: 0,
        ..game.clone()
    };
    let levels = Behaviour {
        history: 3,
        key_block: 12,
        context_block: 1,
        media_play: 2,
        ..game.clone()
    };
    let games = [
        ("https://play.example-arcade.io/bunker", "Bunker 9 - survival", "BUNKER 9\nThe dead have broken through to the surface. Your camp is now under lockdown. Stay alive till sunrise.\nMove: WASD. Aim: mouse. Pause: Esc."),
        ("https://play.example-arcade.io/locked-room", "The Locked Room - a browser horror game", "THE LOCKED ROOM\nYour PC is infected and the virus keeps spreading. Don't look behind you.\nFATAL ERROR 0x00DEAD - EVERY FILE IS ABOUT TO BE ERASED\nE to interact."),
        ("https://play.example-arcade.io/heist", "Cyber Heist", "CYBER HEIST\nFBI ALERT: THE SAFEHOUSE IS UNDER LOCKDOWN. Crack the terminal to get out.\nWASD move, E hack, Esc pause"),
        ("https://spiele.beispiel-studio.de/festung", "Festung – Überlebensspiel", "FESTUNG\nDie Infizierten stehen vor den Mauern. Euer Lager ist abgeriegelt und gesperrt. Halte durch, bis die Sonne aufgeht.\nBewegen mit WASD, Pause mit Esc"),
        ("https://spiele.beispiel-studio.de/virenjagd", "Virenjagd – Browserspiel", "Virenjagd\nDein Rechner ist mit Viren infiziert! Zerstöre sie alle, ehe deine Dateien verschwinden.\nLevel 2, Punkte 1.250"),
        ("https://jeux.exemple-studio.fr/pirate", "Pirate informatique – le jeu", "PIRATE\nQuelqu'un a piraté ton ordinateur ! Repère le virus avant qu'il n'efface tes fichiers.\nNiveau 3, score 2 300"),
        ("https://giochi.esempio-studio.it/rifugio", "Rifugio – gioco", "RIFUGIO\nL'epidemia è arrivata in città. Il tuo accampamento è stato bloccato. Sopravvivi fino al mattino.\nMuoviti con WASD, Esc mette in pausa."),
        ("https://juegos.ejemplo-studio.es/cazavirus", "Cazavirus – juego online", "CAZAVIRUS\n¡Hay virus en tu ordenador, está infectado! Elimínalos antes de que acaben con tus archivos.\nNivel 5, puntos 3.100"),
        ("https://game.example-studio.jp/shelter", "シェルター – サバイバルゲーム", "シェルター\nゾンビが地上にあふれた。拠点は封鎖され、ロックされている。朝まで耐え抜け。\n移動はWASD、ポーズはEsc。"),
        ("https://game.example-studio.jp/virus", "ウイルスを倒せ（ゲーム）", "ウイルスを倒せ\nパソコンがウイルスに感染した！ファイルが消される前に全部やっつけろ。\nレベル2 スコア3400"),
    ];
    for (url, title, text) in games {
        for b in [&game, &firefox, &levels] {
            let mut s = page(url, title, text);
            s.behaviour = b.clone();
            let v = analyse(&s, &Options::default());
            assert_ne!(v.level, Level::Scam, "{title} {b:?}: {v:#?}");
        }
    }
    // The same screen in a game's lock with a way to reach the scammer: the kit.
    let screen = "SECURITY ALERT\nThis computer is locked and the files on it are in danger.";
    for reach in [
        "Call support: 1-888-555-0164",
        "Install AnyDesk, then give our technician the nine-digit code.",
        "To unlock it, buy a 150 € Paysafecard and type its voucher code below.",
        "Unlock it by typing your Windows password below.",
        "Support 020 7946 0165",
    ] {
        let mut s = page(
            "https://pc-locked-alert.example/",
            "Security Alert",
            &format!("{screen}\n{reach}"),
        );
        s.behaviour = game.clone();
        assert_eq!(level(&s), Level::Scam, "{reach}: {:?}", ids(&s));
    }
    // Trap kits with no number (it is in a picture): what no game does keeps them.
    let hidden = DomHints {
        hidden_cursor: true,
        ..Default::default()
    };
    for (title, text, b, dom) in [
        (
            "Apple Security Alert",
            "Suspicious activity was found and your iPhone is now locked. Keep this page open.",
            Behaviour {
                fullscreen: 1,
                dialogs: 4,
                beforeunload: 1,
                audio_context: 1,
                ..Default::default()
            },
            DomHints::default(),
        ),
        (
            "Systemwarnung",
            "Dieser Computer ist gesperrt. Lassen Sie diese Seite geöffnet.",
            Behaviour {
                fullscreen: 1,
                history: 25,
                ..game.clone()
            },
            DomHints::default(),
        ),
        (
            "Alerte système",
            "Votre PC est bloqué. Ne fermez pas le navigateur, sinon vos données seront perdues.",
            Behaviour {
                fullscreen: 1,
                beforeunload: 1,
                ..Default::default()
            },
            hidden.clone(),
        ),
        (
            "Alerta de seguridad",
            "Un virus ha dejado su equipo bloqueado. No cierre el navegador o perderá sus datos.",
            Behaviour {
                beforeunload: 1,
                ..game.clone()
            },
            DomHints::default(),
        ),
        (
            "Avviso di sicurezza",
            "Questo PC è bloccato. Non chiudere il browser o perderai i tuoi dati.",
            Behaviour {
                pointer_lock: 0,
                ..game.clone()
            },
            DomHints::default(),
        ),
        (
            "Defender – security warning",
            "A threat was detected, so your PC is blocked for your safety.",
            Behaviour {
                speech: 1,
                ..game.clone()
            },
            DomHints::default(),
        ),
    ] {
        let mut s = page("https://system-alert-4471.example/", title, text);
        s.behaviour = b;
        s.dom = dom;
        assert_eq!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
}

/// Review 39 H1: a full lock kit (full screen, the keyboard locked, dialogs in a loop, a leave
/// prompt, "the computer is locked", a fine, a number) under an authority's name as its
/// title ("Polisen", "Poliisi", "Polizei", "경찰청", "Emniyet Genel Müdürlüğü") was damped as a
/// page about scams by that name. A page that traps is damped by nothing in its title, nor by
/// the title's authority named again in its text. A police force's own advice page and a news
/// story keep their names, and so does a police report form that asks before it is left.
/// Invented pages, fictional numbers.
#[test]
fn an_authority_title_does_not_damp_a_page_that_traps() {
    let kit = Behaviour {
        fullscreen: 1,
        dialogs: 2,
        beforeunload: 1,
        history: 4,
        keyboard_lock: 1,
        audio_context: 1,
        ..Default::default()
    };
    let lighter = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        audio_context: 1,
        ..Default::default()
    };
    let kits = [
        ("https://polis-las.example/", "Polisen", "Polisen, enheten för it-brott\nDin dator har blivit låst eftersom olagligt innehåll har visats på den.\nBetala en bot på 2 500 kr inom 24 timmar så låses datorn upp.\nRing utredaren: 020-555 01 82"),
        ("https://poliisi-lukitus.example/", "Poliisi", "Poliisin kyberrikosyksikkö\nTietokoneesi on lukittu, koska sillä on katseltu laitonta sisältöä.\nLukitus avataan, kun maksat 300 euron sakon 24 tunnin sisällä.\nSoita tutkijalle: 0800 555 195"),
        ("https://polizei-sperre.example/", "Polizei", "Polizei, Abteilung Internetkriminalität\nDieser Computer ist gesperrt, weil darauf verbotene Inhalte angesehen wurden.\nDie Sperre endet, sobald Sie binnen 24 Stunden 300 € Strafe bezahlen.\nRufen Sie an: 0800 555 0197"),
        ("https://police-lock.example/", "경찰청", "경찰청 사이버범죄 수사대\n귀하의 컴퓨터가 잠겼습니다. 불법 콘텐츠를 본 기록이 확인되었습니다.\n24시간 안에 벌금 500,000원을 내면 잠금이 풀립니다.\n수사관 연락처: 080-555-0183"),
        ("https://emniyet-kilit.example/", "Emniyet Genel Müdürlüğü", "Emniyet, Siber Suçlar Birimi\nYasa dışı içeriğe bakıldığı için bilgisayarınız kilitlendi.\n24 saat içinde 2.000 TL ceza öderseniz kilit kaldırılır.\nMemura ulaşın: 0850 555 0181"),
        ("https://politi-laas.example/", "Politiet", "Politiets it-afdeling\nDin computer er låst, fordi der er set ulovligt indhold på den.\nDen bliver først låst op, når du har betalt 2.000 kr. i bøde, og fristen er 24 timer.\nRing til efterforskeren: 80 55 06 18"),
        ("https://policiya-blok.example/", "Полиция", "Полиция, отдел по киберпреступлениям\nКомпьютер заблокирован: на нём просматривались запрещённые материалы.\nОплатите штраф 5000 рублей за 24 часа, и блокировка будет снята.\nТелефон следователя: 8 800 555-06-22"),
    ];
    for (url, title, text) in kits {
        for b in [&kit, &lighter] {
            let mut s = page(url, title, text);
            s.behaviour = b.clone();
            let v = analyse(&s, &Options::default());
            assert_eq!(v.level, Level::Scam, "{title} {b:?}: {v:#?}");
            assert!(!has(&s, ReasonId::AwarenessContext), "{title}: {v:#?}");
        }
    }
    // Police advice pages, news, a report form that asks before it is left (unsaved answers).
    let leave = Behaviour {
        beforeunload: 1,
        ..Default::default()
    };
    for (url, title, text, b) in [
        ("https://www.polizei-beratung.example.de/ransomware", "Polizei-Trojaner | Polizeiliche Beratung", "Der „Polizei-Trojaner“\nAuf dem Bildschirm steht dann, die Bundespolizei habe den Computer wegen verbotener Inhalte gesperrt; verlangt werden 100 Euro per Paysafecard.\nNicht bezahlen! Computer werden von der Polizei nie gesperrt. Zeigen Sie den Fall an.", Behaviour::default()),
        ("https://polisen.example.se/bedrageri/lasskarm", "Falsk låsskärm – Polisen", "Falsk låsskärm\nBedragare visar en skärm där det står att din dator har låsts av polisen och att du ska betala böter.\nBetala inte. Polisen låser aldrig din dator. Polisanmäl bedrägeriet.", Behaviour::default()),
        ("https://news.example-daily.com/police-ransom-screen", "Police warn of fake 'computer locked' screens", "Police warn of fake lock screens\nOfficers said residents reported a screen claiming their computer had been locked by the police and demanding a £300 fine.\n“The police never lock computers or ask for fines by phone,” a spokesperson said. Do not call the number.", Behaviour::default()),
        ("https://online-anzeige.polizei.example.de/anzeige", "Online-Anzeige | Polizei", "Online-Anzeige erstatten\nSie haben eine Meldung gesehen: „Die Polizei hat Ihren Computer gesperrt, überweisen Sie 100 €.“ Das ist Betrug. Zahlen Sie nicht.\nBeschreiben Sie den Vorfall im Formular. Nicht gespeicherte Angaben gehen verloren.", leave.clone()),
        ("https://report.police.example.uk/fraud", "Report fraud online | Police", "Report a scam\nDid a screen say “The police have locked your PC; pay a £300 fine”? That is a scam. Do not pay and do not call the number.\nFill in the form below. Unsaved answers will be lost if you leave.", leave.clone()),
    ] {
        let mut s = page(url, title, text);
        s.behaviour = b;
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
}

/// An app-store name beside the store's other name is where a bank's or a shop's app is
/// downloaded, not a card to pay with (review 41 R41-M3: "Google Play" read as a payment); a
/// kit that asks for Google Play cards keeps its payment demand.
#[test]
fn app_store_names_are_no_payment() {
    for (url, title, text) in [
        (
            "https://www.bank-voorbeeld.example/app",
            "Mobiel bankieren | Bank Voorbeeld",
            "Bankieren waar u ook bent. Haal onze app in de App Store of Google Play en log in met \
             uw pincode. Vragen? Bel onze servicelijn: 020 555 0181.",
        ),
        (
            "https://www.stadtwerke-muster.example/service",
            "Kundenservice | Stadtwerke Muster",
            "Zählerstand melden per App: jetzt im Google Play Store und im App Store. \
             Kundenservice: 0800 555 0142, montags bis freitags.",
        ),
    ] {
        let s = page(url, title, text);
        assert!(!has(&s, ReasonId::PaymentDemand), "{title}: {:#?}", ids(&s));
        assert_ne!(level(&s), Level::Scam, "{title}");
    }
    let kit = page(
        "https://pc-repair-desk.example/",
        "Support",
        "Your computer is locked. To unlock it, buy two Google Play cards of $200 at the nearest \
         store and read the codes to the technician at 1-844-555-0172. The app store will not help you.",
    );
    assert!(has(&kit, ReasonId::PaymentDemand), "{:#?}", ids(&kit));
}

/// A kit that borrows an IT page's "If you see "…", do not call" keeps its warning when it
/// traps the person or goes full screen (review 41 H41-H1); the calm page that says it is
/// awareness.
#[test]
fn a_trapping_kit_cannot_borrow_a_reported_refusal() {
    let text = "If you see \"Spyware found\", do not call anyone else: your laptop is \
                infected. Only our licensed help line can remove it at 1-877-555-0148.";
    let kit = Snapshot {
        url: "https://pc-alert-desk.example/".into(),
        title: "Security notice".into(),
        text: text.into(),
        behaviour: Behaviour {
            fullscreen: 1,
            dialogs: 3,
            history: 6,
            ..Default::default()
        },
        ..Default::default()
    };
    assert_eq!(level(&kit), Level::Scam, "{:#?}", ids(&kit));
}

/// Review 40 H3: lock screens whose words the lists did not read (the lock in the past tense or
/// said by the authority, "wir haben … gesperrt" as "zároltuk", "kilitledik", "lukittiin"; the
/// number offered as where to reach the officer, "erreichen Sie unter"; Hungary's freephone
/// without its trunk `06`). Invented pages, fictional numbers. Their honest look-alikes (a bank's
/// lockout with "erreichen Sie", police advice quoting the screen) stay below `scam`.
#[test]
fn lock_screens_in_the_authority_s_own_words_are_read() {
    let trap = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        dialogs: 3,
        beforeunload: 1,
        history: 6,
        ..Default::default()
    };
    let kits = [
        ("https://sperr-hinweis.example/", "Bundesamt", "Das Betriebssystem wurde wegen verbotener Downloads gesperrt.\nDie Freigabe kostet 150 € und ist binnen 12 Stunden zu zahlen.\nIhre Sachbearbeiterin erreichen Sie unter 030 5550 1877.", false),
        ("https://rendor-figyelmeztetes.example/", "Értesítés", "Számítógépét jogellenes letöltések miatt letiltottuk.\nA feloldáshoz fizessen 45 000 Ft bírságot.\nHívja: 80 555 241.", true),
        ("https://siber-uyari.example/", "Uyarı", "Yasa dışı içerik nedeniyle bilgisayarınızı kilitledik.\n24 saat içinde 900 TL ceza ödeyin.\nArayın: 0850 555 01 77.", true),
        ("https://ilmoitus-lukko.example/", "Ilmoitus", "Tietokoneesi lukittiin laittoman sisällön vuoksi.\nMaksa 200 euron sakko.\nSoita 0800 555 014.", true),
        ("https://eidopoiisi-kleidoma.example/", "Ειδοποίηση", "Ο υπολογιστής σας έχει κλειδωθεί λόγω παράνομου περιεχομένου.\nΠληρώστε πρόστιμο 150 ευρώ.\nΚαλέστε 800 555 0164.", true),
    ];
    for (url, title, text, claim) in kits {
        let mut s = page(url, title, text);
        s.behaviour = trap.clone();
        let v = analyse(&s, &Options::default());
        assert_eq!(v.level, Level::Scam, "{title}: {v:#?}");
        assert_eq!(v.phones.len(), 1, "{title}: {v:#?}");
        assert_eq!(has(&s, ReasonId::LockClaim), claim, "{title}: {v:#?}");
    }
    for (url, title, text) in [
        ("https://www.beispielbank.example.de/hilfe/karte", "Karte gesperrt – Beispielbank", "Ihre Karte wurde nach dreimaliger falscher PIN-Eingabe gesperrt.\nUnseren Kundenservice erreichen Sie unter 0800 555 0101 (Mo-Fr 8-20 Uhr)."),
        ("https://www.polizei-rat.example.de/trojaner", "Vorsicht vor falschen Sperrbildschirmen", "Steht auf Ihrem Bildschirm, Ihr Betriebssystem sei gesperrt und Sie müssten zahlen, ist das Betrug. Zahlen Sie nicht.\nUnsere Beratungsstelle erreichen Sie unter 030 5550 4400."),
        ("https://www.rendorseg-pelda.example.hu/hirek", "Csalók a rendőrség nevében", "A rendőrség soha nem zárolja a számítógépét. Ha a képernyőn az áll, hogy zároltuk, ne fizessen: ez csalás.\nFeljelentés: 80 555 555."),
        ("https://www.peldabank.example.hu/kartya", "Kártya letiltása", "Túl sok sikertelen PIN-kód után a kártyát letiltottuk.\nA feloldáshoz hívja ügyfélszolgálatunkat: 06 80 555 300."),
    ] {
        let s = page(url, title, text);
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
}

#[test]
fn a_game_that_says_so_is_no_scam_whatever_its_keys_and_quit_prompt() {
    // Review 40 H4: a typing game locks the keyboard and leaves the pointer free; a game asks
    // before it is quit. A page that says it is a game and does nothing no app does is played.
    let keys = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        audio_context: 1,
        ..Default::default()
    };
    let quit = Behaviour {
        pointer_lock: 1,
        beforeunload: 1,
        dialogs: 1,
        ..keys.clone()
    };
    let blocked = Behaviour {
        key_block: 3,
        context_block: 1,
        ..keys.clone()
    };
    let games = [
        ("https://play.example-typefast.com/worm", "Worm Panic - typing game", "WORM PANIC\nYour PC is infected and the worm eats one folder a minute. Type each word to stop it.\n9 folders left"),
        ("https://play.example-typefast.com/vault", "Vault 12", "The vault is locked down and your terminal has been hacked. Reach the reactor before the timer ends.\nGame saved at checkpoint 2"),
        ("https://jeux.exemple-clavier.fr/intrus", "L'Intrus", "ALERTE ! Ton ordinateur est infecté (dans le jeu). Tape les commandes avant que l'intrus ne prenne la main."),
        ("https://spiele.beispiel-clavier.de/bunker", "Bunker", "Dein Rechner ist jetzt gesperrt! Das gehört zum Spiel: finde den Code im Bunker, bevor die Zeit abläuft."),
        ("https://juegos.ejemplo-teclado.es/apagon", "Apagón", "¡Tu ordenador ha sido bloqueado! Es parte del juego: encuentra la contraseña del vigilante."),
        ("https://gry.przyklad-klawiatura.pl/robak", "Robak – gra na klawiaturze", "Twój komputer został zainfekowany! Przepisuj słowa, zanim robak zje twoje pliki."),
        ("https://igry.primer-klaviatura.ru/chervi", "Черви", "Ваш компьютер заражён! Это часть игры: набирайте слова быстрее, чем ползут черви."),
        ("https://game.example-keyboard.jp/mushi", "ムシ退治", "あなたのパソコンは感染しています！これはゲームの中の話です。単語を打って虫を止めよう。"),
        ("https://h5.example-jianpan.cn/bingdu", "病毒", "你的电脑已被锁定！这是游戏的一部分，快速打字消灭病毒。"),
    ];
    for (url, title, text) in games {
        for b in [&keys, &quit, &blocked] {
            let mut s = page(url, title, text);
            s.behaviour = b.clone();
            assert_ne!(level(&s), Level::Scam, "{title} {b:?}: {:?}", ids(&s));
        }
    }
    // Their twins: the same words with a number, a dialog loop, a flooded history, a hidden
    // cursor behind the leave prompt, or "do not close" are a kit's.
    let screen = "Your PC is infected and has been locked (game).";
    let loop_ = Behaviour {
        dialogs: 6,
        ..quit.clone()
    };
    let history = Behaviour {
        history: 14,
        ..keys.clone()
    };
    for (text, b, hidden) in [
        (
            format!("{screen} Call the help line: 1-888-555-0193"),
            &keys,
            false,
        ),
        (format!("{screen} Type the words fast."), &loop_, false),
        (format!("{screen} Type the words fast."), &history, false),
        (format!("{screen} Type the words fast."), &quit, true),
        (
            format!("{screen} Do not close this page or your files will be erased."),
            &keys,
            false,
        ),
    ] {
        let mut s = page("https://pc-alert-game.example/", "Security alert", &text);
        s.behaviour = b.clone();
        s.dom.hidden_cursor = hidden;
        assert_eq!(level(&s), Level::Scam, "{text} {b:?}: {:?}", ids(&s));
    }
}

#[test]
fn an_exam_on_its_institutions_host_with_a_helpdesk_is_no_scam() {
    // Review 40 H4: a proctored exam locks the keyboard, blocks keys and the menu, asks before
    // it is left, says not to leave full screen and shows its helpdesk.
    let exam = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        key_block: 2,
        context_block: 1,
        beforeunload: 1,
        ..Default::default()
    };
    let exams = [
        ("https://tests.example-state.edu/attempt/9", "Midterm exam - Physics 2 | Example State", "Midterm exam, Physics 2. Stay in full screen; leaving it ends your attempt.\nTime left: 44 min\nTrouble with the exam? Exam support desk: 555-0148"),
        ("https://klausuren.uni-beispiel.de/statistik", "Klausur Statistik | Uni Beispiel", "Klausur Statistik II. Schließen Sie dieses Fenster während der Klausur nicht.\nTechnischer Support: 030 555 0182"),
        ("https://examens.exemple.ac.be/droit", "Examen de droit civil", "Examen de droit civil. Ne quittez pas le plein écran.\nAssistance technique : 02 555 01 77"),
        ("https://partiels.univ-exemple.fr/l2", "Partiel de chimie", "Partiel de chimie organique. Ne quittez pas le plein écran pendant l'épreuve.\nAssistance technique : 04 55 50 12 90"),
        // A one-word "uni…" host, as many universities have (review 42 HN42-H1).
        ("https://esami.univalletta.example.it/fisica", "Esame di Fisica I", "Esame di Fisica I. Non chiudere questa finestra durante l'esame.\nSupporto tecnico: 02 5550 0147"),
        // French names an exam "épreuve" or "partiel"; a ministry's host has an "education"
        // label (review 42 HN42-L1).
        ("https://bac-blanc.education.exemple-etat.fr/svt", "Bac blanc de SVT", "Bac blanc de SVT. Merci de ne pas fermer la page pendant toute l'épreuve.\nAssistance : 01 55 50 02 71"),
        ("https://partiels.unimontagne.example.fr/l1", "Partiel d'histoire", "Partiel d'histoire moderne, session de janvier. Ne fermez pas la fenêtre.\nAssistance technique : 04 55 50 02 72"),
    ];
    for (url, title, text) in exams {
        let s = Snapshot {
            behaviour: exam.clone(),
            ..page(url, title, text)
        };
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
    // Off an institution's host (read as before; "uni" inside a host's word is no university:
    // "unicorn", "unity"), with a lock claimed, an unlock call or a free number: a kit.
    for (url, text) in [
        ("https://klausur-check.example/", "Klausur Statistik II. Schließen Sie dieses Fenster während der Klausur nicht.\nTechnischer Support: 030 555 0182"),
        ("https://unicorn-support.example/", "Klausur Statistik II. Schließen Sie dieses Fenster während der Klausur nicht.\nTechnischer Support: 030 555 0182"),
        ("https://klausur.unity-desk.example/", "Klausur Statistik II. Schließen Sie dieses Fenster während der Klausur nicht.\nTechnischer Support: 030 555 0182"),
        ("https://educationhub-desk.example/", "Bac blanc de SVT. Merci de ne pas fermer la page pendant toute l'épreuve.\nAssistance : 01 55 50 02 71"),
        ("https://tests.example-state.edu/x", "Your computer has been locked during the exam. Exam support desk: 555-0148"),
        ("https://klausuren.uni-beispiel.de/x", "Klausur Statistik II. Schließen Sie dieses Fenster während der Klausur nicht. Um Ihren Computer zu entsperren, rufen Sie 030 555 0182 an."),
        ("https://tests.example-state.edu/x", "Midterm exam. Stay in full screen. Exam support, toll free: 1-800-555-0148"),
    ] {
        let s = Snapshot {
            behaviour: exam.clone(),
            ..page(url, "Exam", text)
        };
        assert_eq!(level(&s), Level::Scam, "{url} {text}: {:?}", ids(&s));
    }
}

#[test]
fn an_exam_read_from_its_shape_is_no_scam() {
    // Review 44 R44-H2: a proctored test in full screen on its institution's host that names no
    // exam ("QCM", "Pruebas") shows one by its shape: a clock and answer choices b) and c).
    let exam = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        key_block: 2,
        context_block: 1,
        beforeunload: 1,
        ..Default::default()
    };
    let qcm = "QCM de réseaux. Temps restant : 18:40. Ne quittez pas le plein écran, sinon votre tentative sera terminée.\nQuestion 1 : Quelle couche gère le routage ? A. Physique B. Réseau C. Liaison\nQuestion 2 : Que résout le DNS ? A. Les noms B. Les ports C. Les adresses\nAssistance technique : 01 55 50 01 52";
    let s = Snapshot {
        behaviour: exam.clone(),
        ..page(
            "https://examens.univ-exemple.fr/qcm/4",
            "QCM de réseaux",
            qcm,
        )
    };
    assert_ne!(level(&s), Level::Scam, "{:?}", ids(&s));
    // The same page off an institution's host, or with a kit's unlock call: a kit.
    for (url, text) in [
        ("https://qcm-reseaux-check.example/", qcm.to_string()),
        (
            "https://examens.univ-exemple.fr/qcm/4",
            qcm.replace(
                "Assistance technique :",
                "Votre ordinateur est bloqué. Pour le débloquer, appelez le",
            ),
        ),
    ] {
        let s = Snapshot {
            behaviour: exam.clone(),
            ..page(url, "QCM de réseaux", &text)
        };
        assert_eq!(level(&s), Level::Scam, "{url}: {:?}", ids(&s));
    }
}

#[test]
fn an_exams_question_quotes_the_screen_it_asks_about() {
    // Review 43 R43-M1: a security exam in full screen on its institution's host asks about a
    // lock screen and quotes its words or number inside a numbered question; its title names
    // the course ("Cyber Security"), not an identity.
    let exam = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        key_block: 1,
        context_block: 1,
        beforeunload: 1,
        ..Default::default()
    };
    let honest = [
        ("https://quiz.example-polytech.edu/cyber/attempt", "Quiz: Cyber Security Basics - attempt 2", "Cyber Security Basics - final exam. The test is shown in full screen; leaving it is logged. Time remaining: 21:40.\nQuestion 6: While browsing, a window states that your PC has been blocked and that you must phone 1-888-555-0163. What is the safest reaction?"),
        ("https://pruefung.uni-beispielstadt.de/its/3", "Klausur IT-Sicherheit", "Klausur IT-Sicherheit, Sommersemester. Die Klausur läuft im Vollbild.\nAufgabe 4: Ein Fenster meldet „Der Rechner ist jetzt gesperrt. Rufen Sie sofort 0800 555 0164 an.“ Wie reagieren Sie richtig?"),
        ("https://examens.univ-exemple.fr/secu/2", "Examen de sécurité informatique", "Examen de sécurité informatique. L'examen se déroule en plein écran.\nQuestion 2 : une page affiche « Votre ordinateur est bloqué, appelez le 09 55 50 01 65 ». Que faut-il faire ?"),
        ("https://exam.example-u.ac.jp/sec/5", "情報セキュリティ 期末試験", "情報セキュリティ 期末試験。試験は全画面で行います。\n問5 画面に「お使いのコンピューターはロックされました。0120-555-167 に電話してください」と表示された。正しい対応を選べ。"),
    ];
    for (url, title, text) in honest {
        let s = Snapshot {
            behaviour: exam.clone(),
            ..page(url, title, text)
        };
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
    // A kit: the same question off an institution's host, or on one with the lock and the call
    // stated outside a question (before it, or after its question mark).
    let kits = [
        ("https://exam-proctor-help.example/attempt", "Quiz: Cyber Security Basics - attempt 2", "Cyber Security Basics - final exam. The test is shown in full screen; leaving it is logged. Time remaining: 21:40.\nQuestion 6: While browsing, a window states that your PC has been blocked and that you must phone 1-888-555-0163. What is the safest reaction?"),
        ("https://quiz.example-polytech.edu/x", "Quiz: Cyber Security Basics", "Final exam. Your PC is locked now. Call 1-888-555-0169 now to unlock it.\nQuestion 1: Which port does HTTPS use?"),
        ("https://quiz.example-polytech.edu/y", "Quiz: Cyber Security Basics", "Final exam.\nQuestion 1: Which port does HTTPS use? Your PC is locked now. Call 1-888-555-0169 now to unlock it."),
        ("https://pruefung.uni-beispielstadt.de/z", "Klausur IT-Sicherheit", "Klausur IT-Sicherheit.\nAufgabe 1: Was ist Phishing? Ihr Rechner ist jetzt gesperrt. Rufen Sie sofort 0800 555 0170 an."),
    ];
    for (url, title, text) in kits {
        let s = Snapshot {
            behaviour: exam.clone(),
            ..page(url, title, text)
        };
        assert_eq!(level(&s), Level::Scam, "{url} {text}: {:?}", ids(&s));
    }
}

#[test]
fn a_thread_heading_that_quotes_the_screen_reports_it() {
    // Review 43 R43-M2: a forum thread's heading opens with the screen's words in quotes and
    // says what happened to it; the first post quotes the screen's number, a reply calls it a
    // scam.
    let threads = [
        ("https://forum.example-pchelp.org/t/1207", "\"Windows locked - call Microsoft\" page on my laptop - Example PC Help", "\"Windows locked - call Microsoft\" page on my laptop\nmarta_j: The laptop shows \"Your laptop has been locked. Call 1-844-555-0171 immediately.\" Esc does nothing. Is it real?\nmoderator: No, it's a scam. End the browser in Task Manager."),
        ("https://forum.exemple-aide-pc.fr/sujet/88", "« Windows bloqué, appelez Microsoft » sur mon portable", "« Windows bloqué, appelez Microsoft » sur mon portable\nclaire_b : Le portable affiche « Votre ordinateur a été bloqué. Appelez le 09 55 50 01 72 immédiatement. » Échap ne fait rien. C'est vrai ?\nModérateur : Non, c'est une arnaque. Fermez le navigateur avec le gestionnaire des tâches."),
        ("https://forum.beispiel-pc-hilfe.de/thema/77", "„Windows gesperrt – Microsoft anrufen“ auf meinem Laptop", "„Windows gesperrt – Microsoft anrufen“ auf meinem Laptop\nkarl_w: Der Laptop zeigt „Der Laptop ist jetzt gesperrt. Rufen Sie sofort 0800 555 0173 an.“ Esc tut nichts. Ist das echt?\nModerator: Nein, das ist Betrug. Beende den Browser im Task-Manager."),
    ];
    for (url, title, text) in threads {
        let s = page(url, title, text);
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
    // A kit that opens with a quote and states its claim and number outside it.
    let kits = [
        "\"Security alert\"\nThis PC is locked now. Call Microsoft support at 1-844-555-0174 now. Do not close this page.",
        "\"Windows locked - call Microsoft\"\nYour PC is locked because of a virus. Call Microsoft at 1-844-555-0175 immediately.",
    ];
    for text in kits {
        let s = page("https://pc-locked-help.example/", "Windows locked", text);
        assert_eq!(level(&s), Level::Scam, "{text}: {:?}", ids(&s));
    }
}

#[test]
fn a_shops_story_of_what_a_screen_said_is_no_scam() {
    // Review 41 M2: a repair shop tells what a client's screen said ("c'era scritto:", "showed:")
    // in straight quotes, with its own number and no word about scams.
    let stories = [
        ("https://www.officina-pc.example.it/casi/1", "Casi dal banco | Officina PC", "Una cliente ci ha portato il portatile.\nSul display c'era scritto: \"Il suo computer è bloccato. Telefoni subito all'assistenza al numero 800 555 0151\". La cliente ha telefonato e ha permesso l'accesso remoto a uno sconosciuto.\nAbbiamo rimosso il programma e controllato tutto il disco con calma.\nOfficina: 011 555 0152."),
        ("https://www.benchfix.example.com/cases/7", "Case notes | BenchFix", "A client brought in his laptop.\nThe screen showed: \"Your computer is locked. Call technical support now at 1-888-555-0153\". He phoned them and gave a stranger remote access.\nWe took the program off and checked the rest of the disk with him.\nWorkshop: 020 5550 0154."),
    ];
    for (url, title, text) in stories {
        assert_ne!(
            level(&page(url, title, text)),
            Level::Scam,
            "{title}: {:?}",
            ids(&page(url, title, text))
        );
    }
    // The same story on a page that traps (full screen, dialogs in a loop) is a kit's.
    let trapped = Snapshot {
        behaviour: Behaviour {
            fullscreen: 1,
            dialogs: 3,
            ..Default::default()
        },
        ..page(stories[0].0, stories[0].1, stories[0].2)
    };
    assert_eq!(level(&trapped), Level::Scam, "{:?}", ids(&trapped));
    // Kits that borrow the lead-in: a claim stated to the reader, pressure outside the quotes,
    // pressure quoted beside filler.
    for text in [
        "The screen showed: \"Error 0x80070005\". Your computer is locked and infected. Call Microsoft technical support now at 1-888-555-0155.",
        "Your screen showed: \"Your computer is locked. Call technical support now at 1-888-555-0156\". Do not reboot the machine or turn it off.",
        "Windows showed: \"Your computer is locked. Do not restart it or your files will be lost. Call technical support at 1-888-555-0157\". A security notice for this device, served by the support team of this site for all of its visitors.",
    ] {
        let s = page("https://pc-locked-77.example.net/", "Security notice", text);
        assert_eq!(level(&s), Level::Scam, "{text}: {:?}", ids(&s));
    }
}

#[test]
fn a_shops_story_that_ends_with_its_own_line_is_no_scam() {
    // Review 42 HN42-M1: the story of what a client's screen said (past tense, a sentence of the
    // story before it), then the shop asks to be called on its own number, or heads the story
    // with the lock it tells.
    let stories = [
        ("https://www.reparation-dupont.example.fr/blog/3", "Écran bloqué : notre atelier répare", "Un client a déposé sa tour jeudi. Le navigateur affichait : « Votre PC est bloqué. Appelez le support Microsoft au 09 55 50 02 61 ». Il n'a rien payé.\nNous avons fermé le navigateur et vérifié le disque.\nAppelez notre atelier au 01 55 50 02 62, du mardi au samedi."),
        ("https://www.taller-lopez.example.es/casos/2", "Casos del taller", "Una vecina nos trajo su portátil. La pantalla decía: «Su equipo ha sido bloqueado. Llame al soporte de Microsoft al 900 555 026». No pagó nada.\nCerramos el navegador y revisamos el disco.\nLlámenos al 910 555 027, de lunes a viernes."),
        ("https://www.serwis-kowalski.example.pl/blog/4", "Z warsztatu: fałszywa blokada", "Pani Anna przyniosła laptopa. Na ekranie było napisane: „Twój laptop jest teraz zablokowany. Zadzwoń do pomocy Microsoft: 800 555 028”. Nie zapłaciła.\nZamknęliśmy przeglądarkę i sprawdziliśmy dysk.\nZadzwoń do naszego warsztatu: 22 555 02 29, pon.–sob."),
        ("https://www.bytemend.example.co.uk/notes/5", "The blocked laptop that was fine", "A pensioner came in on Monday. The browser had gone full screen and it read: \"This laptop is blocked. Call Microsoft Support on 0800 555 0263\". He rang nobody.\nWe cleared the site's permissions and nothing else was needed.\nIf it happens to you, pop in or call our counter on 0161 555 0264."),
    ];
    for (url, title, text) in stories {
        let s = page(url, title, text);
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
    // Kits: the own line repeats the quoted number, names the brand to call, or presses; a claim
    // about the reader's things outside the quotes; no story before the quote; a locked screen.
    let story = stories[0].2;
    for text in [
        story.replace("01 55 50 02 62", "09 55 50 02 61"),
        // (The same digits with other separators: review 43 HN43-L1.)
        story.replace("01 55 50 02 62", "09.55.50.02.61"),
        story.replace("Appelez notre atelier", "Appelez le support Microsoft"),
        story.replace(
            "Appelez notre atelier",
            "Appelez immédiatement notre atelier",
        ),
        story.replace("Il n'a rien payé.", "Votre poste reste verrouillé."),
        story.replace("Un client a déposé sa tour jeudi. ", ""),
    ] {
        let s = page(stories[0].0, "Atelier", &text);
        assert_eq!(level(&s), Level::Scam, "{text}: {:?}", ids(&s));
    }
    let locked = Snapshot {
        behaviour: Behaviour {
            fullscreen: 1,
            keyboard_lock: 1,
            key_block: 1,
            ..Default::default()
        },
        ..page(stories[0].0, stories[0].1, stories[0].2)
    };
    assert_eq!(level(&locked), Level::Scam, "{:?}", ids(&locked));
}

#[test]
fn a_silent_kit_in_an_unread_script_that_loops_dialogs_is_called() {
    // Review 40 L1: its number only in a dialog in Arabic, no sound: the dialog loop and the
    // flooded history trap as loudly as a siren does.
    let silent = Behaviour {
        fullscreen: 1,
        dialogs: 5,
        beforeunload: 1,
        history: 12,
        ..Default::default()
    };
    let mut s = page(
        "https://tanbih-jihaz.example/",
        "تنبيه أمني",
        "تم إيقاف هذا المتصفح مؤقتا.",
    );
    s.behaviour = silent.clone();
    s.dialog_texts = vec!["جهازك مصاب. للمساعدة اتصل على 1-877-555-0126".into()];
    assert_eq!(level(&s), Level::Scam, "{:?}", ids(&s));
    // A kiosk in Arabic that shows one dialog in silence keeps its reception number; a page in
    // words the lexicon reads needs its sound as before.
    let mut kiosk = page(
        "https://kiosk.example-mathaf.org/",
        "دليل الزوار",
        "أهلا بكم. اختر القاعة. الاستقبال 020 7946 0377",
    );
    kiosk.behaviour = Behaviour {
        fullscreen: 1,
        dialogs: 1,
        ..Default::default()
    };
    assert_ne!(level(&kiosk), Level::Scam, "{:?}", ids(&kiosk));
    let mut quiz = page(
        "https://quiz.example-trivia.com/",
        "Quiz night",
        "Round 3. Pick an answer. Venue 020 7946 0378",
    );
    quiz.behaviour = silent;
    assert!(
        !ids(&quiz).contains(&ReasonId::PhoneCallToAction),
        "{:?}",
        ids(&quiz)
    );
}

/// Forty-second session (R41-H1): the seizure of the reader's goods or account, threatened by a
/// tax office that speaks over the reader's debt with a number and a deadline, is a tax lure's
/// threat as an arrest is (lexicons' `arrest`). The same notice with another verb is not.
#[test]
fn a_seizure_threatened_by_a_tax_office_is_a_lure_in_several_languages() {
    let kits = [
        ("https://hmrc-duty-office.com/ref/2210", "HMRC - Final demand",
         "HM Revenue & Customs\nYour self-assessment balance of £1,482.90 is overdue. Officers will seize your car and furniture today.\nRing the recovery line on 0800 555 0291.",
         "seize your", "review your"),
        ("https://finanzamt-akte-88.com/", "Finanzamt - Letzte Mahnung",
         "Finanzamt\nIhre Steuerschuld von 1.482,90 € ist fällig. Heute erfolgt die Pfändung Ihres Kontos.\nRufen Sie sofort 0800 555 0292 an.",
         "Pfändung", "Prüfung"),
        ("https://dgfip-avis-88.com/", "DGFiP - Dernier avis",
         "Direction générale des Finances publiques\nVotre dette fiscale de 1 482,90 € reste impayée. La saisie sur salaire commence aujourd'hui.\nAppelez immédiatement le 01 99 00 55 93.",
         "saisie sur salaire", "revue du dossier"),
        ("https://aeat-aviso-88.com/", "Agencia Tributaria - Último aviso",
         "Agencia Tributaria\nSu deuda de 1.482,90 € sigue sin pagar. Hoy embargarán su cuenta.\nLlame urgentemente al 900 555 304.",
         "embargarán", "revisarán"),
    ];
    for (url, title, text, threat, other) in kits {
        assert_eq!(level(&page(url, title, text)), Level::Scam, "{url}");
        let calm = text.replace(threat, other);
        assert_ne!(
            level(&page(url, title, &calm)),
            Level::Scam,
            "{url}: {other}"
        );
    }
}

/// Forty-second session (R41-H1): a number after a formal or other call form ("Joignez … au",
/// "Soittakaa … numeroon", "Melden Sie sich unter") is the page's number to call.
#[test]
fn numbers_after_formal_call_forms_are_read() {
    let pages = [
        (
            "https://example-cabinet.fr/",
            "Vous devez 1 200 €. Joignez le service de recouvrement au 01 99 00 55 95 aujourd'hui.",
            "01 99 00 55 95",
        ),
        (
            "https://example-palvelu.fi/",
            "Asiassanne soittakaa numeroon 0800 555 296.",
            "0800 555 296",
        ),
        (
            "https://example-buero.de/",
            "Offener Betrag 1.200 €. Melden Sie sich unter 0800 555 0297 noch heute.",
            "0800 555 0297",
        ),
    ];
    for (url, text, number) in pages {
        let v = analyse(&page(url, "Hinweis", text), &Options::default());
        assert_eq!(v.phones, vec![number.to_string()], "{url}");
    }
}

/// Forty-second session (R41-H1): a court's fine payable in vouchers whose codes go to a clerk by
/// phone ("give us the codes") is a voucher lure; paid by bank card it is a fine with a number
/// (since the forty-third session vouchers for a stated fine are the lure with no word of codes).
/// An overpaid "refund" returned while a remote tool watches the banking app is a refund lure
/// (the banking app opened in the tool's sentence); the tool alone is not.
#[test]
fn voucher_fines_and_overpaid_refunds_through_the_banking_app_are_lures() {
    let fine = "Circuit Court Clerk\nYou missed a summons. The penalty of $780 is payable today in store gift cards.\nCall the clerk at 1-833-555-0298 and give us the codes.";
    let url = "https://juror-fine-desk.com/";
    assert_eq!(
        level(&page(url, "Circuit Court - Missed summons", fine)),
        Level::Scam
    );
    let no_codes = fine
        .replace(" and give us the codes", "")
        .replace("in store gift cards", "by bank card");
    assert_ne!(
        level(&page(url, "Circuit Court - Missed summons", &no_codes)),
        Level::Scam
    );
    let over = "We paid you £2,460.00 instead of £24.60 by mistake.\nInstall AnyDesk, then open your banking app while our agent watches. Call 0800 555 0301.";
    let url = "https://refunds-centre-uk.com/";
    assert_eq!(level(&page(url, "Refund centre", over)), Level::Scam);
    let tool_only = over.replace(", then open your banking app", "");
    assert_ne!(level(&page(url, "Refund centre", &tool_only)), Level::Scam);
    // A bank's help page names its app and says it never uses a remote tool.
    let bank = page(
        "https://www.northgate-bank.example.co.uk/help/app",
        "Banking app help | Northgate Bank",
        "Northgate Bank\nTo see a refund of £24.60, open your banking app and tap Payments. We never use AnyDesk or any remote tool. Questions: 0800 555 0302.",
    );
    assert_ne!(level(&bank), Level::Scam);
    // A shop's balance line asks for the codes of a card the reader holds (its title does not
    // name the shop): a service, not a voucher payment.
    for text in [
        "Gift cards from $20 to $250.\nFor the balance, ring 1-833-555-0377 and read us the codes on the back of your card.",
        "Gift cards worth £15 to £150.\nTo hear what is left on yours (its balance), call 0800 555 0377 and give us the codes.",
    ] {
        let shop = page("https://www.linden-market.example/cards", "Card help", text);
        assert_ne!(level(&shop), Level::Scam, "{text}");
    }
}
#[test]
fn a_lock_on_the_machine_named_without_your_is_a_lock_claim() {
    // Review 41 R41-M1: lock screens that speak of "the computer" or "this computer" with no
    // possessive, as the subject of a passive lock.
    for (title, text) in [
        (
            "Blokada",
            "Komputer został zablokowany przez administratora sieci.",
        ),
        ("Lukitus", "Tämä tietokone on nyt lukittu."),
        ("Blocare", "Calculatorul a fost blocat de administrator."),
        ("Zárolás", "A számítógép zárolva van."),
        ("Blokace", "Počítač byl zablokován správcem sítě."),
    ] {
        let s = page("https://notice.example/", title, text);
        assert!(has(&s, ReasonId::LockClaim), "{text}: {:?}", ids(&s));
    }
}

#[test]
fn a_number_after_a_role_label_is_a_call_on_a_page_that_locks_and_fines() {
    // Review 41 R41-M1: an officer's number after a label, with no call verb, on a page that
    // states a lock to the reader and a fine with its sum; the same lines with no fine leave
    // the number a contact line (the lock more than `CTA_BEFORE` bytes before it).
    let fined = page(
        "https://kontrola-sieci-31.example/",
        "Zawiadomienie",
        "Komputer został zablokowany z powodu udostępniania chronionych plików.\n\
         Nałożono mandat w kwocie 400 zł, płatny w ciągu kilku dni od doręczenia tego \
         zawiadomienia na adres zameldowania.\n\
         Funkcjonariusz sprawy: 22 555 01 86",
    );
    assert!(
        has(&fined, ReasonId::PhoneCallToAction),
        "{:?}",
        ids(&fined)
    );
    let helpdesk = page(
        "https://kontrola-sieci-31.example/",
        "Zawiadomienie",
        "Komputer został zablokowany z powodu udostępniania chronionych plików.\n\
         Odblokowanie nastąpi w ciągu kilku dni roboczych od doręczenia tego zawiadomienia \
         na adres zameldowania.\n\
         Funkcjonariusz sprawy: 22 555 01 86",
    );
    assert!(
        !has(&helpdesk, ReasonId::PhoneCallToAction),
        "{:?}",
        ids(&helpdesk)
    );
}

#[test]
fn a_calm_police_fine_with_an_officers_number_is_scam_without_a_trap() {
    // Review 41 R41-L1: full screen and sound only, or no behaviour at all: the police sign a
    // lock and a fine with its sum, and an officer's number is shown. No other ransom word.
    let mut s = page(
        "https://device-penalty-desk.example/",
        "Police Cyber Unit - device notice",
        "This device has been suspended under the online copyright rules. A penalty of £180 \
         applies, and access returns by itself once it is settled.\nOfficer in charge: 020 7946 0577",
    );
    assert_eq!(level(&s), Level::Scam, "{:?}", ids(&s));
    s.behaviour = Behaviour {
        fullscreen: 1,
        audio_context: 1,
        ..Default::default()
    };
    assert_eq!(level(&s), Level::Scam, "{:?}", ids(&s));
    // A library's blocked account with its fine and its desk names no authority.
    let library = page(
        "https://catalog.examplecitylibrary.org/account",
        "My account | Example City Library",
        "Your library account has been blocked because three items are overdue. A fine of $6.50 \
         is due, and the block ends once it is paid at the desk.\nCirculation desk: 555-0142",
    );
    assert_ne!(level(&library), Level::Scam, "{:?}", ids(&library));
}

#[test]
fn a_fine_paid_by_voucher_on_a_page_that_traps_is_scam() {
    // Review 41 R41-M1 (b04): a fine with its sum payable by a voucher named in its sentence,
    // the code typed into the screen, no lock word, on a page that locks the keyboard.
    let mut s = page(
        "https://netz-aufsicht-77.example/",
        "Bescheid",
        "Landesamt für Netzaufsicht\nGegen dieses Gerät wurde ein Bescheid erlassen. Die Strafe \
         von 120 € ist mit einer Paysafecard zu begleichen. Geben Sie den Code unten ein.",
    );
    assert_ne!(level(&s), Level::Scam, "{:?}", ids(&s));
    s.behaviour = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        dialogs: 3,
        ..Default::default()
    };
    assert_eq!(level(&s), Level::Scam, "{:?}", ids(&s));
    // A game that locks the keyboard and sells credit by voucher states no fine.
    let mut shop = page(
        "https://play.example-arcade.com/",
        "Arcade",
        "Level 4. Buy 500 coins for 5 € with a Paysafecard. Press Enter to continue.",
    );
    shop.behaviour = s.behaviour.clone();
    assert_ne!(level(&shop), Level::Scam, "{:?}", ids(&shop));
}

#[test]
fn a_seizure_over_a_sum_makes_a_number_after_a_role_label_a_call() {
    // Review 42 R42-H1 (forty-third session): a seizure threatened over a sum the reader owes,
    // called off only by phone today, the number signed by a role at the end of the sentence
    // ("... il referente incaricato: ...") or on a line of its own, with no call verb.
    let it = page(
        "https://avvisi-riscossione-88.example/",
        "Avviso",
        "Il mancato versamento di 1.318 \u{20ac} comporta il pignoramento dei suoi beni a partire da \
         domani. Per bloccarlo entro oggi deve parlare con il referente incaricato: 800 555 417",
    );
    assert!(has(&it, ReasonId::PhoneCallToAction), "{:?}", ids(&it));
    // The same notice without the seizure: the role's number is no call.
    let plain = page(
        "https://avvisi-riscossione-88.example/",
        "Avviso",
        "Il mancato versamento di 1.318 \u{20ac} comporta degli interessi a partire da domani. Per \
         chiarimenti entro oggi pu\u{f2} parlare con il referente incaricato: 800 555 417",
    );
    assert!(
        !has(&plain, ReasonId::PhoneCallToAction),
        "{:?}",
        ids(&plain)
    );
    let en = page(
        "https://revenue-notices-21.example/",
        "Notice",
        "Your overdue balance of \u{a3}642.10 has not been paid. Enforcement agents will seize your \
         goods tomorrow unless it is settled today.\nCase handler: 0207 555 0144",
    );
    assert!(has(&en, ReasonId::PhoneCallToAction), "{:?}", ids(&en));
    // A debt charity's advice puts the seizure under the reader's case: no threat, no call.
    let advice = page(
        "https://debt-help-charity.example/bailiffs",
        "Bailiffs at the door?",
        "If bailiffs say they will seize your goods over a debt of \u{a3}400 today, stay calm and \
         ask for proof.\nFree advice line: 0207 555 0145",
    );
    assert!(
        !has(&advice, ReasonId::PhoneCallToAction),
        "{:?}",
        ids(&advice)
    );
}

/// Review 42 R42-M1: the police named as the ones who will act on the reader's own debt ("Din
/// restskatt är … kr … polisen griper dig") are the threat's, not a police note's talk
/// about scams; a police page that warns about the same threat keeps its damping. Also the
/// Czech victim stem `obět*` no longer reads Swedish "obetald" (unpaid) as talk about scams.
/// Invented pages, fictional numbers.
#[test]
fn the_police_named_in_a_debt_threat_are_no_awareness() {
    for (url, title, text) in [
        ("https://skatt-krav.example.net/", "Skatteverket – betalningskrav", "Obetald skatt\nDin skatteskuld är 9 300 kr. Polisen griper dig i kväll.\nRing handläggaren på 020-555 01 64."),
        ("https://podatek-wezwanie.example.net/", "Wezwanie do zapłaty", "Twoja zaległość podatkowa wynosi 3 250 zł. Prokuratura wydała nakaz, a policja zatrzyma Pana dziś wieczorem.\nZadzwoń do inspektora: 800 555 276."),
    ] {
        let s = page(url, title, text);
        assert!(!has(&s, ReasonId::AwarenessContext), "{title}: {:?}", ids(&s));
    }
    for (url, title, text) in [
        ("https://polisen.example.se/bedrageri/skatt", "Falska skattekrav – Polisen", "Bedragare ringer och säger att du är skyldig 9 300 kr i skatt och att polisen kommer att hämta dig.\nPolisen ringer aldrig om skatteskulder. Lägg på och ring polisen på 020-555 01 91."),
        ("https://policja.example.pl/oszustwa", "Oszustwa „na urząd skarbowy” – Policja", "Oszuści piszą, że Twoja zaległość podatkowa wynosi 3 250 zł i że policja przyjedzie.\nPolicja nigdy nie żąda zapłaty przez telefon. To oszustwo, zgłoś je na numer 800 555 276."),
        // (Forty-third session: the sum three sentences from the police and the "you" is no
        // threat; read over the whole page, it was.)
        ("https://www.policja-przyklad.example.pl/rzeczy-znalezione", "Rzeczy znalezione – Policja", "Rzeczy znalezione\nTwój zgubiony portfel mógł trafić na komendę. Policja przechowuje rzeczy przez 2 lata.\nZadzwoń do dyżurnego: 800 555 277.\nBiuro rzeczy znalezionych jest czynne w dni robocze.\nOpłata za przechowanie wynosi 20 zł."),
    ] {
        let s = page(url, title, text);
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
        assert!(has(&s, ReasonId::AwarenessContext), "{title}: {:?}", ids(&s));
    }
}

/// Review 42 R42-M2 / PO42-M1: calm police locks with full screen and sound only. The device's
/// access as the lock's subject (pl cs), a fine in won, đồng or under another name (de
/// "Verwarnungsgeld", vi "phạt") lifted by its payment, and the officer's number after a role
/// label: each is the lock, the fine and the call. Honest twins stay silent: a company's
/// device-locked page, a library kiosk, a parking fine, a police page about such screens.
/// Invented pages, fictional numbers.
#[test]
fn calm_police_locks_with_the_device_as_subject() {
    let light = Behaviour {
        fullscreen: 1,
        audio_context: 1,
        ..Default::default()
    };
    for (url, title, text) in [
        ("https://kgp-blokada.example.net/", "Policja", "Policja – Wydział Cyberprzestępczości\nZablokowaliśmy dostęp do urządzenia na polecenie sądu. Blokada zostanie zniesiona po opłaceniu mandatu w kwocie 400 zł.\nFunkcjonariusz odpowiedzialny: 800 555 183"),
        ("https://policie-zamek.example.net/", "Policie České republiky", "Policie České republiky\nPřístup k zařízení je od dnešního dne zablokován. Po zaplacení pokuty 3 000 Kč bude přístup obnoven.\nOdpovědný policista: 800 555 184"),
        ("https://cyber-police.example.net/", "경찰청 사이버수사국", "경찰청 사이버수사국\n불법 영상 시청으로 귀하의 컴퓨터가 잠겼습니다. 벌금 20만 원을 납부하시면 잠금이 해제됩니다.\n담당 수사관: 02-555-0185"),
        ("https://bka-sperre.example.net/", "Bundeskriminalamt", "Bundeskriminalamt – Cybercrime\nIhr Rechner ist ab sofort gesperrt. Nach Eingang eines Verwarnungsgeldes von 180 € wird die Sperre aufgehoben.\nZuständige Beamtin: 0800 555 0186"),
        ("https://emniyet-kisit.example.net/", "Emniyet Genel Müdürlüğü", "Emniyet Genel Müdürlüğü – Siber Birim\nBilgisayarınıza erişim kısıtlanmıştır. 2.000 TL para cezası ödendikten sonra kısıtlama kaldırılır.\nSorumlu memur: 0850 555 0192"),
        ("https://cong-an-khoa.example.net/", "Bộ Công an", "Bộ Công an\nThiết bị của bạn đã bị khóa vì đã xem nội dung bất hợp pháp. Quyền truy cập sẽ được khôi phục sau khi nộp phạt 1.500.000 đồng.\nCán bộ phụ trách: 1800 555 187"),
    ] {
        let mut s = page(url, title, text);
        s.behaviour = light.clone();
        assert_eq!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
    for (url, title, text) in [
        ("https://it.firma-przyklad.example.pl/urzadzenie", "Urządzenie zablokowane – Dział IT", "Dostęp do urządzenia zablokował administrator, bo nie zainstalowano aktualizacji.\nSkontaktuj się z działem IT: 22 555 01 88."),
        ("https://knihovna.example.cz/kiosek", "Kiosek – Městská knihovna", "Přístup k zařízení je na 15 minut zablokován. Poplatek za upomínku je 30 Kč.\nInformace: 555 010 189"),
        ("https://www.stadt-muster.example.de/parken", "Verwarnungsgeld bezahlen – Stadt Muster", "Sie haben ein Verwarnungsgeld von 25 € für Falschparken erhalten.\nBitte überweisen Sie den Betrag binnen einer Woche. Bußgeldstelle: 0800 555 0190"),
        ("https://www.belediye-ornek.example.tr/otopark", "Otopark cezası ödeme – Örnek Belediyesi", "Aracınız için 450 TL para cezası kesilmiştir. Ödeme yapıldığında kayıt kaldırılır.\nZabıta müdürlüğü: 0850 555 0193"),
        ("https://policie.example.cz/podvody", "Falešná zamykací obrazovka – Policie ČR", "Podvodníci tvrdí, že policie zablokovala přístup k zařízení a požadují pokutu 3 000 Kč.\nPolicie nikdy nezamyká počítače. Nevolejte na uvedené číslo a podvod oznamte."),
    ] {
        let mut s = page(url, title, text);
        s.behaviour = light.clone();
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
}

#[test]
fn a_refund_paid_through_a_remote_session_told_next_to_it_is_scam() {
    // Review 42 R42-H1 (forty-third session): the refund stated to the reader, and in the next
    // sentence a session in words ("an agent will connect to your computer"), no tool named.
    let en = page(
        "https://refund-desk-73.example/",
        "Refund",
        "Your refund of $240 is ready. An agent will connect to your computer to transfer it. \
         Call 1-888-555-0177 and open your online banking.",
    );
    assert_eq!(level(&en), Level::Scam, "{:?}", ids(&en));
    let de = page(
        "https://erstattung-service-73.example/",
        "Erstattung",
        "Ihre Erstattung von 240 € ist bereit. Ein Mitarbeiter wird sich per Fernwartung mit \
         Ihrem PC verbinden. Rufen Sie 0800 555 0177 an.",
    );
    assert_eq!(level(&de), Level::Scam, "{:?}", ids(&de));
    // The same session with no money back to the reader is an IT desk's.
    let desk = page(
        "https://it-desk-73.example/",
        "Support",
        "Your ticket is open. An agent will connect to your computer to install the update. \
         Call 1-888-555-0177 and keep the window open.",
    );
    assert_ne!(level(&desk), Level::Scam, "{:?}", ids(&desk));
    // Under a question, the refund is a vendor's terms, not news.
    let terms = page(
        "https://refund-desk-73.example/",
        "Refund",
        "Can I get a refund of $240? An agent will connect to your computer to check the \
         licence. Call 1-888-555-0177.",
    );
    assert_ne!(level(&terms), Level::Scam, "{:?}", ids(&terms));
    // A shop's refund news, then its promise never to ask for a session (Croatian "nikada …
    // tražiti"): no way of payment.
    let shop = page(
        "https://trgovina-primjer-73.example/povrat",
        "Povrat",
        "Povrat novca od 240 EUR poslan je na va\u{161}u karticu. Nikada vas ne\u{107}emo tra\u{17e}iti \
         daljinski pristup ra\u{10d}unalu. Pitanja? Nazovite 01 555 0177.",
    );
    assert_ne!(level(&shop), Level::Scam, "{:?}", ids(&shop));
}

#[test]
fn vouchers_that_pay_a_stated_fine_are_the_voucher_lure_in_any_words() {
    // Review 42 R42-H1 (forty-third session): the fine and its sum, paid with store cards, then a
    // number; nothing read about the cards' codes.
    for (url, title, text) in [
        (
            "https://verkehr-ausgleich-52.example/",
            "Offener Betrag",
            "Ihr Bu\u{df}geld von 350 \u{20ac} begleichen Sie bis heute mit Guthabenkarten aus dem \
             Supermarkt. Danach rufen Sie 0800 555 0261 an.",
        ),
        (
            "https://fine-settlement-52.example/",
            "Unpaid",
            "Your outstanding fine of $640 is to be settled today with store gift cards. Once \
             bought, call the desk at 1-877-555-0262.",
        ),
    ] {
        let s = page(url, title, text);
        assert_eq!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
    // Honest twins: a shop's gift cards with prices and a number, a balance line, a warning
    // that never asks for them, a court's fine paid by bank card.
    for (url, title, text) in [
        (
            "https://www.kaufhaus-beispiel.example.de/gutscheine",
            "Geschenkkarten",
            "Geschenkkarten von 25 \u{20ac} bis 500 \u{20ac}, heute noch per E-Mail. Fragen zur \
             Bestellung? Rufen Sie 0800 555 0263 an.",
        ),
        (
            "https://www.store-example.example/gift-cards",
            "Gift cards",
            "Check the balance of your $50 gift card today: call 1-877-555-0264.",
        ),
        (
            "https://www.stadt-beispiel.example.de/warnung",
            "Warnung",
            "Wir verlangen niemals, ein Bu\u{df}geld von 200 \u{20ac} mit Guthabenkarten zu bezahlen. \
             Bei Fragen rufen Sie 0800 555 0265 an.",
        ),
        (
            "https://www.county-court-example.example/fines",
            "Pay a fine",
            "Your fine of $120 can be paid today online with a bank card or at the clerk's office. \
             Call 1-877-555-0266.",
        ),
    ] {
        let s = page(url, title, text);
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
}

/// Police43's two readings no other test shows, each on a calm lock (full screen and sound
/// only): a lock that a fine with its sum lifts makes the officer's number after a role label
/// the call, though the fine's sentence is no statement of its own (`fine_lock |=
/// fine_release`); and the Czech device's access as what is locked ("přístup k zařízení").
/// Invented pages, fictional numbers.
#[test]
fn a_lifted_fine_and_the_device_access_are_the_lock_and_the_call() {
    for (url, title, text) in [
        ("https://lka-wache.example.net/", "Bundespolizei", "Bundespolizei – Internetwache\nIhr Laptop wurde blockiert, weil über Ihren Anschluss verbotene Videos aufgerufen wurden. Die Blockade wird nach Eingang eines Verwarnungsgeldes von 160 € aufgehoben.\nErmittelnde Beamtin: 0800 555 0163"),
        ("https://policie-omezeni.example.net/", "Policie ČR", "Policie ČR – Odbor kybernetické kriminality\nPřístup k zařízení byl dočasně omezen kvůli nezákonnému obsahu. Po zaplacení pokuty 2 500 Kč bude přístup obnoven.\nVyšetřující policistka: 800 555 165"),
    ] {
        let mut s = page(url, title, text);
        s.behaviour = Behaviour {
            fullscreen: 1,
            audio_context: 1,
            ..Default::default()
        };
        assert_eq!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
}

/// Review 43 R43-H2 (forty-fourth session): calm police locks that restrict or suspend "the
/// access to the device", bare, with the fine's sum in the local money written as a word
/// ("rubles", "pesos", "forint") and the officer after a role label (a full-width colon in
/// Japanese and Chinese). Full screen and sound only. Honest twins say the same device words
/// under a condition or with a fee and no fine: a school's and a company's device rules, a
/// library kiosk whose session ran out, a police page about such screens. Invented pages,
/// fictional numbers.
#[test]
fn calm_police_locks_that_restrict_the_device_access() {
    let light = Behaviour {
        fullscreen: 1,
        audio_context: 1,
        ..Default::default()
    };
    for (url, title, text) in [
        ("https://ncu-notice.example.net/", "National Cyber Police", "National Cyber Police – Online Harms Desk\nAccess to the computer has been restricted after unlicensed films were shared from this connection. A £300 penalty settles the case.\nCase officer: 0207 555 0311"),
        ("https://kiberpolice-uved.example.net/", "Киберполиция", "Киберполиция МВД\nДоступ к компьютеру ограничен за просмотр запрещённых материалов. Штраф 5 000 рублей снимает ограничение.\nДежурный следователь: 8-800-555-03-12"),
        ("https://policia-aviso.example.net/", "Policía Federal", "Policía Federal – Unidad Cibernética\nEl acceso al equipo ha sido suspendido por orden de la policía. Se cobra una multa de 3.000 pesos para restablecerlo.\nAgente asignado: 800 555 0313"),
        ("https://keisatsu-tsuchi.example.net/", "警察庁", "警察庁 サイバー対策課\n違法な動画の視聴が確認されたため、この端末へのアクセスを制限しました。反則金 25,000円 の納付後に解除します。\n捜査担当：03-5555-0314"),
        ("https://rendor-ertesito.example.net/", "Rendőrség", "Rendőrség – Kiberbűnözés\nA rendőrség korlátozta a hozzáférést ehhez a számítógéphez. A 60 000 forint bírság megfizetése után a korlátozás megszűnik.\nÜgyeletes tiszt: 06 80 555 315"),
        ("https://gongan-tongzhi.example.net/", "公安网监", "公安网监\n经核查，公安机关已限制对该设备的访问。缴纳罚款 1,500 元后恢复。\n值班民警：400-555-0316"),
    ] {
        let mut s = page(url, title, text);
        s.behaviour = light.clone();
        assert_eq!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
    for (url, title, text) in [
        ("https://schools.example.org/devices", "Student laptops – Example Schools", "Access to the device is restricted by the school when it has not been returned by June. A replacement fee of $40 is charged at the office.\nIT help: 1-800-555-0321"),
        ("https://it.example-corp.example/policy", "Laptop rules – Example Corp IT", "Access to the computer is suspended if a compliance check fails. Late returns carry a penalty of $50.\nService desk: 020 555 0322"),
        ("https://knihovna-priklad.example.cz/kiosek", "Kiosek – Městská knihovna", "Přístup k zařízení byl omezen, protože vypršel čas relace. Další hodina stojí 20 Kč u pultu.\nInformace: 555 010 323"),
        ("https://mvd.example.ru/preduprezhdenie", "Осторожно: мошенники – МВД", "Мошенники пишут, что доступ к устройству ограничен и нужно заплатить штраф 3 000 рублей.\nСотрудники МВД не отключают ничьи устройства. Не звоните по указанному номеру и сообщите о мошенничестве."),
    ] {
        let mut s = page(url, title, text);
        s.behaviour = light.clone();
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
        // The device's access named bare is nobody's lock where no fine is stated.
        if !text.contains("штраф") {
            assert!(!has(&s, ReasonId::LockClaim), "{title}: {:?}", ids(&s));
        }
    }
}

/// Review 43 R43-H1 (forty-fourth session): a seizure or an arrest threatened over a sum, whoever
/// speaks (a collection firm, an "enforcement officer"), called off by the call in the number's
/// own sentence, is the lure without an authority as the speaker and without a deadline word.
/// Honest twins: a lawyer who offers a consultation, a court that stops the seizure on payment
/// through its own channels, advice under a condition, a halt that is denied. Invented pages,
/// fictional numbers.
#[test]
fn a_threat_over_a_sum_called_off_by_the_call_is_the_debt_lure_whoever_speaks() {
    for (url, title, text) in [
        ("https://recovery-unit-77.example/", "Final demand", "Account 5521\nYour unpaid balance of $1,960.40 is overdue. Field agents will seize your vehicle on Monday. To stop the seizure, speak with case manager Ortiz on 1-877-555-0163."),
        ("https://forderung-buero.example/", "Letzte Mahnung", "Offener Betrag: 2.480,15 \u{20ac}.\nDer Gerichtsvollzieher wird am Donnerstag die Pf\u{e4}ndung Ihres Fahrzeugs durchf\u{fc}hren. Um die Vollstreckung abzuwenden, erreichen Sie Ihren Sachbearbeiter unter 0800 555 0172."),
        ("https://cobros-central.example/", "Aviso", "Su saldo pendiente de 1.115,30 \u{20ac} no ha sido abonado. Su orden de detenci\u{f3}n est\u{e1} firmada. Para evitar la ejecuci\u{f3}n, su gestor le atiende en el 900 555 174."),
        ("https://egzekucja-biuro.example/", "Wezwanie", "Zaleg\u{142}o\u{15b}\u{107} 4 120,00 z\u{142} nie zosta\u{142}a sp\u{142}acona. Komornik zajmie Pana wynagrodzenie w przysz\u{142}ym tygodniu. Post\u{119}powanie mo\u{17c}e wstrzyma\u{107} tylko opiekun sprawy:\n800 555 175"),
    ] {
        let s = page(url, title, text);
        assert_eq!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
    for (url, title, text) in [
        // A lawyer's page: the threat under the reader's case, a consultation offered.
        ("https://example-tax-law.example/levies", "Wage levies | Example Tax Law", "If you owe more than $5,000, the tax office may seize your wages. To stop a levy, you need a payment plan. Call our attorneys for a free consultation: 1-800-555-0176."),
        // A law firm that offers the stop in the number's sentence: its author speaks there.
        ("https://example-taxlaw.example/garnish", "Wage garnishment | Example Tax Law", "The tax office will seize your wages over a debt of $3,000 or more. To stop the seizure, call our attorneys today at 1-800-555-0199 for a free consultation."),
        // A court: the seizure stopped on payment through its own channels; the number is for questions.
        ("https://county-court.example/enforcement", "Enforcement | County Court", "The bailiff will seize goods from a debtor who owes $700 after judgment. To stop the enforcement, pay online or apply to the court for a stay. Questions: 1-800-555-0177."),
        // The halt denied: calling cannot stop it.
        ("https://city-treasury.example/collections", "Collections | City Treasury", "Unpaid property tax of $1,200 leads to a seizure of your account. No phone call can stop the seizure once ordered; pay at any branch. Treasury desk: 1-800-555-0178."),
        // A German debt advice charity: the threat under a condition.
        ("https://schuldnerberatung.example/pfaendung", "Pf\u{e4}ndung droht? | Schuldnerberatung", "Wenn der Gerichtsvollzieher wegen 900 \u{20ac} Ihr Konto pf\u{e4}nden will, um die Pf\u{e4}ndung abzuwenden, rufen Sie unsere kostenlose Beratung an: 0800 555 0179."),
    ] {
        let s = page(url, title, text);
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
}

/// Review 44 L44-H1 (forty-fourth session): a debt adviser's page in the third person tells
/// what a creditor can do and names the seizure its halt stops ("to stop the seizure, a
/// volunteer can help"): no threat told, no call-off. Lures that tell the act keep it (the test
/// above). Invented pages, fictional numbers.
#[test]
fn a_debt_advisers_halt_is_no_call_off() {
    for (url, title, text) in [
        ("https://tenant-help.example/deposits", "Seizure of deposits | Tenant Help", "A landlord holding a judgment of $1,800 can seize your deposit and your car. To stop the seizure, a volunteer adviser answers at 1-800-555-0261."),
        ("https://budget-hilfe.example/konto", "Kontopf\u{e4}ndung | Budgethilfe", "Bei offenen 1.150 \u{20ac} kann ein Gl\u{e4}ubiger Ihr Konto pf\u{e4}nden lassen. Um die Pf\u{e4}ndung abzuwenden, ber\u{e4}t die Budgethilfe der Stadt unter 0800 555 0262."),
        // The heading runs into the text: the sum and the modal are in the next sentence.
        ("https://aide-budget.example.fr/saisie", "Saisie sur salaire | Aide budget", "Saisie sur salaire\nPour un impay\u{e9} de 2 300 \u{20ac}, un commissaire de justice peut saisir une part de votre salaire.\nPour suspendre la saisie, une conseill\u{e8}re vous r\u{e9}pond gratuitement au 0 800 55 52 64."),
        ("https://aide-dettes.example/saisie", "Saisie | Aide dettes", "Saisie du compte\nPour 980 \u{20ac} de dettes, un huissier peut saisir vos meubles. Pour suspendre la saisie, une conseill\u{e8}re r\u{e9}pond au 0 800 555 263."),
    ] {
        let s = page(url, title, text);
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
}

/// Review 43 LU43-M1 (forty-fourth session): vouchers that pay a debt threatened with a seizure
/// or an arrest (a tax debt, a bond), the sum in their sentence or the one before, are the
/// voucher lure with no fine named and no "read the codes" phrase; the number in their sentence
/// or the next is the call. Honest twins: an office that refuses vouchers, a shop's gift cards on
/// a page with no threat. Invented pages, fictional numbers.
#[test]
fn vouchers_that_pay_a_threatened_debt_are_the_voucher_lure() {
    for (url, title, text) in [
        ("https://steuer-rueckstand.example/", "Rückstand", "Ihr Steuerrückstand von 1.260 \u{20ac} führt morgen zur Lohnpfändung. Die Begleichung ist heute auch mit Guthabenkarten aus dem Supermarkt möglich. Die Kartennummern nimmt Herr Vogt unter 0800 555 0191 entgegen."),
        ("https://warrant-office-12.example/", "Notice", "A debt of $2,400 is overdue and a bench warrant is on file for your arrest. The balance is accepted today in gift cards from any pharmacy. Officer Reyes records the card numbers at 1-833-555-0192."),
    ] {
        let s = page(url, title, text);
        assert_eq!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
    for (url, title, text) in [
        ("https://stadtkasse.example/mahnung", "Mahnung | Stadtkasse", "Bei einem Rückstand von 300 \u{20ac} droht die Kontopfändung. Wir nehmen keine Gutscheinkarten an; bitte überweisen Sie den Betrag. Stadtkasse: 0800 555 0193."),
        ("https://giftshop.example/cards", "Gift cards | Example Store", "Gift cards from $25 to $500, delivered today. Questions about your order: 1-800-555-0194."),
    ] {
        let s = page(url, title, text);
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
}

/// Review 43 R43-H1 (forty-fourth session): an officer signs with a name, an initial or a file
/// reference before the colon ("Sachbearbeiter Lenz (Az. 4471/26):", "Case officer (ref.
/// 30-207):", "Officer D. Marsh, badge 5512:"): the label is still a label, its number the call.
/// Invented pages, fictional numbers.
#[test]
fn role_labels_with_a_name_or_a_reference_before_the_colon_are_labels() {
    let fs = Behaviour {
        fullscreen: 1,
        audio_context: 1,
        ..Default::default()
    };
    let mut de = page(
        "https://geraete-bescheid-41.example/",
        "Bundespolizei - Gerätesperre",
        "Ihr Computer wurde wegen unerlaubter Downloads gesperrt. Ein Bußgeld von 250 € ist \
         festgesetzt; nach Zahlung wird die Sperre aufgehoben.\nSachbearbeiter Lenz (Az. \
         4471/26): 0800 555 0162",
    );
    de.behaviour = fs.clone();
    assert_eq!(level(&de), Level::Scam, "{:?}", ids(&de));
    let en = page(
        "https://final-tax-notice-7.example/",
        "Police Financial Crimes Unit - final notice",
        "Your unpaid tax of $3,870 is past due and a warrant for your arrest will be issued \
         today.\nCase officer (ref. 30-207): 1-877-555-0163",
    );
    assert_eq!(level(&en), Level::Scam, "{:?}", ids(&en));
    let mut initial = page(
        "https://device-notice-unit.example/",
        "Police Cyber Unit - device notice",
        "Access to this computer has been suspended for sharing protected files. A penalty of \
         £290 applies and the access returns once it is settled.\nOfficer D. Marsh, badge 5512: \
         020 7946 0561",
    );
    initial.behaviour = fs.clone();
    assert!(
        has(&initial, ReasonId::PhoneCallToAction),
        "{:?}",
        ids(&initial)
    );
}

/// Review 43 R43-H1 and LU43-M1 (forty-fourth session): a seizure threatened over a sum in
/// Spanish ("se embargará": the reflexive "se", not the Italian "if") and in Japanese (差押え,
/// stopped by the call: 中止するには), a bond's sum in the sentence after the warrant, paid in
/// vouchers, and a police fine paid "in vouchers" whose code goes into a field (ko, vi). Honest
/// twins: a bail bonds firm, a court's bail page, a tax office and a bailiff in es, ja and uk,
/// a law firm, an office that refuses vouchers. Invented pages, fictional numbers.
#[test]
fn debt_threats_in_more_shapes_and_vouchers_for_bonds_and_fines() {
    for (url, title, text) in [
        ("https://recobro-expediente.example/", "Expediente 2291", "Hoy vence el plazo de su deuda de 880,40 \u{20ac}.\nEsta tarde se embargar\u{e1} su sueldo. Su gestora es la \u{fa}nica que puede suspender el embargo: 900 555 164."),
        ("https://zeimu-renraku.example/", "お知らせ", "住民税 96,400円 が未納のため、明後日に給与と預金の差押えを執行します。差押えを中止するには、本日17時までに担当者（03-5555-0165）へお電話ください。"),
        ("https://warrant-clerk-desk.example/", "Warrant notice", "A warrant for your arrest was signed this morning over unpaid court costs. Bail of $1,200 keeps you out of jail.\nThe clerk accepts bail today in Apple or Target gift cards. Read the card numbers to Deputy Ross at 1-866-555-0166."),
    ] {
        let s = page(url, title, text);
        assert_eq!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
    let mut ko = page(
        "https://police-notice-kr.example/",
        "경찰청 과태료 안내",
        "불법 파일 유포 건으로 과태료 450,000원이 부과되었으며, 이 과태료는 상품권으로 \
         납부하신 뒤 PIN을 아래 칸에 적어 주셔야 합니다.",
    );
    ko.alt_texts = vec!["PIN".into()];
    ko.behaviour = Behaviour {
        fullscreen: 1,
        keyboard_lock: 1,
        beforeunload: 1,
        ..Default::default()
    };
    assert_eq!(level(&ko), Level::Scam, "{:?}", ids(&ko));
    let mut vi = page(
        "https://congan-phat-mang.example/",
        "Thông báo xử phạt",
        "Máy tính này bị khóa theo lệnh của Công an vì lưu trữ phần mềm lậu. Khoản phạt 1.500.000 \
         đồng phải nộp bằng thẻ cào; điền mã thẻ vào ô dưới đây để dùng lại máy.",
    );
    vi.behaviour = Behaviour {
        fullscreen: 1,
        audio_context: 1,
        ..Default::default()
    };
    assert_eq!(level(&vi), Level::Scam, "{:?}", ids(&vi));
    for (url, title, text) in [
        ("https://www.examplebailbonds.com/", "Bail Bonds | Example Bail Co", "If a judge sets bail at $5,000 after an arrest, we can post a bond for a 10% fee. We accept cash, cards and bank transfer; we never take gift cards. Call our office day or night: 1-800-555-0180."),
        ("https://www.examplecountycourt.org/bail", "Bail information | Example County Court", "When a warrant for arrest is issued after a missed court date, bail may be set, for example at $1,500. Bail is paid at the clerk's window by cash, cashier's check or card. Gift cards are never accepted.\nClerk's office: 1-800-555-0181"),
        ("https://www.agencia-tributos-ejemplo.es/embargos", "Embargos | Agencia de Tributos", "Si no paga una deuda de 600 \u{20ac}, se embargar\u{e1} su cuenta. Para paralizar el embargo, pague en la sede electr\u{f3}nica. Consultas: 900 555 186."),
        ("https://www.abogados-ejemplo.es/embargo-nomina", "Embargo de n\u{f3}mina | Abogados Ejemplo", "Si Hacienda le embarga la n\u{f3}mina por una deuda de 3.000 \u{20ac}, podemos ayudarle. Para paralizar el embargo, llame a nuestro despacho: 900 555 187."),
        ("https://www.city-example.jp/zei/sashiosae", "市税の滞納と差押え | 例市", "滞納が続くと、財産の差押えを行います。滞納額 50,000円 以上の方は、お早めに納税課へご相談ください。差押えの執行を停止するには、法律で定める要件が必要です。\n納税課 03-5555-0185"),
        ("https://www.example-shikkoukan.jp/", "執行官室のご案内", "債務 300,000円 の強制執行として、執行官が動産の差押えを行う場合があります。執行の停止を求めるには、裁判所へ申立てが必要です。\n執行官室 03-5555-0194"),
        ("https://vykonavets-ivanenko.example.ua/", "Приватний виконавець", "Якщо борг понад 10 000 гривень не сплачено, виконавець може накласти арешт на майно. Щоб зупинити виконавче провадження, сплатіть борг на рахунок виконавця. Приймальня: 0 800 555 184."),
        ("https://www.example-gu.go.kr/tax", "과태료 납부 안내 | 예시구청", "과태료 50,000원은 가상계좌 또는 카드로 납부하세요. 상품권으로 납부할 수 없습니다. 문의: 02-555-0191"),
    ] {
        let s = page(url, title, text);
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
}

/// Review 43 (forty-fourth session, brands44): calm police locks in the forms the lexicons
/// lacked: Thai, whose words run together, whose sentences end with a space and whose role
/// label is long in bytes (three per letter); Swiss German,
/// which writes the fine without ß ("Busse") in francs; Brazilian Portuguese ("acesso ao
/// aparelho", "desbloqueio", "será liberado", reais); Turkish, where "emniyet" signs the lock
/// as its agent and the device is "opened for use" again. Honest twins say the same words with
/// no authority that locks and no fine: a Thai bank's maintenance notice, a Swiss shop's
/// support page, a Brazilian ISP's help page about unpaid bills, a Turkish police page about
/// such screens. Full screen and sound only. Invented pages, fictional numbers.
#[test]
fn calm_police_locks_in_thai_swiss_german_brazilian_portuguese_and_turkish() {
    let light = Behaviour {
        fullscreen: 1,
        audio_context: 1,
        ..Default::default()
    };
    for (url, title, text) in [
        ("https://tcsd-notice.example.net/", "ตำรวจไซเบอร์", "ศูนย์ปราบปรามอาชญากรรมทางไซเบอร์\nการเข้าถึงคอมพิวเตอร์ถูกระงับโดยตำรวจ เนื่องจากมีการดาวน์โหลดเนื้อหาผิดกฎหมาย ชำระค่าปรับ 3,500บาท แล้วการเข้าถึงจะกลับมาภายในหนึ่งชั่วโมง\nพนักงานสอบสวนผู้รับผิดชอบคดี: 02 555 0441"),
        ("https://kapo-sperre.example.net/", "Kantonspolizei", "Kantonspolizei – Abteilung Digitale Delikte\nIhr Laptop wurde von der Polizei gesperrt, weil verbotene Inhalte heruntergeladen wurden. Nach Zahlung einer Busse von 450 Franken wird der Laptop wieder freigegeben.\nSachbearbeiterin: 0800 555 442"),
        ("https://pc-aviso.example.net/", "Polícia Civil", "Polícia Civil – Delegacia de Crimes Digitais\nO acesso ao aparelho foi bloqueado pela polícia por conteúdo ilegal. Após o pagamento da multa de R$ 1.200 o acesso será liberado.\nDelegado responsável: 0800 555 0443"),
        ("https://egm-bildirim.example.net/", "Siber Birim", "Siber Birim\nBilgisayarınız emniyet tarafından engellendi. 3.000 TL para cezası ödendikten sonra bilgisayarınız tekrar kullanıma açılacak.\nSorumlu memur: 0850 555 04 44"),
    ] {
        let mut s = page(url, title, text);
        s.behaviour = light.clone();
        assert_eq!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
    for (url, title, text) in [
        ("https://www.bank-example.example.co.th/notice", "ประกาศ – ธนาคารตัวอย่าง", "ธนาคารตัวอย่าง\nการเข้าถึงแอปพลิเคชันจะถูกระงับชั่วคราวในคืนวันเสาร์เพื่อปรับปรุงระบบ หลังจากนั้นการเข้าถึงจะกลับมาตามปกติ ไม่มีค่าธรรมเนียม 0 บาท\nศูนย์บริการลูกค้า: 02 555 0451"),
        ("https://www.shop-beispiel.example.ch/hilfe", "Hilfe – Beispiel Shop", "Beispiel Shop Kundendienst\nIhr Kundenkonto wurde nach drei Fehlversuchen gesperrt. Es wird nach Ihrem Anruf wieder freigegeben. Für verspätete Rücksendungen erheben wir keine Busse von 20 Franken mehr.\nKundendienst: 0800 555 452"),
        ("https://ajuda.provedor-exemplo.example.com.br/bloqueio", "Ajuda – Provedor Exemplo", "Provedor Exemplo – Central de ajuda\nO acesso ao serviço é bloqueado quando a fatura vence há 15 dias. O desbloqueio ocorre após o pagamento da fatura de R$ 99,90 e da multa por atraso.\nCentral: 0800 555 0453"),
        ("https://www.egm-ornek.example.gov.tr/uyari", "Dolandırıcılık uyarısı – Emniyet", "Emniyet Genel Müdürlüğü\nDolandırıcılar, bilgisayarınızın emniyet tarafından kilitlendiğini ve 3.000 TL para cezası ödenince tekrar kullanıma açılacağını yazan sahte ekranlar gösteriyor. Emniyet hiçbir cihazı kilitlemez, ceza istemez.\nİhbar: 155"),
    ] {
        let mut s = page(url, title, text);
        s.behaviour = light.clone();
        assert_ne!(level(&s), Level::Scam, "{title}: {:?}", ids(&s));
    }
}

/// Review 45 M7: a lost card the page denies ("If you have not lost your card, call …") is no
/// cause the reader gave for the block: the lock stays a claim, while the bank's own "Lost your
/// card? … your card will be blocked" stays a routine lockout.
#[test]
fn denied_lost_card_is_no_routine_lockout() {
    for (url, text) in [
        (
            "https://card-guard-0150.web.app/",
            "Your card has been blocked after a payment of $640.00 in another country. If you have not lost your card, call the security line now: 1-555-010-0150.",
        ),
        (
            "https://tarjeta-aviso-0151.com/",
            "Su tarjeta ha sido bloqueada tras un cargo de 640,00 € en el extranjero. Si no ha perdido su tarjeta, llame ahora al 900 555 0151.",
        ),
        (
            "https://card-anjeon-0152.com/",
            "고객님의 카드가 해외 결제로 정지되었습니다. 카드 분실이 아니라면 지금 즉시 전화하세요: 080-555-0152",
        ),
    ] {
        let s = page(url, "Card blocked", text);
        assert!(has(&s, ReasonId::LockClaim), "{url}: {:#?}", ids(&s));
    }
    let honest = page(
        "https://www.bank.example/help/lost-card",
        "Lost or stolen card",
        "Lost your card? Call us on 0800 555 0153, 24 hours a day. Your card will be blocked at once and a new one sent.",
    );
    assert!(!has(&honest, ReasonId::LockClaim), "{:#?}", ids(&honest));
    assert_eq!(level(&honest), Level::Safe);
}

/// banks46 (review 45 M7): the reader's own cause of a stated lock denied next to a call ("If you
/// have NOT lost your card, call …", "Bent u uw pas niet kwijt? Bel …") is the kit's compromise:
/// someone else used the card. Advice that names the loss under a condition, or denies it with no
/// lock stated, claims nothing.
#[test]
fn disowned_lock_is_a_compromise() {
    for (url, text) in [
        (
            "https://card-check-0160.web.app/",
            "Your card has been blocked after a payment of $910.00 abroad. If you have not lost your card, call the security line: 1-555-010-0160.",
        ),
        (
            "https://pas-check-0161.nl.eu.org/",
            "Uw pas is geblokkeerd na een betaling van € 910,00 in het buitenland. Bent u uw pas niet kwijt? Bel de beveiligingsafdeling: 020 555 0161.",
        ),
    ] {
        let s = page(url, "Card blocked", text);
        assert!(has(&s, ReasonId::AccountClaim), "{url}: {:#?}", ids(&s));
        assert_ne!(level(&s), Level::Safe, "{url}");
    }
    for (url, text) in [
        (
            "https://www.consumer-advice.example/cards",
            "If you have not lost your card but you see a payment you do not recognise, call your bank. It may block the card while it checks the payment: 0800 555 0162.",
        ),
        (
            "https://www.bank.example/help/lost-card",
            "Lost your card? Call us on 0800 555 0163, 24 hours a day. Your card will be blocked at once.",
        ),
        (
            "https://www.bank.example.nl/help/pas-kwijt",
            "Bent u uw pas kwijt? Bel meteen 020 555 0164, dag en nacht. Uw pas wordt direct geblokkeerd.",
        ),
    ] {
        let s = page(url, "Cards", text);
        assert!(!has(&s, ReasonId::AccountClaim), "{url}: {:#?}", ids(&s));
        assert_eq!(level(&s), Level::Safe, "{url}");
    }
}

/// Review 45 H1: a screen locked for or during an exam states the exam's own rule, even beside
/// a proctor's line and "do not turn off the computer"; a device locked, or a brand's lock, stays
/// a claim.
#[test]
fn exam_lock_is_the_exams_rule() {
    for (url, text) in [
        (
            "https://pruefung.fh-example.de/sitzung/5520",
            "Ihr Bildschirm ist für die Dauer der Prüfung gesperrt. Bei Problemen rufen Sie 0221 555 0180 an. Schalten Sie den Computer nicht aus.",
        ),
        (
            "https://toets.hs-example.nl/sessie/5520",
            "Uw scherm is vergrendeld tijdens het tentamen. Zet uw computer niet uit. Problemen? Bel 020 555 0181.",
        ),
        (
            "https://exames.uni-example.pt/sessao/5520",
            "O seu ecrã está bloqueado durante o exame. Não desligue o computador. Problemas: ligue para 21 555 0182.",
        ),
    ] {
        let s = page(url, "Online exam", text);
        assert!(!has(&s, ReasonId::LockClaim), "{url}: {:#?}", ids(&s));
        assert_ne!(level(&s), Level::Scam, "{url}");
    }
    for (url, text) in [
        (
            "https://pc-gesperrt-0183.de.com/",
            "Ihr Computer ist für die Dauer der Prüfung gesperrt. Rufen Sie 0800 555 0183 an. Schalten Sie den Computer nicht aus.",
        ),
        (
            "https://exam-lock-0184.web.app/",
            "Microsoft Windows: your screen is locked during the exam of your licence. Call Microsoft Support at 1-555-010-0184 now. Do not turn off your computer.",
        ),
    ] {
        let s = page(url, "Locked", text);
        assert!(has(&s, ReasonId::LockClaim), "{url}: {:#?}", ids(&s));
    }
}

/// Forty-sixth session (honest48): an English exam's lock ends its sentence with " exam." and a
/// heading with no stop runs into it ("Secure exam browser Your screen is locked …": the exam's
/// browser, not the reader's device); German "solange", Russian "до конца" and the screen in
/// ja/ru are read too. A lock of the reader's computer or browser stays a claim.
#[test]
fn exam_lock_in_english_and_in_more_words() {
    for (url, title, text) in [
        (
            "https://lockdown.exam-example.org/start",
            "Secure exam browser",
            "Secure exam browser\nYour screen is locked for the duration of the exam. You cannot open other windows.\n",
        ),
        (
            "https://pruefung.uni-example.de/start",
            "Prüfung",
            "Ihr Bildschirm ist gesperrt, solange die Prüfung läuft.\n",
        ),
        (
            "https://exam.univ-example.ac.jp/start",
            "オンライン試験",
            "試験中は画面がロックされます。\n",
        ),
        (
            "https://ekzamen.univer-example.ru/start",
            "Онлайн-экзамен",
            "Экран заблокирован до конца экзамена.\n",
        ),
    ] {
        let s = page(url, title, text);
        assert!(!has(&s, ReasonId::LockClaim), "{url}: {:#?}", ids(&s));
    }
    for (url, text) in [
        (
            "https://exam-lock-0191.pages.dev/",
            "Secure exam browser\nYour computer is locked for the duration of the exam. Call 1-888-555-0191.\n",
        ),
        (
            "https://exam-lock-0192.pages.dev/",
            "Secure exam\nYour browser is locked until the exam ends. Call 1-888-555-0192.\n",
        ),
    ] {
        let s = page(url, "Secure exam browser", text);
        assert!(has(&s, ReasonId::LockClaim), "{url}: {:#?}", ids(&s));
    }
}

/// Forty-sixth session (honest48, review 45 R45-H7): a list of three or more symptoms right after
/// a question, naming no reader's thing, on a page with no threat, is a repair shop's: no
/// infection or lock claim. A kit's list that names the reader's thing, or stands beside "do
/// not close", keeps its claims.
#[test]
fn a_symptom_list_after_a_question_is_no_claim() {
    for (url, text) in [
        (
            "https://www.pc-kakekomi-example.jp/",
            "お使いのパソコンについて、こんな症状はありませんか？ウイルスに感染した、画面がロックされた、警告音が鳴り止まない。\nすぐにお電話ください：03-5550-0158。\n",
        ),
        (
            "https://www.diannao-xiuli-example.cn/",
            "您的电脑是否有以下症状？感染病毒、屏幕被锁定、弹出假警告、无法开机。\n请立即致电：010-5550-0131。\n",
        ),
        (
            "https://www.fixitfast-pc.example/",
            "Does your laptop show any of these signs? Infected with a virus, screen locked by a pop-up, random restarts.\nCall us today: (555) 555-0131.\n",
        ),
    ] {
        let s = page(url, "PC repair", text);
        // (Two infection words with no "your" may still count as vocabulary, not addressed.)
        let v = analyse(&s, &Options::default());
        assert!(
            !v.reasons
                .iter()
                .any(|r| r.id == ReasonId::InfectionClaim && r.addressed),
            "{url}: {:#?}",
            ids(&s)
        );
        assert!(!has(&s, ReasonId::LockClaim), "{url}: {:#?}", ids(&s));
        assert_eq!(v.level, Level::Safe, "{url}");
    }
    for (url, text) in [
        (
            "https://pc-hogo-0193.pages.dev/",
            "お使いのパソコンは安全ですか？ウイルスに感染、画面がロック、個人情報が流出しています。\n今すぐお電話ください：0120-555-013。このウィンドウを閉じないでください。\n",
        ),
        (
            "https://pc-check-0194.pages.dev/",
            "Is your computer protected? Your computer is infected, your screen is locked, your data is at risk.\nCall now: 1-888-555-0194.\n",
        ),
    ] {
        let s = page(url, "Security alert", text);
        assert!(has(&s, ReasonId::InfectionClaim), "{url}: {:#?}", ids(&s));
        assert_eq!(level(&s), Level::Scam, "{url}");
    }
}

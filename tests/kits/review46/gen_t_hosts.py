"""Targeted probes (written after reading brands.txt, not blind): lures on a brand's name under a generic
top-level domain anyone can register (microsoft.support, paypal.help, amazon.support, apple.tech,
norton.online, google.help). brands.txt lists `microsoft.*`, `paypal.*`, … as the brand's own."""
from kit import P

F = 't-hosts'
P('en_s_th_mssupport', 'scam', 'https://microsoft.support/', F, 'en', 'Windows Defender - Security Warning',
  '''Windows Defender Security Center
This computer is locked until a technician checks it. A Trojan spy program was found on it.
Your passwords and banking information are at risk. Do not close this window or restart your computer.
Call Microsoft Support now: +1-866-555-0176 (toll free)''', beh='fullscreen,key_block')
P('en_s_th_paypalhelp', 'scam', 'https://paypal.help/', F, 'en', 'PayPal: Payment Sent',
  '''You sent a payment of $749.00 USD to Crypto Exchange LLC.
If you did not authorize this payment, call the PayPal Billing Department at 1-808-555-0132 within 24 hours to cancel it and get a refund.''')
P('en_s_th_amazonsupport', 'scam', 'https://amazon.support/', F, 'en', 'Amazon Security',
  '''Your Amazon account was accessed from a new device in another country and a purchase of $1,299.00 was made.
Your account has been locked. Call Amazon Security now at 1-888-555-0191 to cancel the order and unlock your account.''')
P('de_s_th_appletech', 'scam', 'https://apple.tech/', F, 'de', 'Apple-ID gesperrt',
  '''Ihre Apple-ID wurde gesperrt. Auf Ihrem iPhone wurden verdächtige Käufe festgestellt.
Schalten Sie das Gerät nicht aus. Rufen Sie sofort den Apple Support an: 0800 555 0118''', beh='fullscreen')
P('fr_s_th_nortononline', 'scam', 'https://norton.online/', F, 'fr', 'Renouvellement Norton',
  '''Votre abonnement Norton 360 a été renouvelé : 399,99 € débités.
Pour annuler et être remboursé, appelez immédiatement le service facturation au 01 86 55 01 09.''')
P('en_s_th_googlehelp', 'scam', 'https://google.help/', F, 'en', 'Google Account Suspended',
  '''Your Google account has been suspended because of unusual activity. All Gmail, Photos and Drive data will be deleted in 24 hours.
Call a Google Account Specialist now: +1 (866) 555-0145.''')
# the same hosts, a lure that names no brand (honest48 reads a brand's listed domain naming no brand as the brand's own)
P('en_s_th_nobrand_mshelp', 'scam', 'https://microsoft.help/', F, 'en', 'Security Warning',
  '''Your computer has been locked. A Trojan virus was detected and your passwords are at risk.
Do not restart your computer. Call technical support immediately: 1-888-555-0177''')
P('de_s_th_nobrand_paypal', 'scam', 'https://paypal.support/', F, 'de', 'Konto gesperrt',
  '''Ihr Konto wurde wegen verdächtiger Aktivitäten vorübergehend gesperrt. Eine Zahlung über 849,00 € wurde angehalten.
Rufen Sie sofort unsere Sicherheitsabteilung an, um die Zahlung zu stoppen: 0800 555 0178''')

"""Targeted probes for screens46 (a full-screen page showing an error code and a number, with a claim and
pressure or nothing else to read: a brandless error screen; the old STOP screen's sentences): honest
full-screen pages that show an error code and a number (kiosks, ticket machines, a TV app, a training slide),
and brandless screens without a code."""
from kit import P

F, H = 't-screens46', 'h-t-screens46'
# ---- honest (all in full screen)
P('en_h_ts_kiosk', 'honest', 'https://kiosk.cityairport.example/checkin/error', H, 'en', 'Check-in',
  '''Error 0x80070005: boarding pass printer unavailable.
Please call a staff member: 555-0187.''', beh='fullscreen')
P('de_h_ts_ticket', 'honest', 'https://automat.verkehrsverbund-beispiel.example/terminal/17', H, 'de', 'Fahrkartenautomat',
  '''Störung 0x3F: Kartenleser nicht bereit.
Service-Hotline: 0800 555 0188''', beh='fullscreen')
P('fr_h_ts_tvapp', 'honest', 'https://tv.operateur-exemple.example/player', H, 'fr', 'TV en direct',
  '''Erreur 0x1F4 : la chaîne est momentanément indisponible.
Si le problème persiste, contactez l'assistance au 09 55 55 01 89.''', beh='fullscreen')
P('en_h_ts_training', 'honest', 'https://training.acme-corp.example/security-awareness/slide-7', H, 'en', 'Security awareness training - slide 7',
  '''Spot the fake: this screen is a scam.
"Error 0x80072ee7. Your computer has been locked. Do not restart. Call 1-888-555-0100."
Real error screens never show a phone number. Close the browser and report it to the IT Service Desk.''', beh='fullscreen')
P('ja_h_ts_kiosk', 'honest', 'https://kiosk.toshokan-rei.example/', H, 'ja', '貸出機',
  '''エラー 0x0E：カードリーダーが応答しません。
係員をお呼びいただくか、03-5555-0187 までお電話ください。''', beh='fullscreen')
# ---- scams: brandless, no code
P('en_s_ts_nocode', 'scam', 'https://d71c.z12.web.core.windows.net/', F, 'en', 'Warning',
  '''Your computer has been locked because of a virus.
Do not restart it or your files will be lost.
Call support now: 1-888-555-0179''', beh='fullscreen')
P('de_s_ts_nocode', 'scam', 'https://e83a.z12.web.core.windows.net/', F, 'de', 'Warnung',
  '''Ihr Computer wurde wegen eines Virus gesperrt.
Starten Sie ihn nicht neu, sonst gehen Ihre Dateien verloren.
Rufen Sie jetzt den Support an: 0800 555 0179''', beh='fullscreen')
P('en_s_ts_stop', 'scam', 'https://f12b.z12.web.core.windows.net/', F, 'en', 'STOP',
  '''A problem has been detected and your computer has been shut down to prevent damage.
*** STOP: 0x0000007B (0xF78D2524, 0xC0000034)
Technical support: 1-888-555-0180''', beh='fullscreen')

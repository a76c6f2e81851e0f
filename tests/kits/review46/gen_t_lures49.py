"""Targeted probes for lures49 (an arrest or seizure called off by the call: "the warrant will be withdrawn if
you call", "unless you call"; on a narrated page the reader must be named): honest offices and collectors that
say the measure stops if the reader calls them, and lures worded beside the new lines."""
from kit import P

F, H = 't-lures49', 'h-t-lures49'
# ---- honest
P('en_h_tl_court', 'honest', 'https://www.courts.example.gov/case-lookup/26-TR-5550', H, 'en', 'Case 26-TR-5550 | County Court',
  '''Case 26-TR-5550: State v. J. Doe. Status: bench warrant issued on 11/02/2026 for failure to appear.
The warrant will be recalled if you call the Clerk's office at 555-0161 and schedule a new court date, or come to the courthouse in person.
The court never asks for payment by gift card, cryptocurrency or wire transfer.''')
P('de_h_tl_inkasso', 'honest', 'https://www.inkasso-nord.example/ihr-vorgang', H, 'de', 'Ihr Vorgang | Inkasso Nord',
  '''Zu Ihrem Aktenzeichen 5550135 liegt ein Vollstreckungsbescheid vor.
Die Zwangsvollstreckung wird ausgesetzt, wenn Sie uns anrufen und eine Ratenzahlung vereinbaren: 0555 555 0135.
Sie können der Forderung auch schriftlich widersprechen.''')
P('fr_h_tl_huissier', 'honest', 'https://www.etude-commissaire-justice.example/dossier', H, 'fr', 'Votre dossier | Étude de commissaire de justice',
  '''Dossier 5550160 : une saisie sur compte bancaire a été autorisée par le juge.
La saisie sera levée si vous appelez l'étude pour convenir d'un échéancier : 04 55 55 01 60.
Vous pouvez aussi contester la mesure devant le juge de l'exécution.''')
P('es_h_tl_news', 'honest', 'https://www.diario-ejemplo.example/sucesos/falso-policia-orden-detencion', H, 'es', 'La estafa del falso policía',
  '''"Hay una orden de detención contra usted. Será anulada si llama hoy al 911 555 026", decía el mensaje que recibió una vecina de Valencia.
La Policía recuerda que ninguna orden de detención se anula por teléfono ni con un pago.''')
# ---- scams
P('en_s_tl_avoid', 'scam', 'https://us-marshals-notice.site/', F, 'en', 'Notice of Warrant',
  '''U.S. Marshals Service. Officers have been assigned to take you into custody tonight for unpaid federal fines of $3,940.
You can avoid this by speaking with Deputy Carter before 6 PM: (202) 555-0127. Bail can be posted by phone.''')
P('ja_s_tl_arrest', 'scam', 'https://keisatsu-tsuuchi.site/', F, 'ja', '警察からの通知',
  '''あなたの口座がマネーロンダリングに使われた疑いで、逮捕状が請求されています。
本日中に捜査担当 03-5555-0127 へお電話いただければ、手続きは取り下げられます。''')
P('hi_s_tl_arrest', 'scam', 'https://cyber-cell-notice.site/', F, 'hi', 'साइबर सेल नोटिस',
  '''आपके नाम पर गिरफ्तारी वारंट जारी हुआ है। अगर आप आज 022 555 0127 पर कॉल करते हैं तो वारंट रद्द कर दिया जाएगा।''')
P('de_s_tl_haft', 'scam', 'https://staatsanwaltschaft-hinweis.site/', F, 'de', 'Staatsanwaltschaft',
  '''Gegen Sie liegt ein Haftbefehl wegen Steuerhinterziehung vor (offener Betrag 4.380 €).
Der Haftbefehl wird ausgesetzt, sobald Sie heute Oberstaatsanwalt Weber unter 030 555 0127 erreichen.''')

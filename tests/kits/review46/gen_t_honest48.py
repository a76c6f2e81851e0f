"""Targeted probes for honest48 (a claim in a list of three after a question is a symptom list; a page on a
brand's own listed domain that names no brand is the brand's own; exam locks in more words): kits that ask a
question and then list their claims with no threat, brandless lures on a brand's domains that carry other
people's pages, and a repair shop whose symptom list quotes a fake warning."""
from kit import P

F, H = 't-honest48', 'h-t-honest48'
# ---- scams
P('en_s_th48_list', 'scam', 'https://c9e1.z33.web.core.windows.net/', F, 'en', 'System Alert',
  '''What happened?
Trojan detected, firewall disabled, browser locked, webcam accessed.
Call the help desk now: 1-888-555-0171''', beh='fullscreen')
P('ja_s_th48_list', 'scam', 'https://keikoku-7f2.azurewebsites.net/', F, 'ja', 'システム警告',
  '''何が起きましたか？
トロイの木馬を検出、ファイアウォール無効、ブラウザーがロックされました、Webカメラへのアクセス。
今すぐサポートに電話してください：0120-555-171''', beh='fullscreen')
P('es_s_th48_list', 'scam', 'https://alerta-9c2.azurewebsites.net/', F, 'es', 'Alerta del sistema',
  '''¿Qué ha pasado?
Troyano detectado, cortafuegos desactivado, navegador bloqueado, cámara web accedida.
Llame ahora al servicio técnico: 900 555 171''', beh='fullscreen')
P('en_s_th48_sites', 'scam', 'https://sites.google.com/view/pc-help-5550171/home', F, 'en', 'Security Alert',
  '''Your computer has been locked. A Trojan virus was detected and your passwords are at risk.
Call technical support immediately: 1-888-555-0172''')
P('en_s_th48_script', 'scam', 'https://script.google.com/macros/s/AKfycb5550173/exec', F, 'en', 'Security Alert',
  '''Your computer has been locked. A Trojan virus was detected and your passwords are at risk.
Call technical support immediately: 1-888-555-0173''')
P('en_s_th48_forms', 'scam', 'https://forms.office.com/r/x5550174', F, 'en', 'Account verification',
  '''Your account has been suspended due to suspicious activity. Your card has been blocked.
Call the security department now to restore access: 1-888-555-0174''')
# ---- honest
P('en_h_th48_shop', 'honest', 'https://www.pcmedic-example.example/', H, 'en', 'PC Medic - computer repair',
  '''Is your computer acting up?
Virus pop-ups, a locked screen, lost photos and documents, a fake warning that says "do not close this window"?
Bring it in or call us at (555) 555-0105. We remove the junk and recover your files.''')
P('de_h_th48_shop', 'honest', 'https://www.pc-hilfe-bremen.example/', H, 'de', 'PC-Hilfe Bremen',
  '''Kennen Sie das?
Virus eingefangen, Bildschirm gesperrt, Daten verloren, eine Warnung „Schließen Sie dieses Fenster nicht“.
Wir helfen schnell: 0421 555 0105.''')

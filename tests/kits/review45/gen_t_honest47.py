# Targeted probes for honest47 (a reported clause after said/claimed/behauptete... reads as a quote; exam by shape; weekend narration).
from gen_a import P
F = 't-honest47'
# scams that borrow the new shapes
P('t47_en_s_said', 'scam', 'https://pc-alert-0230.pages.dev/', F, 'en', 'Windows Defender',
  "Windows Defender said that your computer is infected with 3 Trojan viruses and that your banking passwords were stolen on Saturday.\nCall Microsoft Support now: 1-555-010-0230. Do not turn off your computer.", None, 'fullscreen')
P('t47_en_s_said_inclause', 'scam', 'https://pc-alert-0231.pages.dev/', F, 'en', 'Security Notice',
  "Our scan on Sunday stated that your PC is locked and that you must call Windows Support at 1-555-010-0231 immediately to avoid data loss.", None, 'fullscreen')
P('t47_de_s_behauptete', 'scam', 'https://warnung-0232.pages.dev/', F, 'de', 'Windows-Warnung',
  "Der Scan am Samstag meldete, Ihr Computer sei mit Trojanern infiziert und gesperrt. Rufen Sie am Sonntag oder sofort den Microsoft Support an: 0800 555 0232.", None, 'fullscreen')
P('t47_es_s_decia', 'scam', 'https://alerta-0233.pages.dev/', F, 'es', 'Alerta de Windows',
  "El análisis del lunes indicaba que su equipo está bloqueado por un virus. Llame al soporte de Microsoft al 900 555 023 ahora. No apague el ordenador.", None, 'fullscreen')
P('t47_en_s_edu_timer', 'scam', 'https://www.physics.state-univ-example.edu/~old/lab/alert.html', F, 'en', 'Windows Security Alert',
  "Your computer has been locked. Time left before your files are deleted: 04:59\nDo NOT:\na) restart your computer\nb) close this window\nc) run any antivirus\nCall Microsoft Support: 1-555-010-0234", None, 'fullscreen')
P('t47_nl_s_zondag', 'scam', 'https://waarschuwing-0235.pages.dev/', F, 'nl', 'Windows-waarschuwing',
  "Op zondag en maandag is er een virus op uw computer gevonden. Uw computer is geblokkeerd. Bel Microsoft Ondersteuning: 0800 555 0235.", None, 'fullscreen')
# honest that the change should now keep silent (and ones it may still miss)
P('t47_nl_h_news', 'honest', 'https://www.omroep-example.nl/nieuws/5501', F, 'nl', 'Vrouw verliest 5000 euro aan nep-helpdesk',
  "Een pop-up beweerde dat haar computer geblokkeerd was en dat ze Microsoft moest bellen op 0800 555 0236, zei de politie maandag.\nZe belde en gaf toegang op afstand.")
P('t47_pt_h_news', 'honest', 'https://www.jornal-example.pt/sociedade/5501', F, 'pt', 'Idosa perde 4 mil euros',
  "Uma janela dizia que o computador estava bloqueado e que devia ligar para o suporte da Microsoft no 800 555 0237, disse a PSP na segunda-feira.")
P('t47_en_h_shop', 'honest', 'https://www.pcfix-leeds-example.co.uk/blog/fake-alert', F, 'en', 'A customer came in on Saturday',
  "A customer came in on Saturday: a pop-up claimed her laptop was infected and locked and told her to call 0800 555 0238 immediately.\nWe checked it: no virus at all. If you see one, close the browser; bring the laptop in if in doubt. Our shop line: 0113 555 0239.")
P('t47_es_h_exam_shape', 'honest', 'https://campus.uni-example.es/quiz/5501', F, 'es', 'Cuestionario tema 4',
  "Tiempo restante 18:40\nPregunta 3: ¿Cuál es la capital de Australia?\na) Sídney b) Canberra c) Melbourne\nSu pantalla está bloqueada durante la prueba. No apague el ordenador. Soporte: 913 555 024", None, 'fullscreen')

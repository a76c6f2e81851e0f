"""Targeted probes for police47 (police locks read in uk ko zh he ms ar; Arabic-Indic digits; currency codes
glued to sums): honest fine and police pages in those languages with a sum and a number, and locks worded
beside the new lines."""
from kit import P

F, H = 't-police47', 'h-t-police47'
# ---- honest
P('ko_h_tp_parking', 'honest', 'https://www.seoul-gu.example/traffic/fine', H, 'ko', '주정차 위반 과태료 조회',
  '''귀하의 차량에 주정차 위반 과태료 40,000원이 부과되었습니다. 납부 기한까지 납부하지 않으면 가산금이 부과되고 차량이 압류될 수 있습니다.
가상계좌 또는 위택스로 납부하세요. 문의: 교통지도과 02-555-0160''')
P('zh_h_tp_news', 'honest', 'https://www.xinwen-shili.example/shehui/jia-wangjing', H, 'zh', '假“网警”锁屏诈骗',
  '''市民王先生的电脑突然弹出“您的电脑已被网警锁定，请在24小时内缴纳罚款3000元”的页面，他按提示转账后才发现被骗。
警方提示：公安机关不会通过网页锁定电脑或收取罚款。''')
P('ar_h_tp_traffic', 'honest', 'https://www.moi.gov.ae/ar/eservices/traffic-fines', 'h-t-police47', 'ar', 'الاستعلام عن المخالفات المرورية',
  '''لديك مخالفة مرورية واحدة: تجاوز السرعة، غرامة ٦٠٠ درهم.
يمكنك دفع المخالفة عبر التطبيق أو مراكز الخدمة. للاستفسار اتصل على ٨٠٠ ٥٥٥ ٠١٦٠.''')
P('he_h_tp_parking', 'honest', 'https://www.iriya-dugma.example/parking/fines', H, 'he', 'תשלום דוח חניה',
  '''על רכבך נרשם דוח חניה בסך 250 ש״ח. יש לשלם תוך 90 יום, אחרת יתווסף פיגור.
לערעור או לשאלות חייג 03-555-0160.''')
P('ms_h_tp_saman', 'honest', 'https://www.semak-saman.example/keputusan', H, 'ms', 'Semakan saman trafik',
  '''Anda mempunyai 1 saman trafik: melebihi had laju, RM150. Bayar sebelum 31 Disember untuk diskaun 50%.
Pertanyaan: hubungi 03-5555 0160.''')
P('uk_h_tp_fine', 'honest', 'https://www.parking-kyiv.example/shtrafy', H, 'uk', 'Штрафи за паркування',
  '''За вашим автомобілем зафіксовано порушення правил паркування. Штраф 340 грн.
Сплатіть протягом 10 днів зі знижкою. Питання: 044 555 0160.''')
# ---- scams
P('ar_s_tp_interpol', 'scam', 'https://interpol-cyber-lock.site/', F, 'ar', 'الإنتربول',
  '''تم قفل متصفحك من قبل الإنتربول - وحدة الجرائم الإلكترونية
تم رصد تصفح محتوى غير قانوني من عنوان IP الخاص بك. لإلغاء القفل ادفع غرامة ١٬٥٠٠ درهم خلال ٢٤ ساعة.''', beh='fullscreen,key_block')
P('ko_s_tp_prosecutor', 'scam', 'https://spo-cyber-notice.site/', F, 'ko', '대검찰청 사이버수사과',
  '''귀하의 컴퓨터는 대검찰청에 의해 잠겼습니다. 불법 저작물 유포가 확인되었습니다.
잠금을 해제하려면 12시간 이내에 벌금 500,000원을 납부하십시오. 미납 시 형사 입건됩니다.''', beh='fullscreen,key_block')
P('pl_s_tp_policja', 'scam', 'https://policja-cyber-blokada.site/', F, 'pl', 'Policja - blokada',
  '''Twoja przeglądarka została zablokowana przez Policję (Centralne Biuro Zwalczania Cyberprzestępczości).
Na Twoim komputerze wykryto nielegalne treści. Aby odblokować komputer, zapłać grzywnę 500 zł w ciągu 24 godzin.''', beh='fullscreen,key_block')
P('pt_s_tp_pj', 'scam', 'https://pj-cibercrime-bloqueio.site/', F, 'pt', 'Polícia Judiciária',
  '''O seu navegador foi bloqueado pela Polícia Judiciária por visualização de conteúdos ilegais.
Para desbloquear o computador, pague uma multa de 300 € no prazo de 24 horas.''', beh='fullscreen,key_block')

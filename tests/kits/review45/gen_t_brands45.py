# Targeted probes for brands45 (lost-card causes as lockouts; Thai and Indian banks as brands; hi/th lock and charge words).
from gen_a import P
F = 't-brands45'
# honest: bank names on other honest hosts, card-loss pages
P('t45b_hi_h_news_sbi', 'honest', 'https://www.jagran-example.com/business/sbi-card-block-5501', F, 'hi', 'SBI ग्राहक ऐसे ब्लॉक करें अपना कार्ड',
  "अगर आपका डेबिट कार्ड खो गया है या चोरी हो गया है, तो एसबीआई के ग्राहक तुरंत कार्ड ब्लॉक करा सकते हैं।\nइसके लिए बैंक के टोल-फ्री नंबर 1800 555 0190 पर कॉल करें या योनो ऐप का इस्तेमाल करें।")
P('t45b_en_h_india_compare', 'honest', 'https://www.paisabazaar-example.com/credit-cards/lost-card-helplines/', F, 'en', 'Lost card helpline numbers of Indian banks',
  "Lost your card? Call your bank right away to block it.\nSBI: 1800 555 0191. HDFC Bank: 1800 555 0192. ICICI Bank: 1800 555 0193. Axis Bank: 1800 555 0194.\nNever share your OTP or PIN with anyone who calls you.")
P('t45b_th_h_shop', 'honest', 'https://www.thai-shop-example.co.th/payment', F, 'th', 'วิธีชำระเงิน',
  "ชำระเงินผ่านกสิกรไทยหรือไทยพาณิชย์ได้ทันที หากการชำระเงินไม่สำเร็จหรือถูกเรียกเก็บเงินซ้ำ โปรดโทร 02 555 0195")
P('t45b_th_h_news', 'honest', 'https://www.thairath-example.co.th/news/5501', F, 'th', 'ธนาคารเตือนภัยมิจฉาชีพ',
  "ธนาคารกรุงเทพเตือนลูกค้า หากบัตรหายหรือบัตรสูญหาย ให้อายัดบัตรทันทีผ่านแอปหรือโทร 1333 มิจฉาชีพมักโทรมาอ้างว่าบัญชีถูกระงับ")
P('t45b_ko_h_card', 'honest', 'https://www.shinhancard.com/pconts/html/card/lost.html', F, 'ko', '카드 분실 신고',
  "카드를 분실하셨나요? 즉시 분실 신고를 하세요. 앱에서 카드 사용을 정지하거나 1544-5550으로 전화하세요.\n비밀번호는 절대 묻지 않습니다.")
P('t45b_en_h_travel', 'honest', 'https://www.travel-blog-example.com/lost-wallet-abroad', F, 'en', 'I lost my wallet in Bangkok: what I did',
  "When I lost my card in Bangkok, my bank locked it within minutes after I called the number on their website.\nIf your card is lost or stolen abroad, call your bank's international line (mine was +1 555 010 0196) and ask for an emergency card.")
# scams that now mention a lost card (could the lockout cause silence them?)
P('t45b_en_s_lostcard', 'scam', 'https://card-security-0197.web.app/', F, 'en', 'Your card has been blocked',
  "Your Visa debit card has been blocked due to suspicious activity.\nIf you have not lost your card and did not authorise a payment of $1,280.00, call our card security team immediately at 1-555-010-0197. Do not close this page.")
P('t45b_de_s_lostcard', 'scam', 'https://kartensicherheit-0198.de.com/', F, 'de', 'Ihre Karte wurde gesperrt',
  "Ihre Karte wurde wegen verdächtiger Umsätze gesperrt. Haben Sie Ihre Karte nicht verloren und die Zahlung über 1.280,00 EUR nicht getätigt, rufen Sie sofort den Sperr-Notruf an: 0800 555 0198.\nSchließen Sie diese Seite nicht.")
P('t45b_th_s_kbank', 'scam', 'https://kbank-verify-0199.pages.dev/', F, 'th', 'กสิกรไทย แจ้งเตือน',
  "บัญชีกสิกรไทยของคุณถูกระงับชั่วคราว ตรวจพบการลงชื่อเข้าใช้ที่ผิดปกติ โปรดโทรหาเจ้าหน้าที่ทันที 1800 555 0199")
P('t45b_hi_s_hdfc', 'scam', 'https://hdfc-kyc-0200.in.net/', F, 'hi', 'एचडीएफसी बैंक अलर्ट',
  "आपका एचडीएफसी खाता संदिग्ध साइन-इन के कारण ब्लॉक कर दिया गया है। खाता दोबारा चालू करने के लिए तुरंत 1800 555 0200 पर कॉल करें।")
P('t45b_ko_s_lost', 'scam', 'https://card-boan-0201.com/', F, 'ko', '카드 정지 안내',
  "고객님의 카드가 해외 결제 의심으로 정지되었습니다. 카드 분실이 아니라면 지금 즉시 보안센터로 전화하세요: 080-555-0201")
P('t45b_en_s_lostcard2', 'scam', 'https://card-check-0202.web.app/', F, 'en', 'Card blocked',
  "Your card has been blocked after a payment of $980.00 in another country.\nIf you have not lost your card, call the security line now: 1-555-010-0202.")
P('t45b_fr_s_lostcard', 'scam', 'https://carte-securite-0203.fr.to/', F, 'fr', 'Carte bloquée',
  "Votre carte a été bloquée après un paiement de 980,00 € à l'étranger.\nSi vous n'avez pas perdu votre carte, appelez immédiatement le service sécurité : 09 55 50 02 03.")
P('t45b_it_s_lostcard', 'scam', 'https://carta-sicurezza-0204.it.com/', F, 'it', 'Carta bloccata',
  "La tua carta è stata bloccata dopo un pagamento di 980,00 € all'estero.\nSe non hai smarrito la carta, chiama subito l'ufficio sicurezza: 800 555 0204.")
P('t45b_es_s_lostcard', 'scam', 'https://tarjeta-seguridad-0205.com/', F, 'es', 'Tarjeta bloqueada',
  "Su tarjeta ha sido bloqueada tras un pago de 980,00 € en el extranjero.\nSi no ha perdido su tarjeta, llame ahora al departamento de seguridad: 900 555 025.")
P('t45b_nl_s_lostcard', 'scam', 'https://pas-beveiliging-0206.nl.eu.org/', F, 'nl', 'Pas geblokkeerd',
  "Uw pas is geblokkeerd na een betaling van € 980,00 in het buitenland.\nBent u uw pas niet kwijt? Bel direct de beveiligingsafdeling: 0800 555 0206.")

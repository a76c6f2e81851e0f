# Targeted probes for police46 (ar lexicon, da/el/fi/he/ms police words, ja について at 0.5, currency stems).
from gen_a import P
F = 't-police46'
# honest that the new words could warn
P('t46_ar_h_cardblock', 'honest', 'https://www.alrajhibank.com.sa/ar/personal/cards/block', F, 'ar', 'إيقاف البطاقة',
  "إذا فقدت بطاقتك أو سرقت، تم إيقاف البطاقة فوراً من التطبيق، أو اتصل بنا على 800 555 0150 على مدار الساعة.\nلن نطلب منك أبداً الرقم السري.")
P('t46_ar_h_trafficfine', 'honest', 'https://www.moi.gov.sa/wps/portal/traffic-fines', F, 'ar', 'الاستعلام عن المخالفات المرورية وسدادها',
  "يمكنك الاستعلام عن غرامة المخالفة المرورية وسدادها إلكترونياً. في حال عدم السداد خلال 30 يوماً تتضاعف الغرامة ويتم إيقاف الخدمات.\nللاستفسار اتصل على 920 555 014.")
P('t46_ar_h_news', 'honest', 'https://www.alkhaleej-example.ae/news/5501', F, 'ar', 'سيدة تدفع 2000 درهم لشاشة مزيفة',
  "قالت شرطة دبي أمس إن سيدة رأت على شاشتها رسالة تقول: «تم قفل جهازك بسبب محتوى غير قانوني. ادفع غرامة 2000 درهم. اتصل على 04 555 0151».\nوأضافت أن السيدة دفعت المبلغ قبل أن تكتشف الأمر.")
P('t46_ar_h_itdesk', 'honest', 'https://it.uaeu-example.ac.ae/help/blocked', F, 'ar', 'مكتب الدعم الفني',
  "إذا تم حظر حسابك الجامعي بعد عدة محاولات دخول خاطئة، اتصل بالدعم الفني على 03 555 0152 أو افتح تذكرة. لا نطلب كلمة المرور أبداً.")
P('t46_ms_h_saman', 'honest', 'https://www.rmp.gov.my/semakan-saman', F, 'ms', 'Semakan dan bayaran saman polis',
  "Semak saman polis anda dan bayar denda dalam talian. Diskaun 50% jika dibayar dalam tempoh 30 hari. Jika tidak dibayar, kes akan dibawa ke mahkamah.\nPertanyaan: 03 555 0153.")
P('t46_ms_h_library', 'honest', 'https://wifi.perpustakaan-example.my/disekat', F, 'ms', 'Akses disekat',
  "Akses ke peranti ini disekat daripada Wi-Fi perpustakaan kerana melanggar syarat penggunaan. Denda RM 10 perlu dibayar di kaunter. Akses akan dipulihkan selepas bayaran.\nHubungi 03 555 0154.", None, 'fullscreen')
P('t46_da_h_politi', 'honest', 'https://politi.dk/boeder/betal-din-boede', F, 'da', 'Betal din bøde',
  "Har du fået en bøde fra Rigspolitiet? Du kan betale bøden online med dit bødenummer. Betaler du ikke, sendes sagen til inddrivelse.\nSpørgsmål: ring 70 55 01 55.")
P('t46_he_h_police_fines', 'honest', 'https://www.gov.il/he/service/police-fine-payment', F, 'he', 'תשלום קנס משטרה',
  "ניתן לשלם את הקנס באתר זה. אם הקנס לא ישולם בזמן, תתווסף תוספת פיגורים ויוגבל חידוש הרישיון.\nלבירורים התקשרו למוקד משטרת ישראל 03-555-0156.")
P('t46_he_h_card', 'honest', 'https://www.bankhapoalim.co.il/he/cards/blocked', F, 'he', 'הכרטיס שלך הוגבל',
  "זיהינו פעולה חריגה והכרטיס שלך הוגבל באופן זמני. אם לא ביצעת את העסקה בסך 1,480 ₪, התקשר אלינו מיד 03-555-0157.")
P('t46_ja_h_repair', 'honest', 'https://www.pc-kakekomi-example.jp/', F, 'ja', 'パソコン駆け込み寺',
  "お使いのパソコンについて、こんな症状はありませんか？ウイルスに感染した、画面がロックされた、警告音が鳴り止まない。\nすぐにお電話ください：03-5550-0158。出張修理いたします。")
P('t46_ja_h_card', 'honest', 'https://www.smbc-card.com/mem/service/stop.jsp', F, 'ja', 'カードのご利用停止について',
  "お客さまのカードについて、不正利用の可能性があるためご利用を一時停止しております。\n至急 0120-555-0159 までお電話ください。ご本人確認後、停止を解除いたします。")
# scams of the same shape
P('t46_ar_s_police_digits', 'scam', 'https://shurta-0160.pages.dev/', F, 'ar', 'الشرطة',
  "تم قفل جهازك من قبل الشرطة بسبب محتوى غير قانوني.\nادفع غرامة قدرها ٥٠٠ درهم خلال ٢٤ ساعة. اتصل بالضابط: ٨٠٠ ٥٥٥ ٠١٦٠", None, 'fullscreen')
P('t46_he_s_police_gershayim', 'scam', 'https://police-il-0161.pages.dev/', F, 'he', 'משטרת ישראל',
  "המחשב שלך ננעל על ידי משטרת ישראל בשל תוכן בלתי חוקי.\nיש לשלם קנס של 1,500 ש״ח תוך 24 שעות. התקשרו: 1-800-555-016", None, 'fullscreen')
P('t46_ms_s_police2', 'scam', 'https://polis-0162.pages.dev/', F, 'ms', 'Polis Diraja Malaysia',
  "Akses ke peranti anda telah disekat kerana kandungan haram. Bayar denda RM 1,500 dalam 24 jam untuk membuka semula. Hubungi pegawai penyiasat: 1800 55 0162.", None, 'fullscreen')
P('t46_ja_s_police3', 'scam', 'https://keisatsu-0163.pages.dev/', F, 'ja', 'お使いのパソコンについて',
  "お使いのパソコンについて、違法コンテンツの閲覧が確認されたため警察によりロックされました。罰金 30,000円 を24時間以内にお支払いください。担当：0120-555-0163", None, 'fullscreen')

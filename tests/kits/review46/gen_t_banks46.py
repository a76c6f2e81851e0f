"""Targeted probes for banks46 (per-language victim/lock/compromise/call/security-desk phrases for ar el fi he hu
hi id ko ms th vi, the banks of those markets as brands, and "your card is blocked … if you have not lost it,
call" as a compromise): honest pages in those languages that say the same words about an ordinary account,
card or bill, and lures for banks the list does not name."""
from kit import P

F, H = 't-banks46', 'h-t-banks46'
# ---- honest
P('hu_h_tk_utility', 'honest', 'https://ugyfelkapu.varosi-gaz.example/szamla', H, 'hu', 'Számla és befizetés',
  '''Tisztelt Ügyfelünk! Számláját 30 napja nem egyenlítette ki, ezért a szolgáltatás felfüggesztésre került.
A befizetés után 24 órán belül visszakapcsoljuk a szolgáltatást. Kérdés esetén hívja ügyfélszolgálatunkat: 06 1 555 0120.''')
P('fi_h_tk_library', 'honest', 'https://kirjasto.esimerkkikaupunki.example/oma-tili', H, 'fi', 'Oma tili | Kaupunginkirjasto',
  '''Korttisi on suljettu, koska sinulla on maksamattomia maksuja yli 20 euroa.
Voit maksaa maksut verkkokirjastossa tai kirjaston asiakaspalvelussa. Kysyttävää? Soita kirjastoon 09 555 0110.''')
P('he_h_tk_gym', 'honest', 'https://www.kosher-gym.example/account', H, 'he', 'החשבון שלי | מכון כושר',
  '''המנוי שלך הוקפא לבקשתך עד 1 בינואר. החיוב החודשי לא ייגבה בתקופת ההקפאה.
לביטול ההקפאה או לשאלות התקשר למזכירות: 03-555-0177.''')
P('ar_h_tk_news', 'honest', 'https://www.akhbar-mithal.example/economy/bank-scam-warning', H, 'ar', 'تحذير من رسائل البنوك المزيفة',
  '''تلقت سيدة رسالة تقول: "تم تجميد حسابك بسبب عملية مشبوهة، اتصل فوراً على 800 555 0142". وبعد الاتصال طلب منها المحتال رمز التحقق وسحب 12,000 ريال.
ويؤكد البنك المركزي أن البنوك لا تطلب رمز التحقق عبر الهاتف، وينصح بالاتصال بالرقم المدون على ظهر البطاقة فقط.''')
P('el_h_tk_consumer', 'honest', 'https://www.enosi-katanaloton.example/symvoules/kartes', H, 'el', 'Τι κάνω αν μπλοκαριστεί η κάρτα μου',
  '''Αν η κάρτα σας έχει αποκλειστεί λόγω ύποπτης συναλλαγής, επικοινωνήστε με την τράπεζά σας μόνο στον αριθμό που γράφει η κάρτα.
Μη δίνετε κωδικούς σε κανέναν. Γραμμή καταναλωτή της Ένωσης: 210 555 0109.''')
P('id_h_tk_wallet', 'honest', 'https://bantuan.dompet-contoh.example/akun-dibekukan', H, 'id', 'Akun dibekukan | Bantuan',
  '''Mengapa akun saya dibekukan? Kami membekukan akun sementara jika ada transaksi mencurigakan atau data KTP belum diverifikasi.
Buka aplikasi dan lengkapi verifikasi. Butuh bantuan? Hubungi layanan pelanggan 1500 555 atau 021 555 0130.''')
P('vi_h_tk_news', 'honest', 'https://www.bao-vi-du.example/kinh-te/canh-bao-lua-dao-ngan-hang', H, 'vi', 'Cảnh báo giả mạo ngân hàng',
  '''Nhiều người nhận tin nhắn: "Tài khoản của quý khách bị khóa do giao dịch đáng ngờ, gọi ngay 1800 555 014". Đây là thủ đoạn lừa đảo.
Ngân hàng khuyến cáo chỉ gọi số tổng đài in trên thẻ và không cung cấp mã OTP cho bất kỳ ai.''')
# ---- scams: banks the list may not name, and the same lure in the languages beside it
P('fi_s_tk_alands', 'scam', 'https://alandsbanken-turva.site/', F, 'fi', 'Ålandsbanken turvallisuusilmoitus',
  '''Ålandsbanken: tililläsi havaittiin epäilyttävä tapahtuma (1 980 €). Korttisi on suljettu väliaikaisesti.
Soita turvallisuusosastollemme heti numeroon 0800 555 019, jotta tapahtuma voidaan perua.''')
P('ro_s_tk_brd', 'scam', 'https://brd-securitate-card.site/', F, 'ro', 'BRD - card blocat',
  '''BRD Groupe Société Générale: am detectat o tranzacție suspectă de 3.200 lei. Cardul dumneavoastră a fost blocat.
Sunați urgent la departamentul de securitate: 0800 555 019 pentru a anula plata.''')
P('pt_s_tk_millennium', 'scam', 'https://millennium-seguranca-cartao.site/', F, 'pt', 'Millennium bcp - cartão bloqueado',
  '''Millennium bcp: detetámos um movimento suspeito de 1.450 € no seu cartão, que foi bloqueado por precaução.
Se não reconhece o movimento, ligue de imediato para o departamento de segurança: 800 555 019.''')
P('ar_s_tk_digits', 'scam', 'https://bank-amn-tanbih.site/', F, 'ar', 'تنبيه أمني',
  '''البنك الأهلي - مركز الأمان
تم إيقاف بطاقتك بسبب عملية مشبوهة بقيمة ٤٫٥٠٠ ريال.
للإلغاء يرجى الاتصال فوراً على ٨٠٠ ٥٥٥ ٠١٩٠''')
P('th_s_tk_scb', 'scam', 'https://scb-khwam-plodphai.site/', F, 'th', 'SCB แจ้งเตือน',
  '''ธนาคารไทยพาณิชย์: พบธุรกรรมที่น่าสงสัย 48,000 บาท บัญชีของคุณถูกอายัดชั่วคราว
กรุณาโทรติดต่อฝ่ายความปลอดภัยทันทีที่ 02 555 0190 เพื่อยกเลิกรายการ''')

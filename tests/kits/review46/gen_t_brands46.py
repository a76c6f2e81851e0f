"""Targeted probes for brands46 (a disowned order + a listed brand off its site = a refund pretext; carrier
eSIM/port-out phrases as compromise): honest pages that name a brand off its site with the same words, and
lures worded just beside the new phrases. Written after reading the branch's diff."""
from kit import P

F, H = 't-brands46', 'h-t-brands46'
# ---- honest: the new phrases on pages that are not lures
P('en_h_tb_chase_amazon', 'honest', 'https://www.chase.com/digital/resources/privacy-security/questions/order-scam', H, 'en', 'Got an unexpected order email? | Chase',
  '''Got an email about an Amazon order you don't recognize?
Scam emails often look like an order confirmation. Don't click links in the email and don't call numbers in it.
If you didn't place this order and you see the charge on your Chase card, call us at 1-800-555-0199 to dispute it, or dispute it in the Chase Mobile app.''')
P('fr_h_tb_portabilite', 'honest', 'https://www.comparateur-forfaits.example/changer-operateur', H, 'fr', 'Changer d’opérateur sans changer de numéro',
  '''Vous passez de Orange à SFR ou Free ? Gardez votre numéro : la demande de portabilité est faite par votre nouvel opérateur.
Il vous faut votre RIO : appelez le 3179 depuis votre mobile. Le transfert prend 3 jours ouvrés.
Nos conseillers vous aident à choisir un forfait : 01 55 55 01 44 (appel gratuit).''')
P('de_h_tb_esim', 'honest', 'https://www.technik-ratgeber.example/telekom-esim-einrichten', H, 'de', 'Telekom eSIM einrichten: so geht’s',
  '''Neue eSIM bei der Telekom: Sie bestellen sie im Kundencenter und scannen den QR-Code mit dem Smartphone.
Die Rufnummernmitnahme von einem anderen Anbieter beantragen Sie bei der Bestellung.
Klappt die Aktivierung nicht, hilft die Telekom-Hotline unter 0800 555 0133 weiter.''')
P('pl_h_tb_shop', 'honest', 'https://sklep.rowery-przyklad.example/zamowienie/5550160', H, 'pl', 'Potwierdzenie zamówienia',
  '''Dziękujemy za zamówienie nr 5550160 w Rowery Przykład. Rower miejski, 2 499 zł.
Płatność przez PayPal została przyjęta.
Nie składałeś tego zamówienia? Zadzwoń do nas, aby je anulować: 22 555 01 60.''')
P('en_h_tb_seller', 'honest', 'https://www.vintagecameras-example.example/order/5550133', H, 'en', 'Order received - Vintage Cameras',
  '''Thanks! We received your order #5550133. You paid with PayPal.
Your camera ships from our shop in Portland within 2 business days. We also sell on eBay under the same name.
Didn't place this order? Call us at (503) 555-0133 and we'll cancel it right away.''')
# ---- scams: the same lure, worded beside the new phrases
P('en_s_tb_notyou', 'scam', 'https://amzn-orders-desk.site/', F, 'en', 'Amazon.com: Your order',
  '''Amazon.com order confirmation
Apple MacBook Air 15". Order total: $1,389.00. Arriving Thursday.
Not you? Call Amazon Order Support now at +1 (888) 555-0184 to cancel the order and get your money back.''')
P('de_s_tb_kauf', 'scam', 'https://amazon-bestellung-pruefen.site/', F, 'de', 'Ihre Amazon-Bestellung',
  '''Amazon.de Bestellbestätigung: Samsung Galaxy S24, 1.149,00 €.
Wenn Sie diesen Kauf nicht veranlasst haben, rufen Sie sofort den Amazon-Kundendienst unter 0800 555 0184 an, um ihn zu stornieren.''')
P('es_s_tb_compra', 'scam', 'https://mercadolibre-compras-ayuda.site/', F, 'es', 'Mercado Libre: compra confirmada',
  '''Tu compra en Mercado Libre fue confirmada: Notebook Lenovo, $ 1.299.999.
¿No reconoces esta compra? Llama ya al 0800 555 0184 para cancelarla y recibir el reembolso.''')
P('ja_s_tb_amazon', 'scam', 'https://amazon-chuumon-kakunin.site/', F, 'ja', 'Amazon.co.jp ご注文の確認',
  '''Amazon.co.jp ご注文ありがとうございます。ご注文商品：iPad Pro 12.9インチ　合計：198,800円
ご注文に心当たりのない場合は、キャンセルのため至急 0120-555-184 までお電話ください。''')
# the shop's own "call us to cancel" with PayPal as the means of payment, on a host that is not the shop's name
# (common: "Portland Bikes" on pdxcycles.example); the same pages on a host that spells the name stay safe
P('en_h_tb_shop', 'honest', 'https://www.pdxcycles.example/order/5550160', H, 'en', 'Order confirmation',
  '''Thank you for your order 5550160 at Portland Bikes. City bike, $499.
Payment by PayPal was accepted.
Didn't place this order? Call us to cancel it: (503) 555-0160.''')
P('de_h_tb_shop', 'honest', 'https://www.fahrrad-stadt.example/bestellung/5550160', H, 'de', 'Bestellbestätigung',
  '''Danke für Ihre Bestellung 5550160 bei Radhaus Beispiel. Stadtrad, 499 €.
Zahlung per PayPal erhalten.
Bestellung nicht aufgegeben? Rufen Sie uns an, um sie zu stornieren: 0555 555 0160.''')
P('es_h_tb_shop', 'honest', 'https://www.ciclos-norte.example/pedido/5550160', H, 'es', 'Confirmación del pedido',
  '''Gracias por tu pedido 5550160 en Bicis Ejemplo. Bici urbana, 499 €.
Pago con PayPal recibido.
¿No has realizado este pedido? Llámanos para cancelarlo: 911 555 016.''')

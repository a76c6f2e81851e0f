# Part F: more languages for the hard shapes (bank holds, quarantine pages, exam locks, install docs, quoted pop-ups; brand lures).
from gen_a import P
# ---- honest
P('de_h_bankhold', 'honest', 'https://www.commerzbank.de/service/kartensperre-verdacht/', 'bank-cardblock', 'de', 'Wir haben Ihre Karte vorsorglich gesperrt',
  "Wir haben ungewöhnliche Aktivitäten festgestellt und Ihre Debitkarte vorsorglich gesperrt.\nWenn Sie die Zahlung über 1.480,00 EUR nicht selbst getätigt haben, rufen Sie uns sofort unter 069 555 0142 an. Haben Sie die Zahlung selbst getätigt, bestätigen Sie sie in der App.")
P('fr_h_bankhold', 'honest', 'https://www.credit-agricole.fr/particulier/carte-bloquee.html', 'bank-cardblock', 'fr', 'Votre carte a été bloquée par précaution',
  "Nous avons détecté une opération inhabituelle et avons bloqué votre carte par précaution.\nSi vous n'êtes pas à l'origine du paiement de 1 480,00 €, appelez immédiatement le 09 69 55 01 42. Sinon, confirmez l'opération dans l'application.")
P('es_h_bankhold', 'honest', 'https://www.bancosantander.es/particulares/tarjetas/bloqueo-preventivo', 'bank-cardblock', 'es', 'Hemos bloqueado su tarjeta de forma preventiva',
  "Hemos detectado una operación inusual y hemos bloqueado su tarjeta de forma preventiva.\nSi no reconoce el cargo de 1.480,00 €, llame urgentemente al 915 555 014. Si lo reconoce, confírmelo en la app.")
P('it_h_bankhold', 'honest', 'https://www.intesasanpaolo.com/it/persone-e-famiglie/carte-bloccate.html', 'bank-cardblock', 'it', 'Carta bloccata in via preventiva',
  "Abbiamo rilevato un'operazione insolita e bloccato la tua carta in via preventiva.\nSe non riconosci il pagamento di 1.480,00 €, chiama subito il numero verde 800 555 0142. Se lo riconosci, confermalo nell'app.")
P('ja_h_bankhold', 'honest', 'https://www.mufg.jp/card/stop.html', 'bank-cardblock', 'ja', 'カードの利用を一時停止しました',
  "不審なご利用を検知したため、お客さまのカードの利用を一時停止しました。\nお心当たりのない148,000円のお取引がある場合は、至急 0120-555-0142 までお電話ください。お心当たりがある場合はアプリでご確認ください。")
P('de_h_nac', 'honest', 'https://quarantaene.it.stadtwerke-example.de/', 'it-helpdesk', 'de', 'Netzwerkzugang gesperrt',
  "Ihr Computer wurde vom Firmennetz getrennt.\nUnser Virenscanner hat Schadsoftware auf diesem Gerät gefunden. Schalten Sie das Gerät nicht aus und melden Sie sich nicht an anderen Systemen an.\nRufen Sie den IT-Service unter Durchwahl 555-0142 an und nennen Sie die Ticketnummer INC5501.", None, 'fullscreen')
P('fr_h_exam', 'honest', 'https://examens.univ-example.fr/session/5501', 'exam-fullscreen', 'fr', 'Examen en ligne',
  "Votre écran est verrouillé pendant l'examen. Toute sortie du plein écran est enregistrée.\nProblème technique : appelez le 01 55 50 01 43. N'éteignez pas votre ordinateur.", None, 'fullscreen')
P('de_h_exam', 'honest', 'https://pruefung.uni-example.de/sitzung/5501', 'exam-fullscreen', 'de', 'Online-Prüfung',
  "Ihr Bildschirm ist für die Dauer der Prüfung gesperrt. Das Verlassen des Vollbildmodus wird protokolliert.\nTechnische Probleme: Rufen Sie 0221 555 0144 an. Schalten Sie den Computer nicht aus.", None, 'fullscreen')
P('ja_h_exam', 'honest', 'https://exam.u-example.ac.jp/session/5501', 'exam-fullscreen', 'ja', 'オンライン試験',
  "試験中は画面がロックされています。全画面表示を終了すると記録されます。\n技術的な問題がある場合は 03-5550-0145 にお電話ください。パソコンの電源を切らないでください。", None, 'fullscreen')
P('de_h_news_quote', 'honest', 'https://www.lokalzeitung-example.de/region/rentnerin-verliert-geld-5501', 'news-scam', 'de', 'Rentnerin verliert 8.000 Euro',
  "Auf dem Bildschirm stand: „Ihr Computer ist gesperrt. Rufen Sie sofort den Microsoft Support unter 0800 555 0146 an. Schalten Sie den Computer nicht aus.“\nDie 79-Jährige rief an, gewährte Fernzugriff und verlor 8.000 Euro, sagte ein Polizeisprecher am Montag.")
P('es_h_news_quote', 'honest', 'https://www.diario-local-example.es/sucesos/estafa-5501', 'news-scam', 'es', 'Una vecina pierde 6.000 euros',
  "En la pantalla aparecía: «Su equipo está bloqueado. Llame al soporte de Microsoft al 900 555 019. No apague el ordenador».\nLa mujer llamó y dio acceso remoto, según informó la Guardia Civil el lunes.")
P('ja_h_news_quote', 'honest', 'https://www.chiho-shimbun-example.jp/news/5501', 'news-scam', 'ja', '80代女性 サポート詐欺で被害',
  "パソコンに「ウイルスに感染しました。今すぐマイクロソフトサポート 0120-555-0147 に電話してください。電源を切らないでください」と表示された。\n女性は電話をかけ、遠隔操作ソフトを入れさせられたと警察署は5日発表した。")
P('de_h_dev', 'honest', 'https://docs.deno.com/runtime/getting_started/installation/', 'devdocs-copy', 'de', 'Deno installieren',
  "Windows (PowerShell):\nirm https://deno.land/install.ps1 | iex\nKopieren", "irm https://deno.land/install.ps1 | iex")
P('ja_h_itkb', 'honest', 'https://helpdesk.kaisha-example.co.jp/kb/teams-cache', 'devdocs-copy', 'ja', 'Teams のキャッシュを削除する方法',
  "1. Windows キー + R を押します。\n2. 次のパスを Ctrl + V で貼り付けて Enter を押します。\n%appdata%\\Microsoft\\Teams\nコピー\n解決しない場合はヘルプデスク 03-5550-0148 までご連絡ください。", "%appdata%\\Microsoft\\Teams")
P('fr_h_itkb', 'honest', 'https://support.mairie-example.fr/kb/dns', 'devdocs-copy', 'fr', 'Vider le cache DNS',
  "1. Appuyez sur Windows + R.\n2. Collez la commande (Ctrl + V) puis appuyez sur Entrée.\ncmd /k ipconfig /flushdns\nCopier\nToujours bloqué ? Appelez le support au 01 55 50 01 49.", "cmd /k ipconfig /flushdns")
P('es_h_warrant', 'honest', 'https://www.poderjudicial.es/cgpj/es/Servicios/requisitorias', 'court-fine', 'es', 'Requisitorias y órdenes de busca',
  "Si existe una orden de busca y captura en su contra, debe presentarse en el juzgado que la dictó. Ningún juzgado cancela una orden por teléfono ni pide pagos para anularla.\nInformación: 913 555 020.")
P('fr_h_police_fine', 'honest', 'https://www.interieur.gouv.fr/arnaque-amende-police', 'police-warning', 'fr', "Fausses amendes : la police ne bloque pas votre ordinateur",
  "Un message du type « Votre ordinateur a été bloqué par la Police, payez une amende de 300 € » est une arnaque. La police ne bloque jamais un ordinateur pour demander une amende.\nAppuyez sur Ctrl+Alt+Suppr, fermez le navigateur, et signalez sur internet-signalement.gouv.fr.")
P('en_h_appleown', 'honest', 'https://support.apple.com/en-us/102568', 'brand-own', 'en', 'If your Apple ID is locked or disabled',
  "If your Apple ID is locked or disabled for security reasons, you can unlock it at iforgot.apple.com.\nYou can also call Apple Support at 1-555-010-0110. Apple will never ask you to pay to unlock your account.")
P('en_h_paypalown', 'honest', 'https://www.paypal.com/us/cshelp/article/unauthorized-transaction-help5501', 'brand-own', 'en', 'What do I do if there is an unauthorized transaction?',
  "If you see a payment you didn't make, report it in the Resolution Center within 60 days. You can also call us at 1-555-010-0111.\nWe will never ask you to call a number shown in a pop-up or to install remote software.")
P('en_h_carrierown', 'honest', 'https://www.verizon.com/support/sim-swap-protection/', 'brand-own', 'en', 'Number Lock and SIM protection',
  "Turn on Number Lock to stop your number being transferred to another carrier. If you got a text about a SIM change you didn't ask for, call us at 1-555-010-0112 right away.")
# ---- scams
P('de_s_paypal', 'scam', 'https://paypal-konfliktloesung.de.com/', 'callus-paypal', 'de', 'PayPal - Zahlung gesendet',
  "Sie haben 749,00 EUR an CryptoMarkt GmbH gesendet.\nWenn Sie diese Zahlung nicht autorisiert haben, rufen Sie das PayPal-Konfliktlösungszentrum unter 0800 555 0150 an. Nach 12 Stunden ist die Zahlung endgültig.")
P('es_s_apple', 'scam', 'https://apple-bloqueo-iphone.com/', 'callus-apple', 'es', 'Alerta de seguridad de Apple',
  "Su iPhone ha sido bloqueado por motivos de seguridad. Su ID de Apple se usó en otro país.\nLlame al soporte de Apple: 900 555 021 para desbloquear su dispositivo. Si reinicia el teléfono se borrarán sus datos de iCloud.")
P('ja_s_amazon', 'scam', 'https://amazon-chumon-kakunin.jp.net/', 'callus-amazon', 'ja', 'ご注文の確認',
  "ご注文番号 5501 iPhone 15 Pro Max（189,800円）のご注文を承りました。\nお心当たりのない場合は、発送前に Amazon カスタマーサービス 0120-555-0151 までお電話ください。")
P('de_s_amazon', 'scam', 'https://amazon-bestellung-storno.de.com/', 'callus-amazon', 'de', 'Bestellbestätigung',
  "Ihre Bestellung Nr. 302-5501 über ein iPhone 15 Pro (1.449,00 EUR) wurde aufgegeben.\nNicht bestellt? Rufen Sie den Amazon-Kundenservice unter 0800 555 0152 an, um vor dem Versand zu stornieren.")
P('es_s_iptv', 'scam', 'https://activacion-smart-tv.es.net/', 'callus-iptv', 'es', 'Activación de su suscripción',
  "Su suscripción de streaming no está activada en este televisor (error 551).\nLlame al servicio de activación: 900 555 022. Un técnico completará la activación en 5 minutos.")
P('nl_s_arrest', 'scam', 'https://belastingdienst-laatste-aanmaning.com/', 'debt-arrest', 'nl', 'Laatste aanmaning',
  "LAATSTE AANMANING: er is een arrestatiebevel tegen u uitgevaardigd wegens een belastingschuld van € 2.310.\nBel vandaag nog de juridische afdeling op 0800 555 0153 om het bevel in te trekken.")
P('pt_s_arrest', 'scam', 'https://receita-aviso-final.com/', 'debt-arrest', 'pt', 'Aviso final',
  "AVISO FINAL: foi emitido um mandado de prisão contra você por uma dívida de impostos de R$ 6.400.\nPara cancelar o mandado ligue hoje para o departamento jurídico: 0800 555 0154.")
P('pl_s_arrest', 'scam', 'https://urzad-skarbowy-wezwanie.com/', 'debt-arrest', 'pl', 'Ostateczne wezwanie',
  "OSTATECZNE WEZWANIE: wydano nakaz aresztowania wobec Pana/Pani z powodu zaległości podatkowej 7 800 zł.\nAby anulować nakaz, zadzwoń dziś do działu prawnego: 800 555 017.")
P('en_s_warrant2', 'scam', 'https://county-sheriff-notice.com/', 'debt-arrest', 'en', 'Sheriff Notice',
  "You missed jury duty. A bench warrant has been issued for your arrest.\nTo avoid being taken into custody, call Deputy Miller at 1-555-010-0155 today to pay the $1,800 fine. Failure to respond will result in arrest.")
P('de_s_terse', 'scam', 'https://fehler-0x268d3.pages.dev/', 'fakesys-bsod', 'de', 'Fehler # 0x268d3',
  "Fehler # 0x268d3\nRufen Sie 0800 555 0156 an", None, 'fullscreen')
P('fr_s_terse', 'scam', 'https://erreur-0x268d3.pages.dev/', 'fakesys-bsod', 'fr', 'Erreur # 0x268d3',
  "Erreur # 0x268d3\nAppelez le 09 55 50 01 57", None, 'fullscreen')
P('es_s_zw', 'scam', 'https://alerta-0158.pages.dev/', 'evasion-zw', 'es', 'Alerta',
  "Su equi\u200bpo está infec\u200btado con un vi\u200brus.\nSus contra\u200bseñas están en peli\u200bgro. Llame al sopor\u200bte de Micro\u200bsoft: 900 555 023", None, 'fullscreen')
P('ru_s_homog', 'scam', 'https://support-0159.com/', 'evasion-homoglyph', 'en', 'Windоws Suppоrt',
  "Your соmputеr has been lоckеd. Call Windоws Suppоrt: +1 555 010 0159.", None, 'fullscreen')
P('ja_s_update', 'scam', 'https://windows-koushin-0160.web.app/', 'fakesys-update', 'ja', '更新プログラムを構成しています',
  "更新プログラムを構成しています 34% 完了\nコンピューターの電源を切らないでください。\n更新に失敗しました：Windowsのライセンスが無効です。サポート 0120-555-0160 にお電話ください。", None, 'fullscreen')
P('fr_s_av', 'scam', 'https://facture-norton-remboursement.fr.to/', 'callus-av', 'fr', 'Facture n° NT-5501',
  "Merci d'avoir renouvelé Norton 360. Votre carte a été débitée de 399,99 € aujourd'hui.\nSi vous n'avez pas autorisé ce paiement, appelez notre service facturation sous 24 h pour être remboursé : 09 55 50 01 61.")

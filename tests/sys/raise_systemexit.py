print('about to raise SystemExit(7)')
raise SystemExit(7)

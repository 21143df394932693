-brand = VoIPBIN

language-label = 语言
language-failed = 无法加载{ $language }（{ $reason }）。界面语言保持不变。

-brand = VoIPBIN

language-label = 언어
language-failed = { $language }을(를) 불러오지 못했습니다({ $reason }). 기존 언어를 그대로 사용합니다.

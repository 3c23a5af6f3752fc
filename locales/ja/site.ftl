# 中国大連 — サイト用語集（日本語）
# 機関名・分野名・ライフイベント名はこのファイルから統一して表示します。

## サイト
site-title = 大連市人民政府
site-short-name = 中国大連
site-organiser = 大連市人民政府弁公庁
site-address = 〒116012 中国遼寧省大連市西崗区人民広場1号

## 機関
agency-dlgov = 大連市人民政府
agency-dlgov-office = 大連市人民政府弁公庁
agency-dl-drc = 大連市発展改革委員会
agency-dl-commerce = 大連市商務局
agency-dl-samr = 大連市市場監督管理局
agency-dl-hrss = 大連市人力資源・社会保障局
agency-dl-education = 大連市教育局
agency-dl-health = 大連市衛生健康委員会
agency-dl-housing = 大連市住宅・都市農村建設局
agency-dl-psb = 大連市公安局
agency-dl-science = 大連市科学技術局
agency-dl-medical-security = 大連市医療保障局
agency-dl-hpf = 大連市住宅積立金管理センター
agency-dl-ecology = 大連市生態環境局
agency-dl-water = 大連水務集団有限公司
agency-dl-power = 国網大連供電公司
agency-dl-gas = 大連燃気集団有限公司

## 分野
sector-water = 水道
sector-electricity = 電気
sector-gas = ガス
sector-education = 教育
sector-healthcare = 医療
sector-housing = 住宅
sector-telecom = 通信
sector-business = 会社設立
sector-foreigners = 外国人
sector-social-security = 社会保障

## ライフイベント
life-event-start-a-business = 会社を設立する
life-event-move-to-dalian = 大連に移住する
life-event-work-permit = 就労許可を取得する
life-event-have-a-baby = 子どもを出産する
life-event-go-to-school = 子どもを入学させる
life-event-buy-a-home = 住宅を購入する

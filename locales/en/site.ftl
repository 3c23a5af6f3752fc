# Dalian, China — site vocabulary (English)
# Official names of agencies, sectors and life events; pages take them from here.

## Site
site-title = Dalian Municipal People's Government
site-short-name = Dalian, China
site-organiser = General Office of Dalian Municipal People's Government
site-address = No. 1 People's Square, Xigang District, Dalian, Liaoning Province, China, 116012

## Agencies
agency-dlgov = Dalian Municipal People's Government
agency-dlgov-office = General Office of Dalian Municipal People's Government
agency-dl-drc = Dalian Municipal Development and Reform Commission
agency-dl-commerce = Dalian Municipal Bureau of Commerce
agency-dl-samr = Dalian Municipal Administration for Market Regulation
agency-dl-hrss = Dalian Municipal Bureau of Human Resources and Social Security
agency-dl-education = Dalian Municipal Education Bureau
agency-dl-health = Dalian Municipal Health Commission
agency-dl-housing = Dalian Municipal Bureau of Housing and Urban-Rural Development
agency-dl-psb = Dalian Municipal Public Security Bureau
agency-dl-science = Dalian Municipal Bureau of Science and Technology
agency-dl-medical-security = Dalian Municipal Healthcare Security Administration
agency-dl-hpf = Dalian Housing Provident Fund Management Centre
agency-dl-ecology = Dalian Municipal Bureau of Ecology and Environment
agency-dl-water = Dalian Water Group Co., Ltd.
agency-dl-power = State Grid Dalian Electric Power Supply Company
agency-dl-gas = Dalian Gas Group Co., Ltd.

## Sectors
sector-water = Water
sector-electricity = Electricity
sector-gas = Gas
sector-education = Education
sector-healthcare = Healthcare
sector-housing = Housing
sector-telecom = Telecommunications
sector-business = Business Start-up
sector-foreigners = Foreign Nationals
sector-social-security = Social Security

## Life events
life-event-start-a-business = Start a business
life-event-move-to-dalian = Move to Dalian
life-event-work-permit = Get a work permit
life-event-have-a-baby = Have a baby
life-event-go-to-school = Enrol in school
life-event-buy-a-home = Buy a home

# Подписи перечислимых значений (тематика, виды документов, каталог, поля справочника услуг) — русский

## Тематика
topic-state-council-bodies = Органы Госсовета
topic-general-affairs = Общие вопросы
topic-economy-state-assets = Народное хозяйство и госимущество
topic-finance-audit = Финансы, банки, аудит
topic-land-energy = Земельные ресурсы, энергетика
topic-agriculture-forestry-water = Сельское, лесное и водное хозяйство
topic-industry-transport = Промышленность, транспорт
topic-commerce-customs-tourism = Торговля, таможня, туризм
topic-market-safety-regulation = Надзор за рынком и безопасностью производства
topic-construction-environment = Городское и сельское строительство, охрана среды
topic-science-education = Наука, техника, образование
topic-culture-media = Культура, телерадиовещание, печать
topic-health-sports = Здравоохранение, спорт
topic-population-women-children = Население и планирование семьи, женщины и дети
topic-labour-personnel = Труд, кадры, контроль
topic-security-justice = Общественная и госбезопасность, юстиция
topic-civil-affairs-relief = Гражданские дела, борьба с бедностью, помощь при бедствиях
topic-ethnic-religious-affairs = Национальные и религиозные дела
topic-foreign-affairs = Внешние связи
topic-hk-macao-taiwan-overseas = Гонконг, Макао, Тайвань, зарубежные китайцы
topic-national-defence = Национальная оборона
topic-other = Прочее

## Виды документов
genre-resolution = Резолюция
genre-decision = Решение
genre-order = Приказ
genre-communique = Коммюнике
genre-announcement = Объявление
genre-public-notice = Публичное извещение
genre-opinion = Мнение
genre-notice = Уведомление
genre-circular = Циркуляр
genre-report = Доклад
genre-request = Запрос указаний
genre-reply = Официальный ответ
genre-motion = Предложение
genre-letter = Письмо
genre-minutes = Протокол
genre-normative-document = Нормативный документ
genre-plan = План
genre-interpretation = Разъяснение

## Каталог раскрытия информации
catalog-policy-documents = Официальные документы
catalog-plans = Планы и программы
catalog-personnel = Кадровые вопросы
catalog-finance = Бюджетные средства
catalog-notices = Уведомления и объявления
catalog-interpretations = Разъяснения политики
catalog-statistics = Статистика
catalog-emergency = Чрезвычайные ситуации
catalog-procurement = Госзакупки
catalog-reports = Доклады о работе

## Способ раскрытия
disclosure-proactive = Инициативное раскрытие
disclosure-on-request = Раскрытие по запросу

## Статус
validity-in-force = Действует
validity-expired = Утратил силу
validity-repealed = Отменён

## Виды услуг и функций
item-type-administrative-licensing = Административное разрешение
item-type-administrative-confirmation = Административное подтверждение
item-type-administrative-adjudication = Административное разрешение споров
item-type-administrative-payment = Административные выплаты
item-type-administrative-award = Административное поощрение
item-type-administrative-filing = Уведомительная регистрация
item-type-other-administrative-power = Иные административные полномочия
item-type-public-service = Публичные услуги

## Уровень власти
level-national = Общегосударственный
level-provincial = Провинциальный
level-municipal = Городской
level-county = Уездный
level-township = Поселковый
level-village = Сельский

## Заявители
applicant-natural-person = Физическое лицо
applicant-enterprise = Предприятие (юрлицо)
applicant-institution = Учреждение (юрлицо)
applicant-social-organization = Общественная организация
applicant-unincorporated = Предприятие без статуса юрлица
applicant-government = Орган власти
applicant-other = Иная организация

## Порядок рассмотрения
case-type-immediate = Немедленное рассмотрение
case-type-promised = Рассмотрение в гарантированный срок

## Сроки
limit-unit-working = { $days ->
    [one] { $days } рабочий день
    [few] { $days } рабочих дня
    [many] { $days } рабочих дней
   *[other] { $days } рабочего дня
}
limit-unit-calendar = { $days ->
    [one] { $days } календарный день
    [few] { $days } календарных дня
    [many] { $days } календарных дней
   *[other] { $days } календарного дня
}

## Документы: вид
material-kind-original = Оригинал
material-kind-copy = Копия
material-kind-original-and-copy = Оригинал и копия

## Документы: форма
material-form-paper = Бумажная
material-form-electronic = Электронная
material-form-either = Бумажная или электронная

## Документы: обязательность
material-required-required = Обязательный
material-required-optional = Необязательный
material-required-deferrable = Можно представить позже

## Документы: источник
material-source-applicant = Готовит заявитель
material-source-government = Выдаёт орган власти
material-source-other = Иное

## Translation status (translation = …)
translation-reviewed = Проверенный перевод
translation-tentative = Предварительный перевод
translation-machine = Машинный перевод

## A record before its effective day
validity-pending = Вступает в силу { $date }

interpretation-kind-text = Текстовое разъяснение
interpretation-kind-graphic = Инфографика
interpretation-kind-video = Видеоразъяснение
interpretation-kind-qa = Вопросы и ответы
